"""No writes: every command leaves every input file, byte for byte, and the folder listing as
they were. The repository is the example one with the whole bad-file battery beside it, and
the commands run inside it, where a careless cache or default output file would land."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES
from render_tools import find_dot, renderers_required, require_or_skip
from test_hostile_battery import write_battery

from styrcheck import report
from styrcheck.checks.registry import all_rules
from styrcheck.diagram import FORMATS as GRAPH_FORMATS

TODAY = ("--today", "2026-11-23")


def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry below `root` (links not followed): kind, mode, size, and content hash."""
    state = {}
    for folder, dirs, names in os.walk(root):
        for name in sorted(dirs + names):
            path = Path(folder, name)
            info = path.lstat()
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                state[key] = ("link", os.readlink(path))
            elif path.is_dir():
                state[key] = ("dir", info.st_mode)
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                state[key] = ("file", info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return state


def commands(outside: Path, no_cache: bool = False) -> list[tuple[tuple[str, ...], int]]:
    """Every command that reads the repository, in every format it has, with the exit code it
    must end with; whatever it writes on request goes to `outside`. With `no_cache`, every
    command that reads documents is told to keep no cache."""
    runs = _commands(outside)
    if no_cache:
        runs = [((*run, "--no-cache") if run[0] in ("validate", "baseline", "graph", "due") else run, code)
                for run, code in runs]
    return runs


def _drawn() -> int:
    """The exit code of `graph` as SVG or PNG, which Graphviz draws: 0, or without `dot` the
    usage error that says how to install it (2), which must not write either. In CI
    (STYRCHECK_REQUIRE_RENDERERS=1) `dot` must be there."""
    if renderers_required():
        require_or_skip("dot", find_dot())
    return 0 if find_dot() else 2


def _commands(outside: Path) -> list[tuple[tuple[str, ...], int]]:
    # The battery in trasigt/ has errors: validate finds them (1) until the baseline takes them in.
    runs: list[tuple[tuple[str, ...], int]] = []
    for fmt in report.FORMATS:
        runs.append((("validate", ".", "--format", fmt, *TODAY), 1))
        runs.append((("validate", ".", "--format", fmt, "--show-accepted", "--output", str(outside / f"report.{fmt}"),
                      *TODAY), 1))
    runs.append((("validate", "trasigt", *TODAY), 1))
    runs.append((("baseline", ".", "--output", str(outside / "baseline.json"), *TODAY), 0))
    runs.append((("validate", ".", "--baseline", str(outside / "baseline.json"), "--format", "json", *TODAY), 0))
    for fmt in GRAPH_FORMATS:
        drawn = fmt in ("png", "svg")
        runs.append((("graph", ".", "--format", fmt, "--output", str(outside / f"graph.{fmt}"), *TODAY),
                     _drawn() if drawn else 0))
        if not drawn:
            runs.append((("graph", ".", "--format", fmt, "--level", "mål", *TODAY), 0))
    for fmt in ("text", "json", "markdown"):
        runs.append((("rules", "--format", fmt), 0))
    for rule in all_rules():
        runs.append((("explain", rule.code), 0))
    return runs


@pytest.fixture
def repository(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("nowrites") / "norrkoping"
    shutil.copytree(EXAMPLES / "norrkoping", root, ignore=shutil.ignore_patterns(".styrcheck_cache"))
    write_battery(root / "trasigt")
    os.symlink("loop.yaml", root / "trasigt" / "loop.yaml")
    os.symlink("/dev/zero", root / "trasigt" / "zero.yaml")
    return root


def _run_all(repository: Path, outside: Path, cli, compare, no_cache: bool = False) -> None:
    before = snapshot(repository)
    assert len(before) > 90
    for args, code in commands(outside, no_cache):
        run = cli(*args)
        assert run.code == code, (args, run.code, run.err)
        assert "Traceback" not in run.err and "internal error" not in run.err, (args, run.err)
        after = snapshot(repository)
        changed = sorted(k for k in before.keys() | after.keys() if compare(k) and before.get(k) != after.get(k))
        assert not changed, f"`styrcheck {' '.join(args)}` changed " + ", ".join(changed[:10])
    assert (outside / "baseline.json").is_file()  # the requested output did go outside


@pytest.fixture
def inside(repository, tmp_path, monkeypatch) -> Path:
    """The repository as the working folder; a folder outside it for requested output."""
    monkeypatch.chdir(repository)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    outside = tmp_path / "out"
    outside.mkdir()
    return outside


def test_commands_never_change_an_input_file(repository, inside, cli):
    """Every file that was there is there after every command, byte for byte."""
    original = set(snapshot(repository))
    _run_all(repository, inside, cli, lambda key: key in original)


CACHE = ".styrcheck_cache"


@pytest.mark.cache_in_place
def test_only_the_cache_is_added_to_the_checked_folders(repository, inside, cli):
    """Nothing but the cache lands among the documents (as ruff does it), and the cache
    keeps itself out of git, so a CI checkout stays clean. No report, no baseline."""
    _run_all(repository, inside, cli, lambda key: not key.startswith(CACHE))
    ignored = (repository / CACHE / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "*" in ignored


def test_no_cache_adds_nothing_at_all(repository, inside, cli):
    """With --no-cache not a file more either."""
    _run_all(repository, inside, cli, lambda key: True, no_cache=True)
    assert not (repository / CACHE).exists()
