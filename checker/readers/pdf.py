"""PDF reader: a plan as published, from its text layer, read with pdfplumber.

A ruled table (a word processor's table with its grid) is read from its rules: pdfplumber finds
its cells, merged ones included, and the words inside each cell are joined into its text, a line
the cell's width broke mended the way it was broken (a figure, a code, a hyphenated word, a word
longer than the cell). Every other word is laid out by its position as lines of text in which a
word stands at the character column of its place on the page, as `pdftotext -layout` prints it,
so that the text reader's space-aligned logic (segment.py) finds the columns of an unruled table:
words one space apart within a cell, two or more where the gap is wider than a word space or a
vertical rule stands between them; one character width for the whole document, so that a table
on the same grid on two pages has its columns at the same place on both.

What a page repeats is dropped before reading: running headers and footers (a line near the top
or bottom edge that recurs on many pages, page numbers included) and, at the top of a page, the
header rows of a table carried over from the page before; a row the page break split is joined
back. A table then runs on over the page break as one table. Every location is placed back at
its page (and row within its table).

A PDF is refused with its reason when it needs a password, is damaged, has more pages than the
limit, or has no text layer at all (a scan); a scanned page within a text plan is an `input`
note, and the result is not clean. A PDF encrypted without an opening password (printing or
copying restricted) opens for reading as in any viewer, and is read.
"""
from __future__ import annotations

import logging
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from ..config import Limits
from ..models import Location, PlanBase, ReaderNote
from . import ReadError
from .programs import well_formed_code
from .published import Layout, Origin, read_layout
from .repair import Vocabulary

_MARGIN = 0.09  # the share of the page height at its top and bottom where running lines stand
_PAGE_NUMBER = re.compile(r"^\W*(?:(?:hal(?:aman)?|page)\.?\s*)?\d{1,4}(?:\s*(?:dari|of|/)\s*\d{1,4})?\W*$",
                          re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


@dataclass
class _Line:
    top: float
    bottom: float
    words: list[dict]
    text: str = ""  # laid out

    @property
    def key(self) -> str:
        """The line's words, whatever their spacing: how a repeated line is recognised."""
        return " ".join(w["text"] for w in self.words)


def read(path: Path, limits: Limits) -> PlanBase:
    with path.open("rb") as fh:
        if b"%PDF-" not in fh.read(1024):
            raise ReadError("not_pdf")
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns on every odd font; not the user's concern
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as e:  # pdfplumber wraps what pdfminer raised
        if any(isinstance(x, PDFPasswordIncorrect) for x in (e, e.__context__, *e.args)):
            raise ReadError("pdf_password") from e
        raise ReadError("pdf_open", error=f"{type(e).__name__}: {e}") from e
    with pdf:
        try:
            pages = pdf.pages
        except Exception as e:
            raise ReadError("pdf_open", error=f"{type(e).__name__}: {e}") from e
        if len(pages) > limits.max_pages:
            raise ReadError("pdf_pages", pages=len(pages), limit=limits.max_pages)
        try:
            read_pages = []
            for page in pages:
                read_pages.append(_page(page))
                page.close()  # its parsed objects: memory stays flat over a long document
        except Exception as e:  # a content stream pdfminer cannot follow
            raise ReadError("pdf_open", error=f"{type(e).__name__}: {e}") from e
    layout, scanned = _lay_out(read_pages)
    if not any(line.strip() for line in layout.lines):
        raise ReadError("pdf_scanned", pages=len(read_pages))
    plan = read_layout(layout, limits, {"pages": len(read_pages), "pages_unread": len(scanned)})
    for page, line in scanned.items():
        plan.notes.append(ReaderNote.of("page_scanned", Location(line=line, page=page), page=page))
    return plan


@dataclass
class _Page:
    """What one page holds: its words outside ruled tables, its vertical rules, and its
    ruled tables (top, and rows of cells)."""

    words: list[dict]
    rules: list[tuple[float, float, float]]  # x, top, bottom
    tables: list[tuple[float, list[list["_Cell"]]]]
    height: float
    pictured: bool  # a picture covers much of it: a scanned page, if it has no text besides


def _page(page) -> _Page:
    """A ruled table is read from its rules (pdfplumber finds the cells, a merged cell spanning
    the cells it covers); the words outside tables are laid out as lines."""
    words = [w for w in page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False,
                                           use_text_flow=False) if w["text"].strip()]
    inside: set[int] = set()
    tables = []
    for table in page.find_tables():
        taken = set(inside)
        rows = [[_cell_lines(cell, words, inside) if cell else [] for cell in row.cells] for row in table.rows]
        if rows and max(len(r) for r in rows) >= 2:
            tables.append((table.bbox[1], rows))
        else:  # a frame around a paragraph: its words are prose
            inside = taken
    rules = [(e["x0"], e["top"], e["bottom"]) for e in page.edges
             if e.get("orientation") == "v" and e["bottom"] - e["top"] > 4]
    area = page.width * page.height
    pictured = any((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) > 0.15 * area for i in page.images)
    return _Page([w for k, w in enumerate(words) if k not in inside], rules, tables, page.height, pictured)


def _within(word: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return x0 - 1 <= (word["x0"] + word["x1"]) / 2 <= x1 + 1 and top - 1 <= (word["top"] + word["bottom"]) / 2 <= bottom + 1


@dataclass
class _Cell:
    """A ruled table's cell: its box and its lines of words."""

    box: tuple[float, float, float, float]
    lines: list["_Line"]

    def __bool__(self) -> bool:
        return bool(self.lines)

    def broken_after(self) -> list[bool]:
        """Per line, whether it may end in a word its cell was too narrow for: the line is that one
        word, and it runs to the right edge of the cell's room (the cell less its padding, read off
        its text)."""
        left = min((ln.words[0]["x0"] for ln in self.lines), default=self.box[0]) - self.box[0]
        edge = self.box[2] - left
        out = []
        for line in self.lines[:-1]:
            last = line.words[-1]
            char = (last["x1"] - last["x0"]) / max(len(last["text"]), 1)
            # a word breaks inside only when it is longer than a whole line: it stands alone there
            out.append(len(line.words) == 1 and edge - last["x1"] < 1.5 * char and last["text"][-1:].isalpha())
        return out + [False]

    def text(self, vocabulary: Vocabulary) -> str:
        """The cell's lines as one text, joined with a space; without one where the cell's width
        broke a figure or a code ("1.221.650." over "000"), or a word too long for it: the line
        is that word alone up to the room's edge, the next goes on in the same case, and neither
        piece is a word the document has whole ("doku" over "men", not "keberdayaan" over
        "lembaga")."""
        out = ""
        broken = self.broken_after()
        for k, line in enumerate(self.lines):
            text = " ".join(w["text"] for w in line.words)
            if k and broken[k - 1]:
                piece, rest = self.lines[k - 1].words[-1]["text"], line.words[0]["text"]
                goes_on = rest[:1].islower() or (piece.isupper() and rest[:1].isupper())
                word = re.sub(r"\W+$", "", rest)
                if goes_on and not (len(piece) >= 3 and piece in vocabulary) and \
                        not (len(word) >= 3 and word in vocabulary):
                    out += text
                    continue
            out = _join(out, text)
        return out


def _whole_words(cell: _Cell) -> str:
    """The words of a cell that no break can have cut: all but a line's last that runs to the
    cell's edge, and the first of the line after it."""
    broken = cell.broken_after()
    return " ".join(w["text"] for k, line in enumerate(cell.lines) for j, w in enumerate(line.words)
                    if not (broken[k] and j == len(line.words) - 1) and not (k and broken[k - 1] and j == 0))


def _cell_lines(box: tuple[float, float, float, float], words: list[dict], inside: set[int]) -> _Cell:
    mine = []
    for k, word in enumerate(words):
        if k not in inside and _within(word, box):
            inside.add(k)
            mine.append(word)
    return _Cell(box, _lines(mine))


def _lines(words: list[dict]) -> list[_Line]:
    """Words grouped into lines: a word joins the line its vertical middle falls in."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        line = next((ln for ln in reversed(lines[-3:]) if ln.top <= middle <= ln.bottom), None)
        if line is None:
            lines.append(_Line(word["top"], word["bottom"], [word]))
        else:
            line.words.append(word)
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def _char_width(pages: list[_Page]) -> float:
    """One character's width for the whole document: a low share of the words' widths per character,
    so that a cell's text laid out in characters stays inside the room it has on the page."""
    widths = sorted((w["x1"] - w["x0"]) / len(w["text"]) for page in pages for w in page.words
                    if len(w["text"]) >= 3)
    return max(widths[len(widths) // 10], 1.0) if widths else 5.0


def _lay_out_line(line: _Line, width: float, rules: list[tuple[float, float, float]]) -> str:
    out = ""
    previous = None
    for word in line.words:
        if previous is None:
            column = round(word["x0"] / width)
        else:
            gap = word["x0"] - previous["x1"]
            size = max(previous["bottom"] - previous["top"], 1.0)
            middle = (word["top"] + word["bottom"]) / 2
            ruled = any(previous["x1"] - 1 <= x <= word["x0"] + 1 and top <= middle <= bottom for x, top, bottom in rules)
            if gap < 0.45 * size and not ruled:
                column = len(out) + 1  # a word space inside a cell
            else:
                column = max(round(word["x0"] / width), len(out) + 2)
        out = out.ljust(column) + word["text"]
        previous = word
    return out


def _lay_out(pages: list[_Page]) -> tuple[Layout, dict[int, int]]:
    width = _char_width(pages)
    vocabulary = Vocabulary([" ".join(w["text"] for w in page.words) for page in pages]
                            + [_whole_words(cell) for page in pages for _, rows in page.tables for row in rows
                               for cell in row if cell])
    for page in pages:
        page.tables = [(top, [[cell.text(vocabulary) if cell else "" for cell in row] for row in rows])
                       for top, rows in page.tables]
    lines_of = [_lines(page.words) for page in pages]
    running = _running_lines(lines_of, [page.height for page in pages])
    layout = Layout()
    scanned: dict[int, int] = {}  # a scanned page -> its line
    carried: list[list[str]] = []  # the first rows of the ruled table the page before ended with
    previous_lines: list[str] = []  # the laid-out lines of the page before
    last_row: tuple[int, list[str]] | None = None  # the last table row laid out: its index, its cells
    for number, (page, lines) in enumerate(zip(pages, lines_of), start=1):
        kept = [ln for ln in lines if not _furniture(ln, page.height, running)]
        if not kept and not page.tables:
            layout.add("", Origin(page=number))
            if page.pictured:  # a picture of a page and at most its running lines: a scan
                scanned[number] = len(layout.lines)
            carried, previous_lines = [], []
            continue
        for line in kept:
            line.text = _lay_out_line(line, width, page.rules)
        items = sorted([(ln.top, ln) for ln in kept] + [(top, rows) for top, rows in page.tables],
                       key=lambda item: item[0])
        if items and isinstance(items[0][1], _Line):
            opening = _without_carried_header([i for _, i in items if isinstance(i, _Line)], previous_lines)
            items = [i for i in items if not isinstance(i[1], _Line) or i[1] in opening]
        previous_lines = [ln.text for ln in kept]
        pitch = statistics.median([b.top - a.top for a, b in zip(kept, kept[1:])] or [12.0])
        bottom = None
        for k, (top, item) in enumerate(items):
            if isinstance(item, _Line):
                if bottom is not None and top - bottom > 1.2 * pitch:
                    layout.add("", Origin(page=number))  # a paragraph's or a table's end
                layout.add(item.text, Origin(page=number))
                bottom = item.bottom
                continue
            rows = [cells for cells in item if any(cells)]
            if k == 0 and carried:
                rows = _without_repeated_rows(rows, carried)
                if rows and last_row is not None and _continues_row(rows[0], last_row[1]):
                    # the row the page break split: its rest joins its start on the page before
                    merged = [_join(a, b) for a, b in zip(last_row[1], rows[0])]
                    layout.lines[last_row[0]] = "\t".join(merged)
                    rows = rows[1:]
            for cells in rows:
                layout.add("\t".join(cells), Origin(page=number))
                last_row = (len(layout.lines) - 1, cells)
            carried = item[:4] if k == len(items) - 1 else []
            bottom = None
        if items and isinstance(items[-1][1], _Line):
            carried = []
    return layout, scanned


_FRAGMENT = re.compile(r"^(?:[a-z]|[.,;:)/\-])")


def _continues_row(cells: list[str], above: list[str]) -> bool:
    """Whether the first row of a table on a new page is the rest of the row the page ended with,
    split by the page break: it has nothing in its first column, something only in columns the row
    above has something in, and in one of them the middle of a text (a word going on in lower
    case, a figure going on after its point). Its first column is empty, or holds the rest of a
    code that only the two together make well formed."""
    filled = [k for k, c in enumerate(cells) if c]
    # the first column is empty, or holds the rest of a code the break cut ("7.01.05.2.0" | "1")
    first = not cells[0] or (not well_formed_code(above[0]) and well_formed_code(_join(above[0], cells[0])))
    return bool(filled) and len(cells) == len(above) and first and \
        all(above[k] for k in filled) and any(_FRAGMENT.match(cells[k]) for k in filled)


def _join(start: str, rest: str) -> str:
    """Two lines of one cell: a figure or code goes on without a space, and so does a word
    hyphenated at the line's end ("Perundang-" over "undangan")."""
    if not rest or not start:
        return start or rest
    glued = (re.search(r"[\d.,]$", start) and re.match(r"[\d.,]", rest)) or \
        (re.search(r"[a-z]-$", start) and rest[:1].islower())
    return start + ("" if glued else " ") + rest


def _without_repeated_rows(rows: list[list[str]], header: list[list[str]]) -> list[list[str]]:
    """A table that goes on from the page before repeats its header rows: they are dropped."""
    k = 0
    while k < len(rows) and k < len(header) and rows[k] == header[k] and not any(
            re.search(r"\d[.,]\d{3}", c) for c in rows[k]):
        k += 1
    return rows[k:]


def _running_lines(pages: list[list[_Line]], heights: list[float]) -> set[str]:
    """The lines that stand near the top or bottom edge of many pages (digits aside: a page
    number changes): a running header or footer."""
    seen: dict[str, int] = {}
    for lines, height in zip(pages, heights):
        keys = {_DIGITS.sub("#", ln.key) for ln in lines if _in_margin(ln, height)}
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    enough = max(2, round(0.4 * len(pages)))
    return {key for key, n in seen.items() if n >= enough}


def _in_margin(line: _Line, height: float) -> bool:
    return line.top < _MARGIN * height or line.bottom > (1 - _MARGIN) * height


def _furniture(line: _Line, height: float, running: set[str]) -> bool:
    return _in_margin(line, height) and (_DIGITS.sub("#", line.key) in running or bool(_PAGE_NUMBER.match(line.key)))


def _without_carried_header(lines: list[_Line], before_lines: list[str]) -> list[_Line]:
    """A page that opens with lines of columns the page before ended with (an unruled table's
    header, which a word processor repeats on every page the table runs over) loses them."""
    before = {re.sub(r"\s+", " ", t).strip() for t in before_lines if re.search(r"\S {2,}\S", t)}
    k = 0
    while k < len(lines) and k < 8 and re.search(r"\S {2,}\S", lines[k].text) and \
            re.sub(r"\s+", " ", lines[k].text).strip() in before:
        k += 1
    return lines[k:]
