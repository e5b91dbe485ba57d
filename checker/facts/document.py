"""Facts about the document as a whole: chapters, the risk register, table years, count columns."""
from __future__ import annotations

import re

from ..models import Location, ReaderNote
from ..numbers import roman
from ..rulebook import Band
from .common import FactsBase, _loc, _norm, _num


class DocumentFacts(FactsBase):
    """Chapters, risks and what the reader found in tables it reads for nothing else."""

    def _table_years(self) -> None:
        """A table of yearly figures that skips a year inside its span (2018, 2020, 2021: no 2019).
        The years before the plan's own (a Renja for 2027 with its 2025 baseline, then 2027 and
        2028; 2026 is the year it is written in) are not the plan's to set out."""
        meta = self.plan.meta
        first = meta.period_start or meta.year
        for span in self.plan.table_years:
            if len(span.years) < 2:
                continue
            missing = [y for y in range(span.years[0], span.years[-1] + 1)
                       if y not in span.years and (first is None or y >= first)]
            self.add("required_value", span.table, span.location, what="tahun_tabel", period="", level="tabel",
                     name=span.table, missing=len(missing), raw=", ".join(map(str, missing)),
                     years=", ".join(map(str, span.years)))

    def _column_totals(self) -> None:
        """A totals row ("JUMLAH", "NILAI TOTAL") of a table read for nothing else: each figure
        against the sum of its column above it."""
        tolerance = self.profile.tolerance.number
        for total in self.plan.column_totals:
            declared = total.declared.value
            diff = round(declared - total.computed, 6)
            if total.row:  # a row's total column against the row's figures beside it (TAB-002)
                self.add("row_total", f"{total.table}, {total.row}", total.declared.location, column=total.column,
                         parts=total.parts, summed=total.summed, declared=_num(declared),
                         computed=_num(total.computed), difference=_num(diff), abs_difference=_num(abs(diff)),
                         tolerance=tolerance, expected=_num(total.computed), actual=_num(declared))
                continue
            self.add("column_total", total.table, total.declared.location, column=total.column, parts=total.parts,
                     declared=_num(declared), computed=_num(total.computed), difference=_num(diff),
                     abs_difference=_num(abs(diff)), tolerance=tolerance, expected=_num(total.computed),
                     actual=_num(declared))
            said = total.announced
            if said is not None and said.present:
                self._text_total(total.table, said.location, total.column, _num(said.value), _num(declared),
                                 tolerance, total.declared.location)

    def _row_counts(self) -> None:
        """The number of things a sentence says a table lists against the rows the table numbers."""
        for listed in self.plan.row_counts:
            said = listed.announced
            if said.present:
                self.add("consistency", listed.table, said.location, check="text_rows", noun=listed.noun,
                         stated=_num(said.value), rows=listed.rows, table_place=_loc(listed.location),
                         expected=listed.rows, actual=_num(said.value))

    def _counts(self) -> None:
        """A cell of a column of counts that holds only the unit ("Unit" among "8 unit", "2 unit")."""
        for cell in self.plan.counts:
            self.add("required_value", cell.table, cell.value.location, what="jumlah", period="", level="tabel",
                     name=cell.table, missing=0 if cell.value.present else 1, raw=cell.raw, unit=cell.unit)

    def _chapters(self) -> None:
        chapters = self.plan.chapters
        outline = self.profile.outlines.get(self.plan.doc_type, [])
        if chapters is None or not outline:
            return
        slot_of: list[int | None] = []
        for chapter in chapters:
            title = _norm(chapter.title)
            slot = next((i for i, o in enumerate(outline) if any(_norm(k) in title for k in o.keywords)), None)
            slot_of.append(slot)
        order = [s for s in slot_of if s is not None]
        for i, slot in enumerate(outline):
            positions = [k for k, s in enumerate(order) if s == i]
            count_ = len(positions)
            # Chapters of later slots before this one's first heading, of earlier slots after it.
            first = positions[0] if positions else 0
            later_before = sum(s > i for s in order[:first]) if positions else 0
            earlier_after = sum(s < i for s in order[first + 1:]) if positions else 0
            # A missing chapter points at the line that still shows its title between the chapters
            # around it (its BAB heading gone), else at the chapter list (the `Bab` sheet, or no line).
            nowhere = self._title_line(slot, i, chapters, slot_of) or \
                (Location(sheet=chapters[0].location.sheet) if chapters else Location())
            where = next((chapters[k].location for k, s in enumerate(slot_of) if s == i), nowhere)
            if count_ > 1:
                dup = [chapters[k] for k, s in enumerate(slot_of) if s == i][1]
                where = dup.location
            self.add("chapter_slot", f"BAB {roman(slot.bab)} {slot.title}", where, bab=slot.bab,
                     title=slot.title, count=count_, later_before=later_before, earlier_after=earlier_after)

    def _title_line(self, slot, i: int, chapters, slot_of: list[int | None]) -> Location | None:
        """The title line of a chapter the document has no heading for: a line in capitals holding
        one of the chapter's keywords, after the chapter before it and before the chapter after it."""
        lines = [c.location.line for c in chapters]
        if not self.plan.title_lines or any(n is None for n in lines):
            return None
        after = max((lines[k] for k, s in enumerate(slot_of) if s is not None and s < i), default=0)
        before = min((lines[k] for k, s in enumerate(slot_of) if s is not None and s > i), default=None)
        if before is None:
            return None  # a last chapter's title could be anything after the one before it
        hits = [t for t in self.plan.title_lines if after < t.location.line < before
                and any(_norm(k) in _norm(t.title) for k in slot.keywords)]
        return hits[0].location if len(hits) == 1 else None

    def _risk_bands(self) -> tuple[list[Band], str]:
        """The bands a register's levels are held to, and where they come from: the document's own
        criteria where it prints one table of them (or states them in prose), else the profile's. A printed level that
        names a band of the profile keeps that band's other names ("Menengah" is "Sedang")."""
        printed = self.plan.risk_bands
        if not printed or len({b.location.table for b in printed}) > 1:
            return self.profile.risk.bands, "rentang profil"
        bands = []
        for b in printed:
            same = _band_named(b.label, self.profile.risk.bands)
            aliases = next((x.aliases + [x.label] for x in self.profile.risk.bands if same and x.label == same), [])
            bands.append(Band(min=b.min, max=b.max, label=b.label, aliases=aliases + b.aliases))
        return bands, printed[0].location.table or "kriteria dokumen"

    def _risks(self) -> None:
        risk = self.profile.risk
        bands, bands_from = self._risk_bands()
        lo, hi = risk.scale.min, risk.scale.max
        levels: dict[str, list[dict]] = {}  # per register, its risk_level facts until its bands are settled
        for entry in self.plan.risks:
            subject = entry.code or entry.number or entry.description[:40]
            impact, likelihood = entry.impact, entry.likelihood
            absent = [v for v in (impact, likelihood) if not v.present]
            if entry.score.present or entry.level:  # a score or level needs the two it comes from
                at = absent[0].location if absent and (absent[0].location.row or absent[0].location.line) \
                    else entry.location
                self.add("required_value", subject, at, what="skala_risiko", period="", level="risiko",
                         name=entry.description, missing=len(absent), raw=absent[0].raw if absent else "")
            if absent:
                continue
            i, l_ = impact.value, likelihood.value
            on_scale = all(float(v).is_integer() and lo <= v <= hi for v in (i, l_))
            # What the profile's matrix gives for the pair (its product, for a profile without one).
            matrix_score = risk.matrix[int(l_) - lo][int(i) - lo] if risk.method == "matrix" and on_scale else i * l_
            written = entry.score.present
            score = entry.score.value if written else 0
            band_of = score if written else matrix_score
            band = next((b for b in bands if b.min <= band_of <= b.max), None)
            self.add("risk", subject, entry.score.location if written else entry.location,
                     description=entry.description, impact=_num(i), likelihood=_num(l_),
                     fractions=sum(not float(v).is_integer() for v in (i, l_)),
                     scale_min=lo, scale_max=hi, scores_written=int(written), score=_num(score),
                     matrix_score=_num(matrix_score), expected_score=_num(matrix_score), method=risk.method,
                     expected=_num(matrix_score), actual=_num(score) if written else None,
                     difference=_num(score - matrix_score if written else 0))
            if entry.level.strip():
                # The band the written word names (a label or an alias of the profile's), and the
                # band the score falls in: RSK-003 compares the two.
                named = _band_named(entry.level, bands)
                # A wrong score (RSK-001) with the level of the score the two scales give: the
                # level follows the right score, and is not wrong a second time.
                right = next((b for b in bands if b.min <= matrix_score <= b.max), None)
                if written and score != matrix_score and right is not None and named == right.label:
                    band, band_of = right, matrix_score
                levels.setdefault(entry.location.table or entry.location.sheet or "", []).append(dict(
                    subject=subject, location=entry.level_location, description=entry.description,
                    score=_num(band_of), level=entry.level, level_band=named or f"? {entry.level}",
                    score_band=band.label if band else "-",
                    expected_level=band.label if band else "-", expected=band.label if band else None,
                    actual=entry.level, bands_from=bands_from))
        for table, facts in levels.items():
            if len(facts) >= 2 and all(f["level_band"].startswith("? ") for f in facts):
                # No level names a band ("Kuning", "Merah" without the criteria that say which):
                # the register's words are not the bands', so its levels are not checked.
                self.notes.append(ReaderNote.of("risk_levels_unnamed", facts[0]["location"],
                                                name=table or "@untitled", level=facts[0]["level"]))
                continue
            breaks = _another_scheme(facts, bands) if bands_from == "rentang profil" else None
            if breaks is not None:
                wrong = sum(f["level_band"] != f["score_band"] for f in facts)
                self.notes.append(ReaderNote.of("risk_bands_other", facts[0]["location"], name=table or "@untitled",
                                                wrong=wrong, rows=len(facts), breaks=breaks))
                continue
            for fact in facts:
                self.add("risk_level", fact.pop("subject"), fact.pop("location"), **fact)


def _another_scheme(facts: list[dict], bands) -> int | None:
    """Whether a register's levels follow bands of their own rather than these: most levels (two
    or more) fall outside their score's band, every level names a band, and the levels rise with
    the scores (one score, one level; a higher score never a lower level) but for fewer rows than
    half of those outside. Levels wrong here and there break that order; a register on another
    scheme keeps it. The number of levels out of that order when it follows its own; else None."""
    order = {b.label: k for k, b in enumerate(sorted(bands, key=lambda b: b.min))}
    if len(facts) > 500 or any(f["level_band"] not in order for f in facts):
        return None
    wrong = sum(f["level_band"] != f["score_band"] for f in facts)
    if wrong < 2 or 2 * wrong < len(facts):
        return None
    ranked = sorted((f["score"], order[f["level_band"]]) for f in facts)
    # The longest run of rows (in score order) whose levels keep the order.
    longest = [1] * len(ranked)
    for j, (score, level) in enumerate(ranked):
        longest[j] += max((longest[i] for i, (s, lv) in enumerate(ranked[:j])
                           if lv <= level and (s != score or lv == level)), default=0)
    breaks = len(ranked) - max(longest)
    return breaks if 2 * breaks < wrong else None


_LEVEL_FILLER = {"risiko", "resiko", "level", "tingkat", "kategori"}


def _band_named(level: str, bands) -> str:
    """The band a written level names: its label or an alias, the way registers write them too
    ("Risiko Tinggi", "Sangat rendah (SR)", the initials "SR", "T"); "" when it names none."""
    words = [w for w in _norm(re.sub(r"\(.*?\)", " ", level)).split() if w not in _LEVEL_FILLER]
    said = " ".join(words)
    names = {band.label: {_norm(x) for x in [band.label, *band.aliases]} for band in bands}
    named = [label for label, forms in names.items() if said in forms]
    if not named and 1 <= len(said) <= 2:  # initials, where they name one band only
        named = [label for label, forms in names.items() if said in {"".join(w[0] for w in f.split()) for f in forms}]
    return named[0] if len(named) == 1 else ""
