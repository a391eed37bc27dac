"""SARIF 2.1.0: valid against the schema, with the rule metadata code scanning shows."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest
from ci_fixtures import NORRKOPING, STABLE, ci_repo, felaktigt_or_skip, require_git, schema  # noqa: F401
from conftest import ROOT, write_files

from styrcheck.report import RULES_DOCS_URL


def validate_sarif(text: str) -> dict:
    document = json.loads(text)
    sarif_schema = json.loads(schema("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    checker = jsonschema.FormatChecker()
    assert {"uri", "uri-reference", "date-time"} <= set(checker.checkers), "pip install 'jsonschema[format-nongpl]'"
    validator = jsonschema.validators.validator_for(sarif_schema)(sarif_schema, format_checker=checker)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []
    return document


def test_fixture_validates_and_describes_every_rule(ci_repo, cli):
    run = cli("validate", ".", "--format", "sarif", *STABLE)
    assert run.code == 1
    sarif = validate_sarif(run.out)
    (result_run,) = sarif["runs"]
    rules = result_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["G001", "M002", "Y001"]
    for rule in rules:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["helpUri"].startswith(RULES_DOCS_URL + "#")
    assert {r["id"]: r["defaultConfiguration"]["level"] for r in rules} == {
        "G001": "error", "M002": "warning", "Y001": "error"}  # M002: the fixture's styrcheck.yaml
    results = result_run["results"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert (ci_repo / location["artifactLocation"]["uri"]).is_file()
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
             "suppressions" in r) for r in results] == [
        ("G001", "error", 13, True), ("G001", "error", 9, False), ("M002", "warning", 11, False),
        ("Y001", "error", 4, False)]
    accepted = results[0]["suppressions"][0]
    assert accepted["kind"] == "inSource" and "KF 2018-12-17 § 201" in accepted["justification"]


def test_examples_felaktigt_validates(cli, monkeypatch):
    felaktigt = felaktigt_or_skip()
    monkeypatch.chdir(ROOT)
    run = cli("validate", felaktigt.relative_to(ROOT), "--format", "sarif", "--lang", "sv")
    assert run.code == 1, run.err
    sarif = validate_sarif(run.out)
    results = sarif["runs"][0]["results"]
    assert results, "examples/felaktigt has findings"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert all(uri.startswith("examples/felaktigt/") for uri in uris)  # relative to the repository root


def test_clean_repository_validates_with_no_results(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    run = cli("validate", NORRKOPING.relative_to(ROOT), "--format", "sarif", "--today", "2026-11-23")
    sarif = validate_sarif(run.out)
    assert sarif["runs"][0]["results"] == [] and run.code == 0


def test_uris_are_relative_to_the_git_root_wherever_styrcheck_runs(tmp_path, monkeypatch, cli):
    """Code scanning resolves paths against the repository root, not the working folder."""
    require_git()
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write_files(tmp_path / "docs" / "styrande dokument", {"mål.yaml": "id: x\ntyp: vision\n"})
    monkeypatch.chdir(tmp_path / "docs")
    run = cli("validate", ".", "--format", "sarif", "--select", "M001")
    sarif = validate_sarif(run.out)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"docs/styrande%20dokument/m%C3%A5l.yaml"}
    assert sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == Path(tmp_path).resolve().as_uri() + "/"


def test_a_file_outside_the_repository_gets_an_absolute_file_uri(tmp_path, monkeypatch, cli):
    require_git()
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    write_files(tmp_path, {"repo/a.yaml": "id: a\ntyp: vision\n", "utanför/b å.yaml": "id: b\ntyp: vision\n"})
    monkeypatch.chdir(tmp_path / "repo")
    run = cli("validate", ".", str(tmp_path / "utanför" / "b å.yaml"), "--format", "sarif", "--select", "M001")
    sarif = validate_sarif(run.out)  # 'uri' is checked as a URI
    locations = {r["locations"][0]["physicalLocation"]["artifactLocation"].get("uriBaseId", "-"):
                 r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert locations == {"%SRCROOT%": "a.yaml", "-": (tmp_path / "utanför" / "b å.yaml").resolve().as_uri()}


def test_baseline_suppresses_old_findings_and_marks_new_ones(ci_repo, cli):
    assert cli("baseline", ".", "-o", "baseline.json", *STABLE[2:]).code == 0
    (ci_repo / "riktlinjer" / "ny.yaml").write_text("id: ny\ntyp: riktlinje\ntitel: [trasig\n", encoding="utf-8")
    run = cli("validate", ".", "--format", "sarif", "--baseline", "baseline.json", *STABLE)
    results = validate_sarif(run.out)["runs"][0]["results"]
    states = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r["baselineState"]
              for r in results}
    assert states[("Y001", "riktlinjer/ny.yaml")] == "new"
    assert states[("Y001", "riktlinjer/utkast.yaml")] == "unchanged"
    kinds = [r["suppressions"][0]["kind"] for r in results if "suppressions" in r]
    assert sorted(kinds) == ["external", "external", "external", "inSource"]


def test_a_crashed_rule_is_a_failed_invocation(ci_repo, cli, monkeypatch):
    from dataclasses import replace

    from styrcheck.checks import registry as rules

    def boom(ctx):
        raise RuntimeError("trasig regel")

    monkeypatch.setitem(rules.RULES, "G001", replace(rules.lookup("G001"), check=boom))
    run = cli("validate", ".", "--format", "sarif", *STABLE)
    assert run.code == 2
    (invocation,) = validate_sarif(run.out)["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["descriptor"]["id"] == "G001" and "trasig regel" in notification["message"]["text"]


def test_rule_descriptions_speak_the_profile_in_use(cli):
    """Code scanning shows a rule's description beside each alert: in the words of the profile
    the repository uses (its ladders, its own quotes), not the default profile's."""
    run = cli("validate", str(ROOT / "examples" / "vara_felaktigt"), "--format", "sarif", "--lang", "en",
              "--today", "2026-11-23", "--no-cache")
    rules = {r["id"]: r for r in validate_sarif(run.out)["runs"][0]["tool"]["driver"]["rules"]}
    assert "Förvaltning (förvaltningschef) < Kommundirektör" in rules["D002"]["fullDescription"]["text"]
    for rule in rules.values():
        described = json.dumps([rule["shortDescription"], rule["fullDescription"], rule["help"]], ensure_ascii=False)
        assert "Norrköping" not in described and "kontorschef" not in described, rule["id"]
