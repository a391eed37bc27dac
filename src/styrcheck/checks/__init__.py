"""Every rule of styrcheck, grouped by theme. Importing this module registers them all."""

from styrcheck.checks import (  # noqa: F401  # noqa: F401
    decisions,
    deviations,
    files,
    followup,
    goal_links,
    goals,
    hierarchy,
    lowest_level,
    metadata,
    no_new_goals,
    organs,
    periods,
    values,
)
