"""A readable table per document on the terminal (rich)."""
from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..report import Report
from .texts import TEXT as TEXT_REPORT
from .texts import where

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
TEXT = {
    "id": {"title": "Temuan", "rule": "Aturan", "sev": "Tingkat", "where": "Lokasi", "msg": "Pesan",
           "clean": "Tidak ada temuan.", "unreadable": "TIDAK TERBACA", "rules": "aturan",
           "not_finished": "BELUM SELESAI", "timed_out": "MELEWATI BATAS WAKTU",
           "ran": "dijalankan", "na": "tidak berlaku", "err": "galat", "docs": "dokumen",
           "error": "galat", "warning": "peringatan", "info": "info", "summary": "Ringkasan",
           "unread": "{n} tabel atau halaman tidak terbaca: isinya belum diperiksa, jadi dokumen ini belum bersih (lihat INP-001).",
           "no_tables": "Tidak ada tabel dalam dokumen: hanya bab dan isi teksnya yang diperiksa.",
           "accepted": "{n} temuan sudah diterima (baseline atau pengecualian) dan tidak dihitung."},
    "en": {"title": "Findings", "rule": "Rule", "sev": "Severity", "where": "Location", "msg": "Message",
           "clean": "No findings.", "unreadable": "UNREADABLE", "rules": "rules",
           "not_finished": "NOT FINISHED", "timed_out": "TIMED OUT",
           "ran": "ran", "na": "not applicable", "err": "error", "docs": "documents",
           "error": "error", "warning": "warning", "info": "info", "summary": "Summary",
           "unread": "{n} tables or pages could not be read: what they hold was not checked, so the document is not clean "
                     "(see INP-001).",
           "no_tables": "The document has no tables: only its chapters and text were checked.",
           "accepted": "{n} findings were accepted earlier (baseline or waiver) and are not counted."},
}


def write(report: Report, out: TextIO, lang: str = "id") -> None:
    t = TEXT[lang]
    # The terminal's width; a file or a pipe gets 100 columns.
    console = Console(file=out, width=max(60, Console(file=out).width), highlight=False, soft_wrap=False)
    narrow = console.width < 110
    for doc in report.documents:
        ident = " · ".join(x for x in (doc.doc_type, doc.kecamatan, doc.kabupaten, doc.period) if x)
        console.rule(f"[bold]{escape(doc.path)}[/] {escape(ident)}")
        if doc.status != "checked":
            console.print(f"[bold red]{t[doc.status]}[/]: {escape(doc.error or '')}")
            continue
        if doc.findings and narrow:
            # Below 110 columns a table squeezes the message to a few characters: one finding
            # per paragraph instead, the rule, severity and place on its first line.
            console.print(f"[bold]{t['title']} ({len(doc.findings)})[/]")
            for f in doc.findings:
                console.print(f"[bold]{f.rule}[/] [{STYLE[f.severity]}]{t[f.severity]}[/] {escape(where(f.location, lang))}")
                console.print(escape(f.message), style="default", overflow="fold")
                console.print("")
        elif doc.findings:
            table = Table(show_lines=False, expand=True, title=f"{t['title']} ({len(doc.findings)})")
            table.add_column(t["rule"], no_wrap=True)
            table.add_column(t["sev"], no_wrap=True)
            table.add_column(t["where"], no_wrap=True)
            table.add_column(t["msg"], ratio=1)
            for f in doc.findings:
                table.add_row(f.rule, f"[{STYLE[f.severity]}]{t[f.severity]}[/]", escape(where(f.location, lang)),
                              escape(f.message))
            console.print(table)
        else:
            console.print(f"[green]{t['clean']}[/]")
        if doc.accepted:
            console.print(t["accepted"].format(n=len(doc.accepted)))
        if doc.unread:
            console.print(f"[bold yellow]{t['unread'].format(n=doc.unread)}[/]")
        elif doc.stats.get("tables_read") == 0:
            console.print(t["no_tables"])
        ran = sum(1 for r in doc.rules if r.status in ("passed", "findings"))
        na = sum(1 for r in doc.rules if r.status == "not_applicable")
        errors = [r for r in doc.rules if r.status == "error"]
        statuses = TEXT_REPORT[lang]["statuses"]
        passed = sum(1 for r in doc.rules if r.status == "passed")
        console.print(f"{len(doc.rules)} {t['rules']}: {ran} {t['ran']} ({passed} {statuses['passed']}, "
                      f"{ran - passed} {statuses['findings']}), {na} {t['na']}, {len(errors)} {t['err']}")
        for r in errors:
            console.print(f"[bold red]{r.id}[/]: {escape(r.error or '')}")
    s = report.summary()
    sev = ", ".join(f"{n} {t[k]}" for k, n in s["findings"].items())
    console.print(f"\n[bold]{t['summary']}[/]: {s['documents']} {t['docs']}, {s['unreadable']} "
                  f"{t['unreadable'].lower()}; {sev}")
