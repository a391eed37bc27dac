"""No traceback, whatever goes wrong: usage errors say what to do, and a bug in styrcheck says
that it is one (exit 2), with the traceback only on request."""

from __future__ import annotations

import pytest
from test_hostile_battery import ORGANISATION


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("args", [("validate", "--bogus", "."), ("explain",), ("graph", ".", "--level", "x", "--bogus"),
                                  ("nosuchcommand",)])
def test_a_usage_error_is_explained_not_traced(args, repo, cli):
    run = cli(*args)
    assert run.code == 2
    assert "Traceback" not in run.err and "internal error" not in run.err
    assert run.err.strip()


def test_a_usage_error_is_explained_with_an_unrelated_click_installed(repo, cli, monkeypatch):
    """typer >= 0.24 raises its own copy of click's errors; a separate `click` in the same
    environment (check-jsonschema brings one) must not make a usage error look like a bug."""
    import sys
    import types

    stranger = types.ModuleType("click")
    stranger.exceptions = types.SimpleNamespace(
        ClickException=type("ClickException", (Exception,), {}), Abort=type("Abort", (RuntimeError,), {}))
    monkeypatch.setitem(sys.modules, "click", stranger)
    run = cli("validate", "--bogus", ".")
    assert run.code == 2
    assert "internal error" not in run.err and "--bogus" in run.err


def test_a_bug_is_reported_as_one(repo, cli, monkeypatch):
    import styrcheck.pipeline.validate

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(styrcheck.pipeline.validate, "check", broken)
    monkeypatch.delenv("STYRCHECK_DEBUG", raising=False)
    run = cli("validate", ".")
    assert run.code == 2
    assert "styrcheck: internal error: RuntimeError: boom" in run.err
    assert "bug in styrcheck" in run.err and "Traceback" not in run.err


def test_the_traceback_on_request(repo, cli, monkeypatch):
    import styrcheck.pipeline.validate

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(styrcheck.pipeline.validate, "check", broken)
    monkeypatch.setenv("STYRCHECK_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        cli("validate", ".")


# styrcheck.yaml is part of a pull request too; so is any profile it names.
HOSTILE_SETTINGS = {
    "binary": b"\x00\x01\x02typ: styrcheck\n",
    "tag": b"typ: styrcheck\nprofil: !!python/object/apply:os.system ['touch KONSTRUERAD']\n",
    "deep": b"typ: styrcheck\ngr\xc3\xa4nser: " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "list": b"- typ: styrcheck\n",
    "negative-limit": "typ: styrcheck\ngränser: {max_byte: -1}\n".encode(),
    "profile-device": b"typ: styrcheck\nprofil: /dev/zero\n",
    "profile-elsewhere": b"typ: styrcheck\nprofil: /etc/passwd\n",
    "profile-types-list": b"typ: styrcheck\nprofil: p.yaml\n",
    "profile-extends-list": b"typ: styrcheck\nprofil: q.yaml\n",
    "profile-extends-itself": b"typ: styrcheck\nprofil: r.yaml\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SETTINGS))
def test_a_hostile_configuration_stops_the_run_with_a_reason(name, repo, cli):
    (repo / "styrcheck.yaml").write_bytes(HOSTILE_SETTINGS[name])
    (repo / "p.yaml").write_text("namn: x\ndokumenttyper: [riktlinje]\n", encoding="utf-8")
    (repo / "q.yaml").write_text("namn: x\nutökar: [norrkoping]\n", encoding="utf-8")
    (repo / "r.yaml").write_text("namn: x\nutökar: r.yaml\n", encoding="utf-8")
    run = cli("validate", ".", "--format", "json")
    assert run.code == 2, run.out
    assert run.err.startswith("styrcheck: ") and "internal error" not in run.err, run.err
    assert "root:" not in run.err  # nothing of /etc/passwd is quoted
    assert not (repo / "KONSTRUERAD").exists()


@pytest.mark.parametrize("args", [("validate", ".", "-f", "json", "-o", "organisation.yaml"),
                                  ("baseline", ".", "-o", "organisation.yaml"),
                                  ("graph", ".", "-o", "ORGANISATION.YML")])
def test_output_never_overwrites_a_steering_document(args, repo, cli):
    """No report, baseline or diagram is YAML: `-o` naming a YAML file is refused (exit 2), the
    file left as it was."""
    before = (repo / "organisation.yaml").read_bytes()
    run = cli(*args)
    assert run.code == 2
    assert "writes no YAML" in run.err and args[-1] in run.err
    assert (repo / "organisation.yaml").read_bytes() == before
    assert sorted(p.name for p in repo.iterdir() if p.suffix.lower() in (".yaml", ".yml")) == ["organisation.yaml"]


@pytest.mark.parametrize(("args", "line"), [
    (("validate", "--bogus", "."), "Fel: okänd flagga --bogus"),
    (("graph", ".", "--levle", "mål"), "Fel: okänd flagga --levle; menade du --level?"),
    (("explain",), "Fel: 'CODE' saknas"),
    (("valdate", "."), "Fel: okänt kommando 'valdate'; menade du 'validate'?"),
    (("validate", ".", "--lang"), "Fel: flaggan '--lang' kräver ett värde"),
    (("validate", ".", "--jobs", "x"), "Fel: ogiltigt värde för '--jobs' / '-j': "),
    (("--lang", "sv"), "Fel: kommando saknas"),
])
def test_usage_errors_in_swedish(args, line, repo, cli, monkeypatch):
    """click words its usage errors in English only; a Swedish user gets them in Swedish."""
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    run = cli(*args)
    assert run.code == 2
    assert line in run.err.splitlines()[-1] and run.err.splitlines()[-1].startswith(line)
    assert "Error" not in run.err and "Usage" not in run.err and "Traceback" not in run.err
    if args[0] == "validate" and "--lang" not in args:
        assert run.err.startswith("Användning: styrcheck validate [OPTIONS]")
        assert "Skriv 'styrcheck validate --help' för hjälp." in run.err


def test_lang_on_the_command_line_chooses_the_usage_errors_language(repo, cli):
    assert cli("validate", "--bogus", ".", "--lang", "sv").err.splitlines()[-1] == "Fel: okänd flagga --bogus"
    assert "Error: No such option: --bogus" in cli("validate", "--bogus", ".", "--lang", "en").err
