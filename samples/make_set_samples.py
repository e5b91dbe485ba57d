"""Write the cross-document samples: one kecamatan's Renstra 2026-2030, Renja 2027 and Rencana
Aksi 2027 that agree with each other, and another kecamatan's set with planted drifts, each as
workbooks (`set-*/.../*.xlsx`) and as published text (`*.txt`). Each form of each set names its
own kecamatan, so that the sets never mix when the samples folder is checked at once.

Planted in the faulty set (the comparisons the KSD rules make):
- the Renja's program target for 2027 is 88 where the Renstra says 90 (KSD-002);
- the Renja's kegiatan 7.01.02.2.02 has pagu 2027 Rp16.500.000 where the Renstra has 15.000.000 (KSD-003),
  with its program's pagu raised to match (so the Renja's own sums hold);
- the Renja has a sub kegiatan 7.01.02.2.02.0009 the Renstra does not (KSD-001);
- the Rencana Aksi's annual target for the program is 85 where the Renja says 88 (KSD-004);
- the Rencana Aksi gives kegiatan 7.01.02.2.01 an indicator the Renja row does not have (KSD-005).

    python samples/make_set_samples.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from checker.writers.case import write_case_workbook  # noqa: E402

YEARS = [2026, 2027, 2028, 2029, 2030]
# code, name, indicator, unit, targets per year, pagu per year
ROWS = [
    ("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Persentase layanan selesai tepat waktu",
     "%", [88, 90, 92, 94, 95], [40_000_000, 45_000_000, 47_000_000, 49_000_000, 51_000_000]),
    ("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "Jumlah rapat koordinasi", "Kegiatan",
     [12, 12, 12, 12, 12], [25_000_000, 30_000_000, 31_000_000, 32_000_000, 33_000_000]),
    ("7.01.02.2.01.0001", "Rapat Koordinasi Pimpinan Kecamatan", "Jumlah rapat koordinasi", "Kegiatan",
     [12, 12, 12, 12, 12], [25_000_000, 30_000_000, 31_000_000, 32_000_000, 33_000_000]),
    ("7.01.02.2.02", "Pelayanan Administrasi Terpadu Kecamatan", "Jumlah dokumen layanan diterbitkan", "Dokumen",
     [900, 950, 1000, 1050, 1100], [15_000_000, 15_000_000, 16_000_000, 17_000_000, 18_000_000]),
    ("7.01.02.2.02.0001", "Penerbitan Dokumen Layanan Administrasi", "Jumlah dokumen layanan diterbitkan", "Dokumen",
     [900, 950, 1000, 1050, 1100], [15_000_000, 15_000_000, 16_000_000, 17_000_000, 18_000_000]),
]
SETS = {"konsisten": ("Harapan Jaya", "Harapan Baru"), "salah": ("Mekar Sari", "Mekar Jaya")}  # (xlsx, txt) kecamatan


def plan_rows(faulty: bool) -> tuple[list, list, list]:
    """The Renstra's, the Renja's and the Rencana Aksi's rows."""
    renstra = [list(r) for r in ROWS]
    renja = [[c, n, i, u, list(t), list(p)] for c, n, i, u, t, p in ROWS]
    aksi = [[c, n, i, u, t[1]] for c, n, i, u, t, _ in ROWS]
    extra_aksi = []
    if faulty:
        renja[0][4][1] = 88                          # KSD-002
        renja[3][5][1] = renja[4][5][1] = 16_500_000  # KSD-003 (kegiatan and its one sub kegiatan)
        renja[0][5][1] = 46_500_000                   # the program still sums its kegiatan
        renja.append(["7.01.02.2.02.0009", "Pelayanan Administrasi Keliling", "Jumlah desa dilayani", "Desa",
                      [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]])  # KSD-001 (pagu 0: the kegiatan's sum holds)
        aksi[0][4] = 85                              # KSD-004
        extra_aksi = [["", "", "Persentase desa yang hadir dalam rapat koordinasi", "%", 80]]  # KSD-005, under 7.01.02.2.01
    return renstra, renja, (aksi, extra_aksi)


def _dokumen(kind: str, kecamatan: str) -> list[list]:
    when = ["periode", "2026-2030"] if kind == "renstra" else ["tahun", 2027]
    return [["Isian", "Nilai"], ["jenis", kind], ["kecamatan", kecamatan], ["kabupaten", "Wonosari Lor"], when]


def write_workbooks(folder: Path, kecamatan: str, faulty: bool) -> None:
    renstra, renja, (aksi, extra) = plan_rows(faulty)
    head = ["Kode", "Uraian", "Indikator", "Satuan"]
    write_case_workbook({"Dokumen": _dokumen("renstra", kecamatan), "Program": [
        head + [f"{w} {y}" for y in YEARS for w in ("Target", "Pagu")],
        *[[c, n, i, u, *[x for k in range(5) for x in (t[k], p[k])]] for c, n, i, u, t, p in renstra]]},
        folder / "renstra-2026-2030.xlsx")
    write_case_workbook({"Dokumen": _dokumen("renja", kecamatan), "Program": [
        head + ["Target 2027", "Pagu 2027", "Target 2028", "Pagu 2028"],
        *[[c, n, i, u, t[1], p[1], t[2], p[2]] for c, n, i, u, t, p in renja]]}, folder / "renja-2027.xlsx")
    rows = []
    for c, n, i, u, annual in aksi:
        cumulative = "ya" if u == "%" else "tidak"
        quarters = [annual * k / 4 for k in (1, 2, 3, 4)] if cumulative == "ya" else [annual / 4] * 4
        rows.append([c, n, i, u, cumulative, annual, *quarters])
        if c == "7.01.02.2.01":
            rows += [r[:4] + ["ya", r[4], r[4] / 4, r[4] / 2, 3 * r[4] / 4, r[4]] for r in extra]
    write_case_workbook({"Dokumen": _dokumen("rencana_aksi", kecamatan), "Rencana Aksi": [
        head + ["Kumulatif", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"], *rows]}, folder / "rencana-aksi-2027.xlsx")


def _table(rows: list[list]) -> list[str]:
    return ["\t".join(str(c) for c in r) for r in rows]


def _figure(v) -> str:
    return f"{v:,}".replace(",", ".") if isinstance(v, int) and v >= 1000 else str(v)


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def _outline(kind: str) -> list[str]:
    """The chapter titles of the default profile's outline, as a heading prints them."""
    from checker.rulebook import load_profile
    return [slot.title.upper() for slot in load_profile().outlines[kind]]


def _chapters(kind: str, table_at: int, table: list[str]) -> list[str]:
    """The document's chapters, each with a sentence, and the table in chapter `table_at`."""
    out = []
    for k, title in enumerate(_outline(kind)):
        out += [f"BAB {ROMAN[k]}", title, ""]
        # a chapter runs over pages: headings a few lines apart would read as a list of chapters
        out += [f"Uraian bagian {n} bab ini disusun oleh tim perencana kecamatan bersama perangkat desa." for n in
                range(1, 13)] + [""]
        if k == table_at:
            out += table
    return out


def write_texts(folder: Path, kecamatan: str, faulty: bool) -> None:
    renstra, renja, (aksi, extra) = plan_rows(faulty)
    up = kecamatan.upper()
    renstra_text = ["RENCANA STRATEGIS", f"KECAMATAN {up}", "KABUPATEN WONOSARI LOR", "TAHUN 2026-2030", "",
                    *_chapters("renstra", 5, ["Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan", "",
                    *_table([["Kode", "Program/Kegiatan", "Indikator Kinerja", *[f"{w} {y}" for y in YEARS for w in ("Target", "Pagu")]],
                             *[[c, n, i, *[x for k in range(5) for x in (f"{t[k]}{' %' if u == '%' else ' ' + u}", _figure(p[k]))]]
                               for c, n, i, u, t, p in renstra]]), ""])]
    renja_text = ["RENCANA KERJA", f"KECAMATAN {up}", "KABUPATEN WONOSARI LOR", "TAHUN 2027", "",
                  *_chapters("renja", 3, ["Tabel 4.1 Rencana Program dan Kegiatan Tahun 2027", "",
                  *_table([["Kode", "Program/Kegiatan", "Indikator Kinerja", "Target 2027", "Pagu 2027", "Target 2028", "Pagu 2028"],
                           *[[c, n, i, f"{t[1]}{' %' if u == '%' else ' ' + u}", _figure(p[1]),
                              f"{t[2]}{' %' if u == '%' else ' ' + u}", _figure(p[2])] for c, n, i, u, t, p in renja]]), ""])]
    (folder / "renstra-2026-2030.txt").write_text("\n".join(renstra_text), encoding="utf-8")
    (folder / "renja-2027.txt").write_text("\n".join(renja_text), encoding="utf-8")
    # The Rencana Aksi as published: no codes (its rows pair with the Renja's by name), one
    # quarter per line, a percentage's quarters cumulative (its TW IV is the year's target).
    lines = ["RENCANA AKSI TAHUN 2027", f"KECAMATAN {up}", "KABUPATEN WONOSARI LOR", "",
             "Rencana aksi ini menjabarkan target kinerja tahunan ke dalam target triwulan.", "",
             "Tabel 1 Rencana Aksi", "", "URAIAN\tINDIKATOR KINERJA\tSATUAN\tTARGET\t"]
    level = {2: "Program", 4: "Kegiatan", 5: "Sub Kegiatan"}
    for k, (code, name, indicator, unit, annual) in enumerate(aksi, start=1):
        quarters = [annual * q // 4 for q in (1, 2, 3, 4)] if unit == "%" else [annual // 4] * 4
        shown = [f"{v}%" if unit == "%" else str(v) for v in quarters]
        word = level[code.count(".")]
        label = f"{k}. {name}" if name.lower().startswith(word.lower()) else f"{k}. {word} {name}"
        lines.append("\t".join([label, f"1. {indicator}", "Persen" if unit == "%" else unit, "TW I", shown[0]]))
        lines += ["\t".join(["", "", "", f"TW {q}", shown[j]]) for j, q in enumerate(("II", "III", "IV"), start=1)]
        if code == "7.01.02.2.01":
            for _, _, more, more_unit, value in extra:
                lines.append("\t".join(["", f"2. {more}", "Persen", "TW I", f"{value // 4}%"]))
                lines += ["\t".join(["", "", "", f"TW {q}", f"{value * j // 4}%"]) for j, q in
                          ((2, "II"), (3, "III"), (4, "IV"))]
    lines += ["", "Demikian rencana aksi ini disusun untuk dilaksanakan.", ""]
    (folder / "rencana-aksi-2027.txt").write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    made = {}
    for name, (xlsx_kecamatan, text_kecamatan) in SETS.items():
        faulty = name == "salah"
        folder = HERE / f"set-{name}"
        folder.mkdir(exist_ok=True)
        write_workbooks(folder, xlsx_kecamatan, faulty)
        write_texts(folder, text_kecamatan, faulty)
        made[name] = sorted(p.name for p in folder.iterdir())
    print(json.dumps(made, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
