"""A published document (DOCX, PDF) read through the text reader: its format's reader lays it out
as lines of text, and says for each line where it stands in the document (its page, its table
row, its paragraph). The text reader reads the lines as it reads any text; every location in the
plan it gives is then placed back in the document, so a finding says `halaman 23, Tabel 2.1
baris 4` rather than the line of a text the user never saw."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel

from ..config import Limits
from ..models import Location, PlanBase
from .text import Hints, TextReader

# Characters str.splitlines() breaks a line at: kept out of a line so that line k stays line k.
_LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class Origin:
    """Where one line of the laid-out text stands in the document."""

    page: int | None = None
    paragraph: int | None = None
    table_row: int | None = None  # the row of its table as the document has it (DOCX)


class Layout:
    """The lines of a document as text, with the origin of each, built line by line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.origins: list[Origin] = []
        self.hints = Hints()

    def add(self, text: str, origin: Origin = Origin(), heading: bool = False, contents: bool = False) -> None:
        self.lines.append(_LINE_BREAKS.sub(" ", text))
        self.origins.append(origin)
        if heading:
            self.hints.headings.add(len(self.lines))
        if contents:
            self.hints.contents.add(len(self.lines))


def read_layout(layout: Layout, limits: Limits, stats: dict | None = None) -> PlanBase:
    """Read the laid-out lines as a text and place every location back in the document."""
    reader = TextReader("\n".join(layout.lines), limits, layout.hints)
    plan = reader.read()
    _relocate(plan, layout.origins, reader.table_rows)
    plan.stats.update(stats or {})
    return plan


def _relocate(node, origins: list[Origin], table_rows: dict[int, int]) -> None:
    if isinstance(node, Location):
        if node.line is not None and 0 < node.line <= len(origins):
            origin = origins[node.line - 1]
            node.page = origin.page
            row = origin.table_row or table_rows.get(node.line)
            if row is not None and (node.table or origin.table_row or origin.page is not None):
                node.table_row = row
            elif origin.paragraph is not None:
                node.paragraph = origin.paragraph
    elif isinstance(node, BaseModel):
        for value in node.__dict__.values():
            _relocate(value, origins, table_rows)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _relocate(value, origins, table_rows)
    elif isinstance(node, dict):
        for value in node.values():
            _relocate(value, origins, table_rows)
