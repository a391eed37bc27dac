"""The example repositories, end to end through the real CLI.

examples/felaktigt shows every rule (but the few no committed file can trigger, named in its
README) and nothing else: each finding is pinned in tests/golden/felaktigt.txt, and the
files' comments and the README's table say what the findings are. examples/norrkoping is
clean. examples/vara and examples/vara_felaktigt are the same pair under the second bundled
profile (rules/vara.yaml): clean, and one finding for each rule that profile changes, pinned
in tests/golden/vara_felaktigt.txt. After an intended change, rewrite the golden files with
`.venv/bin/python tests/update_golden.py` and review the diff.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from ci_fixtures import FELAKTIGT, GOLDEN, NORRKOPING, NORRKOPING_TODAY, assert_golden, on_one_day
from conftest import EXAMPLES, ROOT
from test_hostile_battery import riktlinje

FELAKTIGT_TODAY = "2024-06-01"  # the day the folder is written as of (its README says why)
NOT_SHOWN = {"Y005"}  # needs an unreadable file or a link, which git does not carry portably
VARA, VARA_FELAKTIGT = EXAMPLES / "vara", EXAMPLES / "vara_felaktigt"
VARA_TODAY = "2026-11-23"  # the day both Vara folders are written as of (their READMEs say why)

# Each faulty repository, the day it is written as of, and the golden file of its findings.
FAULTY = {
    "felaktigt": (FELAKTIGT, FELAKTIGT_TODAY, GOLDEN / "felaktigt.txt"),
    "vara_felaktigt": (VARA_FELAKTIGT, VARA_TODAY, GOLDEN / "vara_felaktigt.txt"),
}
faulty = pytest.mark.parametrize("example", sorted(FAULTY))


@pytest.fixture
def at_root(monkeypatch) -> Path:
    """The checkout as the working folder, so that paths read as in the README."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return ROOT


def felaktigt(cli, lang: str = "en", example: str = "felaktigt"):
    folder, today, _ = FAULTY[example]
    return cli("validate", folder.relative_to(ROOT).as_posix(), "--today", today,
               "--format", "json", "--lang", lang, "--no-cache")


def lines(run) -> list[str]:
    return sorted(f"{f['code']} {f['path']}:{f['line']} {f['severity']}" for f in run.json["findings"])


def all_codes(cli) -> set[str]:
    return {row["code"] for row in cli("rules", "--format", "json").json}


def codes_by_file(run) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for finding in run.json["findings"]:
        found[finding["path"]].add(finding["code"])
    return found


# --- examples/felaktigt ---------------------------------------------------------------------


@faulty
def test_felaktigt_findings_are_the_golden_ones(at_root, cli, example):
    run = felaktigt(cli, example=example)
    assert run.code == 1, run.err
    assert_golden("".join(f"{line}\n" for line in lines(run)), FAULTY[example][2])


def test_felaktigt_fires_every_rule_but_the_documented_exceptions(at_root, cli):
    codes = all_codes(cli)
    assert NOT_SHOWN <= codes
    fired = {f["code"] for f in felaktigt(cli).json["findings"]}
    assert sorted(codes - NOT_SHOWN - fired) == []  # a rule the example does not show
    assert fired == codes - NOT_SHOWN


@faulty
def test_felaktigt_reads_the_same_in_swedish(at_root, cli, example):
    swedish = felaktigt(cli, "sv", example)
    assert swedish.code == 1
    assert lines(swedish) == lines(felaktigt(cli, example=example))


def _top_comment(path: Path) -> str:
    text = path.read_bytes().decode("utf-8", errors="replace")  # one file is Windows-1252 on purpose
    comment = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comment.append(line)
    return "\n".join(comment)


@faulty
def test_each_file_says_which_mistake_it_shows(at_root, cli, example):
    """A faulty file's opening comment names every rule it breaks; the others say they are correct."""
    found = codes_by_file(felaktigt(cli, example=example))
    for path in sorted(FAULTY[example][0].rglob("*.yaml")):
        shown = path.relative_to(ROOT).as_posix()
        comment = _top_comment(path)
        if shown in found:
            assert comment.startswith("# Fel med avsikt"), shown
            assert {code for code in found[shown] if code not in comment} == set(), shown
        else:
            assert comment.startswith("# Korrekt"), shown


@faulty
def test_the_readme_table_names_the_files_that_show_each_rule(at_root, cli, example):
    folder = FAULTY[example][0]
    expected: dict[str, set[str]] = defaultdict(set)
    for shown, codes in codes_by_file(felaktigt(cli, example=example)).items():
        for code in codes:
            expected[code].add(Path(shown).relative_to(folder.relative_to(ROOT)).as_posix())
    table: dict[str, set[str]] = defaultdict(set)  # a code may have a row per way it is shown
    for row in (folder / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        if row.startswith("| ") and re.fullmatch(r"[A-Z]\d{3}", cells[0]):
            table[cells[0]] |= set(re.findall(r"`([^`]+\.yaml)`", cells[2]))
    if folder == FELAKTIGT:  # the one that shows every rule lists every rule
        assert set(table) == all_codes(cli)
    assert {code: files for code, files in table.items() if files} == dict(expected)


# --- examples/norrkoping ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("folder", "today"), [(NORRKOPING, NORRKOPING_TODAY), (VARA, VARA_TODAY)],
                         ids=["norrkoping", "vara"])
def test_norrkoping_is_clean(at_root, cli, lang, folder, today):
    run = cli("validate", folder.relative_to(ROOT).as_posix(), "--today", today, "--format", "json",
              "--lang", lang, "--no-cache")
    assert run.json["findings"] == []
    assert run.code == 0, run.err


@pytest.mark.parametrize("today", ["2027-01-01", "2027-03-31"])
def test_norrkoping_stays_clean_into_2027(at_root, cli, today):
    """What is decided in December 2026 is there (the 2027 plans, the new statutory plans), so
    nothing expires unreplaced at the turn of the year; its README says clean up to 2027-03-31."""
    run = cli("validate", "examples/norrkoping", "--today", today, "--format", "json", "--no-cache")
    assert [f"{f['code']} {f['path']}:{f['line']}" for f in run.json["findings"]] == []
    assert run.code == 0


def test_norrkoping_passes_with_the_readmes_command_today(tmp_path, monkeypatch, cli):
    """`styrcheck validate examples/norrkoping`, as in the README: the real date, the folder's
    own configuration. Run on a copy, so that the cache is not written into the checkout.

    What it finds depends on the day (from 2027-04-01 the example's README names F007
    warnings), so it is compared with a run given that day as --today: the same findings,
    word for word. That the example is clean is test_norrkoping_is_clean's, on a fixed day."""
    shutil.copytree(NORRKOPING, tmp_path / "examples" / "norrkoping",
                    ignore=shutil.ignore_patterns(".styrcheck_cache"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    run, today = on_one_day(lambda: cli("validate", "examples/norrkoping"))
    dated = cli("validate", "examples/norrkoping", "--today", today, "--no-cache")
    assert (run.code, run.out, run.err) == (dated.code, dated.out, dated.err)
    assert " dokument" in run.out  # in Swedish: the folder's styrcheck.yaml (språk: sv) was read
    assert run.code == 0, run.out + run.err  # warnings at most, on any day


# A document beside the folder a command runs in: read only if the command reads more than it.
# Due within the year, and with a field the format does not have, so that validate reports it.
OUTSIDE = riktlinje(
    "riktlinje-utanfor", titel="Riktlinje utanför mappen", uppföljning="2024-09-30", anteckningar="okänt fält"
)


@pytest.mark.parametrize(
    "command",
    [
        ("validate", "--format", "json"),
        ("due", "--format", "json", "--within", "365d"),
        ("graph", "--format", "mermaid"),
        ("report", "--format", "csv"),
    ],
)
def test_a_command_without_a_path_reads_the_current_folder(command, tmp_path, monkeypatch, cli):
    """As validate does (and ruff, ansible-lint): no PATH is the folder the command runs in."""
    shutil.copytree(FELAKTIGT, tmp_path / "docs")
    (tmp_path / "riktlinje-utanfor.yaml").write_text(OUTSIDE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "docs")
    options = (*command, "--today", FELAKTIGT_TODAY, "--no-cache")
    without, here, above = (cli(*options), cli(options[0], ".", *options[1:]), cli(options[0], "..", *options[1:]))
    assert (without.code, without.out, without.err) == (here.code, here.out, here.err)
    assert without.code in (0, 1) and "utanf" not in without.out.lower()
    assert "utanf" in above.out.lower()  # the document outside is seen when it is asked for
