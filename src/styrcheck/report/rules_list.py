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

_HEADS = {
    "sv": ("kod", "namn", "allvarlighet", "taggar", "sammanfattning"),
    "en": ("code", "name", "severity", "tags", "summary"),
}


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

    table = Table(box=None, show_edge=False, pad_edge=False)
    code, name, severity, tags, summary = _HEADS[lang]
    for column in (code, name, severity):  # ids and words a reader copies: never broken mid-word
        table.add_column(column, no_wrap=True)
    table.add_column(tags)
    # The prose takes what room is left, at 80 columns too, without breaking its heading.
    table.add_column(summary, overflow="fold", ratio=1, min_width=len(summary))
    for row in listed:
        table.add_row(
            row["code"], row["name"], SEVERITY_WORDS[lang][row["severity"]], ", ".join(row["tags"]), row["summary"]
        )
    console.print(table)
