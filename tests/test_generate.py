"""The benchmark generator's plans: the clean ones have no finding, the faulty ones exactly the planted ones."""
import sys
from collections import Counter

from checker.config import Settings
from checker.pipeline import check_file

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.generate import generate  # noqa: E402


def test_generated_workbooks_and_texts(tmp_path):
    for kind, planted in (("xlsx", {"ANG-001", "TGT-002", "RSK-001"}), ("txt", {"ANG-001", "TGT-002", "RAS-001"})):
        paths = generate(tmp_path / kind, 4, kind=kind, defects=True, seed=5)
        for k, path in enumerate(paths):
            result = check_file(path, Settings())
            rules = Counter(f.rule for f in result.findings if f.category != "input")
            if k % 2:  # the odd ones carry the defects
                assert set(rules) == planted and all(n == 1 for n in rules.values()), (path.name, rules)
            else:
                assert not rules, (path.name, rules)
