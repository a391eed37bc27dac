#!/usr/bin/env python3
"""Time styrcheck against the YAML floor and comparable tools, on generated repositories.

    python benchmarks/run.py [--sizes 1000,10000] [--repeats K] [--json FILE]

For each size it generates (or reuses) a repository with generate.py and measures, on the
same files: the floor (compose every file to nodes with line marks, ruamel.yaml's C loader;
PyYAML's libyaml loader for reference), styrcheck validate cold (--no-cache), filling the
cache, warm, after one changed file, styrcheck graph, check-jsonschema and yamllint. Then
styrcheck's start-up against importing its dependencies. Every measurement is a fresh
process; the table gives the median wall time of K runs, CPU time, peak RSS and the ratio
to the floor. A tool that is missing or broken is reported, never fatal.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

SELF = str(Path(__file__).resolve())
HERE = Path(SELF).parent
TODAY = "2026-06-30"  # generate.py's fixed "now": findings must not drift with the clock
STARTUP_REPEATS = 5

# Runs in a fresh interpreter per measurement, so that getrusage(RUSAGE_CHILDREN) covers only
# the measured command(s). The spec comes on stdin: argv could not hold 100,000 file names.
WRAPPER = r"""
import json, resource, subprocess, sys, time
spec = json.load(sys.stdin)
codes, timeout = [], False
with open(spec["stdout"], "wb") as out, open(spec["stderr"], "wb") as err:
    t0 = time.perf_counter()
    for cmd in spec["batches"]:
        try:
            codes.append(subprocess.run(cmd, cwd=spec["cwd"], env=spec["env"], stdin=subprocess.DEVNULL,
                                        stdout=out, stderr=err, timeout=spec["timeout"]).returncode)
        except subprocess.TimeoutExpired:
            timeout = True
            break
    wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "maxrss_kib": ru.ru_maxrss,
                  "codes": codes, "timeout": timeout}))
"""


def floor_child(kind: str, root: str) -> int:
    """The floor: walk, read bytes, compose each file to nodes with marks, nothing more."""
    if kind == "ruamel":
        from ruamel.yaml.cyaml import CBaseLoader

        def compose(data: bytes) -> Any:
            return CBaseLoader(data).get_single_node()
    else:
        import yaml

        def compose(data: bytes) -> Any:
            return yaml.compose(data, Loader=yaml.CSafeLoader)
    files = errors = 0
    t0 = time.perf_counter()
    for dirpath, dirnames, names in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]  # caches, .git
        for name in names:
            if name.endswith((".yaml", ".yml")):
                files += 1
                with open(os.path.join(dirpath, name), "rb") as f:
                    data = f.read()
                try:
                    compose(data)
                except Exception:  # noqa: BLE001 - broken files are part of the work, as for every tool
                    errors += 1
    print(json.dumps({"files": files, "errors": errors, "seconds": time.perf_counter() - t0}))
    return 0


def warm_page_cache(root: Path) -> None:
    """Read every file once, untimed, so that every measurement finds them in memory."""
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            if not os.path.isfile(path):  # never a pipe or a device: they would block
                continue
            try:
                with open(path, "rb") as f:
                    while f.read(1 << 20):
                        pass
            except OSError:
                pass


def importable(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:  # ruamel.yaml.cyaml needs ruamel.yaml.clib
        return False


@dataclass
class Result:
    size: int | None
    name: str
    status: str = "ok"  # ok | not available | error | timeout
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    rss_mib: float | None = None
    ratio: float | None = None
    note: str = ""

    @property
    def wall(self) -> float | None:
        return statistics.median(self.walls) if self.walls else None


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.results: list[Result] = []
        self.scratch = Path(tempfile.mkdtemp(prefix="styrcheck-bench-"))
        # The tools as installed, with their bytecode cached: a shell that turns writing it off
        # would have every run compile styrcheck's own (editable) modules again.
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.tools: dict[str, list[str] | None] = {}
        self.versions: dict[str, str] = {}
        self.reasons: dict[str, str] = {}
        self.has_graph = self.has_no_cache = False

    # tools -------------------------------------------------------------------------------
    def find(self, name: str, override: str | None) -> None:
        """Prefer the tool installed beside this interpreter (its venv), then PATH."""
        if override:
            cmd: list[str] | None = shlex.split(override)
        else:
            beside = Path(sys.executable).parent / name
            found = str(beside) if beside.exists() else shutil.which(name)
            cmd = [found] if found else None
        if not cmd:
            self.tools[name], self.reasons[name] = None, "not installed"
            return
        try:
            p = subprocess.run(cmd + ["--version"], capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:
            self.tools[name], self.reasons[name] = None, f"cannot run: {e}"
            return
        if p.returncode != 0:
            tail = (p.stderr or p.stdout).strip().splitlines()[-1:] or [""]
            self.tools[name], self.reasons[name] = None, f"--version exit {p.returncode}: {tail[0][:120]}"
            return
        self.tools[name] = cmd
        self.versions[name] = (p.stdout or p.stderr).strip().splitlines()[0][:80]
        if name == "styrcheck":  # the CLI grows while this is written: ask what it offers
            env = dict(self.env, COLUMNS="200")
            top = subprocess.run(cmd + ["--help"], capture_output=True, text=True, env=env, timeout=60,
                                 check=False)
            sub = subprocess.run(cmd + ["validate", "--help"], capture_output=True, text=True, env=env, timeout=60,
                                 check=False)
            self.has_graph = re.search(r"\bgraph\b", top.stdout) is not None
            self.has_no_cache = "--no-cache" in sub.stdout
            # Compiled once, untimed, as pip does on install: no measured run compiles a module.
            compile_all = ("import compileall, os, styrcheck; "
                           "compileall.compile_dir(os.path.dirname(styrcheck.__file__), quiet=1)")
            subprocess.run([self.python_of(cmd), "-c", compile_all], capture_output=True, env=self.env,
                           timeout=120, check=False)

    def python_of(self, cmd: list[str] | None) -> str:
        """The interpreter behind a console script (its shebang), else ours."""
        if cmd and len(cmd) == 1:
            try:
                with open(cmd[0], "rb") as f:
                    first = f.readline().decode(errors="replace").strip()
                if first.startswith("#!") and "python" in first:
                    return first[2:].split()[0]
            except OSError:
                pass
        return sys.executable

    # measuring ---------------------------------------------------------------------------
    def measure(self, size: int | None, name: str, batches: list[list[str]] | None, *, cwd: Path,
                ok: tuple[int, ...] = (0,), repeats: int = 1, before: Callable[[int], None] | None = None,
                reason: str = "", env: dict[str, str] | None = None) -> Result:
        r = Result(size, name)
        group = "startup" if size is None else name.split()[0].rstrip(":")
        if self.args.only and group not in self.args.only:
            return r  # not asked for: neither run nor reported
        self.results.append(r)
        if batches is None:
            r.status, r.note = "not available", reason
            print(f"  {name}: not available ({reason})", file=sys.stderr)
            return r
        out, err = self.scratch / "stdout", self.scratch / "stderr"
        for k in range(repeats):
            if before:
                before(k)
            spec = {"batches": batches, "cwd": str(cwd), "env": env or self.env, "timeout": self.args.timeout,
                    "stdout": str(out), "stderr": str(err)}
            p = subprocess.run([sys.executable, "-c", WRAPPER], input=json.dumps(spec), capture_output=True,
                               text=True, check=False)
            try:
                m = json.loads(p.stdout)
            except ValueError:
                r.status, r.note = "error", f"measuring failed: {p.stderr.strip()[-150:]}"
                break
            if m["timeout"]:
                r.status, r.note = "timeout", f"over {self.args.timeout} s"
                break
            bad = [c for c in m["codes"] if c not in ok]
            stderr = err.read_text(errors="replace")
            if bad or "Traceback (most recent call last)" in stderr:  # a crash may exit 1 too
                tail = stderr.strip().splitlines()[-1:] or [""]
                r.status, r.note = "error", f"exit {max(m['codes'])}: {tail[0][:150]}"
                break
            r.walls.append(m["wall"])
            r.cpus.append(m["cpu"])
            r.rss_mib = max(r.rss_mib or 0.0, m["maxrss_kib"] / 1024)
            r.note = self.note_for(name, m["codes"], out, len(batches))
        wall = f"{r.wall:.3f} s" if r.wall is not None else r.status
        print(f"  {name}: {wall} {r.note}", file=sys.stderr)
        return r

    def note_for(self, name: str, codes: list[int], out: Path, nbatches: int) -> str:
        if name.startswith("floor"):
            m = json.loads(out.read_text().strip().splitlines()[-1])
            return f"{m['files']} files, {m['errors']} unparsable, compose loop {m['seconds']:.3f} s"
        worst = max(codes, default=0)
        parts = [f"exit {worst}"] if worst else []
        if nbatches > 1:
            parts.append(f"{nbatches} invocations (argv limit)")
        if name.startswith("styrcheck graph"):
            parts.append(f"{out.stat().st_size / 1e6:.1f} MB of DOT")
        return ", ".join(parts)

    # one size ----------------------------------------------------------------------------
    def repository(self, n: int) -> tuple[Path, str]:
        sys.path.insert(0, str(HERE))
        import generate

        share = self.args.flow_urls
        root = self.args.workdir / (f"n{n}-s{self.args.seed}" + (f"-u{round(share * 100)}" if share else ""))
        marker = root / generate.MARKER
        if marker.exists():
            info = json.loads(marker.read_text(encoding="utf-8"))
            same = (info.get("generator"), info.get("documents"), info.get("seed"), bool(info.get("flow_urls")))
            if same == (generate.VERSION, n, self.args.seed, bool(share)):
                return root, f"reused {root}"
        if root.exists():
            shutil.rmtree(root)  # ours: a stale or interrupted tree under the work directory
        t0 = time.perf_counter()
        info = generate.generate(root, n, self.args.seed, share)
        broken = sum(v for k, v in info["counts"].items() if k.startswith("broken"))
        return root, (f"generated in {time.perf_counter() - t0:.1f} s: {info['bytes'] / 1e6:.1f} MB, "
                      f"{info['bytes'] / max(1, n):.0f} B/document, {broken} broken")

    def run_size(self, n: int) -> str:
        root, how = self.repository(n)
        print(f"{n} documents: {how}", file=sys.stderr)
        warm_page_cache(root)  # else the first tool measured pays for the disk, the others not
        k = self.args.repeats or (3 if n < 100_000 else 1)
        py, hint = sys.executable, "pip install -r benchmarks/requirements.txt"
        # The rows the targets are ratios of run three times at every size: one run at 100,000
        # documents varies by a quarter on a shared machine.
        floor = self.measure(n, "floor: ruamel CBaseLoader compose", [[py, SELF, "_floor", "ruamel", str(root)]]
                             if importable("ruamel.yaml.cyaml") else None, cwd=root,
                             repeats=self.args.repeats or 3, reason=hint)
        self.measure(n, "floor: PyYAML CSafeLoader compose", [[py, SELF, "_floor", "pyyaml", str(root)]]
                     if importable("yaml") and getattr(__import__("yaml"), "__with_libyaml__", False) else None,
                     cwd=root, repeats=k, reason=hint)

        rel = (p.relative_to(root) for p in root.rglob("*") if p.suffix in (".yaml", ".yml"))
        files = sorted(str(p) for p in rel if not any(s.startswith(".") for s in p.parts))
        cj, schema = self.tools.get("check-jsonschema"), self.document_schema(root)
        self.measure(n, "check-jsonschema", self.batched(cj + schema, files) if cj and schema else None, cwd=root,
                     ok=(0, 1),
                     repeats=k, reason=self.reasons.get("check-jsonschema", ""))
        yl = self.tools.get("yamllint")
        self.measure(n, "yamllint", [yl + ["-c", str(HERE / "yamllint.yaml"), "-f", "parsable", "."]] if yl else None,
                     cwd=root, ok=(0, 1), repeats=k, reason=self.reasons.get("yamllint", ""))
        self.styrcheck(n, root, k)
        for r in self.results:
            if r.size == n and r.wall is not None and floor.wall:
                r.ratio = r.wall / floor.wall
        return how

    def document_schema(self, root: Path) -> list[str] | None:
        """`--schemafile` of the schema styrcheck writes for editors (`styrcheck schema`), with
        the generated repository's organ ids; None when this styrcheck cannot write one."""
        sc, target = self.tools.get("styrcheck"), self.scratch / f"{root.name}.schema.json"
        if sc is None or subprocess.run(sc + ["schema", "--lang", "en", "--organisation",
                                              str(root / "organisation.yaml"), "-o", str(target)],
                                        env=self.env, capture_output=True).returncode != 0:
            return None
        return ["--schemafile", str(target)]

    def batched(self, cmd: list[str], files: list[str]) -> list[list[str]]:
        """Split like xargs: one argv cannot hold 100,000 paths (ARG_MAX)."""
        budget = min(os.sysconf("SC_ARG_MAX") // 2, 1 << 20) - sum(len(k) + len(v) + 2 for k, v in self.env.items())
        batches: list[list[str]] = []
        cur: list[str] = []
        used = sum(len(c) + 1 for c in cmd)
        for f in files:
            if cur and used + len(f) + 1 > budget:
                batches.append(cmd + cur)
                cur, used = [], sum(len(c) + 1 for c in cmd)
            cur.append(f)
            used += len(f) + 1
        return batches + [cmd + cur] if cur else batches

    def styrcheck(self, n: int, root: Path, k: int) -> None:
        sc, why = self.tools.get("styrcheck"), self.reasons.get("styrcheck", "")
        # A fresh cwd and cache home per size: wherever styrcheck keeps its cache, the fill is cold.
        home = Path(tempfile.mkdtemp(prefix=f"n{n}-", dir=self.scratch))
        env = dict(self.env, XDG_CACHE_HOME=str(home / "cache"))
        validate = sc + ["validate", str(root), "--today", TODAY] if sc else None

        def run(name: str, cmd: list[str] | None, reason: str = why, **kw: Any) -> Result:
            return self.measure(n, name, [cmd] if cmd else None, cwd=home, env=env, reason=reason, **kw)

        if validate and not self.has_no_cache:  # no cache yet: every run is cold
            cold = run("styrcheck validate (cold: it has no --no-cache yet)", validate, ok=(0, 1), repeats=k)
            why = "styrcheck has no --no-cache option, so no cache to measure"
            validate = None
        else:
            cold = run("styrcheck validate --no-cache (cold)", validate + ["--no-cache"] if validate else None,
                       ok=(0, 1), repeats=self.args.repeats or 3)
            run("styrcheck validate --no-cache --jobs 1 (cold, one process)",
                validate + ["--no-cache", "--jobs", "1"] if validate else None, ok=(0, 1), repeats=k)
        shutil.rmtree(root / ".styrcheck_cache", ignore_errors=True)
        usable = validate if cold.status == "ok" else None
        fill = run("styrcheck validate (filling the cache)", usable, ok=(0, 1), reason=why or cold.note)
        run("styrcheck validate (warm)", usable if fill.status == "ok" else None, ok=(0, 1), repeats=k,
            reason=why or fill.note)
        self.restored(n, root, home, env, sc if fill.status == "ok" else None, k, why or fill.note)
        target = self.edit_target(root)
        original = target.read_bytes()

        def edit(i: int) -> None:  # a new title each time, so every run sees a changed file
            text = original.decode("utf-8")
            text, hits = re.subn(r"^titel: (.*)$", lambda m: f"titel: {m[1]} (ändrad {i + 1})", text, count=1,
                                 flags=re.MULTILINE)
            target.write_bytes((text if hits else text + f"# ändrad {i + 1}\n").encode("utf-8"))
        def edit_date(i: int) -> None:  # a decision date: what other documents see, so every rule runs again
            text = original.decode("utf-8")
            text, hits = re.subn(r"^(beslutsdatum: \d{4}-\d\d-)\d\d", lambda m: f"{m[1]}{11 + i % 17}", text,
                                 count=1, flags=re.MULTILINE)
            target.write_bytes((text if hits else text + f"# ändrad {i + 1}\n").encode("utf-8"))
        try:
            run(f"styrcheck validate (1 file changed: {target.name})", usable if fill.status == "ok" else None,
                ok=(0, 1), repeats=k, before=edit, reason=why or fill.note)
            run("styrcheck validate (1 file changed, its decision date: every rule again)",
                usable if fill.status == "ok" else None, ok=(0, 1), repeats=k, before=edit_date,
                reason=why or fill.note)
            run("styrcheck graph --format dot", sc + ["graph", str(root), "--format", "dot"] if sc and self.has_graph
                else None, repeats=k, reason=self.reasons.get("styrcheck") or "styrcheck has no graph command yet")
            run("styrcheck graph --format dot --no-cache", sc + ["graph", str(root), "--format", "dot", "--no-cache"]
                if sc and self.has_graph and self.has_no_cache else None, repeats=k,
                reason=self.reasons.get("styrcheck") or "styrcheck has no graph command or no --no-cache yet")
        finally:  # leave the tree as generated, for the next run and the other tools
            target.write_bytes(original)
            shutil.rmtree(root / ".styrcheck_cache", ignore_errors=True)

    def restored(self, n: int, root: Path, home: Path, env: dict[str, str], sc: list[str] | None, k: int,
                 why: str) -> None:
        """How CI keeps the cache: a run on one runner fills $STYRCHECK_CACHE_DIR, `tar` packs it;
        each measured run gets a fresh clone (new inodes, new times; a copy here, at the same
        path) and the archive unpacked into a fresh folder, as a new runner has them."""
        clone, saved, archive = home / "clone", home / "ci-cache", home / "ci-cache.tar"
        tar = shutil.which("tar")
        cmd = sc + ["validate", str(clone), "--today", TODAY] if sc and tar else None
        restore = home.parent / f"{home.name}-restored"  # outside the working folder and the clone

        def fresh_clone() -> None:
            shutil.rmtree(clone, ignore_errors=True)
            shutil.copytree(root, clone, copy_function=shutil.copy, ignore=shutil.ignore_patterns(".styrcheck_cache"))

        def unpack(_: int) -> None:
            fresh_clone()
            shutil.rmtree(restore, ignore_errors=True)
            restore.mkdir()
            subprocess.run([tar, "-xf", str(archive), "-C", str(restore)], check=True)

        if cmd:
            fresh_clone()
            subprocess.run(cmd, cwd=home, env=dict(env, STYRCHECK_CACHE_DIR=str(saved)), stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            subprocess.run([tar, "-cf", str(archive), "-C", str(saved), "."], check=True)
        self.measure(n, "styrcheck validate (cache restored by tar, fresh clone)", [cmd] if cmd else None, cwd=home,
                     env=dict(env, STYRCHECK_CACHE_DIR=str(restore)), ok=(0, 1), repeats=k, before=unpack,
                     reason=why or "no tar here")
        shutil.rmtree(clone, ignore_errors=True)
        shutil.rmtree(restore, ignore_errors=True)

    @staticmethod
    def edit_target(root: Path) -> Path:
        """A real edit: the newest uppdragsplan, else the first document."""
        plans = sorted((root / "uppdragsplaner").glob("*/*.y*ml"), key=lambda p: (p.parent.name, p.name))
        if plans:
            return plans[-1]
        return min(p for p in root.rglob("*.y*ml") if p.name != "organisation.yaml")

    # start-up ----------------------------------------------------------------------------
    def startup(self) -> None:
        sc, why = self.tools.get("styrcheck"), self.reasons.get("styrcheck", "")
        py = self.python_of(sc)
        k = self.args.repeats or STARTUP_REPEATS
        base = self.measure(None, "python -c 'import typer, pydantic, ruamel.yaml, rich, networkx'",
                            [[py, "-c", "import typer, pydantic, ruamel.yaml, rich, networkx"]],
                            cwd=self.scratch, repeats=k)
        self.measure(None, "python -c pass", [[py, "-c", "pass"]], cwd=self.scratch, repeats=k)
        self.measure(None, "styrcheck --version", [sc + ["--version"]] if sc else None, cwd=self.scratch,
                     repeats=k, reason=why)
        self.measure(None, "styrcheck --help", [sc + ["--help"]] if sc else None, cwd=self.scratch,
                     repeats=k, reason=why)
        for r in self.results:
            if r.size is None and r.wall is not None and base.wall:
                r.ratio = r.wall / base.wall

    # report ------------------------------------------------------------------------------
    def machine(self) -> dict[str, Any]:
        cpu = ""
        try:
            with open("/proc/cpuinfo") as f:
                cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
        except (OSError, StopIteration):
            cpu = platform.processor()
        libs = {}
        for dist in ("ruamel.yaml", "ruamel.yaml.clib", "PyYAML"):
            try:
                libs[dist] = metadata.version(dist)
            except metadata.PackageNotFoundError:
                libs[dist] = "not installed"
        return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
                "platform": platform.platform(), "libraries": libs, "tools": self.versions,
                "unavailable": self.reasons}

    def markdown(self, how: dict[int, str]) -> str:
        m = self.machine()
        lines = [f"Machine: {m['nproc']} CPUs, {m['cpu']}, Python {m['python']}, {m['platform']}",
                 "Libraries: " + ", ".join(f"{k} {v}" for k, v in m["libraries"].items()),
                 "Tools: " + (", ".join(f"{k}: {v}" for k, v in m["tools"].items()) or "none"), ""]
        head = ["| measurement | wall s (median) | runs | CPU s | peak RSS MiB | {} | notes |",
                "|---|---:|---:|---:|---:|---:|---|"]
        for size in [*how, None]:
            rows = [r for r in self.results if r.size == size]
            if not rows:
                continue
            lines.append(f"### {size:,} documents ({how[size]})" if size else
                         "### Start-up (ratio to importing the dependencies)")
            lines += [head[0].format("x floor" if size else "x imports"), head[1]]
            for r in rows:
                def f(v: float | None, fmt: str) -> str:
                    return format(v, fmt) if v is not None else "–"
                cpu = statistics.median(r.cpus) if r.cpus else None
                wall = f(r.wall, ".3f") if r.status == "ok" else r.status
                lines.append(f"| {r.name} | {wall} | {len(r.walls)} | {f(cpu, '.2f')} | {f(r.rss_mib, '.0f')} | "
                             f"{f(r.ratio, '.2f')} | {r.note.replace('|', '/')} |")
            lines.append("")
        return "\n".join(lines + self.targets())

    def targets(self) -> list[str]:
        """The performance targets, each with its ratio as measured in this run (docs/performance.md)."""
        def wall(size: int | None, name: str) -> Result | None:
            return next((r for r in self.results if r.size == size and r.name.startswith(name) and r.wall), None)

        big = max((r.size for r in self.results if r.size and r.size > 10_000), default=None)
        cold, floor = wall(10_000, "styrcheck validate --no-cache (cold)"), wall(10_000, "floor: ruamel")
        imports = wall(None, "python -c 'import typer")
        rows: list[tuple[str, str, float | None, float]] = [
            ("cold validate, 10,000 documents", "÷ libyaml compose floor", _ratio(cold, floor), 1.0),
            ("warm validate (nothing changed)", "÷ cold", _ratio(wall(10_000, "styrcheck validate (warm)"), cold), 0.2),
            ("warm validate, cache restored by tar into a fresh clone", "÷ cold",
             _ratio(wall(10_000, "styrcheck validate (cache restored"), cold), 0.25),
            ("one changed file in 10,000", "÷ cold", _ratio(wall(10_000, "styrcheck validate (1 file changed"), cold), 0.3),
            ("styrcheck --version", "÷ importing the five dependencies", _ratio(wall(None, "styrcheck --version"), imports), 0.4),
            ("styrcheck --help", "÷ importing the five dependencies", _ratio(wall(None, "styrcheck --help"), imports), 0.4),
            ("graph --format dot, 10,000 documents (cache filled)", "÷ cold validate",
             _ratio(wall(10_000, "styrcheck graph --format dot"), cold), 1.0),
            ("graph --format dot --no-cache, 10,000 documents", "÷ cold validate",
             _ratio(wall(10_000, "styrcheck graph --format dot --no-cache"), cold), 1.0),
        ]
        if big:
            per_big = wall(big, "styrcheck validate --no-cache (cold)")
            per_doc = _ratio(per_big, cold) / (big / 10_000) if _ratio(per_big, cold) is not None else None
            rows.append((f"cold validate, {big:,} documents: time per document", "÷ that at 10,000", per_doc, 1.2))
            rows.append((f"cold validate, {big:,} documents: peak memory", "GiB", per_big.rss_mib / 1024
                         if per_big and per_big.rss_mib else None, 1.0))
        lines = ["### Targets", "", "| target | measured as | measured | limit | met |", "|---|---|---:|---:|---|"]
        for name, unit, value, limit in rows:
            shown = f"{value:.2f}" if value is not None else "–"
            met = "–" if value is None else ("yes" if value <= limit else "**no**")
            lines.append(f"| {name} | {unit} | {shown} | ≤ {limit:g} | {met} |")
        return lines + [""]


def _ratio(a: Result | None, b: Result | None) -> float | None:
    return a.wall / b.wall if a and b and a.wall and b.wall else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_floor"]:
        return floor_child(argv[1], argv[2])
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1000,10000", help="comma-separated document counts")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--flow-urls", type=float, default=0.0, metavar="SHARE",
                   help="the variant where this share of the files has a link inside a flow mapping")
    p.add_argument("--repeats", type=int, default=0, help="runs per measurement (default 3; 1 from 100,000 but for the floor and the cold run)")
    p.add_argument("--workdir", type=Path, default=HERE / ".data", help="where repositories are generated")
    p.add_argument("--json", type=Path, help="also write the results as JSON here")
    p.add_argument("--timeout", type=float, default=None, help="seconds before one run is abandoned")
    p.add_argument("--only", type=lambda s: set(s.split(",")), default=set(),
                   help="measure only these: floor,check-jsonschema,yamllint,styrcheck,startup")
    p.add_argument("--styrcheck", help="command for styrcheck (default: beside this python, else PATH)")
    p.add_argument("--check-jsonschema", dest="check_jsonschema")
    p.add_argument("--yamllint")
    args = p.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    bench = Bench(args)
    try:
        bench.find("styrcheck", args.styrcheck)
        bench.find("check-jsonschema", args.check_jsonschema)
        bench.find("yamllint", args.yamllint)
        how = {n: bench.run_size(n) for n in sizes}
        if not args.only or "startup" in args.only:
            bench.startup()
        print(bench.markdown(how))
        if args.json:
            args.json.write_text(json.dumps({"machine": bench.machine(), "repositories": how,
                                             "results": [dict(asdict(r), wall=r.wall) for r in bench.results]},
                                            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(bench.scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
