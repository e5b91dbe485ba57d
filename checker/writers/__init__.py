"""Writers: one output format each, from the typed Report only. WRITERS maps a --format to its writer."""
from __future__ import annotations

from typing import Callable, TextIO

from ..report import Report


def _console(report: Report, out: TextIO, lang: str) -> None:
    from .console import write
    write(report, out, lang)


def _json(report: Report, out: TextIO, lang: str) -> None:
    from .json import write
    write(report, out, lang)


WRITERS: dict[str, Callable[[Report, TextIO, str], None]] = {"console": _console, "json": _json}
