#!/usr/bin/env python3
"""Where a cold run's time goes: each phase of `styrcheck validate --no-cache`, and each rule.

    python benchmarks/phases.py DIR [--jobs N] [--rules]

The phases are those of validate.py, timed in one process as the command line runs them
(the collector off, reading and rules across --jobs processes): finding the files, reading
them, the models, the graph and indexes the rules share, the rules, the text report. With
--rules every rule is timed again on its own, in this process, and listed with its time per
document. Run it on a repository made by generate.py (run.py leaves them in .data/).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

T0 = time.perf_counter()

from styrcheck import report  # noqa: E402 - timed as start-up
from styrcheck.checks.registry import all_rules  # noqa: E402
from styrcheck.core import profile  # noqa: E402
from styrcheck.core.loader import Limits  # noqa: E402
from styrcheck.core.repository import assemble  # noqa: E402
from styrcheck.pipeline import engine, reading  # noqa: E402
from styrcheck.pipeline.collect import no_collections  # noqa: E402
from styrcheck.pipeline.result import Selection  # noqa: E402

TODAY = date(2026, 6, 30)  # generate.py's fixed "now"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder", type=Path)
    p.add_argument("--jobs", type=int, default=None, help="processes (default: one per core)")
    p.add_argument("--rules", action="store_true", help="also time every rule on its own")
    args = p.parse_args(argv)
    all_rules()  # imports the rule modules: part of start-up, as for the command line
    laps: list[tuple[str, float]] = [("start-up and imports", time.perf_counter() - T0)]

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        laps.append((name, now - since))
        return now

    with no_collections(until_exit=True):
        start = time.perf_counter()
        found = reading.survey([args.folder], (), Limits(), None)
        start = lap("finding the files", start)
        sources = reading.load(found, Limits(), None, args.jobs)
        start = lap("reading (libyaml, values, positions)", start)
        repo = assemble(sources, profile.load(None), TODAY)
        start = lap("models (pydantic)", start)
        repo.prepare()
        start = lap("graph and indexes (networkx)", start)
        result = engine.run(repo, Selection(), args.jobs)
        start = lap(f"rules ({len(result.findings):,} findings)", start)
        report.render("text", result, "en", report.ReportContext(root=args.folder)).encode()
        lap("text report", start)
        documents = len(repo.documents)
        total = sum(seconds for _, seconds in laps)
        print(f"{documents:,} documents, {len(found.files):,} files, --jobs {args.jobs or 'one per core'}\n")
        print("| phase | seconds | share |\n|---|---:|---:|")
        for name, seconds in laps:
            print(f"| {name} | {seconds:.2f} | {100 * seconds / total:.0f} % |")
        print(f"| **total** | **{total:.2f}** | |")
        if args.rules:
            _per_rule(repo, documents)
    return 0


def _per_rule(repo, documents: int) -> None:
    timed = []
    for rule in all_rules():
        if rule.check is None or rule.reviews:
            continue
        start = time.perf_counter()
        engine._check(repo, rule)
        timed.append((time.perf_counter() - start, rule.code))
    print("\n| rule | µs/document |\n|---|---:|")
    for seconds, code in sorted(timed, reverse=True):
        print(f"| {code} | {1e6 * seconds / documents:.1f} |")
    print(f"| all rules | {1e6 * sum(s for s, _ in timed) / documents:.1f} |")


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    sys.exit(main())
