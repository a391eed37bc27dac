"""A comparison as the reviewer reads it: text (sv/en), Markdown for a merge-request comment,
JSON for tools (docs/output.md). Repository text is escaped per format by the functions the
reports use: `printable` for the terminal, rules_markdown's for Markdown, json for JSON."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from styrcheck import __version__
from styrcheck.core.diagnostics import Finding, Severity
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.text import printable
from styrcheck.diff.compare import Change, Comparison, DocumentChanges
from styrcheck.i18n import message
from styrcheck.report.json_report import finding_record
from styrcheck.report.rules_markdown import _cell
from styrcheck.report.rules_markdown import _md as _markdown

SCHEMA_VERSION = 1
MARKER = "<!-- styrcheck-diff -->"  # the comment CI updates in place (docs/ci.md)

# Each kind of change, worded; {subject}, {before} and {after} come from the repository.
KINDS: dict[str, T] = {
    "document-added": T("nytt dokument", "new document"),
    "document-removed": T("dokumentet är borttaget", "document removed"),
    "document-replaced": T("ersätts av {after}", "replaced by {after}"),
    "field": T("{subject}: {before} → {after}", "{subject}: {before} → {after}"),
    "goal-area-added": T("nytt målområde {subject}: {after}", "goal area added {subject}: {after}"),
    "goal-area-removed": T("målområdet {subject} är borttaget: {before}", "goal area removed {subject}: {before}"),
    "goal-area-renamed": T(
        "målområdet {subject} har bytt namn: {before} → {after}", "goal area {subject} renamed: {before} → {after}"
    ),
    "goal-area-moved": T(
        "målområdet {subject} har flyttats: {before} → {after}", "goal area {subject} moved: {before} → {after}"
    ),
    "goal-added": T("nytt mål {subject}: {after}", "goal added {subject}: {after}"),
    "goal-removed": T("målet {subject} är borttaget: {before}", "goal removed {subject}: {before}"),
    "goal-reworded": T(
        "målet {subject} är omformulerat: {before} → {after}", "goal {subject} reworded: {before} → {after}"
    ),
    "goal-moved": T("målet {subject} har flyttats: {before} → {after}", "goal {subject} moved: {before} → {after}"),
    "activity-added": T("ny aktivitet {subject}: {after}", "activity added {subject}: {after}"),
    "activity-removed": T("aktiviteten {subject} är borttagen: {before}", "activity removed {subject}: {before}"),
    "activity-reworded": T(
        "aktiviteten {subject} är omformulerad: {before} → {after}", "activity {subject} reworded: {before} → {after}"
    ),
    "activity-moved": T(
        "aktiviteten {subject} har flyttats: {before} → {after}", "activity {subject} moved: {before} → {after}"
    ),
    "fulfilment-changed": T(
        "måluppfyllelsen för {subject} är ändrad: {before} → {after}",
        "definition of fulfilment of {subject} changed: {before} → {after}",
    ),
    "indicator-added": T("ny indikator för {subject}: {after}", "indicator added to {subject}: {after}"),
    "indicator-removed": T(
        "indikator borttagen från {subject}: {before}", "indicator removed from {subject}: {before}"
    ),
    "indicator-changed": T(
        "indikator för {subject} ändrad: {before} → {after}", "indicator of {subject} changed: {before} → {after}"
    ),
    "derivation-added": T("{subject} utgår nu från {after}", "{subject} now derives from {after}"),
    "derivation-cut": T("{subject} utgår inte längre från {before}", "{subject} no longer derives from {before}"),
    "follow-through-lost": T(
        "målet {subject} följs inte längre upp av något mål eller någon aktivitet (tidigare: {before})",
        "goal {subject} is no longer followed through by any goal or activity (before: {before})",
    ),
    "deviation-added": T("nytt avsteg från {subject}: {after}", "deviation from {subject} added: {after}"),
    "deviation-removed": T(
        "avsteget från {subject} är borttaget: {before}", "deviation from {subject} removed: {before}"
    ),
    "deviation-changed": T(
        "avsteget från {subject} är ändrat: {before} → {after}", "deviation from {subject} changed: {before} → {after}"
    ),
    "deviation-lapsed": T(
        "avsteget från {subject} har löpt ut: giltig_till {before} → {after}",
        "deviation from {subject} has lapsed: giltig_till {before} → {after}",
    ),
}
_WORDS = {
    "sv": {
        "working": "arbetskopian",
        "added": "nytt",
        "added_n": "nya",
        "removed": "borttaget",
        "removed_n": "borttagna",
        "replaced": "ersatt",
        "replaced_n": "ersatta",
        "changed": "ändrat",
        "changed_n": "ändrade",
        "documents": "Dokument",
        "findings": "Fynd",
        "new": "nytt",
        "new_n": "nya",
        "fixed": "åtgärdat",
        "fixed_n": "åtgärdade",
        "none": "ingen förändring av styrmodellen",
        "new_head": "Nya fynd",
        "fixed_head": "Åtgärdade fynd",
        "skipped": "Inte lästa",
        "link": "länk",
        "submodule": "undermodul",
        "unsafe": "sökväg ut ur mappen",
        "by_doc": "Förändringar per dokument",
        "rule": "regel",
        "severity": "allvarlighet",
        "where": "var",
        "message": "meddelande",
        "failing": "underkänner",
    },
    "en": {
        "working": "working tree",
        "added": "added",
        "added_n": "added",
        "removed": "removed",
        "removed_n": "removed",
        "replaced": "replaced",
        "replaced_n": "replaced",
        "changed": "changed",
        "changed_n": "changed",
        "documents": "Documents",
        "findings": "Findings",
        "new": "new",
        "new_n": "new",
        "fixed": "fixed",
        "fixed_n": "fixed",
        "none": "no change to the steering model",
        "new_head": "New findings",
        "fixed_head": "Fixed findings",
        "skipped": "Not read",
        "link": "link",
        "submodule": "submodule",
        "unsafe": "path out of the folder",
        "by_doc": "Changes by document",
        "rule": "rule",
        "severity": "severity",
        "where": "where",
        "message": "message",
        "failing": "failing",
    },
}
_SIGN = {"added": "+", "removed": "-", "changed": "~"}


@dataclass(frozen=True)
class Report:
    """What the renderers need: the comparison and how each side was named."""

    comparison: Comparison
    base: str  # as the user named it
    head: str  # "" for the working tree
    base_commit: str | None
    head_commit: str | None
    skipped: tuple[tuple[str, str, str], ...]  # (side, path, link | submodule)
    fail_on: Severity


def _md(text: str) -> str:
    """Repository text in Markdown: no control characters (a line break would end a list
    item), and nothing Markdown reads as markup."""
    return _markdown(printable(text))


def change_text(change: Change, lang: str, escape=printable) -> str:
    values = {
        name: escape(value) if value is not None else "–"
        for name, value in (("subject", change.subject), ("before", change.before), ("after", change.after))
    }
    return KINDS[change.kind].get(lang).format(**values)


def _counts(report: Report, lang: str) -> tuple[str, str]:
    """The two summary sentences' contents: documents, then findings."""
    w = _WORDS[lang]
    status = Counter(d.status for d in report.comparison.documents)
    replaced = sum(c.kind == "document-replaced" for d in report.comparison.documents for c in d.changes)
    parts = [
        f"{n} {w[k] if n == 1 else w[k + '_n']}"
        for k, n in (
            ("added", status["added"]),
            ("removed", status["removed"]),
            ("replaced", replaced),
            ("changed", status["changed"]),
        )
        if n
    ]
    documents = ", ".join(parts) or w["none"]
    failing = report.comparison.failing(report.fail_on)
    new, fixed = len(report.comparison.new), len(report.comparison.fixed)
    findings = f"{new} {w['new'] if new == 1 else w['new_n']}, {fixed} {w['fixed'] if fixed == 1 else w['fixed_n']}"
    if failing:
        findings += f" ({len(failing)} {w['failing']})"
    return documents, findings


def _title(report: Report, lang: str) -> tuple[str, str]:
    return report.base, report.head or _WORDS[lang]["working"]


def _where(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}" if finding.path else "styrcheck"


def text(report: Report, lang: str) -> str:
    w = _WORDS[lang]
    base, head = _title(report, lang)
    documents, findings = _counts(report, lang)
    lines = [
        f"styrcheck diff {printable(base)} → {printable(head)}",
        f"{w['documents']}: {documents}",
        f"{w['findings']}: {findings}",
        "",
    ]
    for doc in report.comparison.documents:
        lines.append(f"{_SIGN[doc.status]} {_heading(doc, printable)}")
        lines += [f"    {change_text(change, lang)}" for change in doc.changes]
    if report.comparison.documents:
        lines.append("")
    for head_word, found in ((w["new_head"], report.comparison.new), (w["fixed_head"], report.comparison.fixed)):
        if found:
            lines.append(f"{head_word}:")
            lines += [f"  {f.code} {f.severity.word(lang)} {_where(f)} {message(f, lang)}" for f in found]
            lines.append("")
    if report.skipped:
        lines.append(f"{w['skipped']}:")
        lines += [f"  {printable(side)}: {printable(path)} ({w[kind]})" for side, path, kind in report.skipped]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _heading(doc: DocumentChanges, escape) -> str:
    title = f" {escape(doc.title)}" if doc.title else ""
    kind = f" ({escape(doc.type)})" if doc.type else ""
    path = f" [{escape(doc.path)}]" if doc.path else ""
    return f"{escape(doc.id)}{kind}{title}{path}"


def markdown(report: Report, lang: str) -> str:
    """A merge-request comment: the summary, then details folded."""
    w = _WORDS[lang]
    base, head = _title(report, lang)
    documents, findings = _counts(report, lang)
    lines = [
        MARKER,
        f"### styrcheck diff: {_md(base)} → {_md(head)}",
        "",
        f"**{w['documents']}:** {_md(documents)}  ",
        f"**{w['findings']}:** {_md(findings)}",
        "",
    ]
    if report.comparison.documents:
        lines += [f"<details><summary>{w['by_doc']} ({len(report.comparison.documents)})</summary>", ""]
        for doc in report.comparison.documents:
            lines += [f"**{_SIGN[doc.status]} {_heading(doc, _md)}**", ""]
            lines += [f"- {change_text(change, lang, _md)}" for change in doc.changes]
            lines.append("")
        lines += ["</details>", ""]
    for head_word, found in ((w["new_head"], report.comparison.new), (w["fixed_head"], report.comparison.fixed)):
        if found:
            lines += [
                f"<details><summary>{head_word} ({len(found)})</summary>",
                "",
                f"| {w['rule']} | {w['severity']} | {w['where']} | {w['message']} |",
                "|---|---|---|---|",
            ]
            lines += [
                f"| {f.code} | {f.severity.word(lang)} | {_cell(printable(_where(f)))} "
                f"| {_cell(printable(message(f, lang)))} |"
                for f in found
            ]
            lines += ["", "</details>", ""]
    if report.skipped:
        lines += [f"<details><summary>{w['skipped']} ({len(report.skipped)})</summary>", ""]
        lines += [f"- {_md(side)}: {_md(path)} ({w[kind]})" for side, path, kind in report.skipped]
        lines += ["", "</details>", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def to_json(report: Report, lang: str) -> str:
    comparison = report.comparison
    body: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "styrcheck", "version": __version__},
        "base": {"name": report.base, "commit": report.base_commit},
        "head": {"name": report.head or None, "commit": report.head_commit},
        "summary": {
            "added": sum(d.status == "added" for d in comparison.documents),
            "removed": sum(d.status == "removed" for d in comparison.documents),
            "replaced": sum(c.kind == "document-replaced" for d in comparison.documents for c in d.changes),
            "changed": sum(d.status == "changed" for d in comparison.documents),
            "new_findings": len(comparison.new),
            "fixed_findings": len(comparison.fixed),
            "failing": len(comparison.failing(report.fail_on)),
        },
        "documents": [
            {
                "id": d.id,
                "status": d.status,
                "title": d.title,
                "type": d.type,
                "path": d.path,
                "changes": [
                    {"kind": c.kind, "subject": c.subject, "before": c.before, "after": c.after} for c in d.changes
                ],
            }
            for d in comparison.documents
        ],
        "findings": {
            "new": [finding_record(f, lang) for f in comparison.new],
            "fixed": [finding_record(f, lang) for f in comparison.fixed],
        },
        "skipped": [{"side": side, "path": path, "kind": kind} for side, path, kind in report.skipped],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


FORMATS = {"text": text, "markdown": markdown, "json": to_json}
