"""Baselines: adopt styrcheck in a repository with old debt, and fail only on what is new.

An entry names a finding by document id + rule + subject, never by line or file name, so
reformatting YAML or moving a file keeps the baseline valid. Findings in files that cannot
be read as a document (no id) fall back to the file's path, relative to the baseline's own
folder, so that it matches from whichever folder styrcheck is run. Several findings with the same
key are counted: the baseline holds how many there were, and only those beyond it are new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from styrcheck.core.diagnostics import Acceptance, Finding
from styrcheck.core.errors import ToolError

FORMAT = "styrcheck-baseline"
VERSION = 1
DEFAULT_FILE = "styrcheck-baseline.json"

Key = tuple[str, str, str]  # (document id or "file:" + path, rule code, subject)


class BaselineError(ToolError):
    """A baseline file that cannot be used: where and why (exit 2)."""


@dataclass(frozen=True)
class Baselined(Acceptance):
    """A finding accepted because the baseline lists it: old debt, not failing, not an avsteg."""

    file: str = ""


@dataclass(frozen=True)
class Entry:
    document: str | None
    code: str
    subject: str
    count: int = 1
    path: str = ""  # where it was, relative to the baseline's folder: matched only without a document

    @property
    def key(self) -> Key:
        return (self.document or f"file:{self.path}", self.code, self.subject)


@dataclass(frozen=True)
class Outcome:
    """What applying a baseline found: its file, its size, and the entries no longer found."""

    file: str
    entries: int  # findings the baseline holds
    fixed: tuple[Entry, ...]  # (entries with a count of the findings that are gone)


def key(finding: Finding, root: str) -> Key:
    return (finding.document or f"file:{relative_path(finding, root)}", finding.code, finding.subject)


def relative_path(finding: Finding, root: str) -> str:
    """The finding's file relative to `root`, the baseline's folder."""
    return Path(os.path.relpath(os.path.abspath(finding.path), root)).as_posix()


def is_baselined(finding: Finding) -> bool:
    return isinstance(finding.accepted, Baselined)


def debt(findings: Iterable[Finding]) -> list[Finding]:
    """The findings a baseline records: not accepted by an avsteg, not a crash of styrcheck."""
    return [f for f in findings if f.key != "crashed" and (f.accepted is None or is_baselined(f))]


@dataclass(frozen=True)
class Baseline:
    file: str
    entries: tuple[Entry, ...]

    def apply(self, findings: list[Finding]) -> tuple[list[Finding], Outcome]:
        """Mark the findings the baseline holds as accepted; say which entries are fixed."""
        left = Counter({entry.key: entry.count for entry in self.entries})
        root = os.path.dirname(os.path.abspath(self.file))
        marked = []
        for finding in findings:
            k = key(finding, root)
            if finding.key != "crashed" and finding.accepted is None and left[k] > 0:
                left[k] -= 1
                finding = finding.accept(Baselined("baseline", file=self.file))
            marked.append(finding)
        fixed = tuple(replace(entry, count=left[entry.key]) for entry in self.entries if left[entry.key] > 0)
        return marked, Outcome(self.file, sum(e.count for e in self.entries), fixed)


def entries_of(findings: Iterable[Finding], root: str) -> list[Entry]:
    """The entries of a baseline kept in the folder `root`."""
    counts: Counter[Key] = Counter()
    first: dict[Key, Finding] = {}
    for finding in debt(findings):
        k = key(finding, root)
        counts[k] += 1
        first.setdefault(k, finding)
    return sorted(
        (Entry(f.document, f.code, f.subject, counts[k], relative_path(f, root)) for k, f in first.items()),
        key=lambda e: e.key,
    )


def dumps(entries: Iterable[Entry]) -> str:
    """The baseline file: JSON (so it is never read as a steering document), one entry a line."""
    rows = []
    for entry in entries:
        row: dict[str, object] = {"document": entry.document, "rule": entry.code, "subject": entry.subject}
        if entry.count != 1:
            row["count"] = entry.count
        row["path"] = entry.path
        rows.append("    " + json.dumps(row, ensure_ascii=False))
    body = ",\n".join(rows)
    return (f'{{\n  "format": "{FORMAT}",\n  "version": {VERSION},\n  "entries": [\n'
            + (body + "\n" if rows else "") + "  ]\n}\n")


def write(path: Path, findings: Iterable[Finding]) -> list[Entry]:
    entries = entries_of(findings, os.path.dirname(os.path.abspath(path)))
    path.write_text(dumps(entries), encoding="utf-8")
    return entries


def load(path: Path) -> Baseline:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise BaselineError("baseline-unreadable", path=path, reason=err.strerror or err) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise BaselineError("baseline-not-json", where=f"{path}:{err.lineno}:{err.colno}", detail=err.msg) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), list):
        raise BaselineError("not-a-baseline", path=path)
    if data.get("version") != VERSION:
        raise BaselineError("baseline-version", path=path, version=data.get("version"), supported=VERSION)
    entries = []
    for number, row in enumerate(data["entries"], 1):
        try:
            entries.append(Entry(row.get("document"), str(row["rule"]), str(row.get("subject", "")),
                                 int(row.get("count", 1)), str(row.get("path", ""))))
        except (AttributeError, KeyError, TypeError, ValueError):
            raise BaselineError("baseline-entry", path=path, number=number) from None
    return Baseline(str(path), tuple(entries))
