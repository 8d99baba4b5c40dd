"""LiveRates against a fake provider on 127.0.0.1: healthy, down, slow, broken, gaps, recovery.

Each scenario checks that the book keeps answering at once, converts with the best rate it
has, and says which rate and how stale. The clock is injected, so staleness needs no sleeping.
Expected rates are the fake's made-up figures (tests/fakeprovider.py), not the code's output.
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from service.rates import LiveRates, ProviderStatus, RatesConfig
from tests.fakeprovider import (
    FakeProvider,
    Reply,
    basket,
    ecb_xml,
    frankfurter_v1_latest,
    frankfurter_v1_series,
    frankfurter_v2_rows,
    free_port,
)

UTC = datetime.UTC
D = datetime.date
FRI, SAT, SUN, MON = D(2026, 11, 27), D(2026, 11, 28), D(2026, 11, 29), D(2026, 11, 30)
WEEK = [D(2026, 11, d) for d in (23, 24, 25, 26, 27)]  # Monday to Friday
USD_THAT_WEEK = ["1.2100", "1.2200", "1.2300", "1.2400", "1.2500"]
SAT_MORNING = datetime.datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
EMBEDDED_DATE = D(2026, 10, 30)  # the snapshot's last day; its USD is 1.1172


class Clock:
    def __init__(self, now: datetime.datetime) -> None:
        self.now = now

    def __call__(self) -> datetime.datetime:
        return self.now


def run(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async test on a fresh event loop; no pytest plugin needed."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


@pytest.fixture
def fake() -> Iterator[FakeProvider]:
    server = FakeProvider().start()
    yield server
    server.stop()


def config(url: str, **changes: Any) -> RatesConfig:
    """Short limits so every broken scenario settles well under a second."""
    settings: dict[str, Any] = {
        "providers": ("ecb", "embedded"),
        "ecb_url": url,
        "refresh_seconds": 60.0,
        "connect_timeout": 0.5,
        "read_timeout": 0.3,
        "fetch_deadline": 2.0,
        "retries": 1,
        "retry_backoff": 0.01,
        "failure_backoff": 30.0,
        "stale_margin": 3600.0,
    }
    return RatesConfig(**{**settings, **changes})


def week(**overrides: str) -> dict[D, dict[str, str]]:
    return {day: basket(usd, **overrides) for day, usd in zip(WEEK, USD_THAT_WEEK, strict=True)}


def serve_ecb(fake: FakeProvider, daily: dict[D, dict[str, str]] | None = None,
              history: dict[D, dict[str, str]] | None = None) -> None:
    fake.routes["/eurofxref-daily.xml"] = Reply(ecb_xml(daily or {FRI: basket()}))
    fake.routes["/eurofxref-hist-90d.xml"] = Reply(ecb_xml(history or week()))


async def healthy(fake: FakeProvider, clock: Clock, **changes: Any) -> LiveRates:
    serve_ecb(fake)
    live = LiveRates(config(fake.url, **changes), clock=clock)
    await live.refresh_now()
    return live


def usd(live: LiveRates, as_of: D | None = None) -> tuple[Decimal, D, str, bool]:
    rate = live.book.rate("EUR", "USD", as_of)
    return rate.value, rate.date, rate.source, rate.stale


# --- healthy ---------------------------------------------------------------------------------


@run
async def test_healthy_ecb_replaces_the_snapshot(fake: FakeProvider) -> None:
    live = await healthy(fake, Clock(SAT_MORNING))
    rate = live.book.rate("EUR", "USD")
    assert (rate.value, rate.date, rate.source, rate.stale) == (Decimal("1.2500"), FRI, "ecb", False)
    assert rate.requested_date is None and not rate.indicative
    assert live.book.rate("GBP", "USD").value == Decimal("1.5625")  # 1.2500 / 0.80000
    assert live.status()[0] == ProviderStatus(
        name="ecb",
        last_success=SAT_MORNING,
        last_error=None,
        last_error_at=None,
        rates_date=FRI,
        coverage=30,  # ECB's basket of 29 and EUR
        stale=False,
        next_refresh_at=SAT_MORNING + datetime.timedelta(seconds=60),
    )
    assert fake.paths() == ["/eurofxref-daily.xml", "/eurofxref-hist-90d.xml"]
    assert fake.seen[0].headers["User-Agent"].startswith("paynorm/")
    await live.stop()


@run
async def test_what_ecb_does_not_publish_still_comes_from_the_floor(fake: FakeProvider) -> None:
    live = await healthy(fake, Clock(SAT_MORNING))
    assert live.book.rate("USD", "AED").value == Decimal("3.6725")
    assert live.book.rate("EUR", "AED").source == "ecb+peg"
    vnd = live.book.rate("EUR", "VND")
    assert (vnd.source, vnd.indicative, vnd.cadence) == ("nbp", True, "weekly")
    assert live.book.currencies()["USD"] == "ecb" and live.book.currencies()["VND"] == "nbp"
    assert live.book.latest_date() == FRI
    assert live.ready()


# --- the "done when" -----------------------------------------------------------------


@run
async def test_provider_stops_rates_stay_then_turn_stale(fake: FakeProvider) -> None:
    environ = {
        "PAYNORM_RATE_PROVIDERS": "ecb,embedded",
        "PAYNORM_ECB_URL": fake.url,
        "PAYNORM_RATE_REFRESH_SECONDS": "60",
        "PAYNORM_RATE_CONNECT_TIMEOUT": "0.5",
        "PAYNORM_RATE_READ_TIMEOUT": "0.5",
    }
    serve_ecb(fake)
    clock = Clock(SAT_MORNING)
    live = LiveRates(replace(RatesConfig.from_env(environ), retry_backoff=0.01), clock=clock)
    await live.refresh_now()
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)

    fake.stop()
    await live.refresh_now()
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)
    ecb = live.status()[0]
    assert ecb.last_error is not None
    assert ecb.last_error.startswith(f"GET {fake.url}eurofxref-daily.xml: ConnectError")
    assert (ecb.last_success, ecb.last_error_at, ecb.rates_date) == (SAT_MORNING, SAT_MORNING, FRI)

    # Monday's table is due at 16:00 CET (15:00 UTC); stale after the margin (1 h) and a refresh (60 s).
    clock.now = datetime.datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    assert usd(live)[3] is False and live.status()[0].stale is False
    clock.now = datetime.datetime(2026, 11, 30, 16, 2, tzinfo=UTC)
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", True)
    assert live.status()[0].stale is True

    # Asked for the weekend, Friday's rate is the right one and not stale.
    saturday = live.book.rate("EUR", "USD", SAT)
    assert (saturday.value, saturday.date, saturday.requested_date, saturday.stale) == (
        Decimal("1.2500"), FRI, SAT, False,
    )


# --- broken providers: the last good table stays, the error is shown ------------------------

BROKEN: dict[str, tuple[Reply, str]] = {
    "http 500": (Reply(b"oops", status=500, content_type="text/plain"), "HTTP 500 Internal Server Error"),
    "http 404": (Reply(b"gone", status=404, content_type="text/plain"), "HTTP 404 Not Found"),
    "garbage": (Reply(b"\x00\x01 definitely not xml"), "ECB daily XML is not well-formed: "),
    "truncated xml": (Reply(ecb_xml({MON: basket()})[:400]), "ECB daily XML is not well-formed: "),
    "html page": (
        Reply(b"<!DOCTYPE html><html><body>Maintenance</body></html>", content_type="text/html"),
        "eurofxref-daily.xml answered with an HTML page, not ECB daily XML.",
    ),
    "redirect to html": (
        Reply(status=302, headers={"Location": "/maintenance.html"}),
        "maintenance.html answered with an HTML page, not ECB daily XML.",
    ),
    "empty": (Reply(b""), "eurofxref-daily.xml answered with an empty body, not ECB daily XML."),
    "missing currencies": (
        Reply(ecb_xml({MON: {c: r for c, r in basket().items() if c not in ("JPY", "CHF")}})),
        "ECB daily XML of 2026-11-30 lacks CHF, JPY.",
    ),
    "wrong root": (Reply(b"<rates><USD>1.2</USD></rates>"), "ECB daily XML has <rates> where gesmes:Envelope belongs."),
    "zero rate": (Reply(ecb_xml({MON: basket(usd="0")})), "ECB daily XML of 2026-11-30 has rate='0' for USD, not a positive number."),
    "slow": (Reply(ecb_xml({MON: basket()}), delay=3.0), "timed out (ReadTimeout)"),
    "megabytes, declared": (Reply(b"<" * 2_000_000), "body of 2000000 bytes declared, over the 100000 byte cap"),
    "megabytes, streamed": (Reply(b"<" * 2_000_000, declare_length=False), "body larger than the 100000 byte cap"),
    "never-ending body": (Reply(b"<Cube/>", trickle=0.02), "no complete answer within the 0.8 s fetch deadline"),
}  # fmt: skip


@pytest.mark.parametrize("scenario", list(BROKEN))
@run
async def test_broken_provider_keeps_the_last_good_table(fake: FakeProvider, scenario: str) -> None:
    reply, message = BROKEN[scenario]
    clock = Clock(SAT_MORNING)
    live = await healthy(fake, clock, max_payload_bytes=100_000, fetch_deadline=0.8)
    fake.routes["/eurofxref-daily.xml"] = reply
    fake.routes["/maintenance.html"] = Reply(b"<html>back soon</html>", content_type="text/html")
    clock.now = datetime.datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

    started = time.perf_counter()
    await live.refresh_now()
    assert time.perf_counter() - started < 1.5  # timeouts and the deadline bound every fetch

    ecb = live.status()[0]
    assert ecb.last_error is not None and message in ecb.last_error
    assert (ecb.last_success, ecb.last_error_at, ecb.rates_date) == (SAT_MORNING, clock.now, FRI)
    assert ecb.next_refresh_at == clock.now + datetime.timedelta(seconds=30)  # failure_backoff
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)  # Monday 12:00: not due yet


@run
async def test_error_names_the_status_and_url_exactly(fake: FakeProvider) -> None:
    fake.routes["/eurofxref-daily.xml"] = Reply(b"oops", status=503, content_type="text/plain")
    live = LiveRates(config(fake.url), clock=Clock(SAT_MORNING))
    await live.refresh_now()
    assert live.status()[0].last_error == (
        f"GET {fake.url}eurofxref-daily.xml: HTTP 503 Service Unavailable."
    )
    assert fake.paths() == ["/eurofxref-daily.xml"] * 2  # retried once, as configured


@run
async def test_down_from_the_start_serves_the_embedded_floor() -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    live = LiveRates(config(url), clock=Clock(SAT_MORNING))
    await live.refresh_now()
    assert usd(live) == (Decimal("1.1172"), EMBEDDED_DATE, "ecb", True)  # the snapshot, a month old
    ecb, embedded, nbp = live.status()
    assert ecb.last_success is None and ecb.rates_date is None and ecb.coverage == 0 and ecb.stale
    assert ecb.last_error is not None and "ConnectError" in ecb.last_error
    assert (embedded.name, embedded.rates_date, embedded.coverage, embedded.stale) == (
        "embedded", EMBEDDED_DATE, 43, True,  # ECB's 29, EUR and 13 pegs
    )
    assert (nbp.name, nbp.indicative, nbp.rates_date) == ("nbp", True, D(2026, 10, 26))
    assert live.ready()
    await live.stop()


@run
async def test_failures_back_off_exponentially_then_recover(fake: FakeProvider) -> None:
    clock = Clock(SAT_MORNING)
    fake.routes["/eurofxref-daily.xml"] = Reply(b"oops", status=500)
    fake.routes["/eurofxref-hist-90d.xml"] = Reply(ecb_xml(week()))
    live = LiveRates(config(fake.url, retries=0, refresh_seconds=100.0), clock=clock)
    waits = []
    for _ in range(4):
        await live.refresh_now()
        waits.append((live.status()[0].next_refresh_at - clock.now).total_seconds())
    assert waits == [30.0, 60.0, 100.0, 100.0]  # doubling from failure_backoff, capped at refresh

    fake.routes["/eurofxref-daily.xml"] = Reply(ecb_xml({FRI: basket()}))
    clock.now += datetime.timedelta(minutes=5)
    await live.refresh_now()
    ecb = live.status()[0]
    assert (ecb.last_success, ecb.rates_date, ecb.stale) == (clock.now, FRI, False)
    assert ecb.last_error_at is not None and ecb.last_error_at < ecb.last_success  # history, kept
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)


@run
async def test_a_retry_within_one_fetch_recovers(fake: FakeProvider) -> None:
    serve_ecb(fake)
    fake.routes["/eurofxref-daily.xml"] = [Reply(b"", status=502), Reply(ecb_xml({FRI: basket()}))]
    live = LiveRates(config(fake.url), clock=Clock(SAT_MORNING))
    await live.refresh_now()
    assert live.status()[0].last_error is None
    assert fake.paths()[:2] == ["/eurofxref-daily.xml"] * 2


@run
async def test_only_due_providers_are_fetched_by_the_loop(fake: FakeProvider) -> None:
    clock = Clock(SAT_MORNING)
    live = await healthy(fake, clock)
    await live._refresh(force=False)
    assert len(fake.seen) == 2  # fresh for refresh_seconds
    clock.now += datetime.timedelta(seconds=61)
    await live._refresh(force=False)
    assert fake.paths()[2:] == ["/eurofxref-daily.xml"]  # no gap, so no history


# --- calendar gaps ---------------------------------------------------------------------------


@run
async def test_weekend_as_of_uses_the_friday_rate(fake: FakeProvider) -> None:
    live = await healthy(fake, Clock(datetime.datetime(2026, 11, 29, 20, 0, tzinfo=UTC)))
    for day in (SAT, SUN):
        rate = live.book.rate("EUR", "USD", day)
        assert (rate.value, rate.date, rate.source, rate.requested_date, rate.stale) == (
            Decimal("1.2500"), FRI, "ecb", day, False,
        )
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)  # Sunday: nothing newer is due
    assert usd(live, D(2026, 11, 24)) == (Decimal("1.2200"), D(2026, 11, 24), "ecb", False)


@run
async def test_christmas_as_of_uses_christmas_eve(fake: FakeProvider) -> None:
    days = [D(2026, 12, 22), D(2026, 12, 23), D(2026, 12, 24), D(2026, 12, 28)]
    history = {day: basket(f"1.30{i}0") for i, day in enumerate(days)}
    serve_ecb(fake, {days[-1]: history[days[-1]]}, history)
    clock = Clock(datetime.datetime(2026, 12, 27, 12, 0, tzinfo=UTC))
    live = LiveRates(config(fake.url), clock=clock)
    await live.refresh_now()
    for day in (D(2026, 12, 25), D(2026, 12, 26), D(2026, 12, 27)):  # TARGET holidays, Sunday
        rate = live.book.rate("EUR", "USD", day)
        assert (rate.value, rate.date, rate.requested_date, rate.stale) == (
            Decimal("1.3020"), D(2026, 12, 24), day, False,
        )
    assert usd(live, D(2026, 12, 28)) == (Decimal("1.3030"), D(2026, 12, 28), "ecb", False)


@run
async def test_a_missed_business_day_is_flagged_stale(fake: FakeProvider) -> None:
    history = {day: rates for day, rates in week().items() if day != D(2026, 11, 25)}
    serve_ecb(fake, history=history)
    live = LiveRates(config(fake.url), clock=Clock(SAT_MORNING))
    await live.refresh_now()
    # Wednesday is a TARGET day: Tuesday's rate for it is the newest there is, but stale.
    assert usd(live, D(2026, 11, 25)) == (Decimal("1.2200"), D(2026, 11, 24), "ecb", True)


@run
async def test_history_fills_the_gap_after_downtime(fake: FakeProvider) -> None:
    before = D(2026, 11, 20)
    serve_ecb(fake, {before: basket("1.2000")}, {before: basket("1.2000")})
    clock = Clock(datetime.datetime(2026, 11, 20, 18, 0, tzinfo=UTC))
    live = LiveRates(config(fake.url), clock=clock)
    await live.refresh_now()
    await live.refresh_now()
    assert fake.paths() == ["/eurofxref-daily.xml", "/eurofxref-hist-90d.xml", "/eurofxref-daily.xml"]

    serve_ecb(fake, {FRI: basket()}, {before: basket("1.2000"), **week()})  # back a week later
    clock.now = datetime.datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
    await live.refresh_now()
    assert fake.paths()[3:] == ["/eurofxref-daily.xml", "/eurofxref-hist-90d.xml"]
    assert usd(live, D(2026, 11, 24)) == (Decimal("1.2200"), D(2026, 11, 24), "ecb", False)
    assert usd(live, before) == (Decimal("1.2000"), before, "ecb", False)


@run
async def test_history_that_fails_leaves_the_daily_table_in_use(fake: FakeProvider) -> None:
    serve_ecb(fake)
    fake.routes["/eurofxref-hist-90d.xml"] = Reply(b"nope", status=404)
    live = LiveRates(config(fake.url), clock=Clock(SAT_MORNING))
    await live.refresh_now()
    ecb = live.status()[0]
    assert ecb.last_success == SAT_MORNING and ecb.last_error is not None
    assert ecb.last_error.startswith("history not filled: GET ") and "HTTP 404" in ecb.last_error
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)


# --- never blocking ----------------------------------------------------------------------------


@run
async def test_a_hanging_refresh_never_blocks_lookups(fake: FakeProvider) -> None:
    fake.routes["/eurofxref-daily.xml"] = Reply(ecb_xml({FRI: basket()}), delay=4.0)
    live = LiveRates(
        config(fake.url, read_timeout=10.0, fetch_deadline=10.0), clock=Clock(SAT_MORNING)
    )
    await live.start()
    slowest, lookups, started = 0.0, 0, time.perf_counter()
    while time.perf_counter() - started < 1.0:
        before = time.perf_counter()
        live.book.rate("GBP", "USD")
        live.book.convert(Decimal(1000), "VND", "USD")
        slowest, lookups = max(slowest, time.perf_counter() - before), lookups + 1
        await asyncio.sleep(0.005)
    in_thread = await asyncio.to_thread(live.book.rate, "EUR", "JPY")  # as a sync route would
    assert lookups > 50 and slowest < 0.05
    assert in_thread.source == "ecb" and in_thread.date == EMBEDDED_DATE
    assert live.status()[0].last_success is None  # the fetch is still hanging
    assert fake.paths() == ["/eurofxref-daily.xml"]

    before = time.perf_counter()
    await live.stop()
    assert time.perf_counter() - before < 0.5  # stop cancels the hanging fetch


@run
async def test_background_loop_refreshes_without_being_asked(fake: FakeProvider) -> None:
    serve_ecb(fake)
    live = LiveRates(config(fake.url), clock=Clock(SAT_MORNING))
    await live.start()
    await live.start()  # idempotent
    for _ in range(300):
        if live.book.rate("EUR", "USD").source == "ecb" and live.status()[0].last_success:
            break
        await asyncio.sleep(0.01)
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)
    await live.stop()
    await live.stop()  # idempotent
    assert live._task is None and live._client is None


@run
async def test_embedded_only_needs_no_network() -> None:
    live = LiveRates(RatesConfig(), clock=Clock(SAT_MORNING))
    await live.start()
    assert live._task is None  # nothing to refresh
    assert [s.name for s in live.status()] == ["embedded", "nbp"]
    assert live.ready() and usd(live)[1:3] == (EMBEDDED_DATE, "ecb")
    await live.stop()


# --- Frankfurter and openexchangerates ---------------------------------------------------------


@run
async def test_frankfurter_v1(fake: FakeProvider) -> None:
    fake.routes["/v1/latest"] = Reply(frankfurter_v1_latest(FRI, basket()), content_type="application/json")
    fake.routes["/v1/2026-08-29..2026-11-27"] = Reply(frankfurter_v1_series(week()), content_type="application/json")
    cfg = config(fake.url, providers=("frankfurter",), frankfurter_url=fake.url + "v1/")
    live = LiveRates(cfg, clock=Clock(SAT_MORNING))
    await live.refresh_now()
    assert live.status()[0].last_error is None
    assert usd(live) == (Decimal("1.2500"), FRI, "frankfurter", False)
    assert usd(live, D(2026, 11, 23)) == (Decimal("1.2100"), D(2026, 11, 23), "frankfurter", False)
    assert [s.path for s in fake.seen] == ["/v1/latest?base=EUR", "/v1/2026-08-29..2026-11-27?base=EUR"]


def _v2(fake: FakeProvider, day: D, **extra: str) -> None:
    rows = frankfurter_v2_rows({day: basket(**extra)})
    fake.routes["/v2/rates"] = Reply(rows, content_type="application/json")


@run
async def test_frankfurter_v2_widens_coverage_above_nbp(fake: FakeProvider) -> None:
    _v2(fake, FRI, VND="30000.5")
    cfg = config(fake.url, providers=("frankfurter", "embedded"), frankfurter_url=fake.url + "v2/")
    live = LiveRates(cfg, clock=Clock(SAT_MORNING))
    await live.refresh_now()
    vnd = live.book.rate("EUR", "VND")
    assert (vnd.value, vnd.source, vnd.indicative, vnd.stale) == (Decimal("30000.5"), "frankfurter", False, False)
    assert [s.path for s in fake.seen] == [
        "/v2/rates?base=EUR",
        "/v2/rates?base=EUR&from=2026-08-29&to=2026-11-27",
    ]
    assert live.status()[0].coverage == 31  # the basket, VND and EUR


@run
async def test_first_fresh_provider_wins_per_currency(fake: FakeProvider) -> None:
    # Frankfurter (first) stopped at 20 November; ECB (second) is current.
    _v2(fake, D(2026, 11, 20), usd="1.1900", VND="30000.5")
    serve_ecb(fake)
    cfg = config(fake.url, providers=("frankfurter", "ecb", "embedded"), frankfurter_url=fake.url + "v2/")
    live = LiveRates(cfg, clock=Clock(SAT_MORNING))
    await live.refresh_now()
    assert usd(live) == (Decimal("1.2500"), FRI, "ecb", False)  # fresh beats first
    vnd = live.book.rate("EUR", "VND")  # nobody fresh: the newest, still flagged, beats NBP
    assert (vnd.value, vnd.source, vnd.stale) == (Decimal("30000.5"), "frankfurter", True)
    assert live.book.currencies()["EUR"] == "frankfurter"

    _v2(fake, FRI, usd="1.2600", VND="30000.5")
    await live.refresh_now()
    assert usd(live) == (Decimal("1.2600"), FRI, "frankfurter", False)  # both fresh: order wins


FRANKFURTER_BROKEN = {
    "garbage": (b"{not json", "Frankfurter JSON is not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)."),
    "other base": (b'{"base": "USD", "date": "2026-11-27", "rates": {"EUR": 0.8}}',
                   "Frankfurter JSON is quoted against 'USD', not EUR."),
    "missing currencies": (b'[{"date": "2026-11-27", "base": "EUR", "quote": "USD", "rate": 1.25}]',
                           "Frankfurter JSON latest lacks AUD, CAD, CHF, CNY, GBP, JPY, NOK, PLN, SEK."),
    "text rate": (b'{"base": "EUR", "date": "2026-11-27", "rates": {"USD": true}}',
                  "Frankfurter JSON of 2026-11-27 has rate True for USD, not a positive number."),
}  # fmt: skip


@pytest.mark.parametrize("scenario", list(FRANKFURTER_BROKEN))
@run
async def test_frankfurter_broken(fake: FakeProvider, scenario: str) -> None:
    body, message = FRANKFURTER_BROKEN[scenario]
    fake.routes["/v1/latest"] = Reply(body, content_type="application/json")
    cfg = config(fake.url, providers=("frankfurter",), frankfurter_url=fake.url + "v1/")
    live = LiveRates(cfg, clock=Clock(SAT_MORNING))
    await live.refresh_now()
    assert live.status()[0].last_error == message
    assert usd(live)[1:3] == (EMBEDDED_DATE, "ecb")


OXR_LATEST = (
    b'{"disclaimer": "...", "license": "...", "timestamp": 1795860000, "base": "USD", "rates": '
    b'{"EUR": 0.8, "GBP": 0.75, "JPY": 150, "CHF": 0.8, "CAD": 1.4, "AUD": 1.5, "CNY": 7.2,'
    b' "SEK": 10.4, "NOK": 11, "PLN": 3.6, "USD": 1, "VND": 26000}}'
)


@run
async def test_openexchangerates_with_an_app_id(fake: FakeProvider) -> None:
    fake.routes["/api/latest.json"] = Reply(OXR_LATEST, content_type="application/json")
    cfg = config(fake.url, providers=("openexchangerates", "embedded"), oxr_url=fake.url + "api/",
                 oxr_app_id="s3cret")
    live = LiveRates(cfg, clock=Clock(SAT_MORNING))
    await live.refresh_now()
    assert fake.seen[0].path == "/api/latest.json?app_id=s3cret"
    rate = live.book.rate("EUR", "VND")
    assert (rate.value, rate.date, rate.source) == (Decimal(32500), SAT, "openexchangerates")
    assert usd(live) == (Decimal("1.25"), SAT, "openexchangerates", False)


@run
async def test_openexchangerates_errors_never_show_the_app_id(fake: FakeProvider) -> None:
    fake.routes["/api/latest.json"] = Reply(b'{"error": true, "status": 401}', status=401)
    cfg = config(fake.url, providers=("openexchangerates",), oxr_url=fake.url + "api/",
                 oxr_app_id="s3cret")
    live = LiveRates(cfg, clock=Clock(SAT_MORNING))
    await live.refresh_now()
    error = live.status()[0].last_error
    assert error == f"GET {fake.url}api/latest.json: HTTP 401 Unauthorized."
