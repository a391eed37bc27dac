"""validate on its own: paths and options in, the repository and a Result out, taken in one
straight line from the scope, the cache, an incremental re-check or a full run, which all
give the same result."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import write_files
from units import TODAY, dangling

from styrcheck.core.profile import load
from styrcheck.pipeline import engine, reading, validate
from styrcheck.pipeline.options import Options


def shown(result) -> list[tuple[str, str, int]]:
    return [(f.code, f.path, f.line) for f in result.findings]


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    write_files(tmp_path, dangling())
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def options() -> Options:
    return Options(load(), TODAY, jobs=1)


def test_validate_gives_the_repository_and_what_the_engine_finds_in_it(repo, options):
    checked, result = validate.validate([Path(".")], options)
    ids = ["mal-2023", "program-2023", "up-2025", "vision-2035", "vp-2025"]
    assert sorted(doc.id for doc in checked.documents) == ids
    assert result == engine.run(checked)
    assert ("H001", "uppdragsplan-2025.yaml", 9) in shown(result)


def test_a_warm_run_takes_the_result_from_the_cache_without_reading_a_file(repo, options, monkeypatch):
    cached = replace(options, cache_root=repo / "cache")
    cold = validate.check([Path(".")], cached)

    def no_reading(*args, **kwargs):
        raise AssertionError("a warm run read the files")

    monkeypatch.setattr(reading, "load", no_reading)
    assert validate.check([Path(".")], cached) == cold


def test_an_edited_free_text_is_checked_again_without_a_full_run(repo, options, monkeypatch):
    cached = replace(options, cache_root=repo / "cache")
    validate.check([Path(".")], cached)
    plan = repo / "uppdragsplan-2025.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("titel: Up 2025", "titel: Uppdragsplan 2025"),
                    encoding="utf-8")
    full = validate.check([Path(".")], options)

    def no_full_check(*args, **kwargs):
        raise AssertionError("the edit was checked in full")

    monkeypatch.setattr(validate, "_checked", no_full_check)
    assert validate.check([Path(".")], cached) == full


def test_a_file_checked_in_its_repository_reports_its_own_findings_among_the_others(repo, options):
    in_context = replace(options, context=repo.resolve())
    result = validate.check([Path("uppdragsplan-2025.yaml")], in_context)
    assert {path for _, path, _ in shown(result)} == {"uppdragsplan-2025.yaml"}
    assert ("H001", "uppdragsplan-2025.yaml", 9) in shown(result)
    assert (result.files, result.documents) == (1, 1)
    assert validate.check([Path("vision.yaml")], in_context).findings == []


def test_findings_ignored_per_file_are_left_out(repo, options):
    ignoring = replace(options, per_file_ignores=(("uppdragsplan-*.yaml", frozenset({"H001"})),))
    assert "H001" not in {code for code, _, _ in shown(validate.check([Path(".")], ignoring))}
