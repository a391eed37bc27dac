"""The cache in `.styrcheck_cache/`: what reading each file gave, and the last run's result.

Like ruff's: entries are keyed by what they depend on (a file's content hash, the loader's
limits, the styrcheck code; for a whole run also every option and the profile), so a stale
entry is never found rather than invalidated. Per-file entries hold the loader's output
(values, positions, spellings, reading findings): everything before profile-dependent work.
When nothing at all changed, the last run's result is reused whole; when a few files were
edited without changing what other documents see of them, it is reused but for those files
(incremental.py, which keeps beside the result what it was computed from); otherwise every rule
runs again on the fresh repository.
`diff` keeps two more things here, keyed the same way: each file's facts (diff/facts.py: by
its content hash and the profile) and notes, single keyed values (a revision's survey).

Every key is content: the code's (its version and a hash of its files), the files' (their
hashes), never a time or an inode, so a cache that CI restores on a new runner, into a fresh
clone, is as good as the one it saved. A file's size, times and inode only spare hashing it
again when they are unchanged; when they differ the file is hashed, and its entries still hold.

A cache can be committed by a hostile pull request, so a cache inside the repository is never
trusted: it is JSON, never pickle; every file in it carries a random token that the folder's
stamp holds, and the stamp holds the folder's own device and inode, which a checkout, copy or
restore never reproduces. The folder $STYRCHECK_CACHE_DIR names outside the checked
repository is where CI keeps it between runs, beyond a pull request's reach: there the stamp
need not name the folder, so a restored cache is used. A cache that fails any check is
foreign: emptied and rebuilt. The folder itself must be a real folder of this user (not a
link), and every write is a temporary file renamed into place, so a link planted inside is
replaced, never followed. Failing to write is never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from styrcheck import __version__
from styrcheck.cache.codec import CodecError, decode_result, decode_source, encode_result, encode_source
from styrcheck.core.loader import Limits, Source
from styrcheck.pipeline import discovery
from styrcheck.pipeline.result import Result

FOLDER = ".styrcheck_cache"
FORMAT = 1
_STAMP = "stamp.json"
_INDEX = "index.json"  # absolute path -> [size, mtime_ns, ctime_ns, inode, content hash, day]
_RESULT = "result.json"
_SHARD = "files-{}.json"  # entries by the first hex digit of their key
_FACTS = "facts.json"  # what `diff` looks up in files it does not compare (diff/facts.py), by key
_KEEP = {".gitignore", "CACHEDIR.TAG"}
_GITIGNORE = b"# Made by styrcheck: the cache is never committed.\n*\n"
_TAG = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# This file is a cache directory tag created by styrcheck.\n"
    b"# For information about cache directory tags see https://bford.info/cachedir/\n"
)
_MAX_FILE = 1 << 30  # no cache file of ours grows near this; a bigger one is not ours
# Entries carry the day they were last used; one unused for _FORGET days is dropped when its
# file is next written (an edited file leaves its old entry behind). The day is renewed at
# most every _RENEW days, so that using the cache seldom means writing it.
_FORGET, _RENEW = 30, 7

Signature = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


CACHE_DIR_VARIABLE = "STYRCHECK_CACHE_DIR"


def root_for(config_path: Path | None, paths: Sequence[Path]) -> Path | None:
    """Where the cache lives: in $STYRCHECK_CACHE_DIR if set (a CI cache, say), else beside
    styrcheck.yaml when the checked paths lie in its folder (and in the same git work tree),
    else in the first path (its folder, if a file or a link), else in the working folder: never
    outside what is checked but by the variable. None when the first path does not exist: the
    run stops there, and must not leave a cache folder behind."""
    if paths and not os.path.lexists(paths[0]):
        return None
    if os.environ.get(CACHE_DIR_VARIABLE):
        return Path(os.environ[CACHE_DIR_VARIABLE]).absolute()
    if not paths:
        return Path.cwd()
    first = paths[0].absolute()
    folder = first if first.is_dir() and not first.is_symlink() else first.parent
    if config_path is not None:  # where the file is, not where a link named so leads
        beside, tree = config_path.absolute().parent, discovery.work_tree(folder)
        real = beside.resolve()
        if folder.resolve().is_relative_to(real) and (tree is None or real.is_relative_to(tree)):
            return beside
    return folder


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The styrcheck code that produced an entry: its version and, so that an editable install
    never reuses what older code computed, the content of every file of the package (not their
    times, which every `pip install` and checkout renews)."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.blake2b(f"{FORMAT}\0{__version__}".encode(), digest_size=16)
    for folder, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if name.endswith((".py", ".yaml", ".yml", ".json")):
                path = os.path.join(folder, name)
                digest.update(f"\0{os.path.relpath(path, package)}\0".encode())
                digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def run_key(files: list[tuple[str, str]], options: list[Any]) -> str:
    """The key of a whole run: every file (as shown, and its content hash), every option that
    bears on the result, and the code."""
    text = json.dumps([code_fingerprint(), files, options], ensure_ascii=False, separators=(",", ":"))
    return _digest(text.encode("utf-8", "surrogatepass"))


def content_hash(raw: bytes) -> str:
    return _digest(raw)


def signature(info: os.stat_result) -> Signature:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class Cache:
    """One repository's cache folder, opened and checked. Reads are lazy; `save` writes."""

    def __init__(self, folder: Path, token: str) -> None:
        self.folder = folder
        self.token = token
        self.today = int(time.time() // 86400)
        self._index: dict[str, list[Any]] | None = None
        self._index_dirty = False
        self._shards: dict[str, dict[str, Any]] = {}
        self._dirty_shards: set[str] = set()
        self._result: tuple[str, Any, Any] | None = None  # to write: key, result, base
        self._facts: dict[str, Any] | None = None
        self._facts_dirty = False
        self._last: Any = None  # the body of result.json as read (False: not there)

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, portable: bool = False) -> Cache | None:
        """The cache below `root`, made or emptied as needed; None when it cannot be used (the
        place is a link or a file, belongs to another user, or cannot be written). A `portable`
        cache (see `is_portable`) is used wherever it was restored; any other only in the very
        folder that made it."""
        folder = root / FOLDER
        try:
            os.makedirs(root, exist_ok=True)  # $STYRCHECK_CACHE_DIR may not exist yet
            try:
                os.mkdir(folder, 0o755)
            except FileExistsError:
                pass
            info = os.lstat(folder)
            if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
                return None
            stamp = _read_json(folder / _STAMP)
            token = _valid_stamp(stamp, info, portable)
            if token is None:
                token = _reset(folder, info)
            for name, body in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _TAG)):
                if _read_small(folder / name) != body:
                    _write_atomic(folder, name, body)
            return cls(folder, token)
        except OSError:
            return None

    # --- the stat index -----------------------------------------------------------------------

    def known_hash(self, path: str, sig: Signature) -> str | None:
        """The content hash of `path` when it has not changed since it was hashed."""
        entry = self._load_index().get(path)
        if entry is None or tuple(entry[:4]) != sig:
            return None
        if entry[5] < self.today - _RENEW:
            entry[5] = self.today
            self._index_dirty = True
        return entry[4]

    def remember_hash(self, path: str, sig: Signature, digest: str) -> None:
        self._load_index()[path] = [*sig, digest, self.today]
        self._index_dirty = True

    def _load_index(self) -> dict[str, list[Any]]:
        if self._index is None:
            self._index = {}
            body = self._read_own(_INDEX)
            if isinstance(body, dict):
                self._index = {p: e for p, e in body.items() if _valid_index_entry(e)}
        return self._index

    # --- per-file entries ---------------------------------------------------------------------

    @staticmethod
    def file_key(digest: str, limits: Limits) -> str:
        return _digest(f"{digest}:{limits!r}:{code_fingerprint()}".encode())

    def source(self, key: str, display: str) -> Source | None:
        """What reading the file with this key gave, shown as `display`; None when not cached
        or when the entry does not hold together."""
        shard = self._shard(key[:1])
        entry = shard.get(key)
        if entry is None:
            return None
        try:
            found = decode_source(entry, display)
        except CodecError:
            del shard[key]
            self._dirty_shards.add(key[:1])
            return None
        if not isinstance(entry.get("t"), int) or entry["t"] < self.today - _RENEW:
            entry["t"] = self.today
            self._dirty_shards.add(key[:1])
        return found

    def put_source(self, key: str, source: Source) -> None:
        self._shard(key[:1])[key] = {**encode_source(source), "t": self.today}
        self._dirty_shards.add(key[:1])

    def _shard(self, name: str) -> dict[str, Any]:
        shard = self._shards.get(name)
        if shard is None:
            body = self._read_own(_SHARD.format(name))
            shard = {k: e for k, e in body.items() if isinstance(e, dict)} if isinstance(body, dict) else {}
            self._shards[name] = shard
        return shard

    # --- what diff looks up in files ---------------------------------------------------------

    def facts(self, key: str) -> Any:
        """The facts kept under `key` (unchecked: diff/facts.py checks them), or None."""
        if self._facts is None:
            body = self._read_own(_FACTS)
            self._facts = {k: e for k, e in body.items() if isinstance(e, dict)} if isinstance(body, dict) else {}
        entry = self._facts.get(key)
        if entry is None:
            return None
        if not isinstance(entry.get("t"), int) or entry["t"] < self.today - _RENEW:
            entry["t"] = self.today
            self._facts_dirty = True
        return entry.get("f")

    def put_facts(self, key: str, facts: Any) -> None:
        if self._facts is None:
            self.facts(key)
        assert self._facts is not None
        self._facts[key] = {"f": facts, "t": self.today}
        self._facts_dirty = True

    # --- a note: one keyed value in a file of its own -----------------------------------------

    def note(self, name: str, key: str) -> Any:
        """The value noted as `name` (unchecked), when it was noted under `key`; else None."""
        body = self._read_own(f"note-{name}.json")
        return body.get("value") if isinstance(body, dict) and body.get("key") == key else None

    def put_note(self, name: str, key: str, value: Any) -> None:
        try:
            self._write_own(f"note-{name}.json", {"key": key, "value": value})
        except (OSError, ValueError, RecursionError):
            pass

    # --- the whole run ------------------------------------------------------------------------

    def result(self, key: str) -> Result | None:
        """The last run's result, when its key is `key`."""
        body = self._last_body()
        if body is None or body.get("key") != key:
            return None
        try:
            return decode_result(body.get("result"))
        except CodecError:
            return None

    def last_run(self) -> tuple[Any, Result] | None:
        """The last run's base (unchecked: incremental.Base.decode checks it) and result."""
        body = self._last_body()
        if body is None:
            return None
        try:
            return body.get("base"), decode_result(body.get("result"))
        except CodecError:
            return None

    def last_base(self) -> Any:
        """The last run's base, unchecked (incremental.Base.decode checks it)."""
        body = self._last_body()
        return body.get("base") if body is not None else None

    def put_result(self, key: str, result: Result, base: Any = None) -> None:
        """Keep `result` as the run with `key`, and what it was computed from (JSON)."""
        encoded = encode_result(result)
        if encoded is not None:
            self._result = (key, encoded, base)

    def _last_body(self) -> dict[str, Any] | None:
        if self._last is None:
            body = self._read_own(_RESULT)
            self._last = body if isinstance(body, dict) else False
        return self._last or None

    # --- writing ------------------------------------------------------------------------------

    def save(self) -> None:
        """Write what changed; a cache that cannot be written is simply not written."""
        oldest = self.today - _FORGET
        try:
            for name in sorted(self._dirty_shards):
                shard = self._shards[name]
                kept = {k: e for k, e in shard.items() if _recent(e, oldest)}
                self._write_own(_SHARD.format(name), kept)
            if self._facts_dirty and self._facts is not None:
                self._write_own(_FACTS, {k: e for k, e in self._facts.items() if _recent(e, oldest)})
            if self._index_dirty and self._index is not None:
                self._write_own(_INDEX, {p: e for p, e in self._index.items() if e[5] >= oldest})
            if self._result is not None:
                key, result, base = self._result
                self._write_own(_RESULT, {"key": key, "result": result, "base": base})
                self._last = None
        except (OSError, ValueError, RecursionError):
            pass
        self._dirty_shards.clear()
        self._index_dirty = self._facts_dirty = False
        self._result = None

    def _read_own(self, name: str) -> Any:
        """The body of one of our files, or None when it is missing, damaged or not ours."""
        found = _read_json(self.folder / name)
        if not isinstance(found, dict) or found.get("format") != FORMAT or found.get("token") != self.token:
            return None
        return found.get("body")

    def _write_own(self, name: str, body: Any) -> None:
        data = {"format": FORMAT, "token": self.token, "body": body}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        _write_atomic(self.folder, name, text.encode("utf-8", "surrogatepass"))


# --- the stamp ------------------------------------------------------------------------------


def is_portable(root: Path, paths: Sequence[Path]) -> bool:
    """Whether the cache in `root` is one CI keeps between runs: named by $STYRCHECK_CACHE_DIR and
    outside every checked path and the git work tree around them, where a pull request cannot
    plant one. Such a cache is trusted wherever it is restored (new inodes, new times)."""
    chosen = os.environ.get(CACHE_DIR_VARIABLE)
    if not chosen or Path(chosen).absolute() != root:
        return False
    place = root.resolve()
    checked = [p.resolve() for p in paths] + [tree for tree in map(discovery.work_tree, paths[:1]) if tree]
    return not any(place.is_relative_to(p) for p in checked)


def _valid_stamp(stamp: Any, info: os.stat_result, portable: bool = False) -> str | None:
    """The token of a stamp written by this styrcheck for this very folder (for a `portable`
    cache: for any folder), else None."""
    if not isinstance(stamp, dict):
        return None
    token = stamp.get("token")
    expected: dict[str, Any] = {"format": FORMAT, "code": code_fingerprint()}
    if not portable:
        expected |= {"device": info.st_dev, "inode": info.st_ino}
    if any(stamp.get(k) != v for k, v in expected.items()) or not isinstance(token, str) or len(token) != 32:
        return None
    return token


def _reset(folder: Path, info: os.stat_result) -> str:
    """Empty a cache that is missing, old or foreign, and stamp it anew with a fresh token."""
    for entry in os.scandir(folder):
        if entry.name in _KEEP:
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)  # never follows links inside
        else:
            try:
                os.unlink(entry.path)  # a link is removed, not what it points to
            except FileNotFoundError:
                pass
    token = secrets.token_hex(16)
    stamp = {"format": FORMAT, "code": code_fingerprint(), "device": info.st_dev, "inode": info.st_ino, "token": token}
    _write_atomic(folder, _STAMP, json.dumps(stamp).encode())
    return token


def _recent(entry: dict[str, Any], oldest: int) -> bool:
    return isinstance(entry.get("t"), int) and entry["t"] >= oldest


def _valid_index_entry(entry: Any) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 6
        and all(type(v) is int for v in entry[:4])
        and isinstance(entry[4], str)
        and type(entry[5]) is int
    )


# --- files ------------------------------------------------------------------------------------


def _read_small(path: Path) -> bytes | None:
    """The bytes of a regular file (never through a link, a pipe or a device), or None."""
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except OSError:
        return None
    with open(descriptor, "rb", closefd=True) as handle:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_FILE:
            return None
        return handle.read(_MAX_FILE)


def _read_json(path: Path) -> Any:
    raw = _read_small(path)
    if raw is None:
        return None
    try:
        return json.loads(raw.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError):
        return None


def _write_atomic(folder: Path, name: str, data: bytes) -> None:
    """Write `name` in `folder` whole or not at all: a temporary file, then a rename that
    replaces whatever was there (a planted link included) without following it."""
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with open(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, folder / name)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
