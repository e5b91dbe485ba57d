"""Totals rows of tables the reader knows nothing else of: staff by rank with a JUMLAH row, the
components of a SAKIP score with its NILAI TOTAL. Each number in a totals row is kept with the
sum of the figures above it in its column, so a rule can hold the one to the other; auditors
recompute every such sum.

A column takes part only when it adds up by nature: no percentage, average, index, ratio or year
in its header or its cells. A dash counts as zero, an empty cell as nothing.

The prose just before a table often announces its total ("Pegawai ... berjumlah 15 orang, ...
seperti pada tabel di bawah ini"): where it names the unit of a totals column ("JUMLAH (ORANG)"),
that figure is kept with the total, to be held to it.
"""
from __future__ import annotations

import re
from collections import Counter

from ..models import ColumnTotal, Location, RowCount, Value
from ..numbers import DOCUMENT_LOCALE
from .labels import TOTAL_LABEL
from .realisation import header_columns, is_header_row, measure

_NOT_ADDITIVE = re.compile(r"%|persen|prosen|rata|prevalensi|indeks|rasio|tahun|\bkode\b|\bno\b|nomor|capaian|"
                           r"realisasi|target|status|nilai\s+idm|kepadatan|\bper\b|km2|km²|/\s*km|usia|umur",
                           re.IGNORECASE)
_DASH = re.compile(r"^[-–—]+$")
_ANNOUNCED = re.compile(r"\b(?:berjumlah|sebanyak|seluruhnya|totalnya)\s+(\d[\d.]*)\s*(?:\([^)]{1,40}\)\s*)?([a-z]+)",
                        re.IGNORECASE)


# An amount as prose writes it: "Rp414.500.000", "Rp 1.030.000.000,00", or with its scale word
# ("Rp215 juta", "Rp 1,03 miliar"), which says how far it was rounded.
_AMOUNT = (r"(?P<amount>rp\.?\s*(?:\d{1,3}(?:[.,]\d{3})+(?:,\d{2})?|"
           r"\d{1,3}(?:[.,]\d{1,3})?\s*(?:juta|miliar|milyar|triliun)\b))")
# "Jumlah pagu indikatif ... tahun 2027 sebesar Rp414.500.000", "total kebutuhan dana Rp ...": the
# table's whole budget, its year where the sentence gives one.
_STATED_TOTAL = re.compile(r"\b(?:jumlah|total|keseluruhan)\s+(?:\w+\s+){0,2}?(?:pagu|anggaran|kebutuhan\s+dana|"
                           r"dana|belanja)\b(?P<between>[^.;]{0,160}?)\b(?:sebesar|senilai|yaitu|adalah)?\s*" + _AMOUNT,
                           re.IGNORECASE)
# "Pagu prakiraan maju tahun 2028 berjumlah Rp1.129.000.000": the budget first, then the word
# that makes the amount its whole ("berjumlah", "seluruhnya"), not a plain "sebesar".
_STATED_SUM = re.compile(r"\b(?:pagu|anggaran|kebutuhan\s+dana)\b(?P<between>[^.;]{0,120}?)\b(?:berjumlah|"
                         r"seluruhnya|secara\s+keseluruhan)\s*(?:sebesar\s*)?" + _AMOUNT, re.IGNORECASE)
# The same sentence going on to another year's whole: "... tahun 2027 sebesar Rp... dan (prakiraan
# maju) tahun 2028 sebesar Rp...".
_AND_YEAR = re.compile(r"\s*(?:,|dan|serta|sedangkan)\s+(?P<between>[^.;]{0,60}?\btahun\s+20\d{2})\s*"
                       r"(?:sebesar|senilai|yaitu|adalah)\s*" + _AMOUNT, re.IGNORECASE)
_PART = re.compile(r"\b(?i:program|kegiatan|sub\s+kegiatan|urusan|bidang)\s+[A-Z]")  # a named part, not the whole


def rounded_to(amount: str) -> int:
    """How many steps of its last digit a stated amount with a scale word stands for: "Rp230
    juta", "Rp 1.200 juta" were rounded to the zeros they end in (tens, hundreds of millions);
    "Rp215 juta", "Rp 1,03 miliar" and amounts in whole Rupiah to their last digit."""
    m = re.search(r"(\d[\d.,]*)\s*(?:juta|miliar|milyar|triliun)\b", amount, re.IGNORECASE)
    if not m or "," in m.group(1):
        return 1
    digits = m.group(1).replace(".", "")
    return 10 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1


def stated_totals(prose: list[tuple[int, str]], labels: list[str]) -> dict[str, tuple[int, str]]:
    """The whole budget the prose around a program table states, by budget label: the label of
    the year the sentence names, or the one label the table has. A sentence about a named
    program or kegiatan, or naming a year the table has no budget for, says nothing of it."""
    found: dict[str, tuple[int, str]] = {}
    for line, text in prose:
        for m in [*_STATED_TOTAL.finditer(text), *_STATED_SUM.finditer(text)]:
            if _PART.search(m.group("between")):
                continue
            matches = [m]
            while follow := _AND_YEAR.match(text, matches[-1].end()):
                matches.append(follow)
            for one in matches:
                years = re.findall(r"\b(20\d{2})\b", one.group("between"))
                label = years[-1] if years else labels[0] if len(labels) == 1 else None
                if label in labels and label not in found:
                    found[label] = (line, one.group("amount"))
    return found


# "3 kegiatan", "5 (lima) sub kegiatan"; not "3 program prioritas", a part of the whole.
_COUNTED = re.compile(r"\b(\d{1,3})\s*(?:\([a-z\s]{1,30}\)\s*)?(sub\s+kegiatan|kegiatan|program)\b"
                      r"(?!\s+(?:prioritas|unggulan|strategis|baru|lanjutan|pendukung|utama|nasional|pokok))",
                      re.IGNORECASE)


def stated_counts(prose: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """How many programs, kegiatan and sub kegiatan a sentence around a program table says are
    planned ("2 program, 3 kegiatan dan 5 sub kegiatan"), by level. Only a sentence that counts
    two levels or more counts the table's tree; one count alone ("12 kegiatan rapat") may count
    anything, and a sentence counting one level twice counts parts."""
    for line, text in prose:
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            found: dict[str, tuple[int, str]] = {}
            for m in _COUNTED.finditer(sentence):
                level = "sub_kegiatan" if m.group(2).lower().startswith("sub") else m.group(2).lower()
                if level in found:
                    found = {}
                    break
                found[level] = (line, m.group(1))
            if len(found) >= 2:
                return found
    return {}


def _label(cells: list[str]) -> str:
    return next((c for c in cells if c.strip()), "")


def _header(lines: list[tuple[int, list[str]]]) -> list[list[str]]:
    """A table's header rows: its first rows (four at most) with no figure but years and small
    numbers, before its totals row. A row numbered and named ("1 | Komputer | 1 | 1 | 2") is a
    row, however small its counts (they look like places in a period)."""
    header = []
    for _, cells in lines:
        numbered = bool(cells) and re.fullmatch(r"\d{1,3}\.?", cells[0].strip()) is not None
        if len(header) < 4 and is_header_row(cells) and not TOTAL_LABEL.match(_label(cells)) and \
                not (numbered and any(re.search(r"[A-Za-z]{3}", c) for c in cells[1:])):
            header.append(cells)
        else:
            break
    return header


def _announced(lead: list[tuple[int, str]], column: str, caption: str = "") -> Value | None:
    """The total the prose before the table gives in the unit of this column, if it gives one;
    for the column totalling the rows ("Jumlah" alone), the total of what the table's caption
    counts ("Jumlah pegawai ... sebanyak 16 orang" before "Pegawai ... menurut Golongan")."""
    words = set(re.findall(r"[a-z]+", column.lower()))
    counted = _TITLE_SUBJECT.match(caption.strip()) if _ROW_TOTAL_HEAD.match(column.strip()) else None
    for line, text in reversed(lead):
        for m in _ANNOUNCED.finditer(text):
            subject = re.findall(r"[a-z]+", text[:m.start()].lower())[-3:]
            if m.group(2).lower() in words or (counted and counted.group(1).lower() in subject):
                return measure(m.group(1), "number", Location(line=line))
    return None


# What a table's caption counts: its first word after "Jumlah", "Data", "Daftar" or "Rekapitulasi"
# ("Pegawai" of "Pegawai Kecamatan X menurut Golongan"; "Penduduk" of "Jumlah Penduduk per Desa").
_TITLE_SUBJECT = re.compile(r"(?:(?:jumlah|data|daftar|rekapitulasi|komposisi)\s+)*([A-Za-z]{3,})", re.IGNORECASE)


def read_totals(title: str, start: int, lines: list[tuple[int, list[str]]],
                lead: list[tuple[int, str]] = (), caption: str = "") -> list[ColumnTotal] | None:
    """Every figure of every totals row, with the sum of its column above it (and the total the
    prose before the table announces); None when there is no totals row or no column that adds up."""
    header = _header(lines)
    if not header:
        return None
    width = max(len(c) for _, c in lines)
    columns = header_columns(header, width)
    table = title or f"tabel baris {start}"
    found: list[ColumnTotal] = []
    parts: list[tuple[int, list[str]]] = []
    for line, cells in lines[len(header):]:
        if not TOTAL_LABEL.match(_label(cells)):
            parts.append((line, cells))
            continue
        for k in range(1, width):
            if k >= len(cells) or not cells[k].strip() or _NOT_ADDITIVE.search(columns[k].label):
                continue
            loc = Location(line=line, table=title or None)
            declared = measure(cells[k], "number", loc)
            figures = [p[k].strip() for _, p in parts if k < len(p) and p[k].strip()]
            values = [0.0 if _DASH.match(f) else measure(f, "number", loc).value for f in figures]
            if not declared.present or "%" in declared.raw or len([v for v in values if v]) < 2 \
                    or any(v is None for v in values) or any("%" in f for f in figures):
                continue
            label = columns[k].label or f"kolom {k + 1}"
            found.append(ColumnTotal(table=table, column=label, declared=declared, computed=round(sum(values), 6),
                                     parts=len(values), announced=_announced(lead, label, caption)))
        parts = []
    return found or None


# A column that totals the row: "Jumlah", "Total", "Jumlah (orang)"; not "Jumlah Penduduk", a
# count of its own.
_ROW_TOTAL_HEAD = re.compile(r"^(?:jumlah|total|jumlah\s+total|total\s+keseluruhan)\s*(?:\([^)]{0,20}\))?$",
                             re.IGNORECASE)
_WHOLE = re.compile(r"^\d{1,3}(?:\.\d{3})*$|^\d+$")  # a count: a whole number, thousands by points
_WHOLE_EN = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")


def _count(cell: str) -> float | None:
    """A whole count: thousands grouped by points, or by commas where the table or document is
    written in the other locale ("2,310" beside "12.5")."""
    text = cell.strip()
    if _DASH.match(text):
        return 0.0
    if DOCUMENT_LOCALE.get() == "en":
        return float(text.replace(",", "")) if _WHOLE_EN.match(text) else None
    return float(text.replace(".", "")) if _WHOLE.match(text) else None


def _row_name(cells: list[str]) -> str:
    """A row's name: its first cell with a word ("Golongan III", "IV"), else its number."""
    return next((c.strip() for c in cells if re.search(r"[A-Za-z]", c)), _label(cells).strip())


def read_row_totals(title: str, start: int, lines: list[tuple[int, list[str]]]) -> list[ColumnTotal] | None:
    """Each row's figure in a total column ("Jumlah" after "L | P", after the ranks of a staff
    table) with the sum of the row's counts beside it. The columns summed are the run of
    columns of counts just before it (their header naming no percentage, average or year). It is
    a total column only where most rows with every figure written add up (two at least): the
    rows that do not are what it reports; a column that adds up nowhere totals something else."""
    header = _header(lines)
    rows = lines[len(header):]
    if not header or len(rows) < 2:
        return None
    width = max(len(c) for _, c in lines)
    columns = header_columns(header, width)
    table = title or f"tabel baris {start}"
    found: list[ColumnTotal] = []
    for k in range(2, width):
        if not _ROW_TOTAL_HEAD.match(columns[k].label.split(" / ")[-1].strip()):
            continue
        parts = []
        for j in range(k - 1, -1, -1):
            cells = [r[j] for _, r in rows if j < len(r) and r[j].strip()]
            if _NOT_ADDITIVE.search(columns[j].label) or not cells or \
                    sum(1 for c in cells if _count(c) is not None) < 0.8 * len(cells):
                break
            parts.insert(0, j)
        if len(parts) < 2:
            continue
        sums = []
        for line, cells in rows:
            figures = [_count(cells[j]) if j < len(cells) else None for j in parts]
            declared = _count(cells[k]) if k < len(cells) else None
            # (A row of zeros counts where its total is not one: "0 | 0 | 1".)
            if declared is not None and all(f is not None for f in figures) and (any(figures) or declared):
                sums.append((line, cells, declared, sum(figures)))
        if len(sums) < 2 or 2 * sum(1 for *_, d, c in sums if d == c) <= len(sums):
            continue
        label = columns[k].label.split(" / ")[-1].strip()
        for line, cells, declared, computed in sums:
            loc = Location(line=line, table=title or None)
            found.append(ColumnTotal(table=table, column=label, declared=measure(cells[k], "number", loc),
                                     computed=computed, parts=len(parts), row=_row_name(cells[:parts[0]])[:60],
                                     summed=[columns[j].label.split(" / ")[-1].strip() or f"kolom {j + 1}"
                                             for j in parts]))
    return found or None


_LISTED = re.compile(r"\b(?:memiliki|terdapat|sebanyak|berjumlah|terdiri\s+(?:dari|atas))\s+(\d{1,4})\s*"
                     r"(?:\([^)]{1,40}\)\s*)?([A-Za-z][\w-]+)", re.IGNORECASE)


def read_row_count(title: str, start: int, lines: list[tuple[int, list[str]]], lead: list[tuple[int, str]] = (),
                   heading: str = "") -> RowCount | None:
    """A sentence before a table that says how many things it lists ("Kecamatan Kemangkon memiliki
    9 BUMDes, dengan rincian sebagai berikut:"), with the number of rows the table numbers 1, 2,
    3 ... The thing counted must be named in the table's title or the heading above it (a noun
    found only in a header, "JUMLAH (ORANG)", counts people in rows of ranks); None otherwise."""
    # The row numbers stand in one column: a figure first on a line elsewhere is the wrapped end
    # of a cell (a postcode under an address), not a row's number.
    numbered = []
    for _, cells in lines:
        k, first = next(((k, c.strip().rstrip(".")) for k, c in enumerate(cells) if c.strip()), (0, ""))
        if re.fullmatch(r"[0-9]{1,4}", first):
            numbered.append((k, int(first)))
    column = Counter(k for k, _ in numbered).most_common(1)[0][0] if numbered else 0
    numbers = [n for k, n in numbered if k == column]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return None
    header_text = f"{heading} {title}".lower()
    for line, text in reversed(lead):
        for m in _LISTED.finditer(text):
            noun = m.group(2).lower()
            if len(noun) >= 3 and noun in header_text:
                return RowCount(table=title or heading or f"tabel baris {start}", noun=m.group(2),
                                announced=measure(m.group(1), "number", Location(line=line)), rows=len(numbers),
                                location=Location(line=start, table=title or heading or None))
    return None
