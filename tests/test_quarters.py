"""Quarterly targets in published Rencana Aksi tables: one quarter per line, all in one cell, or one
column per quarter."""
import pytest

from checker.config import Settings
from checker.facts import build_facts
from checker.models import RencanaAksi
from checker.readers.quarters import read_quarters
from checker.rulebook import load_profile

T = "\t"


def lines(*rows: str, start: int = 1):
    return [(start + k, row.split(T)) for k, row in enumerate(rows)]


SIDE_BY_SIDE = lines(
    T.join(["URAIAN", "INDIKATOR KINERJA", "SATUAN", "TARGET", "", "URAIAN", "INDIKATOR KINERJA", "SATUAN", "TARGET"]),
    T.join(["1. Kegiatan Pelayanan Umum", "1. Persentase layanan tepat waktu", "Persen", "TW I", "25%",
            "1. Sub Kegiatan Arsip", "", "Dokumen", "TW I", "3"]),
    T.join(["", "", "", "TW II", "50%", "", "", "", "", "TW II", "3"]),     # shifted one cell right
    T.join(["", "", "", "TW III", "75%", "", "", "", "TW III", "3"]),
    T.join(["", "", "", "TW IV", "-", "", "", "", "TW IV", "3"]),
    T.join(["2. Kegiatan Ketertiban", "1. Indeks ketentraman", "Angka", "TW I 3,1 TW II 3,2 TW III 3,3 TW IV 3,4"]),
)


def test_series_in_both_forms_with_their_context():
    table = read_quarters("Tabel 3", 1, SIDE_BY_SIDE)
    got = [(n.level, n.name, n.indicators[0].name, n.indicators[0].unit,
            [v.raw for v in n.indicators[0].targets.values()]) for n in table.nodes()]
    assert got == [
        ("kegiatan", "Kegiatan Pelayanan Umum", "Persentase layanan tepat waktu", "Persen", ["25%", "50%", "75%", "-"]),
        ("sub_kegiatan", "Sub Kegiatan Arsip", "", "Dokumen", ["3", "3", "3", "3"]),
        ("kegiatan", "Kegiatan Ketertiban", "Indeks ketentraman", "Angka", ["3,1", "3,2", "3,3", "3,4"]),
    ]


def test_side_by_side_series_keep_their_order_when_the_first_line_is_laid_wider():
    # The TW I line was laid out at the table's full width (five cells more), the lines below it
    # as printed: each quarter is its own side's, in order, not the nearest to the line above.
    rows = lines(
        T.join(["URAIAN", "INDIKATOR KINERJA", "SATUAN", "TARGET", "", "URAIAN", "INDIKATOR KINERJA", "SATUAN",
                "TARGET", "", "", "", "", "", ""]),
        T.join(["1. Kegiatan Pelayanan Umum", "", "", "1. Persentase layanan tepat waktu", "", "", "", "Persen",
                "TW I", "25%", "1. Sub Kegiatan Arsip", "1. Jumlah arsip", "Dokumen", "TW I", "180"]),
        T.join(["", "", "", "TW II", "50%", "", "", "TW II", "180"]),
        T.join(["", "", "", "TW III", "75%", "", "", "", "TW III", "180"]),
        T.join(["", "", "", "TW IV", "100%", "", "", "", "TW IV", "180"]),
    )
    table = read_quarters("Tabel 3", 1, rows)
    got = [[v.raw for v in n.indicators[0].targets.values()] for n in table.nodes()]
    assert got == [["25%", "50%", "75%", "100%"], ["180", "180", "180", "180"]]


def test_findings_missing_year_end_target_and_indicator():
    table = read_quarters("Tabel 3", 1, SIDE_BY_SIDE)
    facts = build_facts(RencanaAksi(tables=[table]), load_profile(Settings().profile))
    missing = sorted((f["what"], f["location"]["line"]) for f in facts
                     if f["type"] == "required_value" and f["missing"] and "blank" not in f)  # table-wide: own rules
    assert missing == [("indicator", 2), ("target", 5)]        # no indicator for the arsip; TW IV '-' of a percentage


def test_a_header_row_of_quarters_and_repeated_series_are_not_series():
    header = lines(T.join(["", "", "TW I", "TW II", "TW III", "TW IV"]))
    assert read_quarters("", 1, header) is None
    seen: set = set()
    assert read_quarters("A", 1, SIDE_BY_SIDE, seen) is not None
    assert read_quarters("B", 20, SIDE_BY_SIDE, seen) is None   # the same rows again, for context


def _level_facts(kegiatan_name: str, kegiatan_targets: str) -> list[dict]:
    """The quarterly-levels facts of a program indicator and a kegiatan row that reuses it."""
    program = lines(T.join(["1. Program Pelayanan", "1. Persentase layanan tepat waktu", "Persen",
                            "TW I 30% TW II 50% TW III 70% TW IV 100%"]))
    kegiatan = lines(T.join(["1. Kegiatan Pelayanan Umum", kegiatan_name, "Persen", kegiatan_targets]), start=10)
    plan = RencanaAksi(tables=[read_quarters("A", 1, program), read_quarters("B", 10, kegiatan)])
    return [f for f in build_facts(plan, load_profile(Settings().profile))
            if f.get("check") in ("quarterly_levels", "quarter_end")]


def test_program_indicator_reused_by_a_kegiatan_with_other_targets():
    facts = _level_facts("1. Persentase Layanan Tepat Waktu", "TW I 25% TW II 50% TW III 75% TW IV 100%")
    assert [(f["location"]["line"], f["differing_quarters"], f["there"]) for f in facts
            if f["check"] == "quarterly_levels"] == [(10, 2, "30% / 50% / 70% / 100%")]


def test_kegiatan_without_year_end_target_of_a_program_indicator():
    facts = _level_facts("1. Persentase layanan tepat waktu", "TW I 100% TW II - TW III - TW IV -")
    assert [(f["tw4_written"], f["upper_tw4_written"], f["there_tw4"]) for f in facts
            if f["check"] == "quarter_end"] == [(0, 1, "100%")]


def test_one_column_per_quarter_with_the_annual_target():
    """The third printed form: quarters as header columns beside the year's target. A TW IV that
    is not the annual target, and a running percentage that falls, are the quarterly rules' findings."""
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "", "", ""]),
        T.join(["", "", "", "", "", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]),
        T.join(["1", "Program Penunjang Urusan", "Persentase layanan penunjang", "Persen", "100", "25", "50", "75",
                "90"]),
        T.join(["2", "Kegiatan Perencanaan", "Jumlah dokumen perencanaan", "Dokumen", "4", "1", "1", "1", "1"]),
        T.join(["3", "Program Pembinaan Desa", "Persentase desa tertib", "Persen", "95", "70", "80", "78", "95"]),
    ))
    got = [(n.level, n.name, n.indicators[0].unit, n.indicators[0].annual.raw,
            [v.raw for v in n.indicators[0].targets.values()]) for n in table.nodes()]
    assert got == [("program", "Program Penunjang Urusan", "Persen", "100", ["25", "50", "75", "90"]),
                   ("kegiatan", "Kegiatan Perencanaan", "Dokumen", "4", ["1", "1", "1", "1"]),
                   ("program", "Program Pembinaan Desa", "Persen", "95", ["70", "80", "78", "95"])]
    plan = RencanaAksi(tables=[table])
    settings = Settings()
    facts = build_facts(plan, load_profile(settings.profile, settings.rules_dir))
    quarterly = {(f["check"], f["location"]["line"]) for f in facts if f["type"] == "quarterly"
                 and (f.get("falls") or f.get("abs_difference"))}
    assert quarterly == {("annual", 3), ("cumulative", 5)}


def test_a_percentage_whose_quarters_add_up_to_the_year_is_read_as_shares_of_it():
    """25% in each quarter of a year's 100%: as running totals the fourth would miss the year's
    target and 30 / 30 / 20 / 20 would fall; as each quarter's share they add up to it, the one
    reading under which the figures agree, so neither is a finding. Quarters that neither add up
    nor reach it are still held to it."""
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", "TW I", "TW II", "TW III", "TW IV"]),
        T.join(["1", "Program Pelayanan Publik", "Persentase layanan tepat waktu", "100%", "25%", "25%", "25%", "25%"]),
        T.join(["2", "Program Pembinaan Desa", "Persentase desa tertib", "100%", "30%", "30%", "20%", "20%"]),
        T.join(["3", "Program Pemberdayaan", "Persentase lembaga aktif", "90%", "25%", "50%", "75%", "80%"]),
    ))
    plan = RencanaAksi(tables=[table])
    settings = Settings()
    facts = build_facts(plan, load_profile(settings.profile, settings.rules_dir))
    quarterly = {(f["check"], f["location"]["line"]) for f in facts if f["type"] == "quarterly"
                 and (f.get("falls") or f.get("abs_difference"))}
    assert quarterly == {("annual", 4)}


def test_quarters_numbered_bare_under_a_triwulan_group_are_quarter_columns():
    """`Target Triwulan` over `I II III IV` (or `1 2 3 4`): the numerals are the quarters, so
    the table is read (a falling running target and a TW IV short of the year's are found)."""
    for numerals in (["I", "II", "III", "IV"], ["1", "2", "3", "4"]):
        table = read_quarters("Tabel 1", 1, lines(
            T.join(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Triwulan",
                    "", "", "", "Anggaran (Rp)"]),
            T.join(["", "", "", "", "", *numerals, ""]),
            T.join(["1", "Meningkatnya pelayanan", "Indeks kepuasan", "Indeks", "85", "80", "82", "81", "85",
                    "60.000.000"]),
            T.join(["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Nilai", "70", "-", "-", "-", "65",
                    "45.000.000"]),
        ))
        assert [(n.name, n.indicators[0].annual.raw, [v.raw for v in n.indicators[0].targets.values()])
                for n in table.nodes()] == [("Meningkatnya pelayanan", "85", ["80", "82", "81", "85"]),
                                            ("Meningkatnya akuntabilitas", "70", ["-", "-", "-", "65"])]


def test_bare_quarter_numerals_that_lost_an_empty_cell_before_them_stand_under_their_group():
    """"Target Triwulan" over "I II III IV", the numerals' row an empty cell short: as printed
    "I" stands under the year's target and "IV" under nothing, every quarter read a column early
    (the year's target as TW I, TW IV never). The numerals start where their group does."""
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", "Target Triwulan", "", "", ""]),
        T.join(["", "", "", "I", "II", "III", "IV"]),
        T.join(["1", "Program Pelayanan", "Persentase pengaduan yang ditindaklanjuti", "84%", "21%", "42%", "63%",
                "80%"]),
    ))
    indicator = next(table.nodes()).indicators[0]
    assert (indicator.annual.raw, [v.raw for v in indicator.targets.values()]) == ("84%", ["21%", "42%", "63%", "80%"])


@pytest.mark.parametrize("targets_head", [
    (["Target Triwulan", "", "", ""], ["I", "II", "III", "IV"]),   # numerals under their group
    (["TW1", "TW2", "TW3", "TW4"], ["", "", "", ""])])             # named on the first line
def test_quarters_of_the_targets_beside_the_withdrawals_per_quarter_are_both_read(targets_head):
    """The year's quarterly targets and, beside the budget, its withdrawal per quarter ("Rencana
    Penarikan Dana (Rp)" over "TW I ... TW IV" on the second header line): the targets are the
    first run (they had been read from the amounts, every one outside 0-100 %, or the
    withdrawals not at all), the withdrawals the quarters' budgets."""
    upper, lower = targets_head
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", *upper, "Anggaran (Rp)",
                "Rencana Penarikan Dana (Rp)", "", "", ""]),
        T.join(["", "", "", "", *lower, "", "TW I", "TW II", "TW III", "TW IV"]),
        T.join(["1", "Program Pelayanan", "Persentase pengaduan yang ditindaklanjuti", "84%", "21%", "42%", "63%",
                "84%", "Rp 63.000.000", "Rp 15.000.000", "Rp 15.000.000", "Rp 15.000.000", "Rp 13.000.000"]),
    ))
    node = next(table.nodes())
    assert [v.raw for v in node.indicators[0].targets.values()] == ["21%", "42%", "63%", "84%"]
    assert [m.amount for m in node.quarter_budgets.values()] == [15_000_000] * 3 + [13_000_000]


def _quarterly_findings(table) -> set[tuple[str, int]]:
    settings = Settings()
    facts = build_facts(RencanaAksi(tables=[table]), load_profile(settings.profile, settings.rules_dir))
    return {(f["check"], f["location"]["line"]) for f in facts if f["type"] == "quarterly"
            and (f.get("falls") or f.get("abs_difference"))}


@pytest.mark.parametrize("months", [["Jan-Mar", "Apr-Jun", "Jul-Sep", "Okt-Des"],
                                    ["Januari - Maret", "April - Juni", "Juli - September", "Oktober - Desember"],
                                    ["s.d. Maret", "s.d. Juni", "s.d. September", "s.d. Desember"]])
def test_quarters_named_by_their_months_are_quarter_columns(months):
    """`Jan-Mar | Apr-Jun | Jul-Sep | Okt-Des` (or up to each quarter's last month) under `Target
    Triwulan`: the quarters, by the month each closes with (such a table had been of no known
    kind). A month range that is no quarter ("Apr-Des") names none."""
    from checker.readers.quarters import _quarter_head
    assert [_quarter_head(c) for c in ("Jan s/d Sep", "Apr-Des", "Maret")] == ["TW III", None, None]
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target 2027", "Target Triwulan", "", "", ""]),
        T.join(["", "", "", "", "", *months]),
        T.join(["1", "Program Penunjang Urusan", "Persentase layanan", "%", "100", "25", "50", "75", "95"]),
    ))
    assert [v.raw for v in next(table.nodes()).indicators[0].targets.values()] == ["25", "50", "75", "95"]
    assert _quarterly_findings(table) == {("annual", 3)}


def test_counts_whose_quarters_end_on_the_years_target_are_running_totals_in_their_table():
    """Counts whose fourth quarter is the year's target while the four do not add up to it: the
    table writes running totals, so a count that falls between quarters is a falling running
    target (TGT-003's fact; read as each quarter's own it had been nothing). Where the counts add
    up to the year, their quarters are their own, and a fall is no finding."""
    head = [T.join(["No", "Kegiatan", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"])]
    running = lines(*head, T.join(["1", "Kegiatan Pelayanan", "Jumlah dokumen", "dokumen", "1.600", "400", "800",
                                   "700", "1.600"]),
                    T.join(["2", "Kegiatan Pembinaan Desa", "Jumlah desa dibina", "desa", "18", "6", "12", "18", "18"]),
                    T.join(["3", "Kegiatan Ketertiban", "Jumlah patroli", "kali", "48", "12", "24", "36", "48"]))
    assert _quarterly_findings(read_quarters("Tabel 1", 1, running)) == {("cumulative", 2)}
    own = lines(*head, T.join(["1", "Kegiatan Pelayanan", "Jumlah dokumen", "dokumen", "1.600", "400", "500", "300",
                               "400"]),
                T.join(["2", "Kegiatan Pembinaan Desa", "Jumlah desa dibina", "desa", "18", "6", "6", "3", "3"]),
                T.join(["3", "Kegiatan Ketertiban", "Jumlah patroli", "kali", "48", "12", "12", "12", "12"]))
    assert _quarterly_findings(read_quarters("Tabel 1", 1, own)) == set()


def test_quarters_in_percent_of_a_counted_years_target_run_to_a_hundred_percent(tmp_path):
    """"5 dokumen" over 20% 40% 80% 100%: the quarters are the year's progress, not documents;
    they run to 100 % of the year's target (every row had been TGT-004, 5 against 100). Progress
    that falls, or ends short of 100 %, is found, and the message says it in percent."""
    from checker.pipeline import check_file
    rows = [["No", "Kegiatan", "Indikator Kinerja", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"],
            ["1", "Kegiatan Perencanaan", "Jumlah dokumen perencanaan", "5 dokumen", "20%", "40%", "80%", "100%"],
            ["2", "Kegiatan Pembinaan Desa", "Jumlah desa dibina", "16 desa", "25%", "50%", "45%", "100%"],
            ["3", "Kegiatan Pelayanan", "Jumlah dokumen pelayanan", "1.500 dokumen", "25%", "50%", "75%", "90%"]]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 2.1",
                               *(T.join(r) for r in rows)]) + "\n", encoding="utf-8")
    found = [(f.rule, f.location.line, f.message.split(" – ")[1]) for f in check_file(path, Settings()).findings
             if f.category == "quarterly"]
    assert found == [
        ("TGT-003", 8, "Jumlah desa dibina turun dari 50% (TW II) menjadi 45% (TW III)."),
        ("TGT-004", 9, "Jumlah dokumen pelayanan (100% = 1.500 dokumen) tidak sama dengan target triwulan IV atau "
                       "jumlah target triwulan (90%).")]


def test_quarters_under_a_heading_in_percent_are_percentages_of_the_years_target(tmp_path):
    """"Target Fisik (%)" over TW I ... TW IV with bare 25 50 75 100 beside a year's "3 dokumen":
    the quarters are progress in percent, as if each were written "25%" (every row had been
    TGT-004, 3 against 100); progress that falls is still found."""
    from checker.pipeline import check_file
    rows = [["No", "Sub Kegiatan", "Indikator", "Target", "Target Fisik (%)", "", "", ""],
            ["", "", "", "", "TW I", "TW II", "TW III", "TW IV"],
            ["1", "Penyusunan Dokumen Perencanaan", "Jumlah dokumen perencanaan", "3 dokumen", "25", "50", "75", "100"],
            ["2", "Fasilitasi Rapat Koordinasi", "Jumlah rapat koordinasi", "24 kali", "25", "50", "45", "100"]]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 2.1",
                               *(T.join(r) for r in rows)]) + "\n", encoding="utf-8")
    found = [(f.rule, f.location.line, f.message.split(" – ")[1]) for f in check_file(path, Settings()).findings
             if f.category == "quarterly"]
    assert found == [("TGT-003", 9, "Jumlah rapat koordinasi turun dari 50% (TW II) menjadi 45% (TW III).")]


def test_a_rate_that_should_fall_runs_down_to_its_target_and_a_rise_is_the_step_back():
    """"Persentase gangguan ketertiban" 10, 9, 8, 8 to a year's 8: on its way down, no finding (it
    had been TGT-003, a falling running target); a rate heading down to its year's target that
    rises between quarters is the finding, said as a rise. The figures say the way, not the
    words; running totals of a count rise whatever it counts."""
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["No", "Kegiatan", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"]),
        T.join(["1", "Kegiatan Ketertiban", "Persentase gangguan ketertiban umum", "%", "8", "10", "9", "8", "8"]),
        T.join(["2", "Kegiatan Pengaduan", "Persentase aduan belum tertangani", "%", "10", "15", "12", "14", "10"]),
        T.join(["3", "Kegiatan Pengaduan", "Jumlah pengaduan", "kasus", "40", "10", "20", "30", "40"]),
    ))
    settings = Settings()
    facts = build_facts(RencanaAksi(tables=[table]), load_profile(settings.profile, settings.rules_dir))
    moves = [(f["location"]["line"], f["moved"]) for f in facts
             if f["type"] == "quarterly" and f["check"] == "cumulative" and f["falls"]]
    assert moves == [(3, "naik")]


def test_all_quarters_in_one_cell_with_colons_semicolons_or_hyphens():
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["URAIAN", "INDIKATOR KINERJA", "SATUAN", "TARGET"]),
        T.join(["1. Program Penunjang", "1. Persentase layanan", "Persen", "TW I: 25%; TW II: 50%; TW III: 45%; TW IV: 100%"]),
        T.join(["2. Program Pelayanan", "1. Jumlah laporan", "Laporan", "TW-I 3, TW-II 6, TW-III 9, TW-IV 12"]),
    ))
    assert [[v.raw for v in n.indicators[0].targets.values()] for n in table.nodes()] == [
        ["25%", "50%", "45%", "100%"], ["3", "6", "9", "12"]]
    # a header cell naming two quarters holds no series
    assert read_quarters("Tabel 1", 1, lines(T.join(["URAIAN", "INDIKATOR", "SATUAN", "TARGET"]),
                                             T.join(["", "", "", "TW I TW II"]))) is None


def test_quarter_columns_of_realisation_are_not_targets():
    """An evaluation table with its realisation per quarter is not a table of quarterly targets."""
    table = read_quarters("Tabel 2.1", 1, lines(
        T.join(["No", "Indikator Kinerja", "Target", "Realisasi Kinerja pada Triwulan", "", "", ""]),
        T.join(["", "", "", "I", "II", "III", "IV"]),
        T.join(["", "", "", "TW I", "TW II", "TW III", "TW IV"]),
        T.join(["1", "Persentase layanan", "100", "30", "20", "25", "25"]),
    ))
    assert table is None


def test_a_count_in_a_unit_that_counts_something_else():
    """IND-013: 'Jumlah pelaksanaan kegiatan' counted in Dokumen; 'Jumlah laporan' in Dokumen and
    'Jumlah rapat' in Bulan (a time unit) are fine."""
    table = read_quarters("Tabel 2", 1, lines(
        T.join(["URAIAN", "INDIKATOR KINERJA", "SATUAN", "TARGET"]),
        T.join(["1. Sub Kegiatan Pembinaan", "1. Jumlah pelaksanaan kegiatan pembinaan", "Dokumen",
                "TW I 1 TW II 1 TW III 1 TW IV 1"]),
        T.join(["2. Sub Kegiatan Pelaporan", "1. Jumlah laporan keuangan", "Dokumen", "TW I 3 TW II 3 TW III 3 TW IV 3"]),
        T.join(["3. Sub Kegiatan Rapat", "1. Jumlah rapat koordinasi", "Bulan", "TW I 3 TW II 3 TW III 3 TW IV 3"]),
    ))
    settings = Settings()
    facts = build_facts(RencanaAksi(tables=[table]), load_profile(settings.profile, settings.rules_dir))
    assert [(f["location"]["line"], f["counted_kind"], f["unit_kind"]) for f in facts
            if f["type"] == "indicator" and "-" not in (f["counted_kind"], f["unit_kind"])
            and f["counted_kind"] != f["unit_kind"]] == [(2, "kegiatan", "dokumen")]


def test_a_year_end_quarter_left_empty_is_reported_at_its_own_line():
    """One quarter per line: the finding points at the TW IV line a reviewer fills in, not the
    kegiatan's first line."""
    program = lines(T.join(["1. Program Pelayanan", "1. Persentase layanan tepat waktu", "Persen",
                            "TW I 30% TW II 50% TW III 70% TW IV 100%"]))
    kegiatan = lines(T.join(["1. Kegiatan Pelayanan Umum", "1. Persentase layanan tepat waktu", "Persen", "TW I",
                             "25%"]),
                     T.join(["", "", "", "TW II", "50%"]), T.join(["", "", "", "TW III", "75%"]),
                     T.join(["", "", "", "TW IV", "-"]), start=10)
    plan = RencanaAksi(tables=[read_quarters("A", 1, program), read_quarters("B", 10, kegiatan)])
    ends = [f for f in build_facts(plan, load_profile(Settings().profile)) if f.get("check") == "quarter_end"]
    assert [(f["location"]["line"], f["tw4_written"]) for f in ends] == [(13, 0)]


def test_a_schedule_ticks_its_quarters_and_has_no_targets_to_read(tmp_path):
    """A "Jadwal Pelaksanaan" table ticks the quarters each action runs in: the text reader
    names it a schedule in one note and reads no quarterly target (no empty-target findings);
    the same header with figures under it is a target table."""
    from checker.config import Settings
    from checker.pipeline import check_file
    from checker.readers.quarters import schedule
    head = [T.join(["No", "Indikator Kinerja", "Target", "Kegiatan", "Triwulan", "", "", ""]),
            T.join(["", "", "", "", "I", "II", "III", "IV"])]
    ticked = lines(*head,
                   T.join(["1", "Persentase surat selesai tepat waktu", "90%", "Penyusunan SOP", "√", "", "", ""]),
                   T.join(["", "", "", "Evaluasi layanan", "", "v", "", "✓"]))
    assert schedule(ticked)
    # A row that lost an empty cell puts the next column's text under a quarter: still a schedule.
    assert schedule(lines(*head, T.join(["1", "Persentase surat", "90%", "Penyusunan SOP", "√", "", "", "Kasi Umum"]),
                          T.join(["", "", "", "Evaluasi", "", "√", "", "√", "Kasi Umum"])))
    assert not schedule(lines(*head, T.join(["1", "Persentase surat", "90%", "SOP", "20%", "40%", "70%", "90%"])))
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Jadwal Rencana Aksi",
                               *(T.join(cells) for _, cells in ticked)]), encoding="utf-8")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.rule != "BAB-001"] == [("INP-001", 4)]
    assert "jadwal" in next(f.message for f in result.findings if f.rule == "INP-001")


def test_actions_told_in_words_for_each_quarter_are_a_schedule(tmp_path):
    """Each kegiatan's action of each quarter in words ("Penyusunan jadwal", "Evaluasi dan
    pelaporan"): a schedule, one note, no target read (its rows had been programs without an
    indicator, IND-007 and IND-011 on each); a word and a figure under a quarter are targets."""
    from checker.config import Settings
    from checker.pipeline import check_file
    from checker.readers.quarters import schedule
    head = T.join(["No", "Kegiatan", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"])
    rows = [T.join(["1", "Koordinasi Pelayanan", "Penyusunan jadwal", "Pelaksanaan kegiatan", "Pemantauan lapangan",
                    "Evaluasi dan pelaporan"]),
            T.join(["2", "Pembinaan Desa", "Pendataan desa", "Pembinaan aparatur", "Pembinaan aparatur",
                    "Laporan akhir tahun"])]
    assert schedule(lines(head, *rows))
    assert not schedule(lines(head, T.join(["1", "Koordinasi", "3 kali", "3 kali", "3 kali", "3 kali"])))
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 2 Rencana Aksi Kegiatan",
                               head, *rows]), encoding="utf-8")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.rule != "BAB-001"] == [("INP-001", 4)]


@pytest.mark.parametrize("money_first", [False, True])
def test_physical_and_financial_quarters_side_by_side_read_the_physical_as_targets(tmp_path, money_first):
    """"Target Fisik" and "Target Keuangan (Rp)" each over TW I ... TW IV: the quarters under the
    heading that plans money are no targets of the indicator, whichever group is printed first;
    and the year's budget beside it does not make the table a program table."""
    from checker.pipeline import check_file
    physical = [["Target Fisik", "", "", ""], ["TW I", "TW II", "TW III", "TW IV"]]
    money = [["Target Keuangan (Rp)", "", "", ""], ["TW I", "TW II", "TW III", "TW IV"]]
    groups = [money, physical] if money_first else [physical, money]
    head = [["No", "Program/Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)"] + groups[0][0] + groups[1][0],
            ["", "", "", "", ""] + groups[0][1] + groups[1][1]]
    rows = [(["1", "Program Pelayanan Publik", "Persentase layanan tepat waktu", "90%", "40.000.000"],
             ["80%", "85%", "83%", "90%"], ["10.000.000"] * 4),
            (["2", "Kegiatan Koordinasi", "Jumlah rapat koordinasi", "12 kali", "40.000.000"],
             ["3 kali", "6 kali", "9 kali", "10 kali"], ["10.000.000"] * 4)]
    body = [first + ((cash + fisik) if money_first else (fisik + cash)) for first, fisik, cash in rows]
    table = read_quarters("Tabel 1", 1, lines(*(T.join(r) for r in head + body)))
    assert [[v.raw for v in n.indicators[0].targets.values()] for n in table.nodes()] == [r[1] for r in rows]
    # The money quarters are each row's financial targets, held to its budget (ANG-006): they add up.
    assert [(n.annual_budget.amount, [m.amount for m in n.quarter_budgets.values()]) for n in table.nodes()] == \
        [(40_000_000, [10_000_000] * 4)] * 2
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in head + body)]) + "\n", encoding="utf-8")
    got = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.rule != "BAB-001"]
    assert got == [("TGT-003", 6), ("TGT-004", 7)]
    # A financial quarter that cannot be read leaves its row's ANG-006 unchecked, with a note, and
    # the document not clean.
    body[0][5 if money_first else 9] = "10.000.000 Mil"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in head + body)]) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.rule != "BAB-001"] == [
        ("INP-001", 6), ("TGT-003", 6), ("TGT-004", 7)] and result.unread == 1


def test_a_monitoring_form_reads_the_target_rows_and_not_the_realisation_under_them():
    """Each indicator printed twice, its "Uraian" cell saying "Target" and then "Realisasi" (the
    quarters achieved so far): the target rows are the series; a realisation row is no row of
    its own (five programs without an indicator had been reported) nor a target that falls."""
    head = T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Uraian", "TW I", "TW II",
                   "TW III", "TW IV"])
    rows = [["1", "Program Pelayanan Publik", "Persentase surat selesai tepat waktu", "%", "95", "Target",
             "80", "85", "90", "95"], ["", "", "", "", "", "Realisasi", "82", "79", "", ""],
            ["2", "Kegiatan Pelayanan Terpadu", "Jumlah dokumen terbit", "dokumen", "400", "Target",
             "100", "200", "300", "400"], ["", "", "", "", "", "Realisasi", "90", "", "", ""]]
    table = read_quarters("Tabel 2", 1, lines(head, *(T.join(r) for r in rows)))
    assert [(n.name, n.indicators[0].name, [v.raw for v in n.indicators[0].targets.values()])
            for n in table.nodes()] == [(r[1], r[2], r[6:]) for r in rows[::2]]
    # Without a row of realisations the label column is no role column: every row is read.
    only_targets = read_quarters("Tabel 2", 1, lines(head, T.join(rows[0]), T.join(rows[2])))
    assert len(only_targets.roots) == 2


def test_each_quarter_over_its_own_physical_and_financial_columns(tmp_path):
    """`Triwulan I | | Triwulan II | ...` over `Fisik (%) | Keuangan (Rp)` under every quarter:
    the targets are the physical parts, the money the financial ones, and the row of parts is
    header, not a row without an indicator. Progress in percent that ends at 100 reaches a
    year's target that is itself a percentage; one that ends at 90 reaches neither reading."""
    from checker.pipeline import check_file
    head = [["No", "Kegiatan", "Indikator Kinerja", "Target Tahunan", "Anggaran (Rp)",
             "Triwulan I", "", "Triwulan II", "", "Triwulan III", "", "Triwulan IV", ""],
            ["", "", "", "", "", *["Fisik (%)", "Keuangan (Rp)"] * 4]]
    body = [["1", "Pelayanan Surat Pindah", "Persentase surat pindah selesai tepat waktu", "85%", "40.000.000",
             "25", "10.000.000", "50", "10.000.000", "75", "10.000.000", "100", "10.000.000"],
            ["2", "Pendataan Usaha Mikro", "Jumlah usaha mikro terdata", "120 unit", "24.000.000",
             "30", "6.000.000", "60", "6.000.000", "55", "6.000.000", "100", "4.000.000"],
            ["3", "Penyuluhan Kebersihan", "Persentase rumah tangga terpapar penyuluhan", "60%", "12.000.000",
             "25", "3.000.000", "50", "3.000.000", "75", "3.000.000", "90", "3.000.000"]]
    table = read_quarters("Tabel 1", 1, lines(*(T.join(r) for r in head + body)))
    assert [(n.name, [v.raw for v in n.indicators[0].targets.values()], n.annual_budget.amount,
             [m.amount for m in n.quarter_budgets.values()]) for n in table.nodes()] == [
        (r[1], r[5:13:2], int(r[4].replace(".", "")), [int(c.replace(".", "")) for c in r[6:13:2]]) for r in body]
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in head + body)]) + "\n", encoding="utf-8")
    got = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.rule != "BAB-001"]
    assert sorted(got) == [("ANG-006", 7), ("TGT-003", 7), ("TGT-004", 8)]


@pytest.mark.parametrize("said, found", [
    ("Target triwulan ditulis kumulatif.", [("TGT-003", 6), ("TGT-004", 5)]),
    ("Target triwulan ditulis tidak kumulatif.", [("TGT-004", 5)]),
    ("Target triwulan disusun per kegiatan.", [("TGT-004", 5)]),
])
def test_a_table_that_says_its_quarters_are_cumulative_holds_its_counts_to_running_totals(tmp_path, said, found):
    """Counts whose quarters could be either their own or running totals (only one of them ends on
    the year's target): where the sentence leading into the table calls them cumulative, they
    are running totals, so the second one's fall is found; where it says they are not, or says
    nothing, they are no running totals and only the first (short of the year in either reading)
    is reported."""
    from checker.pipeline import check_file
    head = ["No", "Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"]
    body = [["1", "Koordinasi Ketertiban", "Jumlah laporan koordinasi", "laporan", "12", "3", "6", "9", "11"],
            ["2", "Pelayanan Surat Pindah", "Jumlah surat pindah terbit", "surat", "800", "200", "400", "380", "800"]]
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", said, "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in [head, *body])]) + "\n", encoding="utf-8")
    got = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.rule != "BAB-001"]
    assert sorted(got) == sorted(found)


def test_each_quarter_over_its_target_and_its_realisation_reads_the_targets():
    """A monitoring form whose every quarter spans "Target | Realisasi": the targets are read
    (the table had been taken for one of what was achieved, nothing read), the realisations
    left alone."""
    head = [["No", "Kegiatan", "Indikator Kinerja", "Target Tahunan", "Triwulan I", "", "Triwulan II", "",
             "Triwulan III", "", "Triwulan IV", ""], ["", "", "", "", *["Target", "Realisasi"] * 4]]
    body = [["1", "Koordinasi Ketertiban", "Jumlah laporan koordinasi", "12 laporan", "3", "3", "6", "5", "9", "",
             "12", ""]]
    table = read_quarters("Tabel 1", 1, lines(*(T.join(r) for r in head + body)))
    assert [[v.raw for v in n.indicators[0].targets.values()] for n in table.nodes()] == [["3", "6", "9", "12"]]


@pytest.mark.parametrize("full, found, unread", [
    (True, [("TGT-003", 7)], 0),   # the full row shows where the lost cell stood: read
    (False, [], 1),                # no full row to show it: the short rows are not read
])
def test_a_monitoring_row_that_lost_an_empty_realisation_cell(tmp_path, full, found, unread):
    """Quarters over "Target | Realisasi", rows that lost one of their empty realisation cells:
    put back where the full rows leave a realisation empty, the row reads its targets (the last
    one had been read as empty, a false TGT-005); without a full row, its quarters are unread,
    with a note, and the document is not clean."""
    from checker.pipeline import check_file
    head = [["No", "Kegiatan", "Indikator Kinerja", "Target Tahunan", "Triwulan I", "", "Triwulan II", "",
             "Triwulan III", "", "Triwulan IV", ""], ["", "", "", "", *["Target", "Realisasi"] * 4]]
    body = [["1", "Koordinasi Ketertiban", "Jumlah laporan koordinasi", "12 laporan", "3", "3", "6", "5", "9", "",
             "12", ""],
            ["2", "Pelayanan Terpadu", "Persentase layanan tepat waktu", "90%", "85%", "86%", "87%", "84%", "86%",
             "90%", ""]]
    rows = head + (body if full else body[1:])
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in rows)]) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    got = [(f.rule, f.location.line - (0 if full else -1)) for f in result.findings
           if f.rule != "BAB-001" and f.category != "input"]
    assert got == found and result.unread == unread


def test_a_kegiatan_named_once_over_its_further_indicators_keeps_them():
    """The kegiatan's cell merged down over its further indicators (No and name printed on its
    first row only): each further row is one more indicator of that kegiatan, named with it in
    the findings, not a row of its own named after its indicator."""
    head = T.join(["No", "Kegiatan", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV"])
    rows = [["1", "Pelayanan Terpadu", "Jumlah dokumen terbit", "dokumen", "400", "100", "200", "300", "400"],
            ["", "", "Persentase layanan tepat waktu", "%", "92", "88", "90", "89", "92"],
            ["2", "Pembinaan Lembaga Desa", "Jumlah lembaga dibina", "lembaga", "16", "4", "8", "12", "16"]]
    table = read_quarters("Tabel 1", 1, lines(head, *(T.join(r) for r in rows)))
    assert [(n.name, [i.name for i in n.indicators]) for n in table.roots] == [
        ("Pelayanan Terpadu", ["Jumlah dokumen terbit", "Persentase layanan tepat waktu"]),
        ("Pembinaan Lembaga Desa", ["Jumlah lembaga dibina"])]


def test_each_quarter_over_target_realisation_and_capaian_holds_its_capaian(tmp_path):
    """Every quarter over "Target | Realisasi | Capaian (%)" (the table had been read as one of
    years, every capaian paired with the wrong columns: six false findings): each printed capaian
    is held to its quarter's realisation over its target, the quarters not yet realised left
    alone, and the quarters' targets are still the Rencana Aksi's."""
    from checker.pipeline import check_file
    head = [["No", "Kegiatan", "Indikator Kinerja", "Target Tahunan", "Triwulan I", "", "", "Triwulan II", "", "",
             "Triwulan III", "", "", "Triwulan IV", "", ""],
            ["", "", "", "", *["Target", "Realisasi", "Capaian (%)"] * 4]]
    body = [["1", "Koordinasi Ketertiban", "Jumlah laporan koordinasi", "12 laporan", "3", "3", "100", "6", "5",
             "83,33", "9", "", "", "11", "", ""],
            ["2", "Pembinaan Lembaga", "Jumlah lembaga yang dibina", "16 lembaga", "4", "4", "100", "8", "6", "80",
             "12", "", "", "16", "", ""]]
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in head + body)]) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    assert sorted((f.rule, f.location.line) for f in result.findings if f.rule != "BAB-001") == \
        [("RAS-001", 7), ("TGT-004", 6)]
    wrong = next(f for f in result.findings if f.rule == "RAS-001")
    assert wrong.message.startswith("Jumlah lembaga yang dibina triwulan II: tertulis 80%, padahal 6 / 8 x 100 = 75%")
    english = next(f for f in check_file(path, Settings(lang="en")).findings if f.rule == "RAS-001")
    assert " in quarter II: printed 80%" in english.message


@pytest.mark.parametrize("capaian", [True, False])
def test_targets_realisations_and_capaian_as_three_runs_of_quarters(tmp_path, capaian):
    """"Target Triwulan", "Realisasi Triwulan" and "Capaian Triwulan (%)" each over I II III IV:
    the first run is the targets (the table had been taken for one of what was achieved: the
    targets unread, the capaian paired with the wrong columns), the capaian held to the other two
    runs where the form prints it."""
    from checker.pipeline import check_file
    groups = ["Target Triwulan", "Realisasi Triwulan"] + (["Capaian Triwulan (%)"] if capaian else [])
    head = [["No", "Kegiatan", "Indikator Kinerja", "Target Tahunan", *(c for g in groups for c in [g, "", "", ""])],
            ["", "", "", "", *["I", "II", "III", "IV"] * len(groups)]]
    body = [["1", "Koordinasi Ketertiban", "Jumlah laporan koordinasi", "12 laporan", "3", "6", "9", "12",
             "3", "5", "", "", *(["100", "83,33", "", ""] if capaian else [])],
            ["2", "Pembinaan Lembaga", "Jumlah lembaga yang dibina", "16 lembaga", "4", "8", "12", "15",
             "4", "6", "", "", *(["100", "80", "", ""] if capaian else [])]]
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in head + body)]) + "\n", encoding="utf-8")
    got = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.rule != "BAB-001")
    assert got == ([("RAS-001", 7)] if capaian else []) + [("TGT-004", 7)]


def test_a_monitoring_row_short_of_a_cell_no_reading_places_is_unread_not_clean(tmp_path):
    """A row of a "Target | Realisasi | Capaian" form that lost a cell, with no full row to show
    where: its capaian are not checked, one note, and the document is not clean."""
    from checker.pipeline import check_file
    head = [["No", "Kegiatan", "Indikator Kinerja", "Target Tahunan", "Triwulan I", "", "", "Triwulan II", "", "",
             "Triwulan III", "", "", "Triwulan IV", "", ""],
            ["", "", "", "", *["Target", "Realisasi", "Capaian (%)"] * 4]]
    body = [["1", "Pembinaan Lembaga", "Jumlah lembaga yang dibina", "16 lembaga", "4", "4", "100", "8", "6", "80",
             "12", "", "16", "", ""]]
    path = tmp_path / "rencana-aksi-contoh-2026.txt"
    path.write_text("\n".join(["RENCANA AKSI KECAMATAN CONTOH TAHUN 2026", "", "Tabel 1 Rencana Aksi",
                               *(T.join(r) for r in head + body)]) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category == "ratio"]
    assert any("tidak diperiksa" in f.message for f in result.findings if f.category == "input")
    assert result.stats["tables_partly_read"] >= 1


def test_quarters_under_the_withdrawals_heading_that_lost_an_empty_cell_go_back_under_it():
    """"Rencana Penarikan Dana (Rp)" over "TW I ... TW IV" whose row lost an empty cell: as
    printed "TW I" stands under the year's budget and the withdrawals are read a column early;
    set back, the quarters fill their heading's columns and a year's withdrawals that fall short
    of its budget are found."""
    table = read_quarters("Tabel 1", 1, lines(
        T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", "TW I", "TW II", "TW III", "TW IV",
                "Anggaran (Rp)", "Rencana Penarikan Dana (Rp)", "", "", ""]),
        T.join(["", "", "", "", "", "", "", "", "TW I", "TW II", "TW III", "TW IV"]),
        T.join(["1", "Program Pelayanan", "Persentase pengaduan yang ditindaklanjuti", "84%", "21%", "42%", "63%",
                "84%", "Rp 63.000.000", "Rp 15.000.000", "Rp 15.000.000", "Rp 15.000.000", "Rp 13.000.000"]),
    ))
    node = next(table.nodes())
    assert node.annual_budget.amount == 63_000_000
    assert [m.amount for m in node.quarter_budgets.values()] == [15_000_000] * 3 + [13_000_000]


@pytest.mark.parametrize("periods, said", [(["Semester I", "Semester II"], "semester"),
                                           (["Jan", "Feb", "Mar", "Apr"], "bulan")])
def test_targets_per_semester_or_month_are_said_unchecked_and_the_plan_is_not_clean(tmp_path, periods, said):
    """A Rencana Aksi whose targets are per semester or per month: the quarterly rules do not
    hold them (no quarter is guessed from a semester), so one note says they are not checked
    and the plan is not clean (it had been "Tidak ada temuan", exit 0, the targets unread)."""
    from checker.config import Settings
    from checker.pipeline import check_file
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 2.1 Target Kinerja Tahun 2027",
            T.join(["No", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", *periods]),
            T.join(["1", "Program Pelayanan", "Persentase pengaduan yang ditindaklanjuti", "90",
                    *[str(45 * (k + 1)) for k in range(len(periods))]])]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    notes = [f.message for f in result.findings if f.category == "input"]
    assert len(notes) == 1 and f"per {said}" in notes[0]
    assert result.stats["tables_partly_read"] == 1 and result.unread == 1
