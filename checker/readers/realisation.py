"""Realisation tables of a published plan: target or budget, realisation, and the printed ratio.

Two shapes occur. Column groups (T-C.23, T-C.24, T-C.29, "Kinerja Keuangan"): a header of
groups ("Anggaran", "Realisasi", "Persentase / Rasio / Tingkat Capaian") over year columns, one
row per program, kegiatan or indicator. Row triples ("Uraian: Target / Realisasi / % Capaian",
"Ketetapan / Realisasi / Prosentase"): the same three figures on three lines, years across.

Cells are taken by position under the header, so an empty cell stays empty rather than shifting
its neighbours; a cell holding two values ("N/A N/A", a page's merged cells) is split first.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from ..models import Location, Money, RatioCell, RealisationRow, RealisationTable, Value
from ..numbers import GRADED_SCORE, MILLIONS_START, parse_number, to_rupiah
from .block import Placed, placed_at
from .xlsx import roman_to_int
from .labels import AVERAGE_LABEL, AVERAGE_ONLY, TOTAL_LABEL

_RATIO_LEAD = re.compile(r"\W*(persentase|prosentase|presentase|tingkat|rasio|%)")
_RATIO_WORD = re.compile(r"\brasio\b|\btingkat\s+(realisasi|capaian)|%\s*capaian|capaian\s*\(?%")
_ACTUAL = re.compile(r"\br?e?alisasi|ralisasi\b", re.IGNORECASE)
_BASE = re.compile(r"\b(target|anggaran|pagu|ketetapan|alokasi)\b", re.IGNORECASE)
_INVERSE = re.compile(r"target\s+dibagi\s+realisasi", re.IGNORECASE)
_REMAINDER = re.compile(r"\b(sisa|selisih|silpa)\b", re.IGNORECASE)
_PROJECTION = re.compile(r"\b(proyeksi|prakiraan|perkiraan)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d{2})\b")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?(\s*=.*)?$")
_COLUMN_NUMBER_REF = re.compile(r"\(\d{1,2}\)(\s*=.*)?")
# A currency mark in a header cell: "Rp0" under each amount, or a scale ("(Rp 000)", "Rp. 000.000"),
# also its end wrapped onto a line of its own ("(Rp" over "000)").
_RP_ZERO = re.compile(r"\(?\s*rp\.?\s*0*(?:\.0{3})?\s*\)?|\(?\s*0{3}(?:\.0{3})?\s*\)", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^(?:n\.?\s*/?\s*a\.?|-+|–|—|\.{2,}|…|nihil)$", re.IGNORECASE)
_NUMBER_START = re.compile(r"^[-+(]?\s*(?:rp\.?\s*)?\d", re.IGNORECASE)
_RANGE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*(%?)$")
_VALUE_CELL = re.compile(r"^(?:[-+(]?\s*(?:rp\.?\s*)?\d[\d.,\s]*%?\)?|n\.?\s*/?\s*a\.?(?:\s+n/a)*|-+|–|—)$", re.IGNORECASE)
_PROGRAM = re.compile(r"^\W*program\b", re.IGNORECASE)
_KEGIATAN = re.compile(r"^\W*kegiatan\b", re.IGNORECASE)
_ROW_LABEL_BASE = re.compile(r"^\W*(target|ketetapan|anggaran|pagu)\b", re.IGNORECASE)
_ROW_LABEL_ACTUAL = re.compile(r"^\W*r?e?alisasi\b", re.IGNORECASE)
_ROW_LABEL_RATIO = re.compile(r"^\W*(%\s*capaian|capaian|persentase|prosentase|presentase|rasio|tingkat)\b|^%",
                              re.IGNORECASE)


@dataclass
class Column:
    role: str  # "base", "actual", "ratio", "remainder" (what is left of a budget) or "" (a label column)
    year: str
    label: str


def role_of(parts: list[str]) -> str:
    """The role of a column from its header cells, the most specific (lowest) first. What is
    left of a budget ("Sisa Anggaran", "Selisih") is a remainder, no budget."""
    for text in reversed(parts):
        low = text.strip().lower()
        if _REMAINDER.search(low) and "%" not in low:
            return "remainder"
        if _RATIO_LEAD.match(low) or _RATIO_WORD.search(low):
            return "ratio"
        if _ACTUAL.search(low):
            return "actual"
        if _BASE.search(low):
            return "base"
        if low.startswith("capaian"):
            return "ratio"
    return ""


def header_key(cells: list[str]) -> tuple[str, ...]:
    """What a header row says, whatever its spacing: a header repeated after a page break is
    this one even where a narrow column broke its words another way (`Kegi atan`)."""
    return tuple(re.sub(r"\s+", "", c).lower() for c in cells if c.strip())


def is_header_row(cells: list[str]) -> bool:
    """No figure other than years, column numbers or a currency marker ("Rp0") after the label cell."""
    if column_numbers(cells) or ordinal_years(cells):
        return True
    for c in cells[1:]:
        text = c.strip()
        if not text or _YEAR.fullmatch(text) or _COLUMN_NUMBER_REF.fullmatch(text) or _RP_ZERO.fullmatch(text):
            continue
        # A year with its column's currency mark, a header's label wrapped ("Pagu Indikatif" over
        # "2028 (Rp 000)").
        if (year := _YEAR.match(text)) and _RP_ZERO.fullmatch(text[year.end():].strip()):
            continue
        if _NUMBER_START.match(c) or _PLACEHOLDER.match(c) or GRADED_SCORE.match(c.strip()):
            return False
    return True


def cell_at(cells: list[str], k: int | None) -> str:
    """The text of column k of a row ("" where the row is shorter or there is no such column),
    with the line it was printed on where that is not the row's (`block.Placed`)."""
    if k is None or k >= len(cells):
        return ""
    text = cells[k].strip()
    return Placed(text, cells[k].line) if isinstance(cells[k], Placed) else text


def column_numbers(cells: list[str]) -> bool:
    """A row that numbers the columns ("(1) (2) (3) (4) = (3/2)"): small numbers, rising."""
    vals = [c for c in cells if c]
    if len(vals) < 3 or not all(_COLUMN_NUMBER.match(v) for v in vals):
        return False
    numbers = [int(re.match(r"\(?(\d+)", v).group(1)) for v in vals]
    return all(a < b for a, b in zip(numbers, numbers[1:]))


def ordinal_years(cells: list[str]) -> bool:
    """A header row of the years of a period by their place ("Tahun ke-" over 1 2 3 4 5, once per
    group): small numbers that count up from 1 and start again at 1, beside them only labels
    without figures ("Rata-rata Pertumbuhan" over "Anggaran | Realisasi"). Beside groups headed by
    their years (targets and realisations "2021 ... 2025", ratios "Tahun ke-" 1 ... 5) one group
    of places is enough."""
    vals = [c.strip() for c in cells if c.strip()]
    if any(ch.isdigit() for v in vals if not v.isdigit() for ch in v):
        return False
    years = sum(1 for v in vals if _YEAR.fullmatch(v))
    vals = [v for v in vals if v.isdigit() and not (years >= 2 and _YEAR.fullmatch(v))]
    if len(vals) < (2 if years >= 2 else 4) or not all(len(v) <= 2 for v in vals):
        return False
    numbers = [int(v) for v in vals]
    # Alone, two runs or more of a period's places, which has three years or more ("1 | 1 | 1 | 1",
    # a risk's number and three scores of 1, counts no years).
    return numbers[0] == 1 and (years >= 2 or 1 in numbers[1:] and max(numbers) >= 3) and \
        all(b == a + 1 or b == 1 for a, b in zip(numbers, numbers[1:]))


def places_under(cells: list[str], above: list[list[str]]) -> bool:
    """A row of one period's years by their place (1 2 3 4 5, nothing else) from under a header
    cell that ends "Tahun ke-": a header row, not a row of figures nor the columns' numbers
    (which begin at the table's first column)."""
    vals = [c.strip() for c in cells if c.strip()]
    if len(vals) < 3 or vals != [str(n) for n in range(1, len(vals) + 1)]:
        return False
    first = next(k for k, c in enumerate(cells) if c.strip())
    # (One position left of it: the row lost an empty cell before its first place.)
    return any(_ORDINAL_HEAD.search(c.strip()) and j <= first + 1 for row in above for j, c in enumerate(row))


_FORMULA = re.compile(r"^\((\d{1,2})\)\s*=\s*\(?(.*)$")  # "(8) = (7/6)", "(8)=(7)/(6)x100%"


def _formulas(numbering: list[str]) -> list[tuple[int, set[int]]]:
    """The formulas of a column-number row ("(8) = (7/6)"): each one's result and the columns it
    divides, as positions in that row."""
    where = {m.group(1): k for k, c in enumerate(numbering) if (m := re.match(r"^\((\d{1,2})\)", c.strip()))}
    found = []
    for k, cell in enumerate(numbering):
        m = _FORMULA.match(cell.strip())
        if m:
            parts = {where[n] for n in re.findall(r"\d{1,2}", m.group(2)) if n in where}
            if len(parts) >= 2:
                found.append((k, parts))
    return found


def fill_lost_cell(header: list[list[str]], width: int) -> list[list[str]]:
    """A two-row header whose rows lost an empty cell, one or both, set back where the
    column-number row's formulas say which columns belong together ("(8) = (7/6)"): the lower
    row labels the result a ratio and the columns it divides a target and a realisation; over a
    group whose columns all have their own labels in the lower row, the upper row has one label,
    at the group's first column. Each lost cell goes back at the one place (up to where an empty
    cell goes) that keeps every formula so; the header is left as it is when none or several do,
    or when the rows padded at their ends already do."""
    numbering = next((cells for cells in header if column_numbers(cells) and len(cells) >= width), None)
    formulas = _formulas(numbering) if numbering else []
    labelled = [cells for cells in header if not column_numbers(cells)]
    if not formulas or len(labelled) != 2 or not all(width - 1 <= len(row) for row in labelled):
        return header
    upper, lower = labelled
    upper_short, lower_short = len(upper) < width, len(lower) < width
    if not (upper_short or lower_short):
        return header
    groups = [parts | {k} for k, parts in formulas]

    def role(row: list[str], k: int) -> str:
        return role_of([row[k]]) if k < len(row) else ""

    def fits(up: list[str], low: list[str]) -> bool:
        if lower_short and not all(role(low, k) == "ratio" and sorted(role(low, j) for j in parts) ==
                                   ["actual", "base"] for k, parts in formulas):
            return False
        led = [g for g in groups if all(k < len(low) and low[k] for k in g)]
        return not upper_short or all(not any(up[k] for k in g if k != min(g) and k < len(up)) for g in led)

    def mended(row: list[str], short: bool) -> set[tuple[str, ...]]:
        return {tuple(row[:at] + [""] + row[at:]) for at in range(len(row) + 1)} if short else {tuple(row)}

    readings = [(u, lo) for u in mended(upper, upper_short) for lo in mended(lower, lower_short)
                if fits(list(u), list(lo))]
    if len(readings) != 1 or fits(upper + [""] * upper_short, lower + [""] * lower_short):
        return header
    rows = {id(upper): list(readings[0][0]), id(lower): list(readings[0][1])}
    return [rows.get(id(cells), cells) for cells in header]


def fill_lost_label_cell(header: list[list[str]], body: list[list[str]]) -> list[list[str]]:
    """A header row that lost an empty cell (a row a cell shorter than the rows under it), set
    back where its labels agree with the rows: every column most rows write in from the first
    year's on has a label over it, no column has two years over it ("Kondisi Awal (2024)" over
    "2025"), and where the lowest row repeats a run ("K | Rp"), every label above stands over a
    run's first column. The header is left as it is when it already agrees, or when no one place
    or several places would do."""
    width = max((len(r) for r in body), default=0)
    whole = [r for r in body if len(r) == width]
    written = {k for k in range(width) if sum(1 for r in whole if r[k].strip()) * 2 > len(whole)}

    labelled = [k for k, cells in enumerate(header) if not column_numbers(cells)]
    runs = bool(labelled) and _pair_starts(header[labelled[-1]]) is not None

    def agrees(rows: list[list[str]]) -> bool:
        # The runs of the lowest row as this reading lays it (that row may be the one mended): a
        # reading that breaks its run ("Target | | Rp") is none.
        starts = _pair_starts(rows[labelled[-1]]) if labelled else None
        if runs and starts is None:
            return False
        columns = header_columns(rows, width)
        # (The last run ends as many columns after its start as the runs are apart: a label over
        # its second column, "Lokasi" over the last "Target", stands in a run's middle too.)
        ordered = sorted(starts or ())
        end = ordered[-1] + min(b - a for a, b in zip(ordered, ordered[1:])) - 1 if len(ordered) > 1 else \
            max(ordered, default=0)
        # A row's name cells before the first column of a year may stand under no label (a merged
        # "Indikator" heading printed over its first column only); a figure's column may not.
        first_year = next((k for k, c in enumerate(columns) if c.year), width)
        return all(columns[k].label for k in written if k >= first_year) and _periods_fill_their_groups(columns) and \
            all(len({m.group(1) for p in c.label.split(" / ") for m in _YEAR.finditer(p)}) <= 1 for c in columns) \
            and (starts is None or all(k in starts or k < min(starts) or k > end
                                       for r in labelled[:-1] for k, c in enumerate(rows[r]) if c.strip()))

    if not whole or agrees(header):
        return header
    # Each row a cell short may have lost it anywhere, two rows each their own (every combination
    # of places is a reading; more rows than two are mended one at a time).
    places = [list(range(len(header[k]) + 1)) + [None] if k in labelled and len(header[k]) == width - 1 else [None]
              for k in range(len(header))]
    readings = set()
    for chosen in itertools.product(*places):
        if not 0 < sum(at is not None for at in chosen) <= 2:
            continue
        mended = [row if at is None else row[:at] + [""] + row[at:] for row, at in zip(header, chosen)]
        if agrees(mended):
            readings.add(tuple(map(tuple, mended)))
    if len(readings) > 1:
        # Of several readings, the one whose groups begin their labels under their own first
        # column, where only one does.
        begun = {r for r in readings if _groups_begin_labelled(r)}
        readings = begun if len(begun) == 1 else readings
    return [list(r) for r in readings.pop()] if len(readings) == 1 else header


def _groups_begin_labelled(rows) -> bool:
    """Whether each heading over several columns (a label followed by empty cells) that has labels
    under it has one under its first column: a merged cell's sub-headings begin where it begins
    ("Rencana Tahun 2027" over "Lokasi | Target | ...", "Tahun 2027" over "Target | Rp"), so a
    reading that leaves the first column bare and labels the next set the row off by a cell."""
    for upper, lower in zip(rows, rows[1:]):
        starts = [k for k, c in enumerate(upper) if c.strip()]
        for k, end in zip(starts, starts[1:] + [len(upper)]):
            below = [c.strip() for c in lower[k:end]]
            if end - k > 1 and any(below) and not below[0]:
                return False
    return True


# A period a header row names under its group: a year, or a quarter ("TW I", "Triwulan 2", "IV").
_PERIOD_MARK = re.compile(r"(?:19|20)\d{2}|^(?:(?:tw|triwulan|trw)[\s.\-]*(?:iv|iii|ii|i|[1-4])|iv|iii|ii|i)$",
                          re.IGNORECASE)


def _periods_fill_their_groups(columns: list[Column]) -> bool:
    """Whether each heading over several columns ("Target Kinerja pada Tahun", "Rencana Penarikan
    Dana") has periods (years, quarters) under all of them or under none: periods under all but
    one, the one left empty, were set off by a cell."""
    under: dict[str, set[str]] = {}
    for column in columns:
        parent, *lower = column.label.split(" / ")
        under.setdefault(parent, set()).add("period" if lower and _PERIOD_MARK.search(lower[-1].strip()) else
                                            "empty" if not lower else "label")
    return not any({"period", "empty"} <= kinds for kinds in under.values())


def _pair_starts(lowest: list[str]) -> set[int] | None:
    """Where the groups of a header's lowest row begin, when that row repeats one run of labels
    ("K | Rp | K | Rp ...", "Target | Rp ..."): the columns of the run's first label. A label of a
    row above stands over such a column, not over the middle of a run. None without a run."""
    cells = [(k, c.strip().lower()) for k, c in enumerate(lowest) if c.strip()]
    for size in (2, 3):
        run = [c for _, c in cells[:size]]
        if len(cells) >= 2 * size and len(set(run)) == size and len(cells) % size == 0 and \
                all(c == run[n % size] for n, (_, c) in enumerate(cells)) and \
                all(cells[n + 1][0] - cells[n][0] == 1 for n in range(len(cells) - 1) if (n + 1) % size):
            return {k for n, (k, _) in enumerate(cells) if n % size == 0}
    return None


def header_columns(header: list[list[str]], width: int) -> list[Column]:
    """Per position: the header cells above it. A group cell spans the columns to its right up to
    the row's next cell, within the span of the group above it ("Target Kinerja dan Kerangka
    Pendanaan" over "Tahun 2026" over "Target | Rp"), onto the columns some lower row labels.
    A group's label printed over two header rows ("Kondisi" / "pada Akhir") spans on both."""
    header = [cells for r, cells in enumerate(header) if not column_numbers(cells) or places_under(cells, header[:r])]
    parts: list[list[str]] = [[] for _ in range(width)]
    bounds = [width] * width  # per position, where the span of the group above it ends
    for r, cells in enumerate(header):
        written = [k for k in range(width) if k < len(cells) and cells[k]]
        spans = list(bounds)
        for n, k in enumerate(written):
            end = min(written[n + 1] if n + 1 < len(written) else width, bounds[k])
            parts[k].append(cells[k])
            for j in range(k + 1, end):
                if any(j < len(lower) and lower[j] for lower in header[r + 1:]):
                    parts[j].append(cells[k])
            spans[k:end] = [end] * (end - k)
        bounds = spans
    columns = []
    for p in parts:
        year = next((m.group(1) for text in reversed(p) for m in [_YEAR.search(text)] if m), "") or _ordinal(p)
        columns.append(Column(role=role_of(p), year=year, label=" / ".join(p)))
    return _percent_of_actual(columns)


def _percent_of_actual(columns: list[Column]) -> list[Column]:
    """"Pagu (Rp) | Realisasi (Rp) | Realisasi (%)": of two realisation columns of one year beside
    a budget, the one in percent is the realisation's share of the budget, its ratio. (A lone
    "Realisasi (%)" is the realisation of an indicator counted in percent, and stays one.)"""
    for year in {c.year for c in columns}:
        same = [c for c in columns if c.year == year]
        actual = [c for c in same if c.role == "actual"]
        percent = [c for c in actual if "%" in c.label]
        if len(actual) == 2 and len(percent) == 1 and any(c.role == "base" for c in same) \
                and not any(c.role == "ratio" for c in same):
            percent[0].role = "ratio"
    # The same three side by side, whatever years their labels name ("Anggaran 2025 (Rp) |
    # Realisasi Anggaran 2025 (Rp) | Realisasi Anggaran (%)" beside the year's capaian).
    for k in range(2, len(columns)):
        base, actual, percent = columns[k - 2:k + 1]
        if (base.role, actual.role, percent.role) == ("base", "actual", "actual") and "%" in percent.label \
                and "%" not in actual.label:
            percent.role = "ratio"
    return columns


_ORDINAL_HEAD = re.compile(r"\bke\s*-?\s*$", re.IGNORECASE)  # "Target Renstra Tahun ke-" over 1 ... 5
# "Tahun ke-3", "Tahun-3", "Tahun III" (a numeral in capitals: "Tahun I" is the first year)
_ORDINAL = re.compile(r"\b(?:tahun|thn|th)\.?\s*(?:ke)?\s*[-–]?\s*(\d{1,2}|(?-i:X|IX|IV|V?I{1,3}|V))$", re.IGNORECASE)


def place_in_period(text: str) -> str:
    """A header cell's year by its place in the period ("Tahun ke-3", "Tahun-3", "Tahun III":
    "ke-3"), or ""."""
    m = _ORDINAL.search(text.strip())
    return f"ke-{roman_to_int(m.group(1))}" if m else ""


def _ordinal(parts: list[str]) -> str:
    """A column's year by its place in the period ("ke-3"), where the header names no year."""
    lowest = parts[-1].strip() if parts else ""
    if lowest.isdigit() and len(lowest) <= 2 and any(_ORDINAL_HEAD.search(p) for p in parts[:-1]):
        return f"ke-{int(lowest)}"
    return next((place for p in reversed(parts) if (place := place_in_period(p))), "")


def split_merged(cells: list[str], width: int) -> list[str]:
    """A cell holding several values ("N/A N/A") becomes several cells when the row is short."""
    if len(cells) >= width:
        return cells
    out = []
    for c in cells:
        tokens = c.split()
        if len(tokens) > 1 and all(_PLACEHOLDER.match(t) or re.fullmatch(r"[\d.,]+%?", t) for t in tokens) \
                and not re.fullmatch(r"\d{1,3}( \d{3})+", c):
            out.extend(tokens)
        else:
            out.append(c)
    return out


def align(cells: list[str], first_value: int, width: int) -> list[str]:
    """A row one cell short or long (an empty label cell dropped, or an extra one) has its run of
    figures moved under the first value column; a row of the header's width stays as it is."""
    while cells and not cells[-1]:
        cells = cells[:-1]
    if len(cells) == width:
        return cells
    # The figures start after the last text cell (a row number before the name is not one).
    last_text = max((k for k, c in enumerate(cells) if re.search(r"[A-Za-z]{2}", c) and not _VALUE_CELL.match(c)),
                    default=0)
    start = next((k for k in range(last_text + 1, len(cells)) if cells[k] and _VALUE_CELL.match(cells[k])), None)
    if start is None or start == first_value or not all(not c or _VALUE_CELL.match(c) for c in cells[start:]) \
            or len(cells) - start > width - first_value:
        return cells
    if start < first_value:
        return cells[:start] + [""] * (first_value - start) + cells[start:]
    return cells[:first_value - 1] + [" ".join(c for c in cells[first_value - 1:start] if c)] + cells[start:]


def measure(raw: str, kind: str, location: Location) -> Value:
    """A cell as a Value: placeholders and blanks have no value; a range counts as its upper end."""
    location = placed_at(raw, location)
    text = raw.strip()
    if not text or _PLACEHOLDER.match(text):
        return Value(raw=raw, location=location)
    m = _RANGE.match(text)
    if m:
        lower, upper = parse_number(m.group(1), kind), parse_number(m.group(2), kind)
        return Value(raw=raw, value=float(upper.value) if upper.ok else None, suffix=m.group(3),
                     low=float(lower.value) if lower.ok and upper.ok else None, location=location)
    parsed = parse_number(text, kind)
    if not parsed.ok:
        return Value(raw=raw, error=parsed.error, location=location)
    if re.match(r"\s*\d", parsed.suffix):
        # Another figure after the first ("1. 78 2. 85%", "80 85"): which one the cell means is
        # not known, so it is not read as the first.
        return Value(raw=raw, error="lebih dari satu angka", location=location)
    return Value(raw=raw, value=float(parsed.value), suffix=parsed.suffix, location=location)


def money(raw: str, location: Location, scale: int = 1) -> Money:
    """A cell as an amount in whole Rupiah; in a table in thousands or millions (`scale`), its
    plain figure times that. Words after the figure that are no scale ("Rp 1,3 Mil") make it
    unreadable: not an amount to guess at."""
    location = placed_at(raw, location)
    p = parse_number(raw, "money" if scale == 1 else "number")
    error = p.error or ("bukan angka" if p.ok and p.suffix.strip(" ,.-") else None)
    amount = to_rupiah(Decimal(p.value) * scale) if p.ok and not error else None
    step = max(1, to_rupiah(p.step * scale)) if amount is not None else 1
    return Money(raw=raw, amount=amount, error=error, location=location, step=step)


def pairings(columns: list[Column]) -> list[tuple[int, int, int]]:
    """(base, actual, ratio) column positions: the same year where years are given, else the nearest
    realisation column before the ratio and the nearest target or budget column before that.
    Ratios by their place in the period ("Tahun ke-" over 1 ... 5) beside targets and realisations
    by year take the years in order, where there are as many of each."""
    out = []
    years = sorted({c.year for c in columns if c.role == "actual" and _YEAR.fullmatch(c.year)})
    places = [c.year for c in columns if c.role == "ratio" and c.year.startswith("ke-")]
    by_place = {f"ke-{n}": year for n, year in enumerate(years, start=1)} \
        if len(places) == len(set(places)) == len(years) else {}
    def sub(c: Column) -> str:
        """The lowest header cell of a column under a group: "K" or "Rp" under each of "Target",
        "Realisasi" and "Tingkat Capaian" (performance and budget side by side)."""
        parts = c.label.split(" / ")
        return parts[-1].strip().lower() if len(parts) > 1 else ""

    def nearest(before: int, role: str, year: str, like: str) -> int | None:
        """The nearest column before `before` of the role (of the year, where given), one with
        the ratio's own sub-label first."""
        found = [j for j in range(before - 1, -1, -1)
                 if columns[j].role == role and (not year or columns[j].year == year)]
        return next((j for j in found if like and sub(columns[j]) == like), found[0] if found else None)

    for k, col in enumerate(columns):
        if col.role != "ratio":
            continue
        actual = base = None
        year = by_place.get(col.year, col.year)
        like = sub(col) if any(sub(c) == sub(col) for c in columns if c.role == "actual") else ""
        if year:
            actual = nearest(k, "actual", year, like)
            if actual is not None:
                base = nearest(actual, "base", year, like)
        if actual is None:
            actual = nearest(k, "actual", "", like)
        if base is None and actual is not None:
            base = nearest(actual, "base", "", like)
        # "Persentase realisasi anggaran" beside indicator targets is the budget's ratio, not theirs.
        money_ratio = bool(re.search(r"anggaran|keuangan|pagu", col.label, re.I))
        if actual is not None and base is not None and (
                not money_ratio or re.search(r"anggaran|keuangan|pagu|rp", columns[base].label, re.I)):
            out.append((base, actual, k))
    return out


def _amounts(rows: list[list[str]], k: int) -> bool:
    """Whether most of a column's filled cells are sums of money ("58.000.000")."""
    filled = [r[k].strip() for r in rows if k < len(r) and r[k].strip()]
    return bool(filled) and 2 * sum(1 for c in filled if MILLIONS_START.match(c)) > len(filled)


# What one line of a row measures, where each row prints its performance and its budget on
# lines of their own ("Kinerja", "Keuangan (Rp)").
_ASPECT = re.compile(r"^(?:kinerja|keuangan|anggaran|fisik|k|rp)\b\W*(?:\(rp\.?\))?\W*$", re.IGNORECASE)
_COUNT_CELL = re.compile(r"^\d(?:[\d.,]*\d)?\s*[A-Za-z]{1,15}$")  # "2.200 dokumen": a figure, not a name
_BUDGET = re.compile(r"anggaran|pagu|keuangan|\bdana\b|\brp\b", re.IGNORECASE)
_PLAN_NAME = re.compile(r"\b(renstra|renja|rpjmd|rkpd|rpjmn)\b", re.IGNORECASE)


def ordinals_under_their_group(cells: list[str], above: list[list[str]]) -> list[str]:
    """A row of years by their place that lost (or gained) an empty cell before its first `1`:
    set back so that `1` stands under the first group the rows above head "... Tahun ke-"."""
    if not above or not (ordinal_years(cells) or places_under(cells, above)):
        return cells
    first = next(k for k, c in enumerate(cells) if c.strip().isdigit() and len(c.strip()) <= 2)
    group = next((k for row in above for k, c in enumerate(row) if _ORDINAL_HEAD.search(c.strip())), None)
    if group is None or group == first:
        return cells
    if group > first:
        return [""] * (group - first) + cells
    if all(not c.strip() for c in cells[group:first]):
        return cells[:group] + cells[first:]
    return cells


def _named_bases(pairs: list[tuple[int, int, int]], columns: list[Column], body: list[tuple[int, list[str]]],
                 width: int) -> list[tuple[int, int, int]]:
    """A ratio whose header names the plan it measures against ("Tingkat Capaian Realisasi Target
    Renstra (%)", T-C.29) divides by the target of that plan (the Renstra's end target), not by
    the target of its own year beside it. The named base is the reading where it explains at
    least as many rows (realisation / base x 100 within a point) as the year's base does; where
    the year's base explains more, the figures say the header means it."""
    if not any(_PLAN_NAME.search(columns[ratio].label) for _, _, ratio in pairs):
        return pairs
    first_value = min(k for pair in pairs for k in pair)
    rows = [align(split_merged(cells, width), first_value, width) for _, cells in body if not column_numbers(cells)]

    def explained(base: int, actual: int, ratio: int) -> int:
        n = 0
        for cells in rows:
            b, a, d = (measure(cell_at(cells, k), kind, Location()) for k, kind in
                       ((base, "number"), (actual, "number"), (ratio, "percent")))
            if b.present and a.present and d.present and b.value and abs(d.value - a.value / b.value * 100) <= 1.0:
                n += 1
        return n

    out = []
    for base, actual, ratio in pairs:
        named = {m.lower() for m in _PLAN_NAME.findall(columns[ratio].label)}
        if named and not named & {m.lower() for m in _PLAN_NAME.findall(columns[base].label)}:
            other = next((j for j in range(actual - 1, -1, -1) if columns[j].role == "base"
                          and named & {m.lower() for m in _PLAN_NAME.findall(columns[j].label)}), None)
            if other is not None and explained(other, actual, ratio) >= explained(base, actual, ratio):
                base = other
        out.append((base, actual, ratio))
    return out


def grouped_table(title: str, start: int, lines: list[tuple[int, list[str]]],
                  side: str | None = None) -> RealisationTable | None:
    """A table whose header has target/budget, realisation and ratio column groups; with `side`
    ("budget" or "performance"), only the pairs of that side."""
    header: list[list[str]] = []
    body: list[tuple[int, list[str]]] = []
    for line, cells in lines:
        filled = [k for k, c in enumerate(cells) if c]
        if not body and is_header_row(cells) and len(header) < 5 and not (header and column_numbers(header[-1])) \
                and not (header and len(filled) == 1 and filled[0] <= 1):
            header.append(cells)
        else:
            body.append((line, cells))
    if not header or not body:
        return None
    header = [ordinals_under_their_group(cells, header[:r]) for r, cells in enumerate(header)]
    width = max(len([c for c in cells if c]) and max(k for k, c in enumerate(cells) if c) + 1 for cells in header)
    header = fill_lost_cell(header, max(width, max(len(cells) for cells in header)))
    header = fill_lost_label_cell(header, [cells for _, cells in body if not column_numbers(cells)])
    width = max(width, max(len(cells) for cells in header) if header else 0)
    columns = header_columns(header, width)
    pairs: list[tuple[int, int, int | None]] = list(pairings(columns))
    # A ratio column that holds sums of money is no ratio: the header stands off its columns (a
    # group cell lost), and nothing is read from a pairing that guess would make.
    rows = [cells for _, cells in body if not column_numbers(cells)]
    if any(_amounts(rows, r) for _, _, r in pairs):
        return RealisationTable(name=title or f"tabel baris {start}", unplaced=True,
                                location=Location(line=start, table=title or None))
    has_ratio = bool(pairs)
    if not pairs:
        # Target and realisation per year without a ratio column (T-C.23 style): still a table
        # whose empty or "NA" cells are findings.
        pairs = [(b, a, None) for a, col in enumerate(columns) if col.role == "actual" and col.year
                 for b in [next((j for j in range(a) if columns[j].role == "base" and columns[j].year == col.year),
                                None)] if b is not None]
    if not pairs:
        return None
    if has_ratio:
        pairs = _named_bases(pairs, columns, body, width)
    budget = {b for b, _, _ in pairs if _BUDGET.search(columns[b].label)}
    if side is not None:
        pairs = [p for p in pairs if (p[0] in budget) == (side == "budget")]
        if not pairs:
            return None
    first_value = min(k for pair in pairs for k in pair if k is not None)
    # The last figure column: paired or not (a budget percentage beside indicator targets counts).
    last_value = max(k for k, col in enumerate(columns) if col.role)
    head_text = " ".join(c.label for c in columns)
    # A budget table when the figures divided are budgets. A pair of budgets is read as money
    # wherever it stands; performance and budget paired side by side ("K | Rp" under each group)
    # are read as two tables (`read_table`), where each side reads.
    kind = "anggaran" if all(b in budget for b, _, _ in pairs) else "kinerja"
    table = RealisationTable(name=title or f"tabel baris {start}", kind=kind, inverse=bool(_INVERSE.search(head_text)),
                             has_ratio=has_ratio, location=Location(line=start, table=title or None))
    header_keys = {header_key(cells) for cells in header}

    def period_of(*positions: int | None) -> str:
        """The pair's year: a calendar year where one of its columns has one ("ke-5" beside 2025)."""
        years = [columns[k].year for k in reversed(positions) if k is not None and columns[k].year]
        return next((y for y in years if _YEAR.fullmatch(y)), years[0] if years else "")

    paired_years = {period_of(*pair) for pair in pairs}
    # Columns of a year under "Proyeksi", beside no pair: what the unit expects in years to come.
    projected = [(k, col.year) for k, col in enumerate(columns)
                 if kind == "kinerja" and not col.role and _YEAR.fullmatch(col.year) and _PROJECTION.search(col.label)
                 and col.year not in paired_years]
    # A budget table's "Sisa Anggaran" column of a pair's year (or the one such column beside
    # the one pair): what is left of the budget, held to budget minus realisation.
    remainders = [k for k, col in enumerate(columns) if col.role == "remainder"]
    remainder_of = {}
    if kind == "anggaran":
        for pair in pairs:
            year = period_of(*pair)
            own = [k for k in remainders if k > pair[1] and columns[k].year == year] if year else []
            if own or (len(pairs) == 1 and len(remainders) == 1 and remainders[0] > pair[1]):
                remainder_of[pair] = (own or remainders)[0]
    program: RealisationRow | None = None
    named = ""  # the name of the last row that has one of its own
    for line, raw_cells in body:
        if header_key(raw_cells) in header_keys or column_numbers(raw_cells):
            continue
        cells = align(split_merged(raw_cells, width), first_value, width)
        loc = Location(line=line, table=table.name)
        texts = [c for k, c in enumerate(cells[:first_value]) if re.search(r"[A-Za-z]{3}", c)
                 and not _COUNT_CELL.match(c.strip())]
        # Budget tables name a program or kegiatan; performance tables end with the indicator.
        wordiest = max(texts, key=lambda t: (len(t.split()), texts.index(t))) if texts else ""
        name = (texts[0] if kind == "anggaran" else wordiest) if texts else ""
        if _ASPECT.match(name) and named:
            # A line of the row above for one aspect of it ("Keuangan (Rp)" under the program's
            # "Kinerja" line): named after that row.
            name = f"{named} – {name}"
        elif name:
            named = name
        # Years down the rows ("Tahun | Target | Realisasi | Capaian", one indicator per table,
        # named in its caption): the row is that year's, the table's indicator its subject.
        lead = next((c.strip() for c in cells[:first_value] if c.strip()), "")
        row_year = lead if not name and not any(col.year for col in columns) and _YEAR.fullmatch(lead) else ""
        if row_year:
            name = table.name
        values = {k: cells[k] if k < len(cells) else "" for pair in pairs for k in pair if k is not None}
        values.update({k: cells[k] if k < len(cells) else "" for k in remainder_of.values()})
        values[None] = ""
        if not name or not any(values.values()):
            if name and _PROGRAM.match(name) and kind == "anggaran":
                program = RealisationRow(name=name, level="program", location=loc)
                program.cells = [RatioCell(period=period_of(b, a, r), base=Value(location=loc),
                                           actual=Value(location=loc), declared=Value(location=loc))
                                 for b, a, r in pairs]
                table.rows.append(program)
            continue  # a group heading ("Indikator Sasaran :") or text continued from above
        row = RealisationRow(name=name, location=loc)
        printed = [c for c in cells[first_value:last_value + 1] if c.strip()]
        # A row that prints a figure for every column of figures after its words lost an empty
        # cell before them (a label's), not a figure.
        worded = [k for k, c in enumerate(raw_cells) if re.search(r"[A-Za-z]{3}", c)]
        after = [c for c in raw_cells[worded[-1] + 1:] if c.strip()] if worded else []
        whole = len(after) >= last_value + 1 - first_value and all(_VALUE_CELL.match(c) for c in after)
        if printed and all(_VALUE_CELL.match(c) for c in printed) and not whole:
            row.short = max(0, (last_value + 1 - first_value) - len(cells[first_value:last_value + 1]))
        if kind == "kinerja":
            row.targets = {col.year: measure(cells[k], "number", loc) for k, col in enumerate(columns)
                           if col.role == "base" and col.year and col.year not in paired_years
                           and k < len(cells) and cells[k].strip()}
            row.projections = {year: measure(cell_at(cells, k), "number", loc) for k, year in projected}
        for b, a, r in pairs:
            row.cells.append(RatioCell(period=row_year or period_of(b, a, r),
                                       base=measure(values[b], "money" if b in budget else "number", loc),
                                       actual=measure(values[a], "money" if b in budget else "number", loc),
                                       declared=measure(values[r], "percent", loc),
                                       remainder=measure(values[remainder_of[(b, a, r)]], "money", loc)
                                       if (b, a, r) in remainder_of else None))
        if TOTAL_LABEL.match(name):
            table.total = row
        elif AVERAGE_LABEL.match(name) and (AVERAGE_ONLY.match(name) or not any(
                c.base.raw.strip() or c.actual.raw.strip() for c in row.cells)):
            # No indicator of its own ("Rata-rata Capaian", or a row of ratios alone): its ratios
            # are the rows' mean (RAS-012). "Rata-rata waktu layanan" with figures is an indicator.
            table.average = row
        elif kind == "anggaran" and (_PROGRAM.match(name) or (program is None and not _KEGIATAN.match(name))):
            row.level = "program"
            program = row
            table.rows.append(row)
        elif kind == "anggaran" and program is not None:
            row.level = "kegiatan"
            program.children.append(row)
        else:
            table.rows.append(row)
    if kind == "anggaran" and not any(_PROGRAM.match(r.name) or _KEGIATAN.match(r.name)
                                      for top in table.rows for r in (top, *top.children)):
        # No row names a program or a kegiatan ("Belanja Operasi", "Belanja Modal"): the rows are
        # side by side, not the first row over the others.
        flat = [r for top in table.rows for r in (top, *top.children)]
        for r in flat:
            r.level, r.children = "indikator", []
        table.rows = flat
    if has_ratio:
        _ratio_scale(table, [columns[r].label for _, _, r in pairs])
    return table if table.rows else None


def _ratio_scale(table: RealisationTable, labels: list[str]) -> None:
    """A ratio column may be printed as a fraction (`0,93` for 93 %) under a header without `%`.
    Each ratio column is read both ways, and where the fraction reading explains clearly more of
    its rows (realisation / base x 100 within a point), it is the reading: its values are made
    percentages. A column under a `%` header, or that no reading explains better, keeps its values:
    a table full of wrong ratios keeps them."""
    rows = [r for top in table.rows for r in (top, *top.children)] + ([table.total] if table.total else [])
    evidence = {}  # a ratio column -> (its cells, rows each reading explains, rows with all three figures)
    for k, label in enumerate(labels):
        if "%" in label or "persen" in label.lower():
            continue
        cells = [r.cells[k] for r in rows if k < len(r.cells)]
        triples = [(c.base.value, c.actual.value, c.declared) for c in cells
                   if c.base.present and c.actual.present and c.declared.present and c.base.value]
        agree = {scale: sum(1 for b, a, d in triples if abs(d.value * scale - a / b * 100) <= 1.0)
                 for scale in (1, 100)}
        evidence[k] = (cells, agree, len(triples))

    def fractions(agree: dict, n: int) -> bool:
        return agree[100] >= 2 and agree[100] >= 0.5 * n and agree[100] > 2 * agree[1]

    # A table prints its ratios one way: a column with too few rows to tell on its own (two
    # rows, one of them wrong) follows the table's other unlabelled ratio columns, unless its
    # own rows read as percentages.
    pooled = {scale: sum(agree[scale] for _, agree, _ in evidence.values()) for scale in (1, 100)}
    table_fractions = fractions(pooled, sum(n for _, _, n in evidence.values()))
    for k, (cells, agree, n) in evidence.items():
        if fractions(agree, n) or (table_fractions and agree[1] == 0 and agree[100] >= 1):
            for c in cells:
                c.scale = 100
                if c.declared.present:
                    c.declared.value *= 100


def row_triples(title: str, start: int, lines: list[tuple[int, list[str]]]) -> RealisationTable | None:
    """Target (or ketetapan) / realisasi / capaian (or persentase) on three consecutive lines."""
    years: list[str] = []
    year_pos: list[int] = []
    ratio_labels: set[str] = set()  # what the capaian lines are labelled ("% Capaian", "Rasio")
    table = RealisationTable(name=title or f"tabel baris {start}", location=Location(line=start, table=title or None))
    for i, (line, cells) in enumerate(lines):
        found = [(k, c.strip()) for k, c in enumerate(cells) if _YEAR.fullmatch(c.strip())]
        if len(found) >= 2 and is_header_row(cells):
            year_pos, years = [k for k, _ in found], [y for _, y in found]
            continue
        if not years or i + 2 >= len(lines):
            continue
        label_at = next((k for k, c in enumerate(cells) if _ROW_LABEL_BASE.match(c)), None)
        if label_at is None or label_at >= year_pos[0]:
            continue
        (l_act, c_act), (l_rat, c_rat) = lines[i + 1], lines[i + 2]
        c_act, c_rat = _label_under(c_act, label_at, _ROW_LABEL_ACTUAL), _label_under(c_rat, label_at, _ROW_LABEL_RATIO)
        if c_act is None or c_rat is None:
            continue
        ratio_labels.add(c_rat[label_at].strip())
        name = next((c for c in reversed(cells[:label_at]) if c and not re.fullmatch(r"[\d.]+", c)), "") or cells[label_at]
        row = RealisationRow(name=name, location=Location(line=l_rat, table=table.name))
        for k, year in zip(year_pos, years):
            row.cells.append(RatioCell(
                period=year,
                base=measure(cells[k] if k < len(cells) else "", "number", Location(line=line, table=table.name)),
                actual=measure(c_act[k] if k < len(c_act) else "", "number", Location(line=l_act, table=table.name)),
                declared=measure(c_rat[k] if k < len(c_rat) else "", "percent", Location(line=l_rat, table=table.name))))
        table.rows.append(row)
    # Each year's capaian is a column of its own, labelled by the capaian lines' labels.
    _ratio_scale(table, [" ".join(sorted(ratio_labels))] * len(years))
    return table if table.rows else None


def _label_under(cells: list[str], at: int, label: re.Pattern) -> list[str] | None:
    """A triple's next line with its label under the first line's (column `at`): as it is, or
    one cell off (an empty cell before the label lost, or one too many) and set back by that
    cell, so that its figures stand under their years again. None when its label is elsewhere."""
    for k in (at, at - 1, at + 1):
        if 0 <= k < len(cells) and label.match(cells[k]):
            if k < at:
                return cells[:k] + [""] * (at - k) + cells[k:]
            if k > at and not cells[k - 1].strip():
                return cells[:k - 1] + cells[k:]
            return cells if k == at else None
    return None


def read_table(title: str, start: int, lines: list[tuple[int, list[str]]]) -> RealisationTable | None:
    """A block read as one realisation table, all its pairs together."""
    head = " ".join(" ".join(c) for _, c in lines[:6])
    if not _ACTUAL.search(head):
        return None
    return grouped_table(title, start, lines) or row_triples(title, start, lines)


def read_tables(title: str, start: int, lines: list[tuple[int, list[str]]]) -> list[RealisationTable]:
    """The realisation tables a block holds: one, or two where performance and budget are paired
    side by side ("K | Rp" under each group), the budget side a tree of programs and kegiatan
    whose realisations add up, the performance side rows of indicators."""
    whole = read_table(title, start, lines)
    if whole is not None and whole.kind == "kinerja" and not whole.unplaced and whole.has_ratio:
        # (The budget side first: most performance tables have none, and are read no further.)
        budget = grouped_table(title, start, lines, "budget")
        performance = grouped_table(title, start, lines, "performance") if budget is not None else None
        if budget is not None and performance is not None:
            return [performance, budget]
    return [whole] if whole is not None else []
