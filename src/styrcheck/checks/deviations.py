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
from styrcheck.core.text import did_you_mean


@rule("X001", "deviation-without-reason", tags=("deviations",), local=True)
def deviation_without_reason(ctx: Context) -> Iterator[Finding]:
    for doc in ctx.repo.documents:
        for index, deviation in enumerate(doc.model.deviations):
            if not (deviation.rule or "").strip():
                yield ctx.finding(doc, ("avsteg", index), "rule", subject=f"avsteg.{index}")
            elif not (deviation.reason or "").strip():
                yield ctx.finding(doc, ("avsteg", index), subject=deviation.rule, rule=deviation.rule)


@rule("X002", "unused-deviation", tags=("deviations",), reviews=True)
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
                yield ctx.finding(
                    doc,
                    path,
                    "unknown-suggest" if suggestion else "unknown",
                    subject=written,
                    rule=written,
                    suggestion=suggestion or "",
                )
            elif found.code in ctx.checked and found.family != "X" and (doc.id, found.code) not in used:
                yield ctx.finding(doc, path, subject=found.code, rule=found.code, name=found.name)


@rule("X003", "lapsed-deviation", tags=("deviations",), reviews=True)
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
                yield ctx.finding(
                    doc,
                    ("avsteg", index, "giltig_till"),
                    subject=concerned.code,
                    rule=concerned.code,
                    name=concerned.name,
                    until=deviation.until,
                )
