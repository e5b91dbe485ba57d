"""Realisation tables of published plans: column groups, row triples, and the ratio facts."""
from decimal import Decimal

import pytest

from checker.config import Settings
from checker.facts import build_facts
from checker.models import Renstra
from checker.readers.realisation import fill_lost_cell, read_table
from checker.rulebook import load_profile

T = "\t"


def lines(*rows: str, start: int = 10) -> list[tuple[int, list[str]]]:
    return [(start + k, [c.strip() for c in row.split(T)]) for k, row in enumerate(rows)]


def facts_of(table) -> list[dict]:
    plan = Renstra(realisations=[table])
    return build_facts(plan, load_profile(Settings().profile))


BUDGET = lines(
    T.join(["No", "Program dan Kegiatan", "Anggaran pada Tahun", "", "Realisasi pada Tahun", "",
            "Persentase Realisasi Anggaran", ""]),
    T.join(["", "", "2023", "2024", "2023", "2024", "2023", "2024"]),
    T.join(["", "Program Pelayanan Administrasi", "N/A", "", "N/A", "", "N/A", "81,25"]),
    T.join(["1", "Kegiatan Penyediaan Jasa Kantor", "N/A N/A", "10.000.000", "N/A", "8.000.000", "N/A", "80"]),
    T.join(["2", "Kegiatan Alat Tulis Kantor", "N/A", "6.000.000", "N/A", "5.000.000", "N/A", "N/A"]),
    T.join(["", "Program Pelayanan Publik", "N/A", "4.000.000", "N/A", "4.000.000", "N/A", "9.000.000"]),
    T.join(["3", "Kegiatan Pelayanan Terpadu", "N/A", "4.000.000", "N/A", "4.000.000", "N/A", "100"]),
    T.join(["", "JUMLAH", "N/A", "20.000.000", "N/A", "17.000.000", "N/A", "85"]),
)


def test_budget_groups_pair_each_year_and_nest_kegiatan():
    table = read_table("Tabel 2.4", 10, BUDGET)
    assert table is not None and table.kind == "anggaran"
    assert [r.name for r in table.rows] == ["Program Pelayanan Administrasi", "Program Pelayanan Publik"]
    assert [c.name for c in table.rows[0].children] == ["Kegiatan Penyediaan Jasa Kantor", "Kegiatan Alat Tulis Kantor"]
    first = table.rows[0].children[0]
    # "N/A N/A" in one cell is two cells; the 2024 figures stay under 2024.
    assert [c.period for c in first.cells] == ["2023", "2024"]
    assert first.cells[1].base.value == 10_000_000 and first.cells[1].declared.value == 80
    assert table.total is not None and table.total.location.line == 17


def test_budget_facts_ratio_missing_and_rupiah_in_percent_column():
    facts = facts_of(read_table("Tabel 2.4", 10, BUDGET))
    ratios = {f["location"]["line"]: f for f in facts if f["type"] == "ratio" and f["check"] == "cell"}
    # The blank program row is the sum of its kegiatan: 13.000.000 / 16.000.000 = 81,25 %.
    assert ratios[12]["computed"] == 81.25 and ratios[12]["derived"] == "target/anggaran, realisasi"
    assert ratios[12]["abs_difference"] <= ratios[12]["tolerance"]
    assert ratios[13]["abs_difference"] == 0
    required = [(f["what"], f["location"]["line"]) for f in facts if f["type"] == "required_value" and f["missing"]]
    assert ("capaian", 14) in required            # 5/6 is computable, printed N/A
    blank = [f for f in facts if f.get("what") == "kolom_realisasi" and not f["filled"]]
    assert [f["location"]["line"] for f in blank] == [17]  # 2023 is N/A in every row: one finding, at JUMLAH
    assert not any(w == "capaian" and line != 14 for w, line in required)
    percents = [f for f in facts if f["type"] == "percent_value"]
    assert [f["location"]["line"] for f in percents] == [15]


def test_performance_table_with_column_numbers_and_inverse_header():
    rows = lines(
        T.join(["No", "Indikator", "Satuan", "Target", "", "Realisasi", "", "Rasio Capaian % (Target dibagi Realisasi)", ""]),
        T.join(["", "", "", "2023", "2024", "2023", "2024", "2023", "2024"]),
        T.join(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]),
        T.join(["1", "Indeks Kepuasan Masyarakat", "Indeks", "80", "82", "80", "80,36", "100,00", "98,00"]),
        T.join(["2", "Jumlah Desa Mandiri", "Desa", "4", "5", "0", "5", "100", "100"]),
    )
    table = read_table("Tabel 2.2", 10, rows)
    assert table is not None and table.inverse and table.kind == "kinerja"
    facts = facts_of(table)
    wrong = [(f["location"]["line"], f["period"]) for f in facts
             if f["type"] == "ratio" and f["check"] == "cell" and f["abs_difference"] > f["tolerance"]]
    assert wrong == [(14, "2023")]                # 0 of 4 printed as 100


def test_row_triples_target_realisation_percentage():
    rows = lines(
        T.join(["No", "Uraian", "Keterangan", "2022", "2023"]),
        T.join(["1", "Pajak Bumi dan Bangunan", "Ketetapan SPPT", "40.000", "40.500"]),
        T.join(["", "", "Realisasi SPPT", "30.000", "32.400"]),
        T.join(["", "", "Prosentase", "75,00%", "81,00%"]),
        start=20,
    )
    table = read_table("", 20, rows)
    assert table is not None and len(table.rows) == 1
    facts = [f for f in facts_of(table) if f["type"] == "ratio" and f["check"] == "cell"]
    assert [(f["period"], f["abs_difference"] > f["tolerance"]) for f in facts] == [("2022", False), ("2023", True)]
    assert [f["location"]["line"] for f in facts] == [23, 23]


def test_row_triples_whose_next_lines_lost_an_empty_cell_keep_their_years():
    # Extraction dropped an empty cell before the realisation and the percentage labels: each
    # line's label and figures go back one cell, under the first line's label and the years.
    rows = lines(
        T.join(["No", "Uraian", "Keterangan", "2022", "2023"]),
        T.join(["1", "Pajak Bumi dan Bangunan", "Ketetapan SPPT", "40.000", "40.500"]),
        T.join(["", "Realisasi SPPT", "30.000", "32.400"]),
        T.join(["", "Prosentase", "75,00%", "81,00%"]),
        start=20,
    )
    table = read_table("", 20, rows)
    facts = [f for f in facts_of(table) if f["type"] == "ratio" and f["check"] == "cell"]
    assert [(f["period"], f["abs_difference"] > f["tolerance"]) for f in facts] == [("2022", False), ("2023", True)]


def test_a_table_without_realisation_is_not_taken():
    rows = lines(T.join(["No", "Program", "Pagu 2024", "Pagu 2025"]), T.join(["1", "Program A", "1.000", "2.000"]))
    assert read_table("Tabel 4.1", 1, rows) is None


def test_targets_and_realisations_without_ratio_column():
    rows = lines(
        T.join(["No", "Indikator", "Target", "", "Realisasi", ""]),
        T.join(["", "", "Tahun 2023", "Tahun 2024", "Tahun 2023", "Tahun 2024"]),
        T.join(["1", "Persentase desa tertib administrasi", "80%", "NA", "78%", "104%"]),
        T.join(["2", "Indeks kepuasan masyarakat", "82", "83", "81,5", "82,9"]),
    )
    table = read_table("Tabel 2.5", 10, rows)
    assert table is not None and not table.has_ratio
    facts = facts_of(table)
    missing = [(f["location"]["line"], f["period"]) for f in facts
               if f["type"] == "required_value" and f["missing"] and "rows" not in f]  # a column: RAS-003
    assert missing == [(12, "2024")]                         # the NA target, and nothing on the full row
    assert not [f for f in facts if f["type"] == "ratio" and f["check"] == "cell"]
    over = [f["value"] for f in facts if f["type"] == "percent_value" and f["value"] > 100]
    assert over == [104]                                      # a share cannot be realised at 104 %


def test_a_grade_where_a_figure_goes_is_no_empty_cell():
    """A target and realisation written as grades ("BB", "A": a SAKIP predicate) are on a scale
    of words: their capaian cannot be recomputed, and neither cell is empty."""
    with_ratio = lines(
        T.join(["No", "Indikator", "Satuan", "Target 2025", "Realisasi 2025", "Capaian (%)"]),
        T.join(["1", "Nilai akuntabilitas kinerja", "predikat", "BB", "A", "100"]),
        T.join(["2", "Indeks kepuasan masyarakat", "indeks", "82", "", "102,44"]),
        # A unit alone lost its number.
        T.join(["3", "Jumlah laporan kinerja", "laporan", "laporan", "12 laporan", "100"]),
    )
    without = lines(
        T.join(["No", "Indikator", "Target", "", "Realisasi", ""]),
        T.join(["", "", "Tahun 2023", "Tahun 2024", "Tahun 2023", "Tahun 2024"]),
        T.join(["1", "Nilai akuntabilitas kinerja", "B", "BB", "B", "BB"]),
        T.join(["2", "Indeks kepuasan masyarakat", "82", "83", "81", "-"]),
    )
    for rows, want in ((with_ratio, [12, 13]), (without, [13])):
        facts = facts_of(read_table("Tabel 2.1", 10, rows))
        missing = [f["location"]["line"] for f in facts if f["type"] == "required_value" and f["missing"]
                   and "rows" not in f]
        assert missing == want  # the empty realisation, the unit alone and the "-", not the grades


def test_budget_rows_that_name_no_program_or_kegiatan_stand_side_by_side():
    """T-C.24 by kind of spending ("Belanja Operasi", "Belanja Modal"): no row names a program or
    a kegiatan, so the first is not a program over the others (which gave a false RAS-006 for
    every year); each row's ratio is still checked."""
    rows = lines(
        T.join(["Uraian", "Anggaran pada Tahun", "", "Realisasi Anggaran pada Tahun", "", "Rasio (%)", ""]),
        T.join(["", "2024", "2025", "2024", "2025", "2024", "2025"]),
        T.join(["Belanja Operasi", "1.300.000.000", "1.350.000.000", "1.235.000.000", "1.296.000.000", "95,00",
                "96,00"]),
        T.join(["Belanja Modal", "120.000.000", "90.000.000", "108.000.000", "81.000.000", "90,00", "95,00"]),
    )
    table = read_table("Tabel 2.3", 10, rows)
    assert [(r.name, r.level, len(r.children)) for r in table.rows] == [
        ("Belanja Operasi", "indikator", 0), ("Belanja Modal", "indikator", 0)]
    facts = facts_of(table)
    assert not [f for f in facts if f["type"] == "rollup"]
    wrong = [(f["location"]["line"], f["period"]) for f in facts if f["type"] == "ratio" and f["abs_difference"] > 0.5]
    assert wrong == [(13, "2025")]


def test_a_remaining_budget_per_year_is_budget_less_realisation_and_no_budget_itself():
    """"Sisa Anggaran" of each year beside its budget and realisation: held to budget less
    realisation (RAS-010's fact), never read as a budget; a realisation above its budget whose
    printed percentage agrees is RAS-011's fact, one whose percentage disagrees is RAS-001's."""
    rows = lines(
        T.join(["No", "Program", "2024", "", "", "", "2025", "", "", ""]),
        T.join(["", "", "Anggaran", "Realisasi", "Sisa Anggaran", "%", "Anggaran", "Realisasi", "Sisa Anggaran", "%"]),
        T.join(["1", "Program Pelayanan", "10.000.000", "9.000.000", "1.000.000", "90,00",
                "12.000.000", "12.600.000", "-600.000", "105,00"]),
        T.join(["2", "Program Ketertiban", "8.000.000", "6.000.000", "2.500.000", "75,00",
                "9.000.000", "9.900.000", "0", "95,00"]),
    )
    table = read_table("Tabel 2.2", 10, rows)
    assert [c.period for c in table.rows[0].cells] == ["2024", "2025"]
    facts = facts_of(table)
    left = [(f["location"]["line"], f["period"], f["declared"], f["computed"]) for f in facts
            if f["type"] == "rollup" and f["relation"] == "realisasi_sisa"]
    assert left == [(12, "2024", 1000000, 1000000), (12, "2025", -600000, -600000),
                    (13, "2024", 2500000, 2000000), (13, "2025", 0, -900000)]
    over = [(f["location"]["line"], f["period"]) for f in facts
            if f["type"] == "realised_budget" and f["realisation"] > f["base"]]
    assert over == [(12, "2025")]  # line 13's 95 % is not 9,9 / 9: a ratio finding, not this


def test_a_realisation_in_percent_beside_one_in_rupiah_is_its_ratio():
    """"Pagu (Rp) | Realisasi (Rp) | Realisasi (%)": the second realisation column is the share of
    the budget (the table had been left unread, two realisations and no ratio); a lone
    "Realisasi (%)" beside "Target (%)" is an indicator's realisation, as before."""
    rows = lines(
        T.join(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Realisasi (%)", "Keterangan"]),
        T.join(["1", "Program Pelayanan", "40.000.000", "30.000.000", "75,00", "-"]),
        T.join(["2", "Program Ketertiban", "20.000.000", "18.000.000", "95,00", "Ada kegiatan ditunda"]),
    )
    table = read_table("Tabel 2.1", 10, rows)
    wrong = [(f["location"]["line"], f["declared"], f["computed"]) for f in facts_of(table)
             if f["type"] == "ratio" and f["abs_difference"] > 0.5]
    assert wrong == [(12, 95, 90)]
    indicator = lines(
        T.join(["No", "Indikator", "Target (%)", "Realisasi (%)", "Capaian (%)"]),
        T.join(["1", "Persentase layanan tepat waktu", "80", "60", "75"]),
    )
    ratios = [(f["declared"], f["computed"]) for f in facts_of(read_table("Tabel 2.2", 10, indicator))
              if f["type"] == "ratio" and f["check"] == "cell"]
    assert ratios == [(75, 75)]


def test_an_average_row_is_held_to_the_mean_of_the_rows_ratios_not_to_its_own_figures():
    """"Rata-rata Capaian" under the indicators: no indicator of its own (it had been RAS-004, its
    target and realisation empty, or RAS-001 where it printed the means: 76,33 / 80 is no mean of
    ratios); its ratio is the rows' mean (RAS-012's fact), within the rounding printed."""
    rows = lines(
        T.join(["No", "Indikator Kinerja", "Target 2025", "Realisasi 2025", "Capaian (%)"]),
        T.join(["1", "Persentase layanan tepat waktu", "90", "81", "90,00"]),
        T.join(["2", "Indeks kepuasan masyarakat", "80", "78", "97,50"]),
        T.join(["3", "Persentase desa tertib administrasi", "70", "70", "100,00"]),
        T.join(["", "Rata-rata", "80", "76,33", "95,83"]),
    )
    facts = facts_of(read_table("Tabel 2.1", 10, rows))
    assert [(f["check"], f["declared"], f["computed"], f["abs_difference"] <= f["tolerance"]) for f in facts
            if f["type"] == "ratio" and f["location"]["line"] == 14] == [("average", 95.83, 95.83, True)]
    assert not [f for f in facts if f["type"] == "required_value" and f["location"]["line"] == 14 and f["missing"]]


def test_budget_program_against_its_kegiatan():
    facts = [f for f in facts_of(read_table("Tabel 2.4", 10, BUDGET)) if f.get("relation") == "realisasi_program"]
    wrong = sorted((f["location"]["line"], f["what"], f["declared_text"]) for f in facts
                   if f["abs_difference"] > f["tolerance"])
    # Program 1 prints a ratio for 2024 but leaves its budget and realisation blank; program 2 adds up.
    assert wrong == [(12, "anggaran", "kosong"), (12, "realisasi", "kosong")]
    assert any(f["location"]["line"] == 15 and f["abs_difference"] == 0 for f in facts)


def test_header_stating_target_over_realisation_is_a_formula_finding():
    rows = lines(
        T.join(["No", "Indikator", "Target", "", "Realisasi", "", "Rasio Capaian (Target dibagi Realisasi)", ""]),
        T.join(["", "", "2023", "2024", "2023", "2024", "2023", "2024"]),
        T.join(["1", "Indeks Kepuasan Masyarakat", "80", "82", "80", "82", "100", "100"]),
    )
    headers = [f for f in facts_of(read_table("Tabel 2.2", 10, rows)) if f.get("check") == "formula_header"]
    assert [(f["location"]["line"], f["header_formula"]) for f in headers] == [(10, "target/realisasi")]


def test_budget_total_row_against_its_kegiatan():
    passing = [f for f in facts_of(read_table("Tabel 2.4", 10, BUDGET)) if f.get("relation") == "realisasi_total"]
    assert [(f["what"], f["abs_difference"]) for f in passing] == [("anggaran", 0), ("realisasi", 0)]
    wrong = BUDGET[:-1] + lines(T.join(["", "JUMLAH", "N/A", "21.000.000", "N/A", "17.000.000", "N/A", "85"]),
                                start=17)
    facts = facts_of(read_table("Tabel 2.4", 10, wrong))
    totals = [(f["what"], f["difference"]) for f in facts
              if f.get("relation") == "realisasi_total" and f["abs_difference"] > f["tolerance"]]
    assert totals == [("anggaran", 1_000_000)]
    ratios = [f for f in facts if f["type"] == "ratio" and f["check"] == "cell" and f["location"]["line"] == 17]
    assert ratios and ratios[-1]["abs_difference"] > ratios[-1]["tolerance"]   # 17 / 21 is not 85 %


def test_a_row_short_of_a_figure_and_a_row_realigned_after_a_dropped_cell():
    rows = lines(
        T.join(["No", "", "Indikator", "Target", "", "Realisasi", "", "Persentase realisasi anggaran", ""]),
        T.join(["", "", "", "2023", "2024", "2023", "2024", "2023", "2024"]),
        T.join(["1", "", "Jumlah dokumen", "4", "4", "4", "4", "100,00", "100,00"]),
        T.join(["2", "", "Jumlah laporan", "12", "12", "12", "100,00", "100,00", ""]),     # a realisasi lost
        T.join(["3", "Jumlah forum", "6", "6", "6", "6", "100,00", "100,00"]),              # empty cell dropped
    )
    table = read_table("Tabel 2.1", 10, rows)
    assert [(r.location.line, r.short) for r in table.rows] == [(12, 0), (13, 1), (14, 0)]
    assert table.rows[2].cells[1].actual.raw == "6"                  # realigned under its header
    short = [f["location"]["line"] for f in facts_of(table) if f.get("what") == "nilai_baris" and f["missing"]]
    assert short == [13]


def test_a_row_that_lost_an_empty_label_cell_but_prints_every_figure_is_not_short_of_one():
    """Goal, number and indicator columns before the figures; a row whose indicator stands in the
    goal's column prints a figure more than the columns (its own number's column took one) and
    lost an empty cell: a cell short of the header, yet no figure is missing."""
    rows = lines(
        T.join(["No", "Sasaran", "", "Indikator", "Target", "", "Realisasi", "", "Persentase", ""]),
        T.join(["", "", "", "", "2023", "2024", "2023", "2024", "2023", "2024"]),
        T.join(["1", "Meningkatnya pelayanan", "1", "Jumlah dokumen", "4", "4", "4", "4", "100,00", "100,00"]),
        T.join(["2", "Jumlah laporan", "100,00", "12", "12", "12", "12", "100,00", "100,00"]),
        T.join(["3", "", "", "Jumlah forum", "6", "6", "6", "100,00", "100,00"]),          # a figure lost
    )
    table = read_table("Tabel 2.1", 10, rows)
    assert [(r.location.line, r.short) for r in table.rows] == [(12, 0), (13, 0), (14, 1)]


def ratio_failures(table) -> list[int]:
    """The lines of the ratio facts whose printed ratio is off by more than their tolerance."""
    return sorted(f["location"]["line"] for f in facts_of(table)
                  if f.get("type") == "ratio" and f.get("abs_difference", 0) > f.get("tolerance", 0))


def test_a_ratio_column_of_fractions_is_read_as_percent():
    # "Rasio" without "%": 0,98 is 98 %; the one row whose fraction is wrong (0,50 for 90 %) stays wrong.
    table = read_table("Tabel 2.3", 10, lines(
        T.join(["No", "Indikator", "Target", "Realisasi", "Rasio"]),
        T.join(["1", "Indeks pelayanan", "85", "83", "0,98"]),
        T.join(["2", "Persentase desa tertib", "10", "9", "0,90"]),
        T.join(["3", "Jumlah laporan", "50", "50", "1"]),
        T.join(["4", "Cakupan layanan", "20", "18", "0,50"]),
    ))
    assert [r.cells[0].declared.value for r in table.rows] == [98, 90, 100, 50]
    assert ratio_failures(table) == [14]


def test_capaian_lines_of_fractions_under_each_target_and_realisation_are_read_as_percent():
    """Target, realisation and "Rasio" on three lines per indicator: the fractions are read as
    percent as a ratio column of fractions is (each had been a wrong capaian: "0,97%" for 97 %);
    the one that is wrong stays wrong, and lines labelled "% Capaian" keep their figures."""
    rows = lines(
        T.join(["No", "Indikator", "Uraian", "2024", "2025"]),
        T.join(["1", "Persentase layanan tepat waktu", "Target", "80", "85"]),
        T.join(["", "", "Realisasi", "78", "85"]),
        T.join(["", "", "Rasio", "0,98", "1,00"]),
        T.join(["2", "Persentase desa tertib", "Target", "70", "90"]),
        T.join(["", "", "Realisasi", "72", "81"]),
        T.join(["", "", "Rasio", "1,03", "0,80"]),
        start=20,
    )
    table = read_table("", 20, rows)
    assert [c.declared.value for r in table.rows for c in r.cells] == [98, 100, 103, 80]
    assert ratio_failures(table) == [26]
    labelled = read_table("", 20, [(k, [c.replace("Rasio", "% Capaian") for c in cells]) for k, cells in rows])
    assert [c.declared.value for r in labelled.rows for c in r.cells] == [0.98, 1.0, 1.03, 0.8]


def test_a_percent_header_keeps_its_figures_as_percent():
    table = read_table("Tabel 2.3", 10, lines(
        T.join(["No", "Indikator", "Target", "Realisasi", "Capaian (%)"]),
        T.join(["1", "Indeks pelayanan", "85", "83", "0,98"]),
        T.join(["2", "Persentase desa tertib", "10", "9", "0,90"]),
    ))
    assert [r.cells[0].declared.value for r in table.rows] == [0.98, 0.90]
    assert ratio_failures(table) == [11, 12]


def test_an_ambiguous_figure_follows_the_documents_locale():
    from checker.numbers import DOCUMENT_LOCALE, locale_of, parse_number
    assert locale_of(["1.250.000", "84,31", "2.000.000,00", "1,830"]) == "id"
    assert locale_of(["1,250,000", "84.31", "2,000,000.00"]) == "en"
    assert locale_of(["1.250.000", "1,250,000", "84,31"]) is None   # no clear majority
    token = DOCUMENT_LOCALE.set("id")
    try:
        assert parse_number("92,415").value == Decimal("92.415") and parse_number("1.830").value == 1830
        assert parse_number("1.830.000", "money").value == 1_830_000
    finally:
        DOCUMENT_LOCALE.reset(token)
    assert parse_number("92,415").value == 92415  # with no evidence, a group of three is thousands


def test_a_table_written_in_the_other_locale_reads_in_its_own(tmp_path):
    from checker.readers import read_plan
    id_table = ["Tabel 2.1 Anggaran", "No\tProgram\tAnggaran 2025\tRealisasi 2025\tPersentase Realisasi Anggaran",
                *(f"{k}\tProgram {k}\t1.250.000\t1.000.000\t80,00" for k in range(1, 5))]
    en_table = ["Tabel 2.2 Capaian", "No\tIndikator\tTarget 2025\tRealisasi 2025\tCapaian 2025 (%)",
                "1\tIndeks A\t90.50\t92.415\t102.12", "2\tIndeks B\t80.25\t80.00\t99.69", "3\tIndeks C\t70.75\t70.00\t98.94"]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", *id_table, "",
                               "Uraian.", "", *en_table]) + "\n", encoding="utf-8")
    plan = read_plan(path)
    rows = {r.name: r for t in plan.realisations for r in t.rows}
    assert rows["Indeks A"].cells[0].actual.value == 92.415      # the table's own decimals are dots
    assert rows["Program 1"].cells[0].base.value == 1_250_000


def test_an_upper_header_row_that_lost_an_empty_cell_is_set_back_by_the_numbering_formulas():
    # The upper row's 2026 group spans target, realisation and level (8) = (7/6), each labelled
    # below; it lost the empty cell after the group, so the 2027 target's label stood over the
    # level column. The formula puts one label over the group, at its first column.
    head_upper = ["Kode", "Program/Kegiatan", "Indikator", "Target Renstra", "Target dan Realisasi Tahun 2026",
                  "", "Target Renja Tahun 2027", "Realisasi s/d Tahun 2027", ""]
    head_lower = ["", "", "", "", "Target 2026", "Realisasi 2026", "Tingkat Realisasi (%)", "",
                  "Realisasi Tahun 2027", "Tingkat Capaian (%)"]
    numbers = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7) = (6/5)", "(8)", "(9)", "(10)"]
    rows = lines(
        T.join(head_upper), T.join(head_lower), T.join(numbers),
        T.join(["7.01.01", "Program Penunjang", "Persentase layanan", "100", "10", "10", "100%", "9", "9", "100%"]),
        T.join(["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "6", "6", "6", "100%", "12", "12", "100%"]),
    )
    table = read_table("Tabel 2.1", 10, rows)
    wrong = [(f["location"]["line"], f["period"]) for f in facts_of(table)
             if f["type"] == "ratio" and f["check"] == "cell" and f["abs_difference"] > f["tolerance"]]
    assert wrong == []
    assert {f["period"] for f in facts_of(table) if f["type"] == "ratio" and f["check"] == "cell"} == {"2026", "2027"}


def test_a_realisation_written_in_persen_is_a_percentage():
    rows = lines(
        T.join(["No", "Indikator", "Satuan", "Target", "Realisasi"]),
        T.join(["", "", "", "Tahun 2023", "Tahun 2023"]),
        T.join(["1", "Cakupan desa tertib administrasi", "Persen", "44 %", "215 persen"]),
        T.join(["2", "Cakupan desa mandiri", "Persen", "40 persen", "38 %"]),
    )
    facts = facts_of(read_table("Tabel 2.3", 10, rows))
    assert [(f["location"]["line"], f["value"]) for f in facts
            if f["type"] == "percent_value" and f["value"] > 100] == [(12, 215)]


def _evaluation(renstra_target: str, last_ratio: str) -> list[tuple[int, list[str]]]:
    """A T-C.29 evaluation table: its last ratio, by its header, measures the realisation so far
    against the Renstra's end target (column 3), not against the year's Renja target (column 7)."""
    return lines(
        T.join(["Kode", "Program/Kegiatan", "Indikator", "Target Kinerja (Renstra) Tahun 2026",
                "Target dan Realisasi Tahun 2024", "", "", "Target (Renja) Tahun 2025",
                "Perkiraan Realisasi Capaian Target Renstra s/d Tahun 2025", ""]),
        T.join(["", "", "", "", "Target Renja", "Realisasi Renja", "Tingkat Realisasi (%)", "",
                "Realisasi Capaian", "Tingkat Capaian Realisasi Target Renstra (%)"]),
        T.join(["7.01.02", "Program Pelayanan Publik", "Indeks kepuasan", renstra_target, "82", "81", "98,78",
                "83", "82", last_ratio]),
        T.join(["7.01.02.2.01", "Koordinasi", "Jumlah rapat", "24 kali", "24 kali", "22 kali", "91,67", "24 kali",
                "23 kali", "95,83"]),
    )


def test_a_ratio_that_names_the_renstra_divides_by_the_renstra_target():
    table = read_table("Tabel 2.1", 10, _evaluation("85", "96,47"))   # 82 / 85
    program = table.rows[0]
    assert [(c.period, c.base.raw, c.actual.raw) for c in program.cells] == [("2024", "82", "81"), ("2025", "85", "82")]
    ratios = [f for f in facts_of(table) if f["type"] == "ratio" and f.get("declared") is not None]
    assert ratios and not [f for f in ratios if abs(f["declared"] - f["computed"]) > 1]


def test_where_the_years_target_explains_more_rows_the_figures_decide():
    # Computed against the year's Renja target (82 / 83): the figures say the header means it.
    table = read_table("Tabel 2.1", 10, _evaluation("85", "98,80"))
    assert table.rows[0].cells[1].base.raw == "83"


ORDINAL = lines(
    T.join(["No", "Indikator", "Target Tahun ke-", "", "", "", "Realisasi Tahun ke-", "", "", "",
            "Rasio Capaian Tahun ke-", "", "", ""]),
    T.join(["", "", "1", "2", "3", "4", "1", "2", "3", "4", "1", "2", "3", "4"]),
    T.join(["1", "Jumlah laporan", "4", "4", "4", "4", "4", "3", "4", "4", "1,00", "0,75", "1,00", "0,80"]),
    T.join(["2", "Indeks kepuasan", "80", "81", "82", "83", "79", "81", "82", "83", "0,99", "1,00", "1,00", "1,00"]),
)


def test_years_by_their_place_in_the_period_pair_each_year():
    """"Tahun ke-" over 1 2 3 4 once per group: the row is the header's years, not column numbers,
    so each year's target, realisation and ratio are paired (and the fractions read as such)."""
    table = read_table("Tabel 2.1", 10, ORDINAL)
    assert [c.period for c in table.rows[0].cells] == ["ke-1", "ke-2", "ke-3", "ke-4"]
    wrong = [(f["subject"], f["period"]) for f in facts_of(table)
             if f["type"] == "ratio" and f.get("declared") is not None and abs(f["declared"] - f["computed"]) > 1]
    assert wrong == [("Jumlah laporan", "ke-4")]


def test_a_row_of_small_numbers_is_column_numbers_only_when_they_rise():
    from checker.readers.realisation import column_numbers, ordinal_years
    assert column_numbers(["(1)", "(2)", "(3)", "(4) = (3/2)"]) and column_numbers(["1", "2", "3", "4", "5"])
    assert not column_numbers(["1", "2", "3", "1", "2", "3"]) and not column_numbers(["5", "3", "2", "10"])
    assert ordinal_years(["", "1", "2", "3", "1", "2", "3"]) and not ordinal_years(["1", "2", "3", "4"])


def test_years_by_their_place_beside_a_group_of_labels_on_the_same_row():
    from checker.readers.realisation import ordinal_years
    assert ordinal_years(["", "1", "2", "3", "1", "2", "3", "Anggaran", "Realisasi"])
    assert not ordinal_years(["", "1", "2", "3", "1", "2", "3", "80%"])


def test_years_by_their_place_that_lost_a_cell_stand_under_their_group_again():
    """The row of 1 2 3 4 lost the empty cell before it: its `1` goes back under the first group
    that ends "Tahun ke-", so every year of every group is paired."""
    shifted = [lines_ for lines_ in ORDINAL]
    line, cells = shifted[1]
    shifted[1] = (line, cells[1:])   # one empty cell fewer before the years
    table = read_table("Tabel 2.1", 10, shifted)
    assert [c.period for c in table.rows[0].cells] == ["ke-1", "ke-2", "ke-3", "ke-4"]


def test_years_by_their_place_that_gained_a_cell_stand_under_their_group_again():
    shifted = list(ORDINAL)
    line, cells = shifted[1]
    shifted[1] = (line, [""] + cells)   # one empty cell more before the years
    table = read_table("Tabel 2.1", 10, shifted)
    assert [c.period for c in table.rows[0].cells] == ["ke-1", "ke-2", "ke-3", "ke-4"]


def test_an_indicator_header_that_lost_an_empty_cell_puts_its_end_of_period_over_its_own_column():
    """The upper header row lost one of the empty cells under its year group: read as printed,
    the last year's column would be the "Kondisi Akhir" and the real one left unread."""
    from checker.readers.indicators import read_indicator_table
    table = lines(
        T.join(["No", "Indikator", "Kondisi Awal (2025)", "Target pada Tahun", "", "Kondisi Akhir (2028)"]),
        T.join(["", "", "", "2026", "2027", "2028", ""]),
        T.join(["1", "Indeks kepuasan layanan", "70", "72", "74", "76", "76"]),
        T.join(["2", "Persentase desa tertib administrasi", "50", "55", "60", "65", "66"]),
    )
    figures = read_indicator_table("Tabel 4.2", 10, table)
    akhir = {f.name: f.value.raw for f in figures if f.role == "akhir"}
    targets = {(f.name, f.period): f.value.raw for f in figures if f.role == "target"}
    assert akhir == {"Indeks kepuasan layanan": "76", "Persentase desa tertib administrasi": "66"}
    assert targets[("Persentase desa tertib administrasi", "2028")] == "65"
    assert ("Indeks kepuasan layanan", "2025") not in targets


def test_a_lowest_header_row_of_runs_that_lost_its_first_empty_cell_is_set_back_under_its_years():
    """"Tahun 2027 | | Tahun 2028 |" over "Target | Pagu" runs that lost an empty cell before
    them: set back, the runs stand under the years again. A place between a run's labels is no
    reading (it breaks the run), so the one place left is taken (it had been left as printed,
    every target read as a pagu and every pagu as the next year's target)."""
    from checker.readers.realisation import fill_lost_label_cell
    header = [["Program", "Indikator", "Kondisi Awal", "Tahun 2027", "", "Tahun 2028", "", "Akhir", ""],
              ["", "", "Target", "Pagu (Rp 000)", "Target", "Pagu (Rp 000)", "Target", "Pagu (Rp 000)"]]
    body = [["Program A", "Persentase layanan", "75", "77", "50.000", "79", "14.000", "79", "64.000"],
            ["Kegiatan A", "Persentase dokumen", "85", "87", "50.000", "89", "14.000", "89", "64.000"]]
    assert fill_lost_label_cell(header, body)[1] == ["", "", "", "Target", "Pagu (Rp 000)", "Target",
                                                    "Pagu (Rp 000)", "Target", "Pagu (Rp 000)"]


def test_a_label_after_the_year_groups_that_lost_the_empty_cell_before_it_goes_back_after_them():
    """"Prakiraan Maju 2028 | | Lokasi" printed without its empty cell: "Lokasi" stands over the
    last run's "Target". Set back after the runs (a label over the second column of the last run
    stands in that run's middle, as one over any other run's would), the 2028 targets are read
    (they had not been read at all)."""
    from checker.readers.realisation import fill_lost_label_cell
    header = [["Program", "Indikator", "Kondisi Awal", "2027", "", "Prakiraan Maju 2028", "Lokasi", "Sumber Dana"],
              ["", "", "", "Pagu (Rp)", "Target", "Pagu (Rp)", "Target", "", ""]]
    body = [["PROGRAM A", "Persentase layanan", "75%", "50.000.000", "77%", "55.000.000", "79%", "Kecamatan", "APBD"],
            ["Kegiatan A", "Persentase dokumen", "85%", "50.000.000", "87%", "55.000.000", "89%", "Kecamatan", "APBD"]]
    assert fill_lost_label_cell(header, body)[0] == ["Program", "Indikator", "Kondisi Awal", "2027", "",
                                                    "Prakiraan Maju 2028", "", "Lokasi", "Sumber Dana"]


def test_two_header_rows_that_each_lost_an_empty_cell_are_both_set_back():
    """"2027 | | Prakiraan Maju 2028 |" without the empty cell after "2027", and the "Target |
    Pagu" row without one of its leading empty cells: each row a cell short. No one row set back
    agrees with the rows; both set back do, in one way only."""
    from checker.readers.realisation import fill_lost_label_cell
    header = [["No", "Program", "Indikator", "Satuan", "Kondisi Awal", "2027", "Prakiraan Maju 2028", ""],
              ["", "", "", "", "Target", "Pagu (Rp 000)", "Target", "Pagu (Rp 000)"]]
    body = [["1", "PROGRAM A", "Persentase layanan", "%", "75%", "77%", "50.000", "79%", "55.000"],
            ["", "Kegiatan A", "Jumlah dokumen", "dokumen", "4", "4", "50.000", "4", "55.000"]]
    assert fill_lost_label_cell(header, body) == [
        ["No", "Program", "Indikator", "Satuan", "Kondisi Awal", "2027", "", "Prakiraan Maju 2028", ""],
        ["", "", "", "", "", "Target", "Pagu (Rp 000)", "Target", "Pagu (Rp 000)"]]


def test_years_under_a_group_heading_that_lost_their_first_empty_cell_go_back_under_it():
    """"Target Kinerja pada Tahun" over five columns, the years' row a cell short: as printed the
    first year stands under "Kondisi Awal" and the group's last column has none (every target
    then read a year early, the baseline as the first year's and the end as the last's); set
    back, the years fill the group."""
    from checker.readers.realisation import fill_lost_label_cell
    header = [["No", "Indikator", "Kondisi Awal", "Target Kinerja pada Tahun", "", "", "Kondisi Akhir"],
              ["", "", "2027", "2028", "2029", ""]]
    body = [["1", "Indeks kepuasan", "83", "85", "87", "89", "89"],
            ["2", "Persentase desa", "71", "73", "75", "77", "77"]]
    assert fill_lost_label_cell(header, body)[1] == ["", "", "", "2027", "2028", "2029", ""]


def test_an_indicator_header_that_already_agrees_with_its_rows_is_left_as_it_is():
    from checker.readers.realisation import fill_lost_label_cell
    header = [["No", "Indikator", "Target pada Tahun", "", "Kondisi Akhir"], ["", "", "2026", "2027", ""]]
    body = [["1", "Indeks", "72", "74", "74"]]
    assert fill_lost_label_cell(header, body) == header
    # The cell lost before "Target 2026" or before "Target 2027": two places read the rows as
    # well as each other, so the header stays as printed.
    short = [["Indikator", "Keterangan", "Target 2026", "Target 2027"]]
    assert fill_lost_label_cell(short, [["Indeks", "", "72", "", "74"]] * 2) == short


def test_ratios_by_their_place_beside_targets_and_realisations_by_year_take_the_years_in_order():
    """Targets and realisations headed by their years, the ratios "Tahun ke-" over 1 2 3: the
    ratio of year 2 is realisation 2024 over target 2024, named by that year."""
    from checker.readers.realisation import ordinal_years
    table = read_table("Tabel 2.1", 10, lines(
        T.join(["No", "Indikator", "Target Tahun", "", "", "Realisasi Tahun", "", "", "Rasio pada Tahun ke-", "", ""]),
        T.join(["", "", "2023", "2024", "2025", "2023", "2024", "2025", "1", "2", "3"]),
        T.join(["1", "Persentase layanan tepat waktu", "80", "85", "90", "76", "85", "81", "95,00", "100,00", "90,00"]),
    ))
    cells = table.rows[0].cells
    assert [(c.period, c.base.raw, c.actual.raw, c.declared.raw) for c in cells] == [
        ("2023", "80", "76", "95,00"), ("2024", "85", "85", "100,00"), ("2025", "90", "81", "90,00")]
    # One run of places beside years is a header; the same numbers alone are a row of figures.
    assert ordinal_years(["", "2023", "2024", "1", "2"]) and not ordinal_years(["", "1", "2", "3", "4"])
    assert not ordinal_years(["", "2023", "2024", "3", "5"])


def test_performance_and_budget_paired_side_by_side_pair_each_with_its_own():
    """T-C.29 in its full form: "K | Rp" under the target, the realisation and the ratio. The
    ratio under K divides the realisation under K by the target under K, the one under Rp the
    amounts; the rows are a performance table (no budget tree), named by their indicator."""
    table = read_table("Tabel 2.1", 10, lines(
        T.join(["Kode", "Program/Kegiatan", "Indikator", "Realisasi s/d 2024", "", "Target Renja 2025", "",
                "Realisasi Capaian 2025", "", "Tingkat Capaian 2025 (%)", ""]),
        T.join(["", "", "", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"]),
        T.join(["7.01.02.2.02", "Pelayanan Terpadu", "Jumlah dokumen", "2.200 dokumen", "70.000.000", "1.200 dokumen",
                "40.000.000", "1.150 dokumen", "38.000.000", "95,83", "90,00"]),
    ))
    assert table.kind == "kinerja"
    row = table.rows[0]
    assert row.name == "Jumlah dokumen"
    assert [(c.base.value, c.actual.value, c.declared.value) for c in row.cells] == [
        (1200, 1150, 95.83), (40_000_000, 38_000_000, 90)]


def test_a_budget_realisation_in_percent_after_its_budget_and_realisation_is_their_ratio():
    """"Anggaran 2025 (Rp) | Realisasi Anggaran 2025 (Rp) | Realisasi Anggaran (%)" after the
    year's target, realisation and capaian: the last is the budget's ratio, whatever year its
    label names (it had been a second realisation, and a wrong ratio of the budget went unseen)."""
    from checker.readers.realisation import read_tables
    tables = read_tables("Tabel 2.1", 10, lines(
        T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Target 2025", "Realisasi 2025", "Capaian (%) 2025",
                "Anggaran 2025 (Rp)", "Realisasi Anggaran 2025 (Rp)", "Realisasi Anggaran (%)"]),
        T.join(["1", "Program Pelayanan", "Persentase pengaduan", "80", "76", "95,00", "49.000.000", "44.100.000",
                "97,00"]),
    ))
    cells = [c for t in tables for r in t.rows for c in r.cells]
    assert sorted((c.base.value, c.actual.value, c.declared.value) for c in cells) == [
        (80, 76, 95), (49_000_000, 44_100_000, 97)]


def test_performance_and_budget_side_by_side_are_read_as_two_tables_so_budgets_add_up():
    """The same T-C.29 read for checking: the performance side (K) as rows of indicators, the
    budget side (Rp) as programs over their kegiatan, so a program's realisation that is not
    the sum of its kegiatan's is found (RAS-006), and each ratio is checked once."""
    from checker.readers.realisation import read_tables
    head = [T.join(["Kode", "Program/Kegiatan", "Indikator", "Target Renja 2025", "", "Realisasi Capaian 2025", "",
                    "Tingkat Capaian 2025 (%)", ""]),
            T.join(["", "", "", "K", "Rp", "K", "Rp", "K", "Rp"])]
    body = [T.join(["7.01.02", "Program Pelayanan Publik", "Indeks kepuasan", "82", "100.000.000", "81",
                    "97.000.000", "98,78", "97,00"]),
            T.join(["7.01.02.2.01", "Kegiatan Koordinasi Pemerintahan", "Jumlah rapat", "24 kali", "60.000.000",
                    "24 kali", "60.000.000", "100,00", "100,00"]),
            T.join(["7.01.02.2.02", "Kegiatan Pelayanan Terpadu", "Jumlah dokumen", "1.200 dokumen", "40.000.000",
                    "1.150 dokumen", "38.000.000", "95,83", "95,00"])]
    performance, budget = read_tables("Tabel 2.1", 10, lines(*head, *body))
    assert (performance.kind, budget.kind) == ("kinerja", "anggaran")
    assert [len(r.cells) for r in performance.rows] == [1, 1, 1]
    assert [(r.name, [k.name for k in r.children]) for r in budget.rows] == [
        ("Program Pelayanan Publik", ["Kegiatan Koordinasi Pemerintahan", "Kegiatan Pelayanan Terpadu"])]
    rollups = [f for t in (performance, budget) for f in facts_of(t) if f["type"] == "rollup"]
    assert [(f["declared"], f["computed"]) for f in rollups] == [(100_000_000, 100_000_000), (97_000_000, 98_000_000)]


def test_an_indicator_named_rata_rata_with_its_own_figures_is_a_row_not_the_average():
    """"Rata-rata waktu penyelesaian izin" with its target and realisation is an indicator (it had
    been taken for the table's average row and held to the other rows' mean, RAS-012); its capaian
    is checked as any row's, by the formulas of a lower-is-better indicator."""
    rows = lines(
        T.join(["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"]),
        T.join(["1", "Persentase layanan tepat waktu", "%", "90", "81", "90,00"]),
        T.join(["2", "Rata-rata waktu penyelesaian izin", "hari", "5", "4", "120,00"]),
        T.join(["3", "Indeks kepuasan masyarakat", "nilai", "80", "78", "97,50"]),
        T.join(["", "Rata-rata Capaian Kinerja", "", "", "", "102,50"]),
    )
    table = read_table("Tabel 2.1", 10, rows)
    assert [r.name for r in table.rows][1] == "Rata-rata waktu penyelesaian izin"
    assert table.average is not None and table.average.name == "Rata-rata Capaian Kinerja"
    facts = [f for f in facts_of(table) if f["type"] == "ratio" and f["check"] != "formula_header"]
    assert [(f["check"], f["location"]["line"], f["abs_difference"] <= f["tolerance"]) for f in facts] == [
        ("cell", 11, True), ("cell", 12, True), ("cell", 13, True), ("average", 14, True)]


def test_a_lower_is_better_capaian_is_reported_with_the_formula_nearest_its_figure(tmp_path):
    """A falling count's capaian fits neither (2 x target - realisation) / target nor target /
    realisation: the message shows the nearer of the two, not realisation / target, which does
    not apply to it."""
    from checker.pipeline import check_file
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 2.2 Capaian Kinerja Tahun 2025",
            T.join(["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"]),
            T.join(["1", "Jumlah kasus gangguan ketertiban", "kasus", "10", "8", "130,00"]),
            T.join(["2", "Jumlah laporan pengaduan yang tidak ditindaklanjuti", "laporan", "20", "16", "120,00"])]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    found = [(f.rule, f.location.line, f.message) for f in check_file(path, Settings()).findings if f.rule == "RAS-001"]
    assert [(rule, line) for rule, line, _ in found] == [("RAS-001", 7)]
    assert "10 / 8 x 100 = 125%" in found[0][2]
    english = [f.message for f in check_file(path, Settings(lang="en")).findings if f.rule == "RAS-001"]
    assert "but 10 / 8 x 100 = 125%" in english[0]


def test_a_row_printing_its_budget_on_a_line_of_its_own_is_named_after_its_row():
    """Each program on two lines, "Kinerja" and "Keuangan (Rp)" under an "Uraian" column: the
    budget line's ratio is the program's (its findings had been named "Keuangan (Rp)" alone)."""
    rows = lines(
        T.join(["No", "Program", "Indikator Kinerja", "Satuan", "Uraian", "Target", "Realisasi", "Capaian (%)"]),
        T.join(["1", "Program Pelayanan Publik", "Indeks kepuasan masyarakat", "nilai", "Kinerja", "82", "80",
                "97,56"]),
        T.join(["", "", "", "", "Keuangan (Rp)", "85.000.000", "80.750.000", "96,00"]),
    )
    names = [r.name for r in read_table("Tabel 2.1", 10, rows).rows]
    assert names == ["Indeks kepuasan masyarakat", "Indeks kepuasan masyarakat – Keuangan (Rp)"]


def test_a_group_row_that_lost_an_empty_cell_stands_over_its_pairs_again():
    """Groups over "K | Rp" pairs, the group row one empty cell short after "Target 2024": the
    groups after it stood over a pair's Rp and the ratios over amounts (the table was left
    unread). Set back so every group begins over a K, the pairs are read."""
    rows = lines(
        T.join(["Kode", "Program", "Indikator", "Target 2024", "Realisasi 2024", "", "Tingkat Capaian (%)", ""]),
        T.join(["", "", "", "K", "Rp", "K", "Rp", "K", "Rp"]),
        T.join(["7.01.02", "Program Pelayanan", "Indeks kepuasan", "82", "110.000.000", "81", "108.000.000",
                "98,78", "98,18"]),
        T.join(["7.01.03", "Program Desa", "Persentase desa maju", "72", "60.000.000", "70", "58.000.000",
                "97,22", "95,00"]),
    )
    table = read_table("Tabel 2.1", 10, rows)
    assert table is not None and not table.unplaced
    wrong = [(f["location"]["line"], f["declared"]) for f in facts_of(table)
             if f["type"] == "ratio" and f["check"] == "cell" and f["abs_difference"] > f["tolerance"]]
    assert wrong == [(13, 95.0)]  # 58 / 60 is 96,67



_TC31 = [["Program", "Indikator", "Satuan", "Rencana Tahun 2027", "", "", "", "Catatan Penting", "Prakiraan Maju 2028",
          ""],
         ["", "", "Lokasi", "Target", "Pagu (Rp)", "Sumber Dana", "", "Target", "Pagu (Rp)"]]
_TC31_ROWS = [["PROGRAM A", "Persentase layanan", "%", "Kecamatan", "77%", "50.000.000", "APBD", "", "79%",
               "55.000.000"],
              ["Kegiatan A", "Persentase dokumen", "%", "Kecamatan", "87%", "50.000.000", "APBD", "", "89%",
               "55.000.000"]]
_TC27 = [["Program", "Indikator", "Data Capaian Awal", "Target dan Kerangka Pendanaan", "", "", "",
          "Unit Kerja"],
         ["", "", "Tahun 2027", "", "Tahun 2028", "", ""],
         ["", "", "", "Target", "Rp", "Target", "Rp", ""]]
_TC27_ROWS = [["PROGRAM A", "Persentase layanan", "75%", "77%", "50.000.000", "79%", "55.000.000", "Sekretariat"],
              ["Kegiatan A", "Persentase dokumen", "85%", "87%", "50.000.000", "89%", "55.000.000", "Sekretariat"]]


@pytest.mark.parametrize("header, body", [(_TC31, _TC31_ROWS), (_TC27, _TC27_ROWS)], ids=["T-C.31", "T-C.27"])
def test_of_two_places_for_a_lost_cell_the_one_where_the_groups_begin_labelled_is_taken(header, body):
    """A header row a cell short that agrees with the rows set back in two ways ("Lokasi" under
    "Satuan" or under "Rencana Tahun 2027"; "Tahun 2027" under the baseline or under the
    funding group): the way that leaves a group heading's first column bare and labels the next
    is no merged cell's, so the other is taken (the header had been left as printed, a year's
    targets not read)."""
    from checker.readers.realisation import fill_lost_label_cell
    assert fill_lost_label_cell(header, body)[1] == [""] + header[1]


SERVICE = lines(
    T.join(["No", "Indikator Kinerja", "Target Renstra", "", "", "", "Realisasi Capaian", "", "Proyeksi", "",
            "Catatan"]),
    T.join(["", "", "Tahun 2024", "Tahun 2025", "Tahun 2026", "Tahun 2027", "Tahun 2024", "Tahun 2025",
            "Tahun 2026", "Tahun 2027", ""]),
    T.join(["1", "Indeks kepuasan masyarakat", "80", "82", "84", "85", "79", "81", "", "NA", ""]),
    T.join(["2", "Persentase laporan tepat waktu", "100", "100", "100", "100", "100", "100", "100", "100", ""]),
    T.join(["3", "Persentase desa tertib administrasi", "70", "75", "80", "85", "72", "74", "80", "85", ""]),
    T.join(["4", "Persentase aduan ditindaklanjuti", "90", "90", "95", "95", "88", "90", "95", ""]),
)


def test_a_row_without_the_projections_every_other_row_gives_is_one_finding_per_row():
    """Under "Proyeksi", years beside no realisation: a row of figures that leaves them empty or
    "NA" where the other rows project is reported once, with the years; a year one other row
    leaves empty too is no single row's omission (row 4's 2027, row 1's 2027 is then not said)."""
    table = read_table("Tabel 2.2", 10, SERVICE)
    assert table is not None and table.kind == "kinerja"
    assert {y: v.raw for y, v in table.rows[0].projections.items()} == {"2026": "", "2027": "NA"}
    assert table.rows[0].targets["2026"].value == 84  # the target columns stay targets
    facts = [f for f in facts_of(table) if f.get("what") == "proyeksi"]
    assert [(f["subject"], f["period"], f["missing"]) for f in facts] == [
        ("Indeks kepuasan masyarakat", "2026", 1), ("Persentase laporan tepat waktu", "", 0),
        ("Persentase desa tertib administrasi", "", 0), ("Persentase aduan ditindaklanjuti", "", 0)]


def test_a_year_row_that_lost_an_empty_cell_under_an_unlabelled_name_column_is_set_back():
    """The tujuan and the indicator are two columns under one "Indikator" heading printed over
    the first only, and the years' row lost one of its leading empty cells: set back, each year
    stands over its figures again (a name column before the first year may have no label)."""
    table = read_table("Tabel 2.1", 10, lines(
        T.join(["No", "Indikator", "", "Target", "", "Realisasi", ""]),
        T.join(["", "", "2024", "2025", "2024", "2025"]),
        T.join(["1", "Pelayanan prima", "Indeks kepuasan masyarakat", "80", "82", "79", "81"]),
        T.join(["2", "Tata kelola baik", "Persentase laporan tepat waktu", "100", "100", "90", "95"]),
        T.join(["3", "Desa mandiri", "Persentase desa mandiri", "20", "25", "18", "24"])))
    assert table is not None
    assert [(c.period, c.base.value, c.actual.value) for c in table.rows[0].cells] == \
        [("2024", 80, 79), ("2025", 82, 81)]


def test_a_lower_header_row_a_cell_short_is_set_back_where_the_formula_says():
    """"(8) = (7/6)" under a lower header row that lost one of its leading empty cells: the one
    place for that cell that puts a ratio's label over (8) and a target's and a realisation's
    over (6) and (7) sets each label back over its figures (a T-C.29's shape), and the upper row's
    group label over the formula's first column. Where the rows alone do not say so
    (`fill_lost_label_cell`), the formula does."""
    upper = ["Kode", "Program/Kegiatan", "Indikator", "Target Renstra Tahun 2026", "Realisasi s/d Tahun 2024",
             "Target dan Realisasi Tahun 2025", "", "", "Target Tahun 2026", "Perkiraan Realisasi s/d Tahun 2026", ""]
    lower = ["", "", "", "", "Target Renja", "Realisasi Renja", "Tingkat Realisasi (%)", "",
             "Realisasi Capaian s/d 2026", "Tingkat Capaian (%)"]
    numbering = ["", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8) = (7/6)", "(9)", "(10)", "(11)"]
    assert fill_lost_cell([upper, lower, numbering], 11) == [upper, [""] + lower, numbering]
    # Both rows a cell short (the upper one inside its group's span): each set back.
    assert fill_lost_cell([upper[:6] + upper[7:], lower, numbering], 11) == [upper, [""] + lower, numbering]
    # Without a formula, or where the row already fits it, nothing is moved.
    assert fill_lost_cell([upper, lower, [c.split(" =")[0] for c in numbering]], 11)[1] == lower
    assert fill_lost_cell([upper, lower[1:], numbering], 11)[1] == lower[1:]
