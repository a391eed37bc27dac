"""Turn read files into a repository: documents, the organisation, and what was wrong.

Each file is classified (document, organisation, configuration, or not a steering document)
and validated against its pydantic model; validation errors become findings M001-M004 at
the offending key. A document with a broken optional field is kept without that field, so
one bad value does not hide the document from every other rule.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from styrcheck.catalogue.raised import M001, M002, M003, M004, M005, Y003, Raised
from styrcheck.core.diagnostics import Finding, Severity, make_args
from styrcheck.core.fields import model_of
from styrcheck.core.loader import PathKey, Source
from styrcheck.core.models import Document, Goal, Organisation, field_names
from styrcheck.core.problems import data_path, shown_name, value_problem
from styrcheck.core.profile import DocType, Profile
from styrcheck.core.text import did_you_mean, fold

if TYPE_CHECKING:
    import networkx as nx

CONFIG_NAMES = {"styrcheck.yaml", "styrcheck.yml"}
ORGANISATION_NAMES = {"organisation.yaml", "organisation.yml"}
PROFILE_TYPE = "profil"


@dataclass(frozen=True, slots=True)  # slots: a large repository holds hundreds of thousands
class Doc:
    """A steering document: where it was read, what it says, and its type in the profile."""

    source: Source
    model: Document
    type_name: str  # canonical, e.g. "övergripande_mål"
    type: DocType
    # Fields (folded keys) dropped because their values were invalid (already reported):
    # a rule that counts what such a field holds must not take its absence at face value.
    dropped: frozenset[str] = frozenset()

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def path(self) -> str:
        return self.source.path


@dataclass(frozen=True, slots=True)
class Item:
    """A goal, goal area or activity inside a document; they share the id namespace."""

    id: str
    kind: str  # "mål", "målområde", "aktivitet"
    doc: Doc
    path: PathKey
    goal: Goal | None = None


@dataclass
class Repository:
    profile: Profile
    today: date
    sources: list[Source] = field(default_factory=list)
    documents: list[Doc] = field(default_factory=list)
    organisation: Organisation | None = None
    organisation_source: Source | None = None
    broken_ids: set[str] = field(default_factory=set)  # documents too broken to model
    profiles: list[str] = field(default_factory=list)  # files of `typ: profil`: not documents
    findings: list[Finding] = field(default_factory=list)  # from reading and modelling

    @cached_property
    def by_id(self) -> dict[str, Doc]:
        found: dict[str, Doc] = {}
        for doc in self.documents:
            found.setdefault(doc.id, doc)
        return found

    @cached_property
    def items(self) -> dict[str, Item]:
        """Goals, goal areas and activities by id (the first, where ids clash)."""
        found: dict[str, Item] = {}
        for item in self.all_items:
            found.setdefault(item.id, item)
        return found

    @cached_property
    def all_items(self) -> list[Item]:
        """Every goal, goal area and activity, in the order of the documents."""
        items: list[Item] = []
        for doc in self.documents:
            for a, area in enumerate(doc.model.goal_areas):
                items.append(Item(area.id, "målområde", doc, ("malomraden", a)))
            for path, goal in doc.model.all_goals():
                items.append(Item(goal.id, "mål", doc, path, goal))
            for i, activity in enumerate(doc.model.get("activities", [])):
                items.append(Item(activity.id, "aktivitet", doc, ("aktiviteter", i)))
        return items

    @cached_property
    def organs(self) -> dict[str, Any]:
        """Bodies by id (the first, where ids clash: M005 reports the others)."""
        found: dict[str, Any] = {}
        for organ in self.organisation.organs if self.organisation else []:
            found.setdefault(organ.id, organ)
        return found

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        from styrcheck.core.graph import build

        return build(self)

    @cached_property
    def successors(self) -> dict[str, list[str]]:
        """Ids of the documents that replace each document (their `ersätter` names it), sorted;
        asked for every document by several rules and the calendar, so gathered once."""
        from styrcheck.core.graph import REPLACES

        found: dict[str, set[str]] = {}
        for new, old, key in self.graph.edges(keys=True):
            if key == REPLACES:
                found.setdefault(old, set()).add(new)
        return {old: sorted(new) for old, new in found.items()}

    def prepare(self) -> None:
        """Build now what rules query in common, so that processes forked to run the rules
        share it rather than each building its own."""
        for name in ("by_id", "all_items", "items", "organs", "graph", "successors"):
            getattr(self, name)

    def of_type(self, *names: str) -> list[Doc]:
        wanted = {fold(n) for n in names}
        return [d for d in self.documents if fold(d.type_name) in wanted]

    def with_goals(self, kind: str) -> list[Doc]:
        """Documents whose type the profile gives goals of `kind` (övergripande, …)."""
        return [d for d in self.documents if d.type.goals == kind]


def assemble(sources: list[Source], profile: Profile, today: date) -> Repository:
    repo = Repository(profile, today, sources)
    organisations: list[Source] = []
    for source in sources:
        repo.findings.extend(source.findings)
        if source.findings and source.data is None:
            continue  # unreadable: already reported
        _classify(source, repo, organisations)
    _add_organisation(organisations, repo)
    return repo


def _classify(source: Source, repo: Repository, organisations: list[Source]) -> None:
    data = source.data
    name = source.path.rsplit("/", 1)[-1].lower()
    if name in CONFIG_NAMES or (isinstance(data, dict) and fold(str(data.get("typ", ""))) == "styrcheck"):
        return  # configuration: read by config.py
    if data is None:
        _problem(repo, source, Y003, "empty", ())
        return
    if not isinstance(data, dict):
        _problem(repo, source, Y003, "not-mapping", ())
        return
    typ = data.get("typ")
    if not isinstance(typ, str) or not typ.strip():
        key = "no-typ-organisation" if is_organisation_file(source) else "no-typ"
        _problem(repo, source, Y003, key, (), types=repo.profile.type_names())
        return
    if fold(typ) == "organisation":
        organisations.append(source)
        return
    if fold(typ) == PROFILE_TYPE:  # a profile kept beside the documents: read with --profile
        repo.profiles.append(source.path)
        return
    found = repo.profile.doc_type(typ)
    if found is None:
        suggestion = did_you_mean(typ, [*repo.profile.type_names(), "organisation"])
        _problem(
            repo,
            source,
            M004,
            "suggest" if suggestion else "default",
            ("typ",),
            value=typ,
            suggestion=suggestion or "",
            types=repo.profile.type_names(),
        )
        _remember_id(repo, data)
        return
    type_name, doc_type = found
    model, dropped = _validate(repo, source, model_of(doc_type, repo.profile), data)
    if model is None:
        _remember_id(repo, data)
        return
    repo.documents.append(Doc(source, model, type_name, doc_type, dropped))


def is_organisation_file(source: Source) -> bool:
    """Whether the file is (or is meant to be) the organisation, even if it could not be read:
    named so, of type organisation, or without a type but with a list of bodies."""
    stem = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    data = source.data
    if stem == "organisation":
        return True
    if not isinstance(data, dict):
        return False
    typ = data.get("typ")
    if not isinstance(typ, str) or not typ.strip():
        return isinstance(data.get("organ"), list)
    return fold(typ) == "organisation"


def _add_organisation(candidates: list[Source], repo: Repository) -> None:
    """Read one organisation file and report the others. The one named organisation.yaml is
    meant, not a copy beside it ('organisation - Kopia.yaml'); among equals, the first."""
    if not candidates:
        return
    used = min(candidates, key=lambda s: fold(s.path.rsplit("/", 1)[-1]) not in ORGANISATION_NAMES)
    for source in candidates:
        if source is not used:
            _problem(repo, source, M005, "organisation", (), used=used.path)
    model, _ = _validate(repo, used, Organisation, used.data)
    if model is not None:
        repo.organisation, repo.organisation_source = model, used


def _remember_id(repo: Repository, data: dict[str, Any]) -> None:
    if isinstance(data.get("id"), str):
        repo.broken_ids.add(data["id"])


def _problem(
    repo: Repository, source: Source, rule: Raised, key: str, path: PathKey, subject: str | None = None, **args: object
) -> None:
    line, column = source.position(path)
    document = source.data.get("id") if isinstance(source.data, dict) else None
    repo.findings.append(
        Finding(
            source.path,
            line,
            column,
            rule.code,
            Severity.ERROR,
            key,
            make_args(args),
            document if isinstance(document, str) else None,
            subject=".".join(map(str, path)) if subject is None else subject,
            place=tuple(path),
        )
    )


def _validate(
    repo: Repository, source: Source, model: type[BaseModel], data: dict[str, Any]
) -> tuple[Any, frozenset[str]]:
    """The model (None when a required field is broken) and the fields dropped to get it."""
    try:
        return model.model_validate(data), frozenset()
    except ValidationError as err:
        errors = err.errors()
    broken: set[str] = set()
    reported: set[PathKey] = set()
    for error in errors:
        path = data_path(data, error["loc"], missing=error["type"] == "missing")
        if path in reported and error["type"] not in ("missing", "extra_forbidden"):
            continue  # a union reports once per member; one message per place is enough
        reported.add(path)
        _model_problem(repo, source, model, data, path, error)
        if path:
            broken.add(str(path[0]))
    # Keep the document without its broken optional fields, when that is all that was wrong.
    required = {info.validation_alias for info in model.model_fields.values() if info.is_required()}
    if broken & required:
        return None, frozenset(broken)
    try:
        return model.model_validate({k: v for k, v in data.items() if k not in broken}), frozenset(broken)
    except ValidationError:
        return None, frozenset(broken)


def _model_problem(
    repo: Repository, source: Source, model: type[BaseModel], data: Any, path: PathKey, error: Any
) -> None:
    kind = error["type"]
    name = source.spelling(path) if path else ""
    field_name = shown_name(name) if path and isinstance(path[-1], str) else name
    if kind == "missing":
        _problem(
            repo, source, M001, "default", path[:-1], subject=".".join(map(str, path)), field=shown_name(str(path[-1]))
        )
        return
    if kind == "extra_forbidden":
        submodel = _model_at(model, path[:-1])
        suggestion = did_you_mean(name, field_names(submodel)) if submodel else None
        _problem(
            repo, source, M002, "suggest" if suggestion else "default", path, field=name, suggestion=suggestion or ""
        )
        return
    if kind == "scope_keyword":  # gäller_för: [bun, kommunala_organisationen]: at the keyword
        ctx = error["ctx"]
        _problem(repo, source, M003, "keyword-in-list", (*path, ctx["index"]), field=field_name, value=ctx["value"])
        return
    code, key, args = value_problem(error, field_name)
    _problem(repo, source, code, key, path, **args)


def _model_at(model: type[BaseModel], path: PathKey) -> type[BaseModel] | None:
    """The (sub)model that validates the mapping at `path`, for did-you-mean."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        fields = {info.validation_alias: info for info in current.model_fields.values()}
        info = fields.get(part)
        if info is None:
            return None
        current = _model_in(info.annotation)
        if current is None:
            return None
    return current


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
