"""The corpus plans printed in the team's own forms of tests/test_forms.py (HTML, grid, broken
cells, repeated merged cells, a spreadsheet's PDF with its rows set at the top, middle or foot,
...), each reading compared finding by finding with the tab reading (`make robust`).

    python benchmarks/corpus_forms.py [--forms html,grid,...]

The scorer's recall and precision are printed too, but a form that makes a row many lines tall
(HTML, grid) moves findings out of its three-line tolerance of their neighbours' defects: the
count of findings lost and gained against the tab reading, each at its row's new line, is the
measure of the reader. Nothing from the corpus is written into the project: the rewritten
plans live in a temporary folder.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from robust import CORPUS, _scorer, rates, scorable  # noqa: E402
from checker.config import Settings  # noqa: E402
from checker.pipeline import check_file  # noqa: E402
from test_forms import FORMS, NOT_HELD  # noqa: E402

ALL_FORMS = {**FORMS, **NOT_HELD}


def findings(result) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in result.findings if f.category != "input"}


def moved_list(expected: dict, moved: dict[int, int]) -> dict:
    """The auditors' list with its lines where the form put them."""
    out = json.loads(json.dumps(expected))
    for d in out["defects"]:
        if isinstance(d.get("line"), int):
            d["line"] = moved.get(d["line"], d["line"])
        d["lines"] = [moved.get(n, n) if isinstance(n, int) else n for n in d.get("lines") or []]
    out["neutral_lines"] = [moved.get(n, n) for n in out.get("neutral_lines") or []]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--forms", default=",".join(sorted(ALL_FORMS)))
    args = parser.parse_args(argv)
    plans = sorted(CORPUS.glob("*.txt"))
    if not plans:
        print(f"no corpus at {CORPUS}")
        return 0
    scorer, settings = _scorer(), Settings()
    base = {plan.name: findings(check_file(plan, settings)) for plan in plans}
    print("| form | findings lost | findings gained | scorer recall | scorer precision |\n|---|---|---|---|---|")
    for form in args.forms.split(","):
        lost = gained = 0
        tally = Counter()
        with tempfile.TemporaryDirectory() as tmp:
            for plan in plans:
                new, moved = ALL_FORMS[form](plan.read_text(encoding="utf-8").split("\n"))
                path = Path(tmp) / plan.name
                path.write_text("\n".join(new), encoding="utf-8")
                result = check_file(path, settings)
                want = {(rule, moved.get(line, line) if line else line) for rule, line in base[plan.name]}
                got = findings(result)
                lost, gained = lost + len(want - got), gained + len(got - want)
                expected = json.loads((CORPUS / "expected" / f"{plan.stem}.json").read_text(encoding="utf-8"))
                pos, found, _, scored, fps = scorer.score_document(scorable(result), moved_list(expected, moved), 3)
                tally.update(pos=len(pos), found=len(found), scored=len(scored), fp=len(fps))
        recall, precision = rates(tally)
        print(f"| {form} | {lost} | {gained} | {recall:.3f} | {precision:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
