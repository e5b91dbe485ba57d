"""engine.py: verdict accounting at volume, and a lost verdict is an error, never silence."""
from checker.engine import Engine, EngineError
from checker.rulebook import load_rules

RULES = {r.id: r for r in load_rules()}


def test_100000_facts_each_get_their_verdict():
    rule = RULES["ANG-001"]
    facts = [{"type": "rollup", "fact_id": f"f{i}", "relation": ["program_kegiatan", "kegiatan_sub"][i % 2],
              "declared": i % 7, "computed": 0, "tolerance": 3, "location": {}} for i in range(100_000)]
    v = Engine([rule]).evaluate(facts)
    assert not v.errors
    failing = {f["fact_id"] for f in facts if f["relation"] == "program_kegiatan" and f["declared"] > 3}
    assert set(v.failed["ANG-001"]) == failing
    assert len(failing) + v.passed["ANG-001"] + v.skipped["ANG-001"] == 100_000
    assert v.skipped["ANG-001"] == 50_000


def test_a_fact_without_the_field_is_reported_as_an_error():
    """durable cannot compare a missing field either way: the fact gets no verdict, and we say so."""
    v = Engine([RULES["ANG-001"]]).evaluate(
        [{"type": "rollup", "fact_id": "x", "relation": "program_kegiatan", "location": {}}])
    assert "ANG-001" in v.errors and not v.failed["ANG-001"]


def test_a_list_of_figures_is_judged_item_by_item_and_an_empty_one_is_refused():
    """KON-002 over the differences from other tables: durable looks at every item; an empty list
    (durable's `all items` is false on it, so no branch would take the fact) never reaches it."""
    rule = RULES["KON-002"]
    base = {"type": "consistency", "check": "pagu", "tolerance": 0.000001, "location": {}}
    facts = [{**base, "fact_id": "same", "differences": [0, 0]}, {**base, "fact_id": "one off", "differences": [0, -5]}]
    v = Engine([rule]).evaluate(facts)
    assert v.failed["KON-002"] == ["one off"] and v.passed["KON-002"] == 1 and not v.errors
    v = Engine([rule]).evaluate([{**base, "fact_id": "empty", "differences": []}])
    assert v.errors["KON-002"].key == "engine_not_numbers" and not v.failed["KON-002"]


def test_documents_are_isolated_in_one_engine():
    """The same fact ids in two documents: each document has its own durable session."""
    engine = Engine([RULES["ANG-001"]])
    fact = {"type": "rollup", "fact_id": "same", "relation": "program_kegiatan", "declared": 5, "computed": 0,
            "tolerance": 0, "location": {}}
    assert engine.evaluate([dict(fact)]).failed["ANG-001"] == ["same"]
    assert engine.evaluate([dict(fact)]).failed["ANG-001"] == ["same"]


def test_rule_for_other_document_type_does_not_run():
    v = Engine([RULES["ANG-004"]]).evaluate(
        [{"type": "period_total", "fact_id": "p", "what": "pagu", "declared": 9, "computed": 0, "tolerance": 0,
          "location": {}}], doc_type="renja")
    assert not v.failed["ANG-004"] and not v.passed["ANG-004"]


def test_durable_refusing_a_batch_is_an_error_not_silence():
    """Two messages with one id in a batch: durable refuses the second; the engine must say so."""
    engine = Engine([RULES["ANG-001"]])
    message = {"id": 1, "sid": "t", "relation": "program_kegiatan", "declared": 5, "computed": 0, "tolerance": 0}
    try:
        engine._judge("ANG-001", engine._handles["ANG-001"], [message, dict(message)])
    except EngineError as e:
        assert "dua kali" in str(e)
    else:
        raise AssertionError("a refused batch went unnoticed")


def test_closing_an_engine_frees_its_rulesets():
    engine = Engine([RULES["ANG-001"], RULES["ANG-002"]])
    engine.close()
    assert engine._handles == {}
    engine.close()  # twice is harmless


def test_facts_alike_in_what_a_rule_reads_are_one_question_with_every_verdict_kept(monkeypatch):
    """A verdict depends only on the fields a rule reads: facts that agree there are posted once,
    and every one of them still gets the verdict, in document order."""
    posted = []
    judge = Engine._judge

    def counting(rule_id, handle, chunk):
        posted.extend(chunk)
        return judge(rule_id, handle, chunk)
    monkeypatch.setattr(Engine, "_judge", staticmethod(counting))
    facts = [{"type": "rollup", "fact_id": f"f{i}", "relation": "program_kegiatan", "declared": i % 2 * 5, "computed": 0,
              "tolerance": 0, "subject": f"program {i}", "location": {"row": i}} for i in range(10)]
    facts.append({"type": "rollup", "fact_id": "float", "relation": "program_kegiatan", "declared": 5.0, "computed": 0,
                  "tolerance": 0, "location": {}})
    v = Engine([RULES["ANG-001"]]).evaluate(facts)
    assert v.failed["ANG-001"] == ["f1", "f3", "f5", "f7", "f9", "float"]
    assert v.passed["ANG-001"] == 5 and not v.errors
    # 0 and 5 are two questions; 5.0 is asked apart from 5 (types are part of what is asked).
    assert sorted(m["declared"] for m in posted) == [0, 5, 5.0]
    assert [type(m["declared"]) for m in posted if m["declared"] == 5] in ([int, float], [float, int])


def test_numbers_durable_would_read_in_exponent_form_are_sent_in_decimals():
    """durable-rules 2.0.28 crashes the process on `1e-09` in a fact: every number reaches it
    written out, and a tolerance that small still decides."""
    engine = Engine([RULES["ANG-001"]])
    facts = [{"type": "rollup", "fact_id": f"t{k}", "relation": "program_kegiatan", "declared": 5 + d, "computed": 5,
              "tolerance": 1e-9, "location": {}} for k, d in enumerate((0, 1e-10, 1e-6, 2.5e-12))]
    v = engine.evaluate(facts)
    assert not v.errors and v.failed["ANG-001"] == ["t2"] and v.passed["ANG-001"] == 3


def test_a_ruleset_durable_refuses_once_is_tried_again_and_one_it_keeps_refusing_is_an_error(monkeypatch):
    import checker.engine as engine_module
    real = engine_module.durable.create_ruleset
    calls = []

    def refusing(times):
        def create(name, definition):
            calls.append(name)
            if len(calls) <= times:
                raise RuntimeError("Could not create ruleset, error code: 102")
            return real(name, definition)
        return create

    monkeypatch.setattr(engine_module.durable, "create_ruleset", refusing(1))
    engine = Engine([RULES["ANG-001"]])
    assert len(calls) == 2 and engine._handles
    engine.close()
    calls.clear()
    monkeypatch.setattr(engine_module.durable, "create_ruleset", refusing(3))
    try:
        Engine([RULES["ANG-001"]])
    except EngineError as e:
        assert e.key == "engine_refused_rule" and "102" in e.text("en")
    else:
        raise AssertionError("a ruleset durable refused three times was taken")
