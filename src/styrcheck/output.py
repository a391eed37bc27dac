"""Writing what a command produces (a report, a picture, a new file) to the user's file.

One place for it, so that every command writes the same way: validate's and graph's
`--output`, and the files init, new and import create.
"""

from __future__ import annotations

from pathlib import Path


def write(path: Path, data: str | bytes) -> None:
    """Write `data` (text as UTF-8) to `path`, replacing what is there. Raises OSError."""
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def write_new(path: Path, data: str | bytes) -> bool:
    """Write `data` to `path` only when nothing is there (not even a broken link): styrcheck's
    authoring commands never overwrite. Creates missing folders. True when written."""
    if path.exists() or path.is_symlink():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    write(path, data)
    return True
