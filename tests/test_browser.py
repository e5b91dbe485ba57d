"""The page in a real browser, as a reviewer uses it: `rencana serve` started as a command, a
faulty workbook and a faulty text plan uploaded through the form in headless Chromium (Debian's,
driven by Playwright), each finding read at its location in the report the page shows, the xlsx
downloaded. Screenshots go to reports/ for a person to look at. `make test` installs chromium;
without it the test is skipped with the reason."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES
from checker.config import Settings
from checker.pipeline import check_file

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    env = dict(os.environ, TMPDIR=str(tmp_path_factory.mktemp("serve")))
    process = subprocess.Popen([str(Path(sys.executable).parent / "rencana"), "serve", "--port", str(port), "--jobs", "1"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/api/health", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        raise AssertionError(process.stderr.read().decode(errors="replace"))
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield chromium
        chromium.close()


@pytest.mark.parametrize("name", ["renja-sukamaju-2026-salah.xlsx", "renja-sukamaju-2026-salah.txt"])
def test_a_faulty_plan_uploaded_in_a_browser_shows_its_findings_at_their_locations(server, browser, name, tmp_path):
    page = browser.new_page()
    page.goto(server + "/")
    assert page.title() == "Pemeriksa dokumen perencanaan kecamatan"
    page.set_input_files("input[name=files]", str(SAMPLES / name))
    page.click("button[type=submit]")
    page.wait_for_selector("iframe", timeout=60_000)  # the progress page reloads itself until then
    report = page.frame_locator("iframe")
    expected = check_file(SAMPLES / name, Settings()).findings
    for finding in expected[:5]:
        row = report.locator("tr", has_text=finding.location.label()).filter(has_text=finding.rule).first
        row.wait_for(timeout=10_000)
    out = ROOT / "reports"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / f"web-{Path(name).suffix[1:]}.png"), full_page=True)
    with page.expect_download() as download:
        page.click("a:text-is('xlsx')")
    saved = tmp_path / "laporan.xlsx"
    download.value.save_as(saved)
    assert saved.read_bytes()[:2] == b"PK"
    page.close()


def test_a_folder_uploaded_as_a_zip_shows_the_summary_with_its_sets(server, browser, tmp_path):
    import zipfile
    archive = tmp_path / "kiriman.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((SAMPLES / "set-salah").iterdir()):
            zf.write(path, f"set-salah/{path.name}")
    page = browser.new_page()
    page.goto(server + "/?lang=en")
    page.set_input_files("input[name=files]", str(archive))
    page.click("button[type=submit]")
    page.wait_for_selector("iframe", timeout=90_000)
    summary = page.frame_locator("iframe")
    summary.locator("h2", has_text="Document sets per kecamatan").wait_for(timeout=10_000)
    summary.locator("tr", has_text="Mekar Sari").filter(has_text="Renstra 2026-2030, Renja 2027, Rencana Aksi 2027") \
        .first.wait_for(timeout=10_000)
    assert page.locator("table tr").count() == 1 + 6  # the header and a row per document
    page.screenshot(path=str(ROOT / "reports" / "web-ringkasan.png"), full_page=True)
    page.close()
