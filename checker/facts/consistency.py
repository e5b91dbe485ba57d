"""Facts comparing places: one indicator or program stated with different figures in two tables."""
from __future__ import annotations

import re
from collections import Counter

from ..models import QUARTERS
from .common import (_ACRONYM, FactsBase, LEVEL_NAMES, _counted, _indicator_key, _label, _loc, _norm, _program_key,
                     _rounding, _spells, _unit_key)


_YEAR_LABEL = re.compile(r"20\d\d")
_PLACE = re.compile(r"ke-(\d{1,2})")  # a year by its place in the plan's period
# A Renja table column that is not the plan year although it has no year in its heading.
_NOT_PLAN_YEAR = re.compile(r"maju|prakiraan|n\s*\+\s*1|akhir|(kondisi|capaian|tahun)\s+awal|realisasi", re.IGNORECASE)


class ConsistencyFacts(FactsBase):
    """The same thing, stated twice, must say the same."""

    def _in_period(self, period: str) -> str:
        """A target's year where a table names it by its place in the plan's period ("ke-2" of a
        Renstra 2027-2031 is 2028), so that it meets the same year of a table that names it."""
        meta = self.plan.meta
        place = _PLACE.fullmatch(period)
        if not place or not meta.period_start or not meta.period_end:
            return period
        year = meta.period_start + int(place.group(1)) - 1
        return str(year) if year <= meta.period_end else period

    def _stated_figures(self):
        """Every (indicator name, year, role, value) the plan states, from all its tables."""
        # An object named with "Jumlah" as its unit ("Desa Berkembang", satuan Jumlah) is the count of it.
        # (Targets by their place in the period are the plan's own: a past period's places are
        # in its realisation tables.)
        yield from ((f"Jumlah {f.name}" if _counted(f.name, f.unit) else f.name,
                     self._in_period(f.period) if f.role == "target" else f.period, f.role, f.value, f.table, "")
                    for f in self.plan.figures if f.role not in ("akhir", "definition"))
        for table in self.plan.realisations:
            if table.kind != "kinerja":
                continue
            for row in table.rows:
                for cell in row.cells:
                    for role, value in (("target", cell.base), ("actual", cell.actual)):
                        if value.present and cell.period:
                            yield row.name, cell.period, role, value, table.name, ""
                for period, value in row.targets.items():
                    if value.present:
                        yield row.name, period, "target", value, table.name, ""
        plan_year = str(self.plan.meta.year or "")
        for table in self.plan.tables:
            if table.quarterly:
                continue
            for node in table.nodes():
                revised = _revised_drafts(node)
                for ind in node.indicators:
                    for period, value in ind.targets.items():
                        if (_indicator_key(ind.name), period) in revised:
                            continue  # the review changed the draft's figure: its sides differ by design
                        if not _YEAR_LABEL.fullmatch(period) and self.plan.doc_type == "renja":
                            # A Renja's review or proposal table (sides "Rancangan Awal" and "Hasil
                            # Analisis", a "Volume" column) speaks of the plan's year; a forward
                            # estimate or an end-of-period figure does not.
                            period = "" if _NOT_PLAN_YEAR.search(period) else plan_year
                        # A count ("Jumlah ...") given in percent, or a percentage given as a
                        # count ("12 bulan"), is the unit rules' finding; it is not also held
                        # against the figures elsewhere.
                        unit = _unit_key(value.suffix)
                        miscounted = (unit == "%" and _norm(ind.name).startswith("jumlah")) or (
                            self.units.percent_name(ind) and unit and not self.units.percent_written(value))
                        if value.present and ind.name.strip() and period and not miscounted:
                            yield ind.name, period, "target", value, table.name, node.code
        for goal in self.plan.goals:
            for period, value in goal.indicator.targets.items():
                if value.present:
                    table = goal.table or "Tujuan Sasaran"
                    yield goal.indicator.name, self._in_period(period), "target", value, table, ""

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
                written = lambda v: int(v is not None and v.present)  # noqa: E731
                subject = _label(self._subject(node), ind.name)
                levels = {"name": ind.name, "level": LEVEL_NAMES[node.level],
                          "upper_level": LEVEL_NAMES[ref_node.level], "there_place": _loc(ref.location)}
                self.add("consistency", subject, ind.location, check="quarterly_levels", **levels,
                         differing_quarters=len(differs), here=show(series), there=show(ref_series))
                # The year-end quarter, where its cell is: that is what a reviewer fills in.
                tw4 = series[3].location if series[3] is not None else ind.location
                self.add("consistency", subject, tw4, check="quarter_end", **levels,
                         tw4_written=written(series[3]), upper_tw4_written=written(ref_series[3]),
                         there_tw4=ref_series[3].raw if ref_series[3] is not None else "")


    def _consistency(self) -> None:
        """The same indicator, year and role printed with different values in two places: one fact
        per place and indicator, listing the years where another place says otherwise."""
        groups: dict[tuple, list] = {}
        stated = list(self._stated_figures())
        place = self.plan.meta.kecamatan
        # A name written out in one table ("Indeks Kepuasan Masyarakat") is the one another gives
        # with its acronym ("Indeks Kepuasan Masyarakat (IKM)"), which is known by the acronym.
        spelled = {}
        for name, *_ in stated:
            if (m := _ACRONYM.search(name)) and _spells(name[:m.start()], m.group(1)):
                spelled[_indicator_key(name[:m.start()], place)] = _indicator_key(name, place)
        for name, period, role, value, table, code in stated:
            named = _indicator_key(name, place)
            key = (spelled.get(named, named), period, role)
            if key[0] and value.low is None:  # a range ("65 - 70") is no one figure to hold another to
                groups.setdefault(key, []).append((name, value, table, code))
        places: dict[tuple, dict] = {}
        for (ikey, period, role), members in groups.items():
            # Two statements are about the same thing when they are in different tables, or in one
            # table on the same node (a review table's two sides); different nodes of one table
            # may share an indicator's name and rightly differ. Indexed by value, so a name shared
            # by thousands of rows costs a pass, not a pass per pair.
            tables = {t for _, _, t, _ in members}
            node_count = Counter((t, c) for _, _, t, c in members if c)
            # Two coded rows are one statement only when they are one node: a kegiatan may reuse
            # its program's indicator name with a figure of its own. A coded row is compared with
            # the rows of its code and with statements that have none (a goal, an indicator table).
            by_value: dict[str, dict[float, dict[str, tuple]]] = {}
            by_node: dict[tuple, dict[float, tuple]] = {}
            for member in members:
                _, value, table, code = member
                v = round(value.value, 4)
                for key in {"*", code}:
                    by_value.setdefault(key, {}).setdefault(v, {}).setdefault(table, member)
                if code:
                    by_node.setdefault((table, code), {}).setdefault(v, member)
            for name, value, table, code in members:
                v = round(value.value, 4)
                same_node = by_node.get((table, code), {}) if code else {}
                if len(tables) < 2 and node_count[(table, code)] < 2:
                    continue  # nothing else speaks of this indicator
                # What the other places say: every figure another table gives this indicator, year
                # and role; on this row's own node, a review table's other side only where it
                # measures in another unit (a review may revise a target: that is what it is for).
                compared = [m for v2, m in same_node.items() if _unit_key(m[1].suffix) != _unit_key(value.suffix)]
                if len(tables) > 1:
                    for key in ([code, ""] if code else ["*"]):
                        compared += [m for per_table in by_value.get(key, {}).values() for t, m in per_table.items()
                                     if t != table and m not in compared]
                here = (ikey, role, value.location.line, value.location.sheet, value.location.row)
                place = places.setdefault(here, {"name": name, "value": value, "table": table, "role": role,
                                                 "years": [], "checked": 0, "differences": []})
                place["checked"] += 1
                if (period, v) in place.setdefault("said", set()):
                    continue  # the row's other side printed the same figure: reported once
                place["said"].add((period, v))
                place["differences"] += [round(value.value - m[1].value, 4) for m in compared]
                # For the message, the places that say otherwise (the rule decides by `differences`).
                others = [m for m in compared if abs(round(m[1].value, 4) - v) > self.tol_number][:2]
                if others:
                    place["years"].append({"period": period, "value": value.value, "others": [
                        {"value": m[1].value, "table": m[2], "location": _loc(m[1].location)} for m in others]})
        # A kegiatan that carries its program's indicator with the program's figures states the
        # same thing again in the same table: one finding, at the first row that says it.
        told: set[tuple] = set()
        for here, place in sorted(places.items(), key=lambda item: (item[1]["value"].location.line or 0,
                                                                 item[1]["value"].location.row or 0)):
            if not place["differences"]:
                continue  # only its own node's side in the same unit: nothing to compare
            statement = (here[0], here[1], place["table"], frozenset(place["said"]))
            if statement in told:
                continue
            told.add(statement)
            value = place["value"]
            self.add("consistency", place["name"][:80], value.location, check="tables", name=place["name"],
                     table=place["table"],
                     role="target" if place["role"] == "target" else "realisasi",
                     years_checked=place["checked"], differences=place["differences"],
                     tolerance=self.tol_number, conflicts=place["years"])

    def _visi(self) -> None:
        """One visi quoted in two wordings. Quotations that share most of their words are one
        visi (the national visi a Renja also quotes is another); the wording most of them use
        is the reference, and each other wording is a fact at its line. Where two wordings are
        quoted equally often, each is reported against the other."""
        groups: list[list] = []
        for statement in (s for s in self.plan.statements if s.kind == "visi"):
            words = _norm(statement.text).split()
            group = next((g for g in groups if _similar(g[0][1], words)), None)
            if group is None:
                groups.append([(statement, words)])
            else:
                group.append((statement, words))
        for group in groups:
            if len(group) < 2:
                continue
            wordings = Counter(" ".join(words) for _, words in group)
            top = max(wordings.values())
            leaders = [w for w, n in wordings.items() if n == top]
            for statement, words in group:
                key = " ".join(words)
                # Shown against the one wording most quotations use; in a tie, against another.
                wanted = [leaders[0]] if len(leaders) == 1 else [w for w in wordings if w != key]
                reference = next((s for s, w in group if " ".join(w) in wanted and " ".join(w) != key), None)
                self.add("consistency", "visi", statement.location, check="visi", quoted=wordings[key],
                         most_quoted=top, wordings_most_quoted=len(leaders),
                         text=statement.text[:200], reference=reference.text[:200] if reference else "",
                         reference_place=_loc(reference.location) if reference else {})

    def _plan_year(self) -> None:
        """A sentence about the plan itself ("Rencana Kerja ini ... pada Tahun 2023") must give it
        its own year: a Renja's or Rencana Aksi's year, a year within a Renstra's period."""
        meta = self.plan.meta
        if self.plan.doc_type == "renstra":
            first, last = meta.period_start, meta.period_end
            own = f"{first}-{last}"
        else:
            first = last = meta.year
            own = str(meta.year)
        if first is None or last is None:
            return
        for statement in (s for s in self.plan.statements if s.kind == "tahun"):
            years = [int(y) for y in statement.text.split("-")]
            self.add("consistency", "tahun rencana", statement.location, check="plan_year",
                     year_from=min(years), year_to=max(years), first_year=first, last_year=last,
                     stated=statement.text, own=own)

    def _signature_dates(self) -> None:
        """A signature block pasted twice, the copy left with another date: two signatures within
        a page of each other (`_NEAR` lines) that give different dates. Of such a pair, the one
        whose date fewer of the plan's signatures give is reported (both, when as many give
        either), against the nearer one. A date without its day ("Agustus 2025") agrees with any
        day of that month. A foreword and a closing signed days apart are not held against each
        other."""
        signed = [(s, _date_key(s.text)) for s in self.plan.statements if s.kind == "tanggal"]
        if len(signed) < 2:
            return
        for statement, key in signed:
            near = [(s, k) for s, k in signed
                    if 0 < abs(s.location.line - statement.location.line) <= _NEAR and not _same_date(k, key)]
            against = [(s, k) for s, k in signed if not _same_date(k, key)]
            # Shown against the nearest of them: the block it was copied with.
            reference = min((s for s, _ in near), key=lambda s: abs(s.location.line - statement.location.line)) \
                if near else None
            self.add("consistency", "tanggal", statement.location, check="signature_date",
                     near_other_dates=len(near), other_dates=len(against), same_date=len(signed) - len(against),
                     text=statement.text, reference=reference.text if reference else "",
                     reference_place=_loc(reference.location) if reference else {})

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
                row = rows.setdefault(id(node), {"node": node, "table": table, "years": [], "differences": []})
                compared = [(t, m) for t, _, m in items if t != table]
                # A figure printed rounded (in millions) and one in Rupiah are one figure within the
                # rounding: no difference.
                row["differences"] += [0 if abs(money.amount - m.amount) <= _rounding(money, m)
                                       else money.amount - m.amount for _, m in compared]
                # For the message, the first table that says otherwise (the rule decides by `differences`).
                other = next(((t, m) for t, m in compared
                              if abs(m.amount - money.amount) > self.tol_money + _rounding(money, m)), None)
                if other is not None:
                    t, m = other
                    row["years"].append({"period": period, "value": money.amount, "money": True, "others": [
                        {"value": m.amount, "table": t, "location": _loc(m.location)}]})
        for row in rows.values():
            node = row["node"]
            self.add("consistency", self._subject(node), node.location, check="pagu", name=node.name,
                     program=f"{node.code} {node.name}" if node.code else node.name,
                     table=row["table"], differences=row["differences"], tolerance=self.tol_money,
                     conflicts=row["years"])


# A review table's side that holds the draft weighed against the plan's needs ("Rancangan Awal RKPD").
_DRAFT = re.compile(r"rancangan|usulan", re.IGNORECASE)


def _revised_drafts(node) -> set[tuple[str, str]]:
    """The (indicator, draft side) whose target a review table's row changed: the same indicator
    on the row's other side has another figure in the same unit. The draft's figure is then not
    the plan's."""
    sides: dict[str, dict[str, tuple]] = {}
    for ind in node.indicators:
        for period, value in ind.targets.items():
            if value.present:
                sides.setdefault(_indicator_key(ind.name), {})[period] = (value.value, _unit_key(value.suffix))
    # (In another unit the sides measure the indicator two ways: that is no revision.)
    return {(name, period) for name, values in sides.items() for period, (value, unit) in values.items()
            if _DRAFT.search(period) and any(not _DRAFT.search(p) and v != value and u == unit
                                             for p, (v, u) in values.items())}


# Two signatures this close (about a page of extracted text) are one block written twice.
_NEAR = 40


def _date_key(text: str) -> tuple[str | None, str, str]:
    """'3 Agustus 2025' -> ('3', 'agustus', '2025'); 'Agustus 2025' -> (None, 'agustus', '2025')."""
    words = _norm(text).split()
    day = words[0].lstrip("0") if len(words) == 3 else None
    return day, words[-2], words[-1]


def _same_date(a: tuple, b: tuple) -> bool:
    return a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def _similar(a: list[str], b: list[str]) -> bool:
    """Two quotations of one statement: they share most of their words."""
    sa, sb = set(a), set(b)
    return bool(sa and sb) and len(sa & sb) / len(sa | sb) >= 0.6
