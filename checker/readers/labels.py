"""How a table's totals row is labelled, for every reader.

In a program table every other row is a program, kegiatan or sub kegiatan, so a row whose label
begins with "Jumlah" or "Total" ("JUMLAH", "Jumlah Pagu Program") is its totals row, and one that
begins with "Sub Total" the total of the programs printed since the last. In any other
table "Jumlah penduduk" is a row of figures like the others: only the label alone ("JUMLAH",
"Total Keseluruhan", "Nilai Total") marks the totals.
"""
from __future__ import annotations

import re

TOTAL_PREFIX = re.compile(r"^\W*(jumlah|total)\b", re.IGNORECASE)
# A subtotal closes the programs above it since the table's start or the previous subtotal
# ("Sub Total Program", "Subtotal", "Sub Jumlah"; "Jumlah Program 7.01.01" after one program).
SUBTOTAL_PREFIX = re.compile(r"^\W*(?:sub\s*-?\s*(?:total|jumlah)\b"
                             r"|(?:jumlah|total)\s+(?:pagu\s+|anggaran\s+)?program\b)", re.IGNORECASE)
# A row that averages the rows above it ("Rata-rata", "Rata-rata Capaian", "Rerata"): the label
# alone or with words of what is averaged. "Rata-rata waktu penyelesaian izin" is an indicator.
AVERAGE_LABEL = re.compile(r"^\W*(rata[\s-]*rata|rerata|average)\b", re.IGNORECASE)
AVERAGE_ONLY = re.compile(r"^\W*(?:rata[\s-]*rata|rerata|average)(?:\s+(?:capaian|kinerja|realisasi|tingkat|nilai|"
                          r"persentase|keseluruhan|seluruhnya|total|anggaran|program|kegiatan|indikator|sasaran|"
                          r"tujuan|dan|per|tahun|\(%\)|%))*\W*$", re.IGNORECASE)
TOTAL_LABEL = re.compile(r"^\W*(jumlah|total|nilai\s+total|grand\s+total)(\s+(total|keseluruhan|seluruhnya|akhir))?\W*$",
                         re.IGNORECASE)


def word_key(text: str) -> str:
    """A text as its words compare: lower case, letters and digits, one space between ("BAB  III
    Tujuan," and "bab iii tujuan" are one)."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())

