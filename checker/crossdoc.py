"""Cross-document review: a kecamatan's Renja against its Renstra, its Rencana Aksi against its Renja.

Documents of one kecamatan (and kabupaten, as the documents themselves name them) form a set: for
a Renja of year Y, the Renstra whose period covers Y; for a Rencana Aksi of year Y, the Renja of Y.
Where two documents compete for one place (two Renja of one year), the set says so and compares
neither. Rows are paired by their nomenclature code, indicators within a row by their words.

Each document is reduced once to what the comparisons need (`export`: its codes, names, targets
and pagu per year, with their places), so a batch keeps a small record per document and pairs
them at the end. The pairs become `cross` facts, observations of both documents (the value here,
the value there, the tolerance, how many rows or indicators the other document has for this
one); the KSD rules in `rules/` decide, on durable-rules like every other rule. A finding is
listed under the later document, at its own place, and names the other document and its place.
"""
from __future__ import annotations

import re
from pathlib import Path

from .facts.common import _indicator_key, _loc
from .models import PlanBase
from .report import DocumentResult, Finding

_YEAR = re.compile(r"^(20\d\d)$")
CROSS_FACT = "cross"


def export(plan: PlanBase) -> dict:
    """What the cross-document comparisons read of a plan: its identity and, per code, the row's
    name, level, pagu and indicators with their yearly (and annual / TW IV) targets."""
    meta = plan.meta
    rows: dict[str, dict] = {}
    for table in plan.tables:
        for node in table.nodes():
            # A row without a code (a published Rencana Aksi's "1. Program ...") is known by its name.
            key = _code_key(node.code) if node.code else "~" + _name_key(node.name)
            if key == "~":
                continue
            row = rows.setdefault(key, {"code": node.code, "name": node.name, "level": node.level,
                                        "name_key": _name_key(node.name),
                                        "location": _loc(node.location), "budgets": {}, "indicators": []})
            for period, money in node.budgets.items():
                if _YEAR.match(period) and money.present and period not in row["budgets"]:
                    row["budgets"][period] = [money.amount, _loc(money.location)]
            for ind in node.indicators:
                if not ind.name.strip():
                    continue
                targets = {p: [v.value, v.raw, _loc(v.location)] for p, v in ind.targets.items()
                           if _YEAR.match(p) and v.present}
                annual = ind.annual if ind.annual is not None and ind.annual.present else None
                tw4 = ind.targets.get("TW IV")
                if annual is None and tw4 is not None and tw4.present and _year_end_is_tw4(ind):
                    annual = tw4  # a cumulative quarterly target: its TW IV is the year's
                row["indicators"].append({"key": _indicator_key(ind.name), "name": ind.name, "targets": targets,
                                          "annual": [annual.value, annual.raw, _loc(annual.location)] if annual else None,
                                          "location": _loc(ind.location)})
    # Tujuan and sasaran: a row per statement, known by its words (they have no code).
    for goal in plan.goals:
        ind = goal.indicator
        if not ind.name.strip() or not _name_key(goal.statement):
            continue
        row = rows.setdefault("~" + _name_key(goal.statement), {
            "code": "", "name": goal.statement, "level": goal.level, "name_key": _name_key(goal.statement),
            "location": _loc(goal.location), "budgets": {}, "indicators": []})
        row["indicators"].append({"key": _indicator_key(ind.name), "name": ind.name,
                                  "targets": {p: [v.value, v.raw, _loc(v.location)] for p, v in ind.targets.items()
                                              if _YEAR.match(p) and v.present},
                                  "annual": None, "location": _loc(ind.location)})
    return {"doc_type": plan.doc_type, "kecamatan": meta.kecamatan, "kabupaten": meta.kabupaten, "year": meta.year,
            "period": [meta.period_start, meta.period_end], "rows": rows}


def _year_end_is_tw4(ind) -> bool:
    """A quarterly target that accumulates (said so, or a percentage): its TW IV is the year's target."""
    if ind.cumulative is not None:
        return ind.cumulative
    return "%" in ind.unit or any(v.suffix.strip() == "%" for v in ind.targets.values())


def _name_key(name: str) -> str:
    """A row's name comparable across documents: without its numbering and its level's word."""
    text = re.sub(r"^\s*[\dIVX]+[.)]\s*", "", (name or "").lower())
    text = re.sub(r"^(sub\s+kegiatan|kegiatan|program)\b", "", text.strip())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _code_key(code: str) -> str:
    """A code comparable across documents: its parts without leading zeros (7.01.01.02.05 is 7.1.1.2.5)."""
    return ".".join(str(int(p)) if p.isdigit() else p for p in code.split("."))


def _norm(name: str) -> str:
    return re.sub(r"[^a-z]+", " ", (name or "").lower()).strip()


def group_key(kabupaten: str, kecamatan: str) -> tuple[str, str]:
    """The set a document belongs to: its kabupaten and kecamatan, as comparable words."""
    return _norm(kabupaten), _norm(kecamatan)


def sets(documents: dict[str, dict]) -> list[dict]:
    """The sets the documents form: per kecamatan and kabupaten, each Renja with the Renstra that
    covers its year, each Rencana Aksi with the Renja of its year (or the competing candidates)."""
    groups: dict[tuple, list[tuple[str, dict]]] = {}
    for path, doc in documents.items():
        if doc and doc.get("kecamatan"):
            groups.setdefault(group_key(doc.get("kabupaten", ""), doc["kecamatan"]), []).append((path, doc))
    pairs = []
    for members in groups.values():
        renstra = [(p, d) for p, d in members if d["doc_type"] == "renstra" and None not in d["period"]]
        renja = [(p, d) for p, d in members if d["doc_type"] == "renja" and d.get("year")]
        aksi = [(p, d) for p, d in members if d["doc_type"] == "rencana_aksi" and d.get("year")]
        for path, doc in renja:
            year = doc["year"]
            covering = [(p, d) for p, d in renstra if d["period"][0] <= year <= d["period"][1]]
            pairs.append({"later": path, "kind": "renja_renstra", "year": year, "candidates": covering,
                          "others": renstra})
        for path, doc in aksi:
            year = doc["year"]
            same = [(p, d) for p, d in renja if d["year"] == year]
            pairs.append({"later": path, "kind": "aksi_renja", "year": year, "candidates": same, "others": renja})
    return pairs


def cross_facts(documents: dict[str, dict], tolerance: float, money_tolerance: float,
                pagu_percent: float = 0) -> dict[str, list[dict]]:
    """The `cross` facts of each later document of a set."""
    out: dict[str, list[dict]] = {}
    serial = 0

    def add(path: str, check: str, subject: str, location: dict, **fields) -> None:
        nonlocal serial
        serial += 1
        # What a finding shows: the other document's figure as expected, this one's as written,
        # and the other document and its place.
        shown = {"expected": fields.get("partner_value", fields.get("partner_amount")),
                 "actual": fields.get("value", fields.get("amount")),
                 "related": {"path": fields["partner"], "location": fields.get("partner_place", {})}
                 if fields.get("partner") else None}
        out.setdefault(path, []).append({"type": CROSS_FACT, "fact_id": f"cross-{serial}", "check": check,
                                          "subject": subject, "location": location, **shown, **fields})

    for pair in sets(documents):
        later, year = pair["later"], pair["year"]
        doc = documents[later]
        head = {"partner_kind": "Renstra" if pair["kind"] == "renja_renstra" else "Renja",
                "kind": "Renja" if pair["kind"] == "renja_renstra" else "Rencana Aksi", "year": year}
        first_row = next(iter(doc["rows"].values()), None)
        where = first_row["location"] if first_row else {}
        add(later, "candidates", "dokumen pasangan", where, candidates=len(pair["candidates"]),
            names=", ".join(Path(p).name for p, _ in pair["candidates"]) or "-", **head)
        if pair["kind"] == "renja_renstra" and len(pair["others"]) == 1:  # its one Renstra: does it cover Y?
            path, other = pair["others"][0]
            add(later, "year", "tahun renja", where, year_value=year, first_year=other["period"][0],
                last_year=other["period"][1], partner=Path(path).name, **head)
        if len(pair["candidates"]) != 1:
            continue
        path, other = pair["candidates"][0]
        partner = Path(path).name
        by_name: dict[str, list[dict]] = {}
        for partner_row in other["rows"].values():
            by_name.setdefault(partner_row["name_key"], []).append(partner_row)
        for key, row in doc["rows"].items():
            there = other["rows"].get(key)
            if there is None and key.startswith("~"):  # no code: the one row of the same name, if one
                named = by_name.get(row["name_key"], [])
                there = named[0] if len(named) == 1 else None
                if there is None:
                    continue  # a row neither code nor name pairs: nothing is said of it
            subject = f"{row['code']} {row['name'][:60]}".strip()
            if pair["kind"] == "renja_renstra" and row["code"]:
                add(later, "row", subject, row["location"], partner_rows=int(there is not None), partner=partner,
                    level=_level(row["level"]), **head)
            if there is None:
                continue
            if pair["kind"] == "renja_renstra":
                for period in (str(year), str(year + 1)):
                    mine = row["budgets"].get(period)
                    theirs = there["budgets"].get(period)
                    if period == str(year) and mine and theirs:
                        room = money_tolerance + abs(theirs[0]) * pagu_percent / 100
                        add(later, "pagu", subject, mine[1], period=period, amount=mine[0], partner_amount=theirs[0],
                            tolerance=room, partner=partner, partner_place=theirs[1], **head)
            for ind in row["indicators"]:
                match = _matching(ind, row["indicators"], there["indicators"])
                if pair["kind"] == "aksi_renja":
                    add(later, "indicator", f"{subject} – {ind['name'][:60]}", ind["location"],
                        partner_indicators=int(match is not None), partner=partner, **head)
                if match is None:
                    continue
                if pair["kind"] == "renja_renstra":
                    for period in (str(year), str(year + 1)):
                        mine, theirs = ind["targets"].get(period), match["targets"].get(period)
                        if mine and theirs:
                            add(later, "target", f"{subject} – {ind['name'][:60]}", mine[2], period=period,
                                value=mine[0], written=mine[1], partner_value=theirs[0], partner_written=theirs[1],
                                tolerance=tolerance, partner=partner, partner_place=theirs[2], **head)
                else:
                    theirs = match["targets"].get(str(year))
                    mine = ind["annual"]
                    if mine and theirs:
                        add(later, "target", f"{subject} – {ind['name'][:60]}", mine[2], period=str(year),
                            value=mine[0], written=mine[1], partner_value=theirs[0], partner_written=theirs[1],
                            tolerance=tolerance, partner=partner, partner_place=theirs[2], **head)
    return out


def _matching(ind: dict, mine: list[dict], theirs: list[dict]) -> dict | None:
    """The other document's indicator of the same row: the one with the same words; where each
    row has one indicator, that one."""
    same = [t for t in theirs if t["key"] and t["key"] == ind["key"]]
    if same:
        return same[0]
    return theirs[0] if len(mine) == 1 and len(theirs) == 1 else None


def _level(level: str) -> str:
    return {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}.get(level, level)


def facts_for(documents: dict[str, dict], settings) -> dict[str, list[dict]]:
    """The cross facts of every later document, with the profile's tolerances."""
    from .rulebook import load_profile
    profile = load_profile(settings.profile, settings.rules_dir)
    return cross_facts(documents, profile.tolerance.number + 1e-9, profile.tolerance.money + 1e-9,
                       profile.tolerance.indicative_pagu_percent)


def review(results: list[DocumentResult], documents: dict[str, dict], settings,
           facts_of: dict[str, list[dict]] | None = None) -> None:
    """Add the cross-document findings and rule statuses to the later documents of each set
    (`facts_of`, when the caller has them already: a batch computes them once)."""
    from .pipeline import engine_for, verdict_report
    engine = engine_for(settings)
    rules = [r for r in engine.rules if r.fact == CROSS_FACT]
    if not rules:
        return
    facts_of = facts_of if facts_of is not None else facts_for(documents, settings)
    for result in results:
        facts = facts_of.get(result.path, [])
        if result.status != "checked":
            continue
        # A report made before (reused by --resume) carries the review of then: this one replaces it.
        result.findings = [f for f in result.findings if f.rule not in {r.id for r in rules}]
        if not facts:
            continue  # no partner: the KSD rules stay not applicable, as judge() left them
        findings, statuses = verdict_report(rules, engine.evaluate(facts, result.doc_type), facts, settings)
        result.findings += findings
        by_rule = {s.id: s for s in statuses}
        result.rules = [by_rule.get(s.id, s) for s in result.rules]
        result.findings.sort(key=Finding.sort_key)
