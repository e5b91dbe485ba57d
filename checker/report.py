"""The typed report every writer reads: Finding, DocumentResult, Report; messages and exit codes."""
from __future__ import annotations

import re
import string
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from . import __version__
from .models import Location
from .numbers import format_number, format_rupiah

SCHEMA = "rencana-check/1"
SEVERITIES = ("error", "warning", "info")
# Findings the reader makes (a table it could not classify, a cell it could not read) carry this id.
INPUT_RULE = "INP-001"


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    category: str
    severity: Literal["error", "warning", "info"]
    message: str
    subject: str = ""
    location: Location = Field(default_factory=Location)
    expected: Any = None
    actual: Any = None
    difference: Any = None
    accepted: str | None = None  # why a reviewer accepted it (a waiver's reason, or "baseline")
    # The other document of a cross-document finding and the place there: {path, location}.
    related: dict | None = None

    def sort_key(self):
        loc = self.location
        return (loc.sheet or "", loc.line or loc.row or 0, loc.cell or "", self.rule, self.subject)


class RuleStatus(BaseModel):
    id: str
    status: Literal["passed", "findings", "not_applicable", "error"]
    findings: int = 0
    error: str | None = None


def verdict_of(status: str, counts: dict[str, int], unread: int = 0) -> str:
    """`unreadable`, `fix` (error findings), `incomplete` (tables the reader could not read: what
    is in them was not checked, so the document is not clean), `review` (warnings) or `clean`."""
    if status != "checked":
        return status  # unreadable, not_finished (a stopped batch) or timed_out
    if counts.get("error"):
        return "fix"
    return "incomplete" if unread else "review" if counts.get("warning") else "clean"


# Verdicts that fail a run (exit 1): something must be fixed, or was not checked.
FAILING = ("fix", "incomplete")


def fails(verdict: str, fail_on: str = "error") -> bool:
    """Whether a document's verdict fails the run under `--fail-on`."""
    if fail_on == "never":
        return False
    return verdict in FAILING or (fail_on == "warning" and verdict == "review")


class RuleInfo(BaseModel):
    """What a report says about a rule that ran: for the Aturan sheet, the HTML and SARIF."""

    id: str
    name: str
    category: str
    severity: str
    title: str
    reference: str


class Section(BaseModel):
    """A chapter of a text document, so findings can be grouped under it."""

    line: int
    label: str


class DocumentResult(BaseModel):
    path: str
    doc_type: str | None = None
    kecamatan: str = ""
    kabupaten: str = ""
    period: str = ""
    # not_finished: a batch stopped (Ctrl-C) before the document was done; timed_out: it ran past
    # --timeout. Neither was checked, and neither is a document that could not be read.
    status: Literal["checked", "unreadable", "not_finished", "timed_out"] = "checked"
    error: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    accepted: list[Finding] = Field(default_factory=list)  # findings a baseline or waiver accepted
    rules: list[RuleStatus] = Field(default_factory=list)
    stats: dict[str, Any] = Field(default_factory=dict)
    # For the writers only (not in the JSON schema): the document's chapters.
    sections: list[Section] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def by_category(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.category] = out.get(f.category, 0) + 1
        return out

    def section_of(self, finding: Finding) -> str:
        """The chapter a finding lies in (text), or its sheet / table (workbook)."""
        loc = finding.location
        if loc.line is not None and self.sections:
            label = ""
            for s in self.sections:
                if s.line <= loc.line:
                    label = s.label
            return " — ".join(x for x in (label, loc.table or "") if x) or "-"
        return loc.sheet or loc.table or "-"

    @property
    def unread(self) -> int:
        """Tables (or pages, or the pages of a table) of the document the reader could not read."""
        return sum(int(self.stats.get(key, 0) or 0) for key in ("tables_skipped", "pages_unread", "tables_partly_read"))

    def verdict(self) -> str:
        return verdict_of(self.status, self.counts(), self.unread)

    def to_json(self) -> dict:
        data = self.model_dump(mode="json")
        for f in data["findings"] + data["accepted"]:
            f["location"] = {k: v for k, v in f["location"].items() if v is not None}
            if f.get("accepted") is None:
                f.pop("accepted", None)
            if f.get("related") is None:
                f.pop("related", None)
        if not data["accepted"]:
            del data["accepted"]
        data["rules"] = [{k: v for k, v in r.items() if v is not None and not (k == "findings" and r["status"] != "findings")}
                         for r in data["rules"]]
        if data["error"] is None:
            del data["error"]
        data["verdict"] = self.verdict()
        del data["sections"]
        return data


def summary_of(documents: list[tuple[str, dict[str, int]]]) -> dict:
    """The JSON report's `summary` from each document's status and counts by severity: documents,
    unreadable ones, the stopped and timed-out ones when there are any, findings by severity."""
    statuses = [status for status, _ in documents]
    return {"documents": len(documents), "unreadable": statuses.count("unreadable"),
            **{s: statuses.count(s) for s in ("not_finished", "timed_out") if s in statuses},
            "findings": {s: sum(counts.get(s, 0) for _, counts in documents) for s in SEVERITIES}}


class Report(BaseModel):
    documents: list[DocumentResult] = Field(default_factory=list)
    # The rules that ran, for the writers (not in the JSON schema).
    rules: list[RuleInfo] = Field(default_factory=list)

    def summary(self) -> dict:
        return summary_of([(d.status, d.counts()) for d in self.documents])

    def exit_code(self, fail_on: str = "error") -> int:
        """2 a document was not checked; else 1 when a document fails at `fail_on` (error: an
        error-severity finding or a table left unread; warning: a warning too; never: not at all)."""
        if any(d.status != "checked" for d in self.documents):
            return 2
        return 1 if any(fails(d.verdict(), fail_on) for d in self.documents) else 0

    def to_json(self) -> dict:
        return {"schema": SCHEMA, "tool": {"name": "rencana", "version": __version__},
                "documents": [d.to_json() for d in self.documents], "summary": self.summary()}


# Domain words facts carry in Indonesian, as an English message says them (`{level:term}`).
TERMS_EN = {"program": "programme", "kegiatan": "activity", "sub kegiatan": "sub-activity",
            "rentang profil": "the profile's bands", "kriteria dokumen": "the document's criteria",
            "naik": "up", "turun": "down", "tabel": "table",
            "risiko": "risk", "akhir": "the end of the period",
            "akhir periode": "the end of the period", "tahunan": "the year", "target/anggaran": "target/budget",
            "realisasi": "realisation", "anggaran": "budget", "kosong": "blank",
            "program kosong": "the programme row, blank while its activities have figures",
            "dokumen": "documents", "orang": "people", "desa": "villages", "barang": "items",
            "lembaga": "institutions", "jenis": "kinds"}
TERMS_ID = {"program kosong": "baris program kosong, padahal kegiatannya berisi angka"}


def place(location: dict | None, lang: str) -> str:
    """A location a fact carries (its fields as a dict), as a message names it: `baris 14`,
    `halaman 6, baris 11`, `Program!H12` (without the table: the message names it)."""
    if not location:
        return "-"
    return Location.model_validate({**location, "table": None}).label(lang)


def conflicts(items: list, lang: str) -> str:
    """What other tables say where this one says otherwise: `2027: 84, bukan 83 di Tabel 4.1
    (baris 14)`, one entry per year, each with its value and the others' (`money` in Rupiah)."""
    if not isinstance(items, list) or not items:
        return "-"
    en = lang == "en"

    def figure(value, money: bool) -> str:
        return (format_rupiah(value) if not en else f"Rp{format_number(value, 'en')}") if money \
            else format_number(value, lang)
    out = []
    for item in items:
        money = bool(item.get("money"))
        theirs = "; ".join(f"{figure(o['value'], money)} {'in' if en else 'di'} {o['table']} ({place(o['location'], lang)})"
                           for o in item["others"])
        out.append(f"{item['period']}: {figure(item['value'], money)}, {'not' if en else 'bukan'} {theirs}")
    return "; ".join(out)


class MessageFormatter(string.Formatter):
    """`{declared:rp}` -> Rp1.830.000, `{value:num}` -> 84,31, `{level:term}` -> sub-activity in
    English, `{there:place}` -> baris 14 / line 14, `{formula:expr}` -> (2 x 10 - 8) / 10,
    `{years:conflicts}` -> what other tables say; a missing field prints `?`."""

    def __init__(self, lang: str = "id"):
        self.lang = lang

    def term(self, word: str) -> str:
        return TERMS_EN.get(word, word) if self.lang == "en" else TERMS_ID.get(word, word)

    def when(self, period: str) -> str:
        """A period as a message says it: years and places in the period ("2027", "ke-3", a list of
        them, the end of the period among them) as years, a quarter as a quarter; any other budget label (a review
        table's "Hasil Analisis Kebutuhan") as the column it is."""
        if quarter := re.fullmatch(r"TW (I|II|III|IV)", period.strip()):  # a Rencana Aksi's quarter
            return f"in quarter {quarter.group(1)}" if self.lang == "en" else f"triwulan {quarter.group(1)}"
        parts = [p.strip() for p in period.split(",") if p.strip()]
        dated = parts and all(re.fullmatch(r"(?:19|20)\d{2}|ke-\d{1,2}|akhir(?: periode)?", p) for p in parts)
        if self.lang == "en":
            if not dated:
                return f"in column {period}"
            words = [f"year {p[3:]}" if p.startswith("ke-") else TERMS_EN.get(p, p) for p in parts]
            return "for " + ", ".join(words)
        if not dated:
            return f"kolom {period}"
        return "akhir periode" if parts in (["akhir"], ["akhir periode"]) else f"tahun {period}"

    def get_value(self, key, args, kwargs):
        value = kwargs.get(key, "?") if isinstance(key, str) else "?"
        return "?" if value is None else value

    def format_field(self, value, format_spec):
        if format_spec == "rp":  # an amount, or a word for a cell without one ("kosong")
            return format_rupiah(value) if isinstance(value, (int, float)) else self.term(str(value))
        if format_spec == "num":
            return format_number(value, self.lang) if isinstance(value, (int, float)) else str(value)
        if format_spec in ("term", "Term"):  # "Term": at the start of a sentence
            word = self.term(str(value))
            return word[:1].upper() + word[1:] if format_spec == "Term" else word
        if format_spec == "terms":  # a list of terms: "target/anggaran dan realisasi", "SMA, D3 dan S1"
            words = [self.term(str(v)) for v in value] if isinstance(value, list) else [str(value)]
            joint = " and " if self.lang == "en" else " dan "
            return (", ".join(words[:-1]) + joint + words[-1] if len(words) > 1 else words[0]) if words else "-"
        if format_spec == "place":
            return place(value if isinstance(value, dict) else None, self.lang)
        if format_spec == "conflicts":
            return conflicts(value, self.lang)
        if format_spec == "when":
            return self.when(str(value))
        if format_spec == "expr":  # ["(2 x ", 10, " - ", 8, ") / ", 10]: the terms of a formula, its figures as numbers
            parts = value if isinstance(value, list) else [value]
            return "".join(format_number(v, self.lang) if isinstance(v, (int, float)) else str(v) for v in parts)
        if format_spec == "pct":
            return (format_number(value, self.lang) + "%") if isinstance(value, (int, float)) else str(value)
        return super().format_field(value, format_spec)


def render(template: str, fact: dict, lang: str = "id") -> str:
    return MessageFormatter(lang).format(template, **fact)
