"""Every rule of styrcheck, grouped by theme. As yamllint's rules/__init__.py: importing this
package registers every rule (registry.py), then checks the registry against the catalogue."""

from styrcheck.checks import (  # noqa: F401 - each module registers its rules
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
from styrcheck.checks.registry import check_catalogue

check_catalogue()
