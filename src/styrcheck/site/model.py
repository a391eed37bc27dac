"""What the site shows, gathered once from the repository and the findings: plain records the
templates read, so that the templates hold no logic beyond loops and conditions."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from styrcheck import due as dues
from styrcheck.checks.registry import Rule, lookup
from styrcheck.core import calendar
from styrcheck.core.diagnostics import Finding, Severity
from styrcheck.diagram.model import make_keys
from styrcheck.diagram.style import status as diagram_status
from styrcheck.diagram.style import successors, type_label, type_order
from styrcheck.i18n import message
from styrcheck.site.chains import Chain, Ref, goal_chains
from styrcheck.site.words import EXPIRED, FUTURE, IN_FORCE, REPLACED

if TYPE_CHECKING:
    from styrcheck.core.models import Deviation
    from styrcheck.core.repository import Doc, Repository

UPCOMING = "90d"  # how far ahead the Översikt and "due for review" look
CALENDAR = "1y"  # how far ahead the follow-up calendar looks
# diagram.style.status words a document's place in time for a picture; asked with these
# "words", it answers with the site's status codes.
_STATUS_CODES = {"superseded": REPLACED, "expired": EXPIRED, "future": FUTURE}


@dataclass(frozen=True)
class Shown:
    """A finding as a person reads it."""

    finding: Finding
    message: str
    rule: Rule | None
    href: str  # the rule's page

    @property
    def severity(self) -> str:
        return str(self.finding.severity)


@dataclass(frozen=True)
class DeviationRow:
    deviation: Deviation
    page: Page
    rule: Rule | None
    lapsed: bool


@dataclass
class Page:
    """One document and everything its page says about it."""

    doc: Doc
    href: str
    type_label: str
    status: str
    owner: Ref | None
    decided_by: Ref
    applies_to: str = ""
    next_follow_up: date | None = None
    due: list[dues.DueItem] = field(default_factory=list)
    parents: list[Ref] = field(default_factory=list)
    children: list[Ref] = field(default_factory=list)
    replaces: list[Ref] = field(default_factory=list)
    replaced_by: list[Ref] = field(default_factory=list)
    findings: list[Shown] = field(default_factory=list)
    deviations: list[DeviationRow] = field(default_factory=list)

    @property
    def is_due(self) -> bool:
        return bool(self.due)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.finding.severity == severity and f.finding.accepted is None)


@dataclass
class Site:
    repo: Repository
    lang: str
    pages: list[Page]
    by_id: dict[str, Page]
    other_findings: list[Shown]  # in files that are no document (organisation, unreadable files)
    rules: list[Rule]  # every rule a finding names
    due: list[dues.DueItem]
    until: date  # the follow-up calendar's end
    chains: list[Chain]
    untraced: list[Ref]
    followable: int  # goals and activities that should derive from a goal
    deviations: list[DeviationRow]
    anchors: dict[str, str]  # the fragment of each goal and activity on its document's page

    def anchor(self, item_id: str) -> str:
        return self.anchors.get(item_id, "")

    @property
    def today(self) -> date:
        return self.repo.today

    @property
    def name(self) -> str | None:
        organisation = self.repo.organisation
        return organisation.name if organisation is not None else None

    def findings(self) -> list[Shown]:
        return [f for page in self.pages for f in page.findings] + self.other_findings

    def most_findings(self, count: int = 10) -> list[Page]:
        """The documents with the most errors, then warnings, that no avsteg accepts."""
        found = [p for p in self.pages if p.count(Severity.ERROR) or p.count(Severity.WARNING)]
        found.sort(key=lambda p: (-p.count(Severity.ERROR), -p.count(Severity.WARNING), p.doc.id))
        return found[:count]

    def in_force(self) -> int:
        return sum(1 for page in self.pages if page.status == IN_FORCE)

    def overdue(self) -> list[dues.DueItem]:
        return [item for item in self.due if item.date < self.today]

    def upcoming(self) -> list[dues.DueItem]:
        end = dues.window_end(self.today, UPCOMING)
        return [item for item in self.due if item.date <= end]

    def by_type(self) -> list[tuple[str, Counter]]:
        """(type label, count per status, with "due" and "total") in the profile's order."""
        counts: dict[str, Counter] = {}
        for page in sorted(self.pages, key=lambda p: type_order(self.repo.profile, p.doc.type_name)):
            counter = counts.setdefault(page.type_label, Counter())
            counter[page.status] += 1
            counter["due"] += page.is_due
            counter["total"] += 1
        return list(counts.items())

    def by_severity(self) -> list[tuple[str, int, int]]:
        """(severity, failing, accepted), most severe first."""
        found = self.findings()
        return [
            (
                str(s),
                sum(f.finding.severity == s and f.finding.accepted is None for f in found),
                sum(f.finding.severity == s and f.finding.accepted is not None for f in found),
            )
            for s in sorted(Severity, reverse=True)
        ]

    def by_family(self) -> list[tuple[str, int]]:
        return sorted(Counter(f.finding.code[0] for f in self.findings()).items())

    def taken_up(self) -> int:
        return sum(1 for chain in self.chains if chain.children)


def gather(repo: Repository, findings: list[Finding], lang: str) -> Site:
    keys = make_keys("", [doc.id for doc in repo.documents])
    replaced_by = successors(repo)
    used: set[str] = set()
    pages = []
    for doc in repo.documents:
        # Two documents with one id (M005), or ids that differ only in case (one file on Windows
        # and macOS), get a page each: the second `-2` (no key has a `-`).
        name, number = keys[doc.id], 1
        while name.lower() in used:
            number += 1
            name = f"{keys[doc.id]}-{number}"
        used.add(name.lower())
        pages.append(_page(repo, doc, f"dokument/{name}.html", replaced_by.get(doc.id, []), lang))
    by_id: dict[str, Page] = {}
    for page in pages:
        by_id.setdefault(page.doc.id, page)
    by_path = {page.doc.path: page for page in pages}
    _place(repo, pages, by_id)

    rules: dict[str, Rule] = {}
    other: list[Shown] = []
    for finding in findings:
        rule = lookup(finding.code)
        if rule is not None:
            rules[rule.code] = rule
        shown = Shown(finding, message(finding, lang), rule, f"regel/{finding.code}.html")
        home = by_id.get(finding.document or "") if finding.document else None
        home = home if home is not None and home.doc.path == finding.path else by_path.get(finding.path)
        (home.findings if home is not None else other).append(shown)

    until = dues.window_end(repo.today, CALENDAR)
    calendar_items = dues.collect(repo, until)
    soon = dues.window_end(repo.today, UPCOMING)
    for item in calendar_items:
        home = by_path.get(item.path)
        if home is not None and item.date <= soon:
            home.due.append(item)

    deviations = []
    for page in pages:
        for deviation in page.doc.model.deviations:
            row = DeviationRow(deviation, page, lookup(deviation.rule or ""), deviation.lapsed(repo.today))
            page.deviations.append(row)
            deviations.append(row)
    anchors = {item: f"m-{key}" for item, key in make_keys("", [i.id for i in repo.all_items]).items()}
    chains, untraced, followable = goal_chains(repo, by_id, anchors)
    return Site(
        repo,
        lang,
        pages,
        by_id,
        other,
        sorted(rules.values(), key=lambda r: r.code),
        calendar_items,
        until,
        chains,
        untraced,
        followable,
        deviations,
        anchors,
    )


def _page(repo: Repository, doc: Doc, href: str, replaced_by: list[Doc], lang: str) -> Page:
    _, status = diagram_status(doc, replaced_by, repo.today, _STATUS_CODES)
    owner = doc.model.get("owner")
    page = Page(
        doc,
        href,
        type_label(repo.profile, doc.type_name, lang),
        status or IN_FORCE,
        _organ(repo, owner) if owner else None,
        _organ(repo, doc.model.decided_by),
    )
    scope = doc.model.applies_to
    page.applies_to = (
        scope.replace("_", " ")
        if isinstance(scope, str)
        else ", ".join(_organ(repo, organ).title or organ for organ in scope)
    )
    due = calendar.due_of(doc, repo.profile) if not calendar.retired(repo, doc) else None
    page.next_follow_up = due.date if due is not None else None
    return page


def _organ(repo: Repository, organ_id: str) -> Ref:
    organ = repo.organs.get(organ_id)
    return Ref(organ_id, organ.name if organ is not None and organ.name else None, None)


def _place(repo: Repository, pages: list[Page], by_id: dict[str, Page]) -> None:
    """Parents, children, what each document replaces and what replaced it. A goal or activity
    that derives from a goal in another document makes its document derive from that one."""
    children: dict[str, list[Ref]] = defaultdict(list)
    replaced_by: dict[str, list[Ref]] = defaultdict(list)
    for page in pages:
        model = page.doc.model
        named = list(model.derives_from)
        for _, goal in model.all_goals():
            named += goal.derives_from
        for activity in model.get("activities", []):
            named += activity.derives_from
        seen = {page.doc.id}
        for target in named:
            ref = _document_ref(repo, by_id, target)
            if ref.id in seen:
                continue
            seen.add(ref.id)
            page.parents.append(ref)
            if ref.href is not None:
                children[ref.id].append(_ref(page))
        for old in model.replaces:
            ref = _document_ref(repo, by_id, old)
            page.replaces.append(ref)
            if ref.href is not None:
                replaced_by[ref.id].append(_ref(page))
    for page in pages:
        page.children = children.get(page.doc.id, [])
        page.replaced_by = replaced_by.get(page.doc.id, [])


def _ref(page: Page) -> Ref:
    return Ref(page.doc.id, page.doc.model.title, page.href)


def _document_ref(repo: Repository, by_id: dict[str, Page], target: str) -> Ref:
    """The document `target` names: itself, or the document a goal or activity is in."""
    page = by_id.get(target)
    if page is None and target in repo.items:
        page = by_id.get(repo.items[target].doc.id)
    return _ref(page) if page is not None else Ref(target, None, None)
