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

from styrcheck.checks.hierarchy import TIME_QUOTE, document_pairs, replacements
from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.graph import REPLACES, document_of, edges
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.repository import Doc

# Periods that a child must fit into whole; a multi-year budget or plan need only start in its parent.
FITS_WHOLE = {"ett_år", "mandatperiod"}


@rule(
    "H005", "outside-parent-period", tags=("hierarchy", "time"),
    summary=T(sv="Dokumentet gäller för en tid som det dokument det utgår från inte gäller för.",
              en="The document is valid for a time its parent document is not."),
    messages={
        "before": T(sv="Dokumentet börjar gälla {start}, men '{parent}', som det utgår från, börjar gälla först {parent_start}. "
                       "Utgå från det dokument som gäller {start}, eller rätta giltighetstiden.",
                    en="The document takes effect on {start}, but '{parent}', which it derives from, only takes effect on "
                       "{parent_start}. Derive from the document valid on {start}, or correct the dates."),
        "after": T(sv="Dokumentet börjar gälla {start}, men '{parent}', som det utgår från, gällde bara till {parent_end}. "
                      "Utgå från det dokument som gäller {start}, eller rätta giltighetstiden.",
                   en="The document takes effect on {start}, but '{parent}', which it derives from, was valid only until "
                      "{parent_end}. Derive from the document valid on {start}, or correct the dates."),
        "end": T(sv="Dokumentet gäller till {end}, men '{parent}', som det utgår från, gäller bara till {parent_end}. "
                    "Dokument av typen {type} ska rymmas inom giltighetstiden för det de utgår från; utgå från ett "
                    "dokument som gäller hela perioden, eller rätta giltighetstiden.",
                 en="The document is valid until {end}, but '{parent}', which it derives from, only until {parent_end}. "
                    "Documents of type {type} must lie within the validity of what they derive from; derive from a "
                    "document valid for the whole period, or correct the dates."),
    },
    why=T(sv="Ett dokument som utgår från ett annat måste gälla samtidigt som det. Årliga planer och mandatperiodens dokument "
             "ska rymmas helt inom sitt överordnade dokument (eller de dokument som utan glapp ersätter det); flerårsbudgetar "
             "och lagstadgade planer behöver bara börja inom det.",
          en="A document that derives from another must be valid while that one is. Annual plans and mandate-period documents "
             "must lie wholly within their parent (or the documents that replace it without a gap); multi-year budgets and "
             "statutory plans need only start within it."),
    quote=TIME_QUOTE,
)
def outside_parent_period(ctx: Context) -> Iterator[Finding]:
    replaced_by = replacements(ctx.repo.graph)
    for child, parent, path, _ in document_pairs(ctx.repo.graph):
        problem = _period_problem(child, parent, replaced_by)
        if problem is not None:
            key, parent_end = problem
            yield ctx.finding(child, path, key, subject=parent.id, parent=parent.id, start=child.model.valid_from,
                              end=child.model.valid_to or "", parent_start=parent.model.valid_from,
                              parent_end=parent_end or "", type=child.type_name)


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
        successors = [r for r in replaced_by.get(current.id, ())
                      if r.id not in seen and r.model.valid_from <= end + timedelta(days=1)]
        if not successors:
            return end
        current = max(successors, key=lambda r: (r.model.valid_to or date.max, r.id))
        seen.add(current.id)
        end = current.model.valid_to
    return end


@rule(
    "H006", "derives-from-superseded", tags=("hierarchy", "time"),
    summary=T(sv="Dokumentet utgår från ett dokument som redan hade ersatts när det började gälla.",
              en="The document derives from a document already replaced when it took effect."),
    messages={"default": T(
        sv="'{parent}' har ersatts av '{replacement}', som gäller från {replacement_start}, redan innan detta dokument "
           "började gälla ({start}). Utgå från '{replacement}' i stället.",
        en="'{parent}' has been replaced by '{replacement}', valid from {replacement_start}, before this document "
           "took effect ({start}). Derive from '{replacement}' instead.")},
    why=T(sv="Ett dokument ska ta avstamp i det som gäller när det börjar gälla, inte i ett dokument som ersatts.",
          en="A document should start from what is in force when it takes effect, not from a document that has been replaced."),
    quote=TIME_QUOTE,
)
def derives_from_superseded(ctx: Context) -> Iterator[Finding]:
    replaced_by = replacements(ctx.repo.graph)
    for child, parent, path, _ in document_pairs(ctx.repo.graph):
        start = child.model.valid_from
        replacement = _current_successor(parent, start, replaced_by, child)
        if replacement is not None:
            yield ctx.finding(child, path, subject=parent.id, parent=parent.id, replacement=replacement.id,
                              replacement_start=replacement.model.valid_from, start=start)


def _current_successor(doc: Doc, on: date, replaced_by: dict[str, list[Doc]], child: Doc) -> Doc | None:
    """The newest document in `doc`'s chain of replacements that applied on `on`, if any."""
    current, seen = None, {doc.id, child.id}
    while True:
        applying = [r for r in replaced_by.get((current or doc).id, ())
                    if r.id not in seen and r.model.valid_from <= on]
        if not applying:
            return current
        current = max(applying, key=lambda r: (r.model.valid_from, r.id))
        seen.add(current.id)


@rule(
    "H007", "not-unique-current", tags=("hierarchy", "time"),
    summary=T(sv="Två dokument av en typ som bara får finnas i ett gällande exemplar gäller samtidigt.",
              en="Two documents of a type that may have only one in force are valid at the same time."),
    messages={"default": T(
        sv="Både detta dokument och '{other}' är av typen {type} och gäller samtidigt från och med {overlap}. Det får bara "
           "finnas ett gällande dokument av typen {type} åt gången: ange i ersätter att det nya ersätter det gamla, "
           "eller rätta giltighetstiderna.",
        en="This document and '{other}' are both of type {type} and both valid from {overlap}. Only one document of type "
           "{type} may be in force at a time: state in ersätter that the new one replaces the old, or correct the dates.")},
    why=T(sv="Det finns en vision, en värdegrund och för varje mandatperiod ett politiskt program och en uppsättning övergripande "
             "mål. Gemensamma dokument med andra organisationer (samverkan) räknas inte. Vilka typer som är unika är profilens (unik).",
          en="There is one vision, one värdegrund and, for each mandate period, one political programme and one set of "
             "övergripande mål. Joint documents with other organisations (samverkan) do not count. Which types are unique is "
             "the profile's (unik)."),
    quote="I samband med ny mandatperiod formulerar de styrande partierna ett politiskt program för mandatperioden.",
)
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
            yield ctx.finding(target, ("giltig_fran",), subject=other.id, other=other.id, type=target.type_name,
                              overlap=overlap)


def _overlapping(docs: list[Doc], replaced_by: dict[str, list[Doc]]) -> Iterator[tuple[Doc, Doc]]:
    """Pairs of documents whose validity overlaps, in one sweep by start date: each document is
    compared with the earlier one that reaches furthest. A replaced document ends the day before
    its replacement starts."""
    reach: tuple[date, Doc] | None = None  # the furthest end so far, and whose it is
    for doc in sorted(docs, key=lambda d: (d.model.valid_from, d.model.decided_on, d.path)):
        if reach is not None and reach[0] >= doc.model.valid_from:
            yield reach[1], doc
        end = min([doc.model.valid_to or date.max,
                   *(r.model.valid_from - timedelta(days=1) for r in replaced_by.get(doc.id, ()) if r is not doc)])
        if reach is None or end > reach[0]:
            reach = (end, doc)


@rule(
    "H008", "supersession-overlap", tags=("hierarchy", "time"),
    summary=T(sv="Ett dokument och det som ersätter det gäller samtidigt.",
              en="A document and the one replacing it are valid at the same time."),
    messages={"default": T(
        sv="Detta dokument ersätter '{old}' från {start}, men '{old}' har giltig_till {old_end}, så båda gäller samtidigt. "
           "Sätt giltig_till i '{old}' till {day_before}, eller rätta giltig_från här.",
        en="This document replaces '{old}' from {start}, but '{old}' has giltig_till {old_end}, so both are valid at once. "
           "Set giltig_till in '{old}' to {day_before}, or correct giltig_från here.")},
    why=T(sv="Av varje dokument ska det framgå vad det ersätter; det gamla ska då sluta gälla när det nya börjar.",
          en="Every document shows what it replaces; the old one should then stop being valid when the new one starts."),
    quote=TIME_QUOTE,
)
def supersession_overlap(ctx: Context) -> Iterator[Finding]:
    graph = ctx.repo.graph
    for _, target, data in edges(graph, REPLACES):
        new, old = data["doc"], document_of(graph, target)
        if old is None or old.id != target or old is new:
            continue  # missing (H001), a goal rather than a document, or itself (H002)
        start, old_end = new.model.valid_from, old.model.valid_to
        if old_end is not None and old_end >= start:
            yield ctx.finding(new, data["path"], subject=target, old=target, start=start, old_end=old_end,
                              day_before=start - timedelta(days=1))
