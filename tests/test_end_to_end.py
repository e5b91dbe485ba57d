"""The samples: exactly the planted (rule, sheet, row) set on each faulty one, nothing on the clean ones."""
import json

import pytest

from conftest import SAMPLES
from checker.config import Settings
from checker.pipeline import check_file

MANIFEST = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_sample(name):
    result = check_file(SAMPLES / name, Settings())
    assert result.status == "checked", result.error
    got = {(f.rule, f.location.sheet, f.location.row) for f in result.findings}
    assert got == {tuple(x) for x in MANIFEST[name]}
    if name.endswith("-bersih.xlsx"):
        assert got == set()
    assert not [r for r in result.rules if r.status == "error"]


def test_faulty_samples_cover_every_core_rule():
    core = {"ANG-001", "ANG-002", "ANG-003", "ANG-004", "ANG-005", "TGT-001", "TGT-002", "TGT-003", "TGT-004",
            "TGT-005", "IND-001", "IND-002", "IND-003", "IND-004", "IND-005", "IND-006", "IND-007", "BAB-001",
            "BAB-002", "BAB-003", "RSK-001", "RSK-002", "RSK-003"}
    planted = {rule for name, rows in MANIFEST.items() for rule, _, _ in rows}
    assert core <= planted


def test_samples_are_current(tmp_path, monkeypatch):
    """The committed workbooks are what the generator writes (so the manifest describes them)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for doc_type, kecamatan, stem in mod.PLANS:
        for faulty in (False, True):
            name = f"{stem}-{'salah' if faulty else 'bersih'}.xlsx"
            assert [list(x) for x in mod.write_plan(doc_type, kecamatan, faulty, tmp_path / name)] == MANIFEST[name]


def test_rule_statuses_tell_clean_from_not_run():
    result = check_file(SAMPLES / "renja-sukamaju-2026-bersih.xlsx", Settings())
    status = {r.id: r.status for r in result.rules}
    assert status["ANG-001"] == "passed"
    assert status["TGT-003"] == "not_applicable"   # quarterly rule on a Renja
    assert status["ANG-004"] == "not_applicable"   # no akhir column in a Renja
