#!/usr/bin/env python3
"""Write forteckning.xlsx and forteckning.csv: a register of steering documents as a
municipality keeps one, with Swedish headings and some rows a person must look at.

    python examples/register/make_register.py     # needs openpyxl (pip install 'styrcheck[import]')

The csv is what Swedish Excel writes with "CSV (semikolonavgränsad)": `;` between values, in
cp1252. README.md says what `styrcheck import` makes of each row.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
HEADINGS = ["Titel", "Dokumenttyp", "Beslutad av", "Beslutsdatum", "Diarienummer", "Giltig från", "Giltig till",
            "Gäller för", "Ägare", "Aktualitetsprövning"]
ROWS = [
    ["Vision för Exempelby 2040", "Vision", "Kommunfullmäktige", datetime(2019, 6, 17), "KS-2019/0100",
     datetime(2019, 7, 1), datetime(2040, 12, 31), "Hela kommunkoncernen", None, None],
    ["Riktlinje för attest", "Riktlinje", "Kommundirektören", datetime(2023, 3, 13), "KS-2023/0190",
     datetime(2023, 4, 1), None, "Kommunala organisationen", "Kommunstyrelsens kontor", datetime(2026, 3, 31)],
    # A date typed without leading zeros, and names written as ids: read as they are meant.
    ["Riktlinje för representation", "riktlinje", "kommundirektoren", "2023-5-2", "KS-2023/0301", "2023-06-01",
     None, "kommunala organisationen", "kommunstyrelsens-kontor", "mandatperiod"],
    ["Riktlinje för skolskjuts", "Riktlinje", "Barn- och utbildningsnämnden", datetime(2024, 2, 20), "BUN-2024/12",
     datetime(2024, 3, 1), None, "Barn- och utbildningsnämnden", "Utbildningskontoret", "2 år"],
    # Bad: a date that could be 5 February or 2 May.
    ["Riktlinje för tjänsteresor", "Riktlinje", "Kommundirektören", "5/2/2023", "KS-2023/0050", datetime(2023, 3, 1),
     None, "Kommunala organisationen", "Kommunstyrelsens kontor", datetime(2026, 2, 28)],
    # Bad: a type the styrmodell does not have.
    ["Policy för sociala medier", "Policy", "Kommunstyrelsen", datetime(2022, 9, 12), "KS-2022/0712",
     datetime(2022, 10, 1), None, "Kommunala organisationen", "Kommunstyrelsens kontor", datetime(2025, 9, 30)],
    # Bad: a body that is not in organisation.yaml.
    ["Riktlinje för lokalbokning", "Riktlinje", "Tekniska nämnden", datetime(2023, 11, 6), "TN-2023/88",
     datetime(2024, 1, 1), None, "Kommunala organisationen", "Kommunstyrelsens kontor", datetime(2026, 12, 31)],
    None,  # an empty row: left out
    # Bad: no owner.
    ["Riktlinje för friskvård", "Riktlinje", "Kommundirektören", datetime(2024, 1, 22), "KS-2024/0033",
     datetime(2024, 2, 1), None, "Kommunala organisationen", None, datetime(2026, 1, 31)],
    # Bad: a follow-up that is neither a date nor an interval.
    ["Riktlinje för arkivering", "Riktlinje", "Kommundirektören", datetime(2023, 10, 2), "KS-2023/0811",
     datetime(2023, 11, 1), None, "Kommunala organisationen", "Kommunstyrelsens kontor", "vid behov"],
]


def main() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Styrande dokument"
    sheet.append(HEADINGS)
    for row in ROWS:
        sheet.append(row or [])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd"
    book.save(HERE / "forteckning.xlsx")
    with open(HERE / "forteckning.csv", "w", encoding="cp1252", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADINGS)
        for row in ROWS:
            writer.writerow([v.date().isoformat() if isinstance(v, datetime) else v for v in row or [""] * 10])


if __name__ == "__main__":
    main()
