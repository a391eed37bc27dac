"""V: the value foundation the styrmodell rests on."""

from __future__ import annotations

from collections.abc import Iterator

from styrcheck.checks.registry import Context, rule
from styrcheck.core import calendar
from styrcheck.core.diagnostics import Finding
from styrcheck.core.text import fold


@rule("V001", "value-foundation", tags=("values",))
def value_foundation(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        required = doc.type.roles
        if not required or calendar.retired(ctx.repo, doc) or doc.model.valid_from > ctx.today:
            continue
        roles = doc.model.get("roles", [])
        names = dict(required=", ".join(required))
        if not roles:
            yield ctx.worded(ctx.words(doc), doc, (), "none", **names)
            continue
        given = {fold(r) for r in roles}
        missing = [r for r in required if fold(r) not in given]
        if missing:
            yield ctx.worded(
                ctx.words(doc), doc, ("galler_roller",), roles=", ".join(roles), missing=", ".join(missing), **names
            )
