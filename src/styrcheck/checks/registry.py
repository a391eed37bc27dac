"""The rule registry: every rule's code, name, tags, check and what incremental runs may
rely on, in one table; its texts are in the catalogue (styrcheck/catalogue/).

A rule is a function with its metadata beside it. It never computes line numbers itself: it
names the document (or file) and the field path, and the source map finds the place.
Rules of the Y family and M002-M005 are reported while reading and modelling (through the
handles of catalogue/raised.py); they are declared with no check function so that
`styrcheck rules` and `explain` know them. The checks package fills the registry as it is
imported, then checks it against the catalogue (check_catalogue).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, cast

from styrcheck import catalogue
from styrcheck.catalogue.raised import HANDLES
from styrcheck.core.diagnostics import Finding, Severity, Text, make_args
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.loader import PathKey, Source
    from styrcheck.core.profile import Profile
    from styrcheck.core.repository import Doc, Repository

Check = Callable[["Context"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    tags: tuple[str, ...]
    check: Check | None = field(default=None, compare=False)
    # A reviewing rule runs after all the others and reads their findings (ctx.findings), e.g.
    # X002, which reports deviations that no finding used, and X003, lapsed ones a finding needs.
    reviews: bool = False
    # A local rule judges each document on its own: what it finds in a document depends on
    # that document, the profile, the organisation and the options, never on other steering
    # documents. After an edit that leaves what other documents see unchanged, only the local
    # rules run again, on the edited files (cache/incremental.py).
    local: bool = False
    # The documents whose free texts (titel, beskrivning, text, namn: cache/incremental.py's
    # FREE_TEXTS) a rule that is not local reads, e.g. G008's goal-like wording in documents
    # that may have no goals. An incremental run treats an edit to those texts as one other
    # documents see (and checks in full); an undeclared reader would be left with stale findings.
    reads_free_text: Callable[[Doc], bool] | None = field(default=None, compare=False)

    @property
    def family(self) -> str:
        return self.code[0]

    @property
    def summary(self) -> Text:
        """What the rule checks, in the default profile's words (summary_in: another's)."""
        return self.summary_in(None)

    @property
    def why(self) -> Text:
        return self.why_in(None)

    def summary_in(self, profile: Profile | None) -> Text:
        return catalogue.fill(catalogue.texts(self.code).summary, _in_use(profile).text_words())

    def why_in(self, profile: Profile | None) -> Text:
        return catalogue.fill(catalogue.texts(self.code).why, _in_use(profile).text_words())

    @property
    def quote(self) -> str:
        """The passage of the default profile's source the rule rests on (Profile.quote)."""
        return _in_use(None).quote(self.code)

    @property
    def messages(self) -> dict[str, Text]:
        return catalogue.texts(self.code).messages


def _in_use(profile: Profile | None) -> Profile:
    """`profile`, or the bundled default where a text is shown without one."""
    from styrcheck.core.profile import default

    return profile or default()


class RegistryError(ValueError):
    """A rule declared in a way the registry, the catalogue or incremental runs cannot keep."""


RULES: dict[str, Rule] = {}
_BY_NAME: dict[str, str] = {}


def _register(rule: Rule) -> Rule:
    if rule.code in RULES or rule.name in _BY_NAME:
        raise RegistryError(f"rule {rule.code} {rule.name} is registered twice")
    if rule.reviews and rule.local:
        raise RegistryError(f"rule {rule.code} reviews every finding, so it cannot be local")
    if rule.local and rule.reads_free_text is not None:
        raise RegistryError(f"rule {rule.code} is local: it runs again on every edited document, whatever it reads")
    if rule.check is None and (rule.reviews or rule.local or rule.reads_free_text is not None):
        raise RegistryError(f"rule {rule.code} has no check: it is reported while reading, and runs no other way")
    RULES[rule.code] = rule
    _BY_NAME[rule.name] = rule.code
    return rule


def declare(code: str, name: str, *, tags: Iterable[str]) -> Rule:
    """A rule reported while reading or modelling files (no check function)."""
    return _register(Rule(code, name, tuple(tags)))


def rule(
    code: str,
    name: str,
    *,
    tags: Iterable[str],
    reviews: bool = False,
    local: bool = False,
    reads_free_text: Callable[[Doc], bool] | None = None,
) -> Callable[[Check], Check]:
    """Register a check function as rule `code` (`reviews`: it runs last, over the findings;
    `local`: it judges each document on its own; `reads_free_text`: see Rule)."""

    def register(check: Check) -> Check:
        _register(Rule(code, name, tuple(tags), check, reviews, local, reads_free_text))
        return check

    return register


def check_catalogue() -> None:
    """Every rule has its texts in both languages, every text a rule, and every handle the
    loader and the repository raise is a rule (called once the checks are registered)."""
    texts = catalogue.codes()
    problems = [f"{code}: no texts in the catalogue" for code in sorted(RULES.keys() - texts)]
    problems += [f"{code}: texts, but no such rule" for code in sorted(texts - RULES.keys())]
    problems += [f"{h.code}: raised while reading, but no such rule" for h in HANDLES if h.code not in RULES]
    for code in sorted(RULES.keys() & texts):
        try:
            catalogue.texts(code)
        except KeyError as err:
            problems.append(f"{code}: no text {err} in one of the languages")
    if problems:
        raise RegistryError("; ".join(problems))


def lookup(code_or_name: str) -> Rule | None:
    """A rule by code (`G001`, any case) or by name (`goal-area-count`)."""
    key = code_or_name.strip()
    return RULES.get(key.upper()) or RULES.get(_BY_NAME.get(key.lower(), ""))


def all_rules() -> list[Rule]:
    return sorted(RULES.values(), key=lambda r: r.code)


def codes_and_names() -> list[str]:
    """Every rule's code and name: what a misspelt rule is compared with (did-you-mean)."""
    return [r.code for r in all_rules()] + [r.name for r in all_rules()]


class Context:
    """What one rule sees while it runs: the repository, and a way to report a finding."""

    def __init__(
        self, repo: Repository, rule: Rule, findings: Sequence[Finding] = (), checked: frozenset[str] = frozenset()
    ) -> None:
        self.repo = repo
        self.rule = rule
        # For reviewing rules only: what the other rules found (severities not yet applied)
        # and the codes of the rules that ran to the end.
        self.findings = findings
        self.checked = checked

    @property
    def profile(self) -> Profile:
        return self.repo.profile

    @property
    def today(self) -> date:
        return self.repo.today

    def finding(
        self, where: Doc | Source, path: PathKey = (), key: str = "default", subject: str | None = None, **args: object
    ) -> Finding:
        """A finding of this rule at `path` (folded keys and list indexes) in a document or file."""
        return self._finding(where, path, key, subject, args)

    def worded(
        self,
        words: Mapping[str, Text],
        where: Doc | Source,
        path: PathKey = (),
        key: str = "default",
        subject: str | None = None,
        **args: object,
    ) -> Finding:
        """A finding whose message names the profile's `words` (Profile.type_words,
        GoalModel.words), each in both languages."""
        return self._finding(where, path, key, subject, {**words, **args})

    def words(self, doc: Doc) -> dict[str, Text]:
        """The profile's words a message about `doc` may name: its type and the goal word."""
        from styrcheck.core.profile import type_words

        return {**type_words(doc.type), **self.profile.goal_model.words()}

    def _finding(
        self, where: Doc | Source, path: PathKey, key: str, subject: str | None, args: Mapping[str, object]
    ) -> Finding:
        source = cast("Source", getattr(where, "source", where))
        document = getattr(where, "id", None)
        line, column = source.position(path)
        return Finding(
            source.path,
            line,
            column,
            self.rule.code,
            Severity.ERROR,
            key,
            make_args(args),
            document,
            subject if subject is not None else ".".join(map(str, path)),
            place=tuple(path),
        )


def findings_of(check: Check, ctx: Context) -> Iterator[Finding]:
    yield from check(ctx)


def normalise_codes(names: Iterable[str]) -> frozenset[str]:
    """Rule codes from codes, names or tags, as a user writes them in select and ignore."""
    codes: set[str] = set()
    for name in names:
        rule = lookup(name)
        if rule is not None:
            codes.add(rule.code)
            continue
        tagged = {r.code for r in all_rules() if fold(name) in r.tags or r.family == name.upper()}
        if not tagged:
            raise ValueError(name)
        codes |= tagged
    return frozenset(codes)
