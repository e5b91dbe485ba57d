"""What every part of the fact builder shares: the unit rules, names and codes made
comparable, the builder's state and `add`."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import count

from ..models import Indicator, Location, Money, PlanBase, ProgramNode, ReaderNote, RealisationRow, Value
from ..rulebook import Profile


LEVEL_NAMES = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}
CHILD_RELATION = {"program": "program_kegiatan", "kegiatan": "kegiatan_sub"}
# Codes: urusan.bidang.program, then .2.kegiatan, then .sub (2 digits before 2023, 4 after).
CODE_PATTERNS = {
    "program": re.compile(r"^\d{1,2}\.\d{2}\.\d{2}$"),
    "kegiatan": re.compile(r"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}$"),
    "sub_kegiatan": re.compile(r"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4}$"),
}
_RATIO_SPLIT = re.compile(r"\s*(?:/|÷|:|\bdibagi\b|\bdibanding(?:kan)?\b)\s*", re.IGNORECASE)
_TIMES_100 = re.compile(r"(?:[x×*]|\bkali\b)\s*100\b|100\s*(?:[x×*]|%)|\bx\s*100\s*%", re.IGNORECASE)
_TIMES_100_STRIP = re.compile(r"(?:[x×*]|\bkali\b)\s*100\s*%?|100\s*%?\s*[x×*]", re.IGNORECASE)
_WORDS = re.compile(r"[^\w]+")
_PERCENT_NAME = re.compile(r"^\s*(\d+[.)]\s*)?(persentase|prosentase|presentase|persentasi)\b", re.IGNORECASE)
_NAMED_FORMULA = re.compile(r"\(([^()]*(?:/|÷|\bdibagi\b)[^()]*)\)")
_DECIMALS = re.compile(r"\d[.,](\d{1,3})\s*%?\s*$")


_LOCATION_FIELDS = tuple(Location.model_fields)


def _loc(location: Location) -> dict:
    """The location's set fields (a plain dict: cheaper than model_dump, called for every fact)."""
    return {k: v for k in _LOCATION_FIELDS if (v := getattr(location, k)) is not None}


@lru_cache(maxsize=8192)  # the same names and units come back on every row
def _norm(text: str) -> str:
    return _WORDS.sub(" ", text.lower()).strip()


def words_of(text: str) -> list[str]:
    """A text's words as rules ask about them (`has_word`): lower case, letters and digits only."""
    return _norm(text).split()


def _num(value: float | int | None):
    """Facts carry ints where a figure is whole, so messages print `12` rather than `12.0`."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 6)



_EPSILON = 1e-9
_OCCASION = "kegiatan"  # the kind (of the profile's counted_kinds) of a thing that is held: an occasion


class Units:
    """What a unit and an indicator name say about the indicator, per the profile."""

    def __init__(self, profile: Profile):
        self.profile = profile
        self.percent = {u.lower() for u in profile.percent_units}
        self.level = tuple(u.lower() for u in profile.level_units)
        self.lower = tuple(k.lower() for k in profile.lower_is_better)
        self.overrides = tuple(k.lower() for k in profile.higher_is_better_overrides)
        self.decreasing = tuple(k.lower() for k in profile.decreasing_goal_words)
        self.negated = tuple(f"{n.lower()} {k}" for n in profile.negations for k in self.overrides)
        self.kind_of = {w.lower(): kind for kind, words in profile.counted_kinds.items() for w in words}
        self.filler = {w.lower() for w in profile.counting_filler}
        self.holding = {w.lower() for w in profile.holding_verbs}

    def is_percent(self, indicator: Indicator) -> bool:
        unit = indicator.unit.strip().lower()
        return unit in self.percent or "%" in unit or unit.startswith(("persen", "prosen")) or \
            (not unit and self.percent_name(indicator))

    def percent_written(self, value: Value) -> bool:
        """A figure written as a percentage: "215%", "215 %", "215 persen"."""
        suffix = value.suffix.strip().lower()
        return suffix == "%" or suffix in self.percent

    @staticmethod
    def percent_name(indicator: Indicator) -> bool:
        """Named as a percentage ("Persentase ...", "Prosentase ...")."""
        return bool(_PERCENT_NAME.match(indicator.name))

    def is_level(self, indicator: Indicator) -> bool:
        """An index, score or rate: its end-of-period value is the last year's, never a sum."""
        unit, name = indicator.unit.strip().lower(), indicator.name.strip().lower()
        return self.is_percent(indicator) or unit.startswith(self.level) or name.startswith(self.level)

    def polarity(self, indicator: Indicator, statement: str = "") -> str:
        """The direction an indicator should move: as written, else from its words (a lower-is-
        better word, unless a handled-share word overrides it; a handled-share word after a
        negation is lower-is-better), else from its sasaran's or tujuan's words ("Menurunnya ...")."""
        if indicator.polarity:
            return indicator.polarity
        name = " ".join(_norm(indicator.name).split())
        # A word of the lists at the start of a word of the name: "temuan" is no "pertemuan".
        said = lambda words: any(re.search(rf"(?<![a-z0-9]){re.escape(k)}", name) for k in words)  # noqa: E731
        if said(self.negated):
            return "turun"
        if said(self.overrides):
            return "naik"
        if said(self.lower):
            return "turun"
        if any(w in self.decreasing for w in _norm(statement).split()[:3]):
            return "turun"
        return "naik"

    def counted_thing(self, name: str, unit: str) -> tuple[str, str]:
        """The kind of thing a "Jumlah ..." indicator counts (its first counting word, after words of
        doing; an occasion where a verb of holding follows it) and the kind its unit counts; empty
        where either is not a counting word."""
        words = _norm(name).split()
        counted = ""
        if words[:1] == ["jumlah"]:
            for k, word in enumerate(words[1:4], start=1):
                if word in self.kind_of:
                    held = any(w in self.holding for w in words[k + 1:k + 4])
                    counted = _OCCASION if held else self.kind_of[word]
                    break
                if word not in self.filler:
                    break
        unit_words = _norm(unit).split()
        unit_kind = self.kind_of.get(unit_words[0], "") if len(unit_words) == 1 else ""
        return counted, unit_kind

    def unit_class(self, indicator: Indicator) -> str:
        """`percent`, `level` (an index, a score) or `count`, by the profile's unit lists."""
        return "percent" if self.is_percent(indicator) else "level" if self.is_level(indicator) else "count"

    def name_word(self, indicator: Indicator) -> str:
        """The word an indicator's name opens with, as the rules ask about it: `persentase` in any
        of its spellings (after a number), `jumlah`, `banyaknya`, `total`, else its first word."""
        if self.percent_name(indicator):
            return "persentase"
        words = _norm(indicator.name)
        opening = next((w for w in ("jumlah", "banyaknya", "total") if words.startswith(w)), None)
        return opening or (words.split() or [""])[0]


def parse_formula(formula: str) -> dict:
    """`(A / B) x 100%` in its parts: how many sides a division gives (0 without a formula, 1 when
    it divides nothing), how many times it says x 100, and its numerator and denominator in
    comparable words."""
    text = formula.strip()
    if not text:
        return {"formula_parts": 0, "times_100": 0, "numerator": "", "denominator": ""}
    body = _TIMES_100_STRIP.sub(" ", text)
    parts = [p for p in _RATIO_SPLIT.split(body, maxsplit=1) if p.strip()]
    sides = [_norm(p.strip(" ()[]")) for p in parts] if len(parts) == 2 else ["", ""]
    return {"formula_parts": len(parts), "times_100": len(_TIMES_100.findall(text)),
            "numerator": sides[0] or "-", "denominator": sides[1] or "--"}


class FactsBase:
    """The state every part of the builder shares, and the ways to add a fact."""

    def __init__(self, plan: PlanBase, profile: Profile):
        self.plan = plan
        self.profile = profile
        self.units = Units(profile)
        self.tol_money = profile.tolerance.money
        self.tol_number = profile.tolerance.number
        self.facts: list[dict] = []
        # What a reading of the plan could not settle without the profile (a register on bands of
        # its own): `input` notes, as the reader's are.
        self.notes: list[ReaderNote] = []
        self._unbudgeted: str | None = None  # a level the current program table budgets in no row
        self._blank_budgets: set[str] = set()  # budget columns of the current table empty on nearly every row
        self._source_parts: set[str] = set()  # its budget columns that are sources of funds beside their total
        self._running: dict[int, bool] = {}  # per quarterly table: its counts' quarters are running totals
        self._ids = count(1)
        self._blank_targets: set[int] = set()  # indicators covered by a table-level missing-target fact
        self._strays: set[int] = set()  # kegiatan whose code names another program, one without a row
        self._blank_indicators: set[int] = set()  # nodes covered by a table-level missing-indicator fact

    def add(self, type_: str, subject: str, location: Location, **fields) -> dict:
        if "tolerance" in fields:
            # Rules compute bounds in durable's doubles (55,05 + 0,01 is 55,059999...): a difference
            # equal to the tolerance must pass as it does on paper.
            fields["tolerance"] = fields["tolerance"] + _EPSILON
        fact = {"type": type_, "fact_id": f"{type_}-{next(self._ids)}", "subject": subject,
                "location": _loc(location), **fields}
        self.facts.append(fact)
        return fact

    def _money_tolerance(self, *amounts: Money | None) -> float:
        """The profile's money tolerance, widened by half a step of every figure printed rounded
        (`12,35` in a table in millions stands for 12.345.000 to 12.354.999): a sum of rounded
        figures may miss its rounded total by that much. Figures in whole Rupiah widen nothing."""
        return self.tol_money + _rounding(*amounts)

    def _text_total(self, subject: str, said: Location, column: str, stated, declared, tolerance: float,
                    table_place: Location, currency: str = "") -> None:
        """The total a sentence states for a table's column against the table's totals row
        (KON-003), for every kind of table that has one; `currency` ("Rp") before money."""
        self.add("consistency", subject, said, check="text_total", column=column, stated=stated, declared=declared,
                 tolerance=tolerance, table_place=_loc(table_place), expected=declared, actual=stated,
                 currency=currency)

    def _subject(self, node: ProgramNode) -> str:
        return node.code or node.name[:60]

    def _required(self, subject: str, what: str, level: str, name: str, where: Location,
                  cells: list[tuple[str, Value | None]]) -> None:
        """One fact per row and kind of value: the years left empty (or placeholders), listed
        together, pointing at the first of them. A row is one thing for a reviewer to fix. A
        target may be a word ("WTP", "BB"): that is a target, not an empty cell."""
        # A value that could not be read is not empty: the reader reported it (INP-001).
        empty = [(period, v) for period, v in cells
                 if v is None or not (v.present or unreadable(v) or (what == "target" and _worded_value(v.raw)))]
        first = next((v.location for _, v in empty if v is not None), where)
        self.add("required_value", subject, first if empty else where, what=what,
                 period=", ".join(period for period, _ in empty), level=level, name=name, missing=len(empty),
                 raw=" / ".join(v.raw if v is not None else "" for _, v in empty))


def unreadable(value) -> bool:
    """A cell that holds something the reader could not read (`#REF!`, a broken figure, amounts
    it could not place under their columns): neither a value nor empty, so nothing computed from
    it is checked."""
    return value is not None and value.error is not None


_PLACEHOLDER_START = re.compile(r"^\s*(?:-|–|—|\.{2,}|…|n\.?\s*/?\s*a\b|nihil\b|tidak\s+ada\b)", re.IGNORECASE)


def _worded_value(raw: str) -> bool:
    """A cell that holds a word instead of a figure ("WTP", "Baik"; a grade of one letter, "A"
    or "B+"), not a placeholder ("-", "N/A", "... Dokumen")."""
    return bool(re.search(r"[A-Za-z]{2}", raw) or re.fullmatch(r"\s*[A-E][+-]?\s*", raw)) \
        and not _PLACEHOLDER_START.match(raw)


_GRADE = re.compile(r"\s*(?:(?:AA|A|BB|B|CC|C|D|E)[+-]?|WTP|WDP|TMP|TW|(?:sangat\s+)?(?:baik|memuaskan)|"
                    r"cukup(?:\s+baik)?|kurang(?:\s+baik)?)\s*", re.IGNORECASE)


def _graded(raw: str) -> bool:
    """A value on a scale of grades where a figure goes: a predicate ("BB", "A"), an audit opinion
    ("WTP"), a rating ("Sangat Baik"). A unit word alone ("laporan") is a figure that lost its
    number, not a grade."""
    return bool(_GRADE.fullmatch(raw)) and (raw.strip().isupper() or not re.fullmatch(r"\s*[a-e][+-]?\s*", raw))


def _node_amount(node: ProgramNode, period: str) -> int | None:
    """A node's pagu for a period; a node printed without one counts as its children's sum."""
    money = node.budgets.get(period)
    if money is not None and money.present:
        return money.amount
    if unreadable(money):
        return None
    parts = [a for c in node.children if (a := _node_amount(c, period)) is not None]
    return sum(parts) if parts and not any(unreadable(c.budgets.get(period)) for c in node.children) else None


def _code_key(code: str) -> tuple:
    """A code compared by its numbers: 7.01.01.02.06 and 7.01.01.2.06 are the same code."""
    return tuple(int(p) if p.isdigit() else p for p in code.split("."))


def _label(subject: str, indicator: str) -> str:
    """`7.01.02 – Indeks kepuasan`; just the indicator when the subject is (the start of) its name."""
    if not indicator:
        return subject
    if not subject or indicator.startswith(subject):
        return indicator
    return f"{subject} – {indicator}"


def _counted(name: str, unit: str) -> bool:
    return unit.strip().lower().startswith(("jumlah", "jml")) and not re.match(r"\s*(\d+[.)]\s*)?jumlah\b", name, re.I)


def _program_key(name: str) -> str:
    """A program's name comparable across tables: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH
    KABUPATEN/KOTA" and "Program Penunjang Urusan Pemerintahan Daerah" are one program. Spaces do
    not matter: a narrow column breaks words ("Program Koordin asi Ketentr aman")."""
    text = re.sub(r"^\W*(\d+[.)]\s*)?program\b", "", name.lower())
    text = re.sub(r"\b(kabupaten|kota|provinsi)\b|\(generik\)", " ", text)
    # (Broken, "KABUPA TEN/KOTA" ends the name still.)
    return re.sub(r"(?:kabupaten|kota|provinsi)+$", "", _WORDS.sub("", text))


_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")


def _spells(before: str, acronym: str) -> bool:
    """Whether the words just before an acronym are what it stands for: "Indeks Kepuasan
    Masyarakat (IKM)" spells IKM; "Jumlah desa mandiri (IDM)" only cites one."""
    words = re.findall(r"[A-Za-z]+", before)[-len(acronym):]
    return len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym


@lru_cache(maxsize=8192)
def _indicator_key(name: str, place: str = "") -> str:
    """An indicator name comparable across tables: case, numbering, punctuation and the spellings
    of "persentase" do not matter; a name that gives its acronym ("Indeks Kepuasan Masyarakat
    (IKM) ...") is known by it, however the rest is worded; a name that ends with the plan's own
    kecamatan (`place`: "... tertib administrasi Kecamatan X") is the name without it. Spaces do
    not matter either: a narrow column breaks words ("Peratu ran Perund angan")."""
    acronym = _ACRONYM.search(name)
    if acronym and _spells(name[:acronym.start()], acronym.group(1)):
        return f"({acronym.group(1).lower()})"
    text = re.sub(r"^\s*\d+[.)]\s*", "", name.lower())
    text = re.sub(r"\b(prosentase|presentase|persentasi)\b", "persentase", text)
    text = _WORDS.sub("", text)
    place = _WORDS.sub("", place.lower())
    if place:
        text = re.sub(rf"(?<=.)(?:di)?(?:wilayah)?kec(?:amatan)?{re.escape(place)}$", "", text)
    return text


# Unit words of plans, for reading their abbreviations ("Bln", "Dok", "Lap.", "Org", "Keg", "Ds").
_UNIT_WORDS = ("bulan", "tahun", "hari", "minggu", "jam", "menit", "dokumen", "laporan", "kegiatan", "orang",
               "desa", "kelurahan", "paket", "unit", "kali", "lembaga", "kelompok", "keluarga", "rumah", "berkas",
               "surat", "sertifikat", "peserta", "pegawai", "sekolah", "titik", "lokasi", "kasus", "rekomendasi",
               "jenis", "buku", "eksemplar", "lembar", "dusun", "wilayah", "aplikasi", "sistem", "layanan")


@lru_cache(maxsize=8192)
def _unit_key(suffix: str) -> str:
    """A target's unit, comparable: `%` and `persen` are one; so are a unit word and its
    abbreviation, where it abbreviates one unit word only (`Bln`, `Dok`, `Lap.`, `Org`: bulan,
    dokumen, laporan, orang; `Ds` could be desa or dusun, `Ha` is a hectare: kept as written). A
    unit in brackets ("12 (laporan)") or per year ("12 laporan/tahun", a yearly target's) is the
    unit itself."""
    text = re.sub(r"\s+", " ", suffix.strip().lower())
    text = re.sub(r"^\((.+)\)$", r"\1", text).strip()
    text = re.sub(r"\s*(?:/|\bper\b)\s*(?:tahun|thn|th)\.?$", "", text)
    if text in ("%", "persen", "prosen"):
        return "%"
    short = text.rstrip(".")
    if short.isalpha() and 2 <= len(short) <= 4 and short not in _UNIT_WORDS:
        meant = [w for w in _UNIT_WORDS if _abbreviates(short, w)]
        if len(meant) == 1:
            return meant[0]
    return text


def _abbreviates(short: str, word: str) -> bool:
    """`short` is the start of `word` (three letters at least), or the start of its skeleton (its
    first letter and its consonants: bulan `bln`), or, three letters or more, in that skeleton in
    order (orang `orng`: `org`)."""
    skeleton = word[0] + re.sub(r"[aeiou]", "", word[1:])
    letters = iter(skeleton)
    return len(short) >= 3 and word.startswith(short) or skeleton.startswith(short) \
        or len(short) >= 3 and short[0] == word[0] and all(ch in letters for ch in short)


def _child_sum(row: RealisationRow, k: int, which: str) -> float | None:
    values = [getattr(c.cells[k], which).value for c in row.children if k < len(c.cells)]
    values = [v for v in values if v is not None]
    return sum(values) if values else None


def _rounding(*amounts: Money | None) -> float:
    """How far figures printed rounded may be off together: half a step of each (Money.step)."""
    return sum(m.step for m in amounts if m is not None and m.step > 1) / 2
