"""The CI recipes of docs/ci.md work as written: the GitHub workflow, the GitLab job and the
pre-commit configuration are exactly what `styrcheck init` writes, pass the platforms' public
schemas (check-jsonschema's vendored `github-workflows` and `gitlab-ci`), and a repository
holding all three beside examples/norrkoping validates (exit 0) and passes the pre-commit hook,
run for real by pre-commit.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ci_fixtures import NORRKOPING, NORRKOPING_TODAY
from conftest import ROOT
from styrcheck.authoring import init
from test_precommit import PACKAGE, git, repository

CI_DOC = ROOT / "docs" / "ci.md"


def block(heading: str | None, containing: str = "") -> str:
    """The first ```yaml block under `heading` (None: anywhere) that contains `containing`."""
    text = CI_DOC.read_text(encoding="utf-8")
    if heading is not None:
        text = text[text.index(f"\n## {heading}\n"):]
    return next(b for b in re.findall(r"```yaml\n(.*?)```", text, re.S) if containing in b)


RECIPES = {  # file in the repository -> (the doc's block, what init writes)
    ".github/workflows/styrcheck.yml": (block("GitHub Actions"), init.template("github-workflow.yml")),
    ".gitlab-ci.yml": (block("GitLab CI"), init.template("gitlab-ci.yml")),
    ".pre-commit-config.yaml": (block("pre-commit"), init.pre_commit()),
}


def check_jsonschema() -> str:
    found = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    if not Path(found).exists():
        pytest.skip("check-jsonschema is not installed")
    return found


@pytest.mark.parametrize("name", list(RECIPES))
def test_the_doc_shows_what_init_writes(name):
    documented, written = RECIPES[name]
    assert documented == written


PAGES = {  # the recipes that publish the report site
    "report.yml": block("Publishing the report site", "upload-pages-artifact"),
    "pages.gitlab-ci.yml": block("Publishing the report site", "public"),
}


@pytest.mark.parametrize(("name", "schema"), [(".github/workflows/styrcheck.yml", "vendor.github-workflows"),
                                              (".gitlab-ci.yml", "vendor.gitlab-ci"),
                                              ("report.yml", "vendor.github-workflows"),
                                              ("pages.gitlab-ci.yml", "vendor.gitlab-ci")])
def test_the_recipes_pass_the_platforms_schemas(tmp_path, name, schema):
    target = tmp_path / Path(name).name
    target.write_text(RECIPES[name][0] if name in RECIPES else PAGES[name], encoding="utf-8")
    done = subprocess.run([check_jsonschema(), "--builtin-schema", schema, str(target)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def documents(tmp_path) -> Path:
    """examples/norrkoping with the three recipes (tool files: read by nobody but their tools)."""
    folder = tmp_path / "dokument"
    shutil.copytree(NORRKOPING, folder, ignore=shutil.ignore_patterns(".styrcheck_cache"))
    for name, (text, _) in RECIPES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_repository_with_the_recipes_validates(documents, monkeypatch, cli):
    monkeypatch.chdir(documents)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    done = cli("validate", "--today", NORRKOPING_TODAY, "--format", "json")
    assert done.code == 0 and done.json["findings"] == [], done.out
    assert done.json["summary"]["files"] == len(list(NORRKOPING.rglob("*.yaml")))  # the recipes are not read


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_pre_commit_recipe_runs_the_hook(documents, tmp_path):
    """pre-commit installs the hook from a git repository of this checkout, tagged as the
    recipe's `rev`; the recipe's `repo:` URL is the only thing changed, to point there."""
    hook = repository(tmp_path / "styrcheck", {name: ROOT / name for name in PACKAGE})
    rev = re.search(r"rev: (\S+)", RECIPES[".pre-commit-config.yaml"][0]).group(1)
    git(hook, "tag", rev)
    config = documents / ".pre-commit-config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("https://github.com/styrcheck/styrcheck", str(hook)),
                      encoding="utf-8")
    git(documents, "init", "-q")
    git(documents, "add", "-A")
    git(documents, "commit", "-q", "-m", "documents")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PIP_NO_INPUT": "1",
           "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"],
                          cwd=documents, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "styrcheck (styrmodell)" in done.stdout and "Passed" in done.stdout
