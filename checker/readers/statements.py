"""Statements a plan makes in its prose, each kept with its line:
- the visi of the kabupaten (or of the kepala daerah) that every Renstra and Renja repeats,
  "Visi Kabupaten ... adalah “...”", "Visi : ...", so that one visi quoted in two wordings can
  be reported;
- the year a sentence about the plan itself gives it ("Rencana Kerja ini memuat ... pada Tahun
  2024"), to be held against the plan's own year or period;
- the date of each signature ("Kemangkon, 28 Juli 2023" on a line of its own), to be held
  against the plan's other signatures.
"""
from __future__ import annotations

import re

from ..models import Location, Statement

# "Visi" and, within a few words, "adalah" / "yaitu" / ":", then the statement, up to a closing
# quote, the emphasis marks around it, an opening quote (a tagline after it) or the line's end.
_VISI = re.compile(r"\bvisi\b[^:“”\"\n]{0,80}?(?:\badalah\b|\byaitu\b|:)\s*[*“\"\s]*([^”\"“*\n]{15,300})",
                   re.IGNORECASE)
_DEFINITION = re.compile(r"^(rumusan|gambaran|pernyataan|keadaan|cita)", re.IGNORECASE)
# The plan speaking of itself: "Renja ini", "Rencana Kerja (Renja) ini", "Renstra ini" ... and,
# later in the same sentence, the year it gives: "Tahun 2024", "tahun anggaran 2024", "Tahun
# 2021-2026".
_THIS_PLAN = re.compile(r"\b(?:renja|rencana\s+kerja|renstra|rencana\s+strategis|rencana\s+aksi)"
                        r"(?:\s*\([^)]{1,40}\))?\s+ini\b", re.IGNORECASE)
_YEAR = re.compile(r"\btahun\s+(?:anggaran\s+)?(20\d\d)(?:\s*[-–/]\s*(20\d\d))?\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;](?:\s|$)")
# A year that belongs to another document the sentence names just before it: "berdasarkan Renstra
# Kecamatan Sukamaju Tahun 2021-2026", "Peraturan Bupati Nomor 5 Tahun 2020".
_OTHER_DOCUMENT = re.compile(r"\b(rpjmd|rpjpd|rpjmn|rpjpn|rkpd|rkp|renstra|rencana\s+strategis|renja|rencana\s+kerja|"
                             r"rka|dpa|apbd|lkjip|lakip|undang|peraturan|perda|perbup|permendagri|keputusan|"
                             r"nomor|no\.)", re.IGNORECASE)
# A year the sentence gives to something else than the plan's own term: when it was drawn up
# ("disusun pada tahun 2025" for a Renja of 2026), what it looks back on ("realisasi tahun 2024")
# or ahead to (a Renja's "prakiraan maju tahun 2027", the targets of a later year).
_OTHER_TIME = re.compile(r"\b(disusun|dibuat|ditetapkan|disahkan|penyusunan|sejak|mulai|dibandingkan|dibanding|"
                         r"capaian|realisasi|evaluasi|sebelumnya|lalu|prakiraan|maju|proyeksi|berikutnya|"
                         r"mendatang|target|akhir)\b", re.IGNORECASE)
_MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember")
# A signature's place and date, alone on its line: "Kemangkon, 24 Juli 2023", "Balapulang, Januari 2022".
_SIGNED = re.compile(r"^\s*[A-Z][A-Za-z.'\- ]{1,40},\s*((?:\d{1,2}\s+)?(%s)\s+(20\d\d))\s*$" % "|".join(_MONTHS),
                     re.IGNORECASE)


def read_statements(lines: list[str]) -> list[Statement]:
    """The visi quoted anywhere in the document (prose or table cells), the years sentences about
    the plan give it, and the signature dates, with their lines. A substring test picks the lines
    worth a regular expression: three over every line took 7-10 ms of a long plan, now 2-2.5."""
    found: list[Statement] = []
    for number, raw in enumerate(lines, start=1):
        if "isi" in raw or "ISI" in raw:
            found.extend(_visi(raw, number))
        if "ini" in raw or "INI" in raw or "Ini" in raw:
            found.extend(_plan_years(raw, number))
        if len(raw) <= 80 and "," in raw and (m := _SIGNED.match(raw)) is not None:
            found.append(Statement(kind="tanggal", text=" ".join(m.group(1).split()), location=Location(line=number)))
    return found


def _plan_years(line: str, number: int) -> list[Statement]:
    """'Rencana Kerja ini ... pada Tahun 2023': the years the sentence after "<plan> ini" names."""
    found = []
    for m in _THIS_PLAN.finditer(line):
        end = _SENTENCE_END.search(line, m.end())
        sentence = line[m.end():end.start() if end else len(line)]
        since = 0
        for y in _YEAR.finditer(sentence):
            before, since = sentence[since:y.start()][-60:], y.end()
            if _OTHER_DOCUMENT.search(before) or _OTHER_TIME.search(before):
                continue
            years = y.group(1) + (f"-{y.group(2)}" if y.group(2) else "")
            found.append(Statement(kind="tahun", text=years, location=Location(line=number)))
    return found


def _visi(raw: str, number: int) -> list[Statement]:
    """The visi quoted on one line ("Visi Kabupaten ... adalah “...”")."""
    found = []
    line, pos = raw.replace("\t", " "), 0
    while (m := _VISI.search(line, pos)) is not None:
        text = m.group(1).strip(" .,;:")
        # "Visi adalah rumusan umum mengenai ...": what a visi is, not a visi; the line may go on
        # to quote one.
        if len(text.split()) >= 4 and not _DEFINITION.match(text):
            found.append(Statement(kind="visi", text=text, location=Location(line=number)))
            pos = m.end()
        else:
            pos = m.start() + 4
    return found
