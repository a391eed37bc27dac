"""A side of a diff as a folder to check: a folder as it is, or a git revision written out.

A revision is read with git itself (no dependency; dulwich would add one): `rev-parse` finds
the commit, `ls-tree` lists its files and `cat-file --batch` gives their contents, which are
written below a folder of their own. Nothing here checks out, writes the index or moves a
ref, and git runs without optional locks, fsmonitor or hooks, so the user's working tree,
index and branches are exactly as they were. Links (mode 120000) and submodules are not
followed: nothing is written for them, and they are reported as skipped (so is a path with
`..` or `.git` in it, which only a crafted tree holds).

The folder of a revision is named by its tree's id below a stable place (the cache's), and
kept: the next diff against the same base finds it written, with the same paths, sizes and
times, so that the cache of parsed files and results serves it as it serves the working tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from styrcheck.core.errors import ToolError
from styrcheck.pipeline import discovery, reading
from styrcheck.pipeline.discovery import GIT, GIT_ENV, SUFFIXES
from styrcheck.pipeline.options import Options

_LINK, _SUBMODULE = "120000", "160000"
_DONE = ".complete"  # written last: a folder without it was interrupted and is written again


class RevisionError(ToolError):
    """A revision that cannot be read: not there, a shallow clone without it, no git (exit 2)."""


@dataclass(frozen=True)
class Side:
    """One side of a diff: the folder to check, how the user named it, and what was skipped."""

    folder: Path
    name: str  # as given: `main`, `HEAD~1`, a folder, or the working tree
    commit: str | None = None  # the full commit id, for a revision
    skipped: tuple[tuple[str, str], ...] = field(default=())  # (path, "link" | "submodule" | "unsafe")


def working_tree(folder: Path) -> Side:
    return Side(folder, "")


def is_folder(name: str) -> bool:
    """A side named by an existing folder is that folder; anything else is a revision."""
    return os.path.isdir(name)


def resolve(name: str, folder: Path, store: Path | None) -> Side:
    """Revision `name` of the git repository holding `folder`, written out below `store` (a
    temporary folder when None): the files under `folder`'s place in the repository."""
    top, prefix = _locate(folder)
    commit = _commit(top, name)
    tree = _git(top, "rev-parse", "--verify", "--quiet", f"{commit}:{prefix}" if prefix else f"{commit}^{{tree}}")
    if tree is None:  # the folder did not exist in that revision: an empty side
        tree = "empty"
    target = Path(tempfile.mkdtemp(prefix="styrcheck-diff-")) if store is None else store / tree.strip()
    skipped = _write(top, commit, prefix, target)
    return Side(target, name, commit, skipped)


def surveyed(side: Side, options: Options) -> reading.Survey | None:
    """The survey of a kept revision's folder (its files, as shown, and their content hashes),
    as noted in its cache the first time: the folder is named by its tree's id and never
    written again, so its survey holds as long as the options and the code that made it, and
    a warm diff neither walks it nor looks at its files. None without a cache."""
    from styrcheck.cache.store import Cache, run_key

    commit, root = side.commit, options.cache_root
    cache = Cache.open(root, options.cache_portable) if commit is not None and root is not None else None
    if cache is None:
        return None
    key = run_key([], [str(side.folder), os.getcwd(), list(options.exclude), repr(options.limits)])
    try:
        files, skipped = cache.note("survey", key)
        found = reading.Survey(
            [reading.Planned(*entry) for entry in files if _strings(entry, 5)],
            [discovery.Skip(*entry) for entry in skipped if _strings(entry, 2)],
        )
        if len(found.files) == len(files) and len(found.skipped) == len(skipped):
            return found
    except (TypeError, ValueError):  # none noted, or not as written
        pass
    found = reading.survey([side.folder], options.exclude, options.limits, cache)
    cache.save()
    files = [[p.display, p.path, p.outside, p.absolute, p.digest] for p in found.files]
    cache.put_note("survey", key, [files, [list(skip) for skip in found.skipped]])
    return found


def _strings(entry: object, size: int) -> bool:
    return isinstance(entry, list) and len(entry) == size and all(v is None or type(v) is str for v in entry)


def _locate(folder: Path) -> tuple[Path, str]:
    """The repository's top folder and `folder`'s path inside it (`` at the top, else `a/b/`)."""
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        raise RevisionError("diff-not-a-repository", folder=folder)
    prefix = _git(folder, "rev-parse", "--show-prefix") or ""
    return Path(top.strip()), prefix.strip()


def _commit(top: Path, name: str) -> str:
    found = _git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}")
    if found is not None:
        return found.strip()
    if (_git(top, "rev-parse", "--is-shallow-repository") or "").strip() == "true":
        raise RevisionError("diff-shallow", revision=name)
    raise RevisionError("diff-no-such-revision", revision=name)


def _write(top: Path, commit: str, prefix: str, target: Path) -> tuple[tuple[str, str], ...]:
    """Write the YAML files of `commit` under `prefix` below `target` (unless a complete copy
    is there already); returns the links and submodules skipped."""
    entries = _entries(top, commit, prefix)
    skipped = tuple((path, kind) for mode, _, path in entries if (kind := _kind(mode, path)))
    if (target / _DONE).exists():
        os.utime(target / _DONE)  # used now: kept by prune()
        return skipped
    # Written beside the target and renamed into place, so that a run that stops half-way, or
    # two runs at once, never leave a partial tree where the next run would take it as whole.
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=".partial-", dir=target.parent))
    blobs = [(blob, path) for mode, blob, path in entries if not _kind(mode, path) and path.lower().endswith(SUFFIXES)]
    contents = _cat(top, [blob for blob, _ in blobs])
    for blob, path in blobs:
        file = partial / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(contents[blob])
    (partial / _DONE).write_bytes(b"")
    shutil.rmtree(target, ignore_errors=True)  # an older, incomplete copy
    try:
        os.rename(partial, target)
    except OSError:  # another run put it there first
        shutil.rmtree(partial, ignore_errors=True)
    return skipped


def prune(store: Path, keep: int) -> None:
    """Remove all but the `keep` revisions used last (and anything left half-written), so
    that a folder per base the user ever compared with does not pile up in the cache."""
    try:
        trees = [entry for entry in os.scandir(store) if entry.is_dir(follow_symlinks=False)]
    except OSError:
        return
    done = sorted(
        (t for t in trees if os.path.exists(os.path.join(t.path, _DONE))),
        key=lambda t: os.stat(os.path.join(t.path, _DONE)).st_mtime_ns,
        reverse=True,
    )
    stale = time.time() - 3600  # a partial one younger than this may be another run's, still writing
    partial = [t for t in trees if t.name.startswith(".partial-") and t.stat().st_mtime < stale]
    for tree in done[keep:] + partial:
        shutil.rmtree(tree.path, ignore_errors=True)


def _kind(mode: str, path: str) -> str | None:
    """Why an entry is not written: a link or a submodule (never followed), or a path that
    would lead out of the folder (`..`, which git refuses to check out but a crafted tree may
    hold); None for a file that is written."""
    if mode == _LINK:
        return "link"
    if mode == _SUBMODULE:
        return "submodule"
    if any(part in ("", ".", "..", ".git") for part in path.split("/")):
        return "unsafe"
    return None


def _entries(top: Path, commit: str, prefix: str) -> list[tuple[str, str, str]]:
    """(mode, object id, path below `prefix`) of every file and submodule in the commit."""
    listing = _git(top, "ls-tree", "-r", "-z", "--full-tree", commit, raw=True)
    assert listing is not None  # the commit was just resolved
    entries = []
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, _, object_id = meta.decode().split(" ")
        path = os.fsdecode(raw_path)
        if path.startswith(prefix):
            entries.append((mode, object_id, path[len(prefix) :]))
    return entries


def _cat(top: Path, blobs: list[str]) -> dict[str, bytes]:
    """The contents of `blobs`, in one `git cat-file --batch`."""
    wanted = list(dict.fromkeys(blobs))
    done = _run(top, ["cat-file", "--batch"], ("\n".join(wanted) + "\n").encode() if wanted else b"")
    out, contents, at = done.stdout, {}, 0
    for blob in wanted:
        end = out.index(b"\n", at)
        size = int(out[at:end].split(b" ")[2])
        contents[blob] = out[end + 1 : end + 1 + size]
        at = end + 1 + size + 1  # the content, then a newline
    return contents


def _git(folder: Path, *args: str, raw: bool = False):
    """git's output (text, or bytes with `raw`), or None when it fails."""
    done = _run(folder, list(args), None, check=False)
    if done.returncode != 0:
        return None
    return done.stdout if raw else done.stdout.decode("utf-8", "surrogateescape")


def _run(folder: Path, args: list[str], given: bytes | None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    # Read-only git: no optional locks (status would refresh the index), no fsmonitor daemon,
    # no hooks, no pager, and no prompt for credentials.
    env = {**os.environ, **GIT_ENV}
    command = [*GIT, *args]
    try:
        done = subprocess.run(
            command,
            cwd=folder,
            input=given,
            capture_output=True,
            env=env,
            stdin=None if given is not None else subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise RevisionError("diff-no-git") from None
    if check and done.returncode != 0:
        raise RevisionError(
            "diff-git-failed", command=" ".join(args[:2]), reason=done.stderr.decode("utf-8", "replace").strip()
        )
    return done
