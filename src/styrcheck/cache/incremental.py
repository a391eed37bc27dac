"""Checking again only what an edit can change.

The cache keeps the last run's result beside what it was run on (every file's content hash,
the options) and two facts about the repository: the ids that occur more than once, and the
files that are (or are meant to be) the organisation. When a later run finds a few files edited, and each
edit leaves unchanged what the rest of the repository sees of the file (its `interface`:
every value but its free texts), the findings of the cross-document rules cannot have
changed except for their lines and columns in the edited files, which are looked up again.
Only the local rules (`Rule.local`) run again, on the edited documents alone.

Everything else is checked in full, as without this: a file added, removed or renamed; a
file that is not a steering document read and modelled without a problem, before and after
the edit; an edit to an id, type, date, reference, organ, goal id or avsteg; a document with
an avsteg or with an id that is not unique; a repository without a usable organisation (M008
then reports once, on its first document). tests/cache/test_incremental.py holds this path to the
output of a full run for every kind of edit.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from styrcheck.checks.registry import RULES, all_rules
from styrcheck.core.repository import Doc, Repository, assemble, is_organisation_file
from styrcheck.pipeline import reading
from styrcheck.pipeline.engine import run
from styrcheck.pipeline.result import Result, Selection

if TYPE_CHECKING:
    from styrcheck.cache.store import Cache
    from styrcheck.core.diagnostics import Finding
    from styrcheck.pipeline.options import Options

# Free texts: what a document says in words, which no cross-document rule reads of another
# document unless it declares so (Rule.reads_free_text: G008 reads the titles and descriptions
# of documents that may have no goals, beside every goal id of the repository). A definition
# of fulfilment written as one text is a free text too.
FREE_TEXTS = frozenset({"titel", "beskrivning", "text", "namn"})
# More edited files than this share of the repository: a full run costs about the same.
_MOST = 0.25


@dataclass(frozen=True)
class Base:
    """What a run's result was computed from, as far as an incremental run must know it."""

    options: str  # key of the options and the code (cache.run_key without files)
    files: list[tuple[str, str]]  # (shown path, content hash) of every file, in order
    shared: frozenset[str]  # ids held by more than one document, goal, goal area or activity
    organisation: list[str]  # shown paths of the files that are (or are meant to be) the organisation

    def encode(self) -> dict[str, Any]:
        return {
            "options": self.options,
            "files": [list(f) for f in self.files],
            "shared": sorted(self.shared),
            "organisation": self.organisation,
        }

    @classmethod
    def decode(cls, body: Any) -> Base | None:
        """The base a cache holds, or None when it does not hold together."""
        try:
            files = [(path, digest) for path, digest in body["files"]]
            shared, organisation = body["shared"], body["organisation"]
            options = body["options"]
        except (KeyError, TypeError, ValueError):
            return None
        texts = [options, *(p for f in files for p in f), *shared, *organisation]
        if not all(type(t) is str for t in texts) or type(shared) is not list or type(organisation) is not list:
            return None
        return cls(options, files, frozenset(shared), organisation)


def base_of(repo: Repository, files: list[tuple[str, str]], options: str) -> Base:
    """The base of a full run over `repo`."""
    counts = Counter(doc.id for doc in repo.documents)
    counts.update(item.id for item in repo.all_items)
    return Base(
        options,
        files,
        frozenset(i for i, n in counts.items() if n > 1),
        [s.path for s in repo.sources if is_organisation_file(s)],
    )


def interface(doc: Doc) -> str:
    """What other documents' rules may read of `doc`, as text: its type, every value but the
    free texts (unless a rule that is not local reads them: Rule.reads_free_text), and how its
    keys are spelled."""
    read = any(r.reads_free_text(doc) for r in all_rules() if r.reads_free_text is not None)
    values = doc.source.data if read else _without_texts(doc.source.data)
    spellings = sorted(
        (list(map(str, path)), written) for path, written in doc.source.spellings.items() if _holds(values, path)
    )
    return json.dumps([doc.type_name, values, spellings], ensure_ascii=False, sort_keys=True, default=repr)


def _holds(values: Any, path: tuple[str | int, ...]) -> bool:
    """Whether `path` leads to a value in `values` (spellings of free texts' keys are left out)."""
    for step in path:
        if isinstance(values, dict) and step in values:
            values = values[step]
        elif isinstance(values, list) and isinstance(step, int) and 0 <= step < len(values):
            values = values[step]
        else:
            return False
    return True


def _without_texts(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _without_texts(v)
            for k, v in value.items()
            if not (k in FREE_TEXTS or (k == "maluppfyllelse" and isinstance(v, str)))
        }
    if isinstance(value, list):
        return [_without_texts(v) for v in value]
    return value


def recheck(
    found: reading.Survey, files: list[tuple[str, str]], options: Options, cache: Cache, options_key: str
) -> tuple[Result, Base] | None:
    """The result of a full run over `found` (whose identity is `files`), from the last run's
    and the local rules on the edited files; None when the edits need a full run."""
    last = cache.last_run()
    if last is None:
        return None
    body, result = last
    base = Base.decode(body)
    if base is None or base.options != options_key or result.crashed:
        return None
    if [path for path, _ in files] != [path for path, _ in base.files]:
        return None  # a file added, removed or renamed
    changed = {path: old for (path, new), (_, old) in zip(files, base.files) if new != old}
    if not changed or len(changed) > _MOST * len(files):
        return None
    planned = {item.display: item for item in found.files}
    new_sources = reading.load(reading.Survey([planned[p] for p in changed]), options.limits, cache, 1)
    old_sources = [cache.source(cache.file_key(digest, options.limits), path) for path, digest in changed.items()]
    if any(s is None for s in old_sources):
        return None  # the earlier version is no longer in the cache
    # The organisation, as the local rules read it (organs, M008); an edited file is read above.
    wanted = [planned[p] for p in base.organisation if p in planned and p not in changed]
    organisation = reading.load(reading.Survey(wanted), options.limits, cache, 1)
    new_repo = assemble([*new_sources, *organisation], options.profile, options.today)
    old_repo = assemble(old_sources, options.profile, options.today)  # type: ignore[arg-type]
    if new_repo.organisation is None:
        return None  # M008 then reports once in the repository, on its first document, not per file
    if not _same_interfaces(old_repo, new_repo, changed.keys(), base.shared):
        return None
    fresh: list[Finding] = []
    local = frozenset(r.code for r in all_rules() if r.local and options.selection.wants(r))
    if local:  # (an empty selection would mean every rule)
        selection = options.selection
        again = run(new_repo, Selection(local, selection.ignore, selection.severities), jobs=1)
        if again.crashed:
            return None  # a full run reports it
        fresh = [f for f in again.findings if f.path in changed]
    docs = {doc.path: doc for doc in new_repo.documents}
    kept = []
    for finding in result.findings:
        if finding.path in changed:
            rule = RULES.get(finding.code)
            if rule is None or rule.local or rule.check is None:
                continue  # found again above (reading and modelling: none, before or after)
            line, column = docs[finding.path].source.position(finding.place)
            finding = replace(finding, line=line, column=column)
        kept.append(finding)
    merged = Result(sorted({*kept, *fresh}), result.files, result.documents, skipped=result.skipped)
    return merged, replace(base, files=files)


def _same_interfaces(old: Repository, new: Repository, paths: Any, shared: frozenset[str]) -> bool:
    """Whether every edited file is a clean steering document before and after, seen the same
    from other documents, without an avsteg and holding only ids that are unique."""
    old_docs = {doc.path: doc for doc in old.documents}
    new_docs = {doc.path: doc for doc in new.documents}
    troubled = {f.path for f in (*old.findings, *new.findings)}
    for path in paths:
        before, after = old_docs.get(path), new_docs.get(path)
        if before is None or after is None or path in troubled or before.dropped or after.dropped:
            return False
        if after.model.deviations or interface(before) != interface(after):
            return False
    ids = {doc.id for doc in new.documents} | {item.id for item in new.all_items}
    return not ids & shared
