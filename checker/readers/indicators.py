"""Indicator tables of a published plan: an indicator per row, its target (or actual) per year.

Tujuan/sasaran tables (T-C.25), "Indikator Kinerja ... mengacu pada RPJMD", performance tables
without budgets. Each year column gets a role from the header cells above it: `actual` under
"Realisasi" or "Kondisi awal", `target` under "Target" (or a bare year), and `akhir` under
"Kondisi akhir" (the end-of-period figure, not a year's, with or without its year). Years are
calendar years or places in the period ("Tahun ke-" over 1 ... 5). The result is a list of figures for
the consistency check, and a "kondisi akhir" column is held to the years' targets (period_total).
"""
from __future__ import annotations

import re

from ..layout import polarity_of
from ..models import Figure, Location, TableYears, Value
from .realisation import (align, column_numbers, fill_lost_label_cell, header_columns, is_header_row, measure,
                          ordinals_under_their_group, places_under)

# A column's year: the one year it names, or the year in brackets after its place ("Tahun-1 (2027)").
_YEAR = re.compile(r"^\D*(20\d{2})\D*$|^.*\((20\d{2})\)\W*$")
# A row's label of what it is, before the indicator's name ("Indikator Sasaran: Persentase ...").
_ROLE_LABEL = re.compile(r"^(?:indikator(?:\s+(?:tujuan|sasaran|program|kegiatan|kinerja))?|tujuan|sasaran)\s*:\s*",
                         re.IGNORECASE)
# The column that states how an indicator is computed.
_FORMULA_HEAD = re.compile(r"formula|rumus|cara\s+(perhitungan|pengukuran|menghitung)|metode\s+perhitungan",
                           re.IGNORECASE)


def _role(parts: list[str]) -> str | None:
    text = " ".join(parts).lower()
    if re.search(r"\bakhir\b", text):
        return "akhir"
    if re.search(r"r?e?alisasi|kondisi\s+(kinerja\s+)?(pada\s+)?awal|capaian\s+awal|\bawal\b", text):
        return "actual"
    return "target"


def read_indicator_table(title: str, start: int, lines: list[tuple[int, list[str]]],
                         spans: list[TableYears] | None = None) -> list[Figure] | None:
    """The figures of an indicator table; the years it has columns for are added to `spans`."""
    head_text = " ".join(" ".join(c) for _, c in lines[:4]).lower()
    if "indikator" not in head_text:
        return None
    if (defined := _definitions(title, start, lines)) is not None:
        return defined
    header, body = [], []
    for line, cells in lines:
        if not body and len(header) < 5 and (is_header_row(cells) or places_under(cells, header)):
            header.append(cells)
        else:
            body.append((line, cells))
    if not header or not body:
        return None
    header = [ordinals_under_their_group(cells, header[:r]) for r, cells in enumerate(header)]
    header = fill_lost_label_cell(header, [cells for _, cells in body if not column_numbers(cells)])
    width = max(len(c) for c in header)
    columns = header_columns(header, width)
    # Per value column: its year (a calendar year, or a place in the period, "ke-3"), or "akhir"
    # for an end-of-period column that names no year; and its role.
    years = {}
    for k, col in enumerate(columns):
        parts = col.label.split(" / ")
        if re.search(r"\b(rp|pagu|anggaran)\b", col.label, re.I):
            continue
        role = _role(parts)
        cell = next((p for p in reversed(parts) if _YEAR.match(p.strip())), None)
        found = _YEAR.match(cell.strip()) if cell else None
        year = (found.group(1) or found.group(2)) if found else col.year if col.year.startswith("ke-") else ""
        if year or role == "akhir":
            years[k] = (year or "akhir", role)
    dated = [k for k, (_, role) in years.items() if role != "akhir"]
    name_col = next((k for k, col in enumerate(columns) if "indikator" in col.label.lower()), None)
    unit_col = next((k for k, col in enumerate(columns) if "satuan" in col.label.lower()), None)
    formula_col = next((k for k, col in enumerate(columns) if _FORMULA_HEAD.search(col.label)), None)
    # One year's column is a table of indicators only where its header says it holds targets
    # ("Target 2027": a Renja's tujuan and sasaran for its one year), not a bare year.
    if len(dated) < 2 and not (len(dated) == 1 and re.search(r"\btarget\b", columns[dated[0]].label, re.I)
                               and years[dated[0]][1] == "target"):
        return None
    polarity_col = next((k for k, col in enumerate(columns) if re.search(r"\bpolaritas\b", col.label, re.I)), None)
    first_value = min(years)
    figures = []
    table = title or f"tabel baris {start}"
    for line, raw in body:
        if column_numbers(raw):
            continue
        cells = align(list(raw), first_value, width)
        name = cells[name_col].strip() if name_col is not None and name_col < len(cells) else ""
        if not re.search(r"[A-Za-z]{3}", name):
            texts = [c for c in cells[:first_value] if re.search(r"[A-Za-z]{3}", c)]
            name = max(texts, key=lambda t: len(t.split())) if texts else ""
        name = _ROLE_LABEL.sub("", name)
        if not name:
            continue
        loc = Location(line=line, table=title or None)
        unit = cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else ""
        formula = cells[formula_col].strip() if formula_col is not None and formula_col < len(cells) else ""
        polarity = polarity_of(cells[polarity_col]) if polarity_col is not None and polarity_col < len(cells) else None
        for k, (year, role) in years.items():
            if k < len(cells) and cells[k].strip():
                value = measure(cells[k], "number", loc)
                if value.present:
                    figures.append(Figure(name=name, period=year, role=role, value=value, table=table, unit=unit,
                                          formula=formula, polarity=polarity or ""))
    yearly = sorted({int(y) for y, role in years.values() if role != "akhir" and y.isdigit()})
    if figures and spans is not None and yearly:
        spans.append(TableYears(table=table, years=yearly, location=Location(line=start, table=title or None)))
    return figures or None


def _definitions(title: str, start: int, lines: list[tuple[int, list[str]]]) -> list[Figure] | None:
    """A table that defines its indicators and gives no figure of them ("No | Indikator Kinerja
    | Satuan | Formulasi Perhitungan | Sumber Data", the Indikator Kinerja Utama): each row's
    name, unit and formula, for the rules on what a formula must be. Its header is its first
    row, which names no year; None for any other table."""
    if not lines:
        return None
    head = [c.strip() for c in lines[0][1]]
    name_col = next((k for k, c in enumerate(head) if "indikator" in c.lower()), None)
    formula_col = next((k for k, c in enumerate(head) if _FORMULA_HEAD.search(c)), None)
    unit_col = next((k for k, c in enumerate(head) if "satuan" in c.lower()), None)
    if name_col is None or formula_col is None or any(re.search(r"\b(?:19|20)\d{2}\b", c) for c in head):
        return None
    figures = []
    for line, raw in lines[1:]:
        if column_numbers(raw):
            continue
        cells = list(raw) + [""] * (len(head) - len(raw))
        name = _ROLE_LABEL.sub("", cells[name_col].strip())
        formula = cells[formula_col].strip()
        if not re.search(r"[A-Za-z]{3}", name) or not formula:
            continue
        loc = Location(line=line, table=title or None)
        unit = cells[unit_col].strip() if unit_col is not None else ""
        figures.append(Figure(name=name, period="", role="definition", value=Value(raw="", location=loc),
                              table=title or f"tabel baris {start}", unit=unit, formula=formula))
    return figures or None
