"""G: goals and activities trace to the goals of the level above (G005, G006, G011)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from styrcheck.checks.goals import goal_types, spelled
from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.loader import PathKey
    from styrcheck.core.repository import Doc

HIERARCHY_QUOTE = ("Med avstamp i målområden och övergripande mål tar nämnderna fram årliga uppdragsplaner "
                   "för nämndens ansvarsområde. […] Tjänstemannaorganisationen utformar en eller flera "
                   "årliga verksamhetsplaner utifrån målen i uppdragsplanerna och de ekonomiska "
                   "förutsättningarna.")


@rule(
    "G005", "untraced-goal", tags=("goals", "hierarchy"), local=True,
    summary=T(sv="Ett mål i en uppdragsplan utgår inte från något övergripande mål.",
              en="A goal of an uppdragsplan derives from no övergripande mål."),
    messages={"default": T(
        sv="Målet {goal} anger inte vilket mål det utgår från. Lägg till 'utgår_från' under målet, med id "
           "för det eller de mål i dokument av typen {allowed} som målet tar upp, till exempel "
           "'utgår_från: [MO1.1]'.",
        en="The goal {goal} does not say which goal it derives from. Add 'utgår_från' under the goal, with "
           "the ids of the goal or goals in documents of type {allowed} that it takes up, for example "
           "'utgår_från: [MO1.1]'.")},
    why=T(sv="Nämndernas mål tar avstamp i de övergripande målen; utan den kopplingen går det inte att "
             "se hur fullmäktiges mål omsätts i verksamheten.",
          en="The committees' goals start from the övergripande mål; without that link nobody can see "
             "how the council's goals are put into practice."),
    quote=HIERARCHY_QUOTE,
)
def untraced_goal(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.with_goals("uppföljningsbara"):
        allowed = spelled(ctx.profile, doc.type.goal_parents) or goal_types(ctx.profile)
        for path, goal in doc.model.all_goals():
            if not goal.derives_from:
                yield ctx.finding(doc, path, subject=goal.id, goal=goal.id, allowed=allowed)


@rule(
    "G006", "goal-reference-level", tags=("goals", "hierarchy"),
    summary=T(sv="Ett mål eller en aktivitet utgår från något annat än ett mål på nivån över.",
              en="A goal or activity derives from something other than a goal of the level above."),
    messages={
        "default": T(
            sv="Målet {item} utgår från {target}, som är ett mål i dokumentet {target_doc} (av typen "
               "{target_type}). Mål i dokument av typen {type} ska utgå från mål i dokument av typen "
               "{allowed}. Rätta 'utgår_från' så att det hänvisar till ett sådant mål, till exempel det som "
               "{target} självt utgår från.",
            en="The goal {item} derives from {target}, a goal in the document {target_doc} (of type "
               "{target_type}). Goals in documents of type {type} must derive from goals in documents of type "
               "{allowed}. Correct 'utgår_från' to refer to such a goal, for example the one {target} itself "
               "derives from."),
        "document": T(
            sv="Målet {item} utgår från hela dokumentet {target} (av typen {target_type}). Skriv i stället i "
               "'utgår_från' id för de enskilda mål i dokument av typen {allowed} som målet tar upp.",
            en="The goal {item} derives from the whole document {target} (of type {target_type}). Write in "
               "'utgår_från' the ids of the single goals in documents of type {allowed} that it takes up "
               "instead."),
        "not-goal": T(
            sv="Målet {item} utgår från {target}, men {target} är inget mål ({kind} i dokumentet "
               "{target_doc}). Skriv i stället i 'utgår_från' id för de enskilda mål i dokument av typen "
               "{allowed} som målet tar upp.",
            en="The goal {item} derives from {target}, but {target} is no goal ({kind} in the document "
               "{target_doc}). Write in 'utgår_från' the ids of the single goals in documents of type "
               "{allowed} that it takes up instead."),
        "activity": T(
            sv="Aktiviteten {item} utgår från {target}, som är ett mål i dokumentet {target_doc} (av typen "
               "{target_type}). Aktiviteter i dokument av typen {type} ska utgå från mål i dokument av typen "
               "{allowed}. Rätta 'utgår_från' så att det hänvisar till ett sådant mål.",
            en="The activity {item} derives from {target}, a goal in the document {target_doc} (of type "
               "{target_type}). Activities in documents of type {type} must derive from goals in documents of "
               "type {allowed}. Correct 'utgår_från' to refer to such a goal."),
        "activity-document": T(
            sv="Aktiviteten {item} utgår från hela dokumentet {target} (av typen {target_type}). Skriv i "
               "stället i 'utgår_från' id för de mål i dokument av typen {allowed} som aktiviteten genomför.",
            en="The activity {item} derives from the whole document {target} (of type {target_type}). Write "
               "in 'utgår_från' the ids of the goals in documents of type {allowed} that it carries out "
               "instead."),
        "activity-not-goal": T(
            sv="Aktiviteten {item} utgår från {target}, men {target} är inget mål ({kind} i dokumentet "
               "{target_doc}). Skriv i stället i 'utgår_från' id för de mål i dokument av typen {allowed} som "
               "aktiviteten genomför.",
            en="The activity {item} derives from {target}, but {target} is no goal ({kind} in the "
               "document {target_doc}). Write in 'utgår_från' the ids of the goals in documents of type "
               "{allowed} that it carries out instead."),
    },
    why=T(sv="Varje nivå i styrmodellen tar avstamp i målen på nivån närmast över: uppdragsplanens mål i "
             "de övergripande målen, verksamhetsplanens aktiviteter i uppdragsplanens mål. Vilka typer "
             "som gäller anges i profilen under 'mål_utgår_från' och 'aktiviteter_utgår_från'.",
          en="Each level of the styrmodell starts from the goals of the level just above: the "
             "uppdragsplan's goals from the övergripande mål, the verksamhetsplan's activities from the "
             "uppdragsplan's goals. Which types apply is set in the profile under 'mål_utgår_från' and "
             "'aktiviteter_utgår_från'."),
    quote=HIERARCHY_QUOTE,
)
def goal_reference_level(ctx: Context) -> Iterator[Finding]:
    """Only targets that exist: a missing one is H001's (dangling-reference)."""
    for doc in ctx.repo.documents:
        if doc.type.goal_parents:
            for path, goal in doc.model.all_goals():
                yield from _wrong_level(ctx, doc, path, goal.id, goal.derives_from,
                                        doc.type.goal_parents, "")
        if doc.type.activity_parents:
            for i, activity in enumerate(doc.model.get("activities", [])):
                yield from _wrong_level(ctx, doc, ("aktiviteter", i), activity.id,
                                        activity.derives_from, doc.type.activity_parents, "activity")


def _wrong_level(ctx: Context, doc: Doc, path: PathKey, item_id: str, targets: list[str],
                 parent_types: list[str], variant: str) -> Iterator[Finding]:
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
        yield ctx.finding(doc, path, key, subject=f"{item_id}>{target}",
                          item=item_id, target=target, target_doc=target_doc.id,
                          target_type=target_doc.type_name, kind=node["kind"], type=doc.type_name,
                          allowed=spelled(ctx.profile, parent_types))


@rule(
    "G011", "untraced-activity", tags=("goals", "hierarchy"), local=True,
    summary=T(sv="En aktivitet i en verksamhetsplan utgår inte från något mål.",
              en="An activity of a verksamhetsplan derives from no goal."),
    messages={"default": T(
        sv="Aktiviteten {activity} anger inte vilket mål den utgår från. Lägg till 'utgår_från' under "
           "aktiviteten, med id för det mål i dokument av typen {allowed} som aktiviteten genomför.",
        en="The activity {activity} does not say which goal it derives from. Add 'utgår_från' under the "
           "activity, with the id of the goal in a document of type {allowed} that the activity carries "
           "out.")},
    why=T(sv="Verksamhetsplanen beskriver hur kontoret genomför de politiska ambitionerna i "
             "uppdragsplanen; en aktivitet utan koppling till ett mål syns inte i den kedjan.",
          en="The verksamhetsplan describes how the office carries out the political ambitions of the "
             "uppdragsplan; an activity linked to no goal is invisible in that chain."),
    quote=("Verksamhetsplanen beslutas av kontorschef och beskriver hur kontoret genomför de politiska "
           "ambitionerna i uppdragsplanen."),
)
def untraced_activity(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if not doc.type.activity_parents:
            continue
        allowed = spelled(ctx.profile, doc.type.activity_parents)
        for i, activity in enumerate(doc.model.get("activities", [])):
            if not activity.derives_from:
                yield ctx.finding(doc, ("aktiviteter", i), subject=activity.id,
                                  activity=activity.id, allowed=allowed)
