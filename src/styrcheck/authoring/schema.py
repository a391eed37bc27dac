"""`styrcheck schema`: a JSON Schema (draft 2020-12) of the documents, for editors.

Built from the models validate uses (their fields, types and allowed values) and the profile
in use (its types, what each requires, its follow-up intervals), with what to write in each
field as the description. A document is matched to its type by `typ`. A field is required
here only when validate reports it missing as an error under the profile, so that the schema
never fails a file validate accepts. What a schema cannot say (references between files,
dates against each other) stays validate's.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.functional_validators import AfterValidator, BeforeValidator

from styrcheck.authoring.fields import FieldSpec, fields_of, hint
from styrcheck.core import models
from styrcheck.core.diagnostics import Severity
from styrcheck.core.errors import ToolError
from styrcheck.core.fields import model_of
from styrcheck.core.profile import DocType, Profile
from styrcheck.core.text import fold

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# Every scalar is read as text (loader.py), so a number written where text is meant is text.
_TEXT = {"type": ["string", "number"]}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_YES_NO = {
    "anyOf": [
        {"type": "boolean"},
        {"enum": [f(w) for w in sorted(models._YES | models._NO) for f in (str, str.capitalize, str.upper)]},
    ]
}
_NUMBER = {"anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^\s*[-−]?\d+([.,]\d+)?\s*$"}]}
_YEAR = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": r"^\s*\d{4}\s*$"}]}
# `2 år`, `6 månader`, `vart 3:e år` (Profile.interval), beside the profile's named ones.
# Patterns are ECMA-262 as well as Python: editors run them in JavaScript (no inline flags).
_COUNTED_INTERVAL = r"^\s*([Vv]art?\s+)?[1-9][0-9]*\s*(:e\s*)?([ÅåAa]r|[Mm][åa]nad(er)?)\s*$"
# Where a document names a body of organisation.yaml (checks/organs.py, M008).
_ORGAN_FIELDS = {
    ("Document", "beslutad_av"),
    ("WithOwner", "ägare"),
    ("Document", "gäller_för"),
    ("WithPreparation", "beredd_av"),
    ("StartDecision", "beslutad_av"),
    ("Deviation", "beslutad_av"),
}
_WORDS = {
    "sv": {
        "title": "Styrande dokument ({profile})",
        "about": "Metadata för ett styrande dokument enligt styrmodellen ({profile}). Skapat av styrcheck "
        "{version}; `styrcheck validate` kontrollerar också det som ett schema inte kan uttrycka.",
        "organisation": "Organisationen: de organ som beslutar dokumenten och som de gäller för.",
        "folded": "Samma som '{key}'.",
    },
    "en": {
        "title": "Steering document ({profile})",
        "about": "The metadata of a steering document in the styrmodell ({profile}). Made by styrcheck "
        "{version}; `styrcheck validate` also checks what a schema cannot express.",
        "organisation": "The organisation: the bodies that decide documents and that they apply to.",
        "folded": "The same as '{key}'.",
    },
}


def read_organisation(path: Path) -> models.Organisation:
    """The organisation in an organisation file, or a ToolError saying it cannot be used (the
    organ ids of the schema, the bodies `import` looks names up in)."""
    from pydantic import ValidationError

    from styrcheck.core.loader import read
    from styrcheck.pipeline import discovery as files

    source = read(path, files.display(path))
    try:
        if source.findings:
            raise ValueError
        return models.Organisation.model_validate(source.data)
    except (ValueError, ValidationError):
        raise ToolError("schema-organisation", path=path) from None


def build(profile: Profile, lang: str, organ_ids: list[str] | None = None) -> dict[str, Any]:
    """The schema for `profile`, described in `lang`; `organ_ids` (from organisation.yaml)
    become the allowed values wherever a document names a body."""
    from styrcheck import __version__

    maker = _Maker(profile, lang, organ_ids)
    words = _WORDS[lang]
    branches, type_values = [], []
    for name, definition in profile.types():
        values = _spellings(name)
        type_values += values
        branches.append(
            {
                "if": {"properties": {"typ": {"enum": values}}, "required": ["typ"]},
                "then": {"$ref": f"#/$defs/{fold(name)}"},
            }
        )
        maker.defs[fold(name)] = maker.document(name, definition)
    organisation = maker.model(models.Organisation, typ=["organisation"])
    organisation["description"] = words["organisation"]
    maker.defs["organisation"] = organisation
    branches.append(
        {
            "if": {"properties": {"typ": {"const": "organisation"}}, "required": ["typ"]},
            "then": {"$ref": "#/$defs/organisation"},
        }
    )
    return {
        "$schema": DRAFT,
        "title": words["title"].format(profile=profile.name),
        "description": words["about"].format(profile=profile.name, version=__version__),
        "type": "object",
        "required": ["typ"],
        "properties": {
            "typ": {"enum": [*type_values, "organisation"], "description": hint(_typ_spec(), lang, profile)}
        },
        "allOf": branches,
        "$defs": maker.defs,
    }


def _typ_spec() -> FieldSpec:
    return next(s for s in fields_of(models.Document) if s.key == "typ")


def _spellings(key: str) -> list[str]:
    """A key or value as written canonically, and folded (`giltig_från`, `giltig_fran`)."""
    return list(dict.fromkeys((key, fold(key))))


class _Maker:
    def __init__(self, profile: Profile, lang: str, organ_ids: list[str] | None) -> None:
        self.profile, self.lang, self.organ_ids = profile, lang, organ_ids
        self.defs: dict[str, Any] = {}

    def document(self, name: str, definition: DocType) -> dict[str, Any]:
        schema = self.model(model_of(definition, self.profile), definition, typ=_spellings(name))
        schema["title"] = definition.name
        return schema

    def model(
        self, model: type[BaseModel], definition: DocType | None = None, *, typ: list[str] | None = None
    ) -> dict[str, Any]:
        """A closed object: each key canonical or folded; required as validate requires."""
        properties: dict[str, Any] = {}
        required: list[FieldSpec] = []
        for spec in fields_of(model, definition):
            sub = self.field(spec, definition)
            if spec.key == "typ" and typ is not None:
                sub = {**sub, "enum": typ}
            spellings = _spellings(spec.key)
            properties[spelling := spellings[0]] = sub
            for folded in spellings[1:]:
                properties[folded] = {**sub, "description": _WORDS[self.lang]["folded"].format(key=spelling)}
            if spec.required and self.profile.severity(spec.rule or "M001") is Severity.ERROR:
                required.append(spec)
        schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
        plain = [s.key for s in required if fold(s.key) == s.key]
        if plain:
            schema["required"] = plain
        aliased = [
            {"anyOf": [{"required": [s.key]}, {"required": [fold(s.key)]}]} for s in required if fold(s.key) != s.key
        ]
        if aliased:
            schema["allOf"] = aliased
        return schema

    def field(self, spec: FieldSpec, definition: DocType | None) -> dict[str, Any]:
        schema = self.of(spec.annotation, optional=not spec.required)
        if (spec.model.__name__, spec.key) in _ORGAN_FIELDS or any(
            (base.__name__, spec.key) in _ORGAN_FIELDS for base in spec.model.__mro__
        ):
            schema = self.organs(spec.key, optional=not spec.required)
        if (
            spec.key == "publicering"
            and definition is not None
            and not definition.may_be_internal
            and self.profile.severity("M009") is Severity.ERROR
        ):
            schema = {"enum": ["extern", None]}
        if (spec.model.__name__, spec.key) == ("FollowUp", "intervall"):
            named = [v for k in self.profile.follow_up_intervals for v in _spellings(self.profile.spell(k))]
            schema = {"anyOf": [{"enum": named}, {"type": "string", "pattern": _COUNTED_INTERVAL}, {"type": "null"}]}
        return {
            "title": spec.key.replace("_", " ").capitalize(),
            "description": hint(spec, self.lang, self.profile, definition),
            **schema,
        }

    def organs(self, key: str, optional: bool) -> dict[str, Any]:
        """A body's id: from organisation.yaml when given; `gäller_för` also takes a keyword."""
        organ = {"enum": self.organ_ids} if self.organ_ids else {"type": "string", "pattern": r"\S"}
        if fold(key) == "galler_for":
            keywords = [v for k in (models.WHOLE_GROUP, models.WHOLE_ORGANISATION) for v in _spellings(k)]
            return {"anyOf": [{"enum": keywords}, organ, {"type": "array", "items": organ, "minItems": 1}]}
        if fold(key) == "beredd_av":  # one id or a list of them
            return {"anyOf": [organ, {"type": "array", "items": organ}]}
        return {"anyOf": [organ, {"type": "null"}]} if optional else organ

    def of(self, annotation: Any, optional: bool = False) -> dict[str, Any]:
        """The JSON Schema of a type as the models read it (validators included)."""
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin is typing.Annotated:
            base, meta = args[0], args[1:]
            for item in meta:
                if isinstance(item, BeforeValidator) and item.func in self._known():
                    return self._known()[item.func](base, optional)
                if isinstance(item, BeforeValidator) and hasattr(item.func, "allowed"):
                    values = [v for a in item.func.allowed for v in _spellings(a)]
                    return {"enum": [*values, None]} if optional else {"enum": values}
            schema = self.of(base, optional)
            filled = any(getattr(m, "min_length", None) for item in meta for m in getattr(item, "metadata", [item]))
            if filled or any(isinstance(item, AfterValidator) for item in meta):  # Filled, Id
                schema = {**schema, "pattern": r"\S"}  # blank is as good as missing (M001)
            return schema
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            nullable = optional or len(members) < len(args)
            if len(members) == 1:
                return self.of(members[0], nullable)
            return {"anyOf": [self.of(m) for m in members] + ([{"type": "null"}] if nullable else [])}
        if origin is list:
            return self._nullable({"type": "array", "items": self.of(args[0])}, optional)
        if origin is dict:
            return self._nullable({"type": "object", "additionalProperties": self.of(args[1])}, optional)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            name = annotation.__name__
            if name not in self.defs:
                self.defs[name] = {}  # placed first: a model may hold itself
                self.defs[name] = self.model(annotation)
            return self._nullable({"$ref": f"#/$defs/{name}"}, optional)
        if annotation is date:
            return self._nullable(_DATE, optional)
        if annotation is bool:
            return self._nullable(_YES_NO, optional)
        return self._nullable(_TEXT, optional)

    @staticmethod
    def _nullable(schema: dict[str, Any], optional: bool) -> dict[str, Any]:
        """An optional field may be left empty (YAML null): validate reads it as absent."""
        return {"anyOf": [schema, {"type": "null"}]} if optional else schema

    def _known(self) -> dict[Any, Any]:
        """The models' reading of a value (models.py) -> what it accepts."""
        nullable = self._nullable
        ids = {"anyOf": [_TEXT, {"type": "array", "items": _TEXT}]}
        return {
            models._iso_date: lambda base, optional: nullable(_DATE, optional),
            models._yes_no: lambda base, optional: nullable(_YES_NO, optional),
            models._number: lambda base, optional: nullable(_NUMBER, optional),
            models._year: lambda base, optional: nullable(_YEAR, optional),
            models._one_or_many: lambda base, optional: nullable(ids, optional),
            models._fulfilment: lambda base, optional: {"anyOf": [_TEXT, self.of(base, optional)]},
            models._follow_up: lambda base, optional: {"anyOf": [_DATE, self.of(base, optional)]},
        }
