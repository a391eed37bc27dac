"""Helpers for tests that render Graphviz (``dot``) and Mermaid (``mmdc``) output.

Locally a missing renderer makes the test skip.  In CI, ``.ci/run`` installs
graphviz, Debian's chromium and a pinned @mermaid-js/mermaid-cli and exports
``STYRCHECK_REQUIRE_RENDERERS=1``, which turns those skips into failures; so does the
variable CI, as every other skip for a missing tool (ci_fixtures.skip_or_fail).

Typical use::

    from render_tools import find_mmdc, render_mermaid, require_or_skip

    def test_flowchart(tmp_path):
        require_or_skip("mmdc", find_mmdc())
        render_mermaid(src, tmp_path / "out.svg")
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from ci_fixtures import in_ci

REQUIRE_ENV = "STYRCHECK_REQUIRE_RENDERERS"

#: Debian's chromium (apt package ``chromium``); puppeteer never downloads its own.
CHROMIUM = os.environ.get("STYRCHECK_CHROMIUM", "/usr/bin/chromium")

#: Flags for headless chromium as root on a machine with no network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--headless",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

REPO_ROOT = Path(__file__).resolve().parent.parent


class RenderError(RuntimeError):
    """A renderer exited non-zero, timed out or wrote no output."""


def _node_prefixes() -> list[Path]:
    """Where .ci/run installs mermaid-cli (keep in sync with .ci/run)."""
    prefixes = []
    if os.environ.get("STYRCHECK_NODE_PREFIX"):
        prefixes.append(Path(os.environ["STYRCHECK_NODE_PREFIX"]))
    prefixes.append(Path.home() / ".cache" / "styrcheck-ci" / "node")
    prefixes.append(REPO_ROOT / ".ci" / "mermaid")  # `npm ci` run in place by a developer
    return prefixes


def _executable(path: str | Path | None) -> str | None:
    if path and os.path.isfile(path) and os.access(path, os.X_OK):
        return str(path)
    return None


def find_dot() -> str | None:
    """Path of Graphviz ``dot``, or None."""
    return _executable(os.environ.get("STYRCHECK_DOT")) or shutil.which("dot")


def find_chromium() -> str | None:
    """Path of the chromium that mmdc drives, or None."""
    return _executable(CHROMIUM)


def find_mmdc() -> str | None:
    """Path of mermaid-cli's ``mmdc`` (PATH, then .ci/run's local prefix), or None.

    Returns None as well when chromium is missing, since mmdc cannot render without it.
    """
    if find_chromium() is None:
        return None
    found = _executable(os.environ.get("STYRCHECK_MMDC")) or shutil.which("mmdc")
    if found:
        return found
    for prefix in _node_prefixes():
        found = _executable(prefix / "node_modules" / ".bin" / "mmdc")
        if found:
            return found
    return None


def renderers_required() -> bool:
    return os.environ.get(REQUIRE_ENV) == "1" or in_ci()


def require_or_skip(tool_name: str, path: str | None) -> str:
    """Return *path*; if it is None, skip the test (or fail it in CI)."""
    __tracebackhide__ = True  # report the calling test's line, not this one
    if path:
        return path
    msg = f"{tool_name} not found"
    if tool_name == "mmdc" and find_chromium() is None:
        msg += f" (mmdc needs chromium at {CHROMIUM}: apt-get install chromium)"
    msg += "; run `bash .ci/run` or install it"
    if renderers_required():
        pytest.fail(f"{msg} ({REQUIRE_ENV}=1 or CI set, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(msg)
    raise AssertionError("unreachable")  # pragma: no cover


def _run(cmd: list[str], *, input: bytes | None, timeout: float) -> subprocess.CompletedProcess:
    """Run *cmd* in its own process group so that a timeout also kills chromium."""
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(input, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        raise RenderError(
            f"{cmd[0]} timed out after {timeout}s: {' '.join(cmd)}\n"
            f"stderr:\n{err.decode('utf-8', 'replace')}"
        ) from None
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def render_dot(src: str, fmt: str, *, timeout: float = 60) -> bytes:
    """Render DOT source with ``dot -T<fmt>`` and return the output bytes."""
    dot = find_dot()
    if dot is None:
        raise RenderError("dot not found (apt-get install graphviz)")
    cmd = [dot, f"-T{fmt}"]
    res = _run(cmd, input=src.encode("utf-8"), timeout=timeout)
    if res.returncode != 0 or not res.stdout:
        raise RenderError(
            f"dot -T{fmt} failed (exit {res.returncode}):\n{res.stderr.decode('utf-8', 'replace')}"
        )
    return res.stdout


def render_mermaid(src: str, out_svg: Path, *, timeout: float = 120) -> None:
    """Render Mermaid source to an SVG file with mmdc and Debian's chromium.

    Note: Mermaid has no backslash escapes; a ``"`` inside a quoted label is written
    ``#quot;``.
    """
    mmdc = find_mmdc()
    if mmdc is None:
        raise RenderError(f"mmdc (or chromium at {CHROMIUM}) not found; run `bash .ci/run`")
    out_svg = Path(out_svg)
    out_svg.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="styrcheck-mmdc-") as tmp:
        tmpdir = Path(tmp)
        in_mmd = tmpdir / "in.mmd"
        in_mmd.write_text(src, encoding="utf-8")
        config = tmpdir / "puppeteerConfig.json"
        config.write_text(
            json.dumps({"executablePath": CHROMIUM, "args": CHROMIUM_ARGS}), encoding="utf-8"
        )
        cmd = [mmdc, "-q", "-i", str(in_mmd), "-o", str(out_svg), "-e", "svg", "-p", str(config)]
        res = _run(cmd, input=None, timeout=timeout)
    if res.returncode != 0 or not out_svg.is_file() or out_svg.stat().st_size == 0:
        raise RenderError(
            f"mmdc failed (exit {res.returncode}): {' '.join(cmd)}\n"
            f"stderr:\n{res.stderr.decode('utf-8', 'replace')}\n"
            f"stdout:\n{res.stdout.decode('utf-8', 'replace')}"
        )
