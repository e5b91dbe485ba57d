"""Writers: one output format each, from the typed Report only.

`WRITERS` maps a `--format` to its writer: the file suffix, whether it is binary, and
`render(report, lang)`. The console writer prints to a stream instead (it needs the terminal).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TextIO

from ..report import Report


@dataclass(frozen=True)
class Writer:
    suffix: str
    binary: bool
    module: str

    def render(self, report: Report, lang: str = "id") -> str | bytes:
        return importlib.import_module(f"{__name__}.{self.module}").render(report, lang)


WRITERS: dict[str, Writer] = {
    "json": Writer(".json", False, "json"),
    "xlsx": Writer(".xlsx", True, "xlsx"),
    "html": Writer(".html", False, "html"),
    "md": Writer(".md", False, "markdown"),
    "sarif": Writer(".sarif", False, "sarif"),
}


def write_console(report: Report, out: TextIO, lang: str = "id") -> None:
    from .console import write
    write(report, out, lang)
