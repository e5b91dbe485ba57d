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


def test_bench_measures_a_small_batch_on_one_pinned_core(tmp_path, monkeypatch):
    """benchmarks/run.py's pieces on three plans: the stages add up, the floor is read, and a
    batch pinned to one core writes every report."""
    from benchmarks import run
    from checker.pipeline import rule_catalogue

    monkeypatch.setattr(run, "DATA", tmp_path)
    paths = generate(tmp_path / "plans", 3, defects=True, seed=2)
    stages = run.check_stages(paths[0], Settings(), rule_catalogue(Settings()))
    assert stages["fact_count"] > 0
    assert stages["read"] + stages["facts"] + stages["engine"] <= stages["seconds"]
    assert run.floor(paths[0]) > 0
    result = run.batch(tmp_path / "plans", jobs=1, cores=1)
    assert (result["documents"], result["reports_written"], result["cores"]) == (3, 3, 1)
    assert result["exit_code"] == 1 and result["peak_memory_mb"] > 0
