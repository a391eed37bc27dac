"""docs/profiles.md shows profiles a reader copies: each is checked with `styrcheck profile check`
as the page says, so the tutorial cannot drift from what styrcheck accepts and reports."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

DOC = (ROOT / "docs" / "profiles.md").read_text(encoding="utf-8")


def block_after(marker: str, language: str) -> str:
    """The first ```language block after `marker` in the page."""
    found = re.compile(rf"```{language}\n(.*?)```", re.S).search(DOC, DOC.index(marker))
    assert found, f"no {language} block after {marker!r}"
    return found.group(1)


@pytest.mark.parametrize("marker", ["## 2. The smallest useful profile", "## 6. Starting from another profile"])
def test_the_pages_profiles_are_accepted(tmp_path, monkeypatch, cli, marker):
    (tmp_path / "profil.yaml").write_text(block_after(marker, "yaml"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("profile", "check", "profil.yaml", "--lang", "en")
    assert run.code == 0, run.out + run.err


def test_the_pages_faulty_profile_gives_the_errors_it_shows(tmp_path, monkeypatch, cli):
    marker = "A profile that extends Vara's with three mistakes"
    (tmp_path / "min-profil.yaml").write_text(block_after(marker, "yaml"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    command, _, shown = block_after(marker, "console").partition("\n")
    assert command == "$ styrcheck profile check min-profil.yaml --lang en"
    run = cli(*command.split()[2:])
    assert run.code == 2
    assert run.out + run.err == shown
