"""Shared test helpers: run the real CLI in-process on fixture repositories."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from styrcheck.cache import FOLDER
from styrcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


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
