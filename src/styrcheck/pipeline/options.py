"""What a run is asked to do: the profile, today, the rule selection, the files, the cache,
the workers. Below both validate and the incremental re-check, which each read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from styrcheck.core import loader
from styrcheck.core.profile import Profile
from styrcheck.pipeline.result import Selection

if TYPE_CHECKING:
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
    cache_portable: bool = False  # kept by CI outside the repository: valid where restored (cache/store.py)
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
            profile=profile,
            today=today,
            selection=Selection(settings.select, settings.ignore, settings.severities),
            exclude=settings.exclude,
            limits=settings.limits,
            per_file_ignores=settings.per_file_ignores,
            baseline=baseline.load(settings.baseline, settings.limits) if settings.baseline else None,
        )
