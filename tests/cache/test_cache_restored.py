"""A cache CI keeps between runs (STYRCHECK_CACHE_DIR, restored by tar on a new runner into a fresh
clone: new inodes, new times) gives a warm run with the findings of a run without a cache
(docs/security.md, guarantee 11)."""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from pathlib import Path

import pytest

from conftest import EXAMPLES
from installed import styrcheck
from styrcheck.cache import store as cache
from styrcheck.cache.store import FOLDER

TODAY = ("--today", "2026-06-30")


def fresh_copy(source: Path, target: Path) -> Path:
    """A copy with new inodes and new times, as a clone on a new runner has."""
    shutil.copytree(source, target, copy_function=shutil.copy, ignore=shutil.ignore_patterns(FOLDER))
    return target


def restored(saved: Path, target: Path) -> Path:
    """`saved` packed by tar and unpacked into the fresh folder `target`."""
    archive = saved.parent / "cache.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(saved, arcname=".")
    target.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    return target


def run(repo: Path, cache_dir: Path | None, *args: str):
    env = {"STYRCHECK_CACHE_DIR": str(cache_dir) if cache_dir else None}
    return styrcheck("validate", ".", *TODAY, "--format", "json", *args, cwd=repo, env=env)


def stamp_token(cache_dir: Path) -> str:
    return json.loads((cache_dir / FOLDER / "stamp.json").read_text())["token"]


def test_a_cache_restored_by_tar_into_a_fresh_clone_gives_a_warm_run(tmp_path):
    first = fresh_copy(EXAMPLES / "felaktigt", tmp_path / "runner1" / "repo")
    saved = tmp_path / "runner1" / "cache"
    truth = run(first, None, "--no-cache")
    assert truth.code == 1 and truth.json["findings"]
    assert run(first, saved).out == truth.out  # fills the cache

    clone = fresh_copy(EXAMPLES / "felaktigt", tmp_path / "runner2" / "repo")
    kept = restored(saved, tmp_path / "runner2" / "cache")
    result_before = (kept / FOLDER / "result.json").read_bytes()
    again = run(clone, kept)
    assert (again.code, again.out, again.err) == (truth.code, truth.out, truth.err)
    # Warm: the cache was kept (not emptied under a new token) and its result reused (not rewritten).
    assert stamp_token(kept) == stamp_token(saved)
    assert (kept / FOLDER / "result.json").read_bytes() == result_before


def test_a_cache_restored_into_the_repository_is_not_trusted(tmp_path):
    """Inside the checked repository a cache may have come with the pull request: it stays bound to
    the folder that made it, restored or not."""
    first = fresh_copy(EXAMPLES / "felaktigt", tmp_path / "runner1" / "repo")
    truth = run(first, None, "--no-cache")
    run(first, first / "ci-cache")
    clone = fresh_copy(EXAMPLES / "felaktigt", tmp_path / "runner2" / "repo")
    kept = restored(first / "ci-cache", clone / "ci-cache")
    before = stamp_token(kept)
    assert run(clone, kept).out == truth.out
    assert stamp_token(kept) != before  # emptied and rebuilt


def test_new_times_on_the_code_keep_the_cache(tmp_path, monkeypatch):
    """`pip install` again, or a fresh checkout of styrcheck, renews the times of its files, not
    their content: the code's fingerprint is the same."""
    cache.code_fingerprint.cache_clear()
    before = cache.code_fingerprint()
    module = Path(cache.__file__)
    times = module.stat()
    try:
        os.utime(module, ns=(times.st_atime_ns, times.st_mtime_ns + 10**9))
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() == before
    finally:
        os.utime(module, ns=(times.st_atime_ns, times.st_mtime_ns))
        cache.code_fingerprint.cache_clear()


@pytest.mark.parametrize("edit", ["content", "name"])
def test_a_changed_code_file_is_a_new_fingerprint(tmp_path, monkeypatch, edit):
    package = tmp_path / "styrcheck"
    shutil.copytree(Path(cache.__file__).parents[1], package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "__file__", str(package / "cache" / "store.py"))
    cache.code_fingerprint.cache_clear()
    try:
        before = cache.code_fingerprint()
        rules = package / "checks" / "registry.py"
        if edit == "content":
            rules.write_text(rules.read_text() + "\n# changed\n")
        else:
            rules.rename(package / "checks" / "registry2.py")
        cache.code_fingerprint.cache_clear()
        assert cache.code_fingerprint() != before
    finally:
        cache.code_fingerprint.cache_clear()
