"""Baselines: adopt styrcheck over old debt; fail only on what is new, whatever is reformatted
or moved; report what was fixed so the baseline only ever shrinks."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from ci_fixtures import ci_repo  # noqa: F401
from conftest import write_files

TODAY = ("--today", "2024-06-01", "--lang", "en")

REFORMATTED_GOALS = """\
# Reformatted: comments, block style, keys in another order, other indentation.
typ: övergripande_mål
id: mal-2023-2026

titel: "Målområden med övergripande mål 2023–2026"
gäller_för: kommunala_organisationen
beslutad_av: kf
beslutsdatum: '2022-12-19'
giltig_till: 2026-12-31
giltig_från: 2023-01-01

målområden:
    -   namn: Barn och unga
        id: MO1
        mål:
            -   id: MO1.1
                text: Fler elever når kunskapsmålen.
                måluppfyllelse: Minst 88 procent behöriga.
            -   id: MO1.2
                text: Fler barn går i förskola.
                måluppfyllelse: Minst 95 procent inskrivna.
            -   id: MO1.3
                text: Barn och unga känner sig trygga.
                måluppfyllelse: Minst 90 procent trygga.
    -   id: MO2
        namn: Trygg vård
        mål:
            -   id: MO2.1
                text: Äldre känner sig trygga.
                måluppfyllelse: Minst 90 procent trygga.
            -   id: MO2.2
                text: Väntetiden minskar.
                måluppfyllelse: Högst 30 dagar.
            -   id: MO2.3
                text: Fler får vård hemma.
                måluppfyllelse: Minst 80 procent.
"""


def baselined(ci_repo, cli) -> dict:
    run = cli("baseline", ".", "-o", "styrcheck-baseline.json", *TODAY[:2])
    assert run.code == 0, run.err
    assert run.out.startswith("styrcheck: wrote ")
    return json.loads((ci_repo / "styrcheck-baseline.json").read_text(encoding="utf-8"))


def check(cli, *extra: str):
    return cli("validate", ".", "--baseline", "styrcheck-baseline.json", "--format", "json", *TODAY, *extra)


def failing(run) -> list[str]:
    return [f"{f['code']} {f['path']}:{f['line']}" for f in run.json["findings"]
            if not f["accepted"] and not f["baselined"]]


def test_baseline_keys_on_document_rule_and_subject(ci_repo, cli):
    data = baselined(ci_repo, cli)
    assert data["format"] == "styrcheck-baseline" and data["version"] == 1
    entries = {(e["document"], e["rule"], e["subject"]) for e in data["entries"]}
    assert ("mal-2023-2026", "G001", "malomraden") in entries
    assert (None, "Y001", "") in entries  # a file that is no document: keyed by its path
    assert ("mal-2019-2022", "G001", "malomraden") not in entries  # accepted by an avsteg: no debt
    assert not any("line" in e for e in data["entries"])


def test_a_baselined_repository_passes(ci_repo, cli):
    baselined(ci_repo, cli)
    run = check(cli)
    assert run.code == 0 and failing(run) == []
    assert run.json["summary"]["baselined"] > 0 and run.json["baseline"]["fixed"] == []


def test_one_new_error_is_the_only_one_reported(ci_repo, cli):
    baselined(ci_repo, cli)
    # The earlier period's goals: a document too broken to read cannot succeed another (F008),
    # so breaking the later one would also, rightly, bring its predecessor's F008 back.
    goals = ci_repo / "mal" / "overgripande-mal-2019-2022.yaml"
    goals.write_text(goals.read_text(encoding="utf-8").replace("beslutsdatum: 2018-12-17", "beslutsdatum: 2018-13-17"),
                     encoding="utf-8")
    run = check(cli)
    assert failing(run) == ["M003 mal/overgripande-mal-2019-2022.yaml:5"]
    assert run.code == 1
    text = cli("validate", ".", "--baseline", "styrcheck-baseline.json", *TODAY).out
    assert [row.split()[:2] for row in text.splitlines() if re.match(r"  \S+:\d+:\d+ ", row)] == [
        ["mal/overgripande-mal-2019-2022.yaml:5:1", "M003"]]


def test_reformatting_a_baselined_file_reports_nothing_new(ci_repo, cli):
    baselined(ci_repo, cli)
    (ci_repo / "mal" / "overgripande-mal-2023-2026.yaml").write_text(REFORMATTED_GOALS, encoding="utf-8")
    run = check(cli)
    assert failing(run) == [] and run.code == 0
    assert run.json["baseline"]["fixed"] == []


def test_moving_files_reports_nothing_new(ci_repo, cli):
    baselined(ci_repo, cli)
    shutil.move(ci_repo / "mal", ci_repo / "styrdokument")
    shutil.move(ci_repo / "riktlinjer" / "riktlinje-synpunkter.yaml", ci_repo / "riktlinje.yaml")
    run = check(cli)
    assert failing(run) == [] and run.code == 0


def test_fixed_entries_are_reported_so_the_baseline_shrinks(ci_repo, cli):
    before = baselined(ci_repo, cli)
    (ci_repo / "riktlinjer" / "utkast.yaml").unlink()
    run = check(cli)
    assert run.code == 0
    assert run.json["baseline"]["fixed"] == [
        {"document": None, "rule": "Y001", "subject": "", "count": 1, "path": "riktlinjer/utkast.yaml"}]
    text = cli("validate", ".", "--baseline", "styrcheck-baseline.json", *TODAY).out
    assert "Fixed since the baseline styrcheck-baseline.json was written: 1." in text
    assert "riktlinjer/utkast.yaml Y001" in text
    after = baselined(ci_repo, cli)
    assert len(after["entries"]) == len(before["entries"]) - 1


@pytest.mark.parametrize(("lang", "words"), [("en", "; 1 fixed in the baseline (rewrite it)"),
                                             ("sv", "; 1 åtgärdade i baslinjen (skriv om den)")])
def test_github_annotations_end_with_what_was_fixed(ci_repo, cli, lang, words):
    baselined(ci_repo, cli)
    (ci_repo / "riktlinjer" / "utkast.yaml").unlink()
    run = cli("validate", ".", "--baseline", "styrcheck-baseline.json", "--format", "github", *TODAY[:2], "--lang", lang)
    last = run.out.splitlines()[-1]
    assert last.startswith("styrcheck: ") and last.endswith(words), run.out


def test_the_same_finding_twice_counts(ci_repo, cli):
    write_files(ci_repo, {"dubbel.yaml": "id: dubbel\ntyp: riktlinje\ntyp: vision\ntitel: a\ntitel: b\n"})
    data = baselined(ci_repo, cli)
    assert [e.get("count", 1) for e in data["entries"] if e["rule"] == "Y002"] == [2]
    (ci_repo / "dubbel.yaml").write_text("id: dubbel\ntyp: riktlinje\ntyp: vision\ntitel: a\ntitel: b\nid: c\n",
                                         encoding="utf-8")
    assert failing(check(cli)) == ["Y002 dubbel.yaml:6"]


def test_configuration_names_the_baseline(ci_repo, cli):
    (ci_repo / "styrcheck.yaml").write_text("typ: styrcheck\nbaslinje: skuld/baslinje.json\n", encoding="utf-8")
    (ci_repo / "skuld").mkdir()
    assert cli("baseline", ".", *TODAY[:2]).code == 0  # written where the configuration says
    run = cli("validate", ".", "--format", "json", *TODAY)
    assert run.code == 0 and run.json["baseline"]["file"] == "skuld/baslinje.json"
    assert run.json["summary"]["baselined"] > 0


def test_a_broken_baseline_is_a_usage_error(ci_repo, cli):
    (ci_repo / "styrcheck-baseline.json").write_text("{\"entries\": 3}\n", encoding="utf-8")
    run = check(cli)
    assert run.code == 2 and "not a styrcheck baseline" in run.err
    run = cli("validate", ".", "--baseline", "saknas.json")
    assert run.code == 2 and "saknas.json: cannot read the baseline" in run.err


def test_a_file_without_a_document_matches_from_any_folder(ci_repo, cli, monkeypatch):
    """A broken file has no id: its entry is its path, relative to the baseline's folder, so the
    baseline written from outside the repository holds from inside it and from a subfolder."""
    write_files(ci_repo, {"riktlinjer/trasig.yaml": "titel: [\n",
                          "styrcheck.yaml": "typ: styrcheck\nbaslinje: styrcheck-baseline.json\n"})
    monkeypatch.chdir(ci_repo.parent)
    assert cli("baseline", "repo", *TODAY[:2]).code == 0
    written = json.loads((ci_repo / "styrcheck-baseline.json").read_text(encoding="utf-8"))
    assert {"document": None, "rule": "Y001", "subject": "", "path": "riktlinjer/trasig.yaml"} in written["entries"]
    for where, path in [(ci_repo, "."), (ci_repo / "riktlinjer", ".."), (ci_repo.parent, "repo")]:
        monkeypatch.chdir(where)
        run = cli("validate", path, "--format", "json", *TODAY)
        assert (run.code, failing(run), run.json["baseline"]["fixed"]) == (0, [], []), where


def test_the_baseline_command_speaks_the_users_language(ci_repo, cli, monkeypatch):
    """--lang, else språk:, else the locale, as for every other command. (5 findings: the goals
    of 2019-2022 are succeeded by those of 2023-2026, without F008.)"""
    def wrote(*extra: str) -> str:
        run = cli("baseline", ".", "-o", "b.json", *TODAY[:2], *extra)
        assert run.code == 0, run.err
        return run.out

    assert wrote().startswith("styrcheck: wrote 5 findings (5 entries) to b.json")
    assert wrote("--lang", "sv").startswith("styrcheck: skrev 5 fynd (5 poster) till b.json")
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert wrote().startswith("styrcheck: skrev 5 fynd")
    assert wrote("--lang", "en").startswith("styrcheck: wrote 5 findings")
    monkeypatch.setenv("LANG", "C.UTF-8")
    with (ci_repo / "styrcheck.yaml").open("a", encoding="utf-8") as file:
        file.write("språk: sv\n")
    assert wrote().startswith("styrcheck: skrev 5 fynd")
