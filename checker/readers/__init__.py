"""Readers turn one file format into a Plan; READERS maps a file suffix to its reader."""
from __future__ import annotations

from pathlib import Path

from ..config import Limits
from ..messages import say
from ..models import PlanBase


class ReadError(Exception):
    """A document that cannot be read: a message key and its parameters (checker/messages.py).
    `str()` is the Indonesian text; `text(lang)` gives either language."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(say(key, "id", **params))

    def text(self, lang: str = "id") -> str:
        return say(self.key, lang, **self.params)


def _read_xlsx(path: Path, limits: Limits) -> PlanBase:
    from .xlsx import read
    return read(path, limits)


def _read_text(path: Path, limits: Limits) -> PlanBase:
    from .text import read
    return read(path, limits)


def _read_docx(path: Path, limits: Limits) -> PlanBase:
    from .docx import read
    return read(path, limits)


def _read_pdf(path: Path, limits: Limits) -> PlanBase:
    from .pdf import read
    return read(path, limits)


READERS = {".xlsx": _read_xlsx, ".xlsm": _read_xlsx, ".txt": _read_text, ".md": _read_text,
           ".docx": _read_docx, ".pdf": _read_pdf}


def read_plan(path: Path, limits: Limits | None = None) -> PlanBase:
    """Read any supported document; every failure is a ReadError with a clear reason."""
    limits = limits or Limits()
    if not path.exists():
        raise ReadError("missing")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ReadError("xls")
    if suffix not in READERS:
        hint = {".doc": "@hint_doc", ".rtf": "@hint_doc", ".odt": "@hint_doc"}.get(suffix, "@none")
        raise ReadError("suffix", suffix=suffix or "@no_suffix", hint=hint)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError("open", reason=str(e.strerror or e)) from e
    if size == 0:
        raise ReadError("empty")
    if size > limits.max_file_bytes:
        raise ReadError("too_big", size=size, limit=limits.max_file_bytes)
    try:
        plan = READERS[suffix](path, limits)
    except ReadError:
        raise
    except MemoryError as e:
        raise ReadError("memory") from e
    except Exception as e:  # a reader bug or a file shape nobody foresaw: report it, never crash a batch
        raise ReadError("unreadable", error=f"{type(e).__name__}: {e}") from e
    plan.source = str(path)
    return plan
