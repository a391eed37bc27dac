"""Every rule of styrcheck, grouped by theme. Importing this module registers them all."""

from styrcheck.checks import files, goal_links, goals, hierarchy, metadata, no_new_goals, organs, periods  # noqa: F401
from styrcheck.checks import decisions, deviations, followup, lowest_level, values  # noqa: F401
