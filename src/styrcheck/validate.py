"""The validate pipeline as a function: paths in, a Result out (no printing, no exit)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from styrcheck import files, loader
from styrcheck.engine import Result, Selection, run
from styrcheck.profile import Profile
from styrcheck.repository import Repository, assemble


@dataclass(frozen=True)
class Options:
    profile: Profile
    today: date
    selection: Selection = field(default_factory=Selection)
    exclude: tuple[str, ...] = ()
    limits: loader.Limits = field(default_factory=loader.Limits)


def read_all(paths: Sequence[Path], options: Options) -> list[loader.Source]:
    return [loader.read(p, files.display(p), options.limits) for p in files.discover(paths, options.exclude)]


def load_repository(paths: Sequence[Path], options: Options) -> Repository:
    return assemble(read_all(paths, options), options.profile, options.today)


def validate(paths: Sequence[Path], options: Options) -> tuple[Repository, Result]:
    repo = load_repository(paths, options)
    return repo, run(repo, options.selection)
