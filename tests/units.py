"""Repositories built in memory for the unit tests of the pipeline's parts (the engine, the
repository, validate): the same chain of documents the hierarchy rules are tested on."""

from __future__ import annotations

from datetime import date

from test_hierarchy_rules import ORGANISATION, chain

from styrcheck.core.loader import Limits, Source, parse
from styrcheck.core.profile import load
from styrcheck.core.repository import Repository, assemble

TODAY = date(2025, 6, 1)


def files(**changes: tuple[str, str]) -> dict[str, str]:
    """The organisation and a valid chain of documents, with `changes` (file: (old, new)) made."""
    found = {"organisation.yaml": ORGANISATION, **chain()}
    for name, (old, new) in changes.items():
        name = name.replace("_", "-") + ".yaml"
        assert old in found[name]
        found[name] = found[name].replace(old, new)
    return found


def dangling() -> dict[str, str]:
    """The chain with the uppdragsplan deriving from an id that exists nowhere (H001, line 9)."""
    return files(uppdragsplan_2025=("utgår_från: [mal-2023]", "utgår_från: [saknas-1]"))


def repository(texts: dict[str, str], today: date = TODAY) -> Repository:
    sources = []
    for name, text in texts.items():
        source = Source(name)
        parse(text.encode("utf-8"), source, Limits())
        sources.append(source)
    return assemble(sources, load(), today)
