"""SARIF 2.1.0, so code-review tools can show findings when plans are kept in a repository.

Text documents get a region (the line); workbook cells have no SARIF region, so they are given
as a logical location (`Program!H12`). An unreadable document is a tool execution notification.
"""
from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..models import Location
from ..report import Report

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def render(report: Report, lang: str = "id") -> str:
    rules = [{"id": r.id, "name": r.name, "shortDescription": {"text": r.title},
              "fullDescription": {"text": f"{r.title} ({r.reference})"},
              "defaultConfiguration": {"level": LEVEL.get(r.severity, "warning")},
              "properties": {"category": r.category, "reference": r.reference}} for r in report.rules]
    index = {r["id"]: k for k, r in enumerate(rules)}
    results, notes = [], []
    for doc in report.documents:
        if doc.status != "checked":
            notes.append({"level": "error", "message": {"text": f"{doc.path}: {doc.error}"},
                          "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(doc.path)}}}]})
            continue
        # Accepted findings (a baseline's, a waiver's) are results too, suppressed with the reason,
        # as code-review tools show them.
        for f in [*doc.findings, *doc.accepted]:
            physical: dict = {"artifactLocation": {"uri": uri(doc.path)}}
            if f.location.page is not None:
                # A PDF has no lines a viewer could open at: the region is the page, its place on
                # the page in words.
                physical["region"] = {"startLine": f.location.page,
                                      "message": {"text": f.location.label(lang)},
                                      "properties": {"page": f.location.page, "tableRow": f.location.table_row}}
            elif f.location.line is not None:
                physical["region"] = {"startLine": f.location.line}
            location: dict = {"physicalLocation": physical}
            if f.location.sheet is not None:
                location["logicalLocations"] = [{"name": f"{f.location.sheet}!{f.location.cell or f.location.row}",
                                                 "kind": "member"}]
            elif f.location.table_row is not None or f.location.paragraph is not None:
                location["logicalLocations"] = [{"name": f.location.label(lang), "kind": "member"}]
            result = {"ruleId": f.rule, "level": LEVEL[f.severity], "message": {"text": f.message},
                      "locations": [location],
                      "properties": {"category": f.category, "subject": f.subject, "expected": f.expected,
                                     "actual": f.actual, "difference": f.difference}}
            if f.rule in index:
                result["ruleIndex"] = index[f.rule]
            if f.accepted is not None:
                result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": f.accepted}]
            if f.related:  # the other document of a cross-document finding, at its place
                place = Location.model_validate(f.related.get("location") or {})
                result["relatedLocations"] = [{"id": 1, "message": {"text": place.label(lang)},
                                               "physicalLocation": {"artifactLocation": {"uri": f.related["path"]}}}]
            results.append(result)
    run = {"tool": {"driver": {"name": "rencana", "version": __version__, "rules": rules}},
           "results": results,
           "invocations": [{"executionSuccessful": not notes, "toolExecutionNotifications": notes}]}
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=1) + "\n"
