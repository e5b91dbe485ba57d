"""readers/cells.py reads the same values openpyxl does (read-only, data_only), and what openpyxl
cannot be asked for in one pass: the text of formulas without a cached value."""
import datetime as dt
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.readers.cells import RowLimit, Workbook, column_index


def by_cell_ours(path, title, **kw):
    with zipfile.ZipFile(path) as archive:
        sheet = Workbook(archive).read(title, kw.get("max_rows", 10_000), kw.get("max_columns", 2_000))
    return {(r, c): v for r, row in sheet.rows for c, v in enumerate(row) if v not in (None, "")}, sheet


def by_cell_openpyxl(path, title):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return {(r, c): v for r, row in enumerate(wb[title].iter_rows(values_only=True), start=1)
                for c, v in enumerate(row) if v not in (None, "")}
    finally:
        wb.close()


def test_column_letters():
    assert [column_index(r) for r in ("A1", "Z9", "AA10", "AB12", "$C$3", "xfd1")] == [0, 25, 26, 27, 2, 16383]
    assert column_index("1A") == column_index("ZZZZ9") == -1  # no column: the cell is skipped


def test_same_values_as_openpyxl_for_every_kind_of_cell(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Program"
    ws.append(["Kode", "Uraian", "Target 2026", "Pagu 2026", "Catatan"])
    ws.append(["7.01.01", "Program Penunjang", 12, 1_500_000_000, None])
    ws.append([None, "  spasi di tepi  ", 84.31, -2.5e-7, True])
    ws.append(["1.2", "Tanggal", dt.datetime(2026, 3, 31, 8, 30), dt.date(2026, 1, 2), False])
    ws["F7"] = "di baris jauh"  # rows 5 and 6 are empty
    ws["AB3"] = "kolom jauh"
    ws["C8"] = "#N/A"  # written as an error cell
    ws["D8"] = "Ünïcödé — 😀 < & >"
    path = tmp_path / "kinds.xlsx"
    wb.save(path)
    ours, _ = by_cell_ours(path, "Program")
    assert ours == by_cell_openpyxl(path, "Program")
    assert ours[(4, 2)] == dt.datetime(2026, 3, 31, 8, 30)
    assert isinstance(ours[(2, 3)], int) and isinstance(ours[(3, 2)], float)


def test_formula_without_a_cached_value_is_none_with_its_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Program"
    ws.append(["Pagu", 10, 20, "=SUM(B1:C1)"])
    path = tmp_path / "f.xlsx"
    wb.save(path)  # openpyxl stores no cached value for a formula
    ours, sheet = by_cell_ours(path, "Program")
    assert (1, 3) not in ours
    assert sheet.formulas == {"D1": "=SUM(B1:C1)"}


def _package(tmp_path, sheet_xml: str, shared: str | None = None, date1904=False, styles: str | None = None):
    """A minimal hand-written .xlsx: the forms other producers write (prefixes, no `r`, rich text)."""
    types = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'spreadsheetml.sheet.main+xml"/>',
             '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.spreadsheetml.worksheet+xml"/>']
    if shared:
        types.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.spreadsheetml.sharedStrings+xml"/>')
    if styles:
        types.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.spreadsheetml.styles+xml"/>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    path = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   + "".join(types) + "</Types>")
        z.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}">'
                   + ('<workbookPr date1904="1"/>' if date1904 else "")
                   + '<sheets><sheet name="Program" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml.replace("MAIN", main))
        if shared:
            z.writestr("xl/sharedStrings.xml", shared.replace("MAIN", main))
        if styles:
            z.writestr("xl/styles.xml", styles.replace("MAIN", main))
    return path


def test_prefixed_elements_missing_references_and_rich_text(tmp_path):
    sheet = ('<x:worksheet xmlns:x="MAIN"><x:sheetData>'
             '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Pagu </x:t></x:r>'
             '<x:r><x:t>Kegiatan</x:t></x:r><x:rPh sb="0" eb="1"><x:t>BACAAN</x:t></x:rPh></x:is></x:c>'
             '<x:c><x:v>1.5E3</x:v></x:c></x:row>'
             '<x:row><x:c t="str"><x:f>A1&amp;"!"</x:f><x:v>Rich!</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c>'
             '<x:c t="b"><x:v>0</x:v></x:c><x:c t="d"><x:v>2026-05-01T00:00:00</x:v></x:c></x:row>'
             '</x:sheetData></x:worksheet>')
    shared = '<sst xmlns="MAIN"><si><r><t>Ri</t></r><r><t>ch</t></r></si></sst>'
    path = _package(tmp_path, sheet, shared)
    ours, sheet_cells = by_cell_ours(path, "Program")
    assert ours == {(1, 0): "Rich", (1, 1): "Pagu Kegiatan", (1, 2): 1500.0, (2, 0): "Rich!",
                    (2, 1): "#DIV/0!", (2, 2): False, (2, 3): dt.datetime(2026, 5, 1)}
    assert [r for r, _ in sheet_cells.rows] == [1, 2]
    assert ours == by_cell_openpyxl(path, "Program")
    assert not sheet_cells.formulas


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_date_styles_and_the_1904_calendar(tmp_path):
    styles = ('<styleSheet xmlns="MAIN"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
              '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs>'
              '</styleSheet>')
    sheet = ('<worksheet xmlns="MAIN"><sheetData><row r="3"><c r="A3" s="1"><v>1</v></c>'
             '<c r="B3" s="2"><v>1234.5</v></c><c r="C3" s="0"><v>7</v></c>'
             '<c r="D3"><f t="shared" si="0"/></c></row></sheetData></worksheet>')
    path = _package(tmp_path, sheet, styles=styles, date1904=True)
    ours, cells = by_cell_ours(path, "Program")
    assert ours == {(3, 0): dt.datetime(1904, 1, 2), (3, 1): 1234.5, (3, 2): 7}
    assert ours == by_cell_openpyxl(path, "Program")
    assert cells.formulas == {"D3": "=…"}  # a shared formula's later cell names no formula of its own


def test_row_limit_and_column_limit(tmp_path):
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c><c r="E{i}"><v>1</v></c></row>' for i in range(1, 40))
    path = _package(tmp_path, f'<worksheet xmlns="MAIN"><sheetData>{rows}</sheetData></worksheet>')
    with pytest.raises(RowLimit):
        by_cell_ours(path, "Program", max_rows=30)
    ours, _ = by_cell_ours(path, "Program", max_columns=3)
    assert all(c == 0 for _, c in ours)
    with zipfile.ZipFile(path) as archive:
        head = Workbook(archive).read("Program", 30, 100, stop_after=5)
    assert [r for r, _ in head.rows] == [1, 2, 3, 4, 5]


values = st.one_of(
    st.none(), st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20), st.booleans())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grid=st.lists(st.lists(values, max_size=8), max_size=12))
def test_random_grids_read_like_openpyxl(tmp_path, grid):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Program"
    for r, row in enumerate(grid, start=1):
        for c, v in enumerate(row, start=1):
            if isinstance(v, str) and v.startswith("="):
                v = " " + v  # a formula is another test
            ws.cell(row=r, column=c, value=v)
    path = tmp_path / "grid.xlsx"
    wb.save(path)
    assert by_cell_ours(path, "Program")[0] == by_cell_openpyxl(path, "Program")


def test_a_numeric_cell_holding_no_number_stays_text(tmp_path):
    """Another tool's 'NaN' or a stray word in a numeric cell is that cell's problem, not the file's."""
    sheet = ('<worksheet xmlns="MAIN"><sheetData><row r="1"><c r="A1"><v>NaN</v></c><c r="B1"><v>tujuh</v></c>'
             '<c r="C1"><v>inf</v></c><c r="D1"><v> 12 </v></c><c r="E1"><v>1.5E3</v></c></row></sheetData></worksheet>')
    ours, _ = by_cell_ours(_package(tmp_path, sheet), "Program")
    assert ours == {(1, 0): "NaN", (1, 1): "tujuh", (1, 2): "inf", (1, 3): 12, (1, 4): 1500.0}
