"""The `rencana` command: arguments -> pipeline -> writers -> exit code. Wiring only."""
from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .config import Settings
from .messages import say
from .rulebook import INPUT_RULE_ID, RuleError

app = typer.Typer(add_completion=False, no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]},
                  help="Pemeriksa kepatuhan dokumen perencanaan kecamatan (Renstra, Renja, Rencana Aksi).")
rules_app = typer.Typer(no_args_is_help=True, help="Daftar dan penjelasan aturan.")
app.add_typer(rules_app, name="rules")

class Format(str, enum.Enum):
    console = "console"
    json = "json"
    xlsx = "xlsx"
    html = "html"
    md = "md"
    sarif = "sarif"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    never = "never"


class Lang(str, enum.Enum):
    id = "id"
    en = "en"


class DocType(str, enum.Enum):
    renstra = "renstra"
    renja = "renja"
    rencana_aksi = "rencana_aksi"


# Options check and batch share.
LangOption = Annotated[Optional[Lang], typer.Option("--lang", case_sensitive=False, help="Bahasa pesan: id atau en.")]
ProfileOption = Annotated[Optional[str], typer.Option(
    "--profile", metavar="PROFIL", help="Profil aturan (lihat `rencana profiles list`); bawaan permendagri-86.")]
SelectOption = Annotated[Optional[list[str]], typer.Option(
    "--select", metavar="ATURAN", help="Hanya aturan ini: id, awalan atau kategori, boleh dipisah koma (ANG,kod-001).")]
IgnoreOption = Annotated[Optional[list[str]], typer.Option(
    "--ignore", metavar="ATURAN", help="Lewati aturan ini: id, awalan atau kategori, boleh dipisah koma.")]
RulesOption = Annotated[Optional[list[Path]], typer.Option(
    "--rules", metavar="FOLDER", help="Folder aturan tambahan (berkas .yaml), dimuat bersama aturan bawaan; boleh "
    "diulang.")]
FailOnOption = Annotated[Optional[FailOn], typer.Option(
    "--fail-on", case_sensitive=False, help="Kode keluar 1 bila ada: error (bawaan), warning, never.")]
BaselineOption = Annotated[Optional[Path], typer.Option(
    "--baseline", metavar="LAPORAN.json", help="Laporan JSON yang sudah diterima: hanya temuan baru yang dilaporkan.")]
WaiversOption = Annotated[Optional[Path], typer.Option(
    "--waivers", metavar="BERKAS.toml", help="Temuan yang diterima peninjau (\\[\\[waiver]]: rule, file, line/cell/subject, "
                                            "reason).")]


def _acceptance(baseline: Path | None, waivers: Path | None, lang: Lang):
    """The baseline's findings and the waivers, or a usage error; and a key of both files."""
    import hashlib

    from .acceptance import AcceptanceError, load_baseline, load_waivers
    try:
        known = load_baseline(baseline) if baseline else None
        waived = load_waivers(waivers) if waivers else []
        key = hashlib.sha256(b"".join(p.read_bytes() for p in (baseline, waivers) if p)).hexdigest()[:16] \
            if (baseline or waivers) else ""
    except (AcceptanceError, OSError) as e:
        _fail(say("cli_acceptance", lang.value, error=str(e)))
    return known, waived, key


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"rencana: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from . import __version__
        typer.echo(f"rencana {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Versi rencana.")] = False) -> None:
    """Pemeriksa kepatuhan dokumen perencanaan kecamatan (Renstra, Renja, Rencana Aksi)."""


def _options(profile, lang, select, ignore, fail_on, rules=None) -> tuple[Settings, Lang, str]:
    """The run's settings: the command line over the nearest config file (`rencana.toml`, or
    `[tool.rencana]` in `pyproject.toml`) over the defaults. A config, profile or rule file that
    does not load, or a --select / --ignore that names no rule, is a usage error (exit 2)."""
    from .config import ConfigError, find_config
    try:
        found = find_config()
    except ConfigError as e:
        _fail(say("cli_config", (lang or Lang.id).value, error=str(e)))
    table = found[1] if found else {}
    listed = lambda v: [v] if isinstance(v, str) else list(v or [])  # noqa: E731
    try:
        lang = lang or Lang(str(table.get("lang", "id")).lower())
        fail = (fail_on or FailOn(str(table.get("fail_on", "error")).lower())).value
    except ValueError as e:
        _fail(say("cli_config", "id", error=f"{found[0]}: {e}"))
    # A config file's rule folders are relative to the config file.
    extra = rules if rules else [found[0].parent / p for p in listed(table.get("rules"))] if found else []
    return _settings(profile or table.get("profile", "permendagri-86"), lang,
                     select if select else listed(table.get("select")),
                     ignore if ignore else listed(table.get("ignore")), extra), lang, fail


def _settings(profile: str, lang: Lang, select, ignore, extra_rules=()) -> Settings:
    """Settings checked: unknown rule patterns, profiles and broken rule files are usage errors."""
    from .pipeline import SelectionError, active_rules, check_selection
    try:
        settings = Settings(profile=profile, lang=lang.value, select=tuple(select or ()), ignore=tuple(ignore or ()),
                            extra_rules=tuple(Path(p).resolve() for p in extra_rules or ()))
    except ValueError as e:
        _fail(str(e))
    try:
        check_selection(settings)
        active_rules(settings)
        from .rulebook import load_profile
        load_profile(settings.profile, settings.rules_dir)
    except SelectionError as e:
        _fail(say("cli_unknown_rules", lang.value, rules=str(e)))
    except RuleError as e:
        _fail(e.text(lang.value))
    return settings


def _writable(output: Path, lang: Lang) -> None:
    """A report path that names a folder or a place that cannot be written is a usage error."""
    if output.is_dir():
        _fail(say("cli_output_dir", lang.value, path=str(output)))
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        _fail(say("cli_output_parent", lang.value, path=str(output)))


def _positive(value: float) -> float:
    if value <= 0:
        raise typer.BadParameter("> 0")
    return value


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(metavar="BERKAS...", help="Berkas dokumen (.xlsx, .docx, .pdf, .txt, .md) atau folder.")],
    format: Annotated[Format, typer.Option("--format", "-f", case_sensitive=False, help="Bentuk laporan.")] = Format.console,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="BERKAS", help="Tulis laporan ke berkas ini.")] = None,
    lang: LangOption = None,
    profile: ProfileOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_on: FailOnOption = None,
    statistics: Annotated[bool, typer.Option("--statistics", metavar="", help="Cetak jumlah temuan per aturan.")] = False,
    baseline: BaselineOption = None,
    waivers: WaiversOption = None,
    rules: RulesOption = None,
) -> None:
    """Periksa dokumen; kode keluar 0 bersih, 1 ada temuan galat atau tabel tak terbaca, 2 dokumen tak
    terbaca atau salah pakai."""
    import io

    from .discovery import documents
    from .outputs import atomic_write
    from .pipeline import check as run_check
    from .writers import WRITERS, write_console

    settings, lang, fail = _options(profile, lang, select, ignore, fail_on, rules)
    files = documents(paths)
    if not files:
        _fail(say("cli_no_documents", lang.value))
    if format == Format.xlsx and output is None:
        _fail(say("cli_xlsx_output", lang.value))
    if output is not None:
        _writable(output, lang)
    from .acceptance import apply
    known, waived, _ = _acceptance(baseline, waivers, lang)
    report = run_check(files, settings)  # a file missing or unreadable is a document 'unreadable', the rest checked
    if known is not None or waived:
        for doc in report.documents:
            apply(doc, known, waived)
    if format == Format.console:
        buffer = io.StringIO() if output else sys.stdout
        write_console(report, buffer, lang.value)
        data = buffer.getvalue() if output else None
    else:
        data = WRITERS[format.value].render(report, lang.value)
    if output:
        try:
            atomic_write(output, data)
        except OSError as e:
            _fail(say("cli_output_failed", lang.value, path=str(output), reason=e.strerror or str(e)))
    elif data is not None:
        sys.stdout.write(data)
    if statistics:
        _statistics(report, lang)
    raise typer.Exit(report.exit_code(fail))


def _statistics(report, lang: Lang) -> None:
    """A count per rule, most first, on stderr (stdout may hold a report)."""
    from collections import Counter
    counts = Counter(f.rule for d in report.documents for f in d.findings)
    titles = {r.id: r.title for r in report.rules}
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        title = titles.get(rule) or say("inp_title", lang.value).split(" (")[0]
        typer.echo(f"{n:>6}  {rule}  {title}", err=True)


@app.command()
def batch(
    folder: Annotated[Path, typer.Argument(help="Folder berisi dokumen (dicari sampai ke subfolder).")],
    out: Annotated[Path, typer.Option("--out", help="Folder laporan.")] = Path("reports"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Jumlah proses paralel (bawaan: jumlah inti).")] = 0,
    format: Annotated[Optional[Format], typer.Option("--format", "-f", case_sensitive=False,
                                                     help="json: cetak laporan gabungan ke stdout.")] = None,
    lang: LangOption = None,
    profile: ProfileOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    resume: Annotated[bool, typer.Option("--resume", help="Pakai lagi laporan dokumen yang tidak berubah, bila "
                                         "profil, bahasa, aturan dan versinya sama.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", callback=_positive,
                                           help="Batas waktu per dokumen (detik, > 0).")] = 300.0,
    fail_on: FailOnOption = None,
    baseline: BaselineOption = None,
    waivers: WaiversOption = None,
    rules: RulesOption = None,
) -> None:
    """Periksa semua dokumen dalam folder secara paralel; laporan per dokumen dan ringkasan ke --out."""
    import os
    from .batch import BatchRun, combined_json, is_terminal, progress_line, write_summary
    from .discovery import discover, mark_reports

    settings, lang, fail = _options(profile, lang, select, ignore, fail_on, rules)
    if not folder.is_dir():
        _fail(say("cli_no_folder", lang.value, folder=str(folder)))
    if format not in (None, Format.json):
        _fail(say("cli_batch_format", lang.value))
    files = discover(folder, out)
    if not files:
        _fail(say("cli_empty_folder", lang.value, folder=str(folder)))
    try:
        mark_reports(out)
    except OSError as e:
        _fail(say("cli_output_failed", lang.value, path=str(out), reason=e.strerror or str(e)))
    run = BatchRun(files=files, out=out, settings=settings, jobs=jobs or os.cpu_count() or 1, resume=resume,
                   timeout=timeout, accept=_acceptance(baseline, waivers, lang))
    if is_terminal():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        tally = {"error": 0, "warning": 0, "unreadable": 0}
        progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TextColumn("{task.fields[tally]}"), transient=False,
                            console=Console(stderr=True))
        task = progress.add_task(say("cli_checking", lang.value), total=len(files), tally="")

        def shown(entry, done, total):
            if entry.status != "checked":
                tally["unreadable"] += 1
            else:
                tally["error"] += entry.counts.get("error", 0)
                tally["warning"] += entry.counts.get("warning", 0)
            progress.update(task, completed=done, tally=say("cli_tally", lang.value, **tally))
        run.on_result = shown
        with progress:
            entries = run.run()
    else:
        run.on_result = lambda e, d, t: print(progress_line(e, d, t, lang.value), file=sys.stderr, flush=True)
        entries = run.run()
    written = write_summary(entries, run.rules, out, lang.value)
    unreadable = sum(1 for e in entries if e.status != "checked")
    print(say("cli_batch_done", lang.value, documents=len(entries), unreadable=unreadable,
              written=", ".join(str(p) for p in written)), file=sys.stderr)
    if format == Format.json:
        combined_json(entries, sys.stdout, lang.value)
    if run.interrupted:
        raise typer.Exit(130)
    if unreadable:
        raise typer.Exit(2)
    from .report import fails
    raise typer.Exit(1 if any(fails(e.verdict(), fail) for e in entries) else 0)


@rules_app.command("list")
def rules_list(lang: Annotated[Lang, typer.Option("--lang", case_sensitive=False)] = Lang.id,
               format: Annotated[Optional[Format], typer.Option(
                   "--format", "-f", case_sensitive=False, help="json: daftar mesin-baca.")] = None,
               rules: RulesOption = None) -> None:
    """Semua aturan: id, kategori, tingkat, judul (dan jenis dokumen yang diperiksanya)."""
    import json
    from .pipeline import all_rules
    settings, lang, _ = _options(None, lang, None, None, None, rules)
    rules = all_rules(settings)
    if format == Format.json:
        every = ["renstra", "renja", "rencana_aksi"]
        rows = [{"id": r.id, "name": r.name, "category": r.category, "severity": r.severity,
                 "title": r.title.get(lang.value), "doc_types": r.doc_types or every, "reference": r.reference}
                for r in rules]
        rows.append({"id": INPUT_RULE_ID, "name": "bagian-dokumen-tidak-terbaca", "category": "input",
                     "severity": "info", "title": say("inp_title", lang.value), "doc_types": every,
                     "reference": ""})
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rules:
        typer.echo(f"{r.id}  {r.category:<14} {r.severity:<8} {r.name}\n          {r.title.get(lang.value)}")
    typer.echo(f"{INPUT_RULE_ID}  {'input':<14} {'info':<8} bagian-dokumen-tidak-terbaca\n"
               f"          {say('inp_title', lang.value)}")


@rules_app.command("explain")
def rules_explain(rule_id: str, lang: Annotated[Lang, typer.Option("--lang")] = Lang.id,
                  rules: RulesOption = None) -> None:
    """Penjelasan satu aturan: apa yang diperiksa, mengapa, dasar hukumnya, contoh."""
    import yaml
    from .pipeline import all_rules
    settings, lang, _ = _options(None, lang, None, None, None, rules)
    rules = {r.id: r for r in all_rules(settings)}
    rule = rules.get(rule_id.upper())
    if rule_id.upper() == INPUT_RULE_ID:
        typer.echo(f"{INPUT_RULE_ID} bagian-dokumen-tidak-terbaca\n{say('inp_title', lang.value)}\n"
                   f"{say('inp_why', lang.value)}")
        return
    if rule is None:
        _fail(say("cli_no_rule", lang.value, rule=rule_id))
    L = lang.value
    heads = {"id": ("Apa yang diperiksa", "Mengapa", "Dasar", "Contoh yang melanggar", "Contoh yang lolos",
                    "Kategori", "Tingkat", "Fakta", "Berlaku bila", "Temuan bila"),
             "en": ("What it checks", "Why", "Reference", "Failing example", "Passing example",
                    "Category", "Severity", "Fact", "Applies when", "Finding when")}[L]
    flow = lambda obj: yaml.safe_dump(obj, default_flow_style=True, allow_unicode=True, width=1000).strip()
    typer.echo(f"{rule.id} {rule.name}\n{heads[0]}: {rule.title.get(L)}")
    typer.echo(f"{heads[5]}: {rule.category}   {heads[6]}: {rule.severity}   {heads[7]}: {rule.fact}")
    if rule.applies:
        typer.echo(f"{heads[8]}: {flow(rule.applies)}")
    typer.echo(f"{heads[9]}: {flow(rule.fail_when)}")
    typer.echo(f"{heads[1]}: {rule.why.get(L)}\n{heads[2]}: {rule.reference}")
    failing = next((c for c in rule.cases if c.expect == "fail"), None)
    passing = next((c for c in rule.cases if c.expect == "pass"), None)
    if failing is None:  # a rule a user added without cases: its fact examples
        typer.echo(f"{heads[3]}: {flow(rule.examples.fail[0])}\n{heads[4]}: {flow(rule.examples.pass_[0])}")
        return
    from .cases import document_lines, run_case
    outcome = run_case(rule, failing, settings)
    note = failing.note if L == "id" else ""  # a case's note is the rule author's, in Indonesian
    typer.echo(f"\n{heads[3]}" + (f" ({note})" if note else "") + ":")
    for line in document_lines(failing):
        typer.echo(f"  {line}")
    for where, message in zip(outcome.found, outcome.messages):
        typer.echo(f"  -> {where}: {message}")
    if passing is not None:
        typer.echo(f"{heads[4]}: {(passing.note if L == 'id' else '') or say('cli_case_pass', L)}")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Alamat yang didengarkan; bawaan hanya komputer ini.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[Optional[str], typer.Option("--token", envvar="RENCANA_TOKEN",
                                                 help="Token akses (Authorization: Bearer), untuk server yang dapat "
                                                      "dijangkau orang lain.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Proses pemeriksa paralel.")] = 2,
    timeout: Annotated[float, typer.Option("--timeout", callback=_positive, help="Batas waktu per dokumen (detik).")] = 300.0,
    max_files: Annotated[int, typer.Option("--max-files", min=1, help="Berkas paling banyak per unggahan.")] = 200,
    max_mb: Annotated[int, typer.Option("--max-mb", min=1, help="Ukuran unggahan paling besar (MB).")] = 200,
    retention: Annotated[float, typer.Option("--retention", callback=_positive,
                                             help="Lama laporan disimpan untuk diunduh (detik).")] = 3600.0,
    lang: LangOption = None,
    profile: ProfileOption = None,
    rules: RulesOption = None,
) -> None:
    """Halaman web untuk unggah dokumen dan membaca laporannya (`rencana serve`, lalu buka peramban)."""
    from .web import WebLimits, serve as run_server
    settings, lang, _ = _options(profile, lang, None, None, None, rules)
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        typer.echo(say("cli_serve_open", lang.value, host=host), err=True)
    typer.echo(say("cli_serve", lang.value, url=f"http://{host}:{port}/"), err=True)
    run_server(host, port, settings, WebLimits(max_files=max_files, max_total_bytes=max_mb * 1024 * 1024,
                                               retention_seconds=retention), token, jobs, timeout)


profiles_app = typer.Typer(no_args_is_help=True, help="Profil aturan (sistematika bab, metode risiko, toleransi).")
app.add_typer(profiles_app, name="profiles")


@profiles_app.command("list")
def profiles_list() -> None:
    """Profil yang tersedia, dengan keterangannya."""
    from .rulebook import load_profile
    folder = Settings().rules_dir / "profiles"
    for path in sorted(folder.glob("*.yaml")):
        try:
            profile = load_profile(path.stem)
        except RuleError as e:
            _fail(e.text())
        typer.echo(f"{path.stem}\n    {' '.join(profile.description.split())}")


@app.command()
def template(
    doc_type: Annotated[str, typer.Argument(help="renstra, renja atau rencana_aksi (rencana-aksi)")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Berkas .xlsx yang ditulis.")],
    start: Annotated[Optional[int], typer.Option(
        "--tahun", help="Tahun pertama (renstra: awal periode); bawaan: tahun depan.")] = None,
    years: Annotated[int, typer.Option("--lama", help="Lama periode renstra dalam tahun (3 atau 5).")] = 5,
    lang: Annotated[Lang, typer.Option("--lang", case_sensitive=False, help="Bahasa pesan: id atau en.")] = Lang.id,
) -> None:
    """Tulis tata letak buku kerja kosong, dengan catatan pada setiap judul kolom."""
    import datetime

    from .writers.template import write_template
    kind = doc_type.strip().lower().replace("-", "_").replace(" ", "_")
    if kind not in {d.value for d in DocType}:
        _fail(say("cli_doc_type", lang.value, value=doc_type))
    if years not in (3, 5):
        _fail(say("cli_years", lang.value, value=years))
    _writable(output, lang)
    try:
        from .rulebook import load_profile
        profile = load_profile()
        write_template(kind, output, start or datetime.date.today().year + 1, years,
                       profile.outlines.get(kind, []), [band.label for band in profile.risk.bands])
    except OSError as e:
        _fail(say("cli_output_failed", lang.value, path=str(output), reason=e.strerror or str(e)))
    typer.echo(say("cli_template", lang.value, kind=kind, path=str(output)))


def _english_asked(argv: list[str]) -> bool:
    """`--lang en` on the command line, or `lang = "en"` in the config file."""
    for k, arg in enumerate(argv):
        if arg == "--lang=en" or (arg == "--lang" and argv[k + 1:k + 2] == ["en"]):
            return True
        if arg.startswith("--lang"):
            return False
    try:
        from .config import find_config
        found = find_config()
    except Exception:  # a broken config file is the command's own usage error, in its language
        return False
    return bool(found) and str(found[1].get("lang", "")).lower() == "en"


def main() -> None:
    from .cli_words import indonesian, plain_types
    plain_types()
    if not _english_asked(sys.argv[1:]):
        indonesian()  # click's usage errors and typer's panels, in the language of the messages
    app()
