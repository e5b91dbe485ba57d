"""Every rule file: strict schema, id = file name, and its pass/fail examples through durable-rules."""
import pytest
import yaml
from hypothesis import given, settings, strategies as st

from checker.engine import Engine
from conftest import ROOT
from checker.rulebook import Rule, RuleError, evaluate, load_profile, load_rules, negate

PROFILE_LISTS = {k: v for k, v in load_profile().model_dump().items() if isinstance(v, list) and all(isinstance(x, str) for x in v)}
RULES = load_rules()
CASES = [(r, "fail", i) for r in RULES for i in range(len(r.examples.fail))] + \
        [(r, "pass", i) for r in RULES for i in range(len(r.examples.pass_))]


ENGINES = {}


@pytest.mark.parametrize("rule,kind,index", CASES, ids=[f"{r.id}-{k}{i}" for r, k, i in CASES])
def test_example_through_engine(rule, kind, index):
    example = (rule.examples.fail if kind == "fail" else rule.examples.pass_)[index]
    fact = {"type": rule.fact, "fact_id": f"ex-{rule.id}-{kind}-{index}", "location": {}, **example}
    engine = ENGINES.setdefault(rule.id, Engine([rule], PROFILE_LISTS))
    verdicts = engine.evaluate([fact])
    assert not verdicts.errors
    failed = fact["fact_id"] in verdicts.failed[rule.id]
    assert failed == (kind == "fail")
    assert failed or verdicts.passed[rule.id] + verdicts.skipped[rule.id] == 1


def test_every_rule_documents_itself():
    for rule in RULES:
        for text in (rule.title, rule.message, rule.why):
            assert text.id.strip() and text.en.strip()
        assert rule.reference.strip()


def test_categories_of_the_core_rules_are_covered():
    cats = {r.category for r in RULES}
    assert {"rollup", "period_total", "target_trend", "quarterly", "percent_range", "risk_score",
            "risk_level", "chapter", "formula", "missing_value"} <= cats


def _rule_dict():
    return yaml.safe_load((ROOT / "rules" / "ANG-001.yaml").read_text(encoding="utf-8"))


def test_unknown_key_is_an_error(tmp_path):
    data = _rule_dict()
    data["severty"] = "error"
    (tmp_path / "ANG-001.yaml").write_text(yaml.safe_dump(data))
    load_rules.cache_clear()
    with pytest.raises(RuleError, match="severty"):
        load_rules(tmp_path)


def test_unknown_operator_is_an_error(tmp_path):
    data = _rule_dict()
    data["fail_when"] = {"greater": ["abs_difference", 0]}
    (tmp_path / "ANG-001.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(RuleError, match="operator `greater` tidak dikenal") as caught:
        load_rules(tmp_path)
    assert "fail_when: unknown operator `greater`" in caught.value.text("en")


def test_file_name_must_be_the_id(tmp_path):
    (tmp_path / "ANG-999.yaml").write_text(yaml.safe_dump(_rule_dict()))
    with pytest.raises(RuleError, match="berbeda dengan nama berkasnya"):
        load_rules(tmp_path)


def test_example_missing_a_field_is_an_error():
    data = _rule_dict()
    data["examples"]["fail"] = [{"relation": "program_kegiatan"}]
    with pytest.raises(Exception, match="lacks field"):
        Rule.model_validate(data)


def test_profiles_load():
    assert load_profile("permendagri-86").risk.method == "product"
    assert load_profile("permendagri-86-matriks").risk.method == "matrix"
    with pytest.raises(RuleError, match="tidak ditemukan"):
        load_profile("tidak-ada")


WORDS = ["jumlah", "laju", "desa", "Persentase"]

# An operand: a number, another field, or arithmetic over fields and numbers (durable computes it).
operand = st.recursive(st.one_of(st.integers(-3, 3), st.sampled_from([{"field": "a"}, {"field": "b"}])),
                       lambda inner: st.builds(lambda op, x, y: {op: [x.get("field", x) if isinstance(x, dict) else x,
                                                                      y.get("field", y) if isinstance(y, dict) else y]},
                                               st.sampled_from(["add", "sub", "mul"]), inner, inner)
                       | st.builds(lambda x: {"neg": x.get("field", x) if isinstance(x, dict) else x}, inner),
                       max_leaves=3)
leaf = st.one_of(
    st.builds(lambda op, field, v: {op: [field, v]}, st.sampled_from(["eq", "neq", "lt", "lte", "gt", "gte"]),
              st.sampled_from(["a", "b"]), operand),
    st.builds(lambda field, lo, hi: {"outside": [field, lo, hi]}, st.sampled_from(["a", "b"]), operand, operand),
    st.builds(lambda op, field, vs: {op: [field, vs]}, st.sampled_from(["in", "not_in"]), st.sampled_from(["a", "b"]),
              st.lists(st.integers(-3, 3), min_size=1, max_size=3)),
    st.builds(lambda op, vs: {op: ["w", vs]}, st.sampled_from(["has_word", "lacks_word"]),
              st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)),
    st.builds(lambda op, lo, hi: {op: ["xs", lo, hi]}, st.sampled_from(["any_outside", "all_within"]), operand, operand))
conditions = st.recursive(leaf, lambda inner: st.one_of(
    st.builds(lambda xs: {"all": xs}, st.lists(inner, min_size=1, max_size=3)),
    st.builds(lambda xs: {"any": xs}, st.lists(inner, min_size=1, max_size=3))), max_leaves=6)


@settings(max_examples=120, deadline=None)
@given(conditions, st.lists(st.fixed_dictionaries({"a": st.integers(-3, 3), "b": st.integers(-3, 3),
                                                   "w": st.lists(st.sampled_from([w.lower() for w in WORDS]),
                                                                 max_size=3),
                                                   "xs": st.lists(st.integers(-3, 3), min_size=1, max_size=3)}),
                            min_size=1, max_size=8))
def test_compiled_condition_agrees_with_its_meaning(cond, rows):
    """durable's verdict equals the condition evaluated in Python, and the complement covers the rest."""
    rule = Rule.model_validate({
        "id": "TST-001", "name": "t", "category": "rollup", "severity": "error", "fact": "rollup",
        "fail_when": cond, "title": {"id": "t", "en": "t"}, "message": {"id": "t", "en": "t"},
        "why": {"id": "t", "en": "t"}, "reference": "-",
        "examples": {"pass": [{"a": 0, "b": 0, "w": [], "xs": [0]}], "fail": [{"a": 0, "b": 0, "w": [], "xs": [0]}]}})
    facts = [{"type": "rollup", "fact_id": f"f{i}", **row} for i, row in enumerate(rows)]
    engine = Engine([rule])
    try:  # durable holds a bounded number of rulesets: free each one, not when the collector runs
        verdicts = engine.evaluate(facts)
    finally:
        engine.close()
    assert not verdicts.errors
    assert set(verdicts.failed["TST-001"]) == {f["fact_id"] for f in facts if evaluate(cond, f)}
    assert all(evaluate(negate(cond), f) != evaluate(cond, f) for f in facts)


def _leaves(cond: dict):
    (op, arg), = cond.items()
    if op in ("all", "any"):
        for sub in arg:
            yield from _leaves(sub)
    else:
        yield op, arg


def test_rules_decide_rather_than_read_a_verdict_made_in_python():
    """Issue 16's measure: a rule whose condition only tests a flag (`{eq: [duplicate, true]}`)
    decides nothing. None of the built-in rules may, and no condition compares with a boolean."""
    flag_only = [rule.id for rule in load_rules()
                 if all(op in ("eq", "neq") and isinstance(arg[1], bool) for op, arg in _leaves(rule.fail_when))]
    assert flag_only == []
    booleans = [rule.id for rule in load_rules() for cond in (rule.applies, rule.fail_when) if cond
                for op, arg in _leaves(cond) if op in _COMPARISONS and isinstance(arg[1], bool)]
    assert booleans == []


_COMPARISONS = ("eq", "neq", "lt", "lte", "gt", "gte")
