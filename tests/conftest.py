"""Shared test helpers: run the real CLI in-process on fixture repositories."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

from styrcheck.cache.store import FOLDER
from styrcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# Every property test (test_fuzz.py, test_graph.py) runs under this profile; a test sets only
# its max_examples. Derandomized, so each run tries the same examples; no example database,
# so nothing found earlier on this machine changes what runs; and no deadline (nor the
# too-slow health check), so the speed of the machine is never part of a test's result.
settings.register_profile("styrcheck", deadline=None, derandomize=True, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("styrcheck")
# Hypothesis still keeps caches (its Unicode tables, constants) in ./.hypothesis: put them in
# a temporary folder instead of the checkout.
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="styrcheck-tests-hypothesis-")
atexit.register(shutil.rmtree, _HYPOTHESIS_HOME, ignore_errors=True)
set_hypothesis_home_dir(_HYPOTHESIS_HOME)


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self):
        return json.loads(self.out)

    def findings(self) -> list[str]:
        """Every finding as 'CODE path:line', sorted: what rule tests compare."""
        return sorted(f"{f['code']} {f['path']}:{f['line']}" for f in self.json["findings"])


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Without --lang or språk:, messages and errors follow the locale: tests run in an English
    one, whatever the machine's (a test that wants Swedish sets LANG itself)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def cache_of_its_own(request, tmp_path_factory, monkeypatch):
    """Each test keeps styrcheck's cache in a folder of its own ($STYRCHECK_CACHE_DIR), not in
    examples/ of the checkout: no test's result depends on what an earlier one left there.
    Tests of where the cache lives are marked `cache_in_place`."""
    if request.node.get_closest_marker("cache_in_place") is None:
        monkeypatch.setenv("STYRCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    else:
        monkeypatch.delenv("STYRCHECK_CACHE_DIR", raising=False)


@pytest.fixture
def cli(capsys):
    """Run `styrcheck ARGS` in-process; returns exit code and captured output."""

    def run(*args: str) -> Run:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def write_files(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")


@pytest.fixture
def examples_copy(tmp_path, monkeypatch) -> Path:
    """A copy of examples/felaktigt (findings of many kinds) as the working folder, without the
    cache a run in examples/ may have left there."""
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "felaktigt", root, ignore=shutil.ignore_patterns(FOLDER))
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return root
