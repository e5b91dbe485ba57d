"""Text reader: a published plan (text extracted from PDF/DOCX) into a Plan, every value with its line.

The whole text is first made plain (`normalise.py`: look-alike letters, compatibility forms) and
its tables found in whatever form extraction printed them (`segment.py`: tab-separated, Markdown
pipes, space-aligned; `repair.py`: figures and words a narrow column broke; `align.py`: rows
short of a cell). This module then finds the document's identity, its real BAB headings (not the
table of contents or the "sistematika penulisan" list) and its tables (blocks of rows, joined
over page breaks), and hands each table to the first reader its header fits: program tables
(`programs.py`), realisation (`realisation.py`), the risk register (`risks.py`), quarterly
targets (`quarters.py`), indicator tables (`indicators.py`); any other table may still give a
column of counts (`counts.py`) or a totals row (`totals.py`). A table none of them reads is
counted and reported as an `input` finding, never dropped silently.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Limits
from ..models import PLAN_CLASSES, Chapter, GoalRow, Location, Metadata, PlanBase, ProgramNode, ReaderNote
from ..numbers import DOCUMENT_LOCALE, GROUPED_AMOUNT, locale_of, roman
from . import ReadError
from .align import place_layouts, realign
from .block import Block
from .counts import read_counts
from .indicators import read_indicator_table
from .labels import word_key
from .programs import ProgramTables
from .normalise import normalise_text, unmark
from .parts import join_beside, printed_beside
from .quarters import other_periods, quarter_realisations, read_quarters, schedule
from .realisation import is_header_row, read_tables as read_realisations
from .risks import read_risk_bands, read_risk_scales, read_risks, stated_bands, worded_register
from .repair import split_listed_rows, unspan_header
from .segment import find_rows
from .statements import read_statements
from .totals import read_row_count, read_row_totals, read_totals
from .xlsx import roman_to_int

# "BAB I", "BABI", "B A B  I", "BAB-I".
# A chapter's number as a word ("BAB KESATU", "BAB KEDUA"): its number.
_ORDINALS = {"KESATU": 1, "PERTAMA": 1, "KEDUA": 2, "KETIGA": 3, "KEEMPAT": 4, "KELIMA": 5, "KEENAM": 6,
             "KETUJUH": 7, "KEDELAPAN": 8, "KESEMBILAN": 9, "KESEPULUH": 10}
_BAB = re.compile(rf"^\W*B\s?A\s?B\s*[-–:.]?\s*([IVX]+|\d+|{'|'.join(_ORDINALS)})\b\.?\s*(.*)$", re.IGNORECASE)
# "II. GAMBARAN PELAYANAN": a Roman numeral and a title in capitals, a chapter where there is no "BAB".
_NUMERAL = re.compile(r"^([IVX]{1,4})\s*[.)]\s+([A-Z][A-Z ,&/()\-]{3,78})$")
# A page number: "3", a front-matter "ii", or a page of its chapter ("II-3", "3-12", "VI.2").
_PAGE = r"(?:\d{1,3}|[ivxlc]{1,6}|[IVX]{1,5}\s?[-.]\s?\d{1,3}|\d{1,2}\s?-\s?\d{1,3})"
# A contents entry's page number: after dot leaders or a tab, or, laid out as on the page, after a
# run of spaces (a page number, not a year: "BAB II  TAHUN 2024" is a title).
_TOC_PAGE = re.compile(rf"(?:(?:\.{{3,}}|…+|\t)\s*(?:\d+|{_PAGE})| {{2,}}{_PAGE})\s*$")
# A page number ending a contents entry, alone in its cell or after dot leaders.
_PAGE_CELL = re.compile(rf"^{_PAGE}$")
_LEADERED = re.compile(rf"(?:\.{{3,}}|…+)\s*{_PAGE}\s*$")
_FIGURE_CELL = re.compile(r"^\(?-?(?:rp\.?\s*)?\d[\d.,]*\s*%?\)?$", re.IGNORECASE)
_TABLE_TITLE = re.compile(r"^\W*(tabel|table)\s*([\dIVX.\-a-z]+)", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d{2})\b")
_DOC_TITLES = (("rencana_aksi", r"RENCANA\s+AKSI"), ("renstra", r"RENCANA\s+STRATEGIS|RENSTRA"),
               ("renja", r"RENCANA\s+KERJA|RENJA"))


def contents_row(cells: list[str]) -> bool:
    """A row of a table of contents (or of a list of tables): titles ending in a page number,
    no figures before it. "BAB<TAB>I<TAB>PENDAHULUAN<TAB>1", "Tabel 2.1<TAB>Capaian ....... 15"."""
    filled = [c for c in cells if c]
    if not filled:
        return False
    last, before = filled[-1], filled[:-1]
    paged = (len(filled) >= 2 and _PAGE_CELL.match(last)) or _LEADERED.search(last)
    # Before the page: a title, at most a number or two for the entry ("1", "2.1"), no figures.
    # A row of whole numbers ending in one ("1 | Indeks | 78 | 79 | 80") is a table's row.
    numbered = sum(1 for c in before if re.fullmatch(r"\d+(\.\d+)*\.?", c))
    return bool(paged) and numbered <= 2 and (not before or any(re.search(r"[A-Za-z]{2}", c) for c in before)) \
        and not any(_FIGURE_CELL.match(c) and not re.fullmatch(r"\d+(\.\d+)*\.?", c) for c in before)


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# The caption of a table of proposals (Renja T-C.32, "Usulan Program dan Kegiatan dari Para
# Pemangku Kepentingan"; the musrenbang's; the council's "pokok-pokok pikiran").
_PROPOSALS = re.compile(r"\busulan\b|pemangku\s+kepentingan|musrenbang|pokok-pokok\s+pikiran|\bpokir\b",
                        re.IGNORECASE)


@dataclass
class Found:
    """What the tables of a document gave, by kind."""

    tables: list = field(default_factory=list)
    realisations: list = field(default_factory=list)
    risks: list = field(default_factory=list)
    risk_bands: list = field(default_factory=list)
    risk_scales: dict = field(default_factory=dict)  # the words of the criteria of likelihood and impact
    figures: list = field(default_factory=list)
    spans: list = field(default_factory=list)
    counts: list = field(default_factory=list)
    totals: list = field(default_factory=list)
    listed: list = field(default_factory=list)
    seen_series: set = field(default_factory=set)  # quarterly series already read (repeated tables)


@dataclass
class Hints:
    """What a document's own structure says about its lines (1-based), where its format keeps it:
    the paragraphs a DOCX styles as headings, and those its table of contents holds."""

    headings: set[int] = field(default_factory=set)
    contents: set[int] = field(default_factory=set)


class TextReader(ProgramTables):
    def __init__(self, text: str, limits: Limits, hints: Hints | None = None):
        text = normalise_text(unmark(text))
        self.lines = [line[:100_000] for line in _lines(text)]
        # Running headers and footers of a text printed page by page are no table's rows.
        pages = _pages(text)
        self.running = _running_lines(pages) | _page_marks(self.lines)
        self.page_tops = _page_tops(pages)
        self.rows = find_rows(["" if k in self.running else line for k, line in enumerate(self.lines, start=1)],
                              limits.max_columns)
        self.limits = limits
        self.hints = hints or Hints()
        self.table_rows: dict[int, int] = {}  # a table row's line -> its place in its table (1-based)
        self.notes: list[ReaderNote] = []
        self.goals: list[GoalRow] = []
        self._latest: ProgramNode | None = None
        self._counts_said: set[int] = set()
        self.partly_read = 0

    def note(self, key: str, line: int, table: str | None = None, **params) -> None:
        self.notes.append(ReaderNote.of(key, Location(line=line, table=table), **params))

    def read(self) -> PlanBase:
        if sum(1 for c in "".join(self.lines[:200]) if c == "\ufffd" or ord(c) < 9) > 50:
            raise ReadError("binary")
        doc_type, meta = self._identity()
        chapters = self._chapters()
        token = DOCUMENT_LOCALE.set(locale_of(figures_after_names(self.rows.cells.values())))
        try:
            return self._read_tables(doc_type, meta, chapters)
        finally:
            DOCUMENT_LOCALE.reset(token)

    def _read_tables(self, doc_type: str, meta: Metadata, chapters: list[Chapter]) -> PlanBase:
        found = Found()
        read = skipped = 0
        for block in self._blocks():
            start = len(found.tables)
            if self._take(block, found):
                read += 1
                if block.beside:
                    self._part_unjoined(block, found, start)
            elif sum(contents_row(cells) for _, cells in block.lines) >= 0.6 * len(block.lines):
                continue  # a table of contents or a list of tables: titles and page numbers
            elif len(block.lines) >= 2:
                skipped += 1
                name = block.title or block.heading
                if (words := worded_register(block.lines)) is not None:
                    self.note("risk_worded", block.start, name or None, name=name or "@untitled", words=words)
                else:
                    self.note("table_unknown", block.start, name or None, name=name or "@untitled")
        if found.risks and not found.risk_bands:
            found.risk_bands = stated_bands(self._as_tabbed()) or []  # criteria written in prose
        plan = PLAN_CLASSES[doc_type](meta=meta, chapters=chapters, title_lines=self._title_lines(),
                                      goals=self.goals, tables=found.tables,
                                      realisations=found.realisations, risks=found.risks, risk_bands=found.risk_bands,
                                      figures=found.figures,
                                      table_years=found.spans, counts=found.counts,
                                      column_totals=found.totals, row_counts=found.listed,
                                      statements=read_statements(self._as_tabbed()),
                                      notes=self.notes)
        plan.stats = {"tables_read": read, "tables_skipped": skipped, "tables_partly_read": self.partly_read,
                      "lines": len(self.lines)}
        return plan

    def _part_unjoined(self, block: Block, found: "Found", start: int) -> None:
        """A later part of a wide table (`Block.beside`) whose rows could not be joined to the
        part before it: read alone, its end-of-period figures would be held to its own years. Its
        program tables are not kept: one note, and the document is not clean."""
        if not any(not t.quarterly for t in found.tables[start:]):
            return
        del found.tables[start:]
        name = block.title or block.heading
        self.note("parts_unjoined", block.start, name or None, name=name or "@untitled")
        self.partly_read += 1

    def _as_tabbed(self) -> list[str]:
        """The text with every table row as one tab-separated line at its first line and its
        wrapped lines blank: prose readers see a table the same whatever form it was printed in."""
        rows = self.rows
        return ["\t".join(rows.cells[i]) if i in rows.cells else "" if i in rows.inside else line
                for i, line in enumerate(self.lines, start=1)]

    def _take(self, block: Block, found: "Found") -> bool:
        """Read a block as the first kind of table its header fits; False when none does. A table
        whose own figures show one locale is read in it; else in the document's."""
        own = locale_of(figures_after_names(cells for _, cells in block.lines))
        token = DOCUMENT_LOCALE.set(own or DOCUMENT_LOCALE.get())
        try:
            return self._take_as_read(block, found)
        finally:
            DOCUMENT_LOCALE.reset(token)

    def _take_as_read(self, block: Block, found: "Found") -> bool:
        table = self._program_table(block)
        if table is not None:
            found.tables.append(table)
            return True
        # The other kinds read a table's rows as they stand: rows whose figures could not be placed
        # under their columns are left out of them, with one note, and the document is not clean.
        kept = [(line, cells) for line, cells in block.lines if line not in block.unsure]
        name = block.title or block.heading
        if schedule(kept):
            self.note("table_schedule", block.start, name or None, name=name or "@untitled")
            return True
        if (periods := other_periods(kept)) is not None:
            # Targets per semester or per month: what else the table holds is read, but those
            # targets are not checked: said so, and the document is not clean.
            self.note("periods_unread", block.start, name or None, name=name or "@untitled", periods=f"@{periods}")
            self.partly_read += 1
        before, tables = len(found.realisations), len(found.tables)
        taken = self._take_other((name, block.start, kept), block.lead, block.heading, found, block.caption)
        for table in found.tables[tables:] + found.realisations[before:]:
            if table.unread_rows:
                self.note("pages_unsure", table.unread_rows[0], name or None, rows=len(table.unread_rows),
                          name=name or "@untitled")
                self.partly_read += 1  # what those rows hold was not checked: the document is not clean
        if not taken and _PROPOSALS.search(f"{name} {block.caption}"):
            # Proposals of the stakeholders or of the musrenbang (T-C.32): what was asked for, no
            # plan's figure that a rule holds to anything; said so, and not left unread.
            self.note("table_proposals", block.start, name or None, name=name or "@untitled")
            return True
        if len(found.realisations) > before and found.realisations[-1].unplaced:
            found.realisations.pop()
            self.note("header_unplaced", block.start, name or None, name=name or "@untitled")
            self.partly_read += 1  # nothing of it was checked: the document is not clean
            return True
        for realisation in found.realisations[before:]:
            _from_caption(realisation, block.caption)
        if taken and len(kept) < len(block.lines):
            self.note("pages_unsure", min(block.unsure), name or None, rows=len(block.lines) - len(kept),
                      name=name or "@untitled")
            self.partly_read += 1
        return taken

    @staticmethod
    def _take_other(args: tuple, lead: list, heading: str, found: "Found", caption: str = "") -> bool:
        if (monitored := quarter_realisations(*args)) is not None:
            # Targets, realisations and capaian per quarter: the quarters are the Rencana Aksi's
            # targets, their capaian held to them; no realisation table of years.
            found.realisations += [monitored] if monitored.rows else []
            if (quarterly := read_quarters(*args, found.seen_series, lead)) is not None:
                found.tables.append(quarterly)
            return True
        if realisations := read_realisations(*args):
            found.realisations += realisations
        elif (register := read_risks(*args, found.risk_scales)) is not None:
            found.risks += register
        elif (bands := read_risk_bands(*args)) is not None:
            found.risk_bands += bands
        elif (scales := read_risk_scales(*args)) is not None:
            for scale, words in scales.items():
                found.risk_scales.setdefault(scale, {}).update(words)
        elif (quarterly := read_quarters(*args, found.seen_series, lead)) is not None:
            found.tables.append(quarterly)
        elif (stated := read_indicator_table(*args, found.spans)) is not None:
            found.figures += stated
        else:
            # A table read for nothing else may still hold a column of counts or a totals row.
            counts, totals = read_counts(*args), read_totals(*args, lead, caption)
            across = read_row_totals(*args[:3])
            listed = read_row_count(*args, lead, heading)
            found.counts += counts or []
            found.totals += (totals or []) + (across or [])
            found.listed += [listed] if listed else []
            return bool(counts or totals or across or listed)
        return True

    # --- identity -------------------------------------------------------------------------------
    def _identity(self) -> tuple[str, Metadata]:
        head = " ".join(line.strip(" *#") for line in self.lines[:80])
        up = head.upper()
        # The title comes first; later lines of the opening pages mention the other documents too.
        found = [(m.start(), kind) for kind, pattern in _DOC_TITLES for m in [re.search(pattern, up)] if m]
        if not found:
            raise ReadError("doc_type_text")
        doc_type = min(found)[1]
        meta = Metadata()
        for line in self.lines[:80]:
            # The name runs to the end of its line or to the kabupaten / year after it: "KECAMATAN
            # BOJONG GEDE", "Kecamatan Kemangkon Kabupaten Purbalingga".
            m = re.search(r"\bKECAMATAN\s+([A-Z][A-Z\-']+(?:\s+(?!KABUPATEN\b|KAB\b|KOTA\b|TAHUN\b|PROVINSI\b)"
                          r"[A-Z][A-Z\-']+){0,2})(?=\s*(?:$|[^A-Z\s]|KABUPATEN\b|KAB\b|KOTA\b|TAHUN\b|PROVINSI\b))"
                          r"|\bKECAMATAN\s+([A-Z][A-Z\-']+)", line.strip(" *#").upper())
            if m:
                meta.kecamatan = (m.group(1) or m.group(2)).title()
                break
        for line in self.lines[:2000]:
            m = re.search(r"\b(?:KABUPATEN|Kabupaten|Kab\.)\s*([A-Z][A-Za-z]+)((?:\s+[A-Z][A-Za-z]+){0,2})\W*$|"
                          r"\b(?:KABUPATEN|Kabupaten|Kab\.)\s*([A-Z][A-Za-z]+)", line.strip(" *#"))
            if m:
                # A heading line that ends with the name may hold several words ("KABUPATEN TANAH DATAR").
                meta.kabupaten = (m.group(1) + m.group(2)).title() if m.group(1) else m.group(3).title()
                break
        years = [int(y) for y in _YEAR.findall(head)]
        span = re.search(r"(20\d{2})\s*[-–—/]\s*(20\d{2})", head)
        if doc_type == "renstra" and span:
            meta.period_start, meta.period_end = int(span.group(1)), int(span.group(2))
        elif years:
            meta.year = years[0]
        return doc_type, meta

    # --- chapters -------------------------------------------------------------------------------
    def _chapters(self) -> list[Chapter]:
        chapters = self._headings(_BAB, "BAB ")
        if len(chapters) < 2:
            # No BAB headings: chapters numbered "I. PENDAHULUAN", in capitals (a numbered list in
            # the text is not), read the same way.
            numbered = self._headings(_NUMERAL, "")
            if len(numbered) > len(chapters):
                chapters = numbered
        # A closing chapter sometimes has only its title, without "BAB".
        last = chapters[-1].location.line if chapters else 0
        if not any("penutup" in c.title.lower() for c in chapters):
            for i in range(last, len(self.lines)):
                if self.lines[i].strip(" *#\t.").upper() == "PENUTUP":
                    chapters.append(Chapter(label="", title="Penutup", location=Location(line=i + 1)))
                    break
        return chapters

    def _title_lines(self) -> list[Chapter]:
        """Lines outside tables that stand alone in capitals, as titles do."""
        out = []
        for i, raw in enumerate(self.lines, start=1):
            text = raw.strip(" *#\t")
            if i in self.rows.inside or not 4 <= len(text) <= 100 or text != text.upper():
                continue
            if sum(c.isalpha() for c in text) >= 4:
                out.append(Chapter(title=text, location=Location(line=i)))
        return out

    def _headings(self, pattern: re.Pattern, prefix: str) -> list[Chapter]:
        """The chapter headings `pattern` finds, without the table of contents and the lists of
        chapters ("sistematika penulisan") that repeat them."""
        candidates = []
        listed = []  # per candidate: an entry of a contents page (it ends in its page number)
        for i, raw in enumerate(self.lines):
            line = raw.strip().strip("*#").strip()
            m = pattern.match(line)
            if not m:
                continue
            number = _ORDINALS.get(m.group(1).upper()) or roman_to_int(m.group(1))
            if number is None or number > 12:
                continue
            title = m.group(2).strip(" .:\t*")
            if not title and prefix:
                nxt = next((self.lines[j].strip(" *#\t") for j in range(i + 1, min(i + 4, len(self.lines)))
                            if self.lines[j].strip()), "")
                title = "" if pattern.match(nxt) else nxt
            if re.fullmatch(r"(?:\w ){2,}\w", title):  # letter-spaced: "P E N D A H U L U A N"
                title = title.replace(" ", "")
            candidates.append((i + 1, number, f"{prefix}{m.group(1).upper()}", title))
            # (A page number ends an entry after its title: "B A B  1" is the heading's own number.)
            paged = bool(m.group(2).strip()) and bool(_TOC_PAGE.search(raw.rstrip()))
            listed.append(i + 1 in self.hints.contents or paged or (
                i + 1 in self.rows.cells and contents_row(self.rows.cells[i + 1])))
        # A run of three or more consecutive numbers a few lines apart is a list of chapters (table of
        # contents, "sistematika penulisan"), not the chapters themselves. "A few": ten lines, or a
        # hundredth of the document where that is more (text laid out as on the page wraps a
        # sistematika's paragraphs over more lines; a chapter is far longer than that). Contents
        # entries count in a run whether or not each shows its page number (a wrapped entry has
        # it on its next line), and never stand for a chapter themselves.
        near = max(10, len(self.lines) // 100)
        keep = [not entry for entry in listed]
        runs, start = [], 0
        for k in range(1, len(candidates) + 1):
            end_run = k == len(candidates) or not (
                candidates[k][1] == candidates[k - 1][1] + 1 and candidates[k][0] - candidates[k - 1][0] <= near)
            if end_run:
                if k - start >= 3:
                    runs.append(range(start, k))
                    for j in range(start, k):
                        keep[j] = False
                start = k
        # A chapter in such a run that the body has nowhere else, followed by its own first
        # section ("3.1 ...", not a contents entry) before the next heading, is the chapter: a
        # short chapter (a heading, a section, a paragraph) stands as close to the next as a list.
        # A run with such chapters and no contents entry is the body's: its other chapters (a
        # closing one without sections) stand too.
        kept = {candidates[j][1] for j in range(len(candidates)) if keep[j]}
        for run in runs:
            opened = [j for j in run if not listed[j] and candidates[j][1] not in kept
                      and self._opens_its_section(j, candidates)]
            if opened and not any(listed[j] for j in run):
                opened = [j for j in run if candidates[j][1] not in kept]
            for j in opened:
                keep[j] = True
        styled = [c[0] in self.hints.headings for c in candidates]
        if sum(styled) >= 2:  # a document that styles its chapter headings: the styles decide
            keep = styled
        # A page that begins with the heading of the chapter it goes on with (the chapter's
        # running header) opens no chapter again; nor does one that goes on with a later section
        # of its chapter ("2.3 ..." under "BAB II ...": the chapter's first page is elsewhere, or
        # its heading is missing), or comes after sections of its own number ("6.1 ..." on the
        # page before: the heading that opened them is missing, the page top only repeats it).
        current = None
        for j, (line, number, _, title) in enumerate(candidates):
            top = line in self.page_tops
            if keep[j] and top and (current == (number, word_key(title)) or self._goes_on_in_section(j, candidates)
                                    or self._after_its_sections(j, candidates)):
                keep[j] = False
            elif keep[j]:
                current = (number, word_key(title))
        return [Chapter(number=n, label=label, title=title, location=Location(line=line))
                for (line, n, label, title), ok in zip(candidates, keep) if ok]

    def _goes_on_in_section(self, j: int, candidates: list[tuple[int, int, str, str]]) -> bool:
        """Whether chapter candidate j is followed, before its chapter's first section, by a later
        one of its own number ("2.3 ..." under "BAB II ..."): a page going on with its chapter."""
        line, number = candidates[j][0], candidates[j][1]
        end = candidates[j + 1][0] if j + 1 < len(candidates) else len(self.lines) + 1
        section = re.compile(rf"^(?:{number}|{roman(number)})\.(\d{{1,2}})\.?\s+\S")
        for k in range(line + 1, min(end, line + 12)):
            m = section.match(self.lines[k - 1].strip(" *#"))
            if m and k not in self.rows.inside:
                return int(m.group(1)) > 1
        return False

    def _after_its_sections(self, j: int, candidates: list[tuple[int, int, str, str]]) -> bool:
        """Whether a section of chapter candidate j's own number ("6.1 ..." for BAB VI), a body
        line, stands between the candidate before it and it: the chapter was opened before this
        line, by a heading that is not there."""
        line, number = candidates[j][0], candidates[j][1]
        since = candidates[j - 1][0] if j > 0 else 0
        section = re.compile(rf"^(?:{number}|{roman(number)})\.\d{{1,2}}\.?\s+[A-Za-z]")
        return any(section.match(self.lines[k - 1].strip(" *#")) and k not in self.rows.inside
                   and not _TOC_PAGE.search(self.lines[k - 1].rstrip()) for k in range(since + 1, line))

    def _opens_its_section(self, j: int, candidates: list[tuple[int, int, str, str]]) -> bool:
        """Whether chapter candidate j is followed, before the next candidate, by the first
        section of its own number ("3.1 Identifikasi Permasalahan" under BAB III), or the first
        of sections lettered within each chapter ("A. Identifikasi Permasalahan"), a body line:
        not a contents entry, not a table's row."""
        line, number = candidates[j][0], candidates[j][1]
        end = candidates[j + 1][0] if j + 1 < len(candidates) else len(self.lines) + 1
        first = re.compile(rf"^(?:(?:{number}|{roman(number)})\.1\.?\s+\S|A\.\s+[A-Z])")  # "3.1", "III.1", "A."
        for k in range(line + 1, min(end, line + 12)):
            raw = self.lines[k - 1]
            if first.match(raw.strip(" *#")) and k not in self.rows.inside and not _TOC_PAGE.search(raw.rstrip()):
                return True
        return False

    # --- tables ---------------------------------------------------------------------------------
    def _blocks(self) -> list[Block]:
        blocks: list[Block] = []
        current: Block | None = None
        gap = 0
        title = caption = ""
        title_at = 0
        recent: list[tuple[int, str]] = []
        found = self.rows
        if len(found.cells) > self.limits.max_rows:
            raise ReadError("text_rows", limit=self.limits.max_rows)
        for i, raw in enumerate(self.lines, start=1):
            if i in found.cells:
                if current is None:
                    current = Block(start=i, title=title, caption=caption, lead=recent[-4:], title_line=title_at)
                current.lines.append((i, found.cells[i]))
                gap = 0
                continue
            if i in found.inside:  # a wrapped line of a cell, a Markdown rule
                gap = 0
                continue
            if i in self.running:  # a page's running header or footer: the table goes on
                continue
            if not raw.strip():
                gap += 1
                if current is not None and gap > 3:
                    blocks.append(current)
                    current = None
                continue
            recent = (recent + [(i, raw.strip())])[-4:]
            m = _TABLE_TITLE.match(raw.strip(" *#"))
            if current is not None and (m or len(raw.strip()) > 40):
                blocks.append(current)
                current = None
            if m:
                title, caption = f"Tabel {m.group(2).rstrip('.')}", raw.strip(" *#")[m.end():].strip()
                title_at = i
            elif current is None and len(raw.strip()) > 120:
                title = caption = ""
            elif current is None and title:
                caption = f"{caption} {raw.strip(' *#')}".strip()
        if current is not None:
            blocks.append(current)
        blocks = _continued_tables(blocks)
        for block in blocks:
            block.trail = self._trail(block.lines[-1][0] if block.lines else block.start)
            block.lines, block.unsure, short = place_layouts(block.lines, found.layout, found.extents, found.rooms)
            # A space-aligned row with two figures in one cell ("2 laporan 32", "100% 53.000."):
            # two columns ran together on its page, so no cell of it stands sure under its column.
            block.unsure |= {line for line, cells in block.lines
                             if line in found.layout and any(map(_run_together, cells))}
            placed = {line: n for line, n in found.layout.items() if line not in short}
            block.lines, block.short = realign(block.lines, placed)
            block.lines = split_listed_rows(unspan_header(block.lines, is_header_row))
            self.table_rows.update((line, k) for k, (line, _) in enumerate(block.lines, start=1))
            if block.short:
                name = block.title or block.heading
                self.note("rows_unsure", block.start, name or None, rows=len(block.short), name=name or "@untitled")
        joined: list[Block] = []
        for block in blocks:
            if block.beside and joined and printed_beside(joined[-1].lines, block.lines):
                before = joined[-1]
                before.lines = join_beside(before.lines, block.lines)
                before.unsure |= block.unsure
                before.short |= block.short
                continue
            joined.append(block)
        return joined


    def _trail(self, last: int, most: int = 3) -> list[tuple[int, str]]:
        """Up to `most` lines of prose after a table's last line, before the next table, heading
        or table title."""
        out, seen = [], 0
        for i in range(last + 1, len(self.lines) + 1):
            raw = self.lines[i - 1].strip()
            if i in self.rows.inside and not out and not seen:
                continue  # the table's own last lines (a wrapped cell, the markup closing a row)
            seen += 1
            if seen > 11 or i in self.rows.inside or i in self.rows.cells or _TABLE_TITLE.match(raw.strip(" *#")) \
                    or _BAB.match(raw):
                break
            if raw and i not in self.running:
                out.append((i, raw))
                if len(out) == most:
                    break
        return out


_FIGURE_TOKEN = re.compile(r"^(?:\d[\d.,]*%?|n/?a)$", re.IGNORECASE)
_UNIT_TOKEN = re.compile(r"^(?:%|/|[A-Za-z]{2,12}\.?)$")
_AMOUNT_TOKEN = re.compile(r"^\d{1,3}(?:[.,]\d{3})+[.,]?\d*$")  # "32.500.000", "53.000." (cut at its end)
_MILLIONS_TOKEN = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+$")  # "165.000.000": a sum of money
_MONEY_WORDS = {"rupiah", "rp", "juta", "ribu", "miliar", "milyar", "jt"}  # words that go with an amount


_CONTINUED = re.compile(r"\blanjut(an)?\b|\bsambungan\b|\bcontinued\b", re.IGNORECASE)


def _continued_tables(blocks: list[Block]) -> list[Block]:
    """A table printed on from a page before under its own title again ("Tabel 6.1 (Lanjutan)"),
    often without its header: the rows of the table it continues, not a table of their own. (A
    block with no title line of its own, after a gap, is left to the page joins of the layout.)
    It continues the table just before it with the same number where its caption says so, or
    where its first row is no header (it starts with rows). A part with the same number under a
    header of its own that names the same rows again (`parts.printed_beside`), or only years the
    part before does not, prints those rows' further columns (a wide table cut across its width):
    a block of its own, marked `beside`, joined to the part before it once its cells are placed
    (`_blocks`), or, where its rows are not that part's, a note (`_part_unjoined`)."""
    out: list[Block] = []
    for block in blocks:
        before = out[-1] if out else None
        if before is not None and block.title and block.title == before.title and block.lines and \
                block.title_line != before.title_line:
            here, there = _header_years(block), _header_years(before)
            if printed_beside(before.lines, block.lines) or (here and there and not here & there):
                block.beside = True
            elif _CONTINUED.search(block.caption) or not is_header_row(block.lines[0][1]):
                before.lines += block.lines
                continue
        out.append(block)
    return out


def _header_years(block: Block) -> set[str]:
    """The years the header rows at the top of a block name (none where it starts with rows)."""
    years: set[str] = set()
    for _, cells in block.lines[:3]:
        if not is_header_row(cells):
            break
        years.update(y for c in cells for y in _YEAR.findall(c))
    return years


def _from_caption(table, caption: str) -> None:
    """A realisation table whose header names no year ("Anggaran | Realisasi | Persentase") under
    a caption that names one ("Realisasi Anggaran Tahun 2025"): its figures are that year's. A
    table of one indicator, its years down the rows, is named by its caption."""
    years = set(_YEAR.findall(caption))
    rows = [r for top in table.rows for r in (top, *top.children)] + ([table.total] if table.total else [])
    if caption.strip():
        for r in rows:
            if r.name == table.name:
                r.name = caption.strip()[:80]
    cells = [c for r in rows for c in r.cells]
    if len(years) == 1 and cells and not any(c.period for c in cells):
        year = years.pop()
        for c in cells:
            c.period = year


_RANGE_WORDS = {"sampai", "hingga", "s.d.", "s.d", "s/d", "sd", "-", "–", "—", "antara"}


def _run_together(cell: str) -> bool:
    """A cell that holds what two cells hold, where a page left one blank between them: after a
    target with its unit, a sum of money ("2 laporan 32.500.000", "100% 53.000."); two
    percentages ("80% 75%"); or one target written twice ("NA NA 1 dokumen 1 dokumen 100%").
    Counts that one cell lists ("4 Baik 2 Cukup Baik") are none of these. A sum of money then
    words ("165.000.000 Sekretariat Kecamatan") is a budget cell run into the text cell after it."""
    tokens = cell.split()
    if any(t.lower() in _RANGE_WORDS for t in tokens):
        return False  # "10% sampai 30%", "5 - 9": one range, one cell
    if len(tokens) >= 2 and _MILLIONS_TOKEN.match(tokens[0]) and tokens[1].isalpha() \
            and tokens[1].lower() not in _MONEY_WORDS:
        return True
    if len(tokens) < 2 or not _FIGURE_TOKEN.match(tokens[0]) or \
            not all(_FIGURE_TOKEN.match(t) or _UNIT_TOKEN.match(t) for t in tokens):
        return False
    figures = [k for k, t in enumerate(tokens) if _FIGURE_TOKEN.match(t) and t[0].isdigit()]
    if len(figures) < 2:
        return False
    if any(_AMOUNT_TOKEN.match(tokens[k]) for k in figures[1:]) and \
            any(_UNIT_TOKEN.match(t) or t.endswith("%") for t in tokens[:figures[-1]]):
        return True
    if sum(1 for k in figures if tokens[k].endswith("%")) >= 2:
        return True
    pairs = Counter(" ".join(tokens[k:k + 2]).lower() for k in figures if k + 1 < len(tokens)
                    and _UNIT_TOKEN.match(tokens[k + 1]))
    return any(n >= 2 for n in pairs.values())


def figures_after_names(rows):
    """The cells of rows from each row's first cell of words on: its figures, not the numbers and
    codes before its name (a kegiatan's "2.01" in a code printed in columns is no decimal). A row
    without words is all figures."""
    for cells in rows:
        first = next((k for k, c in enumerate(cells) if re.search(r"[A-Za-z]{2}", c)), 0)
        yield from cells[first:]


# Characters other than a newline that str.splitlines() would break a line at: a form feed starts
# each page of `pdftotext` output. They stand for no text; line k is line k as an editor counts.
_NOT_NEWLINES = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _newline_split(text: str) -> list[str]:
    """The text broken at newlines only (a CR LF or a lone CR is one), other characters kept."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _lines(text: str) -> list[str]:
    """The text's lines, as an editor counts them: without the characters that stand for no text."""
    if _NOT_NEWLINES.search(text):
        text = _NOT_NEWLINES.sub(lambda m: "" if m.group() == "\x0c" else " ", text)
    lines = _newline_split(text)
    return lines[:-1] if lines and not lines[-1] else lines


def _pages(text: str) -> list[list[tuple[int, str]]]:
    """A text printed page by page (`pdftotext` starts each page with a form feed), page by page:
    each page's written lines, (line, text with its spaces collapsed). The first is what stands
    before the first form feed; a text without form feeds is one page."""
    pages: list[list[tuple[int, str]]] = [[]]
    for number, raw in enumerate(_newline_split(text), start=1):
        if "\x0c" in raw:
            pages.append([])
        written = " ".join(raw.replace("\x0c", "").split())
        if written:
            pages[-1].append((number, written))
    return pages


def _running_lines(pages: list[list[tuple[int, str]]]) -> set[int]:
    """The lines (1-based) that a text printed page by page (`_pages`) repeats at the top or
    bottom of many of its pages: a running header or footer. Digits aside, so a page number
    does not make them differ; at least two pages, and 40% of them. A text without pages has
    none."""
    if len(pages) < 2:
        return set()
    written = [page for page in pages if page]
    # Each page's first and last line, digits aside. (A table row of figures is no running line,
    # though a wide table's parts, page by page, end on the same row with other figures.)
    edges = {(line, re.sub(r"\d+", "#", text)) for page in written for line, text in (page[0], page[-1])
             if not _figures_row(text)}
    counts = Counter(key for _, key in edges)
    enough = max(2, round(0.4 * len(written)))
    return {line for line, key in edges if counts[key] >= enough}


_FIGURE = re.compile(r"\d[\d.,]*")


def _figures_row(text: str) -> bool:
    """A line of a table's figures: an amount ("60.000.000") among three figures or more."""
    return bool(GROUPED_AMOUNT.search(text)) and len(_FIGURE.findall(text)) >= 3


# A line that holds only a page's number ("- 12 -", "Halaman 12", "Hal. 12 dari 80"; "12" at the
# line's start): the foot of a page printed into the text, wherever it falls, inside a table too.
# A bare number set in from the margin may be a space-aligned cell's last line ("x" over "100"),
# and three digits at most: a year alone on a line may be a header's wrapped label.
_PAGE_MARK = re.compile(r"[-–—]\s*\d{1,3}\s*[-–—]|(?:halaman|hal\.?|page)\s*\d{1,3}(?:\s*(?:dari|of)\s*\d{1,4})?",
                        re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"\d{1,3}")


def _page_marks(lines: list[str]) -> set[int]:
    """The lines (1-based) that are a page's number alone (`_PAGE_MARK`, `_PAGE_NUMBER`)."""
    return {k for k, line in enumerate(lines, start=1) if "\t" not in line and "|" not in line
            and (text := line.replace("\x0c", "").strip())
            and (_PAGE_MARK.fullmatch(text) or (_PAGE_NUMBER.fullmatch(text) and not line[:1].isspace()))}


def _page_tops(pages: list[list[tuple[int, str]]], most: int = 3) -> set[int]:
    """The first few written lines (1-based) of each page that a form feed begins (`_pages`):
    where a running header stands."""
    return {line for page in pages[1:] for line, _ in page[:most]}


def read(path: Path, limits: Limits) -> PlanBase:
    """Read a published plan as text (.txt or .md)."""
    return TextReader(_decode(path.read_bytes()), limits).read()
