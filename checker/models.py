"""The planning domain: a Plan and everything in it, each value with the place it was read from."""
from __future__ import annotations

from typing import Annotated, Literal, Union

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .messages import say

DocType = Literal["renstra", "renja", "rencana_aksi"]
Level = Literal["program", "kegiatan", "sub_kegiatan"]
QUARTERS = ("TW I", "TW II", "TW III", "TW IV")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Location(Model):
    """Where a value came from: sheet and cell of a workbook; the line of a text document; the
    page (PDF), the row within its table (PDF, DOCX) or the paragraph (DOCX) of a published one.
    `line` is always the line of the document's text as read, which orders findings and places
    them in their chapter; a PDF's or DOCX's own places are what a reader is shown."""

    sheet: str | None = None
    row: int | None = None
    cell: str | None = None
    line: int | None = None
    table: str | None = None
    page: int | None = None
    table_row: int | None = None
    paragraph: int | None = None

    def label(self, lang: str = "id") -> str:
        """`Program!H12`; `baris 1221 (Tabel 4.1)`; `halaman 23, Tabel 2.1 baris 4`; `paragraf 57`."""
        en = lang == "en"
        if self.sheet is not None:
            return f"{self.sheet}!{self.cell or self.row or ''}".rstrip("!")
        if self.page is not None or self.table_row is not None or self.paragraph is not None:
            parts = [f"{'page' if en else 'halaman'} {self.page}"] if self.page is not None else []
            if self.table_row is not None:
                parts.append(" ".join(x for x in (self.table or "", f"{'row' if en else 'baris'} {self.table_row}")
                                      if x))
            elif self.paragraph is not None:
                parts.append(f"{'paragraph' if en else 'paragraf'} {self.paragraph}")
            elif self.table:
                parts.append(self.table)
            return ", ".join(parts)
        if self.line is not None:
            return f"{'line' if en else 'baris'} {self.line}" + (f" ({self.table})" if self.table else "")
        return self.table or "-"


class Value(Model):
    """A number as written (`raw`) and as read (`value`); `value` is None for a blank or a placeholder.
    A range ("65 - 70") is read as its upper end, its lower end in `low`."""

    raw: str = ""
    value: float | None = None
    low: float | None = None
    suffix: str = ""
    error: str | None = None
    location: Location = Field(default_factory=Location)

    @property
    def present(self) -> bool:
        return self.value is not None


class Money(Model):
    """A budget figure in whole Rupiah."""

    raw: str = ""
    amount: int | None = None
    error: str | None = None
    location: Location = Field(default_factory=Location)
    # Rupiah one step of the printed figure stands for: 1 for a figure in Rupiah, 10.000 for
    # `12,35` in a table "dalam juta rupiah". A sum of rounded figures may miss by half a step each.
    step: int = 1

    @property
    def present(self) -> bool:
        return self.amount is not None


# What a form writes before an indicator's name to say which kind it is ("Capaian Program:",
# "Keluaran:", "Hasil:", "Outcome:", "Indikator Kegiatan:"): the name is what follows.
_INDICATOR_LABEL = re.compile(
    r"^(?:indikator(?:\s+kinerja)?(?:\s+(?:program|kegiatan|sub\s+kegiatan))?|capaian\s+program|"
    r"keluaran(?:\s+(?:kegiatan|sub\s+kegiatan))?|hasil(?:\s+program)?|outcome|output)\s*[:\-–]\s*(?=\S)",
    re.IGNORECASE)


class Indicator(Model):
    """A performance indicator with its target series (years, or quarters for a Rencana Aksi)."""

    name: str = ""
    unit: str = ""
    formula: str = ""
    polarity: Literal["naik", "turun"] | None = None
    baseline: Value | None = None
    targets: dict[str, Value] = Field(default_factory=dict)
    target_akhir: Value | None = None
    annual: Value | None = None  # Rencana Aksi: the year's target the quarters lead to
    cumulative: bool | None = None  # Rencana Aksi: quarters are running totals
    # Rencana Aksi: the quarters' heading says they are in percent ("Fisik (%)" over TW I ... IV):
    # they may be the year's progress (to 100) even where the year's target is itself a percent.
    progress_heading: bool = False
    location: Location = Field(default_factory=Location)

    @field_validator("name")
    @classmethod
    def _without_label(cls, name: str) -> str:
        return _INDICATOR_LABEL.sub("", name)


class ProgramNode(Model):
    """A program, kegiatan or sub kegiatan with its indicators and yearly pagu."""

    code: str = ""
    level: Level
    name: str = ""
    indicators: list[Indicator] = Field(default_factory=list)
    budgets: dict[str, Money] = Field(default_factory=dict)
    pagu_akhir: Money | None = None
    lokasi: str = ""
    sumber_dana: str = ""
    # A Rencana Aksi row's budget for the year and its financial targets per quarter ("Target
    # Keuangan (Rp)" over TW I ... TW IV), where the table has them.
    annual_budget: Money | None = None
    quarter_budgets: dict[str, Money] = Field(default_factory=dict)
    children: list["ProgramNode"] = Field(default_factory=list)
    # The node printed again on a row of its own for another indicator, with a pagu of its own
    # in some year: one figure printed two ways, each checked against the node's children.
    printed_again: list["ProgramNode"] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class Subtotal(Model):
    """A program table's "Sub Total" row: the budgets of the programs roots[first:last]."""

    label: str = ""
    first: int = 0
    last: int = 0
    totals: dict[str, Money] = Field(default_factory=dict)
    location: Location = Field(default_factory=Location)


class ProgramTable(Model):
    """One program/kegiatan/sub kegiatan table, with the period columns it has and its printed totals."""

    name: str
    periods: list[str] = Field(default_factory=list)
    budget_periods: list[str] = Field(default_factory=list)
    has_akhir: bool = False
    quarterly: bool = False
    # Rencana Aksi: the table, or the sentence leading into it, calls its quarters cumulative.
    said_running: bool = False
    # Lines of rows whose figures the reader could not place under their columns (left unread).
    unread_rows: list[int] = Field(default_factory=list)
    # Lines of rows with a pagu that the reader could not place in the tree (no level known): the
    # pagu belongs to a node not read, so no sum that row may be part of is checked.
    lost_rows: list[int] = Field(default_factory=list)
    # Which of indikator / satuan / target / pagu the table has; a value is only required where
    # its column exists. None: the full layout (a workbook's Program sheet).
    columns: list[str] | None = None
    # No unit column: units are read from the targets ("12 Laporan"), so a row without a target
    # cannot be judged for its unit.
    unit_from_targets: bool = False
    roots: list[ProgramNode] = Field(default_factory=list)
    totals: dict[str, Money] = Field(default_factory=dict)
    subtotals: list[Subtotal] = Field(default_factory=list)
    # The total the prose just before or after the table states for a budget column ("Jumlah
    # pagu indikatif tahun 2027 sebesar Rp414.500.000"), by budget label.
    stated_totals: dict[str, Money] = Field(default_factory=dict)
    # How many programs, kegiatan and sub kegiatan that prose says the table plans ("2 program,
    # 3 kegiatan dan 5 sub kegiatan"), by level.
    stated_counts: dict[str, Value] = Field(default_factory=dict)
    location: Location = Field(default_factory=Location)

    def has(self, column: str) -> bool:
        return self.columns is None or column in self.columns

    def nodes(self):
        for root in self.roots:
            yield from root.walk()


class RatioCell(Model):
    """A printed capaian / rasio (`declared`) with the target or budget (`base`) and realisation it divides."""

    period: str = ""
    base: Value = Field(default_factory=Value)
    actual: Value = Field(default_factory=Value)
    declared: Value = Field(default_factory=Value)
    scale: int = 1  # 100 where the reader read the printed ratio as a fraction (0,93 for 93 %)
    remainder: Value | None = None  # a budget table's "Sisa Anggaran" of the year, where it has one


class RealisationRow(Model):
    """A row of a realisation table: a program, kegiatan or indicator with its ratio cells."""

    name: str = ""
    level: Literal["program", "kegiatan", "indikator"] = "indikator"
    cells: list[RatioCell] = Field(default_factory=list)
    # Figures the row lacks against the header's value columns (a cell lost in extraction, or
    # a value never filled in): 0 for a full row.
    short: int = 0
    # A performance table's targets for years it gives no realisation for (a Renstra's target
    # columns beyond the years realised): stated targets, compared with other tables, no ratio.
    targets: dict[str, Value] = Field(default_factory=dict)
    # A performance table's projections by year ("Proyeksi | Tahun 2026 | Tahun 2027", a Renja's
    # Pencapaian Kinerja Pelayanan): each row is to fill them in.
    projections: dict[str, Value] = Field(default_factory=dict)
    children: list["RealisationRow"] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)


class RealisationTable(Model):
    """Performance or budget realisation (T-C.23, T-C.24, T-C.29): target or budget, realisation, ratio."""

    name: str
    kind: Literal["anggaran", "kinerja"] = "kinerja"
    # The header says the ratio is target ÷ realisation; the document's own formula is accepted too.
    inverse: bool = False
    # False: target and realisation only (no capaian column to check, but empty cells still count).
    has_ratio: bool = True
    # True: the header stands off its columns (a ratio column holds sums of money); no row is read.
    unplaced: bool = False
    rows: list[RealisationRow] = Field(default_factory=list)
    # Lines of rows whose figures the reader could not place under their columns (left unread).
    unread_rows: list[int] = Field(default_factory=list)
    total: RealisationRow | None = None
    average: RealisationRow | None = None  # a "Rata-rata" row: the mean of the rows' ratios
    location: Location = Field(default_factory=Location)


class Figure(Model):
    """One figure a document states about an indicator: its target or its actual value (realisation,
    kondisi awal) for a year, wherever it is printed. The same indicator, year and role printed
    twice with different values is a `consistency` finding."""

    name: str
    period: str
    # "definition": a table that defines its indicators (unit, formula) and states no figure of
    # them ("Indikator | Satuan | Formulasi | Sumber Data"): the value is empty.
    role: Literal["target", "actual", "akhir", "definition"]
    value: Value
    table: str = ""
    unit: str = ""
    formula: str = ""  # the row's "Formulasi" / "Rumus" cell, where the table has one
    polarity: str = ""  # the row's "Polaritas" cell read as "naik" / "turun", where the table has one


class CountCell(Model):
    """A cell of a column of counts ("8 unit", "2 orang") in a table read for nothing else."""

    table: str
    raw: str
    unit: str
    value: Value


class ColumnTotal(Model):
    """A figure of a totals row ("JUMLAH", "NILAI TOTAL") and the sum of its column above it."""

    table: str
    column: str
    declared: Value
    computed: float
    parts: int
    announced: Value | None = None  # the total the prose before the table states ("berjumlah 15 orang")
    # A row's total: the row's label, and the columns beside the total column ("Jumlah") that it
    # adds up ("L", "P"); empty for a totals row's figure, the sum of its column above it.
    row: str = ""
    summed: list[str] = Field(default_factory=list)


class RowCount(Model):
    """How many things the sentence before a table says it lists, and how many rows it numbers."""

    table: str
    noun: str
    announced: Value
    rows: int
    location: Location = Field(default_factory=Location)


class Statement(Model):
    """What the plan states in its prose, with its line: the visi it quotes (`visi`), the year a
    sentence about the plan itself gives it (`tahun`: '2024' or '2021-2026'), or the date of a
    signature (`tanggal`: '24 Juli 2023')."""

    kind: Literal["visi", "tahun", "tanggal"]
    text: str
    location: Location = Field(default_factory=Location)


class TableYears(Model):
    """The years a table of yearly targets or values has columns for."""

    table: str
    years: list[int]
    location: Location = Field(default_factory=Location)


class GoalRow(Model):
    """A tujuan or sasaran statement with one of its indicators."""

    level: Literal["tujuan", "sasaran"]
    statement: str = ""
    indicator: Indicator
    # The program table the row was printed in (a Renstra T-C.27 opens with its tujuan and
    # sasaran); empty for a workbook's Tujuan sheet.
    table: str = ""
    location: Location = Field(default_factory=Location)


class RiskEntry(Model):
    """A row of a risk register."""

    number: str = ""
    code: str = ""
    subject: str = ""
    description: str = ""
    impact: Value = Field(default_factory=Value)
    likelihood: Value = Field(default_factory=Value)
    score: Value = Field(default_factory=Value)
    level: str = ""
    level_location: Location = Field(default_factory=Location)
    location: Location = Field(default_factory=Location)


class RiskBand(Model):
    """A risk level and its range of scores as the document's own criteria print them
    ("Sedang | 5 - 9"); an open bound ("> 16") is a range to infinity."""

    label: str
    min: float
    max: float
    aliases: list[str] = Field(default_factory=list)  # its other names in the table: a colour, a code
    location: Location = Field(default_factory=Location)


class Chapter(Model):
    number: int | None = None
    label: str = ""
    title: str = ""
    location: Location = Field(default_factory=Location)


class ReaderNote(Model):
    """Something the reader could not use: it becomes an `input` finding, never silence. `key`
    and `params` name its message in checker/messages.py; `message` is the Indonesian text."""

    message: str
    key: str = ""
    params: dict[str, str | int | float] = Field(default_factory=dict)
    location: Location = Field(default_factory=Location)

    @classmethod
    def of(cls, key: str, location: Location | None = None, **params) -> "ReaderNote":
        return cls(message=say(key, "id", **params), key=key, params=params, location=location or Location())

    def text(self, lang: str = "id") -> str:
        return say(self.key, lang, **self.params) if self.key else self.message


class Metadata(Model):
    perangkat_daerah: str = ""
    kecamatan: str = ""
    kabupaten: str = ""
    provinsi: str = ""
    year: int | None = None
    period_start: int | None = None
    period_end: int | None = None

    @property
    def period(self) -> str:
        if self.period_start and self.period_end and self.period_start != self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return str(self.year or self.period_start or "")


class PlanBase(Model):
    source: str = ""
    meta: Metadata = Field(default_factory=Metadata)
    # None: the input says nothing about chapters (a workbook without a `Bab` sheet), so chapter
    # rules do not apply; an empty list means the document has no chapter at all.
    chapters: list[Chapter] | None = None
    # Lines of a text that stand alone in capitals, as titles do ("TUJUAN DAN SASARAN"): where a
    # chapter whose BAB heading is gone may still show its title.
    title_lines: list[Chapter] = Field(default_factory=list)
    goals: list[GoalRow] = Field(default_factory=list)
    tables: list[ProgramTable] = Field(default_factory=list)
    risks: list[RiskEntry] = Field(default_factory=list)
    risk_bands: list[RiskBand] = Field(default_factory=list)  # the document's own criteria of risk levels
    realisations: list[RealisationTable] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    table_years: list[TableYears] = Field(default_factory=list)
    counts: list[CountCell] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    row_counts: list[RowCount] = Field(default_factory=list)
    column_totals: list[ColumnTotal] = Field(default_factory=list)
    notes: list[ReaderNote] = Field(default_factory=list)
    stats: dict[str, int] = Field(default_factory=dict)


class Renstra(PlanBase):
    doc_type: Literal["renstra"] = "renstra"


class Renja(PlanBase):
    doc_type: Literal["renja"] = "renja"


class RencanaAksi(PlanBase):
    doc_type: Literal["rencana_aksi"] = "rencana_aksi"


Plan = Annotated[Union[Renstra, Renja, RencanaAksi], Field(discriminator="doc_type")]
PLAN_CLASSES: dict[str, type[PlanBase]] = {"renstra": Renstra, "renja": Renja, "rencana_aksi": RencanaAksi}
