"""A wide table printed in parts across its width (readers/parts.py), on team-written rows."""
from checker.config import Settings
from checker.pipeline import check_file
from checker.readers.block import Placed
from checker.readers.parts import join_beside, printed_beside

FIRST = [(10, ["No", "Uraian", "Anggaran 2025", "Anggaran 2026", "Realisasi 2025", "Realisasi 2026"]),
         (11, ["1", "Belanja Operasi", "400.000.000", "420.000.000", "380.000.000", "399.000.000"]),
         (12, ["2", "Belanja Modal", "50.000.000", "60.000.000", "45.000.000", "54.000.000"])]
SECOND = [(20, ["No", "Uraian", "Rasio 2025 (%)", "Rasio 2026 (%)"]),
          (21, ["1", "Belanja Operasi", "95", "95"]),
          (22, ["2", "Belanja Modal", "90", "90"])]


def test_a_later_part_names_the_same_rows_under_a_header_of_its_own():
    assert printed_beside(FIRST, SECOND)
    # the same header again is the table going on down its length, not across
    assert not printed_beside(FIRST, [FIRST[0], (21, ["3", "Belanja Pegawai", "1", "2", "1", "2"]),
                                      (22, ["4", "Belanja Lain", "1", "2", "1", "2"])])
    # other rows: no part of this table
    other = [SECOND[0], (21, ["1", "Belanja Pegawai", "95", "95"]), (22, ["2", "Belanja Lain", "90", "90"])]
    assert not printed_beside(FIRST, other)
    # a header sharing no naming column says nothing of which row is which
    assert not printed_beside(FIRST, [(20, ["Rasio 2025 (%)", "Rasio 2026 (%)"]), (21, ["95", "95"]),
                                      (22, ["90", "90"])])


def test_rows_named_another_way_are_the_same_rows():
    """A code dotted otherwise, a name broken by a space, an empty naming cell lost."""
    first = [(1, ["Kode", "Program", "Pagu 2026"]), (2, ["7.01.02.2.01", "Koordinasi", "10.000.000"]),
             (3, ["", "Jumlah", "10.000.000"])]
    second = [(5, ["Kode", "Program", "Pagu 2027"]), (6, ["7.01.02.201", "Koordi nasi", "12.000.000"]),
              (7, ["Jumlah", "12.000.000"])]
    assert printed_beside(first, second)


def test_joined_rows_keep_where_each_cell_was_printed():
    joined = join_beside(FIRST, SECOND)
    assert [line for line, _ in joined] == [10, 11, 12]
    header, row = joined[0][1], joined[1][1]
    assert header == FIRST[0][1] + ["Rasio 2025 (%)", "Rasio 2026 (%)"]
    assert row[:6] == FIRST[1][1] and row[6:] == ["95", "95"]
    assert all(isinstance(c, Placed) and c.line == 21 for c in row[6:])
    assert not isinstance(row[2], Placed)


def test_a_header_row_that_lost_a_cell_is_mended_before_the_join():
    """The later part's upper header lost the empty cell after a year group: set back by its
    own rows, so the end-of-period label stands over its own columns once joined."""
    first = [(1, ["Kode", "Program", "Tahun 2026", ""]), (2, ["", "", "Target", "Rp"]),
             (3, ["7.01.01", "PROGRAM PENUNJANG", "60", "50.000.000"]),
             (4, ["7.01.01.2.01", "Perencanaan", "3", "50.000.000"])]
    second = [(6, ["Kode", "Program", "Tahun 2027", "Kondisi Akhir", ""]),
              (7, ["", "", "Target", "Rp", "Target", "Rp"]),
              (8, ["7.01.01", "PROGRAM PENUNJANG", "62", "55.000.000", "62", "105.000.000"]),
              (9, ["7.01.01.2.01", "Perencanaan", "3", "55.000.000", "3", "105.000.000"])]
    assert printed_beside(first, second)
    upper = join_beside(first, second)[0][1]
    assert upper == ["Kode", "Program", "Tahun 2026", "", "Tahun 2027", "", "Kondisi Akhir", ""]


def test_a_ratio_printed_in_a_later_part_is_found_on_its_own_line(tmp_path):
    """T-C.24 in two parts: budgets and realisations, then the ratios. A wrong ratio is held to
    the first part's figures and reported where it is printed; no row is short of its figures."""
    text = ["RENCANA STRATEGIS", "KECAMATAN SUKAMAJU", "TAHUN 2027-2031", "",
            "Tabel 2.2 Anggaran dan Realisasi Pendanaan Pelayanan", *("\t".join(c) for _, c in FIRST), "",
            "Tabel 2.2 Anggaran dan Realisasi Pendanaan Pelayanan (Lanjutan)",
            *("\t".join(c) for _, c in SECOND)]
    path = tmp_path / "renstra.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
           if f.category not in ("input", "chapter")}
    assert got == set()  # 380/400 and 399/420 are 95 %, 45/50 and 54/60 are 90 %
    text[-1] = text[-1].replace("\t90\t90", "\t90\t80")  # Belanja Modal 2026 printed 80
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = {(f.rule, f.location.line) for f in check_file(path, Settings()).findings
           if f.category not in ("input", "chapter")}
    assert got == {("RAS-001", len(text))}
