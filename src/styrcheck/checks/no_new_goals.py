"""G: no new goals where the model forbids them (G007), nor text that reads like one (G008).

Riktlinjer and inriktningsdokument "innehåller inte några nya mål", but they may quote
numbers, years and the word "mål" for many good reasons. So every pattern of G008 below is
deliberately narrow: it fires only on wording that *sets* a target, and a sentence that
names an existing goal by its id (quoting a goal, not making one) is left alone. Better to
miss a goal hidden in odd wording than to nag about ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from styrcheck.checks.goals import GOAL_KINDS, goal_types, spelled
from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.diagnostics import Text as T

NO_NEW_GOALS_QUOTE = ("Inriktningsdokumenten beskriver den långsiktiga politiska viljan inom olika områden "
                      "med utförligare text, men innehåller inte några nya mål. […] Riktlinjer innehåller "
                      "inte några nya mål för verksamheten.")

# --- the wording of a goal (G008): the only place these patterns live -----------------------

# 80, 80,5, 80.5, 1 100 (a thin or no-break space groups thousands in Swedish text)
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?"
_SHARE = r"\s*(?:%|procent(?:enheter)?)(?!\w)"

GOAL_LIKE: tuple[re.Pattern[str], ...] = (
    # A change to a stated value: "ska öka till 80 procent", "ska minska med 20 procent",
    # "ska uppgå till minst 90 %". Without a number after till/med it is no target value.
    re.compile(
        r"\b(?:ska|skall)\s+(?:öka|minska|höjas|sänkas|stiga|sjunka|uppgå|nå)\s+(?:till|med)\s+"
        rf"(?:minst\s+|högst\s+)?(?:{_NUMBER})(?:{_SHARE})?",
        re.IGNORECASE),
    # A floor or ceiling on a share: "minst 90 %", "högst 5 procent". Only shares: "minst 65
    # år" or "högst 14 dagar" are how a guideline describes its rules, not goals.
    re.compile(rf"\b(?:minst|högst)\s+(?:{_NUMBER}){_SHARE}", re.IGNORECASE),
    # A deadline year: "senast år 2030", "senast 2030" (not a date such as 2030-06-30).
    re.compile(r"\bsenast\s+(?:till\s+)?(?:år\s+)?(?:19|20)\d{2}\b(?![-/]\d)", re.IGNORECASE),
    # A goal stated as such: "målet är att", "målsättningen är att".
    re.compile(r"\b(?:målet|målsättningen)\s+är\s+att\b", re.IGNORECASE),
)

# A deadline year in a sentence about following up or revising the document itself is the
# time for follow-up every riktlinje must state (F002), not a goal.
_DEADLINE = GOAL_LIKE[2]
_ABOUT_FOLLOW_UP = re.compile(r"följ(?:s|as)?\s+upp|uppföljning|revider|ses\s+över|aktualitet",
                              re.IGNORECASE)

# Cheap tests first, since most texts match nothing: the first three patterns need a digit,
# the last one "målet" or "målsättningen". Only a text that passes meets a pattern.
_WITH_NUMBER = re.compile("|".join(f"(?:{p.pattern})" for p in GOAL_LIKE[:3]), re.IGNORECASE)
_STATED = GOAL_LIKE[3]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_TOKEN = re.compile(r"[\w.\-]+")


def goal_like_words(text: str, is_goal_id: Callable[[str], bool]) -> list[str]:
    """The words of `text` that read like a new goal, in order, each once."""
    found: list[str] = []
    if not _may_read_like_a_goal(text):
        return found
    for sentence in _SENTENCE_END.split(text):
        if not _may_read_like_a_goal(sentence):
            continue
        if any(is_goal_id(token.rstrip(".")) for token in _TOKEN.findall(sentence)):
            continue  # quotes an existing goal
        spans = sorted(
            m.span()
            for pattern in GOAL_LIKE
            if not (pattern is _DEADLINE and _ABOUT_FOLLOW_UP.search(sentence))
            for m in pattern.finditer(sentence)
        )
        covered = -1
        for start, end in spans:
            if end <= covered:
                continue  # inside a longer match: "minst 90 %" in "ska uppgå till minst 90 %"
            covered = end
            words = " ".join(sentence[start:end].split())
            if words not in found:
                found.append(words)
    return found


def _may_read_like_a_goal(text: str) -> bool:
    if any(digit in text for digit in "0123456789") and _WITH_NUMBER.search(text):
        return True
    lower = text.lower()
    return ("målet" in lower or "målsättningen" in lower) and _STATED.search(text) is not None


# --- the rules ----------------------------------------------------------------------------


@rule(
    "G007", "new-goals-forbidden", tags=("goals",), local=True,
    summary=T(sv="Ett dokument som inte får innehålla nya mål har mål.",
              en="A document that must not contain new goals has goals."),
    messages={
        "default": T(
            sv="Enligt styrmodellen innehåller dokument av typen {type} inte några nya mål, men det här "
               "dokumentet har '{field}'. Flytta målen till ett måldokument ({goal_types}) och ta bort "
               "'{field}' härifrån; dokumentet kan hänvisa till målen med deras id.",
            en="Under the styrmodell, documents of type {type} contain no new goals, but this one has "
               "'{field}'. Move the goals to a goal document ({goal_types}) and remove '{field}' from here; "
               "the document may refer to the goals by their ids."),
        "none": T(
            sv="Dokument av typen {type} har inga egna mål i styrmodellen, men det här dokumentet har '{field}'. "
               "Mål beslutas i måldokumenten ({goal_types}); flytta målen dit och ta bort '{field}' härifrån. "
               "Dokumentet kan hänvisa till målen med deras id.",
            en="Documents of type {type} have no goals of their own in the styrmodell, but this one has "
               "'{field}'. Goals are decided in the goal documents ({goal_types}); move the goals there and "
               "remove '{field}' from here. The document may refer to the goals by their ids."),
        "activities": T(
            sv="Dokument av typen {type} har inga egna mål i styrmodellen, men det här dokumentet har '{field}'. "
               "Det som ska göras skrivs under 'aktiviteter', var och en med 'utgår_från' till det mål i "
               "dokument av typen {parents} som den genomför; ta bort '{field}' härifrån.",
            en="Documents of type {type} have no goals of their own in the styrmodell, but this one has "
               "'{field}'. What is to be done goes under 'aktiviteter', each with 'utgår_från' naming the goal "
               "in a document of type {parents} that it carries out; remove '{field}' from here."),
    },
    why=T(sv="Mål beslutas på sin nivå i målhierarkin och följs upp där. Mål som gömmer sig i andra dokument, "
             "till exempel riktlinjer eller inriktningsdokument, följs aldrig upp. Vilka typer som har mål anges "
             "i profilen: 'mål: övergripande' eller 'mål: uppföljningsbara', och 'mål: tillåtna' för egna mål som "
             "ingen målregel prövar (en lagstadgad plan). En typ med 'mål: förbjudna' eller "
             "utan 'mål' har inga.",
          en="Goals are decided at their level of the goal hierarchy and followed up there. Goals hidden in "
             "other documents, such as riktlinjer or inriktningsdokument, are never followed up. The types "
             "that have goals are set in the profile: 'mål: övergripande' or 'mål: uppföljningsbara', and 'mål: "
             "tillåtna' for goals of its own that no goal rule checks (a statutory plan). A type "
             "marked 'mål: förbjudna', or without 'mål', has none."),
    quote=NO_NEW_GOALS_QUOTE,
)
def new_goals_forbidden(ctx: Context) -> Iterator[Finding]:
    """Goals in any type the profile gives no goals: `mål: förbjudna`, or no `mål` at all."""
    for doc in ctx.repo.documents:
        if doc.type.goals in GOAL_KINDS or doc.type.goals == "tillåtna":
            continue
        variant = "default" if doc.type.goals == "förbjudna" else "activities" if doc.type.activity_parents else "none"
        for key, carried in (("mal", doc.model.goals), ("malomraden", doc.model.goal_areas)):
            if carried:
                yield ctx.finding(doc, (key,), variant, subject=key, type=doc.type_name,
                                  field=doc.source.spelling((key,)), goal_types=goal_types(ctx.profile),
                                  parents=spelled(ctx.profile, doc.type.activity_parents))


@rule(
    "G008", "goal-like-text", tags=("goals",),
    summary=T(sv="Texten i ett dokument som inte får ha nya mål låter som ett nytt mål.",
              en="The text of a document that must not have new goals reads like a new goal."),
    messages={"default": T(
        sv="Texten i '{field}' låter som ett nytt mål: {words}. Dokument av typen {type} innehåller inte "
           "några nya mål. Flytta målet till ett måldokument ({goal_types}) och hänvisa till det med dess id, "
           "eller skriv om texten så att den inte sätter upp något nytt mål.",
        en="The text in '{field}' reads like a new goal: {words}. Documents of type {type} contain no new "
           "goals. Move the goal to a goal document ({goal_types}) and refer to it by its id, or reword the "
           "text so that it sets no new goal.")},
    why=T(sv="Ett målvärde, ett målår eller orden ”målet är att” gör texten till ett mål som ingen följer "
             "upp. Regeln är försiktig och reagerar bara på ett tal efter till exempel ”ska öka till” eller "
             "”ska minska med”, en andel i procent efter ”minst” eller ”högst”, ett årtal efter ”senast” "
             "(utom i meningar om när dokumentet följs upp) och orden ”målet är att” eller ”målsättningen "
             "är att”. En mening som hänvisar till ett befintligt mål med dess id räknas inte.",
          en="A target value, a target year or the words ”målet är att” make the text a goal that nobody "
             "follows up. The rule is cautious and reacts only to a number after, for example, ”ska öka "
             "till” or ”ska minska med”, a percentage after ”minst” or ”högst”, a year after ”senast” (except in "
             "sentences on when the document is followed up) and the words ”målet är att” or "
             "”målsättningen är att”. A sentence that refers to an existing goal by its id does not "
             "count."),
    quote=NO_NEW_GOALS_QUOTE,
)
def goal_like_text(ctx: Context) -> Iterator[Finding]:
    items = ctx.repo.items

    def is_goal_id(token: str) -> bool:
        item = items.get(token)
        return item is not None and item.kind == "mål"

    for doc in ctx.repo.with_goals("förbjudna"):
        for key, text in (("titel", doc.model.title), ("beskrivning", doc.model.description)):
            words = goal_like_words(text or "", is_goal_id)
            if words:
                yield ctx.finding(doc, (key,), subject=key, field=doc.source.spelling((key,)),
                                  words=[f"”{w}”" for w in words], type=doc.type_name,
                                  goal_types=goal_types(ctx.profile))
