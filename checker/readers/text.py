"""Text reader for published plans (.txt, .md extracted from PDF/DOCX). Placeholder until issue 4."""
from __future__ import annotations

from pathlib import Path

from ..config import Limits
from . import ReadError


def read(path: Path, limits: Limits):
    raise ReadError("pembaca dokumen teks belum tersedia")
