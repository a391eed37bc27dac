"""`styrcheck graph` from the user's side: formats, output files, selection, the findings
overlay, stable output, and a clear exit 2 when Graphviz is missing.

Rendering with the real Graphviz and Mermaid renderers is in test_graph_render.py."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import EXAMPLES
from render_tools import find_dot, require_or_skip

NORRKOPING = EXAMPLES / "norrkoping"
TODAY = "2026-11-23"  # the example's own "today" (examples/norrkoping/README.md)
FIXTURES = Path(__file__).parents[1] / "fixtures" / "graph"
HOSTILE = FIXTURES / "hostile"
HOSTILE_TODAY = "2026-06-01"


# --- helpers shared with test_graph_render.py ---------------------------------------------------


_BREAKS = "\t\n\r\x0b\x0c\x85\u2028\u2029"
_SHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """What a label shows of a title (docs/graph.md): line breaks and tabs become spaces, runs
    of white space one space, other control characters and bidi overrides an escape."""
    text = "".join(" " if c in _BREAKS else c for c in text)
    text = _SHOWN.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                      else f"\\u{ord(m.group()):04x}", text)
    return " ".join(text.split())


def documents_of(folder: Path) -> dict[str, dict]:
    """Every steering document under `folder`, read with plain ruamel.yaml (not styrcheck's
    loader, so the tests do not check styrcheck against itself)."""
    found = {}
    for path in sorted(folder.rglob("*.yaml")):
        data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("typ") not in ("organisation", "styrcheck") and "id" in data:
            found[str(data["id"])] = data
    return found


def graph_json(cli, *args: str) -> dict:
    run = cli("graph", *args, "-f", "json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def ids(data: dict, kind: str | None = "document") -> set[str]:
    return {n["id"] for n in data["nodes"] if kind is None or n["kind"] == kind}


# --- formats and output files ---------------------------------------------------------------------


def test_mermaid_is_the_default_on_stdout(cli):
    run = cli("graph", NORRKOPING, "--today", TODAY)
    assert run.code == 0, run.err
    assert run.out.startswith("flowchart TB\n")
    # Every document is a node, named by a key made from its id.
    for doc_id in documents_of(NORRKOPING):
        key = "doc_" + re.sub(r"[^A-Za-z0-9_]", "_", doc_id)
        assert re.search(rf"^\s+{key}[\[\(\{{]", run.out, re.M), doc_id


def test_dot_on_stdout(cli):
    run = cli("graph", NORRKOPING, "--today", TODAY, "-f", "dot")
    assert run.code == 0, run.err
    assert run.out.startswith("digraph styrcheck {")
    assert run.out.count('"doc_') >= len(documents_of(NORRKOPING))


@pytest.mark.parametrize("name, start", [
    ("graf.mmd", b"flowchart TB\n"),
    ("graf.mermaid", b"flowchart TB\n"),
    ("graf.md", b"```mermaid\nflowchart TB\n"),
    ("graf.dot", b"digraph styrcheck {"),
    ("graf.gv", b"digraph styrcheck {"),
    ("graf.json", b"{\n"),
    ("GRAF.SVG", b"<?xml"),
    ("graf.png", b"\x89PNG\r\n\x1a\n"),
])
def test_output_file_format_from_its_suffix(cli, tmp_path, name, start):
    if name.lower().endswith((".svg", ".png")):
        require_or_skip("dot", find_dot())
    target = tmp_path / name
    run = cli("graph", NORRKOPING, "--today", TODAY, "-o", target)
    assert run.code == 0, run.err
    assert run.out == ""
    assert target.read_bytes().startswith(start)


def test_format_option_wins_over_the_suffix(cli, tmp_path):
    target = tmp_path / "graf.txt"
    run = cli("graph", NORRKOPING, "--today", TODAY, "-o", target, "-f", "dot")
    assert run.code == 0, run.err
    assert target.read_text(encoding="utf-8").startswith("digraph")


def test_unknown_suffix_is_a_usage_error(cli, tmp_path):
    run = cli("graph", NORRKOPING, "-o", tmp_path / "graf.txt", "--lang", "en")
    assert run.code == 2
    assert "cannot tell the format" in run.err and ".svg" in run.err
    assert not (tmp_path / "graf.txt").exists()


def test_unknown_format_is_a_usage_error(cli):
    run = cli("graph", NORRKOPING, "-f", "pdf", "--lang", "en")
    assert run.code == 2
    assert "unknown format 'pdf'" in run.err


def test_json_is_node_link_data_networkx_reads(cli):
    data = graph_json(cli, NORRKOPING, "--today", TODAY)
    graph = nx.node_link_graph(data, edges="links")
    documents = documents_of(NORRKOPING)
    assert ids(data) == set(documents)
    assert {n["label"] for n in data["nodes"]} == {clean(d["titel"]) for d in documents.values()}
    # Links keep the repository's direction: child -> parent, new -> old.
    assert graph.has_edge("uppdragsplan-bun-2026", "overgripande-mal-2023-2026", key="derives")
    assert graph.has_edge("riktlinje-styrmodell", "riktlinje-styrmodell-2018", key="replaces")
    assert not graph.has_edge("riktlinje-styrmodell-2018", "riktlinje-styrmodell")
    assert graph.number_of_edges() == len(data["links"]) > 40


def test_political_documents_and_dimmed_ones(cli):
    nodes = {n["id"]: n for n in graph_json(cli, NORRKOPING, "--today", TODAY)["nodes"]}
    # Political by the profile's `politisk` flag ...
    assert nodes["vision-2035"]["political"] and nodes["uppdragsplan-bun-2026"]["political"]
    assert not nodes["verksamhetsplan-utbildningskontoret-2026"]["political"]
    # ... and a riktlinje by its slag.
    assert nodes["riktlinje-styrmodell"]["political"]
    assert not nodes["riktlinje-synpunktshantering"]["political"]
    # Superseded (ersätter) and expired documents are dimmed; reports are not "expired".
    assert nodes["riktlinje-styrmodell-2018"]["dimmed"]
    assert nodes["riktlinje-styrmodell-2018"]["status"] == "ersatt från 2023-01-01"
    assert nodes["uppdragsplan-bun-2025"]["dimmed"]
    assert not nodes["kvalitetsredovisning-bun-2025"]["dimmed"]
    assert not nodes["uppdragsplan-bun-2026"]["dimmed"]
    assert nodes["politiskt-program-2027-2030"]["status"] == "gäller från 2027-01-01"


def test_supersession_and_derivation_edges_look_different(cli):
    mermaid = cli("graph", NORRKOPING, "--today", TODAY, "--no-legend").out
    assert "  doc_riktlinje_styrmodell_2018 -.-> doc_riktlinje_styrmodell\n" in mermaid
    assert "  doc_uppdragsplan_bun_2026 --> doc_verksamhetsplan_utbildningskontoret_2026\n" in mermaid
    dot = cli("graph", NORRKOPING, "--today", TODAY, "-f", "dot", "--no-legend").out
    assert re.search(r'"doc_riktlinje_styrmodell_2018" -> "doc_riktlinje_styrmodell" \[style=dashed', dot)
    assert '"doc_uppdragsplan_bun_2026" -> "doc_verksamhetsplan_utbildningskontoret_2026";' in dot


def test_legend_names_the_types_drawn(cli):
    mermaid = cli("graph", NORRKOPING, "--today", TODAY, "--type", "vision,uppdragsplan").out
    legend = mermaid[mermaid.index("subgraph key_legend"):]
    assert '"Vision"' in legend and '"Uppdragsplan"' in legend and "Budget" not in legend
    assert "Politiskt dokument #40;orange ram#41;" in legend
    assert "key_legend" not in cli("graph", NORRKOPING, "--no-legend").out


# --- selection ----------------------------------------------------------------------------------


def test_type_selects_documents_of_those_types(cli):
    data = graph_json(cli, NORRKOPING, "--type", "uppdragsplan", "--type", "verksamhetsplan")
    documents = documents_of(NORRKOPING)
    expected = {i for i, d in documents.items() if d["typ"] in ("uppdragsplan", "verksamhetsplan")}
    assert ids(data) == expected and len(expected) == 30
    assert all(link["source"] in expected and link["target"] in expected for link in data["links"])


def test_type_written_folded_or_misspelt(cli):
    folded = graph_json(cli, NORRKOPING, "--type", "overgripande_mal")
    assert ids(folded) == {"overgripande-mal-2023-2026", "overgripande-mal-2027-2030"}
    run = cli("graph", NORRKOPING, "--type", "uppdragsplann", "--lang", "en")
    assert run.code == 2
    assert "did you mean 'uppdragsplan'?" in run.err


def test_period_keeps_what_applies_that_year(cli):
    in_2026 = ids(graph_json(cli, NORRKOPING, "--period", "2026"))
    assert "uppdragsplan-bun-2026" in in_2026 and "vision-2035" in in_2026
    assert "uppdragsplan-bun-2025" not in in_2026  # ended 2025-12-31
    assert "politiskt-program-2027-2030" not in in_2026  # applies from 2027
    assert "riktlinje-styrmodell-2018" not in in_2026  # replaced from 2023
    in_2022 = ids(graph_json(cli, NORRKOPING, "--period", "2022"))
    assert "riktlinje-styrmodell-2018" in in_2022 and "riktlinje-styrmodell" not in in_2022


def test_root_draws_a_subtree(cli):
    data = graph_json(cli, NORRKOPING, "--root", "uppdragsplan-bun-2025")
    assert ids(data) == {"uppdragsplan-bun-2025", "verksamhetsplan-utbildningskontoret-2025",
                         "kvalitetsredovisning-bun-2025"}
    assert {(l["source"], l["target"]) for l in data["links"]} == {
        ("verksamhetsplan-utbildningskontoret-2025", "uppdragsplan-bun-2025"),
        ("kvalitetsredovisning-bun-2025", "uppdragsplan-bun-2025"),
    }


def test_depth_counts_steps_below_the_root(cli):
    assert ids(graph_json(cli, NORRKOPING, "--root", "vision-2035", "--depth", "0")) == {"vision-2035"}
    assert ids(graph_json(cli, NORRKOPING, "--root", "vision-2035", "--depth", "1")) == {
        "vision-2035", "politiskt-program-2023-2026", "politiskt-program-2027-2030"}
    two = ids(graph_json(cli, NORRKOPING, "--root", "vision-2035", "--depth", "2"))
    assert "overgripande-mal-2023-2026" in two and "uppdragsplan-bun-2026" not in two


def test_depth_without_root_counts_from_the_top(cli):
    tops = ids(graph_json(cli, NORRKOPING, "--depth", "0"))
    documents = documents_of(NORRKOPING)
    assert tops == {i for i, d in documents.items() if not d.get("utgår_från")}
    assert "vision-2035" in tops and "politiskt-program-2023-2026" not in tops


def test_root_and_type_together(cli):
    data = graph_json(cli, NORRKOPING, "--root", "vision-2035", "--type", "verksamhetsplan", "--period", "2026")
    assert ids(data) == {i for i, d in documents_of(NORRKOPING).items()
                         if d["typ"] == "verksamhetsplan" and str(d["giltig_från"]).startswith("2026")}


def test_unknown_root_is_a_usage_error(cli):
    run = cli("graph", NORRKOPING, "--root", "uppdragsplan-bun-2062", "--lang", "en")
    assert run.code == 2
    assert "--root 'uppdragsplan-bun-2062'" in run.err and "did you mean" in run.err


def test_goal_level_groups_goals_by_area_and_nämnd(cli):
    data = graph_json(cli, NORRKOPING, "--today", TODAY, "--level", "mål", "--period", "2026")
    nodes = {n["id"]: n for n in data["nodes"]}
    clusters = {c["key"]: c for c in data["graph"]["clusters"]}
    # An övergripande mål sits in its goal area, in its document, in kommunfullmäktige's cluster.
    area = clusters[nodes["MO1.1"]["cluster"]]
    document = clusters[area["parent"]]
    organ = clusters[document["parent"]]
    assert (area["kind"], area["label"]) == ("area", "Trygghet")
    assert document["label"] == "Målområden med övergripande mål 2023–2026"
    assert organ["label"] == "Kommunfullmäktige"
    # An activity of a kontor sits with the nämnd the kontor serves.
    activity_document = clusters[nodes["UK-2026-1"]["cluster"]]
    assert clusters[activity_document["parent"]]["label"] == "Barn- och utbildningsnämnden"
    assert nodes["UK-2026-1"]["kind"] == "aktivitet" and nodes["BUN-2026-1"]["kind"] == "mål"
    # Links run goal to goal: activity -> uppdragsplan goal -> övergripande mål.
    links = {(l["source"], l["target"]) for l in data["links"]}
    assert ("UK-2026-1", "BUN-2026-1") in links
    assert any(source == "BUN-2026-1" and nodes[target]["kind"] == "mål" for source, target in links)
    assert not any(n["kind"] == "document" for n in data["nodes"])


def test_goal_level_root_is_a_goal_or_a_document(cli):
    goal = graph_json(cli, NORRKOPING, "--level", "mål", "--root", "BUN-2026-1")
    activities = {n["id"] for n in goal["nodes"] if n["kind"] == "aktivitet"}
    assert ids(goal, None) == {"BUN-2026-1"} | activities and activities
    plan = graph_json(cli, NORRKOPING, "--level", "mål", "--root", "uppdragsplan-bun-2026", "--depth", "0")
    goals = documents_of(NORRKOPING)["uppdragsplan-bun-2026"]["mål"]
    assert ids(plan, None) == {g["id"] for g in goals}


def test_cluster_by_type_or_not_at_all(cli):
    by_type = graph_json(cli, NORRKOPING, "--cluster", "typ")
    labels = {c["label"] for c in by_type["graph"]["clusters"]}
    assert {"Uppdragsplan", "Verksamhetsplan", "Vision"} <= labels
    assert graph_json(cli, NORRKOPING, "--cluster", "ingen")["graph"]["clusters"] == []
    assert cli("graph", NORRKOPING, "--cluster", "kontor").code == 2


# --- the findings overlay -----------------------------------------------------------------------


def _counts(cli, folder: Path, today: str) -> dict[str, tuple[int, int]]:
    """(errors, warnings) per file, from `styrcheck validate`."""
    report = json.loads(cli("validate", folder, "--today", today, "-f", "json", "--lang", "en").out)
    counts: dict[str, list[int]] = {}
    for finding in report["findings"]:
        if finding["accepted"] is None and not finding["baselined"] and finding["severity"] != "info":
            counts.setdefault(finding["path"], [0, 0])[finding["severity"] == "warning"] += 1
    return {path: (e, w) for path, (e, w) in counts.items()}


def test_findings_are_counted_on_their_documents(cli):
    counts = _counts(cli, HOSTILE, HOSTILE_TODAY)
    data = graph_json(cli, HOSTILE, "--today", HOSTILE_TODAY, "--lang", "en")
    for node in data["nodes"]:
        if node["kind"] == "document":
            assert (node["errors"], node["warnings"]) == counts.get(node["path"], (0, 0)), node["id"]
    marked = {n["id"]: n for n in data["nodes"] if n["errors"]}
    plan = marked["verksamhetsplan-kfk-2026"]  # the misspelt key (M002)
    assert any("M002" in message for message in plan["findings"])


def test_findings_show_in_the_labels(cli):
    mermaid = cli("graph", HOSTILE, "--today", HOSTILE_TODAY, "--lang", "en", "--no-legend").out
    line = next(l for l in mermaid.splitlines() if l.strip().startswith("doc_verksamhetsplan_kfk_2026["))
    assert line.endswith('<br>✖ 1 error"]')
    assert re.search(r"class [\w,]*doc_verksamhetsplan_kfk_2026[\w,]* errors", mermaid)
    dot = cli("graph", HOSTILE, "--today", HOSTILE_TODAY, "--lang", "sv", "-f", "dot").out
    assert "<b>✖ 1 fel</b>" in dot


def test_no_findings_skips_the_rules(cli):
    data = graph_json(cli, HOSTILE, "--today", HOSTILE_TODAY, "--no-findings")
    assert all(n["errors"] == n["warnings"] == 0 for n in data["nodes"])


def test_exit_code_is_zero_even_with_findings(cli):
    assert cli("validate", HOSTILE, "--today", HOSTILE_TODAY).code == 1
    assert cli("graph", HOSTILE, "--today", HOSTILE_TODAY).code == 0


# --- stable output ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["mermaid", "dot", "json"])
def test_two_runs_give_the_same_bytes(cli, fmt):
    first = cli("graph", NORRKOPING, "--today", TODAY, "-f", fmt, "--level", "mål").out
    second = cli("graph", NORRKOPING, "--today", TODAY, "-f", fmt, "--level", "mål").out
    assert first == second and first


def test_svg_is_the_same_twice(cli, tmp_path):
    require_or_skip("dot", find_dot())
    for name in ("a.svg", "b.svg"):
        assert cli("graph", NORRKOPING, "--today", TODAY, "-o", tmp_path / name).code == 0
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


def test_order_of_files_does_not_matter(cli, tmp_path, monkeypatch):
    """The same documents in files named and nested differently (so read in another order)
    give the same Mermaid, and the same JSON but for the paths."""
    expected = {}
    for level in ("dokument", "mål"):
        expected[level] = (cli("graph", NORRKOPING, "--today", TODAY, "--level", level, "--lang", "sv").out,
                           graph_json(cli, NORRKOPING, "--today", TODAY, "--level", level, "--lang", "sv"))
    sources = sorted(NORRKOPING.rglob("*.yaml"))
    for seed in (1, 2):
        shuffled = sources[:]
        random.Random(seed).shuffle(shuffled)
        copy = tmp_path / f"copy{seed}"
        for index, source in enumerate(shuffled):
            target = copy / f"d{index % 3}" / f"{index:03d}-{source.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        monkeypatch.chdir(copy)
        for level, (mermaid, data) in expected.items():
            assert cli("graph", ".", "--today", TODAY, "--level", level, "--lang", "sv").out == mermaid
            again = graph_json(cli, ".", "--today", TODAY, "--level", level, "--lang", "sv")
            for node in (*data["nodes"], *again["nodes"]):
                node.pop("path", None)
                node["findings"] = [re.sub(r", (rad|line) \d+:", ":", m) for m in node["findings"]]
            assert again == data


def test_keys_do_not_depend_on_the_selection(cli):
    whole = cli("graph", NORRKOPING, "--no-legend", "--cluster", "ingen").out
    part = cli("graph", NORRKOPING, "--no-legend", "--cluster", "ingen", "--type", "uppdragsplan").out
    node_lines = [l for l in part.splitlines() if l.startswith("  doc_")]
    assert node_lines and all(l in whole.splitlines() for l in node_lines)


# --- Graphviz missing -------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["svg", "png"])
def test_missing_graphviz_says_how_to_install_it(cli, tmp_path, monkeypatch, suffix):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    target = tmp_path / f"graf.{suffix}"
    run = cli("graph", NORRKOPING, "-o", target, "--lang", "en")  # the example's styrcheck.yaml says språk: sv
    assert run.code == 2
    assert f"{suffix.upper()} output is drawn by Graphviz's `dot` program, which was not found" in run.err
    assert "sudo apt-get install graphviz" in run.err and "brew install graphviz" in run.err
    assert "-f mermaid" in run.err
    assert not target.exists()
    # Formats that need no Graphviz still work.
    assert cli("graph", NORRKOPING, "-f", "dot").code == 0


@given(st.lists(st.text(alphabet="abcåäö-–.,/ \u00a0", min_size=0, max_size=40), max_size=30),
       st.integers(min_value=1, max_value=40))
def test_labels_wrap_as_textwrap_would(words, width):
    """The diagram's own word wrap (fast, for 100,000 labels) breaks `clean` text exactly
    where textwrap does with the same choices: at spaces, long words whole."""
    import textwrap

    from styrcheck.diagram.model import clean, wrap

    text = clean(" ".join(words))
    expected = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    assert wrap(text, width) == expected


def test_a_mermaid_picture_too_large_for_github_is_warned_about(cli, tmp_path):
    """GitHub and GitLab refuse a Mermaid picture over 50,000 characters or 500 links: say so,
    and what to do instead; a picture within the limits gets no warning."""
    from test_graph_render import write_large_repository

    repository = tmp_path / "large"
    repository.mkdir()
    write_large_repository(repository)
    run = cli("graph", repository, "--lang", "en", "--today", TODAY)
    assert run.code == 0
    characters = len(run.out)
    assert characters > 50_000
    assert run.err == (f"styrcheck: warning: the Mermaid picture has {characters} characters and "
                       f"{run.out.count(' --> ') + run.out.count(' -.-> ')} links, more than GitHub and GitLab draw "
                       "(50000 characters, 500 links). Show a part of it (--type, --root, --period), draw it as SVG "
                       "(-f svg), or publish the model with styrcheck report, which splits the hierarchy into "
                       "readable pictures.\n")
    small = cli("graph", NORRKOPING, "-f", "markdown", "--lang", "en", "--today", TODAY)
    assert (small.code, small.err) == (0, "")
