"""RateBook: every rate is a cross through the sources' common base (EUR for ECB).

A currency's "leg" is its units per 1 base on a day. It comes from the first source whose
series has a value on or before that day, no more than MAX_GAP old; failing that, from a peg
on its anchor's leg. Rates are Decimal in a 28-digit context and are never rounded here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal
from functools import cache, partial
from operator import attrgetter

import babel.numbers

from service.rates.model import (
    DateOutOfRangeError,
    NoRateError,
    Peg,
    Rate,
    RatesError,
    RateSource,
    Series,
    UnknownCurrencyError,
)
from service.rates.pegs import PEGS, pegs_by_code

# A value older than this stopped being published (RUB in 2022, ISK 2008-2018);
# ECB's longest holiday gap is under a week, so 30 days never hides a live currency.
MAX_GAP = datetime.timedelta(days=30)

_CONTEXT = Context(prec=28)
_ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class _Leg:
    value: Decimal  # units of the currency per 1 base
    date: datetime.date | None  # None: valid on any day (the base itself, a peg on the base)
    source: str  # "" for the base itself: it is 1 by definition, nobody publishes it


@cache
def iso_currencies() -> frozenset[str]:
    """ISO 4217 codes CLDR knows, current and historical.

    >>> {"USD", "VND", "CYP"} <= iso_currencies(), "XYZ" in iso_currencies()
    (True, False)
    """
    return frozenset(babel.numbers.list_currencies(locale="en"))


class RateBook:
    def __init__(
        self,
        sources: Sequence[RateSource],
        *,
        stale_after: datetime.timedelta = datetime.timedelta(days=7),
        today: Callable[[], datetime.date] = datetime.date.today,
        pegs: Sequence[Peg] = PEGS,
    ) -> None:
        if not sources:
            raise ValueError("A RateBook needs at least one RateSource.")
        self._base = sources[0].base
        mixed = [s.name for s in sources if s.base != self._base]
        if mixed:
            raise ValueError(
                f"Sources {mixed} do not quote against {self._base!r} like {sources[0].name!r}."
            )
        self._sources = tuple(sources)
        self._pegs = pegs_by_code(tuple(pegs))
        self._stale_after = stale_after
        self._today = today

    def rate(self, base: str, quote: str, as_of: datetime.date | None = None) -> Rate:
        base, quote = self._known(base), self._known(quote)
        if base == quote:
            return Rate(base, quote, _ONE, as_of or self._today(), "identity", as_of)
        return self._cross(base, self._leg(base, as_of), quote, self._leg(quote, as_of), as_of)

    def convert(
        self, amount: Decimal, base: str, quote: str, as_of: datetime.date | None = None
    ) -> tuple[Decimal, Rate]:
        rate = self.rate(base, quote, as_of)
        return _CONTEXT.multiply(amount, rate.value), rate

    def has_rate(self, code: str) -> bool:
        try:
            self.rate(code, self._base)
        except RatesError:
            return False
        return True

    def currencies(self) -> dict[str, str]:
        """Code -> source name for every currency with a current rate."""
        legs = dict(self._current_legs())
        return {code: leg.source or self._sources[0].name for code, leg in legs.items()}

    def latest_date(self) -> datetime.date:
        return max(s.last for source in self._sources for s in source.series().values())

    def earliest_date(self) -> datetime.date:
        """The first day any source published a rate; earlier as_of dates have none."""
        return min(s.first for source in self._sources for s in source.series().values())

    def table(self, base: str = "EUR", as_of: datetime.date | None = None) -> dict[str, Rate]:
        """Rates from `base` to every other currency quoted on `as_of`; the rest are left out."""
        base = self._known(base)
        base_leg = self._leg(base, as_of)
        legs = dict(self._current_legs(as_of))
        return {
            code: self._cross(base, base_leg, code, leg, as_of)
            for code, leg in legs.items()
            if code != base
        }

    def _current_legs(self, as_of: datetime.date | None = None) -> Iterator[tuple[str, _Leg]]:
        for code in sorted(self._codes()):
            try:
                yield code, self._leg(code, as_of)
            except (NoRateError, DateOutOfRangeError):
                continue

    def _codes(self) -> set[str]:
        published = {code for source in self._sources for code in source.series()}
        return published | set(self._pegs) | {self._base}

    def _known(self, code: str) -> str:
        code = code.strip().upper()
        # The book's own codes first: CLDR's list costs ~30 ms to load on first use.
        if code not in self._codes() and code not in iso_currencies():
            raise UnknownCurrencyError(code)
        return code

    def _cross(self, base: str, b: _Leg, quote: str, q: _Leg, as_of: datetime.date | None) -> Rate:
        dated = [leg.date for leg in (b, q) if leg.date is not None]
        day = min(dated) if dated else as_of or self._today()
        value = _CONTEXT.divide(q.value, b.value)
        return Rate(
            base, quote, value, day, _join(b.source, q.source), as_of, self._stale(day, as_of)
        )

    def _stale(self, day: datetime.date, as_of: datetime.date | None) -> bool:
        wanted = self._today() if as_of is None else min(as_of, self._today())
        return wanted - day > self._stale_after

    def _leg(self, code: str, as_of: datetime.date | None) -> _Leg:
        if code == self._base:
            return _Leg(_ONE, None, "")
        errors: list[NoRateError | DateOutOfRangeError] = []
        for lookup in self._lookups(code):
            try:
                return lookup(as_of)
            except (NoRateError, DateOutOfRangeError) as exc:
                errors.append(exc)
        if not errors:
            raise NoRateError(code, "no source publishes it and it has no fixed peg")
        raise _best(errors)

    def _lookups(self, code: str) -> Iterator[Callable[[datetime.date | None], _Leg]]:
        """Ways to price `code`, best first: each source that publishes it, then its peg."""
        for source in self._sources:
            series = source.series().get(code)
            if series is not None:
                yield partial(self._published, code, source.name, series)
        if code in self._pegs:
            yield partial(self._pegged, self._pegs[code])

    def _published(
        self, code: str, source: str, series: Series, as_of: datetime.date | None
    ) -> _Leg:
        # Past the newest data a request means "latest"; the stale flag tells how old that is.
        newest = self.latest_date()
        wanted = newest if as_of is None else min(as_of, newest)
        point = series.on_or_before(wanted)
        if point is None:
            raise DateOutOfRangeError(code, wanted, series.first)
        day, value = point
        if wanted - day > MAX_GAP:
            last = f"the last {source} value on or before {wanted.isoformat()}"
            detail = f"{last} is from {day.isoformat()}, more than {MAX_GAP.days} days earlier"
            raise NoRateError(code, detail, day)
        return _Leg(value, day, source)

    def _pegged(self, peg: Peg, as_of: datetime.date | None) -> _Leg:
        if as_of is not None and as_of < peg.since:
            raise DateOutOfRangeError(peg.code, as_of, peg.since)
        try:
            anchor = self._leg(peg.anchor, as_of)
        except DateOutOfRangeError as exc:
            # Name the currency asked for, not its anchor; its range starts where both exist.
            raise DateOutOfRangeError(
                peg.code, exc.requested, max(peg.since, exc.first_available)
            ) from exc
        return _Leg(
            _CONTEXT.multiply(anchor.value, peg.per_anchor),
            anchor.date,
            _join(anchor.source, "peg"),
        )


def _join(*sources: str) -> str:
    """Name a combination of sources once each, in order.

    >>> _join("ecb", "ecb+peg"), _join("", "peg"), _join("", "")
    ('ecb+peg', 'peg', '')
    """
    parts = [part for source in sources for part in source.split("+") if part]
    return "+".join(dict.fromkeys(parts))


def _best(errors: list[NoRateError | DateOutOfRangeError]) -> RatesError:
    """The error worth showing: a gap beats "too early"; among those, the earliest start wins."""
    gaps = [e for e in errors if isinstance(e, NoRateError)]
    early = [e for e in errors if isinstance(e, DateOutOfRangeError)]
    return gaps[0] if gaps else min(early, key=attrgetter("first_available"))
