"""pydantic's validation errors as the problems styrcheck reports (M001 missing or empty,
M003 a wrong value): where in the data, which rule, which message and which values. Documents
(repository.py) and profiles (profile.py) get the same words for the same mistake."""

from __future__ import annotations

from typing import Any

from styrcheck.catalogue.raised import M001, M003, Raised
from styrcheck.core.loader import PathKey
from styrcheck.core.models import display_names


def data_path(data: Any, loc: tuple[int | str, ...], missing: bool = False) -> PathKey:
    """The part of pydantic's error location that is a real path into the data (it also
    names union members and validator functions, which are no place in the file). A missing
    field's key is the one part that is not in the data."""
    path: list[str | int] = []
    here = data
    for index, part in enumerate(loc):
        last = missing and index == len(loc) - 1
        if isinstance(here, dict) and isinstance(part, str) and (part in here or last):
            path.append(part)
            here = here.get(part)
        elif isinstance(here, list) and isinstance(part, int) and part < len(here):
            path.append(part)
            here = here[part]
    return tuple(path)


_M003_KEYS = {
    "iso_date": "date",
    "yes_no": "bool",
    "choice": "choice",
    "number": "number",
    "float_parsing": "number",
    "year": "year",
    "int_parsing": "integer",
    "int_type": "integer",
    "string_type": "text",
    "list_type": "list",
    "model_type": "mapping",
    "dict_type": "mapping",
    "model_attributes_type": "mapping",
    "id": "id",
    "comma_list": "comma-list",
}


def value_problem(error: Any, field_name: str) -> tuple[Raised, str, dict[str, Any]]:
    """The rule (M001 or M003), message key and values for a pydantic error about a value
    (not a missing or unknown key). Profiles get the same words (profile.py)."""
    kind = error["type"]
    if kind in ("empty", "id_empty", "too_short") or (error.get("input") is None and kind.endswith("_type")):
        return M001, "empty", {"field": field_name}
    ctx = error.get("ctx") or {}
    key = _M003_KEYS.get(kind, "default")
    if key == "choice" and ctx.get("suggestion"):
        key = "choice-suggest"
    elif key == "date" and ctx.get("kind"):
        key = ctx["kind"]  # a date written another way: the variant that suggests the ISO date
    elif isinstance(error.get("input"), (dict, list)):
        key = _shape_key(key, error["input"])
    value = ctx.get("value", error.get("input"))
    return (
        M003,
        key,
        {
            "field": field_name,
            "value": _short(value),
            "allowed": ctx.get("allowed", ""),
            "suggestion": ctx.get("suggestion", ""),
            "problem": error.get("msg", ""),
            "alternative": ctx.get("alternative", ""),
            "days": ctx.get("days", ""),
        },
    )


def shown_name(folded: str) -> str:
    """A field's name as the user writes it (`utgår_från` for the folded `utgar_fran`)."""
    return display_names().get(folded, folded)


def _shape_key(key: str, given: dict | list) -> str:
    """The M003 variant for a list or mapping where something else belongs: the message then
    names the shape in the user's language rather than quoting it."""
    shape = "list" if isinstance(given, list) else "mapping"
    if key in ("text", "list", "mapping"):
        return f"{key}-got-{shape}" if key != shape else key
    return f"got-{shape}"


def _short(value: Any) -> str:
    text = "" if isinstance(value, (dict, list)) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"
