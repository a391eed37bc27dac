"""F: follow-up and lifecycle: owners, follow-up dates, periods, reports, successors.

Every date is compared with the run's "today" (`--today`). Follow-up and lifecycle rules
leave alone documents that have expired or been replaced (calendar.retired).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from styrcheck import calendar
from styrcheck.diagnostics import Finding
from styrcheck.diagnostics import Text as T
from styrcheck.repository import Doc
from styrcheck.rules import Context, rule

OWNER_QUOTE = ("Av kommunens riktlinjer ska det framgå vilken del av organisationen som ansvarar för att "
               "innehållet är aktuellt. Ett aktivt ägarskap möjliggör en systematik i uppföljningsarbetet och "
               "skapar förutsättningar för att riktlinjer hålls uppdaterade och aktuella.")
FOLLOW_UP_QUOTE = ("En tidsangivelse för uppföljning ska framgå av riktlinjen för att säkerställa att uppföljning "
                   "av ändamålsenlighet och aktualitet sker vid behov.")


def _in_force(ctx: Context) -> Iterator[Doc]:
    for doc in ctx.repo.documents:
        if not calendar.retired(ctx.repo, doc):
            yield doc


@rule(
    "F001", "guideline-owner", tags=("follow-up",),
    summary=T(sv="Riktlinjen anger inte vem som ansvarar för att den är aktuell.",
              en="The guideline does not name who keeps it current."),
    messages={"default": T(
        sv="Det framgår inte vilken del av organisationen som ansvarar för att innehållet är aktuellt. Ange "
           "ägaren med ägare: och id:t för ett organ, till exempel ägare: kommunstyrelsens-kontor.",
        en="It does not say which part of the organisation keeps the content current. Name the owner with "
           "ägare: and an organ id, for example ägare: kommunstyrelsens-kontor.")},
    why=T(sv="Ett aktivt ägarskap gör att riktlinjer följs upp och hålls aktuella. Vilka typer som kräver en ägare "
             "är profilens (kräver_ägare).",
          en="Active ownership keeps guidelines followed up and current. Which types need an owner is the "
             "profile's (kräver_ägare)."),
    quote=OWNER_QUOTE,
)
def guideline_owner(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):
        if doc.type.owner_required and not getattr(doc.model, "owner", None):
            yield ctx.finding(doc, ())


@rule(
    "F002", "guideline-follow-up", tags=("follow-up", "time"),
    summary=T(sv="Riktlinjen anger ingen tid för uppföljning.", en="The guideline gives no time for follow-up."),
    messages={
        "default": T(
            sv="Det framgår inte när riktlinjen ska följas upp. Ange ett datum (uppföljning: 2026-06-30) eller ett "
               "intervall (uppföljning: {{intervall: mandatperiod, senast_uppföljd: 2024-05-10}}).",
            en="It does not say when the guideline is to be followed up. Give a date (uppföljning: 2026-06-30) "
               "or an interval (uppföljning: {{intervall: mandatperiod, senast_uppföljd: 2024-05-10}})."),
        "incomplete": T(
            sv="Uppföljningen anger varken datum, intervall eller nästa uppföljning. Ange datum, intervall eller "
               "nästa.",
            en="The follow-up gives neither a date, an interval nor the next follow-up. Give datum, intervall "
               "or nästa."),
        "interval": T(
            sv="Intervallet '{interval}' går inte att tolka. Skriv till exempel {known} eller '2 år'.",
            en="The interval '{interval}' cannot be understood. Write for example {known} or '2 år'."),
    },
    why=T(sv="Utan en tid för uppföljning blir riktlinjer gamla utan att någon märker det. Intervall som förstås "
             "är profilens (uppföljningsintervall) och 'N år'.",
          en="Without a time for follow-up, guidelines grow old unnoticed. The intervals understood are the "
             "profile's (uppföljningsintervall) and 'N år'."),
    quote=FOLLOW_UP_QUOTE,
)
def guideline_follow_up(ctx: Context) -> Iterator[Finding]:
    known = ", ".join(ctx.profile.spell(name) for name in ctx.profile.follow_up_intervals)
    for doc in _in_force(ctx):
        follow_up = getattr(doc.model, "follow_up", None)
        if follow_up is None:
            if doc.type.follow_up_required:
                yield ctx.finding(doc, ())
            continue
        if follow_up.interval and calendar.parse_interval(follow_up.interval, ctx.profile) is None:
            yield ctx.finding(doc, ("uppfoljning", "intervall"), "interval", interval=follow_up.interval,
                              known=known)
        elif not (follow_up.on or follow_up.interval or follow_up.next):
            yield ctx.finding(doc, ("uppfoljning",), "incomplete")


@rule(
    "F003", "follow-up-overdue", tags=("follow-up", "time"),
    summary=T(sv="Uppföljningen är försenad.", en="The follow-up is overdue."),
    messages={
        "default": T(
            sv="Uppföljningen skulle ha skett senast {due}. Följ upp riktlinjens ändamålsenlighet och aktualitet "
               "och ange datumet i senast_uppföljd (och nästa datum).",
            en="The follow-up was due by {due}. Follow up whether the guideline is still fit and current, and "
               "give the date in senast_uppföljd (and the next date)."),
        "interval": T(
            sv="Uppföljningen skulle ha skett senast {due} (intervall: {interval}, senast uppföljd: {last}). "
               "Följ upp riktlinjen och ange datumet i senast_uppföljd.",
            en="The follow-up was due by {due} (interval: {interval}, last followed up: {last}). Follow up the "
               "guideline and give the date in senast_uppföljd."),
    },
    why=T(sv="En uppföljning som inte blir av betyder att ingen har prövat om dokumentet fortfarande är ändamålsenligt "
             "och aktuellt. Regeln räknar från dagens datum (--today); ersatta och utgångna dokument lämnas i fred.",
          en="A follow-up that does not happen means nobody has checked whether the document is still fit and "
             "current. The rule counts from today (--today); replaced and expired documents are left alone."),
    quote=FOLLOW_UP_QUOTE,
)
def follow_up_overdue(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):
        follow_up = getattr(doc.model, "follow_up", None)
        if follow_up is None:
            continue
        due = calendar.next_follow_up(follow_up, doc.model.valid_from, ctx.profile)
        if due is None or due >= ctx.today:
            continue
        if follow_up.on or follow_up.next:
            yield ctx.finding(doc, ("uppfoljning",), due=due)
        else:
            yield ctx.finding(doc, ("uppfoljning",), "interval", due=due, interval=follow_up.interval,
                              last=follow_up.last or "—")


@rule(
    "F004", "annual-period", tags=("follow-up", "time"),
    summary=T(sv="En årlig plan eller redovisning omfattar inte ett kalenderår.",
              en="An annual plan or report does not cover one calendar year."),
    messages={"default": T(
        sv="Ett dokument av typen {type} omfattar ett år, 1 januari–31 december, men detta gäller "
           "{start}–{end}. Menade du "
           "{year}-01-01–{year}-12-31?",
        en="A document of type {type} covers one year, 1 January–31 December, but this one runs "
           "{start}–{end}. Did you mean "
           "{year}-01-01–{year}-12-31?")},
    why=T(sv="Uppdragsplaner, verksamhetsplaner och kvalitetsredovisningar följer budgetåret, som är kalenderåret. "
             "Vilka typer som är årliga är profilens (period: ett_år).",
          en="Uppdragsplaner, verksamhetsplaner and kvalitetsredovisningar follow the budget year, which is the "
             "calendar year. Which types are annual is the profile's (period: ett_år)."),
    quote="Uppdragsplanen omfattar ett år, men samma mål kan återkomma flera år.",
)
def annual_period(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        start, end = doc.model.valid_from, doc.model.valid_to
        if doc.type.period != "ett_år" or end is None or end < start:
            continue
        if start != date(start.year, 1, 1) or end != date(start.year, 12, 31):
            year = start.year if start.month < 7 else start.year + 1
            yield ctx.finding(doc, ("giltig_fran",), type=doc.type_name, start=start, end=end, year=year)


@rule(
    "F005", "mandate-period", tags=("follow-up", "time"),
    summary=T(sv="Ett program eller mål omfattar inte en mandatperiod.",
              en="A programme or set of goals does not cover a mandate period."),
    messages={"default": T(
        sv="Ett dokument av typen {type} omfattar en mandatperiod, men detta gäller {start}–{end}. "
           "Mandatperioden är {period}.",
        en="A document of type {type} covers a mandate period, but this one runs {start}–{end}. "
           "The mandate period is {period}.")},
    why=T(sv="Det politiska programmet och de övergripande målen gäller för mandatperioden. Perioderna är profilens "
             "(mandatperiod: valår, längd): i Norrköping fyra kalenderår från 1 januari efter valet.",
          en="The political programme and the övergripande mål hold for the mandate period. The periods are the "
             "profile's (mandatperiod: valår, längd): in Norrköping four calendar years from 1 January after "
             "the election."),
    quote="I samband med ny mandatperiod formulerar de styrande partierna ett politiskt program för "
          "mandatperioden.",
)
def mandate_period(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        start, end = doc.model.valid_from, doc.model.valid_to
        if doc.type.period != "mandatperiod" or end is None or end < start:
            continue
        period = calendar.nearest_period(start, end, ctx.profile.mandate_period)
        if (start, end) != (period.start, period.end):
            path = ("giltig_fran",) if start != period.start else ("giltig_till",)
            yield ctx.finding(doc, path, type=doc.type_name, start=start, end=end, period=period.label)


@rule(
    "F006", "vision-horizon", tags=("follow-up", "time"),
    summary=T(sv="Visionen har ett kortare tidsperspektiv än tio år.", en="The vision looks less than ten years ahead."),
    messages={"default": T(
        sv="Visionen ser bara {years} år framåt (beslutad {decided}, horisont {horizon}). En vision har ett "
           "tidsperspektiv på något eller några decennier; minst {minimum} år enligt profilen.",
        en="The vision looks only {years} years ahead (decided {decided}, horizon {horizon}). A vision looks "
           "one or more decades ahead; at least {minimum} years per the profile.")},
    why=T(sv="En vision är en ledstjärna på lång sikt; en kortare horisont är ett mål eller ett program. Gränsen är "
             "profilens (horisont_minst_år).",
          en="A vision is a long-term guiding star; a shorter horizon makes a goal or a programme. The limit is "
             "the profile's (horisont_minst_år)."),
    quote="Den har ett tidsperspektiv på något eller några decennier och beslutas av kommunfullmäktige.",
)
def vision_horizon(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):  # a vision cut short by its successor keeps its horizon
        minimum = doc.type.min_horizon_years
        if minimum is None:
            continue
        horizon = getattr(doc.model, "horizon", None)
        path = ("horisont",)
        if horizon is None and doc.model.valid_to is not None:
            horizon, path = doc.model.valid_to.year, ("giltig_till",)
        if horizon is None:
            continue
        years = horizon - doc.model.decided_on.year
        if years < minimum:
            yield ctx.finding(doc, path, years=years, decided=doc.model.decided_on, horizon=horizon,
                              minimum=minimum)


@rule(
    "F007", "missing-quality-report", tags=("follow-up", "time"),
    summary=T(sv="En uppdragsplan vars år har gått saknar kvalitetsredovisning.",
              en="An uppdragsplan whose year has ended has no kvalitetsredovisning."),
    messages={"default": T(
        sv="Planens år tog slut {end}, men ingen {report} utgår från den. Planen följs upp och utvärderas varje år "
           "i en {report} som beslutas av nämnden, här senast {due}; lägg till den med utgår_från: [{id}].",
        en="The plan's year ended on {end}, but no {report} derives from it. The plan is followed up and "
           "evaluated every year in a {report} decided by the committee, here by {due}; add it with "
           "utgår_från: [{id}].")},
    why=T(sv="Kvalitetsredovisningen visar vad som uppnåtts under året och är nämndens underlag för nästa "
             "uppdragsplan. Vilken typ som redovisar och inom hur många månader är profilens (redovisas_i).",
          en="The kvalitetsredovisning shows what was achieved in the year and is the committee's basis for the "
             "next uppdragsplan. Which type reports and within how many months is the profile's (redovisas_i)."),
    quote="Planen följs upp och utvärderas varje år i en kvalitetsredovisning som beslutas av nämnden.",
)
def missing_quality_report(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        found = calendar.report_due(ctx.repo, doc)
        if found is not None and found[0] < ctx.today:
            due, report = found
            yield ctx.finding(doc, ("giltig_till",), end=doc.model.valid_to, due=due, report=report, id=doc.id)


@rule(
    "F008", "expired-without-successor", tags=("follow-up", "time"),
    summary=T(sv="Ett dokument har gått ut utan att något ersätter det.",
              en="A document has expired with nothing replacing it."),
    messages={"default": T(
        sv="Dokumentet gällde till {end} och inget dokument ersätter det. Finns en efterträdare, ange "
           "ersätter: [{id}] i den; annars ta ställning till om dokumentet ska förnyas.",
        en="The document was valid until {end} and no document replaces it. If it has a successor, give "
           "ersätter: [{id}] there; otherwise decide whether the document should be renewed.")},
    why=T(sv="Det ska framgå vad ett dokument eventuellt ersätter; ett utgånget dokument utan efterträdare lämnar "
             "en lucka i styrningen. Redovisningar (redovisning: true i profilen) avser en period som har gått och "
             "undantas.",
          en="It must show what a document replaces; an expired document with no successor leaves a gap in the "
             "steering. Reports (redovisning: true in the profile) concern a period that has passed and are "
             "exempt."),
    quote="Det framgår vem som har beslutat om dokumentet, när det gjordes, vilken tid dokumentet avser och vad "
          "det eventuellt ersätter.",
)
def expired_without_successor(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if doc.type.report or not calendar.expired(doc, ctx.today) or calendar.successors(ctx.repo, doc):
            continue
        yield ctx.finding(doc, ("giltig_till",), end=doc.model.valid_to, id=doc.id)


@rule(
    "F009", "annual-report-evaluation", tags=("follow-up", "goals"),
    summary=T(sv="Årsredovisningen bedömer inte alla övergripande mål.",
              en="The annual report does not assess every övergripande mål."),
    messages={
        "default": T(
            sv="Årsredovisningen saknar en bedömning av {missing} övergripande mål: {goals}. Bedöm varje mål "
               "utifrån den beslutade definitionen av måluppfyllelse, under bedömningar.",
            en="The annual report lacks an assessment of {missing} övergripande mål: {goals}. Assess every goal "
               "against its decided definition of fulfilment, under bedömningar."),
        "unknown": T(
            sv="Bedömningen gäller '{goal}', som inte är ett mål i {documents}. Kontrollera målets id.",
            en="The assessment concerns '{goal}', which is not a goal of {documents}. Check the goal's id."),
    },
    why=T(sv="Utvärderingen i årsredovisningen sluter kvalitetshjulet för de övergripande målen. Vilka typer som "
             "utvärderar mål är profilens (utvärderar_mål); målen är de i dokumenten den utgår från.",
          en="The evaluation in the annual report closes the quality cycle for the övergripande mål. Which types "
             "evaluate goals is the profile's (utvärderar_mål); the goals are those of the documents it derives "
             "from."),
    quote="Kommunstyrelsen bereder utvärdering av de övergripande målen till årsredovisningen utifrån beslutade "
          "definitioner av måluppfyllelse och tjänstemännens förslag till bedömning av graden av måluppfyllelse.",
)
def annual_report_evaluation(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if not doc.type.evaluates_goals:
            continue
        sources = [ctx.repo.by_id[p] for p in doc.model.derives_from if p in ctx.repo.by_id]
        goals = [goal.id for source in sources for _, goal in source.model.all_goals()]
        if not goals:
            continue
        assessments = getattr(doc.model, "assessments", [])
        assessed = {a.goal for a in assessments}
        missing = [g for g in goals if g not in assessed]
        if missing:
            path = ("bedomningar",) if "bedomningar" in doc.source.data else ()
            yield ctx.finding(doc, path, missing=len(missing), goals=", ".join(missing))
        known = set(goals)
        for index, assessment in enumerate(assessments):
            if assessment.goal not in known:
                yield ctx.finding(doc, ("bedomningar", index, "mal"), "unknown", subject=assessment.goal,
                                  goal=assessment.goal, documents=", ".join(s.id for s in sources))
