"""Findings a reviewer has accepted: a baseline report, and a waiver file.

- `--baseline old.json` (a `rencana-check/1` report accepted earlier): a finding that report
  already had, for the same file, rule, subject and place (a cell, or a table; not a line, which
  moves when text is edited above it) and the same figures, is not new. Only new ones are findings.
- `--waivers waivers.toml`: `[[waiver]]` tables with `rule`, `file` (the document's file name or
  a glob), a place (`line`, `cell` or `subject`) and the `reason`. A waiver names one finding.

Accepted findings move to the document's `accepted` list with the reason: reports show them as
accepted, the verdict and the exit code no longer count them.
"""
from __future__ import annotations

import fnmatch
import json
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .report import DocumentResult, Finding


class AcceptanceError(ValueError):
    """A baseline or waiver file that cannot be used."""


class Waiver(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    file: str = "*"
    line: int | None = None
    cell: str | None = None
    subject: str | None = None
    reason: str = Field(min_length=1)

    def matches(self, doc: DocumentResult, f: Finding) -> bool:
        if f.rule != self.rule.upper() or not fnmatch.fnmatch(Path(doc.path).name, self.file):
            return False
        return ((self.line is None or f.location.line == self.line)
                and (self.cell is None or (f.location.cell or "").upper() == self.cell.upper())
                and (self.subject is None or f.subject == self.subject))


def _key(path: str, f: dict) -> tuple:
    loc = f.get("location") or {}
    return (Path(path).name, f.get("rule"), f.get("subject", ""), loc.get("sheet"), loc.get("cell"),
            loc.get("table"), json.dumps(f.get("expected")), json.dumps(f.get("actual")))


def load_baseline(path: Path) -> Counter:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter(_key(d["path"], f) for d in data["documents"] for f in d.get("findings", []))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise AcceptanceError(f"{path}: {e}") from e


def load_waivers(path: Path) -> list[Waiver]:
    import tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return [Waiver.model_validate(w) for w in data.get("waiver", [])]
    except (OSError, ValueError, ValidationError) as e:  # TOMLDecodeError is a ValueError
        raise AcceptanceError(f"{path}: {e}") from e


def apply(doc: DocumentResult, baseline: Counter | None, waivers: list[Waiver]) -> None:
    """Move the accepted findings of a document to `doc.accepted`."""
    left = Counter(baseline or ())
    kept = []
    for f in doc.findings:
        key = _key(doc.path, f.model_dump(mode="json"))
        waiver = next((w for w in waivers if w.matches(doc, f)), None)
        if waiver is not None:
            doc.accepted.append(f.model_copy(update={"accepted": waiver.reason}))
        elif f.category != "input" and left[key] > 0:
            left[key] -= 1
            doc.accepted.append(f.model_copy(update={"accepted": "baseline"}))
        else:
            kept.append(f)
    doc.findings = kept
