"""`styrcheck graph` of a repository too large for GitHub and GitLab to draw as one Mermaid
picture: split into parts (diagram/split.py), each small enough, which together hold every
node and every link of the whole (as `graph -f json` lists them). The parts are read back
from the Mermaid text and from the SVG Graphviz drew."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from render_tools import find_dot, find_mmdc, render_mermaid, require_or_skip
from test_graph_render import _json, graphviz_groups, mermaid_groups, write_large_repository

TODAY = "2026-06-01"
BLOCK = re.compile(r"^```mermaid\n(.*?)^```\n", re.M | re.S)
NODE = re.compile(r"^\s+(\w+)[\[\(\{]", re.M)
LINK = re.compile(r"^  (\w+) (-->|-\.->) (\w+)$", re.M)


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    repository = tmp_path_factory.mktemp("large") / "repo"
    repository.mkdir()
    write_large_repository(repository)
    return repository


def whole(cli, repository: Path, *args: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Node keys and (parent or old, child or new, relation) links of the whole diagram."""
    data = _json(cli, repository, "--today", TODAY, *args)
    keys = {node["id"]: node["key"] for node in data["nodes"]}
    links = {(keys[link["target"]], keys[link["source"]], link["relation"]) for link in data["links"]}
    return set(keys.values()), links


def mermaid_parts(text: str) -> list[tuple[set[str], set[tuple[str, str, str]]]]:
    parts = []
    for block in BLOCK.findall(text):
        nodes = {key for key in NODE.findall(block) if not key.startswith("key_")}  # key_: the legend's samples
        links = {(a, b, "derives" if arrow == "-->" else "replaces") for a, arrow, b in LINK.findall(block)}
        parts.append((nodes, {link for link in links if not link[0].startswith("key_")}))
    return parts


def test_a_large_markdown_picture_is_split_into_blocks_github_draws_that_hold_everything(cli, large, tmp_path):
    from styrcheck.diagram.mermaid import too_large

    nodes, links = whole(cli, large)
    single = cli("graph", large, "--today", TODAY, "-f", "mermaid")
    assert too_large(single.out) is not None, "the whole picture is too large: the test needs it so"
    target = tmp_path / "graf.md"
    run = cli("graph", large, "--today", TODAY, "--lang", "en", "-o", target)
    assert run.code == 0
    text = target.read_text(encoding="utf-8")
    blocks = BLOCK.findall(text)
    assert run.err == (f"styrcheck: the picture was too large for GitHub and GitLab as one; it is split into "
                       f"{len(blocks)} Mermaid blocks\n")
    assert len(blocks) > 1
    for block in blocks:
        assert too_large(block) is None
    parts = mermaid_parts(text)
    assert set().union(*(p[0] for p in parts)) == nodes
    assert set().union(*(p[1] for p in parts)) == links
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["Vision", "Politiskt program", "Målområden med övergripande mål", "Uppdragsplan",
                        "Verksamhetsplan", "Riktlinje", "Kvalitetsredovisning"]


def test_a_large_svg_is_written_as_a_file_per_part_with_an_index(cli, large, tmp_path):
    require_or_skip("dot", find_dot())
    nodes, links = whole(cli, large)
    markdown = tmp_path / "graf.md"
    assert cli("graph", large, "--today", TODAY, "-o", markdown).code == 0
    target = tmp_path / "bild" / "graf.svg"
    target.parent.mkdir()
    run = cli("graph", large, "--today", TODAY, "--lang", "en", "-o", target)
    assert run.code == 0
    index = (tmp_path / "bild" / "graf.md").read_text(encoding="utf-8")
    pictures = re.findall(r"^!\[(.+)\]\((graf-\d+\.svg)\)$", index, re.M)
    assert [label for label, _ in pictures] == re.findall(r"^## (.+)$", markdown.read_text(encoding="utf-8"), re.M)
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(["graf.md", *(file for _, file in pictures)])
    assert run.err == (f"styrcheck: the picture was too large for GitHub and GitLab as one; wrote it in "
                       f"{len(pictures)} parts, {target.parent / 'graf-1.svg'} to "
                       f"{target.parent / f'graf-{len(pictures)}.svg'}, with an index in {target.parent / 'graf.md'}\n")
    drawn_nodes, drawn_links = set(), set()
    for _, file in pictures:
        svg = (target.parent / file).read_bytes()
        drawn_nodes |= {key for key in graphviz_groups(svg, "node") if not key.startswith("key_")}
        for edge in graphviz_groups(svg, "edge"):
            if not edge.startswith("key_"):
                drawn_links.add(tuple(edge.split("->")))
    assert drawn_nodes == nodes
    assert drawn_links == {(parent, child) for parent, child, _ in links}


def test_a_part_of_a_split_picture_renders_with_mermaid(cli, large, tmp_path):
    require_or_skip("mmdc", find_mmdc())
    target = tmp_path / "graf.md"
    assert cli("graph", large, "--today", TODAY, "-o", target).code == 0
    text = target.read_text(encoding="utf-8")
    block = BLOCK.findall(text)[3]  # the uppdragsplaner, with the goals they derive from
    (nodes, _), = mermaid_parts(f"```mermaid\n{block}```\n")
    svg = tmp_path / "part.svg"
    render_mermaid(block, svg)
    assert nodes <= set(mermaid_groups(svg, "node"))


def test_standard_output_gets_the_whole_picture_and_a_small_one_is_not_split(cli, large, tmp_path):
    from test_graph import NORRKOPING

    run = cli("graph", large, "--today", TODAY, "--lang", "en")
    assert run.out.count("flowchart TB") == 1
    assert run.err.startswith("styrcheck: warning: the Mermaid picture has ")
    target = tmp_path / "graf.svg"
    if find_dot() is not None:
        assert cli("graph", NORRKOPING, "--today", TODAY, "-o", target).code == 0
        assert [p.name for p in tmp_path.iterdir()] == ["graf.svg"]


def test_a_type_too_large_is_split_by_deciding_body_and_then_into_runs(large):
    """With room for 12 nodes a picture, the 80 uppdragsplaner (4 a nämnd, each with the
    övergripande mål it derives from and the plan it replaces) come apart by nämnd; the 13
    riktlinjer of a nämnd's kontor (within the nämnd's cluster) come apart into runs."""
    from datetime import date

    from styrcheck.core.profile import load
    from styrcheck.diagram.build import Options, build
    from styrcheck.diagram.split import split
    from styrcheck.pipeline.options import Options as Reading
    from styrcheck.pipeline.validate import load_repository

    repository = load_repository([large], Reading(load(), date.fromisoformat(TODAY), jobs=1))
    diagram = build(repository, [], Options(lang="en"))
    parts = split(diagram, lambda part: len(part.nodes) <= 12)
    for part in parts:
        assert len(part.diagram.nodes) <= 12, part.label
    assert {n.key for p in parts for n in p.diagram.nodes} == {n.key for n in diagram.nodes}
    assert {e for p in parts for e in p.diagram.edges} == set(diagram.edges)
    labels = [part.label for part in parts]
    assert "Uppdragsplan – Nämnd 7" in labels
    assert "Riktlinje – Nämnd 3 (1)" in labels and "Riktlinje – Nämnd 3 (2)" in labels
