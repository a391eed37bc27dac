"""The repository on its own: read files classified and modelled, what was wrong with them as
findings at their place, a broken optional field dropped without losing the document, and the
graph of what derives from what."""

from __future__ import annotations

from units import files, repository

from styrcheck.core.graph import DERIVES, edges


def problems(repo) -> list[tuple[str, str, int, str, dict]]:
    return [(f.code, f.path, f.line, f.key, dict(f.args)) for f in repo.findings]


def test_documents_and_the_organisation_are_told_apart_and_indexed():
    repo = repository({**files(), "styrcheck.yaml": "typ: styrcheck\n"})
    assert [doc.id for doc in repo.documents] == ["vision-2035", "program-2023", "mal-2023", "up-2025", "vp-2025"]
    assert repo.organisation is not None and repo.organisation_source.path == "organisation.yaml"
    assert repo.by_id["up-2025"].path == "uppdragsplan-2025.yaml"
    assert repo.items["BUN-2025-1"].kind == "mål" and repo.items["BUN-2025-1"].doc.id == "up-2025"
    assert "bun" in repo.organs
    assert problems(repo) == []


def test_an_empty_file_and_a_misspelt_type_are_reported_where_they_are():
    repo = repository({**files(), "tom.yaml": "", "fel.yaml": files()["vision.yaml"].replace(
        "id: vision-2035\ntyp: vision", "id: vision-2036\ntyp: visoin")})
    assert problems(repo) == [("Y003", "tom.yaml", 1, "empty", {}),
                              ("M004", "fel.yaml", 2, "suggest", {"value": "visoin", "suggestion": "vision",
                                                                   "types": ", ".join(repo.profile.type_names())})]
    assert "vision-2036" not in repo.by_id


def test_a_broken_optional_field_is_reported_and_the_document_kept_without_it():
    repo = repository(files(program=("giltig_till: 2026-12-31", "giltig_till: snart")))
    assert [(code, path, line, key) for code, path, line, key, _ in problems(repo)] == [
        ("M003", "program.yaml", 7, "date")]
    program = repo.by_id["program-2023"]
    assert program.model.valid_to is None and "giltig_till" in program.dropped


def test_the_graph_holds_what_derives_from_what():
    repo = repository(files())
    derived = {(child, parent) for child, parent, _ in edges(repo.graph, DERIVES)}
    assert {("program-2023", "vision-2035"), ("mal-2023", "program-2023"), ("up-2025", "mal-2023"),
            ("BUN-2025-1", "MO1.1")} <= derived
