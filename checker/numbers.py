"""Indonesian and English number, money and percentage parsing: the one place that reads a figure."""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP
from typing import Literal

Kind = Literal["money", "percent", "number"]

# Written in cells to mean "nothing here": a dash, ellipsis placeholders, "not available".
PLACEHOLDERS = {"", "-", "--", "—", "–", "...", "…", "..", "na", "n/a", "n.a", "n.a.", "nihil", "x", "?", "tbd"}

_CURRENCY = re.compile(r"^\s*(?:rp\.?|idr)\s*", re.IGNORECASE)
# An amount written with its scale word ("Rp 1,2 M", "700 jt", "450 juta"): Rupiah per unit.
_SCALE_WORDS = {"ribu": 10 ** 3, "rb": 10 ** 3, "juta": 10 ** 6, "jt": 10 ** 6, "miliar": 10 ** 9,
                "milyar": 10 ** 9, "m": 10 ** 9, "triliun": 10 ** 12, "t": 10 ** 12}
# A cell that holds a sum of money: Rupiah grouped in thousands ("1.250.000", "Rp 1.250.000,00",
# "(1.250.000)", "1.250.000,-"), or a figure with its scale word (a one-letter one after "Rp").
# A cell that begins with a sum in the millions or more ("58.000.000"): money, never a target or
# a ratio, whatever follows it.
MILLIONS_START = re.compile(r"^\(?-?\s*(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3}){2,}", re.IGNORECASE)
MONEY_CELL = re.compile(
    r"^\(?-?\s*(?:(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?"
    r"|(?:rp\.?\s*)?\d[\d.,]*\s*(?:ribu|rb|juta|jt|miliar|milyar|triliun)\.?"
    r"|rp\.?\s*\d[\d.,]*\s*[MT]\.?)\)?(?:\s*,-)?$", re.IGNORECASE)
# An amount grouped in thousands anywhere in a text ("60.000.000", "1,250", "60.000.000,00"), not
# part of a longer figure.
GROUPED_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?![\d.,]*\d)")
_LEADING_NUMBER = re.compile(r"^[-+−]?\s*\d[\d.,]*")
_FOOTNOTE = re.compile(r"\s*(?:\(\*+\)|\*+\)?)$")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")

# The locale a document writes its figures in, where its cells show it (`locale_of`): it decides
# `92,415` (a decimal in a document whose decimals are commas) while the document is read.
DOCUMENT_LOCALE: ContextVar[str | None] = ContextVar("document_locale", default=None)
_EVIDENCE = {
    "id": (re.compile(r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$"), re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$"),
           re.compile(r"^\d+,\d{1,2}\s*%?$")),
    "en": (re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$"), re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$"),
           re.compile(r"^\d+\.\d{2}\s*%?$|^\d+\.\d\s*%$")),
}


def locale_of(cells) -> str | None:
    """`id` or `en` when the figures of these cells show one locale three times as often as the
    other (and at least three times): thousands grouped by dots and decimals after a comma, or the
    other way round. A figure that fits both (`1,830`) is no evidence. None when they do not tell."""
    counts = {"id": 0, "en": 0}
    for cell in cells:
        if "," not in cell and "." not in cell:
            continue
        text = _CURRENCY.sub("", _SPACES.sub(" ", cell).strip())
        for loc, patterns in _EVIDENCE.items():
            if any(p.match(text) for p in patterns):
                counts[loc] += 1
    for loc, other in (("id", "en"), ("en", "id")):
        if counts[loc] >= 3 and counts[loc] >= 3 * counts[other]:
            return loc
    return None


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed cell: `value` is None when the cell is empty, a placeholder or unreadable (`error`)."""

    raw: str
    value: Decimal | None
    suffix: str = ""
    error: str | None = None
    placeholder: bool = False
    step: Decimal = Decimal(1)  # what the last digit written stands for: 0.01 in `12,35`, 10**8 in `1,2 M`

    @property
    def ok(self) -> bool:
        return self.value is not None


def _group_ok(int_part: str, sep: str) -> bool:
    """Thousands groups: 1–3 digits, then groups of exactly three (`1.830.000`)."""
    groups = int_part.split(sep)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _normalise(digits: str, kind: Kind, locale: str | None) -> tuple[str | None, str | None]:
    """Turn `1.927.594,00` / `370,567,000.00` / `84,31` into `1927594.00`; returns (text, error)."""
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_sep = "." if digits.rfind(".") > digits.rfind(",") else ","
        thousands = "," if decimal_sep == "." else "."
        int_part, _, frac = digits.rpartition(decimal_sep)
        if int_part.count(decimal_sep) or not _group_ok(int_part, thousands):
            return None, "pemisah ribuan tidak teratur"
        return int_part.replace(thousands, "") + "." + frac, None
    sep = "." if dots else "," if commas else ""
    if not sep:
        return digits, None
    count = dots or commas
    int_part, _, frac = digits.rpartition(sep)
    if count > 1:
        if not _group_ok(digits, sep):
            return None, "pemisah ribuan tidak teratur"
        return digits.replace(sep, ""), None
    if not int_part or not frac:
        return None, "angka tidak lengkap"
    if len(frac) != 3 or int_part in ("0", "-0"):
        return int_part + "." + frac, None
    # One separator followed by exactly three digits: `1,830` or `1.830`. Decided by the column's kind:
    # money is never fractional in Rupiah, a percentage is never in the thousands.
    if kind == "money":
        return int_part + frac, None
    if kind == "percent":
        return int_part + "." + frac, None
    if locale == "en":
        return (int_part + frac, None) if sep == "," else (int_part + "." + frac, None)
    if locale == "id":
        return (int_part + frac, None) if sep == "." else (int_part + "." + frac, None)
    return int_part + frac, None


# A target written as a bound ("≥ 82", "Min. 80", "maks 5 hari"): the figure is the bound.
_BOUND = re.compile(r"^(?:≥|≤|>=|<=|>|<|min(?:imal|imum)?\.?|maks(?:imal|imum)?\.?|max\.?)\s*(?=\d)",
                    re.IGNORECASE)
_BOUND_START = set("≥≤<>mM")
_SPACE_GROUPS = re.compile(r"^[-+−]?\d{1,3}(?: \d{3})+(?!\d)")
# A figure followed by its words, as letters and forms write figures ("12 (dua belas) bulan",
# "3.600 (tiga ribu enam ratus) dokumen"): the words say the figure again and are no unit.
_SPELLED = re.compile(r"^\(\s*(?:(?:se)?(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|belas|puluh|"
                      r"ratus|ribu|juta|miliar|milyar|triliun|koma|setengah|perempat)\b[\s-]*)+\)\s*", re.IGNORECASE)
# A grade printed with its score ("BB (70,50)", "B (68)"): the score is the figure.
GRADED_SCORE = re.compile(r"^(?:AA|A|BB|B|CC|C|D|E)[+-]?\s*\(\s*(\d[\d.,]*)\s*\)$")


def _space_grouped(s: str) -> str:
    """`512 400 000` -> `512400000`: thousands grouped by spaces. One group after the first is
    taken as a group only when it begins with 0 (`10 000`); `80 100` may be two figures."""
    m = _SPACE_GROUPS.match(s)
    if not m:
        return s
    groups = m.group(0).split(" ")[1:]
    if len(groups) >= 2 or any(g.startswith("0") for g in groups):
        return m.group(0).replace(" ", "") + s[m.end():]
    return s


def parse_number(text: object, kind: Kind = "number", locale: str | None = None) -> Parsed:
    """Parse a cell in either locale; never raises. `kind` decides the ambiguous `1,830` form."""
    if text is None:
        return Parsed("", None, placeholder=True)
    if isinstance(text, bool):
        return Parsed(str(text), None, error="bukan angka")
    if isinstance(text, (int, float, Decimal)):
        try:
            value = Decimal(str(text))
        except InvalidOperation:
            return Parsed(str(text), None, error="bukan angka")
        if not value.is_finite():
            return Parsed(str(text), None, error="bukan angka")
        return Parsed(str(text), value)
    raw = str(text)
    s = _SPACES.sub(" ", raw).strip()
    if s.lower() in PLACEHOLDERS:
        return Parsed(raw, None, placeholder=True)
    # A footnote's mark after the figure ("96*)", "80,5*", "(*)"): the figure is the figure.
    if (mark := _FOOTNOTE.search(s)) and mark.start() > 0:
        s = s[:mark.start()]
    priced = bool(_CURRENCY.match(s))
    s = _CURRENCY.sub("", s)
    if priced and s.strip() and s.strip().lower() in PLACEHOLDERS:
        return Parsed(raw, None, placeholder=True)  # "Rp -": a spreadsheet's nil amount
    negative = False
    if s.startswith("(") and ")" in s and _LEADING_NUMBER.match(s[1:].lstrip()):
        negative, s = True, s[1:].replace(")", "", 1).strip()
    if s[:1] in _BOUND_START:
        s = _BOUND.sub("", s, count=1)
    if " " in s:
        s = _space_grouped(s)
    if graded := GRADED_SCORE.match(s):
        s = graded.group(1)
    m = _LEADING_NUMBER.match(s)
    if not m:
        return Parsed(raw, None, error="bukan angka")
    number, suffix = m.group(0), _SPELLED.sub("", s[m.end():].strip(), count=1)
    number = number.replace(" ", "").replace("−", "-")
    if number[0] in "+-":
        negative = negative or number[0] == "-"
        number = number[1:]
    # A trailing separator belongs to the sentence, not the figure: `12.` or `1.830,`.
    while number and number[-1] in ".,":
        number = number[:-1]
    # Money written with its scale word: the figure is a plain number of that unit ("1,25 M").
    word = suffix.lower().rstrip(".")
    scale = _SCALE_WORDS.get(word) if kind == "money" and (len(word) > 1 or priced) else None
    normalised, error = _normalise(number, "number" if scale else kind,
                                   locale if locale is not None else DOCUMENT_LOCALE.get())
    if error:
        return Parsed(raw, None, suffix, error)
    try:
        value = Decimal(normalised)
    except InvalidOperation:
        return Parsed(raw, None, suffix, "bukan angka")
    step = Decimal(1).scaleb(min(value.as_tuple().exponent, 0))
    if scale:
        value, suffix, step = value * scale, "", step * scale
    if negative:
        value = -value
    return Parsed(raw, value, suffix, step=step)


def to_rupiah(value: Decimal | None) -> int | None:
    """Money is whole Rupiah; `1.927.594.000,00` keeps its cents only until here."""
    if value is None:
        return None
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_rupiah(amount: int | float | Decimal | None) -> str:
    """`Rp1.830.000`, the Indonesian way; negatives as `-Rp1.830.000`."""
    if amount is None:
        return "-"
    n = int(Decimal(str(amount)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    sign = "-" if n < 0 else ""
    return f"{sign}Rp{abs(n):,}".replace(",", ".")


def format_number(value: int | float | Decimal | None, lang: str = "id") -> str:
    """A figure for a message: `84,31` in Indonesian, `84.31` in English, no trailing zeros."""
    if value is None:
        return "-"
    d = Decimal(str(value))
    if d == d.to_integral_value():
        text = f"{int(d):,}"
        return text.replace(",", ".") if lang == "id" else text
    text = f"{d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def roman(n: int) -> str:
    """A chapter number in Roman numerals: 3 -> "III"."""
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out
