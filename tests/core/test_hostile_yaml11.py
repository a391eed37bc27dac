"""YAML 1.1 surprises, read as the author meant them (docs/format.md): `nej`, `no` and `on`
in a text field stay text, a date is a date quoted or not, and an id `1.10` stays `1.10`."""

from __future__ import annotations

import pytest
from test_hostile_battery import ORGANISATION, check, riktlinje

from styrcheck.core.loader import Source, parse

# Plain scalars that a YAML 1.1 reader would turn into booleans, numbers or null.
SURPRISES = ["nej", "no", "No", "on", "off", "yes", "y", "n", "true", "False", "0123", "0x1F",
             "1e3", "12:30", "1_000", ".inf", "1.10"]


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "organisation.yaml").write_text(ORGANISATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("word", SURPRISES)
def test_a_word_in_a_text_field_stays_that_word(word, repo, cli):
    (repo / "r.yaml").write_text(riktlinje("r", titel=word, diarienummer=word, beskrivning=word),
                                 encoding="utf-8")
    assert check(cli, ".").json["findings"] == []  # a boolean or number would be M003 here
    source = Source("r.yaml")
    parse((repo / "r.yaml").read_bytes(), source)
    assert source.data["titel"] == source.data["diarienummer"] == source.data["beskrivning"] == word


@pytest.mark.parametrize("word", ["0x1F", "12:30", "1e3", "20230515", "true"])
def test_a_wrong_date_is_quoted_back_as_written(word, repo, cli):
    (repo / "r.yaml").write_text(riktlinje("r", beslutsdatum=word), encoding="utf-8")
    findings = check(cli, ".").json["findings"]
    assert [(f["code"], f["line"]) for f in findings] == [("M003", 5)]
    assert f"'{word}'" in findings[0]["message"]  # not 31, 750, 1000.0, True


@pytest.mark.parametrize("start, end", [("2024-01-01", "2023-12-31"), ('"2024-01-01"', "2023-12-31"),
                                        ("2024-01-01", "'2023-12-31'"), ('"2024-01-01"', '"2023-12-31"')])
def test_dates_are_dates_quoted_or_not(start, end, repo, cli):
    """The period check compares the two as dates, whichever of them is quoted. M006 is
    reported where the period ends too early, on `giltig_till` (line 11, after the lines of
    GOOD), as in M006's own rule case, once; and no M003, as each is read as a date."""
    (repo / "r.yaml").write_text(riktlinje("r", beslutsdatum="2023-11-20", giltig_från=start, giltig_till=end),
                                 encoding="utf-8")
    found = [(f["code"], f["line"]) for f in check(cli, ".").json["findings"]]
    assert [line for code, line in found if code == "M006"] == [11], found
    assert not [code for code, _ in found if code == "M003"], found


@pytest.mark.parametrize("value", ["2023-05-15", '"2023-05-15"', "'2023-05-15'"])
def test_a_date_quoted_or_not_is_accepted(value, repo, cli):
    (repo / "r.yaml").write_text(riktlinje("r", beslutsdatum=value), encoding="utf-8")
    assert check(cli, ".").json["findings"] == []


def test_an_id_1_10_stays_1_10(repo, cli):
    """Read as a number, `1.10` would be `1.1`: the two ids would clash (M005), and the
    reference to 1.10 would find the wrong document."""
    (repo / "a.yaml").write_text(riktlinje("1.1"), encoding="utf-8")
    (repo / "b.yaml").write_text(riktlinje("1.10", giltig_till="2023-01-01"), encoding="utf-8")
    (repo / "c.yaml").write_text(riktlinje("1.100", ersätter="[1.10]"), encoding="utf-8")
    findings = check(cli, ".").json["findings"]
    assert not [f for f in findings if f["code"] in ("M005", "H001")], findings
    period = [f for f in findings if f["code"] == "M006"]
    assert [(f["path"], f["document"]) for f in period] == [("b.yaml", "1.10")]


@pytest.mark.parametrize("word, meant", [("ja", True), ("nej", False), ("yes", True), ("no", False),
                                         ("on", True), ("off", False), ("true", True), ("False", False)])
def test_yes_and_no_are_booleans_only_in_a_yes_no_field(word, meant, repo, cli):
    from styrcheck.core.fields import OLD_MODELS, build

    guideline = build(OLD_MODELS["riktlinje"], ("tjänstemannariktlinje", "politisk_riktlinje"))

    text = riktlinje("r", principiell=word)
    (repo / "r.yaml").write_text(text, encoding="utf-8")
    assert check(cli, ".").json["findings"] == []
    source = Source("r.yaml")
    parse(text.encode("utf-8"), source)
    assert guideline.model_validate(source.data).principled is meant


def test_a_day_that_does_not_exist_is_no_date(repo, cli):
    (repo / "r.yaml").write_text(riktlinje("r", beslutsdatum="2023-02-30", giltig_från="2023-13-45"),
                                 encoding="utf-8")
    found = [(f["code"], f["line"]) for f in check(cli, ".").json["findings"]]
    assert found == [("M003", 5), ("M003", 6)]

