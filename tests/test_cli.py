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
    # the chapters from the profile, dropdowns where a planner picks a value, notes of each sheet's own
    assert [r[0] for r in wb["Bab"].iter_rows(min_row=2, values_only=True)] == ["I", "II", "III", "IV", "V",
                                                                               "VI", "VII", "VIII"]
    lists = {dv.formula1 for ws in wb for dv in ws.data_validations.dataValidation}
    assert '"naik,turun"' in lists and '"tujuan,sasaran"' in lists and any("Sedang" in f for f in lists)
    assert wb["Bab"]["A1"].comment.text != wb["Dokumen"]["A1"].comment.text
    # checked empty, it says what is missing instead of 'unreadable'
    result = runner.invoke(app, ["check", str(out), "--format", "json"])
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["status"] == "checked" and doc["verdict"] == "incomplete" and result.exit_code == 1
    assert any("Program" in f["message"] for f in doc["findings"] if f["category"] == "input")


def test_matrix_profile_changes_expected_score(tmp_path):
    result = runner.invoke(app, ["check", CLEAN, "--format", "json", "--profile", "permendagri-86-matriks",
                                 "--select", "RSK"])
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    # the clean sample scores risks as products, which the matrix profile disagrees with
    assert any(f["rule"] == "RSK-001" for f in findings)


def test_a_missing_file_is_an_unreadable_document_beside_the_good_one(tmp_path):
    missing = str(tmp_path / "tidak-ada.xlsx")
    english = runner.invoke(app, ["check", CLEAN, missing, "--lang", "en", "--format", "json"])
    indonesian = runner.invoke(app, ["check", missing, CLEAN, CLEAN])   # named twice: checked once
    assert english.exit_code == indonesian.exit_code == 2
    docs = json.loads(english.stdout)["documents"]
    assert [(d["path"], d["status"]) for d in docs] == [(CLEAN, "checked"), (missing, "unreadable")]
    assert docs[1]["error"] == "file not found"
    assert "berkas tidak ditemukan" in indonesian.stdout and indonesian.stdout.count(CLEAN) == 1


def test_rule_selection_by_any_case_prefix_and_comma_list():
    result = runner.invoke(app, ["check", FAULTY, "--format", "json", "--select", "ang-001,kod", "--select", "inp"])
    rules = {r["id"] for r in json.loads(result.stdout)["documents"][0]["rules"]}
    assert rules and all(r == "ANG-001" or r.startswith("KOD-") for r in rules)
    for bad in (["--select", "FOO-1"], ["--select", "ANG-001,NOPE"], ["--ignore", "XYZ"]):
        result = runner.invoke(app, ["check", FAULTY, *bad])
        assert result.exit_code == 2 and "tidak ada" in result.stderr, bad
    listed = runner.invoke(app, ["rules", "list"])
    assert "INP-001" in listed.stdout
    assert "INP-001" in runner.invoke(app, ["rules", "explain", "inp-001"]).stdout


def test_output_mistakes_are_usage_errors(tmp_path):
    for out in (str(tmp_path), str(tmp_path / "no" / "such" / "report.json")):
        result = runner.invoke(app, ["check", CLEAN, "--format", "json", "-o", out])
        assert result.exit_code == 2 and result.stderr.startswith("rencana: "), out
        assert "Traceback" not in result.output
    blocked = tmp_path / "file"
    blocked.write_text("x")
    result = runner.invoke(app, ["batch", str(SAMPLES), "--out", str(blocked / "reports")])
    assert result.exit_code == 2 and "tidak dapat menulis" in result.stderr


def test_option_values_are_checked_and_case_blind(tmp_path):
    assert runner.invoke(app, ["check", CLEAN, "--format", "JSON"]).exit_code == 0
    for bad in (["--timeout", "0"], ["--timeout", "-5"]):
        assert runner.invoke(app, ["batch", str(SAMPLES), "--out", str(tmp_path / "r"), *bad]).exit_code == 2
    assert runner.invoke(app, ["template", "renstra", "-o", str(tmp_path / "t.xlsx"), "--lama", "4"]).exit_code == 2
    for kind in ("rencana-aksi", "Renja"):
        assert runner.invoke(app, ["template", kind, "-o", str(tmp_path / f"{kind}.xlsx")]).exit_code == 0, kind
    assert runner.invoke(app, ["--version"]).stdout.startswith("rencana ")


def test_reports_follow_the_umask(tmp_path):
    import os
    out = tmp_path / "r.json"
    old = os.umask(0o022)
    try:
        # the mode is read once at import, as the process's umask; this run has the usual 022
        runner.invoke(app, ["check", CLEAN, "--format", "json", "-o", str(out)])
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o666 & ~old


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
    assert result.exit_code == 1 and "tabel atau halaman tidak terbaca" in result.stdout
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


def test_a_config_file_found_upward_sets_the_defaults_and_the_command_line_wins(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.rencana]\nlang = "en"\nselect = ["ANG"]\nfail_on = "never"\n')
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    result = runner.invoke(app, ["check", FAULTY, "--format", "json"])
    doc = json.loads(result.stdout)["documents"][0]
    assert result.exit_code == 0                              # fail_on = never
    assert {r["id"][:3] for r in doc["rules"]} == {"ANG"}
    assert "Budget" in doc["findings"][0]["message"] or "budget" in doc["findings"][0]["message"]
    assert runner.invoke(app, ["check", FAULTY, "--fail-on", "error"]).exit_code == 1
    (work / "rencana.toml").write_text('profil = "x"\n')      # a misspelt key is a usage error
    result = runner.invoke(app, ["check", FAULTY])
    assert result.exit_code == 2 and "profil" in result.stderr


def test_fail_on_warning_and_statistics():
    clean = runner.invoke(app, ["check", CLEAN, "--fail-on", "warning", "--statistics"])
    assert clean.exit_code == 0
    faulty = runner.invoke(app, ["check", FAULTY, "--statistics", "--format", "json"])
    assert faulty.exit_code == 1
    counted = [line.split() for line in faulty.stderr.splitlines() if line.strip()]
    assert counted and all(row[0].isdigit() and "-" in row[1] for row in counted)
    doc = json.loads(faulty.stdout)["documents"][0]
    assert sum(int(row[0]) for row in counted) == len(doc["findings"])


def test_rules_list_as_json_and_profiles_list():
    rows = json.loads(runner.invoke(app, ["rules", "list", "--format", "json"]).stdout)
    by_id = {r["id"]: r for r in rows}
    assert by_id["ANG-005"]["doc_types"] == ["renstra", "renja"] and "INP-001" in by_id
    profiles = runner.invoke(app, ["profiles", "list"]).stdout
    assert "permendagri-86" in profiles and "permendagri-86-matriks" in profiles


def test_baseline_reports_only_new_findings_and_waivers_accept_one(tmp_path):
    old = tmp_path / "old.json"
    runner.invoke(app, ["check", FAULTY, "--format", "json", "-o", str(old)])
    again = runner.invoke(app, ["check", FAULTY, "--format", "json", "--baseline", str(old)])
    doc = json.loads(again.stdout)["documents"][0]
    assert again.exit_code == 0 and not [f for f in doc["findings"] if f["category"] != "input"]
    assert doc["accepted"] and all(f["accepted"] == "baseline" for f in doc["accepted"])
    first = json.loads(old.read_text())["documents"][0]["findings"][0]
    waivers = tmp_path / "waivers.toml"
    waivers.write_text(f'[[waiver]]\nrule = "{first["rule"]}"\nfile = "*salah*"\ncell = "{first["location"]["cell"]}"\n'
                       f'reason = "disetujui Inspektorat"\n', encoding="utf-8")
    waived = json.loads(runner.invoke(app, ["check", FAULTY, "--format", "json", "--waivers", str(waivers)]).stdout)
    doc = waived["documents"][0]
    assert [f["accepted"] for f in doc["accepted"]] == ["disetujui Inspektorat"]
    assert len(doc["findings"]) == len(json.loads(old.read_text())["documents"][0]["findings"]) - 1
    html = runner.invoke(app, ["check", FAULTY, "--format", "html", "--waivers", str(waivers)]).stdout
    assert "Temuan yang sudah diterima" in html and "disetujui Inspektorat" in html
    book = tmp_path / "r.xlsx"
    runner.invoke(app, ["check", FAULTY, "--format", "xlsx", "-o", str(book), "--waivers", str(waivers)])
    from openpyxl import load_workbook
    rows = list(load_workbook(book)["Diterima"].values)
    assert len(rows) == 2 and rows[1][-1] == "disetujui Inspektorat"
    sarif = json.loads(runner.invoke(app, ["check", FAULTY, "--format", "sarif", "--waivers", str(waivers)]).stdout)
    suppressed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert [(r["ruleId"], r["suppressions"][0]["justification"]) for r in suppressed] == \
        [(first["rule"], "disetujui Inspektorat")]
    waivers.write_text('[[waiver]]\nrule = "ANG-001"\n', encoding="utf-8")   # no reason
    assert runner.invoke(app, ["check", FAULTY, "--waivers", str(waivers)]).exit_code == 2


def test_usage_errors_speak_the_language_of_the_messages():
    """click's (typer's) own usage errors are Indonesian by default and English with --lang en."""
    import subprocess
    import sys
    from pathlib import Path
    rencana = str(Path(sys.executable).parent / "rencana")
    run = lambda *args: subprocess.run([rencana, *args], capture_output=True, text=True)  # noqa: E731
    assert "Pilihan tidak dikenal: --bogus" in run("check", "--bogus").stderr
    assert "Argumen 'BERKAS...' belum diberikan." in run("check").stderr
    assert "'xx' bukan salah satu dari 'id', 'en'" in run("check", "--lang", "xx", "x").stderr
    english = run("check", "--lang", "en").stderr
    assert "Missing argument 'BERKAS...'." in english and "Try 'rencana check -h' for help." in english


def test_help_shows_no_python_type_names_and_speaks_one_language():
    import subprocess
    import sys
    from pathlib import Path
    rencana = str(Path(sys.executable).parent / "rencana")
    page = subprocess.run([rencana, "check", "-h"], capture_output=True, text=True,
                          env={"COLUMNS": "120", "PATH": "/usr/bin:/bin"}).stdout
    assert "<bool>" not in page and "<list[" not in page and "[[waiver]]" in page
    assert "Tampilkan bantuan ini lalu keluar." in page and ".docx, .pdf" in page
    english = subprocess.run([rencana, "check", "-h", "--lang", "en"], capture_output=True, text=True,
                             env={"COLUMNS": "120", "PATH": "/usr/bin:/bin"}).stdout
    assert "Show this message and exit." in english
