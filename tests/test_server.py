"""The real server: uvicorn started on loopback, the README's curl made with httpx."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from .conftest import running_server


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server({**os.environ, "PAYNORM_TARGET_CURRENCY": "GBP"}) as (_, url):
        yield url


def test_readme_curl(server: str) -> None:
    r = httpx.post(f"{server}/normalize", json={"text": "up to $900,000 (approximately ₹7.4 crore)", "target_currency": "EUR"})
    body = r.json()
    assert r.status_code == 200
    assert body["stated"]["max"] == 900000 and body["stated"]["currency"] == "USD"
    assert body["normalized"]["max"] == 805585.39 and body["normalized"]["currency"] == "EUR"


def test_settings_come_from_the_environment(server: str) -> None:
    body = httpx.post(f"{server}/normalize", json={"text": "£30,000 per year"}).json()
    assert body["normalized"]["currency"] == "GBP" and body["normalized"]["max"] == 30000


def test_malformed_json_is_422_over_the_wire(server: str) -> None:
    r = httpx.post(f"{server}/normalize", content=b'{"text": ', headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert "not valid JSON" in r.json()["error"]["message"]


def test_sigterm_finishes_in_flight_work_and_exits_promptly() -> None:
    env = {**os.environ, "PAYNORM_LOG_LEVEL": "WARNING"}
    with running_server(env, "--timeout-graceful-shutdown", "5") as (proc, url):
        items = [{"text": f"£{30 + i}k - £{40 + i}k pa"} for i in range(1000)]
        with httpx.Client(timeout=30) as client:
            answers: list[int] = []
            worker = threading.Thread(target=lambda: answers.append(
                client.post(f"{url}/normalize/batch", json={"items": items}).status_code))
            worker.start()
            time.sleep(0.05)  # the batch is in flight
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            worker.join(timeout=30)
            # uvicorn shuts down gracefully, then re-raises the signal for its parent
            assert proc.wait(timeout=15) in (0, -signal.SIGTERM)
            assert time.monotonic() - started < 10
        assert answers == [200], "the in-flight batch was answered before the process exited"
        out = proc.stdout.read().decode() if proc.stdout else ""
        assert "Finished server process" in out and "Traceback" not in out
