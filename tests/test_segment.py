"""The table layer: the rows of tab-separated, Markdown and space-aligned tables, and the text's
characters made plain. Every text here is written for the test."""
import re
import textwrap

import pytest

from checker.readers.normalise import normalise_text
from checker.readers.segment import find_rows
from test_forms import as_flush_layout


def rows_of(text: str) -> dict[int, list[str]]:
    return find_rows(text.split("\n"), 100).cells


def test_tab_rows_keep_their_empty_cells():
    assert rows_of("Judul\nKode\tUraian\t\tPagu\n1\tSatu\t\t5") == {
        2: ["Kode", "Uraian", "", "Pagu"], 3: ["1", "Satu", "", "5"]}


def test_a_tab_row_broken_by_a_line_break_inside_a_cell_is_one_row():
    """A cell of two paragraphs exported as they are ("Indeks kepuasan" / "masyarakat"): its row
    comes out as two lines, each short of cells; together, the broken cell counted once, they
    are as wide as the table, so they are one row. A short line followed by one that begins
    with a code or a figure stays as it is."""
    text = "\n".join(["Kode\tProgram\tIndikator\tTarget\tPagu",
                      "7.01.02\tPROGRAM PELAYANAN\tIndeks kepuasan",
                      "masyarakat\t84\t60.000.000",
                      "7.01.03\tPROGRAM DESA",
                      "7.01.03.2.01\tFasilitasi\tJumlah desa\t10 desa"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells == {1: ["Kode", "Program", "Indikator", "Target", "Pagu"],
                           2: ["7.01.02", "PROGRAM PELAYANAN", "Indeks kepuasan masyarakat", "84", "60.000.000"],
                           4: ["7.01.03", "PROGRAM DESA"], 5: ["7.01.03.2.01", "Fasilitasi", "Jumlah desa", "10 desa"]}
    assert 3 in found.inside


def test_a_row_broken_in_several_cells_is_one_row_under_a_header_broken_too():
    """Every long cell of two paragraphs (the header's as well): a row is three lines or more,
    and the header's broken first line ("Kode | Program | Indikator") is a width of the table
    that a row's first two lines also make; they go on to the widest line's width, or to where
    the next line begins a row (a code, a gap) when that is a width of the table. A first cell
    broken before the rest (a line without a tab) does not end the run of the table's lines."""
    text = "\n".join(["Kode\tProgram\tIndikator",
                      "Kinerja Program\tTarget\tPagu (Rp)\tSumber Dana",
                      "7.01.02\tProgram Pelayanan",
                      "Umum Kecamatan\tIndeks kepuasan",
                      "masyarakat\t84\t60.000.000\tDAU",
                      "1. Kegiatan Pelayanan",
                      "Administrasi Terpadu\tJumlah dokumen",
                      "perizinan terbit\t250 dokumen\t45.000.000\tDAU",
                      "\t\tJumlah laporan\t12 laporan\t15.000.000\tDAU"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells == {
        1: ["Kode", "Program", "Indikator Kinerja Program", "Target", "Pagu (Rp)", "Sumber Dana"],
        3: ["7.01.02", "Program Pelayanan Umum Kecamatan", "Indeks kepuasan masyarakat", "84", "60.000.000", "DAU"],
        6: ["1. Kegiatan Pelayanan Administrasi Terpadu", "Jumlah dokumen perizinan terbit", "250 dokumen",
            "45.000.000", "DAU"],
        9: ["", "", "Jumlah laporan", "12 laporan", "15.000.000", "DAU"]}
    # The first row's last line ends in an empty cell: the row ends there, and is as wide as
    # another row of the table (the rows below are whole).
    text = "\n".join(["No\tSasaran\tIndikator\tTarget 2027\tTarget 2028\tKeterangan",
                      "1\tMeningkatnya tertib",
                      "administrasi desa\tPersentase desa",
                      "tertib administrasi\t80%\t85%\t",
                      "2\tMeningkatnya pelayanan\tIndeks kepuasan\t82\t83\t",
                      "3\tMeningkatnya partisipasi\tJumlah lembaga aktif\t18\t20\t"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[2] == ["1", "Meningkatnya tertib administrasi desa", "Persentase desa tertib administrasi",
                              "80%", "85%", ""]


def test_rows_all_broken_alike_join_to_their_width_on_the_next_page_and_under_a_broken_header():
    """Every row broken into lines narrower than the table: the header's first line, as wide as
    any line, is not whole where the rows (from a line that begins one to the next) join wider
    and take in most lines; the table's next page, a blank line on, joins its rows to the
    table's width though none of its lines is as wide. Rows marked by a letter or a roman
    numeral ("A", "II") begin a row and never carry one on."""
    text = "\n".join(["No\tSasaran\tKode\tProgram dan Kegiatan\tIndikator Program",
                      "dan Kegiatan\tTarget\tPagu (Rp)",
                      "1\tMeningkatnya tata kelola",
                      "pemerintahan kecamatan\t7.01.01\tProgram Penunjang",
                      "Urusan Pemerintahan\tPersentase layanan",
                      "terpenuhi\t100%\t450.000.000",
                      "2\tMeningkatnya pelayanan\t7.01.02\tProgram Pelayanan",
                      "Publik Kecamatan\tIndeks kepuasan",
                      "masyarakat\t84\t120.000.000",
                      "",
                      "3\tMeningkatnya peran\t7.01.03\tProgram Pemberdayaan",
                      "Masyarakat Desa\tJumlah lembaga",
                      "aktif\t18 lembaga\t64.000.000",
                      "4\tMeningkatnya ketertiban\t7.01.04\tProgram Ketenteraman",
                      "dan Ketertiban Umum\tPersentase gangguan",
                      "yang ditangani\t90%\t75.000.000"])
    found = find_rows(text.split("\n"), 100).cells
    assert found[1] == ["No", "Sasaran", "Kode", "Program dan Kegiatan", "Indikator Program dan Kegiatan", "Target",
                        "Pagu (Rp)"]
    assert found[3] == ["1", "Meningkatnya tata kelola pemerintahan kecamatan", "7.01.01",
                        "Program Penunjang Urusan Pemerintahan", "Persentase layanan terpenuhi", "100%", "450.000.000"]
    assert found[11] == ["3", "Meningkatnya peran", "7.01.03", "Program Pemberdayaan Masyarakat Desa",
                         "Jumlah lembaga aktif", "18 lembaga", "64.000.000"]
    assert sorted(found) == [1, 3, 7, 11, 14]
    text = "\n".join(["No\tTingkat\tUraian\tIndikator\tTarget\tPagu (Rp)",
                      "I\tProgram\tProgram Penunjang",
                      "Urusan Pemerintahan\tPersentase layanan\t100%\t655.000.000",
                      "A\tKegiatan\tAdministrasi Keuangan\tJumlah bulan",
                      "layanan\t12 bulan\t610.000.000",
                      "II\tProgram\tProgram Pelayanan Publik\tIndeks kepuasan\t84\t88.000.000"])
    found = find_rows(text.split("\n"), 100).cells
    assert sorted(found) == [1, 2, 4, 6] and found[4][0] == "A" and found[6][0] == "II"


def test_a_name_finished_on_a_row_of_its_own_is_no_part_of_a_broken_row():
    """Rows broken in their indicator, each name's last line then printed on a row of its own
    (the other cells empty): the broken rows join to the table's width and no further; neither
    the header nor a row takes in the next lines."""
    text = "\n".join(["Uraian\tIndikator\tSatuan\tTarget\tPagu (Rp)",
                      "Sub Kegiatan Evaluasi\tJumlah laporan",
                      "evaluasi kinerja\tlaporan\t4\t42.000.000",
                      "Kinerja Perangkat Daerah\t\t\t\t",
                      "Kegiatan Administrasi Umum\tPersentase layanan",
                      "administrasi umum\t%\t70%\t89.000.000",
                      "Perangkat Daerah\t\t\t\t",
                      "Sub Kegiatan Pengadaan\tJumlah paket",
                      "barang terbeli\tpaket\t3\t25.000.000",
                      "Barang Milik Daerah\t\t\t\t"])
    found = find_rows(text.split("\n"), 100).cells
    assert sorted(found) == [1, 2, 4, 5, 7, 8, 10] and all(len(cells) == 5 for cells in found.values())
    assert found[5] == ["Kegiatan Administrasi Umum", "Persentase layanan administrasi umum", "%", "70%", "89.000.000"]


def test_a_coded_row_broken_before_its_figures_is_one_row_whatever_the_widths():
    """Rows of a table whose widths differ (extraction dropped empty cells) and each broken in
    a cell: no width says which lines join, but a line that opens with a code and holds no
    figure, followed by one that goes on in text and holds the figures, is one row. A header
    line, and a places row that opens with a gap, are never joined to the row below."""
    text = "\n".join(["Kode\tProgram\tIndikator\tTarget\tPagu", "",
                      "7\t01\t01\t2.03\t\tAdministrasi Barang\tJumlah laporan barang",
                      "milik daerah\tKecamatan\t2 laporan\t1.450.000",
                      "7\t01\t01\t2.03\t06\tPenatausahaan Barang\tJumlah laporan",
                      "penatausahaan\t2 laporan\t1.450.000",
                      "", "Uraian\tAnggaran\t\tRata-rata",
                      "\t1\t2\tAnggaran", "Belanja Langsung\t400.000.000\t420.000.000\t4,66"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[3] == ["7", "01", "01", "2.03", "", "Administrasi Barang", "Jumlah laporan barang milik daerah",
                              "Kecamatan", "2 laporan", "1.450.000"]
    assert found.cells[5] == ["7", "01", "01", "2.03", "06", "Penatausahaan Barang", "Jumlah laporan penatausahaan",
                              "2 laporan", "1.450.000"]
    assert [found.cells[k][0] for k in (8, 9, 10)] == ["Uraian", "", "Belanja Langsung"]
    # Without a code: the line below begins in lower case, so it carries on the cell above.
    text = "\n".join(["Tujuan\tSasaran\tProgram\tIndikator\tPagu", "",
                      "\t\tPROGRAM PEMERINTAHAN UMUM\tPersentase fasilitasi",
                      "dan pembinaan\t76.416.000", "\t\tPROGRAM DESA\tJumlah desa",
                      "Desa Binaan\t10.000.000"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[3] == ["", "", "PROGRAM PEMERINTAHAN UMUM", "Persentase fasilitasi dan pembinaan", "76.416.000"]
    assert found.cells[5] == ["", "", "PROGRAM DESA", "Jumlah desa"]  # "Desa Binaan" may begin a row


def test_a_first_or_last_cell_broken_by_a_line_break_leaves_a_line_without_a_tab():
    """The first cell broken: its first line has no tab, and the row begins there; the last
    cell broken: its second line has no tab and ends the row above. Where both rows are text at
    the break, or the line is a heading between two tables set without a blank line, it is
    neither."""
    text = "\n".join(["Uraian\tTarget\tKeterangan",
                      "Belanja Langsung\t400\t-",
                      "Program Penunjang",
                      "Urusan Pemerintahan\t100\tSesuai rencana",
                      "1. Kegiatan\t12\tdilaksanakan oleh",
                      "seksi pemerintahan",
                      "2\t5\t-",
                      "A. Program Pembinaan Desa",
                      "Uraian\tTarget\tKeterangan",
                      "Kegiatan Desa\t4\t-"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells == {1: ["Uraian", "Target", "Keterangan"], 2: ["Belanja Langsung", "400", "-"],
                           3: ["Program Penunjang Urusan Pemerintahan", "100", "Sesuai rencana"],
                           5: ["1. Kegiatan", "12", "dilaksanakan oleh seksi pemerintahan"], 7: ["2", "5", "-"],
                           9: ["Uraian", "Target", "Keterangan"], 10: ["Kegiatan Desa", "4", "-"]}
    assert {4, 6} <= found.inside and 8 not in found.inside


def test_a_name_in_capitals_broken_before_its_row_starts_the_row():
    """A program's name in capitals (a word of it or more) broken at its cell's line break: its
    first line has no tab and is no title, since the row below goes on in capitals and holds
    figures. A line of capitals above a header (words only) is still a title."""
    text = "\n".join(["Uraian\tIndikator\tTarget\tPagu (Rp)",
                      "Kegiatan Fasilitasi Desa\tJumlah desa\t12 desa\t40.000.000",
                      "PROGRAM PEMBERDAYAAN MASYARAKAT",
                      "DESA DAN KELURAHAN\tPersentase lembaga aktif\t86%\t114.000.000",
                      "REKAPITULASI PAGU PROGRAM",
                      "Program\tPagu (Rp)\tKeterangan"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[3] == ["PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "Persentase lembaga aktif",
                              "86%", "114.000.000"]
    assert 5 not in found.inside and found.cells[6][0] == "Program"
    # One word of capitals ("PROGRAM") broken off its name is a first line as well.
    text = "\n".join(["Uraian\tIndikator\tTarget\tPagu (Rp)",
                      "PROGRAM",
                      "KETENTERAMAN UMUM\tPersentase gangguan ditangani\t86%\t69.000.000"])
    assert find_rows(text.split("\n"), 100).cells[2][0] == "PROGRAM KETENTERAMAN UMUM"


def test_a_coded_name_broken_before_its_row_starts_the_row_and_a_section_does_not():
    """A code before its name ("7.01.02 Program ...") on a line without a tab, the row below going
    on in text with figures (or broken itself, the figures a line further): the row's first line,
    not a numbered section; a section's number ("4.2 ...") before a header stays a heading."""
    text = "\n".join(["Program/Kegiatan\tIndikator\tTarget\tPagu (Rp)",
                      "7.01.02 PROGRAM PELAYANAN",
                      "PUBLIK KECAMATAN\tIndeks kepuasan\t84\t120.000.000",
                      "7.01.02.2.02 Pelayanan Administrasi",
                      "Terpadu Kecamatan\tJumlah dokumen",
                      "layanan terbit\t2.500 dokumen\t96.000.000",
                      "4.2 Rekapitulasi",
                      "Program\tPagu (Rp)\tKeterangan"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[2] == ["7.01.02 PROGRAM PELAYANAN PUBLIK KECAMATAN", "Indeks kepuasan", "84", "120.000.000"]
    assert found.cells[4] == ["7.01.02.2.02 Pelayanan Administrasi Terpadu Kecamatan", "Jumlah dokumen layanan terbit",
                              "2.500 dokumen", "96.000.000"]
    assert 7 not in found.inside and found.cells[8][0] == "Program"
    # A code alone on its line; a name in capitals whose last line is a row of its own.
    text = "\n".join(["Program/Kegiatan\tIndikator\tTarget\tPagu (Rp)",
                      "7.01.02",
                      "PROGRAM PELAYANAN\tIndeks kepuasan",
                      "masyarakat\t84\t120.000.000",
                      "UMUM DAN",
                      "PUBLIK KECAMATAN\t\t\t"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[2] == ["7.01.02 PROGRAM PELAYANAN", "Indeks kepuasan masyarakat", "84", "120.000.000"]
    assert found.cells[5] == ["UMUM DAN PUBLIK KECAMATAN", "", "", ""]
    # A first line (capitals, or text under a header) before a row broken again, its figures
    # two lines further on.
    text = "\n".join(["Sasaran\tIndikator\tTarget\tPagu (Rp)\tKeterangan",
                      "\t\tTarget\tRp\t",
                      "Meningkatnya tata kelola",
                      "pemerintahan kecamatan\tPersentase layanan",
                      "terpenuhi\t100%\t450.000.000\t",
                      "PROGRAM PEMBERDAYAAN",
                      "MASYARAKAT DESA\tJumlah lembaga",
                      "aktif\t18 lembaga\t64.000.000\t"])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[3] == ["Meningkatnya tata kelola pemerintahan kecamatan", "Persentase layanan terpenuhi",
                              "100%", "450.000.000", ""]
    assert found.cells[6] == ["PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Jumlah lembaga aktif", "18 lembaga",
                              "64.000.000", ""]


def test_markdown_rows_drop_the_rule_and_keep_escaped_pipes():
    text = "Tabel 1\n| No | Uraian | Nilai |\n|---|:---:|---|\n| 1 | a \\| b |  |\n| 2 | c | 7 |"
    found = find_rows(text.split("\n"), 100)
    assert found.cells == {2: ["No", "Uraian", "Nilai"], 4: ["1", "a | b", ""], 5: ["2", "c", "7"]}
    assert 3 in found.inside and 3 not in found.cells


def test_html_tables_give_their_rows_with_spans_as_empty_cells():
    """An HTML table (pandoc's for a DOCX table with merged cells): each row at its `<tr>` line,
    a cell spanning columns followed by empty cells, one spanning rows leaving its column empty
    below, a line break inside a cell a space, entities undone; every line of it is the table's."""
    lines = ["Tabel 2.1", "<table>", "<thead>",
             '<tr><th rowspan="2">No</th><th rowspan="2">Indikator</th><th colspan="2">Target</th></tr>',
             "<tr><th>2025</th><th>2026</th></tr>", "</thead>", "<tbody>",
             "<tr>", "<td>1</td>", "<td>Sarana &amp; prasarana<br/>kantor</td>", "<td>80</td>", "<td>85</td>", "</tr>",
             "<tr><td>2</td><td>Indeks kepuasan</td><td>82</td><td>83</td></tr><tr><td>3</td><td>Rapat</td>"
             "<td>12</td><td>12</td></tr>",
             "", "</tbody>", "</table>", "Sumber: data kecamatan"]
    rows = find_rows(lines, 50)
    assert rows.cells == {4: ["No", "Indikator", "Target", ""], 5: ["", "", "2025", "2026"],
                          8: ["1", "Sarana & prasarana kantor", "80", "85"],
                          14: ["2", "Indeks kepuasan", "82", "83"], 15: ["3", "Rapat", "12", "12"]}
    assert set(range(2, 18)) <= rows.inside and 1 not in rows.inside and 18 not in rows.inside


def test_space_aligned_rows_join_wrapped_cells_back():
    text = "\n".join([
        "Tabel 2.1 Capaian",
        "",
        "  No   Program              Indikator          Target   Realisasi",
        "  1    Program Pelayanan    Persentase         100%     90%",
        "       Administrasi         layanan tepat",
        "       Kantor               waktu",
        "  2    Program Lain         Jumlah laporan     12       12",
        "",
        "Paragraf sesudah tabel ini ditulis panjang seperti prosa biasa yang mengalir melintasi halaman.",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.cells == {
        3: ["No", "Program", "Indikator", "Target", "Realisasi"],
        4: ["1", "Program Pelayanan Administrasi Kantor", "Persentase layanan tepat waktu", "100%", "90%"],
        7: ["2", "Program Lain", "Jumlah laporan", "12", "12"],
    }
    assert {5, 6} <= found.inside and 9 not in found.inside


def test_a_line_that_would_have_fitted_above_starts_a_row():
    # "Realisasi" would have fitted after "Target" in its column: not a wrapped line, a new row.
    text = "\n".join([
        "  Indikator                Uraian        2021   2022",
        "  Indeks kepuasan          Target        80     82",
        "                           Realisasi     79     83",
    ])
    assert rows_of(text) == {1: ["Indikator", "Uraian", "2021", "2022"],
                             2: ["Indeks kepuasan", "Target", "80", "82"],
                             3: ["", "Realisasi", "79", "83"]}


def test_figures_start_rows_even_where_a_word_would_not_fit():
    text = "\n".join([
        "  Kode    Uraian         Pagu",
        "  1       Kegiatan A     1.250.000",
        "  2       Kegiatan B     2.000.000",
    ])
    assert len(rows_of(text)) == 3


def test_a_merged_header_cell_does_not_hide_the_columns_below_it():
    text = "\n".join([
        "  Uraian       Target dan Realisasi 2022",
        "               Target     Realisasi   Capaian",
        "  Kegiatan A   10         8           80%",
        "  Kegiatan B   5          5           100%",
    ])
    found = rows_of(text)
    assert found[1] == ["Uraian", "Target dan Realisasi 2022", "", ""]
    assert found[3] == ["Kegiatan A", "10", "8", "80%"]


def test_a_header_word_too_long_for_its_column_does_not_merge_it_with_the_next():
    """A header word wider than its column runs over the gap to the next column and pushes the
    rest of its line right; the rows below still show both columns."""
    text = "\n".join([
        "  No  Program/Kegiatan     Indikator        Target",
        "      Urusan/Pemerintahan/Daerah              2027",
        "  1   Program Pelayanan    Jumlah laporan   12 laporan",
        "  2   Program Lain         Persentase       90%",
        "      Kantor               layanan",
    ])
    found = rows_of(text)
    assert found[1] == ["No", "Program/Kegiatan Urusan/Pemerintahan/Daerah", "Indikator", "Target 2027"]
    assert found[3] == ["1", "Program Pelayanan", "Jumlah laporan", "12 laporan"]
    assert found[4] == ["2", "Program Lain Kantor", "Persentase layanan", "90%"]


def test_a_formula_wrapped_at_its_operator_goes_on_with_the_figure_below():
    """"(... / ...) x" over "100%" in a formula column: the figure ends the formula, it starts
    no row."""
    text = "\n".join([
        "  No  Indikator           Formulasi                 Satuan  2027",
        "  1   Persentase layanan  (Jumlah layanan tepat     %       88",
        "      tepat waktu         waktu / Jumlah seluruh",
        "                          layanan yang diterima) x",
        "                          100%",
        "  2   Indeks kepuasan     Nilai rata-rata x 25      indeks  81",
    ])
    found = rows_of(text)
    assert found[2] == ["1", "Persentase layanan tepat waktu",
                        "(Jumlah layanan tepat waktu / Jumlah seluruh layanan yang diterima) x 100%", "%", "88"]
    assert sorted(found) == [1, 2, 6]


def test_the_first_numbered_row_under_a_header_is_a_row_not_the_header_wrapped():
    # "1." under "NO." and "4" under "JUMLAH (ORANG)" would not have fitted in their header cells,
    # but a header is words, and a number in the first column begins the table's first row.
    text = "\n".join([
        "  NO.   GOLONGAN   JUMLAH (ORANG)   KET",
        "  1.    IV         4",
        "  2.    III        9",
        "  3.    II         3",
        "        JUMLAH     16",
    ])
    assert rows_of(text) == {1: ["NO.", "GOLONGAN", "JUMLAH (ORANG)", "KET"], 2: ["1.", "IV", "4", ""],
                             3: ["2.", "III", "9", ""], 4: ["3.", "II", "3", ""], 5: ["", "JUMLAH", "16", ""]}


def test_rows_counted_by_their_numbers_not_by_a_figure_wrapped_in_another_cell():
    from checker.readers.totals import read_row_count
    lines = [(10, ["No.", "Nama", "Alamat"]), (11, ["1.", "Usaha Maju", "Jl. Mawar 2"]),
             (12, ["2.", "Usaha Jaya", "Jl. Melati, Sukamaju 453"]), (13, ["", "", "61"]),  # its postcode wrapped
             (14, ["3.", "Usaha Baru", "Jl. Kenanga"])]
    lead = [(8, "Kecamatan Sukamaju memiliki 4 BUMDes, dengan rincian sebagai berikut:")]
    counted = read_row_count("", 10, lines, lead, "Daftar BUMDes Kecamatan Sukamaju")
    assert counted is not None and counted.rows == 3 and counted.announced.value == 4


def test_prose_and_lists_are_not_tables():
    text = "\n".join([
        "Kecamatan ini memiliki sembilan desa dengan rincian sebagai berikut:",
        "1. Desa Pertama",
        "2. Desa Kedua",
        "Jalan  Raya  Nomor 1",
    ])
    assert rows_of(text) == {}


def test_look_alike_letters_and_compatibility_forms_become_plain_latin():
    # Cyrillic А, В and Е, the single-character numeral Ⅱ and a no-break space.
    assert normalise_text("ВАВ Ⅱ\u00a0GАMBАRАN PЕLАYАNАN") == "BAB II GAMBARAN PELAYANAN"
    assert normalise_text("plain ascii\tstays") == "plain ascii\tstays"


def test_characters_that_print_nothing_are_taken_out():
    # A zero-width space after a figure, a soft hyphen in a word, a byte-order mark, a direction mark.
    assert normalise_text("\ufeffPember\u00addayaan\t480.000.000\u200b\t\u200eBAB I") == \
        "Pemberdayaan\t480.000.000\tBAB I"


def test_what_a_markdown_converter_writes_is_undone_and_a_cell_keeps_its_escaped_pipe(tmp_path):
    """`<br>` inside a cell, entities and backslash escapes, as DOCX-to-Markdown converters write
    them: the cells read as their text ("24 kali" a count, not "24<br>kali"), a chapter numbered
    "II\\." is a chapter, and "\\|" is still a pipe inside its cell."""
    from checker.config import Limits
    from checker.readers.normalise import unmark
    from checker.readers.text import TextReader
    assert unmark("Indeks &amp; nilai<br/>kepuasan&nbsp;masyarakat") == "Indeks & nilai kepuasan\u00a0masyarakat"
    assert unmark("I\\. PENDAHULUAN \\*catatan\\* a \\| b R&D") == "I. PENDAHULUAN *catatan* a \\| b R&D"
    prose = [f"Paragraf {k} yang menguraikan isi bab ini dengan panjang." for k in range(10)]
    text = "\n".join(["RENCANA KERJA KECAMATAN CONTOH TAHUN 2026", "", "I\\. PENDAHULUAN", *prose, "",
                      "II\\. HASIL EVALUASI RENJA", *prose, "", "III\\. TUJUAN DAN SASARAN", *prose, "",
                      "| Kode | Program/Kegiatan | Indikator | Target<br>2026 | Pagu<br>2026 (Rp) |", "|---|---|---|---|---|",
                      "| 7.01.02.2.01 | Koordinasi \\| Rapat | Jumlah rapat<br>koordinasi | 24<br>kali | 55.000.000 |"])
    plan = TextReader(text, Limits()).read()
    assert [c.number for c in plan.chapters] == [1, 2, 3]
    node = plan.tables[0].roots[0]
    assert (node.name, node.indicators[0].name, node.indicators[0].targets["2026"].raw) == (
        "Koordinasi | Rapat", "Jumlah rapat koordinasi", "24 kali")


def test_a_row_short_of_a_cell_goes_back_under_its_columns_when_the_kinds_say_where():
    from checker.readers.align import realign
    full = [(2, ["1", "Kegiatan A", "12 Laporan", "", "1.250.000"]),
            (3, ["2", "Kegiatan B", "4 Dokumen", "", "2.000.000"]),
            (4, ["3", "Kegiatan C", "6 Laporan", "Catatan", "500.000"])]
    short = (5, ["4", "Kegiatan D", "2 Laporan", "750.000"])  # the empty note cell was dropped
    rows, unsure = realign([(1, ["No", "Uraian", "Target", "Ket", "Pagu"])] + full + [short], {})
    assert rows[-1] == (5, ["4", "Kegiatan D", "2 Laporan", "", "750.000"]) and not unsure
    assert rows[0] == (1, ["No", "Uraian", "Target", "Ket", "Pagu"])


def test_a_row_number_stays_in_the_numbering_column_when_the_cell_lost_is_further_on():
    from checker.readers.align import realign
    # The full rows leave the number and goal columns empty (sub rows): nothing in them tells
    # whether the row's number stands in the first column or the second; it numbers the rows.
    head = (1, ["No", "Tujuan", "Kode", "Program/Kegiatan", "Target", "Pagu"])
    full = [(3, ["", "", "7.01.01.2.01", "Perencanaan", "4 Dok", "3.000.000"]),
            (4, ["", "", "7.01.01.2.02", "Keuangan", "12 Lap", "6.000.000"]),
            (5, ["", "", "7.01.01.2.03", "Umum", "2 Keg", "1.000.000"])]
    short = (2, ["1", "Meningkatnya layanan", "Program Penunjang", "100%", "10.000.000"])  # no code: dropped
    rows, unsure = realign([head, short, *full], {})
    laid = rows[1][1]
    assert (laid[0], laid[4:]) == ("1", ["100%", "10.000.000"]) and not unsure


def test_a_row_number_before_a_code_does_not_make_a_short_row_unsure():
    """Goal columns left empty, a No column that only the programs' rows fill: a program's row
    that lost an empty goal cell has its number under the lost cell or under No, and nothing in
    the full rows says which. It numbers the row either way; its code and figures are sure, so
    the row is laid out (it was left unsure, and a table in thousands then read none of its pagu)."""
    from checker.readers.align import realign
    head = (1, ["Tujuan", "Sasaran", "No", "Kode", "Program/Kegiatan", "Target", "Rp (000)"])
    full = [(2, ["", "", "1", "7.01.01", "PROGRAM PENUNJANG", "80,00", "171.000"]),
            (3, ["", "", "", "7.01.01.2.01", "Perencanaan", "4", "60.000"]),
            (4, ["", "", "", "7.01.01.2.02", "Keuangan", "12", "111.000"]),
            (6, ["", "", "", "7.01.02.2.01", "Koordinasi", "6", "31.000"])]
    short = (5, ["", "2", "7.01.02", "PROGRAM PELAYANAN PUBLIK", "84,00", "31.000"])  # a goal cell lost
    rows, unsure = realign([head, *full[:3], short, full[3]], {})
    assert rows[4] == (5, ["", "", "2", "7.01.02", "PROGRAM PELAYANAN PUBLIK", "84,00", "31.000"]) and not unsure


def test_a_code_printed_in_columns_is_laid_back_by_the_form_each_level_has():
    """A kegiatan row of a code printed in five columns lost its empty sub kegiatan cell: its
    "2.01" could stand under Kegiatan or under Sub Kegiatan by its kind alone (both columns are
    sometimes empty). The forms down the columns ("2.01" under Kegiatan, "0001" under Sub
    Kegiatan) say where, so the row is read, not left unsure."""
    from checker.readers.align import realign
    head = (1, ["U", "B", "P", "K", "SK", "Uraian", "Target 2027", "Pagu 2027 (Rp)"])
    full = [(2, ["7", "01", "02", "", "", "PROGRAM A", "90%", "40.000.000"]),
            (3, ["7", "01", "02", "2.01", "0001", "Sub A", "4 laporan", "25.000.000"]),
            (4, ["7", "01", "02", "2.01", "0002", "Sub B", "2 laporan", "15.000.000"]),
            (5, ["7", "01", "03", "", "", "PROGRAM B", "80%", "10.000.000"]),
            (6, ["7", "01", "03", "2.02", "", "Kegiatan C", "85%", "10.000.000"]),
            (7, ["7", "01", "03", "2.02", "0003", "Sub C", "6 desa", "10.000.000"]),
            (9, ["7", "01", "04", "", "", "PROGRAM D", "70%", "5.000.000"])]
    short = (8, ["7", "01", "02", "2.01", "Kegiatan A", "95%", "40.000.000"])
    rows, unsure = realign([head, *full, short], {})
    assert rows[-1] == (8, ["7", "01", "02", "2.01", "", "Kegiatan A", "95%", "40.000.000"]) and not unsure


def test_a_short_row_whose_words_could_stand_in_two_columns_is_laid_out_by_its_figures():
    from checker.readers.align import realign
    # A label row under a named one: its label could be under Desa or Uraian; its five counts
    # can only be under the five years, and that is what the table kinds read.
    head = (1, ["No", "Desa", "Uraian", "2021", "2022", "2023", "2024", "2025"])
    full = [(2, ["1", "Sukamaju", "Wajib pajak", "420", "421", "423", "424", "426"]),
            (4, ["", "", "Persentase", "78%", "71%", "67%", "70%", "73%"])]
    short = (3, ["", "Lunas", "320", "300", "280", "302", "323"])
    rows, unsure = realign([head, full[0], short, full[1]], {})
    assert rows[2][1][3:] == ["320", "300", "280", "302", "323"] and not unsure


def test_a_header_row_that_lost_an_empty_cell_stands_over_the_figures_again():
    from checker.readers.align import realign
    head = (1, ["No", "Kegiatan", "Anggaran", "", "Realisasi", ""])
    years = (2, ["", "2022", "2023", "2022", "2023"])  # its first empty cell dropped
    full = [(3, ["1", "Kegiatan A", "1.000.000", "2.000.000", "900.000", "1.800.000"]),
            (4, ["2", "Kegiatan B", "3.000.000", "3.000.000", "3.000.000", "2.500.000"])]
    rows, unsure = realign([head, years, *full], {})
    assert rows[1] == (2, ["", "", "2022", "2023", "2022", "2023"]) and rows[0] == head
    # A row numbering the columns says nothing of where figures stand.
    numbers = (3, ["1", "2", "3", "4", "5", "6"])
    rows, _ = realign([head, years, numbers, *[(k + 1, c) for k, c in full]], {})
    assert rows[1] == (2, ["", "", "2022", "2023", "2022", "2023"])


def test_a_header_row_whose_group_lost_its_trailing_cells_keeps_its_labels_over_their_columns():
    """"Kode | Program/Kegiatan | Indikator | Target | Pagu Indikatif (Rp)" over "DAU | DBH |
    Jumlah" at the end: the upper row lost the empty cells its last group spans. Its labels stay
    where they stand (they had been moved two columns right, a name over the targets and the
    pagu over the total: the program read by its DAU alone): its last label is a group over the
    lower row's labels further right."""
    from checker.readers.align import realign
    head = (1, ["Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)"])
    sources = (2, ["", "", "", "", "DAU", "DBH", "Jumlah"])
    full = [(3, ["7.01.05", "PROGRAM DESA", "Persentase desa", "70%", "30.000.000", "20.000.000", "50.000.000"]),
            (4, ["7.01.05.2.01", "Koordinasi", "Jumlah desa", "16 desa", "30.000.000", "20.000.000", "50.000.000"])]
    rows, _ = realign([head, sources, *full], {})
    assert rows[0] == head
    # A row of currency marks below ("Rp0" under every year) names no column: a years row that
    # lost its first empty cell over it is set back as ever.
    head = (1, ["No", "Kegiatan", "Anggaran", "", "Realisasi", ""])
    years = (2, ["", "2022", "2023", "2022", "2023"])
    marks = (3, ["", "", "Rp0", "Rp0", "Rp0", "Rp0"])
    figures = [(4, ["1", "Kegiatan A", "1.000.000", "2.000.000", "900.000", "1.800.000"]),
               (5, ["2", "Kegiatan B", "3.000.000", "3.000.000", "3.000.000", "2.500.000"])]
    rows, _ = realign([head, years, marks, *figures], {})
    assert rows[1] == (2, ["", "", "2022", "2023", "2022", "2023"])


def test_a_misprinted_amount_is_an_amount_and_a_code_is_a_code():
    from checker.readers.align import kind
    assert [kind(c) for c in ("1.3789.651.000", "12.345,00", "7.01.01.2.09", "7.01.01.2 .06", "7.01.01.2.01.0001")] \
        == ["money", "money", "code", "code", "code"]


def test_a_short_row_between_columns_of_one_kind_is_left_as_it_is_and_counted():
    from checker.readers.align import realign
    full = [(k, ["Kegiatan", "1.000.000", "", "2.000.000"]) for k in range(2, 6)] + \
           [(6, ["Kegiatan", "", "3.000.000", "4.000.000"])]
    short = (7, ["Kegiatan", "5.000.000", "6.000.000"])  # which of the two budget years lost its cell?
    rows, unsure = realign([(1, ["Uraian", "2021", "2022", "2023"])] + full + [short], {})
    assert rows[-1] == short and unsure == {7}


@pytest.mark.parametrize("seed", range(10))
def test_justified_prose_is_not_a_table(seed):
    # pdftotext -layout pads justified prose with runs of spaces; the runs do not line up.
    import random
    import textwrap
    words = ("Kecamatan ini memiliki sembilan desa dan kelurahan dengan jumlah penduduk yang terus bertambah "
             "setiap tahun sehingga pelayanan administrasi kependudukan dan perizinan perlu ditingkatkan "
             "melalui koordinasi lintas sektor serta pemanfaatan teknologi informasi yang tepat guna bagi "
             "masyarakat di seluruh wilayah kecamatan sesuai dengan rencana strategis perangkat daerah") * 3
    rng = random.Random(seed)
    lines = []
    for line in textwrap.wrap(words, 70):
        parts = line.split(" ")
        gaps = [1] * (len(parts) - 1)
        for _ in range(78 - len(line)):
            gaps[rng.randrange(len(gaps))] += 1
        lines.append("".join(p + " " * g for p, g in zip(parts, gaps + [0])))
    assert find_rows(lines, 100).cells == {}


def test_a_two_year_header_row_that_lost_a_cell_is_laid_back_over_a_single_row_of_figures():
    from checker.readers.align import realign
    head = (1, ["No", "Sasaran", "Indikator", "Satuan", "Target", ""])
    years = (2, ["", "", "", "2026", "2027"])  # one of its leading empty cells dropped
    row = (3, ["1", "Meningkatnya pelayanan", "Indeks kepuasan", "Indeks", "82", "83"])
    rows, unsure = realign([head, years, row], {})
    assert rows[1] == (2, ["", "", "", "", "2026", "2027"]) and not unsure


def test_the_next_page_set_with_other_widths_is_a_layout_of_its_own_across_the_blank_line():
    # The first and last columns begin where the page above has them; the middle ones two
    # positions earlier: another page's widths, not this page's rows.
    text = "\n".join([
        "  7.01.01.2.01    Penyusunan Laporan     SUKAMAJU    Jumlah laporan        4 laporan",
        "                  Keuangan                           disusun",
        "  7.01.01.2.02    Pengadaan Alat         SUKAMAJU    Jumlah alat           2 unit",
        "  7.01.01.2.03    Pemeliharaan Gedung    SUKAMAJU    Jumlah gedung         1 unit",
        "",
        "  7.01.01.2.04    Penyediaan Jasa      SUKAMAJU    Jumlah bulan layanan    12 bulan",
        "                  Kantor Kecamatan                 terpenuhi",
        "  7.01.01.2.05    Penyediaan Bahan     SUKAMAJU    Jumlah paket            6 paket",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.layout[1] != found.layout[6]
    assert found.cells[6] == ["7.01.01.2.04", "Penyediaan Jasa Kantor Kecamatan", "SUKAMAJU",
                              "Jumlah bulan layanan terpenuhi", "12 bulan"]
    assert found.cells[1][1] == "Penyusunan Laporan Keuangan" and len(found.cells[1]) == 5


def test_a_page_that_carries_two_rows_of_figures_over_is_a_layout_and_two_lines_of_prose_are_not():
    """A table's last two rows on the next page, set with that page's widths: two lines of
    figures are a table's rows (they had been taken for prose, and a falling target in them went
    unread); two lines of justified prose, wide gaps and all, are not."""
    rows = ["  4   Program Pemberdayaan Masyarakat     Persentase desa mandiri     %      40   10   25   20   40",
            "      Desa dan Kelurahan",
            "  5   Program Ketenteraman dan            Jumlah patroli ketertiban   kali   48   12   24   36   48",
            "      Ketertiban Umum"]
    found = find_rows(["Rencana Aksi Kecamatan Sukamaju Tahun 2027", *rows], 100)
    assert found.cells[2] == ["4", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "Persentase desa mandiri",
                              "%", "40", "10", "25", "20", "40"]
    prose = ["Kecamatan  menyusun  rencana  aksi  setiap  tahun  sebagai  penjabaran  perjanjian  kinerja",
             "yang  memuat  target  triwulan  dan  langkah  yang  ditempuh  untuk  mencapai  sasaran."]
    assert not find_rows(prose, 100).cells


def test_a_last_columns_wrapped_line_wider_than_its_first_is_the_same_cell():
    """A criteria table whose last cell wraps "Kurang dari 10%" / "kemungkinan terjadi": the
    second line is longer than any text above it in that column (the first line was short by the
    word that went on), yet the same cell; the table is one from its header down (its header and
    first row had been left behind as prose). A range in words ("10% sampai 30%") is one cell."""
    from checker.readers.text import _run_together
    rows = ["Skala  Kemungkinan           Uraian",
            "1      Hampir Tidak Terjadi  Kurang dari 10%",
            "                             kemungkinan terjadi",
            "2      Jarang                10% sampai 30%",
            "3      Kadang-kadang         30% sampai 50%"]
    found = find_rows(rows, 100)
    assert [found.cells.get(k) for k in (1, 2, 4)] == [
        ["Skala", "Kemungkinan", "Uraian"], ["1", "Hampir Tidak Terjadi", "Kurang dari 10% kemungkinan terjadi"],
        ["2", "Jarang", "10% sampai 30%"]]
    assert not _run_together("10% sampai 30%") and _run_together("80% 75%")


def test_a_next_page_whose_first_line_happens_to_line_up_is_still_a_layout_of_its_own():
    # After the blank line the first line writes only its name and its amount, both where the
    # page above has them; the lines after it put their indicators elsewhere: other widths.
    text = "\n".join([
        "  Penyusunan Laporan       Jumlah laporan disusun     4.000.000",
        "  Keuangan                 tiap triwulan",
        "  Pengadaan Alat Kantor    Jumlah alat tersedia       2.000.000",
        "  Pemeliharaan Gedung      Jumlah gedung terpelihara  1.000.000",
        "",
        "  Penyediaan Jasa Kantor                              6.000.000",
        "  Pelayanan Umum     Jumlah layanan tepat waktu       3.000.000",
        "  Penyediaan Bahan   Jumlah paket bahan kantor        5.000.000",
        "  Kebutuhan Kantor   tersedia",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.layout[1] != found.layout[6]
    assert found.cells[7] == ["Pelayanan Umum", "Jumlah layanan tepat waktu", "3.000.000"]
    assert found.cells[8] == ["Penyediaan Bahan Kebutuhan Kantor", "Jumlah paket bahan kantor tersedia", "5.000.000"]


def test_a_year_in_brackets_wrapped_from_a_header_cell_is_the_header_not_a_row():
    text = "\n".join([
        "  No   Indikator          Kondisi awal   2026   2027   Kondisi akhir",
        "                          periode                      periode",
        "                          (2025)                       (2030)",
        "  1    Indeks kepuasan    80             82     84     90",
        "  2    Persentase desa    70             75     80     95",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[1] == ["No", "Indikator", "Kondisi awal periode (2025)", "2026", "2027",
                              "Kondisi akhir periode (2030)"]
    assert sorted(found.cells) == [1, 4, 5]


def test_across_a_blank_line_a_column_one_position_off_is_another_page():
    # Within a page a stretch one position off a column's edge is still that column; after a
    # blank line, where the next page may be set with other widths, only the same edges are.
    text = "\n".join([
        "  7.01.01.2.01    Penyusunan Laporan    Jumlah laporan disusun     4.000.000",
        "                  Keuangan              tiap triwulan",
        "  7.01.01.2.02    Pengadaan Alat        Jumlah alat tersedia       2.000.000",
        "",
        "  7.01.01.2.03    Penyediaan Jasa        Jumlah bulan layanan      6.000.000",
        "                  Kantor                 terpenuhi",
        "  7.01.01.2.04    Pelayanan Umum         Jumlah layanan            3.000.000",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.layout[1] != found.layout[5]
    assert found.cells[5] == ["7.01.01.2.03", "Penyediaan Jasa Kantor", "Jumlah bulan layanan terpenuhi", "6.000.000"]


def test_a_program_name_wrapped_alone_under_the_header_is_a_row_not_the_header():
    # The header's lines write five columns; the lines after it write the name column alone,
    # four of them: a program's name, wrapped in its narrow column, not the header's label
    # ("Program" would not have fitted after "Kegiatan OPD" either).
    text = "\n".join([
        "  No   Program dan         Anggaran       Realisasi      Persentase",
        "       Kegiatan OPD        Tahun 2026     Tahun 2026     Realisasi",
        "       Program Manajemen",
        "       Administrasi",
        "       Perkantoran",
        "       Kecamatan",
        "  1    Jasa Kantor         10.000.000     9.000.000      90%",
        "  2    Alat Tulis          5.000.000      5.000.000      100%",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[1] == ["No", "Program dan Kegiatan OPD", "Anggaran Tahun 2026", "Realisasi Tahun 2026",
                              "Persentase Realisasi"]
    assert found.cells[3] == ["", "Program Manajemen Administrasi Perkantoran Kecamatan", "", "", ""]


def test_a_header_label_wrapped_a_line_past_the_others_stays_the_header():
    # One header label wraps a line further than the others: it is still the header's.
    text = "\n".join([
        "  No   Program dan   Target   Realisasi",
        "       Kegiatan      2026     2026",
        "       Prioritas",
        "  1    Jasa Kantor   12       12",
        "  2    Alat Tulis    4        3",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.cells[1][1] == "Program dan Kegiatan Prioritas" and sorted(found.cells) == [1, 4, 5]


def test_a_figure_or_a_code_broken_onto_the_next_line_of_its_cell_is_one_value():
    # A column too narrow for an amount or a code breaks it where the line runs out; the pieces
    # join into one well-formed value that the first alone is not. A next row's own code and
    # amount (under complete ones) start a row.
    text = "\n".join([
        "  Kode          Uraian        Tgt      Pagu",
        "  7.01.01.2.0   Penyusunan    2        2.760.00",
        "  1.01          dokumen       doku     0",
        "                perencanaan   men",
        "  7.01.01.2.    Evaluasi      6        42.520",
        "  07            kinerja                .000",
        "  7.01.01.2.08  Jasa kantor   1        5.000.000",
        "  7.01.01.2.09  Pemeliharaan  3        5.000",
        "  7.01.01.2.10  Rapat         100,     1.000",
        "                              00",
        "  7.01.01.      Penyediaan    4        2.000",
        "  2 .11         jasa",
    ])
    cells = rows_of(text)
    assert sorted(cells) == [1, 2, 5, 7, 8, 9, 11]   # the header and six rows
    assert cells[2] == ["7.01.01.2.01.01", "Penyusunan dokumen perencanaan", "2 dokumen", "2.760.000"]
    assert cells[5] == ["7.01.01.2.07", "Evaluasi kinerja", "6", "42.520.000"]
    assert cells[9][2] == "100,00"   # a figure's line that ends with its separator goes on
    assert cells[11][:2] == ["7.01.01.2 .11", "Penyediaan jasa"]   # so does a code's


def test_a_form_feed_between_pages_is_not_a_line():
    from checker.readers.text import _lines
    assert _lines("a\r\nb\x0cc\n\x0cd\n") == ["a", "b" + "c", "d"]


def test_a_word_that_seems_to_fit_by_a_character_or_two_was_still_wrapped():
    # Laid out from a page's proportional letters, a column's widest text is a character or two
    # off: "sub" seems to fit after "Prosentase" in a column 14 wide, but the page wrapped it.
    text = "\n".join([
        "  Kode     Indikator       Target",
        "  7.01.01  Prosentase      100 %",
        "           sub kegiatan",
        "           dilaksanakan",
        "  7.01.02  Jumlah dokumen  4",
    ])
    assert rows_of(text) == {1: ["Kode", "Indikator", "Target"],
                             2: ["7.01.01", "Prosentase sub kegiatan dilaksanakan", "100 %"],
                             5: ["7.01.02", "Jumlah dokumen", "4"]}


def test_a_header_cell_goes_on_under_a_line_its_column_left_blank():
    # pdftotext sets each cell's lines at their own heights: "Kondisi" and "pada Akhir" are one
    # label with a line between them that writes only the other columns.
    text = "\n".join([
        "  Kode    Program      Kondisi      Unit Kerja",
        "          dan                       Penanggung",
        "          Kegiatan     pada Akhir   Jawab",
        "  7.01    PROGRAM A    100%         Sekretariat",
        "  7.02    PROGRAM B    90%          Sekretariat",
    ])
    assert rows_of(text) == {1: ["Kode", "Program dan Kegiatan", "Kondisi pada Akhir", "Unit Kerja Penanggung Jawab"],
                             4: ["7.01", "PROGRAM A", "100%", "Sekretariat"],
                             5: ["7.02", "PROGRAM B", "90%", "Sekretariat"]}


def test_a_header_label_wrapped_alone_over_lines_that_begin_lower_case_goes_on():
    # Three lines that write one column alone under a header can be a program's name under it;
    # "dan ..." begins no name: it is the label above going on.
    text = "\n".join([
        "  No   Indikator    Target   Realisasi",
        "       Kinerja      (%)      (%)",
        "       dan",
        "       Kegiatan",
        "       (output)",
        "  1    Jumlah desa  10       9",
        "  2    Jumlah RT    20       20",
    ])
    assert rows_of(text) == {1: ["No", "Indikator Kinerja dan Kegiatan (output)", "Target (%)", "Realisasi (%)"],
                             6: ["1", "Jumlah desa", "10", "9"], 7: ["2", "Jumlah RT", "20", "20"]}


def test_a_page_that_begins_with_a_row_of_figures_has_no_header_to_wrap_past():
    # A page of a table goes on without its header: its first row is a body row, so the
    # indicator's lines written alone in its column ("Pembinaan" ...) go on its cell, as they
    # would on any other row.
    text = "\n".join([
        "  Pelayanan Umum     Pemutahiran data     1 keg    39.445.000",
        "  Kecamatan          miskin dan",
        "                     Pembinaan",
        "                     Kepemudaan",
        "                     Karang Taruna",
        "  Pengaduan Warga    Jumlah aduan         2 keg    12.000.000",
        "  Ketertiban         Jumlah patroli       4 keg    20.000.000",
    ])
    assert rows_of(text) == {
        1: ["Pelayanan Umum Kecamatan", "Pemutahiran data miskin dan Pembinaan Kepemudaan Karang Taruna", "1 keg",
            "39.445.000"],
        6: ["Pengaduan Warga", "Jumlah aduan", "2 keg", "12.000.000"],
        7: ["Ketertiban", "Jumlah patroli", "4 keg", "20.000.000"]}


def test_a_figure_goes_on_only_on_the_line_right_under_it():
    # "0" under "78,29" could be the end of a figure the column broke, but only on the next
    # line: two lines of a wrapped name lie between them, so "0" is the next row's.
    text = "\n".join([
        "  Indikator               Satuan    Kondisi Awal   Target",
        "  Persentase Indeks       Persen    78,29          80,54",
        "  Kepuasan Masyarakat",
        "  (IKM) Kecamatan",
        "  Desa Tertinggal         Jumlah    0              0",
        "  Desa Berkembang         Jumlah    5              12",
    ])
    assert rows_of(text) == {1: ["Indikator", "Satuan", "Kondisi Awal", "Target"],
                             2: ["Persentase Indeks Kepuasan Masyarakat (IKM) Kecamatan", "Persen", "78,29", "80,54"],
                             5: ["Desa Tertinggal", "Jumlah", "0", "0"], 6: ["Desa Berkembang", "Jumlah", "5", "12"]}


def test_set_at_the_foot_a_cell_does_not_take_words_a_blank_line_parts_from_it():
    # The program's name went on on a line of its own in the spreadsheet ("PEMERINTAHAN ...").
    # Set at the foot, those lines stand above the kegiatan's name with a line blank in that
    # column between: a wrapped cell's lines follow each other, so they are a row of their own.
    lines = [
        "Kode           Program/Kegiatan           Indikator Kinerja          Target   Pagu (Rp)",
        "                                          Persentase layanan",
        "                                          penunjang urusan",
        "                                          pemerintahan yang",
        "     7.01.01   PROGRAM PENUNJANG URUSAN   terpenuhi                    100%   1.000.000",
        "               PEMERINTAHAN DAERAH",
        "               KABUPATEN/KOTA",
        "                                          Persentase layanan",
        "               Administrasi Keuangan      administrasi keuangan",
        "7.01.01.2.01   Perangkat Daerah           yang tertib                   90%     600.000",
        "7.01.01.2.02   Administrasi Umum          Jumlah laporan                 12     400.000",
        "7.01.01.2.03   Perencanaan                Jumlah dokumen                  4     250.000",
    ]
    rows = rows_of("\n".join(lines))
    assert rows[6] == ["", "PEMERINTAHAN DAERAH KABUPATEN/KOTA", "", "", ""]
    assert rows[8] == ["7.01.01.2.01", "Administrasi Keuangan Perangkat Daerah",
                       "Persentase layanan administrasi keuangan yang tertib", "90%", "600.000"]


def test_set_at_the_foot_words_that_end_above_a_row_and_after_the_last_one_are_rows_of_their_own():
    # A spreadsheet whose names went on on lines of their own, set at the foot of each row:
    # "PEMERINTAHAN DAERAH ..." ends above the second indicator's row (set at its foot, a cell
    # ends on its row's last line), and "Gaji dan Tunjangan ASN" follows the last row's figures.
    lines = [
        "Kode           Program/Kegiatan           Indikator Kinerja          Target   Pagu (Rp)",
        "                                          Persentase layanan",
        "                                          penunjang urusan",
        "                                          pemerintahan yang",
        "     7.01.01   PROGRAM PENUNJANG URUSAN   terpenuhi                    100%   1.000.000",
        "               PEMERINTAHAN DAERAH",
        "               KABUPATEN/KOTA",
        "                                          Indeks kepuasan",
        "                                          masyarakat terhadap",
        "                                          layanan                        80",
        "                                          Persentase layanan",
        "               Administrasi Keuangan      administrasi keuangan",
        "7.01.01.2.01   Perangkat Daerah           yang tertib                   90%     600.000",
        "7.01.01.2.02   Administrasi Umum          Jumlah laporan                 12     150.000",
        "                                          Jumlah ASN yang menerima",
        "7.01.01.2.03   Sub Kegiatan Penyediaan    gaji                            2     250.000",
        "               Gaji dan Tunjangan ASN",
    ]
    rows = rows_of("\n".join(lines))
    assert rows[2] == ["7.01.01", "PROGRAM PENUNJANG URUSAN",
                       "Persentase layanan penunjang urusan pemerintahan yang terpenuhi", "100%", "1.000.000"]
    assert rows[6] == ["", "PEMERINTAHAN DAERAH KABUPATEN/KOTA", "", "", ""]
    assert rows[8] == ["", "", "Indeks kepuasan masyarakat terhadap layanan", "80", ""]
    assert rows[15] == ["7.01.01.2.03", "Sub Kegiatan Penyediaan", "Jumlah ASN yang menerima gaji", "2", "250.000"]
    assert rows[17] == ["", "Gaji dan Tunjangan ASN", "", "", ""]


def test_a_header_label_set_higher_than_its_neighbours_keeps_the_header_with_its_body():
    # Set at the foot, the end-of-period label wraps over one line more than the years beside it:
    # its first line stands alone, right of all the header above has written. The header goes
    # on across it, so the body is read under its labels, not as a table without a header.
    lines = [
        "Tabel 6.1 Rencana Program dan Pendanaan",
        "               Program/Kegiatan/Sub                                  Target Kinerja dan"
        + " " * 91 + "Unit Kerja Penanggung",
        "Kode           Kegiatan                   Indikator Kinerja          Kerangka Pendanaan"
        + " " * 91 + "Jawab",
        "                                                                                         "
        "                                                 Kondisi Kinerja pada",
        "                                                                     Tahun 2027          "
        "                     Tahun 2028                 Akhir Periode",
        "                                                                     Target              "
        "                Rp   Target                Rp   Target                              Rp",
        "                                          Persentase layanan",
        "     7.01.01   Program Penunjang Urusan   penunjang yang terpenuhi                        80%"
        "   100.000.000          85%   120.000.000                        85%   220.000.000   Sekretariat",
        "                                          Persentase dokumen",
        "7.01.01.2.01   Perencanaan                perencanaan tepat waktu                         90%"
        "    60.000.000          95%    70.000.000                        95%   130.000.000   Sekretariat",
    ]
    rows = rows_of("\n".join(lines))
    assert rows[4] == ["", "", "", "Tahun 2027", "", "Tahun 2028", "", "Kondisi Kinerja pada Akhir Periode", "", ""]
    assert rows[6] == ["", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp", ""]
    assert rows[7][:3] == ["7.01.01", "Program Penunjang Urusan", "Persentase layanan penunjang yang terpenuhi"]


def test_a_unit_wrapped_at_its_bracket_ends_the_header_not_begins_the_body():
    # "(Rp 000)" broke after "(Rp": "000)" on the header's last line is the unit's end, no
    # amount, so the header's lines are one header row set at its foot.
    lines = [
        "               Program/Kegiatan/Sub                                                Pagu Indikatif 2027 (Rp",
        "Kode           Kegiatan                   Indikator Kinerja          Target 2027   000)",
        "                                          Persentase layanan",
        "     7.01.01   Program Penunjang Urusan   penunjang yang terpenuhi           80%                    100.000",
        "                                          Persentase dokumen",
        "7.01.01.2.01   Perencanaan                perencanaan tepat waktu            90%                     60.000",
    ]
    rows = rows_of("\n".join(lines))
    assert rows[1] == ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2027",
                       "Pagu Indikatif 2027 (Rp 000)"]
    assert rows[3] == ["7.01.01", "Program Penunjang Urusan", "Persentase layanan penunjang yang terpenuhi", "80%",
                       "100.000"]


def test_a_line_of_capitals_wraps_where_as_many_small_letters_would_fit():
    # "PROGRAM PENUNJANG" has as many characters as the column's widest line, but capitals are
    # printed wider: the page wrapped it, so "PENUNJANG" goes on the program's name.
    text = "\n".join([
        "  Kode      Program/Kegiatan        Pagu",
        "  7.01      PROGRAM                 1.000.000",
        "            PENUNJANG",
        "  7.01.2    Perencanaan Kinerja     400.000",
        "  7.01.3    Evaluasi                600.000",
    ])
    assert rows_of(text)[2] == ["7.01", "PROGRAM PENUNJANG", "1.000.000"]


def test_grid_tables_join_each_rows_lines_into_its_cells():
    # pandoc prints a DOCX table whose cells hold several lines as a grid table
    text = "\n".join([
        "+---------+--------------------+-------------+",
        "| Kode    | Program/Kegiatan   | Pagu 2026   |",
        "+=========+====================+=============+",
        "| 7.01.01 | PROGRAM PENUNJANG  | 100.000.000 |",
        "|         | URUSAN             |             |",
        "+---------+--------------------+-------------+",
        "| 7.01.02 | PROGRAM PELAYANAN  | 50.000.000  |",
        "+---------+--------------------+-------------+",
    ])
    found = find_rows(text.split("\n"), 100)
    assert found.cells == {2: ["Kode", "Program/Kegiatan", "Pagu 2026"],
                           4: ["7.01.01", "PROGRAM PENUNJANG URUSAN", "100.000.000"],
                           7: ["7.01.02", "PROGRAM PELAYANAN", "50.000.000"]}
    assert {1, 3, 5, 6, 8} <= found.inside


def test_a_word_wrapped_at_its_hyphen_is_joined_without_a_space():
    text = "\n".join([
        "  No   Kegiatan                 Pagu",
        "  1    Penyediaan Peraturan     1.530.000",
        "       Perundang-",
        "       undangan",
        "  2    Penyediaan Alat Tulis    2.000.000",
        "  3    Penyediaan Jamuan        3.000.000",
    ])
    assert rows_of(text)[2] == ["1", "Penyediaan Peraturan Perundang-undangan", "1.530.000"]


def test_a_cell_too_long_for_its_column_that_pushed_the_next_one_right_keeps_the_columns():
    """One name two characters wider than its column, the location after it pushed two places
    right: the two columns stay two (they had been one for the whole table, every location read
    into the names and the table's cells a column off)."""
    def line(*cells):  # cells at 0, 15, 40, 56, 75 and 85, a cell too long pushing the next one
        out = ""
        for at, text in zip((0, 15, 40, 56, 75, 85), cells):
            out = (out + " " * max(at - len(out), 2 if out and text else 0)) + text
        return out.rstrip()
    lines = [line("Kode", "Sub Kegiatan", "Lokasi", "Indikator", "Target", "Pagu"),
             line("7.01.01.2.09", "Pemeliharaan Barang", "Kec. Sukamaju", "Jumlah barang", "12 unit", "88.502.000"),
             line("7.01.01.2.09.", "Pemeliharaan/Rehabilitasi", "Kec. Sukamaju", "Jumlah gedung", "3 unit",
                  "14.600.000"),
             line("", "Gedung Kantor", "", "dipelihara"),
             line("7.01.01.2.09.", "Pemeliharaan Peralatan", "Kec. Sukamaju", "Jumlah peralatan", "7 unit",
                  "1.120.000")]
    assert lines[2].index("Kec.") == 42 and lines[1].index("Kec.") == 40
    rows = find_rows(lines, 100).cells
    assert rows[3] == ["7.01.01.2.09.", "Pemeliharaan/Rehabilitasi Gedung Kantor", "Kec. Sukamaju",
                       "Jumlah gedung dipelihara", "3 unit", "14.600.000"]
    assert rows[1] == ["Kode", "Sub Kegiatan", "Lokasi", "Indikator", "Target", "Pagu"]


def test_a_headers_year_wrapped_onto_a_line_of_its_own_goes_on_the_header_cell():
    """"Target Capaian (Renstra) Tahun" over "2030", with other header cells wrapped on the same
    lines: the year is the end of its header cell, though it would just have fitted on the line
    above within a proportional font's slack (it had been a header row of its own, and the table
    of no known kind). A row of figures under a header stays a row."""
    lines = ["Kode      Indikator          Target Capaian     Realisasi s/d",
             "                             (Renstra) Tahun    Tahun",
             "                             2030               (2025)",
             "7.01.01   Indeks kepuasan    85                 80"]
    rows = find_rows(lines, 100).cells
    assert rows[1] == ["Kode", "Indikator", "Target Capaian (Renstra) Tahun 2030", "Realisasi s/d Tahun (2025)"]
    assert rows[4] == ["7.01.01", "Indeks kepuasan", "85", "80"]


def test_a_programs_code_under_a_wrapped_header_opens_the_first_row():
    """The first program prints only its code and the first words of its name, its figures a
    line below: the code line is the table's first row, not the header's wrapped words (it had
    been joined into the header, "Kode 7.01.01")."""
    def line(*cells):  # cells at 2, 18, 44, 66 and 76
        out = ""
        for at, text in zip((2, 18, 44, 66, 76), cells):
            out = out.ljust(at) + text if text else out
        return out
    lines = [line("Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu (Rp)"),
             line("7.01.01", "PROGRAM PENUNJANG URUSAN"),
             line("", "PEMERINTAHAN DAERAH", "Persentase layanan", "100%", "520.000.000"),
             line("7.01.01.2.02", "Administrasi Keuangan", "Jumlah bulan", "12 bulan", "480.000.000")]
    rows = find_rows(lines, 100).cells
    assert rows[1] == ["Kode", "Program/Kegiatan", "Indikator", "Target", "Pagu (Rp)"]
    assert rows[2][:2] == ["7.01.01", "PROGRAM PENUNJANG URUSAN"]


def test_a_chapter_heading_set_apart_by_a_tab_is_no_table_row():
    """"BAB<TAB>III MANAJEMEN RISIKO" at the top of the page after a table: a heading, not a row
    that carries the table on (the table of criteria had taken it as its next row and been of
    no known kind); a contents entry with its page number is still a row of its list."""
    lines = ["Level Risiko\tRentang Nilai", "Rendah\t1 - 4", "Sedang\t5 - 9", "",
             "\x0cRencana Aksi Kecamatan Sukamaju", "BAB\tIII MANAJEMEN RISIKO", "3.2 Daftar Risiko",
             "BAB III\tMANAJEMEN RISIKO\t12"]
    rows = find_rows(lines, 100).cells
    assert 6 not in rows and rows[8] == ["BAB III", "MANAJEMEN RISIKO", "12"]


def _flush(widths, *cells, gap=3):
    """A line as a spreadsheet's PDF prints it: each cell in its column of `widths`, text flush
    left, a figure (a cell opening with a digit, "-" or "Rp") flush right."""
    out = []
    for width, text in zip(widths, cells):
        right = text[:1].isdigit() or text[:1] in "-(" or text.startswith("Rp")
        out.append(text.rjust(width) if right else text.ljust(width))
    return (" " * gap).join(out).rstrip()


def test_a_table_of_figures_set_flush_right_is_a_table():
    """Counts set flush right under labels set flush left, so few of a line's stretches begin
    where a column begins: still a table, its totals row read (it had been taken for justified
    prose, and the staff table's wrong total missed)."""
    w = (3, 12, 9, 9, 6)
    lines = [_flush(w, "No", "Golongan", "Laki-laki", "Perempuan", "Jumlah"),
             _flush(w, "1", "Golongan IV", "2", "1", "3"), _flush(w, "2", "Golongan III", "6", "5", "11"),
             _flush(w, "3", "Golongan II", "13", "2", "15"), _flush(w, "", "JUMLAH", "21", "8", "30")]
    rows = rows_of("\n".join(lines))
    assert rows[2] == ["1", "Golongan IV", "2", "1", "3"] and rows[5] == ["", "JUMLAH", "21", "8", "30"]


def test_a_label_flush_left_over_figures_flush_right_is_one_column():
    """A column wider than both its label and its figures (a group label above set its width):
    the label at its left edge, the figures at its right, a blank between them on every line.
    One column, not a column of a label over nothing beside one of figures under nothing (the
    targets had read empty)."""
    w = (8, 22, 22, 13)
    lines = [_flush(w, "Kode", "Indikator", "Kondisi Akhir Periode", ""),
             _flush(w, "", "", "Target", "Rp"),
             _flush(w, "7.01.02", "Indeks kepuasan", "85", "1.700.000.000"),
             _flush(w, "7.01.03", "Persentase desa", "90 %", "900.000.000"),
             _flush(w, "7.01.04", "Jumlah laporan", "12 laporan", "450.000.000")]
    rows = rows_of("\n".join(lines))
    assert rows[2] == ["", "", "Target", "Rp"]
    assert [rows[k][2] for k in (3, 4, 5)] == ["85", "90 %", "12 laporan"]


def test_a_table_continued_without_its_header_keeps_counts_and_percents_in_one_column():
    """A table carried over a page break, its header left on the page before: the target column
    holds "100%" (a figure, flush right) on the program rows and "6 dokumen" (a count with its
    unit, a text cell, flush left) on the kegiatan rows, so no line writes in both halves. One
    column, not a column of counts beside one of percents (the rows had read a cell short)."""
    def row(code, name, target, amount):
        set_target = target.rjust(18) if target.endswith("%") else target.ljust(18)
        return f"{code:<12}   {name:<24}   {set_target}   {amount:>13}"

    lines = [row("7.01.01", "PROGRAM PENUNJANG", "100%", "1.200.000.000"),
             row("7.01.01.2.01", "Perencanaan Perangkat", "6 dokumen", "150.000.000"),
             row("7.01.01.2.02", "Administrasi Keuangan", "12 laporan", "900.000.000"),
             row("7.01.02", "PROGRAM PEMERINTAHAN", "95%", "300.000.000"),
             row("7.01.02.2.01", "Koordinasi Kecamatan", "4 kegiatan", "300.000.000")]
    rows = rows_of("\n".join(lines))
    assert all(len(cells) == 4 for cells in rows.values())
    assert [rows[k][2] for k in (1, 2, 3, 4, 5)] == ["100%", "6 dokumen", "12 laporan", "95%", "4 kegiatan"]


def test_two_columns_of_counts_and_percents_stay_two_when_rows_write_in_both():
    """A row writing a count and a percent both: they are two columns, whatever their alignment."""
    lines = ["7.01.01        Penunjang        6 dokumen           100%   1.200.000.000",
             "7.01.02        Pemerintahan     4 kegiatan           95%     300.000.000",
             "7.01.03        Pemberdayaan     10 desa              90%     150.000.000"]
    rows = rows_of("\n".join(lines))
    assert [rows[k][2:4] for k in (1, 2, 3)] == [["6 dokumen", "100%"], ["4 kegiatan", "95%"], ["10 desa", "90%"]]

def test_a_figure_under_a_shorter_label_set_flush_left_keeps_the_table_whole():
    """Header labels flush left, each shorter than its column, and the first row's figures flush
    right, beginning inside the label's text and ending past it: the row keeps to the header's
    columns (it had opened a table of its own, the header lost)."""
    w = (8, 16, 16, 15)
    lines = [_flush(w, "Kode", "Indikator", "Target Kinerja", "Pagu Indikatif"),
             _flush(w, "7.01.01", "Persentase", "100 %", "1.062.500.000"),
             _flush(w, "7.01.02", "Indeks", "84", "60.000.000"),
             _flush(w, "7.01.03", "Jumlah desa", "10 desa", "70.000.000")]
    assert lines[1].index("100 %") < lines[0].index("Kinerja") + len("Kinerja")
    found = find_rows(lines, 100)
    assert found.cells[2] == ["7.01.01", "Persentase", "100 %", "1.062.500.000"]
    assert len({found.layout[k] for k in (1, 2, 3, 4)}) == 1


def test_an_amount_in_accounting_format_is_one_cell():
    """"Rp" and the amount set apart in the cell, many spaces between, the pair flush right under
    a label: one cell (the mark began inside the label's text, so the rows had been a table of
    their own without their header, the mark and the amount two columns)."""
    w = (3, 24, 20, 20, 10)
    lines = [_flush(w, "No", "Program", "Anggaran Tahun 2025", "Realisasi Tahun 2025", "Persentase"),
             _flush(w, "1", "Program Penunjang", "Rp   480.000.000", "Rp   456.000.000", "95,00 %"),
             _flush(w, "2", "Program Penyelenggaraan", "Rp    60.000.000", "Rp    54.000.000", "90,00 %"),
             _flush(w, "3", "Program Pemberdayaan", "Rp    86.500.000", "Rp    79.580.000", "92,00 %")]
    assert lines[0].index("Anggaran") + 1 < lines[1].index("Rp") < lines[0].index("Realisasi") - 4
    rows = rows_of("\n".join(lines))
    assert rows[1] == ["No", "Program", "Anggaran Tahun 2025", "Realisasi Tahun 2025", "Persentase"]
    assert rows[3] == ["2", "Program Penyelenggaraan", "Rp 60.000.000", "Rp 54.000.000", "90,00 %"]


def test_a_wrapped_name_goes_on_past_a_column_number_set_flush_right():
    """A name wrapped onto a line of its own, in a column whose number row sets "2" flush right
    near its right edge: the line is the name's end, inside its column (the table had broken
    there, every row after it read without its header)."""
    w = (7, 24, 10, 13)
    lines = [_flush(w, "Kode", "Program/Kegiatan", "Target", "Pagu"),
             _flush(w, "1", "2", "3", "4"),
             _flush(w, "7.01.02", "Koordinasi Kegiatan", "12 laporan", "80.000.000"),
             _flush(w, "", "Pemerintahan di Tingkat", "", ""),
             _flush(w, "7.01.03", "Fasilitasi Desa", "10 desa", "45.000.000")]
    assert lines[3].endswith("Tingkat") and len(lines[3]) > lines[1].index("2") - 2
    found = find_rows(lines, 100)
    assert found.cells[3] == ["7.01.02", "Koordinasi Kegiatan Pemerintahan di Tingkat", "12 laporan", "80.000.000"]
    assert len({found.layout[k] for k in (1, 2, 3, 5)}) == 1


def test_a_page_footer_across_the_columns_does_not_carry_the_table_on():
    """After a blank line, a footer whose text runs across several columns' edges, its page number
    chancing to begin where a figure does: the page's end, not a row (it had joined the table
    and closed the gaps between its first columns)."""
    w = (3, 22, 5, 5, 5)
    lines = [_flush(w, "No", "Indikator Kinerja", "2024", "2025", "2026"),
             _flush(w, "1", "Persentase pelayanan", "80", "82", "84"),
             _flush(w, "2", "Indeks kepuasan", "78", "79", "80"),
             _flush(w, "3", "Persentase desa", "70", "75", "80"),
             "", "Renstra Kecamatan Sukamaju 2025-2029"]
    lines.append(lines[-1].ljust(lines[1].index("82")) + "II-3")
    del lines[-2]
    rows = rows_of("\n".join(lines))
    assert rows[2] == ["1", "Persentase pelayanan", "80", "82", "84"] and 6 not in rows


def _set(widths, rows, align):
    """Rows laid out as a spreadsheet's PDF prints them: each cell wrapped in its column (text
    flush left, a figure flush right) and set at the top, the middle or the foot of its row."""
    out, firsts = [], []
    for row in rows:
        wrapped = [textwrap.wrap(c, w, break_long_words=False) or [""] for w, c in zip(widths, row)]
        height = max(len(w) for w in wrapped)
        placed = []
        for w in wrapped:
            pad = {"top": 0, "middle": (height - len(w)) // 2, "foot": height - len(w)}[align]
            placed.append([""] * pad + w + [""] * (height - len(w) - pad))
        firsts.append(len(out) + 1)
        out += [_flush(widths, *(cell[depth] for cell in placed)) for depth in range(height)]
    return out, firsts


_PROGRAM_ROWS = [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu (Rp)"],
    ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Persentase layanan penunjang terpenuhi", "100%", "500.000.000"],
    ["7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah bulan layanan keuangan", "12 bulan",
     "470.000.000"],
    ["7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN penerima gaji", "22 orang",
     "470.000.000"],
    ["7.01.01.2.06", "Administrasi Umum Perangkat Daerah", "Jumlah bulan layanan umum", "12 bulan", "30.000.000"],
    ["7.01.01.2.06.0004", "Penyediaan Bahan Logistik Kantor", "Jumlah paket bahan logistik", "1 paket",
     "30.000.000"],
]


@pytest.mark.parametrize("align", ["top", "middle", "foot"])
def test_rows_set_at_their_middle_or_foot_are_read_whole(align):
    """A spreadsheet sets each row's cells at the middle or the foot of the row: the code and the
    figures stand on the row's middle or last line, the wrapped names' first lines above them.
    Each row is read whole at its first line, as where the cells are set at the top (the names'
    first lines had gone onto the row above, or made rows of words alone)."""
    lines, firsts = _set((17, 22, 22, 8, 11), _PROGRAM_ROWS, align)
    assert align == "top" or any(not line[:17].strip() for line in lines[firsts[1] - 1:firsts[2] - 1])
    rows = find_rows(lines, 100).cells
    assert rows == {first: row for first, row in zip(firsts, _PROGRAM_ROWS)}


def test_a_header_label_wrapped_under_the_header_stays_the_headers_where_rows_are_set_low():
    """Rows set in their middle, under a header whose one long label wrapped onto a line of its
    own: that line is the label's end, not the first row's first words ("Kegiatan" had opened
    the program's name, and every cut between rows had moved a line)."""
    header = [_flush((17, 22, 22, 8, 11), "Kode", "Program/Kegiatan/Sub", "Indikator Kinerja", "Target",
                     "Pagu (Rp)"),
              _flush((17, 22, 22, 8, 11), "", "Kegiatan", "", "", "")]
    body, firsts = _set((17, 22, 22, 8, 11), _PROGRAM_ROWS[1:], "middle")
    rows = find_rows(header + body, 100).cells
    assert rows[1] == _PROGRAM_ROWS[0]
    assert [rows[2 + first] for first in firsts] == _PROGRAM_ROWS[1:]


def test_rows_of_words_in_a_table_set_at_the_top_stay_rows():
    """A table set at the top with a goal's row of words alone between its rows, and names
    wrapped below their figures: the rows stay as they are (no reading set lower reads better)."""
    widths = (17, 30, 22, 8, 11)
    rows = [*_PROGRAM_ROWS[:2], ["", "Sasaran: Meningkatnya kualitas pelayanan publik", "", "", ""],
            *_PROGRAM_ROWS[2:4], ["", "Sasaran: Meningkatnya tata kelola keuangan", "", "", ""],
            *_PROGRAM_ROWS[4:]]
    lines, firsts = _set(widths, rows, "top")
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


def test_a_programs_row_of_words_over_its_kegiatan_and_a_total_stay_rows_set_at_the_top():
    """A realisation table set at the top: a program's name alone on its row (no figures) over
    numbered kegiatan whose names wrap below their figures, and a total's row. Set at the foot,
    each kegiatan would take the lines above it and read as well, but the total's one-line label
    would take the last kegiatan's wrapped words: the top reading stands."""
    widths = (6, 20, 15, 15, 8)
    rows = [["No", "Program dan Kegiatan", "Anggaran", "Realisasi", "Capaian"],
            ["", "Program Pelayanan Administrasi Perkantoran", "", "", ""],
            ["1", "Penyediaan Jasa Surat Menyurat", "12.500.000,00", "12.000.000,00", "96,00%"],
            ["2", "Penyediaan Alat Tulis Kantor", "8.000.000,00", "7.600.000,00", "95,00%"],
            ["3", "Rapat Koordinasi dan Konsultasi", "20.000.000,00", "19.000.000,00", "95,00%"],
            ["JUMLAH", "", "40.500.000,00", "38.600.000,00", "95,31%"]]
    lines, firsts = _set(widths, rows, "top")
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


def test_rows_set_at_the_foot_up_to_a_sections_row_of_words_at_the_end_are_read_whole():
    """Set at the foot, a table whose last row is a section's name alone ("B" and its words, the
    next page's rows under it): the lines after the last row of figures are that row, set at its
    foot by its mark, and the rows above are still read set at their foot."""
    widths = (4, 24, 11, 11, 14)
    rows = [["No", "Indikator Sasaran", "Target 2025", "Target 2026", "Realisasi 2025"],
            ["1", "Persentase dokumen perencanaan yang tersusun tepat waktu", "100", "100", "95"],
            ["2", "Persentase laporan keuangan yang disampaikan tepat waktu", "100", "100", "90"],
            ["3", "Persentase aparatur yang mengikuti peningkatan kapasitas", "80", "85", "75"],
            ["B", "Meningkatnya kualitas pelayanan kecamatan", "", "", ""]]
    lines, firsts = _set(widths, rows, "foot")
    assert lines[firsts[-1] - 1].split()[0] != "B"  # the section's name wrapped, its mark below
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


def _placed(*cells):
    """A line of (position, text) cells."""
    line = ""
    for at, text in cells:
        line = line.ljust(at) + text
    return line


def test_figures_whose_ends_a_font_moved_keep_to_their_column():
    """Figures set flush right end a place short of their column's edge, or past it, as a
    proportional font's widths fall: the rows still keep to the header's columns (a figure
    ending inside the label above it had opened a table of its own, the header lost)."""
    lines = [_placed((0, "Kode"), (10, "Indikator"), (30, "Kondisi Awal"), (46, "Pagu 2027 (Rp)")),
             _placed((0, "7.01.01"), (10, "Persentase layanan"), (38, "100%"), (49, "150.000.000")),
             _placed((0, "7.01.02"), (10, "Indeks kepuasan"), (39, "82"), (49, "60.000.000")),
             _placed((0, "7.01.03"), (10, "Jumlah desa"), (35, "2.000"), (48, "60.000.000"))]
    assert lines[3].index("2.000") + 5 == lines[0].index("Kondisi Awal") + 10  # two short of the label's end
    found = find_rows(lines, 100)
    assert found.cells[1] == ["Kode", "Indikator", "Kondisi Awal", "Pagu 2027 (Rp)"]
    assert found.cells[4] == ["7.01.03", "Jumlah desa", "2.000", "60.000.000"]
    assert len({found.layout[k] for k in (1, 2, 3, 4)}) == 1


def test_a_column_of_figures_whose_ends_a_font_moved_is_set_apart_from_the_next_by_one_blank_or_none():
    """Each year's target flush right, its end moved a place by the font, and the year's budget
    beside it: no position is blank on every line, but the target ends and the budget begins
    there on line after line, and no stretch runs across: two columns (they had been one, each
    target read together with its budget)."""
    lines = [_placed((0, "Kode"), (10, "Target 2026"), (27, "Rp 2026"), (36, "Target 2027")),
             _placed((0, "7.01.01"), (18, "100%"), (24, "410.000.000"), (43, "100%")),
             _placed((0, "7.01.02"), (10, "12 bulan"), (22, "350.000.000"), (36, "12 bulan")),
             _placed((0, "7.01.03"), (10, "25 orang"), (23, "350.000.000"), (36, "25 orang")),
             _placed((0, "7.01.04"), (18, "90%"), (23, "125.000.000"), (44, "95%"))]
    writes = [{q for q in range(len(line)) if line[q] != " "} for line in lines]
    assert {21, 22} <= set().union(*writes)  # no position between them left blank by all
    rows = rows_of("\n".join(lines))
    assert rows[3] == ["7.01.02", "12 bulan", "350.000.000", "12 bulan"]
    assert rows[5] == ["7.01.04", "90%", "125.000.000", "95%"]


def test_figures_of_one_column_whose_ends_a_font_moved_stay_one_column():
    """One column's figures, flush right, ending a place apart on different lines, so that no
    stretch runs across the place where the shorter ones begin: no line writes on both sides of
    it, so it is no column's edge."""
    lines = [_placed((0, "No"), (5, "Indikator"), (30, "2024"), (38, "2025")),
             _placed((0, "1"), (5, "Indeks kepuasan"), (30, "81,5"), (38, "84")),
             _placed((0, "2"), (5, "Persentase desa"), (34, "3"), (39, "86")),
             _placed((0, "3"), (5, "Jumlah laporan"), (34, "4"), (39, "4"))]
    rows = rows_of("\n".join(lines))
    assert rows[2] == ["1", "Indeks kepuasan", "81,5", "84"] and rows[3] == ["2", "Persentase desa", "3", "86"]


def test_a_row_set_in_its_middle_does_not_take_the_next_programs_first_line():
    """Programs set in the middle of their rows, each name's last line and the next name's
    first filling their column so that no wrap tells them apart: a name that would hold a
    second program ("... Daerah Program Pemberdayaan") is no reading, so the rows are cut
    around their figures (the next program's first line had gone onto the row above)."""
    widths = (3, 24, 12, 12, 6)
    rows = [["No", "Program", "Anggaran", "Realisasi", "%"],
            ["1", "Program Penunjang Urusan Pemerintahan Daerah", "512.400.000", "498.150.000", "97,22"],
            ["2", "Program Pemberdayaan Masyarakat Desa Setempat", "38.500.000", "36.960.000", "96,00"],
            ["3", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "64.000.000", "61.120.000",
             "95,50"],
            ["", "Jumlah", "614.900.000", "596.230.000", "96,96"]]
    lines, firsts = _set(widths, rows, "middle")
    assert lines[firsts[3] - 1].split() == ["Program", "Penyelenggaraan"]  # the name's first line, above its figures
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


def test_set_in_the_middle_rows_of_a_names_end_alone_weigh_for_neither_reading():
    """Rows set in their middle, each name going on in a row of words of its own (as a tab
    extraction leaves it). Those rows of words cost the top reading and the middle one alike,
    so they weigh for neither: the middle reading, which reads each coded row whole, is kept
    (counted with them, the top reading's misreadings were not twice the middle's, and every
    code stood on a line of its own with its figures on the next). Which row a name's end
    joins is not for the layout to tell; each code keeps its figures."""
    lines = ["Program/Kegiatan/Sub       Indikator Kinerja          Satuan    Target 2027   Pagu 2027 (Rp)",
             "Kegiatan",
             "7.01.01.2.02               Persentase layanan",
             "Administrasi               administrasi keuangan      %                75 %       53.000.000",
             "                           yang tertib",
             "Keuangan Perangkat",
             "Daerah",
             "7.01.01.2.02.0005",
             "Koordinasi dan             Jumlah laporan keuangan    laporan             1       53.000.000",
             "Penyusunan",
             "Laporan Keuangan Akhir",
             "Tahun SKPD",
             "7.01.01.2.06               Persentase layanan",
             "Administrasi               administrasi umum yang     %                86 %      148.000.000",
             "                           terpenuhi",
             "Umum Perangkat Daerah",
             "7.01.01.2.06.0001          Jumlah paket komponen      paket               1       77.000.000",
             "Penyediaan Komponen",
             "Instalasi",
             "Listrik/Penerangan",
             "Bangunan Kantor",
             "7.01.01.2.06.0004          Jumlah paket bahan         paket               1       71.000.000",
             "Penyediaan                 logistik",
             "Bahan Logistik Kantor",
             "                           JUMLAH                                                201.000.000"]
    rows = find_rows(lines, 100).cells
    coded = {re.search(r"7\.01[\d.]*", row[0]).group(): row for row in rows.values()
             if re.search(r"7\.01[\d.]*", row[0])}
    assert {code: row[2:] for code, row in coded.items()} == {
        "7.01.01.2.02": ["%", "75 %", "53.000.000"], "7.01.01.2.02.0005": ["laporan", "1", "53.000.000"],
        "7.01.01.2.06": ["%", "86 %", "148.000.000"], "7.01.01.2.06.0001": ["paket", "1", "77.000.000"],
        "7.01.01.2.06.0004": ["paket", "1", "71.000.000"]}
    assert rows[3] == ["7.01.01.2.02 Administrasi", "Persentase layanan administrasi keuangan yang tertib", "%",
                       "75 %", "53.000.000"]
    assert rows[6] == ["Keuangan Perangkat Daerah", "", "", "", ""]


def test_set_at_the_foot_names_going_on_in_rows_of_their_own_are_not_read_centred():
    """A program table whose names go on in rows of words of their own (as a tab extraction
    leaves them), printed with every cell set at its row's foot. Read centred, each row of words
    joins the rows around it as cheaply, but the cells then end above their row's last line; set
    at the foot they end on it. The two low readings are weighed by how their cells stand (the
    middle one's rows had taken the next program's first lines and left codes alone)."""
    tab = [
        "No\tProgram/Kegiatan/Sub Kegiatan\tIndikator Kinerja\tSatuan\tTarget 2027\tPagu Indikatif 2027 (Rp)",
        "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
        "1\t7.01.03 Program Pemberdayaan\tPersentase lembaga kemasyarakatan desa yang aktif\t%\t70\tRp. 11.000.000,00",
        "\tMasyarakat Desa dan Kelurahan\t\t\t\t",
        "\t7.01.03.2.01 Fasilitasi Pemberdayaan\tPersentase desa yang mendapat fasilitasi pemberdayaan\t"
        "%\t88\tRp. 11.000.000,00",
        "\tMasyarakat Desa dan Kelurahan\t\t\t\t",
        "\t7.01.03.2.01.0002 Pembinaan\tJumlah lembaga yang dibina\t%\t100\tRp. 11.000.000,00",
        "\tLembaga Kemasyarakatan Desa\t\t\t\t",
        "2\t7.01.01 Program Penunjang\tPersentase layanan penunjang urusan pemerintahan yang terpenuhi\t"
        "%\t70\tRp. 214.000.000,00",
        "\tUrusan Pemerintahan Daerah Kabupaten/Kota\t\t\t\t",
        "\t7.01.01.2.01 Perencanaan, Penganggaran, dan\tPersentase dokumen perencanaan yang tepat waktu\t"
        "%\t88\tRp. 214.000.000,00",
        "\tEvaluasi Kinerja Perangkat Daerah\t\t\t\t",
        "\t7.01.01.2.01.0006 Koordinasi dan Penyusunan Laporan Capaian\tJumlah laporan capaian kinerja\t"
        "laporan\t1\tRp. 84.000.000,00",
        "\tKinerja dan Ikhtisar Realisasi Kinerja SKPD\t\t\t\t",
        "\t7.01.01.2.01.0007 Evaluasi\tJumlah laporan evaluasi kinerja\tlaporan\t36\tRp. 40.000.000,00",
        "\tKinerja Perangkat Daerah\t\t\t\t",
        "\t7.01.01.2.01.0001 Penyusunan Dokumen\tJumlah dokumen perencanaan\tdokumen\t24\tRp. 90.000.000,00",
        "\tPerencanaan Perangkat Daerah\t\t\t\t",
        "3\t7.01.02 Program Penyelenggaraan\tPersentase pengaduan masyarakat yang ditindaklanjuti\t"
        "%\t82\tRp. 66.000.000,00",
        "\tPemerintahan dan Pelayanan Publik\t\t\t\t",
        "\t7.01.02.2.01 Koordinasi Penyelenggaraan Kegiatan\tPersentase rapat koordinasi yang ditindaklanjuti\t"
        "%\t90\tRp. 24.000.000,00",
        "\tPemerintahan di Tingkat Kecamatan\t\t\t\t",
        "\t7.01.02.2.01.0001 Koordinasi Kegiatan\tJumlah rapat koordinasi\tkali\t1\tRp. 24.000.000,00",
        "\tKetenteraman dan Ketertiban Umum\t\t\t\t",
    ]
    lines, moved = as_flush_layout(tab, align="foot")
    assert find_rows(lines, 100).cells == {moved[n + 1]: row.split("\t") for n, row in enumerate(tab)}


def test_set_in_the_middle_a_code_does_not_go_into_the_name_of_the_row_above():
    """Set in their middle, a row's code above its figures and a row of words alone above it
    (a name gone on, one line) read as one row: the code in the middle of the name, the row of
    words saved. A code opens its name, so taken into another's it weighs more than the rows of
    words it saves (every row after the first had taken the name's end of the row above)."""
    tab = ["Program/Kegiatan/Sub Kegiatan\tIndikator Kinerja\tSatuan\tTarget 2027\tPagu 2027 (Rp)",
           "7.01.01.2.02 Administrasi\tPersentase layanan administrasi keuangan yang tertib\t%\t75 %\t53.000.000",
           "Keuangan Perangkat Daerah\t\t\t\t",
           "7.01.01.2.02.0005 Koordinasi dan Penyusunan\tJumlah laporan keuangan\tlaporan\t1\t53.000.000",
           "Laporan Keuangan Akhir Tahun SKPD\t\t\t\t",
           "7.01.01.2.06 Administrasi\tPersentase layanan administrasi umum yang terpenuhi\t%\t86 %\t148.000.000",
           "Umum Perangkat Daerah\t\t\t\t",
           "7.01.01.2.06.0002 Penyediaan Peralatan dan\tJumlah paket peralatan kantor\tpaket\t2\t77.000.000",
           "Perlengkapan Kantor\t\t\t\t",
           "7.01.01.2.06.0004 Penyediaan\tJumlah paket bahan logistik\tpaket\t1\t71.000.000",
           "Bahan Logistik Kantor\t\t\t\t",
           "\tJUMLAH\t\t\t201.000.000"]
    lines, moved = as_flush_layout(tab, align="middle")
    assert lines[moved[8] - 2].strip() == "Umum Perangkat Daerah"  # one line, right over the code
    assert find_rows(lines, 100).cells == {moved[n + 1]: row.split("\t") for n, row in enumerate(tab)}


_UNCODED_ROWS = [  # a table without codes: the level is in the name, a name's end on a row of its own
    "Program/Kegiatan/Sub Kegiatan\tIndikator Kinerja\tSatuan\tTarget 2027\tRp 2027\tTarget 2028\tRp 2028\tUnit Kerja",
    "Sub Kegiatan Penataan Arsip\tJumlah arsip desa yang ditata\tdokumen\t30\t45.000.000\t30\t47.000.000\tSekretariat",
    "Dinamis Desa\t\t\t\t\t\t\t",
    "Sub Kegiatan Pendampingan\tJumlah desa yang didampingi\tdesa\t18\t38.000.000\t18\t39.000.000\tSekretariat",
    "Penyusunan Anggaran Desa\t\t\t\t\t\t\t",
    "PROGRAM PELAYANAN KETERTIBAN\tPersentase pelanggaran ketertiban umum yang ditindak\t%\t70 %\t95.000.000\t"
    "72 %\t60.000.000\tSekretariat",
    "DAN KEAMANAN LINGKUNGAN\t\t\t\t\t\t\t",
    "Kegiatan Pengendalian Keamanan\tPersentase laporan gangguan yang ditangani\t%\t75 %\t95.000.000\t"
    "77 %\t60.000.000\tSekretariat",
    "dan Ketertiban Lingkungan\t\t\t\t\t\t\t",
    "Sub Kegiatan Patroli Bersama Aparat\tJumlah patroli gabungan yang dilakukan\tkali\t6\t25.000.000\t6\t"
    "20.000.000\tSekretariat",
    "Keamanan dan Perangkat Desa\t\t\t\t\t\t\t",
    "Sub Kegiatan Penertiban Bangunan\tJumlah bangunan liar yang ditertibkan\tbangunan\t10\t70.000.000\t10\t"
    "40.000.000\tSekretariat",
    "Tanpa Izin\t\t\t\t\t\t\t",
]


@pytest.mark.parametrize("align", ["top", "middle", "foot"])
@pytest.mark.parametrize("cap", [16, 20, 24, 28])
def test_without_codes_a_level_or_a_turn_out_of_capitals_opens_a_name(align, cap):
    """A table without codes whose names go on in rows of words of their own, printed set at the
    top, the middle or the foot of its rows. Its levels are only in its names: "Sub Kegiatan ..."
    and a program's name in capitals open a name, and a name in capitals does not go on in
    mixed case ("... LINGKUNGAN" over "Kegiatan ..."). Taken into another row's name, such a line
    weighs as a code does; before, a row took the name's end of the row above and its own level
    word in the middle of it, or a kegiatan went into its program's name."""
    lines, _ = as_flush_layout(_UNCODED_ROWS, align=align, cap=cap)
    read = [cells for _, cells in sorted(find_rows(lines, 100).cells.items())][1:]
    with_figures = [cells for cells in read if cells[4]]
    source = [row.split("\t") for row in _UNCODED_ROWS[1:] if row.split("\t")[4]]
    assert [cells[3:7] for cells in with_figures] == [row[3:7] for row in source]
    assert [cells[0].startswith(row[0]) for cells, row in zip(with_figures, source)] == [True] * len(source)


def test_a_narrow_column_of_figures_a_font_moved_is_not_cut_in_two():
    """A risk register's one-letter columns (K, D), each figure a place left or right of the
    column's edge: where one line's figure ends, another's begins, but the cells written after
    them stand in the next column, so the column is not cut there (the likelihood had gone into
    a column of its own, read empty)."""
    lines = [_placed((0, "No"), (5, "Uraian Risiko"), (30, "K"), (33, "D"), (37, "K x D"), (45, "Level")),
             _placed((2, "1"), (5, "Keterlambatan anggaran"), (30, "2"), (33, "2"), (41, "4"), (45, "Rendah")),
             _placed((0, "2"), (5, "Pengaduan masyarakat"), (29, "1"), (33, "4"), (40, "4"), (45, "Rendah")),
             _placed((1, "3"), (5, "Laporan terlambat"), (30, "4"), (34, "4"), (40, "16"), (45, "Tinggi")),
             _placed((2, "4"), (5, "Data tidak mutakhir"), (29, "3"), (33, "3"), (41, "9"), (45, "Sedang"))]
    rows = rows_of("\n".join(lines))
    assert rows[3] == ["2", "Pengaduan masyarakat", "1", "4", "4", "Rendah"]
    assert rows[4] == ["3", "Laporan terlambat", "4", "4", "16", "Tinggi"]


def test_a_figure_ending_a_place_or_two_from_its_columns_number_keeps_to_the_header():
    """Labels set flush left, a row of column numbers flush right in the blank after them, and
    the first row's amounts flush right too, each ending two places past its column's number
    (a font's widths): the row keeps to the header's columns (it had opened a table of its own,
    the header lost)."""
    lines = [_placed((0, "Kode"), (10, "Indikator"), (30, "Kebutuhan Dana"), (55, "Kebutuhan Dana"),
                     (80, "Sumber")),
             _placed((5, "(1)"), (25, "(2)"), (46, "(3)"), (71, "(4)"), (83, "(5)")),
             _placed((0, "7.01.01"), (10, "Persentase layanan"), (38, "Rp 88.000.000"), (63, "Rp 92.000.000"),
                     (80, "APBD")),
             _placed((0, "7.01.02"), (10, "Indeks kepuasan"), (38, "Rp 60.000.000"), (63, "Rp 64.000.000"),
                     (80, "APBD")),
             _placed((0, "7.01.03"), (10, "Jumlah desa"), (39, "Rp 7.500.000"), (64, "Rp 8.000.000"), (80, "APBD"))]
    assert lines[2].index("Rp") + len("Rp 88.000.000") == lines[1].index("(3)") + len("(3)") + 2
    found = find_rows(lines, 100)
    assert found.cells[3] == ["7.01.01", "Persentase layanan", "Rp 88.000.000", "Rp 92.000.000", "APBD"]
    assert len({found.layout[k] for k in (1, 2, 3, 4, 5)}) == 1


def test_rows_set_in_their_middle_are_cut_so_that_the_last_row_is_balanced_too():
    """Rows set in their middle and a totals row of one line at the end: between the last
    program and the totals row, only cutting both of its lower lines to the program leaves the
    totals row balanced around its figures (cutting each gap alone by its nearest balance had
    left the totals row a line above it, so no cut in the middle was read at all)."""
    widths = (3, 24, 12, 12)
    rows = [["No", "Program", "Anggaran", "Realisasi"],
            ["1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten", "512.400.000", "498.150.000"],
            ["2", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik di Wilayah Kecamatan Baru",
             "64.000.000", "61.120.000"],
            ["", "Jumlah", "576.400.000", "559.270.000"]]
    lines, firsts = _set(widths, rows, "middle")
    assert [firsts[k + 1] - firsts[k] for k in range(3)] == [1, 3, 4]  # rows of one, three and four lines
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


@pytest.mark.parametrize("align", ["middle", "foot"])
def test_a_goals_row_of_words_alone_between_rows_set_low_is_a_row_of_its_own(align):
    """Rows set in their middle or at their foot, and before each program a goal's row of
    words alone ("Sasaran ..."), wrapped on three lines with no figure to stand beside. Set in
    the middle, cutting every gap between two figures' lines into the rows around them cannot
    balance those lines, so that reading had been refused and each program's first line had
    read as a row of its own; set at the foot, the goal had gone into the program's name below
    it. The goal's lines are a row without an anchor, one misreading, no worse than a program's
    name after a cell's first line, and the low reading stands with the goal a row of its own."""
    widths = (17, 24, 22, 10, 13)
    rows = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target", "Pagu (Rp)"],
            ["7.01", "KECAMATAN", "", "", "370.000.000"],
            ["", "Sasaran 1: Meningkatnya mutu tata kelola kantor kecamatan", "", "", ""],
            ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
             "Persentase layanan penunjang kantor yang terpenuhi", "100%", "320.000.000"],
            ["7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah bulan layanan keuangan",
             "12 bulan", "320.000.000"],
            ["7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan Aparatur",
             "Jumlah orang yang menerima gaji dan tunjangan", "30 orang", "320.000.000"],
            ["", "Sasaran 2: Meningkatnya mutu layanan umum bagi warga kecamatan", "", "", ""],
            ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Indeks kepuasan warga",
             "80", "50.000.000"],
            ["7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan Kecamatan",
             "Jumlah laporan rapat koordinasi kecamatan", "24 kali", "50.000.000"]]
    lines, firsts = _set(widths, rows, align)
    assert firsts[3] - firsts[2] == 3 and lines[firsts[2] - 1].split()[:2] == ["Sasaran", "1:"]
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


def test_a_code_on_a_cells_later_line_opens_a_row_so_rows_set_at_the_top_stay_there():
    """Rows set at the top, each name carrying its code and broken in two paragraphs (the second
    printed after the indicator's last line, as a word processor's export breaks a long cell).
    Read as set in the middle, each paragraph left over made a row of words alone and the rest
    balanced, but every name then ran on into the next row's code ("... Kabupaten/Kota
    7.01.01.2.02 Administrasi"): a code on a cell's later line opens a name, a misreading, so
    the top reading stands and no row holds two codes."""
    widths = (27, 24, 8, 16)

    def line(*cells):
        return "   ".join(t.rjust(w) if t.startswith("Rp") or t[:1].isdigit() and "." not in t[:3]
                          else t.ljust(w) for w, t in zip(widths, cells)).rstrip()
    lines = [line(*cells) for cells in [
        ("Program/Kegiatan/Sub", "Indikator Kinerja", "Target", "Pagu (Rp)"),
        ("Kegiatan", "", "", ""),
        ("7.01.01 PROGRAM", "Persentase layanan", "100 %", "Rp 320.000.000"),
        ("PENUNJANG", "penunjang yang", "", ""),
        ("", "terpenuhi", "", ""),
        ("URUSAN PEMERINTAHAN", "", "", ""),
        ("DAERAH KABUPATEN/KOTA", "", "", ""),
        ("7.01.01.2.02", "Jumlah bulan layanan", "12", "Rp 300.000.000"),
        ("Administrasi", "keuangan yang", "", ""),
        ("", "tertib", "", ""),
        ("Keuangan Perangkat", "", "", ""),
        ("Daerah", "", "", ""),
        ("7.01.01.2.02.0001", "Jumlah aparatur yang", "30", "Rp 300.000.000"),
        ("Penyediaan Gaji dan", "menerima gaji dan", "", ""),
        ("", "tunjangan", "", ""),
        ("Tunjangan Aparatur", "", "", ""),
        ("7.01.01.2.06", "Jumlah paket layanan", "2", "Rp 20.000.000"),
        ("Administrasi Umum", "administrasi umum", "", ""),
        ("", "yang terpenuhi", "", ""),
        ("Perangkat Daerah", "", "", ""),
        ("7.01.01.2.06.0004", "Jumlah paket bahan", "1", "Rp 20.000.000"),
        ("Penyediaan Bahan", "logistik kantor yang", "", ""),
        ("", "tersedia", "", ""),
        ("Logistik Kantor", "", "", "")]]
    cells = find_rows(lines, 100).cells
    coded = {first: row for first, row in cells.items() if row[0][:1] == "7"}
    assert sorted(coded) == [3, 8, 13, 17, 21]  # each code's row begins on the code's line
    assert all(len(re.findall(r"\b7\.01\.", row[0])) <= 1 for row in cells.values())
    assert coded[8][1:] == ["Jumlah bulan layanan keuangan yang tertib", "12", "Rp 300.000.000"]


def test_a_subtotals_label_set_in_the_middle_opens_its_own_row():
    """Rows set in their middle, each kegiatan's name wrapped below its code and a program's
    subtotal ("Jumlah Program ...") on one line under its last kegiatan. Set at the foot, every
    kegiatan would take the line above its code and read as well, and the subtotal the last
    kegiatan's rest ("Perangkat Kecamatan Jumlah Program ...", a sub kegiatan of no code); but
    a subtotal's label opens its row, so the middle reading stands."""
    widths = (14, 24, 22, 9, 13)
    rows = [["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target", "Pagu (Rp)"],
            ["7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
             "Persentase layanan penunjang", "100%", ""],
            ["7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Jumlah bulan layanan", "12 bulan",
             "320.000.000"],
            ["7.01.01.2.06", "Administrasi Umum Perangkat Kecamatan", "Jumlah bulan layanan", "12 bulan",
             "25.000.000"],
            ["", "Jumlah Program 7.01.01", "", "", "345.000.000"],
            ["7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Indeks kepuasan masyarakat",
             "80", ""],
            ["7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan Kecamatan", "Jumlah rapat",
             "24 kali", "48.000.000"],
            ["", "Jumlah Program 7.01.02", "", "", "48.000.000"]]
    lines, firsts = _set(widths, rows, "middle")
    assert lines[firsts[3] - 1].split()[:3] == ["7.01.01.2.06", "Administrasi", "Umum"]  # code on the first line
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


def test_a_header_row_of_years_with_a_label_wrapped_under_it_is_a_row_of_its_own():
    """Set low, a header's row of years ("2027", "2028") over the labels they head, one label of
    it wrapped on a second line ("Kondisi Kinerja pada" / "Akhir Periode"): the row below
    ("Target", "Rp (000)") is judged against each column's last line of that row, so "2027
    Target" fits and the rows stay two (judged against the wrapped line alone, the years had
    been glued to the labels below, "2027 Target", and the table was not read as a program
    table)."""
    from checker.readers.segment import _tails, _wraps_into
    widths = [22, 10, 10, 22, 10]
    cells = [["2027", "", "2028", "Kondisi Kinerja pada", ""],
             ["", "", "", "Akhir Periode", ""],
             ["Target", "Rp (000)", "Target", "Target", "Rp (000)"]]
    assert _tails([0, 1], cells) == ["2027", "", "2028", "Akhir Periode", ""]
    assert not _wraps_into(_tails([0, 1], cells), cells[2], widths)
    assert _wraps_into(cells[1], cells[2], widths)  # the wrapped line alone would have glued them


def test_a_row_set_in_its_middle_keeps_its_names_last_line_where_its_other_cells_are_centred():
    """Rows set in their middle, a sub kegiatan's name of four lines over an indicator of two,
    then a kegiatan of two lines: the name's last line could open the next row (each row then
    three lines, its code on the middle one), but then both rows' indicators would stand a line
    off their rows' middles. Only the name's own row keeps every cell centred (the line had
    gone to the next row, and its finding a line above it)."""
    rows = _PROGRAM_ROWS[:2] + [
        ["7.01.01.2.02.0003", "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
         "Jumlah laporan penatausahaan", "12 laporan", "15.000.000"],
        ["7.01.01.2.06", "Administrasi Umum Perangkat Daerah", "Jumlah paket layanan umum", "3 paket",
         "60.000.000"],
        ["7.01.01.2.06.0004", "Penyediaan Bahan Logistik Kantor", "Jumlah paket bahan logistik", "1 paket",
         "28.000.000"]]
    lines, firsts = _set((17, 22, 22, 8, 11), rows, "middle")
    assert [firsts[k + 1] - firsts[k] for k in (2, 3)] == [4, 2]  # rows of four and two lines
    assert find_rows(lines, 100).cells == {first: row for first, row in zip(firsts, rows)}


def test_a_header_label_ending_in_its_year_wrapped_at_the_foot_stays_the_headers():
    """A header set at its foot whose label wraps before its year ("Pagu Hasil Verifikasi" over
    "2027 (Rp)"), and rows set at their foot too: the year and its currency end the label; they
    are no figure opening the body (the header's lower line had been read as a row of words,
    and no figure of the table placed under a column)."""
    columns = (0, 20, 45, 70, 85)
    lines = ["Tabel 4.1 Rencana Program dan Kegiatan",
             _placed((20, "Program/Kegiatan/Sub"), (85, "Pagu Hasil Verifikasi")),
             _placed(*zip(columns, ["Kode", "Kegiatan", "Indikator Kinerja", "Target 2027", "2027 (Rp)"])),
             _placed((20, "PROGRAM PENUNJANG"), (45, "Persentase layanan")),
             _placed(*zip(columns, ["7.01.01", "URUSAN PEMERINTAHAN", "penunjang terpenuhi", "100%",
                                    "Rp 500.000.000"])),
             _placed((20, "Administrasi Keuangan"), (45, "Jumlah bulan layanan")),
             _placed(*zip(columns, ["7.01.01.2.02", "Perangkat Daerah", "keuangan", "12 bulan", "Rp 470.000.000"])),
             _placed((20, "Penyediaan Gaji dan"), (45, "Jumlah ASN penerima")),
             _placed(*zip(columns, ["7.01.01.2.02.0001", "Tunjangan ASN", "gaji", "22 orang", "Rp 470.000.000"]))]
    rows = find_rows(lines, 100).cells
    assert rows[2] == ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target 2027",
                       "Pagu Hasil Verifikasi 2027 (Rp)"]
    assert rows[4] == ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "Persentase layanan penunjang terpenuhi",
                       "100%", "Rp 500.000.000"]


def test_a_header_labels_first_line_over_amounts_set_flush_right_belongs_to_the_header():
    """A label set at the foot of a header, its first line alone above the table, over a column
    of amounts set flush right: the amounts all begin a few places into the column, but that is
    no column's edge (no word begins there), so the lone line is the header's upper row, not
    prose (the column had been headed "(Rp)" alone, and its ratio never checked)."""
    lines = ["Tabel 2.1 Evaluasi Pelaksanaan Renja",
             _placed((40, "Realisasi Anggaran 2025")),
             _placed((0, "No"), (5, "Program"), (22, "Anggaran (Rp)"), (40, "(Rp)"), (66, "Realisasi (%)")),
             _placed((1, "1"), (5, "Program Satu"), (22, "Rp 40.000.000"), (46, "Rp 38.000.000"), (73, "95,00")),
             _placed((1, "2"), (5, "Program Dua"), (22, "Rp 20.000.000"), (46, "Rp 19.000.000"), (73, "95,00")),
             _placed((1, "3"), (5, "Program Tiga"), (22, "Rp 10.000.000"), (46, "Rp 10.000.000"), (72, "100,00"))]
    rows = find_rows(lines, 100).cells
    assert rows[2] == ["", "", "", "Realisasi Anggaran 2025", ""]  # the header's upper row
    assert rows[4] == ["1", "Program Satu", "Rp 40.000.000", "Rp 38.000.000", "95,00"]


def test_header_labels_ending_in_a_bare_year_wrapped_at_the_foot_are_joined():
    """Labels set at the foot of a header, each wrapped before its year ("... Renstra Tahun"
    over "2029", "... Tahun Lalu" over "(2025)"), over rows set at their foot: the years end the
    labels above them, so the header's lines are one row (the year line had stood as a header
    row of its own, the labels cut from their years: the table's kind was not known and none of
    it checked)."""
    from test_forms import as_flush_layout

    rows = [["Kode", "Program/Kegiatan", "Target Kinerja Renstra 2029", "Realisasi Renja Tahun (2025)",
             "Tingkat Capaian (%)"],
            ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "100", "90", "90,00"],
            ["7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "80", "60", "75,00"],
            ["7.01.04", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM", "50", "50", "100,00"]]
    lines, moved = as_flush_layout(["Tabel 2.1 Evaluasi", *("\t".join(r) for r in rows)], cap=24, align="foot")
    assert any({"2029", "(2025)"} <= set(line.split()) for line in lines)  # the labels' last lines
    found = find_rows(lines, 100).cells
    assert [found[moved[k + 2]] for k in range(len(rows))] == rows
