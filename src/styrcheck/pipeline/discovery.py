"""Find the YAML files below the paths a user names.

Discovery never hangs and never leaves what it was asked to check: folders are walked
without following links to folders (no loops), and a link to a file is read only when its
target lies inside the folder being walked. A link that leads elsewhere (a secret file on
the CI machine, /dev/zero) is marked, so that it is reported as a finding (Y005) on the link
and never read (styrcheck.pipeline.reading).
"""

from __future__ import annotations

import glob
import os
import re
import subprocess
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path
from typing import NamedTuple

from styrcheck.core.errors import ToolError
from styrcheck.core.text import printable

SUFFIXES = (".yaml", ".yml")
# Folders that are never a document repository's content.
SKIPPED_DIRS = {".git", ".hg", ".svn", ".styrcheck_cache", "node_modules", ".venv", "__pycache__"}
# Other tools' files, at any level (names without their suffix, any case): CI, bots, editors,
# documentation sites, containers, package managers. Dot-files and the files in dot-folders
# (.gitlab-ci.yml, .pre-commit-config.yaml, .github/) are tool files too. docs/ci.md lists them.
TOOL_FILES = (
    "azure-pipelines",
    "bitbucket-pipelines",
    "appveyor",
    "cloudbuild",
    "buildspec",
    "codecov",
    "dependabot",
    "renovate",
    "action",
    "mkdocs",
    "_config",
    "_quarto",
    "antora",
    "docker-compose*",
    "compose",
    "environment",
    "pnpm-lock",
    "pnpm-workspace",
    "taskfile",
    "lefthook",
)
_TOOL_FILE = re.compile(  # one match a file, not one a pattern
    "(?:" + "|".join(re.escape(pattern).replace(r"\*", ".*") for pattern in TOOL_FILES) + r")\.ya?ml", re.IGNORECASE
)
# Read-only git: no optional locks, no fsmonitor daemon, no hooks, no pager, no prompt.
GIT = ("git", "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null")
GIT_ENV = {"GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat"}


class PathError(ToolError):
    """A path the user named does not exist (a usage error, exit 2)."""

    def __init__(self, path: str) -> None:
        super().__init__("no-such-path", path=path)
        self.path = path


class Candidate(NamedTuple):
    shown: str  # as the user sees it (display)
    path: str
    outside: str | None  # where a link leads, when that is outside what is checked
    absolute: str


class Skip(NamedTuple):
    """Something a run left out that the user may think was checked (said in the summary)."""

    kind: str  # "excluded": a file named on the command line that an exclude pattern removed;
    # "link": a link to a folder, which is not followed; "tool": another tool's file (TOOL_FILES,
    # a dot-file or in a dot-folder); "ignored": a file git ignores (.gitignore); "profile": a
    # file of `typ: profil`, known only once read (core/repository.py)
    shown: str


class Listing(NamedTuple):
    files: list[Candidate]
    skipped: list[Skip]


def candidates(paths: Iterable[Path], patterns: tuple[str, ...]) -> Listing:
    """Every YAML file below `paths` (and every file named), each once, sorted as shown, and what
    was left out that the user may miss. Named files are taken as they are, whatever their suffix."""
    found: dict[str, Candidate] = {}  # by real path: `x`, `./x` and a link to x are one
    skipped: list[Skip] = []

    def add(real: str, candidate: Candidate, is_link: bool) -> None:
        if real not in found or (not is_link and os.path.islink(found[real].path)):
            found[real] = candidate  # the file itself rather than a link to it

    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise PathError(printable(str(path)))
        if path.is_dir():
            root = os.path.realpath(path)
            ignored = git_ignored(path)
            unlisted: list[OSError] = []  # folders that could not be listed: reported, not skipped
            for folder, dirs, names in os.walk(path, onerror=unlisted.append):
                dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
                below = os.path.relpath(folder, path)  # the folder named may itself be a dot-folder
                hidden = below != "." and any(part.startswith(".") for part in Path(below).parts)
                for name in [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
                    shown = display(Path(folder, name))  # walked past, not into: said, not hidden
                    if not _excluded(shown, os.path.abspath(os.path.join(folder, name)), patterns):
                        skipped.append(Skip("link", shown))
                wanted = [name for name in names if name.lower().endswith(SUFFIXES)]  # A.YAML too
                if not wanted:
                    continue
                # Paths are strings, and shown and absolute ones are worked out once per folder:
                # for a large repository the Path objects per file were most of finding them.
                shown_folder, absolute_folder = display(Path(folder)), os.path.abspath(folder)
                real_folder = os.path.realpath(folder)
                for name in wanted:
                    shown = printable(name) if shown_folder == "." else f"{shown_folder}/{printable(name)}"
                    absolute = os.path.join(absolute_folder, name)
                    if not _excluded(shown, absolute, patterns):
                        kind = "tool" if hidden or is_tool_file(name) else "ignored" if absolute in ignored else None
                        if kind is not None:
                            skipped.append(Skip(kind, shown))
                            continue
                        candidate = os.path.join(folder, name)
                        is_link = os.path.islink(candidate)
                        real = os.path.realpath(candidate) if is_link else os.path.join(real_folder, name)
                        outside = outside_of(candidate, root) if is_link else None
                        add(real, Candidate(shown, candidate, outside, absolute), is_link)
            for error in unlisted:
                absolute = os.path.abspath(error.filename)
                add(
                    os.path.realpath(error.filename),
                    Candidate(display(Path(error.filename)), error.filename, None, absolute),
                    False,
                )
        else:
            shown, absolute = display(path), os.path.abspath(path)
            if not _excluded(shown, absolute, patterns):  # named: read as asked
                add(os.path.realpath(path), Candidate(shown, os.fspath(path), None, absolute), path.is_symlink())
            else:
                skipped.append(Skip("excluded", shown))
    return Listing(sorted(found.values(), key=lambda item: item.shown), sorted(set(skipped)))


def is_tool_file(name: str) -> bool:
    """Whether a file found while walking is another tool's, not a document: a dot-file, or a
    name of TOOL_FILES."""
    return name.startswith(".") or _TOOL_FILE.fullmatch(name) is not None


def git_ignored(folder: Path) -> frozenset[str]:
    """The YAML files below `folder` that git ignores (.gitignore, .git/info/exclude, the user's
    excludes), as absolute paths. None when git is missing or `folder` is in no work tree (no
    error: nothing is left out), nor when `folder` is itself ignored: named, it is read as asked
    (so is a base revision that `diff` writes below the ignored .styrcheck_cache/)."""

    def git(*args: str) -> subprocess.CompletedProcess[bytes] | None:
        try:
            return subprocess.run(
                [*GIT, *args],
                cwd=folder,
                capture_output=True,
                stdin=subprocess.DEVNULL,
                env={**os.environ, **GIT_ENV},
                check=False,
            )
        except OSError:  # no git
            return None

    listed = git(
        "ls-files",
        "-z",
        "--others",
        "--ignored",
        "--exclude-standard",
        "--",
        *(f":(icase)*{suffix}" for suffix in SUFFIXES),
    )
    if listed is None or listed.returncode != 0 or not listed.stdout:
        return frozenset()
    inside = git("check-ignore", "-q", ".")
    if inside is None or inside.returncode == 0:
        return frozenset()
    base = os.path.abspath(folder)
    entries = (os.fsdecode(entry) for entry in listed.stdout.split(b"\0") if entry)
    return frozenset(os.path.normpath(os.path.join(base, entry)) for entry in entries)


def outside_of(path: str, root: str) -> str | None:
    """Where `path` (a link found below `root`, say) leads, when that is outside `root` or into a
    folder that is never content (.git); None for paths that stay inside."""
    target = os.path.realpath(path)  # a loop resolves to a place inside: reading reports it
    try:
        relative = Path(os.path.relpath(target, root))
    except ValueError:  # another drive on Windows
        return display(Path(target))
    if relative.parts[:1] == (os.pardir,) or any(p in SKIPPED_DIRS for p in relative.parts[:-1]):
        return display(Path(target))
    return None


def work_tree(start: Path) -> Path | None:
    """The git work tree `start` lies in, if any."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return None


def repository_of(path: Path) -> Path:
    """The repository a file of settings (styrcheck.yaml) belongs to: the git work tree it lies
    in, else its own folder."""
    folder = path.absolute().parent
    return work_tree(folder) or folder.resolve()


def display(path: Path) -> str:
    """The path as the user sees it: relative to the working folder where it lies below it,
    with control characters in file names shown as escapes."""
    return printable(nearby(path))


def nearby(path: Path) -> str:
    """The path relative to the working folder where it lies below it, else as it is: a path
    to open, not to show (display)."""
    try:
        if not path.is_absolute() or _below_cwd(path):
            return Path(os.path.relpath(path)).as_posix()
    except (ValueError, OSError):  # another drive on Windows; a working folder that is gone
        pass
    return path.as_posix()


def _below_cwd(path: Path) -> bool:
    try:
        path.relative_to(Path.cwd())
        return True
    except ValueError:
        return False


def anchored_glob(folder: Path, pattern: str) -> str:
    """`pattern` anchored at `folder`: an absolute glob, matched against absolute paths."""
    return f"{glob.escape(os.path.abspath(folder))}/{pattern.removeprefix('./')}"


def matches(shown: str, absolute: str, pattern: str) -> bool:
    """Whether a path matches a glob of `uteslut`, `--exclude` or `ignorera_per_fil`: an anchored
    (absolute) glob the absolute path; any other the shown path, its name or a trailing part."""
    if os.path.isabs(pattern):
        return fnmatch(absolute, pattern)
    pattern = pattern.removeprefix("./")
    return fnmatch(shown, pattern) or fnmatch(shown.rsplit("/", 1)[-1], pattern) or fnmatch(shown, f"*/{pattern}")


def _excluded(shown: str, absolute: str, patterns: tuple[str, ...]) -> bool:
    return any(matches(shown, absolute, p) for p in patterns)
