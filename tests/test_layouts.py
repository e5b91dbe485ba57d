"""Space-aligned tables over several pages, each page set with its own column widths, where a
column empty on a page left no column there (readers/align.place_layouts). Every table here is
written for the test."""
import textwrap

from checker.config import Settings
from checker.pipeline import check_file
from checker.readers import read_plan
from checker.readers.align import place_layouts
from checker.readers.segment import find_rows

HEAD = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target", "Pagu 2026", "Pagu 2027", "Pagu 2028"]


def printed(rows: list[list[str]], widths: list[int], gaps: list[int] | None = None, margin: int = 2) -> list[str]:
    """Rows printed as a page of a PDF prints them: each column at its place, `gaps[k]` blanks
    after column k (3 by default)."""
    gaps = gaps or [3] * len(widths)
    out = []
    for cells in rows:
        line = " " * margin + "".join(c.ljust(w) + " " * g for c, w, g in zip(cells, widths, gaps))
        out.append(line.rstrip())
    return out


def placed(lines: list[str]) -> tuple[dict[int, list[str]], set[int]]:
    found = find_rows(lines, 100)
    rows, unsure, _ = place_layouts(sorted(found.cells.items()), found.layout, found.extents)
    return dict(rows), unsure


def laid_out(lines: list[str]) -> tuple[dict[int, list[str]], set[int], set[int]]:
    """The rows as laid under the table's columns, the wrapped columns' room weighed too; the
    lines left unsure, and those given back short of cells."""
    found = find_rows(lines, 100)
    rows, unsure, short = place_layouts(sorted(found.cells.items()), found.layout, found.extents, found.rooms)
    return dict(rows), unsure, short


FIRST = printed([HEAD,
                 ["7.01.01", "Program Penunjang", "Persentase layanan", "100%", "9.000.000", "9.500.000", "9.900.000"],
                 ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "4 Dok", "3.000.000", "3.500.000", "3.900.000"],
                 ["7.01.01.2.02", "Keuangan", "Jumlah laporan", "12 Lap", "6.000.000", "6.000.000", "6.000.000"]],
                [14, 20, 20, 8, 12, 12, 12])


ROWS = [("7.01.02", "Program Pelayanan", "Indeks kepuasan", "80%"),
        ("7.01.02.2.01", "Pelayanan Umum", "Jumlah layanan", "3 Lap"),
        ("7.01.02.2.02", "Pengaduan", "Jumlah aduan", "5 Kali")]


def second_page(amounts: list[list[str]], widths: list[int], gaps: list[int] | None = None,
                targets: bool = True) -> list[str]:
    """The second page: three rows (program, two kegiatan) with their amounts, printed."""
    rows = [[*row[:3], *row[3:] * targets, *money] for row, money in zip(ROWS, amounts)]
    return printed(rows, widths, gaps)


def test_a_page_that_lost_an_empty_column_is_laid_under_the_table_by_its_kinds():
    # On the second page no row has a target: the page has no such column, and its amounts
    # can only stand under the three budget columns, its words under the name and indicator.
    second = second_page([["5.000.000", "5.200.000", "5.400.000"], ["3.000.000", "3.200.000", "3.400.000"],
                          ["2.000.000", "2.000.000", "2.000.000"]], [13, 18, 16, 10, 10, 10], targets=False)
    rows, unsure = placed(FIRST + [""] + second)
    assert rows[6] == ["7.01.02", "Program Pelayanan", "Indeks kepuasan", "", "5.000.000", "5.200.000", "5.400.000"]
    assert not unsure


def test_the_blanks_say_which_year_a_page_left_out():
    # 2027 is empty on this page; its column still took room between 2026 and 2028.
    second = second_page([["5.000.000", "", "5.400.000"], ["3.000.000", "", "3.400.000"],
                          ["2.000.000", "", "2.000.000"]],
                         [13, 18, 16, 6, 10, 10, 10])
    rows, unsure = placed(FIRST + [""] + second)
    assert rows[6][4:] == ["5.000.000", "", "5.400.000"] and rows[8][4:] == ["2.000.000", "", "2.000.000"]
    assert not unsure


def test_the_last_year_empty_on_a_page_leaves_no_blank_and_is_read_as_such(tmp_path):
    # No blank tells that 2028 is missing: the page is a column short of the table, its rows
    # are given back short of a cell and read in order, as a tab-separated row short of a cell.
    second = second_page([["5.000.000", "5.200.000"], ["3.000.000", "3.200.000"], ["2.000.000", "2.000.000"]],
                         [13, 18, 16, 6, 10, 10])
    found = find_rows(FIRST + [""] + second, 100)
    rows, unsure, short = place_layouts(sorted(found.cells.items()), found.layout, found.extents)
    assert short == {6, 7, 8} and not unsure and dict(rows)[6][4:] == ["5.000.000", "5.200.000"]
    program = _plan(tmp_path, [FIRST, second]).tables[0].roots[1]
    assert [program.budgets[y].raw for y in ("2026", "2027", "2028")] == ["5.000.000", "5.200.000", ""]


def test_a_short_page_under_a_table_of_one_full_row_is_placed_by_its_blanks():
    # One full row tells too little of where a short row's cells go: the page is not given back
    # as short rows but placed by its blanks (the last year, which left no blank, empty).
    second = second_page([["5.000.000", "5.200.000"], ["3.000.000", "3.200.000"], ["2.000.000", "2.000.000"]],
                         [13, 18, 16, 6, 10, 10])
    first = printed([HEAD,
                     ["7.01.01", "Program Penunjang", "Persentase layanan", "100%", "9.000.000", "9.500.000", "9.900.000"],
                     ["", "Meningkatnya layanan", "Indeks layanan"]], [14, 20, 20, 8, 12, 12, 12])
    found = find_rows(first + [""] + second, 100)
    rows, unsure, short = place_layouts(sorted(found.cells.items()), found.layout, found.extents)
    assert not short and not unsure and dict(rows)[5][4:] == ["5.000.000", "5.200.000", ""]


def on_grid(rows: list[list[str]]) -> list[str]:
    """Rows printed from their cells in columns of the page's own widths, an empty cell as one
    blank, as a converter that had already lost some cells of the PDF's rows sets them."""
    width = max(len(r) for r in rows)
    widths = [max(1, *(len(r[k]) for r in rows if k < len(r))) for k in range(width)]
    return [("  " + "   ".join((r[k] if k < len(r) else "").ljust(widths[k]) for k in range(width))).rstrip()
            for r in rows]


AKHIR_HEAD = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target", "Pagu 2026", "Pagu 2027", "Pagu 2028",
              "Pagu Akhir"]
AKHIR_FIRST = [AKHIR_HEAD,  # a first page with every column
               ["7.01.01", "Program Penunjang", "Persentase layanan", "100%", "9.000.000", "9.500.000",
                "9.900.000", "28.400.000"],
               ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "4 Dok", "3.000.000", "3.500.000",
                "3.900.000", "10.400.000"],
               ["7.01.01.2.02", "Keuangan", "Jumlah laporan", "12 Lap", "6.000.000", "6.000.000",
                "6.000.000", "18.000.000"]]


def wrapped_grid(rows: list[list[str]], widths: list[int]) -> list[str]:
    """Rows printed from their cells in columns of the given widths, a long cell wrapped within
    its column (greedily, as a word processor does), an empty cell as one blank."""
    out = []
    for r in rows:
        parts = [textwrap.wrap(c, w) or [""] for c, w in zip(r, widths)]
        for depth in range(max(len(p) for p in parts)):
            cells = [(p[depth] if depth < len(p) else "").ljust(w if c else 1) for p, w, c in zip(parts, widths, r)]
            out.append(("  " + "   ".join(cells)).rstrip())
    return out


def test_a_wrapped_column_wider_than_its_text_is_not_taken_for_an_empty_column(tmp_path):
    # The name column is 22 wide, its longest line 17: the blank after it is as wide as an empty
    # column would leave. Its wrapped line shows it could be that wide ("Penyediaan Barang" and
    # "Kebutuhan" did not fit in it together), so no empty column is counted there and the
    # page, a column short (its rows lost the 2028 cell), is read as its rows are.
    first = on_grid(AKHIR_FIRST)
    second = wrapped_grid([["7.01.02", "Penyediaan Barang Kebutuhan Kantor", "Indeks kepuasan", "", "5.000.000",
                            "5.200.000", "10.200.000"],
                           ["7.01.02.2.01", "Pelayanan Umum", "Jumlah layanan", "", "3.000.000", "3.200.000",
                            "6.200.000"],
                           ["7.01.02.2.02", "Pengaduan Warga", "Jumlah aduan", "", "2.000.000", "2.000.000",
                            "4.000.000"]], [12, 22, 15, 1, 9, 9, 10])
    rows, unsure, short = laid_out(first + [""] + second)
    assert short == {6, 8, 9} and rows[6][3:] == ["", "5.000.000", "5.200.000", "10.200.000"]
    program = _plan(tmp_path, [first, second]).tables[0].roots[1]
    assert program.name.startswith("Penyediaan Barang Kebutuhan")
    assert [program.budgets[y].raw for y in ("2026", "2027", "2028")] == ["5.000.000", "5.200.000", ""]
    assert program.pagu_akhir.raw == "10.200.000"


def test_an_empty_column_after_a_wrapped_one_is_counted_when_the_room_leaves_no_other_reading(tmp_path):
    # The page's rows lost their 2028 cell and their target is empty, printed as one blank. The
    # indicator column is two places wider than its longest line, and its wrapped line ("Jumlah
    # dokumen" before "rapi") says it is at most four wider: the blank after it holds six places
    # beside the separator, so whatever its width in that room, one empty column stands there.
    first = on_grid(AKHIR_FIRST)
    second = wrapped_grid([["7.01.02", "Penyediaan Barang Kebutuhan Kantor", "Jumlah dokumen rapi", "",
                            "5.000.000", "5.200.000", "10.200.000"],
                           ["7.01.02.2.01", "Pelayanan Umum", "Jumlah layanan", "", "3.000.000", "3.200.000",
                            "6.200.000"],
                           ["7.01.02.2.02", "Pengaduan Warga", "Jumlah aduan", "", "2.000.000", "2.000.000",
                            "4.000.000"]], [12, 22, 16, 1, 9, 9, 10])
    rows, unsure, short = laid_out(first + [""] + second)
    assert short == {6, 8, 9} and not unsure
    assert rows[6][3:] == ["", "5.000.000", "5.200.000", "10.200.000"]
    program = _plan(tmp_path, [first, second]).tables[0].roots[1]
    assert [program.budgets[y].raw for y in ("2026", "2027", "2028")] == ["5.000.000", "5.200.000", ""]
    assert program.pagu_akhir.raw == "10.200.000"


def test_the_blank_after_a_wrapped_column_may_be_its_own_room_not_a_column_left_out():
    # The second page has no lokasi, so its words could stand under any two of the name,
    # indicator and lokasi columns. Two wide blanks: after the name (its column is wider than
    # its longest line, and its wrapped lines show it may be 25 wide) and after the indicator
    # (where the lokasi was left out). Only the second can be a column left out.
    head = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Lokasi", "Target", "Pagu 2026", "Pagu 2027"]
    first = printed([head,
                     ["7.01.01", "Program Penunjang", "Persentase layanan", "Kecamatan", "100%", "9.000.000",
                      "9.500.000"],
                     ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "Kecamatan", "4 Dok", "3.000.000",
                      "3.500.000"],
                     ["7.01.01.2.02", "Keuangan", "Jumlah laporan", "Kecamatan", "12 Lap", "6.000.000",
                      "6.000.000"]], [14, 20, 20, 11, 8, 12, 12])
    second = printed([["7.01.02", "Penyelenggaraan", "Indeks kepuasan", "", "80%", "5.000.000", "5.200.000"],
                      ["", "Pemberdayaan"], ["", "Kesejahteraan"],
                      ["7.01.02.2.01", "Pelayanan Umum", "Jumlah layanan", "", "3 Lap", "3.000.000", "3.200.000"],
                      ["7.01.02.2.02", "Pengaduan", "Jumlah aduan", "", "5 Kali", "2.000.000", "2.000.000"]],
                     [13, 24, 16, 9, 6, 10, 10])
    rows, unsure, _ = laid_out(first + [""] + second)
    assert not unsure
    assert rows[6] == ["7.01.02", "Penyelenggaraan Pemberdayaan Kesejahteraan", "Indeks kepuasan", "", "80%",
                             "5.000.000", "5.200.000"]
    assert rows[10][2:4] == ["Jumlah aduan", ""]


def test_a_page_printed_from_rows_that_lost_cells_is_read_as_those_rows(tmp_path):
    # The second page's rows had lost their empty 2028 cells before they were set in columns:
    # the page's grid (its empty target column counted) is a column short, so which column it
    # lacks is not in its blanks. Read as tab-separated rows short of a cell are, the last
    # amount is the akhir, as in the table's full rows.
    first = on_grid(AKHIR_FIRST)
    second = on_grid([["7.01.02", "Program Pelayanan", "Indeks kepuasan", "", "5.000.000", "5.200.000",
                       "10.200.000"],
                      ["7.01.02.2.01", "Pelayanan Umum", "Jumlah layanan", "", "3.000.000", "3.200.000",
                       "6.200.000"],
                      ["7.01.02.2.02", "Pengaduan", "Jumlah aduan", "", "2.000.000", "2.000.000", "4.000.000"]])
    program = _plan(tmp_path, [first, second]).tables[0].roots[1]
    assert [program.budgets[y].raw for y in ("2026", "2027", "2028")] == ["5.000.000", "5.200.000", ""]
    assert program.pagu_akhir.raw == "10.200.000"
    assert program.children[1].pagu_akhir.raw == "4.000.000"


def test_a_page_whose_blanks_say_nothing_is_unsure():
    # Roomy columns, every blank alike: nothing tells which of the three years is missing.
    second = second_page([["5.000.000", "5.400.000"], ["3.000.000", "3.400.000"], ["2.000.000", "2.000.000"]],
                         [13, 18, 16, 6, 10, 10], gaps=[3, 10, 10, 10, 10, 10])
    rows, unsure = placed(FIRST + [""] + second)
    assert unsure == {6, 7, 8}
    assert len(rows[6]) == 6  # left as extraction gave it


def test_a_page_that_prints_its_own_header_is_its_own_table():
    own = printed([["Kode", "Uraian", "Pagu"], ["7.01.03", "Program Lain", "1.000.000"],
                   ["7.01.03.2.01", "Kegiatan Lain", "600.000"], ["7.01.03.2.02", "Kegiatan Kedua", "400.000"]],
                  [13, 14, 10])
    rows, unsure = placed(FIRST + ["", ""] + own)
    assert rows[8] == ["7.01.03", "Program Lain", "1.000.000"] and not unsure


def _text(tmp_path, pages: list[list[str]]):
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2026-2028", "", "Tabel 6.1 Rencana Program", ""]
    for page in pages:
        text += page + ["", "Halaman", ""]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def _plan(tmp_path, pages: list[list[str]]):
    return read_plan(_text(tmp_path, pages))


def _renstra(tmp_path, pages: list[list[str]]):
    return check_file(_text(tmp_path, pages), Settings())


def test_findings_on_a_placed_page_stand_where_the_figures_do(tmp_path):
    second = second_page([["5.000.000", "", "5.400.000"], ["2.000.000", "", "3.400.000"],
                          ["2.000.000", "", "2.000.000"]],
                         [13, 18, 16, 6, 10, 10, 10])
    result = _renstra(tmp_path, [FIRST, second])
    got = sorted((f.rule, f.location.line, f.location.table) for f in result.findings
                 if f.category in ("rollup", "missing_value"))
    # Line 14: the program's 2026 pagu is not the sum of its kegiatan's; every row leaves 2027
    # empty: the program's empty year is missing, its kegiatan's and sub kegiatan's (under a row
    # empty that year too) are a year the family does not fund.
    assert [g for g in got if g[0] == "ANG-001"] == [("ANG-001", 14, "Tabel 6.1")]
    assert [g[1] for g in got if g[0] == "ANG-005"] == [14]
    assert not any(f.category == "input" for f in result.findings)


def test_figures_on_an_unsure_page_are_not_checked_and_the_page_is_named(tmp_path):
    # The same planted mismatch, on a page whose columns cannot be placed.
    second = second_page([["5.000.000", "5.400.000"], ["2.000.000", "3.400.000"], ["2.000.000", "2.000.000"]],
                         [13, 18, 16, 6, 10, 10], gaps=[3, 10, 10, 10, 10, 10])
    result = _renstra(tmp_path, [FIRST, second])
    lines = {f.location.line for f in result.findings if f.category not in ("input", "chapter")}
    assert not lines & {14, 15, 16}
    notes = [f for f in result.findings if f.category == "input"]
    assert [(n.location.line, n.location.table) for n in notes] == [(14, "Tabel 6.1")]
    assert "3 baris" in notes[0].message
    assert result.stats["tables_partly_read"] == 1 and result.unread == 1  # never clean


def test_a_row_whose_target_and_amount_ran_together_in_one_cell_is_not_read(tmp_path):
    # The sub kegiatan's target and its 2026 pagu stand one blank apart ("4 Dok 2.500.000"):
    # one stretch of text, so one cell, and nothing of that row is sure under its column. Its
    # figures are not checked (nor the kegiatan's sums with them), one note names the table,
    # and the document is not clean.
    page = printed([HEAD, ["7.01.01", "Program Penunjang", "Persentase layanan", "100%", "9.000.000", "9.500.000",
                           "9.900.000"],
                    ["7.01.01.2.01", "Perencanaan", "Jumlah dokumen", "4 Dok", "9.000.000", "9.500.000", "9.900.000"],
                    ["7.01.01.2.01.01", "Penyusunan", "Jumlah disusun", "4 Dok", "2.500.000", "9.500.000",
                     "9.900.000"]],
                   [16, 20, 20, 6, 12, 12, 12])
    page[-1] = page[-1].replace("4 Dok    2.500.000", "4 Dok 2.500.000   ")
    result = _renstra(tmp_path, [page])
    assert not [f for f in result.findings if f.category in ("rollup", "period_total", "missing_value")]
    notes = [f for f in result.findings if f.category == "input"]
    assert len(notes) == 1 and notes[0].location.table == "Tabel 6.1"
    assert result.stats["tables_partly_read"] == 1


def test_a_realisation_row_with_two_cells_run_together_is_left_out_with_a_note(tmp_path):
    # A performance table laid out in spaces; one row printed its target and realisation one
    # blank apart ("80% 75%"): that row is not read (its capaian, wrong or not, is not checked),
    # the other rows are, and one note names the table.
    head = ["No", "Indikator Kinerja", "Target 2025", "Realisasi 2025", "Capaian (%)"]
    page = printed([head, ["1", "Persentase layanan tepat waktu", "90%", "81%", "90,00"],
                    ["2", "Persentase aduan selesai", "80%", "75%", "50,00"],
                    ["3", "Persentase desa tertib", "100%", "90%", "80,00"]], [4, 32, 12, 14, 12])
    page[2] = page[2].replace("80%            75%", "80% 75%           ")
    text = ["RENCANA KERJA", "KECAMATAN SUKAMAJU", "TAHUN 2026", "", "Tabel 2.1 Capaian Kinerja", "", *page]
    path = tmp_path / "renja.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    result = check_file(path, Settings())
    ratio = [f.location.line for f in result.findings if f.category == "ratio"]
    assert ratio == [10]   # 90 / 100 is 90 %, not 80: the full row's wrong capaian is still found
    notes = [f for f in result.findings if f.category == "input"]
    assert len(notes) == 1 and "1 baris" in notes[0].message and result.unread == 1


def test_a_running_footer_of_a_paged_text_is_no_row_of_the_table_it_interrupts():
    from checker.readers.text import TextReader, _pages, _running_lines
    from checker.config import Limits
    rows = printed([HEAD, *[[f"7.01.01.2.0{k}", f"Kegiatan {k}", "Jumlah dokumen", "4 Dok", "1.000.000",
                             "1.000.000", "1.000.000"] for k in range(1, 7)]], [14, 20, 20, 8, 12, 12, 12], margin=0)
    # As pdftotext prints pages: each ends with its footer (the page number at the right), the
    # next begins with a form feed and goes straight on with the table's rows.
    pages = [rows[:4], rows[4:], ["Penutup dokumen ini."]]
    text = "RENCANA KERJA\nKECAMATAN SUKAMAJU\nTAHUN 2026\n\n"
    for number, page in enumerate(pages, start=1):
        text += "\n".join(page) + f"\nRenja Kecamatan Sukamaju{' ' * 60}{number}\n\x0c"
    footers = {k for k, line in enumerate(text.replace("\x0c", "").split("\n"), start=1) if line.startswith("Renja")}
    assert _running_lines(_pages(text)) == footers
    reader = TextReader(text, Limits())
    assert not any("Renja Kecamatan" in " ".join(cells) for cells in reader.rows.cells.values())
    plan = reader.read()
    assert [n.name for n in plan.tables[0].nodes()] == [f"Kegiatan {k}" for k in range(1, 7)]


def test_which_cells_are_two_cells_run_together():
    from checker.readers.text import _run_together
    together = ["2 laporan 32.500.000", "100% 53.000.", "80% 75%", "NA NA 1 dokumen 1 dokumen 100%",
                "100 persen 100 persen", "165.000.000 Sekretariat Kecamatan"]
    one_cell = ["4 Baik 2 Cukup Baik", "6 Baik 3 Cukup Baik 1 Rusak", "7.01.01.2.0 1.01", "N/A N/A", "30 - 44%",
                "2024 2025", "10 Orang / Bulan", "12 Laporan", "12.345 jiwa", "1.500.000 rupiah"]
    assert [c for c in together + one_cell if _run_together(c)] == together


def test_a_short_row_of_a_table_with_one_whole_row_is_said_unsure():
    """One whole row is too few to know what each column holds: a row a cell short is not laid
    under the columns, and it is among the unsure rows (one note, not clean; it had been left as
    printed without a word). A row numbering the places ("1 2 3") is the header's, not the first
    of the rows."""
    from checker.readers.align import realign
    rows = [(1, ["No", "Sasaran", "Indikator", "Satuan", "Kondisi Awal", "Target pada Tahun ke-", "", "", "Akhir"]),
            (2, ["", "", "", "", "", "1", "2", "3"]),
            (3, ["1", "Meningkatnya kepuasan", "Indeks Kepuasan", "indeks", "78", "80", "81", "82", "82"]),
            (4, ["Meningkatnya tata kelola", "Persentase desa tertib", "%", "70", "72", "74", "76", "76"])]
    laid, unsure = realign(rows, {})
    assert unsure == {4}
    assert laid[3] == rows[3]
