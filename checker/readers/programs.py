"""Program / kegiatan / sub kegiatan tables of a published plan (Renja 4.1, Renstra T-C.27, the RKPD
review table T-C.31): the column layout from the header, rows read by position or, where
extraction dropped or shifted cells, by order; codes split over cells, levels from the wording,
tujuan and sasaran rows, further indicators and wrapped lines of a node.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from ..models import GoalRow, Indicator, Location, Money, ProgramNode, ProgramTable, Subtotal, Value
from ..numbers import MILLIONS_START, MONEY_CELL
from .block import Block
from .labels import SUBTOTAL_PREFIX, TOTAL_LABEL, TOTAL_PREFIX
from .totals import rounded_to, stated_counts, stated_totals
from .quarters import quarter_columns
from .realisation import cell_at, column_numbers, fill_lost_label_cell, header_columns, header_key, is_header_row, \
    measure, money, place_in_period
from .tree import attach
from .xlsx import level_of_code, level_of_words, roman_to_int

_CODE_CELL = re.compile(r"^(?:\d|[Xx]\s*\.\s*[Xx]{2}(?![A-Za-z]))[\d.\s]*$")  # "7.01.02", "X.XX.01" (see _grammar)
_DOTS = re.compile(r"\.+")
_ITEM_MARK = re.compile(r"^[\W\d]*(?:[a-z]\)\s*)?")  # "1. ", "a) ", "- " before a row's words
_MONEY = MONEY_CELL
_DASHES = ("-", "–", "—")
_HEADER_WORD = re.compile(r"[a-z]{2,}")
_TARGET_CELL = re.compile(r"^\d[\d.,]*\s*(%|[A-Za-z][A-Za-z ./]{0,20})?$")
_YEAR = re.compile(r"\b(20\d{2})\b")
# A header that has a column of indicators ("Indikator Kinerja", "Tolok Ukur", "Keluaran"): a table
# without one (a summary of the programs' pagu) is not missing them.
_INDICATOR_HEAD = re.compile(r"indikator|tolok\s*ukur|keluaran|output|outcome", re.IGNORECASE)
# A column that totals a row's years ("Total (Rp)", "Jumlah"): the end of the period's pagu.
_PERIOD_TOTAL = re.compile(r"(?:total|jumlah)(?:\s+(?:pagu|anggaran|pendanaan))?\s*(?:\((?:rp|rupiah)[^)]*\))?",
                           re.IGNORECASE)
_BUDGET_HEAD = re.compile(r"\b(rp|pagu|kebutuhan\s*dana|anggaran|dana)\b", re.IGNORECASE)
_CURRENCY_MARK = re.compile(r"\(?\s*rp\.?\s*(?:0+(?:\.0{3})?)?\s*\)?", re.IGNORECASE)  # "Rp", "(Rp 000)"
_OUTLINE = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")  # "1.1.1": a row's place in an outline
# A table's budgets in thousands or millions ("Pagu (Rp juta)", "dalam ribuan rupiah", "Rp. 000"):
# its amounts are plain figures, decimals too ("74,5" for Rp74.500.000).
_SCALE = re.compile(r"\b(?:rp\.?|rupiah|dalam)\s*\(?\s*(juta|ribu|ribuan|miliar|milyar|000(?:\.000)?)\b|"
                    r"\b(juta|ribu|ribuan|miliar|milyar)\s+rupiah\b", re.IGNORECASE)
_SCALES = {"juta": 1_000_000, "ribu": 1_000, "ribuan": 1_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000,
           "000": 1_000, "000.000": 1_000_000}
_SCALED = re.compile(r"^\(?-?\s*(?:rp\.?\s*)?\d{1,3}(?:([.,])\d{3})*(?:[.,]\d{1,3})?\)?$", re.IGNORECASE)


def money_scale(text: str) -> int:
    """How many Rupiah one written unit of a table's budgets is: 1, or what its header or caption
    says ("(Rp juta)": a million)."""
    m = _SCALE.search(text)
    return _SCALES[(m.group(1) or m.group(2)).lower()] if m else 1


def nomenclature_code(raw: str) -> str:
    """A code read by the nomenclature's grammar, whatever extraction did to its dots and spaces:
    urusan (1 digit), bidang (2) or the two as `X.XX` (a program of every perangkat daerah),
    program (2); then `2` marks a kegiatan, with its 2 digits; then a sub kegiatan of 1, 2 or 4
    digits. `7.01.03.2 02.4`, `7.01.03.202.4`, `7.01.03.2.0 2.4` and
    `7.01.03.2.02.4` are one code. A space is read as nothing, or else as a dot, whichever the
    grammar accepts; a code outside the grammar is kept as written, its spaces and dots tidied."""
    joined = re.sub(r"\s+", "", raw.strip())
    for form in (joined, re.sub(r"\s+", ".", raw.strip())):
        code = _grammar(form.split("."))
        if code:
            return code
    return _DOTS.sub(".", joined).strip(".")


def well_formed_code(raw: str) -> bool:
    """Whether the nomenclature's grammar reads `raw` as a code (see nomenclature_code)."""
    joined = re.sub(r"\s+", "", raw.strip())
    return any(_grammar(form.split(".")) for form in (joined, re.sub(r"\s+", ".", raw.strip())))


def _grammar(tokens: list[str]) -> str | None:
    tokens = [t for t in tokens if t]
    # "X.XX": the urusan and bidang of a program every perangkat daerah has (the penunjang
    # programs, "X.XX.01"), written as the nomenclature prints them.
    if len(tokens) >= 2 and tokens[0] in ("X", "x") and tokens[1] in ("XX", "xx"):
        tokens = ["X", "XX", *tokens[2:]]
        if not all(t.isdigit() for t in tokens[2:]):
            return None
    elif not all(t.isdigit() for t in tokens):
        return None
    if len(tokens) < 3 or [len(t) for t in tokens[:3]] != [1, 2, 2]:
        return None
    out, rest = tokens[:3], tokens[3:]
    if rest and len(rest[0]) == 3 and rest[0][0] == "2":  # "202": the kegiatan mark run into its number
        out, rest = out + ["2", rest[0][1:]], rest[1:]
    elif rest and rest[0] in ("2", "02") and len(rest) >= 2 and len(rest[1]) == 2:
        out, rest = out + rest[:2], rest[2:]
    elif rest:
        return None
    if len(rest) > 1 or (rest and len(rest[0]) not in (1, 2, 4)):
        return None
    return ".".join(out + rest)


# What a target cell holds: a figure and its unit ("4 Dokumen", "100 %", "12 paket"); a numbered
# name ("1. Jumlah ...") is not one.
_VALUE_LIKE = re.compile(r"^\d[\d.,]*\s*(?:%|[A-Za-z][A-Za-z/]*\.?)$")
_NUMBERED = re.compile(r"^\d+[.)]\s")


@dataclass
class Side:
    """One group of columns describing a node: its name, indicator, unit, location, target(s), pagu."""

    name: int
    indikator: int | None = None
    satuan: int | None = None
    lokasi: int | None = None
    target: dict[str, int] = field(default_factory=dict)
    target_akhir: int | None = None

    def indicator(self, cells: list[str], loc: Location) -> Indicator:
        """The side's indicator on a row: its targets and end-of-period target, its unit from the
        unit column or else from the first target written with one ("12 Laporan")."""
        cell = partial(cell_at, cells)
        targets = {label: measure(cell(k), "number", loc) for label, k in self.target.items()}
        akhir = measure(cell(self.target_akhir), "number", loc) if self.target_akhir is not None else None
        unit = cell(self.satuan) if self.satuan is not None else \
            next((v.suffix.strip() for v in targets.values() if v.suffix.strip()), "")
        return Indicator(name=cell(self.indikator), unit=unit, targets=targets, target_akhir=akhir, location=loc)

    def amount_under_target(self, cells: list[str]) -> str | None:
        """A budget figure (a sum of millions) where one of the side's targets goes, if any: the
        row stands off the header's columns."""
        return next((cell_at(cells, k) for k in (*self.target.values(), self.target_akhir)
                     if k is not None and MILLIONS_START.match(cell_at(cells, k))), None)


@dataclass
class Layout:
    """Which column of a program table holds what, from its (possibly two-row) header. Review
    tables (RKPD review, T-C.31) print the node twice, "rancangan awal" and "hasil analisis": each
    is a side with its own indicator and target, and its pagu column is one of the table's budgets."""

    width: int
    sides: list[Side] = field(default_factory=list)
    pagu: dict[str, int] = field(default_factory=dict)
    pagu_akhir: int | None = None  # the end-of-period ("kondisi akhir") pagu of a Renstra table
    goals: dict[str, int] = field(default_factory=dict)  # the tujuan and sasaran columns before the name
    scale: int = 1  # Rupiah per written unit of the table's budgets (money_scale)

    def money(self, text: str) -> bool:
        """A cell that holds an amount: grouped Rupiah, or in a table in thousands or millions
        any plain figure."""
        return bool(_MONEY.match(text) or (self.scale > 1 and _SCALED.match(text)))

    @property
    def name(self) -> int:
        return self.sides[0].name

    @property
    def satuan(self) -> int | None:
        return self.sides[0].satuan

    @property
    def target_years(self) -> list[str]:
        return [label for side in self.sides for label in side.target]

    @classmethod
    def of(cls, header: list[list[str]], budget_labels: list[str], scale: int = 1) -> "Layout | None":
        rows = [r for r in header if not column_numbers(r)]
        if not rows:
            return None
        # One budget for the whole period ("Pagu Indikatif 2027-2031 (Rp)"): the years alone in
        # the header are the targets'.
        bare_year_targets = len(budget_labels) == 1 and bool(_PERIOD_RANGE.fullmatch(budget_labels[0]))
        width = max((max((k for k, c in enumerate(r) if c), default=-1) + 1 for r in rows), default=0)
        layout = cls(width=width, scale=scale, goals=_goal_columns(rows))
        pagu_columns, targets = [], []
        columns = header_columns(rows, width)
        code_parts = _code_part_columns([col.label for col in columns])
        for k, col in enumerate(columns):
            parts = [p.lower() for p in col.label.split(" / ")]
            role = _wrapped_role(columns, k) or _column_role(col.label)
            if k in code_parts:
                continue
            if role is None and _HEADER_YEAR.match(col.label.strip()) and bare_year_targets:
                role = "target"  # a year alone over the figures of a table budgeting its whole period
            if role is None and re.fullmatch(r"(?i)kondisi\s+(?:kinerja\s+)?(?:pada\s+)?akhir(?:\s+periode)?",
                                             col.label.strip()) and bare_year_targets:
                role = "target"
            if role == "name" and (not layout.sides or layout.sides[-1].indikator is not None):
                layout.sides.append(Side(name=k))
            elif not layout.sides:
                continue  # (the tujuan and sasaran columns among them: `_goal_columns`)
            elif re.search(r"\bakhir\b", col.label, re.IGNORECASE) and role in ("pagu", "target"):
                if role == "pagu" and layout.pagu_akhir is None:
                    layout.pagu_akhir = k
                elif role == "target" and layout.sides[-1].target_akhir is None:
                    layout.sides[-1].target_akhir = k
            elif role == "pagu":
                pagu_columns.append((k, col.year))
            elif role == "target":
                targets.append((k, col.year, len(layout.sides) - 1, re.sub(r"\s+", " ", parts[-1])[:40],
                                bool(_REFERENCE_TARGET.search(col.label))))
            elif role in ("indikator", "satuan", "lokasi") and getattr(layout.sides[-1], role) is None:
                setattr(layout.sides[-1], role, k)
        # Budgets by year where the header has years, else in order (the reader's labels follow it).
        labels = iter(budget_labels)
        for k, year in pagu_columns:
            label = year if year and year in budget_labels else next(labels, None)
            if label is not None and label not in layout.pagu:
                layout.pagu[label] = k
        ordered = iter(budget_labels)
        # A year's target printed twice, the Renstra's beside the plan's own ("Target Renstra 2027"
        # before "Rencana Tahun 2027 / Target Capaian Kinerja"): the plan's own is the year's.
        own_years = {year for _, year, _, _, quoted in targets if not quoted}
        for k, year, side, heading, _ in sorted(targets, key=lambda t: t[4] and t[1] in own_years):
            # No year: the side's budget label; a table without budgets: the column's own heading.
            label = year or next(ordered, None) or (heading.upper() if not budget_labels else None)
            if label is not None and label not in layout.sides[side].target:
                layout.sides[side].target[label] = k
        if not layout.sides or set(layout.pagu) != set(budget_labels) or not layout.target_years:
            return None
        # A table prints its years left to right, the end of the period after them: a reading that
        # puts one year's pagu after a later year's (or after the akhir) misplaces the header.
        order = [layout.pagu[label] for label in budget_labels]
        if order != sorted(order) or (layout.pagu_akhir is not None and layout.pagu_akhir < order[-1]):
            return None
        return layout

    @staticmethod
    def realigned(header: list[list[str]]) -> list[list[str]] | None:
        """A header whose lowest row PDF extraction set off by a cell or two: its labels are laid
        under the value columns of the rows above (the year groups, from the first of them to the
        next labelled non-value column) when they are exactly as many; None when nothing moves.
        The rows above may be one row or several (a header's wrapped labels split into lines)."""
        rows = [r for r in header if not column_numbers(r)]
        if len(rows) < 2:
            return None
        *above, lower = rows
        upper = [next((r[k] for r in above if k < len(r) and r[k].strip()), "")
                 for k in range(max(len(r) for r in above))]
        value_head = re.compile(r"20\d{2}|\b(awal|akhir|kondisi|capaian|target|rp|pagu)\b", re.IGNORECASE)
        start = next((k for k, c in enumerate(upper) if c and value_head.search(c)), None)
        if start is None:
            return None
        end = start + 1
        while end < len(upper) and (not upper[end] or value_head.search(upper[end])):
            end += 1
        labels = [c for c in lower if c]
        first = next(k for k, c in enumerate(lower) if c) if labels else start
        if len(labels) != end - start or first == start:
            return None
        return [*above, [""] * start + labels]

    @classmethod
    def mended(cls, header: list[list[str]], labels: list[str], rows: list[list[str]],
               has_akhir: bool, scale: int = 1) -> "Layout | None":
        """The layout of a header that extraction set off its rows by a cell (`_header_readings`),
        read the way under which the most coded rows line up with it (at least half of them, and
        more than under any other reading of the header; among readings that line up as many,
        the one that reads more of their figures from the right columns); None when no reading
        does that."""
        width = max(len(r) for r in rows)
        written = max(max((k for k, c in enumerate(r) if c.strip()), default=-1) + 1 for r in rows)
        # Ranked on the rows as wide as the widest: a row that lost a cell may line up with a
        # reading only because that reading leaves the column it lost unread.
        whole = [r for r in rows if len(r) == width]
        best: dict[tuple, tuple[tuple[int, int], "Layout"]] = {}  # a reading's columns -> its rank, the layout
        for reading in cls._header_readings(header, width, written):
            layout = cls.of(reading, labels, scale)
            if layout is None or (has_akhir and layout.pagu_akhir is None):
                continue
            if sum(map(layout.fits, rows)) < 0.5 * len(rows):
                continue
            rank = layout.rank(whole)
            columns = (layout.name, tuple(sorted(layout.pagu.items())), layout.pagu_akhir,
                       tuple(sorted(layout.sides[0].target.items())))
            if rank > best.get(columns, ((-1, -1),))[0]:
                best[columns] = (rank, layout)
        ranked = sorted((rank for rank, _ in best.values()), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return next(layout for rank, layout in best.values() if rank == ranked[0])

    @staticmethod
    def _header_readings(header: list[list[str]], width: int, written: int):
        """The header as it may have stood before extraction moved a cell: one row with an empty
        cell put back (a row short of the table's `width`, or as wide but ending empty); one row
        written further than the rows write (`written`), to its last cell, without one of its
        empty cells (a merged cell copied out as two); every row without a column they all leave
        empty (a header a column wider than its rows)."""
        for k, row in enumerate(header):
            wider = len(row) > written and row[-1].strip()
            if len(row) >= width and row and not row[-1].strip():
                row = row[:-1]  # as wide as the table but ending empty: a cell lost earlier, set out again
            if (len(row) >= width and not wider) or not any(row):
                continue
            for at in range(len(row) + (0 if wider else 1)):
                if not wider:
                    yield [*header[:k], row[:at] + [""] + row[at:], *header[k + 1:]]
                elif not row[at].strip():
                    yield [*header[:k], row[:at] + row[at + 1:], *header[k + 1:]]
        labelled = [r for r in header if not column_numbers(r)]  # a numbering row is as wide as the rows
        head = max((max((j for j, c in enumerate(r) if c.strip()), default=-1) + 1 for r in labelled), default=0)
        if head > written:
            for at in range(head):
                if all(not cell_at(r, at) for r in labelled):
                    yield [r if column_numbers(r) else r[:at] + r[at + 1:] for r in header]

    def name_sides(self, header: list[list[str]], labels: list[str]) -> list[str]:
        """Relabel side i's pagu and target from labels[i] to the heading above the side."""
        names = []
        for i, side in enumerate(self.sides):
            heading = next((r[j].strip() for r in header for j in range(side.name, -1, -1)
                            if j < len(r) and r[j].strip() and j <= side.name), "")
            heading = re.sub(r"\s+", " ", heading)[:40] or labels[i]
            names.append(heading if heading not in names else f"{heading} ({i + 1})")
        mapping = dict(zip(labels, names))
        self.pagu = {mapping.get(k, k): v for k, v in self.pagu.items()}
        for side in self.sides:
            side.target = {mapping.get(k, k): v for k, v in side.target.items()}
        return names

    def score(self, rows: list[list[str]]) -> int:
        """How many figures of the rows this layout reads where they belong: an amount of money
        under a pagu column, a number under a target column."""
        total = 0
        for cells in filter(self.fits, rows):
            cell = partial(cell_at, cells)
            total += sum(1 for k in self.pagu.values() if self.money(cell(k)))
            total += sum(1 for side in self.sides for k in side.target.values() if cell(k)[:1].isdigit())
        return total

    def rank(self, rows: list[list[str]]) -> tuple[int, int]:
        """How well this reading of the header reads the rows: the rows that line up with it,
        then the figures it reads where they belong."""
        return sum(map(self.fits, rows)), self.score(rows)

    def fits(self, cells: list[str]) -> bool:
        """A row that lines up with the header: as wide (trailing blanks aside), its name cell
        filled, every pagu cell empty or a sum of money and no name or indicator cell one. A row
        shifted by a dropped or extra cell fails this and is read by order instead, and so does one
        short of a cell in a table of pagu by source of funds."""
        n = len(cells)
        while n and not cells[n - 1].strip():
            n -= 1
        if not (n <= self.width and len(cells) >= self.width - 2 and self.name < len(cells)
                and cells[self.name].strip()):
            return False
        if len(cells) < self.width and source_columns(list(self.pagu)):
            return False  # a short row of pagu by source of funds: which source is empty is no position's
        cell = partial(cell_at, cells)
        pagu = [*self.pagu.values(), *([self.pagu_akhir] if self.pagu_akhir is not None else [])]
        if any(cell(k) and not (self.money(cell(k)) or cell(k) in ("0", "-")) for k in pagu):
            return False
        texts = [side.name for side in self.sides] + [side.indikator for side in self.sides]
        if any(_MONEY.match(cell(k)) for k in texts if cell(k)):
            return False
        if any(side.amount_under_target(cells) for side in self.sides):
            return False  # a budget figure where a target goes
        # A row that lost cells in extraction and has nothing under the end-of-period pagu: its
        # last amount is that pagu, moved left; read by order it lands there.
        return not (self.pagu_akhir is not None and len(cells) < self.width and not cell(self.pagu_akhir)
                    and any(cell(k) for k in self.pagu.values()))


def _placed(monies: list[tuple[int, str]], layout: "Layout", lost: int) -> dict[str, str] | None:
    """The amounts of a row short of cells under the header's pagu columns, where their written
    places allow one reading. Extraction loses cells and never adds one, so an amount written at
    index i stood at a column from i to i + `lost`: each amount takes the first pagu column it can
    (a dash too, holding a year's place, or left out where none is left for it), and the last
    one the end-of-period pagu where it can reach it. None where an amount has no column: the
    row is read by order instead."""
    slots = sorted((k, label) for label, k in layout.pagu.items())
    if layout.pagu_akhir is not None:
        slots.append((layout.pagu_akhir, "akhir"))
    out: dict[str, str] = {}
    taken = -1
    for k, raw in monies:
        reach = [(j, label) for j, label in slots if j > taken and k <= j <= k + max(lost, 0)]
        if not reach:
            if raw in _DASHES:
                continue
            return None
        j, label = reach[-1] if k == monies[-1][0] and reach[-1][1] == "akhir" else reach[0]
        out[label] = raw
        taken = j
    return out


def _unread(value):
    """A figure that stands off its column: neither a value nor empty, so nothing is reported from
    it or from a sum it is part of (the reader's note says why)."""
    if value is None:
        return None
    update = {"amount": None} if isinstance(value, Money) else {"value": None}
    return value.model_copy(update={**update, "error": "@misaligned"})


_PRICED = re.compile(r"^\(?\s*rp\.?\s*\d", re.IGNORECASE)  # "Rp" and a figure: written as an amount


def _indicated(table: ProgramTable, level: str) -> bool:
    """The rows of `level` the table has read so far have their indicators."""
    rows = [n for n in table.nodes() if n.level == level]
    return bool(rows) and all(any(i.name.strip() for i in n.indicators) for n in rows)


def _amount_written(cell: str) -> bool:
    """A cell written as an amount: one that reads as money, or "Rp" and a figure that does not
    ("Rp 1,3 Mil", unreadable, still holds an amount's place)."""
    return bool(_MONEY.match(cell) or _PRICED.match(cell))


def _added(share: Money, more: Money | None) -> Money:
    """Two shares of one budget (from two funding sources) as one amount; a share that could not
    be read leaves the sum unread."""
    if more is None or not more.raw.strip():
        return share
    if not share.raw.strip():
        return more
    if share.present and more.present:
        return Money(raw=f"{share.raw} + {more.raw}", amount=share.amount + more.amount, location=share.location)
    return more if share.present else share


def _unread_targets(ind: Indicator, where=lambda value: True) -> None:
    """An indicator's targets (those `where` picks) marked unread."""
    ind.targets = {label: _unread(v) if where(v) else v for label, v in ind.targets.items()}
    for name in ("target_akhir", "baseline"):
        value = getattr(ind, name)
        if value is not None and where(value):
            setattr(ind, name, _unread(value))


def _leave_unread(table: ProgramTable, goals: list[GoalRow], lines: set[int]) -> None:
    """Every figure read from `lines` (rows whose cells could not be placed under their columns)
    marked unread."""
    def placed_there(value) -> bool:
        return value is not None and value.location.line in lines

    def unread(value):
        return _unread(value) if placed_there(value) else value

    def indicator(ind: Indicator) -> None:
        _unread_targets(ind, placed_there)

    for node in table.nodes():
        node.budgets = {label: unread(m) for label, m in node.budgets.items()}
        node.pagu_akhir = unread(node.pagu_akhir)
        for ind in node.indicators:
            indicator(ind)
    table.totals = {label: unread(m) for label, m in table.totals.items()}
    for sub in table.subtotals:
        sub.totals = {label: unread(m) for label, m in sub.totals.items()}
    for goal in goals:
        if goal.table == table.name:
            indicator(goal.indicator)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _amount_pairs(node: ProgramNode, again: ProgramNode) -> list[tuple[Money | None, Money]]:
    pairs = [(node.budgets.get(label), money) for label, money in again.budgets.items()]
    if node.pagu_akhir is not None and again.pagu_akhir is not None:
        pairs.append((node.pagu_akhir, again.pagu_akhir))
    return pairs


def _merged_again(node: ProgramNode, again: ProgramNode) -> bool:
    """A row with the code and name of the node just read, as a converter prints a further
    indicator whose code, name and pagu cells were merged down: each of those repeated on its
    line. It is the node's further indicator where it names another indicator and its amounts
    are figures or empty (`_printed_otherwise` says when they are not the node's); a row that
    repeats the indicator too is a duplicate."""
    names = {_words(i.name) for i in node.indicators}
    if not again.indicators or any(_words(i.name) in names for i in again.indicators):
        return False
    return all(not money.raw.strip() or (first is not None and first.present and money.present)
               for first, money in _amount_pairs(node, again))


def _printed_otherwise(node: ProgramNode, again: ProgramNode) -> bool:
    """The repeated row gives some pagu other than the node's."""
    return any(money.raw.strip() and first is not None and first.amount != money.amount
               for first, money in _amount_pairs(node, again))


def _worded(cells: list[str]) -> set[str]:
    """The levels a row's text cells name by their first words ("PROGRAM ...", "Sub Kegiatan ...")."""
    return {level for c in cells[:8] if c and not _MONEY.match(c)
            for level in [level_of_words(_ITEM_MARK.sub("", c))] if level}


_PROGRAMS_HEAD = re.compile(r"(?:nama\s+|uraian\s+)?program(?:\s+(?:prioritas|perangkat\s+daerah))?", re.IGNORECASE)
_OUTLINE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.?$")  # "1", "1.2", "1.2.1" (or "1.2.") alone in a cell
_DEPTH_LEVEL = ("program", "kegiatan", "sub_kegiatan")


def _dotted(mark: str, path: list[int], kinds: list[str]) -> list[int] | None:
    """A row's place from a dotted number ("1.2.1"): the whole path is written, so the place of
    the row before (`path`) and the kinds of marks seen (`kinds`, for `_typed`) are not needed."""
    m = _OUTLINE_NUMBER.match(mark)
    return [int(p) for p in m.group(1).split(".")] if m else None


_MARK_KINDS = (("roman", re.compile(r"^([IVX]{1,4})[.)]?$")), ("digit", re.compile(r"^(\d{1,2})[.)]?$")),
               ("lower", re.compile(r"^([a-z])[.)]$")), ("upper", re.compile(r"^([A-Z])[.)]?$")))


def _typed(mark: str, path: list[int], kinds: list[str]) -> list[int] | None:
    """A row's place from a mark whose kind gives its depth ("I" a program, "1" a kegiatan, "a."
    a sub kegiatan: the kinds in the order the table first uses them)."""
    for kind, pattern in _MARK_KINDS:
        m = pattern.match(mark)
        if not m or (kind == "roman" and "upper" in kinds and len(m.group(1)) == 1):
            continue  # "I" after "H" is a letter; "II" is no letter
        text = m.group(1)
        number = roman_to_int(text) if kind == "roman" else int(text) if kind == "digit" else \
            ord(text.lower()) - ord("a") + 1
        if number is None:
            return None
        if kind not in kinds:
            kinds.append(kind)
        depth = kinds.index(kind) + 1
        return path[:depth - 1] + [number]
    return None


# A code printed relative to the row above: digits with dots or spaces ("2.01", "01.2.01", "2 01"),
# or run together as a kegiatan's "201" or a sub kegiatan's "0001".
_RELATIVE = re.compile(r"^\d[\d.\s]*$")
_RUN_TOGETHER = re.compile(r"^(?:2\d{2}|0\d{3})$")


def _period_label(heading: str) -> str:
    """A budget heading without years, as the name of its period: "Pagu Tahun n+1 (Rp)" is the
    budget and the target of "Tahun n+1". A heading that names no period is kept whole."""
    heading = re.sub(r"\s+", " ", heading).strip()
    period = re.sub(r"\((?:rp|rupiah)[^)]*\)|\b(?:pagu|indikatif|kebutuhan dana|anggaran|dana|rp)\b\.?", " ",
                    heading, flags=re.IGNORECASE)
    period = re.sub(r"\s+", " ", period).strip(" -:/")
    return period if re.fullmatch(r"(?i)tahun\s+(?:n(?:\s*[+-]\s*\d)?|ke\s*-?\s*\d)", period) else heading


def _year_group(cell: str) -> bool:
    """A header cell over one year's columns: a year ("2027", "Tahun-1 (2027)") or a place in
    the period ("Tahun ke-2"), not the start or end of the period."""
    return bool(cell.strip()) and not re.search(r"awal|akhir|kondisi", cell, re.IGNORECASE) and \
        bool(_YEAR.search(cell) or place_in_period(cell))


def _even_year_groups(header: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A header row of year groups over a row of their columns ("Tahun-1 (2027) | | Tahun-2
    (2028) | |" over "Target | Rp | Target | Rp"), one of its empty cells dropped by extraction so
    that one year spans a column less than the others: the empty cell put back where that makes
    every year span alike, if exactly one place does. Any other header as it is."""
    for n, (line, row) in enumerate(header[:-1]):
        below = header[n + 1][1]
        starts = [k for k, c in enumerate(row) if _year_group(c)]
        spans = [b - a for a, b in zip(starts, starts[1:])]
        if len(starts) < 3 or len(set(spans)) < 2 or len(row) >= len(below) or \
                any(row[k].strip() for k in range(starts[0], starts[-1]) if k not in starts):
            continue
        readings = []
        for at in range(starts[0] + 1, starts[-1] + 1):
            mended = row[:at] + [""] + row[at:]
            marks = [k for k, c in enumerate(mended) if _year_group(c)]
            if len({b - a for a, b in zip(marks, marks[1:])}) == 1 and mended not in readings:
                readings.append(mended)
        if len(readings) == 1:
            return [*header[:n], (line, readings[0]), *header[n + 1:]]
    return header


def _realised_before(header: list[list[str]]) -> bool:
    """Whether every realisation the header names is of a year before every year it plans
    ("Realisasi 2025" before "Target 2027 | Pagu 2027"): the plan's starting point beside its
    years, as a "Kondisi Awal" column is, not an evaluation of the plan's own years."""
    width = max((len(cells) for cells in header), default=0)
    labels = [col.label for col in header_columns(header, width)]
    realised = [lab for lab in labels if re.search(r"realisasi", lab, re.IGNORECASE)]
    planned = [int(y) for lab in labels if not re.search(r"realisasi|capaian", lab, re.IGNORECASE)
               and (_BUDGET_HEAD.search(lab) or re.search(r"\btarget\b", lab, re.IGNORECASE))
               for y in _YEAR.findall(lab)]
    return bool(realised and planned) and all(
        (years := [int(y) for y in _YEAR.findall(lab)]) and max(years) < min(planned) for lab in realised)


def _clip(label: str, size: int = 60) -> str:
    """A heading short enough to name a column in a message, cut between words."""
    return label if len(label) <= size else label[:size].rsplit(" ", 1)[0]


_RELATIVE_YEAR = re.compile(r"(?i)^tahun\s+n(?:\s*([+-])\s*(\d))?$")


def _name_relative_years(table: ProgramTable, caption: str) -> list[str]:
    """"Tahun n" and "Tahun n+1" named by their years where the caption gives the plan's year
    ("... Tahun 2027", or "Tahun 2027 dan Prakiraan Maju Tahun 2028"): the periods then meet
    those of the document's other tables and its prose. Returns the table's budget labels."""
    offsets = {}
    for label in table.budget_periods + table.periods:
        if m := _RELATIVE_YEAR.match(label):
            offsets[label] = int(m.group(2)) * (1 if m.group(1) == "+" else -1) if m.group(1) else 0
    years = sorted({int(y) for y in _YEAR.findall(caption)})
    if not offsets:
        return table.budget_periods
    low, high = min(offsets.values()), max(offsets.values())
    if len(years) == 1:
        plan_year = years[0]  # the caption names the plan's year, n
    elif len(years) == 2 and years[1] - years[0] == high - low == 1:
        plan_year = years[0] - low  # the caption names both years the table plans
    else:
        return table.budget_periods
    names = {label: str(plan_year + k) for label, k in offsets.items()}
    if len(set(names.values())) < len(names) or set(names.values()) & (set(table.budget_periods + table.periods)
                                                                          - set(names)):
        return table.budget_periods

    def renamed(d: dict) -> dict:
        return {names.get(k, k): v for k, v in d.items()}

    table.budget_periods = [names.get(p, p) for p in table.budget_periods]
    table.periods = [names.get(p, p) for p in table.periods]
    table.totals = renamed(table.totals)
    for sub in table.subtotals:
        sub.totals = renamed(sub.totals)
    for node in table.nodes():
        node.budgets = renamed(node.budgets)
        for ind in node.indicators:
            ind.targets = renamed(ind.targets)
    return table.budget_periods


# A code typed at the start of its row's name ("7.01.01 Program Penunjang ...").
_CODE_IN_NAME = re.compile(r"^((?:\d|[Xx]\.[Xx]{2})[\d.]*\d)\s+([A-Za-z].*)$")


def codes_out_of_names(header: list[tuple[int, list[str]]], data: list[tuple[int, list[str]]]):
    """The table with a code typed into the name cell set in a column of its own before the name,
    the header given that column too, where two rows or more do so in one column: the rows then
    read as a coded table does. Otherwise the table as it is. (The name column may stand after a
    number and the tujuan and sasaran served, as a Renstra's T-C.27 prints them.)"""
    counts: Counter = Counter()
    for _, cells in data:
        for k, c in enumerate(cells[:8]):
            m = _CODE_IN_NAME.match(c.strip())
            if m and well_formed_code(m.group(1)):
                counts[k] += 1
    if not counts:
        return header, data
    k, n = counts.most_common(1)[0]
    if n < 2:
        return header, data

    def split(cells: list[str], code_row: bool) -> list[str]:
        # (A row that lost a cell before its name has its code a column off: split where it is.)
        at = next((j for j in sorted(range(min(len(cells), 8)), key=lambda j: abs(j - k))
                   if code_row and (m := _CODE_IN_NAME.match(cells[j].strip())) and well_formed_code(m.group(1))), k)
        if at >= len(cells):
            return cells
        m = _CODE_IN_NAME.match(cells[at].strip()) if code_row else None
        code, name = (m.group(1), m.group(2)) if m and well_formed_code(m.group(1)) else ("", cells[at])
        return [*cells[:at], code, name, *cells[at + 1:]]

    printed = header
    header = [(line, split(cells, False)) for line, cells in header]
    if header:
        header[0] = (header[0][0], [*header[0][1][:k], "Kode", *header[0][1][k + 1:]])
    # A header row printed again after a page break is given the header's code column too, so
    # that it is still seen as the header it repeats.
    again = {header_key(cells): given for (_, cells), (_, given) in zip(printed, header)}
    return header, [(line, again.get(header_key(cells)) or split(cells, True)) for line, cells in data]


def full_codes(rows: list[tuple[int, list[str]]], code_of) -> list[tuple[int, list[str]]]:
    """The rows with each relative code written in full under the code above it ("2.01" or
    "01.2.01" under 7.01.01 is 7.01.01.2.01; "0001" under that is 7.01.01.2.01.0001). Only where
    at least two rows are so written, each under a parent: one stray number is no pattern."""
    last: dict[str, str] = {}
    out, relative = [], 0
    for line, cells in rows:
        code, _ = code_of(cells)
        level = level_of_code(code) if well_formed_code(code) else None
        if level:
            last[level] = code
            if level == "program":
                last.pop("kegiatan", None)
            out.append((line, cells))
            continue
        k = next((k for k, c in enumerate(cells[:3]) if c.strip()), None)
        if k is not None and re.fullmatch(r"\d{1,2}\.?", cells[k].strip()) and k + 1 < len(cells) \
                and _RELATIVE.match(cells[k + 1].strip()):
            k += 1  # the row's number, then its code
        completed = _completed(cells[k], last) if k is not None and k < len(cells) else None
        if completed:
            code, level = completed
            cells = [*cells[:k], code, *cells[k + 1:]]
            last[level] = code
            relative += 1
        out.append((line, cells))
    return out if relative >= 2 else rows


def _completed(written: str, last: dict[str, str]) -> tuple[str, str] | None:
    """A relative code made whole under the kegiatan or the program above: the parent's code,
    then what the relative code adds after the parts it repeats of it ("01.2.01" repeats the
    program's "01"). It must come out a code of the nomenclature, one level below its parent."""
    text = written.strip().strip(".")
    if not _RELATIVE.match(text) or not re.search(r"[.\s]", text) and not _RUN_TOGETHER.match(text):
        return None
    rel = [p for p in re.split(r"[.\s]+", text) if p]
    for level, parent_level in (("sub_kegiatan", "kegiatan"), ("kegiatan", "program")):
        parent = last.get(parent_level)
        if not parent:
            continue
        own = parent.split(".")
        for overlap in range(min(len(own), len(rel) - 1), -1, -1):
            if own[len(own) - overlap:] != rel[:overlap]:
                continue
            code = nomenclature_code(".".join(own + rel[overlap:]))
            if well_formed_code(code) and level_of_code(code) == level \
                    and code.startswith(parent + "."):
                return code, level
    return None


def rows_rejoined(rows: list[tuple[int, list[str]]], code_of) -> list[tuple[int, list[str]]]:
    """The rows with each coded row that holds only its code and the first words of its name
    joined to the line below, which holds the rest of its name and all its figures: a cell's
    text wrapped over several lines with the other cells set at its middle, as a PDF prints
    it. The row keeps its first line; a third line of words goes on as any wrapped line does.
    Only in a table that codes rows below that row's level: where only programs have codes, a row
    without one under a program is its kegiatan."""
    depths = {code.count(".") for _, cells in rows if (code := code_of(cells)[0])}
    out: list[tuple[int, list[str]]] = []
    for line, cells in rows:
        if out and any(d > code_of(out[-1][1])[0].count(".") for d in depths) \
                and _figures_below(out[-1], (line, cells), code_of):
            above = out[-1][1]
            width = max(len(above), len(cells))
            pad = lambda cs: cs + [""] * (width - len(cs))  # noqa: E731
            out[-1] = (out[-1][0], [f"{a} {b}".strip() for a, b in zip(pad(above), pad(cells))])
            continue
        out.append((line, cells))
    return out


def _figures_below(row: tuple[int, list[str]], below: tuple[int, list[str]], code_of) -> bool:
    (line, cells), (next_line, next_cells) = row, below
    code, after = code_of(cells)
    texts = [k for k, c in enumerate(cells) if k >= after and c.strip()]
    # (The next row of the table, however many lines apart: space-aligned, the name's wrapped
    # lines between are joined to the row above; in HTML each cell is a line.)
    if not code or next_line <= line or len(texts) != 1 or code_of(next_cells)[0]:
        return False
    name = texts[0]
    first = next((k for k, c in enumerate(next_cells) if c.strip()), None)
    return first == name and not level_of_words(next_cells[name]) and not _total_row(next_cells) \
        and not _subtotal_row(next_cells) and any(c.strip()[:1].isdigit() for c in next_cells[name + 1:])


def outline_levels(rows: list[tuple[int, list[str]]]) -> dict[int, str]:
    """The levels of a table without codes whose rows are numbered as an outline, by line: "1" a
    program, "1.1" its kegiatan, "1.1.1" a sub kegiatan; or marks of one kind per depth ("I",
    "1", "a."). Empty where the numbering is no outline. It is one where every row with an amount
    (but a totals row) opens with such a number, each number stands under the one before (its
    parent, then its siblings in order), the numbers go at least two deep, and no row's wording
    names another level than its number's."""
    for place in (_dotted, _typed):
        levels: dict[int, str] = {}
        path: list[int] = []  # the numbers of the last row and its parents
        kinds: list[str] = []
        for line, cells in rows:
            first = next((c.strip() for c in cells if c.strip()), "")
            number = place(first, path, kinds)
            if number is None:
                if any(_MONEY.match(c) for c in cells) and not (_total_row(cells) or _subtotal_row(cells)):
                    break  # a row with a budget and no number: the numbers are not its levels
                continue
            depth = len(number)
            if depth > min(len(path) + 1, 3) or number[:-1] != path[:depth - 1] or \
                    (len(path) >= depth and number[-1] <= path[depth - 1]):
                break
            path = number
            level = _DEPTH_LEVEL[depth - 1]
            worded = _worded(cells)
            if worded and worded != {level}:
                break
            levels[line] = level
        else:
            if len(set(levels.values())) >= 2:
                return levels
    return {}


def kegiatan_by_sums(rows: list[tuple[int, list[str]]]) -> tuple[dict[int, str], dict[int, int], set[int]]:
    """The kegiatan of a table without codes or outline whose rows name only their programs
    ("PROGRAM ..."): their levels and the cells of their names, by line. The rows under a program
    that give a pagu are its kegiatan where their pagu add up to the program's: one level below
    it, not kegiatan and sub kegiatan mixed (those add up to twice it). At least half the programs
    with such rows must add up, one of them over two rows or more (two pagu or more agreeing to
    the rupiah with a third are no chance), and none may add up to twice its pagu; a program
    that does not add up then keeps its rollup finding. A row under them with a name and a dash
    where their pagu stand is a kegiatan without pagu. Only the name's column says a row's level
    (an indicator may begin with "Kegiatan ..."); a row short of cells may have its name as many
    cells to the left. Also the lines of rows counted in the sums with no name there (a figure:
    their cells stand off their columns), to be left unplaced. Empty where the sums do not say so
    (only the programs are read then)."""
    def amount(cells: list[str]) -> float:
        return sum(money(c, Location()).amount or 0 for c in cells if _MONEY.match(c))

    def name_cell(cells: list[str]) -> int | None:
        for k in range(max(0, name_at - max(0, widest - len(cells))), min(name_at, len(cells) - 1) + 1):
            text = cells[k].strip()
            if re.search(r"[^\W\d_]{3}", text) and not _TARGET_CELL.match(text) and not _MONEY.match(text):
                return k
            if text and text not in _DASHES:
                return None  # a figure where the name goes
        return None

    def level(cells: list[str]) -> str | None:
        k = name_cell(cells)
        return None if k is None else level_of_words(_ITEM_MARK.sub("", cells[k]))

    rows = [(line, cells) for line, cells in rows if not (_total_row(cells) or _subtotal_row(cells))]
    names = Counter(next(k for k, c in enumerate(cells) if level_of_words(_ITEM_MARK.sub("", c)) == "program")
                    for _, cells in rows if "program" in _worded(cells))
    nothing: tuple[dict[int, str], dict[int, int], set[int]] = ({}, {}, set())
    if not names:
        return nothing
    name_at = names.most_common(1)[0][0]
    widest = max(len(cells) for _, cells in rows)
    groups: list[tuple[float, list[tuple[int, list[str]]]]] = []  # a program's pagu, its rows with a pagu
    dashed: list[tuple[int, list[str]]] = []
    for line, cells in rows:
        if level(cells) == "program":
            groups.append((amount(cells), []))
        elif level(cells):
            return nothing  # a row naming another level: its wording says the tree
        elif any(_MONEY.match(c) for c in cells):
            if not groups:
                return nothing  # a pagu above the programs
            groups[-1][1].append((line, cells))
        elif groups and name_cell(cells) is not None:
            dashed.append((line, cells))
    checked = [(pagu, under) for pagu, under in groups if under]

    def adds_up(pagu: float, under: list[tuple[int, list[str]]], times: int = 1) -> bool:
        return abs(times * pagu - sum(amount(cells) for _, cells in under)) <= len(under)

    added = [(pagu, under) for pagu, under in checked if adds_up(pagu, under)]
    if not any(len(under) >= 2 for _, under in added) or 2 * len(added) < len(checked):
        return nothing
    if any(pagu and adds_up(pagu, under, 2) for pagu, under in checked):
        return nothing  # a program over its kegiatan and their sub kegiatan: the rows are two levels
    under = [row for _, rows_under in checked for row in rows_under]
    pagu_at = {k for _, cells in under for k, c in enumerate(cells) if _MONEY.match(c)}
    kegiatan = [(line, cells) for line, cells in under if name_cell(cells) is not None]
    kegiatan += [(line, cells) for line, cells in dashed
                 if any(k < len(cells) and cells[k].strip() in _DASHES for k in pagu_at)]
    return ({line: "kegiatan" for line, _ in kegiatan}, {line: name_cell(cells) for line, cells in kegiatan},
            {line for line, cells in under if name_cell(cells) is None})


def _total_row(cells: list[str]) -> bool:
    return bool(TOTAL_PREFIX.match(next((c for c in cells if c), "")))


def _subtotal_row(cells: list[str]) -> str:
    """The label of a "Sub Total" row, "" for any other row."""
    label = next((c for c in cells if c), "")
    return label.strip() if SUBTOTAL_PREFIX.match(label) else ""


# The code of an urusan ("7") or of its bidang ("7.01"; "X.XX" for every perangkat daerah).
_HEADING_CODE = re.compile(r"(\d|X)(?:\.(\d{2}|XX))?")


def _heading_row(cells: list[str]) -> tuple[int, str, str] | None:
    """An urusan or bidang row above the programs ("7 | UNSUR KEWILAYAHAN", "7.01 | KECAMATAN"): its
    depth (1 or 2), code and name; None for any other row. Its pagu is its programs' sum."""
    texts = [c.strip() for c in cells if c.strip()]
    if len(texts) < 2 or not (m := _HEADING_CODE.fullmatch(texts[0])) or not re.search(r"[A-Za-z]{3}", texts[1]) \
            or level_of_words(texts[1]) or (not m.group(2) and not texts[1].isupper()):
        return None  # (an urusan's one digit under a name in capitals: "1 | Rapat ..." is a numbered row)
    return (2 if m.group(2) else 1), texts[0], texts[1]


# What a program table's column holds, by the words of its header, the first that fits; a
# budget heading ("Pagu", "Kebutuhan Dana", "Rp") comes before the targets.
_ROLES = ((re.compile(r"\bindikator\b"), "indikator"), (re.compile(r"\bsatuan\b"), "satuan"),
          (re.compile(r"\blokasi\b"), "lokasi"), (re.compile(r"\bsumber\b"), "sumber"), (_BUDGET_HEAD, "pagu"),
          (re.compile(r"\btarget\b|\bkinerja\b|\bvolume\b|\bbesaran\b"), "target"),
          (re.compile(r"\bprogram\b|\bkegiatan\b|\buraian\b|\burusan\b"), "name"),
          (re.compile(r"\btujuan\b"), "tujuan"), (re.compile(r"\bsasaran\b"), "sasaran"))


def _goal_columns(header: list[list[str]]) -> dict[str, int]:
    """The columns a program table's header gives the tujuan and sasaran served, before its
    names: each role's first."""
    width = max((len(cells) for cells in header), default=0)
    out: dict[str, int] = {}
    for k, col in enumerate(header_columns(header, width)):
        role = _column_role(col.label)
        if role == "name":
            break
        if role in ("tujuan", "sasaran"):
            out.setdefault(role, k)
    return out


def _program_role(text: str) -> str | None:
    return next((role for pattern, role in _ROLES if pattern.search(text)), None)


def _column_role(label: str) -> str | None:
    """A header column's role: that of the lowest of its parts (" / ") that names one."""
    return next((r for p in reversed(label.lower().split(" / ")) for r in [_program_role(p)] if r), None)


def _wrapped_role(columns: list, k: int) -> str | None:
    """The role of column k's two lowest header parts read as one label, where the upper one is
    the column's alone (no column beside it has it: no group's label over them): a label
    wrapped onto the header's next line beside a lower row's labels ("Indikator" over "Kinerja"
    beside "2026" over "Target | Rp") is one label, not a heading over a label of its own."""
    parts = columns[k].label.split(" / ")
    if len(parts) < 2:
        return None
    depth = len(parts) - 2
    for j in (k - 1, k + 1):
        other = columns[j].label.split(" / ") if 0 <= j < len(columns) else []
        if depth < len(other) and other[depth] == parts[depth]:
            return None
    return _program_role(f"{parts[-2]} {parts[-1]}".lower())


# A code printed in columns of its levels, each headed by its level alone ("Urusan | Bidang |
# Program | Kegiatan | Sub Kegiatan", or their letters under "Kode"): parts of the code, not names.
_CODE_PART_HEAD = re.compile(r"(?:kode\s+)?(?:urusan|bidang(?:\s+urusan)?|program|kegiatan|sub[\s-]*kegiatan|"
                             r"u|b|p|k|sk)", re.IGNORECASE)


def _code_part_columns(labels: list[str]) -> set[int]:
    """The columns of `labels` (each column's header parts joined by " / ") that print a level of
    the code: three or more side by side headed by a level alone, or any under "Kode". A label
    with other words in it ("Program/Kegiatan/Sub" over a wrapped "Kegiatan") names the rows."""
    def level_alone(label: str) -> bool:
        *above, last = [part.strip() for part in label.split(" / ")]
        return bool(_CODE_PART_HEAD.fullmatch(last)) and all(
            _CODE_PART_HEAD.fullmatch(part) or re.fullmatch(r"kode(?:\s+rekening)?", part, re.IGNORECASE)
            for part in above)

    bare = [level_alone(label) for label in labels]
    out: set[int] = set()
    k = 0
    while k < len(labels):
        end = k
        while end < len(labels) and bare[end]:
            end += 1
        if end - k >= 3:
            out.update(range(k, end))
        k = end + 1 if end == k else end
    return out | {k for k, label in enumerate(labels)
                  if bare[k] and re.match(r"kode\b", label, re.IGNORECASE) and " / " in label}


_HEADER_YEAR = re.compile(r"^(?:19|20)\d{2}$")  # a year alone in a cell: a header's label
_PERIOD_RANGE = re.compile(r"(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}")  # "2027-2031": a whole period
# A target column that quotes another plan's target for the year ("Target Renstra 2027").
_REFERENCE_TARGET = re.compile(r"\brenstra\b", re.IGNORECASE)
# A goal's row labelled in the name column: "Sasaran: ...", "Sasaran 1: ...", "Tujuan II - ...".
_GOAL_LABEL = re.compile(r"^(sasaran|tujuan)(?:\s+(?:strategis\s+)?(?:\d+(?:\.\d+)*|[IVX]+))?\s*[:\-–]\s*(\S.*)$",
                         re.IGNORECASE)


class ProgramTables:
    """The program-table part of the text reader (a mixin: it notes through the reader and adds
    tujuan / sasaran rows to the reader's goals)."""

    goals: list[GoalRow]
    _latest: ProgramNode | None  # the node of the row read last, for further indicators and wrapped lines
    partly_read: int  # tables with rows whose figures could not be placed, so were not read
    _short: set[int] = set()  # the current table's short rows that no reading placed (Block.short)
    _off_rows: int = 0  # the current table's rows whose figures stand off their columns, left unread
    _old_depths: list[int] = []  # the current table's code lengths, where no code is of the nomenclature
    _scale: int = 1  # Rupiah per written unit of the current table's budgets
    _header_words: set[str] = set()  # the current table's header: its words
    _header_letters: str = ""  # and its letters, column by column
    _by_source: bool = False  # the current table has a funding-source column (a node's shares by source)
    _counts_said: set[int]  # lines of prose whose counts of programs and kegiatan a table took
    _outline: dict[int, str] = {}  # the current table's levels by its rows' outline numbers (no codes)
    _by_sums: dict[int, str] = {}  # its kegiatan known by their sums (no codes, kegiatan_by_sums)
    _sums_names: dict[int, int] = {}  # the cells of their names
    _sums_unplaced: set[int] = set()  # rows counted in those sums with no name in that column
    _headings: list[tuple[int, str, Subtotal]] = []  # the current table's urusan and bidang rows still open
    _wraps: bool = False  # the current table has a name or indicator wrapped onto a line of its own
    _targets_headed: bool = True  # the current table's header has a target or indicator column

    def note(self, key: str, line: int, table: str | None = None, **params) -> None:  # the reader's
        raise NotImplementedError

    def _indicator(self, side: "Side", cells: list[str], loc: Location) -> Indicator:
        """A side's indicator on a row. Where the indicator cell holds what a target holds (a figure
        and its unit: "4 Dokumen", "100 %") and every target cell is empty, the row's cells stand a
        column off their header (a page laid out with other widths, a cell lost): its targets are
        not read as empty but as unread, with one input note, so no target is reported missing."""
        return self._unshifted(side.indicator(cells, loc), loc)

    def _unshifted(self, indicator: Indicator, loc: Location) -> Indicator:
        targets = indicator.targets
        if targets and _VALUE_LIKE.match(indicator.name.strip()) and not _NUMBERED.match(indicator.name) \
                and not any(v.raw.strip() for v in targets.values()):
            indicator.targets = {label: _unread(value) for label, value in targets.items()}
            self.note("row_shifted", loc.line, loc.table, value=indicator.name.strip()[:40])
            self._off_rows += 1
        return indicator

    def _program_table(self, block: Block) -> ProgramTable | None:
        """A table with codes or PROGRAM/Kegiatan wording and at least one budget column."""
        header, data = [], []
        self._short = block.short
        self._off_rows = 0
        for line, cells in block.lines:
            if data:
                data.append((line, cells))
            # The header ends at the first code, or at the first row with figures (a tujuan or
            # sasaran row with its targets, above the first program).
            elif self._code(cells)[0] or (header and not is_header_row(cells)):
                data.append((line, cells))
            else:
                header.append((line, cells))
        header, data = codes_out_of_names(header, data)
        goals = set(_goal_columns([cells for _, cells in header]).values())
        if goals:
            data = [(line, self._past_goals(cells, goals)) for line, cells in data]
        # The header's words first: they turn most other tables away before any row is looked at.
        head_text = " ".join(" ".join(c) for _, c in header)
        self._header_words = set(_HEADER_WORD.findall(head_text.lower()))
        # The header's letters column by column, its rows joined: a word a narrow column broke over
        # two header lines ("Su" over "b Kegiatan") is in them whole.
        width = max((len(cells) for _, cells in header), default=0)
        self._header_letters = "".join(re.sub(r"[^a-z]", "", col.label.lower())
                                       for col in header_columns([cells for _, cells in header], width))
        self._by_source = bool(re.search(r"\bsumber\s*(dana|pendanaan|anggaran)\b", head_text, re.IGNORECASE))
        # A header that names its rows only "Uraian" is a program table where the rows' own words
        # name programs and their kegiatan ("Program ...", or a level column: "Kegiatan").
        worded_levels = {level for _, cells in data for level in _worded(cells)}
        if not data or not (re.search(r"program|kegiatan", head_text, re.IGNORECASE) or (
                re.search(r"\buraian\b", head_text, re.IGNORECASE) and {"program", "kegiatan"} <= worded_levels)):
            return None
        if re.search(r"realisasi|capaian\s+kinerja\s+dan\s+anggaran", head_text, re.IGNORECASE) and \
                not _realised_before([cells for _, cells in header]):
            return None  # an evaluation of what was realised (T-C.29), not a plan
        if quarter_columns(block.lines):
            return None  # a column per quarter: a Rencana Aksi's quarterly targets, whatever budget beside
        first_code = next((c for c in (self._code(cells)[0] for _, cells in data) if c), "")
        coded = self._coded = bool(first_code)
        if coded:
            data = rows_rejoined(full_codes(data, self._code), self._code)
        # A table whose codes all lie outside the nomenclature ranks their lengths (_code_level).
        self._old_depths = []
        if coded and not well_formed_code(first_code):
            codes = [c for c in (self._code(cells)[0] for _, cells in data) if c]
            if not any(map(well_formed_code, codes)):
                self._old_depths = sorted({c.count(".") + 1 for c in codes})
        # Without codes, rows numbered as an outline say their levels by their numbers.
        self._outline = {} if coded else outline_levels(data)
        if not coded and not self._outline and not re.search(r"kegiatan", head_text, re.IGNORECASE) and any(
                _PROGRAMS_HEAD.fullmatch(c.strip()) for _, cells in header for c in cells):
            # A summary whose names are headed "Program" alone ("No | Program | Pagu 2027 | ..."):
            # every row with a pagu but its totals is a program, "Program" before its name or not
            # (a row without one is a name's text wrapped onto a line of its own).
            self._outline = {line: "program" for line, cells in data if any(_MONEY.match(c) for c in cells)
                             and not (_total_row(cells) or _subtotal_row(cells))}
        if not coded and not self._outline and sum(1 for _, cells in data if _worded(cells) == {"program"}) < 2:
            return None
        self._by_sums, self._sums_names, self._sums_unplaced = \
            kegiatan_by_sums(data) if not coded and not self._outline else ({}, {}, set())
        # (A currency mark under a budget heading, "(Rp 000)" wrapped from "Pagu Indikatif 2027", is
        # that heading's, not a budget of its own; so is the period before it, "2028 (Rp 000)" or
        # "Akhir (Rp 000)" under "Pagu Indikatif".)
        # (A group's label naming both, "Target Kinerja dan Pagu" over each year's Target | Rp,
        # heads the budgets below it, counted by the columns it spans.)
        budget_heads = [c for r, (_, cells) in enumerate(header) for k, c in enumerate(cells)
                        if _BUDGET_HEAD.search(c) and "sumber" not in c.lower()
                        and not re.search(r"\btarget\b", c, re.IGNORECASE)
                        and not (_CURRENCY_MARK.fullmatch(re.sub(r"^(?:(?:19|20)\d{2}|akhir(?:\s+periode)?)\b", "",
                                                                 c.strip(), flags=re.IGNORECASE).strip())
                                 and any(k < len(above) and _BUDGET_HEAD.search(above[k])
                                         for _, above in header[:r]))]
        # One budget heading over a year per column ("Pendanaan Indikatif (Rp)" over 2025 2026
        # 2027) heads as many budgets as it spans.
        def spanned_budgets(rows: list[list[str]]) -> list[str]:
            return [col.label for col in header_columns(rows, max(len(cells) for cells in rows))
                    if _column_role(col.label) == "pagu" and "sumber" not in col.label.lower()]

        # A header row that lost an empty cell, set back where its rows and its lowest row's run
        # ("Pagu | Target" per year) say; or, over three years or more, where the years span alike.
        mended = fill_lost_label_cell([cells for _, cells in header],
                                      [cells for _, cells in data if not column_numbers(cells)])
        header = _even_year_groups([(line, cells) for (line, _), cells in zip(header, mended)])
        spanned = spanned_budgets([cells for _, cells in header])
        moved = Layout.realigned([cells for _, cells in header])
        if moved and len(moved) == len(header) and len(spanned_budgets(moved)) > max(len(spanned), 1):
            # The lower header row set off by a cell it lost ("Tahun n | Tahun n+1" under "Pagu
            # Indikatif (Rp)"): laid under its groups, it heads a budget per column it spans.
            header = [(line, cells) for (line, _), cells in zip(header, moved)]
            spanned = spanned_budgets(moved)
        if len(spanned) > len(budget_heads):
            budget_heads = spanned
        # Without budgets only a table of planned outputs (indicator and volume) is a program table.
        if not budget_heads and not (re.search(r"indikator", head_text, re.IGNORECASE)
                                     and re.search(r"besaran|volume", head_text, re.IGNORECASE)):
            return None
        # An end-of-period pagu: a header cell that says "akhir" ("Kondisi Kinerja pada Akhir
        # Periode", over its Target | Rp; "Pagu Akhir"); "Target Akhir Periode" is a target alone.
        has_akhir = any(re.search(r"akhir", c, re.IGNORECASE) and (_BUDGET_HEAD.search(c) or not re.search(
            r"\btarget\b", c, re.IGNORECASE)) for _, cells in header for c in cells)
        years = self._header_years(header)
        if self._amounts_by_year(header, data, years, len(budget_heads)):
            # Bare years over amounts, no budget word above them but maybe a "Total (Rp)" after:
            # a budget per year, and the total the end of the period's.
            total = any(_PERIOD_TOTAL.fullmatch(c.strip()) for _, cells in header for c in cells)
            budget_heads, has_akhir = years + (["Total"] if total else []), total or has_akhir
        whole_period = [m.group(0).replace(" ", "") for h in budget_heads if (m := _PERIOD_RANGE.search(h))]
        if len(budget_heads) == 1 and whole_period and len(header) == 1:
            # One budget for the whole period in a header of one row: an "akhir" heading beside it
            # is the end of the period's target, and the budget is the period's own.
            has_akhir = False
        n_years = len(budget_heads) - (1 if has_akhir else 0)
        if not years and n_years == 1 and len(set(_YEAR.findall(block.caption))) == 1:
            years = _YEAR.findall(block.caption)[:1]  # "Program dan Kegiatan Tahun 2021"
        if n_years == 1 and len(budget_heads) == 1 and whole_period and not has_akhir:
            labels = whole_period[:1]
        elif len(years) >= n_years > 0:
            labels = years[-n_years:] if not has_akhir else years[:n_years]
        else:
            labels = [_clip(_period_label(h)) or f"kolom {k + 1}" for k, h in enumerate(budget_heads[:n_years])]
            labels = [lab if labels.count(lab) == 1 else f"{lab} ({k + 1})" for k, lab in enumerate(labels)]
        title = block.title or block.heading
        table = ProgramTable(name=title or f"tabel baris {block.start}", budget_periods=labels,
                             columns=(["indikator"] if _INDICATOR_HEAD.search(head_text) else []) + ["pagu"],
                             has_akhir=has_akhir, location=Location(line=block.start, table=title or None))
        # (Its scale may be wrapped within a column: "Pagu 2026 (Rp" over "000)".)
        head_columns = header_columns([cells for _, cells in header],
                                      max((len(cells) for _, cells in header), default=0))
        columns_text = " ".join(col.label.replace(" / ", " ") for col in head_columns)
        scale = self._scale = money_scale(f"{block.caption} {head_text} {columns_text}")
        # (A summary of budgets alone, "Program | Pagu 2027 (Rp 000)", has no target to take a
        # plain figure for.)
        self._targets_headed = any(_program_role(part.lower()) in ("target", "indikator")
                                   for col in head_columns for part in col.label.split(" / "))
        layout = Layout.of([cells for _, cells in header], labels, scale)
        if layout is not None and has_akhir and layout.pagu_akhir is None:
            layout = None  # an akhir column the header does not let us place: read by order instead
        # The coded rows placed under their columns: rows whose figures cannot be placed, and rows
        # short of cells that no reading placed (read by order anyway), say nothing of the header.
        rows = [cells for line, cells in data if self._code(cells)[0] and line not in block.unsure | block.short]
        # The lower header row set off from the data by extraction: laid under its groups, it
        # wins where it reads more of the rows' figures from the right columns.
        moved = Layout.realigned([cells for _, cells in header])
        retry = Layout.of(moved, labels, scale) if moved else None
        if retry is not None and (not has_akhir or retry.pagu_akhir is not None) and \
                (layout is None or retry.score(rows) > layout.score(rows)):
            layout = retry
        if rows and (layout is None or sum(map(layout.fits, rows)) < 0.5 * len(rows)):
            # A header row short of a cell (extraction dropped an empty one): the reading of the
            # header under which clearly the most coded rows line up, if one is.
            layout = Layout.mended([cells for _, cells in header], labels, rows, has_akhir, scale) or layout
        if layout is not None and rows and sum(map(layout.fits, rows)) < 0.5 * len(rows):
            # Most coded rows do not line up with the header (its rows offset from the data's by a
            # cell, as PDF extraction does): the whole table is read by order, not half of it.
            layout = None
        if layout is not None and not years and len(layout.sides) == len(labels) > 1:
            # No years in a review table's header: name each side's target and pagu after the group
            # heading above it ("RANCANGAN AWAL RKPD", "HASIL ANALISIS KEBUTUHAN").
            renamed = layout.name_sides([cells for _, cells in header], labels)
            table.budget_periods = labels = renamed
        if layout is not None:
            table.periods = layout.target_years
            table.columns = (["indikator"] if any(side.indikator is not None for side in layout.sides) else []) \
                + ["pagu", "target"] + (["satuan"] if layout.satuan is not None else [])
        untargeted = self._targets_unplaced(header, layout)
        if untargeted:
            self.note("targets_unplaced", block.start, table.name, name=table.name, years=", ".join(untargeted))
            self.partly_read += 1
        last: dict[str, ProgramNode] = {}
        self._latest = None
        self._headings = []
        self._wraps = False
        header_keys = {header_key(cells) for _, cells in header}
        widest = max(len(cells) for _, cells in data)  # a row can have lost no more than the cells it lacks
        # Without codes a row's level is in its wording ("PROGRAM ...", "Sub Kegiatan ...");
        # where some rows with a pagu have none, the tree cannot be known: only the programs
        # (their indicator, target and pagu, and the table's total) are read.
        programs_only = not coded and not self._outline and not self._by_sums and any(
            not _worded(cells) and any(_MONEY.match(c) for c in cells)
            and not (_total_row(cells) or _subtotal_row(cells)) for _, cells in data)
        if programs_only:
            self.note("programs_only", block.start, table.name)
        for line, cells in data:
            if header_key(cells) in header_keys or self._column_numbers(cells) or self._header_again(cells):
                continue  # a header repeated after a page break
            if programs_only and _worded(cells) != {"program"} and not (_total_row(cells) or _subtotal_row(cells)):
                continue
            if line in self._sums_unplaced:
                # A kegiatan by its pagu, a figure where its name goes: its cells stand off their
                # columns, so it is left out and no sum it is part of is checked.
                self.note("row_unplaced", line, table.name, name=next((c for c in cells if c.strip()), "")[:40])
                table.lost_rows.append(line)
                continue
            if layout is not None and self._goal_row(table, line, cells, layout):
                continue
            if layout is not None and (self._further_indicator(table, line, cells, layout)
                                       or self._shifted_indicator(table, line, cells, layout)
                                       or self._continued(table, cells, layout)):
                continue
            if layout is not None and layout.fits(cells) and not (scale > 1 and line in block.short):
                # (A row short of cells laid out by its cells' kinds: in thousands or millions an
                # amount is a plain figure, like a target, so its placing is a guess.)
                self._positional_row(table, last, line, cells, layout)
            else:
                self._row(table, last, line, cells, labels, has_akhir, layout, widest)
        self._close_headings(table, 0)
        labels = _name_relative_years(table, block.caption)
        if layout is not None and layout.satuan is None:
            # No unit column: units are written with the targets ("12 Laporan"); where most are,
            # a target without one is missing its unit.
            inds = [i for n in table.nodes() for i in n.indicators if any(v.present for v in i.targets.values())]
            if inds and sum(1 for i in inds if i.unit) >= 0.6 * len(inds):
                table.columns.append("satuan")
                table.unit_from_targets = True
        for label, (line, amount) in stated_totals(block.lead + block.trail, labels).items():
            # Prose writes whole Rupiah, whatever scale the table's own figures are in, or rounds
            # them with a scale word ("Rp230 juta").
            said = table.stated_totals[label] = money(amount, Location(line=line))
            said.step *= rounded_to(amount)
        counted = stated_counts([(n, t) for n, t in block.lead + block.trail if n not in self._counts_said])
        levels = {node.level for node in table.nodes()}
        if counted and set(counted) <= levels and not programs_only and not block.unsure:
            # The sentence counts the tree of the nearest table that has every level it counts
            # (not a summary of programs beside it), and only a whole tree read.
            for level, (line, count) in counted.items():
                table.stated_counts[level] = measure(count, "number", Location(line=line))
                self._counts_said.add(line)
        if block.unsure:
            _leave_unread(table, self.goals, block.unsure)
            self.note("pages_unsure", min(block.unsure), table.name, rows=len(block.unsure), name=table.name)
        if table.lost_rows:
            self.note("sums_unchecked", table.lost_rows[0], table.name, rows=len(table.lost_rows), name=table.name)
        if block.unsure or self._off_rows or table.lost_rows:
            self.partly_read += 1  # what those rows hold was not checked: the document is not clean
        if not (block.unsure or self._off_rows) and self._nothing_placed(table, data):
            # Rows of figures of which not one was read as a target (or not one as a pagu), and no
            # note said why: the header was not understood. Said so, and the document is not clean.
            self.note("figures_unplaced", block.start, table.name, name=table.name)
            self.partly_read += 1
            # (Its content is not checked: no figure of it is read as empty either.)
            _leave_unread(table, self.goals, {line for line, _ in data})
        return table if any(True for _ in table.nodes()) else None

    @staticmethod
    def _targets_unplaced(header: list[tuple[int, list[str]]], layout: "Layout | None") -> list[str]:
        """The years whose pagu the layout placed and whose target it did not, in a header that
        heads a target for each of them ("Target" under every year): a target column that no
        reading of the header found, left unread. Said in one note; the document is not clean."""
        if layout is None or len(layout.sides) != 1 or not layout.target_years:
            return []
        heads = sum(1 for _, cells in header for c in cells
                    if _program_role(c.lower()) == "target" and not re.search(r"awal|akhir", c, re.IGNORECASE))
        missing = [year for year in layout.pagu if year not in layout.target_years]
        return missing if missing and heads >= len(layout.pagu) else []

    def _nothing_placed(self, table: ProgramTable, data: list[tuple[int, list[str]]]) -> bool:
        """Two rows or more print amounts and none was read as a pagu, or print other figures
        (targets) under an indicator column and none was read as a target."""
        nodes = list(table.nodes())
        budgets = any(m.present for n in nodes for m in [*n.budgets.values(), n.pagu_akhir] if m is not None)
        targets = any(v.present for n in nodes for i in n.indicators for v in [*i.targets.values(), i.target_akhir]
                      if v is not None)
        amounts = sum(1 for _, cells in data if any(_MONEY.match(c) for c in cells))
        figures = sum(1 for _, cells in data if any(
            re.fullmatch(r"[<>≤≥]?\s*\d[\d.,]*\s*(?:%|[A-Za-z]{2,12})?", c.strip()) and not _MONEY.match(c)
            and c.strip() != self._code(cells)[0] for c in cells[1:]))
        return (amounts >= 2 and not budgets) or (figures >= 2 and not targets and table.has("indikator"))

    @staticmethod
    def _totals(table: ProgramTable, cells: list[str], totals: dict[str, Money], loc: Location) -> None:
        """A totals row's amounts: the table's ("JUMLAH"), or a subtotal of the programs read since
        the table's start or the subtotal before ("Sub Total Program")."""
        label = _subtotal_row(cells)
        if not label:
            table.totals.update(totals)
            return
        first = table.subtotals[-1].last if table.subtotals else 0
        covered = table.roots[first:]
        if len(covered) == 1 and covered[0].level == "program" and not any(
                m.raw.strip() for m in covered[0].budgets.values()):
            # One program whose row prints no pagu, its total on a row of its own after its
            # kegiatan ("Jumlah Program 7.01.01"): that row is the program's pagu.
            program = covered[0]
            program.budgets.update({k: m for k, m in totals.items() if k != "akhir"})
            if "akhir" in totals and (program.pagu_akhir is None or not program.pagu_akhir.raw.strip()):
                program.pagu_akhir = totals["akhir"]
        table.subtotals.append(Subtotal(label=label[:40], first=first, last=len(table.roots), totals=totals,
                                        location=loc))

    def _heading(self, table: ProgramTable, last: dict, cells: list[str], totals: dict[str, Money],
                 loc: Location) -> bool:
        """An urusan or bidang row of a coded table: held, like a subtotal, to the programs read
        until the next urusan or bidang row of its depth or above, or the table's end."""
        found = _heading_row(cells) if self._coded else None
        if found is None:
            return False
        depth, code, name = found
        self._close_headings(table, depth)
        self._headings.append((depth, code, Subtotal(label=f"{code} {name}"[:40], first=len(table.roots),
                                               totals={k: m for k, m in totals.items() if m.raw.strip()},
                                               location=loc)))
        last.clear()
        return True

    def _close_headings(self, table: ProgramTable, depth: int) -> None:
        """Close the open urusan and bidang rows of `depth` or below. One is a heading only when
        every program under it carries its code ("7.01.02" under "7.01"); a row numbered "1"
        before a name is not, and is noted as a row that cannot be placed."""
        while self._headings and self._headings[-1][0] >= depth:
            _, code, sub = self._headings.pop()
            sub.last = len(table.roots)
            under = table.roots[sub.first:sub.last]
            if under and all(r.code.startswith(code + ".") or r.code.upper().startswith("X.")
                             for r in under):
                if sub.totals:
                    table.subtotals.append(sub)
            else:
                self.note("row_unplaced", sub.location.line, table.name, name=sub.label[:40])

    def _code_level(self, code: str) -> str | None:
        """A code's level: by the nomenclature (program, kegiatan and sub kegiatan codes have 3, 5
        and 6 parts); a table whose codes are outside it (the 2006 nomenclature's
        "1.20.1.20.01" and "1.20.1.20.01.01") ranks its codes' lengths, the shortest the program."""
        depth = code.count(".") + 1
        if well_formed_code(code) or not self._old_depths:
            return {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}.get(depth)
        rank = self._old_depths.index(depth) if depth in self._old_depths else 3
        return ("program", "kegiatan", "sub_kegiatan")[rank] if rank < 3 else None

    def _header_again(self, cells: list[str]) -> bool:
        """The header's words again, without a code or a figure but its years: a header repeated
        on a page that set it otherwise, in pieces ("Kegiatan (output)" from "Program (outcome)
        dan Kegiatan (output)"), or with its columns at other places."""
        written = [c for c in cells if c.strip() and not _HEADER_YEAR.match(c)]
        # (A header's figures are its years and its scale, "Pagu 2027 (Rp" over "000)".)
        figures = [re.sub(r"\b(?:19|20)\d{2}\b|\b000\b", "", c) for c in written]
        return bool(written) and not self._code(cells)[0] and not any(ch.isdigit() for c in figures for ch in c) \
            and all(word in self._header_words or word in self._header_letters
                    for c in written for word in _HEADER_WORD.findall(c.lower()))

    def _amounts_by_year(self, header, data, years: list[str], budgets: int) -> bool:
        """Whether a header's bare years (no target or budget word over them) head a column of
        amounts each: most rows with amounts print as many as there are years, or one more (a
        total after them)."""
        head_text = " ".join(" ".join(cells) for _, cells in header)
        if len(years) < 2 or budgets >= len(years) or re.search(r"\btarget\b|\bvolume\b", head_text, re.IGNORECASE):
            return False
        counts = [n for _, cells in data if (n := sum(1 for c in cells if _MONEY.match(c.strip())))]
        fitting = sum(1 for n in counts if n in (len(years), len(years) + 1))
        return bool(counts) and fitting >= 0.8 * len(counts)

    @staticmethod
    def _column_numbers(cells: list[str]) -> bool:
        vals = [c.strip("()") for c in cells if c]
        return len(vals) >= 4 and all(v.isascii() and v.isdigit() for v in vals) and \
            [int(v) for v in vals] == sorted(int(v) for v in vals) and int(vals[0]) <= 2

    @staticmethod
    def _header_years(header: list[tuple[int, list[str]]]) -> list[str]:
        """The years the header names, in order: calendar years, or else places in the period
        ("Tahun-1", "Tahun ke-2": "ke-1", "ke-2", as the Permendagri 86 T-C.27 heads them)."""
        best: list[str] = []
        # Each header row alone, and its columns with their rows joined (a year wrapped under the
        # label it ends: "Prakiraan Maju T.A." over "2028 (Rp)"), where no column names two years
        # (rows set off from each other: "2021" over "2020") and the years rise.
        rows = [cells for _, cells in header]
        width = max((len(cells) for cells in rows), default=0)
        joined = [col.label for col in header_columns(rows, width)] if len(rows) > 1 else []
        named = [_YEAR.findall(label) for label in joined if not re.search(r"awal|akhir", label, re.IGNORECASE)]
        if any(len(set(ys)) > 1 for ys in named) or [y for ys in named for y in ys] != sorted(
                y for ys in named for y in ys):
            joined = []
        for cells in [*rows, joined]:
            years, places = [], []
            for c in cells:
                if re.search(r"awal|akhir", c, re.IGNORECASE):
                    continue
                for y in _YEAR.findall(c):
                    if y not in years:
                        years.append(y)
                if (place := place_in_period(c)) and place not in places:
                    places.append(place)
            found = years or places
            if len(found) > len(best):
                best = found
        return best

    def _past_goals(self, cells: list[str], columns: set[int]) -> list[str]:
        """A program's row that names the tujuan and sasaran it serves before its code (their
        cells merged down over the rows under them, the text printed on the first row or on
        each): the row without them, so that its code is read where a row's code begins."""
        if not any(cell_at(cells, k) for k in columns) or self._code(cells)[0]:
            return cells
        past = ["" if k in columns else c for k, c in enumerate(cells)]
        return past if self._code(past)[0] else cells

    @staticmethod
    def _code(cells: list[str]) -> tuple[str, int]:
        """The program code at the start of a row, joined from fragments; and the index after it."""
        parts, idx, seen_text = [], 0, False
        positions = []
        for k, c in enumerate(cells[:8]):
            if not c:
                continue
            if not seen_text and (_CODE_CELL.match(c) or (parts and _CODE_CELL.match(c.lstrip(".")))):
                # (".2.01" after "7.01.01": a code split at a dot into two cells)
                parts.append(c)
                positions.append(k)
                idx = k + 1
                continue
            seen_text = True
            break
        # A lone row number before the code ("1", "", "", "7.01.01"; or in the cell beside it,
        # "1", "7.01.01", where only the code without it is well formed): drop it.
        if len(parts) >= 2 and "." not in parts[0] and (positions[1] - positions[0] > 1 or (
                not well_formed_code(" ".join(parts)) and well_formed_code(" ".join(parts[1:])))):
            parts, positions = parts[1:], positions[1:]
        # The row number in the code's own cell ("4 7.01.01": a narrow No column printed into the
        # code's), where only the code without it is well formed: drop it too.
        number, _, rest = " ".join(parts).partition(" ")
        if rest and number.isdigit() and not well_formed_code(number + rest) and well_formed_code(rest):
            parts = [rest]
        code = nomenclature_code(" ".join(parts))
        if code.count(".") < 2 or _OUTLINE.fullmatch(code) and not well_formed_code(code):
            return "", 0  # (an outline number, "1.1.1", numbers a row; it is no code)
        return code, idx

    def _row(self, table, last, line, cells, labels, has_akhir, layout=None, widest=0) -> None:
        code, after = self._code(cells)
        texts = [c for c in cells[after:] if c and not _amount_written(c)]
        if not code and line in self._by_sums:
            # (Its name where the programs have theirs: a dash in a code column before it is none.)
            texts = [c for c in cells[self._sums_names[line]:] if c and not _amount_written(c)]
        elif not code and line in self._outline:
            texts = texts[1:]  # the row's outline number, which gave its level
        elif not code:
            # Without a code, the row's name is the text that names its level ("PROGRAM ..."), after
            # its number and the tujuan and sasaran it stands under, where it has one.
            named = next((k for k, t in enumerate(texts) if level_of_words(t)), 0)
            texts = texts[named:]
        name = texts[0] if texts else ""
        first = next((k for k, c in enumerate(cells) if k >= after and (_amount_written(c) or c == "0")), None)
        written = next((k for k, c in enumerate(cells) if k >= after and _amount_written(c)), None)
        if written is not None and any(_TARGET_CELL.match(c) and not _MONEY.match(c) and c != "0"
                                       for c in cells[after:written]):
            # A bare 0 among the targets before the first written amount (a baseline of 0, then
            # "0%", "5%") is a target, not a year's pagu.
            first = written
        # Read by order, a nil mark after the first amount holds an amount's place ("-" for a
        # year without pagu), so the amounts after it keep their years.
        monies = [] if first is None else [(k, c) for k, c in enumerate(cells)
                                           if k >= first and (_amount_written(c) or c == "0" or c in _DASHES)]
        loc = Location(line=line, table=table.name)
        worded = [c for c in texts if re.search(r"[A-Za-z]{3}", c) and not _TARGET_CELL.match(c)]
        if not code and layout is not None and self._latest is not None and len(worded) == 1 and monies \
                and level_of_words(name) is None and not _total_row(cells) and line not in self._by_sums:
            # An indicator with its targets and amounts, no code or name, short of cells: a further
            # indicator of the node above, as on a row as wide as the header.
            self._further_by_order(table, cells, worded[0], monies, layout, widest - len(cells), loc)
            return
        if not code:
            if _subtotal_row(cells) or _total_row(cells):
                totals = {label: self._money(raw, loc)
                          for label, (_, raw) in zip(labels + (["akhir"] if has_akhir else []), monies)}
                self._totals(table, cells, totals, loc)
                return
            level = self._outline.get(line) or self._by_sums.get(line) or level_of_words(name)
            if level is None and self._heading(table, last, cells, {label: self._money(raw, loc) for label, (_, raw)
                                                                    in zip(labels, monies)}, loc):
                return
            if level is None:
                if monies and "kegiatan" in last:
                    level = "sub_kegiatan"
                else:
                    return  # text continued from the row above
        else:
            level = self._code_level(code) or level_of_words(name)
            if level is None:
                self.note("code_unplaced", line, table.name, code=code)
                if monies:
                    table.lost_rows.append(line)
                return
        values = [raw for _, raw in monies]
        budgets: dict[str, Money] = {}
        akhir = None
        n = len(labels)
        last_cell = next((c.strip() for c in reversed(cells) if c.strip()), "")
        akhir_blank = has_akhir and last_cell in ("-", "–", "—") and len(values) == n
        placed = _placed(monies, layout, widest - len(cells)) if layout is not None else None
        if placed is not None:
            budgets = {label: self._money(placed[label], loc) if label in placed else Money(raw="", location=loc)
                       for label in labels}
            pagu_akhir = self._money(placed["akhir"], loc) if "akhir" in placed else \
                Money(raw="", location=loc) if has_akhir else None
        elif has_akhir and values and len(values) <= n + 1 and not akhir_blank:
            if len(values) == n + 1:
                yearly, akhir = values[:n], values[n]
            else:
                yearly, akhir = values[:-1], values[-1]
        else:
            # Every year has its figure and the akhir cell is a dash: the dash is the akhir.
            yearly = values[:n]
        if placed is None:
            for k, label in enumerate(labels):
                budgets[label] = self._money(yearly[k], loc) if k < len(yearly) else Money(raw="", location=loc)
            pagu_akhir = self._money(akhir, loc) if akhir else \
                Money(raw=last_cell, location=loc) if akhir_blank else None
        if layout is not None and len(cells) >= layout.width:
            # A row as wide as the header whose pagu cell holds a figure that is no amount ("Rp 1,3
            # Mil"): that budget is unreadable (with a note), not empty. A word there ("APBD", the
            # next column's) holds no amount: the pagu is empty.
            for label, k in layout.pagu.items():
                written = cell_at(cells, k)
                if label in budgets and not budgets[label].raw.strip() and re.search(r"\d", written) \
                        and written != "0":
                    budgets[label] = self._money(written, loc)
        short = placed is None or layout is None or len(cells) < layout.width
        if short and len(values) < n and source_columns(labels):
            # Read by order, a row with fewer amounts than the pagu columns of a table by source of
            # funds ("DAU | DBH | Jumlah") cannot tell which source it left empty: not read.
            budgets = {label: _unread(m) for label, m in budgets.items()}
            self.note("sources_by_order", line, table.name)
            self._off_rows += 1
        elif self._scale > 1 and self._targets_headed:
            # Read by order, a plain figure in a table in thousands or millions may be a target
            # or an amount: the row's budgets are not read.
            budgets = {label: _unread(m) for label, m in budgets.items()}
            pagu_akhir = _unread(pagu_akhir) if pagu_akhir is not None else None
            self.note("scaled_by_order", line, table.name)
            self._off_rows += 1
        indicators = []
        if len(texts) > 1:
            after_indicator = cells.index(texts[1], after) + 1
            # Where the header has a unit column, a word after the indicator is its unit ("%",
            # "dokumen"), not a target.
            unit = cell_at(cells, after_indicator) if layout is not None and layout.satuan is not None and \
                re.fullmatch(r"%|[A-Za-z][^\d]{0,24}", cell_at(cells, after_indicator).strip()) else ""
            ordered = self._ordered_targets(table, cells[after_indicator + bool(unit):], loc)
            ordered["unit"] = unit or ordered.get("unit", "")
            indicators = [self._unshifted(Indicator(name=texts[1], location=loc, **ordered), loc)]
        node = ProgramNode(code=code, level=level, name=name, indicators=indicators,
                           budgets=budgets, pagu_akhir=pagu_akhir, location=loc)
        self._attach(table, last, node)

    def _further_by_order(self, table: ProgramTable, cells: list[str], name: str, monies: list[tuple[int, str]],
                          layout: "Layout", lost: int, loc: Location) -> None:
        """A further indicator row of the node above that lost cells: its targets read by order,
        its amounts filling the node's empty pagu cells where their written places allow one
        reading (else those cells are unread, not empty)."""
        node = self._latest
        after = cells.index(name) + 1
        node.indicators.append(Indicator(name=name, location=loc, **self._ordered_targets(table, cells[after:], loc)))
        placed = _placed(monies, layout, lost)
        if placed is None:
            node.budgets = {label: m if m.raw.strip() else _unread(m) for label, m in node.budgets.items()}
            return
        self._fill_empty_pagu(node, placed, loc)

    @staticmethod
    def _ordered_targets(table: ProgramTable, cells: list[str], loc: Location) -> dict:
        """The targets of a row read by order, in a table whose header has target columns: the
        figures after the indicator that are not sums of money, one per year in order (and then
        the akhir); years beyond the last figure are blank. More figures than columns fit no
        reading and leave the targets unread."""
        if not table.periods:
            return {}
        figures = [c for c in cells if _TARGET_CELL.match(c) and not _MONEY.match(c)]
        n = len(table.periods)
        if len(figures) > n + (1 if table.has_akhir else 0):
            return {}
        last_money = max((k for k, c in enumerate(cells) if _MONEY.match(c)), default=-1)
        if not figures and any(c and not _MONEY.match(c) and c not in ("-", "0") for c in cells[:last_money]):
            return {}  # text among the amounts ("WTP", "Baik"): a target, but not one to read by order
        values = [measure(c, "number", loc) for c in figures]
        values += [Value(raw="", location=loc)] * (n - len(values))
        akhir = values[n] if len(values) > n else Value(raw="", location=loc) if table.has_akhir else None
        unit = next((v.suffix.strip() for v in values if v.suffix.strip()), "")
        return {"targets": dict(zip(table.periods, values)), "target_akhir": akhir, "unit": unit}

    def _positional_row(self, table: ProgramTable, last: dict, line: int, cells: list[str], layout: "Layout") -> None:
        """A row as wide as its header: every cell read from its own column, so an empty
        indicator or target cell is seen as empty instead of taking its neighbour's text."""
        code, _ = self._code(cells)
        cell = partial(cell_at, cells)
        name = cell(layout.name)
        loc = Location(line=line, table=table.name)
        level = self._code_level(code) if code else self._outline.get(line) or self._by_sums.get(line)
        level = level or level_of_words(name)
        if level is None:
            if not code and (_subtotal_row(cells) or _total_row(cells)):
                totals = {label: self._money(cell(k), loc) for label, k in layout.pagu.items() if cell(k)}
                self._totals(table, cells, totals, loc)
                return
            if not code and self._heading(table, last, cells, {label: self._money(cell(k), loc) for label, k
                                                               in layout.pagu.items() if cell(k)}, loc):
                return
            if not code and not any(cell(k) for k in layout.pagu.values()):
                return  # text continued from the row above
            level = "sub_kegiatan" if "kegiatan" in last else None
            if level is None:
                self.note("row_unplaced", line, table.name, name=name[:40])
                table.lost_rows.append(line)  # a row with a pagu (text alone continued the row above)
                return
        indicators = []
        for side in layout.sides:
            # A side left wholly blank (a node the review dropped) has nothing to check.
            if side is not layout.sides[0] and not any(cell(k) for k in (side.name, side.indikator,
                                                                          *side.target.values())):
                continue
            indicators.append(self._indicator(side, cells, loc))
        budgets = {label: self._money(cell(k), loc) if cell(k) else Money(raw="", location=loc)
                   for label, k in layout.pagu.items()}
        pagu_akhir = None
        if layout.pagu_akhir is not None:
            pagu_akhir = self._money(cell(layout.pagu_akhir), loc) if cell(layout.pagu_akhir) \
                else Money(raw="", location=loc)
        node = ProgramNode(code=code, level=level, name=name, indicators=indicators, budgets=budgets,
                           pagu_akhir=pagu_akhir, lokasi=cell(layout.sides[0].lokasi), location=loc)
        self._attach(table, last, node)

    def _attach(self, table: ProgramTable, last: dict[str, ProgramNode], node: ProgramNode) -> None:
        """Hang a row's node in the tree. In a table with a funding-source column, a row with the
        code and name of the row just read is that node's share from another source ("DAU" on
        one row, "DBH" on the next): its amounts are added to the node's, not a second node."""
        same = self._latest
        if same is not None and node.code == same.code and node.level == same.level and _words(node.name) and \
                _words(node.name) == _words(same.name):
            if self._by_source and node.code:
                same.budgets = {label: _added(m, node.budgets.get(label)) for label, m in same.budgets.items()}
                if same.pagu_akhir is not None:
                    same.pagu_akhir = _added(same.pagu_akhir, node.pagu_akhir)
                return
            if _merged_again(same, node):
                same.indicators += node.indicators
                if _printed_otherwise(same, node):
                    same.printed_again.append(node.model_copy(update={"indicators": []}))
                return
        attach(table, last, node)
        self._latest = node

    def _further_indicator(self, table: ProgramTable, line: int, cells: list[str], layout: "Layout") -> bool:
        """A row with no code and no name but an indicator with its targets, as wide as the header:
        a further indicator of the node above. Amounts on it fill that node's empty pagu cells
        (extraction split the node's row in two); text with no figures is a continued line."""
        cell = partial(cell_at, cells)
        side = layout.sides[0]
        node = self._latest
        if node is None or self._code(cells)[0] or cell(side.name) or not cell(side.indikator) \
                or len(cells) < layout.width - 2 or not any(cell(k)[:1].isdigit() for k in side.target.values()):
            return False
        if TOTAL_LABEL.match(cell(side.indikator)):
            return False  # a totals row whose label a lost cell set under the indicators ("JUMLAH"
            # alone; "Jumlah dokumen" is an indicator)
        loc = Location(line=line, table=table.name)
        indicator = self._indicator(side, cells, loc)
        if line in self._short:
            # Short of a cell that no reading places (the table's `rows_unsure` note says so): an
            # empty column may be where its lost cell was, so it is no empty target.
            _unread_targets(indicator, where=lambda value: not value.raw.strip())
        amount = side.amount_under_target(cells)
        if amount is not None:
            # A budget figure where a target goes: the row stands off its header's columns, so
            # neither its targets nor its amounts are read, and the node's pagu cells it would
            # have filled are unread rather than empty.
            _unread_targets(indicator)
            self.note("budget_in_target", line, table.name, value=amount)
            self._off_rows += 1
            node.budgets = {label: m if m.raw.strip() else _unread(m) for label, m in node.budgets.items()}
            if node.pagu_akhir is not None and not node.pagu_akhir.raw.strip():
                node.pagu_akhir = _unread(node.pagu_akhir)
            node.indicators.append(indicator)
            return True
        if all(not i.name.strip() and not any(v.raw.strip() for v in i.targets.values()) for i in node.indicators):
            node.indicators = [indicator]  # the node's row was split: its indicator is on this line
        else:
            node.indicators.append(indicator)
        amounts = {label: cell(k) for label, k in layout.pagu.items()}
        if layout.pagu_akhir is not None:
            amounts["akhir"] = cell(layout.pagu_akhir)
        self._fill_empty_pagu(node, amounts, loc)
        return True

    def _shifted_indicator(self, table: ProgramTable, line: int, cells: list[str], layout: "Layout") -> bool:
        """A row with no code, name, target or pagu whose indicator cell holds a bare target figure
        ("9") and whose only words stand left of the name column ("Desa Berkembang" under the
        code): a further indicator of the node above, its cells set off their columns (the merged
        cells of its node's row lost in extraction). Its words name it and its targets are unread,
        with a note: no target read from the wrong column, and no figure run on into the name
        of the indicator above as if its text had wrapped."""
        cell = partial(cell_at, cells)
        side = layout.sides[0]
        node = self._latest
        figure = cell(side.indikator).strip()
        if node is None or side.name is None or self._code(cells)[0] or cell(side.name) \
                or not _TARGET_CELL.match(figure) or _MONEY.match(figure) \
                or any(cell(k) for k in [*side.target.values(), *layout.pagu.values()] if k is not None):
            return False
        words = [c.strip() for c in cells[:side.name] if re.search(r"[^\W\d_]{3}", c)]
        if len(words) != 1:
            return False
        loc = Location(line=line, table=table.name)
        indicator = side.indicator(cells, loc)
        indicator.name = words[0]
        _unread_targets(indicator)
        node.indicators.append(indicator)
        self.note("row_shifted", line, table.name, value=figure[:40])
        return True

    def _fill_empty_pagu(self, node: ProgramNode, amounts: dict[str, str], loc: Location) -> None:
        """A further line's amounts (by budget label, "akhir" for the end-of-period pagu) into the
        node's pagu cells that are empty: the node's row was split over two lines."""
        for label, raw in amounts.items():
            if not raw:
                continue
            if label == "akhir":
                if node.pagu_akhir is None or not node.pagu_akhir.raw.strip():
                    node.pagu_akhir = self._money(raw, loc)
            elif (here := node.budgets.get(label)) is None or not here.raw.strip():
                node.budgets[label] = self._money(raw, loc)

    def _continued(self, table: ProgramTable, cells: list[str], layout: "Layout") -> bool:
        """A line of words only, under the name and indicator columns: the node's name and
        indicator continued from the line above (a cell wrapped onto two lines by the PDF)."""
        cell = partial(cell_at, cells)
        side = layout.sides[0]
        node = self._latest
        name, indicator = cell(side.name), cell(side.indikator)
        figures = [*side.target.values(), *layout.pagu.values(), side.target_akhir, layout.pagu_akhir]
        # In a table whose rows have codes, a line of words only that begins with a level's word
        # ("Kegiatan Pemerintahan di ...") still continues the name above; without codes it may be
        # a row of its own: a kegiatan named over its sub kegiatan, with no indicator and no pagu.
        # It is that only where the level's rows are printed so: in a table that wraps its names,
        # a line of words under a level whose rows have their indicators is a name wrapped.
        level = level_of_words(name)
        if node is None or not (name or indicator) or self._code(cells)[0] \
                or (level and not self._coded and not (self._wraps and _indicated(table, level))) \
                or len(cells) < layout.width - 2 or any(cell(k) for k in figures if k is not None):
            return False
        self._wraps = True
        if name and node.name.isupper() != name.isupper() and not indicator:
            # "PROGRAM PENUNJANG ..." does not go on in lower case: that is the indicator's
            # wrapped line, set a cell to the left.
            name, indicator = "", name
        if name:
            node.name = f"{node.name} {name}"
        if indicator and node.indicators:
            node.indicators[-1].name = f"{node.indicators[-1].name} {indicator}".strip()
        return True

    def _goal_row(self, table: ProgramTable, line: int, cells: list[str], layout: "Layout") -> bool:
        """A tujuan or sasaran row of a program table (numbered, its statement in the tujuan or
        sasaran column, an indicator): its targets are held to the same rules as a program's."""
        cell = partial(cell_at, cells)
        side = layout.sides[0]
        level = next((role for role in ("sasaran", "tujuan") if cell(layout.goals.get(role))), None)
        statement = cell(layout.goals.get(level)) if level else ""
        numbered = bool(re.fullmatch(r"[IVX]+|\d{1,2}", cell(0).rstrip(".")))
        if (labelled := _GOAL_LABEL.match(cell(side.name))) and not self._code(cells)[0]:
            # The name column heads "Sasaran/Program/Kegiatan": the goal's row labelled in it.
            level, statement, numbered = labelled.group(1).lower(), labelled.group(2), True
        elif cell(side.name):
            return False
        if level is None or not numbered or not cell(side.indikator) or self._code(cells)[0]:
            return False
        loc = Location(line=line, table=table.name)
        indicator = self._indicator(side, cells, loc)
        if line in self._short:
            # A goal row short of a cell that no reading places: its targets stand off their
            # columns, so they are unread (the table's `rows_unsure` note says so), not empty.
            _unread_targets(indicator)
        self.goals.append(GoalRow(level=level, statement=statement,
                                  indicator=indicator, table=table.name, location=loc))
        self._latest = None  # what follows a goal row continues the goal, not the node above it
        return True

    def _money(self, raw: str, loc: Location) -> Money:
        """An amount in whole Rupiah (`money`), with a note where it cannot be read."""
        amount = money(raw, loc, self._scale)
        if amount.error:
            self.note("money_unreadable", loc.line, loc.table, raw=raw, error=amount.error)
            self._off_rows += 1  # a budget not read: the table was read in part, the document not clean
        return amount


_TOTAL_PART = re.compile(r"^(?:jumlah|total)\b", re.IGNORECASE)


def source_columns(periods: list[str]) -> dict[str, list[str]]:
    """Budget columns that split one heading by source of funds and close with their total
    ("Pagu Indikatif (Rp) / DAU", ".../ DBH", ".../ Jumlah"): the total's column and its parts.
    Columns of years are periods, whose total is the end of the period's (ANG-004)."""
    groups: dict[str, list[str]] = {}
    for period in periods:
        if " / " in period:
            groups.setdefault(period.rsplit(" / ", 1)[0], []).append(period)
    out = {}
    for members in groups.values():
        parts = [m.rsplit(" / ", 1)[1] for m in members]
        if len(members) >= 3 and _TOTAL_PART.match(parts[-1]) and not any(map(_TOTAL_PART.match, parts[:-1])) \
                and not any(re.search(r"(?:19|20)\d\d", p) for p in parts):
            out[members[-1]] = members[:-1]
    return out
