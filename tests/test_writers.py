"""Each report format, checked for its content: the xlsx sheets, the escaped HTML, Markdown, SARIF."""
import io
import json

import openpyxl
import pytest

from checker.config import Settings
from checker.models import Location
from checker.pipeline import check
from checker.report import DocumentResult, Finding, Report
from checker.writers import WRITERS

from conftest import SAMPLES

HOSTILE = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def report() -> Report:
    rep = check([SAMPLES / "renja-sukamaju-2026-salah.txt", SAMPLES / "renja-sukamaju-2026-salah.xlsx"])
    rep.documents.append(DocumentResult(
        path="../kiriman/aneh.txt", doc_type="renja", kecamatan=HOSTILE, kabupaten="Kab | Pipa", period="2026",
        findings=[Finding(rule="ANG-001", category="rollup", severity="error", subject="=HYPERLINK(\"x\")",
                          message=f"Pagu {HOSTILE} | salah\nbaris baru", location=Location(line=7, table="T<1>"),
                          expected=100, actual=90, difference=-10)]))
    rep.documents.append(DocumentResult(path="rusak.xlsx", status="unreadable", error="arsip xlsx rusak"))
    return rep


def test_xlsx_has_summary_findings_and_rules_sheets(report):
    wb = openpyxl.load_workbook(io.BytesIO(WRITERS["xlsx"].render(report)))
    assert wb.sheetnames == ["Ringkasan", "Temuan", "Aturan"]
    temuan = wb["Temuan"]
    total = sum(len(d.findings) for d in report.documents)
    assert temuan.max_row == total + 1
    assert temuan.freeze_panes == "A2" and temuan.auto_filter.ref == f"A1:K{total + 1}"
    heads = [c.value for c in temuan[1]]
    assert heads[:5] == ["Dokumen", "Aturan", "Kategori", "Tingkat", "Pesan"]
    rows = list(temuan.iter_rows(min_row=2))
    ang = next(r for r in rows if r[1].value == "ANG-002")
    assert ang[8].number_format.startswith('"Rp"') and isinstance(ang[8].value, int)
    assert ang[3].value == "galat" and ang[3].fill.fgColor.rgb.endswith("F8CBAD")
    injected = next(r for r in rows if r[7].value and str(r[7].value).startswith("=HYPERLINK"))
    assert injected[7].data_type == "s"                      # document text never becomes a formula
    rules = wb["Aturan"]
    assert rules.max_row == len(report.rules) + 1
    assert all(r[4].value for r in rules.iter_rows(min_row=2))  # every rule with its regulation
    summary = [c.value for row in wb["Ringkasan"].iter_rows() for c in row if c.value is not None]
    assert "Perlu diperbaiki: ada temuan tingkat galat." in summary
    assert "arsip xlsx rusak" in summary


def test_html_is_self_contained_and_escapes_document_text(report):
    html = WRITERS["html"].render(report)
    assert "<script" not in html.lower() and "&lt;script&gt;" in html
    assert "<link" not in html and "src=" not in html and 'href="http' not in html
    assert html.count("<svg") >= 2                            # a category chart per document with findings
    assert "@page { size: A4" in html
    first = report.documents[0]
    for f in first.findings:
        assert f.message.replace("'", "&#x27;") in html
    assert "BAB II" in html and "Tabel 2.1" in html          # findings grouped by chapter and table
    assert "Permendagri 86/2017" in html


def test_html_in_english(report):
    html = WRITERS["html"].render(report, "en")
    assert "Must be fixed" in html and "Findings by category" in html and 'lang="en"' in html


def test_markdown_table_is_safe(report):
    md = WRITERS["md"].render(report)
    assert "| 1 | RAS-001 | galat | baris 63 (Tabel 2.1) |" in md
    assert "\\| salah baris baru" in md and "<script>" not in md
    assert md.count("## ") == len(report.documents) + 1   # a section per document, then the rules
    assert "## Aturan" in md and "| RAS-001 | ada temuan |" in md and "| lolos |" in md


def test_sarif_locations_levels_and_notifications(report):
    sarif = json.loads(WRITERS["sarif"].render(report))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert len(results) == sum(len(d.findings) for d in report.documents)
    text = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".txt")]
    assert text[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 63
    cells = [r for r in results if "logicalLocations" in r["locations"][0]]
    assert cells and "!" in cells[0]["locations"][0]["logicalLocations"][0]["name"]
    assert {r["level"] for r in results} <= {"error", "warning", "note"}
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in results if "ruleIndex" in r)
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes] == ["rusak.xlsx: arsip xlsx rusak"]


def test_messages_in_english_with_rupiah():
    rep = check([SAMPLES / "renja-sukamaju-2026-salah.xlsx"], Settings(lang="en"))
    messages = [f.message for f in rep.documents[0].findings if f.rule == "ANG-001"]
    assert messages and all(m.startswith("Budget of programme") and "Rp" in m for m in messages)


def test_xlsx_package_is_well_formed(report):
    import zipfile
    from xml.etree import ElementTree
    data = WRITERS["xlsx"].render(report)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        assert names[:5] == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                             "xl/styles.xml"]
        for name in names:
            ElementTree.fromstring(zf.read(name))            # every part parses
        workbook = zf.read("xl/workbook.xml").decode()
    assert "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\"" in workbook
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert [ws.title for ws in wb] == ["Ringkasan", "Temuan", "Aturan"]
    assert wb["Temuan"].column_dimensions["E"].width == 80   # the message column, in a one-document report too


def test_console_stays_readable_at_80_columns():
    import io
    from rich.console import Console  # noqa: F401  (the writer's own console reads the width)
    from checker.config import Settings
    from checker.pipeline import check
    from checker.writers import write_console
    from conftest import SAMPLES
    report = check([SAMPLES / "renja-sukamaju-2026-salah.txt"], Settings())
    buffer = io.StringIO()
    write_console(report, buffer, "id")   # a StringIO is not a terminal: 80 columns
    text = buffer.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 80
    for f in report.documents[0].findings:
        assert f.rule in text and f.message.split()[0] in text
