"""Every rule's cases, document fragments in its own YAML file, through reader, facts and engine:
a failing case gives the rule's findings at exactly the places it names, a passing case makes the
rule run and pass (so a rule that cannot pass is caught here), in both languages."""
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from checker.cases import run_case
from checker.cli import app
from checker.config import Settings
from checker.rulebook import load_rules

RULES = load_rules()
EXAMPLES = ROOT / "docs" / "contoh-aturan"
CASES = [(rule, k) for rule in RULES for k in range(len(rule.cases))]


def test_every_rule_has_a_passing_and_a_failing_case():
    lacking = [r.id for r in RULES if not {"pass", "fail"} <= {c.expect for c in r.cases}]
    assert not lacking


@pytest.mark.parametrize("rule, k", CASES, ids=[f"{r.id}-{k}-{r.cases[k].expect}" for r, k in CASES])
def test_rule_case(rule, k):
    case = rule.cases[k]
    outcome = run_case(rule, case)
    assert not outcome.error
    if case.expect == "fail":
        assert outcome.found == case.at, outcome.messages
        english = run_case(rule, case, Settings(lang="en"))
        assert english.found == case.at and all(m != i for m, i in zip(english.messages, outcome.messages))
    else:
        status = {"pass": "passed", "not_applicable": "not_applicable"}[case.expect]
        assert outcome.found == [] and outcome.status == status, (outcome.status, outcome.messages)


@pytest.mark.parametrize("rule", load_rules(extra=(EXAMPLES,))[len(RULES):], ids=lambda r: r.id)
def test_the_example_kabupaten_rules_cases(rule):
    settings = Settings(extra_rules=(EXAMPLES,))
    assert {c.expect for c in rule.cases} == {"pass", "fail"}
    for case in rule.cases:
        outcome = run_case(rule, case, settings)
        assert outcome.ok, (case.expect, outcome.found, outcome.status)


def test_explain_shows_a_failing_case_as_a_reviewer_sees_it():
    result = CliRunner().invoke(app, ["rules", "explain", "ANG-001"])
    assert result.exit_code == 0
    assert "Program:" in result.stdout and "7.01.02.2.01 | Koordinasi Kegiatan Pemerintahan" in result.stdout
    assert "-> Program!F2: Pagu program 7.01.02 tahun 2027 (Rp30.000.000)" in result.stdout
    english = CliRunner().invoke(app, ["rules", "explain", "KON-006", "--lang", "en"])
    assert "-> line 6: A sentence about this plan names the year 2026" in english.stdout
