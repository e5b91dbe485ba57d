"""The rows of a published text's tables, whatever form extraction gave them.

Extractors print one table three ways: cells separated by tabs (copied from a PDF viewer or a
DOCX), Markdown pipe tables (DOCX-to-Markdown converters), or columns aligned with spaces
(`pdftotext -layout`), where a long cell wraps onto the following lines of its own column. This
module turns all three into the same thing, a row of cells at the line where the row begins, so
that the table kinds never see the form. A line that belongs to a table but is not the start of a
row (a wrapped line, a Markdown rule) is marked as inside it, so it is neither prose nor a row.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .labels import SUBTOTAL_PREFIX, TOTAL_LABEL
from .programs import well_formed_code
from .repair import (Vocabulary, broken_figure, join_currency, mark_and_amount, next_list_item, rejoin_by_row,
                     rejoin_figures, rejoin_words)

_FIELD = re.compile(r"\S+(?: \S+)*")  # a run of text without two spaces in a row
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
# A cell that begins with a figure or a nil mark starts a row; wrapped text does not begin so.
_VALUE_START = re.compile(r"^(?:[-–(]?\s*(?:rp\.?\s*)?\d|-$|–$|n/?a\b)", re.IGNORECASE)
_ENDS_IN_WORD = re.compile(r"[A-Za-z]{2,}[^\w%]*$")
_ENDS_IN_OPERATOR = re.compile(r"(?:\s[xX]|[×*/:=+(])\s*$")  # "(A / B) x": a formula that goes on
_LOWER_START = re.compile(r"^[a-z]{2,}\b")  # "dan ...", "sesuai ...": not "a. ..." (a row's mark)
# A code or its pieces in their cells ("7", "01", "2.02", "X.XX").
_CODE_START = re.compile(r"^(?:\d{1,2}|[Xx]\.[Xx]{2})(?:[.\s]\d{1,4})*$")
ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")  # a row's number in a table's first column ("1", "2.")
_YEAR_IN_BRACKETS = re.compile(r"^\((?:19|20)\d{2}\)$")  # "(2024)": a header's words wrapped, not a value
# A chapter heading whose word and numeral a tab sets apart ("BAB<TAB>III MANAJEMEN RISIKO"): a
# heading, never a table's row (at a page's top it had gone on the table above it).
_CHAPTER_WITH_TAB = re.compile(r"^\s*B\s?A\s?B\s*\t+\s*(?:[IVXL]+|\d{1,2})\b[^\t]*$", re.IGNORECASE)
_PROGRAM_CODE = re.compile(r"^(?:\d|[Xx]\.\s*[Xx]{2})\.\s*\d{2}\.\s*\d{2}\b")  # "7.01.01", "X.XX.01" and longer
_HEADER_YEAR = re.compile(r"^\(?(?:19|20)\d{2}\)?$")  # "2030", "(2025)" alone in a header's cell
_YEAR_LABEL = re.compile(r"^\(?(?:19|20)\d{2}\)?\s+\(?[A-Za-z]")  # "2027 (Rp)", "2028 Target": a label's end
_UNIT_TAIL = re.compile(r"^\d[\d.,]*\)$")  # "000)" under "(Rp": a unit's end
_MAX_HEADER_LINES = 4  # top lines whose cells may span columns (a merged header printed once)
# Characters by which a word may seem to fit after a cell's line and still have been wrapped:
# a page's proportional letters laid out in character columns are a character or two off.
_FONT_SLACK = 2
# How much wider than a small letter a capital is printed, on average, in the proportional fonts
# plans are set in: a line of capitals ("PROGRAM PENUNJANG") wraps where as many small letters fit.
_CAPITAL_WIDTH = 1.25


def _printed_width(text: str) -> float:
    """A text's width in character columns as a page prints it: capitals count wider."""
    capitals = sum(1 for ch in text if ch.isupper())
    return len(text) + (_CAPITAL_WIDTH - 1) * capitals


@dataclass
class Rows:
    """The table rows of a text: the cells of each row at its first line (1-based), and every
    line that belongs to a table."""

    cells: dict[int, list[str]] = field(default_factory=dict)
    inside: set[int] = field(default_factory=set)
    layout: dict[int, int] = field(default_factory=dict)  # a space-aligned row's line -> its region
    extents: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # a region -> its columns' spans
    # A region -> for each column, the widest it can be (a wrapped cell's line and the next
    # line's first word did not fit in it), None where no cell wrapped.
    rooms: dict[int, list[int | None]] = field(default_factory=dict)


def find_rows(lines: list[str], max_columns: int) -> Rows:
    """Every table row of `lines`: tab-separated, Markdown pipes, then space-aligned regions; in
    every cell, figures and words that a narrow column broke are joined back."""
    rows = Rows()
    grid = {**_grid_tables(lines), **_html_tables(lines)}
    for i, raw in enumerate(lines, start=1):
        if i in grid:
            if grid[i] is not None:
                rows.cells[i] = grid[i][:max_columns]
            else:
                rows.inside.add(i)
        elif "\t" in raw and raw.strip() and not _CHAPTER_WITH_TAB.match(raw):
            rows.cells[i] = [c.strip() for c in raw.split("\t")][:max_columns]
        elif _PIPE_ROW.match(raw) and raw.count("|") >= 3:
            if _PIPE_RULE.match(raw):
                rows.inside.add(i)
            else:
                inner = raw.strip()[1:-1]
                rows.cells[i] = [c.strip().replace("\\|", "|") for c in _PIPE_SPLIT.split(inner)][:max_columns]
    tabbed = _join_lone_lines(rows, lines, {i for i in rows.cells if i not in grid and "\t" in lines[i - 1]})
    _join_broken_lines(rows, tabbed)
    rows.inside.update(rows.cells)
    # Each line's stretches of text, found once (index 0 unused: lines count from 1).
    stretches = [[]] + [[] if i in rows.inside else _fields(raw) for i, raw in enumerate(lines, start=1)]
    for n, region in enumerate(_aligned_regions(stretches, rows.inside)):
        field_rows = [stretches[k] for k in region]
        columns = _region_columns(field_rows)
        if not _columned(field_rows, columns):
            continue  # justified prose: its runs of spaces fall anywhere
        rooms: list[int | None] = [None] * len(columns)
        for line, cells in _aligned_rows(region, field_rows, columns, rooms):
            rows.cells[line] = cells[:max_columns]
            rows.layout[line] = n
        rows.extents[n] = columns[:max_columns]
        rows.rooms[n] = rooms[:max_columns]
        rows.inside.update(region)
    vocabulary = Vocabulary(line for k, line in enumerate(lines, start=1) if k not in rows.inside)
    for line, cells in rows.cells.items():
        rows.cells[line] = join_currency(rejoin_by_row([rejoin_words(rejoin_figures(c), vocabulary) for c in cells]))
    return rows


def _join_broken_lines(rows: Rows, tabbed: list[int]) -> None:
    """A cell holding a line break (two paragraphs of a word processor's cell, exported as they
    are) breaks its tab-separated row into lines that are each short of cells: where a line's
    cells and the next lines' together, the broken cell counted once, are exactly as many as
    another line of the table has (its header, an unbroken row) or as two or more such joins
    give (every row broken alike: then wider than any line, where those joins take in most of
    the table's lines), and each next line begins with text (no code, figure or empty cell),
    they are one row at the first line. A run of lines a blank line or two after a table (its
    next page) whose rows, each from a line that begins a row to the next, all join to the
    table's width is broken alike, though none of its lines is as wide as the table's rows."""
    runs: list[list[int]] = []
    for i in tabbed:  # (a lone line joined to a row by _join_lone_lines does not end a run)
        if runs and all(k in rows.inside for k in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    before = None  # the run before, its rows broken: its last line and its rows' width once joined
    for run in runs:
        lengths = [len(rows.cells[i]) for i in run]
        widest_line = max(lengths)
        row_width = widest_line  # a row's width: the widest line's, or wider where every row broke

        def grow(n: int, widths: set[int], widest: int, counting: bool = False) -> tuple[int, list[str]]:
            """The lines run[n:k] joined, as far as they go on, up to a width and no wider. Past
            a width short of the widest line's they go on to the widest line's width, or to
            where the next line begins a row (a code, a figure, a gap) when that is a width of
            the table too: a row broken in two cells under a header broken as well ("Kode |
            Program | Indikator" is a width of the table, and the row's first two lines join to
            it). Counting, the join up to where the next line begins a row is what it gives (a
            name's last line written on a row of its own, as wide as any line, ends it too)."""
            joined, k = list(rows.cells[run[n]]), n + 1
            if len(joined) >= row_width:
                return k, joined  # a line as wide as any is a whole row
            first = None

            def goes_on(k: int) -> bool:
                return _goes_on(rows.cells[run[k]]) or next_list_item(joined[-1], rows.cells[run[k]][0])
            while k < len(run) and joined[-1] and goes_on(k) and len(joined) + len(rows.cells[run[k]]) - 1 <= widest \
                    and not (counting and _name_alone(rows.cells[run[k]], widest_line)):
                more = rows.cells[run[k]]
                joined = joined[:-1] + [f"{joined[-1]} {more[0]}"] + more[1:]
                k += 1
                if len(joined) in widths:
                    first = first or (k, joined)
                    if len(joined) >= row_width and not counting:
                        return k, joined
            ended = k > n + 1 and (k == len(run) or not joined[-1] or not goes_on(k))
            if ended and (counting or len(joined) in widths):
                return k, joined
            return first or (k, joined)

        widths = set(lengths)
        if before and run[0] - before[0] <= 3 and before[1] > row_width:
            # The next page of a table whose rows were broken (most of its lines joined)? Its
            # rows from each line that begins one (a code, a number, a gap) to the next, if most
            # of its lines join so to the table's width (or a cell off it, a last empty cell
            # written or not), twice or more alike.
            starts = [n for n in range(len(run)) if not _goes_on(rows.cells[run[n]])]
            spans = [(n, k, sum(lengths[n:k]) - (k - n - 1)) for n, k in zip(starts, starts[1:] + [len(run)])]
            for width in (before[1], before[1] - 1, before[1] + 1):
                whole = [(n, k) for n, k, w in spans if k > n + 1 and w == width]
                if width > row_width and len(whole) >= 2 and 2 * sum(k - n for n, k in whole) >= len(run):
                    row_width = width
                    widths.add(width)
                    break
        joins, taken = Counter(), Counter()  # per width a join would give: how many, how many lines
        for n in range(len(run)):
            k, joined = grow(n, widths, 2 * widest_line, counting=True)
            if k > n + 1:
                joins[len(joined)] += 1
                taken[len(joined)] += k - n
        widths |= {w for w, count in joins.items()
                   if count >= 2 and (w <= widest_line or 2 * taken[w] >= len(run))}
        row_width = max(widths)  # every row broken alike: wider than any line, its header's too
        n = 0
        while n < len(run):
            k, joined = grow(n, widths, max(widths))
            whole = k > n + 1 and len(joined) in widths
            if not whole and n + 1 < len(run) and _figures_below(rows.cells[run[n]], rows.cells[run[n + 1]]) \
                    and len(rows.cells[run[n]]) + len(rows.cells[run[n + 1]]) - 1 <= 2 * widest_line:
                k, joined, whole = n + 2, rows.cells[run[n]][:-1] + [
                    f"{rows.cells[run[n]][-1]} {rows.cells[run[n + 1]][0]}"] + rows.cells[run[n + 1]][1:], True
            if whole:
                rows.cells[run[n]] = joined
                for j in run[n + 1:k]:
                    del rows.cells[j]
                    rows.inside.add(j)
            n = k if whole else n + 1
        kept = [len(rows.cells[i]) for i in run if i in rows.cells]
        before = (run[-1], max(kept)) if 2 * len(kept) <= len(run) else None


def _name_alone(cells: list[str], widest: int) -> bool:
    """A line as wide as any of its table's that writes its first cell alone: a name's last
    line printed on a row of its own, not part of a broken row."""
    return len(cells) >= widest and not any(cells[1:])


def _figures_below(above: list[str], below: list[str]) -> bool:
    """A row broken in a cell before its figures, whatever the table's widths: the line above
    opens with a code (up to six cells of it) or a row number in its first cell, or the line
    below begins in lower case; the line above ends in text and holds no figure after its code;
    the line below carries on in text and holds the figures (a row's figures are on the line its
    cells end on)."""
    k = 0
    while k < len(above) and (not above[k] or _CODE_START.match(above[k]) or ROW_NUMBER.match(above[k])):
        k += 1
    # (It opens the line: a places row "| 1 | 2 | 3" under a header opens with a gap.) A line
    # below that begins with a word in lower case ("dan Pembinaan ...") carries on a sentence,
    # whatever opens the line above.
    coded = k and above[0] and sum(1 for c in above[:k] if c) <= 6
    rest = above[k:] if coded or (below and _LOWER_START.match(below[0])) else None
    return bool(rest) and bool(above[-1]) and not _VALUE_START.match(above[-1]) \
        and not any(re.search(r"\d", c) for c in rest) and _goes_on(below) \
        and any(_VALUE_START.match(c) for c in below[1:])


def _join_lone_lines(rows: Rows, lines: list[str], tabbed: set[int]) -> list[int]:
    """A line without a tab between two tab-separated rows is part of a cell that held a line
    break: the rest of the row above's last cell, or the start of the row below's first cell
    (the row then begins at that line). Above it a figure (or nothing) cannot go on, so it
    starts the row below when that row begins with text; below it a row that begins with a
    code, a number or an empty cell cannot have it, so it ends the row above when that row ends
    in text. Both in text, it starts the row below only when it begins as a row does: "1. ...",
    a code of the nomenclature before a name or alone, a name in capitals (each then starts the
    row below whenever that row begins with text; a code or capitals only where the row holds
    figures, on its line or, broken again, a line or more further, or the row below is a name's
    last line on a row of its own; else they are headings). Else it is left as it is. Returns
    the tab-separated rows' lines."""
    printed = set(tabbed)  # the lines tab-separated as printed

    def figures(cells: list[str]) -> bool:
        return any(_VALUE_START.match(c) and not _YEAR.fullmatch(c) for c in cells[1:])

    def figures_on(k: int) -> bool:
        """The row printed from line k holds figures: on that line, or (broken further) on a
        later one it goes on to, each line ending in text and the next going on."""
        while not figures(rows.cells[k]):
            if not rows.cells[k][-1] or k + 1 not in printed or not _goes_on(rows.cells[k + 1]):
                return False
            k += 1
        return True
    for j in sorted(k + 1 for k in printed):
        if j in printed or j + 1 not in printed or not lines[j - 1].strip() or "|" in lines[j - 1]:
            continue
        i = max(k for k in rows.cells if k < j)  # the row the line above belongs to
        text, above, below = lines[j - 1].strip(), rows.cells[i], rows.cells[j + 1]
        # A code ("7.01.02 PROGRAM ...", not a section's "4.1") or a name in capitals opens a row
        # where the row below goes on; else it is a heading or a title between two tables set
        # without a blank line.
        coded = bool(_CODED_NAME.match(text)) and _goes_on(below) and figures_on(j + 1)
        capitals = text.isupper() and (len(text.split()) > 1 or text.isalpha() and len(text) > 2)
        capitals_go_on = bool(below and below[0].isupper()) and (not any(below[1:]) or figures_on(j + 1))
        if (_HEADING_LINE.match(text) and not coded) or (capitals and not capitals_go_on and not coded):
            continue
        ends_in_text = bool(above and above[-1] and not _VALUE_START.match(above[-1]))
        # A line that begins as a row does ("1. Kegiatan ...", "a. Program ...", a code before a
        # name, a name in capitals going on below) starts the next row.
        numbered = bool(re.match(r"^(?:\d{1,3}|[a-z])[.)]\s+\S", text)) or coded or capitals
        if _goes_on(below) and (numbered or not ends_in_text and
                                (any(re.search(r"\d", c) for c in below) or figures_on(j + 1))):
            rows.cells[j] = [f"{text} {below[0]}"] + below[1:]
            del rows.cells[j + 1]
            tabbed = (tabbed - {j + 1}) | {j}
            rows.inside.add(j + 1)
        elif ends_in_text and not _goes_on(below) and not numbered:
            rows.cells[i] = above[:-1] + [f"{above[-1]} {text}"]
            rows.inside.add(j)
    return sorted(tabbed)


# A code of the nomenclature opening a name or alone: a number, a part of two digits, more parts
# ("7.01.02 ...", "7.01.02.2.01"); a section's number ("4.1", "2.3.1") has no such part.
_CODED_NAME = re.compile(r"^\d{1,2}\.\d{2}(?:\.\d{1,4})*(?:\s+\S|$)")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A line that heads what follows: a chapter, a table's title, "A. ...", a numbered section "4.1 ...".
_HEADING_LINE = re.compile(r"^(?:(?i:bab|tabel|table|lampiran)\b|[A-Z][.)]\s|\d+(?:\.\d+)+\.?\s)")


# A row's mark in a table's first cell other than its number: a letter or a roman numeral ("A",
# "b.", "II"), which no wrapped cell's line is alone.
_ROW_MARK = re.compile(r"^(?:[IVX]{1,4}|[A-Za-z])[.)]?$")


def _goes_on(cells: list[str]) -> bool:
    """A line that may carry on the cell above: it begins with text, not a code, figure, row
    number or mark, or gap."""
    head = cells[0] if cells else ""
    return bool(head) and not (_VALUE_START.match(head) or ROW_NUMBER.match(head) or _ROW_MARK.match(head))


# --- grid tables ----------------------------------------------------------------------------------

_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # "+------+======+" (pandoc's grid tables)


def _grid_tables(lines: list[str]) -> dict[int, list[str] | None]:
    """The lines of grid tables (as pandoc prints a DOCX table whose cells hold several lines):
    rules of `+` and `-` or `=` between rows, each row one or more `|` lines whose text is cut
    into cells at the rule's `+`. Returns, per line, the row's cells at its first line (its
    other lines joined to them) or None for a rule or a row's further line."""
    out: dict[int, list[str] | None] = {}
    edges: list[int] | None = None
    start, block = None, []
    for i, raw in enumerate(lines, start=1):
        if _GRID_RULE.match(raw):
            if start is not None and block:
                out[start] = [_join_lines([part for part in column if part]) for column in zip(*block)]
            edges = [k for k, ch in enumerate(raw) if ch == "+"]
            out[i], start, block = None, None, []
        elif edges is not None and raw.strip().startswith("|") and len(edges) >= 3:
            cells = [raw[a + 1:b].replace("|", " ").strip() for a, b in zip(edges, edges[1:])]
            if start is None:
                start = i
            else:
                out[i] = None
            block.append(cells)
        else:
            edges, start, block = None, None, []  # (a row no rule closes is left to the other forms)
    return {i: cells for i, cells in out.items() if cells is None or any(cells)}


_HTML_TABLE = re.compile(r"<\s*table\b", re.IGNORECASE)
_HTML_TABLE_END = re.compile(r"<\s*/\s*table\s*>", re.IGNORECASE)


class _TableMarkup(HTMLParser):
    """The rows of an HTML table (as pandoc writes a DOCX table with merged cells into
    Markdown): each row's cells at the line its `<tr>` opens, a cell spanning columns followed by
    empty cells, one spanning rows leaving its column empty in the rows below, as in the other
    printed forms."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, list[str]]] = []
        self._cell: list[str] | None = None
        self._spans: list[int] = []  # per column, how many more rows a cell above covers
        self._colspan = 1

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr":
            self.rows.append((self.getpos()[0], []))
        elif tag in ("td", "th") and self.rows:
            self._fill_spanned()
            self._cell, self._colspan = [], _span(attrs.get("colspan"))
            row = self.rows[-1][1]
            rowspan = _span(attrs.get("rowspan"))
            for k in range(len(row), len(row) + self._colspan):
                while len(self._spans) <= k:
                    self._spans.append(0)
                self._spans[k] = rowspan - 1
        elif tag in ("br", "p", "div") and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1][1].extend([" ".join("".join(self._cell).split())] + [""] * (self._colspan - 1))
            self._cell = None
        elif tag == "tr" and self.rows:
            self._fill_spanned()

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def _fill_spanned(self) -> None:
        """Empty cells where a cell of a row above spans down into this row."""
        row = self.rows[-1][1]
        while len(row) < len(self._spans) and self._spans[len(row)] > 0:
            self._spans[len(row)] -= 1
            row.append("")


def _span(value) -> int:
    try:
        return max(1, min(int(value), 100))
    except (TypeError, ValueError):
        return 1


def _html_tables(lines: list[str]) -> dict[int, list[str] | None]:
    """The lines of HTML tables: per line, a row's cells at the line its `<tr>` opens, None for
    the table's other lines."""
    out: dict[int, list[str] | None] = {}
    i = 0
    while i < len(lines):
        if not _HTML_TABLE.search(lines[i]):
            i += 1
            continue
        end = next((j for j in range(i, len(lines)) if _HTML_TABLE_END.search(lines[j])), len(lines) - 1)
        parser = _TableMarkup()
        parser.feed("\n".join(lines[i:end + 1]))
        parser.close()
        region = {i + 1 + k: None for k in range(end - i + 1)}
        for at, cells in parser.rows:
            line = i + at
            while line in region and region[line] is not None:
                line += 1  # (two rows opened on one line: the next line of the table holds the second)
            if line in region and any(cells):
                region[line] = cells
        out.update(region)
        i = end + 1
    return out


# --- space-aligned tables ---------------------------------------------------------------------------

def _fields(line: str) -> list[tuple[int, int, str]]:
    """The stretches of text of a line, split where two or more spaces stand: (start, end, text).
    A currency mark and the amount after it are one stretch, however far apart: a spreadsheet's
    accounting format sets the mark flush left in the cell and the amount flush right."""
    fields: list[tuple[int, int, str]] = []
    for m in _FIELD.finditer(line.expandtabs()):
        if fields and mark_and_amount(fields[-1][2], m.group(0)):
            fields[-1] = (fields[-1][0], m.end(), f"Rp {m.group(0)}")
        else:
            fields.append((m.start(), m.end(), m.group(0)))
    return fields


def _aligned_regions(stretches: list[list[tuple[int, int, str]]], taken: set[int]) -> list[list[int]]:
    """Runs of lines laid out in columns. A run starts at a line of three or more stretches of text
    (or a header line of two just above it that lines up with the run); it goes on over lines of
    two or more that keep to its columns, over lines that fit one column of the run (a wrapped
    cell), and across a blank line only when the line after it lines up with the run's columns
    and none of its stretches begins inside them.
    A line whose stretches begin in the middle of the run's columns belongs to another layout (the
    next page's table, set with other widths) and starts a run of its own."""
    regions: list[list[int]] = []
    before: list[int] = []  # the run before, kept or not
    n = len(stretches) - 1
    i = 1
    while i <= n:
        if i in taken or len(stretches[i]) < 3:
            i += 1
            continue
        region = [i]
        run = _Run()
        run.widen(stretches[i])
        j = i + 1
        while j <= n and j not in taken:
            if not stretches[j]:  # a blank line
                k = j
                while k <= n and k not in taken and not stretches[k]:
                    k += 1
                if k > n or k in taken or k - j > 2 or not _page_keeps_to(stretches, k, taken, run):
                    break
                j = k
                continue
            fields = stretches[j]
            if (len(fields) >= 2 and not _other_layout(fields, run.used)) or _keeps_to(fields, run) \
                    or j < n and j + 1 not in taken and _heads_a_column(fields, stretches[j + 1], run):
                region.append(j)
                run.widen(fields)
                j += 1
                continue
            break
        # Lines just above the run that keep to its columns belong to it: a first header row of
        # fewer cells (a merged cell over the columns below it), the wrapped end of a row begun on
        # the page before.
        while region[0] > 1 and region[0] - 1 not in taken and (not regions or regions[-1][-1] < region[0] - 1) \
                and _keeps_to(stretches[region[0] - 1], run):
            region.insert(0, region[0] - 1)
        # A header's labels that span the columns below them (a group's label over its years, a
        # year centred over its Target and Rp) have the next line's labels begin inside them, so
        # they end a run of their own: a few lines right above the run, of words and years only,
        # are its header when the run has figures.
        head = [k for k in before if k < region[0]]  # (the lines above it keeping to it taken already)
        if head and head[-1] == region[0] - 1 and len(head) <= _HEADER_LINES \
                and not any(_body_value([t for _, _, t in stretches[k]]) for k in head) \
                and any(_VALUE_START.match(t) for k in region for _, _, t in stretches[k]):
            if regions and regions[-1] is before:
                regions.pop()
            region = head + region
        written = [k for k in region if len(stretches[k]) >= 2]
        # Two lines are too few to tell from prose, unless both are rows of figures (a page that
        # carries a table's last two rows over from the page before).
        if len(written) >= 3 or len(written) == 2 and all(_row_of_figures(stretches[k]) for k in written):
            regions.append(region)
        before = region
        i = j
    return regions


_HEADER_LINES = 6  # the most lines a table's header takes


_FIGURE_FIELD = re.compile(r"^[-+(]?(?:rp\.?\s*)?\d[\d.,]*\s*%?\)?$", re.IGNORECASE)


def _heads_a_column(fields: list[tuple[int, int, str]], below: list[tuple[int, int, str]], run: "_Run") -> bool:
    """A lone stretch where the run has written nothing, over a line of the run that goes on in
    its column: the first line of a header's label that stands higher than the labels beside it
    (set at the foot of a taller row)."""
    if len(fields) != 1 or len(below) < 2 or _other_layout(below, run.used):
        return False
    start, end, _ = fields[0]
    return not any(run.used[start:end]) and any(s == start for s, _, _ in below)


def _row_of_figures(fields: list[tuple[int, int, str]]) -> bool:
    """A line of four or more stretches, three of them figures: a table's row, never a line of
    justified prose (whose stretches are words)."""
    return len(fields) >= 4 and sum(1 for _, _, text in fields if _FIGURE_FIELD.match(text.strip())) >= 3


def _page_keeps_to(stretches: list[list[tuple[int, int, str]]], k: int, taken: set[int],
                   run: _Run, lines: int = 8) -> bool:
    """Whether the lines from k on (up to the next blank line, at most `lines` of them) keep to a
    run's columns, so that the run goes on across the blank line above them: the first line has
    two or more stretches, and every stretch of them begins exactly where the run's stretches
    begin (or, a figure, ends where they end). The next page's table, set with other widths,
    shares some column edges by chance (the first, a figure column's), not all of them on every
    line; one position off is jitter within a page, another page's widths between pages. A
    stretch running across two column edges or more is no cell (a page's footer line)."""
    if len(stretches[k]) < 2:
        return False
    ends, used = run.ends, run.used
    for m in range(k, min(k + lines, len(stretches))):
        fields = stretches[m]
        if not fields or m in taken:
            break
        if any(sum(1 for t in ends if s + 1 < t < e - 1) >= 2 for s, e, _ in fields):
            return False
        if len(fields) == 1:
            if fields[0][0] not in ends:
                return False
        elif not _lines_up(fields, ends, share=1.0, slack=0) or _other_layout(fields, used, 1):
            return False
    return True


def _keeps_to(fields: list[tuple[int, int, str]], run: _Run) -> bool:
    """A line that fits the run's columns: two or more stretches that begin where the run's
    begin and none inside them, or one stretch within a column."""
    if len(fields) == 1:
        return _within_a_column(fields[0], run)
    return _lines_up(fields, run.ends) and not _other_layout(fields, run.used, 1)


def _other_layout(fields: list[tuple[int, int, str]], used: bytearray, most: int = 2) -> bool:
    """`most` or more of a line's stretches begin inside the text of the run's columns, not at a column's
    edge: the line was set with other column widths. A figure that ends where other text ends
    (within two positions: a proportional font's jitter) is right-aligned in that column and
    keeps to it; so does one that ends past the text it begins in, in the blank before the next
    column (a label above it set flush left)."""
    def inside(s: int, e: int, text: str) -> bool:
        # One position past where another line's text begins is still that column's edge.
        if not (1 < s < len(used) and used[s - 2] and used[s - 1] and used[s]):
            return False
        if not _VALUE_START.match(text):
            return True
        near = range(max(s + 1, e - 2), min(len(used), e + 2) + 1)
        if any(used[q - 1] and (q == len(used) or not used[q]) for q in near):
            return False  # other text ends within two places of the figure's end
        text_end = used.find(0, s)
        text_end = len(used) if text_end < 0 else text_end
        return not (e >= text_end - 2 and not any(used[text_end:e + 1]))
    clashes = sum(1 for f in fields if inside(*f))
    return clashes >= most


def _columned(field_rows: list[list[tuple[int, int, str]]], columns: list[tuple[int, int]]) -> bool:
    """Whether a region is laid out in its columns: at least three, found from the positions every
    line leaves blank, with most stretches of text beginning at one of them, or, a figure, ending
    at one's right edge (a column of amounts set flush right). Justified prose, which pads its
    lines with runs of spaces at random places, leaves no such columns."""
    if len(columns) < 3:
        return False
    starts = {a for a, _ in columns}
    rights = {b for _, b in columns}
    fields = [f for row in field_rows for f in row]
    on_edge = sum(1 for s, e, text in fields if any(t in starts for t in (s - 1, s, s + 1))
                  or _VALUE_START.match(text) and any(t in rights for t in (e - 1, e, e + 1)))
    return on_edge >= 0.5 * len(fields)


def _occupy(used: bytearray, fields: list[tuple[int, int, str]]) -> None:
    """Mark the positions a line's stretches write in."""
    for s, e, _ in fields:
        if e > len(used):
            used.extend(bytes(e - len(used)))
        used[s:e] = b"\x01" * (e - s)


@dataclass
class _Run:
    """What a run of space-aligned lines writes: where its stretches begin -> the furthest they
    reach, the positions it writes in, where its words begin, and its column edges (where a word
    begins, or where two lines begin a figure; one figure set flush right begins anywhere in its
    column)."""
    ends: dict[int, int] = field(default_factory=dict)
    used: bytearray = field(default_factory=bytearray)
    figure_starts: Counter = field(default_factory=Counter)
    edges: set[int] = field(default_factory=set)
    word_starts: set[int] = field(default_factory=set)

    def widen(self, fields: list[tuple[int, int, str]]) -> None:
        for s, e, text in fields:
            self.ends[s] = max(self.ends.get(s, 0), e)
            if not _VALUE_START.match(text):
                self.edges.add(s)
                self.word_starts.add(s)
            else:
                self.figure_starts[s] += 1
                if self.figure_starts[s] >= 2:
                    self.edges.add(s)
        _occupy(self.used, fields)


def _lines_up(fields: list[tuple[int, int, str]], ends: dict[int, int], share: float = 0.6, slack: int = 1) -> bool:
    """Most of a line's stretches (`share` of them) begin where the run's stretches begin (within
    `slack` positions), or, a figure, end where they end (right-aligned)."""
    if len(fields) < 2:
        return False
    rights = set(ends.values())
    near = range(-slack, slack + 1)
    hits = sum(1 for s, e, text in fields if any(s + d in ends for d in near)
               or (_VALUE_START.match(text) and any(e + d in rights for d in near)))
    return hits >= share * len(fields)


def _within_a_column(f: tuple[int, int, str], run: _Run) -> bool:
    """A lone stretch of text continues the run when it begins where one of the run's stretches
    begins and ends before the next column to its right begins (or, in the last column, is no
    wider than twice the widest text there: a cell's first line can be short by the word that
    went on to the next): the wrapped line of one cell, not prose that runs across the page. The
    next column begins where the run's next word begins (or, with none to the right, at its next
    edge), not where figures set flush right begin: a column's number near its right edge, the
    amounts under a label set flush left ("Realisasi Anggaran 2025" over "(Rp)" and "Rp
    38.000.000")."""
    start, end, _ = f
    ends = run.ends
    reach = [ends[t] for t in (start - 1, start, start + 1) if t in ends]
    if not reach:
        return False
    right = [t for t in run.word_starts if t > start + 1] or [t for t in run.edges if t > start + 1] \
        or [t for t in ends if t > start + 1]
    return end <= min(right) - 2 if right else end - start <= 2 * (max(reach) - start) + 2


def _columns(field_rows: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """Column extents: stretches of positions some line writes in, separated by positions that every
    line leaves blank for two characters or more (after figures, one or none that a stretch
    writes across, where more lines write on both sides of it than end words there: figures set
    flush right whose ends a proportional font moved a place left or right, beside the next
    column's cells), or every line but a few that each leave their own gap of two just beside
    it: a cell too long for its column, which pushed the next cell right
    ("Pemeliharaan/Rehabilitasi  Kec." where the other lines keep "Kec." a place left)."""
    width = max((e for fields in field_rows for _, e, _ in fields), default=0)
    writers = [0] * (width + 2)  # how many lines write in each position
    spans = [0] * (width + 2)  # how many stretches write both in position p - 1 and in p
    words_end = Counter()  # where stretches of words end: a column's text, not its edge
    for fields in field_rows:
        for s, e, text in fields:
            for q in range(s, e):
                writers[q] += 1
            for q in range(s + 1, e):
                spans[q] += 1
            if not _VALUE_START.match(text):
                words_end[e] += 1

    def apart(end: int, begin: int) -> bool:
        """Whether the edge between a blank or a figure ending at `end` and text beginning at
        `begin` sets two columns apart: two lines or more, and more than end words there, write
        a figure ending just before it and a cell beginning after it within the positions
        written from `begin` on (not in a column further right)."""
        reach = begin
        while reach < len(writers) and writers[reach]:
            reach += 1
        both = sum(1 for fields in field_rows
                   if any(end - 2 <= e <= end and _VALUE_START.match(t) for _, e, t in fields)
                   and any(begin <= s < reach for s, _, _ in fields))
        return both >= 2 and both > words_end[end]

    columns, start, blank = [], None, 0
    for p in range(width + 2):
        if writers[p]:
            if start is None:
                start = p
            elif blank >= 2 or blank == 1 and apart(p - 1, p) or not blank and not spans[p] and apart(p, p):
                columns.append((start, p - blank))
                start = p
            blank = 0
        elif start is not None:
            blank += 1
    if start is not None:
        columns.append((start, width))
    few = max(1, len(field_rows) // 50)
    return [part for column in columns for part in _split(column, writers, few, field_rows)]


def _split(column: tuple[int, int], writers: list[int], few: int,
           field_rows: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """A column cut where two positions or more inside it are written by a few lines only, between
    positions most lines write, and each of those lines leaves its own gap there (_gap_kept)."""
    start, end = column
    parts, p = [], start
    while p < end:
        if writers[p] <= few and writers[p - 1] > few:
            q = p
            while q < end and writers[q] <= few:
                q += 1
            if q - p >= 2 and q < end and writers[q] > few and _gap_kept(field_rows, p, q):
                parts.append((start, p))
                start = q
            p = q
        else:
            p += 1
    return parts + [(start, end)]


def _gap_kept(field_rows: list[list[tuple[int, int, str]]], a: int, b: int) -> bool:
    """Whether every line that writes in the gap [a, b) leaves a gap of its own of two blanks
    there or just after it (its cell ran into the gap and pushed the next one right)."""
    for fields in field_rows:
        inside = [(s, e) for s, e, _ in fields if s < b and e > a]
        if not inside:
            continue
        if len(inside) != 1 or inside[0][0] >= a:
            return False  # more than one overflow, or a stretch that begins in the gap itself
        end = inside[0][1]
        after = next((s for s, _, _ in fields if s >= end), None)
        if end > b + 1 or (after is not None and after - end < 2) or (after is not None and after > b + 3):
            return False
    return True


def _region_columns(field_rows: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """The region's columns. A merged header cell printed once across the columns it spans closes
    the gaps under it, and so does a header word too long for its column; when the lines below the
    header show more columns, and every stretch of the header begins at one of them, stays within
    one (a cell the overflow before it pushed right) or is centred over those it reaches into,
    each headed by a label below it (a year over its "Target" and "Rp"), those are the columns."""
    def fits(s: int, e: int, body: list[tuple[int, int]], below: list[list[tuple[int, int, str]]]) -> bool:
        if any(abs(s - a) <= 1 or a <= s and e <= b for a, b in body):
            return True
        # a merged cell's label centred over its columns, each of them headed on a line below it
        over = _centred_over(s, e, body)
        headed = {_column_of([a for a, _ in body], f[0]) for fields in below for f in fields
                  if not _VALUE_START.match(f[2]) or _HEADER_YEAR.match(f[2])}
        return bool(over) and headed >= set(over)

    best = _columns(field_rows)
    for h in range(1, min(_MAX_HEADER_LINES, len(field_rows) - 2) + 1):
        body = _columns(field_rows[h:])
        header_fits = all(fits(s, e, body, field_rows[m + 1:h + 1])
                          for m, fields in enumerate(field_rows[:h]) for s, e, _ in fields)
        # (as many columns from a line lower: a line of years over their Target and Rp is the
        # header's, its years centred over the columns below, not columns of their own)
        years_over = len(body) == len(best) and not _body_value([t for _, _, t in field_rows[h - 1]]) \
            and any(_HEADER_YEAR.match(t) for _, _, t in field_rows[h - 1])
        if (len(body) > len(best) or years_over) and header_fits:
            best = body
    return _label_over_figures(best, field_rows)


def _label_over_figures(columns: list[tuple[int, int]], field_rows: list[list[tuple[int, int, str]]]
                        ) -> list[tuple[int, int]]:
    """Columns joined where a column's text stands flush left and its figures flush right, a
    blank between them on every line (a spreadsheet's default: "6 dokumen" and its label to the
    left, "100%" to the right): a column with a label in the top lines, then one of figures
    alone with no label of its own, no line writing in both (a stretch counts in the column it
    begins in, _column_of). A table continued without its header has no label to show it;
    there counts with their unit set at one left edge beside figures set at one right edge,
    again no line writing in both, are one column (_counts_beside_figures)."""
    joined = list(columns)
    starts = [a for a, _ in joined]
    # per column: line -> the stretches begun in it
    texts: list[dict[int, list[tuple[int, int, str]]]] = [{} for _ in joined]
    for n, fields in enumerate(field_rows):
        for stretch in fields:
            texts[_column_of(starts, stretch[0])].setdefault(n, []).append(stretch)
    k = 0
    while k + 1 < len(joined):
        left, right = texts[k], texts[k + 1]
        figures = [t for line in right.values() for _, _, t in line]
        labelled = any(not _VALUE_START.match(t) for n in range(_MAX_HEADER_LINES) for _, _, t in left.get(n, []))
        if figures and not set(left) & set(right) and all(_VALUE_START.match(t) for t in figures) \
                and any(_FIGURE_FIELD.match(t.strip()) for t in figures) \
                and (labelled or _counts_beside_figures(left, right)):
            joined[k:k + 2] = [(joined[k][0], joined[k + 1][1])]
            texts[k:k + 2] = [{**left, **right}]
            continue
        k += 1
    return joined


_COUNT_WITH_UNIT = re.compile(r"^\d[\d.,]*\s+[^\W\d_]")


def _counts_beside_figures(left: dict[int, list[tuple[int, int, str]]],
                           right: dict[int, list[tuple[int, int, str]]]) -> bool:
    """Whether two columns are one column of a table continued without its header: a
    spreadsheet sets a count with its unit ("6 dokumen", a text cell) flush left and a bare
    figure ("100%") flush right, so where some rows hold the one and the others the other the
    page shows two columns, each line writing in one of them. Every stretch on the left a count
    with its unit, all beginning at one place; every stretch on the right a figure, all ending
    at one place."""
    counts = [f for line in left.values() for f in line]
    figures = [f for line in right.values() for f in line]
    return bool(counts) and all(_COUNT_WITH_UNIT.match(t) for _, _, t in counts) \
        and max(s for s, _, _ in counts) - min(s for s, _, _ in counts) <= 1 \
        and all(_FIGURE_FIELD.match(t.strip()) for _, _, t in figures) \
        and max(e for _, e, _ in figures) - min(e for _, e, _ in figures) <= 1


def _column_of(starts: list[int], s: int) -> int:
    """The column a stretch beginning at `s` belongs to: the last that begins at or before it,
    one position of slack (`starts`, the columns' left edges in order)."""
    return max(bisect_right(starts, s + 1) - 1, 0)


def _cells_of(fields: list[tuple[int, int, str]], columns: list[tuple[int, int]]) -> list[str]:
    """A line's text by column: each stretch goes to the column it begins in, a label centred
    over several (a merged cell's) to the first of them, as a merged cell's text is exported."""
    cells = [""] * len(columns)
    starts = [a for a, _ in columns]
    for s, e, text in fields:
        over = [] if _VALUE_START.match(text) else _centred_over(s, e, columns)
        k = over[0] if over else _column_of(starts, s)
        cells[k] = f"{cells[k]} {text}".strip()
    return cells


def _centred_over(s: int, e: int, columns: list[tuple[int, int]]) -> list[int]:
    """The columns a stretch reaching into two or more (each column's room runs to the next's
    start) stands centred over, within two positions: a merged cell's label ("2027" over its
    Target and Rp); none for a stretch that is not."""
    over = [n for n, (a, b) in enumerate(columns)
            if s < (columns[n + 1][0] if n + 1 < len(columns) else b + 1) and e > a]
    if len(over) >= 2 and abs(s + e - columns[over[0]][0] - columns[over[-1]][1]) <= 4:
        return over
    return []


def _aligned_rows(region: list[int], field_rows: list[list[tuple[int, int, str]]],
                  columns: list[tuple[int, int]], rooms: list[int | None]) -> list[tuple[int, list[str]]]:
    """The rows of a space-aligned region (its lines, their stretches, its columns), each at its
    first line, wrapped lines joined back. `rooms` gets, per column, the widest the column can
    be: a cell wrapped greedily, so its line and the next line's first word did not fit."""
    widths = [b - a for a, b in columns]
    rows: list[tuple[int, list[str]]] = []
    previous: list[str] | None = None  # the cells of the line above, within the current row
    # Per column, the last line the current row wrote in it: a cell whose lines the page set
    # apart from its neighbours' ("Kondisi Kinerja", a line blank in that column, "pada Akhir
    # Periode") goes on under its own last line.
    tails: list[str] = []
    last_line = None
    all_cells = [_cells_of(fields, columns) for fields in field_rows]
    for n, (line, cells) in enumerate(zip(region, all_cells)):
        adjacent = last_line is not None and line == last_line + 1
        if rows and previous is not None and adjacent and _continues(cells, previous, widths, tails) \
                and not (len(rows) == 1 and not _body_value(rows[0][1]) and _row_under_header(region, all_cells, n)):
            row = rows[-1][1]
            for k, text in enumerate(cells):
                if text:
                    room = len(tails[k]) + len(text.split(" ", 1)[0])
                    rooms[k] = room if rooms[k] is None else min(rooms[k], room)
                    row[k] = _glued(row[k], tails[k], text)
                    tails[k] = text
        else:
            rows.append((line, list(cells)))
            tails = list(cells)
        previous, last_line = cells, line
    return _rows_set_low(region, all_cells, rows, widths)


def _tails(group: list[int], all_cells: list[list[str]]) -> list[str]:
    """Each column's last line written in the lines `group`."""
    tails = [""] * len(all_cells[group[0]])
    for n in group:
        for k, text in enumerate(all_cells[n]):
            if text:
                tails[k] = text
    return tails


def _wraps_into(above: list[str], below: list[str], widths: list[int]) -> bool:
    """Whether a header row's labels (each column's last line, `above`) are the first lines of
    the labels below them (a header set at its foot): it writes only columns the line below
    writes, and in each the first word below would not have fitted on it; below stand words, or
    a label's year ("Pagu Hasil Verifikasi" over "2027 (Rp)", "... Tahun Lalu" over "(2025)"),
    not figures. (A row of years over the labels they head, one of them wrapped, is a row of its
    own: "2027 Target" fits.)"""
    written = [k for k, c in enumerate(above) if c]
    return bool(written) and all(below[k] and (not _VALUE_START.match(below[k]) or _label_end(below[k]))
                                 and not _fits_after(above[k], below[k], widths[k]) for k in written)


def _label_end(cell: str) -> bool:
    """A header label's last line though it opens with a digit: a year, alone or before words
    ("2027 (Rp)", "(2025)"), or a unit's figure closing a bracket opened above ("(Rp" over
    "000)"; a figure in brackets, "(1.000)", opens its own)."""
    return bool(_HEADER_YEAR.match(cell) or _YEAR_LABEL.match(cell) or _UNIT_TAIL.match(cell))


def _fits_after(line: str, below: str, width: int) -> bool:
    """Whether the first word of `below` would have fitted at the end of `line` in a column of
    `width`: then a word processor, which wraps greedily, would have set it there."""
    return _printed_width(line) + 1 + _printed_width(below.split(" ", 1)[0]) <= width - _FONT_SLACK


def _glued(cell: str, tail: str, text: str) -> str:
    """A cell's text with its next line's `text` after its last line `tail`: a figure or code
    broken at the line's end, or a word at its hyphen ("perundang-" over "undangan"), goes on
    without a space."""
    glue = "" if _broken(tail, text) or _hyphen_broken(tail, text) else " "
    return f"{cell}{glue}{text}".strip()


_PROGRAM_NAME = re.compile(r"^program\s", re.IGNORECASE)  # a program's name begins so
# A level's word that opens a name without a code ("PROGRAM ...", "Sub Kegiatan ..."); a bare
# "Kegiatan" does not, for it goes on inside names ("Fasilitasi Kegiatan Pemberdayaan").
_LEVEL_NAME = re.compile(r"^(?:PROGRAM|KEGIATAN|Sub\s+Kegiatan|SUB\s+KEGIATAN)(?:\s|$)")
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2})\)?$")  # "(4)", "4": a column's number under the header


def _numbering(cells: list[str]) -> bool:
    """A line numbering the columns: "(1) (2) (3)" or "1 2 3", each one more than the last."""
    numbers = [_COLUMN_NUMBER.match(c) for c in cells if c]
    return len(numbers) >= 3 and all(numbers) and all(
        int(b.group(1)) == int(a.group(1)) + 1 for a, b in zip(numbers, numbers[1:]))


def _body_value(cells: list[str]) -> bool:
    """Whether a line writes what only a table's body does: a code, or a figure that is not a
    header's year (nor a line numbering the columns)."""
    return not _numbering(cells) and any(c and (_PROGRAM_CODE.match(c) or _VALUE_START.match(c)
                                                and not _label_end(c)) for c in cells)


def _rows_set_low(region: list[int], all_cells: list[list[str]], rows: list[tuple[int, list[str]]],
                  widths: list[int]) -> list[tuple[int, list[str]]]:
    """The body's rows read three ways, the way the table is most consistent with kept: each
    row's cells set at its top (the rows as `rows` has them), at its foot, or in its middle (a
    spreadsheet's vertical alignment). Set low, a row's code and figures (its anchor: a line
    writing a figure or a code) stand on its last or middle line, and its wrapped cells' first
    lines above them. Each reading is scored by how badly its rows read (_misread: rows of words
    alone, cells wrapped as no word processor would, ...); the foot or the middle is taken only
    where it misreads half as much as the top or less, rows both cut alike left out of the count.
    The foot and the top are each charged too for the cells that do not stand as they set them
    (ending above their row's last line, beginning below its first), and between the foot and the
    middle the reading whose cells stand best is kept (the middle charged for cells off its
    centre). The body begins after the header's last line that writes a column of figures, or a
    few lines later (a label wrapped past the rest)."""
    first = next((n for n, cells in enumerate(all_cells) if _body_value(cells)), None)
    if first is None:
        return rows
    # Columns of figures or codes: two thirds of what the body writes in them opens with a digit
    # (a name column whose names carry their codes is none).
    written, valued = Counter(), Counter()
    for cells in all_cells[first:]:
        for k, c in enumerate(cells):
            if c:
                written[k] += 1
                valued[k] += bool(_VALUE_START.match(c))
    figure_columns = {k for k in written if valued[k] * 3 >= written[k] * 2}

    def anchor(cells: list[str]) -> bool:  # (a label's end, "2027 (Rp)", "(2025)", "000)", is no figure)
        return any(cells[k] and _VALUE_START.match(cells[k]) and not _label_end(cells[k]) for k in figure_columns)

    first = next((n for n in range(first, len(all_cells)) if anchor(all_cells[n])), None)
    if first is None:
        return rows
    start = first
    while start > 0 and not any(all_cells[start - 1][k] for k in figure_columns) \
            and region[start - 1] == region[start] - 1:
        start -= 1
    anchors = [n for n in range(first, len(all_cells)) if anchor(all_cells[n])]
    if len(anchors) < 2:
        return rows
    # Columns whose cells wrap (written on a line without an anchor): there a cell begins in capitals.
    wrapping = {k for n in range(start, len(all_cells)) if not anchor(all_cells[n])
                for k, c in enumerate(all_cells[n]) if c}
    lines = {line: n for n, line in enumerate(region)}
    starts = [lines[line] for line, _ in rows] + [len(region)]

    def misread(groups: list[list[int]]) -> int:
        return _misread(groups, all_cells, widths, anchor, wrapping)

    def off_centre(group: list[int]) -> int:
        return _off_centre(group, all_cells)

    def footed(groups: list[list[int]]) -> int:  # set at the foot, every cell ends on its row's last line
        return misread(groups) + sum(_off_edge(group, all_cells, -1) for group in groups)

    def centred(groups: list[list[int]]) -> int:  # set in the middle, every cell stands in its row's centre
        return misread(groups) + sum(map(off_centre, groups))

    def topped(groups: list[list[int]]) -> int:  # set at the top, every cell begins on its row's first line
        return misread(groups) + sum(_off_edge(group, all_cells, 0) for group in groups)

    # Lines after the last anchor whose last line opens with a row's mark or number ("B", "7"):
    # set at the foot, they are a row of words of its own (a section's name), not the end of one.
    last = next((c for c in all_cells[-1] if c), "")
    closed = len(all_cells) - 1 > anchors[-1] and all_cells[-1][0] == last \
        and bool(ROW_NUMBER.match(last) or _ROW_MARK.match(last))
    # The lines between the header and the first anchor are the first row's, or some of them the
    # header's last label wrapped: each cut is read, the best kept.
    chosen = None
    for body in range(start, first + 1):
        top = [list(range(a, b)) for a, b in zip(starts, starts[1:]) if a >= body]
        foot = _set_at_foot(body, anchors, len(all_cells), footed, closed)
        middle = _set_in_middle(body, anchors, len(all_cells), misread, off_centre)
        # (how the reading weighs itself against the top, how the top weighs, how it stands beside the other)
        for groups, low, high, fair in ((foot, footed, topped, footed), (middle, misread, misread, centred)):
            if not groups:
                continue
            # Rows both readings cut alike (a row of words alone, a row of one line) weigh for neither.
            alike = [list(g) for g in {tuple(g) for g in top} & {tuple(g) for g in groups}]
            score, top_score = low(groups), high(top)
            if (score - low(alike)) * 2 <= top_score - high(alike) and score < top_score \
                    and (chosen is None or fair(groups) < chosen[0]):
                chosen = (fair(groups), body, groups)
    if chosen is None:
        return rows
    _, body, groups = chosen
    head = [list(range(a, min(b, body))) for a, b in zip(starts, starts[1:]) if a < body]
    header: list[list[int]] = []
    for group in (g for g in head if g):  # the header's labels set low too: their first lines above
        if header and _wraps_into(_tails(header[-1], all_cells), all_cells[group[0]], widths):
            header[-1] += group
        else:
            header.append(group)
    return [(region[g[0]], _joined(g, all_cells)) for g in header + groups]


def _off_edge(group: list[int], all_cells: list[list[str]], edge: int) -> int:
    """How many columns of a row leave its line `edge` (0, its first; -1, its last) blank and are
    written on others: set at the top every cell begins on the first line, set at the foot every
    cell ends on the last, so words that end higher are another row's (a name gone on on a line
    of its own)."""
    return sum(1 for k in range(len(all_cells[group[edge]]))
               if not all_cells[group[edge]][k] and any(all_cells[n][k] for n in group))


def _set_at_foot(body: int, anchors: list[int], end: int, misread,
                 closed: bool = False) -> list[list[int]]:
    """Rows set at their foot: every line from `body` on goes with the anchor below it, but for
    rows of words alone above a row (a goal's or a section's name, an action of a schedule), cut
    off where that reads no worse than the lines taken whole (the whole would hold a program's
    name after its first line, or a word that fitted on the line above: a row begins there).
    Lines after the last anchor are rows of words alone (set at its foot, the last row ends on
    its anchor), or one row when they are `closed`: their last line opens a row of words by its
    mark."""
    if anchors[-1] != end - 1 and closed:
        anchors = [*anchors, end - 1]
    words = _WordRows(misread)
    groups, pending = [], []
    for n in range(body, end):
        pending.append(n)
        if n in anchors:
            best, cut = misread([pending]), 0
            for alone in range(1, len(pending)):
                score = words.score(pending[0], pending[alone]) + misread([pending[alone:]])
                if score <= best and not cut or score < best:
                    best, cut = score, alone
            groups += [*words.rows(pending[0], pending[cut]), pending[cut:]] if cut else [pending]
            pending = []
    return groups + (words.rows(pending[0], end) if pending else [])


class _WordRows:
    """The lines from one to another cut into rows of words alone as they read best: fewest
    misreadings, then fewest rows; each cut once."""

    def __init__(self, misread) -> None:
        self._misread = misread
        self._best: dict[tuple[int, int], tuple[int, int, list[list[int]]]] = {}

    def _cut(self, first: int, end: int) -> tuple[int, int, list[list[int]]]:
        if first == end:
            return 0, 0, []
        if (first, end) not in self._best:
            options = []
            for stop in range(first + 1, end + 1):
                score, count, rows = self._cut(stop, end)
                options.append((self._misread([list(range(first, stop))]) + score, count + 1,
                                [list(range(first, stop)), *rows]))
            self._best[first, end] = min(options, key=lambda o: o[:2])
        return self._best[first, end]

    def score(self, first: int, end: int) -> int:
        return self._cut(first, end)[0]

    def rows(self, first: int, end: int) -> list[list[int]]:
        return self._cut(first, end)[2]


def _set_in_middle(body: int, anchors: list[int], end: int, misread, off_centre) -> list[list[int]] | None:
    """Rows set in their middle: an anchor stands on line (h - 1) // 2 of a row of h lines, so as
    many lines below it as above it or one more. The lines between two anchors are cut so that
    the rows read best together (the last row's lines after its anchor counted as well), then so
    that each of their wrapped cells stands in its row's middle too (`off_centre`: a row's lines
    cut one line off shift its cells from it), then at that balance among equals. Lines between
    two rows may be rows of words alone (a goal's or a section's name, an action of a schedule:
    no figure stands in their middle), each at the misreading of a row without an anchor. None
    where the rows cannot be so balanced."""
    # State: how many lines the next row has above its anchor -> (misread, off centre, unbalanced, rows).
    words = _WordRows(misread)
    states: dict[int, tuple[int, int, int, list[list[int]]]] = {}
    for alone in range(anchors[0] - body + 1):
        states[anchors[0] - body - alone] = (words.score(body, body + alone), 0, 0, words.rows(body, body + alone))
    for i, a in enumerate(anchors):
        last = i + 1 == len(anchors)
        gap = (end if last else anchors[i + 1]) - a - 1
        following: dict[int, tuple[int, int, int, list[list[int]]]] = {}
        for above, (score, off, unbalanced, groups) in states.items():
            for below in {above, above + 1}:
                if below > gap:
                    continue
                group = list(range(a - above, a + below + 1))
                for alone in range(gap - below + 1):
                    nxt = gap - below - alone
                    if last and nxt:
                        continue
                    start = a + below + 1
                    rest = gap - alone
                    balanced = min(rest, above + (1 if rest > 2 * above else 0))
                    value = (score + misread([group]) + words.score(start, start + alone),
                             off + off_centre(group), unbalanced + (below != balanced),
                             groups + [group, *words.rows(start, start + alone)])
                    if nxt not in following or value[:3] < following[nxt][:3]:
                        following[nxt] = value
        if not following:
            return None
        states = following
    return min(states.values(), key=lambda v: v[:3])[3]


def _off_centre(group: list[int], all_cells: list[list[str]]) -> int:
    """How many columns of a row made of lines `group` do not stand in its middle: a cell of c
    lines in a row of h lines begins on its line (h - c) // 2, as its anchor does."""
    off = 0
    for k in range(len(all_cells[group[0]])):
        written = [i for i, n in enumerate(group) if all_cells[n][k]]
        if written:
            off += written[0] != (len(group) - (written[-1] - written[0] + 1)) // 2
    return off


def _joined(group: list[int], all_cells: list[list[str]]) -> list[str]:
    """The cells of a row made of lines `group`, each column's lines joined in order."""
    cells = [""] * len(all_cells[group[0]])
    tails = [""] * len(cells)
    for n in group:
        for k, text in enumerate(all_cells[n]):
            if text:
                cells[k] = _glued(cells[k], tails[k], text) if cells[k] else text
                tails[k] = text
    return cells


def _misread(groups: list[list[int]], all_cells: list[list[str]], widths: list[int], anchor,
             wrapping: set[int]) -> int:
    """How badly lines grouped into rows read: a row without an anchor, a cell that begins in
    lower case in a column whose cells wrap (the rest of another's words), a cell with a line
    after its first that begins a program's name or a code ("Program ...", "7.01.01 ...", which
    open a name; a code counts three times, for a row that took it so also took the rows of
    words above and below it, one each, into its cells, and so does a level's word opening a
    name without a code, "PROGRAM ...", "Sub Kegiatan ...", or a line turning out of capitals
    into mixed case, _case_turns), each line of a cell whose first word
    would have fitted on the cell's line above (no word processor wraps so), and a total's or
    subtotal's row that takes lines above its label (the label opens its row: the words above it
    end the row before), and a cell whose lines a line blank in its column parts (a wrapped
    cell's lines follow each other: the words above the blank are another row's)."""
    bad = 0
    for group in groups:
        if not any(anchor(all_cells[n]) for n in group):
            bad += 1
        if any(_total_label(c) for n in group[1:] for c in all_cells[n] if c):
            bad += 1
        for k in range(len(all_cells[group[0]])):
            written = [i for i, n in enumerate(group) if all_cells[n][k]]
            if written and written[-1] - written[0] + 1 > len(written):
                bad += 1
        tails = [""] * len(all_cells[group[0]])
        for n in group:
            for k, text in enumerate(all_cells[n]):
                if not text:
                    continue
                tail = tails[k]
                if not tail and k in wrapping and text[:1].islower():
                    bad += 1
                if tail and (_LEVEL_NAME.match(text) or _case_turns(tail, text)):
                    bad += 3
                elif tail and _PROGRAM_NAME.match(text):
                    bad += 1
                if tail and _PROGRAM_CODE.match(text):
                    bad += 3  # two rows' names in one: more than the two rows of words it saves
                if tail and not _broken(tail, text) and not _hyphen_broken(tail, text) \
                        and _fits_after(tail, text, widths[k]):
                    bad += 1
                tails[k] = text
    return bad


def _case_turns(above: str, below: str) -> bool:
    """A cell's line in capitals (not an abbreviation alone: six letters or more) over one that
    begins with a word in mixed case: a name printed in capitals (a program's, in a table without
    codes) does not go on in mixed case, so the line below opens another row's name."""
    first = below.split(maxsplit=1)[0] if below.strip() else ""
    return above.isupper() and sum(ch.isalpha() for ch in above) >= 6 \
        and first[:1].isupper() and any(ch.islower() for ch in first)


def _total_label(text: str) -> bool:
    """Whether a cell's line is a total's or a subtotal's label ("JUMLAH", "Jumlah Program 7.01.01",
    "Sub Total"), which opens its own row: the words above it end the row before. A subtotal's
    words in lower case ("jumlah program yang ...") are a wrapped name's rest, not a label."""
    return bool(TOTAL_LABEL.match(text) or SUBTOTAL_PREFIX.match(text) and text.lstrip()[:1].isupper())


def _row_under_header(region: list[int], all_cells: list[list[str]], n: int, lone: int = 3) -> bool:
    """Whether line n, right under a header whose lines wrote several columns, starts a row of its
    own though it could carry on one header cell: it and the lines after it write that one
    column alone for `lone` lines or more (a program's name under the header, wrapped in its
    narrow column), where a header label wrapped past the others ends in a line or two."""
    written = [k for k, c in enumerate(all_cells[n]) if c]
    if len(written) != 1 or sum(1 for c in all_cells[n - 1] if c) < 2:
        return False
    if all_cells[n][written[0]][:1].islower():
        return False  # a name begins with a capital or a code; "dan Kegiatan (output)" goes on a label
    count = 0
    for m in range(n, len(all_cells)):
        if region[m] != region[n] + (m - n) or [k for k, c in enumerate(all_cells[m]) if c] != written:
            break
        count += 1
    return count >= lone


def _hyphen_broken(above: str, below: str) -> bool:
    """A cell's line ending in a word's hyphen and the next beginning with a letter: one word
    ("perundang-undangan") wrapped at its hyphen."""
    return len(above) >= 3 and above.endswith("-") and above[-2].isalpha() and below[:1].isalpha()


def _join_lines(parts: list[str]) -> str:
    """A cell's lines as one text: a space between them, none after a word's hyphen."""
    text = ""
    for part in parts:
        text = f"{text}{'' if _hyphen_broken(text, part) else ' '}{part}".strip()
    return text


def _broken(above: str, below: str) -> bool:
    """Whether a cell's line and the line under it are one figure or one code that the column
    broke where it ran out of room ("128.530.00" over "0", "42.520" over ".000", "7.01.01.2.0"
    over "1.01", "7.01.01." over "2 .01"): together they are well formed, the line above alone
    is not."""
    last = above.rsplit(" ", 1)[-1]
    first = below.split(" ", 1)[0]
    if not last[:1].isdigit() or not first[:1] in "0123456789.,":
        return False
    if well_formed_code(last + below) and (last.endswith(".") or not well_formed_code(last)):
        return True  # (a code whose line ends in its dot goes on, "7.01.01." over "2 .01")
    return broken_figure(last, first, wrapped=True)


def _continues(cells: list[str], above: list[str], widths: list[int], tails: list[str] | None = None) -> bool:
    """A line carries on the row above when every cell it writes is the wrapped rest of the cell
    above it: that cell had text, and the first word here would not have fitted after it (a word
    processor wraps greedily). A figure carries on only words ("TW III" / "75% TW IV 100%"), on a
    line that writes fewer columns than the line above, or a formula cut at its operator ("... x"
    / "100%"): under a figure, or on a line as full as the one above (a header, then its first
    row), it starts the next row.
    `tails` (per column, the row's last line there) lets a cell go on under a line left blank in
    its column, as long as the line above wrote in some column the line writes in too."""
    written = [k for k, text in enumerate(cells) if text]
    if not written:
        return False
    if written[0] == 0 and ROW_NUMBER.match(cells[0]) and not any(_VALUE_START.match(c) for c in above):
        return False  # the first row under a header, numbered
    if _PROGRAM_CODE.match(cells[written[0]]):
        return False  # a program's code ("7.01.01") opens a row, even where only its name follows
    direct = {k for k, text in enumerate(above) if text}  # the columns the line right above writes
    fewer = set(written) < direct
    if tails is not None:
        if not any(above[k] for k in written):
            return False
        above = [a or (tails[k] if k < len(tails) else "") for k, a in enumerate(above)]
    # A header's words wrapped: under a line of words only, in columns it writes, each of words or
    # a year ("Tahun" / "2030"), whether or not the word would have fitted (a year fits within
    # the slack a proportional font leaves).
    header_words = all(above[k] for k in written) \
        and not any(_VALUE_START.match(a) and not _HEADER_YEAR.match(a) for a in above if a) \
        and all(_HEADER_YEAR.match(cells[k]) or not _VALUE_START.match(cells[k]) for k in written) \
        and any(_HEADER_YEAR.match(cells[k]) for k in written)
    for k in written:
        if not above[k]:
            return False
        if _broken(above[k], cells[k]) and k in direct or header_words:
            continue  # (a figure or a code broken at its column's end goes on on the very next line)
        if _fits_after(above[k], cells[k], widths[k]):
            return False
        if _VALUE_START.match(cells[k]) and not _YEAR_IN_BRACKETS.match(cells[k]) \
                and not (fewer and _ENDS_IN_WORD.search(above[k])) and not _ENDS_IN_OPERATOR.search(above[k]):
            return False
    return True
