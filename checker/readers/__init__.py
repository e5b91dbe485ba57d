"""Readers turn one file format into a Plan; READERS maps a file suffix to its reader."""
from __future__ import annotations

from pathlib import Path

from ..config import Limits
from ..models import PlanBase


class ReadError(Exception):
    """A document that cannot be read; the message is shown to the user as is (Indonesian)."""


def _read_xlsx(path: Path, limits: Limits) -> PlanBase:
    from .xlsx import read
    return read(path, limits)


def _read_text(path: Path, limits: Limits) -> PlanBase:
    from .text import read
    return read(path, limits)


READERS = {".xlsx": _read_xlsx, ".xlsm": _read_xlsx, ".txt": _read_text, ".md": _read_text}


def read_plan(path: Path, limits: Limits | None = None) -> PlanBase:
    """Read any supported document; every failure is a ReadError with a clear reason."""
    limits = limits or Limits()
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ReadError("format .xls (Excel 97-2003) tidak didukung: simpan ulang sebagai .xlsx")
    if suffix not in READERS:
        hint = {".pdf": "; ekstrak teksnya dulu (mis. `pdftotext -layout`) lalu periksa berkas .txt",
                ".docx": "; simpan sebagai teks (.txt) atau salin tabelnya ke templat .xlsx",
                ".doc": "; simpan sebagai teks (.txt) atau salin tabelnya ke templat .xlsx"}.get(suffix, "")
        raise ReadError(f"jenis berkas {suffix or '(tanpa ekstensi)'} tidak didukung (gunakan .xlsx, .txt atau .md)"
                        + hint)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(f"berkas tidak dapat dibuka: {e.strerror or e}") from e
    if size == 0:
        raise ReadError("berkas kosong (0 bita)")
    if size > limits.max_file_bytes:
        raise ReadError(f"berkas terlalu besar ({size:,} bita; batas {limits.max_file_bytes:,})".replace(",", "."))
    try:
        plan = READERS[suffix](path, limits)
    except ReadError:
        raise
    except MemoryError as e:
        raise ReadError("berkas terlalu besar untuk dibaca (memori habis)") from e
    except Exception as e:  # a reader bug or a file shape nobody foresaw: report it, never crash a batch
        raise ReadError(f"berkas tidak dapat dibaca ({type(e).__name__}: {e})") from e
    plan.source = str(path)
    return plan
