"""D002, D003: decisions on the lowest possible level (the riktlinje's "Beslut på lägsta möjliga nivå").

For a type the profile marks `lägsta_nivå`, the right body is the lowest one on the ladder
whose remit covers `gäller_för` (styrcheck.core.organisation). Decided higher: D002 (a warning,
unless `principiell: true`). Decided by a body whose remit does not cover it: D003.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.organisation import OFFICIAL, POLITICAL, OrgChart, Placement, scope_text
from styrcheck.core.repository import Doc
from styrcheck.core.text import fold


class Verdict(NamedTuple):
    code: str  # D002 or D003
    key: str
    lowest: str | None  # None: no body in the organisation may decide it (the `-nobody` messages)


def judge(doc: Doc, chart: OrgChart) -> Verdict | None:
    """Whether `doc` was decided at the right level, and if not, what is wrong."""
    decider, model = doc.model.decided_by, doc.model
    allowed = doc.type.decided_by
    if chart.kind_key(decider) not in {fold(k) for k in allowed}:
        return None  # unknown organ (M008) or a kind not allowed at all (D001)
    if model.get("requires_council", False):
        return None  # the law fixes the body (D001)
    own = chart.ladder(decider)
    kind = model.get("kind")
    expected = doc.type.ladder_by_kind.get(fold(kind)) if isinstance(kind, str) else None
    ladder = expected or own
    if ladder is None:
        return None
    placement = chart.place(model.applies_to, ladder, allowed)
    if placement is None:
        return None  # gäller_för names only unknown organs (M008)
    if ladder != own:
        if ladder == OFFICIAL:  # an officials' matter decided politically
            return Verdict("D002", "official", placement.lowest) if placement.lowest else None
        return Verdict("D003", "political", placement.lowest)
    if placement.lowest is None:
        if not chart.has_wide_bodies(ladder):
            return None  # no remits beyond the own area in this profile or organisation: cannot tell
        other = chart.place(model.applies_to, POLITICAL if ladder == OFFICIAL else OFFICIAL, allowed)
        return Verdict("D003", "none", other.lowest if other else None)
    if decider == placement.lowest:
        return None
    if decider in placement.covering:
        return Verdict("D002", _level_key(placement), placement.lowest)
    return Verdict("D003", _level_key(placement), placement.lowest)


def _level_key(placement: Placement) -> str:
    return {"eget_område": "area", "kommunala_organisationen": "organisation"}.get(placement.level, "group")


def _findings(ctx: Context, code: str) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    for doc in ctx.repo.documents:
        if not doc.type.lowest_level:
            continue
        verdict = judge(doc, chart)
        if verdict is None or verdict.code != code:
            continue
        if code == "D002" and doc.model.principled:
            continue
        names = dict(
            decider=chart.name(doc.model.decided_by),
            scope=scope_text(doc.model.applies_to),
            kind=doc.model.get("kind") or doc.type_name,
            type=doc.type_name,
        )
        if verdict.lowest is None:  # no body in this organisation may decide it: say so, name nobody
            yield ctx.finding(doc, ("beslutad_av",), f"{verdict.key}-nobody", subject=doc.model.decided_by, **names)
        else:
            yield ctx.finding(
                doc,
                ("beslutad_av",),
                verdict.key,
                subject=doc.model.decided_by,
                lowest=chart.name(verdict.lowest),
                **names,
            )


@rule("D002", "above-lowest-level", tags=("decisions", "organisation"), local=True)
def above_lowest_level(ctx: Context) -> Iterator[Finding]:
    yield from _findings(ctx, "D002")


@rule("D003", "lacks-mandate", tags=("decisions", "organisation"), local=True)
def lacks_mandate(ctx: Context) -> Iterator[Finding]:
    yield from _findings(ctx, "D003")
