"""Writing report files safely: atomic replacement, and file names made safe from document text."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Names Windows refuses whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# A report is read by colleagues on a shared drive: it gets the mode any new file gets here
# (0666 less the umask), not the 0600 of a temporary file.
_FILE_MODE = 0o666 & ~_umask()


@contextmanager
def atomic_open(path: Path, binary: bool = False) -> Iterator[IO]:
    """A file handle on a temporary file beside `path`, renamed over `path` when the block ends
    without an error: a reader never sees half a report, and a failed write leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename."""
    with atomic_open(path, binary=True) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


def safe_name(text: str, fallback: str = "tanpa-nama", limit: int = 60) -> str:
    """A file-name part from document text: ASCII letters, digits, `.`, `_`, `-`; never `..`, a
    path separator, a control character, a leading dot or a reserved device name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    name = _UNSAFE.sub("-", ascii_text).strip(".-_")[:limit].strip(".-_")
    name = re.sub(r"\.{2,}", ".", name)
    if not name:
        return fallback
    if name.split(".")[0].lower() in _RESERVED:
        name = "_" + name
    return name.lower()


def inside(base: Path, target: Path) -> bool:
    return target.resolve().is_relative_to(base.resolve())
