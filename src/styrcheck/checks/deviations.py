"""X: deliberate deviations from the model (`avsteg`).

The engine accepts a finding of rule R on a document whose `avsteg` names R with a reason that
has not lapsed (engine._apply_deviations). These rules check the deviations themselves: each
must give its reason (X001) and be needed (X002, which reviews the other rules' findings); a
lapsed one that the rule needs again is pointed out (X003), or its finding would return unexplained.
"""

from __future__ import annotations

from collections.abc import Iterator

from styrcheck.checks.registry import Context, codes_and_names, lookup, rule
from styrcheck.core.diagnostics import Finding
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.text import did_you_mean

CLARITY = "Ett grundläggande begrepp i styrmodellen är tydlighet."


@rule(
    "X001", "deviation-without-reason", tags=("deviations",), local=True,
    summary=T(sv="Ett avsteg saknar motivering eller regel.", en="A deviation lacks a reason or a rule."),
    messages={
        "default": T(
            sv="Avsteget från {rule} saknar motivering och godtas därför inte. Skriv varför under 'motivering', "
               "och gärna vilket beslut som medger avsteget under 'beslut', till exempel "
               "'beslut: KF 2022-11-28 § 123'.",
            en="The deviation from {rule} gives no reason and is therefore not accepted. Say why under "
               "'motivering', and preferably which decision allows it under 'beslut', for example "
               "'beslut: KF 2022-11-28 § 123'."),
        "rule": T(
            sv="Avsteget anger inte vilken regel det gäller. Skriv regelns kod eller namn under 'regel', till "
               "exempel 'regel: G001'.",
            en="The deviation does not say which rule it concerns. Write the rule's code or name under 'regel', "
               "for example 'regel: G001'."),
    },
    why=T(sv="Ett avsteg från styrmodellen är ett medvetet val; utan motivering går det inte att skilja från ett "
             "misstag, och ingen kan pröva det senare.",
          en="A deviation from the styrmodell is a deliberate choice; without a reason it cannot be told from a "
             "mistake, and nobody can review it later."),
    quote=CLARITY,
)
def deviation_without_reason(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        for index, deviation in enumerate(doc.model.deviations):
            if not (deviation.rule or "").strip():
                yield ctx.finding(doc, ("avsteg", index), "rule", subject=f"avsteg.{index}")
            elif not (deviation.reason or "").strip():
                yield ctx.finding(doc, ("avsteg", index), subject=deviation.rule, rule=deviation.rule)


@rule(
    "X002", "unused-deviation", tags=("deviations",),
    summary=T(sv="Ett avsteg gäller en regel som inte har något att anmärka på i dokumentet.",
              en="A deviation concerns a rule that finds nothing in the document."),
    messages={
        "default": T(
            sv="Avsteget från {rule} ({name}) behövs inte: regeln har inget att anmärka på i dokumentet. Ta bort "
               "avsteget, eller kontrollera att det står i rätt dokument.",
            en="The deviation from {rule} ({name}) is not needed: the rule finds nothing in the document. Remove "
               "the deviation, or check that it is in the right document."),
        "unknown": T(
            sv="Avsteget gäller '{rule}', som inte är någon regel i styrcheck. Kontrollera koden eller namnet "
               "(kommandot 'styrcheck rules' listar alla regler).",
            en="The deviation concerns '{rule}', which is no rule of styrcheck. Check the code or name (the "
               "command 'styrcheck rules' lists every rule)."),
        "unknown-suggest": T(
            sv="Avsteget gäller '{rule}', som inte är någon regel i styrcheck. Menade du '{suggestion}'?",
            en="The deviation concerns '{rule}', which is no rule of styrcheck. Did you mean '{suggestion}'?"),
    },
    why=T(sv="Ett avsteg som inte behövs döljer ingenting i dag, men tystar regeln i dokumentet om ett fel smyger "
             "sig in senare. Avsteg som har löpt ut ('giltig_till') och regler som inte kördes räknas inte.",
          en="An unneeded deviation hides nothing today, but silences the rule in the document should a mistake "
             "creep in later. Lapsed deviations ('giltig_till') and rules that did not run are not counted."),
    quote=CLARITY,
    reviews=True,
)
def unused_deviation(ctx: Context) -> Iterator[Finding]:
    used = {(f.document, f.code) for f in ctx.findings}
    names = codes_and_names()
    for doc in ctx.repo.documents:
        for index, deviation in enumerate(doc.model.deviations):
            written = (deviation.rule or "").strip()
            if not written or not (deviation.reason or "").strip():
                continue  # X001
            if deviation.lapsed(ctx.today):
                continue
            found = lookup(written)
            path = ("avsteg", index, "regel")
            if found is None:
                suggestion = did_you_mean(written, names)
                yield ctx.finding(doc, path, "unknown-suggest" if suggestion else "unknown", subject=written,
                                  rule=written, suggestion=suggestion or "")
            elif found.code in ctx.checked and found.family != "X" and (doc.id, found.code) not in used:
                yield ctx.finding(doc, path, subject=found.code, rule=found.code, name=found.name)


@rule(
    "X003", "lapsed-deviation", tags=("deviations",),
    summary=T(sv="Ett avsteg har löpt ut, och regeln det gällde anmärker åter på dokumentet.",
              en="A deviation has lapsed, and the rule it concerned finds fault with the document again."),
    messages={"default": T(
        sv="Avsteget från {rule} ({name}) gällde till och med {until} och har löpt ut, så det som regeln anmärker på "
           "i dokumentet godtas inte längre. Rätta det, eller förnya beslutet om avsteget och ändra 'giltig_till'.",
        en="The deviation from {rule} ({name}) was valid until {until} and has lapsed, so what the rule finds in "
           "the document is no longer accepted. Correct it, or renew the decision on the deviation and change "
           "'giltig_till'.")},
    why=T(sv="Ett avsteg som löper ut slutar tyst att gälla. Utan en hänvisning till det ser fyndet som kommer "
             "tillbaka ut som ett nytt fel, fast avsteget står kvar i dokumentet.",
          en="A deviation that lapses stops applying silently. Without a pointer to it, the finding that comes "
             "back looks like a new mistake, though the deviation still stands in the document."),
    quote=CLARITY,
    reviews=True,
)
def lapsed_deviation(ctx: Context) -> Iterator[Finding]:
    found_in = {(f.document, f.code) for f in ctx.findings}
    for doc in ctx.repo.documents:
        lapsed, valid = [], set()
        for index, deviation in enumerate(doc.model.deviations):
            concerned = lookup((deviation.rule or "").strip())
            if concerned is None or not (deviation.reason or "").strip():
                continue  # X001, X002
            if deviation.lapsed(ctx.today):
                lapsed.append((index, deviation, concerned))
            else:
                valid.add(concerned.code)
        for index, deviation, concerned in lapsed:
            # Renewed by a later deviation from the same rule, the finding is accepted: nothing to say.
            if concerned.code not in valid and (doc.id, concerned.code) in found_in:
                yield ctx.finding(doc, ("avsteg", index, "giltig_till"), subject=concerned.code, rule=concerned.code,
                                  name=concerned.name, until=deviation.until)
