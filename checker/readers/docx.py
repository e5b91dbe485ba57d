"""DOCX reader: a plan as its author wrote it in a word processor, read with python-docx.

Paragraphs and tables are laid out in document order as the lines of a text: a paragraph is a
line, a table row is a line of tab-separated cells. A merged cell is laid out the way a reader
sees it: a cell spanning columns gives its text to the first of them (a group header over its
columns, as the text reader expects one), a cell merged down gives its text to the top row only.
Content controls (a table of contents Word made) are read in place. What the document's styles say
goes along as hints: a paragraph styled as a heading is a chapter heading, a paragraph of the
table of contents is not. The text reader then reads the lines, and every location is placed back
at its table row or paragraph (published.py).
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ..config import Limits
from ..models import PlanBase
from . import ReadError
from .container import check_container
from .published import Layout, Origin, read_layout

_CONTENTS_STYLE = re.compile(r"^(toc|daftar isi|table of figures|tabel)\b", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^(heading|judul)\s*\d|^title$", re.IGNORECASE)


def read(path: Path, limits: Limits) -> PlanBase:
    check_container(path, limits, "docx")
    try:
        document = Document(str(path))
    except Exception as e:  # python-docx raises several kinds for a damaged package
        raise ReadError("docx_open", error=f"{type(e).__name__}: {e}") from e
    layout = Layout()
    counter = _Counter()
    _lay_out(document.element.body, document, layout, counter, contents=False)
    return read_layout(layout, limits, {"paragraphs": counter.paragraphs, "docx_tables": counter.tables})


class _Counter:
    def __init__(self) -> None:
        self.paragraphs = 0
        self.tables = 0


def _lay_out(container, document, layout: Layout, counter: _Counter, contents: bool) -> None:
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            _paragraph(Paragraph(child, document), layout, counter, contents)
        elif child.tag == qn("w:tbl"):
            counter.tables += 1
            _table(child, layout)
            layout.add("")  # a table ends where the next paragraph begins
        elif child.tag == qn("w:sdt"):
            gallery = child.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
            toc = gallery is not None and "content" in (gallery.get(qn("w:val")) or "").lower()
            body = child.find(qn("w:sdtContent"))
            if body is not None:
                _lay_out(body, document, layout, counter, contents or toc)


def _paragraph(paragraph: Paragraph, layout: Layout, counter: _Counter, contents: bool) -> None:
    text = paragraph.text
    if not text.strip():
        layout.add("")
        return
    counter.paragraphs += 1
    try:
        style = paragraph.style.name or "" if paragraph.style is not None else ""
    except (KeyError, ValueError):  # a style id the styles part does not define
        style = ""
    heading = bool(_HEADING_STYLE.match(style)) or paragraph._p.pPr is not None and \
        paragraph._p.pPr.find(qn("w:outlineLvl")) is not None
    in_contents = contents or bool(_CONTENTS_STYLE.match(style))
    for line in text.splitlines() or [""]:
        layout.add(line, Origin(paragraph=counter.paragraphs), heading=heading and not in_contents,
                   contents=in_contents)


def _cell_text(tc) -> str:
    """A cell's paragraphs (nested tables' too) as one line."""
    parts = []
    for p in tc.iter(qn("w:p")):
        text = "".join((t.text or "") if t.tag == qn("w:t") else " " for t in p.iter(qn("w:t"), qn("w:tab")))
        if text.strip():
            parts.append(text.strip())
    return re.sub(r"\s+", " ", " ".join(parts))


def _table(tbl, layout: Layout) -> None:
    for number, tr in enumerate(tbl.iterchildren(qn("w:tr")), start=1):
        cells: list[str] = [""] * tr.grid_before
        for tc in tr.iterchildren(qn("w:tc")):
            span = max(1, tc.grid_span)
            text = "" if tc.vMerge == "continue" else _cell_text(tc)
            cells += [text] + [""] * (span - 1)
        if not any(cells):
            layout.add("", Origin(table_row=number))
            continue
        if len(cells) == 1:
            cells.append("")  # a one-cell row stays a table row, not prose
        layout.add("\t".join(cells), Origin(table_row=number))
