"""Columns of counts in tables the reader knows nothing else of: an inventory ("Sepeda Motor",
"8 unit"), staff by rank ("4 orang"). A cell of such a column that holds only the unit word
("Unit") has lost its number; every cell of the column becomes a CountCell so the rule can say so.
"""
from __future__ import annotations

import re

from ..models import CountCell, Location
from .realisation import measure

_COUNT = re.compile(r"^(\d[\d.,]*)\s*([A-Za-z]{2,12})\.?$")
_WORD = re.compile(r"^([A-Za-z]{2,12})\.?$")
# Words that count things; a bare "Baik" in a column of "2 Baik" is a condition, not a lost number.
_UNITS = {"unit", "buah", "orang", "org", "jiwa", "desa", "kelurahan", "dokumen", "dok", "laporan", "paket", "set",
          "eksemplar", "lembar", "kegiatan", "keg", "kali", "bulan", "ruang", "lokasi", "titik", "kelompok",
          "lembaga", "kk", "rt", "rw", "km", "ha", "bidang", "pegawai", "asn", "sekolah", "pasar", "kendaraan"}


def read_counts(title: str, start: int, lines: list[tuple[int, list[str]]]) -> list[CountCell] | None:
    """The cells of every column where most cells are a number and a unit word; None when none is."""
    table = title or f"tabel baris {start}"
    width = max((len(cells) for _, cells in lines), default=0)
    found: list[CountCell] = []
    for k in range(width):
        column = [(line, cells[k].strip()) for line, cells in lines if k < len(cells) and cells[k].strip()]
        counted = [_COUNT.match(c) for _, c in column]
        units = {m.group(2).lower() for m in counted if m}
        if sum(1 for m in counted if m) < 4 or sum(1 for m in counted if m) < 0.6 * len(column):
            continue
        for (line, raw), m in zip(column, counted):
            bare = _WORD.match(raw)
            if m is None and not (bare and bare.group(1).lower() in units & _UNITS):
                continue  # the header, or text that is not a count
            loc = Location(line=line, table=title or None)
            value = measure(m.group(1), "number", loc) if m else measure("", "number", loc)
            found.append(CountCell(table=table, raw=raw, unit=(m or bare).group(2 if m else 1), value=value))
    return found or None
