"""`rencana template`: the FORMATS.md workbook layout, empty, with a note on every header."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from ..layout import DOKUMEN_KEYS, TEMPLATE, TEMPLATE_SHEETS, program_columns

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
    "Target Akhir": "Persen/indeks: target tahun terakhir; jumlah kumulatif: jumlah target tahunan.",
    "Pagu Akhir": "Jumlah pagu seluruh tahun.",
}
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _note(header: str) -> str:
    if header.startswith("Target 20"):
        return "Target tahun ini, angka saja (satuan di kolom Satuan)."
    if header.startswith("Pagu 20"):
        return "Pagu indikatif tahun ini dalam Rupiah, tanpa desimal."
    return NOTES.get(header, "")


def write_template(doc_type: str, output: Path, start: int = 2025, years: int = 5) -> None:
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
