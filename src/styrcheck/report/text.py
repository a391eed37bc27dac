"""The default output: findings grouped by file, one `path:line:col CODE message` each."""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console
from rich.markup import escape

from styrcheck.diagnostics import Severity
from styrcheck.engine import Result
from styrcheck.i18n import message
from styrcheck.report.json_report import summary

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_WORD = {
    "sv": {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}


def render(result: Result, lang: str, *, color: bool = False, width: int = 100,
           show_accepted: bool = False) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system="standard" if color else None,
                      highlight=False, soft_wrap=True, emoji=False)
    shown = [f for f in result.findings if show_accepted or f.accepted is None]
    for path, group in groupby(shown, key=lambda f: f.path):
        console.print(f"[bold]{escape(path or '<styrcheck>')}[/]")
        for f in group:
            word = _WORD[lang][f.severity]
            where = f"{escape(f.path)}:{f.line}:{f.column}" if f.path else "styrcheck"
            accepted = f" [dim]({'accepterat avsteg' if lang == 'sv' else 'accepted deviation'}: {escape(f.accepted.reason)})[/]" if f.accepted else ""
            console.print(f"  {where} [{_STYLE[f.severity]}]{f.code} {word}[/] {escape(message(f, lang))}{accepted}")
        console.print()
    console.print(_summary_line(result, lang))
    return out.getvalue()


def _summary_line(result: Result, lang: str) -> str:
    s = summary(result)
    if lang == "sv":
        if not (s["errors"] or s["warnings"] or s["infos"]):
            line = f"[green]✔ Inga fynd[/]: {s['documents']} dokument i {s['files']} filer kontrollerade"
        else:
            line = (f"[bold]{s['errors']} fel, {s['warnings']} varningar, {s['infos']} info[/] "
                    f"i {s['documents']} dokument ({s['files']} filer)")
        return line + (f"; {s['accepted']} accepterade avsteg" if s["accepted"] else "")
    if not (s["errors"] or s["warnings"] or s["infos"]):
        line = f"[green]✔ No findings[/]: {s['documents']} documents in {s['files']} files checked"
    else:
        line = (f"[bold]{s['errors']} errors, {s['warnings']} warnings, {s['infos']} info[/] "
                f"in {s['documents']} documents ({s['files']} files)")
    return line + (f"; {s['accepted']} accepted deviations" if s["accepted"] else "")
