"""A wide table printed in parts across its width: the same rows again under the same title, with
further columns (later years, or the ratios of the years before) under a header of their own.

Each part names its rows again in its first columns (code, name, indicator). Joined, each row is
the first part's cells and then the later part's other cells, those kept with the line they were
printed on (`block.Placed`), so a figure read from them is found where it is printed.
"""
from __future__ import annotations

import re

from ..numbers import GROUPED_AMOUNT
from .block import Placed
from .labels import TOTAL_LABEL
from .programs import nomenclature_code, well_formed_code
from .realisation import fill_lost_label_cell, header_key, is_header_row


def _split(lines: list[tuple[int, list[str]]]) -> tuple[list, list]:
    """The header rows at the top of a part, and its rows: without the page's foot after them
    (a line of a cell or two and no amount, "Renstra Kecamatan ... | VI-4")."""
    k = 0
    while k < min(len(lines), 4) and is_header_row(lines[k][1]):
        k += 1
    end = len(lines)
    while end > k + 2 and _page_foot(lines[end - 1][1]):
        end -= 1
    return lines[:k], lines[k:end]


def _page_foot(cells: list[str]) -> bool:
    written = [c for c in cells if c.strip()]
    return len(written) <= 2 and not any(TOTAL_LABEL.match(c) or GROUPED_AMOUNT.search(c) for c in written)


def _mended(head: list, rows: list) -> tuple[list, list]:
    """A part's header with a lost empty cell set back by its own rows (`fill_lost_label_cell`):
    joined, a label set off in one part would stand over another part's column."""
    mended = fill_lost_label_cell([cells for _, cells in head], [cells for _, cells in rows])
    return [(line, cells) for (line, _), cells in zip(head, mended)], rows


def _shared(head: list[str], own: list[str]) -> tuple[int, int]:
    """Where in the first part's header the later part's begins, and how many columns from there
    the two have alike: those naming the rows (the later part may leave out the columns before
    them, a "No", the tujuan and sasaran served)."""
    for offset in range(5):
        shared = 0
        for a, b in zip(head[offset:], own):
            if "".join(a.split()).lower() != "".join(b.split()).lower() or not a.strip():
                break
            shared += 1
        if shared:
            return offset, shared
    return 0, 0


_CODE_THEN_NAME = re.compile(r"^(\d[\d.\s]*\d)\s+([A-Za-z].*)$")  # a code typed before the name in its cell


def _key(cells: list[str], shared: int) -> tuple[str, ...]:
    """A row's name in the columns naming the rows, up to its first worded cell (a number, a
    code, a name), however its code is dotted or its words spaced ("7.01.02.2.01",
    "7.01.02.201", a sub kegiatan's "1" or "0001", in a cell of its own or before the name), and
    whichever empty cell of them was lost.
    A totals row is the totals row, its label under the names in one part and beside them in
    the other ("JUMLAH" set in the last of the cells it spans)."""
    if any(TOTAL_LABEL.match(c) for c in cells if c.strip()) and not any(
            re.search(r"[a-z]{3}", c.lower()) and not TOTAL_LABEL.match(c) for c in cells[:shared]):
        return ("total",)
    key = []
    for cell in cells[:shared]:
        named = _CODE_THEN_NAME.match(cell.strip())
        if named and well_formed_code(named.group(1)):
            code, cell = named.groups()
        elif well_formed_code(cell):
            code, cell = cell, ""
        else:
            code = ""
        if code:  # by its numbers: a sub kegiatan "1" is "0001"
            parts = nomenclature_code(code).split(".")
            key.append(".".join(str(int(p)) if p.isdigit() else p.lower() for p in parts))
            if not cell:
                continue
        if text := re.sub(r"[\W_]+", "", cell.lower()):
            key.append(text)
        if re.search(r"[a-z]{3}", text):
            break
    return tuple(key)


def printed_beside(first: list[tuple[int, list[str]]], second: list[tuple[int, list[str]]]) -> bool:
    """Whether `second` is a later part of the table `first` begins: a header of its own (none of
    `first`'s header rows) that begins with the columns naming the rows as `first`'s does, over
    the same rows (at least two, named alike in the same order)."""
    head, rows = _split(first)
    own, again = _split(second)
    if not head or not own or header_key(own[0][1]) in {header_key(cells) for _, cells in head}:
        return False
    offset, shared = _shared(head[0][1], own[0][1])
    if not shared or shared >= len(own[0][1]):
        return False
    ours, theirs = [_key(c[offset:], shared) for _, c in rows], [_key(c, shared) for _, c in again]
    return len(ours) >= 2 and ours == theirs and all(any(k) for k in ours)


def join_beside(first: list[tuple[int, list[str]]],
                second: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The rows of `first` with the cells `second` adds to each (`printed_beside` must hold): the
    columns both headers begin with alike (the rows' names) once, the header rows side by side."""
    head, rows = _mended(*_split(first))
    own, again = _mended(*_split(second))
    _, shared = _shared(head[0][1], own[0][1])
    width = max(len(cells) for _, cells in first)
    depth = max(len(head), len(own))
    head = head + [(head[-1][0], [""] * width)] * (depth - len(head))
    own = own + [(own[-1][0], [""] * len(own[0][1]))] * (depth - len(own))
    out = []
    for (line, cells), (there, more) in zip(head + rows, own + again):
        padded = list(cells) + [""] * (width - len(cells))
        out.append((line, padded + [Placed(c, there) for c in more[shared:]]))
    return out
