"""Mermaid flowchart: renders in GitHub and GitLab Markdown.

Labels are always quoted, and every character that means something to Mermaid's parser or
to HTML is written as a Mermaid entity (`#quot;`, `#35;`): Mermaid has no backslash escapes,
and it looks for `%%{…}%%` directives and `#…;` entities anywhere in the text. So no title
can end a label, start a directive, or reach the HTML.
"""

from __future__ import annotations

import re
from collections import defaultdict

from styrcheck.core.text import printable
from styrcheck.diagram import style
from styrcheck.diagram.model import DERIVES, Diagram, LegendEntry, Node

# Characters written as entities: quotes and brackets of the flowchart syntax, `#` and `;`
# of entities, `%` of comments and directives, `:` of style rules, `&<>` of HTML, and the
# backtick of markdown strings.
_SPECIAL = set("\"'#&<>;:%{}[]()|\\`=*~_")
# Mermaid turns the two characters `\n` into a line break even after decoding entities, so a
# backslash is followed by an invisible WORD JOINER: no backslash ever starts an escape.
_ENTITY = {'"': "#quot;", "\\": "#92;#8288;"}

LEGEND_ROWS = 4

_SHAPES = {
    "box": ('["', '"]'),
    "rounded": ('("', '")'),
    "stadium": ('(["', '"])'),
    "hexagon": ('{{"', '"}}'),
    "tab": ('[["', '"]]'),
    "note": ('[/"', '"/]'),
    "cylinder": ('[("', '")]'),
    "missing": ('["', '"]'),
}


def escape(text: str) -> str:
    """Text for a label: printable (styrcheck.text) first, as every format's text, then entities."""
    return "".join(_ENTITY.get(c) or (f"#{ord(c)};" if c in _SPECIAL else c) for c in printable(text))


def render(diagram: Diagram) -> str:
    out = ["flowchart TB"]
    out += _class_defs(diagram)

    def block(parent: str | None, indent: str) -> None:
        clusters, nodes = diagram.children(parent)
        for cluster in clusters:
            label = [cluster.label] + ([diagram.badge_text(cluster.badge)] if cluster.badge else [])
            out.append(f'{indent}subgraph {cluster.key} ["{_label(label)}"]')
            block(cluster.key, indent + "  ")
            out.append(f"{indent}end")
        for node in nodes:
            out.append(indent + _node(node.key, node.shape, _lines(diagram, node)))

    block(None, "  ")
    links: list[str] = []
    for edge in diagram.edges:
        # Drawn down the hierarchy: from the parent to what derives from it, from the old
        # document to the one that replaces it.
        arrow = "-->" if edge.relation == DERIVES else "-.->"
        links.append(f"  {edge.target} {arrow} {edge.source}")
    replaced = [i for i, e in enumerate(diagram.edges) if e.relation != DERIVES]
    out += links
    if diagram.legend is not None:
        replaced += _legend(diagram, out, len(links))
    out += _classes(diagram)
    if replaced:
        out.append(f"  linkStyle {','.join(map(str, replaced))} stroke:{style.REPLACES_COLOUR},stroke-width:1.5px")
    return "\n".join(out) + "\n"


# What GitHub and GitLab render: Mermaid's own limits (maxTextSize, maxEdges), which both keep.
MAX_TEXT, MAX_EDGES = 50_000, 500
_LINK = re.compile(r"^  \S+ (?:-->|-\.->) ", re.M)


def too_large(text: str) -> tuple[int, int] | None:
    """(characters, links) of a Mermaid picture that GitHub and GitLab would refuse to draw."""
    links = len(_LINK.findall(text))
    return (len(text), links) if len(text) > MAX_TEXT or links > MAX_EDGES else None


def _label(lines: list[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _lines(diagram: Diagram, node: Node) -> list[str]:
    return node.lines() + ([diagram.badge_text(node.badge)] if node.badge else [])


def _node(key: str, shape: str, lines: list[str]) -> str:
    opening, closing = _SHAPES.get(shape, _SHAPES["box"])
    return f"{key}{opening}{_label(lines)}{closing}"


def _type_class(fill: str) -> str:
    return "fill_" + fill.lstrip("#")


def _class_defs(diagram: Diagram) -> list[str]:
    """Fills first, then frames, then the marks that override them (the later rule wins)."""
    fills = {n.fill for n in diagram.nodes}
    if diagram.legend is not None:
        fills |= {e.fill for e in diagram.legend.entries}
    out = [f"  classDef {_type_class(f)} fill:{f},color:#202124" for f in sorted(fills)]
    out += [
        f"  classDef political stroke:{style.POLITICAL_FRAME},stroke-width:3px",
        f"  classDef official stroke:{style.OFFICIAL_FRAME},stroke-width:1px",
        f"  classDef missing fill:{style.MISSING_FILL},stroke:{style.MISSING_COLOUR},stroke-width:1.5px,"
        f"stroke-dasharray:5 3,color:{style.MISSING_COLOUR}",
        "  classDef dimmed opacity:0.4",
        f"  classDef warnings color:{style.WARNING_COLOUR},font-weight:bold",
        f"  classDef errors color:{style.ERROR_COLOUR},font-weight:bold",
        "  classDef organ fill:#f8f9fa,stroke:#9aa0a6",
        "  classDef document fill:#ffffff,stroke:#bdc1c6",
        "  classDef area fill:#f1f3f4,stroke:#dadce0",
        "  classDef legend fill:#ffffff,stroke:#9aa0a6",
    ]
    return out


def _marks(shape: str, fill: str, political: bool, dimmed: bool, errors: int, warnings: int) -> list[str]:
    if shape == "missing":
        return ["missing"]
    marks = [_type_class(fill), "political" if political else "official"]
    if dimmed:
        marks.append("dimmed")
    if errors:
        marks.append("errors")
    elif warnings:
        marks.append("warnings")
    return marks


def _classes(diagram: Diagram) -> list[str]:
    members: dict[str, list[str]] = defaultdict(list)
    for node in diagram.nodes:
        for mark in _marks(node.shape, node.fill, node.political, node.dimmed, node.badge.errors, node.badge.warnings):
            members[mark].append(node.key)
    for cluster in diagram.clusters:
        members[cluster.kind if cluster.kind in ("document", "area") else "organ"].append(cluster.key)
    if diagram.legend is not None:
        members["legend"].append("key_legend")
        for entry in diagram.legend.entries:
            for mark in _marks(
                "missing" if entry.missing else entry.shape,
                entry.fill,
                entry.political,
                entry.dimmed,
                entry.badge.errors,
                entry.badge.warnings,
            ):
                members[mark].append(entry.key)
    return [f"  class {','.join(keys)} {name}" for name, keys in sorted(members.items())]


def _legend(diagram: Diagram, out: list[str], first_link: int) -> list[int]:
    """The legend as a subgraph of sample nodes and edges; returns the indexes of its
    dashed (replaces) links, which linkStyle colours."""
    legend = diagram.legend
    assert legend is not None
    out.append(f'  subgraph key_legend ["{_label([legend.title])}"]')
    out.append("    direction LR")
    for entry in legend.entries:
        out.append("    " + _node(entry.key, entry.shape, _entry_lines(diagram, entry)))
    # Invisible links set the samples out in columns, so the legend stays compact.
    index = first_link
    keys = [entry.key for entry in legend.entries]
    for left, right in zip(keys, keys[LEGEND_ROWS:]):
        out.append(f"    {left} ~~~ {right}")
        index += 1
    replaced = []
    for name, arrow, (a, b, caption) in (("derives", "-->", legend.derives), ("replaces", "-.->", legend.replaces)):
        if not caption:
            continue
        out.append(f'    key_{name}_a["{_label([a])}"] {arrow}|"{_label([caption])}"| key_{name}_b["{_label([b])}"]')
        if name == "replaces":
            replaced.append(index)
        index += 1
    out.append("  end")
    return replaced


def _entry_lines(diagram: Diagram, entry: LegendEntry) -> list[str]:
    return [entry.label] + ([diagram.badge_text(entry.badge)] if entry.badge else [])
