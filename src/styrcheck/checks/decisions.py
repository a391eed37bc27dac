"""D: who decides what, and when ("Rollfördelning mellan politik och förvaltning").

D002 and D003, the lowest possible level, live in lowest_level.py. Every body, kind and date
here comes from the profile and the repository's organisation (styrcheck.core.organisation).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from styrcheck.checks.registry import Context, rule
from styrcheck.core import calendar
from styrcheck.core.diagnostics import Finding
from styrcheck.core.organisation import OFFICIAL, OrgChart, scope_text
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.profile import MandatePeriod


@rule("D001", "body-not-allowed", tags=("decisions", "organisation"), local=True)
def body_not_allowed(ctx: Context) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    council = chart.council_kinds()
    for doc in ctx.repo.documents:
        decider = doc.model.decided_by
        kind = chart.kind_key(decider)
        if kind is None or chart.kind(decider) is None or not doc.type.decided_by:
            continue  # an unknown organ, or one of an unknown kind, is M008's
        allowed = {fold(k) for k in doc.type.decided_by}
        if doc.model.get("requires_council", False) and kind not in council:
            key = "law"
        elif kind not in allowed:
            political = doc.type.political and chart.ladder(decider) == OFFICIAL
            key = "political" if political else "default"
        else:
            continue
        yield ctx.finding(
            doc,
            ("beslutad_av",),
            key,
            subject=decider,
            decider=chart.name(decider),
            kind=ctx.repo.organs[decider].kind,
            type=doc.type_name,
            allowed=", ".join(ctx.profile.spell(k) for k in doc.type.decided_by),
        )


@rule("D004", "wrong-committee", tags=("decisions", "organisation"))
def wrong_committee(ctx: Context) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    for doc in ctx.repo.documents:
        decider = doc.model.decided_by
        ladder = chart.ladder(decider)
        allowed = {fold(k) for k in doc.type.decided_by}
        if not doc.type.own_area or ladder is None or chart.kind_key(decider) not in allowed:
            continue  # a body that may not decide the type at all is D001's
        names = dict(decider=chart.name(decider), decider_id=decider, type=doc.type_name)
        scope = doc.model.applies_to
        units = [u for u in scope if u in ctx.repo.organs] if isinstance(scope, list) else []
        outside = [u for u in units if decider not in chart.own_area(u, ladder)]
        homes = [chart.own_area(u, ladder) for u in outside]
        if isinstance(scope, str) or (outside and not all(homes)):
            yield ctx.finding(doc, ("galler_for",), "wide", scope=scope_text(scope), **names)
        elif outside:
            yield ctx.finding(
                doc,
                ("galler_for",),
                "scope",
                subject=",".join(outside),
                units=", ".join(outside),
                expected=chart.name(homes[0][0]),
                **names,
            )
        for parent_id in doc.model.derives_from:
            parent = ctx.repo.by_id.get(parent_id)
            if parent is None or not parent.type.own_area or parent.model.decided_by not in ctx.repo.organs:
                continue
            if chart.committee_of(decider) != parent.model.decided_by:
                yield ctx.finding(
                    doc,
                    ("beslutad_av",),
                    "parent",
                    subject=parent_id,
                    parent=parent_id,
                    parent_decider=chart.name(parent.model.decided_by),
                    **names,
                )


@rule("D005", "missing-start-decision", tags=("decisions",), local=True)
def missing_start_decision(ctx: Context) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    for doc in ctx.repo.documents:
        needed = doc.type.start_decision_by
        if not needed:
            continue
        required = chart.kind_names([needed])[0]
        start = doc.model.get("start_decision")
        if start is None:
            yield ctx.finding(doc, (), type=doc.type_name, required=required)
            continue
        kind = chart.kind_key(start.decided_by)
        if kind is not None and kind != fold(needed):
            yield ctx.finding(
                doc,
                ("startbeslut", "beslutad_av"),
                "body",
                body=chart.name(start.decided_by),
                kind=ctx.repo.organs[start.decided_by].kind,
                required=required,
            )
        if start.decided_on >= doc.model.decided_on:
            yield ctx.finding(
                doc, ("startbeslut", "beslutsdatum"), "order", start=start.decided_on, decided=doc.model.decided_on
            )


@rule("D006", "goals-decided-late", tags=("decisions", "time"), local=True)
def goals_decided_late(ctx: Context) -> Iterator[Finding]:
    mandate = ctx.profile.mandate_period
    for doc in ctx.repo.documents:
        rule_ = doc.type.first_year_deadline
        if rule_ is None:
            continue
        period = calendar.mandate_period(doc.model.valid_from, mandate)
        decided = doc.model.decided_on
        deadline = calendar.month_end(period.start.year, rule_.month)
        args: dict[str, Any] = dict(decided=decided, deadline=deadline, period=period.label, election=period.election)
        if rule_.after_election and decided <= period.election:
            yield ctx.worded(ctx.words(doc), doc, ("beslutsdatum",), "before-election", **args)
        elif decided > deadline:
            yield ctx.finding(doc, ("beslutsdatum",), **args)


@rule("D007", "budget-late", tags=("decisions", "time"), local=True)
def budget_late(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        limits = doc.type.year_before_deadline
        if limits is None:
            continue
        year = doc.model.valid_from.year
        decided = doc.model.decided_on
        law = calendar.month_end(year - 1, limits.law) if limits.law else None
        norm = calendar.month_end(year - 1, limits.norm) if limits.norm else None
        if law is not None and decided > law:
            yield ctx.worded(ctx.words(doc), doc, ("beslutsdatum",), "lag", year=year, decided=decided, law=law)
        elif (
            norm is not None and decided > norm and not _by_newly_elected(decided, year - 1, ctx.profile.mandate_period)
        ):
            yield ctx.worded(ctx.words(doc), doc, ("beslutsdatum",), "norm", year=year, decided=decided, norm=norm)


@rule("D008", "committee-not-informed", tags=("decisions", "time"), local=True)
def committee_not_informed(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        months = doc.type.committee_informed_within
        if months is None or doc.model.get("committee_informed") is not None:
            continue
        if ctx.today > calendar.add_months(doc.model.valid_from, months):
            yield ctx.finding(doc, (), type=doc.type_name)


def _by_newly_elected(decided: date, year: int, mandate: MandatePeriod) -> bool:
    """Whether a budget decided in `year` was set after that year's general election, that is by
    the newly elected fullmäktige (kommunallagen (2017:725) 11 kap.), who take office in October
    and so cannot meet a norm that falls before it."""
    election = calendar.election_in(year, mandate)
    return election is not None and election < decided <= date(year, 12, 31)
