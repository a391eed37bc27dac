"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Every rule that ran is described (name, short and full description, help text and Markdown, default
level, helpUri to docs/rules.md). Paths are relative to the repository root under the base
id %SRCROOT%. Findings accepted by an avsteg are suppressed "inSource", those a baseline
holds "external"; with a baseline each result also says whether it is new.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from styrcheck import __version__
from styrcheck.checks.registry import Rule, all_rules
from styrcheck.core.diagnostics import Finding, Severity
from styrcheck.i18n import message
from styrcheck.pipeline.baseline import is_baselined
from styrcheck.pipeline.result import Result
from styrcheck.report import RULES_DOCS_URL, ReportContext, fingerprints
from styrcheck.report.rules_markdown import anchor, help_markdown, help_text

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
FINGERPRINT = "styrcheck/v1"
INFORMATION_URI = RULES_DOCS_URL.rsplit("/blob/", 1)[0]
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(result: Result, lang: str, context: ReportContext = ReportContext()) -> str:
    rules = [rule for rule in all_rules() if context.level(rule.code) is not None]  # the rules that ran
    index = {rule.code: i for i, rule in enumerate(rules)}
    located = [f for f in result.findings if f.key != "crashed"]
    crashes = [f for f in result.findings if f.key == "crashed"]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "styrcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "language": lang,
                "rules": [_descriptor(rule, lang, context) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not result.crashed,
                "toolExecutionNotifications": [
                    {
                        "level": "error",
                        "message": {"text": message(f, lang)},
                        "descriptor": {"id": f.code, "index": index[f.code]} if f.code in index else {"id": f.code},
                    }
                    for f in crashes
                ],
            }
        ],
        "originalUriBaseIds": {ROOT_ID: {"uri": (context.root or Path.cwd()).resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(f, print_, index, lang, context, result.baseline is not None)
            for f, print_ in zip(located, fingerprints(located))
        ],
    }
    document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _descriptor(rule: Rule, lang: str, context: ReportContext) -> dict[str, Any]:
    level = context.level(rule.code)
    url = f"{RULES_DOCS_URL}#{anchor(rule)}"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary_in(context.profile).get(lang)},
        "fullDescription": {"text": rule.why_in(context.profile).get(lang)},
        "help": {
            "text": help_text(rule, lang, context.profile),
            "markdown": help_markdown(rule, lang, url, context.profile),
        },
        "helpUri": url,
        "defaultConfiguration": {"enabled": level is not None, "level": _LEVEL[level] if level else "none"},
        "properties": {"tags": list(rule.tags)},
    }


def _result(
    finding: Finding, fingerprint: str, index: dict[str, int], lang: str, context: ReportContext, with_baseline: bool
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _LEVEL[finding.severity],
        "message": {"text": message(finding, lang)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(finding.path, context),
                    "region": {"startLine": max(finding.line, 1), "startColumn": max(finding.column, 1)},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    if finding.code in index:
        record["ruleIndex"] = index[finding.code]
    if finding.document:
        record["properties"] = {"document": finding.document, "subject": finding.subject}
    if finding.accepted is not None:
        record["suppressions"] = [_suppression(finding)]
    if with_baseline:
        record["baselineState"] = "unchanged" if is_baselined(finding) else "new"
    return record


def _artifact(path: str, context: ReportContext) -> dict[str, Any]:
    relative = context.relative(path)
    if relative is None:  # outside the repository: an absolute file URI
        return {"uri": Path(path).resolve().as_uri()}
    return {"uri": quote(relative), "uriBaseId": ROOT_ID}


def _suppression(finding: Finding) -> dict[str, Any]:
    accepted = finding.accepted
    assert accepted is not None
    if is_baselined(finding):
        return {
            "kind": "external",
            "status": "accepted",
            "justification": f"In the baseline {getattr(accepted, 'file', '')}".strip(),
        }
    details = [
        f"{label}: {value}"
        for label, value in (
            ("beslut", accepted.decision),
            ("beslutad_av", accepted.decided_by),
            ("giltig_till", accepted.until),
        )
        if value
    ]
    justification = accepted.reason + (f" ({', '.join(details)})" if details else "")
    return {"kind": "inSource", "status": "accepted", "justification": justification}
