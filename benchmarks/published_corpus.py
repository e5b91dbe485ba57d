"""Do the DOCX and PDF readers give the findings of the text? Measured on the corpus plans, which
the readers were not built on: each is written as a DOCX (tables as Word tables, as
`samples/make_published_samples.py` writes the team's samples, but without heading styles, since
the text does not say which lines are headings) and exported to PDF by LibreOffice; the three
forms are checked, and the published forms' findings are compared with the text's.

    python benchmarks/published_corpus.py [--keep DIR]

A finding is compared by what a reviewer reads (rule, subject, the values), not by its place,
which differs by form. Printed per plan and pooled: the share of the text's scored findings the
form also gives (the issue's bar: at least 0.90), and the share of the form's scored findings the
text does not give (at most 0.05). Needs ../shared/corpus and LibreOffice (`make robust` installs
it); nothing from the corpus is written into the project.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))

from checker.config import Settings  # noqa: E402
from checker.pipeline import check_file  # noqa: E402
from make_published_samples import to_pdf, write_docx  # noqa: E402

SCORED = {"rollup", "period_total", "target_trend", "quarterly", "percent_range", "ratio", "risk_score",
          "risk_level", "chapter", "formula", "missing_value", "consistency"}


def keys(doc) -> list[tuple]:
    return sorted({(f.rule, f.subject, str(f.actual), str(f.expected)) for f in doc.findings
                   if f.category in SCORED})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="write the DOCX and PDF here instead of a temporary folder")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not CORPUS.is_dir() or not soffice:
        print("needs ../shared/corpus and LibreOffice (soffice)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        texts = sorted(CORPUS.glob("*.txt"))
        for text in texts:
            write_docx(text.read_text(encoding="utf-8").splitlines(), out / f"{text.stem}.docx", headings=False)
        to_pdf(soffice, [out / f"{t.stem}.docx" for t in texts], out)
        forms = ["docx", "pdf"]
        pdftotext = shutil.which("pdftotext")
        if pdftotext:
            # The PDF as `pdftotext -layout` prints it, read as text: real column layout, where
            # the robustness suite's layout variant simulates one.
            for text in texts:
                pdf, laid = out / f"{text.stem}.pdf", out / f"{text.stem}.layout.txt"
                subprocess.run([pdftotext, "-layout", str(pdf), str(laid)], check=True)
            forms.append("layout.txt")
        pooled = {form: [0, 0, 0, 0] for form in forms}  # text's, also given, form's, not in text
        print(f"{'plan':36} {'form':10} {'text':>5} {'same':>5} {'share':>6} {'form':>5} {'extra':>5} {'share':>6} "
              f"{'unread':>6}")
        for text in texts:
            base = keys(check_file(text, Settings()))
            for form in forms:
                doc = check_file(out / f"{text.stem}.{form}", Settings())
                if doc.status != "checked":
                    print(f"{text.stem:36} {form:10} {doc.status}: {doc.error}")
                    continue
                got = keys(doc)
                same, extra = set(base) & set(got), set(got) - set(base)
                for k, n in enumerate((len(base), len(same), len(got), len(extra))):
                    pooled[form][k] += n
                print(f"{text.stem:36} {form:10} {len(base):5} {len(same):5} {len(same) / max(len(base), 1):6.2f} "
                      f"{len(got):5} {len(extra):5} {len(extra) / max(len(got), 1):6.2f} {doc.unread:6}")
                if args.verbose:
                    for k in sorted(set(base) - set(got)):
                        print("    only text:", k)
                    for k in sorted(extra):
                        print(f"    only {form}:", k)
        for form, (n, same, got, extra) in pooled.items():
            print(f"{'pooled':36} {form:10} {n:5} {same:5} {same / max(n, 1):6.2f} {got:5} {extra:5} "
                  f"{extra / max(got, 1):6.2f}")
        if pdftotext:
            _samples_laid_out(pdftotext, out)
    return 0


def _samples_laid_out(pdftotext: str, out: Path) -> None:
    """The team's text samples against their committed PDFs printed by `pdftotext -layout`."""
    print(f"\n{'sample (text vs pdftotext -layout)':44} {'text':>5} {'same':>5} {'other':>5}")
    totals = [0, 0, 0]
    for text in sorted((ROOT / "samples").glob("*.txt")):
        pdf = text.with_suffix(".pdf")
        if not pdf.is_file():
            continue
        laid = out / f"sample-{text.stem}.layout.txt"
        subprocess.run([pdftotext, "-layout", str(pdf), str(laid)], check=True)
        base, got = set(keys(check_file(text, Settings()))), set(keys(check_file(laid, Settings())))
        row = [len(base), len(base & got), len(got - base)]
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{text.stem:44} {row[0]:5} {row[1]:5} {row[2]:5}")
    print(f"{'pooled':44} {totals[0]:5} {totals[1]:5} {totals[2]:5}")


if __name__ == "__main__":
    raise SystemExit(main())
