"""Building the program / kegiatan / sub kegiatan tree as rows are read, for every reader."""
from __future__ import annotations

from ..models import ProgramNode, ProgramTable

PARENT = {"program": None, "kegiatan": "program", "sub_kegiatan": "kegiatan"}


def attach(table: ProgramTable, last: dict[str, ProgramNode], node: ProgramNode) -> str | None:
    """Hang a node under the nearest program / kegiatan read above it (a root when there is none)
    and remember it as the latest of its level. Returns the parent level that was missing, if any."""
    parent_level = PARENT[node.level]
    parent = last.get(parent_level) if parent_level else None
    (parent.children if parent is not None else table.roots).append(node)
    last[node.level] = node
    if node.level == "program":
        last.pop("kegiatan", None)
    return parent_level if parent_level and parent is None else None


def join_parts(first: ProgramTable, second: ProgramTable) -> bool:
    """Join the part of a wide table printed after it across its width (`second`: the same rows,
    further years) into `first`, row by row: each figure keeps the place it was printed at.
    False, and nothing changed, where the parts' rows are not the same programs, kegiatan and
    indicators in the same order, or where the parts print a year twice."""
    ours, theirs = list(first.nodes()), list(second.nodes())
    if not ours or len(ours) != len(theirs) or set(first.periods) & set(second.periods):
        return False
    for a, b in zip(ours, theirs):
        if a.level != b.level or _key(a.code or a.name) != _key(b.code or b.name):
            return False
        if b.indicators and (len(a.indicators) != len(b.indicators) or any(
                y.name and _key(x.name) != _key(y.name) for x, y in zip(a.indicators, b.indicators))):
            return False
    for a, b in zip(ours, theirs):
        for period, amount in b.budgets.items():
            a.budgets.setdefault(period, amount)
        a.pagu_akhir = a.pagu_akhir or b.pagu_akhir
        for x, y in zip(a.indicators, b.indicators):
            for period, value in y.targets.items():
                x.targets.setdefault(period, value)
            x.target_akhir = x.target_akhir or y.target_akhir
            x.baseline = x.baseline or y.baseline
            x.unit = x.unit or y.unit
            x.formula = x.formula or y.formula
    first.periods += [p for p in second.periods if p not in first.periods]
    first.budget_periods += [p for p in second.budget_periods if p not in first.budget_periods]
    first.has_akhir = first.has_akhir or second.has_akhir
    for label, amount in second.totals.items():
        first.totals.setdefault(label, amount)
    if len(first.subtotals) == len(second.subtotals):
        for mine, other in zip(first.subtotals, second.subtotals):
            for label, amount in other.totals.items():
                mine.totals.setdefault(label, amount)
    first.unread_rows += second.unread_rows
    if first.columns is not None and second.columns is not None:
        first.columns += [c for c in second.columns if c not in first.columns]
    for label, amount in second.stated_totals.items():
        first.stated_totals.setdefault(label, amount)
    return True


def _key(text: str) -> str:
    """A row's code or name whatever its spacing and letter case (a name broken another way)."""
    return "".join(text.split()).lower()
