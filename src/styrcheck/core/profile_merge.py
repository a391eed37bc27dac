"""`utökar`: a profile laid over the one it extends.

Mappings merge key by key; a key set to null (`~`, or nothing) removes the inherited one; a
list is replaced, or edited with `{lägg_till: […], ta_bort: […]}`. A `ta_bort` entry that was
not inherited is noted in `edits` (its path and what to say), for profile validation to report
at its place in the file.
"""

from __future__ import annotations

from typing import Any

from styrcheck.core.diagnostics import Text
from styrcheck.core.loader import PathKey
from styrcheck.core.text import fold

EXTENDS = "utokar"


def merge(base: Any, override: Any, path: PathKey, edits: list[tuple[PathKey, Text]]) -> Any:
    """`utökar`: mappings merge key by key; a key set to null removes the inherited one; a list
    is replaced, or edited with `{lägg_till: […], ta_bort: […]}`; anything else replaces."""
    if _is_list_edit(override) and (base is None or isinstance(base, list)):
        return _edit_list(base or [], override, path, edits)
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = merge(base[key], value, (*path, key), edits) if key in base else value
        merged.pop(EXTENDS, None)
        return merged
    return override


_ADD, _REMOVE = "lagg_till", "ta_bort"


def _is_list_edit(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= {_ADD, _REMOVE}


def _edit_list(inherited: list[Any], edit: dict[str, Any], path: PathKey, edits: list[tuple[PathKey, Text]]) -> Any:
    from styrcheck.core.profile_check import not_inherited

    added, removed = edit.get(_ADD) or [], edit.get(_REMOVE) or []
    if not isinstance(added, list) or not isinstance(removed, list):
        return edit  # not lists: validation says what the key holds
    have = {fold(item) for item in inherited if isinstance(item, str)}
    for index, item in enumerate(removed):
        if isinstance(item, str) and fold(item) not in have:
            edits.append(((*path, _REMOVE, index), not_inherited(item, inherited)))
    gone = {fold(item) for item in removed if isinstance(item, str)}
    kept = [item for item in inherited if not (isinstance(item, str) and fold(item) in gone)]
    return kept + [item for item in added if item not in kept]
