"""docs/rules.md is generated from the rules' metadata, and SARIF's helpUri points into it."""

from __future__ import annotations

import re

from conftest import ROOT

from styrcheck.checks.registry import all_rules
from styrcheck.report import RULES_DOCS_URL
from styrcheck.report.rules_markdown import anchor

RULES_MD = ROOT / "docs" / "rules.md"


def test_rules_md_is_up_to_date(cli):
    """If this fails, regenerate: `styrcheck rules --format markdown > docs/rules.md`."""
    run = cli("rules", "--format", "markdown")
    assert run.code == 0
    assert RULES_MD.read_text(encoding="utf-8") == run.out


def test_every_rule_has_the_anchor_help_uri_points_to():
    headings = re.findall(r"^## (.+)$", RULES_MD.read_text(encoding="utf-8"), flags=re.MULTILINE)
    # GitHub's anchors: lower case, spaces to dashes, other punctuation dropped.
    anchors = {re.sub(r"[^a-z0-9_ -]", "", h.lower()).replace(" ", "-") for h in headings}
    for rule in all_rules():
        assert anchor(rule) in anchors, f"{rule.code}: docs/rules.md has no heading for {RULES_DOCS_URL}#{anchor(rule)}"


def test_the_rules_table_is_in_the_chosen_language(cli):
    """Headers and severities follow --lang; JSON keeps its English values."""
    run = cli("rules", "--lang", "sv")
    head, *rows = run.out.splitlines()
    assert run.code == 0 and head.split() == ["kod", "namn", "allvarlighet", "taggar", "sammanfattning"]
    first = {row.split()[0]: row.split()[2] for row in rows if re.match(r" [A-Z]\d{3} ", row)}
    assert first["D001"] == "fel" and first["D002"] == "varning" and first["G009"] == "info"
    run = cli("rules", "--lang", "en")
    head, *rows = run.out.splitlines()
    assert head.split() == ["code", "name", "severity", "tags", "summary"]
    severities = {row["code"]: row["severity"] for row in cli("rules", "--lang", "sv", "--format", "json").json}
    assert severities["D002"] == "warning"
