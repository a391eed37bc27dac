"""docs/rules.md is generated from the rules' metadata, and SARIF's helpUri points into it."""

from __future__ import annotations

import re

from conftest import ROOT, write_files

from styrcheck.checks.registry import all_rules
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
    assert run.code == 0 and head.split() == ["kod", "namn", "allvarlighet", "taggar", "sammanfattning"]
    first = {row.split()[0]: row.split()[2] for row in rows if re.match(r"[A-Z]\d{3} ", row)}
    assert first["D001"] == "fel" and first["D002"] == "varning" and first["G009"] == "info"
    run = cli("rules", "--lang", "en")
    head, *rows = run.out.splitlines()
    assert head.split() == ["code", "name", "severity", "tags", "summary"]
    severities = {row["code"]: row["severity"] for row in cli("rules", "--lang", "sv", "--format", "json").json}
    assert severities["D002"] == "warning"


def test_rule_names_are_never_broken_at_80_columns(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    for lang in ("sv", "en"):
        lines = cli("rules", "--lang", lang).out.splitlines()
        assert max(len(line) for line in lines) <= 80
        named = {line.split()[0]: line.split()[1] for line in lines if re.match(r"[A-Z]\d{3} ", line)}
        assert named == {rule.code: rule.name for rule in all_rules()}


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
    assert table[0].split() == ["kod", "namn", "allvarlighet", "taggar", "sammanfattning"]
    assert next(line for line in table if line.startswith("M003 ")).split()[:3] == ["M003", "invalid-value", "varning"]
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
