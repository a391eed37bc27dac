"""Every rule's case file (src/styrcheck/cases/CODE.yaml): the failing example triggers the
rule and the passing one does not, with exactly the findings listed, by code, file and line.

A file's value is its UTF-8 text, or a mapping for what text cannot hold:
`{base64: ...}` (raw bytes, e.g. another encoding) or `{symlink: target}`; either may add
`description:` (text, or {sv: ..., en: ...}), which `styrcheck explain` shows instead."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from ci_fixtures import skip_or_fail

from styrcheck.checks.registry import all_rules
from styrcheck.core.profile import load
from styrcheck.explain import CASES, load_case

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")
RULES = {r.code: r for r in all_rules()}
CODES = list(RULES)
PROFILE = load()  # the bundled default, which a case without styrcheck.yaml is checked with


def severities(code: str) -> set[str]:
    """What the profile makes a finding of `code`: one severity, or one per message variant
    that has its own (`D007.lag: error` beside `D007: warning`)."""
    return {str(PROFILE.severity(code, key)) for key in RULES[code].messages}


def write_case_files(root: Path, files: dict[str, str | dict[str, str]]) -> None:
    for name, content in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        elif "base64" in content:
            target.write_bytes(base64.b64decode(content["base64"]))
        else:
            try:
                os.symlink(content["symlink"], target)
            except OSError:  # Windows without the right to make links
                skip_or_fail("symbolic links are not available here")


@pytest.mark.parametrize("part", ["fail", "pass"])
@pytest.mark.parametrize("code", CODES)
def test_rule_case(code, part, tmp_path, monkeypatch, cli):
    case = load_case(code)
    assert case is not None, f"src/styrcheck/cases/{code}.yaml is missing"
    example = case[part]
    files = dict(example["files"])
    files.setdefault("organisation.yaml", ORGANISATION)
    write_case_files(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", str(case.get("today", "2024-06-01")))
    expected = sorted(example.get("expect") or [])
    assert run.findings() == expected, run.out
    codes = {f.split()[0] for f in expected}
    if part == "fail":
        assert code in codes, f"the failing case of {code} must trigger {code}"
    else:
        assert code not in codes, f"the passing case of {code} must not trigger {code}"
    # Exit 1 exactly when an expected finding is an error (--fail-on's default). Each finding's
    # severity is the profile's for its code; where a variant has its own, it must be one of them.
    assert "styrcheck.yaml" not in files, "a case is checked with the default profile and settings"
    reported = sorted((f"{f['code']} {f['path']}:{f['line']}", f["severity"]) for f in run.json["findings"])
    for finding, severity in reported:
        assert severity in severities(finding.split()[0]), (finding, severity)
    accepted_errors = [f for f in run.json["findings"] if f["accepted"] and f["severity"] == "error"]
    assert not accepted_errors, "an accepted error never fails the run: tell such cases apart here"
    assert run.code == (1 if any(severity == "error" for _, severity in reported) else 0), run.out
