"""`--format json`: a stable, documented shape (docs/output.md), version 1."""

from __future__ import annotations

import json
from typing import Any

from styrcheck import __version__
from styrcheck.diagnostics import Finding
from styrcheck.engine import Result
from styrcheck.i18n import message
from styrcheck.rules import lookup

SCHEMA_VERSION = 1


def finding_record(finding: Finding, lang: str) -> dict[str, Any]:
    rule = lookup(finding.code)
    accepted = finding.accepted
    return {
        "code": finding.code,
        "name": rule.name if rule else finding.code,
        "severity": str(finding.severity),
        "message": message(finding, lang),
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "document": finding.document,
        "subject": finding.subject,
        "accepted": None if accepted is None else {
            "reason": accepted.reason, "decision": accepted.decision,
            "decided_by": accepted.decided_by, "until": accepted.until,
        },
    }


def summary(result: Result) -> dict[str, int]:
    failing = result.failing
    return {
        "files": result.files,
        "documents": result.documents,
        "errors": sum(f.severity.name == "ERROR" for f in failing),
        "warnings": sum(f.severity.name == "WARNING" for f in failing),
        "infos": sum(f.severity.name == "INFO" for f in failing),
        "accepted": len(result.findings) - len(failing),
    }


def render(result: Result, lang: str) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "styrcheck", "version": __version__},
        "summary": summary(result),
        "findings": [finding_record(f, lang) for f in result.findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
