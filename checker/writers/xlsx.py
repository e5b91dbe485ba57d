"""The Excel report an auditor works in: Ringkasan, Temuan (one row per finding), Aturan."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..report import Report
from .texts import CATEGORIES, TEXT, categories_in, identity, where

RUPIAH = '"Rp"#,##0;-"Rp"#,##0'
NUMBER = "#,##0.##"
FILLS = {"error": PatternFill("solid", fgColor="F8CBAD"), "warning": PatternFill("solid", fgColor="FFE699"),
         "info": PatternFill("solid", fgColor="DDEBF7")}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
MONEY_RULES = ("ANG-",)  # budget rules: expected / actual / difference are Rupiah


def append(ws: Worksheet, values: list) -> None:
    """Append a row; document text that starts with "=" stays text, never a formula, and control
    characters (which the xlsx format cannot hold) are dropped."""
    ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"


def header(ws: Worksheet, titles: list[str], widths: list[int]) -> None:
    ws.append(titles)
    for k, width in enumerate(widths, start=1):
        cell = ws.cell(row=1, column=k)
        cell.font, cell.fill = HEAD_FONT, HEAD_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(k)].width = width
    ws.freeze_panes = "A2"


def finish(ws: Worksheet) -> None:
    if ws.max_row > 1:
        ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{ws.max_row}"


def render(report: Report, lang: str = "id") -> bytes:
    t = TEXT[lang]
    wb = Workbook()
    summary = wb.active
    summary.title = "Ringkasan"
    write_summary(summary, report, lang)
    findings = wb.create_sheet("Temuan")
    many = len(report.documents) > 1
    titles = ([t["document"]] if many else []) + [t["rule"], t["category"], t["severity"], t["message"],
                                                  t["location"], t["section"], t["subject"], t["expected"],
                                                  t["actual"], t["difference"]]
    widths = ([28] if many else []) + [10, 22, 11, 80, 24, 28, 24, 16, 16, 16]
    header(findings, titles, widths)
    wrap = Alignment(wrap_text=True, vertical="top")
    for doc in report.documents:
        for f in doc.findings:
            row = ([identity(doc, lang)] if many else []) + [
                f.rule, CATEGORIES[lang].get(f.category, f.category), t[f.severity], f.message,
                where(f.location, lang), doc.section_of(f), f.subject]
            row += [v if isinstance(v, (int, float)) else (None if v is None else str(v))
                    for v in (f.expected, f.actual, f.difference)]
            append(findings, row)
            r = findings.max_row
            first = 2 if many else 1
            findings.cell(row=r, column=first + 2).fill = FILLS[f.severity]
            findings.cell(row=r, column=first + 3).alignment = wrap
            fmt = RUPIAH if f.rule.startswith(MONEY_RULES) else NUMBER
            for c in range(first + 7, first + 10):
                if isinstance(findings.cell(row=r, column=c).value, (int, float)):
                    findings.cell(row=r, column=c).number_format = fmt
    finish(findings)
    rules = wb.create_sheet("Aturan")
    header(rules, [t["rule"], t["category"], t["severity"], t["title"], t["reference"], t["findings"]],
           [10, 22, 11, 60, 60, 10])
    totals: dict[str, int] = {}
    for doc in report.documents:
        for f in doc.findings:
            totals[f.rule] = totals.get(f.rule, 0) + 1
    for info in report.rules:
        append(rules, [info.id, CATEGORIES[lang].get(info.category, info.category), t.get(info.severity, info.severity),
                      info.title, info.reference, totals.get(info.id, 0)])
        rules.cell(row=rules.max_row, column=4).alignment = wrap
        rules.cell(row=rules.max_row, column=5).alignment = wrap
    finish(rules)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_summary(ws: Worksheet, report: Report, lang: str) -> None:
    """Identity, counts by severity and category, and a verdict line per document."""
    t = TEXT[lang]
    bold = Font(bold=True)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    ws.append([t["heading"]])
    ws["A1"].font = Font(bold=True, size=14)
    for doc in report.documents:
        ws.append([])
        rows = [(t["document"], identity(doc, lang)), (t["path"], doc.path),
                (t["doc_type"], t["doc_types"].get(doc.doc_type or "", doc.doc_type or "-")),
                (t["kecamatan"], doc.kecamatan or "-"), (t["kabupaten"], doc.kabupaten or "-"),
                (t["period"], doc.period or "-"), (t["verdict"], t["verdicts"][doc.verdict()])]
        if doc.status == "unreadable":
            rows.append((t["reason"], doc.error or ""))
        for label, value in rows:
            append(ws, [label, value])
            ws.cell(row=ws.max_row, column=1).font = bold
        verdict_cell = ws.cell(row=ws.max_row if doc.status != "unreadable" else ws.max_row - 1, column=2)
        verdict_cell.font = bold
        verdict_cell.fill = FILLS["error"] if doc.verdict() in ("fix", "unreadable") else \
            FILLS["warning"] if doc.verdict() == "review" else PatternFill("solid", fgColor="C6EFCE")
        if doc.status == "unreadable":
            continue
        ws.append([t["by_severity"]])
        ws.cell(row=ws.max_row, column=1).font = bold
        for sev, n in doc.counts().items():
            ws.append([t[sev], n])
            ws.cell(row=ws.max_row, column=1).fill = FILLS[sev]
        ws.append([t["by_category"]])
        ws.cell(row=ws.max_row, column=1).font = bold
        counts = doc.by_category()
        for cat in categories_in([doc]):
            ws.append([CATEGORIES[lang].get(cat, cat), counts[cat]])
