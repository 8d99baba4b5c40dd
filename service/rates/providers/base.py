"""What every live provider is: a network `fetch` plus a pure parse, and a publication schedule."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

import httpx

from service.rates.model import RateDataError
from service.rates.providers.fetching import FetchLimits

Table = Mapping[datetime.date, Mapping[str, Decimal]]  # day -> code -> units per 1 EUR


@dataclass(frozen=True, slots=True)
class Fetched:
    days: Table
    # A part that failed without spoiling the rest, e.g. the history that fills a gap.
    problems: tuple[str, ...] = ()


class Provider(Protocol):
    @property
    def name(self) -> str: ...

    def next_publication(self, day: datetime.date) -> datetime.datetime:
        """When the table after the one dated `day` is due."""
        ...

    async def fetch(
        self, client: httpx.AsyncClient, limits: FetchLimits, newest_known: datetime.date | None
    ) -> Fetched:
        """The newest table, plus enough history to fill any gap after `newest_known`."""
        ...


def require(codes: Iterable[str], required: Iterable[str], what: str) -> None:
    """A table without currencies it always carries is a broken fetch, not a smaller table.

    >>> require(["USD", "GBP"], ["USD", "JPY", "GBP", "CHF"], "ECB XML of 2026-11-27")
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: ECB XML of 2026-11-27 lacks CHF, JPY.
    """
    missing = sorted(set(required) - set(codes))
    if missing:
        raise RateDataError(f"{what} lacks {', '.join(missing)}.")


def positive(raw: object, what: str) -> Decimal:
    """A finite positive Decimal from text (or a Decimal from a JSON parse), or RateDataError.

    >>> positive("1.09", "USD is 1.09")
    Decimal('1.09')
    >>> positive("0", "USD is 0")
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: USD is 0, not a positive number.
    """
    try:
        value = Decimal(raw) if isinstance(raw, (str, Decimal)) else Decimal("NaN")
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value <= 0:
        raise RateDataError(f"{what}, not a positive number.")
    return value
