"""Facts of program tables: rollups, pagu, codes, indicators and their targets (yearly or quarterly)."""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from ..models import QUARTERS, Indicator, ProgramNode, ProgramTable, ReaderNote
from ..readers.programs import source_columns
from .common import (FactsBase, CHILD_RELATION, CODE_PATTERNS, LEVEL_NAMES, _NAMED_FORMULA, _code_key, _label,
                     _loc, _node_amount, _num, _unit_key, parse_formula, unreadable, words_of)


# An indicator that measures a change (an increase, a rate of growth), not a level.
_CHANGE_NAME = re.compile(r"^\W*(\d+[.)]\s*)?(peningkatan|laju|pertumbuhan|kenaikan|penurunan|perubahan)\b",
                          re.IGNORECASE)

_PARENT_LEVEL = {"kegiatan": "program", "sub_kegiatan": "kegiatan"}


def _missing(parent_code: str | None, code_keys: set[tuple]) -> bool:
    """Whether the parent a row's code names has no row. A parent whose code is only written
    differently ("7.01.01.02.06" for 7.01.01.2.06) is there: its code is the code rules' finding."""
    return parent_code is not None and _code_key(parent_code) not in code_keys


class ProgramFacts(FactsBase):
    """Program / kegiatan / sub kegiatan tables and the indicators on their rows."""

    def _table(self, table: ProgramTable) -> None:
        seen_codes: dict[str, int] = {}
        for node in table.nodes():
            if node.code:
                seen_codes[node.code] = seen_codes.get(node.code, 0) + 1
        levels = {n.level for n in table.nodes() if n.code}
        # Levels whose rows are coded, three of four at least (four rows or more): a row of one
        # without its code lacks it, where a table that codes few rows may just not code them.
        by_level = Counter(n.level for n in table.nodes())
        coded_by_level = Counter(n.level for n in table.nodes() if n.code)
        coded_levels = {lv for lv, n in coded_by_level.items() if n >= 4 and 4 * n >= 3 * by_level[lv]}
        code_keys = {_code_key(c) for c in seen_codes}
        # A kegiatan whose code names another program, one without a row (KOD-003 reports it):
        # it hangs under the program above only by position, so it is not summed into that
        # program nor reported as its mis-coded kegiatan. (A sub kegiatan with a foreign code is
        # more likely mis-coded: it stays its kegiatan's child.)
        self._strays = {id(k) for p in table.roots if p.code for k in p.children if k.level == "kegiatan"
                        and _missing(named := self._parent_code(k, levels), code_keys)
                        and _code_key(named) != _code_key(p.code)}
        self._parents = {id(c): n for n in table.nodes() for c in n.children if id(c) not in self._strays}
        self._lost_under = self._lost_rows_under(table)
        self._given: dict[tuple, Decimal | None] = {}
        self._summed_empty: set[tuple[int, str]] = set()  # (node, year): an empty pagu held to its children's sum
        self._named: dict[int, set[tuple]] = {}
        self._blank_targets = self._blank_target_column(table)
        self._blank_indicators = self._blank_indicator_column(table)
        self._unbudgeted = self._unbudgeted_level(table)
        self._blank_budgets = self._blank_budget_columns(table)
        sources = source_columns(table.budget_periods)
        self._source_parts = {p for parts in sources.values() for p in parts}
        for node in table.nodes():
            self._rollups(table, node)
            self._source_total(table, node, sources)
            self._budgets(table, node)
            self._pagu(table, node)
            self._code(node, seen_codes, coded_levels)
            self._parent_row(node, code_keys, levels)
            self._node_indicators(table, node)
            if table.quarterly and node.annual_budget is not None:
                self._quarter_budgets(node)
        self._table_total(table)

    def _source_total(self, table: ProgramTable, node: ProgramNode, sources: dict[str, list[str]]) -> None:
        """A row's pagu by source of funds against their total beside them ("Pagu Indikatif" over
        "DAU | DBH | Jumlah", ANG-007): a source left blank gives nothing."""
        for total, parts in sources.items():
            declared = node.budgets.get(total)
            cells = [node.budgets.get(p) for p in parts]
            if declared is None or not declared.present or any(map(unreadable, cells)) \
                    or not any(c is not None and c.present for c in cells):
                continue
            computed = sum(c.amount for c in cells if c is not None and c.present)
            diff = declared.amount - computed
            self.add("rollup", self._subject(node), declared.location, relation="sumber_dana",
                     level=LEVEL_NAMES[node.level], name=node.name, period=total, children=len(parts),
                     sources=[p.rsplit(" / ", 1)[-1] for p in parts], declared=declared.amount, computed=computed,
                     difference=diff, abs_difference=abs(diff), tolerance=self._money_tolerance(declared, *cells),
                     expected=computed, actual=declared.amount, table=table.name)

    @staticmethod
    def _unbudgeted_level(table: ProgramTable) -> str | None:
        """A level the table budgets in none of its rows (two or more) while the level above and
        the level below carry amounts: a table that prints pagu at program and sub kegiatan only.
        Its rows are no empty pagu each, and a program is held to the sum of the rows below them."""
        has = {}
        for node in table.nodes():
            funded = any(m.present or unreadable(m) for m in node.budgets.values())
            rows, funded_rows = has.get(node.level, (0, 0))
            has[node.level] = (rows + 1, funded_rows + funded)
        rows, funded = has.get("kegiatan", (0, 0))
        above, below = has.get("program", (0, 0))[1], has.get("sub_kegiatan", (0, 0))[1]
        return "kegiatan" if rows >= 2 and not funded and above and below else None

    def _quarter_budgets(self, node: ProgramNode) -> None:
        """A Rencana Aksi row's financial targets per quarter against its budget for the year
        (ANG-006): each quarter's own (they add up to it) or running (the fourth is it, none
        falls); the reading that fits is the one it is held to."""
        annual = node.annual_budget
        quarters = [node.quarter_budgets.get(q) for q in QUARTERS]
        # An amount that could not be read leaves the row unchecked, and says so.
        for money in (annual, *quarters):
            if unreadable(money):
                self.notes.append(ReaderNote.of("money_unreadable", money.location, raw=money.raw, error=money.error))
        if not annual.present or not all(q is not None and q.present for q in quarters):
            return
        amounts = [q.amount for q in quarters]
        own, last = sum(amounts), amounts[-1]
        running = all(a <= b for a, b in zip(amounts, amounts[1:]))
        gap = min([abs(annual.amount - own)] + ([abs(annual.amount - last)] if running else []))
        self.add("rollup", self._subject(node), annual.location, relation="anggaran_triwulan",
                 level=LEVEL_NAMES[node.level], name=node.name, period="", children=4, declared=annual.amount,
                 computed=own, running_last=last, difference=annual.amount - own, abs_difference=gap,
                 tolerance=self._money_tolerance(annual, *quarters), expected=own, actual=annual.amount)

    def _blank_target_column(self, table: ProgramTable) -> set[int]:
        """Indicators of a table whose target columns are empty on (nearly) every row: reported once,
        for the table, not once per row; their ids are returned so the rows are not reported again."""
        if table.quarterly or not table.periods:
            return set()
        inds = [(node, ind) for node in table.nodes() for ind in node.indicators
                if ind.name.strip() and any(p in ind.targets for p in table.periods)]
        blank = [(node, ind) for node, ind in inds if not any(v.present for v in ind.targets.values())]
        if not inds:
            return set()
        at = blank[0][1].location if blank else table.location
        self.add("required_value", table.name, at, what="target_kolom", period=", ".join(table.periods),
                 level="tabel", name=table.name, missing=len(blank), raw="", blank=len(blank), rows=len(inds))
        # Rows the table-wide finding (TGT-008: at least 5 and 80 %) stands for are not reported again.
        if len(blank) < 5 or len(blank) < 0.8 * len(inds):
            return set()
        return {id(i) for _, i in blank}

    def _blank_budget_columns(self, table: ProgramTable) -> set[str]:
        """Budget columns empty on (nearly) every row ("Prakiraan Maju 2028" left for later): one
        finding for the table and column (ANG-008), not one per row; the columns it stands for."""
        if self.plan.doc_type == "rencana_aksi" or not table.has("pagu"):
            return set()
        covered = set()
        for period in table.budget_periods:
            rows = [n for n in table.nodes() if period in n.budgets and n.level != self._unbudgeted]
            blank = [n for n in rows if not n.budgets[period].present and not unreadable(n.budgets[period])]
            if not rows:
                continue
            at = table.location
            if blank:  # the first empty cell, or its row where the cell has no place of its own
                cell = blank[0].budgets[period].location
                at = cell if cell.line or cell.row else blank[0].location
            self.add("required_value", table.name, at, what="pagu_kolom", period=period, level="tabel",
                     name=table.name, missing=len(blank), raw="",
                     blank=len(blank), rows=len(rows))
            # Rows the table-wide finding (ANG-008: at least 3 and 80 %) stands for are not reported again.
            if len(blank) >= 3 and len(blank) >= 0.8 * len(rows):
                covered.add(period)
        return covered

    def _blank_indicator_column(self, table: ProgramTable) -> set[int]:
        """A level (say every kegiatan) whose indicator cells are empty on (nearly) every row: one
        finding for the table and level, not one per row."""
        if not table.has("indikator"):
            return set()
        covered: set[int] = set()
        for level in ("program", "kegiatan", "sub_kegiatan"):
            nodes = [n for n in table.nodes() if n.level == level]
            blank = [n for n in nodes if not any(i.name.strip() for i in n.indicators)]
            if not nodes:
                continue
            self.add("required_value", table.name, (blank or nodes)[0].location, what="indikator_kolom", period="",
                     level=LEVEL_NAMES[level], name=table.name, missing=len(blank), raw="", blank=len(blank),
                     rows=len(nodes))
            # Rows the table-wide finding (IND-011: at least 3 and 80 %) stands for are not reported again.
            if len(blank) >= 3 and len(blank) >= 0.8 * len(nodes):
                covered |= {id(n) for n in blank}
        return covered

    @staticmethod
    def _lost_rows_under(table: ProgramTable) -> set[int]:
        """The nodes (by id) a row with a pagu that could not be placed may belong to or under:
        each node whose rows, from its own to the next row not under it, hold that row's line,
        and the first node after it (the row may be its parent, or the node itself written
        over two rows). Their sums, and whether their parent has a row, are not checked."""
        if not table.lost_rows:
            return set()
        spans: list[tuple[ProgramNode, int, int]] = []

        def walk(node: ProgramNode, end: int) -> None:
            kids = node.children
            for k, child in enumerate(kids):
                walk(child, kids[k + 1].location.line or end if k + 1 < len(kids) else end)
            spans.append((node, node.location.line or 0, end))
        roots = table.roots
        for k, root in enumerate(roots):
            walk(root, roots[k + 1].location.line or 10**9 if k + 1 < len(roots) else 10**9)
        under = {id(node) for node, first, end in spans for line in table.lost_rows if first < line < end}
        ordered = sorted((first, id(node)) for node, first, _ in spans)
        for line in table.lost_rows:
            after = next((key for first, key in ordered if first > line), None)
            if after is not None:
                under.add(after)
        return under

    @staticmethod
    def _parent_code(node: ProgramNode, levels: set[str]) -> str | None:
        """The code of the program (of a kegiatan) or kegiatan (of a sub kegiatan) that a row's own
        code names, in a table that lists that level; None when its code names none."""
        parent_level = _PARENT_LEVEL.get(node.level)
        if not node.code or parent_level not in levels or not CODE_PATTERNS[node.level].match(node.code):
            return None
        return ".".join(node.code.split(".")[:3 if parent_level == "program" else 5])

    def _parent_row(self, node: ProgramNode, code_keys: set[tuple], levels: set[str]) -> None:
        """A kegiatan whose program (or a sub kegiatan whose kegiatan) has no row of its own in a
        table that does list that level: the parent's code, indicator, target and pagu are missing."""
        parent_code = self._parent_code(node, levels)
        if parent_code is None or id(node) in self._lost_under:
            return
        self.add("required_value", node.code, node.location, what="baris_induk", period="",
                 level=LEVEL_NAMES[node.level], name=node.name,
                 missing=int(_missing(parent_code, code_keys) and not self._miscoded_parent(node, parent_code, levels)),
                 raw=parent_code, parent_level=LEVEL_NAMES[_PARENT_LEVEL[node.level]])

    def _miscoded_parent(self, node: ProgramNode, parent_code: str, levels: set[str]) -> bool:
        """Whether the kegiatan a sub kegiatan stands under is the one its code names, under another
        code: no row under that kegiatan carries the kegiatan's own code, and every coded one
        names the same other kegiatan of the same program. The kegiatan's code is then the wrong
        one (KOD-002 reports it), not a kegiatan row missing."""
        parent = self._parents.get(id(node))
        if node.level != "sub_kegiatan" or parent is None or parent.level != "kegiatan" or not parent.code:
            return False
        if id(parent) not in self._named:  # the kegiatan its rows' codes name, once per kegiatan
            self._named[id(parent)] = {_code_key(c) for child in parent.children
                                       if (c := self._parent_code(child, levels))}
        named = self._named[id(parent)]
        wanted = _code_key(parent_code)
        return named == {wanted} and _code_key(parent.code)[:3] == wanted[:3]

    def _budgets(self, table: ProgramTable, node: ProgramNode) -> None:
        """Each pagu a row gives, as written: for rules that look at one amount (a kabupaten's own
        floor for a sub kegiatan, say)."""
        for period, money in node.budgets.items():
            if money.present:
                self.add("budget", self._subject(node), money.location, level=LEVEL_NAMES[node.level],
                         code=node.code or "-", name=node.name, period=period, amount=money.amount, table=table.name)

    def _rollups(self, table: ProgramTable, node: ProgramNode) -> None:
        if not node.children or node.level not in CHILD_RELATION or id(node) in self._lost_under:
            return
        children = [c for c in node.children if id(c) not in self._strays]
        # Children that give a pagu in some year: one left empty in a year gives nothing that year.
        # (Where no child gives any, the table budgets only the level above: nothing to sum.)
        # Children of a level the table budgets nowhere stand for the rows below them.
        through = bool(children) and all(c.level == self._unbudgeted for c in children)
        carrying = [c for c in children if any(m.present for m in c.budgets.values())
                    or through and any(m.present for g in c.children for m in g.budgets.values())]
        for printed in [node, *node.printed_again]:
            self._rollup(table, node, printed, children, through, carrying)

    def _rollup(self, table: ProgramTable, node: ProgramNode, printed: ProgramNode, children: list[ProgramNode],
                through: bool, carrying: list[ProgramNode]) -> None:
        """The pagu `printed` on the node's row (or on a row printing the node again) against its
        children's, year by year; a row printing it again only where its pagu is its own."""
        for period in table.budget_periods:
            declared = printed.budgets.get(period)
            if printed is not node and declared is not None and node.budgets.get(period) is not None and \
                    declared.amount == node.budgets[period].amount:
                continue
            amounts = [a for c in children if (a := _node_amount(c, period)) is not None] if through else \
                [c.budgets[period].amount for c in children if period in c.budgets and c.budgets[period].present]
            parts = [m for c in children for m in ([c.budgets.get(period)] + (
                [g.budgets.get(period) for g in c.children] if through else []))]
            if declared is None or not carrying or any(map(unreadable, parts)):
                continue  # a sum with a part that could not be read cannot be checked
            computed = sum(amounts)
            if not declared.present and not self._empty_over_children(table, node, printed, period, computed):
                continue
            amount = declared.amount if declared.present else 0
            diff = amount - computed
            self.add("rollup", self._subject(node), declared.location, relation=CHILD_RELATION[node.level],
                     level=LEVEL_NAMES[node.level], name=node.name, period=period,
                     children=len(amounts) or len(carrying), shown=amount if declared.present else "kosong",
                     declared=amount, computed=computed, difference=diff, abs_difference=abs(diff),
                     tolerance=self._money_tolerance(declared, *parts),
                     expected=computed, actual=declared.amount, table=table.name)

    def _empty_over_children(self, table: ProgramTable, node: ProgramNode, printed: ProgramNode, period: str,
                             computed) -> bool:
        """Whether a row's empty pagu for a year is held to its children's sum: its children give
        money that year, and the row gives a pagu in another (a row the table budgets, not a
        column or level left blank throughout). A kegiatan's family says what its empty year is
        (_unbudgeted_year): here its sum is what is wrong, one rollup finding, not also an empty
        pagu (_pagu leaves that year out). A program's empty year is missing whatever its family
        gives: that one finding is its own (ANG-005)."""
        money = printed.budgets.get(period)
        if node.level == "program" or printed is not node or money is None or unreadable(money) or not computed \
                or period in self._blank_budgets | self._source_parts or node.level == self._unbudgeted \
                or not any(m.present for m in node.budgets.values()):
            return False
        self._summed_empty.add((id(node), period))
        return True

    def _table_total(self, table: ProgramTable) -> None:
        """The totals row against the sum of the table's programs; each subtotal row against the
        programs it closes; not where a row with a pagu could not be placed (its pagu is in no
        program's, and the row in no count)."""
        if not table.lost_rows:
            self._total_of(table, table.name, table.totals, table.roots)
        for label, said in table.stated_totals.items():
            total = table.totals.get(label)
            if said.present and total is not None and total.present:
                self._text_total(table.name, said.location, label, said.amount, total.amount,
                                 self._money_tolerance(said, total), total.location, currency="Rp")
        for sub in table.subtotals if not table.lost_rows else []:
            self._total_of(table, f"{sub.label} ({table.name})", sub.totals, table.roots[sub.first:sub.last])
        if table.stated_counts and not table.lost_rows:
            # The programs, kegiatan and sub kegiatan a sentence says the table plans (KON-005).
            rows = Counter(node.level for node in table.nodes())
            for level, said in table.stated_counts.items():
                if said.present:
                    self.add("consistency", table.name, said.location, check="text_rows", noun=LEVEL_NAMES[level],
                             stated=_num(said.value), rows=rows[level], table_place=_loc(table.location),
                             expected=rows[level], actual=_num(said.value))

    def _total_of(self, table: ProgramTable, subject: str, totals: dict, roots: list[ProgramNode]) -> None:
        for period, total in totals.items():
            if not total.present:
                continue
            if period == "akhir":
                amounts = [r.pagu_akhir.amount for r in roots if r.pagu_akhir is not None and r.pagu_akhir.present]
                parts = [r.pagu_akhir for r in roots]
            else:
                amounts = [a for r in roots if (a := _node_amount(r, period)) is not None]
                parts = [r.budgets.get(period) for r in roots]
            if not amounts or any(map(unreadable, parts)):
                continue
            computed = sum(amounts)
            diff = total.amount - computed
            self.add("rollup", subject, total.location, relation="total_program", level="tabel",
                     name=table.name, period=period, children=len(amounts), declared=total.amount,
                     computed=computed, difference=diff, abs_difference=abs(diff),
                     tolerance=self._money_tolerance(total, *parts), expected=computed, actual=total.amount,
                     table=table.name)

    def _pagu(self, table: ProgramTable, node: ProgramNode) -> None:
        """Pagu Akhir = sum of the yearly pagu; and a pagu for every year the table has."""
        for printed in [node, *node.printed_again]:
            if table.has_akhir and printed.pagu_akhir is not None and printed.pagu_akhir.present:
                self._period_total(table, node, printed)
        if self.plan.doc_type == "rencana_aksi" or not table.has("pagu") or not table.budget_periods \
                or node.level == self._unbudgeted:
            return
        # A source of funds left blank beside its total gives nothing; it is no empty pagu.
        cells = [(period, node.budgets.get(period)) for period in table.budget_periods
                 if period not in self._blank_budgets | self._source_parts and not self._unbudgeted_year(node, period)
                 and (id(node), period) not in self._summed_empty]
        if table.has_akhir and node.pagu_akhir is not None:
            cells.append(("akhir periode", node.pagu_akhir))  # a dash where the end-of-period pagu goes
        self._required(self._subject(node), "pagu", LEVEL_NAMES[node.level], node.name, node.location, cells)

    def _period_total(self, table: ProgramTable, node: ProgramNode, printed: ProgramNode) -> None:
        """The end-of-period pagu `printed` on the node's row (or on a row printing it again, where
        that row's pagu are its own) against the sum of that row's yearly pagu."""
        budgets = node.budgets if printed is node else \
            node.budgets | {p: m for p, m in printed.budgets.items() if m.raw.strip()}
        if printed is not node and printed.pagu_akhir.amount == (node.pagu_akhir.amount if node.pagu_akhir else None) \
                and all(budgets[p].amount == node.budgets[p].amount for p in budgets if p in node.budgets):
            return
        amounts = [budgets[p].amount for p in table.budget_periods if p in budgets and budgets[p].present]
        if not amounts or any(unreadable(budgets.get(p)) for p in table.budget_periods):
            return
        computed = sum(amounts)
        declared = printed.pagu_akhir
        diff = declared.amount - computed
        self.add("period_total", self._subject(node), declared.location, what="pagu",
                 level=LEVEL_NAMES[node.level], name=node.name, declared=declared.amount,
                 computed=computed, difference=diff, abs_difference=abs(diff),
                 tolerance=self._money_tolerance(declared, *(budgets.get(p) for p in table.budget_periods)),
                 mode="sum", expected=computed, actual=declared.amount)

    def _unbudgeted_year(self, node: ProgramNode, period: str) -> bool:
        """An empty year of a kegiatan or sub kegiatan that its family accounts for: the row has a
        pagu in another year, and the row above it has none that year, or its other rows give all
        of it. That year the kegiatan is simply not funded; an empty year is missing where the
        plan counts money no row gives (the parent's pagu beyond its other children's), or in a
        row without any pagu, or in a program's row."""
        money = node.budgets.get(period)
        parent = self._parents.get(id(node))
        if parent is None or money is None or money.present or unreadable(money) or \
                not any(m.present for m in node.budgets.values()):
            return False
        declared = parent.budgets.get(period)
        if declared is None or unreadable(declared):
            return False
        if not declared.present:
            return True
        # What the parent's rows give that year (this row gives nothing), worked out once per parent.
        key = (id(parent), period)
        if key not in self._given:
            parts = [c.budgets.get(period) for c in parent.children if id(c) not in self._strays]
            self._given[key] = None if any(map(unreadable, parts)) else \
                sum(m.amount for m in parts if m is not None and m.present)
        given = self._given[key]
        return given is not None and given >= declared.amount - self.tol_money

    def _code(self, node: ProgramNode, seen: dict[str, int], coded_levels: set[str]) -> None:
        if not node.code:
            # A row without a code among rows of its level that have theirs (KOD-004): the
            # nomenclature gives every program, kegiatan and sub kegiatan one.
            self.add("required_value", self._subject(node), node.location, what="kode", period="",
                     level=LEVEL_NAMES[node.level], name=node.name, missing=int(node.level in coded_levels), raw="")
            return
        coded = [c for c in node.children if c.code and id(c) not in self._strays]
        self.add("code", node.code, node.location, level=LEVEL_NAMES[node.level], name=node.name,
                 occurrences=seen.get(node.code, 0), children=len(coded),
                 children_under=sum(c.code.startswith(node.code + ".") for c in coded))

    def _node_indicators(self, table: ProgramTable, node: ProgramNode) -> None:
        # Every indicator row of a node needs its name (a review table's two sides are two rows).
        named = [i for i in node.indicators if i.name.strip()]
        if table.has("indikator") and id(node) not in self._blank_indicators:
            self.add("required_value", self._subject(node), node.location, what="indicator", period="",
                     level=LEVEL_NAMES[node.level], name=node.name,
                     node=f"{node.code} ({node.name})" if node.code else node.name[:80],
                     missing=len(node.indicators) - len(named) if node.indicators else 1, raw="")
        for indicator in node.indicators:
            if table.quarterly:
                self._quarterly(indicator, node, needs_unit=table.has("satuan") and not (
                    table.unit_from_targets and not self._unit_expected(indicator)),
                    running=self._running_counts(table))
            else:
                # An indicator read by column position holds exactly the periods of its own columns;
                # one of a published table whose targets could not be read has none to check.
                periods = [p for p in table.periods if p in indicator.targets] \
                    if indicator.targets or table.columns is not None else table.periods
                needs_unit = table.has("satuan") and not (
                    table.unit_from_targets and not self._unit_expected(indicator))
                # (An end-of-period target is held to the years where the table prints one, with
                # or without an end-of-period pagu beside it.)
                self._indicator(indicator, self._subject(node), LEVEL_NAMES[node.level], periods, doc_required=True,
                                has_akhir=table.has_akhir or indicator.target_akhir is not None, needs_unit=needs_unit)

    def _unit_expected(self, indicator: Indicator) -> bool:
        """Where units are written with the targets ("12 Laporan"): a row with targets needs one,
        unless its name is its unit ("Indeks ...", "Nilai ...": an index is a bare number) or its
        targets are all zero (a count of none is written bare: "0")."""
        name = indicator.name.strip().lower()
        return any(v.present and v.value != 0 for v in indicator.targets.values()) \
            and not name.startswith(self.units.level)

    # --- indicators -------------------------------------------------------------------------
    def _indicator(self, ind: Indicator, subject: str, level: str, periods: list[str] | None,
                   doc_required: bool, has_akhir: bool = False, needs_unit: bool = True,
                   statement: str = "") -> None:
        label = _label(subject, ind.name)
        if ind.name.strip():
            self._indicator_fact(ind, label, level)
            if needs_unit:
                self.add("required_value", label, ind.location, what="unit", period="", level=level,
                         name=ind.name, missing=0 if ind.unit.strip() else 1, raw="")
        self._percent_values(ind, label)
        periods = periods if periods is not None else list(ind.targets)
        if doc_required and ind.name.strip() and periods and id(ind) not in self._blank_targets:
            cells = [(period, ind.targets.get(period)) for period in periods]
            if has_akhir and ind.target_akhir is not None:
                cells.append(("akhir periode", ind.target_akhir))  # the column is there, its cell empty
            self._required(label, "target", level, ind.name, ind.location, cells)
        self._trend(ind, label, periods, statement)
        if has_akhir and ind.target_akhir is not None and ind.target_akhir.present:
            self._target_akhir(ind, label, periods)

    def _indicator_fact(self, ind: Indicator, label: str, level: str) -> None:
        """What an indicator says of itself: its name, unit and formula, and its targets' units."""
        units = self.units
        # A formula written into the name, "Persentase BMD (jumlah tersedia/jumlah kebutuhan)".
        named = _NAMED_FORMULA.search(ind.name)
        text = ind.formula.strip() or (named.group(1) if named else "")
        # The targets' units, one per unit however abbreviated ("Dok" is "dokumen"), each shown
        # as the plan first prints it.
        printed: dict[str, str] = {}
        for v in ind.targets.values():
            if v.present and (key := _unit_key(v.suffix)):
                printed.setdefault(key, v.suffix.strip())
        target_units = sorted(printed)
        count_units = [u for u in target_units if u != "%" and u not in self.units.percent]
        counted, unit_kind = units.counted_thing(ind.name, ind.unit or next(iter(target_units), ""))
        self.add("indicator", label, ind.location, level=level, name=ind.name, unit=ind.unit,
                 unit_key=_unit_key(ind.unit), unit_class=units.unit_class(ind), name_word=units.name_word(ind),
                 formula=text,
                 target_units=" / ".join(printed[u] for u in target_units), target_unit_count=len(target_units),
                 count_units=" / ".join(printed[u] for u in count_units), count_unit_count=len(count_units),
                 counted_kind=counted or "-", unit_kind=unit_kind or "-",
                 unit_shown=ind.unit or next(iter(target_units), ""), **parse_formula(text))

    def _percent_values(self, ind: Indicator, label: str) -> None:
        values = list(ind.targets.items())
        if ind.target_akhir is not None:
            values.append(("akhir", ind.target_akhir))
        if ind.annual is not None:
            values.append(("tahunan", ind.annual))
        percent = self.units.is_percent(ind)
        for period, value in values:
            if not value.present:
                continue
            if percent or (self.units.percent_written(value) and not ind.unit.strip()):
                self.add("percent_value", label, value.location, name=ind.name, name_words=words_of(ind.name),
                         period=period, value=_num(value.value), expected="0–100", actual=_num(value.value),
                         raw=value.raw)

    def _trend(self, ind: Indicator, label: str, periods: list[str], statement: str = "") -> None:
        series = [(p, ind.targets[p]) for p in periods if p in ind.targets and ind.targets[p].present]
        if len(series) < 2 or len({_unit_key(v.suffix) for _, v in series} - {""}) > 1:
            return  # targets in different units (IND-008) have no direction
        if not (ind.polarity or self.units.is_level(ind) or all(_unit_key(v.suffix) == "%" for _, v in series)):
            return  # a count (documents, reports, people) may fall for good reasons: only levels, and
            # what the plan says must rise or fall, have a direction
        if _CHANGE_NAME.match(ind.name):
            return  # "Peningkatan ...", "Laju ...": a yearly change, whose size need not grow
        polarity = self.units.polarity(ind, statement)
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
                 expected=None, actual=_num(v1.value), difference=_num(v1.value - v0.value))
        # No single value is right for a later year, only a direction: no "expected" is shown.

    def _indicator_rows(self) -> None:
        """An indicator table's rows as indicators: the yearly targets must move the indicator's
        way, and the "kondisi akhir" agree with them."""
        rows: dict[tuple, list] = {}
        for f in self.plan.figures:
            rows.setdefault((f.table, f.value.location.line, f.name), []).append(f)
        # (An indicator described once per name and formula: a table that defines it with its
        # formula says more of it than a program table that names it without one.)
        described = {(f.get("name", "").strip().lower(), f.get("formula", "")) for f in self.facts
                     if f["type"] == "indicator"}
        for (_, _, name), figures in rows.items():
            akhir = next((f for f in figures if f.role == "akhir"), None)
            targets = {f.period: f.value for f in figures if f.role == "target"}
            ind = Indicator(name=name, unit=figures[0].unit, formula=figures[0].formula, targets=targets,
                            target_akhir=akhir.value if akhir else None, location=figures[0].value.location,
                            polarity=figures[0].polarity or None)
            # A table that states the indicator's unit or formula: what they say of it, once per
            # indicator however many tables print it.
            key = name.strip().lower()
            if (ind.unit or ind.formula) and (key, ind.formula.strip()) not in described and not (
                    not ind.formula.strip() and any(n == key for n, _ in described)):
                described.add((key, ind.formula.strip()))
                self._indicator_fact(ind, name[:80], "indikator")
            if len(targets) < 2:
                continue
            periods = sorted(targets)
            self._trend(ind, name[:80], periods)
            if akhir is not None:
                self._target_akhir(ind, name[:80], periods)

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

    def _running_counts(self, table: ProgramTable) -> bool:
        """Whether a quarterly table writes the quarters of its counts as running totals: of its
        counts with a year's target and four quarters, more (two at least) end on the year's
        target without adding up to it than add up to it without ending on it; or the table says
        so ("kumulatif"). (An index or a percentage runs in any table; a count's quarters are its
        own unless its table says so.)"""
        if table.said_running:
            return True
        if id(table) not in self._running:
            votes = Counter()
            for node in table.nodes():
                for ind in node.indicators:
                    quarters = [ind.targets.get(q) for q in QUARTERS]
                    if ind.cumulative is not None or self.units.is_level(ind) or ind.annual is None \
                            or not ind.annual.present or not all(q is not None and q.present for q in quarters):
                        continue
                    year, last, total = ind.annual.value, quarters[-1].value, sum(q.value for q in quarters)
                    votes["running"] += last == year and total != year
                    votes["own"] += total == year and last != year
            self._running[id(table)] = votes["running"] >= 2 and votes["running"] > votes["own"]
        return self._running[id(table)]

    def _quarterly(self, ind: Indicator, node: ProgramNode, needs_unit: bool = True, running: bool = False) -> None:
        """Rencana Aksi: quarterly targets, cumulative or not, leading to the annual target; a
        count's quarters are running totals where its table writes them so (`running`)."""
        subject = self._subject(node)
        label = _label(subject, ind.name)
        self._indicator(ind, subject, LEVEL_NAMES[node.level], periods=[], doc_required=False, needs_unit=needs_unit)
        quarters = [(q, ind.targets.get(q)) for q in QUARTERS]
        present = [(q, v) for q, v in quarters if v is not None and v.present]
        cumulative = ind.cumulative if ind.cumulative is not None else self.units.is_level(ind) or running
        # Quarters written in percent of a year's target that is not ("5 dokumen" over 20% 40% 80%
        # 100%): the year's progress, running to 100 % of it.
        progress = ind.annual is not None and ind.annual.present and not self.units.is_percent(ind) \
            and "%" not in ind.annual.suffix and len(present) >= 2 and all("%" in v.suffix for _, v in present)
        # A percent indicator under such a heading ("Fisik (%)"): its quarters read either as the
        # indicator's own level or as the year's progress; one that ends at 100 is the latter.
        tw4 = ind.targets.get("TW IV")
        progress = progress or (ind.progress_heading and ind.annual is not None and ind.annual.present
                                and tw4 is not None and tw4.present and abs(tw4.value - 100) < 1e-9)
        cumulative = cumulative or progress
        # A level's four quarters that add up to the year's target where the fourth does not
        # reach it (25% in each quarter of a year's 100%): each quarter's share of the year, the
        # one reading under which the figures agree; a table or sentence that says "kumulatif"
        # keeps them running totals.
        year_value = ind.annual.value if ind.annual is not None and ind.annual.present else None
        tol = self.profile.tolerance.number
        if cumulative and not progress and not running and ind.cumulative is None and year_value is not None \
                and len(present) == 4 and abs(sum(v.value for _, v in present) - year_value) <= tol \
                and abs(present[-1][1].value - year_value) > tol:
            cumulative = False
        mark = "%" if progress else ""  # how the messages show the figures
        location = ind.location
        if cumulative:
            tw4 = ind.targets.get("TW IV")
            self.add("required_value", label, tw4.location if tw4 else location, what="target", period="TW IV",
                     level=LEVEL_NAMES[node.level], name=ind.name,
                     missing=0 if tw4 is not None and (tw4.present or unreadable(tw4)) else 1,
                     raw=tw4.raw if tw4 else "")
        else:
            self.add("required_value", label, location, what="target", period="TW I-IV",
                     level=LEVEL_NAMES[node.level], name=ind.name,
                     missing=0 if present or any(unreadable(v) for _, v in quarters) else 1, raw="")
        if ind.annual is not None and ind.name.strip():  # the sheet has the column: the year's target is due
            self._required(label, "target", LEVEL_NAMES[node.level], ind.name, ind.location, [("tahunan", ind.annual)])
        if len(present) >= 2 and cumulative:
            # A rate or an index the table takes down to the year's target (10, 9, 8, 8 to a year's
            # 8: "Persentase gangguan ketertiban") is a state at each quarter's end on its way
            # down: a rise is the step back. The figures say which way, not the indicator's words.
            # (Running totals rise whatever their direction: a count's, progress, and what a
            # workbook's "Kumulatif" column declares so.)
            end = ind.annual.value if ind.annual is not None and ind.annual.present else present[-1][1].value
            down = ind.cumulative is None and self.units.is_level(ind) and not progress \
                and end < present[0][1].value
            tol = self.profile.tolerance.number
            falls = [(q0, v0, q1, v1) for (q0, v0), (q1, v1) in zip(present, present[1:])
                     if (v1.value > v0.value + tol if down else v1.value < v0.value - tol)]
            q0, v0, q1, v1 = falls[0] if falls else (present[0][0], present[0][1], present[1][0], present[1][1])
            self.add("quarterly", label, v1.location, check="cumulative", name=ind.name, cumulative=True,
                     falls=len(falls), moved="naik" if down else "turun", period_from=q0, period_to=q1,
                     value_from=_num(v0.value), value_to=_num(v1.value), mark=mark, abs_difference=0, tolerance=0,
                     expected=_num(v0.value), actual=_num(v1.value))
        annual = ind.annual
        if annual is not None and annual.present and present:
            tw4 = ind.targets.get("TW IV")
            total = sum(v.value for _, v in present)
            year = 100.0 if progress else annual.value
            if cumulative:
                if tw4 is None or not tw4.present:
                    return  # the missing TW IV is TGT-005's finding; there is nothing to compare
                reference = tw4.value
                abs_diff = abs(year - reference)
            else:
                reference = total
                candidates = [abs(annual.value - total)]
                if tw4 is not None and tw4.present:
                    candidates.append(abs(annual.value - tw4.value))
                abs_diff = min(candidates)
            at = tw4.location if tw4 is not None and tw4.present else annual.location
            self.add("quarterly", label, at, check="annual", name=ind.name, cumulative=cumulative, falls=0,
                     period_from="TW IV", period_to="tahunan", value_from=_num(reference), value_to=_num(year),
                     mark=mark, of_year=f" = {annual.raw.strip()}" if progress else "",
                     abs_difference=_num(abs_diff), tolerance=self.profile.tolerance.number, expected=_num(year),
                     actual=_num(reference), difference=_num(reference - year))
