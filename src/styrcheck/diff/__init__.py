"""`styrcheck diff BASE [HEAD]`: what a change does to the steering model, said as a reviewer
needs it (revisions.py reads the sides, compare.py compares them, render.py words it)."""
