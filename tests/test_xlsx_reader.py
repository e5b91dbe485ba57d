"""Workbook reader on hand-made workbooks: text numbers, blank rows, extra and renamed columns, bad files."""
import zipfile

import pytest

from checker.config import Limits, Settings
from checker.pipeline import check_file
from checker.readers import ReadError, read_plan

DOK = [["Isian", "Nilai"], ["jenis", "renja"], ["kecamatan", "Kalibening"], ["kabupaten", "Sukadana"],
       ["tahun", 2026]]


def program(header, *rows):
    return {"Dokumen": DOK, "Program": [header, *rows]}


def test_text_numbers_blank_rows_extra_and_renamed_columns(workbook):
    path = workbook(program(
        ["Kode Rekening", "Program / Kegiatan", "Catatan", "Indikator Kinerja", "Satuan", "Target 2026",
         "Pagu Indikatif 2026", "Target 2027", "Kebutuhan Dana 2027"],
        ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "x", "Indeks pelayanan", "Indeks", "3,4",
         "Rp 10.270.800", 3.5, "10,270,800"],
        [None] * 9,
        ["7.01.02.2.01", "Koordinasi Penyelenggaraan", None, "Persentase rekomendasi", "Persen", "84,31",
         "12.325.000", "90", 10270800],
    ))
    plan = read_plan(path)
    table = plan.tables[0]
    assert table.periods == ["2026", "2027"] and table.budget_periods == ["2026", "2027"]
    prog = table.roots[0]
    assert prog.budgets["2026"].amount == 10_270_800 and prog.budgets["2027"].amount == 10_270_800
    assert prog.indicators[0].targets["2026"].value == 3.4
    keg = prog.children[0]
    assert keg.level == "kegiatan" and keg.budgets["2026"].amount == 12_325_000
    assert keg.indicators[0].targets["2026"].value == 84.31
    assert keg.budgets["2026"].location.cell == "G4"   # the blank row 3 still counts


def test_rollup_found_at_its_cell_with_the_numbers(workbook):
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
        ["7.01.06", "PROGRAM PEMBINAAN DESA", "Persentase desa tertib", "Persen", 30, "10.270.800"],
        ["7.01.06.2.01", "Fasilitasi Desa", "Jumlah desa", "Desa", 19, "12.325.000"],
        ["7.01.06.2.01.0002", "Fasilitasi Administrasi", "Jumlah dokumen", "Dokumen", 19, "12.325.000"],
    ))
    result = check_file(path, Settings())
    rollups = [f for f in result.findings if f.rule == "ANG-001"]
    assert len(rollups) == 1
    f = rollups[0]
    assert (f.location.sheet, f.location.cell) == ("Program", "F2")
    assert (f.expected, f.actual, f.difference) == (12_325_000, 10_270_800, -2_054_200)
    assert "Rp10.270.800" in f.message and "Rp2.054.200" in f.message or "-Rp2.054.200" in f.message


def test_the_penunjang_programs_code_x_xx_is_a_code(workbook):
    """"X.XX.01" (the program every perangkat daerah has): a program, its kegiatan under it."""
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
        ["X.XX.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "Persen", 100, "20.000.000"],
        ["X.XX.01.2.01", "Perencanaan", "Jumlah dokumen", "Dokumen", 5, "15.000.000"],
        ["x.xx.01.2.01.0001", "Penyusunan Dokumen", "Jumlah dokumen", "Dokumen", 5, "15.000.000"],
    ))
    assert [(n.level, n.code) for n in read_plan(path).tables[0].nodes()] == [
        ("program", "X.XX.01"), ("kegiatan", "X.XX.01.2.01"), ("sub_kegiatan", "X.XX.01.2.01.0001")]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category == "rollup"] == ["ANG-001"]


def test_further_indicator_rows_attach_to_the_node_above(workbook):
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
        ["7.01.03", "PROGRAM PEMBERDAYAAN", "Persentase lembaga aktif", "Persen", 60, 100],
        [None, None, "Prevalensi stunting", "Persen", 14, None],
    ))
    prog = read_plan(path).tables[0].roots[0]
    assert [i.name for i in prog.indicators] == ["Persentase lembaga aktif", "Prevalensi stunting"]


def test_unreadable_money_cell_is_an_input_finding(workbook):
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
        ["7.01.03", "PROGRAM PEMBERDAYAAN", "Persentase lembaga aktif", "Persen", 60, "1.3789.651.000"],
    ))
    result = check_file(path, Settings())
    inputs = [f for f in result.findings if f.category == "input"]
    assert inputs and inputs[0].location.cell == "F2"


def test_a_sum_with_an_unreadable_part_is_not_checked(workbook):
    """A kegiatan of two sub kegiatan, one '#REF!': the kegiatan's pagu cannot be compared with
    the sum of the one readable part, and the '#REF!' is unreadable (INP-001), not empty."""
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
        ["7.01.06", "PROGRAM PEMBINAAN DESA", "Persentase desa tertib", "Persen", 30, 3_000_000],
        ["7.01.06.2.01", "Fasilitasi Desa", "Jumlah desa", "Desa", 19, 3_000_000],
        ["7.01.06.2.01.0001", "Fasilitasi Peraturan Desa", "Jumlah dokumen", "Dokumen", 19, 1_000_000],
        ["7.01.06.2.01.0002", "Fasilitasi Keuangan Desa", "Jumlah dokumen", "Dokumen", 19, "#REF!"],
    ))
    result = check_file(path, Settings())
    got = {(f.rule, f.location.cell) for f in result.findings if f.category != "input"}
    assert not {rule for rule, _ in got} & {"ANG-001", "ANG-002", "ANG-005"}, got
    assert [f.location.cell for f in result.findings if f.category == "input"] == ["F5"]


def test_formula_without_cached_value_is_reported(workbook):
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
        ["7.01.03", "PROGRAM PEMBERDAYAAN", "Persentase lembaga aktif", "Persen", 60, "=F3"],
        ["7.01.03.2.01", "Koordinasi", "Jumlah desa", "Desa", 19, 100],
    ))
    plan = read_plan(path)
    assert plan.tables[0].roots[0].budgets["2026"].error == "rumus tanpa nilai tersimpan"
    assert any("rumus" in n.message and n.location.cell == "F2" for n in plan.notes)


def test_renamed_sheet_names_match_loosely(workbook):
    path = workbook({"DOKUMEN": DOK, "program_kegiatan": [["KODE", "URAIAN", "Pagu 2026"],
                                                         ["7.01.03", "PROGRAM X", 5]]})
    assert read_plan(path).tables[0].roots[0].budgets["2026"].amount == 5


@pytest.mark.parametrize("content,message", [
    (b"%PDF-1.4 not a workbook", "bukan berkas xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "kata sandi"),
    (b"PK\x03\x04 truncated", "rusak"),
])
def test_bad_files_are_unreadable_with_a_reason(tmp_path, content, message):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    result = check_file(path, Settings())
    assert result.status == "unreadable" and message in result.error


def test_empty_file_and_unknown_suffix(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"")
    with pytest.raises(ReadError, match="kosong"):
        read_plan(tmp_path / "a.xlsx")
    (tmp_path / "a.xls").write_bytes(b"x")
    with pytest.raises(ReadError, match=".xls"):
        read_plan(tmp_path / "a.xls")


def test_zip_bomb_refused_before_inflating(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (3 * 1024 * 1024))
    with pytest.raises(ReadError, match="terlalu besar"):
        read_plan(path, Limits(max_uncompressed_bytes=1024 * 1024))


def test_workbook_without_known_sheets(workbook):
    with pytest.raises(ReadError, match="bukan dokumen rencana"):
        read_plan(workbook({"Sheet1": [["a", "b"], [1, 2]]}))


def test_a_kegiatan_without_its_program_row(workbook):
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
        ["7.01.01", "PROGRAM A", "Indeks A", "Indeks", 3, 1000],
        ["7.01.01.02.01", "Kegiatan A1 (kode ditulis 02)", "Jumlah A1", "Dokumen", 2, 1000],
        ["7.01.01.2.01.0001", "Sub A1a", "Jumlah A1a", "Dokumen", 2, 1000],
        ["7.01.02.2.01", "Kegiatan B1 tanpa program", "Jumlah B1", "Dokumen", 4, 500],
    ))
    result = check_file(path, Settings())
    assert [(f.location.row, f.message.split(":")[0]) for f in result.findings if f.rule == "KOD-003"] == \
        [(5, "kegiatan 7.01.02.2.01 (Kegiatan B1 tanpa program) tercantum tanpa baris program induknya (7.01.02)")]


def test_a_target_column_empty_on_nearly_every_row_is_one_finding(workbook):
    rows = [["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
            ["7.01.01", "PROGRAM A", "Indeks A", "Indeks", 3, 600]]
    for k in range(1, 7):
        rows.append([f"7.01.01.2.{k:02d}", f"Kegiatan A{k}", f"Jumlah dokumen {k}", "Dokumen", None, 100])
    result = check_file(workbook(program(*rows)), Settings())
    missing = [(f.rule, f.location.row) for f in result.findings if f.rule in ("TGT-005", "TGT-008")]
    assert missing == [("TGT-008", 3)]                       # once, at the first of the six rows
    assert "kosong pada 6 dari 7 indikator" in next(f.message for f in result.findings if f.rule == "TGT-008")


def test_table_total_counts_a_program_printed_without_pagu_as_its_kegiatan(workbook):
    rows = [["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
            ["7.01.01", "PROGRAM A", "Indeks A", "Indeks", 3, None],
            ["7.01.01.2.01", "Kegiatan A1", "Jumlah A1", "Dokumen", 2, 400],
            ["7.01.02", "PROGRAM B", "Indeks B", "Indeks", 3, 300],
            ["7.01.02.2.01", "Kegiatan B1", "Jumlah B1", "Dokumen", 2, 300],
            ["", "JUMLAH", "", "", "", 700]]
    result = check_file(workbook(program(*rows)), Settings())
    assert not [f for f in result.findings if f.rule == "ANG-003"]
    assert [(f.rule, f.location.row) for f in result.findings if f.rule == "ANG-005"] == [("ANG-005", 2)]


def test_numeric_cells_read_as_the_text_parser_would(workbook):
    """Whole and fractional numbers skip the text parser; they must come out the same as if parsed."""
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"],
        ["7.01.02", "PROGRAM PEMERINTAHAN", "Indeks kepuasan", "Indeks", 3, 1_500_000.5, 84.31, "1.500.000"],
        ["7.01.02.2.01", "Koordinasi", "Persentase laporan", "Persen", 1e-7, 2_000_000, True, -1250.4],
    ))
    prog = read_plan(path).tables[0].roots[0]
    assert prog.budgets["2026"].amount == 1_500_001  # half a Rupiah rounds up
    assert prog.budgets["2026"].raw == "1500000.5"
    assert prog.budgets["2027"].amount == 1_500_000
    assert (prog.indicators[0].targets["2026"].value, prog.indicators[0].targets["2027"].value) == (3, 84.31)
    keg = prog.children[0]
    assert keg.indicators[0].targets["2026"].value == 1e-7
    assert keg.budgets["2026"].amount == 2_000_000 and keg.budgets["2027"].amount == -1250
    assert keg.indicators[0].targets["2027"].value is None  # a TRUE in a target cell is no number
    assert keg.indicators[0].targets["2027"].error


def test_text_cells_are_read_as_they_print(workbook):
    """Amounts pasted from a web table (a zero-width space after the figure, a no-break space
    inside it) and a header in look-alike Cyrillic letters read as the plain text they print."""
    path = workbook(program(
        ["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Раgu 2026"],
        ["7.01.02", "PROGRAM PEMERINTAHAN", "Indeks kepuasan", "Indeks", "3,4\u200b", "1.500.000\u200b"],
        ["7.01.02.2.01", "Koordinasi", "Persentase laporan", "Persen", "84", "\ufeff1\u00a0500\u00a0000"],
    ))
    table = read_plan(path).tables[0]
    assert table.budget_periods == ["2026"]
    prog = table.roots[0]
    assert prog.budgets["2026"].amount == 1_500_000 and prog.indicators[0].targets["2026"].value == 3.4
    assert prog.children[0].budgets["2026"].amount == 1_500_000


def test_a_misspelt_sheet_is_named_with_the_sheet_it_probably_means(workbook):
    path = workbook({"Dokumen": DOK, "Progam": [["Kode", "Uraian", "Pagu 2026"], ["7.01.02", "PROGRAM X", 100]],
                     "Catatan": [["apa saja"]]})
    result = check_file(path, Settings())
    notes = [f.message for f in result.findings if f.category == "input"]
    assert any("'Progam'" in m and "'Program'" in m for m in notes), notes
    assert any("'Catatan'" in m for m in notes)
    assert result.verdict() == "incomplete"        # the budget rules had nothing to look at


def test_a_workbook_without_its_required_sheet_is_not_clean(workbook):
    path = workbook({"Dokumen": DOK, "Bab": [["Bab", "Judul"], ["I", "Pendahuluan"]]})
    result = check_file(path, Settings())
    assert any("'Program'" in f.message for f in result.findings if f.category == "input")
    assert result.unread == 1 and result.verdict() != "clean"   # 'fix' here: its chapters are missing too
