"""H: whether documents are valid at the right time relative to their parents, their
predecessors and the other documents of a unique type.

Validity is `giltig_från`..`giltig_till` (open-ended without giltig_till). The graph says who
derives from and who replaces whom (styrcheck.checks.hierarchy); each rule is one pass over
those edges, or one sort per document type.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING

from styrcheck.checks.hierarchy import document_pairs, replacements
from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.graph import REPLACES, document_of, edges
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.repository import Doc

# Periods that a child must fit into whole; a multi-year budget or plan need only start in its parent.
FITS_WHOLE = {"ett_år", "mandatperiod"}


@rule("H005", "outside-parent-period", tags=("hierarchy", "time"))
def outside_parent_period(ctx: Context) -> Iterator[Finding]:
    replaced_by = replacements(ctx.repo.graph)
    for child, parent, path, _ in document_pairs(ctx.repo.graph):
        problem = _period_problem(child, parent, replaced_by)
        if problem is not None:
            key, parent_end = problem
            yield ctx.finding(
                child,
                path,
                key,
                subject=parent.id,
                parent=parent.id,
                start=child.model.valid_from,
                end=child.model.valid_to or "",
                parent_start=parent.model.valid_from,
                parent_end=parent_end or "",
                type=child.type_name,
            )


def _period_problem(child: Doc, parent: Doc, replaced_by: dict[str, list[Doc]]) -> tuple[str, date | None] | None:
    """Which message applies (and the parent's end to name), or None when the periods fit."""
    start, end = child.model.valid_from, child.model.valid_to
    if start < parent.model.valid_from:
        return "before", parent.model.valid_to
    if parent.model.valid_to is not None and start > parent.model.valid_to:
        return "after", parent.model.valid_to
    if child.type.period in FITS_WHOLE and end is not None:
        line_end = _line_end(parent, replaced_by)
        if line_end is not None and end > line_end:
            return "end", line_end
    return None


def _line_end(doc: Doc, replaced_by: dict[str, list[Doc]]) -> date | None:
    """When `doc` and the documents that take over from it without a gap stop being valid (None:
    open-ended). A vision replaced mid-period does not cut short a programme derived from it."""
    end, current, seen = doc.model.valid_to, doc, {doc.id}
    while end is not None and end < date.max:
        successors = [
            r
            for r in replaced_by.get(current.id, ())
            if r.id not in seen and r.model.valid_from <= end + timedelta(days=1)
        ]
        if not successors:
            return end
        current = max(successors, key=lambda r: (r.model.valid_to or date.max, r.id))
        seen.add(current.id)
        end = current.model.valid_to
    return end


@rule("H006", "derives-from-superseded", tags=("hierarchy", "time"))
def derives_from_superseded(ctx: Context) -> Iterator[Finding]:
    replaced_by = replacements(ctx.repo.graph)
    for child, parent, path, _ in document_pairs(ctx.repo.graph):
        start = child.model.valid_from
        replacement = _current_successor(parent, start, replaced_by, child)
        if replacement is not None:
            yield ctx.finding(
                child,
                path,
                subject=parent.id,
                parent=parent.id,
                replacement=replacement.id,
                replacement_start=replacement.model.valid_from,
                start=start,
            )


def _current_successor(doc: Doc, on: date, replaced_by: dict[str, list[Doc]], child: Doc) -> Doc | None:
    """The newest document in `doc`'s chain of replacements that applied on `on`, if any."""
    current, seen = None, {doc.id, child.id}
    while True:
        applying = [
            r for r in replaced_by.get((current or doc).id, ()) if r.id not in seen and r.model.valid_from <= on
        ]
        if not applying:
            return current
        current = max(applying, key=lambda r: (r.model.valid_from, r.id))
        seen.add(current.id)


@rule("H007", "not-unique-current", tags=("hierarchy", "time"))
def not_unique_current(ctx: Context) -> Iterator[Finding]:
    replaced_by = replacements(ctx.repo.graph)
    by_type: dict[str, list[Doc]] = defaultdict(list)
    for doc in ctx.repo.documents:
        if doc.type.unique and not doc.model.joint_with:
            by_type[fold(doc.type_name)].append(doc)
    reported: set[str] = set()
    for docs in by_type.values():
        for earlier, later in _overlapping(docs, replaced_by):
            target, other = sorted((earlier, later), key=lambda d: (d.model.decided_on, d.path))[::-1]
            if target.path in reported:
                continue  # one finding per document, naming the first overlap
            reported.add(target.path)
            overlap = max(earlier.model.valid_from, later.model.valid_from)
            yield ctx.finding(
                target, ("giltig_fran",), subject=other.id, other=other.id, type=target.type_name, overlap=overlap
            )


def _overlapping(docs: list[Doc], replaced_by: dict[str, list[Doc]]) -> Iterator[tuple[Doc, Doc]]:
    """Pairs of documents whose validity overlaps, in one sweep by start date: each document is
    compared with the earlier one that reaches furthest. A replaced document ends the day before
    its replacement starts."""
    reach: tuple[date, Doc] | None = None  # the furthest end so far, and whose it is
    for doc in sorted(docs, key=lambda d: (d.model.valid_from, d.model.decided_on, d.path)):
        if reach is not None and reach[0] >= doc.model.valid_from:
            yield reach[1], doc
        end = min(
            [
                doc.model.valid_to or date.max,
                *(r.model.valid_from - timedelta(days=1) for r in replaced_by.get(doc.id, ()) if r is not doc),
            ]
        )
        if reach is None or end > reach[0]:
            reach = (end, doc)


@rule("H008", "supersession-overlap", tags=("hierarchy", "time"))
def supersession_overlap(ctx: Context) -> Iterator[Finding]:
    graph = ctx.repo.graph
    for _, target, data in edges(graph, REPLACES):
        new, old = data["doc"], document_of(graph, target)
        if old is None or old.id != target or old is new:
            continue  # missing (H001), a goal rather than a document, or itself (H002)
        start, old_end = new.model.valid_from, old.model.valid_to
        if old_end is not None and old_end >= start:
            yield ctx.finding(
                new,
                data["path"],
                subject=target,
                old=target,
                start=start,
                old_end=old_end,
                day_before=start - timedelta(days=1),
            )
