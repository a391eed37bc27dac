"""The `styrcheck` command: typer wiring in app.py."""

from styrcheck.cli.app import app, main

__all__ = ["app", "main"]
