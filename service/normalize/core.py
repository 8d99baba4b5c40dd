"""Layer 4: from a parse result to a normalized, converted salary.

Period inference, period conversion and currency conversion, each reported
with the assumption it used. Rates come from a ``RateBook``; parsing is
cached, keyed by the text and every option that changes what it reads.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal

import datetime
import time
from collections.abc import Callable
from functools import lru_cache

from babel.numbers import get_currency_precision

from ..errors import InvalidInput
from ..parse import ParseResult, parse
from ..parse.currencies import country_currencies
from ..parse.model import Mention
from ..parse.tables import Period
from ..rates import DateOutOfRangeError, Rate, RateBook, RatesError
from .cache import SharedLRU
from .inference import PAY_QUOTED_IN_DOLLARS_OR_EUROS, infer_period
from .options import NormalizeOptions
from .periods import WorkTime
from .result import (
    MentionOut,
    NormalizedSalary,
    NormalizeResult,
    PeriodConversion,
    RateUsed,
    StatedSalary,
    Warning,
)

_PENALTIES = {
    "period_inferred": 0.25,
    "currency_ambiguous": 0.15,
    "currency_inferred": 0.1,
    "currency_unknown": 0.3,
    "decimal_separator_guessed": 0.1,
    "approximate": 0.05,
    "other_pay_only": 0.15,
    "rate_stale": 0.0,
    "multiple_salaries": 0.1,
}


def check_as_of(book: RateBook, as_of: datetime.date | None) -> None:
    """Refuse a date before the book's first rate, naming the field (InvalidInput)."""
    if as_of is not None and as_of < book.earliest_date():
        raise InvalidInput("as_of", f"no exchange rates before {book.earliest_date().isoformat()} (got {as_of.isoformat()})")


class ClockEpoch:
    """The cache keys' view of the clock: a number that changes when a book's answers can
    change with time (a rate turns stale, the date turns), looked at once per ``minute()``.

    Keying answers on the minute itself made every cached answer expire at once, each
    minute: at 3,500 requests/s a server then spent half a second recomputing the answers
    it serves most, and requests queued behind that for up to 80 ms.
    """

    def __init__(self, books: Callable[[], RateBook], minute: Callable[[], int]) -> None:
        self._books = books
        self._minute = minute
        self._seen: tuple[int, int] | None = None  # (minute, id(book)) last looked at
        self._state: tuple[object, ...] | None = None
        self._epoch = 0

    def __call__(self) -> int:
        book = self._books()
        seen = (self._minute(), id(book))
        if seen != self._seen:
            state = book.clock_state()
            if state != self._state:
                self._state, self._epoch = state, self._epoch + 1
            self._seen = seen
        return self._epoch


PARSE_CACHE_MAX_TEXT = 2000  # characters; longer texts are parsed every time they are normalized


class Normalizer:
    """Normalizes texts against a ``RateBook``; holds the caches.

    ``books`` returns the current book (live providers swap it on refresh).
    Parse results are cached by text and the options that change reading;
    rates and whole results by text, options, book and ``epoch`` (a ``ClockEpoch``
    by default): a rate's stale flag can turn within a book's life.
    """

    def __init__(
        self,
        books: RateBook | Callable[[], RateBook],
        *,
        target_currency: str = "USD",
        cache_size: int = 10_000,
        epoch: Callable[[], object] | None = None,
    ) -> None:
        self._books = books if callable(books) else (lambda: books)
        self.target_currency = target_currency
        self.epoch = epoch or ClockEpoch(self._books, lambda: int(time.time() // 60))
        # shared by the server's event loop and its batch threads
        self._parse_cache: SharedLRU[tuple[str, str | None, str | None, str | None], ParseResult] = SharedLRU(cache_size)
        self._results: SharedLRU[tuple[object, ...], NormalizeResult] = SharedLRU(cache_size)
        self._rates: SharedLRU[tuple[object, ...], Rate | RatesError] = SharedLRU(4096)
        self.hits = self.misses = 0

    @property
    def book(self) -> RateBook:
        return self._books()

    def _rate(self, book: RateBook, base: str, quote: str, as_of: datetime.date | None, epoch: object) -> Rate:
        """A book's answers hold within an epoch: cache them (errors too)."""
        key = (id(book), base, quote, as_of, epoch)
        hit = self._rates.get(key)
        if hit is None:
            try:
                hit = book.rate(base, quote, as_of)
            except RatesError as e:
                hit = e
            self._rates[key] = hit
        if isinstance(hit, RatesError):
            raise hit.with_traceback(None)  # no traceback piling up on the cached error
        return hit

    def cached(self, text: str, options: NormalizeOptions) -> NormalizeResult:
        """``normalize`` through the result cache."""
        book, epoch = self.book, self.epoch()
        key = (text, options, id(book), epoch)
        hit = self._results.get(key)
        if hit is not None:
            self.hits += 1
            return hit
        self.misses += 1
        result = self.normalize(text, options, book=book, epoch=epoch)
        self._results[key] = result
        return result

    def parse(self, text: str, options: NormalizeOptions) -> ParseResult:
        if len(text) > PARSE_CACHE_MAX_TEXT:
            # a whole posting: its parse result (tokens, up to 300 mentions) can be 100 KB,
            # and the same long text with other options is rare
            return parse(text, country=options.country, locale=options.locale, default_currency=options.default_currency)
        key = (text, options.country, options.locale, options.default_currency)
        hit = self._parse_cache.get(key)
        if hit is None:
            hit = parse(text, country=options.country, locale=options.locale, default_currency=options.default_currency)
            self._parse_cache[key] = hit
        return hit

    def normalize(
        self, text: str, options: NormalizeOptions, *, book: RateBook | None = None, epoch: object = None
    ) -> NormalizeResult:
        """``text`` normalized, uncached. A caller that keys a cache on the book and the
        epoch passes them, so the answer is computed with the book its key names."""
        if book is None:
            book = self.book
        if epoch is None:
            epoch = self.epoch()
        check_as_of(book, options.as_of)
        parsed = self.parse(text, options)
        mentions = [_mention_out(m, text) for m in parsed.mentions]
        salary = parsed.salary
        if salary is None:
            return NormalizeResult.build(
                stated=None, normalized=None, mentions=mentions, rate=None, period_conversion=None,
                confidence=0.9 if parsed.no_salary_reason != "no_amount" else 0.8,
                warnings=[Warning.build(code="no_salary", message=_NO_SALARY[parsed.no_salary_reason or "no_amount"])],
                reason=parsed.no_salary_reason,
            )
        warnings = [Warning.build(code=w.code, message=w.message) for w in parsed.warnings]
        target = options.target_currency or self.target_currency
        period, inferred = self._period(salary, warnings, book, epoch, options.country)
        stated = _stated(salary, period, inferred, parsed)
        _currency_warnings(salary, warnings)
        if salary.decimal_guessed:
            warnings.append(Warning.build(code="decimal_separator_guessed", message="A number such as '3.500' could be read two ways; the country's or the default number format decided."))
        if salary.approximate:
            warnings.append(Warning.build(code="approximate", message="The text gives the amount as approximate."))
        if _only_other_pay(salary):
            warnings.append(Warning.build(code="other_pay_only", message="No base pay is written; the amount shown is OTE, bonus or commission."))
        if _disagreeing(parsed, salary):
            warnings.append(Warning.build(code="multiple_salaries", message="The text states more than one base salary; the first clear one was chosen."))
        work, months_source = _work_time(options, parsed)
        normalized, rate, conversion = None, None, None
        if period is None and not salary.piece_rate:
            warnings.append(Warning.build(code="period_unknown", message="No pay period is written and none could be inferred without a rate for the currency."))
        elif salary.currency is None or period is None:
            pass  # currency_unknown or piece_rate already says why
        else:
            conversion = _conversion(period, options.target_period, work, months_source)
            try:
                rate = self._rate(book, salary.currency, target, options.as_of, epoch)
            except DateOutOfRangeError as e:
                raise InvalidInput("as_of", str(e)) from None
            except RatesError as e:
                warnings.append(Warning.build(code="rate_unavailable", message=f"{e} The stated salary is returned without conversion."))
            else:
                normalized = _normalized(salary, conversion.factor, rate, target, options.target_period)
                _rate_warnings(rate, warnings)
        return NormalizeResult.build(
            stated=stated, normalized=normalized, mentions=mentions,
            rate=_rate_out(rate) if rate else None, period_conversion=conversion,
            confidence=_confidence(warnings), warnings=warnings, reason=None,
        )

    def _period(
        self, m: Mention, warnings: list[Warning], book: RateBook, epoch: object, country: str | None
    ) -> tuple[Period | None, bool]:
        if m.period is not None:
            return m.period, False
        if m.piece_rate:
            warnings.append(Warning.build(code="piece_rate", message=f"The pay is per piece of work ('{m.piece_rate.strip()}'), not per time period; it is not converted."))
            return None, False
        amount = m.maximum if m.maximum is not None else m.minimum
        assert amount is not None
        usd = amount
        if m.currency and m.currency != "USD":
            try:
                usd = amount * self._rate(book, m.currency, "USD", None, epoch).value
            except RatesError:
                return None, False
        local = country_currencies(country) if country else ()
        period = infer_period(usd, m.currency, local[0] if local else None, country in PAY_QUOTED_IN_DOLLARS_OR_EUROS)
        warnings.append(Warning.build(code="period_inferred", message=f"No pay period is written; '{period}' was inferred from the amount's size."))
        return period, True


_NO_SALARY = {
    "negotiable": "The text says the pay is negotiable and states no amount.",
    "competitive": "The text calls the pay competitive and states no amount.",
    "not_disclosed": "The text says the pay is not disclosed or depends on experience.",
    "unpaid": "The text describes unpaid or voluntary work.",
    "no_amount": "No amount of money was found in the text.",
    "no_base_pay": "The text states only one-off pay or expenses (a sign-on or referral bonus, an allowance, mileage), no salary.",
}


def _mention_out(m: Mention, text: str) -> MentionOut:
    return MentionOut.build(
        span=m.span, text=text[m.span[0]:m.span[1]], role=m.role, role_reason=m.role_reason,
        alternative_of=m.alternative_of, min=m.minimum, max=m.maximum, currency=m.currency,
        currency_written=m.currency_written, period=m.period,
    )


def _stated(m: Mention, period: Period | None, inferred: bool, parsed: ParseResult) -> StatedSalary:
    return StatedSalary.build(
        min=_plain(m.minimum), max=_plain(m.maximum), currency=m.currency, period=period, bound=m.bound,
        currency_written=m.currency_written, currency_rule=m.currency_rule,
        currency_candidates=list(m.currency_candidates),
        currency_ambiguous=len(m.currency_candidates) > 1 and m.currency_rule not in ("iso_code",),
        period_written=m.period is not None, period_inferred=inferred, approximate=m.approximate,
        months_per_year=parsed.months_per_year,
    )


def _plain(value: Decimal | None) -> Decimal | None:
    """Drop a trailing exponent or zeros: 7.4 crore is 74000000, not 7.40E+7."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


def _currency_warnings(m: Mention, warnings: list[Warning]) -> None:
    if m.currency is None:
        cands = ", ".join(m.currency_candidates)
        msg = (f"The currency sign could be any of {cands}; pass country or default_currency to choose."
               if m.currency_candidates else "No currency is written; pass country or default_currency.")
        warnings.append(Warning.build(code="currency_unknown", message=msg))
    elif not m.currency_written:
        warnings.append(Warning.build(code="currency_inferred", message=f"No currency is written; {m.currency} comes from the {m.currency_rule.replace('_', ' ')}."))
    elif len(m.currency_candidates) > 1 and m.currency_rule != "iso_code":
        warnings.append(Warning.build(code="currency_ambiguous", message=f"The sign could mean {', '.join(m.currency_candidates)}; {m.currency} was chosen by the {m.currency_rule.replace('_', ' ')} rule."))


def _only_other_pay(salary: Mention) -> bool:
    return salary.role_reason is not None and "beyond the base" in salary.role_reason


def _disagreeing(parsed: ParseResult, salary: Mention) -> bool:
    return any(
        m.role == "base" and m.currency == salary.currency and m.period == salary.period
        and (m.minimum, m.maximum) != (salary.minimum, salary.maximum)
        and not (m.maximum is not None and salary.maximum is not None and salary.minimum is not None
                 and salary.minimum <= m.maximum <= salary.maximum)
        for m in parsed.mentions
    )


def _work_time(options: NormalizeOptions, parsed: ParseResult) -> tuple[WorkTime, str]:
    months, source = options.months_per_year, "default" if options.months_per_year == 12 else "request"
    if parsed.months_per_year is not None:
        months, source = parsed.months_per_year, "text"
    work = WorkTime(options.hours_per_week, options.days_per_week, options.weeks_per_year, months)
    return work, source


def _conversion(source: Period, target: Period, work: WorkTime, months_source: str) -> PeriodConversion:
    return PeriodConversion.build(
        source=source, target=target, factor=work.factor(source, target),
        hours_per_week=work.hours_per_week, days_per_week=work.days_per_week,
        weeks_per_year=work.weeks_per_year, months_per_year=work.months_per_year,
        months_per_year_source=months_source,  # type: ignore[arg-type]
    )


# quantize raises when the result needs more digits than the context (28 by default):
# the largest amount read (10^15) per hour, made yearly and converted to a currency of
# large units, with its minor digits, comes close to that
_WIDE = Context(prec=60)


@lru_cache(maxsize=512)
def _quantum(currency: str) -> Decimal:
    """The currency's minor unit (0.01 for USD, 1 for JPY), per CLDR."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def _normalized(m: Mention, factor: Decimal, rate: Rate, currency: str, period: Period) -> NormalizedSalary:
    quantum = _quantum(currency)

    def edge(v: Decimal | None) -> Decimal | None:
        return None if v is None else (v * factor * rate.value).quantize(quantum, ROUND_HALF_EVEN, _WIDE)

    return NormalizedSalary.build(min=edge(m.minimum), max=edge(m.maximum), currency=currency, period=period)


def _rate_warnings(rate: Rate, warnings: list[Warning]) -> None:
    if rate.stale:
        warnings.append(Warning.build(code="rate_stale", message=f"The newest {rate.base}/{rate.quote} rate is from {rate.date.isoformat()}."))
    if rate.requested_date and rate.source != "identity" and rate.date != rate.requested_date:
        warnings.append(Warning.build(code="rate_date_fallback", message=f"No rate was published on {rate.requested_date.isoformat()}; the rate of {rate.date.isoformat()} was used."))


def _rate_out(rate: Rate) -> RateUsed:
    return RateUsed.build(base=rate.base, quote=rate.quote, value=rate.value, date=rate.date,
                    requested_date=rate.requested_date, source=rate.source, stale=rate.stale,
                    indicative=rate.indicative)


def _confidence(warnings: list[Warning]) -> float:
    score = 1.0 - sum(_PENALTIES.get(w.code, 0.0) for w in warnings)
    return round(min(1.0, max(0.0, score)), 2)
