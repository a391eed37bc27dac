"""Which part of the repository graph a diagram shows: `--root`, `--type`, `--period`,
`--depth`, at the level of documents or of goals and activities.

The relations come from `repo.graph` (core/graph.py). At the document level a goal or
activity that derives from a goal in another document counts as its document deriving from
that document, so the document picture shows every link the goals make.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from styrcheck.core.errors import ToolError
from styrcheck.core.graph import DERIVES, REPLACES, edges
from styrcheck.core.text import did_you_mean

if TYPE_CHECKING:
    import networkx as nx

    from styrcheck.core.repository import Doc, Repository

DOCUMENTS, GOALS = "dokument", "mål"
ITEM_KINDS = ("mål", "aktivitet")  # the nodes of the goal level; goal areas are clusters
ABSENT = ("missing", "broken")


class SelectionError(ToolError):
    """A selection that names nothing (exit 2); the message says what would."""


@dataclass(frozen=True)
class Selection:
    root: str | None = None
    types: frozenset[str] = frozenset()  # canonical type names; empty: all
    period: int | None = None  # a year: documents that apply some time in it
    depth: int | None = None  # derivation steps below the root (or the top)


@dataclass
class Picked:
    """Graph node ids to draw and the links between them, in the graph's direction."""

    nodes: set[str] = field(default_factory=set)
    derives: set[tuple[str, str]] = field(default_factory=set)  # (child, parent)
    replaces: set[tuple[str, str]] = field(default_factory=set)  # (new, old)


def pick(repo: Repository, level: str, selection: Selection, valid_in: dict[str, bool] | None = None) -> Picked:
    """The nodes and links of the diagram. `valid_in`, when a period is chosen, says per
    document id whether it applies in that period."""
    documents = [d for d in _documents(repo) if _wanted(d, selection, valid_in)]
    if level == GOALS:
        return _pick_goals(repo, documents, selection)
    return _pick_documents(repo, documents, selection)


def _documents(repo: Repository) -> list[Doc]:
    """One document per id: the one the graph knows."""
    return [doc for doc in repo.documents if repo.by_id.get(doc.id) is doc]


def _wanted(doc: Doc, selection: Selection, valid_in: dict[str, bool] | None) -> bool:
    if selection.types and doc.type_name not in selection.types:
        return False
    return valid_in is None or valid_in.get(doc.id, False)


def owner(graph: nx.MultiDiGraph, node: str) -> str:
    """The document a node is or lies in; absent ids stand for themselves."""
    doc = graph.nodes[node].get("doc")
    return doc.id if doc is not None else node


# --- the document level ----------------------------------------------------------------------


def _pick_documents(repo: Repository, documents: list[Doc], selection: Selection) -> Picked:
    graph = repo.graph
    derives = {(owner(graph, c), owner(graph, p)) for c, p, _ in edges(graph, DERIVES)}
    derives = {(c, p) for c, p in derives if c != p}
    replaces = {(owner(graph, n), owner(graph, o)) for n, o, _ in edges(graph, REPLACES)}
    keep = {d.id for d in documents}
    roots = None
    if selection.root is not None:
        roots = {owner(graph, _known(repo, selection.root))}
    chosen = _reach(keep, derives, roots, selection.depth)
    return _with_links(graph, chosen, derives, replaces, lambda node: False)


# --- the goal level --------------------------------------------------------------------------


def _pick_goals(repo: Repository, documents: list[Doc], selection: Selection) -> Picked:
    graph = repo.graph
    in_documents = {d.id for d in documents}
    keep = {item.id for item in repo.items.values() if item.kind in ITEM_KINDS and item.doc.id in in_documents}
    derives = {
        (c, p)
        for c, p, _ in edges(graph, DERIVES)
        if graph.nodes[c].get("kind") in (*ITEM_KINDS, "målområde") and c != p
    }
    roots = None
    if selection.root is not None:
        roots = _goal_roots(repo, _known(repo, selection.root))
    chosen = _reach(keep, derives, roots, selection.depth)

    def also(node: str) -> bool:
        # A goal may derive from a goal area or a whole document: draw those too.
        data = graph.nodes[node]
        return data.get("kind") in ("målområde", "document") and owner(graph, node) in in_documents

    return _with_links(graph, chosen, derives, set(), also)


def _goal_roots(repo: Repository, root: str) -> set[str]:
    graph = repo.graph
    kind = graph.nodes[root].get("kind")
    if kind in ITEM_KINDS:
        return {root}
    # A document or goal area: start from every goal and activity it contains.
    below = {root} | {n for n in _contained(graph, root)}
    return {n for n in below if graph.nodes[n].get("kind") in ITEM_KINDS}


def _contained(graph: nx.MultiDiGraph, node: str) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        for _, child, key in graph.out_edges(stack.pop(), keys=True):
            if key == "contains" and child not in found:
                found.add(child)
                stack.append(child)
    return found


# --- shared ----------------------------------------------------------------------------------


def _known(repo: Repository, root: str) -> str:
    graph = repo.graph
    if root in graph and graph.nodes[root].get("kind") not in ABSENT:
        return root
    known = [n for n, data in graph.nodes(data=True) if data.get("kind") not in ABSENT]
    suggestion = did_you_mean(root, known)
    if suggestion:
        raise SelectionError("unknown-root-suggest", root=root, suggestion=suggestion)
    raise SelectionError("unknown-root", root=root)


def _reach(keep: set[str], derives: set[tuple[str, str]], roots: set[str] | None, depth: int | None) -> set[str]:
    """The kept nodes below `roots` (None: below the top of what is kept), at most `depth`
    derivation steps down. With roots, the way down may pass through nodes not kept."""
    if roots is None:
        derives = {(c, p) for c, p in derives if c in keep and p in keep}
        if depth is None:
            return set(keep)
        roots = keep - {c for c, _ in derives}
    children: dict[str, set[str]] = defaultdict(set)
    for child, parent in derives:
        children[parent].add(child)
    distance = {root: 0 for root in roots}
    queue = deque(sorted(roots))
    while queue:
        node = queue.popleft()
        if depth is not None and distance[node] >= depth:
            continue
        for child in sorted(children[node]):
            if child not in distance:
                distance[child] = distance[node] + 1
                queue.append(child)
    return set(distance) & keep


def _with_links(
    graph: nx.MultiDiGraph, chosen: set[str], derives: set[tuple[str, str]], replaces: set[tuple[str, str]], also
) -> Picked:
    """The chosen nodes, the links among them, and the absent ids (and, at the goal level,
    the areas and documents) they point to."""
    picked = Picked(set(chosen))
    for relation, links in (("derives", derives), ("replaces", replaces)):
        for child, parent in links:
            if child not in chosen:
                continue
            if parent not in chosen:
                if graph.nodes[parent].get("kind") in ABSENT or also(parent):
                    picked.nodes.add(parent)
                else:
                    continue
            getattr(picked, relation).add((child, parent))
    return picked
