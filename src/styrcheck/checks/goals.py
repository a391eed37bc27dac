"""G: goal areas, goals, definitions of fulfilment, and no new goals where none belong."""

from __future__ import annotations

from collections.abc import Iterator

from styrcheck.diagnostics import Finding
from styrcheck.diagnostics import Text as T
from styrcheck.rules import Context, rule

LIMITS_QUOTE = ("Den övergripande politiska ambitionen, som uttrycks i det politiska programmet, för "
                "mandatperioden uttrycks i 3-6 målområden, som utvecklas med 3-5 övergripande mål per målområde.")


@rule(
    "G001", "goal-area-count", tags=("goals",),
    summary=T(sv="Övergripande mål har för få eller för många målområden.",
              en="Övergripande mål have too few or too many goal areas."),
    messages={"default": T(
        sv="Dokumentet har {count} målområden; styrmodellen kräver {min}–{max}.",
        en="The document has {count} goal areas; the styrmodell requires {min}–{max}.")},
    why=T(sv="Ett begränsat antal målområden håller den politiska ambitionen samlad och uppföljningsbar. Gränserna är profilens (målområden: min, max).",
          en="A limited number of goal areas keeps the political ambition focused and possible to follow up. The limits are the profile's (målområden: min, max)."),
    quote=LIMITS_QUOTE,
)
def goal_area_count(ctx: Context) -> Iterator[Finding]:
    limits = ctx.profile.goal_areas
    for doc in ctx.repo.with_goals("övergripande"):
        count = len(doc.model.goal_areas)
        if not limits.min <= count <= limits.max:
            path = ("malomraden",) if "malomraden" in doc.source.data else ()
            yield ctx.finding(doc, path, count=count, min=limits.min, max=limits.max)
