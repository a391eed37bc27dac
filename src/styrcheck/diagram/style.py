"""How a document looks: shape and colour from its type, frame from its political nature,
dimmed when it no longer applies. Everything is read from the profile's flags, never from
type names, so another municipality's profile gets a sensible picture too."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from styrcheck.core.profile import DocType, Profile
    from styrcheck.core.repository import Doc, Repository

# Pastel fills, one per document type in the profile's order. No orange: orange is the
# riktlinje's mark of the political parts of the model, drawn as the frame.
PALETTE = (
    "#c6dbef",
    "#d9f0d3",
    "#e8e0f5",
    "#fff7bc",
    "#d1ece9",
    "#f3d6e4",
    "#e0e0e0",
    "#dcedc1",
    "#cfe8fc",
    "#efe1d1",
    "#c7eae4",
    "#f2e6ff",
    "#eef2c6",
    "#d7dbf4",
)
MISSING_FILL = "#ffffff"

POLITICAL_FRAME = "#e8710a"  # the riktlinje's orange
OFFICIAL_FRAME = "#5f6368"
DERIVES_COLOUR = "#3c4043"
REPLACES_COLOUR = "#7b5ea7"
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"
MISSING_COLOUR = "#b3261e"
DIM_ALPHA = "59"  # about 35 % opacity, for fills, frames and text of dimmed documents

_POLITICAL_GUIDELINE = "politisk_riktlinje"  # the format's `slag` value (docs/format.md)


def fill(profile: Profile, type_name: str | None) -> str:
    if type_name is None:
        return MISSING_FILL
    return PALETTE[type_order(profile, type_name) % len(PALETTE)]


def shape(doc_type: DocType) -> str:
    """A shape per kind of document, from the profile's flags."""
    if doc_type.report:
        return "note"
    if doc_type.goals == "övergripande":
        return "hexagon"
    if doc_type.goals == "uppföljningsbara":
        return "rounded"
    if doc_type.goals == "förbjudna":
        return "tab"
    if not doc_type.parents:
        return "stadium" if doc_type.unique else "cylinder"
    return "box"


def political(doc: Doc) -> bool:
    """Political by its type (the profile's `politisk`), or a riktlinje that says it is a
    politisk riktlinje: the riktlinje lets either kind of body decide guidelines."""
    return bool(doc.type.political) or doc.model.get("kind") == _POLITICAL_GUIDELINE


def type_order(profile: Profile, type_name: str | None) -> int:
    """The type's place in the profile (its hierarchy order); unknown types last."""
    order = profile.type_order
    return order.get(type_name, len(order)) if type_name is not None else len(order)


def type_label(profile: Profile, type_name: str, lang: str) -> str:
    found = profile.doc_type(type_name)
    if found is None:
        return type_name
    _, doc_type = found
    return (doc_type.name_en if lang == "en" and doc_type.name_en else doc_type.name) or type_name


# --- time ----------------------------------------------------------------------------------


def successors(repo: Repository) -> dict[str, list[Doc]]:
    """Documents by the id of the document they replace (`ersätter`)."""
    found: dict[str, list[Doc]] = {}
    for doc in repo.documents:
        for old in doc.model.replaces:
            found.setdefault(old, []).append(doc)
    return found


def effective_end(doc: Doc, replaced_by: list[Doc]) -> date | None:
    """The last day a document applies: its giltig_till, or the day before a successor starts."""
    ends = [d.model.valid_from - timedelta(days=1) for d in replaced_by]
    if doc.model.valid_to is not None:
        ends.append(doc.model.valid_to)
    return min(ends) if ends else None


def valid_in(doc: Doc, year: int, replaced_by: list[Doc]) -> bool:
    """Whether the document applies at some time during `year`."""
    end = effective_end(doc, replaced_by)
    return doc.model.valid_from <= date(year, 12, 31) and (end is None or end >= date(year, 1, 1))


def status(doc: Doc, replaced_by: list[Doc], today: date, texts: dict[str, str]) -> tuple[bool, str]:
    """(dimmed, status line): superseded or expired documents are dimmed; a report on a
    period that has passed is not expired, it is what reports are."""
    taken_over = [d.model.valid_from for d in replaced_by if d.model.valid_from <= today]
    if taken_over:
        return True, texts["superseded"].format(date=min(taken_over).isoformat())
    end = doc.model.valid_to
    if end is not None and end < today and not doc.type.report:
        return True, texts["expired"].format(date=end.isoformat())
    if doc.model.valid_from > today:
        return False, texts["future"].format(date=doc.model.valid_from.isoformat())
    return False, ""
