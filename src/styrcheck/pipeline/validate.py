"""The validate pipeline as a function: paths in, a Result out (no printing, no exit)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from styrcheck.cache import incremental
from styrcheck.core import loader
from styrcheck.core.diagnostics import Finding
from styrcheck.core.repository import Repository, assemble
from styrcheck.pipeline import reading
from styrcheck.pipeline.collect import no_collections
from styrcheck.pipeline.discovery import matches
from styrcheck.pipeline.engine import run
from styrcheck.pipeline.options import Options
from styrcheck.pipeline.result import Result

if TYPE_CHECKING:
    from styrcheck.cache.store import Cache


def read_all(paths: Sequence[Path], options: Options) -> list[loader.Source]:
    """Every file, read: from the cache where it holds, across cores where that pays."""
    cache = _open_cache(options)
    sources = reading.load(
        reading.survey(paths, options.exclude, options.limits, cache), options.limits, cache, options.jobs
    )
    if cache is not None:
        cache.save()
    return sources


def load_repository(paths: Sequence[Path], options: Options) -> Repository:
    with no_collections():
        return assemble(read_all(paths, options), options.profile, options.today)


def validate(paths: Sequence[Path], options: Options) -> tuple[Repository, Result]:
    """The repository and what the rules found in it (taken from the cache when nothing
    changed since the last run: files, profile, configuration, options, today)."""
    repo, result = _validate(paths, options, keep_repository=True)
    assert repo is not None
    return repo, result


def check(paths: Sequence[Path], options: Options) -> Result:
    """`validate` for callers that need only the result: when it comes from the cache, no
    file is read at all."""
    return _validate(paths, options, keep_repository=False)[1]


def context_of(config_file: Path | None, paths: Sequence[Path]) -> Path | None:
    """The folder of styrcheck.yaml, when every path lies inside it (and none is that folder):
    the repository a file or subfolder is checked in."""
    if config_file is None:
        return None
    root = config_file.parent.resolve()
    inside = [path.resolve() for path in paths]
    return root if all(p != root and p.is_relative_to(root) for p in inside) else None


def _validate(paths: Sequence[Path], options: Options, keep_repository: bool) -> tuple[Repository | None, Result]:
    """One straight line: the scope, then the cached result, then an incremental re-check, then
    a full run; each step gives the result or passes on to the next."""
    scoped = _in_scope(paths, options)
    if scoped is not None:
        return scoped
    with no_collections():
        run = _start(paths, options)
        result = _cached(run)
        if result is None:
            result = _incremental(run)
        repo = None
        if result is None or keep_repository:
            repo, result = _full(run, result)
        if run.cache is not None:
            run.cache.save()
    skipped = tuple(sorted({*run.found.skipped, *result.skipped}))  # what the survey and the run left out
    return repo, _with_baseline(replace(result, skipped=skipped), options)


@dataclass
class _Run:
    """A run under way: its options, its files (surveyed and, with a cache, hashed), the cache,
    and the keys of its result there (None: the result is not kept)."""

    options: Options
    found: reading.Survey
    cache: Cache | None
    files: list[tuple[str, str]] | None  # (shown path, content hash), with a cache
    key: str | None = None  # of the run: files, options and code
    options_key: str = ""  # of its options and code alone


def _in_scope(paths: Sequence[Path], options: Options) -> tuple[Repository, Result] | None:
    """With a context (the repository the paths lie in): the context validated, and only the
    paths' findings kept. Given paths come first: a file both given and in the context is shown
    as the user named it."""
    if options.context is None:
        return None
    given = reading.survey(paths, options.exclude, options.limits, None)
    scope = {p.display for p in given.files}
    repo, result = _validate([*paths, options.context], replace(options, context=None), keep_repository=True)
    assert repo is not None
    documents = sum(1 for doc in repo.documents if doc.path in scope)
    findings = [f for f in result.findings if f.path in scope]
    skipped = tuple(sorted({*given.skipped, *(s for s in result.skipped if s[1] in scope)}))
    return repo, replace(result, findings=findings, files=len(scope), documents=documents, skipped=skipped)


def _start(paths: Sequence[Path], options: Options) -> _Run:
    cache = _open_cache(options)
    found = reading.survey(paths, options.exclude, options.limits, cache)
    run = _Run(options, found, cache, found.identity() if cache is not None else None)
    if run.files is not None:
        run.key, run.options_key = _run_keys(run.files, options)
    return run


def _cached(run: _Run) -> Result | None:
    """The result the cache holds for exactly these files, options and code."""
    return run.cache.result(run.key) if run.cache is not None and run.key is not None else None


def _incremental(run: _Run) -> Result | None:
    """The last run's result with only the edited files checked again, where that is sound."""
    if run.cache is None or run.files is None or run.key is None:
        return None
    again = incremental.recheck(run.found, run.files, run.options, run.cache, run.options_key)
    if again is None:
        return None
    result = _filtered(again[0], run.options)
    run.cache.put_result(run.key, result, again[1].encode())
    return result


def _full(run: _Run, result: Result | None) -> tuple[Repository, Result]:
    """Every file read and the repository assembled; checked, unless `result` is known."""
    options = run.options
    progress = reading.Progress.wanted(options.progress, len(run.found.files))
    try:
        sources = reading.load(run.found, options.limits, run.cache, options.jobs, progress)
        if progress is not None:
            progress.checking()
        repo = assemble(sources, options.profile, options.today)
        if result is None:
            result = _checked(repo, options)
            if run.cache is not None and run.key is not None and run.files is not None:
                base = incremental.base_of(repo, run.files, run.options_key)
                run.cache.put_result(run.key, result, base.encode())
    finally:
        if progress is not None:
            progress.stop()
    return repo, result


def _checked(repo: Repository, options: Options) -> Result:
    return _filtered(run(repo, options.selection, options.jobs), options)


def _filtered(result: Result, options: Options) -> Result:
    """Without the findings `ignorera_per_fil` turns off."""
    if options.per_file_ignores:
        result.findings = [f for f in result.findings if not _ignored_here(f, options.per_file_ignores)]
    return result


def _with_baseline(result: Result, options: Options) -> Result:
    if options.baseline is None:
        return result
    findings, outcome = options.baseline.apply(result.findings)
    return replace(result, findings=findings, baseline=outcome)


def _open_cache(options: Options) -> Cache | None:
    if options.cache_root is None:
        return None
    from styrcheck.cache.store import Cache

    return Cache.open(options.cache_root, options.cache_portable)


def _run_keys(files: list[tuple[str, str]], options: Options) -> tuple[str, str]:
    """The key of the run (its files, and every option its result depends on) and the key of
    its options alone. The baseline is not in them: it is applied to the result afterwards."""
    from styrcheck.cache.store import run_key

    selection = options.selection
    settings = [
        options.profile.model_dump_json(),
        options.today.isoformat(),
        repr(options.limits),
        sorted(selection.select),
        sorted(selection.ignore),
        sorted((code, str(level)) for code, level in selection.severities.items()),
        list(options.exclude),
        sorted((glob, sorted(codes)) for glob, codes in options.per_file_ignores),
    ]
    return run_key(files, settings), run_key([], settings)


def _ignored_here(finding: Finding, per_file: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """`ignorera_per_fil`: globs match as `uteslut` does."""
    absolute = os.path.abspath(finding.path)
    return any(finding.code in codes and matches(finding.path, absolute, glob) for glob, codes in per_file)
