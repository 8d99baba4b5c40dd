"""openexchangerates.org, used only with an app id (PAYNORM_OXR_APP_ID).

``GET latest.json?app_id=...`` answers ``{"timestamp": 1764288000, "base": "USD", "rates":
{"EUR": 0.9158, "USD": 1, ...}}``, updated hourly. The book's base is EUR, so every rate is
divided by the EUR one; the day is the timestamp's UTC date. The app id never appears in a
message or a status: errors name the URL without its query.
"""

from __future__ import annotations

import datetime
import json
from decimal import Context, Decimal
from urllib.parse import urljoin

import httpx

from service.rates.model import RateDataError
from service.rates.providers.base import Fetched, positive, require
from service.rates.providers.fetching import FetchLimits, expect_document, fetch
from service.rates.providers.frankfurter import CORE
from service.rates.schedule import next_utc_day

NAME = "openexchangerates"
DEFAULT_URL = "https://openexchangerates.org/api/"
_WHAT = "openexchangerates JSON"
_CONTEXT = Context(prec=28)


def parse(body: bytes, what: str = _WHAT) -> dict[datetime.date, dict[str, Decimal]]:
    """One day of rates per 1 EUR.

    >>> day = parse(b'{"timestamp": 1764288000, "base": "USD", "rates": {"EUR": 0.8, "GBP": 0.75, "USD": 1}}')
    >>> day
    {datetime.date(2025, 11, 28): {'GBP': Decimal('0.9375'), 'USD': Decimal('1.25')}}
    """
    try:
        data = json.loads(body, parse_float=Decimal, parse_int=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RateDataError(f"{what} is not JSON: {exc}.") from None
    if not isinstance(data, dict) or not isinstance(data.get("rates"), dict):
        raise RateDataError(f"{what} has no 'rates' object.")
    base, stamp = data.get("base"), data.get("timestamp")
    if not isinstance(base, str) or len(base) != 3:
        raise RateDataError(f"{what} has base {base!r}, not a currency code.")
    if not isinstance(stamp, Decimal) or not stamp.is_finite():
        raise RateDataError(f"{what} has timestamp {stamp!r}, not a number.")
    day = datetime.datetime.fromtimestamp(int(stamp), datetime.UTC).date()
    per_base = {
        code: positive(raw, f"{what} has rate {raw!r} for {code}")
        for code, raw in data["rates"].items()
    }
    per_base.setdefault(base, Decimal(1))
    if "EUR" not in per_base:
        raise RateDataError(f"{what} lacks EUR, so no rate can be put against it.")
    eur = per_base.pop("EUR")
    return {day: {code: _CONTEXT.divide(value, eur) for code, value in per_base.items()}}


class OpenExchangeRates:
    name = NAME

    def __init__(self, base_url: str, app_id: str) -> None:
        self.latest_url = urljoin(base_url, "latest.json")
        self._app_id = app_id

    def next_publication(self, day: datetime.date) -> datetime.datetime:
        return next_utc_day(day)

    async def fetch(
        self, client: httpx.AsyncClient, limits: FetchLimits, newest_known: datetime.date | None
    ) -> Fetched:
        payload = await fetch(
            client, self.latest_url, limits, accept="application/json", params={"app_id": self._app_id}
        )
        days = parse(expect_document(payload, _WHAT))
        require(next(iter(days.values())), CORE, _WHAT)
        return Fetched(days)
