"""Garbage collection during a run, which builds millions of long-lived objects at once.

Python's collector is triggered by allocations and scans the objects it tracks; a run keeps
all it reads (values, models, the graph) until its end, and none of it forms cycles that
need collecting, so scanning it again and again only costs time: a quarter of a run at
100,000 documents, and more the larger the repository (docs/performance.md). Within
`no_collections` the collector does not run at all (peak memory measured the same with and
without it).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0
_was_enabled = True


@contextmanager
def no_collections(until_exit: bool = False) -> Iterator[None]:
    """No garbage collection until the outermost of these ends; then the collector is as it
    was (so that a program using styrcheck as a library loses nothing). `until_exit`: the
    process ends with this run (the command line), so what the run built is frozen: the
    interpreter does not scan it again on the way out, which took a sixth of a run."""
    global _depth, _was_enabled
    if _depth == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            if until_exit and gc.get_freeze_count() == 0:  # not when the host freezes objects itself
                gc.freeze()
            if _was_enabled:
                gc.enable()
