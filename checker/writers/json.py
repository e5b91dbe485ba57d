"""The `rencana-check/1` JSON report."""
from __future__ import annotations

import json

from ..report import Report


def render(report: Report, lang: str = "id") -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n"
