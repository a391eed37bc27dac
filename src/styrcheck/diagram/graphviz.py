"""SVG and PNG, drawn by Graphviz's `dot` program when it is installed."""

from __future__ import annotations

import shutil
import subprocess

from styrcheck.core.errors import ToolError

PNG_DPI = 144  # sharp enough for a README or a report, still a modest file


class GraphvizError(ToolError):
    """Graphviz is missing or failed; the message says what to do (exit 2)."""


def find_dot() -> str | None:
    return shutil.which("dot")


def draw(source: str, output_format: str) -> bytes:
    """`source` (DOT) drawn as `svg` or `png`."""
    dot = find_dot()
    if dot is None:
        raise GraphvizError("graphviz-missing", format=output_format.upper())
    command = [dot, f"-T{output_format}"]
    if output_format == "png":
        command.append(f"-Gdpi={PNG_DPI}")
    done = _run(command, source)
    if done.returncode != 0 and _ROUTING_FAILED in done.stderr:
        # Some Graphviz versions fail to route curved edges in clustered graphs and drop
        # them ("lost … edge"); right-angled edges are routed by another algorithm.
        done = _run([*command, "-Gsplines=ortho"], source)
    if done.returncode != 0 or not done.stdout:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = tuple(lines[:8] + (["…"] if len(lines) > 8 else []))  # lines: errors.render
        raise GraphvizError("graphviz-failed", format=output_format, code=done.returncode, detail=detail)
    return done.stdout


_ROUTING_FAILED = b"routesplines"


def _run(command: list[str], source: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, input=source.encode("utf-8"), capture_output=True, check=False)
    except OSError as err:
        raise GraphvizError("graphviz-not-run", program=command[0], error=err) from None
