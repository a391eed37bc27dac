"""F: follow-up and lifecycle: owners, follow-up dates, periods, reports, successors.

Every date is compared with the run's "today" (`--today`). Follow-up and lifecycle rules
leave alone documents that have expired or been replaced (calendar.retired).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from styrcheck.checks.registry import Context, rule
from styrcheck.core import calendar
from styrcheck.core.diagnostics import Finding
from styrcheck.core.model_rules import Interval
from styrcheck.core.profile import type_words
from styrcheck.core.repository import Doc


def _in_force(ctx: Context) -> Iterator[Doc]:
    for doc in ctx.repo.documents:
        if not calendar.retired(ctx.repo, doc):
            yield doc


@rule("F001", "guideline-owner", tags=("follow-up",))
def guideline_owner(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):
        if doc.type.owner_required and not doc.model.get("owner"):
            yield ctx.worded(type_words(doc.type), doc, (), example=doc.model.decided_by)  # an id that exists


@rule("F002", "guideline-follow-up", tags=("follow-up", "time"))
def guideline_follow_up(ctx: Context) -> Iterator[Finding]:
    known = ", ".join(ctx.profile.spell(name) for name in ctx.profile.follow_up_intervals)
    review = ctx.profile.review
    for doc in _in_force(ctx):
        words = type_words(doc.type)
        reviewed = review is not None and review.covers(doc.type_name)
        follow_up = doc.model.get("follow_up")
        if follow_up is None:
            if doc.type.follow_up_required:
                yield ctx.worded(words, doc, ())
            elif review is not None and reviewed:
                yield ctx.worded(words, doc, (), "review", every=review.every)
            continue
        interval = ctx.profile.interval(follow_up.interval) if follow_up.interval else None
        if follow_up.interval and interval is None:
            yield ctx.finding(doc, ("uppfoljning", "intervall"), "interval", interval=follow_up.interval, known=known)
        elif not (follow_up.on or follow_up.interval or follow_up.next):
            yield ctx.worded(words, doc, ("uppfoljning",), "incomplete")
        elif calendar.follow_up_due(follow_up, doc.model.valid_from, ctx.profile) is None:
            # Every date written has been followed up, and there is no interval to go on.
            yield ctx.worded(
                words,
                doc,
                ("uppfoljning",),
                "no-next",
                last=follow_up.last,
                example=calendar.add_months(follow_up.last, 12),
            )
        if reviewed:
            yield from _beyond_review(ctx, doc, interval)


def _beyond_review(ctx: Context, doc: Doc, interval: Interval | None) -> Iterator[Finding]:
    """A document the profile's review covers names no interval longer than the review allows
    (`längsta_intervall`, else `minst`) and no follow-up date after the review's deadline."""
    review, profile = ctx.profile.review, ctx.profile
    assert review is not None
    cap = review.longest or review.every
    longest = profile.interval(cap)
    words = type_words(doc.type)
    if interval is not None and longest is not None:
        if calendar.interval_months(interval, profile) > calendar.interval_months(longest, profile):
            yield ctx.worded(
                words, doc, ("uppfoljning", "intervall"), "review-interval", interval=interval.text, longest=cap
            )
    deadline = calendar.review_due(doc, profile)
    follow_up = doc.model.get("follow_up")
    for key, day in (("datum", follow_up.on), ("nasta", follow_up.next)):
        open_ = day is not None and (follow_up.last is None or follow_up.last < day)
        if open_ and deadline is not None and day > deadline:
            yield ctx.worded(
                words,
                doc,
                ("uppfoljning", key),
                "review-date",
                subject=f"uppfoljning.{key}",
                date=day,
                deadline=deadline,
                every=review.every,
            )


@rule("F003", "follow-up-overdue", tags=("follow-up", "time"))
def follow_up_overdue(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):
        follow_up = doc.model.get("follow_up")
        due = calendar.due_of(doc, ctx.profile)
        if due is None or due.date >= ctx.today:
            continue
        words = type_words(doc.type)
        if due.review:
            review = ctx.profile.review
            assert review is not None
            since = max(d for d in (doc.model.decided_on, follow_up and follow_up.last) if d is not None)
            path = ("uppfoljning",) if follow_up is not None else ()
            yield ctx.worded(words, doc, path, "review", due=due.date, every=review.every, since=since)
        elif not due.counted:
            yield ctx.worded(words, doc, ("uppfoljning",), due=due.date)
        elif follow_up.last is not None:
            yield ctx.worded(
                words, doc, ("uppfoljning",), "interval", due=due.date, interval=follow_up.interval, last=follow_up.last
            )
        else:
            yield ctx.worded(
                words,
                doc,
                ("uppfoljning",),
                "interval-first",
                due=due.date,
                interval=follow_up.interval,
                start=doc.model.valid_from,
            )


@rule("F004", "annual-period", tags=("follow-up", "time"), local=True)
def annual_period(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        start, end = doc.model.valid_from, doc.model.valid_to
        if doc.type.period != "ett_år" or end is None or end < start:
            continue
        if start != date(start.year, 1, 1) or end != date(start.year, 12, 31):
            year = start.year if start.month < 7 else start.year + 1
            yield ctx.finding(doc, ("giltig_fran",), type=doc.type_name, start=start, end=end, year=year)


@rule("F005", "mandate-period", tags=("follow-up", "time"), local=True)
def mandate_period(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        start, end = doc.model.valid_from, doc.model.valid_to
        if doc.type.period != "mandatperiod" or end is None or end < start:
            continue
        period = calendar.nearest_period(start, end, ctx.profile.mandate_period)
        if (start, end) != (period.start, period.end):
            path = ("giltig_fran",) if start != period.start else ("giltig_till",)
            yield ctx.finding(doc, path, type=doc.type_name, start=start, end=end, period=period.label)


@rule("F006", "vision-horizon", tags=("follow-up", "time"))
def vision_horizon(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):  # a vision cut short by its successor keeps its horizon
        minimum = doc.type.min_horizon_years
        if minimum is None:
            continue
        horizon = doc.model.get("horizon")
        path = ("horisont",)
        if horizon is None and doc.model.valid_to is not None:
            horizon, path = doc.model.valid_to.year, ("giltig_till",)
        if horizon is None:
            continue
        years = horizon - doc.model.decided_on.year
        if years < minimum:
            yield ctx.worded(
                ctx.words(doc), doc, path, years=years, decided=doc.model.decided_on, horizon=horizon, minimum=minimum
            )


@rule("F007", "missing-quality-report", tags=("follow-up", "time"))
def missing_quality_report(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        found = calendar.report_due(ctx.repo, doc)
        if found is not None and found[0] < ctx.today:
            due, report = found
            yield ctx.finding(doc, ("giltig_till",), end=doc.model.valid_to, due=due, report=report, id=doc.id)


@rule("F008", "expired-without-successor", tags=("follow-up", "time"))
def expired_without_successor(ctx: Context) -> Iterator[Finding]:
    by_series: dict[object, list[Doc]] = defaultdict(list)
    for doc in ctx.repo.documents:
        by_series[calendar.series(doc)].append(doc)  # None: types that do not recur, never looked up
    for doc in ctx.repo.documents:
        if doc.type.report or not calendar.expired(doc, ctx.today) or calendar.successors(ctx.repo, doc):
            continue
        key = calendar.series(doc)  # next year's uppdragsplan of the same nämnd succeeds this one's
        if key is not None and any(calendar.takes_over(other, doc) for other in by_series[key]):
            continue
        yield ctx.finding(doc, ("giltig_till",), end=doc.model.valid_to, id=doc.id)


@rule("F009", "annual-report-evaluation", tags=("follow-up", "goals"))
def annual_report_evaluation(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if not doc.type.evaluates_goals:
            continue
        sources = [ctx.repo.by_id[p] for p in doc.model.derives_from if p in ctx.repo.by_id]
        goals = [goal.id for source in sources for _, goal in source.model.all_goals()]
        if not goals:
            continue
        assessments = doc.model.get("assessments", [])
        assessed = {a.goal for a in assessments}
        missing = [g for g in goals if g not in assessed]
        if missing:
            path = ("bedomningar",) if "bedomningar" in doc.source.data else ()
            yield ctx.worded(ctx.words(doc), doc, path, missing=len(missing), goals=", ".join(missing))
        known = set(goals)
        for index, assessment in enumerate(assessments):
            if assessment.goal not in known:
                yield ctx.worded(
                    ctx.words(doc),
                    doc,
                    ("bedomningar", index, "mal"),
                    "unknown",
                    subject=assessment.goal,
                    goal=assessment.goal,
                    documents=", ".join(s.id for s in sources),
                )
