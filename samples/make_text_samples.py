"""Write the text samples: a Renja, a Renstra and a Rencana Aksi as published (text extracted from
a PDF), clean and faulty.

Written by the team in the published style: a table of contents and a "sistematika penulisan"
list that repeat the BAB headings, program codes split over cells, a header repeated after a page
break, column-number rows. The faulty one carries budget defects; their (rule, line) pairs go to
`expected_text.json`.

    python samples/make_text_samples.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
T = "\t"
FILLER = ("Uraian pada bagian ini disusun berdasarkan data perangkat daerah dan hasil musyawarah "
          "perencanaan pembangunan tingkat kecamatan.")
ROWS = [
    ("7 01 01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan administrasi terpenuhi", "95%", "96%"),
    ("7 01 01 2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "Persentase dokumen tepat waktu", "100%", "100%"),
    ("7 01 01 2.01 0001", "Penyusunan Dokumen Perencanaan", "Jumlah dokumen perencanaan", "2 Dokumen", "2 Dokumen"),
    ("7 01 01 2.01 0007", "Evaluasi Kinerja Perangkat Daerah", "Jumlah laporan evaluasi", "4 Laporan", "4 Laporan"),
    ("7 01 01 2.02", "Administrasi Keuangan Perangkat Daerah", "Persentase laporan keuangan tepat waktu", "100%", "100%"),
    ("7 01 01 2.02 0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN penerima gaji", "24 Orang", "24 Orang"),
    ("7 01 01 2.02 0003", "Penatausahaan Keuangan SKPD", "Jumlah dokumen penatausahaan", "12 Dokumen", "12 Dokumen"),
    ("7 01 02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Indeks kepuasan masyarakat", "82 Indeks", "83 Indeks"),
    ("7 01 02 2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "Jumlah rekomendasi koordinasi", "12 Dokumen", "12 Dokumen"),
    ("7 01 02 2.01 0002", "Peningkatan Efektivitas Kegiatan Pemerintahan", "Jumlah laporan koordinasi", "12 Laporan", "12 Laporan"),
    ("7 01 02 2.04", "Pelaksanaan Urusan yang Dilimpahkan kepada Camat", "Jumlah layanan non perizinan", "1.830 Dokumen", "1.830 Dokumen"),
    ("7 01 02 2.04 0002", "Pelayanan Non Perizinan", "Jumlah dokumen non perizinan", "1.830 Dokumen", "1.830 Dokumen"),
]
# Sub kegiatan pagu for 2026 and 2027; parents are their sums.
LEAVES = {"7 01 01 2.01 0001": (12_400_000, 13_900_000), "7 01 01 2.01 0007": (6_250_000, 7_750_000),
          "7 01 01 2.02 0001": (1_184_300_000, 1_185_800_000), "7 01 01 2.02 0003": (18_700_000, 20_200_000),
          "7 01 02 2.01 0002": (27_900_000, 29_400_000), "7 01 02 2.04 0002": (9_650_000, 11_150_000)}


# Last year's evaluation (T-C.29 style): indicator, target, realisation, tingkat realisasi (%).
EVALUATION = [
    ("Persentase layanan administrasi terpenuhi", "95%", "93,1%", "98,00%"),
    ("Jumlah dokumen perencanaan", "2 Dokumen", "2 Dokumen", "100,00%"),
    ("Indeks kepuasan masyarakat", "81", "79,38", "98,00%"),
    ("Jumlah laporan koordinasi", "12 Laporan", "10 Laporan", "83,33%"),
]
# Last year's budget realisation: anggaran, realisasi (the percentage is computed when written).
SPENDING = [
    ("Program Penunjang Urusan Pemerintahan Daerah", 1_198_400_000, 1_150_320_500),
    ("Perencanaan, Penganggaran, dan Evaluasi Kinerja", 17_900_000, 17_455_000),
    ("Administrasi Keuangan Perangkat Daerah", 1_180_500_000, 1_132_865_500),
    ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 35_300_000, 33_120_000),
    ("Koordinasi Penyelenggaraan Kegiatan Pemerintahan", 35_300_000, 33_120_000),
]


def pct(part: int, whole: int) -> str:
    return f"{part / whole * 100:.2f}".replace(".", ",")


def rp(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def chapter(lines, numeral, title, paragraphs=6):
    lines += [f"BAB {numeral}", "", title.upper(), ""]
    lines += [FILLER, ""] * paragraphs


def write(faulty: bool) -> tuple[str, list]:
    pagu = {code: list(v) for code, v in LEAVES.items()}
    if faulty:
        pagu["7 01 01 2.01 0007"][0] = 8_250_000          # kegiatan 7.01.01.2.01 no longer its subs' sum
    # Parents from their children, deepest first.
    for code, *_ in sorted((r for r in ROWS if r[0] not in LEAVES), key=lambda r: -r[0].count(" ")):
        pagu[code] = [sum(pagu[k][y] for k in pagu if k.startswith(code + " ") and k.count(" ") == code.count(" ") + 1)
                      for y in (0, 1)]
    if faulty:
        pagu["7 01 01 2.01"][0] = 18_650_000                 # printed as if the sub kegiatan were unchanged
        pagu["7 01 01"][0] = pagu["7 01 01 2.01"][0] + pagu["7 01 01 2.02"][0]
        pagu["7 01 02"][1] -= 2_000_000                    # program 2027 below its kegiatan
    expected = []
    L = ["", "**RENCANA KERJA", "PERANGKAT DAERAH", "KECAMATAN SUKAMAJU", "KABUPATEN WONOSARI LOR", "TAHUN 2026**", "",
         "DAFTAR ISI", "BAB I PENDAHULUAN\t1", "BAB II HASIL EVALUASI RENJA TAHUN LALU\t4",
         "BAB III TUJUAN DAN SASARAN PERANGKAT DAERAH\t9", "BAB IV RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH\t12",
         "BAB V PENUTUP\t15", ""]
    chapter(L, "I", "Pendahuluan", 3)
    L += ["1.5 Sistematika Penulisan", "",
          "BAB I. Pendahuluan.", "Memuat latar belakang, landasan hukum dan maksud penyusunan.",
          "BAB II. Hasil Evaluasi Renja Tahun Lalu.", "Memuat capaian kinerja tahun lalu.",
          "BAB III. Tujuan dan Sasaran Perangkat Daerah", "Memuat tujuan dan sasaran.",
          "BAB IV. Rencana Kerja dan Pendanaan Perangkat Daerah", "Memuat program dan kegiatan.",
          "BAB V. PENUTUP", "Memuat kaidah pelaksanaan.", ""]
    L += [FILLER, ""] * 4
    chapter(L, "II", "Hasil Evaluasi Renja Tahun Lalu", 3)
    L += ["Tabel 2.1", "Evaluasi Hasil Pelaksanaan Renja Tahun 2025", "",
          T.join(["No", "Indikator Kinerja", "Target Renja Tahun 2025", "Realisasi Tahun 2025", "Tingkat Realisasi (%)"]),
          T.join(["(1)", "(2)", "(3)", "(4)", "(5) = (4/3)"])]
    for k, (indicator, target, done, ratio) in enumerate(EVALUATION, start=1):
        if faulty and k == 3:
            ratio = "89,50%"                                # not 79,38 / 81
        L.append(T.join([str(k), indicator, target, done, ratio]))
        if faulty and k == 3:
            expected.append(["RAS-001", len(L)])
    L += ["", FILLER, "", "Tabel 2.2", "Realisasi Anggaran Program dan Kegiatan Tahun 2025", "",
          T.join(["No", "Program dan Kegiatan", "Anggaran Tahun 2025", "Realisasi Tahun 2025",
                  "Persentase Realisasi Anggaran"])]
    for k, (name, budget, spent) in enumerate(SPENDING):
        share = pct(spent, budget) + "%"
        if faulty and k == 1:
            share = "N/A"                                   # computable, left out
        L.append(T.join(["" if name.startswith("Program") else str(k), name, rp(budget), rp(spent), share]))
        if faulty and k == 1:
            expected.append(["RAS-002", len(L)])
    L += ["", FILLER, ""]
    chapter(L, "III", "Tujuan dan Sasaran Perangkat Daerah", 3)
    L += ["Tabel 3.1", "Tujuan, Sasaran dan Indikator Kinerja", "",
          T.join(["No", "Tujuan/Sasaran", "Indikator Kinerja", "Satuan", "Target", ""]),
          T.join(["", "", "", "", "2026", "2027"]),
          T.join(["1", "Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat", "Indeks", "82",
                  "84" if faulty else "83"])]                # the 2027 target, unlike Tabel 4.1's
    if faulty:
        expected.append(["KON-001", len(L)])
    L += ["", FILLER, ""]
    chapter(L, "IV", "Rencana Kerja dan Pendanaan Perangkat Daerah", 2)
    header = [T.join(["Kode", "", "", "", "", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Rencana Tahun 2026",
                      "", "", "Prakiraan Maju Tahun 2027", ""]),
              T.join(["", "", "", "", "", "", "", "Target", "Pagu Indikatif", "Sumber Dana", "Target", "Pagu Indikatif"]),
              T.join(["(1)", "", "", "", "", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])]
    L += ["TABEL 4.1", "RENCANA PROGRAM DAN KEGIATAN TAHUN 2026", ""] + header
    for k, (code, name, indicator, t1, t2) in enumerate(ROWS):
        if k == 7:                                         # a page break repeats the header
            L += ["", "", header[2]]
        parts = code.split(" ") + [""] * (5 - len(code.split(" ")))
        if faulty and code == "7 01 01 2.02":
            indicator = ""                                 # the indicator cell left empty
        if faulty and code == "7 01 01 2.02 0003":
            t2 = "100%"                                    # 12 Dokumen, then 100%: the unit changed
        L.append(T.join(parts + [name, indicator, t1, rp(pagu[code][0]), "APBD", t2, rp(pagu[code][1])]))
        if faulty and code == "7 01 01 2.02":
            expected.append(["IND-007", len(L)])
        if faulty and code == "7 01 01 2.02 0003":
            expected.append(["IND-008", len(L)])
        if faulty and code == "7 01 01 2.01":
            expected.append(["ANG-002", len(L)])
        if faulty and code == "7 01 02":
            expected.append(["ANG-001", len(L)])
            expected.append(["KON-001", len(L)])           # the same indicator, the other place
    totals = [pagu["7 01 01"][y] + pagu["7 01 02"][y] for y in (0, 1)]
    if faulty:
        totals[0] += 5_000_000                             # the JUMLAH row is off
    L.append(T.join(["", "", "", "", "", "JUMLAH", "", "", rp(totals[0]), "", "", rp(totals[1])]))
    if faulty:
        expected.append(["ANG-003", len(L)])
    L.append("")
    chapter(L, "V", "Penutup", 2)
    return "\n".join(L) + "\n", expected


# --- Renstra 2026-2030 ------------------------------------------------------------------------
YEARS = ["2026", "2027", "2028", "2029", "2030"]
# Tujuan and sasaran with their indicator, the starting value and the yearly targets.
GOALS = [
    ("I", "tujuan", "Meningkatnya kualitas pelayanan publik kecamatan", "Indeks kepuasan masyarakat",
     "80", ["81", "82", "83", "84", "85"]),
    ("1", "sasaran", "Meningkatnya tertib penyelenggaraan pemerintahan desa", "Persentase desa tertib administrasi",
     "70%", ["75%", "80%", "85%", "90%", "95%"]),
    ("2", "sasaran", "Meningkatnya keberdayaan lembaga kemasyarakatan", "Persentase lembaga kemasyarakatan aktif",
     "60%", ["65%", "70%", "75%", "80%", "85%"]),
]
# Program tree: code, name, indicator, yearly target; sub kegiatan carry their pagu per year.
TREE = [
    ("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase layanan penunjang terpenuhi", "100%"),
    ("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Jumlah dokumen perencanaan dan evaluasi", "5 dokumen"),
    ("7.01.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan", "3 dokumen"),
    ("7.01.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", "Jumlah laporan evaluasi kinerja", "2 laporan"),
    ("7.01.01.2.06", "Administrasi Umum Perangkat Daerah", "Jumlah layanan administrasi umum", "12 bulan"),
    ("7.01.01.2.06.04", "Penyediaan Bahan Logistik Kantor", "Jumlah paket bahan logistik", "12 paket"),
    ("7.01.01.2.06.09", "Penyelenggaraan Rapat Koordinasi dan Konsultasi", "Jumlah laporan rapat koordinasi",
     "12 laporan"),
    ("7.01.06", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", "Persentase desa yang dibina", "100%"),
    ("7.01.06.2.01", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan Pemerintahan Desa",
     "Jumlah desa yang difasilitasi", "18 desa"),
    ("7.01.06.2.01.02", "Fasilitasi Administrasi Tata Pemerintahan Desa", "Jumlah desa terfasilitasi administrasi",
     "18 desa"),
]
PAGU = {"7.01.01.2.01.01": [14_500_000, 15_000_000, 15_500_000, 16_000_000, 16_500_000],
        "7.01.01.2.01.07": [6_000_000, 6_250_000, 6_500_000, 6_750_000, 7_000_000],
        "7.01.01.2.06.04": [24_000_000, 25_000_000, 26_000_000, 27_000_000, 28_000_000],
        "7.01.01.2.06.09": [30_000_000, 31_500_000, 33_000_000, 34_500_000, 36_000_000],
        "7.01.06.2.01.02": [9_800_000, 10_200_000, 10_600_000, 11_000_000, 11_400_000]}
# Last years' performance (T-C.23): indicator, targets and realisations 2023-2025.
ACHIEVED = [("Indeks kepuasan masyarakat", [77, 78, 79], [76.5, 78.2, 79.4]),
            ("Persentase desa tertib administrasi", [60, 65, 70], [58, 66, 69])]


def _ratio(done: float, target: float) -> str:
    return f"{done / target * 100:.2f}".replace(".", ",")


def _num(v: float) -> str:
    return (f"{v:.1f}" if v % 1 else f"{v:.0f}").replace(".", ",")


def write_renstra(faulty: bool) -> tuple[str, list]:
    """A Renstra as a PDF extraction prints it: Tabel 6.1 (T-C.27) has its lower header row set
    one cell right of its year groups, tujuan and sasaran rows above the first program, codes with
    a stray space, a header repeated after a page break, and one row that lost its empty cells."""
    expected = []
    goals = [list(g) for g in GOALS]
    goals[0][5] = list(goals[0][5])
    goals[1][5] = list(goals[1][5])
    stated = {g[3]: list(g[5]) for g in goals}           # what Tabel 4.1 says
    if faulty:
        goals[0][5][2] = stated[goals[0][3]][2] = "81"   # the IKM falls in 2028, in both tables
        stated[goals[1][3]][3] = "92%"                   # Tabel 4.1 disagrees with Tabel 6.1 for 2029
    pagu = {code: list(v) for code, v in PAGU.items()}
    for code, *_ in sorted(TREE, key=lambda r: -r[0].count(".")):
        if code not in pagu:
            pagu[code] = [sum(v[y] for k, v in pagu.items() if k.startswith(code + ".")
                              and k.count(".") == code.count(".") + (2 if code.count(".") == 2 else 1))
                          for y in range(5)]
    akhir = {code: sum(v) for code, v in pagu.items()}
    if faulty:
        pagu["7.01.01"][1] += 3_000_000                  # program 2027 above its kegiatan
        akhir["7.01.01.2.06.04"] -= 5_000_000            # end-of-period pagu not the years' sum
    L = ["", "**RENCANA STRATEGIS", "PERANGKAT DAERAH", "KECAMATAN SUKAMAJU", "KABUPATEN WONOSARI LOR",
         "TAHUN 2026-2030**", "", "DAFTAR ISI"]
    titles = ["Pendahuluan", "Gambaran Pelayanan Perangkat Daerah", "Permasalahan dan Isu-Isu Strategis",
              "Tujuan dan Sasaran", "Strategi dan Arah Kebijakan", "Rencana Program dan Kegiatan serta Pendanaan",
              "Kinerja Penyelenggaraan Bidang Urusan", "Penutup"]
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    L += [f"BAB {n} {t.upper()}\t{3 * k + 1}" for k, (n, t) in enumerate(zip(numerals, titles))] + [""]
    chapter(L, "I", titles[0], 2)
    L += ["1.5 Sistematika Penulisan", ""] + [f"BAB {n}. {t}." for n, t in zip(numerals, titles)] + [""]
    chapter(L, "II", titles[1], 2)
    L += ["Tabel 2.1", "Pencapaian Kinerja Pelayanan Kecamatan Sukamaju Tahun 2023-2025", "",
          T.join(["No", "Indikator Kinerja", "Target Renstra", "", "", "Realisasi Capaian", "", "",
                  "Rasio Capaian (%)", "", ""]),
          T.join(["", "", "2023", "2024", "2025", "2023", "2024", "2025", "2023", "2024", "2025"])]
    for k, (name, targets, done) in enumerate(ACHIEVED, start=1):
        ratios = [_ratio(d, t) for d, t in zip(done, targets)]
        if faulty and k == 2:
            ratios[1] = "100,00"                         # 66 of 65 is 101,54
        L.append(T.join([str(k), name, *map(_num, targets), *map(_num, done), *ratios]))
        if faulty and k == 2:
            expected.append(["RAS-001", len(L)])
    L += ["", FILLER, ""]
    chapter(L, "III", titles[2], 2)
    chapter(L, "IV", titles[3], 1)
    L += ["Tabel 4.1", "Tujuan dan Sasaran Jangka Menengah Pelayanan Kecamatan", "",
          T.join(["No", "Tujuan", "Sasaran", "Indikator Tujuan/Sasaran", "Target Kinerja pada Tahun ke-", "", "", "",
                  "", "Kondisi Akhir"]),
          T.join(["", "", "", "", *YEARS, "2030"])]
    for number, level, statement, indicator, _, _ in GOALS:
        values = stated[indicator]
        L.append(T.join([number, statement if level == "tujuan" else "", statement if level == "sasaran" else "",
                         indicator, *values, values[-1]]))
        if faulty and indicator == GOALS[1][3]:
            expected.append(["KON-001", len(L)])
        if faulty and indicator == GOALS[0][3]:
            expected.append(["TGT-002", len(L)])          # the falling IKM is printed here too
    L += ["", FILLER, ""]
    chapter(L, "V", titles[4], 1)
    chapter(L, "VI", titles[5], 1)
    upper = ["No", "Tujuan", "Sasaran", "Kode", "Program dan Kegiatan",
             "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)",
             "Data Capaian pada Tahun Awal Perencanaan"]
    for year in YEARS:
        upper += [year, ""]
    upper += ["Kondisi Kinerja pada Akhir Periode Renstra", "", "Unit Kerja Penanggung Jawab"]
    lower = [""] * 8 + ["2025"] + ["Target", "Rp"] * 6        # one cell right of its groups
    L += ["Tabel 6.1", "Rencana Program, Kegiatan dan Pendanaan Kecamatan Sukamaju", "", T.join(upper),
          T.join(lower)]
    for number, level, statement, indicator, start, targets in goals:
        last = "" if faulty and number == "2" else targets[-1]
        cells = [number, statement if level == "tujuan" else "", statement if level == "sasaran" else "", "", "",
                 indicator, start]
        for target in targets:
            cells += [target, ""]
        L.append(T.join(cells + [last, "", ""]))
        if faulty and number == "I":
            expected.append(["TGT-002", len(L)])
        if faulty and number == "1":
            expected.append(["KON-001", len(L)])
        if faulty and number == "2":
            expected.append(["TGT-005", len(L)])
    for k, (code, name, indicator, target) in enumerate(TREE):
        if k == 7:                                       # a page break repeats the header
            L += ["", "", T.join(upper)]
        shown = code.replace(".2.", ".2 .") if code.count(".") >= 4 else code
        # Extraction dropped the empty starting-value cell of one row: its figures move left a cell.
        cells = ["", "", "", shown, name, indicator] + ([] if code == "7.01.01.2.06.09" else [target])
        for v in pagu[code]:
            cells += [target, rp(v)]
        L.append(T.join(cells + [target, rp(akhir[code]), "Sekretariat Kecamatan"]))
        if faulty and code == "7.01.01":
            expected += [["ANG-001", len(L)], ["ANG-004", len(L)]]   # and its akhir no longer adds up
        if faulty and code == "7.01.01.2.06.04":
            expected.append(["ANG-004", len(L)])
    L += ["", FILLER, ""]
    chapter(L, "VII", titles[6], 1)
    chapter(L, "VIII", titles[7], 1)
    return "\n".join(L) + "\n", expected


# --- Rencana Aksi 2026 ------------------------------------------------------------------------
# Program-level series (one quarter per line) and the kegiatan / sub kegiatan below each program
# (all four quarters in one cell), as a Rencana Aksi prints them.
AKSI_PROGRAMS = [
    ("Program Penunjang Urusan Pemerintahan Daerah", "Persentase layanan penunjang terpenuhi", "Persen",
     ["25%", "50%", "75%", "100%"]),
    ("Program Pembinaan dan Pengawasan Pemerintahan Desa", "Persentase desa tertib administrasi", "Persen",
     ["70%", "80%", "90%", "95%"]),
]
AKSI_ROWS = {
    0: [("Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja", "Persentase layanan penunjang terpenuhi",
         "Persen", ["25%", "50%", "75%", "100%"]),
        ("Sub Kegiatan Penyusunan Dokumen Perencanaan", "Jumlah dokumen perencanaan", "Dokumen", ["1", "1", "1", "1"]),
        ("Sub Kegiatan Evaluasi Kinerja Perangkat Daerah", "Jumlah laporan evaluasi", "Laporan", ["1", "1", "1", "1"])],
    1: [("Kegiatan Fasilitasi Pembinaan Pemerintahan Desa", "Persentase desa tertib administrasi", "Persen",
         ["70%", "80%", "90%", "95%"]),
        ("Sub Kegiatan Fasilitasi Administrasi Tata Pemerintahan Desa", "Jumlah desa terfasilitasi", "Desa",
         ["5", "5", "4", "4"])],
}


def write_rencana_aksi(faulty: bool) -> tuple[str, list]:
    """A Rencana Aksi as published: a program table with one quarter per line, then per program a
    table of kegiatan and sub kegiatan with the four quarters in one cell."""
    expected = []
    programs = [(p, i, u, list(q)) for p, i, u, q in AKSI_PROGRAMS]
    rows = {k: [(n, i, u, list(q)) for n, i, u, q in v] for k, v in AKSI_ROWS.items()}
    if faulty:
        programs[1][3][2] = "78%"                        # a running percentage that falls in TW III
        rows[0][0][3][2] = "70%"                         # the kegiatan's TW III unlike its program's 75%
        rows[1][0][3][3] = "-"                           # no TW IV, while the program has 95%
    L = ["", "**RENCANA AKSI TAHUN 2026", "KECAMATAN SUKAMAJU", "KABUPATEN WONOSARI LOR**", "",
         "Rencana aksi ini menjabarkan target kinerja tahunan ke dalam target triwulan sebagai dasar pemantauan.", "",
         "PROGRAM", T.join(["URAIAN", "INDIKATOR KINERJA", "SATUAN", "TARGET", ""])]
    for k, (program, indicator, unit, quarters) in enumerate(programs, start=1):
        for q, (name, value) in enumerate(zip(["TW I", "TW II", "TW III", "TW IV"], quarters)):
            head = [f"{k}. {program}", f"1. {indicator}", unit] if q == 0 else ["", "", ""]
            L.append(T.join(head + [name, value]))
            if faulty and k == 2 and q == 2:
                expected.append(["TGT-003", len(L)])
    for k, (program, *_) in enumerate(programs):
        L += ["", f"**{'AB'[k]}. {program}**", "", T.join(["URAIAN", "INDIKATOR KINERJA", "SATUAN", "TARGET"])]
        numbers = {"kegiatan": 0, "sub": 0}
        for name, indicator, unit, quarters in rows[k]:
            kind = "sub" if name.startswith("Sub") else "kegiatan"
            numbers[kind] += 1
            cell = " ".join(f"{q} {v}" for q, v in zip(["TW I", "TW II", "TW III", "TW IV"], quarters))
            L.append(T.join([f"{numbers[kind]}. {name}", f"1. {indicator}", unit, cell]))
            if faulty and (k, name) == (0, rows[0][0][0]):
                expected.append(["IND-010", len(L)])
            if faulty and (k, name) == (1, rows[1][0][0]):
                # No TW IV (and so not its program's series, whose TW III was changed above).
                expected += [["IND-010", len(L)], ["TGT-005", len(L)], ["TGT-007", len(L)]]
    L += ["", "Demikian rencana aksi ini disusun untuk dilaksanakan.", ""]
    return "\n".join(L) + "\n", expected


def main() -> None:
    manifest = {}
    for faulty, name in ((False, "renja-sukamaju-2026-bersih.txt"), (True, "renja-sukamaju-2026-salah.txt")):
        text, expected = write(faulty)
        (HERE / name).write_text(text, encoding="utf-8")
        manifest[name] = expected
    for faulty, name in ((False, "renstra-sukamaju-2026-2030-bersih.txt"),
                         (True, "renstra-sukamaju-2026-2030-salah.txt")):
        text, expected = write_renstra(faulty)
        (HERE / name).write_text(text, encoding="utf-8")
        manifest[name] = expected
    for faulty, name in ((False, "rencana-aksi-sukamaju-2026-bersih.txt"),
                         (True, "rencana-aksi-sukamaju-2026-salah.txt")):
        text, expected = write_rencana_aksi(faulty)
        (HERE / name).write_text(text, encoding="utf-8")
        manifest[name] = expected
    (HERE / "expected_text.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(manifest)} text samples")


if __name__ == "__main__":
    main()
