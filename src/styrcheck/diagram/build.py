"""Build a `Diagram` from a repository and the findings of a validation run."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from styrcheck.core.diagnostics import Severity
from styrcheck.core.text import printable
from styrcheck.diagram import style
from styrcheck.diagram.clusters import ClusterMaker
from styrcheck.diagram.model import (
    DERIVES,
    REPLACES,
    Badge,
    Diagram,
    Edge,
    Legend,
    LegendEntry,
    Node,
    clean,
    make_keys,
)
from styrcheck.diagram.select import ABSENT, DOCUMENTS, GOALS, Selection, pick
from styrcheck.diagram.texts import texts

if TYPE_CHECKING:
    from styrcheck.core.diagnostics import Finding
    from styrcheck.core.repository import Doc, Item, Repository

LEVELS = (DOCUMENTS, GOALS)
CLUSTERINGS = ("nämnd", "typ", "ingen")
_PREFIX = {
    "document": "doc_",
    "mål": "goal_",
    "aktivitet": "act_",
    "målområde": "area_",
    "missing": "ref_",
    "broken": "ref_",
}


@dataclass(frozen=True)
class Options:
    level: str = DOCUMENTS
    selection: Selection = field(default_factory=Selection)
    cluster: str = "nämnd"
    legend: bool = True
    lang: str = "sv"


def build(repo: Repository, findings: Iterable[Finding], options: Options = Options()) -> Diagram:
    words = texts(options.lang)
    replaced_by = style.successors(repo)
    valid_in = None
    if options.selection.period is not None:
        year = options.selection.period
        valid_in = {d.id: style.valid_in(d, year, replaced_by.get(d.id, [])) for d in repo.documents}
    picked = pick(repo, options.level, options.selection, valid_in)
    graph = repo.graph
    # Keys from every id of a kind, so a node's key never depends on the selection.
    ids_by_prefix: dict[str, list[str]] = {prefix: [] for prefix in sorted(set(_PREFIX.values()))}
    for node_id, kind in graph.nodes(data="kind"):
        if kind in _PREFIX:
            ids_by_prefix[_PREFIX[kind]].append(node_id)
    keys: dict[str, str] = {}
    for prefix, ids in ids_by_prefix.items():
        keys.update(make_keys(prefix, ids))

    badges = _Badges(findings, options.lang)
    clusters = ClusterMaker(repo, options.level, options.cluster, options.lang, badges.of_document)
    nodes = []
    for node_id in picked.nodes:
        data = graph.nodes[node_id]
        kind = data.get("kind")
        if kind in ABSENT:
            nodes.append(_absent(node_id, kind, keys[node_id], words))
            continue
        doc: Doc = data["doc"]
        dimmed, status = style.status(doc, replaced_by.get(doc.id, []), repo.today, words)
        common: dict[str, Any] = dict(
            key=keys[node_id],
            id=node_id,
            kind=kind,
            shape=style.shape(doc.type),
            fill=style.fill(repo.profile, doc.type_name),
            political=style.political(doc),
            dimmed=dimmed,
            type_name=doc.type_name,
            path=printable(doc.path),
            type_label=clean(style.type_label(repo.profile, doc.type_name, options.lang)),
        )
        if kind == "document":
            nodes.append(
                Node(
                    title=clean(doc.model.title),
                    status=status,
                    badge=badges.of_document(doc),
                    cluster=clusters.for_document(doc),
                    **common,
                )
            )
        else:
            item = data["item"]
            nodes.append(
                Node(
                    title=clean(_item_text(item)),
                    heading=clean(node_id),
                    badge=badges.of_item(item),
                    cluster=clusters.for_item(item),
                    **common,
                )
            )
    order = {n.key: _sort_key(repo, n.id, graph.nodes[n.id]) for n in nodes}
    nodes.sort(key=lambda n: order[n.key])
    edges = [Edge(keys[c], keys[p], DERIVES) for c, p in picked.derives]
    edges += [Edge(keys[n], keys[o], REPLACES) for n, o in picked.replaces]
    edges.sort(key=lambda e: (e.relation, order[e.target], order[e.source]))
    legend = _legend(repo, nodes, edges, words) if options.legend else None
    name = clean(repo.organisation.name) if repo.organisation and repo.organisation.name else ""
    what = words["documents" if options.level == DOCUMENTS else "goals"]
    return Diagram(
        options.level,
        options.lang,
        f"{name} – {what}" if name else what[:1].upper() + what[1:],
        tuple(nodes),
        tuple(edges),
        clusters.used({n.cluster for n in nodes}),
        legend,
        words,
    )


def _absent(node_id: str, kind: str, key: str, words: dict[str, str]) -> Node:
    return Node(
        key=key,
        id=node_id,
        kind=kind,
        title=clean(node_id),
        shape="missing",
        fill=style.MISSING_FILL,
        status=words["not-found" if kind == "missing" else "unreadable"],
    )


def _item_text(item: Item) -> str:
    if item.goal is not None:
        return item.goal.text
    index = int(item.path[1])
    if item.kind == "målområde":
        return item.doc.model.goal_areas[index].name
    return item.doc.model.get("activities", [])[index].text


def _sort_key(repo: Repository, node_id: str, data: dict[str, Any]) -> tuple:
    """Documents in the profile's type order, then by start date and id; goals and
    activities after their document, in the order of the file; absent ids last."""
    doc = data.get("doc")
    if doc is None:
        return (1, (), 0, node_id)
    head = (style.type_order(repo.profile, doc.type_name), doc.model.valid_from.isoformat(), doc.id)
    item = data.get("item")
    if item is None:
        return (0, head, 0, "")
    return (0, head, doc.source.position(item.path)[0], item.id)


class _Badges:
    """Errors and warnings, not accepted by an avsteg, per document and per goal."""

    def __init__(self, findings: Iterable[Finding], lang: str) -> None:
        from styrcheck.i18n import message

        words = texts(lang)
        self.by_path: dict[str, list[tuple[Finding, str]]] = {}
        for finding in sorted(findings):
            if finding.accepted is not None or finding.severity < Severity.WARNING:
                continue
            word = words["severity-error" if finding.severity >= Severity.ERROR else "severity-warning"]
            text = words["finding"].format(
                severity=word, code=finding.code, line=finding.line, message=message(finding, lang)
            )
            self.by_path.setdefault(finding.path, []).append((finding, clean(text)))

    def of_document(self, doc: Doc) -> Badge:
        return self._badge(self.by_path.get(doc.path, []))

    def of_item(self, item: Item) -> Badge:
        """Findings whose subject is the goal or activity, in its own file."""
        return self._badge([f for f in self.by_path.get(item.doc.path, []) if f[0].subject == item.id])

    @staticmethod
    def _badge(found: list[tuple[Finding, str]]) -> Badge:
        errors = sum(1 for f, _ in found if f.severity >= Severity.ERROR)
        return Badge(errors, len(found) - errors, tuple(text for _, text in found))


def _legend(repo: Repository, nodes: list[Node], edges: list[Edge], words: dict[str, str]) -> Legend:
    """A sample of every document type drawn (in the profile's order), then the marks."""
    types = list(dict.fromkeys(n.type_name for n in nodes if n.type_name is not None))
    keys = make_keys("key_type_", types)
    entries = []
    for name in types:
        node = next(n for n in nodes if n.type_name == name)
        found = repo.profile.doc_type(name)
        assert found is not None  # a node's type is one of the profile's
        doc_type = found[1]
        entries.append(
            LegendEntry(keys[name], node.type_label or name, style.shape(doc_type), node.fill, bool(doc_type.political))
        )
    entries.append(LegendEntry("key_political", words["political"], political=True))
    entries.append(LegendEntry("key_official", words["official"]))
    if any(n.dimmed for n in nodes):
        entries.append(LegendEntry("key_dimmed", words["dimmed"], dimmed=True))
    entries.append(LegendEntry("key_findings", words["findings"], badge=Badge(2, 1)))
    if any(n.kind in ABSENT for n in nodes):
        entries.append(LegendEntry("key_missing", words["missing"], shape="missing", missing=True))
    derives = ("A", "B", words["derives"])
    replaces = ("C", "D", words["replaces"]) if any(e.relation == REPLACES for e in edges) else ("", "", "")
    return Legend(words["legend"], tuple(entries), derives, replaces)
