"""The default output: findings grouped by file, one `path:line:col CODE message` each."""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console
from rich.markup import escape
from rich.markup import render as render_markup

from styrcheck.core.diagnostics import Finding, Severity
from styrcheck.core.text import line_start
from styrcheck.i18n import message
from styrcheck.pipeline.baseline import Outcome, is_baselined
from styrcheck.pipeline.result import Result
from styrcheck.report import ReportContext
from styrcheck.report.json_report import summary

FIXED_SHOWN = 20  # entries of "fixed since the baseline" listed one a line; the rest are counted
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(result: Result, lang: str, context: ReportContext = ReportContext()) -> str:
    lines = []
    shown = [f for f in result.findings if context.show_accepted or f.accepted is None]
    for path, group in groupby(shown, key=lambda f: f.path):
        head = line_start(path) if path else "<styrcheck>"
        lines.append(_Plain(head) if not context.color and _is_plain(head) else f"[bold]{escape(head)}[/]")
        for f in group:
            word = f.severity.word(lang)
            text = message(f, lang)
            if not context.color and _is_plain(head, text, f.accepted.reason if f.accepted else ""):
                where = f"{head}:{f.line}:{f.column}" if f.path else "styrcheck"
                lines.append(_Plain(f"  {where} {f.code} {word} {text}{_why_accepted(f, lang, plain=True)}"))
                continue
            where = f"{escape(head)}:{f.line}:{f.column}" if f.path else "styrcheck"
            lines.append(f"  {where} [{_STYLE[f.severity]}]{f.code} {word}[/] {escape(text)}{_why_accepted(f, lang)}")
        lines.append(_Plain(""))
    if result.baseline is not None and result.baseline.fixed:
        lines.append(_fixed(result.baseline, lang))
    lines.append(summary_line(result, lang))
    if not context.color:  # what the console below prints without colour, without its cost
        return "".join(
            (line if type(line) is _Plain else render_markup(line, emoji=False).plain) + "\n" for line in lines
        )
    out = io.StringIO()
    console = Console(
        file=out, width=context.width, color_system="standard", highlight=False, soft_wrap=True, emoji=False
    )
    console.print("\n".join(lines))  # one call: each call costs rich a layout pass
    return out.getvalue()


class _Plain(str):
    """A finding's line written without markup: as rich prints its markup without colour."""


def _is_plain(*texts: str) -> bool:
    """Whether escaping and rendering markup gives these texts back unchanged: unless there is
    a backslash (rich shows a trailing one doubled and drops one before `[`)."""
    return not any("\\" in t for t in texts)


def _why_accepted(finding: Finding, lang: str, plain: bool = False) -> str:
    if finding.accepted is None:
        return ""
    if is_baselined(finding):
        note = f"({'i baslinjen' if lang == 'sv' else 'in the baseline'})"
        return f" {note}" if plain else f" [dim]{note}[/]"
    label = "accepterat avsteg" if lang == "sv" else "accepted deviation"
    if plain:
        return f" ({label}: {finding.accepted.reason})"
    return f" [dim]({label}: {escape(finding.accepted.reason)})[/]"


def _fixed(outcome: Outcome, lang: str) -> str:
    """Entries no longer found: say so, so the baseline is rewritten and only ever shrinks."""
    count = sum(e.count for e in outcome.fixed)
    file = escape(outcome.file)
    if lang == "sv":
        head = (
            f"[green]Åtgärdat sedan baslinjen {file} skrevs: {count}.[/] Skriv om baslinjen med "
            f"`styrcheck baseline … -o {file}` så att felen inte kan komma tillbaka obemärkt:"
        )
    else:
        head = (
            f"[green]Fixed since the baseline {file} was written: {count}.[/] Rewrite the baseline with "
            f"`styrcheck baseline … -o {file}` so the mistakes cannot come back unnoticed:"
        )
    rows = [
        f"  {escape(line_start(e.document or e.path))} {escape(e.code)} {escape(e.subject)}"
        + (f" ×{e.count}" if e.count > 1 else "")
        for e in outcome.fixed[:FIXED_SHOWN]
    ]
    more = len(outcome.fixed) - FIXED_SHOWN
    if more > 0:  # a baseline of thousands of entries is summarised, not printed whole
        rows.append(
            f"  … {more} till (--format json listar alla)"
            if lang == "sv"
            else f"  … {more} more (--format json lists them all)"
        )
    return "\n".join([head, *rows, ""])


def _count(number: int, one: str, many: str) -> str:
    """`1 varning`, `2 varningar`: the word agrees with the number."""
    return f"{number} {one if number == 1 else many}"


def summary_line(result: Result, lang: str) -> str:
    """The closing sentence: counts by severity, documents, files (rich markup). Findings are
    counted in the files read, and the documents among them: a file that is no document (the
    organisation, one that could not be read as a document) has findings too."""
    s = summary(result)
    if lang == "sv":
        documents, files = _count(s["documents"], "dokument", "dokument"), _count(s["files"], "fil", "filer")
        if not (s["errors"] or s["warnings"] or s["infos"]):
            checked = "kontrollerat" if s["documents"] == 1 else "kontrollerade"
            line = f"[green]✔ Inga fynd[/]: {documents} i {files} {checked}"
        else:
            line = (
                f"[bold]{s['errors']} fel, {_count(s['warnings'], 'varning', 'varningar')}, {s['infos']} info[/] "
                f"i {files} (varav {documents})"
            )
        line += f"; {_count(s['accepted'], 'accepterat avsteg', 'accepterade avsteg')}" if s["accepted"] else ""
        return line + (f"; {s['baselined']} i baslinjen" if s["baselined"] else "") + _skipped(result, lang)
    documents, files = _count(s["documents"], "document", "documents"), _count(s["files"], "file", "files")
    if not (s["errors"] or s["warnings"] or s["infos"]):
        line = f"[green]✔ No findings[/]: {documents} in {files} checked"
    else:
        line = (
            f"[bold]{_count(s['errors'], 'error', 'errors')}, {_count(s['warnings'], 'warning', 'warnings')}, "
            f"{s['infos']} info[/] in {files} ({documents} among them)"
        )
    line += f"; {_count(s['accepted'], 'accepted deviation', 'accepted deviations')}" if s["accepted"] else ""
    return line + (f"; {s['baselined']} in the baseline" if s["baselined"] else "") + _skipped(result, lang)


_SKIPPED = {  # kind -> (one, many) in each language
    "sv": {
        "excluded": ("angiven fil utesluten", "angivna filer uteslutna"),
        "link": ("länk till en mapp inte följd", "länkar till mappar inte följda"),
        "tool": ("verktygsfil", "verktygsfiler"),
        "ignored": ("fil som git ignorerar", "filer som git ignorerar"),
        "profile": ("profil (typ: profil)", "profiler (typ: profil)"),
    },
    "en": {
        "excluded": ("named file excluded", "named files excluded"),
        "link": ("link to a folder not followed", "links to folders not followed"),
        "tool": ("tool file", "tool files"),
        "ignored": ("file ignored by git", "files ignored by git"),
        "profile": ("profile (typ: profil)", "profiles (typ: profil)"),
    },
}
_NAMES_SHOWN = 3


def _skipped(result: Result, lang: str) -> str:
    """`; not checked: 1 named file excluded (x.yaml), …`: what the user may think was checked
    (a file they named, a folder behind a link, a YAML file of another tool or one git ignores),
    so that nothing hides there unnoticed."""
    if not result.skipped:
        return ""
    parts = []
    for kind, (one, many) in _SKIPPED[lang].items():
        names = [shown for k, shown in result.skipped if k == kind]
        if names:
            listed = ", ".join(escape(n) for n in names[:_NAMES_SHOWN]) + (", …" if len(names) > _NAMES_SHOWN else "")
            parts.append(f"{_count(len(names), one, many)} ({listed})")
    return ("; inte kontrollerat: " if lang == "sv" else "; not checked: ") + ", ".join(parts)


def skipped_lines(result: Result, lang: str) -> list[str]:
    """Everything the run left out, one a line (`--verbose`): `.gitlab-ci.yml (tool file)`."""
    return [f"{shown} ({_SKIPPED[lang][kind][0]})" for kind, shown in result.skipped]
