"""Tables for Excel: the document register (`report --format csv|xlsx`) and the follow-up
calendar (`due --format csv|xlsx`).

CSV is written for a Swedish Excel: UTF-8 with a byte order mark, without which Excel reads
the file as Windows-1252 and garbles å/ä/ö, and `;` between fields, the list separator of a
Swedish locale, where `,` is the decimal sign (Excel opens a `,`-separated file as one column).
A cell that starts with = + - @ or a tab or carriage return would be run as a formula by a
spreadsheet (CSV injection): it gets a leading apostrophe, which Excel shows as text.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import TYPE_CHECKING

from styrcheck.core.diagnostics import Severity
from styrcheck.core.diagnostics import Text as T
from styrcheck.diagram.model import clean

if TYPE_CHECKING:
    from styrcheck.due import DueItem
    from styrcheck.site.model import Site

FORMATS = ("csv", "xlsx")
Cell = str | int | date | None

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

REGISTER = (
    T("Id", "Id"),
    T("Titel", "Title"),
    T("Dokumenttyp", "Document type"),
    T("Beslutad av", "Decided by"),
    T("Beslutsdatum", "Decided on"),
    T("Diarienummer", "Case number"),
    T("Giltig från", "Valid from"),
    T("Giltig till", "Valid to"),
    T("Status", "Status"),
    T("Ägare", "Owner"),
    T("Nästa uppföljning", "Next follow-up"),
    T("Utgår från", "Derives from"),
    T("Ersätter", "Replaces"),
    T("Ersatt av", "Replaced by"),
    T("Publicering", "Publication"),
    T("Fel", "Errors"),
    T("Varningar", "Warnings"),
    T("Fil", "File"),
)
CALENDAR = (
    T("Datum", "Date"),
    T("Status", "Status"),
    T("Vad", "What"),
    T("Dokument", "Document"),
    T("Titel", "Title"),
    T("Ansvarig", "Owner"),
    T("Ansvarig (namn)", "Owner (name)"),
    T("Fil", "File"),
    T("Rad", "Line"),
)


def safe(value: Cell) -> Cell:
    """A cell no spreadsheet runs as a formula, on one line, with no control character
    (written as an escape, as in every report of styrcheck; openpyxl refuses them)."""
    if isinstance(value, str):
        value = clean(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def register_rows(site: Site) -> list[list[Cell]]:
    """One row a document: the columns of a registrar's register."""
    from styrcheck.site.words import words

    said = words(site.lang, site.repo.profile)
    rows: list[list[Cell]] = []
    for page in site.pages:
        model = page.doc.model
        rows.append(
            [
                model.id,
                model.title,
                page.type_label,
                page.decided_by.title or page.decided_by.id,
                model.decided_on,
                model.case_number,
                model.valid_from,
                model.valid_to,
                said[page.status] + (f", {said['due']}" if page.is_due else ""),
                (page.owner.title or page.owner.id) if page.owner else None,
                page.next_follow_up,
                ", ".join(ref.id for ref in page.parents),
                ", ".join(ref.id for ref in page.replaces),
                ", ".join(ref.id for ref in page.replaced_by),
                model.publication,
                page.count(Severity.ERROR),
                page.count(Severity.WARNING),
                page.doc.path,
            ]
        )
    return rows


def calendar_rows(items: list[DueItem], today: date, lang: str) -> list[list[Cell]]:
    from styrcheck.due import words

    said = words(lang)
    return [
        [
            item.date,
            said["overdue" if item.date < today else "upcoming"],
            said[item.kind],
            item.document,
            item.title,
            item.owner,
            item.owner_name,
            item.path,
            item.line,
        ]
        for item in items
    ]


def write(head: tuple[T, ...], rows: list[list[Cell]], output_format: str, lang: str) -> bytes:
    """The table as CSV or as an Excel workbook."""
    names = [column.get(lang) for column in head]
    if output_format == "csv":
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_text(cell) for cell in row] for row in rows)
        return text.getvalue().encode("utf-8-sig")
    return _xlsx(names, rows)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.isoformat()
    return str(safe(cell))


def _xlsx(names: list[str], rows: list[list[Cell]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook(write_only=False)
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens with one worksheet, active
    sheet.append(names)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe(cell) for cell in row])
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, name in enumerate(names, 1):
        width = max([len(name)] + [len(_text(row[index - 1])) for row in rows[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
