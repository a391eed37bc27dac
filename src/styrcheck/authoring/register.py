"""Reading a register of steering documents (one row a document) from Excel or csv, and
finding which column holds which field.

xlsx is read by openpyxl (the `import` extra). csv is read as Swedish Excel writes it: `;`
between values (`,` and tab are recognised too), in cp1252 unless it is UTF-8 (with or without
a byte order mark).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from styrcheck.core.errors import ToolError
from styrcheck.core.text import did_you_mean, fold

# Common Swedish (and a few English) headings of a register, by the field they hold.
HEADINGS: dict[str, tuple[str, ...]] = {
    "id": ("id", "dokument-id", "dokumentid"),
    "titel": ("titel", "dokumentnamn", "dokumenttitel", "namn", "rubrik", "title"),
    "typ": ("dokumenttyp", "typ", "beteckning", "dokumentslag", "type"),
    "beslutad_av": (
        "beslutad av",
        "beslutsinstans",
        "beslutande organ",
        "beslutsfattare",
        "fastställd av",
        "decided by",
    ),
    "beslutsdatum": ("beslutsdatum", "beslutad", "beslutsdag", "datum för beslut", "fastställd", "decided on"),
    "diarienummer": ("diarienummer", "dnr", "diarienr", "ärendenummer", "case number"),
    "giltig_från": ("giltig från", "giltigt från", "gäller från", "ikraftträdande", "valid from"),
    "giltig_till": ("giltig till", "giltigt till", "gäller till", "valid to"),
    "gäller_för": ("gäller för", "omfattning", "målgrupp", "applies to"),
    "utgår_från": ("utgår från",),
    "ägare": ("ägare", "dokumentägare", "ansvarig", "ansvarig förvaltning", "owner"),
    "uppföljning": (
        "uppföljning",
        "aktualitetsprövning",
        "revideras",
        "nästa revidering",
        "uppföljningsdatum",
        "review",
    ),
    "beskrivning": ("beskrivning", "kommentar", "anmärkning", "description"),
}


class RegisterError(ToolError):
    """A register that cannot be read, or a mapping that names what is not there (exit 2)."""


@dataclass(frozen=True)
class Register:
    headings: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number in the file, values)


def _key(heading: str) -> str:
    """A heading compared: folded, punctuation and runs of space as one space."""
    return " ".join(re.sub(r"[^\w/-]+", " ", fold(heading)).split())


def read(path: Path, sheet: str | None = None) -> Register:
    """The first row with values is the headings; rows without any value are left out."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        table = _xlsx(path, sheet)
    elif path.suffix.lower() in (".csv", ".txt"):
        table = _csv(path)
    else:
        raise RegisterError("import-format", path=path)
    numbered = [(n, row) for n, row in enumerate(table, 1) if any(_filled(v) for v in row)]
    if not numbered:
        raise RegisterError("import-empty", path=path)
    (_, head), body = numbered[0], numbered[1:]
    return Register([str(h).strip() if h is not None else "" for h in head], body)


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def _xlsx(path: Path, sheet: str | None) -> list[list[Any]]:
    try:
        import openpyxl
    except ImportError:
        raise RegisterError("import-needs-openpyxl") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001 - openpyxl raises many kinds for a file that is no workbook
        raise RegisterError("import-unreadable", path=path, reason=err) from None
    if sheet is not None and sheet not in book.sheetnames:
        raise RegisterError("import-no-sheet", sheet=sheet, sheets=", ".join(book.sheetnames))
    rows = [list(row) for row in (book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True)]
    book.close()
    return rows


def _csv(path: Path) -> list[list[Any]]:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise RegisterError("import-unreadable", path=path, reason=err.strerror or err) from None
    try:
        text = raw.decode("utf-8-sig")  # UTF-8, with Excel's byte order mark or without
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Swedish Excel's "CSV (semikolonavgränsad)"
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def given_mapping(columns: list[str], mapping_file: Path | None) -> dict[str, str]:
    """Field -> heading, from a mapping file (FIELD: HEADING lines) and then `--column
    FIELD=HEADING` (which wins)."""
    given: dict[str, str] = {}
    if mapping_file is not None:
        from styrcheck.core.loader import read as read_yaml

        source = read_yaml(mapping_file, str(mapping_file))
        data = source.data
        if source.findings or not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise RegisterError("import-bad-mapping", path=mapping_file)
        given.update(data)
    for column in columns:
        field, sep, heading = column.partition("=")
        if not sep or not field.strip() or not heading.strip():
            raise RegisterError("import-bad-column", value=column)
        given[field.strip()] = heading.strip()
    return given


def mapping(headings: list[str], given: dict[str, str]) -> dict[str, int]:
    """Field -> column: what `given` (field -> heading) says, else the common headings."""
    from styrcheck.core.models import display_names

    fields = display_names()  # folded key -> canonical: any field of the format
    columns = {_key(h): i for i, h in enumerate(headings) if h}
    found: dict[str, int] = {}
    for field, heading in given.items():
        name = fields.get(fold(field))
        if name is None:
            raise RegisterError(
                "import-unknown-field", field=field, suggestion=did_you_mean(field, list(HEADINGS)) or "titel"
            )
        if _key(heading) not in columns:
            raise RegisterError("import-no-column", heading=heading, headings=", ".join(h for h in headings if h))
        found[name] = columns[_key(heading)]
    for field, names in HEADINGS.items():
        if field not in found:
            column = next((columns[_key(n)] for n in names if _key(n) in columns), None)
            if column is not None and column not in found.values():
                found[field] = column
    if "titel" not in found:
        raise RegisterError("import-no-title", headings=", ".join(h for h in headings if h))
    return found


def iso_date(value: Any) -> str | None:
    """A date as YYYY-MM-DD: an Excel date, or text written YYYY-MM-DD (zeros may be left
    out: 2023-5-2) or YYYYMMDD. None for anything else: day and month in another order could
    be either, and a guess would be worse than asking."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*|\s*(\d{4})(\d{2})(\d{2})\s*", str(value))
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups() if g is not None)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
