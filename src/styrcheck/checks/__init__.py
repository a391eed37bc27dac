"""Every rule of styrcheck, grouped by theme. Importing this module registers them all."""

from styrcheck.checks import files, goals, hierarchy, metadata, organs  # noqa: F401
