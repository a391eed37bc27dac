"""D002, D003: decisions on the lowest possible level (rules.md §2).

For a type the profile marks `lägsta_nivå`, the right body is the lowest one on the ladder
whose remit covers `gäller_för` (styrcheck.core.organisation). Decided higher: D002 (a warning,
unless `principiell: true`). Decided by a body whose remit does not cover it: D003.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from styrcheck.checks.registry import Context, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.organisation import OFFICIAL, POLITICAL, OrgChart, Placement, scope_text
from styrcheck.core.repository import Doc
from styrcheck.core.text import fold

LOWEST_QUOTE = (
    "En grundläggande princip i styrmodellen är att beslut ska tas på lägsta möjliga nivå. Det "
    "innebär exempelvis att riktlinjer som enbart beskriver hur något ska göras och som inte har "
    "något politiskt innehåll beslutas av tjänstemannaorganisationen. Frågor som enbart berör "
    "verksamhet inom en nämnds verksamhetsområde beslutas av nämnden, medan beslut av mer "
    "övergripande karaktär beslutas av kommunstyrelsen i dess samordnande roll. Samma logik finns "
    "på tjänstemannanivå där kontorschefen fattar beslut om det som rör medarbetare inom ett kontor, "
    "medan kommundirektören fattar beslut om det som rör hela tjänstemannaorganisationen. "
    "Kommunfullmäktige beslutar i ärenden av principiell beskaffenhet eller av större vikt."
)

LADDER_WHY = T(
    sv="Beslut ska tas på lägsta möjliga nivå. Styrmodellen har två stegar: den politiska "
       "(nämnd < kommunstyrelse < kommunfullmäktige) och tjänstemännens (kontorschef < kommundirektör). "
       "Rätt organ är det lägsta på stegen vars område omfattar det som dokumentet gäller för "
       "('gäller_för'): det som bara rör en nämnds område beslutar nämnden, det som rör flera nämnder "
       "eller hela organisationen beslutar kommunstyrelsen, och det som även gäller bolag och förbund "
       "beslutar kommunfullmäktige. På tjänstemannasidan beslutar kontorschefen för det egna kontoret "
       "och kommundirektören för hela tjänstemannaorganisationen. En tjänstemannariktlinje beslutas på "
       "tjänstemannastegen, en politisk riktlinje på den politiska. Fullmäktige beslutar ändå i ärenden "
       "av principiell beskaffenhet eller av större vikt; markera dem med 'principiell: true'. Stegarna, "
       "nivåerna och vad varje slag av organ omfattar anges i profilen under 'organslag' ('stege', 'nivå', "
       "'omfattar').",
    en="Decisions are taken at the lowest possible level. The styrmodell has two ladders: the political "
       "one (nämnd < kommunstyrelse < kommunfullmäktige) and the officials' (kontorschef < kommundirektör). "
       "The right body is the lowest on the ladder whose remit covers what the document applies to "
       "('gäller_för'): what concerns one nämnd's area only, that nämnd decides; what concerns several "
       "nämnder or the whole organisation, the kommunstyrelse; what also covers companies and federations, "
       "the kommunfullmäktige. Among officials the kontorschef decides for the own kontor and the "
       "kommundirektör for the whole official organisation. A tjänstemannariktlinje is decided on the "
       "officials' ladder, a politisk riktlinje on the political one. Fullmäktige still decides matters of "
       "principle or of greater importance; mark them 'principiell: true'. The ladders, ranks and remits are "
       "set in the profile under 'organslag' ('stege', 'nivå', 'omfattar').",
)


class Verdict(NamedTuple):
    code: str  # D002 or D003
    key: str
    lowest: str | None  # None: no body in the organisation may decide it (the `-nobody` messages)


def judge(doc: Doc, chart: OrgChart) -> Verdict | None:
    """Whether `doc` was decided at the right level, and if not, what is wrong."""
    decider, model = doc.model.decided_by, doc.model
    allowed = doc.type.decided_by
    if chart.kind_key(decider) not in {fold(k) for k in allowed}:
        return None  # unknown organ (M008) or a kind not allowed at all (D001)
    if model.get("requires_council", False):
        return None  # the law fixes the body (D001)
    own = chart.ladder(decider)
    kind = model.get("kind")
    expected = doc.type.ladder_by_kind.get(fold(kind)) if isinstance(kind, str) else None
    ladder = expected or own
    if ladder is None:
        return None
    placement = chart.place(model.applies_to, ladder, allowed)
    if placement is None:
        return None  # gäller_för names only unknown organs (M008)
    if ladder != own:
        if ladder == OFFICIAL:  # an officials' matter decided politically
            return Verdict("D002", "official", placement.lowest) if placement.lowest else None
        return Verdict("D003", "political", placement.lowest)
    if placement.lowest is None:
        if not chart.has_wide_bodies(ladder):
            return None  # no remits beyond the own area in this profile or organisation: cannot tell
        other = chart.place(model.applies_to, POLITICAL if ladder == OFFICIAL else OFFICIAL, allowed)
        return Verdict("D003", "none", other.lowest if other else None)
    if decider == placement.lowest:
        return None
    if decider in placement.covering:
        return Verdict("D002", _level_key(placement), placement.lowest)
    return Verdict("D003", _level_key(placement), placement.lowest)


def _level_key(placement: Placement) -> str:
    return {"eget_område": "area", "kommunala_organisationen": "organisation"}.get(placement.level, "group")


def _findings(ctx: Context, code: str) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    for doc in ctx.repo.documents:
        if not doc.type.lowest_level:
            continue
        verdict = judge(doc, chart)
        if verdict is None or verdict.code != code:
            continue
        if code == "D002" and doc.model.principled:
            continue
        names = dict(decider=chart.name(doc.model.decided_by), scope=scope_text(doc.model.applies_to),
                     kind=doc.model.get("kind") or doc.type_name, type=doc.type_name)
        if verdict.lowest is None:  # no body in this organisation may decide it: say so, name nobody
            yield ctx.finding(doc, ("beslutad_av",), f"{verdict.key}-nobody", subject=doc.model.decided_by, **names)
        else:
            yield ctx.finding(doc, ("beslutad_av",), verdict.key, subject=doc.model.decided_by,
                              lowest=chart.name(verdict.lowest), **names)


_PRINCIPLE_SV = "Är ärendet av principiell beskaffenhet eller av större vikt, ange 'principiell: true'."
_PRINCIPLE_EN = "If the matter is one of principle or of greater importance, set 'principiell: true'."


@rule(
    "D002", "above-lowest-level", tags=("decisions", "organisation"), local=True,
    summary=T(sv="Dokumentet är beslutat på en högre nivå än den lägsta möjliga.",
              en="The document was decided above the lowest possible level."),
    messages={
        "area": T(
            sv="Dokumentet gäller bara inom ansvarsområdet för {lowest} ('gäller_för: {scope}') men beslutades "
               f"av {{decider}}. Beslut ska tas på lägsta möjliga nivå, så {{lowest}} bör besluta om dokumentet. "
               f"{_PRINCIPLE_SV}",
            en="The document applies only within the area of {lowest} ('gäller_för: {scope}') but was decided by "
               f"{{decider}}. Decisions are taken at the lowest possible level, so {{lowest}} should decide it. "
               f"{_PRINCIPLE_EN}"),
        "organisation": T(
            sv="Dokumentet berör flera nämnders eller kontors områden eller hela organisationen ('gäller_för: "
               "{scope}'). Den lägsta nivå som beslutar om det är {lowest}, men det beslutades av {decider}. "
               f"Beslut ska tas på lägsta möjliga nivå. {_PRINCIPLE_SV}",
            en="The document concerns several committees' or offices' areas or the whole organisation "
               "('gäller_för: {scope}'). The lowest level that decides on it is {lowest}, but it was decided by "
               f"{{decider}}. Decisions are taken at the lowest possible level. {_PRINCIPLE_EN}"),
        "official": T(
            sv="Dokumentet har 'slag: {kind}' och beslutas därför av tjänstemannaorganisationen, här av {lowest}, "
               "men det beslutades av {decider}. Beslut ska tas på lägsta möjliga nivå. Har dokumentet politiskt "
               f"innehåll, ändra 'slag'. {_PRINCIPLE_SV}",
            en="The document has 'slag: {kind}' and is therefore decided by the official organisation, here by "
               "{lowest}, but it was decided by {decider}. Decisions are taken at the lowest possible level. If "
               f"the document has political content, change its 'slag'. {_PRINCIPLE_EN}"),
    },
    why=LADDER_WHY,
    quote=LOWEST_QUOTE,
)
def above_lowest_level(ctx: Context) -> Iterator[Finding]:
    yield from _findings(ctx, "D002")


@rule(
    "D003", "lacks-mandate", tags=("decisions", "organisation"), local=True,
    summary=T(sv="Organet som beslutade saknar mandat för det som dokumentet gäller.",
              en="The deciding body has no mandate for what the document applies to."),
    messages={
        "area": T(
            sv="{decider} har inte mandat att besluta om detta: dokumentet gäller {scope} ('gäller_för'), som "
               "ligger utanför organets ansvarsområde. Den lägsta nivå vars område omfattar det är {lowest}: låt "
               "{lowest} besluta om dokumentet, eller rätta 'gäller_för'.",
            en="{decider} has no mandate to decide this: the document applies to {scope} ('gäller_för'), which "
               "lies outside that body's area. The lowest level whose area covers it is {lowest}; let {lowest} "
               "decide, or correct 'gäller_för'."),
        "organisation": T(
            sv="{decider} har inte mandat att besluta om detta: dokumentet berör flera nämnders eller kontors "
               "områden eller hela organisationen ('gäller_för: {scope}'). Sådant beslutar {lowest}: låt {lowest} "
               "besluta om dokumentet, eller rätta 'gäller_för'.",
            en="{decider} has no mandate to decide this: the document concerns several committees' or offices' "
               "areas or the whole organisation ('gäller_för: {scope}'). That is for {lowest} to decide; let "
               "{lowest} decide, or correct 'gäller_för'."),
        "group": T(
            sv="{decider} har inte mandat att besluta om detta: dokumentet gäller även bolag eller förbund "
               "('gäller_för: {scope}'), och sådant beslutar {lowest}. Låt {lowest} besluta om dokumentet, eller "
               "rätta 'gäller_för'.",
            en="{decider} has no mandate to decide this: the document also applies to companies or federations "
               "('gäller_för: {scope}'), which is for {lowest} to decide. Let {lowest} decide, or correct "
               "'gäller_för'."),
        "none": T(
            sv="{decider} har inte mandat att besluta om detta: dokumentet gäller {scope} ('gäller_för'), och "
               "så långt sträcker sig inget organs mandat på samma sida som {decider} (den politiska sidan eller "
               "tjänstemannasidan). Beslutet ska fattas av {lowest}, eller så ska 'gäller_för' rättas.",
            en="{decider} has no mandate to decide this: the document applies to {scope} ('gäller_för'), and no "
               "body on the same side as {decider} (the political side or the officials') has a mandate that "
               "wide. The decision is for {lowest}, or 'gäller_för' must be corrected."),
        "political": T(
            sv="Dokumentet har 'slag: {kind}' och är därmed ett politiskt beslut, som inte kan fattas av "
               "tjänstemannaorganisationen ({decider}). Politiska beslut fattas av förtroendevalda, här av "
               "{lowest}. Saknar dokumentet politiskt innehåll, ändra 'slag'.",
            en="The document has 'slag: {kind}' and is therefore a political decision, which the official "
               "organisation ({decider}) cannot take. Political decisions are taken by elected representatives, "
               "here by {lowest}. If the document has no political content, change its 'slag'."),
        "none-nobody": T(
            sv="{decider} har inte mandat att besluta om detta: dokumentet gäller {scope} ('gäller_för'), och i "
               "organisationen finns inget organ som får besluta om dokument av typen {type} och har ett så "
               "vitt mandat. Rätta 'gäller_för' så att det bara tar upp det som dokumentet gäller för, eller "
               "lägg till organet som beslutar om sådant i organisationsfilen ('typ: organisation').",
            en="{decider} has no mandate to decide this: the document applies to {scope} ('gäller_för'), and the "
               "organisation has no body that may decide documents of type {type} with a mandate that wide. "
               "Correct 'gäller_för' so that it names only what the document applies to, or add the body that "
               "decides such matters to the organisation file ('typ: organisation')."),
        "political-nobody": T(
            sv="Dokumentet har 'slag: {kind}' och är därmed ett politiskt beslut, som inte kan fattas av "
               "tjänstemannaorganisationen ({decider}). Politiska beslut fattas av förtroendevalda, men i "
               "organisationen finns inget politiskt organ som får besluta om dokument av typen {type} och vars "
               "mandat omfattar {scope} ('gäller_för'). Rätta 'gäller_för', eller lägg till organet som beslutar "
               "om sådant i organisationsfilen ('typ: organisation'). Saknar dokumentet politiskt innehåll, "
               "ändra 'slag'.",
            en="The document has 'slag: {kind}' and is therefore a political decision, which the official "
               "organisation ({decider}) cannot take. Political decisions are taken by elected representatives, "
               "but the organisation has no political body that may decide documents of type {type} with a "
               "mandate covering {scope} ('gäller_för'). Correct 'gäller_för', or add the body that decides such "
               "matters to the organisation file ('typ: organisation'). If the document has no political "
               "content, change its 'slag'."),
    },
    why=T(sv="Ett organ kan bara besluta inom sitt eget område. " + LADDER_WHY.sv,
          en="A body can decide only within its own remit. " + LADDER_WHY.en),
    quote=LOWEST_QUOTE,
)
def lacks_mandate(ctx: Context) -> Iterator[Finding]:
    yield from _findings(ctx, "D003")
