"""Quarterly targets of a published Rencana Aksi: TW I-IV per indicator, in either printed form.

- One quarter per line: `TW I <tab> 25%` on the indicator's line, then `TW II`, `TW III`, `TW IV`
  on the lines below, in (nearly) the same column. Side-by-side tables put several such series
  on one line; extraction sometimes shifts a cell by one, so a quarter is taken from the nearest
  `TW` cell to the series' column, preferring the same column, then one to the right.
- All quarters in one cell: `TW I 25% TW II 50% TW III 75% TW IV 100%`.
- One column per quarter: a header `... Target Tahunan | TW I | TW II | TW III | TW IV` (or
  `Triwulan I` ...), each row an indicator with its four quarters under them.

The cells left of the first quarter give the unit (a short word), the indicator (the nearest
other text) and the subject (a Program / Kegiatan / Sub Kegiatan, or a tujuan / sasaran). An
indicator cell left empty between subject and unit is kept empty: that is a finding, not a guess.
"""
from __future__ import annotations

import re
from functools import partial

from ..models import QUARTERS, Indicator, Location, ProgramNode, ProgramTable, RatioCell, RealisationRow, \
    RealisationTable
from .labels import word_key
from .repair import restore_dropped
from .realisation import cell_at, fill_lost_label_cell, is_header_row, measure, money

_TW = re.compile(r"^TW[\s-]*(IV|III|II|I)$", re.IGNORECASE)
# All four in one cell: "TW I 25% TW II 50% ...", also "TW I: 25%; TW II: 50%" and "TW-I 3, TW-II 6".
_ONE_CELL = re.compile(r"TW[\s-]*(IV|III|II|I)\b\s*:?\s*(.*?)[\s;,]*(?=TW[\s-]*(?:IV|III|II|I)\b|$)", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*\d+[.)]\s*")
_SUBJECT = re.compile(r"^(sub\s+kegiatan|kegiatan|program)\b", re.IGNORECASE)
_LEVEL = (("sub kegiatan", "sub_kegiatan"), ("kegiatan", "kegiatan"), ("program", "program"))
# How indicator names begin (not tujuan / sasaran statements, which begin with a verb).
_PERCENT_OR_COUNT = re.compile(r"^(persentase|prosentase|presentase|jumlah|indeks|nilai|cakupan|rasio|tingkat|rata)",
                               re.IGNORECASE)
NAMES = {"I": "TW I", "II": "TW II", "III": "TW III", "IV": "TW IV"}
# A quarter's heading, alone or after the word for what it holds ("Target TW I", "Target Triwulan 2").
# "TW I", "Target Triwulan 2", and the running forms "s/d TW I", "Target s.d. Triwulan II".
_TW_HEAD = re.compile(r"^(?:target\s+)?(?:(?:s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?)\s*)?(?:TW|triwulan|trw)[\s.\-]*"
                      r"(IV|III|II|I|[1-4])\b", re.IGNORECASE)
_ARABIC = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_PERCENT_HEAD = re.compile(r"\(\s*%\s*\)|\bpersen\b|\bprosentase\b", re.IGNORECASE)
_MARK = re.compile(r"[√✓✔✗✘•●vVxX*]")  # a tick in a schedule's quarter cell


def _quarter(cell: str) -> str | None:
    m = _TW.match(cell.strip())
    return NAMES[m.group(1).upper()] if m else None


def _is_unit(cell: str) -> bool:
    text = cell.strip()
    return 0 < len(text) <= 25 and not _NUMBERED.match(text) and not re.match(r"^[\d.,%-]+$", text) \
        and len(text.split()) <= 3 and not _quarter(text)


def _context(cells: list[str], k: int) -> tuple[str, str, str, str]:
    """(subject, indicator, unit, orphan) from the cells left of column k. `orphan` is a second
    numbered indicator between this series' indicator and its subject: printed, but given no
    targets of its own."""
    left = [(j, cells[j].strip()) for j in range(k - 1, -1, -1) if cells[j].strip()]
    unit = ""
    if left and _is_unit(left[0][1]):
        unit = left.pop(0)[1]
    indicator, subject, orphan = "", "", ""
    for j, text in left:
        if _quarter(text) or re.match(r"^[\d.,%-]+$", text):
            break  # the previous series' cells
        bare = _NUMBERED.sub("", text)
        if not indicator and not subject and not _SUBJECT.match(bare):
            indicator = bare
            continue
        if indicator and not orphan and _NUMBERED.match(text) and _PERCENT_OR_COUNT.match(bare):
            orphan = bare
            continue
        subject = bare
        break
    return subject, indicator, unit, orphan


def _from_above(previous: list[list[str]], k: int) -> tuple[str, str]:
    """Subject and indicator printed on the lines above a quarter cell, in its column."""
    found = []
    for cells in reversed(previous[-3:]):
        texts = [cells[j].strip() for j in (k, k - 1, k + 1) if 0 <= j < len(cells) and cells[j].strip()]
        if not texts or _quarter(texts[0]):
            break
        found.append(_NUMBERED.sub("", texts[0]))
    indicator = found[0] if found else ""
    subject = found[1] if len(found) > 1 else ""
    if indicator and _SUBJECT.match(indicator):
        indicator, subject = "", indicator
    return subject, indicator


# A quarter named by its months: "Jan-Mar", "Oktober - Desember", "s.d. Juni", "Jan s/d Sep" (running
# from January), by the month it closes with.
_MONTHS = re.compile(r"^(?:target\s+)?(?:(jan|apr|jul|okt|oct)[a-z]*\.?\s*(?:-|–|s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?)"
                     r"|s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?)\s*(mar|jun|sep|des|dec)[a-z]*\.?$", re.IGNORECASE)
_CLOSING = {"mar": ("I", "jan"), "jun": ("II", "apr"), "sep": ("III", "jul"),
            "des": ("IV", "okt"), "dec": ("IV", "okt")}  # closing month: (quarter, its opening month)


def _quarter_head(cell: str) -> str | None:
    """A header cell naming a quarter: `TW I`, `TW-2`, `Triwulan III`, or its months (`Apr-Jun`)."""
    m = _TW_HEAD.match(cell.strip())
    if m:
        return NAMES[_ARABIC.get(m.group(1), m.group(1)).upper()]
    m = _MONTHS.match(cell.strip())
    if not m:
        return None
    quarter, opening = _CLOSING[m.group(2).lower()]
    start = (m.group(1) or "").lower().replace("oct", "okt")
    return NAMES[quarter] if start in ("", "jan", opening) else None


def _quarter_heads(cells: list[str], above: list[list[str]]) -> dict[int, str]:
    """The quarter columns a header row names: `TW I` ... cells, or bare numerals (`I II III IV`,
    `1 2 3 4`) under a group the rows above call `Triwulan` or `TW`."""
    named = {k: q for k, c in enumerate(cells) if (q := _quarter_head(c))}
    bare = {k: NAMES[_ARABIC.get(c.strip(), c.strip()).upper()] for k, c in enumerate(cells)
            if re.fullmatch(r"IV|III|II|I|[1-4]", c.strip(), re.IGNORECASE)}
    # Numerals may stand beside named quarters ("I II III IV" under "Target Triwulan", then "TW I
    # ... TW IV" under the withdrawals): both are runs of quarters.
    bare = _under_quarter_group(bare, cells, above) if len(set(bare.values())) >= 3 else {}
    quarters = dict(sorted({**named, **bare}.items()))
    return quarters if len(set(quarters.values())) >= 3 else {}


def _under_quarter_group(bare: dict[int, str], cells: list[str], above: list[list[str]]) -> dict[int, str]:
    """Bare numerals of quarters (`I II III IV`) as quarter columns, when a row above groups them
    as `Triwulan` or `TW`; {} otherwise."""
    group = next((j for row in above for j in range(len(row))
                  if re.search(r"\b(?:triwulan|tw|trw)\b", cell_at(row, j), re.IGNORECASE)), None)
    if group is None or group > min(bare) + 1:
        return {}
    lost = group - min(bare)
    if lost > 0 and len(cells) + lost <= max(len(row) for row in above):
        # The numerals start left of their group: the row lost empty cells before them ("Target
        # 2027" over "I" as printed), so they stand that much further right.
        bare = {k + lost: q for k, q in bare.items()}
    return bare


def _heads(lines: list[tuple[int, list[str]]]) -> tuple[int | None, dict[int, str]]:
    """The header line (among the block's first four) that names the quarter columns, and them.
    A header line below it may name another run in other columns (the year's targets' "TW I ...
    TW IV" on the first line, the withdrawals' under their group on the next): the header then
    ends there, and both runs are its quarters."""
    for i, (_, cells) in enumerate(lines[:4]):
        found = _quarter_heads(cells, [c for _, c in lines[:i]])
        if not found:
            continue
        head = i
        for j in range(i + 1, min(len(lines), 4)):
            more = _quarter_heads(lines[j][1], [c for _, c in lines[:j]])
            if not more or set(more) & set(found) or not is_header_row(lines[j][1]):
                break
            found, head = dict(sorted({**found, **more}.items())), j
        return head, found
    return None, {}


# Periods of a year other than its quarters, heading a column each: semesters ("Semester I",
# "Target Smt 2") and months ("Januari", "Feb").
_SEMESTER = re.compile(r"^(?:target\s+)?(?:semester|smt|sem)\.?\s*(?:II|I|[12])$", re.IGNORECASE)
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|agt|sep|okt|oct|nov|des|dec)[a-z]*\.?$",
                    re.IGNORECASE)


def other_periods(lines: list[tuple[int, list[str]]]) -> str | None:
    """"semester" or "bulan" where the block's header heads a column per semester (two) or per
    month (three or more): targets the reader does not hold to the quarterly rules. None
    otherwise, and for quarters named by their months ("Jan-Mar")."""
    for _, cells in lines[:4]:
        if not is_header_row(cells):
            break
        texts = [c.strip() for c in cells if c.strip()]
        if sum(1 for c in texts if _SEMESTER.match(c)) >= 2:
            return "semester"
        if sum(1 for c in texts if _MONTH.match(c)) >= 3:
            return "bulan"
    return None


def quarter_columns(lines: list[tuple[int, list[str]]]) -> bool:
    """The block's header names a column per quarter (`TW I` ... `TW IV`)."""
    return _heads(lines)[0] is not None


# A group of quarters that plans money, not the indicator ("Target Keuangan (Rp)", "Rencana
# Penarikan Dana", "Anggaran per Triwulan").
_MONEY_GROUP = re.compile(r"\b(?:keuangan|anggaran|rp|dana|penarikan|belanja|pagu)\b", re.IGNORECASE)
# What was achieved, not planned ("Realisasi", "Capaian"; "ealisasi" with a letter split off).
_ACHIEVED = re.compile(r"r?e?alisasi|capaian", re.IGNORECASE)


def _runs(quarters: dict[int, str]) -> list[dict[int, str]]:
    """The header's quarter columns in runs that name each quarter once (TW I ... TW IV of the
    physical targets, then those of the financial ones)."""
    runs: list[dict[int, str]] = []
    for k in sorted(quarters):
        if not runs or quarters[k] in runs[-1].values():
            runs.append({})
        runs[-1][k] = quarters[k]
    return runs


def _target_quarters(quarters: dict[int, str], above: list[list[str]]) -> dict[int, str]:
    """The quarter columns that hold the indicator's targets. Where the header names the quarters
    twice or more (a physical target and a financial one side by side), each run of quarters is
    named by the group heading over it, and the first run whose heading plans no money is
    taken; none when every run does. A run headed as what was achieved ("Realisasi Triwulan",
    "Capaian Triwulan (%)") beside one headed as the targets is not taken either."""
    runs = _runs(quarters)
    if len(runs) < 2:
        return quarters
    planned = [run for run in runs if not _MONEY_GROUP.search(_run_heading(run, above))]
    return next((run for run in planned if not _ACHIEVED.search(_run_heading(run, above))),
                planned[0] if planned else {})


def _run_heading(run: dict[int, str], above: list[list[str]]) -> str:
    """The group headings over a run of quarter columns."""
    return " ".join(cell_at(row, j) for row in above for j in range(min(run), max(run) + 1))


def _money_quarters(quarters: dict[int, str], targets: dict[int, str]) -> dict[int, str]:
    """Of the header's runs of quarters, the first of all four that is not the targets': the
    financial targets (their heading plans money, `_target_quarters`)."""
    return next((run for run in _runs(quarters) if run != targets and len(run) == 4), {})


def schedule(lines: list[tuple[int, list[str]]]) -> bool:
    """A block with a column per quarter whose cells are ticks or empty, or the actions of each
    quarter in words: a schedule of when each action runs ("Jadwal Pelaksanaan", "Rencana Aksi
    Kegiatan"), not targets. No figure stands under the quarters, and ticks are most of what does
    (a row that lost a cell puts the next column's text there), or words are all of it."""
    head, quarters = _heads(lines)
    if head is None:
        return False
    written = [cell_at(cells, k) for _, cells in lines[head + 1:] for k in quarters if cell_at(cells, k)]
    ticks = sum(1 for c in written if _MARK.fullmatch(c))
    worded = bool(written) and all(len(re.findall(r"[A-Za-z]{2,}", c)) >= 2 for c in written)
    return (ticks > 0 and 2 * ticks > len(written) or worded) and not any(re.search(r"\d", c) for c in written)


# A monitoring form prints each indicator's quarters twice, on rows its "Uraian" cell labels:
# "Target", then "Realisasi" (or "Capaian").
_ROLE = re.compile(r"^(?:target|rencana|realisasi|capaian)(?:\s*\(%\))?$", re.IGNORECASE)
_MEASURED = re.compile(r"^(?:realisasi|capaian)\b", re.IGNORECASE)


def _role_column(rows: list[tuple[int, list[str]]], quarters: dict[int, str]) -> int | None:
    """The column, outside the quarters, whose cells say on every row what its quarters hold,
    at least one row a target and one a realisation; None where no column does."""
    width = max((len(cells) for _, cells in rows), default=0)
    for k in range(width):
        if k in quarters:
            continue
        said = [cell_at(cells, k) for _, cells in rows if any(cell_at(cells, j) for j in quarters)]
        if said and all(_ROLE.match(s) for s in said) and any(_MEASURED.match(s) for s in said) \
                and not all(_MEASURED.match(s) for s in said):
            return k
    return None


# What a quarter's own columns hold, in the header row under the quarters: the indicator's target
# ("Fisik (%)", "Kinerja", "Target", "Output"), or what was achieved.
_TARGET_PART = re.compile(r"\b(?:fisik|kinerja|target|output|keluaran|volume)\b", re.IGNORECASE)


def _quarter_parts(lines: list[tuple[int, list[str]]], head: int, every: dict[int, str]):
    """Each quarter over columns of its own: `Triwulan I | | Triwulan II | ...` above
    `Fisik (%) | Keuangan (Rp) | Fisik (%) | ...`. Returns the target column of each quarter, its
    financial column, and whether the targets are in percent (their part says so); None when the
    row under the quarters does not name two parts or more under every quarter, each quarter
    alike."""
    if head + 1 >= len(lines) or len(every) != 4 or len(set(every.values())) != 4:
        return None
    below = lines[head + 1][1]
    if not is_header_row(below):
        return None
    starts = sorted(every)
    step = {b - a for a, b in zip(starts, starts[1:])}
    if len(step) != 1 or (span := step.pop()) < 2:
        return None
    parts = [[cell_at(below, k + j) for j in range(span)] for k in starts]
    if any(sum(1 for p in q if p) < 2 for q in parts) or \
            any([word_key(p) for p in q] != [word_key(p) for p in parts[0]] for q in parts):
        return None
    first = parts[0]
    target = next((j for j, p in enumerate(first) if _TARGET_PART.search(p) and not _MONEY_GROUP.search(p)), None)
    cash = next((j for j, p in enumerate(first) if _MONEY_GROUP.search(p) and j != target), None)
    if target is None:
        return None
    targets = {k + target: every[k] for k in starts}
    money = {k + cash: every[k] for k in starts} if cash is not None else {}
    return targets, money, bool(_PERCENT_HEAD.search(first[target]))


_ACTUAL_PART = re.compile(r"\brealisasi\b", re.IGNORECASE)
_RATIO_PART = re.compile(r"\bcapaian\b", re.IGNORECASE)


def quarter_realisations(title: str, start: int, lines: list[tuple[int, list[str]]]) -> RealisationTable | None:
    """A monitoring form whose every quarter spans "Target | Realisasi | Capaian (%)", or whose
    targets, realisations and capaian are three runs of the quarters (`_monitored`): each
    quarter's printed capaian, held to its realisation over its target, for the quarters realised
    so far (the later ones are still empty). None for any other table; the quarters' targets are
    read_quarters' to read. A row one empty cell short gets it back where one reading keeps a
    target in every quarter and a capaian beside each realisation (`restore_dropped`); any other
    row short of cells is unread (`unread_rows`): which quarter lost the cell is not known."""
    head, every = _heads(lines)
    if head is None or not (monitored := _monitored(lines, head, every)):
        return None
    columns, last = monitored
    first = min(k for triple in columns.values() for k in triple)
    labels = [" ".join(cell_at(cells, k) for _, cells in lines[:last + 1]).lower() for k in range(first)]
    indicator = next((k for k, label in enumerate(labels) if "indikator" in label), None)
    table = RealisationTable(name=title or f"tabel baris {start}", location=Location(line=start, table=title or None))
    widest = max(len(cells) for _, cells in lines)
    rows = lines[last + 1:]
    body = [cells for _, cells in rows]
    for line, cells in rows:
        if len(cells) < widest:
            cells = restore_dropped(cells, body, lambda row: all(
                cell_at(row, t) and bool(cell_at(row, a)) == bool(cell_at(row, r)) for t, a, r in columns.values())) \
                or cells
        name = cell_at(cells, indicator) if indicator is not None else ""
        if name and len(cells) < widest:
            table.unread_rows.append(line)
        if not name or len(cells) < widest:
            continue
        loc = Location(line=line, table=table.name)
        row = RealisationRow(name=name, location=loc)
        for quarter, (t, a, r) in columns.items():
            got, said = cell_at(cells, a), cell_at(cells, r)
            if got or said:  # a quarter realised so far
                row.cells.append(RatioCell(period=quarter, base=measure(cell_at(cells, t), "number", loc),
                                           actual=measure(got, "number", loc), declared=measure(said, "percent", loc)))
        if row.cells:
            table.rows.append(row)
    return table


def _monitored(lines: list[tuple[int, list[str]]], head: int, every: dict[int, str]) -> tuple[dict, int] | None:
    """Per quarter, its (target, realisation, capaian) columns, and the header's last row: where every quarter spans its
    three parts ("Triwulan I" over "Target | Realisasi | Capaian (%)"), or where three runs of
    the four quarters stand under headings of the targets, the realisations and the capaian
    ("Target Triwulan", "Realisasi Triwulan", "Capaian Triwulan (%)"). None for any other header."""
    if parts := _quarter_parts(lines, head, every):
        starts = sorted(every)
        below = lines[head + 1][1]
        named = [cell_at(below, starts[0] + j) for j in range(starts[1] - starts[0])]
        target = next(iter(parts[0])) - starts[0]
        actual = next((j for j, p in enumerate(named) if _ACTUAL_PART.search(p)), None)
        ratio = next((j for j, p in enumerate(named) if _RATIO_PART.search(p)), None)
        if actual is None or ratio is None:
            return None
        return {every[k]: (k + target, k + actual, k + ratio) for k in starts}, head + 1
    above = [cells for _, cells in lines[:head]]
    runs = [run for run in _runs(every) if len(run) == 4]
    headed = [_run_heading(run, above) for run in runs]
    target = next((run for run, h in zip(runs, headed) if not _ACHIEVED.search(h) and not _MONEY_GROUP.search(h)),
                  None)
    actual = next((run for run, h in zip(runs, headed) if _ACTUAL_PART.search(h) and not _RATIO_PART.search(h)), None)
    ratio = next((run for run, h in zip(runs, headed) if _RATIO_PART.search(h)), None)
    if target is None or actual is None or ratio is None:
        return None
    by_quarter = [{q: k for k, q in run.items()} for run in (target, actual, ratio)]
    return {q: (k, by_quarter[1][q], by_quarter[2][q]) for q, k in by_quarter[0].items()
            if q in by_quarter[1] and q in by_quarter[2]}, head


def _by_columns(table: ProgramTable, lines: list[tuple[int, list[str]]]) -> bool:
    """The one-column-per-quarter form; False when the block's header has no quarter columns."""
    head, every = _heads(lines)
    if head is None:
        return False
    parts = _quarter_parts(lines, head, every)
    # (What the quarters hold is said above their parts: "Realisasi" as one part of each quarter,
    # beside its "Target", is no table of what was achieved.)
    head_text = " ".join(c for _, cells in lines[:head + 1] for c in cells).lower()
    if parts:
        # The quarters' own parts are the header's last row; the quarters' columns are theirs.
        head += 1
        quarters, quarter_money, _ = parts
        every = {**quarters, **quarter_money}
        spans = set(range(min(every), max(every) + 1))
    else:
        quarters = _target_quarters(every, [cells for _, cells in lines[:head]])
        spans = set(every)
        if len(_runs(every)) > 1 and quarters and not _ACHIEVED.search(
                _run_heading(quarters, [cells for _, cells in lines[:head]])):
            head_text = ""  # targets beside what was achieved: the targets are read
    if _ACHIEVED.search(head_text):
        return True  # quarters of what was achieved (an evaluation table), not targets: nothing to read
    if any(_quarter(cell_at(cells, k)) for _, cells in lines[head + 1:] for k in quarters):
        return False  # "TW II  50%" written in the rows under the heads: one quarter per line, not per column
    labels = [" ".join(cells[k] for _, cells in lines[:head + 1] if k < len(cells)).lower()
              for k in range(max(len(c) for _, c in lines[:head + 1]))]
    find = lambda pattern: next((k for k, lab in enumerate(labels)  # noqa: E731
                                 if k not in spans and re.search(pattern, lab)), None)
    indicator_col, unit_col = find(r"indikator"), find(r"satuan")
    annual_col = find(r"target|tahunan")
    # Beside the targets, the year's budget and its financial targets per quarter, where a run of
    # quarters plans money: each row's quarters are held to its budget.
    if not parts:
        quarter_money = _money_quarters(every, quarters) if len(every) > len(quarters) else {}
    budget_col = find(r"\b(anggaran|pagu|dana)\b") if quarter_money else None
    name_col = find(r"program|kegiatan|uraian|sasaran|tujuan")
    # Quarters under a heading in percent ("Target Fisik (%)" over TW I ... TW IV): their bare
    # figures are percentages, of the year's target where that is a count.
    group = " ".join(cell_at(row, j) for _, row in lines[:head] for j in range(min(quarters), max(quarters) + 1)) \
        if quarters else ""
    in_percent = parts[2] if parts else bool(_PERCENT_HEAD.search(group))
    role_col = _role_column(lines[head + 1:], every)
    body = [cells for _, cells in lines[head + 1:]]
    widest = max(len(cells) for _, cells in lines)
    for line, cells in lines[head + 1:]:
        unsure = False
        if len(cells) < widest and any(not cell_at(cells, k) for k in quarters):
            # A row short of a cell with a quarter read empty: the lost cell was empty and stood
            # where other rows leave one empty; where that place is not known, its quarters are
            # not read (not reported empty).
            restored = restore_dropped(cells, body, lambda row: all(cell_at(row, k) for k in quarters))
            cells, unsure = (restored, False) if restored else (cells, True)
            if unsure:
                table.unread_rows.append(line)
        cell = partial(cell_at, cells)
        if not any(cell(k) for k in quarters) or all(_quarter_head(cell(k)) for k in quarters if cell(k)):
            continue
        if role_col is not None and _MEASURED.match(cell(role_col)):
            continue  # what the row above achieved in its quarters (a monitoring form), not targets
        loc = Location(line=line, table=table.name)
        name = _NUMBERED.sub("", cell(name_col)) or _NUMBERED.sub("", cell(indicator_col)) or "(tanpa uraian)"
        level = next((lvl for word, lvl in _LEVEL if name.lower().startswith(word)), "program")
        ind = Indicator(name=_NUMBERED.sub("", cell(indicator_col)), unit=cell(unit_col), location=loc,
                        annual=measure(cell(annual_col), "number", loc) if annual_col is not None else None)
        for k, q in quarters.items():
            ind.targets[q] = value = measure(cell(k), "number", loc)
            if in_percent and value.present and not value.suffix.strip():
                value.suffix = "%"
            if unsure:
                ind.targets[q] = value.model_copy(update={"value": None, "error": "@misaligned"})
        ind.progress_heading = in_percent
        if unit_col is None:  # no unit column: the unit is written with the figures ("12 bulan")
            written = [v for v in (ind.annual, *ind.targets.values()) if v is not None and v.suffix.strip()]
            ind.unit = written[0].suffix.strip() if written else ""
        if name_col is not None and name_col != indicator_col and not cell(name_col) and not cell(0) \
                and ind.name and table.roots and not (budget_col is not None and cell(budget_col)):
            # The kegiatan's cell merged down over its further indicators (its name printed once,
            # on its first row): a further indicator of the row above, not a row of its own.
            table.roots[-1].indicators.append(ind)
            continue
        node = ProgramNode(level=level, name=name, indicators=[ind], location=loc)
        if budget_col is not None and cell(budget_col) and not unsure:
            node.annual_budget = money(cell(budget_col), loc)
            node.quarter_budgets = {q: money(cell(k), loc) for k, q in quarter_money.items()}
        table.roots.append(node)
    if unit_col is None:
        # Where most rows write their unit with their figures, a row without one lacks it.
        inds = [n.indicators[0] for n in table.roots]
        table.columns = ["indikator"]
        if inds and sum(1 for i in inds if i.unit) >= 0.6 * len(inds):
            table.columns.append("satuan")
            table.unit_from_targets = True
    return True


def _by_lines(table: ProgramTable, lines: list[tuple[int, list[str]]]) -> None:
    """The one-quarter-per-line and all-in-one-cell forms, read line by line."""
    open_series: list[dict] = []  # series waiting for their next quarter: column, node, next quarter
    previous: list[list[str]] = []
    for line, cells in lines:
        loc = Location(line=line, table=table.name)
        claimed: set[int] = set()
        # Continue the open series from the quarter cells of this line.
        quarter_cells = {k: q for k, c in enumerate(cells) if (q := _quarter(c))}
        # Side-by-side series keep their order from line to line: where this line has one quarter
        # cell for each open series, each the quarter its series wants, they are taken in order,
        # wherever a shifted line or a line laid out at another width puts them.
        columns = sorted(quarter_cells)
        ordered = sorted(open_series, key=lambda s: s["k"])
        in_order = len(columns) == len(ordered) and all(quarter_cells[k] == s["next"] for k, s in zip(columns, ordered))
        for series in open_series:
            want = series["next"]
            near = (series["k"], series["k"] + 1, series["k"] - 1, series["k"] + 2, series["k"] - 2)
            places = (columns[ordered.index(series)],) if in_order else near
            for k in places:
                if quarter_cells.get(k) == want and k not in claimed:
                    claimed.add(k)
                    series["k"] = k
                    series["ind"].targets[want] = measure(cells[k + 1] if k + 1 < len(cells) else "", "number", loc)
                    series["next"] = QUARTERS[QUARTERS.index(want) + 1] if want != "TW IV" else None
                    break
            else:
                series["next"] = None  # the run broke off: keep what it has
        open_series = [s for s in open_series if s["next"]]
        # Start new series: a TW I cell nobody claimed, or a cell with all four quarters.
        for k, cell in enumerate(cells):
            if k in claimed:
                continue
            value = cells[k + 1] if k + 1 < len(cells) else ""
            if quarter_cells.get(k) == "TW I" and not _quarter(value):  # `TW I  TW II ...` is a header row
                ind = _new(table, cells, k, loc, previous)
                ind.targets["TW I"] = measure(value, "number", loc)
                open_series.append({"k": k, "ind": ind, "next": "TW II"})
            elif sum(1 for _, raw in _ONE_CELL.findall(cell) if raw.strip()) >= 2:  # (not a header's "TW I TW II")
                ind = _new(table, cells, k, loc, previous)
                for name, raw in _ONE_CELL.findall(cell):
                    ind.targets[NAMES[name.upper()]] = measure(raw, "number", loc)
        previous.append(cells)


# The table or the sentence leading into it says its quarters are running totals ("Target
# triwulan ditulis kumulatif", "Target Kumulatif"), not "tidak kumulatif" / "non-kumulatif".
_SAID_RUNNING = re.compile(r"(?<!tidak )(?<!bukan )(?<!non )(?<!non-)\bkumulatif\b", re.IGNORECASE)


def read_quarters(title: str, start: int, lines: list[tuple[int, list[str]]],
                  seen: set | None = None, lead: list[tuple[int, str]] = ()) -> ProgramTable | None:
    """The quarterly series of a block. `seen` holds the series already read from earlier blocks of
    the document: a table that repeats the previous one's rows for context adds nothing. `lead`
    is the prose before the block: where it (or the title, or the header) calls the quarters
    cumulative, the counts' quarters are running totals."""
    seen = seen if seen is not None else set()
    table = ProgramTable(name=title or f"tabel baris {start}", quarterly=True, columns=["indikator", "satuan"],
                         location=Location(line=start, table=title or None))
    lines = _header_mended(lines)
    if not _by_columns(table, lines):
        _by_lines(table, lines)
    head, _ = _heads(lines)
    said = [title, *(text for line, text in lead if line >= start - 4),
            *(c for _, cells in lines[:(head or 0) + 1] for c in cells)]
    table.said_running = any(_SAID_RUNNING.search(text) for text in said)
    kept = []
    for node in table.roots:
        ind = node.indicators[0]
        key = (node.name, ind.name, ind.unit, tuple((q, v.raw) for q, v in ind.targets.items()))
        if key not in seen:
            seen.add(key)
            kept.append(node)
    table.roots = kept
    return table if table.roots else None


def _header_mended(lines: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The block with a header row that lost an empty cell set back where its labels agree with
    the rows (`fill_lost_label_cell`: the quarters under a group heading fill its columns)."""
    head = next((k for k, (_, cells) in enumerate(lines) if not is_header_row(cells)), len(lines))
    if not 0 < head < len(lines):
        return lines
    mended = fill_lost_label_cell([cells for _, cells in lines[:head]], [cells for _, cells in lines[head:]])
    return [(line, cells) for (line, _), cells in zip(lines[:head], mended)] + lines[head:]


def _new(table: ProgramTable, cells: list[str], k: int, loc: Location, previous: list[list[str]]) -> Indicator:
    subject, indicator, unit, orphan = _context(cells, k)
    if orphan:
        level = next((lvl for word, lvl in _LEVEL if (subject or orphan).lower().startswith(word)), "program")
        table.roots.append(ProgramNode(level=level, name=subject or orphan,
                                       indicators=[Indicator(name=orphan, location=loc)], location=loc))
    if not subject and not indicator:
        subject, indicator = _from_above(previous, k)
    elif not subject and not orphan and table.roots and not any(c.strip() for c in cells[:1]):
        # The uraian cell left empty under a row (merged down in the document): a further
        # indicator of the row above, not a row of its own named after its indicator.
        ind = Indicator(name=indicator, unit=unit, location=loc)
        table.roots[-1].indicators.append(ind)
        return ind
    name = subject or indicator or "(tanpa uraian)"
    level = next((lvl for word, lvl in _LEVEL if name.lower().startswith(word)), "program")
    ind = Indicator(name=indicator, unit=unit, location=loc)
    table.roots.append(ProgramNode(level=level, name=name, indicators=[ind], location=loc))
    return ind
