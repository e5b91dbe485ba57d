"""`rencana template`: the FORMATS.md workbook layout, empty, with a note on every header."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from ..layout import DOKUMEN_KEYS, TEMPLATE, TEMPLATE_SHEETS, program_columns
from ..numbers import roman

NOTES = {
    "Kode": "Kode program (7.01.02), kegiatan (7.01.02.2.01) atau sub kegiatan (7.01.02.2.01.0001). "
            "Kosongkan Kode dan Uraian untuk indikator tambahan dari baris di atasnya.",
    "Uraian": "Nama program, kegiatan atau sub kegiatan; baris 'Jumlah' tanpa kode adalah total tabel.",
    "Satuan": "Persen, Indeks, Dokumen, Orang, ...",
    "Formula": "Cara menghitung; untuk persen: (pembilang / penyebut) x 100%.",
    "Polaritas": "naik (makin tinggi makin baik) atau turun; kosong = ditebak dari nama indikator.",
    "Kumulatif": "ya: target triwulan adalah capaian s.d. triwulan itu (TW IV = target tahunan).",
    "Skala Dampak": "Bilangan bulat 1-5.",
    "Skala Kemungkinan": "Bilangan bulat 1-5.",
    "Nilai Risiko": "Dampak x kemungkinan (atau matriks profil).",
    "Level Risiko": "Sangat Rendah, Rendah, Sedang, Tinggi, Sangat Tinggi.",
    "Isian": "Nama isian; jangan diubah.",
    "Nilai": "Isi di sini: nama kecamatan dan kabupaten, tahun (Renja, Rencana Aksi) atau periode (Renstra, 2025-2029).",
    "Bab": "Nomor bab dalam angka Romawi, sesuai sistematika dokumen.",
    "Judul": "Judul bab sebagaimana tertulis di dokumen.",
    "Tingkat": "tujuan atau sasaran.",
    "Target Tahunan": "Target indikator untuk satu tahun.",
    "TW I": "Target sampai akhir triwulan I (kumulatif) atau untuk triwulan I saja.",
    "Target Akhir": "Persen/indeks: target tahun terakhir; jumlah kumulatif: jumlah target tahunan.",
    "Pagu Akhir": "Jumlah pagu seluruh tahun.",
}
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
# Columns a planner picks a value for: a dropdown, so that 'Naik ' or '6' never reaches the check.
CHOICES = {"Polaritas": "naik,turun", "Kumulatif": "ya,tidak", "Tingkat": "tujuan,sasaran"}
SCALES = ("Skala Dampak", "Skala Kemungkinan")  # whole numbers 1-5
ROWS = 500  # how far down the dropdowns reach


def _note(header: str) -> str:
    if header.startswith("Target 20"):
        return "Target tahun ini, angka saja (satuan di kolom Satuan)."
    if header.startswith("Pagu 20"):
        return "Pagu indikatif tahun ini dalam Rupiah, tanpa desimal."
    return NOTES.get(header, "")


def _choices(ws, headers: list[str], levels: list[str]) -> None:
    choices = {**CHOICES, **({"Level Risiko": ",".join(levels)} if levels else {})}
    for col, header in enumerate(headers, start=1):
        letter = ws.cell(row=1, column=col).column_letter
        if header in choices:
            rule = DataValidation(type="list", formula1=f'"{choices[header]}"', allow_blank=True)
        elif header in SCALES:
            rule = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True)
        else:
            continue
        rule.error, rule.errorTitle, rule.showErrorMessage = _note(header) or "Pilih dari daftar.", header, True
        ws.add_data_validation(rule)
        rule.add(f"{letter}2:{letter}{ROWS}")


def write_template(doc_type: str, output: Path, start: int = 2025, years: int = 5,
                   outline: list | None = None, levels: list[str] | None = None) -> None:
    """The empty workbook; `outline` (the profile's chapters for this type) fills the Bab sheet,
    `levels` (the profile's risk levels) is the Level Risiko dropdown."""
    period = list(range(start, start + years)) if doc_type == "renstra" else [start, start + 1]
    wb = Workbook()
    wb.remove(wb.active)
    for name in TEMPLATE_SHEETS[doc_type]:
        ws = wb.create_sheet(name)
        if name == "Program":
            headers = program_columns(doc_type, period)
        elif name == "Tujuan Sasaran":
            headers = [h for h in TEMPLATE[name] if "{year}" not in h] + [f"Target {y}" for y in period]
            if doc_type == "renstra":
                headers.append("Target Akhir")
        else:
            headers = TEMPLATE[name]
        for col, header in enumerate(headers, start=1):
            cell = ws.cell(row=1, column=col, value=header)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            note = _note(header)
            if note:
                cell.comment = Comment(note, "rencana")
            ws.column_dimensions[cell.column_letter].width = max(12, min(40, len(header) + 4))
        ws.freeze_panes = "A2"
        _choices(ws, headers, levels or [])
        if name == "Bab":
            for chapter in outline or []:
                ws.append([roman(chapter.bab), chapter.title])
        if name == "Dokumen":
            values = {"jenis": doc_type,
                      "tahun": "" if doc_type == "renstra" else str(start),
                      "periode": f"{period[0]}-{period[-1]}" if doc_type == "renstra" else ""}
            for row, k in enumerate(DOKUMEN_KEYS, start=2):
                if (k == "tahun" and doc_type == "renstra") or (k == "periode" and doc_type != "renstra"):
                    continue
                ws.append([k, values.get(k, "")])
    output.parent.mkdir(parents=True, exist_ok=True)
    wb.save(output)

