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


def _profile(rows: list[list[str]], width: int) -> list[dict[str, float]]:
    """Per column, the log-likelihood of each kind of cell, from the table's full rows."""
    counts = [Counter() for _ in range(width)]
    for cells in rows:
        for j, c in enumerate(cells[:width]):
            counts[j][kind(c)] += 1
    out = []
    for counter in counts:
        total = sum(counter.values()) + _SMOOTH * len(_KINDS)
        out.append({k: math.log((counter[k] + _SMOOTH) / total) for k in _KINDS})
    return out


def _best(kinds: list[list[str]], profile: list[dict[str, float]], banned: tuple[int, int] | None = None):
    """The best order-keeping placement of m cells under W columns for rows sharing one layout
    (each of `kinds` is one row's cell kinds): its score and the column of each cell. A column no
    cell goes to holds an empty cell. `banned` forbids one (cell, column) pair."""
    m, width = len(kinds[0]), len(profile)
    empty = [sum(profile[j]["empty"] for _ in kinds) for j in range(width)]
    place = [[sum(profile[j][row[i]] for row in kinds) for j in range(width)] for i in range(m)]
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


def _reading(rows: list[list[str]], profile: list[dict[str, float]]) -> list[int] | None:
    """The columns of the cells of rows sharing one layout, when one reading is clearly best."""
    kinds = [[kind(c) for c in cells] for cells in rows]
    best, columns = _best(kinds, profile)
    if best == -math.inf:
        return None
    for i, j in enumerate(columns):
        if all(row[i] == "empty" for row in kinds):
            continue  # where an empty cell goes changes no reading
        other, _ = _best(kinds, profile, banned=(i, j))
        if best - other < _SURE:
            return None
    return columns


def realign(lines: list[tuple[int, list[str]]], groups: dict[int, int]) -> tuple[list[tuple[int, list[str]]], int]:
    """The rows of a table with each row short of cells laid under its columns where one reading
    is clearly best; rows of a space-aligned layout (`groups`: line -> layout) are left as they
    are. Returns the rows and how many short rows were left unsure."""
    lengths = Counter(len(cells) for _, cells in lines)
    width = max((n for n, k in lengths.items() if k >= 2), default=0)
    figured = [k for k, (_, cells) in enumerate(lines) if any(kind(c) not in ("empty", "text") for c in cells)]
    full = [lines[k][1] for k in figured if len(lines[k][1]) == width]
    if width < 3 or len(full) < _MIN_FULL:
        return lines, 0
    first = next(k for k in figured if len(lines[k][1]) == width)
    profile = _profile(full, width)
    out = list(lines)
    figured_set = set(figured)
    short: dict[object, list[int]] = {}
    for k, (line, cells) in enumerate(lines):
        # Only rows with a figure, below the first full one: the header's rows keep their places.
        # Rows of a space-aligned page set with its own widths are not: a page whose empty columns
        # left no trace gives the kinds too little to go on (measured on the corpus variants).
        if k > first and 0 < len(cells) < width and k in figured_set and line not in groups:
            short.setdefault(groups.get(line, ("row", k)) if len(cells) > 1 else ("row", k), []).append(k)
    unsure = 0
    for members in short.values():
        same = [k for k in members if len(lines[k][1]) == len(lines[members[0]][1])]
        for group in ([same] if len(same) == len(members) else [[k] for k in members]):
            columns = _reading([lines[k][1] for k in group], profile)
            if columns is None:
                unsure += len(group)
                continue
            for k in group:
                line, cells = lines[k]
                laid = [""] * width
                for c, j in zip(cells, columns):
                    laid[j] = c
                out[k] = (line, laid)
    return out, unsure
