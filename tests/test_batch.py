"""`rencana batch`: discovery, safe report names, parallel run, bad files, a killed or hung worker,
--resume, atomic writes and the summary."""
import json
import os
import shutil
import time
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from checker.batch import BatchRun, report_base, write_summary
from checker.discovery import discover
from checker.cli import app
from checker.config import Settings
from checker.outputs import atomic_write, safe_name
from checker.report import DocumentResult

from conftest import SAMPLES

GOOD = ["renja-sukamaju-2026-salah.xlsx", "renja-sukamaju-2026-bersih.xlsx", "renja-sukamaju-2026-salah.txt",
        "rencana-aksi-sukamaju-2026-salah.xlsx"]


@pytest.fixture
def folder(tmp_path) -> Path:
    src = tmp_path / "masuk"
    (src / "kab").mkdir(parents=True)
    for name in GOOD:
        shutil.copy(SAMPLES / name, src / "kab" / name)
    (src / "rusak.xlsx").write_bytes((SAMPLES / GOOD[0]).read_bytes()[:2000])     # truncated zip
    (src / "notulen.txt").write_text("Notulen rapat koordinasi, bukan dokumen perencanaan.\n", encoding="utf-8")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (src / ".tersembunyi.xlsx").write_bytes(b"x")
    (src / "~$kunci.xlsx").write_bytes(b"x")
    return src


def run(folder: Path, out: Path, **kw) -> BatchRun:
    batch = BatchRun(files=discover(folder, out), out=out, settings=kw.pop("settings", Settings()),
                     jobs=kw.pop("jobs", 2), **kw)
    batch.list = batch.run()
    return batch


def test_discover_skips_hidden_lock_files_and_output(folder):
    out = folder / "laporan"
    (out / "x").mkdir(parents=True)
    (out / "x" / "lama.txt").write_text("RENJA")
    names = [p.name for p in discover(folder, out)]
    assert sorted(names) == sorted(GOOD + ["rusak.xlsx", "notulen.txt", "scan.pdf"])


@pytest.mark.parametrize("text,expected", [
    ("../../etc/passwd", "etc-passwd"), ("<script>alert(1)</script>", "script-alert-1-script"),
    ("CON", "_con"), ("Kec.\x00\x1bBaru\n", "kec.-baru"), ("", "tanpa-nama"), ("...", "tanpa-nama"),
    ("Sukamaju Lor/Wétan", "sukamaju-lor-wetan"),
])
def test_safe_name(text, expected):
    assert safe_name(text) == expected


def test_report_names_stay_inside_the_output_folder(tmp_path):
    doc = DocumentResult(path="/x/../../a b.txt", doc_type="renja", kecamatan="../../..", kabupaten="/etc",
                         period="2026\x00")
    base = report_base(tmp_path, doc)
    assert base.resolve().is_relative_to(tmp_path.resolve())
    parts = base.relative_to(tmp_path).parts
    assert parts[:2] == ("etc", "tanpa-kecamatan") and parts[2].startswith("renja-2026-a-b-")


def test_report_names_are_short_and_keep_a_txt_and_an_xlsx_apart(tmp_path):
    names = [report_base(tmp_path, DocumentResult(path=f"/in/renstra-sukamaju-2025-2029-salah.{s}", doc_type="renstra",
                                                  kecamatan="Sukamaju", kabupaten="Contoh", period="2025-2029")).name
             for s in ("xlsx", "txt")]
    assert names[0] != names[1] and all(n.startswith("renstra-sukamaju-2025-2029-salah-") and len(n) < 42
                                        for n in names)


def test_batch_accounts_for_every_document(folder, tmp_path):
    out = tmp_path / "laporan"
    batch = run(folder, out)
    docs = {Path(e.path).name: e for e in batch.list}
    assert set(docs) == set(GOOD) | {"rusak.xlsx", "notulen.txt", "scan.pdf"}
    assert docs["rusak.xlsx"].status == "unreadable" and "zip" in docs["rusak.xlsx"].error
    assert "jenis dokumen tidak dikenali" in docs["notulen.txt"].error
    assert docs["scan.pdf"].status == "unreadable" and "PDF tidak dapat dibuka" in docs["scan.pdf"].error
    # Each checked document has its three reports, named from its identity; their findings are the
    # same as a single `check` of that file, with the cross-document ones of its kecamatan's set.
    from checker.pipeline import check
    for name in GOOD:
        base = batch.entries[str(folder / "kab" / name)].report
        for suffix in (".json", ".html", ".xlsx"):
            assert Path(base + suffix).is_file()
        assert Path(base).parent.relative_to(out).parts == ("wonosari-lor", "sukamaju")
        alone = check([folder / "kab" / name]).documents[0]
        data = json.loads(Path(base + ".json").read_text(encoding="utf-8"))
        own = [f for f in data["documents"][0]["findings"] if not f["rule"].startswith("KSD")]
        assert own == alone.to_json()["findings"]
        cross = [f for f in data["documents"][0]["findings"] if f["rule"].startswith("KSD")]
        # The folder holds a clean and a faulty Renja of one year: a Rencana Aksi of that year has
        # competing partners, so it is compared with neither (KSD-007), and so on.
        assert all(f["rule"] == "KSD-007" for f in cross)
    written = write_summary(batch.list, batch.rules, out, "id")
    assert [p.name for p in written] == ["ringkasan.json", "ringkasan.xlsx", "ringkasan.html"]
    wb = openpyxl.load_workbook(out / "ringkasan.xlsx")
    main = wb["Ringkasan"]
    assert main.max_row == 1 + len(docs)
    links = [r[-1].value for r in main.iter_rows(min_row=2) if r[-1].value]
    assert len(links) == len(GOOD)
    assert all((out / link.split('"')[1]).is_file() for link in links)   # =HYPERLINK("path", ...)
    unread = wb["Dokumen tidak terbaca"]
    assert unread.max_row == 4
    rollups = wb["Penjumlahan pagu"]
    assert rollups.max_row - 1 == sum(e.by_category.get("rollup", 0) for e in batch.list)
    assert rollups.freeze_panes == "A2" and rollups.auto_filter.ref.startswith("A1:I")   # a file column too
    assert all(r[4].value for r in rollups.iter_rows(min_row=2))
    combined = json.loads((out / "ringkasan.json").read_text(encoding="utf-8"))
    assert [d["path"] for d in combined["documents"]] == [e.path for e in batch.list]
    assert combined["summary"]["unreadable"] == 3
    html = (out / "ringkasan.html").read_text(encoding="utf-8")
    assert "<svg" in html and "heat" in html and "rusak.xlsx" in html
    assert not [p for p in out.rglob("*.tmp")]


def test_a_killed_worker_fails_only_its_document(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("RENCANA_FAULT", "kill:bersih")
    batch = run(folder, tmp_path / "laporan")
    docs = {Path(e.path).name: e for e in batch.list}
    assert len(docs) == len(GOOD) + 3
    killed = docs["renja-sukamaju-2026-bersih.xlsx"]
    assert killed.status == "unreadable" and "berhenti mendadak" in killed.error
    assert all(docs[n].status == "checked" for n in GOOD if n != "renja-sukamaju-2026-bersih.xlsx")


def test_a_hung_document_times_out(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("RENCANA_FAULT", "hang:notulen")
    start = time.monotonic()
    batch = run(folder, tmp_path / "laporan", timeout=3)
    assert time.monotonic() - start < 60
    docs = {Path(e.path).name: e for e in batch.list}
    assert "batas waktu" in docs["notulen.txt"].error and docs["notulen.txt"].status == "timed_out"
    assert all(docs[n].status == "checked" for n in GOOD)


def test_documents_a_stopped_batch_did_not_reach_are_not_finished(folder, tmp_path, monkeypatch):
    def interrupted(self, todo, rules):
        raise KeyboardInterrupt
    monkeypatch.setattr(BatchRun, "_schedule", interrupted)
    batch = run(folder, tmp_path / "laporan")
    assert batch.interrupted and {e.status for e in batch.list} == {"not_finished"}
    assert {e.verdict() for e in batch.list} == {"not_finished"}


def test_resume_reuses_only_reports_of_the_same_input_and_settings(folder, tmp_path):
    out = tmp_path / "laporan"
    first = run(folder, out)
    again = run(folder, out, resume=True)
    assert all(e.reused for e in again.list if e.status == "checked")
    assert [e.result().model_dump(exclude={"stats", "sections"}) for e in again.list] == \
        [e.result().model_dump(exclude={"stats", "sections"}) for e in first.list]
    touched = folder / "kab" / GOOD[0]
    later = time.time() + 5
    os.utime(touched, (later, later))  # a newer file with the same bytes: its report still holds
    assert run(folder, out, resume=True).entries[str(touched)].reused
    edited = folder / "kab" / GOOD[2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    third = run(folder, out, resume=True)
    assert not third.entries[str(edited)].reused
    assert third.entries[str(folder / "kab" / GOOD[1])].reused
    # another language, profile or rule selection: nothing is reused
    for settings in (Settings(lang="en"), Settings(profile="permendagri-86-matriks"), Settings(select=("ANG",))):
        other = run(folder, out, resume=True, settings=settings)
        assert not any(e.reused for e in other.list), settings


def test_atomic_write_leaves_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "laporan.json"
    atomic_write(target, "lama")

    class Broken(str):
        def encode(self, *a, **k):
            raise OSError("disk penuh")

    with pytest.raises(OSError):
        atomic_write(target, Broken("baru"))
    assert target.read_text() == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.json"]


def test_cli_batch_plain_progress_and_json(folder, tmp_path):
    out = tmp_path / "laporan"
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "-j", "2", "--format", "json"])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["schema"] == "rencana-check/1" and report["summary"]["documents"] == len(GOOD) + 3
    assert report["summary"]["unreadable"] == 3
    assert f"/{len(GOOD) + 3}]" in result.stderr and "tidak terbaca" in result.stderr
    assert (out / "ringkasan.html").is_file()


def test_batch_with_a_baseline_reports_only_new_findings(tmp_path):
    runner = CliRunner()
    first = tmp_path / "pertama"
    assert runner.invoke(app, ["batch", str(SAMPLES), "--out", str(first), "--jobs", "1"]).exit_code == 1
    second = tmp_path / "kedua"
    result = runner.invoke(app, ["batch", str(SAMPLES), "--out", str(second), "--jobs", "1",
                                 "--baseline", str(first / "ringkasan.json")])
    assert result.exit_code == 0, result.output
    combined = json.loads((second / "ringkasan.json").read_text(encoding="utf-8"))
    assert combined["summary"]["findings"]["error"] == 0
    assert any(d.get("accepted") for d in combined["documents"])
