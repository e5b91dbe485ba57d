"""The risk register of a published plan (Renja Tabel 4.x "Register Risiko").

Its header is often several rows whose cells do not line up (a group row, a row of names, a
row of sub-names); the column-number row below it does. So a column is found by its name and
by what it holds: the likelihood scale ("Kemungkinan", "Probabilitas", "Frekuensi") and the
impact scale ("Dampak") are columns of numbers under those names, in either order; the score is
the column of numbers after both; the level ("Level", "Tingkat", "Kategori") a column of words.
Rows are read by position; a row short of cells (extraction dropped an empty one before the
scales) is read at the one shift under which its scales and score are numbers, and not at all
when several shifts fit.
"""
from __future__ import annotations

import re
from ..models import Location, RiskEntry, Value
from .realisation import cell_at, column_numbers, header_columns, is_header_row, measure


_LIKELIHOOD = re.compile(r"kemungkinan|probabilitas|frekuensi|likelihood", re.IGNORECASE)
_IMPACT = re.compile(r"dampak|impact|konsekuensi|keparahan", re.IGNORECASE)
_SCORE = re.compile(r"nilai|skor|besaran|risiko|resiko|\bx\b|×", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+([.,]\d+)?$")
_LEVEL = re.compile(r"\b(level|tingkat|kategori|peringkat|status)\b", re.IGNORECASE)


def read_risks(title: str, start: int, lines: list[tuple[int, list[str]]]) -> list[RiskEntry] | None:
    head_text = " ".join(" ".join(c) for _, c in lines[:6]).lower()
    if "risiko" not in head_text and "resiko" not in head_text or not _LIKELIHOOD.search(head_text):
        return None
    header, body = [], []
    for line, cells in lines:
        if not body and is_header_row(cells) and len(header) < 6 and not (header and column_numbers(header[-1])):
            header.append(cells)
        else:
            body.append((line, [_scale_value(c) for c in cells]))
    width = max((len(c) for c in header), default=0)
    labels = [c.label.lower() for c in header_columns(header, width)]
    rows = [cells for _, cells in body if not column_numbers(cells)]

    def share(k: int, numeric: bool) -> float:
        """The part of the column's filled body cells that are (or are not) numbers."""
        filled = [r[k].strip() for r in rows if k < len(r) and r[k].strip()]
        hits = [c for c in filled if bool(_NUMBER.match(c)) == numeric]
        return len(hits) / len(filled) if filled else 0.0

    # Scales and score are found by name and by what the column holds (a "Dampak" description
    # column is text; the impact scale is numbers), so header rows that do not line up with the
    # body, or another order of the columns, still read.
    scales = [k for k in range(width) if share(k, True) >= 0.6]
    likelihood = next((k for k in scales if _LIKELIHOOD.search(labels[k])), None)
    if likelihood is None:
        return None
    impacts = [k for k in scales if k != likelihood and _IMPACT.search(labels[k])]
    impact = min(impacts, key=lambda k: abs(k - likelihood)) if impacts else None
    if impact is None:
        return None
    after = max(impact, likelihood)
    score = next((k for k in scales if k > after and (_SCORE.search(labels[k]) or k == after + 1)), None)
    level = next((k for k in range(width) if _LEVEL.search(labels[k]) and k not in (impact, likelihood, score)
                  and share(k, False) >= 0.6), None)
    code = next((k for k, lab in enumerate(labels) if "kode" in lab), None)
    description = next((k for k, lab in enumerate(labels) if re.search(r"risiko|resiko", lab) and "uraian" in lab), None)
    needed = max(k for k in (impact, likelihood, score) if k is not None) + 1
    risks = []
    for line, cells in body:
        if not 3 <= len(cells) <= width or column_numbers(cells):
            continue
        shift = _shift(cells, width, (impact, likelihood, score))
        if shift is None or len(cells) < needed - shift:
            continue
        loc = Location(line=line, table=title or None)
        cell = lambda k: cell_at(cells, None if k is None or k < shift else k - shift)  # noqa: E731
        values = [measure(cell(k), "number", loc) if k is not None else Value(location=loc)
                  for k in (impact, likelihood, score)]
        if not any(v.present for v in values) and not cell(level):
            continue
        risks.append(RiskEntry(number=cell_at(cells, 0), code=cell(code), description=cell(description),
                               impact=values[0], likelihood=values[1], score=values[2], level=cell(level),
                               level_location=loc, location=loc))
    return risks or None



_WORDED_SCALE = re.compile(r"^(?:[A-Za-z][A-Za-z ]{0,24}\((\d{1,2})\)|(\d{1,2})\s*\([A-Za-z][A-Za-z ]{0,24}\))$")


def _scale_value(cell: str) -> str:
    """A scale written with its word, "Sering (4)" or "4 (Sering)": its number."""
    m = _WORDED_SCALE.match(cell.strip())
    return (m.group(1) or m.group(2)) if m else cell


def _shift(cells: list[str], width: int, scales: tuple[int | None, ...]) -> int | None:
    """How many cells a row lost before its scales. A row as wide as the header lost none; a
    shorter one lost 0 to `width - len(cells)`, and the loss is the one under which the impact,
    likelihood and score cells all hold numbers. None when several losses fit (the row cannot be
    read without guessing); 0 when none does (the row's own cells are then what is wrong)."""
    if len(cells) >= width:
        return 0
    fits = [d for d in range(width - len(cells) + 1)
            if all(0 <= k - d < len(cells) and _NUMBER.match(cells[k - d].strip()) for k in scales if k is not None)]
    if len(fits) > 1:
        return None
    return fits[0] if fits else 0
