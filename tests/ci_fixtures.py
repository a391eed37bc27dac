"""Shared pieces of the CI tests (reports, configuration, baselines, pre-commit).

`ci-repo` (tests/fixtures/ci-repo) is a small repository with one finding of each kind the
reports must show: an error (G001), a warning made so by its styrcheck.yaml (M002), a file
that is not YAML (Y001) and a finding accepted by an avsteg (G001).
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path
from typing import Callable, TypeVar

import pytest

from conftest import EXAMPLES, ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "ci-repo"
GOLDEN = ROOT / "tests" / "golden"
SCHEMAS = ROOT.parent / "shared" / "schemas"
FELAKTIGT = EXAMPLES / "felaktigt"
NORRKOPING = EXAMPLES / "norrkoping"
NORRKOPING_TODAY = "2026-11-23"  # the day the example repository is written to be clean on

# The fixture's rules, so that rules added elsewhere do not change these reports.
SELECT = "G001,M002,Y001"
STABLE = ("--lang", "en", "--today", "2024-06-01", "--select", SELECT)


@pytest.fixture
def ci_repo(tmp_path, monkeypatch) -> Path:
    """A copy of the fixture repository, as the working folder (no git above it)."""
    target = tmp_path / "repo"
    shutil.copytree(FIXTURE, target)
    monkeypatch.chdir(target)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return target


T = TypeVar("T")


def on_one_day(action: Callable[[], T]) -> tuple[T, str]:
    """`action()` (a run without --today) and the day it ran on, YYYY-MM-DD, so that a run given
    `--today` that day can be compared with it. Run again if midnight passed meanwhile."""
    while True:
        day = date.today()
        result = action()
        if date.today() == day:
            return result, day.isoformat()


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


def skip_or_fail(reason: str) -> None:
    """Skip the test here; fail it in CI, where it must run: a skip there would hide that
    the behaviour it tests was never checked."""
    __tracebackhide__ = True
    if in_ci():
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


def require_git() -> None:
    __tracebackhide__ = True
    if shutil.which("git") is None:
        skip_or_fail("git is not installed")


def felaktigt_or_skip() -> Path:
    """examples/felaktigt, the repository full of mistakes, once it has files."""
    if not FELAKTIGT.is_dir() or not any(FELAKTIGT.rglob("*.yaml")):
        skip_or_fail("examples/felaktigt has no YAML files yet")
    return FELAKTIGT


# --- golden files ----------------------------------------------------------------------------

UPDATE_GOLDEN = "STYRCHECK_UPDATE_GOLDEN"  # set by tests/update_golden.py, never by hand in CI


def assert_golden(actual: str, golden: Path, section: tuple[int, int] | None = None) -> None:
    """`actual` is the golden file's text (or the `section` of it between those offsets, for
    output shown in a document such as docs/ci.md). With $STYRCHECK_UPDATE_GOLDEN=1 a differing
    file is rewritten and the test still fails, so that no run passes by writing what it
    compares with; in CI the variable itself fails the test."""
    __tracebackhide__ = True
    updating = os.environ.get(UPDATE_GOLDEN) == "1"
    if updating and in_ci():
        pytest.fail(f"{UPDATE_GOLDEN}=1 under CI: golden files are never rewritten there", pytrace=False)
    text = golden.read_text(encoding="utf-8") if golden.exists() else ""
    start, end = section or (0, len(text))
    expected = text[start:end] if golden.exists() else None
    if actual == expected:
        return
    if updating:
        golden.write_text(text[:start] + actual + text[end:], encoding="utf-8")
        pytest.fail(f"rewrote {golden}: review `git diff`, then run the tests again",
                    pytrace=False)
    assert actual == expected


def schema(name: str) -> Path:
    path = SCHEMAS / name
    assert path.is_file(), f"{path} is missing: the schemas live in shared/schemas beside the repository"
    return path
