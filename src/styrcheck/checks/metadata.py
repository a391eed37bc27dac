"""M: the metadata every document carries ("ordning och reda bland styrande dokument")."""

from __future__ import annotations

from collections.abc import Iterator

from styrcheck.diagnostics import Finding
from styrcheck.diagnostics import Text as T
from styrcheck.models import display_names
from styrcheck.rules import Context, declare, rule
from styrcheck.text import fold

ORDER = ("Det framgår vem som har beslutat om dokumentet, när det gjordes, vilken tid dokumentet "
         "avser och vad det eventuellt ersätter. Dessutom anges om dokumentet gäller för hela den "
         "kommunala verksamheten, inklusive den som bedrivs i bolag och förbund, annars anges vilken "
         "del det gäller för.")


@rule(
    "M001", "missing-field", tags=("metadata",),
    summary=T(sv="En obligatorisk uppgift saknas.", en="A required field is missing."),
    messages={
        "default": T(sv="Uppgiften '{field}' saknas. Lägg till den.",
                     en="The field '{field}' is missing. Add it."),
        "empty": T(sv="Uppgiften '{field}' är tom. Fyll i den.", en="The field '{field}' is empty. Fill it in."),
        "type": T(sv="Uppgiften '{field}' saknas; den krävs för dokumenttypen {type}.",
                  en="The field '{field}' is missing; the document type {type} requires it."),
    },
    why=T(sv="Styrmodellen kräver att varje dokument visar vem som beslutat det, när, för vilken tid och för vilken del av organisationen.",
          en="The styrmodell requires every document to show who decided it, when, for what period and for which part of the organisation."),
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
    summary=T(sv="En uppgift som formatet inte känner till.", en="A field the format does not know."),
    messages={
        "default": T(sv="Okänd uppgift '{field}'. Kontrollera stavningen mot docs/format.md.",
                     en="Unknown field '{field}'. Check the spelling against docs/format.md."),
        "suggest": T(sv="Okänd uppgift '{field}'. Menade du '{suggestion}'?",
                     en="Unknown field '{field}'. Did you mean '{suggestion}'?"),
    },
    why=T(sv="En felstavad nyckel betyder att uppgiften i praktiken saknas, utan att någon märker det.",
          en="A misspelt key means the information is in effect missing, without anyone noticing."),
    quote=ORDER,
)
declare(
    "M003", "invalid-value", tags=("metadata",),
    summary=T(sv="Ett värde har fel form (datum, tal, val, lista).", en="A value has the wrong form (date, number, choice, list)."),
    messages={
        "default": T(sv="Ogiltigt värde för '{field}': {problem}.", en="Invalid value for '{field}': {problem}."),
        "date": T(sv="'{field}' ska vara ett datum på formen ÅÅÅÅ-MM-DD, till exempel 2024-01-31; '{value}' är inget giltigt datum.",
                  en="'{field}' must be a date written YYYY-MM-DD, for example 2024-01-31; '{value}' is not a valid date."),
        "bool": T(sv="'{field}' ska vara ja eller nej (true/false), inte '{value}'.",
                  en="'{field}' must be yes or no (true/false), not '{value}'."),
        "choice": T(sv="'{value}' är inget tillåtet värde för '{field}'. Tillåtna: {allowed}.",
                    en="'{value}' is not an allowed value of '{field}'. Allowed: {allowed}."),
        "choice-suggest": T(sv="'{value}' är inget tillåtet värde för '{field}'. Menade du '{suggestion}'? Tillåtna: {allowed}.",
                            en="'{value}' is not an allowed value of '{field}'. Did you mean '{suggestion}'? Allowed: {allowed}."),
        "number": T(sv="'{field}' ska vara ett tal, inte '{value}'.", en="'{field}' must be a number, not '{value}'."),
        "year": T(sv="'{field}' ska vara ett årtal (till exempel 2035), inte '{value}'.",
                  en="'{field}' must be a year (for example 2035), not '{value}'."),
        "integer": T(sv="'{field}' ska vara ett heltal, inte '{value}'.", en="'{field}' must be a whole number, not '{value}'."),
        "text-list": T(sv="'{field}' ska vara en text, inte en lista.", en="'{field}' must be a text, not a list."),
        "text-mapping": T(sv="'{field}' ska vara en text, inte en mappning.", en="'{field}' must be a text, not a mapping."),
        "list": T(sv="'{field}' ska vara en lista ([a, b] eller rader som börjar med -), inte '{value}'.",
                  en="'{field}' must be a list ([a, b] or lines starting with -), not '{value}'."),
        "mapping": T(sv="'{field}' ska vara en mappning med nycklar, inte '{value}'.",
                     en="'{field}' must be a mapping of keys, not '{value}'."),
    },
    why=T(sv="Datum, val och listor måste gå att läsa entydigt för att regler om tid och hierarki ska kunna kontrolleras.",
          en="Dates, choices and lists must read unambiguously for the rules on time and hierarchy to be checked."),
    quote=ORDER,
)
declare(
    "M004", "unknown-type", tags=("metadata",),
    summary=T(sv="Dokumenttypen finns inte i styrmodellen.", en="The document type is not in the styrmodell."),
    messages={
        "default": T(sv="Dokumenttypen '{value}' finns inte i profilen. Kända typer: {types}.",
                     en="The document type '{value}' is not in the profile. Known types: {types}."),
        "suggest": T(sv="Dokumenttypen '{value}' finns inte i profilen. Menade du '{suggestion}'?",
                     en="The document type '{value}' is not in the profile. Did you mean '{suggestion}'?"),
    },
    why=T(sv="Dokument som hör till styrmodellen ska ha en beteckning enligt modellen.",
          en="Documents belonging to the styrmodell must carry a designation from the model."),
    quote="För att tydliggöra dokumentstrukturen har dokument som är kopplade till styrmodellen beteckningar enligt modellen.",
)
