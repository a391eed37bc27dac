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

from styrcheck.core.diagnostics import Acceptance, Finding, make_printable
from styrcheck.core.errors import ToolError
from styrcheck.core.loader import Limits, Source, read_raw
from styrcheck.core.text import printable
from styrcheck.i18n import described
from styrcheck.pipeline import discovery

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

    def __post_init__(self) -> None:
        # A baseline comes with the pull request too: its entries reach reports as findings do.
        make_printable(self, ("document", "code", "subject", "path"))

    @property
    def key(self) -> Key:
        return (self.document or f"file:{self.path}", self.code, self.subject)


@dataclass(frozen=True)
class Outcome:
    """What applying a baseline found: its file, its size, and the entries no longer found."""

    file: str
    entries: int  # findings the baseline holds
    fixed: tuple[Entry, ...]  # (entries with a count of the findings that are gone)

    def __post_init__(self) -> None:
        make_printable(self, ("file",))


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
                finding = finding.accept(Baselined("baseline", file=printable(self.file)))
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
    return (
        f'{{\n  "format": "{FORMAT}",\n  "version": {VERSION},\n  "entries": [\n'
        + (body + "\n" if rows else "")
        + "  ]\n}\n"
    )


def load(path: Path, limits: Limits = Limits()) -> Baseline:
    """The baseline in `path`, read as a document is (a regular file, within `limits`); any
    problem is a usage error that says where."""
    shown = discovery.display(path)
    source = Source(shown)
    raw = read_raw(path, source, limits)
    if raw is None:
        raise BaselineError("baseline-unreadable", path=shown, reason=described(source.findings[0]))
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise BaselineError("baseline-not-json", where=f"{shown}:{line}", detail="not UTF-8") from None
    except json.JSONDecodeError as err:
        raise BaselineError("baseline-not-json", where=f"{shown}:{err.lineno}:{err.colno}", detail=err.msg) from None
    except RecursionError:
        raise BaselineError("baseline-not-json", where=f"{shown}:1", detail="nested too deeply") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), list):
        raise BaselineError("not-a-baseline", path=shown)
    if data.get("version") != VERSION:
        raise BaselineError("baseline-version", path=shown, version=data.get("version"), supported=VERSION)
    entries = []
    for number, row in enumerate(data["entries"], 1):
        entry = _entry(row)
        if entry is None:
            raise BaselineError("baseline-entry", where=f"{shown}:{_line_of_entry(text, number)}", number=number)
        entries.append(entry)
    return Baseline(str(path), tuple(entries))


def _entry(row: object) -> Entry | None:
    """One entry as `dumps` writes it, or None: texts where texts belong, a whole count of 1 or more."""
    if not isinstance(row, dict):
        return None
    document, rule, subject = row.get("document"), row.get("rule"), row.get("subject", "")
    count, path = row.get("count", 1), row.get("path", "")
    if not isinstance(rule, str) or not all(isinstance(v, str) for v in (subject, path)):
        return None
    if not (document is None or isinstance(document, str)):
        return None
    if type(count) is not int or count < 1:
        return None
    return Entry(document, rule, subject, count, path)


def _line_of_entry(text: str, number: int) -> int:
    """The line entry `number` starts on: the file read again, only to place an error, value by
    value with the json module's raw_decode, noting where each item of `entries` begins."""
    decoder = json.JSONDecoder()
    starts: list[int] = []
    try:
        at = _skip(text, _skip(text, 0) + 1)  # inside the top-level object (`load` read it whole)
        while text[at] != "}":
            key, at = decoder.raw_decode(text, at)
            at = _skip(text, _skip(text, at) + 1)  # past the `:`
            if key == "entries" and text[at] == "[":  # the last one counts, as in json.loads
                starts, at = _starts(decoder, text, at)
            else:
                at = decoder.raw_decode(text, at)[1]
            at = _next(text, at)
        at = starts[number - 1]
    except (ValueError, RecursionError, IndexError):  # pragma: no cover - read once already
        return 1
    return text.count("\n", 0, at) + 1


def _starts(decoder: json.JSONDecoder, text: str, at: int) -> tuple[list[int], int]:
    """Where each item of the array at `at` begins, and where the array ends."""
    starts = []
    at = _skip(text, at + 1)
    while text[at] != "]":
        starts.append(at)
        at = _next(text, decoder.raw_decode(text, at)[1])
    return starts, at + 1


def _next(text: str, at: int) -> int:
    """Past the `,` after a value, if there is one, to the next item or the closing bracket."""
    at = _skip(text, at)
    return _skip(text, at + 1) if text[at] == "," else at


def _skip(text: str, at: int) -> int:
    """Past JSON's whitespace."""
    while at < len(text) and text[at] in " \t\n\r":
        at += 1
    return at
