"""Read one YAML file into plain values and a map of where every key and list item stands.

ruamel.yaml's C parser (libyaml) reads the file. A file of the common kind is built straight
from the parser's events (`_read_plain`); any other (anchors, tags, duplicate keys, syntax
errors, limits) is composed to nodes, which carry line and column marks, and built from those
(`_Builder`), which is also where every problem is reported. A file libyaml refuses is read
again the same way by ruamel.yaml's pure-Python parser, which reads YAML 1.2 where libyaml is
older (`{källa: https://…}`; parsers.py); only a file both refuse is a syntax error (Y001).
Either way no constructor runs, so no tag can make objects, and every scalar stays text: `nej`,
`on` and `1.10` mean what the field they stand in says, not what YAML 1.1 would guess.
Keys are folded (`giltig_från` -> `giltig_fran`) so å/ä/ö and a/a/o spellings mean the same.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from array import array
from dataclasses import dataclass
from pathlib import Path
from sys import intern
from typing import Any

from ruamel.yaml.composer import ComposerError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

from styrcheck.catalogue.raised import Y001, Y002, Y003, Y004, Y005, Y006, Y007, Raised
from styrcheck.core.diagnostics import Finding, Severity, make_args
from styrcheck.core.parsers import LIBYAML, PURE_PYTHON, SAFE_DEPTH, Parser
from styrcheck.core.text import fold

PathKey = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column

_CORE = "tag:yaml.org,2002:"
# Explicit standard tags are read as text like any scalar; every other tag is refused.
_SCALAR_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "timestamp", "null")}
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass(frozen=True)
class Limits:
    """How much one file may ask of the machine (docs/security.md; `gränser:` in styrcheck.yaml)."""

    max_bytes: int = 1024 * 1024
    max_depth: int = 64  # never more than 500 (_BUILD_SAFE_DEPTH), whatever is asked
    # Values built, aliases counted each time they are used; and never more values than the
    # file has bytes (at least 10,000: _ALIAS_FLOOR), so that aliases cannot multiply a file.
    max_nodes: int = 200_000


class Source:
    """One file as read: its values (keys folded), positions and reading problems.

    The positions of a file read the common way are kept packed (line and column numbers in
    the order `paths_of` walks the values) and unpacked into a map only when a second place
    is asked for: most files of a run never need it, and the map is most of a file's memory
    and of what a worker process sends back."""

    __slots__ = ("path", "data", "_positions", "_packed", "_looked_up", "spellings", "findings")

    def __init__(
        self,
        path: str,
        data: Any = None,
        positions: dict[PathKey, Position] | None = None,
        spellings: dict[PathKey, str] | None = None,
        packed: array | None = None,
    ) -> None:
        self.path = path
        self.data = data
        self._positions = positions if positions is not None or packed is not None else {}
        self._packed = packed
        self._looked_up = False
        self.spellings: dict[PathKey, str] = spellings if spellings is not None else {}
        self.findings: list[Finding] = []

    def __getstate__(self) -> tuple[Any, ...]:  # for the worker processes (slots, no __dict__)
        return (self.path, self.data, self._positions, self._packed, self.spellings, self.findings)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.path, self.data, self._positions, self._packed, self.spellings, self.findings = state
        self._looked_up = False

    @property
    def positions(self) -> dict[PathKey, Position]:
        if self._positions is None:
            paths = paths_of(self.data) or [()]
            packed = self._packed if self._packed is not None else array("i")
            self._positions = dict(zip(paths, zip(packed[0::2], packed[1::2])))
            self._packed = None
        return self._positions

    @property
    def packed(self) -> array | None:
        """The positions as line/column pairs in the order of `paths_of(data)`, when they are
        still packed (None once unpacked, or when the file was read another way)."""
        return self._packed

    def position(self, path: PathKey) -> Position:
        """Where `path` stands, or the nearest enclosing thing that has a place."""
        if self._positions is None and not self._looked_up:
            # The first place is looked up in the packed pairs (a file with one finding never
            # needs a map); from the second on, the map, so that a large file with thousands
            # of findings is walked once, not once per finding.
            self._looked_up = True
            return _packed_position(self.data, self._packed, path)
        positions = self.positions
        while path:
            found = positions.get(path)
            if found is not None:
                return found
            path = path[:-1]
        return positions.get((), (1, 1))

    def spelling(self, path: PathKey) -> str:
        return self.spellings.get(path, str(path[-1]) if path else "")

    def problem(self, rule: Raised, key: str, position: Position, **args: object) -> None:
        self.findings.append(
            Finding(self.path, position[0], position[1], rule.code, Severity.ERROR, key, make_args(args))
        )


def paths_of(data: Any) -> list[PathKey] | None:
    """Every path in `data` in the loader's order (the root, then every key and list item,
    depth first), or None when `data` holds something the loader never makes (numbers)."""
    paths: list[PathKey] = [()]
    return paths if _walk(data, (), paths) else None


def _packed_position(data: Any, packed: array | None, path: PathKey) -> Position:
    """`Source.position` from packed positions: the place of the deepest part of `path` that
    is in `data`, found by counting the paths that come before it in `paths_of` order."""
    if not packed:
        return (1, 1)
    index, here = 0, data
    for part in path:
        if type(here) is dict and part in here:
            siblings = list(here.values())[: list(here).index(part)]
        elif type(here) is list and type(part) is int and 0 <= part < len(here):
            siblings = here[:part]
        else:
            break
        index += 1 + sum(count_paths(value) or 0 for value in siblings)
        here = here[part]
    return (packed[2 * index], packed[2 * index + 1])


def count_paths(data: Any) -> int | None:
    """`len(paths_of(data))` without building the paths (None likewise)."""
    kind = type(data)
    if kind is dict:
        values: Any = data.values()
    elif kind is list:
        values = data
    else:
        return 1 if data is None or kind is str else None
    count = 1
    for value in values:
        if value is None or type(value) is str:
            count += 1
        else:
            inner = count_paths(value)
            if inner is None:
                return None
            count += inner
    return count


def _walk(data: Any, path: PathKey, out: list[PathKey]) -> bool:
    kind = type(data)
    if kind is dict:
        items: Any = data.items()
    elif kind is list:
        items = enumerate(data)
    else:
        return data is None or kind is str
    for key, value in items:
        here = (*path, key)
        out.append(here)
        if value is not None and type(value) is not str and not _walk(value, here, out):
            return False
    return True


class _Refused(Exception):
    """The file asks too much (depth, size of alias expansion); reported, not built."""

    def __init__(self, key: str, position: Position, **args: object) -> None:
        super().__init__(key)
        self.key, self.position, self.details = key, position, args
        self.nodes: list[Any] = []  # the collections it was raised through, innermost first


class _NotAFile(Exception):
    """A device, pipe, socket or folder where a file was expected: never opened for reading."""


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read(path: str | Path, display: str, limits: Limits = Limits()) -> Source:
    """Read and compose one file. Never raises for anything the file contains."""
    source = Source(display)
    raw = read_raw(path, source, limits)
    if raw is not None:
        parse(raw, source, limits)
    return source


# The findings `read_raw` makes: why a file could not be read at all, or was too large to.
READING_PROBLEMS = ("Y005", "Y006")


def read_raw(path: str | Path, source: Source, limits: Limits = Limits()) -> bytes | None:
    """The bytes of the file (`read_bounded`), or None and why as a finding on `source` (Y005,
    Y006): what every file styrcheck opens is read with, documents or not."""
    try:
        return read_bounded(path, limits.max_bytes)
    except _TooLarge as large:
        source.problem(Y006, "size", (1, 1), size=large.size, limit=limits.max_bytes)
    except _NotAFile:
        source.problem(Y005, "not-a-file", (1, 1))
    except OSError as err:
        source.problem(Y005, "default", (1, 1), error=err.strerror or str(err))
    return None


def read_bounded(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file, never more than `limit` + 1 of them.

    A link to /dev/zero, a named pipe or a terminal would otherwise hang the run or fill the
    memory, so only regular files are opened, without blocking, and read to the limit."""
    info = os.stat(path)  # follows links; a loop raises OSError
    if stat.S_ISDIR(info.st_mode):  # a folder comes here only when it could not be listed
        os.listdir(path)  # raises the reason (permission denied)
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
    if not stat.S_ISREG(info.st_mode):
        raise _NotAFile
    if info.st_size > limit:
        raise _TooLarge(info.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with open(descriptor, "rb", closefd=True) as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # swapped since the check above
            raise _NotAFile
        raw = handle.read(limit + 1)
    if len(raw) > limit:  # grew since it was measured
        raise _TooLarge(len(raw))
    return raw


def parse(raw: bytes, source: Source, limits: Limits = Limits()) -> None:
    """Compose `raw` into `source`; problems become findings on it."""
    if len(raw) > limits.max_bytes:
        source.problem(Y006, "size", (1, 1), size=len(raw), limit=limits.max_bytes)
        return
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: same start
        source.problem(Y004, "utf32", (1, 1))
        return
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(raw):
        source.problem(Y004, "utf16", (1, 1))
        return
    if b"\x00" in raw:
        source.problem(Y004, "binary", (1, 1))
        return
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        source.problem(Y004, _legacy_encoding(raw), (line, 1))
        return
    error = _read(raw, source, limits, LIBYAML)
    # A complaint of libyaml's scanner, parser or composer (a ':' in { }, a repeated anchor),
    # not of its reader (a character no YAML may hold): ruamel.yaml's parser may read it.
    if isinstance(error, MarkedYAMLError):
        fallback = _read_fallback(raw, source, limits)
        if fallback is None:
            return
        error = _better(error, fallback, raw)
    if isinstance(error, MarkedYAMLError):
        _syntax_problem(source, error, raw)
    elif error is not None:  # reader errors (a control character) carry a byte offset, no mark
        source.problem(Y001, "default", _error_position(error, raw), problem=str(error).splitlines()[0])


def _read(raw: bytes, source: Source, limits: Limits, parser: Parser) -> YAMLError | None:
    """Read `raw` into `source` with one parser; the parser's complaint, if it refused the
    file (then `source` is untouched). Every other problem is a finding on `source`."""
    try:
        if _read_plain(raw, source, limits, parser):  # iterative: any depth is safe here
            return None
        too_deep = _too_deep(raw, parser)  # the composers recurse
        if too_deep is not None:
            source.problem(Y006, "depth", too_deep, limit=limits.max_depth)
            return None
        node = parser.compose(raw)
    except YAMLError as err:
        return err
    if node is None:
        source.data = None
        return None
    _build(node, source, limits, len(raw))
    return None


def _read_fallback(raw: bytes, source: Source, limits: Limits) -> YAMLError | None:
    """The file as ruamel.yaml's pure-Python parser reads it; its complaint if it refuses too.
    A parser in Python may fail in ways of its own on hostile text (an assertion on
    `%YAML 1.3`): that counts as a refusal with nothing better to say than libyaml's."""
    try:
        return _read(raw, source, limits, PURE_PYTHON)
    except Exception:  # noqa: BLE001 - any failure of the fallback leaves libyaml's complaint
        return YAMLError()


def _better(libyaml: YAMLError, python: YAMLError, raw: bytes) -> YAMLError:
    """Of the two parsers' complaints about one file, the one that read further into it.
    libyaml's about the document's structure stands (several documents, an undefined alias:
    the composer's, which every parser refuses). ruamel.yaml's replaces one about the text
    where it is about the structure (it read the text) or on a later line. On one line the
    two point at the same mistake, at most a column apart: libyaml's, whose messages are
    the ones translated (_KNOWN_PROBLEMS)."""
    if isinstance(libyaml, ComposerError) or not isinstance(python, MarkedYAMLError):
        return libyaml
    if isinstance(python, ComposerError):
        return python
    return python if _error_position(python, raw)[0] > _error_position(libyaml, raw)[0] else libyaml


def _build(node: Any, source: Source, limits: Limits, size: int) -> None:
    builder = _Builder(source, limits, size)
    source.positions[()] = _mark(node)
    try:
        source.data = builder.build(node, (), 0)
    except _Refused as refused:
        source.data = None
        looped = _first_repeated(refused.nodes) if refused.key == "depth" else None
        if looped is not None:  # `&a [*a]`: an alias inside the collection it names
            source.problem(Y006, "recursive", _mark(looped))
        elif refused.key == "nodes" and len(refused.nodes) >= 2:
            # The expansion's own place is the anchor's, far from the alias that triggered it:
            # name the top-level field whose value grew too large instead.
            source.problem(Y006, "nodes", _mark(refused.nodes[-2]), **refused.details)
        else:
            source.problem(Y006, refused.key, refused.position, **refused.details)
    except RecursionError:  # pragma: no cover - the builder's own depth limit comes first
        source.data = None
        source.problem(Y006, "depth", (1, 1), limit=builder.max_depth)


class _NotPlain(Exception):
    """The file needs the full reader: see `_read_plain`."""


_AWAIT_KEY = object()  # a mapping on the stack whose next event is a key


def _read_plain(raw: bytes, source: Source, limits: Limits, parser: Parser) -> bool:
    """Read a file of the common kind straight from the parser's events; False (and `source`
    untouched) for anything else, which the node-based reader below then reads and reports.
    A syntax error is raised (YAMLError), with `source` untouched.

    The common kind is what steering documents are: mappings, lists and untagged scalars, no
    anchors or aliases, no duplicate or complex keys, within the limits, and no syntax error.
    It is read without ruamel.yaml's node objects and its resolver (a Python call per node),
    and the positions are packed rather than mapped: together a third of reading."""
    events = parser.events(raw)
    try:
        data, flat = _events_to_values(events.get_event, source.spellings, limits, len(raw))
    except Exception as stopped:
        source.spellings.clear()  # untouched, whatever stopped the reading
        if isinstance(stopped, _NotPlain):
            return False
        raise
    finally:
        events.dispose()
    source.data = data
    source._positions, source._packed = None, array("i", flat)
    return True


def _events_to_values(get: Any, spellings: dict[PathKey, str], limits: Limits, size: int) -> tuple[Any, list[int]]:
    max_nodes = min(limits.max_nodes, max(_ALIAS_FLOOR, size))
    max_depth = min(limits.max_depth, _BUILD_SAFE_DEPTH)
    flat: list[int] = []  # line, column of every path in `paths_of` order
    get()  # the stream's start
    event = get()
    if type(event) is StreamEndEvent:
        return None, flat  # an empty file
    stack: list[list[Any]] = []  # [collection, its path, awaited key (or the marker, or None: a list)]
    count = 0
    root: Any = None
    while True:
        event = get()
        kind = type(event)
        if kind is MappingEndEvent or kind is SequenceEndEvent:
            stack.pop()
            if not stack:
                break
            continue
        # A tag is text from libyaml, a Tag from ruamel.yaml (which cannot be compared with None).
        if kind is AliasEvent or event.anchor is not None or (event.ctag is not None and event.ctag != "!"):
            raise _NotPlain
        top: Any = stack[-1] if stack else None
        awaited = top[2] if top is not None else None
        if awaited is None or awaited is _AWAIT_KEY:
            # The root, a list item and a key each have a place; a mapping's value has its key's.
            mark = event.start_mark
            flat += (mark.line + 1, mark.column + 1)
        if awaited is _AWAIT_KEY:
            if kind is not ScalarEvent:
                raise _NotPlain  # a complex key
            written = event.value
            key = fold(written)
            if key in top[0]:
                raise _NotPlain  # a duplicate key
            if written != key:
                spellings[(*top[1], key)] = intern(written)
            top[2] = key
            continue
        if top is None:
            path: PathKey = ()
        elif awaited is None:
            path = (*top[1], len(top[0]))
        else:
            path = (*top[1], awaited)
            top[2] = _AWAIT_KEY
        count += 1
        if count > max_nodes or len(stack) > max_depth:
            raise _NotPlain  # the node-based reader reports it
        if kind is ScalarEvent:
            value = event.value
            if len(value) <= 64:  # ids, dates, organs and units recur in every file: kept once
                value = intern(value)
            if not event.style and value in _NULLS:
                value = None
        elif kind is MappingStartEvent:
            value = {}
        else:
            value = []
        if top is None:
            root = value
        elif awaited is None:
            top[0].append(value)
        else:
            top[0][awaited] = value
        if kind is not ScalarEvent:
            stack.append([value, path, _AWAIT_KEY if kind is MappingStartEvent else None])
        elif not stack:
            break
    if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
        raise _NotPlain  # more than one document: the composer says so
    return root, flat


def _mark(node: Any) -> Position:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _first_repeated(nodes: list[Any]) -> Any:
    """The outermost collection that occurs twice on one path: it contains itself."""
    seen: set[int] = set()
    repeated = None
    for node in nodes:  # innermost first
        if id(node) in seen:
            repeated = node
        seen.add(id(node))
    return repeated


# The builder recurses once per level in Python: however high a configuration sets the depth
# limit, the builder stays well inside Python's own recursion limit (1000 frames).
_BUILD_SAFE_DEPTH = 500
# Without aliases a file holds at most one value per two bytes, so a file that grows to more
# values than it has bytes is multiplying itself through aliases: a 500-byte "billion laughs"
# stops after this many values, not after `max_nodes`, and costs no more than its size.
_ALIAS_FLOOR = 10_000


class _Builder:
    def __init__(self, source: Source, limits: Limits, size: int) -> None:
        self.source = source
        self.max_nodes = min(limits.max_nodes, max(_ALIAS_FLOOR, size))
        self.max_depth = min(limits.max_depth, _BUILD_SAFE_DEPTH)
        self.count = 0

    def build(self, node: Any, path: PathKey, depth: int) -> Any:
        self.count += 1
        if self.count > self.max_nodes:
            raise _Refused("nodes", _mark(node), limit=self.max_nodes)
        if depth > self.max_depth:
            raise _Refused("depth", _mark(node), limit=self.max_depth)
        kind = type(node)
        if kind is ScalarNode:
            if node.tag not in _SCALAR_TAGS:
                self.source.problem(Y007, "default", _mark(node), tag=_short_tag(node.tag))
                return None
            value = node.value
            return None if not node.style and value in _NULLS else value
        if node.tag not in (_CORE + "seq", _CORE + "map"):
            self.source.problem(Y007, "default", _mark(node), tag=_short_tag(node.tag))
            return None
        positions = self.source.positions
        try:
            if kind is SequenceNode:
                items = []
                for index, item in enumerate(node.value):
                    item_path = (*path, index)
                    positions[item_path] = _mark(item)
                    items.append(self.build(item, item_path, depth + 1))
                return items
            assert kind is MappingNode
            mapping: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not ScalarNode:
                    self.source.problem(Y003, "complex-key", _mark(key_node))
                    continue
                if key_node.tag not in _SCALAR_TAGS:  # `? !!python/name:os.system : x`
                    self.source.problem(Y007, "default", _mark(key_node), tag=_short_tag(key_node.tag or ""))
                    continue
                written = key_node.value
                key = fold(written)
                key_path = (*path, key)
                if key in mapping or key_path in positions:
                    first = positions[key_path]
                    self.source.problem(Y002, "default", _mark(key_node), name=written, first=first[0])
                    continue
                positions[key_path] = _mark(key_node)
                if written != key:
                    self.source.spellings[key_path] = written
                mapping[key] = self.build(value_node, key_path, depth + 1)
            return mapping
        except _Refused as refused:  # costs nothing unless raised
            refused.nodes.append(node)
            raise


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _syntax_problem(source: Source, err: MarkedYAMLError, raw: bytes) -> None:
    position = _error_position(err, raw)
    problem = err.problem or "?"
    if err.context == "while scanning a simple key" and err.context_mark:
        # The parser notices the missing ': ' on the line after; the key it was reading starts
        # on the line of the mistake.
        position = (err.context_mark.line + 1, err.context_mark.column + 1)
    lines = raw.splitlines()
    line = lines[position[0] - 1] if position[0] <= len(lines) else b""
    if "expected a single document" in str(err.context or "") + problem:
        source.problem(Y001, "multi", position)
    elif b"\t" in line[: position[1]]:
        source.problem(Y001, "tab", position)
    elif glued := _glued_colon(line.decode("utf-8", "replace")):
        source.problem(Y001, glued[0], position, **glued[1])
    else:
        known = next((key for text, key in _KNOWN_PROBLEMS if text in problem), "default")
        quoted = _quoted(line.decode("utf-8", "replace")) if known == "colon" else None
        if quoted is not None:
            source.problem(Y001, "colon-quote", position, suggestion=quoted)
        else:
            source.problem(Y001, known, position, problem=problem)


_GLUED = re.compile(r"\s*(-\s+)?([^\s:#][^:#]*):([\xa0\u2007\u202f]*)(\S.*)")


def _glued_colon(line: str) -> tuple[str, dict[str, str]] | None:
    """`titel:Riktlinje` or `titel:<non-breaking space>Riktlinje` (as Word pastes it): YAML
    reads no 'name: value' there, for only an ordinary space after the colon makes one. The
    message variant and the line as it should be written."""
    match = _GLUED.fullmatch(line.rstrip())
    if not match:
        return None
    key = "colon-nbsp" if match[3] else "colon-space"
    written = f"{match[1] or ''}{match[2]}: {match[4]}".strip()
    return key, {"suggestion": written if len(written) <= 60 else written[:57] + "…"}


_PLAIN = re.compile(r"\s*(-\s+)?([^\s:#\"'][^:#]*):[ \t]+([^\s\"'\[{&*!|>%@`#].*)")


def _quoted(line: str) -> str | None:
    """`beskrivning: Gäller: alla` written as it should be, `beskrivning: "Gäller: alla"`; None
    for a line that is not one plain `name: value` (a comment in it, or too long to show)."""
    match = _PLAIN.fullmatch(line.rstrip())
    if not match or " #" in match[3]:
        return None
    value = match[3].replace("\\", "\\\\").replace('"', '\\"')
    written = f'{match[1] or ""}{match[2]}: "{value}"'
    return written if len(written) <= 100 else None


def _error_position(err: YAMLError, raw: bytes) -> Position:
    """Where a parser's complaint points: its mark, or (libyaml's reader) a byte offset."""
    if isinstance(err, MarkedYAMLError):
        mark = err.problem_mark or err.context_mark
        return (mark.line + 1, mark.column + 1) if mark else (1, 1)
    offset = getattr(err, "position", None)
    if not isinstance(offset, int) or not 0 <= offset <= len(raw):
        return (1, 1)
    start = raw.rfind(b"\n", 0, offset) + 1
    return (raw.count(b"\n", 0, offset) + 1, len(raw[start:offset].decode("utf-8", "replace")) + 1)


# The parsers' commonest complaints, each with a message of its own in checks/files.py (Y001),
# so that the user reads what to do in their language rather than the parser's English. Each
# text is found in libyaml's words and in ruamel.yaml's ("expected ',' or ']', but got …").
_KNOWN_PROBLEMS = (
    ("mapping values are not allowed", "colon"),
    ("could not find expected ':'", "no-colon"),
    ("did not find expected key", "indent"),
    ("did not find expected '-' indicator", "indent"),
    ("expected <block end>", "indent"),
    ("sequence entries are not allowed", "dash"),
    ("expected ',' or ']'", "flow"),
    ("expected ',' or '}'", "flow"),
    ("found unexpected end of stream", "unclosed"),
    ("found unknown escape character", "escape"),
    ("that cannot start any token", "start"),
    ("found undefined alias", "alias"),
)


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of ASCII text is NUL."""
    head = raw[:200]
    return len(head) >= 4 and (head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3)


def _legacy_encoding(raw: bytes) -> str:
    """Not UTF-8: tell the user what it probably is, so they can convert it."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return "unknown"
    return "cp1252" if any(ch in text for ch in "åäöÅÄÖéü") else "unknown"


def _too_deep(raw: bytes, parser: Parser) -> Position | None:
    """Where nesting goes deeper than the composers can take (SAFE_DEPTH), or None.

    libyaml's composer recurses once per level in C, unbounded: far past that depth it
    overflows the C stack (seen at 100,000 levels); ruamel.yaml's recurses in Python. The
    builder enforces the real, much smaller, limit. Only a file with thousands of collection
    indicators can nest that deep, so only such a file pays for this pass over the parser's
    events (both parsers are iterative)."""
    indicators = sum(raw.count(t) for t in (b"[", b"{", b"- ", b"-\n", b"? "))
    if indicators <= SAFE_DEPTH:
        return None
    events = parser.events(raw)
    depth = 0
    try:
        while True:
            event = events.get_event()
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > SAFE_DEPTH:
                    return _mark(event)
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            elif isinstance(event, StreamEndEvent):
                return None
    except YAMLError:
        return None  # a syntax error: the compose that follows reports it with its place
    finally:
        events.dispose()
