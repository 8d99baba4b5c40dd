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
import re
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from itertools import pairwise, repeat
from typing import Protocol


_EXACT = Context(prec=40)  # scaleb of an int64 coefficient never rounds here
_PLAIN_FIGURES = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:,[0-9]+(?:\.[0-9]+)?)*")


def plain_figures(cells: list[str]) -> tuple[list[int], list[int]] | None:
    """Coefficients and exponents of plain positive decimals such as ``"1.0919"``;
    None when any cell is something else (for the caller's exact error or slow path).

    >>> plain_figures(["1.0919", "160.10", "7"])
    ([10919, 16010, 7], [-4, -2, 0])
    >>> plain_figures(["1.1", "0"]), plain_figures(["1.1", "1e5"]), plain_figures([])
    (None, None, None)
    >>> plain_figures(["9223372036854775808"])  # 19 digits, past int64: the Decimal path
    
    """
    joined = ",".join(cells)
    if not cells or not _PLAIN_FIGURES.fullmatch(joined):
        return None
    # map() over C functions: a comprehension per cell was most of the snapshot's load time
    coefficients = list(map(int, joined.replace(".", "").split(",")))
    if min(coefficients) <= 0 or max(coefficients) >= 2**63:  # the int64 array holds the rest
        return None
    if joined.count(".") == len(cells):  # a point in every cell: exponent = find - len + 1
        exponents = list(map((1).__add__, map(operator.sub, map(str.find, cells, repeat(".")), map(len, cells))))
    else:
        exponents = [c.find(".") - len(c) + 1 if "." in c else 0 for c in cells]
    return coefficients, exponents


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


def _check(dates: Sequence[datetime.date], values: Sequence[object]) -> None:
    # bisect silently returns nonsense on unsorted input, so refuse it here once.
    if not dates or len(dates) != len(values):
        raise RateDataError(
            f"A series needs one value per date, got {len(dates)} and {len(values)}."
        )
    if not all(map(operator.lt, dates, dates[1:])):
        bad = next(b for a, b in pairwise(dates) if a >= b)
        raise RateDataError(
            f"Series dates must ascend without repeats; {bad.isoformat()} does not."
        )


class Series:
    """One currency's history against a source's base: ascending, unique dates.

    >>> days = (datetime.date(2024, 1, 2), datetime.date(2024, 1, 5))
    >>> s = Series(days, (Decimal("1.1"), Decimal("1.20")))
    >>> s.on_or_before(datetime.date(2024, 1, 4))
    (datetime.date(2024, 1, 2), Decimal('1.1'))
    >>> s.on_or_before(datetime.date(2024, 1, 5))
    (datetime.date(2024, 1, 5), Decimal('1.20'))
    >>> s.on_or_before(datetime.date(2024, 1, 1)) is None
    True

    Stored compactly, because a process holds some 300,000 published figures (ECB since
    1999, NBP since 2020): day ordinals in an int32 array and each value as an int64
    coefficient and an int8 exponent, 13 bytes a figure where a date and a Decimal in
    tuples took about 120. Values come back as the same Decimals, exponent included;
    a series with a value that does not fit (over 18 digits) keeps its Decimals.
    """

    __slots__ = ("_days", "_coefficients", "_exponents", "_decimals")

    def __init__(self, dates: Sequence[datetime.date], values: Sequence[Decimal]) -> None:
        _check(dates, values)
        self._days = array("i", map(datetime.date.toordinal, dates))
        parts = [v.as_tuple() for v in values]
        try:
            self._coefficients = array("q", [(-1 if sign else 1) * int("".join(map(str, digits)) or 0)
                                            for sign, digits, _ in parts])
            self._exponents = array("b", [exp for _, _, exp in parts])
            self._decimals: tuple[Decimal, ...] | None = None
        except (OverflowError, TypeError):  # more than 18 digits, or an exponent past int8, or NaN
            self._coefficients, self._exponents = array("q"), array("b")
            self._decimals = tuple(values)

    @classmethod
    def from_cells(cls, dates: Sequence[datetime.date], coefficients: Sequence[int],
                   exponents: Sequence[int]) -> Series:
        """A series from figures already split into coefficient and exponent
        (``"1.0919"`` is 10919 and -4); the parsers' fast path, with no Decimal made."""
        _check(dates, coefficients)
        series = cls.__new__(cls)
        series._days = array("i", map(datetime.date.toordinal, dates))
        series._coefficients = array("q", coefficients)
        series._exponents = array("b", exponents)
        series._decimals = None
        return series

    @classmethod
    def from_arrays(cls, days: array, coefficients: array, exponents: array) -> Series:
        """A series from its stored form (service.rates.snapshot): int32 day ordinals,
        int64 coefficients and int8 exponents. The days must ascend: that is the caller's
        promise (the snapshot holds what the parsers checked), not checked again here."""
        if not (len(days) == len(coefficients) == len(exponents) > 0) or min(coefficients) <= 0:
            raise RateDataError("A stored series needs one positive coefficient and one exponent per day.")
        series = cls.__new__(cls)
        series._days, series._coefficients, series._exponents = days, coefficients, exponents
        series._decimals = None
        return series

    def arrays(self) -> tuple[array, array | None, array | None]:
        """Day ordinals, coefficients and exponents as stored; None for the latter two
        when the series keeps Decimals (a value past int64)."""
        if self._decimals is not None:
            return self._days, None, None
        return self._days, self._coefficients, self._exponents

    def __len__(self) -> int:
        return len(self._days)

    def _value(self, i: int) -> Decimal:
        if self._decimals is not None:
            return self._decimals[i]
        return Decimal(self._coefficients[i]).scaleb(self._exponents[i], _EXACT)

    @property
    def dates(self) -> tuple[datetime.date, ...]:
        return tuple(map(datetime.date.fromordinal, self._days))

    @property
    def values(self) -> tuple[Decimal, ...]:
        return tuple(map(self._value, range(len(self._days))))

    def recent_dates(self, n: int) -> tuple[datetime.date, ...]:
        """The last ``n`` publication dates, without building the whole column."""
        return tuple(map(datetime.date.fromordinal, self._days[-n:]))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Series):
            return NotImplemented
        return self._days == other._days and self.values == other.values

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Series(dates={self.dates!r}, values={self.values!r})"

    @property
    def first(self) -> datetime.date:
        return datetime.date.fromordinal(self._days[0])

    @property
    def last(self) -> datetime.date:
        return datetime.date.fromordinal(self._days[-1])

    def on_or_before(self, day: datetime.date) -> tuple[datetime.date, Decimal] | None:
        i = bisect.bisect_right(self._days, day.toordinal())
        return (datetime.date.fromordinal(self._days[i - 1]), self._value(i - 1)) if i else None


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
