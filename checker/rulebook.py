"""Rule files and profiles: strict models, loading, selection, and the condition language."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .conditions import ConditionError, check_condition, condition_fields, evaluate, negate, to_durable  # noqa: F401
from .messages import Said, say

CATEGORIES = (
    "rollup", "period_total", "target_trend", "quarterly", "percent_range", "ratio", "risk_score",
    "risk_level", "chapter", "formula", "missing_value", "code", "consistency", "input",
)
FACT_TYPES = (
    "rollup", "period_total", "target_series", "quarterly", "indicator", "percent_value",
    "required_value", "chapter_slot", "risk", "risk_level", "code", "ratio", "consistency", "column_total",
    "row_total", "realised_budget", "budget", "cross",
)
Severity = Literal["error", "warning", "info"]


def default_rules_dir() -> Path:
    """`rules/` beside the package (an editable install or a checkout); RENCANA_RULES overrides."""
    env = os.environ.get("RENCANA_RULES")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "rules"


class RuleError(Exception):
    """A rule or profile file that does not load: a message key and its parameters
    (checker/messages.py); `str()` is the Indonesian text, `text(lang)` either language."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(say(key, "id", **params))

    def text(self, lang: str = "id") -> str:
        return say(self.key, lang, **self.params)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Text(Strict):
    id: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


# The condition language is checker/conditions.py.


class Examples(Strict):
    pass_: list[dict[str, Any]] = Field(alias="pass", min_length=1)
    fail: list[dict[str, Any]] = Field(min_length=1)


class Partner(Strict):
    """The other document of a cross-document case (a Renstra for a Renja, a Renja for a Rencana Aksi)."""

    doc_type: Literal["renstra", "renja", "rencana_aksi"]
    sheets: dict[str, list[list[Any]]] | None = None
    text: str | None = None


class Case(Strict):
    """A document fragment a rule is tried on, through reader, facts and engine: a few workbook
    rows (the Dokumen sheet is added from `doc_type`) or a few lines of published text, and the
    places its findings must stand (`Program!H5`, `line 7`); a passing case must make the rule
    run and pass; a `not_applicable` one must leave the rule nothing to judge (what its `applies`
    turns away)."""

    expect: Literal["pass", "fail", "not_applicable"]
    note: str = ""
    doc_type: Literal["renstra", "renja", "rencana_aksi"] = "renja"
    at: list[str] = Field(default_factory=list)
    sheets: dict[str, list[list[Any]]] | None = None
    text: str | None = None
    partners: list[Partner] = Field(default_factory=list)  # checked together with it (cross-document rules)

    @model_validator(mode="after")
    def _one_document(self):
        if (self.sheets is None) == (self.text is None):
            raise ValueError("a case gives either `sheets` or `text`")
        if self.expect == "fail" and not self.at:
            raise ValueError("a failing case names where its findings stand (`at`)")
        if self.expect != "fail" and self.at:
            raise ValueError("only a failing case has findings (`at`)")
        return self


class Rule(Strict):
    id: str = Field(pattern=r"^[A-Z]{3}-\d{3}$")
    name: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    category: Literal[CATEGORIES]  # type: ignore[valid-type]
    severity: Severity
    fact: Literal[FACT_TYPES]  # type: ignore[valid-type]
    applies: dict | None = None
    fail_when: dict
    title: Text
    message: Text
    why: Text
    reference: str
    doc_types: list[Literal["renstra", "renja", "rencana_aksi"]] | None = None
    examples: Examples
    cases: list[Case] = Field(default_factory=list)
    # What a finding shows as expected and as written, where not the fact's own `expected` and
    # `actual` (a fact shared by several rules): templates over the fact's fields.
    shows: dict[Literal["expected", "actual"], str] = Field(default_factory=dict)

    @field_validator("applies", "fail_when")
    @classmethod
    def _valid_condition(cls, v: dict | None, info):
        if v is not None:
            check_condition(v, info.field_name)  # a ConditionError names the key; pydantic keeps it
        return v

    @model_validator(mode="after")
    def _profile_lists_exist(self):
        from .conditions import profile_lists
        known = {name for name, f in Profile.model_fields.items() if f.annotation == list[str]}
        for cond in (self.applies, self.fail_when):
            unknown = profile_lists(cond) - known if cond else set()
            if unknown:
                raise ValueError(f"no profile list {sorted(unknown)} (lists: {', '.join(sorted(known))})")
        return self

    @model_validator(mode="after")
    def _examples_have_fields(self):
        needed = set(condition_fields(self.fail_when)) | (set(condition_fields(self.applies)) if self.applies else set())
        for kind, facts in (("pass", self.examples.pass_), ("fail", self.examples.fail)):
            for i, fact in enumerate(facts):
                missing = needed - set(fact)
                if missing:
                    raise ValueError(f"example {kind}[{i}] lacks field(s) {sorted(missing)}")
        return self


class Outline(Strict):
    bab: int
    title: str
    keywords: list[str]


class Band(Strict):
    min: float
    max: float
    label: str
    aliases: list[str] = Field(default_factory=list)


class Scale(Strict):
    min: int = 1
    max: int = 5


class Risk(Strict):
    method: Literal["product", "matrix"] = "product"
    scale: Scale = Field(default_factory=Scale)
    matrix: list[list[int]] | None = None
    bands: list[Band]

    @model_validator(mode="after")
    def _matrix_shape(self):
        if self.method == "matrix":
            size = self.scale.max - self.scale.min + 1
            if not self.matrix or len(self.matrix) != size or any(len(r) != size for r in self.matrix):
                raise ValueError(f"method `matrix` needs a {size}x{size} matrix")
        return self


class Tolerance(Strict):
    money: float = 0
    percent: float = 0.01
    number: float = 0.01
    # How far a Renja's pagu may stand from its Renstra's indicative pagu, in percent of the latter
    # (KSD-003): the Renstra's is indicative, and a kabupaten may allow some room.
    indicative_pagu_percent: float = 0


class Profile(Strict):
    name: str
    description: str = ""
    tolerance: Tolerance = Field(default_factory=Tolerance)
    outlines: dict[Literal["renstra", "renja", "rencana_aksi"], list[Outline]]
    risk: Risk
    lower_is_better: list[str]
    higher_is_better_overrides: list[str] = Field(default_factory=list)
    percent_units: list[str]
    level_units: list[str]
    unbounded_percent_keywords: list[str] = Field(default_factory=list)
    decreasing_goal_words: list[str] = Field(default_factory=list)
    negations: list[str] = Field(default_factory=list)
    counted_kinds: dict[str, list[str]] = Field(default_factory=dict)
    counting_filler: list[str] = Field(default_factory=list)
    holding_verbs: list[str] = Field(default_factory=list)


# libyaml's loader where PyYAML was built with it (its wheels are): every process loads all
# rules at start, a batch worker included, and the pure-Python loader took 0.15 s of that.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as e:
        raise RuleError("rules_yaml", path=str(path), error=str(e)) from e


# pydantic's errors a rule author meets most, said in the catalogue's words (the others in pydantic's).
_SCHEMA_ERRORS = {"missing": "schema_missing", "extra_forbidden": "schema_unknown_key",
                  "literal_error": "schema_one_of", "string_pattern_mismatch": "schema_pattern"}


def _validation_message(e: ValidationError) -> list:
    """Each error at its key (`fail_when.all[0]: unknown operator ...`), to be said in the reader's
    language: the condition language's own errors, then the schema's."""
    out: list = []
    for err in e.errors():
        cause = (err.get("ctx") or {}).get("error")
        where = ".".join(str(x) for x in err["loc"])
        if isinstance(cause, ConditionError):
            out.append(cause.said)
        elif err["type"] in _SCHEMA_ERRORS:
            ctx = {k: str(v) for k, v in (err.get("ctx") or {}).items()}
            out.append(Said(_SCHEMA_ERRORS[err["type"]], where=where, **ctx))
        else:
            out.append(f"{where}: {err['msg']}")
    return out


def rule_files(rules_dir: Path | None = None, extra: tuple[Path, ...] = ()) -> list[Path]:
    """The rule files: the built-in folder's, then each added folder's, in name order."""
    rules_dir = rules_dir or default_rules_dir()
    files = sorted(rules_dir.glob("*.yaml"))
    for folder in extra:
        if not folder.is_dir():
            raise RuleError("rules_no_folder", folder=str(folder))
        found = sorted(folder.glob("*.yaml"))
        if not found:
            raise RuleError("rules_empty_folder", folder=str(folder))
        files += found
    return files


@lru_cache(maxsize=8)
def load_rules(rules_dir: Path | None = None, extra: tuple[Path, ...] = ()) -> tuple[Rule, ...]:
    """Every rule file of the built-in folder and of the folders a user adds, validated; a file's
    name is its rule's id, and an id is used once."""
    rules_dir = rules_dir or default_rules_dir()
    rules: list[Rule] = []
    where: dict[str, Path] = {}
    for path in rule_files(rules_dir, extra):
        data = _load_yaml(path)
        try:
            rule = Rule.model_validate(data)
        except ValidationError as e:
            raise RuleError("rules_invalid", path=str(path), errors=_validation_message(e)) from e
        if rule.id != path.stem:
            raise RuleError("rules_id_not_name", path=str(path), id=rule.id)
        if rule.id in where:
            raise RuleError("rules_id_twice", path=str(path), id=rule.id, other=str(where[rule.id]))
        where[rule.id] = path
        rules.append(rule)
    if not rules:
        raise RuleError("rules_none", folder=str(rules_dir))
    return tuple(rules)


@lru_cache(maxsize=8)
def profile_path(name: str, rules_dir: Path | None = None) -> Path:
    """A profile's file: a name in `rules/profiles/`, or a path to a profile file."""
    rules_dir = rules_dir or default_rules_dir()
    return Path(name) if name.endswith((".yaml", ".yml")) else rules_dir / "profiles" / f"{name}.yaml"


def load_profile(name: str = "permendagri-86", rules_dir: Path | None = None) -> Profile:
    """A profile by name from `rules/profiles/`, or a path to a profile file."""
    rules_dir = rules_dir or default_rules_dir()
    path = profile_path(name, rules_dir)
    if not path.exists():
        known = sorted(p.stem for p in (rules_dir / "profiles").glob("*.yaml"))
        raise RuleError("profile_missing", name=name, known=", ".join(known))
    try:
        return Profile.model_validate(_load_yaml(path))
    except ValidationError as e:
        raise RuleError("rules_invalid", path=str(path), errors=_validation_message(e)) from e


# The reader's own findings (a table it could not read, a cell it could not parse): not a YAML
# rule, but listed, explained and selected like one.
INPUT_RULE_ID = "INP-001"


def patterns_of(values: list[str] | tuple[str, ...] | None) -> list[str]:
    """`--select ang,kod-001 --select RSK` -> ["ANG", "KOD-001", "RSK"]: comma lists, any case."""
    return [p.strip().upper() for v in values or () for p in str(v).split(",") if p.strip()]


def _hit(rule_id: str, category: str, pattern: str) -> bool:
    return rule_id == pattern or rule_id.startswith(pattern.rstrip("-") + "-") or category.upper() == pattern


def unknown_patterns(rules: tuple[Rule, ...], patterns: list[str]) -> list[str]:
    """Patterns that name no rule, no id prefix and no category."""
    known = [(r.id, r.category) for r in rules] + [(INPUT_RULE_ID, "input")]
    return [p for p in patterns if not any(_hit(i, c, p) for i, c in known)]


def select_rules(rules: tuple[Rule, ...], select: list[str] | None = None,
                 ignore: list[str] | None = None) -> list[Rule]:
    """Rules chosen by id, id prefix or category, in any case (`ang`, `RSK-001`, `rollup`)."""
    select, ignore = patterns_of(select), patterns_of(ignore)
    chosen = [r for r in rules if not select or any(_hit(r.id, r.category, p) for p in select)]
    return [r for r in chosen if not any(_hit(r.id, r.category, p) for p in ignore)]


def input_selected(select: list[str] | tuple[str, ...] | None, ignore: list[str] | tuple[str, ...] | None) -> bool:
    """Whether the reader's findings (INP-001) are reported under this selection."""
    select, ignore = patterns_of(select), patterns_of(ignore)
    hit = lambda ps: any(_hit(INPUT_RULE_ID, "input", p) for p in ps)  # noqa: E731
    return (not select or hit(select)) and not hit(ignore)
