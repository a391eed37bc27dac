"""`styrcheck.yaml`: the repository's own settings, found from the checked path upwards.

The command line overrides the file (each option replaces the file's setting of the same
name); the file overrides the profile's defaults. The file is validated before use, and
every error names the file, line and column.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Annotated, Any

from pydantic import PositiveInt, ValidationError

from styrcheck.core.diagnostics import Severity, Text
from styrcheck.core.errors import MESSAGES, ToolError
from styrcheck.core.loader import READING_PROBLEMS, Limits, PathKey, Source, read
from styrcheck.core.models import Ids, Model, choice, display_names, sv
from styrcheck.core.text import did_you_mean, fold, printable
from styrcheck.i18n import described
from styrcheck.pipeline import discovery

NAMES = ("styrcheck.yaml", "styrcheck.yml")

_LEVELS = {"fel": "error", "varning": "warning", "av": "off"}
Level = Annotated[str, choice("error", "warning", "info", "off", "fel", "varning", "av")]
FailLevel = Annotated[str, choice("error", "warning", "info", "fel", "varning")]


class ConfigError(ToolError):
    """A configuration file or option that cannot be used: where and why (exit 2)."""

    # The file's `språk:`, when the file could be read: its own errors are in that language.
    language: str | None = None


class LimitsConfig(Model):
    max_bytes: PositiveInt | None = sv("max_byte", None)
    max_depth: PositiveInt | None = sv("max_djup", None)
    max_nodes: PositiveInt | None = sv("max_noder", None)


class Config(Model):
    """The file as written (docs/ci.md lists every key)."""

    type: Annotated[str | None, choice("styrcheck")] = sv("typ", None)
    profile: str | None = sv("profil", None)
    language: Annotated[str | None, choice("sv", "en")] = sv("språk", None)
    select: Ids | None = sv("välj", None)
    ignore: Ids = sv("ignorera", [])
    severities: dict[str, Level] = sv("allvarlighet", {})
    per_file_ignores: dict[str, Ids] = sv("ignorera_per_fil", {})
    exclude: Ids = sv("uteslut", [])
    fail_on: FailLevel | None = sv("underkänn_vid", None)
    baseline: str | None = sv("baslinje", None)
    limits: LimitsConfig = sv("gränser", LimitsConfig())


@dataclass(frozen=True)
class Found:
    config: Config
    path: Path | None  # None: no file, defaults
    source: Source | None = None


@dataclass(frozen=True)
class Overrides:
    """What the command line says; None where it says nothing."""

    profile: str | None = None
    language: str | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    exclude: Sequence[str] | None = None
    fail_on: str | None = None
    baseline: Path | None = None


@dataclass(frozen=True)
class Settings:
    """Everything resolved: rule codes, not names; paths usable from the working folder."""

    profile: str | None = None
    language: str | None = None
    select: frozenset[str] = frozenset()  # codes; empty means every rule
    ignore: frozenset[str] = frozenset()
    severities: dict[str, Severity | None] = field(default_factory=dict)  # None: off
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()  # (glob, codes)
    exclude: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    baseline: Path | None = None
    limits: Limits = field(default_factory=Limits)
    path: Path | None = None  # the configuration file read, if any
    # The repository a profile the configuration names must stay in, files it extends too.
    profile_within: Path | None = None


def find(start: Path) -> Path | None:
    """The nearest styrcheck.yaml at or above `start`."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        for name in NAMES:
            candidate = folder / name
            # Whatever is there but a folder: a pipe or a broken link is reported, never passed over.
            if os.path.lexists(candidate) and not candidate.is_dir():
                return candidate
    return None


def load(start: Path, explicit: Path | None = None) -> Found:
    """The configuration for `start`: the file named, the nearest one above, or defaults. A file
    found (not named) that is a link out of its repository is refused, unread."""
    if explicit is not None and not os.path.lexists(explicit):
        raise ConfigError("config-not-found", path=explicit)
    path = explicit or find(start)
    if path is None:
        return Found(Config(), None)
    shown = discovery.display(path)
    if explicit is None and path.is_symlink():
        root = discovery.repository_of(path)
        target = discovery.outside_of(os.fspath(path), os.fspath(root))
        if target is not None:
            raise ConfigError("config-link-outside", path=shown, target=target, root=printable(root.as_posix()))
    source = read(path, shown)
    if source.findings:
        first = source.findings[0]
        if first.code in READING_PROBLEMS:  # their messages say why and quote nothing of the file
            raise ConfigError("config-unreadable", path=shown, reason=described(first))
        raise ConfigError("config-not-yaml", where=f"{source.path}:{first.line}:{first.column}", code=first.code)
    data = source.data if source.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError("config-not-mapping", where=f"{source.path}:1:1")
    data = _with_written_globs(data, source)
    try:
        config = Config.model_validate(data)
    except ValidationError as err:
        error = _explain(err.errors()[0], source)
        written = data.get("sprak")
        if isinstance(written, str) and fold(written) in ("sv", "en"):
            error.language = fold(written)
        raise error from None
    return Found(config, path, source)


def resolve(found: Found, overrides: Overrides = Overrides()) -> Settings:
    """The file's settings with the command line's on top, checked and normalised."""
    config, where = found.config, _Where(found)
    select_names = overrides.select if overrides.select is not None else config.select
    ignore_names = overrides.ignore if overrides.ignore is not None else config.ignore
    select = _codes(select_names or (), where.option("--select", overrides.select, "valj"))
    ignore = _codes(ignore_names, where.option("--ignore", overrides.ignore, "ignorera"))
    severities: dict[str, Severity | None] = {}
    for name, level in config.severities.items():
        written = where.written("allvarlighet", name)
        (code,) = _codes([written], where.of_all("allvarlighet", name), single=True)
        word = _LEVELS.get(level, level)
        severities[code] = None if word == "off" else Severity.parse(word)
    per_file = tuple(
        (where.glob(pattern), _codes(names, partial(where.at, "ignorera_per_fil", fold(pattern))))
        for pattern, names in config.per_file_ignores.items()
    )
    if overrides.exclude is not None:
        exclude = tuple(overrides.exclude)
    else:
        exclude = tuple(where.glob(p) for p in config.exclude)
    fail_word = overrides.fail_on or config.fail_on or "error"
    limits = Limits(**{k: v for k, v in config.limits.model_dump().items() if v is not None})
    baseline = overrides.baseline or (where.inside(config.baseline, "baslinje") if config.baseline else None)
    profile = overrides.profile or config.profile
    within = None
    if profile and not overrides.profile and profile.endswith((".yaml", ".yml")):
        profile = str(where.inside(profile, "profil"))  # relative to the configuration file
        within = discovery.repository_of(found.path) if found.path is not None else None
    return Settings(
        profile=profile,
        language=overrides.language or config.language,
        select=select,
        ignore=ignore,
        severities=severities,
        per_file_ignores=per_file,
        exclude=exclude,
        fail_on=Severity.parse(_LEVELS.get(fail_word, fail_word)),
        baseline=baseline,
        limits=limits,
        path=found.path,
        profile_within=within,
    )


def split(values: Sequence[str] | None) -> list[str] | None:
    """`--select G001,H --select goals` -> [G001, H, goals]."""
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


# --- helpers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Where:
    found: Found

    def at(self, *path: str | int) -> str | Text:
        source, file = self.found.source, self.found.path
        if source is None or file is None:
            return MESSAGES["configuration"]
        line, column = source.position(tuple(path))
        return f"{source.path}:{line}:{column}"

    def of_all(self, *path: str | int) -> Callable[[int], str | Text]:
        """Where every item of a setting was written: the setting's own place."""
        return lambda _: self.at(*path)

    def written(self, *path: str) -> str:
        """A key as the user wrote it (keys are folded when read)."""
        return self.found.source.spelling(path) if self.found.source else str(path[-1])

    def option(self, flag: str, given: Sequence[str] | None, key: str) -> Callable[[int], str | Text]:
        """Where item i of a list setting came from: the command line, or its line in the file."""
        if given is not None:
            return lambda _: flag
        return lambda i: self.at(key, i)

    def path_of(self, text: str) -> Path:
        """A path written in the file: relative to the file's folder."""
        path = Path(text)
        if path.is_absolute() or self.found.path is None:
            return path
        return Path(discovery.nearby(self.found.path.parent.resolve() / path))  # opened: not escaped

    def inside(self, text: str, key: str) -> Path:
        """A file the configuration names (`key`), which must lie in its repository: the file is
        part of the pull request, and must not make styrcheck read the runner's other discovery."""
        path = self.path_of(text)
        if self.found.path is not None:
            root = discovery.repository_of(self.found.path)
            if discovery.outside_of(os.fspath(path), os.fspath(root)) is not None:
                option = "--baseline" if key == "baslinje" else "--profile"
                raise ConfigError(
                    "setting-outside",
                    where=self.at(key),
                    setting=key,
                    path=printable(text),
                    root=printable(root.as_posix()),
                    option=option,
                )
        return path

    def glob(self, pattern: str) -> str:
        """Globs with a folder in them are anchored at the file's folder (as an absolute pattern, so
        that they match however the folder is named on the command line: `.`, `..`, a path);
        bare names match anywhere."""
        if "/" not in pattern or pattern.startswith(("/", "*")) or self.found.path is None:
            return pattern
        return discovery.anchored_glob(self.found.path.parent, pattern)


def _codes(names: Sequence[str], where: Callable[[int], str | Text], single: bool = False) -> frozenset[str]:
    """Rule codes from codes, names, tags or families; `where(i)` says where item i was written."""
    from styrcheck.checks.registry import codes_and_names, normalise_codes

    codes: set[str] = set()
    for index, name in enumerate(names):
        try:
            found = normalise_codes([name])
        except ValueError:
            suggestion = did_you_mean(name, codes_and_names())
            if suggestion:
                raise ConfigError(
                    "unknown-rule-suggest", where=where(index), name=name, suggestion=suggestion
                ) from None
            raise ConfigError("unknown-rule", where=where(index), name=name) from None
        if single and len(found) != 1:
            raise ConfigError("names-several-rules", where=where(index), name=name, count=len(found))
        codes |= found
    return frozenset(codes)


def _with_written_globs(data: dict[str, Any], source: Source) -> dict[str, Any]:
    """Keys are folded when read (å -> a, lower case); globs must keep what the user wrote."""
    globs = data.get("ignorera_per_fil")
    if not isinstance(globs, dict):
        return data
    written = {source.spelling(("ignorera_per_fil", key)): value for key, value in globs.items()}
    return {**data, "ignorera_per_fil": written}


def _explain(error: Mapping[str, Any], source: Source) -> ConfigError:
    """One pydantic error as `file:line:col: what is wrong and what is allowed`."""
    loc: PathKey = tuple(error["loc"])
    if loc and loc[0] == "ignorera_per_fil" and len(loc) > 1:
        loc = (loc[0], fold(str(loc[1])), *loc[2:])  # positions are keyed by folded keys
    line, column = source.position(loc)
    where = f"{source.path}:{line}:{column}"
    names = display_names()
    setting = (
        ".".join(_KEYS.get(str(p)) or names.get(str(p)) or source.spelling(loc[: i + 1]) for i, p in enumerate(loc))
        or MESSAGES["configuration"]
    )
    kind = error["type"]
    if kind == "extra_forbidden":
        known = list(_KEYS.values()) if len(loc) == 1 else ["max_byte", "max_djup", "max_noder"]
        suggestion = did_you_mean(str(loc[-1]), known)
        name, listed = source.spelling(loc), ", ".join(known)
        if suggestion:
            return ConfigError("unknown-setting-suggest", where=where, name=name, suggestion=suggestion, known=listed)
        return ConfigError("unknown-setting", where=where, name=name, known=listed)
    if kind == "choice":
        ctx = error.get("ctx") or {}
        return ConfigError(
            "setting-not-allowed", where=where, setting=setting, value=ctx.get("value"), allowed=ctx.get("allowed")
        )
    if kind.startswith("list"):
        return ConfigError("setting-not-list", where=where, setting=setting)
    if kind == "dict_type" or kind.startswith("model"):
        return ConfigError("setting-not-mapping", where=where, setting=setting)
    if kind == "string_type":
        return ConfigError("setting-not-text", where=where, setting=setting)
    if kind == "greater_than" or kind.startswith("int_"):  # gränser: positive whole numbers
        value = str(error.get("input")) if isinstance(error.get("input"), (str, int, float)) else "…"
        shown = value if value.lstrip("-").replace(".", "", 1).isdigit() else printable(repr(value))[:40]
        return ConfigError("setting-not-positive", where=where, setting=setting, value=shown)
    return ConfigError("setting-invalid", where=where, setting=setting, detail=error["msg"])


_KEYS = {
    "typ": "typ",
    "profil": "profil",
    "sprak": "språk",
    "valj": "välj",
    "ignorera": "ignorera",
    "allvarlighet": "allvarlighet",
    "ignorera_per_fil": "ignorera_per_fil",
    "uteslut": "uteslut",
    "underkann_vid": "underkänn_vid",
    "baslinje": "baslinje",
    "granser": "gränser",
}
