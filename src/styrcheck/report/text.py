"""The default output: findings grouped by file, one `path:line:col CODE message` each."""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console
from rich.markup import escape

from styrcheck.baseline import Outcome, is_baselined
from styrcheck.diagnostics import Finding, Severity
from styrcheck.engine import Result
from styrcheck.i18n import message
from styrcheck.report import ReportContext
from styrcheck.report.json_report import summary

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_WORD = {
    "sv": {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}


def render(result: Result, lang: str, context: ReportContext = ReportContext()) -> str:
    out = io.StringIO()
    console = Console(file=out, width=context.width, color_system="standard" if context.color else None,
                      highlight=False, soft_wrap=True, emoji=False)
    shown = [f for f in result.findings if context.show_accepted or f.accepted is None]
    for path, group in groupby(shown, key=lambda f: f.path):
        console.print(f"[bold]{escape(path or '<styrcheck>')}[/]")
        for f in group:
            word = _WORD[lang][f.severity]
            where = f"{escape(f.path)}:{f.line}:{f.column}" if f.path else "styrcheck"
            console.print(f"  {where} [{_STYLE[f.severity]}]{f.code} {word}[/] {escape(message(f, lang))}{_why_accepted(f, lang)}")
        console.print()
    if result.baseline is not None and result.baseline.fixed:
        console.print(_fixed(result.baseline, lang))
    console.print(_summary_line(result, lang))
    return out.getvalue()


def _why_accepted(finding: Finding, lang: str) -> str:
    if finding.accepted is None:
        return ""
    if is_baselined(finding):
        return f" [dim]({'i baslinjen' if lang == 'sv' else 'in the baseline'})[/]"
    label = "accepterat avsteg" if lang == "sv" else "accepted deviation"
    return f" [dim]({label}: {escape(finding.accepted.reason)})[/]"


def _fixed(outcome: Outcome, lang: str) -> str:
    """Entries no longer found: say so, so the baseline is rewritten and only ever shrinks."""
    count = sum(e.count for e in outcome.fixed)
    file = escape(outcome.file)
    if lang == "sv":
        head = (f"[green]Åtgärdat sedan baslinjen {file} skrevs: {count}.[/] Skriv om baslinjen med "
                f"`styrcheck baseline … -o {file}` så att felen inte kan komma tillbaka obemärkt:")
    else:
        head = (f"[green]Fixed since the baseline {file} was written: {count}.[/] Rewrite the baseline with "
                f"`styrcheck baseline … -o {file}` so the mistakes cannot come back unnoticed:")
    rows = [f"  {escape(e.document or e.path)} {e.code} {escape(e.subject)}" + (f" ×{e.count}" if e.count > 1 else "")
            for e in outcome.fixed]
    return "\n".join([head, *rows, ""])


def _summary_line(result: Result, lang: str) -> str:
    s = summary(result)
    if lang == "sv":
        if not (s["errors"] or s["warnings"] or s["infos"]):
            line = f"[green]✔ Inga fynd[/]: {s['documents']} dokument i {s['files']} filer kontrollerade"
        else:
            line = (f"[bold]{s['errors']} fel, {s['warnings']} varningar, {s['infos']} info[/] "
                    f"i {s['documents']} dokument ({s['files']} filer)")
        line += f"; {s['accepted']} accepterade avsteg" if s["accepted"] else ""
        return line + (f"; {s['baselined']} i baslinjen" if s["baselined"] else "")
    if not (s["errors"] or s["warnings"] or s["infos"]):
        line = f"[green]✔ No findings[/]: {s['documents']} documents in {s['files']} files checked"
    else:
        line = (f"[bold]{s['errors']} errors, {s['warnings']} warnings, {s['infos']} info[/] "
                f"in {s['documents']} documents ({s['files']} files)")
    line += f"; {s['accepted']} accepted deviations" if s["accepted"] else ""
    return line + (f"; {s['baselined']} in the baseline" if s["baselined"] else "")
