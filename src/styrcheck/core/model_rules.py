"""Goals and reviews as a profile's model says them (`målmodell`, `aktualitetsprövning`), and
the follow-up intervals both count in. Read by core/profile.py; counted by core/calendar.py
and the G and F rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import BeforeValidator, model_validator
from pydantic_core import PydanticCustomError

from styrcheck.core.diagnostics import Text
from styrcheck.core.models import Model, sv
from styrcheck.core.text import fold

# Top-level keys of the goal model before `målmodell` (profile.py still reads them).
OLD_GOAL_KEYS = ("malomraden", "mal_per_malomrade")

MANDATE_PERIOD = "mandatperiod"


class Range(Model):
    min: int = sv("min")
    max: int = sv("max")

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise PydanticCustomError("range_order", "min is greater than max", {"min": self.min, "max": self.max})
        return self


class GoalModel(Model):
    """The top goals: in areas (`målområden`, `mål_per_målområde`) or as a flat list
    (`antal_mål`), called what the profile calls them (G001-G004 say `benämning`)."""

    name: str = sv("benämning", "övergripande mål")
    name_en: str | None = sv("benämning_en", None)
    areas: Range | None = sv("målområden", None)
    goals_per_area: Range | None = sv("mål_per_målområde", None)
    goals: Range | None = sv("antal_mål", None)
    # One goal, for messages about one: Swedish definite ("fokusmålet"), English singular
    # ("focus goal"); by default made from `benämning` / `benämning_en`.
    name_one: str | None = sv("benämning_ental", None)
    name_en_one: str | None = sv("benämning_en_ental", None)

    @model_validator(mode="after")
    def _areas_or_flat(self) -> GoalModel:
        if self.goals is not None and (self.areas is not None or self.goals_per_area is not None):
            raise PydanticCustomError("profile-goals-both", "goal areas and a flat count both given")
        return self

    def words(self) -> dict[str, Text]:
        """The goal word for messages: `goal_word` as in running text, `the_goal_word`
        (`The_goal_word` first in a sentence) for one of them: "det övergripande målet",
        "fokusmålet", "the focus goal"."""
        one = self.name_one or _definite_goal(self.name)
        english = self.name_en_one or (self.name_en or self.name).removesuffix("s")
        return {
            "goal_word": Text(self.name, self.name_en or self.name),
            "the_goal_word": Text(one, f"the {english}"),
            "The_goal_word": Text(one[:1].upper() + one[1:], f"The {english}"),
        }


def _definite_goal(name: str) -> str:
    """ "övergripande mål" -> "det övergripande målet", "fokusmål" -> "fokusmålet"."""
    if not name.endswith("mål"):
        return "målet"  # a word that is no kind of `mål`: the profile names the form (benämning_ental)
    return f"det {name}et" if " " in name else f"{name}et"


class Review(Model):
    """Aktualitetsprövning: documents of `types` are reviewed at least `every` (`mandatperiod`
    or an interval such as `2 år`); an interval a document names may be at most `longest`
    (else at most `every`). calendar.review_due counts the deadline."""

    types: list[str] = sv("typer")
    every: Annotated[str, BeforeValidator(str)] = sv("minst")
    longest: Annotated[str, BeforeValidator(str)] | None = sv("längsta_intervall", None)

    def covers(self, typ: str) -> bool:
        return fold(typ) in {fold(name) for name in self.types}


_COUNTED = re.compile(r"(?:vart\s+|var\s+)?(\d+)\s*(?::e\s*)?(ar|manader|manad)")


@dataclass(frozen=True)
class Interval:
    """A follow-up interval in months; None: once in every mandate period (calendar.py)."""

    text: str
    months: int | None


def count_interval(text: str, named: dict[str, str]) -> Interval | None:
    """`år`, `mandatperiod`, `2 år`, `6 månader`, or a name in `named` (the profile's
    `uppföljningsintervall`: months or `mandatperiod`); None if it cannot be counted."""
    key = fold(text)
    by_folded = {fold(name): value for name, value in named.items()}
    if key in by_folded:
        value = by_folded[key]
        return Interval(text, None if fold(value) == MANDATE_PERIOD else int(value))
    counted = _COUNTED.fullmatch(key)
    if counted:
        count, unit = int(counted.group(1)), counted.group(2)
        if count > 0:
            return Interval(text, count * 12 if unit == "ar" else count)
    return None
