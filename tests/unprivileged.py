"""Run the real styrcheck CLI as a process that file permissions apply to.

A test of an unreadable file or an unwritable folder needs `chmod` to mean something. As root
(which CI runs as) it does not: root reads and writes past any mode through its capabilities
CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH. So, as root, the CLI runs under util-linux's
`setpriv` (essential in Debian, so on every CI machine) with those two capabilities dropped,
for the process and every process it forks; as another user it runs as it is.

Where neither works (no setpriv, or a container that will not let it drop them) the test
skips, and in CI (the environment variable CI set, as `.ci/run` has it) fails instead: a test
of permissions that never runs there proves nothing.

Typical use::

    from unprivileged import run_unprivileged

    def test_unreadable(tmp_path):
        (tmp_path / "x.yaml").chmod(0)
        run = run_unprivileged("validate", ".", "--format", "json", cwd=tmp_path)
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


import styrcheck
from ci_fixtures import skip_or_fail
from conftest import Run

CAPABILITIES = "-dac_override,-dac_read_search"
SOURCE = Path(styrcheck.__file__).resolve().parents[1]  # the folder `import styrcheck` found it in


def _setpriv() -> list[str]:
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return []
    return [setpriv, f"--inh-caps={CAPABILITIES}", f"--bounding-set={CAPABILITIES}"]


@functools.cache
def _prefix() -> tuple[tuple[str, ...], str | None]:
    """The command prefix that makes permissions apply, or None and why not."""
    if not hasattr(os, "geteuid"):
        return (), "no POSIX file permissions here"
    if os.geteuid() != 0:
        return (), None
    prefix = _setpriv()
    if not prefix:
        return (), "running as root, and setpriv (util-linux) is not installed to drop its rights"
    with tempfile.TemporaryDirectory(prefix="styrcheck-setpriv-") as folder:
        locked = Path(folder, "locked")
        locked.write_text("secret", encoding="utf-8")
        locked.chmod(0)
        probe = subprocess.run([*prefix, sys.executable, "-c", f"open({str(locked)!r}).read()"],
                               capture_output=True, text=True, timeout=60)
    if "PermissionError" not in probe.stderr:
        return (), (f"running as root, and `{' '.join(prefix)}` did not make a mode-0 file "
                    f"unreadable (exit {probe.returncode}: {probe.stderr.strip()[-300:]})")
    return tuple(prefix), None


def run_unprivileged(*args: str, cwd: Path) -> Run:
    """`styrcheck ARGS` in a subprocess in `cwd`, subject to file permissions even as root."""
    __tracebackhide__ = True
    prefix, why_not = _prefix()
    if why_not:
        skip_or_fail(why_not)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SOURCE), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([*prefix, sys.executable, "-m", "styrcheck", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    return Run(done.returncode, done.stdout, done.stderr)
