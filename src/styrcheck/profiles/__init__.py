"""The profiles shipped with styrcheck, as package data.

The repository's top-level `rules/` folder is their source; the wheel carries it as
`styrcheck/profiles/` (pyproject's force-include). `folder()` is the one place that knows both.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def folder() -> Path:
    """Where the bundled profiles are: beside this file in a wheel, else `rules/` of the checkout."""
    return _HERE if any(_HERE.glob("*.yaml")) else _HERE.parents[2] / "rules"


def names() -> list[str]:
    """The bundled profiles' names (`norrkoping`)."""
    return sorted(p.stem for p in folder().glob("*.yaml"))
