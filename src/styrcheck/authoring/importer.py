"""`styrcheck import`: one YAML file per row of a register of steering documents.

Each value is read for the field it stands in: a type by its id or name in the profile, a
body by its id or name in organisation.yaml, a date as YYYY-MM-DD, a follow-up as a date or
an interval. A value that cannot be read is never dropped: it stays in the file as a comment
with the reason, and the field is left empty for a person (validate then names it, M001).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from styrcheck.authoring.fields import fields_of
from styrcheck.authoring.new import scalar, slug
from styrcheck.authoring.register import Register, iso_date
from styrcheck.core.fields import model_of
from styrcheck.core.models import SCOPE_KEYWORDS, Document, Organisation
from styrcheck.core.profile import Profile
from styrcheck.core.text import fold

DATES = {"beslutsdatum", "giltig_från", "giltig_till"}
ORGANS = {"beslutad_av", "ägare"}
_WHY = {
    "sv": {
        "date": "inte ett datum ÅÅÅÅ-MM-DD (dag och månad i annan ordning kan läsas på två sätt)",
        "type": "ingen dokumenttyp i styrmodellen ({types})",
        "organ": "inget organ med det id:t eller namnet i organisation.yaml",
        "no-organisation": "det finns ingen organisation.yaml att slå upp organet i",
        "follow-up": "varken ett datum ÅÅÅÅ-MM-DD eller ett intervall (år, mandatperiod, 2 år …)",
        "missing": "saknas i registret",
        "head": "# Importerad av styrcheck från {register}, rad {row}.\n",
        "kept": "# I registret: {field}: {value!r} – {reason}\n",
    },
    "en": {
        "date": "not a date YYYY-MM-DD (day and month in another order can be read two ways)",
        "type": "no document type of the styrmodell ({types})",
        "organ": "no body with that id or name in organisation.yaml",
        "no-organisation": "there is no organisation.yaml to look the body up in",
        "follow-up": "neither a date YYYY-MM-DD nor an interval (år, mandatperiod, 2 år …)",
        "missing": "not in the register",
        "head": "# Imported by styrcheck from {register}, row {row}.\n",
        "kept": "# In the register: {field}: {value!r} – {reason}\n",
    },
}


@dataclass
class Row:
    """One document: the values read, and what a person must still do."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)  # canonical key -> value
    kept: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (as written, reason)

    @property
    def type_name(self) -> str | None:
        return self.values.get("typ")


class Reader:
    """Reads the values of a register's rows for a profile and an organisation."""

    def __init__(self, profile: Profile, organisation: Organisation | None, lang: str) -> None:
        self.profile, self.organisation, self.why = profile, organisation, _WHY[lang]
        self.types: dict[str, str] = {}  # a type's name compared -> its canonical name
        for name, definition in profile.types():
            for written in (name, definition.name, definition.name_en or name):
                self.types.setdefault(_words(written), name)
        self.organs: dict[str, str] = {}  # a body's id or name compared -> its id
        for organ in organisation.organs if organisation else []:
            for written in (organ.id, organ.name or organ.id):
                self.organs.setdefault(_words(written), organ.id)

    def row(self, number: int, cells: list[Any], columns: dict[str, int]) -> Row:
        row = Row(number)
        for key, column in columns.items():
            value = cells[column] if column < len(cells) else None
            if value is None or str(value).strip() == "":
                continue
            read, reason = self.value(key, value)
            if reason is None:
                row.values[key] = read
            else:
                row.kept[key] = (str(value).strip(), reason)
        return row

    def value(self, key: str, value: Any) -> tuple[Any, str | None]:
        """The value for `key`, or why it cannot be read."""
        text = str(value).strip()
        if key in DATES:
            iso = iso_date(value)
            return (iso, None) if iso else (None, self.why["date"])
        if key == "typ":
            name = self.types.get(_words(text))
            return (name, None) if name else (None, self.why["type"].format(types=", ".join(self.profile.type_names())))
        if key in ORGANS:
            return self.organ(text)
        if key == "gäller_för":
            keyword = SCOPE_KEYWORDS.get(fold(text.replace(" ", "_")))
            if keyword:
                return keyword, None
            ids = [self.organ(part.strip()) for part in text.replace(";", ",").split(",") if part.strip()]
            failed = next((reason for _, reason in ids if reason), None)
            return (None, failed) if failed else ([i for i, _ in ids], None)
        if key == "uppföljning":
            iso = iso_date(value)
            if iso:
                return iso, None
            if self.profile.interval(text):
                return {"intervall": text}, None
            return None, self.why["follow-up"]
        return text, None

    def organ(self, text: str) -> tuple[str | None, str | None]:
        if self.organisation is None:
            return None, self.why["no-organisation"]
        found = self.organs.get(_words(text))
        return (found, None) if found else (None, self.why["organ"])


def _words(text: str) -> str:
    """A name compared: folded, `_` and `-` as spaces (`Lagstadgad plan` = `lagstadgad_plan`)."""
    return " ".join(fold(text).replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True)
class Planned:
    path: Path
    text: str
    row: Row
    empty: list[str]  # required fields left for a person


def plan(
    register: Register, name: str, columns: dict[str, int], reader: Reader, folder: Path, lang: str
) -> list[Planned]:
    """The file of each row, named by its id (made of the title when the register has none)."""
    planned, taken = [], set()
    for number, cells in register.rows:
        row = reader.row(number, cells, columns)
        wanted = row.values.get("id") or slug(row.values.get("titel", "")) or f"rad-{number}"
        stem, count = wanted, 1
        while stem in taken:
            count += 1
            stem = f"{wanted}-{count}"
        taken.add(stem)
        row.values["id"] = stem
        text, empty = document(row, name, reader.profile, lang)
        planned.append(Planned(folder / f"{stem}.yaml", text, row, empty))
    return planned


def document(row: Row, register: str, profile: Profile, lang: str) -> tuple[str, list[str]]:
    """The file's text, in the order of the type's fields, and the required fields left empty."""
    why = _WHY[lang]
    lines = [why["head"].format(register=register, row=row.number)]
    found = profile.doc_type(row.type_name) if row.type_name else None
    specs = fields_of(model_of(found[1], profile), found[1]) if found else fields_of(Document)
    empty = []
    for spec in specs:
        if spec.key in row.kept:
            written, reason = row.kept[spec.key]
            lines.append(why["kept"].format(field=spec.key, value=written, reason=reason))
        if spec.key in row.values:
            lines.append(f"{spec.key}: {_yaml(row.values[spec.key])}\n")
        elif spec.required or spec.key in row.kept:
            lines.append(f"{spec.key}:\n")
            empty.append(spec.key)
    return "".join(lines), empty


def _yaml(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in value.items()) + "}"
    return scalar(str(value))
