"""What styrcheck writes cannot be turned against the runner (issue 14, items 1 and 2), tried
through the installed command as CI runs it: a link the repository planted where a report,
picture or baseline goes is refused, never written through; a file the run reads is never
replaced; and a file name that is not UTF-8 reaches every format escaped, in a report its
real parser reads, without ever costing the previous file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ci_fixtures import STABLE, ci_repo  # noqa: F401
from render_tools import find_dot, require_or_skip
from test_report_junit import validate_junit
from test_report_sarif import validate_sarif

STYRCHECK = Path(sys.executable).with_name("styrcheck")
VICTIM = b"the runner's own file\n"
RAW_NAME = b"noid\xfe.yaml"  # not UTF-8: Python reads it as 'noid\udcfe.yaml'
SHOWN_NAME = "noid\\xfe.yaml"


def styrcheck(*args: object, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The installed command, as CI runs it; output kept as bytes, to see what it really wrote."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([STYRCHECK, *map(str, args)], cwd=cwd, env=env, capture_output=True, timeout=120,
                          check=False)


@pytest.fixture
def victim(ci_repo: Path) -> Path:
    """A file of the runner's outside the repository, that a planted link points at."""
    path = ci_repo.parent / "victim.txt"
    path.write_bytes(VICTIM)
    return path


def _refused(done: subprocess.CompletedProcess[bytes], link: str) -> None:
    assert done.returncode == 2, done.stderr
    assert f"{link} is a symbolic link".encode() in done.stderr, done.stderr
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("fmt, name", [("sarif", "styrcheck.sarif"), ("json", "report.json"),
                                       ("junit", "junit.xml"), ("text", "styrcheck.txt")])
def test_a_report_is_not_written_through_a_planted_link(fmt, name, ci_repo, victim):
    (ci_repo / name).symlink_to(os.path.relpath(victim, ci_repo))
    done = styrcheck("validate", ".", "-f", fmt, "-o", name, *STABLE, cwd=ci_repo)
    _refused(done, name)
    assert victim.read_bytes() == VICTIM and (ci_repo / name).is_symlink()


def test_a_link_to_a_document_is_not_replaced_by_a_report(ci_repo):
    """GitLab's report name, linked to a steering document of the repository."""
    document = ci_repo / "mal" / "overgripande-mal-2023-2026.yaml"
    before = document.read_bytes()
    (ci_repo / "gl-code-quality-report.json").symlink_to(document.relative_to(ci_repo))
    done = styrcheck("validate", ".", "-f", "gitlab", "-o", "gl-code-quality-report.json", *STABLE, cwd=ci_repo)
    _refused(done, "gl-code-quality-report.json")
    assert document.read_bytes() == before


def test_the_refusal_is_in_swedish_too(ci_repo, victim):
    (ci_repo / "styrcheck.sarif").symlink_to(victim)
    done = styrcheck("validate", ".", "-f", "sarif", "-o", "styrcheck.sarif", "--today", "2024-06-01", "--lang", "sv",
                     cwd=ci_repo)
    assert done.returncode == 2 and "styrcheck.sarif är en symbolisk länk".encode() in done.stderr, done.stderr
    assert victim.read_bytes() == VICTIM


def test_a_report_is_not_written_into_a_linked_folder(ci_repo, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (ci_repo / "reports").symlink_to(outside)
    done = styrcheck("validate", ".", "-f", "sarif", "-o", "reports/styrcheck.sarif", *STABLE, cwd=ci_repo)
    _refused(done, "reports")
    assert list(outside.iterdir()) == []


def test_graph_is_not_written_through_a_planted_link(ci_repo, victim):
    (ci_repo / "graph.mmd").symlink_to(victim)
    done = styrcheck("graph", ".", "-o", "graph.mmd", "--today", "2024-06-01", cwd=ci_repo)
    _refused(done, "graph.mmd")
    assert victim.read_bytes() == VICTIM


@pytest.mark.parametrize("how", ["default", "option", "configuration"])
def test_baseline_is_not_written_through_a_planted_link(how, ci_repo, victim):
    """By its default name, by -o, and by `baslinje:` in the repository's styrcheck.yaml."""
    name = {"default": "styrcheck-baseline.json", "option": "debt.json", "configuration": "planted.json"}[how]
    (ci_repo / name).symlink_to(victim)
    if how == "configuration":
        with (ci_repo / "styrcheck.yaml").open("a", encoding="utf-8") as config:
            config.write(f"baslinje: {name}\n")
    extra = ["-o", name] if how == "option" else []
    done = styrcheck("baseline", ".", *extra, *STABLE, cwd=ci_repo)
    if how == "configuration":  # refused sooner: styrcheck.yaml names nothing outside the repository
        assert done.returncode == 2 and f"{name} lies outside the repository".encode() in done.stderr, done.stderr
    else:
        _refused(done, name)
    assert victim.read_bytes() == VICTIM


def test_a_report_never_replaces_the_baseline_it_read(ci_repo):
    assert styrcheck("baseline", ".", "-o", "debt.json", *STABLE, cwd=ci_repo).returncode == 0
    before = (ci_repo / "debt.json").read_bytes()
    done = styrcheck("validate", ".", "--baseline", "debt.json", "-f", "json", "-o", "debt.json", *STABLE, cwd=ci_repo)
    assert done.returncode == 2 and b"debt.json is read by this run" in done.stderr, done.stderr
    assert (ci_repo / "debt.json").read_bytes() == before


def test_a_report_never_replaces_a_document_named_on_the_command_line(ci_repo):
    (ci_repo / "notes.txt").write_text("id: x\n", encoding="utf-8")
    done = styrcheck("validate", "notes.txt", "-f", "json", "-o", "notes.txt", *STABLE, cwd=ci_repo)
    assert done.returncode == 2 and b"notes.txt is read by this run" in done.stderr, done.stderr
    assert (ci_repo / "notes.txt").read_text(encoding="utf-8") == "id: x\n"


def test_an_output_replaces_its_previous_file_whole(ci_repo):
    """Renamed into place: the old report's mode stays, no temporary file is left behind, and
    a hard link to the old report (another name for its content) keeps the old content."""
    target = ci_repo / "styrcheck.json"
    target.write_text("old report\n", encoding="utf-8")
    target.chmod(0o640)
    os.link(target, ci_repo.parent / "kept.json")
    done = styrcheck("validate", ".", "-f", "json", "-o", "styrcheck.json", *STABLE, cwd=ci_repo)
    assert done.returncode == 1, done.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["errors"] == 2
    assert (target.stat().st_mode & 0o777) == 0o640
    assert (ci_repo.parent / "kept.json").read_text(encoding="utf-8") == "old report\n"
    assert not [p.name for p in ci_repo.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_write_leaves_the_previous_file(tmp_path, monkeypatch):
    """The rename is the last step: if it (or anything before it) fails, the old file is whole."""
    from styrcheck import output

    target = tmp_path / "styrcheck-baseline.json"
    target.write_text("previous\n", encoding="utf-8")

    def broken(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", broken)
    with pytest.raises(OSError):
        output.write(target, b"new")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["styrcheck-baseline.json"]


# --- file names that are not UTF-8 ----------------------------------------------------------


@pytest.fixture
def raw_name(ci_repo: Path) -> Path:
    """The fixture repository with a file whose name is not UTF-8 (and no `typ`: Y003)."""
    with open(os.path.join(os.fsencode(ci_repo), RAW_NAME), "wb") as file:
        file.write(b"titel: Utan id och typ\n")
    return ci_repo


def _check_report(fmt: str, data: bytes) -> None:
    """`data` is UTF-8, shows the name escaped, and parses with the format's own parser."""
    text = data.decode("utf-8")  # strict: a lone surrogate or raw byte fails here
    if fmt == "json":
        report = json.loads(text)
        assert SHOWN_NAME in {f["path"] for f in report["findings"]}
    elif fmt == "gitlab":
        assert SHOWN_NAME in {issue["location"]["path"] for issue in json.loads(text)}
    elif fmt == "sarif":
        validate_sarif(text)
        assert SHOWN_NAME.replace("\\", "%5C") in text
    elif fmt == "junit":
        root = validate_junit(text)
        assert SHOWN_NAME in {suite.get("file") for suite in root.iter("testsuite")}
    elif fmt == "github":
        assert all(line.startswith(("::", "styrcheck: ")) for line in text.splitlines())
        assert f"file={SHOWN_NAME}," in text
    else:
        assert f"\n  {SHOWN_NAME}:1:1 Y003 " in text


FORMATS = ["text", "json", "sarif", "gitlab", "github", "junit"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_that_is_not_utf8_on_stdout(fmt, raw_name):
    done = styrcheck("validate", ".", "-f", fmt, "--lang", "en", "--today", "2024-06-01", cwd=raw_name)
    assert done.returncode == 1, done.stderr
    _check_report(fmt, done.stdout)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_that_is_not_utf8_in_an_output_file(fmt, raw_name):
    done = styrcheck("validate", ".", "-f", fmt, "-o", "report.out", "--lang", "en", "--today", "2024-06-01",
                     cwd=raw_name)
    assert done.returncode == 1, done.stderr
    _check_report(fmt, (raw_name / "report.out").read_bytes())
    done.stdout.decode("utf-8")  # the terminal's text report too


def test_a_name_that_is_not_utf8_never_costs_the_baseline(raw_name):
    """The baseline used to be cut to 0 bytes here (the name could not be encoded)."""
    baseline = raw_name / "styrcheck-baseline.json"
    baseline.write_text('{"format": "styrcheck-baseline", "version": 1, "entries": []}\n', encoding="utf-8")
    done = styrcheck("baseline", ".", "--today", "2024-06-01", cwd=raw_name)
    assert done.returncode == 0, done.stderr
    entries = json.loads(baseline.read_bytes().decode("utf-8"))["entries"]
    assert [e["rule"] for e in entries if e["path"] == SHOWN_NAME] == ["Y003"], entries
    again = styrcheck("validate", ".", "-f", "json", "--baseline", baseline.name, "--today", "2024-06-01",
                      cwd=raw_name)
    report = json.loads(again.stdout)
    assert [f["baselined"] for f in report["findings"] if f["path"] == SHOWN_NAME] == [True]


@pytest.mark.parametrize("fmt", ["mermaid", "dot", "json", "svg"])
def test_a_name_that_is_not_utf8_in_a_graph(fmt, raw_name):
    if fmt == "svg":
        require_or_skip("dot", find_dot())
    done = styrcheck("graph", ".", "-f", fmt, "-o", f"graph.{fmt}", "--today", "2024-06-01", cwd=raw_name)
    assert done.returncode == 0, done.stderr
    text = (raw_name / f"graph.{fmt}").read_bytes().decode("utf-8")
    if fmt == "json":
        json.loads(text)
    if fmt == "svg":
        from lxml import etree

        etree.fromstring(text.encode("utf-8"))
