"""Run the rules over a repository: select, check, set severities, apply deviations, sort."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date

from styrcheck.checks.registry import RULES, Context, Rule, all_rules, lookup
from styrcheck.core.diagnostics import Acceptance, Finding, Severity, make_args
from styrcheck.core.repository import Repository
from styrcheck.pipeline import runner
from styrcheck.pipeline.result import Result, Selection


def run(repo: Repository, selection: Selection = Selection(), jobs: int | None = 1) -> Result:
    """Every selected rule over `repo`; with `jobs` other than 1, across processes once the
    repository is large enough (None: one per core). The result is the same either way."""
    rules = [r for r in all_rules() if selection.wants(r)]
    wanted = {r.code for r in rules}
    found: list[Finding] = [f for f in repo.findings if f.code in wanted]
    crashed: list[str] = []
    checks = [r for r in rules if r.check is not None and not r.reviews]
    for rule, (findings, crash) in zip(checks, _check_all(repo, checks, jobs)):
        found.extend(findings)
        if crash:
            crashed.append(rule.code)
    # Reviewing rules (X002, X003) run last: they read what the others found.
    for rule in (r for r in rules if r.check is not None and r.reviews):
        findings, crash = _check(repo, rule, tuple(found), frozenset(wanted - set(crashed)))
        found.extend(findings)
        if crash:
            crashed.append(rule.code)
    found = _with_severities(found, repo, selection)
    found = _apply_deviations(found, repo)
    skipped = tuple(("profile", path) for path in repo.profiles)
    return Result(sorted(set(found)), len(repo.sources), len(repo.documents), crashed, skipped=skipped)


def _check(
    repo: Repository, rule: Rule, findings: Sequence[Finding] = (), checked: frozenset[str] = frozenset()
) -> tuple[list[Finding], bool]:
    """What one rule finds, and whether it crashed (a crash is reported, never skipped)."""
    try:
        return list(rule.check(Context(repo, rule, findings, checked))), False  # type: ignore[misc]
    except Exception as err:  # noqa: BLE001
        return [
            Finding(
                "", 0, 0, rule.code, Severity.ERROR, "crashed", make_args({"error": f"{type(err).__name__}: {err}"})
            )
        ], True


# Below this many documents the rules take less time than starting worker processes costs.
PARALLEL_MIN = 1000
_forked: Repository | None = None  # the repository a forked worker checks (see _check_all)


def _check_all(repo: Repository, rules: list[Rule], jobs: int | None) -> list[tuple[list[Finding], bool]]:
    """`_check` of every rule, in order; in forked worker processes when that pays.

    Forked, the workers share the parent's repository as it stands (copy-on-write), so
    nothing is sent to them but rule codes, and only findings come back. What the rules
    query in common (the graph, the indexes) is built first, once, in the parent."""
    workers = min(jobs or os.cpu_count() or 1, len(rules))
    if workers <= 1 or len(repo.documents) < PARALLEL_MIN or not runner.fork_is_safe():
        return [_check(repo, rule) for rule in rules]
    global _forked
    repo.prepare()
    _forked = repo
    try:
        # The rules that walk the whole graph (H) or every id (M) take longest: handed out
        # first, they do not leave one worker busy while the other waits.
        order = sorted(range(len(rules)), key=lambda i: rules[i].family not in "HM")
        done = dict(zip(order, runner.run_all(_check_forked, [rules[i].code for i in order], workers)))
        return [done[i] for i in range(len(rules))]
    finally:
        _forked = None


def _check_forked(code: str) -> tuple[list[Finding], bool]:
    assert _forked is not None
    return _check(_forked, RULES[code])


def _with_severities(findings: Iterable[Finding], repo: Repository, selection: Selection) -> list[Finding]:
    result = []
    for finding in findings:
        if finding.key == "crashed":
            result.append(finding)
            continue
        variant = f"{finding.code}.{finding.key}"  # a message variant may have its own severity
        if variant in selection.severities:
            severity = selection.severities[variant]
        elif finding.code in selection.severities:
            severity = selection.severities[finding.code]
        else:
            severity = repo.profile.severity(finding.code, finding.key)
        if severity is not None:
            result.append(finding.with_severity(severity))
    return result


def _apply_deviations(findings: list[Finding], repo: Repository) -> list[Finding]:
    """A finding of rule R on a document whose `avsteg` names R, with a reason that has not
    lapsed, is accepted: reported as such, never failing."""
    accepted = []
    for finding in findings:
        doc = repo.by_id.get(finding.document or "")
        deviation = _deviation_for(doc, finding.code, repo.today) if doc else None
        if deviation is not None:
            finding = finding.accept(deviation)
        accepted.append(finding)
    return accepted


def _deviation_for(doc, code: str, today: date) -> Acceptance | None:
    for deviation in doc.model.deviations:
        rule = lookup(deviation.rule or "")
        if rule is None or rule.code != code or not (deviation.reason or "").strip():
            continue
        if deviation.lapsed(today):
            continue
        return Acceptance(
            deviation.reason.strip(),
            deviation.decision,
            deviation.decided_by,
            deviation.until.isoformat() if deviation.until else None,
        )
    return None
