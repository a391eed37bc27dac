"""The exact output of every format on the fixture repository (tests/golden/ci-repo.*).

After an intended change, rewrite the golden files with
`STYRCHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_report_golden.py` and
review the diff.
"""

from __future__ import annotations

import os

import pytest

from ci_fixtures import GOLDEN, STABLE, ci_repo  # noqa: F401 - fixture
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
    golden = GOLDEN / f"ci-repo.{FORMATS[name]}"
    if os.environ.get("STYRCHECK_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_golden_swedish_text(ci_repo, cli):
    run = cli("validate", ".", "--format", "github", *STABLE[2:], "--lang", "sv")
    actual = normalised(run.out, ci_repo)
    golden = GOLDEN / "ci-repo.sv.github.txt"
    if os.environ.get("STYRCHECK_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")
