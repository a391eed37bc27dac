"""M: the metadata every document carries ("ordning och reda bland styrande dokument")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from styrcheck.checks.registry import Context, declare, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.models import display_names
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.loader import PathKey
    from styrcheck.core.repository import Doc


@rule("M001", "missing-field", tags=("metadata",), local=True)
def missing_field(ctx: Context) -> Iterator[Finding]:
    """Fields the profile requires of a type (beyond those every document has)."""
    names = display_names()
    for doc in ctx.repo.documents:
        data = doc.source.data
        for required in doc.type.required:
            key = fold(required)
            if data.get(key) in (None, "", []):
                yield ctx.finding(doc, (), "type", subject=key, field=names.get(key, required), type=doc.type_name)


declare("M002", "unknown-field", tags=("metadata",))
declare("M003", "invalid-value", tags=("metadata",))
declare("M004", "unknown-type", tags=("metadata",))


# --- M005-M010: checked on the modelled repository ----------------------------------------


@rule("M005", "duplicate-id", tags=("metadata", "hierarchy"))
def duplicate_id(ctx: Context) -> Iterator[Finding]:
    holders: dict[str, list[tuple[Doc, PathKey]]] = {}
    for doc in ctx.repo.documents:
        holders.setdefault(doc.id, []).append((doc, ("id",)))
    for item in ctx.repo.all_items:
        holders.setdefault(item.id, []).append((item.doc, (*item.path, "id")))
    for id_, found in holders.items():
        if len(found) < 2:
            continue  # only places that clash are looked up: most ids never need theirs
        places = sorted(
            ((doc.path, *doc.source.position(path), doc, path) for doc, path in found), key=lambda place: place[:3]
        )
        first, *later = places
        first_file, first_line = first[:2]
        for file, _, _, doc, path in later:
            key = "same-file" if file == first_file else "default"
            yield ctx.finding(doc, path, key, subject=id_, id=id_, first=first_file, first_line=first_line)
    yield from _duplicate_organs(ctx)


def _duplicate_organs(ctx: Context) -> Iterator[Finding]:
    """Bodies share ids of their own, in the organisation file; the first holds (Repository.organs)."""
    source = ctx.repo.organisation_source
    first: dict[str, int] = {}
    for index, organ in enumerate(ctx.repo.organisation.organs if ctx.repo.organisation else []):
        earlier = first.setdefault(organ.id, index)
        if earlier != index:
            assert source is not None  # an organisation was read from it
            line, _ = source.position(("organ", earlier, "id"))
            yield ctx.finding(
                source,
                ("organ", index, "id"),
                "organ",
                subject=f"organ={organ.id}",
                id=organ.id,
                first_line=line,
                name=ctx.repo.organs[organ.id].name or organ.id,
            )


@rule("M006", "invalid-period", tags=("metadata", "period"), local=True)
def invalid_period(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        start, to = doc.model.valid_from, doc.model.valid_to
        if to is not None and to < start:
            yield ctx.finding(doc, ("giltig_till",), to=to, start=start)


@rule("M007", "decided-after-start", tags=("metadata", "period"), local=True)
def decided_after_start(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        # A type whose time of decision the profile sets against its period (D006, D007) is judged
        # by that rule alone: one date, one finding, and goals decided in the period's first months are due then.
        if doc.type.report or doc.type.first_year_deadline or doc.type.year_before_deadline:
            continue
        decided, start = doc.model.decided_on, doc.model.valid_from
        if decided > start:
            yield ctx.finding(doc, ("beslutsdatum",), decided=decided, start=start)


@rule("M011", "decided-in-future", tags=("metadata", "time"), local=True)
def decided_in_future(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if doc.model.decided_on > ctx.today:
            yield ctx.finding(doc, ("beslutsdatum",), decided=doc.model.decided_on, today=ctx.today)


@rule("M009", "internal-publication", tags=("metadata", "publication"), local=True)
def internal_publication(ctx: Context) -> Iterator[Finding]:
    allowed = sorted(ctx.profile.spell(name) for name, t in ctx.profile.doc_types.items() if t.may_be_internal)
    for doc in ctx.repo.documents:
        if doc.model.publication == "intern" and not doc.type.may_be_internal:
            yield ctx.finding(
                doc,
                ("publicering",),
                "default" if allowed else "none-allowed",
                subject="publicering",
                type=doc.type_name,
                allowed=allowed,
            )


# The yes/no words of a YesNo field: `samverkan: ja` says a document is joint, but not with whom.
_YES_NO = {"true", "false", "ja", "nej", "yes", "no", "on", "off", "sant", "falskt"}


@rule("M010", "joint-document", tags=("metadata",), local=True)
def joint_document(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        data = doc.source.data
        if "samverkan" not in data or data["samverkan"] is None:
            continue  # absent, or empty: M001 says so
        written = data["samverkan"] if isinstance(data["samverkan"], list) else [data["samverkan"]]
        if not all(isinstance(partner, str) for partner in written):
            continue  # a list of mappings: M003 says so
        if not any(partner.strip() and fold(partner) not in _YES_NO for partner in written):
            yield ctx.finding(doc, ("samverkan",), subject="samverkan")
