"""The test harness itself in CI: a golden test never passes by writing what it compares
with, and a test that cannot run for want of a tool fails there instead of skipping."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ci_fixtures import GOLDEN, UPDATE_GOLDEN, assert_golden, skip_or_fail
from conftest import ROOT
from render_tools import require_or_skip



def test_the_update_variable_fails_a_golden_test_in_ci(tmp_path, monkeypatch):
    golden = tmp_path / "golden.txt"
    golden.write_text("old\n", encoding="utf-8")
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv(UPDATE_GOLDEN, "1")
    for actual in ("old\n", "new\n"):
        with pytest.raises(pytest.fail.Exception, match="under CI"):
            assert_golden(actual, golden)
    assert golden.read_text(encoding="utf-8") == "old\n"


def test_updating_rewrites_a_changed_golden_file_and_still_fails(tmp_path, monkeypatch):
    golden = tmp_path / "golden.txt"
    golden.write_text("old\n", encoding="utf-8")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv(UPDATE_GOLDEN, "1")
    with pytest.raises(pytest.fail.Exception, match="rewrote"):
        assert_golden("new\n", golden)
    assert golden.read_text(encoding="utf-8") == "new\n"
    assert_golden("new\n", golden)  # the next run compares with what was written, and passes
    monkeypatch.delenv(UPDATE_GOLDEN)
    with pytest.raises(AssertionError):
        assert_golden("other\n", golden)
    assert golden.read_text(encoding="utf-8") == "new\n"


def test_the_update_command_refuses_to_run_in_ci(monkeypatch):
    before = {path.name: path.read_bytes() for path in GOLDEN.iterdir()}
    env = {"PATH": "/usr/bin:/bin", "CI": "true", UPDATE_GOLDEN: "1"}
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "update_golden.py")], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "CI is set" in run.stderr
    assert {path.name: path.read_bytes() for path in GOLDEN.iterdir()} == before


@pytest.mark.parametrize("ci", ["true", "1"])
def test_a_missing_tool_fails_in_ci(monkeypatch, ci):
    monkeypatch.setenv("CI", ci)
    monkeypatch.delenv("STYRCHECK_REQUIRE_RENDERERS", raising=False)
    with pytest.raises(pytest.fail.Exception, match="not a skip"):
        skip_or_fail("git is not installed")
    with pytest.raises(pytest.fail.Exception, match="not a skip"):
        require_or_skip("dot", None)


@pytest.mark.parametrize("ci", [None, "false", "0", ""])
def test_a_missing_tool_skips_outside_ci(monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    monkeypatch.delenv("STYRCHECK_REQUIRE_RENDERERS", raising=False)
    with pytest.raises(pytest.skip.Exception):
        skip_or_fail("git is not installed")
    with pytest.raises(pytest.skip.Exception):
        require_or_skip("dot", None)
