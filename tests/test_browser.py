"""End to end in a real headless Chromium: marketer builds and submits, reviewer approves, export.

Uses Debian's chromium (installed by .ci/run) through Playwright for Python; screenshots are
saved under test-artifacts/. Skips loudly when no browser is installed.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def app_url(tmp_path, demo_db):
    port = free_port()
    env = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "ui" / "app.py"), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
            break
        except OSError:
            assert proc.poll() is None and time.time() < deadline, "the app did not start"
            time.sleep(0.5)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


def test_marketer_submits_reviewer_approves_and_exports(app_url):
    if CHROMIUM is None:
        pytest.skip("SKIPPED LOUDLY: no chromium on this machine; .ci/run installs Debian's chromium package")
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30_000)

        def sign_in(label: str) -> None:
            # Navigation happens inside the app (sidebar links): a page reload would start a new session.
            page.get_by_role("combobox").first.click()
            page.get_by_role("option", name=label).click()

        def go(name: str) -> None:
            page.locator("[data-testid='stSidebarNav']").get_by_text(name, exact=True).click()

        page.goto(app_url)
        page.get_by_text("Demo sign-in").wait_for()
        sign_in("Maria (marketing) — marketer")
        page.get_by_label("Who do you want to reach?").fill("gold customers in Spain who bought online in the last 6 months")
        page.get_by_role("button", name="Build audience").click()
        expect(page.get_by_text("Final audience")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "1_built.png"), full_page=True)
        page.get_by_role("button", name="Submit for review").click()
        expect(page.get_by_text("submitted")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "2_submitted.png"), full_page=True)

        sign_in("Rachel (data protection) — reviewer")
        go("Review")
        page.get_by_role("button", name="Approve").click()
        expect(page.get_by_text("approved:")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "3_approved.png"), full_page=True)

        go("Audiences")
        page.get_by_role("button", name="Export").first.click()
        expect(page.get_by_text("Reconciliation of export")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "4_exported.png"), full_page=True)
        browser.close()
