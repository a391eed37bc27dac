"""Garbage collection during a run, which builds millions of long-lived objects at once.

Python's collector is triggered by allocations and scans every object it tracks; a run keeps
all it reads (values, positions, models, the graph) until its end, and none of it forms
cycles, so scanning it again and again only costs time: a third of a run at 10,000
documents, more at 100,000. Within `few_collections` the collector runs seldom, and what
`settle` is called after (the sources read, the repository assembled) is no longer scanned.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0
_freezing = False  # whether `settle` may freeze: not when the host program freezes objects itself


@contextmanager
def few_collections(until_exit: bool = False) -> Iterator[None]:
    """Collect seldom until the outermost of these ends; then as before, with every object
    in the collector's sight again (so that a program using styrcheck as a library loses
    nothing). `until_exit`: the process ends with this run (the command line), so what the run
    built is left frozen: the interpreter neither scans nor frees it on the way out, which
    took a sixth of a run."""
    global _depth, _freezing
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 50_000), max(before[1], 20), max(before[2], 100))
    if _depth == 0:
        _freezing = gc.get_freeze_count() == 0
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        gc.set_threshold(*before)
        if _depth == 0 and _freezing:
            gc.freeze() if until_exit else gc.unfreeze()


def settle() -> None:
    """Everything alive now lives until the run ends: stop scanning it (within a run only)."""
    if _depth and _freezing:
        gc.freeze()
