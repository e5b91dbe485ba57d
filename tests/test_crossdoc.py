"""Cross-document review: a kecamatan's documents checked against each other, in `check` and in
`batch`; documents of another kecamatan never mix, and competing partners are compared with neither."""
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app
from checker.writers.case import write_case_workbook

H = ["Kode", "Uraian", "Indikator", "Satuan", "Target 2027", "Pagu 2027", "Target 2028", "Pagu 2028"]
PROGRAM = ["7.01.02", "Program Penyelenggaraan Pemerintahan", "Persentase layanan tepat waktu", "%"]
RA = ["Kode", "Uraian", "Indikator", "Satuan", "Kumulatif", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"]


def _doc(kind: str, kecamatan: str, when) -> list[list]:
    key = "periode" if kind == "renstra" else "tahun"
    return [["Isian", "Nilai"], ["jenis", kind], ["kecamatan", kecamatan], ["kabupaten", "Lembah Hijau"], [key, when]]


def _set(folder: Path, kecamatan: str, renja_target: int, ra_annual: int) -> None:
    write_case_workbook({"Dokumen": _doc("renstra", kecamatan, "2026-2030"),
                         "Program": [H, PROGRAM + [90, 25_000_000, 92, 27_000_000]]}, folder / f"renstra-{kecamatan}.xlsx")
    write_case_workbook({"Dokumen": _doc("renja", kecamatan, 2027),
                         "Program": [H, PROGRAM + [renja_target, 25_000_000, 92, 27_000_000]]}, folder / f"renja-{kecamatan}.xlsx")
    write_case_workbook({"Dokumen": _doc("rencana_aksi", kecamatan, 2027),
                         "Rencana Aksi": [RA, PROGRAM + ["ya", ra_annual, 20, 40, 60, ra_annual]]},
                        folder / f"rencana-aksi-{kecamatan}.xlsx")


def _cross(documents: list[dict]) -> dict[str, list[tuple]]:
    return {Path(d["path"]).name: [(f["rule"], f["location"].get("cell"), f.get("related", {}).get("path"))
                                   for f in d["findings"] if f["rule"].startswith("KSD")] for d in documents}


def test_a_set_checked_together_in_check_and_in_batch(tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    _set(folder, "Tanjung", renja_target=85, ra_annual=90)   # the Renja drifted from its Renstra
    _set(folder, "Muara", renja_target=90, ra_annual=90)     # consistent
    files = sorted(str(p) for p in folder.iterdir())
    checked = json.loads(CliRunner().invoke(app, ["check", *files, "--format", "json"]).stdout)
    expected = {"renja-Tanjung.xlsx": [("KSD-002", "E2", "renstra-Tanjung.xlsx")],
                "rencana-aksi-Tanjung.xlsx": [("KSD-004", "F2", "renja-Tanjung.xlsx")],
                "renstra-Tanjung.xlsx": [], "renja-Muara.xlsx": [], "rencana-aksi-Muara.xlsx": [], "renstra-Muara.xlsx": []}
    assert _cross(checked["documents"]) == expected
    statuses = {d["path"]: {r["id"]: r["status"] for r in d["rules"]} for d in checked["documents"]}
    muara = statuses[str(folder / "renja-Muara.xlsx")]
    assert muara["KSD-002"] == "passed" and muara["KSD-004"] == "not_applicable"
    assert statuses[str(folder / "renstra-Muara.xlsx")]["KSD-002"] == "not_applicable"  # no partner of its own
    out = tmp_path / "laporan"
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _cross(json.loads(result.stdout)["documents"]) == expected


def test_competing_partners_are_compared_with_neither(tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    _set(folder, "Tanjung", renja_target=85, ra_annual=90)
    shutil.copy(folder / "renja-Tanjung.xlsx", folder / "renja-Tanjung-revisi.xlsx")
    files = sorted(str(p) for p in folder.iterdir())
    checked = json.loads(CliRunner().invoke(app, ["check", *files, "--format", "json"]).stdout)
    cross = _cross(checked["documents"])
    assert cross["rencana-aksi-Tanjung.xlsx"] == [("KSD-007", "B2", None)]
    assert cross["renja-Tanjung.xlsx"] == cross["renja-Tanjung-revisi.xlsx"] == [("KSD-002", "E2", "renstra-Tanjung.xlsx")]


def _found(folder: Path) -> dict[str, list[tuple]]:
    report = json.loads(CliRunner().invoke(app, ["check", str(folder), "--format", "json"]).stdout)
    return {Path(d["path"]).name: [(f["rule"], f["location"].get("cell") or f["location"].get("line"))
                                   for f in d["findings"]] for d in report["documents"]}


def test_the_sample_sets_give_exactly_their_planted_cross_document_findings():
    from conftest import SAMPLES
    assert all(not found for found in _found(SAMPLES / "set-konsisten").values())
    assert _found(SAMPLES / "set-salah") == {
        "rencana-aksi-2027.xlsx": [("KSD-004", "F2"), ("KSD-005", "C4")],
        "rencana-aksi-2027.txt": [("KSD-004", 13), ("KSD-005", 18)],  # no codes: its rows pair by name
        "renja-2027.xlsx": [("KSD-002", "E2"), ("KSD-003", "F2"), ("KSD-003", "F5"), ("KSD-003", "F6"), ("KSD-001", "B7")],
        "renja-2027.txt": [("KSD-002", 73), ("KSD-003", 73), ("KSD-003", 76), ("KSD-003", 77), ("KSD-001", 78)],
        "renstra-2026-2030.xlsx": [], "renstra-2026-2030.txt": []}
    english = json.loads(CliRunner().invoke(app, ["check", str(SAMPLES / "set-salah" / "renstra-2026-2030.xlsx"),
                                                  str(SAMPLES / "set-salah" / "renja-2027.xlsx"), "--format", "json",
                                                  "--lang", "en"]).stdout)
    drift = next(f for f in english["documents"][1]["findings"] if f["rule"] == "KSD-002")
    assert drift["message"] == ("Renja 2027 – 7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik – "
                                "Persentase layanan selesai tepat waktu: the 2027 target is 88, but the Renstra "
                                "(renstra-2026-2030.xlsx, Program!G2) sets 90.")
    assert drift["related"] == {"path": "renstra-2026-2030.xlsx", "location": {"sheet": "Program", "row": 2, "cell": "G2"}}


def test_the_batch_summary_shows_each_kecamatans_set(tmp_path):
    from conftest import SAMPLES
    out = tmp_path / "laporan"
    result = CliRunner().invoke(app, ["batch", str(SAMPLES / "set-salah"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "ringkasan.html").read_text(encoding="utf-8")
    assert "Set dokumen per kecamatan" in page
    assert "<td>Mekar Sari</td><td>Renstra 2026-2030, Renja 2027, Rencana Aksi 2027</td><td class='num'>7</td>" in page


def test_a_resumed_batch_reviews_the_set_again_without_doubling(tmp_path):
    from conftest import SAMPLES
    out = tmp_path / "laporan"
    for _ in range(2):
        result = CliRunner().invoke(app, ["batch", str(SAMPLES / "set-salah"), "--out", str(out), "--resume",
                                          "--format", "json"])
        assert result.exit_code == 0, result.output
        counts = {Path(d["path"]).name: sum(f["rule"].startswith("KSD") for f in d["findings"])
                  for d in json.loads(result.stdout)["documents"]}
        assert counts["renja-2027.xlsx"] == 5 and counts["rencana-aksi-2027.txt"] == 2


def test_tujuan_and_sasaran_targets_are_compared_too(tmp_path):
    goals = ["Tingkat", "Uraian", "Indikator", "Satuan", "Polaritas", "Target 2027", "Target 2028"]
    sasaran = ["sasaran", "Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat", "Indeks", "naik"]
    write_case_workbook({"Dokumen": _doc("renstra", "Tanjung", "2026-2030"), "Tujuan Sasaran": [goals, sasaran + [82, 84]],
                         "Program": [H, PROGRAM + [90, 25_000_000, 92, 27_000_000]]}, tmp_path / "renstra.xlsx")
    write_case_workbook({"Dokumen": _doc("renja", "Tanjung", 2027), "Tujuan Sasaran": [goals, sasaran + [82, 83]],
                         "Program": [H, PROGRAM + [90, 25_000_000, 92, 27_000_000]]}, tmp_path / "renja.xlsx")
    checked = json.loads(CliRunner().invoke(app, ["check", str(tmp_path / "renstra.xlsx"), str(tmp_path / "renja.xlsx"),
                                                  "--format", "json"]).stdout)
    assert _cross(checked["documents"])["renja.xlsx"] == [("KSD-002", "G2", "renstra.xlsx")]  # 2028: 83, not 84


def test_a_profile_may_allow_room_for_the_indicative_pagu(tmp_path):
    import yaml
    from conftest import ROOT, SAMPLES
    profile = yaml.safe_load((ROOT / "rules" / "profiles" / "permendagri-86.yaml").read_text(encoding="utf-8"))
    profile["name"] = "longgar"
    profile["tolerance"]["indicative_pagu_percent"] = 15  # the faulty set's drifts are 3 % and 10 %
    path = tmp_path / "longgar.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    folder = SAMPLES / "set-salah"
    report = json.loads(CliRunner().invoke(app, ["check", str(folder / "renstra-2026-2030.xlsx"), str(folder / "renja-2027.xlsx"),
                                                 "--profile", str(path), "--format", "json"]).stdout)
    assert not [f for f in report["documents"][1]["findings"] if f["rule"] == "KSD-003"]
