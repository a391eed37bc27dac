"""The official YAML test suite (github.com/yaml/yaml-test-suite, MIT) through the reader, and a
sample of it through the CLI: what YAML styrcheck reads, and what it refuses on purpose
(docs/format.md, "The YAML styrcheck reads").

The suite lies beside the repository, at ../shared/yaml-test-suite (STYRCHECK_YAML_TEST_SUITE
names another place). Without it the tests are skipped, but fail under CI=true. Its 735 cases
are 402 distinct tests; the 333 under name/ repeat one of them under its title.

Every valid test must read, with the values of its in.json (scalars as text), or be in one of
the reviewed lists below under the code it gets: a test refused otherwise is an accident and
fails, and so does a listed test that no longer gets its code. Every invalid test must get a
finding or be a known leniency of libyaml (listed, with the reason, in docs/format.md).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from unittest.mock import patch

import pytest

from styrcheck.core import loader
from styrcheck.core import parsers
from styrcheck.core.loader import Limits, Source, parse
from styrcheck.core.text import fold

ROOT = Path(__file__).resolve().parents[2]
SUITE = Path(os.environ.get("STYRCHECK_YAML_TEST_SUITE") or ROOT / ".." / "shared" / "yaml-test-suite").resolve()

# Valid YAML refused on purpose: one steering document per file, no tags, keys that are text
# and once in a mapping (after folding: `Mål` and `mål` are one key).
MULTI_DOCUMENT = {  # Y001 multi: several documents in one file
    "35KP", "5TYM", "6WLZ", "6XDY", "6ZKB", "7Z25", "9DXL", "9KAX", "9WXW", "JHB9", "KSS4", "L383", "M7A3",
    "NKF9", "PUW8", "RZT7", "U9NS", "W4TN",
}
TAGS = {  # Y007: a tag other than YAML's core scalar tags, on a value or a key
    "2XXW", "565N", "6CK3", "7FWL", "C4HZ", "CC74", "CUP7", "J7PZ", "M5C3", "P76L", "UGM3", "Z67P", "Z9M4",
}
COMPLEX_KEYS = {  # Y003 complex-key: a list, a mapping or nothing as a key
    "4FJ6", "6BFJ", "6PBE", "9MMW", "KK5P", "LX3P", "M2N8/00", "M2N8/01", "M5DY", "Q9WF", "RZP5", "SBG9",
    "V9D5", "X38W", "XW4D",
}
DUPLICATE_KEYS = {"2JQS"}  # Y002: two empty keys in one mapping
# Y001: valid YAML that libyaml and ruamel.yaml's parser both refuse (docs/format.md says why
# none of it belongs in a steering document).
BOTH_PARSERS_REFUSE = {
    # a flow mapping's key on more lines than one, or its ':' on the line after the key
    "4MUZ/00", "4MUZ/01", "4MUZ/02", "5MUD", "9SA2", "K3WX", "NJ66", "UT92", "VJP3/01",
    # a tab as separation before or inside indentation
    "6BCT", "6CA3", "A2M4", "DK95/00", "DK95/03", "DK95/04", "Q5MG", "R4YG", "Y79Y/010",
    # an empty key in a flow collection, with no text or with only a tag
    "CFD4", "WZ62",
    # a document-end marker (...) with no document, and %YAML 1.3
    "HWV9", "QT73", "BEC7",
}
# Read by libyaml, but not to the values of in.json.
READ_OTHERWISE = {
    "652Z", "HM87/01",  # `?` first in a plain scalar in [ ] or { } read as a complex-key indicator
    "JEF9/02", "L24T/01",  # a `|+` block that ends in lines of spaces: those lines are cut
    "LE5A",  # an empty value is empty (None), also when tagged !!str (in.json: "")
    "Y2GN",  # an anchor name ends at ':' (`&an:chor value`: the value is ':chor value')
}
# Invalid YAML read without a finding: libyaml is more lenient than the specification.
KNOWN_LENIENCIES = {
    "9C9N", "QB6E",  # a flow collection's or a quoted value's later lines not indented
    "DK95/01",  # a quoted value's later line indented with a tab
    "9JBA", "CVW2", "SU5Z", "X4QW",  # a comment (#) with no space before it
    "G5U8", "YJV2",  # a lone '-' as a value in [ ]
    "MUS6/00",  # a comment with no space after a %YAML directive
    "S98Z",  # a folded block whose first lines hold more spaces than its content
    "Y79Y/003",  # a tab before a value in [ ] on a line of its own
}

REFUSED = {"Y001 multi": MULTI_DOCUMENT, "Y007": TAGS, "Y003": COMPLEX_KEYS, "Y002": DUPLICATE_KEYS,
           "Y001": BOTH_PARSERS_REFUSE}


@dataclass(frozen=True)
class Case:
    id: str  # the test's id; a case under name/ has the id of the test it repeats
    folder: Path
    valid: bool


def suite_cases() -> list[Case]:
    if not SUITE.is_dir():
        message = f"the YAML test suite is not at {SUITE} (set STYRCHECK_YAML_TEST_SUITE)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    ids: dict[bytes, str] = {}
    cases = []
    for path in sorted(SUITE.rglob("in.yaml"), key=lambda p: (p.parts[len(SUITE.parts)] == "name", p)):
        folder = path.parent
        case_id = folder.relative_to(SUITE).as_posix()
        valid = not (folder / "error").exists()
        twin = path.read_bytes() + (folder / "===").read_bytes() + bytes([valid])
        if case_id.startswith("name/"):
            case_id = ids[twin]  # every case under name/ repeats one of the tests by id
        else:
            ids[twin] = case_id
        cases.append(Case(case_id, folder, valid))
    return cases


def read(case: Case) -> Source:
    source = Source(case.id)
    parse((case.folder / "in.yaml").read_bytes(), source, Limits())
    return source


def outcome(source: Source) -> str:
    """The first finding's code, with its message key where the code has several kinds."""
    first = min(source.findings, key=lambda f: (f.line, f.column))
    return "Y001 multi" if (first.code, first.key) == ("Y001", "multi") else first.code


def expected_documents(case: Case) -> list[object] | None:
    """The values of in.json (one JSON text per YAML document), or None without one."""
    path = case.folder / "in.json"
    if not path.exists():
        return None
    text, documents, decoder = path.read_text(encoding="utf-8"), [], json.JSONDecoder()
    index = 0
    while text[index:].strip():
        index += len(text[index:]) - len(text[index:].lstrip())
        value, index = decoder.raw_decode(text, index)
        documents.append(value)
    return documents


# YAML 1.2's core schema: how a scalar written as text reads as JSON's null, booleans and numbers.
_BOOLEANS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INTEGER = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


def as_text_equals(read_value: object, expected: object) -> bool:
    """Whether a value read (every scalar text, keys folded) is in.json's value under
    styrcheck's rule that scalars stay text: a string is the same text, null is None, and a
    boolean or a number is a text that YAML 1.2's core schema reads as it."""
    if isinstance(expected, dict):
        return (type(read_value) is dict and len(read_value) == len(expected)
                and all(fold(k) in read_value and as_text_equals(read_value[fold(k)], v) for k, v in expected.items()))
    if isinstance(expected, list):
        return (type(read_value) is list and len(read_value) == len(expected)
                and all(as_text_equals(a, b) for a, b in zip(read_value, expected)))
    if expected is None:
        return read_value is None
    if type(read_value) is not str:
        return False
    if isinstance(expected, str):
        return read_value == expected
    if isinstance(expected, bool):
        return _BOOLEANS.get(read_value) is expected
    if _INTEGER.fullmatch(read_value):
        return int(read_value, 0 if read_value[:2] in ("0o", "0x") else 10) == expected
    return bool(_FLOAT.fullmatch(read_value)) and float(read_value) == expected


def classify(case: Case, source: Source) -> str:
    if not case.valid:
        return "invalid caught" if source.findings else "known leniency"
    if source.findings:
        return outcome(source)
    documents = expected_documents(case)
    if documents is None or (len(documents) == 1 and as_text_equals(source.data, documents[0])):
        return "read"
    if not documents and source.data is None:
        return "read"
    return "read otherwise"


def test_every_case_of_the_yaml_test_suite(capsys):
    cases = suite_cases()
    seen: dict[str, str] = {}
    for case in cases:
        result = classify(case, read(case))
        assert seen.setdefault(case.id, result) == result, case  # a case under name/ as its twin
    valid = {i for i, r in seen.items() if r not in ("invalid caught", "known leniency")}
    refused = {code: {i for i in valid if seen[i] == code} for code in REFUSED}
    counts = {
        "valid read": sum(seen[i] == "read" for i in valid),
        "valid read otherwise": sum(seen[i] == "read otherwise" for i in valid),
        **{f"valid refused on purpose ({code})": len(ids) for code, ids in refused.items() if code != "Y001"},
        "valid refused by both parsers (Y001)": len(refused["Y001"]),
        "invalid caught": sum(r == "invalid caught" for r in seen.values()),
        "invalid read (known leniencies)": sum(r == "known leniency" for r in seen.values()),
    }
    with capsys.disabled():
        print(f"\nYAML test suite: {len(cases)} cases, {len(seen)} distinct tests")
        for name, count in counts.items():
            print(f"  {name}: {count}")
    accidents = sorted(i for i in valid if seen[i] not in ("read", "read otherwise", *REFUSED))
    assert not accidents, [(i, seen[i]) for i in accidents]
    for code, ids in REFUSED.items():
        assert refused[code] == ids, (code, sorted(refused[code] ^ ids))
    assert {i for i in valid if seen[i] == "read otherwise"} == READ_OTHERWISE
    assert {i for i, r in seen.items() if r == "known leniency"} == KNOWN_LENIENCIES


# Where ruamel.yaml's parser reads a test libyaml reads too, but places or reads it otherwise.
PYTHON_READS_OTHERWISE = {
    "CUP7", "F2C7",  # a tag before an anchor (`!t &a x`): placed at the anchor, not the tag
    "HMQ5",  # a key with a tag and an anchor: placed at its text
    "DFF7",  # an empty key in { }: placed after the ',' before it, not at the line's start
    "Y2GN",  # `&an:chor value`: the anchor is `an:chor` (YAML 1.2), the value `value`
}


def test_the_fallback_parser_reads_what_libyaml_reads_as_libyaml_does():
    """Values, positions in order, spellings and findings: where libyaml reads a file, the
    pure-Python parser the loader turns to reads it alike (the tests both read), so a file it
    reads instead is read as if libyaml could."""
    differ, both = set(), 0
    for case in {c.id: c for c in suite_cases() if c.valid}.values():
        by_libyaml = read(case)
        if by_libyaml.findings and by_libyaml.findings[0].code == "Y001":
            continue
        with patch.object(loader, "LIBYAML", parsers.PURE_PYTHON):
            by_python = read(case)
        if by_python.findings and by_python.findings[0].code == "Y001":
            continue  # libyaml reads it (tabs where YAML 1.2 allows them): never read by the fallback
        both += 1
        if _as_read(by_python) != _as_read(by_libyaml):
            differ.add(case.id)
    assert both > 250
    assert differ == PYTHON_READS_OTHERWISE


def _as_read(source: Source) -> tuple[object, ...]:
    paths = loader.paths_of(source.data) or []
    return source.data, [source.position(p) for p in paths], source.spellings, source.findings


def test_a_sample_of_the_suite_through_the_cli(tmp_path, cli):
    """Every fifth test as a file of a repository: the run ends in 0 or 1, no internal error,
    and every file has at least the findings the reader gave it, at the same places."""
    cases = list({c.id: c for c in suite_cases()}.values())[::5]
    for case in cases:
        shutil.copyfile(case.folder / "in.yaml", tmp_path / f"{case.id.replace('/', '-')}.yaml")
    run = cli("validate", tmp_path, "--format", "json", "--no-cache", "--today", "2026-06-30")
    assert run.code in (0, 1), run.err
    assert "internal error" not in run.out + run.err
    found = {(f["path"], f["code"], f["line"], f["column"]) for f in run.json["findings"]}
    for case in cases:
        name = f"{case.id.replace('/', '-')}.yaml"
        path = next(p for p, *_ in found if p.endswith(name)) if read(case).findings else name
        assert {(path, f.code, f.line, f.column) for f in read(case).findings} <= found, case.id
