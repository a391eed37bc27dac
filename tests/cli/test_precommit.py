"""The pre-commit hook, run by the real `pre-commit try-repo` in throwaway git repositories.

pre-commit installs styrcheck from a git repository into its own environment (dependencies
from PyPI), so the test first makes one: a copy of what the package is built from, with
.pre-commit-hooks.yaml, committed. Then a repository of steering documents runs the hook:
examples/felaktigt fails, examples/norrkoping passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ci_fixtures import FELAKTIGT, FIXTURE, NORRKOPING, on_one_day, require_git
from conftest import ROOT

PACKAGE = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src", "rules")


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=styrcheck tests", "-c", "user.email=tests@styrcheck.invalid",
                    "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                   cwd=folder, check=True, capture_output=True)


def repository(folder: Path, copy_of: dict[str, Path]) -> Path:
    folder.mkdir()
    for name, source in copy_of.items():
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, folder / name)
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "copy")
    return folder


@pytest.fixture(scope="module", autouse=True)
def git_installed() -> None:
    require_git()  # skips here, fails in CI


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hook")
    return repository(base / "styrcheck", {name: ROOT / name for name in PACKAGE})


def try_repo(hook_repo: Path, documents: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    checked = repository(tmp_path / "dokument", {p.name: p for p in documents.iterdir()})
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PIP_NO_INPUT": "1",
           "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("GITHUB_ACTIONS", None)  # plain text in the hook's output, wherever the test runs
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "styrcheck",
                           "--all-files", "--verbose"],
                          cwd=checked, env=env, capture_output=True, text=True, timeout=900)


def test_hook_definition_checks_the_whole_repository():
    from ruamel.yaml import YAML

    (hook,) = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "styrcheck" and hook["pass_filenames"] is False
    assert hook["types"] == ["yaml"] and hook["args"] == ["."]


def test_felaktigt_fails(hook_repo, tmp_path):
    # examples/felaktigt; the tests' own broken repository until that folder has files.
    documents = FELAKTIGT if any(FELAKTIGT.rglob("*.yaml")) else FIXTURE
    done = try_repo(hook_repo, documents, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "styrcheck (styrmodell)" in done.stdout and "Failed" in done.stdout
    assert " fel " in done.stdout or " error " in done.stdout


def test_norrkoping_passes(hook_repo, tmp_path, monkeypatch, cli):
    """The hook as users run it, on the real date. What it finds depends on the day (from
    2027-04-01 the example's README names F007 warnings), so its output is compared with
    `styrcheck validate . --today <that day>` in the same repository: the same findings,
    word for word. Warnings at most, on any day, so the hook passes."""
    def hook_run() -> tuple[Path, subprocess.CompletedProcess]:
        work = Path(tempfile.mkdtemp(dir=tmp_path))  # a fresh one if midnight makes it run again
        return work, try_repo(hook_repo, NORRKOPING, work)

    (work, done), today = on_one_day(hook_run)
    monkeypatch.chdir(work / "dokument")
    dated = cli("validate", ".", "--today", today, "--no-cache")
    assert dated.code == 0 and dated.out.strip(), dated.out + dated.err
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
    assert dated.out in done.stdout, done.stdout

