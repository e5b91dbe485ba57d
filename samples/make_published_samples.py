"""Write the published samples: each text sample as the DOCX its author would have written in a
word processor, and the PDF a word processor exports from it; plus the PDFs a reader must refuse
or flag (a scan, a plan with a scanned page, a password-protected one, a truncated one).

The DOCX is built from the text sample line by line, so it holds the same plan and must give the
same findings: the title in bold, BAB headings styled `Heading 1` (each chapter on a new page),
the contents list in `TOC 1` paragraphs, every table a Word table with its header rows repeated on
each page, group headers merged across their columns, header cells merged down over a two-row
header, the uraian of a quarterly table merged down over its four quarters. A table the text
prints in two parts (a header repeated after a page break) is one Word table: the PDF export
breaks it over pages and repeats its header there.

The PDFs are made by LibreOffice (`soffice --headless --convert-to pdf`) and pages rendered to
images by poppler (`pdftoppm`), both from Debian; the generated files are committed so that tests
need neither.

    python samples/make_published_samples.py        # needs soffice, pdftoppm; pypdfium2 for the scans
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HOSTILE = ROOT / "tests" / "data" / "published"
_BAB = re.compile(r"^BAB [IVX]+$")
_COLUMN_NUMBERS = re.compile(r"^\(\d+\)")
_BODY_START = re.compile(r"^(\d|[IVX]+\.?$|TW\b)")
_FIGURE = re.compile(r"\d[.,]\d|\d\s*%")


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftoppm"):
        print("needs LibreOffice (soffice) and poppler (pdftoppm): `make samples` installs them", file=sys.stderr)
        return 1
    HOSTILE.mkdir(parents=True, exist_ok=True)
    made = []
    for text in sorted(HERE.glob("*.txt")):
        docx = text.with_suffix(".docx")
        write_docx(text.read_text(encoding="utf-8").splitlines(), docx)
        made.append(docx)
    to_pdf(soffice, made, HERE)
    scans(soffice)
    for path in sorted([*HERE.glob("*.docx"), *HERE.glob("*.pdf"), *HOSTILE.iterdir()]):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


# --- DOCX -------------------------------------------------------------------------------------------

def write_docx(lines: list[str], path: Path, headings: bool = True) -> None:
    """The lines of a text plan as a DOCX. With `headings`, a `BAB` line and its title are one
    `Heading 1` paragraph; without, they stay bold paragraphs as they are (for a text whose real
    headings are not known)."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    document.styles["Normal"].font.name = "Liberation Sans"
    document.styles["Normal"].font.size = Pt(11)
    toc = _style(document, "TOC 1")
    footer = section.footer.paragraphs[0]
    footer.text = "Dokumen perencanaan kecamatan"  # a running footer on every page
    chapters = 0
    k = 0
    while k < len(lines):
        line = lines[k]
        if "\t" in line:
            k = _table(document, lines, k)
            continue
        bold = line.startswith("**") or line.endswith("**")
        text = line.strip("*")
        if headings and _BAB.match(text):
            title = next((t for t in lines[k + 1:k + 4] if t.strip()), "")
            heading = document.add_heading(level=1)
            heading.add_run(text).add_break()
            heading.add_run(title)
            chapters += 1
            heading.paragraph_format.page_break_before = chapters > 1
            k = lines.index(title, k + 1) + 1
            continue
        if text.strip():
            contents = k > 0 and any(lines[j].strip().upper() == "DAFTAR ISI" for j in range(max(0, k - 8), k))
            paragraph = document.add_paragraph(style=toc if contents and "\t" in line else None)
            paragraph.add_run(text).bold = bold
        k += 1
    document.core_properties.author = "Tim Perencana Kecamatan"
    document.save(path)


def _style(document, name: str):
    styles = document.styles
    return styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)


def _table(document, lines: list[str], k: int) -> int:
    """Lines k.. of tab-separated rows as one Word table; returns the line after it. A run of blank
    lines followed by a repeat of the table's header is a page break inside the table: the repeat
    is dropped, as the word processor repeats the header itself."""
    rows: list[list[str]] = []
    while k < len(lines):
        if "\t" in lines[k]:
            rows.append([c.strip() for c in lines[k].split("\t")])
            k += 1
            continue
        j = k
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and j - k <= 2 and "\t" in lines[j] and [c.strip() for c in lines[j].split("\t")] in rows:
            k = j + 1
            continue
        break
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    header = 0
    while header < len(rows) and not _body(rows[header]):
        header += 1
    header = min(header, 4)  # a table that opens with its body (it went on from a page before) has none
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    table.autofit = False
    longest = [max(len(r[c]) for r in rows) for c in range(width)]
    weights = [min(max(n, 6), 24) + 4 for n in longest]  # room for the cell padding
    total = sum(weights)
    for c in range(width):
        share = Cm(25.7 * weights[c] / total)
        table.columns[c].width = share  # the grid a word processor lays the table out on
        for r in range(len(rows)):
            table.cell(r, c).width = share
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9 if width <= 12 else 6.5)
                run.bold = r < header
    for r in range(header):
        properties = table.rows[r]._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:tblHeader"))
    _merge_header(table, rows, header)
    _merge_quarters(table, rows, header)
    document.add_paragraph()
    return k


def _body(cells: list[str]) -> bool:
    """A row of the table's body: it starts with a number, a code or a quarter, or holds a figure."""
    first = next((c for c in cells if c), "")
    return (bool(_BODY_START.match(first)) and not _COLUMN_NUMBERS.match(first)) or \
        any(_FIGURE.search(c) for c in cells)


def _merge_header(table, rows: list[list[str]], header: int) -> None:
    """A header cell spans the empty cells to its right, and down over empty cells below it."""
    named = [r for r in range(header) if not _COLUMN_NUMBERS.match(rows[r][0])]
    taken: set[tuple[int, int]] = set()
    for r in named:
        width = len(rows[r])
        for c in range(width):
            if not rows[r][c] or (r, c) in taken:
                continue
            right = c
            while right + 1 < width and not rows[r][right + 1] and (r, right + 1) not in taken:
                right += 1
            down = r
            while down + 1 in named and all(not rows[down + 1][x] for x in range(c, right + 1)):
                down += 1
            if (right, down) != (c, r):
                text = rows[r][c]
                merged = table.cell(r, c).merge(table.cell(down, right))
                merged.text = text
                for run in merged.paragraphs[0].runs:
                    run.font.size, run.bold = Pt(9), True
            taken |= {(y, x) for y in range(r, down + 1) for x in range(c, right + 1)}


def _merge_quarters(table, rows: list[list[str]], header: int) -> None:
    """The uraian, indicator and unit of a quarterly table merged down over their four quarters."""
    for r in range(header, len(rows)):
        first = next((c for c, text in enumerate(rows[r]) if text), None)
        if first is None or not rows[r][first].startswith("TW") or r == header:
            continue
        top = r - 1
        for c in range(first):
            top_cell = table.cell(top, c)
            if top_cell.text:
                text = top_cell.text
                merged = top_cell.merge(table.cell(r, c))
                merged.text = text
                for run in merged.paragraphs[0].runs:
                    run.font.size = Pt(9)


# --- PDF --------------------------------------------------------------------------------------------

def to_pdf(soffice: str, documents: list[Path], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:  # a private profile: no desktop settings leak in
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, documents)], check=True, capture_output=True, timeout=600)


def scans(soffice: str) -> None:
    """A PDF of page images only (a scan), a plan whose last page is a scanned annex, a PDF that
    needs a password, one encrypted without (printing restricted), and a PDF cut off halfway."""
    import pypdfium2 as pdfium

    source = HERE / "rencana-aksi-sukamaju-2026-bersih.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(source), str(tmp / "page")], check=True, timeout=300)
        images = sorted(tmp.glob("page*.png"))
        scan = Document()
        for image in images:
            scan.add_picture(str(image), width=Cm(16))
        scan.save(tmp / "pindaian.docx")
        annexed = Document(str(HERE / "rencana-aksi-sukamaju-2026-bersih.docx"))
        annexed.add_page_break()
        annexed.add_picture(str(images[0]), width=Cm(14))
        annexed.save(tmp / "lampiran-pindaian.docx")
        to_pdf(soffice, [tmp / "pindaian.docx", tmp / "lampiran-pindaian.docx"], tmp)
        shutil.copy(tmp / "pindaian.pdf", HOSTILE / "rencana-aksi-pindaian.pdf")
        shutil.copy(tmp / "lampiran-pindaian.pdf", HOSTILE / "rencana-aksi-lampiran-pindaian.pdf")
    pdf = pdfium.PdfDocument(str(source))
    pdf.save(str(HOSTILE / "rencana-aksi-bersandi.pdf"), version=17)
    pdf.close()
    _encrypt(HOSTILE / "rencana-aksi-bersandi.pdf")
    shutil.copy(source, HOSTILE / "rencana-aksi-terbatas.pdf")
    _encrypt(HOSTILE / "rencana-aksi-terbatas.pdf", user="")  # no opening password: printing restricted
    data = source.read_bytes()
    (HOSTILE / "rencana-aksi-terpotong.pdf").write_bytes(data[: len(data) // 2])


def _encrypt(path: Path, user: str = "rahasia") -> None:
    """Encrypt a PDF (qpdf, from Debian): with an opening password, or with none and printing and
    copying restricted."""
    qpdf = shutil.which("qpdf")
    if not qpdf:
        raise SystemExit("needs qpdf to write the password-protected sample: `make samples` installs it")
    out = path.with_suffix(".tmp.pdf")
    restrict = [] if user else ["--print=none", "--extract=n"]
    subprocess.run([qpdf, "--encrypt", user, "pemilik", "256", *restrict, "--", str(path), str(out)], check=True,
                   timeout=60)
    out.replace(path)


if __name__ == "__main__":
    raise SystemExit(main())
