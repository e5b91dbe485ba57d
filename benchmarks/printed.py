"""The team's plans (tests/data/forms) printed in every form of tests/test_forms.py, the forms the
reader does not read finding for finding yet (NOT_HELD: a spreadsheet's rows set at their middle
or foot, figures' ends moved by a font) included: recall and precision of the planted findings
per form (`make robust`).

    python benchmarks/printed.py [--forms flush-middle,flush-foot,flush-jitter] [--plans DIR] [--verbose]

--plans takes another folder of plans and its expected.json (`benchmarks/varied.py --keep DIR`).

A planted finding counts where a finding of its rule stands at its row's first line in that form;
any other finding (not an `input` note) is a false one. tests/test_forms.py holds every form of
FORMS to all of them; this measures the others.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from checker.config import Settings  # noqa: E402
from checker.pipeline import check_file  # noqa: E402
from test_forms import FORMS, OTHER, OTHER_MANIFEST, NOT_HELD  # noqa: E402

ALL_FORMS = {**FORMS, **NOT_HELD}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--forms", default=",".join(NOT_HELD))
    parser.add_argument("--plans", type=Path, default=OTHER, help="a folder of plans with their expected.json")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    settings = Settings()
    plans = args.plans
    manifest = OTHER_MANIFEST if plans == OTHER else json.loads((plans / "expected.json").read_text(encoding="utf-8"))
    print(f"{len(manifest)} plans of {plans.name}\n| form | recall | precision |\n|---|---|---|")
    for form in args.forms.split(","):
        planted = found = false = 0
        with tempfile.TemporaryDirectory() as tmp:
            for name, defects in sorted(manifest.items()):
                new, moved = ALL_FORMS[form]((plans / name).read_text(encoding="utf-8").split("\n"))
                path = Path(tmp) / name
                path.write_text("\n".join(new), encoding="utf-8")
                result = check_file(path, settings)
                # A missing chapter has no line of its own (varied.py plants it so): its rule is enough.
                got = {(f.rule, None if f.rule.startswith("BAB") and not f.location.table else f.location.line)
                       for f in result.findings if f.category != "input"}
                want = {(rule, moved.get(line, line) if line else line) for rule, line in defects}
                planted, found, false = planted + len(want), found + len(want & got), false + len(got - want)
                if args.verbose and got != want:
                    print(f"  {name}: missed {sorted(want - got)}, false {sorted(got - want)}")
        reported = found + false
        print(f"| {form} | {found / planted:.3f} ({found}/{planted}) | "
              f"{found / reported if reported else 1:.3f} ({false} false of {reported}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
