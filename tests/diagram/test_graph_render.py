"""`styrcheck graph` drawn by the real renderers: Graphviz `dot` (DOT, SVG, PNG) and Mermaid's
`mmdc`. The tests read what was rendered: every label as written, and the number of nodes.

Locally a missing renderer skips these tests; in CI (`.ci/run`) it fails them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from render_tools import find_dot, find_mmdc, render_dot, render_mermaid, require_or_skip
from test_graph import HOSTILE, HOSTILE_TODAY, NORRKOPING, TODAY, clean, documents_of

SVG = "{http://www.w3.org/2000/svg}"
JOINER = "\u2060"  # written after each backslash in DOT labels (docs/graph.md)


def _json(cli, *args: str) -> dict:
    run = cli("graph", *args, "-f", "json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def _squeeze(text: str) -> str:
    return "".join(text.replace(JOINER, "").split())


# --- reading rendered SVG -------------------------------------------------------------------------


def graphviz_groups(svg: bytes, kind: str) -> dict[str, str]:
    """Node (or cluster, or edge) name -> its text, lines joined by spaces, from Graphviz's SVG."""
    root = etree.fromstring(svg)
    found = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") == kind:
            name = group.findtext(f"{SVG}title").removeprefix("cluster_")
            lines = ["".join(t.itertext()) for t in group.iter(f"{SVG}text")]
            found[name] = " ".join(lines).replace(JOINER, "")
    return found


def mermaid_groups(svg: Path, kind: str) -> dict[str, str]:
    """Node (or cluster) key -> its text, from mmdc's SVG."""
    root = etree.fromstring(svg.read_bytes())
    found = {}
    for group in root.iter(f"{SVG}g"):
        classes = (group.get("class") or "").split()
        if kind not in classes or not group.get("id"):
            continue
        key = group.get("id")
        match = re.search(r"flowchart-(.+)-\d+$", key) if kind == "node" else None
        key = match.group(1) if match else re.sub(r"^my-svg-", "", key)
        found[key] = "".join(group.itertext())
    return found


def assert_labels(nodes: list[dict], clusters: list[dict], rendered: dict[str, str],
                  rendered_clusters: dict[str, str], *, exact_spaces: bool) -> None:
    """Every node shows its label (and, at the goal level, its id) as written."""
    for node in nodes:
        text = rendered[node["key"]]
        expected = [node["label"]] + ([node["id"]] if node["kind"] in ("mål", "aktivitet") else [])
        for part in expected:
            if exact_spaces:
                assert part in text, (node["id"], part, text)
            else:
                assert _squeeze(part) in _squeeze(text), (node["id"], part, text)
    for cluster in clusters:
        text = rendered_clusters[cluster["key"]]
        assert _squeeze(cluster["label"]) in _squeeze(text), (cluster["label"], text)


def assert_no_markup(svg: bytes) -> None:
    """The HTML and script fragments of the titles stayed text: no such element, no handler."""
    for element in etree.fromstring(svg).iter():
        if isinstance(element.tag, str):
            assert etree.QName(element).localname not in ("script", "img", "b", "i", "iframe"), element.tag
            assert not any(name.lower().startswith("on") for name in element.attrib), element.attrib


# --- Graphviz ---------------------------------------------------------------------------------


def test_svg_shows_every_document_of_the_example(cli, tmp_path):
    require_or_skip("dot", find_dot())
    target = tmp_path / "norrkoping.svg"
    assert cli("graph", NORRKOPING, "--today", TODAY, "-o", target).code == 0
    data = _json(cli, NORRKOPING, "--today", TODAY)
    nodes = graphviz_groups(target.read_bytes(), "node")
    documents = [n for n in nodes if n.startswith("doc_")]
    assert len(documents) == len(documents_of(NORRKOPING)) == 57
    titles = {clean(d["titel"]) for d in documents_of(NORRKOPING).values()}
    assert {n["label"] for n in data["nodes"]} == titles
    assert_labels(data["nodes"], data["graph"]["clusters"], nodes,
                  graphviz_groups(target.read_bytes(), "cluster"), exact_spaces=True)


def test_dot_output_renders_with_graphviz(cli):
    require_or_skip("dot", find_dot())
    source = cli("graph", NORRKOPING, "--today", TODAY, "-f", "dot", "--level", "mål").out
    svg = render_dot(source, "svg")
    data = _json(cli, NORRKOPING, "--today", TODAY, "--level", "mål")
    nodes = graphviz_groups(svg, "node")
    assert sum(1 for key in nodes if not key.startswith("key_")) == len(data["nodes"])
    assert_labels(data["nodes"], data["graph"]["clusters"], nodes, graphviz_groups(svg, "cluster"),
                  exact_spaces=True)
    edges = [e for e in graphviz_groups(svg, "edge") if not e.startswith("key_")]
    assert len(edges) == len(data["links"])


@pytest.mark.parametrize("level", ["dokument", "mål"])
def test_hostile_titles_render_intact_with_graphviz(cli, tmp_path, level):
    require_or_skip("dot", find_dot())
    args = (HOSTILE, "--today", HOSTILE_TODAY, "--level", level)
    data = _json(cli, *args)
    source = cli("graph", *args, "-f", "dot").out
    for svg in (render_dot(source, "svg"), _written(cli, tmp_path / "h.svg", *args)):
        nodes = graphviz_groups(svg, "node")
        assert sorted(k for k in nodes if not k.startswith("key_")) == sorted(n["key"] for n in data["nodes"])
        assert_labels(data["nodes"], data["graph"]["clusters"], nodes, graphviz_groups(svg, "cluster"),
                      exact_spaces=True)
        assert_no_markup(svg)
        title = etree.fromstring(svg).find(f"{SVG}g/{SVG}text")
        assert "".join(title.itertext()) == data["graph"]["title"]
    png = _written(cli, tmp_path / "h.png", *args)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000


def _written(cli, target: Path, *args) -> bytes:
    run = cli("graph", *args, "-o", target)
    assert run.code == 0, run.err
    return target.read_bytes()


def test_hostile_titles_in_json_are_the_titles(cli):
    data = _json(cli, HOSTILE, "--today", HOSTILE_TODAY)
    documents = documents_of(HOSTILE)
    assert {n["id"]: n["label"] for n in data["nodes"] if n["kind"] == "document"} == {
        i: clean(d["titel"]) for i, d in documents.items()}
    missing = [n for n in data["nodes"] if n["kind"] == "missing"]
    assert [n["id"] for n in missing] == ['finns-inte "<x>" & ]]']


# --- Mermaid (mmdc) -----------------------------------------------------------------------------


def test_mermaid_renders_every_document_of_the_example(cli, tmp_path):
    require_or_skip("mmdc", find_mmdc())
    source = cli("graph", NORRKOPING, "--today", TODAY).out
    render_mermaid(source, tmp_path / "norrkoping.svg")
    data = _json(cli, NORRKOPING, "--today", TODAY)
    nodes = mermaid_groups(tmp_path / "norrkoping.svg", "node")
    assert len([k for k in nodes if k.startswith("doc_")]) == len(documents_of(NORRKOPING)) == 57
    assert_labels(data["nodes"], data["graph"]["clusters"], nodes,
                  mermaid_groups(tmp_path / "norrkoping.svg", "cluster"), exact_spaces=False)


@pytest.mark.parametrize("level", ["dokument", "mål"])
def test_hostile_titles_render_intact_with_mermaid(cli, tmp_path, level):
    require_or_skip("mmdc", find_mmdc())
    args = (HOSTILE, "--today", HOSTILE_TODAY, "--level", level)
    source = cli("graph", *args).out
    render_mermaid(source, tmp_path / "hostile.svg")
    data = _json(cli, *args)
    nodes = mermaid_groups(tmp_path / "hostile.svg", "node")
    assert sorted(k for k in nodes if not k.startswith("key_")) == sorted(n["key"] for n in data["nodes"])
    assert_labels(data["nodes"], data["graph"]["clusters"], nodes,
                  mermaid_groups(tmp_path / "hostile.svg", "cluster"), exact_spaces=False)
    svg = (tmp_path / "hostile.svg").read_bytes()
    assert_no_markup(svg)
    # No `%%{init}%%` directive in a title reached Mermaid: the default theme is still in use.
    assert b"#ECECFF" in svg.upper()


def test_markdown_output_is_a_mermaid_block(cli, tmp_path):
    require_or_skip("mmdc", find_mmdc())
    target = tmp_path / "graf.md"
    assert cli("graph", HOSTILE, "--today", HOSTILE_TODAY, "-o", target).code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("```mermaid\n") and text.endswith("```\n")
    render_mermaid(text[len("```mermaid\n"):-len("```\n")], tmp_path / "graf.svg")


# --- a large repository ---------------------------------------------------------------------------


def write_large_repository(root: Path, documents: int = 500, committees: int = 20) -> int:
    """A valid-looking repository of `documents` documents: the top of the model, a plan,
    activity plan and quality report per nämnd and year, and riktlinjer to fill up."""
    organs = ["  - {id: kf, namn: Kommunfullmäktige, slag: fullmäktige}",
              "  - {id: ks, namn: Kommunstyrelsen, slag: styrelse}"]
    for n in range(committees):
        organs.append(f"  - {{id: n{n}, namn: Nämnd {n}, slag: nämnd}}")
        organs.append(f"  - {{id: k{n}, namn: Kontor {n}, slag: kontor, nämnd: n{n}}}")
    files = {"organisation.yaml": "typ: organisation\nnamn: Storkommunen\norgan:\n" + "\n".join(organs) + "\n"}

    def doc(name: str, fields: str) -> None:
        files[f"{name}.yaml"] = f"id: {name}\n{fields}"

    common = "beslutsdatum: 2022-12-19\ngiltig_från: 2023-01-01\ngäller_för: kommunala_organisationen\n"
    doc("vision", "typ: vision\ntitel: Vision 2040\nbeslutad_av: kf\n" + common + "giltig_till: 2040-12-31\n")
    doc("program", "typ: politiskt_program\ntitel: Politiskt program\nbeslutad_av: kf\n" + common
        + "giltig_till: 2026-12-31\nutgår_från: [vision]\n")
    areas = "".join(
        f"  - id: MO{a}\n    namn: Område {a}\n    mål:\n"
        + "".join(f"      - {{id: MO{a}.{g}, text: Mål {a}.{g}, måluppfyllelse: Nått.}}\n" for g in range(3))
        for a in range(4))
    doc("mal", "typ: övergripande_mål\ntitel: Övergripande mål\nbeslutad_av: kf\n" + common
        + "giltig_till: 2026-12-31\nutgår_från: [program]\nmålområden:\n" + areas)
    for year in range(2023, 2027):
        for n in range(committees):
            period = f"beslutsdatum: {year - 1}-12-01\ngiltig_från: {year}-01-01\ngiltig_till: {year}-12-31\n"
            previous = f"ersätter: [up-{n}-{year - 1}]\n" if year > 2023 else ""
            doc(f"up-{n}-{year}", f"typ: uppdragsplan\ntitel: Uppdragsplan {year} nämnd {n}\nbeslutad_av: n{n}\n"
                + period + f"gäller_för: [n{n}]\nutgår_från: [mal]\n" + previous
                + f"mål:\n  - {{id: G-{n}-{year}, text: Mål, utgår_från: [MO{n % 4}.{n % 3}], måluppfyllelse: Nått.}}\n")
            doc(f"vp-{n}-{year}", f"typ: verksamhetsplan\ntitel: Verksamhetsplan {year} kontor {n}\n"
                f"beslutad_av: k{n}\n" + period + f"gäller_för: [k{n}]\nutgår_från: [up-{n}-{year}]\n"
                f"nämnd_informerad: {year}-01-20\n"
                f"aktiviteter:\n  - {{id: A-{n}-{year}, text: Aktivitet, utgår_från: [G-{n}-{year}]}}\n")
            doc(f"kr-{n}-{year}", f"typ: kvalitetsredovisning\ntitel: Kvalitetsredovisning {year} nämnd {n}\n"
                f"beslutad_av: n{n}\nbeslutsdatum: {year + 1}-02-15\ngiltig_från: {year}-01-01\n"
                f"giltig_till: {year}-12-31\ngäller_för: [n{n}]\nutgår_från: [up-{n}-{year}]\n")
    index = 0
    while len(files) - 1 < documents:
        n = index % committees
        doc(f"rl-{index}", f"typ: riktlinje\ntitel: Riktlinje {index} för kontor {n}\nbeslutad_av: k{n}\n"
            f"beslutsdatum: 2023-03-01\ngiltig_från: 2023-04-01\ngäller_för: [k{n}]\n"
            f"slag: tjänstemannariktlinje\nägare: k{n}\nuppföljning: 2027-03-31\n")
        index += 1
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return len(files) - 1


def test_a_500_document_repository_renders_with_dot(cli, tmp_path):
    require_or_skip("dot", find_dot())
    repository = tmp_path / "repo"
    repository.mkdir()
    assert write_large_repository(repository) == 500
    source = cli("graph", repository, "--today", "2026-06-01", "-f", "dot").out
    svg = render_dot(source, "svg", timeout=120)  # a hang guard, not a timing assertion
    nodes = graphviz_groups(svg, "node")
    assert len([k for k in nodes if k.startswith("doc_")]) == 500
    clusters = graphviz_groups(svg, "cluster")
    assert clusters["c_organ_n7"] == "Nämnd 7"


def test_goal_level_of_a_500_document_repository_renders(cli, tmp_path):
    require_or_skip("dot", find_dot())
    repository = tmp_path / "repo"
    repository.mkdir()
    write_large_repository(repository)
    target = tmp_path / "goals.svg"
    run = cli("graph", repository, "--today", "2026-06-01", "--level", "mål", "-o", target)
    assert run.code == 0, run.err
    data = _json(cli, repository, "--today", "2026-06-01", "--level", "mål")
    svg = target.read_bytes()
    nodes = graphviz_groups(svg, "node")
    assert sorted(k for k in nodes if not k.startswith("key_")) == sorted(n["key"] for n in data["nodes"])
    edges = [e for e in graphviz_groups(svg, "edge") if not e.startswith("key_")]
    assert len(edges) == len(data["links"])  # none lost


def _fake_dot(folder: Path, script: str) -> None:
    folder.mkdir()
    fake = folder / "dot"
    fake.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    fake.chmod(0o755)


def test_edges_graphviz_cannot_route_are_drawn_with_right_angles(cli, tmp_path, monkeypatch):
    """Some Graphviz versions drop edges they cannot route as curves ("lost … edge", exit 1);
    styrcheck then draws again with right-angled edges instead of failing or losing them."""
    real = require_or_skip("dot", find_dot())
    _fake_dot(tmp_path / "bin", f"""case " $* " in *" -Gsplines=ortho "*) exec {real} "$@";; esac
echo "Error: in routesplines, Pshortestpath failed" >&2
echo "Error: lost doc_a doc_b edge" >&2
exit 1
""")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}")
    target = tmp_path / "graf.svg"
    run = cli("graph", NORRKOPING, "--today", TODAY, "-o", target)
    assert run.code == 0, run.err
    assert len([k for k in graphviz_groups(target.read_bytes(), "node") if k.startswith("doc_")]) == 57


def test_graphviz_failing_is_reported_briefly(cli, tmp_path, monkeypatch):
    _fake_dot(tmp_path / "bin", 'for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo "Error: trouble $i" >&2; done\nexit 3\n')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}")
    run = cli("graph", NORRKOPING, "-o", tmp_path / "graf.png", "--lang", "en")
    assert run.code == 2
    assert "Graphviz `dot -Tpng` failed (exit 3)" in run.err
    assert "Error: trouble 8" in run.err and "trouble 9" not in run.err
    assert not (tmp_path / "graf.png").exists()
