"""The Hierarki page: the diagram of `styrcheck graph`, drawn by Graphviz as one picture per
document type (with the types it derives from), each document linking to its page; and the
whole hierarchy as nested lists, which is the pictures' text alternative and what is shown
when Graphviz is missing. A picture of more than LIMIT documents is not drawn: split, never
shrunk to something no one can read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from styrcheck.diagram import render
from styrcheck.diagram.build import Options, build
from styrcheck.diagram.graphviz import GraphvizError, find_dot
from styrcheck.diagram.select import Selection, SelectionError
from styrcheck.diagram.split import subdiagram

if TYPE_CHECKING:
    from styrcheck.core.diagnostics import Finding
    from styrcheck.site.model import Page, Site

LIMIT = 60  # documents in one picture (about what an A4 page or a screen shows legibly)


@dataclass(frozen=True)
class Picture:
    type_label: str
    file: str | None  # the SVG beside hierarki.html; None: not drawn
    documents: int


@dataclass
class Branch:
    page: Page
    children: list[Branch]
    again: bool = False  # shown in full at its first place in the tree; here only named


def pictures(site: Site, findings: list[Finding]) -> tuple[list[Picture], dict[str, bytes], bool]:
    """The pictures (one per document type, in the profile's order), their SVG files by name,
    and whether Graphviz was found. The diagram of the whole model is built once and each
    picture is the part of it that shows one type and the types it derives from."""
    if find_dot() is None:
        return [], {}, False
    counts = Counter(page.doc.type_name for page in site.pages)
    labels = {page.doc.type_name: page.type_label for page in site.pages}
    parts = []  # (number, type, the types it shows, how many documents)
    for number, (name, doc_type) in enumerate(site.repo.profile.doc_types.items(), 1):
        if counts[name]:
            types = {t for t in (name, *doc_type.parents, *doc_type.optional_parents) if counts[t]}
            parts.append((number, name, types, sum(counts[t] for t in types)))
    drawn = {t for _, _, types, documents in parts if documents <= LIMIT for t in types}
    whole = None
    if drawn:  # the diagram of only the documents some picture shows (none, in a large model)
        options = Options(selection=Selection(types=frozenset(drawn)), cluster="nämnd", legend=False, lang=site.lang)
        try:
            whole = build(site.repo, findings, options)
        except SelectionError:
            return [], {}, True
    if whole is not None:  # each document links to its page; the page gives the title
        nodes = tuple(
            replace(node, url=site.by_id[node.id].href) if node.id in site.by_id else node for node in whole.nodes
        )
        whole = replace(whole, title="", nodes=nodes)
    shown, files = [], {}
    for number, name, types, documents in parts:
        if whole is None or documents > LIMIT:
            shown.append(Picture(labels[name], None, documents))
            continue
        home = [node.key for node in whole.nodes if node.type_name == name]
        context = [node.key for node in whole.nodes if node.type_name in types]
        try:
            svg = render(subdiagram(whole, "", home, context), "svg")
        except GraphvizError:
            return [], {}, False
        file = f"hierarki-{number}.svg"
        files[file] = svg
        shown.append(Picture(labels[name], file, documents))
    return shown, files, True


def tree(site: Site) -> list[Branch]:
    """Every document under the documents it derives from; a document with two parents is
    shown in full under the first and named under the second, so the list stays as long as
    the hierarchy has links."""
    seen: set[str] = set()

    def branch(page: Page) -> Branch:
        if page.doc.id in seen:
            return Branch(page, [], again=True)
        seen.add(page.doc.id)
        return Branch(page, [branch(site.by_id[ref.id]) for ref in page.children])

    tops = [page for page in site.pages if not any(ref.href for ref in page.parents)]
    found = [branch(page) for page in tops]
    # Documents only in cycles have no top: listed on their own, so that none is left out.
    found += [branch(page) for page in site.pages if page.doc.id not in seen]
    return found
