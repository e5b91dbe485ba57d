"""A small SpreadsheetML (xlsx) writer for the per-document report.

openpyxl spends about 12 ms on any workbook it writes, however small (style tables, temporary
files per sheet); a batch writes one report per document, so that alone was a quarter of a
batch's time. This writes the few parts a report needs directly: inline strings, numbers, a fixed
style table (header, bold, severity fills, Rupiah and number formats, wrapped text), column
widths, a frozen header row and an autofilter. The output is read back by openpyxl in the tests.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Cell styles (index into cellXfs below).
PLAIN, HEAD, BOLD, ERROR, WARNING, INFO, WRAP, RUPIAH, NUMBER, BOLD_ERROR, BOLD_WARNING, BOLD_CLEAN, TITLE, DECIMAL = \
    range(14)
SEVERITY_STYLE = {"error": ERROR, "warning": WARNING, "info": INFO}

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;#,##0;-&quot;Rp&quot;#,##0"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF1F3864"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF8CBAD"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFE699"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="14">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0" applyFill="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="0" fontId="1" fillId="4" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="0" fontId="1" fillId="6" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


@dataclass
class Cell:
    value: object
    style: int = PLAIN


@dataclass
class Sheet:
    title: str
    widths: list[int]
    header: bool = True  # first row is a frozen, filtered header
    rows: list[list] = field(default_factory=list)

    def add(self, row: list) -> None:
        self.rows.append(row)

    def xml(self) -> str:
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}">']
        if self.header:
            out.append('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                       'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
                       'sqref="A2"/></sheetView></sheetViews>')
        else:
            out.append('<sheetViews><sheetView workbookViewId="0"/></sheetViews>')
        out.append('<sheetFormatPr defaultRowHeight="15"/>')
        if self.widths:  # an empty <cols> is invalid
            out.append("<cols>" + "".join(f'<col min="{k}" max="{k}" width="{w}" customWidth="1"/>'
                                          for k, w in enumerate(self.widths, 1)) + "</cols>")
        out.append("<sheetData>")
        for r, row in enumerate(self.rows, start=1):
            out.append(f'<row r="{r}">')
            for k, item in enumerate(row, start=1):
                out.append(_cell(f"{get_column_letter(k)}{r}", item))
            out.append("</row>")
        out.append("</sheetData>")
        if self.header and len(self.rows) > 1:
            out.append(f'<autoFilter ref="{self.filter_ref()}"/>')
        out.append("</worksheet>")
        return "".join(out)

    def filter_ref(self) -> str:
        width = max(len(r) for r in self.rows)
        return f"A1:{get_column_letter(width)}{len(self.rows)}"


def _cell(ref: str, item) -> str:
    cell = item if isinstance(item, Cell) else Cell(item)
    value, style = cell.value, cell.style
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>' if style else ""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>' if isinstance(value, float) else f'<c r="{ref}"{s}><v>{value}</v></c>'
    text = _ILLEGAL.sub("", str(value))[:32767]
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f'<c r="{ref}" t="inlineStr"{s}><is><t{space}>{escape(text)}</t></is></c>'


def workbook(sheets: list[Sheet]) -> bytes:
    """The xlsx package holding these sheets, in order."""
    names = []
    for sheet in sheets:  # Excel: at most 31 characters, none of []:*?/\, unique
        name = re.sub(r"[\[\]:*?/\\]", "-", sheet.title)[:31] or "Lembar"
        while name in names:
            name = name[:28] + f"~{len(names)}"
        names.append(name)
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="{CT}.worksheet+xml"/>'
                        for k in range(1, len(sheets) + 1))
    content_types = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns='
                     f'"http://schemas.openxmlformats.org/package/2006/content-types">'
                     f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     f'<Default Extension="xml" ContentType="application/xml"/>'
                     f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                     f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>{overrides}</Types>')
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    sheet_entries = "".join(f'<sheet name={quoteattr(n)} sheetId="{k}" r:id="rId{k}"/>'
                            for k, n in enumerate(names, start=1))
    defined = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{k}" hidden="1">'
        f"{escape(_quote_sheet(names[k]))}!{_absolute(s.filter_ref())}</definedName>"
        for k, s in enumerate(sheets) if s.header and len(s.rows) > 1)
    wb_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
              f'<bookViews><workbookView/></bookViews><sheets>{sheet_entries}</sheets>'
              + (f"<definedNames>{defined}</definedNames>" if defined else "") + "</workbook>")
    wb_rels = "".join(f'<Relationship Id="rId{k}" Type="{REL}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                      for k in range(1, len(sheets) + 1))
    wb_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL}">{wb_rels}'
               f'<Relationship Id="rId{len(sheets) + 1}" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", root_rels)
        zf.writestr("xl/workbook.xml", wb_xml)
        zf.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        zf.writestr("xl/styles.xml", STYLES)
        for k, sheet in enumerate(sheets, start=1):
            zf.writestr(f"xl/worksheets/sheet{k}.xml", sheet.xml())
    return buf.getvalue()


def _quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _absolute(ref: str) -> str:
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in ref.split(":"))
