"""Text reader: the team's own published-style samples, and the real corpus when ../shared is present."""
import json
import re

import pytest

from conftest import CORPUS, SAMPLES
from checker.config import Settings
from checker.pipeline import check_file
from checker.readers import ReadError, read_plan

MANIFEST = json.loads((SAMPLES / "expected_text.json").read_text(encoding="utf-8"))
needs_corpus = pytest.mark.skipif(not (CORPUS / "expected").is_dir(), reason="../shared/corpus not present")


def renstra_file(tmp_path, title: str, rows: list[list[str]], period: str = "2026-2027"):
    """A Renstra's text with one tab-separated table (its header rows first) under `title`."""
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", f"TAHUN {period}", "", title, *("\t".join(r) for r in rows)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_text_sample_findings_by_line(name):
    result = check_file(SAMPLES / name, Settings())
    assert result.status == "checked"
    got = {(f.rule, f.location.line) for f in result.findings if f.category != "input"}
    assert got == {tuple(x) for x in MANIFEST[name]}



def test_text_sample_structure():
    plan = read_plan(SAMPLES / "renja-sukamaju-2026-bersih.txt")
    assert (plan.doc_type, plan.meta.kecamatan, plan.meta.year) == ("renja", "Sukamaju", 2026)
    # the table of contents and the sistematika list are not chapters
    assert [c.number for c in plan.chapters] == [1, 2, 3, 4, 5]
    table = plan.tables[0]
    assert table.budget_periods == ["2026", "2027"]
    codes = [n.code for n in table.nodes()]
    assert "7.01.01.2.01.0001" in codes and len(codes) == 12   # split codes joined; repeated header skipped


def test_renstra_text_sample_structure():
    """The Renstra sample's T-C.27 (lower header row set off a cell, goal rows, a short row)."""
    plan = read_plan(SAMPLES / "renstra-sukamaju-2026-2030-bersih.txt")
    assert (plan.doc_type, plan.meta.period_start, plan.meta.period_end) == ("renstra", 2026, 2030)
    assert [c.number for c in plan.chapters] == list(range(1, 9))
    assert [(g.level, g.indicator.target_akhir.raw) for g in plan.goals] == \
        [("tujuan", "85"), ("sasaran", "95%"), ("sasaran", "85%")]
    table = next(t for t in plan.tables if t.name == "Tabel 6.1")
    assert table.periods == table.budget_periods == ["2026", "2027", "2028", "2029", "2030"]
    short = next(n for n in table.nodes() if n.code == "7.01.01.2.06.09")
    assert short.indicators[0].targets["2030"].raw == "12 laporan"
    assert short.budgets["2026"].amount == 30_000_000 and short.pagu_akhir.amount == 165_000_000


def test_binary_junk_is_refused(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(ReadError):
        read_plan(p)


def test_not_a_plan(tmp_path):
    p = tmp_path / "surat.txt"
    p.write_text("Surat undangan rapat koordinasi\nHari Senin\n")
    with pytest.raises(ReadError, match="jenis dokumen"):
        read_plan(p)


@needs_corpus
@pytest.mark.parametrize("stem", ["renja-kemangkon-2024", "renstra-balapulang-2019-2024"])
def test_corpus_identity_and_chapters(stem):
    expected = json.loads((CORPUS / "expected" / f"{stem}.json").read_text())
    plan = read_plan(CORPUS / f"{stem}.txt")
    assert plan.doc_type == expected["doc_type"]
    assert plan.meta.kecamatan == expected["kecamatan"] and plan.meta.kabupaten == expected["kabupaten"]
    assert plan.meta.period == expected["period"]
    assert [c.location.line for c in plan.chapters] == [c["line"] for c in expected["chapters"]]


@needs_corpus
def test_corpus_budget_defects_found_and_precise():
    """Rollup and period-total defects of the auditors' lists: found within 3 lines, few false ones."""
    found = total = false = reported = 0
    for stem in ("renja-kemangkon-2024", "renstra-balapulang-2019-2024"):
        expected = json.loads((CORPUS / "expected" / f"{stem}.json").read_text())
        result = check_file(CORPUS / f"{stem}.txt", Settings())
        cats = ("rollup", "period_total")
        mine = [(f.category, f.location.line) for f in result.findings if f.category in cats]
        defects = [d for d in expected["defects"] if d["category"] in cats]
        lines = lambda d: [d["line"], *(d.get("lines") or [])]  # noqa: E731
        positives = [d for d in defects if d["certainty"] in ("certain", "likely")]
        total += len(positives)
        found += sum(any(c == d["category"] and abs(n - m) <= 3 for c, n in mine for m in lines(d)) for d in positives)
        reported += len(mine)
        false += sum(not any(c == d["category"] and abs(n - m) <= 3 for d in defects for m in lines(d)) for c, n in mine)
    assert found / total >= 0.85
    assert false / reported <= 0.05


@needs_corpus
def test_mutation_budget_change_is_found_at_its_line(tmp_path):
    """Alter one sub kegiatan budget of a real document whose kegiatan adds up: a new rollup finding."""
    source = CORPUS / "renja-kemangkon-2024.txt"
    lines = source.read_text().splitlines()
    before = {(f.rule, f.location.line) for f in check_file(source, Settings()).findings}
    flagged = {line for rule, line in before if rule == "ANG-002"}
    sub = re.compile(r"^7\t\d{2}\t\d{2}\t2\.\d{2}\t\d{2}\t")
    kegiatan = re.compile(r"^7\t\d{2}\t\d{2}\t2\.\d{2}\t\t")
    for i, line in enumerate(lines):
        if sub.match(line):
            parent = next(j for j in range(i - 1, -1, -1) if kegiatan.match(lines[j]))
            if parent + 1 not in flagged:
                break
    else:
        pytest.fail("no sub kegiatan under a kegiatan that adds up")
    def plus_a_million(m):
        return "\t" + f"{int(m.group(1).replace('.', '')) + 1_000_000:,}".replace(",", ".") + "\t"
    lines[i] = re.sub(r"\t(\d{1,3}(?:\.\d{3})+)\t", plus_a_million, lines[i], count=1)
    mutated = tmp_path / source.name
    mutated.write_text("\n".join(lines) + "\n")
    after = {(f.rule, f.location.line) for f in check_file(mutated, Settings()).findings}
    assert ("ANG-002", parent + 1) in after - before


def _mutate_first(tmp_path, stem: str, edit) -> tuple[set, set, int]:
    """Findings (rule, line) before and after the first line that `edit(index, line)` rewrites (it
    returns the new line, or None to pass over it) is changed in a real document; and that line."""
    source = CORPUS / f"{stem}.txt"
    lines = source.read_text().splitlines()
    before = {(f.rule, f.location.line) for f in check_file(source, Settings()).findings}
    at = next((i for i, line in enumerate(lines) if edit(i, line) is not None), None)
    if at is None:
        pytest.fail(f"no line to change in {stem}")
    lines[at] = edit(at, lines[at])
    mutated = tmp_path / source.name
    mutated.write_text("\n".join(lines) + "\n")
    return before, {(f.rule, f.location.line) for f in check_file(mutated, Settings()).findings}, at + 1


@needs_corpus
def test_mutation_risk_score_change_is_found_at_its_line(tmp_path):
    """The first risk whose score is impact x likelihood gets a score one higher: RSK-001 there."""
    def edit(_, line):
        cells = line.split("\t")
        if len(cells) == 15 and cells[11:14] == ["4", "3", "12"]:
            return "\t".join(cells[:13] + ["13"] + cells[14:])
        return None
    before, after, line = _mutate_first(tmp_path, "renja-kemangkon-2024", edit)
    assert ("RSK-001", line) in after - before


@needs_corpus
def test_mutation_target_change_is_found_at_its_line(tmp_path):
    """A percentage target of the Renja's program table raised above 100%: IND-005 at that line."""
    def edit(_, line):
        if re.match(r"^7\t01\t0\d\t2\.\d{2}\t\t", line) and "\t100%\t" in line:
            return line.replace("\t100%\t", "\t150%\t", 1)
        return None
    before, after, line = _mutate_first(tmp_path, "renja-kemangkon-2024", edit)
    assert ("IND-005", line) in after - before


@needs_corpus
def test_mutation_removed_heading_is_a_chapter_finding(tmp_path):
    """The Renstra's BAB V heading renamed away: the chapter rule reports the missing chapter."""
    def edit(i, line):
        return "Bagian Lima" if i > 500 and re.match(r"^\W*BAB\s*V\b", line) else None
    before, after, _ = _mutate_first(tmp_path, "renstra-balapulang-2019-2024", edit)
    assert {rule for rule, _ in after - before} & {"BAB-001", "BAB-003"}


def test_planned_output_table_without_budget(tmp_path):
    """A table of planned outputs (indicator and volume, no pagu): an empty volume is a missing target."""
    rows = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 3.2 Usulan Program dan Kegiatan", "",
            "\t".join(["Kode", "Program/Kegiatan", "Lokasi", "Indikator Kinerja", "Besaran / Volume", "Catatan"]),
            "\t".join(["7.01.01", "PROGRAM PENUNJANG URUSAN", "Sukamaju", "Persentase layanan", "100 %", ""]),
            "\t".join(["7.01.01.2.01", "Perencanaan dan Evaluasi", "Sukamaju", "Jumlah dokumen", "", ""]),
            "\t".join(["7.01.01.2.01.01", "Penyusunan Dokumen", "Sukamaju", "Jumlah dokumen disusun", "2 dokumen", ""])]
    path = tmp_path / "usulan.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category not in ("input", "chapter")] == \
        [("TGT-005", 9)]


def test_renstra_program_table_with_kondisi_akhir_by_position(tmp_path):
    """T-C.27: target and pagu per year, then the end-of-period target and pagu, one cell each."""
    head1 = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "2026", "", "2027", "", "Kondisi Akhir", ""]
    head2 = ["", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"]
    rows = [
        ["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "90%", "30.000.000", "95%", "32.000.000",
         "95%", "62.000.000"],
        ["7.01.01.2.01", "Perencanaan dan Evaluasi", "Jumlah dokumen", "4 dokumen", "30.000.000", "",
         "32.000.000", "8 dokumen", "60.000.000"],
    ]
    path = renstra_file(tmp_path, "Tabel 6.1", [head1, head2, *rows])
    result = check_file(path, Settings())
    got = sorted((f.rule, f.location.line) for f in result.findings if f.category not in ("input", "chapter"))
    # The kegiatan's 2027 target is empty, and its pagu akhir is not 30 + 32 million.
    assert got == [("ANG-004", 9), ("TGT-005", 9)]



def test_renstra_table_with_goal_rows_and_offset_header(tmp_path):
    """T-C.27 as PDF extraction prints it: the lower header row set one cell right of its year
    groups, tujuan and sasaran rows above the first program, and a row that lost its empty cells
    (its last amount is the end-of-period pagu). The header is laid under its groups, the goal
    rows get the target rules, and the short row is read by order."""
    head1 = ["No", "Tujuan", "Sasaran", "Kode", "Program/Kegiatan", "Indikator", "Kondisi Awal", "2026", "",
             "2027", "", "Kondisi Akhir", "", "Unit Kerja"]
    head2 = ["", "", "", "", "", "", "", "2025", "Target", "Rp", "Target", "Rp", "Target", "Rp"]
    node = ["", "", ""]
    rows = [  # No, Tujuan, Sasaran | Kode, Nama, Indikator | awal, T/Rp 2026, T/Rp 2027, T/Rp akhir, unit kerja
        ["I", "Meningkatnya pelayanan", "", "", "", "Indeks kepuasan", "80", "82", "", "84", "", "", "", ""],
        ["1", "", "Tertibnya administrasi", "", "", "Persentase desa tertib", "", "", "", "", "", "", "", ""],
        node + ["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "90%", "95%", "30.000.000",
                "100%", "32.000.000", "100%", "62.000.000", "Sekretariat"],
        node + ["7.01.01.2.01", "Perencanaan dan Evaluasi", "Jumlah dokumen", "", "4 dokumen", "30.000.000",
                "4 dokumen", "32.000.000", "8 dokumen", "62.000.000", "Sekretariat"],
        # Extraction dropped the empty cells of this row: three amounts, the last is the akhir.
        node + ["7.01.01.2.01.01", "Penyusunan Dokumen", "Jumlah dokumen disusun", "30.000.000", "32.000.000",
                "60.000.000"],
    ]
    path = renstra_file(tmp_path, "Tabel 6.3", [head1, head2, *rows])
    plan = read_plan(path)
    assert [(g.level, g.location.line) for g in plan.goals] == [("tujuan", 8), ("sasaran", 9)]
    assert plan.goals[0].indicator.targets["2027"].value == 84
    program = plan.tables[0].roots[0]
    assert program.indicators[0].targets["2026"].raw == "95%" and program.budgets["2027"].amount == 32_000_000
    sub = program.children[0].children[0]
    assert sub.budgets["2027"].amount == 32_000_000 and sub.pagu_akhir.amount == 60_000_000
    result = check_file(path, Settings())
    got = sorted((f.rule, f.location.line) for f in result.findings if f.category not in ("input", "chapter"))
    # The tujuan has no end-of-period target (an index needs no unit), the sasaran no target at
    # all, the sub kegiatan no target (its row carries none) and an akhir pagu that is not 30 + 32
    # million.
    assert got == [("ANG-004", 12), ("TGT-005", 8), ("TGT-005", 9), ("TGT-005", 12)]


def test_count_cell_without_its_number(tmp_path):
    """An inventory table (no program, target or realisation columns): among "8 unit", "2 buah"
    a cell reading only "Unit" lost its number (IND-012); the condition column is not counts."""
    rows = [["No", "Sarana dan Prasarana", "Jumlah", "Keterangan"],
            ["1.", "Gedung Kantor", "1 unit", "Baik"], ["2.", "Sepeda Motor", "8 unit", "7 Baik, 1 Rusak"],
            ["3.", "Komputer", "4 unit", "Baik"], ["4.", "Notebook", "Unit", "2 Baik"],
            ["5.", "MCK", "2 buah", "Cukup Baik"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "", "Tabel 2.4 Sarana dan Prasarana", "",
            *("\t".join(r) for r in rows)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category not in ("input", "chapter")] == \
        [("IND-012", 11)]


def test_a_total_column_is_held_to_the_counts_of_its_row(tmp_path):
    """Staff by education under a two-row header, "Jumlah" after the levels: a row whose total is
    not the sum of its counts is TAB-002 (the JUMLAH row too, whose columns add up). "Jumlah
    Penduduk" is a count of its own, a column beside a percentage adds up with nothing, and a
    "Jumlah" that adds up in no row totals something else."""
    staff = [["No", "Jabatan", "Pendidikan", "", "", "", "Jumlah"], ["", "", "SMA", "D3", "S1", "S2", ""],
             ["1", "Camat", "-", "-", "-", "1", "1"], ["2", "Sekretaris", "-", "-", "1", "-", "1"],
             ["3", "Kepala Seksi", "-", "1", "3", "1", "6"], ["4", "Staf", "6", "2", "1", "-", "9"],
             ["", "JUMLAH", "6", "3", "5", "2", "17"]]
    desa = [["No", "Desa", "Luas (km2)", "Jumlah Penduduk", "Persentase", "Jumlah"],
            ["1", "Sukamaju", "4", "2.100", "40", "3"], ["2", "Sukaasih", "3", "1.900", "35", "2"],
            ["3", "Sukarame", "5", "1.300", "25", "4"]]
    # Small counts in a numbered, named row ("1 | Printer | 1 | 1 | 2") look like places: a row.
    kinds = [["No", "Jenis Barang", "Kondisi", "", "", "Jumlah"], ["", "", "Baik", "Rusak Ringan", "Rusak Berat"],
             ["1", "Printer", "1", "1", "-", "2"], ["2", "Komputer", "6", "2", "1", "9"],
             ["3", "Meja", "4", "1", "-", "6"]]
    other = [["No", "Seksi", "Laki-laki", "Perempuan", "Jumlah"], ["1", "Pemerintahan", "3", "2", "7"],
             ["2", "Trantib", "4", "1", "8"], ["3", "Kesos", "2", "2", "6"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "", "Tabel 2.1 Pegawai menurut Pendidikan",
            *("\t".join(r) for r in staff), "", "Tabel 2.2 Desa", *("\t".join(r) for r in desa), "",
            "Tabel 2.3 Kegiatan per Seksi", *("\t".join(r) for r in other), "", "Tabel 2.4 Sarana",
            *("\t".join(r) for r in kinds)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = [(f.rule, f.location.line, f.message) for f in check_file(path, Settings()).findings
           if f.category == "rollup"]
    assert [(rule, line) for rule, line, _ in got] == [("TAB-002", 10), ("TAB-002", 12), ("TAB-002", 31)]
    assert got[0][2] == ("Tabel 2.1, Kepala Seksi: kolom Jumlah tertulis 6, padahal SMA, D3, S1 dan S2 berjumlah 5 "
                         "(selisih 1).")


def test_the_polarity_a_table_writes_is_the_indicators_direction(tmp_path):
    """A "Polaritas" column says which way each indicator must go: an index written "Negatif"
    falls rightly, a count written "Negatif" that rises again is TGT-002 (a count without a
    written polarity has no direction), "Minimal" and "Positif" read as their words say."""
    rows = [["No", "Indikator Kinerja", "Satuan", "Polaritas", "2026", "2027", "2028", "2029"],
            ["1", "Indeks risiko bencana kecamatan", "indeks", "Negatif", "140", "130", "120", "110"],
            ["2", "Jumlah kasus sengketa batas desa", "kasus", "Negatif", "5", "4", "5", "3"],
            ["3", "Jumlah kader posyandu terlatih", "orang", "", "40", "38", "42", "45"],
            ["4", "Rata-rata lama penerbitan rekomendasi", "hari", "Minimal", "9", "8", "7", "6"],
            ["5", "Persentase desa tertib administrasi", "%", "Positif", "75", "80", "78", "90"]]
    path = renstra_file(tmp_path, "Tabel 7.1 Indikator Kinerja Utama", rows, period="2026-2029")
    got = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category == "target_trend"]
    assert got == [("TGT-002", 8), ("TGT-002", 11)]


def test_a_first_row_of_small_counts_is_added_into_the_totals_row(tmp_path):
    """Facilities by condition whose first row holds only small counts ("1 | Printer | 1 | 1 |
    2", which look like places in a period): it is a row of the table, so a JUMLAH row that adds
    all three rows is no TAB-001 finding."""
    rows = [["No", "Jenis Barang", "Baik", "Rusak Ringan", "Rusak Berat"], ["1", "Printer", "1", "1", "2"],
            ["2", "Komputer", "6", "2", "1"], ["3", "Meja", "4", "1", "-"], ["", "JUMLAH", "11", "4", "3"]]
    path = renstra_file(tmp_path, "Tabel 2.2 Sarana", rows)
    assert not [f for f in check_file(path, Settings()).findings if f.category == "rollup"]
    rows[-1][2] = "12"
    path = renstra_file(tmp_path, "Tabel 2.2 Sarana", rows)
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category == "rollup"] == \
        [("TAB-001", 10)]


def test_totals_row_of_a_table_read_for_nothing_else(tmp_path):
    """Staff by rank with a JUMLAH row that is off by one (TAB-001) and unlike the total the text
    announces (KON-003); a percentage column and a total that adds up (to the rounding
    tolerance) are not findings."""
    staff = [["No.", "Golongan", "Jumlah (orang)", "Persentase"], ["1.", "IV", "4", "25%"], ["2.", "III", "9", "56%"],
             ["3.", "II", "3", "19%"], ["4.", "I", "-", "0%"], ["", "JUMLAH", "17", "100%"]]
    score = [["Komponen", "Nilai"], ["Perencanaan Kinerja", "22,20"], ["Pengukuran Kinerja", "18,60"],
             ["Evaluasi Internal", "14,25"], ["NILAI TOTAL", "55,06"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "",
            "Pegawai kecamatan seluruhnya berjumlah 16 (enam belas) orang, seperti pada tabel di bawah ini:", "",
            "Tabel 2.1 Pegawai", "", *("\t".join(r) for r in staff), "", "Tabel 2.2 Nilai SAKIP", "",
            *("\t".join(r) for r in score)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    got = [(f.rule, f.location.line, f.message) for f in result.findings if f.category in ("rollup", "consistency")]
    # The text's 16 orang agrees with the rows but not with the JUMLAH row's 17 (KON-003).
    assert [(rule, line) for rule, line, _ in got] == [("KON-003", 5), ("TAB-001", 14)]
    assert "berjumlah 16 (selisih 1)" in got[1][2]
    assert "Teks menyebut 16, padahal baris jumlah Tabel 2.1" in got[0][2]
    assert result.stats["tables_read"] == 2 and result.stats["tables_skipped"] == 0


@pytest.mark.parametrize("caption, said, found", [
    ("Pegawai Kecamatan Sukamaju menurut Golongan", "Jumlah pegawai sebanyak 19 orang", {("KON-003", 5)}),
    ("Pegawai Kecamatan Sukamaju menurut Golongan", "Jumlah pegawai sebanyak 20 orang", set()),
    # The caption counts something else: the prose's staff are not the table's total.
    ("Sarana Kantor menurut Kondisi", "Jumlah pegawai sebanyak 19 orang", set())])
def test_a_count_the_prose_gives_is_held_to_the_total_column_of_what_the_caption_counts(tmp_path, caption, said,
                                                                                        found):
    """Staff by rank and sex with a "Jumlah" column naming no unit: the prose before it gives the
    staff's count in "orang", and the caption says the table counts the staff, so the count is
    the totals row's figure in that column (it had been held to nothing). A row of zeros whose
    total is not zero is a row that does not add up (TAB-002; it had been skipped)."""
    rows = [["No", "Golongan", "L", "P", "Jumlah"], ["1", "Golongan IV", "4", "3", "7"],
            ["2", "Golongan III", "2", "3", "5"],
            ["3", "Golongan II", "1", "2", "3"], ["4", "Golongan I", "0", "0", "1"], ["5", "PPPK", "3", "1", "4"],
            ["", "JUMLAH", "10", "9", "20"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "", f"{said}, seperti pada tabel berikut.",
            f"Tabel 2.1 {caption}", *("\t".join(r) for r in rows)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
           if f.category in ("rollup", "consistency")}
    assert got == found | {("TAB-002", 11), ("TAB-002", 13)}


def test_row_read_by_order_with_worded_targets_is_not_a_missing_target(tmp_path):
    """A row that lost a cell is read by order; its targets are words ("WTP"), not figures, so
    they are left unread rather than reported missing. A row with amounts only has none."""
    head1 = ["Kode", "Program/Kegiatan", "Indikator", "Kondisi Awal", "2026", "", "2027", "", "Kondisi Akhir", ""]
    head2 = ["", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Opini BPK", "WTP", "WTP", "30.000.000", "WTP", "32.000.000", "WTP",
             "62.000.000"],
            ["7.01.01.2.02", "Administrasi Keuangan", "Opini atas laporan keuangan", "WTP", "WTP", "30.000.000",
             "WTP", "32.000.000", "WTP", "62.000.000"],
            ["7.01.01.2.02.01", "Penatausahaan Keuangan", "Opini atas laporan keuangan", "WTP", "WTP", "10.000.000",
             "WTP", "12.000.000", "WTP", "22.000.000"],
            # Both rows below lost their empty starting-value cell and are read by order.
            ["7.01.01.2.02.02", "Akuntansi SKPD", "Opini atas laporan keuangan", "WTP", "10.000.000", "WTP",
             "10.000.000", "WTP", "20.000.000"],
            ["7.01.01.2.02.03", "Penyediaan Gaji", "Jumlah ASN", "10.000.000", "10.000.000", "20.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head1, head2, *rows])
    result = check_file(path, Settings())
    got = sorted((f.rule, f.location.line) for f in result.findings if f.category == "missing_value")
    assert got == [("TGT-005", 12)]


def test_further_indicator_row_of_a_program(tmp_path):
    """A row with no code and no name but an indicator and targets is the node's second
    indicator; its amounts fill the node's empty pagu cells (the row was split in two). A row of
    words only continues the name or the indicator above."""
    head1 = ["Kode", "Program/Kegiatan", "Indikator", "2026", "", "2027", ""]
    head2 = ["", "", "", "Target", "Rp", "Target", "Rp"]
    rows = [["7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT", "Persentase desa mandiri", "5%", "40.000.000", "10%", ""],
            ["", "", "Persentase desa maju", "10%", "", "15%", "45.000.000"],
            ["", "DESA DAN KELURAHAN", "", "", "", "", ""],
            ["", "di kecamatan", "", "", "", "", ""],
            ["7.01.03.2.01", "Koordinasi Pemberdayaan Desa", "Jumlah desa dibina", "18 desa", "40.000.000", "18 desa",
             "50.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head1, head2, *rows])
    program = read_plan(path).tables[0].roots[0]
    # The wrapped lines continue the name (in capitals like it) and the indicator (in lower case,
    # though set under the name).
    assert program.name == "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN"
    assert [i.name for i in program.indicators] == ["Persentase desa mandiri", "Persentase desa maju di kecamatan"]
    assert program.indicators[1].targets["2027"].raw == "15%"
    assert program.budgets["2027"].amount == 45_000_000 and program.budgets["2027"].location.line == 9
    result = check_file(path, Settings())
    # The 2027 pagu from the second line (45 million) is not the kegiatan's 50 million.
    assert [(f.rule, f.location.line) for f in result.findings if f.category == "rollup"] == [("ANG-001", 9)]


def test_a_further_indicator_row_with_an_amount_under_a_target_is_not_read(tmp_path):
    """The second indicator line of a program whose cells stand a column off (an amount under
    the 2026 target): its targets are not read as 40 million percent, nor its amounts as pagu;
    the program's empty pagu cells are unread, not empty; one input note says why."""
    head1 = ["Kode", "Program/Kegiatan", "Indikator", "2026", "", "2027", ""]
    head2 = ["", "", "", "Target", "Rp", "Target", "Rp"]
    rows = [["7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT", "Persentase desa mandiri", "5%", "", "10%", ""],
            ["", "", "Persentase desa maju", "40.000.000", "10%", "45.000.000", "15%"],
            ["7.01.03.2.01", "Koordinasi Pemberdayaan Desa", "Jumlah desa dibina", "18 desa", "40.000.000", "18 desa",
             "45.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head1, head2, *rows])
    program = read_plan(path).tables[0].roots[0]
    assert program.indicators[1].targets["2026"].value is None and program.indicators[1].targets["2026"].error
    assert program.budgets["2026"].error and program.budgets["2027"].error
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.location.line == 9 and f.category != "input"]
    assert [f.rule for f in result.findings if f.category == "input"] == ["INP-001"]
    assert result.stats["tables_partly_read"] == 1 and result.unread == 1  # never clean
    assert not [f for f in result.findings if f.location.line == 8 and f.category == "missing_value"
                and "2026" in f.message and "Pagu" in f.message]


def test_risk_register_with_likelihood_first_and_a_description_column(tmp_path):
    """Another register layout: likelihood before impact, an 'Uraian Dampak' text column, the
    level as words. The scales are the numeric columns under those names; a score that is not
    K x D (RSK-001) and a level outside the score's band (RSK-003) are found."""
    rows = [["No", "Uraian Risiko", "Uraian Dampak", "Kemungkinan (K)", "Dampak (D)", "Nilai Risiko (K x D)",
             "Level Risiko"],
            ["1", "Data penduduk tidak mutakhir", "Layanan terlambat", "3", "4", "12", "Sedang"],
            ["2", "Anggaran terlambat cair", "Kegiatan tertunda", "2", "5", "12", "Sedang"],
            ["3", "Aplikasi sering gangguan", "Antrean panjang", "4", "4", "16", "Sedang"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 4.3 Register Risiko", "",
            *("\t".join(r) for r in rows)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    plan = read_plan(path)
    assert [(r.likelihood.value, r.impact.value, r.score.value, r.level) for r in plan.risks] == \
        [(3, 4, 12, "Sedang"), (2, 5, 12, "Sedang"), (4, 4, 16, "Sedang")]
    result = check_file(path, Settings())
    got = sorted((f.rule, f.location.line) for f in result.findings if f.category in ("risk_score", "risk_level"))
    assert got == [("RSK-001", 9), ("RSK-003", 10)]


REGISTER = [["No", "Uraian Risiko", "Kemungkinan", "Dampak", "Besaran Risiko", "Level Risiko"],
            ["1", "Dokumen terlambat", "3", "2", "6", "Sedang"],
            ["2", "Aduan tidak tertangani", "2", "5", "10", "Tinggi"],
            ["3", "Konflik batas desa", "1", "4", "4", "Rendah"],
            ["4", "Laporan desa terlambat", "3", "3", "9", "Rendah"],
            ["5", "Gangguan ketertiban", "4", "5", "20", "Ekstrem"]]


def _register_with(criteria: list[list[str]], tmp_path, title: str = "Tabel 3.1 Kriteria Level Risiko"):
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", title, *("\t".join(r) for r in criteria), "",
            "Tabel 3.2 Register Risiko", *("\t".join(r) for r in REGISTER)]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("ranges", [["1 - 4", "5 - 9", "10 - 16", "> 16"], ["1 s.d. 4", "5 s/d 9", "10–16", "≥ 17"]])
def test_a_register_is_held_to_the_documents_own_criteria_of_risk_levels(tmp_path, ranges):
    """A plan that prints its own criteria ("Rendah 1 - 4, Sedang 5 - 9, Tinggi 10 - 16, Ekstrem
    > 16") holds its register to them, not to the profile's five bands (under which four of the
    five levels had been RSK-003): only the 9 written "Rendah" is outside its band, and the
    message names the table the bands come from."""
    criteria = [["Level Risiko", "Rentang Nilai", "Warna"],
                *([label, r, colour] for label, r, colour in zip(["Rendah", "Sedang", "Tinggi", "Ekstrem"], ranges,
                                                                  ["Hijau", "Kuning", "Oranye", "Merah"]))]
    path = _register_with(criteria, tmp_path)
    assert [(b.label, b.min) for b in read_plan(path).risk_bands][:3] == [("Rendah", 1), ("Sedang", 5), ("Tinggi", 10)]
    found = [(f.rule, f.location.line, f.message) for f in check_file(path, Settings()).findings
             if f.category == "risk_level"]
    assert found == [("RSK-003", 17, "Level risiko 4 tertulis 'Rendah', padahal nilai 9 termasuk level 'Sedang' "
                                     "menurut Tabel 3.1.")]


def test_criteria_that_are_no_bands_of_risk_levels_leave_the_profiles_bands(tmp_path):
    """The criteria of likelihood ("Level | Kemungkinan | Rentang Persentase") are a scale, not
    levels of risk; ranges that overlap are no criteria to hold a register to. Either way the
    profile's bands decide, as the message says."""
    likelihood = [["Level", "Kriteria Kemungkinan", "Rentang Persentase"], ["1", "Hampir tidak terjadi", "< 10"],
                  ["2", "Jarang", "10 - 30"]]
    overlapping = [["Level Risiko", "Rentang Nilai"], ["Rendah", "1 - 6"], ["Sedang", "5 - 9"], ["Tinggi", "10 - 25"]]
    for criteria, title in ((likelihood, "Tabel 3.1 Kriteria Kemungkinan Risiko"), (overlapping, "Tabel 3.1 Level")):
        path = _register_with(criteria, tmp_path, title)
        assert read_plan(path).risk_bands == []
        result = check_file(path, Settings())
        assert not [f for f in result.findings if f.category == "risk_level"]
        assert [f for f in result.findings if f.category == "input" and "rentang nilai profil" in f.message]


def test_a_register_written_in_the_colours_of_its_criteria_reads_them_as_their_levels(tmp_path):
    """Criteria "Tingkat Risiko | Besaran Risiko | Warna" over "Sedang | 6 - 12 | Kuning": a
    register writing "Kuning" names Sedang (every row had been RSK-003, a level of no band), so a
    20 written "Kuning" is the one wrong level. Without the criteria no colour names a band: one
    note, its levels unchecked, rather than a finding per row."""
    criteria = [["Tingkat Risiko", "Besaran Risiko", "Warna", "Tindakan"], ["Rendah", "1 - 5", "Hijau", "Dipantau"],
                ["Sedang", "6 - 12", "Kuning", "Dikendalikan"], ["Tinggi", "15 - 25", "Merah", "Ditangani"]]
    register = [["No", "Uraian Risiko", "Kemungkinan", "Dampak", "Besaran Risiko", "Tingkat Risiko"],
                ["1", "Data tidak mutakhir", "3", "4", "12", "Kuning"],
                ["2", "Jaringan terputus", "2", "2", "4", "Hijau"],
                ["3", "Aduan menumpuk", "4", "4", "16", "Merah"], ["4", "Laporan terlambat", "5", "4", "20", "Kuning"]]
    head = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", ""]
    with_criteria = [*head, "Tabel 3.1 Kriteria Tingkat Risiko", *("\t".join(r) for r in criteria), "",
                     "Tabel 3.2 Register Risiko", *("\t".join(r) for r in register)]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(with_criteria) + "\n", encoding="utf-8")
    assert [b.aliases for b in read_plan(path).risk_bands] == [["Hijau"], ["Kuning"], ["Merah"]]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category == "risk_level"] == [("RSK-003", 16)]
    path.write_text("\n".join([*head, "Tabel 3.2 Register Risiko", *("\t".join(r) for r in register)]) + "\n",
                    encoding="utf-8")
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category == "risk_level"] and result.unread == 1


def test_a_register_on_level_bands_it_does_not_print_is_one_note_not_a_finding_per_row(tmp_path):
    """No criteria printed, and four of five levels outside the profile's bands, yet rising with
    the scores but for one: the register follows bands of its own. Its levels are not checked
    (one note, the document not clean), rather than four findings that would each be wrong.
    Levels that do not rise with their scores are wrong under any bands: their findings stay."""
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 3.2 Register Risiko",
            *("\t".join(r) for r in REGISTER)]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category == "risk_level"] and result.unread == 1
    assert [f.message[:61] for f in result.findings if f.category == "input"] == [
        "4 dari 5 level risiko Tabel 3.2 berada di luar rentang nilai "]
    disordered = [r[:5] + [level] for r, level in zip(REGISTER[1:], ["Tinggi", "Rendah", "Sedang", "Tinggi", "Rendah"])]
    text = [*text[:5], "\t".join(REGISTER[0]), *("\t".join(r) for r in disordered)]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    levels = [f.message for f in check_file(path, Settings()).findings if f.category == "risk_level"]
    assert len(levels) == 4 and all(m.endswith("menurut rentang profil.") for m in levels)


def test_a_register_writing_its_scales_in_the_words_of_its_criteria_reads_them_as_their_numbers(tmp_path):
    """Criteria of likelihood and impact ("Skala | Kemungkinan | Uraian" over "4 | Sering | ...")
    and a register writing "Sering", "Moderat": its scales are those numbers (the register had
    been a table of no known kind), so a score that is not their product is found. A table of
    words without a scale's column of 1, 2, 3 ... gives no words."""
    from checker.readers.risks import read_risk_scales
    likelihood = [["Skala", "Kemungkinan", "Uraian"], ["1", "Jarang", "Kurang dari 10%"],
                  ["2", "Kadang-kadang", "10% sampai 50%"], ["3", "Sering", "Lebih dari 50%"]]
    impact = [["Skala", "Dampak"], ["1", "Minor"], ["2", "Moderat"], ["3", "Signifikan"]]
    register = [["No", "Uraian Risiko", "Kemungkinan", "Dampak", "Nilai Risiko", "Level Risiko"],
                ["1", "Data tidak mutakhir", "Sering", "Moderat", "6", "Rendah"],
                ["2", "Aduan tidak tertangani", "Kadang-kadang", "Signifikan", "5", "Sangat Rendah"]]
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", ""]
    for title, rows in (("Tabel 3.1 Kriteria Kemungkinan", likelihood), ("Tabel 3.2 Kriteria Dampak", impact),
                        ("Tabel 3.3 Register Risiko", register)):
        text += [title, *("\t".join(r) for r in rows), ""]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert [(r.likelihood.value, r.impact.value) for r in read_plan(path).risks] == [(3, 2), (2, 3)]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert found == [("RSK-001", 20)]  # 2 x 3 is 6, not 5
    assert read_risk_scales("Tabel 1", 1, [(1, ["Skala", "Kemungkinan"]), (2, ["1", "Jarang"]), (3, ["3", "Sering"]),
                                          (4, ["2", "Kadang"])]) is None


def test_a_register_in_words_with_no_criteria_to_number_them_is_one_note_and_not_clean(tmp_path):
    """A register rating likelihood and impact in words ("Mungkin", "Moderat") in a document that
    gives no criteria numbering them: its scores and levels cannot be checked, which one note
    says by the register's first words (not "a table of no known kind"), and the document is
    not clean."""
    register = [["No", "Uraian Risiko", "Kemungkinan", "Dampak", "Tingkat Risiko", "Penanganan"],
                ["1", "Jaringan layanan terputus", "Mungkin", "Moderat", "Sedang", "Jaringan cadangan"],
                ["2", "Rapat tidak terlaksana", "Jarang", "Minor", "Rendah", "Jadwal bersama"]]
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 3.3 Register Risiko",
            *("\t".join(r) for r in register)]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    notes = [(f.rule, f.location.line, f.message) for f in result.findings if f.category == "input"]
    assert [(rule, line) for rule, line, _ in notes] == [("INP-001", 6)]
    assert "('Mungkin / Moderat')" in notes[0][2] and result.unread == 1


def test_risk_row_that_lost_a_cell_before_its_scales(tmp_path):
    """A row whose empty description cell was dropped: read at the one shift under which its
    scales and score are numbers, never as 'likelihood 12'; a row two shifts fit is not read."""
    rows = [["No", "Uraian Risiko", "Pemilik", "Kemungkinan", "Dampak", "Nilai Risiko", "Level Risiko"],
            ["1", "Data penduduk tidak mutakhir", "Kasi Pem", "3", "4", "12", "Sedang"],
            ["2", "Anggaran terlambat cair", "3", "5", "15", "Tinggi"],        # the owner cell dropped
            ["3", "Aplikasi sering gangguan", "Kasi Umum", "4", "4", "16", "Tinggi"],
            ["4", "Arsip hilang", "Kasi Umum", "2", "3", "6", "Rendah"],
            ["5", "Listrik padam", "Kasi Umum", "2", "2", "4", "Rendah"],
            ["6", "Banjir", "2", "4", "8", "12"]]                              # 2,4,8 or 4,8,12: unsure
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 4.3 Register Risiko", "",
            *("\t".join(r) for r in rows)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    plan = read_plan(path)
    assert [(r.likelihood.value, r.impact.value, r.score.value, r.level) for r in plan.risks] == \
        [(3, 4, 12, "Sedang"), (3, 5, 15, "Tinggi"), (4, 4, 16, "Tinggi"), (2, 3, 6, "Rendah"), (2, 2, 4, "Rendah")]


def test_reader_texts_follow_the_language(tmp_path):
    """A refused file's reason and the reader's input notes are English with lang=en."""
    pdf = tmp_path / "rencana.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    assert check_file(pdf, Settings(lang="en")).error.startswith("the PDF cannot be opened (")
    assert check_file(pdf, Settings()).error.startswith("PDF tidak dapat dibuka (")
    odt = tmp_path / "rencana.odt"
    odt.write_bytes(b"PK")
    assert check_file(odt, Settings(lang="en")).error == \
        "file type .odt is not supported (use .xlsx, .docx, .pdf, .txt or .md); save it again as .docx or PDF"
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 2.9 Peta Desa", "",
            "Desa\tLuas\tKeterangan", "Sukamaju\tluas\tbaik", "Sukamulya\tsedang\tbaik"]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    notes = {lang: [f.message for f in check_file(path, Settings(lang=lang)).findings if f.category == "input"]
             for lang in ("id", "en")}
    assert notes == {"id": ["Jenis tabel 'Tabel 2.9' tidak dikenali: tabel ini belum dapat diperiksa"],
                     "en": ["The kind of table 'Tabel 2.9' is not recognised: it cannot be checked yet"]}


def test_rows_named_jumlah_are_figures_not_totals(tmp_path):
    """'Jumlah penduduk' and 'Jumlah KK' are rows of a profile table, not its totals."""
    rows = [["Uraian", "2024", "2025"], ["Luas wilayah (km2)", "30", "30"], ["Jumlah penduduk", "50.000", "51.000"],
            ["Jumlah KK", "12.000", "12.100"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 2.1 Profil Kecamatan", "",
            *("\t".join(r) for r in rows)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert not read_plan(path).column_totals


def test_node_row_split_over_two_lines(tmp_path):
    """A sub kegiatan's code and name on one line, its indicator, targets and pagu on the next:
    one node with one indicator, nothing missing."""
    head1 = ["Kode", "Program/Kegiatan", "Indikator", "2026", "", "2027", ""]
    head2 = ["", "", "", "Target", "Rp", "Target", "Rp"]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan", "100%", "30.000.000", "100%", "30.000.000"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "2 dokumen", "30.000.000", "2 dokumen", "30.000.000"],
            ["7.01.01.2.01.01", "Penyusunan Dokumen Perencanaan", "", "", "", "", ""],
            ["", "", "Jumlah dokumen disusun", "2 dokumen", "30.000.000", "2 dokumen", "30.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head1, head2, *rows])
    sub = read_plan(path).tables[0].roots[0].children[0].children[0]
    assert [i.name for i in sub.indicators] == ["Jumlah dokumen disusun"] and sub.budgets["2027"].amount == 30_000_000
    result = check_file(path, Settings())
    assert [f.rule for f in result.findings if f.category not in ("input", "chapter")] == []


def test_chapters_numbered_without_bab(tmp_path):
    """'I. PENDAHULUAN' headings in a document that never writes 'BAB': the chapters are found
    (the table of contents with its page numbers is not one), and only the missing one is reported."""
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "DAFTAR ISI",
             "I. PENDAHULUAN ........ 1", "II. HASIL EVALUASI RENJA TAHUN LALU ........ 5", ""]
    for numeral, title in (("I", "PENDAHULUAN"), ("II", "HASIL EVALUASI RENJA TAHUN LALU"),
                           ("III", "TUJUAN DAN SASARAN PERANGKAT DAERAH"), ("V", "PENUTUP")):
        lines += [f"{numeral}. {title}", ""] + ["Uraian bagian ini disusun berdasarkan data kecamatan."] * 12 + [""]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [c.number for c in read_plan(path).chapters] == [1, 2, 3, 5]
    result = check_file(path, Settings())
    assert [f.message for f in result.findings if f.category == "chapter"] == \
        ["BAB IV Rencana Kerja dan Pendanaan Perangkat Daerah tidak ditemukan dalam dokumen."]


def test_kecamatan_names_of_several_words():
    from checker.config import Limits
    from checker.readers.text import TextReader
    heads = {"RENCANA KERJA\nKECAMATAN BOJONG GEDE\nTAHUN 2026": "Bojong Gede",
             "RENSTRA\nKecamatan Purwokerto Barat Kabupaten Banyumas\n2021-2026": "Purwokerto Barat",
             "RENCANA KERJA KECAMATAN KEMANGKON KABUPATEN PURBALINGGA TAHUN 2024": "Kemangkon",
             "RENJA\nPerangkat Daerah Kecamatan Kota Barat, Kota Gorontalo\n2026": "Kota Barat"}
    assert {head: TextReader(head + "\n", Limits())._identity()[1].kecamatan for head in heads} == heads


def _plan_with_contents(tmp_path, drop: str | None = None):
    """Contents as 'BAB<TAB>I<TAB>title<TAB>page', a sistematika list as 'BABI.TITLE', body
    headings as 'BABI' with the title on the next line."""
    titles = ["PENDAHULUAN", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU", "TUJUAN DAN SASARAN PERANGKAT DAERAH",
              "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH", "PENUTUP"]
    numerals = ["I", "II", "III", "IV", "V"]
    prose = [f"Paragraf {k} bagian ini menguraikan hal yang dibahas pada bab ini." for k in range(12)]
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "DAFTAR ISI", ""]
    lines += [f"BAB\t{n}\t{t}\t{3 * k + 1}" for k, (n, t) in enumerate(zip(numerals, titles))]
    lines += ["", "Sistematika penulisan:"] + [f"BAB{n}.{t}" for n, t in zip(numerals, titles)]
    for n, t in zip(numerals, titles):
        lines += ["", "Uraian" if n == drop else f"BAB{n}", t, *prose]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, lines


def test_contents_and_sistematika_are_not_the_chapters(tmp_path):
    path, _ = _plan_with_contents(tmp_path)
    plan = read_plan(path)
    assert [c.number for c in plan.chapters] == [1, 2, 3, 4, 5]
    assert all(c.location.line > 18 for c in plan.chapters)  # below the contents and the sistematika
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category in ("chapter", "input")]


def test_a_removed_body_heading_is_missing_at_its_title(tmp_path):
    path, lines = _plan_with_contents(tmp_path, drop="III")
    result = check_file(path, Settings())
    chapter = [(f.rule, f.location.line) for f in result.findings if f.category == "chapter"]
    title_line = lines.index("TUJUAN DAN SASARAN PERANGKAT DAERAH", 20) + 1
    assert chapter == [("BAB-001", title_line)]


def test_a_row_whose_indicator_cell_holds_a_target_is_read_as_shifted_not_as_missing_targets(tmp_path):
    """A page set in other widths puts a row's cells a column off: its indicator cell reads
    '4 Dokumen' and its target cell is empty. That is one input note, not a missing target."""
    rows = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif"],
            ["7.01.02", "Program Penyelenggaraan Pemerintahan", "Jumlah rapat koordinasi", "12 Kegiatan", "20.000.000"],
            ["7.01.02.2.01", "Koordinasi Kegiatan Pemerintahan", "Jumlah rapat koordinasi", "12 Kegiatan", "20.000.000"],
            ["7.01.02.2.01.0001", "Rapat Koordinasi Camat", "4 Dokumen", "", "20.000.000"],
            ["7.01.02.2.01.0002", "Rapat Desa", "1. Jumlah rapat desa", "", "0"]]
    text = ["RENCANA KERJA", "KECAMATAN TELUK BIRU", "TAHUN 2027", "", "Tabel 4.1 Rencana Program dan Kegiatan", "",
            *("\t".join(r) for r in rows)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    missing = [(f.rule, f.location.line) for f in result.findings if f.rule == "TGT-005"]
    assert missing == [("TGT-005", 11)]  # the numbered name is a name: its empty target is missing
    notes = [f for f in result.findings if f.rule == "INP-001" and "4 Dokumen" in f.message]
    assert [f.location.line for f in notes] == [10]
    assert result.stats["tables_partly_read"] == 1 and result.unread == 1  # its targets were not checked


HEAD_LOST_CELL = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Lokasi", "Target 2026", "Pagu 2026"]
ROWS_TWO_CODE_CELLS = [
    ["7.01.01", "", "PROGRAM PENUNJANG URUSAN", "", "Kecamatan Sukamaju", "100%", "3.000.000"],
    ["7.01.01.2.01", "", "Perencanaan dan Evaluasi", "Jumlah dokumen", "Kecamatan Sukamaju", "4 Dokumen", "1.000.000"],
    ["7.01.01.2.02", "", "Administrasi Keuangan", "Jumlah laporan", "Kecamatan Sukamaju", "12 Laporan", "2.000.000"]]


def _renja_file(tmp_path, head: list[str], rows: list[list[str]]):
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 4.1 Rencana Program", "",
            "\t".join(head), *("\t".join(r) for r in rows)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def test_a_header_row_that_lost_an_empty_cell_still_places_the_columns(tmp_path):
    """The header's first row printed one empty cell short (the code's second column): read
    where most rows line up with it, an empty indicator cell is seen as empty, not as the
    lokasi beside it."""
    result = check_file(_renja_file(tmp_path, HEAD_LOST_CELL, ROWS_TWO_CODE_CELLS), Settings())
    got = sorted((f.rule, f.location.line) for f in result.findings if f.category not in ("input", "chapter"))
    assert ("IND-007", 8) in got  # the programme has no indicator
    assert not [g for g in got if g[0].startswith("ANG")]  # its pagu is its kegiatan's sum


def test_a_header_row_as_wide_as_the_table_that_lost_a_cell_earlier_still_places_the_columns(tmp_path):
    """The same header lost the empty cell after "Kode" but was printed as wide as the table (it
    ends in an empty cell, as a page laid out by cells ends): read where most rows line up."""
    program = read_plan(_renja_file(tmp_path, [*HEAD_LOST_CELL, ""], ROWS_TWO_CODE_CELLS)).tables[0].roots[0]
    assert program.children[0].indicators[0].targets["2026"].raw == "4 Dokumen"
    assert program.budgets["2026"].raw == "3.000.000"


def _renstra_table(tmp_path, lines: list[str]):
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 6.1", *lines]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return check_file(path, Settings())


HEAD_6 = ["\t".join(["No", "Tujuan", "Kode", "Program/Kegiatan", "Indikator Kinerja", "2026", "", "2027", "",
                     "Kondisi Akhir", ""]),
          "\t".join(["", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"])]
NODES_6 = ["\t".join(["", "", "7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "90%", "30.000.000", "95%",
                      "32.000.000", "95%", "62.000.000"]),
           "\t".join(["", "", "7.01.01.2.01", "Perencanaan dan Evaluasi", "Jumlah dokumen", "4 dokumen", "30.000.000",
                      "4 dokumen", "32.000.000", "8 dokumen", "62.000.000"])]


def test_a_goal_row_short_of_a_cell_that_no_reading_places_is_not_read_as_empty_targets(tmp_path):
    # The empty Rp cell after 2026's target dropped: the targets stand one cell left of their
    # columns, where a bare 82 could be read under any of them.
    goal = "\t".join(["I", "Meningkatnya kualitas pelayanan", "", "", "Indeks kepuasan masyarakat", "81", "82", "",
                      "83", ""])
    result = _renstra_table(tmp_path, [*HEAD_6, goal, *NODES_6])
    assert not [f for f in result.findings if f.category not in ("input", "chapter")]
    assert [f.rule for f in result.findings if f.category == "input"] == ["INP-001"]


def test_a_header_repeated_after_a_page_break_with_its_words_broken_otherwise_is_still_the_header(tmp_path):
    repeated = HEAD_6[0].replace("Program/Kegiatan", "Program/Kegi atan").replace("Indikator", "Indi kator")
    result = _renstra_table(tmp_path, [*HEAD_6, NODES_6[0], "", repeated, HEAD_6[1], NODES_6[1]])
    assert not [f for f in result.findings if f.category not in ("input", "chapter")]


def test_a_dash_in_a_row_read_by_order_keeps_its_year(tmp_path):
    """A row that lost an empty cell, read by order: the dash after its first amount stands for
    a year without pagu, so the amounts after it keep their years (the last one the akhir)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Pagu 2026", "Pagu 2027", "Pagu 2028", "Pagu Akhir", "Lokasi"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "30.000.000", "12.000.000", "32.000.000",
             "74.000.000", "Kecamatan"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "20.000.000", "12.000.000", "20.000.000", "52.000.000",
             "Kecamatan"],
            ["7.01.01.2.01.01", "Penyusunan Dokumen", "Jumlah dokumen disusun", "20.000.000", "-", "20.000.000",
             "40.000.000"],
            ["7.01.01.2.02", "Keuangan", "Jumlah laporan", "10.000.000", "", "12.000.000", "22.000.000", "Kecamatan"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows], period="2026-2028")
    sub = read_plan(path).tables[0].roots[0].children[0].children[0]
    assert [sub.budgets[y].raw for y in ("2026", "2027", "2028")] == ["20.000.000", "-", "20.000.000"]
    assert sub.pagu_akhir.raw == "40.000.000"


def test_a_bare_zero_among_the_targets_of_a_row_read_by_order_is_not_a_pagu(tmp_path):
    """A row short of cells, read by order: its 0 (the baseline) stands before '0%' and '5%',
    ahead of its only amount; it is not the first year's pagu (which would be reported as Rp0
    against the kegiatan's sum), and the amount is the end-of-period pagu."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Kondisi Awal", "Target 2026", "Pagu 2026", "Target 2027",
            "Pagu 2027", "Target Akhir", "Pagu Akhir"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "90%", "95%", "30.000.000", "100%",
             "32.000.000", "100%", "62.000.000"],
            ["7.01.01.2.01", "Perencanaan", "Persentase dokumen", "90%", "95%", "30.000.000", "100%", "32.000.000",
             "100%", "62.000.000"],
            ["7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa mandiri", "0", "0%", "5%", "10%", "44.000.000"],
            ["7.01.03.2.01", "Koordinasi Pemberdayaan Desa", "Persentase desa dibina", "0", "0%", "20.000.000", "5%",
             "24.000.000", "10%", "44.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    program = read_plan(path).tables[0].roots[1]
    assert program.budgets["2026"].raw == "" and program.pagu_akhir.raw == "44.000.000"


def test_rows_short_of_a_cell_do_not_turn_the_table_to_reading_by_order(tmp_path):
    """Three of five rows lost an empty pagu cell (which one, nothing tells: they are read by
    order, with one note); the two full rows still line up with the header and are read by
    their columns, so an empty indicator cell is an empty indicator, not the target beside it."""
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target", "Pagu 2026", "Pagu 2027", "Pagu Akhir"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "6.000.000", "6.600.000",
             "12.600.000"],
            ["7.01.01.2.01", "Perencanaan", "", "4 Dokumen", "1.000.000", "1.100.000", "2.100.000"],
            ["7.01.01.2.01.01", "Penyusunan Renja", "Jumlah renja", "1 Dokumen", "500.000", "600.000"],
            ["7.01.01.2.01.02", "Penyusunan Renstra", "Jumlah renstra", "1 Dokumen", "500.000", "500.000"],
            ["7.01.01.2.02", "Keuangan", "Jumlah laporan", "12 Laporan", "5.000.000", "5.500.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    result = check_file(path, Settings())
    assert ("IND-007", 8) in {(f.rule, f.location.line) for f in result.findings}
    assert not [f for f in result.findings if f.rule == "INP-001" and "4 Dokumen" in f.message]


def test_a_row_short_of_cells_keeps_its_amounts_where_their_written_places_allow(tmp_path):
    """Extraction drops cells, never adds one: an amount written at a cell stood there or up to
    as many cells to the right as its row lacks. A kegiatan that lost its trailing empty cells
    keeps its two amounts in 2026 and 2027 and has no pagu akhir: two cells lost cannot carry its
    second amount to the akhir (read by order, it had been taken for the akhir); a sub kegiatan
    that lost the empty cell before its last amount has
    2027, 2028 and that amount as its akhir (by order: 2026, 2027 and the akhir)."""
    head = [["No", "Tujuan", "Kode", "Program/Kegiatan", "Indikator Kinerja", "2026", "", "2027", "", "2028", "",
             "Kondisi Akhir", ""],
            ["", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp"]]
    program = ["", "", "7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "90%", "62.000.000", "95%",
               "64.000.000", "95%", "40.000.000", "95%", "166.000.000"]
    full = ["", "", "7.01.01.2.02", "Administrasi Keuangan", "Jumlah laporan", "", "30.000.000", "", "30.000.000",
            "", "20.000.000", "", "80.000.000"]
    kegiatan = ["", "", "7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "", "32.000.000", "", "34.000.000", "", ""]
    sub = ["", "", "7.01.01.2.01.01", "Penyusunan Dokumen", "Jumlah dokumen disusun", "", "", "", "34.000.000", "",
           "20.000.000", "54.000.000"]
    path = renstra_file(tmp_path, "Tabel 6.1", [*head, program, full, kegiatan, sub], period="2026-2028")
    keg = read_plan(path).tables[0].roots[0].children[1]
    assert [keg.budgets[y].raw for y in ("2026", "2027", "2028")] == ["32.000.000", "34.000.000", ""]
    assert keg.pagu_akhir.raw == ""
    leaf = keg.children[0]
    assert [leaf.budgets[y].raw for y in ("2026", "2027", "2028")] == ["", "34.000.000", "20.000.000"]
    assert leaf.pagu_akhir.raw == "54.000.000"


def test_contents_and_sistematika_laid_out_as_on_the_page_are_not_the_chapters(tmp_path):
    """Text as `pdftotext -layout` prints it: contents entries end in their page number after a
    run of spaces, each chapter's entry followed by its sections' (too far apart for a run of
    chapter numbers); each sistematika entry has a paragraph wrapped over more than ten lines (a
    hundredth of this long document); each page begins with a form feed."""
    titles = ["PENDAHULUAN", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU", "TUJUAN DAN SASARAN PERANGKAT DAERAH",
              "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH", "PENUTUP"]
    numerals = ["I", "II", "III", "IV", "V"]
    lines = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "DAFTAR ISI", ""]
    for k, (n, t) in enumerate(zip(numerals, titles)):
        lines += [f"BAB {n} {t}{' ' * (60 - len(t))}{3 * k + 1}"]
        lines += [f"{k + 1}.{j} Bagian ke-{j}{' ' * 50}{3 * k + 1}" for j in range(1, 21)]
    lines += ["", "\x0c1.4 Sistematika Penulisan", ""]
    for n, t in zip(numerals, titles):
        lines += [f"BAB {n}. {t.title()}."] + [f"uraian isi bab ini baris {j} yang dibungkus sempit" for j in range(12)]
    for n, t in zip(numerals, titles):
        lines += ["", "\x0c" + f"BAB {n}", "", t]
        lines += [f"Paragraf {j} bagian ini menguraikan isi bab." for j in range(300)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = read_plan(path)
    body = [k + 1 for k, line in enumerate(lines) if line.startswith("\x0cBAB")]
    assert [(c.number, c.location.line) for c in plan.chapters] == list(zip([1, 2, 3, 4, 5], body))


def test_a_header_reading_that_puts_a_year_after_a_later_one_is_not_a_layout():
    """A pagu column without its year after 2027's (a header cell that lost its year): read as it
    stands it would be 2026's pagu, right of 2027's. A table prints its years left to right, so
    that reading is refused; with the year where it belongs, the columns are placed."""
    from checker.readers.programs import Layout
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Target 2027", "Pagu 2027", "Pagu"]
    assert Layout.of([head], ["2026", "2027"]) is None
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Target 2027", "Pagu 2026", "Pagu 2027"]
    assert Layout.of([head], ["2026", "2027"]).pagu == {"2026": 5, "2027": 6}


def test_a_line_of_the_headers_words_again_is_not_a_row():
    """A header repeated on the next page with other widths comes back in pieces: a line that
    holds only the header's words ("Kegiatan (output)", the end of "Program (outcome) dan
    Kegiatan (output)") and no code or figure is not a kegiatan of its own."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    head = ["Kode", "Program (outcome) dan Kegiatan (output)", "Indikator Kinerja", "Target 2026", "Pagu 2026"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "5.000.000"],
            ["", "Kegiatan (output)", "", "", ""],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "4 dokumen", "5.000.000"]]
    text = "\n".join(["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 4.1",
                      *("\t".join(r) for r in [head, *rows])])
    plan = TextReader(text, Limits()).read()
    assert [(n.code, n.name) for n in plan.tables[0].nodes()] == [
        ("7.01.01", "PROGRAM PENUNJANG URUSAN"), ("7.01.01.2.01", "Perencanaan")]


def test_a_further_indicator_row_short_of_a_cell_fills_its_programs_empty_pagu(tmp_path):
    """A program's second indicator on a row of its own that lost an empty cell before its
    figures: its targets are the program's further indicator, read by order, and its amounts,
    within reach of where they are written, fill the program's empty 2027 and 2028 pagu (its
    kegiatan's sums are then checked against them: 2028 is 5 million short)."""
    head = [["No", "Kode", "Program/Kegiatan", "Indikator Kinerja", "2026", "", "2027", "", "2028", ""],
            ["", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"]]
    rows = [["1", "7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa mandiri", "5%", "10.000.000", "10%", "",
             "15%", ""],
            ["", "", "Persentase desa maju", "5%", "", "10%", "12.000.000", "15%", "15.000.000"],   # one cell lost
            ["", "7.01.03.2.01", "Koordinasi Pemberdayaan Desa", "Jumlah desa dibina", "", "10.000.000", "",
             "12.000.000", "", "20.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [*head, *rows], period="2026-2028")
    program = read_plan(path).tables[0].roots[0]
    assert [i.name for i in program.indicators] == ["Persentase desa mandiri", "Persentase desa maju"]
    assert [program.budgets[y].raw for y in ("2026", "2027", "2028")] == ["10.000.000", "12.000.000", "15.000.000"]
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category == "rollup"] == [("ANG-001", 9)]


_CENTRED_HEADERS = {
    "label-on-two-lines": [
        'Kode            Program/Kegiatan/Sub         Indikator Kinerja                Target Kinerja Program dan',
        'Rekening        Kegiatan                                                          Kerangka Pendanaan',
        '                                                                               2026                 2027',
        '                                                                        Target   Rp          Target   Rp',
    ],
    "label-on-one-line": [
        'Kode            Program/Kegiatan/Sub         Indikator Kinerja                 Target Kinerja dan Pendanaan',
        'Rekening        Kegiatan                                                       2026                 2027',
        '                                                                        Target   Rp          Target   Rp',
    ],
}
_CENTRED_BODY = [
    '7.01.01         Program Penunjang Urusan     Persentase layanan            90%     125.000      92%     130.000',
    '                Pemerintahan Daerah          penunjang yang terpenuhi',
    '7.01.01.2.01    Perencanaan, Penganggaran    Jumlah dokumen                  4      60.000        4      62.000',
    '                dan Evaluasi Kinerja         perencanaan',
    '7.01.01.2.02    Administrasi Keuangan        Jumlah laporan keuangan        12      65.000       12      68.000',
]


@pytest.mark.parametrize("form", sorted(_CENTRED_HEADERS))
def test_a_header_centred_over_its_years_columns_stays_the_tables(tmp_path, form):
    """A program table printed space-aligned with its header centred as a word processor centres
    it: a group's label over all the years, each year over its Target and Rp. The labels below
    begin inside the ones above, as a table printed with other widths would, so the header ended
    a run of lines of its own and the table had none (not recognised, nothing checked). A few
    lines of labels right above a run of figures are its header, and a label centred over the
    columns it reaches into, each headed below it, does not close their gaps."""
    body = [line.replace("    130.000", "    135.000", 1) if line.startswith("7.01.01 ") else line
            for line in _CENTRED_BODY]  # the program's 2027 pagu is not its kegiatan's sum
    text = ["RENSTRA", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "",
            "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan", *_CENTRED_HEADERS[form], *body]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    findings = check_file(path, Settings()).findings
    assert [(f.rule, f.location.line) for f in findings if f.category in ("rollup", "input")] == [
        ("ANG-001", text.index(body[0]) + 1)]


@pytest.mark.parametrize("group", ["Target Kinerja dan Pagu Indikatif", "Target dan Pagu"])
def test_a_groups_label_naming_targets_and_budgets_heads_only_the_budgets_below_it(tmp_path, group):
    """One label over every year's Target and Rp that names both ("Target Kinerja dan Pagu
    Indikatif") is not a budget of its own: counted with the Rp labels, the table had one budget
    more than years, no column could be placed and nothing was checked."""
    rows = [f"Kode\tProgram/Kegiatan\tIndikator Kinerja\t{group}\t\t\t",
            "\t\t\t2026\t\t2027\t",
            "\t\t\tTarget\tRp\tTarget\tRp",
            "7.01.01\tProgram Penunjang Urusan\tPersentase layanan\t90%\t125.000.000\t92%\t135.000.000",
            "7.01.01.2.01\tPerencanaan dan Evaluasi\tJumlah dokumen\t4\t60.000.000\t4\t62.000.000",
            "7.01.01.2.02\tAdministrasi Keuangan\tJumlah laporan\t12\t65.000.000\t12\t68.000.000"]
    text = ["RENSTRA", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "",
            "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan", *rows]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    findings = check_file(path, Settings()).findings
    assert [(f.rule, f.location.line) for f in findings if f.category in ("rollup", "input")] == [
        ("ANG-001", text.index(rows[3]) + 1)]


_WRAPPED_LABEL_TABLE = [
    'Kode           Program/Kegiatan            Indikator          Target Kinerja dan Kerangka Pendanaan',
    '                                           Kinerja                     2026                    2027',
    '                                                              Target          Rp      Target          Rp',
    '7.01.01        Program Penunjang Urusan    Persentase            90%     125.000.000     92%     135.000.000',
    '               Pemerintahan Daerah         layanan',
    '7.01.01.2.01   Perencanaan dan Evaluasi    Jumlah dokumen          4      60.000.000       4      62.000.000',
    '7.01.01.2.02   Administrasi Keuangan       Jumlah laporan         12      65.000.000      12      68.000.000',
]


def test_a_label_wrapped_onto_the_line_of_the_years_is_one_label(tmp_path):
    """Space-aligned, "Indikator Kinerja" wraps onto the header's next line beside the years
    over their Target and Rp, so the column read "Indikator / Kinerja" and, as the lowest part
    names a column, it was a target's column: the first year's target was read from the
    indicator's name and its own column left out. A column's two lowest labels that no column
    beside it shares are one label wrapped."""
    text = ["RENSTRA", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "",
            "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan", *_WRAPPED_LABEL_TABLE]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    program = read_plan(path).tables[0].roots[0]
    indicator = program.indicators[0]
    assert indicator.name == "Persentase layanan"
    assert (indicator.targets["2026"].raw, indicator.targets["2027"].raw) == ("90%", "92%")


def test_a_row_number_in_the_cell_beside_the_code_is_not_part_of_it():
    from checker.readers.programs import ProgramTables
    assert ProgramTables._code(["1", "7.01.03", "Program"]) == ("7.01.03", 2)            # not 17.01.03
    assert ProgramTables._code(["7", "01", "01", "2.01", "02", "Sub"]) == ("7.01.01.2.01.02", 5)  # a code in cells
    assert ProgramTables._code(["1", "", "", "7.01.01", "Program"]) == ("7.01.01", 4)
    # A narrow No column printed into the code's: the number in the code's own cell.
    assert ProgramTables._code(["", "4 7.01.01", "Program"]) == ("7.01.01", 2)
    assert ProgramTables._code(["12 7.01.01.2.02.0001", "Penyediaan Gaji"]) == ("7.01.01.2.02.0001", 1)
    assert ProgramTables._code(["7.01.03.2 02.4", "Sub"]) == ("7.01.03.2.02.4", 1)  # a code broken, not numbered


def test_a_contents_page_number_is_not_a_year_ending_a_title():
    from checker.readers.text import _TOC_PAGE
    assert [bool(_TOC_PAGE.search(line)) for line in (
        "BAB I PENDAHULUAN        1", "DAFTAR ISI      ii", "BAB II GAMBARAN\t11", "BAB III ANALISIS ...... 63",
        "BAB IV RENCANA KERJA  2024", "BAB V PENUTUP")] == [True, True, True, True, False, False]
    # A page of its chapter ("II-3", "4-12", "VI.2") ends an entry too; a period of years does not.
    assert [bool(_TOC_PAGE.search(line)) for line in (
        "BAB II GAMBARAN PELAYANAN ........ II-1", "BAB IV TUJUAN   4-12", "BAB VI RENCANA\tVI.2",
        "BAB III RENSTRA TAHUN 2026-2030")] == [True, True, True, False]


def test_a_name_wrapped_onto_a_line_that_begins_with_a_level_word_continues_it(tmp_path):
    """In a table whose rows have codes, the wrapped rest of a kegiatan's name that happens to
    begin with "Kegiatan" ("Koordinasi Penyelenggaraan" / "Kegiatan Pemerintahan di Kecamatan"),
    words only, after a page break, is that name going on, not a kegiatan without code or pagu."""
    head1 = ["Kode", "Program/Kegiatan", "Indikator", "2026", "", "2027", ""]
    head2 = ["", "", "", "Target", "Rp", "Target", "Rp"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Nilai pelayanan", "3,5", "30.000.000", "3,6", "30.000.000"],
            ["7.01.02.2.01", "Koordinasi Penyelenggaraan", "Jumlah rapat", "12 kali", "30.000.000", "12 kali",
             "30.000.000"],
            [], [],
            ["", "Kegiatan Pemerintahan di Kecamatan", "koordinasi", "", "", "", ""]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head1, head2, *rows])
    keg = read_plan(path).tables[0].roots[0].children
    assert [(k.code, k.name) for k in keg] == [
        ("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Kecamatan")]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category not in ("input", "chapter")] == []


def test_without_codes_a_wrapped_line_that_begins_with_a_level_word_continues_the_name(tmp_path):
    """A table without codes that wraps its names: the rest of a sub kegiatan's name that begins
    with "Kegiatan" ("Fasilitasi" / "Kegiatan Pemberdayaan Desa"), words only, goes on with that
    name where every kegiatan read so far has its indicator, and takes no sub kegiatan from the
    kegiatan above it."""
    head = ["No", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Pagu 2026 (Rp)"]
    rows = [["1", "PROGRAM PEMBERDAYAAN", "Persentase lembaga aktif", "80%", "60.000.000"],
            ["", "MASYARAKAT DESA", "", "", ""],
            ["", "Kegiatan Fasilitasi Pemberdayaan", "Persentase desa terfasilitasi", "90%", "60.000.000"],
            ["", "Sub Kegiatan Fasilitasi", "Jumlah desa", "2 desa", "25.000.000"],
            ["", "Kegiatan Pemberdayaan Desa", "", "", ""],
            ["", "Sub Kegiatan Pembinaan Lembaga", "Jumlah lembaga", "2 lembaga", "35.000.000"]]
    other = [["2", "PROGRAM PELAYANAN PUBLIK", "Persentase layanan", "90%", "10.000.000"],
             ["", "Kegiatan Pelayanan Terpadu", "Persentase layanan terpadu", "90%", "10.000.000"],
             ["", "Sub Kegiatan Pelayanan Perizinan", "Jumlah dokumen", "12 dokumen", "10.000.000"]]
    rows += other
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan", [head, *rows], period="2026-2027")
    program = read_plan(path).tables[0].roots[0]
    assert program.name == "PROGRAM PEMBERDAYAAN MASYARAKAT DESA"
    [kegiatan] = program.children
    assert [s.name for s in kegiatan.children] == ["Sub Kegiatan Fasilitasi Kegiatan Pemberdayaan Desa",
                                                    "Sub Kegiatan Pembinaan Lembaga"]
    assert not [f for f in check_file(path, Settings()).findings if f.category not in ("input", "chapter")]
    # Where the kegiatan are printed over their sub kegiatan with no indicator of their own, such a
    # line is a kegiatan, as before.
    rows = [["1", "PROGRAM PEMBERDAYAAN", "Persentase lembaga aktif", "80%", "60.000.000"],
            ["", "MASYARAKAT DESA", "", "", ""],
            ["", "Kegiatan Fasilitasi Pemberdayaan", "", "", ""],
            ["", "Sub Kegiatan Fasilitasi", "Jumlah desa", "2 desa", "25.000.000"],
            ["", "Kegiatan Pemberdayaan Desa", "", "", ""],
            ["", "Sub Kegiatan Pembinaan Lembaga", "Jumlah lembaga", "2 lembaga", "35.000.000"], *other]
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan", [head, *rows], period="2026-2027")
    assert [k.name for k in read_plan(path).tables[0].roots[0].children] == [
        "Kegiatan Fasilitasi Pemberdayaan", "Kegiatan Pemberdayaan Desa"]


@pytest.mark.parametrize("mark", ["- 6 -", "Halaman 6", "6", "Hal. 6 dari 40"])
def test_a_page_number_printed_inside_a_table_without_codes_is_no_text_of_its_rows(tmp_path, mark):
    """A page's number on a line of its own between two rows of a table without codes or numbers,
    its names in the first column (a PDF's page foot, no form feed), is neither the start of the
    next row's name, wrapped below it ("- 6 - PROGRAM ...", which no longer names a program), nor
    the table's end."""
    head = ["Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Pagu 2026 (Rp)"]
    rows = [["PROGRAM PELAYANAN PUBLIK", "Persentase layanan", "90%", "10.000.000"],
            ["Kegiatan Pelayanan Terpadu", "Persentase layanan terpadu", "90%", "10.000.000"],
            ["di Kecamatan", "", "", ""],
            [mark],
            ["PROGRAM PEMBINAAN DAN", "Persentase desa dibina", "80%", "20.000.000"],
            ["PENGAWASAN DESA", "", "", ""],
            ["Kegiatan Fasilitasi Desa", "Persentase desa difasilitasi", "80%", "20.000.000"],
            ["Jumlah", "", "", "30.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan", [head, *rows], period="2026-2027")
    roots = read_plan(path).tables[0].roots
    assert [(r.level, r.name, [k.name for k in r.children]) for r in roots] == [
        ("program", "PROGRAM PELAYANAN PUBLIK", ["Kegiatan Pelayanan Terpadu di Kecamatan"]),
        ("program", "PROGRAM PEMBINAAN DAN PENGAWASAN DESA", ["Kegiatan Fasilitasi Desa"])]
    assert not [f for f in check_file(path, Settings()).findings if f.category not in ("input", "chapter")]


def test_a_header_wrapped_with_a_budgets_year_under_it_is_the_header(tmp_path):
    """A header whose labels a narrow page wrapped: "Program/Kegiatan/Sub" over "Kegiatan", and
    "Pagu Indikatif" over "2028 (Rp 000)". The second line is the header's (not a kegiatan row
    with a figure), its year names the budget above it, and the table's rows are read under
    their columns."""
    head1 = ["Program/Kegiatan/Sub", "Indikator", "Target 2027", "Pagu Indikatif 2027", "Target 2028",
             "Pagu Indikatif"]
    head2 = ["Kegiatan", "", "", "(Rp 000)", "", "2028 (Rp 000)"]
    rows = [["PROGRAM PELAYANAN PUBLIK", "Persentase layanan", "90%", "30.000", "92%", "35.000"],
            ["Kegiatan Pelayanan Terpadu", "Persentase layanan terpadu", "90%", "30.000", "92%", "30.000"],
            ["PROGRAM PEMBINAAN DESA", "Persentase desa dibina", "80%", "20.000", "82%", "25.000"],
            ["Kegiatan Fasilitasi Desa", "Persentase desa difasilitasi", "80%", "20.000", "82%", "25.000"]]
    path = renstra_file(tmp_path, "Tabel 4.1 Program dan Kegiatan", [head1, head2, *rows], period="2027-2028")
    table = read_plan(path).tables[0]
    assert table.budget_periods == ["2027", "2028"]
    assert [(r.name, r.budgets["2028"].amount) for r in table.roots] == [
        ("PROGRAM PELAYANAN PUBLIK", 35_000_000), ("PROGRAM PEMBINAAN DESA", 25_000_000)]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
             if f.category not in ("input", "chapter")]
    assert found == [("ANG-001", 8)]


def test_the_end_of_the_period_wrapped_under_its_budget_label_is_that_budget(tmp_path):
    """"Pagu Indikatif" over "Akhir (Rp 000)", a narrow column's wrap: the end of the period's
    budget, not a budget of its own beside the years' (the years had been taken for labels of
    six budgets, and every row read by order and left unread)."""
    head1 = ["Program/Kegiatan", "Indikator", "Target 2026", "Pagu Indikatif 2026", "Target 2027",
             "Pagu Indikatif 2027", "Target Akhir", "Pagu Indikatif"]
    head2 = ["", "", "", "(Rp 000)", "", "(Rp 000)", "", "Akhir (Rp 000)"]
    rows = [["PROGRAM PELAYANAN PUBLIK", "Persentase layanan", "90%", "30.000", "92%", "35.000", "92%", "65.000"],
            ["Kegiatan Pelayanan Terpadu", "Persentase layanan terpadu", "90%", "30.000", "92%", "30.000", "92%",
             "60.000"],
            ["PROGRAM PEMBINAAN DESA", "Persentase desa dibina", "80%", "20.000", "82%", "25.000", "82%", "45.000"],
            ["Kegiatan Fasilitasi Desa", "Persentase desa difasilitasi", "80%", "20.000", "82%", "25.000", "82%",
             "45.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan", [head1, head2, *rows], period="2026-2027")
    table = read_plan(path).tables[0]
    assert table.budget_periods == ["2026", "2027"] and table.has_akhir
    assert [r.pagu_akhir.amount for r in table.roots] == [65_000_000, 45_000_000]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
             if f.category not in ("input", "chapter")]
    assert found == [("ANG-001", 8)]


def test_a_year_wrapped_under_its_budget_label_names_that_budget(tmp_path):
    """A summary whose second budget's label wrapped its year onto the header's next line
    ("Prakiraan Maju T.A." over "2028 (Rp)"): both years are read, so a program whose 2028 pagu
    differs from the program table's is a KON-002 at both rows."""
    table = [["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027 (Rp)", "Target 2028",
              "Pagu 2028 (Rp)"],
             ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Persentase layanan", "80%", "50.000.000", "82%", "55.000.000"],
             ["7.01.02.2.01", "Koordinasi Pelayanan", "Persentase rapat", "90%", "50.000.000", "92%", "55.000.000"]]
    summary = [["No", "Program", "Pagu T.A. 2027 (Rp)", "Prakiraan Maju T.A.", "Kenaikan (%)"],
               ["", "", "", "2028 (Rp)", ""],
               ["1", "Program Pelayanan Publik", "50.000.000", "57.000.000", "14,00"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 4.1 Program dan Kegiatan",
            *("\t".join(r) for r in table), "", "Tabel 4.2 Rekapitulasi Pagu per Program",
            *("\t".join(r) for r in summary)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert read_plan(path).tables[1].budget_periods == ["2027", "2028"]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.rule == "KON-002"]
    assert sorted(found) == [("KON-002", 7), ("KON-002", 13)]


def test_a_year_whose_target_the_header_heads_but_no_reading_places_is_said_unread():
    """A header laid out as printed with a cell lost, "Lokasi" over the 2028 "Target": the 2028
    pagu is placed and its target is not, though the header heads a target for every year. Those
    targets are said unread (`targets_unplaced`), not taken as absent; a header that places a
    target for each year it budgets says nothing."""
    from checker.readers.programs import Layout, ProgramTables
    lost = [(1, ["Program", "Indikator", "Kondisi Awal", "2027", "", "Prakiraan Maju 2028", "Lokasi", "Sumber Dana"]),
            (2, ["", "", "", "Pagu (Rp)", "Target", "Pagu (Rp)", "Target", "", ""])]
    layout = Layout.of([cells for _, cells in lost], ["2027", "2028"])
    assert ProgramTables._targets_unplaced(lost, layout) == ["2028"]
    whole = [(1, lost[0][1][:6] + [""] + lost[0][1][6:]), lost[1]]
    assert ProgramTables._targets_unplaced(whole, Layout.of([cells for _, cells in whole], ["2027", "2028"])) == []


def test_amounts_grouped_by_spaces_are_read_and_a_table_of_unread_figures_reports_none_empty(tmp_path):
    """Amounts grouped by spaces ("50 000 000") are amounts; a table none of whose figures could
    be placed ("50 000", which may be two figures) is one note, and none of its budgets is
    reported empty (ANG-008 had said every pagu column was blank)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027 (Rp)", "Target 2028",
            "Pagu 2028 (Rp)"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Persentase layanan", "80%", "50 000 000", "82%", "60 000 000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Persentase rapat", "90%", "45 000 000", "92%", "60 000 000"],
            ["7.01.02.2.01.0001", "Rapat Koordinasi", "Jumlah rapat", "12 kali", "45 000 000", "12 kali",
             "60 000 000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Program", [head, *rows], period="2027-2028")
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert found == [("ANG-001", 7)]
    unread = [[c.replace(" 000 000", " 000") for c in row] for row in rows]
    path = renstra_file(tmp_path, "Tabel 6.1 Program", [head, *unread], period="2027-2028")
    result = check_file(path, Settings())
    assert [f.rule for f in result.findings if f.category not in ("chapter", "input")] == []
    assert any("tidak satu pun angka" in f.message for f in result.findings if f.category == "input")


def test_years_named_by_their_place_in_roman_numerals_are_the_periods_years():
    """"Tahun I" ... "Tahun V" over a Renstra's columns name the years by their place, as "Tahun
    ke-1" or "Tahun-1" do (they had been read as no year, each column named by its budget
    heading in the messages); "Tahun 2027", "Tahun ini" and a numeral in lower case name none."""
    from checker.readers.realisation import place_in_period
    assert [place_in_period(c) for c in ("Tahun I", "Tahun IV", "TAHUN V", "Tahun ke-3", "Tahun-2")] == [
        "ke-1", "ke-4", "ke-5", "ke-3", "ke-2"]
    assert [place_in_period(c) for c in ("Tahun 2027", "Tahun ini", "tahun i", "Bab IV")] == ["", "", "", ""]


def test_a_summary_of_budgets_in_thousands_is_read_and_compared(tmp_path):
    """A summary of each program's pagu by year in thousands, with no target column: its plain
    figures are amounts (there is no target to take them for), so a program printed otherwise
    than in the program table is a KON-002 at both rows."""
    head1 = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026 (Rp 000)"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Persentase layanan", "80%", "50.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Persentase rapat", "90%", "50.000"]]
    summary = [["No", "Kode", "Program", "Pagu 2026 (Rp 000)"],
               ["1", "7.01.02", "Program Pelayanan Publik", "65.000"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 4.1 Program dan Kegiatan",
            *("\t".join(r) for r in [head1, *rows]), "", "Tabel 4.2 Rekapitulasi Pagu per Program",
            *("\t".join(r) for r in summary)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert sorted(found) == [("KON-002", 7), ("KON-002", 12)]


def test_a_row_without_code_short_of_a_cell_is_named_by_its_level_word_not_its_number(tmp_path):
    """A table without codes, its tujuan and sasaran before the program's name: a program row that
    lost its empty code cell is read by order, and its name is the text that names a level
    ("PROGRAM ..."), not its row number or its tujuan; its pagu counts in the table's total."""
    head = ["NO", "TUJUAN", "SASARAN", "Kode", "PROGRAM/KEGIATAN", "INDIKATOR", "Target", "Pagu (Rp)"]
    rows = [["1", "Meningkatnya pelayanan", "Meningkatnya kualitas layanan", "PROGRAM PENUNJANG URUSAN",
             "Persentase layanan", "100%", "30.000.000"],   # the empty Kode cell lost
            ["", "", "", "", "Kegiatan Perencanaan", "", "", "30.000.000"],
            ["2", "Meningkatnya pelayanan", "Meningkatnya tertib desa", "", "PROGRAM PEMBINAAN DESA",
             "Persentase desa tertib", "100%", "20.000.000"],
            ["", "", "", "", "Kegiatan Fasilitasi Desa", "", "", "20.000.000"],
            ["Total", "", "", "", "", "", "", "50.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.2 Program dan Kegiatan Tahun 2026", [head, *rows], period="2026-2027")
    table = read_plan(path).tables[0]
    assert [(n.name, n.budgets["2026"].raw) for n in table.roots] == [
        ("PROGRAM PENUNJANG URUSAN", "30.000.000"), ("PROGRAM PEMBINAAN DESA", "20.000.000")]
    assert not [f for f in check_file(path, Settings()).findings if f.category == "rollup"]


def test_a_lower_header_row_set_off_under_a_header_wrapped_over_two_rows_is_laid_under_its_groups():
    """The upper header printed over two rows (a label's lines set apart), the lower one set a
    cell off by extraction: the lower labels go under the value columns of the rows above."""
    from checker.readers.programs import Layout
    upper = ["No", "Kode", "Program dan", "Indikator Kinerja", "Data Awal", "2026", "", "2027", "", "Kondisi", "",
             "Unit Kerja"]
    wrapped = ["", "", "Kegiatan", "Program (outcome)", "Capaian", "", "", "", "", "pada Akhir Periode", "",
               "Penanggung Jawab"]
    lower = ["", "", "", "", "", "", "2025", "Target", "Rp", "Target", "Rp", "Target", "Rp"]
    moved = Layout.realigned([upper, wrapped, lower])
    assert moved[:2] == [upper, wrapped] and moved[2][4:11] == ["2025", "Target", "Rp", "Target", "Rp", "Target", "Rp"]
    layout = Layout.of(moved, ["2026", "2027"])
    assert (layout.pagu, layout.pagu_akhir, layout.sides[0].target) == ({"2026": 6, "2027": 8}, 10,
                                                                        {"2026": 5, "2027": 7})


def test_a_header_repeated_in_pieces_with_its_years_is_not_a_row():
    """A page that repeats the header at other widths gives lines of its words and years only
    ("Program dan ... 2026 2027"): the header again, not a program named "Program dan"."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    head = ["Kode", "Program dan Kegiatan", "Indikator Kinerja", "Pagu 2026", "Pagu 2027"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "5.000.000", "6.000.000"],
            ["", "Program dan", "Indikator", "2026", "2027"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "5.000.000", "6.000.000"]]
    text = "\n".join(["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 6.1",
                      *("\t".join(r) for r in [head, *rows])])
    plan = TextReader(text, Limits()).read()
    assert [n.code for n in plan.tables[0].nodes()] == ["7.01.01", "7.01.01.2.01"]


def test_a_three_row_header_carries_each_years_group_over_its_target_and_pagu(tmp_path):
    """T-C.27 as many Renstra print it: a group over the years, each year over Target | Rp. Each
    year's label spans its two columns within the group above, so targets and pagu both have
    their year (the falling target is found, the wrong end-of-period pagu too)."""
    head = [["Kode", "Program dan Kegiatan", "Indikator Kinerja", "Target Kinerja dan Kerangka Pendanaan", "", "", "",
             "Kondisi Kinerja pada Akhir Periode", ""],
            ["", "", "", "Tahun 2026", "", "Tahun 2027", "", "", ""],
            ["", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"]]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan masyarakat", "86", "60.000", "85", "62.000",
             "85", "122.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "60.000", "24 kali", "62.000",
             "24 kali", "125.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [*head, *rows])
    program = read_plan(path).tables[0].roots[0]
    assert {k: v.raw for k, v in program.indicators[0].targets.items()} == {"2026": "86", "2027": "85"}
    got = {(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "input"}
    assert {("TGT-002", 9), ("ANG-004", 10)} <= got


def test_short_chapters_close_together_are_chapters_when_each_opens_its_own_section():
    """Chapters of a heading, a section and a line stand as close as a list of chapters; each
    followed by its own first section ("4.1 ...") is in the body. A sistematika's entries,
    followed by what each chapter holds, stay a list."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "",
            "BAB I PENDAHULUAN", "1.1 Latar Belakang", "Uraian latar belakang.",
            "1.2 Sistematika Penulisan",
            "BAB I PENDAHULUAN", "Bab ini memuat latar belakang.",
            "BAB II GAMBARAN PELAYANAN", "Bab ini memuat gambaran pelayanan.",
            "BAB III PERMASALAHAN", "Bab ini memuat permasalahan.",
            "BAB IV TUJUAN DAN SASARAN", "Bab ini memuat tujuan.",
            *[f"Paragraf {k} tentang pelayanan kecamatan yang diuraikan panjang di sini." for k in range(12)],
            "BAB II GAMBARAN PELAYANAN", "2.1 Tugas dan Fungsi", "Uraian tugas.",
            "BAB III PERMASALAHAN", "3.1 Identifikasi Permasalahan", "Uraian.",
            "BAB IV TUJUAN DAN SASARAN", "4.1 Tujuan", "Uraian.",
            "BAB V PENUTUP", "Renja ini menjadi acuan."]   # a closing chapter without a section
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [(c.number, c.location.line) for c in chapters] == [(1, 5), (2, 29), (3, 32), (4, 35), (5, 38)]


def test_a_chapters_running_header_at_the_top_of_its_pages_opens_no_chapter_again():
    """A text printed page by page whose pages begin with the document's name and the chapter
    they go on with ("BAB II ..." on every page of Bab II): one chapter, not two (BAB-002 said
    it appeared twice). A chapter that begins a page is still a chapter, and the same heading
    in the middle of a page is still a second one; a page top going on with a later section of
    its chapter is no heading even where the chapter's own is missing."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "",
            "BAB I PENDAHULUAN", "1.1 Latar Belakang", "Uraian latar belakang.",
            "\x0cRenja Kecamatan Sukamaju 2027", "BAB II EVALUASI RENJA", "2.1 Evaluasi", "Uraian.",
            "\x0cRenja Kecamatan Sukamaju 2027", "BAB II EVALUASI RENJA", "Uraian lanjutan evaluasi.",
            "\x0cBAB III TUJUAN DAN SASARAN", "3.1 Tujuan", "Uraian.",
            "\x0cRenja Kecamatan Sukamaju 2027", "BAB  III  TUJUAN DAN SASARAN", "Uraian lanjutan.",
            "BAB III TUJUAN DAN SASARAN", "Uraian."]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [(c.number, c.location.line) for c in chapters] == [(1, 5), (2, 9), (3, 15), (3, 21)]
    # Bab II's own heading lost: the page that goes on with its section 2.3 under the running
    # header does not stand in for it (the chapter is missing, as it is).
    filler = [f"Paragraf {k} yang menguraikan isi bab ini." for k in range(12)]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "BAB I PENDAHULUAN", "1.1 Latar Belakang",
            *filler, "2.1 Evaluasi", *filler, "\x0cRenja Kecamatan Sukamaju 2027", "BAB II EVALUASI RENJA",
            "2.3 Evaluasi Lanjutan", *filler, "\x0cRenja Kecamatan Sukamaju 2027", "BAB III TUJUAN DAN SASARAN",
            "3.1 Tujuan", *filler]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [c.number for c in chapters] == [1, 3]
    # Nor does a page top followed by prose alone, where sections of its number ("2.1") came
    # before it: the heading that opened them is missing.
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "BAB I PENDAHULUAN", "1.1 Latar Belakang",
            *filler, "2.1 Evaluasi", *filler, "\x0cRenja Kecamatan Sukamaju 2027", "BAB II EVALUASI RENJA",
            "Uraian lanjutan evaluasi.", "BAB III TUJUAN DAN SASARAN", "3.1 Tujuan", *filler]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [c.number for c in chapters] == [1, 3]


def test_short_chapters_whose_sections_are_numbered_by_the_chapters_numeral_are_chapters():
    """Sections numbered "III.1" under "BAB III - ..." open their chapter as "3.1" does; the
    contents page before them, paged by chapter ("III-1"), is a list, not the chapters."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    contents = [f"BAB {n} {t} .......... {n}-1" for n, t in (("I", "PENDAHULUAN"), ("II", "GAMBARAN PELAYANAN"),
                                                           ("III", "PERMASALAHAN"), ("IV", "TUJUAN DAN SASARAN"),
                                                           ("V", "PENUTUP"))]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "", "DAFTAR ISI", *contents, "",
            "BAB I - PENDAHULUAN", "I.1 Latar Belakang",
            *[f"Paragraf {k} tentang latar belakang yang diuraikan panjang di sini." for k in range(12)],
            "BAB II - GAMBARAN PELAYANAN", "II.1 Tugas dan Fungsi", "Uraian tugas.",
            "BAB III - PERMASALAHAN", "III.1 Identifikasi Permasalahan", "Uraian.",
            "BAB IV - TUJUAN DAN SASARAN", "IV.1 Tujuan", "Uraian.",
            "BAB V - PENUTUP", "Renstra ini menjadi acuan."]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [(c.number, c.location.line) for c in chapters] == [(1, 12), (2, 26), (3, 29), (4, 32), (5, 35)]


def test_short_chapters_whose_sections_are_lettered_are_chapters():
    """Sections lettered within each chapter ("A. Identifikasi Permasalahan") open it as "3.1"
    does, the heading's title on the line below it; a contents page listing the same sections
    with their pages is a list, not the chapters."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    titles = ("Pendahuluan", "Gambaran Pelayanan", "Permasalahan", "Tujuan dan Sasaran", "Penutup")
    numerals = ("I", "II", "III", "IV", "V")
    contents = [entry for n, t in zip(numerals, titles) for entry in (f"BAB {n} {t.upper()} .......... {n}",
                                                                         "A. Uraian Bab .......... 1")]
    body = [line for n, t in zip(numerals[1:4], titles[1:4]) for line in (f"BAB {n}", t, "A. Uraian Bab", "Uraian.")]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2030", "", "DAFTAR ISI", *contents, "",
            "BAB I", "Pendahuluan", "A. Latar Belakang",
            *[f"Paragraf {k} tentang latar belakang yang diuraikan panjang di sini." for k in range(12)],
            *body, "BAB V", "Penutup", "Renstra ini menjadi acuan."]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [(c.number, c.title, c.location.line) for c in chapters] == [
        (1, "Pendahuluan", 17), (2, "Gambaran Pelayanan", 32), (3, "Permasalahan", 36),
        (4, "Tujuan dan Sasaran", 40), (5, "Penutup", 44)]


def test_a_header_a_column_wider_than_its_rows_is_read_without_the_column_it_leaves_empty(tmp_path):
    """T-C.31 whose two header rows both carry one empty column more than its rows (a merged
    cell copied out as two): read without it, the prakiraan maju's target is under its year,
    so a falling n+1 target is found."""
    head = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Rencana Tahun 2026", "", "", "", "", "Catatan",
             "Prakiraan Maju Tahun 2027", ""],
            ["", "", "", "Lokasi", "Target", "Pagu Indikatif", "Sumber Dana", "", "", "Target", "Pagu Indikatif"],
            [f"({k})" for k in range(1, 11)]]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan masyarakat", "Kecamatan", "84", "60.000.000",
             "APBD", "", "83", "62.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "Kecamatan", "24 kali", "60.000.000", "APBD", "",
             "24 kali", "62.000.000"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [*head, *rows])
    program = read_plan(path).tables[0].roots[0]
    assert {k: v.raw for k, v in program.indicators[0].targets.items()} == {"2026": "84", "2027": "83"}
    assert ("TGT-002", 9) in {(f.rule, f.location.line) for f in check_file(path, Settings()).findings}


def test_a_letter_spaced_heading_with_an_arabic_number_is_not_a_contents_entry():
    """"B A B  1" over its title: the number after the spaces is the chapter's, not a page's."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "B A B  1", "PENDAHULUAN",
            "1.1. Latar Belakang", "Uraian latar belakang renja kecamatan.", "", "B A B  2", "HASIL EVALUASI",
            "2.1. Evaluasi", "Uraian evaluasi."]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [(c.number, c.title) for c in chapters] == [(1, "PENDAHULUAN"), (2, "HASIL EVALUASI")]


@pytest.mark.parametrize("mark", ["-", " – ", " : ", ". "])
def test_a_heading_with_a_mark_between_bab_and_its_number_is_a_chapter(mark):
    """"BAB-I PENDAHULUAN", "BAB – II ...", "BAB. I ...": the chapters (all of them had been
    reported missing)."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", f"BAB{mark}I PENDAHULUAN",
            "1.1. Latar Belakang", "Uraian latar belakang renja kecamatan.", "", f"BAB{mark}II HASIL EVALUASI",
            "2.1. Evaluasi", "Uraian evaluasi."]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [(c.number, c.title) for c in chapters] == [(1, "PENDAHULUAN"), (2, "HASIL EVALUASI")]


@pytest.mark.parametrize("form", ["tab", "layout"])
def test_the_penunjang_programs_coded_x_xx_are_programs_of_the_table(tmp_path, form):
    """"X.XX.01", "X.XX.01.2.06", "X.XX.01.2.06.0004": the nomenclature's code of the programs
    every perangkat daerah has. Its rows had been unplaced (one note each) and the program
    unread; they are a program, its kegiatan and sub kegiatan, tab-separated or space-aligned."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027"]
    rows = [["X.XX.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "50.000.000"],
            ["X.XX.01.2.06", "Administrasi Umum", "Jumlah bulan", "12 bulan", "50.000.000"],
            ["X.XX.01.2.06.0004", "Bahan Logistik Kantor", "Jumlah paket", "12 paket", "18.000.000"],
            ["X.XX.01.2.06.0009", "Rapat Koordinasi", "Jumlah laporan", "12 laporan", "27.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "40.000.000"],
            ["7.01.02.2.01", "Koordinasi Pemerintahan", "Jumlah rapat", "24 kali", "40.000.000"]]
    if form == "layout":
        widths = [max(len(r[k]) for r in [head, *rows]) + 3 for k in range(len(head))]
        text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 6.1",
                *("".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in [head, *rows])]
        path = tmp_path / "renstra.txt"
        path.write_text("\n".join(text) + "\n", encoding="utf-8")
    else:
        path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    table = read_plan(path).tables[0]
    assert [(n.level, n.code) for n in table.nodes()][:3] == [
        ("program", "X.XX.01"), ("kegiatan", "X.XX.01.2.06"), ("sub_kegiatan", "X.XX.01.2.06.0004")]
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category == "rollup"] == [("ANG-002", 8)]
    assert not [f for f in result.findings if f.category == "input"]


def test_codes_of_the_2006_nomenclature_rank_by_their_length(tmp_path):
    """A plan still coded by Permendagri 13/2006 ("1.20.1.20.02" a program, "1.20.1.20.02.01" its
    kegiatan): no code is of today's nomenclature, so the shortest codes are the programs, and a
    program whose kegiatan do not add up is reported as a program's (ANG-001), not a kegiatan's."""
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu 2026"]
    rows = [["1.20.1.20.02", "Program Peningkatan Sarana Aparatur", "Persentase sarana terpelihara", "90%",
             "80.000.000"],
            ["1.20.1.20.02.01", "Pemeliharaan Gedung Kantor", "Jumlah gedung", "1 unit", "45.000.000"],
            ["1.20.1.20.02.02", "Pemeliharaan Kendaraan Dinas", "Jumlah kendaraan", "6 unit", "30.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    table = read_plan(path).tables[0]
    assert [(n.level, n.code) for n in table.nodes()] == [
        ("program", "1.20.1.20.02"), ("kegiatan", "1.20.1.20.02.01"), ("kegiatan", "1.20.1.20.02.02")]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category == "rollup"] == ["ANG-001"]


def test_a_table_that_budgets_programs_and_sub_kegiatan_only_sums_a_program_over_its_sub_kegiatan(tmp_path):
    """Pagu printed for programs and sub kegiatan, every kegiatan row blank: the table's form, not
    an empty pagu per kegiatan (ANG-005 had fired on each), and a program is held to the sub
    kegiatan below its kegiatan (it had been held to nothing). One kegiatan blank among funded
    ones is still an empty pagu."""
    head = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "470.000.000"],
            ["7.01.01.2.02", "Administrasi Keuangan", "Jumlah bulan", "12 bulan", ""],
            ["7.01.01.2.02.0001", "Penyediaan Gaji", "Jumlah ASN", "20 orang", "410.000.000"],
            ["7.01.01.2.06", "Administrasi Umum", "Jumlah bulan", "12 bulan", ""],
            ["7.01.01.2.06.0004", "Bahan Logistik", "Jumlah paket", "12 paket", "35.000.000"],
            ["7.01.01.2.06.0009", "Rapat Koordinasi", "Jumlah laporan", "12 laporan", "25.000.000"],
            ["7.01.05", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa", "70%", "55.000.000"],
            ["7.01.05.2.01", "Koordinasi Pemberdayaan", "Jumlah desa", "16 desa", ""],
            ["7.01.05.2.01.0001", "Musrenbang Desa", "Jumlah musrenbang", "16 desa", "50.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
             if f.category in ("rollup", "missing_value")]
    assert found == [("ANG-001", 13)]  # 55 millions against the 50 of its one sub kegiatan
    rows[1][4] = "410.000.000"
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    found = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings
                   if f.category in ("rollup", "missing_value"))
    assert ("ANG-005", 10) in found and ("ANG-005", 14) in found


def test_budget_columns_by_source_of_funds_close_with_their_total_and_years_do_not():
    """"Pagu Indikatif (Rp)" over "DAU | DBH | Jumlah": the total and its parts (ANG-007 holds
    one to the other); a total over years is the end of the period's, ANG-004's business."""
    from checker.readers.programs import source_columns as _source_columns
    group = "Pagu Indikatif (Rp) / "
    assert _source_columns([group + "DAU", group + "DBH", group + "Jumlah"]) == {
        group + "Jumlah": [group + "DAU", group + "DBH"]}
    assert _source_columns(["Pagu / 2026", "Pagu / 2027", "Pagu / Jumlah"]) == {}
    assert _source_columns([group + "DAU", group + "Jumlah"]) == {}  # one source is its own total


def test_a_budget_column_empty_on_every_row_is_one_finding_for_the_table(tmp_path):
    """"Prakiraan Maju 2028 (Rp)" left empty in every row: one ANG-008 for the table (it had been
    an ANG-005 for each program), none for its rows; the plan year's pagu are checked as ever."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027", "Target 2028", "Pagu 2028"]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan", "100%", "50.000.000", "100%", ""],
            ["7.01.01.2.06", "Administrasi Umum", "Jumlah bulan", "12 bulan", "50.000.000", "12 bulan", ""],
            ["7.01.01.2.06.0004", "Bahan Logistik", "Jumlah paket", "12 paket", "45.000.000", "12 paket", ""],
            ["7.01.02", "PROGRAM PELAYANAN", "Indeks kepuasan", "83", "60.000.000", "84", ""],
            ["7.01.02.2.01", "Koordinasi", "Jumlah rapat", "24 kali", "60.000.000", "24 kali", ""]]
    path = renstra_file(tmp_path, "Tabel 4.1", [head, *rows])
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
             if f.category in ("rollup", "missing_value")]
    assert found == [("ANG-008", 7), ("ANG-002", 8)]


def test_a_program_table_whose_years_are_places_in_the_period_names_them_so(tmp_path):
    """T-C.27 as Permendagri 86 heads it: "Tahun-1", "Tahun-2" ... over "Target | Rp". Its pagu
    and targets are the years ke-1, ke-2 (they had been "Rp (2)", a column's number, in every
    message), and the end-of-period pagu is their sum."""
    head = [["Kode", "Program dan Kegiatan", "Indikator Kinerja", "Data Capaian Awal",
             "Target Kinerja Program dan Kerangka Pendanaan", "", "", "", "Kondisi Kinerja pada Akhir Periode", ""],
            ["", "", "", "", "Tahun-1", "", "Tahun-2", "", "", ""],
            ["", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"]]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan", "95", "100", "50.000.000", "100", "55.000.000",
             "100", "105.000.000"],
            ["7.01.01.2.06", "Administrasi Umum", "Jumlah bulan", "12", "12", "50.000.000", "12", "54.000.000", "12",
             "104.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [*head, *rows])
    table = read_plan(path).tables[0]
    assert table.budget_periods == ["ke-1", "ke-2"] and table.periods == ["ke-1", "ke-2"]
    found = [(f.rule, f.location.line, f.message[:42]) for f in check_file(path, Settings()).findings
             if f.category == "rollup"]
    assert found == [("ANG-001", 9, "Pagu program 7.01.01 tahun ke-2 (Rp55.000.")]


def test_a_row_short_of_a_source_cell_is_not_guessed_at(tmp_path):
    """"DAU | DBH | Jumlah" and a sub kegiatan row that lost its empty DAU cell ("25.000.000 |
    25.000.000"): which source it left empty cannot be told, so its budgets are unread, with a
    note (its amounts had been laid from the left, DAU and DBH, and the program's sums reported
    twice, falsely); its program's sums are not checked where they need it."""
    head = [["Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)", "", ""],
            ["", "", "", "", "DAU", "DBH", "Jumlah"]]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan", "100%", "30.000.000", "25.000.000",
             "55.000.000"],
            ["7.01.01.2.06", "Administrasi Umum", "Jumlah bulan", "12 bulan", "30.000.000", "25.000.000",
             "55.000.000"],
            ["7.01.01.2.06.0004", "Bahan Logistik", "Jumlah paket", "12 paket", "30.000.000", "", "30.000.000"],
            ["7.01.01.2.06.0009", "Rapat Koordinasi", "Jumlah laporan", "12 laporan", "25.000.000", "25.000.000"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [*head, *rows])
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category in ("rollup", "missing_value")]
    assert any(f.category == "input" and f.location.line == 11 and "sumber dana" in f.message
               for f in result.findings) and result.unread


def test_budgets_in_millions_are_read_as_rupiah_and_a_row_read_by_order_is_not_guessed(tmp_path):
    """"Pagu (Rp juta)" with "74,5": the amounts are plain figures, in millions. Under their
    columns they are read (the program's 2027 pagu is a million more than its kegiatan give);
    a row short of a cell cannot tell its amounts from its targets, so its budgets are unread,
    with a note, not reported empty."""
    from checker.readers.programs import money_scale
    assert [money_scale(t) for t in ("Pagu 2026 (Rp juta)", "dalam ribuan rupiah", "Pagu (Rp. 000)",
                                     "Pagu Indikatif (Rp)", "Jumlah penduduk")] == [10 ** 6, 1000, 1000, 1, 1]
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026 (Rp juta)", "Target 2027",
            "Pagu 2027 (Rp juta)"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "74,5", "100%", "80,75"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "5 dokumen", "20,5", "5 dokumen", "21,25"],
            ["7.01.01.2.06", "Administrasi Umum", "Jumlah bulan", "12 bulan", "54", "12 bulan", "58,5"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    program = read_plan(path).tables[0].roots[0]
    assert [program.budgets[y].amount for y in ("2026", "2027")] == [74_500_000, 80_750_000]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category in ("rollup", "missing_value")] == [("ANG-001", 7)]
    rows[1] = ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "5 dokumen", "20,5", "21,25"]  # a target lost
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category in ("rollup", "missing_value")]
    assert result.unread and any(f.category == "input" and f.location.line == 8 for f in result.findings)


def test_sums_of_amounts_rounded_to_millions_may_miss_by_half_a_step_of_each(tmp_path):
    """"(dalam juta rupiah)" with two decimals: each figure is rounded, so 12,35 + 8,47 + 5,21 may
    print as 26,02 (12.345.000 + 8.474.000 + 5.205.000 = 26.024.000). Within half a step of every
    figure summed a sum is no finding (it had been one in every year of every kegiatan); three
    steps off on four figures is."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027", "Target 2028", "Pagu 2028"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "26,02", "100%", "37,34"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "5 dokumen", "26,02", "5 dokumen", "37,34"],
            ["7.01.01.2.01.0001", "Penyusunan Dokumen", "Jumlah dokumen", "3 dokumen", "12,35", "3 dokumen", "12,97"],
            ["7.01.01.2.01.0007", "Evaluasi Kinerja", "Jumlah laporan", "2 laporan", "8,47", "2 laporan", "18,90"],
            ["7.01.01.2.01.0006", "Laporan Capaian", "Jumlah laporan", "4 laporan", "5,21", "4 laporan", "5,50"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program (dalam juta rupiah)", [head, *rows])
    assert read_plan(path).tables[0].roots[0].budgets["2027"].step == 10_000
    found = [(f.rule, f.location.line, f.difference) for f in check_file(path, Settings()).findings
             if f.category == "rollup"]
    assert found == [("ANG-002", 8, -30_000)]  # 37,34 against 37,37 in 2028: three steps off, not rounding


def test_a_mended_header_is_ranked_on_the_rows_that_lost_no_cell(tmp_path):
    """A header a column wider than its rows, and two rows that lost their empty Catatan cell: a
    reading of the header that leaves the n+1 target unread lines those short rows up too, but
    on the whole rows the reading with the n+1 target reads more, and wins; the short rows are
    read by order, their 2027 pagu where it stands."""
    head = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Rencana Tahun 2026", "", "", "", "", "Catatan",
             "Prakiraan Maju Tahun 2027", ""],
            ["", "", "", "Lokasi", "Target", "Pagu Indikatif", "Sumber Dana", "", "", "Target", "Pagu Indikatif"]]
    full = lambda code, name, t1, p1, t2, p2: [code, name, "Jumlah", "Kec", t1, p1, "APBD", "", t2, p2]  # noqa: E731
    rows = [full("7.01.02", "PROGRAM PELAYANAN", "84", "60.000.000", "83", "62.000.000"),
            ["7.01.02.2.01", "Koordinasi", "Jumlah rapat", "Kec", "24 kali", "60.000.000", "APBD", "24 kali",
             "62.000.000"],                                                       # the empty cell lost
            full("7.01.03", "PROGRAM DESA", "70%", "20.000.000", "75%", "22.000.000"),
            full("7.01.03.2.01", "Fasilitasi Desa", "10 desa", "20.000.000", "10 desa", "22.000.000")]
    path = renstra_file(tmp_path, "Tabel 4.1", [*head, *rows])
    kegiatan = read_plan(path).tables[0].roots[0].children[0]
    assert kegiatan.budgets["2027"].raw == "62.000.000"
    assert not [f for f in check_file(path, Settings()).findings if f.rule.startswith("ANG-")]


def test_a_table_of_one_indicator_with_its_years_down_the_rows(tmp_path):
    """"Tahun | Target | Realisasi | Capaian (%)", a row per year, the indicator in the caption:
    each row is its year's, named by the caption (a wrong capaian in 2025 is found)."""
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "",
                               "Tabel 2.1 Capaian Indeks Kepuasan Masyarakat",
                               "Tahun\tTarget\tRealisasi\tCapaian (%)", "2024\t81\t82\t101,23",
                               "2025\t82\t80\t95,00"]) + "\n", encoding="utf-8")
    got = [f for f in check_file(path, Settings()).findings if f.category == "ratio"]
    assert [(f.rule, f.location.line) for f in got] == [("RAS-001", 8)]
    assert got[0].subject.startswith("Capaian Indeks Kepuasan Masyarakat") and "2025" in got[0].message


def test_outline_numbers_are_no_codes(tmp_path):
    """Rows numbered 1, 1.1, 1.1.1 as an outline: "1.1.1" is no program code; the levels come
    from the wording, so a kegiatan whose sub kegiatan do not add up is found."""
    head = ["No", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Pagu 2026"]
    rows = [["1", "Program Penunjang Urusan", "Persentase layanan", "100%", "100.000.000"],
            ["1.1", "Kegiatan Administrasi Umum", "Jumlah bulan", "12 bulan", "100.000.000"],
            ["1.1.1", "Sub Kegiatan Bahan Logistik", "Jumlah paket", "12 paket", "40.000.000"],
            ["1.1.2", "Sub Kegiatan Rapat Koordinasi", "Jumlah laporan", "12 laporan", "55.000.000"],
            ["2", "Program Pelayanan Publik", "Indeks kepuasan", "84", "50.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    table = read_plan(path).tables[0]
    assert [(n.level, n.code) for n in table.nodes()] == [
        ("program", ""), ("kegiatan", ""), ("sub_kegiatan", ""), ("sub_kegiatan", ""), ("program", "")]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category == "rollup"] == ["ANG-002"]


@pytest.mark.parametrize("marks", [["1", "1.1", "1.1.1", "1.1.2", "2", "2.1"],
                                   ["I", "1", "a.", "b.", "II", "1"],
                                   ["A.", "1)", "a)", "b)", "B.", "1)"]])
def test_outline_numbers_give_the_levels_of_rows_without_level_words(tmp_path, marks):
    """No codes and no level words (a kegiatan is named by its nomenclature alone): the rows'
    numbers 1, 1.1, 1.1.1 are an outline, as are marks of one kind per depth (I, 1, a.), and
    they give the levels."""
    head = ["No", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Pagu 2026"]
    rows = [[marks[0], "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "100.000.000"],
            [marks[1], "Administrasi Umum", "Jumlah bulan", "12 bulan", "100.000.000"],
            [marks[2], "Bahan Logistik", "Jumlah paket", "12 paket", "40.000.000"],
            [marks[3], "Rapat Koordinasi", "Jumlah laporan", "12 laporan", "55.000.000"],
            [marks[4], "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "50.000.000"],
            [marks[5], "Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "50.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    table = read_plan(path).tables[0]
    assert [(n.level, n.name) for n in table.nodes()] == [
        ("program", "PROGRAM PENUNJANG URUSAN"), ("kegiatan", "Administrasi Umum"), ("sub_kegiatan", "Bahan Logistik"),
        ("sub_kegiatan", "Rapat Koordinasi"), ("program", "PROGRAM PELAYANAN PUBLIK"),
        ("kegiatan", "Koordinasi Pelayanan")]
    findings = check_file(path, Settings()).findings
    assert [(f.rule, f.location.line) for f in findings if f.category in ("rollup", "input")] == [("ANG-002", 8)]


@pytest.mark.parametrize("numbers", [
    ["1", "1.1", "1.3", "1.3.1", "2", "2.1"],    # a number skipped (1.3 after 1.1) still stands in order,
    ["1", "1.1", "1.1", "1.1.1", "2", "2.1"],    # but one number twice is no outline
    ["1", "1.1", "1.1.1", "1.2.1", "2", "2.1"],  # nor a sub kegiatan under a kegiatan not written
    ["1", "2", "3", "4", "5", "6"],              # nor row numbers one deep
    ["I", "1", "a.", "a.", "II", "1"],           # nor marks one of a kind twice in a row
])
def test_numbers_that_are_no_outline_give_no_levels(tmp_path, numbers):
    """Only numbers that hold as an outline are levels; otherwise, without codes or level
    words, only the program rows are read, and the reader says so."""
    head = ["No", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Pagu 2026"]
    names = ["PROGRAM PENUNJANG URUSAN", "Administrasi Umum", "Bahan Logistik", "Rapat Koordinasi",
             "PROGRAM PELAYANAN PUBLIK", "Koordinasi Pelayanan"]
    rows = [[n, name, "Jumlah dokumen", "2 dokumen", "50.000.000"] for n, name in zip(numbers, names)]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    levels = [n.level for n in read_plan(path).tables[0].nodes()]
    if numbers[2] == "1.3":
        assert levels == ["program", "kegiatan", "kegiatan", "sub_kegiatan", "program", "kegiatan"]
    else:
        assert levels == ["program", "program"]
        assert [f.rule for f in check_file(path, Settings()).findings if f.category == "input"] == ["INP-001"]


def _codeless_table(first_program: str, second_last: str) -> list[list[str]]:
    """A yearly table without codes or outline: programs in capitals, their kegiatan named by
    the nomenclature alone, a dash in the code column of some rows."""
    head = ["No", "Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu (Rp)"]
    return [head,
            ["1", "-", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", first_program],
            ["", "-", "Administrasi Keuangan", "Jumlah laporan", "12 laporan", "60.000.000,00"],
            ["", "", "Administrasi Umum", "Kegiatan rapat staf", "24 kali", "40.000.000,00"],
            ["2", "-", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "75.000.000,00"],
            ["", "-", "Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "30.000.000,00"],
            ["", "-", "Pembinaan Desa", "Jumlah desa", "10 desa", "45.000.000,00"],
            ["", "-", "Monitoring Wilayah", "Jumlah laporan", "4 laporan", second_last]]


def test_kegiatan_without_codes_or_level_words_are_known_by_their_sums(tmp_path):
    """No codes, no outline, only the programs named by their level: the rows under each program
    whose pagu add up to the program's are its kegiatan (kegiatan and sub kegiatan mixed would add
    up to twice it), so they are checked. A kegiatan with a dash for its pagu is missing it; an
    indicator beginning "Kegiatan ..." names no level."""
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan Tahun 2026",
                        _codeless_table("100.000.000,00", "-"))
    table = read_plan(path).tables[0]
    assert [(n.level, n.name) for n in table.nodes()] == [
        ("program", "PROGRAM PENUNJANG URUSAN"), ("kegiatan", "Administrasi Keuangan"),
        ("kegiatan", "Administrasi Umum"), ("program", "PROGRAM PELAYANAN PUBLIK"),
        ("kegiatan", "Koordinasi Pelayanan"), ("kegiatan", "Pembinaan Desa"), ("kegiatan", "Monitoring Wilayah")]
    findings = check_file(path, Settings()).findings
    assert [(f.rule, f.location.line) for f in findings if f.category not in ("chapter",)] == [("ANG-005", 13)]


def test_kegiatan_known_by_their_sums_keep_a_program_that_does_not_add_up(tmp_path):
    """Most programs add up over their kegiatan: the reading holds, and the one that does not is
    reported (a table with a real error keeps it)."""
    rows = _codeless_table("100.000.000,00", "-")
    rows.append(["3", "-", "PROGRAM PEMBERDAYAAN", "Persentase desa mandiri", "20%", "50.000.000,00"])
    rows.append(["", "-", "Fasilitasi Desa", "Jumlah desa", "10 desa", "20.000.000,00"])
    rows.append(["", "-", "Pelatihan Kader", "Jumlah kader", "40 orang", "20.000.000,00"])
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan Tahun 2026", rows)
    findings = check_file(path, Settings()).findings
    assert sorted((f.rule, f.location.line) for f in findings if f.category in ("rollup", "input")) == \
        [("ANG-001", 14)]


def test_a_kegiatan_row_short_of_a_cell_keeps_its_name_and_one_off_its_columns_is_left_unplaced(tmp_path):
    """Known by the sums, a kegiatan row that lost its empty first cell still has its name (a cell
    to the left); one whose name cell holds a figure stands off its columns: it is left unplaced
    with a note, and its program's sum is not checked (without that row it would not add up)."""
    rows = _codeless_table("100.000.000,00", "-")
    rows[2] = rows[2][1:]                                                       # line 8: a cell short
    rows[6] = ["", "-", "10 desa", "Pembinaan Desa", "Jumlah desa", "45.000.000,00"]  # line 12: off its columns
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan Tahun 2026", rows)
    table = read_plan(path).tables[0]
    assert [(n.level, n.name) for n in table.nodes()][:2] == [
        ("program", "PROGRAM PENUNJANG URUSAN"), ("kegiatan", "Administrasi Keuangan")]
    assert "Pembinaan Desa" not in [n.name for n in table.nodes()] and table.lost_rows == [12]
    findings = check_file(path, Settings()).findings
    assert [(f.rule, f.location.line) for f in findings if f.category in ("rollup", "missing_value")] == \
        [("ANG-005", 13)]
    assert any(f.category == "input" and f.location.line == 12 for f in findings)


def test_of_two_programs_known_by_their_sums_the_one_that_does_not_add_up_is_reported(tmp_path):
    """Two programs, one adding up to the rupiah over its kegiatan: that is no chance, so the rows
    under the other are its kegiatan too, and its wrong pagu is a finding, not a note."""
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan Tahun 2026",
                        _codeless_table("150.000.000,00", "-"))
    findings = check_file(path, Settings()).findings
    assert sorted((f.rule, f.location.line) for f in findings if f.category in ("rollup", "missing_value", "input")) \
        == [("ANG-001", 7), ("ANG-005", 13)]


def test_a_program_whose_rows_add_up_to_twice_it_leaves_the_sums_unsaid(tmp_path):
    """One program adds up, the other's rows add up to twice its pagu, as its kegiatan and their
    sub kegiatan together would: the rows are of two levels there, so only the programs are read."""
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan Tahun 2026",
                        _codeless_table("100.000.000,00", "75.000.000,00"))
    assert [n.level for n in read_plan(path).tables[0].nodes()] == ["program", "program"]
    findings = check_file(path, Settings()).findings
    assert not [f for f in findings if f.category in ("rollup", "missing_value")]


@pytest.mark.parametrize("first_program", ["200.000.000,00", "150.000.000,00"])
def test_rows_that_do_not_add_up_to_their_program_leave_only_the_programs_read(tmp_path, first_program):
    """Rows under a program that add up to twice it (kegiatan and their sub kegiatan, unmarked)
    or to no multiple of it: their levels cannot be known, so only the programs are read, and
    the reader says so."""
    rows = _codeless_table(first_program, "-")
    rows[5][5] = "75.000.000,00"  # the second program's rows: kegiatan and sub kegiatan, twice it
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan Tahun 2026", rows)
    assert [n.level for n in read_plan(path).tables[0].nodes()] == ["program", "program"]
    findings = check_file(path, Settings()).findings
    assert any(f.category == "input" and "hanya baris program" in f.message for f in findings)
    assert not [f for f in findings if f.category in ("rollup", "missing_value")]


def test_a_further_indicator_set_left_of_its_columns_is_unread_not_run_into_the_name_above(tmp_path):
    """A program's further indicators on rows of their own, their words under the code column and
    their target under the indicator column (merged cells lost): each is an indicator of the
    program with its targets unread and a note, not a figure run on into the indicator above."""
    head = ["No", "Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu (Rp)"]
    rows = [head,
            ["1", "", "PROGRAM PEMBINAAN DESA", "Desa maju", "0", "90.000.000,00"],
            ["", "Desa berkembang", "", "12", "", ""],
            ["", "", "Fasilitasi Desa", "Jumlah desa", "12 desa", "40.000.000,00"],
            ["", "", "Pembinaan Kader", "Jumlah kader", "30 orang", "50.000.000,00"],
            ["2", "", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "30.000.000,00"],
            ["", "", "Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "30.000.000,00"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Program dan Kegiatan Tahun 2026", rows)
    program = read_plan(path).tables[0].roots[0]
    assert [i.name for i in program.indicators] == ["Desa maju", "Desa berkembang"]
    assert not program.indicators[1].targets["2026"].raw
    findings = check_file(path, Settings()).findings
    notes = [(f.location.line, f.message) for f in findings if f.category == "input"]
    assert notes == [(8, "isian indikator baris ini ('12') adalah angka target: sel-selnya bergeser dari kolomnya, "
                         "jadi targetnya tidak diperiksa")]
    # The program's target of 0 villages is written bare, as a count of none is: no unit missing.
    assert [f for f in findings if f.category not in ("input", "chapter")] == []


@pytest.mark.parametrize("sentence, said", [
    ("Tahun 2026 direncanakan 2 program, 2 kegiatan dan 2 sub kegiatan.", []),
    ("Tahun 2026 direncanakan 2 program, 3 (tiga) kegiatan dan 2 sub kegiatan.", [("3", "2")]),
    ("Renstra memuat 2 program dengan 2 sub kegiatan; dari 9 kegiatan rapat, 5 dihadiri camat.", []),
    ("Sebanyak 3 program prioritas dan 4 kegiatan pendukung tercantum di bawah.", []),  # parts of the whole
    ("Kecamatan melaksanakan 12 kegiatan sosialisasi.", []),                             # one count: anything
])
def test_the_programs_and_kegiatan_a_sentence_counts_are_the_tables(tmp_path, sentence, said):
    """A sentence before a program table that counts its programs, kegiatan and sub kegiatan is
    held to the tree the table lists (KON-005), not to a summary table of programs after it."""
    head = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2026", "Pagu 2026"]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan", "100%", "60.000.000"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "2 dokumen", "60.000.000"],
            ["7.01.01.2.01.01", "Penyusunan Renja", "Jumlah dokumen", "1 dokumen", "60.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN", "Indeks kepuasan", "84", "20.000.000"],
            ["7.01.02.2.01", "Koordinasi", "Jumlah rapat", "12 kali", "20.000.000"],
            ["7.01.02.2.01.02", "Rapat Camat", "Jumlah rapat", "12 kali", "20.000.000"]]
    summary = ["No\tProgram\tPagu Indikatif (Rp)", "1\tPROGRAM PENUNJANG\t60.000.000",
               "2\tPROGRAM PELAYANAN\t20.000.000"]
    text = ["RENSTRA", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", sentence, "", "Tabel 6.1",
            *("\t".join(r) for r in [head, *rows]), "", "Tabel 6.2 Rekapitulasi Pagu per Program", *summary]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = [f for f in check_file(path, Settings()).findings if f.rule == "KON-005"]
    assert [(f.location.line, f.actual, f.expected) for f in got] == \
        [(5, int(s), int(r)) for s, r in said]


def test_a_further_indicator_whose_merged_cells_were_repeated_is_the_nodes(tmp_path):
    """A converter repeats a merged code, name and pagu on the line of a program's second
    indicator: that line is the program's further indicator (its falling target found), not a
    second program with the same code counted twice in the totals. A line that repeats the
    indicator too is a duplicate row, as it was."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Target 2027", "Pagu 2026", "Pagu 2027"]
    program = ["7.01.02", "PROGRAM PELAYANAN PUBLIK"]
    rows = [program + ["Indeks kepuasan", "82", "83", "60.000.000", "62.000.000"],
            program + ["Persentase layanan tepat waktu", "92", "91", "60.000.000", "62.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "12 kali", "60.000.000", "62.000.000"],
            ["", "JUMLAH", "", "", "", "60.000.000", "62.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    table = read_plan(path).tables[0]
    assert [(n.code, len(n.indicators)) for n in table.nodes()] == [("7.01.02", 2), ("7.01.02.2.01", 1)]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category != "chapter"] == [("TGT-002", 8)]
    rows[1] = rows[0]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    assert ("KOD-001", 8) in {(f.rule, f.location.line) for f in check_file(path, Settings()).findings}


@pytest.mark.parametrize("wrong", [7, 8])
def test_a_program_printed_again_with_a_pagu_of_its_own_is_checked_on_that_row(tmp_path, wrong):
    """The program's row repeated for its second indicator gives a pagu other than the first
    row's: one of the two is not the sum of its kegiatan, and the rollup finding is on that row,
    whichever it is (the second row had been a duplicate program, the first row's pagu unchecked
    and only KOD-001 on both)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Target 2027", "Pagu 2026", "Pagu 2027",
            "Pagu Akhir"]
    program = ["7.01.02", "PROGRAM PELAYANAN PUBLIK"]
    rows = [program + ["Indeks kepuasan", "82", "83", "60.000.000", "62.000.000", "122.000.000"],
            program + ["Persentase layanan tepat waktu", "92", "93", "60.000.000", "62.000.000", "122.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "12 kali", "60.000.000", "62.000.000",
             "122.000.000"]]
    rows[wrong - 7][5] = "90.000.000"
    got = {(f.rule, f.location.line) for f in check_file(renstra_file(tmp_path, "Tabel 6.1", [head, *rows]),
                                                          Settings()).findings if f.category != "chapter"}
    assert got == {("ANG-001", wrong), ("ANG-004", wrong)}
    rows[wrong - 7][7] = "152.000.000"  # its end of period follows its own years
    got = {(f.rule, f.location.line) for f in check_file(renstra_file(tmp_path, "Tabel 6.1", [head, *rows]),
                                                          Settings()).findings if f.category != "chapter"}
    assert got == {("ANG-001", wrong)}


@pytest.mark.parametrize("code_in_name", [False, True])
def test_a_program_row_naming_its_tujuan_and_sasaran_before_its_code_is_the_program(tmp_path, code_in_name):
    """A T-C.27 prints the tujuan and sasaran a program serves in columns before its number and
    code, their text on the program's first row (merged down over the rows below): that row is
    the program, coded (its kegiatan had been reported without a program, KOD-003); and a code
    typed into the name cell there is read as a code column, as one at the row's start is."""
    head = [["Tujuan", "Sasaran", "No", "Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2026", "Rp",
             "Target 2027", "Rp", "Unit Kerja Penanggung Jawab"]]
    rows = [["Meningkatnya mutu layanan", "Meningkatnya layanan tepat waktu", "1", "7.01.02",
             "PROGRAM PELAYANAN PUBLIK",
             "Persentase layanan tepat waktu", "90%", "60.000.000", "92%", "70.000.000", "Sekretariat"],
            ["", "", "", "7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "35.000.000", "12 kali",
             "40.000.000", "Sekretariat"],
            ["", "", "", "7.01.02.2.02", "Administrasi Pelayanan", "Jumlah dokumen", "20 dokumen", "20.000.000",
             "20 dokumen", "30.000.000", "Sekretariat"]]
    if code_in_name:
        head[0].remove("Kode")
        for row in rows:
            row[3:5] = [f"{row[3]} {row[4]}"]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Pendanaan", [*head, *rows])
    program = read_plan(path).tables[0].roots[0]
    assert (program.code, program.name, len(program.children)) == ("7.01.02", "PROGRAM PELAYANAN PUBLIK", 2)
    got = {(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"}
    assert got == {("ANG-001", 7)}  # 2026: 60 against 55 (2027's 70 is its kegiatan's sum)


def test_a_row_that_lost_a_cell_before_its_coded_name_keeps_its_code_and_unit(tmp_path):
    """Codes typed into the name cells, after the tujuan, sasaran and number columns; one row
    lost an empty cell before its name, so its code stands a column off: it is still split from
    the name (the row had been unplaced, its kegiatan reported without a program, KOD-003), and
    read by order, the word after its indicator is its unit, not a missing one (IND-006)."""
    head = [["Tujuan", "Sasaran", "No", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target 2026", "Rp",
             "Target 2027", "Rp"]]
    rows = [["", "", "1", "7.01.02 PROGRAM PELAYANAN PUBLIK", "Persentase layanan tepat waktu", "%", "90", "60.000.000",
             "92", "70.000.000"],
            ["", "", "", "7.01.02.2.01 Koordinasi Pelayanan", "Jumlah rapat", "kali", "12", "60.000.000", "12",
             "70.000.000"],
            ["", "2", "7.01.03 PROGRAM PEMBERDAYAAN MASYARAKAT", "Persentase lembaga aktif", "%", "70", "40.000.000",
             "75", "45.000.000"],
            ["", "", "", "7.01.03.2.01 Fasilitasi Pemberdayaan", "Jumlah lembaga", "lembaga", "14", "40.000.000", "14",
             "45.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Pendanaan", [*head, *rows])
    roots = read_plan(path).tables[0].roots
    assert [(p.code, p.indicators[0].unit, len(p.children)) for p in roots] == \
        [("7.01.02", "%", 1), ("7.01.03", "%", 1)]
    got = {f.rule for f in check_file(path, Settings()).findings if f.category not in ("chapter", "input")}
    assert not got


@pytest.mark.parametrize("again", [["Tabel 6.1 (Lanjutan)"], ["Tabel 6.1 Lanjutan", "HEADER"], ["Tabel 6.1"]])
def test_a_table_continued_under_its_title_again_is_one_table(tmp_path, again):
    """A program table printed on from the page before under its title again ("Tabel 6.1
    (Lanjutan)"), with its header or without: its rows are the table's, so the program above
    the page break has its kegiatan and the kegiatan below have their program."""
    head = "\t".join(["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026"])
    first = ["7.01.01\tPROGRAM PENUNJANG\tPersentase layanan\t100%\t60.000.000",
             "7.01.01.2.01\tPerencanaan\tJumlah dokumen\t2 dokumen\t20.000.000"]
    second = ["7.01.01.2.02\tAdministrasi Keuangan\tJumlah laporan\t12 laporan\t40.000.000",
              "7.01.01.2.02.01\tPenyediaan Gaji\tJumlah ASN\t20 orang\t35.000.000",
              "\tJUMLAH\t\t\t60.000.000"]
    text = ["RENSTRA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 6.1 Rencana Program", head, *first, "",
            "Renstra Kecamatan Sukamaju 2026\tVI-3", "", *(head if a == "HEADER" else a for a in again), *second]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert len(read_plan(path).tables) == 1
    got = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category == "rollup"]
    line = text.index(second[0]) + 1
    assert got == [("ANG-002", line)]


def test_only_a_title_printed_again_continues_a_table():
    """A block under the same title printed again continues the table before it; a block that
    only shares the title of the last title line (no title of its own, after a gap) does not:
    the page joins of the layout decide that one."""
    from checker.readers.block import Block
    from checker.readers.text import _continued_tables
    rows = [(20, ["7.01.01.2.02", "Administrasi Keuangan", "12 laporan", "40.000.000"])]
    first = Block(start=10, title="Tabel 6.1", title_line=9, lines=[(10, ["Kode", "Program", "Target", "Pagu"])])
    again = Block(start=20, title="Tabel 6.1", caption="(Lanjutan)", title_line=19, lines=rows)
    shared = Block(start=20, title="Tabel 6.1", title_line=9, lines=rows)
    assert len(_continued_tables([first, again])) == 1
    assert len(_continued_tables([Block(start=10, title="Tabel 6.1", title_line=9, lines=list(first.lines)),
                                  shared])) == 2


def test_a_target_akhir_column_is_no_end_of_period_pagu(tmp_path):
    """"Target Akhir Periode" after the years' Target | Pagu is a target: the last year's pagu is
    that year's, not an end-of-period pagu (which had given a false ANG-004 on every row)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027",
            "Target Akhir Periode"]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan", "100%", "74.500.000", "100%", "80.750.000",
             "100%"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "5 dokumen", "74.500.000", "5 dokumen", "79.750.000",
             "10 dokumen"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    program = read_plan(path).tables[0].roots[0]
    assert program.budgets["2027"].raw == "80.750.000" and program.pagu_akhir is None
    assert [f.rule for f in check_file(path, Settings()).findings if f.category in ("rollup", "period_total")] == \
        ["ANG-001"]


def test_risk_scales_written_with_their_words(tmp_path):
    """"Sering (4)", "Sedang (3)": the scale is the number in brackets (or before them), so the
    register is read (before, it was a table of no known kind) and a wrong score is found."""
    rows = [["No", "Uraian Risiko", "Kemungkinan", "Dampak", "Skor Risiko", "Level Risiko"],
            ["1", "Data terlambat", "Sering (4)", "Besar (4)", "16", "Tinggi"],
            ["2", "Aplikasi gangguan", "Jarang (2)", "3 (Sedang)", "8", "Rendah"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 4.3 Register Risiko", "",
            *("\t".join(r) for r in rows)]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert [(r.likelihood.value, r.impact.value) for r in read_plan(path).risks] == [(4, 4), (2, 3)]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category in ("risk_score", "risk_level")] == [("RSK-001", 9)]


def test_a_subtotal_row_closes_the_programs_above_it_and_is_no_sub_kegiatan(tmp_path):
    """"Sub Total Program" after each program: not a sub kegiatan of the last kegiatan (it would
    add itself to that kegiatan's sum), but the total of the programs since the previous one,
    held to them like the table's total."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "60.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "60.000.000"],
            ["7.01.02.2.01.0001", "Rapat Koordinasi", "Jumlah laporan", "12 laporan", "60.000.000"],
            ["", "Sub Total Program", "", "", "60.000.000"],
            ["7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa maju", "70%", "40.000.000"],
            ["7.01.03.2.01", "Fasilitasi Desa", "Jumlah desa", "10 desa", "40.000.000"],
            ["7.01.03.2.01.0003", "Musyawarah Desa", "Jumlah desa", "10 desa", "40.000.000"],
            ["", "Subtotal", "", "", "45.000.000"],
            ["", "JUMLAH", "", "", "100.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    table = read_plan(path).tables[0]
    assert [n.level for n in table.nodes()] == ["program", "kegiatan", "sub_kegiatan"] * 2
    assert [(s.label, s.first, s.last, s.totals["2026"].amount) for s in table.subtotals] == [
        ("Sub Total Program", 0, 1, 60_000_000), ("Subtotal", 1, 2, 45_000_000)]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category == "rollup"] == [("ANG-003", 14)]


def test_a_sub_kegiatan_printed_once_per_funding_source_is_one_sub_kegiatan(tmp_path):
    """SIPD prints a sub kegiatan funded from two sources on two rows, one per source: together
    they are its pagu (no duplicate code); without a funding-source column two rows of one code
    are still a code used twice."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Sumber Dana"]
    rows = [["7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa maju", "70%", "90.000.000", ""],
            ["7.01.03.2.01", "Fasilitasi Desa", "Jumlah desa", "10 desa", "90.000.000", ""],
            ["7.01.03.2.01.0003", "Musyawarah Desa", "Jumlah desa", "10 desa", "70.000.000", "DAU"],
            ["7.01.03.2.01.0003", "Musyawarah Desa", "Jumlah desa", "10 desa", "20.000.000", "DBH"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    sub = read_plan(path).tables[0].roots[0].children[0].children
    assert [(n.code, n.budgets["2026"].amount) for n in sub] == [("7.01.03.2.01.0003", 90_000_000)]
    assert not [f for f in check_file(path, Settings()).findings if f.category in ("rollup", "code")]
    path = renstra_file(tmp_path, "Tabel 6.1", [head[:5], *(r[:5] for r in rows)])
    assert {f.rule for f in check_file(path, Settings()).findings if f.category == "code"} == {"KOD-001"}


def test_a_row_of_whole_numbers_ending_in_one_is_no_contents_entry():
    from checker.readers.text import contents_row
    assert contents_row(["BAB", "I", "PENDAHULUAN", "3"]) and contents_row(["2.1", "Capaian Kinerja", "15"])
    assert contents_row(["Kata Pengantar ........ ii"])
    assert not contents_row(["1", "Indeks Kepuasan Masyarakat", "78", "79", "80", "81"])
    assert not contents_row(["", "", "1", "2", "3", "4", "5"])


def test_an_indicator_table_by_place_in_the_period_with_an_end_of_period_column_is_read(tmp_path):
    """Tujuan / sasaran targets "pada Tahun ke-" over 1 ... 5 and a "Kondisi Akhir" without a
    year: the places are the years (not the columns' numbers), the last column the end of the
    period; read as printed, the table was taken for a contents page and nothing was said."""
    head = [["No", "Sasaran", "Indikator Sasaran", "Kondisi Awal", "Target pada Tahun ke-", "", "", "Kondisi Akhir"],
            ["", "", "", "", "1", "2", "3", ""]]
    rows = [["1", "Meningkatnya pelayanan", "Indeks kepuasan layanan", "78", "79", "80", "82", "83"],
            ["2", "Meningkatnya ketertiban", "Persentase aduan tertangani", "85", "87", "86", "90", "90"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [*head, *rows])
    assert {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category != "input" and not f.rule.startswith("BAB")} == {("TGT-001", 8), ("TGT-002", 9)}


def test_a_register_assessed_twice_reads_each_assessment_with_its_abbreviated_scales(tmp_path):
    """Inherent and residual risk side by side, each "K | D | Skor | Level" under its group: each
    row is read once per assessment (the residual one named so in the findings); a register
    that only abbreviates its scales is still a register."""
    rows = [["No", "Risiko", "Penyebab", "Risiko Inheren", "", "", "", "Pengendalian", "Risiko Residual", "", "", ""],
            ["", "", "", "K", "D", "Skor", "Level", "", "K", "D", "Skor", "Level"],
            ["1", "Layanan terlambat", "Antrean", "4", "4", "16", "Tinggi", "Loket", "3", "3", "9", "Rendah"],
            ["2", "Data tidak mutakhir", "Desa terlambat", "3", "5", "15", "Sedang", "Verifikasi", "2", "4", "8", "Sedang"],
            ["3", "Aduan tak tertangani", "Petugas", "5", "4", "18", "Tinggi", "Piket", "3", "4", "12", "Sedang"]]
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 3.1 Register Risiko", "",
            *("\t".join(r) for r in rows)]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    plan = read_plan(path)
    assert [(r.number, r.likelihood.value, r.impact.value, r.score.value, r.level) for r in plan.risks][:2] == \
        [("1 (Risiko Inheren)", 4, 4, 16, "Tinggi"), ("1 (Risiko Residual)", 3, 3, 9, "Rendah")]
    found = sorted((f.rule, f.location.line, f.subject) for f in check_file(path, Settings()).findings
                   if f.category in ("risk_score", "risk_level"))
    assert found == [("RSK-001", 11, "3 (Risiko Inheren)"), ("RSK-003", 10, "2 (Risiko Residual)")]


def test_budgets_with_scale_words_are_read_and_an_unreadable_one_is_not_empty(tmp_path):
    """"Rp 1,2 M" and "Rp 700 jt" in the pagu columns are amounts (they were read as empty: three
    false ANG-005); a figure that is no amount ("Rp 1,3 Mil") is unreadable, with a note, and the
    document is not clean; a word in a pagu cell ("APBD", shifted) holds no amount: empty."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "Rp 1,2 M", "85", "Rp 1,3 M"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "Rp 700 jt", "24 kali", "Rp 750 jt"],
            ["7.01.02.2.02", "Pelayanan Terpadu", "Jumlah dokumen", "1.200 dokumen", "Rp 500 juta", "1.250 dokumen",
             "Rp 550 juta"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    program = read_plan(path).tables[0].roots[0]
    assert [program.budgets[y].amount for y in ("2026", "2027")] == [1_200_000_000, 1_300_000_000]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category != "input"
            and not f.rule.startswith("BAB")] == []
    rows[0][6] = "Rp 1,3 Mil"
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    result = check_file(path, Settings())
    assert {(f.rule, f.location.line) for f in result.findings if f.category in ("missing_value", "input")} == {
        ("INP-001", 7)}
    assert result.unread == 1  # a table read in part: the document is not clean
    rows[0][6], rows[2][4] = "Rp 1,3 M", "APBD"
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    assert ("ANG-005", 9) in {(f.rule, f.location.line) for f in check_file(path, Settings()).findings}


def test_an_indicator_table_with_a_formula_column_is_held_to_its_formulas(tmp_path):
    """A table of key indicators with "Formulasi Perhitungan" and "Satuan": a percentage whose
    formula is a ratio without x 100 (IND-002), one whose formula is a count (IND-001), a count
    with a percentage unit (IND-004); the well-formed one passes. An indicator printed again in
    a second such table is described once."""
    head = ["No", "Indikator Kinerja", "Formulasi Perhitungan", "Satuan", "Target 2026", "Target 2027"]
    rows = [["1", "Persentase layanan tepat waktu", "(Jumlah layanan tepat waktu / Jumlah layanan) x 100%", "%",
             "85", "87"],
            ["2", "Persentase desa tertib", "Jumlah desa tertib / jumlah desa", "%", "60", "65"],
            ["3", "Persentase aduan tertangani", "Jumlah aduan tertangani", "%", "90", "92"],
            ["4", "Jumlah laporan kinerja", "Jumlah laporan yang disusun", "%", "4", "4"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 4.2 Indikator Kinerja Utama",
            *("\t".join(r) for r in [head, *rows]), "", "Tabel 7.1 Indikator Kinerja Kecamatan",
            *("\t".join(r) for r in [head, rows[1]])]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    found = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category == "formula")
    assert found == [("IND-001", 9), ("IND-001", 10), ("IND-002", 8), ("IND-004", 10)]


def test_the_whole_budget_the_prose_around_a_program_table_states_is_held_to_its_totals_row(tmp_path):
    """"Jumlah pagu indikatif tahun 2027 sebesar Rp..." before or after the table: held to the
    JUMLAH row of that year (KON-003). A sentence about one named program, or another year, or
    a sum that is no pagu of the table ("Dana Desa"), says nothing of the table's total."""
    from checker.readers.totals import stated_totals
    prose = [(1, "Jumlah pagu indikatif Renja tahun 2027 sebesar Rp 105.000.000, naik dari Rp 98.000.000."),
             (2, "Total anggaran Program Pelayanan Publik tahun 2026 sebesar Rp 60.000.000."),
             (3, "Dana Desa yang disalurkan sebesar Rp 12.600.000.000.")]
    assert stated_totals(prose, ["2026", "2027"]) == {"2027": (1, "Rp 105.000.000")}
    # The budget named first and its whole after it ("berjumlah"); a plain "sebesar" after a
    # budget may be a part of it ("pagu belanja pegawai sebesar ...").
    assert stated_totals([(4, "Pagu prakiraan maju tahun 2027 berjumlah Rp105.000.000."),
                          (5, "Pagu belanja pegawai tahun 2026 sebesar Rp 80.000.000.")], ["2026", "2027"]) == {
        "2027": (4, "Rp105.000.000")}
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "60.000.000", "85", "62.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "60.000.000", "24 kali", "62.000.000"],
            ["7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa maju", "70%", "40.000.000", "72%", "43.000.000"],
            ["7.01.03.2.01", "Fasilitasi Desa", "Jumlah desa", "10 desa", "40.000.000", "10 desa", "43.000.000"],
            ["", "JUMLAH", "", "", "100.000.000", "", "105.000.000"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 6.1 Rencana Program",
            "Total pagu indikatif tahun 2026 sebesar Rp 110.000.000.",
            *("\t".join(r) for r in [head, *rows]), "",
            "Jumlah pagu indikatif tahun 2027 sebesar Rp105.000.000."]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    found = [(f.rule, f.location.line, f.message[:37]) for f in check_file(path, Settings()).findings
             if f.category == "consistency"]
    assert found == [("KON-003", 6, "Teks menyebut Rp110.000.000, padahal ")]  # in Rupiah, as the text


def test_times_and_lateness_are_lower_is_better():
    """"Rata-rata waktu ...", "waktu tunggu", "keterlambatan ...": falling targets are the aim;
    a share of late reports handled ("keterlambatan ... yang ditindaklanjuti") still rises."""
    from checker.facts.common import Units
    from checker.models import Indicator
    from checker.rulebook import load_profile
    units = Units(load_profile(Settings().profile))
    assert [units.polarity(Indicator(name=n)) for n in (
        "Rata-rata waktu penyelesaian layanan administrasi", "Waktu tunggu pelayanan KTP",
        "Persentase keterlambatan laporan desa", "Persentase keterlambatan laporan yang ditindaklanjuti",
        "Persentase pelayanan tepat waktu")] == ["turun", "turun", "turun", "naik", "naik"]


def test_a_unit_and_its_abbreviation_are_one_unit_where_the_abbreviation_names_one_word():
    """"12 bulan" one year and "12 Bln" the next is one unit (IND-008 had said the targets were in
    different units), as are Dok, Lap., Org, Keg, Pkt, Thn; "Ds" (desa or dusun?), "Kel" and
    "Ha" (a hectare, not a day) stay as written, and so do two different units."""
    from checker.facts.common import _unit_key
    assert [_unit_key(u) for u in ("Bln", "Dok", "Lap.", "Org", "Keg", "Pkt", "Thn", "Persen")] == [
        "bulan", "dokumen", "laporan", "orang", "kegiatan", "paket", "tahun", "%"]
    assert [_unit_key(u) for u in ("Ds", "Kel", "Ha", "Km")] == ["ds", "kel", "ha", "km"]
    assert _unit_key("laporan") != _unit_key("dokumen")
    # In brackets, or per year (a yearly target's), a unit is itself; a unit per other time is not.
    assert [_unit_key(u) for u in ("(laporan)", "laporan/tahun", "Dok/Thn", "kali per tahun", "(%)")] == [
        "laporan", "laporan", "dokumen", "kali", "%"]
    assert _unit_key("kali/bulan") != _unit_key("kali")


def test_disturbances_conflicts_and_audit_findings_are_lower_is_better():
    """"Persentase gangguan ketertiban", "Jumlah konflik sosial", "Jumlah temuan pemeriksaan":
    falling targets are the aim (a falling share of disturbances had been TGT-002); the share of
    them handled ("ditangani", "penanganan") still rises."""
    from checker.facts.common import Units
    from checker.models import Indicator
    from checker.rulebook import load_profile
    units = Units(load_profile(Settings().profile))
    assert [units.polarity(Indicator(name=n)) for n in (
        "Persentase gangguan ketertiban umum", "Jumlah konflik sosial", "Jumlah temuan pemeriksaan",
        "Persentase kerusakan jalan desa", "Persentase gangguan ketertiban yang ditangani",
        "Persentase penanganan sengketa batas desa")] == ["turun", "turun", "turun", "turun", "naik", "naik"]


def test_a_places_row_that_lost_its_first_empty_cell_stands_under_its_group_again(tmp_path):
    """"Tahun ke-" over 1 2 3, the row of places one empty cell short before its "1": it goes
    back under the group, so the years are read and a falling target is found."""
    head = [["No", "Sasaran", "Indikator Sasaran", "Kondisi Awal", "Target pada Tahun ke-", "", "", "Kondisi Akhir"],
            ["", "", "", "1", "2", "3", ""]]   # one empty cell lost before the places
    rows = [["1", "Meningkatnya pelayanan", "Indeks kepuasan layanan", "78", "79", "80", "82", "82"],
            ["2", "Meningkatnya ketertiban", "Persentase aduan tertangani", "85", "87", "86", "90", "90"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [*head, *rows])
    assert {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category not in ("input", "chapter")} == {("TGT-002", 9)}


def test_a_capaian_column_of_sums_of_money_means_the_header_stands_off_its_cells(tmp_path):
    """The group row lost a cell, so "Tingkat Capaian" stands over a column of amounts: no
    ratio is read from that pairing (an amount is no capaian over 100%); one note says the
    table was not checked, and the document is not clean. (Where the row below repeats one run
    of labels, "K | Rp" under every group, the lost cell is set back instead: see
    test_a_group_row_that_lost_an_empty_cell_stands_over_its_pairs_again.)"""
    head = [["Kode", "Program/Kegiatan", "Indikator", "Target 2024", "", "Realisasi 2024", "Tingkat Capaian (%)", ""],
            ["", "", "", "K", "Rp", "K", "Rp", "Kinerja", "Anggaran"]]
    rows = [["7.01.02", "Program Pelayanan", "Indeks kepuasan", "82", "110.000.000", "81", "108.000.000", "98,78",
             "98,18"],
            ["7.01.03", "Program Desa", "Persentase desa maju", "72", "60.000.000", "70", "58.000.000", "97,22",
             "96,67"]]
    path = renstra_file(tmp_path, "Tabel 2.1", [*head, *rows])
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category not in ("chapter",)] == [("INP-001", 6)]
    assert result.unread == 1


def test_codes_printed_relative_to_the_row_above_are_read_in_full(tmp_path):
    """A kegiatan coded "2.01" under its program and a sub kegiatan "0001" under its kegiatan (the
    code column printing only what the row adds), or "01.2.01" repeating the program's number:
    they are 7.01.01.2.01 and 7.01.01.2.01.0001 (the rows had been unplaced, one note each, and
    the kegiatan's sum unchecked)."""
    head = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target 2027", "Pagu 2027"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "Persentase layanan", "100%", "70.000.000"],
            ["2.01", "Perencanaan dan Evaluasi", "Jumlah dokumen", "4 dokumen", "40.000.000"],
            ["0001", "Penyusunan Dokumen Perencanaan", "Jumlah dokumen", "2 dokumen", "25.000.000"],
            ["0007", "Evaluasi Kinerja", "Jumlah laporan", "2 laporan", "15.000.000"],
            ["2 02", "Administrasi Keuangan", "Jumlah bulan", "12 bulan", "30.000.000"],
            ["0001", "Penyediaan Gaji", "Jumlah ASN", "20 orang", "28.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "40.000.000"],
            ["201", "Koordinasi Pemerintahan", "Jumlah rapat", "24 kali", "40.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows], period="2027")
    table = read_plan(path).tables[0]
    assert [n.code for n in table.nodes()] == [
        "7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001", "7.01.01.2.01.0007", "7.01.01.2.02",
        "7.01.01.2.02.0001", "7.01.02", "7.01.02.2.01"]
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category == "rollup"] == [("ANG-002", 11)]
    assert not [f for f in result.findings if f.category == "input"]
    # Relative to the program's own number: "01.2.01" under 7.01.01, "01.2.01.0001" under that.
    codes = ["7.01.01", "01.2.01", "01.2.01.0001", "01.2.01.0007", "01.2 02", "01.2.02.0001", "7.01.02", "02.201"]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *([code, *r[1:]] for code, r in zip(codes, rows))],
                        period="2027")
    assert [n.code for n in read_plan(path).tables[0].nodes()] == [
        "7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001", "7.01.01.2.01.0007", "7.01.01.2.02",
        "7.01.01.2.02.0001", "7.01.02", "7.01.02.2.01"]


def test_a_row_whose_figures_stand_at_the_middle_of_its_wrapped_name_is_one_row(tmp_path):
    """A program's name wrapped over three lines with its indicator, targets and pagu printed on
    the second (cells set at the middle of the row): one program with its whole name and figures
    (it had been a program with an empty pagu, ANG-005, and its figures unplaced)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target Tahun n", "Pagu Tahun n (Rp)", "Target Tahun n+1",
            "Pagu Tahun n+1 (Rp)"]
    rows = [["7.01.02", "PROGRAM PENYELENGGARAAN", "", "", "", "", ""],
            ["", "PEMERINTAHAN DAN", "Persentase pengaduan ditindaklanjuti", "95%", "60.000.000", "93%",
             "62.000.000"],
            ["", "PELAYANAN PUBLIK", "", "", "", "", ""],
            ["7.01.02.2.01", "Koordinasi Kegiatan", "Jumlah rapat", "24 kali", "60.000.000", "24 kali", "62.000.000"],
            ["", "Pemerintahan", "", "", "", "", ""],
            ["7.01.02.2.01.0002", "Fasilitasi Rapat", "Jumlah rapat", "24 kali", "60.000.000", "24 kali",
             "62.000.000"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [head, *rows], period="2027")
    program = read_plan(path).tables[0].roots[0]
    assert program.name == "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"
    assert [i.name for i in program.indicators] == ["Persentase pengaduan ditindaklanjuti"]
    assert [m.amount for m in program.budgets.values()] == [60_000_000, 62_000_000]
    assert program.children[0].name == "Koordinasi Kegiatan Pemerintahan"
    result = check_file(path, Settings())
    found = [(f.rule, f.location.line, f.message) for f in result.findings if f.category not in ("chapter",)]
    assert [(rule, line) for rule, line, _ in found] == [("TGT-002", 7)]
    # The years are the header's "Tahun n" and "Tahun n+1", not its pagu headings.
    assert "dari 95 (Tahun n) menjadi 93 (Tahun n+1)" in found[0][2]


@pytest.mark.parametrize("caption, years", [
    ("Tabel 4.1 Rencana Program Tahun 2027", ["2027", "2028"]),
    ("Tabel 4.1 Rencana Tahun 2027 dan Prakiraan Maju Tahun 2028", ["2027", "2028"]),
    ("Tabel 4.1 Rencana Program", ["Tahun n", "Tahun n+1"]),
    ("Tabel 4.1 Rencana Program 2027 (Renstra 2024-2029)", ["Tahun n", "Tahun n+1"]),
])
def test_tahun_n_and_n_plus_1_are_named_by_the_year_the_caption_gives(tmp_path, caption, years):
    """Targets and pagu headed "Tahun n" and "Tahun n+1" under a caption naming the plan's year
    (or both years) are that year's and the next's, as the document's other tables name them; a
    caption naming no year, or years that are not the two, leaves them as the header says."""
    head = [["Kode", "Program/Kegiatan", "Indikator", "Target Kinerja", "", "Pagu Indikatif (Rp)", ""],
            ["", "", "", "Tahun n", "Tahun n+1", "Tahun n", "Tahun n+1"]]
    rows = [["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Indeks kepuasan layanan",
             "82", "81", "60.000.000", "64.000.000"],
            ["7.01.02.2.01", "Koordinasi Kegiatan Pemerintahan", "Jumlah rapat", "24 kali", "24 kali",
             "60.000.000", "62.000.000"]]
    path = renstra_file(tmp_path, caption, [*head, *rows], period="2027")
    table = read_plan(path).tables[0]
    assert table.budget_periods == years
    program = table.roots[0]
    assert list(program.budgets) == list(program.indicators[0].targets) == years
    found = {f.rule: (f.location.line, f.message) for f in check_file(path, Settings()).findings
             if f.category != "chapter"}
    assert {rule: line for rule, (line, _) in found.items()} == {"TGT-002": 8, "ANG-001": 8}
    assert f"dari 82 ({years[0]}) menjadi 81 ({years[1]})" in found["TGT-002"][1]


def test_years_headed_by_their_place_and_their_year_in_brackets_are_the_years(tmp_path):
    """A tujuan and sasaran table headed "Tahun-1 (2027)" ... "Tahun-5 (2031)": each column is the
    year in brackets (the table had been of no known kind, one note, its targets unchecked)."""
    head = ["No", "Sasaran", "Indikator Sasaran", "Satuan", "Kondisi Awal (2026)", "Tahun-1 (2027)",
            "Tahun-2 (2028)", "Tahun-3 (2029)"]
    rows = [["1", "Meningkatnya pelayanan", "Indeks kepuasan masyarakat", "nilai", "78", "79", "80", "81"],
            ["2", "Meningkatnya ketepatan layanan", "Persentase layanan tepat waktu", "%", "85", "89", "88", "92"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [head, *rows], period="2027-2029")
    result = check_file(path, Settings())
    assert [(f.rule, f.location.line) for f in result.findings if f.category not in ("chapter",)] == [("TGT-002", 8)]
    assert "dari 89 (2027) menjadi 88 (2028)" in next(f.message for f in result.findings if f.rule == "TGT-002")


@pytest.mark.parametrize("criteria", [
    ["Kriteria level risiko: nilai 1 - 4 Rendah, 5 - 9 Sedang, 10 - 16 Tinggi, 17 - 25 Ekstrem."],
    ["Level risiko ditetapkan sebagai berikut:", "a. Rendah: 1 - 4;", "b. Sedang: 5 s.d. 9;", "c. Tinggi: 10 - 16;",
     "d. Ekstrem: 17 - 25."],
    ["Tingkat risiko: Rendah (1-4), Sedang (5-9), Tinggi (10-16) dan Ekstrem (17-25)."],
    ["Besaran risiko adalah kemungkinan dikali dampak: Rendah 1-4, Sedang 5-9, Tinggi 10-16, Ekstrem 17-25."]])
def test_criteria_of_risk_levels_stated_in_prose_hold_the_register(tmp_path, criteria):
    """Criteria written in a sentence or a list instead of a table (the register had been held to
    the profile's bands and read as on bands of its own, one note, its levels unchecked): only
    the 9 written "Rendah" is outside its band. Prose of likelihood's criteria states no levels;
    a sentence saying the score is likelihood times impact may state them."""
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", *criteria, "", "Tabel 3.2 Register Risiko",
            *("\t".join(r) for r in REGISTER)]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert [(b.label, b.min, b.max) for b in read_plan(path).risk_bands] == [
        ("Rendah", 1, 4), ("Sedang", 5, 9), ("Tinggi", 10, 16), ("Ekstrem", 17, 25)]
    line = len(criteria) + 11
    found = [(f.rule, f.location.line, f.message) for f in check_file(path, Settings()).findings
             if f.category == "risk_level"]
    assert found == [("RSK-003", line, "Level risiko 4 tertulis 'Rendah', padahal nilai 9 termasuk level 'Sedang' "
                                       "menurut kriteria dokumen.")]
    english = [f.message for f in check_file(path, Settings(lang="en")).findings if f.category == "risk_level"]
    assert english[0].endswith("by the document's criteria.")
    likelihood = ["Kriteria kemungkinan risiko: 1 - 2 Jarang, 3 - 4 Sering."]
    path.write_text("\n".join([*text[:4], *likelihood, *text[4 + len(criteria):]]) + "\n", encoding="utf-8")
    assert read_plan(path).risk_bands == []


def test_levels_written_as_codes_the_prose_names_with_their_ranges(tmp_path):
    """"R (rendah, besaran 1-4), S (sedang, 5-9), ..." and a register writing only "S", "T": each
    code is its level (the register had been read on bands of its own, one note, levels
    unchecked), so the 9 written "R" is outside its band and nothing else is."""
    criteria = "Level risiko ditulis dengan singkatan: R (rendah, besaran 1-4), S (sedang, 5-9), T (tinggi, 10-16) " \
               "dan E (ekstrem, 17-25)."
    codes = {"Sedang": "S", "Tinggi": "T", "Rendah": "R", "Ekstrem": "E"}
    register = [REGISTER[0], *([*r[:5], codes[r[5]]] for r in REGISTER[1:])]
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", criteria, "", "Tabel 3.2 Register Risiko",
            *("\t".join(r) for r in register)]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert [(b.label, b.aliases, b.min, b.max) for b in read_plan(path).risk_bands] == [
        ("rendah", ["R"], 1, 4), ("sedang", ["S"], 5, 9), ("tinggi", ["T"], 10, 16), ("ekstrem", ["E"], 17, 25)]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
             if f.category in ("risk_level", "input")]
    assert found == [("RSK-003", 12)]


def test_a_code_split_at_a_dot_into_two_cells_is_one_code():
    """"7.01.01" | ".2.01": extraction broke the code at a dot; the kegiatan's code is whole (its
    row had been the program's code again, with ".2.01" for its name)."""
    from checker.readers.programs import ProgramTables
    assert ProgramTables._code(["7.01.01", ".2.01", "Koordinasi"]) == ("7.01.01.2.01", 2)
    assert ProgramTables._code(["1", ".2.01", "Koordinasi"]) == ("", 0)  # a row number, then no code


def test_bare_years_over_amounts_are_a_budget_per_year_and_a_total_the_periods(tmp_path):
    """"Kode | Kegiatan | Indikator | Satuan | 2026 ... 2028 | Total (Rp)", no budget word over the
    years: each year is a budget and the total the end of the period's (the table had been read
    as one budget of its last year, nothing checked). A summary of the programs' pagu without
    an indicator column is not missing indicators (IND-007 had fired on every program)."""
    head = ["Kode", "Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "2026", "2027", "2028", "Total (Rp)"]
    rows = [["7.01.02", "Program Pelayanan Publik", "Indeks kepuasan", "nilai", "100.000.000", "105.000.000",
             "115.000.000", "320.000.000"],
            ["7.01.02.2.01", "Koordinasi Pemerintahan", "Jumlah rapat", "kali", "60.000.000", "62.000.000",
             "66.000.000", "188.000.000"],
            ["7.01.02.2.03", "Pelayanan Terpadu", "Jumlah layanan", "layanan", "40.000.000", "43.000.000",
             "45.000.000", "130.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows], period="2026-2028")
    table = read_plan(path).tables[0]
    assert table.budget_periods == ["2026", "2027", "2028"] and table.has_akhir
    found = [(f.rule, f.location.line, f.message) for f in check_file(path, Settings()).findings
             if f.category not in ("chapter",)]
    assert [(rule, line) for rule, line, _ in found] == [("ANG-001", 7), ("ANG-004", 9)]
    assert "tahun 2028 (Rp115.000.000)" in found[0][2]  # 66 + 45 = 111; 40 + 43 + 45 = 128
    summary = [["No", "Program", "2026", "2027", "2028", "Total (Rp)"],
               ["1", "Program Penunjang Urusan Pemerintahan", "450.000.000", "470.000.000", "490.000.000",
                "1.410.000.000"],
               ["2", "Program Pelayanan Publik", "100.000.000", "105.000.000", "111.000.000", "316.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.2 Rekapitulasi Pendanaan", summary, period="2026-2028")
    result = check_file(path, Settings())
    assert [r.budgets["2028"].amount for r in read_plan(path).tables[0].roots] == [490_000_000, 111_000_000]
    assert not [f for f in result.findings if f.category not in ("chapter",)]


def test_counts_grouped_by_commas_in_a_table_of_the_other_locale_are_added_up(tmp_path):
    """A table in the other locale ("2,310" people beside "12.50" km²): its row totals are read
    and held to their parts (they had been no counts, nothing checked)."""
    head = [["No", "Desa", "Luas (km²)", "Penduduk", "", ""], ["", "", "", "Laki-laki", "Perempuan", "Jumlah"]]
    rows = [["1", "Teluk Asri", "12.50", "2,310", "2,295", "4,605"],
            ["2", "Pasir Putih", "8.20", "1,870", "1,905", "3,775"],
            ["3", "Muara Baru", "10.90", "1,965", "1,940", "3,995"]]
    path = renstra_file(tmp_path, "Tabel 2.1 Penduduk per Desa", [*head, *rows])
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category not in ("chapter",)]
    assert found == [("TAB-002", 10)]


def test_a_lower_is_better_word_inside_another_word_says_nothing_of_the_indicator():
    """"Persentase pertemuan koordinasi terlaksana": "temuan" (audit findings, lower is better)
    stands inside "pertemuan" (a meeting), which is no finding: the share of meetings held rises.
    The lists' words are read at the start of a word of the name."""
    from checker.facts.common import Units
    from checker.models import Indicator
    from checker.rulebook import load_profile
    units = Units(load_profile(Settings().profile))
    assert [units.polarity(Indicator(name=n)) for n in (
        "Persentase pertemuan koordinasi terlaksana", "Persentase temuan pemeriksaan ditindaklanjuti",
        "Jumlah temuan pemeriksaan", "Persentase kerawanan sosial")] == ["naik", "naik", "turun", "turun"]


def test_a_code_typed_at_the_start_of_the_name_is_the_rows_code(tmp_path):
    """"7.01.01 Program Penunjang ..." in one cell, no code column: the rows are coded as if the
    code stood in a column of its own (the table had been read as uncoded, its programs only,
    every program unplaced)."""
    head = ["No", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2027", "Pagu 2027 (Rp)"]
    rows = [["1", "7.01.01 Program Penunjang Urusan", "Persentase layanan", "100%", "30.000.000"],
            ["", "7.01.01.2.06 Administrasi Umum", "Jumlah bulan", "12 bulan", "30.000.000"],
            ["", "7.01.01.2.06.0004 Bahan Logistik Kantor", "Jumlah paket", "12 paket", "12.000.000"],
            ["", "7.01.01.2.06.0009 Rapat Koordinasi", "Jumlah laporan", "12 laporan", "15.000.000"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [head, *rows], period="2027")
    table = read_plan(path).tables[0]
    assert [(n.code, n.name) for n in table.nodes()][:2] == [("7.01.01", "Program Penunjang Urusan"),
                                                           ("7.01.01.2.06", "Administrasi Umum")]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category not in ("chapter",)]
    assert found == [("ANG-002", 8)]


def test_units_that_differ_between_years_are_named_as_the_plan_prints_them(tmp_path):
    """IND-008 names the units as printed ("Dok", not the "dokumen" it reads it as)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Jumlah dokumen perencanaan", "5 Dok", "50.000.000", "100%",
             "52.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    messages = [f.message for f in check_file(path, Settings()).findings if f.rule == "IND-008"]
    assert len(messages) == 1 and "(% / Dok)" in messages[0]


def test_a_programs_pagu_on_a_row_of_its_own_after_its_kegiatan_is_the_programs(tmp_path):
    """Each program row prints no pagu; "Jumlah Program 7.01.01" after its kegiatan does: that row
    is the program's pagu (the programs had been ANG-005, empty, the total row held to the
    kegiatan's sums, and a program whose kegiatan do not add up went unseen)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026 (Rp)", "Target 2027", "Pagu 2027 (Rp)"]
    rows = [["7.01.01", "Program Penunjang Urusan", "Persentase layanan", "100%", "", "100%", ""],
            ["7.01.01.2.02", "Administrasi Keuangan", "Jumlah bulan", "12 bulan", "420.000.000", "12 bulan",
             "440.000.000"],
            ["7.01.01.2.06", "Administrasi Umum", "Jumlah bulan", "12 bulan", "30.000.000", "12 bulan", "30.000.000"],
            ["", "Jumlah Program 7.01.01", "", "", "450.000.000", "", "475.000.000"],
            ["7.01.02", "Program Pelayanan Publik", "Indeks kepuasan", "80", "", "82", ""],
            ["7.01.02.2.01", "Koordinasi Pemerintahan", "Jumlah rapat", "24 kali", "60.000.000", "24 kali",
             "62.000.000"],
            ["", "Jumlah Program 7.01.02", "", "", "60.000.000", "", "62.000.000"],
            ["", "Jumlah Total", "", "", "510.000.000", "", "537.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    assert [r.budgets["2027"].amount for r in read_plan(path).tables[0].roots] == [475_000_000, 62_000_000]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category not in ("chapter",)]
    assert found == [("ANG-001", 10)]  # 440 + 30 is 470


def test_an_uncoded_row_under_a_program_without_figures_is_its_kegiatan_where_only_programs_have_codes(tmp_path):
    """Programs coded and printed without pagu, their kegiatan uncoded with theirs: a kegiatan is
    not the rest of its program's row (as a row wrapped around its figures would be, where the
    table codes its kegiatan too)."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027 (Rp)"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN", "", "", ""],
            ["", "Administrasi Keuangan Perangkat Daerah", "Jumlah bulan", "12 bulan", "440.000.000"],
            ["", "Administrasi Umum Perangkat Daerah", "Jumlah bulan", "12 bulan", "30.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "", "", ""],
            ["", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "Jumlah rapat", "24 kali", "60.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows], period="2027")
    table = read_plan(path).tables[0]
    assert [r.name for r in table.roots] == ["PROGRAM PENUNJANG URUSAN", "PROGRAM PELAYANAN PUBLIK"]


def test_an_indicator_whose_targets_are_grades_with_their_scores_is_a_row_not_a_header(tmp_path):
    """"B (62,10) | BB (70,50) ...": a grade printed with its score is a figure. As the table's first
    row, with no bare figure in it, it was taken for a header row and its falling target went
    unseen."""
    head = [["No", "Tujuan", "Indikator Tujuan", "Kondisi Awal (2025)", "2026", "2027", "2028", "Kondisi Akhir"]]
    rows = [["1", "Meningkatnya akuntabilitas", "Nilai SAKIP", "B (62,10)", "BB (70,50)", "B (68,00)", "BB (72,00)",
             "BB (72,00)"],
            ["2", "Meningkatnya pelayanan", "Indeks kepuasan layanan", "78", "79", "80", "81", "81"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [*head, *rows])
    assert {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category != "input" and not f.rule.startswith("BAB")} == {("TGT-002", 7)}


@pytest.mark.parametrize("positional", [True, False])
def test_urusan_and_bidang_rows_above_the_programs_are_held_to_their_programs(tmp_path, positional):
    """"7 | UNSUR KEWILAYAHAN" and "7.01 | KECAMATAN" above the programs, with their pagu: not rows
    that cannot be placed (a note each) but sums, each of the programs below it until the next
    row of its depth or above. A row short of its empty cells is read by order: the same."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026"]
    rows = [["7", "UNSUR KEWILAYAHAN", "", "", "100.000.000"],
            ["7.01", "KECAMATAN", "", "", "110.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "60.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "60.000.000"],
            ["7.01.02.2.01.0001", "Rapat Koordinasi", "Jumlah laporan", "12 laporan", "60.000.000"],
            ["7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa maju", "70%", "40.000.000"],
            ["7.01.03.2.01", "Fasilitasi Desa", "Jumlah desa", "10 desa", "40.000.000"],
            ["7.01.03.2.01.0003", "Musyawarah Desa", "Jumlah desa", "10 desa", "40.000.000"]]
    if not positional:
        rows[:2] = [[c for c in r if c] for r in rows[:2]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    table = read_plan(path).tables[0]
    assert [n.level for n in table.nodes()] == ["program", "kegiatan", "sub_kegiatan"] * 2
    assert [(s.label, s.first, s.last) for s in table.subtotals] == [("7.01 KECAMATAN", 0, 2),
                                                                      ("7 UNSUR KEWILAYAHAN", 0, 2)]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
             if f.category != "input" and not f.rule.startswith("BAB")]
    assert found == [("ANG-003", 8)]  # the bidang's 110.000.000; the urusan's 100.000.000 is right
    # A sub kegiatan numbered instead of coded ("1 | Rapat ...") is no urusan row.
    rows[4][0] = "1"
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    assert [n.level for n in read_plan(path).tables[0].nodes()] == ["program", "kegiatan", "sub_kegiatan"] * 2


def test_a_goal_row_labelled_in_the_name_column_of_a_program_table_is_held_to_the_target_rules(tmp_path):
    """"Sasaran: ..." in the "Sasaran/Program/Kegiatan" column, with its indicator and targets and
    no pagu, between the programs: a goal row whose falling target is found, and no node; a
    label row without an indicator is a heading only."""
    head = ["Kode", "Sasaran/Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"]
    rows = [["", "Sasaran 1: Meningkatnya pelayanan publik", "Indeks kepuasan masyarakat", "84", "", "83", ""],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Persentase layanan tepat waktu", "90%", "60.000.000", "92%",
             "62.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "60.000.000", "24 kali", "62.000.000"],
            ["", "Sasaran 2: Meningkatnya keberdayaan desa", "", "", "", "", ""],
            ["7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase desa maju", "70%", "40.000.000", "72%", "42.000.000"],
            ["7.01.03.2.01", "Fasilitasi Desa", "Jumlah desa", "10 desa", "40.000.000", "10 desa", "42.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows])
    plan = read_plan(path)
    assert [(g.level, g.statement, g.indicator.name) for g in plan.goals] == [
        ("sasaran", "Meningkatnya pelayanan publik", "Indeks kepuasan masyarakat")]
    assert [n.code for n in plan.tables[0].nodes()] == ["7.01.02", "7.01.02.2.01", "7.01.03", "7.01.03.2.01"]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if not f.rule.startswith("BAB")]
    assert found == [("TGT-002", 7)]


def test_a_graded_row_that_lost_an_empty_cell_is_set_back_under_its_columns(tmp_path):
    """A row of grades with their scores ("B (62,10)") short of its empty sasaran cell: the grades
    are figures, so the row is laid back under its columns like any row short of a cell; read
    as text, its indicator was named after the tujuan, whose direction no word tells, and its
    falling target went unseen."""
    head = [["No", "Tujuan", "Sasaran", "Indikator", "Kondisi Awal (2025)", "2026", "2027", "Kondisi Akhir"]]
    rows = [["I", "Meningkatnya tata kelola pemerintahan kecamatan", "Nilai SAKIP", "B (62,10)", "BB (70,50)",
             "B (68,00)", "B (68,00)"],
            ["", "", "Meningkatnya pelayanan", "Indeks kepuasan layanan", "78", "79", "80", "80"],
            ["II", "Meningkatnya ketertiban", "", "Indeks ketenteraman", "70", "72", "74", "74"]]
    path = renstra_file(tmp_path, "Tabel 4.1", [*head, *rows])
    assert [f.name for f in read_plan(path).figures][:1] == ["Nilai SAKIP"]
    assert {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category != "input" and not f.rule.startswith("BAB")} == {("TGT-002", 7)}


def test_indicators_listed_in_one_cell_with_their_targets_listed_alike_are_indicators_each(tmp_path):
    """A program's two indicators written as a numbered list in one cell ("1. Indeks ... 2.
    Persentase ...") and each year's targets as lists of as many figures ("1. 84 2. 95%"): two
    indicators, each with its own targets, so the first one's fall is found and the two are no
    one indicator whose unit changes (IND-008 had been reported)."""
    from checker.readers.repair import split_listed_rows as listed_indicators
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", "Pagu 2027 (Rp)", "Target 2028",
            "Pagu 2028 (Rp)"]
    rows = [["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
             "1. Indeks kepuasan layanan 2. Persentase aduan yang dijawab", "1. 84 2. 95%", "80.000.000",
             "1. 83 2. 96%", "84.000.000"],
            ["7.01.02.2.02", "Pelayanan Terpadu Kecamatan", "Jumlah dokumen terbit", "2.600 dokumen", "80.000.000",
             "2.700 dokumen", "84.000.000"]]
    split = listed_indicators([(1, rows[0]), (2, rows[1])])
    assert split == [(1, [*rows[0][:2], "Indeks kepuasan layanan", "84", "80.000.000", "83", "84.000.000"]),
                     (1, ["", "", "Persentase aduan yang dijawab", "95%", "", "96%", ""]), (2, rows[1])]
    # A list of names beside figures that are no lists, or lists of other lengths, stays one cell.
    for cells in (["1. Rapat 2. Laporan", "12 kali"], ["1. Rapat 2. Laporan", "1. 12 2. 4 3. 1"],
                  ["Rapat 2. Laporan", "1. 12 2. 4"]):
        assert listed_indicators([(1, cells)]) == [(1, cells)]
    # A cell of two figures left as it is is no figure: not the first one (it had read as 1).
    from checker.models import Location
    from checker.readers.realisation import measure
    assert [measure(raw, "number", Location()).present for raw in ("1. 12 2. 4", "80 85", "12 kali")] == [
        False, False, True]
    path = renstra_file(tmp_path, "Tabel 4.1 Rencana Program Tahun 2027", [head, *rows], period="2027")
    program = read_plan(path).tables[0].roots[0]
    assert [(i.name, [v.raw for v in i.targets.values()]) for i in program.indicators] == [
        ("Indeks kepuasan layanan", ["84", "83"]), ("Persentase aduan yang dijawab", ["95%", "96%"])]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert found == [("TGT-002", 7)]


def test_a_lower_header_row_that_lost_a_leading_empty_cell_is_laid_under_its_groups(tmp_path):
    """"Target Kinerja" and "Pagu Indikatif (Rp)" each over "Tahun n | Tahun n+1", the lower row
    one empty cell short at its start (extraction dropped it): its labels still head a target
    and a pagu per year, so the falling n+1 target is found (the table had been read as one
    budget column, the n+1 column unread)."""
    head = [["Kode", "Program/Kegiatan", "Indikator", "Lokasi", "Target Kinerja", "", "Pagu Indikatif (Rp)", ""],
            ["", "", "", "Tahun n", "Tahun n+1", "Tahun n", "Tahun n+1"]]
    rows = [["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Indeks kepuasan layanan",
             "12 desa", "82", "81", "60.000.000", "62.000.000"],
            ["7.01.02.2.01", "Koordinasi Kegiatan Pemerintahan", "Jumlah rapat", "12 desa", "24 kali", "24 kali",
             "60.000.000", "62.000.000"]]
    path = renstra_file(tmp_path, "Tabel 4.1 Rencana Program Tahun 2027", [*head, *rows], period="2027")
    table = read_plan(path).tables[0]
    assert table.budget_periods == ["2027", "2028"]
    assert [m.amount for m in table.roots[0].budgets.values()] == [60_000_000, 62_000_000]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert found == [("TGT-002", 8)]


def test_a_renja_row_with_the_renstras_target_beside_its_own_and_labelled_indicators(tmp_path):
    """"Target Renstra 2027" before "Rencana Tahun 2027" over "Target Capaian Kinerja | Kebutuhan
    Dana (Rp)": the year's target is the Renja's own, not the Renstra's printed first (the
    falling n+1 target had been read against the Renstra's). Indicators labelled by their kind
    ("Capaian Program:", "Keluaran:") are named without the label, so a "Jumlah ..." indicator
    with a percent target is found and an index needs no unit."""
    from checker.models import Indicator
    head = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target Renstra 2027", "Rencana Tahun 2027", "",
             "Prakiraan Maju 2028", ""],
            ["", "", "", "", "Target Capaian Kinerja", "Kebutuhan Dana (Rp)", "Target Capaian Kinerja",
             "Kebutuhan Dana (Rp)"]]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Capaian Program: Indeks kepuasan layanan", "84", "85",
             "60.000.000", "84", "62.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Keluaran: Jumlah desa terlayani", "100%", "100%", "60.000.000",
             "100%", "62.000.000"]]
    path = renstra_file(tmp_path, "Tabel 4.1 Rencana Program Tahun 2027", [*head, *rows], period="2027")
    program = read_plan(path).tables[0].roots[0]
    assert [(i.name, {k: v.raw for k, v in i.targets.items()}) for i in program.indicators] == [
        ("Indeks kepuasan layanan", {"2027": "85", "2028": "84"})]
    found = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings
                   if f.category != "chapter")
    assert found == [("IND-004", 9), ("TGT-002", 8)]
    assert [Indicator(name=n).name for n in ("Output: Jumlah rapat", "Hasil - Nilai SAKIP", "Keluaran sub kegiatan",
                                             "Indikator Kegiatan: Jumlah laporan")] == [
        "Jumlah rapat", "Nilai SAKIP", "Keluaran sub kegiatan", "Jumlah laporan"]


def test_a_table_of_proposals_is_said_to_hold_nothing_checked_and_leaves_the_document_clean(tmp_path):
    """A Renja's T-C.32 (proposals of the stakeholders: lokasi, indicator, volume, a remark) holds
    no figure of the plan a rule holds to anything: one note says so and the document is not
    left unread for it (it had been a table of no known kind, the plan never clean). The same
    rows under another caption are still a table of no known kind."""
    rows = [["No", "Program/Kegiatan", "Lokasi", "Indikator Kinerja", "Besaran/Volume", "Catatan"],
            ["1", "Pelatihan kader", "Desa Sukamulya", "Jumlah kader terlatih", "40 orang", "Ke dinas"],
            ["2", "Perbaikan jalan lingkungan", "Desa Cikondang", "Panjang jalan", "1.200 meter", "Kewenangan PUPR"]]
    for caption, unread in (("Tabel 2.2 Usulan Program dan Kegiatan dari Para Pemangku Kepentingan", 0),
                            ("Tabel 2.2 Daftar Kegiatan", 1)):
        path = renstra_file(tmp_path, caption, rows, period="2027")
        result = check_file(path, Settings())
        notes = [f.message for f in result.findings if f.category == "input"]
        assert len(notes) == 1 and ("usulan" in notes[0]) == (not unread) and result.unread == unread


def test_an_uncoded_table_headed_uraian_numbered_roman_letter_digit_with_a_level_column(tmp_path):
    """Rows numbered "I", "A", "1" (program, kegiatan, sub kegiatan; "II" the next program after
    the letters), a "Tingkat" column naming each row's level and the names headed only
    "Uraian": a program tree, so a kegiatan whose sub kegiatan do not add up is found (the table
    had been read as indicator figures only)."""
    from checker.readers.programs import outline_levels
    head = ["No", "Tingkat", "Uraian", "Indikator Kinerja", "Target 2027", "Pagu 2027 (Rp)"]
    rows = [["I", "Program", "Program Pelayanan Publik", "Indeks kepuasan layanan", "84", "70.000.000"],
            ["A", "Kegiatan", "Pelayanan Terpadu", "Jumlah dokumen terbit", "900 dokumen", "70.000.000"],
            ["1", "Sub Kegiatan", "Pelayanan Perizinan", "Jumlah izin terbit", "400 dokumen", "30.000.000"],
            ["2", "Sub Kegiatan", "Pelayanan Surat Pindah", "Jumlah surat terbit", "500 dokumen", "38.000.000"],
            ["II", "Program", "Program Pemberdayaan Desa", "Persentase desa mandiri", "60%", "20.000.000"],
            ["A", "Kegiatan", "Fasilitasi Lembaga Desa", "Jumlah lembaga dibina", "16 lembaga", "20.000.000"]]
    assert list(outline_levels([(k, r) for k, r in enumerate(rows)]).values()) == [
        "program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "program", "kegiatan"]
    path = renstra_file(tmp_path, "Tabel 4.1 Rencana Program Tahun 2027", [head, *rows], period="2027")
    table = read_plan(path).tables[0]
    assert [(n.level, n.name) for n in table.roots] == [("program", rows[0][2]), ("program", rows[4][2])]
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert found == [("ANG-002", 8)]


def test_a_year_group_row_that_lost_an_empty_cell_spans_every_year_alike(tmp_path):
    """"Tahun-1 (2027) | | Tahun-2 (2028) | | ..." over "Target | Rp | Target | Rp | ...", the empty
    cell after the first year dropped: put back where every year spans its two columns, so each
    year's target and pagu are its own (the 2028 target had been read as 2027's pagu's year, a
    falling target missed). A header whose years already span alike is left as it is."""
    from checker.readers.programs import _even_year_groups
    upper = ["Kode", "Program/Kegiatan", "Indikator", "Tahun-1 (2027)", "Tahun-2 (2028)", "", "Tahun-3 (2029)", ""]
    lower = ["", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"]
    assert _even_year_groups([(1, upper), (2, lower)]) == [(1, upper[:4] + [""] + upper[4:]), (2, lower)]
    whole = upper[:4] + [""] + upper[4:]
    assert _even_year_groups([(1, whole), (2, lower)]) == [(1, whole), (2, lower)]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan layanan", "82", "60.000.000", "84", "62.000.000",
             "83", "64.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "60.000.000", "24 kali", "62.000.000",
             "24 kali", "64.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [upper, lower, *rows], period="2027-2029")
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert found == [("TGT-002", 8)]


@pytest.mark.parametrize("heading, read", [("Target 2027", True), ("2027", False), ("Realisasi 2027", False)])
def test_a_tujuan_and_sasaran_table_of_one_years_targets_is_held_to_the_program_table(tmp_path, heading, read):
    """A Renja's Bab III table of tujuan, sasaran and indicators with the plan year's target only
    ("Target 2027"): its figures are the year's targets, so one that the program table prints
    otherwise is found in both tables (KON-001; the table had been of no known kind). A bare
    year, or one year's realisation, is no table of targets."""
    goals = [["No", "Sasaran", "Indikator Sasaran", heading],
             ["1", "Meningkatnya keaktifan lembaga desa", "Persentase lembaga desa yang aktif", "80%"]]
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2027", "Pagu 2027 (Rp)"]
    rows = [["7.01.03", "PROGRAM PEMBERDAYAAN DESA", "Persentase lembaga desa yang aktif", "78%", "64.000.000"],
            ["7.01.03.2.01", "Fasilitasi Lembaga Desa", "Jumlah lembaga dibina", "18 lembaga", "64.000.000"]]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 3.1 Sasaran",
            *("\t".join(r) for r in goals), "", "Tabel 4.1 Rencana Program", *("\t".join(r) for r in [head, *rows])]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    found = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category == "consistency"]
    assert found == ([("KON-001", 7), ("KON-001", 11)] if read else [])


def test_a_renstra_table_budgeting_its_whole_period_in_one_column_reads_its_years_as_targets(tmp_path):
    """Bare years over the targets ("2027 ... 2031"), "Kondisi Akhir" after them and one pagu for
    the whole period ("Pagu Indikatif 2027-2031 (Rp)"): the years are targets, the pagu the
    period's (held to its kegiatan), the akhir the end of the period's target (the table had
    been read with no target and no budget, silently)."""
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Kondisi Awal", "2027", "2028", "2029", "Kondisi Akhir",
            "Pagu Indikatif 2027-2029 (Rp)"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan layanan", "80", "82", "81", "84", "85",
             "300.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24", "24", "24", "24", "24", "290.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows], period="2027-2029")
    table = read_plan(path).tables[0]
    assert (table.periods, table.budget_periods) == (["2027", "2028", "2029"], ["2027-2029"])
    found = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter")
    assert found == [("ANG-001", 7), ("TGT-001", 7), ("TGT-002", 7)]


def test_a_program_table_of_which_no_figure_is_placed_says_so_and_is_not_clean(tmp_path):
    """A header the reader cannot place a target or a pagu under ("Tahap I | Tahap II", then an
    end-of-period condition and one budget for the period it does not name): one note, the
    document not clean, rather than a table read as nothing and nothing said."""
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Kondisi Awal", "Tahap I", "Tahap II", "Kondisi Akhir",
            "Kebutuhan Dana (Rp)"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan layanan", "80", "82", "84", "85", "300.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24", "24", "24", "24", "290.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [head, *rows], period="2027-2029")
    result = check_file(path, Settings())
    notes = [f.message for f in result.findings if f.category == "input"]
    assert result.unread >= 1 and any("tidak satu pun angka" in n for n in notes)


def _wide_table_in_parts(tmp_path, second_rows=None, first_rows=None):
    """A Renstra whose program table is printed in two parts across its width: 2026-2027, then
    (under the same title again) 2028 and the end of the period, each part repeating the rows'
    code, name and indicator."""
    first = first_rows or [
        ["Kode", "Program/Kegiatan", "Indikator", "Kondisi Awal", "Tahun 2026", "", "Tahun 2027", ""],
        ["", "", "", "", "Target", "Rp", "Target", "Rp"],
        ["7.01.01", "PROGRAM PENUNJANG", "Nilai SAKIP", "60", "62", "50.000.000", "65", "55.000.000"],
        ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "3", "3", "50.000.000", "3", "55.000.000"],
        ["", "Jumlah", "", "", "", "50.000.000", "", "55.000.000"]]
    second = second_rows or [
        ["Kode", "Program/Kegiatan", "Indikator", "Tahun 2028", "", "Kondisi Akhir", ""],
        ["", "", "", "Target", "Rp", "Target", "Rp"],
        ["7.01.01", "PROGRAM PENUNJANG", "Nilai SAKIP", "64", "70.000.000", "64", "175.000.000"],
        ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "3", "60.000.000", "3", "165.000.000"],
        ["", "Jumlah", "", "", "70.000.000", "", "175.000.000"]]
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2028", "", "Tabel 6.1 Rencana Program",
            *("\t".join(r) for r in first), "", "\x0cTabel 6.1 Rencana Program (Lanjutan)",
            *("\t".join(r) for r in second)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path, text


def test_a_wide_table_printed_in_two_parts_is_joined_by_its_rows(tmp_path):
    """The second part of a wide table (the same rows, later years) is no rows of their own under
    the first part's header (which gave every code twice and sums across years): its figures are
    the first part's rows' later years, each found where it is printed."""
    path, text = _wide_table_in_parts(tmp_path)
    plan = read_plan(path)
    assert len(plan.tables) == 1
    table = plan.tables[0]
    assert table.budget_periods == ["2026", "2027", "2028"] and table.has_akhir
    program = table.roots[0]
    assert program.budgets["2028"].amount == 70_000_000 and program.pagu_akhir.amount == 175_000_000
    assert program.indicators[0].targets["2028"].location.line == text.index("\t".join(
        ["7.01.01", "PROGRAM PENUNJANG", "Nilai SAKIP", "64", "70.000.000", "64", "175.000.000"])) + 1
    got = {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
           if f.category not in ("input", "chapter")}
    later = text.index(text[-3]) + 1  # the program's row in the second part
    assert got == {("TGT-002", later), ("ANG-001", later)}  # 65 -> 64; 70 against its kegiatan's 60


def test_a_later_part_without_the_number_column_and_with_its_totals_label_elsewhere_is_joined(tmp_path):
    """The first part numbers its programs ("No") and prints "Jumlah" in the last cell its label
    spans; the later part leaves the number out and prints "Jumlah" under the names. Still the
    same rows: joined, the later years are read (the part had been left unread with a note)."""
    first = [["No", "Kode", "Program/Kegiatan", "Indikator", "Tahun 2026", "", "Tahun 2027", ""],
             ["", "", "", "", "Target", "Rp", "Target", "Rp"],
             ["1", "7.01.01", "PROGRAM PENUNJANG", "Nilai SAKIP", "62", "50.000.000", "65", "55.000.000"],
             ["", "7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "3", "50.000.000", "3", "55.000.000"],
             ["", "", "", "Jumlah", "", "50.000.000", "", "55.000.000"]]
    second = [["Kode", "Program/Kegiatan", "Indikator", "Tahun 2028", "", "Kondisi Akhir", ""],
              ["", "", "", "Target", "Rp", "Target", "Rp"],
              ["7.01.01", "PROGRAM PENUNJANG", "Nilai SAKIP", "64", "70.000.000", "64", "175.000.000"],
              ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "3", "60.000.000", "3", "165.000.000"],
              ["Jumlah", "", "", "", "70.000.000", "", "175.000.000"]]
    path, text = _wide_table_in_parts(tmp_path, second, first)
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category == "input"]
    later = text.index("\t".join(second[2])) + 1
    assert {(f.rule, f.location.line) for f in result.findings if f.category != "chapter"} == \
        {("TGT-002", later), ("ANG-001", later)}  # 65 -> 64; 70 against its kegiatan's 60


def test_a_later_part_whose_sub_kegiatan_codes_are_written_otherwise_is_joined(tmp_path):
    """The later part writes a sub kegiatan's number as "1" where the first writes "0001": the
    same rows, joined (the later part had been left unread, its rows not the first part's). And
    both parts end on that row, page by page: a row of figures is no running footer (it had been
    dropped from both pages as one)."""
    first = [["Kode", "Program/Kegiatan", "Indikator", "Tahun 2026", "", "Tahun 2027", ""],
             ["", "", "", "Target", "Rp", "Target", "Rp"],
             ["7.01.01", "PROGRAM PENUNJANG", "Nilai SAKIP", "62", "50.000.000", "66", "55.000.000"],
             ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "3", "50.000.000", "3", "55.000.000"],
             ["7.01.01.2.01.0001", "Penyusunan Dokumen", "Jumlah dokumen", "3", "50.000.000", "3", "55.000.000"]]
    second = [["Kode", "Program/Kegiatan", "Indikator", "Tahun 2028", "", "Kondisi Akhir", ""],
              ["", "", "", "Target", "Rp", "Target", "Rp"],
              ["7.01.01", "PROGRAM PENUNJANG", "Nilai SAKIP", "68", "60.000.000", "68", "165.000.000"],
              ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "3", "60.000.000", "3", "165.000.000"],
              ["7.01.01.2.01.1", "Penyusunan Dokumen", "Jumlah dokumen", "3", "55.000.000", "3", "160.000.000"]]
    path, text = _wide_table_in_parts(tmp_path, second, first)
    sub = read_plan(path).tables[0].roots[0].children[0].children[0]
    assert (sub.code, sub.budgets["2028"].raw) == ("7.01.01.2.01.0001", "55.000.000")
    result = check_file(path, Settings())
    assert not [f for f in result.findings if f.category == "input"]
    kegiatan = text.index("\t".join(second[3])) + 1
    assert {(f.rule, f.location.line) for f in result.findings if f.category != "chapter"} == {("ANG-002", kegiatan)}


def test_a_second_part_of_other_rows_is_not_read_alone(tmp_path):
    """A part under the same title whose rows are not the first part's cannot be joined; read
    alone, its end of the period would be held to its own years. One note, and not clean."""
    rows = [["Kode", "Program/Kegiatan", "Indikator", "Tahun 2028", "", "Kondisi Akhir", ""],
            ["", "", "", "Target", "Rp", "Target", "Rp"],
            ["7.01.02", "PROGRAM PEMERINTAHAN", "Nilai IKM", "80", "40.000.000", "80", "120.000.000"],
            ["7.01.02.2.01", "Koordinasi", "Jumlah rapat", "12", "40.000.000", "12", "120.000.000"]]
    path, _ = _wide_table_in_parts(tmp_path, rows)
    result = check_file(path, Settings())
    assert [f.rule for f in result.findings if f.category not in ("input", "chapter")] == []
    notes = [f for f in result.findings if f.category == "input"]
    assert any("tidak dapat disatukan" in f.message for f in notes)
    assert result.stats["tables_partly_read"] == 1


def test_two_year_groups_over_a_run_get_back_their_lost_empty_cell(tmp_path):
    """"Tahun 2026 | | Tahun 2027 |" over "Pagu (Rp) | Target" per year, the empty cell after the
    first year lost: the second year stood over the first year's target, so the falling target
    went unseen. The run of the row below says where each year begins."""
    head = [["Kode", "Program/Kegiatan", "Indikator", "Tahun 2026", "Tahun 2027", ""],
            ["", "", "", "Pagu (Rp)", "Target", "Pagu (Rp)", "Target"]]
    rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan tepat waktu", "60.000.000", "95%", "65.000.000",
             "90%"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "60.000.000", "3 dokumen", "65.000.000",
             "3 dokumen"]]
    path = renstra_file(tmp_path, "Tabel 6.1", [*head, *rows])
    got = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter"]
    assert got == [("TGT-002", 8)]


def test_a_chapter_numbered_in_words_is_a_chapter():
    """"BAB KESATU" over its title, "BAB KEDUA ...": chapters 1 and 2 (they had been reported
    missing)."""
    from checker.readers.text import TextReader
    from checker.config import Limits
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "BAB KESATU", "PENDAHULUAN",
            "1.1. Latar Belakang", "Uraian latar belakang renja kecamatan.", "", "BAB KEDUA HASIL EVALUASI",
            "2.1. Evaluasi", "Uraian evaluasi."]
    chapters = TextReader("\n".join(text), Limits()).read().chapters
    assert [(c.number, c.title) for c in chapters] == [(1, "PENDAHULUAN"), (2, "HASIL EVALUASI")]


def test_a_stated_whole_with_a_scale_word_and_the_next_years_in_the_same_sentence():
    """"Total pagu tahun 2027 sebesar Rp215 juta dan prakiraan maju tahun 2028 sebesar Rp 0,23
    miliar": both years' wholes (the scale word had hidden the first, the second clause had been
    read as no total), each as far as it was rounded."""
    from checker.readers.totals import rounded_to, stated_totals
    prose = [(3, "Total pagu indikatif tahun 2027 sebesar Rp215 juta dan prakiraan maju tahun 2028 sebesar "
                 "Rp 0,23 miliar.")]
    assert stated_totals(prose, ["2027", "2028"]) == {"2027": (3, "Rp215 juta"), "2028": (3, "Rp 0,23 miliar")}
    assert [rounded_to(a) for a in ("Rp230 juta", "Rp 1.200 juta", "Rp215 juta", "Rp 1,03 miliar", "Rp 230.000.000")] \
        == [10, 100, 1, 1, 1]


def test_a_whole_rounded_in_words_is_held_to_the_totals_row_as_far_as_it_was_rounded(tmp_path):
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"]
    rows = [["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "214.000.000", "85", "227.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan", "Jumlah rapat", "24 kali", "214.000.000", "24 kali",
             "227.000.000"],
            ["", "JUMLAH", "", "", "214.000.000", "", "227.000.000"]]
    said = "Total pagu tahun 2026 sebesar Rp215 juta dan tahun 2027 sebesar Rp230 juta."
    path = renstra_file(tmp_path, said + "\nTabel 6.1 Rencana Program", [head, *rows])
    got = [(f.rule, f.expected, f.actual) for f in check_file(path, Settings()).findings if f.rule == "KON-003"]
    assert got == [("KON-003", 214_000_000, 215_000_000)]  # 227 is 230 to the nearest ten million


def test_a_summary_headed_program_holds_programs_named_without_the_word(tmp_path):
    """"No | Program | Pagu 2026" over "Penunjang Urusan ...", "Pelayanan Publik": each row is a
    program (the table had been read as no program table, its pagu never compared), so the one
    printed otherwise than the program table is found at both."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026"]
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "Persentase layanan", "100%", "60.000.000"],
            ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "2 dokumen", "60.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK", "Indeks kepuasan", "84", "20.000.000"],
            ["7.01.02.2.01", "Koordinasi", "Jumlah rapat", "12 kali", "20.000.000"]]
    summary = ["No\tProgram\tPagu Indikatif 2026 (Rp)", "1\tPenunjang Urusan Pemerintahan\t60.000.000",
               "2\tPelayanan Publik\t25.000.000", "\tJumlah\t85.000.000"]
    text = ["RENSTRA", "KECAMATAN SUKAMAJU", "TAHUN 2026-2027", "", "Tabel 3.1 Rekapitulasi Pagu", *summary, "",
            "Tabel 6.1", *("\t".join(r) for r in [head, *rows])]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = sorted((f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category != "chapter")
    assert got == [("KON-002", 8), ("KON-002", 15)]


def test_a_level_written_in_the_score_cell_is_the_risks_level(tmp_path):
    """"Tingkat Risiko (K x D)" over "9 (Rendah)": the score and its level in one cell (the level
    had been dropped with the scales' words, the level outside its band unseen)."""
    head = ["No", "Pernyataan Risiko", "Kemungkinan (K)", "Dampak (D)", "Tingkat Risiko (K x D)"]
    rows = [["1", "Layanan tertunda", "4", "3", "12 (Tinggi)"], ["2", "Rapat tidak terlaksana", "3", "3", "9 (Rendah)"],
            ["3", "Dokumen terlambat", "1", "2", "2 - Rendah"]]
    text = ["RENCANA AKSI", "KECAMATAN SUKAMAJU", "TAHUN 2026", "",
            "Tingkat risiko: Rendah (1-5), Sedang (6-11), Tinggi (12-19) dan Sangat Tinggi (20-25).", "",
            "Tabel 3.2 Register Risiko", *("\t".join(r) for r in [head, *rows])]
    path = tmp_path / "rencana-aksi.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert [r.level for r in read_plan(path).risks] == ["Tinggi", "Rendah", "Rendah"]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category == "risk_level"] == [("RSK-003", 10)]


@pytest.mark.parametrize("name, targets, wrong", [
    ("Persentase desa tertinggal", ["20", "18", "16"], False),
    ("Persentase rumah tidak layak huni", ["12", "10", "11"], True),
    ("Persentase kawasan permukiman kumuh", ["5", "6", "4"], True),
    ("Persentase desa tertinggal yang dientaskan", ["10", "15", "20"], False),
    ("Persentase wilayah tergenang banjir", ["3", "2", "2,5"], True),
])
def test_indicators_of_what_should_shrink_fall(tmp_path, name, targets, wrong):
    """Lagging villages, uninhabitable houses, slums, flooded areas should fall (a falling target
    had been a false TGT-002); the share of them lifted out should rise."""
    head = ["No", "Sasaran", "Indikator Sasaran", "Satuan", "Kondisi Awal (2026)", "2027", "2028", "2029"]
    row = ["1", "Meningkatnya kesejahteraan", name, "%", targets[0], *targets]
    path = renstra_file(tmp_path, "Tabel 4.1", [head, row], period="2027-2029")
    got = [f.rule for f in check_file(path, Settings()).findings if f.category == "target_trend"]
    assert got == (["TGT-002"] if wrong else [])


def test_a_realisation_of_a_year_before_the_plans_is_its_starting_point(tmp_path):
    """"Realisasi 2025" before "Target 2027 | Pagu 2027 | Target 2028 | Pagu 2028": a program
    table beside its starting point (it had been turned away as an evaluation, its kegiatan's sum
    unchecked); "Realisasi 2027" beside the plan's own year is an evaluation still."""
    def table(realised: str):
        head = ["Kode", "Program/Kegiatan", "Indikator", realised, "Target 2027", "Pagu 2027", "Target 2028",
                "Pagu 2028"]
        rows = [["7.01.01", "PROGRAM PENUNJANG", "Persentase layanan", "90%", "92%", "60.000.000", "93%",
                 "62.000.000"],
                ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "3 dokumen", "3 dokumen", "55.000.000",
                 "3 dokumen", "62.000.000"]]
        return renstra_file(tmp_path, "Tabel 4.1", [head, *rows])
    assert [(f.rule, f.location.line) for f in check_file(table("Realisasi 2025"), Settings()).findings
            if f.category == "rollup"] == [("ANG-001", 7)]
    assert read_plan(table("Realisasi 2027")).tables == []


@pytest.mark.parametrize("heads", [
    ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"],
    ["Kode Urusan", "Kode Bidang", "Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan"]])
def test_a_code_printed_in_columns_headed_by_its_levels_is_not_the_name(tmp_path, heads):
    """"Urusan | Bidang | Program | Kegiatan | Sub Kegiatan" before "Program/Kegiatan/Sub
    Kegiatan": each of those columns prints a level of the code; the names are under the name
    column (they had been read from the urusan column: every node named "7")."""
    rows = [heads + ["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu 2026 (Rp)",
                     "Target 2027", "Pagu 2027 (Rp)"],
            ["7", "01", "02", "", "", "PROGRAM PELAYANAN PUBLIK", "Persentase pengaduan yang ditindaklanjuti", "90%",
             "40.000.000", "92%", "42.000.000"],
            ["7", "01", "02", "2.01", "", "Koordinasi Pemerintahan", "Persentase rapat yang ditindaklanjuti", "85%",
             "40.000.000", "87%", "42.000.000"],
            ["7", "01", "02", "2.01", "0001", "Rapat Koordinasi", "Jumlah rapat", "12 kali", "40.000.000", "12 kali",
             "42.000.000"]]
    plan = read_plan(renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows))
    assert [(n.code, n.name) for n in plan.tables[0].nodes()] == [
        ("7.01.02", "PROGRAM PELAYANAN PUBLIK"), ("7.01.02.2.01", "Koordinasi Pemerintahan"),
        ("7.01.02.2.01.0001", "Rapat Koordinasi")]


def test_a_register_whose_first_risk_scores_one_by_one_reads_that_risk(tmp_path):
    """"1 | ... | 1 | 1 | 1 | Sangat Rendah": a risk's number and its scores of 1 are not a row of
    years by their place (the register had lost every row, and then was not read at all)."""
    rows = [["No", "Uraian Risiko", "K", "D", "K x D", "Level"],
            ["1", "Pengaduan tidak tertangani", "1", "1", "1", "Sangat Rendah"],
            ["2", "Data penduduk tidak mutakhir", "5", "3", "18", "Sedang"],
            ["3", "Laporan terlambat", "2", "2", "4", "Sangat Rendah"]]
    path = renstra_file(tmp_path, "Tabel 3.1 Daftar Risiko", rows)
    plan = read_plan(path)
    assert [(r.number, r.score.value) for r in plan.risks] == [("1", 1), ("2", 18), ("3", 4)]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings if f.category == "risk_score"] == [
        ("RSK-001", 8)]


def test_a_header_repeated_after_a_page_break_is_skipped_where_codes_are_typed_in_the_names(tmp_path):
    """Codes typed at the start of each name are set in a column of their own, the header given
    one too; the header printed again on the next page is that header, not a row (it had been a
    node without a unit, its pagu unreadable, and the page's rows left out of their program)."""
    head = ["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2026", "Pagu 2026 (Rp)",
            "Target 2027", "Pagu 2027 (Rp)"]
    rows = [head,
            ["7.01.02 PROGRAM PELAYANAN PUBLIK", "Persentase pengaduan yang ditindaklanjuti", "%", "90", "40.000.000",
             "92", "42.000.000"],
            ["7.01.02.2.01 Koordinasi Pemerintahan", "Jumlah laporan", "laporan", "12", "25.000.000", "12",
             "26.000.000"],
            [""], ["\fTabel 6.1 (Lanjutan)"], head,
            ["7.01.02.2.02 Pelayanan Terpadu", "Jumlah dokumen", "dokumen", "400", "15.000.000", "420", "16.000.000"],
            ["", "", "JUMLAH", "", "40.000.000", "", "42.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows)
    plan = read_plan(path)
    assert [n.code for n in plan.tables[0].nodes()] == ["7.01.02", "7.01.02.2.01", "7.01.02.2.02"]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category != "chapter"] == []


def test_a_code_printed_in_columns_is_no_evidence_of_decimal_points(tmp_path):
    """"2.01" in a kegiatan's code column reads like a decimal with a point: before the names it
    is a code, not a figure, so a table in thousands keeps "84.000" as 84 thousand thousands (the
    codes had made the document's locale English, and every amount a thousandth of itself)."""
    head = ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", "Program/Kegiatan/Sub Kegiatan",
            "Indikator Kinerja", "Target 2026", "Pagu 2026 (Rp 000)", "Target 2027", "Pagu 2027 (Rp 000)"]
    rows = [head]
    for p, keg in (("02", ("2.01", "2.02")), ("03", ("2.01", "2.03"))):
        rows.append(["7", "01", p, "", "", f"PROGRAM {p}", "Persentase layanan", "90%", "84.000", "92%", "90.000"])
        for k, amount in zip(keg, ("50.000", "34.000")):
            rows.append(["7", "01", p, k, "", f"Kegiatan {k}", "Persentase dokumen", "80%", amount, "82%", "45.000"])
    plan = read_plan(renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows))
    assert [n.budgets["2026"].amount for n in plan.tables[0].nodes()][:3] == [84_000_000, 50_000_000, 34_000_000]


def test_a_totals_row_whose_label_a_lost_cell_set_under_the_indicators_is_the_totals_row(tmp_path):
    """"JUMLAH" printed under Satuan, its row a cell short: laid back, the label stands under the
    indicators, but a totals label is no further indicator of the row above (it had been one,
    without a unit, and the table's wrong total went unseen)."""
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target 2026", "Pagu 2026 (Rp)",
            "Target 2027", "Pagu 2027 (Rp)"]
    rows = [head,
            ["7.01.02", "PROGRAM PELAYANAN", "Persentase pengaduan yang ditindaklanjuti", "%", "90", "40.000.000",
             "92", "42.000.000"],
            ["7.01.02.2.01", "Koordinasi", "Jumlah laporan", "laporan", "12", "40.000.000", "12", "42.000.000"],
            ["7.01.03", "PROGRAM DESA", "Persentase desa tertib", "%", "70", "30.000.000", "72", "31.000.000"],
            ["7.01.03.2.01", "Fasilitasi Desa", "Jumlah desa", "desa", "16", "30.000.000", "16", "31.000.000"],
            ["", "", "JUMLAH", "", "70.000.000", "", "83.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows)
    got = [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
           if f.category not in ("chapter", "input")]
    assert got == [("ANG-003", 11)]


def test_a_scale_wrapped_under_its_budget_heading_is_part_of_the_header(tmp_path):
    """"Pagu Indikatif 2026" over "(Rp 000)", the heading's words wrapped onto a line of their
    own with "Sub" over "Kegiatan": that line is the header's, its scale the table's (it had been
    a kegiatan named "Kegiatan" without an indicator or pagu, and the table read in Rupiah), and
    the header printed again after a page break, wrapped another way, is still the header."""
    head = [["Kode", "Program/Kegiatan/Sub", "Indikator Kinerja", "Pagu Indikatif 2026", "Target 2026",
             "Pagu Indikatif 2027 (Rp 000)", "Target 2027"],
            ["", "Kegiatan", "", "(Rp 000)", "", "", ""]]
    again = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Pagu Indikatif 2026 (Rp",
              "Target 2026", "Pagu Indikatif 2027", "Target 2027"],
             ["", "", "", "000)", "", "(Rp 000)", ""]]
    rows = [*head,
            ["7.01.02", "PROGRAM PELAYANAN", "Persentase pengaduan yang ditindaklanjuti", "40.000", "90%", "42.000",
             "92%"],
            ["7.01.02.2.01", "Koordinasi", "Jumlah laporan", "25.000", "12 laporan", "26.000", "12 laporan"],
            [""], ["\fTabel 6.1 (Lanjutan)"], *again,
            ["7.01.02.2.02", "Pelayanan Terpadu", "Jumlah dokumen", "15.000", "400 dokumen", "16.000", "420 dokumen"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows)
    plan = read_plan(path)
    assert [(n.code, n.budgets["2026"].amount) for n in plan.tables[0].nodes()] == [
        ("7.01.02", 40_000_000), ("7.01.02.2.01", 25_000_000), ("7.01.02.2.02", 15_000_000)]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category not in ("chapter", "input")] == []


def test_a_header_whose_words_a_narrow_column_broke_is_known_again_whole(tmp_path):
    """The first page's header breaks "Sub" over two lines ("Su" over "b Kegiatan") and its scale
    ("(Rp" over "000)"); the next page prints the header whole. Both lines are the header's (the
    scale's end had made the second a row), and the whole header is that header again, not a
    node without a unit whose pagu cannot be read."""
    rows = [["Kode", "Program/Kegiatan/Su", "Indikator Kinerja", "Target 2026", "Pagu Indikatif 2026 (Rp",
             "Target 2027", "Pagu Indikatif 2027 (Rp"],
            ["", "b Kegiatan", "", "", "000)", "", "000)"],
            ["7.01.02", "PROGRAM PELAYANAN", "Persentase pengaduan yang ditindaklanjuti", "90%", "40.000", "92%",
             "42.000"],
            ["7.01.02.2.01", "Koordinasi", "Jumlah laporan", "12 laporan", "25.000", "12 laporan", "26.000"],
            [""], ["\fTabel 6.1 (Lanjutan)"],
            ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2026",
             "Pagu Indikatif 2026 (Rp 000)", "Target 2027", "Pagu Indikatif 2027 (Rp 000)"],
            ["7.01.02.2.02", "Pelayanan Terpadu", "Jumlah dokumen", "400 dokumen", "15.000", "420 dokumen", "16.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows)
    plan = read_plan(path)
    assert [(n.code, n.budgets["2026"].amount) for n in plan.tables[0].nodes()] == [
        ("7.01.02", 40_000_000), ("7.01.02.2.01", 25_000_000), ("7.01.02.2.02", 15_000_000)]
    assert [f.rule for f in check_file(path, Settings()).findings if f.category not in ("chapter", "input")] == []


def test_a_further_indicator_short_of_a_cell_no_reading_places_has_no_empty_targets(tmp_path):
    """A program's second indicator (no pagu of its own) lost an empty cell: its bare figures
    could stand under a target or a pagu, so no reading places them (one `input` note). Its
    empty columns may be where the lost cell was: no target is reported empty (TGT-005 had
    reported four)."""
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target 2026", "Pagu 2026 (Rp)", "Target 2027",
            "Pagu 2027 (Rp)", "Target 2028", "Pagu 2028 (Rp)"]
    rows = [head,
            ["7.01.04", "PROGRAM KETERTIBAN", "Persentase gangguan yang ditangani", "%", "87 %", "70.000.000", "89 %",
             "30.000.000", "91 %", "78.000.000"],
            ["", "", "Indeks kepuasan masyarakat", "indeks", "80", "81", "", "82", ""],
            ["7.01.04.2.01", "Koordinasi Ketertiban", "Persentase kegiatan terlaksana", "%", "75 %", "70.000.000",
             "77 %", "30.000.000", "79 %", "78.000.000"],
            ["7.01.04.2.01.0001", "Rapat Sinergitas", "Jumlah rapat", "kali", "4", "70.000.000", "4", "30.000.000",
             "4", "78.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows, period="2026-2028")
    findings = check_file(path, Settings()).findings
    assert [f.rule for f in findings if f.category not in ("chapter", "input")] == []
    assert any(f.category == "input" for f in findings)


def test_a_name_heading_wrapped_over_a_level_word_is_still_the_name_column(tmp_path):
    """"Program/Kegiatan/Sub" over "Kegiatan" (the heading wrapped) beside five columns headed
    by the code's levels: the wrapped heading ends in a level's word but names the rows (the
    table had been left unread: no column for its names)."""
    rows = [["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", "Program/Kegiatan/Sub", "Indikator Kinerja",
             "Target 2026", "Pagu 2026 (Rp)", "Target 2027", "Pagu 2027 (Rp)"],
            ["", "", "", "", "", "Kegiatan", "", "", "", "", ""],
            ["7", "01", "02", "", "", "PROGRAM PELAYANAN", "Persentase pengaduan yang ditindaklanjuti", "90%",
             "45.000.000", "92%", "42.000.000"],
            ["7", "01", "02", "2.01", "", "Koordinasi", "Persentase rapat yang ditindaklanjuti", "85%", "40.000.000",
             "87%", "42.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1 Rencana Program dan Kegiatan", rows)
    assert [n.name for n in read_plan(path).tables[0].nodes()] == ["PROGRAM PELAYANAN", "Koordinasi"]
    assert [(f.rule, f.location.line) for f in check_file(path, Settings()).findings
            if f.category not in ("chapter", "input")] == [("ANG-001", 8)]


def _checked_program_table(tmp_path, rows):
    """A Renja whose Tabel 4.1 holds `rows` under a header of code, name, indicator, one year's
    target and pagu, checked."""
    header = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2027", "Pagu 2027 (Rp)"]
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2027", "", "Tabel 4.1 Program dan Kegiatan",
            *("\t".join(r) for r in [header, *rows])]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return check_file(path, Settings())


def test_a_row_with_a_pagu_that_cannot_be_placed_leaves_the_sums_around_it_unchecked(tmp_path):
    """A row with a pagu and no code or level ("Belanja Penunjang Lainnya" under a program):
    its pagu belongs to a node the reader did not read, so the program it stands in and the
    table's total are not summed (they had been ANG-001 and ANG-003, the pagu's 30 million
    missing from both), one note says so, and the table counts as partly read. A sum that
    row cannot be part of (the next program's kegiatan) is still checked."""
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "Persentase layanan penunjang", "100%",
             "80.000.000"],
            ["", "Belanja Penunjang Lainnya", "", "", "30.000.000"],
            ["7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah bulan layanan", "12 bulan",
             "50.000.000"],
            ["7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah orang", "20 orang", "50.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK KECAMATAN", "Indeks kepuasan warga", "80", "40.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan Publik", "Jumlah rapat", "12 kali", "40.000.000"],
            ["7.01.02.2.01.0001", "Rapat Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "35.000.000"],
            ["", "JUMLAH", "", "", "150.000.000"]]
    result = _checked_program_table(tmp_path, rows)
    found = [(f.rule, f.location.line) for f in result.findings if f.category not in ("input", "chapter")]
    assert found == [("ANG-002", 12)]
    notes = [f.message for f in result.findings if f.category == "input"]
    assert any("1 baris berpagu di tabel Tabel 4.1" in m and "tidak diperiksa" in m for m in notes)
    assert result.stats["tables_partly_read"] == 1


def test_a_sub_kegiatan_after_a_row_that_cannot_be_placed_is_not_said_to_lack_its_kegiatan(tmp_path):
    """A kegiatan's row whose code was lost (a misread row, its words and pagu left): the sub
    kegiatan under it names a kegiatan with no row, but the row that cannot be placed may be
    that kegiatan, so no KOD-003 is reported; one that follows a placed row still is."""
    rows = [["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "Persentase layanan penunjang", "100%",
             "50.000.000"],
            ["", "Keuangan Perangkat Daerah", "Jumlah bulan layanan", "12 bulan", "50.000.000"],
            ["7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah orang", "20 orang", "50.000.000"],
            ["7.01.02", "PROGRAM PELAYANAN PUBLIK KECAMATAN", "Indeks kepuasan warga", "80", "60.000.000"],
            ["7.01.02.2.01", "Koordinasi Pelayanan Publik", "Jumlah rapat", "12 kali", "40.000.000"],
            ["7.01.02.2.01.0001", "Rapat Koordinasi Pelayanan", "Jumlah rapat", "12 kali", "40.000.000"],
            ["7.01.02.2.02.0001", "Pelayanan Administrasi Terpadu", "Jumlah dokumen", "900 dokumen", "20.000.000"]]
    found = [(f.rule, f.location.line) for f in _checked_program_table(tmp_path, rows).findings
             if f.rule == "KOD-003"]
    assert found == [("KOD-003", 13)]


def test_a_kegiatan_left_empty_in_a_year_its_sub_kegiatan_fund_is_a_wrong_sum_said_once(tmp_path):
    """A kegiatan's 2027 cell empty while its sub kegiatan give money that year: its sum is what
    is wrong, one ANG-002 that says the cell is empty, not also an empty pagu. A program left
    empty in a year is a missing pagu, whatever its kegiatan give."""
    head = ["Kode", "Program/Kegiatan", "Indikator", "Target 2026", "Pagu 2026", "Target 2027", "Pagu 2027"]
    rows = [head,
            ["7.01.02", "PROGRAM PEMERINTAHAN", "Persentase layanan", "90%", "30.000.000", "95%", ""],
            ["7.01.02.2.01", "Koordinasi Kecamatan", "Jumlah rapat", "12 kali", "30.000.000", "12 kali", ""],
            ["7.01.02.2.01.01", "Rapat Koordinasi", "Jumlah rapat", "12 kali", "30.000.000", "12 kali", "20.000.000"]]
    path = renstra_file(tmp_path, "Tabel 6.1", rows)
    findings = check_file(path, Settings()).findings
    assert sorted((f.rule, f.location.line) for f in findings if f.category in ("rollup", "missing_value")) == \
        [("ANG-002", 8), ("ANG-005", 7)]
    said = {lang: next(f.message for f in check_file(path, Settings(lang=lang)).findings if f.rule == "ANG-002")
            for lang in ("id", "en")}
    assert said["id"] == ("Pagu kegiatan 7.01.02.2.01 tahun 2027 (kosong) tidak sama dengan jumlah pagu 1 sub "
                          "kegiatannya (Rp20.000.000); selisih -Rp20.000.000.")
    assert "(blank) differs from the sum of its sub-activities" in said["en"]
