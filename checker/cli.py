"""The `rencana` command: arguments -> pipeline -> writers -> exit code. Wiring only."""
from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .config import Settings
from .messages import say
from .rulebook import RuleError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Pemeriksa kepatuhan dokumen perencanaan kecamatan (Renstra, Renja, Rencana Aksi).")
rules_app = typer.Typer(no_args_is_help=True, help="Daftar dan penjelasan aturan.")
app.add_typer(rules_app, name="rules")

DOC_SUFFIXES = (".xlsx", ".xlsm", ".txt", ".md")


class Format(str, enum.Enum):
    console = "console"
    json = "json"
    xlsx = "xlsx"
    html = "html"
    md = "md"
    sarif = "sarif"


class Lang(str, enum.Enum):
    id = "id"
    en = "en"


class DocType(str, enum.Enum):
    renstra = "renstra"
    renja = "renja"
    rencana_aksi = "rencana_aksi"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"rencana: {message}", err=True)
    raise typer.Exit(code)


def _expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders expanded to the documents inside them, sorted."""
    out = []
    for p in paths:
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in DOC_SUFFIXES)
        else:
            out.append(p)
    return out


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Berkas dokumen (.xlsx, .txt, .md) atau folder.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Bentuk laporan.")] = Format.console,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Tulis laporan ke berkas ini.")] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Bahasa pesan: id atau en.")] = Lang.id,
    profile: Annotated[str, typer.Option("--profile", help="Profil aturan di rules/profiles.")] = "permendagri-86",
    select: Annotated[Optional[list[str]], typer.Option("--select", help="Hanya aturan ini (id atau awalan).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Lewati aturan ini (id atau awalan).")] = None,
) -> None:
    """Periksa dokumen; kode keluar 0 bersih, 1 ada temuan galat, 2 dokumen tak terbaca atau salah pakai."""
    from .outputs import atomic_write
    from .pipeline import check as run_check
    from .writers import WRITERS, write_console

    files = _expand(paths)
    missing = [str(p) for p in files if not p.exists()]
    if missing:
        _fail(say("cli_missing", lang.value, paths=", ".join(missing)))
    if not files:
        _fail(say("cli_no_documents", lang.value))
    if format == Format.xlsx and output is None:
        _fail(say("cli_xlsx_output", lang.value))
    try:
        settings = Settings(profile=profile, lang=lang.value, select=tuple(select or ()), ignore=tuple(ignore or ()))
        report = run_check(files, settings)
    except RuleError as e:
        _fail(str(e))
    if format == Format.console:
        if output:
            with output.open("w", encoding="utf-8") as fh:
                write_console(report, fh, lang.value)
        else:
            write_console(report, sys.stdout, lang.value)
    else:
        data = WRITERS[format.value].render(report, lang.value)
        if output:
            atomic_write(output, data)
        else:
            sys.stdout.write(data)
    raise typer.Exit(report.exit_code())


@app.command()
def batch(
    folder: Annotated[Path, typer.Argument(help="Folder berisi dokumen (dicari sampai ke subfolder).")],
    out: Annotated[Path, typer.Option("--out", help="Folder laporan.")] = Path("reports"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Jumlah proses paralel (bawaan: jumlah inti).")] = 0,
    format: Annotated[Optional[Format], typer.Option("--format", "-f",
                                                     help="json: cetak laporan gabungan ke stdout.")] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Bahasa pesan: id atau en.")] = Lang.id,
    profile: Annotated[str, typer.Option("--profile", help="Profil aturan di rules/profiles.")] = "permendagri-86",
    resume: Annotated[bool, typer.Option("--resume", help="Lewati dokumen yang laporannya lebih baru dari berkasnya.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Batas waktu per dokumen (detik).")] = 300.0,
) -> None:
    """Periksa semua dokumen dalam folder secara paralel; laporan per dokumen dan ringkasan ke --out."""
    import os
    from .batch import BatchRun, combined_json, discover, is_terminal, progress_line, write_summary

    if not folder.is_dir():
        _fail(say("cli_no_folder", lang.value, folder=str(folder)))
    if format not in (None, Format.json):
        _fail(say("cli_batch_format", lang.value))
    files = discover(folder, out)
    if not files:
        _fail(say("cli_empty_folder", lang.value, folder=str(folder)))
    try:
        settings = Settings(profile=profile, lang=lang.value)
        from .pipeline import active_rules
        active_rules(settings)
    except RuleError as e:
        _fail(str(e))
    run = BatchRun(files=files, out=out, settings=settings, jobs=jobs or os.cpu_count() or 1, resume=resume,
                   timeout=timeout)
    if is_terminal():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        tally = {"error": 0, "warning": 0, "unreadable": 0}
        progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TextColumn("{task.fields[tally]}"), transient=False,
                            console=Console(stderr=True))
        task = progress.add_task(say("cli_checking", lang.value), total=len(files), tally="")

        def shown(entry, done, total):
            if entry.status == "unreadable":
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
    unreadable = sum(1 for e in entries if e.status == "unreadable")
    print(say("cli_batch_done", lang.value, documents=len(entries), unreadable=unreadable,
              written=", ".join(str(p) for p in written)), file=sys.stderr)
    if format == Format.json:
        combined_json(entries, sys.stdout, lang.value)
    if run.interrupted:
        raise typer.Exit(130)
    if unreadable:
        raise typer.Exit(2)
    from .report import FAILING
    raise typer.Exit(1 if any(e.verdict() in FAILING for e in entries) else 0)


@rules_app.command("list")
def rules_list(lang: Annotated[Lang, typer.Option("--lang")] = Lang.id) -> None:
    """Semua aturan: id, kategori, tingkat, judul."""
    from .rulebook import load_rules
    try:
        rules = load_rules(Settings().rules_dir)
    except RuleError as e:
        _fail(str(e))
    for r in rules:
        typer.echo(f"{r.id}  {r.category:<14} {r.severity:<8} {r.name}\n          {r.title.get(lang.value)}")


@rules_app.command("explain")
def rules_explain(rule_id: str, lang: Annotated[Lang, typer.Option("--lang")] = Lang.id) -> None:
    """Penjelasan satu aturan: apa yang diperiksa, mengapa, dasar hukumnya, contoh."""
    import yaml
    from .rulebook import load_rules
    rules = {r.id: r for r in load_rules(Settings().rules_dir)}
    rule = rules.get(rule_id.upper())
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
    typer.echo(f"{heads[3]}: {flow(rule.examples.fail[0])}\n{heads[4]}: {flow(rule.examples.pass_[0])}")


@app.command()
def template(
    doc_type: Annotated[DocType, typer.Argument(help="renstra, renja atau rencana_aksi")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Berkas .xlsx yang ditulis.")],
    start: Annotated[int, typer.Option("--tahun", help="Tahun pertama (renstra: awal periode).")] = 2025,
    years: Annotated[int, typer.Option("--lama", help="Lama periode renstra dalam tahun (3 atau 5).")] = 5,
) -> None:
    """Tulis tata letak buku kerja kosong, dengan catatan pada setiap judul kolom."""
    from .writers.template import write_template
    write_template(doc_type.value, output, start, years)
    typer.echo(f"templat {doc_type.value} ditulis ke {output}")


def main() -> None:
    app()
