"""The reader's and the batch's texts: both languages, the same parameters, grouped numbers."""
import string

from checker.messages import TEXTS, say


def test_every_text_has_both_languages_with_the_same_parameters():
    fields = lambda template: {f for _, f, _, _ in string.Formatter().parse(template) if f}  # noqa: E731
    for key, (indonesian, english) in TEXTS.items():
        assert (indonesian and english) or key == "none", key
        assert fields(indonesian) == fields(english), key


def test_parameters_keys_numbers_and_parse_errors():
    assert say("too_big", size=26_214_401, limit=26_214_400) == \
        "berkas terlalu besar (26.214.401 bita; batas 26.214.400)"
    assert say("too_big", "en", size=26_214_401, limit=26_214_400) == \
        "the file is too large (26,214,401 bytes; limit 26,214,400)"
    assert say("not_under", "en", level="@sub_kegiatan", node="7.01.01.2.01.01", missing="@kegiatan") == \
        "sub-activity 7.01.01.2.01.01 has no activity above it"
    assert say("money_unreadable", "en", raw="1.2.3", error="pemisah ribuan tidak teratur") == \
        "the value '1.2.3' cannot be read as rupiah (irregular thousands separators)"


def test_english_messages_carry_no_indonesian_domain_words():
    from checker.config import Settings
    from checker.pipeline import check_file
    from conftest import SAMPLES
    result = check_file(SAMPLES / "renja-sukamaju-2026-salah.xlsx", Settings(lang="en"))
    messages = " ".join(f.message for f in result.findings if f.category != "input")
    for word in (" sub kegiatan ", " kegiatan ", "polarity is naik", " naik.", " turun."):
        assert word not in messages, word


def test_a_period_is_said_as_a_year_or_as_the_column_it_is():
    """Years, places in the period and the end of the period read "tahun ..."; a review table's
    budget label ("Hasil Analisis Kebutuhan") is a column, not a year."""
    from checker.report import render
    said = [render("Pagu {period:when}.", {"period": p}, lang) for lang in ("id", "en")
            for p in ("2027", "2026, 2027, akhir periode", "ke-3", "akhir periode", "Hasil Analisis Kebutuhan")]
    assert said == ["Pagu tahun 2027.", "Pagu tahun 2026, 2027, akhir periode.", "Pagu tahun ke-3.",
                    "Pagu akhir periode.", "Pagu kolom Hasil Analisis Kebutuhan.",
                    "Pagu for 2027.", "Pagu for 2026, 2027, the end of the period.", "Pagu for year 3.",
                    "Pagu for the end of the period.", "Pagu in column Hasil Analisis Kebutuhan."]
