"""Goals and reviews as the profile's model says, in the profile's words (issue 16, items 2, 3
and 7). Each test writes a profile and documents in a temporary folder, runs the CLI and
compares exact findings (code, file, line) and messages."""

from __future__ import annotations

import pytest
from conftest import write_files

from styrcheck.explain import CASES

ORGANISATION = (CASES / "_organisation.yaml").read_text(encoding="utf-8")

# A profile beside the documents, not among them (dokument/ is what is checked).
CONFIG = "profil: profiler/kommun.yaml\n"

FLAT_GOALS = """\
utökar: norrkoping
namn: Fokuskommunen
målmodell:
  benämning: fokusmål
  benämning_en: focus goals
  målområden: ~
  mål_per_målområde: ~
  antal_mål: {min: 3, max: 5}
"""

CHAIN = {
    "dokument/vision.yaml": """\
id: vision-2035
typ: vision
titel: Vision 2035
beslutad_av: kf
beslutsdatum: 2016-04-25
giltig_från: 2016-05-01
horisont: 2035
gäller_för: hela_kommunkoncernen
""",
    "dokument/program.yaml": """\
id: program-2023-2026
typ: politiskt_program
titel: Politiskt program 2023–2026
beslutad_av: kf
beslutsdatum: 2022-11-28
giltig_från: 2023-01-01
giltig_till: 2026-12-31
gäller_för: hela_kommunkoncernen
utgår_från: [vision-2035]
""",
}

GOALS_HEAD = """\
id: mal-2023-2026
typ: övergripande_mål
titel: Fokusmål 2023–2026
beslutad_av: kf
beslutsdatum: 2022-12-19
giltig_från: 2023-01-01
giltig_till: 2026-12-31
gäller_för: kommunala_organisationen
utgår_från: [program-2023-2026]
"""


def goals(count: int, without_fulfilment: int | None = None) -> str:
    rows = [
        f"  - {{id: F{n}, text: Mål {n}.}}"
        if n == without_fulfilment
        else f"  - {{id: F{n}, text: Mål {n}., måluppfyllelse: Minst {n}0 procent.}}"
        for n in range(1, count + 1)
    ]
    return GOALS_HEAD + "mål:\n" + "\n".join(rows) + "\n"


@pytest.fixture
def repo(tmp_path, monkeypatch, cli):
    """Write `profile` and `files` (with the rule cases' organisation), validate dokument/ on
    `today`; the findings of `codes` as (code, file:line, message) in `lang`."""

    def run(profile: str, files: dict[str, str], codes: set[str], lang: str = "sv", today: str = "2024-06-01"):
        write_files(
            tmp_path,
            {
                "styrcheck.yaml": CONFIG,
                "profiler/kommun.yaml": profile,
                "dokument/organisation.yaml": ORGANISATION,
                **files,
            },
        )
        monkeypatch.chdir(tmp_path)
        result = cli("validate", "dokument", "--format", "json", "--lang", lang, "--today", today)
        assert result.code in (0, 1), result.out + result.err
        return sorted(
            (f["code"], f"{f['path']}:{f['line']}", f["message"]) for f in result.json["findings"] if f["code"] in codes
        )

    return run


# --- item 2: goals --------------------------------------------------------------------------


def test_a_flat_list_of_goals_is_counted_in_the_profiles_words(repo):
    files = {**CHAIN, "dokument/mal.yaml": goals(6)}
    assert repo(FLAT_GOALS, files, {"G001", "G002"}) == [
        (
            "G002",
            "dokument/mal.yaml:10",
            "Dokumentet har 6 fokusmål, men styrmodellen anger 3–5. Lägg till, slå ihop eller stryk mål så att "
            "antalet hamnar inom gränserna, eller ange ett avsteg om det medvetet har beslutats något annat.",
        )
    ]
    assert repo(FLAT_GOALS, files, {"G002"}, lang="en")[0][2].startswith(
        "The document has 6 focus goals, but the styrmodell calls for 3–5."
    )
    assert repo(FLAT_GOALS, {**CHAIN, "dokument/mal.yaml": goals(5)}, {"G001", "G002"}) == []


def test_one_goal_is_named_with_the_profiles_word(repo):
    files = {**CHAIN, "dokument/mal.yaml": goals(4, without_fulfilment=2)}
    [(code, where, message)] = repo(FLAT_GOALS, files, {"G003"})
    assert (code, where) == ("G003", "dokument/mal.yaml:12")
    assert message.startswith("Fokusmålet F2 saknar en definition av måluppfyllelse.")
    [(_, _, english)] = repo(FLAT_GOALS, files, {"G003"}, lang="en")
    assert english.startswith("The focus goal F2 has no definition of fulfilment.")


def test_goal_areas_in_a_model_without_them_are_named(repo):
    # Three goals, within 3-5 however they are written: only the areas are wrong.
    listed = "".join(f"      - {{id: F{n}, text: Mål {n}., måluppfyllelse: Ja.}}\n" for n in (1, 2, 3))
    areas = GOALS_HEAD + "målområden:\n  - id: MO1\n    namn: Barn\n    mål:\n" + listed
    [(code, where, message)] = repo(FLAT_GOALS, {**CHAIN, "dokument/mal.yaml": areas}, {"G001", "G002"})
    assert (code, where) == ("G001", "dokument/mal.yaml:10")
    assert message == (
        "Dokumentet har 1 målområden, men styrmodellen samlar inte sina fokusmål i målområden. Skriv målen som en "
        "lista under 'mål', utan 'målområden'."
    )


def test_areas_and_a_flat_count_together_are_refused_where_written(tmp_path, monkeypatch, cli):
    # norrkoping has goal areas; adding antal_mål without removing them (~) gives both.
    write_files(
        tmp_path,
        {
            "styrcheck.yaml": CONFIG,
            "profiler/kommun.yaml": "utökar: norrkoping\nnamn: X\nmålmodell:\n  antal_mål: {min: 3, max: 5}\n",
            "dokument/organisation.yaml": ORGANISATION,
        },
    )
    monkeypatch.chdir(tmp_path)
    run = cli("validate", "dokument", "--lang", "en")
    assert run.code == 2
    assert "profiler/kommun.yaml:3:1:" in run.err
    assert "gives both goal areas ('målområden', 'mål_per_målområde') and a flat list of goals" in run.err


# --- item 3: reviews (aktualitetsprövning) ------------------------------------------------

REVIEWS = """\
utökar: norrkoping
namn: Prövningskommunen
dokumenttyper:
  rutin:
    namn: Rutin
    modell: riktlinje
    beslutas_av: [kontor, kommundirektör]
    får_vara_intern: true
aktualitetsprövning:
  typer: [rutin]
  minst: mandatperiod
  längsta_intervall: 4 år
"""


def routine(name: str, follow_up: str | None = None, decided: str = "2023-03-01") -> str:
    text = (
        f"id: {name}\ntyp: rutin\ntitel: Rutin {name}\nbeslutad_av: kommunstyrelsens-kontor\nbeslutsdatum: {decided}\n"
        f"giltig_från: {decided}\ngäller_för: [kommunstyrelsens-kontor]\nslag: tjänstemannariktlinje\n"
    )
    return text + (f"uppföljning: {follow_up}\n" if follow_up else "")


def test_a_review_requires_a_follow_up_caps_its_interval_and_its_date(repo):
    files = {
        "dokument/saknas.yaml": routine("saknas"),
        "dokument/sexar.yaml": routine("sexar", "{intervall: 6 år}"),
        "dokument/sent.yaml": routine("sent", "{nästa: 2031-06-30}"),
        "dokument/bra.yaml": routine("bra", "{intervall: 4 år}"),
    }
    found = repo(REVIEWS, files, {"F002"})
    assert found == [
        (
            "F002",
            "dokument/saknas.yaml:1",
            "Det framgår inte när rutinen ska aktualitetsprövas. Dokument av typen rutin ska enligt styrmodellen "
            "prövas minst en gång per mandatperiod. Lägg till 'uppföljning', till exempel 'uppföljning: "
            "{intervall: mandatperiod, senast_uppföljd: 2024-05-10}'.",
        ),
        (
            "F002",
            "dokument/sent.yaml:9",
            "Nästa uppföljning är satt till 2031-06-30, efter aktualitetsprövningens sista dag 2030-12-31 (minst en "
            "gång per mandatperiod, räknat från beslutet eller den senaste uppföljningen). Flytta uppföljningen till "
            "senast 2030-12-31.",
        ),
        (
            "F002",
            "dokument/sexar.yaml:9",
            "Uppföljningsintervallet '6 år' är längre än styrmodellen medger för dokument av typen rutin, där "
            "intervallet vid aktualitetsprövning får vara högst '4 år'. Skriv ett kortare intervall, till exempel "
            "'intervall: 4 år'.",
        ),
    ]


def test_the_review_deadline_is_the_earlier_one_for_f003_and_due(repo, cli):
    # Decided 2023-03-01, in the mandate period 2023-2026: reviewed by the end of the next, 2030-12-31,
    # before the document's own next follow-up.
    files = {"dokument/sent.yaml": routine("sent", "{nästa: 2031-06-30}")}
    assert repo(REVIEWS, files, {"F003"}, today="2030-12-31") == []
    [(code, where, message)] = repo(REVIEWS, files, {"F003"}, lang="en", today="2031-01-02")
    assert (code, where) == ("F003", "dokument/sent.yaml:9")
    assert message.startswith(
        "The review (aktualitetsprövning) was due by 2030-12-31: documents of type rutin are reviewed at least once "
        "per mandatperiod, and the rutin was decided or last followed up on 2023-03-01."
    )
    due = cli("due", "dokument", "--format", "json", "--today", "2030-06-01", "--within", "2y").json
    assert [(i["document"], i["date"], i["kind"]) for i in due["items"]] == [("sent", "2030-12-31", "follow-up")]


def test_without_a_review_the_document_keeps_its_own_date(repo, cli):
    files = {"dokument/sent.yaml": routine("sent", "{nästa: 2031-06-30}")}
    plain = REVIEWS.split("aktualitetsprövning:")[0]
    assert repo(plain, files, {"F002", "F003"}, today="2031-01-02") == []
    due = cli("due", "dokument", "--format", "json", "--today", "2030-06-01", "--within", "2y").json
    assert [(i["document"], i["date"]) for i in due["items"]] == [("sent", "2031-06-30")]


@pytest.mark.parametrize(
    ("review", "place", "words"),
    [
        ("{typer: [rutiner], minst: mandatperiod}", "9:31", "Did you mean 'rutin'?"),
        (
            "{typer: [rutin], minst: ibland}",
            "9:39",
            "'aktualitetsprövning.minst: ibland' cannot be counted as an interval",
        ),
    ],
)
def test_a_review_naming_an_unknown_type_or_interval_is_refused_where_written(
    tmp_path, monkeypatch, cli, review, place, words
):
    profile = REVIEWS.split("aktualitetsprövning:")[0] + f"aktualitetsprövning: {review}\n"
    write_files(
        tmp_path,
        {"styrcheck.yaml": CONFIG, "profiler/kommun.yaml": profile, "dokument/organisation.yaml": ORGANISATION},
    )
    monkeypatch.chdir(tmp_path)
    run = cli("validate", "dokument", "--lang", "en")
    assert run.code == 2, run.out + run.err
    assert f"profiler/kommun.yaml:{place}:" in run.err
    assert words in run.err


# --- item 7: the profile's words ------------------------------------------------------------

OWN_MODEL = """\
typ: profil
namn: Handlingskommunen
källa: Styrmodell för Handlingskommunen (KF 2024-01-29)
organslag:
  fullmäktige: {namn: Kommunfullmäktige, stege: politisk, nivå: 3, omfattar: hela_kommunkoncernen}
  styrelse: {namn: Kommunstyrelsen, stege: politisk, nivå: 2, omfattar: kommunala_organisationen}
  nämnd: {namn: Nämnd, stege: politisk, nivå: 1}
  kommundirektör: {namn: Kommundirektör, stege: tjänstemän, nivå: 2, omfattar: kommunala_organisationen}
  kontor: {namn: Förvaltning, stege: tjänstemän, nivå: 1}
mandatperiod: {valår: 2022}
målmodell: {benämning: prioriterade mål, antal_mål: {min: 3, max: 5}}
dokumenttyper:
  policy: {namn: Policy, politisk: true, beslutas_av: [fullmäktige]}
  handlingsplan:
    namn: Handlingsplan
    modell: riktlinje
    beslutas_av: [nämnd, kontor, kommundirektör]
    kräver_ägare: true
    kräver_uppföljning: true
citat:
  F002: Varje handlingsplan anger när den följs upp.
"""

PLAN = """\
id: plan-1
typ: handlingsplan
titel: Handlingsplan för trygghet
beslutad_av: kommundirektören
beslutsdatum: 2023-05-15
giltig_från: 2023-06-01
gäller_för: kommunala_organisationen
slag: tjänstemannariktlinje
"""


def test_f002_names_the_profiles_type_and_never_riktlinje(repo):
    files = {"dokument/plan.yaml": PLAN}
    [(_, where, swedish)] = repo(OWN_MODEL, files, {"F002"})
    [(_, _, english)] = repo(OWN_MODEL, files, {"F002"}, lang="en")
    assert where == "dokument/plan.yaml:1"
    assert swedish.startswith("Det framgår inte när handlingsplanen ska följas upp.")
    assert english.startswith("It does not say when the handlingsplan is to be followed up.")
    assert "riktlinje" not in (swedish + english).lower()
    assert [f for f in repo(OWN_MODEL, files, {"F001"}, lang="en") if "riktlinje" in f[2].lower()] == []


def test_explain_shows_the_profiles_quote_and_source_or_none(tmp_path, monkeypatch, cli):
    write_files(tmp_path, {"styrcheck.yaml": CONFIG, "profiler/kommun.yaml": OWN_MODEL})
    monkeypatch.chdir(tmp_path)
    f002 = cli("explain", "F002", "--lang", "en").out
    quoted = "  ”Varje handlingsplan anger när den följs upp.”\n  (Styrmodell för Handlingskommunen (KF 2024-01-29))\n"
    assert quoted in f002
    assert "What: The document gives no time for follow-up" in f002
    g002 = cli("explain", "G002", "--lang", "en").out
    assert "The styrmodell says" not in g002  # no quote of its own: none, not Norrköping's
    assert "Norrköping" not in g002
    assert "too few or too many prioriterade mål." in g002
    norrkoping = cli("explain", "G002", "--lang", "en", "--profile", "norrkoping").out
    assert "(Riktlinje för styrmodellen i Norrköpings kommun, KF 2022-12-19)" in norrkoping


def test_the_report_site_says_the_profiles_goal_word_and_quotes(tmp_path, monkeypatch, cli):
    write_files(
        tmp_path,
        {
            "styrcheck.yaml": CONFIG,
            "profiler/kommun.yaml": FLAT_GOALS + "källa: Fokuskommunens styrmodell\n"
            "citat: {G003: Varje fokusmål mäts.}\n",
            "dokument/organisation.yaml": ORGANISATION,
            **CHAIN,
            "dokument/mal.yaml": goals(4, without_fulfilment=2),
        },
    )
    monkeypatch.chdir(tmp_path)
    assert cli("report", "dokument", "-o", "site", "--today", "2024-06-01", "--lang", "sv").code == 0
    chains = (tmp_path / "site" / "malkedjor.html").read_text(encoding="utf-8")
    assert "Varje fokusmål med sin definition av måluppfyllelse" in chains
    rule = (tmp_path / "site" / "regel" / "G003.html").read_text(encoding="utf-8")
    assert "”Varje fokusmål mäts.”" in rule and "Fokuskommunens styrmodell" in rule
    assert "Styrmodellen säger" in rule and "Norrköping" not in rule


NEUTER_VISION = """\
utökar: norrkoping
namn: Programkommunen
dokumenttyper:
  vision:
    namn: Program
    namn_en: programme
    bestämd_form: programmet
"""


def test_a_neuter_type_gets_its_article(repo):
    """F006 says "Ett program …", not "En program …", when the definite form is neuter."""
    vision = CHAIN["dokument/vision.yaml"].replace("horisont: 2035", "horisont: 2019")
    [(code, where, swedish)] = repo(NEUTER_VISION, {"dokument/vision.yaml": vision}, {"F006"})
    [(_, _, english)] = repo(NEUTER_VISION, {"dokument/vision.yaml": vision}, {"F006"}, lang="en")
    assert (code, where) == ("F006", "dokument/vision.yaml:7")  # horisont
    assert swedish.startswith("Programmet ser bara 3 år framåt (beslutad 2016-04-25, med sikte på år 2019). Ett program har")
    assert english.startswith("The programme looks only 3 years ahead (decided 2016-04-25, looking to 2019). A programme ")
