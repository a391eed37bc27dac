"""Every string that reaches a report is escaped, in every format, whatever its source (issue 14
item 3, issue 20 item 3).

A hostile string is put into every place a pull request controls at once: a document's value
(`titel`, `beslutad_av`, an avsteg's `motivering`), a key, a file name (with a byte that is
not UTF-8), a folder name, a baseline entry, the configuration (`baslinje:` names the
baseline) and the profile (a document type's `namn`). Each output format is then read by its
real parser: JSON by `json`, SARIF against its schema, JUnit against its XSD with lxml, DOT by
Graphviz, Mermaid by the label grammar styrcheck promises, GitHub by the workflow-command
grammar, and the text report must hold no raw control character. In every format no line may
begin a workflow command (`::` after spaces) unless styrcheck wrote it as one.

The character classes a format gives meaning to are each an explicit example (`CLASSES`);
hypothesis adds mixtures of them."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from render_tools import find_dot, render_dot, require_or_skip
from styrcheck import report
from styrcheck.cli import main
from styrcheck.diagram import FORMATS as GRAPH_FORMATS
from test_hostile_battery import ORGANISATION, riktlinje
from test_report_junit import validate_junit
from test_report_sarif import validate_sarif

TODAY = "2024-06-01"

# What each format gives meaning to, one class each: GitHub's `%`, CR, LF and `::`; XML's
# markup; JSON's quote and backslash; a terminal's escapes and bidi controls; Mermaid's quotes,
# entities and directives; DOT's quotes, escapes and HTML labels; the noncharacters XML and
# Graphviz refuse; rich markup.
CLASSES = {
    "github-percent": "100%25 %0A%",
    "github-cr": "a\rb",
    "github-lf": "a\n::error file=x,line=1::FORGED",
    "github-command": "::error::FORGED",
    "xml": "</failure><x a='1' b=\"2\">&amp;]]>",
    "json": '"}, {"forged": "\\u0000\\',
    "terminal": "\x1b[2J\x1b]0;title\x07\x9b31m\u202eRTL\u2066",
    "mermaid": '"] --> X["#quot;%%{init: {}}%% click A href `javascript:x`',
    "dot": '"]; INJECTED [label="\\N\\G" <b>x</b>',
    "noncharacters": "\ufffe\uffff\U0001fffe\ufdd0",
    "rich": "[link=https://evil.example]x[/link][bold]b[/]\\",
}
_FRAGMENTS = st.sampled_from(sorted(CLASSES.values()))
HOSTILE = st.lists(_FRAGMENTS | st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6).map("".join)

VALIDATE_FORMATS = sorted(report.FORMATS)
TEXT_GRAPH_FORMATS = sorted(set(GRAPH_FORMATS) - {"svg", "png"})  # svg: Graphviz draws the DOT, tried below

# A raw control character (a line feed ends a line, and is allowed), a lone surrogate, a
# noncharacter, a bidi control: none may reach any output.
_RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                  "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0001ffff]")
# styrcheck's own workflow commands: command, properties with `,` and `:` escaped, data with
# `%`, CR and LF escaped (a `%` only as the start of an escape).
_COMMAND = re.compile(r"::(error|warning|notice) (file=[^,:]*,line=\d+,col=\d+,)?title=[^,:]*::"
                      r"(?:[^%\r\n]|%25|%0D|%0A)*")
_MERMAID_SPECIAL = set("\"'#&<>;:%{}[]()|\\`=*~_")


def name_of(text: str, raw_byte: bool) -> bytes:
    """`text` as a file or folder name Linux allows (no `/`, no NUL, at most 100 bytes), with a
    byte that is not UTF-8 when `raw_byte`."""
    name = os.fsencode(text.replace("/", "_").replace("\0", "_").replace("\n", "_n") if text.strip(".") else "x")
    return name[:100] + (b"\xfe" if raw_byte else b"")


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar, all ASCII, read back as written (YAML's `\\U`
    for a character beyond U+FFFF, where JSON would write a surrogate pair)."""
    def escaped(char: str) -> str:
        if char in '"\\':
            return "\\" + char
        if " " <= char <= "~":
            return char
        return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"

    return '"' + "".join(map(escaped, text)) + '"'


def make_repository(root: Path, hostile: str) -> None:
    """A repository with `hostile` in every place a pull request controls."""
    plain = hostile.replace("\r", "").replace("\n", "")  # a file name that YAML can name too
    folder = root / os.fsdecode(name_of(hostile, raw_byte=True))
    folder.mkdir()
    (root / "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
    document = riktlinje("doc-1", titel=quoted(hostile), beslutad_av=quoted(hostile))
    document += f"{quoted(hostile)}: 1\navsteg:\n  - regel: M002\n    motivering: {quoted(hostile)}\n"
    (folder / os.fsdecode(name_of(hostile, raw_byte=True) + b".yaml")).write_text(document, encoding="utf-8")
    baseline = os.fsdecode(name_of(plain, raw_byte=False)) + ".json"
    entry = {"document": hostile, "rule": hostile, "subject": hostile, "path": hostile + "\udcfe"}
    (root / baseline).write_text(json.dumps({"format": "styrcheck-baseline", "version": 1, "entries": [entry]}),
                                 encoding="utf-8")
    (root / "profil.txt").write_text(  # YAML, named so that it is not read as a document
        f"namn: {quoted(hostile)}\nutökar: norrkoping\ndokumenttyper:\n  riktlinje: {{namn: {quoted(hostile)}}}\n",
        encoding="utf-8")
    (root / "styrcheck.yaml").write_text(
        f"typ: styrcheck\nprofil: profil.txt\nbaslinje: {quoted('./' + baseline)}\n",
        encoding="utf-8")


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*args, "--today", TODAY, "--no-cache"])
    return code, out.getvalue(), err.getvalue()


def assert_no_forged_line(text: str, fmt: str) -> None:
    """No raw control character, and no line that starts a workflow command unless styrcheck
    wrote it as one (`--format github`), in its grammar."""
    text.encode("utf-8")  # strict: a lone surrogate fails
    found = _RAW.search(text)
    assert found is None, (fmt, repr(found.group()), text[max(0, found.start() - 60):found.end() + 60])
    for line in text.split("\n"):
        if line.lstrip().startswith("::"):
            assert fmt == "github" and _COMMAND.fullmatch(line), (fmt, line)


def assert_parses(fmt: str, out: str) -> None:
    if fmt in ("json", "gitlab"):
        json.loads(out)
    elif fmt == "sarif":
        validate_sarif(out)
    elif fmt == "junit":
        validate_junit(out)


def assert_mermaid_labels(out: str) -> None:
    """Inside every quoted label, each character Mermaid or HTML reads is an entity."""
    for label in re.findall(r'"([^"]*)"', out):
        bare = re.sub(r"#\d+;|#quot;|<br>", "", label)
        assert not (_MERMAID_SPECIAL & set(bare)), (label, _MERMAID_SPECIAL & set(bare))


def check_every_format(hostile: str) -> None:
    with tempfile.TemporaryDirectory(prefix="styrcheck-hostile-") as folder:
        here = os.getcwd()
        os.chdir(folder)
        try:
            make_repository(Path(folder), hostile)
            for fmt in VALIDATE_FORMATS:
                code, out, err = run("validate", ".", "-f", fmt, "--show-accepted", "--lang", "en")
                assert code == 1, (fmt, err)
                assert_no_forged_line(out, fmt)
                assert_no_forged_line(err, "stderr")
                assert_parses(fmt, out)
            for fmt in TEXT_GRAPH_FORMATS:
                code, out, err = run("graph", ".", "-f", fmt, "--lang", "sv")
                assert code == 0, (fmt, err)
                assert_no_forged_line(out, f"graph {fmt}")
                if fmt == "json":
                    json.loads(out)
                elif fmt in ("mermaid", "markdown"):
                    assert_mermaid_labels(out)
                elif fmt == "dot" and find_dot():
                    svg = render_dot(out, "svg")  # Graphviz accepts the DOT, and its SVG is XML
                    from lxml import etree

                    etree.fromstring(svg)
        finally:
            os.chdir(here)


@settings(max_examples=8)
@given(HOSTILE)
@example(CLASSES["github-percent"])
@example(CLASSES["github-cr"])
@example(CLASSES["github-lf"])
@example(CLASSES["github-command"])
@example(CLASSES["xml"])
@example(CLASSES["json"])
@example(CLASSES["terminal"])
@example(CLASSES["mermaid"])
@example(CLASSES["dot"])
@example(CLASSES["noncharacters"])
@example(CLASSES["rich"])
def test_hostile_strings_from_every_source_are_inert_in_every_format(hostile):
    check_every_format(hostile)


def test_every_source_reaches_the_outputs(tmp_path, monkeypatch):
    """Guard: the hostile string from each source does reach the outputs checked above (so
    none of the checks passes for want of input). Marked by a word only that source carries."""
    monkeypatch.chdir(tmp_path)
    make_repository(tmp_path, "MARK")
    code, out, _ = run("validate", ".", "-f", "json", "--show-accepted", "--lang", "en")
    data = json.loads(out)
    texts = {f["path"] for f in data["findings"]}
    assert "MARK\\xfe/MARK\\xfe.yaml" in texts  # folder and file name, the raw byte escaped
    messages = " ".join(f["message"] for f in data["findings"])
    assert "'MARK'" in messages  # a key or a value, quoted in a message
    assert any(f["accepted"] and f["accepted"]["reason"] == "MARK" for f in data["findings"])  # the avsteg
    assert data["baseline"]["fixed"] == [
        {"document": "MARK", "rule": "MARK", "subject": "MARK", "count": 1, "path": "MARK\\xfe"}]
    assert data["baseline"]["file"] == "MARK.json"  # named by the configuration
    code, out, _ = run("validate", ".", "-f", "text", "--lang", "en")
    assert "  MARK MARK MARK" in out and "the baseline MARK.json" in out
    code, out, _ = run("graph", ".", "-f", "mermaid", "--lang", "sv")
    assert "MARK" in out.split("subgraph key_legend", 1)[1]  # the profile's type name, in the legend


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_name_that_would_start_a_workflow_command(fmt, tmp_path, monkeypatch):
    """`::notice …::….yaml` as a file name at the top: the text report's header and location
    begin with it; its leading colon is shown as an escape."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "::notice title=x::forged.yaml").write_text("titel: x\n", encoding="utf-8")
    code, out, _ = run("validate", ".", "-f", fmt, "--lang", "en")
    assert code == 1
    assert_no_forged_line(out, fmt)
    if fmt == "text":
        assert out.startswith("\\x3a:notice title=x::forged.yaml\n  \\x3a:notice title=x::forged.yaml:1:1 Y003 ")


def test_dot_is_drawn_when_graphviz_is_there(tmp_path, monkeypatch):
    """The DOT check above needs Graphviz: in CI it must be there (a skip would hide it)."""
    require_or_skip("dot", find_dot())


def test_noncharacters_are_escaped_and_other_characters_kept(tmp_path, monkeypatch):
    """Beyond the first plane only the noncharacters are escaped: 𠀀 (U+20000) and 😀 stay."""
    monkeypatch.chdir(tmp_path)
    key = quoted("𠀀😀\U0010ffff\U0002fffe")
    (tmp_path / "a.yaml").write_text(riktlinje("a") + f"{key}: 1\n", encoding="utf-8")
    _, out, _ = run("validate", ".", "-f", "json", "--lang", "en")
    messages = " ".join(f["message"] for f in json.loads(out)["findings"])
    assert "𠀀😀\\U0010ffff\\U0002fffe" in messages, messages


@pytest.mark.parametrize("where", ["configuration", "command line"])
def test_a_path_in_an_error_message_cannot_forge_a_line(where, tmp_path, monkeypatch):
    """Errors go to stderr, which GitHub Actions reads for workflow commands too: a baseline
    path with a line break, from styrcheck.yaml or from the command line, is shown escaped."""
    monkeypatch.chdir(tmp_path)
    name = "x\n::error::FORGED\x1b[2J.json"
    (tmp_path / "a.yaml").write_text(riktlinje("a"), encoding="utf-8")
    args = []
    if where == "configuration":
        (tmp_path / "styrcheck.yaml").write_text(f"typ: styrcheck\nbaslinje: {quoted(name)}\n", encoding="utf-8")
    else:
        args = ["--baseline", name]
    code, out, err = run("validate", ".", "--lang", "en", *args)
    assert code == 2 and "x\\n::error::FORGED\\x1b[2J.json" in err, err
    assert_no_forged_line(err, "stderr")
