"""Y001 speaks the user's language for libyaml's common complaints: each broken file gets a
located Swedish message of its own, not the parser's English."""

from __future__ import annotations

import pytest

from conftest import write_files

CASES = [
    ("titel: Riktlinje: resor\n", "1:17", "Ett kolon följt av mellanslag"),
    ("a: [b, c\n", "2:1", "En lista inom [ ]"),
    ('a: "x\n', "2:1", "Filen tar slut mitt i ett värde"),
    ('a: "\\q"\n', "1:5", "Ett omvänt snedstreck"),
    ("a: @x\n", "1:4", "Värdet börjar med ett tecken"),
    ("a: *x\n", "1:4", "Ett alias (*namn)"),
    ("a:\n  - b\n c: d\n", "3:2", "Indraget stämmer inte"),
    ("a:\n\tb: c\n", "2:1", "Tabbtecken i indraget"),
    ("a: b\n---\nc: d\n", "2:1", "flera YAML-dokument"),
]


@pytest.mark.parametrize(("content", "where", "words"), CASES)
def test_common_yaml_errors_get_swedish_messages(content, where, words, tmp_path, monkeypatch, cli):
    write_files(tmp_path, {"trasig.yaml": content})
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--format", "json", "--lang", "sv", "--no-cache")
    assert run.code == 1
    [finding] = run.json["findings"]
    assert (finding["code"], f"{finding['line']}:{finding['column']}") == ("Y001", where)
    assert words in finding["message"]
    assert "engelska" not in finding["message"]


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("titel: Riktlinje: resor\n", 'titel: "Riktlinje: resor"'),
        ("mål:\n  - text: Målet: fler\n", '- text: "Målet: fler"'),
        ('titel: Plan: "Trygg stad"\n', 'titel: "Plan: \\"Trygg stad\\""'),
    ],
)
def test_a_colon_in_a_value_is_answered_with_the_line_quoted(line, fix, tmp_path, monkeypatch, cli):
    """The line as it should be written, which reads back as the value the user meant."""
    from ruamel.yaml import YAML

    write_files(tmp_path, {"trasig.yaml": line})
    monkeypatch.chdir(tmp_path)
    [finding] = cli("validate", ".", "--format", "json", "--lang", "sv", "--no-cache").json["findings"]
    assert finding["message"].endswith(f"Sätt värdet inom citattecken: {fix}")
    key, value = YAML(typ="safe").load(fix.removeprefix("- ")).popitem()
    assert f"{key}: {value}" == line.splitlines()[-1].strip().removeprefix("- ")


def test_a_colon_in_a_value_with_a_comment_gets_the_example_instead(tmp_path, monkeypatch, cli):
    write_files(tmp_path, {"trasig.yaml": "titel: A: b # anteckning\n"})
    monkeypatch.chdir(tmp_path)
    [finding] = cli("validate", ".", "--format", "json", "--lang", "sv", "--no-cache").json["findings"]
    assert finding["message"].endswith('till exempel titel: "Riktlinje: resor i tjänsten".')
