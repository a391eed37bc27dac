"""V: the value foundation the styrmodell rests on."""

from __future__ import annotations

from collections.abc import Iterator

from styrcheck.checks.registry import Context, rule
from styrcheck.core import calendar
from styrcheck.core.diagnostics import Finding
from styrcheck.core.diagnostics import Text as T
from styrcheck.core.text import fold


@rule(
    "V001", "value-foundation", tags=("values",),
    summary=T(sv="Värdegrunden gäller inte för både förtroendevalda och medarbetare.",
              en="The värdegrund does not apply to both elected representatives and employees."),
    messages={
        "default": T(
            sv="Enligt 'gäller_roller' gäller värdegrunden för {roles} men inte för {missing}. Styrmodellens "
               "värdegrund är gemensam och gäller för alla dessa: {required}. Gäller värdegrunden redan för alla, "
               "lägg till {missing} i 'gäller_roller'; annars behövs en värdegrund som gäller för alla.",
            en="According to 'gäller_roller' the värdegrund applies to {roles} but not to {missing}. The "
               "styrmodell's värdegrund is shared and applies to all of these: {required}. If it already applies "
               "to all, add {missing} to 'gäller_roller'; otherwise a värdegrund that applies to all is needed."),
        "none": T(
            sv="Det framgår inte vilka värdegrunden gäller för. Styrmodellens värdegrund gäller för alla dessa: "
               "{required}; ange 'gäller_roller: [{required}]'.",
            en="It does not say whom the värdegrund applies to. The styrmodell's värdegrund applies to all of "
               "these: {required}; give 'gäller_roller: [{required}]'."),
    },
    why=T(sv="Styrmodellen vilar på en gemensam värdegrund som anger tonen för hela verksamheten, för "
             "förtroendevalda och medarbetare lika. En värdegrund som bara riktar sig till medarbetarna (som "
             "Södertäljes, undertecknad av kommundirektören) räcker inte. Rollerna anges i profilen under "
             "'roller'. Att värdegrunden beslutas av fullmäktige kontrollerar D001, att det bara finns en "
             "gällande värdegrund H007.",
          en="The styrmodell rests on one shared värdegrund that sets the tone for the whole organisation, "
             "elected representatives and employees alike. One aimed at employees only (like Södertälje's, "
             "signed by the chief executive) does not do. The roles are set in the profile under 'roller'. D001 "
             "checks that fullmäktige decides it, H007 that only one is current."),
    quote="Norrköpings kommuns styrmodell vilar på organisationens värdegrund, som anger tonen i det "
          "förhållningssätt som ska prägla verksamheten. Värdegrunden utgår från de tre värdeorden respekt, "
          "delaktighet och trovärdighet och gäller för både förtroendevalda och medarbetare.",
)
def value_foundation(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        required = doc.type.roles
        if not required or calendar.retired(ctx.repo, doc) or doc.model.valid_from > ctx.today:
            continue
        roles = doc.model.get("roles", [])
        names = dict(required=", ".join(required))
        if not roles:
            yield ctx.finding(doc, (), "none", **names)
            continue
        given = {fold(r) for r in roles}
        missing = [r for r in required if fold(r) not in given]
        if missing:
            yield ctx.finding(doc, ("galler_roller",), roles=", ".join(roles), missing=", ".join(missing), **names)
