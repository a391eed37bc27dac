"""The validate pipeline as a function: paths in, a Result out (no printing, no exit)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from styrcheck.cache import incremental
from styrcheck.core import loader
from styrcheck.core.diagnostics import Finding
from styrcheck.core.profile import Profile
from styrcheck.core.repository import Repository, assemble
from styrcheck.pipeline import reading
from styrcheck.pipeline.collect import no_collections
from styrcheck.pipeline.discovery import matches
from styrcheck.pipeline.engine import Result, Selection, run

if TYPE_CHECKING:
    from styrcheck.cache.store import Cache
    from styrcheck.config import Settings
    from styrcheck.pipeline.baseline import Baseline


@dataclass(frozen=True)
class Options:
    profile: Profile
    today: date
    selection: Selection = field(default_factory=Selection)
    exclude: tuple[str, ...] = ()
    limits: loader.Limits = field(default_factory=loader.Limits)
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()  # (glob, rule codes)
    baseline: Baseline | None = None  # findings it holds are accepted; fixed entries reported
    cache_root: Path | None = None  # where .styrcheck_cache/ is kept (cache/store.py); None: no cache
    jobs: int | None = None  # processes that read files and run rules; None: one per core
    progress: str | None = None  # language of a progress bar on a terminal; None: never
    # The repository the checked paths lie in (styrcheck.yaml's folder), read around them so that
    # the rules that compare documents see the rest; only the checked paths' findings are reported.
    context: Path | None = None

    @classmethod
    def of(cls, settings: Settings, profile: Profile, today: date) -> Options:
        """The options a configuration (file and command line, resolved) asks for."""
        from styrcheck.pipeline import baseline

        return cls(
            profile=profile, today=today,
            selection=Selection(settings.select, settings.ignore, settings.severities),
            exclude=settings.exclude, limits=settings.limits,
            per_file_ignores=settings.per_file_ignores,
            baseline=baseline.load(settings.baseline) if settings.baseline else None,
        )


def read_all(paths: Sequence[Path], options: Options) -> list[loader.Source]:
    """Every file, read: from the cache where it holds, across cores where that pays."""
    cache = _open_cache(options)
    sources = reading.load(reading.survey(paths, options.exclude, options.limits, cache),
                           options.limits, cache, options.jobs)
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
    if options.context is not None:
        # Given paths first: a file both given and in the context is shown as the user named it.
        scope = {p.display for p in reading.survey(paths, options.exclude, options.limits, None).files}
        repo, result = _validate([*paths, options.context], replace(options, context=None), keep_repository=True)
        assert repo is not None
        documents = sum(1 for doc in repo.documents if doc.path in scope)
        findings = [f for f in result.findings if f.path in scope]
        return repo, replace(result, findings=findings, files=len(scope), documents=documents)
    with no_collections():
        cache = _open_cache(options)
        found = reading.survey(paths, options.exclude, options.limits, cache)
        files = found.identity() if cache is not None else None
        key, options_key = _run_keys(files, options) if files is not None else (None, "")
        result = cache.result(key) if cache is not None and key is not None else None
        if result is None and cache is not None and files is not None:
            again = incremental.recheck(found, files, options, cache, options_key)
            if again is not None:  # only the edited files checked again
                result = _filtered(again[0], options)
                cache.put_result(key, result, again[1].encode())
        repo = None
        if result is None or keep_repository:
            progress = reading.Progress.wanted(options.progress, len(found.files))
            try:
                sources = reading.load(found, options.limits, cache, options.jobs, progress)
                if progress is not None:
                    progress.checking()
                repo = assemble(sources, options.profile, options.today)
                if result is None:
                    result = _checked(repo, options)
                    if cache is not None and key is not None and files is not None:
                        cache.put_result(key, result, incremental.base_of(repo, files, options_key).encode())
            finally:
                if progress is not None:
                    progress.stop()
        if cache is not None:
            cache.save()
    return repo, _with_baseline(result, options)


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

    return Cache.open(options.cache_root)


def _run_keys(files: list[tuple[str, str]], options: Options) -> tuple[str, str]:
    """The key of the run (its files, and every option its result depends on) and the key of
    its options alone. The baseline is not in them: it is applied to the result afterwards."""
    from styrcheck.cache.store import run_key

    selection = options.selection
    settings = [
        options.profile.model_dump_json(), options.today.isoformat(), repr(options.limits),
        sorted(selection.select), sorted(selection.ignore),
        sorted((code, str(level)) for code, level in selection.severities.items()),
        list(options.exclude), sorted((glob, sorted(codes)) for glob, codes in options.per_file_ignores),
    ]
    return run_key(files, settings), run_key([], settings)


def _ignored_here(finding: Finding, per_file: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """`ignorera_per_fil`: globs match as `uteslut` does."""
    absolute = os.path.abspath(finding.path)
    return any(finding.code in codes and matches(finding.path, absolute, glob) for glob, codes in per_file)
