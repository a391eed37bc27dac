"""H: how documents hang together: references, cycles and parents (times: checks/periods.py).

Every rule here queries the graph (styrcheck.core.graph): `derives` edges point from child to
parent, `replaces` edges from the new document to the old one, and each edge carries the
document and path where the reference is written, so findings point at the reference itself.
Rules stay near-linear in the number of documents: one pass over the edges, or a sort per
document type; never all pairs.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.graph import DERIVES, REPLACES, document_of, edges
from styrcheck.core.text import close_matches, fold

if TYPE_CHECKING:
    import networkx as nx

    from styrcheck.core.repository import Doc, Repository


FIELD = {DERIVES: "utgår_från", REPLACES: "ersätter"}
CYCLES_PER_COMPONENT = 20  # a tangle of references is reported by its first cycles, not all


def _is_document_reference(path: tuple) -> bool:
    """The document's own `utgår_från` (not a goal's or an activity's)."""
    return len(path) == 2 and path[0] == "utgar_fran"


def document_pairs(graph: nx.MultiDiGraph) -> Iterator[tuple[Doc, Doc, tuple, str]]:
    """(child document, parent document, path, parent id) for each pair of documents linked by
    `utgår_från` anywhere in the child (the document, its goals, its activities): once per pair,
    at the first reference, so a plan whose twenty goals cite old goals gets one finding."""
    seen: set[tuple[str, str]] = set()
    for _, parent, data in edges(graph, DERIVES):
        child_doc, parent_doc = data["doc"], document_of(graph, parent)
        if parent_doc is None or parent_doc is child_doc:
            continue
        pair = (child_doc.path, parent_doc.path)
        if pair not in seen:
            seen.add(pair)
            yield child_doc, parent_doc, data["path"], parent


def replacements(graph: nx.MultiDiGraph) -> dict[str, list[Doc]]:
    """Document id -> the documents whose `ersätter` names it."""
    found: dict[str, list[Doc]] = defaultdict(list)
    for _, old, data in edges(graph, REPLACES):
        found[old].append(data["doc"])
    return found


@rule("H001", "dangling-reference", tags=("hierarchy",))
def dangling_reference(ctx: Context) -> Iterator[Finding]:
    graph = ctx.repo.graph
    unread = _ids_in_unmodelled_files(ctx.repo)
    known = (n for n, kind in graph.nodes(data="kind") if kind not in ("missing", "broken"))  # read if needed
    suggest = {DERIVES: Suggestions(known), REPLACES: Suggestions(ctx.repo.by_id)}
    for relation in (DERIVES, REPLACES):
        for child, target, data in edges(graph, relation):
            if graph.nodes[target].get("kind") != "missing" or target in unread:
                continue  # it exists, in a file whose own problems are reported
            # Never the referring document or goal itself: it cannot derive from or replace itself.
            suggestion = suggest[relation](target, (child, data["doc"].id))
            yield ctx.finding(
                data["doc"],
                data["path"],
                "suggest" if suggestion else "default",
                subject=target,
                target=target,
                field=FIELD[relation],
                suggestion=suggestion or "",
            )


def _ids_in_unmodelled_files(repo: Repository) -> set[str]:
    """Ids written in files that did not become documents, or lost a field to a modelling error
    (a goal in a broken `målområden` exists, though no model holds it). Only those few files are
    walked."""
    modelled = {doc.path for doc in repo.documents}
    troubled = {f.path for f in repo.findings}
    found: set[str] = set()
    stack = [
        s.data
        for s in repo.sources
        if (s.path not in modelled or s.path in troubled) and isinstance(s.data, dict) and "id" in s.data
    ]  # steering documents, not the organisation
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("id"), str):
                found.add(value["id"])
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


class Suggestions:
    """Did-you-mean over every id of a repository. A small repository compares all ids; a large
    one only the ids that sort next to the wrong one from the front or from the back, so that a
    misspelling costs a binary search rather than a pass over 100,000 documents."""

    SMALL, NEAR = 2000, 32

    def __init__(self, ids: Iterable[str]) -> None:
        self.ids = ids  # read on the first misspelling only
        self.cache: dict[str, list[str]] = {}
        self.forward: list[tuple[str, str]] | None = None
        self.backward: list[tuple[str, str]] = []

    def __call__(self, word: str, besides: tuple[str, ...] = ()) -> str | None:
        """The id `word` most likely means, other than the ids in `besides` (at most two)."""
        if word not in self.cache:
            self.cache[word] = close_matches(word, self._candidates(word), 3)
        return next((i for i in self.cache[word] if i not in besides), None)

    def _candidates(self, word: str) -> list[str]:
        if self.forward is None:
            folded = [(fold(i), i) for i in set(self.ids)]
            self.forward = sorted(folded)
            self.backward = sorted((f[::-1], i) for f, i in folded)
        if len(self.forward) <= self.SMALL:
            return [i for _, i in self.forward]
        near: set[str] = set()
        for table, probe in ((self.forward, fold(word)), (self.backward, fold(word)[::-1])):
            at = bisect.bisect_left(table, (probe, ""))
            near.update(i for _, i in table[max(0, at - self.NEAR) : at + self.NEAR])
        return sorted(near)


@rule("H002", "cycle", tags=("hierarchy",))
def cycle(ctx: Context) -> Iterator[Finding]:
    graph = ctx.repo.graph
    for relation in (DERIVES, REPLACES):
        closing: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
        for found in _cycles(edges(graph, relation)):
            closing[(found[-1], found[0])].append(found)
        for (child, parent), cycles in sorted(closing.items()):
            data = graph.edges[child, parent, relation]
            if child == parent:
                key = "self" if relation == DERIVES else "self-replaces"
            else:
                key = "default" if relation == DERIVES else "replaces"
            shown = "; ".join(" → ".join([*c, c[0]]) for c in sorted(cycles))
            yield ctx.finding(data["doc"], data["path"], key, subject=shown, cycle=shown, node=child)


def _cycles(refs: list[tuple[str, str, dict]]) -> Iterator[list[str]]:
    """Each cycle once, starting at its smallest id; the reference that closes it is the last
    node's back to the first. Nodes with no reference in or none out lie on no cycle: they are
    peeled off first (linear), so networkx only sees what is left, usually nothing."""
    succ: dict[str, set[str]] = defaultdict(set)
    pred: dict[str, set[str]] = defaultdict(set)
    for child, parent, _ in refs:
        succ[child].add(parent)
        pred[parent].add(child)
    peel = [n for n in {*succ, *pred} if not succ.get(n) or not pred.get(n)]
    while peel:
        node = peel.pop()
        for parent in succ.pop(node, ()):
            pred[parent].discard(node)
            if not pred[parent]:
                peel.append(parent)
        for child in pred.pop(node, ()):
            succ[child].discard(node)
            if not succ[child]:
                peel.append(child)
    import networkx as nx  # here, not at the top: a run whose result is cached never needs it

    view = nx.DiGraph((child, parent) for child, parents in succ.items() for parent in parents)
    for component in nx.strongly_connected_components(view):
        if len(component) == 1:
            (node,) = component
            if view.has_edge(node, node):
                yield [node]
            continue
        found = itertools.islice(nx.simple_cycles(view.subgraph(component)), CYCLES_PER_COMPONENT)
        for nodes in found:
            start = nodes.index(min(nodes))
            yield nodes[start:] + nodes[:start]


def _allowed(ctx: Context, types: list[str]) -> str:
    return ", ".join(ctx.profile.spell(fold(p)) for p in types)


@rule("H003", "wrong-parent-type", tags=("hierarchy",))
def wrong_parent_type(ctx: Context) -> Iterator[Finding]:
    graph = ctx.repo.graph
    for _, target, data in edges(graph, DERIVES):
        child, parent = data["doc"], document_of(graph, target)
        if parent is None or not _is_document_reference(data["path"]):
            continue
        allowed = [*child.type.parents, *child.type.optional_parents]
        if fold(parent.type_name) in {fold(p) for p in allowed}:
            continue
        key = "none" if not allowed else ("default" if target == parent.id else "item")
        yield ctx.finding(
            child,
            data["path"],
            key,
            subject=target,
            target=target,
            parent=parent.id,
            parent_type=parent.type_name,
            type=child.type_name,
            allowed=_allowed(ctx, allowed),
        )


@rule("H004", "missing-parent", tags=("hierarchy",), local=True)
def missing_parent(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if doc.type.parents and not doc.model.derives_from:
            path = ("utgar_fran",) if "utgar_fran" in doc.source.data else ()
            yield ctx.finding(
                doc, path, subject="utgar_fran", type=doc.type_name, allowed=_allowed(ctx, doc.type.parents)
            )
