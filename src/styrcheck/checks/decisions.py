"""D: who decides what, and when ("Rollfördelning mellan politik och förvaltning").

D002 and D003, the lowest possible level, live in lowest_level.py. Every body, kind and date
here comes from the profile and the repository's organisation (styrcheck.core.organisation).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from styrcheck.checks.registry import Context, rule
from styrcheck.core import calendar
from styrcheck.core.diagnostics import Finding
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.organisation import OFFICIAL, OrgChart, scope_text
from styrcheck.core.text import fold

if TYPE_CHECKING:
    from styrcheck.core.profile import MandatePeriod


@rule(
    "D001", "body-not-allowed", tags=("decisions", "organisation"), local=True,
    summary=T(sv="Dokumentet är beslutat av ett slags organ som inte får besluta dokument av den typen.",
              en="The document was decided by a kind of body that may not decide documents of its type."),
    messages={
        "default": T(
            sv="{decider} (slag: {kind}) får inte besluta om dokument av typen {type}. Enligt styrmodellen "
               "beslutas de av organ av följande slag: {allowed}. Rätta 'beslutad_av', eller kontrollera att "
               "'typ' är rätt.",
            en="{decider} (slag: {kind}) may not decide documents of type {type}. Under the styrmodell they are "
               "decided by bodies of these kinds: {allowed}. Correct 'beslutad_av', or check that 'typ' is "
               "right."),
        "political": T(
            sv="{decider} (slag: {kind}) hör till tjänstemannaorganisationen och får inte besluta om dokument av "
               "typen {type}, som är politiska dokument: en nämnd får inte delegera ärenden som rör "
               "verksamhetens mål, inriktning, omfattning eller kvalitet (kommunallagen 6 kap. 38 §). Dokument "
               "av typen {type} beslutas av organ av följande slag: {allowed}. Rätta 'beslutad_av'.",
            en="{decider} (slag: {kind}) belongs to the official organisation and may not decide documents of "
               "type {type}, which are political documents: a committee may not delegate matters concerning "
               "the aims, direction, scope or quality of its activities (Local Government Act, ch. 6 s. 38). "
               "Documents of type {type} are decided by bodies of these kinds: {allowed}. Correct "
               "'beslutad_av'."),
        "law": T(
            sv="Enligt dokumentet kräver lagen att planen beslutas av fullmäktige ('kräver_fullmäktige: true'), "
               "men den beslutades av {decider} (slag: {kind}). Låt fullmäktige besluta om planen, eller ändra "
               "till 'kräver_fullmäktige: false' om lagen inte kräver det.",
            en="The document says the law requires the plan to be decided by fullmäktige "
               "('kräver_fullmäktige: true'), but it was decided by {decider} (slag: {kind}). Let fullmäktige "
               "decide the plan, or change it to 'kräver_fullmäktige: false' if the law does not require it."),
    },
    why=T(sv="Styrmodellen bestämmer vilket slags organ som beslutar varje dokumenttyp; politiska dokument beslutas "
             "av förtroendevalda. Vilka slag av organ som får besluta varje typ anges i profilen under "
             "'beslutas_av'.",
          en="The styrmodell decides which kind of body decides each document type; political documents are "
             "decided by elected representatives. Which kinds of body may decide each type is set in the "
             "profile under 'beslutas_av'."),
    quote="Kommunfullmäktige beslutar i ärenden av principiell beskaffenhet eller av större vikt. Det innebär "
          "bland annat att beslut om vision, politiskt program, övergripande mål, politiska "
          "inriktningsdokument, budget och årsredovisning tas av fullmäktige. […] De lagstadgade planerna bereds "
          "på kommunfullmäktiges uppdrag av aktuell nämnd och beslutas av fullmäktige om så krävs enligt "
          "lagstiftning, annars av nämnd.",
)
def body_not_allowed(ctx: Context) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    council = chart.council_kinds()
    for doc in ctx.repo.documents:
        decider = doc.model.decided_by
        kind = chart.kind_key(decider)
        if kind is None or chart.kind(decider) is None or not doc.type.decided_by:
            continue  # an unknown organ, or one of an unknown kind, is M008's
        allowed = {fold(k) for k in doc.type.decided_by}
        if doc.model.get("requires_council", False) and kind not in council:
            key = "law"
        elif kind not in allowed:
            political = doc.type.political and chart.ladder(decider) == OFFICIAL
            key = "political" if political else "default"
        else:
            continue
        yield ctx.finding(doc, ("beslutad_av",), key, subject=decider, decider=chart.name(decider),
                          kind=ctx.repo.organs[decider].kind, type=doc.type_name,
                          allowed=", ".join(ctx.profile.spell(k) for k in doc.type.decided_by))


@rule(
    "D004", "wrong-committee", tags=("decisions", "organisation"),
    summary=T(sv="En plan är inte beslutad av den nämnd eller det kontor vars område den gäller.",
              en="A plan is not decided by the committee or office whose area it covers."),
    messages={
        "scope": T(
            sv="Dokumentet gäller {units} ('gäller_för'), inom ansvarsområdet för {expected}, men beslutades av "
               "{decider}. Dokument av typen {type} gäller det egna ansvarsområdet och beslutas där: låt "
               "{expected} besluta om dokumentet, eller rätta 'gäller_för'.",
            en="The document applies to {units} ('gäller_för'), within the area of {expected}, but was decided by "
               "{decider}. Documents of type {type} cover the deciding body's own area and are decided there: "
               "let {expected} decide the document, or correct 'gäller_för'."),
        "wide": T(
            sv="Dokument av typen {type} gäller den ansvariga nämndens eller kontorets eget ansvarsområde, men här "
               "står 'gäller_för: {scope}'. Ange det egna organet, till exempel 'gäller_för: [{decider_id}]'.",
            en="Documents of type {type} cover the responsible committee's or office's own area, but here it says "
               "'gäller_för: {scope}'. Name that body, for example 'gäller_för: [{decider_id}]'."),
        "parent": T(
            sv="Dokumentet utgår från {parent}, som {parent_decider} har beslutat, men det beslutades av {decider}, "
               "som inte hör till {parent_decider}. Ett dokument av typen {type} ska beslutas av "
               "{parent_decider} eller av ett kontor som hör till {parent_decider}. Rätta 'beslutad_av' eller "
               "'utgår_från'.",
            en="The document derives from {parent}, decided by {parent_decider}, but was itself decided by "
               "{decider}, which does not belong to {parent_decider}. A document of type {type} is decided by "
               "{parent_decider} or by an office that belongs to it. Correct 'beslutad_av' or 'utgår_från'."),
    },
    why=T(sv="Uppdragsplanen uttrycker den ansvariga nämndens ambition inom nämndens ansvarsområde, "
             "verksamhetsplanen beskriver hur kontoret genomför sin nämnds uppdragsplan, och "
             "kvalitetsredovisningen beslutas av nämnden vars plan den redovisar.",
          en="The uppdragsplan expresses the responsible committee's ambition within its own area, the "
             "verksamhetsplan describes how the office carries out its committee's uppdragsplan, and the "
             "kvalitetsredovisning is decided by the committee whose plan it reports on."),
    quote="I årliga uppdragsplaner uttrycker den ansvariga nämnden, det vill säga kommunstyrelsen eller "
          "verksamhetsnämnd, den politiska ambitionen inom nämndens ansvarsområde, utifrån de övergripande "
          "målen och de ekonomiska förutsättningarna i budgeten. […] Verksamhetsplanen beslutas av kontorschef "
          "och beskriver hur kontoret genomför de politiska ambitionerna i uppdragsplanen.",
)
def wrong_committee(ctx: Context) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    for doc in ctx.repo.documents:
        decider = doc.model.decided_by
        ladder = chart.ladder(decider)
        allowed = {fold(k) for k in doc.type.decided_by}
        if not doc.type.own_area or ladder is None or chart.kind_key(decider) not in allowed:
            continue  # a body that may not decide the type at all is D001's
        names = dict(decider=chart.name(decider), decider_id=decider, type=doc.type_name)
        scope = doc.model.applies_to
        units = [u for u in scope if u in ctx.repo.organs] if isinstance(scope, list) else []
        outside = [u for u in units if decider not in chart.own_area(u, ladder)]
        homes = [chart.own_area(u, ladder) for u in outside]
        if isinstance(scope, str) or (outside and not all(homes)):
            yield ctx.finding(doc, ("galler_for",), "wide", scope=scope_text(scope), **names)
        elif outside:
            yield ctx.finding(doc, ("galler_for",), "scope", subject=",".join(outside), units=", ".join(outside),
                              expected=chart.name(homes[0][0]), **names)
        for index, parent_id in enumerate(doc.model.derives_from):
            parent = ctx.repo.by_id.get(parent_id)
            if parent is None or not parent.type.own_area or parent.model.decided_by not in ctx.repo.organs:
                continue
            if chart.committee_of(decider) != parent.model.decided_by:
                yield ctx.finding(doc, ("beslutad_av",), "parent", subject=parent_id, parent=parent_id,
                                  parent_decider=chart.name(parent.model.decided_by), **names)


@rule(
    "D005", "missing-start-decision", tags=("decisions",), local=True,
    summary=T(sv="Ett inriktningsdokument saknar kommunstyrelsens startbeslut.",
              en="An inriktningsdokument lacks the kommunstyrelse's start decision."),
    messages={
        "default": T(
            sv="Innan ett nytt dokument av typen {type} tas fram ska {required} besluta om det, så att "
               "helhetsperspektivet beaktas, men dokumentet anger inget sådant startbeslut. Lägg till det, till "
               "exempel 'startbeslut: {{beslutad_av: ks, beslutsdatum: 2021-03-01}}'.",
            en="Before a new document of type {type} is drawn up, {required} must decide to start it, so that "
               "the whole is considered, but the document names no such start decision. Add it, for example "
               "'startbeslut: {{beslutad_av: ks, beslutsdatum: 2021-03-01}}'."),
        "body": T(
            sv="Startbeslutet fattades av {body} (slag: {kind}), men ska fattas av {required}. Rätta "
               "'beslutad_av' under 'startbeslut'.",
            en="The start decision was taken by {body} (slag: {kind}), but is for {required} to take. Correct "
               "'beslutad_av' under 'startbeslut'."),
        "order": T(
            sv="Startbeslutet är daterat {start}, samma dag som eller efter beslutet om själva dokumentet "
               "({decided}). Startbeslutet ska fattas innan dokumentet tas fram; kontrollera 'beslutsdatum' under "
               "'startbeslut' och dokumentets eget 'beslutsdatum'.",
            en="The start decision is dated {start}, on or after the decision on the document itself "
               "({decided}). The start decision comes before the document is drawn up; check 'beslutsdatum' "
               "under 'startbeslut' and the document's own 'beslutsdatum'."),
    },
    why=T(sv="Kommunstyrelsen ska besluta innan ett nytt inriktningsdokument tas fram, för att helhetsperspektivet "
             "ska beaktas. Vilket slags organ som fattar startbeslutet anges i profilen under 'startbeslut_av'.",
          en="The kommunstyrelse decides before a new inriktningsdokument is drawn up, so that the whole is "
             "considered. The kind of body that takes the start decision is set in the profile under "
             "'startbeslut_av'."),
    quote="Inriktningsdokument bereds av nämnd eller nämnder och beslut tas av fullmäktige. Innan framtagande "
          "av ett nytt inriktningsdokument ska beslut av kommunstyrelsen ske, med syfte att helhetsperspektivet "
          "beaktas.",
)
def missing_start_decision(ctx: Context) -> Iterator[Finding]:
    chart = OrgChart(ctx.repo.organs, ctx.profile)
    for doc in ctx.repo.documents:
        needed = doc.type.start_decision_by
        if not needed:
            continue
        required = chart.kind_names([needed])[0]
        start = doc.model.get("start_decision")
        if start is None:
            yield ctx.finding(doc, (), type=doc.type_name, required=required)
            continue
        kind = chart.kind_key(start.decided_by)
        if kind is not None and kind != fold(needed):
            yield ctx.finding(doc, ("startbeslut", "beslutad_av"), "body", body=chart.name(start.decided_by),
                              kind=ctx.repo.organs[start.decided_by].kind, required=required)
        if start.decided_on >= doc.model.decided_on:
            yield ctx.finding(doc, ("startbeslut", "beslutsdatum"), "order", start=start.decided_on,
                              decided=doc.model.decided_on)


@rule(
    "D006", "goals-decided-late", tags=("decisions", "time"), local=True,
    summary=T(sv="De övergripande målen beslutades för sent i mandatperioden, eller före valet.",
              en="The övergripande mål were decided too late in the mandate period, or before the election."),
    messages={
        "default": T(
            sv="Målen för perioden {period} beslutades {decided}, men ska beslutas senast i början av "
               "mandatperiodens första år, här senast {deadline}. Kontrollera 'beslutsdatum'; beslutades målen "
               "medvetet senare, ange ett avsteg med motivering.",
            en="The goals for the period {period} were decided on {decided}, but are to be decided early in the "
               "mandate period's first year at the latest, here by {deadline}. Check 'beslutsdatum'; if the goals "
               "were decided later on purpose, record an avsteg with its reason."),
        "before-election": T(
            sv="Målen för perioden {period} beslutades {decided}, före valet {election}. Mandatperiodens nya "
               "kommunalråd bereder målområden och övergripande mål, så de ska beslutas efter valet. Kontrollera "
               "'beslutsdatum', 'giltig_från' och 'giltig_till'.",
            en="The goals for the period {period} were decided on {decided}, before the election on {election}. "
               "The period's new leading councillors (kommunalråd) prepare the goal areas and goals, so they are "
               "decided after the election. Check 'beslutsdatum', 'giltig_från' and 'giltig_till'."),
    },
    why=T(sv="Målen för en mandatperiod bereds av de nya kommunalråden och beslutas tidigt, så att nämnderna kan "
             "bygga sina uppdragsplaner på dem. Den sista månaden anges i profilen under 'beslut_senast'.",
          en="A mandate period's goals are prepared by the new leading councillors and decided early, so that "
             "the committees can build their uppdragsplaner on them. The last month is set in the profile under "
             "'beslut_senast'."),
    quote="Mandatperiodens nya kommunalråd ansvarar för att bereda målområden och övergripande mål. […] Beslut om "
          "målområden, övergripande mål och måluppfyllelse tas av kommunfullmäktige helst i samband med "
          "hantering av budget, men senast i början av mandatperiodens första år.",
)
def goals_decided_late(ctx: Context) -> Iterator[Finding]:
    mandate = ctx.profile.mandate_period
    for doc in ctx.repo.documents:
        rule_ = doc.type.first_year_deadline
        if rule_ is None:
            continue
        period = calendar.mandate_period(doc.model.valid_from, mandate)
        decided = doc.model.decided_on
        deadline = calendar.month_end(period.start.year, rule_.month)
        args = dict(decided=decided, deadline=deadline, period=period.label, election=period.election)
        if rule_.after_election and decided <= period.election:
            yield ctx.finding(doc, ("beslutsdatum",), "before-election", **args)
        elif decided > deadline:
            yield ctx.finding(doc, ("beslutsdatum",), **args)


@rule(
    "D007", "budget-late", tags=("decisions", "time"), local=True,
    summary=T(sv="Budgeten beslutades senare än normen eller lagens gräns.",
              en="The budget was decided later than the norm or the legal limit."),
    messages={
        "norm": T(
            sv="Budgeten för {year} beslutades {decided}. Enligt styrmodellen fastställs budgeten "
               "för nästa år i normalfallet senast {norm}, för att ge styrelser, nämnder och bolag god "
               "framförhållning. Kontrollera 'beslutsdatum' och 'giltig_från' (budgetens första år).",
            en="The budget for {year} was decided on {decided}. Under the styrmodell next year's "
               "budget is normally set by {norm}, to give boards, committees and companies time to plan. Check "
               "'beslutsdatum' and 'giltig_från' (the budget's first year)."),
        "lag": T(
            sv="Budgeten för {year} beslutades {decided}, efter lagens gräns {law}. Enligt kommunallagen ska "
               "fullmäktige fastställa budgeten senast då, även under ett valår (då av de nyvalda fullmäktige). "
               "Kontrollera 'beslutsdatum' och 'giltig_från' (budgetens första år).",
            en="The budget for {year} was decided on {decided}, after the legal limit of {law}. The Local "
               "Government Act requires fullmäktige to set the budget by then, in an election year too (by the "
               "newly elected fullmäktige). Check 'beslutsdatum' and 'giltig_från' (the budget's first year)."),
    },
    why=T(sv="En budget som beslutas i tid ger nämnder och bolag framförhållning. Efter normen (juni) är det en "
             "varning, efter lagens gräns (november, kommunallagen) ett fel. Valår är inte normalfallet: enligt "
             "kommunallagen (2017:725) 11 kap. fastställs budgeten då av de nyvalda fullmäktige, som tillträder "
             "i oktober. En budget som de beslutar efter valet kan inte hålla normen i juni och prövas därför "
             "bara mot lagens gräns, som gäller även valår. Valåren räknas fram ur profilens 'mandatperiod'; "
             "månaderna anges under 'beslut_före_året' ('norm', 'lag'), allvarligheten för varje fall under "
             "'allvarlighet' (D007, D007.lag). En budget som av särskilda skäl beslutas senare anges med ett "
             "'avsteg' och skälet.",
          en="A budget decided in time gives committees and companies time to plan. After the norm (June) it is "
             "a warning, after the legal limit (November, Local Government Act) an error. An election year is "
             "not the normal case: under kommunallagen (2017:725) ch. 11 the budget is then set by the newly "
             "elected fullmäktige, who take office in October. A budget they decide after the election cannot "
             "meet the June norm, so it is held to the legal limit only, which applies in an election year too. "
             "The election years follow from the profile's 'mandatperiod'; the months are set under "
             "'beslut_före_året' ('norm', 'lag'), the severity of each case under 'allvarlighet' (D007, "
             "D007.lag). A budget decided later for special reasons is marked with an 'avsteg' and the reason."),
    quote="Budgeten för nästa år fastställs i normalfallet av kommunfullmäktige före juni månads utgång. Syftet "
          "är att ge styrelser, nämnder och bolag en god framförhållning.",
)
def budget_late(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        limits = doc.type.year_before_deadline
        if limits is None:
            continue
        year = doc.model.valid_from.year
        decided = doc.model.decided_on
        law = calendar.month_end(year - 1, limits.law) if limits.law else None
        norm = calendar.month_end(year - 1, limits.norm) if limits.norm else None
        if law is not None and decided > law:
            yield ctx.finding(doc, ("beslutsdatum",), "lag", year=year, decided=decided, law=law)
        elif (norm is not None and decided > norm
              and not _by_newly_elected(decided, year - 1, ctx.profile.mandate_period)):
            yield ctx.finding(doc, ("beslutsdatum",), "norm", year=year, decided=decided, norm=norm)


@rule(
    "D008", "committee-not-informed", tags=("decisions", "time"), local=True,
    summary=T(sv="Det framgår inte att nämnden har informerats om verksamhetsplanen.",
              en="It does not say that the committee was informed of the verksamhetsplan."),
    messages={"default": T(
        sv="Det framgår inte när nämnden informerades om dokumentet. Respektive nämnd ska informeras om "
           "dokument av typen {type}; ange datumet i 'nämnd_informerad', till exempel "
           "'nämnd_informerad: 2024-01-25'.",
        en="It does not say when the committee was informed of the document. Each committee is to be informed "
           "of documents of type {type}; give the date in 'nämnd_informerad', for example "
           "'nämnd_informerad: 2024-01-25'.")},
    why=T(sv="Verksamhetsplanen beslutas av kontorschefen, men nämnden ska veta hur dess uppdragsplan genomförs. "
             "Regeln väntar så många månader efter planens start som profilen anger under "
             "'nämnd_informeras_inom_månader'.",
          en="The verksamhetsplan is decided by the head of office, but the committee must know how its "
             "uppdragsplan is carried out. The rule waits as many months after the plan's start as the profile "
             "sets under 'nämnd_informeras_inom_månader'."),
    quote="Verksamhetsplanen beslutas av kontorschef och beskriver hur kontoret genomför de politiska "
          "ambitionerna i uppdragsplanen. Respektive nämnd informeras om verksamhetsplanerna.",
)
def committee_not_informed(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        months = doc.type.committee_informed_within
        if months is None or doc.model.get("committee_informed") is not None:
            continue
        if ctx.today > calendar.add_months(doc.model.valid_from, months):
            yield ctx.finding(doc, (), type=doc.type_name)


def _by_newly_elected(decided: date, year: int, mandate: MandatePeriod) -> bool:
    """Whether a budget decided in `year` was set after that year's general election, that is by
    the newly elected fullmäktige (kommunallagen (2017:725) 11 kap.), who take office in October
    and so cannot meet a norm that falls before it."""
    election = calendar.election_in(year, mandate)
    return election is not None and election < decided <= date(year, 12, 31)
