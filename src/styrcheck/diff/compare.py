"""What a change does to the steering model: two repositories compared document by document.

Documents, goals, goal areas and activities are matched by id, never by file, so a file
moved or renamed is the same document, and a rename alone changes nothing. Every change is a
`Change` of one kind (KINDS in render.py words each one); values are text, as the files say
them, so that every format shows and escapes them alike.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from styrcheck.core.diagnostics import Finding, Severity
from styrcheck.core.models import Deviation, Goal, Indicator
from styrcheck.core.repository import Doc, Item, Repository
from styrcheck.pipeline.result import Result
from styrcheck.report import identities

# The metadata a reviewer must judge (Swedish keys, as in the files); `uppföljning` is compared
# by its parts (datum, intervall, senast_uppföljd, nästa).
GOVERNANCE_FIELDS = (
    "beslutad_av",
    "beslutsdatum",
    "giltig_från",
    "giltig_till",
    "gäller_för",
    "ägare",
    "uppföljning",
    "publicering",
    "principiell",
)


@dataclass(frozen=True)
class Change:
    kind: str  # one of render.KINDS
    subject: str = ""  # the field, goal, goal area, activity, or an avsteg's rule it is about
    before: str | None = None
    after: str | None = None


@dataclass
class DocumentChanges:
    id: str
    status: str  # added, removed or changed
    title: str | None
    type: str | None
    path: str | None  # relative to its side's folder: HEAD's, or BASE's for a removed one
    changes: list[Change] = field(default_factory=list)


@dataclass
class Comparison:
    documents: list[DocumentChanges]
    new: list[Finding]  # findings in HEAD that BASE did not have (paths relative to HEAD's folder)
    fixed: list[Finding]  # findings of BASE that HEAD no longer has (relative to BASE's folder)

    def failing(self, fail_on: Severity) -> list[Finding]:
        return [f for f in self.new if f.accepted is None and f.severity >= fail_on]


@dataclass(frozen=True)
class Version:
    """One side, loaded: its repository, the rules' result, and the folder paths are relative to."""

    repo: Repository
    result: Result
    folder: str

    def relative(self, path: str) -> str:
        return os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/") if path else path


def compare(base: Version, head: Version) -> Comparison:
    entries: dict[str, DocumentChanges] = {}

    def entry(doc_id: str) -> DocumentChanges:
        if doc_id not in entries:
            doc = head.repo.by_id.get(doc_id) or base.repo.by_id.get(doc_id)
            side = head if doc_id in head.repo.by_id else base
            status = (
                "changed"
                if doc_id in head.repo.by_id and doc_id in base.repo.by_id
                else "added"
                if doc_id in head.repo.by_id
                else "removed"
            )
            entries[doc_id] = DocumentChanges(
                doc_id,
                status,
                doc.model.title if doc else None,
                doc.type_name if doc else None,
                side.relative(doc.path) if doc else None,
            )
        return entries[doc_id]

    def add(doc_id: str, change: Change) -> None:
        entry(doc_id).changes.append(change)

    old, new = base.repo.by_id, head.repo.by_id
    for doc_id in new.keys() - old.keys():
        add(doc_id, Change("document-added"))
    for doc_id in old.keys() - new.keys():
        add(doc_id, Change("document-removed"))
    for doc_id, doc in new.items():
        was = old.get(doc_id)
        for replaced in _new(doc.model.replaces, was.model.replaces if was else []):
            add(replaced, Change("document-replaced", after=doc_id))
        if was is not None and was.model != doc.model:
            for change in _document(was, doc, base.repo.today):
                add(doc_id, change)
    for doc_id, change in _items(base.repo, head.repo):
        add(doc_id, change)
    order = {"added": 0, "removed": 1, "changed": 2}
    documents = sorted(entries.values(), key=lambda e: (order[e.status], e.id))
    new_findings, fixed = _findings(base, head)
    return Comparison(documents, new_findings, fixed)


def _new(now: list[str], before: list[str]) -> list[str]:
    return [value for value in dict.fromkeys(now) if value not in before]


def _document(was: Doc, doc: Doc, today: date) -> list[Change]:
    changes = [Change("field", name, before, after) for name, before, after in _fields(was, doc)]
    for target in _new(was.model.derives_from, doc.model.derives_from):
        changes.append(Change("derivation-cut", doc.id, before=target))
    for target in _new(doc.model.derives_from, was.model.derives_from):
        changes.append(Change("derivation-added", doc.id, after=target))
    return changes + _deviations(was.model.deviations, doc.model.deviations, today)


def _fields(was: Doc, doc: Doc) -> list[tuple[str, str | None, str | None]]:
    before = _flat({k: v for k, v in _dump(was.model).items() if k in GOVERNANCE_FIELDS})
    after = _flat({k: v for k, v in _dump(doc.model).items() if k in GOVERNANCE_FIELDS})
    return _differing(before, after)


def _differing(before: dict[str, str], after: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    names = [name for name in dict.fromkeys([*before, *after]) if before.get(name) != after.get(name)]
    return [(name, before.get(name), after.get(name)) for name in names]


def _dump(model: Any) -> dict[str, Any]:
    """The model's values under their Swedish keys, defaults included (`publicering: extern`)."""
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)


def _parts(pairs: list[tuple[str, str | None, str | None]], side: int) -> str:
    """`motivering: …; beslut: …`: one side of what differs."""
    return "; ".join(f"{name}: {values[side - 1] or '–'}" for name, *values in pairs)


def _flat(values: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """`{"uppföljning": {"nästa": "2027-09-30"}}` -> `{"uppföljning.nästa": "2027-09-30"}`."""
    flat: dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{name}."))
        elif value is not None:
            flat[prefix + name] = _text(value)
    return flat


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _deviations(was: list[Deviation], now: list[Deviation], today: date) -> list[Change]:
    """Avsteg matched by the rule they depart from (and their order among those of that rule)."""
    before, after = _by_rule(was), _by_rule(now)
    changes = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        rule = key[0]
        if old is None:
            assert new is not None  # the key is one of before's or after's
            changes.append(Change("deviation-added", rule, after=_deviation(new)))
        elif new is None:
            changes.append(Change("deviation-removed", rule, before=_deviation(old)))
        elif new.lapsed(today) and not old.lapsed(today):
            changes.append(Change("deviation-lapsed", rule, _text(old.until or "–"), _text(new.until)))
        elif old != new:
            differing = _differing(_flat(_dump(old)), _flat(_dump(new)))
            changes.append(Change("deviation-changed", rule, _parts(differing, 1), _parts(differing, 2)))
    return changes


def _deviation(deviation: Deviation) -> str:
    return _text({k: v for k, v in _dump(deviation).items() if k != "regel"})


def _by_rule(deviations: list[Deviation]) -> dict[tuple[str, int], Deviation]:
    seen: Counter[str] = Counter()
    found = {}
    for deviation in deviations:
        rule = deviation.rule or ""
        found[(rule, seen[rule])] = deviation
        seen[rule] += 1
    return found


# --- goals, goal areas, activities, and what derives from what --------------------------------


@dataclass(frozen=True)
class _Item:
    doc: str
    kind: str  # mål, målområde, aktivitet
    where: str  # document, or document / goal area
    text: str  # a goal's or activity's text, a goal area's name
    derives_from: tuple[str, ...] = ()
    goal: Goal | None = None


def items_of(repo: Repository) -> dict[str, _Item]:
    """Goals, goal areas and activities by id (the first, where ids clash)."""
    found: dict[str, _Item] = {}
    for item in repo.all_items:
        if item.id not in found:
            found[item.id] = item_of(item)
    return found


def item_of(item: Item) -> _Item:
    model = item.doc.model
    if item.kind == "målområde":
        area = model.goal_areas[int(item.path[1])]
        return _Item(item.doc.id, item.kind, item.doc.id, area.name)
    if item.kind == "mål" and item.goal is not None:
        where = (
            f"{item.doc.id} / {model.goal_areas[int(item.path[1])].id}" if item.path[0] == "malomraden" else item.doc.id
        )
        return _Item(item.doc.id, item.kind, where, item.goal.text, tuple(item.goal.derives_from), item.goal)
    activity = model.get("activities")[int(item.path[1])]
    return _Item(item.doc.id, item.kind, item.doc.id, activity.text, tuple(activity.derives_from))


def _items(base: Repository, head: Repository) -> list[tuple[str, Change]]:
    """Changes to goals, goal areas and activities, each under the document that holds it now
    (or held it, when it is gone); none for those in a document added or removed as a whole."""
    before, after = items_of(base), items_of(head)
    changes: list[tuple[str, Change]] = []
    for item_id, latest in {**before, **after}.items():  # the item as it is now, or was last
        old, new = before.get(item_id), after.get(item_id)
        kind = {"mål": "goal", "målområde": "goal-area", "aktivitet": "activity"}[latest.kind]
        if old is None:
            assert new is not None  # the id is one of before's or after's
            if new.doc in base.by_id:
                changes.append((new.doc, Change(f"{kind}-added", item_id, after=new.text)))
        elif new is None:
            if old.doc in head.by_id:
                changes.append((old.doc, Change(f"{kind}-removed", item_id, before=old.text)))
        else:
            changes += [(new.doc, change) for change in _item(item_id, kind, old, new)]
        if new is not None and (old is not None or new.doc in base.by_id):
            for target in _new(list(new.derives_from), list(old.derives_from) if old else []):
                changes.append((new.doc, Change("derivation-added", item_id, after=target)))
        if old is not None and new is not None:
            for target in _new(list(old.derives_from), list(new.derives_from)):
                changes.append((new.doc, Change("derivation-cut", item_id, before=target)))
    return changes + _unfollowed(before, after)


def _item(item_id: str, kind: str, old: _Item, new: _Item) -> list[Change]:
    changes = []
    if old.text != new.text:
        changes.append(
            Change("goal-area-renamed" if kind == "goal-area" else f"{kind}-reworded", item_id, old.text, new.text)
        )
    if old.where != new.where:
        changes.append(Change(f"{kind}-moved", item_id, old.where, new.where))
    if old.goal is not None and new.goal is not None and old.goal.fulfilment != new.goal.fulfilment:
        changes += _fulfilment(item_id, old.goal, new.goal)
    return changes


def _fulfilment(goal_id: str, old: Goal, new: Goal) -> list[Change]:
    was = old.fulfilment.description if old.fulfilment else None
    now = new.fulfilment.description if new.fulfilment else None
    changes = [Change("fulfilment-changed", goal_id, was, now)] if was != now else []
    before = {i.name: i for i in (old.fulfilment.indicators if old.fulfilment else [])}
    after = {i.name: i for i in (new.fulfilment.indicators if new.fulfilment else [])}
    for name in dict.fromkeys([*before, *after]):
        a, b = before.get(name), after.get(name)
        if a is None:
            assert b is not None  # the name is one of before's or after's
            changes.append(Change("indicator-added", goal_id, after=_indicator(b)))
        elif b is None:
            changes.append(Change("indicator-removed", goal_id, before=_indicator(a)))
        elif a != b:
            differing = _differing(_flat(_dump(a)), _flat(_dump(b)))
            changes.append(
                Change(
                    "indicator-changed", goal_id, f"{name} ({_parts(differing, 1)})", f"{name} ({_parts(differing, 2)})"
                )
            )
    return changes


def _indicator(indicator: Indicator) -> str:
    rest = {k: v for k, v in _dump(indicator).items() if k != "namn"}
    return f"{indicator.name} ({_text(rest)})" if rest else indicator.name


def _unfollowed(before: dict[str, _Item], after: dict[str, _Item]) -> list[tuple[str, Change]]:
    """Goals still there that something derived from before, and nothing does now."""

    def followers(items: dict[str, _Item]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for item_id, item in items.items():
            for target in item.derives_from:
                found.setdefault(target, []).append(item_id)
        return found

    was, now = followers(before), followers(after)
    return [
        (after[goal].doc, Change("follow-through-lost", goal, before=", ".join(items)))
        for goal, items in was.items()
        if goal in after and after[goal].kind == "mål" and goal not in now
    ]


# --- findings ---------------------------------------------------------------------------------


def _findings(base: Version, head: Version) -> tuple[list[Finding], list[Finding]]:
    """Findings matched by their fingerprint (document, rule, subject; never line or file)."""
    old, new = _relative(base), _relative(head)
    return _missing(new, old), _missing(old, new)


def _relative(side: Version) -> list[Finding]:
    """The side's findings with paths relative to its folder (each path worked out once: a
    large repository has thousands of findings, most in files with others)."""
    paths: dict[str, str] = {}
    found = []
    for finding in side.result.findings:
        path = paths.get(finding.path)
        if path is None:
            path = paths[finding.path] = side.relative(finding.path)
        found.append(finding if path == finding.path else replace(finding, path=path))
    return found


def _missing(findings: list[Finding], among: list[Finding]) -> list[Finding]:
    """The findings of `findings` that `among` does not have, sorted by rule."""
    left = Counter(identities(among))
    missing = []
    for finding, print_ in zip(findings, identities(findings)):
        if left[print_] > 0:
            left[print_] -= 1
        else:
            missing.append(finding)
    return sorted(missing, key=lambda f: (f.code, f.path, f.line, f.column))
