"""The `styrcheck` command as installed: `--version` is answered here, before typer and the
rest of styrcheck are imported (a fifth of the time that takes); everything else goes to
`cli.main`."""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:] == ["--version"]:
        from styrcheck import __version__

        print(f"styrcheck {__version__}")
        return 0
    from styrcheck.cli import main as run

    return run()
