"""What a date written another way than ÅÅÅÅ-MM-DD most likely means, so that M003 can
suggest the ISO date to write instead of only refusing the value: `2023-5-2`, `20230502`,
`23-05-02`, `5/2/2023` (which may be 5 February or 2 May: both are named), `2 maj 2023` and
the other month names and abbreviations in Swedish and English, an Excel serial (`45048`) and a
day the month does not have (`2023-02-30`, for which the month's last day is named)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from styrcheck.core.text import fold


@dataclass(frozen=True)
class Reading:
    """`kind` is the M003 message variant (date-suggest, date-ambiguous, date-impossible,
    date-serial); `suggestion` the ISO date to write, `alternative` the other reading of an
    ambiguous one, `days` how many days the month has."""

    kind: str
    suggestion: str
    alternative: str = ""
    days: int = 0


# Swedish and English month names and their usual abbreviations, folded (å/ä/ö to a/a/o).
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan", "january"),
            ("februari", "feb", "february"),
            ("mars", "mar", "march"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "jun", "june"),
            ("juli", "jul", "july"),
            ("augusti", "aug", "august"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct", "october"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_SEP = r"\s*[-/.]\s*"
_YEAR_FIRST = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_SHORT_YEAR_FIRST = re.compile(r"(\d{2})-(\d{1,2})-(\d{1,2})")  # ÅÅ-MM-DD, as Swedish forms have it
_YEAR_LAST = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})")
_DIGITS = re.compile(r"\d{6}|\d{8}")  # ÅÅMMDD or ÅÅÅÅMMDD
_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})(?::[ae])?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_NAME_DAY = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_EXCEL = re.compile(r"\d{5}(\.\d+)?")
_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0, given its leap day in 1900 that never was


def read(text: str) -> Reading | None:
    """The ISO date `text` most likely stands for, or None when it looks like no date."""
    text = text.strip()
    if match := _TIME.fullmatch(text):
        year, month, day = map(int, match[1].split("-"))
        return _ymd(year, month, day)
    if match := _YEAR_FIRST.fullmatch(text):
        return _ymd(int(match[1]), int(match[2]), int(match[3]))
    if match := _SHORT_YEAR_FIRST.fullmatch(text):
        return _ymd(2000 + int(match[1]), int(match[2]), int(match[3]))
    if match := _DIGITS.fullmatch(text):
        year = int(text[:-4]) + (2000 if len(text) == 6 else 0)
        return _ymd(year, int(text[-4:-2]), int(text[-2:]))
    if match := _YEAR_LAST.fullmatch(text):
        return _day_month_year(int(match[1]), int(match[2]), int(match[3]))
    if (match := _DAY_MONTH_NAME.fullmatch(text)) and fold(match[2]) in _MONTHS:
        return _ymd(int(match[3]), _MONTHS[fold(match[2])], int(match[1]))
    if (match := _MONTH_NAME_DAY.fullmatch(text)) and fold(match[1]) in _MONTHS:
        return _ymd(int(match[3]), _MONTHS[fold(match[1])], int(match[2]))
    if _EXCEL.fullmatch(text) and 10000 <= float(text) < 100000:
        return Reading("date-serial", (_EXCEL_EPOCH + timedelta(days=int(float(text)))).isoformat())
    return None


def _ymd(year: int, month: int, day: int, kind: str = "date-suggest") -> Reading | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and year >= 1):
        return None
    last = calendar.monthrange(year, month)[1]
    if day > last:
        return Reading("date-impossible", date(year, month, last).isoformat(), days=last)
    return Reading(kind, date(year, month, day).isoformat())


def _day_month_year(first: int, second: int, year: int) -> Reading | None:
    """`5/2/2023`: day first as Swedes write it, unless only month first can be a date; when
    both can, both readings are named."""
    day_first = _ymd(year, second, first)
    month_first = _ymd(year, first, second)
    if first == second or month_first is None or month_first.kind != "date-suggest":
        return day_first or month_first
    if day_first is None or day_first.kind != "date-suggest":
        return month_first
    return Reading("date-ambiguous", day_first.suggestion, month_first.suggestion)
