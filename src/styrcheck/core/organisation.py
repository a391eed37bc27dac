"""The organisation as the riktlinje reads it: two ladders, remits, and the lowest body whose
remit covers what a document applies to (the riktlinje's "Beslut på lägsta möjliga nivå").

The bodies come from the repository's organisation.yaml; their kinds, ladders (`stege`),
ranks (`nivå`) and remits (`omfattar`) from the profile. For every unit a document may apply
to, each ladder has a *chain*: the bodies on that ladder whose remit covers the unit, lowest
first. On the political ladder an enhet's chain is its kontor's nämnd, then the styrelse
(the whole organisation), then fullmäktige (the whole koncern); on the official ladder it is
its kontor, then the kommundirektör. The bodies that may decide for a whole `gäller_för` are
the ones on every unit's chain; the lowest of them that may decide the type is the right one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from styrcheck.core.models import WHOLE_GROUP, WHOLE_ORGANISATION
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.models import Organ
    from styrcheck.core.profile import OrganKind, Profile

POLITICAL, OFFICIAL = "politisk", "tjänstemän"
OWN_AREA = "eget_område"


@dataclass(frozen=True)
class Placement:
    """Where on one ladder a decision about a scope belongs."""

    covering: tuple[str, ...]  # every body on the ladder whose remit covers the scope, lowest first
    lowest: str | None  # the lowest of them that may decide the type; None: none may
    level: str  # the remit of `lowest`: eget_område | kommunala_organisationen | hela_kommunkoncernen


class OrgChart:
    """The bodies of one repository, read through one profile."""

    def __init__(self, organs: dict[str, Organ], profile: Profile) -> None:
        self.organs = organs
        self.profile = profile
        self._wide: dict[tuple[str, str], list[str]] = {}
        for organ in organs.values():
            kind = self.kind(organ.id)
            if kind is not None and kind.ladder and kind.remit != OWN_AREA:
                self._wide.setdefault((kind.ladder, kind.remit), []).append(organ.id)
        for bodies in self._wide.values():
            bodies.sort(key=self.rank)
        self._offices: dict[str, list[str]] = {}  # nämnd -> the kontor (förvaltningar) serving it
        for organ in organs.values():
            if organ.parent and self.ladder(organ.parent) == POLITICAL and self.ladder(organ.id) != POLITICAL:
                self._offices.setdefault(organ.parent, []).append(organ.id)

    # --- single bodies ---------------------------------------------------------------------

    def kind(self, organ_id: str) -> OrganKind | None:
        organ = self.organs.get(organ_id)
        return self.profile.organ_kind(organ.kind) if organ else None

    def kind_key(self, organ_id: str) -> str | None:
        """The folded kind (`namnd`), for comparing with a type's `beslutas_av`."""
        organ = self.organs.get(organ_id)
        return fold(organ.kind) if organ else None

    def ladder(self, organ_id: str) -> str | None:
        kind = self.kind(organ_id)
        return kind.ladder if kind else None

    def rank(self, organ_id: str) -> int:
        kind = self.kind(organ_id)
        return kind.rank if kind and kind.rank is not None else 0

    def remit(self, organ_id: str) -> str:
        kind = self.kind(organ_id)
        return kind.remit if kind else OWN_AREA

    def name(self, organ_id: str) -> str:
        organ = self.organs.get(organ_id)
        return organ.name if organ and organ.name else organ_id

    def kind_names(self, kinds: list[str]) -> list[str]:
        """The profile's names of organ kinds (`Kommunfullmäktige`), as a reader knows them."""
        named = []
        for kind in kinds:
            found = self.profile.organ_kind(kind)
            named.append(found.name if found and found.name else self.profile.spell(kind))
        return named

    def council_kinds(self) -> set[str]:
        """Folded kinds at the top of the political ladder: the whole koncern is theirs."""
        return {
            key
            for key, kind in self.profile.organ_kinds.items()
            if kind.ladder == POLITICAL and kind.remit == WHOLE_GROUP
        }

    def has_wide_bodies(self, ladder: str) -> bool:
        """Whether any body on `ladder` decides for more than its own area (profile: omfattar)."""
        return any(key[0] == ladder and bodies for key, bodies in self._wide.items())

    def committee_of(self, organ_id: str) -> str | None:
        """The political body whose area a unit lies in (a nämnd's own is itself): the first on
        the political ladder up the units' `tillhör` (an enhet's kontor's nämnd)."""
        seen: set[str] = set()
        current, organ = organ_id, self.organs.get(organ_id)
        while organ is not None and current not in seen:
            if self.ladder(current) == POLITICAL:
                return current
            seen.add(current)
            if organ.parent is None:
                return None
            current, below = organ.parent, organ
            organ = self.organs.get(current)
            if organ is None:  # not in the file (M008): a nämnd named, or a kontor that is not there
                return current if below.office is None else None
        return None

    # --- chains and placements -------------------------------------------------------------

    def own_area(self, unit: str, ladder: str) -> list[str]:
        """The bodies of `ladder` whose own area `unit` lies in, lowest first (an enhet: its
        kontor; a kontor: itself, or its nämnd on the political ladder)."""
        organ = self.organs.get(unit)
        if organ is None:
            return []
        if self.ladder(unit) == ladder:
            home: str | None = unit
        elif ladder == POLITICAL:
            home = self.committee_of(unit)
        else:
            serving = self._offices.get(unit, [])
            home = serving[0] if len(serving) == 1 else None
        found: list[str] = []
        while home is not None and home in self.organs and home not in found:
            found.append(home)
            if self.remit(home) != OWN_AREA:
                break
            above = self.organs[home].parent
            home = above if ladder == OFFICIAL and above is not None and self.ladder(above) != POLITICAL else None
        return found

    def chain(self, unit: str, ladder: str) -> list[str]:
        """Every body of `ladder` whose remit covers `unit`, lowest first."""
        if unit == WHOLE_GROUP:
            return list(self._wide.get((ladder, WHOLE_GROUP), []))
        if unit == WHOLE_ORGANISATION:
            return self._wider(ladder, WHOLE_ORGANISATION)
        own = self.own_area(unit, ladder)
        kind = self.kind(unit)
        if own:
            return _unique(own + self._wider(ladder, self.remit(own[-1])))
        if kind is not None and kind.ladder is not None:
            return self._wider(ladder, WHOLE_ORGANISATION)  # inside the organisation, no own area
        return self._wider(ladder, WHOLE_GROUP)  # bolag, förbund: only the koncern covers them

    def _wider(self, ladder: str, remit: str) -> list[str]:
        levels = [WHOLE_GROUP] if remit == WHOLE_GROUP else [WHOLE_ORGANISATION, WHOLE_GROUP]
        return [body for level in levels for body in self._wide.get((ladder, level), [])]

    def covering(self, scope: str | list[str], ladder: str) -> tuple[str, ...] | None:
        """The bodies of `ladder` whose remit covers all of `scope`, lowest first; None when the
        scope names no known unit (M008 reports unknown ones)."""
        units = [scope] if isinstance(scope, str) else [u for u in scope if u in self.organs]
        if not units:
            return None
        chains = [self.chain(unit, ladder) for unit in units]
        shared = set(chains[0]).intersection(*chains[1:])
        return tuple(body for body in chains[0] if body in shared)

    def place(self, scope: str | list[str], ladder: str, allowed_kinds: list[str]) -> Placement | None:
        """Where a decision about `scope` belongs on `ladder`, among the kinds allowed."""
        covering = self.covering(scope, ladder)
        if covering is None:
            return None
        allowed = {fold(k) for k in allowed_kinds}
        lowest = next((body for body in covering if self.kind_key(body) in allowed), None)
        return Placement(covering, lowest, self.remit(lowest) if lowest else OWN_AREA)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def scope_text(scope: str | list[str]) -> str:
    """`gäller_för` as the author wrote it, for messages."""
    return scope if isinstance(scope, str) else ", ".join(scope)
