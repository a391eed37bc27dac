"""Clusters that keep a large repository readable: by nämnd (the political body a document
belongs to) or by document type; at the goal level also by document and by goal area."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from styrcheck.core.organisation import OrgChart
from styrcheck.diagram import style
from styrcheck.diagram.model import Badge, Cluster, clean, make_keys
from styrcheck.diagram.select import DOCUMENTS

if TYPE_CHECKING:
    from styrcheck.core.models import Organ
    from styrcheck.core.repository import Doc, Item, Repository

_LADDERS = ("politisk", "tjänstemän")


def responsible(chart: OrgChart, doc: Doc) -> Organ | None:
    """The body a document belongs to: the nämnd a deciding kontor (or its enhet) serves,
    else the deciding body itself."""
    organ = chart.organs.get(doc.model.decided_by)
    if organ is None:
        return None
    return chart.organs.get(chart.committee_of(organ.id) or organ.id, organ)


class ClusterMaker:
    """Makes the clusters nodes are placed in, and remembers them with their order."""

    def __init__(
        self, repo: Repository, level: str, clustering: str, lang: str, badge_of: Callable[[Doc], Badge]
    ) -> None:
        self.repo, self.level, self.clustering, self.lang = repo, level, clustering, lang
        self.badge_of = badge_of
        self.chart = OrgChart(repo.organs, repo.profile)
        self.clusters: dict[str, Cluster] = {}
        self.order: dict[str, tuple[Any, ...]] = {}
        # Keys from every id of a kind, so a cluster's key never depends on the selection.
        self.keys = {
            "organ": make_keys("c_organ_", repo.organs),
            "type": make_keys(
                "c_type_", [found[0] for t in repo.profile.doc_types if (found := repo.profile.doc_type(t))]
            ),
            "document": make_keys("c_doc_", [d.id for d in repo.documents]),
            # Area ids are unique only when the repository is valid: key them by document too.
            "area": make_keys("c_area_", [f"{i.doc.id}.{i.id}" for i in repo.all_items if i.kind == "målområde"]),
        }

    def for_document(self, doc: Doc) -> str | None:
        return self._outer(doc) if self.level == DOCUMENTS else self._document(doc)

    def for_item(self, item: Item) -> str | None:
        cluster = self._document(item.doc)
        if item.path[0] == "malomraden":
            return self._area(item.doc, int(item.path[1]), cluster)
        return cluster

    def used(self, keys: set[str | None]) -> tuple[Cluster, ...]:
        """The clusters that hold a node, with the clusters around them, in order."""
        wanted: set[str] = set()
        for key in keys:
            while key is not None and key not in wanted:
                wanted.add(key)
                key = self.clusters[key].parent
        return tuple(sorted((self.clusters[k] for k in wanted), key=lambda c: self.order[c.key]))

    def _add(self, key: str, label: str, kind: str, parent: str | None, order: tuple, badge: Badge = Badge()) -> str:
        if key not in self.clusters:
            self.clusters[key] = Cluster(key, label, kind, parent, badge)
            self.order[key] = order
        return key

    def _outer(self, doc: Doc) -> str | None:
        if self.clustering == "nämnd":
            organ = responsible(self.chart, doc)
            if organ is None:
                return None
            kind = self.repo.profile.organ_kind(organ.kind)
            ladder = _LADDERS.index(kind.ladder) if kind and kind.ladder in _LADDERS else len(_LADDERS)
            rank = -(kind.rank or 0) if kind else 0
            label = clean(organ.name or organ.id)
            return self._add(self.keys["organ"][organ.id], label, "organ", None, (0, ladder, rank, label, organ.id))
        if self.clustering == "typ":
            label = style.type_label(self.repo.profile, doc.type_name, self.lang)
            order = style.type_order(self.repo.profile, doc.type_name)
            return self._add(
                self.keys["type"][doc.type_name], clean(label), "type", None, (0, order, 0, label, doc.type_name)
            )
        return None

    def _document(self, doc: Doc) -> str:
        order = (1, style.type_order(self.repo.profile, doc.type_name), doc.model.valid_from.isoformat(), doc.id, "")
        return self._add(
            self.keys["document"][doc.id],
            clean(doc.model.title),
            "document",
            self._outer(doc),
            order,
            self.badge_of(doc),
        )

    def _area(self, doc: Doc, index: int, parent: str) -> str:
        area = doc.model.goal_areas[index]
        order = (2, self.order[parent], index, area.id, "")
        return self._add(self.keys["area"][f"{doc.id}.{area.id}"], clean(area.name), "area", parent, order)
