"""What is wrong in a profile, each problem at its `file:line:col` with did-you-mean.

A profile names its own parts from one place to another: organ kinds under `beslutas_av`,
types under `utgår_från`, field groups under `fält`, rule codes under `allvarlighet`. Each
such place is one line of REFERENCES (a path into the profile and the kind of name it holds),
so a new key that names something is checked by adding a line. SUPPORTED_BY says which
setting of a type needs which field group. Every problem is found, not only the first, on
the profile with `utökar` applied: a type removed there and still named elsewhere is reported
where it is named.

The profile itself is `Any` here: profile.py imports this module when it loads one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from styrcheck.core.diagnostics import Text
from styrcheck.core.errors import MESSAGES
from styrcheck.core.fields import GROUPS, OLD_MODELS, groups_of, model_of
from styrcheck.core.loader import PathKey, Source
from styrcheck.core.model_rules import OLD_GOAL_KEYS
from styrcheck.core.models import field_names
from styrcheck.core.problems import data_path, value_problem
from styrcheck.core.text import did_you_mean, fold, printable


class Problem(NamedTuple):
    where: str  # file:line:col
    detail: Text


def _rule_names(_: Any) -> list[str]:
    """Every rule code, and every code.variant of a rule's messages (`D007.lag`)."""
    from styrcheck.catalogue import codes, texts

    names = sorted(codes())
    return names + [f"{code}.{key}" for code in names for key in texts(code).messages if key != "default"]


# Kind of name -> (what it is, in words; the names the profile knows).
KINDS: dict[str, tuple[Text, Callable[[Any], list[str]]]] = {
    "organ_kind": (
        Text("ett organslag i profilen (organslag)", "an organ kind of the profile (organslag)"),
        lambda profile: [profile.spell(kind) for kind in profile.organ_kinds],
    ),
    "type": (
        Text("en dokumenttyp i profilen (dokumenttyper)", "a document type of the profile (dokumenttyper)"),
        lambda profile: profile.type_names(),
    ),
    "group": (Text("en fältgrupp", "a field group"), lambda _: list(GROUPS)),
    "model": (Text("en modell", "a model"), lambda _: list(OLD_MODELS)),
    "rule": (Text("en regel eller meddelandevariant", "a rule or message variant"), _rule_names),
}

# Where a profile names something: a path of folded keys (`*`: every key or item there;
# `{key}`: the keys of the mapping themselves, not their values) and the kind of name.
REFERENCES: tuple[tuple[str, str], ...] = (
    ("dokumenttyper.*.beslutas_av.*", "organ_kind"),
    ("dokumenttyper.*.startbeslut_av", "organ_kind"),
    ("dokumenttyper.*.utgar_fran.*", "type"),
    ("dokumenttyper.*.far_utga_fran.*", "type"),
    ("dokumenttyper.*.mal_utgar_fran.*", "type"),
    ("dokumenttyper.*.aktiviteter_utgar_fran.*", "type"),
    ("dokumenttyper.*.redovisas_i.typ", "type"),
    ("dokumenttyper.*.falt.*", "group"),
    ("dokumenttyper.*.modell", "model"),
    ("aktualitetsprovning.typer.*", "type"),
    ("allvarlighet.{key}", "rule"),
    ("citat.{key}", "rule"),
)

# A setting of a type (folded key) and the field group whose field it is about.
SUPPORTED_BY: dict[str, str] = {
    "kraver_agare": "ägare",
    "kraver_uppfoljning": "uppföljning",
    "startbeslut_av": "startbeslut",
    "namnd_informeras_inom_manader": "nämnd_informerad",
    "aktiviteter_utgar_fran": "aktiviteter",
    "roller": "roller",
    "horisont_minst_ar": "horisont",
    "stege_per_slag": "slag",
    "utvarderar_mal": "bedömningar",
}


def check(profile: Any, data: dict[str, Any], sources: list[Source]) -> list[Problem]:
    """Every cross-reference of a validated profile that names nothing, and every setting of
    a type its field groups do not support (profile.load sorts them in file order)."""
    found: list[tuple[PathKey, Text]] = []
    for pattern, kind in REFERENCES:
        what, names = KINDS[kind]
        known = names(profile)
        folded = {fold(name) for name in known}
        for path, value in _walk(data, tuple(pattern.split(".")), ()):
            if isinstance(value, str) and fold(value) not in folded:
                written = profile.spell(value) if pattern.endswith("{key}") else value  # keys are read folded
                found.append((path, _unknown(written, what, known)))
    for key, doc_type in profile.doc_types.items():
        found += [(("dokumenttyper", key, *rest), text) for rest, text in _unsupported(doc_type, profile)]
    for index, name in enumerate(profile.review.types if profile.review else ()):
        named = profile.doc_type(name)  # a type it does not know is a reference above
        if named and "uppföljning" not in groups_of(named[1]):
            text = _words(MESSAGES["profile-needs-group"], field=f"aktualitetsprövning: {name}", group="uppföljning")
            # Said where the type's groups are written, if they are (an edit may have dropped the group).
            groups = ("dokumenttyper", fold(name), "falt")
            has_groups = (
                isinstance(data.get("dokumenttyper", {}).get(fold(name)), dict) and "falt" in data[groups[0]][groups[1]]
            )
            found.append((groups if has_groups else ("aktualitetsprovning", "typer", index), text))
    return [locate(sources, path, detail) for path, detail in found]


def _walk(data: Any, parts: tuple[str, ...], path: PathKey) -> Iterator[tuple[PathKey, Any]]:
    if not parts:
        yield path, data
        return
    head, rest = parts[0], parts[1:]
    if head == "{key}" and isinstance(data, dict):
        yield from (((*path, key), key) for key in data)
    elif head == "*":
        items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
        for key, value in items:
            yield from _walk(value, rest, (*path, key))
    elif isinstance(data, dict) and head in data:
        yield from _walk(data[head], rest, (*path, head))


def _unsupported(doc_type: Any, profile: Any) -> Iterator[tuple[PathKey, Text]]:
    groups = groups_of(doc_type)
    fields = {info.validation_alias: name for name, info in type(doc_type).model_fields.items()}
    for key, group in SUPPORTED_BY.items():
        if getattr(doc_type, fields[key]) and group not in groups:
            yield (key,), _words(MESSAGES["profile-needs-group"], field=profile.spell(key), group=group)
    own = field_names(model_of(doc_type, profile))
    for index, name in enumerate(doc_type.required):
        if fold(name) not in {fold(n) for n in own}:
            yield ("obligatoriska_falt", index), _unknown(name, _OWN_FIELD, own)


_OWN_FIELD = Text(
    "ett fält som typen har (de fält som alla dokument har, och fälten i typens fältgrupper)",
    "a field the type has (those of every document and of its field groups)",
)


def _unknown(value: str, what: Text, known: list[str]) -> Text:
    suggestion = did_you_mean(value, known)
    if suggestion:
        return _words(MESSAGES["profile-unknown-name-suggest"], value=value, what=what, suggestion=suggestion)
    return _words(MESSAGES["profile-unknown-name"], value=value, what=what, known=", ".join(known))


def _words(text: Text, **values: object) -> Text:
    """`text` with `values` filled in, each language with its own words."""

    def filled(lang: str) -> str:
        return text.get(lang).format(
            **{k: v.get(lang) if isinstance(v, Text) else printable(str(v)) for k, v in values.items()}
        )

    return Text(filled("sv"), filled("en"))


def locate(sources: list[Source], path: PathKey, detail: Text) -> Problem:
    """The problem at `path` in the file that wrote it: of the profile and those it extends,
    the most derived one that has the deepest part of the path."""
    source = max(sources, key=lambda s: len(data_path(s.data, path)))
    line, column = source.position(data_path(source.data, path))
    return Problem(f"{source.path}:{line}:{column}", detail)


def in_file_order(problem: Problem) -> tuple[str, int, int]:
    path, line, column = problem.where.rsplit(":", 2)
    return path, int(line), int(column)


def explain(error: Any, data: dict[str, Any], sources: list[Source], names: dict[str, str]) -> Problem:
    """One pydantic error as a Problem, the key as written, in the words documents get for the
    same mistake (M001-M003). `names`: folded key -> canonical spelling of every profile key."""
    from styrcheck.catalogue.raised import M001, M002

    kind = error["type"]
    path = data_path(data, tuple(error["loc"]), missing=kind == "missing")
    at = path[:-1] if kind == "missing" else path
    # The file that wrote the value: the most derived one that has the deepest part of the path.
    source = max(sources, key=lambda s: len(data_path(s.data, _as_written(s, at))) - len(_as_written(s, at)))
    path, at = _as_written(source, path), _as_written(source, at)
    written = ".".join(source.spelling(at[: i + 1]) for i in range(len(at)))
    if kind == "missing":
        detail = _words(M001.messages["default"], field=names.get(str(path[-1]), path[-1]))
    elif kind == "extra_forbidden":
        suggestion = did_you_mean(source.spelling(path), list(names.values()))
        detail = (
            _words(M002.messages["suggest"], field=written, suggestion=suggestion)
            if suggestion
            else _words(MESSAGES["profile-unknown-key"], field=written)
        )
    elif kind == "range_order":
        detail = _words(MESSAGES["profile-range"], field=written, **error["ctx"])
    elif kind in MESSAGES:  # a mistake only a profile can make (målmodell, aktualitetsprövning)
        detail = _words(MESSAGES[kind], field=written, **error.get("ctx", {}))
    else:
        code, key, values = value_problem(error, written)
        values["value"] = printable(str(values["value"])) if "value" in values else ""
        text = code.messages.get(key)
        if text is None or key == "default":  # M003's default points to docs/format.md, for documents
            text, values = MESSAGES["profile-value"], {"field": written, "problem": values.get("problem", "")}
        detail = _words(text, **values)
    line, column = source.position(at)
    return Problem(f"{source.path}:{line}:{column}", detail)


def _as_written(source: Source, path: PathKey) -> PathKey:
    """A path into `målmodell` as the file writes it: top-level where it has the old keys."""
    if len(path) > 1 and path[0] == "malmodell" and path[1] in OLD_GOAL_KEYS and path[1] in (source.data or {}):
        return path[1:]
    return path


def unreadable(source: Source) -> Problem:
    """A profile that is no YAML: its first reading error, as a document would have it."""
    from styrcheck.catalogue import texts

    first = source.findings[0]
    text = texts(first.code).messages.get(first.key) or texts(first.code).messages["default"]
    values = defaultdict(str, first.args)
    detail = Text(*(f"{text.get(lang).format_map(values)} ({first.code})" for lang in ("sv", "en")))
    return Problem(f"{source.path}:{first.line}:{first.column}", detail)


def not_inherited(value: str, inherited: list[Any]) -> Text:
    """`ta_bort` naming an entry the list it edits did not inherit."""
    what = Text("en post i den ärvda listan", "an entry of the inherited list")
    return _unknown(value, what, [str(item) for item in inherited])
