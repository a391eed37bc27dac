"""`styrcheck due`: what falls due, by date: follow-ups, reports on ended plans, and documents
that expire with nothing to replace them.

Overdue items are always listed; upcoming ones up to `today + within`. The dates are the same
the F rules use (styrcheck.core.calendar), so `due` and `validate` never disagree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from styrcheck import __version__
from styrcheck.core import calendar
from styrcheck.core.errors import ToolError
from styrcheck.core.loader import PathKey
from styrcheck.core.repository import Doc, Repository

SCHEMA_VERSION = 1
FOLLOW_UP, REPORT, EXPIRY = "follow-up", "report", "expiry"

_WORDS: dict[str, dict[str, Any]] = {
    "sv": {
        FOLLOW_UP: "uppföljning",
        REPORT: "redovisning",
        EXPIRY: "upphör att gälla",
        "overdue": "försenad",
        "upcoming": "kommande",
        "head": ("datum", "status", "vad", "dokument", "ansvarig"),
    },
    "en": {
        FOLLOW_UP: "follow-up",
        REPORT: "report",
        EXPIRY: "expires",
        "overdue": "overdue",
        "upcoming": "upcoming",
        "head": ("date", "status", "what", "document", "owner"),
    },
}


class WindowError(ToolError, ValueError):
    """A `--within` that cannot be read."""


@dataclass(frozen=True, order=True)
class DueItem:
    date: date
    document: str
    kind: str  # FOLLOW_UP | REPORT | EXPIRY
    title: str = field(compare=False)
    path: str = field(compare=False)
    line: int = field(compare=False)
    owner: str | None = field(compare=False)  # organ id
    owner_name: str | None = field(compare=False)


def window_end(today: date, within: str) -> date:
    """`90d`, `12w`, `6m`, `1y` (a bare number is days) after `today`."""
    found = re.fullmatch(r"\s*(\d+)\s*([dwmy]?)\s*", within.lower())
    if found is None:
        raise WindowError("within", value=within)
    count, unit = int(found.group(1)), found.group(2) or "d"
    try:
        if unit == "d":
            return today + timedelta(days=count)
        if unit == "w":
            return today + timedelta(weeks=count)
        return calendar.add_months(today, count * (12 if unit == "y" else 1))
    except (OverflowError, ValueError):  # past date.max
        raise WindowError("within-too-far", value=within) from None


def collect(repo: Repository, until: date) -> list[DueItem]:
    """Every follow-up, report and expiry due on or before `until`, overdue ones included."""
    items: list[DueItem] = []
    for doc in repo.documents:
        owner = doc.model.get("owner") or doc.model.decided_by
        # The earlier of the document's own follow-up and the review its type needs (F003's date).
        due = calendar.due_of(doc, repo.profile) if not calendar.retired(repo, doc) else None
        if due is not None and due.date <= until:
            items.append(_item(repo, doc, due.date, FOLLOW_UP, owner, ("uppfoljning",)))
        report = calendar.report_due(repo, doc)
        if report is not None and report[0] <= until:
            items.append(_item(repo, doc, report[0], REPORT, doc.model.decided_by, ("giltig_till",)))
        end = doc.model.valid_to
        if end is not None and end <= until and not doc.type.report and not calendar.successors(repo, doc):
            items.append(_item(repo, doc, end, EXPIRY, owner, ("giltig_till",)))
    return sorted(items)


def _item(repo: Repository, doc: Doc, when: date, kind: str, owner: str, path: PathKey) -> DueItem:
    organ = repo.organs.get(owner)
    return DueItem(
        when,
        doc.id,
        kind,
        doc.model.title,
        doc.path,
        doc.source.position(path)[0],
        owner,
        organ.name if organ is not None and organ.name else None,
    )


def words(lang: str) -> dict:
    """The words of the calendar (kinds, statuses, column heads) in `lang`."""
    return _WORDS[lang]


def render_text(items: list[DueItem], today: date, until: date, lang: str) -> str:
    said = words(lang)
    if lang == "sv":
        head = f"Försenat och kommande till och med {until} (i dag {today})"
        empty = f"Inget är försenat eller förfaller till och med {until}."
    else:
        head = f"Overdue and upcoming up to {until} (today {today})"
        empty = f"Nothing is overdue or falls due up to {until}."
    if not items:
        return f"{head}\n\n{empty}\n"
    rows = [said["head"]] + [
        (
            item.date.isoformat(),
            said["overdue" if item.date < today else "upcoming"],
            said[item.kind],
            item.document,
            item.owner_name or item.owner or "—",
        )
        for item in items
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths)) + "  " + row[4] for row in rows]
    overdue = sum(item.date < today for item in items)
    upcoming = len(items) - overdue
    total = f"{overdue} försenade, {upcoming} kommande." if lang == "sv" else f"{overdue} overdue, {upcoming} upcoming."
    return "\n".join([head, "", *lines, "", total]) + "\n"


def render_json(items: list[DueItem], today: date, until: date) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "styrcheck", "version": __version__},
        "today": today.isoformat(),
        "until": until.isoformat(),
        "items": [
            {
                "date": item.date.isoformat(),
                "status": "overdue" if item.date < today else "upcoming",
                "kind": item.kind,
                "document": item.document,
                "title": item.title,
                "path": item.path,
                "line": item.line,
                "owner": item.owner,
                "owner_name": item.owner_name,
            }
            for item in items
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
