"""`styrcheck explain CODE`: what a rule checks, why, and a failing and a passing example.

The examples are the rule's own test cases (styrcheck/cases/<CODE>.yaml), so they cannot
drift from what the rule really does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from styrcheck.checks.registry import Rule
from styrcheck.core.loader import read
from styrcheck.core.profile import Profile

CASES = Path(__file__).parent / "cases"

_HEAD = {
    "sv": (
        "Vad",
        "Varför",
        "Styrmodellen säger",
        "Exempel som bryter mot regeln",
        "Exempel som följer regeln",
        "Allvarlighet: {severity} i profilen {profile}. Ändra den under 'allvarlighet' i styrcheck.yaml.",
        "Regelns namn ({name}) kan skrivas i stället för koden: i 'välj' och 'ignorera' i styrcheck.yaml, i "
        "--select och --ignore och i 'regel' under 'avsteg'.",
    ),
    "en": (
        "What",
        "Why",
        "The styrmodell says",
        "Example that breaks the rule",
        "Example that follows the rule",
        "Severity: {severity} in the profile {profile}. Change it under 'allvarlighet' in styrcheck.yaml.",
        "The rule's name ({name}) can be written instead of its code: in 'välj' and 'ignorera' in "
        "styrcheck.yaml, in --select and --ignore, and in 'regel' under 'avsteg'.",
    ),
}


def load_case(code: str) -> dict[str, Any] | None:
    path = CASES / f"{code}.yaml"
    if not path.is_file():
        return None
    source = read(path, str(path))
    return source.data if isinstance(source.data, dict) else None


def _shown(content: Any, lang: str) -> list[str]:
    """A case file as text; raw bytes and links (see tests/checks/test_rule_cases.py) as one line."""
    if not isinstance(content, dict):
        return str(content).rstrip().splitlines()
    description = content.get("description")
    if isinstance(description, dict):  # {sv: ..., en: ...}
        description = description.get(lang) or description.get("sv")
    if description:
        return [f"({description})"]
    if "symlink" in content:
        return [f"({_LINK[lang]} {content['symlink']})"]
    return [f"({_RAW[lang]})"]


_LINK = {"sv": "symbolisk länk till", "en": "symbolic link to"}
_RAW = {"sv": "fil som inte är UTF-8-text", "en": "a file that is not UTF-8 text"}


SEVERITY_WORDS = {
    "sv": {"error": "fel", "warning": "varning", "info": "info", "off": "avstängd"},
    "en": {"error": "error", "warning": "warning", "info": "info", "off": "off"},
}
_REPORTS = {"sv": "styrcheck rapporterar", "en": "styrcheck reports"}
_SUPPORT = {"sv": "och dokument som exemplet bygger på", "en": "and documents the example builds on"}


def explain_text(rule: Rule, lang: str, profile: Profile) -> str:
    """The rule in the words of `profile`, the profile in use: its quote (`citat`) and source
    (`källa`), and the rule's severity there."""
    what, why, says, failing, passing, level, names = _HEAD[lang]
    lines = [
        f"{rule.code} {rule.name}  [{', '.join(rule.tags)}]",
        "",
        f"{what}: {rule.summary_in(profile).get(lang)}",
        "",
        f"{why}: {rule.why_in(profile).get(lang)}",
        "",
    ]
    quote = profile.quote(rule.code)
    if quote:
        lines += [f"{says}:", f"  ”{quote}”", *([f"  ({profile.source_text})"] if profile.source_text else []), ""]
    case = load_case(rule.code) or {}
    # The files the failing example is reported on are the example; the rest only support it.
    reported = {
        entry.split()[1].split(":")[0]
        for entry in (case.get("fail") or {}).get("expect") or []
        if entry.startswith(rule.code)
    }
    for title, part in ((failing, "fail"), (passing, "pass")):
        example = (case.get(part) or {}).get("files") or {}
        if not example:
            continue
        lines.append(f"{title}:")
        shown = sorted(n for n in example if n in reported) or sorted(example)
        for name in shown:
            lines.append(f"  # {name}")
            lines += [f"  {row}" for row in _shown(example[name], lang)]
        others = sorted(set(example) - set(shown))
        if others:
            lines.append(f"  # {_SUPPORT[lang]}: {', '.join(others)}")
        expected = (case.get(part) or {}).get("expect") or []
        if part == "fail" and expected:
            lines.append(f"  → {_REPORTS[lang]}: {', '.join(expected)}")
        lines.append("")
    severity = profile.severity(rule.code)
    lines.append(
        level.format(severity=SEVERITY_WORDS[lang][str(severity) if severity else "off"], profile=profile.name)
    )
    lines.append(names.format(name=rule.name))
    return "\n".join(lines) + "\n"
