"""The risk register of a published plan (Renja Tabel 4.x "Register Risiko").

Its header is three rows whose cells do not line up (a group row, a row of names, a row of
sub-names); the column-number row below it does. So the scales are found by name where the
names are unambiguous: the likelihood column says "Kemungkinan"; the impact scale is the
"Dampak" column just before it, the score the "Nilai"/"Risiko" column just after it, the level a
"Level"/"Tingkat" column. Rows are read by position, and only rows as wide as the table.
"""
from __future__ import annotations

import re

from ..models import Location, RiskEntry, Value
from .realisation import column_numbers, header_columns, is_header_row, measure


def read_risks(title: str, start: int, lines: list[tuple[int, list[str]]]) -> list[RiskEntry] | None:
    head_text = " ".join(" ".join(c) for _, c in lines[:6]).lower()
    if "risiko" not in head_text and "resiko" not in head_text or "kemungkinan" not in head_text:
        return None
    header, body = [], []
    for line, cells in lines:
        if not body and is_header_row(cells) and len(header) < 6 and not (header and column_numbers(header[-1])):
            header.append(cells)
        else:
            body.append((line, cells))
    width = max((len(c) for c in header), default=0)
    labels = [c.label.lower() for c in header_columns(header, width)]
    likelihood = next((k for k, lab in enumerate(labels) if "kemungkinan" in lab), None)
    if likelihood is None:
        return None
    impact = likelihood - 1 if likelihood and "dampak" in labels[likelihood - 1] else None
    score = likelihood + 1 if likelihood + 1 < width and re.search(r"nilai|risiko|resiko|skor", labels[likelihood + 1]) \
        else None
    level = next((k for k, lab in enumerate(labels) if re.search(r"\b(level|tingkat)\b", lab)), None)
    code = next((k for k, lab in enumerate(labels) if "kode" in lab), None)
    description = next((k for k, lab in enumerate(labels) if re.search(r"risiko|resiko", lab) and "uraian" in lab), None)
    if impact is None:
        return None
    risks = []
    for line, cells in body:
        if len(cells) != width or column_numbers(cells):
            continue
        loc = Location(line=line, table=title or None)
        cell = lambda k: cells[k].strip() if k is not None and k < len(cells) else ""  # noqa: E731
        values = [measure(cell(k), "number", loc) if k is not None else Value(location=loc)
                  for k in (impact, likelihood, score)]
        if not any(v.present for v in values) and not cell(level):
            continue
        risks.append(RiskEntry(number=cell(0), code=cell(code), description=cell(description),
                               impact=values[0], likelihood=values[1], score=values[2], level=cell(level),
                               level_location=loc, location=loc))
    return risks or None
