"""The cell values of an .xlsx workbook, sheet by sheet, as rows of plain Python values.

openpyxl reads the package: the content types, the workbook part and its relationships (which
sheet is which part), the shared strings and the number formats that mark a date. The cells
themselves are streamed from each sheet's XML by an expat handler that keeps only what the
checker looks at (value, formula, position). openpyxl's read-only worksheet builds an
ElementTree element per XML node and parses every sheet once more to size it; on a typical plan
that was 8 of the 15 ms the whole file took, and this reads the same cells in about 3.

Values come out as openpyxl gives them with `data_only=True`: numbers as int or float, shared
and inline strings as str, booleans, Excel errors as their text ('#DIV/0!'), dates as datetime,
a formula without a cached value as None (its text kept in `formulas`).
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from xml.parsers import expat

from openpyxl.packaging.manifest import Manifest
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.packaging.workbook import WorkbookPackage
from openpyxl.reader.excel import _find_workbook_part
from openpyxl.reader.strings import read_string_table
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import fromstring


class RowLimit(Exception):
    """A sheet has more rows than the reader may take."""

    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit


class _Enough(Exception):
    """Raised inside the parser to stop reading a sheet early."""


@dataclass
class SheetCells:
    """The non-empty rows of one sheet: (row number, values from column A) and formula texts."""

    title: str
    rows: list[tuple[int, tuple]] = field(default_factory=list)
    formulas: dict[str, str] = field(default_factory=dict)  # 'F12' -> '=SUM(F13:F15)', no cached value


class Workbook:
    """An open .xlsx: its sheets in workbook order, read on demand."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        manifest = Manifest.from_tree(fromstring(archive.read("[Content_Types].xml")))
        part = _find_workbook_part(manifest).PartName.lstrip("/")
        package = WorkbookPackage.from_tree(fromstring(archive.read(part)))
        rels = get_dependents(archive, get_rels_path(part)).to_dict()
        self.epoch = CALENDAR_MAC_1904 if package.properties and package.properties.date1904 else CALENDAR_WINDOWS_1900
        self.parts: dict[str, str] = {}  # sheet title -> part name, worksheets only (no chartsheets)
        for sheet in package.sheets:
            rel = rels.get(sheet.id)
            if rel is not None and rel.Type.endswith("/worksheet"):
                self.parts[sheet.name] = rel.target.lstrip("/")
        strings = manifest.find("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
        self.shared: list[str] = []
        if strings is not None:
            with archive.open(strings.PartName.lstrip("/")) as fh:
                self.shared = read_string_table(fh)
        styles = manifest.find("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
        self.date_styles = _date_styles(archive.read(styles.PartName.lstrip("/"))) if styles is not None else frozenset()

    @property
    def titles(self) -> list[str]:
        return list(self.parts)

    def read(self, title: str, max_rows: int, max_columns: int, stop_after: int | None = None) -> SheetCells:
        """The sheet's rows; RowLimit beyond `max_rows`; only the first `stop_after` rows if given."""
        handler = _SheetHandler(SheetCells(title), self, max_rows, max_columns, stop_after)
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        with self.archive.open(self.parts[title]) as fh:
            try:
                parser.ParseFile(fh)
            except _Enough:
                pass
        handler.flush_row()
        return handler.sheet


def _date_styles(xml: bytes) -> frozenset[int]:
    """Indexes of the cell styles (`s=`) whose number format shows a date or a time."""
    root = fromstring(xml)
    ns = f"{{{SHEET_MAIN_NS}}}"
    custom = {int(f.get("numFmtId")): f.get("formatCode", "") for f in root.iter(f"{ns}numFmt")}
    xfs = root.find(f"{ns}cellXfs")
    dates = set()
    for index, xf in enumerate(xfs if xfs is not None else ()):
        fmt_id = int(xf.get("numFmtId", 0))
        code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, ""))
        if code and is_date_format(code):
            dates.add(index)
    return frozenset(dates)


def column_index(ref: str) -> int:
    """0-based column of a cell reference: 'A1' -> 0, 'AB12' -> 27; -1 for one that names none."""
    try:
        return column_index_from_string(ref.rstrip("0123456789").strip("$").upper()) - 1
    except ValueError:
        return -1


def _number(text: str) -> int | float | str:
    """A numeric cell's value; text that is no number ('NaN', a stray word from another tool)
    stays text, for the reader to report as that cell's problem rather than the file's."""
    try:
        return float(text) if ("." in text or "E" in text or "e" in text) else int(text)
    except ValueError:
        return text


_LOCAL: dict[str, str] = {}


def _local(name: str) -> str:
    """An element's name without its namespace prefix ('x:c' -> 'c'), remembered."""
    _LOCAL[name] = local = name[name.find(":") + 1:]
    return local


class _SheetHandler:
    """expat callbacks for one sheet: `row` and `c` elements, the text of `v`, `f` and inline `t`."""

    def __init__(self, sheet: SheetCells, book: Workbook, max_rows: int, max_columns: int, stop_after: int | None):
        self.sheet, self.book = sheet, book
        self.max_rows, self.max_columns, self.stop_after = max_rows, max_columns, stop_after
        self.row_number = 0
        self.values: dict[int, object] = {}
        self.col = -1
        self.kind = self.style = None
        self.collect = None  # the list text is collected into, or None outside v/f/t
        self.value_text: list[str] = []
        self.formula_text: list[str] = []
        self.has_formula = False
        self.phonetic = 0  # inside <rPh>: a reading aid, not the cell's text

    def start(self, name: str, attrs: dict) -> None:
        tag = _LOCAL.get(name) or _local(name)
        if tag == "c":
            ref = attrs.get("r")
            self.col = column_index(ref) if ref else self.col + 1
            self.kind = attrs.get("t", "n")
            self.style = attrs.get("s")
            self.value_text.clear()
            self.formula_text.clear()
            self.has_formula = False
        elif tag == "v" or (tag == "t" and not self.phonetic):
            self.collect = self.value_text
        elif tag == "f":
            self.collect = self.formula_text
            self.has_formula = True
        elif tag == "row":
            self.flush_row()
            r = attrs.get("r")
            self.row_number = int(r) if r else self.row_number + 1
            if self.stop_after is not None and self.row_number > self.stop_after:
                raise _Enough
            if self.row_number > self.max_rows:
                raise RowLimit(self.max_rows)
            self.col = -1
        elif tag == "rPh":
            self.phonetic += 1

    def text(self, data: str) -> None:
        if self.collect is not None:
            self.collect.append(data)

    def end(self, name: str) -> None:
        tag = _LOCAL.get(name) or _local(name)
        if tag == "c":
            self._cell()
        elif tag in ("v", "t", "f"):
            self.collect = None
        elif tag == "rPh":
            self.phonetic -= 1

    def _cell(self) -> None:
        if not 0 <= self.col < self.max_columns:  # beyond the limit, or a reference that is no cell
            return
        text = "".join(self.value_text)
        kind = self.kind
        if kind == "n":
            value = _number(text) if text else None
            if self.style is not None and type(value) in (int, float) and int(self.style) in self.book.date_styles:
                value = from_excel(value, self.book.epoch)
        elif kind == "s":
            value = self.book.shared[int(text)] if text else None
        elif kind == "b":
            value = text == "1" if text else None
        elif kind == "d":
            value = from_ISO8601(text) if text else None
        else:  # inlineStr, str (a formula's text result), e (an error such as #DIV/0!)
            value = text if (text or kind == "inlineStr") else None
        if value is None and self.has_formula:
            # Keyed as the reader names cells; a shared formula's later cells carry no text of
            # their own, only the group's index.
            ref = get_column_letter(self.col + 1) + str(self.row_number)
            self.sheet.formulas[ref] = "=" + ("".join(self.formula_text) or "…")
        if value is not None and value != "":
            self.values[self.col] = value

    def flush_row(self) -> None:
        if self.values:
            values = self.values
            row = [None] * (max(values) + 1)
            for col, value in values.items():
                row[col] = value
            self.sheet.rows.append((self.row_number, tuple(row)))
            self.values = {}
