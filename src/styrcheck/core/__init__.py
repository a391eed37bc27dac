"""The steering documents as styrcheck understands them: YAML read with a source map (loader),
the models, the profile, the organisation, the repository and its graph and calendar. Knows
nothing of rules, runs, caches or output."""
