"""The fields of each document type, required or optional, with one line saying what to write.

Required means what `validate` requires: a field the model cannot do without (M001), one the
profile lists under `obligatoriska_fält` (M001), or one a profile setting makes a rule ask for
(`kräver_ägare` F001, `utgår_från` H004, …). `new` and `schema` both read this, so a skeleton
and the editor schema never disagree with the checker.
"""

from __future__ import annotations

import functools
import typing
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from styrcheck.core import fields
from styrcheck.core.models import Document
from styrcheck.core.profile import DocType, Profile
from styrcheck.core.text import fold

# Fields a profile setting of the type makes required, and the rule that then reports them.
_REQUIRED_BY_PROFILE: dict[str, tuple[str, Callable[[DocType], bool]]] = {
    "agare": ("F001", lambda t: t.owner_required),
    "uppfoljning": ("F002", lambda t: t.follow_up_required),
    "utgar_fran": ("H004", lambda t: bool(t.parents)),
    "startbeslut": ("D005", lambda t: t.start_decision_by is not None),
    "galler_roller": ("V001", lambda t: bool(t.roles)),
    "namnd_informerad": ("D008", lambda t: t.committee_informed_within is not None),
    "malomraden": ("G001", lambda t: t.goals == "övergripande"),
    "bedomningar": ("F009", lambda t: t.evaluates_goals),
}
# Goals in a type whose profile gives it none are G007's: a skeleton does not offer them.
_GOAL_FIELDS = {"mal", "malomraden"}


@dataclass(frozen=True)
class FieldSpec:
    key: str  # the canonical Swedish key
    required: bool
    rule: str | None  # the rule that reports the field missing (M001, F001, …), when required
    annotation: Any  # the field's type, with its Annotated validators
    model: type[BaseModel]  # the model the field belongs to


def fields_of(model: type[BaseModel], doc_type: DocType | None = None) -> list[FieldSpec]:
    """The fields of `model` in the model's order; for a document, as `doc_type` shapes it."""
    hints = typing.get_type_hints(model, include_extras=True)
    specs = []
    for name, info in model.model_fields.items():
        key = info.serialization_alias or name
        folded = fold(key)
        rule = "M001" if info.is_required() else None
        if doc_type is not None:
            if folded in _GOAL_FIELDS and doc_type.goals in (None, "förbjudna"):
                continue
            by_profile = _REQUIRED_BY_PROFILE.get(folded)
            if rule is None and folded in {fold(r) for r in doc_type.required}:
                rule = "M001"
            elif rule is None and by_profile is not None and by_profile[1](doc_type):
                rule = by_profile[0]
        specs.append(FieldSpec(key, rule is not None, rule, hints[name], model))
    return specs


@functools.cache
def _hints() -> dict[str, dict[str, str]]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load((Path(__file__).parent / "fields.yaml").read_text(encoding="utf-8"))


def has_hint(model: type[BaseModel], key: str) -> bool:
    return f"{model.__name__}.{key}" in _hints() or key in _hints()


def hint(spec: FieldSpec, lang: str, profile: Profile, doc_type: DocType | None = None) -> str:
    """What to write in the field, in `lang`, with the profile's words for the type filled in."""
    entry = _hints().get(f"{spec.model.__name__}.{spec.key}") or _hints()[spec.key]
    spell = profile.spell
    none = {"sv": "inget", "en": "none"}[lang]
    values: dict[str, str] = defaultdict(
        lambda: none,
        {
            "types": ", ".join(profile.type_names()),
            "organ_kinds": ", ".join(spell(k) for k in profile.organ_kinds),
            "intervals": ", ".join(profile.follow_up_intervals),
        },
    )
    if doc_type is not None:

        def listed(names: list[str]) -> str:
            return ", ".join(spell(n) for n in names) or none

        values.update(
            decided_by=listed(doc_type.decided_by),
            period=doc_type.period,
            parents=listed([*doc_type.parents, *doc_type.optional_parents]),
            roles=listed(doc_type.roles),
            start_decision_by=spell(doc_type.start_decision_by or none),
        )
    return entry[lang].format_map(values)


def required_table(profile: Profile) -> str:
    """A Markdown table of the fields each type of `profile` requires beyond those every
    document has, with the rule that asks for each (docs/format.md)."""

    common = [s.key for s in fields_of(Document) if s.required]
    rows = [
        f"Every type: {', '.join(f'`{k}`' for k in common)} (M001). Beyond those:\n",
        "| type | also required |",
        "|---|---|",
    ]
    for name, definition in profile.types():
        extra = [
            f"`{s.key}` ({s.rule})"
            for s in fields_of(fields.model_of(definition, profile), definition)
            if s.required and s.key not in common
        ]
        rows.append(f"| {name} | {', '.join(extra) or '–'} |")
    return "\n".join(rows) + "\n"
