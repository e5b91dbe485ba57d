"""The batch summary: ringkasan.xlsx and ringkasan.html, one row per document.

They read the batch's small per-document entries (identity, status, counts, report path); the
category sheets of the workbook read each document's findings back from its JSON report, one
document at a time, into a write-only workbook, so a national batch fits in bounded memory.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from ..report import SEVERITIES
from .html import bar_chart, esc, page
from .texts import CATEGORIES, ORDER, TEXT, where

if TYPE_CHECKING:
    from ..batch import Entry

FILLS = {"error": PatternFill("solid", fgColor="F8CBAD"), "warning": PatternFill("solid", fgColor="FFE699"),
         "info": PatternFill("solid", fgColor="DDEBF7")}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
VERDICT_FILLS = {"fix": FILLS["error"], "unreadable": FILLS["error"], "timed_out": FILLS["error"],
                 "not_finished": FILLS["warning"], "incomplete": FILLS["warning"],
                 "review": FILLS["warning"]}
LINK_FONT = Font(color="0563C1", underline="single")


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


def _kind(entry: "Entry", lang: str) -> str:
    return TEXT[lang]["doc_types"].get(entry.doc_type or "", entry.doc_type or "-")


def _categories(entries: list["Entry"]) -> list[str]:
    seen = {c for e in entries for c in e.by_category}
    return [c for c in ORDER if c in seen] + sorted(seen - set(ORDER))


def link_of(entry: "Entry", out: Path) -> str | None:
    """The document's HTML report, relative to the summary files in `out`."""
    if not entry.report:
        return None
    return Path(os.path.relpath(entry.report, out)).as_posix() + ".html"


def write_xlsx(entries: list["Entry"], out: Path, stream: IO[bytes], lang: str = "id") -> None:
    t = TEXT[lang]
    cats = _categories(entries)
    wb = Workbook(write_only=True)
    titles = [t["kabupaten"], t["kecamatan"], t["doc_type"], t["period"], t["path"], t["status"], t["verdict"],
              *(t[s] for s in SEVERITIES), *(CATEGORIES[lang].get(c, c) for c in cats), t["report"]]
    main = Sheet(wb, "Ringkasan", titles, [18, 18, 13, 11, 40, 13, 40, *([9] * len(SEVERITIES)),
                                             *([12] * len(cats)), 30])
    for e in entries:
        verdict = e.verdict()
        link = link_of(e, out)
        report = main.cell(f'=HYPERLINK("{link}","{t["report"]}")', font=LINK_FONT) if link else ""
        if link:
            report.data_type = "f"  # our own formula, with a path made of safe characters only
        main.add([e.kabupaten or "-", e.kecamatan or "-", _kind(e, lang), e.period or "-", e.path,
                  t[e.status],
                  main.cell(t["verdicts"][verdict], fill=VERDICT_FILLS.get(verdict)),
                  *(e.counts.get(s, 0) for s in SEVERITIES), *(e.by_category.get(c, 0) for c in cats), report])
    main.close()
    sheets = {c: Sheet(wb, CATEGORIES[lang].get(c, c), [t["kabupaten"], t["kecamatan"], t["doc_type"], t["period"],
                                                           t["path"], t["rule"], t["severity"], t["location"],
                                                           t["message"]],
                        [18, 18, 13, 11, 30, 10, 11, 26, 90]) for c in cats}
    for e in entries:
        if not e.by_category or not e.report:
            continue
        for f in e.result().findings:  # one document's findings in memory at a time
            sheet = sheets.get(f.category)
            if sheet is not None:
                sheet.add([e.kabupaten, e.kecamatan, _kind(e, lang), e.period, Path(e.path).name, f.rule,
                           sheet.cell(t[f.severity], fill=FILLS[f.severity]), where(f.location, lang), f.message])
    for sheet in sheets.values():
        sheet.close()
    bad = Sheet(wb, t["unreadable_docs"], [t["path"], t["reason"]], [60, 90])
    for e in entries:
        if e.status != "checked":
            bad.add([e.path, t[e.status] + ": " + (e.error or "")])
    bad.close()
    wb.save(stream)


def _heat(n: int, top: int) -> str:
    if not n:
        return ""
    alpha = 0.15 + 0.75 * n / top
    return f' style="background: rgba(192, 0, 0, {alpha:.2f}); color: {"#fff" if alpha > 0.55 else "#000"}"'


def render_html(entries: list["Entry"], out: Path, lang: str = "id") -> str:
    t = TEXT[lang]
    cats = _categories(entries)
    unreadable = [e for e in entries if e.status != "checked"]
    totals = {s: sum(e.counts.get(s, 0) for e in entries) for s in SEVERITIES}
    html = [f"<h1>{esc(t['batch_heading'])}</h1>",
            f"<p>{len(entries)} {esc(t['documents'])}: {len(entries) - len(unreadable)} {esc(t['checked'])}, "
            f"{len(unreadable)} {esc(t['unreadable'])}. "
            + ", ".join(f"{n} {esc(t[k])}" for k, n in totals.items()) + "</p>"]
    # Findings per kecamatan (all its documents together), as a bar chart and a heat table.
    per_kec: dict[str, dict[str, int]] = {}
    for e in entries:
        key = " / ".join(x for x in (e.kabupaten, e.kecamatan) if x) or e.path
        row = per_kec.setdefault(key, {})
        for cat, n in e.by_category.items():
            row[cat] = row.get(cat, 0) + n
    if any(per_kec.values()):
        html.append(f"<h2>{esc(t['per_kecamatan'])}</h2>")
        ranked = sorted(((k, sum(v.values())) for k, v in per_kec.items()), key=lambda kv: -kv[1])
        html.append(bar_chart(ranked[:60]))
        top = max((n for row in per_kec.values() for n in row.values()), default=1) or 1
        html.append(f"<h2>{esc(t['heat'])}</h2><div class='wide'><table class='heat'><thead><tr>"
                    f"<th>{esc(t['kecamatan'])}</th>")
        html += [f"<th>{esc(CATEGORIES[lang].get(c, c))}</th>" for c in cats] + ["</tr></thead><tbody>"]
        for kec, row in sorted(per_kec.items()):
            html.append(f"<tr><td style='text-align:left'>{esc(kec)}</td>")
            html += [f"<td{_heat(row.get(c, 0), top)}>{row.get(c, 0) or ''}</td>" for c in cats]
            html.append("</tr>")
        html.append("</tbody></table></div>")
    # The sets the cross-document review formed: a kecamatan's checked documents, oldest plan first.
    sets: dict[tuple, list] = {}
    for e in entries:
        if e.status == "checked" and e.kecamatan:
            sets.setdefault((e.kabupaten, e.kecamatan), []).append(e)
    order = {"renstra": 0, "renja": 1, "rencana_aksi": 2}
    formed = {k: sorted(v, key=lambda e: (order.get(e.doc_type or "", 3), e.period)) for k, v in sets.items() if len(v) > 1}
    if formed:
        html.append(f"<h2>{esc(t['sets'])}</h2><table><thead><tr><th>{esc(t['kabupaten'])}</th>"
                    f"<th>{esc(t['kecamatan'])}</th><th>{esc(t['set_documents'])}</th>"
                    f"<th>{esc(t['cross_findings'])}</th></tr></thead><tbody>")
        for (kab, kec), members in sorted(formed.items()):
            names = ", ".join(f"{_kind(e, lang)} {e.period}".strip() for e in members)
            html.append(f"<tr><td>{esc(kab or '-')}</td><td>{esc(kec)}</td><td>{esc(names)}</td>"
                        f"<td class='num'>{sum(e.cross for e in members)}</td></tr>")
        html.append("</tbody></table>")
    html.append(f"<h2>{esc(t['document'])}</h2><table><thead><tr><th>{esc(t['kabupaten'])}</th>"
                f"<th>{esc(t['kecamatan'])}</th><th>{esc(t['doc_type'])}</th><th>{esc(t['period'])}</th>"
                f"<th>{esc(t['verdict'])}</th>" + "".join(f"<th>{esc(t[k])}</th>" for k in SEVERITIES)
                + f"<th>{esc(t['report'])}</th></tr></thead><tbody>")
    for e in entries:
        link = link_of(e, out)
        target = f'<a href="{esc(link)}">{esc(t["report"])}</a>' if link else esc(e.error or "-")
        verdict = e.verdict()
        html.append(f'<tr class="{"error" if verdict in ("fix", "unreadable") else ""}">'
                    f"<td>{esc(e.kabupaten or '-')}</td><td>{esc(e.kecamatan or '-')}</td>"
                    f"<td>{esc(_kind(e, lang))}</td><td>{esc(e.period or '-')}</td>"
                    f"<td class='v-{verdict}'>{esc(t['verdicts'][verdict])}"
                    f"<br><span class='muted'>{esc(e.path)}</span></td>"
                    + "".join(f"<td class='num'>{e.counts.get(k, 0)}</td>" for k in SEVERITIES)
                    + f"<td>{target}</td></tr>")
    html.append("</tbody></table>")
    if unreadable:
        html.append(f"<h2>{esc(t['unreadable_docs'])}</h2><table><thead><tr><th>{esc(t['path'])}</th>"
                    f"<th>{esc(t['reason'])}</th></tr></thead><tbody>")
        html += [f"<tr><td>{esc(e.path)}</td><td>{esc(e.error)}</td></tr>" for e in unreadable]
        html.append("</tbody></table>")
    html.append(f"<p class='muted'>{esc(t['generated'])}</p>")
    return page(t["batch_heading"], "".join(html), lang)
