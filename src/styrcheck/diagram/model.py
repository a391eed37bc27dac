"""What a diagram shows, independent of any output format.

A `Diagram` is built once from the repository (build.py) and written by one module per
format (mermaid.py, dot.py, jsonlink.py). Everything in it is already sorted, so every
writer is deterministic by construction. Node keys are safe identifiers derived from the
ids as written, so a diagram diffs cleanly: adding a document adds lines, it does not
renumber the others.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from styrcheck.core.text import printable

# Relations, in the repository graph's own direction: child -> parent, new -> old.
DERIVES, REPLACES = "derives", "replaces"

# Abstract shapes; each writer maps them to its nearest own shape.
SHAPES = ("box", "rounded", "stadium", "hexagon", "tab", "note", "cylinder", "missing")

WRAP = 30  # characters per label line


@dataclass(frozen=True)
class Badge:
    """Findings on a node: errors and warnings that no avsteg accepts."""

    errors: int = 0
    warnings: int = 0
    messages: tuple[str, ...] = ()  # "error G001: …", for tooltips and JSON

    def __bool__(self) -> bool:
        return bool(self.errors or self.warnings)


@dataclass(frozen=True)
class Node:
    key: str  # safe identifier: [A-Za-z0-9_], starts with a letter
    id: str  # the id as written in the repository
    kind: str  # "document", "mål", "målområde", "aktivitet", "missing", "broken"
    title: str  # one line of text: the document's title or the goal's text
    shape: str
    fill: str  # "#rrggbb"
    political: bool = False
    dimmed: bool = False
    status: str = ""  # a short line under the title: superseded, expired, not yet in force
    badge: Badge = field(default_factory=Badge)
    type_name: str | None = None  # canonical document type
    type_label: str | None = None  # the type's display name
    cluster: str | None = None  # key of the innermost cluster
    path: str | None = None  # the file it is written in
    heading: str = ""  # a first line above the title (the goal's id at the goal level)
    url: str | None = None  # where a click on it leads (the report site's page of the document)

    def lines(self) -> list[str]:
        """The label as lines of plain text, before any escaping."""
        lines = [self.heading] if self.heading else []
        lines += wrap(self.title)
        if self.status:
            lines.append(self.status)
        return lines


@dataclass(frozen=True)
class Edge:
    source: str  # node key: the child (derives) or the newer document (replaces)
    target: str  # node key: the parent, or the document replaced
    relation: str


@dataclass(frozen=True)
class Cluster:
    key: str
    label: str
    kind: str  # "organ", "type", "document", "area"
    parent: str | None = None
    badge: Badge = field(default_factory=Badge)


@dataclass(frozen=True)
class LegendEntry:
    """A sample node in the legend."""

    key: str
    label: str
    shape: str = "box"
    fill: str = "#ffffff"
    political: bool = False
    dimmed: bool = False
    badge: Badge = field(default_factory=Badge)
    missing: bool = False


@dataclass(frozen=True)
class Legend:
    title: str
    entries: tuple[LegendEntry, ...]
    derives: tuple[str, str, str]  # sample parent label, child label, caption
    replaces: tuple[str, str, str]  # sample old label, new label, caption


@dataclass(frozen=True)
class Diagram:
    level: str  # "dokument" or "mål"
    lang: str
    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    clusters: tuple[Cluster, ...]
    legend: Legend | None
    texts: dict[str, str] = field(default_factory=dict)  # badge words etc. in `lang`

    def badge_text(self, badge: Badge) -> str:
        """'✖ 2 fel · ▲ 1 varning', in the diagram's language."""
        parts = []
        if badge.errors:
            word = self.texts["error" if badge.errors == 1 else "errors"]
            parts.append(f"✖ {badge.errors} {word}")
        if badge.warnings:
            word = self.texts["warning" if badge.warnings == 1 else "warnings"]
            parts.append(f"▲ {badge.warnings} {word}")
        return " · ".join(parts)

    def children(self, cluster: str | None) -> tuple[list[Cluster], list[Node]]:
        """The clusters and nodes directly inside `cluster` (None: the top level), in order."""
        clusters, nodes = self._tree
        return clusters.get(cluster, []), nodes.get(cluster, [])

    @cached_property
    def _tree(self) -> tuple[dict[str | None, list[Cluster]], dict[str | None, list[Node]]]:
        clusters: dict[str | None, list[Cluster]] = defaultdict(list)
        for cluster in self.clusters:
            clusters[cluster.parent].append(cluster)
        nodes: dict[str | None, list[Node]] = defaultdict(list)
        for node in self.nodes:
            nodes[node.cluster].append(node)
        return clusters, nodes


# --- text ------------------------------------------------------------------------------------


_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")  # a regex: str.translate is slow on å/ä/ö


def clean(text: str) -> str:
    """One line of text that shows what the file says: line breaks and tabs become spaces,
    runs of white space one space, and any other control character (or bidi override) is
    written as an escape, `\\x07` or `\\u202e`, as in every report of styrcheck."""
    return " ".join(printable(_BREAKS.sub(" ", str(text))).split())


def wrap(text: str, width: int = WRAP) -> list[str]:
    """Lines of at most `width` characters, broken at spaces only (long words stay whole):
    textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) for `clean`
    text (single spaces), in a tenth of the time, which counts for 100,000 labels."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


# --- keys ------------------------------------------------------------------------------------

_ORDINARY = re.compile(r"[A-Za-z0-9_.\-åäöÅÄÖ]+")  # what ids are usually made of
_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def make_keys(prefix: str, ids: Iterable[str]) -> dict[str, str]:
    """Safe, stable keys ([A-Za-z0-9_]) for ids. An ordinary id keeps its letters and digits
    (`MO1.1` -> `MO1_1`), with a short hash added where two ids would otherwise meet (`a-b`,
    `a_b`); an id with any other character is keyed by its hash alone, so nothing of it
    reaches the syntax. A key depends on the ids only, never on their order."""
    unique = sorted(set(ids))
    groups: dict[str, list[str]] = defaultdict(list)
    keys: dict[str, str] = {}
    for id_ in unique:
        if _ORDINARY.fullmatch(id_):
            groups[_UNSAFE.sub("_", id_ if id_.isascii() else id_.translate(_FOLD))].append(id_)
        else:
            keys[id_] = f"{prefix}h{_digest(id_)}"
    for readable, members in groups.items():
        for id_ in members:
            keys[id_] = f"{prefix}{readable}_{_digest(id_)}" if len(members) > 1 else f"{prefix}{readable}"
    return keys
