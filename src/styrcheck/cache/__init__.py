"""What a run keeps for the next: the store (.styrcheck_cache/), its codec, and the
incremental re-check of only what an edit can change."""
