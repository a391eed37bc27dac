"""H: how documents hang together: references, cycles, parents and periods."""
