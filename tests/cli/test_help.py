"""`--help` follows the language: Swedish under a `sv_*` locale or with `--lang sv`, English
otherwise or with `--lang en`; every command and option has its help in both (cli/help.py)."""

from __future__ import annotations

import pytest
import typer

from installed import styrcheck
from styrcheck.cli import app
from styrcheck.cli.help import TEXTS, commands, text


def test_styrcheck_help_is_swedish_under_a_swedish_locale(tmp_path):
    run = styrcheck("--help", cwd=tmp_path, env={"LANG": "sv_SE.UTF-8", "LC_ALL": None, "LC_MESSAGES": None})
    assert run.code == 0 and run.err == ""
    lines = run.out.splitlines()
    assert lines[0] == "Användning: styrcheck [OPTIONS] COMMAND [ARGS]..."
    assert "  Kontrollerar metadata för en kommuns styrande dokument mot dess styrmodell." in lines
    assert "Flaggor:" in lines and "Kommandon:" in lines
    assert "  --help          Visa den här hjälpen och avsluta." in lines
    assert "  validate  Kontrollera styrande dokument och rapportera varje fynd." in lines


def test_styrcheck_alone_shows_the_swedish_help(tmp_path):
    """No command: the help, as `--help` gives it (not a usage error quoting the help)."""
    run = styrcheck(cwd=tmp_path, env={"LANG": "sv_SE.UTF-8", "LC_ALL": None, "LC_MESSAGES": None})
    assert run.code == 2 and run.out == ""
    assert run.err.splitlines()[:3] == [
        "Användning: styrcheck [OPTIONS] COMMAND [ARGS]...",
        "",
        "  Kontrollerar metadata för en kommuns styrande dokument mot dess styrmodell.",
    ]


@pytest.mark.parametrize("locale", ["sv_SE.UTF-8", "C.UTF-8"])
def test_validate_help_follows_lang_over_the_locale(cli, monkeypatch, locale):
    monkeypatch.setenv("LANG", locale)
    swedish = cli("validate", "--help", "--lang", "sv")
    english = cli("validate", "--lang", "en", "--help")
    assert swedish.code == english.code == 0
    assert swedish.out.splitlines()[:3] == [
        "Användning: styrcheck validate [OPTIONS] [PATH]...",
        "",
        "  Kontrollera styrande dokument och rapportera varje fynd.",
    ]
    assert "Argument:" in swedish.out and "Flaggor:" in swedish.out
    assert (
        "--fail-on <error|warning|info> Lägsta allvarlighet som underkänner körningen: fel, varning eller info"
        in _joined(swedish.out)
    )
    assert english.out.splitlines()[:3] == [
        "Usage: styrcheck validate [OPTIONS] [PATH]...",
        "",
        "  Check steering documents and report every finding.",
    ]
    assert "Arguments:" in english.out and "Options:" in english.out
    assert "--fail-on <error|warning|info> Lowest severity that fails the run: error, warning or info" in _joined(
        english.out
    )
    assert cli("validate", "--help", "--lang=sv").out == swedish.out


def _joined(help: str) -> str:
    """The help with its lines and columns joined by single spaces: phrases, however wrapped."""
    return " ".join(help.split())


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (("--lang", "sv", "--help"), "Användning: styrcheck [OPTIONS] COMMAND [ARGS]..."),
        (("profile", "--lang", "sv", "--help"), "Användning: styrcheck profile [OPTIONS] COMMAND [ARGS]..."),
        (("--lang", "sv", "validate", "--help"), "Användning: styrcheck validate [OPTIONS] [PATH]..."),
    ],
)
def test_lang_before_a_command_gives_its_help_in_that_language(cli, monkeypatch, args, first):
    monkeypatch.setenv("LANG", "C.UTF-8")
    run = cli(*args)
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines()[0] == first


def test_validate_help_follows_the_locale(cli, monkeypatch):
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert "  Kontrollera styrande dokument och rapportera varje fynd." in cli("validate", "--help").out
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # LC_ALL decides over LANG, as for messages
    assert "  Check steering documents and report every finding." in cli("validate", "--help").out


def test_defaults_and_required_are_said_in_swedish(cli):
    out = cli("due", "--help", "--lang", "sv").out
    assert "[standard: 90d]" in out and "[default:" not in out
    out = cli("explain", "--help", "--lang", "sv").out
    assert "[krävs]" in out and "[required]" not in out


def _keys() -> list[tuple[str, str]]:
    """(command, key) of the command line itself, every command, and each of their options and
    arguments (the help option too), as cli/help.py looks them up."""
    group = typer.main.get_command(app)
    found = []
    for name, command in commands(group):
        found.append((name, name))
        context = command.context_class(command)
        found += [(name, param.opts[0]) for param in [*command.params, command.get_help_option(context)]]
    return found


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_command_and_option_has_its_help_in_both_languages(lang):
    missing = []
    for command, key in _keys():
        try:
            text(lang, command, key)
        except KeyError:
            missing.append(f"{command} {key}")
    assert missing == [], f"cli/help.py has no {lang} text for: {', '.join(missing)}"


def test_the_help_tables_hold_nothing_else_and_swedish_is_translated():
    keys = _keys()
    used = {command for command, key in keys if key == command}
    used |= {f"{command} {key}" for command, key in keys} | {key for _, key in keys}
    assert set(TEXTS["sv"]) == set(TEXTS["en"]) and set(TEXTS["sv"]) <= used
    assert [key for key in TEXTS["sv"] if TEXTS["sv"][key] == TEXTS["en"][key]] == []
