"""`styrcheck report` of a generated repository against a cold `validate` of it, and how long
the site's pages take to open in headless chromium (issue 18: report <= 1.5x a cold validate
at 10,000 documents; the Översikt open in under 2 s).

    .venv/bin/python benchmarks/report.py [--documents 10000] [--repeats 3] [--seed 1]
                                          [--site-dir DIR] [--no-browser]

Each command runs as a fresh process (`styrcheck ... --today 2026-06-30`), as `run.py`
measures validate; wall and CPU time (the process and its workers) are the medians of the
repeats, which run interleaved so that all see the same load. Three runs are timed:

- a cold `validate --no-cache`, the yardstick;
- a cold `report --no-cache`: nothing read before, nothing kept;
- a report after a validate, as a user runs them (the validate fills the cache, untimed, in a
  cache folder of its own, then the report is timed).

The site is written into a new folder under --site-dir (default: the system's temporary
folder), and the kernel's part of creating its files is measured apart: the same number of
files of the same sizes written there by a plain loop (`os.open`, `os.write`), with no
styrcheck in it. On a virtual disk that part varies several times over between identical
runs; on tmpfs (--site-dir /dev/shm) it is small and steady.

The pages are opened with the helper the browser tests use (tests/browser.py: Debian's
chromium, nothing fetched from outside the file system); the time is the navigation's load
event, as the browser reports it (PerformanceNavigationTiming).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TODAY = "2026-06-30"  # the generated repository describes 2026 (generate.py)


def styrcheck() -> list[str]:
    beside = Path(sys.executable).with_name("styrcheck")
    return [str(beside)] if beside.exists() else ["styrcheck"]


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_of(runs: list[tuple[float, float]]) -> dict[str, float]:
    return {"wall": statistics.median(r[0] for r in runs), "cpu": statistics.median(r[1] for r in runs)}


def creating_files(site: Path, into: Path) -> dict[str, float]:
    """The kernel's part: the site's files (same count, folders and sizes) written by a plain
    loop into `into`; (wall, system CPU) seconds."""
    sizes = [(path.relative_to(site), path.stat().st_size) for path in site.rglob("*") if path.is_file()]
    data = b"x" * max(size for _, size in sizes)
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    for relative, size in sizes:
        target = into / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        os.write(handle, data[:size])
        os.close(handle)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    return {"wall": wall, "system_cpu": after.ru_stime - before.ru_stime}


def open_times(site: Path, pages: list[str], repeats: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import browser_page

    found = {}
    with browser_page() as (page, offline):
        for name in pages:
            times = []
            for _ in range(repeats):
                page.goto((site / name).as_uri(), wait_until="load", timeout=120_000)
                times.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000)
            found[name] = statistics.median(times)
        assert not offline.refused, offline.refused
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=HERE / ".data")
    parser.add_argument("--site-dir", type=Path, default=None, help="where the sites are written")
    parser.add_argument("--no-browser", action="store_true", help="do not open the pages in chromium")
    args = parser.parse_args(argv)

    repository = args.workdir / f"n{args.documents}-s{args.seed}"
    if not repository.is_dir():
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate.py"),
                str(repository),
                "--documents",
                str(args.documents),
                "--seed",
                str(args.seed),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    for path in repository.rglob("*.y*ml"):  # read once, untimed: no command pays for the disk
        path.read_bytes()
    command = styrcheck()
    today = ["--today", TODAY]
    runs: dict[str, list[tuple[float, float]]] = {"validate": [], "report_cold": [], "report_after_validate": []}
    files: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="styrcheck-report-bench-", dir=args.site_dir) as tmp:
        env = dict(os.environ, STYRCHECK_CACHE_DIR=str(Path(tmp) / "cache"))
        for number in range(args.repeats):  # interleaved, so all see the same load on a shared machine
            runs["validate"].append(timed([*command, "validate", str(repository), "--no-cache", *today]))
            site = Path(tmp) / f"cold-{number}"  # a new folder, as a CI job from a clean clone writes
            runs["report_cold"].append(
                timed([*command, "report", str(repository), "--no-cache", *today, "-o", str(site)])
            )
            files.append(creating_files(site, Path(tmp) / f"plain-{number}"))
            shutil.rmtree(Path(tmp) / "cache", ignore_errors=True)
            timed([*command, "validate", str(repository), *today], env)
            after = Path(tmp) / f"after-{number}"
            runs["report_after_validate"].append(
                timed([*command, "report", str(repository), *today, "-o", str(after)], env)
            )
        site = Path(tmp) / "cold-0"
        count = sum(1 for path in site.rglob("*") if path.is_file())
        opened = (
            {}
            if args.no_browser
            else open_times(site, ["index.html", "dokument.html", "malkedjor.html", "hierarki.html"], args.repeats)
        )
    result: dict = {
        "documents": args.documents,
        "site_files": count,
        **{name: median_of(found) for name, found in runs.items()},
        "creating_the_files": {
            "wall": statistics.median(f["wall"] for f in files),
            "system_cpu": statistics.median(f["system_cpu"] for f in files),
            "range_wall": [min(f["wall"] for f in files), max(f["wall"] for f in files)],
        },
        "open_seconds": opened,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "site_dir": str(args.site_dir or tempfile.gettempdir()),
            "load_average": os.getloadavg(),
        },
    }
    yardstick = result["validate"]
    result["ratio"] = {
        run: {kind: result[run][kind] / yardstick[kind] for kind in ("wall", "cpu")}
        for run in ("report_cold", "report_after_validate")
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
