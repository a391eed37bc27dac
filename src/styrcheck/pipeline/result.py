"""What a run produces, and which rules it runs: below the engine that computes a Result and
the cache that keeps one, so that neither needs the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from styrcheck.core.diagnostics import ExitCode, Finding, Severity

if TYPE_CHECKING:
    from styrcheck.checks.registry import Rule
    from styrcheck.pipeline.baseline import Outcome


@dataclass
class Result:
    findings: list[Finding]  # sorted; accepted ones included, flagged
    files: int
    documents: int
    crashed: list[str] = field(default_factory=list)  # codes of rules that crashed
    baseline: Outcome | None = None  # set when a baseline was applied (styrcheck.pipeline.baseline)
    skipped: tuple[tuple[str, str], ...] = ()  # what was left out, said in the summary (discovery.Skip)

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if f.accepted is None]

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> ExitCode:
        if self.crashed:
            return ExitCode.ERROR
        if any(f.severity >= fail_on for f in self.failing):
            return ExitCode.FINDINGS
        return ExitCode.CLEAN


@dataclass(frozen=True)
class Selection:
    """Which rules run and how severe they are: the profile, then the user's choices."""

    select: frozenset[str] = frozenset()  # codes; empty means all
    ignore: frozenset[str] = frozenset()
    severities: dict[str, Severity | None] = field(default_factory=dict)  # None: off

    def wants(self, rule: Rule) -> bool:
        return (not self.select or rule.code in self.select) and rule.code not in self.ignore
