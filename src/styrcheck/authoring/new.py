"""`styrcheck new TYPE`: a document skeleton for any type of the profile in use.

Every required field is written (filled in where the command line gave a value, else left
empty for a person: `validate` then names each one, M001), the optional ones follow commented
out, and each field has one comment line saying what to write.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from styrcheck.authoring.fields import FieldSpec, fields_of, hint
from styrcheck.core.errors import ToolError
from styrcheck.core.fields import model_of
from styrcheck.core.profile import DocType, Profile
from styrcheck.core.text import did_you_mean, fold

_HEAD = {
    "sv": (
        "# {name} ({type}), skapad med `styrcheck new`. Fyll i de tomma fälten och ta bort #\n"
        "# framför de valfria fält du vill använda. Kontrollera sedan med `styrcheck validate`.\n"
    ),
    "en": (
        "# {name} ({type}), made by `styrcheck new`. Fill in the empty fields and remove the #\n"
        "# before the optional fields you want to use. Then check with `styrcheck validate`.\n"
    ),
}
_OPTIONAL = {"sv": "# --- Valfria fält ---\n", "en": "# --- Optional fields ---\n"}
# A value written as it is (plain YAML) when it cannot be read as anything else.
_PLAIN = re.compile(r"[^\W\d][\w .,()/–…-]*", re.UNICODE)
_WORDS = {"ja", "nej", "yes", "no", "true", "false", "on", "off", "null", "y", "n"}


def doc_type(profile: Profile, name: str) -> tuple[str, DocType]:
    """The type `name` as the profile spells it, or a ToolError naming the types there are."""
    found = profile.doc_type(name)
    if found is None:
        suggestion = did_you_mean(name, profile.type_names())
        if suggestion:
            raise ToolError("new-unknown-type-suggest", type=name, suggestion=suggestion)
        raise ToolError("new-unknown-type", type=name, types=", ".join(profile.type_names()))
    return found


def slug(text: str) -> str:
    """An id or file name made of a title: folded, words joined by '-'."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))


def scalar(value: str) -> str:
    """`value` as a YAML scalar that reads back as this text."""
    if _PLAIN.fullmatch(value) and not value.endswith(" ") and fold(value) not in _WORDS:
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # a date reads as the date it is
        return value
    return json.dumps(value, ensure_ascii=False)


def skeleton(profile: Profile, type_name: str, lang: str, *, given: dict[str, str]) -> tuple[str, list[str]]:
    """The skeleton's text, and the required fields left for a person to fill in. `given` maps
    folded keys to values (`id`, `titel`, or any field of the type)."""
    name, definition = doc_type(profile, type_name)
    values = {"typ": name, **{fold(k): v for k, v in given.items()}}
    lines = [_HEAD[lang].format(name=definition.name, type=name)]
    specs = fields_of(model_of(definition, profile), definition)
    empty: list[str] = []
    for spec in (s for s in specs if s.required):
        value = values.get(fold(spec.key))
        lines.append(_field(spec, profile, definition, lang, value))
        if value is None:
            empty.append(spec.key)
    optional = [s for s in specs if not s.required]
    if optional:
        lines.append("\n" + _OPTIONAL[lang])
        for spec in optional:
            value = values.get(fold(spec.key))
            lines.append(_field(spec, profile, definition, lang, value, commented=value is None))
    return "".join(lines), empty


def _field(
    spec: FieldSpec, profile: Profile, definition: DocType, lang: str, value: str | None, commented: bool = False
) -> str:
    text = f"{spec.key}: {scalar(value)}" if value is not None else f"{spec.key}:"
    return f"# {hint(spec, lang, profile, definition)}\n{'# ' if commented else ''}{text}\n"


def with_id(given: dict[str, str]) -> dict[str, str]:
    """`given` with an id made of the title when none was given."""
    if not given.get("id") and slug(given.get("titel", "")):
        return {**given, "id": slug(given["titel"])}
    return given


def target(folder: Path, type_name: str, given: dict[str, str]) -> Path:
    """The file to write: named by the id, else by the type."""
    return folder / f"{given.get('id') or slug(type_name)}.yaml"
