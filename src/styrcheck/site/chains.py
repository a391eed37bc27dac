"""The Målkedjor page: each overarching goal with, as a tree, the goals and activities that
derive from it; and the goals and activities that trace to no goal that exists."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from styrcheck.core.models import Activity
    from styrcheck.core.repository import Item, Repository


@dataclass(frozen=True)
class Ref:
    """A reference to a document, goal or activity: linked when it exists."""

    id: str
    title: str | None  # None: nothing has this id
    href: str | None


class Page(Protocol):
    """What a chain needs of a document's page (site.model.Page): where it is."""

    href: str


@dataclass
class Chain:
    """A goal and, as a tree, the goals and activities that derive from it."""

    item: Item
    ref: Ref
    area: str | None
    children: list[Chain] = field(default_factory=list)


def goal_chains(
    repo: Repository, by_id: Mapping[str, Page], anchors: dict[str, str]
) -> tuple[list[Chain], list[Ref], int]:
    """The overarching goals (of the types whose `mål` is övergripande) with what derives from
    them; the goals and activities of other documents that trace to no goal that exists; and
    how many goals and activities derive, or should."""
    derived: dict[str, list[Item]] = defaultdict(list)
    untraced, followable = [], 0
    for item in repo.all_items:
        if item.kind == "målområde" or item.doc.type.goals == "övergripande":
            continue
        followable += 1
        targets = _derives_from(item)
        for target in targets:
            derived[target].append(item)
        if not any(t in repo.items for t in targets):
            untraced.append(_item_ref(item, by_id, anchors))

    def tree(item: Item, area: str | None, seen: frozenset[str]) -> Chain:
        below = [tree(child, None, seen | {child.id}) for child in derived.get(item.id, []) if child.id not in seen]
        return Chain(item, _item_ref(item, by_id, anchors), area, below)

    chains = []
    for doc in repo.documents:
        if doc.type.goals != "övergripande":
            continue
        areas = {goal.id: area.name for area in doc.model.goal_areas for goal in area.goals}
        for _, goal in doc.model.all_goals():
            found = repo.items.get(goal.id)
            if found is not None and found.doc is doc:
                chains.append(tree(found, areas.get(goal.id), frozenset({goal.id})))
    return chains, untraced, followable


def _derives_from(item: Item) -> list[str]:
    if item.goal is not None:
        return item.goal.derives_from
    if item.kind == "aktivitet":
        return _activity(item).derives_from
    return []


def _item_ref(item: Item, by_id: Mapping[str, Page], anchors: dict[str, str]) -> Ref:
    page = by_id.get(item.doc.id)
    text = item.goal.text if item.goal is not None else _text(item)
    return Ref(item.id, text, f"{page.href}#{anchors[item.id]}" if page is not None else None)


def _text(item: Item) -> str:
    if item.kind == "aktivitet":
        return _activity(item).text
    return item.doc.model.goal_areas[_index(item)].name


def _activity(item: Item) -> Activity:
    return item.doc.model.get("activities")[_index(item)]


def _index(item: Item) -> int:
    """The place of an activity or goal area in its list."""
    index = item.path[1]
    # Repository.all_items gives them the path ("aktiviteter", i) or ("malomraden", a).
    assert isinstance(index, int)
    return index
