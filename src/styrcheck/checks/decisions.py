"""D: who decides what, and when ("Rollfördelning mellan politik och förvaltning").

D002 and D003, the lowest possible level, live in lowest_level.py. Every body, kind and date
here comes from the profile and the repository's organisation (styrcheck.organisation).
"""

from __future__ import annotations

from collections.abc import Iterator

from styrcheck import calendar
from styrcheck.diagnostics import Finding
from styrcheck.diagnostics import Text as T
from styrcheck.organisation import OFFICIAL, OrgChart, scope_text
from styrcheck.rules import Context, rule
from styrcheck.text import fold


@rule(
    "D001", "body-not-allowed", tags=("decisions", "organisation"),
    summary=T(sv="Ett organ av ett slag som inte får besluta dokumenttypen.",
              en="A body of a kind that may not decide the document type."),
    messages={
        "default": T(
            sv="{decider} ({kind}) får inte besluta om dokument av typen {type}. Enligt styrmodellen beslutas "
               "{type} av: {allowed}. Rätta beslutad_av, eller kontrollera typ.",
            en="{decider} ({kind}) may not decide documents of type {type}. Under the styrmodell a {type} is "
               "decided by: {allowed}. Correct beslutad_av, or check typ."),
        "political": T(
            sv="{decider} ({kind}) hör till tjänstemannaorganisationen och får inte besluta om {type}, som är ett "
               "politiskt dokument: en nämnd får inte delegera ärenden som rör verksamhetens mål, inriktning, "
               "omfattning eller kvalitet (kommunallagen 6 kap. 38 §). Typen {type} beslutas av: {allowed}.",
            en="{decider} ({kind}) belongs to the official organisation and may not decide a {type}, which is a "
               "political document: a committee may not delegate matters concerning the aims, direction, scope "
               "or quality of its activities (Local Government Act, ch. 6 s. 38). A {type} is decided by: "
               "{allowed}."),
        "law": T(
            sv="Lagen kräver att planen beslutas av fullmäktige (kräver_fullmäktige: true), men den beslutades "
               "av {decider} ({kind}). Låt fullmäktige besluta planen, eller ändra kräver_fullmäktige om lagen "
               "inte kräver det.",
            en="The law requires the plan to be decided by fullmäktige (kräver_fullmäktige: true), but it was "
               "decided by {decider} ({kind}). Let fullmäktige decide the plan, or change kräver_fullmäktige "
               "if the law does not require it."),
    },
    why=T(sv="Styrmodellen bestämmer vilket slags organ som beslutar varje dokumenttyp; politiska dokument beslutas "
             "av förtroendevalda. Vilka slag som får besluta varje typ är profilens (dokumenttyper: beslutas_av).",
          en="The styrmodell decides which kind of body decides each document type; political documents are "
             "decided by elected representatives. Which kinds may decide each type is the profile's "
             "(dokumenttyper: beslutas_av)."),
    quote="Kommunfullmäktige beslutar i ärenden av principiell beskaffenhet eller av större vikt. Det innebär "
          "bland annat att beslut om vision, politiskt program, övergripande mål, politiska "
          "inriktningsdokument, budget och årsredovisning tas av fullmäktige. De lagstadgade planerna bereds "
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
        if getattr(doc.model, "requires_council", False) and kind not in council:
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
            sv="Dokumentet gäller {units}, som hör till området för {expected}, men beslutades av {decider}. "
               "Dokument av typen {type} gäller det egna området och beslutas där: låt {expected} besluta det, "
               "eller rätta gäller_för.",
            en="The document applies to {units}, which belong to the area of {expected}, but was decided by "
               "{decider}. Documents of type {type} cover the deciding body's own area: let {expected} decide "
               "it, or correct gäller_för."),
        "wide": T(
            sv="Dokument av typen {type} gäller den ansvariga nämndens eller kontorets eget område, men "
               "gäller_för är {scope}. "
               "Ange det egna organet, till exempel gäller_för: [{decider_id}].",
            en="Documents of type {type} cover the responsible committee's or office's own area, but gäller_för "
               "is {scope}. "
               "Name that body, for example gäller_för: [{decider_id}]."),
        "parent": T(
            sv="Dokumentet ({type}) bygger på {parent}, som {parent_decider} beslutade, men beslutades av "
               "{decider}, som inte hör till {parent_decider}. Det ska beslutas av {parent_decider} eller av chefen "
               "för ett kontor som "
               "betjänar {parent_decider}.",
            en="The document ({type}) builds on {parent}, decided by {parent_decider}, but was decided by {decider}, which "
               "does not belong to {parent_decider}. It is decided by {parent_decider} or by the head of an "
               "office serving {parent_decider}."),
    },
    why=T(sv="Uppdragsplanen uttrycker den ansvariga nämndens ambition inom nämndens ansvarsområde, "
             "verksamhetsplanen beskriver hur kontoret genomför sin nämnds uppdragsplan, och "
             "kvalitetsredovisningen beslutas av nämnden vars plan den redovisar.",
          en="The uppdragsplan expresses the responsible committee's ambition within its own area, the "
             "verksamhetsplan describes how the office carries out its committee's uppdragsplan, and the "
             "kvalitetsredovisning is decided by the committee whose plan it reports on."),
    quote="I årliga uppdragsplaner uttrycker den ansvariga nämnden, det vill säga kommunstyrelsen eller "
          "verksamhetsnämnd, den politiska ambitionen inom nämndens ansvarsområde. Verksamhetsplanen beslutas "
          "av kontorschef och beskriver hur kontoret genomför de politiska ambitionerna i uppdragsplanen.",
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
    "D005", "missing-start-decision", tags=("decisions",),
    summary=T(sv="Ett inriktningsdokument saknar kommunstyrelsens startbeslut.",
              en="An inriktningsdokument lacks the kommunstyrelse's start decision."),
    messages={
        "default": T(
            sv="Innan ett nytt {type} tas fram ska {required} besluta om det, så att helhetsperspektivet "
               "beaktas. Ange startbeslutet: startbeslut: {{beslutad_av: …, beslutsdatum: …}}.",
            en="Before a new {type} is drawn up, {required} must decide to start it, so that the whole is "
               "considered. Give the start decision: startbeslut: {{beslutad_av: …, beslutsdatum: …}}."),
        "body": T(
            sv="Startbeslutet fattades av {body} ({kind}), men ska fattas av {required}.",
            en="The start decision was taken by {body} ({kind}), but is for {required} to take."),
        "order": T(
            sv="Startbeslutet ({start}) ska fattas innan dokumentet tas fram, men är daterat samma dag som eller "
               "efter beslutet om dokumentet ({decided}). Kontrollera datumen.",
            en="The start decision ({start}) comes before the document is drawn up, but is dated on or after "
               "the decision on the document ({decided}). Check the dates."),
    },
    why=T(sv="Kommunstyrelsen ska besluta innan ett nytt inriktningsdokument tas fram, för att helhetsperspektivet "
             "ska beaktas. Vilket slag av organ som fattar startbeslutet är profilens (startbeslut_av).",
          en="The kommunstyrelse decides before a new inriktningsdokument is drawn up, so that the whole is "
             "considered. The kind of body that takes the start decision is the profile's (startbeslut_av)."),
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
        start = getattr(doc.model, "start_decision", None)
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
    "D006", "goals-decided-late", tags=("decisions", "time"),
    summary=T(sv="Övergripande mål beslutade för sent, eller före valet, i mandatperioden.",
              en="Övergripande mål decided too late, or before the election, in the mandate period."),
    messages={
        "default": T(
            sv="Målen beslutades {decided}, men ska beslutas senast i början av mandatperiodens första år: "
               "enligt profilen senast {deadline} för perioden {period}.",
            en="The goals were decided on {decided}, but are to be decided early in the mandate period's first "
               "year at the latest: by {deadline} for the period {period}, per the profile."),
        "before-election": T(
            sv="Målen för perioden {period} beslutades {decided}, före valet {election}. Mandatperiodens nya "
               "kommunalråd bereder målområden och övergripande mål, så de beslutas efter valet. Kontrollera "
               "beslutsdatum och giltighetstid.",
            en="The goals for the period {period} were decided on {decided}, before the election on {election}. "
               "The period's new leading councillors prepare the goal areas and goals, so they are decided after "
               "the election. Check the decision date and the period of validity."),
    },
    why=T(sv="Målen för en mandatperiod bereds av de nya kommunalråden och beslutas tidigt, så att nämnderna kan "
             "bygga sina uppdragsplaner på dem. Sista månaden är profilens (beslut_senast).",
          en="A mandate period's goals are prepared by the new leading councillors and decided early, so that "
             "the committees can build their uppdragsplaner on them. The last month is the profile's "
             "(beslut_senast)."),
    quote="Mandatperiodens nya kommunalråd ansvarar för att bereda målområden och övergripande mål. … Beslut om "
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
    "D007", "budget-late", tags=("decisions", "time"),
    summary=T(sv="Budgeten beslutades senare än normen eller lagens gräns.",
              en="The budget was decided later than the norm or the legal limit."),
    messages={
        "norm": T(
            sv="Budgeten för {year} beslutades {decided}. Enligt styrmodellen fastställs budgeten för nästa år i "
               "normalfallet senast {norm}, för att ge styrelser, nämnder och bolag god framförhållning.",
            en="The budget for {year} was decided on {decided}. Under the styrmodell next year's budget is "
               "normally set by {norm}, to give boards, committees and companies time to plan."),
        "lag": T(
            sv="Budgeten för {year} beslutades {decided}, efter {law}. Kommunallagen kräver att fullmäktige "
               "fastställer budgeten före november månads utgång året före budgetåret.",
            en="The budget for {year} was decided on {decided}, after {law}. The Local Government Act requires "
               "fullmäktige to set the budget before the end of November of the year before the budget year."),
    },
    why=T(sv="En budget som beslutas i tid ger nämnder och bolag framförhållning. Efter normen (juni) är det en "
             "varning; efter lagens gräns (november, kommunallagen) ett fel. Månaderna är profilens "
             "(beslut_före_året: norm, lag) och allvarligheten per variant (D007, D007.lag).",
          en="A budget decided in time gives committees and companies time to plan. After the norm (June) it is "
             "a warning; after the legal limit (November, Local Government Act) an error. The months are the "
             "profile's (beslut_före_året: norm, lag) and so are the severities per variant (D007, D007.lag)."),
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
        elif norm is not None and decided > norm:
            yield ctx.finding(doc, ("beslutsdatum",), "norm", year=year, decided=decided, norm=norm)


@rule(
    "D008", "committee-not-informed", tags=("decisions", "time"),
    summary=T(sv="Det framgår inte att nämnden har informerats om verksamhetsplanen.",
              en="It does not say that the committee was informed of the verksamhetsplan."),
    messages={"default": T(
        sv="Det framgår inte när nämnden informerades om dokumentet ({type}). Respektive nämnd ska informeras "
           "om verksamhetsplanerna; ange datumet i nämnd_informerad.",
        en="It does not say when the committee was informed of the document ({type}). Each committee is to be "
           "informed of the verksamhetsplaner; give the date in nämnd_informerad.")},
    why=T(sv="Verksamhetsplanen beslutas av kontorschefen, men nämnden ska veta hur dess uppdragsplan genomförs. "
             "Regeln väntar det antal månader efter planens start som profilen anger "
             "(nämnd_informeras_inom_månader).",
          en="The verksamhetsplan is decided by the head of office, but the committee must know how its "
             "uppdragsplan is carried out. The rule waits the months after the plan's start that the profile "
             "gives (nämnd_informeras_inom_månader)."),
    quote="Verksamhetsplanen beslutas av kontorschef och beskriver hur kontoret genomför de politiska "
          "ambitionerna i uppdragsplanen. Respektive nämnd informeras om verksamhetsplanerna.",
)
def committee_not_informed(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        months = doc.type.committee_informed_within
        if months is None or getattr(doc.model, "committee_informed", None) is not None:
            continue
        if ctx.today > calendar.add_months(doc.model.valid_from, months):
            yield ctx.finding(doc, (), type=doc.type_name)
