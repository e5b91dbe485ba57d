"""Hostile and broken input: every file gets a status and a reason, nothing raises, nothing leaks.

Each case is built here, byte by byte or with openpyxl; the last test mixes them all into a batch
of good documents and checks that the good documents' findings do not change.
"""
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from openpyxl import Workbook

from checker.batch import BatchRun, write_summary
from checker.discovery import discover
from checker.config import Limits, Settings
from checker.pipeline import check_file
from checker.readers.text import TextReader

from conftest import SAMPLES, make_workbook

DOK = [["Isian", "Nilai"], ["jenis", "renja"], ["kecamatan", "Kalibening"], ["kabupaten", "Sukadana"],
       ["tahun", 2026]]
PROGRAM = [["Kode", "Program/Kegiatan", "Indikator", "Satuan", "Target 2026", "Pagu 2026"],
           ["7.01.02", "PROGRAM PELAYANAN", "Indeks pelayanan", "Indeks", 3, 30_000_000],
           ["7.01.02.2.01", "Koordinasi", "Jumlah laporan", "Laporan", 12, 30_000_000]]
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><workbook>&lol3;</workbook>')
XXE = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>')


def replace_part(src: Path, dst: Path, part: str, content: str) -> Path:
    """Copy an xlsx, with one of its XML parts replaced."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, content if item.filename == part else zin.read(item.filename))
        if part not in zin.namelist():
            zout.writestr(part, content)
    return dst


def status(path: Path, limits: Limits | None = None):
    result = check_file(path, Settings(limits=limits or Limits()))
    return result.status, result.error or ""


@pytest.fixture
def good(tmp_path) -> Path:
    return make_workbook(tmp_path / "baik.xlsx", {"Dokumen": DOK, "Program": PROGRAM})


BYTES = {
    "pdf.xlsx": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "bukan berkas xlsx"),
    "gambar.xlsx": (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "bukan berkas xlsx"),
    "sandi.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "kata sandi"),
    "lama.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, ".xls"),
    "kosong.xlsx": (b"", "kosong"),
    "kosong.txt": (b"", "kosong"),
    "sampah.txt": (bytes(range(256)) * 64, "biner"),
}


@pytest.mark.parametrize("name", sorted(BYTES))
def test_bad_bytes_are_unreadable_with_a_reason(tmp_path, name):
    content, reason = BYTES[name]
    path = tmp_path / name
    path.write_bytes(content)
    state, error = status(path)
    assert state == "unreadable" and reason in error


def test_truncated_zip(tmp_path, good):
    path = tmp_path / "potong.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert status(path) == ("unreadable", status(path)[1]) and "rusak" in status(path)[1]


@pytest.mark.parametrize("part,content", [("xl/workbook.xml", LAUGHS), ("xl/sharedStrings.xml", XXE)])
def test_entity_expansion_and_external_entities_are_refused(tmp_path, good, part, content):
    path = replace_part(good, tmp_path / "serangan.xlsx", part, content)
    state, error = status(path)
    assert state == "unreadable" and "DTD" in error


def test_zip_bomb_by_uncompressed_size(tmp_path, good):
    path = replace_part(good, tmp_path / "bom.xlsx", "xl/media/isi.bin", "\0" * (4 << 20))
    state, error = status(path, Limits(max_uncompressed_bytes=1 << 20))
    assert state == "unreadable" and "terlalu besar" in error
    assert path.stat().st_size < 64 << 10                      # tiny on disk, large inflated


def test_empty_workbook_and_unknown_headers(tmp_path, workbook):
    wb = Workbook()
    wb.save(tmp_path / "kosong.xlsx")
    assert status(tmp_path / "kosong.xlsx")[0] == "unreadable"
    state, error = status(workbook({"Lembar1": [["nama", "alamat"], ["a", "b"]]}))
    assert state == "unreadable" and "bukan dokumen rencana" in error


def test_row_limit_is_a_clear_status_not_a_hang(workbook):
    rows = [PROGRAM[0]] + [["7.01.02", "PROGRAM", "x", "Indeks", 1, 1]] * 3000
    state, error = status(workbook({"Dokumen": DOK, "Program": rows}), Limits(max_rows=1000))
    assert state == "unreadable" and "batas" in error


def test_a_large_unrelated_sheet_is_not_read(tmp_path):
    wb = Workbook(write_only=True)
    for name, rows in (("Dokumen", DOK), ("Program", PROGRAM)):
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    data = wb.create_sheet("Data Mentah")
    for i in range(100_000):
        data.append([i, "isian", i * 2])
    wb.save(tmp_path / "besar.xlsx")
    result = check_file(tmp_path / "besar.xlsx", Settings())
    assert result.status == "checked"


def test_merged_hidden_sheets_and_error_cells(tmp_path):
    wb = Workbook()
    wb.remove(wb.active)
    dok = wb.create_sheet("Dokumen")
    for row in DOK:
        dok.append(row)
    prog = wb.create_sheet("Program")
    for row in PROGRAM:
        prog.append(row)
    prog.append(["7.01.02.2.02", "Kegiatan lain", "Jumlah", "Dokumen", "#DIV/0!", "#REF!"])
    prog.insert_rows(1)
    prog["A1"] = "RENCANA PROGRAM"
    prog.merge_cells("A1:F1")
    prog.sheet_state = "hidden"
    wb.save(tmp_path / "gabung.xlsx")
    result = check_file(tmp_path / "gabung.xlsx", Settings())
    assert result.status == "checked"
    cells = {f.location.cell for f in result.findings if f.rule == "INP-001"}
    assert "F5" in cells                                       # the #REF! budget, at its cell


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_text_in_other_encodings(tmp_path, encoding):
    text = (SAMPLES / "renja-sukamaju-2026-salah.txt").read_text(encoding="utf-8")
    text = text.replace("Uraian pada bagian ini", "Uraian pada bagian ini (café, Rp½)")
    path = tmp_path / f"renja-{encoding}.txt"
    path.write_bytes(text.encode(encoding) if encoding != "utf-16" else text.encode("utf-16"))  # BOM
    result = check_file(path, Settings())
    assert result.status == "checked" and result.kecamatan == "Sukamaju"
    expected = check_file(SAMPLES / "renja-sukamaju-2026-salah.txt", Settings())
    assert [(f.rule, f.location.line) for f in result.findings] == \
        [(f.rule, f.location.line) for f in expected.findings]


def test_long_lines_and_thousands_of_columns(tmp_path):
    head = "RENCANA KERJA\nKECAMATAN SUKAMAJU\nTAHUN 2026\n"
    wide = "\t".join(["Kode", "Program", "Pagu 2026"] + [f"kolom {i}" for i in range(5000)])
    row = "\t".join(["7 01 02", "PROGRAM X", "1.000.000"] + ["1"] * 5000)
    path = tmp_path / "lebar.txt"
    path.write_text(head + "x" * 3_000_000 + "\n\n" + wide + "\n" + row + "\n", encoding="utf-8")
    result = check_file(path, Settings(limits=Limits(max_columns=500)))
    assert result.status == "checked"


TABLE_CELL = st.one_of(st.text(max_size=12), st.sampled_from(["7", "01", "2.01", "1.830.000", "N/A", "-", "100%",
                                                                "PROGRAM", "Kegiatan", "JUMLAH", "Realisasi",
                                                                "Target 2026", "Pagu 2026", "Capaian (%)"]))


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    try:
        TextReader("RENJA KECAMATAN X TAHUN 2026\n" + text, Limits()).read()
    except Exception as e:  # only the reader's own refusal is allowed
        assert type(e).__name__ == "ReadError"


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(TABLE_CELL, min_size=2, max_size=9), min_size=2, max_size=25))
def test_arbitrary_tables_are_read_or_reported(rows):
    body = "\n".join("\t".join(r) for r in rows)
    plan = TextReader(f"RENCANA KERJA\nKECAMATAN X\nTAHUN 2026\n\nTabel 4.1\n{body}\n", Limits()).read()
    reported = [n for n in plan.notes if "belum dapat diperiksa" in n.message]
    assert len(reported) == plan.stats["tables_skipped"]
    # Each program or realisation table came from a block of its own; other blocks are read for
    # figures, risks, counts or totals, or reported.
    assert plan.stats["tables_read"] >= len(plan.tables) + len(plan.realisations)


def test_hostile_files_in_a_batch_leave_good_ones_untouched(tmp_path, good):
    clean = tmp_path / "bersih"
    clean.mkdir()
    for name in ("renja-sukamaju-2026-salah.xlsx", "renja-sukamaju-2026-salah.txt", "renstra-sukamaju-2025-2029-salah.xlsx"):
        shutil.copy(SAMPLES / name, clean / name)
    mixed = tmp_path / "campur"
    shutil.copytree(clean, mixed)
    for name, (content, _reason) in BYTES.items():
        (mixed / name).write_bytes(content)
    replace_part(good, mixed / "bom-entitas.xlsx", "xl/workbook.xml", LAUGHS)
    hostile = [list(r) for r in DOK]
    hostile[2][1] = "../../<script>alert(1)</script>\t\r\n"
    make_workbook(mixed / "nama-jahat.xlsx", {"Dokumen": hostile, "Program": PROGRAM})

    def run(folder: Path, out: Path):
        batch = BatchRun(files=discover(folder, out), out=out, settings=Settings(), jobs=2)
        entries = batch.run()
        write_summary(entries, batch.rules, out, "id")
        return entries

    alone = run(clean, tmp_path / "out-bersih")
    both = run(mixed, tmp_path / "out-campur")
    assert len(both) == len(discover(mixed))
    findings = {Path(e.path).name: [f.model_dump() for f in e.result().findings] for e in both}
    for e in alone:
        assert findings[Path(e.path).name] == [f.model_dump() for f in e.result().findings]
    out = (tmp_path / "out-campur").resolve()
    assert all(p.resolve().is_relative_to(out) for p in out.rglob("*"))
    assert not list(tmp_path.glob("*script*")) and not list(tmp_path.parent.glob("*script*"))
    evil = next(e for e in both if e.path.endswith("nama-jahat.xlsx"))
    assert evil.status == "checked"
    for page in [*out.rglob("*.html")]:
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html.lower()
    summary = json.loads((out / "ringkasan.json").read_text(encoding="utf-8"))
    assert summary["summary"]["documents"] == len(both)


def test_row_limit_in_a_text_document(tmp_path):
    rows = "\n".join("\t".join(["7 01 02", "PROGRAM X", "1.000.000"]) for _ in range(3000))
    path = tmp_path / "panjang.txt"
    path.write_text("RENCANA KERJA\nKECAMATAN SUKAMAJU\nTAHUN 2026\n\n" + rows + "\n", encoding="utf-8")
    state, error = status(path, Limits(max_rows=1000))
    assert state == "unreadable" and "batas 1.000 baris" in error


def test_a_large_program_sheet_is_linear(workbook):
    """Thousands of rows sharing codes and indicator names (the consistency and code checks once
    compared them pairwise): checked, with every duplicate code reported."""
    rows = [PROGRAM[0]] + [[f"7.01.{i % 90 + 1:02d}", f"PROGRAM {i}", "Indeks", "Indeks", 3, 1000] for i in range(3000)]
    result = check_file(workbook({"Dokumen": DOK, "Program": rows}), Settings())
    assert result.status == "checked"
    assert sum(1 for f in result.findings if f.rule == "KOD-001") == 3000


def test_a_sheet_with_broken_xml_names_the_sheet(tmp_path, good):
    from checker.readers.cells import Workbook as Cells

    with zipfile.ZipFile(good) as z:
        part = Cells(z).parts["Program"]
        body = z.read(part).decode("utf-8")
    path = replace_part(good, tmp_path / "patah.xlsx", part, body[: len(body) // 2])
    state, error = status(path)
    assert state == "unreadable" and "tidak dapat dibuka (Program:" in error
