"""docs/FORMATS.md stays true: its JSON example has the report's keys, its config example loads,
and its sheet table names the sheets the reader knows."""
import json
import re

from typer.testing import CliRunner

from conftest import ROOT, SAMPLES
from checker.cli import app
from checker.config import find_config
from checker.layout import SHEETS

DOC = (ROOT / "docs" / "FORMATS.md").read_text(encoding="utf-8")


def _block(lang: str) -> str:
    return re.search(rf"```{lang}\n(.*?)```", DOC, re.S).group(1)


def test_the_json_example_has_the_reports_keys():
    example = json.loads(_block("json").replace("...", ""))
    report = json.loads(CliRunner().invoke(app, ["check", str(SAMPLES / "renja-sukamaju-2026-salah.txt"),
                                                 "--format", "json"]).stdout)
    assert set(example) == set(report)
    doc, real = example["documents"][0], report["documents"][0]
    assert set(doc) <= set(real) and set(doc["stats"]) <= set(real["stats"])
    assert set(doc["findings"][0]) <= set(real["findings"][0]) | {"expected", "actual", "difference"}


def test_the_config_example_loads(tmp_path):
    (tmp_path / "pyproject.toml").write_text(_block("toml"), encoding="utf-8")
    path, table = find_config(tmp_path)
    assert path.parent == tmp_path and table["fail_on"] == "error"


def test_the_sheet_table_names_the_known_sheets():
    for _, (name, _) in SHEETS.items():
        assert f"| `{name}` |" in DOC, name


def test_the_rule_guide_lists_every_fact_type():
    from checker.rulebook import FACT_TYPES
    guide = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    for fact in FACT_TYPES:
        assert f"| `{fact}` |" in guide, fact
