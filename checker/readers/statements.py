"""Statements a plan quotes in its prose: the visi of the kabupaten (or of the kepala daerah) that
every Renstra and Renja repeats, "Visi Kabupaten ... adalah “...”", "Visi : ...". Each quotation
is kept with its line, so that one visi quoted in two wordings can be reported.
"""
from __future__ import annotations

import re

from ..models import Location, Statement

# "Visi" and, within a few words, "adalah" / "yaitu" / ":", then the statement, up to a closing
# quote, the emphasis marks around it, an opening quote (a tagline after it) or the line's end.
_VISI = re.compile(r"\bvisi\b[^:“”\"\n]{0,80}?(?:\badalah\b|\byaitu\b|:)\s*[*“\"\s]*([^”\"“*\n]{15,300})",
                   re.IGNORECASE)
_DEFINITION = re.compile(r"^(rumusan|gambaran|pernyataan|keadaan|cita)", re.IGNORECASE)


def read_statements(lines: list[str]) -> list[Statement]:
    """The visi quoted anywhere in the document (prose or table cells), with their lines."""
    found = []
    for number, raw in enumerate(lines, start=1):
        line, pos = raw.replace("\t", " "), 0
        while (m := _VISI.search(line, pos)) is not None:
            text = m.group(1).strip(" .,;:")
            # "Visi adalah rumusan umum mengenai ...": what a visi is, not a visi; the line may
            # go on to quote one.
            if len(text.split()) >= 4 and not _DEFINITION.match(text):
                found.append(Statement(kind="visi", text=text, location=Location(line=number)))
                pos = m.end()
            else:
                pos = m.start() + 4
    return found
