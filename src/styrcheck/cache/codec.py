"""Sources and results as JSON for the cache, and back, checked on the way in.

Positions take most of a source's room, so where they follow the values in the order the
loader records them (every key and list item, depth first: always, today) they are stored as
bare line/column pairs and their paths are walked out of the values again. Decoding checks
every type, so a damaged entry is refused (CodecError) rather than believed.
"""

from __future__ import annotations

from array import array
from typing import Any

from styrcheck.core.diagnostics import Acceptance, Finding, Severity
from styrcheck.core.loader import PathKey, Source, count_paths, paths_of
from styrcheck.pipeline.result import Result


class CodecError(ValueError):
    """A cache entry that does not hold together."""


# --- sources ----------------------------------------------------------------------------------


def encode_source(source: Source) -> dict[str, Any]:
    entry: dict[str, Any] = {"d": source.data}
    if source.packed is not None:
        entry["p"] = source.packed.tolist()
    elif () in source.positions and list(source.positions) == paths_of(source.data):
        entry["p"] = [n for position in source.positions.values() for n in position]
    else:
        entry["k"] = [[list(path), line, column] for path, (line, column) in source.positions.items()]
    if source.spellings:
        entry["s"] = [[list(path), written] for path, written in source.spellings.items()]
    if source.findings:
        entry["f"] = [_encode_finding(f)[1:] for f in source.findings]  # the path is the display's
    return entry


def decode_source(entry: Any, display: str) -> Source:
    try:
        data = entry["d"]
        if "p" in entry:
            flat = array("i", entry["p"])  # refuses anything but integers, at C speed
            count = count_paths(data)
            if count is None or len(flat) != 2 * count:
                raise CodecError("positions do not fit the values")
            positions, packed = None, flat
        else:
            positions, packed = {_path(p): (_int(line), _int(column)) for p, line, column in entry["k"]}, None
            if count_paths(data) is None:
                raise CodecError("values of a kind the loader never makes")
        spellings = {_path(p): _str(written) for p, written in entry.get("s", ())}
        source = Source(display, data, positions, spellings, packed)
        source.findings = [_decode_finding([display, *f]) for f in entry.get("f", ())]
        return source
    except (KeyError, TypeError, ValueError, OverflowError) as err:
        raise CodecError(str(err)) from None


def _path(parts: Any) -> PathKey:
    if type(parts) is not list or not all(type(p) in (str, int) for p in parts):
        raise CodecError("a path is a list of keys and indexes")
    return tuple(parts)


def _int(value: Any) -> int:
    if type(value) is not int:
        raise CodecError("not an integer")
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise CodecError("not text")
    return value


def _optional_str(value: Any) -> str | None:
    return None if value is None else _str(value)


# --- findings and results -----------------------------------------------------------------------


def _encode_finding(f: Finding) -> list[Any]:
    accepted = None
    if f.accepted is not None:
        a = f.accepted
        accepted = [a.reason, a.decision, a.decided_by, a.until]
    return [
        f.path,
        f.line,
        f.column,
        f.code,
        int(f.severity),
        f.key,
        [list(pair) for pair in f.args],
        f.document,
        f.subject,
        accepted,
        list(f.place),
    ]


def _decode_finding(item: Any) -> Finding:
    if type(item) is not list or len(item) not in (9, 10, 11):
        raise CodecError("a finding is a list of 9 to 11 fields")
    path, line, column, code, severity, key, args, document, subject, *rest = item
    accepted = rest[0] if rest else None
    place = rest[1] if len(rest) > 1 else []
    if type(place) is not list or not all(type(step) in (str, int) for step in place):
        raise CodecError("a place is a list of keys and indexes")
    if accepted is not None:
        if type(accepted) is not list or len(accepted) != 4:
            raise CodecError("an acceptance is a list of 4 fields")
        reason, decision, decided_by, until = accepted
        accepted = Acceptance(_str(reason), _optional_str(decision), _optional_str(decided_by), _optional_str(until))
    if type(args) is not list:
        raise CodecError("arguments are a list of pairs")
    pairs = []
    for pair in args:
        if type(pair) is not list or len(pair) != 2:
            raise CodecError("an argument is a pair")
        pairs.append((_str(pair[0]), _str(pair[1])))
    return Finding(
        _str(path),
        _int(line),
        _int(column),
        _str(code),
        Severity(_int(severity)),
        _str(key),
        tuple(pairs),
        _optional_str(document),
        _str(subject),
        accepted,
        tuple(place),
    )


def encode_result(result: Result) -> dict[str, Any] | None:
    """A run's result as JSON, or None when it must not be reused (a rule crashed, which may not
    happen again; a baseline was applied, which the cache keeps out of its key)."""
    if result.crashed or result.baseline is not None:
        return None
    if any(f.accepted is not None and type(f.accepted) is not Acceptance for f in result.findings):
        return None
    return {
        "files": result.files,
        "documents": result.documents,
        "findings": [_encode_finding(f) for f in result.findings],
        "skipped": [list(skip) for skip in result.skipped],
    }


def decode_result(body: Any) -> Result:
    try:
        findings = [_decode_finding(item) for item in body["findings"]]
        skipped = tuple((_str(kind), _str(shown)) for kind, shown in body.get("skipped", ()))
        return Result(findings, _int(body["files"]), _int(body["documents"]), skipped=skipped)
    except (KeyError, TypeError, ValueError) as err:
        raise CodecError(str(err)) from None
