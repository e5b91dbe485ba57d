"""Synthetic kecamatan plans for benchmarks: workbooks in the FORMATS.md layout and published-style text.

A typical plan (scale 1) has 5-6 programs, 12-16 kegiatan and 25-40 sub kegiatan, each with an
indicator, targets and pagu for every year (5 for a Renstra, 2 for a Renja: the plan year and the
prakiraan maju), plus tujuan/sasaran rows, chapters and a risk register. `--scale k` multiplies
the program tree by k. With `--defects` about one plan in two carries planted errors (a wrong
program sum, a falling target, a risk score that is not impact x likelihood).

    python benchmarks/generate.py OUT_DIR --count 1000 [--scale 1] [--kind xlsx|txt] [--defects] [--seed 7]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from checker.layout import program_columns  # noqa: E402

NAMES = ["Sukamaju", "Sidorejo", "Karanganyar", "Mekarsari", "Tanjungsari", "Sumberejo", "Jatiroto", "Wonokerto",
         "Purwodadi", "Banjarsari", "Cibeureum", "Ngadirejo", "Mulyorejo", "Tegalrejo", "Kedungwuni"]
KABUPATEN = ["Wonosari Lor", "Sukadana", "Tanah Datar", "Lembah Hijau", "Pesisir Selatan"]
PROGRAMS = ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
            "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
            "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA"]
CHAPTERS = {"renstra": ["Pendahuluan", "Gambaran Pelayanan Perangkat Daerah", "Permasalahan dan Isu Strategis",
                        "Tujuan dan Sasaran", "Strategi dan Arah Kebijakan",
                        "Rencana Program dan Kegiatan serta Pendanaan", "Kinerja Penyelenggaraan Bidang Urusan",
                        "Penutup"],
            "renja": ["Pendahuluan", "Hasil Evaluasi Renja Tahun Lalu", "Tujuan dan Sasaran Perangkat Daerah",
                      "Rencana Kerja dan Pendanaan Perangkat Daerah", "Penutup"]}


def tree(rng: random.Random, years: list[int], scale: int) -> list[dict]:
    """Programs with kegiatan and sub kegiatan; parents' pagu are their children's sums."""
    programs = []
    for p in range(rng.randint(5, 6) * scale):
        pcode = f"7.01.{p + 1:02d}"
        kegiatan = []
        for k in range(rng.choice([2, 2, 3])):
            kcode = f"{pcode}.2.{k + 1:02d}"
            subs = [{"code": f"{kcode}.{s + 1:04d}", "name": f"Sub kegiatan {s + 1} dari {kcode}",
                     "ind": f"Jumlah dokumen keluaran {s + 1}", "unit": "Dokumen", "formula": "Dihitung jumlah dokumen",
                     "targets": dict.fromkeys(years, rng.randint(1, 12)),
                     "pagu": {y: rng.randint(5, 400) * 100_000 for y in years}, "children": []}
                    for s in range(rng.choice([2, 2, 3]))]
            kegiatan.append({"code": kcode, "name": f"Kegiatan {k + 1} program {p + 1}",
                             "ind": f"Persentase layanan kegiatan {k + 1} yang tepat waktu", "unit": "Persen",
                             "formula": "(Jumlah layanan tepat waktu / Jumlah layanan) x 100%",
                             "targets": {y: min(100, 80 + 3 * i) for i, y in enumerate(years)},
                             "pagu": {y: sum(s["pagu"][y] for s in subs) for y in years}, "children": subs})
        programs.append({"code": pcode, "name": PROGRAMS[p % len(PROGRAMS)] + ("" if p < 6 else f" {p + 1}"),
                         "ind": "Indeks kepuasan masyarakat", "unit": "Indeks", "formula": "Hasil survei",
                         "targets": {y: round(80 + 1.5 * i, 1) for i, y in enumerate(years)},
                         "pagu": {y: sum(k["pagu"][y] for k in kegiatan) for y in years}, "children": kegiatan})
    return programs


def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n["children"])


def plant(rng: random.Random, programs: list[dict], years: list[int]) -> None:
    prog = rng.choice(programs)
    prog["pagu"][years[0]] += 2_500_000                       # program no longer its kegiatan's sum
    keg = rng.choice(prog["children"])
    keg["targets"][years[-1]] = keg["targets"][years[0]] - 5  # a falling target


def plan_identity(i: int, rng: random.Random) -> tuple[str, str]:
    return NAMES[i % len(NAMES)] + (f" {i // len(NAMES)}" if i >= len(NAMES) else ""), rng.choice(KABUPATEN)


def write_xlsx(path: Path, doc_type: str, kecamatan: str, kabupaten: str, years: list[int], programs: list[dict],
               faulty: bool, rng: random.Random) -> None:
    # Normal mode, like a file saved by Excel: it records each sheet's <dimension> (write-only mode
    # does not, and openpyxl then parses every sheet twice to size it).
    wb = Workbook()
    wb.remove(wb.active)
    dok = wb.create_sheet("Dokumen")
    dok.append(["Isian", "Nilai"])
    for row in (["jenis", doc_type], ["kecamatan", kecamatan], ["kabupaten", kabupaten], ["provinsi", "Jawa Tengah"],
                ["periode", f"{years[0]}-{years[-1]}"] if doc_type == "renstra" else ["tahun", years[0]]):
        dok.append(row)
    bab = wb.create_sheet("Bab")
    bab.append(["Bab", "Judul"])
    for k, title in enumerate(CHAPTERS[doc_type], start=1):
        bab.append([k, title])
    goals = wb.create_sheet("Tujuan Sasaran")
    goals.append(["Tingkat", "Uraian", "Indikator", "Satuan", "Formula", "Polaritas", "Capaian Awal",
                  *(f"Target {y}" for y in years)])
    goals.append(["Tujuan", "Meningkatnya kualitas pelayanan publik kecamatan", "Indeks kepuasan masyarakat", "Indeks",
                  "Hasil survei", "naik", 78, *(round(80 + 1.5 * i, 1) for i, _ in enumerate(years))])
    goals.append(["Sasaran", "Meningkatnya tertib administrasi desa", "Persentase desa tertib administrasi", "Persen",
                  "(Jumlah desa tertib / Jumlah desa) x 100%", "naik", 60, *(65 + 5 * i for i, _ in enumerate(years))])
    prog = wb.create_sheet("Program")
    headers = program_columns(doc_type, years)
    prog.append(headers)
    for n in walk(programs):
        row = {"Kode": n["code"], "Uraian": n["name"], "Indikator": n["ind"], "Satuan": n["unit"],
               "Formula": n["formula"], "Capaian Awal": None, "Lokasi": "Kecamatan " + kecamatan, "Sumber Dana": "APBD"}
        for y in years:
            row[f"Target {y}"], row[f"Pagu {y}"] = n["targets"][y], n["pagu"][y]
        if doc_type == "renstra":
            row["Target Akhir"] = n["targets"][years[-1]] if n["unit"] != "Dokumen" else sum(n["targets"].values())
            row["Pagu Akhir"] = sum(n["pagu"].values())
        prog.append([row.get(h) for h in headers])
    risks = wb.create_sheet("Risiko")
    risks.append(["No", "Kode Risiko", "Sasaran/Kegiatan", "Uraian Risiko", "Skala Dampak", "Skala Kemungkinan",
                  "Nilai Risiko", "Level Risiko"])
    bands = [(5, "Sangat Rendah"), (10, "Rendah"), (15, "Sedang"), (20, "Tinggi"), (25, "Sangat Tinggi")]
    for k in range(6):
        impact, likelihood = rng.randint(1, 5), rng.randint(1, 5)
        score = impact * likelihood + (3 if faulty and k == 0 else 0)
        level = next(label for top, label in bands if score <= top) if score <= 25 else "Sangat Tinggi"
        risks.append([k + 1, f"R{k + 1:02d}", f"Kegiatan {k + 1}", f"Risiko keterlambatan {k + 1}", impact,
                      likelihood, score, level])
    wb.save(path)


def _pct(part: float, whole: float) -> str:
    return f"{part / whole * 100:.2f}".replace(".", ",")


def _evaluation(programs: list[dict], year: int, faulty: bool) -> list[str]:
    """Last year's evaluation (T-C.29 style): each program's indicator, target, realisation, ratio."""
    rows = ["Tabel 2.1", f"Evaluasi Pelaksanaan Renja Tahun {year}", "",
            "\t".join(["No", "Indikator Kinerja", f"Target Tahun {year}", f"Realisasi Tahun {year}",
                       "Tingkat Realisasi (%)"])]
    for k, prog in enumerate(programs, start=1):
        target = prog["targets"][min(prog["targets"])]
        done = round(target * 0.97, 2)
        ratio = _pct(done, target) if not (faulty and k == 1) else "99,50"   # a wrong ratio
        rows.append("\t".join([str(k), prog["ind"], f"{target}".replace(".", ","), f"{done}".replace(".", ","),
                               ratio]))
    return rows + [""]


def _goals(programs: list[dict], years: list[int]) -> list[str]:
    """Tujuan / sasaran indicators with the same targets the program table gives them."""
    head = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"] + [""] * (len(years) - 1)
    rows = ["Tabel 3.1", "Tujuan, Sasaran dan Indikator Kinerja", "", "\t".join(head),
            "\t".join([""] * 4 + [str(y) for y in years])]
    prog = programs[0]
    rows.append("\t".join(["1", "Meningkatnya kualitas pelayanan publik", prog["ind"], prog["unit"],
                           *(f"{prog['targets'][y]}".replace(".", ",") for y in years)]))
    return rows + [""]


def write_txt(path: Path, doc_type: str, kecamatan: str, kabupaten: str, years: list[int], programs: list[dict],
              faulty: bool = False) -> None:
    title = {"renstra": "RENCANA STRATEGIS", "renja": "RENCANA KERJA"}[doc_type]
    period = f"{years[0]}-{years[-1]}" if doc_type == "renstra" else str(years[0])
    lines = [f"{title}", f"KECAMATAN {kecamatan.upper()}", f"KABUPATEN {kabupaten.upper()}", f"TAHUN {period}", ""]
    for k, chapter in enumerate(CHAPTERS[doc_type], start=1):
        lines += [f"BAB {['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][k - 1]}", "", chapter.upper(), ""]
        lines += ["Uraian bab ini disusun dari data perangkat daerah dan hasil musyawarah kecamatan.", ""] * 6
        if k == 2:
            lines += _evaluation(programs, years[0] - 1, faulty)
        if k == {"renstra": 4, "renja": 3}[doc_type]:
            lines += _goals(programs, years)
        if k == {"renstra": 6, "renja": 4}[doc_type]:  # the program chapter
            head = ["Kode", "", "", "", "", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja"]
            for y in years:
                head += [f"Target {y}", f"Pagu Indikatif {y}"]
            lines += ["Tabel 4.1", "Rencana Program dan Kegiatan", "", "\t".join(head)]
            for n in walk(programs):
                p = n["code"].split(".")            # 7.01.01.2.01.0001 -> 7 | 01 | 01 | 2.01 | 0001
                parts = p[:3] + ([f"{p[3]}.{p[4]}"] if len(p) > 3 else []) + p[5:]
                code = parts + [""] * (5 - len(parts))
                cells = code + [n["name"], n["ind"]]
                for y in years:
                    cells += [f"{n['targets'][y]} {n['unit']}", f"{n['pagu'][y]:,}".replace(",", ".")]
                lines.append("\t".join(str(c) for c in cells))
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def generate(out: Path, count: int, scale: int = 1, kind: str = "xlsx", defects: bool = False, seed: int = 7,
             doc_type: str | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        dt = doc_type or ("renja" if i % 3 else "renstra")
        years = [2025, 2026, 2027, 2028, 2029] if dt == "renstra" else [2026, 2027]
        programs = tree(rng, years, scale)
        faulty = defects and i % 2 == 1
        if faulty:
            plant(rng, programs, years)
        kecamatan, kabupaten = plan_identity(i, rng)
        path = out / f"{dt}-{i:05d}-s{scale}.{kind}"
        if kind == "xlsx":
            write_xlsx(path, dt, kecamatan, kabupaten, years, programs, faulty, rng)
        else:
            write_txt(path, dt, kecamatan, kabupaten, years, programs, faulty)
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--kind", choices=["xlsx", "txt"], default="xlsx")
    ap.add_argument("--defects", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    paths = generate(args.out, args.count, args.scale, args.kind, args.defects, args.seed)
    print(f"wrote {len(paths)} plans to {args.out}")


if __name__ == "__main__":
    main()
