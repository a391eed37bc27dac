"""What `styrcheck graph` does between parsing its options and writing the result: read the
repository, run the rules for the findings overlay, build the diagram, render it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from styrcheck.core.errors import ToolError, one_of
from styrcheck.core.text import did_you_mean, fold
from styrcheck.diagram import BINARY, FORMATS, SUFFIXES, format_for, render
from styrcheck.diagram.build import CLUSTERINGS, LEVELS, Options, build
from styrcheck.diagram.graphviz import GraphvizError
from styrcheck.diagram.select import Selection, SelectionError
from styrcheck.diagram.split import Part, split
from styrcheck.diagram.texts import texts

if TYPE_CHECKING:
    from styrcheck.core.profile import Profile
    from styrcheck.diagram.model import Diagram
    from styrcheck.pipeline.options import Options as ValidateOptions

# Spellings a user may type, folded, for each level and clustering.
_LEVELS = {
    "dokument": "dokument",
    "documents": "dokument",
    "document": "dokument",
    "mal": "mål",
    "goals": "mål",
    "goal": "mål",
}
_CLUSTERINGS = {"namnd": "nämnd", "committee": "nämnd", "typ": "typ", "type": "typ", "ingen": "ingen", "none": "ingen"}


class GraphError(ToolError):
    """A usage or tool problem of `styrcheck graph` (exit 2); the message says what to do."""


@dataclass(frozen=True)
class Request:
    output_format: str
    options: Options
    findings: bool = True


def output_format(given: str | None, output: Path | None) -> str:
    """The format asked for, else the one the output file's suffix implies, else Mermaid."""
    if given is not None:
        chosen = fold(given)
        if chosen not in FORMATS:
            raise GraphError("unknown-format", value=given, choices=", ".join(FORMATS))
        return chosen
    if output is None:
        return "mermaid"
    inferred = format_for(output)
    if inferred is None:
        raise GraphError("format-from-name", name=output.name, suffixes=" ".join(sorted(SUFFIXES)))
    return inferred


def request(
    profile: Profile,
    *,
    given_format: str | None,
    output: Path | None,
    level: str,
    root: str | None,
    types: Sequence[str],
    period: int | None,
    depth: int | None,
    cluster: str,
    legend: bool,
    findings: bool,
    lang: str,
) -> Request:
    """Check the command line's choices and turn them into a Request."""
    chosen_level = _LEVELS.get(fold(level))
    if chosen_level is None:
        raise GraphError("level", value=level, choices=one_of(LEVELS))
    chosen_cluster = _CLUSTERINGS.get(fold(cluster))
    if chosen_cluster is None:
        raise GraphError("cluster", value=cluster, choices=", ".join(CLUSTERINGS))
    if depth is not None and depth < 0:
        raise GraphError("depth", value=depth)
    selection = Selection(root=root, types=frozenset(_type_names(profile, types)), period=period, depth=depth)
    options = Options(level=chosen_level, selection=selection, cluster=chosen_cluster, legend=legend, lang=lang)
    return Request(output_format(given_format, output), options, findings)


def _type_names(profile: Profile, types: Sequence[str]) -> list[str]:
    names = []
    for written in (t.strip() for group in types for t in group.split(",")):
        if not written:
            continue
        found = profile.doc_type(written)
        if found is None:
            suggestion = did_you_mean(written, profile.type_names())
            listed = ", ".join(profile.type_names())
            if suggestion:
                raise GraphError("unknown-type-suggest", name=written, suggestion=suggestion, types=listed)
            raise GraphError("unknown-type", name=written, types=listed)
        names.append(found[0])
    return names


def make(paths: Sequence[Path], validate_options: ValidateOptions, wanted: Request) -> Diagram:
    """The diagram of the repository at `paths`."""
    from styrcheck.diagram.graphviz import find_dot
    from styrcheck.pipeline.validate import load_repository, validate

    if wanted.output_format in ("svg", "png") and find_dot() is None:
        raise GraphError("graphviz-missing", format=wanted.output_format.upper())  # before the work
    if wanted.findings:
        repo, result = validate(paths, validate_options)
        findings = result.findings
    else:
        repo, findings = load_repository(paths, validate_options), []
    try:
        return build(repo, findings, wanted.options)
    except SelectionError as err:
        raise GraphError(err.key, **err.values) from None


@dataclass(frozen=True)
class Drawing:
    files: dict[Path | None, bytes]  # what to write, by file (None: standard output)
    parts: int  # how many pictures the diagram was split into (1: whole)


def drawn(diagram: Diagram, output_format: str, output: Path | None) -> Drawing:
    """What to write. A picture too large for GitHub and GitLab as one (mermaid.too_large) is
    split (split.py): as a Mermaid block per part in Markdown, or, written to a file, as a file
    per part beside it and their index in Markdown (`-o graf.svg`: graf-1.svg, graf-2.svg, …
    and graf.md). Standard output gets it whole."""
    splits = output_format == "markdown" or (output is not None and output_format != "json")
    parts = split(diagram, _fits) if splits else []
    try:
        if len(parts) <= 1:
            return Drawing({output: render(diagram, output_format)}, 1)
        if output_format == "markdown":
            return Drawing({output: _index(diagram, parts, output_format, [])}, len(parts))
        assert output is not None  # only Markdown is split on standard output
        files = [output.with_name(f"{output.stem}-{number}{output.suffix}") for number in range(1, len(parts) + 1)]
        found: dict[Path | None, bytes] = {
            file: render(part.diagram, output_format) for file, part in zip(files, parts)
        }
        found[output.with_suffix(".md")] = _index(diagram, parts, output_format, files)
        return Drawing(found, len(parts))
    except GraphvizError as err:
        raise GraphError(err.key, **err.values) from None


def _fits(part: Diagram) -> bool:
    from styrcheck.diagram.mermaid import render as mermaid
    from styrcheck.diagram.mermaid import too_large

    return too_large(mermaid(part)) is None


def _index(diagram: Diagram, parts: list[Part], output_format: str, files: list[Path]) -> bytes:
    """Markdown: a heading per part and its Mermaid block, or its file (shown, for a picture)."""
    from styrcheck.diagram.mermaid import render as mermaid

    words = texts(diagram.lang)
    out = [f"# {diagram.title}\n"] if diagram.title else []
    out.append(words["split"].format(count=len(parts)) + "\n")
    for number, part in enumerate(parts):
        out.append(f"## {part.label}\n")
        if output_format == "markdown":
            out.append(f"```mermaid\n{mermaid(part.diagram)}```\n")
        elif output_format in BINARY or output_format == "svg":
            out.append(f"![{part.label}]({files[number].name})\n")
        else:
            out.append(f"[{files[number].name}]({files[number].name})\n")
    return "\n".join(out).encode("utf-8")


def is_binary(chosen_format: str) -> bool:
    return chosen_format in BINARY
