"""`rencana batch`: every plan under a folder, checked in parallel, reports written as they finish.

The parent process only schedules and summarises; each worker process reads, checks and writes
the document's own reports (so writing is parallel too) with one compiled rule engine per worker.
A document never stops the batch: a reader error is `unreadable` with its reason, a worker that
dies or hangs is replaced and the document that killed it is reported as failed.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .config import Settings
from .messages import say
from .outputs import atomic_write, inside, safe_name
from .discovery import mark_reports
from .report import DocumentResult, Report, RuleInfo, verdict_of

SUMMARY_NAMES = ("ringkasan.json", "ringkasan.xlsx", "ringkasan.html")


def report_base(out: Path, result: DocumentResult) -> Path:
    """out/<kabupaten>/<kecamatan>/<berkas>-<hash>: every part made safe, always inside `out`; the
    short hash of the input's path keeps two inputs (a .txt and an .xlsx of one name) apart. The
    type and period lead the name only when the file's own name does not say them."""
    digest = hashlib.sha1(str(Path(result.path).resolve()).encode("utf-8", "replace")).hexdigest()[:6]
    stem = safe_name(Path(result.path).stem, "dokumen", limit=48)
    kind = safe_name((result.doc_type or "").replace("_", "-"), "dokumen")
    period = safe_name(result.period, "")
    lead = [p for p in (kind, period) if p and p not in stem]
    base = (out / safe_name(result.kabupaten, "tanpa-kabupaten") / safe_name(result.kecamatan, "tanpa-kecamatan")
            / "-".join([*lead, stem, digest]))
    if not inside(out, base):  # cannot happen with safe_name; kept as the last guard
        raise ValueError(f"nama laporan di luar folder keluaran: {base}")
    return base


# --- worker side ---------------------------------------------------------------------------------
_WORKER: dict = {}


def _init_worker(settings: Settings, out: str, formats: tuple[str, ...], rules: list[RuleInfo],
                 accept: tuple = (None, [], "")) -> None:
    import gc

    from .pipeline import engine_for

    _WORKER.update(settings=settings, out=Path(out), formats=formats, rules=rules, accept=accept)
    engine_for(settings)  # compile the rules once, before the first document
    # A document makes tens of thousands of short-lived objects; the collector's default
    # thresholds ran a full collection every few documents (measured ~8% of a worker's time).
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _process(path: str) -> "Entry":
    """Check one document and write its reports; never raises for a document's sake. Only the
    small summary record goes back to the parent: the findings are in the reports."""
    from .pipeline import check_file
    from .writers import WRITERS

    settings: Settings = _WORKER["settings"]
    _injected_fault(path)
    exports: dict[str, dict] = {}
    try:
        result = check_file(path, settings, exports)
    except Exception as e:  # a checker bug must not take the batch down: report it with the document
        return Entry.failed(path, say("worker_error", settings.lang, error=f"{type(e).__name__}: {e}"))
    if result.status != "checked":
        return Entry.of(result, None)
    baseline, waivers, accept_key = _WORKER.get("accept", (None, [], ""))
    if baseline is not None or waivers:
        from .acceptance import apply
        apply(result, baseline, waivers)
    result.stats["accept_key"] = accept_key
    base = report_base(_WORKER["out"], result)
    report = Report(documents=[result], rules=_WORKER["rules"])
    if path in exports:  # what the cross-document review at the end of the batch reads of it
        atomic_write(Path(str(base) + SET_SUFFIX), json.dumps(exports[path], ensure_ascii=False))
    for fmt in _WORKER["formats"]:
        writer = WRITERS[fmt]
        atomic_write(Path(str(base) + writer.suffix), writer.render(report, settings.lang))
    return Entry.of(result, str(base))


def _injected_fault(path: str) -> None:
    """Fault injection for the batch's own tests: RENCANA_FAULT=kill:<name> makes the worker die
    (SIGKILL) on a document whose file name contains <name>; hang:<name> makes it hang."""
    fault = os.environ.get("RENCANA_FAULT", "")
    kind, _, name = fault.partition(":")
    if not name or name not in Path(path).name:
        return
    if kind == "kill":
        os.kill(os.getpid(), 9)
    elif kind == "hang":
        time.sleep(3600)


SET_SUFFIX = ".set.json"  # beside a document's reports: what the cross-document review reads of it


# --- parent side ---------------------------------------------------------------------------------
@dataclass
class Entry:
    """What the batch keeps of a document: identity, status, counts and where its reports are.
    A few hundred bytes, so 10,000 documents cost megabytes; the findings stay in the reports."""

    path: str
    doc_type: str | None = None
    kecamatan: str = ""
    kabupaten: str = ""
    period: str = ""
    status: str = "checked"
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    report: str | None = None  # the reports' common path, without suffix
    reused: bool = False
    unread: int = 0  # tables the reader could not read
    cross: int = 0  # cross-document findings (KSD), for the summary's sets

    @classmethod
    def of(cls, doc: DocumentResult, report: str | None, reused: bool = False) -> "Entry":
        return cls(path=doc.path, doc_type=doc.doc_type, kecamatan=doc.kecamatan, kabupaten=doc.kabupaten,
                   period=doc.period, status=doc.status, error=doc.error, counts=doc.counts(),
                   by_category=doc.by_category(), report=report, reused=reused, unread=doc.unread,
                   cross=sum(f.rule.startswith("KSD") for f in doc.findings))

    @classmethod
    def failed(cls, path: str, reason: str, status: str = "unreadable") -> "Entry":
        return cls.of(DocumentResult(path=path, status=status, error=reason), None)

    def result(self) -> DocumentResult:
        """The full result, read back from the document's JSON report (or rebuilt if unreadable)."""
        if self.report:
            return DocumentResult.model_validate(self.document_json())
        return DocumentResult(path=self.path, doc_type=self.doc_type, kecamatan=self.kecamatan,
                              kabupaten=self.kabupaten, period=self.period, status=self.status, error=self.error)

    def document_json(self) -> dict:
        """The document as its JSON report holds it (`DocumentResult.to_json()`), without building
        the model again: what the combined report embeds."""
        import json

        if self.report:
            return json.loads(Path(self.report + ".json").read_text(encoding="utf-8"))["documents"][0]
        return self.result().to_json()

    def verdict(self) -> str:
        return verdict_of(self.status, self.counts, self.unread)


@dataclass
class BatchRun:
    files: list[Path]
    out: Path
    settings: Settings
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    formats: tuple[str, ...] = ("json", "html", "xlsx")
    resume: bool = False
    timeout: float = 300.0
    on_result: Callable[[Entry, int, int], None] | None = None
    entries: dict[str, Entry] = field(default_factory=dict)
    # (baseline counter or None, waivers, a key of both): findings accepted earlier (acceptance.py)
    accept: tuple = (None, [], "")
    rules: list[RuleInfo] = field(default_factory=list)
    interrupted: bool = False

    def run(self) -> list[Entry]:
        """Every document's entry, in the order of `files`; the reports are written as they finish."""
        from .pipeline import rule_catalogue

        self.rules = rule_catalogue(self.settings)
        todo = [str(p) for p in self.files]
        if self.resume:
            from .pipeline import input_key, run_key
            done, key = previous_reports(self.out), run_key(self.settings)
            for path in list(todo):
                prior = done.get(path)
                # Reused only when made of the same bytes under the same version, profile, rules,
                # selection and language.
                if prior and prior[0].stats.get("run_key") == key \
                        and prior[0].stats.get("input_sha256") == input_key(path) \
                        and prior[0].stats.get("accept_key", "") == self.accept[2]:
                    self._record(Entry.of(prior[0], prior[1][: -len(".json")], reused=True))
                    todo.remove(path)
        try:
            self._schedule(todo, self.rules)
        except KeyboardInterrupt:
            self.interrupted = True
        for path in map(str, self.files):  # every document is in the summary, finished or not
            if path not in self.entries:
                self.entries[path] = Entry.failed(path, say("stopped", self.settings.lang), "not_finished")
        if not self.interrupted:
            self._cross_review()
        return [self.entries[str(p)] for p in self.files]

    def _cross_review(self) -> None:
        """The kecamatan sets the documents form, checked against each other (crossdoc.py): each
        later document's new findings go into its reports, which are written again."""
        from .crossdoc import facts_for, group_key, review
        from .writers import WRITERS
        groups: dict[tuple, list[Entry]] = {}
        for entry in self.entries.values():
            if entry.report and entry.kecamatan:
                groups.setdefault(group_key(entry.kabupaten, entry.kecamatan), []).append(entry)
        for members in groups.values():  # one kecamatan at a time: memory stays that of one set
            if len(members) < 2:
                continue
            documents = {}
            for entry in members:
                sidecar = Path(entry.report + SET_SUFFIX)
                if sidecar.is_file():
                    documents[entry.path] = json.loads(sidecar.read_text(encoding="utf-8"))
            facts_of = facts_for(documents, self.settings)  # once per set, for each of its later documents
            for path in facts_of:
                entry = self.entries[path]
                result = entry.result()
                review([result], documents, self.settings, facts_of)
                report = Report(documents=[result], rules=self.rules)
                for fmt in self.formats:
                    writer = WRITERS[fmt]
                    atomic_write(Path(entry.report + writer.suffix), writer.render(report, self.settings.lang))
                self.entries[path] = Entry.of(result, entry.report, reused=entry.reused)

    def _record(self, entry: Entry) -> None:
        self.entries[entry.path] = entry
        if self.on_result:
            self.on_result(entry, len(self.entries), len(self.files))

    def _pool(self, rules: list[RuleInfo], workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker,
                                   initargs=(self.settings, str(self.out), self.formats, rules, self.accept))

    def _schedule(self, todo: list[str], rules: list[RuleInfo]) -> None:
        """Keep `jobs` documents in flight. When the pool breaks (a worker killed or hung), the
        documents that were in flight run again one at a time, so the culprit is known; a document
        that breaks a worker twice, or runs past the timeout, is reported as failed."""
        queue = list(todo)
        suspects: list[str] = []
        strikes: dict[str, int] = {}
        jobs = max(1, min(self.jobs, len(queue) or 1))
        pool = self._pool(rules, jobs)
        # Two documents queued per worker keep a worker from idling while the parent hands it the
        # next one. A document counts as started (for the timeout, and for the blame when a worker
        # dies) once it is among the first `jobs` still in flight, in submission order.
        in_flight: dict[Future, list] = {}  # future -> [path, started (monotonic) or None]
        try:
            while queue or suspects or in_flight:
                limit = 1 if suspects else 2 * jobs
                while len(in_flight) < limit and (suspects or queue):
                    path = suspects.pop(0) if suspects else queue.pop(0)
                    in_flight[pool.submit(_process, path)] = [path, None]
                now = time.monotonic()
                for slot in list(in_flight.values())[:jobs]:
                    slot[1] = slot[1] or now
                done, _ = wait(in_flight, timeout=1.0, return_when=FIRST_COMPLETED)
                broken = False
                for fut in done:
                    path, _started = in_flight.pop(fut)
                    try:
                        self._record(fut.result())
                    except BrokenProcessPool:
                        broken = True
                        in_flight[fut] = [path, _started]  # blamed below with the others that had started
                    except Exception as e:  # pickling or other pool-level failure of this one document
                        self._record(Entry.failed(path, say("unexpected", self.settings.lang,
                                                            error=f"{type(e).__name__}: {e}")))
                now = time.monotonic()
                overdue = [(f, p) for f, (p, started) in in_flight.items() if started and now - started > self.timeout]
                if overdue:
                    for fut, path in overdue:
                        in_flight.pop(fut)
                        strikes[path] = 99
                        self._record(Entry.failed(path, say("timeout", self.settings.lang, seconds=f"{self.timeout:g}"),
                                                  "timed_out"))
                    _kill(pool)
                    broken = True
                if broken:
                    for fut, (path, started) in list(in_flight.items()):
                        if path in self.entries:
                            continue
                        if started:
                            self._strike(path, strikes, suspects, say("worker_died", self.settings.lang))
                        else:
                            queue.insert(0, path)  # never started: no blame, back to the front
                    in_flight.clear()
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = self._pool(rules, jobs)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _strike(self, path: str, strikes: dict[str, int], suspects: list[str], reason: str) -> None:
        strikes[path] = strikes.get(path, 0) + 1
        if strikes[path] >= 2:
            self._record(Entry.failed(path, reason))
        elif path not in suspects:
            suspects.append(path)


def _kill(pool: ProcessPoolExecutor) -> None:
    for proc in list(getattr(pool, "_processes", {}).values()):
        proc.kill()


def previous_reports(out: Path) -> dict[str, tuple[DocumentResult, str]]:
    """Per-document JSON reports already in `out`: input path -> (result, report file)."""
    import json

    found: dict[str, tuple[DocumentResult, str]] = {}
    if not out.is_dir():
        return found
    for p in out.rglob("*.json"):
        if p.name in SUMMARY_NAMES or p.name.startswith("."):
            continue
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            doc = DocumentResult.model_validate(data["documents"][0])
        except Exception:
            continue  # not one of ours, or damaged: the document is checked again
        found[doc.path] = (doc, str(p))
    return found


def combined_json(entries: list[Entry], out_stream, lang: str) -> None:
    """The combined `rencana-check/1` report, one document at a time (read back from its report),
    so its size never sits in memory."""
    import json

    from . import __version__
    from .report import SCHEMA, summary_of

    out_stream.write(json.dumps({"schema": SCHEMA, "tool": {"name": "rencana", "version": __version__}})[:-1])
    out_stream.write(', "documents": [\n')
    for k, entry in enumerate(entries):
        out_stream.write((",\n" if k else "") + json.dumps(entry.document_json(), ensure_ascii=False))
    summary = summary_of([(e.status, e.counts) for e in entries])
    out_stream.write("\n], \"summary\": " + json.dumps(summary) + "}\n")


def write_summary(entries: list[Entry], rules: list[RuleInfo], out: Path, lang: str) -> list[Path]:
    """ringkasan.json (the combined rencana-check/1 report), ringkasan.xlsx and ringkasan.html,
    each streamed to its file: memory stays that of one document's findings."""
    from .outputs import atomic_open
    from .writers.summary import render_html, write_xlsx

    mark_reports(out)
    with atomic_open(out / "ringkasan.json") as fh:
        combined_json(entries, fh, lang)
    with atomic_open(out / "ringkasan.xlsx", binary=True) as fh:
        write_xlsx(entries, out, fh, lang)
    with atomic_open(out / "ringkasan.html") as fh:
        fh.write(render_html(entries, out, lang))
    return [out / "ringkasan.json", out / "ringkasan.xlsx", out / "ringkasan.html"]


def progress_line(entry: Entry, done: int, total: int, lang: str = "id") -> str:
    doc = entry
    width = len(str(total))
    if doc.status != "checked":
        from .writers.texts import TEXT
        state = f"{TEXT[lang][doc.status]}: {doc.error}"
    else:
        c = doc.counts
        state = (f"{c['error']} galat, {c['warning']} peringatan" if lang == "id"
                 else f"{c['error']} errors, {c['warning']} warnings")
        if entry.reused:
            state += " (laporan lama dipakai)" if lang == "id" else " (earlier report reused)"
    return f"[{done:>{width}}/{total}] {doc.path}: {state}"


def is_terminal() -> bool:
    return sys.stderr.isatty()
