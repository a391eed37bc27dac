"""Time in the styrmodell: mandate periods, elections, follow-up dates, and whether a document
is still in force.

Everything is computed from the profile (`mandatperiod`, `uppföljningsintervall`) and from a
"today" that the caller passes in (the run's `--today`), never from the clock, so runs are
reproducible. Norrköping reads a mandate period as the four calendar years from 1 January after
the election; the election is the second Sunday of September (both from the profile).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from styrcheck.core.graph import DERIVES
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.model_rules import Interval
    from styrcheck.core.models import FollowUp
    from styrcheck.core.profile import MandatePeriod, Profile
    from styrcheck.core.repository import Doc, Repository


@dataclass(frozen=True)
class Period:
    """One mandate period: from 1 January after `election` to the end of its last year."""

    start: date
    end: date
    election: date

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()}–{self.end.isoformat()}"


# --- dates ---------------------------------------------------------------------------------


def month_end(year: int, month: int) -> date:
    """The last day of `month` in `year`."""
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """`day` moved `months` months on; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return min(date(year, month + 1, 1) + timedelta(days=day.day - 1), month_end(year, month + 1))


# --- elections and mandate periods ----------------------------------------------------------


def election_day(year: int, mandate: MandatePeriod) -> date:
    """The general election of `year`: the n-th Sunday of the profile's election month."""
    first = date(year, mandate.election_month, 1)
    first_sunday = first + timedelta(days=(6 - first.weekday()) % 7)
    return first_sunday + timedelta(weeks=mandate.election_sunday - 1)


def election_in(year: int, mandate: MandatePeriod) -> date | None:
    """The general election held in `year`, or None when `year` is not an election year."""
    if (year - mandate.election_year) % mandate.length:
        return None
    return election_day(year, mandate)


def mandate_period(day: date, mandate: MandatePeriod) -> Period:
    """The mandate period that `day` falls in."""
    cycles = (day.year - 1 - mandate.election_year) // mandate.length
    election_year = mandate.election_year + cycles * mandate.length
    return Period(
        date(election_year + 1, 1, 1),
        date(election_year + mandate.length, 12, 31),
        election_day(election_year, mandate),
    )


def next_period(period: Period, mandate: MandatePeriod) -> Period:
    return mandate_period(period.end + timedelta(days=1), mandate)


def nearest_period(start: date, end: date, mandate: MandatePeriod) -> Period:
    """The mandate period a span of time most likely means: the one holding its middle."""
    return mandate_period(start + (end - start) / 2, mandate)


# --- follow-up -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpDue:
    """When a follow-up is due, and whether that date was counted from an interval (rather
    than written as `datum` or `nästa`) or is the deadline of the profile's review."""

    date: date
    counted: bool
    review: bool = False


def follow_up_due(follow_up: FollowUp, valid_from: date, profile: Profile) -> FollowUpDue | None:
    """When the document is next to be followed up; None when nothing is due or it cannot be told.

    A written date (`datum`, `nästa`) is due until a follow-up on or after it (`senast_uppföljd`)
    clears it; of two open dates the earlier is due first. Once they are cleared, or when there
    are none, the interval counts from the last follow-up, or from `giltig_från` when there has
    been none. `mandatperiod` means once in every period: after a follow-up, by the end of the
    next period; before the first, by the end of the period the document started in. A written
    date that has been followed up, with no interval and no later `nästa`, leaves nothing due.
    """
    last = follow_up.last
    written = [day for day in (follow_up.on, follow_up.next) if day is not None and (last is None or last < day)]
    if written:
        return FollowUpDue(min(written), counted=False)
    interval = profile.interval(follow_up.interval) if follow_up.interval else None
    if interval is None:
        return None
    return FollowUpDue(_counted(interval, last or valid_from, last is not None, profile), counted=True)


def _counted(interval: Interval, since: date, followed_up: bool, profile: Profile) -> date:
    """The end of `interval` counted from `since`. Once per mandate period: after a follow-up
    (`followed_up`), by the end of the next period; before the first, by the end of the period
    the document started in."""
    if interval.months is not None:
        return add_months(since, interval.months)
    mandate = profile.mandate_period
    period = mandate_period(since, mandate)
    return next_period(period, mandate).end if followed_up else period.end


def review_due(doc: Doc, profile: Profile) -> date | None:
    """The deadline of the profile's review (aktualitetsprövning) of `doc`; None when none
    applies to its type. The decision counts as a review: the next is due `minst` after the
    later of `beslutsdatum` and `senast_uppföljd` (with `mandatperiod`, by the end of the
    mandate period after the one that holds that day). docs/format.md says the same."""
    review = profile.review
    if review is None or not review.covers(doc.type_name):
        return None
    every = profile.interval(review.every)
    if every is None:  # the profile's validation refuses this
        return None
    follow_up = doc.model.get("follow_up")
    last = follow_up.last if follow_up is not None else None
    since = max(day for day in (doc.model.decided_on, last) if day is not None)
    return _counted(every, since, True, profile)


def due_of(doc: Doc, profile: Profile) -> FollowUpDue | None:
    """When the document is next to be followed up: the earlier of its own follow-up and the
    review its type needs. What `styrcheck due` lists and F003 reports."""
    follow_up = doc.model.get("follow_up")
    own = follow_up_due(follow_up, doc.model.valid_from, profile) if follow_up is not None else None
    review = review_due(doc, profile)
    if review is not None and (own is None or review < own.date):
        return FollowUpDue(review, counted=True, review=True)
    return own


def interval_months(interval: Interval, profile: Profile) -> int:
    """An interval's length in months, a mandate period counted as its `längd` in years."""
    return interval.months if interval.months is not None else profile.mandate_period.length * 12


# --- lifecycle -----------------------------------------------------------------------------


def successors(repo: Repository, doc: Doc) -> list[str]:
    """Ids of the documents that replace `doc` (their `ersätter` names it)."""
    return repo.successors.get(doc.id, [])


# Periods whose documents are drawn up anew for every period, one by each body for its scope
# (the profile's `period`): next year's uppdragsplan of a nämnd takes over from this year's.
# Other types recur when the profile says so (`efterträds_av_nästa`: a budget with plan years).
RECURRING = {"ett_år", "mandatperiod"}


def series(doc: Doc) -> tuple[str, str, tuple[str, ...]] | None:
    """What documents of a recurring type succeed each other by: type, deciding body and scope;
    None for a type that does not recur."""
    if doc.type.period not in RECURRING and not doc.type.succeeded_by_next:
        return None
    scope = doc.model.applies_to
    return (
        fold(doc.type_name),
        fold(doc.model.decided_by),
        (fold(scope),) if isinstance(scope, str) else tuple(sorted(fold(s) for s in scope)),
    )


def takes_over(new: Doc, old: Doc) -> bool:
    """Whether `new`, of the same series (`series`), takes over from `old` without naming it in
    `ersätter`: it takes effect after `old` did and no later than the year after `old` ended (a
    year missing between them is a gap, not a succession)."""
    end = old.model.valid_to
    return (
        new is not old
        and end is not None
        and old.model.valid_from < new.model.valid_from
        and new.model.valid_from.year <= end.year + 1
    )


def expired(doc: Doc, today: date) -> bool:
    return doc.model.valid_to is not None and doc.model.valid_to < today


def retired(repo: Repository, doc: Doc) -> bool:
    """Expired or replaced: follow-up and lifecycle rules leave such documents alone."""
    return expired(doc, repo.today) or bool(successors(repo, doc))


def report_due(repo: Repository, doc: Doc) -> tuple[date, str] | None:
    """When the report on `doc` is due and the report's type, if the profile wants one
    (`redovisas_i`) and no document of that type derives from `doc` yet."""
    wanted = doc.type.reported_in
    if wanted is None or doc.model.valid_to is None:
        return None
    graph = repo.graph
    kind = fold(wanted.type)
    for child, _, key in graph.in_edges(doc.id, keys=True) if doc.id in graph else ():
        reporter = graph.nodes[child].get("doc")
        if key == DERIVES and reporter is not None and reporter.id == child and fold(reporter.type_name) == kind:
            return None
    found = repo.profile.doc_type(wanted.type)
    return add_months(doc.model.valid_to, wanted.months), found[0] if found else wanted.type
