"""The playground in a real headless Chromium, driven over the WebDriver protocol.

Needs Debian's chromium and chromium-driver (.ci/run installs them); skips
with that message when they are absent. PAYNORM_SCREENSHOT=path saves a
screenshot of the rendered result (the README's docs/playground.png).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator

import httpx
import pytest

from .conftest import free_port
from .test_server import server  # noqa: F401  (the uvicorn fixture)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="Chromium not installed: apt-get install chromium chromium-driver"
)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1100,900"]


@pytest.fixture(scope="module")
def browser() -> Iterator[tuple[httpx.Client, str]]:
    port = free_port()
    driver = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="paynorm-chromium-")
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                if client.get("/status").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chromedriver did not start")
            time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": CHROMIUM, "args": [*FLAGS, f"--user-data-dir={profile}"]}}}}
        session = client.post("/session", json=caps).json()["value"]["sessionId"]
        yield client, f"/session/{session}"
        client.delete(f"/session/{session}")
    finally:
        client.close()
        driver.terminate()
        driver.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


def _run(browser: tuple[httpx.Client, str], script: str, *args: object) -> object:
    client, session = browser
    return client.post(f"{session}/execute/sync", json={"script": script, "args": list(args)}).json()["value"]


def test_type_a_salary_and_see_the_ranges(browser: tuple[httpx.Client, str], server: str) -> None:  # noqa: F811
    client, session = browser
    client.post(f"{session}/url", json={"url": f"{server}/"})
    _run(browser, """
        document.getElementById('text').value = arguments[0];
        document.getElementById('country').value = 'GB';
        document.getElementById('target_currency').value = 'GBP';
        document.getElementById('submit').click();""", "£30k - £35k pa + bonus")
    deadline = time.monotonic() + 10
    while not _run(browser, "return document.getElementById('stated').textContent") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _run(browser, "return document.getElementById('stated').textContent") == "30,000 – 35,000 GBP / year"
    assert _run(browser, "return document.getElementById('normalized').textContent") == "30,000 – 35,000 GBP / year"
    marks = _run(browser, "return [...document.querySelectorAll('#text-view mark')].map(m => [m.className, m.textContent])")
    assert marks == [["primary", "£30k - £35k pa"]] or marks == [["primary", "£30k - £35k"]]
    assert _run(browser, "return document.getElementById('error').textContent") == ""
    if path := os.environ.get("PAYNORM_SCREENSHOT"):
        _run(browser, """
            document.getElementById('text').value = arguments[0];
            document.getElementById('country').value = '';
            document.getElementById('target_currency').value = 'EUR';
            document.getElementById('submit').click();""",
             "Netflix is hiring an AI manager with a salary of up to $900,000 (approximately ₹7.4 crore) per year; "
             "similar roles typically pay between $300,000 and $900,000. 401(k), 24/7 support.")
        time.sleep(1.5)
        png = client.get(f"{session}/screenshot").json()["value"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(png))


def test_errors_are_shown(browser: tuple[httpx.Client, str], server: str) -> None:  # noqa: F811
    client, session = browser
    client.post(f"{session}/url", json={"url": f"{server}/"})
    _run(browser, """
        document.getElementById('text').value = 'x'.repeat(10001);
        document.getElementById('submit').click();""")
    deadline = time.monotonic() + 10
    while not _run(browser, "return document.getElementById('error').textContent") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _run(browser, "return document.getElementById('error').textContent") == (
        "text: must be at most 10000 characters (got 10001)"
    )
