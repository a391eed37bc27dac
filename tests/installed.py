"""Run the installed `styrcheck` command (the console script beside this Python) as a process:
for what only a real process shows (its locale, its standard streams, its working folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import Run

COMMAND = Path(sys.executable).with_name("styrcheck")


def styrcheck(*args: object, cwd: Path, env: dict[str, str] | None = None, **options: Any) -> Run:
    """`styrcheck ARGS` in `cwd`, with `env` added to this environment (a value None removes the
    variable); `options` go to subprocess.run (stdin, stdout). Output is decoded as UTF-8, with
    any byte that is not shown as U+FFFD."""
    environment = {k: v for k, v in {**os.environ, **(env or {})}.items() if v is not None}
    options.setdefault("stdin", subprocess.DEVNULL)
    options.setdefault("timeout", 120)
    if "stdout" not in options:
        options["stdout"] = subprocess.PIPE
    done = subprocess.run([str(COMMAND), *map(str, args)], cwd=cwd, env=environment, stderr=subprocess.PIPE,
                          **options)
    return Run(done.returncode, (done.stdout or b"").decode("utf-8", "replace"),
               done.stderr.decode("utf-8", "replace"))
