"""read -> facts -> evaluate -> DocumentResult, for one document at a time."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path

from .config import Settings
from .engine import Engine
from .facts import FactBuilder
from .models import Location, PlanBase
from .readers import ReadError, read_plan
from .report import INPUT_RULE, DocumentResult, Finding, Report, RuleInfo, RuleStatus, Section, render
from .rulebook import (Rule, input_selected, load_profile, load_rules, patterns_of, profile_path, rule_files,
                       select_rules, unknown_patterns)


class SelectionError(ValueError):
    """--select or --ignore names no rule: a usage error, never a run that checks nothing."""


def check_selection(settings: Settings) -> None:
    """Raise SelectionError for patterns that match no rule."""
    rules = load_rules(settings.rules_dir, settings.extra_rules)
    unknown = unknown_patterns(rules, patterns_of(settings.select) + patterns_of(settings.ignore))
    if unknown:
        raise SelectionError(", ".join(unknown))


_ENGINES: dict[tuple, Engine] = {}
_RUN_KEYS: dict[Settings, str] = {}


def run_key(settings: Settings) -> str:
    """What a report depends on besides its input: the tool's version, the profile's file, the
    rule files, the selection and the language. A report made under another key is not reused."""
    if settings not in _RUN_KEYS:
        from . import __version__
        digest = hashlib.sha256(f"{__version__}|{settings.lang}|{settings.select}|{settings.ignore}|"
                                f"{sorted(settings.severity.items())}".encode())
        for path in [profile_path(settings.profile, settings.rules_dir),
                     *rule_files(settings.rules_dir, settings.extra_rules)]:
            digest.update(path.name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
        _RUN_KEYS[settings] = digest.hexdigest()[:16]
    return _RUN_KEYS[settings]


def input_key(path: str | Path) -> str | None:
    """The SHA-256 of a document's bytes (None when it cannot be read)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def all_rules(settings: Settings) -> tuple[Rule, ...]:
    """The built-in rules and those of the folders the user adds."""
    return load_rules(settings.rules_dir, settings.extra_rules)


def active_rules(settings: Settings) -> list[Rule]:
    return select_rules(load_rules(settings.rules_dir, settings.extra_rules), list(settings.select), list(settings.ignore))


def engine_for(settings: Settings) -> Engine:
    """One compiled engine per process and rule selection (a batch worker reuses it)."""
    rules = active_rules(settings)
    key = tuple(r.id for r in rules) + (str(settings.rules_dir),) + tuple(map(str, settings.extra_rules))
    key += (settings.profile,)
    if key not in _ENGINES:
        profile = load_profile(settings.profile, settings.rules_dir)
        lists = {name: value for name, value in profile.model_dump().items()
                 if isinstance(value, list) and all(isinstance(v, str) for v in value)}
        _ENGINES[key] = Engine(rules, lists)
    return _ENGINES[key]


def verdict_report(rules: list[Rule], verdicts, facts: list[dict], settings: Settings
                   ) -> tuple[list[Finding], list[RuleStatus]]:
    """The engine's verdicts as findings (messages in the chosen language) and a status per rule."""
    by_id = {f["fact_id"]: f for f in facts}
    findings: list[Finding] = []
    statuses: list[RuleStatus] = []
    for rule in rules:
        failed = verdicts.failed.get(rule.id, [])
        severity = settings.severity.get(rule.id, rule.severity)
        for fact_id in failed:
            fact = by_id[fact_id]
            findings.append(Finding(
                rule=rule.id, category=rule.category, severity=severity,
                message=render(rule.message.get(settings.lang), fact, settings.lang),
                subject=str(fact.get("subject", "")), location=Location(**fact["location"]),
                expected=render(rule.shows["expected"], fact, settings.lang) if "expected" in rule.shows
                else fact.get("expected"),
                actual=render(rule.shows["actual"], fact, settings.lang) if "actual" in rule.shows else fact.get("actual"),
                difference=None if rule.shows else fact.get("difference"), related=fact.get("related")))
        if rule.id in verdicts.errors:
            statuses.append(RuleStatus(id=rule.id, status="error", error=verdicts.errors[rule.id].text(settings.lang)))
        elif failed:
            statuses.append(RuleStatus(id=rule.id, status="findings", findings=len(failed)))
        elif verdicts.passed.get(rule.id):
            statuses.append(RuleStatus(id=rule.id, status="passed"))
        else:
            statuses.append(RuleStatus(id=rule.id, status="not_applicable"))
    return findings, statuses


def judge(plan: PlanBase, settings: Settings, path: str = "") -> DocumentResult:
    """Facts of a plan through the engine, into findings with messages in the chosen language."""
    t0 = time.perf_counter()
    profile = load_profile(settings.profile, settings.rules_dir)
    builder = FactBuilder(plan, profile)
    facts = builder.build()
    t1 = time.perf_counter()
    engine = engine_for(settings)
    verdicts = engine.evaluate(facts, plan.doc_type)
    t2 = time.perf_counter()
    findings, statuses = verdict_report(engine.rules, verdicts, facts, settings)
    # A reading the facts could not settle (a register on bands of its own) leaves part of a
    # table unchecked, as a reader's note of a table read in part does: never clean.
    stats = {**plan.stats}
    if builder.notes:
        tables = {note.location.table or note.location.sheet for note in builder.notes}
        stats["tables_partly_read"] = int(stats.get("tables_partly_read", 0)) + len(tables)
    for note in [*plan.notes, *builder.notes] if input_selected(settings.select, settings.ignore) else ():
        findings.append(Finding(rule=INPUT_RULE, category="input", severity="info", message=note.text(settings.lang),
                                location=note.location))
    findings.sort(key=Finding.sort_key)
    timings = {"facts_seconds": round(t1 - t0, 4), "engine_seconds": round(t2 - t1, 4)}
    sections = [Section(line=c.location.line, label=" ".join(x for x in (c.label, c.title) if x))
                for c in plan.chapters or [] if c.location.line is not None]
    return DocumentResult(
        path=path or plan.source, doc_type=plan.doc_type, kecamatan=plan.meta.kecamatan,
        kabupaten=plan.meta.kabupaten, period=plan.meta.period, findings=findings, rules=statuses,
        stats={"facts": len(facts), "rules": len(engine.rules), **stats, **timings}, sections=sections)


def check_file(path: str | Path, settings: Settings, exports: dict | None = None) -> DocumentResult:
    """Check one document; a file that cannot be read becomes an `unreadable` result, never an
    exception. With `exports`, what the cross-document review needs of it is kept there."""
    start = time.perf_counter()
    try:
        plan = read_plan(Path(path), settings.limits)
    except ReadError as e:
        return DocumentResult(path=str(path), status="unreadable", error=e.text(settings.lang),
                              stats={"seconds": round(time.perf_counter() - start, 4)})
    read_seconds = time.perf_counter() - start
    result = judge(plan, settings, str(path))
    if exports is not None:
        from .crossdoc import export
        exports[str(path)] = export(plan)
    result.stats["read_seconds"] = round(read_seconds, 4)
    result.stats["input_sha256"] = input_key(path)
    result.stats["run_key"] = run_key(settings)
    result.stats["seconds"] = round(time.perf_counter() - start, 4)
    return result


def rule_catalogue(settings: Settings) -> list[RuleInfo]:
    """The active rules, described in the report's language."""
    return [RuleInfo(id=r.id, name=r.name, category=r.category, severity=settings.severity.get(r.id, r.severity),
                     title=r.title.get(settings.lang), reference=r.reference) for r in active_rules(settings)]


def check(paths: list[str | Path], settings: Settings | None = None) -> Report:
    """Check documents one after another (the batch command runs them in parallel)."""
    settings = settings or Settings()
    exports: dict[str, dict] = {}
    documents = [check_file(p, settings, exports) for p in paths]
    if len(exports) > 1:  # a kecamatan's documents checked together are also checked against each other
        from .crossdoc import review
        review(documents, exports, settings)
    return Report(documents=documents, rules=rule_catalogue(settings))
