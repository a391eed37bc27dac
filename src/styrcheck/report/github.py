"""`--format github`: GitHub Actions workflow commands, shown as annotations on the change.

`::error file=…,line=…,col=…,title=…::message`, one per failing finding (accepted and
baselined findings are left out), then the summary as a plain line for the log. Chosen by
default when GITHUB_ACTIONS is set. Paths are relative to the repository root, as GitHub
resolves them.
"""

from __future__ import annotations

from rich.text import Text

from styrcheck.checks.registry import lookup
from styrcheck.core.diagnostics import Severity
from styrcheck.i18n import message
from styrcheck.pipeline.result import Result
from styrcheck.report import ReportContext
from styrcheck.report.text import summary_line

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): also `:` and `,`, which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: Result, lang: str, context: ReportContext = ReportContext()) -> str:
    lines = []
    for finding in result.failing:
        rule = lookup(finding.code)
        title = f"{finding.code} {rule.name}" if rule else finding.code
        properties = []
        path = context.relative(finding.path) or finding.path
        if path:
            properties += [f"file={escape_property(path)}", f"line={finding.line}", f"col={finding.column}"]
        properties.append(f"title={escape_property(title)}")
        lines.append(f"::{_COMMAND[finding.severity]} {','.join(properties)}::{escape_data(message(finding, lang))}")
    lines.append(_summary(result, lang))
    return "\n".join(lines) + "\n"


def _summary(result: Result, lang: str) -> str:
    # The same sentence as the text report's last line, without its colours.
    extra = [Text.from_markup(summary_line(result, lang)).plain]
    if result.baseline is not None and result.baseline.fixed:
        fixed = sum(e.count for e in result.baseline.fixed)
        extra.append(
            f"{fixed} åtgärdade i baslinjen (skriv om den)"
            if lang == "sv"
            else f"{fixed} fixed in the baseline (rewrite it)"
        )
    return "styrcheck: " + "; ".join(extra)
