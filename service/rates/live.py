"""LiveRates: the current RateBook, kept up to date from live providers in the background.

Failure policy, in one place:

* A request never waits on a provider. ``book`` is an attribute read; a refresh builds a new
  RateBook and swaps it in whole.
* The embedded snapshot, the pegs and NBP's tables are loaded at construction and are always
  the floor, so the service is ready before any fetch and stays so when every provider is down.
* One refresh at a time (a lock). Each provider's fetch has timeouts, retries and a deadline
  (service.rates.providers.fetching); a failed one is tried again after ``failure_backoff``
  seconds, doubling per consecutive failure up to ``refresh_seconds``.
* A provider's last good rates are kept apart from the TTL cache that only says when it is due
  again, so they are served after any number of failures; every table fetched is kept, as
  published rates never change. They are marked stale once the provider's next publication
  is overdue by ``stale_margin + refresh_seconds``, and ``status()`` shows the last error.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from cachetools import TTLCache

from service.rates.book import MAX_GAP, RateBook, StaleAfter
from service.rates.config import EMBEDDED, RatesConfig
from service.rates.embedded import embedded_source
from service.rates.model import Freshness, RatesError, RateSource, Series, SeriesSource
from service.rates.nbp import nbp_source
from service.rates.pegs import PEGS
from service.rates.providers.fetching import FetchLimits, new_client
from service.rates.schedule import PublicationSchedule, aware, utc_now

if TYPE_CHECKING:  # providers and httpx load only when a live provider is configured
    import httpx

    from service.rates.providers.base import Provider

log = logging.getLogger("paynorm.rates")

BASE = "EUR"
_EMBEDDED_STALE_AFTER = datetime.timedelta(days=7)  # RateBook's default, as before live rates
_MIN_SLEEP = 0.01  # seconds; the loop never spins even if a clock stands still


@dataclass(frozen=True, slots=True)
class ProviderStatus:
    name: str
    last_success: datetime.datetime | None
    last_error: str | None
    last_error_at: datetime.datetime | None
    rates_date: datetime.date | None  # the newest day it has published that we hold
    coverage: int  # currencies it prices today, its base included
    stale: bool
    next_refresh_at: datetime.datetime | None  # None: never refreshed (embedded tiers)
    indicative: bool = False


@dataclass(eq=False)
class _Live:
    """One network provider's state; only the refresh writes it."""

    provider: Provider
    freshness: Freshness
    days: dict[datetime.date, dict[str, Decimal]] = field(default_factory=dict)
    source: SeriesSource | None = None
    last_success: datetime.datetime | None = None
    last_error: str | None = None
    last_error_at: datetime.datetime | None = None
    failures: int = 0
    next_refresh_at: datetime.datetime | None = None


def build_provider(name: str, config: RatesConfig) -> Provider:
    from service.rates.providers.ecb import Ecb
    from service.rates.providers.frankfurter import Frankfurter
    from service.rates.providers.oxr import OpenExchangeRates

    if name == "ecb":
        return Ecb(config.ecb_url)
    if name == "frankfurter":
        return Frankfurter(config.frankfurter_url)
    if name == "openexchangerates":
        assert config.oxr_app_id, "RatesConfig checks the app id"
        return OpenExchangeRates(config.oxr_url, config.oxr_app_id)
    raise ValueError(f"No live provider is called {name!r}.")


class LiveRates:
    """The one object the app holds: ``book`` per request, ``start``/``stop`` in its lifespan."""

    def __init__(
        self,
        config: RatesConfig,
        *,
        clock: Callable[[], datetime.datetime] = utc_now,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config
        self._clock = clock
        self._transport = transport
        self._order = _with_floor(config.providers)
        # A new table can arrive up to refresh_seconds after it is published: part of the margin.
        margin = datetime.timedelta(seconds=config.stale_margin + config.refresh_seconds)
        self._live: dict[str, _Live] = {}
        for name in self._order:
            if name != EMBEDDED:
                provider = build_provider(name, config)
                schedule = PublicationSchedule(provider.next_publication, margin, self._now)
                self._live[name] = _Live(provider, schedule)
        self._limits = FetchLimits(
            max_bytes=config.max_payload_bytes,
            deadline=config.fetch_deadline,
            retries=config.retries,
            backoff=config.retry_backoff,
        )
        # Only says who is due: an entry expires after refresh_seconds. The rates themselves
        # live in _Live.days, which nothing expires.
        self._fresh: TTLCache[str, datetime.date] = TTLCache(
            maxsize=max(len(self._live), 1),
            ttl=config.refresh_seconds,
            timer=lambda: self._now().timestamp(),
        )
        self._embedded = embedded_source()
        self._nbp = nbp_source()
        self._default = StaleAfter(_EMBEDDED_STALE_AFTER, self._today)
        self._loaded_at = self._now()
        self._lock: asyncio.Lock | None = None
        self._client: httpx.AsyncClient | None = None
        self._task: asyncio.Task[None] | None = None
        self._book = self._build()

    @property
    def book(self) -> RateBook:
        return self._book

    async def start(self) -> None:
        """Open the HTTP client and start refreshing in the background; returns at once."""
        self._open()
        if self._live and self._task is None:
            self._task = asyncio.create_task(self._run(), name="paynorm-rates-refresh")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
        self._lock = None

    async def refresh_now(self) -> None:
        """Fetch every live provider once, due or not."""
        await self._refresh(force=True)

    def ready(self) -> bool:
        return any(source.series() for source in self._sources())

    def status(self) -> list[ProviderStatus]:
        rows = [self._embedded_status() if n == EMBEDDED else self._live_status(n) for n in self._order]
        return [*rows, self._nbp_status()]

    # --- refresh ------------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            try:
                await self._refresh(force=False)
            except Exception:  # never let one bad cycle end refreshing for good
                log.exception("rates refresh cycle failed")
            await asyncio.sleep(self._seconds_to_next())

    async def _refresh(self, *, force: bool) -> None:
        lock, client = self._open()
        async with lock:
            due = [live for name, live in self._live.items() if force or self._due(name, live)]
            await asyncio.gather(*(self._refresh_one(client, live) for live in due))

    async def _refresh_one(self, client: httpx.AsyncClient, live: _Live) -> None:
        name = live.provider.name
        newest_known = max(live.days) if live.days else None
        try:
            fetched = await live.provider.fetch(client, self._limits, newest_known)
        except RatesError as exc:
            self._failed(live, str(exc))
            return
        except Exception as exc:  # a parser bug is a failed fetch, not a dead refresh loop
            log.exception("rates provider %s raised", name)
            self._failed(live, f"{type(exc).__name__}: {exc}")
            return
        now = self._now()
        live.days.update((day, dict(table)) for day, table in fetched.days.items())
        live.source = SeriesSource(name, BASE, _series(live.days), live.freshness)
        live.last_success, live.failures = now, 0
        if fetched.problems:
            live.last_error, live.last_error_at = "; ".join(fetched.problems), now
        live.next_refresh_at = now + datetime.timedelta(seconds=self.config.refresh_seconds)
        self._fresh[name] = max(live.days)
        self._book = self._build()
        log.info("rates from %s refreshed: %s", name, max(live.days).isoformat())

    def _failed(self, live: _Live, error: str) -> None:
        now = self._now()
        live.failures += 1
        live.last_error, live.last_error_at = error, now
        wait = min(
            self.config.failure_backoff * 2 ** (live.failures - 1), self.config.refresh_seconds
        )
        live.next_refresh_at = now + datetime.timedelta(seconds=wait)
        log.warning("rates from %s failed (%d in a row): %s", live.provider.name, live.failures, error)

    def _due(self, name: str, live: _Live) -> bool:
        if name in self._fresh:
            return False
        return live.next_refresh_at is None or self._now() >= live.next_refresh_at

    def _seconds_to_next(self) -> float:
        now = self._now()
        waits = [
            (live.next_refresh_at - now).total_seconds()
            for live in self._live.values()
            if live.next_refresh_at is not None
        ]
        return min(max(min(waits, default=0.0), _MIN_SLEEP), self.config.refresh_seconds)

    def _open(self) -> tuple[asyncio.Lock, httpx.AsyncClient]:
        if self._lock is None:
            self._lock = asyncio.Lock()
        if self._client is None:
            self._client = new_client(
                self.config.connect_timeout, self.config.read_timeout, self._transport
            )
        return self._lock, self._client

    # --- the book and its status --------------------------------------------------------------

    def _sources(self) -> list[RateSource]:
        sources: list[RateSource] = []
        for name in self._order:
            if name == EMBEDDED:
                sources.append(self._embedded)
            elif (source := self._live[name].source) is not None:
                sources.append(source)
        return sources

    def _build(self) -> RateBook:
        return RateBook(self._sources(), today=self._today, indicative=[self._nbp])

    def _live_status(self, name: str) -> ProviderStatus:
        live = self._live[name]
        newest = max(live.days) if live.days else None
        return ProviderStatus(
            name=name,
            last_success=live.last_success,
            last_error=live.last_error,
            last_error_at=live.last_error_at,
            rates_date=newest,
            coverage=_coverage(live.source.series() if live.source else {}, BASE),
            stale=newest is None or live.freshness.stale(newest, None),
            next_refresh_at=live.next_refresh_at,
        )

    def _embedded_status(self) -> ProviderStatus:
        newest = max(s.last for s in self._embedded.series().values())
        return ProviderStatus(
            name=EMBEDDED,
            last_success=self._loaded_at,
            last_error=None,
            last_error_at=None,
            rates_date=newest,
            coverage=_coverage(self._embedded.series(), BASE, (peg.code for peg in PEGS)),
            stale=self._default.stale(newest, None),
            next_refresh_at=None,
        )

    def _nbp_status(self) -> ProviderStatus:
        newest = max(s.last for s in self._nbp.series().values())
        return ProviderStatus(
            name=self._nbp.name,
            last_success=self._loaded_at,
            last_error=None,
            last_error_at=None,
            rates_date=newest,
            coverage=_coverage(self._nbp.series(), self._nbp.base),
            stale=self._default.stale(newest, None),
            next_refresh_at=None,
            indicative=True,
        )

    def now(self) -> datetime.datetime:
        """The clock this instance judges staleness by (injected in tests)."""
        return aware(self._clock())

    def _now(self) -> datetime.datetime:
        return self.now()

    def _today(self) -> datetime.date:
        return self._now().date()


def _with_floor(providers: tuple[str, ...]) -> tuple[str, ...]:
    """The embedded snapshot is always there; last unless placed elsewhere on purpose.

    >>> _with_floor(("ecb",)), _with_floor(("embedded", "ecb"))
    (('ecb', 'embedded'), ('embedded', 'ecb'))
    """
    return providers if EMBEDDED in providers else (*providers, EMBEDDED)


def _series(days: Mapping[datetime.date, Mapping[str, Decimal]]) -> dict[str, Series]:
    """Day tables to one ascending series per currency; the base itself is 1 and left out.

    >>> d1, d2 = datetime.date(2026, 11, 26), datetime.date(2026, 11, 27)
    >>> _series({d2: {"USD": Decimal("1.2")}, d1: {"USD": Decimal("1.1"), "EUR": Decimal(1)}})
    {'USD': Series(dates=(datetime.date(2026, 11, 26), datetime.date(2026, 11, 27)), values=(Decimal('1.1'), Decimal('1.2')))}
    """
    columns: dict[str, tuple[list[datetime.date], list[Decimal]]] = {}
    for day in sorted(days):
        for code, value in days[day].items():
            dates, values = columns.setdefault(code, ([], []))
            dates.append(day)
            values.append(value)
    return {
        code: Series(tuple(dates), tuple(values))
        for code, (dates, values) in columns.items()
        if code != BASE
    }


def _coverage(series: Mapping[str, Series], base: str, extra: Iterable[str] = ()) -> int:
    """Currencies still published (within MAX_GAP of the newest day), the base and `extra`."""
    if not series:
        return 0
    newest = max(s.last for s in series.values())
    current = {code for code, s in series.items() if newest - s.last <= MAX_GAP}
    return len(current | {base} | set(extra))
