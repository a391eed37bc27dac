#!/usr/bin/env python3
"""Time `styrcheck diff main` against a warm `validate` on a generated git repository.

    python benchmarks/diff.py [--documents 10000] [--repeats 3] [--workdir DIR]

Generates N documents (generate.py), commits them as `main`, changes one uppdragsplan's title
in the working tree, and measures (wall and CPU time, each the median of the repeats):

- validate (warm): `styrcheck validate .` after a run that filled the cache;
- diff (first): `styrcheck diff main` once, writing main's tree into the cache and reading it;
- diff (warm): `styrcheck diff main` again, main's tree and both sides' files in the cache
  (warm validate and warm diff run alternately, so that both see the same load).

The target of issue 19 is diff (warm) <= 1.5 x validate (warm). Results go to stdout as a
Markdown table (docs/performance.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2026-06-30"  # generate.py's fixed "now"


def styrcheck() -> list[str]:
    beside = Path(sys.executable).with_name("styrcheck")
    return [str(beside)] if beside.exists() else ["styrcheck"]


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (the CPU time too: wall time suffers when the machine is shared)."""
    before, start = os.times(), time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed, after = time.perf_counter() - start, os.times()
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def git(cwd: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.se",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.se"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--documents", "-n", type=int, default=10000)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workdir", type=Path, default=None, help="default: a temporary folder, removed after")
    a = p.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import generate

    work = a.workdir or Path(tempfile.mkdtemp(prefix="styrcheck-bench-diff-"))
    repo = work / f"repo-{a.documents}"
    try:
        shutil.rmtree(repo, ignore_errors=True)
        generate.generate(repo, a.documents, a.seed)
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "generated")
        changed = next(iter(sorted(repo.rglob("*uppdragsplan*.yaml"))))
        text = changed.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if line.startswith("titel:"))
        lines[at] = "titel: En ny titel\n"
        changed.write_text("".join(lines), encoding="utf-8")

        command = [*styrcheck()]
        validate = [*command, "validate", ".", "--today", TODAY]
        diff = [*command, "diff", "main", "--today", TODAY]
        timed(validate, repo)  # fills the cache
        first_diff = timed(diff, repo)
        # Alternately, so that both see the same load on a shared machine.
        warm_validate, warm_diff = [], []
        for _ in range(a.repeats):
            warm_validate.append(timed(validate, repo))
            warm_diff.append(timed(diff, repo))
        nocache_diff = timed([*diff, "--no-cache"], repo)
    finally:
        if a.workdir is None:
            shutil.rmtree(work, ignore_errors=True)

    v = tuple(statistics.median(run[i] for run in warm_validate) for i in (0, 1))
    d = tuple(statistics.median(run[i] for run in warm_diff) for i in (0, 1))
    print(f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}")
    print(f"{a.documents} documents, one changed ({changed.name}: its title); median of {a.repeats}\n")
    print("| measurement | wall s | CPU s | ÷ warm validate (wall) | ÷ warm validate (CPU) |")
    print("|---|---:|---:|---:|---:|")
    for name, (wall, cpu) in (("styrcheck validate (warm)", v), ("styrcheck diff main (first: writes main's tree)", first_diff),
                              ("styrcheck diff main (warm)", d), ("styrcheck diff main --no-cache", nocache_diff)):
        print(f"| {name} | {wall:.3f} | {cpu:.2f} | {wall / v[0]:.2f} | {cpu / v[1]:.2f} |")
    met = ["met" if diff <= 1.5 * valid else "NOT met" for diff, valid in zip(d, v)]
    print(f"\ntarget: diff (warm) <= 1.5 x warm validate: wall {d[0] / v[0]:.2f} ({met[0]}), CPU {d[1] / v[1]:.2f} ({met[1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
