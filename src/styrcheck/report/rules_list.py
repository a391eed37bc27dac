"""`styrcheck rules`: every rule with its code, name, severity in a profile, tags and summary,
as JSON or as a table (docs/rules.md is rules_markdown.py)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from styrcheck.checks.registry import all_rules
from styrcheck.explain import SEVERITY_WORDS

if TYPE_CHECKING:
    from rich.console import Console

    from styrcheck.core.profile import Profile

# The table's columns per language: what the rule is in the reader's language comes second. A
# Swedish reader gets the rule's Swedish summary as its title; the English name, like the tags,
# is an id (for --select, --ignore and JSON) and an English title at once. English adds the
# summary where the terminal has room for it without breaking a word (not at 80 columns).
_COLUMNS = {
    "sv": (("code", "kod"), ("summary", "titel"), ("severity", "allvarlighet"), ("tags", "taggar")),
    "en": (("code", "code"), ("name", "name"), ("severity", "severity"), ("tags", "tags"), ("summary", "summary")),
}
_OPTIONAL = {"en": "summary"}
_PROSE = ("summary", "tags")  # wrapped at spaces; ids and words a reader copies are never broken
_GAP = 2  # rich's padding between columns


def rows(profile: Profile, lang: str) -> list[dict[str, Any]]:
    """One row per rule, in code order; a rule the profile turns off has severity `off`."""
    found = []
    for rule in all_rules():
        severity = profile.severity(rule.code)
        found.append(
            {
                "code": rule.code,
                "name": rule.name,
                "severity": str(severity) if severity else "off",
                "tags": list(rule.tags),
                "summary": rule.summary_in(profile).get(lang),
            }
        )
    return found


def render_json(listed: list[dict[str, Any]]) -> str:
    return json.dumps(listed, ensure_ascii=False, indent=2) + "\n"


def print_table(listed: list[dict[str, Any]], lang: str, console: Console) -> None:
    """The rows as a table, laid out by rich for `console`'s width."""
    from rich.table import Table

    cells = [{**row, "severity": SEVERITY_WORDS[lang][row["severity"]]} for row in listed]
    narrowest = {key: _narrowest(key, heading, cells) for key, heading in _COLUMNS[lang]}
    columns = [
        (key, heading)
        for key, heading in _COLUMNS[lang]
        if key != _OPTIONAL.get(lang) or sum(narrowest.values()) + _GAP * (len(narrowest) - 1) <= console.width
    ]
    table = Table(box=None, show_edge=False, pad_edge=False)
    for key, heading in columns:
        if key in _PROSE:  # takes what room is left, but never less than its longest word
            table.add_column(heading, ratio=1 if key == "summary" else None, min_width=narrowest[key])
        else:
            table.add_column(heading, no_wrap=True)
    for row in cells:
        table.add_row(*(_text(row[key]) for key, _ in columns))
    console.print(table)


def _narrowest(key: str, heading: str, cells: list[dict[str, Any]]) -> int:
    """How narrow the column of `key` can be without breaking a word (prose) or a value (ids)."""
    if key in _PROSE:
        return max([len(heading)] + [len(word) for row in cells for word in _text(row[key]).split()])
    return max([len(heading)] + [len(_text(row[key])) for row in cells])


def _text(value: str | list[str]) -> str:
    return ", ".join(value) if isinstance(value, list) else value
