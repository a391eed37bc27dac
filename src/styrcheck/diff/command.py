"""The diff command's work, between the command line and the pieces: read both sides with the
same options, compare them, and keep nothing temporary."""

from __future__ import annotations

import glob
import os
import shutil
from dataclasses import replace
from pathlib import Path

from styrcheck.core.diagnostics import Severity
from styrcheck.core.repository import Repository
from styrcheck.diff import revisions
from styrcheck.diff.compare import Version, compare
from styrcheck.diff.narrow import narrowed
from styrcheck.diff.render import Report
from styrcheck.pipeline.options import Options
from styrcheck.pipeline.validate import check_run, load_repository, validate

TREES = "trees"  # below the cache folder: one folder per revision's tree, kept for the next run
KEEP = 4  # revisions kept there: the bases a user compares with, without piling up


def make(base: str, head: str | None, folder: Path, options: Options, fail_on: Severity) -> tuple[Report, bool]:
    """The report of BASE against HEAD (the working tree `folder` when None), and whether a rule
    crashed on either side."""
    store = _store(options)
    sides: list[revisions.Side] = []
    try:
        for name in (base, head):
            if name is None:
                sides.append(revisions.working_tree(folder))
            elif revisions.is_folder(name):
                sides.append(revisions.Side(Path(name), name))
            else:
                sides.append(revisions.resolve(name, folder, store))
        old, new = _load(sides, folder, options, kept=store is not None)
    finally:
        if store is None:  # temporary copies: gone with the run
            for side in sides:
                if side.commit is not None:
                    shutil.rmtree(side.folder, ignore_errors=True)
        else:
            revisions.prune(store, KEEP)
    skipped = tuple((side.name, path, kind) for side in sides for path, kind in side.skipped)
    report = Report(compare(old, new), base, head or "", sides[0].commit, sides[1].commit, skipped, fail_on)
    return report, bool(old.result.crashed or new.result.crashed)


def _load(sides: list[revisions.Side], folder: Path, options: Options, kept: bool) -> tuple[Version, Version]:
    """Both sides checked (their results from the cache where it holds them), and the
    repositories of what `compare` must see of them: with a cache, the files whose content
    differs and the few they bear on (narrow.py); else every file."""
    chosen = [_options(side, folder, options, kept) for side in sides]
    folders = (sides[0].folder, sides[1].folder)
    if options.cache_root is None:
        (old_repo, old), (new_repo, new) = (validate([f], o) for f, o in zip(folders, chosen))
        repos: tuple[Repository, Repository] = (old_repo, new_repo)
    else:
        surveys = [revisions.surveyed(side, o) if kept else None for side, o in zip(sides, chosen)]
        (old, old_run), (new, new_run) = (check_run([f], o, s) for f, o, s in zip(folders, chosen, surveys))
        narrow = narrowed(old_run, new_run, folders, options) if old_run and new_run else None
        repos = narrow or (load_repository([folders[0]], chosen[0]), load_repository([folders[1]], chosen[1]))
    return Version(repos[0], old, str(folders[0].resolve())), Version(repos[1], new, str(folders[1].resolve()))


def _options(side: revisions.Side, folder: Path, options: Options, kept: bool) -> Options:
    if side.commit is not None:
        options = _rebased(options, folder, side.folder)
        if kept:
            # A kept revision has a cache of its own inside its folder: the cache holds the
            # result of one run, and the two sides taking turns in one would evict each other's.
            options = replace(options, cache_root=side.folder)
    return options


def _rebased(options: Options, folder: Path, tree: Path) -> Options:
    """The options for a revision written out to `tree`: globs of `uteslut` and
    `ignorera_per_fil` anchored in the working `folder` (config.py anchors them at
    styrcheck.yaml's folder) anchored at the same place in `tree`."""
    here, there = glob.escape(os.path.abspath(folder)) + "/", glob.escape(os.path.abspath(tree)) + "/"

    def moved(pattern: str) -> str:
        return there + pattern[len(here) :] if pattern.startswith(here) else pattern

    return replace(
        options,
        exclude=tuple(moved(p) for p in options.exclude),
        per_file_ignores=tuple((moved(p), codes) for p, codes in options.per_file_ignores),
    )


def _store(options: Options) -> Path | None:
    """Where revisions are written: in the cache, so the next run finds them; else nowhere
    lasting (--no-cache, or a cache that cannot be used)."""
    if options.cache_root is None:
        return None
    from styrcheck.cache.store import Cache

    # Opened first: a cache it empties must not take a tree with it. As portable as the run's,
    # or a CI cache restored in place would be emptied, revisions and all.
    cache = Cache.open(options.cache_root, options.cache_portable)
    return cache.folder / TREES if cache is not None else None
