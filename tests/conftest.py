"""Shared helpers: a tiny workbook builder and paths."""
from __future__ import annotations

from pathlib import Path

import pytest
from checker.writers.case import write_case_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


def make_workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """Write a workbook whose sheets hold the given rows (first row = header)."""
    return write_case_workbook(sheets, path)


@pytest.fixture
def workbook(tmp_path):
    counter = iter(range(1000))

    def build(sheets: dict[str, list[list]]) -> Path:
        return make_workbook(tmp_path / f"wb{next(counter)}.xlsx", sheets)
    return build
