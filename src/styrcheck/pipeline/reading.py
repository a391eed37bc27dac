"""Read every file of a run: from the cache where it holds, across cores where that pays.

Reading is the one part of a run that is the same work, independently, for every file, so it
is what runs in parallel: the files are split in chunks among worker processes, each reads and
composes its chunk, and the sources come back in the order they were asked for. A run in
parallel therefore gives exactly what a run in one process gives, byte for byte.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from styrcheck.catalogue.raised import Y005
from styrcheck.core import loader
from styrcheck.core.loader import Limits, Source
from styrcheck.pipeline import discovery, runner

if TYPE_CHECKING:
    from styrcheck.cache.store import Cache, Signature

# Below this many files to read, starting worker processes costs more than it saves (measured:
# even at 1,000 files on 2 cores; docs/performance.md).
PARALLEL_MIN = 1000
# A progress bar only where a run takes long enough to wonder whether it is moving.
PROGRESS_MIN = 2000
_CHUNKS_PER_WORKER = 8  # small enough to balance the load, large enough to keep overhead low
# CI services that set a variable of their own but not CI=true.
_CI_VARIABLES = (
    "CI",
    "GITHUB_ACTIONS",
    "GITLAB_CI",
    "TF_BUILD",
    "BUILDKITE",
    "JENKINS_URL",
    "TEAMCITY_VERSION",
    "BITBUCKET_BUILD_NUMBER",
    "CIRCLECI",
    "DRONE",
)


@dataclass(slots=True)
class Planned:
    """One file to read: where, how it is shown, and what the cache knows of it."""

    display: str
    path: str
    outside: str | None  # where a link leads, when that is outside what is checked
    absolute: str  # the cache's index is by absolute path
    digest: str | None = None  # content hash, when the file could be hashed
    raw: bytes | None = None  # its bytes, when they were read to hash them


@dataclass
class Survey:
    """The files of a run, found and (with a cache) hashed, not yet read."""

    files: list[Planned]
    skipped: list[discovery.Skip] = field(default_factory=list)  # what the user may think was checked

    def identity(self) -> list[tuple[str, str]] | None:
        """What the run reads, as (shown path, content hash); None when some file could not be
        hashed (unreadable, too large, a link out): then the run's result is not reused."""
        if any(p.digest is None for p in self.files):
            return None
        return [(p.display, p.digest) for p in self.files]  # type: ignore[misc]


def survey(paths: Sequence[Path], exclude: Sequence[str], limits: Limits, cache: Cache | None) -> Survey:
    """Every file below `paths`; with a cache, each one's content hash (from the cache's own
    record where the file's size, times and inode are unchanged, else by reading it)."""
    listing = discovery.candidates(paths, tuple(exclude))
    planned = [Planned(found.shown, found.path, found.outside, found.absolute) for found in listing.files]
    if cache is not None:
        for item in planned:
            if item.outside is None:
                _hash(item, cache, limits)
    return Survey(planned, listing.skipped)


def _hash(item: Planned, cache: Cache, limits: Limits) -> None:
    from styrcheck.cache.store import content_hash, signature

    try:
        info = os.stat(item.path)  # before reading: a change after it is seen next time
    except OSError:
        return
    if not stat.S_ISREG(info.st_mode) or info.st_size > limits.max_bytes:
        return  # the loader reports it; never cached
    sig: Signature = signature(info)
    digest = cache.known_hash(item.absolute, sig)
    if digest is None:
        raw = _read_raw(item.path, limits)
        if raw is None:
            return
        digest, item.raw = content_hash(raw), raw
        cache.remember_hash(item.absolute, sig, digest)
    item.digest = digest


def _read_raw(path: str, limits: Limits) -> bytes | None:
    """The file's bytes as the loader reads them (regular files only, bounded), or None."""
    read_bounded = loader.read_bounded  # outside the `try`: a renamed loader must fail loudly
    try:
        return read_bounded(path, limits.max_bytes)
    except Exception:  # noqa: BLE001 - whatever it was, loader.read reports it when reading
        return None


def load(
    found: Survey, limits: Limits, cache: Cache | None = None, jobs: int | None = None, progress: Progress | None = None
) -> list[Source]:
    """The sources of every file surveyed, in order: cached where the cache has them, else
    read (in parallel when there are enough) and added to the cache."""
    sources: list[Source | None] = [None] * len(found.files)
    tasks: list[tuple[int, str | None]] = []  # index, cache key
    for index, item in enumerate(found.files):
        if item.outside is not None:
            source = Source(item.display)
            source.problem(Y005, "outside", (1, 1), target=item.outside)
            sources[index] = source
            continue
        key = None
        if cache is not None and item.digest is not None:
            key = cache.file_key(item.digest, limits)
            cached = cache.source(key, item.display)
            if cached is not None:
                sources[index] = cached
                continue
            if item.raw is None:  # hashed in an earlier run: read it now, and hash what was read
                item.raw = _read_raw(item.path, limits)
                if item.raw is None:
                    key = None
                else:
                    from styrcheck.cache.store import content_hash

                    key = cache.file_key(content_hash(item.raw), limits)
        tasks.append((index, key))
    work = [(found.files[i].display, found.files[i].path, found.files[i].raw) for i, _ in tasks]
    for (index, key), source in zip(tasks, read_many(work, limits, jobs, progress) if work else ()):
        sources[index] = source
        if cache is not None and key is not None:
            cache.put_source(key, source)
    for item in found.files:
        item.raw = None  # the bytes are no longer needed
    return sources  # type: ignore[return-value]


Task = tuple[str, str, "bytes | None"]  # shown path, path, the bytes if already read


def read_many(
    tasks: list[Task], limits: Limits, jobs: int | None = None, progress: Progress | None = None
) -> list[Source]:
    """Read and compose every task, in order; across `jobs` processes when there are enough."""
    workers = min(jobs or os.cpu_count() or 1, max(1, len(tasks) // 64))
    if len(tasks) < PARALLEL_MIN:
        workers = 1
    # In chunks among the workers; one by one in this process.
    size = max(16, -(-len(tasks) // (workers * _CHUNKS_PER_WORKER))) if workers > 1 else 1
    chunks = [tasks[i : i + size] for i in range(0, len(tasks), size)]
    started = done = None
    if progress is not None:
        started = partial(progress.reading, len(tasks))
        done = lambda index: progress.advance(len(chunks[index]))  # noqa: E731
    read = runner.run_all(partial(_read_chunk, limits=limits), chunks, workers, started, done)
    return [source for chunk in read for source in chunk]


def _read_one(task: Task, limits: Limits) -> Source:
    display, path, raw = task
    if raw is None:
        return loader.read(path, display, limits)
    source = Source(display)
    loader.parse(raw, source, limits)
    return source


def _read_chunk(chunk: list[Task], limits: Limits) -> list[Source]:
    return [_read_one(task, limits) for task in chunk]


# --- progress -------------------------------------------------------------------------------------


def in_ci() -> bool:
    return any(os.environ.get(name, "").strip().lower() not in ("", "0", "false") for name in _CI_VARIABLES)


class Progress:
    """A progress bar on stderr for a long run: reading the files, then checking them.
    Only on a terminal and outside CI (a bar in a log is noise); see `wanted`. It is drawn
    without a thread of its own, so that worker processes are never forked beside one."""

    _LABELS = {"sv": ("Läser filer", "Kontrollerar"), "en": ("Reading files", "Checking")}
    _EVERY = 0.1  # seconds between redraws

    def __init__(self, lang: str) -> None:
        self.labels = self._LABELS.get(lang, self._LABELS["en"])
        self._bar: Any = None
        self._task: Any = None
        self._drawn = 0.0
        self._total = self._done = 0

    @staticmethod
    def wanted(lang: str | None, files: int) -> Progress | None:
        if lang is None or files < PROGRESS_MIN or in_ci() or not sys.stderr.isatty():
            return None
        return Progress(lang)

    def _start(self) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.fields[count]}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
                auto_refresh=False,
            )
            self._bar.start()

    def reading(self, total: int) -> None:
        self._start()
        self._total, self._done = total, 0
        self._task = self._bar.add_task(self.labels[0], total=total, count=f"0/{total}")
        self._bar.refresh()

    def advance(self, count: int) -> None:
        if self._task is None:
            return
        self._done += count
        self._bar.update(self._task, advance=count, count=f"{self._done}/{self._total}")
        now = time.monotonic()
        if now - self._drawn >= self._EVERY:
            self._drawn = now
            self._bar.refresh()

    def checking(self) -> None:
        self._start()
        if self._task is not None:
            self._bar.remove_task(self._task)
        self._task = None
        self._bar.add_task(self.labels[1] + " …", total=None, count="")
        self._bar.refresh()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
