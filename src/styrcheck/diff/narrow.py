"""The part of both sides that a comparison must see: the files whose content differs, and
the few others the comparison reads for them.

A file at the same path with the same content hash on both sides holds the same document on
both (a model is built from its file and the profile alone), so it adds no change of its own,
and `compare` gives the same report without it, as long as nothing it reports about another
document depends on it. That happens in three ways, each handled here:

- an id held by more than one file: which one counts depends on all of them. When an id of a
  file compared is shared on either side (the cache keeps those ids beside each result), the
  whole sides are compared;
- a document named in `ersätter` of a changed one: its title, type and path are reported, so
  its file is compared too;
- a goal that something in a changed file derived from: whether it lost its last
  follow-through depends on every item that derives from it, and where it is on what is in its
  own file; those files are compared too, found in `facts.py`'s index of BASE's files (a file
  not compared is the same on both sides, and BASE is most often a revision, whose facts a
  later diff against it finds again).

Findings are not narrowed: both sides' come whole from their (cached) results.
"""

from __future__ import annotations

import os
from pathlib import Path

from styrcheck.core.repository import Repository, assemble
from styrcheck.diff import facts
from styrcheck.diff.compare import items_of
from styrcheck.pipeline import reading
from styrcheck.pipeline.options import Options
from styrcheck.pipeline.validate import Run

# Files compared: up to this many are read again rather than found in the cache, whose entries
# come in shards of 1.5 MB of JSON at 10,000 documents (parsing one file takes a millisecond).
_FEW = 30


def narrowed(old: Run, new: Run, folders: tuple[Path, Path], options: Options) -> tuple[Repository, Repository] | None:
    """Both sides' repositories of the files `compare` must see, or None when the runs do not
    say enough (no cache, a file that could not be hashed, an unknown base): then compare the
    whole sides."""
    if old.files is None or new.files is None or old.base is None or new.base is None:
        return None
    before, after = _relative(old, folders[0]), _relative(new, folders[1])
    changed = {path for path, digest in before.items() if after.get(path) != digest}
    changed |= {path for path, digest in after.items() if before.get(path) != digest}
    wanted = set(changed)
    repos = _assembled(old, new, folders, wanted, options)
    needed = _needed(*repos)
    if needed:
        wanted |= facts.holding(old, folders[0], needed, options)  # BASE's: the files not compared are HEAD's too
        repos = _assembled(old, new, folders, wanted, options)
    shared = old.base.shared | new.base.shared
    for repo in repos:
        if any(doc.id in shared for doc in repo.documents) or any(item.id in shared for item in repo.all_items):
            return None
    return repos


def _relative(run: Run, folder: Path) -> dict[str, str]:
    """The run's files by their path below its folder, with their content hashes."""
    assert run.files is not None
    root = os.path.abspath(folder) + os.sep
    return {item.absolute.removeprefix(root): digest for item, (_, digest) in zip(run.found.files, run.files)}


def _assembled(
    old: Run, new: Run, folders: tuple[Path, Path], wanted: set[str], options: Options
) -> tuple[Repository, Repository]:
    return _assemble(old, folders[0], wanted, options), _assemble(new, folders[1], wanted, options)


def _assemble(run: Run, folder: Path, wanted: set[str], options: Options) -> Repository:
    """The repository of the `wanted` files of a side, in the order of the whole side's (so
    that whatever `compare` lists in file order comes in the same order)."""
    root = os.path.abspath(folder) + os.sep
    chosen = [item for item in run.found.files if item.absolute.removeprefix(root) in wanted]
    cache = run.cache if len(chosen) > _FEW else None
    sources = reading.load(reading.Survey(chosen), options.limits, cache, 1)
    if cache is not None:
        cache.save()
    return assemble(sources, options.profile, options.today)


def _needed(old: Repository, new: Repository) -> set[str]:
    """Ids of documents and goals outside the files compared whose files `compare` must see:
    documents replaced, and goals followed through from the changed files of BASE but not of
    HEAD (their other followers decide whether they lost the last one)."""
    known = old.by_id.keys() | new.by_id.keys()
    replaced = {target for doc in new.documents for target in doc.model.replaces if target not in known}
    followed = {target for item in items_of(new).values() for target in item.derives_from}
    return replaced | {target for item in items_of(old).values() for target in item.derives_from} - followed
