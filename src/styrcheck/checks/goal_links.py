"""G: goals and activities trace to the goals of the level above (G005, G006, G011)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from styrcheck.checks.goals import goal_types, spelled
from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.loader import PathKey
    from styrcheck.core.repository import Doc


@rule("G005", "untraced-goal", tags=("goals", "hierarchy"), local=True)
def untraced_goal(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.with_goals("uppföljningsbara"):
        allowed = spelled(ctx.profile, doc.type.goal_parents) or goal_types(ctx.profile)
        for path, goal in doc.model.all_goals():
            if not goal.derives_from:
                yield ctx.finding(doc, path, subject=goal.id, goal=goal.id, allowed=allowed)


@rule("G006", "goal-reference-level", tags=("goals", "hierarchy"))
def goal_reference_level(ctx: Context) -> Iterator[Finding]:
    """Only targets that exist: a missing one is H001's (dangling-reference)."""
    for doc in ctx.repo.documents:
        if doc.type.goal_parents:
            for path, goal in doc.model.all_goals():
                yield from _wrong_level(ctx, doc, path, goal.id, goal.derives_from, doc.type.goal_parents, "")
        if doc.type.activity_parents:
            for i, activity in enumerate(doc.model.get("activities", [])):
                yield from _wrong_level(
                    ctx,
                    doc,
                    ("aktiviteter", i),
                    activity.id,
                    activity.derives_from,
                    doc.type.activity_parents,
                    "activity",
                )


def _wrong_level(
    ctx: Context, doc: Doc, path: PathKey, item_id: str, targets: list[str], parent_types: list[str], variant: str
) -> Iterator[Finding]:
    graph = ctx.repo.graph
    wanted = {fold(t) for t in parent_types}
    for target in targets:
        node = graph.nodes.get(target)
        if node is None or node.get("doc") is None:
            continue  # missing or broken: not this rule's business
        target_doc: Doc = node["doc"]
        if node["kind"] == "mål":
            if fold(target_doc.type_name) in wanted:
                continue
            key = variant or "default"
        elif node["kind"] == "document":
            key = f"{variant}-document" if variant else "document"
        else:
            key = f"{variant}-not-goal" if variant else "not-goal"
        yield ctx.finding(
            doc,
            path,
            key,
            subject=f"{item_id}>{target}",
            item=item_id,
            target=target,
            target_doc=target_doc.id,
            target_type=target_doc.type_name,
            kind=node["kind"],
            type=doc.type_name,
            allowed=spelled(ctx.profile, parent_types),
        )


@rule("G011", "untraced-activity", tags=("goals", "hierarchy"), local=True)
def untraced_activity(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if not doc.type.activity_parents:
            continue
        allowed = spelled(ctx.profile, doc.type.activity_parents)
        for i, activity in enumerate(doc.model.get("activities", [])):
            if not activity.derives_from:
                yield ctx.finding(doc, ("aktiviteter", i), subject=activity.id, activity=activity.id, allowed=allowed)
