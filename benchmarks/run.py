"""`make bench`: checker time per document against the openpyxl read-only floor, same files, one run.

Measures the sample workbooks (and the corpus text plans when ../shared is present), split into
read, facts and engine stages, and writes benchmarks/results.json. Batch, scale and memory
measurements belong to issue 7 and are not here yet.
"""
from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from checker.config import Settings  # noqa: E402
from checker.pipeline import check_file, engine_for  # noqa: E402

REPEAT = 15


def floor(path: Path) -> float:
    """openpyxl read-only, every cell value of every sheet."""
    start = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass
    wb.close()
    return time.perf_counter() - start


def main() -> None:
    settings = Settings()
    engine_for(settings)  # warm process: rules compiled once, as in a batch worker
    rows = []
    files = sorted((ROOT / "samples").glob("*.xlsx")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    for path in files:
        checks = [check_file(path, settings) for _ in range(REPEAT)]
        stat = lambda key: statistics.median(c.stats.get(key, 0) for c in checks)  # noqa: E731
        row = {"file": path.name, "seconds": stat("seconds"), "read": stat("read_seconds"),
               "facts": stat("facts_seconds"), "engine": stat("engine_seconds"), "facts_count": checks[0].stats["facts"]}
        if path.suffix == ".xlsx":
            row["floor"] = statistics.median(floor(path) for _ in range(REPEAT))
            row["ratio_to_floor"] = row["seconds"] / row["floor"]
        rows.append(row)
    print(f"{'file':45} {'total ms':>9} {'read':>7} {'facts':>7} {'engine':>7} {'floor':>7} {'x floor':>8}")
    for r in rows:
        print(f"{r['file']:45} {r['seconds']*1000:9.1f} {r['read']*1000:7.1f} {r['facts']*1000:7.1f} "
              f"{r['engine']*1000:7.1f} {r.get('floor', 0)*1000:7.1f} {r.get('ratio_to_floor', 0):8.2f}")
    out = {"machine": platform.platform(), "python": platform.python_version(), "repeat": REPEAT, "documents": rows}
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
