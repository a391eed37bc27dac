"""M008: every organ a document names (who decided it, owns it, prepared it, or what it applies
to) exists in organisation.yaml, and the organisation itself names only organs and kinds it knows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.models import SCOPE_KEYWORDS, display_names
from styrcheck.core.repository import is_organisation_file
from styrcheck.core.text import did_you_mean, fold

if TYPE_CHECKING:
    from styrcheck.core.loader import PathKey
    from styrcheck.core.models import Organ
    from styrcheck.core.repository import Doc, Repository


@rule("M008", "unknown-organ", tags=("metadata", "organisation"), local=True)
def unknown_organ(ctx: Context) -> Iterator[Finding]:
    repo = ctx.repo
    kinds = sorted(ctx.profile.spell(kind) for kind in ctx.profile.organ_kinds)
    if repo.organisation is None:
        yield from _no_organisation(ctx, kinds)
        return
    names = _organ_names(repo)
    where = repo.organisation_source.path if repo.organisation_source else "organisation.yaml"
    for doc in repo.documents:
        for path, value in _organ_references(doc):
            if value not in names:
                # gäller_för may also name the whole group or organisation by its keyword
                keywords = SCOPE_KEYWORDS.values() if path[0] == "galler_for" else ()
                suggestion = _suggest(value, names, keywords)
                yield ctx.finding(
                    doc,
                    path,
                    "suggest" if suggestion else "default",
                    subject=f"{path[0]}={value}",
                    value=value,
                    field=_field(path),
                    organisation=where,
                    suggestion=suggestion or "",
                )
    yield from _check_organisation(ctx, names, kinds)


def _check_organisation(ctx: Context, names: dict[str, str], kinds: list[str]) -> Iterator[Finding]:
    """The organisation file itself: each organ's slag, and the nämnd or kontor it belongs to."""
    source, organisation = ctx.repo.organisation_source, ctx.repo.organisation
    assert source is not None and organisation is not None  # called only when there is one
    for index, organ in enumerate(organisation.organs):
        if ctx.profile.organ_kind(organ.kind) is None:
            suggestion = did_you_mean(organ.kind, kinds)
            yield ctx.finding(
                source,
                ("organ", index, "slag"),
                "kind-suggest" if suggestion else "kind",
                subject=f"{organ.id}.slag",
                organ=organ.id,
                value=organ.kind,
                kinds=kinds,
                suggestion=suggestion or "",
            )
        for key, value in _above(organ):
            if value not in names:
                suggestion = _suggest(value, names)
                yield ctx.finding(
                    source,
                    ("organ", index, key),
                    "in-organisation-suggest" if suggestion else "in-organisation",
                    subject=f"{organ.id}.{key}",
                    organ=organ.id,
                    value=value,
                    field=_field((key,)),
                    suggestion=suggestion or "",
                )


def _above(organ: Organ) -> Iterator[tuple[str, str]]:
    """The body above, under each key the file names it with (`tillhör`, or `nämnd`, `kontor`)."""
    for key, name in (("tillhor", "parent"), ("namnd", "committee"), ("kontor", "office")):
        value = getattr(organ, name)
        if value is not None and (name != "parent" or name in organ.model_fields_set):
            yield key, value


def _no_organisation(ctx: Context, kinds: list[str]) -> Iterator[Finding]:
    """Once, on the first document that names an organ, rather than once per reference. An
    organisation file that could not be read is named, so that it is the one corrected."""
    unusable = next((s.path for s in ctx.repo.sources if is_organisation_file(s)), None)
    key = "unusable-organisation" if unusable else "no-organisation"
    for doc in ctx.repo.documents:
        for path, value in _organ_references(doc):
            yield ctx.finding(
                doc, path, key, subject="organisation.yaml", value=value, kinds=kinds, organisation=unusable or ""
            )
            return


def _organ_names(repo: Repository) -> dict[str, str]:
    """Organ id -> name, read from the file as written, so that one organ that fails to model
    (and takes the whole list with it) does not make every reference to the others unknown."""
    data = repo.organisation_source.data if repo.organisation_source else None
    written = data.get("organ") if isinstance(data, dict) else None
    names = {organ.id: organ.name or organ.id for organ in repo.organs.values()}
    for entry in written if isinstance(written, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            names.setdefault(entry["id"].strip(), str(entry.get("namn") or entry["id"]))
    return names


def _organ_references(doc: Doc) -> Iterator[tuple[PathKey, str]]:
    """Every place a document names an organ, with the organ id written there."""
    model, data = doc.model, doc.source.data
    yield ("beslutad_av",), model.decided_by
    if model.get("owner"):
        yield ("agare",), model.get("owner")
    if isinstance(model.applies_to, list):
        yield from _listed(data, "galler_for", model.applies_to)
    start = model.get("start_decision")
    if start is not None:
        yield ("startbeslut", "beslutad_av"), start.decided_by
    yield from _listed(data, "beredd_av", model.get("prepared_by", []))
    for index, deviation in enumerate(model.deviations):
        if deviation.decided_by:
            yield ("avsteg", index, "beslutad_av"), deviation.decided_by


def _listed(data: dict[str, Any], key: str, values: list[str]) -> Iterator[tuple[PathKey, str]]:
    """`key: x` and `key: [x, y]` both name organs; point at the item where there is a list."""
    written = data.get(key)
    for value in values:
        if isinstance(written, list):
            index = next((i for i, w in enumerate(written) if isinstance(w, str) and w.strip() == value), None)
            yield ((key, index) if index is not None else (key,)), value
        else:
            yield (key,), value


def _suggest(value: str, names: dict[str, str], keywords: Iterable[str] = ()) -> str | None:
    """The organ id (or keyword) the writer probably meant: a near id, or the id of a near name."""
    by_name = {fold(name): organ for organ, name in names.items()}
    if fold(value) in by_name:
        return by_name[fold(value)]
    ids = [*names, *keywords]
    match = did_you_mean(value, [*ids, *(name for name in names.values())])
    if match is None:
        return None
    return match if match in ids else by_name.get(fold(match))


def _field(path: PathKey) -> str:
    key = next(part for part in reversed(path) if isinstance(part, str))
    return display_names().get(key, key)
