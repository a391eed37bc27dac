"""One run, in order: discovery (which files) → reading (YAML, in parallel where it pays) →
the repository (core) → engine (the rules) → validate (scope, cache, baseline)."""
