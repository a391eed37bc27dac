"""The words a diagram uses, in Swedish and English."""

from __future__ import annotations

from styrcheck.core.diagnostics import Text as T

TEXTS: dict[str, T] = {
    "legend": T("Förklaring", "Legend"),
    "political": T("Politiskt dokument (orange ram)", "Political document (orange frame)"),
    "official": T("Tjänstemannadokument", "Official document"),
    "dimmed": T("Ersatt eller upphört (blekt)", "Superseded or expired (dimmed)"),
    "findings": T("Har fel eller varningar", "Has errors or warnings"),
    "missing": T("Finns inte (trasig hänvisning)", "Does not exist (broken reference)"),
    "derives": T("B utgår från A", "B derives from A"),
    "replaces": T("D ersätter C", "D replaces C"),
    "error": T("fel", "error"),
    "errors": T("fel", "errors"),
    "warning": T("varning", "warning"),
    "warnings": T("varningar", "warnings"),
    "superseded": T("ersatt från {date}", "superseded from {date}"),
    "expired": T("upphörde {date}", "expired {date}"),
    "future": T("gäller från {date}", "in force from {date}"),
    "not-found": T("finns inte", "does not exist"),
    "unreadable": T("kunde inte läsas", "could not be read"),
    "documents": T("styrande dokument", "steering documents"),
    "goals": T("mål och aktiviteter", "goals and activities"),
    "severity-error": T("fel", "error"),
    "severity-warning": T("varning", "warning"),
    "split": T(
        "Bilden är för stor för att GitHub och GitLab ska rita den i ett stycke, så den är delad i "
        "{count} delar: en per dokumenttyp, och en typ med för många dokument per beslutande organ. "
        "Varje del visar också dokumenten som dess dokument utgår från eller ersätter.",
        "The picture is too large for GitHub and GitLab to draw as one, so it is split into {count} "
        "parts: one per document type, and a type with too many documents per deciding body. Each "
        "part also shows the documents its own documents derive from or replace.",
    ),
    "finding": T("{severity} {code}, rad {line}: {message}", "{severity} {code}, line {line}: {message}"),
}


def texts(lang: str) -> dict[str, str]:
    return {key: value.get(lang) for key, value in TEXTS.items()}
