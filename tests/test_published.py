"""DOCX and PDF plans: the same findings as their text, with their own places (page, table row,
paragraph); scans, password-protected, damaged and hostile files refused with their reason."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docx import Document

from conftest import ROOT, SAMPLES
from checker.batch import BatchRun
from checker.config import Limits, Settings
from checker.discovery import discover
from checker.pipeline import check_file
from checker.readers import ReadError, read_plan
from checker.readers.pdf import _Cell, _continues_row, _Line, _running_lines, _without_repeated_rows
from checker.readers.repair import Vocabulary
from checker.report import Report
from checker.writers import sarif

PUBLISHED = ROOT / "tests" / "data" / "published"
STEMS = sorted(p.stem for p in SAMPLES.glob("*.txt"))


def _keys(doc) -> set[tuple]:
    """A finding as a reviewer compares two reports of one plan: rule, subject, values; not where."""
    return {(f.rule, f.subject, f.actual, f.expected) for f in doc.findings if f.rule != "INP-001"}


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_published_sample_gives_the_findings_of_its_text(stem, suffix):
    text = check_file(SAMPLES / f"{stem}.txt", Settings())
    published = check_file(SAMPLES / f"{stem}{suffix}", Settings())
    assert published.status == "checked", published.error
    assert _keys(published) == _keys(text)
    assert published.stats["tables_read"] == text.stats["tables_read"]
    # what the published form could not read, the text could not either
    unread = {f.message for f in published.findings if f.rule == "INP-001"}
    assert unread <= {f.message for f in text.findings if f.rule == "INP-001"}
    if "salah" in stem:
        assert published.findings


@pytest.mark.parametrize("stem", [s for s in STEMS if "salah" in s])
def test_every_pdf_finding_carries_its_page_and_docx_its_table_row(stem):
    pdf = check_file(SAMPLES / f"{stem}.pdf", Settings())
    assert all(f.location.page for f in pdf.findings)
    assert all(f.location.table_row for f in pdf.findings if f.location.table)
    docx = check_file(SAMPLES / f"{stem}.docx", Settings())
    assert all(f.location.table_row or f.location.paragraph for f in docx.findings if f.location.line)
    assert all(f.location.page is None for f in docx.findings)


def test_pdf_locations_in_the_report_formats():
    doc = check_file(SAMPLES / "renja-sukamaju-2026-salah.pdf", Settings())
    rollup = next(f for f in doc.findings if f.rule == "ANG-002")
    assert rollup.location.label() == f"halaman {rollup.location.page}, Tabel 4.1 baris {rollup.location.table_row}"
    assert rollup.location.label("en").startswith(f"page {rollup.location.page}, Tabel 4.1 row ")
    assert json.loads(rollup.location.model_dump_json())["page"] == rollup.location.page
    report = Report(documents=[doc])
    result = next(r for r in json.loads(sarif.render(report))["runs"][0]["results"] if r["ruleId"] == "ANG-002")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == rollup.location.page and region["properties"]["page"] == rollup.location.page
    # the chapter of a finding is known from the document's own headings
    assert doc.section_of(rollup).startswith("BAB IV")


def test_docx_table_row_counts_the_rows_of_the_word_table():
    doc = check_file(SAMPLES / "renja-sukamaju-2026-salah.docx", Settings())
    rollup = next(f for f in doc.findings if f.rule == "ANG-002")
    table = next(t for t in Document(str(SAMPLES / "renja-sukamaju-2026-salah.docx")).tables
                 if t.rows[0].cells[0].text == "Kode")
    row = table.rows[rollup.location.table_row - 1]
    assert "Perencanaan, Penganggaran, dan Evaluasi Kinerja" in [c.text for c in row.cells]


def test_docx_heading_styles_decide_the_chapters(tmp_path):
    """A heading styled as one is a chapter; a body line that looks like one and the contents are not."""
    document = Document()
    document.add_paragraph("RENCANA KERJA KECAMATAN TELUK BIRU TAHUN 2027")
    document.add_paragraph("BAB I PENDAHULUAN\t1", style="Normal")  # a typed contents line
    for number, title in (("I", "PENDAHULUAN"), ("II", "EVALUASI"), ("III", "PENUTUP")):
        document.add_heading(f"BAB {number} {title}", level=1)
        document.add_paragraph("BAB II memuat evaluasi." if number == "I" else "Isi bab ini.")
    path = tmp_path / "renja.docx"
    document.save(path)
    plan = read_plan(path)
    assert [(c.label, c.title) for c in plan.chapters] == [("BAB I", "PENDAHULUAN"), ("BAB II", "EVALUASI"),
                                                          ("BAB III", "PENUTUP")]
    assert all(c.location.paragraph for c in plan.chapters)


def test_docx_merged_cells_read_as_a_reader_sees_them(tmp_path):
    """A group header spanning its columns and a cell merged down over a two-row header."""
    document = Document()
    document.add_paragraph("RENCANA KERJA KECAMATAN TELUK BIRU TAHUN 2027")
    document.add_paragraph("Tabel 2.1 Evaluasi Hasil Pelaksanaan Tahun 2026")
    rows = [["No", "Indikator Kinerja", "Tahun 2026", "", ""],
            ["", "", "Target", "Realisasi", "Capaian (%)"],
            ["1", "Jumlah laporan kegiatan", "10", "8", "70%"]]
    table = document.add_table(rows=3, cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    table.cell(0, 2).merge(table.cell(0, 4)).text = "Tahun 2026"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "No"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "Indikator Kinerja"
    path = tmp_path / "renja.docx"
    document.save(path)
    doc = check_file(path, Settings())
    wrong = [f for f in doc.findings if f.rule == "RAS-001"]
    assert len(wrong) == 1 and wrong[0].actual == 70 and wrong[0].location.table_row == 3


# --- refused, flagged ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, reason", [
    ("rencana-aksi-pindaian.pdf", "hasil pindaian, tidak ada lapisan teks"),
    ("rencana-aksi-bersandi.pdf", "dilindungi kata sandi"),
    ("rencana-aksi-terpotong.pdf", "PDF tidak dapat dibuka"),
])
def test_pdf_that_cannot_be_read_is_refused_with_its_reason(name, reason):
    doc = check_file(PUBLISHED / name, Settings())
    assert doc.status == "unreadable" and reason in doc.error
    assert check_file(PUBLISHED / name, Settings(lang="en")).error != doc.error


def test_a_pdf_encrypted_without_an_opening_password_is_read():
    """Printing and copying restricted, as some offices publish: it opens in any viewer, so it is read."""
    restricted = check_file(PUBLISHED / "rencana-aksi-terbatas.pdf", Settings())
    plain = check_file(SAMPLES / "rencana-aksi-sukamaju-2026-bersih.pdf", Settings())
    assert restricted.status == "checked" and restricted.verdict() == plain.verdict() == "clean"
    assert restricted.stats["tables_read"] == plain.stats["tables_read"]


def test_a_scanned_page_in_a_plan_is_reported_and_the_result_is_not_clean():
    doc = check_file(PUBLISHED / "rencana-aksi-lampiran-pindaian.pdf", Settings())
    notes = [f for f in doc.findings if f.rule == "INP-001"]
    assert [f.location.page for f in notes] == [3] and "hasil pindaian" in notes[0].message
    assert doc.verdict() == "incomplete"


def test_pdf_page_limit(tmp_path):
    with pytest.raises(ReadError, match="terlalu panjang"):
        read_plan(SAMPLES / "renja-sukamaju-2026-salah.pdf", Limits(max_pages=3))


def _docx_with(tmp_path, name: str, part: str, data: bytes) -> Path:
    source = SAMPLES / "renja-sukamaju-2026-bersih.docx"
    out = tmp_path / name
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == part else zin.read(info))
    return out


def test_docx_container_checks(tmp_path):
    dtd = _docx_with(tmp_path, "dtd.docx", "word/document.xml",
                     b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')
    with pytest.raises(ReadError, match="DTD"):
        read_plan(dtd)
    with pytest.raises(ReadError, match="terlalu besar setelah diekstrak"):
        read_plan(SAMPLES / "renja-sukamaju-2026-bersih.docx", Limits(max_uncompressed_bytes=10_000))
    fake = tmp_path / "teks.docx"
    fake.write_text("bukan dokumen", encoding="utf-8")
    with pytest.raises(ReadError, match="bukan berkas docx"):
        read_plan(fake)
    workbook = tmp_path / "buku.docx"
    workbook.write_bytes((SAMPLES / "renja-sukamaju-2026-bersih.xlsx").read_bytes())
    with pytest.raises(ReadError, match="bukan dokumen Word"):
        read_plan(workbook)


def test_batch_takes_published_documents_and_isolates_the_bad_ones(tmp_path):
    src = tmp_path / "masuk"
    src.mkdir()
    for name in ("renja-sukamaju-2026-salah.pdf", "renja-sukamaju-2026-salah.docx"):
        (src / name).write_bytes((SAMPLES / name).read_bytes())
    for path in PUBLISHED.iterdir():
        (src / path.name).write_bytes(path.read_bytes())
    (src / "kosong.docx").write_bytes(b"")
    out = tmp_path / "laporan"
    entries = BatchRun(files=discover(src, out), out=out, settings=Settings(), jobs=2).run()
    status = {Path(e.path).name: e.status for e in entries}
    assert status == {"renja-sukamaju-2026-salah.pdf": "checked", "renja-sukamaju-2026-salah.docx": "checked",
                      "rencana-aksi-lampiran-pindaian.pdf": "checked", "rencana-aksi-pindaian.pdf": "unreadable",
                      "rencana-aksi-bersandi.pdf": "unreadable", "rencana-aksi-terpotong.pdf": "unreadable",
                      "rencana-aksi-terbatas.pdf": "checked",
                      "kosong.docx": "unreadable"}


# --- the PDF layer's heuristics, on rows written here -----------------------------------------------

def _word(text: str, x0: float, top: float, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + size}


def test_a_word_too_long_for_its_cell_is_joined_and_a_wrapped_line_is_not():
    vocabulary = Vocabulary(["Jumlah dokumen perencanaan lembaga"])
    box = (0.0, 0.0, 44.0, 40.0)  # 40 points of room after 2 points of padding on each side
    broken = _Cell(box, [_Line(0, 10, [_word("5", 2, 0)]), _Line(12, 22, [_word("dokume", 2, 12)]),
                         _Line(24, 34, [_word("n", 2, 24)])])
    # "dokume" runs to the edge (2 + 30 = 32 of 42): within a character and a half? 42 - 32 = 10 > 7.5
    assert broken.text(vocabulary) == "5 dokume n"
    tight = _Cell((0.0, 0.0, 36.0, 40.0), [_Line(0, 10, [_word("dokume", 2, 0)]), _Line(12, 22, [_word("n", 2, 12)])])
    assert tight.text(vocabulary) == "dokumen"
    wrapped = _Cell((0.0, 0.0, 36.0, 40.0), [_Line(0, 10, [_word("sasara", 2, 0)]),
                                              _Line(12, 22, [_word("lembaga", 2, 12)])])
    assert wrapped.text(vocabulary) == "sasara lembaga"  # the next line begins with a word the document has
    figure = _Cell((0.0, 0.0, 60.0, 40.0), [_Line(0, 10, [_word("1.221.650.", 2, 0)]),
                                             _Line(12, 22, [_word("000", 2, 12)])])
    assert figure.text(vocabulary) == "1.221.650.000"
    hyphenated = _Cell((0.0, 0.0, 80.0, 40.0), [_Line(0, 10, [_word("Perundang-", 2, 0)]),
                                                 _Line(12, 22, [_word("undangan", 2, 12)])])
    assert hyphenated.text(vocabulary) == "Perundang-undangan"
    two_words = _Cell((0.0, 0.0, 36.0, 40.0), [_Line(0, 10, [_word("di", 2, 0), _word("dokum", 14, 0)]),
                                                _Line(12, 22, [_word("en", 2, 12)])])
    assert two_words.text(vocabulary) == "di dokum en"  # a word breaks inside only alone on its line


def test_a_row_split_by_the_page_break_is_recognised():
    above = ["3", "Fasilitasi Kegiatan", "Jumlah desa", "74.500", "Kasi"]
    assert _continues_row(["", "Masyarakat", "", ".000", "Pemerintahan"], above)
    assert _continues_row(["", "", "terfasilitasi", "", ""], above)
    assert not _continues_row(["4", "Pembinaan Desa", "Jumlah desa", "10.000", "Kasi"], above)
    assert not _continues_row(["", "JUMLAH", "", "84.500", ""], above)  # a totals row: nothing goes on
    coded = ["7.01.05.2.0", "Penyelenggaraa", "100 %", "26.872"]
    assert _continues_row(["1", "n Urusan Umum", "", ".000"], coded)  # the rest of a code the break cut
    assert not _continues_row(["7.01.05.2.01", "n Urusan Umum", "", ".000"], ["7.01.05", "Program", "", "1"])
    header = [["No", "Uraian", "Pagu"], ["(1)", "(2)", "(3)"]]
    assert _without_repeated_rows([*header, ["1", "Program A", "1.000.000"]], header) == [["1", "Program A", "1.000.000"]]


def test_running_lines_are_those_many_pages_repeat_at_their_edge():
    def page(*lines):
        return [_Line(top, top + 10, [{"text": t, "x0": 50, "x1": 90, "top": top, "bottom": top + 10}])
                for top, t in lines]
    pages = [page((20, "Renja Kecamatan 2027"), (300, "Isi halaman"), (780, f"Halaman {n}")) for n in range(1, 6)]
    pages.append(page((300, "Renja Kecamatan 2027")))  # the same words in the body are not a running line
    assert _running_lines(pages, [800.0] * 6) == {"Renja Kecamatan #", "Halaman #"}


@pytest.mark.parametrize("name", ["renja-sukamaju-2026-salah.pdf", "renja-sukamaju-2026-salah.docx"])
def test_damaged_published_files_are_read_or_refused_never_crash(name, tmp_path):
    """Bytes overwritten at random places: the reader gives a plan or a reason, nothing else."""
    import random
    data = (SAMPLES / name).read_bytes()
    rng = random.Random(7)
    outcomes = set()
    for k in range(25):
        broken = bytearray(data)
        for _ in range(rng.choice((1, 8, 64))):
            at = rng.randrange(len(broken))
            broken[at:at + 4] = bytes(rng.randrange(256) for _ in range(4))
        path = tmp_path / f"rusak-{k}{Path(name).suffix}"
        path.write_bytes(bytes(broken))
        try:
            read_plan(path)
            outcomes.add("read")
        except ReadError as e:
            assert str(e)
            outcomes.add("refused")
    assert outcomes
