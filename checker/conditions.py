"""The condition language of the rule files: every operator defined once, in one registry.

A condition is a mapping of one operator to its argument:

    {all: [cond, ...]}            every one holds
    {any: [cond, ...]}            at least one holds
    {OP: [left, right]}           OP in eq, neq, lt, lte, gt, gte
    {in: [field, [v1, v2, ...]]}  the field holds one of the values
    {not_in: [field, [v1, ...]]}  it holds none of them; either list may be a profile's
                                  ({in: [unit_key, {profile: percent_units}]}), written out
                                  when the engine is built for that profile
    {outside: [field, low, high]} field < low or field > high (a figure beyond a tolerance of
                                  another: {outside: [declared, {sub: [computed, tolerance]},
                                  {add: [computed, tolerance]}]})
    {any_outside: [field, low, high]} the field, a list of numbers (what other places say, the
                                  differences from them), has an item < low or > high (operands
                                  over the fact's own fields): a test over several places at once
    {all_within: [field, low, high]} every item lies within [low, high]
    {has_word: [field, [w, ...]]} the field, a list of words (what a text says, in lower case,
                                  letters and digits only: `name_words`), holds one of them
    {lacks_word: [field, [w, ...]]} it holds none of them; either list may be a profile's

The left side is a field name; the right side (and the bounds of `outside`) a literal, `{field:
name}`, or an expression: `{add|sub|mul|div: [operand, operand]}`, `{neg: operand}`, whose
operands are field names or numbers. Arithmetic is durable-rules' own: a rule computes, the facts
only observe.

Each operator knows how to check its argument (a typo names the rule file and the key), which
fields it reads (and whether they must be numbers), its complement (durable has no negation, and
every fact must land in exactly one branch, so pass = the complement of fail, by De Morgan), its
durable-rules JSON, and its value in Python (the tests hold the compiled conditions against it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .messages import Said

ARITHMETIC = {"add": "$add", "sub": "$sub", "mul": "$mul", "div": "$div"}
NUMBERS = "numbers"  # what a field must hold for a list operator: a non-empty list of numbers
_PY_ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b if b else float("inf")}


class ConditionError(ValueError):
    """A condition that does not follow the language: a message (checker/messages.py) naming
    where; `str()` is Indonesian, `said.text(lang)` either language."""

    def __init__(self, key: str, **params):
        self.said = Said(key, **params)
        super().__init__(self.said.text("id"))


# --- operands ---------------------------------------------------------------------------------------

def check_operand(value: Any, where: str, side: str = "right") -> None:
    if isinstance(value, dict):
        if len(value) != 1:
            raise ConditionError("cond_operand", where=where, got=repr(value))
        (op, arg), = value.items()
        if op == "field":
            if not isinstance(arg, str) or not arg:
                raise ConditionError("cond_field", where=where)
        elif op in ARITHMETIC:
            if not isinstance(arg, list) or len(arg) != 2:
                raise ConditionError("cond_two_operands", where=where, op=op)
            for k, part in enumerate(arg):
                check_operand(part, f"{where}.{op}[{k}]", "arithmetic")
        elif op == "neg":
            check_operand(arg, f"{where}.neg", "arithmetic")
        else:
            raise ConditionError("cond_unknown_operand", where=where, op=op,
                                 known=", ".join(["field", "neg", *ARITHMETIC]))
    elif side == "left" and not isinstance(value, str):
        raise ConditionError("cond_left", where=where, got=repr(value))
    elif side == "arithmetic" and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
        raise ConditionError("cond_arithmetic", where=where, got=repr(value))
    if side == "left" and isinstance(value, dict):
        raise ConditionError("cond_left", where=where, got=repr(value))


def _operand_fields(value: Any, side: str = "right") -> dict[str, bool]:
    """Fields an operand reads; True where arithmetic needs a number."""
    if isinstance(value, dict):
        (op, arg), = value.items()
        if op == "field":
            return {arg: False}
        parts = arg if op in ARITHMETIC else [arg]
        out: dict[str, bool] = {}
        for part in parts:
            for name in _operand_fields(part, "arithmetic"):
                out[name] = True
        return out
    if isinstance(value, str) and side in ("left", "arithmetic"):
        return {value: side == "arithmetic"}
    return {}


def _operand_durable(value: Any, side: str = "right") -> Any:
    if isinstance(value, dict) and not _operand_fields(value):
        return _operand_value(value, {})  # arithmetic over numbers only: durable wants a field in it
    if isinstance(value, dict):
        (op, arg), = value.items()
        if op == "field":
            return {"$m": arg}
        if op == "neg":
            return {"$mul": {"$l": _operand_durable(arg, "arithmetic"), "$r": -1}}
        return {ARITHMETIC[op]: {"$l": _operand_durable(arg[0], "arithmetic"),
                                 "$r": _operand_durable(arg[1], "arithmetic")}}
    if isinstance(value, str) and side == "arithmetic":
        return {"$m": value}
    return value


def _operand_value(value: Any, fact: dict, side: str = "right") -> Any:
    if isinstance(value, dict):
        (op, arg), = value.items()
        if op == "field":
            return fact[arg]
        if op == "neg":
            return -_operand_value(arg, fact, "arithmetic")
        return _PY_ARITHMETIC[op](_operand_value(arg[0], fact, "arithmetic"), _operand_value(arg[1], fact, "arithmetic"))
    if isinstance(value, str) and side in ("left", "arithmetic"):
        return fact[value]
    return value


# --- operators ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Operator:
    check: Callable[[Any, str], None]
    fields: Callable[[Any], dict[str, bool]]
    negate: Callable[[Any], dict]
    durable: Callable[[Any], dict]
    evaluate: Callable[[Any, dict], bool]


def _check_list(op: str):
    def check(arg: Any, where: str) -> None:
        if not isinstance(arg, list) or not arg:
            raise ConditionError("cond_list", where=where, op=op)
        for k, sub in enumerate(arg):
            check_condition(sub, f"{where}.{op}[{k}]")
    return check


def _merge(maps) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for m in maps:
        for name, numeric in m.items():
            out[name] = out.get(name, False) or numeric
    return out


_DURABLE_COMPARISON = {"eq": None, "neq": "$neq", "lt": "$lt", "lte": "$lte", "gt": "$gt", "gte": "$gte"}
_NEGATION = {"eq": "neq", "neq": "eq", "lt": "gte", "gte": "lt", "gt": "lte", "lte": "gt"}
_PY_COMPARISON: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b, "neq": lambda a, b: a != b, "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b, "gt": lambda a, b: a > b, "gte": lambda a, b: a >= b}


def _comparison(op: str) -> Operator:
    ordered = op in ("lt", "lte", "gt", "gte")

    def check(arg: Any, where: str) -> None:
        if not isinstance(arg, list) or len(arg) != 2:
            raise ConditionError("cond_comparison", where=where, op=op)
        check_operand(arg[0], f"{where}.{op}[0]", "left")
        check_operand(arg[1], f"{where}.{op}[1]")

    def fields(arg: Any) -> dict[str, bool]:
        left, right = _operand_fields(arg[0], "left"), _operand_fields(arg[1])
        return _merge([{k: v or ordered for k, v in left.items()}, {k: v or ordered for k, v in right.items()}])

    def durable(arg: Any) -> dict:
        left, right = arg[0], _operand_durable(arg[1])
        return {left: right} if _DURABLE_COMPARISON[op] is None else {_DURABLE_COMPARISON[op]: {left: right}}

    def evaluate(arg: Any, fact: dict) -> bool:
        return _PY_COMPARISON[op](_operand_value(arg[0], fact, "left"), _operand_value(arg[1], fact))

    return Operator(check, fields, lambda arg: {_NEGATION[op]: arg}, durable, evaluate)


def _check_in(arg: Any, where: str) -> None:
    listed = isinstance(arg, list) and len(arg) == 2 and (
        (isinstance(arg[1], list) and arg[1]) or
        (isinstance(arg[1], dict) and set(arg[1]) == {"profile"} and isinstance(arg[1]["profile"], str)))
    if not listed or not isinstance(arg[0], str):
        raise ConditionError("cond_in", where=where)


_LISTED = ("in", "not_in", "has_word", "lacks_word")  # operators whose second argument is a list


def _check_words(op: str):
    def check(arg: Any, where: str) -> None:
        try:
            _check_in(arg, where)
        except ConditionError:
            raise ConditionError("cond_words", where=where, op=op) from None
        single = all(isinstance(w, str) and w.strip() and " " not in w.strip() for w in arg[1]) \
            if isinstance(arg[1], list) else True
        if not single:
            raise ConditionError("cond_single_words", where=where, op=op, got=repr(arg[1]))
    return check


def _words(value: Any) -> list[str]:
    return [str(w).lower() for w in value] if isinstance(value, (list, tuple)) else []


def profile_lists(cond: dict) -> set[str]:
    """The profile lists a condition names (`{in: [unit_key, {profile: percent_units}]}`)."""
    (op, arg), = cond.items()
    if op in ("all", "any"):
        return set().union(*(profile_lists(c) for c in arg))
    if op in _LISTED and isinstance(arg[1], dict):
        return {arg[1]["profile"]}
    return set()


def resolve(cond: dict, lists: dict[str, list]) -> dict:
    """The condition with each profile list it names written out (as the profile has it, in lower
    case): what durable compiles. A list the profile does not have is an error naming it."""
    (op, arg), = cond.items()
    if op in ("all", "any"):
        return {op: [resolve(c, lists) for c in arg]}
    if op in _LISTED and isinstance(arg[1], dict):
        name = arg[1]["profile"]
        if name not in lists:
            raise ConditionError("cond_profile_list", name=name, known=", ".join(sorted(lists)))
        values = [str(v).lower() for v in lists[name]] or ["\0"]  # an empty list holds nothing
        return {op: [arg[0], values]}
    return cond


def _check_outside(arg: Any, where: str) -> None:
    if not isinstance(arg, list) or len(arg) != 3:
        raise ConditionError("cond_outside", where=where)
    check_operand(arg[0], f"{where}.outside[0]", "left")
    check_operand(arg[1], f"{where}.outside[1]")
    check_operand(arg[2], f"{where}.outside[2]")


def _check_items(op: str):
    def check(arg: Any, where: str) -> None:
        if not isinstance(arg, list) or len(arg) != 3 or not isinstance(arg[0], str):
            raise ConditionError("cond_items", where=where, op=op)
        check_operand(arg[1], f"{where}.{op}[1]")
        check_operand(arg[2], f"{where}.{op}[2]")
    return check


def _items_fields(arg: Any) -> dict[str, bool | str]:
    """The list field (a non-empty list of numbers) and the fields its bounds read (numbers)."""
    bounds = _merge([_operand_fields(arg[1]), _operand_fields(arg[2])])
    return {**{k: True for k in bounds}, arg[0]: NUMBERS}


def _item_durable(op: str, bound: Any) -> dict:
    return {op: {"$i": _operand_durable(bound)}}


def _items(fact: dict, field: str) -> list[float]:
    return list(fact[field]) if isinstance(fact[field], (list, tuple)) else []


def _outside_as_comparisons(arg: Any) -> dict:
    value, low, high = arg
    return {"any": [{"lt": [value, low]}, {"gt": [value, high]}]}


OPERATORS: dict[str, Operator] = {
    "all": Operator(_check_list("all"), lambda arg: _merge(condition_fields(c) for c in arg),
                    lambda arg: {"any": [negate(c) for c in arg]},
                    lambda arg: {"$and": [to_durable(c) for c in arg]},
                    lambda arg, fact: all(evaluate(c, fact) for c in arg)),
    "any": Operator(_check_list("any"), lambda arg: _merge(condition_fields(c) for c in arg),
                    lambda arg: {"all": [negate(c) for c in arg]},
                    lambda arg: {"$or": [to_durable(c) for c in arg]},
                    lambda arg, fact: any(evaluate(c, fact) for c in arg)),
    **{op: _comparison(op) for op in _DURABLE_COMPARISON},
    "in": Operator(_check_in, lambda arg: {arg[0]: False},
                   lambda arg: {"all": [{"neq": [arg[0], v]} for v in arg[1]]},
                   lambda arg: {"$or": [{arg[0]: v} for v in arg[1]]},
                   lambda arg, fact: fact[arg[0]] in arg[1]),
    "not_in": Operator(_check_in, lambda arg: {arg[0]: False},
                       lambda arg: {"in": arg},
                       lambda arg: {"$and": [{"$neq": {arg[0]: v}} for v in arg[1]]},
                       lambda arg, fact: fact[arg[0]] not in arg[1]),
    # A list field against words: durable's `$iany` over the list's items, and `$iall` of
    # inequalities for the complement (the engine hands durable an empty list as one empty word,
    # since durable's `$iall` does not hold on an empty list).
    "has_word": Operator(_check_words("has_word"), lambda arg: {arg[0]: False},
                         lambda arg: {"lacks_word": arg},
                         lambda arg: {"$iany": {arg[0]: {"$or": [{"$i": str(w).lower()} for w in arg[1]]}}},
                         lambda arg, fact: any(str(w).lower() in _words(fact[arg[0]]) for w in arg[1])),
    "lacks_word": Operator(_check_words("lacks_word"), lambda arg: {arg[0]: False},
                           lambda arg: {"has_word": arg},
                           lambda arg: {"$iall": {arg[0]: {"$and": [{"$neq": {"$i": str(w).lower()}}
                                                                    for w in arg[1]]}}},
                           lambda arg, fact: not any(str(w).lower() in _words(fact[arg[0]]) for w in arg[1])),
    # A list of numbers against bounds over the fact's own fields: durable's `$iany` / `$iall`
    # over the items, each compared with the bounds' arithmetic on the fact (`$m`).
    "any_outside": Operator(_check_items("any_outside"), _items_fields, lambda arg: {"all_within": arg},
                            lambda arg: {"$iany": {arg[0]: {"$or": [_item_durable("$lt", arg[1]),
                                                                    _item_durable("$gt", arg[2])]}}},
                            lambda arg, fact: any(v < _operand_value(arg[1], fact) or v > _operand_value(arg[2], fact)
                                                  for v in _items(fact, arg[0]))),
    "all_within": Operator(_check_items("all_within"), _items_fields, lambda arg: {"any_outside": arg},
                           lambda arg: {"$iall": {arg[0]: {"$and": [_item_durable("$gte", arg[1]),
                                                                    _item_durable("$lte", arg[2])]}}},
                           lambda arg, fact: all(_operand_value(arg[1], fact) <= v <= _operand_value(arg[2], fact)
                                                 for v in _items(fact, arg[0]))),
    "outside": Operator(_check_outside, lambda arg: condition_fields(_outside_as_comparisons(arg)),
                        lambda arg: negate(_outside_as_comparisons(arg)),
                        lambda arg: to_durable(_outside_as_comparisons(arg)),
                        lambda arg, fact: evaluate(_outside_as_comparisons(arg), fact)),
}


def _operator(cond: Any, where: str = "condition") -> tuple[Operator, Any]:
    if not isinstance(cond, dict) or len(cond) != 1:
        raise ConditionError("cond_mapping", where=where, got=repr(cond))
    (op, arg), = cond.items()
    if op not in OPERATORS:
        raise ConditionError("cond_unknown_operator", where=where, op=op, known=", ".join(OPERATORS))
    return OPERATORS[op], arg


def check_condition(cond: Any, where: str = "condition") -> None:
    operator, arg = _operator(cond, where)
    operator.check(arg, where)


def condition_fields(cond: dict) -> dict[str, bool]:
    """Every fact field a condition reads, True where it must be a number."""
    operator, arg = _operator(cond)
    return operator.fields(arg)


def negate(cond: dict) -> dict:
    """The complement of a condition, so that pass = not fail without a `not` operator."""
    operator, arg = _operator(cond)
    return operator.negate(arg)


def to_durable(cond: dict) -> dict:
    """The condition as a durable-rules JSON expression over the fact `m`."""
    operator, arg = _operator(cond)
    return operator.durable(arg)


def evaluate(cond: dict, fact: dict) -> bool:
    """The condition in Python."""
    operator, arg = _operator(cond)
    return operator.evaluate(arg, fact)
