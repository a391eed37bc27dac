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
# reading direction (C0, DEL, C1, line and paragraph separators, bidi controls). Text read
# from files reaches terminals, CI logs and XML; there they are shown as escapes.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """`text` with every control character written as an escape (`\\x1b`, `\\n`, `\\u202e`), so
    that it shows what the file says and cannot act on the terminal or end a line."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape, text)


def has_unsafe(text: str) -> bool:
    """Whether `text` holds a character `printable` would escape."""
    return _UNSAFE.search(text) is not None


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
