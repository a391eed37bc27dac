#!/usr/bin/env python3
"""Compare what two revisions of styrcheck print, byte for byte.

    python benchmarks/compare_revisions.py BASE HEAD [--documents 1000]

Checks out BASE and HEAD (any git revisions) as worktrees in a temporary folder, installs
nothing, and runs each with `PYTHONPATH=<worktree>/src` under the Python running this script
(so its environment must hold styrcheck's dependencies). Over examples/norrkoping,
examples/felaktigt (with and without --today 2024-06-01) and a generated repository
(benchmarks/generate.py), it runs `validate --format json` (without the cache, then with one
cold and warm), `graph --format dot` and `due --format json`, in Swedish and English, plus
`rules --format markdown|json` and `explain CODE` for every rule, and compares exit code,
stdout and stderr. Prints each difference; exits 1 when there is one, else 0.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def runs(generated: Path) -> list[tuple[str, list[str], str | None]]:
    """(label, arguments, working folder or None for the worktree) of every run compared."""
    repos = [("norrkoping", "examples/norrkoping", [], None), ("felaktigt", "examples/felaktigt", [], None),
             ("felaktigt@2024-06-01", "examples/felaktigt", ["--today", "2024-06-01"], None),
             ("generated", ".", [], str(generated))]
    out = []
    for name, path, extra, cwd in repos:
        for lang in ("sv", "en"):
            for when, command in (("", ["validate", path, "--format", "json", "--no-cache"]),
                                  (" (cold cache)", ["validate", path, "--format", "json"]),
                                  (" (warm cache)", ["validate", path, "--format", "json"]),
                                  ("", ["graph", path, "--format", "dot"]),
                                  ("", ["due", path, "--format", "json"])):
                out.append((f"{name} {lang} {' '.join(command)}{when}", [*command, "--lang", lang, *extra], cwd))
    for lang in ("sv", "en"):
        out.append((f"rules markdown {lang}", ["rules", "--format", "markdown", "--lang", lang], None))
        out.append((f"rules json {lang}", ["rules", "--format", "json", "--lang", lang], None))
    return out


def run_all(tree: Path, generated: Path, cache: Path) -> dict[str, tuple[int, bytes, bytes]]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "LANG": "C.UTF-8", "STYRCHECK_CACHE_DIR": str(cache)}
    env.pop("LC_ALL", None)
    env.pop("GITHUB_ACTIONS", None)

    def styrcheck(args: list[str], cwd: str | None) -> tuple[int, bytes, bytes]:
        done = subprocess.run([sys.executable, "-m", "styrcheck", *args], cwd=cwd or tree, env=env,
                              capture_output=True, stdin=subprocess.DEVNULL)
        return done.returncode, done.stdout, done.stderr

    results = {}
    for label, args, cwd in runs(generated):
        assert label not in results, label
        results[label] = styrcheck(args, cwd)
    listed = json.loads(results["rules json en"][1])
    for entry in listed if isinstance(listed, list) else listed["rules"]:
        for lang in ("sv", "en"):
            results[f"explain {entry['code']} {lang}"] = styrcheck(["explain", entry["code"], "--lang", lang], None)
    return results


def shown(output: int | bytes | None) -> list[str]:
    return (output.decode(errors="replace") if isinstance(output, bytes) else str(output)).splitlines()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("base")
    p.add_argument("head")
    p.add_argument("--documents", type=int, default=1000, help="size of the generated repository")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="styrcheck-compare-") as temp:
        work = Path(temp)
        generated = work / "generated"
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(generated), "--documents",
                        str(args.documents), "--seed", "1"], check=True, capture_output=True)
        results = []
        for name in ("base", "head"):
            tree = work / name
            git("worktree", "add", "--detach", str(tree), getattr(args, name))
            try:
                results.append(run_all(tree, generated, work / f"cache-{name}"))
            finally:
                git("worktree", "remove", "--force", str(tree))
        base, head = results
        differences = 0
        for label in sorted(base.keys() | head.keys()):
            if base.get(label) != head.get(label):
                differences += 1
                print(f"DIFFERENT: {label}")
                for part, a, b in zip(("exit", "stdout", "stderr"), base.get(label, (None, b"", b"")),
                                      head.get(label, (None, b"", b""))):
                    if a != b:
                        lines = difflib.unified_diff(shown(a), shown(b), f"{args.base} {part}", f"{args.head} {part}",
                                                     lineterm="", n=1)
                        print("\n".join(list(lines)[:40]))
        print(f"{len(base)} runs compared, {differences} different")
        return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
