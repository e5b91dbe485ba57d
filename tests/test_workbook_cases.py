"""Workbooks in the FORMATS.md layout written here, each with its defect (or a trap that is none),
through reader, facts and engine: the finding at its sheet and row, and no other."""
from checker.config import Settings
from checker.pipeline import check_file

RENSTRA = [["Isian", "Nilai"], ["jenis", "renstra"], ["kecamatan", "Tanjung Sari"], ["kabupaten", "Lembah Hijau"],
           ["periode", "2026-2030"]]
AKSI = [["Isian", "Nilai"], ["jenis", "rencana_aksi"], ["kecamatan", "Tanjung Sari"], ["kabupaten", "Lembah Hijau"],
        ["tahun", 2027]]
GOALS = ["Tingkat", "Uraian", "Indikator", "Satuan", "Polaritas", "Target 2026", "Target 2027", "Target 2028"]
PROGRAM = ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Target 2027", "Pagu 2026", "Pagu 2027"]
QUARTERS = ["Kode", "Uraian", "Indikator", "Satuan", "Kumulatif", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"]


def findings(workbook, sheets, rule_prefix=""):
    doc = check_file(workbook(sheets), Settings())
    assert doc.status == "checked", doc.error
    return [(f.rule, f.location.sheet, f.location.row) for f in doc.findings
            if f.rule.startswith(rule_prefix) and f.rule != "INP-001"]


def test_a_forum_that_is_held_is_counted_in_occasions(workbook):
    rows = [PROGRAM,
            ["7.01.02", "Program Penyelenggaraan Pemerintahan", "Jumlah forum yang dilaksanakan", "Kegiatan",
             4, 4, 10_000_000, 10_000_000],
            ["7.01.02.2.01", "Koordinasi Kegiatan", "Jumlah forum anak yang dibina", "Orang", 2, 2,
             10_000_000, 10_000_000]]
    found = findings(workbook, {"Dokumen": RENSTRA, "Program": rows}, "IND-013")
    assert found == [("IND-013", "Program", 3)]  # a forum of children is a group, counted in people: a defect


def test_a_sasaran_that_decreases_sets_its_indicators_polarity(workbook):
    rows = [GOALS,
            ["sasaran", "Menurunnya pengaduan masyarakat yang tidak terselesaikan",
             "Persentase pengaduan tidak terselesaikan", "%", "", 20, 15, 10],
            ["sasaran", "Meningkatnya kualitas pelayanan", "Persentase pengaduan terselesaikan", "%", "", 80, 85, 84]]
    found = findings(workbook, {"Dokumen": RENSTRA, "Tujuan Sasaran": rows,
                                "Program": [PROGRAM, ["7.01.02", "Program A", "Indeks A", "Indeks", 1, 1, 1, 1]]},
                     "TGT-002")
    assert [row for _, _, row in found] == [3]  # the handled share falls in 2028; the unhandled one may


def test_an_empty_annual_target_on_the_rencana_aksi_sheet_is_reported(workbook):
    rows = [QUARTERS,
            ["7.01.02", "Program Penyelenggaraan Pemerintahan", "Persentase desa tertib", "%", "ya", 100,
             25, 50, 75, 100],
            ["7.01.02.2.01", "Koordinasi Kegiatan", "Jumlah rapat koordinasi", "Kegiatan", "tidak", None,
             3, 3, 3, 3]]
    found = findings(workbook, {"Dokumen": AKSI, "Rencana Aksi": rows}, "TGT-005")
    assert found == [("TGT-005", "Rencana Aksi", 3)]
