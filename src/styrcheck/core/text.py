"""Small text helpers shared by the loader, the models and the rules."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import lru_cache

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o"})


@lru_cache(maxsize=1 << 16)  # the same few keys and values, folded hundreds of thousands of times a run
def fold(text: str) -> str:
    """Fold a key or enum value: `Måluppfyllelse` and `maluppfyllelse` mean the same."""
    if text.isascii():  # most ids and keys: str.translate is slow on anything but ASCII tables
        return text.strip().lower()
    return text.strip().translate(_FOLD).lower()


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a misspelt word, compared folded, or None."""
    match = close_matches(word, candidates, 1)
    return match[0] if match else None


def close_matches(word: str, candidates: Iterable[str], n: int) -> list[str]:
    """The `n` closest candidates to a misspelt word, closest first, compared folded."""
    by_folded = {fold(c): c for c in candidates}
    return [by_folded[m] for m in difflib.get_close_matches(fold(word), list(by_folded), n=n, cutoff=0.72)]


# Characters that move the cursor, recolour or clear a terminal, end a line, or turn the
# reading direction (C0, DEL, C1, line and paragraph separators, bidi controls); lone
# surrogates (a file name's bytes that are not UTF-8, as Python reads them), which no encoder
# writes; and the noncharacters, which XML and Graphviz refuse. Text read from files (and
# file names) reaches terminals, CI logs, JSON and XML: there they are shown as escapes.
# (Everything from U+1FFFE up is matched, and _escape gives back what is no noncharacter:
# one range keeps the search fast, where the 32 characters listed made it ten times slower.)
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U0001fffe-\U0010ffff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """`text` with every control character written as an escape (`\\x1b`, `\\n`, `\\u202e`), so
    that it shows what the file says and cannot act on the terminal or end a line. A byte of a
    file name that is not UTF-8 is shown as `\\xfe`, as Python shows bytes. The one escaper of
    text from outside: every format's own escaping (report modules, diagrams) comes on top."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape, text)


def line_start(text: str) -> str:
    """`text` (printable already) where it begins a line of a report: GitHub Actions reads a line
    that begins, after spaces, with `::` as a workflow command, so a leading colon is written
    `\\x3a`. Only styrcheck's own annotations (`--format github`) begin with a colon."""
    if text.lstrip().startswith(":"):
        return text.replace(":", "\\x3a", 1)
    return text


def has_unsafe(text: str) -> bool:
    """Whether `text` holds a character `printable` would escape."""
    return printable(text) != text  # (a character past U+1FFFE may be matched, and kept)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte that was not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFFFF:  # beyond the first plane: only the noncharacters (U+1FFFE, U+1FFFF, …)
        return f"\\U{code:08x}" if code & 0xFFFE == 0xFFFE else char
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
