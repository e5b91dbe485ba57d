"""The `rencana-check/1` JSON report."""
from __future__ import annotations

import json
from typing import TextIO

from ..report import Report


def write(report: Report, out: TextIO, lang: str = "id") -> None:
    json.dump(report.to_json(), out, ensure_ascii=False, indent=1)
    out.write("\n")
