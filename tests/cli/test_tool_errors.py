"""Usage and tool errors (exit 2) in the user's language: English by default, Swedish with
`--lang sv`, a Swedish locale or `språk: sv`, and always without a traceback."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from ci_fixtures import ci_repo  # noqa: F401
from conftest import ROOT

from styrcheck.core.errors import MESSAGES, ToolError, render

# (what to run, files to write first, the English line, the Swedish line): whole lines where the
# message is short, the start of it where it goes on with a list.
CASES = {
    "missing path": (
        ("validate", "finns-inte"), {},
        "styrcheck: no such file or folder: finns-inte",
        "styrcheck: filen eller mappen finns inte: finns-inte"),
    "configuration not found": (
        ("validate", ".", "--config", "saknas.yaml"), {},
        "styrcheck: configuration file not found: saknas.yaml",
        "styrcheck: konfigurationsfilen finns inte: saknas.yaml"),
    "broken configuration": (
        ("validate", "."), {"styrcheck.yaml": "typ: styrcheck\nvälj: [G001\n"},
        "styrcheck: styrcheck.yaml:3:1: cannot read the configuration (Y001: not valid YAML)",
        "styrcheck: styrcheck.yaml:3:1: konfigurationen går inte att läsa (Y001: inte giltig YAML)"),
    "unknown setting": (
        ("validate", "."), {"styrcheck.yaml": "typ: styrcheck\nignorer: [G009]\n"},
        "styrcheck: styrcheck.yaml:2:1: unknown setting 'ignorer'; did you mean 'ignorera'? known: typ,",
        "styrcheck: styrcheck.yaml:2:1: okänd inställning 'ignorer'; menade du 'ignorera'? kända: typ,"),
    "unknown profile": (
        ("validate", ".", "--profile", "saknas"), {},
        "styrcheck: unknown profile 'saknas'; bundled profiles: norrkoping",
        "styrcheck: okänd profil 'saknas'; profiler som följer med styrcheck: norrkoping"),
    "broken baseline": (
        ("validate", ".", "--baseline", "baslinje.json"), {"baslinje.json": '{"entries": 3}\n'},
        "styrcheck: baslinje.json: not a styrcheck baseline (write one with `styrcheck baseline`)",
        "styrcheck: baslinje.json: inte en baslinje från styrcheck (skriv en med `styrcheck baseline`)"),
    "unknown rule in --select": (
        ("validate", ".", "--select", "G001,X999"), {},
        "styrcheck: --select: unknown rule, tag or family 'X999'; `styrcheck rules` lists codes, names and tags",
        "styrcheck: --select: okänd regel, tagg eller familj 'X999'; `styrcheck rules` listar koder, namn och taggar"),
    "bad --within": (
        ("due", ".", "--within", "snart"), {},
        "styrcheck: --within 'snart': write a number of days, weeks, months or years, e.g. 90d, 12w, 6m, 1y",
        "styrcheck: --within 'snart': skriv ett antal dagar, veckor, månader eller år, t.ex. 90d, 12w, 6m, 1y"),
    "--within too far": (
        ("due", ".", "--within", "99999y"), {},
        "styrcheck: --within '99999y' reaches beyond the year 9999; choose a shorter time",
        "styrcheck: --within '99999y' når bortom år 9999; välj en kortare tid"),
    "bad --format for graph": (
        ("graph", ".", "--format", "pdf"), {},
        "styrcheck: unknown format 'pdf'; choose one of: ",
        "styrcheck: okänt format 'pdf'; välj ett av: "),
    "bad --today": (
        ("validate", ".", "--today", "igår"), {},
        "styrcheck: --today 'igår' is not a date (YYYY-MM-DD)",
        "styrcheck: --today 'igår' är inget datum (ÅÅÅÅ-MM-DD)"),
    "unknown rule for explain": (
        ("explain", "X999"), {},
        "styrcheck: no rule 'X999'; `styrcheck rules` lists them",
        "styrcheck: det finns ingen regel 'X999'; `styrcheck rules` listar reglerna"),
    "misspelt rule for explain": (
        ("explain", "goal-area-cuont"), {},
        "styrcheck: no rule 'goal-area-cuont'; did you mean 'goal-area-count'?",
        "styrcheck: det finns ingen regel 'goal-area-cuont'; menade du 'goal-area-count'?"),
}


def run_case(cli, repo: Path, name: str, *extra: str):
    args, files, english, swedish = CASES[name]
    for file, text in files.items():
        (repo / file).write_text(text, encoding="utf-8")
    run = cli(*args, *extra)
    assert run.code == 2, run.err
    assert run.out == "" and "Traceback" not in run.err and "internal error" not in run.err, run.err
    assert run.err.count("\n") == 1, run.err  # one line, on stderr
    return run, english, swedish


@pytest.mark.parametrize("name", sorted(CASES))
def test_english_by_default(name, ci_repo, cli):  # noqa: F811
    run, english, _ = run_case(cli, ci_repo, name)
    assert run.err.startswith(english), run.err


@pytest.mark.parametrize("name", sorted(CASES))
def test_swedish_with_lang_sv(name, ci_repo, cli):  # noqa: F811
    run, _, swedish = run_case(cli, ci_repo, name, "--lang", "sv")
    assert run.err.startswith(swedish), run.err


@pytest.mark.parametrize("name", sorted(CASES))
def test_swedish_in_a_swedish_locale(name, ci_repo, cli, monkeypatch):  # noqa: F811
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    run, _, swedish = run_case(cli, ci_repo, name)
    assert run.err.startswith(swedish), run.err


@pytest.mark.parametrize("name", ["missing path", "unknown profile", "broken baseline", "unknown rule in --select",
                                  "bad --within", "--within too far", "bad --format for graph"])
def test_the_configuration_chooses_the_language_once_read(name, ci_repo, cli):  # noqa: F811
    """`språk: sv` in styrcheck.yaml: every error found after the file was read is Swedish;
    --lang still wins."""
    with (ci_repo / "styrcheck.yaml").open("a", encoding="utf-8") as file:
        file.write("språk: sv\n")
    run, english, swedish = run_case(cli, ci_repo, name)
    assert run.err.startswith(swedish), run.err
    run, english, swedish = run_case(cli, ci_repo, name, "--lang", "en")
    assert run.err.startswith(english), run.err


@pytest.mark.parametrize(("setting", "swedish", "english"), [
    ("foo: 1", "styrcheck.yaml:3:1: okänd inställning 'foo'; kända: typ,",
     "styrcheck.yaml:3:1: unknown setting 'foo'; known: typ,"),
    ("underkänn_vid: hmm", "styrcheck.yaml:3:1: underkänn_vid: 'hmm' är inte tillåtet; välj ett av error,",
     "styrcheck.yaml:3:1: underkänn_vid: 'hmm' is not allowed; choose one of error,"),
    ("gränser: {max_djup: 0}", "styrcheck.yaml:3:11: gränser.max_djup ska vara ett heltal större än 0, inte 0",
     "styrcheck.yaml:3:11: gränser.max_djup must be a whole number greater than 0, not 0"),
    ("profil: [a, b]", "styrcheck.yaml:3:1: profil ska vara en text", "styrcheck.yaml:3:1: profil must be text"),
], ids=["unknown setting", "not allowed", "not a number", "not text"])
def test_the_configurations_own_errors_are_in_its_language(setting, swedish, english, ci_repo, cli):  # noqa: F811
    """`språk: sv` is read even when another setting of the file is wrong; --lang still wins."""
    (ci_repo / "styrcheck.yaml").write_text(f"typ: styrcheck\nspråk: sv\n{setting}\n", encoding="utf-8")
    run = cli("validate", ".")
    assert run.code == 2 and run.err.startswith(f"styrcheck: {swedish}"), run.err
    run = cli("validate", ".", "--lang", "en")
    assert run.code == 2 and run.err.startswith(f"styrcheck: {english}"), run.err


def test_a_configuration_that_cannot_be_read_uses_the_locale(ci_repo, cli, monkeypatch):  # noqa: F811
    (ci_repo / "styrcheck.yaml").write_text("typ: styrcheck\nspråk: sv\nvälj: [G009\n", encoding="utf-8")
    assert cli("validate", ".").err.startswith("styrcheck: styrcheck.yaml:4:1: cannot read the configuration")
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert cli("validate", ".").err.startswith("styrcheck: styrcheck.yaml:4:1: konfigurationen går inte att läsa")


@pytest.mark.parametrize(("setting", "english", "swedish"), [
    ("målområden: {min: tre}",
     "prof.yaml:2:14: error in the profile: 'målområden.min' must be a whole number, not 'tre'.",
     "prof.yaml:2:14: fel i profilen: 'målområden.min' ska vara ett heltal, inte 'tre'."),
    ("malomraden: {min: 7, max: 2}",
     "prof.yaml:2:1: error in the profile: 'malomraden': min (7) is greater than max (2); min may be at most max.",
     "prof.yaml:2:1: fel i profilen: 'malomraden': min (7) är större än max (2); min får vara högst lika med max."),
    ("målområden: {min: 3, maxx: 5}",
     "prof.yaml:2:22: error in the profile: 'målområden.maxx' is no known field and is not read. Did you mean 'max'?",
     "prof.yaml:2:22: fel i profilen: 'målområden.maxx' är ingen känd uppgift och läses inte. Menade du 'max'?"),
], ids=["not a number", "min above max", "unknown key"])
def test_a_profile_error_names_file_line_and_key_in_the_users_language(setting, english, swedish, ci_repo, cli):  # noqa: F811
    (ci_repo / "prof.yaml").write_text(f"utökar: norrkoping\n{setting}\n", encoding="utf-8")
    run = cli("validate", ".", "--profile", "prof.yaml")
    assert (run.code, run.err) == (2, f"styrcheck: {english}\n")
    run = cli("validate", ".", "--profile", "prof.yaml", "--lang", "sv")
    assert (run.code, run.err) == (2, f"styrcheck: {swedish}\n")


@pytest.mark.parametrize("command", [("validate", "."), ("baseline", "."), ("due", "."), ("graph", "."), ("rules",),
                                     ("explain", "G001")], ids=lambda c: c[0])
def test_an_unknown_language_names_the_allowed_ones(command, ci_repo, cli):  # noqa: F811
    run = cli(*command, "--lang", "de")
    assert run.code == 2 and "Value error" not in run.err, run.err
    assert "Invalid value for '--lang': 'de' is not allowed; choose sv or en" in run.err, run.err
    assert cli(*command[:1], "--help").out.count("<sv|en>") == 1


def test_a_bug_is_reported_in_the_users_language(ci_repo, cli, monkeypatch):  # noqa: F811
    import styrcheck.pipeline.validate

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(styrcheck.pipeline.validate, "check", broken)
    monkeypatch.delenv("STYRCHECK_DEBUG", raising=False)
    run = cli("validate", ".", "--lang", "sv")
    assert run.code == 2 and "Traceback" not in run.err
    assert run.err.startswith("styrcheck: internt fel: RuntimeError: boom\n"
                              "Detta är ett fel i styrcheck, inte i dina dokument"), run.err


def test_the_no_files_warning_follows_the_language(tmp_path, monkeypatch, cli):
    (tmp_path / "tom").mkdir()
    monkeypatch.chdir(tmp_path)
    run = cli("validate", "tom", "--lang", "sv")
    assert run.code == 0
    assert run.err == "styrcheck: varning: inga YAML-filer (*.yaml, *.yml) hittades i de angivna filerna och mapparna\n"


# --- the messages themselves -------------------------------------------------------------------


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_in_both_languages(key):
    text = MESSAGES[key]
    assert text.sv.strip() and text.en.strip()
    assert text.sv != text.en, f"{key}: the Swedish text is the English one"
    assert fields(text.sv) == fields(text.en), f"{key}: the two languages fill in different values"
    values = {name: f"<{name}>" for name in fields(text.en)}
    swedish, english = render(key, "sv", **values), render(key, "en", **values)
    assert swedish != english and all(value in swedish for value in values.values())


def test_every_error_class_takes_its_message_from_the_table():
    from styrcheck.config import ConfigError
    from styrcheck.core.profile import ProfileError
    from styrcheck.diagram.command import GraphError
    from styrcheck.diagram.graphviz import GraphvizError
    from styrcheck.diagram.select import SelectionError
    from styrcheck.due import WindowError
    from styrcheck.output import OutputError
    from styrcheck.pipeline.baseline import BaselineError
    from styrcheck.pipeline.discovery import PathError

    for kind in (BaselineError, ConfigError, GraphError, GraphvizError, SelectionError, WindowError, ProfileError,
                 OutputError):
        assert issubclass(kind, ToolError), kind
        err = kind("no-such-path", path="x")
        assert str(err) == "no such file or folder: x"  # str() is the English text, for library callers
        assert err.text("sv") == "filen eller mappen finns inte: x"
    assert issubclass(WindowError, ValueError)
    err = PathError("x")
    assert (str(err), err.text("sv"), err.path) == ("no such file or folder: x", "filen eller mappen finns inte: x", "x")


def test_every_message_is_used_and_every_key_used_is_a_message():
    """A key mistyped where an error is raised would itself crash; a message no code raises is
    dead text for translators."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "styrcheck").rglob("*.py")
                       if p.name != "errors.py")
    raised = r"(?:(?:Tool|Config|Profile|Baseline|Window|Path|Graph|Selection|Graphviz|Output|Revision|Register|Site)Error|fail|render|__init__)"
    used = set(re.findall(raised + r"""\(\s*["']([a-z-]+)["']""", source))
    used |= set(re.findall(r"""MESSAGES\[["']([a-z-]+)["']\]""", source))
    # A profile's own mistakes, raised as pydantic errors whose type names their message.
    used |= set(re.findall(r'(?:PydanticCustomError\(|"type": )"(profile-[a-z-]+)"', source))
    assert used - set(MESSAGES) == set()
    assert set(MESSAGES) - used == set()
