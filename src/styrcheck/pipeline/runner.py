"""One runner for the work of a run that is the same, independently, for many items (reading
files, checking rules): in this process, or across worker processes when that pays.

Workers are forked where that is safe (Linux): they then share what the parent has already
imported and built, copy-on-write, so a caller may leave what the work reads in a module
global instead of sending it. Whatever the runner does, the results come back in the order
the items were given, so a parallel run gives exactly what a serial one gives.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

Item = TypeVar("Item")
Out = TypeVar("Out")
# Where no process can be had (a sandbox, no /dev/shm): the work is done in this one.
_NO_PROCESSES = (OSError, ImportError, NotImplementedError, BrokenProcessPool)


def run_all(
    work: Callable[[Item], Out],
    items: Sequence[Item],
    workers: int,
    started: Callable[[], None] | None = None,
    done: Callable[[int], None] | None = None,
) -> list[Out]:
    """`work(item)` of every item, in order; in `workers` processes when more than one.
    `started` is called once the workers run (never fork beside a progress bar's drawing),
    `done(index)` as each item is done."""
    if workers > 1:
        try:
            with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
                futures = [pool.submit(work, item) for item in items]
                if started is not None:
                    started()
                if done is not None:
                    index = {future: i for i, future in enumerate(futures)}
                    for future in as_completed(futures):
                        done(index[future])
                return [future.result() for future in futures]
        except _NO_PROCESSES:
            pass
    if started is not None:
        started()
    results = []
    for i, item in enumerate(items):
        results.append(work(item))
        if done is not None:
            done(i)
    return results


def fork_is_safe() -> bool:
    """Whether worker processes may be forked: on Linux (elsewhere system libraries may not
    survive a fork), where they then share what is already imported and built."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _context() -> Any:
    """fork where it is safe, else the platform's own way of starting a process."""
    return multiprocessing.get_context("fork" if fork_is_safe() else None)
