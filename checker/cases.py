"""A rule's cases (document fragments in its YAML file) run through the whole pipeline, as the
tests and `rules explain` run them: the fragment is written as a workbook or a text file, checked
with the rule alone, and its findings' places compared with the case's."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .rulebook import Case, Rule

# The Dokumen sheet a workbook case gets, per document type.
_DOKUMEN = {"renstra": [["jenis", "renstra"], ["periode", "2026-2030"]],
            "renja": [["jenis", "renja"], ["tahun", 2027]],
            "rencana_aksi": [["jenis", "rencana_aksi"], ["tahun", 2027]]}


@dataclass
class Outcome:
    case: Case
    found: list[str]       # where the rule's findings stand
    messages: list[str]
    status: str            # the rule's status on the fragment
    error: str = ""        # the document could not be read

    @property
    def ok(self) -> bool:
        if self.error:
            return False
        if self.case.expect == "fail":
            return self.found == self.case.at
        return not self.found and self.status == "passed"


def place(location) -> str:
    """`Program!H5` for a workbook, `line 7` for a text: how a case names a finding's place."""
    if location.sheet is not None:
        where = location.cell or location.row
        return f"{location.sheet}!{where}" if where is not None else location.sheet
    return f"line {location.line}"


def document_lines(case) -> list[str]:
    """A case's fragment as a reviewer reads it: each sheet's rows with their row numbers, or the
    text's lines with theirs (blank lines left out); its partner document first."""
    if getattr(case, "partners", None):
        out = []
        for partner in case.partners:
            out += [f"({partner.doc_type})", *document_lines(partner)]
        return out + [f"({case.doc_type})", *document_lines(case.model_copy(update={"partners": []}))]
    if case.text is not None:
        return [f"{k:>3}  {line}" for k, line in enumerate(case.text.splitlines(), start=1) if line.strip()]
    out = []
    for sheet, rows in (case.sheets or {}).items():
        out.append(f"{sheet}:")
        out += [f"{k:>3}  " + " | ".join("" if c is None else str(c) for c in row) for k, row in enumerate(rows, start=1)]
    return out


def document_of(case, folder: Path, stem: str = "kasus") -> Path:
    """A case's (or its partner's) document written into `folder`."""
    if case.text is not None:
        path = folder / f"{stem}.txt"
        path.write_text(case.text, encoding="utf-8")
        return path
    from .writers.case import write_case_workbook
    sheets = dict(case.sheets or {})
    sheets.setdefault("Dokumen", [["Isian", "Nilai"], *_DOKUMEN[case.doc_type],
                                  ["kecamatan", "Contoh"], ["kabupaten", "Contoh"]])
    return write_case_workbook({"Dokumen": sheets.pop("Dokumen"), **sheets}, folder / f"{stem}.xlsx")


def run_case(rule: Rule, case: Case, settings: Settings | None = None) -> Outcome:
    from .pipeline import check, check_file
    settings = (settings or Settings()).model_copy(update={"select": (rule.id,), "ignore": ()})
    with tempfile.TemporaryDirectory() as tmp:
        if case.partners:  # the documents of a set, checked together
            pair = [document_of(p, Path(tmp), f"pasangan-{k}") for k, p in enumerate(case.partners, start=1)]
            result = check([*pair, document_of(case, Path(tmp))], settings).documents[-1]
        else:
            result = check_file(document_of(case, Path(tmp)), settings)
    if result.status != "checked":
        return Outcome(case, [], [], "unreadable", result.error or "")
    mine = [f for f in result.findings if f.rule == rule.id]
    status = next((r.status for r in result.rules if r.id == rule.id), "not_run")
    return Outcome(case, [place(f.location) for f in mine], [f.message for f in mine], status)
