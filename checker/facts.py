"""Plan -> flat facts: every sum, difference, polarity and parsed formula the rules look at.

A fact is a small dict: `type`, `fact_id`, `subject`, `location` (where a finding points),
`expected` / `actual` / `difference` when there are figures, and the fields its rules read.
Every field a rule reads is always present and never None, because durable cannot compare a
missing field either way and the fact would get no verdict.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import count

from .models import (QUARTERS, Indicator, Location, PlanBase, ProgramNode, ProgramTable, RatioCell, RealisationRow,
                     RealisationTable, Value)
from .numbers import format_number, format_rupiah
from .rulebook import Profile

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


def _norm(text: str) -> str:
    return _WORDS.sub(" ", text.lower()).strip()


def _num(value: float | int | None):
    """Facts carry ints where a figure is whole, so messages print `12` rather than `12.0`."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(float(value), 6)


class Units:
    """What a unit and an indicator name say about the indicator, per the profile."""

    def __init__(self, profile: Profile):
        self.profile = profile
        self.percent = {u.lower() for u in profile.percent_units}
        self.level = tuple(u.lower() for u in profile.level_units)
        self.lower = tuple(k.lower() for k in profile.lower_is_better)
        self.overrides = tuple(k.lower() for k in profile.higher_is_better_overrides)
        self.unbounded = tuple(k.lower() for k in profile.unbounded_percent_keywords)

    def is_percent(self, indicator: Indicator) -> bool:
        unit = indicator.unit.strip().lower()
        return unit in self.percent or "%" in unit or unit.startswith(("persen", "prosen")) or \
            (not unit and self.percent_name(indicator))

    @staticmethod
    def percent_name(indicator: Indicator) -> bool:
        """Named as a percentage ("Persentase ...", "Prosentase ...")."""
        return bool(_PERCENT_NAME.match(indicator.name))

    def is_level(self, indicator: Indicator) -> bool:
        """An index, score or rate: its end-of-period value is the last year's, never a sum."""
        unit, name = indicator.unit.strip().lower(), indicator.name.strip().lower()
        return self.is_percent(indicator) or unit.startswith(self.level) or name.startswith(self.level)

    def polarity(self, indicator: Indicator) -> str:
        if indicator.polarity:
            return indicator.polarity
        name = indicator.name.lower()
        if any(k in name for k in self.lower) and not any(k in name for k in self.overrides):
            return "turun"
        return "naik"

    def bounded_percent(self, indicator: Indicator) -> bool:
        name = indicator.name.lower()
        return self.is_percent(indicator) and not any(k in name for k in self.unbounded)


def parse_formula(formula: str) -> dict:
    """Split `(A / B) x 100%` into its parts: is it a ratio, is it x100, are A and B the same."""
    text = formula.strip()
    times_100 = bool(_TIMES_100.search(text))
    body = _TIMES_100_STRIP.sub(" ", text)
    parts = [p for p in _RATIO_SPLIT.split(body, maxsplit=1) if p.strip()]
    is_ratio = len(parts) == 2
    same = False
    if is_ratio:
        numerator, denominator = (_norm(p.strip(" ()[]")) for p in parts)
        same = bool(numerator) and numerator == denominator
    return {"formula_ratio": is_ratio, "formula_x100": times_100, "same_num_den": same}


class FactBuilder:
    """Builds the facts of one plan; `build()` returns them in a list."""

    def __init__(self, plan: PlanBase, profile: Profile):
        self.plan = plan
        self.profile = profile
        self.units = Units(profile)
        self.tol_money = profile.tolerance.money
        self.facts: list[dict] = []
        self._ids = count(1)
        self._blank_targets: set[int] = set()  # indicators covered by a table-level missing-target fact
        self._blank_indicators: set[int] = set()  # nodes covered by a table-level missing-indicator fact

    def add(self, type_: str, subject: str, location: Location, **fields) -> dict:
        fact = {"type": type_, "fact_id": f"{type_}-{next(self._ids)}", "subject": subject,
                "location": _loc(location), **fields}
        self.facts.append(fact)
        return fact

    def build(self) -> list[dict]:
        for table in self.plan.tables:
            self._table(table)
        for goal in self.plan.goals:
            # A goal row of a published program table has no unit column: its unit comes with its figures.
            needs_unit = not goal.table or self._unit_expected(goal.indicator)
            self._indicator(goal.indicator, goal.statement, goal.level, periods=None, doc_required=True,
                            has_akhir=goal.indicator.target_akhir is not None, needs_unit=needs_unit)
        for realisation in self.plan.realisations:
            self._realisation(realisation)
        self._consistency()
        self._program_budgets()
        self._quarterly_levels()
        self._stated_akhir()
        self._table_years()
        self._counts()
        self._chapters()
        self._risks()
        return self.facts

    # --- program tables ---------------------------------------------------------------------
    def _table(self, table: ProgramTable) -> None:
        seen_codes: dict[str, int] = {}
        for node in table.nodes():
            if node.code:
                seen_codes[node.code] = seen_codes.get(node.code, 0) + 1
        levels = {n.level for n in table.nodes() if n.code}
        code_keys = {_code_key(c) for c in seen_codes}
        self._blank_targets = self._blank_target_column(table)
        self._blank_indicators = self._blank_indicator_column(table)
        for node in table.nodes():
            self._rollups(table, node)
            self._pagu(table, node)
            self._code(node, seen_codes)
            self._parent_row(node, code_keys, levels)
            self._node_indicators(table, node)
        self._table_total(table)

    def _blank_target_column(self, table: ProgramTable) -> set[int]:
        """Indicators of a table whose target columns are empty on (nearly) every row: reported once,
        for the table, not once per row; their ids are returned so the rows are not reported again."""
        if table.quarterly or not table.periods:
            return set()
        inds = [(node, ind) for node in table.nodes() for ind in node.indicators
                if ind.name.strip() and any(p in ind.targets for p in table.periods)]
        blank = [(node, ind) for node, ind in inds if not any(v.present for v in ind.targets.values())]
        if len(blank) < 5 or len(blank) < 0.8 * len(inds):
            return set()
        node, ind = blank[0]
        self.add("required_value", table.name, ind.location, what="target_kolom", period=", ".join(table.periods),
                 level="tabel", name=table.name, present=False, raw="", blank=len(blank), rows=len(inds))
        return {id(i) for _, i in blank}

    def _blank_indicator_column(self, table: ProgramTable) -> set[int]:
        """A level (say every kegiatan) whose indicator cells are empty on (nearly) every row: one
        finding for the table and level, not one per row."""
        if not table.has("indikator"):
            return set()
        covered: set[int] = set()
        for level in ("program", "kegiatan", "sub_kegiatan"):
            nodes = [n for n in table.nodes() if n.level == level]
            blank = [n for n in nodes if not any(i.name.strip() for i in n.indicators)]
            if len(blank) >= 3 and len(blank) >= 0.8 * len(nodes):
                self.add("required_value", table.name, blank[0].location, what="indikator_kolom", period="",
                         level=LEVEL_NAMES[level], name=table.name, present=False, raw="", blank=len(blank),
                         rows=len(nodes))
                covered |= {id(n) for n in blank}
        return covered

    def _parent_row(self, node: ProgramNode, code_keys: set[tuple], levels: set[str]) -> None:
        """A kegiatan whose program (or a sub kegiatan whose kegiatan) has no row of its own in a
        table that does list that level: the parent's code, indicator, target and pagu are missing."""
        parent_level = {"kegiatan": "program", "sub_kegiatan": "kegiatan"}.get(node.level)
        if not node.code or parent_level not in levels or not CODE_PATTERNS[node.level].match(node.code):
            return
        parent_code = ".".join(node.code.split(".")[:3 if parent_level == "program" else 5])
        # A parent whose code is only written differently ("7.01.01.02.06" for 7.01.01.2.06) is there:
        # its code is the code rules' finding, not a missing row.
        present = _code_key(parent_code) in code_keys
        self.add("required_value", node.code, node.location, what="baris_induk", period="",
                 level=LEVEL_NAMES[node.level], name=node.name, present=present, raw=parent_code,
                 parent_level=LEVEL_NAMES[parent_level])

    def _subject(self, node: ProgramNode) -> str:
        return node.code or node.name[:60]

    def _rollups(self, table: ProgramTable, node: ProgramNode) -> None:
        if not node.children or node.level not in CHILD_RELATION:
            return
        for period in table.budget_periods:
            declared = node.budgets.get(period)
            amounts = [c.budgets[period].amount for c in node.children
                       if period in c.budgets and c.budgets[period].present]
            if declared is None or not declared.present or not amounts:
                continue
            computed = sum(amounts)
            diff = declared.amount - computed
            self.add("rollup", self._subject(node), declared.location, relation=CHILD_RELATION[node.level],
                     level=LEVEL_NAMES[node.level], name=node.name, period=period, children=len(amounts),
                     declared=declared.amount, computed=computed, difference=diff, abs_difference=abs(diff),
                     tolerance=self.tol_money, expected=computed, actual=declared.amount, table=table.name)

    def _table_total(self, table: ProgramTable) -> None:
        for period, total in table.totals.items():
            if not total.present:
                continue
            if period == "akhir":
                amounts = [r.pagu_akhir.amount for r in table.roots if r.pagu_akhir is not None and r.pagu_akhir.present]
            else:
                amounts = [a for r in table.roots if (a := _node_amount(r, period)) is not None]
            if not amounts:
                continue
            computed = sum(amounts)
            diff = total.amount - computed
            self.add("rollup", table.name, total.location, relation="total_program", level="tabel",
                     name=table.name, period=period, children=len(amounts), declared=total.amount,
                     computed=computed, difference=diff, abs_difference=abs(diff), tolerance=self.tol_money,
                     expected=computed, actual=total.amount, table=table.name)

    def _pagu(self, table: ProgramTable, node: ProgramNode) -> None:
        """Pagu Akhir = sum of the yearly pagu; and a pagu for every year the table has."""
        if table.has_akhir and node.pagu_akhir is not None and node.pagu_akhir.present:
            amounts = [node.budgets[p].amount for p in table.budget_periods
                       if p in node.budgets and node.budgets[p].present]
            if amounts:
                computed = sum(amounts)
                diff = node.pagu_akhir.amount - computed
                self.add("period_total", self._subject(node), node.pagu_akhir.location, what="pagu",
                         level=LEVEL_NAMES[node.level], name=node.name, declared=node.pagu_akhir.amount,
                         computed=computed, difference=diff, abs_difference=abs(diff), tolerance=self.tol_money,
                         mode="sum", expected=computed, actual=node.pagu_akhir.amount)
        if self.plan.doc_type == "rencana_aksi" or not table.has("pagu") or not table.budget_periods:
            return
        cells = [(period, node.budgets.get(period)) for period in table.budget_periods]
        if table.has_akhir and node.pagu_akhir is not None:
            cells.append(("akhir periode", node.pagu_akhir))  # a dash where the end-of-period pagu goes
        self._required(self._subject(node), "pagu", LEVEL_NAMES[node.level], node.name, node.location, cells)

    def _required(self, subject: str, what: str, level: str, name: str, where: Location,
                  cells: list[tuple[str, Value | None]]) -> None:
        """One fact per row and kind of value: the years left empty (or placeholders), listed
        together, pointing at the first of them. A row is one thing for a reviewer to fix."""
        empty = [(period, v) for period, v in cells if v is None or not v.present]
        first = next((v.location for _, v in empty if v is not None), where)
        self.add("required_value", subject, first if empty else where, what=what,
                 period=", ".join(period for period, _ in empty), level=level, name=name, present=not empty,
                 raw=" / ".join(v.raw if v is not None else "" for _, v in empty))

    def _code(self, node: ProgramNode, seen: dict[str, int]) -> None:
        if not node.code:
            return
        well_formed = bool(CODE_PATTERNS[node.level].match(node.code))
        parent_ok = all(c.code.startswith(node.code + ".") for c in node.children if c.code)
        self.add("code", node.code, node.location, level=LEVEL_NAMES[node.level], name=node.name,
                 well_formed=well_formed, duplicate=seen.get(node.code, 0) > 1, children_match=parent_ok)

    def _node_indicators(self, table: ProgramTable, node: ProgramNode) -> None:
        # Every indicator row of a node needs its name (a review table's two sides are two rows).
        named = [i for i in node.indicators if i.name.strip()]
        if table.has("indikator") and id(node) not in self._blank_indicators:
            self.add("required_value", self._subject(node), node.location, what="indicator", period="",
                     level=LEVEL_NAMES[node.level], name=node.name,
                     node=f"{node.code} ({node.name})" if node.code else node.name[:80],
                     present=bool(named) and len(named) == len(node.indicators), raw="")
        for indicator in node.indicators:
            if table.quarterly:
                self._quarterly(indicator, node)
            else:
                # An indicator read by column position holds exactly the periods of its own columns.
                periods = [p for p in table.periods if p in indicator.targets] if indicator.targets \
                    else table.periods
                needs_unit = table.has("satuan") and not (
                    table.unit_from_targets and not self._unit_expected(indicator))
                self._indicator(indicator, self._subject(node), LEVEL_NAMES[node.level], periods,
                                doc_required=True, has_akhir=table.has_akhir, needs_unit=needs_unit)

    def _unit_expected(self, indicator: Indicator) -> bool:
        """Where units are written with the targets ("12 Laporan"): a row with targets needs one,
        unless its name is its unit ("Indeks ...", "Nilai ...": an index is a bare number)."""
        name = indicator.name.strip().lower()
        return any(v.present for v in indicator.targets.values()) and not name.startswith(self.units.level)

    # --- indicators -------------------------------------------------------------------------
    def _indicator(self, ind: Indicator, subject: str, level: str, periods: list[str] | None,
                   doc_required: bool, has_akhir: bool = False, needs_unit: bool = True) -> None:
        units = self.units
        label = _label(subject, ind.name)
        if ind.name.strip():
            # A formula written into the name, "Persentase BMD (jumlah tersedia/jumlah kebutuhan)".
            named = _NAMED_FORMULA.search(ind.name)
            text = ind.formula.strip() or (named.group(1) if named else "")
            formula = parse_formula(text) if text else {
                "formula_ratio": False, "formula_x100": False, "same_num_den": False}
            target_units = sorted({_unit_key(v.suffix) for v in ind.targets.values() if v.present} - {""})
            count_units = [u for u in target_units if u != "%" and u not in self.units.percent]
            self.add("indicator", label, ind.location, level=level, name=ind.name, unit=ind.unit,
                     formula=text, is_percent=units.is_percent(ind), has_formula=bool(text),
                     units_mixed=len(target_units) > 1, target_units=" / ".join(target_units),
                     percent_counted=units.percent_name(ind) and bool(count_units),
                     count_units=" / ".join(count_units),
                     name_is_count=_norm(ind.name).startswith(("jumlah", "banyaknya", "total")), **formula)
            if needs_unit:
                self.add("required_value", label, ind.location, what="unit", period="", level=level,
                         name=ind.name, present=bool(ind.unit.strip()), raw="")
        self._percent_values(ind, label)
        periods = periods if periods is not None else list(ind.targets)
        if doc_required and ind.name.strip() and periods and id(ind) not in self._blank_targets:
            cells = [(period, ind.targets.get(period)) for period in periods]
            if has_akhir and ind.target_akhir is not None:
                cells.append(("akhir periode", ind.target_akhir))  # the column is there, its cell empty
            self._required(label, "target", level, ind.name, ind.location, cells)
        self._trend(ind, label, periods)
        if has_akhir and ind.target_akhir is not None and ind.target_akhir.present:
            self._target_akhir(ind, label, periods)

    def _percent_values(self, ind: Indicator, label: str) -> None:
        values = list(ind.targets.items())
        if ind.target_akhir is not None:
            values.append(("akhir", ind.target_akhir))
        if ind.annual is not None:
            values.append(("tahunan", ind.annual))
        bounded = self.units.bounded_percent(ind)
        for period, value in values:
            if not value.present:
                continue
            if bounded or (value.suffix.strip() == "%" and not ind.unit.strip()):
                self.add("percent_value", label, value.location, name=ind.name, period=period,
                         value=_num(value.value), actual=_num(value.value), raw=value.raw)

    def _trend(self, ind: Indicator, label: str, periods: list[str]) -> None:
        series = [(p, ind.targets[p]) for p in periods if p in ind.targets and ind.targets[p].present]
        if len(series) < 2 or len({_unit_key(v.suffix) for _, v in series} - {""}) > 1:
            return  # targets in different units (IND-008) have no direction
        if not (self.units.is_level(ind) or all(_unit_key(v.suffix) == "%" for _, v in series)):
            return  # a count (documents, reports, people) may fall for good reasons: only levels have a direction
        polarity = self.units.polarity(ind)
        tol = self.profile.tolerance.number
        wrong = []
        for (p0, v0), (p1, v1) in zip(series, series[1:]):
            if (polarity == "naik" and v1.value < v0.value - tol) or (polarity == "turun" and v1.value > v0.value + tol):
                wrong.append((p0, v0, p1, v1))
        first = wrong[0] if wrong else (series[0][0], series[0][1], series[1][0], series[1][1])
        p0, v0, p1, v1 = first
        self.add("target_series", label, v1.location, name=ind.name, polarity=polarity,
                 steps=len(series) - 1, wrong_steps=len(wrong), period_from=p0, period_to=p1,
                 value_from=_num(v0.value), value_to=_num(v1.value),
                 expected=_num(v0.value), actual=_num(v1.value), difference=_num(v1.value - v0.value))

    def _target_akhir(self, ind: Indicator, label: str, periods: list[str]) -> None:
        series = [ind.targets[p].value for p in periods if p in ind.targets and ind.targets[p].present]
        if not series or not periods or periods[-1] not in ind.targets or not ind.targets[periods[-1]].present:
            return
        last, total, declared = series[-1], sum(series), ind.target_akhir.value
        if self.units.is_level(ind):
            mode, expected, diff = "last", last, declared - last
            abs_diff = abs(diff)
        else:
            # A count may be a running total (its end value is the sum) or a stock (the last year).
            mode, expected, diff = "sum_or_last", total, declared - total
            abs_diff = min(abs(declared - total), abs(declared - last))
        self.add("period_total", label, ind.target_akhir.location, what="target", level="indikator",
                 name=ind.name, declared=_num(declared), computed=_num(expected), difference=_num(diff),
                 abs_difference=_num(abs_diff), tolerance=self.profile.tolerance.number, mode=mode,
                 last=_num(last), total=_num(total), expected=_num(expected), actual=_num(declared))

    def _quarterly(self, ind: Indicator, node: ProgramNode) -> None:
        """Rencana Aksi: quarterly targets, cumulative or not, leading to the annual target."""
        subject = self._subject(node)
        label = _label(subject, ind.name)
        self._indicator(ind, subject, LEVEL_NAMES[node.level], periods=[], doc_required=False)
        quarters = [(q, ind.targets.get(q)) for q in QUARTERS]
        present = [(q, v) for q, v in quarters if v is not None and v.present]
        cumulative = ind.cumulative if ind.cumulative is not None else self.units.is_level(ind)
        location = ind.location
        if cumulative:
            tw4 = ind.targets.get("TW IV")
            self.add("required_value", label, tw4.location if tw4 else location, what="target", period="TW IV",
                     level=LEVEL_NAMES[node.level], name=ind.name, present=tw4 is not None and tw4.present,
                     raw=tw4.raw if tw4 else "")
        else:
            self.add("required_value", label, location, what="target", period="TW I-IV",
                     level=LEVEL_NAMES[node.level], name=ind.name, present=bool(present), raw="")
        if len(present) >= 2 and cumulative:
            falls = [(q0, v0, q1, v1) for (q0, v0), (q1, v1) in zip(present, present[1:])
                     if v1.value < v0.value - self.profile.tolerance.number]
            q0, v0, q1, v1 = falls[0] if falls else (present[0][0], present[0][1], present[1][0], present[1][1])
            self.add("quarterly", label, v1.location, check="cumulative", name=ind.name, cumulative=True,
                     falls=len(falls), period_from=q0, period_to=q1, value_from=_num(v0.value),
                     value_to=_num(v1.value), abs_difference=0, tolerance=0,
                     expected=_num(v0.value), actual=_num(v1.value))
        annual = ind.annual
        if annual is not None and annual.present and present:
            tw4 = ind.targets.get("TW IV")
            total = sum(v.value for _, v in present)
            if cumulative:
                if tw4 is None or not tw4.present:
                    return  # the missing TW IV is TGT-005's finding; there is nothing to compare
                reference = tw4.value
                abs_diff = abs(annual.value - reference)
            else:
                reference = total
                candidates = [abs(annual.value - total)]
                if tw4 is not None and tw4.present:
                    candidates.append(abs(annual.value - tw4.value))
                abs_diff = min(candidates)
            at = tw4.location if tw4 is not None and tw4.present else annual.location
            self.add("quarterly", label, at, check="annual", name=ind.name, cumulative=cumulative, falls=0,
                     period_from="TW IV", period_to="tahunan", value_from=_num(reference),
                     value_to=_num(annual.value), abs_difference=_num(abs_diff),
                     tolerance=self.profile.tolerance.number, expected=_num(annual.value), actual=_num(reference),
                     difference=_num(reference - annual.value))

    # --- realisation tables -----------------------------------------------------------------
    def _realisation(self, table: RealisationTable) -> None:
        rows = [r for top in table.rows for r in (top, *top.children)]
        everything = rows + ([table.total] if table.total else [])
        width = max((len(r.cells) for r in everything), default=0)
        blank_columns = set()
        for k in range(width):
            cells = [r.cells[k] for r in everything if k < len(r.cells)]
            if len(cells) >= 3 and not any(c.base.present or c.actual.present or c.declared.present for c in cells):
                blank_columns.add(k)
                at = (table.total or rows[-1]).location
                self.add("required_value", f"{table.name} {cells[0].period}".strip(), at, what="kolom_realisasi",
                         period=cells[0].period, level="tabel", name=table.name, present=False,
                         raw=cells[0].base.raw, rows=len(cells))
        for row in rows:
            if row.short:
                self.add("required_value", row.name[:80], row.location, what="nilai_baris", period="",
                         level=row.level, name=row.name, present=False, raw=str(row.short))
            for k, cell in enumerate(row.cells):
                if k not in blank_columns:
                    self._ratio(table, row, cell, k)
                    self._realised_rollup(table, row, cell, k)
        if table.total is not None:
            for k, cell in enumerate(table.total.cells):
                if k not in blank_columns:
                    self._ratio(table, table.total, cell, k)
                    self._realised_total(table, cell, k)
        if table.has_ratio and table.kind == "kinerja":
            # Achievement is realisation / target (for a higher-is-better indicator); a header that
            # says "target dibagi realisasi" states the formula the wrong way round.
            self.add("ratio", table.name, table.location, check="formula_header", name=table.name, period="",
                     inverse=table.inverse, abs_difference=0, tolerance=0)

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
                     declared_text=value.raw.strip() or "kosong", declared_en=value.raw.strip() or "blank",
                     what_en={"anggaran": "budget", "realisasi": "realisation"}[what], difference=_num(diff),
                     abs_difference=_num(abs(diff)), tolerance=self.tol_money, expected=_num(computed),
                     actual=_num(declared) if value.present else None, table=table.name)

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
                         period=cell.period, level=row.level, name=row.name, present=False,
                         raw=cell.declared.raw if not derived else "program kosong, kegiatannya berisi angka",
                         computed=_num(round(actual / base * 100, 2)))
            return
        if declared > 1000:  # a Rupiah amount typed into the percentage column
            self.add("percent_value", f"{subject} (capaian)", where, name=row.name, period=cell.period,
                     value=_num(declared), actual=_num(declared), raw=cell.declared.raw)
            return
        if base is None or actual is None:
            missing = [w for w, v in (("target/anggaran", base), ("realisasi", actual)) if v is None]
            self.add("required_value", subject, row.location, what="dasar_capaian", period=cell.period,
                     level=row.level, name=row.name, present=False, raw=" dan ".join(missing))
            return
        if base == 0:
            return  # no ratio of nothing; 0 ÷ 0 is printed any which way
        computed = actual / base * 100
        abs_diff = abs(declared - computed)
        if table.inverse and actual:
            abs_diff = min(abs_diff, abs(declared - base / actual * 100))
        decimals = len(m.group(1)) if (m := _DECIMALS.search(cell.declared.raw)) else 0
        tolerance = 0.5 * 10 ** -decimals + 1e-9
        self.add("ratio", subject, where, check="cell", name=row.name, level=row.level, period=cell.period,
                 base=_num(base), realisation=_num(actual), declared=_num(declared), computed=round(computed, 2),
                 abs_difference=round(abs_diff, 4), tolerance=tolerance, derived=", ".join(derived) or "-",
                 expected=round(computed, 2), actual=_num(declared), difference=round(declared - computed, 2),
                 table=table.name)

    def _realised_percents(self, table: RealisationTable, row: RealisationRow, cell: RatioCell) -> None:
        """A target or realisation written as a percentage of a share ("Cakupan desa ... 215%")."""
        if table.kind != "kinerja":
            return
        for what, value in (("target", cell.base), ("realisasi", cell.actual)):
            if value.present and value.suffix.strip() == "%" and \
                    self.units.bounded_percent(Indicator(name=row.name, unit="%")):
                self.add("percent_value", f"{row.name[:80]} ({what})", value.location, name=row.name,
                         period=cell.period, value=_num(value.value), actual=_num(value.value), raw=value.raw)

    def _evaluation_values(self, row: RealisationRow, cell: RatioCell) -> None:
        """A table of targets and realisations without a ratio column: an empty or "NA" target or
        realisation in a row that has figures elsewhere."""
        missing = [w for w, v in (("target", cell.base), ("realisasi", cell.actual)) if not v.present]
        has_figures = any(c.base.present or c.actual.present for c in row.cells)
        self.add("required_value", row.name[:80], row.location, what="nilai_evaluasi", period=cell.period,
                 level=row.level, name=row.name, present=not (missing and has_figures),
                 raw=" / ".join(f"{w} '{(cell.base if w == 'target' else cell.actual).raw}'" for w in missing))

    # --- consistency ------------------------------------------------------------------------
    def _stated_figures(self):
        """Every (indicator name, year, role, value) the plan states, from all its tables."""
        # An object named with "Jumlah" as its unit ("Desa Berkembang", satuan Jumlah) is the count of it.
        yield from ((f"Jumlah {f.name}" if _counted(f.name, f.unit) else f.name, f.period, f.role, f.value, f.table, "")
                    for f in self.plan.figures if f.role != "akhir")
        for table in self.plan.realisations:
            if table.kind != "kinerja":
                continue
            for row in table.rows:
                for cell in row.cells:
                    for role, value in (("target", cell.base), ("actual", cell.actual)):
                        if value.present and cell.period:
                            yield row.name, cell.period, role, value, table.name, ""
        plan_year = str(self.plan.meta.year or "")
        for table in self.plan.tables:
            if table.quarterly:
                continue
            for node in table.nodes():
                for ind in node.indicators:
                    for period, value in ind.targets.items():
                        if not re.fullmatch(r"20\d\d", period) and self.plan.doc_type == "renja":
                            # A Renja's review or proposal table (sides "Rancangan Awal" and "Hasil
                            # Analisis", a "Volume" column) speaks of the plan's year; a forward
                            # estimate or an end-of-period figure does not.
                            period = "" if _NOT_PLAN_YEAR.search(period) else plan_year
                        # A count ("Jumlah ...") given in percent is the unit rules' finding;
                        # it is not also held against the counts elsewhere.
                        miscounted = _unit_key(value.suffix) == "%" and _norm(ind.name).startswith("jumlah")
                        if value.present and ind.name.strip() and period and not miscounted:
                            yield ind.name, period, "target", value, table.name, node.code
        for goal in self.plan.goals:
            for period, value in goal.indicator.targets.items():
                if value.present:
                    yield goal.indicator.name, period, "target", value, goal.table or "Tujuan Sasaran", ""

    def _table_years(self) -> None:
        """A table of yearly figures that skips a year inside its span (2018, 2020, 2021: no 2019)."""
        for span in self.plan.table_years:
            if len(span.years) < 2:
                continue
            missing = [y for y in range(span.years[0], span.years[-1] + 1) if y not in span.years]
            self.add("required_value", span.table, span.location, what="tahun_tabel", period="", level="tabel",
                     name=span.table, present=not missing, raw=", ".join(map(str, missing)),
                     years=", ".join(map(str, span.years)))

    def _counts(self) -> None:
        """A cell of a column of counts that holds only the unit ("Unit" among "8 unit", "2 unit")."""
        for cell in self.plan.counts:
            self.add("required_value", cell.table, cell.value.location, what="jumlah", period="", level="tabel",
                     name=cell.table, present=cell.value.present, raw=cell.raw, unit=cell.unit)

    def _quarterly_levels(self) -> None:
        """A Rencana Aksi indicator used at program level and again at kegiatan or sub kegiatan
        level must mean the same measure: its quarterly targets may not differ."""
        order = {"program": 0, "kegiatan": 1, "sub_kegiatan": 2}
        uses: dict[str, list] = {}
        for table in self.plan.tables:
            if not table.quarterly:
                continue
            for node in table.nodes():
                for ind in node.indicators:
                    key = _indicator_key(ind.name)
                    if key and any(v.present for v in ind.targets.values()):
                        uses.setdefault(key, []).append((node, ind))
        for items in uses.values():
            top = min(order[node.level] for node, _ in items)
            upper = [(n, i) for n, i in items if order[n.level] == top]
            if len(upper) == len(items):
                continue
            ref_node, ref = upper[0]
            ref_series = [ref.targets.get(q) for q in QUARTERS]
            for node, ind in items:
                if order[node.level] == top:
                    continue
                series = [ind.targets.get(q) for q in QUARTERS]
                differs = [q for q, a, b in zip(QUARTERS, series, ref_series)
                           if (a.value if a is not None else None) != (b.value if b is not None else None)]
                show = lambda s: " / ".join(v.raw if v is not None and v.raw else "-" for v in s)  # noqa: E731
                self.add("consistency", _label(self._subject(node), ind.name), ind.location, check="quarterly_levels",
                         name=ind.name, level=LEVEL_NAMES[node.level], upper_level=LEVEL_NAMES[ref_node.level],
                         differs=bool(differs), here=show(series), there=show(ref_series),
                         there_line=_place(ref.location),
                         tw4_missing=(series[3] is None or not series[3].present)
                         and ref_series[3] is not None and ref_series[3].present,
                         there_tw4=ref_series[3].raw if ref_series[3] is not None else "")

    def _stated_akhir(self) -> None:
        """An indicator table's "kondisi akhir" against the targets of the same row."""
        rows: dict[tuple, list] = {}
        for f in self.plan.figures:
            rows.setdefault((f.table, f.value.location.line, f.name), []).append(f)
        for (_, _, name), figures in rows.items():
            akhir = next((f for f in figures if f.role == "akhir"), None)
            targets = {f.period: f.value for f in figures if f.role == "target"}
            if akhir is None or len(targets) < 2:
                continue
            periods = sorted(targets)
            ind = Indicator(name=name, unit=akhir.unit, targets=targets, target_akhir=akhir.value,
                            location=akhir.value.location)
            self._target_akhir(ind, name[:80], periods)

    def _consistency(self) -> None:
        """The same indicator, year and role printed with different values in two places: one fact
        per place and indicator, listing the years where another place says otherwise."""
        groups: dict[tuple, list] = {}
        for name, period, role, value, table, code in self._stated_figures():
            key = (_indicator_key(name), period, role)
            if key[0]:
                groups.setdefault(key, []).append((name, value, table, code))
        places: dict[tuple, dict] = {}
        for (ikey, period, role), members in groups.items():
            # Two statements are about the same thing when they are in different tables, or in one
            # table on the same node (a review table's two sides); different nodes of one table
            # may share an indicator's name and rightly differ. Indexed by value, so a name shared
            # by thousands of rows costs a pass, not a pass per pair.
            tables = {t for _, _, t, _ in members}
            node_count = Counter((t, c) for _, _, t, c in members if c)
            by_value: dict[float, dict[str, tuple]] = {}
            by_node: dict[tuple, dict[float, tuple]] = {}
            for member in members:
                _, value, table, code = member
                v = round(value.value, 4)
                by_value.setdefault(v, {}).setdefault(table, member)
                if code:
                    by_node.setdefault((table, code), {}).setdefault(v, member)
            for name, value, table, code in members:
                v = round(value.value, 4)
                same_node = by_node.get((table, code), {}) if code else {}
                if len(tables) < 2 and node_count[(table, code)] < 2:
                    continue  # nothing else speaks of this indicator
                others = [m for v2, m in same_node.items() if v2 != v][:2]
                if len(tables) > 1:
                    for v2, per_table in by_value.items():
                        if len(others) >= 2:
                            break
                        if v2 != v:
                            other = next((m for t, m in per_table.items() if t != table), None)
                            if other is not None and other not in others:
                                others.append(other)
                here = (ikey, role, value.location.line, value.location.sheet, value.location.row)
                place = places.setdefault(here, {"name": name, "value": value, "table": table, "role": role,
                                                 "years": [], "checked": 0})
                place["checked"] += 1
                if others:
                    theirs = "; ".join(f"{format_number(m[1].value)} di {m[2]} ({_place(m[1].location)})"
                                       for m in others)
                    place["years"].append(f"{period}: {format_number(value.value)}, bukan {theirs}")
                    theirs_en = "; ".join(f"{format_number(m[1].value, 'en')} in {m[2]} "
                                          f"({_place(m[1].location, 'en')})" for m in others)
                    place.setdefault("years_en", []).append(
                        f"{period}: {format_number(value.value, 'en')}, not {theirs_en}")
        for place in places.values():
            value = place["value"]
            self.add("consistency", place["name"][:80], value.location, check="tables", name=place["name"],
                     table=place["table"],
                     role="target" if place["role"] == "target" else "realisasi",
                     role_en="target" if place["role"] == "target" else "actual value", years_checked=place["checked"],
                     differs=bool(place["years"]), details="; ".join(place["years"]) or "-",
                     details_en="; ".join(place.get("years_en", [])) or "-")

    def _program_budgets(self) -> None:
        """One program's pagu for one year printed in two tables (a Renstra's yearly table and its
        five-year T-C.27) must be one figure. Programs are matched by name, which a code-less
        table also has; one fact per program row, listing the years another table contradicts."""
        places: dict[tuple, list] = {}
        for table in self.plan.tables:
            for root in table.roots:
                key = _program_key(root.name) if root.level == "program" else ""
                for period, money in root.budgets.items():
                    if key and money.present and _YEAR_LABEL.fullmatch(period):
                        places.setdefault((key, period), []).append((table.name, root, money))
        rows: dict[int, dict] = {}
        for (_, period), items in sorted(places.items()):
            if len({t for t, _, _ in items}) < 2:
                continue
            for table, node, money in items:
                row = rows.setdefault(id(node), {"node": node, "table": table, "years": [], "years_en": []})
                other = next(((t, m) for t, _, m in items if t != table and m.amount != money.amount), None)
                if other is not None:
                    t, m = other
                    row["years"].append(f"{period}: {format_rupiah(money.amount)}, bukan {format_rupiah(m.amount)} "
                                        f"di {t} ({_place(m.location)})")
                    row["years_en"].append(f"{period}: Rp{format_number(money.amount, 'en')}, not "
                                           f"Rp{format_number(m.amount, 'en')} in {t} ({_place(m.location, 'en')})")
        for row in rows.values():
            node = row["node"]
            self.add("consistency", self._subject(node), node.location, check="pagu", name=node.name,
                     program=f"{node.code} {node.name}" if node.code else node.name,
                     table=row["table"], differs=bool(row["years"]), details="; ".join(row["years"]) or "-",
                     details_en="; ".join(row["years_en"]) or "-")

    # --- chapters and risks -----------------------------------------------------------------
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
            in_order = True
            if positions:
                first = positions[0]
                in_order = all(s < i for s in order[:first]) and all(s > i for s in order[first + 1:] if s != i)
            # A missing chapter points at the chapter list itself (the `Bab` sheet, or no line).
            nowhere = Location(sheet=chapters[0].location.sheet) if chapters else Location()
            where = next((chapters[k].location for k, s in enumerate(slot_of) if s == i), nowhere)
            if count_ > 1:
                dup = [chapters[k] for k, s in enumerate(slot_of) if s == i][1]
                where = dup.location
            self.add("chapter_slot", f"BAB {_roman(slot.bab)} {slot.title}", where, bab=slot.bab,
                     title=slot.title, count=count_, in_order=in_order)

    def _risks(self) -> None:
        risk = self.profile.risk
        lo, hi = risk.scale.min, risk.scale.max
        for entry in self.plan.risks:
            subject = entry.code or entry.number or entry.description[:40]
            impact, likelihood = entry.impact, entry.likelihood
            if not (impact.present and likelihood.present):
                if entry.score.present or entry.level:
                    missing = impact if not impact.present else likelihood
                    self.add("required_value", subject, missing.location if missing.location.row or missing.location.line
                             else entry.location, what="skala_risiko", period="", level="risiko",
                             name=entry.description, present=False, raw=missing.raw)
                continue
            i, l_ = impact.value, likelihood.value
            scale_ok = all(float(v).is_integer() and lo <= v <= hi for v in (i, l_))
            if risk.method == "matrix" and scale_ok:
                expected = risk.matrix[int(l_) - lo][int(i) - lo]
            else:
                expected = i * l_
            has_score = entry.score.present
            score = entry.score.value if has_score else 0
            diff = score - expected if has_score else 0
            band_of = score if has_score else expected
            band = next((b for b in risk.bands if b.min <= band_of <= b.max), None)
            level_text = _norm(entry.level)
            level_ok = band is not None and level_text in {_norm(b) for b in [band.label, *band.aliases]}
            self.add("risk", subject, entry.score.location if has_score else entry.location,
                     description=entry.description, impact=_num(i), likelihood=_num(l_), scale_ok=scale_ok,
                     scale_min=lo, scale_max=hi, has_score=has_score, score=_num(score),
                     expected_score=_num(expected), abs_difference=_num(abs(diff)), method=risk.method,
                     expected=_num(expected), actual=_num(score) if has_score else None, difference=_num(diff))
            if entry.level.strip():
                self.add("risk_level", subject, entry.level_location, description=entry.description,
                         score=_num(band_of), level=entry.level, level_ok=level_ok,
                         expected_level=band.label if band else "-", expected=band.label if band else None,
                         actual=entry.level)


_YEAR_LABEL = re.compile(r"20\d\d")
_NOT_PLAN_YEAR = re.compile(r"maju|prakiraan|n\s*\+\s*1|akhir|(kondisi|capaian|tahun)\s+awal|realisasi", re.IGNORECASE)


def _node_amount(node: ProgramNode, period: str) -> int | None:
    """A node's pagu for a period; a node printed without one counts as its children's sum."""
    money = node.budgets.get(period)
    if money is not None and money.present:
        return money.amount
    parts = [a for c in node.children if (a := _node_amount(c, period)) is not None]
    return sum(parts) if parts else None


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
    KABUPATEN/KOTA" and "Program Penunjang Urusan Pemerintahan Daerah" are one program."""
    text = re.sub(r"^\W*(\d+[.)]\s*)?program\b", "", name.lower())
    text = re.sub(r"\b(kabupaten|kota|provinsi)\b|\(generik\)", " ", text)
    return _WORDS.sub(" ", text).strip()


def _indicator_key(name: str) -> str:
    """An indicator name comparable across tables: case, numbering, punctuation and the spellings
    of "persentase" do not matter."""
    text = re.sub(r"^\s*\d+[.)]\s*", "", name.lower())
    text = re.sub(r"\b(prosentase|presentase|persentasi)\b", "persentase", text)
    return _WORDS.sub(" ", text).strip()


def _place(location: Location, lang: str = "id") -> str:
    if location.line is not None:
        return f"{'baris' if lang == 'id' else 'line'} {location.line}"
    return f"{location.sheet}!{location.cell or location.row}"


def _unit_key(suffix: str) -> str:
    """A target's unit, comparable: `12 Dok` and `12 dokumen` differ, `%` and `persen` do not."""
    text = re.sub(r"\s+", " ", suffix.strip().lower())
    return "%" if text in ("%", "persen", "prosen") else text


def _child_sum(row: RealisationRow, k: int, which: str) -> float | None:
    values = [getattr(c.cells[k], which).value for c in row.children if k < len(c.cells)]
    values = [v for v in values if v is not None]
    return sum(values) if values else None


def _roman(n: int) -> str:
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letter in numerals:
        while n >= value:
            out, n = out + letter, n - value
    return out


def build_facts(plan: PlanBase, profile: Profile) -> list[dict]:
    """All facts of one plan."""
    return FactBuilder(plan, profile).build()
