"""docs/rules.md is generated from the rules' metadata, and SARIF's helpUri points into it."""

from __future__ import annotations

import re

import pytest

from conftest import EXAMPLES, ROOT, write_files

from styrcheck.checks.registry import all_rules
from styrcheck.explain import SEVERITY_WORDS
from styrcheck.report import RULES_DOCS_URL
from styrcheck.report.rules_markdown import anchor

RULES_MD = ROOT / "docs" / "rules.md"


def test_rules_md_is_up_to_date(cli):
    """If this fails, regenerate: `styrcheck rules --format markdown > docs/rules.md`."""
    run = cli("rules", "--format", "markdown")
    assert run.code == 0
    assert RULES_MD.read_text(encoding="utf-8") == run.out


def test_every_rule_has_the_anchor_help_uri_points_to():
    headings = re.findall(r"^## (.+)$", RULES_MD.read_text(encoding="utf-8"), flags=re.MULTILINE)
    # GitHub's anchors: lower case, spaces to dashes, other punctuation dropped.
    anchors = {re.sub(r"[^a-z0-9_ -]", "", h.lower()).replace(" ", "-") for h in headings}
    for rule in all_rules():
        assert anchor(rule) in anchors, f"{rule.code}: docs/rules.md has no heading for {RULES_DOCS_URL}#{anchor(rule)}"


def test_the_rules_table_is_in_the_chosen_language(cli):
    """Headers and severities follow --lang; JSON keeps its English values."""
    run = cli("rules", "--lang", "sv")
    head, *rows = run.out.splitlines()
    assert run.code == 0 and head.split() == ["kod", "titel", "allvarlighet", "taggar"]
    words = {row[:4]: row.split() for row in rows if re.match(r"[A-Z]\d{3} ", row)}
    assert "fel" in words["D001"] and "varning" in words["D002"] and "info" in words["G009"]
    run = cli("rules", "--lang", "en")
    head, *rows = run.out.splitlines()
    assert head.split() == ["code", "name", "severity", "tags"]
    severities = {row["code"]: row["severity"] for row in cli("rules", "--lang", "sv", "--format", "json").json}
    assert severities["D002"] == "warning"


def test_the_swedish_table_shows_swedish_titles_and_the_ids_stay_english(cli, monkeypatch):
    """A Swedish reader gets the rule's Swedish title where English has its name; the names and
    tags --select and --ignore take stay English ids (in JSON too)."""
    monkeypatch.setenv("COLUMNS", "80")
    lines = [line.rstrip() for line in cli("rules", "--lang", "sv").out.splitlines()]
    assert lines[:4] == [
        "kod   titel                                allvarlighet  taggar",
        "D001  Dokumentet är beslutat av ett slags  fel           decisions, organisation",
        "      organ som inte får besluta dokument",
        "      av den typen.",
    ]
    f008 = lines.index("F008  Ett dokument har gått ut utan att    varning       follow-up, time")
    assert lines[f008 + 1] == "      något ersätter det."
    listed = {row["code"]: row for row in cli("rules", "--lang", "sv", "--format", "json").json}
    assert listed["F008"] == {"code": "F008", "name": "expired-without-successor", "severity": "warning",
                              "tags": ["follow-up", "time"],
                              "summary": "Ett dokument har gått ut utan att något ersätter det."}
    assert cli("validate", EXAMPLES / "felaktigt", "--format", "json", "--select", "expired-without-successor",
               "--today", "2030-01-01", "--lang", "sv").json["findings"][0]["code"] == "F008"


@pytest.mark.parametrize("columns", [80, 120])
def test_rules_never_break_a_word(cli, monkeypatch, columns):
    """Codes, names and tags whole at any width; the titles and summaries wrap between words."""
    monkeypatch.setenv("COLUMNS", str(columns))
    rules = all_rules()
    for lang in ("sv", "en"):
        lines = cli("rules", "--lang", lang).out.splitlines()
        assert max(len(line) for line in lines) <= columns
        words = {word for rule in rules for word in (rule.code, rule.name, *rule.summary.get(lang).split())}
        words |= {f"{tag}," for rule in rules for tag in rule.tags} | set(SEVERITY_WORDS[lang].values())
        words |= {tag for rule in rules for tag in rule.tags} | set(lines[0].split())
        assert {word for line in lines[1:] for word in line.split()} <= words
        if lang == "en":
            named = {line.split()[0]: line.split()[1] for line in lines if re.match(r"[A-Z]\d{3} ", line)}
            assert named == {rule.code: rule.name for rule in rules}
            assert ("summary" in lines[0]) == (columns > 80)  # the summary where there is room for it


CONFIGURED = {
    "styrcheck.yaml": "typ: styrcheck\nspråk: sv\nprofil: egen.yaml\n",
    "egen.yaml": "utökar: norrkoping\nnamn: Exempelby kommun\nallvarlighet:\n  M003: varning\n",
    "dokument/README.md": "A folder below the configuration, where the commands are run.\n",
}


def test_rules_explain_and_due_read_the_configuration_above_the_current_folder(cli, tmp_path, monkeypatch):
    """As validate does: språk: and profil: of the nearest styrcheck.yaml from here upwards."""
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    write_files(tmp_path, CONFIGURED)
    monkeypatch.chdir(tmp_path / "dokument")
    table = cli("rules").out.splitlines()
    assert table[0].split() == ["kod", "titel", "allvarlighet", "taggar"]
    assert "varning" in next(line for line in table if line.startswith("M003 ")).split()
    assert {row["code"]: row["severity"] for row in cli("rules", "--format", "json").json}["M003"] == "warning"
    explained = cli("explain", "M003").out
    assert ("Allvarlighet: varning i profilen Exempelby kommun. Ändra den under 'allvarlighet' i styrcheck.yaml."
            in explained.splitlines())
    due = cli("due", ".", "--today", "2026-12-07").out.splitlines()
    assert due[0] == "Försenat och kommande till och med 2027-03-07 (i dag 2026-12-07)"
    # The command line still decides over the file.
    assert cli("rules", "--lang", "en").out.split()[:2] == ["code", "name"]
    explained = cli("explain", "M003", "--lang", "en", "--profile", "norrkoping").out
    assert "Severity: error in the profile Norrköpings kommun." in explained


def test_a_broken_configuration_is_reported_by_rules_and_explain(cli, tmp_path, monkeypatch):
    write_files(tmp_path, {"styrcheck.yaml": "typ: styrcheck\nspråk: sv\nprofil: saknas.yaml\n"})
    monkeypatch.chdir(tmp_path)
    for command in (["rules"], ["explain", "M003"]):
        run = cli(*command)
        assert run.code == 2 and run.out == "" and run.err.startswith("styrcheck: ") and "saknas.yaml" in run.err
