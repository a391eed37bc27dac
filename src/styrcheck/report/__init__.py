"""Output formats: one module per format, each a `render(result, lang) -> str`."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from styrcheck.engine import Result

Renderer = Callable[["Result", str], str]

# format name -> module under styrcheck.report (imported only when used)
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_report",
}


def renderer(name: str) -> Renderer:
    return import_module(f"styrcheck.report.{FORMATS[name]}").render
