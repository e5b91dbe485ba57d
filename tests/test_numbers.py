"""numbers.py: both locales, every form of FORMATS.md, and the column-kind tie-break."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from checker.numbers import format_number, format_rupiah, parse_number, to_rupiah


@pytest.mark.parametrize("text,kind,value,suffix", [
    ("1.830.000", "money", "1830000", ""),
    ("1,830,000", "money", "1830000", ""),
    ("1.927.594.000,00", "money", "1927594000.00", ""),
    ("370,567,000.00", "money", "370567000.00", ""),
    ("84,31", "percent", "84.31", ""),
    ("Rp 1.830.000", "money", "1830000", ""),
    ("Rp1.830.000,-", "money", "1830000", "-"),
    ("(1.000)", "money", "-1000", ""),
    ("100%", "percent", "100", "%"),
    ("100 %", "number", "100", "%"),
    ("62(B-)", "number", "62", "(B-)"),
    ("12 Dok", "number", "12", "Dok"),
    ("3,4 angka", "number", "3.4", "angka"),
    ("0,5", "number", "0.5", ""),
    (1830000, "money", "1830000", ""),
    (84.31, "percent", "84.31", ""),
])
def test_forms(text, kind, value, suffix):
    p = parse_number(text, kind)
    assert p.error is None
    assert p.value == Decimal(value)
    assert p.suffix == suffix


@pytest.mark.parametrize("text", ["-", "...", "…", "NA", "", None, "  ", "Rp -", "Rp. –"])  # "Rp -": a nil amount
def test_placeholders_are_empty_not_errors(text):
    p = parse_number(text, "money")
    assert p.value is None and p.placeholder and p.error is None


@pytest.mark.parametrize("text", ["1.3789.651.000", "129.969.8", "abc", "Rp", "#REF!"])
def test_unreadable_gives_reason(text):
    p = parse_number(text, "money")
    assert p.value is None and p.error


@pytest.mark.parametrize("kind,expected", [("money", "1830"), ("percent", "1.830")])
def test_ambiguous_comma_decided_by_column_kind(kind, expected):
    assert parse_number("1,830", kind).value == Decimal(expected)


@pytest.mark.parametrize("kind,expected", [("money", "1830"), ("percent", "1.830")])
def test_ambiguous_dot_decided_by_column_kind(kind, expected):
    assert parse_number("1.830", kind).value == Decimal(expected)


def test_locale_hint_for_plain_numbers():
    assert parse_number("1,830", "number", locale="id").value == Decimal("1.830")
    assert parse_number("1,830", "number", locale="en").value == Decimal("1830")


def test_rupiah_formatting():
    assert format_rupiah(1830000) == "Rp1.830.000"
    assert format_rupiah(-2054200) == "-Rp2.054.200"
    assert to_rupiah(Decimal("1927594000.50")) == 1927594001
    assert format_number(84.31) == "84,31" and format_number(84.31, "en") == "84.31"
    assert format_number(1830000) == "1.830.000"


@given(st.integers(min_value=0, max_value=10**13))
def test_round_trip_both_locales(n):
    id_text = f"{n:,}".replace(",", ".")
    en_text = f"{n:,}"
    assert parse_number(id_text, "money").value == n
    assert parse_number(en_text, "money").value == n
    assert parse_number(f"Rp {id_text},00", "money").value == n
    assert parse_number(f"{en_text}.00", "money").value == n


@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True)))
def test_never_raises(value):
    p = parse_number(value, "money")
    assert p.value is None or isinstance(p.value, Decimal)


def test_thousands_grouped_by_spaces():
    from checker.numbers import parse_number
    assert [parse_number(t, "money").value for t in ("512 400 000", "1 250 000,50", "10 000")] == \
        [512400000, Decimal("1250000.50"), 10000]
    # one group of digits that could be a figure of its own, and years, stay apart
    assert [(parse_number(t).value, parse_number(t).suffix) for t in ("80 100", "2024 2025")] == \
        [(80, "100"), (2024, "2025")]


def test_a_target_written_as_a_bound_is_its_figure():
    from checker.numbers import parse_number
    assert [(parse_number(t).value, parse_number(t).suffix) for t in ("≥ 82", ">= 82", "≥82%", "Min. 80",
                                                                      "maks 5 hari")] == \
        [(82, ""), (82, ""), (82, "%"), (80, ""), (5, "hari")]
    assert parse_number("minggu 3").value is None   # a word that begins like a bound is not one


def test_an_amount_written_with_its_scale_word():
    """"Rp 1,2 M", "700 jt", "1,25 miliar": money in that unit; the figure is a plain number (its
    decimal comma read as one). A one-letter scale counts only after "Rp"; elsewhere "500 m" is
    a figure with its unit."""
    from checker.numbers import MONEY_CELL
    cases = {"Rp 1,2 M": 1_200_000_000, "700 jt": 700_000_000, "Rp. 450 juta": 450_000_000,
             "1,25 miliar": 1_250_000_000, "Rp 2 T": 2 * 10 ** 12, "75 ribu": 75_000}
    for text, amount in cases.items():
        assert to_rupiah(parse_number(text, "money").value) == amount, text
        assert MONEY_CELL.match(text), text
    assert (parse_number("500 m", "money").value, parse_number("500 m", "money").suffix) == (Decimal(500), "m")
    assert not MONEY_CELL.match("500 m") and not MONEY_CELL.match("12 bulan")
    assert parse_number("2 juta", "number").suffix == "juta"  # a target's unit, not money


def test_a_figure_knows_what_its_last_digit_stands_for():
    """The step of a figure's last written digit: what a rounded figure may be off by twice over."""
    steps = {"12,35": Decimal("0.01"), "1.250.000": Decimal(1), "Rp 1.250.000,00": Decimal("0.01"),
             "Rp 1,2 M": Decimal(10 ** 8), "700 jt": Decimal(10 ** 6), "85%": Decimal(1)}
    for text, step in steps.items():
        assert parse_number(text, "money").step == step, text


def test_a_footnote_mark_after_a_figure_is_no_part_of_it():
    """"96*)", "80,5*", "54¹" (note 1), "Rp 1.250.000*)": the figure; a superscript after a
    letter is a unit's power ("m²" is "m2"), and a mark alone is no figure."""
    from checker.readers.normalise import normalise_text
    assert normalise_text("54¹ desa, 12 m², 85%²") == "54* desa, 12 m2, 85%*"
    for text, value in {"96*)": 96, "80,5*": 80.5, "54*": 54, "85 (*)": 85, "Rp 1.250.000*)": 1_250_000}.items():
        parsed = parse_number(normalise_text(text), "money" if "Rp" in text else "number")
        assert (parsed.value, parsed.suffix) == (Decimal(str(value)), ""), text
    assert parse_number("12 dokumen*)").suffix == "dokumen"
    assert parse_number("*").value is None



def test_a_figure_with_its_words_and_a_grade_with_its_score():
    """"12 (dua belas) bulan": the words in brackets say the figure again and are no part of its
    unit (else one unit read as two, IND-008); "BB (70,50)": a grade printed with its score is
    that score. Brackets that are not a figure's words stay in the suffix."""
    cases = {"3.600 (tiga ribu enam ratus) dokumen": (3600, "dokumen"), "12 (dua belas) bulan": (12, "bulan"),
             "38 (tiga puluh delapan) orang": (38, "orang"), "100 (seratus) persen": (100, "persen"),
             "5 (lima)": (5, ""), "B (68,00)": (Decimal("68.00"), ""), "BB+ (70,5)": (Decimal("70.5"), "")}
    for text, (value, suffix) in cases.items():
        assert (parse_number(text).value, parse_number(text).suffix) == (value, suffix), text
    assert parse_number("12 (Desa Sukamaju) desa").suffix == "(Desa Sukamaju) desa"
    assert parse_number("Tahap (2)").value is None and parse_number("BB").value is None
