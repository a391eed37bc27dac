"""JSON node-link data, for other tools: networkx reads it back with
`networkx.node_link_graph(data, edges="links")`.

Ids are the ids as written in the repository (a control character in one shown as an escape,
as in `styrcheck validate --format json`); `links` keep the repository graph's direction
(child to parent for `derives`, new to old for `replaces`).
"""

from __future__ import annotations

import json
from typing import Any

from styrcheck.core.text import printable
from styrcheck.diagram.model import Diagram, Node

FORMAT_VERSION = 1


def render(diagram: Diagram) -> str:
    ids = {node.key: printable(node.id) for node in diagram.nodes}
    data = {
        "directed": True,
        "multigraph": True,
        "graph": {
            "format": "styrcheck-graph",
            "version": FORMAT_VERSION,
            "level": diagram.level,
            "title": diagram.title,
            "clusters": [
                {
                    "key": c.key,
                    "label": c.label,
                    "kind": c.kind,
                    "parent": c.parent,
                    "errors": c.badge.errors,
                    "warnings": c.badge.warnings,
                }
                for c in diagram.clusters
            ],
        },
        "nodes": [_node(node) for node in diagram.nodes],
        "links": [
            {"source": ids[e.source], "target": ids[e.target], "key": e.relation, "relation": e.relation}
            for e in diagram.edges
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _node(node: Node) -> dict[str, Any]:
    return {
        "id": printable(node.id),
        "key": node.key,
        "kind": node.kind,
        "label": node.title,
        "type": node.type_name,
        "type_label": node.type_label,
        "path": node.path,
        "political": node.political,
        "dimmed": node.dimmed,
        "status": node.status or None,
        "errors": node.badge.errors,
        "warnings": node.badge.warnings,
        "findings": list(node.badge.messages),
        "cluster": node.cluster,
        "shape": node.shape,
        "fill": node.fill,
    }
