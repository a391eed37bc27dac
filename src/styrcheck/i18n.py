"""Messages in the user's language: Swedish for `sv_*` locales, English otherwise; findings'
messages, and the usage errors click words in English only."""

from __future__ import annotations

import locale
import os
import re
from collections import defaultdict
from typing import Any

from styrcheck.core.diagnostics import Finding, Text
from styrcheck.core.errors import render
from styrcheck.core.text import did_you_mean

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
    from styrcheck.checks.registry import lookup  # here: `--help` asks default_language, and needs no rules

    args = defaultdict(str, finding.arguments_in(lang))
    if finding.key == "crashed":
        return _CRASHED.get(lang).format_map(defaultdict(str, code=finding.code, **args))
    rule = lookup(finding.code)
    if rule is None:
        return finding.code
    text = rule.messages.get(finding.key) or rule.messages["default"]
    return text.get(lang).format_map(args)


def described(finding: Finding) -> Text:
    """The finding's message in both languages: for an error message that quotes it."""
    return Text(message(finding, "sv"), message(finding, "en"))


def text(value: Text, lang: str) -> str:
    return value.get(lang)


# Click's usage errors, as it words them in English, and their Swedish (errors.MESSAGES): read
# from the message, which stays the same across click and the copy typer bundles, whose classes
# and methods do not.
_USAGE_IN_SWEDISH = [
    (
        r"No such command '(?P<command>[^']*)'\.(?: Did you mean '(?P<suggestion>[^']*)'\?)?",
        lambda v: (
            render("usage-no-such-command-suggest", "sv", **v)
            if v.get("suggestion")
            else render("usage-no-such-command", "sv", command=v["command"])
        ),
    ),
    (r"Missing command\.$", lambda v: render("usage-missing", "sv", name="kommando")),
    (r"Missing (?:argument|option|parameter):? (?P<name>.+?)\.?$", lambda v: render("usage-missing", "sv", **v)),
    (r"Invalid value for (?P<name>.+?): (?P<problem>.*)$", lambda v: render("usage-bad-value", "sv", **v)),
    (r"Option (?P<option>'[^']*') requires an argument\.", lambda v: render("usage-needs-value", "sv", **v)),
]


def usage_in_swedish(err: Any) -> str | None:
    """A usage error that click found, in Swedish (click words its own in English only); None
    when click's error is not one this knows how to read, or is the help itself (`styrcheck`
    alone), already in the language of the run."""
    if type(err).__name__ == "NoArgsIsHelpError":
        return None
    try:
        ctx = getattr(err, "ctx", None)
        text = err.format_message()
        if type(err).__name__ == "NoSuchOption":
            option = err.option_name
            suggestion = did_you_mean(option, getattr(err, "possibilities", None) or [])
            line = (
                render("usage-no-such-option-suggest", "sv", option=option, suggestion=suggestion)
                if suggestion
                else render("usage-no-such-option", "sv", option=option)
            )
        else:
            line = render("usage-other", "sv", problem=text)
            for pattern, swedish in _USAGE_IN_SWEDISH:
                found = re.match(pattern, text, re.S)
                if found:
                    line = swedish(found.groupdict())
                    break
        head = ""
        if ctx is not None:
            command = f"{ctx.command_path} {ctx.help_option_names[0]}"
            usage = ctx.get_usage().replace("Usage:", "Användning:", 1)
            head = f"{usage}\n{render('usage-hint', 'sv', command=command)}\n\n"
    except Exception:  # an unexpected click: its own words are better than none
        return None
    return head + line
