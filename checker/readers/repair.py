"""Figures and words that a narrow table column broke with a space, joined back.

A PDF column too narrow for its text breaks a figure (`1.25 0.000`, `1.250.000,0 0`) or a word
(`PEMBER DAYAAN`, `PROGR AM`) where the line ran out. A cell holds one figure, so two pieces
that join into one well-formed grouped figure are one figure. A word is joined back only when
the joined form is a word of the planning vocabulary (the words of the document's own prose,
which no column broke, and the nomenclature's words below) and one of its pieces is not a word.
"""
from __future__ import annotations

import re
from functools import lru_cache


_SPLIT_FIGURE = re.compile(r"(?<![\w.,])(\d[\d.,]*) ([.,]?\d[\d.,]*)(?![\w.,])")
_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?$")
_DECIMAL = re.compile(r"^\d+[.,]\d{2}$")
_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"\S+")

# Words of the planning nomenclature and of table headers (Permendagri 86/2017 and 90/2019),
# in any case: the vocabulary a broken word of a table is joined back into.
PLANNING_WORDS = frozenset("""
program kegiatan sub non indikator kinerja target realisasi capaian anggaran pagu indikatif kebutuhan
dana sasaran tujuan strategis strategi kebijakan urusan pemerintahan pemerintah penunjang
pemberdayaan masyarakat penyelenggaraan ketenteraman ketertiban koordinasi pembinaan pengawasan
administrasi perencanaan penganggaran evaluasi keuangan perangkat daerah kecamatan kelurahan desa
pelayanan publik umum satuan lokasi sumber prakiraan rencana tahun kondisi akhir periode tingkat
triwulan risiko dampak kemungkinan pengendalian pemilik penyebab uraian keterangan jumlah
persentase prosentase dokumen laporan penyediaan pengadaan pemeliharaan kendaraan operasional
lapangan peralatan perlengkapan kantor gedung bangunan sarana prasarana pelaksanaan penyusunan
pengelolaan peningkatan fasilitasi rekomendasi partisipasi musyawarah pembangunan kepegawaian
pendidikan pelatihan pegawai tunjangan barang milik jasa komunikasi penatausahaan verifikasi
akuntansi pertanggungjawaban kebersihan keamanan penanggulangan bencana kebakaran kesejahteraan
sosial kemasyarakatan keagamaan persatuan kesatuan bangsa politik tokoh agama harmonisasi
sinergitas kepolisian tentara nasional instansi vertikal wilayah kabupaten provinsi kota
pengangkatan pemberhentian pemilihan kepala peraturan keputusan aset ketersediaan terlaksananya
tersedianya tersusunnya meningkatnya terwujudnya terselenggaranya cakupan persentase rasio nilai
indeks kepuasan akuntabilitas pengaduan perizinan nonperizinan rekapitulasi pemetaan penduduk
kependudukan pencatatan sipil lingkungan hidup kesehatan infrastruktur perekonomian penanganan
kualitas kapasitas kelembagaan aparatur ketentraman pelaporan monitoring transparansi efektivitas
efisiensi
""".split())


@lru_cache(maxsize=1)
def profile_words() -> frozenset[str]:
    """The words the rule profiles read an indicator's name by (what is lower-is-better, what
    overrides it, the units that count): a name a column broke must be rejoined into them, or
    "ditindakl anjuti" loses the word that turns "pengaduan" around."""
    from ..rulebook import RuleError, default_rules_dir, load_profile  # (the profiles are data beside the rules)
    words: set[str] = set()
    for path in sorted((default_rules_dir() / "profiles").glob("*.yaml")):
        try:
            profile = load_profile(str(path))
        except (OSError, RuleError):
            continue  # a profile that does not load is the rulebook's error to report
        lists = [profile.lower_is_better, profile.higher_is_better_overrides, profile.decreasing_goal_words,
                 profile.percent_units, profile.level_units, *profile.counted_kinds.values()]
        words.update(w.lower() for items in lists for item in items for w in _WORD.findall(item) if len(w) >= 3)
    return frozenset(words)


class Vocabulary:
    """The words a broken word may be joined back into."""

    def __init__(self, prose):
        self.words = set(PLANNING_WORDS) | profile_words()
        for line in prose:
            self.words.update(w.lower() for w in _WORD.findall(line) if len(w) >= 2)

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.words


def broken_figure(a: str, b: str, wrapped: bool = False) -> bool:
    """Whether `a` then `b` are the two pieces of one figure a space broke (or, `wrapped`, the
    end of a cell's line): they join into one grouped figure (or one with two decimals from a
    piece of one); a piece beginning with its separator (".000") is never a figure of its own, nor
    is a line of a cell that ends with one ("100," over "00"; within a line, "10, 20" is a list)."""
    whole = a + b
    if b[:1] in ".,":
        return bool(_GROUPED.match(whole)) and a[-1:].isdigit()
    if a[-1:] in (".", ","):
        return wrapped and b.isdigit() and bool(_GROUPED.match(whole) or _DECIMAL.match(whole))
    return bool(_GROUPED.match(whole) or (_DECIMAL.match(whole) and re.fullmatch(r"\d+[.,]\d", a) and b.isdigit()))


# An amount grouped by spaces, three groups or more ("Rp 50 000 000", "1 250 000,00"): one figure
# (two groups, "39 000", could be two figures; three cannot be one of any other form).
_SPACE_GROUPED = re.compile(r"((?:rp\.?\s*)?)(\d{1,3}(?: \d{3}){2,})((?:,\d{2})?)", re.IGNORECASE)


def rejoin_figures(cell: str) -> str:
    """`1.25 0.000` -> `1.250.000`: two pieces that join into one grouped figure (or one with two
    decimals from a piece of one) are one figure; a whole cell grouped by spaces is that figure
    grouped by dots."""
    if " " not in cell or not any(ch.isdigit() for ch in cell):
        return cell
    if grouped := _SPACE_GROUPED.fullmatch(cell.strip()):
        return grouped.group(1) + grouped.group(2).replace(" ", ".") + grouped.group(3)

    def join(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        return a + b if broken_figure(a, b) else m.group(0)
    return _SPLIT_FIGURE.sub(join, cell)


def rejoin_words(cell: str, vocabulary: Vocabulary) -> str:
    """`PEMBER DAYAAN MASYARAKAT` -> `PEMBERDAYAAN MASYARAKAT`: runs of pieces whose joined form is
    a vocabulary word, and at least one of which is not, become that word."""
    tokens = _TOKEN.findall(cell)
    if len(tokens) < 2 or all(len(t) >= 3 and t in vocabulary for t in tokens if t.isalpha()):
        return cell  # every word is a word: nothing to join
    out, i = [], 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 4), i + 1, -1):
            pieces = tokens[i:j]
            # ("PEMBER DAYAAN," keeps its comma; "KABUPA TEN/KOTA" its second word.)
            tail = re.search(r"(?:[/-][A-Za-z].*|[.,;:)]*)$", pieces[-1]).group(0)
            pieces = pieces[:-1] + [pieces[-1][:len(pieces[-1]) - len(tail)]]
            if not all(p.isalpha() for p in pieces):
                continue
            whole = "".join(pieces)
            if len(whole) >= 6 and len(pieces[0]) >= 2 and whole in vocabulary \
                    and not all(p in vocabulary and len(p) >= 3 for p in pieces):
                out.append(whole + tail)
                i = j
                break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out) if len(out) < len(tokens) else cell


_LETTER_BREAK = re.compile(r"(?<=[A-Za-z]) (?=[A-Za-z])")


def rejoin_by_row(cells: list[str]) -> list[str]:
    """`["Target", "Rp", "R p"]` -> `["Target", "Rp", "Rp"]`: a cell that a narrow column broke
    between two letters, too short for the vocabulary to tell ("R p", "12 bula n"), is the cell
    of its row that reads the same without the break. A header repeats its labels over the year
    groups, a row its unit over the years, and one column of them printed narrower breaks."""
    written = {c for c in cells if c}
    if len(written) < 2:
        return cells
    out = []
    for cell in cells:
        joined = _LETTER_BREAK.sub("", cell) if " " in cell else cell
        out.append(joined if joined != cell and joined in written else cell)
    return out


_CURRENCY = re.compile(r"^rp\.?$", re.IGNORECASE)
_AMOUNT = re.compile(r"^-?\d[\d.,]*$")


def join_currency(cells: list[str]) -> list[str]:
    """`["Rp", "480.000.000"]` -> `["Rp 480.000.000", ""]`: a word processor sets the currency
    mark and the amount apart in one cell (the mark left, the figure right), and extraction
    prints them as two cells. The amount goes where the mark stands, under the column's heading;
    the cell it leaves is empty, as that part of the cell was."""
    if not any(_CURRENCY.match(c.strip()) for c in cells):
        return cells
    out = list(cells)
    for k in range(len(out) - 1):
        if mark_and_amount(out[k], out[k + 1]):
            out[k], out[k + 1] = f"Rp {out[k + 1].strip()}", ""
    return out


def mark_and_amount(mark: str, amount: str) -> bool:
    """Whether two texts side by side are a currency mark and its amount ("Rp", "480.000.000")."""
    return bool(_CURRENCY.match(mark.strip()) and _AMOUNT.match(amount.strip()))


def _same(a: str, b: str) -> bool:
    return bool(a.strip()) and " ".join(a.lower().split()) == " ".join(b.lower().split())


def unspan_header(lines: list[tuple[int, list[str]]], is_header) -> list[tuple[int, list[str]]]:
    """A table's header as other printed forms have it, where a converter repeated a merged cell
    in every cell it covers: a group heading once over the columns it spans ("Realisasi |
    Realisasi" over "2024 | 2025"), a heading as tall as the header once, on its first row ("No"
    over "No"). The header is the first row (where `is_header` says so) and each row below it
    that repeats a cell of the row above in its column, once those are left out, holding no
    figure but years and small numbers (places, column numbers). A repeat within the header's
    last row stays: no row below it is split by it."""
    if not lines or not is_header(lines[0][1]):
        return lines
    rows = [list(lines[0][1])]
    for _, cells in lines[1:4]:
        above = rows[-1]
        tall = [j for j, c in enumerate(cells) if j < len(above) and _same(c, above[j])]
        rest = [c if j not in tall else "" for j, c in enumerate(cells)]
        small = all(re.fullmatch(r"\(?\d{1,2}\)?", c.strip()) for c in rest if c.strip())
        if not tall or not (is_header(rest) or small):
            break
        rows.append(cells)
    if len(rows) < 2:
        return lines
    out = [list(r) for r in rows]
    for r, cells in enumerate(rows):
        for j, c in enumerate(cells):
            if r > 0 and j < len(rows[r - 1]) and _same(c, rows[r - 1][j]):
                out[r][j] = ""  # a heading as tall as two rows
            elif r < len(rows) - 1 and j > 0 and _same(c, cells[j - 1]):
                out[r][j] = ""  # a group heading over the columns the row below splits
    return [(line, out[k]) for k, (line, _) in enumerate(lines[:len(out)])] + lines[len(out):]


# An item of a list written in one cell: "1. ", "2) ", "a. " at the start or after a space.
_ITEM = re.compile(r"(?:^|(?<=\s))(\d{1,2}|[a-e])[.)]\s+")
_FIGURE_ITEM = re.compile(r"^[<>≤≥]?\s*-?\d[\d.,]*\s*%?(?:\s+[A-Za-z][\w/ ]{0,20})?$")


def _items(cell: str) -> list[str] | None:
    """The items of a cell written as a numbered list ("1. Indeks Kepuasan 2. Persentase
    pengaduan", "1. 84 2. 95%"), numbered 1, 2, ... (or a, b, ...) from its start; None otherwise."""
    marks = list(_ITEM.finditer(cell.strip()))
    if len(marks) < 2 or marks[0].start() != 0:
        return None
    numbered = marks[0].group(1).isdigit()
    if [m.group(1) for m in marks] != [str(k) if numbered else "abcde"[k - 1] for k in range(1, len(marks) + 1)]:
        return None
    text = cell.strip()
    items = [text[m.end():(marks[k + 1].start() if k + 1 < len(marks) else len(text))].strip()
             for k, m in enumerate(marks)]
    return items if all(items) else None


def next_list_item(cell: str, head: str) -> bool:
    """`head` opens the next item of the numbered list `cell` holds ("1. Indeks Kepuasan" and
    "2. Persentase pengaduan"): a cell of a list broken over two lines, not a new row."""
    marks = [m.group(1) for m in _ITEM.finditer(cell.strip())]
    if not marks or not cell.strip().startswith(marks[0]) or not all(m.isdigit() for m in marks) \
            or marks != [str(k) for k in range(1, len(marks) + 1)]:
        return False
    return bool(re.match(rf"{len(marks) + 1}[.)]\s+[A-Za-z]", head.strip()))


def split_listed_rows(data: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A row whose indicators are a numbered list in one cell and whose figures are lists of as
    many ("1. 84 2. 95%"), as a word processor prints several indicators of one program or
    sasaran: one row per indicator, the first with the row's other cells, each further one with
    only its indicator and figures, as a further indicator's row is printed. (Any table kind.)"""
    out = []
    for line, cells in data:
        lists = {k: items for k, c in enumerate(cells) if (items := _items(c))}
        sizes = {len(items) for items in lists.values()}
        named = [k for k, items in lists.items() if all(re.match(r"[A-Za-z]", i) for i in items)]
        figures = [k for k, items in lists.items() if all(_FIGURE_ITEM.match(i) for i in items)]
        if len(sizes) != 1 or len(named) != 1 or not figures or len(named) + len(figures) != len(lists):
            out.append((line, cells))
            continue
        for n in range(sizes.pop()):
            out.append((line, [lists[k][n] if k in lists else (c if n == 0 else "") for k, c in enumerate(cells)]))
    return out


def restore_dropped(cells: list[str], rows: list[list[str]], fits=lambda cells: True) -> list[str] | None:
    """A row one cell short of the table's full rows (`rows`), the cell extraction dropped being
    empty: put back where the full rows leave a column empty too, and where the row then `fits`
    its table. The row as restored where every such place gives the same row; None where none
    does or they differ (which cell was lost is not known)."""
    width = max((len(r) for r in rows), default=0)
    full = [r for r in rows if len(r) == width]
    if len(cells) != width - 1 or not full:
        return None
    empty = {k for k in range(width) if any(not r[k].strip() for r in full)}
    readings = {tuple(row) for p in sorted(empty) for row in [cells[:p] + [""] + cells[p:]] if fits(row)}
    return list(readings.pop()) if len(readings) == 1 else None
