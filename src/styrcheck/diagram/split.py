"""A diagram too large to draw as one, split into parts that each can be: what `graph` writes
for a large repository and what the report site's Hierarki page draws.

A part shows its own nodes (the documents of one type; when that is too many, of one deciding
body; when still too many, as many as fit), each with the links that go out of it and the
nodes at their other end, drawn again as context. So every node is in the part of its own and
every link is in the part of the node it starts at (the child, or the newer document)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from styrcheck.diagram.model import Diagram, Node


@dataclass(frozen=True)
class Part:
    label: str  # what the part shows: a type, "type – body", "type – body (2)"
    diagram: Diagram


def split(whole: Diagram, fits: Callable[[Diagram], bool]) -> list[Part]:
    """The whole diagram as one part when it `fits`; else a part per type of node, a type
    that does not fit split by deciding body (the outermost cluster), and a body that does not
    fit into runs of nodes that do. A single node is a part even when it does not fit."""
    if fits(whole):
        return [Part("", whole)]
    parts = []
    outermost = _outermost(whole)
    for label, nodes in _groups(whole.nodes, _type_of):
        part = subdiagram(whole, label, [n.key for n in nodes])
        if fits(part):
            parts.append(Part(label, part))
            continue
        for body, members in _groups(nodes, lambda node: outermost.get(node.cluster, "")):
            named = f"{label} – {body}" if body else label
            parts += _runs(whole, named, members, fits)
    return parts


def subdiagram(whole: Diagram, label: str, home: Collection[str], context: Collection[str] = ()) -> Diagram:
    """The nodes whose keys are in `home`, the links that go out of them, the nodes at their
    other end, the nodes of `context`, every other link among all of these, and the clusters
    that hold them; titled with `label`."""
    home = set(home)
    keys = home | set(context) | {e.target for e in whole.edges if e.source in home}
    nodes = tuple(node for node in whole.nodes if node.key in keys)
    edges = tuple(edge for edge in whole.edges if edge.source in keys and edge.target in keys)
    parents = {cluster.key: cluster.parent for cluster in whole.clusters}
    used: set[str] = set()
    for node in nodes:
        key = node.cluster
        while key is not None and key not in used:
            used.add(key)
            key = parents.get(key)
    clusters = tuple(cluster for cluster in whole.clusters if cluster.key in used)
    title = f"{whole.title}: {label}" if whole.title and label else whole.title or label
    return replace(whole, title=title, nodes=nodes, edges=edges, clusters=clusters)


def _runs(whole: Diagram, label: str, nodes: list[Node], fits: Callable[[Diagram], bool]) -> list[Part]:
    """`nodes` in as few consecutive runs as fit, halving until each does."""
    pending, done = [nodes], []
    while pending:
        run = pending.pop(0)
        part = subdiagram(whole, label, [n.key for n in run])
        if len(run) == 1 or fits(part):
            done.append(run)
        else:
            half = len(run) // 2
            pending[:0] = [run[:half], run[half:]]
    if len(done) == 1:
        return [Part(label, subdiagram(whole, label, [n.key for n in done[0]]))]
    return [
        Part(f"{label} ({number})", subdiagram(whole, f"{label} ({number})", [n.key for n in run]))
        for number, run in enumerate(done, 1)
    ]


def _groups(nodes: Collection[Node], key: Callable[[Node], str]) -> list[tuple[str, list[Node]]]:
    """The nodes by `key`, in the order each key first appears (the diagram's order: by type)."""
    found: dict[str, list[Node]] = {}
    for node in nodes:
        found.setdefault(key(node), []).append(node)
    return list(found.items())


def _type_of(node: Node) -> str:
    """A document's type; a goal's type of document; what a missing or broken id is."""
    return node.type_label or node.kind


def _outermost(whole: Diagram) -> dict[str | None, str]:
    """The label of the outermost cluster around each cluster (the deciding body, when the
    diagram is clustered by nämnd)."""
    by_key = {cluster.key: cluster for cluster in whole.clusters}
    found: dict[str | None, str] = {None: ""}
    for cluster in whole.clusters:
        top = cluster
        while top.parent is not None and top.parent in by_key:
            top = by_key[top.parent]
        found[cluster.key] = top.label
    return found
