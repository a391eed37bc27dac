"""The rule registry: every rule's code, name, tags, texts and check, in one table.

A rule is a function with its metadata beside it. It never computes line numbers itself: it
names the document (or file) and the field path, and the source map finds the place.
Rules of the Y family and M001-M004 are reported while reading and modelling; they are
declared here with no check function so that `styrcheck rules` and `explain` know them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

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
    summary: Text
    messages: dict[str, Text]
    why: Text
    quote: str  # the passage of the riktlinje (or the law) the rule rests on, in Swedish
    check: Check | None = field(default=None, compare=False)
    # A reviewing rule runs after all the others and reads their findings (ctx.findings), e.g.
    # X002, which reports deviations that no finding used, and X003, lapsed ones a finding needs.
    reviews: bool = False
    # A local rule judges each document on its own: what it finds in a document depends on
    # that document, the profile, the organisation and the options, never on other steering
    # documents. After an edit that leaves what other documents see unchanged, only the local
    # rules run again, on the edited files (incremental.py).
    local: bool = False

    @property
    def family(self) -> str:
        return self.code[0]


RULES: dict[str, Rule] = {}
_BY_NAME: dict[str, str] = {}


def _register(rule: Rule) -> Rule:
    if rule.code in RULES or rule.name in _BY_NAME:
        raise ValueError(f"rule {rule.code} {rule.name} is registered twice")
    RULES[rule.code] = rule
    _BY_NAME[rule.name] = rule.code
    return rule


def declare(code: str, name: str, *, tags: Iterable[str], summary: Text, messages: dict[str, Text],
            why: Text, quote: str = "") -> Rule:
    """A rule reported while reading or modelling files (no check function)."""
    return _register(Rule(code, name, tuple(tags), summary, messages, why, quote))


def rule(code: str, name: str, *, tags: Iterable[str], summary: Text, messages: dict[str, Text],
         why: Text, quote: str = "", reviews: bool = False, local: bool = False) -> Callable[[Check], Check]:
    """Register a check function as rule `code` (`reviews`: it runs last, over the findings;
    `local`: it judges each document on its own, see Rule)."""

    def register(check: Check) -> Check:
        _register(Rule(code, name, tuple(tags), summary, messages, why, quote, check, reviews, local))
        return check

    return register


def lookup(code_or_name: str) -> Rule | None:
    """A rule by code (`G001`, any case) or by name (`goal-area-count`)."""
    import styrcheck.checks  # noqa: F401 - registers every rule (all_rules() would sort them each time)
    key = code_or_name.strip()
    return RULES.get(key.upper()) or RULES.get(_BY_NAME.get(key.lower(), ""))


def all_rules() -> list[Rule]:
    import styrcheck.checks  # noqa: F401 - registers every rule

    return sorted(RULES.values(), key=lambda r: r.code)


def codes_and_names() -> list[str]:
    """Every rule's code and name: what a misspelt rule is compared with (did-you-mean)."""
    return [r.code for r in all_rules()] + [r.name for r in all_rules()]


class Context:
    """What one rule sees while it runs: the repository, and a way to report a finding."""

    def __init__(self, repo: Repository, rule: Rule, findings: Sequence[Finding] = (),
                 checked: frozenset[str] = frozenset()) -> None:
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

    def finding(self, where: Doc | Source, path: PathKey = (), key: str = "default",
                subject: str | None = None, **args: object) -> Finding:
        """A finding of this rule at `path` (folded keys and list indexes) in a document or file."""
        source = getattr(where, "source", where)
        document = getattr(where, "id", None)
        line, column = source.position(path)
        return Finding(source.path, line, column, self.rule.code, Severity.ERROR, key,
                       make_args(args), document,
                       subject if subject is not None else ".".join(map(str, path)), place=tuple(path))


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
