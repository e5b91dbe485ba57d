"""The risk register of a published plan (Renja Tabel 4.x "Register Risiko").

Its header is often several rows whose cells do not line up (a group row, a row of names, a
row of sub-names); the column-number row below it does. So a column is found by its name and
by what it holds: the likelihood scale ("Kemungkinan", "Probabilitas", "Frekuensi") and the
impact scale ("Dampak") are columns of numbers under those names, in either order; the score is
the column of numbers after both; the level ("Level", "Tingkat", "Kategori") a column of words.
The scales may be abbreviated ("K", "D" under "Analisis Risiko"), and a register may assess each
risk twice (inherent, then residual risk): each assessment is read, the later named by its group.
Rows are read by position; a row short of cells (extraction dropped an empty one before the
scales) is read at the one shift under which its scales and score are numbers, and not at all
when several shifts fit.
"""
from __future__ import annotations

import re
from ..models import Location, RiskBand, RiskEntry, Value
from .labels import word_key
from .realisation import cell_at, column_numbers, header_columns, is_header_row, measure


_LIKELIHOOD = re.compile(r"kemungkinan|probabilitas|frekuensi|likelihood", re.IGNORECASE)
_IMPACT = re.compile(r"dampak|impact|konsekuensi|keparahan", re.IGNORECASE)
_SCORE = re.compile(r"nilai|skor|besaran|risiko|resiko|\bx\b|×", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+([.,]\d+)?$")
# A level written in the score's cell, after its figure: "12 (Tinggi)", "20 - Sangat Tinggi".
_SCORE_WITH_LEVEL = re.compile(r"\d{1,2}(?:[.,]\d+)?\s*[(\-–/]?\s*([A-Za-z][A-Za-z ]{2,30}?)\s*\)?")
_LEVEL = re.compile(r"\b(level|tingkat|kategori|peringkat|status)\b", re.IGNORECASE)
# The scales abbreviated as a header cell of their own: "K" or "P" (kemungkinan, probabilitas)
# and "D" (dampak), as under "Analisis Risiko" in "K | D | Skor | Level".
_LIKELIHOOD_MARK = re.compile(r"^\(?[KP]\)?$", re.IGNORECASE)
_IMPACT_MARK = re.compile(r"^\(?D\)?$", re.IGNORECASE)


def _likelihood(label: str) -> bool:
    return bool(_LIKELIHOOD.search(label) or _LIKELIHOOD_MARK.match(label.split(" / ")[-1].strip()))


def _impact(label: str) -> bool:
    return bool(_IMPACT.search(label) or _IMPACT_MARK.match(label.split(" / ")[-1].strip()))


def read_risks(title: str, start: int, lines: list[tuple[int, list[str]]],
               scales: dict[str, dict[str, int]] | None = None) -> list[RiskEntry] | None:
    """The register's rows; `scales` the words of the document's own criteria of likelihood and
    impact ("Sering" is 4), for a register that writes its scales in words."""
    head_text = " ".join(" ".join(c) for _, c in lines[:6]).lower()
    marked = any(_LIKELIHOOD_MARK.match(c.strip()) for _, cells in lines[:6] for c in cells) and \
        any(_IMPACT_MARK.match(c.strip()) for _, cells in lines[:6] for c in cells)
    if "risiko" not in head_text and "resiko" not in head_text or not (_LIKELIHOOD.search(head_text) or marked):
        return None
    header, body = [], []
    printed: dict[int, list[str]] = {}  # the body's cells as printed, scales' words and all
    for line, cells in lines:
        if not body and is_header_row(cells) and len(header) < 6 and not (header and column_numbers(header[-1])):
            header.append(cells)
        else:
            body.append((line, [_scale_value(c) for c in cells]))
            printed[line] = cells
    width = max((len(c) for c in header), default=0)
    columns = header_columns(header, width)
    labels = [c.label.lower() for c in columns]
    if scales:
        body = [(line, _worded_scales(cells, labels, scales)) for line, cells in body]
    rows = [cells for _, cells in body if not column_numbers(cells)]

    def share(k: int, numeric: bool) -> float:
        """The part of the column's filled body cells that are (or are not) numbers."""
        filled = [r[k].strip() for r in rows if k < len(r) and r[k].strip()]
        hits = [c for c in filled if bool(_NUMBER.match(c)) == numeric]
        return len(hits) / len(filled) if filled else 0.0

    # Scales and score are found by name and by what the column holds (a "Dampak" description
    # column is text; the impact scale is numbers), so header rows that do not line up with the
    # body, or another order of the columns, still read.
    scales = [k for k in range(width) if share(k, True) >= 0.6]
    groups = _groups(scales, labels, lambda k: share(k, False) >= 0.6, width)
    if not groups:
        return None
    # A register assessed twice (inherent, then residual risk, each with its own scales, score and
    # level): each row is read once per group, the later ones named by their group's heading.
    named = len(groups) > 1
    code = next((k for k, lab in enumerate(labels) if "kode" in lab), None)
    description = next((k for k, lab in enumerate(labels) if re.search(r"risiko|resiko", lab) and "uraian" in lab), None)
    risks = []
    for line, cells in body:
        if not 3 <= len(cells) <= width or column_numbers(cells):
            continue
        for likelihood, impact, score, level in groups:
            needed = max(k for k in (impact, likelihood, score) if k is not None) + 1
            shift = _shift(cells, width, (impact, likelihood, score))
            if shift is None or len(cells) < needed - shift:
                continue
            loc = Location(line=line, table=title or None)
            cell = lambda k: cell_at(cells, None if k is None or k < shift else k - shift)  # noqa: E731
            values = [measure(cell(k), "number", loc) if k is not None else Value(location=loc)
                      for k in (impact, likelihood, score)]
            if not any(v.present for v in values) and not cell(level):
                continue
            level_text = cell(level)
            if level is None and score is not None and score >= shift and (said := _SCORE_WITH_LEVEL.fullmatch(
                    cell_at(printed.get(line, cells), score - shift))):
                level_text = said.group(1)  # the level written with its score: "12 (Tinggi)"
            number = cell_at(cells, 0)
            if named:
                number = f"{number} ({columns[likelihood].label.split(' / ')[0].strip()})".strip()
            risks.append(RiskEntry(number=number, code=cell(code), description=cell(description),
                                   impact=values[0], likelihood=values[1], score=values[2], level=level_text,
                                   level_location=loc, location=loc))
    return risks or None


def worded_register(lines: list[tuple[int, list[str]]]) -> str | None:
    """A risk register that rates likelihood and impact in words ("Sering", "Moderat") where the
    document gives no criteria that number them: the first row's two words, to say that its
    scores and levels could not be checked; None for any other block."""
    header = []
    for _, cells in lines[:3]:  # (a row of words after a row number is the first risk, not header)
        if not is_header_row(cells) or re.fullmatch(r"\d{1,3}\.?", cell_at(cells, 0)) and header:
            break
        header.append(cells)
    head_text = " ".join(" ".join(c) for c in header).lower()
    if not header or not re.search(r"risiko|resiko", head_text):
        return None
    width = max(len(c) for _, c in lines)
    labels = [c.label.lower() for c in header_columns(header, width)]
    likelihood = next((k for k, lab in enumerate(labels) if _LIKELIHOOD.search(lab)), None)
    impact = next((k for k, lab in enumerate(labels) if _IMPACT.search(lab) and k != likelihood), None)
    if likelihood is None or impact is None:
        return None
    body = [cells for _, cells in lines[len(header):] if not column_numbers(cells)]
    pairs = [(cell_at(c, likelihood), cell_at(c, impact)) for c in body]
    words = [p for p in pairs if all(re.fullmatch(r"[A-Za-z][A-Za-z ]{1,30}", w) for w in p)]
    return " / ".join(words[0]) if words and len(words) >= 0.6 * len(pairs) else None


def _groups(scales: list[int], labels: list[str], worded, width: int) -> list[tuple[int, int, int | None, int | None]]:
    """(likelihood, impact, score, level) columns of each assessment in the header: the impact
    scale nearest its likelihood scale, the score the next number column after both (or one
    named so), the level a column of words named so (after the score where the register has
    more than one assessment, before the next one's scales)."""
    likes = [k for k in scales if _likelihood(labels[k])]
    groups, used = [], set()
    for n, likelihood in enumerate(likes):
        low = likes[n - 1] + 1 if n else 0
        high = likes[n + 1] if n + 1 < len(likes) else width
        impacts = [k for k in scales if k != likelihood and _impact(labels[k]) and k not in used
                   and (len(likes) == 1 or low <= k < high)]
        if not impacts:
            continue
        impact = min(impacts, key=lambda k: abs(k - likelihood))
        after = max(impact, likelihood)
        score = next((k for k in scales if k > after and (_SCORE.search(labels[k]) or k == after + 1)
                      and k not in likes), None)
        since = (score if score is not None else after) if len(likes) > 1 else -1
        level = next((k for k in range(since + 1, high if len(likes) > 1 else width)
                      if _LEVEL.search(labels[k]) and k not in (impact, likelihood, score) and worded(k)), None)
        if likelihood in used:
            continue
        used |= {likelihood, impact, score, level} - {None}
        groups.append((likelihood, impact, score, level))
    return groups


_WORDED_SCALE = re.compile(r"^(?:[A-Za-z][A-Za-z ]{0,24}\((\d{1,2})\)|(\d{1,2})\s*\([A-Za-z][A-Za-z ]{0,24}\))$")


def _scale_value(cell: str) -> str:
    """A scale written with its word, "Sering (4)" or "4 (Sering)": its number."""
    m = _WORDED_SCALE.match(cell.strip())
    return (m.group(1) or m.group(2)) if m else cell


def _worded_scales(cells: list[str], labels: list[str], scales: dict[str, dict[str, int]]) -> list[str]:
    """A register's scales written in the words of the document's criteria ("Sering", "Moderat"):
    their numbers. A word both scales use for different numbers is read by its column's name."""
    out = []
    for k, cell in enumerate(cells):
        said = word_key(cell)
        like, impact = scales.get("likelihood", {}).get(said), scales.get("impact", {}).get(said)
        label = labels[k] if k < len(labels) else ""
        if like is not None and impact is not None and like != impact:
            number = like if _likelihood(label) else impact if _impact(label) else None
        else:
            number = like if like is not None else impact
        out.append(str(number) if number is not None else cell)
    return out


_SCALE_HEAD = re.compile(r"^(?:skala|nilai|level|tingkat|skor|bobot|peringkat)\b", re.IGNORECASE)


def read_risk_scales(title: str, start: int, lines: list[tuple[int, list[str]]]) -> dict[str, dict[str, int]] | None:
    """The document's criteria of likelihood or impact ("Skala | Kemungkinan | Uraian" over "4 |
    Sering | ..."): per scale, its words and their numbers. Taken only when a column of the
    numbers 1, 2, 3 ... (each once) stands beside a column of distinct words named by the scale."""
    if not lines or not is_header_row(lines[0][1]):
        return None
    labels = [c.strip() for c in lines[0][1]]
    body = [cells for _, cells in lines[1:] if any(c.strip() for c in cells)]
    number = next((k for k, lab in enumerate(labels) if _SCALE_HEAD.match(lab)), None)
    if number is None or len(body) < 3:
        return None
    numbers = [cell_at(r, number).strip() for r in body]
    if numbers != [str(n) for n in range(1, len(body) + 1)] and numbers != [str(n) for n in range(len(body), 0, -1)]:
        return None
    found: dict[str, dict[str, int]] = {}
    for k, lab in enumerate(labels):
        scale = "likelihood" if _LIKELIHOOD.search(lab) else "impact" if _IMPACT.search(lab) else None
        if scale is None or k == number:
            continue
        words = [word_key(cell_at(r, k)) for r in body]
        if all(re.fullmatch(r"[a-z][a-z ]{1,40}", w) for w in words) and len(set(words)) == len(words):
            found[scale] = {w: int(n) for w, n in zip(words, numbers)}
    return found or None


def _shift(cells: list[str], width: int, scales: tuple[int | None, ...]) -> int | None:
    """How many cells a row lost before its scales. A row as wide as the header lost none; a
    shorter one lost 0 to `width - len(cells)`, and the loss is the one under which the impact,
    likelihood and score cells all hold numbers. None when several losses fit (the row cannot be
    read without guessing); 0 when none does (the row's own cells are then what is wrong)."""
    if len(cells) >= width:
        return 0
    fits = [d for d in range(width - len(cells) + 1)
            if all(0 <= k - d < len(cells) and _NUMBER.match(cells[k - d].strip()) for k in scales if k is not None)]
    if len(fits) > 1:
        return None
    return fits[0] if fits else 0


# A band's range of scores: "5 - 9", "5–9", "5 s.d. 9", "5 s/d 9", "5 sampai 9"; or one bound
# ("≥ 20", "> 16", "≤ 4", "< 5").
_RANGE_TEXT = r"(\d+(?:[.,]\d+)?)\s*(?:-|–|—|s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?)\s*(\d+(?:[.,]\d+)?)"
_BAND_RANGE = re.compile(f"^{_RANGE_TEXT}$", re.IGNORECASE)
_BAND_BOUND = re.compile(r"^(>=|≥|>|<=|≤|<)\s*(\d+(?:[.,]\d+)?)$")
_BAND_HEAD = re.compile(r"\b(rentang|interval|range|batas)\b|\b(nilai|skor|besaran)\b", re.IGNORECASE)
_BAND_NAME = re.compile(r"\b(warna|color|colour|kode|simbol|singkatan|inisial)\b", re.IGNORECASE)
_OPEN = 1e-9  # how far an open bound ("> 16") stands inside its number


def _band_range(cell: str) -> tuple[float, float] | None:
    text = cell.strip()
    if m := _BAND_RANGE.match(text):
        low, high = (float(g.replace(",", ".")) for g in m.groups())
        return (low, high) if low <= high else None
    if m := _BAND_BOUND.match(text):
        sign, bound = m.group(1), float(m.group(2).replace(",", "."))
        return {">=": (bound, float("inf")), "≥": (bound, float("inf")), ">": (bound + _OPEN, float("inf")),
                "<=": (float("-inf"), bound), "≤": (float("-inf"), bound), "<": (float("-inf"), bound - _OPEN)}[sign]
    return None


def read_risk_bands(title: str, start: int, lines: list[tuple[int, list[str]]]) -> list[RiskBand] | None:
    """A register's own criteria of risk levels ("Level Risiko | Rentang Besaran Risiko | Warna"
    over "Sedang | 5 - 9 | Kuning"): per row, the level's words and its range of scores. Taken
    only when it is that: a header naming the level and the range, two rows or more, each with
    one range, the ranges apart from each other and their labels distinct."""
    header = [cells for _, cells in lines[:3] if is_header_row(cells)]
    if not header or len(header) == len(lines):
        return None
    width = max(len(c) for c in header)
    labels = [c.label for c in header_columns(header, width)]
    level = next((k for k, lab in enumerate(labels) if _LEVEL.search(lab) and not _BAND_HEAD.search(lab)), None)
    ranged = [k for k, lab in enumerate(labels) if _BAND_HEAD.search(lab) and k != level]
    named = f"{title} {' '.join(labels)}".lower().replace("resiko", "risiko")
    if level is None or not ranged or "risiko" not in named or _LIKELIHOOD.search(named) or _IMPACT.search(named):
        return None  # (criteria of likelihood or of impact are scales, not levels)
    # Other names of each level the table gives: its colour, its code ("Merah", "ST").
    names = [k for k, lab in enumerate(labels) if _BAND_NAME.search(lab) and k != level and k not in ranged]
    bands = []
    for line, cells in lines[len(header):]:
        if len(cells) > width or column_numbers(cells):
            return None
        spans = [r for k in ranged if (r := _band_range(cell_at(cells, k))) is not None]
        label = cell_at(cells, level).strip()
        if len(spans) != 1 or not re.search(r"[A-Za-z]", label):
            return None
        aliases = [c for k in names if re.fullmatch(r"[A-Za-z][A-Za-z ]{0,20}", c := cell_at(cells, k).strip())]
        bands.append(RiskBand(label=label, min=spans[0][0], max=spans[0][1], aliases=aliases,
                              location=Location(line=line, table=title or None)))
    ordered = sorted(bands, key=lambda b: b.min)
    apart = all(a.max < b.min for a, b in zip(ordered, ordered[1:]))
    distinct = len({b.label.lower() for b in bands}) == len(bands)
    for b in bands:  # a colour two levels share names neither
        b.aliases = [a for a in b.aliases if sum(a.lower() in map(str.lower, o.aliases) for o in bands) == 1]
    return bands if len(bands) >= 2 and apart and distinct else None


# Criteria of risk levels written in prose: "nilai 1 - 5 Rendah, 6 - 11 Sedang, ..." (the range,
# then its level) or "Rendah: 1 - 5; Sedang: 6 - 11" (the level, then its range), on one line or
# one level to a line under a line that names them. The range is a criteria table's (_RANGE_TEXT).
_NAME_TEXT = r"([A-Za-z]+(?:\s+[A-Za-z]+){0,2})"
_PAIR_END = r"\s*\)?\s*(?=[,;.]|\s+(?:dan|atau)\b|$)"
_RANGE_THEN_NAME = re.compile(_RANGE_TEXT + r"\s*[:=(]?\s*" + _NAME_TEXT + _PAIR_END)
_NAME_THEN_RANGE = re.compile(r"(?:^|[,;:]|\s)\s*" + _NAME_TEXT + r"\s*(?:[:=(]|\badalah\b|\byaitu\b)?\s*"
                              r"(?:(?:nilai|skor|besaran)\s+)?" + _RANGE_TEXT + _PAIR_END, re.IGNORECASE)
_NOT_A_NAME = re.compile(r"^(?:(?:nilai|skor|besaran|dan|atau|level|tingkat|risiko|resiko|kriteria)\s+)+|"
                         r"(?:\s+(?:dan|atau))+$", re.IGNORECASE)


def _stated_pairs(text: str) -> list[tuple[str, float, float]]:
    """The (level, low, high) a prose text states, in whichever order it writes them."""
    def pairs(form, name_at: int, low_at: int) -> list[tuple[str, float, float]]:
        out = []
        for m in form.finditer(text):
            name = _NOT_A_NAME.sub("", m.group(name_at)).strip()
            low, high = float(m.group(low_at).replace(",", ".")), float(m.group(low_at + 1).replace(",", "."))
            if name and low <= high <= 100:  # scores, not years
                out.append((name, low, high))
        return out
    after, before = pairs(_RANGE_THEN_NAME, 3, 1), pairs(_NAME_THEN_RANGE, 1, 2)
    return after if len(after) > len(before) else before if len(before) > len(after) else []


# "R (rendah, besaran 1-5), S (sedang, 6-11)": each level's code, then its name and range in brackets.
_CODE_NAME_RANGE = re.compile(r"\b([A-Z]{1,3})\s*\(\s*" + _NAME_TEXT + r"\s*[,:;]\s*(?:(?i:nilai|skor|besaran)\s+)?"
                              + _RANGE_TEXT + r"\s*\)")


def _coded_bands(text: str, line: int) -> list[RiskBand]:
    """The levels a prose text states with their codes ("T (tinggi, 12-19)"): each a band under its
    name, its code one more name of it (a register may write only "T")."""
    out = []
    for m in _CODE_NAME_RANGE.finditer(text):
        low, high = float(m.group(3).replace(",", ".")), float(m.group(4).replace(",", "."))
        if low <= high <= 100:
            out.append(RiskBand(label=m.group(2).strip(), min=low, max=high, aliases=[m.group(1)],
                                location=Location(line=line)))
    return out


def stated_bands(lines: list[str]) -> list[RiskBand] | None:
    """A document's criteria of risk levels stated in prose, not in a table: a line that speaks of
    risk and states two levels or more with their ranges of scores, or such a line followed by
    lines of one level and range each. Taken only as read_risk_bands takes a table: ranges apart,
    labels distinct; criteria of likelihood or impact are scales, not levels (a line naming both
    says how the score is made of them, "kemungkinan dikali dampak", and may state the levels)."""
    for i, text in enumerate(lines):
        if "\t" in text or not re.search(r"\bri?sik?o\b|\bresiko\b", text, re.IGNORECASE) \
                or bool(_LIKELIHOOD.search(text)) != bool(_IMPACT.search(text)):
            continue
        if _criteria(coded := _coded_bands(text, i + 1)):
            return coded
        found = [(i, p) for p in _stated_pairs(text)]
        if len(found) < 2:
            for j in range(i + 1, min(i + 8, len(lines))):
                one = _stated_pairs(lines[j]) if "\t" not in lines[j] else []
                if len(one) != 1:
                    break
                found.append((j, one[0]))
        bands = [RiskBand(label=name, min=low, max=high, location=Location(line=k + 1))
                 for k, (name, low, high) in found]
        if _criteria(bands):
            return bands
    return None


def _criteria(bands: list[RiskBand]) -> bool:
    """Two levels or more, their ranges apart and their labels distinct: criteria of risk levels."""
    ordered = sorted(bands, key=lambda b: b.min)
    return len(bands) >= 2 and all(a.max < b.min for a, b in zip(ordered, ordered[1:])) \
        and len({b.label.lower() for b in bands}) == len(bands)
