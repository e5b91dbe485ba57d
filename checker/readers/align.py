"""Rows short of cells, laid back under their columns where the table leaves one reading.

Extraction loses empty cells: a tab-separated row drops one (its cells shift left), and a
space-aligned page set with its own column widths shows no trace of a column that is empty on
that page. Such a row has fewer cells than its table. Every way of laying its cells under the
table's columns, in order, is a reading; each is scored by how well the kind of each cell (code,
money, percent, count with its unit, number, nil mark, words, empty) fits what the table's full
rows hold in that column. A row is laid out under the best reading only when it beats every
other clearly; otherwise it is left as extraction gave it, for the table kinds' own reading of
short rows, and counted as unsure.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

_KINDS = ("empty", "code", "money", "percent", "count", "number", "nil", "text")
_CODE = re.compile(r"^\d{1,2}(?:[.\s]\d{1,4}){1,6}$")
_MONEY = re.compile(r"^\(?-?(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?\)?(?:,-)?$", re.IGNORECASE)
_PERCENT = re.compile(r"^-?\d+(?:[.,]\d+)?\s*(?:%|persen)$", re.IGNORECASE)
_COUNT = re.compile(r"^\d+(?:[.,]\d+)?\s*[A-Za-z][A-Za-z./ ]{0,24}$")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
_NIL = re.compile(r"^(?:-+|–|—|\.{2,}|…|n/?a|nihil|\.\.\.\s*\w+)$", re.IGNORECASE)
_SMOOTH = 0.5     # added to every count of a column's kinds
_SURE = 2.5       # nats by which the best reading must beat the next (about 12 times as likely)
_MIN_FULL = 3     # full rows needed to know what a column holds
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
    if _CODE.match(text) and "." in text:
        return "code"
    if _NUMBER.match(text):
        return "number"
    if _NIL.match(text):
        return "nil"
    if _COUNT.match(text):
        return "count"
    return "text"


class _Profile:
    """What a table's full rows hold in each column: how often each kind of cell, and how often
    each exact text (a lokasi or a source of funds repeats down its column)."""

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


def _reading(cells: list[str], profile: _Profile) -> list[int] | None:
    """The columns of a row's cells, when one reading is clearly best."""
    empty = profile.empty
    place = [[profile.score(j, c) for j in range(profile.width)] for c in cells]
    best, columns = _best(place, empty)
    if best == -math.inf:
        return None
    for i, j in enumerate(columns):
        if not cells[i].strip():
            continue  # where an empty cell goes changes no reading
        other, _ = _best(place, empty, banned=(i, j))
        if best - other < _SURE:
            return None
    return columns


def realign(lines: list[tuple[int, list[str]]], groups: dict[int, int]) -> tuple[list[tuple[int, list[str]]], int]:
    """The rows of a table with each row short of cells laid under its columns where one reading
    is clearly best. Rows of a space-aligned layout (`groups`: line -> its layout) are left as
    they are: a page whose empty columns left no trace gives the kinds too little to go on
    (measured on the corpus variants). Returns the rows and how many short rows were unsure."""
    lengths = Counter(len(cells) for _, cells in lines)
    width = max((n for n, k in lengths.items() if k >= 2), default=0)
    figured = [k for k, (_, cells) in enumerate(lines) if any(kind(c) not in ("empty", "text") for c in cells)]
    full = [lines[k][1] for k in figured if len(lines[k][1]) == width]
    if width < 3 or len(full) < _MIN_FULL:
        return lines, 0
    first = next(k for k in figured if len(lines[k][1]) == width)
    profile = _Profile(full, width)
    out, unsure = list(lines), 0
    for k in figured:
        line, cells = lines[k]
        # Only rows with a figure, below the first full one: the header's rows keep their places.
        if k <= first or not 0 < len(cells) < width or line in groups:
            continue
        columns = _reading(cells, profile)
        if columns is None:
            unsure += 1
            continue
        laid = [""] * width
        for c, j in zip(cells, columns):
            laid[j] = c
        out[k] = (line, laid)
    return out, unsure
