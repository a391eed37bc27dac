"""`--format gitlab`: a GitLab Code Quality report (artifacts:reports:codequality).

A JSON array of issues: description, check_name, fingerprint, severity, location.path and
location.lines.begin. The fingerprint is stable across reformatting and moves (document,
rule and subject, never the line), so GitLab's merge-request widget shows only what is
really new or fixed. Accepted and baselined findings are left out.
"""

from __future__ import annotations

import json
from typing import Any

from styrcheck.checks.registry import lookup
from styrcheck.core.diagnostics import Severity
from styrcheck.i18n import message
from styrcheck.pipeline.result import Result
from styrcheck.report import ReportContext, fingerprints

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(result: Result, lang: str, context: ReportContext = ReportContext()) -> str:
    failing = [f for f in result.failing if f.key != "crashed"]  # a crash is no place in a file: exit 2 says it
    issues: list[dict[str, Any]] = []
    for finding, fingerprint in zip(failing, fingerprints(failing)):
        rule = lookup(finding.code)
        issues.append(
            {
                "type": "issue",
                "description": f"{finding.code} {message(finding, lang)}",
                "check_name": f"{finding.code} {rule.name}" if rule else finding.code,
                "categories": ["Clarity"],
                "fingerprint": fingerprint,
                "severity": SEVERITY[finding.severity],
                "location": {
                    "path": context.relative(finding.path) or finding.path,
                    "lines": {"begin": max(finding.line, 1)},
                },
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
