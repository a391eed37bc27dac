"""Find the YAML files below the paths a user names."""

from __future__ import annotations

import os
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path

SUFFIXES = (".yaml", ".yml")
# Folders that are never a document repository's content.
SKIPPED_DIRS = {".git", ".hg", ".svn", ".styrcheck_cache", "node_modules", ".venv", "__pycache__"}


class PathError(Exception):
    """A path the user named does not exist (a usage error, exit 2)."""


def discover(paths: Iterable[Path], exclude: Iterable[str] = ()) -> list[Path]:
    """Every YAML file below `paths`, sorted, each once. Folders are walked without following
    links to folders (no loops); named files are taken as they are, whatever their suffix."""
    patterns = tuple(exclude)
    found: dict[str, Path] = {}
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise PathError(str(path))
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
                for name in names:
                    if name.endswith(SUFFIXES):
                        candidate = Path(root, name)
                        if not _excluded(candidate, patterns):
                            found.setdefault(display(candidate), candidate)
        elif not _excluded(path, patterns):
            found.setdefault(display(path), path)
    return [found[key] for key in sorted(found)]


def display(path: Path) -> str:
    """The path as the user sees it: relative to the working folder where it lies below it."""
    try:
        return Path(os.path.relpath(path)).as_posix() if not path.is_absolute() or _below_cwd(path) else path.as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def _below_cwd(path: Path) -> bool:
    try:
        path.relative_to(Path.cwd())
        return True
    except ValueError:
        return False


def _excluded(path: Path, patterns: tuple[str, ...]) -> bool:
    text = display(path)
    return any(fnmatch(text, p) or fnmatch(path.name, p) or fnmatch(text, f"*/{p}") for p in patterns)
