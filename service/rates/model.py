"""Types shared by the rates layer, and its one error tree.

Errors::

    RatesError                  base of everything this package raises
    ├── UnknownCurrencyError    the code is not a currency at all ("XYZ")
    ├── NoRateError             a real currency with no usable rate ("VND", or "RUB" today)
    ├── DateOutOfRangeError     asked for a day before the currency's first rate
    ├── RateDataError           a source's data broke its own format (fail loudly, never guess)
    └── ProviderError           a live provider could not be fetched: network, HTTP status,
                                size or time limit (its last good table stays in use)

Wiring mistakes (a RateBook without sources, or sources on different bases) raise ValueError.
"""

from __future__ import annotations

import bisect
import datetime
import operator
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Protocol


def is_rate(cell: str) -> bool:
    """A published rate: a finite, positive decimal number.

    >>> is_rate("1.1172"), is_rate("N/A"), is_rate("0"), is_rate("NaN")
    (True, False, False, False)
    """
    try:
        value = Decimal(cell)
    except InvalidOperation:
        return False
    return value.is_finite() and value > 0


class RatesError(Exception):
    """Base class of every error raised by service.rates."""


class UnknownCurrencyError(RatesError):
    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            f"Unknown currency code {code!r}; expected an ISO 4217 code such as 'USD'."
        )


class NoRateError(RatesError):
    def __init__(self, code: str, detail: str, last_available: datetime.date | None = None) -> None:
        self.code = code
        self.last_available = last_available
        super().__init__(f"No rate for {code!r}: {detail}.")


class DateOutOfRangeError(RatesError):
    def __init__(self, code: str, requested: datetime.date, first_available: datetime.date) -> None:
        self.code = code
        self.requested = requested
        self.first_available = first_available
        super().__init__(
            f"No rate for {code!r} on {requested.isoformat()}: "
            f"the first available date is {first_available.isoformat()}."
        )


class RateDataError(RatesError):
    """Rate data that does not match its documented format."""


class ProviderError(RatesError):
    """A fetch from a live provider failed before any rate data could be read."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"GET {url}: {reason}.")


@dataclass(frozen=True, slots=True)
class Rate:
    base: str
    quote: str
    value: Decimal  # 1 base = value quote; full precision, rounding belongs to the caller's edge
    date: datetime.date  # publication date used; for a cross rate the older leg's
    source: str  # "ecb", "peg", "ecb+peg", "identity", ...
    requested_date: datetime.date | None  # None = latest
    stale: bool = False
    # Set when a leg comes from an indicative tier (NBP's tables): how coarse the published
    # figure behind it is, and how often that figure is published.
    indicative: bool = False
    precision: int | None = None  # significant digits of the coarsest published figure used
    cadence: str | None = None  # "daily" or "weekly"


@dataclass(frozen=True, slots=True)
class Series:
    """One currency's history against a source's base: ascending, unique dates.

    >>> days = (datetime.date(2024, 1, 2), datetime.date(2024, 1, 5))
    >>> s = Series(days, (Decimal("1.1"), Decimal("1.2")))
    >>> s.on_or_before(datetime.date(2024, 1, 4))
    (datetime.date(2024, 1, 2), Decimal('1.1'))
    >>> s.on_or_before(datetime.date(2024, 1, 5))
    (datetime.date(2024, 1, 5), Decimal('1.2'))
    >>> s.on_or_before(datetime.date(2024, 1, 1)) is None
    True
    """

    dates: tuple[datetime.date, ...]
    values: tuple[Decimal, ...]

    def __post_init__(self) -> None:
        # bisect silently returns nonsense on unsorted input, so refuse it here once.
        if not self.dates or len(self.dates) != len(self.values):
            raise RateDataError(
                f"A series needs one value per date, got {len(self.dates)} and {len(self.values)}."
            )
        if not all(map(operator.lt, self.dates, self.dates[1:])):
            bad = next(b for a, b in pairwise(self.dates) if a >= b)
            raise RateDataError(
                f"Series dates must ascend without repeats; {bad.isoformat()} does not."
            )

    @property
    def first(self) -> datetime.date:
        return self.dates[0]

    @property
    def last(self) -> datetime.date:
        return self.dates[-1]

    def on_or_before(self, day: datetime.date) -> tuple[datetime.date, Decimal] | None:
        i = bisect.bisect_right(self.dates, day)
        return (self.dates[i - 1], self.values[i - 1]) if i else None


class Freshness(Protocol):
    """When a published value stops being the one to use: a provider's publication schedule."""

    def stale(self, day: datetime.date, as_of: datetime.date | None) -> bool:
        """Whether the value published on `day` is outdated for a request of `as_of` (None: now)."""
        ...


class RateSource(Protocol):
    """Where rates come from: the embedded ECB snapshot, live providers, indicative tiers.

    A source may also carry a `freshness` attribute (a Freshness); without one the book
    applies its own `stale_after` rule.
    """

    # Read-only properties, so plain attributes and frozen dataclass fields both satisfy them.
    @property
    def name(self) -> str: ...

    @property
    def base(self) -> str:
        """Every series holds units of its currency per 1 base."""
        ...

    def series(self) -> Mapping[str, Series]: ...


@dataclass(frozen=True, slots=True)
class SeriesSource:
    """A RateSource over series already in memory."""

    name: str
    base: str
    data: Mapping[str, Series]
    freshness: Freshness | None = None  # None: the book's stale_after rule

    def series(self) -> Mapping[str, Series]:
        return self.data


@dataclass(frozen=True, slots=True)
class IndicativeSource:
    """A lower tier quoted against another base (NBP: PLN), crossed at lookup time.

    A currency's leg is the source's own quote of the book's base on or before the same day
    divided by the currency's quote, so precision follows the published figures.
    """

    name: str
    base: str
    data: Mapping[str, Series]
    cadence: Mapping[str, str]  # code -> "daily" | "weekly"

    def series(self) -> Mapping[str, Series]:
        return self.data


@dataclass(frozen=True, slots=True)
class Peg:
    code: str
    anchor: str
    per_anchor: Decimal  # units of `code` per 1 `anchor`
    since: datetime.date
    source: str  # who fixes it and since when, so a reviewer can check the entry
