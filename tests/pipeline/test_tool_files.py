"""Tool files are not documents: dot-files, the files in dot-folders, other tools' well-known
files and the files git ignores are not read while walking a folder, and the summary says so
(`--verbose` lists them); a YAML file that is none of these still gets Y003 (docs/ci.md,
"Which files are read")."""

from __future__ import annotations

import shutil

import pytest

from conftest import write_files
from test_precommit import git

NO_TYPE = "namn: inget dokument\n"
TOOL_FILES = {  # found at any level, in any case
    ".gitlab-ci.yml": "stages: [test]\n",
    ".pre-commit-config.yaml": "repos: []\n",
    ".github/workflows/ci.yml": "on: push\n",
    ".github/dependabot.yml": "version: 2\n",
    "webb/MkDocs.yml": "site_name: Styrdokument\n",
    "drift/docker-compose.prod.yaml": "services: {}\n",
    "drift/compose.yml": "services: {}\n",
}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    root = tmp_path / "dokument"
    write_files(root, {**TOOL_FILES, "anteckningar.yaml": NO_TYPE, "mkdocs-anteckningar.yaml": NO_TYPE})
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return root


def test_tool_files_are_not_read_and_the_summary_counts_them(folder, cli):
    run = cli("validate", "--format", "json")
    assert run.findings() == ["Y003 anteckningar.yaml:1", "Y003 mkdocs-anteckningar.yaml:1"]
    assert run.json["summary"]["files"] == 2
    text = cli("validate", "--lang", "en")
    assert text.out.splitlines()[-1] == ("2 errors, 0 warnings, 0 info in 2 files (0 documents among them); not checked: "
                                         "7 tool files (.github/dependabot.yml, .github/workflows/ci.yml, "
                                         ".gitlab-ci.yml, …)")
    swedish = cli("validate", "--lang", "sv")
    assert swedish.out.splitlines()[-1].endswith("; inte kontrollerat: 7 verktygsfiler (.github/dependabot.yml, "
                                                 ".github/workflows/ci.yml, .gitlab-ci.yml, …)")


def test_verbose_lists_every_file_not_checked(folder, cli):
    run = cli("validate", "--lang", "en", "--verbose", "--format", "json")
    assert run.err.splitlines() == [f"styrcheck: not checked: {name} (tool file)" for name in sorted(TOOL_FILES)]
    assert run.json["summary"]["files"] == 2  # stdout is the report alone


def test_uteslut_still_leaves_out_what_it_names(folder, cli):
    (folder / "styrcheck.yaml").write_text('typ: styrcheck\nuteslut: ["*anteckningar.yaml"]\n', encoding="utf-8")
    run = cli("validate", "--format", "json")
    assert run.code == 0 and run.findings() == []


def test_a_tool_folder_named_on_the_command_line_is_read_as_asked(folder, cli):
    run = cli("validate", ".github", "--format", "json")
    # Below it the rules apply: dependabot.yml is a tool file by its name.
    assert run.findings() == ["Y003 .github/workflows/ci.yml:1"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_files_git_ignores_are_not_read_in_a_work_tree(folder, cli, monkeypatch):
    write_files(folder, {".gitignore": "utkast/\n*.tmp.yaml\n", "utkast/a.yaml": NO_TYPE, "utkast/B.YML": NO_TYPE,
                         "b.tmp.yaml": NO_TYPE,
                         "arkiv/c.tmp.yaml": NO_TYPE})
    git(folder, "init", "-q")
    git(folder, "add", "-f", "arkiv/c.tmp.yaml")  # tracked: git does not ignore it, so it is read
    assert cli("validate", "--format", "json").findings() == [
        "Y003 anteckningar.yaml:1", "Y003 arkiv/c.tmp.yaml:1", "Y003 mkdocs-anteckningar.yaml:1"]
    run = cli("validate", "--lang", "en")
    assert run.out.splitlines()[-1].endswith("7 tool files (.github/dependabot.yml, .github/workflows/ci.yml, "
                                             ".gitlab-ci.yml, …), 3 files ignored by git (b.tmp.yaml, utkast/B.YML, utkast/a.yaml)")
    # A folder git ignores, named, is read as asked.
    assert cli("validate", "utkast", "--format", "json").findings() == ["Y003 utkast/B.YML:1", "Y003 utkast/a.yaml:1"]
    # Without git on the PATH the same run reads them, and says nothing of git.
    monkeypatch.setenv("PATH", "")
    without = cli("validate", "--format", "json")
    assert without.code == 1 and without.err == ""
    assert "Y003 utkast/a.yaml:1" in without.findings() and "Y003 b.tmp.yaml:1" in without.findings()


def test_outside_a_work_tree_gitignore_is_no_concern(folder, cli):
    write_files(folder, {".gitignore": "utkast/\n", "utkast/a.yaml": NO_TYPE})
    run = cli("validate", "--format", "json")
    assert "Y003 utkast/a.yaml:1" in run.findings()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.cache_in_place
def test_a_revision_written_below_an_ignored_cache_is_read_whole(tmp_path, monkeypatch, cli):
    """`diff` writes the base revision below .styrcheck_cache/, which the repository's
    .gitignore ignores (as init writes it): that folder is read as asked, not as ignored."""
    write_files(tmp_path, {".gitignore": ".styrcheck_cache/\n", "anteckningar.yaml": NO_TYPE})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    run = cli("diff", "HEAD", "--format", "json")
    assert run.code == 0, run.err  # the Y003 of both sides is no new finding: both were read
    assert run.json["findings"] == {"new": [], "fixed": []}
