"""A ':' inside a value in { } or [ ] (a link, a time of day) is YAML 1.2, which libyaml's
scanner refuses: such a file is read by ruamel.yaml's pure-Python parser instead, exactly as
the same file with those values quoted, and with every bound of docs/security.md."""

from __future__ import annotations

import shutil
import sys

import pytest

from conftest import EXAMPLES
from styrcheck.core.loader import Limits, Source, parse

LINKS = {  # in examples/felaktigt/mal/uppdragsplan-bun-2024.yaml: as written, and what replaces it
    "målvärde: 84, enhet: procent, källa: Skolverket}": "målvärde: 84, enhet: {time}, källa: {url}}}",
    "    utgår_från: [BU.2]\n": "    utgår_från: [BU.2, {url}]\n",
    "{namn: Andel elever i årskurs 9 behöriga till yrkesprogram,": "{{namn: {ratio},",
}
URL, TIME, RATIO = "https://www.skolverket.se/statistik", "12:30", "elever:lärare"


def _repository(root, quoted: bool):
    shutil.copytree(EXAMPLES / "felaktigt", root)
    plan = root / "mal" / "uppdragsplan-bun-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    for old, new in LINKS.items():
        assert old in text
        url, time, ratio = (f'"{v}"' for v in (URL, TIME, RATIO)) if quoted else (URL, TIME, RATIO)
        text = text.replace(old, new.format(url=url, time=time, ratio=ratio))
    plan.write_text(text, encoding="utf-8")
    return root


def test_links_and_times_in_flow_mappings_and_lists_validate_as_when_quoted(tmp_path, cli, monkeypatch):
    plain = _repository(tmp_path / "plain", quoted=False)
    quoted = _repository(tmp_path / "quoted", quoted=True)
    written = (plain / "mal" / "uppdragsplan-bun-2024.yaml").read_text(encoding="utf-8")
    assert "enhet: 12:30, källa: https://www.skolverket.se/statistik}" in written
    assert "utgår_från: [BU.2, https://www.skolverket.se/statistik]" in written
    runs, findings = [], []
    for root in (plain, quoted):
        monkeypatch.chdir(root)
        runs.append(cli("validate", ".", "--format", "json", "--no-cache", "--today", "2024-06-01"))
        # Lines, not columns: the quotes move what follows them on a line.
        findings.append(sorted((f["code"], f["path"], f["line"], f["message"]) for f in runs[-1].json["findings"]))
    assert runs[0].code == runs[1].code == 1
    assert findings[0] == findings[1]
    in_plan = [f for f in findings[0] if f[1] == "mal/uppdragsplan-bun-2024.yaml"]
    assert {f[0] for f in in_plan} >= {"G004", "G005", "G006", "H001"}  # its real findings
    assert not [f for f in in_plan if f[0].startswith("Y")]  # not a syntax error


HOSTILE = {  # each beside a flow mapping with a link, which sends the file to the fallback parser
    "tag": "x: !!python/object/apply:os.system [echo]\n",
    "tag on a key": "? !!python/name:os.system\n: x\n",
    "duplicate key": "titel: a\nTitel: b\n",
    "complex key": "? [a, b]\n: c\n",
    "alias loop": "a: &a [*a]\n",
    "billion laughs": "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)),
    "deep": "d: " + "[" * 300 + "]" * 300 + "\n",
    "deeper than Python's recursion limit": "d: " + "[" * 1500 + "]" * 1500 + "\n",
    "deeper than the composers go": "d: " + "[" * 2500 + "]" * 2500 + "\n",
    "several documents": "a: b\n---\nc: d\n",
    "broken later": "a: [b\n",
}


@pytest.mark.parametrize("hostile", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_fallback_parser_keeps_every_bound_and_reads_as_libyaml(hostile):
    """Values, positions and findings of a file libyaml refuses only for a link in { } are
    those of the same file with the link quoted, which libyaml reads."""
    limits = Limits(max_depth=64, max_nodes=5_000)
    sources = []
    before = sys.getrecursionlimit()
    for link in ("{källa: https://a.se/x}", '{källa: "https://a.se/x"}'):
        source = Source("x.yaml")
        parse(f"l: {link}\n{hostile}".encode(), source, limits)
        paths = list(source.positions)
        findings = [(f.code, f.key, f.line, f.column) for f in source.findings]  # (not the parser's English)
        sources.append((source.data, paths, [source.position(p) for p in paths], findings))
    assert sys.getrecursionlimit() == before
    assert sources[0] == sources[1]
    assert sources[0][3]
