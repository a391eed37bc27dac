"""The rule texts (styrcheck/catalogue/sv.py and en.py): every rule's texts in both languages,
the same message keys and placeholders in each, and every message key one that a rule or the
loader can report."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import styrcheck
from styrcheck.catalogue import en, sv
from styrcheck.checks.registry import RULES, all_rules
from styrcheck.core.profile import default, type_words

PACKAGE = Path(styrcheck.__file__).resolve().parent
# Words of the profile a message may name (ctx.words): its goal word and the document's type.
TEXT_WORDS = set(default().text_words())  # what a summary or a reason may say: the goal word, the ladders
PROFILE_WORDS = set(default().goal_model.words()) | set(type_words(default().types()[0][1]))


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_every_rule_has_its_texts_in_swedish_and_english_and_no_text_is_without_a_rule():
    assert sv.RULES.keys() == en.RULES.keys() == RULES.keys()


@pytest.mark.parametrize("code", sorted(sv.RULES))
def test_both_languages_hold_the_same_texts_with_the_same_placeholders(code):
    ours, theirs = sv.RULES[code], en.RULES[code]
    assert set(ours) == set(theirs) == {"summary", "why", "messages"}  # quotes are the profile's (citat)
    assert list(ours["messages"]) == list(theirs["messages"])
    for key in ("summary", "why"):
        assert ours[key].strip() and theirs[key].strip()
        # a summary names no finding's values, only the profile's words (Rule.summary_in)
        assert placeholders(ours[key]) == placeholders(theirs[key]) <= TEXT_WORDS
    for key, text in ours["messages"].items():
        assert text.strip() and theirs["messages"][key].strip(), key
        # The profile's words are given in both languages; a language may leave one unsaid.
        said = PROFILE_WORDS
        assert placeholders(text) - said == placeholders(theirs["messages"][key]) - said, key


def reported_keys() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every string written in styrcheck's code outside the catalogue, and every f-string's
    shape as a pattern (f"{variant}-document" -> `.+-document`): the message keys it can report."""
    words: set[str] = set()
    shapes: list[re.Pattern[str]] = []
    for path in PACKAGE.rglob("*.py"):
        if "catalogue" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words.add(node.value)
            elif isinstance(node, ast.JoinedStr):
                parts = [re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in node.values]
                if any(isinstance(v, ast.Constant) for v in node.values):
                    shapes.append(re.compile("".join(parts)))
    return words, shapes


def test_every_message_key_is_one_the_code_can_report():
    words, shapes = reported_keys()
    unused = [f"{rule.code}.{key}" for rule in all_rules() for key in rule.messages
              if key != "default" and key not in words and not any(s.fullmatch(key) for s in shapes)]
    assert unused == []
