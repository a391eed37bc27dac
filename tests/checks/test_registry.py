"""The rule registry refuses what it cannot keep correct: a code or name twice, a reviewing
rule that claims to be local, a rule whose declarations incremental runs could not honour,
and rules without texts (or texts without a rule) in the catalogue."""

from __future__ import annotations

import pytest

from styrcheck.checks import registry
from styrcheck.checks.registry import RegistryError, Rule


@pytest.fixture
def scratch(monkeypatch):
    """A registry of its own, filled with the real rules, so that a refused rule leaves no trace."""
    monkeypatch.setattr(registry, "RULES", dict(registry.RULES))
    monkeypatch.setattr(registry, "_BY_NAME", dict(registry._BY_NAME))


def check(ctx):
    return []


@pytest.mark.parametrize("rule, refusal", [
    (Rule("G001", "another-name", ("goals",), check), "registered twice"),
    (Rule("Z001", "goal-area-count", ("goals",), check), "registered twice"),
    (Rule("Z001", "z", (), check, reviews=True, local=True), "cannot be local"),
    (Rule("Z001", "z", (), check, local=True, reads_free_text=lambda doc: True), "runs again on every edited"),
    (Rule("Z001", "z", (), None, local=True), "has no check"),
])
def test_the_registry_refuses_what_it_cannot_keep(scratch, rule, refusal):
    with pytest.raises(RegistryError, match=refusal):
        registry._register(rule)
    assert registry.RULES.get(rule.code) != rule


def test_a_rule_without_texts_is_refused_when_the_registry_is_checked(scratch):
    registry._register(Rule("Z001", "z", (), check))
    with pytest.raises(RegistryError, match="Z001: no texts in the catalogue"):
        registry.check_catalogue()


def test_texts_without_a_rule_are_refused(scratch):
    del registry.RULES["G001"]
    with pytest.raises(RegistryError, match="G001: texts, but no such rule"):
        registry.check_catalogue()


def test_a_rule_that_reads_other_documents_free_texts_says_which():
    """G008 reads the words of documents that may have no goals: an edit to them must not be
    taken for one that other documents cannot see (cache/incremental.py)."""
    readers = {r.code for r in registry.all_rules() if r.reads_free_text is not None}
    assert readers == {"G008"}
