"""Live rates seen through the HTTP API: the issue's "done when", end to end.

A fake ECB on 127.0.0.1 (tests/fakeprovider.py); the app's lifespan starts
and stops the background refresh; the clock is injected for staleness.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.rates import LiveRates
from service.settings import Settings

from .fakeprovider import FakeProvider, Reply, basket, ecb_xml
from .test_refresh import FRI, SAT, Clock, config, week

UTC = datetime.UTC
SAT_MORNING = datetime.datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
BODY = {"text": "€1,000 per month", "target_currency": "USD", "target_period": "month"}


@pytest.fixture
def fake() -> Iterator[FakeProvider]:
    server = FakeProvider().start()
    yield server
    server.stop()


def serve(fake: FakeProvider, delay: float = 0.0) -> None:
    fake.routes["/eurofxref-daily.xml"] = Reply(ecb_xml({FRI: basket()}), delay=delay)
    fake.routes["/eurofxref-hist-90d.xml"] = Reply(ecb_xml(week()), delay=delay)


def test_env_configured_ecb_converts_survives_outage_then_turns_stale(fake: FakeProvider) -> None:
    serve(fake)
    env = {"PAYNORM_RATE_PROVIDERS": "ecb,embedded", "PAYNORM_ECB_URL": fake.url,
           "PAYNORM_RATE_CONNECT_TIMEOUT": "0.5", "PAYNORM_RATE_READ_TIMEOUT": "0.5", "PAYNORM_LOG_LEVEL": "WARNING"}
    settings = Settings.from_env(env)
    clock = Clock(SAT_MORNING)
    live = LiveRates(settings.rates, clock=clock)
    with TestClient(create_app(settings, rates=live)) as client:
        client.portal.call(live.refresh_now)
        r = client.post("/normalize", json=BODY).json()
        assert r["normalized"]["max"] == 1250.0  # the fake's 1.2500, not the snapshot's 1.1172
        assert (r["rate"]["source"], r["rate"]["date"], r["rate"]["stale"]) == ("ecb", "2026-11-27", False)

        fake.stop()
        client.portal.call(live.refresh_now)
        r = client.post("/normalize", json=BODY).json()
        assert r["normalized"]["max"] == 1250.0 and r["rate"]["stale"] is False
        ecb = next(p for p in client.get("/rates").json()["providers"] if p["name"] == "ecb")
        assert ecb["last_error"].startswith(f"GET {fake.url}eurofxref-daily.xml: ConnectError")

        clock.now = datetime.datetime(2026, 11, 30, 18, 0, tzinfo=UTC)  # Monday's table is overdue
        r = client.post("/normalize", json=BODY).json()
        assert r["normalized"]["max"] == 1250.0
        assert r["rate"]["stale"] is True and "rate_stale" in [w["code"] for w in r["warnings"]]

        weekend = client.post("/normalize", json={**BODY, "as_of": SAT.isoformat()}).json()
        assert (weekend["rate"]["date"], weekend["rate"]["requested_date"]) == ("2026-11-27", "2026-11-28")
        assert "rate_date_fallback" in [w["code"] for w in weekend["warnings"]]


@pytest.mark.parametrize("scenario", ["down", "slow", "http 500", "html", "garbage"])
def test_broken_provider_never_fails_or_slows_a_request(fake: FakeProvider, scenario: str) -> None:
    replies = {
        "slow": Reply(ecb_xml({FRI: basket()}), delay=3.0),
        "http 500": Reply(b"oops", status=500, content_type="text/plain"),
        "html": Reply(b"<!DOCTYPE html><html>down for maintenance</html>", content_type="text/html"),
        "garbage": Reply(b"\x00\x01 not xml"),
    }
    if scenario == "down":
        fake.stop()
    else:
        fake.routes["/eurofxref-daily.xml"] = replies[scenario]
    live = LiveRates(config(fake.url), clock=Clock(SAT_MORNING))
    with TestClient(create_app(Settings(log_level="WARNING"), rates=live)) as client:
        started = time.perf_counter()
        r = client.post("/normalize", json=BODY)
        assert time.perf_counter() - started < 0.5  # the refresh runs beside, never in front
        body = r.json()
        assert r.status_code == 200 and body["normalized"]["max"] == 1117.2  # the embedded floor
        assert body["rate"]["date"] == "2026-10-30"


def test_refresh_in_progress_does_not_block_requests(fake: FakeProvider) -> None:
    serve(fake, delay=2.0)
    live = LiveRates(config(fake.url, read_timeout=5.0, fetch_deadline=6.0), clock=Clock(SAT_MORNING))
    with TestClient(create_app(Settings(log_level="WARNING"), rates=live)) as client:
        future = client.portal.start_task_soon(live.refresh_now)
        latencies = []
        for i in range(20):
            started = time.perf_counter()
            r = client.post("/normalize", json={**BODY, "text": f"€{1000 + i} per month"})
            latencies.append(time.perf_counter() - started)
            assert r.status_code == 200
        assert not future.done(), "the fake provider holds its answer for 2 s"
        assert max(latencies) < 0.5
        future.result(timeout=10)
        assert client.post("/normalize", json={**BODY, "text": "€1,001 per month"}).json()["rate"]["source"] == "ecb"


def test_readyz_is_ready_with_the_embedded_floor() -> None:
    with TestClient(create_app(Settings(log_level="WARNING"))) as client:
        assert client.get("/readyz").json()["status"] == "ok"
