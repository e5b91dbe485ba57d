"""The `rencana` command through typer's CliRunner: formats, languages, exit codes."""
import json

from typer.testing import CliRunner

from conftest import SAMPLES
from checker.cli import app

runner = CliRunner()
FAULTY = str(SAMPLES / "renja-sukamaju-2026-salah.xlsx")
CLEAN = str(SAMPLES / "renja-sukamaju-2026-bersih.xlsx")


def test_json_report_schema_and_exit_code():
    result = runner.invoke(app, ["check", FAULTY, "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["schema"] == "rencana-check/1" and report["tool"]["name"] == "rencana"
    doc = report["documents"][0]
    assert {"path", "doc_type", "kecamatan", "kabupaten", "period", "status", "findings", "rules", "stats"} <= set(doc)
    f = doc["findings"][0]
    assert {"rule", "category", "severity", "message", "subject", "location"} <= set(f)
    assert {r["status"] for r in doc["rules"]} <= {"passed", "findings", "not_applicable", "error"}
    assert report["summary"]["documents"] == 1 and report["summary"]["findings"]["error"] > 0


def test_clean_exits_zero_and_console_says_so():
    result = runner.invoke(app, ["check", CLEAN])
    assert result.exit_code == 0 and "Tidak ada temuan" in result.stdout


def test_english_messages():
    result = runner.invoke(app, ["check", FAULTY, "--format", "json", "--lang", "en"])
    messages = [f["message"] for f in json.loads(result.stdout)["documents"][0]["findings"]]
    assert any("differs from the sum" in m for m in messages)


def test_unreadable_document_exits_two_and_is_listed(tmp_path):
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"not a zip")
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["check", CLEAN, str(bad), "--format", "json", "--output", str(out)])
    assert result.exit_code == 2
    docs = json.loads(out.read_text())["documents"]
    assert [d["status"] for d in docs] == ["checked", "unreadable"] and docs[1]["error"]


def test_missing_path_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "nope.xlsx")])
    assert result.exit_code == 2


def test_select_and_ignore():
    result = runner.invoke(app, ["check", FAULTY, "--format", "json", "--select", "ANG"])
    rules = {f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]}
    assert rules and all(r.startswith("ANG") for r in rules)
    result = runner.invoke(app, ["check", FAULTY, "--format", "json", "--ignore", "ANG", "--ignore", "BAB"])
    rules = {f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]}
    assert rules and not any(r.startswith(("ANG", "BAB")) for r in rules)


def test_rules_list_and_explain():
    assert "ANG-001" in runner.invoke(app, ["rules", "list"]).stdout
    out = runner.invoke(app, ["rules", "explain", "RSK-001", "--lang", "en"]).stdout
    assert "Why" in out and "Reference" in out and "Failing example" in out
    assert runner.invoke(app, ["rules", "explain", "XXX-999"]).exit_code == 2


def test_template_round_trips_through_the_reader(tmp_path):
    out = tmp_path / "t.xlsx"
    assert runner.invoke(app, ["template", "renstra", "-o", str(out)]).exit_code == 0
    from openpyxl import load_workbook
    wb = load_workbook(out)
    assert wb.sheetnames == ["Dokumen", "Bab", "Tujuan Sasaran", "Program", "Risiko"]
    headers = [c.value for c in wb["Program"][1]]
    assert headers[:2] == ["Kode", "Uraian"] and "Target Akhir" in headers and "Pagu 2029" in headers
    assert wb["Program"]["A1"].comment is not None


def test_matrix_profile_changes_expected_score(tmp_path):
    result = runner.invoke(app, ["check", CLEAN, "--format", "json", "--profile", "permendagri-86-matriks",
                                 "--select", "RSK"])
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    # the clean sample scores risks as products, which the matrix profile disagrees with
    assert any(f["rule"] == "RSK-001" for f in findings)


def test_usage_errors_follow_the_language(tmp_path):
    missing = str(tmp_path / "tidak-ada.xlsx")
    english = runner.invoke(app, ["check", missing, "--lang", "en"])
    indonesian = runner.invoke(app, ["check", missing])
    assert english.exit_code == indonesian.exit_code == 2
    assert f"file not found: {missing}" in english.stderr
    assert f"berkas tidak ditemukan: {missing}" in indonesian.stderr


PLAN_HEAD = "RENCANA KERJA\nKECAMATAN SUKAMAJU\nKABUPATEN CONTOH\nTAHUN 2026\n\n" + "".join(
    f"BAB {n} {title}\n" + "Isi bab ini ditulis dalam beberapa paragraf.\n\n" * 6 for n, title in [
        ("I", "PENDAHULUAN"), ("II", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU"),
        ("III", "TUJUAN DAN SASARAN PERANGKAT DAERAH"), ("IV", "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH"),
        ("V", "PENUTUP")])


def test_a_table_left_unread_is_not_clean(tmp_path):
    # A table of no known kind: its content was not checked, so the result must not pass.
    path = tmp_path / "renja.txt"
    path.write_text(PLAN_HEAD + "Tabel 1.1 Daftar Sesuatu\nKolom A\tKolom B\tKolom C\nsatu\tdua\ttiga\n"
                    "empat\tlima\tenam\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1 and "tabel tidak terbaca" in result.stdout
    doc = json.loads(runner.invoke(app, ["check", str(path), "--format", "json"]).stdout)["documents"][0]
    assert doc["verdict"] == "incomplete" and doc["stats"]["tables_skipped"] == 1
    english = runner.invoke(app, ["check", str(path), "--lang", "en"])
    assert english.exit_code == 1 and "could not be read" in english.stdout


def test_a_text_without_tables_passes_its_prose_checks_and_says_so(tmp_path):
    path = tmp_path / "renja.txt"
    path.write_text(PLAN_HEAD + "Dokumen ini tidak memuat tabel.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0 and "Tidak ada tabel dalam dokumen" in result.stdout
    doc = json.loads(runner.invoke(app, ["check", str(path), "--format", "json"]).stdout)["documents"][0]
    assert doc["verdict"] != "incomplete" and doc["stats"]["tables_read"] == 0
