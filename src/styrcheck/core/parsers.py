"""The two YAML parsers the loader reads with, behind one face: events (`get_event`,
`dispose`) and the composition of a single document to nodes.

`LIBYAML` is ruamel.yaml.clib's C parser, which reads almost every file. Its scanner predates
YAML 1.2 in one way that steering documents meet: it refuses a `:` inside a plain scalar in
`{ }` or `[ ]` (`{källa: https://…}`, `{tid: 12:30}`), which YAML 1.2 allows. `PURE_PYTHON` is
ruamel.yaml's own parser, which reads those; the loader turns to it only where libyaml's
scanner or parser refused a file. Both give the same event and node classes with the same
line/column marks, and neither runs a constructor: every scalar stays text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.cyaml import CBaseLoader, CParser
from ruamel.yaml.resolver import BaseResolver, VersionedResolver


@dataclass(frozen=True)
class Parser:
    name: str
    events: Callable[[bytes], Any]  # an object with get_event() and dispose()
    compose: Callable[[bytes], Any]  # the root node of the single document, or None


def _compose_c(raw: bytes) -> Any:
    composer = CBaseLoader(raw)
    try:
        return composer.get_single_node()
    finally:
        release(composer)


def release(composer: Any) -> None:
    """Done with a C composer. It refers to itself (as its own parser, composer, constructor
    and resolver), so without breaking that ring it lives on, holding on to what it read,
    until the cycle collector happens by."""
    composer.dispose()
    composer.__dict__.clear()


class _TextResolver(VersionedResolver):
    """Every node gets the default tag (str, seq, map) unless written with one, as under
    libyaml's BaseResolver: no `<<` merge, no guessing of booleans or numbers."""

    resolve = BaseResolver.resolve


def _python_yaml() -> YAML:
    """A fresh instance per file: a `%YAML` directive changes the instance it is read with."""
    yaml = YAML(typ="base", pure=True)
    yaml.Resolver = _TextResolver
    yaml.composer.warn_double_anchors = False  # a repeated anchor is valid YAML (the later one holds)
    return yaml


class _PythonEvents:
    def __init__(self, raw: bytes) -> None:
        self._events = _python_yaml().parse(raw)
        self.get_event = self._events.__next__

    def dispose(self) -> None:
        self._events.close()


# The loader refuses nesting deeper than this (loader._too_deep) before either parser composes.
SAFE_DEPTH = 2000


def _compose_python(raw: bytes) -> Any:
    with _recursion_room(3 * SAFE_DEPTH):
        return _python_yaml().compose(raw)


@contextmanager
def _recursion_room(frames: int) -> Iterator[None]:
    """ruamel.yaml's Python composer calls itself twice per level of nesting, so 500 levels
    reach Python's default recursion limit of 1,000 frames. The loader's depth pass bounds the
    nesting first (SAFE_DEPTH), and since Python 3.11 a call from Python to Python takes no C
    stack, so the limit may rise to what that bound needs, and only while composing."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(max(before, frames))
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


LIBYAML = Parser("libyaml", CParser, _compose_c)
PURE_PYTHON = Parser("ruamel.yaml", _PythonEvents, _compose_python)
