"""The words of the site and of the exports, in Swedish and English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from styrcheck.core.diagnostics import Text as T
from styrcheck.core.profile import default

if TYPE_CHECKING:
    from styrcheck.core.profile import Profile

# A document's place in time (model.status); "due" is not a status but a mark beside it.
IN_FORCE, REPLACED, EXPIRED, FUTURE = "in-force", "replaced", "expired", "future"

TEXTS: dict[str, T] = {
    # navigation and page titles
    "skip": T("Hoppa till innehållet", "Skip to content"),
    "site": T("Styrmodellen", "The steering model"),
    "nav": T("Webbplatsens sidor", "Pages of the site"),
    "overview": T("Översikt", "Overview"),
    "documents": T("Dokument", "Documents"),
    "chains": T("Målkedjor", "Goal chains"),
    "followup": T("Uppföljning", "Follow-up"),
    "deviations": T("Avsteg", "Deviations"),
    "hierarchy": T("Hierarki", "Hierarchy"),
    "rule": T("Regel", "Rule"),
    "generated": T(
        "Skapad av styrcheck {version} med dagens datum {today}.",
        "Made by styrcheck {version} with today's date {today}.",
    ),
    "period": T("Läget den {today}", "The state on {today}"),
    # statuses
    IN_FORCE: T("gäller", "in force"),
    REPLACED: T("ersatt", "replaced"),
    EXPIRED: T("upphört", "expired"),
    FUTURE: T("ännu inte i kraft", "not yet in force"),
    "due": T("dags för uppföljning", "due for review"),
    "overdue": T("försenad", "overdue"),
    "upcoming": T("kommande", "upcoming"),
    # overview
    "glance-in-force": T("dokument gäller", "documents in force"),
    "glance-overdue": T("försenade uppföljningar", "overdue follow-ups"),
    "glance-errors": T("fel att rätta", "errors to correct"),
    "glance-warnings": T("varningar", "warnings"),
    "most-findings": T("Dokument att rätta först", "Documents to correct first"),
    "errors": T("Fel", "Errors"),
    "warnings": T("Varningar", "Warnings"),
    "by-type": T("Dokument efter typ och status", "Documents by type and status"),
    "type": T("Typ", "Type"),
    "total": T("Totalt", "Total"),
    "findings": T("Fynd", "Findings"),
    "by-severity": T("Fynd efter allvarlighet", "Findings by severity"),
    "by-family": T("Fynd efter regelfamilj", "Findings by rule family"),
    "severity": T("Allvarlighet", "Severity"),
    "count": T("Antal", "Count"),
    "family": T("Regelfamilj", "Rule family"),
    "accepted": T("godtagna genom avsteg", "accepted by a deviation"),
    "coverage": T("Måltäckning", "Goal coverage"),
    "taken-up": T(
        "{taken} av {total} {goal_word} tas upp av nämndernas mål eller aktiviteter.",
        "{taken} of {total} overarching goals are taken up by the committees' goals or activities.",
    ),
    "traced": T(
        "{traced} av {total} mål och aktiviteter i planerna utgår från ett mål som finns.",
        "{traced} of {total} goals and activities in the plans derive from a goal that exists.",
    ),
    "next-followups": T("Närmaste uppföljningar", "Next follow-ups"),
    "all-followups": T("Hela uppföljningskalendern", "The whole follow-up calendar"),
    "nothing-due": T(
        "Inget är försenat eller förfaller de närmaste 90 dagarna.",
        "Nothing is overdue or falls due in the next 90 days.",
    ),
    "other-files": T("Fynd i filer som inte är styrande dokument", "Findings in files that are not steering documents"),
    "file": T("Fil", "File"),
    "line": T("Rad", "Line"),
    "message": T("Meddelande", "Message"),
    "no-findings": T("Inga fynd.", "No findings."),
    # documents list and filter
    "filter": T("Filtrera dokumenten", "Filter the documents"),
    "filter-text": T("Sök i titel, id och diarienummer", "Search title, id and case number"),
    "all": T("Alla", "All"),
    "body": T("Beslutande organ", "Deciding body"),
    "status": T("Status", "Status"),
    "shown": T("{shown} av {total} dokument visas.", "{shown} of {total} documents shown."),
    "title": T("Titel", "Title"),
    # a document's page
    "id": T("Id", "Id"),
    "decided-by": T("Beslutad av", "Decided by"),
    "decided-on": T("Beslutsdatum", "Decided on"),
    "case-number": T("Diarienummer", "Case number"),
    "valid": T("Gäller", "Valid"),
    "valid-from": T("Giltig från", "Valid from"),
    "valid-to": T("Giltig till", "Valid to"),
    "until-further": T("tills vidare", "until further notice"),
    "from": T("från {start}", "from {start}"),
    "owner": T("Ägare", "Owner"),
    "next-followup": T("Nästa uppföljning", "Next follow-up"),
    "applies-to": T("Gäller för", "Applies to"),
    "publication": T("Publicering", "Publication"),
    "description": T("Beskrivning", "Description"),
    "place": T("Var dokumentet hör hemma", "Where the document sits"),
    "parents": T("Utgår från", "Derives from"),
    "children": T("Dokument som utgår från det", "Documents that derive from it"),
    "replaces": T("Ersätter", "Replaces"),
    "replaced-by": T("Ersatt av", "Replaced by"),
    "none": T("inga", "none"),
    "not-found": T("{id} (finns inte)", "{id} (does not exist)"),
    "goals": T("Mål", "Goals"),
    "activities": T("Aktiviteter", "Activities"),
    "errors-warnings": T(
        "{errors} fel och {warnings} varningar att rätta", "{errors} errors and {warnings} warnings to correct"
    ),
    "doc-findings": T("Vad styrcheck anmärker på", "What styrcheck found"),
    "explanation": T("Förklaring av {code}", "Explanation of {code}"),
    "why": T("Varför", "Why"),
    "says": T("Styrmodellen säger", "The styrmodell says"),
    "doc-deviations": T("Beslutade avsteg", "Decided deviations"),
    "written-in": T("Skrivet i {path}", "Written in {path}"),
    # goal chains
    "chains-intro": T(
        "Varje {goal_word} med sin definition av måluppfyllelse och indikatorer, och under "
        "det de mål och aktiviteter som utgår från det.",
        "Every overarching goal with its definition of fulfilment and indicators, and under it the "
        "goals and activities that derive from it.",
    ),
    "fulfilment": T("Måluppfyllelse", "Fulfilment"),
    "indicators": T("Indikatorer", "Indicators"),
    "baseline": T("utgångsvärde", "baseline"),
    "target": T("målvärde", "target"),
    "not-taken-up": T(
        "Inget mål eller aktivitet utgår från det här målet.", "No goal or activity derives from this goal."
    ),
    "derived": T("Utgår från målet", "Derive from the goal"),
    "untraced": T(
        "Mål och aktiviteter som inte utgår från något mål som finns",
        "Goals and activities that derive from no goal that exists",
    ),
    "untraced-none": T(
        "Alla mål och aktiviteter i planerna utgår från ett mål som finns.",
        "Every goal and activity in the plans derives from a goal that exists.",
    ),
    "no-chains": T(
        "Profilen har ingen dokumenttyp med {goal_word}, eller inget sådant dokument finns.",
        "The profile has no document type with overarching goals, or no such document exists.",
    ),
    # follow-up
    "followup-intro": T(
        "Uppföljningar, redovisningar och dokument som upphör, till och med {until}, efter ansvarig; försenade först.",
        "Follow-ups, reports and documents that expire, up to {until}, by owner; overdue first.",
    ),
    "date": T("Datum", "Date"),
    "what": T("Vad", "What"),
    "document": T("Dokument", "Document"),
    "responsible": T("Ansvarig", "Responsible"),
    "no-owner": T("Ingen ansvarig angiven", "No owner given"),
    # deviations
    "deviations-intro": T(
        "Alla avsteg som dokumenten anger. Ett avsteg vars giltighet har gått ut godtar inget längre.",
        "Every deviation the documents state. A deviation past its end date accepts nothing.",
    ),
    "reason": T("Motivering", "Reason"),
    "decision": T("Beslut", "Decision"),
    "end-date": T("Gäller till", "Valid to"),
    "lapsed": T("har gått ut", "lapsed"),
    "no-deviations": T("Inga dokument anger avsteg.", "No document states a deviation."),
    # hierarchy
    "hierarchy-intro": T(
        "Dokumenten och hur de utgår från varandra, en bild per dokumenttyp med de typer den "
        "utgår från. Varje dokument i bilden länkar till sin sida.",
        "The documents and how they derive from each other, one picture per document type with "
        "the types it derives from. Every document in the picture links to its page.",
    ),
    "no-dot": T(
        "Graphviz-programmet dot fanns inte när webbplatsen byggdes, så hierarkin visas som listor.",
        "Graphviz's dot program was not found when the site was built, so the hierarchy is shown as lists.",
    ),
    "too-large": T(
        "{count} dokument är för många för en läsbar bild; de visas som en lista.",
        "{count} documents are too many for a readable picture; they are shown as a list.",
    ),
    "picture-of": T(
        "Bild: {name}. Samma innehåll finns som lista nedan.",
        "Picture: {name}. The same content is given as a list below.",
    ),
    "as-list": T("Som lista", "As a list"),
    "top-level": T("Dokument som inte utgår från något annat", "Documents that derive from no other"),
    # severities and families
    "error": T("fel", "error"),
    "warning": T("varning", "warning"),
    "info": T("info", "info"),
    "D": T("Beslut", "Decisions"),
    "F": T("Uppföljning och livscykel", "Follow-up and lifecycle"),
    "G": T("Mål", "Goals"),
    "H": T("Hierarki", "Hierarchy"),
    "M": T("Metadata", "Metadata"),
    "V": T("Värdegrund", "Values"),
    "X": T("Avsteg", "Deviations"),
    "Y": T("YAML", "YAML"),
}


def words(lang: str, profile: Profile | None = None) -> dict[str, str]:
    """The site's words in `lang`, with the profile's word for its goals in Swedish (English
    says "overarching goals" of any model)."""
    goal_word = (profile or default()).goal_model.name
    return {key: value.get(lang).replace("{goal_word}", goal_word) for key, value in TEXTS.items()}
