"""Messages in the user's language: Swedish for `sv_*` locales, English otherwise."""

from __future__ import annotations

import locale
import os
from collections import defaultdict

from styrcheck.checks.registry import lookup
from styrcheck.core.diagnostics import Finding, Text

LANGUAGES = ("sv", "en")

_CRASHED = Text(
    sv="Regeln {code} kraschade i styrcheck och kunde inte köras klart: {error}. "
    "Detta är ett fel i styrcheck, inte i dina dokument; rapportera det gärna.",
    en="Rule {code} crashed inside styrcheck and could not finish: {error}. "
    "This is a bug in styrcheck, not in your documents; please report it.",
)


def default_language() -> str:
    """`sv` when the locale is Swedish (LC_ALL, LC_MESSAGES, LANG), else `en`."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    current = locale.getlocale()[0] or ""
    return "sv" if current.lower().startswith("sv") else "en"


def message(finding: Finding, lang: str) -> str:
    """The finding's message, rendered in `lang`."""
    args = defaultdict(str, finding.args)
    if finding.key == "crashed":
        return _CRASHED.get(lang).format_map(defaultdict(str, code=finding.code, **args))
    rule = lookup(finding.code)
    if rule is None:
        return finding.code
    text = rule.messages.get(finding.key) or rule.messages["default"]
    return text.get(lang).format_map(args)


def text(value: Text, lang: str) -> str:
    return value.get(lang)
