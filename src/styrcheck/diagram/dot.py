"""Graphviz DOT: for `dot -Tsvg` and `-Tpng`, and for tools that read DOT.

Node and cluster names are the diagram's safe keys, quoted. Labels are HTML-like labels
(`label=<…>`) with `& < > " '` written as XML entities, so no title can close a label or
add markup; tooltips are quoted strings with `"` escaped and `&` as an entity. Every
backslash is followed by an invisible WORD JOINER, so none starts a Graphviz escape.
"""

from __future__ import annotations

from styrcheck.core.text import printable
from styrcheck.diagram import style
from styrcheck.diagram.model import DERIVES, Badge, Cluster, Diagram, LegendEntry, Node, clean

FONT = "DejaVu Sans"
TEXT_COLOUR = "#202124"
LEGEND_ROWS = 4

_SHAPES = {
    "box": "box",
    "rounded": "box",
    "stadium": "ellipse",
    "hexagon": "hexagon",
    "tab": "tab",
    "note": "note",
    "cylinder": "cylinder",
    "missing": "box",
}
_CLUSTER_STYLE = {
    "organ": 'style="rounded,filled", fillcolor="#f8f9fa", color="#9aa0a6", fontsize=13',
    "type": 'style="rounded,filled", fillcolor="#f8f9fa", color="#9aa0a6", fontsize=13',
    "document": 'style="rounded,filled", fillcolor="#ffffff", color="#bdc1c6", fontsize=11',
    "area": 'style="rounded,filled", fillcolor="#f1f3f4", color="#dadce0", fontsize=10',
}


# Graphviz expands `\N`, `\G` and friends (and, in some versions, `\\`) even in HTML-like
# labels, and versions differ in how often. A WORD JOINER after every backslash means no
# backslash ever starts an escape, in any version; it is invisible in the picture.
_JOINER = "\u2060"


def html(text: str) -> str:
    """Text for an HTML-like label: printable (styrcheck.text) first, as every format's text."""
    return (
        printable(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
        .replace("\\", "\\" + _JOINER)
    )


def quoted(text: str) -> str:
    """A DOT quoted string (for tooltips), each line printable; a line break as DOT's `\\n`, so
    that no text from a file begins a line of the DOT source (GitHub reads `::` there)."""
    lines = (printable(line) for line in text.split("\n"))
    text = "\n".join(lines).replace("\\", "\\" + _JOINER).replace('"', '\\"').replace("&", "&amp;")
    return '"' + text.replace("\n", "\\n") + '"'


def render(diagram: Diagram) -> str:
    out = [
        "digraph styrcheck {",
        f'  graph [charset="UTF-8", fontname="{FONT}", fontsize=16, label=<{html(diagram.title)}>, '
        "labelloc=t, rankdir=LR, newrank=true, nodesep=0.3, ranksep=0.55, outputorder=edgesfirst];",
        f'  node [fontname="{FONT}", fontsize=10, margin="0.12,0.06"];',
        f'  edge [color="{style.DERIVES_COLOUR}", arrowsize=0.7];',
    ]

    def block(parent: str | None, indent: str) -> None:
        clusters, nodes = diagram.children(parent)
        for cluster in clusters:
            out.append(f'{indent}subgraph "cluster_{cluster.key}" {{')
            out.append(f"{indent}  graph [label=<{_cluster_label(diagram, cluster)}>, {_CLUSTER_STYLE[cluster.kind]}];")
            block(cluster.key, indent + "  ")
            out.append(f"{indent}}}")
        for node in nodes:
            out.append(f'{indent}"{node.key}" [{_node_attributes(diagram, node)}];')

    block(None, "  ")
    for edge in diagram.edges:
        # Drawn down the hierarchy: parent to child, old document to its successor.
        if edge.relation == DERIVES:
            out.append(f'  "{edge.target}" -> "{edge.source}";')
        else:
            out.append(
                f'  "{edge.target}" -> "{edge.source}" [style=dashed, color="{style.REPLACES_COLOUR}", '
                "constraint=false];"
            )
    if diagram.legend is not None:
        out += _legend(diagram)
    out.append("}")
    return "\n".join(out) + "\n"


def _cluster_label(diagram: Diagram, cluster: Cluster) -> str:
    label = f"<b>{html(cluster.label)}</b>"
    if cluster.badge:
        label += (
            f'<br/><font color="{_badge_colour(cluster.badge)}" point-size="9">'
            f"{html(diagram.badge_text(cluster.badge))}</font>"
        )
    return label


def _badge_colour(badge: Badge) -> str:
    return style.ERROR_COLOUR if badge.errors else style.WARNING_COLOUR


def _dim(colour: str, dimmed: bool) -> str:
    return colour + style.DIM_ALPHA if dimmed else colour


def _node_attributes(diagram: Diagram, node: Node) -> str:
    parts = [_look(node.shape, node.fill, node.political, node.dimmed, node.badge)]
    label = [f"<b>{html(node.heading)}</b>"] if node.heading else []
    label += [html(line) for line in node.lines()[1 if node.heading else 0 :]]
    if node.status:
        label[-1] = f'<font point-size="8">{label[-1]}</font>'
    if node.badge:
        label.append(f'<font point-size="9"><b>{html(diagram.badge_text(node.badge))}</b></font>')
    parts.append(f"label=<{'<br/>'.join(label)}>")
    tooltip = [clean(node.id)] + ([clean(f"{node.type_label} · {node.path}")] if node.type_label else [])
    parts.append(f"tooltip={quoted(chr(10).join(tooltip + list(node.badge.messages)))}")
    if node.url:  # the page the picture is embedded in is left for the linked one
        parts.append(f'URL={quoted(node.url)}, target="_top"')
    return ", ".join(parts)


def _look(shape: str, fill: str, political: bool, dimmed: bool, badge: Badge) -> str:
    """Shape, fill, frame and text colour of a node (or of a legend sample)."""
    if shape == "missing":
        return (
            f'shape=box, style="filled,dashed", fillcolor="{style.MISSING_FILL}", '
            f'color="{style.MISSING_COLOUR}", fontcolor="{style.MISSING_COLOUR}", penwidth=1.5'
        )
    styles = "filled,rounded" if shape == "rounded" else "filled"
    frame, width = (style.POLITICAL_FRAME, 3) if political else (style.OFFICIAL_FRAME, 1)
    text = _badge_colour(badge) if badge else TEXT_COLOUR
    return (
        f'shape={_SHAPES.get(shape, "box")}, style="{styles}", fillcolor="{_dim(fill, dimmed)}", '
        f'color="{_dim(frame, dimmed)}", penwidth={width}, fontcolor="{_dim(text, dimmed)}"'
    )


def _legend(diagram: Diagram) -> list[str]:
    legend = diagram.legend
    assert legend is not None
    out = [
        '  subgraph "cluster_key_legend" {',
        f'    graph [label=<<b>{html(legend.title)}</b>>, style="rounded", color="#9aa0a6", fontsize=12];',
        '    node [fontsize=9, margin="0.08,0.04"];',
    ]
    # Invisible edges set the samples out in columns (ranks) of LEGEND_ROWS; `rank=same`
    # would be simpler but trips Graphviz's edge routing in clustered graphs.
    keys = [entry.key for entry in legend.entries]
    for entry in legend.entries:
        out.append(f'    "{entry.key}" [{_entry_attributes(diagram, entry)}];')
    for left, right in zip(keys, keys[LEGEND_ROWS:]):
        out.append(f'    "{left}" -> "{right}" [style=invis];')
    for name, (a, b, caption) in (("derives", legend.derives), ("replaces", legend.replaces)):
        if not caption:
            continue
        sample = 'shape=box, style="filled", fillcolor="#ffffff", color="#5f6368", width=0.3, height=0.25'
        out.append(f'    "key_{name}_a" [{sample}, label=<{html(a)}>];')
        out.append(f'    "key_{name}_b" [{sample}, label=<{html(b)}>];')
        look = "" if name == "derives" else f', style=dashed, color="{style.REPLACES_COLOUR}"'
        out.append(f'    "key_{name}_a" -> "key_{name}_b" [label=<{html(caption)}>, fontsize=9{look}];')
    out.append("  }")
    return out


def _entry_attributes(diagram: Diagram, entry: LegendEntry) -> str:
    shape = "missing" if entry.missing else entry.shape
    label = html(entry.label)
    if entry.badge:
        label += f'<br/><font point-size="8"><b>{html(diagram.badge_text(entry.badge))}</b></font>'
    return f"{_look(shape, entry.fill, entry.political, entry.dimmed, entry.badge)}, label=<{label}>"
