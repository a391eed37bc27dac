"""JUnit XML: valid against the Surefire schema CI systems read; failures follow --fail-on."""

from __future__ import annotations

from lxml import etree

from ci_fixtures import NORRKOPING, STABLE, ci_repo, felaktigt_or_skip, schema  # noqa: F401
from conftest import ROOT


def validate_junit(text: str) -> etree._Element:
    xsd = etree.XMLSchema(etree.parse(str(schema("junit-10.xsd"))))
    document = etree.fromstring(text.encode("utf-8"))
    assert xsd.validate(document), xsd.error_log
    return document


def test_fixture_validates(ci_repo, cli):
    run = cli("validate", ".", "--format", "junit", *STABLE)
    root = validate_junit(run.out)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "2", "0")
    assert [c.get("name") for c in root.iter("testcase") if c.find("failure") is not None] == [
        "G001 goal-area-count (9:1)", "Y001 yaml-syntax (4:1)"]
    assert [c.get("name") for c in root.iter("testcase") if c.find("skipped") is not None] == [
        "G001 goal-area-count (13:1)"]  # accepted by an avsteg


def test_fail_on_warning_makes_warnings_failures(ci_repo, cli):
    run = cli("validate", ".", "--format", "junit", "--fail-on", "warning", *STABLE)
    root = validate_junit(run.out)
    assert root.get("failures") == "3"
    assert run.code == 1


def test_examples_felaktigt_validates(cli, monkeypatch):
    felaktigt = felaktigt_or_skip()
    monkeypatch.chdir(ROOT)
    run = cli("validate", felaktigt.relative_to(ROOT), "--format", "junit")
    root = validate_junit(run.out)
    assert int(root.get("failures")) > 0 and run.code == 1


def test_clean_run_is_one_passing_test(ci_repo, cli):
    run = cli("validate", "mal", "--format", "junit", "--select", "Y001", "--lang", "en")
    root = validate_junit(run.out)
    cases = list(root.iter("testcase"))
    assert [c.get("name") for c in cases] == ["2 documents in 2 files: no findings"]
    assert root.get("failures") == "0" and run.code == 0


def test_norrkoping_has_no_failures(cli, monkeypatch):
    monkeypatch.chdir(ROOT)
    run = cli("validate", NORRKOPING.relative_to(ROOT), "--format", "junit", "--today", "2026-11-23")
    root = validate_junit(run.out)
    assert root.get("failures") == "0" and run.code == 0
