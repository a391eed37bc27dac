"""GitHub Actions annotations: escaping, chosen by itself under Actions, and --output."""

from __future__ import annotations

import json
import subprocess

from ci_fixtures import STABLE, ci_repo, require_git  # noqa: F401
from conftest import write_files
from styrcheck.report.github import escape_data, escape_property


def test_escaping_follows_the_workflow_command_rules():
    assert escape_data("100% klart\r\nnästa: rad, två") == "100%25 klart%0D%0Anästa: rad, två"
    assert escape_property("a,b: 50%\n") == "a%2Cb%3A 50%25%0A"


def test_paths_and_titles_are_escaped_in_annotations(ci_repo, cli):
    write_files(ci_repo, {"utkast, v2.yaml": "id: u\ntyp: riktlinje\ntitel: [trasig\n"})
    run = cli("validate", ".", "--format", "github", *STABLE)
    (line,) = [row for row in run.out.splitlines() if "utkast" in row and "v2" in row]
    assert line.startswith("::error file=utkast%2C v2.yaml,line=4,col=1,title=Y001 yaml-syntax::")
    assert "\n" not in line and all(row.startswith(("::", "styrcheck: ")) for row in run.out.splitlines())


def test_accepted_findings_are_not_annotated(ci_repo, cli):
    run = cli("validate", ".", "--format", "github", *STABLE)
    assert "overgripande-mal-2019-2022" not in run.out  # accepted by its avsteg
    assert run.out.count("::error ") == 2 and run.out.count("::warning ") == 1


def test_github_is_the_default_under_github_actions(ci_repo, cli, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    run = cli("validate", ".", *STABLE)
    assert run.out.startswith("::error file=mal/overgripande-mal-2023-2026.yaml,line=9,col=1,")
    assert cli("validate", ".", "--format", "text", *STABLE).out.startswith("mal/overgripande-mal-2023-2026.yaml\n")


def test_output_writes_the_report_and_the_terminal_still_gets_text(ci_repo, cli):
    run = cli("validate", ".", "--format", "json", "--output", "styrcheck.json", *STABLE)
    assert run.code == 1
    assert run.out.startswith("mal/overgripande-mal-2023-2026.yaml\n  mal/overgripande-mal-2023-2026.yaml:9:1 G001 error")
    report = json.loads((ci_repo / "styrcheck.json").read_text(encoding="utf-8"))
    assert report["summary"]["errors"] == 2


def test_output_under_github_actions_annotates_the_terminal(ci_repo, cli, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    run = cli("validate", ".", "--format", "sarif", "--output", "styrcheck.sarif", *STABLE)
    assert run.out.startswith("::error ")
    assert json.loads((ci_repo / "styrcheck.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_unknown_format_is_a_usage_error(ci_repo, cli):
    run = cli("validate", ".", "--format", "checkstyle")
    assert run.code == 2 and "unknown format 'checkstyle'" in run.err


def _unescape_data(text: str) -> str:
    """What the runner shows of an annotation's message (the inverse of escape_data)."""
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def test_a_message_quoting_a_key_with_an_escape_is_shown_as_written(ci_repo, cli):
    """A key written `ansvar%0A::error::falskt` is quoted in M002's message; unescaped, the
    runner would turn its %0A into a line break and start a second annotation."""
    write_files(ci_repo, {"riktlinjer/nyckel.yaml": "id: n\ntyp: vision\n'ansvar%0A::error::falskt': x\n"})
    messages = {f["path"]: f["message"] for f in cli("validate", ".", "--format", "json", *STABLE).json["findings"]
                if f["code"] == "M002"}
    run = cli("validate", ".", "--format", "github", *STABLE)
    (line,) = [row for row in run.out.splitlines() if "riktlinjer/nyckel.yaml" in row]
    assert "%250A::error::falskt" in line
    assert _unescape_data(line.split("::", 2)[2]) == messages["riktlinjer/nyckel.yaml"]


def test_annotations_name_files_from_the_repository_root(tmp_path, monkeypatch, cli):
    """GitHub resolves `file=` against the repository root, wherever styrcheck ran."""
    require_git()
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write_files(tmp_path / "docs", {"mål.yaml": "id: x\ntyp: vision\n"})
    monkeypatch.chdir(tmp_path / "docs")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    run = cli("validate", ".", "--format", "github", "--select", "M001", "--lang", "en")
    files = {row.split("file=", 1)[1].split(",", 1)[0] for row in run.out.splitlines() if row.startswith("::")}
    assert files == {"docs/mål.yaml"}
