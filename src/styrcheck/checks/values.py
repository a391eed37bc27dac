"""V: the value foundation the styrmodell rests on."""

from __future__ import annotations

from collections.abc import Iterator

from styrcheck import calendar
from styrcheck.diagnostics import Finding
from styrcheck.diagnostics import Text as T
from styrcheck.rules import Context, rule
from styrcheck.text import fold


@rule(
    "V001", "value-foundation", tags=("values",),
    summary=T(sv="Värdegrunden gäller inte för både förtroendevalda och medarbetare.",
              en="The value foundation does not apply to both elected representatives and employees."),
    messages={
        "default": T(
            sv="Värdegrunden gäller för {roles} men inte för {missing}. Styrmodellens värdegrund är gemensam och "
               "gäller för alla dessa: {required}. Besluta en värdegrund som gäller för alla och ange dem i "
               "gäller_roller.",
            en="The value foundation applies to {roles} but not to {missing}. The styrmodell's value foundation is "
               "shared and applies to all of these: {required}. Decide one that applies to all and list them in "
               "gäller_roller."),
        "none": T(
            sv="Det framgår inte vilka värdegrunden gäller för. Styrmodellens värdegrund gäller för alla dessa: "
               "{required}; ange gäller_roller: [{required}].",
            en="It does not say whom the value foundation applies to. The styrmodell's value foundation applies "
               "to all of these: {required}; give gäller_roller: [{required}]."),
    },
    why=T(sv="Styrmodellen vilar på en gemensam värdegrund som anger tonen för hela verksamheten, för politiker och "
             "anställda lika. En värdegrund som bara riktar sig till medarbetarna (som Södertäljes, undertecknad "
             "av kommundirektören) räcker inte. Rollerna är profilens (roller); att den beslutas av fullmäktige "
             "kontrollerar D001, att det bara finns en gällande H007.",
          en="The styrmodell rests on one shared value foundation that sets the tone for the whole organisation, "
             "politicians and staff alike. One aimed at employees only (like Södertälje's, signed by the chief "
             "executive) does not do. The roles are the profile's (roller); D001 checks that fullmäktige decides "
             "it, H007 that only one is current."),
    quote="Norrköpings kommuns styrmodell vilar på organisationens värdegrund, som anger tonen i det "
          "förhållningssätt som ska prägla verksamheten. Värdegrunden utgår från de tre värdeorden respekt, "
          "delaktighet och trovärdighet och gäller för både förtroendevalda och medarbetare.",
)
def value_foundation(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        required = doc.type.roles
        if not required or calendar.retired(ctx.repo, doc) or doc.model.valid_from > ctx.today:
            continue
        roles = getattr(doc.model, "roles", [])
        names = dict(required=", ".join(required))
        if not roles:
            yield ctx.finding(doc, (), "none", **names)
            continue
        given = {fold(r) for r in roles}
        missing = [r for r in required if fold(r) not in given]
        if missing:
            yield ctx.finding(doc, ("galler_roller",), roles=", ".join(roles), missing=", ".join(missing), **names)
