"""The installed command: `--version` is answered before typer or the rest of styrcheck is
imported; every other command line goes on to the CLI, also under `python -m styrcheck`."""

from __future__ import annotations

import subprocess
import sys

from styrcheck import __version__

HEAVY = ("typer", "pydantic", "networkx", "ruamel.yaml", "rich", "styrcheck.cli")


def python(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)


def test_version_is_answered_before_anything_heavy_is_imported():
    done = python("-c", "import sys; sys.argv = ['styrcheck', '--version']\n"
                        "from styrcheck.launcher import main\n"
                        "code = main()\n"
                        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
                        "sys.exit(code)")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"styrcheck {__version__}\n[]\n", "")


def test_python_m_styrcheck_answers_as_the_command_does(tmp_path):
    assert python("-m", "styrcheck", "--version").stdout == f"styrcheck {__version__}\n"
    missing = python("-m", "styrcheck", "validate", str(tmp_path / "saknas"), "--lang", "en")
    assert missing.returncode == 2 and missing.stderr.startswith("styrcheck: no such file or folder:")


def test_the_cli_in_process_still_knows_version(cli):
    run = cli("--version")
    assert (run.code, run.out) == (0, f"styrcheck {__version__}\n")
