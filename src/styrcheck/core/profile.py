"""The municipal model as data: load `rules/<name>.yaml`, follow `utökar`, validate it.

Everything numeric or local lives in a profile; rules read it from here and hard-code none
of it. Profiles are read with the same loader as documents (keys folded), so they may be
written with å/ä/ö or without.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, ValidationError

from styrcheck import profiles
from styrcheck.core.diagnostics import Severity, Text
from styrcheck.core.errors import ToolError, render
from styrcheck.core.loader import PathKey, Source, read
from styrcheck.core.model_rules import OLD_GOAL_KEYS, GoalModel, Interval, Range, Review, count_interval
from styrcheck.core.models import Model, YesNo, choice, sv
from styrcheck.core.profile_merge import EXTENDS, merge
from styrcheck.core.text import fold, printable
from styrcheck.pipeline import discovery

DEFAULT = "norrkoping"


class ProfileError(ToolError):
    """A profile that cannot be used; the message says where and why (exit 2), and names
    every mistake found (`problems`, each at its file:line:col)."""

    problems: tuple[ToolError, ...] = ()

    @classmethod
    def of(cls, problems: list[Any]) -> ProfileError:
        """The error for `problems` (profile_check.Problem): one line each."""
        lines = tuple(ToolError("profile-invalid", where=p.where, detail=p.detail) for p in problems)
        error = cls(lines[0].key, **lines[0].values)
        error.problems = lines
        return error

    def text(self, lang: str) -> str:
        if len(self.problems) < 2:
            return super().text(lang)
        head = render("profile-errors", lang, count=len(self.problems))
        return "\n".join([head, *(p.text(lang) for p in self.problems)])


class OrganKind(Model):
    name: str | None = sv("namn", None)
    ladder: Annotated[str | None, choice("politisk", "tjänstemän")] = sv("stege", None)
    rank: int | None = sv("nivå", None)
    # What a body of this kind decides for (organisation.py): its own area (a nämnd with the
    # kontor serving it, a kontor with its enheter), the whole kommunala organisation, or the
    # whole kommunkoncern with bolag and förbund.
    remit: Annotated[str, choice("eget_område", "kommunala_organisationen", "hela_kommunkoncernen")] = sv(
        "omfattar", "eget_område"
    )


class MandatePeriod(Model):
    election_year: int = sv("valår")
    length: int = sv("längd", 4)
    # The general election: the `valsöndag`-th Sunday of month `valmånad` (calendar.py).
    election_month: int = sv("valmånad", 9)
    election_sunday: int = sv("valsöndag", 2)


class FirstYearDeadline(Model):
    """D006: decided at the latest by the end of `month` of the period's first year, and (if
    `after_election`) after the election that opened the period."""

    month: int = sv("senast_månad")
    after_election: YesNo = sv("efter_valet", False)


class YearBeforeDeadline(Model):
    """D007: decided in the year before the first year it covers, by the end of month `norm`
    (the local norm) and at the latest by the end of month `law` (the legal limit)."""

    norm: int | None = sv("norm", None)
    law: int | None = sv("lag", None)


class ReportDue(Model):
    """F007: a document of this type is reported on in a document of type `type`, decided
    within `months` months after its period has ended."""

    type: str = sv("typ")
    months: int = sv("inom_månader", 3)


class DocType(Model):
    name: str = sv("namn")
    name_en: str | None = sv("namn_en", None)
    groups: list[str] = sv("fält", [])  # field groups (core/fields.py)
    model: str | None = sv("modell", None)  # before field groups: an old model's groups
    political: YesNo = sv("politisk", False)
    decided_by: list[str] = sv("beslutas_av", [])
    parents: list[str] = sv("utgår_från", [])  # required: one of these (H004)
    optional_parents: list[str] = sv("får_utgå_från", [])  # allowed, not required (H003)
    period: Annotated[str, choice("ett_år", "mandatperiod", "decennier", "flera_år", "tillsvidare")] = sv(
        "period", "tillsvidare"
    )
    required: list[str] = sv("obligatoriska_fält", [])
    goals: Annotated[str | None, choice("övergripande", "uppföljningsbara", "tillåtna", "förbjudna")] = sv("mål", None)
    goal_parents: list[str] = sv("mål_utgår_från", [])
    activity_parents: list[str] = sv("aktiviteter_utgår_från", [])
    unique: YesNo = sv("unik", False)
    may_be_internal: YesNo = sv("får_vara_intern", False)
    # A report on a period that has passed: decided after it, and never "succeeded".
    report: YesNo = sv("redovisning", False)
    # F008: the next document of the type by the same body succeeds it without `ersätter`
    # (a budget with plan years, drawn up anew every year); `ett_år` and `mandatperiod` always are.
    succeeded_by_next: YesNo = sv("efterträds_av_nästa", False)
    # Who decides (D rules)
    lowest_level: YesNo = sv("lägsta_nivå", False)  # D002/D003: decisions on the lowest possible level
    ladder_by_kind: dict[str, Annotated[str, choice("politisk", "tjänstemän")]] = sv("stege_per_slag", {})
    own_area: YesNo = sv("eget_område", False)  # D004
    start_decision_by: str | None = sv("startbeslut_av", None)  # D005: an organ kind
    first_year_deadline: FirstYearDeadline | None = sv("beslut_senast", None)  # D006
    year_before_deadline: YearBeforeDeadline | None = sv("beslut_före_året", None)  # D007
    committee_informed_within: int | None = sv("nämnd_informeras_inom_månader", None)  # D008
    # Follow-up and lifecycle (F rules)
    owner_required: YesNo = sv("kräver_ägare", False)  # F001
    follow_up_required: YesNo = sv("kräver_uppföljning", False)  # F002
    min_horizon_years: int | None = sv("horisont_minst_år", None)  # F006
    reported_in: ReportDue | None = sv("redovisas_i", None)  # F007
    evaluates_goals: YesNo = sv("utvärderar_mål", False)  # F009
    roles: list[str] = sv("roller", [])  # V001: the roles the document must apply to
    # The name in messages, definite (type_words): "riktlinjen", "the annual report"; by
    # default made from `namn` and `namn_en`.
    definite: str | None = sv("bestämd_form", None)
    definite_en: str | None = sv("bestämd_form_en", None)


def type_words(doc_type: DocType) -> dict[str, Text]:
    """A type's words for messages: `type_word` ("riktlinje"), `a_type` ("en riktlinje", "ett
    program"), `the_type` ("riktlinjen", "the riktlinje"); `A_type`, `The_type` first in a sentence."""
    word = doc_type.name[:1].lower() + doc_type.name[1:]
    english = doc_type.name_en[:1].lower() + doc_type.name_en[1:] if doc_type.name_en else word
    one = doc_type.definite or (word + "n" if word[-1:] in "aeiouyåäö" else word + "en")
    one_en = doc_type.definite_en or f"the {english}"
    # The indefinite article follows the definite form's gender: "programmet", so "ett program".
    article = "ett" if one.endswith("et") and " " not in one else "en"
    a_type = Text(f"{article} {word}", f"{'an' if english[:1] in 'aeiou' else 'a'} {english}")
    return {
        "type_word": Text(word, english),
        "a_type": a_type,
        "A_type": Text(a_type.sv[:1].upper() + a_type.sv[1:], a_type.en[:1].upper() + a_type.en[1:]),
        "the_type": Text(one, one_en),
        "The_type": Text(one[:1].upper() + one[1:], one_en[:1].upper() + one_en[1:]),
    }


Level = Annotated[str, choice("error", "warning", "info", "off", "fel", "varning", "av")]
_LEVELS = {"fel": "error", "varning": "warning", "av": "off"}


class Profile(Model):
    """One municipality's model, with `utökar` already applied."""

    type: str | None = sv("typ", None)
    name: str = sv("namn")
    source_text: str | None = sv("källa", None)
    extends: str | None = sv("utökar", None)
    organ_kinds: dict[str, OrganKind] = sv("organslag")
    goal_model: GoalModel = sv("målmodell", GoalModel())
    review: Review | None = sv("aktualitetsprövning", None)
    # The passages of the profile's source (källa) each rule rests on, by rule code (explain).
    quotes: dict[str, str] = sv("citat", {})
    mandate_period: MandatePeriod = sv("mandatperiod")
    doc_types: dict[str, DocType] = sv("dokumenttyper")
    severities: dict[str, Level] = sv("allvarlighet", {})
    # Named follow-up intervals (uppföljning: {intervall: …}): months, or `mandatperiod`.
    follow_up_intervals: dict[str, Annotated[str, BeforeValidator(str)]] = sv("uppföljningsintervall", {})
    # Canonical spellings (with å/ä/ö) of the folded keys above, for messages.
    spellings: dict[str, str] = sv("stavningar", {})

    def interval(self, text: str) -> Interval | None:
        """A follow-up interval: `år`, `mandatperiod`, `2 år`, `6 månader`, or a name under
        `uppföljningsintervall`; None if it cannot be counted."""
        return count_interval(text, self.follow_up_intervals)

    def quote(self, code: str) -> str:
        return self.quotes.get(fold(code), "")

    def spell(self, key: str) -> str:
        return self.spellings.get(fold(key), key)

    @cached_property
    def _types_by_folded(self) -> dict[str, tuple[str, DocType]]:
        return {fold(k): (self.spell(k), v) for k, v in self.doc_types.items()}

    def doc_type(self, typ: str) -> tuple[str, DocType] | None:
        """The canonical name and definition of a document type, written any way."""
        return self._types_by_folded.get(fold(typ))

    def types(self) -> list[tuple[str, DocType]]:
        """Every document type's canonical name and definition, by name."""
        return sorted(self._types_by_folded.values(), key=lambda named: named[0])

    def type_names(self) -> list[str]:
        return [name for name, _ in self.types()]

    @cached_property
    def type_order(self) -> dict[str, int]:
        """Each type's place in the profile (its hierarchy order), by canonical name."""
        return {name: index for index, (name, _) in enumerate(self._types_by_folded.values())}

    def text_words(self) -> dict[str, Text]:
        """The profile's words a rule's summary and reason are filled with: the goal word, and
        `ladders`, the kinds of body on each ladder from the lowest rank up."""
        ladders = []
        for ladder, sv_word, en_word in (
            ("politisk", "den politiska", "the political one"),
            ("tjänstemän", "tjänstemännens", "the officials'"),
        ):
            kinds = sorted((k for k in self.organ_kinds.items() if k[1].ladder == ladder), key=lambda k: k[1].rank or 0)
            if kinds:
                names = " < ".join(kind.name or self.spell(key) for key, kind in kinds)
                ladders.append((f"{sv_word} ({names})", f"{en_word} ({names})"))
        return {
            **self.goal_model.words(),
            "ladders": Text(" och ".join(s for s, _ in ladders), " and ".join(e for _, e in ladders)),
        }

    def organ_kind(self, kind: str) -> OrganKind | None:
        return self.organ_kinds.get(fold(kind))

    def severity(self, code: str, variant: str | None = None) -> Severity | None:
        """The rule's severity here, or None when the profile turns it off. A message variant
        may have its own (`D007.lag: error` beside `D007: warning`)."""
        level = self.severities.get(fold(f"{code}.{variant}")) if variant else None
        if level is None:
            level = self.severities.get(fold(code))  # keys are read folded: `d007`
        if level is None:
            return Severity.ERROR  # a new rule the profile does not know yet: not silent
        level = _LEVELS.get(level, level)
        return None if level == "off" else Severity.parse(level)


def _goal_model_of(data: dict[str, Any]) -> dict[str, Any]:
    """Top-level `målområden` / `mål_per_målområde` (before `målmodell`) still read, per file,
    so that a file extending another overrides what that one says either way."""
    if not any(key in data for key in OLD_GOAL_KEYS):
        return data
    data = dict(data)
    old = {key: data.pop(key) for key in OLD_GOAL_KEYS if key in data}
    model = data.get("malmodell")
    data["malmodell"] = {**model, **old} if isinstance(model, dict) else old
    return data


@cache
def default() -> Profile:
    """The bundled default profile: its words and quotes where a text is shown without one."""
    return load(DEFAULT)


def load(name_or_path: str | None = None, within: Path | None = None) -> Profile:
    """A profile by bundled name (`norrkoping`) or by path to a YAML file. With `within` (the
    repository of the styrcheck.yaml that named it), no file it extends may lie outside it.
    A profile with mistakes raises a ProfileError that names every one of them."""
    from styrcheck.core import profile_check

    sources: list[Source] = []  # the file named first, then the ones it extends
    edits: list[tuple[PathKey, Text]] = []  # `ta_bort` naming what is not inherited
    data, spellings = _load_chain(name_or_path or DEFAULT, seen=(), sources=sources, within=within, edits=edits)
    data["stavningar"] = spellings
    problems = [profile_check.locate(sources, path, detail) for path, detail in edits]
    try:
        profile = Profile.model_validate(data)
    except ValidationError as err:
        problems += [profile_check.explain(e, data, sources, _NAMES) for e in err.errors()]
    else:  # the cross-references of a profile whose every value could be read
        problems += profile_check.check(profile, data, sources)
        problems += [profile_check.explain(e, data, sources, _NAMES) for e in _review_problems(profile)]
    if problems:
        raise ProfileError.of(sorted(set(problems), key=profile_check.in_file_order))
    return profile


def _review_problems(profile: Profile) -> Iterator[dict[str, Any]]:
    """`aktualitetsprövning` names intervals the profile can count, as pydantic-like errors for
    profile_check.explain (they need the whole profile, not one field; its types are checked
    as references there)."""
    review = profile.review
    if review is None:
        return
    for key, text in (("minst", review.every), ("langsta_intervall", review.longest)):
        if text is not None and profile.interval(text) is None:
            yield {"type": "profile-review-interval", "loc": ("aktualitetsprovning", key), "ctx": {"value": text}}


def _resolve(name_or_path: str) -> Path:
    path = Path(name_or_path)
    # A path names a file; a bare word is a bundled profile even beside a folder of that name.
    if path.suffix in (".yaml", ".yml") or path.is_file():
        if not path.is_file():
            raise ProfileError("profile-not-found", path=name_or_path)
        return path
    bundled = profiles.folder() / f"{fold(name_or_path)}.yaml"
    if not bundled.is_file():
        raise ProfileError("unknown-profile", name=name_or_path, names=", ".join(profiles.names()))
    return bundled


def _load_chain(
    name_or_path: str,
    seen: tuple[Path, ...],
    sources: list[Source],
    within: Path | None = None,
    edits: list[tuple[PathKey, Text]] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    path = _resolve(name_or_path).resolve()
    if path in seen:
        raise ProfileError("profile-extends-itself", path=path)
    if within is not None and path.parent != profiles.folder().resolve() and not path.is_relative_to(within):
        raise ProfileError(
            "profile-outside",
            path=printable(str(path)),
            root=printable(str(within)),
            by=printable(str(seen[-1])) if seen else "styrcheck.yaml",
        )
    source = read(path, discovery.display(path))
    if source.findings:
        from styrcheck.core.profile_check import unreadable

        problem = unreadable(source)
        raise ProfileError("profile-not-yaml", where=problem.where, detail=problem.detail)
    if not isinstance(source.data, dict):
        raise ProfileError("profile-not-mapping", path=path)
    sources.append(source)
    spellings = _canonical_spellings(source)
    data = _goal_model_of(source.data)
    parent = data.get(EXTENDS)
    if parent is None:
        return data, spellings
    if not isinstance(parent, str):
        raise ProfileError("profile-extends-one", path=path, kind=type(parent).__name__)
    # A file beside the profile, else a bundled profile (a folder of that name is not a profile).
    base = parent if Path(parent).is_absolute() or not (path.parent / parent).is_file() else str(path.parent / parent)
    base_data, base_spellings = _load_chain(base, (*seen, path), sources, within, edits)
    merged = merge(base_data, data, (), [] if edits is None else edits)
    return merged, {**base_spellings, **spellings}


def _canonical_spellings(source: Source) -> dict[str, str]:
    """Type and organ-kind names as written (with å/ä/ö), keyed by their folded form."""
    found: dict[str, str] = {}
    for key_path, written in source.spellings.items():
        found[str(key_path[-1])] = written
    types = (source.data or {}).get("dokumenttyper")
    for values in ("beslutas_av", "utgar_fran", "far_utga_fran", "mal_utgar_fran", "aktiviteter_utgar_fran"):
        for definition in types.values() if isinstance(types, dict) else ():  # else: validation says so
            for name in (definition or {}).get(values, []) if isinstance(definition, dict) else []:
                if isinstance(name, str):
                    found.setdefault(fold(name), name)
    return found


# Folded key -> canonical spelling, for every key a profile may have.
_NAMES: dict[str, str] = {
    str(info.validation_alias): str(info.serialization_alias)
    for model in (
        Profile,
        GoalModel,
        Review,
        Range,
        OrganKind,
        MandatePeriod,
        FirstYearDeadline,
        YearBeforeDeadline,
        ReportDue,
        DocType,
    )
    for info in model.model_fields.values()
}
