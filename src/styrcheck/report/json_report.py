"""`--format json`: a stable, documented shape (docs/output.md), version 1."""

from __future__ import annotations

import json
from typing import Any

from styrcheck import __version__
from styrcheck.checks.registry import lookup
from styrcheck.core.diagnostics import Finding
from styrcheck.i18n import message
from styrcheck.pipeline.baseline import Outcome, is_baselined
from styrcheck.pipeline.result import Result
from styrcheck.report import ReportContext

SCHEMA_VERSION = 1


def finding_record(finding: Finding, lang: str) -> dict[str, Any]:
    rule = lookup(finding.code)
    accepted = None if is_baselined(finding) else finding.accepted
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
        "accepted": None
        if accepted is None
        else {
            "reason": accepted.reason,
            "decision": accepted.decision,
            "decided_by": accepted.decided_by,
            "until": accepted.until,
        },
        "baselined": is_baselined(finding),
    }


def summary(result: Result) -> dict[str, int]:
    failing = result.failing
    baselined = sum(is_baselined(f) for f in result.findings)
    return {
        "files": result.files,
        "documents": result.documents,
        "errors": sum(f.severity.name == "ERROR" for f in failing),
        "warnings": sum(f.severity.name == "WARNING" for f in failing),
        "infos": sum(f.severity.name == "INFO" for f in failing),
        "accepted": len(result.findings) - len(failing) - baselined,
        "baselined": baselined,
    }


def baseline_record(outcome: Outcome) -> dict[str, Any]:
    return {
        "file": outcome.file,
        "entries": outcome.entries,
        "fixed": [
            {"document": e.document, "rule": e.code, "subject": e.subject, "count": e.count, "path": e.path}
            for e in outcome.fixed
        ],
    }


def render(result: Result, lang: str, context: ReportContext = ReportContext()) -> str:
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "styrcheck", "version": __version__},
        "summary": summary(result),
        "findings": [finding_record(f, lang) for f in result.findings],
    }
    if result.baseline is not None:
        document["baseline"] = baseline_record(result.baseline)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
