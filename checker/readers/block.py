"""A table of a published text: its tab-separated lines, its title and the prose just before it."""
from __future__ import annotations

from dataclasses import dataclass, field


class Placed(str):
    """A cell's text that knows the line it was printed on, where that is not its row's: a cell of
    a wide table's later part, joined to the row of the part before it (`parts.join_beside`). A
    figure read from it is found where it is printed."""

    line: int

    def __new__(cls, text: str, line: int) -> "Placed":
        cell = super().__new__(cls, text)
        cell.line = line
        return cell


def placed_at(raw: str, location):
    """`location`, at the line a `Placed` cell was printed on."""
    line = getattr(raw, "line", None)
    return location if line is None or location.line == line else location.model_copy(update={"line": line})


@dataclass
class Block:
    """A run of tab-separated lines (a table, possibly spread over page breaks)."""

    start: int
    lines: list[tuple[int, list[str]]] = field(default_factory=list)
    title: str = ""
    caption: str = ""  # the lines between the title and the table ("Program dan Kegiatan Tahun 2021")
    title_line: int = 0  # the line of its title (a later block without a title of its own shares it)
    lead: list[tuple[int, str]] = field(default_factory=list)  # the last lines of prose before it
    trail: list[tuple[int, str]] = field(default_factory=list)  # the first lines of prose after it
    # Rows of space-aligned pages whose columns could not be placed under the table's: their
    # figures are not read (see align.place_layouts).
    unsure: set[int] = field(default_factory=set)
    # Tab-separated rows short of cells whose columns no reading makes sure (align.realign):
    # the table kinds read them in order, where they can.
    short: set[int] = field(default_factory=set)
    # A wide table printed in parts (`text._continued_tables`): this block prints further columns
    # (later years, or ratios) of the rows of the block before it, under a header of its own.
    beside: bool = False

    @property
    def heading(self) -> str:
        """An untitled table's name: the short line just above it ("Daftar Sarana dan Prasarana"),
        when that is a heading and not a sentence leading into the table."""
        if not self.lead or self.lead[-1][0] < self.start - 3:
            return ""
        text = self.lead[-1][1].strip(" *#")
        return text if 3 < len(text) <= 80 and not text.endswith((":", ".", ",")) else ""
