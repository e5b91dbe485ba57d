"""`make bench`, published documents: PDF pages per second and DOCX documents per second, against
the floors, on the same files, in one run.

Files: the sample PDFs and DOCX (a word processor's export of the team's plans), and a long plan
put together from the sample PDFs' pages (BENCH_PAGES, default 60) with pypdfium2.

Per PDF, median of BENCH_REPEAT runs (default 5):
- `pdftotext -layout` (poppler), as a new process: the floor a user would reach for;
- pypdfium2 text of every page, in process: the fastest text layer read there is, without positions;
- pdfplumber's words with positions, in process: what the reader is built on;
- the reader (`read_plan`): words, ruled tables, layout, the text reader;
- `check_file`: the whole check, reports built in memory not included.
Per DOCX: python-docx opening the document (the floor), `read_plan`, `check_file`.

Prints a table and writes benchmarks/results_published.json.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from checker.config import Settings  # noqa: E402
from checker.pipeline import check_file  # noqa: E402
from checker.readers import read_plan  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
PAGES = int(os.environ.get("BENCH_PAGES", "60"))
SAMPLES = ROOT / "samples"


def timed(action) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def long_plan(out: Path) -> Path:
    """A plan of PAGES pages: the Renstra sample's pages, then the others' in turn."""
    import pypdfium2 as pdfium

    sources = [pdfium.PdfDocument(str(p)) for p in sorted(SAMPLES.glob("renstra*.pdf")) +
               sorted(SAMPLES.glob("renja*.pdf")) + sorted(SAMPLES.glob("rencana-aksi*.pdf"))]
    target = pdfium.PdfDocument.new()
    k = 0
    while len(target) < PAGES:
        source = sources[k % len(sources)]
        target.import_pages(source, list(range(min(len(source), PAGES - len(target)))))
        k += 1
    path = out / f"rencana-{PAGES}-halaman.pdf"
    target.save(str(path))
    for doc in [*sources, target]:
        doc.close()
    return path


def pdf_row(path: Path) -> dict:
    import pdfplumber
    import pypdfium2 as pdfium

    def pdfium_text():
        doc = pdfium.PdfDocument(str(path))
        for page in doc:
            page.get_textpage().get_text_range()
        doc.close()

    def plumber_words():
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                page.extract_words()

    pdftotext = shutil.which("pdftotext")
    with pdfplumber.open(str(path)) as pdf:
        pages = len(pdf.pages)
    row = {"file": path.name, "pages": pages,
           "pdftotext_s": timed(lambda: subprocess.run([pdftotext, "-q", "-layout", str(path), "-"],
                                                       capture_output=True, check=True)) if pdftotext else None,
           "pdfium_text_s": timed(pdfium_text), "pdfplumber_words_s": timed(plumber_words),
           "read_s": timed(lambda: read_plan(path)), "check_s": timed(lambda: check_file(path, Settings()))}
    row["pages_per_s"] = pages / row["check_s"]
    return row


def docx_row(path: Path) -> dict:
    from docx import Document
    return {"file": path.name, "open_s": timed(lambda: Document(str(path))),
            "read_s": timed(lambda: read_plan(path)), "check_s": timed(lambda: check_file(path, Settings()))}


def main() -> None:
    results: dict = {"repeat": REPEAT}
    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(SAMPLES.glob("*.pdf")) + [long_plan(Path(tmp))]
        check_file(files[0], Settings())  # imports and the rule catalogue, once
        rows = [pdf_row(p) for p in files]
    results["pdf"] = rows
    print(f"\nPDF (median of {REPEAT}; seconds per file)")
    print(f"{'file':44} {'pages':>5} {'pdftotext':>9} {'pdfium':>7} {'words':>7} {'read':>7} {'check':>7} "
          f"{'pages/s':>8} {'x pdftotext':>11}")
    for r in rows:
        ratio = r["check_s"] / r["pdftotext_s"] if r["pdftotext_s"] else float("nan")
        r["check_over_pdftotext"] = ratio
        print(f"{r['file']:44} {r['pages']:5} {r['pdftotext_s'] or float('nan'):9.3f} {r['pdfium_text_s']:7.3f} "
              f"{r['pdfplumber_words_s']:7.3f} {r['read_s']:7.3f} {r['check_s']:7.3f} {r['pages_per_s']:8.1f} "
              f"{ratio:11.1f}")
    pages = sum(r["pages"] for r in rows)
    seconds = sum(r["check_s"] for r in rows)
    per_page = seconds / pages
    results["pdf_summary"] = {"pages": pages, "seconds": seconds, "pages_per_second": pages / seconds,
                              "national_hours_one_core_100_pages_each": 7_300 * 100 * per_page / 3600}
    print(f"all PDFs: {pages / seconds:.1f} pages/s on one core; 7,300 plans of 100 pages: "
          f"{results['pdf_summary']['national_hours_one_core_100_pages_each']:.1f} h on one core")
    docs = [docx_row(p) for p in sorted(SAMPLES.glob("*.docx"))]
    results["docx"] = docs
    print(f"\nDOCX (median of {REPEAT}; seconds per file)")
    print(f"{'file':44} {'open':>7} {'read':>7} {'check':>7} {'docs/s':>7}")
    for r in docs:
        print(f"{r['file']:44} {r['open_s']:7.3f} {r['read_s']:7.3f} {r['check_s']:7.3f} {1 / r['check_s']:7.1f}")
    results["docx_summary"] = {"documents_per_second": len(docs) / sum(r["check_s"] for r in docs)}
    print(f"all DOCX: {results['docx_summary']['documents_per_second']:.1f} documents/s on one core")
    (ROOT / "benchmarks" / "results_published.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
