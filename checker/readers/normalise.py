r"""Published text as the reader compares it: one alphabet, one form of each character.

PDF extraction and copy-paste put letters of other alphabets into Indonesian words (a Cyrillic
"А" or "Е" that looks like the Latin one, in headings and table headers alike), compatibility
forms (the single character "Ⅱ" for II, a ligature "ﬁ", full-width digits), no-break spaces,
and characters that print nothing (a soft hyphen, a zero-width space after a figure pasted from a
web table, a byte-order mark, a mark of writing direction). None of them carries meaning in a
plan, so the whole text is mapped to plain Latin before anything reads it; the lines stay where
they were.

Converters to Markdown or HTML leave their markup in the text as well: a line break inside a table
cell written `<br>`, characters as entities (`&amp;`, `&nbsp;`), a backslash before punctuation
that would otherwise be markup (`I\. PENDAHULUAN`), bold cells (`**PROGRAM ...**`). It is undone
first (`unmark`); a backslash before a pipe stays, for the pipe table it is written in.
"""
from __future__ import annotations

import html
import re
import unicodedata

# Cyrillic and Greek letters drawn like Latin ones. Indonesian plans are written in Latin script
# only, so a letter of these alphabets is always a look-alike.
_LOOKALIKE = str.maketrans({
    # Cyrillic capitals and small letters
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Ѵ": "V",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ѵ": "v", "к": "k",
    # Greek capitals and the small letters that pass for Latin
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "κ": "k", "ν": "v",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
})


# A superscript digit right after a figure is a footnote's mark ("54¹": 54, see note 1), never a
# digit of the figure, which NFKC would make it ("541"); after a letter it is a unit's power
# ("m²"), which NFKC writes "m2".
_FOOTNOTE_MARK = re.compile(r"(?<=[\d%])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


# Format characters that take no place on the page: the soft hyphen, zero-width spaces and joiners,
# marks of writing direction, the word joiner and the byte-order mark. A figure followed by one
# ("480.000.000" and a zero-width space) is no figure to a parser; a word broken by one is no word
# of the vocabulary. Taken out, the text reads as it prints.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def normalise_text(text: str) -> str:
    """The text in compatibility-composed form (NFKC) with look-alike letters made Latin, a
    footnote's superscript mark after a figure written `*`, and no character that prints
    nothing."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFKC", _FOOTNOTE_MARK.sub("*", text)).translate(_LOOKALIKE)


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,5}|#x[0-9A-Fa-f]{1,4});")
_ESCAPED = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\]^_`{}~\\])")
# Bold a converter kept ("**PROGRAM PENUNJANG**", "__500.000.000__"): the words without their marks,
# within one cell (never across a pipe) and not where the stars were escaped.
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)([^|\n]*?\S)\1")


def unmark(text: str) -> str:
    """The text without what a converter to Markdown or HTML wrote in it: `<br>` as a space,
    entities as their characters, bold marks (`**...**`) as the words, a backslash escape as the
    character it escapes."""
    if "<" in text:
        text = _BREAK.sub(" ", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "**" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    if "\\" in text:
        text = _ESCAPED.sub(r"\1", text)
    return text
