"""Plans printed in random combinations of the forms the reader reads one by one, each with
planted defects at known lines (`make robust`).

Each form below was met in one plan or another (tests/data/forms/README.md says where); a real
plan combines several, and a reader can read each alone and still lose a combination. Every plan
draws its chapter headings, code form, header (one row, or each year over its columns), the order
of target and pagu, extra columns (No, Satuan, baseline, Lokasi, Sumber Dana), money and percent
forms and its totals row at random, and gets one to three of these defects:

- ANG-001: a program's pagu of one year is not the sum of its kegiatan;
- ANG-002: a sub kegiatan's pagu changed, so its kegiatan is not the sum of its sub kegiatan;
- ANG-003: the totals row of one year is not the sum of the programs;
- ANG-004: a Renstra's end-of-period pagu is not the sum of its years;
- TGT-002: a rising percentage's target falls in the last year;
- KON-002: a program's pagu printed otherwise in a summary of the programs' pagu;
- IND-001 / IND-002: a percentage whose formula is a count, or a ratio not times 100, in a table
  defining the indicators (Indikator Kinerja Utama);
- BAB-001: a chapter left out (still listed in a contents page or Bab I's sistematika);
- IND-004: a sub kegiatan's "Jumlah ..." indicator with targets in percent ("100%").

and, at random, a program's second indicator on a row of its own, names wrapped onto a line of
their own, no codes at all (levels in the words "Kegiatan ...", "Sub Kegiatan ..."), a row
numbering the columns, amounts in thousands, the table going on over a page break under its
header again or (a Renstra's) in two parts across its width, and the program table in the
Permendagri 86/2017 form (a Renja's T-C.31: the plan year's lokasi, target, pagu and source under
"Rencana Tahun ...", a "Catatan Penting", then the prakiraan maju; a Renstra's T-C.27: the tujuan
and sasaran served before the code, each year over Target | Rp under one funding group, then the
unit in charge and the lokasi). Evaluations
(RAS-001; a Renja's also as T-C.29, a ratio to last year's Renja target and one to the Renstra's
end-of-period target; its T-C.30 review, the rancangan awal RKPD beside the analysis of needs,
ANG-001), goal tables (TGT-001/002), Rencana Aksi quarters (TGT-003/004, ANG-006), risk
registers (RSK-001/003) and a Renstra's last period (T-C.23's service targets, realisations and
ratios, T-C.24's budgets, realisations, ratios and growth, by years or by "Tahun ke-" places;
RAS-001) are drawn the same way.

    python benchmarks/varied.py [--count 200] [--seed 1] [--verbose] [--keep DIR]

Prints recall and precision over the planted defects (non-`input` findings compared by rule and
line, a chapter finding by rule), and with --verbose every plan missed or over-reported with the
forms it was drawn in. `--keep DIR` writes the plans and an expected.json for
`benchmarks/robust.py --plans DIR`, which rewrites them with the extraction artefacts too.
Nothing here comes from the corpus: names are the Permendagri 90/2019 nomenclature's.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.config import Settings  # noqa: E402
from checker.pipeline import check_file  # noqa: E402

CHAPTERS = {
    "renja": ["PENDAHULUAN", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU", "TUJUAN DAN SASARAN PERANGKAT DAERAH",
              "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH", "PENUTUP"],
    "renstra": ["PENDAHULUAN", "GAMBARAN PELAYANAN PERANGKAT DAERAH",
                "PERMASALAHAN DAN ISU-ISU STRATEGIS PERANGKAT DAERAH",
                "TUJUAN DAN SASARAN", "STRATEGI DAN ARAH KEBIJAKAN", "RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN",
                "KINERJA PENYELENGGARAAN BIDANG URUSAN", "PENUTUP"],
}
PROGRAM_CHAPTER = {"renja": 4, "renstra": 6}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
# Program: (code, name, indicator, unit); its kegiatan: (code, name, [(sub code, sub name, indicator, unit)]).
NOMENCLATURE = [
    ("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Persentase layanan penunjang urusan pemerintahan yang terpenuhi", [
         ("2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          "Persentase dokumen perencanaan yang tepat waktu", [
              ("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan", "dokumen"),
              ("0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
               "Jumlah laporan capaian kinerja", "laporan"),
              ("0007", "Evaluasi Kinerja Perangkat Daerah", "Jumlah laporan evaluasi kinerja", "laporan")]),
         ("2.02", "Administrasi Keuangan Perangkat Daerah", "Persentase layanan administrasi keuangan yang tertib", [
             ("0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN yang menerima gaji", "orang"),
             ("0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah laporan keuangan",
              "laporan")]),
         ("2.06", "Administrasi Umum Perangkat Daerah", "Persentase layanan administrasi umum yang terpenuhi", [
             ("0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah paket komponen",
              "paket"),
             ("0004", "Penyediaan Bahan Logistik Kantor", "Jumlah paket bahan logistik", "paket"),
             ("0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah laporan rapat", "laporan")])]),
    ("7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
     "Persentase pengaduan masyarakat yang ditindaklanjuti", [
         ("2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
          "Persentase rapat koordinasi yang ditindaklanjuti", [
              ("0001", "Koordinasi Kegiatan Ketenteraman dan Ketertiban Umum", "Jumlah rapat koordinasi", "kali"),
              ("0002", "Koordinasi Penerapan dan Penegakan Peraturan Daerah", "Jumlah laporan koordinasi",
               "laporan")]),
         ("2.02", "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah",
          "Persentase layanan yang diselesaikan tepat waktu", [
              ("0001", "Pelayanan Perizinan dan Non Perizinan di Kecamatan", "Jumlah dokumen perizinan", "dokumen"),
              ("0002", "Pelayanan Administrasi Terpadu Kecamatan", "Jumlah dokumen layanan terpadu", "dokumen")])]),
    ("7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
     "Persentase lembaga kemasyarakatan desa yang aktif", [
         ("2.01", "Fasilitasi Pemberdayaan Masyarakat Desa dan Kelurahan",
          "Persentase desa yang mendapat fasilitasi pemberdayaan", [
              ("0001", "Fasilitasi Kegiatan Pemberdayaan Masyarakat Desa", "Jumlah desa yang difasilitasi", "desa"),
              ("0002", "Pembinaan Lembaga Kemasyarakatan Desa", "Jumlah lembaga yang dibina", "lembaga")])]),
    ("7.01.04", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
     "Persentase gangguan ketertiban umum yang ditangani", [
         ("2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
          "Persentase kegiatan ketertiban yang terlaksana", [
              ("0001", "Sinergitas dengan Kepolisian Negara dan Tentara Nasional Indonesia", "Jumlah rapat sinergitas",
               "kali"),
              ("0003", "Koordinasi Penegakan Peraturan Daerah", "Jumlah operasi penegakan", "kali")])]),
    ("7.01.06", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
     "Persentase desa dengan tata kelola pemerintahan yang baik", [
         ("2.01", "Fasilitasi Penyelenggaraan Pemerintahan Desa", "Persentase desa yang tertib administrasi", [
             ("0001", "Fasilitasi Penyusunan Produk Hukum Desa", "Jumlah produk hukum desa yang difasilitasi",
              "dokumen"),
             ("0002", "Fasilitasi Administrasi Tata Pemerintahan Desa", "Jumlah desa yang difasilitasi", "desa")])]),
]
KECAMATAN = ["Sukarame", "Wanaraja", "Cipanas", "Mekarmukti", "Sindangjaya", "Karangjaya", "Batujajar", "Cikaso",
             "Lebakwangi", "Sukaluyu", "Gunungtanjung", "Pamulihan"]


@dataclass
class Node:
    level: str                      # program | kegiatan | sub_kegiatan
    code: str
    name: str
    indicator: str
    unit: str                       # "%" or a count's unit
    targets: dict[int, float]
    pagu: dict[int, int]
    children: list[Node] = field(default_factory=list)
    line: int = 0


@dataclass
class Form:
    doc_type: str
    heading: str                    # how a chapter heading is printed
    code: str                       # column | five | in_name | words (no codes: "Kegiatan ...", "Sub Kegiatan ...")
    header: str                     # one_row | two_rows
    pagu_first: bool
    numbered: bool
    satuan: bool
    baseline: bool
    lokasi: bool
    money: str                      # plain | rp | rp_dot_cents | cents | spaces ("50 000 000")
    percent: str                    # bare | sign | spaced | decimal | bound ("≥ 82%")
    totals: str
    evaluation: str                 # none | one_row | two_rows | rows_of_kind (target, realisasi, capaian lines)
    #                                 | tc29 (Renja: T-C.29 as Permendagri 86/2017 prints it)
    ratio: str                      # percent | percent_sign | fraction
    quarters: str                   # Rencana Aksi: tw | triwulan | target_tw | tw_digit | grouped
    annual_first: bool              # Rencana Aksi: the year's target before its quarters
    register: str                   # Rencana Aksi: kd | dk | letters (K | D | K x D) | inherent
    year_label: str                 # tahun ("Tahun 2027") | bare ("2027") | ta ("TA 2027")
    thousands: bool                 # amounts in thousands, "(Rp 000)"
    second: bool                    # each program's second indicator on a row of its own, no pagu
    wrap: bool                      # long names wrapped onto a line of their own
    col_numbers: bool               # a row numbering the columns under the header
    page_break: bool                # the table goes on over a page: footer, form feed, its header again
    title_case: bool                # program names in title case, not capitals
    goals: str                      # none | years ("Target 2027") | places ("Tahun ke-" over 1 2 ...) | grouped
    finance: bool                   # Rencana Aksi: the year's budget and its withdrawal per quarter
    budget_realised: bool           # evaluation: the last year's budget, its realisation and their ratio
    contents: str                   # none | dots ("BAB I PENDAHULUAN ..... 1") | tab ("BAB<TAB>I<TAB>...<TAB>1")
    #                                 | sistematika (Bab I lists every chapter, each with a line on what it holds)
    summary: bool                   # a second table of each program's pagu by year (KON-002 when one differs)
    iku: bool                       # a table defining the indicators: unit, formula, source (IND-001/002)
    standard: bool                  # the program table as Permendagri 86/2017 prints it (T-C.31, T-C.27)
    review: bool                    # Renja: T-C.30, the rancangan awal RKPD beside the analysis of needs
    parts: bool                     # Renstra: the program table printed in two parts across its width
    per_quarter: bool               # Rencana Aksi: a count's quarters each its own (3 3 3 3 to 12), not running
    staff: bool                     # Renja, Renstra: the staff by rank and sex, with sums (TAB-001/002, KON-003)
    prose_tables: bool              # tables of words: strategies (Renstra Bab V), proposals (Renja T-C.32),
    #                                 a Rencana Aksi's actions per quarter

    def describe(self) -> str:
        return " ".join(f"{k}={v}" for k, v in vars(self).items())


def draw_form(rng: random.Random) -> Form:
    form = Form(doc_type=rng.choice(["renja", "renja", "renstra", "rencana-aksi"]),
                heading=rng.choice(["one_line", "two_lines", "arabic", "colon", "dot"]),
                code=rng.choice(["column", "column", "five", "in_name", "words"]),
                header=rng.choice(["one_row", "two_rows"]), pagu_first=rng.random() < 0.25,
                numbered=rng.random() < 0.3, satuan=rng.random() < 0.6, baseline=rng.random() < 0.5,
                lokasi=rng.random() < 0.3,
                money=rng.choice(["plain", "plain", "rp", "rp_dot_cents", "cents", "spaces"]),
                percent=rng.choice(["bare", "sign", "spaced", "decimal", "bound"]),
                totals=rng.choice(["JUMLAH", "TOTAL", "Jumlah Total", "JUMLAH TOTAL"]),
                evaluation=rng.choice(["none", "one_row", "two_rows", "rows_of_kind", "tc29"]),
                ratio=rng.choice(["percent", "percent_sign", "fraction"]),
                quarters=rng.choice(["tw", "triwulan", "target_tw", "tw_digit", "grouped"]),
                annual_first=rng.random() < 0.6, register=rng.choice(["kd", "dk", "letters", "inherent"]),
                year_label=rng.choice(["tahun", "bare", "ta"]), thousands=rng.random() < 0.2,
                second=rng.random() < 0.3, wrap=rng.random() < 0.3, col_numbers=rng.random() < 0.3,
                page_break=rng.random() < 0.3, goals=rng.choice(["none", "years", "places", "grouped"]),
                finance=rng.random() < 0.5, budget_realised=rng.random() < 0.4, title_case=rng.random() < 0.3,
                contents=rng.choice(["none", "dots", "tab", "sistematika"]), summary=rng.random() < 0.3,
                iku=rng.random() < 0.3, standard=rng.random() < 0.35,
                review=rng.random() < 0.35, parts=False, per_quarter=rng.random() < 0.4,
                staff=rng.random() < 0.4, prose_tables=rng.random() < 0.4)
    # (A table in parts repeats its rows' names in each part: one row a node, no wrapped lines,
    # no second indicator rows, no page break of its own.)
    form.parts = form.doc_type == "renstra" and not (form.standard or form.wrap or form.second or form.page_break
                                                     or form.col_numbers) and rng.random() < 0.5
    return form


def build_tree(rng: random.Random, years: list[int]) -> list[Node]:
    programs = []
    for pcode, pname, pind, kegiatan in rng.sample(NOMENCLATURE, rng.randint(2, 4)):
        start = rng.randint(70, 88)
        program = Node("program", pcode, pname, pind, "%", {y: start + 2 * i for i, y in enumerate(years)}, {})
        for kcode, kname, kind, subs in rng.sample(kegiatan, rng.randint(1, len(kegiatan))):
            kstart = rng.randint(70, 90)
            keg = Node("kegiatan", f"{pcode}.{kcode}", kname, kind, "%",
                       {y: min(100, kstart + 2 * i) for i, y in enumerate(years)}, {})
            for scode, sname, sind, unit in rng.sample(subs, rng.randint(1, len(subs))):
                count = rng.choice([1, 2, 4, 12, 24, 36])
                keg.children.append(Node("sub_kegiatan", f"{keg.code}.{scode}", sname, sind, unit,
                                         dict.fromkeys(years, count),
                                         {y: rng.randint(8, 90) * 1_000_000 + i * 1_000_000
                                          for i, y in enumerate(years)}))
            keg.pagu = {y: sum(s.pagu[y] for s in keg.children) for y in years}
            program.children.append(keg)
        program.pagu = {y: sum(k.pagu[y] for k in program.children) for y in years}
        programs.append(program)
    return programs


def walk(nodes: list[Node]):
    for n in nodes:
        yield n
        yield from walk(n.children)


def plant(rng: random.Random, form: Form, programs: list[Node], years: list[int]) -> dict:
    """Change the tree for one to three defects; return what is planted where (by node and the year
    whose figure is wrong, filled with lines once printed)."""
    kinds = ["ANG-001", "ANG-002", "ANG-003", "TGT-002", "BAB-001", "IND-004"]
    if form.doc_type == "renstra":
        kinds.append("ANG-004")
    chosen = rng.sample(kinds, rng.randint(1, 3))
    planted: dict = {"nodes": [], "totals_year": None, "end_pagu": None, "chapter": None}
    used: set[str] = set()

    def pick(level: str) -> Node | None:
        free = [n for n in walk(programs) if n.level == level and n.code not in used]
        return rng.choice(free) if free else None

    for kind in chosen:
        year = rng.choice(years)
        if kind == "ANG-001" and (node := pick("program")):
            node.pagu[year] += rng.choice([5, 10, 25]) * 1_000_000
            planted["nodes"].append((kind, node, year))
            used.add(node.code)
        elif kind == "ANG-002" and (node := pick("kegiatan")):
            node.children[0].pagu[year] += rng.choice([2, 5, 7]) * 1_000_000
            used.update({node.code, node.children[0].code})
            planted["nodes"].append((kind, node, year))
        elif kind == "TGT-002" and (node := pick(rng.choice(["program", "kegiatan"]))):
            node.targets[years[-1]] = node.targets[years[-2]] - rng.choice([2, 3, 5])
            planted["nodes"].append((kind, node, years[-1]))
            used.add(node.code)
        elif kind == "IND-004" and (node := pick("sub_kegiatan")):
            node.unit, node.targets = "%", dict.fromkeys(years, 100)  # "Jumlah ..." measured in percent
            planted["nodes"].append((kind, node, None))
            used.add(node.code)
        elif kind == "ANG-003":
            planted["totals_year"] = year
        elif kind == "ANG-004":
            planted["end_pagu"] = pick("program")
        elif kind == "BAB-001":
            planted["chapter"] = rng.choice([k for k in range(2, len(CHAPTERS[form.doc_type]))
                                             if k != PROGRAM_CHAPTER[form.doc_type]])
    return planted


def money(value: int, form: Form) -> str:
    grouped = f"{value:,}".replace(",", ".")
    return {"plain": grouped, "rp": f"Rp {grouped}", "rp_dot_cents": f"Rp. {grouped},00",
            "cents": f"{grouped},00",
            "spaces": grouped.replace(".", " ") if value >= 1_000_000 else grouped}[form.money]


def target(value: float, unit: str, form: Form) -> str:
    if unit != "%":
        return f"{value:g}" if form.satuan else f"{value:g} {unit}"
    bare = f"{value:g}"
    if form.percent == "bound":
        return f"≥ {bare}%"
    if not form.satuan:
        return f"{bare} %" if form.percent == "spaced" else f"{bare}%"
    return {"bare": bare, "sign": f"{bare}%", "spaced": f"{bare} %", "decimal": f"{value:.2f}".replace(".", ",")}[
        form.percent]


def chapter_lines(k: int, title: str, form: Form) -> list[str]:
    number = ROMAN[k - 1]
    return {"one_line": [f"BAB {number} {title}"], "two_lines": [f"BAB {number}", title],
            "arabic": [f"BAB {k} {title}"], "colon": [f"BAB {number} : {title}"],
            "dot": [f"BAB {number}. {title}"]}[form.heading]


def _wrapped(name: str, form: Form) -> tuple[str, str]:
    """A long name as a narrow column prints it: its first words on the row, the rest on a line
    of its own below."""
    words = name.split()
    if not form.wrap or len(name) <= 45 or len(words) < 4:
        return name, ""
    cut = len(words) // 2
    return " ".join(words[:cut]), " ".join(words[cut:])


def _standard_head(form: Form, lead: list[str], periods: list[tuple[str, int | None]], rp: str,
                   years: list[int]) -> tuple[list[list[str]], list[tuple[str, int | None]]]:
    """The header of the Permendagri 86/2017 form and what each column after `lead` holds: a
    Renja's T-C.31 (the plan year's lokasi, target, pagu and source under "Rencana Tahun ...", a
    "Catatan Penting", then the next year's target and pagu under "Prakiraan Maju ..."), a
    Renstra's T-C.27 (every year and the period's end over Target | Rp, under one funding group,
    then the unit in charge and the lokasi)."""
    pagu = f"Kebutuhan Dana/Pagu Indikatif {rp}"
    if form.doc_type == "renja":
        spec = [("lokasi", None), ("target", years[0]), ("pagu", years[0]), ("sumber", None), ("catatan", None),
                ("target", years[1]), ("pagu", years[1])]
        head = [lead + [f"Rencana Tahun {years[0]}", "", "", "", "Catatan Penting",
                        f"Prakiraan Maju Rencana Tahun {years[1]}", ""],
                [""] * len(lead) + ["Lokasi", "Target Capaian Kinerja", pagu, "Sumber Dana", "",
                                    "Target Capaian Kinerja", pagu]]
        return head, spec
    spec = [(part, y) for _, y in periods for part in ("target", "pagu")] + [("unit", None), ("lokasi", None)]
    head = [lead + ["Target Kinerja Program dan Kerangka Pendanaan"] + [""] * (2 * len(periods) - 1) +
            ["Unit Kerja Perangkat Daerah Penanggung Jawab", "Lokasi"],
            [""] * len(lead) + [cell for label, _ in periods for cell in (label, "")] + ["", ""],
            [""] * len(lead) + ["Target", "Rp (000)" if form.thousands else "Rp"] * len(periods) + ["", ""]]
    return head, spec


def program_table(form: Form, programs: list[Node], years: list[int], kecamatan: str, planted: dict,
                  start: int, title: str) -> tuple[list[str], list[tuple[str, int | None]]]:
    """The table's lines (the first printed at line `start`) and the planted defects on them."""
    code_head = ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"] if form.code == "five" else \
        ([] if form.code in ("in_name", "words") else ["Kode"])
    goals = ["Tujuan", "Sasaran"] if form.standard and form.doc_type == "renstra" else []
    baseline = form.baseline or bool(goals)
    lead = goals + (["No"] if form.numbered else []) + code_head + ["Program/Kegiatan/Sub Kegiatan",
                                                                     "Indikator Kinerja"] \
        + (["Satuan"] if form.satuan else []) + \
        (["Data Capaian pada Tahun Awal Perencanaan" if goals else f"Kondisi Awal {years[0] - 1}"] if baseline else [])
    name_at = len(lead) - 2 - form.satuan - baseline
    rp = "(Rp 000)" if form.thousands else "(Rp)"
    pair = [f"Pagu Indikatif {rp}", "Target"] if form.pagu_first else ["Target", f"Pagu Indikatif {rp}"]
    year_label = {"tahun": "Tahun {}", "bare": "{}", "ta": "TA {}"}[form.year_label]
    periods: list[tuple[str, int | None]] = [
        (year_label.format(y) if form.doc_type == "renstra" or y == years[0] else f"Prakiraan Maju {y}", y)
        for y in years]
    if form.doc_type == "renstra":
        periods.append(("Kondisi Kinerja pada Akhir Periode Renstra", None))
    if form.standard:
        head, spec = _standard_head(form, lead, periods, rp, years)
    else:
        spec = [("pagu" if "Pagu" in part else "target", y) for _, y in periods for part in pair] + \
            ([("lokasi", None), ("sumber", None)] if form.lokasi else [])
        tail = ["Lokasi", "Sumber Dana"] if form.lokasi else []
        if form.header == "one_row":
            head = [lead + [f"{part.split(' (')[0]} {y}" + (f" {rp}" if "Pagu" in part else "") if y else
                            f"{part.split(' (')[0]} Akhir" + (f" {rp}" if "Pagu" in part else "")
                            for label, y in periods for part in pair] + tail]
        else:
            head = [lead + [cell for label, _ in periods for cell in (label, "")] + tail,
                    [""] * len(lead) + pair * len(periods) + [""] * len(tail)]
    width = len(head[-1])
    if form.col_numbers:
        head.append([f"({k})" for k in range(1, width + 1)])
    lines = ["\t".join(row) for row in head]
    found: list[tuple[str, int | None]] = []

    def amount(value: int) -> str:
        return money(value // 1000 if form.thousands else value, form)

    def row(node: Node, name: str, indicator: str, unit: str, targets: dict[int, float], pagu: bool) -> list[str]:
        parts = node.code.split(".")
        if not name:
            code = [""] * len(code_head)
        elif form.code == "five":
            code = parts[:3] + ([f"{parts[3]}.{parts[4]}"] if len(parts) > 3 else []) + parts[5:]
            code += [""] * (5 - len(code))
        else:
            code = [] if form.code in ("in_name", "words") else [node.code]
        # The goal a program serves, on its first row (the rows below it under the same goal).
        goal = [GOALS[0][0], GOALS[0][1][0][0]] if node is programs[0] and name else [""] * len(goals)
        cells = goal[:len(goals)] + ([str(number) if node.level == "program" and name else ""] if form.numbered
                                     else []) + code + [name, indicator] + ([unit] if form.satuan else [])
        if baseline:
            first = targets[years[0]]
            cells.append(target(first - 2 if unit == "%" else first, unit, form))
        for kind, y in spec:
            if kind == "target":  # the end of the period: the last year's target
                cells.append(target(targets[years[-1] if y is None else y], unit, form))
            elif kind == "pagu":  # the end of the period: the sum of the years' pagu
                total = sum(node.pagu.values()) + (10_000_000 if planted["end_pagu"] is node else 0)
                cells.append(("" if not pagu else amount(total) if y is None else amount(node.pagu[y])))
            else:
                cells.append({"lokasi": "Kecamatan " + kecamatan, "sumber": "APBD", "catatan": "",
                              "unit": "Sekretariat Kecamatan"}[kind])
        return cells

    nodes = list(walk(programs))
    number = 0
    for k, node in enumerate(nodes):
        if form.page_break and k == len(nodes) // 2:
            lines += ["", f"Rencana Kecamatan {kecamatan}\t{ROMAN[1]} - {k + 3}", "\f" + f"{title} (Lanjutan)"]
            lines += ["\t".join(r) for r in head]
        number += node.level == "program"
        name = node.name.title().replace(" Dan ", " dan ") if form.title_case and node.level == "program" \
            else node.name
        name = f"{node.code} {name}" if form.code == "in_name" else name
        if form.code == "words" and node.level != "program":
            name = ("Kegiatan " if node.level == "kegiatan" else "Sub Kegiatan ") + name
        first, rest = _wrapped(name, form)
        node.line = start + len(lines)
        lines.append("\t".join(row(node, first, node.indicator, node.unit, node.targets, True)))
        if rest:
            lines.append("\t".join([""] * name_at + [rest] + [""] * (width - name_at - 1)))
        if planted["end_pagu"] is node:
            found.append(("ANG-004", node.line))
        if form.second and node.level == "program":
            lines.append("\t".join(row(node, "", "Indeks kepuasan masyarakat terhadap layanan program", "indeks",
                                       {y: 80 + i for i, y in enumerate(years)}, False)))
    found += [(kind, node.line) for kind, node, _ in planted["nodes"]]
    sums = [sum(p.pagu[y] for p in programs) for y in years]
    if planted["totals_year"] is not None:
        sums[years.index(planted["totals_year"])] += 50_000_000
    # The end of the period: the sum of the programs' printed ends (one may be a planted error).
    end = sum(sum(p.pagu.values()) for p in programs) + (10_000_000 if planted["end_pagu"] in programs else 0)
    totals = [""] * (len(lead) - 1) + [form.totals] + \
        [(amount(end if y is None else sums[years.index(y)]) if kind == "pagu" else "") for kind, y in spec]
    totals_line = start + len(lines)
    lines.append("\t".join(totals))
    if planted["totals_year"] is not None:
        found.append(("ANG-003", totals_line))
    if not form.parts:
        return lines, found
    # Printed in two parts across the width: the first years, then (under the title again) the
    # rows' code, name and indicator with the later years and the rest; a figure of the later
    # years is found on the second part's line.
    split = len(lead) + 2 * 3
    named = list(range(name_at - len(code_head), name_at + 2))
    later = {line: start + len(lines) + 2 + k for k, line in enumerate(range(start, start + len(lines)))}
    rows = [line.split("\t") for line in lines]
    again = [[r[k] for k in named] + r[split:] for r in rows]
    again[-1][len(code_head)] = form.totals  # the totals row's label under the names
    lines = ["\t".join(r[:split]) for r in rows] + ["", f"\f{title} (Lanjutan)"] + ["\t".join(r) for r in again]
    late_years = set(years[3:])
    moved = {node.line: kind for kind, node, year in planted["nodes"] if year in late_years}
    moved.update({totals_line: "ANG-003"} if planted["totals_year"] in late_years else {})
    return lines, [(kind, later[line] if kind == "ANG-004" or moved.get(line) == kind else line)
                   for kind, line in found]


def evaluation_table(rng: random.Random, form: Form, programs: list[Node], year: int,
                     start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """Last years' evaluation: each program's and kegiatan's percentage indicator with its target,
    realisation and capaian (realisation / target) for two years; one capaian may be planted
    wrong (RAS-001 at its line)."""
    years = [year - 1, year]
    ratio_head = "Rasio Capaian" if form.ratio == "fraction" else "Capaian (%)"
    rows = [n for n in walk(programs) if n.unit == "%" and n.level != "sub_kegiatan"]
    wrong = (rng.choice(rows), rng.choice(years)) if rng.random() < 0.6 else None

    def figures(node: Node, y: int) -> tuple[str, str, str]:
        aim = rng.randint(70, 95)
        done = aim + rng.choice([-6, -3, -2, -1, 0, 1, 2, 4])
        share = done / aim * 100
        if wrong == (node, y):
            share += rng.choice([-9, -6, 6, 8])
        ratio = {"percent": f"{share:.2f}".replace(".", ","), "percent_sign": f"{share:.2f}%".replace(".", ","),
                 "fraction": f"{share / 100:.2f}".replace(".", ",")}[form.ratio]
        return str(aim), str(done), ratio

    lead = ["No", "Program/Kegiatan", "Indikator Kinerja"]
    spent = form.budget_realised and form.evaluation != "rows_of_kind"
    spent_head = [f"Anggaran {year} (Rp)", f"Realisasi Anggaran {year} (Rp)", "Realisasi Anggaran (%)"] \
        if spent else []
    wrong_spent = rng.choice(rows) if spent and rng.random() < 0.5 else None
    # Each kegiatan's budget and realisation; a program's are its kegiatan's sums.
    spending: dict[str, tuple[int, int]] = {}
    for node in rows:
        if node.level == "kegiatan":
            budget = rng.randint(20, 90) * 1_000_000
            spending[node.code] = (budget, budget * rng.choice([90, 95, 97, 100]) // 100)
    for node in rows:
        if node.level == "program":
            parts = [spending[k.code] for k in node.children if k.code in spending]
            spending[node.code] = (sum(b for b, _ in parts), sum(u for _, u in parts))
    if form.evaluation == "rows_of_kind":
        lines = ["\t".join(lead + ["Uraian", *map(str, years)])]
    elif form.evaluation == "one_row":
        lines = ["\t".join(lead + [cell for y in years for cell in (f"Target {y}", f"Realisasi {y}",
                                                                    f"{ratio_head} {y}")] + spent_head)]
    else:
        lines = ["\t".join(lead + [cell for y in years for cell in (f"Tahun {y}", "", "")] + spent_head),
                 "\t".join([""] * len(lead) + ["Target", "Realisasi", ratio_head] * len(years) +
                           [""] * len(spent_head))]
    found: list[tuple[str, int | None]] = []
    for number, node in enumerate(rows, start=1):
        cells = {y: figures(node, y) for y in years}
        head = [str(number), node.name, node.indicator]
        if form.evaluation == "rows_of_kind":
            for k, label in enumerate(["Target", "Realisasi", "Rasio" if form.ratio == "fraction" else "% Capaian"]):
                if wrong and wrong[0] is node and k == 2:
                    found.append(("RAS-001", start + len(lines)))
                lines.append("\t".join((head if k == 0 else ["", "", ""]) + [label] + [cells[y][k] for y in years]))
        else:
            if wrong and wrong[0] is node:
                found.append(("RAS-001", start + len(lines)))
            money_cells = []
            if spent:
                budget, used = spending[node.code]
                share = used / budget * 100 + (7 if node is wrong_spent else 0)
                if node is wrong_spent and not (wrong and wrong[0] is node):
                    found.append(("RAS-001", start + len(lines)))
                money_cells = [money(budget, form), money(used, form), f"{share:.2f}".replace(".", ",")]
            lines.append("\t".join(head + [c for y in years for c in cells[y]] + money_cells))
    return lines, found


def tc29_table(rng: random.Random, form: Form, programs: list[Node], year: int,
               start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """A Renja's T-C.29 as Permendagri 86/2017 prints it: each row's Renstra target for the
    period's end, what was realised through the year before last, last year's Renja target,
    realisation and their ratio, this year's target, and the realisation expected through this
    year with its ratio to the Renstra target; one of the two ratios may be planted wrong
    (RAS-001)."""
    renstra_end = year + 3
    lead = ["Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
            "Indikator Kinerja Program (outcome)/Kegiatan (output)"]
    head = [lead + [f"Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun {renstra_end}",
                    f"Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d Tahun {year - 2}",
                    f"Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu ({year - 1})", "", "",
                    f"Target Program dan Kegiatan (Renja Perangkat Daerah Tahun {year})",
                    f"Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun {year}", "",
                    "Perangkat Daerah Penanggung Jawab"],
            [""] * len(lead) + ["", "", "Target Renja", "Realisasi Renja", "Tingkat Realisasi (%)", "",
                                "Realisasi Capaian Program dan Kegiatan s/d Tahun Berjalan",
                                "Tingkat Capaian Realisasi Target Renstra (%)", ""]]
    if form.col_numbers:
        head.append([f"({k})" for k in range(1, len(head[0]) + 1)])
    lines = ["\t".join(r) for r in head]
    rows = [n for n in walk(programs) if n.level != "sub_kegiatan"]
    wrong = (rng.choice(rows), rng.choice([8, 11])) if rng.random() < 0.7 else None
    found: list[tuple[str, int | None]] = []

    def ratio(part: float, whole: float) -> str:
        share = part / whole * 100
        return f"{share:.2f}%".replace(".", ",") if form.ratio == "percent_sign" else f"{share:.2f}".replace(".", ",")

    for node in rows:
        aim = rng.randint(85, 98)
        before, last_aim = aim - rng.randint(8, 12), aim - rng.randint(4, 7)
        last_done = last_aim + rng.choice([-3, -1, 0, 1])
        now_aim = last_aim + 2
        expect = min(now_aim + rng.choice([-1, 0]), aim)
        cells = [str(before), str(last_aim), str(last_done), ratio(last_done, last_aim), str(now_aim), str(expect),
                 ratio(expect, aim)]
        if wrong and wrong[0] is node:
            k = 3 if wrong[1] == 8 else 6
            cells[k] = ratio((last_done, expect)[k == 6] - rng.choice([4, 6]), (last_aim, aim)[k == 6])
            found.append(("RAS-001", start + len(lines)))
        pct = "%" if form.percent in ("sign", "spaced", "bound") else ""
        cells = [c + pct if k not in (3, 6) else c for k, c in enumerate(cells)]
        code = [node.code] if form.code in ("column", "five") else [""]
        name = f"{node.code} {node.name}" if form.code == "in_name" else node.name
        lines.append("\t".join(code + [name, node.indicator, str(aim) + pct] + cells + ["Kecamatan"]))
    return lines, found


def review_table(rng: random.Random, form: Form, programs: list[Node], year: int,
                 start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """A Renja's T-C.30: the rancangan awal RKPD's programs and kegiatan beside what the analysis
    of needs makes of them, each side with its indicator, target and amount (the two sides'
    amounts differ, as a review's do); one side's program may not be the sum of its kegiatan
    (ANG-001)."""
    coded = form.code in ("column", "five")
    side = (["Kode"] if coded else []) + ["Program/Kegiatan"] + (["Lokasi"] if form.lokasi else []) + \
        ["Indikator Kinerja", "Target Capaian Kinerja"]
    lines = ["\t".join(["No", "Rancangan Awal RKPD"] + [""] * len(side) + ["Hasil Analisis Kebutuhan"] +
                       [""] * len(side) + ["Catatan Penting"]),
             "\t".join([""] + side + ["Pagu Indikatif (Rp)"] + side + ["Kebutuhan Dana (Rp)", ""])]
    nodes = [n for n in walk(programs) if n.level != "sub_kegiatan"]
    # Each kegiatan's amount on both sides; a program's are its kegiatan's sums.
    amounts = {id(n): (rng.randint(20, 90) * 1_000_000, rng.randint(20, 90) * 1_000_000)
               for n in nodes if n.level == "kegiatan"}
    for n in nodes:
        if n.level == "program":
            amounts[id(n)] = tuple(sum(amounts[id(k)][s] for k in n.children) for s in (0, 1))
    wrong = (rng.choice(programs), rng.randrange(2)) if rng.random() < 0.6 else None
    found: list[tuple[str, int | None]] = []
    number = 0
    for node in nodes:
        number += node.level == "program"
        name = node.name if coded or node.level == "program" else f"Kegiatan {node.name}"
        cells = ([node.code] if coded else []) + [name] + ([f"Kecamatan {KECAMATAN[0]}"] if form.lokasi else []) + \
            [node.indicator, target(node.targets[year], node.unit, form)]
        shown = list(amounts[id(node)])
        if wrong and wrong[0] is node:
            shown[wrong[1]] += rng.choice([3, 5, 8]) * 1_000_000
            found.append(("ANG-001", start + len(lines)))
        lines.append("\t".join([str(number) if node.level == "program" else ""] + cells + [money(shown[0], form)] +
                               cells + [money(shown[1], form), ""]))
    return lines, found


def _period_head(groups: list[str], labels: list[str], lead: list[str], tail: list[str] = ()) -> list[str]:
    """Two header rows: each group over its columns, then the columns' labels (years or places)."""
    return ["\t".join(lead + [cell for g in groups for cell in [g] + [""] * (len(labels) - 1)] + list(tail)),
            "\t".join([""] * len(lead) + labels * len(groups) + [""] * len(tail))]


def _share(part: float, whole: float, form: Form) -> str:
    share = part / whole * 100
    return f"{share / 100:.2f}".replace(".", ",") if form.ratio == "fraction" else f"{share:.2f}".replace(".", ",")


def service_table(rng: random.Random, form: Form, programs: list[Node], first_year: int,
                  start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """A Renstra's T-C.23: the last period's service indicators, their Renstra targets, realised
    figures and the ratios of the two year by year, each kind a group over the period's years (or
    their places, "Tahun ke-" over 1 ... 5); one ratio may be planted wrong (RAS-001)."""
    places = form.year_label == "tahun"
    labels = [str(k) for k in range(1, 6)] if places else [str(first_year + k) for k in range(5)]
    suffix = " Tahun ke-" if places else " Tahun"
    extra = ["Target SPM", "Target IKK", "Target Indikator Lainnya"] if rng.random() < 0.5 else []
    lead = ["No", "Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah"] + extra
    groups = ["Target Renstra Perangkat Daerah" + suffix, "Realisasi Capaian" + suffix,
              ("Rasio Capaian pada" if form.ratio == "fraction" else "Persentase Capaian pada") + suffix]
    lines = _period_head(groups, labels, lead)
    rows = [n for n in walk(programs) if n.unit == "%" and n.level != "sub_kegiatan"]
    wrong = (rng.choice(rows), rng.randrange(5)) if rng.random() < 0.6 else None
    found: list[tuple[str, int | None]] = []
    for number, node in enumerate(rows, start=1):
        base = rng.randint(65, 80)
        aims = [base + 2 * k for k in range(5)]
        done = [a + rng.choice([-4, -2, -1, 0, 1, 3]) for a in aims]
        ratios = [_share(d, a, form) for d, a in zip(done, aims)]
        if wrong and wrong[0] is node:
            k = wrong[1]
            ratios[k] = _share(done[k] + rng.choice([-8, -5, 5, 9]), aims[k], form)
            found.append(("RAS-001", start + len(lines)))
        lines.append("\t".join([str(number), node.indicator] + ["-"] * len(extra) + [str(a) for a in aims] +
                               [str(d) for d in done] + ratios))
    return lines, found


def funding_table(rng: random.Random, form: Form, programs: list[Node], first_year: int,
                  start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """A Renstra's T-C.24: the last period's budget and its realisation for each program and
    kegiatan year by year, their ratios, and the average growth of both; one ratio may be
    planted wrong (RAS-001)."""
    places = form.year_label == "tahun"
    labels = [str(k) for k in range(1, 6)] if places else [str(first_year + k) for k in range(5)]
    suffix = " Tahun ke-" if places else " Tahun"
    groups = ["Anggaran pada" + suffix, "Realisasi Anggaran pada" + suffix,
              "Rasio antara Realisasi dan Anggaran" + suffix]
    lead = ["No", "Uraian"]
    lines = _period_head(groups, labels, lead, ["Rata-rata Pertumbuhan", ""])
    lines[1] = lines[1].rsplit("\t", 2)[0] + "\tAnggaran\tRealisasi"
    found: list[tuple[str, int | None]] = []
    budgets: dict[int, list[tuple[list[int], list[int]]]] = {}
    for program in programs:
        kegiatan = []
        for keg in program.children:
            plan = [rng.randint(20, 90) * 1_000_000 for _ in range(5)]
            kegiatan.append((plan, [p * rng.choice([88, 92, 95, 98, 100]) // 100 for p in plan]))
        budgets[id(program)] = kegiatan
    wrong = (rng.choice(programs), rng.randrange(5)) if rng.random() < 0.6 else None

    def growth(values: list[int]) -> str:
        rates = [(b - a) / a * 100 for a, b in zip(values, values[1:])]
        return f"{sum(rates) / len(rates):.2f}".replace(".", ",")

    number = 0
    for program in programs:
        number += 1
        parts = budgets[id(program)]
        plan = [sum(p[0][k] for p in parts) for k in range(5)]
        used = [sum(p[1][k] for p in parts) for k in range(5)]
        for node, (p, u) in [(program, (plan, used))] + list(zip(program.children, parts)):
            ratios = [_share(b, a, form) for b, a in zip(u, p)]
            if wrong and wrong[0] is node:
                k = wrong[1]
                ratios[k] = _share(u[k] * 0.9, p[k], form)
                found.append(("RAS-001", start + len(lines)))
            lines.append("\t".join([str(number) if node is program else "", node.name] +
                                   [money(v, form) for v in p] + [money(v, form) for v in u] + ratios +
                                   [growth(p), growth(u)]))
    return lines, found


BANDS = [(5, "Sangat Rendah"), (10, "Rendah"), (15, "Sedang"), (20, "Tinggi"), (25, "Sangat Tinggi")]
RISKS = [("Data penduduk tidak mutakhir", "Laporan desa terlambat"),
         ("Keterlambatan pencairan anggaran", "Dokumen pencairan tidak lengkap"),
         ("Gangguan jaringan aplikasi layanan", "Jaringan internet tidak stabil"),
         ("Pengaduan masyarakat tidak tertangani", "Petugas layanan terbatas"),
         ("Rapat koordinasi tidak terlaksana", "Jadwal instansi bertabrakan"),
         ("Laporan kinerja terlambat", "Data kegiatan belum lengkap")]


def _level(score: int) -> str:
    return next(label for top, label in BANDS if score <= top)


def quarter_table(rng: random.Random, form: Form, programs: list[Node], year: int,
                  start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """Each program's and kegiatan's year target with its cumulative quarterly targets (a count's
    may be each quarter's own); one quarter may fall (TGT-003) and one fourth quarter may miss
    the year's target, or a count's quarters not add up to it (TGT-004)."""
    heads = {"tw": ["TW I", "TW II", "TW III", "TW IV"], "triwulan": ["Triwulan I", "Triwulan II", "Triwulan III",
                                                                     "Triwulan IV"],
             "target_tw": ["Target TW I", "Target TW II", "Target TW III", "Target TW IV"],
             "tw_digit": ["TW1", "TW2", "TW3", "TW4"], "grouped": ["I", "II", "III", "IV"]}[form.quarters]
    lead = ["No", "Program/Kegiatan", "Indikator Kinerja"] + (["Satuan"] if form.satuan else [])
    annual = [f"Target {year}"]
    finance = ["Anggaran (Rp)", "Rencana Penarikan Dana (Rp)", "", "", ""] if form.finance else []
    finance_low = ["", "TW I", "TW II", "TW III", "TW IV"] if form.finance else []
    if form.quarters == "grouped":
        group = ["Target Triwulan", "", "", ""]
        rows = [lead + (annual + group if form.annual_first else group + annual) + finance,
                [""] * len(lead) + ([""] + heads if form.annual_first else heads + [""]) + finance_low]
    elif form.finance:
        rows = [lead + (annual + heads if form.annual_first else heads + annual) + finance,
                [""] * (len(lead) + 5) + finance_low]
    else:
        rows = [lead + (annual + heads if form.annual_first else heads + annual)]
    lines = ["\t".join(r) for r in rows]
    short_drawn = rng.random() < 0.5 if form.finance else False
    nodes = [n for n in walk(programs) if n.level != "sub_kegiatan"]
    falls = rng.choice(nodes) if rng.random() < 0.5 else None
    misses = rng.choice([n for n in nodes if n is not falls]) if rng.random() < 0.5 and len(nodes) > 1 else None
    found: list[tuple[str, int | None]] = []
    for number, node in enumerate(nodes, start=1):
        goal = node.targets[year]
        own = form.per_quarter and node.unit != "%"  # a count's quarters each its own
        if node.unit == "%":
            quarters = [round(goal * share) for share in (0.25, 0.5, 0.75)] + [goal]
        else:
            goal = rng.choice([4, 12, 24])
            quarters = [goal // 4] * 4 if own else [goal // 4, goal // 2, 3 * goal // 4, goal]
        if node is falls and not own:  # (a count's own quarters may rise and fall)
            quarters[2] = quarters[1] - max(1, quarters[1] // 5)
            found.append(("TGT-003", start + len(lines)))
        if node is misses:
            if own:  # the quarters do not add up to the year's target
                quarters[rng.randrange(4)] -= 1
            else:
                quarters[3] = goal - max(2, goal // 10)
            found.append(("TGT-004", start + len(lines)))
        cells = [target(q, node.unit, form) for q in quarters]
        year_target = [target(goal, node.unit, form)]
        drawn: list[str] = []
        if form.finance:
            budget = node.pagu[year]
            parts = [budget // 4 // 1_000_000 * 1_000_000] * 3
            parts.append(budget - sum(parts))
            if short_drawn and number == 1:  # the withdrawals do not reach the year's budget
                parts[3] -= 5_000_000
                found.append(("ANG-006", start + len(lines)))
            drawn = [money(budget, form)] + [money(v, form) for v in parts]
        lines.append("\t".join([str(number), node.name, node.indicator] + ([node.unit] if form.satuan else []) +
                               (year_target + cells if form.annual_first else cells + year_target) + drawn))
    return lines, found


def risk_register(rng: random.Random, form: Form, start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """Risks scored likelihood x impact with their levels in the profile's bands; one score may be
    planted wrong (RSK-001, its level following the right score) and one level (RSK-003)."""
    lead = ["No", "Uraian Risiko", "Penyebab"]
    heads = {"kd": ["Kemungkinan", "Dampak", "Nilai Risiko", "Level Risiko"],
             "dk": ["Dampak", "Kemungkinan", "Besaran Risiko", "Tingkat Risiko"],
             "letters": ["K", "D", "K x D", "Level"],
             "inherent": ["Skala Kemungkinan", "Skala Dampak", "Skor Risiko", "Kategori Risiko"]}[form.register]
    lines = ["\t".join(lead + heads + ["Rencana Pengendalian"])]
    chosen = rng.sample(RISKS, rng.randint(3, len(RISKS)))
    wrong_score, wrong_level = (rng.sample(range(len(chosen)), 2) if rng.random() < 0.6 else (None, None))
    found: list[tuple[str, int | None]] = []
    for k, (risk, cause) in enumerate(chosen):
        likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
        score = likelihood * impact
        level = _level(score)
        if k == wrong_score:
            score = score + 3 if score <= 20 else score - 3
            found.append(("RSK-001", start + len(lines)))
        if k == wrong_level:  # the band above (below the top band)
            rank = next(n for n, (_, label) in enumerate(BANDS) if label == level)
            level = BANDS[rank + 1 if rank + 1 < len(BANDS) else rank - 1][1]
            found.append(("RSK-003", start + len(lines)))
        pair = [str(likelihood), str(impact)] if form.register != "dk" else [str(impact), str(likelihood)]
        lines.append("\t".join([str(k + 1), risk, cause] + pair + [str(score), level, "Pemantauan bulanan"]))
    return lines, found


def write_rencana_aksi(rng: random.Random, form: Form, index: int) -> tuple[str, str, list[tuple[str, int | None]]]:
    kecamatan = KECAMATAN[index % len(KECAMATAN)] + ("" if index < len(KECAMATAN) else f" {index}")
    year = 2027
    programs = build_tree(rng, [year, year + 1])
    lines = ["RENCANA AKSI", f"KECAMATAN {kecamatan.upper()}", "KABUPATEN SUKAWANGI RAYA", f"TAHUN {year}", ""]
    expected: list[tuple[str, int | None]] = []
    for k, chapter in enumerate(["PENDAHULUAN", "RENCANA AKSI", "MANAJEMEN RISIKO", "PENUTUP"], start=1):
        lines += chapter_lines(k, chapter, form) + [f"Bagian ini menguraikan {chapter.lower()}.", ""]
        if k == 2:
            lines.append(f"Tabel 2.1 Target Kinerja Triwulan Kecamatan {kecamatan} Tahun {year}")
            lines.append("Target indikator jumlah ditulis per triwulan, target persentase sampai dengan triwulan itu."
                         if form.per_quarter else "Target triwulan ditulis kumulatif sampai dengan triwulan itu.")
            table, found = quarter_table(rng, form, programs, year, len(lines) + 1)
            lines += table + [""]
            expected += found
            if form.prose_tables:
                lines += actions_table(programs, year)
        if k == 3:
            lines += ["Nilai risiko adalah kemungkinan dikali dampak, masing-masing pada skala 1 sampai 5.",
                      f"Tabel 3.1 Daftar Risiko Kecamatan {kecamatan}"]
            table, found = risk_register(rng, form, len(lines) + 1)
            lines += table + [""]
            expected += found
    return f"rencana-aksi-varied-{index:03d}-{year}.txt", "\n".join(lines) + "\n", expected


GOALS = [("Meningkatnya kualitas pelayanan publik kecamatan", [
              ("Meningkatnya kepuasan masyarakat atas layanan kecamatan", "Indeks Kepuasan Masyarakat", "indeks"),
              ("Meningkatnya ketepatan waktu pelayanan", "Persentase layanan selesai tepat waktu", "%")]),
         ("Meningkatnya tata kelola pemerintahan desa", [
             ("Meningkatnya tertib administrasi desa", "Persentase desa tertib administrasi", "%")])]


def goals_table(rng: random.Random, form: Form, years: list[int], start: int,
                printed: list | None = None) -> tuple[list[str], list[tuple[str, int | None]]]:
    """Tujuan and sasaran with their indicators' targets by year (Renstra: from a baseline to the
    end of the period); one target may fall (TGT-002), a Renstra's end may not be its last year's
    (TGT-001)."""
    renstra = form.doc_type == "renstra"
    lead = ["No", "Tujuan", "Sasaran", "Indikator Tujuan/Sasaran", "Satuan", "Kondisi Awal"]
    end = ["Kondisi Akhir"] if renstra else []
    if form.goals == "years":
        head = [lead + [f"Target {y}" for y in years] + end]
    elif form.goals == "places" and renstra:  # (a Renja's years are no places in its own period)
        head = [lead + ["Target Kinerja pada Tahun ke-"] + [""] * (len(years) - 1) + end,
                [""] * len(lead) + [str(k) for k in range(1, len(years) + 1)] + [""] * len(end)]
    else:
        head = [lead + ["Target Kinerja pada Tahun"] + [""] * (len(years) - 1) + end,
                [""] * len(lead) + [str(y) for y in years] + [""] * len(end)]
    lines = ["\t".join(r) for r in head]
    rows = [(k, t, sasaran) for k, (t, ss) in enumerate(GOALS, start=1) for sasaran in ss]
    falls, wrong_end = rng.choice(rows + [None]), rng.choice(rows + [None]) if renstra else None
    found: list[tuple[str, int | None]] = []
    shown: set[int] = set()
    for row in rows:
        number, tujuan, (sasaran, indicator, unit) = row
        base = rng.randint(70, 84)
        targets = [base + 2 * (i + 1) for i in range(len(years))]
        if row is falls:
            targets[-1] = targets[-2] - rng.choice([1, 2, 3])
            found.append(("TGT-002", start + len(lines)))
        last = targets[-1] + (3 if row is wrong_end else 0)
        if row is wrong_end:
            found.append(("TGT-001", start + len(lines)))
        first = number not in shown
        shown.add(number)
        if printed is not None:  # what another table repeats of the row
            printed.append({"indicator": indicator, "unit": unit, "base": base, "targets": targets, "last": last,
                            "line": start + len(lines), "planted": [r for r, at in found if at == start + len(lines)]})
        lines.append("\t".join([str(number) if first else "", tujuan if first else "", sasaran, indicator, unit,
                                str(base), *map(str, targets)] + ([str(last)] if renstra else [])))
    return lines, found


def performance_table(rng: random.Random, form: Form, printed: list, years: list[int],
                      start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """A Renstra's T-C.28: the indicators of its tujuan and sasaran again, with the targets the
    goal table gives them (and whatever is wrong there, found here too); one target may be
    printed otherwise here (KON-001 at both rows)."""
    lines = ["\t".join(["No", "Indikator", "Satuan", "Kondisi Kinerja pada Awal Periode RPJMD",
                        "Target Capaian Setiap Tahun"] + [""] * (len(years) - 1) +
                       ["Kondisi Kinerja pada Akhir Periode RPJMD"]),
             "\t".join([""] * 4 + [str(y) for y in years] + [""])]
    clean = [row for row in printed if not row["planted"]]
    differs = rng.choice(clean) if clean and rng.random() < 0.5 else None
    found: list[tuple[str, int | None]] = []
    for number, row in enumerate(printed, start=1):
        targets = list(row["targets"])
        line = start + len(lines)
        found += [(rule, line) for rule in row["planted"]]
        if row is differs:
            targets[1] += 1  # still below the year after it
            found += [("KON-001", line), ("KON-001", row["line"])]
        lines.append("\t".join([str(number), row["indicator"], row["unit"], str(row["base"]), *map(str, targets),
                                str(row["last"])]))
    return lines, found


STAFF = ["Golongan IV", "Golongan III", "Golongan II", "Golongan I", "PPPK", "Tenaga Non ASN"]


def staff_table(rng: random.Random, form: Form, kecamatan: str,
                start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """The staff by rank and sex with their sums (a "Jumlah" column, a JUMLAH row) and the
    prose's count before it; one row's sum may be printed wrong (TAB-002 there, TAB-001 at the
    totals), the prose's count may differ (KON-003)."""
    counts = [(rng.randint(0, 6), rng.randint(0, 6)) for _ in STAFF]
    total = sum(m + f for m, f in counts)
    said = total + (rng.choice([-2, 1, 3]) if rng.random() < 0.3 else 0)
    lines = [f"Jumlah pegawai Kecamatan {kecamatan} sebanyak {said} orang, seperti pada tabel berikut.",
             f"Tabel 2.3 Pegawai Kecamatan {kecamatan} menurut Golongan dan Jenis Kelamin"]
    if rng.random() < 0.5:
        lines.append("\t".join(["No", "Golongan", "Laki-laki", "Perempuan", "Jumlah"]))
    else:
        lines += ["\t".join(["No", "Golongan", "Jenis Kelamin", "", "Jumlah"]), "\t".join(["", "", "L", "P", ""])]
    wrong = rng.randrange(len(STAFF)) if rng.random() < 0.4 else None
    found: list[tuple[str, int | None]] = []
    if said != total:
        found.append(("KON-003", start))
    for k, (name, (m, f)) in enumerate(zip(STAFF, counts)):
        shown = m + f + (1 if k == wrong else 0)
        if k == wrong:
            found.append(("TAB-002", start + len(lines)))
        lines.append("\t".join([str(k + 1), name, str(m), str(f), str(shown)]))
    if wrong is not None:
        found.append(("TAB-001", start + len(lines)))
    lines.append("\t".join(["", "JUMLAH", str(sum(m for m, _ in counts)), str(sum(f for _, f in counts)), str(total)]))
    return lines, found


def actions_table(programs: list[Node], year: int) -> list[str]:
    """A Rencana Aksi's actions per quarter in words (what is done in each, no figure to check)."""
    lines = [f"Tabel 2.2 Rencana Aksi Kegiatan per Triwulan Tahun {year}",
             "\t".join(["No", "Kegiatan", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"])]
    for k, node in enumerate((n for n in walk(programs) if n.level == "kegiatan"), start=1):
        lines.append("\t".join([str(k), node.name, "Penyusunan jadwal dan pembagian tugas", "Pelaksanaan kegiatan",
                                "Pelaksanaan dan pemantauan", "Evaluasi dan pelaporan"]))
    return lines + [""]


def prose_tables(form: Form, programs: list[Node], kecamatan: str, chapter: int) -> list[str]:
    """Tables of words a plan prints beside its figures, with nothing to add up or compare: a
    Renstra's strategies and policies (Bab V), a Renja's proposals from stakeholders (T-C.32),
    their volumes counts of things."""
    if form.doc_type == "renstra":
        lines = [f"Tabel {chapter}.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan Kecamatan {kecamatan}",
                 "\t".join(["No", "Tujuan", "Sasaran", "Strategi", "Arah Kebijakan"])]
        for k, (tujuan, sasaran) in enumerate(GOALS, start=1):
            lines.append("\t".join([str(k), tujuan, sasaran[0][0], "Meningkatkan koordinasi layanan",
                                    "Penguatan kapasitas aparatur kecamatan"]))
        return lines + [""]
    lines = [f"Tabel {chapter}.3 Usulan Program dan Kegiatan dari Para Pemangku Kepentingan Tahun 2027",
             "\t".join(["No", "Program/Kegiatan", "Lokasi", "Indikator Kinerja", "Besaran/Volume", "Catatan"])]
    kegiatan = [n for n in walk(programs) if n.level == "kegiatan"]
    for k, node in enumerate(kegiatan, start=1):
        lines.append("\t".join([str(k), node.name, f"Desa {KECAMATAN[k % len(KECAMATAN)]}", node.children[0].indicator,
                                f"{2 * k} {node.children[0].unit}", "Usulan musrenbang kecamatan"]))
    return lines + [""]


def contents_lines(rng: random.Random, form: Form) -> list[str]:
    """A contents page listing every chapter of the template (a missing one too: it is typed, not
    generated) with its page, and the tables' list."""
    if form.contents not in ("dots", "tab"):
        return []
    lines = ["DAFTAR ISI", "Halaman"]
    page = 1
    for k, chapter in enumerate(CHAPTERS[form.doc_type], start=1):
        page += rng.randint(2, 9)
        if form.contents == "dots":
            lines.append(f"BAB {ROMAN[k - 1]} {chapter} {'.' * rng.randint(8, 30)} {page}")
        else:
            lines.append(f"BAB\t{ROMAN[k - 1]}\t{chapter}\t{page}")
    lines += ["", "DAFTAR TABEL"]
    chapter = PROGRAM_CHAPTER[form.doc_type]
    lines.append(f"Tabel {chapter}.1 Rencana Program, Kegiatan dan Pendanaan {'.' * 12} {page - 3}")
    return lines + ["", "\f"]


def sistematika_lines(rng: random.Random, form: Form) -> list[str]:
    """Bab I's list of the chapters, each followed by what it holds: the whole template, the
    headings printed as the body prints them or run into a dot."""
    joined = rng.random() < 0.5
    lines = ["1.2 Sistematika Penulisan", "Sistematika penulisan dokumen ini adalah sebagai berikut:"]
    for k, chapter in enumerate(CHAPTERS[form.doc_type], start=1):
        lines.append(f"BAB{ROMAN[k - 1]}.{chapter}" if joined else f"BAB {ROMAN[k - 1]} {chapter}")
        lines.append(f"Berisi uraian tentang {chapter.lower()}.")
    return lines + [""]


IKU = [("Persentase desa tertib administrasi", "desa yang tertib administrasi", "desa"),
       ("Persentase pengaduan masyarakat yang ditindaklanjuti", "pengaduan yang ditindaklanjuti", "pengaduan masuk"),
       ("Persentase layanan selesai tepat waktu", "layanan selesai tepat waktu", "layanan"),
       ("Persentase lembaga kemasyarakatan desa yang aktif", "lembaga kemasyarakatan aktif", "lembaga kemasyarakatan")]


def iku_table(rng: random.Random, start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """The indicators' definitions: each a ratio times 100 in a form drawn at random; one may
    be a count (IND-001) and one a ratio not times 100 (IND-002)."""
    lines = ["\t".join(["No", "Indikator Kinerja", "Satuan", "Formulasi Perhitungan", "Sumber Data"])]
    rows = rng.sample(IKU, rng.randint(2, len(IKU)))
    count, bare = (rng.sample(range(len(rows)), 2) if rng.random() < 0.6 else (None, None))
    found: list[tuple[str, int | None]] = []
    for k, (name, part, whole) in enumerate(rows):
        part, whole = part[0].upper() + part[1:], f"Jumlah {whole}"
        formula = rng.choice([f"({part} / {whole}) x 100%", f"{part} : {whole} x 100", f"{part}/{whole}*100%"])
        if k == count:
            formula, _ = f"Jumlah {part.lower()}", found.append(("IND-001", start + len(lines)))
        elif k == bare:
            formula, _ = f"{part} / {whole}", found.append(("IND-002", start + len(lines)))
        lines.append("\t".join([str(k + 1), name, "%", formula, "Laporan Kecamatan"]))
    return lines, found


def summary_table(rng: random.Random, form: Form, programs: list[Node], years: list[int],
                  start: int) -> tuple[list[str], list[tuple[str, int | None]]]:
    """Each program's pagu by year as the program table prints it; one may be printed otherwise
    (KON-002 at both rows)."""
    coded = form.code in ("column", "five")
    lines = ["\t".join(["No"] + (["Kode"] if coded else []) + ["Program"] + [f"Pagu {y} (Rp)" for y in years])]
    rp = 1000 if form.thousands else 1
    if form.thousands:
        lines[0] = lines[0].replace("(Rp)", "(Rp 000)")
    differs = (rng.choice(programs), rng.choice(years)) if rng.random() < 0.6 else None
    found: list[tuple[str, int | None]] = []
    for number, node in enumerate(programs, start=1):
        shown = dict(node.pagu)
        if differs and differs[0] is node:
            shown[differs[1]] += 15_000_000
            found += [("KON-002", start + len(lines)), ("KON-002", node.line)]
        name = node.name.title().replace(" Dan ", " dan ")
        lines.append("\t".join([str(number)] + ([node.code] if coded else []) + [name] +
                                [money(shown[y] // rp, form) for y in years]))
    if rng.random() < 0.5:  # its own total, of what it prints
        total = [money(sum(n.pagu[y] for n in programs) // rp + (15_000_000 // rp if differs and differs[1] == y
                                                                   else 0), form) for y in years]
        lines.append("\t".join(["", *([""] if coded else []), "Jumlah"] + total))
    return lines, found


def write_plan(rng: random.Random, form: Form, index: int) -> tuple[str, str, list[tuple[str, int | None]]]:
    if form.doc_type == "rencana-aksi":
        return write_rencana_aksi(rng, form, index)
    kecamatan = KECAMATAN[index % len(KECAMATAN)] + ("" if index < len(KECAMATAN) else f" {index}")
    years = [2027, 2028] if form.doc_type == "renja" else [2027, 2028, 2029, 2030, 2031]
    programs = build_tree(rng, years)
    planted = plant(rng, form, programs, years)
    title = "RENCANA KERJA" if form.doc_type == "renja" else "RENCANA STRATEGIS"
    period = str(years[0]) if form.doc_type == "renja" else f"{years[0]}-{years[-1]}"
    lines = [title, f"KECAMATAN {kecamatan.upper()}", "KABUPATEN SUKAWANGI RAYA", f"TAHUN {period}", ""]
    lines += contents_lines(rng, form)
    expected: list[tuple[str, int | None]] = []
    printed: list[dict] = []  # the goal table's rows, for the T-C.28 that repeats them
    for k, chapter in enumerate(CHAPTERS[form.doc_type], start=1):
        if planted["chapter"] == k:
            expected.append(("BAB-001", None))
            continue
        lines += chapter_lines(k, chapter, form)
        lines += [f"{k}.1 Uraian", f"Bagian ini menguraikan {chapter.lower()} Kecamatan {kecamatan}.", ""]
        if k == 1 and form.contents == "sistematika":
            lines += sistematika_lines(rng, form)
        if k == 2 and form.doc_type == "renja" and form.evaluation != "none":
            lines += [f"Tabel {k}.1 Evaluasi Pelaksanaan Renja Kecamatan {kecamatan} Tahun {years[0] - 3} dan "
                      f"{years[0] - 2}"]
            table, found = (tc29_table if form.evaluation == "tc29" else evaluation_table)(
                rng, form, programs, years[0] - (1 if form.evaluation == "tc29" else 2), len(lines) + 1)
            lines += table + [""]
            expected += found
        if form.prose_tables and (k, form.doc_type) in ((5, "renstra"), (2, "renja")):
            lines += prose_tables(form, programs, kecamatan, k)
        if k == 2 and form.staff:
            table, found = staff_table(rng, form, kecamatan, len(lines) + 1)
            lines += table + [""]
            expected += found
        if k == 2 and form.doc_type == "renja" and form.review:
            lines.append(f"Tabel {k}.2 Review terhadap Rancangan Awal RKPD Tahun {years[0]}")
            table, found = review_table(rng, form, programs, years[0], len(lines) + 1)
            lines += table + [""]
            expected += found
        if k == 2 and form.doc_type == "renstra" and form.evaluation != "none":
            lines.append(f"Tabel {k}.1 Pencapaian Kinerja Pelayanan Kecamatan {kecamatan}")
            table, found = service_table(rng, form, programs, years[0] - 5, len(lines) + 1)
            lines += table + [""]
            expected += found
            if form.budget_realised:
                lines.append(f"Tabel {k}.2 Anggaran dan Realisasi Pendanaan Pelayanan Kecamatan {kecamatan}")
                table, found = funding_table(rng, form, programs, years[0] - 5, len(lines) + 1)
                lines += table + [""]
                expected += found
        if k == {"renja": 3, "renstra": 4}[form.doc_type] and form.goals != "none":
            lines.append(f"Tabel {k}.1 Tujuan dan Sasaran Kecamatan {kecamatan}")
            table, found = goals_table(rng, form, years, len(lines) + 1, printed)
            lines += table + [""]
            expected += found
        if k == {"renja": 3, "renstra": 4}[form.doc_type] and form.iku:
            lines.append(f"Tabel {k}.2 Indikator Kinerja Utama Kecamatan {kecamatan}")
            table, found = iku_table(rng, len(lines) + 1)
            lines += table + [""]
            expected += found
        if k == 7 and form.doc_type == "renstra" and printed:
            lines.append(f"Tabel {k}.1 Indikator Kinerja Kecamatan {kecamatan} yang Mengacu pada Tujuan dan Sasaran "
                         "RPJMD")
            table, found = performance_table(rng, form, printed, years, len(lines) + 1)
            lines += table + [""]
            expected += found
        if k == PROGRAM_CHAPTER[form.doc_type]:
            title = f"Tabel {k}.1 Rencana Program, Kegiatan dan Pendanaan Kecamatan {kecamatan}"
            lines.append(title)
            table, found = program_table(form, programs, years, kecamatan, planted, len(lines) + 1, title)
            lines += table + [""]
            expected += found
            if form.summary:
                lines.append(f"Tabel {k}.2 Rekapitulasi Pagu Indikatif per Program")
                table, found = summary_table(rng, form, programs, years, len(lines) + 1)
                lines += table + [""]
                expected += found
    name = f"{form.doc_type}-varied-{index:03d}-{period}.txt"
    return name, "\n".join(lines) + "\n", expected


@dataclass
class Score:
    plans: int = 0
    planted: int = 0
    found: int = 0
    false: int = 0
    missed_by_rule: Counter = field(default_factory=Counter)
    false_by_rule: Counter = field(default_factory=Counter)
    misread: list[str] = field(default_factory=list)  # each plan missed or over-reported, with its forms


def run(count: int, seed: int, folder: Path) -> Score:
    """Write `count` plans drawn with `seed` into `folder` (with expected.json) and check each."""
    rng = random.Random(seed)
    expected_all: dict[str, list] = {}
    score = Score(plans=count)
    settings = Settings()
    for i in range(count):
        form = draw_form(rng)
        name, text, expected = write_plan(rng, form, i)
        (folder / name).write_text(text, encoding="utf-8")
        expected_all[name] = [list(e) for e in expected]
        report = check_file(folder / name, settings)
        got = {(f.rule, None if f.rule.startswith("BAB") else (f.location.line if f.location else None))
               for f in report.findings if f.category != "input"}
        want = set(expected)
        missed, extra = want - got, got - want
        score.found += len(want & got)
        score.planted += len(want)
        score.false += len(extra)
        score.missed_by_rule.update(r for r, _ in missed)
        score.false_by_rule.update(r for r, _ in extra)
        if missed or extra:
            score.misread.append(f"{name}: missed {sorted(missed, key=str)} false {sorted(extra, key=str)}\n"
                                 f"  {form.describe()}")
    (folder / "expected.json").write_text(json.dumps(expected_all, indent=1), encoding="utf-8")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the plans and expected.json here")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="varied-"))
    folder.mkdir(parents=True, exist_ok=True)
    score = run(args.count, args.seed, folder)
    if args.verbose:
        print("\n".join(score.misread))
    precision = score.found / (score.found + score.false) if score.found + score.false else 1.0
    print(f"{score.plans} plans, seed {args.seed}: found {score.found} of {score.planted} planted "
          f"(recall {score.found / score.planted:.3f}), {score.false} false (precision {precision:.3f})")
    if score.missed_by_rule or score.false_by_rule:
        print(f"  missed by rule: {dict(score.missed_by_rule)}; false by rule: {dict(score.false_by_rule)}")
    if args.keep:
        print(f"plans and expected.json in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
