"""`--format junit`: JUnit XML (the Surefire schema most CI systems read).

One <testsuite> per file with findings, one <testcase> per finding: failing when at or above
the failing threshold (`--fail-on`), passing with the message as output when below it,
skipped when an avsteg or the baseline accepts it. A rule that crashed is an <error>. A run
without findings is one passing test case, so the report is never empty.
"""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from styrcheck.checks.registry import lookup
from styrcheck.core.diagnostics import Finding
from styrcheck.i18n import message
from styrcheck.pipeline.baseline import is_baselined
from styrcheck.pipeline.result import Result
from styrcheck.report import ReportContext


def render(result: Result, lang: str, context: ReportContext = ReportContext()) -> str:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_file[finding.path].append(finding)
    suites = ET.Element("testsuites", name="styrcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for path in sorted(by_file):
        suite = _suite(path, by_file[path], lang, context)
        suites.append(suite)
        for name in totals:
            totals[name] += int(suite.get(name, "0"))
    if not by_file:
        suite = ET.SubElement(suites, "testsuite", name="styrcheck", tests="1", failures="0", errors="0", skipped="0")
        ET.SubElement(suite, "testcase", name=_clean(result, lang), classname="styrcheck")
        totals["tests"] = 1
    for name, value in totals.items():
        suites.set(name, str(value))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _suite(path: str, findings: list[Finding], lang: str, context: ReportContext) -> ET.Element:
    name = (context.relative(path) or path) if path else "styrcheck"
    classname = name.rsplit(".", 1)[0].replace("/", ".") if path else "styrcheck"
    suite = ET.Element("testsuite", name=name)
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for finding in findings:
        counts["tests"] += 1
        rule = lookup(finding.code)
        title = f"{finding.code} {rule.name}" if rule else finding.code
        case = ET.SubElement(suite, "testcase", name=f"{title} ({finding.line}:{finding.column})", classname=classname)
        text = message(finding, lang)
        where = f"{name}:{finding.line}:{finding.column}"
        if finding.key == "crashed":
            counts["errors"] += 1
            ET.SubElement(case, "error", type=finding.code, message=text).text = text
        elif finding.accepted is not None:
            counts["skipped"] += 1
            reason = "baseline" if is_baselined(finding) else f"avsteg: {finding.accepted.reason}"
            ET.SubElement(case, "skipped", type=finding.code, message=f"{text} ({reason})")
        elif finding.severity >= context.fail_on:
            counts["failures"] += 1
            ET.SubElement(
                case, "failure", type=str(finding.severity), message=text
            ).text = f"{where} {finding.code} {finding.severity}: {text}"
        else:
            ET.SubElement(case, "system-out").text = f"{where} {finding.code} {finding.severity}: {text}"
    if path:
        suite.set("file", path)
    for key, value in counts.items():
        suite.set(key, str(value))
    return suite


def _clean(result: Result, lang: str) -> str:
    if lang == "sv":
        return f"{result.documents} dokument i {result.files} filer: inga fynd"
    return f"{result.documents} documents in {result.files} files: no findings"
