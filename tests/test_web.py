"""`rencana serve`: the API and the page through Starlette's test client; the page in a real
headless browser (Debian's chromium, driven by Playwright) in test_browser.py."""
import io
import json
import re
import time
import zipfile
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from conftest import ROOT, SAMPLES
from checker.cli import app as cli
from checker.config import Settings
from checker.pipeline import check_file
from checker.web import WebLimits, create_app

FAULTY = ["renja-sukamaju-2026-salah.xlsx", "renja-sukamaju-2026-salah.txt"]
HOSTILE = ROOT / "tests" / "data" / "published"


@pytest.fixture
def client(tmp_path):
    app = create_app(jobs=2, limits=WebLimits(max_files=20, max_total_bytes=5 * 1024 * 1024, retention_seconds=60),
                     base=tmp_path)
    with TestClient(app) as c:
        c.server = app.state.server
        yield c


def _files(*names: str, folder: Path = SAMPLES):
    return [("files", (name, (folder / name).read_bytes())) for name in names]


def _wait(client, location: str) -> str:
    for _ in range(120):
        page = client.get(location)
        if 'http-equiv="refresh"' not in page.text:
            return page.text
        time.sleep(0.25)
    raise AssertionError("the check did not finish")


def test_api_check_gives_the_findings_of_the_command_line(client):
    answer = client.post("/api/check", files=_files(*FAULTY))
    assert answer.status_code == 200
    report = answer.json()
    command = json.loads(CliRunner().invoke(cli, ["check", *(str(SAMPLES / n) for n in FAULTY),
                                                  "--format", "json"]).stdout)
    assert report["schema"] == command["schema"] == "rencana-check/1"
    assert [d["path"] for d in report["documents"]] == FAULTY
    strip = lambda d: [{k: v for k, v in f.items()} for f in d["findings"]]  # noqa: E731
    assert [strip(d) for d in report["documents"]] == [strip(d) for d in command["documents"]]
    assert report["exit_code"] == 1 and report["summary"] == command["summary"]


def test_health_names_the_version_and_the_rules(client):
    health = client.get("/api/health").json()
    assert health["version"] and health["rules"] == len(health["rule_ids"]) >= 50


def test_the_page_checks_one_document_and_offers_its_reports(client):
    page = client.get("/")
    assert page.status_code == 200 and 'type="file"' in page.text and "<script" not in page.text
    assert "script-src" not in page.headers["content-security-policy"] and \
        "default-src 'none'" in page.headers["content-security-policy"]
    sent = client.post("/check", files=_files(FAULTY[0]), data={"profile": "permendagri-86"}, follow_redirects=False)
    assert sent.status_code == 303
    result = _wait(client, sent.headers["location"])
    links = re.findall(r'href="(/r/[^"]+)"', result)
    assert {Path(link).suffix for link in links} >= {".html", ".xlsx", ".json", ".sarif"}
    report = client.get(next(link for link in links if link.endswith(".html") and "ringkasan" not in link))
    first = check_file(SAMPLES / FAULTY[0], Settings()).findings[0]
    assert f">{first.rule}<" in report.text and f">{first.location.label()}<" in report.text
    xlsx = client.get(next(link for link in links if link.endswith(".xlsx") and "ringkasan" not in link))
    assert xlsx.content[:2] == b"PK" and "attachment" in xlsx.headers["content-disposition"]
    english = client.get(sent.headers["location"].replace("lang=id", "lang=en"))
    assert "Result" in english.text


def test_a_zip_of_a_folder_gives_the_summary(client):
    buffer = io.BytesIO()
    names = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".txt", ".docx", ".pdf"))[:12]
    with zipfile.ZipFile(buffer, "w") as zf:
        for name in names:
            zf.writestr(f"kecamatan/{name}", (SAMPLES / name).read_bytes())
        zf.writestr("../../keluar.txt", "RENCANA KERJA\nKECAMATAN X\nTAHUN 2027\n")  # a path that climbs out
    sent = client.post("/check", files=[("files", ("kiriman.zip", buffer.getvalue()))], follow_redirects=False)
    result = _wait(client, sent.headers["location"])
    assert result.count("<tr>") == len(names) + 2  # a row per document, the climbing one included, and the header
    assert "ringkasan.html" in result
    assert not (client.server.base.parent / "keluar.txt").exists()


def test_an_oversized_upload_is_refused_and_the_server_goes_on(client):
    big = [("files", ("besar.txt", b"x" * (6 * 1024 * 1024)))]
    assert client.post("/api/check", files=big).status_code == 413
    many = [("files", (f"{k}.txt", b"RENCANA KERJA\n")) for k in range(21)]
    assert client.post("/api/check", files=many).status_code == 413
    assert client.post("/check", files=big, follow_redirects=False).status_code == 413
    assert client.post("/api/check", files=_files(FAULTY[1])).status_code == 200


def test_hostile_files_are_unreadable_and_the_server_goes_on(client):
    hostile = [("files", ("bom.xlsx", _zip_bomb())), ("files", ("<script>alert(1)</script>.txt", b"\x00\x01" * 400)),
               *_files("rencana-aksi-bersandi.pdf", "rencana-aksi-pindaian.pdf", "rencana-aksi-terpotong.pdf",
                       folder=HOSTILE)]
    report = client.post("/api/check", files=hostile).json()
    assert [d["status"] for d in report["documents"]] == ["unreadable"] * 5 and report["exit_code"] == 2
    sent = client.post("/check", files=hostile[1:2], follow_redirects=False)
    page = _wait(client, sent.headers["location"])
    assert "<script" not in page and "script_.txt" in page  # the name's last component, tamed, and escaped
    assert client.post("/api/check", files=_files(FAULTY[0])).json()["exit_code"] == 1


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", b"<" + b"a" * (600 * 1024 * 1024) + b"/>")
    return buffer.getvalue()


def test_nothing_is_left_after_the_retention(client):
    sent = client.post("/check", files=_files(FAULTY[1]), follow_redirects=False)
    _wait(client, sent.headers["location"])
    assert any(client.server.base.iterdir())
    client.server.reap(now=time.monotonic() + 61)
    assert not any(client.server.base.iterdir())
    assert client.get(sent.headers["location"]).status_code == 404
    client.post("/api/check", files=_files(FAULTY[1]))  # the API keeps nothing at all
    assert not any(client.server.base.iterdir())


def test_a_token_guards_the_page_and_the_api(tmp_path):
    app = create_app(token="rahasia-kantor", base=tmp_path)
    with TestClient(app) as c:
        assert c.post("/api/check", files=_files(FAULTY[1])).status_code == 401
        assert c.get("/", follow_redirects=False).status_code == 303
        ok = c.post("/api/check", files=_files(FAULTY[1]), headers={"Authorization": "Bearer rahasia-kantor"})
        assert ok.status_code == 200
        assert c.post("/login", data={"token": "salah"}).status_code == 401
        c.post("/login", data={"token": "rahasia-kantor"})
        assert c.get("/").status_code == 200


def test_downloads_stay_inside_the_job(client):
    sent = client.post("/check", files=_files(FAULTY[1]), follow_redirects=False)
    _wait(client, sent.headers["location"])
    base = sent.headers["location"].split("?")[0]
    assert client.get(base + "f/../../../etc/passwd").status_code == 404
    assert client.get(base + "f/%2e%2e/%2e%2e/masuk/0001.txt").status_code == 404
    assert client.get("/r/not-a-job/").status_code == 404


@pytest.mark.parametrize("fault", ["kill:0002", "hang:0002"])
def test_a_document_that_kills_or_hangs_its_worker_fails_alone(tmp_path, monkeypatch, fault):
    monkeypatch.setenv("RENCANA_FAULT", fault)  # the batch's fault injection, by the server-made name
    app = create_app(jobs=2, timeout=3, base=tmp_path)
    with TestClient(app) as c:
        report = c.post("/api/check", files=_files(FAULTY[0], FAULTY[1], "renja-sukamaju-2026-bersih.txt")).json()
        assert [d["status"] for d in report["documents"]] == \
            ["checked", "unreadable" if fault.startswith("kill") else "timed_out", "checked"]
        assert c.get("/api/health").status_code == 200
