"""A review working paper as one self-contained HTML file: inline CSS, inline SVG, no scripts.

Every piece of text that came from a document goes through `esc`, so markup in a kecamatan
name or an indicator shows as text.
"""
from __future__ import annotations

from html import escape

from ..numbers import format_number, format_rupiah
from ..report import DocumentResult, Finding, Report, RuleInfo
from .texts import CATEGORIES, TEXT, categories_in, identity, where

CSS = """
@page { size: A4; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; margin: 0 auto;
       max-width: 1100px; padding: 16px; }
h1 { font-size: 16pt; margin: 0 0 4px; color: #1f3864; }
h2 { font-size: 13pt; margin: 22px 0 8px; color: #1f3864; border-bottom: 2px solid #1f3864; padding-bottom: 2px; }
h3 { font-size: 11pt; margin: 16px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #b4b4b4; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #1f3864; color: #fff; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.ident td:first-child { width: 28%; font-weight: 600; background: #f2f2f2; }
.verdict { padding: 8px 12px; border-radius: 4px; font-weight: 700; margin: 10px 0; }
.v-fix, .v-unreadable, .v-timed_out { background: #f8cbad; } .v-review, .v-incomplete, .v-not_finished { background: #ffe699; } .v-clean { background: #c6efce; }
.sev { font-weight: 600; white-space: nowrap; }
.sev-error { color: #9c0006; } .sev-warning { color: #7f6000; } .sev-info { color: #1f4e79; }
tr.error td:first-child { border-left: 4px solid #c00000; }
tr.warning td:first-child { border-left: 4px solid #bf8f00; }
tr.info td:first-child { border-left: 4px solid #2e75b6; }
.doc { page-break-before: always; } .doc:first-of-type { page-break-before: auto; }
.muted { color: #666; font-size: 9pt; }
svg text { font: 9pt "DejaVu Sans", Arial, sans-serif; }
.heat td { text-align: center; }
/* The kecamatan x category table: one narrow column per category, its name written upward, so
   fourteen categories fit an A4 page and a 1200 px window; a wider one scrolls, never overflows. */
.wide { overflow-x: auto; max-width: 100%; }
.heat { table-layout: fixed; font-size: 8pt; }
.heat th { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; padding: 4px 2px;
           text-align: left; vertical-align: bottom; }
.heat th:first-child { writing-mode: horizontal-tb; transform: none; width: 24%; vertical-align: bottom; }
.heat td { padding: 2px; overflow: hidden; }
@media print { body { padding: 0; max-width: none; } h2 { page-break-after: avoid; }
               tr { page-break-inside: avoid; } thead { display: table-header-group; } }
"""


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def figure(finding: Finding, value: object, lang: str) -> str:
    if isinstance(value, (int, float)):
        return format_rupiah(value) if finding.rule.startswith("ANG-") else format_number(value, lang)
    return "" if value is None else str(value)


def bar_chart(counts: list[tuple[str, int]], colour: str = "#2e75b6") -> str:
    """Horizontal bars, one per label, as inline SVG."""
    if not counts:
        return ""
    top = max(n for _, n in counts) or 1
    row, label_w, bar_w = 20, 210, 380
    height = row * len(counts) + 6
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" height="{height}" '
             f'role="img" aria-label="chart">']
    for k, (label, n) in enumerate(counts):
        y = 3 + k * row
        w = max(1, round(bar_w * n / top))
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{esc(label)}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w}" height="{row - 6}" fill="{colour}"/>'
                     f'<text x="{label_w + w + 5}" y="{y + 13}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def page(title: str, body: str, lang: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>{body}</body></html>\n")


def document_section(doc: DocumentResult, rules: list[RuleInfo], lang: str) -> str:
    t = TEXT[lang]
    out = [f'<section class="doc"><h1>{esc(t["heading"])}</h1><p class="muted">{esc(identity(doc, lang))}</p>',
           '<table class="ident">']
    for label, value in ((t["doc_type"], t["doc_types"].get(doc.doc_type or "", doc.doc_type or "-")),
                         (t["kecamatan"], doc.kecamatan or "-"), (t["kabupaten"], doc.kabupaten or "-"),
                         (t["period"], doc.period or "-"), (t["path"], doc.path)):
        out.append(f"<tr><td>{esc(label)}</td><td>{esc(value)}</td></tr>")
    out.append("</table>")
    verdict = doc.verdict()
    out.append(f'<div class="verdict v-{verdict}">{esc(t["verdicts"][verdict])}</div>')
    if doc.status != "checked":
        out.append(f"<p><b>{esc(t['reason'])}:</b> {esc(doc.error)}</p></section>")
        return "".join(out)
    counts = doc.counts()
    out.append(f"<h2>{esc(t['summary'])}</h2><table><thead><tr>")
    out += [f"<th>{esc(t[s])}</th>" for s in counts] + [f"<th>{esc(t['total'])}</th></tr></thead><tr>"]
    out += [f'<td class="num">{n}</td>' for n in counts.values()] + [f'<td class="num">{len(doc.findings)}</td></tr></table>']
    by_cat = doc.by_category()
    cats = categories_in([doc])
    if cats:
        out.append(f"<h3>{esc(t['by_category'])}</h3>")
        out.append(bar_chart([(CATEGORIES[lang].get(c, c), by_cat[c]) for c in cats]))
    out.append(f"<h2>{esc(t['findings'])}</h2>")
    if not doc.findings:
        out.append(f"<p>{esc(t['none'])}</p>")
    groups: dict[str, list[Finding]] = {}
    for f in doc.findings:
        groups.setdefault(doc.section_of(f), []).append(f)
    number = 0
    for section, findings in groups.items():
        out.append(f"<h3>{esc(section)}</h3><table><thead><tr><th>No</th><th>{esc(t['rule'])}</th>"
                   f"<th>{esc(t['severity'])}</th><th>{esc(t['location'])}</th><th>{esc(t['message'])}</th>"
                   f"<th>{esc(t['expected'])}</th><th>{esc(t['actual'])}</th><th>{esc(t['difference'])}</th>"
                   "</tr></thead><tbody>")
        for f in findings:
            number += 1
            out.append(f'<tr class="{f.severity}"><td class="num">{number}</td><td class="nowrap">{esc(f.rule)}</td>'
                       f'<td class="sev sev-{f.severity}">{esc(t[f.severity])}</td>'
                       f'<td class="nowrap">{esc(where(f.location, lang))}</td><td>{esc(f.message)}</td>'
                       f'<td class="num">{esc(figure(f, f.expected, lang))}</td>'
                       f'<td class="num">{esc(figure(f, f.actual, lang))}</td>'
                       f'<td class="num">{esc(figure(f, f.difference, lang))}</td></tr>')
        out.append("</tbody></table>")
    if doc.accepted:  # listed, so a reader sees what was accepted and why, but not counted
        out.append(f"<h2>{esc(t['accepted'])}</h2><table><thead><tr><th>{esc(t['rule'])}</th>"
                   f"<th>{esc(t['location'])}</th><th>{esc(t['message'])}</th><th>{esc(t['reason'])}</th>"
                   "</tr></thead><tbody>")
        for f in doc.accepted:
            reason = t["baseline"] if f.accepted == "baseline" else f.accepted
            out.append(f'<tr><td class="nowrap">{esc(f.rule)}</td><td class="nowrap">{esc(where(f.location, lang))}</td>'
                       f"<td>{esc(f.message)}</td><td>{esc(reason)}</td></tr>")
        out.append("</tbody></table>")
    status = {r.id: r for r in doc.rules}
    out.append(f"<h2>{esc(t['rules'])}</h2><table><thead><tr><th>{esc(t['rule'])}</th><th>{esc(t['title'])}</th>"
               f"<th>{esc(t['category'])}</th><th>{esc(t['reference'])}</th><th>{esc(t['status'])}</th>"
               "</tr></thead><tbody>")
    for info in rules:
        st = status.get(info.id)
        label = "-" if st is None else (f"{st.findings} {t['findings'].lower()}" if st.status == "findings"
                                        else t["statuses"][st.status])
        out.append(f"<tr><td class='nowrap'>{esc(info.id)}</td><td>{esc(info.title)}</td>"
                   f"<td>{esc(CATEGORIES[lang].get(info.category, info.category))}</td>"
                   f"<td>{esc(info.reference)}</td><td class='nowrap'>{esc(label)}</td></tr>")
    out.append(f"</tbody></table><p class='muted'>{esc(t['generated'])}</p></section>")
    return "".join(out)


def render(report: Report, lang: str = "id") -> str:
    body = "".join(document_section(doc, report.rules, lang) for doc in report.documents)
    title = identity(report.documents[0], lang) if len(report.documents) == 1 else TEXT[lang]["heading"]
    return page(title, body, lang)
