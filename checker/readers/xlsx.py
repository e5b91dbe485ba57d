"""Workbook reader: the FORMATS.md layout (.xlsx) into a Plan, every value with its sheet and cell."""
from __future__ import annotations

import difflib
import math
import re
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.parsers.expat import ExpatError

from openpyxl.utils import get_column_letter

from ..config import Limits
from ..layout import COLUMNS, REQUIRED_SHEETS, SHEETS, key, polarity_of, year_column
from ..models import (PLAN_CLASSES, QUARTERS, Chapter, GoalRow, Indicator, Location, Metadata, Money,
                      PlanBase, ProgramNode, ProgramTable, ReaderNote, RiskEntry, Value)
from ..numbers import parse_number, to_rupiah
from . import ReadError
from .cells import RowLimit, SheetCells, Workbook
from .container import check_container
from .labels import TOTAL_PREFIX
from .normalise import normalise_text
from .tree import attach

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_CODE_CHARS = re.compile(r"[^\dXx.]")  # a code's digits and dots, and the X.XX of the penunjang programs
_WORD_LEVEL = (("sub kegiatan", "sub_kegiatan"), ("subkegiatan", "sub_kegiatan"), ("kegiatan", "kegiatan"),
               ("program", "program"))
_QUARTER_COLUMNS = dict(zip(("tw1", "tw2", "tw3", "tw4"), QUARTERS))


def roman_to_int(text: str) -> int | None:
    t = str(text).strip().upper().rstrip(".")
    if t.isascii() and t.isdigit():
        return int(t)
    if not t or any(c not in _ROMAN for c in t):
        return None
    total = 0
    for a, b in zip(t, t[1:] + " "):
        v = _ROMAN[a]
        total += -v if b in _ROMAN and _ROMAN[b] > v else v
    return total


def _kind_of_unit(unit: str) -> str:
    """A percentage column reads `84,310` as 84.31; any other column as a whole number."""
    return "percent" if "%" in unit or key(unit).startswith(("persen", "prosen")) else "number"


def level_of_code(code: str) -> str | None:
    """`7.01.02` program, `7.01.02.2.01` kegiatan, `7.01.02.2.01.0001` sub kegiatan."""
    parts = code.split(".")
    return {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}.get(len(parts)) if all(parts) else None


def level_of_words(name: str) -> str | None:
    low = name.strip().lower()
    for prefix, level in _WORD_LEVEL:
        if low.startswith(prefix):
            return level
    return None


class _Sheet:
    """The rows of one sheet below its header, with the header mapped to logical columns."""

    def __init__(self, cells: SheetCells, kind: str, wanted: set[str]):
        self.title = cells.title
        self.kind = kind
        self.columns: dict[str, int] = {}
        self.years: dict[tuple[str, str], int] = {}
        self.rows: list[tuple[int, tuple]] = []
        self.header_row = 0
        self.formulas = cells.formulas
        for position, (index, row) in enumerate(cells.rows):
            if index > 15:
                break
            mapping, years = self._map_header(row, wanted)
            if len(mapping) + len(years) >= 2:
                self.columns, self.years, self.header_row = mapping, years, index
                self.rows = cells.rows[position + 1:]
                break

    @staticmethod
    def _map_header(row: tuple, wanted: set[str]) -> tuple[dict[str, int], dict]:
        mapping: dict[str, int] = {}
        years: dict[tuple[str, str], int] = {}
        for col, cell in enumerate(row):
            k = key(cell)
            if not k:
                continue
            yc = year_column(cell)
            if yc and yc not in years:
                years[yc] = col
                continue
            for name in COLUMNS:
                if name in wanted and k in COLUMNS[name] and name not in mapping:
                    mapping[name] = col
                    break
        return mapping, years

    def loc(self, row_index: int, col: int | None) -> Location:
        if col is None:
            return Location(sheet=self.title, row=row_index)
        return Location(sheet=self.title, row=row_index, cell=get_column_letter(col + 1) + str(row_index))

    def get(self, row: tuple, name: str):
        col = self.columns.get(name)
        return row[col] if col is not None and col < len(row) else None

    def text(self, row: tuple, name: str) -> str:
        v = self.get(row, name)
        return "" if v is None else str(v).strip()


def _plain(value):
    """A text cell as it prints (None where nothing prints); any other value as it is."""
    if type(value) is not str or value.isascii():
        return value
    return normalise_text(value) or None


class WorkbookReader:
    def __init__(self, path: Path, limits: Limits):
        self.path = path
        self.limits = limits
        self.notes: list[ReaderNote] = []

    def note(self, key: str, location: Location, **params) -> None:
        self.notes.append(ReaderNote.of(key, location, **params))

    def _read_cell(self, sheet: _Sheet, row_index: int, row: tuple, col: int, kind: str):
        """(raw text, number (int or Decimal) or None, error, suffix, location) of one cell; notes
        what is wrong."""
        raw = row[col] if col < len(row) else None
        loc = sheet.loc(row_index, col)
        if raw is None:
            formula = sheet.formulas.get(loc.cell)
            if formula is not None:
                self.note("formula_no_value", loc, cell=loc.cell, formula=formula)
                return formula, None, "rumus tanpa nilai tersimpan", "", loc
            return "", None, None, "", loc  # an empty cell: nothing to parse
        if type(raw) is int or type(raw) is float and math.isfinite(raw):  # nothing to parse (nor a bool)
            return str(raw), raw, None, "", loc
        if isinstance(raw, str) and raw.startswith("#"):
            self.note("excel_error", loc, cell=loc.cell, value=raw)
            return raw, None, f"galat {raw}", "", loc
        parsed = parse_number(raw, kind)
        if parsed.error:
            self.note("number_unreadable", loc, raw=parsed.raw, cell=loc.cell, error=parsed.error)
        return parsed.raw, parsed.value if parsed.ok else None, parsed.error, parsed.suffix, loc

    def value(self, sheet: _Sheet, row_index: int, row: tuple, col: int | None, kind="number") -> Value | None:
        if col is None:
            return None
        raw, number, error, suffix, loc = self._read_cell(sheet, row_index, row, col, kind)
        return Value(raw=raw, value=None if number is None else float(number), suffix=suffix, error=error,
                     location=loc)

    def money(self, sheet: _Sheet, row_index: int, row: tuple, col: int | None) -> Money | None:
        if col is None:
            return None
        raw, number, error, _, loc = self._read_cell(sheet, row_index, row, col, "money")
        if type(number) is float:
            number = Decimal(raw)  # the cell's own digits, for rounding to whole Rupiah
        return Money(raw=raw, amount=number if type(number) is int else to_rupiah(number), error=error, location=loc)

    # --- sheets ---------------------------------------------------------------------------------
    def read(self) -> PlanBase:
        """The plan; what openpyxl warns about (an invalid defined name, a style it drops) becomes an
        `input` note instead of a line on the reviewer's terminal."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            plan = self._read()
        for message in dict.fromkeys(str(w.message) for w in caught):
            plan.notes.append(ReaderNote.of("openpyxl_warning", message=message))
        return plan

    def _read(self) -> PlanBase:
        check_container(self.path, self.limits, "xlsx")
        try:
            archive = zipfile.ZipFile(self.path)
        except zipfile.BadZipFile as e:
            raise ReadError("bad_zip", kind="xlsx", error=str(e)) from e
        with archive:
            try:
                book = Workbook(archive)
            except Exception as e:
                raise ReadError("workbook_open", error=f"{type(e).__name__}: {e}") from e
            sheets: dict[str, str] = {}
            for title in book.titles:
                k = key(title)
                for kind, (_, names) in SHEETS.items():
                    if k in names and kind not in sheets:
                        sheets[kind] = title
                        break
            unread = self._unknown_sheets(book.titles, sheets)
            if not sheets:
                raise ReadError("no_sheets")
            meta, doc_type = self._dokumen(book, sheets.get("dokumen"))
            tables, goals, risks, chapters = [], [], [], None
            if "program" in sheets:
                tables.append(self._program(self._sheet(book, sheets["program"], "program")))
            if "aksi" in sheets:
                tables.append(self._aksi(self._sheet(book, sheets["aksi"], "aksi")))
            if "tujuan" in sheets:
                goals = self._goals(self._sheet(book, sheets["tujuan"], "tujuan"))
            if "risiko" in sheets:
                risks = self._risks(self._sheet(book, sheets["risiko"], "risiko"))
            if "bab" in sheets:
                chapters = self._chapters(self._sheet(book, sheets["bab"], "bab"))
        if doc_type is None:
            if "aksi" in sheets:
                doc_type = "rencana_aksi"
            elif any(t.has_akhir for t in tables) or (meta.period_start and meta.period_end
                                                      and meta.period_end > meta.period_start):
                doc_type = "renstra"
            elif tables:
                doc_type = "renja"
            else:
                raise ReadError("doc_type_missing")
        if not any(t.roots for t in tables) and not goals and not risks and not chapters and not meta_given(meta):
            raise ReadError("nothing")
        plan = PLAN_CLASSES[doc_type](meta=meta, chapters=chapters, goals=goals, tables=tables, risks=risks,
                                      notes=self.notes)
        # The sheets a document of this type cannot do without (FORMATS.md): without them most rules
        # have nothing to look at, which must not read as a clean result.
        for kind in REQUIRED_SHEETS[doc_type]:
            if kind not in sheets:
                unread += 1
                self.note("sheet_missing", Location(), sheet=SHEETS[kind][0])
            elif kind in ("program", "aksi") and not any(t.roots for t in tables):
                unread += 1  # an empty template: the sheet is there, with nothing in it
                self.note("sheet_empty", Location(sheet=sheets[kind]), sheet=sheets[kind])
        plan.notes = list(self.notes)  # the model took a copy; the sheet notes came after
        plan.stats = {"tables_read": len(tables), "tables_skipped": unread,
                      "rows": sum(1 for t in tables for _ in t.nodes())}
        return plan

    def _unknown_sheets(self, titles: list[str], sheets: dict[str, str]) -> int:
        """A note for each sheet the reader does not use, naming the sheet it probably means when
        its name is close to one (`Progam`, `Dokumn`); returns how many look like a known sheet."""
        used = set(sheets.values())
        names = {n: kind for kind, (_, synonyms) in SHEETS.items() for n in synonyms}
        close = 0
        for title in titles:
            if title in used:
                continue
            match = difflib.get_close_matches(key(title), list(names), n=1, cutoff=0.75)
            kind = names[match[0]] if match else None
            if kind is not None and kind not in sheets:
                close += 1
                self.note("sheet_misspelt", Location(sheet=title), sheet=title, meant=SHEETS[kind][0])
            else:
                self.note("sheet_unused", Location(sheet=title), sheet=title)
        return close

    def _sheet(self, book: Workbook, title: str, kind: str) -> _Sheet:
        wanted = {
            "program": {"kode", "uraian", "indikator", "satuan", "formula", "awal", "target_akhir", "pagu_akhir",
                        "lokasi", "sumber_dana", "polaritas"},
            "aksi": {"kode", "uraian", "indikator", "satuan", "kumulatif", "tahunan", "tw1", "tw2", "tw3", "tw4",
                     "formula", "polaritas"},
            "tujuan": {"tingkat", "uraian", "indikator", "satuan", "formula", "polaritas", "awal", "target_akhir"},
            "risiko": {"no", "kode_risiko", "sasaran_kegiatan", "indikator", "uraian_risiko", "skala_dampak",
                       "skala_kemungkinan", "nilai_risiko", "level_risiko"},
            "bab": {"bab", "judul"},
            "dokumen": {"isian", "nilai"},
        }[kind]
        sheet = _Sheet(self._cells(book, title), kind, wanted)
        if not sheet.header_row:
            self.note("no_header", Location(sheet=title), sheet=title)
        return sheet

    def _cells(self, book: Workbook, title: str, stop_after: int | None = None) -> SheetCells:
        """The sheet's cells, its text normalised as published text is (look-alike letters, a
        zero-width space pasted after an amount: `normalise.normalise_text`)."""
        try:
            cells = book.read(title, self.limits.max_rows, self.limits.max_columns, stop_after)
        except RowLimit as e:
            raise ReadError("sheet_rows", sheet=title, limit=e.limit) from e
        except ExpatError as e:  # the sheet's XML is broken: say which sheet, and where
            raise ReadError("workbook_open", error=f"{title}: {e}") from e
        cells.rows = [(index, tuple(map(_plain, row))) for index, row in cells.rows]
        return cells

    def _dokumen(self, book: Workbook, title: str | None) -> tuple[Metadata, str | None]:
        meta, doc_type = Metadata(), None
        if title is None:
            return meta, None
        for _, row in self._cells(book, title, stop_after=50).rows:
            if len(row) < 2 or row[0] is None:
                continue
            k, v = key(row[0]), ("" if row[1] is None else str(row[1]).strip())
            if k in ("jenis", "jenisdokumen", "doctype"):
                vk = key(v)
                doc_type = {"renstra": "renstra", "perubahanrenstra": "renstra", "renja": "renja",
                            "rencanaaksi": "rencana_aksi", "rencanaaksitriwulan": "rencana_aksi"}.get(vk)
                if doc_type is None and v:
                    raise ReadError("doc_type_bad", value=v)
            elif k in ("perangkatdaerah", "opd", "skpd"):
                meta.perangkat_daerah = v
            elif k in ("kecamatan", "kabupaten", "provinsi"):
                setattr(meta, k, v)
            elif k == "tahun":
                years = re.findall(r"20\d{2}", v)
                meta.year = int(years[0]) if years else None
            elif k == "periode":
                years = [int(y) for y in re.findall(r"20\d{2}", v)]
                if years:
                    meta.period_start, meta.period_end = years[0], years[-1]
        return meta, doc_type

    def _chapters(self, sheet: _Sheet) -> list[Chapter]:
        chapters = []
        for index, row in sheet.rows:
            label, title = sheet.text(row, "bab"), sheet.text(row, "judul")
            if not (label or title):
                continue
            number = roman_to_int(label.upper().replace("BAB", "").strip()) if label else None
            chapters.append(Chapter(number=number, label=label, title=title, location=sheet.loc(index, sheet.columns.get("judul"))))
        return chapters

    def _indicator(self, sheet: _Sheet, index: int, row: tuple, periods: list[str]) -> Indicator:
        polarity = polarity_of(sheet.text(row, "polaritas"))
        unit = sheet.text(row, "satuan")
        kind = _kind_of_unit(unit)
        targets = {}
        for period in periods:
            v = self.value(sheet, index, row, sheet.years.get(("target", period)), kind)
            if v is not None:
                targets[period] = v
        awal = self.value(sheet, index, row, sheet.columns.get("awal"), kind)
        akhir = self.value(sheet, index, row, sheet.columns.get("target_akhir"), kind)
        return Indicator(name=sheet.text(row, "indikator"), unit=unit, formula=sheet.text(row, "formula"),
                         polarity=polarity, baseline=awal, targets=targets, target_akhir=akhir,
                         location=sheet.loc(index, sheet.columns.get("indikator")))

    def _program(self, sheet: _Sheet) -> ProgramTable:
        periods = sorted({y for (kind, y) in sheet.years if kind == "target"})
        budget_periods = sorted({y for (kind, y) in sheet.years if kind == "pagu"})
        table = ProgramTable(name=sheet.title, periods=periods, budget_periods=budget_periods,
                             has_akhir="target_akhir" in sheet.columns or "pagu_akhir" in sheet.columns,
                             location=Location(sheet=sheet.title, row=sheet.header_row))
        last: dict[str, ProgramNode] = {}
        current: ProgramNode | None = None
        for index, row in sheet.rows:
            code = _CODE_CHARS.sub("", sheet.text(row, "kode")).strip(".").upper()
            name = sheet.text(row, "uraian")
            indicator = self._indicator(sheet, index, row, periods)
            if not code and not name:
                if current is not None and (indicator.name or indicator.targets):
                    current.indicators.append(indicator)
                elif indicator.name or any(v.present for v in indicator.targets.values()):
                    self.note("orphan_indicator", sheet.loc(index, None))
                continue
            if not code and TOTAL_PREFIX.match(name):
                for period in budget_periods:
                    m = self.money(sheet, index, row, sheet.years.get(("pagu", period)))
                    if m is not None and m.present:
                        table.totals[period] = m
                m = self.money(sheet, index, row, sheet.columns.get("pagu_akhir"))
                if m is not None and m.present:
                    table.totals["akhir"] = m
                continue
            level = level_of_code(code) if code else None
            level = level or level_of_words(name)
            if level is None:
                self.note("code_unplaced_sheet", sheet.loc(index, sheet.columns.get("kode")), name=name[:60], code=code)
                continue
            budgets = {}
            for period in budget_periods:
                m = self.money(sheet, index, row, sheet.years.get(("pagu", period)))
                if m is not None:
                    budgets[period] = m
            node = ProgramNode(code=code, level=level, name=name, budgets=budgets,
                               pagu_akhir=self.money(sheet, index, row, sheet.columns.get("pagu_akhir")),
                               lokasi=sheet.text(row, "lokasi"), sumber_dana=sheet.text(row, "sumber_dana"),
                               indicators=[indicator] if (indicator.name or indicator.targets) else [],
                               location=sheet.loc(index, sheet.columns.get("uraian")))
            self._attach(table, node, last, sheet, index)
            current = node
        return table

    def _attach(self, table: ProgramTable, node: ProgramNode, last: dict, sheet: _Sheet, index: int) -> None:
        """Hang a node under the nearest program / kegiatan above it; a kegiatan without one is a root."""
        missing = attach(table, last, node)
        if missing:
            self.note("not_under", sheet.loc(index, sheet.columns.get("kode")), level=f"@{node.level}",
                      node=node.code or node.name[:40], missing=f"@{missing}")

    def _aksi(self, sheet: _Sheet) -> ProgramTable:
        table = ProgramTable(name=sheet.title, periods=list(QUARTERS), quarterly=True,
                             location=Location(sheet=sheet.title, row=sheet.header_row))
        last: dict[str, ProgramNode] = {}
        current: ProgramNode | None = None
        for index, row in sheet.rows:
            code = _CODE_CHARS.sub("", sheet.text(row, "kode")).strip(".").upper()
            name = sheet.text(row, "uraian")
            unit = sheet.text(row, "satuan")
            kind = _kind_of_unit(unit)
            targets = {}
            for col_name, quarter in _QUARTER_COLUMNS.items():
                v = self.value(sheet, index, row, sheet.columns.get(col_name), kind)
                if v is not None:
                    targets[quarter] = v
            cum = key(sheet.text(row, "kumulatif"))
            indicator = Indicator(
                name=sheet.text(row, "indikator"), unit=unit, formula=sheet.text(row, "formula"), targets=targets,
                annual=self.value(sheet, index, row, sheet.columns.get("tahunan"), kind),
                cumulative=True if cum in ("ya", "y", "yes", "kumulatif") else False if cum in ("tidak", "t", "no", "n") else None,
                location=sheet.loc(index, sheet.columns.get("indikator")))
            if not code and not name:
                if current is not None:
                    current.indicators.append(indicator)
                continue
            level = (level_of_code(code) if code else None) or level_of_words(name)
            if level is None:
                self.note("row_unplaced_sheet", sheet.loc(index, sheet.columns.get("kode")), name=name[:60])
                continue
            node = ProgramNode(code=code, level=level, name=name, indicators=[indicator],
                               location=sheet.loc(index, sheet.columns.get("uraian")))
            self._attach(table, node, last, sheet, index)
            current = node
        return table

    def _goals(self, sheet: _Sheet) -> list[GoalRow]:
        periods = sorted({y for (kind, y) in sheet.years if kind == "target"})
        goals, level, statement = [], "tujuan", ""
        for index, row in sheet.rows:
            t = key(sheet.text(row, "tingkat"))
            if t.startswith("sasaran"):
                level = "sasaran"
            elif t.startswith("tujuan"):
                level = "tujuan"
            statement = sheet.text(row, "uraian") or statement
            indicator = self._indicator(sheet, index, row, periods)
            if indicator.name or indicator.targets:
                goals.append(GoalRow(level=level, statement=statement, indicator=indicator,
                                     location=sheet.loc(index, sheet.columns.get("uraian"))))
        return goals

    def _risks(self, sheet: _Sheet) -> list[RiskEntry]:
        risks = []
        for index, row in sheet.rows:
            description = sheet.text(row, "uraian_risiko")
            impact = self.value(sheet, index, row, sheet.columns.get("skala_dampak")) or Value()
            likelihood = self.value(sheet, index, row, sheet.columns.get("skala_kemungkinan")) or Value()
            score = self.value(sheet, index, row, sheet.columns.get("nilai_risiko")) or Value()
            level = sheet.text(row, "level_risiko")
            if not (description or impact.present or likelihood.present or score.present):
                continue
            risks.append(RiskEntry(
                number=sheet.text(row, "no"), code=sheet.text(row, "kode_risiko"),
                subject=sheet.text(row, "sasaran_kegiatan"), description=description, impact=impact,
                likelihood=likelihood, score=score, level=level,
                level_location=sheet.loc(index, sheet.columns.get("level_risiko")),
                location=sheet.loc(index, None)))
        return risks


def meta_given(meta) -> bool:
    """Whether the Dokumen sheet named the document (a kecamatan, a year or a period)."""
    return bool(meta.kecamatan or meta.year or meta.period_start)


def read(path: Path, limits: Limits) -> PlanBase:
    """Read a workbook in the FORMATS.md layout."""
    return WorkbookReader(path, limits).read()
