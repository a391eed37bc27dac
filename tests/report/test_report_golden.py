"""The exact output of every format on the fixture repository (tests/golden/ci-repo.*).

After an intended change, rewrite the golden files with `.venv/bin/python tests/update_golden.py`
and review the diff.
"""

from __future__ import annotations

import pytest

from ci_fixtures import GOLDEN, STABLE, assert_golden, ci_repo  # noqa: F401 - fixture
from styrcheck import __version__

FORMATS = {"text": "txt", "json": "json", "sarif": "sarif", "github": "github.txt",
           "gitlab": "gitlab.json", "junit": "junit.xml"}


def normalised(text: str, root) -> str:
    """What differs from machine to machine: the checkout's place and the version."""
    return (text.replace(root.resolve().as_uri() + "/", "file:///REPOSITORY/")
            .replace(f'"{__version__}"', '"VERSION"'))


@pytest.mark.parametrize("name", FORMATS)
def test_golden(name, ci_repo, cli):
    run = cli("validate", ".", "--format", name, *STABLE)
    assert run.code == 1, run.err
    actual = normalised(run.out, ci_repo)
    assert_golden(actual, GOLDEN / f"ci-repo.{FORMATS[name]}")


def test_golden_swedish_text(ci_repo, cli):
    run = cli("validate", ".", "--format", "github", *STABLE[2:], "--lang", "sv")
    actual = normalised(run.out, ci_repo)
    assert_golden(actual, GOLDEN / "ci-repo.sv.github.txt")

