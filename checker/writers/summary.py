"""The batch summary: ringkasan.xlsx and ringkasan.html, one row per document.

`links` maps a document's path to its HTML report, relative to the summary (None when the
document could not be read and so has no report).
"""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from ..report import SEVERITIES, DocumentResult, Report
from .html import bar_chart, esc, page
from .texts import CATEGORIES, TEXT, categories_in
from .xlsx import FILLS, append, finish, header

VERDICT_FILLS = {"fix": FILLS["error"], "unreadable": FILLS["error"], "review": FILLS["warning"]}


def _kind(doc: DocumentResult, lang: str) -> str:
    return TEXT[lang]["doc_types"].get(doc.doc_type or "", doc.doc_type or "-")


def render_xlsx(report: Report, links: dict[str, str | None], lang: str = "id") -> bytes:
    t = TEXT[lang]
    cats = categories_in(report.documents)
    wb = Workbook()
    ws = wb.active
    ws.title = "Ringkasan"
    titles = [t["kabupaten"], t["kecamatan"], t["doc_type"], t["period"], t["path"], t["status"], t["verdict"],
              *(t[s] for s in SEVERITIES), *(CATEGORIES[lang].get(c, c) for c in cats), t["report"]]
    header(ws, titles, [18, 18, 13, 11, 40, 13, 40, *([9] * len(SEVERITIES)), *([12] * len(cats)), 40])
    for doc in report.documents:
        counts, by_cat = doc.counts(), doc.by_category()
        status = t["checked"] if doc.status == "checked" else t["unreadable"]
        append(ws, [doc.kabupaten or "-", doc.kecamatan or "-", _kind(doc, lang), doc.period or "-", doc.path,
                    status, t["verdicts"][doc.verdict()], *(counts[s] for s in SEVERITIES),
                    *(by_cat.get(c, 0) for c in cats), links.get(doc.path) or ""])
        row = ws.max_row
        if doc.verdict() in VERDICT_FILLS:
            ws.cell(row=row, column=7).fill = VERDICT_FILLS[doc.verdict()]
        link = links.get(doc.path)
        if link:
            cell = ws.cell(row=row, column=len(titles))
            cell.hyperlink = link
            cell.font = Font(color="0563C1", underline="single")
    finish(ws)
    for cat in cats:
        sheet = wb.create_sheet(CATEGORIES[lang].get(cat, cat)[:31])
        header(sheet, [t["kabupaten"], t["kecamatan"], t["doc_type"], t["period"], t["rule"], t["severity"],
                       t["location"], t["message"]], [18, 18, 13, 11, 10, 11, 26, 90])
        for doc in report.documents:
            for f in doc.findings:
                if f.category == cat:
                    append(sheet, [doc.kabupaten, doc.kecamatan, _kind(doc, lang), doc.period, f.rule,
                                   t[f.severity], _where(f), f.message])
                    sheet.cell(row=sheet.max_row, column=6).fill = FILLS[f.severity]
        finish(sheet)
    bad = wb.create_sheet(t["unreadable_docs"][:31])
    header(bad, [t["path"], t["reason"]], [60, 90])
    for doc in report.documents:
        if doc.status == "unreadable":
            append(bad, [doc.path, doc.error or ""])
    finish(bad)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _where(f) -> str:
    loc = f.location
    if loc.sheet is not None:
        return f"{loc.sheet}!{loc.cell or loc.row}"
    return f"{loc.line}" + (f" ({loc.table})" if loc.table else "") if loc.line is not None else (loc.table or "-")


def _heat(n: int, top: int) -> str:
    if not n:
        return ""
    alpha = 0.15 + 0.75 * n / top
    return f' style="background: rgba(192, 0, 0, {alpha:.2f}); color: {"#fff" if alpha > 0.55 else "#000"}"'


def render_html(report: Report, links: dict[str, str | None], lang: str = "id") -> str:
    t = TEXT[lang]
    docs = report.documents
    cats = categories_in(docs)
    s = report.summary()
    out = [f"<h1>{esc(t['batch_heading'])}</h1>",
           f"<p>{s['documents']} {esc(t['documents'])}: {s['documents'] - s['unreadable']} {esc(t['checked'])}, "
           f"{s['unreadable']} {esc(t['unreadable'])}. "
           + ", ".join(f"{n} {esc(t[k])}" for k, n in s["findings"].items()) + "</p>"]
    # Findings per kecamatan (all its documents together), as a bar chart and a heat table.
    per_kec: dict[str, dict[str, int]] = {}
    for doc in docs:
        key = " / ".join(x for x in (doc.kabupaten, doc.kecamatan) if x) or doc.path
        row = per_kec.setdefault(key, {})
        for cat, n in doc.by_category().items():
            row[cat] = row.get(cat, 0) + n
    if any(per_kec.values()):
        out.append(f"<h2>{esc(t['per_kecamatan'])}</h2>")
        out.append(bar_chart(sorted(((k, sum(v.values())) for k, v in per_kec.items()), key=lambda kv: -kv[1])))
        top = max((n for row in per_kec.values() for n in row.values()), default=1) or 1
        out.append(f"<h2>{esc(t['heat'])}</h2><table class='heat'><thead><tr><th>{esc(t['kecamatan'])}</th>")
        out += [f"<th>{esc(CATEGORIES[lang].get(c, c))}</th>" for c in cats] + ["</tr></thead><tbody>"]
        for kec, row in sorted(per_kec.items()):
            out.append(f"<tr><td style='text-align:left'>{esc(kec)}</td>")
            out += [f"<td{_heat(row.get(c, 0), top)}>{row.get(c, 0) or ''}</td>" for c in cats]
            out.append("</tr>")
        out.append("</tbody></table>")
    out.append(f"<h2>{esc(t['document'])}</h2><table><thead><tr><th>{esc(t['kabupaten'])}</th>"
               f"<th>{esc(t['kecamatan'])}</th><th>{esc(t['doc_type'])}</th><th>{esc(t['period'])}</th>"
               f"<th>{esc(t['verdict'])}</th>" + "".join(f"<th>{esc(t[k])}</th>" for k in SEVERITIES)
               + f"<th>{esc(t['report'])}</th></tr></thead><tbody>")
    for doc in docs:
        counts = doc.counts()
        link = links.get(doc.path)
        target = (f'<a href="{esc(link)}">{esc(t["report"])}</a>' if link
                  else esc(doc.error or "-"))
        out.append(f'<tr class="{"error" if doc.verdict() in ("fix", "unreadable") else ""}">'
                   f"<td>{esc(doc.kabupaten or '-')}</td><td>{esc(doc.kecamatan or '-')}</td>"
                   f"<td>{esc(_kind(doc, lang))}</td><td>{esc(doc.period or '-')}</td>"
                   f"<td class='v-{doc.verdict()}'>{esc(t['verdicts'][doc.verdict()])}"
                   f"<br><span class='muted'>{esc(doc.path)}</span></td>"
                   + "".join(f"<td class='num'>{counts[k]}</td>" for k in SEVERITIES) + f"<td>{target}</td></tr>")
    out.append("</tbody></table>")
    unreadable = [d for d in docs if d.status == "unreadable"]
    if unreadable:
        out.append(f"<h2>{esc(t['unreadable_docs'])}</h2><table><thead><tr><th>{esc(t['path'])}</th>"
                   f"<th>{esc(t['reason'])}</th></tr></thead><tbody>")
        out += [f"<tr><td>{esc(d.path)}</td><td>{esc(d.error)}</td></tr>" for d in unreadable]
        out.append("</tbody></table>")
    out.append(f"<p class='muted'>{esc(t['generated'])}</p>")
    return page(t["batch_heading"], "".join(out), lang)
