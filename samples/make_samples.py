"""Write the sample workbooks: for each document type a clean plan and a faulty one.

The faulty plans carry planted defects of every rule that applies to their type; every defect is
recorded (rule, sheet, row) in `expected.json`, which the end-to-end test compares with the report.
Parents' budgets are computed from their children after leaf defects are planted, so each planted
defect yields exactly the findings listed and no knock-on ones.

    python samples/make_samples.py          # rewrites samples/*.xlsx and samples/expected.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from checker.layout import program_columns  # noqa: E402

KAB, PROV = "Wonosari Lor", "Jawa Tengah"
PCT = "(Jumlah {a} / Jumlah {b}) x 100%"


def node(code, name, indicators, budgets=None, children=()):
    return {"code": code, "name": name, "indicators": indicators, "budgets": budgets or {}, "children": list(children)}


def ind(name, unit, formula, targets, akhir=None, awal=None):
    return {"name": name, "unit": unit, "formula": formula, "targets": targets, "akhir": akhir, "awal": awal}


def series(start, step, years):
    return {y: round(start + i * step, 2) for i, y in enumerate(years)}


def program_tree(years):
    """A kecamatan's programmes: three programs, five kegiatan, nine sub kegiatan."""
    n = len(years)
    b = lambda base: {y: base + 1_500_000 * i for i, y in enumerate(years)}  # noqa: E731
    docs = lambda k: {y: k for y in years}  # noqa: E731
    return [
        node("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", [
            ind("Persentase layanan administrasi perkantoran yang terpenuhi", "Persen",
                PCT.format(a="layanan terpenuhi", b="layanan dibutuhkan"), series(90, 2, years))], children=[
            node("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
                ind("Persentase dokumen perencanaan yang tepat waktu", "Persen",
                    PCT.format(a="dokumen tepat waktu", b="dokumen wajib"), series(95, 1, years))], children=[
                node("7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", [
                    ind("Jumlah dokumen perencanaan yang disusun", "Dokumen", "Dihitung jumlah dokumen", docs(2))],
                    b(12_400_000)),
                node("7.01.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", [
                    ind("Jumlah laporan evaluasi kinerja", "Laporan", "Dihitung jumlah laporan", docs(4))],
                    b(6_250_000)),
            ]),
            node("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", [
                ind("Persentase laporan keuangan yang tepat waktu", "Persen",
                    PCT.format(a="laporan tepat waktu", b="laporan wajib"), series(92, 2, years))], children=[
                node("7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", [
                    ind("Jumlah ASN yang menerima gaji dan tunjangan", "Orang", "Dihitung jumlah ASN", docs(24))],
                    b(1_184_300_000)),
                node("7.01.01.2.02.0003", "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", [
                    ind("Jumlah dokumen penatausahaan keuangan", "Dokumen", "Dihitung jumlah dokumen", docs(12))],
                    b(18_700_000)),
            ]),
        ]),
        node("7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", [
            ind("Indeks kepuasan masyarakat terhadap pelayanan kecamatan", "Indeks", "Hasil survei kepuasan masyarakat",
                series(80, 1.5, years))], children=[
            node("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", [
                ind("Persentase rekomendasi koordinasi yang ditindaklanjuti", "Persen",
                    PCT.format(a="rekomendasi ditindaklanjuti", b="rekomendasi"), series(70, 5, years))], children=[
                node("7.01.02.2.01.0002", "Peningkatan Efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan", [
                    ind("Jumlah laporan koordinasi pemerintahan", "Laporan", "Dihitung jumlah laporan", docs(12))],
                    b(27_900_000)),
            ]),
            node("7.01.02.2.04", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", [
                ind("Persentase layanan non perizinan yang selesai tepat waktu", "Persen",
                    PCT.format(a="layanan selesai tepat waktu", b="layanan"), series(85, 3, years))], children=[
                node("7.01.02.2.04.0002", "Pelaksanaan Urusan Pemerintahan terkait Pelayanan Non Perizinan", [
                    ind("Jumlah dokumen non perizinan yang diterbitkan", "Dokumen", "Dihitung jumlah dokumen",
                        docs(1_830))], b(9_650_000)),
            ]),
        ]),
        node("7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", [
            ind("Persentase lembaga kemasyarakatan desa yang aktif", "Persen",
                PCT.format(a="lembaga aktif", b="lembaga"), series(60, 5, years)),
            ind("Prevalensi stunting balita di wilayah kecamatan", "Persen",
                PCT.format(a="balita stunting", b="balita diukur"), series(18.4, -1.2, years))], children=[
            node("7.01.03.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", [
                ind("Jumlah desa yang difasilitasi pemberdayaan", "Desa", "Dihitung jumlah desa", docs(19))], children=[
                node("7.01.03.2.01.0001", "Peningkatan Partisipasi Masyarakat dalam Musrenbang Desa", [
                    ind("Jumlah lembaga kemasyarakatan yang berpartisipasi", "Lembaga", "Dihitung jumlah lembaga",
                        docs(38))], b(18_194_000)),
                node("7.01.03.2.01.0003", "Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat", [
                    ind("Jumlah kegiatan pemberdayaan yang difasilitasi", "Kegiatan", "Dihitung jumlah kegiatan",
                        docs(6))], b(39_790_000)),
                node("7.01.03.2.01.0004", "Fasilitasi Penanganan Stunting di Desa", [
                    ind("Jumlah desa yang menjalankan rembuk stunting", "Desa", "Dihitung jumlah desa", docs(19))],
                    b(15_000_000)),
            ]),
        ]),
    ][: 3 if n else 0]


def walk(nodes, depth=0):
    for n in nodes:
        yield n, depth
        yield from walk(n["children"], depth + 1)


def roll_up(nodes, years):
    """Parents' pagu = sum of their children's declared pagu (a blank child counts 0)."""
    for n in nodes:
        if n["children"]:
            roll_up(n["children"], years)
            if not n.get("fixed_budget"):
                n["budgets"] = {y: sum(c["budgets"].get(y) or 0 for c in n["children"]) for y in years}


def find(nodes, code):
    return next(n for n, _ in walk(nodes) if n["code"] == code)


class Sheet:
    """Rows written to one sheet, remembering the row of each key so defects can be located."""

    def __init__(self, ws, headers):
        self.ws, self.headers = ws, headers
        ws.append(headers)
        self.rows = {}

    def add(self, key, values: dict):
        self.ws.append([values.get(h, None) for h in self.headers])
        self.rows.setdefault(key, self.ws.max_row)
        return self.ws.max_row


def write_plan(doc_type, kecamatan, faulty, path):
    wb = Workbook()
    wb.remove(wb.active)
    expected = []

    def expect(rule, sheet, row):
        expected.append([rule, sheet, row])

    years = list(range(2025, 2030)) if doc_type == "renstra" else [2026, 2027]
    dok = wb.create_sheet("Dokumen")
    dok.append(["Isian", "Nilai"])
    for k, v in [("jenis", doc_type), ("perangkat_daerah", f"Kecamatan {kecamatan}"), ("kecamatan", kecamatan),
                 ("kabupaten", KAB), ("provinsi", PROV)]:
        dok.append([k, v])
    dok.append(["periode", "2025-2029"] if doc_type == "renstra" else ["tahun", 2026])

    outlines = {
        "renstra": ["Pendahuluan", "Gambaran Pelayanan Perangkat Daerah", "Permasalahan dan Isu-Isu Strategis",
                    "Tujuan dan Sasaran", "Strategi dan Arah Kebijakan", "Rencana Program dan Kegiatan serta Pendanaan",
                    "Kinerja Penyelenggaraan Bidang Urusan", "Penutup"],
        "renja": ["Pendahuluan", "Hasil Evaluasi Renja Perangkat Daerah Tahun Lalu", "Tujuan dan Sasaran Perangkat Daerah",
                  "Rencana Kerja dan Pendanaan Perangkat Daerah", "Penutup"],
    }
    if doc_type in outlines:
        titles = list(outlines[doc_type])
        bab = Sheet(wb.create_sheet("Bab"), ["Bab", "Judul"])
        roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
        if faulty and doc_type == "renstra":
            del titles[6]                        # BAB VII missing
            titles.append("Penutup")             # and the closing chapter twice
        if faulty and doc_type == "renja":
            titles[2], titles[3] = titles[3], titles[2]   # BAB III and IV swapped
        for i, t in enumerate(titles):
            row = bab.add((t, i), {"Bab": roman[i], "Judul": t})
            if faulty and doc_type == "renstra" and i == len(titles) - 1:
                expect("BAB-002", "Bab", row)
            if faulty and doc_type == "renja" and i in (2, 3):
                expect("BAB-003", "Bab", row)
        if faulty and doc_type == "renstra":
            expect("BAB-001", "Bab", None)

    # Tujuan / sasaran
    ts_headers = ["Tingkat", "Uraian", "Indikator", "Satuan", "Formula", "Polaritas", "Capaian Awal"] + \
        [f"Target {y}" for y in years] + (["Target Akhir"] if doc_type == "renstra" else [])
    ts = Sheet(wb.create_sheet("Tujuan Sasaran"), ts_headers)
    goal_rows = [
        ("tujuan", "Meningkatnya kualitas pelayanan publik kecamatan", "Indeks Kepuasan Masyarakat", "Indeks",
         "Rata-rata tertimbang nilai unsur pelayanan hasil survei", "naik", 81.2, series(82, 1, years)),
        ("sasaran", "Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP kecamatan", "Nilai",
         "Nilai hasil evaluasi SAKIP oleh Inspektorat", "", 62, series(64, 2, years)),
        ("sasaran", "Menurunnya angka kemiskinan di wilayah kecamatan", "Persentase penduduk miskin", "Persen",
         "(Jumlah penduduk miskin / Jumlah penduduk) x 100%", "", 11.8, series(11.5, -0.4, years)),
    ]
    for i, (level, text, name, unit, formula, pol, awal, targets) in enumerate(goal_rows):
        targets = dict(targets)
        if faulty and i == 2:
            targets[years[-1]] = targets[years[-2]] + 0.5          # poverty target rises in the last year
        vals = {"Tingkat": level, "Uraian": text, "Indikator": name, "Satuan": unit, "Formula": formula,
                "Polaritas": pol, "Capaian Awal": awal, **{f"Target {y}": v for y, v in targets.items()}}
        if doc_type == "renstra":
            vals["Target Akhir"] = targets[years[-1]]
        row = ts.add(("goal", i), vals)
        if faulty and i == 2:
            expect("TGT-002", "Tujuan Sasaran", row)

    tree = program_tree(years)
    if doc_type == "rencana_aksi":
        write_aksi(wb, tree, faulty, expect)
    else:
        write_program(wb, doc_type, tree, years, faulty, expect)
    write_risks(wb, faulty, expect)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return sorted(expected, key=lambda e: (e[0], e[1], e[2] or 0))


def write_program(wb, doc_type, tree, years, faulty, expect):
    headers = program_columns(doc_type, years)
    sheet = Sheet(wb.create_sheet("Program"), headers)
    planted = {}  # code -> rules planted on that row

    def plant(code, rule):
        planted.setdefault(code, []).append(rule)

    y0, y1, ylast = years[0], years[1], years[-1]
    if faulty:
        # Leaf defects first, then parents are summed, then parent defects.
        sub2 = find(tree, "7.01.03.2.01.0004")
        sub2["indicators"] = [ind("", "", "", {})]                         # IND-007 no indicator
        plant(sub2["code"], "IND-007")
        pct = find(tree, "7.01.01.2.02")["indicators"][0]
        pct["formula"] = "Jumlah laporan keuangan yang tepat waktu"        # IND-001 persen, count formula
        plant("7.01.01.2.02", "IND-001")
        k = find(tree, "7.01.02.2.04")["indicators"][0]
        k["formula"] = "Jumlah layanan selesai tepat waktu / Jumlah layanan"  # IND-002 no x 100
        plant("7.01.02.2.04", "IND-002")
        k = find(tree, "7.01.02.2.01")["indicators"][0]
        k["formula"] = "(Jumlah rekomendasi / Jumlah rekomendasi) x 100%"  # IND-003
        plant("7.01.02.2.01", "IND-003")
        k = find(tree, "7.01.01.2.01.0001")["indicators"][0]
        k["unit"] = "Persen"                                               # IND-004 Jumlah ... in Persen
        k["formula"] = "(Jumlah dokumen disusun / Jumlah dokumen wajib) x 100%"
        k["targets"] = {y: 100 for y in years}
        plant("7.01.01.2.01.0001", "IND-004")
        k = find(tree, "7.01.03")["indicators"][0]
        k["targets"][ylast] = 120                                          # IND-005 over 100
        plant("7.01.03", "IND-005")
        k = find(tree, "7.01.02.2.04.0002")["indicators"][0]
        k["unit"] = ""                                                     # IND-006 no unit
        plant("7.01.02.2.04.0002", "IND-006")
        k = find(tree, "7.01.03.2.01.0001")["indicators"][0]
        k["targets"][y0] = None                                            # TGT-005 target kosong
        plant("7.01.03.2.01.0001", "TGT-005")
        k = find(tree, "7.01.01.2.01")["indicators"][0]
        k["targets"][y1] = k["targets"][y0] - 3                            # TGT-002 falls
        plant("7.01.01.2.01", "TGT-002")
        dup = find(tree, "7.01.01.2.02.0003")
        dup["code"] = "7.01.01.2.02.0001"                                  # KOD-001 code used twice
        plant("7.01.01.2.02.0001", "KOD-001")
        stray = find(tree, "7.01.02.2.01.0002")
        stray["code"] = "7.01.03.2.01.0002"                                # KOD-002 under the wrong kegiatan
        plant("7.01.02.2.01", "KOD-002")
    roll_up(tree, years)
    if faulty:
        # A cell left empty after the kegiatan above was summed: its pagu still counts it.
        sub = find(tree, "7.01.01.2.01.0007")
        sub["budgets"][y1] = None                                          # ANG-005 pagu kosong
        plant(sub["code"], "ANG-005")
        plant("7.01.01.2.01", "ANG-002")                                   # ... and its kegiatan's sum
        keg = find(tree, "7.01.01.2.02")
        keg["budgets"][y1] += 3_246_000                                    # ANG-002
        plant("7.01.01.2.02", "ANG-002")
        prog = find(tree, "7.01.01")
        prog["budgets"][y1] = sum(c["budgets"][y1] for c in prog["children"])
        prog2 = find(tree, "7.01.02")
        prog2["budgets"][y0] -= 1_830_000                                  # ANG-001
        plant("7.01.02", "ANG-001")
    totals = {y: sum(n["budgets"][y] or 0 for n in tree) for y in years}
    if faulty:
        totals[y0] += 10_000_000                                           # ANG-003
    for n, _ in walk(tree):
        first = True
        for i in n["indicators"] or [ind("", "", "", {})]:
            vals = {"Indikator": i["name"], "Satuan": i["unit"], "Formula": i["formula"]}
            for y in years:
                vals[f"Target {y}"] = i["targets"].get(y)
            if doc_type == "renstra" and i["name"]:
                level_unit = i["unit"] in ("Persen", "Indeks", "Nilai")
                present = [v for v in i["targets"].values() if v is not None]
                vals["Target Akhir"] = i["targets"][years[-1]] if level_unit else sum(present)
            if first:
                vals.update({"Kode": n["code"], "Uraian": n["name"]})
                for y in years:
                    vals[f"Pagu {y}"] = n["budgets"].get(y)
                if doc_type == "renstra":
                    vals["Pagu Akhir"] = sum(v or 0 for v in n["budgets"].values())
                if doc_type == "renja":
                    vals["Lokasi"] = "Kecamatan"
                    vals["Sumber Dana"] = "DAU"
            row = sheet.add((n["code"], i["name"]), vals)
            if faulty and first and doc_type == "renstra" and n["code"] == "7.01.01.2.01.0001":
                sheet.ws.cell(row=row, column=headers.index("Pagu Akhir") + 1).value = vals["Pagu Akhir"] + 5_000_000
                expect("ANG-004", "Program", row)                          # ANG-004
            if faulty and doc_type == "renstra" and n["code"] == "7.01.02" and first:
                cell = sheet.ws.cell(row=row, column=headers.index("Target Akhir") + 1)
                cell.value = round(sum(i["targets"].values()) / len(years), 2)   # TGT-001 mean, not last
                expect("TGT-001", "Program", row)
            for rule in planted.get(n["code"], []) if first else []:
                if rule != "KOD-001":  # both rows of a duplicated code are reported, below
                    expect(rule, "Program", row)
            if faulty and n["code"] == "7.01.01.2.02.0001":
                expect("KOD-001", "Program", row)
            first = False
    total_row = {"Uraian": "JUMLAH", **{f"Pagu {y}": totals[y] for y in years}}
    if doc_type == "renstra":
        total_row["Pagu Akhir"] = sum(totals.values())
    row = sheet.add("total", total_row)
    if faulty:
        expect("ANG-003", "Program", row)


def write_aksi(wb, tree, faulty, expect):
    headers = ["Kode", "Uraian", "Indikator", "Satuan", "Kumulatif", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"]
    sheet = Sheet(wb.create_sheet("Rencana Aksi"), headers)
    for n, _ in walk(tree):
        for k, i in enumerate(n["indicators"]):
            annual = list(i["targets"].values())[0]
            cumulative = i["unit"] in ("Persen", "Indeks")
            if cumulative:
                quarters = [round(annual * f, 2) for f in (0.25, 0.5, 0.75, 1)] if i["unit"] == "Persen" else [annual] * 4
            else:
                base = annual // 4
                quarters = [base, base, base, annual - 3 * base]
            vals = {"Indikator": i["name"], "Satuan": i["unit"], "Kumulatif": "ya" if cumulative else "tidak",
                    "Target Tahunan": annual, **dict(zip(headers[6:], quarters))}
            if k == 0:
                vals.update({"Kode": n["code"], "Uraian": n["name"]})
            defect = None
            if faulty:
                if n["code"] == "7.01.01.2.01" and k == 0:
                    vals["TW III"] = vals["TW II"] - 10; defect = "TGT-003"          # cumulative falls
                elif n["code"] == "7.01.01.2.02" and k == 0:
                    vals["TW IV"] = annual - 4; defect = "TGT-004"                    # TW IV != annual
                elif n["code"] == "7.01.02.2.04" and k == 0:
                    vals["TW IV"] = "-"; defect = "TGT-005"                           # TW IV missing
                elif n["code"] == "7.01.03" and k == 0:
                    vals["Target Tahunan"] = 110; vals["TW IV"] = 110; defect = "IND-005"
                elif n["code"] == "7.01.02.2.01.0002":
                    vals["Satuan"] = ""; defect = "IND-006"
            row = sheet.add((n["code"], k), vals)
            if defect:
                expect(defect, "Rencana Aksi", row)


def write_risks(wb, faulty, expect):
    headers = ["No", "Kode Risiko", "Sasaran/Kegiatan", "Indikator", "Uraian Risiko", "Pemilik", "Sebab", "Sumber",
               "C/UC", "Dampak", "Pihak Terkena", "Skala Dampak", "Skala Kemungkinan", "Nilai Risiko", "Level Risiko",
               "Rencana Pengendalian"]
    sheet = Sheet(wb.create_sheet("Risiko"), headers)
    bands = [(5, "Sangat Rendah"), (10, "Rendah"), (15, "Sedang"), (20, "Tinggi"), (25, "Sangat Tinggi")]
    level = lambda s: next(label for top, label in bands if s <= top)  # noqa: E731
    risks = [
        ("RS01", "Survei kepuasan masyarakat tidak mewakili penerima layanan", 4, 4),
        ("RO01", "Dokumen perencanaan terlambat disusun", 3, 2),
        ("RO02", "Layanan non perizinan melampaui standar waktu", 4, 3),
        ("RO03", "Usulan musrenbang desa tidak terakomodasi", 2, 2),
        ("RO04", "Data balita stunting tidak mutakhir", 5, 3),
    ]
    for i, (code, text, impact, likelihood) in enumerate(risks, start=1):
        score = impact * likelihood
        vals = {"No": i, "Kode Risiko": code, "Sasaran/Kegiatan": "Kecamatan", "Indikator": "-", "Uraian Risiko": text,
                "Pemilik": "Camat", "Sebab": "Internal", "Sumber": "Internal", "C/UC": "C", "Dampak": "Layanan terganggu",
                "Pihak Terkena": "Masyarakat", "Skala Dampak": impact, "Skala Kemungkinan": likelihood,
                "Nilai Risiko": score, "Level Risiko": level(score), "Rencana Pengendalian": "Monitoring bulanan"}
        defect = None
        if faulty:
            if code == "RO01":
                vals["Nilai Risiko"] = 8; vals["Level Risiko"] = "Rendah"; defect = "RSK-001"
            elif code == "RO02":
                vals["Level Risiko"] = "Rendah"; defect = "RSK-003"
            elif code == "RO03":
                vals["Skala Kemungkinan"] = 6; vals["Nilai Risiko"] = 12; vals["Level Risiko"] = "Sedang"; defect = "RSK-002"
            elif code == "RO04":
                vals["Skala Dampak"] = None; defect = "RSK-004"
        row = sheet.add(code, vals)
        if defect:
            expect(defect, "Risiko", row)


PLANS = [
    ("renstra", "Sukamaju", "renstra-sukamaju-2025-2029"),
    ("renja", "Sukamaju", "renja-sukamaju-2026"),
    ("rencana_aksi", "Sukamaju", "rencana-aksi-sukamaju-2026"),
]


def main() -> None:
    manifest = {}
    for doc_type, kecamatan, stem in PLANS:
        for faulty in (False, True):
            name = f"{stem}-{'salah' if faulty else 'bersih'}.xlsx"
            manifest[name] = write_plan(doc_type, kecamatan, faulty, HERE / name)
    (HERE / "expected.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(manifest)} workbooks and expected.json to {HERE}")


if __name__ == "__main__":
    main()
