"""The cache (.styrcheck_cache/): same output with and without it, in every format; a damaged,
foreign or outdated cache is ignored and rebuilt; --no-cache writes nothing; a changed file
is read again and nothing else is."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES
from unprivileged import run_unprivileged

from styrcheck import report
from styrcheck.cache.store import FOLDER
from styrcheck.pipeline import reading

pytestmark = pytest.mark.cache_in_place  # where the cache lives is what these tests check

TODAY = ("--today", "2026-06-30")


@pytest.fixture
def repo(examples_copy) -> Path:
    return examples_copy


@pytest.fixture
def reads(monkeypatch) -> list[int]:
    """How many files each run had to read and compose (not taken from the cache)."""
    counts: list[int] = []
    original = reading.read_many

    def counting(tasks, *args, **kwargs):
        counts.append(len(tasks))
        return original(tasks, *args, **kwargs)

    monkeypatch.setattr(reading, "read_many", counting)
    return counts


def output(cli, *args: str) -> tuple[int, str]:
    run = cli("validate", ".", *TODAY, *args)
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    return run.code, run.out


@pytest.mark.parametrize("fmt", list(report.FORMATS))
def test_cached_runs_print_what_an_uncached_run_prints(repo, cli, fmt):
    uncached = output(cli, "--format", fmt, "--no-cache")
    assert uncached[0] == 1 and uncached[1]
    assert not (repo / FOLDER).exists()
    assert output(cli, "--format", fmt) == uncached  # fills the cache
    assert output(cli, "--format", fmt) == uncached  # the whole run from the cache
    (repo / FOLDER / "result.json").unlink()
    assert output(cli, "--format", fmt) == uncached  # every file from the cache, the rules anew


def yaml_files(root: Path) -> int:
    return sum(1 for p in root.rglob("*.y*ml") if FOLDER not in p.parts)


def test_a_run_with_nothing_changed_reads_no_file(repo, cli, reads):
    first = output(cli, "--format", "json")
    assert reads == [yaml_files(repo)]  # every file, once
    assert output(cli, "--format", "json") == first
    assert reads == [yaml_files(repo)]  # the second run read nothing at all


def test_one_changed_file_is_read_again_and_its_findings_follow(repo, cli, reads):
    def unknown_fields(text: str) -> int:
        return sum(1 for f in json.loads(text)["findings"]
                   if f["code"] == "M002" and f["path"] == "metadata/riktlinje-distansarbete.yaml")

    before = unknown_fields(output(cli, "--format", "json")[1])
    changed = repo / "metadata" / "riktlinje-distansarbete.yaml"
    changed.write_text(changed.read_text(encoding="utf-8") + "ytterligare_okänt_fält: ja\n", encoding="utf-8")
    code, text = output(cli, "--format", "json")
    assert reads == [yaml_files(repo), 1]  # only the changed file was read again
    assert (code, text) == output(cli, "--format", "json", "--no-cache")
    assert unknown_fields(text) == before + 1


def test_options_and_today_are_part_of_the_key(repo, cli):
    output(cli, "--format", "json")
    for args in (("--ignore", "M"), ("--select", "G"), ("--today", "2030-01-01")):
        assert cli("validate", ".", *TODAY, "--format", "json", *args).out == \
            cli("validate", ".", *TODAY, "--format", "json", "--no-cache", *args).out, args


def test_the_cache_folder_ignores_itself_and_holds_only_json(repo, cli):
    output(cli)
    folder = repo / FOLDER
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (folder / "CACHEDIR.TAG").read_bytes().startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    for path in folder.iterdir():
        if path.name not in (".gitignore", "CACHEDIR.TAG"):
            json.loads(path.read_text(encoding="utf-8"))  # JSON, never pickle or marshal


def test_no_cache_writes_nothing(repo, cli):
    before = sorted(p.relative_to(repo) for p in repo.rglob("*"))
    output(cli, "--no-cache")
    cli("baseline", ".", "--no-cache", "--output", str(repo.parent / "baseline.json"), *TODAY)
    assert sorted(p.relative_to(repo) for p in repo.rglob("*")) == before


def test_the_cache_lives_beside_styrcheck_yaml(tmp_path, monkeypatch, cli):
    root = tmp_path / "kommun"
    shutil.copytree(EXAMPLES / "norrkoping", root, ignore=shutil.ignore_patterns(FOLDER))
    monkeypatch.chdir(tmp_path)
    assert cli("validate", "kommun/riktlinjer", *TODAY).code in (0, 1)
    assert (root / FOLDER / ".gitignore").is_file()
    assert not (root / "riktlinjer" / FOLDER).exists()


def test_styrcheck_cache_dir_moves_the_cache(tmp_path, monkeypatch, cli):
    """$STYRCHECK_CACHE_DIR (a folder CI keeps between runs, say): the cache is made there, the
    repository is left as it is, and the warm run reads the result from there."""
    root = tmp_path / "kommun"
    shutil.copytree(EXAMPLES / "norrkoping", root, ignore=shutil.ignore_patterns(FOLDER))
    monkeypatch.chdir(root)
    monkeypatch.setenv("STYRCHECK_CACHE_DIR", str(tmp_path / "ci-cache" / "styrcheck"))
    cold = cli("validate", ".", "--format", "json", *TODAY)
    assert (tmp_path / "ci-cache" / "styrcheck" / FOLDER / "result.json").is_file()
    assert not (root / FOLDER).exists()
    monkeypatch.setattr(reading, "load", None)  # a warm run must not read the files again
    assert cli("validate", ".", "--format", "json", *TODAY).out == cold.out


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "wrong-types", "no-stamp", "old-code"])
def test_a_damaged_cache_is_ignored_and_rebuilt(repo, cli, damage):
    uncached = output(cli, "--format", "json", "--no-cache")
    output(cli, "--format", "json")
    folder = repo / FOLDER
    files = sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.name != "stamp.json")
    assert files
    for path in files:
        raw = path.read_bytes()
        if damage == "garbage":
            path.write_bytes(b"\x80\x04\x95" + raw[::-1])
        elif damage == "truncated":
            path.write_bytes(raw[: len(raw) // 2])
        elif damage == "empty":
            path.write_bytes(b"")
        elif damage == "wrong-types":
            data = json.loads(raw)
            path.write_text(json.dumps(_scramble(data)), encoding="utf-8")
    if damage == "no-stamp":
        (folder / "stamp.json").unlink()
    elif damage == "old-code":
        stamp = json.loads((folder / "stamp.json").read_text())
        (folder / "stamp.json").write_text(json.dumps({**stamp, "code": "0" * 32}))
    assert output(cli, "--format", "json") == uncached
    assert output(cli, "--format", "json") == uncached  # and what it wrote anew holds
    for path in folder.iterdir():
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))


def _scramble(value):
    """The same shape with every leaf of the wrong type."""
    if isinstance(value, dict):
        return {k: (v if k in ("format", "token") else _scramble(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_scramble(v) for v in value]
    if isinstance(value, str):
        return 7
    if isinstance(value, int):
        return "7"
    return value


def test_a_committed_cache_is_foreign_after_a_checkout(repo, tmp_path, cli):
    """A hostile pull request commits a cache that says the repository is clean: in a clone
    (here: a copy) the folder is another one, so the cache is ignored."""
    truth = output(cli, "--format", "json", "--no-cache")
    output(cli, "--format", "json")
    folder = repo / FOLDER
    result = json.loads((folder / "result.json").read_text())
    result["body"]["result"]["findings"] = []  # the lie
    (folder / "result.json").write_text(json.dumps(result))
    for shard in folder.glob("files-*.json"):
        body = json.loads(shard.read_text())
        for entry in body["body"].values():
            entry.pop("f", None)
            entry["d"] = {"typ": "riktlinje"}
            entry.pop("p", None)
            entry["k"] = [[[], 1, 1], [["typ"], 1, 1]]
        shard.write_text(json.dumps(body))
    clone = tmp_path / "clone"
    shutil.copytree(repo, clone)
    os.chdir(clone)
    assert output(cli, "--format", "json") == truth
    assert json.loads((clone / FOLDER / "result.json").read_text())["body"]["result"]["findings"]


def test_a_cache_folder_that_is_a_link_is_never_used(repo, tmp_path, cli):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, repo / FOLDER)
    uncached = output(cli, "--format", "json", "--no-cache")
    assert output(cli, "--format", "json") == uncached
    assert list(elsewhere.iterdir()) == []


def test_links_planted_in_the_cache_are_replaced_not_followed(repo, tmp_path, cli):
    output(cli)
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n")
    folder = repo / FOLDER
    for name in (".gitignore", "result.json", "index.json", "stamp.json"):
        (folder / name).unlink()
        os.symlink(victim, folder / name)
    uncached = output(cli, "--format", "json", "--no-cache")
    assert output(cli, "--format", "json") == uncached
    assert victim.read_text() == "mine\n"
    assert not (folder / ".gitignore").is_symlink()


def test_entries_unused_for_a_month_are_dropped(tmp_path, monkeypatch):
    """An edited file leaves its old entry behind; it goes once it has not been used for 30
    days, when its part of the cache is next written. Entries in use stay."""
    from styrcheck.cache import store as caches
    from styrcheck.core.loader import Source

    day = 20_000
    monkeypatch.setattr(caches.time, "time", lambda: day * 86400.0)
    store = caches.Cache.open(tmp_path)
    store.put_source("a1", Source("x.yaml", {"id": "gammal"}, {(): (1, 1), ("id",): (1, 1)}))
    store.put_source("a2", Source("y.yaml", {"id": "kvar"}, {(): (1, 1), ("id",): (1, 1)}))
    store.save()
    day += 20
    store = caches.Cache.open(tmp_path)
    assert store.source("a2", "y.yaml").data == {"id": "kvar"}  # used: its day is renewed
    store.save()
    day += 15  # "a1" unused for 35 days, "a2" for 15
    store = caches.Cache.open(tmp_path)
    store.put_source("a3", Source("z.yaml", {"id": "ny"}, {(): (1, 1), ("id",): (1, 1)}))
    store.save()
    store = caches.Cache.open(tmp_path)
    assert store.source("a1", "x.yaml") is None
    assert store.source("a2", "y.yaml") is not None and store.source("a3", "z.yaml") is not None


def test_a_path_that_does_not_exist_leaves_no_cache_behind(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    run = cli("validate", "finns-inte", *TODAY)
    assert run.code == 2 and "finns-inte" in run.err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_checked_without_a_cache(repo, cli):
    """Run as a process that the folder's mode applies to (as root too: see unprivileged.py)."""
    uncached = output(cli, "--format", "json", "--no-cache")
    repo.chmod(0o555)
    try:
        run = run_unprivileged("validate", ".", *TODAY, "--format", "json", cwd=repo)
    finally:
        repo.chmod(0o755)
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert (run.code, run.out) == uncached
    assert not (repo / FOLDER).exists()


def test_the_graph_drawn_with_the_cache_is_the_graph_drawn_without(repo, cli, monkeypatch):
    uncached = cli("graph", ".", "--format", "dot", "--no-cache", *TODAY)
    assert uncached.code == 0 and uncached.out.startswith("digraph")
    output(cli)  # fills the cache, and with it the findings the graph marks
    from styrcheck.pipeline import validate

    def no_rules(*args, **kwargs):
        raise AssertionError("the rules ran, though their findings were in the cache")

    monkeypatch.setattr(validate, "_checked", no_rules)
    assert cli("graph", ".", "--format", "dot", *TODAY).out == uncached.out


# --- every setting that can change a finding is part of what the cache is keyed on -----------

CONFIG = "styrcheck.yaml"


def _profile(goals_per_area: str) -> dict[str, str]:
    return {CONFIG: "typ: styrcheck\nprofil: profil.yaml\n",
            "profil.yaml": f"utökar: norrkoping\nmål_per_målområde: {goals_per_area}\n"}


def _config(text: str) -> dict[str, str]:
    return {CONFIG: "typ: styrcheck\n" + text}


def _avsteg(repo: Path, cli) -> None:
    """An avsteg from D006, which the document's decision date triggers."""
    with (repo / "mal" / "overgripande-mal-2023-2026.yaml").open("a", encoding="utf-8") as file:
        file.write("avsteg:\n  - {regel: D006, motivering: Fullmäktige beslutade målen före valet.}\n")


def _baseline(repo: Path, cli, select: str) -> None:
    run = cli("baseline", ".", "-o", "baslinje.json", *TODAY, "--select", select)
    assert run.code == 0, run.err


# (setting, files before, files after the change, arguments before, arguments after); a
# callable instead of files writes them itself.
SETTINGS = [
    ("profile", _profile("{min: 3, max: 5}"), _profile("{min: 1, max: 2}"), (), ()),
    ("gränser.max_byte", _config(""), _config("gränser: {max_byte: 1900}\n"), (), ()),
    ("gränser.max_djup", _config(""), _config("gränser: {max_djup: 3}\n"), (), ()),
    ("gränser.max_noder", _config(""), _config("gränser: {max_noder: 130}\n"), (), ()),
    ("välj", _config(""), _config("välj: [G]\n"), (), ()),
    ("ignorera", _config(""), _config("ignorera: [metadata]\n"), (), ()),
    ("allvarlighet", _config(""), _config("allvarlighet: {G006: info, M002: av}\n"), (), ()),
    ("ignorera_per_fil", _config(""), _config('ignorera_per_fil: {"mal/*": [G006]}\n'), (), ()),
    ("uteslut", _config(""), _config('uteslut: ["metadata/*"]\n'), (), ()),
    ("--select", _config(""), _config(""), (), ("--select", "D")),
    ("--ignore", _config(""), _config(""), (), ("--ignore", "F008")),
    ("--today", _config(""), _config(""), (), ("--today", "2024-06-01")),
    ("avsteg", _config(""), _avsteg, (), ()),
    ("baslinje", lambda repo, cli: _baseline(repo, cli, "G"), lambda repo, cli: _baseline(repo, cli, "G,M"),
     ("--baseline", "baslinje.json"), ("--baseline", "baslinje.json")),
]


def _apply(repo: Path, cli, change) -> None:
    if callable(change):
        change(repo, cli)
        return
    for name, text in change.items():
        (repo / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("setup", "change", "before", "after"), [s[1:] for s in SETTINGS],
                         ids=[s[0] for s in SETTINGS])
def test_after_a_setting_changes_the_cached_run_prints_what_an_uncached_run_prints(repo, cli, setup, change,
                                                                                   before, after):
    _apply(repo, cli, setup)
    warm = output(cli, "--format", "json", *before)  # fills the cache (findings and every file)
    assert output(cli, "--format", "json", *before) == warm
    _apply(repo, cli, change)
    uncached = output(cli, "--format", "json", "--no-cache", *after)
    assert uncached != warm, "the change must change what is found, or this test proves nothing"
    assert output(cli, "--format", "json", *after) == uncached
    (repo / FOLDER / "result.json").unlink()  # every file from the cache, the rules anew
    assert output(cli, "--format", "json", *after) == uncached
