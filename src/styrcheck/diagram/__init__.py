"""`styrcheck graph`: the hierarchy of steering documents as a picture.

build.py makes a format-free `Diagram` from the repository (select.py chooses what to show,
style.py and clusters.py how it looks); one module per format writes it.
"""

from __future__ import annotations

from pathlib import Path

from styrcheck.diagram.model import Diagram

FORMATS = ("mermaid", "dot", "svg", "png", "json", "markdown")
BINARY = {"png"}

# The format a file name asks for, by its suffix.
SUFFIXES = {
    ".mmd": "mermaid",
    ".mermaid": "mermaid",
    ".dot": "dot",
    ".gv": "dot",
    ".svg": "svg",
    ".png": "png",
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
}


def format_for(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def render(diagram: Diagram, output_format: str) -> bytes:
    """The diagram in one of FORMATS, as bytes (UTF-8 for the text formats)."""
    if output_format == "mermaid":
        from styrcheck.diagram.mermaid import render as mermaid

        return mermaid(diagram).encode("utf-8")
    if output_format == "markdown":
        from styrcheck.diagram.mermaid import render as mermaid

        return f"```mermaid\n{mermaid(diagram)}```\n".encode("utf-8")
    if output_format == "json":
        from styrcheck.diagram.jsonlink import render as node_link

        return node_link(diagram).encode("utf-8")
    from styrcheck.diagram.dot import render as dot

    source = dot(diagram)
    if output_format == "dot":
        return source.encode("utf-8")
    from styrcheck.diagram.graphviz import draw

    return draw(source, output_format)
