"""The field groups a document type may have (`fält:` in the profile), and the one place that
builds a type's pydantic model from them.

Every document has the fields of `Document`; each group adds a few (an owner, a start
decision, activities). A type's model is `Document` with one mixin per group, built once for
each set of groups, so a rule that reads a field (`doc.model.get("owner")`) works on every
type that declares its group, whatever the type is called. `modell:` (the closed list of
models before groups) is still read: each old model name stands for its groups.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import create_model

from styrcheck.core.models import (
    GROUP_MIXINS,
    Document,
    Model,
    WithActivities,
    WithAssessments,
    WithCommitteeInformed,
    WithFollowUp,
    WithHorizon,
    WithOutlook,
    WithOwner,
    WithPreparation,
    WithRoles,
    WithStartDecision,
    WithStatute,
    WithValues,
    choice,
    sv,
)
from styrcheck.core.text import fold

# `slag` of a type without `stege_per_slag`: Norrköping's two kinds of riktlinje.
DEFAULT_KINDS = ("tjänstemannariktlinje", "politisk_riktlinje")


# Group name -> its mixin, in the order their fields follow the base fields (`slag` has no
# mixin of its own: its allowed values are the type's, see `model_of`).
GROUPS: dict[str, type[Model] | None] = {
    "horisont": WithHorizon,
    "värdeord": WithValues,
    "roller": WithRoles,
    "lagrum": WithStatute,
    "nämnd_informerad": WithCommitteeInformed,
    "aktiviteter": WithActivities,
    "startbeslut": WithStartDecision,
    "beredning": WithPreparation,
    "slag": None,
    "ägare": WithOwner,
    "uppföljning": WithFollowUp,
    "utblick": WithOutlook,
    "bedömningar": WithAssessments,
}
_GROUPS_BY_FOLDED = {fold(name): name for name in GROUPS}

# `modell:` before field groups: each old model name means these groups.
OLD_MODELS: dict[str, tuple[str, ...]] = {
    "dokument": (),
    "vision": ("horisont",),
    "värdegrund": ("värdeord", "roller"),
    "lagstadgad_plan": ("lagrum",),
    "verksamhetsplan": ("nämnd_informerad", "aktiviteter"),
    "inriktningsdokument": ("startbeslut", "beredning"),
    "riktlinje": ("slag", "ägare", "uppföljning"),
    "budget": ("utblick",),
    "årsredovisning": ("bedömningar",),
}
_OLD_MODELS_BY_FOLDED = {fold(name): groups for name, groups in OLD_MODELS.items()}


def group_name(written: str) -> str | None:
    """The canonical name of a field group, written any way (None: no such group)."""
    return _GROUPS_BY_FOLDED.get(fold(written))


def old_model(written: str) -> tuple[str, ...] | None:
    """The groups an old `modell:` name stands for (None: no such model)."""
    return _OLD_MODELS_BY_FOLDED.get(fold(written))


# The profile's DocType and Profile are `Any` here: profile.py's validation imports this module.
def groups_of(doc_type: Any) -> tuple[str, ...]:
    """The type's field groups, `fält` and `modell` together, canonical, in table order.
    Names no group stands for are left out here; profile validation reports them."""
    named = {group_name(g) for g in doc_type.groups}
    named.update(old_model(doc_type.model) or () if doc_type.model else ())
    return tuple(name for name in GROUPS if name in named)


def model_of(doc_type: Any, profile: Any) -> type[Document]:
    """The pydantic model of documents of `doc_type`: the one builder every caller goes through."""
    known = _OF_TYPE.get(id(doc_type))
    if known is not None and known[0] is doc_type and known[1] is profile:
        return known[2]
    model = _model_of(doc_type, profile)
    if len(_OF_TYPE) > 256:  # a process that loads profile after profile keeps only the recent
        _OF_TYPE.clear()
    _OF_TYPE[id(doc_type)] = (doc_type, profile, model)  # holding both: their ids stay theirs
    return model


# id(doc_type) -> (doc_type, profile, model): asked once per document, worked out once per type.
_OF_TYPE: dict[int, tuple[Any, Any, type[Document]]] = {}


def _model_of(doc_type: Any, profile: Any) -> type[Document]:
    groups = groups_of(doc_type)
    kinds = tuple(profile.spell(k) for k in doc_type.ladder_by_kind) or DEFAULT_KINDS
    return build(groups, kinds if "slag" in groups else ())


@functools.cache
def build(groups: tuple[str, ...], kinds: tuple[str, ...] = ()) -> type[Document]:
    """`Document` with the fields of `groups`; `kinds` are the values `slag` allows."""
    if not groups:
        return Document
    mixins: list[type[Model]] = []
    for group in groups:
        mixin = GROUPS[group]
        if mixin is None:  # slag
            mixin = _kind_mixin(kinds)
        mixins.append(mixin)
    name = "Document" + "".join(m.__name__.removeprefix("With") for m in mixins)
    # Bases in reverse: pydantic takes fields from the last base first, and the base fields
    # come first (in skeletons, schemas and messages), then each group's in table order.
    bases: tuple[type[Model], ...] = (*reversed(mixins), Document)
    model: type[Document] = create_model(name, __base__=bases, __module__=__name__)  # type: ignore[arg-type]
    globals()[name] = model  # picklable by name, as a class written here would be
    return model


_KINDS: dict[tuple[str, ...], type[Model]] = {}


def _kind_mixin(kinds: tuple[str, ...]) -> type[Model]:
    """The `slag` field with its allowed values (the keys of the type's `stege_per_slag`)."""
    if kinds not in _KINDS:
        annotation = Annotated[str | None, choice(*kinds)]
        name = f"WithKind{len(_KINDS)}"
        _KINDS[kinds] = create_model(name, __base__=Model, __module__=__name__, kind=(annotation, sv("slag", None)))
        globals()[name] = _KINDS[kinds]
    return _KINDS[kinds]


def mixins() -> Iterable[type[Model]]:
    """Every group's mixin (editor hints)."""
    return [*GROUP_MIXINS, _kind_mixin(DEFAULT_KINDS)]
