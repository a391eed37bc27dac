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

if TYPE_CHECKING:
    from styrcheck.core.profile import Profile
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


def make(paths: Sequence[Path], validate_options: ValidateOptions, wanted: Request) -> bytes:
    """The diagram of the repository at `paths`, rendered."""
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
        diagram = build(repo, findings, wanted.options)
        return render(diagram, wanted.output_format)
    except (SelectionError, GraphvizError) as err:
        raise GraphError(err.key, **err.values) from None


def is_binary(chosen_format: str) -> bool:
    return chosen_format in BINARY
