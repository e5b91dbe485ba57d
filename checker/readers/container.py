"""Checks on an Office Open XML file (xlsx, docx) before anything in it is inflated for reading:
that it is a zip archive at all, zip bombs, XML parts that declare a DTD, the part that says what
kind of document it is."""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..config import Limits
from . import ReadError

_PROLOG_LIMIT = 1 << 20
# The part every file of a kind holds, and the key of the message for when it does not.
_MAIN_PART = {"xlsx": ("xl/workbook.xml", "no_workbook"), "docx": ("word/document.xml", "no_document")}


def declares_dtd(fh) -> bool:
    """Whether an XML part declares a DTD. A DTD may only stand in the prolog (before the root
    element), so the prolog is all that is read: the XML declaration, comments, processing
    instructions. A prolog beyond 1 MiB is itself refused as an attack."""
    buf = b""
    while len(buf) < _PROLOG_LIMIT:
        chunk = fh.read(8192)
        buf += chunk
        i = 0
        while True:
            while i < len(buf) and buf[i:i + 1] in b" \t\r\n\xef\xbb\xbf":
                i += 1
            if buf.startswith(b"<?", i):
                end, close = buf.find(b"?>", i), 2
            elif buf.startswith(b"<!--", i):
                end, close = buf.find(b"-->", i), 3
            elif buf[i:i + 9].upper() == b"<!DOCTYPE" or buf[i:i + 8].upper() == b"<!ENTITY":
                return True
            elif i < len(buf) or not chunk:
                return False  # the root element, other content, or the end of the part
            else:
                break
            if end < 0:
                break  # the comment or instruction goes on in the next chunk
            i = end + close
        if not chunk:
            return False
    return True


def check_container(path: Path, limits: Limits, kind: str) -> None:
    """Refuse what is not an Office Open XML file of `kind`, zip bombs and XML parts with a DTD."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE container: encrypted OOXML, or .xls / .doc
        raise ReadError("protected" if kind == "xlsx" else "protected_doc")
    if not head.startswith(b"PK"):
        raise ReadError("not_zip", kind=kind)
    main, missing = _MAIN_PART[kind]
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if total > limits.max_uncompressed_bytes:
                raise ReadError("unzipped_big", kind=kind, size=total, limit=limits.max_uncompressed_bytes)
            if main not in (i.filename for i in infos):
                raise ReadError(missing)
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with zf.open(info) as fh:
                        if declares_dtd(fh):
                            raise ReadError("dtd", part=info.filename)
    except zipfile.BadZipFile as e:
        raise ReadError("bad_zip", kind=kind, error=str(e)) from e
