"""The command line: typer commands that parse options, wire the pieces, and print.

Heavy modules are imported inside the commands that need them, so `--version` and `--help`
start fast.
"""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from styrcheck import __version__
from styrcheck.diagnostics import ExitCode

app = typer.Typer(
    name="styrcheck",
    help="Checks the metadata of a municipality's steering documents against its styrmodell.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Lang(str, Enum):
    sv = "sv"
    en = "en"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        print(f"styrcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """styrcheck: checks steering-document metadata against the styrmodell."""


def fail(text: str) -> typer.Exit:
    """A usage or tool error: a clear line on stderr and exit 2."""
    print(f"styrcheck: {text}", file=sys.stderr)
    return typer.Exit(ExitCode.ERROR)


def _today(value: Optional[str]) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"--today {value!r} is not a date (YYYY-MM-DD)") from None


PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders to check.", show_default=False)]
ProfileOpt = Annotated[Optional[str], typer.Option("--profile", help="Profile name (bundled) or path to a profile file.")]
LangOpt = Annotated[Optional[Lang], typer.Option("--lang", help="Language of messages (default: from the locale).")]
TodayOpt = Annotated[Optional[str], typer.Option("--today", help="Fix 'today' for date rules (YYYY-MM-DD).")]


@app.command()
def validate(
    paths: PathsArg,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="Output format: text, json.")] = "text",
    today: TodayOpt = None,
    fail_on: Annotated[Level, typer.Option("--fail-on", help="Lowest severity that fails the run.")] = Level.error,
    show_accepted: Annotated[bool, typer.Option("--show-accepted", help="List findings accepted by an avsteg.")] = False,
) -> None:
    """Check steering documents and report every finding."""
    from styrcheck import config, i18n, profile as profiles
    from styrcheck.diagnostics import Severity
    from styrcheck.files import PathError
    from styrcheck.report import FORMATS, renderer
    from styrcheck.validate import Options, validate as run_validate

    if output_format not in FORMATS:
        raise fail(f"unknown format {output_format!r}; choose one of: {', '.join(FORMATS)}")
    try:
        found = config.load(paths[0])
        chosen = profiles.load(profile or found.config.profile)
    except (config.ConfigError, profiles.ProfileError) as err:
        raise fail(str(err)) from None
    language = (lang.value if lang else None) or found.config.language or i18n.default_language()
    options = Options(profile=chosen, today=_today(today))
    try:
        _, result = run_validate(paths, options)
    except PathError as err:
        raise fail(f"no such file or folder: {err}") from None
    render = renderer(output_format)
    if output_format == "text":
        from styrcheck.report.text import render as render_text

        text = render_text(result, language, color=sys.stdout.isatty(), show_accepted=show_accepted)
    else:
        text = render(result, language)
    sys.stdout.write(text)
    raise typer.Exit(result.exit_code(Severity.parse(fail_on.value)))


@app.command("rules")
def list_rules(
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """List every rule with its code, name, severity and tags."""
    from styrcheck import i18n, profile as profiles
    from styrcheck.rules import all_rules

    try:
        chosen = profiles.load(profile)
    except profiles.ProfileError as err:
        raise fail(str(err)) from None
    language = lang.value if lang else i18n.default_language()
    rows = []
    for rule in all_rules():
        severity = chosen.severity(rule.code)
        rows.append({"code": rule.code, "name": rule.name,
                     "severity": str(severity) if severity else "off",
                     "tags": list(rule.tags), "summary": rule.summary.get(language)})
    if output_format == "json":
        import json

        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if output_format != "text":
        raise fail(f"unknown format {output_format!r}; choose text or json")
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, show_edge=False)
    for column in ("code", "name", "severity", "tags", "summary"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["code"], row["name"], row["severity"], ", ".join(row["tags"]), row["summary"])
    Console(highlight=False).print(table)


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="Rule code (G001) or name (goal-area-count).")],
    lang: LangOpt = None,
) -> None:
    """Explain a rule: what it checks, why (with the riktlinje's words), and examples."""
    from styrcheck import i18n
    from styrcheck.explain import explain_text
    from styrcheck.rules import lookup

    rule = lookup(code)
    if rule is None:
        raise fail(f"no rule {code!r}; `styrcheck rules` lists them")
    sys.stdout.write(explain_text(rule, lang.value if lang else i18n.default_language()))


def main(argv: list[str] | None = None) -> int:
    """Entry point: returns the exit code instead of raising SystemExit."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:  # answered before typer is even asked
        print(f"styrcheck {__version__}")
        return 0
    try:
        code = app(args=args, prog_name="styrcheck", standalone_mode=False)
        return int(code or 0)
    except typer.Exit as done:
        return int(done.exit_code)
    except SystemExit as done:
        return int(done.code or 0)
    except Exception as err:  # click usage errors and the like
        import click

        if isinstance(err, click.exceptions.ClickException):
            err.show()
            return ExitCode.ERROR
        if isinstance(err, click.exceptions.Abort):
            return ExitCode.ERROR
        raise
