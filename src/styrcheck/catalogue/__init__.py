"""The texts of every rule, one catalogue per language (sv.py, en.py): summary, why and the
messages by key. The passage of the municipality's model a rule rests on is the profile's
(`citat:` in rules/norrkoping.yaml, Profile.quote), not the catalogue's. The rules themselves (checks/) hold no
prose; the registry checks when it is built that every rule has its texts and every text its
rule (checks.registry.check_catalogue).

The rules reported while reading and modelling files (Y, and M001-M005) are raised by the
loader and the repository through the handles in raised.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from styrcheck.core.diagnostics import Text


@dataclass(frozen=True)
class RuleTexts:
    summary: Text
    why: Text
    messages: dict[str, Text]


@cache
def _catalogues() -> tuple[dict[str, dict], dict[str, dict]]:
    from styrcheck.catalogue import en, sv

    return sv.RULES, en.RULES


def codes() -> set[str]:
    """Every code either catalogue has texts for."""
    sv, en = _catalogues()
    return set(sv) | set(en)


@cache
def texts(code: str) -> RuleTexts:
    """The texts of rule `code` in both languages (KeyError: none)."""
    sv, en = _catalogues()
    ours, theirs = sv[code], en[code]
    messages = {key: Text(ours["messages"][key], theirs["messages"][key]) for key in ours["messages"]}
    return RuleTexts(Text(ours["summary"], theirs["summary"]), Text(ours["why"], theirs["why"]), messages)


# --- the profile's words in a rule's summary and why ---------------------------------------


def fill(text: Text, words: Mapping[str, Text]) -> Text:
    """A summary or reason in a profile's `words` (GoalModel.words: the goal word)."""
    return Text(
        text.sv.format_map(defaultdict(str, {k: v.sv for k, v in words.items()})),
        text.en.format_map(defaultdict(str, {k: v.en for k, v in words.items()})),
    )
