"""Pydantic models of the steering documents and the organisation (docs/format.md).

Field names are English; the Swedish key of each field is its alias, written once here.
Input keys arrive folded (`giltig_fran`), so each field validates under the folded form of
its Swedish name and displays under the canonical one. Every scalar arrives as text (see
loader.py); the validators below decide what it means for the field it stands in.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from styrcheck.core import dates
from styrcheck.core.text import did_you_mean, fold, has_unsafe, printable


def sv(name: str, default: Any = ..., **kwargs: Any) -> Any:
    """A field under its Swedish key `name` (canonical spelling, with å/ä/ö)."""
    if default == []:  # a fresh list each time, without pydantic deep-copying the default
        return Field(default_factory=list, validation_alias=fold(name), serialization_alias=name, **kwargs)
    return Field(default, validation_alias=fold(name), serialization_alias=name, **kwargs)


_FIELD_SETS: dict[frozenset[str], frozenset[str]] = {}


class Model(BaseModel):
    # Text is stripped by `Text` below, not by pydantic (str_strip_whitespace), which makes a
    # new string of every value: the models then share the strings the loader read.
    model_config = ConfigDict(extra="forbid", frozen=True)

    def model_post_init(self, context: Any, /) -> None:
        # pydantic keeps the set of fields given for every instance (200 bytes to 2 KB each);
        # the same few sets recur across thousands of documents, so they share one frozen copy.
        fields = frozenset(self.__pydantic_fields_set__)
        object.__setattr__(self, "__pydantic_fields_set__", _FIELD_SETS.setdefault(fields, fields))


# --- scalar types --------------------------------------------------------------------------


def _strip(value: Any) -> Any:
    """Surrounding whitespace (a quoted " x ", a block scalar's last newline) is no part of a
    value. str.strip returns the string itself when there is none to strip."""
    return value.strip() if type(value) is str else value


Text = Annotated[str, BeforeValidator(_strip)]
Filled = Annotated[Text, Field(min_length=1)]  # a required text: blank is as good as missing

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    if isinstance(value, date) or value is None:
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    reading = dates.read(value) if isinstance(value, str) else None
    hint = dataclasses.asdict(reading) if reading else {}  # for M003's message (core/problems.py)
    raise PydanticCustomError("iso_date", "not an ISO date (YYYY-MM-DD)", {"value": str(value), **hint})


_YES = {"true", "ja", "yes", "on", "sant"}
_NO = {"false", "nej", "no", "off", "falskt"}


def _yes_no(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str) and fold(value) in _YES | _NO:
        return fold(value) in _YES
    raise PydanticCustomError("yes_no", "not yes or no", {"value": str(value)})


def _one_or_many(value: Any) -> Any:
    """`utgår_från: x` means the same as `utgår_från: [x]`."""
    return [_not_comma_separated(value)] if isinstance(value, str) else value


def _not_comma_separated(value: str) -> str:
    """`utgår_från: a, b` is one text to YAML, never the list `[a, b]` it was meant to be: an
    id with a comma in it would be a mistake anyway, so say how lists are written."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) > 1 and all(parts):
        raise PydanticCustomError(
            "comma_list", "several values in one text", {"value": value, "suggestion": ", ".join(parts)}
        )
    return value


def _number(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip().replace(",", ".").replace("\u2212", "-")
        try:
            return float(text)
        except ValueError:
            raise PydanticCustomError("number", "not a number", {"value": value}) from None
    return value


def _year(value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}\s*", value):
        return int(value)
    if isinstance(value, int) or value is None:
        return value
    raise PydanticCustomError("year", "not a year", {"value": str(value)})


def choice(*allowed: str) -> BeforeValidator:
    """An enum value, written with å/ä/ö or folded; returns the canonical spelling."""
    by_folded = {fold(a): a for a in allowed}

    def check(value: Any) -> Any:
        if value is None:
            return value
        if isinstance(value, str) and fold(value) in by_folded:
            return by_folded[fold(value)]
        suggestion = did_you_mean(str(value), allowed) if isinstance(value, str) else None
        raise PydanticCustomError(
            "choice",
            "not one of the allowed values",
            {"value": str(value), "allowed": ", ".join(allowed), "suggestion": suggestion or ""},
        )

    check.allowed = allowed  # type: ignore[attr-defined]  # for the editor schema (authoring/schema.py)
    return BeforeValidator(check)


def _id(value: str) -> str:
    """An id is what references name: visible text. Control characters and bidi overrides
    would make two ids look alike that are not, or break the reports that show them."""
    if not value:
        raise PydanticCustomError("id_empty", "empty id")
    if has_unsafe(value) or any(c in value for c in "\u200b\u200c\u200d\u2060\ufeff"):
        raise PydanticCustomError("id", "an id of visible characters", {"value": printable(value)})
    return value


Id = Annotated[Text, AfterValidator(_id)]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Ids = Annotated[list[Text], BeforeValidator(_one_or_many)]
Number = Annotated[float, BeforeValidator(_number)]
Year = Annotated[int, BeforeValidator(_year)]

WHOLE_GROUP = "hela_kommunkoncernen"
WHOLE_ORGANISATION = "kommunala_organisationen"
SCOPE_KEYWORDS = {fold(k): k for k in (WHOLE_GROUP, WHOLE_ORGANISATION)}


def _scope(value: Any) -> Any:
    """`gäller_för`: a keyword for the whole group or organisation, or organ ids. A keyword
    stands alone: in a list it would be read as an organ id; a blank or `[]` says nothing."""
    if isinstance(value, str):
        if not value.strip():
            raise PydanticCustomError("empty", "empty")
        return SCOPE_KEYWORDS.get(fold(value.strip()), [_not_comma_separated(value)])
    if isinstance(value, list):
        if not value:
            raise PydanticCustomError("empty", "an empty list")
        for index, item in enumerate(value):
            if isinstance(item, str) and fold(item.strip()) in SCOPE_KEYWORDS:
                raise PydanticCustomError(
                    "scope_keyword",
                    "a keyword in a list",
                    {"value": SCOPE_KEYWORDS[fold(item.strip())], "index": index},
                )
    return value


Scope = Annotated[list[Text] | str, BeforeValidator(_scope)]


# --- parts of documents --------------------------------------------------------------------


class Indicator(Model):
    name: Filled = sv("namn")
    baseline: Number | None = sv("utgångsvärde", None)
    target: Number | None = sv("målvärde", None)
    unit: Text | None = sv("enhet", None)
    source: Text | None = sv("källa", None)
    direction: Annotated[str | None, choice("öka", "minska", "bibehålla")] = sv("riktning", None)
    comparison_year: Year | None = sv("jämförelseår", None)


def _fulfilment(value: Any) -> Any:
    """A definition of fulfilment may be just its description."""
    return {"beskrivning": value} if isinstance(value, str) else value


class Fulfilment(Model):
    description: Text | None = sv("beskrivning", None)
    indicators: list[Indicator] = sv("indikatorer", [])


class Goal(Model):
    id: Id = sv("id")
    text: Filled = sv("text")
    fulfilment: Annotated[Fulfilment | None, BeforeValidator(_fulfilment)] = sv("måluppfyllelse", None)
    derives_from: Ids = sv("utgår_från", [])
    description: Text | None = sv("beskrivning", None)


class GoalArea(Model):
    id: Id = sv("id")
    name: Filled = sv("namn")
    goals: list[Goal] = sv("mål", [])
    description: Text | None = sv("beskrivning", None)


class Activity(Model):
    id: Id = sv("id")
    text: Filled = sv("text")
    derives_from: Ids = sv("utgår_från", [])
    responsible: Text | None = sv("ansvarig", None)


class Deviation(Model):
    rule: Text | None = sv("regel", None)
    reason: Text | None = sv("motivering", None)
    decision: Text | None = sv("beslut", None)
    decided_by: Text | None = sv("beslutad_av", None)
    until: IsoDate | None = sv("giltig_till", None)

    def lapsed(self, today: date) -> bool:
        """Past its `giltig_till`: kept for the record, accepting nothing (engine, X002, X003)."""
        return self.until is not None and self.until < today


class StartDecision(Model):
    decided_by: Filled = sv("beslutad_av")
    decided_on: IsoDate = sv("beslutsdatum")
    case_number: Text | None = sv("diarienummer", None)


def _follow_up(value: Any) -> Any:
    """`uppföljning: 2026-06-30` is a follow-up date; a mapping gives an interval."""
    return {"datum": value} if isinstance(value, (str, date)) else value


class FollowUp(Model):
    on: IsoDate | None = sv("datum", None)
    interval: Text | None = sv("intervall", None)
    last: IsoDate | None = sv("senast_uppföljd", None)
    next: IsoDate | None = sv("nästa", None)


class Assessment(Model):
    goal: Filled = sv("mål")
    verdict: Annotated[str, choice("uppfylld", "delvis_uppfylld", "ej_uppfylld", "ej_bedömd")] = sv("bedömning")
    reason: Text | None = sv("motivering", None)


# --- documents -----------------------------------------------------------------------------


class Document(Model):
    """What every steering document says about itself (the riktlinje's "ordning och reda")."""

    id: Id = sv("id")
    type: Filled = sv("typ")
    title: Filled = sv("titel")
    decided_by: Filled = sv("beslutad_av")
    decided_on: IsoDate = sv("beslutsdatum")
    case_number: Text | None = sv("diarienummer", None)
    valid_from: IsoDate = sv("giltig_från")
    valid_to: IsoDate | None = sv("giltig_till", None)
    replaces: Ids = sv("ersätter", [])
    applies_to: Scope = sv("gäller_för")
    derives_from: Ids = sv("utgår_från", [])
    publication: Annotated[str, choice("extern", "intern")] = sv("publicering", "extern")
    principled: YesNo = sv("principiell", False)
    joint_with: Ids = sv("samverkan", [])
    deviations: list[Deviation] = sv("avsteg", [])
    description: Text | None = sv("beskrivning", None)
    # Any type may *carry* goals, so that G007 can say a riktlinje must not, rather than
    # M002 calling the key unknown.
    goals: list[Goal] = sv("mål", [])
    goal_areas: list[GoalArea] = sv("målområden", [])

    def get(self, name: str, default: Any = None) -> Any:
        """A field that only some types have (`owner`, `activities`, …), else `default`.
        getattr does the same at forty times the cost, through pydantic's __getattr__."""
        return self.__dict__.get(name, default)

    def all_goals(self) -> list[tuple[tuple[str | int, ...], Goal]]:
        """Every goal with its path in the file, grouped or not."""
        found: list[tuple[tuple[str | int, ...], Goal]] = [(("mal", i), goal) for i, goal in enumerate(self.goals)]
        for a, area in enumerate(self.goal_areas):
            found += [(("malomraden", a, "mal", i), goal) for i, goal in enumerate(area.goals)]
        return found


# --- field groups: what a type adds to Document (core/fields.py composes them) ---------------


class WithHorizon(Model):
    horizon: Year | None = sv("horisont", None)


class WithValues(Model):
    values: list[Text] = sv("värdeord", [])


class WithRoles(Model):
    roles: list[Text] = sv("gäller_roller", [])


class WithStatute(Model):
    law: Text | None = sv("lagrum", None)
    requires_council: YesNo = sv("kräver_fullmäktige", False)


class WithCommitteeInformed(Model):
    committee_informed: IsoDate | None = sv("nämnd_informerad", None)


class WithActivities(Model):
    activities: list[Activity] = sv("aktiviteter", [])


class WithStartDecision(Model):
    start_decision: StartDecision | None = sv("startbeslut", None)


class WithPreparation(Model):
    prepared_by: Ids = sv("beredd_av", [])


class WithOwner(Model):
    owner: Text | None = sv("ägare", None)


class WithFollowUp(Model):
    follow_up: Annotated[FollowUp | None, BeforeValidator(_follow_up)] = sv("uppföljning", None)


class WithOutlook(Model):
    outlook_to: Year | None = sv("utblick_till", None)


class WithAssessments(Model):
    assessments: list[Assessment] = sv("bedömningar", [])


GROUP_MIXINS: tuple[type[Model], ...] = (
    WithHorizon,
    WithValues,
    WithRoles,
    WithStatute,
    WithCommitteeInformed,
    WithActivities,
    WithStartDecision,
    WithPreparation,
    WithOwner,
    WithFollowUp,
    WithOutlook,
    WithAssessments,
)


class Organ(Model):
    id: Id = sv("id")
    name: Text | None = sv("namn", None)
    kind: Filled = sv("slag")
    # The body above: the nämnd a kontor serves, the kontor an enhet belongs to, the
    # förvaltning a unit lies in. `nämnd:` and `kontor:` (read before `tillhör:`) mean the same.
    parent: Text | None = sv("tillhör", None)
    committee: Text | None = sv("nämnd", None)
    office: Text | None = sv("kontor", None)
    description: Text | None = sv("beskrivning", None)

    def model_post_init(self, context: Any, /) -> None:
        super().model_post_init(context)
        if self.parent is None:  # not in model_fields_set: the organs check reads the key written
            object.__setattr__(self, "parent", self.office or self.committee)


class Organisation(Model):
    type: Filled = sv("typ")
    name: Text | None = sv("namn", None)
    organs: list[Organ] = sv("organ", [])


@functools.cache
def display_names() -> dict[str, str]:
    """Folded key -> canonical Swedish key, for every field of every model here."""
    names: dict[str, str] = {}
    models: tuple[type[BaseModel], ...] = (
        Document,
        *GROUP_MIXINS,
        Organisation,
        Organ,
        Indicator,
        Fulfilment,
        Goal,
        GoalArea,
        Activity,
        Deviation,
        StartDecision,
        FollowUp,
        Assessment,
    )
    for model in models:
        for info in model.model_fields.values():
            if isinstance(info.validation_alias, str) and info.serialization_alias:
                names[info.validation_alias] = info.serialization_alias
    return names


def field_names(model: type[BaseModel]) -> list[str]:
    """The canonical Swedish keys a model accepts, for did-you-mean."""
    return [info.serialization_alias or name for name, info in model.model_fields.items()]
