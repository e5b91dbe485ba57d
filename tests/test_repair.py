"""Figures and words broken by a narrow column, joined back; everything else left alone.
Every cell here is written for the test."""
import pytest

from checker.readers.realisation import is_header_row
from checker.readers.repair import (Vocabulary, join_currency, rejoin_by_row, rejoin_figures, rejoin_words,
                                   unspan_header)


@pytest.mark.parametrize("cell, joined", [
    ("1.25 0.000", "1.250.000"),
    ("Rp 3.4 00.000,00", "Rp 3.400.000,00"),
    ("1,250,0 00", "1,250,000"),
    ("2.000.000,0 0", "2.000.000,00"),
    ("1,0 0", "1,00"),
    ("42.520 .000", "42.520.000"),   # the piece on the next line begins with the separator
    ("10, 20", "10, 20"),             # a list: within a line, a figure does not end with its separator
    ("50 000 000", "50.000.000"),     # a whole cell grouped by spaces, three groups or more
    ("Rp 1 250 000,00", "Rp 1.250.000,00"),
    ("39 000", "39 000"),             # two groups could be two figures
    # not one figure: two values, a count and its unit, a range, years
    ("1.250.000 2.000.000", "1.250.000 2.000.000"),
    ("12 Laporan", "12 Laporan"),
    ("10 20", "10 20"),
    ("2021 2022", "2021 2022"),
    ("30 - 44%", "30 - 44%"),
    ("12 .5", "12 .5"),
])
def test_rejoin_figures(cell, joined):
    assert rejoin_figures(cell) == joined


def test_rejoin_words_uses_the_prose_and_the_nomenclature():
    vocabulary = Vocabulary(["Kegiatan penguatan kapasitas aparatur dilaksanakan setiap tahun."])
    assert rejoin_words("PROGR AM PEMBER DAYAAN MASYARAKAT", vocabulary) == "PROGRAM PEMBERDAYAAN MASYARAKAT"
    assert rejoin_words("Penguat an Kapasit as Aparatur,", vocabulary) == "Penguatan Kapasitas Aparatur,"
    assert rejoin_words("Penyel enggaraa n Urusan", vocabulary) == "Penyelenggaraan Urusan"
    # a word joined to the next by a slash or a hyphen is rejoined before it
    assert rejoin_words("DAERAH KABUPA TEN/KOTA", vocabulary) == "DAERAH KABUPATEN/KOTA"
    assert rejoin_words("Pember dayaan-nya", vocabulary) == "Pemberdayaan-nya"
    # words that are words stay apart, and pieces that join into no word stay as they are
    assert rejoin_words("Sub Kegiatan", vocabulary) == "Sub Kegiatan"
    assert rejoin_words("Perizinan dan Non Perizinan", vocabulary) == "Perizinan dan Non Perizinan"
    assert rejoin_words("Kasi Pemtra ntibum", vocabulary) == "Kasi Pemtra ntibum"
    # a goal's words the plan writes only in its tables are words of the planning vocabulary
    bare = Vocabulary([])
    assert rejoin_words("Meningkatnya kualit as pelayanan", bare) == "Meningkatnya kualitas pelayanan"
    assert rejoin_words("Nilai efektiv itas kelemba gaan", bare) == "Nilai efektivitas kelembagaan"


def test_words_the_profiles_read_a_name_by_are_rejoined_too():
    """"ditindakl anjuti": the word that makes a count of complaints higher-is-better (the broken
    name had read as lower-is-better, a rising target a TGT-002). The profiles' words are in
    the vocabulary whatever the document's prose says."""
    vocabulary = Vocabulary([])
    assert rejoin_words("Persentase pengaduan ditindakl anjuti", vocabulary) == "Persentase pengaduan ditindaklanjuti"
    assert rejoin_words("Jumlah kasus terta ngani", vocabulary) == "Jumlah kasus tertangani"


def test_a_label_broken_too_short_to_tell_is_the_label_its_row_writes_whole():
    assert rejoin_by_row(["Target", "Rp", "Target", "R p"]) == ["Target", "Rp", "Target", "Rp"]
    assert rejoin_by_row(["12 bulan", "12 bula n", "54.000.000"]) == ["12 bulan", "12 bulan", "54.000.000"]
    # nothing in the row reads so: left as written; figures and words that are apart stay apart
    assert rejoin_by_row(["Kasi Pem", "Pagu"]) == ["Kasi Pem", "Pagu"]
    assert rejoin_by_row(["1 2", "12", "Cukup Baik", "CukupBaik"]) == ["1 2", "12", "CukupBaik", "CukupBaik"]


@pytest.mark.parametrize("raw, code", [
    ("7.01.03.2.02.4", "7.01.03.2.02.4"),
    ("7.01.03.2 02.4", "7.01.03.2.02.4"),      # a space for the dot
    ("7.01.03.202.4", "7.01.03.2.02.4"),       # the kegiatan mark run into its number
    ("7.01.03.2.0 2.0004", "7.01.03.2.02.0004"),  # a space inside a group
    ("7 01 03 2.02 0004", "7.01.03.2.02.0004"),   # parts from separate cells
    ("7.01.03", "7.01.03"),
    ("7.01.03.2.02", "7.01.03.2.02"),
    ("1.2.3.4", "1.2.3.4"),                     # outside the grammar: kept as written
    ("X.XX.01.2.02.0001", "X.XX.01.2.02.0001"),  # the penunjang programs' urusan and bidang
    ("x.xx.01.202.1", "X.XX.01.2.02.1"),
    ("X.01.01", "X.01.01"),                     # no such urusan: kept as written
])
def test_nomenclature_code(raw, code):
    from checker.readers.programs import nomenclature_code
    assert nomenclature_code(raw) == code


def test_a_currency_mark_in_a_cell_of_its_own_joins_the_amount_after_it():
    assert join_currency(["Program A", "Rp", "480.000.000", "Rp.", "456.000.000", "95,00 %"]) == \
        ["Program A", "Rp 480.000.000", "", "Rp 456.000.000", "", "95,00 %"]
    assert join_currency(["Rp", "Keterangan"]) == ["Rp", "Keterangan"]   # no amount after it: as written


def _rows(*rows):
    return [(10 + k, list(r)) for k, r in enumerate(rows)]


def test_a_header_whose_merged_cells_were_repeated_has_each_heading_once():
    """A converter that repeats a merged cell in every cell it covers: the group heading stands
    once over its columns, a heading two rows tall once on its first row; the rows of figures
    and the header's last row (which nothing below splits) are left as they are."""
    spanned = _rows(["No", "Indikator", "Target", "Target", "Realisasi", "Realisasi"],
                    ["No", "Indikator", "2024", "2025", "2024", "2025"],
                    ["1", "Indeks kepuasan", "80", "80", "79", "81"])
    assert [cells for _, cells in unspan_header(spanned, is_header_row)] == [
        ["No", "Indikator", "Target", "", "Realisasi", ""],
        ["", "", "2024", "2025", "2024", "2025"],
        ["1", "Indeks kepuasan", "80", "80", "79", "81"]]
    # Places under their group ("Tahun ke-" over 1 ... 5) beside tall headings are header too.
    places = _rows(["No", "Sasaran", "Tahun ke-", "Tahun ke-", "Tahun ke-"], ["No", "Sasaran", "1", "2", "3"],
                   ["1", "Meningkatnya pelayanan", "80", "82", "84"])
    assert [cells for _, cells in unspan_header(places, is_header_row)][:2] == [
        ["No", "Sasaran", "Tahun ke-", "", ""], ["", "", "1", "2", "3"]]


@pytest.mark.parametrize("rows", [
    # one header row: its neighbours that read the same are its own ("Rp" | "Rp")
    [["Program", "Pagu", "Rp", "Rp"], ["Program A", "2026", "10.000.000", "12.000.000"]],
    # a header row that repeats nothing of the row above is a table's header of its own rows
    [["No", "Uraian", "Target", "Target"], ["", "", "2024", "2025"], ["1", "Rapat", "12", "12"]],
    # a data row under the header that repeats a cell of it is a row
    [["No", "Uraian", "Satuan"], ["1", "Uraian", "12 kali"]],
])
def test_a_header_without_repeated_merged_cells_is_left_alone(rows):
    lines = _rows(*rows)
    assert unspan_header(lines, is_header_row) == lines


def test_the_next_item_of_a_numbered_list_carries_on_its_cell():
    """A cell of a numbered list broken over two lines: the line that opens the list's next item
    carries on the cell above; another number, or a row number before a code, does not."""
    from checker.readers.repair import next_list_item
    assert next_list_item("1. Indeks kepuasan layanan", "2. Persentase aduan dijawab")
    assert next_list_item("1. Rapat 2. Laporan", "3) Dokumen")
    assert not next_list_item("1. Indeks kepuasan layanan", "3. Persentase aduan dijawab")
    assert not next_list_item("Indeks kepuasan layanan", "2. Persentase aduan dijawab")
    assert not next_list_item("1. Indeks kepuasan layanan", "2. 7.01.02")


def test_a_row_that_lost_an_empty_cell_gets_it_back_where_full_rows_leave_one_empty():
    """The dropped cell was empty and stood in a column other rows leave empty; where that
    gives one row (among those that fit), it is the row; where it gives several, none."""
    from checker.readers.repair import restore_dropped
    full = ["a", "3", "3", "6", "", "9", ""]
    short = ["b", "4", "4", "8", "12", ""]
    assert restore_dropped(short, [full, short]) is None  # column 4 or 6: two rows
    targets = lambda row: all(row[k] for k in (1, 3, 5))  # noqa: E731
    assert restore_dropped(short, [full, short], targets) == ["b", "4", "4", "8", "", "12", ""]
    assert restore_dropped(["b", "4", "8", "12"], [full], targets) is None  # two cells short
