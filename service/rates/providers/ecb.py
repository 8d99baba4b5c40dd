"""ECB's euro reference rates: eurofxref-daily.xml, and eurofxref-hist-90d.xml to fill gaps.

Both files are one gesmes:Envelope holding ``<Cube><Cube time="YYYY-MM-DD"><Cube currency="USD"
rate="1.0919"/>...`` with units of currency per 1 EUR, newest day first. Anything else is an
upstream surprise and fails the fetch: the last good table stays in use.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from urllib.parse import urljoin
from xml.etree import ElementTree

import httpx

from service.rates.model import RateDataError, RatesError
from service.rates.providers.base import Fetched, positive, require
from service.rates.providers.fetching import FetchLimits, expect_document, fetch
from service.rates.schedule import ecb_next_publication, target_days_between

NAME = "ecb"
DAILY = "eurofxref-daily.xml"
HISTORY = "eurofxref-hist-90d.xml"
_ACCEPT = "application/xml, text/xml;q=0.9"
_GESMES = "{http://www.gesmes.org/xml/2002-08-01}"
_EUROFXREF = "{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}"
_CODE = re.compile(r"[A-Z]{3}")

# Every currency ECB has quoted daily since BGN left for the euro on 2026-01-01. A day without
# one of them is a truncated or doctored file; if ECB drops one for good, remove it here.
BASKET = (
    "USD", "JPY", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF",
    "ISK", "NOK", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS",
    "INR", "KRW", "MXN", "MYR", "NZD", "PHP", "SGD", "THB", "ZAR",
)  # fmt: skip


def parse(body: bytes, what: str = "ECB XML") -> dict[datetime.date, dict[str, Decimal]]:
    """Every day of an ECB reference-rate file.

    >>> xml = b'''<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
    ...   xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube>
    ...   <Cube time="2026-11-27"><Cube currency="USD" rate="1.0919"/></Cube></Cube>
    ... </gesmes:Envelope>'''
    >>> parse(xml)
    {datetime.date(2026, 11, 27): {'USD': Decimal('1.0919')}}
    >>> parse(xml[:-20])
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: ECB XML is not well-formed: unclosed token: line 3, column 69.
    """
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise RateDataError(f"{what} declares a DTD or entities; refused.")
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise RateDataError(f"{what} is not well-formed: {exc}.") from None
    if root.tag != f"{_GESMES}Envelope":
        raise RateDataError(f"{what} has <{_local(root.tag)}> where gesmes:Envelope belongs.")
    days: dict[datetime.date, dict[str, Decimal]] = {}
    for cube in root.iterfind(f"{_EUROFXREF}Cube/{_EUROFXREF}Cube"):
        day = _day(cube.get("time"), what)
        if day in days:
            raise RateDataError(f"{what} has {day.isoformat()} twice.")
        days[day] = _rates(cube, f"{what} of {day.isoformat()}")
    if not days:
        raise RateDataError(f'{what} has no <Cube time="..."> day.')
    return days


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _day(raw: str | None, what: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(raw or "")
    except ValueError:
        raise RateDataError(f"{what} has time={raw!r}, not a date.") from None


def _rates(cube: ElementTree.Element, what: str) -> dict[str, Decimal]:
    rates: dict[str, Decimal] = {}
    for row in cube:
        code, raw = row.get("currency") or "", row.get("rate") or ""
        if not _CODE.fullmatch(code):
            raise RateDataError(f"{what} has currency={code!r}, not a currency code.")
        if code in rates:
            raise RateDataError(f"{what} has {code} twice.")
        rates[code] = positive(raw, f"{what} has rate={raw!r} for {code}")
    if not rates:
        raise RateDataError(f"{what} has no rates.")
    return rates


class Ecb:
    """ECB's files under one base URL (PAYNORM_ECB_URL), as the ECB lays them out."""

    name = NAME

    def __init__(self, base_url: str) -> None:
        self.daily_url = urljoin(base_url, DAILY)
        self.history_url = urljoin(base_url, HISTORY)

    def next_publication(self, day: datetime.date) -> datetime.datetime:
        return ecb_next_publication(day)

    async def fetch(
        self, client: httpx.AsyncClient, limits: FetchLimits, newest_known: datetime.date | None
    ) -> Fetched:
        daily = await self._get(client, limits, self.daily_url, "ECB daily XML")
        newest = max(daily)
        require(daily[newest], BASKET, f"ECB daily XML of {newest.isoformat()}")
        if newest_known is not None and target_days_between(newest_known, newest) == 0:
            return Fetched(daily)
        # First run, or publications were missed while we could not reach the ECB.
        try:
            history = await self._get(client, limits, self.history_url, "ECB 90-day XML")
        except RatesError as exc:
            return Fetched(daily, (f"history not filled: {exc}",))
        return Fetched({**history, **daily})

    async def _get(
        self, client: httpx.AsyncClient, limits: FetchLimits, url: str, what: str
    ) -> dict[datetime.date, dict[str, Decimal]]:
        payload = await fetch(client, url, limits, accept=_ACCEPT)
        return parse(expect_document(payload, what), what)

