"""Which files a command checks: one discovery for `check` and `batch`.

A folder is searched down to its subfolders for plans (.xlsx, .xlsm, .txt, .md) and for the
documents a review folder receives but that cannot be checked yet (.pdf, .docx, .xls, ...),
which are listed as unreadable with what to do, never dropped. Hidden files and folders, Office
lock files (`~$...`) and folders of rencana's own reports (marked by REPORTS_MARK) are skipped. A
file named on the command line is taken as it is, whatever its kind; a file named twice, or
reached twice, is checked once.
"""
from __future__ import annotations

from pathlib import Path

PLAN_SUFFIXES = (".xlsx", ".xlsm", ".docx", ".pdf", ".txt", ".md")
# Documents that arrive in a review folder but cannot be checked: listed as unreadable with the reason.
OTHER_DOCUMENTS = (".xls", ".doc", ".odt", ".ods", ".rtf")
# Written into every folder rencana writes reports to, so that a later search skips it.
REPORTS_MARK = ".rencana-laporan"


def _skipped(root: Path, p: Path) -> bool:
    rel = p.relative_to(root)
    if any(part.startswith(".") for part in rel.parts) or p.name.startswith("~$"):
        return True
    return any((parent / REPORTS_MARK).exists() for parent in [p.parent, *p.parent.parents]
               if parent == root or parent.is_relative_to(root))


def discover(root: Path, out: Path | None = None) -> list[Path]:
    """Every document under `root`, sorted; hidden files, lock files and report folders skipped."""
    found = []
    for p in root.rglob("*"):
        if not p.is_file() or p.suffix.lower() not in PLAN_SUFFIXES + OTHER_DOCUMENTS or _skipped(root, p):
            continue
        if out is not None and p.resolve().is_relative_to(out.resolve()):
            continue
        found.append(p)
    return sorted(found)


def documents(paths: list[Path], out: Path | None = None) -> list[Path]:
    """The files named and those found in the folders named, each once, in the order given."""
    seen, out_list = set(), []
    for p in paths:
        for q in (discover(p, out) if p.is_dir() else [p]):
            key = q.resolve() if q.exists() else q.absolute()
            if key not in seen:
                seen.add(key)
                out_list.append(q)
    return out_list


def mark_reports(folder: Path) -> None:
    """Mark a folder as holding rencana's reports."""
    folder.mkdir(parents=True, exist_ok=True)
    mark = folder / REPORTS_MARK
    if not mark.exists():
        mark.write_text("laporan rencana: folder ini dilewati saat mencari dokumen\n", encoding="utf-8")
