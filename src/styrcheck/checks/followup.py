"""F: follow-up and lifecycle: owners, follow-up dates, periods, reports, successors.

Every date is compared with the run's "today" (`--today`). Follow-up and lifecycle rules
leave alone documents that have expired or been replaced (calendar.retired).
"""

from __future__ import annotations

from collections import defaultdict
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
              en="The riktlinje does not name who keeps it current."),
    messages={"default": T(
        sv="Det framgår inte vilken del av organisationen som ansvarar för att innehållet är aktuellt. Lägg "
           "till 'ägare' med id:t för det organ som äger dokumentet, till exempel "
           "'ägare: kommunstyrelsens-kontor'.",
        en="It does not say which part of the organisation keeps the content current. Add 'ägare' with the id "
           "of the body that owns the document, for example 'ägare: kommunstyrelsens-kontor'.")},
    why=T(sv="Ett aktivt ägarskap gör att riktlinjer följs upp och hålls aktuella. Vilka dokumenttyper som måste "
             "ha en ägare anges i profilen med 'kräver_ägare'.",
          en="Active ownership keeps riktlinjer followed up and current. The document types that need an owner "
             "are marked 'kräver_ägare' in the profile."),
    quote=OWNER_QUOTE,
)
def guideline_owner(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):
        if doc.type.owner_required and not doc.model.get("owner"):
            yield ctx.finding(doc, ())


@rule(
    "F002", "guideline-follow-up", tags=("follow-up", "time"),
    summary=T(sv="Riktlinjen anger ingen tid för uppföljning.", en="The riktlinje gives no time for follow-up."),
    messages={
        "default": T(
            sv="Det framgår inte när riktlinjen ska följas upp. Lägg till 'uppföljning' med ett datum, till "
               "exempel 'uppföljning: 2026-06-30', eller med ett intervall, till exempel "
               "'uppföljning: {{intervall: mandatperiod, senast_uppföljd: 2024-05-10}}'.",
            en="It does not say when the riktlinje is to be followed up. Add 'uppföljning' with a date, for "
               "example 'uppföljning: 2026-06-30', or with an interval, for example "
               "'uppföljning: {{intervall: mandatperiod, senast_uppföljd: 2024-05-10}}'."),
        "incomplete": T(
            sv="'uppföljning' anger varken 'datum', 'intervall' eller 'nästa', så det går inte att veta när "
               "riktlinjen ska följas upp. Lägg till något av dem, till exempel "
               "'uppföljning: {{intervall: år, senast_uppföljd: 2024-05-10}}'.",
            en="'uppföljning' gives neither 'datum', 'intervall' nor 'nästa', so it cannot be told when the "
               "riktlinje is to be followed up. Add one of them, for example "
               "'uppföljning: {{intervall: år, senast_uppföljd: 2024-05-10}}'."),
        "no-next": T(
            sv="Riktlinjen följdes upp {last}, men 'uppföljning' anger ingen senare tid för nästa uppföljning. "
               "Skriv när den ska följas upp nästa gång, till exempel "
               "'uppföljning: {{senast_uppföljd: {last}, nästa: {example}}}', eller ett intervall, till exempel "
               "'uppföljning: {{intervall: år, senast_uppföljd: {last}}}'.",
            en="The riktlinje was followed up on {last}, but 'uppföljning' gives no later time for the next "
               "follow-up. Write when it is next to be followed up, for example "
               "'uppföljning: {{senast_uppföljd: {last}, nästa: {example}}}', or an interval, for example "
               "'uppföljning: {{intervall: år, senast_uppföljd: {last}}}'."),
        "interval": T(
            sv="Uppföljningsintervallet '{interval}' går inte att tolka. Skriv ett av dessa intervall: {known}; "
               "eller ett antal år eller månader, till exempel '2 år' eller '6 månader'.",
            en="The follow-up interval '{interval}' cannot be understood. Write one of these intervals: {known}; "
               "or a number of years or months, for example '2 år' or '6 månader'."),
    },
    why=T(sv="Utan en tid för uppföljning blir riktlinjer inaktuella utan att någon märker det. De intervall som "
             "förstås anges i profilen under 'uppföljningsintervall'; dessutom förstås 'N år' och 'N månader'.",
          en="Without a time for follow-up, riktlinjer grow old unnoticed. The intervals understood are set in "
             "the profile under 'uppföljningsintervall'; 'N år' and 'N månader' are understood as well."),
    quote=FOLLOW_UP_QUOTE,
)
def guideline_follow_up(ctx: Context) -> Iterator[Finding]:
    known = ", ".join(ctx.profile.spell(name) for name in ctx.profile.follow_up_intervals)
    for doc in _in_force(ctx):
        follow_up = doc.model.get("follow_up")
        if follow_up is None:
            if doc.type.follow_up_required:
                yield ctx.finding(doc, ())
            continue
        if follow_up.interval and calendar.parse_interval(follow_up.interval, ctx.profile) is None:
            yield ctx.finding(doc, ("uppfoljning", "intervall"), "interval", interval=follow_up.interval,
                              known=known)
        elif not (follow_up.on or follow_up.interval or follow_up.next):
            yield ctx.finding(doc, ("uppfoljning",), "incomplete")
        elif calendar.follow_up_due(follow_up, doc.model.valid_from, ctx.profile) is None:
            # Every date written has been followed up, and there is no interval to go on.
            yield ctx.finding(doc, ("uppfoljning",), "no-next", last=follow_up.last,
                              example=calendar.add_months(follow_up.last, 12))


@rule(
    "F003", "follow-up-overdue", tags=("follow-up", "time"),
    summary=T(sv="Uppföljningen är försenad.", en="The follow-up is overdue."),
    messages={
        "default": T(
            sv="Uppföljningen skulle ha skett senast {due}. Följ upp riktlinjens ändamålsenlighet och aktualitet. "
               "Skriv sedan när det gjordes och när nästa uppföljning ska ske, till exempel "
               "'uppföljning: {{senast_uppföljd: 2024-05-10, nästa: 2026-06-30}}'.",
            en="The follow-up was due by {due}. Follow up whether the riktlinje is still fit for purpose and "
               "current. Then write when that was done and when the next follow-up is due, for example "
               "'uppföljning: {{senast_uppföljd: 2024-05-10, nästa: 2026-06-30}}'."),
        "interval": T(
            sv="Uppföljningen skulle ha skett senast {due} (intervall: {interval}; senast uppföljd: {last}). "
               "Följ upp riktlinjens ändamålsenlighet och aktualitet, och skriv sedan datumet för uppföljningen "
               "i 'senast_uppföljd'.",
            en="The follow-up was due by {due} (interval: {interval}; last followed up: {last}). Follow up "
               "whether the riktlinje is still fit for purpose and current, and then write the date of that "
               "follow-up in 'senast_uppföljd'."),
        "interval-first": T(
            sv="Uppföljningen skulle ha skett senast {due} (intervall: {interval}; riktlinjen gäller från {start}, "
               "och ingen uppföljning är angiven i 'senast_uppföljd'). Följ upp riktlinjens ändamålsenlighet och "
               "aktualitet, och skriv sedan datumet för uppföljningen i 'senast_uppföljd'.",
            en="The follow-up was due by {due} (interval: {interval}; the riktlinje applies from {start}, and no "
               "follow-up is recorded in 'senast_uppföljd'). Follow up whether the riktlinje is still fit for "
               "purpose and current, and then write the date of that follow-up in 'senast_uppföljd'."),
    },
    why=T(sv="En uppföljning som inte blir av betyder att ingen har prövat om dokumentet fortfarande är ändamålsenligt "
             "och aktuellt. Ett angivet datum ('datum', 'nästa') är uppfyllt när 'senast_uppföljd' är samma dag "
             "eller senare; med ett intervall räknas nästa uppföljning från 'senast_uppföljd'. Regeln räknar från "
             "dagens datum (eller det datum som anges med --today); ersatta och utgångna dokument lämnas utanför.",
          en="A follow-up that does not happen means nobody has checked whether the document is still fit for "
             "purpose and current. A written date ('datum', 'nästa') is met once 'senast_uppföljd' is that day or "
             "later; with an interval the next follow-up counts from 'senast_uppföljd'. The rule counts from "
             "today (or the date given with --today); replaced and expired documents are left out."),
    quote=FOLLOW_UP_QUOTE,
)
def follow_up_overdue(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):
        follow_up = doc.model.get("follow_up")
        if follow_up is None:
            continue
        due = calendar.follow_up_due(follow_up, doc.model.valid_from, ctx.profile)
        if due is None or due.date >= ctx.today:
            continue
        if not due.counted:
            yield ctx.finding(doc, ("uppfoljning",), due=due.date)
        elif follow_up.last is not None:
            yield ctx.finding(doc, ("uppfoljning",), "interval", due=due.date, interval=follow_up.interval,
                              last=follow_up.last)
        else:
            yield ctx.finding(doc, ("uppfoljning",), "interval-first", due=due.date, interval=follow_up.interval,
                              start=doc.model.valid_from)


@rule(
    "F004", "annual-period", tags=("follow-up", "time"), local=True,
    summary=T(sv="En årlig plan eller redovisning omfattar inte ett kalenderår.",
              en="An annual plan or report does not cover one calendar year."),
    messages={"default": T(
        sv="Ett dokument av typen {type} omfattar ett kalenderår, 1 januari–31 december, men det här gäller "
           "{start}–{end}. Rätta 'giltig_från' och 'giltig_till'; menade du {year}-01-01–{year}-12-31?",
        en="A document of type {type} covers one calendar year, 1 January–31 December, but this one runs "
           "{start}–{end}. Correct 'giltig_från' and 'giltig_till'; did you mean {year}-01-01–{year}-12-31?")},
    why=T(sv="Uppdragsplaner, verksamhetsplaner och kvalitetsredovisningar följer budgetåret, som är kalenderåret. "
             "Vilka dokumenttyper som är årliga anges i profilen med 'period: ett_år'.",
          en="Uppdragsplaner, verksamhetsplaner and kvalitetsredovisningar follow the budget year, which is the "
             "calendar year. The annual document types are marked 'period: ett_år' in the profile."),
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
    "F005", "mandate-period", tags=("follow-up", "time"), local=True,
    summary=T(sv="Ett program eller mål omfattar inte en mandatperiod.",
              en="A programme or set of goals does not cover a mandate period."),
    messages={"default": T(
        sv="Ett dokument av typen {type} omfattar en mandatperiod, men det här gäller {start}–{end}. Närmaste "
           "mandatperiod är {period}; rätta 'giltig_från' och 'giltig_till' så att de följer den.",
        en="A document of type {type} covers a mandate period, but this one runs {start}–{end}. The nearest "
           "mandate period is {period}; correct 'giltig_från' and 'giltig_till' to match it.")},
    why=T(sv="Det politiska programmet och de övergripande målen gäller för mandatperioden. Perioderna anges i "
             "profilen under 'mandatperiod' ('valår', 'längd'): i Norrköping fyra kalenderår från 1 januari "
             "efter valet.",
          en="The political programme and the övergripande mål hold for the mandate period. The periods are set "
             "in the profile under 'mandatperiod' ('valår', 'längd'): in Norrköping four calendar years from "
             "1 January after the election."),
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
        sv="Visionen ser bara {years} år framåt (beslutad {decided}, med sikte på år {horizon}). En vision har "
           "ett tidsperspektiv på något eller några decennier, alltså minst {minimum} år. Kontrollera "
           "'horisont' (eller 'giltig_till'); är dokumentet egentligen ett mål eller ett program, ändra 'typ'.",
        en="The vision looks only {years} years ahead (decided {decided}, looking to {horizon}). A vision looks "
           "one or more decades ahead, that is at least {minimum} years. Check 'horisont' (or 'giltig_till'); "
           "if the document is really a goal or a programme, change 'typ'.")},
    why=T(sv="En vision är en ledstjärna på lång sikt; med en kortare horisont är den snarare ett mål eller ett "
             "program. Gränsen anges i profilen under 'horisont_minst_år'.",
          en="A vision is a long-term guiding star; with a shorter horizon it is rather a goal or a programme. "
             "The limit is set in the profile under 'horisont_minst_år'."),
    quote="Den har ett tidsperspektiv på något eller några decennier och beslutas av kommunfullmäktige.",
)
def vision_horizon(ctx: Context) -> Iterator[Finding]:
    for doc in _in_force(ctx):  # a vision cut short by its successor keeps its horizon
        minimum = doc.type.min_horizon_years
        if minimum is None:
            continue
        horizon = doc.model.get("horizon")
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
        sv="Planens år slutade {end}, men inget dokument av typen {report} utgår från planen. Planen ska följas "
           "upp och utvärderas varje år i en redovisning som nämnden beslutar, här senast {due}. Lägg till "
           "redovisningen, med 'utgår_från: [{id}]'.",
        en="The plan's year ended on {end}, but no document of type {report} derives from the plan. The plan is "
           "to be followed up and evaluated every year in a report decided by the committee, here by {due}. Add "
           "the report, with 'utgår_från: [{id}]'.")},
    why=T(sv="Kvalitetsredovisningen visar vad som har uppnåtts under året och är nämndens underlag för nästa "
             "uppdragsplan. Vilken dokumenttyp som redovisar och inom hur många månader anges i profilen under "
             "'redovisas_i'.",
          en="The kvalitetsredovisning shows what was achieved in the year and is the committee's basis for the "
             "next uppdragsplan. Which document type reports, and within how many months, is set in the profile "
             "under 'redovisas_i'."),
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
        sv="Dokumentet gällde till {end}, men inget dokument ersätter det. Har ett nytt dokument tagit över, "
           "lägg till 'ersätter: [{id}]' i det nya dokumentet; annars ta ställning till om dokumentet ska "
           "förnyas.",
        en="The document was valid until {end}, but no document replaces it. If a new document has taken over, "
           "add 'ersätter: [{id}]' to the new document; otherwise decide whether the document should be "
           "renewed.")},
    why=T(sv="Det ska framgå vad ett dokument eventuellt ersätter; ett utgånget dokument utan efterträdare lämnar "
             "en lucka i styrningen. Redovisningar ('redovisning: true' i profilen) avser en period som har gått "
             "och undantas. Årliga planer och mandatperiodens dokument ('period: ett_år' eller 'mandatperiod') "
             "efterträds utan 'ersätter' av nästa periods dokument av samma typ, beslutat av samma organ för "
             "samma område och giltigt senast året efter.",
          en="It must show what a document replaces; an expired document with no successor leaves a gap in the "
             "steering. Reports ('redovisning: true' in the profile) concern a period that has passed and are "
             "exempt. Annual plans and mandate-period documents ('period: ett_år' or 'mandatperiod') are "
             "succeeded without 'ersätter' by the next period's document of the same type, decided by the "
             "same body for the same scope and valid from the following year at the latest."),
    quote="Det framgår vem som har beslutat om dokumentet, när det gjordes, vilken tid dokumentet avser och vad "
          "det eventuellt ersätter.",
)
def expired_without_successor(ctx: Context) -> Iterator[Finding]:
    by_series: dict[object, list[Doc]] = defaultdict(list)
    for doc in ctx.repo.documents:
        by_series[calendar.series(doc)].append(doc)  # None: types that do not recur, never looked up
    for doc in ctx.repo.documents:
        if doc.type.report or not calendar.expired(doc, ctx.today) or calendar.successors(ctx.repo, doc):
            continue
        key = calendar.series(doc)  # next year's uppdragsplan of the same nämnd succeeds this one's
        if key is not None and any(calendar.takes_over(other, doc) for other in by_series[key]):
            continue
        yield ctx.finding(doc, ("giltig_till",), end=doc.model.valid_to, id=doc.id)


@rule(
    "F009", "annual-report-evaluation", tags=("follow-up", "goals"),
    summary=T(sv="Årsredovisningen bedömer inte alla övergripande mål.",
              en="The annual report does not assess every övergripande mål."),
    messages={
        "default": T(
            sv="Årsredovisningen saknar en bedömning av {missing} övergripande mål: {goals}. Bedöm varje mål "
               "utifrån den beslutade definitionen av måluppfyllelse, och lägg till bedömningen under "
               "'bedömningar', till exempel '- {{mål: …, bedömning: delvis_uppfylld, motivering: …}}'.",
            en="The annual report lacks an assessment of {missing} övergripande mål: {goals}. Assess every goal "
               "against its decided definition of fulfilment, and add the assessment under 'bedömningar', for "
               "example '- {{mål: …, bedömning: delvis_uppfylld, motivering: …}}'."),
        "unknown": T(
            sv="Bedömningen gäller '{goal}', som inte är något mål i de dokument som årsredovisningen utgår "
               "från ({documents}). Rätta målets id under 'mål'.",
            en="The assessment concerns '{goal}', which is no goal in the documents the annual report derives "
               "from ({documents}). Correct the goal's id under 'mål'."),
    },
    why=T(sv="Utvärderingen i årsredovisningen sluter kvalitetshjulet för de övergripande målen. Vilka "
             "dokumenttyper som utvärderar mål anges i profilen med 'utvärderar_mål'; målen är de som finns i "
             "de dokument som årsredovisningen utgår från.",
          en="The evaluation in the annual report closes the quality cycle for the övergripande mål. The "
             "document types that evaluate goals are marked 'utvärderar_mål' in the profile; the goals are "
             "those of the documents the annual report derives from."),
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
        assessments = doc.model.get("assessments", [])
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
