"""`styrcheck profile check FILE` and `styrcheck profile show [--profile X]`: a profile checked,
and printed fully resolved as YAML that `profile check` accepts and that checks documents
exactly as the profile it came from."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from ruamel.yaml import YAML


def test_check_accepts_a_good_profile_in_either_language(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text("utökar: norrkoping\nnamn: Provkommun\n", encoding="utf-8")
    run = cli("profile", "check", "p.yaml")
    assert (run.code, run.out) == (0, "styrcheck: p.yaml: the profile Provkommun can be used (13 document types)\n")
    run = cli("profile", "check", "p.yaml", "--lang", "sv")
    assert (run.code, run.out) == (0, "styrcheck: p.yaml: profilen Provkommun går att använda (13 dokumenttyper)\n")


@pytest.mark.parametrize(
    "args",
    [
        ("--lang", "sv", "profile", "check", "p.yaml"),
        ("profile", "--lang", "sv", "check", "p.yaml"),
        ("--lang", "en", "profile", "check", "p.yaml", "--lang", "sv"),  # the command's own comes first
    ],
)
def test_lang_before_the_command_is_the_commands_language(cli, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C.UTF-8")
    (tmp_path / "p.yaml").write_text("utökar: norrkoping\nnamn: Provkommun\n", encoding="utf-8")
    run = cli(*args)
    assert (run.code, run.out) == (0, "styrcheck: p.yaml: profilen Provkommun går att använda (13 dokumenttyper)\n")


def test_check_of_a_missing_file_is_a_usage_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cli("profile", "check", "nothing.yaml")
    assert (run.code, run.err) == (2, "styrcheck: profile file not found: nothing.yaml\n")


def test_show_prints_what_check_accepts_and_validate_reads_the_same(cli, tmp_path, monkeypatch):
    run = cli("profile", "show")
    assert run.code == 0, run.err
    profile = YAML(typ="safe").load(run.out)
    assert profile["typ"] == "profil" and "utökar" not in profile
    assert profile["dokumenttyper"]["riktlinje"]["fält"] == ["slag", "ägare", "uppföljning"]
    assert profile["dokumenttyper"]["verksamhetsplan"]["fält"] == ["nämnd_informerad", "aktiviteter"]
    assert "modell" not in profile["dokumenttyper"]["vision"]
    shown = tmp_path / "visad.yaml"
    shown.write_text(run.out, encoding="utf-8")
    assert cli("profile", "check", shown).code == 0
    example = EXAMPLES / "felaktigt"
    before = cli("validate", example, "--format", "json", "--no-cache", "--today", "2026-01-15")
    after = cli("validate", example, "--format", "json", "--no-cache", "--today", "2026-01-15", "--profile", shown)
    assert before.code == after.code == 1
    assert json.loads(after.out)["findings"] == json.loads(before.out)["findings"]


def test_show_applies_utokar_and_reads_modell_as_its_groups(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text("utökar: norrkoping\ndokumenttyper:\n  plan:\n    namn: Plan\n"
                                     "    modell: inriktningsdokument\n    fält: [ägare]\n", encoding="utf-8")
    run = cli("profile", "show", "--profile", "p.yaml")
    assert run.code == 0, run.err
    plan = YAML(typ="safe").load(run.out)["dokumenttyper"]["plan"]
    assert plan == {"namn": "Plan", "fält": ["startbeslut", "beredning", "ägare"]}


def test_show_of_a_broken_profile_says_what_is_wrong(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text("utökar: norrkoping\nallvarlighet: {X009: error}\n", encoding="utf-8")
    run = cli("profile", "show", "--profile", "p.yaml")
    assert (run.code, run.out) == (2, "")
    assert run.err.startswith("styrcheck: p.yaml:2:16: error in the profile: 'X009' is not a rule"), run.err
