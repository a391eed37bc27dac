"""Writing what the user asked for (the report of `validate -o`, the picture of `graph -o`, the
baseline of `styrcheck baseline`): one writer for all of them.

The repository being checked may come from anyone, and the place a report goes is often in it.
So a target is styrcheck's own output, and may be replaced, only when it is

- not a symbolic link, nor below a folder that is a link (inside the working folder): a planted
  `styrcheck.sarif -> ../victim.txt` would otherwise be written through;
- a regular file, or not there yet;
- not YAML (every document and configuration is), and none of the other files this run reads:
  a file named on the command line, the configuration, the profile, the baseline.

The data is written to a temporary file beside the target and renamed over it: the rename
replaces the name, never follows a link, and is atomic, so a run that fails or is stopped
leaves the previous file as it was and never half a new one.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from styrcheck.core.errors import ToolError
from styrcheck.core.text import printable


class OutputError(ToolError):
    """A target styrcheck will not write (exit 2); the message says why and what to do."""


def check(target: Path, inputs: Iterable[Path | str | None] = ()) -> None:
    """Raise OutputError unless `target` may be written (see the module's docstring). Asked
    before the run, so a refused target costs no work."""
    shown = printable(str(target))
    if target.suffix.lower() in (".yaml", ".yml"):
        raise OutputError("output-is-yaml", path=shown)
    _refuse_links(target)
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    except OSError as err:
        raise OutputError("cannot-write", path=shown, reason=err.strerror or err) from None
    if not stat.S_ISREG(info.st_mode):
        raise OutputError("output-not-a-file", path=shown)
    for given in inputs:
        if given is not None and _same(target, Path(given)):
            raise OutputError("output-is-input", path=shown)


def write(target: Path, data: bytes) -> None:
    """Put `data` at `target` atomically: a temporary file in the same folder, renamed over it.
    The file keeps the mode of the one it replaces (else the usual one, by the umask)."""
    temporary = _staged(target, data)
    try:
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_new(target: Path, data: str | bytes) -> bool:
    """Put `data` at `target` only when nothing is there (not even a broken link), creating the
    folders on the way: the authoring commands (init, new, import) never overwrite. Written
    whole or not at all, and never through a linked folder. True when written."""
    if target.is_symlink() or target.exists():
        return False
    _refuse_links(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = _staged(target, data.encode("utf-8") if isinstance(data, str) else data)
    try:
        os.link(temporary, target)  # unlike a rename, fails when the name was taken meanwhile
    except FileExistsError:
        return False
    finally:
        Path(temporary).unlink(missing_ok=True)
    return True


def make_folder(folder: Path) -> None:
    """Make `folder` for an output of many files (the site of `styrcheck report`), refusing it
    when it, or a folder on its way from the working folder, is a link."""
    _refuse_links(folder)
    folder.mkdir(parents=True, exist_ok=True)


def write_in_folder(path: Path, data: bytes) -> None:
    """One file of many, in a folder `make_folder` made: never through a link planted in its
    place (O_NOFOLLOW). Not renamed into place: a site is rewritten whole, file by file."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o666)
    with os.fdopen(handle, "wb") as file:
        file.write(data)


def _staged(target: Path, data: bytes) -> str:
    """A temporary file beside `target` holding `data` on disk, with the mode `target` has (else
    the usual one); the caller puts it in place."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode(target))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _refuse_links(target: Path) -> None:
    link = _linked_part(target)
    if link is not None:
        raise OutputError("output-is-link", path=printable(str(link)), target=printable(os.readlink(link)))


def _mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.lstat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _linked_part(target: Path) -> Path | None:
    """The target, or a folder on its way from the working folder, that is a symbolic link.
    Folders at or above the working folder are the user's own setup (/tmp -> /private/tmp)."""
    if target.is_symlink():
        return target
    here = Path.cwd()
    for folder in Path(os.path.abspath(target)).parents:
        if here not in folder.parents:
            return None
        if folder.is_symlink():
            return Path(os.path.relpath(folder))
    return None


def _same(target: Path, given: Path) -> bool:
    try:
        return given.is_file() and os.path.samefile(target, given)
    except OSError:
        return False
