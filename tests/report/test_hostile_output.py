"""Output safety: ids, titles, keys, reasons and file names that carry rich markup, ANSI
escapes, control characters, quotes and HTML cannot break or inject into any output format.

The formats are taken from the registries (styrcheck.report.FORMATS for `validate`,
styrcheck.diagram.FORMATS for `graph`), so a format added later is checked here too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from render_tools import find_dot, find_mmdc, render_dot, render_mermaid, require_or_skip
from test_hostile_battery import ORGANISATION
from test_report_junit import validate_junit
from test_report_sarif import validate_sarif

from styrcheck import report
from styrcheck.diagram import BINARY as GRAPH_BINARY
from styrcheck.diagram import FORMATS as GRAPH_FORMATS

# Every output format of validate is checked; these are the ones CI tools read.
EXPECTED_FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab")
VALIDATE_FORMATS = sorted(report.FORMATS)


def test_every_format_ci_tools_read_is_checked():
    assert set(EXPECTED_FORMATS) <= set(VALIDATE_FORMATS)

# Written with YAML's double-quoted escapes (\e is ESC, \a BEL), so the file itself is plain.
HOSTILE_TITLE = (r'"[link=https://evil.example]Klicka[/link] [bold]fet[/] <script>alert(1)</script> '
                 r'<img src=x onerror=alert(1)> \"]; INJECTED [label=\"x\"]\n  INJECTED_M[\"x\"] --> A\n'
                 r'click A href \"javascript:alert(1)\"\n::error::FAKE %%{init: {}}%% #quot; \e[2J\e]0;titel\a'
                 r' \u202eRTL"')
HOSTILE_ID = r'"r-[bold]fet[/]-\"citat\"-<b>x</b>-&amp;-{x}-#35;"'
HOSTILE = f"""\
id: {HOSTILE_ID}
typ: riktlinje
titel: {HOSTILE_TITLE}
beslutad_av: kommundirektören
beslutsdatum: 2023-05-15
giltig_från: 2023-06-01
gäller_för: kommunala_organisationen
slag: tjänstemannariktlinje
ägare: kommunstyrelsens-kontor
uppföljning: 2027-06-30
ersätter: ["[red]saknas[/]\\n::error file=x::FAKE \\"]; INJECTED [x=\\"", "\\e[31mröd <script>"]
"[bold]\\e[31mokänd\\e[0m[/]\\n::error::FAKE": 1
avsteg:
  - regel: H001
    motivering: "\\e[2J[bold]godkänd[/]\\n::error::FAKE <script>x</script>"
"""
# A file name can carry a line break and an escape too (Linux allows all but / and NUL).
HOSTILE_NAME = "[bold]fil\n::error::FAKE\x1b[31m.yaml"
PLAIN = """\
id: vanlig
typ: riktlinje
titel: Vanlig riktlinje
beslutad_av: kommundirektören
beslutsdatum: 2023-05-15
giltig_från: 2023-06-01
gäller_för: kommunala_organisationen
slag: tjänstemannariktlinje
ägare: kommunstyrelsens-kontor
uppföljning: 2027-06-30
utgår_från: ["[bold]\\e[2Jsaknas"]
x: 1
"""

# Raw control characters (all but line feed), DEL, C1, and the bidi overrides.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(tmp_path, monkeypatch) -> Path:
    (tmp_path / "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
    (tmp_path / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / HOSTILE_NAME).write_text(PLAIN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def assert_inert(out: str) -> None:
    """No control character can act on a terminal, and nothing from a file starts a line of
    its own (a forged GitHub annotation, a forged finding)."""
    assert not _CONTROL.search(out), repr(_CONTROL.search(out).group())
    for line in out.splitlines():
        stripped = line.lstrip()
        assert not stripped.startswith(("::error::FAKE", "::error file=x", "INJECTED", "click A")), line


def test_the_hostile_repository_reads(hostile, cli):
    """Guard: the texts above are valid YAML and produce the findings the tests rely on."""
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2024-06-01")
    assert run.code == 1, run.err
    codes = {(f["path"], f["code"], f["accepted"] is not None) for f in run.json["findings"]}
    assert ("hostile.yaml", "M002", False) in codes
    assert ("hostile.yaml", "H001", True) in codes  # accepted by the avsteg, reason shown
    assert any(path.startswith("[bold]fil\\n::error::FAKE\\x1b[31m") for path, _, _ in codes)


@pytest.mark.parametrize("fmt", VALIDATE_FORMATS)
@pytest.mark.parametrize("accepted", [False, True], ids=["", "show-accepted"])
def test_validate_output_is_inert(fmt, accepted, hostile, cli):
    extra = ["--show-accepted"] if accepted else []
    run = cli("validate", ".", "--format", fmt, "--lang", "en", "--today", "2024-06-01", *extra)
    assert run.code == 1, run.err
    assert_inert(run.out)
    if fmt == "sarif":
        validate_sarif(run.out)  # against the SARIF 2.1.0 schema, URIs and times included
    elif fmt in ("json", "gitlab") or (fmt not in ("text", "github") and run.out.startswith("{")):
        json.loads(run.out)
    if fmt == "junit" or run.out.startswith("<?xml"):
        validate_junit(run.out)  # against the JUnit schema
        assert not list(ET.fromstring(run.out.encode("utf-8")).iter("script"))
    if fmt == "text":
        # rich markup is printed, not obeyed
        assert "[bold]\\x1b[31mokänd\\x1b[0m[/]\\n::error::FAKE" in run.out
        if accepted:
            assert "\\x1b[2J[bold]godkänd[/]\\n::error::FAKE <script>x</script>" in run.out


def test_json_keeps_what_the_file_says(hostile, cli):
    run = cli("validate", ".", "--format", "json", "--lang", "en", "--today", "2024-06-01")
    unknown = next(f for f in run.json["findings"] if f["code"] == "M002" and f["path"] == "hostile.yaml")
    assert "'[bold]\\x1b[31mokänd\\x1b[0m[/]\\n::error::FAKE'" in unknown["message"]
    assert unknown["document"] == 'r-[bold]fet[/]-"citat"-<b>x</b>-&amp;-{x}-#35;'


def test_coloured_text_escapes_what_the_file_says(hostile):
    """On a terminal the text report is coloured: its own escapes only."""
    from datetime import date

    from styrcheck.core.profile import load
    from styrcheck.pipeline.options import Options
    from styrcheck.pipeline.validate import validate

    _, result = validate([Path(".")], Options(profile=load(), today=date(2024, 6, 1)))
    out = report.render("text", result, "en", report.ReportContext(color=True, show_accepted=True))
    assert "\x1b[" in out  # coloured
    assert "\x1b[2J" not in out and "\x1b[31mokänd" not in out and "\x1b[31mröd" not in out
    assert "\n::error" not in out


# --- graph ----------------------------------------------------------------------------------


def _graph(cli, fmt: str, tmp_path: Path) -> str:
    if fmt in ("svg", "png"):  # drawn by Graphviz
        require_or_skip("dot", find_dot())
    if fmt in GRAPH_BINARY:
        target = tmp_path.parent / f"graph-out.{fmt}"
        run = cli("graph", ".", "--format", fmt, "--lang", "en", "--today", "2024-06-01", "-o", target)
        assert run.code == 0, run.err
        return target.read_bytes().decode("utf-8", "replace")
    run = cli("graph", ".", "--format", fmt, "--lang", "en", "--today", "2024-06-01")
    assert run.code == 0, run.err
    return run.out


# PNG is left out: an image, where nothing is read as markup.
@pytest.mark.parametrize("fmt", sorted(set(GRAPH_FORMATS) - {"png"}))
def test_graph_output_is_inert(fmt, hostile, cli):
    out = _graph(cli, fmt, hostile)
    if fmt == "json":  # data: the titles as written, bidi marks and all, control characters escaped
        json.loads(out)
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", out)
        return
    assert_inert(out)
    if fmt == "svg":
        _assert_harmless_svg(out)
    if fmt in ("mermaid", "markdown"):
        _assert_only_inside_quotes(out, "INJECTED")
        assert "%%{init" not in out and "<script" not in out and "<img" not in out
    if fmt == "dot":
        _assert_only_inside_quotes(out, "INJECTED", dot=True)


def test_dot_output_has_no_injected_node(hostile, cli):
    require_or_skip("dot", find_dot())
    source = _graph(cli, "dot", hostile)
    layout = json.loads(render_dot(source, "json"))
    names = [obj.get("name", "") for obj in layout.get("objects", [])]
    assert names and not [n for n in names if "INJECTED" in n]


def test_mermaid_output_renders_without_injection(hostile, cli, tmp_path_factory):
    require_or_skip("mmdc", find_mmdc())
    source = _graph(cli, "mermaid", hostile)
    target = tmp_path_factory.mktemp("mermaid") / "graph.svg"
    render_mermaid(source, target)
    _assert_harmless_svg(target.read_text(encoding="utf-8"))


def _assert_harmless_svg(svg: str) -> None:
    root = ET.fromstring(svg.encode("utf-8"))
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1].lower()
        assert tag not in ("script", "img", "iframe"), tag
        for name, value in element.attrib.items():
            assert not name.rsplit("}", 1)[-1].lower().startswith("on"), (tag, name)
            assert "javascript:" not in value.lower(), (tag, name, value)


def _assert_only_inside_quotes(out: str, word: str, *, dot: bool = False) -> None:
    """`word` from a title may appear only inside a quoted string (or a DOT HTML label),
    never as syntax of its own (inside a safe node key such as `ref_x_INJECTED` is harmless)."""
    alone = re.compile(rf"(?<![A-Za-z0-9_]){word}")
    outside = _outside_strings(out, dot=dot)
    found = alone.search(outside)
    assert found is None, outside[max(0, found.start() - 80):found.end() + 40]


def _outside_strings(text: str, *, dot: bool) -> str:
    """The syntax of a Mermaid or DOT text with its quoted strings (and DOT's HTML labels
    `<…>`) emptied. Mermaid has no escapes inside quotes; DOT has `\\"`."""
    result, quoted, depth, escaped = [], False, 0, False
    for char in text:
        if quoted:
            if escaped:
                escaped = False
            elif dot and char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
                result.append(char)
        elif depth:
            depth += {"<": 1, ">": -1}.get(char, 0)
            if not depth:
                result.append(char)
        else:
            result.append(char)
            if char == '"':
                quoted = True
            elif dot and char == "<":
                depth = 1
    return "".join(result)
