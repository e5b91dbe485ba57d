"""Markdown for pasting into review notes: identity, verdict, counts, one table of findings."""
from __future__ import annotations

from ..report import Report
from .texts import CATEGORIES, TEXT, categories_in, identity, rule_status, where


def cell(text: object) -> str:
    """Table-safe: pipes escaped, line breaks and control characters flattened, markup inert."""
    s = "" if text is None else str(text)
    s = "".join(ch if ch.isprintable() else " " for ch in s)
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def render(report: Report, lang: str = "id") -> str:
    t = TEXT[lang]
    out = []
    for doc in report.documents:
        out += [f"## {cell(identity(doc, lang))}", "", f"- {t['path']}: `{cell(doc.path).replace('`', '')}`",
                f"- {t['verdict']}: **{t['verdicts'][doc.verdict()]}**"]
        if doc.status != "checked":
            out += [f"- {t['reason']}: {cell(doc.error)}", ""]
            continue
        counts = doc.counts()
        out.append("- " + ", ".join(f"{t[s]}: {n}" for s, n in counts.items()))
        by_cat = doc.by_category()
        if by_cat:
            out.append("- " + ", ".join(f"{CATEGORIES[lang].get(c, c)}: {by_cat[c]}" for c in categories_in([doc])))
        out.append("")
        if not doc.findings:
            out += [t["none"], ""]
            continue
        out += [f"| No | {t['rule']} | {t['severity']} | {t['location']} | {t['message']} |",
                "|---:|---|---|---|---|"]
        for k, f in enumerate(doc.findings, start=1):
            out.append(f"| {k} | {f.rule} | {t[f.severity]} | {cell(where(f.location, lang))} | {cell(f.message)} |")
        out.append("")
    if report.rules:  # every rule that ran and what it found: a clean result is told from one never checked
        out += [f"## {t['rules']}", "", f"| {t['rule']} | {t['rule_status']} | {t['findings']} | {t['title']} |",
                "|---|---|---:|---|"]
        for info in report.rules:
            n = sum(1 for d in report.documents for f in d.findings if f.rule == info.id)
            out.append(f"| {info.id} | {t['statuses'][rule_status(report.documents, info.id)]} | {n} | "
                       f"{cell(info.title)} |")
        out.append("")
    return "\n".join(out) + "\n"
