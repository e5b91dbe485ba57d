"""Rows short of cells, laid back under their columns where the table leaves one reading.

Extraction loses empty cells: a tab-separated row drops one (its cells shift left), and a
space-aligned page set with its own column widths shows no column where all its rows are empty.
Such a row has fewer cells than its table. Every way of laying its cells under the table's
columns, in order, is a reading.

- A tab-separated row (`realign`): each reading is scored by how well the kind of each cell
  (code, money, percent, count with its unit, number, nil mark, words, empty) fits what the
  table's full rows hold in that column. The row is laid out under the best reading only when
  that puts every figure in its column clearly better than any other reading does; otherwise it
  is left as extraction gave it, for the table kinds' own reading of short rows, and counted.
- A space-aligned page (`place_layouts`): all of its rows at once, by the kinds each table
  column holds and then by the blanks between the page's columns (see below). Rows that cannot
  be placed are returned, and the table kinds leave their figures unread. A page whose own grid
  (its empty columns counted from the blanks) is narrower than the table was printed from rows
  that had already lost cells; where the kinds do not place it, its rows go back to `realign`
  as the tab-separated rows short of cells they are.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from ..numbers import GRADED_SCORE, MONEY_CELL
from .segment import ROW_NUMBER

_KINDS = ("empty", "code", "money", "percent", "count", "number", "nil", "text")
_CODE = re.compile(r"^(?:\d{1,2}|[Xx]\.[Xx]{2})(?: ?[.\s] ?\d{1,4}){1,6}$")  # "7.01.01.2 .06" too
_MONEY = MONEY_CELL
_PERCENT = re.compile(r"^-?\d+(?:[.,]\d+)?\s*(?:%|persen)$", re.IGNORECASE)
_COUNT = re.compile(r"^\d+(?:[.,]\d+)?\s*[A-Za-z][A-Za-z./ ]{0,24}$")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
# A long run of digits and separators ending in thousands is an amount even when misprinted
# ("1.3789.651.000"); a code's last part has 1, 2 or 4 digits.
_AMOUNT_LIKE = re.compile(r"^\(?-?(?:rp\.?\s*)?\d{1,4}(?:[.,]\d{1,4})+[.,]\d{3}(?:,-)?\)?$", re.IGNORECASE)
_NIL = re.compile(r"^(?:-+|–|—|\.{2,}|…|n/?a|nihil|\.\.\.\s*\w+)$", re.IGNORECASE)
_SMOOTH = 0.5     # added to every count of a column's kinds
_SURE = 2.5       # nats by which the best reading must beat the next (about 12 times as likely)
_MIN_FULL = 2     # full rows needed to know what a column holds
_TEXTS = 200      # the texts a column might hold, for the chance of one never seen in it


@lru_cache(maxsize=4096)
def kind(cell: str) -> str:
    """What a cell holds, coarsely."""
    text = cell.strip()
    if not text:
        return "empty"
    if _MONEY.match(text):
        return "money"
    if _PERCENT.match(text):
        return "percent"
    if _AMOUNT_LIKE.match(text) and sum(c.isdigit() for c in text) >= 7:
        return "money"
    if _CODE.match(text) and "." in text:
        return "code"
    if _NUMBER.match(text) or GRADED_SCORE.match(text):  # (a grade with its score, "BB (70,50)": a figure)
        return "number"
    if _NIL.match(text):
        return "nil"
    if _COUNT.match(text):
        return "count"
    return "text"


def _code_form(cell: str) -> str | None:
    """The form of a code or a code's part ("2.01" -> "9.99", "0001" -> "9999"): each level of a
    code printed in columns has its own, down its column. None for other cells."""
    text = cell.strip()
    if kind(text) == "code" or re.fullmatch(r"0\d{1,3}", text):
        return re.sub(r"\d", "9", text)
    return None


class _Profile:
    """What a table's full rows hold in each column: how often each kind of cell, how often each
    exact text (a lokasi or a source of funds repeats down its column), and each form of code."""

    def __init__(self, rows: list[list[str]], width: int):
        self.width = width
        kinds = [Counter() for _ in range(width)]
        self.texts = [Counter() for _ in range(width)]
        for cells in rows:
            for j, c in enumerate(cells[:width]):
                k = kind(c)
                kinds[j][k] += 1
                if k in ("text", "count"):
                    self.texts[j][_key(c)] += 1
                elif (form := _code_form(c)) is not None:
                    self.texts[j][form] += 1
        self.kind_logs = [{k: math.log((counter[k] + _SMOOTH) / (sum(counter.values()) + _SMOOTH * len(_KINDS)))
                           for k in _KINDS} for counter in kinds]
        self.text_totals = [sum(seen.values()) + _SMOOTH * _TEXTS for seen in self.texts]
        self.empty = [self.score(j, "") for j in range(width)]  # each column left empty

    def score(self, j: int, cell: str) -> float:
        """The log-likelihood of `cell` in column j."""
        k = kind(cell)
        out = self.kind_logs[j][k]
        if k in ("text", "count"):
            out += math.log((self.texts[j][_key(cell)] + _SMOOTH) / self.text_totals[j])
        elif (form := _code_form(cell)) is not None:
            out += math.log((self.texts[j][form] + _SMOOTH) / self.text_totals[j])
        return out


def _key(cell: str) -> str:
    return " ".join(cell.lower().split())


def _best(place: list[list[float]], empty: list[float], banned: tuple[int, int] | None = None) -> tuple[float, list[int]]:
    """The best order-keeping placement of a row's cells under the table's columns (`place[i][j]`:
    the score of cell i in column j; `empty[j]`: of column j left empty): its score and the column
    of each cell. `banned` forbids one (cell, column) pair."""
    m, width = len(place), len(empty)
    neg = -math.inf
    # score[i][j]: best for the first i cells within the first j columns
    score = [[neg] * (width + 1) for _ in range(m + 1)]
    take = [[False] * (width + 1) for _ in range(m + 1)]
    score[0][0] = 0.0
    for j in range(1, width + 1):
        score[0][j] = score[0][j - 1] + empty[j - 1]
    for i in range(1, m + 1):
        for j in range(i, width + 1):
            skip = score[i][j - 1] + empty[j - 1] if j - 1 >= i else neg
            put = score[i - 1][j - 1] + place[i - 1][j - 1] if banned != (i - 1, j - 1) else neg
            score[i][j], take[i][j] = (put, True) if put >= skip else (skip, False)
    columns, i, j = [0] * m, m, width
    while i > 0:
        if take[i][j]:
            columns[i - 1] = j - 1
            i -= 1
        j -= 1
    return score[m][width], columns


def _reading(cells: list[str], profile: _Profile, numbered: bool = False) -> list[int] | None:
    """The columns of a row's cells, when one reading is clearly best. In a `numbered` table
    (its first column numbers the rows), a row's number that is its first cell stays there."""
    empty = profile.empty
    place = [[profile.score(j, c) for j in range(profile.width)] for c in cells]
    pinned = numbered and bool(cells) and bool(ROW_NUMBER.match(cells[0].strip()))
    if pinned:
        place[0] = [place[0][0]] + [-math.inf] * (profile.width - 1)
    best, columns = _best(place, empty)
    if best == -math.inf:
        return None
    code = next((i for i, c in enumerate(cells) if kind(c) == "code"), None)
    for i, j in enumerate(columns):
        if i == 0 and pinned or code is not None and i < code and ROW_NUMBER.match(cells[i].strip()):
            # (A row's number before its code numbers the row in whichever column it stands,
            # left empty by the rows that have none: the code's column is the one to be sure of.)
            continue
        if kind(cells[i]) in ("empty", "text"):
            # Where an empty cell goes changes no reading; words are read by their order (a name,
            # then its indicator) and their kind says little of their column: only the figures'
            # columns must be sure.
            continue
        other, _ = _best(place, empty, banned=(i, j))
        if best - other < _SURE:
            return None
    return columns


def realign(lines: "Rows", groups: dict[int, int]) -> tuple["Rows", set[int]]:
    """The rows of a table with each row short of cells laid under its columns where one reading
    is clearly best. Rows of a space-aligned layout (`groups`: line -> its layout) are left as
    they are: `place_layouts` lays them out a whole layout at a time. Returns the rows and the
    lines of the short rows that were unsure."""
    lengths = Counter(len(cells) for _, cells in lines)
    width = max((n for n, k in lengths.items() if k >= 2), default=0)
    figured = [k for k, (_, cells) in enumerate(lines) if any(kind(c) not in ("empty", "text") for c in cells)]
    full = [lines[k][1] for k in figured if len(lines[k][1]) == width]
    if width < 3 or not full:
        return lines, set()
    # The header: the rows above the first with a figure that is not a year (nor a column's
    # number); the rows from there on are the table's own, the first of them too.
    first = next((k for k in figured if any(_data_figure(c) for c in lines[k][1]) and not _numbering(lines[k][1])),
                 len(lines))
    out, unsure = list(lines), set()
    # The header's rows: one row of figures shows where they stand.
    for k in range(first):
        if lines[k][0] in groups:
            continue  # a space-aligned header is placed with its page
        header = _header_realigned(lines[k][1], full, width, [cells for _, cells in lines[k + 1:first]])
        if header is not None:
            out[k] = (lines[k][0], header)
    if len(full) < _MIN_FULL:
        # Too few whole rows to know what a column holds: a row short of cells stands nowhere
        # sure (read as printed, a cell lost before its figures set each a column off).
        return out, {lines[k][0] for k in figured if k >= first and 0 < len(lines[k][1]) < width
                     and lines[k][0] not in groups}
    profile = _Profile(full, width)
    # The first column numbers the rows: its header says so ("No"), or full rows write numbers there.
    numbered = any(_NO_HEADER.match(cells[0].strip()) for _, cells in lines[:first] if cells) \
        or any(ROW_NUMBER.match(cells[0].strip()) for cells in full)
    for k in figured:
        line, cells = lines[k]
        # Only rows with a figure below the header.
        if k < first or not 0 < len(cells) < width or line in groups:
            continue
        columns = _reading(cells, profile, numbered)
        if columns is None:
            unsure.add(line)
            continue
        laid = [""] * width
        for c, j in zip(cells, columns):
            laid[j] = c
        out[k] = (line, laid)
    return out, unsure


_NO_HEADER = re.compile(r"^no\.?$", re.IGNORECASE)
_YEAR_OR_NUMBERING = re.compile(r"^(?:19|20)\d{2}$|^\(\d{1,2}\)$")


def _data_figure(cell: str) -> bool:
    """A figure a table's own rows hold, not a header's year or column number ("2026", "(4)")."""
    return kind(cell) not in ("empty", "text") and not _YEAR_OR_NUMBERING.match(cell.strip())


def _numbering(cells: list[str]) -> bool:
    """A row that numbers the columns ("1 2 3 4 5 ..."), printed under many headers."""
    written = [c.strip().strip("()") for c in cells if c.strip()]
    return len(written) >= 3 and written == [str(k) for k in range(1, len(written) + 1)]


def _label(cell: str) -> bool:
    """A header cell that names a column: words, not a currency mark ("Rp0") or a column's number."""
    text = cell.strip()
    return bool(re.search(r"[A-Za-z]{2}", text)) and not re.fullmatch(r"\(?rp\.?\s*0?\)?", text, re.IGNORECASE)


def _header_realigned(cells: list[str], full: list[list[str]], width: int,
                      below: list[list[str]] = ()) -> list[str] | None:
    """A header row that lost empty cells (the years over the value columns, one cell to the left
    of them), laid back where its labels stand over the columns in which the full rows have
    figures: the lost cells put back at the one place that does this best. None when the row is
    whole, has fewer than two labels, or no place is clearly best; and when its last cell is a
    label and a header row below it has labels further right ("Pagu Indikatif (Rp)" over "DAU |
    DBH | Jumlah"): that label is a group, and the cells lost are the rest of its span."""
    lost = width - len(cells)
    labels = sum(1 for c in cells if c.strip())
    if lost <= 0 or labels < 2:
        return None
    if cells[-1].strip() and any(any(_label(c) for c in row[len(cells):]) for row in below):
        return None
    rows = [row for row in full if not _numbering(row)]
    figures = [any(kind(row[j]) not in ("empty", "text") for row in rows) for j in range(width)]
    scores = []
    for at in range(len(cells) + 1):
        laid = cells[:at] + [""] * lost + cells[at:]
        scores.append((sum(1 for j, c in enumerate(laid) if c.strip() and figures[j]), at))
    best = max(score for score, _ in scores)
    places = [at for score, at in scores if score == best]
    now = scores[-1][0]  # as extraction gave it: the lost cells at its end
    if best <= now or len({tuple(cells[:at] + [""] * lost + cells[at:]) for at in places}) > 1:
        return None
    at = places[0]
    return cells[:at] + [""] * lost + cells[at:]


# --- space-aligned layouts -------------------------------------------------------------------------
#
# A table printed with spaces over several pages is several layouts, each page set with its own
# column widths; a column that is empty on a page leaves no column there, so that page's rows have
# fewer cells than the table. A page's columns are laid under the table's where the kinds of
# cell leave one order-keeping way (every column of the page under a column of the table that
# holds that kind of cell). Where they leave several (two amounts on a page, three amount
# columns in the table), the blanks between the page's columns decide: a column left out still
# took room, so each blank is about a fixed width plus so much for every column left out there
# (also the blank from the table's margin to the page's first column), and the one placement
# whose left-out columns explain the blanks clearly best is taken. A page whose rows disagree (a
# row printed a cell off in the source) is placed row by row. Rows with figures that no
# placement fits clearly are unsure: their figures are not read.

# Kinds of cell that stand for each other in a column: a bare number may be an amount ("0") or a
# target, a target may be written with a percent sign or a unit.
_CLASS = {"code": "code", "money": "money", "percent": "figure", "count": "figure", "number": "figure",
          "text": "text"}
_ALSO = {"number": ("money",), "count": ("text",)}
_ROW_OF_FIGURES = ("money", "percent", "code", "count")  # kinds no header cell has (a header has years)
_MAX_WAYS = 400      # placements weighed by their blanks; a page with more is unsure
_GAP_SURE = 2.0      # squared characters by which the best placement's blanks must fit better than
                     # the next's (and by three times its own misfit)


def _classes(cell: str) -> set[str]:
    """The kinds of table column a cell may stand in; a nil mark ("-") stands for a figure."""
    k = kind(cell)
    if k == "empty":
        return set()
    if k == "nil":
        return {"money", "figure"}
    return {_CLASS[k], *_ALSO.get(k, ())}


Rows = list[tuple[int, list[str]]]  # a table's rows: (line, cells)


def place_layouts(lines: Rows, groups: dict[int, int], extents: dict[int, list[tuple[int, int]]] | None = None,
                  rooms: dict[int, list[int | None]] | None = None) -> tuple[Rows, set[int], set[int]]:
    """The rows of a table whose space-aligned pages (`groups`: line -> its page's layout;
    `extents`: a layout -> where its columns stand; `rooms`: how wide its wrapped columns can be,
    see segment.Rows) have fewer columns than the table, laid under the table's columns page by
    page where one placement is clear. Returns the rows, the lines of rows that could not be
    placed (their figures are not to be read), and the lines of rows given back short of cells
    (a page printed from rows that had lost cells, see `_grid`), for `realign` to read as it
    reads tab-separated rows."""
    if not any(line in groups for line, _ in lines):
        return lines, set(), set()  # no space-aligned page: nothing to place
    width = max((len(cells) for _, cells in lines), default=0)
    holds = _holds(lines, width)
    pages: dict[int, list[int]] = {}
    for k, (line, cells) in enumerate(lines):
        if line in groups and len(cells) < width:
            pages.setdefault(groups[line], []).append(k)
    # A page that prints its own header is a table of its own, read from that header.
    pages = {n: rows for n, rows in pages.items() if not _headed(lines[k][1] for k in rows)}
    # Where the table's first column begins on a page that has every column: the page's margin.
    # A page that begins further right left out its first columns (that room is a blank too).
    margin = next((extents[groups[line]][0][0] for line, cells in lines
                   if len(cells) == width and line in groups and extents and groups[line] in extents), None)
    known = sum(1 for _, cells in lines if len(cells) == width and any(_data_figure(c) for c in cells)) >= _MIN_FULL
    out, unsure, short = list(lines), set(), set()
    for n, rows in pages.items():
        spans = (extents or {}).get(n)
        slack = _slack(spans, (rooms or {}).get(n))
        columns, ways = _placement([lines[k][1] for k in rows], holds, spans, margin, slack)
        # Where the kinds leave one placement, that is the page's; where they leave several or
        # none, a page printed from rows that had lost cells is read as such rows are, when the
        # table has the full rows of figures that tell where a short row's cells go.
        grid = _grid([lines[k][1] for k in rows], spans, margin, width, (rooms or {}).get(n)) \
            if ways != 1 and known else None
        if grid is not None:
            for k, cells in zip(rows, grid):
                out[k] = (lines[k][0], cells)
                short.add(lines[k][0])
            continue
        for k in rows:
            line, cells = lines[k]
            placed = columns
            if not ways:
                # Rows that disagree on a page (one printed a cell off in the source) leave it no
                # placement: then each row on its own, where its figures leave one.
                placed, _ = _placement([cells], holds, spans, margin, slack)
            if placed is None:
                if any(_classes(c) - {"text"} for c in cells):
                    unsure.add(line)
                continue
            laid = [""] * width
            for i, j in enumerate(placed):
                if j is not None:
                    laid[j] = cells[i]
            out[k] = (line, laid)
    return out, unsure, short


def _grid(rows: list[list[str]], spans: list[tuple[int, int]] | None, margin: int | None,
          width: int, rooms: list[int | None] | None = None) -> list[list[str]] | None:
    """A page's rows on the page's own grid, when that grid is narrower than the table: the
    page was printed from rows that had already lost cells (a converter that dropped the empty
    cells, then set the rest in columns), so its blanks say where its empty cells stand but not
    which of the table's columns it lacks; such rows are read as tab-separated rows short of
    cells are. On such a grid an empty column is printed as one blank character and a
    separator, the narrowest blank between two of the page's columns. A column whose cells
    wrapped may be wider than its text (`rooms`: the widest it can be). None when the page is not
    set so (an empty column wider than that leaves the grid as wide as the table or wider), or
    its margin is not known."""
    if margin is None or not spans or len(spans) < 3 or spans[0][0] < margin \
            or any(len(cells) != len(spans) for cells in rows):
        return None
    sep = min(b[0] - a[1] for a, b in zip(spans, spans[1:]))
    if sep < 2:
        return None
    slack = _slack(spans, rooms)
    lead = (spans[0][0] - margin) // (sep + 1)
    # As many empty columns as each blank holds, a wrapped column taken as wide as its text; where
    # that makes the page as wide as the table, only those a wrapped column's blank must hold
    # whatever its width up to its room (a blank then left uncounted is a column lost, which the
    # reading allows for).
    blanks = [b[0] - a[1] - sep for a, b in zip(spans, spans[1:])]
    most = [blank // (sep + 1) for blank in blanks]
    least = [min(m, max(0, -(-(blank - pad) // (sep + 1)))) for blank, pad, m in zip(blanks, slack, most)]
    for counts in (most, least):
        gaps = [lead] + counts
        if sum(gaps) + len(spans) < width:
            break
    else:
        return None
    out = []
    for cells in rows:
        laid: list[str] = []
        for cell, gap in zip(cells, gaps):
            laid += [""] * gap + [cell]
        out.append(laid)
    return out


def _slack(spans: list[tuple[int, int]] | None, rooms: list[int | None] | None) -> list[int] | None:
    """Per page column, how much wider than its widest line it may be: a wrapped column as wide
    as its room (see segment.Rows), any other as wide as its text."""
    if spans is None:
        return None
    return [max(0, room - (b - a)) if room is not None else 0
            for (a, b), room in zip(spans, list(rooms or []) + [None] * (len(spans) - len(rooms or [])))]


def _headed(rows) -> bool:
    """Whether a page's rows begin with a header: a row of three or more cells of words (or
    years) before any row with a figure."""
    for cells in rows:
        if any(kind(c) in _ROW_OF_FIGURES for c in cells):
            return False
        if sum(1 for c in cells if c.strip()) >= 3:
            return True
    return False


def _holds(lines: Rows, width: int) -> list[set[str]]:
    """What each column of the table holds, from its full rows with figures (not its header, whose
    words and years stand over every column)."""
    holds: list[set[str]] = [set() for _ in range(width)]
    for _, cells in lines:
        if len(cells) == width and any(kind(c) in _ROW_OF_FIGURES for c in cells):
            for j, c in enumerate(cells):
                holds[j] |= {_CLASS[kind(c)]} if kind(c) in _CLASS else set()
    return holds


def _placement(rows: list[list[str]], holds: list[set[str]], spans: list[tuple[int, int]] | None,
               margin: int | None = None, slack: list[int] | None = None) -> tuple[list[int | None] | None, int]:
    """The table column of each column of a page (None for a page column these rows leave
    empty): the one order-keeping placement that puts every written cell under a table column
    holding its kind, or of several such, the one whose left-out columns clearly best explain the
    blanks between the page's columns (`spans`: where each page column begins and ends; `margin`:
    where the table's first column begins; `slack`: how much wider than its text each page column
    may be); None when no placement is clear. And how many
    placements the kinds allow (0: none fits)."""
    n = max(len(r) for r in rows)
    # Per page column, the kinds of each of its cells; a table column fits when it holds one
    # kind of every cell.
    needs = [[k for cells in rows if i < len(cells) and (k := _classes(cells[i]))] for i in range(n)]
    placed = [i for i in range(n) if needs[i]]
    width = len(holds)
    fit = [[all(kinds & holds[j] for kinds in needs[i]) for j in range(width)] for i in placed]
    # ways[a][j]: how many placements the page columns from the a-th on have within the table
    # columns from j on (counted up to _MAX_WAYS + 1).
    m = len(placed)
    ways = [[0] * (width + 1) for _ in range(m)] + [[1] * (width + 1)]
    for a in range(m - 1, -1, -1):
        for j in range(width - 1, -1, -1):
            ways[a][j] = min(_MAX_WAYS + 1, ways[a][j + 1] + (ways[a + 1][j + 1] if fit[a][j] else 0))
    total = ways[0][0] if m else 0
    if total == 0 or (total > 1 and (spans is None or total > _MAX_WAYS or len(spans) < n)):
        return None, total
    candidates = list(_ways(fit, ways))
    if total > 1:
        scored = sorted((_misfit(placed, c, spans, margin, slack), c) for c in candidates)
        (best, chosen), (second, _) = scored[0], scored[1]
        if second - best < max(_GAP_SURE, 3 * best):
            return None, total
    else:
        chosen = candidates[0]
    columns: list[int | None] = [None] * n
    for i, j in zip(placed, chosen):
        columns[i] = j
    return columns, total


def _ways(fit: list[list[bool]], ways: list[list[int]], a: int = 0, j: int = 0):
    """Every placement (a table column for each placed page column, in order) `fit` allows."""
    if a == len(fit):
        yield ()
        return
    for col in range(j, len(fit[a])):
        if fit[a][col] and ways[a + 1][col + 1]:
            for rest in _ways(fit, ways, a + 1, col + 1):
                yield (col, *rest)


def _misfit(placed: list[int], columns: tuple[int, ...], spans: list[tuple[int, int]],
            margin: int | None = None, slack: list[int] | None = None) -> float:
    """How badly a placement explains the blanks between a page's columns, the sum of squared
    misses. Between two placed columns stand the blank after each of the page columns between
    them (written in other rows), and room for every table column left out there: blank =
    base x (page columns between + 1) + slope x (left out), base and slope fitted, a left-out
    column taking at least one blank and a character (slope >= base + 1). Before the first, from
    the margin, the same without the blank of the first column. A wrapped column may be wider
    than its text by its `slack` (per page column): the blank after it is then anything from
    the blank seen less that slack to the blank seen, and a miss is a miss of that range."""
    slack = slack or [0] * len(spans)
    pairs = []  # (blank, blanks between columns, table columns left out, how much less it may be)
    if margin is not None:
        before = range(placed[0])
        blank = spans[placed[0]][0] - margin - sum(spans[c][1] - spans[c][0] for c in before)
        out = columns[0] - len(before)
        if out < 0:
            return math.inf
        pairs.append((blank, len(before), out, sum(slack[c] for c in before)))
    for a in range(len(placed) - 1):
        left, right = placed[a], placed[a + 1]
        between = range(left + 1, right)
        blank = spans[right][0] - spans[left][1] - sum(spans[c][1] - spans[c][0] for c in between)
        out = columns[a + 1] - columns[a] - 1 - len(between)
        if out < 0:
            return math.inf  # the page's columns between them do not fit
        pairs.append((blank, len(between) + 1, out, slack[left] + sum(slack[c] for c in between)))
    if len(pairs) < 2 or not any(k + s for _, k, s, _ in pairs):
        return 0.0
    # Each blank taken at the point of its range nearest the fit, the fit made again on those.
    seen = [(g, k, s) for g, k, s, _ in pairs]
    for _ in range(3):
        base, slope = _fit(seen)
        seen = [(min(g, max(g - less, base * k + slope * s)), k, s) for g, k, s, less in pairs]
    base, slope = _fit(seen)
    return sum((g - base * k - slope * s) ** 2 for g, k, s in seen)


def _fit(pairs: list[tuple[float, int, int]]) -> tuple[float, float]:
    """Least squares for blank = base * k + slope * s, then on the bound slope = base + 1 if the
    free fit breaks it."""
    kk = sum(k * k for _, k, _ in pairs)
    ss = sum(s * s for _, _, s in pairs)
    ks = sum(k * s for _, k, s in pairs)
    gk = sum(g * k for g, k, _ in pairs)
    gs = sum(g * s for g, _, s in pairs)
    det = kk * ss - ks * ks
    base = slope = None
    if det > 1e-9:
        base, slope = (gk * ss - gs * ks) / det, (gs * kk - gk * ks) / det
    if base is None or slope < base + 1:
        base = sum((g - s) * (k + s) for g, k, s in pairs) / sum((k + s) ** 2 for _, k, s in pairs)
        slope = base + 1
    return base, slope
