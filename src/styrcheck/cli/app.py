"""The command line: typer commands that parse options, wire the pieces, and print.

Heavy modules are imported inside the commands that need them, so `--help` starts fast;
the installed command answers `--version` before this module is imported (launcher.py).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from styrcheck import __version__
from styrcheck.core.diagnostics import ExitCode, Severity
from styrcheck.core.errors import ToolError, one_of, render
from styrcheck.pipeline.collect import no_collections

app = typer.Typer(
    name="styrcheck",
    help="Checks the metadata of a municipality's steering documents against its styrmodell.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: drawing it with rich doubled the time of `styrcheck --help`
)


class Lang(str, Enum):
    sv = "sv"
    en = "en"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _choice(kind: type[Enum], words: dict[str, str] | None = None):
    """A parser for an option with fixed values: the value in any case (or a word of `words`,
    the Swedish for a value), else a plain message that names the allowed values (typer's own
    starts 'Value error,')."""
    from pydantic_core import PydanticCustomError

    from styrcheck.core.text import fold

    def parse(value: object) -> Enum:
        if isinstance(value, kind):
            return value
        word = fold(str(value))
        for member in kind:
            if (words or {}).get(word, word) == member.value:
                return member
        allowed = one_of([member.value for member in kind] + list(words or {})).en
        raise PydanticCustomError("choice", "{value} is not allowed; choose {allowed}",
                                  {"value": repr(value), "allowed": allowed})

    return parse


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


def fail(error: ToolError | str, lang: str, **values: object) -> typer.Exit:
    """A usage or tool error: a clear line on stderr, in `lang`, and exit 2. `error` is one
    raised, or the key of a message in styrcheck.core.errors.MESSAGES with its `values`."""
    if isinstance(error, str):
        error = ToolError(error, **values)
    print(f"styrcheck: {error.text(lang)}", file=sys.stderr)
    return typer.Exit(ExitCode.ERROR)


def refuse_yaml_output(path: Path | None, lang: str) -> None:
    """No report, baseline or diagram is YAML: `-o` naming a .yaml file would overwrite a
    steering document (and the next run would read the report as one)."""
    if path is not None and path.suffix.lower() in (".yaml", ".yml"):
        raise fail("output-is-yaml", lang, path=path)


@dataclass
class Run:
    """One run of the command line, as main() starts it (click's `obj`): the language of its
    messages once the command knows it (`--lang`, else `språk:` in the configuration, else the
    locale), for the errors main() prints."""

    language: str | None = None


def _remember_language(ctx: typer.Context, language: str) -> str:
    """Remember `language` as the run's language; returns it."""
    if isinstance(ctx.obj, Run):
        ctx.obj.language = language
    return language


def _language_of(ctx: typer.Context, lang: Optional[Lang]) -> str:
    """`--lang`, else the locale's language."""
    from styrcheck import i18n

    return _remember_language(ctx, lang.value if lang else i18n.default_language())


def _today(value: Optional[str], lang: str) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail("today-not-a-date", lang, value=value) from None


PathsArg = Annotated[list[Path], typer.Argument(metavar="PATH", help="Files or folders to check.", show_default=False)]
ProfileOpt = Annotated[Optional[str], typer.Option("--profile", metavar="NAME|FILE",
    help="Profile name (bundled) or path to a profile file.")]
LangOpt = Annotated[Optional[Lang], typer.Option("--lang", parser=_choice(Lang),
                                                 help="Language of messages (default: from the locale).")]
TodayOpt = Annotated[Optional[str], typer.Option("--today", metavar="YYYY-MM-DD",
    help="Fix 'today' for date rules (YYYY-MM-DD).")]


ConfigOpt = Annotated[Optional[Path], typer.Option("--config", metavar="FILE",
    help="Configuration file (default: the nearest styrcheck.yaml at or above the first path).")]
SelectOpt = Annotated[Optional[list[str]], typer.Option("--select", metavar="RULES",
    help="Run only these rules: codes, names, tags or families, comma-separated (replaces välj:).")]
IgnoreOpt = Annotated[Optional[list[str]], typer.Option("--ignore", metavar="RULES",
    help="Skip these rules: codes, names, tags or families, comma-separated (replaces ignorera:).")]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB",
    help="Skip files matching this glob; repeatable (replaces uteslut:).")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache",
    help="Neither read nor write the cache (.styrcheck_cache/ beside styrcheck.yaml, else in the first path).")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", metavar="N", min=1,
    help="Processes that read files and run the rules (default: one per core).")]


@dataclass(frozen=True)
class Reading:
    """The options every command that reads a repository takes (validate, baseline, due, graph)."""

    paths: list[Path]
    profile: Optional[str]
    lang: Optional[Lang]
    config_file: Optional[Path]
    exclude: Optional[list[str]]
    today: Optional[str]
    no_cache: bool
    jobs: Optional[int]


def _prepare(ctx: typer.Context, reading: Reading, *, read_baseline: bool = True, progress: bool = False,
             in_context: bool = False, **given: Any):
    """Configuration file + command line -> settings, pipeline options and language. The
    language is --lang, else the configuration's, else the locale's. With `in_context`, a file
    or subfolder of a repository is checked among the repository's other documents
    (validate.context_of). `given`: the command's own settings (select, fail_on, ...)."""
    from styrcheck import config, i18n
    from styrcheck.cache.store import root_for
    from styrcheck.core import profile as profiles
    from styrcheck.pipeline.baseline import BaselineError
    from styrcheck.pipeline.options import Options
    from styrcheck.pipeline.validate import context_of

    paths, chosen = reading.paths, reading.lang.value if reading.lang else None
    language = _remember_language(ctx, chosen or i18n.default_language())  # until the configuration is read
    given.update(profile=reading.profile, exclude=config.split(reading.exclude))
    overrides = config.Overrides(language=chosen, **{k: v for k, v in given.items() if v is not None})
    try:
        found = config.load(paths[0], reading.config_file)
        language = _remember_language(ctx, chosen or found.config.language or i18n.default_language())
        settings = config.resolve(found, overrides)
        used = settings if read_baseline else replace(settings, baseline=None)
        options = Options.of(used, profiles.load(settings.profile), _today(reading.today, language))
    except (config.ConfigError, profiles.ProfileError, BaselineError) as err:
        # An error in the file itself: its `språk:`, if that could be read.
        language = _remember_language(ctx, chosen or getattr(err, "language", None) or language)
        raise fail(err, language) from None
    cache_root = None if reading.no_cache else root_for(settings.path, paths)
    options = replace(options, cache_root=cache_root, jobs=reading.jobs,
                      progress=language if progress else None,
                      context=context_of(settings.path, paths) if in_context else None)
    return settings, options, language


@app.command()
def validate(
    ctx: typer.Context,
    paths: PathsArg,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    output_format: Annotated[Optional[str], typer.Option(
        "--format", "-f", metavar="FORMAT", help="Output format: text, json, sarif, github, gitlab, junit "
        "(default: text; github when GITHUB_ACTIONS is set).")] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report to this file; the terminal still gets text.")] = None,
    config_file: ConfigOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exclude: ExcludeOpt = None,
    baseline_file: Annotated[Optional[Path], typer.Option(
        "--baseline", metavar="FILE", help="Fail only on findings not in this baseline (styrcheck baseline).")] = None,
    today: TodayOpt = None,
    fail_on: Annotated[Optional[Level], typer.Option(
        "--fail-on", parser=_choice(Level, {"fel": "error", "varning": "warning"}),
        help="Lowest severity that fails the run: error, warning or info, "
        "or in Swedish fel, varning or info (default: underkänn_vid: or error).")] = None,
    show_accepted: Annotated[bool, typer.Option("--show-accepted",
        help="List findings accepted by an avsteg or the baseline.")] = False,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Check steering documents and report every finding."""
    from styrcheck import config, report
    from styrcheck.pipeline.validate import check

    settings, options, language = _prepare(
        ctx, Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs),
        select=config.split(select), ignore=config.split(ignore), fail_on=fail_on.value if fail_on else None,
        baseline=baseline_file, progress=True, in_context=True)
    if output_format is not None and output_format not in report.FORMATS:
        raise fail("unknown-format", language, value=output_format, choices=", ".join(report.FORMATS))
    refuse_yaml_output(output, language)
    result = check(paths, options)
    if result.files == 0:  # like ruff: say so, and pass (there is nothing wrong to report)
        print(f"styrcheck: {render('no-yaml-files', language)}", file=sys.stderr)
    context = report.ReportContext(
        root=report.repository_root(paths[0]), levels=report.rule_levels(options.profile, options.selection),
        fail_on=settings.fail_on, show_accepted=show_accepted)
    terminal = report.terminal_format()
    if output is not None:
        try:
            output.write_text(report.render(output_format or "text", result, language, context), encoding="utf-8")
        except OSError as err:
            raise fail("cannot-write", language, path=output, reason=err.strerror or err) from None
    shown = terminal if output is not None or output_format is None else output_format
    color = shown == "text" and sys.stdout.isatty()
    sys.stdout.write(report.render(shown, result, language, replace(context, color=color)))
    raise typer.Exit(result.exit_code(settings.fail_on))


@app.command()
def baseline(
    ctx: typer.Context,
    paths: PathsArg,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE",
            help="The baseline file (default: baslinje: in styrcheck.yaml, else styrcheck-baseline.json).")] = None,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exclude: ExcludeOpt = None,
    today: TodayOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Write today's findings to a baseline, so that `validate --baseline` fails only on new ones."""
    from styrcheck import config
    from styrcheck.pipeline import baseline as baselines
    from styrcheck.pipeline.validate import check

    settings, options, language = _prepare(
        ctx, Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs), read_baseline=False,
        select=config.split(select), ignore=config.split(ignore), in_context=True)
    target = output or settings.baseline or Path(baselines.DEFAULT_FILE)
    refuse_yaml_output(target, language)
    result = check(paths, options)
    if result.crashed:
        raise fail("rules-crashed", language, codes=", ".join(result.crashed))
    try:
        entries = baselines.write(target, result.findings)
    except OSError as err:
        raise fail("cannot-write", language, path=target, reason=err.strerror or err) from None
    count = sum(e.count for e in entries)
    print(f"styrcheck: {render('baseline-written', language, count=count, entries=len(entries), path=target)}")


@app.command("rules")
def list_rules(
    ctx: typer.Context,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    output_format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
        help="text, json or markdown (docs/rules.md)")] = "text",
) -> None:
    """List every rule with its code, name, severity and tags."""
    from styrcheck.core import profile as profiles

    language = _language_of(ctx, lang)
    try:
        chosen = profiles.load(profile)
    except profiles.ProfileError as err:
        raise fail(err, language) from None
    from styrcheck.report import rules_list

    rows = rules_list.rows(chosen, language)
    if output_format == "json":
        sys.stdout.write(rules_list.render_json(rows))
        return
    if output_format == "markdown":  # both languages: docs/rules.md
        from styrcheck.report.rules_markdown import render as rules_markdown

        sys.stdout.write(rules_markdown(chosen))
        return
    if output_format != "text":
        raise fail("unknown-format-or", language, value=output_format, choices=one_of(("text", "json", "markdown")))
    from rich.console import Console

    rules_list.print_table(rows, language, Console(highlight=False))


@app.command()
def explain(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(metavar="CODE", help="Rule code (G001) or name (goal-area-count).")],
    lang: LangOpt = None,
    profile: ProfileOpt = None,
) -> None:
    """Explain a rule: what it checks, why (with the riktlinje's words), and examples."""
    from styrcheck.checks.registry import lookup
    from styrcheck.core import profile as profiles
    from styrcheck.explain import explain_text

    language = _language_of(ctx, lang)
    rule = lookup(code)
    if rule is None:
        from styrcheck.checks.registry import codes_and_names
        from styrcheck.core.text import did_you_mean

        suggestion = did_you_mean(code, codes_and_names())
        if suggestion:
            raise fail("no-such-rule-suggest", language, code=code, suggestion=suggestion)
        raise fail("no-such-rule", language, code=code)
    try:
        chosen = profiles.load(profile)
    except profiles.ProfileError as err:
        raise fail(err, language) from None
    severity = chosen.severity(rule.code)
    sys.stdout.write(explain_text(rule, language, str(severity) if severity else "off", chosen.name))


@app.command()
def due(
    ctx: typer.Context,
    paths: PathsArg,
    within: Annotated[str, typer.Option("--within", metavar="TIME",
        help="How far ahead to look: 90d, 12w, 6m or 1y.")] = "90d",
    output_format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text or json")] = "text",
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
    exclude: ExcludeOpt = None,
    today: TodayOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """List overdue and upcoming follow-ups, reports and expiring documents, by date, with owner."""
    from styrcheck import due as dues
    from styrcheck.pipeline.validate import load_repository

    _, options, language = _prepare(ctx, Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs))
    if output_format not in ("text", "json"):
        raise fail("unknown-format-or", language, value=output_format, choices=one_of(("text", "json")))
    try:
        until = dues.window_end(options.today, within)
        repo = load_repository(paths, options)
    except dues.WindowError as err:
        raise fail(err, language) from None
    items = dues.collect(repo, until)
    # A file that could not be read or modelled in full is missing here, or its dates are: say so.
    troubled = sorted({f.path for f in repo.findings if f.severity is Severity.ERROR})
    if troubled:
        message = (render("due-incomplete-one", language, first=troubled[0]) if len(troubled) == 1
                   else render("due-incomplete", language, count=len(troubled), first=troubled[0]))
        print(f"styrcheck: {message}", file=sys.stderr)
    if output_format == "json":
        sys.stdout.write(dues.render_json(items, options.today, until))
    else:
        sys.stdout.write(dues.render_text(items, options.today, until, language))


@app.command()
def graph(
    ctx: typer.Context,
    paths: PathsArg,
    output_format: Annotated[Optional[str], typer.Option(
        "--format", "-f", metavar="FORMAT",
            help="mermaid, dot, svg, png, json or markdown (default: from the -o suffix, else mermaid).")] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE",
            help="Write to this file; its suffix gives the format (.mmd .md .dot .svg .png .json).")] = None,
    level: Annotated[str, typer.Option("--level", metavar="LEVEL",
        help="dokument (documents) or mål (goals and activities).")] = "dokument",
    root: Annotated[Optional[str], typer.Option("--root", metavar="ID",
        help="Only this document or goal and what derives from it.")] = None,
    types: Annotated[Optional[list[str]], typer.Option("--type", metavar="TYPE",
        help="Only documents of these types; repeatable or comma-separated.")] = None,
    period: Annotated[Optional[int], typer.Option("--period", metavar="YEAR",
        help="Only documents that apply some time in this year.")] = None,
    depth: Annotated[Optional[int], typer.Option("--depth", metavar="N",
        help="At most this many steps below the root (or the top).")] = None,
    cluster: Annotated[str, typer.Option("--cluster", metavar="BY", help="Group by nämnd, typ or ingen.")] = "nämnd",
    legend: Annotated[bool, typer.Option("--legend/--no-legend", help="Draw a legend.")] = True,
    findings: Annotated[bool, typer.Option("--findings/--no-findings",
        help="Run the rules and mark documents with errors or warnings.")] = True,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
    exclude: ExcludeOpt = None,
    today: TodayOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    """Draw the hierarchy of steering documents (or of goals) as a picture (docs/graph.md)."""
    from styrcheck.diagram.command import GraphError, is_binary, make, request

    _, options, language = _prepare(ctx, Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs))
    refuse_yaml_output(output, language)
    try:
        wanted = request(options.profile, given_format=output_format, output=output, level=level, root=root,
                         types=types or [], period=period, depth=depth, cluster=cluster, legend=legend,
                         findings=findings, lang=language)
        if output is None and is_binary(wanted.output_format) and sys.stdout.isatty():
            raise GraphError("binary", format=wanted.output_format.upper())
        data = make(paths, options, wanted)
    except GraphError as err:
        raise fail(err, language) from None
    if output is not None:
        try:
            output.write_bytes(data)
        except OSError as err:
            raise fail("cannot-write", language, path=output, reason=err.strerror or err) from None
    elif is_binary(wanted.output_format):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data.decode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Entry point: returns the exit code instead of raising SystemExit."""
    run = Run()
    args = sys.argv[1:] if argv is None else argv
    try:
        # The whole command (reports and pictures are drawn from a full heap too); when this
        # process is the command line (argv from sys.argv), what it built dies with it.
        with no_collections(until_exit=argv is None):
            code = app(args=args, prog_name="styrcheck", standalone_mode=False, obj=run)
        return int(code or 0)
    except typer.Exit as done:
        return int(done.exit_code)
    except SystemExit as done:
        return int(done.code or 0)
    except Exception as err:  # a path that is not there, click usage errors, and bugs
        from styrcheck.i18n import default_language

        language = run.language or _language_in(args) or default_language()
        if isinstance(err, ToolError):  # a path that is not there (files.PathError), found by every command
            return fail(err, language).exit_code
        usage, abort = _click_errors()
        if isinstance(err, usage):
            from styrcheck.i18n import usage_in_swedish

            swedish = usage_in_swedish(err) if language == "sv" else None
            if swedish is None:
                err.show()  # type: ignore[attr-defined]
            else:
                print(swedish, file=sys.stderr)
            return ExitCode.ERROR
        if isinstance(err, abort):
            return ExitCode.ERROR
        if os.environ.get("STYRCHECK_DEBUG"):
            raise
        # A bug must not look like a finding, nor end in a traceback that buries the message.
        print(f"styrcheck: {render('internal-error', language, kind=type(err).__name__, error=err)}",
              file=sys.stderr)
        return ExitCode.ERROR


def _language_in(args: list[str]) -> str | None:
    """`--lang sv` as written on a command line that could not be parsed as a whole."""
    for flag, value in zip(args, args[1:]):
        if flag == "--lang" and value.lower() in ("sv", "en"):
            return value.lower()
    return None


def _click_errors() -> tuple[type[Exception], type[BaseException]]:
    """Click's usage error and abort as typer raises them: click's own, or the copy typer >= 0.24
    bundles. Asked of typer, not of `import click`: click may be installed beside a typer that
    does not use it (another package needs it), and then its classes are not the ones raised."""
    usage = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
    return usage, typer.Abort
