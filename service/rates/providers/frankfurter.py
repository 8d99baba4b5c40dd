"""Any Frankfurter-compatible API (PAYNORM_FRANKFURTER_URL), public or self-hosted.

v2 (a base URL ending in /v2/) blends many central banks, far more currencies than ECB:
``GET rates?base=EUR`` answers ``[{"date": "2026-11-27", "base": "EUR", "quote": "USD",
"rate": 1.0919}, ...]``, and ``&from=...&to=...`` the same rows over a period.
v1 mirrors ECB: ``GET latest?base=EUR`` answers ``{"base": "EUR", "date": "...", "rates":
{"USD": 1.0919}}`` and ``GET 2026-11-01..2026-11-27?base=EUR`` ``{"rates": {"2026-11-02": {...}}}``.
Numbers are read as Decimal, never float.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from decimal import Decimal
from urllib.parse import urljoin, urlsplit

import httpx

from service.rates.model import RateDataError, RatesError
from service.rates.providers.base import Fetched, positive, require
from service.rates.providers.fetching import FetchLimits, expect_document, fetch
from service.rates.schedule import ecb_next_publication, target_days_between

NAME = "frankfurter"
BASE = "EUR"
# Both versions carry ECB's basket; these majors missing means a broken answer.
CORE = ("USD", "JPY", "GBP", "CHF", "CAD", "AUD", "CNY", "SEK", "NOK", "PLN")
HISTORY_DAYS = 90  # on the first run, like ECB's 90-day file
_ACCEPT = "application/json"
_WHAT = "Frankfurter JSON"

Days = dict[datetime.date, dict[str, Decimal]]


def parse(body: bytes, what: str = _WHAT) -> Days:
    """Days of rates per 1 EUR from any of the three answer shapes.

    >>> parse(b'{"amount": 1.0, "base": "EUR", "date": "2026-11-27", "rates": {"USD": 1.0919}}')
    {datetime.date(2026, 11, 27): {'USD': Decimal('1.0919')}}
    >>> parse(b'[{"date": "2026-11-27", "base": "EUR", "quote": "VND", "rate": 28000.5}]')
    {datetime.date(2026, 11, 27): {'VND': Decimal('28000.5')}}
    >>> parse(b'{"base": "USD", "date": "2026-11-27", "rates": {"EUR": 0.9}}')
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: Frankfurter JSON is quoted against 'USD', not EUR.
    """
    try:
        data = json.loads(body, parse_float=Decimal, parse_int=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RateDataError(f"{what} is not JSON: {exc}.") from None
    if isinstance(data, list):
        days = _rows(data, what)
    elif isinstance(data, dict) and isinstance(data.get("rates"), dict):
        _check_base(data.get("base"), what)
        days = _v1(data, what)
    else:
        raise RateDataError(f"{what} is neither a list of rates nor an object with 'rates'.")
    if not days:
        raise RateDataError(f"{what} has no rates.")
    return days


def _check_base(base: object, what: str) -> None:
    if base != BASE:
        raise RateDataError(f"{what} is quoted against {base!r}, not {BASE}.")


def _v1(data: Mapping[str, object], what: str) -> Days:
    rates = data["rates"]
    assert isinstance(rates, dict)
    if "date" in data:  # latest or one day: {"date": ..., "rates": {code: rate}}
        day = _day(data["date"], what)
        return {day: _table(rates, f"{what} of {day.isoformat()}")} if rates else {}
    days: Days = {}
    for raw_day, table in rates.items():
        day = _day(raw_day, what)
        if not isinstance(table, dict):
            raise RateDataError(f"{what} has {table!r} for {day.isoformat()}, not an object of rates.")
        days[day] = _table(table, f"{what} of {day.isoformat()}")
    return days


def _rows(rows: list[object], what: str) -> Days:
    days: Days = {}
    for number, row in enumerate(rows):
        if not isinstance(row, dict) or not {"date", "base", "quote", "rate"} <= row.keys():
            raise RateDataError(f"{what} row {number} is not a date/base/quote/rate object.")
        _check_base(row["base"], what)
        day = _day(row["date"], what)
        table = days.setdefault(day, {})
        code = _code(row["quote"], what)
        if code in table:
            raise RateDataError(f"{what} has {code} twice on {day.isoformat()}.")
        table[code] = positive(row["rate"], f"{what} has rate {row['rate']!r} for {code}")
    return days


def _table(rates: Mapping[str, object], what: str) -> dict[str, Decimal]:
    return {
        _code(code, what): positive(raw, f"{what} has rate {raw!r} for {code}")
        for code, raw in rates.items()
    }


def _code(raw: object, what: str) -> str:
    if not (isinstance(raw, str) and len(raw) == 3 and raw.isascii() and raw.isupper() and raw.isalpha()):
        raise RateDataError(f"{what} has {raw!r} where a currency code belongs.")
    return raw


def _day(raw: object, what: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(raw if isinstance(raw, str) else "")
    except ValueError:
        raise RateDataError(f"{what} has {raw!r} where a date belongs.") from None


class Frankfurter:
    name = NAME

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.v2 = "/v2" in urlsplit(base_url).path

    def next_publication(self, day: datetime.date) -> datetime.datetime:
        # Its ECB rates, and most central banks it blends, follow business days near 16:00 CET.
        return ecb_next_publication(day)

    async def fetch(
        self, client: httpx.AsyncClient, limits: FetchLimits, newest_known: datetime.date | None
    ) -> Fetched:
        latest = await self._get(client, limits, *self._latest())
        newest = max(latest)
        require({code for table in latest.values() for code in table}, CORE, f"{_WHAT} latest")
        if newest_known is not None and target_days_between(newest_known, newest) == 0:
            return Fetched(latest)
        start = newest_known or newest - datetime.timedelta(days=HISTORY_DAYS)
        try:
            history = await self._get(client, limits, *self._series(start, newest))
        except RatesError as exc:
            return Fetched(latest, (f"history not filled: {exc}",))
        return Fetched({**history, **latest})

    def _latest(self) -> tuple[str, dict[str, str]]:
        if self.v2:
            return urljoin(self.base_url, "rates"), {"base": BASE}
        return urljoin(self.base_url, "latest"), {"base": BASE}

    def _series(self, start: datetime.date, end: datetime.date) -> tuple[str, dict[str, str]]:
        if self.v2:
            return urljoin(self.base_url, "rates"), {
                "base": BASE,
                "from": start.isoformat(),
                "to": end.isoformat(),
            }
        return urljoin(self.base_url, f"{start.isoformat()}..{end.isoformat()}"), {"base": BASE}

    async def _get(
        self, client: httpx.AsyncClient, limits: FetchLimits, url: str, params: dict[str, str]
    ) -> Days:
        payload = await fetch(client, url, limits, accept=_ACCEPT, params=params)
        return parse(expect_document(payload, _WHAT))
