"""`styrcheck.yaml`: the repository's own settings, found from the checked path upwards.

The command line overrides the file; the file overrides the profile's defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import ValidationError

from styrcheck.loader import read
from styrcheck.models import Model, choice, sv

NAMES = ("styrcheck.yaml", "styrcheck.yml")


class ConfigError(Exception):
    """A configuration file that cannot be used: where and why (exit 2)."""


class Config(Model):
    type: str | None = sv("typ", None)
    profile: str | None = sv("profil", None)
    language: Annotated[str | None, choice("sv", "en")] = sv("språk", None)


@dataclass(frozen=True)
class Found:
    config: Config
    path: Path | None  # None: no file, defaults


def find(start: Path) -> Path | None:
    """The nearest styrcheck.yaml at or above `start`."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        for name in NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def load(start: Path, explicit: Path | None = None) -> Found:
    path = explicit or find(start)
    if path is None:
        return Found(Config(), None)
    source = read(path, str(path))
    if source.findings:
        first = source.findings[0]
        raise ConfigError(f"{path}:{first.line}:{first.column}: cannot read the configuration ({first.code})")
    try:
        config = Config.model_validate(source.data or {})
    except ValidationError as err:
        first = err.errors()[0]
        key = first["loc"][0] if first["loc"] else ""
        line, column = source.position(tuple(first["loc"][:1]))
        raise ConfigError(f"{path}:{line}:{column}: {key}: {first['msg']}") from None
    # A relative profile path is relative to the configuration file.
    if config.profile and config.profile.endswith((".yaml", ".yml")) and not Path(config.profile).is_absolute():
        config = config.model_copy(update={"profile": str(path.parent / config.profile)})
    return Found(config, path)
