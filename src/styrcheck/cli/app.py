"""The command line: typer commands that parse options, wire the pieces, and print.

Heavy modules are imported inside the commands that need them, so `--help` starts fast;
the installed command answers `--version` before this module is imported (launcher.py).
"""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from styrcheck import __version__
from styrcheck.cli import help as helps
from styrcheck.core.diagnostics import ExitCode, Severity
from styrcheck.core.errors import ToolError, one_of, render
from styrcheck.pipeline.collect import no_collections

if TYPE_CHECKING:
    from styrcheck.config import Settings

app = typer.Typer(
    name="styrcheck",
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
        raise PydanticCustomError(
            "choice", "{value} is not allowed; choose {allowed}", {"value": repr(value), "allowed": allowed}
        )

    return parse


def fail(error: ToolError | str, lang: str, **values: object) -> typer.Exit:
    """A usage or tool error: a clear line on stderr, in `lang`, and exit 2. `error` is one
    raised, or the key of a message in styrcheck.core.errors.MESSAGES with its `values`."""
    if isinstance(error, str):
        error = ToolError(error, **values)
    print(f"styrcheck: {error.text(lang)}", file=sys.stderr)
    return typer.Exit(ExitCode.ERROR)


def check_output(path: Path | None, lang: str, paths: list[Path], settings: Settings) -> None:
    """Refuse, before the run, an output file that is not styrcheck's own to replace: a link,
    not a regular file, YAML, or a file this run reads (styrcheck.output)."""
    from styrcheck.output import OutputError, check

    if path is None:
        return
    profile = Path(settings.profile) if settings.profile and Path(settings.profile).is_file() else None
    try:
        check(path, [*paths, settings.path, profile, settings.baseline])
    except OutputError as err:
        raise fail(err, lang) from None


def write_output(path: Path, data: bytes, lang: str) -> None:
    """`data` into `path`, whole or not at all (styrcheck.output)."""
    from styrcheck.output import write

    try:
        write(path, data)
    except OSError as err:
        raise fail("cannot-write", lang, path=path, reason=err.strerror or err) from None


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


def _lang_given(ctx: typer.Context, lang: Optional[Lang]) -> Optional[Lang]:
    """The command's `--lang`, else one given before it (`styrcheck --lang sv profile check`)."""
    parent = ctx.parent
    while lang is None and parent is not None:
        lang = parent.params.get("lang")
        parent = parent.parent
    return lang


def _language_of(ctx: typer.Context, lang: Optional[Lang]) -> str:
    """`--lang`, else the locale's language."""
    from styrcheck import i18n

    lang = _lang_given(ctx, lang)
    return _remember_language(ctx, lang.value if lang else i18n.default_language())


def _today(value: Optional[str], lang: str) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail("today-not-a-date", lang, value=value) from None


PathsArg = Annotated[Optional[list[Path]], typer.Argument(metavar="PATH", show_default=False)]
ProfileOpt = Annotated[
    Optional[str],
    typer.Option("--profile", metavar="NAME|FILE"),
]
LangOpt = Annotated[
    Optional[Lang],
    typer.Option("--lang", parser=_choice(Lang)),
]
TodayOpt = Annotated[Optional[str], typer.Option("--today", metavar="YYYY-MM-DD")]


ConfigOpt = Annotated[
    Optional[Path],
    typer.Option(
        "--config",
        metavar="FILE",
    ),
]
SelectOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--select",
        metavar="RULES",
    ),
]
IgnoreOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--ignore",
        metavar="RULES",
    ),
]
ExcludeOpt = Annotated[
    Optional[list[str]],
    typer.Option("--exclude", metavar="GLOB"),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
    ),
]
JobsOpt = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", metavar="N", min=1),
]
# Every command's -o: what it writes is said in cli/help.py, under the command.
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE")]


def _version(value: bool) -> None:
    if value:
        print(f"styrcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True)] = None,
    lang: LangOpt = None,
) -> None:
    """The options of `styrcheck` itself. Every help text is in cli/help.py, in both languages.
    `--lang` here (`styrcheck --lang sv validate`) is read by the command (_lang_given)."""


def _configure(ctx: typer.Context, start: Path, config_file: Optional[Path], lang: Optional[Lang], **given: Any):
    """The configuration found from `start` upwards (or named), with the command line's `given`
    settings on top, and the run's language: --lang, else its `språk:`, else the locale's."""
    from styrcheck import config, i18n

    lang = _lang_given(ctx, lang)
    chosen = lang.value if lang else None
    language = _remember_language(ctx, chosen or i18n.default_language())  # until the configuration is read
    overrides = config.Overrides(language=chosen, **{k: v for k, v in given.items() if v is not None})
    try:
        found = config.load(start, config_file)
        language = _remember_language(ctx, chosen or found.config.language or i18n.default_language())
        return config.resolve(found, overrides), language
    except config.ConfigError as err:
        # An error in the file itself: its `språk:`, if that could be read.
        raise fail(err, _remember_language(ctx, chosen or err.language or language)) from None


def _profile_here(ctx: typer.Context, lang: Optional[Lang], profile: Optional[str], config_file: Optional[Path]):
    """For the commands that read no repository (rules, explain): the profile and language as
    validate has them, with styrcheck.yaml found from the current folder upwards."""
    from styrcheck.core import profile as profiles

    settings, language = _configure(ctx, Path.cwd(), config_file, lang, profile=profile)
    try:
        return profiles.load(settings.profile, settings.profile_within), language
    except profiles.ProfileError as err:
        raise fail(err, language) from None


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


def _prepare(
    ctx: typer.Context,
    reading: Reading,
    *,
    read_baseline: bool = True,
    progress: bool = False,
    in_context: bool = False,
    **given: Any,
):
    """Configuration file + command line -> settings, pipeline options and language. The
    language is --lang, else the configuration's, else the locale's. With `in_context`, a file
    or subfolder of a repository is checked among the repository's other documents
    (validate.context_of). `given`: the command's own settings (select, fail_on, ...)."""
    from styrcheck import config
    from styrcheck.cache.store import is_portable, root_for
    from styrcheck.core import profile as profiles
    from styrcheck.pipeline.baseline import BaselineError
    from styrcheck.pipeline.options import Options
    from styrcheck.pipeline.validate import context_of

    paths = reading.paths
    given.update(profile=reading.profile, exclude=config.split(reading.exclude))
    settings, language = _configure(ctx, paths[0], reading.config_file, reading.lang, **given)
    try:
        used = settings if read_baseline else replace(settings, baseline=None)
        options = Options.of(
            used, profiles.load(settings.profile, settings.profile_within), _today(reading.today, language)
        )
    except (profiles.ProfileError, BaselineError) as err:
        raise fail(err, language) from None
    cache_root = None if reading.no_cache else root_for(settings.path, paths)
    options = replace(
        options,
        cache_root=cache_root,
        jobs=reading.jobs,
        cache_portable=cache_root is not None and is_portable(cache_root, paths),
        progress=language if progress else None,
        context=context_of(settings.path, paths) if in_context else None,
    )
    return settings, options, language


@app.command()
def validate(
    ctx: typer.Context,
    paths: PathsArg = None,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    output_format: Annotated[
        Optional[str],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
        ),
    ] = None,
    output: OutputOpt = None,
    config_file: ConfigOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exclude: ExcludeOpt = None,
    baseline_file: Annotated[
        Optional[Path],
        typer.Option("--baseline", metavar="FILE"),
    ] = None,
    today: TodayOpt = None,
    fail_on: Annotated[
        Optional[Level],
        typer.Option(
            "--fail-on",
            parser=_choice(Level, {"fel": "error", "varning": "warning"}),
        ),
    ] = None,
    show_accepted: Annotated[bool, typer.Option("--show-accepted")] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v"),
    ] = False,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    from styrcheck import config, report
    from styrcheck.pipeline.validate import check

    paths = paths or [Path(".")]
    settings, options, language = _prepare(
        ctx,
        Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs),
        select=config.split(select),
        ignore=config.split(ignore),
        fail_on=fail_on.value if fail_on else None,
        baseline=baseline_file,
        progress=True,
        in_context=True,
    )
    if output_format is not None and output_format not in report.FORMATS:
        raise fail("unknown-format", language, value=output_format, choices=", ".join(report.FORMATS))
    check_output(output, language, paths, settings)
    result = check(paths, options)
    if verbose:
        from styrcheck.report.text import skipped_lines

        for line in skipped_lines(result, language):
            print(f"styrcheck: {render('not-checked', language, what=line)}", file=sys.stderr)
    if result.files == 0:  # like ruff: say so, and pass (there is nothing wrong to report)
        print(f"styrcheck: {render('no-yaml-files', language)}", file=sys.stderr)
    context = report.ReportContext(
        root=report.repository_root(paths[0]),
        levels=report.rule_levels(options.profile, options.selection),
        fail_on=settings.fail_on,
        show_accepted=show_accepted,
        profile=options.profile,
    )
    terminal = report.terminal_format()
    if output is not None:
        write_output(
            output, report.render(output_format or "text", result, language, context).encode("utf-8"), language
        )
    shown = terminal if output is not None or output_format is None else output_format
    color = shown == "text" and sys.stdout.isatty()
    sys.stdout.write(report.render(shown, result, language, replace(context, color=color)))
    raise typer.Exit(result.exit_code(settings.fail_on))


@app.command()
def baseline(
    ctx: typer.Context,
    paths: PathsArg = None,
    output: OutputOpt = None,
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
    from styrcheck import config
    from styrcheck.pipeline import baseline as baselines
    from styrcheck.pipeline.validate import check

    paths = paths or [Path(".")]
    settings, options, language = _prepare(
        ctx,
        Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs),
        read_baseline=False,
        select=config.split(select),
        ignore=config.split(ignore),
        in_context=True,
    )
    target = output or settings.baseline or Path(baselines.DEFAULT_FILE)
    check_output(target, language, paths, replace(settings, baseline=None))
    result = check(paths, options)
    if result.crashed:
        raise fail("rules-crashed", language, codes=", ".join(result.crashed))
    entries = baselines.entries_of(result.findings, os.path.dirname(os.path.abspath(target)))
    write_output(target, baselines.dumps(entries).encode("utf-8"), language)
    count = sum(e.count for e in entries)
    print(f"styrcheck: {render('baseline-written', language, count=count, entries=len(entries), path=target)}")


@app.command()
def diff(
    ctx: typer.Context,
    base: Annotated[
        str,
        typer.Argument(metavar="BASE", show_default=False),
    ],
    head: Annotated[
        Optional[str],
        typer.Argument(metavar="HEAD", show_default=False),
    ] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT")] = "text",
    output: OutputOpt = None,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    exclude: ExcludeOpt = None,
    today: TodayOpt = None,
    fail_on: Annotated[
        Optional[Level],
        typer.Option(
            "--fail-on",
            parser=_choice(Level, {"fel": "error", "varning": "warning"}),
        ),
    ] = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    from styrcheck import config
    from styrcheck.diff import revisions
    from styrcheck.diff.command import make
    from styrcheck.diff.render import FORMATS

    folder = Path(head) if head is not None and revisions.is_folder(head) else Path(".")
    settings, options, language = _prepare(
        ctx,
        Reading([folder], profile, lang, config_file, exclude, today, no_cache, jobs),
        select=config.split(select),
        ignore=config.split(ignore),
        fail_on=fail_on.value if fail_on else None,
    )
    if output_format not in FORMATS:
        raise fail("unknown-format-or", language, value=output_format, choices=one_of(list(FORMATS)))
    check_output(output, language, [folder], settings)
    try:
        report, crashed = make(base, head, folder, options, settings.fail_on)
    except revisions.RevisionError as err:
        raise fail(err, language) from None
    if output is not None:
        write_output(output, FORMATS[output_format](report, language).encode("utf-8"), language)
    sys.stdout.write(FORMATS["text" if output is not None else output_format](report, language))
    if crashed:  # as validate: a crashed rule is shown among the findings, and exit 2
        raise typer.Exit(ExitCode.ERROR)
    raise typer.Exit(ExitCode.FINDINGS if report.comparison.failing(settings.fail_on) else ExitCode.CLEAN)


@app.command("rules")
def list_rules(
    ctx: typer.Context,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    output_format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT")] = "text",
    config_file: ConfigOpt = None,
) -> None:
    chosen, language = _profile_here(ctx, lang, profile, config_file)
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
    code: Annotated[str, typer.Argument(metavar="CODE")],
    lang: LangOpt = None,
    profile: ProfileOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    from styrcheck.checks.registry import lookup
    from styrcheck.explain import explain_text

    chosen, language = _profile_here(ctx, lang, profile, config_file)
    rule = lookup(code)
    if rule is None:
        from styrcheck.checks.registry import codes_and_names
        from styrcheck.core.text import did_you_mean

        suggestion = did_you_mean(code, codes_and_names())
        if suggestion:
            raise fail("no-such-rule-suggest", language, code=code, suggestion=suggestion)
        raise fail("no-such-rule", language, code=code)
    sys.stdout.write(explain_text(rule, language, chosen))


@app.command()
def due(
    ctx: typer.Context,
    paths: PathsArg = None,
    within: Annotated[str, typer.Option("--within", metavar="TIME")] = "90d",
    output_format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT")] = "text",
    output: OutputOpt = None,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
    exclude: ExcludeOpt = None,
    today: TodayOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    from styrcheck import due as dues
    from styrcheck.pipeline.validate import load_repository

    paths = paths or [Path(".")]
    settings, options, language = _prepare(
        ctx, Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs)
    )
    if output_format not in ("text", "json", "csv", "xlsx"):
        raise fail("unknown-format-or", language, value=output_format, choices=one_of(("text", "json", "csv", "xlsx")))
    _ready_to_write(output, output_format, language, paths, settings)
    try:
        until = dues.window_end(options.today, within)
        repo = load_repository(paths, options)
    except dues.WindowError as err:
        raise fail(err, language) from None
    items = dues.collect(repo, until)
    # A file that could not be read or modelled in full is missing here, or its dates are: say so.
    troubled = sorted({f.path for f in repo.findings if f.severity is Severity.ERROR})
    if troubled:
        message = (
            render("due-incomplete-one", language, first=troubled[0])
            if len(troubled) == 1
            else render("due-incomplete", language, count=len(troubled), first=troubled[0])
        )
        print(f"styrcheck: {message}", file=sys.stderr)
    if output_format in ("csv", "xlsx"):
        from styrcheck.site import exports

        data = exports.write(
            exports.CALENDAR, exports.calendar_rows(items, options.today, language), output_format, language
        )
    elif output_format == "json":
        data = dues.render_json(items, options.today, until).encode("utf-8")
    else:
        data = dues.render_text(items, options.today, until, language).encode("utf-8")
    _write(output, data, language)


@app.command()
def report(
    ctx: typer.Context,
    paths: PathsArg = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            metavar="FOLDER|FILE",
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
        ),
    ] = "html",
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
    from styrcheck import config, site
    from styrcheck.output import OutputError
    from styrcheck.pipeline.validate import validate

    paths = paths or [Path(".")]
    settings, options, language = _prepare(
        ctx,
        Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs),
        select=config.split(select),
        ignore=config.split(ignore),
        progress=True,
    )
    if output_format not in site.FORMATS:
        raise fail("unknown-format-or", language, value=output_format, choices=one_of(site.FORMATS))
    try:
        site.require_extra(output_format)
    except site.SiteError as err:
        raise fail(err, language) from None
    if output_format == "html":
        if output is None:
            raise fail("report-needs-folder", language)
        if output.exists() and not output.is_dir():
            raise fail("report-not-a-folder", language, path=output)
    else:
        _ready_to_write(output, output_format, language, paths, settings)
    repo, result = validate(paths, options)
    model = site.gather(repo, result.findings, language)
    if output_format != "html":
        from styrcheck.site import exports

        _write(output, exports.write(exports.REGISTER, exports.register_rows(model), output_format, language), language)
        return
    assert output is not None  # html: refused above, before the work, when there is none
    try:
        count = site.write_site(model, result.findings, output, options.jobs)
    except (site.SiteError, OutputError) as err:
        raise fail(err, language) from None
    print(
        f"styrcheck: {render('report-written', language, count=count, path=output, index=output / 'index.html')}",
        file=sys.stderr,
    )


def _ready_to_write(
    output: Optional[Path], output_format: str, language: str, paths: list[Path], settings: Settings
) -> None:
    """Refuse, before any work, an output that is not styrcheck's own, or binary to a terminal."""
    check_output(output, language, paths, settings)
    if output is None and output_format == "xlsx" and sys.stdout.isatty():
        raise fail("binary", language, format="XLSX")


def _write(output: Optional[Path], data: bytes, language: str) -> None:
    """`data` into the file `-o` names, else to standard output."""
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_output(output, data, language)


@app.command()
def graph(
    ctx: typer.Context,
    paths: PathsArg = None,
    output_format: Annotated[
        Optional[str],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
        ),
    ] = None,
    output: OutputOpt = None,
    level: Annotated[str, typer.Option("--level", metavar="LEVEL")] = "dokument",
    root: Annotated[Optional[str], typer.Option("--root", metavar="ID")] = None,
    types: Annotated[
        Optional[list[str]],
        typer.Option("--type", metavar="TYPE"),
    ] = None,
    period: Annotated[
        Optional[int],
        typer.Option("--period", metavar="YEAR"),
    ] = None,
    depth: Annotated[Optional[int], typer.Option("--depth", metavar="N")] = None,
    cluster: Annotated[str, typer.Option("--cluster", metavar="BY")] = "nämnd",
    legend: Annotated[bool, typer.Option("--legend/--no-legend")] = True,
    findings: Annotated[bool, typer.Option("--findings/--no-findings")] = True,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
    exclude: ExcludeOpt = None,
    today: TodayOpt = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
) -> None:
    from styrcheck.diagram.command import GraphError, drawn, is_binary, make, request

    paths = paths or [Path(".")]
    settings, options, language = _prepare(
        ctx, Reading(paths, profile, lang, config_file, exclude, today, no_cache, jobs)
    )
    check_output(output, language, paths, settings)
    try:
        wanted = request(
            options.profile,
            given_format=output_format,
            output=output,
            level=level,
            root=root,
            types=types or [],
            period=period,
            depth=depth,
            cluster=cluster,
            legend=legend,
            findings=findings,
            lang=language,
        )
        if output is None and is_binary(wanted.output_format) and sys.stdout.isatty():
            raise GraphError("binary", format=wanted.output_format.upper())
        drawing = drawn(make(paths, options, wanted), wanted.output_format, output)
    except GraphError as err:
        raise fail(err, language) from None
    if len(drawing.files) > 1:
        _write_parts(drawing.files, output, language, paths, settings)
        return
    data = drawing.files[output]
    if drawing.parts > 1:
        print(f"styrcheck: {render('graph-split-blocks', language, count=drawing.parts)}", file=sys.stderr)
    elif wanted.output_format in ("mermaid", "markdown"):
        from styrcheck.diagram.mermaid import MAX_EDGES, MAX_TEXT, too_large

        size = too_large(data.decode("utf-8"))
        if size is not None:
            warning = render(
                "mermaid-too-large", language, characters=size[0], links=size[1], max_text=MAX_TEXT, max_links=MAX_EDGES
            )
            print(f"styrcheck: {warning}", file=sys.stderr)
    if output is not None:
        write_output(output, data, language)
    elif is_binary(wanted.output_format):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data.decode("utf-8"))


def _write_parts(
    files: dict[Optional[Path], bytes], output: Optional[Path], language: str, paths: list[Path], settings: Settings
) -> None:
    """A picture split into a file per part and their index (diagram.command.drawn)."""
    *parts, index = files
    for path in files:
        if path != output:  # -o was checked before the run
            check_output(path, language, paths, settings)
    for path, data in files.items():
        assert path is not None
        write_output(path, data, language)
    message = render("graph-split-files", language, count=len(parts), first=parts[0], last=parts[-1], index=index)
    print(f"styrcheck: {message}", file=sys.stderr)


class CI(str, Enum):
    github = "github"
    gitlab = "gitlab"
    none = "none"


def _ask(value: Optional[str], question: str, default: str) -> str:
    """An answer given as a flag, else asked on a terminal, else the default: init asks
    nothing when no one is there to answer."""
    if value is not None:
        return value
    if sys.stdin.isatty():
        return typer.prompt(question, default=default)
    return default


@app.command()
def init(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", show_default=False)] = Path("."),
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    ci: Annotated[Optional[CI], typer.Option("--ci", parser=_choice(CI))] = None,
    organisation: Annotated[
        Optional[str],
        typer.Option("--organisation", metavar="NAME"),
    ] = None,
) -> None:
    from styrcheck.authoring import init as starting

    language = _language_of(ctx, lang)
    answers = starting.Answers(
        profile=_ask(profile, render("init-ask-profile", language), "norrkoping"),
        language=_ask(lang.value if lang else None, render("init-ask-language", language), language),
        ci=_ask(ci.value if ci else None, render("init-ask-ci", language), "none"),
        organisation=_ask(organisation, render("init-ask-organisation", language), "") or None,
    )
    language = _remember_language(ctx, answers.language if answers.language in ("sv", "en") else language)
    if answers.ci not in CI.__members__:
        raise fail("init-unknown-ci", language, value=answers.ci, choices=one_of(list(CI.__members__)))
    chosen = _load_profile(answers.profile, language)
    for name, text in starting.files(folder, answers, chosen).items():
        path = folder / name
        done = _write_new(path, text, language)
        said = render("init-written", language, path=path) if done else render("init-kept", language, path=path)
        print(f"styrcheck: {said}")
    print(render("init-next", language))


def _write_new(path: Path, text: str, language: str) -> bool:
    """A file init, new or import makes, never over one that is there: True when written."""
    from styrcheck.output import OutputError, write_new

    try:
        return write_new(path, text)
    except OutputError as err:
        raise fail(err, language) from None
    except OSError as err:
        raise fail("cannot-write", language, path=path, reason=err.strerror or err) from None


def _load_profile(name: Optional[str], language: str):
    from styrcheck.core import profile as profiles

    try:
        return profiles.load(name)
    except profiles.ProfileError as err:
        raise fail(err, language) from None


@app.command()
def new(
    ctx: typer.Context,
    type_name: Annotated[str, typer.Argument(metavar="TYPE")],
    doc_id: Annotated[Optional[str], typer.Option("--id", metavar="ID")] = None,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TEXT")] = None,
    output: OutputOpt = None,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    from styrcheck.authoring import new as skeletons

    target_folder = output.parent if output else Path(".")
    _, options, language = _prepare(ctx, Reading([target_folder], profile, lang, config_file, None, None, True, None))
    given = skeletons.with_id({k: v for k, v in (("id", doc_id), ("titel", title)) if v})
    try:
        text, empty = skeletons.skeleton(options.profile, type_name, language, given=given)
    except ToolError as err:
        raise fail(err, language) from None
    name = options.profile.doc_type(type_name)[0]
    path = output or skeletons.target(target_folder, name, given)
    if not _write_new(path, text, language):
        raise fail("file-exists", language, path=path)
    print(f"styrcheck: {render('new-written', language, path=path, type=name)}")
    if empty:
        print(f"styrcheck: {render('new-fill-in', language, fields=', '.join(empty))}")


@app.command()
def schema(
    ctx: typer.Context,
    output: OutputOpt = None,
    organisation: Annotated[
        Optional[Path],
        typer.Option(
            "--organisation",
            metavar="FILE",
        ),
    ] = None,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    import json

    from styrcheck.authoring import schema as schemas

    settings, options, language = _prepare(
        ctx, Reading([Path(".")], profile, lang, config_file, None, None, True, None)
    )
    check_output(output, language, [], settings)
    try:
        ids = [organ.id for organ in schemas.read_organisation(organisation).organs] if organisation else None
    except ToolError as err:
        raise fail(err, language) from None
    text = json.dumps(schemas.build(options.profile, language, ids), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    write_output(output, text.encode("utf-8"), language)


profile_app = typer.Typer(no_args_is_help=True)
app.add_typer(profile_app, name="profile")


@profile_app.callback()
def _profile_group(lang: LangOpt = None) -> None:
    """`--lang` before the sub-command (`styrcheck profile --lang sv check`), read by it."""


@profile_app.command("check")
def profile_check(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE")],
    lang: LangOpt = None,
) -> None:
    language = _language_of(ctx, lang)
    checked = _load_profile(str(file), language)
    print(f"styrcheck: {render('profile-ok', language, path=file, name=checked.name, count=len(checked.doc_types))}")


@profile_app.command("show")
def profile_show(
    ctx: typer.Context,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    from styrcheck.core.profile_show import to_yaml

    chosen, _ = _profile_here(ctx, lang, profile, config_file)
    sys.stdout.write(to_yaml(chosen))


@app.command("import")
def import_register(
    ctx: typer.Context,
    register: Annotated[Path, typer.Argument(metavar="REGISTER")],
    folder: Annotated[Path, typer.Option("--folder", metavar="FOLDER", show_default=False)] = Path("."),
    columns: Annotated[
        Optional[list[str]],
        typer.Option(
            "--column",
            metavar="FIELD=HEADING",
        ),
    ] = None,
    mapping_file: Annotated[Optional[Path], typer.Option("--mapping", metavar="FILE")] = None,
    sheet: Annotated[Optional[str], typer.Option("--sheet", metavar="NAME")] = None,
    organisation: Annotated[
        Optional[Path],
        typer.Option("--organisation", metavar="FILE"),
    ] = None,
    profile: ProfileOpt = None,
    lang: LangOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    from styrcheck.authoring import importer
    from styrcheck.authoring import register as registers
    from styrcheck.authoring.schema import read_organisation

    _, options, language = _prepare(ctx, Reading([folder], profile, lang, config_file, None, None, True, None))
    try:
        given = registers.given_mapping(columns or [], mapping_file)
        table = registers.read(register, sheet)
        found = registers.mapping(table.headings, given)
        organs_file = organisation or folder / "organisation.yaml"
        known = read_organisation(organs_file) if organisation or organs_file.is_file() else None
    except ToolError as err:
        raise fail(err, language) from None
    columns_found = ", ".join(f"{k}={table.headings[i]}" for k, i in found.items())
    print(f"styrcheck: {render('import-columns', language, columns=columns_found)}")
    reader = importer.Reader(options.profile, known, language)
    written = kept = person = 0
    for planned in importer.plan(table, register.name, found, reader, folder, language):
        done = _write_new(planned.path, planned.text, language)
        written, kept = written + done, kept + (not done)
        where = {"path": planned.path, "row": planned.row.number}
        said = render("import-written", language, **where) if done else render("import-kept", language, **where)
        print(f"styrcheck: {said}")
        if done and planned.empty:
            person += 1
            print(render("import-person", language, fields=", ".join(planned.empty)))
    print(f"styrcheck: {render('import-summary', language, written=written, kept=kept, person=person)}")


def main(argv: list[str] | None = None) -> int:
    """Entry point: returns the exit code instead of raising SystemExit."""
    run = Run()
    args = sys.argv[1:] if argv is None else argv
    _escape_what_cannot_be_shown()
    try:
        try:
            # The whole command (reports and pictures are drawn from a full heap too); when this
            # process is the command line (argv from sys.argv), what it built dies with it.
            with no_collections(until_exit=argv is None):
                command = typer.main.get_command(app)
                helps.translate(command, helps.language(args))
                code = int(command.main(args=args, prog_name="styrcheck", standalone_mode=False, obj=run) or 0)
        except typer.Exit as done:
            code = int(done.exit_code)
        except SystemExit as done:
            code = int(done.code or 0)
        try:
            sys.stdout.flush()  # here, not at exit: output that cannot be written is said like any error
        except OSError as err:
            raise _OutputFailed(err.strerror or str(err)) from None
        return code
    except Exception as err:  # a path that is not there, click usage errors, the machine, and bugs
        language = run.language or helps.language(args)
        if isinstance(err, ToolError):  # a path that is not there (files.PathError), found by every command
            return fail(err, language).exit_code
        environment = _environment_error(err)
        if environment is not None:
            return fail(environment, language).exit_code
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
        print(f"styrcheck: {render('internal-error', language, kind=type(err).__name__, error=err)}", file=sys.stderr)
        return ExitCode.ERROR


def _escape_what_cannot_be_shown() -> None:
    """On a terminal or pipe that cannot show every character (an ASCII locale), characters it
    cannot show are written as escapes (`\\xe4`) rather than ending the run."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8") and getattr(stream, "errors", "") in ("strict", "surrogateescape"):
            try:
                stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
            except (AttributeError, ValueError, OSError):
                pass


def _environment_error(err: Exception) -> ToolError | None:
    """An error of the machine styrcheck runs on, not of styrcheck (exit 2, said as such): output
    that cannot be written, a working folder that is gone, no memory, a refusal of the system."""
    if isinstance(err, MemoryError):
        return ToolError("out-of-memory")
    if not isinstance(err, OSError):
        return None
    reason = err.strerror or str(err)
    try:
        os.getcwd()
    except OSError:
        return ToolError("working-folder-gone")
    # Writing the output is where an error without a file name comes from (files styrcheck writes
    # itself are reported as cannot-write, with their name).
    if isinstance(err, _OutputFailed) or (err.filename is None and err.errno in _OUTPUT_ERRNOS):
        try:  # nothing more can reach the output: send it nowhere, so that exiting does not try again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return ToolError("output-failed", reason=reason)
    from styrcheck.core.text import printable

    return ToolError("system-error", reason=reason, path=f" ({printable(str(err.filename))})" if err.filename else "")


class _OutputFailed(OSError):
    """Flushing standard output failed."""


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EPIPE, errno.EFBIG, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _click_errors() -> tuple[type[Exception], type[BaseException]]:
    """Click's usage error and abort as typer raises them: click's own, or the copy typer >= 0.24
    bundles. Asked of typer, not of `import click`: click may be installed beside a typer that
    does not use it (another package needs it), and then its classes are not the ones raised."""
    usage = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
    return usage, typer.Abort
