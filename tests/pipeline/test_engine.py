"""The engine on its own: the selected rules over an assembled repository, their severities,
avsteg, crashes, and a result that is sorted and free of duplicates."""

from __future__ import annotations

from dataclasses import replace

from units import dangling, files, repository

from styrcheck.checks.registry import RULES
from styrcheck.core.diagnostics import ExitCode, Severity
from styrcheck.pipeline.engine import run
from styrcheck.pipeline.result import Selection


def found(result) -> list[tuple[str, str, int, str]]:
    return [(f.code, f.path, f.line, str(f.severity)) for f in result.findings]


def test_only_the_selected_rules_run():
    result = run(repository(dangling()), Selection(select=frozenset({"H001"})))
    assert found(result) == [("H001", "uppdragsplan-2025.yaml", 9, "error")]
    assert (result.files, result.documents, result.crashed) == (6, 5, [])
    assert result.exit_code() is ExitCode.FINDINGS


def test_every_rule_runs_without_a_selection_and_the_findings_come_sorted_once_each():
    result = run(repository(dangling()))
    assert ("H001", "uppdragsplan-2025.yaml", 9, "error") in found(result)
    assert result.findings == sorted(set(result.findings))
    assert {f.code for f in result.findings} > {"H001"}


def test_an_ignored_rule_does_not_run():
    result = run(repository(dangling()), Selection(ignore=frozenset({"H001"})))
    assert "H001" not in {f.code for f in result.findings}


def test_a_severity_chosen_for_a_rule_replaces_the_profiles():
    selection = Selection(select=frozenset({"H001"}), severities={"H001": Severity.WARNING})
    result = run(repository(dangling()), selection)
    assert found(result) == [("H001", "uppdragsplan-2025.yaml", 9, "warning")]
    assert result.exit_code(Severity.ERROR) is ExitCode.CLEAN
    assert result.exit_code(Severity.WARNING) is ExitCode.FINDINGS


def test_a_rule_turned_off_reports_nothing():
    selection = Selection(select=frozenset({"H001"}), severities={"H001": None})
    assert run(repository(dangling()), selection).findings == []


def test_an_avsteg_that_names_the_rule_accepts_its_finding():
    texts = dangling()
    texts["uppdragsplan-2025.yaml"] += "avsteg:\n  - regel: H001\n    motivering: Målet är beslutat men inte inläst.\n"
    result = run(repository(texts), Selection(select=frozenset({"H001"})))
    [finding] = result.findings
    assert finding.accepted is not None and finding.accepted.reason == "Målet är beslutat men inte inläst."
    assert result.failing == [] and result.exit_code() is ExitCode.CLEAN


def test_a_rule_that_crashes_is_reported_and_fails_the_run_with_a_tool_error(monkeypatch):
    def broken(ctx):
        raise RuntimeError("rule broke")

    monkeypatch.setitem(RULES, "H001", replace(RULES["H001"], check=broken))
    result = run(repository(files()), Selection(select=frozenset({"H001", "H004"})))
    assert result.crashed == ["H001"]
    crash = ("H001", "crashed", (("error", "RuntimeError: rule broke"),))
    assert [(f.code, f.key, f.args) for f in result.findings] == [crash]
    assert result.exit_code() is ExitCode.ERROR


def test_the_result_is_the_same_whether_the_rules_run_in_one_process_or_several(monkeypatch):
    from styrcheck.pipeline import engine

    repo = repository(dangling())
    serial = run(repo, jobs=1)
    monkeypatch.setattr(engine, "PARALLEL_MIN", 1)
    assert run(repository(dangling()), jobs=2) == serial
