"""KON-001: the same indicator, year and role stated with different values in two places."""
from checker.config import Settings
from checker.pipeline import check_file
from checker.readers import read_plan
from checker.readers.indicators import read_indicator_table

T = "\t"


def test_indicator_table_roles_by_header():
    rows = [(k + 1, r.split(T)) for k, r in enumerate([
        T.join(["No", "Indikator", "Satuan", "Kondisi awal", "Target", "", "Kondisi akhir"]),
        T.join(["", "", "", "2024", "2025", "2026", "2026"]),
        T.join(["1", "Persentase desa mandiri", "Persen", "10", "15", "20", "20"]),
    ])]
    got = [(f.name, f.period, f.role, f.value.value) for f in read_indicator_table("Tabel 4.1", 1, rows)]
    assert got == [("Persentase desa mandiri", "2024", "actual", 10), ("Persentase desa mandiri", "2025", "target", 15),
                   ("Persentase desa mandiri", "2026", "target", 20),
                   ("Persentase desa mandiri", "2026", "akhir", 20)]   # the end-of-period figure, apart


def test_workbook_goal_and_program_disagree(workbook):
    dok = [["Isian", "Nilai"], ["jenis", "renja"], ["kecamatan", "Kalibening"], ["tahun", 2026]]
    goals = [["Tingkat", "Uraian", "Indikator", "Satuan", "Target 2026", "Target 2027"],
             ["Sasaran", "Meningkatnya pelayanan", "Prosentase layanan tepat waktu", "Persen", 90, 95]]
    program = [["Kode", "Uraian", "Indikator", "Satuan", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"],
               ["7.01.02", "PROGRAM PELAYANAN", "Persentase Layanan Tepat Waktu", "Persen", 90, 1000, 92, 1000]]
    result = check_file(workbook({"Dokumen": dok, "Tujuan Sasaran": goals, "Program": program}), Settings())
    kon = sorted((f.location.sheet, f.location.row) for f in result.findings if f.rule == "KON-001")
    assert kon == [("Program", 2), ("Tujuan Sasaran", 2)]
    message = next(f.message for f in result.findings if f.rule == "KON-001" and f.location.sheet == "Program")
    assert "2027: 92, bukan 95 di Tujuan Sasaran" in message


def test_indicator_table_akhir_against_the_targets(tmp_path):
    text = "\n".join([
        "RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2025-2029", "", "Tabel 7.1",
        "\t".join(["No", "Indikator", "Satuan", "Target", "", "", "Kondisi akhir"]),
        "\t".join(["", "", "", "2027", "2028", "2029", "2029"]),
        "\t".join(["1", "Persentase desa mandiri", "Persen", "5", "10", "15", "15"]),
        "\t".join(["2", "Persentase desa maju", "Persen", "5", "10", "0", "20"]),
    ]) + "\n"
    path = tmp_path / "renstra.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category == "period_total"] == [("TGT-001", 9)]


def test_a_skipped_year_and_a_percentage_counted_in_months(tmp_path):
    text = "\n".join([
        "RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2025-2029", "", "Tabel 4.1",
        "\t".join(["No", "Indikator", "Satuan", "Kondisi awal", "Target", "", ""]),
        "\t".join(["", "", "", "2024", "2026", "2027", "2028"]),          # no 2025
        "\t".join(["1", "Indeks kepuasan masyarakat", "Indeks", "80", "81", "82", "83"]),
        "", "Tabel 6.1",
        "\t".join(["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu 2026"]),
        "\t".join(["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan administrasi", "12 bulan", "1.000.000"]),
    ]) + "\n"
    path = tmp_path / "renstra.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, Settings())
    got = {(f.rule, f.location.line) for f in result.findings if f.rule in ("TGT-006", "IND-009")}
    assert got == {("TGT-006", 6), ("IND-009", 12)}


def test_a_count_named_by_its_object_matches_the_jumlah_name(tmp_path):
    text = "\n".join([
        "RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2025-2029", "", "Tabel 4.1",
        "\t".join(["No", "Indikator", "Satuan", "Target", ""]),
        "\t".join(["", "", "", "2026", "2027"]),
        "\t".join(["1", "Jumlah Desa Mandiri", "Desa", "3", "4"]),
        "", "Tabel 7.1",
        "\t".join(["No", "Indikator", "Satuan", "Target", ""]),
        "\t".join(["", "", "", "2026", "2027"]),
        "\t".join(["1", "Desa Mandiri", "Jumlah", "3", "5"]),
    ]) + "\n"
    path = tmp_path / "renstra.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, Settings())
    assert sorted(f.location.line for f in result.findings if f.rule == "KON-001") == [8, 13]


def test_renja_review_and_proposal_tables_speak_of_the_plan_year(tmp_path):
    """A Renja's RKPD review table (two sides, no years) and its proposal table ("Volume") give the
    plan year's target: one sub kegiatan with 24 dokumen in the review and 12 bulan in the
    proposal disagrees. A count printed in percent is left to the unit rules, and the forward
    estimate (prakiraan maju) is another year."""
    review = [["RANCANGAN AWAL RKPD", "", "", "", "", "HASIL ANALISIS KEBUTUHAN", "", "", "", ""],
              ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target Capaian", "Pagu Indikatif (Rp)",
               "Program/Kegiatan", "Indikator Kinerja", "Target Capaian", "Kebutuhan Dana (Rp)", "Catatan"],
              ["7.01.01", "PROGRAM PENUNJANG", "Nilai evaluasi pelayanan", "3,4 angka", "2.000.000",
               "PROGRAM PENUNJANG", "Nilai evaluasi pelayanan", "100 %", "2.000.000", ""],
              ["7.01.01.2.06", "Administrasi Umum", "Jumlah laporan", "12 laporan", "2.000.000",
               "Administrasi Umum", "Jumlah laporan", "10 laporan", "2.000.000", ""],
              ["7.01.01.2.06.06", "Bahan Bacaan", "Jumlah dokumen bahan bacaan", "24 dokumen", "2.000.000",
               "Bahan Bacaan", "Jumlah dokumen bahan bacaan", "24 dokumen", "2.000.000", ""]]
    proposal = [["Kode", "Program/Kegiatan", "Lokasi", "Indikator Kinerja", "Besaran / Volume", "Catatan"],
                ["7.01.01.2.06", "Administrasi Umum", "Sukamaju", "Jumlah laporan", "100 %", ""],
                ["7.01.01.2.06.06", "Bahan Bacaan", "Sukamaju", "Jumlah dokumen bahan bacaan", "12 bulan", ""]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 3.1",
            *(T.join(r) for r in review), "", "Tabel 3.2", *(T.join(r) for r in proposal)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    kon = sorted(f.location.line for f in result.findings if f.rule == "KON-001")
    # The program's two sides measure one indicator in different units (3,4 angka, 100 %); the
    # kegiatan's sides only revise 12 laporan to 10, as a review may. The sub kegiatan's 24
    # dokumen (line 10) against 12 bulan (line 15); "100 %" for a count of reports is not compared.
    assert kon == [8, 10, 15]
    assert "2026: 12, bukan 24 di Tabel 3.1 (baris 10)" in next(
        f.message for f in result.findings if f.rule == "KON-001" and f.location.line == 15)


def test_a_draft_figure_the_review_revised_is_not_held_against_the_plans_tables(tmp_path):
    """The review table revises the draft's 20 rapat to 24 (its two sides differ on the row, as a
    review does), and the program table prints 24: the draft's 20 is not the plan's figure (it
    had been KON-001 against the program table, and the program table's 24 against it). A
    program table printing 26 still disagrees with the needs side."""
    review = [["No", "Rancangan Awal RKPD", "", "", "", "Hasil Analisis Kebutuhan", "", "", "", "Catatan Penting"],
              ["", "Program/Kegiatan", "Indikator Kinerja", "Target Capaian", "Pagu Indikatif (Rp)",
               "Program/Kegiatan", "Indikator Kinerja", "Target Capaian", "Kebutuhan Dana (Rp)", ""],
              ["1", "Program Pelayanan Publik", "Persentase pengaduan ditindaklanjuti", "90%", "55.000.000",
               "Program Pelayanan Publik", "Persentase pengaduan ditindaklanjuti", "95%", "60.000.000", "Naik"],
              ["", "Kegiatan Koordinasi Pemerintahan", "Jumlah rapat koordinasi", "20 kali", "55.000.000",
               "Kegiatan Koordinasi Pemerintahan", "Jumlah rapat koordinasi", "24 kali", "60.000.000", "-"],
              ["2", "Program Pemberdayaan Desa", "Persentase desa berkembang", "60%", "30.000.000",
               "Program Pemberdayaan Desa", "Persentase desa berkembang", "60%", "30.000.000", "-"]]
    program = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", "Pagu 2027 (Rp)"],
               ["7.01.02", "Program Pelayanan Publik", "Persentase pengaduan ditindaklanjuti", "95%", "60.000.000"],
               ["7.01.02.2.01", "Koordinasi Pemerintahan", "Jumlah rapat koordinasi", "24 kali", "60.000.000"],
               ["7.01.05", "Program Pemberdayaan Desa", "Persentase desa berkembang", "60%", "30.000.000"]]

    def kon(rows):
        text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 2.1", *(T.join(r) for r in review),
                "", "Tabel 4.1", *(T.join(r) for r in rows)]
        path = tmp_path / "renja.txt"
        path.write_text("\n".join(text) + "\n", encoding="utf-8")
        return [(f.location.line, f.message) for f in check_file(path, Settings()).findings if f.rule == "KON-001"]

    assert kon(program) == []
    changed = [*program[:2], [*program[2][:3], "26 kali", program[2][4]], program[3]]
    found = kon(changed)
    assert [line for line, _ in found] == [9, 15]
    assert "2027: 26, bukan 24 di Tabel 2.1 (baris 9)" in found[1][1]


def test_program_budget_in_a_yearly_table_without_codes_and_the_five_year_table(tmp_path):
    """A Renstra's yearly table (no codes, levels not always written, its year in the caption) and
    its T-C.27 give one program two different pagu for 2026 (KON-002, both rows). In the code-less
    table only the program rows are read: the unmarked kegiatan rows could be any level."""
    yearly = [["No", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu (Rp)"],
              ["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan", "100%", "50.000.000,00"],
              ["", "Administrasi Umum Perangkat Daerah", "", "", "50.000.000,00"],
              ["", "Sub Kegiatan Penyediaan Bahan Logistik", "Jumlah paket", "12 paket", "50.000.000,00"],
              ["2", "PROGRAM PEMBINAAN PEMERINTAHAN DESA", "Persentase desa dibina", "", "20.000.000,00"],
              ["", "Fasilitasi Administrasi Desa", "", "", "20.000.000,00"]]
    five = [["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"],
            ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase layanan", "100%",
             "45.000.000", "100%", "52.000.000"],
            ["7.01.01.2.06", "Administrasi Umum Perangkat Daerah", "Jumlah layanan", "12 bulan", "45.000.000",
             "12 bulan", "52.000.000"],
            ["7.01.06", "PROGRAM PEMBINAAN PEMERINTAHAN DESA", "Persentase desa dibina", "100%", "20.000.000", "100%",
             "21.000.000"],
            ["7.01.06.2.01", "Fasilitasi Administrasi Desa", "Jumlah desa", "18 desa", "20.000.000", "18 desa",
             "21.000.000"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 6.1",
            "Program dan Kegiatan Tahun 2026", "", *(T.join(r) for r in yearly), "", "Tabel 6.2", "",
            *(T.join(r) for r in five)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    yearly_table = next(t for t in read_plan(path).tables if t.name == "Tabel 6.1")
    assert yearly_table.budget_periods == ["2026"] and [n.level for n in yearly_table.nodes()] == ["program"] * 2
    got = sorted((f.rule, f.location.line) for f in result.findings if f.category not in ("input", "chapter"))
    # Program 7.01.01: 50 million in the yearly table, 45 million in the five-year one; the second
    # program's target is missing in the yearly table.
    assert got == [("KON-002", 9), ("KON-002", 18), ("TGT-005", 12)]
    assert "2026: Rp50.000.000, bukan Rp45.000.000 di Tabel 6.2 (baris 18)" in next(
        f.message for f in result.findings if f.rule == "KON-002" and f.location.line == 9)
    assert any(f.category == "input" and "hanya baris program" in f.message for f in result.findings)


def test_a_pagu_in_rupiah_and_the_same_pagu_rounded_to_millions_are_one_figure(tmp_path):
    """Rp 50.430.000 in the yearly table is 50,43 in a T-C.27 "dalam juta rupiah" (and 50,4 where
    one decimal is printed): one figure within its rounding, no KON-002; 20,10 millions for
    Rp 20.000.000 is a difference beyond it."""
    yearly = [["Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu (Rp)"],
              ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan", "100%", "50.430.000"],
              ["7.01.06", "PROGRAM PEMBINAAN PEMERINTAHAN DESA", "Persentase desa dibina", "100%", "20.000.000"]]
    five = [["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"],
            ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan", "100%", "50,4",
             "100%", "52,00"],
            ["7.01.06", "PROGRAM PEMBINAAN PEMERINTAHAN DESA", "Persentase desa dibina", "100%", "20,10", "100%",
             "21,00"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 6.1 Program Tahun 2026",
            *(T.join(r) for r in yearly), "", "Tabel 6.2 Program dan Pendanaan (dalam juta rupiah)",
            *(T.join(r) for r in five)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.rule == "KON-002")
    assert got == [("KON-002", 8), ("KON-002", 13)]


def test_a_program_whose_name_a_narrow_column_broke_is_the_same_program(tmp_path):
    """A summary printing a program's name broken by its narrow column ("Program Koordin asi
    Ketentr aman", "Daerah Kabupa ten/Kota") names the program the program table names whole: its pagu is compared
    (KON-002 at both rows where they differ, none where they agree)."""
    table = [["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026 (Rp)"],
             ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan", "100%", "50.000.000"],
             ["7.01.04", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM", "Persentase gangguan ditangani",
              "100%", "20.000.000"]]
    summary = [["No", "Program", "Pagu 2026 (Rp)"],
               ["1", "Program Penunjang Urus an Pemerintahan Daerah Kabupa ten/Kota", "50.000.000"],
               ["2", "Program Koordin asi Ketentr aman dan Keterti ban Umum", "25.000.000"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 4.1 Program dan Kegiatan",
            *(T.join(r) for r in table), "", "Tabel 4.2 Rekapitulasi Pagu per Program", *(T.join(r) for r in summary)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.rule == "KON-002")
    assert got == [("KON-002", 8), ("KON-002", 13)]


def test_a_programs_key_leaves_out_spaces_and_the_region_however_broken():
    from checker.facts.common import _program_key
    whole = _program_key("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")
    assert _program_key("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota") == whole
    assert _program_key("PROGRAM PENUNJANG URUSAN PEMERIN TAHAN DAERAH KABUPA TEN/KOTA") == whole
    assert _program_key("PROGRAM PENUNJANG URUSAN") != whole


def test_a_table_that_defines_its_indicators_is_read_for_their_formulas(tmp_path):
    """An Indikator Kinerja Utama table with no figure: indicator, unit, formula, source. A
    percentage whose formula is a count is IND-001, a ratio without x 100 IND-002, a whole
    formula nothing; the same indicator named without a formula in a program table takes no
    formula away from it."""
    program = [["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027 (Rp)"],
               ["7.01.06", "PROGRAM PEMBINAAN PEMERINTAHAN DESA", "Persentase desa tertib administrasi", "90%",
                "20.000.000"]]
    defined = [["No", "Indikator Kinerja", "Satuan", "Formulasi Perhitungan", "Sumber Data"],
               ["1", "Persentase desa tertib administrasi", "%", "Jumlah desa yang tertib administrasi", "Desa"],
               ["2", "Persentase pengaduan ditindaklanjuti", "%", "Pengaduan ditindaklanjuti / pengaduan masuk", "-"],
               ["3", "Persentase layanan tepat waktu", "%", "(Layanan tepat waktu / seluruh layanan) x 100%", "PATEN"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 4.1 Program dan Kegiatan",
            *(T.join(r) for r in program), "", "Tabel 4.2 Indikator Kinerja Utama", *(T.join(r) for r in defined)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings
                 if f.category not in ("chapter", "input"))
    assert got == [("IND-001", 11), ("IND-002", 12)]


def test_a_space_aligned_formula_whose_last_line_is_a_number_keeps_it(tmp_path):
    """Space-aligned, a formula wrapped over lines down to a last line of "100" alone: that line
    is the formula's end, set under its column, not a page's number (so the formula is times
    100 and no IND-002)."""
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 3.2 Indikator Kinerja Utama",
            "  No   Indikator Kinerja    Satuan   Formulasi             Sumber Data",
            "                                     Perhitungan",
            "  1    Persentase layanan   %        Layanan selesai       Laporan Kecamatan",
            "       selesai tepat                 tepat waktu :",
            "       waktu                         Jumlah layanan x",
            "                                     100",
            "  2    Persentase desa      %        Desa tertib /         Laporan Kecamatan",
            "       tertib                        jumlah desa",
            ""]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings
                 if f.category not in ("chapter", "input"))
    assert got == [("IND-002", 12)]


def test_indicator_table_targets_move_the_indicators_way(tmp_path):
    """A tujuan/sasaran table's targets are held to the indicator's direction (TGT-002); an
    indicator of a yearly change ("Peningkatan ...") may shrink."""
    text = "\n".join([
        "RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2028", "", "Tabel 4.1",
        T.join(["No", "Indikator", "Satuan", "Target", "", ""]),
        T.join(["", "", "", "2026", "2027", "2028"]),
        T.join(["1", "Persentase desa mandiri", "Persen", "10", "15", "12"]),
        T.join(["2", "Peningkatan persentase desa maju", "Persen", "20", "10", "5"]),
        T.join(["3", "Persentase penduduk miskin", "Persen", "9", "8", "7"]),
    ]) + "\n"
    path = tmp_path / "renstra.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category == "target_trend"] == [("TGT-002", 8)]


def test_an_indicator_known_by_its_acronym(tmp_path):
    """'Indeks Kepuasan Masyarakat (IKM) atas pelayanan publik' and 'Persentase Indeks Kepuasan
    Masyarakat (IKM) Kecamatan Sukamaju' are one indicator: their 2025 realisations disagree."""
    text = "\n".join([
        "RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "", "Tabel 2.1",
        T.join(["No", "Indikator", "Satuan", "Realisasi", ""]),
        T.join(["", "", "", "2024", "2025"]),
        T.join(["1", "Indeks Kepuasan Masyarakat (IKM) atas pelayanan publik", "Indeks", "78", "79,29"]),
        "", "Tabel 4.1",
        T.join(["No", "Indikator", "Satuan", "Kondisi awal", "Target", ""]),
        T.join(["", "", "", "2025", "2026", "2027"]),
        T.join(["1", "Persentase Indeks Kepuasan Masyarakat (IKM) Kecamatan Sukamaju", "Persen", "79,05", "80", "81"]),
    ]) + "\n"
    path = tmp_path / "renstra.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, Settings())
    assert sorted(f.location.line for f in result.findings if f.rule == "KON-001") == [8, 13]


def test_a_name_written_out_is_the_one_another_table_gives_with_its_acronym(tmp_path):
    """'Indeks Kepuasan Masyarakat (IKM)' in one table and 'Indeks Kepuasan Masyarakat' in the
    other are one indicator (they had been two, their targets never compared); a name that only
    begins with the written-out words is another."""
    text = "\n".join([
        "RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 3.1",
        T.join(["No", "Sasaran", "Indikator Sasaran", "Target 2026"]),
        T.join(["1", "Meningkatnya kepuasan", "Indeks Kepuasan Masyarakat (IKM)", "85"]),
        T.join(["2", "Meningkatnya layanan", "Indeks Kepuasan Masyarakat desa binaan", "70"]),
        "", "Tabel 4.1",
        T.join(["No", "Sasaran", "Indikator", "Target 2026"]),
        T.join(["1", "Meningkatnya pelayanan", "Indeks Kepuasan Masyarakat", "84"]),
    ]) + "\n"
    path = tmp_path / "renja.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, Settings())
    assert sorted(f.location.line for f in result.findings if f.rule == "KON-001") == [7, 12]


def test_a_visi_quoted_in_another_wording(tmp_path):
    """KON-004: the kabupaten's visi quoted three times, once with a word added; the national visi
    the plan also quotes, and what 'visi' means, are other statements."""
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "",
             "Visi adalah rumusan umum mengenai keadaan yang diinginkan pada akhir periode perencanaan.",
             "Visi Kabupaten Wonosari Lor adalah “Wonosari Lor yang Mandiri dan Berdaya Saing Menuju Masyarakat "
             "Sejahtera”.",
             "Pembangunan nasional dipandu oleh visi: “Terwujudnya Indonesia yang Berdaulat dan Berkepribadian”.",
             "Program kecamatan mendukung visi kabupaten yaitu **“Wonosari Lor yang Mandiri dan Berdaya Saing Menuju "
             "Masyarakat Sejahtera”**.",
             "Visi : Wonosari Lor yang Maju, Mandiri dan Berdaya Saing Menuju Masyarakat Sejahtera"]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    got = [(f.location.line, f.message) for f in result.findings if f.rule == "KON-004"]
    assert [line for line, _ in got] == [9]
    assert "berbeda dengan rumusan 'Wonosari Lor yang Mandiri dan Berdaya Saing Menuju Masyarakat Sejahtera' " \
           "(baris 6)" in got[0][1]


def test_a_sentence_counts_what_the_table_below_lists(tmp_path):
    """KON-005: 'memiliki 4 BUMDes, dengan rincian sebagai berikut' over a BUMDes table numbering
    three rows; a count of people over a table of ranks is not such a list."""
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "",
             "Kecamatan Sukamaju memiliki 4 BUMDes, dengan rincian sebagai berikut:", "", "PROFIL BUMDES KECAMATAN", "",
             T.join(["No.", "Nama", "Desa"]), T.join(["1.", "Maju Makmur", "Sukamaju"]),
             T.join(["2.", "Berkah", "Sukamulya"]), T.join(["3.", "Mandiri", "Sukasari"]), "",
             "Pegawai kecamatan berjumlah 15 orang, seperti pada tabel di bawah ini:", "", "Pegawai Menurut Golongan", "",
             T.join(["No.", "Golongan", "Jumlah (orang)"]), T.join(["1.", "IV", "4"]), T.join(["2.", "III", "11"])]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    got = [(f.location.line, f.message) for f in result.findings if f.rule == "KON-005"]
    assert got == [(5, "Teks menyebut 4 BUMDes, padahal PROFIL BUMDES KECAMATAN (baris 9) merinci 3 baris.")]


def test_an_acronym_keys_an_indicator_only_where_the_name_spells_it():
    from checker.facts.common import _indicator_key
    assert _indicator_key("Indeks Kepuasan Masyarakat (IKM) atas pelayanan") == \
        _indicator_key("Persentase Indeks Kepuasan Masyarakat (IKM) Kecamatan Sukamaju") == "(ikm)"
    assert _indicator_key("Jumlah desa berstatus mandiri (IDM)") == "jumlahdesaberstatusmandiriidm"


def test_a_sentence_about_this_plan_gives_it_another_year(tmp_path):
    """KON-006: 'Rencana Kerja ini ... Tahun 2025' in a Renja for 2026; the Renja of an earlier year
    named for its evaluation, this plan's own year, the years of the documents a sentence about
    this plan cites (its Renstra, a Peraturan), the year it was drawn up and the years it looks
    back on or ahead to (its prakiraan maju) are not findings."""
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "",
             "Evaluasi pelaksanaan Renja Kecamatan Sukamaju Tahun 2024 menunjukkan capaian yang baik.",
             "Renja ini disusun untuk Tahun Anggaran 2026; rencana kerja tahun 2024 menjadi bahan evaluasi.",
             "Rencana Kerja (Renja) ini berisi program dan kegiatan yang akan dilaksanakan pada Tahun 2025.",
             "Dokumen tahun 2023 tidak lagi berlaku.",
             "Renja ini disusun berdasarkan Renstra Kecamatan Sukamaju Tahun 2021-2026, Peraturan Bupati Nomor 7 "
             "Tahun 2023 dan RKPD Tahun 2026.",
             "Renja ini disusun pada tahun 2025 dan memuat evaluasi realisasi tahun 2024.",
             "Renja ini juga memuat prakiraan maju tahun 2027."]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(f.location.line, f.message) for f in check_file(path, Settings()).findings if f.rule == "KON-006"]
    assert got == [(7, "Kalimat tentang dokumen ini menyebut Tahun 2025, padahal dokumen ini untuk tahun 2026.")]


def test_a_renstra_sentence_about_itself_may_name_any_year_of_its_period(tmp_path):
    lines = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "",
             "Renstra ini menjadi pedoman penyusunan Renja sampai dengan tahun 2030.",
             "Rencana Strategis ini berlaku untuk Tahun 2021-2026."]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [f.location.line for f in check_file(path, Settings()).findings if f.rule == "KON-006"]
    assert got == [6]


def test_a_plan_signed_on_two_dates(tmp_path):
    """KON-007: the foreword and the closing signed '3 Agustus 2025', and next to the closing a
    signature block left over from a draft signed '30 Juli 2025'; a date inside a sentence is no
    signature."""
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "KATA PENGANTAR", "",
             "Sukamaju, 3 Agustus 2025", "CAMAT SUKAMAJU", "",
             "Musrenbang kecamatan dilaksanakan pada Sukamaju, 12 Februari 2025 di balai kecamatan.", "",
             "Sukamaju, 30 Juli 2025", "CAMAT SUKAMAJU", "", "Sukamaju, 3 Agustus 2025", "CAMAT SUKAMAJU"]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(f.location.line, f.message) for f in check_file(path, Settings()).findings if f.rule == "KON-007"]
    assert got == [(12, "Tanda tangan bertanggal '30 Juli 2025', berbeda dengan tanda tangan di dekatnya yang "
                         "bertanggal '3 Agustus 2025' (baris 15).")]


def test_a_foreword_and_a_closing_signed_days_apart_are_not_held_against_each_other(tmp_path):
    lines = (["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "KATA PENGANTAR", "Sukamaju, 1 Agustus 2025",
              "CAMAT SUKAMAJU"] + ["Uraian bab demi bab."] * 60 + ["PENUTUP", "Sukamaju, 3 Agustus 2025", "CAMAT SUKAMAJU"])
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not [f for f in check_file(path, Settings()).findings if f.rule == "KON-007"]


def test_a_signature_without_its_day_agrees_with_any_day_of_its_month(tmp_path):
    """A cover dated 'Agustus 2025' and a closing '3 Agustus 2025' are one date; two signatures
    that contradict each other are each reported against the other."""
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Sukamaju, Agustus 2025", "",
             "Sukamaju, 03 Agustus 2025", "CAMAT SUKAMAJU"]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not [f for f in check_file(path, Settings()).findings if f.rule == "KON-007"]
    path.write_text("\n".join(lines[:4] + ["Sukamaju, 1 Agustus 2025", "", "Sukamaju, 3 Agustus 2025"]) + "\n",
                    encoding="utf-8")
    got = sorted(f.location.line for f in check_file(path, Settings()).findings if f.rule == "KON-007")
    assert got == [5, 7]


_GOALS = [["No", "Indikator", "Satuan", "Kondisi awal", "Target", ""],
          ["", "", "", "2025", "2026", "2027"],
          ["1", "Cakupan desa tertib administrasi", "Persen", "28", "35", "40"]]


def _kon_lines(tmp_path, tables: dict[str, list[list[str]]]) -> list[int]:
    """The lines of KON-001 in a Renja of Kecamatan Sukamaju made of `tables` (caption -> rows),
    tab-separated, a blank line before each caption."""
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026"]
    for caption, rows in tables.items():
        text += ["", caption, *(T.join(r) for r in rows)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return sorted(f.location.line for f in check_file(path, Settings()).findings if f.rule == "KON-001")


def test_a_kegiatan_reusing_its_programs_indicator_is_its_own_statement(tmp_path):
    """Two tables with codes: a kegiatan that reuses its program's indicator name ("Nilai
    pelayanan", 3,4) is not held against the program's figure in the other table (4,0), only
    against its own code there. The program rows, one code in both tables, do disagree. An
    indicator named with the plan's kecamatan ("... Kecamatan Sukamaju") is the goal table's
    indicator without it."""
    rkpd = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu 2026"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Nilai pelayanan", "3,5", "2.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Nilai pelayanan", "3,4", "2.000.000"],
            ["7.01.06", "PROGRAM PEMBINAAN DESA", "Cakupan desa tertib administrasi Kecamatan Sukamaju", "31 %",
             "1.000.000"]]
    plan = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu 2026"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Nilai pelayanan", "4,0", "2.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah laporan koordinasi", "12 laporan", "2.000.000"]]
    kon = _kon_lines(tmp_path, {"Tabel 3.1": rkpd, "Tabel 4.1": plan, "Tabel 2.5": _GOALS})
    # Program 7.01.02 in both tables (7, 13); the kecamatan's indicator (9) and the goal (19).
    assert kon == [7, 9, 13, 19]


def test_a_kegiatan_repeating_its_programs_indicator_and_figure_is_one_finding(tmp_path):
    """A kegiatan that carries its program's indicator with the program's target (31 %) says what
    the program row says: against the goal table's 35, one finding at the program's row, not a
    second one on the kegiatan's. A kegiatan of the same indicator with a figure of its own
    (33 %) is a statement of its own."""
    rkpd = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu 2026"],
            ["7.01.06", "PROGRAM PEMBINAAN DESA", "Cakupan desa tertib administrasi", "31 %", "1.000.000"],
            ["7.01.06.2.01", "Fasilitasi Pembinaan Desa", "Cakupan desa tertib administrasi", "31 %", "1.000.000"],
            ["7.01.06.2.02", "Fasilitasi Pengawasan Desa", "Cakupan desa tertib administrasi", "33 %", "0"]]
    assert _kon_lines(tmp_path, {"Tabel 3.1": rkpd, "Tabel 2.5": _GOALS}) == [7, 9, 14]


def test_a_performance_tables_targets_for_years_not_yet_realised(tmp_path):
    """An evaluation table gives the Renstra's targets for every year but realisations only for
    the years behind: the plan year's target there is still a stated target (35 against the
    program's 31 %). A percentage given as a count ("12 bulan") is the unit rule's finding
    (IND-009), not also a disagreement with the 100 elsewhere."""
    evaluation = [["No", "Indikator", "Target Renstra", "", "", "Realisasi", ""],
                  ["", "", "Tahun 2025", "Tahun 2026", "Tahun 2027", "Tahun 2025", "Tahun 2026"],
                  ["1", "Cakupan desa tertib administrasi", "28", "35", "40", "30", ""],
                  ["2", "Persentase lembaga desa aktif", "100", "100", "100", "90", ""]]
    program = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu 2026"],
               ["7.01.06", "PROGRAM PEMBINAAN DESA", "Cakupan desa tertib administrasi", "31 %", "1.000.000"],
               ["7.01.03", "PROGRAM PEMBERDAYAAN", "Persentase lembaga desa aktif", "12 bulan", "1.000.000"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 2.5", *(T.join(r) for r in evaluation),
            "", "Tabel 4.1", *(T.join(r) for r in program)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    assert sorted(f.location.line for f in result.findings if f.rule == "KON-001") == [8, 13]
    assert "2026: 31, bukan 35 di Tabel 2.5 (baris 8)" in next(
        f.message for f in result.findings if f.rule == "KON-001" and f.location.line == 13)
    assert [f.location.line for f in result.findings if f.rule == "IND-009"] == [14]


def test_an_indicator_key_ignores_spacing_and_the_kecamatans_name():
    from checker.facts.common import _indicator_key
    # Words broken by a narrow column are the same name; so is the name with its kecamatan.
    assert _indicator_key("Jumlah Dokumen Bahan Bacaan dan Peratu ran Perund angan") == \
        _indicator_key("Jumlah dokumen bahan bacaan dan peraturan perundangan")
    assert _indicator_key("Cakupan desa tertib administrasi di Kecamatan Suka Maju", "Suka Maju") == \
        _indicator_key("Cakupan desa tertib administrasi") != \
        _indicator_key("Cakupan desa tertib administrasi Kecamatan Sukamulya", "Suka Maju")


def test_a_range_target_is_not_held_against_one_figure(tmp_path):
    """"65 - 70" in one table and 65 in another: a range is no one figure, so nothing differs."""
    text = "\n".join([
        "RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 3.1",
        "\t".join(["No", "Indikator Kinerja", "Satuan", "Target 2027", "Target 2028"]),
        "\t".join(["1", "Persentase desa berkembang", "%", "65 - 70", "70 - 75"]),
        "", "Tabel 4.1",
        "\t".join(["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", "Pagu 2027"]),
        "\t".join(["7.01.05", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa berkembang", "65%", "40.000.000"]),
    ]) + "\n"
    path = tmp_path / "renja.txt"
    path.write_text(text, encoding="utf-8")
    assert not [f for f in check_file(path, Settings()).findings if f.category == "consistency"]


def test_an_indicator_labelled_by_its_role_is_the_indicator_its_name_says(tmp_path):
    """"Indikator Sasaran: Persentase layanan tepat waktu" in a goals table whose one column holds
    tujuan, sasaran and indicators: the indicator is "Persentase layanan tepat waktu", held to the
    same name in the program table (the label had kept the two apart, and named the findings)."""
    goals = [["No", "Uraian", "Satuan", "Target 2026", "Target 2027"],
             ["1", "Tujuan: Meningkatnya kualitas pelayanan publik", "", "", ""],
             ["", "Indikator Sasaran: Persentase layanan tepat waktu", "%", "87", "89"]]
    program = [["Kode", "Program", "Indikator Kinerja", "Target 2026", "Pagu 2026 (Rp)", "Target 2027",
                "Pagu 2027 (Rp)"],
               ["7.01.02", "Program Pelayanan Publik", "Persentase layanan tepat waktu", "87%", "60.000.000", "90%",
                "62.000.000"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 4.1",
            *(T.join(r) for r in goals), "", "Tabel 6.1", *(T.join(r) for r in program)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    found = [(f.rule, f.location.line, f.subject) for f in check_file(path, Settings()).findings if f.rule == "KON-001"]
    assert [(rule, line) for rule, line, _ in found] == [("KON-001", 8), ("KON-001", 12)]
    assert found[0][2] == "Persentase layanan tepat waktu"


def test_a_target_by_its_place_in_the_period_meets_the_same_year_named(tmp_path):
    """The goal table heads its targets by their place in the Renstra's period ("Tahun ke-" over
    1 2 3), the performance table by the years: the second year's target printed otherwise is
    one indicator stated two ways (it had gone unseen: "ke-2" and "2026" were two years)."""
    def plan(second_year: str):
        text = "\n".join([
            "RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2025-2027", "", "Tabel 4.1 Tujuan dan Sasaran",
            T.join(["No", "Sasaran", "Indikator", "Satuan", "Kondisi Awal", "Target Kinerja pada Tahun ke-", "", ""]),
            T.join(["", "", "", "", "", "1", "2", "3"]),
            T.join(["1", "Meningkatnya pelayanan", "Persentase layanan tepat waktu", "%", "80", "82", "84", "86"]),
            "", "Tabel 7.1 Indikator Kinerja",
            T.join(["No", "Indikator", "Satuan", "Kondisi Awal", "Target", "", ""]),
            T.join(["", "", "", "", "2025", "2026", "2027"]),
            T.join(["1", "Persentase layanan tepat waktu", "%", "80", "82", second_year, "86"])]) + "\n"
        path = tmp_path / "renstra.txt"
        path.write_text(text, encoding="utf-8")
        return sorted(f.location.line for f in check_file(path, Settings()).findings if f.rule == "KON-001")

    assert plan("84") == []
    assert plan("85") == [8, 13]
