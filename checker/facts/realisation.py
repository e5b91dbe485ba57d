"""Facts of realisation tables (T-C.23, T-C.24, T-C.29): printed ratios, totals and rollups of realisation."""
from __future__ import annotations

from ..models import Indicator, RatioCell, RealisationRow, RealisationTable
from .common import FactsBase, _DECIMALS, _child_sum, _graded, _num, words_of


class RealisationFacts(FactsBase):
    """Target or budget, realisation and the printed capaian of each row."""

    def _realisation(self, table: RealisationTable) -> None:
        rows = [r for top in table.rows for r in (top, *top.children)]
        everything = rows + ([table.total] if table.total else [])
        width = max((len(r.cells) for r in everything), default=0)
        blank_columns = set()
        for k in range(width):
            cells = [r.cells[k] for r in everything if k < len(r.cells)]
            if not cells:
                continue
            filled = sum(1 for c in cells if c.base.present or c.actual.present or c.declared.present)
            at = (table.total or rows[-1]).location
            self.add("required_value", f"{table.name} {cells[0].period}".strip(), at, what="kolom_realisasi",
                     period=cells[0].period, level="tabel", name=table.name, missing=len(cells) - filled,
                     filled=filled, raw=cells[0].base.raw, rows=len(cells))
            if len(cells) >= 3 and not filled:  # RAS-003's column: its cells are not checked one by one
                blank_columns.add(k)
        for row in rows:
            self.add("required_value", row.name[:80], row.location, what="nilai_baris", period="",
                     level=row.level, name=row.name, missing=row.short or 0, raw=str(row.short or ""))
            for k, cell in enumerate(row.cells):
                if k not in blank_columns:
                    self._ratio(table, row, cell, k)
                    self._realised_rollup(table, row, cell, k)
                    self._remainder(table, row, cell)
        self._projections(rows)
        if table.average is not None:
            self._average(table, rows, blank_columns)
        if table.total is not None:
            for k, cell in enumerate(table.total.cells):
                if k not in blank_columns:
                    self._ratio(table, table.total, cell, k)
                    self._realised_total(table, cell, k)
                    self._remainder(table, table.total, cell)
        if table.has_ratio and table.kind == "kinerja":
            # Achievement is realisation / target (for a higher-is-better indicator); a header that
            # says "target dibagi realisasi" states the formula the wrong way round.
            self.add("ratio", table.name, table.location, check="formula_header", name=table.name, period="",
                     header_formula="target/realisasi" if table.inverse else "realisasi/target",
                     abs_difference=0, tolerance=0)

    def _projections(self, rows: list[RealisationRow]) -> None:
        """A row of figures whose projections are empty ("", "NA") in years every other such row
        projects (two rows or more): the unit's expectation for the years to come is not given.
        A row short of cells is left out: where its figures went is not known."""
        rows = [r for r in rows if r.projections and not r.short
                and any(c.base.present or c.actual.present for c in r.cells)]
        for row in rows:
            others = [r for r in rows if r is not row]
            empty = [] if len(others) < 2 else [
                y for y, v in sorted(row.projections.items()) if not v.present and not _graded(v.raw)
                and all(r.projections.get(y, v).present for r in others)]
            self.add("required_value", row.name[:80], row.location, what="proyeksi", period=", ".join(empty),
                     level=row.level, name=row.name, missing=len(empty),
                     raw=" / ".join(f"'{t}'" for y in empty if (t := row.projections[y].raw.strip())) or "kosong")

    def _realised_total(self, table: RealisationTable, total: RatioCell, k: int) -> None:
        """A budget table's JUMLAH row against its rows: each program's kegiatan where it has them (so
        a mistyped program figure, reported there, is not reported again here), else the row."""
        if table.kind != "anggaran":
            return
        for what, which, value in (("anggaran", "base", total.base), ("realisasi", "actual", total.actual)):
            if not value.present:
                continue
            parts = [getattr(c.cells[k], which).value for top in table.rows
                     for c in (top.children or [top]) if k < len(c.cells)]
            parts = [v for v in parts if v is not None]
            if not parts:
                continue
            computed = sum(parts)
            diff = value.value - computed
            self.add("rollup", table.name, value.location, relation="realisasi_total", level="tabel", name=table.name,
                     period=total.period, what=what, children=len(parts), declared=_num(value.value),
                     computed=_num(computed), declared_text=value.raw.strip(), difference=_num(diff),
                     abs_difference=_num(abs(diff)), tolerance=self.tol_money, expected=_num(computed),
                     actual=_num(value.value), table=table.name)

    def _realised_rollup(self, table: RealisationTable, row: RealisationRow, cell: RatioCell, k: int) -> None:
        """A program's budget or realisation against its kegiatan's, in a budget realisation table.
        A program row blank throughout is the RAS-004 finding; one blank among figures is this one."""
        if table.kind != "anggaran" or not row.children:
            return
        row_has_figures = cell.base.present or cell.actual.present or cell.declared.present
        for what, value in (("anggaran", cell.base), ("realisasi", cell.actual)):
            computed = _child_sum(row, k, "base" if what == "anggaran" else "actual")
            if computed is None or (not value.present and not row_has_figures):
                continue
            declared = value.value if value.present else 0
            diff = declared - computed
            self.add("rollup", row.name[:80], value.location if value.location.line else row.location,
                     relation="realisasi_program", level="program", name=row.name, period=cell.period, what=what,
                     children=len(row.children), declared=_num(declared), computed=_num(computed),
                     declared_text=value.raw.strip() or "kosong", difference=_num(diff),
                     abs_difference=_num(abs(diff)), tolerance=self.tol_money, expected=_num(computed),
                     actual=_num(declared) if value.present else None, table=table.name)

    def _remainder(self, table: RealisationTable, row: RealisationRow, cell: RatioCell) -> None:
        """What a budget table says is left of a budget ("Sisa Anggaran") against the budget less
        its realisation (RAS-010); and a realisation above its budget, which a budget cannot have
        (RAS-011)."""
        if table.kind != "anggaran" or not (cell.base.present and cell.actual.present):
            return
        base, actual = cell.base.value, cell.actual.value
        where = cell.actual.location if cell.actual.location.line else row.location
        share = actual / base * 100 if base > 0 else None
        printed = cell.declared.value * cell.scale if cell.declared.present else None
        # Where the printed percentage is not realisation / budget, one of the three is wrong and
        # RAS-001 says so; the realisation is held to its budget where they agree.
        if share is not None and (printed is None or abs(float(printed) - float(share)) <= 1):
            self.add("realised_budget", row.name[:80], where, name=row.name, level=row.level, period=cell.period,
                     base=_num(base), realisation=_num(actual), share=round(share, 2),
                     tolerance=self.tol_money, expected=_num(base), actual=_num(actual),
                     difference=_num(actual - base), table=table.name)
        left = cell.remainder
        if left is None or not left.present:
            return
        computed = base - actual
        diff = left.value - computed
        self.add("rollup", row.name[:80], left.location if left.location.line else row.location,
                 relation="realisasi_sisa", level=row.level, name=row.name, period=cell.period, what="sisa",
                 children=2, declared=_num(left.value), computed=_num(computed), declared_text=left.raw.strip(),
                 base=_num(base), realisation=_num(actual), difference=_num(diff), abs_difference=_num(abs(diff)),
                 tolerance=self.tol_money, expected=_num(computed), actual=_num(left.value), table=table.name)

    def _ratio(self, table: RealisationTable, row: RealisationRow, cell: RatioCell, k: int) -> None:
        self._realised_percents(table, row, cell)
        if not table.has_ratio:
            self._evaluation_values(row, cell)
            return
        base, actual, declared = cell.base.value, cell.actual.value, cell.declared.value
        derived = []
        # A program row left blank carries the sum of its kegiatan.
        if base is None and row.children:
            base = _child_sum(row, k, "base")
            if base is not None:
                derived.append("target/anggaran")
        if actual is None and row.children:
            actual = _child_sum(row, k, "actual")
            if actual is not None:
                derived.append("realisasi")
        subject = row.name[:80]
        where = cell.declared.location if cell.declared.location.line else row.location
        if declared is None:
            if base and actual is not None:
                # Computable but not printed; or a blank program row whose kegiatan have figures.
                what = "dasar_capaian" if derived else "capaian"
                self.add("required_value", subject, where if not derived else row.location, what=what,
                         period=cell.period, level=row.level, name=row.name, missing=1,
                         raw=cell.declared.raw if not derived else "", parts=["program kosong"] if derived else [],
                         computed=_num(round(actual / base * 100, 2)))
            return
        if declared > 1000:  # a Rupiah amount typed into the percentage column
            # A sum of money where the capaian goes: out of range whatever the indicator's words.
            self.add("percent_value", f"{subject} (capaian)", where, name=row.name, name_words=[],
                     period=cell.period, value=_num(declared), expected="0–100", actual=_num(declared),
                     raw=cell.declared.raw)
            return
        if base is None or actual is None:
            # A word where a figure goes ("BB", "WTP": a grade) is a target or realisation on a
            # scale of words, not an empty cell; a capaian of it cannot be recomputed.
            missing = [w for w, v, c in (("target/anggaran", base, cell.base), ("realisasi", actual, cell.actual))
                       if v is None and not _graded(c.raw)]
            if not missing:
                return
            self.add("required_value", subject, row.location, what="dasar_capaian", period=cell.period,
                     level=row.level, name=row.name, missing=len(missing), raw="", parts=missing)
            return
        for what in ("capaian", "dasar_capaian"):  # written, with what it is computed from (RAS-002, RAS-004)
            self.add("required_value", subject, where, what=what, period=cell.period, level=row.level,
                     name=row.name, missing=0, raw=cell.declared.raw, computed=0, parts=[])
        if base == 0:
            return  # no ratio of nothing; 0 ÷ 0 is printed any which way
        # The formulas the capaian may be computed by, each with its terms for the message.
        formulas = [([_num(actual), " / ", _num(base)], actual / base * 100)]
        if table.inverse and actual:
            formulas.append(([_num(base), " / ", _num(actual)], base / actual * 100))
        if table.kind == "kinerja" and self.units.polarity(Indicator(name=row.name)) == "turun":
            # Lower is better ("Angka kemiskinan", "pengaduan yang tidak ditindaklanjuti"): its
            # capaian is target / realisation, or (2 x target - realisation) / target; the message
            # names the one nearest the printed figure.
            twice = ["(2 x ", _num(base), " - ", _num(actual), ") / ", _num(base)]
            formulas = [(twice, (2 * base - actual) / base * 100)]
            if actual:
                formulas.append(([_num(base), " / ", _num(actual)], base / actual * 100))
            formulas.append(([_num(actual), " / ", _num(base)], actual / base * 100))
        formula, computed = min(formulas, key=lambda f: abs(declared - f[1]))
        abs_diff = abs(declared - computed)
        decimals = len(m.group(1)) if (m := _DECIMALS.search(cell.declared.raw)) else 0
        tolerance = 0.5 * 10 ** -decimals * cell.scale + 1e-9  # a fraction's last digit is a bigger step
        self.add("ratio", subject, where, check="cell", name=row.name, level=row.level, period=cell.period,
                 base=_num(base), realisation=_num(actual), declared=_num(declared), computed=round(computed, 2),
                 formula=formula,
                 abs_difference=round(abs_diff, 4), tolerance=tolerance, derived=", ".join(derived) or "-",
                 expected=round(computed, 2), actual=_num(declared), difference=round(declared - computed, 2),
                 table=table.name)

    def _average(self, table: RealisationTable, rows: list[RealisationRow], blank_columns: set[int]) -> None:
        """A "Rata-rata" row's printed ratio against the mean of the ratios the rows print in its
        column (RAS-012), within the rounding of the figures printed."""
        for k, cell in enumerate(table.average.cells):
            parts = [r.cells[k].declared for r in rows if k < len(r.cells) and r.cells[k].declared.present]
            if k in blank_columns or not cell.declared.present or len(parts) < 2:
                continue
            mean = sum(p.value for p in parts) / len(parts)
            steps = [0.5 * 10 ** -(len(m.group(1)) if (m := _DECIMALS.search(v.raw)) else 0)
                     for v in (cell.declared, *parts)]
            tolerance = steps[0] + max(steps[1:]) + 1e-9
            where = cell.declared.location if cell.declared.location.line else table.average.location
            diff = cell.declared.value - mean
            self.add("ratio", table.average.name[:80], where, check="average", name=table.average.name,
                     level="tabel", period=cell.period, rows=len(parts), declared=_num(cell.declared.value),
                     computed=round(mean, 2), abs_difference=round(abs(diff), 4), tolerance=tolerance,
                     expected=round(mean, 2), actual=_num(cell.declared.value), difference=round(diff, 2),
                     table=table.name)

    def _realised_percents(self, table: RealisationTable, row: RealisationRow, cell: RatioCell) -> None:
        """A target or realisation written as a percentage of a share ("Cakupan desa ... 215%")."""
        if table.kind != "kinerja":
            return
        for what, value in (("target", cell.base), ("realisasi", cell.actual)):
            if value.present and self.units.percent_written(value):
                self.add("percent_value", f"{row.name[:80]} ({what})", value.location, name=row.name,
                         name_words=words_of(row.name), period=cell.period, value=_num(value.value),
                         expected="0–100", actual=_num(value.value), raw=value.raw)

    def _evaluation_values(self, row: RealisationRow, cell: RatioCell) -> None:
        """A table of targets and realisations without a ratio column: an empty or "NA" target or
        realisation in a row that has figures elsewhere."""
        missing = [w for w, v in (("target", cell.base), ("realisasi", cell.actual))
                   if not v.present and not _graded(v.raw)]
        has_figures = any(c.base.present or c.actual.present for c in row.cells)
        self.add("required_value", row.name[:80], row.location, what="nilai_evaluasi", period=cell.period,
                 level=row.level, name=row.name, missing=len(missing) if has_figures else 0,
                 parts=missing,
                 raw=" / ".join(f"'{(cell.base if w == 'target' else cell.actual).raw}'" for w in missing))
