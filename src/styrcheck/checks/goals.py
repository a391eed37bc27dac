"""G: goal areas, goals, definitions of fulfilment, coverage and indicators.

The G rules on tracing goals to the level above are in goal_links.py, those on goals where
none belong in no_new_goals.py; both use the helpers here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.models import Goal, Indicator
    from styrcheck.core.profile import Profile
    from styrcheck.core.repository import Doc


@rule("G001", "goal-area-count", tags=("goals",), local=True)
def goal_area_count(ctx: Context) -> Iterator[Finding]:
    model = ctx.profile.goal_model
    for doc in ctx.repo.with_goals("övergripande"):
        if "malomraden" in doc.dropped:
            continue  # the goal areas could not be read: M001/M003 said so, no count to judge
        count = len(doc.model.goal_areas)
        if model.areas is None:  # a flat list of goals: goal areas are no part of the model
            if count:
                yield ctx.worded(model.words(), doc, ("malomraden",), "flat", count=count)
        elif not model.areas.min <= count <= model.areas.max:
            path = ("malomraden",) if "malomraden" in doc.source.data else ()
            yield ctx.worded(model.words(), doc, path, count=count, min=model.areas.min, max=model.areas.max)


# --- shared helpers --------------------------------------------------------------------------

GOAL_KINDS = ("övergripande", "uppföljningsbara")  # types that carry goals as the model wants


def _valid_at(doc: Doc, day: date) -> bool:
    model = doc.model
    return model.valid_from <= day and (model.valid_to is None or day <= model.valid_to)


def _fulfilment_gap(goal: Goal) -> str | None:
    """None when the goal says how one knows it was reached; else the message key."""
    fulfilment = goal.fulfilment
    if fulfilment is None:
        return "default"
    if not (fulfilment.description or "").strip() and not fulfilment.indicators:
        return "empty"
    return None


def spelled(profile: Profile, names: list[str]) -> list[str]:
    """Type names as the profile writes them (with å/ä/ö), for messages."""
    return [profile.spell(fold(name)) for name in names]


def goal_types(profile: Profile) -> list[str]:
    """The types where goals belong: where G007/G008 tell the author to move a goal."""
    return [profile.spell(name) for name, t in profile.doc_types.items() if t.goals in GOAL_KINDS]


# --- G002-G004: goal areas and definitions of fulfilment ------------------------------------


@rule("G002", "goals-per-area", tags=("goals",), local=True)
def goals_per_area(ctx: Context) -> Iterator[Finding]:
    """The number of goals in each goal area, or, in a flat model (`antal_mål`), in all."""
    model = ctx.profile.goal_model
    for doc in ctx.repo.with_goals("övergripande"):
        flat, per_area = model.goals, model.goals_per_area
        if flat is not None:
            count = len(doc.model.all_goals())  # goals written in areas anyway count too (G001 names the areas)
            if "mal" not in doc.dropped and not flat.min <= count <= flat.max:  # dropped: M001/M003 said so
                path = ("mal",) if "mal" in doc.source.data else ()
                yield ctx.worded(model.words(), doc, path, "flat", count=count, min=flat.min, max=flat.max)
            continue
        if per_area is None:
            continue
        for a, area in enumerate(doc.model.goal_areas):
            count = len(area.goals)
            if not per_area.min <= count <= per_area.max:
                yield ctx.worded(
                    model.words(),
                    doc,
                    ("malomraden", a),
                    subject=area.id,
                    area=area.id,
                    count=count,
                    min=per_area.min,
                    max=per_area.max,
                )


@rule("G003", "missing-fulfilment-definition", tags=("goals",), local=True)
def missing_fulfilment_definition(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.with_goals("övergripande"):
        for path, goal in doc.model.all_goals():
            gap = _fulfilment_gap(goal)
            if gap is not None:
                yield ctx.worded(ctx.profile.goal_model.words(), doc, path, gap, subject=goal.id, goal=goal.id)


@rule("G004", "unfollowable-goal", tags=("goals",), local=True)
def unfollowable_goal(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.with_goals("uppföljningsbara"):
        for path, goal in doc.model.all_goals():
            gap = _fulfilment_gap(goal)
            if gap is not None:
                yield ctx.finding(doc, path, gap, subject=goal.id, goal=goal.id)


# --- G009, G010: goals taken up and indicators complete ---------------------------------------


@rule("G009", "uncovered-goal", tags=("goals", "hierarchy"))
def uncovered_goal(ctx: Context) -> Iterator[Finding]:
    today = ctx.today
    current_plans = [d for d in ctx.repo.with_goals("uppföljningsbara") if _valid_at(d, today)]
    taken_up = {target for plan in current_plans for _, goal in plan.model.all_goals() for target in goal.derives_from}
    # Per goal type, the current plan types whose goals may take it up. A goal document with
    # none of them in the repository says nothing: the level below is simply not kept here.
    takers: dict[str, set[str]] = {}
    for plan in current_plans:
        for parent in plan.type.goal_parents:
            takers.setdefault(fold(parent), set()).add(plan.type_name)
    for doc in ctx.repo.with_goals("övergripande"):
        doc_takers = takers.get(fold(doc.type_name))
        if not doc_takers or not _valid_at(doc, today):
            continue
        for path, goal in doc.model.all_goals():
            if goal.id not in taken_up:
                yield ctx.worded(
                    ctx.profile.goal_model.words(), doc, path, subject=goal.id, goal=goal.id, takers=sorted(doc_takers)
                )


@rule("G010", "incomplete-indicator", tags=("goals",), local=True)
def incomplete_indicator(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if doc.type.goals not in GOAL_KINDS:
            continue  # goals where none belong are G007's
        for path, goal in doc.model.all_goals():
            for k, indicator in enumerate(goal.fulfilment.indicators if goal.fulfilment else []):
                missing = _indicator_gap(indicator)
                if missing is None:
                    continue
                yield ctx.finding(
                    doc,
                    (*path, "maluppfyllelse", "indikatorer", k),
                    "default" if missing else "empty",
                    subject=f"{goal.id}:{indicator.name}",
                    name=indicator.name,
                    goal=goal.id,
                    missing=missing,
                )


_PAIRS = (
    (("baseline", "utgångsvärde"), ("target", "målvärde")),
    (("direction", "riktning"), ("comparison_year", "jämförelseår")),
)


def _indicator_gap(indicator: Indicator) -> list[str] | None:
    """None for a complete indicator; else what the nearest complete pair lacks ([]: both empty)."""
    gaps = [[key for attr, key in pair if getattr(indicator, attr) is None] for pair in _PAIRS]
    if any(not gap for gap in gaps):
        return None
    if all(len(gap) == len(pair) for gap, pair in zip(gaps, _PAIRS)):
        return []
    return min(gaps, key=len)  # the pair the author began on; the first on a tie
