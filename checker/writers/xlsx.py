"""The Excel report an auditor works in: Ringkasan, Temuan (one row per finding), Aturan.

Built with the small SpreadsheetML writer in `ooxml.py` (a batch writes one per document; see
there why), with the same look as the batch summary: navy frozen header with a filter, severity
colours, Rupiah formats on budget figures, wrapped messages.
"""
from __future__ import annotations

import math
from pathlib import Path

from ..report import Report
from . import ooxml
from .ooxml import (BOLD, BOLD_CLEAN, BOLD_ERROR, BOLD_WARNING, DECIMAL, HEAD, NUMBER, RUPIAH, SEVERITY_STYLE, TITLE,
                    WRAP, Cell)
from .texts import CATEGORIES, TEXT, categories_in, identity, rule_status, where

MONEY_RULES = ("ANG-",)  # budget rules: expected / actual / difference are Rupiah
VERDICT_STYLE = {"fix": BOLD_ERROR, "unreadable": BOLD_ERROR, "timed_out": BOLD_ERROR, "not_finished": BOLD_WARNING, "incomplete": BOLD_WARNING, "review": BOLD_WARNING,
                 "clean": BOLD_CLEAN}


def _figure(value, style: int):
    if isinstance(value, bool) or value is None:
        return None if value is None else str(value)
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            return str(value)
        # "#,##0.##" shows a whole number as "95." in Excel: whole numbers get "#,##0", others "#,##0.00"
        fractional = style == NUMBER and float(value) != int(value)
        return Cell(value, DECIMAL if fractional else style)
    return str(value)


def render(report: Report, lang: str = "id") -> bytes:
    t = TEXT[lang]
    summary = ooxml.Sheet("Ringkasan", [28, 70], header=False)
    write_summary(summary, report, lang)
    many = len(report.documents) > 1
    titles = ([t["document"]] if many else []) + [t["rule"], t["category"], t["severity"], t["message"],
                                                  t["location"], t["section"], t["subject"], t["expected"],
                                                  t["actual"], t["difference"]]
    findings = ooxml.Sheet("Temuan", ([28] if many else []) + [10, 22, 11, 80, 24, 28, 24, 16, 16, 16])
    findings.add([Cell(h, HEAD) for h in titles])
    for doc in report.documents:
        for f in doc.findings:
            style = RUPIAH if f.rule.startswith(MONEY_RULES) else NUMBER
            # the same identity read from a .txt and an .xlsx looks alike: the file tells them apart
            findings.add(([f"{identity(doc, lang)} — {Path(doc.path).name}"] if many else []) + [
                f.rule, CATEGORIES[lang].get(f.category, f.category), Cell(t[f.severity], SEVERITY_STYLE[f.severity]),
                Cell(f.message, WRAP), where(f.location, lang), doc.section_of(f), f.subject,
                *(_figure(v, style) for v in (f.expected, f.actual, f.difference))])
    rules = ooxml.Sheet("Aturan", [10, 22, 11, 16, 60, 60, 10])
    rules.add([Cell(h, HEAD) for h in (t["rule"], t["category"], t["severity"], t["rule_status"], t["title"],
                                        t["reference"], t["findings"])])
    totals: dict[str, int] = {}
    for doc in report.documents:
        for f in doc.findings:
            totals[f.rule] = totals.get(f.rule, 0) + 1
    for info in report.rules:
        rules.add([info.id, CATEGORIES[lang].get(info.category, info.category), t.get(info.severity, info.severity),
                   t["statuses"][rule_status(report.documents, info.id)],
                   Cell(info.title, WRAP), Cell(info.reference, WRAP), totals.get(info.id, 0)])
    sheets = [summary, findings, rules]
    accepted = [(doc, f) for doc in report.documents for f in doc.accepted]
    if accepted:  # what a baseline or waiver accepted, with the reason: listed, not counted
        sheet = ooxml.Sheet("Diterima" if lang == "id" else "Accepted", [30, 10, 22, 80, 50])
        sheet.add([Cell(h, HEAD) for h in (t["path"], t["rule"], t["location"], t["message"], t["reason"])])
        for doc, f in accepted:
            sheet.add([Path(doc.path).name, f.rule, where(f.location, lang), Cell(f.message, WRAP),
                       t["baseline"] if f.accepted == "baseline" else f.accepted])
        sheets.append(sheet)
    return ooxml.workbook(sheets)


def write_summary(sheet: ooxml.Sheet, report: Report, lang: str) -> None:
    """Identity, verdict, counts by severity and category, per document."""
    t = TEXT[lang]
    sheet.add([Cell(t["heading"], TITLE)])
    for doc in report.documents:
        verdict = doc.verdict()
        sheet.add([])
        for label, value in ((t["document"], identity(doc, lang)), (t["path"], doc.path),
                             (t["doc_type"], t["doc_types"].get(doc.doc_type or "", doc.doc_type or "-")),
                             (t["kecamatan"], doc.kecamatan or "-"), (t["kabupaten"], doc.kabupaten or "-"),
                             (t["period"], doc.period or "-")):
            sheet.add([Cell(label, BOLD), value])
        sheet.add([Cell(t["verdict"], BOLD), Cell(t["verdicts"][verdict], VERDICT_STYLE[verdict])])
        if doc.status != "checked":
            sheet.add([Cell(t["reason"], BOLD), doc.error or ""])
            continue
        sheet.add([Cell(t["by_severity"], BOLD)])
        for sev, n in doc.counts().items():
            sheet.add([Cell(t[sev], SEVERITY_STYLE[sev]), n])
        sheet.add([Cell(t["by_category"], BOLD)])
        counts = doc.by_category()
        for cat in categories_in([doc]):
            sheet.add([CATEGORIES[lang].get(cat, cat), counts[cat]])
