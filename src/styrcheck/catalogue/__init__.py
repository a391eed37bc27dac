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
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from styrcheck.core.diagnostics import Text

if TYPE_CHECKING:
    from styrcheck.core.profile import Profile


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


def words(profile: Profile | None = None) -> dict[str, Text]:
    """The words of the profile (None: the default one) that summaries and reasons may name,
    by placeholder: its goal word (`goal_word`, `the_goal_word`, `The_goal_word`)."""
    if profile is None:
        profile = default_profile()
    return profile.goal_model.words()


@cache
def default_profile() -> Profile:
    """The bundled default profile, for texts shown without one (its words, its quotes)."""
    from styrcheck.core import profile as profiles

    return profiles.load(profiles.DEFAULT)


def fill(text: Text, profile: Profile | None = None) -> Text:
    """A summary or reason in the profile's words."""
    said = words(profile)
    return Text(
        text.sv.format_map(defaultdict(str, {k: v.sv for k, v in said.items()})),
        text.en.format_map(defaultdict(str, {k: v.en for k, v in said.items()})),
    )
