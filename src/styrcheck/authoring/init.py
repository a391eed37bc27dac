"""`styrcheck init`: the files a new document repository starts with.

styrcheck.yaml, an organisation.yaml skeleton that explains the profile's kinds of body, a
pre-commit configuration, a CI job, a README and a .gitignore for styrcheck's cache and
reports. The CI and pre-commit files are the recipes of docs/ci.md, word for word
(tests/authoring/test_ci_recipes.py compares them).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from styrcheck import __version__
from styrcheck.authoring.fields import fields_of, hint
from styrcheck.authoring.new import scalar, slug
from styrcheck.core.models import Organ
from styrcheck.core.profile import Profile

TEMPLATES = Path(__file__).parent / "templates"
CI_FILES = {"github": ".github/workflows/styrcheck.yml", "gitlab": ".gitlab-ci.yml"}
CI_TEMPLATES = {"github": "github-workflow.yml", "gitlab": "gitlab-ci.yml"}
PRE_COMMIT = ".pre-commit-config.yaml"

_REMIT = {
    "sv": {
        "eget_område": "sitt eget område",
        "kommunala_organisationen": "hela den kommunala organisationen",
        "hela_kommunkoncernen": "hela kommunkoncernen, bolag och förbund",
    },
    "en": {
        "eget_område": "its own area",
        "kommunala_organisationen": "the whole municipal organisation",
        "hela_kommunkoncernen": "the whole group, companies and federations included",
    },
}
_LADDER = {
    "sv": {"politisk": "politisk", "tjänstemän": "tjänstemän"},
    "en": {"politisk": "political", "tjänstemän": "officials"},
}
_WORDS = {
    "sv": {"level": "nivå", "decides": "beslutar för"},
    "en": {"level": "level", "decides": "decides for"},
}
_TEXT = {
    "sv": {
        "config": "# Inställningar för styrcheck (docs/ci.md beskriver varje nyckel).\n",
        "organisation": (
            "# Organisationen: de organ som beslutar styrande dokument och de delar av organisationen\n"
            "# som dokumenten gäller för. Dokumenten nämner organen med deras id (beslutad_av, ägare,\n"
            "# gäller_för).\n#\n# Slagen av organ i styrmodellen ({profile}):\n"
        ),
        "more": "  # Lägg till kommunens övriga organ, till exempel:\n",
        "name": "Kommunen",
        "ci": "\nÄndringar kontrolleras också i CI ({file}) och före varje commit (pre-commit).\n",
        "no-ci": "\nÄndringar kontrolleras före varje commit (pre-commit).\n",
    },
    "en": {
        "config": "# Settings for styrcheck (docs/ci.md describes every key).\n",
        "organisation": (
            "# The organisation: the bodies that decide steering documents and the parts of the\n"
            "# organisation the documents apply to. Documents name the bodies by their id\n"
            "# (beslutad_av, ägare, gäller_för).\n#\n# The kinds of body in the styrmodell ({profile}):\n"
        ),
        "more": "  # Add the municipality's other bodies, for example:\n",
        "name": "The municipality",
        "ci": "\nChanges are also checked in CI ({file}) and before every commit (pre-commit).\n",
        "no-ci": "\nChanges are checked before every commit (pre-commit).\n",
    },
}


@dataclass(frozen=True)
class Answers:
    profile: str  # as given: a bundled name or a path
    language: str
    ci: str  # github, gitlab or none
    organisation: str | None


def files(folder: Path, answers: Answers, profile: Profile) -> dict[str, str]:
    """Relative path -> content of every file init writes."""
    text = _TEXT[answers.language]
    written = {
        "styrcheck.yaml": _config(folder, answers),
        "organisation.yaml": organisation(profile, answers.organisation, answers.language),
        PRE_COMMIT: pre_commit(),
        ".gitignore": ".styrcheck_cache/\nstyrcheck.sarif\nstyrcheck-junit.xml\ngl-code-quality-report.json\n",
    }
    if answers.ci in CI_FILES:
        written[CI_FILES[answers.ci]] = template(CI_TEMPLATES[answers.ci])
    ci = text["ci"].format(file=CI_FILES[answers.ci]) if answers.ci in CI_FILES else text["no-ci"]
    written["README.md"] = template(f"README.{answers.language}.md").format(
        organisation=answers.organisation or text["name"], profile=profile.name, ci=ci
    )
    return written


def template(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def pre_commit() -> str:
    """The pre-commit configuration, pinned to this version of styrcheck."""
    return template("pre-commit-config.yaml").replace("rev: v0.1.0", f"rev: v{__version__}")


def _config(folder: Path, answers: Answers) -> str:
    text = _TEXT[answers.language]
    profile = answers.profile
    if Path(profile).suffix in (".yaml", ".yml") or Path(profile).is_file():  # a path: relative to the file
        profile = os.path.relpath(Path(profile).resolve(), folder.resolve())
    return f"{text['config']}typ: styrcheck\nprofil: {scalar(profile)}\nspråk: {answers.language}\n"


def organisation(profile: Profile, name: str | None, lang: str) -> str:
    """organisation.yaml: the profile's kinds of body explained; one body of each kind that
    exists once in any municipality (its remit is more than its own area), and examples of
    the others."""
    text, words = _TEXT[lang], _WORDS[lang]
    lines = [text["organisation"].format(profile=profile.name)]
    width = max(len(profile.spell(k)) for k in profile.organ_kinds)
    for key, kind in profile.organ_kinds.items():
        facts = [_LADDER[lang][kind.ladder]] if kind.ladder else []
        if kind.rank is not None:
            facts.append(f"{words['level']} {kind.rank}")
        if kind.ladder:
            facts.append(f"{words['decides']} {_REMIT[lang][kind.remit]}")
        about = f"{kind.name or profile.spell(key)}" + (f": {', '.join(facts)}" if facts else "")
        lines.append(f"#   {profile.spell(key):<{width}}  {about}\n")
    specs = {spec.key: spec for spec in fields_of(Organ)}
    lines.append(f"# tillhör: {hint(specs['tillhör'], lang, profile)}\n")
    lines.append(f"typ: organisation\nnamn: {scalar(name or text['name'])}\norgan:\n")
    once = [(k, kind) for k, kind in profile.organ_kinds.items() if kind.ladder and kind.remit != "eget_område"]
    others = [(k, kind) for k, kind in profile.organ_kinds.items() if kind.ladder and kind.remit == "eget_område"]
    for key, kind in once:
        title = kind.name or profile.spell(key)
        lines.append(f"  - {{id: {slug(title)}, namn: {scalar(title)}, slag: {profile.spell(key)}}}\n")
    if others:
        lines.append(text["more"])
    for key, _ in others:
        lines.append(f"  # - {{id: …, namn: …, slag: {profile.spell(key)}}}\n")
    return "".join(lines)
