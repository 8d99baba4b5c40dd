"""RateBook: every rate is a cross through the sources' common base (EUR for ECB).

A currency's "leg" is its units per 1 base on a day. Candidates, best first: each source whose
series has a value on or before that day, no more than MAX_GAP before that source's own newest
day; then a peg on its anchor's leg. The first fresh candidate wins (each source's Freshness
decides; the book's stale_after rule by default); when none is fresh, the newest does.
Indicative sources (NBP's tables) only price currencies no candidate above can, and mark the
rate indicative with the precision and cadence of what they publish.
Rates are Decimal in a 28-digit context and are never rounded here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Context, Decimal
from functools import cache, partial
from operator import attrgetter

import babel.numbers

from service.rates.model import (
    DateOutOfRangeError,
    Freshness,
    IndicativeSource,
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
    stale: bool = False
    indicative: bool = False
    precision: int | None = None
    cadence: str | None = None


_BASE_LEG = _Leg(_ONE, None, "")


@cache
def iso_currencies() -> frozenset[str]:
    """ISO 4217 codes CLDR knows, current and historical.

    >>> {"USD", "VND", "CYP"} <= iso_currencies(), "XYZ" in iso_currencies()
    (True, False)
    """
    return frozenset(babel.numbers.list_currencies(locale="en"))


@dataclass(frozen=True, slots=True)
class StaleAfter:
    """The default Freshness: a value is stale once `limit` older than the day it answers for.

    >>> rule = StaleAfter(datetime.timedelta(days=7), lambda: datetime.date(2024, 1, 20))
    >>> rule.stale(datetime.date(2024, 1, 12), None), rule.stale(datetime.date(2024, 1, 13), None)
    (True, False)
    >>> rule.stale(datetime.date(2024, 1, 5), datetime.date(2024, 1, 6))
    False
    """

    limit: datetime.timedelta
    today: Callable[[], datetime.date]

    def stale(self, day: datetime.date, as_of: datetime.date | None) -> bool:
        today = self.today()
        wanted = today if as_of is None else min(as_of, today)
        return wanted - day > self.limit


class RateBook:
    """Rates from ordered sources, fixed pegs, then indicative sources; see the module docstring.

    For each currency the first source whose value is fresh wins; when none is fresh, the
    newest stale value does (the earlier source on a tie). Indicative sources are consulted
    only for currencies that no source and no peg can price at all.
    """

    def __init__(
        self,
        sources: Sequence[RateSource],
        *,
        stale_after: datetime.timedelta = datetime.timedelta(days=7),
        today: Callable[[], datetime.date] = datetime.date.today,
        pegs: Sequence[Peg] = PEGS,
        indicative: Sequence[IndicativeSource] = (),
    ) -> None:
        if not sources:
            raise ValueError("A RateBook needs at least one RateSource.")
        self._base = sources[0].base
        mixed = [s.name for s in sources if s.base != self._base]
        if mixed:
            raise ValueError(
                f"Sources {mixed} do not quote against {self._base!r} like {sources[0].name!r}."
            )
        blind = [s.name for s in indicative if self._base not in s.series()]
        if blind:
            raise ValueError(
                f"Indicative sources {blind} publish no {self._base!r} rate to cross through."
            )
        self._sources = tuple(sources)
        self._indicative = tuple(indicative)
        self._pegs = pegs_by_code(tuple(pegs))
        self._default = StaleAfter(stale_after, today)
        self._today = today
        # Sources never change under a book, so these are computed once, on first use.
        self._newest: dict[int, datetime.date] = {}
        self._all_codes: set[str] | None = None
        self._last_days: tuple[tuple[Freshness, tuple[datetime.date, ...]], ...] | None = None

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
        return max(self._newest_of(source) for source in self._all_sources())

    def clock_state(self) -> tuple[object, ...]:
        """What the book's answers take from the clock, now: today's date and, for each
        source, which of its series' newest days are stale. Two calls that return equal
        tuples give equal answers to every request, so answers cached under one hold under
        the other (a request's own as_of is judged against today alone).
        """
        if self._last_days is None:
            rules: list[tuple[Freshness, tuple[datetime.date, ...]]] = []
            for source in self._sources:
                rule: Freshness = getattr(source, "freshness", None) or self._default
                rules.append((rule, tuple(sorted({s.last for s in source.series().values()}))))
            for indicative in self._indicative:
                rules.append((self._default, tuple(sorted({s.last for s in indicative.series().values()}))))
            self._last_days = tuple(rules)
        return (self._today(), *(tuple(rule.stale(day, None) for day in days) for rule, days in self._last_days))

    def earliest_date(self) -> datetime.date:
        """The first day any source published a rate; earlier as_of dates have none."""
        return min(s.first for source in self._all_sources() for s in source.series().values())

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

    def _all_sources(self) -> Iterator[RateSource | IndicativeSource]:
        yield from self._sources
        yield from self._indicative

    def _newest_of(self, source: RateSource | IndicativeSource) -> datetime.date:
        key = id(source)
        if key not in self._newest:
            self._newest[key] = max(s.last for s in source.series().values())
        return self._newest[key]

    def _current_legs(self, as_of: datetime.date | None = None) -> Iterator[tuple[str, _Leg]]:
        for code in sorted(self._codes()):
            try:
                yield code, self._leg(code, as_of)
            except (NoRateError, DateOutOfRangeError):
                continue

    def _codes(self) -> set[str]:
        if self._all_codes is None:
            published = {code for source in self._all_sources() for code in source.series()}
            bases = {source.base for source in self._indicative}
            self._all_codes = published | bases | set(self._pegs) | {self._base}
        return self._all_codes

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
        precisions = [leg.precision for leg in (b, q) if leg.precision is not None]
        cadences = {leg.cadence for leg in (b, q)} - {None}
        return Rate(
            base,
            quote,
            value,
            day,
            _join(b.source, q.source),
            as_of,
            b.stale or q.stale,
            indicative=b.indicative or q.indicative,
            precision=min(precisions) if precisions else None,
            cadence=_coarsest(cadences),
        )

    def _leg(self, code: str, as_of: datetime.date | None) -> _Leg:
        if code == self._base:
            return _BASE_LEG
        errors: list[NoRateError | DateOutOfRangeError] = []
        for tier in (self._lookups(code), self._indicative_lookups(code)):
            stale: list[_Leg] = []
            for lookup in tier:
                try:
                    leg = lookup(as_of)
                except (NoRateError, DateOutOfRangeError) as exc:
                    errors.append(exc)
                    continue
                if not leg.stale:
                    return leg
                stale.append(leg)
            if stale:
                # max() keeps the first of equals, so source order breaks ties.
                return max(stale, key=_leg_date)
        if not errors:
            raise NoRateError(code, "no source publishes it and it has no fixed peg")
        raise _best(errors)

    def _lookups(self, code: str) -> Iterator[Callable[[datetime.date | None], _Leg]]:
        """Ways to price `code`, best first: each source that publishes it, then its peg."""
        for source in self._sources:
            series = source.series().get(code)
            if series is not None:
                yield partial(self._published, code, source, series)
        if code in self._pegs:
            yield partial(self._pegged, self._pegs[code])

    def _indicative_lookups(self, code: str) -> Iterator[Callable[[datetime.date | None], _Leg]]:
        for source in self._indicative:
            series = source.series().get(code)
            if series is not None or code == source.base:
                yield partial(self._crossed, code, source, series)

    def _point(
        self,
        code: str,
        source: RateSource | IndicativeSource,
        series: Series,
        as_of: datetime.date | None,
    ) -> tuple[datetime.date, Decimal]:
        # Past the source's newest data a request means "latest"; the stale flag tells how old
        # that is. A currency whose series ends well before its own source's newest day has
        # stopped being published there.
        newest = self._newest_of(source)
        wanted = newest if as_of is None else min(as_of, newest)
        point = series.on_or_before(wanted)
        if point is None:
            raise DateOutOfRangeError(code, wanted, series.first)
        day, value = point
        if wanted - day > MAX_GAP:
            last = f"the last {source.name} value on or before {wanted.isoformat()}"
            detail = f"{last} is from {day.isoformat()}, more than {MAX_GAP.days} days earlier"
            raise NoRateError(code, detail, day)
        return day, value

    def _published(
        self, code: str, source: RateSource, series: Series, as_of: datetime.date | None
    ) -> _Leg:
        day, value = self._point(code, source, series, as_of)
        freshness: Freshness = getattr(source, "freshness", None) or self._default
        return _Leg(value, day, source.name, freshness.stale(day, as_of))

    def _crossed(
        self, code: str, source: IndicativeSource, series: Series | None, as_of: datetime.date | None
    ) -> _Leg:
        """A leg through the source's own base: (its base per book base) / (its base per code)."""
        through = source.series()[self._base]
        if series is None:  # the source's own base, e.g. PLN in NBP's tables: 1 by definition
            day, _ = self._point(code, source, through, as_of)
            published: tuple[Decimal, ...] = ()
            per_code = _ONE
        else:
            day, per_code = self._point(code, source, series, as_of)
            published = (per_code,)
        point = through.on_or_before(day)
        if point is None:
            raise DateOutOfRangeError(code, day, through.first)
        per_base = point[1]
        return _Leg(
            _CONTEXT.divide(per_base, per_code),
            day,
            source.name,
            self._default.stale(day, as_of),
            indicative=True,
            precision=min(_digits(v) for v in (per_base, *published)),
            cadence=source.cadence.get(code, source.cadence.get(self._base)),
        )

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
        return replace(
            anchor,
            value=_CONTEXT.multiply(anchor.value, peg.per_anchor),
            source=_join(anchor.source, "peg"),
        )


def _leg_date(leg: _Leg) -> datetime.date:
    return leg.date or datetime.date.max


def _digits(value: Decimal) -> int:
    """Significant digits as published, trailing zeros included.

    >>> _digits(Decimal("0.000043")), _digits(Decimal("3.0700")), _digits(Decimal("0.00015030"))
    (2, 5, 5)
    """
    return len(value.as_tuple().digits)


_CADENCES = ("daily", "weekly")  # finest first


def _coarsest(cadences: set[str | None]) -> str | None:
    """
    >>> _coarsest({"daily", "weekly"}), _coarsest(set())
    ('weekly', None)
    """
    known = [c for c in _CADENCES if c in cadences]
    return known[-1] if known else None


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
