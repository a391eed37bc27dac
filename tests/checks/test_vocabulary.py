"""No message names a Norrköping type the profile in use does not have (issue 16, item 7).

Every rule's case (src/styrcheck/cases/CODE.yaml) is run under a profile that is Norrköping's
model with every document type and the goal word renamed, on the case's files with the same
words renamed: the findings must be the case's own (code, file, line), and no message, in
Swedish or English, may name one of Norrköping's types or its goal word."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from test_rule_cases import write_case_files

from styrcheck.checks.registry import all_rules
from styrcheck.core.profile import load
from styrcheck.explain import CASES, load_case

# Norrköping's type -> another municipality's word for the same place in the model.
RENAMED = {
    "vision": "framtidsbild",
    "värdegrund": "grundvärden",
    "politiskt_program": "majoritetsprogram",
    "övergripande_mål": "fokusområden",
    "lagstadgad_plan": "lagplan",
    "uppdragsplan": "nämndplan",
    "verksamhetsplan": "förvaltningsplan",
    "inriktningsdokument": "policy",
    "riktlinje": "handlingsplan",
    "kvalitetsredovisning": "nämndberättelse",
    "budget": "ekonomiplan",
    "årsredovisning": "bokslut",
    "planeringsförutsättningar": "planeringsunderlag",
}
_WORD = r"(?<![\wåäö]){}"
# Norrköping's words for its types and goals as a message could write them, in either language.
NORRKOPING_WORDS = re.compile(
    r"(?i)(?<![\wåäö])(riktlinje|uppdragsplan|verksamhetsplan|kvalitetsredovisning|årsredovisning|"
    r"inriktningsdokument|politisk\w* program|värdegrund|vision|budget(?!år| year)|lagstadgad\w* plan|"
    r"planeringsförutsättning|övergripande mål|annual report(?!s)|quality report)"
)
# Y001 is found while a file is read as YAML, before any profile is known: its example title
# ('titel: "Riktlinje: resor i tjänsten"') is a title, not a claim about the model's types.
BEFORE_THE_PROFILE = {"Y001"}


def renamed(text: str, *, profile: bool) -> str:
    """`text` with Norrköping's type words renamed: in a profile the type keys and names (not
    the model names, `modell: riktlinje`, which are Python's); in documents every word that
    starts with one (`typ:`, but titles and ids too, which messages quote)."""
    for old, new in RENAMED.items():
        if profile:
            text = re.sub(_WORD.format(f"(?<!modell: ){old}(?![\\wåäö])"), new, text)
        else:  # `politiskt_program`, and its name `Politiskt program`
            text = re.sub(_WORD.format(old.replace("_", "[_ ]")), new, text, flags=re.IGNORECASE)
    return re.sub(r"(?i)övergripande mål", "fokusmål", text)


def other_profile() -> str:
    text, _, _ = (ROOT / "rules" / "norrkoping.yaml").read_text(encoding="utf-8").partition("\ncitat:")
    text = re.sub(r"(?m)^(\s+namn: )(.+)$", lambda m: m.group(1) + renamed(m.group(2).lower(), profile=False), text)
    text = re.sub(r"(?m)^\s+bestämd_form_en: .*\n", "", text)  # Norrköping's own English word
    text = text.replace("benämning: övergripande mål", "benämning: fokusmål")
    return renamed(text, profile=True)


@pytest.mark.parametrize("code", [rule.code for rule in all_rules()])
def test_no_message_names_a_norrkoping_type_under_another_profile(code, tmp_path, monkeypatch, cli):
    case = load_case(code)
    profile = tmp_path / "kommun.yaml"
    profile.write_text(other_profile(), encoding="utf-8")
    for part in ("fail", "pass"):
        folder = tmp_path / part
        files = {"organisation.yaml": (CASES / "_organisation.yaml").read_text(encoding="utf-8")}
        files |= {
            name: renamed(c, profile=False) if isinstance(c, str) else c for name, c in case[part]["files"].items()
        }
        write_case_files(folder, files)
        monkeypatch.chdir(folder)
        for lang in ("sv", "en") if part == "fail" else ("sv",):  # passing cases have few messages
            today = str(case.get("today", "2024-06-01"))
            run = cli("validate", ".", "--profile", profile, "--format", "json", "--lang", lang, "--today", today)
            assert run.findings() == sorted(case[part].get("expect") or []), run.out + run.err
            named = [
                (f["code"], word)
                for f in run.json["findings"]
                if f["code"] not in BEFORE_THE_PROFILE
                for word in NORRKOPING_WORDS.findall(f["message"])
            ]
            assert named == [], run.out


def test_the_renamed_profile_has_none_of_norrkopings_types(tmp_path):
    """The test above is only as strong as its profile: it defines the new types only."""
    profile = tmp_path / "kommun.yaml"
    profile.write_text(other_profile(), encoding="utf-8")
    loaded = load(str(profile))
    assert sorted(loaded.type_names()) == sorted(RENAMED.values())
    assert not [t.name for _, t in loaded.types() if NORRKOPING_WORDS.search(t.name)]
    assert loaded.goal_model.name == "fokusmål"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_rules_and_explain_say_the_profiles_words(lang, tmp_path, cli):
    """What each rule checks and why, as `rules` and `explain` show them under the renamed
    profile: none of Norrköping's type words (the quotes are the profile's own: it has none)."""
    profile = tmp_path / "kommun.yaml"
    profile.write_text(other_profile(), encoding="utf-8")
    listed = cli("rules", "--profile", profile, "--format", "json", "--lang", lang).json
    named = [(row["code"], NORRKOPING_WORDS.findall(row["summary"])) for row in listed]
    assert [(code, words) for code, words in named if words] == []
    for rule in all_rules():
        shown = cli("explain", rule.code, "--profile", profile, "--lang", lang).out
        said = "\n".join(line for line in shown.split("\n\n")[1:3])  # What, Why
        assert NORRKOPING_WORDS.findall(said) == [], (rule.code, said)
        assert "”" not in shown.split("\n\n")[3], rule.code  # no quote: the profile has no citat
