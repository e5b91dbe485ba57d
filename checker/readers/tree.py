"""Building the program / kegiatan / sub kegiatan tree as rows are read, for every reader."""
from __future__ import annotations

from ..models import ProgramNode, ProgramTable

PARENT = {"program": None, "kegiatan": "program", "sub_kegiatan": "kegiatan"}


def attach(table: ProgramTable, last: dict[str, ProgramNode], node: ProgramNode) -> str | None:
    """Hang a node under the nearest program / kegiatan read above it (a root when there is none)
    and remember it as the latest of its level. Returns the parent level that was missing, if any."""
    parent_level = PARENT[node.level]
    parent = last.get(parent_level) if parent_level else None
    (parent.children if parent is not None else table.roots).append(node)
    last[node.level] = node
    if node.level == "program":
        last.pop("kegiatan", None)
    return parent_level if parent_level and parent is None else None

