"""The workbook layout of FORMATS.md: sheet names, columns, header synonyms. Read by the reader and the template."""
from __future__ import annotations

import re

_KEY = re.compile(r"[^a-z0-9]+")


def key(text: object) -> str:
    """Header and sheet names compare case-insensitively, ignoring spaces, dots and underscores."""
    return _KEY.sub("", str(text or "").lower())


_HIGHER = {"naik", "positif", "maksimal", "maksimum", "max", "maximize", "maksimalkan", "higherisbetter",
           "semakintinggisemakinbaik", "makintinggimakinbaik"}
_LOWER = {"turun", "negatif", "minimal", "minimum", "min", "minimize", "minimalkan", "lowerisbetter",
          "semakinrendahsemakinbaik", "makinrendahmakinbaik"}


def polarity_of(text: object) -> str | None:
    """The direction a plan writes for an indicator ("Positif", "Minimal", "Semakin rendah semakin
    baik"): "naik", "turun", or None where it writes none."""
    word = key(text)
    return "naik" if word in _HIGHER else "turun" if word in _LOWER else None


SHEETS = {
    "dokumen": ("Dokumen", {"dokumen", "identitas", "identitasdokumen", "metadata"}),
    "bab": ("Bab", {"bab", "sistematika", "daftarbab"}),
    "tujuan": ("Tujuan Sasaran", {"tujuansasaran", "tujuandansasaran", "tujuan", "sasaran"}),
    "program": ("Program", {"program", "programkegiatan", "rencanaprogram", "programdankegiatan", "tc27", "renja"}),
    "aksi": ("Rencana Aksi", {"rencanaaksi", "aksi", "rencanaaksitriwulan"}),
    "risiko": ("Risiko", {"risiko", "registerrisiko", "registerresiko", "resiko", "manajemenrisiko"}),
}

# Column synonyms per logical column (compared after `key()`).
COLUMNS = {
    "kode": {"kode", "koderekening", "kodeprogram", "kodeprogramkegiatan", "nomorkode"},
    "uraian": {"uraian", "program", "programkegiatan", "programkegiatansubkegiatan", "namaprogram",
               "programkegiatandansubkegiatan", "uraianprogramkegiatan", "nomenklatur", "sasarankegiatan"},
    "indikator": {"indikator", "indikatorkinerja", "indikatorkinerjaprogram", "indikatorprogram", "indikatorkegiatan",
                  "indikatorkinerjaprogramkegiatan", "indikatorkinerjatujuansasaran"},
    "satuan": {"satuan", "unit"},
    "formula": {"formula", "rumus", "formulaperhitungan", "caraperhitungan", "rumusperhitungan"},
    "polaritas": {"polaritas", "polarity", "arah"},
    "awal": {"capaianawal", "kondisiawal", "kondisikinerjaawal", "baseline", "capaiankinerjaawal"},
    "tingkat": {"tingkat", "level", "jenis"},
    "lokasi": {"lokasi"},
    "sumber_dana": {"sumberdana"},
    "kumulatif": {"kumulatif", "cumulative"},
    "tahunan": {"targettahunan", "targettahun", "tahunan", "targetsetahun", "target"},
    "tw1": {"twi", "tw1", "triwulani", "triwulan1", "targettwi", "q1"},
    "tw2": {"twii", "tw2", "triwulanii", "triwulan2", "targettwii", "q2"},
    "tw3": {"twiii", "tw3", "triwulaniii", "triwulan3", "targettwiii", "q3"},
    "tw4": {"twiv", "tw4", "triwulaniv", "triwulan4", "targettwiv", "q4"},
    "target_akhir": {"targetakhir", "targetkondisiakhir", "kondisiakhirtarget", "targetakhirperiode",
                     "kondisikinerjaakhirperiodetarget", "targetakhirrenstra"},
    "pagu_akhir": {"paguakhir", "rpakhir", "kondisiakhirrp", "kondisiakhirpagu", "paguakhirperiode",
                   "kebutuhandanaakhir", "anggaranakhir", "kondisikinerjaakhirperioderp"},
    "isian": {"isian", "kunci", "field", "uraian"},
    "nilai": {"nilai", "value", "isi"},
    "bab": {"bab", "nomor", "no"},
    "judul": {"judul", "title", "namabab"},
    # risk register
    "no": {"no", "nomor"},
    "kode_risiko": {"koderisiko", "kode"},
    "sasaran_kegiatan": {"sasarankegiatan", "sasaran", "kegiatan", "tujuansasaran"},
    "uraian_risiko": {"uraianrisiko", "risiko", "uraianresiko", "pernyataanrisiko"},
    "skala_dampak": {"skaladampak", "dampakskala", "nilaidampak", "levdampak"},
    "skala_kemungkinan": {"skalakemungkinan", "kemungkinanskala", "nilaikemungkinan", "levkemungkinan"},
    "nilai_risiko": {"nilairisiko", "skorrisiko", "besaranrisiko", "nilairesiko"},
    "level_risiko": {"levelrisiko", "tingkatrisiko", "levelresiko", "kategoririsiko"},
}
_BUDGET_WORDS = ("pagu", "rp", "dana", "anggaran", "kebutuhan", "prakiraan", "biaya")
_YEAR = re.compile(r"(20\d{2})")


def year_column(header: object) -> tuple[str, str] | None:
    """`Target 2024` -> ("target", "2024"); `Pagu Indikatif 2025` -> ("pagu", "2025")."""
    k = key(header)
    m = _YEAR.search(k)
    if not m or len(k) > 40:
        return None
    rest = k.replace(m.group(1), "")
    if "target" in rest or rest in ("", "t", "tahun", "kinerja"):
        return ("target", m.group(1))
    if any(w in rest for w in _BUDGET_WORDS):
        return ("pagu", m.group(1))
    return None


# Columns of each sheet in the template, in order; `{year}` expands to every year of the period.
TEMPLATE = {
    "Dokumen": ["Isian", "Nilai"],
    "Bab": ["Bab", "Judul"],
    "Tujuan Sasaran": ["Tingkat", "Uraian", "Indikator", "Satuan", "Formula", "Polaritas", "Capaian Awal",
                       "Target {year}"],
    "Program": ["Kode", "Uraian", "Indikator", "Satuan", "Formula", "Capaian Awal", "Target {year}", "Pagu {year}"],
    "Rencana Aksi": ["Kode", "Uraian", "Indikator", "Satuan", "Kumulatif", "Target Tahunan", "TW I", "TW II",
                     "TW III", "TW IV"],
    "Risiko": ["No", "Kode Risiko", "Sasaran/Kegiatan", "Indikator", "Uraian Risiko", "Pemilik", "Sebab", "Sumber",
               "C/UC", "Dampak", "Pihak Terkena", "Skala Dampak", "Skala Kemungkinan", "Nilai Risiko",
               "Level Risiko", "Rencana Pengendalian"],
}
# Sheets a workbook of each type must have for its checks to run.
REQUIRED_SHEETS = {"renstra": ["dokumen", "program"], "renja": ["dokumen", "program"],
                   "rencana_aksi": ["dokumen", "aksi"]}

TEMPLATE_SHEETS = {
    "renstra": ["Dokumen", "Bab", "Tujuan Sasaran", "Program", "Risiko"],
    "renja": ["Dokumen", "Bab", "Tujuan Sasaran", "Program", "Risiko"],
    "rencana_aksi": ["Dokumen", "Tujuan Sasaran", "Rencana Aksi", "Risiko"],
}
DOKUMEN_KEYS = ["jenis", "perangkat_daerah", "kecamatan", "kabupaten", "provinsi", "tahun", "periode"]


def program_columns(doc_type: str, years: list[int]) -> list[str]:
    """The Program sheet's columns: per year Target and Pagu; renstra adds the akhir pair, renja lokasi."""
    cols = ["Kode", "Uraian", "Indikator", "Satuan", "Formula", "Capaian Awal"]
    for y in years:
        cols += [f"Target {y}", f"Pagu {y}"]
    if doc_type == "renstra":
        cols += ["Target Akhir", "Pagu Akhir"]
    if doc_type == "renja":
        cols += ["Lokasi", "Sumber Dana"]
    return cols
