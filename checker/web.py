"""`rencana serve`: a page on the office network where reviewers drop one document, many, or a
zip of a folder, and read and download the reports. A Starlette app served by uvicorn.

- `GET /` the upload form (Indonesian; `?lang=en` for English), usable without JavaScript.
- `POST /check` (the form) starts a check and sends the browser to `/r/<job>/`, which shows the
  progress (the page reloads itself) and then the result: the document's HTML report, or for
  several the batch summary; with the JSON, xlsx and SARIF reports to download.
- `POST /api/check` (multipart field `files`) answers the `rencana-check/1` JSON of those
  documents, as `rencana check --format json` does, with `exit_code` as a field.
- `GET /api/health` the version and the rules loaded.

Every upload lives in a private temporary folder of its own (mode 0700), under a name the server
makes (a number and the suffix; the client's name is only a label, its characters reduced to
letters, digits and `._- `); a zip's entries likewise, never extracted by their paths. The folder
is removed after the API's answer, or after the retention for what the page offers to download.
Documents are checked by the batch's worker processes, with its isolation and timeout: a document
that hangs or crashes a worker fails alone. Uploads are limited in count and size (413 beyond).
Every page is escaped and served with a Content-Security-Policy that allows no script at all.
`--token` requires `Authorization: Bearer <token>` or the token once on the login form.
"""
from __future__ import annotations

import html
import json
import re
import secrets
import shutil
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from . import __version__
from .config import Settings
from .discovery import PLAN_SUFFIXES
from .messages import say

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
       "form-action 'self'; frame-ancestors 'self'; base-uri 'none'")
_SAFE = re.compile(r"[^A-Za-z0-9._ -]+")
_JOB = re.compile(r"^[a-f0-9]{32}$")


@dataclass
class WebLimits:
    max_files: int = 200
    max_total_bytes: int = 200 * 1024 * 1024
    retention_seconds: float = 3600.0


class TooLarge(Exception):
    """An upload beyond the limits: answered 413 with the message."""


@dataclass
class Job:
    folder: Path
    names: dict[str, str]               # stored path -> the client's file name (a label)
    lang: str
    created: float = field(default_factory=time.monotonic)
    done: int = 0
    total: int = 0
    finished: bool = False
    entries: list = field(default_factory=list)
    error: str = ""
    profile: str = ""

    @property
    def out(self) -> Path:
        return self.folder / "laporan"


def label(name: str) -> str:
    """A client's file name as a label: its last component, tame characters only."""
    base = re.split(r"[\\/]", name or "")[-1]
    return (_SAFE.sub("_", base).strip(" .") or "dokumen")[:120]


class Uploads:
    """The files of one request, saved under server-made names, with the limits enforced."""

    def __init__(self, folder: Path, limits: WebLimits, per_file: int):
        self.folder, self.limits, self.per_file = folder, limits, per_file
        self.names: dict[str, str] = {}
        self.total = 0

    def _target(self, name: str) -> Path | None:
        suffix = Path(label(name)).suffix.lower()
        if len(self.names) >= self.limits.max_files:
            raise TooLarge("files")
        path = self.folder / f"{len(self.names) + 1:04d}{suffix if re.fullmatch(r'[.][a-z0-9]{1,5}', suffix) else ''}"
        self.names[str(path)] = label(name)
        return path

    def _count(self, n: int, so_far: int) -> None:
        self.total += n
        if so_far > self.per_file or self.total > self.limits.max_total_bytes:
            raise TooLarge("bytes")

    async def add(self, upload) -> None:
        name = upload.filename or ""
        if label(name).lower().endswith(".zip"):
            spool = self.folder / f"zip-{len(self.names) + 1:04d}"
            await self._save(upload, spool)
            self._unzip(spool, label(name))
            spool.unlink(missing_ok=True)
            return
        await self._save(upload, self._target(name))

    async def _save(self, upload, path: Path) -> None:
        size = 0
        with path.open("wb") as fh:
            while chunk := await upload.read(1 << 20):
                size += len(chunk)
                self._count(len(chunk), size)
                fh.write(chunk)

    def _unzip(self, archive: Path, shown: str) -> None:
        """A zip of a folder: its documents, each saved under a server-made name; what is not a
        document (or a zip inside it) is left out, and its sizes are checked before inflating."""
        try:
            with zipfile.ZipFile(archive) as zf:
                infos = [i for i in zf.infolist() if not i.is_dir()
                         and Path(label(i.filename)).suffix.lower() in PLAN_SUFFIXES]
                if sum(i.file_size for i in infos) + self.total > self.limits.max_total_bytes or \
                        any(i.file_size > self.per_file for i in infos):
                    raise TooLarge("bytes")
                for info in infos:
                    path = self._target(info.filename)
                    self.names[str(path)] = f"{shown}/{label(info.filename)}"
                    with zf.open(info) as src, path.open("wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
        except zipfile.BadZipFile:
            path = self._target(shown)
            archive.replace(path)  # checked as what it is, and reported unreadable with its reason


class Server:
    """The app's state: its settings, the jobs and their folders, the reaper."""

    def __init__(self, settings: Settings, limits: WebLimits, token: str | None = None, jobs: int = 2,
                 timeout: float = 300.0, base: Path | None = None):
        self.settings, self.limits, self.token = settings, limits, token
        self.workers, self.timeout = jobs, timeout
        self.base = Path(tempfile.mkdtemp(prefix="rencana-serve-", dir=base))
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self._stop = threading.Event()
        self._reaper = threading.Thread(target=self._reap_loop, daemon=True)
        self._reaper.start()

    # --- lifetime -------------------------------------------------------------------------
    def _reap_loop(self) -> None:
        while not self._stop.wait(min(30.0, max(self.limits.retention_seconds / 4, 0.2))):
            self.reap()

    def reap(self, now: float | None = None) -> None:
        """Remove the folders of finished jobs past the retention."""
        now = time.monotonic() if now is None else now
        with self.lock:
            old = [k for k, j in self.jobs.items() if j.finished and now - j.created >= self.limits.retention_seconds]
            for key in old:
                shutil.rmtree(self.jobs.pop(key).folder, ignore_errors=True)

    def close(self) -> None:
        self._stop.set()
        shutil.rmtree(self.base, ignore_errors=True)

    # --- checking -------------------------------------------------------------------------
    def new_folder(self) -> tuple[str, Path]:
        key = secrets.token_hex(16)
        folder = self.base / key
        (folder / "masuk").mkdir(parents=True, mode=0o700)
        return key, folder

    def settings_for(self, lang: str, profile: str | None) -> Settings:
        update = {"lang": lang}
        if profile and profile in self.profiles():
            update["profile"] = profile
        return self.settings.model_copy(update=update)

    def profiles(self) -> list[str]:
        return sorted(p.stem for p in (self.settings.rules_dir / "profiles").glob("*.yaml"))

    def run(self, job: Job, settings: Settings) -> None:
        """Check a job's documents with the batch's workers, then write each document's reports
        (HTML, xlsx, SARIF, JSON) under its own name and the summary."""
        from .batch import BatchRun, write_summary
        from .writers import WRITERS
        from .report import Report
        files = [Path(p) for p in job.names]
        job.total = len(files)

        def seen(entry, done, total):
            job.done = done
        try:
            batch = BatchRun(files=files, out=job.out, settings=settings, jobs=self.workers, formats=("json",),
                             timeout=self.timeout, on_result=seen)
            entries = batch.run()
            for entry in entries:
                shown = job.names.get(entry.path, entry.path)
                result = entry.result()
                result.path = shown
                entry.path = shown
                if entry.report:
                    report = Report(documents=[result], rules=batch.rules)
                    for fmt in ("json", "html", "sarif", "xlsx"):
                        data = WRITERS[fmt].render(report, settings.lang)
                        target = Path(entry.report + WRITERS[fmt].suffix)
                        target.write_bytes(data) if isinstance(data, bytes) else target.write_text(data, encoding="utf-8")
            write_summary(entries, batch.rules, job.out, settings.lang)
            job.entries = entries
        except Exception as e:  # a fault of the server's own, shown on the job's page
            job.error = f"{type(e).__name__}: {e}"
        finally:
            job.finished = True


# --- pages ------------------------------------------------------------------------------------------

_STYLE = """body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#1d2733}
h1{font-size:1.4rem}form{border:1px solid #c9d2dc;padding:1rem;border-radius:.4rem;background:#f6f8fa}
label{display:block;margin:.5rem 0}button{padding:.4rem 1rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #dde3ea;padding:.3rem .5rem;text-align:left}iframe{width:100%;height:75vh;
border:1px solid #c9d2dc}.muted{color:#5b6b7b}.fix{color:#a11}.clean{color:#175}nav a{margin-right:1rem}"""


def _page(title: str, body: str, lang: str, refresh: int | None = None) -> str:
    head = f'<meta http-equiv="refresh" content="{refresh}">' if refresh else ""
    other = "en" if lang == "id" else "id"
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}<title>{html.escape(title)}</title>'
            f'<style>{_STYLE}</style></head><body><nav><a href="/?lang={lang}">rencana</a>'
            f'<a href="?lang={other}">{"English" if other == "en" else "Bahasa Indonesia"}</a></nav>'
            f"<h1>{html.escape(title)}</h1>{body}</body></html>")


def _lang(request: Request) -> str:
    value = request.query_params.get("lang") or request.cookies.get("rencana_lang") or "id"
    return value if value in ("id", "en") else "id"


def _t(key: str, lang: str, **params) -> str:
    return html.escape(say(key, lang, **params))


def create_app(settings: Settings | None = None, limits: WebLimits | None = None, token: str | None = None,
               jobs: int = 2, timeout: float = 300.0, base: Path | None = None) -> Starlette:
    server = Server(settings or Settings(), limits or WebLimits(), token, jobs, timeout, base)

    def authorised(request: Request) -> bool:
        if not server.token:
            return True
        given = request.headers.get("authorization", "")
        return secrets.compare_digest(given, f"Bearer {server.token}") or \
            secrets.compare_digest(request.cookies.get("rencana_token", ""), server.token)

    def guard(request: Request) -> Response | None:
        if authorised(request):
            return None
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": say("web_token", _lang(request))}, status_code=401)
        return RedirectResponse(f"/login?lang={_lang(request)}", status_code=303)

    async def index(request: Request) -> Response:
        if (refused := guard(request)) is not None:
            return refused
        lang = _lang(request)
        options = "".join(f'<option value="{html.escape(p)}"{" selected" if p == server.settings.profile else ""}>'
                          f"{html.escape(p)}</option>" for p in server.profiles())
        body = (f'<p>{_t("web_intro", lang)}</p>'
                f'<form method="post" action="/check?lang={lang}" enctype="multipart/form-data">'
                f'<label>{_t("web_files", lang)}<br><input type="file" name="files" multiple required '
                f'accept=".xlsx,.xlsm,.docx,.pdf,.txt,.md,.zip"></label>'
                f'<label>{_t("web_profile", lang)} <select name="profile">{options}</select></label>'
                f'<button type="submit">{_t("web_submit", lang)}</button></form>'
                f'<p class="muted">{_t("web_limits", lang, files=server.limits.max_files, megabytes=server.limits.max_total_bytes // (1024 * 1024), hours=round(server.limits.retention_seconds / 3600, 1))}</p>')
        response = HTMLResponse(_page(say("web_title", lang), body, lang))
        response.set_cookie("rencana_lang", lang, httponly=True, samesite="strict")
        return response

    async def login(request: Request) -> Response:
        lang = _lang(request)
        if request.method == "POST":
            form = await request.form(max_files=0, max_fields=5)
            given = str(form.get("token", ""))
            if server.token and secrets.compare_digest(given, server.token):
                response = RedirectResponse(f"/?lang={lang}", status_code=303)
                response.set_cookie("rencana_token", given, httponly=True, samesite="strict")
                return response
        body = (f'<form method="post" action="/login?lang={lang}"><label>{_t("web_token_field", lang)} '
                f'<input type="password" name="token" required></label><button type="submit">OK</button></form>')
        return HTMLResponse(_page(say("web_title", lang), body, lang), status_code=401 if request.method == "POST" else 200)

    async def receive(request: Request, lang: str) -> tuple[str, Job] | Response:
        """The request's files saved into a new job folder, or the 413 / 400 answer."""
        # The body is parsed in memory (nothing of it may reach a folder but the job's), so its
        # size must be known and within the limit before it is read.
        declared = request.headers.get("content-length")
        if declared is None or not declared.isdigit():
            return _error(request, lang, say("web_length", lang), 411)
        if int(declared) > server.limits.max_total_bytes + 1024 * 1024:
            return _too_large(request, lang)
        key, folder = server.new_folder()
        uploads = Uploads(folder / "masuk", server.limits, server.settings.limits.max_file_bytes)
        try:
            form = await request.form(max_files=server.limits.max_files + 1, max_fields=20,
                                      max_part_size=1024 * 1024)
            files = [f for f in form.getlist("files") if hasattr(f, "read")]
            if len(files) > server.limits.max_files:
                raise TooLarge("files")
            for upload in files:
                await uploads.add(upload)
            profile = str(form.get("profile") or "")
        except TooLarge:
            shutil.rmtree(folder, ignore_errors=True)
            return _too_large(request, lang)
        except Exception as e:  # a malformed multipart body, or more parts than allowed
            shutil.rmtree(folder, ignore_errors=True)
            if "Too many files" in str(e):
                return _too_large(request, lang)
            return _error(request, lang, say("web_bad_request", lang, error=str(e)), 400)
        if not uploads.names:
            shutil.rmtree(folder, ignore_errors=True)
            return _error(request, lang, say("web_no_files", lang), 400)
        return key, Job(folder, uploads.names, lang, profile=profile)

    def _too_large(request: Request, lang: str) -> Response:
        message = say("web_too_large", lang, files=server.limits.max_files,
                      megabytes=server.limits.max_total_bytes // (1024 * 1024))
        return _error(request, lang, message, 413)

    def _error(request: Request, lang: str, message: str, status: int) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return HTMLResponse(_page(say("web_title", lang), f'<p class="fix">{html.escape(message)}</p>', lang),
                            status_code=status)

    async def check_form(request: Request) -> Response:
        if (refused := guard(request)) is not None:
            return refused
        lang = _lang(request)
        got = await receive(request, lang)
        if isinstance(got, Response):
            return got
        key, job = got
        with server.lock:
            server.jobs[key] = job
        threading.Thread(target=server.run, args=(job, server.settings_for(lang, job.profile)), daemon=True).start()
        return RedirectResponse(f"/r/{key}/?lang={lang}", status_code=303)

    async def check_api(request: Request) -> Response:
        if (refused := guard(request)) is not None:
            return refused
        lang = request.query_params.get("lang", server.settings.lang)
        lang = lang if lang in ("id", "en") else "id"
        got = await receive(request, lang)
        if isinstance(got, Response):
            return got
        _, job = got
        try:
            await run_in_threadpool(server.run, job, server.settings_for(lang, job.profile))
            if job.error:
                return JSONResponse({"error": job.error}, status_code=500)
            report = json.loads((job.out / "ringkasan.json").read_text(encoding="utf-8"))
            for doc in report["documents"]:
                doc["path"] = job.names.get(doc["path"], doc["path"])
            report["exit_code"] = _exit_code(job.entries)
            return JSONResponse(report)
        finally:
            shutil.rmtree(job.folder, ignore_errors=True)

    async def health(request: Request) -> Response:
        from .pipeline import active_rules
        rules = active_rules(server.settings)
        return JSONResponse({"version": __version__, "rules": len(rules), "rule_ids": [r.id for r in rules],
                             "profile": server.settings.profile})

    def job_of(request: Request) -> Job | None:
        key = request.path_params["job"]
        return server.jobs.get(key) if _JOB.match(key) else None

    async def result(request: Request) -> Response:
        if (refused := guard(request)) is not None:
            return refused
        lang = _lang(request)
        job = job_of(request)
        if job is None:
            return _error(request, lang, say("web_no_job", lang), 404)
        if not job.finished:
            body = f'<p>{_t("web_progress", lang, done=job.done, total=job.total)}</p>'
            return HTMLResponse(_page(say("web_checking", lang), body, lang, refresh=2))
        if job.error:
            return _error(request, lang, job.error, 500)
        return HTMLResponse(_page(say("web_result", lang), _result_body(request.path_params["job"], job, lang), lang))

    async def download(request: Request) -> Response:
        if (refused := guard(request)) is not None:
            return refused
        job = job_of(request)
        if job is None or not job.finished:
            return Response(status_code=404)
        root = job.out.resolve()
        target = (root / request.path_params["path"]).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return Response(status_code=404)
        inline = target.suffix in (".html", ".json")  # shown in the page; the others are downloads
        return FileResponse(target, filename=target.name, content_disposition_type="inline" if inline else "attachment")

    async def add_headers(request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    from contextlib import asynccontextmanager

    from starlette.formparsers import MultiPartParser
    from starlette.middleware import Middleware
    from starlette.middleware.base import BaseHTTPMiddleware

    # Uploads stay in memory while the form is parsed (bounded by the Content-Length check), so
    # that no part of one is written to the system's temporary folder; `Uploads` then writes
    # them into the job's own folder.
    MultiPartParser.spool_max_size = server.limits.max_total_bytes + 1024 * 1024

    @asynccontextmanager
    async def lifespan(app):
        yield
        server.close()

    routes = [Route("/", index), Route("/login", login, methods=["GET", "POST"]),
              Route("/check", check_form, methods=["POST"]), Route("/api/check", check_api, methods=["POST"]),
              Route("/api/health", health), Route("/r/{job}/", result), Route("/r/{job}/f/{path:path}", download)]
    app = Starlette(routes=routes, middleware=[Middleware(BaseHTTPMiddleware, dispatch=add_headers)],
                    lifespan=lifespan)
    app.state.server = server
    return app


def _exit_code(entries) -> int:
    from .report import fails
    if any(e.status != "checked" for e in entries):
        return 2
    return 1 if any(fails(e.verdict(), "error") for e in entries) else 0


def _result_body(key: str, job: Job, lang: str) -> str:
    from .writers.texts import TEXT
    out = job.out.resolve()
    link = lambda p, text: f'<a href="/r/{key}/f/{html.escape(str(Path(p).relative_to(out)))}">{html.escape(text)}</a>'  # noqa: E731
    rows = []
    for entry in job.entries:
        verdict = entry.verdict()
        counts = ", ".join(f"{n} {TEXT[lang][s]}" for s, n in entry.counts.items() if n) or "-"
        files = " ".join(link(entry.report + s, s[1:]) for s in (".html", ".xlsx", ".json", ".sarif")) \
            if entry.report else html.escape(entry.error or "")
        rows.append(f'<tr><td>{html.escape(entry.path)}</td><td class="{"clean" if verdict == "clean" else "fix"}">'
                    f"{_t('verdict_' + verdict, lang)}</td><td>{html.escape(counts)}</td><td>{files}</td></tr>")
    table = (f"<table><tr><th>{_t('web_document', lang)}</th><th>{_t('web_verdict', lang)}</th>"
             f"<th>{_t('web_findings', lang)}</th><th>{_t('web_reports', lang)}</th></tr>{''.join(rows)}</table>")
    summary = " ".join(link(out / n, n) for n in ("ringkasan.html", "ringkasan.xlsx", "ringkasan.json"))
    checked = [e for e in job.entries if e.report]
    shown = checked[0].report + ".html" if len(job.entries) == 1 and checked else str(out / "ringkasan.html")
    frame = f'<iframe title="laporan" src="/r/{key}/f/{html.escape(str(Path(shown).relative_to(out)))}"></iframe>'
    return f"{table}<p>{_t('web_summary', lang)}: {summary}</p>{frame}"


def serve(host: str, port: int, settings: Settings, limits: WebLimits, token: str | None, jobs: int,
          timeout: float) -> None:
    import uvicorn
    app = create_app(settings, limits, token, jobs, timeout)
    uvicorn.run(app, host=host, port=port, log_level="info")
