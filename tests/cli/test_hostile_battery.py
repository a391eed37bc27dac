"""Hostile and broken input: every bad file gets a located, understandable finding,
no traceback, and the run goes on over the other files with unchanged results.

The battery is written at run time (odd encodings and binary data are generated here, not
committed). Each case runs through the real CLI beside a good document and the organisation;
the good files' findings must be the same as in a run without the bad file.
"""

from __future__ import annotations

import codecs
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from ci_fixtures import skip_or_fail
from conftest import EXAMPLES
from unprivileged import run_unprivileged

from styrcheck.explain import CASES

TODAY = "2024-06-01"
ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")

# A riktlinje with nothing wrong in it; the cases below break one thing each.
GOOD = """\
id: riktlinje-synpunkter
typ: riktlinje
titel: Riktlinje för synpunktshantering
beslutad_av: kommundirektören
beslutsdatum: 2023-05-15
giltig_från: 2023-06-01
gäller_för: kommunala_organisationen
slag: tjänstemannariktlinje
ägare: kommunstyrelsens-kontor
uppföljning: 2027-06-30
"""


def riktlinje(id_: str, **changed: str) -> str:
    """GOOD with another id and some lines replaced (`key=None` drops a line). The lines
    keep their order, so a finding's line number is the line of the changed key."""
    lines = []
    for line in GOOD.splitlines():
        key = line.split(":", 1)[0]
        value = changed.pop(key, line.split(":", 1)[1].strip())
        if key == "id":
            value = id_
        lines.append(f"{key}: {value}")
    lines += [f"{key}: {value}" for key, value in changed.items()]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Case:
    name: str  # the file name
    content: bytes
    expect: tuple[str, ...]  # "CODE:line", every one must be reported on this file
    exact: bool = True  # nothing else may be reported on it (False: rules may add more)


def text(name: str, content: str, *expect: str, exact: bool = True) -> Case:
    return Case(name, content.encode("utf-8"), expect, exact)


def raw(name: str, content: bytes, *expect: str) -> Case:
    return Case(name, content, expect)


def _deep_block_with_anchors(levels: int) -> str:
    lines = ["ersätter:"]
    for level in range(levels):
        lines.append("  " * (level + 1) + f"- &a{level}")
    lines.append("  " * (levels + 1) + "- slut")
    return "\n".join(lines) + "\n"


def _deep_mapping(levels: int) -> str:
    return "".join(" " * level + f"n{level}:\n" for level in range(levels)) + " " * levels + "x: 1\n"


BILLION_LAUGHS = "\n".join(
    [f'l0: &l0 ["{"ha" * 4}", "{"ha" * 4}", "{"ha" * 4}", "{"ha" * 4}", "{"ha" * 4}", "{"ha" * 4}", "{"ha" * 4}", "{"ha" * 4}", "{"ha" * 4}"]']
    + [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 10)]
) + "\n"

BATTERY: list[Case] = [
    # --- YAML that does not parse ------------------------------------------------------------
    text("syntax-unclosed-list.yaml", riktlinje("syntax-1", ersätter="[riktlinje-2018"), "Y001:12"),
    text("syntax-colon-in-text.yaml", riktlinje("syntax-2", titel="Riktlinje: synpunkter: klagomål"), "Y001:3"),
    text("syntax-unclosed-quote.yaml", riktlinje("syntax-3", titel='"Riktlinje för synpunkter'), "Y001:11"),
    text("syntax-indentation.yaml", "id: syntax-4\ntyp: riktlinje\n  titel: Riktlinje\n", "Y001:3"),
    text("syntax-undefined-alias.yaml", riktlinje("syntax-5", ägare="*kontoret"), "Y001:9"),
    text("syntax-control-character.yaml", riktlinje("syntax-6", titel="Riktlinje\x01"), "Y001:3"),
    text("tabs.yaml", "id: tabbar\ntyp: riktlinje\nuppföljning:\n\tintervall: år\n", "Y001:4"),
    # --- YAML that parses but is no single document ------------------------------------------
    text("duplicate-key.yaml", riktlinje("dubbel", slag="tjänstemannariktlinje\nslag: politisk_riktlinje"), "Y002:9"),
    text("empty.yaml", "", "Y003:1"),
    text("only-comments.yaml", "# Här ska riktlinjen stå.\n# Den är inte skriven än.\n", "Y003:1"),
    text("top-level-list.yaml", "- id: lista\n- typ: riktlinje\n", "Y003:1"),
    text("top-level-scalar.yaml", "Riktlinje för synpunktshantering\n", "Y003:1"),
    text("two-documents.yaml", riktlinje("flera-1") + "---\n" + riktlinje("flera-2"), "Y001:11"),
    text("no-typ.yaml", "id: utan-typ\ntitel: Något\n", "Y003:1"),
    # --- encodings ------------------------------------------------------------------------------
    raw("windows-1252.yaml", riktlinje("kodning-1").encode("cp1252"), "Y004:3"),
    raw("latin-1.yaml", "id: kodning-2\ntyp: riktlinje\ntitel: Plan\nägare: kontoret\n".encode("latin-1"), "Y004:4"),
    raw("utf-8-bom.yaml", codecs.BOM_UTF8 + riktlinje("kodning-3").encode("utf-8")),  # accepted
    raw("utf-16-le-bom.yaml", riktlinje("kodning-4").encode("utf-16"), "Y004:1"),
    raw("utf-16-be.yaml", riktlinje("kodning-5").encode("utf-16-be"), "Y004:1"),
    raw("utf-32.yaml", riktlinje("kodning-6").encode("utf-32"), "Y004:1"),
    raw("crlf.yaml", riktlinje("radslut-1").replace("\n", "\r\n").encode("utf-8")),  # accepted
    raw("binary.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "Y004:1"),
    raw("binary-without-nul.yaml", bytes(range(0x80, 0x100)) * 8, "Y004:1"),
    # --- limits ----------------------------------------------------------------------------------
    text("huge.yaml", riktlinje("stor") + "# fyllnad\n" * 120_000, "Y006:1"),
    text("deep-flow.yaml", riktlinje("djup-1", ersätter="[" * 100 + "]" * 100), "Y006:11"),
    text("deep-flow-past-c.yaml", "ersätter: " + "[" * 150_000 + "]" * 150_000 + "\n", "Y006:1"),
    text("deep-block-one-line.yaml", "ersätter: " + "- " * 100 + "x\n", "Y001:1"),
    text("deep-block-sequence.yaml", "- " * 100 + "x\n", "Y006:1"),
    text("deep-block-one-line-past-c.yaml", "- " * 200_000 + "x\n", "Y006:1"),
    text("deep-block-one-line-anchors.yaml", "".join(f"- &a{i} " for i in range(100)) + "x\n", "Y001:1"),
    text("deep-block-anchors.yaml", _deep_block_with_anchors(80), "Y006:65"),
    text("deep-mapping.yaml", _deep_mapping(80), "Y006:66"),
    text("deep-flow-anchors.yaml", "ersätter: " + "".join(f"[&a{i} " for i in range(80)) + "x" + "]" * 80 + "\n",
         "Y006:1"),
    text("alias-bomb.yaml", BILLION_LAUGHS, "Y006:5"),
    text("alias-recursive.yaml", riktlinje("rekursiv", ersätter="&a [*a]"), "Y006:11"),
    # --- tags: refused, never constructed -------------------------------------------------------
    text("python-object.yaml",
         riktlinje("tagg-1", titel="!!python/object/apply:os.system ['touch KONSTRUERAD']"),
         "Y007:3", "M001:3", exact=False),
    text("python-key.yaml", riktlinje("tagg-2") + "? !!python/name:os.system\n: x\n", "Y007:11"),
    text("custom-tags.yaml", riktlinje("tagg-3", diarienummer="!Ref KS-2023/1", beskrivning="!!binary aGVq"),
         "Y007:11", "Y007:12"),
    # --- wrong value types, unknown values, odd ids ---------------------------------------------
    text("wrong-types.yaml", riktlinje(
        "fel-typer", titel="[Riktlinje, för, synpunkter]", beslutsdatum="20230515",
        giltig_från="2023-13-45", giltig_till="31/12/2026", ersätter="{id: gammal}",
        principiell="kanske", publicering="hemlig", slag="tjänstemanna-riktlinje"),
        "M003:3", "M003:5", "M003:6", "M003:8", "M003:11", "M003:12", "M003:13", "M003:14", exact=False),
    text("wrong-types-goals.yaml", """\
id: mal-fel-typer
typ: övergripande_mål
titel: Övergripande mål med fel typer
beslutad_av: kf
beslutsdatum: 2030-12-15
giltig_från: 2031-01-01
giltig_till: 2034-12-31
gäller_för: kommunala_organisationen
målområden:
  - id: FEL1
    namn: [Barn, och, unga]
    mål: Fler elever når kunskapsmålen.
  - id: FEL2
    namn: Trygg vård
    mål:
      - id: FEL2.1
        text: Äldre känner sig trygga.
        måluppfyllelse:
          indikatorer:
            - {namn: Andel trygga, målvärde: mycket, jämförelseår: förra året}
""", "M003:11", "M003:12", "M003:20", exact=False),
    text("unknown-type.yaml", riktlinje("okand-typ", typ="riktlinjer"), "M004:2"),
    text("unknown-field.yaml", riktlinje("okand-uppgift", giltig_fram="2026-12-31"), "M002:11", exact=False),
    text("odd-id-invisible.yaml", riktlinje("udda-\u202eid"), "M003:1", exact=False),
    text("odd-id-empty.yaml", riktlinje('""'), "M001:1", exact=False),
    text("odd-id-list.yaml", riktlinje("[udda, id]"), "M003:1", exact=False),
    text("odd-id-characters.yaml", riktlinje('"udda id [bold]/../ \\"citat\\" <b>&amp; ;-- åäö 🙂"')),
    text("odd-id-number.yaml", riktlinje("1.10")),
    # --- a document that references itself ------------------------------------------------------
    text("self-reference.yaml", riktlinje("sig-sjalv", ersätter="[sig-sjalv]"), "H002:11", exact=False),
    text("self-derived.yaml", riktlinje("sig-sjalv-2", utgår_från="sig-sjalv-2"), "H002:11", exact=False),
    # --- YAML 1.1 merge keys are not read: reported, not silently merged ------------------------
    text("merge-key.yaml", riktlinje("sammanslagen") + "<<: {beskrivning: x}\n", "M002:11"),
]

IDS = [case.name for case in BATTERY]


def write_case(folder: Path, case: Case) -> None:
    (folder / case.name).write_bytes(case.content)


def write_battery(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    for case in BATTERY:
        write_case(folder, case)
    return BATTERY


def _findings(run, name: str) -> list[str]:
    return sorted(f"{f['code']}:{f['line']}" for f in run.json["findings"] if f["path"].endswith(name))


def _others(run, name: str) -> list[tuple]:
    return sorted((f["code"], f["path"], f["line"], f["column"], f["message"])
                  for f in run.json["findings"] if not f["path"].endswith(name))


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A small repository: the organisation and one good riktlinje, as the working folder."""
    (tmp_path / "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
    (tmp_path / "god.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(cli, *args: str):
    run = cli("validate", *args, "--format", "json", "--lang", "en", "--today", TODAY)
    assert run.code in (0, 1), run.err
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert not [f for f in run.json["findings"] if not f["path"]], "a rule crashed"
    return run


def test_the_good_repository_is_clean(repo, cli):
    assert check(cli, ".").json["findings"] == []


@pytest.mark.parametrize("case", BATTERY, ids=IDS)
def test_bad_file_is_reported_where_it_is_wrong(case, repo, cli):
    before = check(cli, ".")
    write_case(repo, case)
    run = check(cli, ".")
    found = _findings(run, case.name)
    missing = [e for e in case.expect if e not in found]
    assert not missing, f"{case.name}: expected {missing} among {found}"
    if case.exact:
        assert found == sorted(case.expect), f"{case.name}: {found}"
    assert _others(run, case.name) == _others(before, case.name), "the good files' findings changed"
    assert run.json["summary"]["files"] == 3, "every file is counted, none skipped"


def test_a_large_file_with_thousands_of_findings_places_each_one(repo, cli):
    """Positions are kept packed and looked up in place for a file's first finding; a file
    with thousands must still place every one (from its map, built once: a walk per finding
    took twenty seconds for a megabyte)."""
    lines = ["id: mal-stora", "typ: övergripande_mål", "titel: Många mål", "beslutad_av: kf",
             "beslutsdatum: 2022-12-19", "giltig_från: 2023-01-01", "giltig_till: 2026-12-31",
             "gäller_för: kommunala_organisationen", "målområden:"]
    expected = []
    for area in range(5):
        lines += [f"  - id: MO{area}", f"    namn: Område {area}", "    mål:"]
        for goal in range(400):
            lines += [f"      - id: MO{area}-{goal}", f"        text: Mål {goal} ska uppnås"]
            expected.append(f"G003:{len(lines) - 1}")  # at the goal, which has no måluppfyllelse
    (repo / "mal.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = [f for f in _findings(check(cli, "."), "mal.yaml") if f.startswith("G003")]
    assert sorted(found) == sorted(expected)


def test_a_tag_never_constructs_anything(repo, cli):
    """`!!python/object/apply:os.system` is refused by the loader: nothing runs, no file appears."""
    case = next(c for c in BATTERY if c.name == "python-object.yaml")
    write_case(repo, case)
    check(cli, ".")
    assert not (repo / "KONSTRUERAD").exists()
    from styrcheck.core.loader import read

    source = read(repo / case.name, case.name)
    assert source.data["titel"] is None  # the tagged value is dropped, not built
    assert _plain(source.data)


def _plain(value) -> bool:
    """Only what YAML text can hold without a constructor: text, lists, mappings, nothing."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, str)


def test_a_key_with_a_python_tag_is_refused(repo):
    from styrcheck.core.loader import read

    case = next(c for c in BATTERY if c.name == "python-key.yaml")
    write_case(repo, case)
    source = read(repo / case.name, case.name)
    assert "os.system" not in str(source.data)


# --- the file system -----------------------------------------------------------------------


def test_links_that_loop_dangle_or_lead_out_are_reported_not_followed(repo, cli, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("utanfor") / "hemlig.yaml"
    elsewhere.write_text("id: HEMLIG-NYCKEL-123\ntyp: HEMLIGT-VARDE\n", encoding="utf-8")
    os.symlink("loop.yaml", repo / "loop.yaml")
    os.symlink("b.yaml", repo / "a.yaml")
    os.symlink("a.yaml", repo / "b.yaml")
    os.symlink("finns-inte.yaml", repo / "dangling.yaml")
    os.symlink(elsewhere, repo / "outside.yaml")
    os.symlink("/dev/zero", repo / "zero.yaml")
    (repo / ".git").mkdir()
    (repo / ".git" / "config.yaml").write_text("token: HEMLIG-NYCKEL-456\n", encoding="utf-8")
    os.symlink(".git/config.yaml", repo / "git.yaml")
    run = check(cli, ".")
    keys = {(f["path"], f["code"], f["line"]) for f in run.json["findings"]}
    for name in ("loop.yaml", "a.yaml", "b.yaml", "dangling.yaml", "outside.yaml", "zero.yaml", "git.yaml"):
        assert (name, "Y005", 1) in keys, name
    assert "HEMLIG" not in run.out


def test_a_link_to_a_file_checked_anyway_is_read_once(repo, cli):
    """Not twice, which made the document a duplicate of itself (M005)."""
    before = check(cli, ".")
    os.symlink("god.yaml", repo / "samma.yaml")
    after = check(cli, ".")
    assert after.json["findings"] == before.json["findings"]
    assert after.json["summary"] == before.json["summary"]


def test_a_folder_given_twice_through_a_link_is_read_once(repo, cli):
    os.symlink(repo, repo.parent / "genvag")
    once = check(cli, ".")
    twice = check(cli, ".", str(repo.parent / "genvag"))
    assert twice.json["findings"] == once.json["findings"]
    assert twice.json["summary"] == once.json["summary"]


def test_a_named_pipe_is_not_opened(repo, cli):
    if not hasattr(os, "mkfifo"):
        skip_or_fail("no named pipes here")
    os.mkfifo(repo / "pipe.yaml")  # opening it for reading would wait for a writer forever
    run = check(cli, ".")
    assert _findings(run, "pipe.yaml") == ["Y005:1"]


def test_a_suffix_in_capitals_is_yaml_too(repo, cli):
    (repo / "VERSALER.YAML").write_text(riktlinje("versaler", ersätter="[saknas-helt]"), encoding="utf-8")
    assert "H001:11" in _findings(check(cli, "."), "VERSALER.YAML")


def test_a_folder_named_like_a_file_is_walked(repo, cli):
    (repo / "mapp.yaml").mkdir()
    (repo / "mapp.yaml" / "inne.yaml").write_text(riktlinje("inne", ersätter="[saknas-helt]"), encoding="utf-8")
    run = check(cli, ".")
    assert _findings(run, "mapp.yaml") == []
    assert "H001:11" in _findings(run, "mapp.yaml/inne.yaml")


def unprivileged_check(repo: Path):
    """`check`, in a process that file modes apply to, as root too (see unprivileged.py)."""
    run = run_unprivileged("validate", ".", "--format", "json", "--lang", "en", "--today", TODAY, cwd=repo)
    assert run.code in (0, 1), run.err
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert not [f for f in run.json["findings"] if not f["path"]], "a rule crashed"
    return run


def test_an_unreadable_file(repo):
    locked = repo / "last.yaml"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        run = unprivileged_check(repo)
    finally:
        locked.chmod(0o644)
    assert _findings(run, "last.yaml") == ["Y005:1"]
    assert "ermission" in next(f["message"] for f in run.json["findings"] if f["path"] == "last.yaml")


def test_an_unreadable_folder_is_reported_not_skipped(repo):
    locked = repo / "last"
    locked.mkdir()
    (locked / "inne.yaml").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        run = unprivileged_check(repo)
    finally:
        locked.chmod(0o755)
    assert _findings(run, "last") == ["Y005:1"]


@pytest.mark.parametrize("command", ["validate", "baseline", "due", "graph"])
def test_a_path_that_does_not_exist_is_a_usage_error(repo, cli, command):
    run = cli(command, "finns-inte")
    assert run.code == 2
    assert run.err.strip() == "styrcheck: no such file or folder: finns-inte"
    assert run.out == ""
    assert not (repo / "styrcheck-baseline.json").exists()


def test_a_missing_path_beside_good_ones_stops_the_run(repo, cli):
    run = cli("validate", ".", "finns-inte/", "--lang", "en")
    assert run.code == 2 and "finns-inte" in run.err and "Traceback" not in run.err


def test_an_empty_folder_passes_with_a_warning(tmp_path, monkeypatch, cli):
    """Like ruff ("No Python files found") and yamllint, an empty folder is not an error;
    styrcheck says so on stderr, so a CI job pointed at the wrong folder is noticed."""
    (tmp_path / "tom").mkdir()
    (tmp_path / "tom" / "README.md").write_text("inga dokument här\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("validate", "tom", "--format", "json", "--lang", "en")
    assert run.code == 0
    assert run.json["summary"]["files"] == 0 and run.json["findings"] == []
    assert "no YAML files" in run.err


# --- done when: every bad file beside the example repository --------------------------------


def test_every_bad_file_beside_the_example_repository(tmp_path, monkeypatch, cli):
    """One run over the example repository with the whole battery in a folder of its own:
    each bad file is reported by name, and the good files' findings are exactly those of a
    run without the bad ones."""
    repository = tmp_path / "norrkoping"
    shutil.copytree(EXAMPLES / "norrkoping", repository, ignore=shutil.ignore_patterns(".styrcheck_cache"))
    monkeypatch.chdir(repository)
    args = ("validate", ".", "--format", "json", "--lang", "en", "--today", "2026-11-23")
    clean = cli(*args)
    assert clean.code in (0, 1)

    bad = repository / "trasigt"
    write_battery(bad)
    os.symlink("loop.yaml", bad / "loop.yaml")
    os.symlink("/dev/zero", bad / "zero.yaml")
    os.symlink(tmp_path, bad / "uppåt")  # a link to a folder above: not followed, no loop
    mixed = cli(*args)
    assert mixed.code == 1
    assert "Traceback" not in mixed.err and "internal error" not in mixed.err

    def good(run) -> list[tuple]:
        return sorted((f["code"], f["path"], f["line"], f["column"], f["message"])
                      for f in run.json["findings"] if not f["path"].startswith("trasigt/"))

    assert good(mixed) == good(clean)
    reported = {f["path"] for f in mixed.json["findings"]}
    for case in BATTERY:
        if case.expect:
            assert f"trasigt/{case.name}" in reported, case.name
    assert {"trasigt/loop.yaml", "trasigt/zero.yaml"} <= reported
    accepted = [c for c in BATTERY if not c.expect]
    assert mixed.json["summary"]["files"] == clean.json["summary"]["files"] + len(BATTERY) + 2
    assert mixed.json["summary"]["documents"] >= clean.json["summary"]["documents"] + len(accepted)
