"""Small text helpers shared by the loader, the models and the rules."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o"})


def fold(text: str) -> str:
    """Fold a key or enum value: `Måluppfyllelse` and `maluppfyllelse` mean the same."""
    return text.strip().translate(_FOLD).lower()


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a misspelt word, compared folded, or None."""
    by_folded = {fold(c): c for c in candidates}
    match = difflib.get_close_matches(fold(word), list(by_folded), n=1, cutoff=0.72)
    return by_folded[match[0]] if match else None
