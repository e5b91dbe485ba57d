"""The judge: YAML rules compiled to durable-rules rulesets; every fact gets exactly one verdict per rule.

The only module that imports durable. See ARCHITECTURE.md for the engine behaviour designed around:
a fact matching no rule raises, a batch post can lose matches, a posted id can't be posted again.
"""
from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field

import durable_rules_engine as durable  # durable-rules' C engine; its Python Host is not used

from .messages import say
from .conditions import NUMBERS
from .rulebook import Rule, condition_fields, negate, to_durable

FAIL, PASS, SKIP = "fail", "pass", "not_applicable"
# Batches of this size were exact when measured (losses began above 10,000); every batch is
# still checked against the verdict count, so a loss is an error, never a missing finding.
BATCH = 1000


class EngineError(RuntimeError):
    """The engine lost or duplicated a verdict, or durable refused a ruleset or fact: a message key
    and its parameters (checker/messages.py); `str()` is Indonesian, `text(lang)` either language."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(say(key, "id", **params))

    def text(self, lang: str = "id") -> str:
        return say(self.key, lang, **self.params)


_NAMES = itertools.count(1)
# Tries at compiling one ruleset: durable 2.0.28 refused about 1 in 500 rulesets with list tests
# (`$iany`, `$iall`) once and took each on the next try (measured with generated conditions).
_CREATE_TRIES = 3
_UNSET = object()


@dataclass
class Verdicts:
    """Verdicts per rule: fact ids that failed, and counts of pass / not-applicable."""

    failed: dict[str, list[str]] = field(default_factory=dict)
    passed: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    errors: dict[str, "EngineError"] = field(default_factory=dict)
    facts_posted: int = 0


class Engine:
    """Rules compiled once into durable rulesets; `evaluate` judges one document's facts.

    The rulesets are driven through durable's C API (`durable_rules_engine`), the same calls its
    Python `Host` makes, without the per-match Python objects the Host builds (a Closure and a
    Content per fact, a state round trip per action). Each rule is asked each distinct question
    once (`_messages`). Every verdict is durable's, and every one is counted.
    """

    def __init__(self, rules: list[Rule], lists: dict[str, list] | None = None):
        # A rule naming a profile's list ({in: [unit_key, {profile: percent_units}]}) is compiled
        # with the list written out: an engine belongs to one profile.
        self.rules = [_resolved(rule, lists or {}) for rule in rules]
        self._handles: dict[str, int] = {}
        self._session = itertools.count(1)
        self._fields = {rule.id: self._needed(rule) for rule in self.rules}
        self._routes = {rule.id: _route(rule.applies) for rule in self.rules}
        for rule in self.rules:
            definition = to_json(self._compile(rule))
            for attempt in range(_CREATE_TRIES):
                try:
                    # A ruleset's name is only a label inside durable; unique per engine all the same.
                    self._handles[rule.id] = durable.create_ruleset(f"{rule.id}#{next(_NAMES)}", definition)
                    break
                except Exception as e:  # durable reports a bad JSON condition as a bare exception
                    if attempt + 1 < _CREATE_TRIES:
                        continue  # durable 2.0.28 now and then refuses (code 102) what it takes next time
                    self.close()
                    raise EngineError("engine_refused_rule", rule=rule.id, error=str(e)) from e

    def close(self) -> None:
        """Free the compiled rulesets (an engine is otherwise kept for the life of the process)."""
        handles, self._handles = self._handles, {}
        for handle in handles.values():
            try:
                durable.delete_ruleset(handle)
            except Exception:
                pass

    def __del__(self):
        self.close()

    @staticmethod
    def _needed(rule: Rule) -> dict[str, bool | str]:
        """Fields a rule reads, and whether it orders them (`lt`/`gt`...: a number is required;
        NUMBERS: a list of them)."""
        needed: dict[str, bool | str] = {}
        for cond in (rule.applies, rule.fail_when):
            for name, numeric in (condition_fields(cond) if cond else {}).items():
                if NUMBERS in (numeric, needed.get(name)):
                    needed[name] = NUMBERS  # a list operator's field: a non-empty list of numbers
                else:
                    needed[name] = needed.get(name, False) or numeric
        return needed

    @staticmethod
    def _compile(rule: Rule) -> dict:
        """Three branches that partition the rule's facts: fail, pass, not applicable.

        Only facts of the rule's type are posted to it, so the conditions need not test the type.
        `cap` hands one action up to BATCH matched facts at once instead of one action per fact.
        """
        fail = rule.fail_when if rule.applies is None else {"all": [rule.applies, rule.fail_when]}
        branches = {
            FAIL: fail,
            PASS: negate(rule.fail_when) if rule.applies is None else {"all": [rule.applies, negate(rule.fail_when)]},
        }
        if rule.applies is not None:
            branches[SKIP] = negate(rule.applies)
        return {name: {"all": [{"m": to_durable(cond)}], "cap": BATCH} for name, cond in branches.items()}

    def evaluate(self, facts: list[dict], doc_type: str | None = None) -> Verdicts:
        """Post every fact to every rule of its type and account for each verdict."""
        verdicts = Verdicts(facts_posted=len(facts))
        sid = str(next(self._session))  # one durable session per document keeps documents apart
        by_type: dict[str, list[tuple[int, dict]]] = {}
        for number, fact in enumerate(facts):
            by_type.setdefault(fact["type"], []).append((number, fact))
        by_value: dict[tuple[str, str], dict] = {}
        for rule in self.rules:
            verdicts.failed[rule.id] = []
            verdicts.passed[rule.id] = 0
            verdicts.skipped[rule.id] = 0
            if rule.doc_types is not None and doc_type is not None and doc_type not in rule.doc_types:
                continue
            batch = by_type.get(rule.fact, [])
            route = self._routes[rule.id]
            if route is not None and batch:
                # The applies condition's literal test, used as an index (as a Rete alpha node
                # would): a fact that has the field with another value is not applicable, unposted.
                name, allowed = route
                groups = by_value.get((rule.fact, name))
                if groups is None:
                    groups = by_value[(rule.fact, name)] = {}
                    for item in batch:
                        groups.setdefault(item[1].get(name, _UNSET), []).append(item)
                kept = [item for value in (*allowed, _UNSET) for item in groups.get(value, ())]
                kept.sort(key=lambda item: item[0])
                verdicts.skipped[rule.id] += len(batch) - len(kept)
                batch = kept
            if not batch:
                continue
            messages, members, problems = self._messages(rule, batch, sid)
            if problems:
                verdicts.errors[rule.id] = problems[0]
                continue
            try:
                self._post(rule, messages, members, verdicts)
            except EngineError as e:
                # The session's state is left alone: after durable refused a message, deleting it
                # crashed the process here. The next document has a session of its own.
                verdicts.errors[rule.id] = e
                continue
            try:  # a worker checks thousands of documents: keep no state behind
                durable.delete_state(self._handles[rule.id], sid)
            except Exception:
                pass
        return verdicts

    def _messages(self, rule: Rule, batch: list[tuple[int, dict]], sid: str):
        """What durable sees of the facts: one message per distinct combination of the fields the
        rule reads (a verdict depends on nothing else), with the number of its first fact as id and
        the document's session; messages and locations stay in Python. Most facts of a plan agree
        in what one rule reads (a difference of 0 against a tolerance of 0, a code that is well
        formed): a typical Renstra's 1,047 postings are 35 messages.

        Returns the messages, the facts each one stands for, and why facts could get no verdict at
        all, found before posting: durable answers a fact that no branch matches with an error
        after which its session state is unsafe to touch (deleting it crashed the process here)."""
        fields = self._fields[rule.id]
        names = list(fields)
        messages: list[dict] = []
        members: dict[int, list[tuple[int, dict]]] = {}
        problems: list[EngineError] = []
        first: dict[tuple, int] = {}
        for number, fact in batch:
            values = tuple(tuple(v) if isinstance(v, list) else v for v in (fact.get(name) for name in names))
            # 1, 1.0 and True are equal in Python but not to durable: the types are part of the key.
            key = values + tuple(map(type, values))
            try:
                rep = first.setdefault(key, number)
            except TypeError:  # an unhashable value: a question of its own
                rep = number
            if rep != number:
                members[rep].append((number, fact))
                continue
            members[number] = [(number, fact)]
            message = {"id": number, "sid": sid}
            for (name, ordered), value in zip(fields.items(), values):
                if value is None:
                    problems.append(EngineError("engine_no_field", rule=rule.id, fact=fact["fact_id"], field=name))
                elif ordered == NUMBERS:
                    # durable's `$iall` does not hold on an empty list: a list operator needs items.
                    if not isinstance(value, (list, tuple)) or not value or \
                            any(type(v) not in (int, float) for v in value):
                        problems.append(EngineError("engine_not_numbers", rule=rule.id, fact=fact["fact_id"],
                                                    field=name, value=repr(value)[:80]))
                elif ordered and type(value) not in (int, float):
                    problems.append(EngineError("engine_not_number", rule=rule.id, fact=fact["fact_id"], field=name,
                                                value=repr(value)))
                if isinstance(value, (list, tuple)) and ordered != NUMBERS:
                    # durable's `$iall` does not hold on an empty list: an empty list of words goes
                    # as one empty word, which no listed word equals.
                    value = [str(v) for v in value] or [""]
                message[name] = list(value) if isinstance(value, tuple) else value
            messages.append(message)
        return messages, members, problems

    def _post(self, rule: Rule, messages: list[dict], members: dict[int, list[tuple[int, dict]]],
              verdicts: Verdicts) -> None:
        """Post the messages in batches; each verdict holds for every fact its message stands for."""
        handle = self._handles[rule.id]
        failed: list[int] = []
        for start in range(0, len(messages), BATCH):
            chunk = messages[start:start + BATCH]
            got = self._judge(rule.id, handle, chunk)
            if len(got) != len(chunk):
                lost = len(chunk) - len(got)
                raise EngineError("engine_lost", rule=rule.id, lost=lost, sent=len(chunk))
            for number, verdict in got.items():
                if verdict == FAIL:
                    failed.append(number)
                elif verdict == PASS:
                    verdicts.passed[rule.id] += len(members[number])
                else:
                    verdicts.skipped[rule.id] += len(members[number])
        verdicts.failed[rule.id] = [fact["fact_id"] for _, fact in sorted(
            (item for number in failed for item in members[number]), key=lambda item: item[0])]

    @staticmethod
    def _judge(rule_id: str, handle: int, chunk: list[dict]) -> dict[int, str]:
        """Post one batch and collect each fact's verdict from the actions durable starts for it."""
        try:
            code, state = durable.assert_events(handle, to_json(chunk))
        except Exception as e:
            raise EngineError("engine_durable", rule=rule_id, error=str(e)) from e
        if code != _OK:
            raise EngineError(_REFUSED.get(code, "engine_code"), rule=rule_id, code=code)
        got: dict[int, str] = {}
        expected = {m["id"] for m in chunk}
        started = durable.start_action_for_state(handle, state)
        result = started[1] if started else None
        while result:
            for verdict, matches in json.loads(result).items():
                # A capped action carries a list of matches; a fact matching two alternatives of an
                # `any` arrives twice: the same verdict twice is one verdict, two different ones a fault.
                for match in matches if isinstance(matches, list) else [matches]:
                    number = match.get("m", match)["id"]
                    if number not in expected:
                        raise EngineError("engine_stray", rule=rule_id, number=number)
                    if got.get(number, verdict) != verdict:
                        raise EngineError("engine_twice", rule=rule_id, number=number)
                    got[number] = verdict
            result = durable.complete_and_start_action(handle, state)
        return got


def _resolved(rule: Rule, lists: dict[str, list]) -> Rule:
    from .conditions import ConditionError, profile_lists, resolve
    named = set().union(*(profile_lists(c) for c in (rule.applies, rule.fail_when) if c))
    if not named:
        return rule
    try:
        return rule.model_copy(update={"applies": resolve(rule.applies, lists) if rule.applies else None,
                                       "fail_when": resolve(rule.fail_when, lists)})
    except ConditionError as e:
        raise EngineError("engine_refused_rule", rule=rule.id, error=e.said) from e


def to_json(value) -> str:
    """JSON for durable, every number in plain decimals: its parser reads `1e-09` wrongly and then
    crashes the process (seen with durable-rules 2.0.28), so no exponent may reach it."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise EngineError("engine_value", value=repr(value))
        text = repr(value)
        if "e" in text or "E" in text:
            text = f"{value:.20f}".rstrip("0").rstrip(".") or "0"
        return text
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k), ensure_ascii=False)}:{to_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(to_json(v) for v in value) + "]"
    raise EngineError("engine_value", value=repr(value))


# assert_events answers 0 when the events were taken; these when they were not.
_OK = 0
_REFUSED = {1: "engine_unmatched", 2: "engine_posted_twice", 3: "engine_deferred"}


def _route(applies: dict | None) -> tuple[str, frozenset] | None:
    """The literal equality an applies condition requires (`eq` or `in` on a literal, alone or in an
    `all`), as (field, allowed values); None when it has none."""
    if not applies:
        return None
    (op, arg), = applies.items()
    if op == "all":
        return next((r for r in map(_route, arg) if r is not None), None)
    if op == "eq" and not isinstance(arg[1], dict):
        return arg[0], frozenset([arg[1]])
    if op == "in":
        return arg[0], frozenset(arg[1])
    return None
