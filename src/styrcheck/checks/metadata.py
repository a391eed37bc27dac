"""M: the metadata every document carries ("ordning och reda bland styrande dokument")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from styrcheck.diagnostics import Finding
from styrcheck.diagnostics import Text as T
from styrcheck.models import display_names
from styrcheck.rules import Context, declare, rule
from styrcheck.text import fold

if TYPE_CHECKING:
    from styrcheck.loader import PathKey
    from styrcheck.repository import Doc

ORDER = ("Det framgår vem som har beslutat om dokumentet, när det gjordes, vilken tid dokumentet "
         "avser och vad det eventuellt ersätter. Dessutom anges om dokumentet gäller för hela den "
         "kommunala verksamheten, inklusive den som bedrivs i bolag och förbund, annars anges vilken "
         "del det gäller för.")
WHEN = ("Det framgår vem som har beslutat om dokumentet, när det gjordes, vilken tid dokumentet avser och "
        "vad det eventuellt ersätter.")


@rule(
    "M001", "missing-field", tags=("metadata",), local=True,
    summary=T(sv="En obligatorisk uppgift saknas.", en="A required field is missing."),
    messages={
        "default": T(sv="Den obligatoriska uppgiften '{field}' saknas. Lägg till en rad '{field}: …' här.",
                     en="The required field '{field}' is missing. Add a line '{field}: …' here."),
        "empty": T(sv="Uppgiften '{field}' är tom. Fyll i ett värde.",
                   en="The field '{field}' is empty. Fill in a value."),
        "type": T(sv="Uppgiften '{field}' saknas. Dokument av typen {type} måste ha den; lägg till en rad '{field}: …'.",
                  en="The field '{field}' is missing. Documents of type {type} must have it; add a line '{field}: …'."),
    },
    why=T(sv="Styrmodellen kräver att varje dokument visar vem som har beslutat det, när, vilken tid det avser och "
             "vilken del av organisationen det gäller för.",
          en="The styrmodell requires every document to show who decided it, when, what period it covers and which "
             "part of the organisation it applies to."),
    quote=ORDER,
)
def missing_field(ctx: Context) -> Iterator[Finding]:
    """Fields the profile requires of a type (beyond those every document has)."""
    names = display_names()
    for doc in ctx.repo.documents:
        data = doc.source.data
        for required in doc.type.required:
            key = fold(required)
            if data.get(key) in (None, "", []):
                yield ctx.finding(doc, (), "type", subject=key, field=names.get(key, required),
                                  type=doc.type_name)


declare(
    "M002", "unknown-field", tags=("metadata",),
    summary=T(sv="Dokumentet har en uppgift som styrcheck inte känner till, ofta en felstavning.",
              en="The document has a field styrcheck does not know, often a misspelling."),
    messages={
        "default": T(sv="'{field}' är ingen känd uppgift och läses inte. Kontrollera stavningen; vilka uppgifter som "
                        "finns beskrivs i docs/format.md.",
                     en="'{field}' is no known field and is not read. Check the spelling; the fields that exist "
                        "are described in docs/format.md."),
        "suggest": T(sv="'{field}' är ingen känd uppgift och läses inte. Menade du '{suggestion}'?",
                     en="'{field}' is no known field and is not read. Did you mean '{suggestion}'?"),
    },
    why=T(sv="Ett felstavat uppgiftsnamn betyder att uppgiften i praktiken saknas, utan att någon märker det.",
          en="A misspelt key means the information is in effect missing, without anyone noticing."),
    quote=ORDER,
)
declare(
    "M003", "invalid-value", tags=("metadata",),
    summary=T(sv="Ett värde har fel form (datum, tal, ja/nej, ett av flera val, lista).",
              en="A value has the wrong form (date, number, yes/no, one of several choices, list)."),
    messages={
        "default": T(sv="Värdet för '{field}' går inte att använda (teknisk beskrivning på engelska: {problem}). "
                        "Jämför med hur uppgiften beskrivs i docs/format.md.",
                     en="The value of '{field}' cannot be used ({problem}). Compare it with how the field is "
                        "described in docs/format.md."),
        "date": T(sv="'{field}' ska vara ett datum på formen ÅÅÅÅ-MM-DD, till exempel 2024-01-31; '{value}' är inget giltigt datum.",
                  en="'{field}' must be a date written YYYY-MM-DD, for example 2024-01-31; '{value}' is not a valid date."),
        "bool": T(sv="'{field}' ska vara ja eller nej (eller true/false), inte '{value}'.",
                  en="'{field}' must be yes or no (true/false), not '{value}'."),
        "choice": T(sv="'{value}' är inget tillåtet värde för '{field}'. Tillåtna värden: {allowed}.",
                    en="'{value}' is not an allowed value of '{field}'. Allowed values: {allowed}."),
        "choice-suggest": T(sv="'{value}' är inget tillåtet värde för '{field}'. Menade du '{suggestion}'? Tillåtna "
                               "värden: {allowed}.",
                            en="'{value}' is not an allowed value of '{field}'. Did you mean '{suggestion}'? Allowed "
                               "values: {allowed}."),
        "number": T(sv="'{field}' ska vara ett tal, inte '{value}'.", en="'{field}' must be a number, not '{value}'."),
        "year": T(sv="'{field}' ska vara ett årtal (till exempel 2035), inte '{value}'.",
                  en="'{field}' must be a year (for example 2035), not '{value}'."),
        "integer": T(sv="'{field}' ska vara ett heltal, inte '{value}'.", en="'{field}' must be a whole number, not '{value}'."),
        "id": T(sv="'{field}' innehåller osynliga tecken eller styrtecken ('{value}'), så ett id kan se rätt ut men "
                   "ändå inte stämma med hänvisningarna till det. Skriv om id:t med vanliga, synliga tecken, till "
                   "exempel MO1.1.",
                en="'{field}' holds invisible or control characters ('{value}'), so an id can look right and still "
                   "not match the references to it. Write the id again with ordinary, visible characters, for "
                   "example MO1.1."),
        "got-list": T(sv="'{field}' ska vara ett enda värde, men här står en lista ([ ] eller rader som börjar "
                         "med -). Skriv värdet direkt efter kolonet.",
                      en="'{field}' must be a single value, but a list stands here ([ ] or lines starting with -). "
                         "Write the value right after the colon."),
        "got-mapping": T(sv="'{field}' ska vara ett enda värde, men här står en grupp av uppgifter (namn: värde). "
                            "Skriv värdet direkt efter kolonet.",
                         en="'{field}' must be a single value, but a group of fields (name: value) stands here. "
                            "Write the value right after the colon."),
        "list-got-mapping": T(sv="'{field}' ska vara en lista ([a, b] eller rader som börjar med -), men här står "
                                 "en grupp av uppgifter (namn: värde).",
                              en="'{field}' must be a list ([a, b] or lines starting with -), but a group of fields "
                                 "(name: value) stands here."),
        "mapping-got-list": T(sv="'{field}' ska vara en grupp av uppgifter (indragna rader som 'namn: …' under "
                                 "'{field}:'), men här står en lista.",
                              en="'{field}' must be a group of fields (indented lines such as 'namn: …' under "
                                 "'{field}:'), but a list stands here."),
        "text-got-list": T(sv="'{field}' ska vara en enda text, inte en lista. Skriv värdet direkt efter kolonet, utan "
                          "[ ] och utan rader som börjar med -.",
                       en="'{field}' must be a single text, not a list. Write the value right after the colon, "
                          "without [ ] and without lines starting with -."),
        "text-got-mapping": T(sv="'{field}' ska vara en enda text, inte en grupp av uppgifter (namn: värde).",
                          en="'{field}' must be a single text, not a group of fields (name: value)."),
        "keyword-in-list": T(sv="'{value}' ska stå ensamt i '{field}', inte i en lista. Skriv '{field}: {value}' "
                                "utan [ ] och utan andra id:n; en lista är bara till för id:n på organ i organisation.yaml.",
                             en="'{value}' must stand alone in '{field}', not in a list. Write '{field}: {value}' "
                                "without [ ] and without other ids; a list is only for the ids of bodies in "
                                "organisation.yaml."),
        "list": T(sv="'{field}' ska vara en lista ([a, b] eller rader som börjar med -), inte '{value}'.",
                  en="'{field}' must be a list ([a, b] or lines starting with -), not '{value}'."),
        "mapping": T(sv="'{field}' ska vara en grupp av uppgifter (indragna rader som 'namn: …' under '{field}:'), "
                        "inte '{value}'.",
                     en="'{field}' must be a group of fields (indented lines such as 'namn: …' under '{field}:'), "
                        "not '{value}'."),
    },
    why=T(sv="Datum, val och listor måste gå att läsa entydigt för att reglerna om tid och hierarki ska kunna "
             "kontrolleras.",
          en="Dates, choices and lists must read unambiguously for the rules on time and hierarchy to be checked."),
    quote=ORDER,
)
declare(
    "M004", "unknown-type", tags=("metadata",),
    summary=T(sv="Dokumenttypen finns inte i styrmodellen.", en="The document type is not in the styrmodell."),
    messages={
        "default": T(sv="Dokumenttypen '{value}' finns inte i styrmodellen. Skriv en av dessa typer: {types}.",
                     en="The document type '{value}' is not in the styrmodell. Write one of these types: {types}."),
        "suggest": T(sv="Dokumenttypen '{value}' finns inte i styrmodellen. Menade du '{suggestion}'?",
                     en="The document type '{value}' is not in the styrmodell. Did you mean '{suggestion}'?"),
    },
    why=T(sv="Dokument som hör till styrmodellen ska ha en beteckning enligt modellen.",
          en="Documents belonging to the styrmodell must carry a designation from the model."),
    quote="För att tydliggöra dokumentstrukturen har dokument som är kopplade till styrmodellen beteckningar enligt modellen.",
)


# --- M005-M010: checked on the modelled repository ----------------------------------------


@rule(
    "M005", "duplicate-id", tags=("metadata", "hierarchy"),
    summary=T(sv="Samma id används mer än en gång.", en="The same id is used more than once."),
    messages={
        "default": T(
            sv="Id:t '{id}' används redan i {first}, rad {first_line}. Dokument, målområden, mål och aktiviteter "
               "delar på samma id:n, så varje id får bara förekomma en gång. Ge det här ett eget id, och rätta de "
               "hänvisningar i 'utgår_från' och 'ersätter' som avser det här.",
            en="The id '{id}' is already used in {first}, line {first_line}. Documents, goal areas, goals and "
               "activities share one set of ids, so each id may occur only once. Give this one an id of its own, "
               "and correct the references in 'utgår_från' and 'ersätter' meant for it."),
        "same-file": T(
            sv="Id:t '{id}' används redan på rad {first_line} i samma fil. Dokument, målområden, mål och "
               "aktiviteter delar på samma id:n, så varje id får bara förekomma en gång. Ge det här ett eget id, "
               "och rätta de hänvisningar i 'utgår_från' som avser det här.",
            en="The id '{id}' is already used on line {first_line} of this file. Documents, goal areas, goals and "
               "activities share one set of ids, so each id may occur only once. Give this one an id of its own, "
               "and correct the references in 'utgår_från' meant for it."),
        "organisation": T(
            sv="Både den här filen och {used} har 'typ: organisation'. styrcheck läser {used}, inte den här "
               "filen. Organisationen beskrivs i en enda fil: behåll den ena och ta bort den andra; flytta först "
               "över organ som bara finns i den fil du tar bort till den du behåller.",
            en="Both this file and {used} have 'typ: organisation'. styrcheck reads {used} and not this file. "
               "The organisation is described in one file only: keep one of them and remove the other; first move "
               "any bodies listed only in the file you remove into the one you keep."),
        "organ": T(
            sv="Id:t '{id}' används redan för ett organ på rad {first_line} i den här filen ({name}). Varje organ "
               "ska ha ett eget id. Bara det första läses, så dokument som nämner '{id}' avser {name}. Ta bort "
               "raden om den upprepar samma organ, annars ge det här organet ett eget id.",
            en="The id '{id}' is already used for a body on line {first_line} of this file ({name}). Every body "
               "needs an id of its own. Only the first is read, so documents that name '{id}' mean {name}. Remove "
               "this line if it repeats the same body, otherwise give this body an id of its own."),
    },
    why=T(sv="Hänvisningar i 'utgår_från' och 'ersätter' pekar ut dokument och mål med deras id. Finns samma id två "
             "gånger går det inte att veta vad en hänvisning avser, och hierarkin blir fel.",
          en="References in 'utgår_från' and 'ersätter' name documents and goals by their id. When an id occurs "
             "twice, no one can tell what a reference means, and the hierarchy comes out wrong."),
    quote="För att skapa tydlighet behövs ordning och reda exempelvis när det gäller vilka begrepp som används, "
          "vilken typ av mål som finns på vilken nivå och hur olika dokument hänger samman.",
)
def duplicate_id(ctx: Context) -> Iterator[Finding]:
    holders: dict[str, list[tuple[Doc, PathKey]]] = {}
    for doc in ctx.repo.documents:
        holders.setdefault(doc.id, []).append((doc, ("id",)))
    for item in ctx.repo.all_items:
        holders.setdefault(item.id, []).append((item.doc, (*item.path, "id")))
    for id_, found in holders.items():
        if len(found) < 2:
            continue  # only places that clash are looked up: most ids never need theirs
        places = sorted(((doc.path, *doc.source.position(path), doc, path) for doc, path in found),
                        key=lambda place: place[:3])
        first, *later = places
        first_file, first_line = first[:2]
        for file, _, _, doc, path in later:
            key = "same-file" if file == first_file else "default"
            yield ctx.finding(doc, path, key, subject=id_, id=id_, first=first_file, first_line=first_line)
    yield from _duplicate_organs(ctx)


def _duplicate_organs(ctx: Context) -> Iterator[Finding]:
    """Bodies share ids of their own, in the organisation file; the first holds (Repository.organs)."""
    source = ctx.repo.organisation_source
    first: dict[str, int] = {}
    for index, organ in enumerate(ctx.repo.organisation.organs if ctx.repo.organisation else []):
        earlier = first.setdefault(organ.id, index)
        if earlier != index:
            line, _ = source.position(("organ", earlier, "id"))
            yield ctx.finding(source, ("organ", index, "id"), "organ", subject=f"organ={organ.id}", id=organ.id,
                              first_line=line, name=ctx.repo.organs[organ.id].name or organ.id)


@rule(
    "M006", "invalid-period", tags=("metadata", "period"), local=True,
    summary=T(sv="Giltighetstiden slutar innan den börjar.", en="The period of validity ends before it begins."),
    messages={"default": T(
        sv="Giltighetstiden slutar ('giltig_till: {to}') innan den börjar ('giltig_från: {start}'). Rätta något "
           "av datumen; troligen är ett årtal fel.",
        en="The period of validity ends ('giltig_till: {to}') before it begins ('giltig_från: {start}'). Correct "
           "one of the dates; a year is probably wrong.")},
    why=T(sv="Styrmodellen kräver att det framgår vilken tid dokumentet avser; en period som slutar innan den "
             "börjar avser ingen tid alls.",
          en="The styrmodell requires every document to show the period it covers; a period that ends before "
             "it begins covers no time at all."),
    quote=WHEN,
)
def invalid_period(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        start, to = doc.model.valid_from, doc.model.valid_to
        if to is not None and to < start:
            yield ctx.finding(doc, ("giltig_till",), to=to, start=start)


@rule(
    "M007", "decided-after-start", tags=("metadata", "period"), local=True,
    summary=T(sv="Dokumentet ska gälla från ett datum före beslutet.", en="The document is valid from a date before its decision."),
    messages={"default": T(
        sv="Dokumentet beslutades {decided} men ska gälla från {start}, alltså innan det var beslutat. Om "
           "beslutet inte medvetet ska gälla retroaktivt: sätt 'giltig_från' till beslutsdagen eller senare, eller "
           "rätta 'beslutsdatum'.",
        en="The document was decided on {decided} but is valid from {start}, that is before it was decided. "
           "Unless the decision is meant to apply retroactively, set 'giltig_från' to the day of the decision or "
           "later, or correct 'beslutsdatum'.")},
    why=T(sv="Ett dokument styr från det att det är beslutat. Redovisningar (som kvalitetsredovisning och "
             "årsredovisning) beslutas efter den period de avser och undantas; profilen markerar dem med "
             "'redovisning: true'. Typer vars beslutsdag profilen anger i förhållande till perioden "
             "('beslut_senast', 'beslut_före_året') prövas av D006 och D007 i stället.",
          en="A document steers from the moment it is decided. Reports (such as kvalitetsredovisning and "
             "årsredovisning) are decided after the period they cover and are exempt; the profile marks them "
             "with 'redovisning: true'. Types whose day of decision the profile sets against their period "
             "('beslut_senast', 'beslut_före_året') are judged by D006 and D007 instead."),
    quote=WHEN,
)
def decided_after_start(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        # A type whose time of decision the profile sets against its period (D006, D007) is judged
        # by that rule alone: one date, one finding, and goals decided in the period's first months are due then.
        if doc.type.report or doc.type.first_year_deadline or doc.type.year_before_deadline:
            continue
        decided, start = doc.model.decided_on, doc.model.valid_from
        if decided > start:
            yield ctx.finding(doc, ("beslutsdatum",), decided=decided, start=start)


@rule(
    "M011", "decided-in-future", tags=("metadata", "time"), local=True,
    summary=T(sv="Beslutsdatumet har inte kommit än.", en="The date of decision has not come yet."),
    messages={"default": T(
        sv="Dokumentet anges vara beslutat {decided}, men den dagen har inte kommit än (i dag är det {today}). "
           "Rätta 'beslutsdatum' om det är fel skrivet. Är beslutet inte fattat än, lägg in dokumentet när "
           "det är fattat.",
        en="The document is said to have been decided on {decided}, but that day has not come yet (today is "
           "{today}). Correct 'beslutsdatum' if it is mistyped. If the decision has not been taken yet, add the "
           "document once it has.")},
    why=T(sv="Metadata ska visa vem som har beslutat om dokumentet och när. Ett beslutsdatum i framtiden är antingen "
             "ett skrivfel eller ett beslut som ännu inte finns, och ett dokument som inte är beslutat styr inte.",
          en="The metadata shows who decided the document and when. A date of decision in the future is either a "
             "typing error or a decision that does not exist yet, and a document not yet decided does not steer."),
    quote=WHEN,
)
def decided_in_future(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        if doc.model.decided_on > ctx.today:
            yield ctx.finding(doc, ("beslutsdatum",), decided=doc.model.decided_on, today=ctx.today)


@rule(
    "M009", "internal-publication", tags=("metadata", "publication"), local=True,
    summary=T(sv="Dokumentet publiceras bara på intranätet, fast dokument av den typen ska finnas på den externa "
                 "webbplatsen.",
              en="The document is published on the intranet only, though documents of its type belong on the "
                 "public website."),
    messages={
        "default": T(
            sv="Dokument av typen {type} ska publiceras på kommunens externa webbplats. Bara dessa dokumenttyper "
               "får publiceras enbart på intranätet: {allowed}. Ändra till 'publicering: extern', eller ta bort "
               "raden 'publicering' (extern är förvalt).",
            en="Documents of type {type} are to be published on the municipality's public website. Only these "
               "document types may be published on the intranet only: {allowed}. Change it to "
               "'publicering: extern', or remove the 'publicering' line (extern is the default)."),
        "none-allowed": T(
            sv="Dokument av typen {type} ska publiceras på kommunens externa webbplats; profilen tillåter inte att "
               "någon dokumenttyp publiceras enbart på intranätet. Ändra till 'publicering: extern', eller ta bort "
               "raden 'publicering' (extern är förvalt).",
            en="Documents of type {type} are to be published on the municipality's public website; the profile "
               "allows no document type to be published on the intranet only. Change it to 'publicering: extern', "
               "or remove the 'publicering' line (extern is the default)."),
    },
    why=T(sv="Styrande dokument ska vara öppna för medborgarna. Vilka dokumenttyper som får vara interna anges i "
             "profilen med 'får_vara_intern: true'.",
          en="Steering documents are to be open to the citizens. The document types that may be internal are "
             "marked 'får_vara_intern: true' in the profile."),
    quote="Utgångspunkten är att dokumenten finns på den externa hemsidan, men några dokument av tydlig intern "
          "karaktär, till exempel vissa riktlinjer, kan publiceras enbart på intranätet.",
)
def internal_publication(ctx: Context) -> Iterator[Finding]:
    allowed = sorted(ctx.profile.spell(name) for name, t in ctx.profile.doc_types.items() if t.may_be_internal)
    for doc in ctx.repo.documents:
        if doc.model.publication == "intern" and not doc.type.may_be_internal:
            yield ctx.finding(doc, ("publicering",), "default" if allowed else "none-allowed",
                              subject="publicering", type=doc.type_name, allowed=allowed)


# The yes/no words of a YesNo field: `samverkan: ja` says a document is joint, but not with whom.
_YES_NO = {"true", "false", "ja", "nej", "yes", "no", "on", "off", "sant", "falskt"}


@rule(
    "M010", "joint-document", tags=("metadata",), local=True,
    summary=T(sv="Ett gemensamt dokument namnger inte sina samverkansparter.",
              en="A joint document does not name its partners."),
    messages={"default": T(
        sv="'samverkan' säger att dokumentet är gemensamt men namnger ingen samverkanspart. Skriv vilka "
           "organisationer det är beslutat tillsammans med, till exempel 'samverkan: [Linköpings kommun]', "
           "eller ta bort raden om dokumentet inte är gemensamt.",
        en="'samverkan' says the document is joint but names no partner. Write which organisations it was "
           "decided together with, for example 'samverkan: [Linköpings kommun]', or remove the line if the "
           "document is not joint.")},
    why=T(sv="Ett gemensamt dokument beslutas av flera organisationer; för att veta vem som kan ändra det, och "
             "varför det kan avvika från styrmodellen, måste det framgå vilka de är.",
          en="A joint document is decided by several organisations; to know who can change it, and why it may "
             "depart from the styrmodell, it must say who they are."),
    quote="I samverkan med andra organisationer, till exempel med Linköpings kommun eller Region Östergötland, tas "
          "ibland beslut om gemensamma dokument av styrande karaktär. Sådana dokument ska i möjligaste mån anpassas "
          "till styrmodellen och i Norrköping ges dokumentbeteckningar som följer styrmodellen.",
)
def joint_document(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        data = doc.source.data
        if "samverkan" not in data or data["samverkan"] is None:
            continue  # absent, or empty: M001 says so
        written = data["samverkan"] if isinstance(data["samverkan"], list) else [data["samverkan"]]
        if not all(isinstance(partner, str) for partner in written):
            continue  # a list of mappings: M003 says so
        if not any(partner.strip() and fold(partner) not in _YES_NO for partner in written):
            yield ctx.finding(doc, ("samverkan",), subject="samverkan")
