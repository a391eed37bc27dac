"""Reading and checking in parallel: the same output as one process, byte for byte, in every
format, with and without the cache, and when a rule crashes; one process when no other can be
had; no progress bar outside a terminal or in CI."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import EXAMPLES

from styrcheck import report
from styrcheck.cache.store import FOLDER
from styrcheck.checks.registry import RULES
from styrcheck.pipeline import engine, reading, runner

TODAY = ("--today", "2026-06-30")
COPIES = 6  # of examples/felaktigt: some 330 files
SMALL_MIN = 200  # reading's and engine's PARALLEL_MIN here, so that the copies go in parallel


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    """Several copies of the faulty example side by side: every kind of finding, duplicate ids
    across the copies, and enough files to be read in parallel (with SMALL_MIN)."""
    root = tmp_path_factory.mktemp("parallel") / "repo"
    for n in range(COPIES):
        shutil.copytree(EXAMPLES / "felaktigt", root / f"kopia-{n}", ignore=shutil.ignore_patterns(FOLDER))
    assert sum(1 for _ in root.rglob("*.yaml")) > SMALL_MIN
    return root


@pytest.fixture
def in_big(big, monkeypatch) -> Path:
    monkeypatch.setattr(reading, "PARALLEL_MIN", SMALL_MIN)
    monkeypatch.setattr(engine, "PARALLEL_MIN", SMALL_MIN)
    monkeypatch.chdir(big)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    shutil.rmtree(big / FOLDER, ignore_errors=True)
    return big


def spy_on_runner(monkeypatch, module) -> list[int]:
    """The number of worker processes of every run of the runner in more than one process by
    `module` (reading the files, or the engine checking the rules)."""
    runs: list[int] = []
    original = runner.run_all

    def spying(work, items, workers, *args, **kwargs):
        if workers > 1 and getattr(work, "func", work).__module__ == module.__name__:
            runs.append(workers)
        return original(work, items, workers, *args, **kwargs)

    monkeypatch.setattr(runner, "run_all", spying)
    return runs


@pytest.fixture
def parallel_runs(monkeypatch) -> list[int]:
    """The number of worker processes of every parallel read."""
    return spy_on_runner(monkeypatch, reading)


@pytest.fixture
def rule_pools(monkeypatch) -> list[int]:
    """The number of worker processes of every parallel run of the rules."""
    return spy_on_runner(monkeypatch, engine)


def run(cli, *args: str) -> tuple[int, str, str]:
    result = cli(*args, *TODAY)
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    return result.code, result.out, result.err


@pytest.mark.parametrize("fmt", list(report.FORMATS))
def test_parallel_and_serial_runs_print_the_same(in_big, cli, parallel_runs, rule_pools, fmt):
    serial = run(cli, "validate", ".", "--format", fmt, "--no-cache", "--jobs", "1")
    assert parallel_runs == [] and rule_pools == []
    assert serial[0] == 1 and serial[1]
    parallel = run(cli, "validate", ".", "--format", fmt, "--no-cache", "--jobs", "2")
    assert parallel_runs == [2] and rule_pools == [2]
    assert parallel == serial


def test_a_rule_that_crashes_in_a_worker_is_reported_as_in_one_process(in_big, cli, rule_pools, monkeypatch):
    def crash(ctx):
        raise RuntimeError("rule broke")

    monkeypatch.setitem(RULES, "H002", replace(RULES["H002"], check=crash))
    serial = run(cli, "validate", ".", "--format", "json", "--no-cache", "--jobs", "1")
    assert serial[0] == 2 and "rule broke" in serial[1]
    assert run(cli, "validate", ".", "--format", "json", "--no-cache", "--jobs", "2") == serial
    assert rule_pools == [2]


def test_files_are_read_and_rules_run_in_one_process_when_no_other_can_be_started(in_big, cli, monkeypatch):
    serial = run(cli, "validate", ".", "--format", "json", "--no-cache", "--jobs", "1")

    def refuse(*args, **kwargs):
        raise OSError(38, "Function not implemented")  # as where /dev/shm is missing

    monkeypatch.setattr(runner, "ProcessPoolExecutor", refuse)
    assert run(cli, "validate", ".", "--format", "json", "--no-cache", "--jobs", "2") == serial


@pytest.mark.cache_in_place
def test_parallel_runs_fill_the_cache_with_what_serial_runs_read(in_big, cli, parallel_runs):
    serial = run(cli, "validate", ".", "--format", "json", "--no-cache", "--jobs", "1")
    assert run(cli, "validate", ".", "--format", "json", "--jobs", "2") == serial  # fills it
    (in_big / FOLDER / "result.json").unlink()
    assert run(cli, "validate", ".", "--format", "json", "--jobs", "1") == serial  # every file from it
    assert parallel_runs == [2]


def test_the_graph_is_the_same_read_in_parallel(in_big, cli, parallel_runs):
    serial = run(cli, "graph", ".", "--format", "dot", "--no-cache", "--jobs", "1")
    assert serial[0] == 0 and serial[1].startswith("digraph")
    assert run(cli, "graph", ".", "--format", "dot", "--no-cache", "--jobs", "2") == serial
    assert parallel_runs == [2]


def test_few_files_are_read_in_one_process(tmp_path, monkeypatch, cli, parallel_runs):
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "felaktigt", root, ignore=shutil.ignore_patterns(FOLDER))
    monkeypatch.chdir(root)
    run(cli, "validate", ".", "--no-cache", "--jobs", "8")
    assert parallel_runs == []


def test_no_progress_bar_outside_a_terminal(in_big, cli, monkeypatch):
    monkeypatch.setattr(reading, "PROGRESS_MIN", 1)
    monkeypatch.delenv("CI", raising=False)
    code, out, err = run(cli, "validate", ".", "--no-cache", "--jobs", "2")
    assert err == ""  # the captured stderr is no terminal


@pytest.mark.parametrize(("tty", "ci", "files", "shown"), [
    (True, None, 5000, True),
    (True, None, 10, False),  # a small repository is done before a bar would help
    (False, None, 5000, False),  # piped or redirected: no bar in a file
    (True, "true", 5000, False),  # CI logs
    (True, "1", 5000, False),
    (True, "false", 5000, True),
])
def test_progress_only_on_a_terminal_outside_ci(monkeypatch, tty, ci, files, shown):
    for name in reading._CI_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    if ci is not None:
        monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(reading.sys.stderr, "isatty", lambda: tty, raising=False)
    assert (reading.Progress.wanted("sv", files) is not None) is shown
    assert reading.Progress.wanted(None, files) is None  # the caller asked for none
