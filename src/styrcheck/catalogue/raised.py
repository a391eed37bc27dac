"""Handles of the rules reported while reading and modelling files: the loader and the
repository raise `Y005` or `M003`, not the strings, and the registry checks when it is built
that each handle is a declared rule with texts (checks.registry.check_catalogue)."""

from __future__ import annotations

from dataclasses import dataclass

from styrcheck.catalogue import texts
from styrcheck.core.diagnostics import Text


@dataclass(frozen=True)
class Raised:
    code: str

    @property
    def messages(self) -> dict[str, Text]:
        return texts(self.code).messages


Y001, Y002, Y003, Y004, Y005, Y006, Y007 = (Raised(f"Y00{n}") for n in range(1, 8))
M001, M002, M003, M004, M005 = (Raised(f"M00{n}") for n in range(1, 6))
HANDLES = (Y001, Y002, Y003, Y004, Y005, Y006, Y007, M001, M002, M003, M004, M005)
