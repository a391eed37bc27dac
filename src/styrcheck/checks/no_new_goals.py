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
from typing import TYPE_CHECKING

from styrcheck.checks.goals import GOAL_KINDS, goal_types, spelled
from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding

if TYPE_CHECKING:
    from styrcheck.core.repository import Doc


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
        re.IGNORECASE,
    ),
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
_ABOUT_FOLLOW_UP = re.compile(r"följ(?:s|as)?\s+upp|uppföljning|revider|ses\s+över|aktualitet", re.IGNORECASE)

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


@rule("G007", "new-goals-forbidden", tags=("goals",), local=True)
def new_goals_forbidden(ctx: Context) -> Iterator[Finding]:
    """Goals in any type the profile gives no goals: `mål: förbjudna`, or no `mål` at all."""
    for doc in ctx.repo.documents:
        if doc.type.goals in GOAL_KINDS or doc.type.goals == "tillåtna":
            continue
        variant = "default" if doc.type.goals == "förbjudna" else "activities" if doc.type.activity_parents else "none"
        for key, carried in (("mal", doc.model.goals), ("malomraden", doc.model.goal_areas)):
            if carried:
                yield ctx.finding(
                    doc,
                    (key,),
                    variant,
                    subject=key,
                    type=doc.type_name,
                    field=doc.source.spelling((key,)),
                    goal_types=goal_types(ctx.profile),
                    parents=spelled(ctx.profile, doc.type.activity_parents),
                )


def _may_have_no_goals(doc: Doc) -> bool:
    """The documents G008 reads the words of: of a type the profile forbids goals."""
    return doc.type.goals == "förbjudna"


@rule("G008", "goal-like-text", tags=("goals",), reads_free_text=_may_have_no_goals)
def goal_like_text(ctx: Context) -> Iterator[Finding]:
    items = ctx.repo.items

    def is_goal_id(token: str) -> bool:
        item = items.get(token)
        return item is not None and item.kind == "mål"

    for doc in filter(_may_have_no_goals, ctx.repo.documents):  # the documents it declares it reads
        for key, text in (("titel", doc.model.title), ("beskrivning", doc.model.description)):
            words = goal_like_words(text or "", is_goal_id)
            if words:
                yield ctx.finding(
                    doc,
                    (key,),
                    subject=key,
                    field=doc.source.spelling((key,)),
                    words=[f"”{w}”" for w in words],
                    type=doc.type_name,
                    goal_types=goal_types(ctx.profile),
                )
