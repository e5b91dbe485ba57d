"""A rule case's workbook fragment written as a workbook the reader can read (checker/cases.py)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def write_case_workbook(sheets: dict[str, list[list]], path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path
