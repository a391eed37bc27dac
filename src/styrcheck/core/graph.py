"""The hierarchy as a networkx graph: documents, goal areas, goals and activities as nodes.

Edges point from child to parent (`derives`, from `utgår_från`), from the new document to
the one it replaces (`replaces`, from `ersätter`), and from a document or goal area to what
it contains (`contains`); the relation is the edge's key. A reference also says where it is
written (`doc`, `path`). A reference to an id that exists nowhere becomes a node of kind
`missing`, so that dangling references are a query like any other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import networkx as nx

DERIVES, REPLACES, CONTAINS = "derives", "replaces", "contains"
_EDGES = "styrcheck.edges"  # the graph attribute listing each relation's edges


class Hierarchy(Protocol):
    """What the graph is built from: a repository (core/repository.py), which builds it."""

    @property
    def documents(self) -> Sequence[Any]: ...

    @property
    def items(self) -> Mapping[str, Any]: ...

    @property
    def broken_ids(self) -> set[str]: ...


def build(repo: Hierarchy) -> nx.MultiDiGraph:
    import networkx as nx  # here: a run whose result comes from the cache never needs it

    graph = nx.MultiDiGraph()
    for doc in repo.documents:
        if doc.id not in graph:
            graph.add_node(doc.id, kind="document", doc=doc)
    for item in repo.items.values():  # the first of each id, the same objects the rules use
        if item.id not in graph:
            graph.add_node(item.id, kind=item.kind, doc=item.doc, item=item)
    for doc in repo.documents:
        _refs(graph, repo, doc.id, doc, DERIVES, doc.model.derives_from, ("utgar_fran",))
        _refs(graph, repo, doc.id, doc, REPLACES, doc.model.replaces, ("ersatter",))
        for area in doc.model.goal_areas:
            graph.add_edge(doc.id, area.id, key=CONTAINS)
            for goal in area.goals:
                graph.add_edge(area.id, goal.id, key=CONTAINS)
        for path, goal in doc.model.all_goals():
            if path[0] == "mal":
                graph.add_edge(doc.id, goal.id, key=CONTAINS)
            _refs(graph, repo, goal.id, doc, DERIVES, goal.derives_from, (*path, "utgar_fran"))
        for i, activity in enumerate(doc.model.get("activities", [])):
            graph.add_edge(doc.id, activity.id, key=CONTAINS)
            _refs(graph, repo, activity.id, doc, DERIVES, activity.derives_from, ("aktiviteter", i, "utgar_fran"))
    # Each relation's edges listed once, in the graph's own order: the rules and the diagram
    # go through them again and again, and one pass over a large graph's edges is costly.
    by_relation: dict[str, list[tuple[str, str, dict]]] = {DERIVES: [], REPLACES: [], CONTAINS: []}
    for child, parent, key, data in graph.edges(keys=True, data=True):
        by_relation[key].append((child, parent, data))
    graph.graph[_EDGES] = by_relation
    return graph


def _refs(
    graph: nx.MultiDiGraph, repo: Hierarchy, child: str, doc, relation: str, targets: list[str], path: tuple
) -> None:
    for index, target in enumerate(targets):
        if target not in graph:
            kind = "broken" if target in repo.broken_ids else "missing"
            graph.add_node(target, kind=kind)
        # `doc` and `path` say where in which file the reference is written.
        graph.add_edge(child, target, key=relation, doc=doc, path=(*path, index))


def edges(graph: nx.MultiDiGraph, relation: str) -> list[tuple[str, str, dict]]:
    """Every edge of one relation, as (child, parent, attributes), in the graph's order."""
    return graph.graph[_EDGES][relation]


def relation_view(graph: nx.MultiDiGraph, relation: str) -> nx.DiGraph:
    """The graph of one relation only (for cycles and ancestry)."""
    import networkx as nx

    view = nx.DiGraph()
    view.add_edges_from((c, p) for c, p, _ in edges(graph, relation))
    return view


def document_of(graph: nx.MultiDiGraph, node: str):
    """The document a node is, or lies in (None for missing ids)."""
    return graph.nodes[node].get("doc") if node in graph else None
