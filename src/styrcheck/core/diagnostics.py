"""What a check reports: severities, findings and the exit codes CI relies on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import NamedTuple

from styrcheck.core.text import printable


class ExitCode(IntEnum):
    CLEAN = 0
    FINDINGS = 1  # findings at or above the failing severity
    ERROR = 2  # usage or tool error


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()

    def word(self, lang: str) -> str:
        """The severity as a report says it: `fel`, `varning`, `info` in Swedish."""
        return ("info", "varning", "fel")[self - 1] if lang == "sv" else str(self)


class Text(NamedTuple):
    """One text in both languages of the tool."""

    sv: str
    en: str

    def get(self, lang: str) -> str:
        return self.sv if lang == "sv" else self.en


@dataclass(frozen=True)
class Acceptance:
    """A finding that a document's `avsteg` accepts, with what the deviation says."""

    reason: str
    decision: str | None = None
    decided_by: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        make_printable(self, ("reason", "decision", "decided_by", "until"))


@dataclass(frozen=True, order=True, slots=True)  # slots: a large run holds 100,000 of them
class Finding:
    """One breach of one rule at one place. Messages are rendered late, in the user's language."""

    path: str
    line: int
    column: int
    code: str
    severity: Severity = field(compare=False)
    key: str = "default"  # which message variant of the rule
    args: tuple[tuple[str, str], ...] = ()
    document: str | None = field(default=None, compare=False)  # document id
    subject: str = ""  # what inside the document: stable across edits
    accepted: Acceptance | None = field(default=None, compare=False)
    # The path of the value it is about (folded keys, list indexes), from which line and column
    # were looked up: an incremental run looks them up again in an edited file.
    place: tuple[str | int, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        make_printable(self, ("path", "document", "subject"))

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def accept(self, acceptance: Acceptance) -> Finding:
        return replace(self, accepted=acceptance)

    @property
    def arguments(self) -> dict[str, str]:
        return dict(self.args)

    def arguments_in(self, lang: str) -> dict[str, str]:
        """The arguments for a message in `lang`: a word of the profile given as Text (make_args)
        is `name` in Swedish and `name@en` in English."""
        found = dict(self.args)
        if lang != "sv":
            found.update({name[: -len(_EN)]: value for name, value in self.args if name.endswith(_EN)})
        return found


def make_printable(record: object, names: tuple[str, ...]) -> None:
    """Text from files reaches terminals, CI annotations and XML: no control characters."""
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str):
            object.__setattr__(record, name, printable(value))


_EN = "@en"


def make_args(values: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Freeze message arguments as sorted text pairs, so findings stay hashable and cacheable.
    A Text (a word of the profile, such as its name for goals) keeps both languages."""
    pairs: list[tuple[str, str]] = []
    for name, value in values.items():
        if isinstance(value, Text):
            pairs += [(name, printable(value.sv)), (name + _EN, printable(value.en))]
        else:
            pairs.append((name, format_value(value)))
    return tuple(sorted(pairs))


def format_value(value: object) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return ", ".join(format_value(v) for v in items)
    return printable(str(value))
