"""What `diff` must know of files it does not compare: which ids each one holds (its
document's, its goals', goal areas' and activities') and which ids its items derive from.

Kept in the side's cache per file, keyed by the file's content hash, the loader's limits, the
code and the profile (the same file under another profile may be another document), so an
entry is never stale: a changed file is another key. Each entry is type-checked when read;
one that does not hold together is computed again. A file without an entry is read (from the
cache of parsed files where it is there) and modelled once, with the others that lack one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from styrcheck.core.repository import assemble
from styrcheck.diff.compare import item_of
from styrcheck.pipeline import reading
from styrcheck.pipeline.options import Options
from styrcheck.pipeline.validate import Run

Facts = tuple[list[str], list[str]]  # (ids held, ids derived from)


def holding(run: Run, folder: Path, wanted: set[str], options: Options) -> set[str]:
    """The files of the side (paths below `folder`) that hold one of `wanted`, or whose items
    derive from one of them."""
    root = os.path.abspath(folder) + os.sep
    return {
        item.absolute.removeprefix(root)
        for item, (ids, targets) in zip(run.found.files, of_files(run, options))
        if not wanted.isdisjoint(ids) or not wanted.isdisjoint(targets)
    }


def of_files(run: Run, options: Options) -> list[Facts]:
    """The facts of every file of the run, in order."""
    assert run.files is not None and run.cache is not None  # narrow.py asks only then
    cache = run.cache
    profile = hashlib.blake2b(options.profile.model_dump_json().encode(), digest_size=16).hexdigest()
    keys = [f"{cache.file_key(digest, options.limits)}:{profile}" for _, digest in run.files]
    found = [_checked(cache.facts(key)) for key in keys]
    missing = [index for index, facts in enumerate(found) if facts is None]
    if missing:
        planned = [run.found.files[index] for index in missing]
        sources = reading.load(reading.Survey(planned), options.limits, cache, options.jobs)
        repo = assemble(sources, options.profile, options.today)
        by_path: dict[str, Facts] = {doc.path: ([doc.id], []) for doc in repo.documents}
        for item in repo.all_items:
            ids, targets = by_path[item.doc.path]
            ids.append(item.id)
            targets.extend(item_of(item).derives_from)
        for index, file in zip(missing, planned):
            found[index] = by_path.get(file.display, ([], []))
            cache.put_facts(keys[index], list(found[index]))  # type: ignore[arg-type]
        cache.save()
    return found  # type: ignore[return-value]


def _checked(entry: Any) -> Facts | None:
    """Facts read from the cache, when they hold together."""
    if not isinstance(entry, list) or len(entry) != 2:
        return None
    ids, targets = entry
    if not isinstance(ids, list) or not isinstance(targets, list):
        return None
    if not all(type(value) is str for value in (*ids, *targets)):
        return None
    return ids, targets
