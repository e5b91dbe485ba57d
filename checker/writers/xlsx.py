"""The Excel report an auditor works in: Ringkasan, Temuan (one row per finding), Aturan.

Written in openpyxl's write-only mode (rows streamed, styles per cell), which a batch needs: it
writes one of these per document. `Sheet` is shared with the batch summary.
"""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..report import Report
from .texts import CATEGORIES, TEXT, categories_in, identity, where

RUPIAH = '"Rp"#,##0;-"Rp"#,##0'
NUMBER = "#,##0.##"
FILLS = {"error": PatternFill("solid", fgColor="F8CBAD"), "warning": PatternFill("solid", fgColor="FFE699"),
         "info": PatternFill("solid", fgColor="DDEBF7")}
CLEAN_FILL = PatternFill("solid", fgColor="C6EFCE")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
MONEY_RULES = ("ANG-",)  # budget rules: expected / actual / difference are Rupiah


class Sheet:
    """A write-only sheet: optional styled header (frozen, filtered), column widths, safe cells."""

    def __init__(self, wb: Workbook, title: str, heads: list[str] | None, widths: list[int]):
        self.ws = wb.create_sheet(title[:31])
        for k, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(k)].width = width
        self.rows = 0
        self.width = len(heads or widths)
        self.filtered = heads is not None
        if heads is not None:
            self.ws.freeze_panes = "A2"
            self.add([self.cell(h, font=HEAD_FONT, fill=HEAD_FILL) for h in heads])

    def cell(self, value, font=None, fill=None, number_format=None, alignment=None) -> Cell:
        """Document text that starts with "=" stays text, never a formula; control characters
        (which the xlsx format cannot hold) are dropped."""
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        c = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str) and value.startswith("="):
            c.data_type = "s"
        for name, style in (("font", font), ("fill", fill), ("number_format", number_format),
                            ("alignment", alignment)):
            if style is not None:
                setattr(c, name, style)
        return c

    def add(self, cells: list) -> None:
        self.ws.append([c if isinstance(c, Cell) else self.cell(c) for c in cells])
        self.rows += 1

    def close(self) -> None:
        if self.filtered and self.rows > 1:
            self.ws.auto_filter.ref = f"A1:{get_column_letter(self.width)}{self.rows}"


def render(report: Report, lang: str = "id") -> bytes:
    t = TEXT[lang]
    wb = Workbook(write_only=True)
    write_summary(Sheet(wb, "Ringkasan", None, [28, 70]), report, lang)
    many = len(report.documents) > 1
    titles = ([t["document"]] if many else []) + [t["rule"], t["category"], t["severity"], t["message"],
                                                  t["location"], t["section"], t["subject"], t["expected"],
                                                  t["actual"], t["difference"]]
    findings = Sheet(wb, "Temuan", titles, ([28] if many else []) + [10, 22, 11, 80, 24, 28, 24, 16, 16, 16])
    for doc in report.documents:
        for f in doc.findings:
            fmt = RUPIAH if f.rule.startswith(MONEY_RULES) else NUMBER
            figures = [findings.cell(v, number_format=fmt) if isinstance(v, (int, float)) and not isinstance(v, bool)
                       else (None if v is None else str(v)) for v in (f.expected, f.actual, f.difference)]
            findings.add(([identity(doc, lang)] if many else []) + [
                f.rule, CATEGORIES[lang].get(f.category, f.category),
                findings.cell(t[f.severity], fill=FILLS[f.severity]), findings.cell(f.message, alignment=WRAP),
                where(f.location, lang), doc.section_of(f), f.subject, *figures])
    findings.close()
    rules = Sheet(wb, "Aturan", [t["rule"], t["category"], t["severity"], t["title"], t["reference"], t["findings"]],
                  [10, 22, 11, 60, 60, 10])
    totals: dict[str, int] = {}
    for doc in report.documents:
        for f in doc.findings:
            totals[f.rule] = totals.get(f.rule, 0) + 1
    for info in report.rules:
        rules.add([info.id, CATEGORIES[lang].get(info.category, info.category), t.get(info.severity, info.severity),
                   rules.cell(info.title, alignment=WRAP), rules.cell(info.reference, alignment=WRAP),
                   totals.get(info.id, 0)])
    rules.close()
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_summary(sheet: Sheet, report: Report, lang: str) -> None:
    """Identity, verdict, counts by severity and category, per document."""
    t = TEXT[lang]
    sheet.add([sheet.cell(t["heading"], font=Font(bold=True, size=14))])
    for doc in report.documents:
        verdict = doc.verdict()
        fill = FILLS["error"] if verdict in ("fix", "unreadable") else FILLS["warning"] if verdict == "review" \
            else CLEAN_FILL
        sheet.add([])
        rows = [(t["document"], identity(doc, lang)), (t["path"], doc.path),
                (t["doc_type"], t["doc_types"].get(doc.doc_type or "", doc.doc_type or "-")),
                (t["kecamatan"], doc.kecamatan or "-"), (t["kabupaten"], doc.kabupaten or "-"),
                (t["period"], doc.period or "-")]
        for label, value in rows:
            sheet.add([sheet.cell(label, font=BOLD), value])
        sheet.add([sheet.cell(t["verdict"], font=BOLD), sheet.cell(t["verdicts"][verdict], font=BOLD, fill=fill)])
        if doc.status == "unreadable":
            sheet.add([sheet.cell(t["reason"], font=BOLD), doc.error or ""])
            continue
        sheet.add([sheet.cell(t["by_severity"], font=BOLD)])
        for sev, n in doc.counts().items():
            sheet.add([sheet.cell(t[sev], fill=FILLS[sev]), n])
        sheet.add([sheet.cell(t["by_category"], font=BOLD)])
        counts = doc.by_category()
        for cat in categories_in([doc]):
            sheet.add([CATEGORIES[lang].get(cat, cat), counts[cat]])
