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
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.models import Goal, Indicator
    from styrcheck.core.profile import Profile
    from styrcheck.core.repository import Doc

LIMITS_QUOTE = ("Den övergripande politiska ambitionen, som uttrycks i det politiska programmet, för "
                "mandatperioden uttrycks i 3-6 målområden, som utvecklas med 3-5 övergripande mål per målområde.")


@rule(
    "G001", "goal-area-count", tags=("goals",), local=True,
    summary=T(sv="Dokumentet med övergripande mål har för få eller för många målområden.",
              en="The document with övergripande mål has too few or too many goal areas."),
    messages={"default": T(
        sv="Antalet målområden är {count}, men styrmodellen anger {min}–{max} målområden. Slå ihop eller dela upp "
           "målområden så att antalet hamnar inom gränserna, eller ange ett avsteg om fullmäktige medvetet har "
           "beslutat något annat.",
        en="The number of goal areas is {count}, but the styrmodell calls for {min}–{max}. Merge or split goal "
           "areas to bring the number within the limits, or record an avsteg if fullmäktige decided otherwise "
           "on purpose.")},
    why=T(sv="Ett begränsat antal målområden håller den politiska ambitionen samlad och möjlig att följa upp. "
             "Gränserna anges i profilen under 'målområden' (min, max).",
          en="A limited number of goal areas keeps the political ambition focused and possible to follow up. "
             "The limits are set in the profile under 'målområden' (min, max)."),
    quote=LIMITS_QUOTE,
)
def goal_area_count(ctx: Context) -> Iterator[Finding]:
    limits = ctx.profile.goal_areas
    for doc in ctx.repo.with_goals("övergripande"):
        if "malomraden" in doc.dropped:
            continue  # the goal areas could not be read: M001/M003 said so, no count to judge
        count = len(doc.model.goal_areas)
        if not limits.min <= count <= limits.max:
            path = ("malomraden",) if "malomraden" in doc.source.data else ()
            yield ctx.finding(doc, path, count=count, min=limits.min, max=limits.max)


# --- shared helpers --------------------------------------------------------------------------

FULFILMENT_QUOTE = ("För att kunna följa upp och utvärdera de övergripande målen måste måluppfyllelse "
                    "definieras, det vill säga hur man kan veta att ett mål har nåtts.")
FOLLOWABLE_QUOTE = ("Uppdragsplanerna ska innehålla mål för de verksamheter som ingår i nämndens "
                    "ansvarsområde. Målen ska vara uppföljningsbara, det vill säga att det ska vara "
                    "möjligt att avgöra om målen har uppfyllts.")
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


@rule(
    "G002", "goals-per-area", tags=("goals",), local=True,
    summary=T(sv="Ett målområde har för få eller för många övergripande mål.",
              en="A goal area has too few or too many övergripande mål."),
    messages={"default": T(
        sv="Målområdet {area} har {count} mål, men styrmodellen anger {min}–{max} övergripande mål per "
           "målområde. Lägg till, slå ihop eller flytta mål så att antalet hamnar inom gränserna.",
        en="The number of goals in the goal area {area} is {count}, but the styrmodell calls for {min}–{max} "
           "övergripande mål per goal area. Add, merge or move goals to bring the number within the limits.")},
    why=T(sv="Några få mål per målområde håller ambitionen tydlig och möjlig att följa upp. Gränserna anges i "
             "profilen under 'mål_per_målområde' (min, max).",
          en="A few goals per goal area keep the ambition clear and possible to follow up. The limits are set "
             "in the profile under 'mål_per_målområde' (min, max)."),
    quote=LIMITS_QUOTE,
)
def goals_per_area(ctx: Context) -> Iterator[Finding]:
    limits = ctx.profile.goals_per_area
    for doc in ctx.repo.with_goals("övergripande"):
        for a, area in enumerate(doc.model.goal_areas):
            count = len(area.goals)
            if not limits.min <= count <= limits.max:
                yield ctx.finding(doc, ("malomraden", a), subject=area.id, area=area.id, count=count,
                                  min=limits.min, max=limits.max)


@rule(
    "G003", "missing-fulfilment-definition", tags=("goals",), local=True,
    summary=T(sv="Ett övergripande mål saknar definition av måluppfyllelse.",
              en="An övergripande mål has no definition of fulfilment."),
    messages={
        "default": T(
            sv="Det övergripande målet {goal} saknar en definition av måluppfyllelse. Lägg till "
               "'måluppfyllelse' under målet och beskriv hur man kan veta att målet har nåtts: med en "
               "'beskrivning', med 'indikatorer' eller med båda.",
            en="The övergripande mål {goal} has no definition of fulfilment. Add 'måluppfyllelse' under the "
               "goal and say how one can tell that the goal has been reached: with a 'beskrivning', with "
               "'indikatorer', or both."),
        "empty": T(
            sv="Måluppfyllelsen för det övergripande målet {goal} är tom. Fyll i en 'beskrivning' eller minst "
               "en indikator under 'indikatorer' som visar hur man kan veta att målet har nåtts.",
            en="The måluppfyllelse of the övergripande mål {goal} is empty. Give a 'beskrivning' or at least "
               "one indicator under 'indikatorer' that shows how one can tell the goal has been reached."),
    },
    why=T(sv="Utan en beslutad definition av måluppfyllelse går målet inte att följa upp och utvärdera vid "
             "delår och helår.",
          en="Without a decided definition of fulfilment the goal cannot be followed up and evaluated in "
             "the interim and annual reports."),
    quote=FULFILMENT_QUOTE,
)
def missing_fulfilment_definition(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.with_goals("övergripande"):
        for path, goal in doc.model.all_goals():
            gap = _fulfilment_gap(goal)
            if gap is not None:
                yield ctx.finding(doc, path, gap, subject=goal.id, goal=goal.id)


@rule(
    "G004", "unfollowable-goal", tags=("goals",), local=True,
    summary=T(sv="Ett mål i en uppdragsplan går inte att följa upp.",
              en="A goal of an uppdragsplan cannot be followed up."),
    messages={
        "default": T(
            sv="Målet {goal} går inte att följa upp: det saknar 'måluppfyllelse'. Lägg till "
               "'måluppfyllelse' under målet, med en 'beskrivning' eller minst en indikator under "
               "'indikatorer', så att det går att avgöra om målet har uppfyllts.",
            en="The goal {goal} cannot be followed up: it has no 'måluppfyllelse'. Add 'måluppfyllelse' "
               "under the goal, with a 'beskrivning' or at least one indicator under 'indikatorer', so that "
               "one can tell whether the goal has been met."),
        "empty": T(
            sv="Målet {goal} går inte att följa upp: måluppfyllelsen är tom. Fyll i en 'beskrivning' eller "
               "minst en indikator under 'indikatorer', så att det går att avgöra om målet har uppfyllts.",
            en="The goal {goal} cannot be followed up: its måluppfyllelse is empty. Give a 'beskrivning' or "
               "at least one indicator under 'indikatorer', so that one can tell whether the goal has been "
               "met."),
    },
    why=T(sv="Nämnden följer upp och utvärderar uppdragsplanen varje år i kvalitetsredovisningen; det "
             "kräver att det går att avgöra om varje mål har uppfyllts.",
          en="The committee follows up and evaluates the uppdragsplan every year in the "
             "kvalitetsredovisning; that needs a way to tell whether each goal has been met."),
    quote=FOLLOWABLE_QUOTE,
)
def unfollowable_goal(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.with_goals("uppföljningsbara"):
        for path, goal in doc.model.all_goals():
            gap = _fulfilment_gap(goal)
            if gap is not None:
                yield ctx.finding(doc, path, gap, subject=goal.id, goal=goal.id)


# --- G009, G010: goals taken up and indicators complete ---------------------------------------


@rule(
    "G009", "uncovered-goal", tags=("goals", "hierarchy"),
    summary=T(sv="Ett gällande övergripande mål tas inte upp av någon gällande uppdragsplan.",
              en="A current övergripande mål is taken up by no current uppdragsplan."),
    messages={"default": T(
        sv="Inget mål i de gällande dokumenten av typen {takers} utgår från det övergripande målet {goal}. "
           "Kontrollera om någon nämnd bör ta upp målet, genom att skriva 'utgår_från: [{goal}]' under ett "
           "av nämndens mål.",
        en="No goal in the current documents of type {takers} derives from the övergripande mål {goal}. "
           "Check whether some committee should take it up, by writing 'utgår_från: [{goal}]' under one of "
           "its goals.")},
    why=T(sv="Ett övergripande mål som ingen nämnd tar upp riskerar att inte omsättas i verksamheten. "
             "Regeln ser bara på dokument som gäller i dag (eller det datum som anges med --today), och "
             "säger inget så länge inget gällande dokument på nivån under finns bland de kontrollerade "
             "filerna.",
          en="An övergripande mål that no committee takes up risks not being put into practice. The "
             "rule only looks at documents current today (or on the date given with --today), and says "
             "nothing while the checked files hold no current document of the level below."),
    quote=("Med avstamp i målområden och övergripande mål tar nämnderna fram årliga uppdragsplaner "
           "för nämndens ansvarsområde."),
)
def uncovered_goal(ctx: Context) -> Iterator[Finding]:
    today = ctx.today
    current_plans = [d for d in ctx.repo.with_goals("uppföljningsbara") if _valid_at(d, today)]
    taken_up = {target for plan in current_plans for _, goal in plan.model.all_goals()
                for target in goal.derives_from}
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
                yield ctx.finding(doc, path, subject=goal.id, goal=goal.id, takers=sorted(doc_takers))


@rule(
    "G010", "incomplete-indicator", tags=("goals",), local=True,
    summary=T(sv="En indikator saknar utgångsvärde och målvärde (eller riktning och jämförelseår).",
              en="An indicator lacks a baseline and a target (or a direction and a comparison year)."),
    messages={
        "default": T(
            sv="Indikatorn '{name}' för målet {goal} saknar '{missing}'. Lägg till '{missing}' i indikatorn, "
               "så att det går att avgöra om målet har nåtts.",
            en="The indicator '{name}' of the goal {goal} lacks '{missing}'. Add '{missing}' to the "
               "indicator, so that one can tell whether the goal has been reached."),
        "empty": T(
            sv="Indikatorn '{name}' för målet {goal} har varken 'utgångsvärde' och 'målvärde' eller "
               "'riktning' och 'jämförelseår'. Ange ett av paren, så att det går att avgöra om målet har nåtts.",
            en="The indicator '{name}' of the goal {goal} has neither 'utgångsvärde' and 'målvärde' nor "
               "'riktning' and 'jämförelseår'. Give one of the pairs, so that one can tell whether the goal "
               "has been reached."),
    },
    why=T(sv="En indikator visar måluppfyllelse först när den säger var man står och vart man ska: ett "
             "utgångsvärde och ett målvärde, eller en riktning jämfört med ett visst år.",
          en="An indicator shows fulfilment only when it says where one stands and where one is going: "
             "a baseline and a target, or a direction compared with a given year."),
    quote=("Kommunstyrelsen bereder utvärdering av de övergripande målen till årsredovisningen utifrån "
           "beslutade definitioner av måluppfyllelse och tjänstemännens förslag till bedömning av graden "
           "av måluppfyllelse."),
)
def incomplete_indicator(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if doc.type.goals not in GOAL_KINDS:
            continue  # goals where none belong are G007's
        for path, goal in doc.model.all_goals():
            for k, indicator in enumerate(goal.fulfilment.indicators if goal.fulfilment else []):
                missing = _indicator_gap(indicator)
                if missing is None:
                    continue
                yield ctx.finding(doc, (*path, "maluppfyllelse", "indikatorer", k),
                                  "default" if missing else "empty",
                                  subject=f"{goal.id}:{indicator.name}", name=indicator.name,
                                  goal=goal.id, missing=missing)


_PAIRS = ((("baseline", "utgångsvärde"), ("target", "målvärde")),
          (("direction", "riktning"), ("comparison_year", "jämförelseår")))


def _indicator_gap(indicator: Indicator) -> list[str] | None:
    """None for a complete indicator; else what the nearest complete pair lacks ([]: both empty)."""
    gaps = [[key for attr, key in pair if getattr(indicator, attr) is None] for pair in _PAIRS]
    if any(not gap for gap in gaps):
        return None
    if all(len(gap) == len(pair) for gap, pair in zip(gaps, _PAIRS)):
        return []
    return min(gaps, key=len)  # the pair the author began on; the first on a tie
