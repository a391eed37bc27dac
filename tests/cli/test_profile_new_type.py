"""A municipality's own document type, with a combination of field groups no bundled profile
has, works from the profile alone: no Python names the type or its fields (issue 16).

The repository is written in a temporary folder: its own profile file beside the documents
(never read as one), an organisation, and documents of the new type, right and wrong.
"""

from __future__ import annotations

from conftest import write_files

PROFILE = """\
typ: profil
namn: Provkommunen
mandatperiod: {valår: 2022}
organslag:
  fullmäktige: {namn: Kommunfullmäktige, stege: politisk, nivå: 2, omfattar: hela_kommunkoncernen}
  styrelse: {namn: Kommunstyrelsen, stege: politisk, nivå: 1, omfattar: kommunala_organisationen}
  nämnd: {namn: Nämnd, stege: politisk, nivå: 0}
målmodell:
  antal_mål: {min: 1, max: 3}
dokumenttyper:
  handlingsplan:
    namn: Handlingsplan
    fält: [startbeslut, ägare, uppföljning]
    beslutas_av: [nämnd]
    startbeslut_av: styrelse
    kräver_ägare: true
"""

ORGANISATION = """\
typ: organisation
organ:
  - {id: kf, namn: Kommunfullmäktige, slag: fullmäktige}
  - {id: ks, namn: Kommunstyrelsen, slag: styrelse}
  - {id: sn, namn: Socialnämnden, slag: nämnd}
"""

HEAD = """\
typ: handlingsplan
beslutad_av: sn
beslutsdatum: 2024-03-20
giltig_från: 2024-04-01
gäller_för: [sn]
"""

FILES = {
    "styrcheck.yaml": "typ: styrcheck\nprofil: styrmodell.yaml\n",
    "styrmodell.yaml": PROFILE,
    "organisation.yaml": ORGANISATION,
    # Right: started by the kommunstyrelse, with an owner and a follow-up.
    "handlingsplan-vald.yaml": "id: handlingsplan-vald\ntitel: Handlingsplan mot våld i nära relationer\n" + HEAD
    + "startbeslut: {beslutad_av: ks, beslutsdatum: 2023-09-06}\nägare: sn\nuppföljning: 2025-12-31\n",
    # Wrong: no start decision (D005), no owner (F001), and activities, a group the type lacks (M002).
    "handlingsplan-boende.yaml": "id: handlingsplan-boende\ntitel: Handlingsplan för boende\n" + HEAD
    + "uppföljning: 2025-12-31\naktiviteter:\n  - {id: A1, text: Kartlägga behoven.}\n",
}


def test_a_new_type_with_its_own_field_groups_is_checked_from_the_profile_alone(tmp_path, monkeypatch, cli):
    write_files(tmp_path, FILES)
    monkeypatch.chdir(tmp_path)
    run = cli("validate", ".", "--today", "2024-06-01", "--format", "json", "--no-cache")
    assert run.findings() == [
        "D005 handlingsplan-boende.yaml:1",
        "F001 handlingsplan-boende.yaml:1",
        "M002 handlingsplan-boende.yaml:9",
    ], run.err
    assert run.code == 1
    unknown = next(f for f in run.json["findings"] if f["code"] == "M002")
    assert "'aktiviteter'" in unknown["message"]
