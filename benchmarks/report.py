"""`styrcheck report` of a generated repository against a cold `validate` of it, and how long
the site's pages take to open in headless chromium (issue 18: report <= 1.5x a cold validate
at 10,000 documents; the Översikt open in under 2 s).

    .venv/bin/python benchmarks/report.py [--documents 10000] [--repeats 3] [--seed 1]

Each command runs as a fresh process (`styrcheck ... --no-cache --today 2026-06-30`), as
`run.py` measures validate; wall and CPU time (the process and its workers) are the medians
of the repeats. The pages are opened with the helper the browser tests use
(tests/browser.py: Debian's chromium, nothing fetched from outside the file system); the time
is the navigation's load event, as the browser reports it (PerformanceNavigationTiming).
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


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_of(runs: list[tuple[float, float]]) -> dict[str, float]:
    return {"wall": statistics.median(r[0] for r in runs), "cpu": statistics.median(r[1] for r in runs)}


def open_times(site: Path, pages: list[str], repeats: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import browser_page

    found = {}
    with browser_page() as (page, offline):
        for name in pages:
            times = []
            for _ in range(repeats):
                page.goto((site / name).as_uri(), wait_until="load")
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
    args = parser.parse_args(argv)

    repository = args.workdir / f"n{args.documents}-s{args.seed}"
    if not repository.is_dir():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(repository), "--documents",
                        str(args.documents), "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL)
    for path in repository.rglob("*.y*ml"):  # read once, untimed: no command pays for the disk
        path.read_bytes()
    command = styrcheck()
    validate, report = [], []
    with tempfile.TemporaryDirectory(prefix="styrcheck-report-bench-") as tmp:
        site = Path(tmp) / "site"
        for _ in range(args.repeats):  # interleaved, so both see the same load on a shared machine
            validate.append(timed([*command, "validate", str(repository), "--no-cache", "--today", TODAY]))
            shutil.rmtree(site, ignore_errors=True)
            report.append(timed([*command, "report", str(repository), "--no-cache", "--today", TODAY, "-o", str(site)]))
        files = sum(1 for _ in site.rglob("*") if _.is_file())
        opened = open_times(site, ["index.html", "dokument.html", "hierarki.html"], args.repeats)
    result = {
        "documents": args.documents, "site_files": files, "validate": median_of(validate), "report": median_of(report),
        "open_seconds": opened,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average": os.getloadavg()},
    }
    result["ratio"] = {kind: result["report"][kind] / result["validate"][kind] for kind in ("wall", "cpu")}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
