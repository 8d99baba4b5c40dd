"""service.rates against the embedded ECB history and against tiny in-test sources.

Expected values are read off eurofxref-hist.csv (row 2026-10-30: USD 1.1172, GBP 0.8338,
BGN N/A) and worked out by hand; they are not dumped from the code under test.
"""

from __future__ import annotations

import doctest
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import service.rates.book
import service.rates.ecb_csv
import service.rates.model
import service.rates.pegs
from service.rates import (
    DateOutOfRangeError,
    NoRateError,
    Rate,
    RateBook,
    RateDataError,
    RatesError,
    Series,
    SeriesSource,
    UnknownCurrencyError,
    embedded_source,
    load_embedded_book,
)
from service.rates.ecb_csv import parse_history

FRIDAY = date(2026, 10, 30)
SATURDAY = date(2026, 10, 31)
SIX = Decimal("0.000001")


@pytest.fixture(scope="module")
def book() -> RateBook:
    return load_embedded_book()


# --- embedded ECB history -------------------------------------------------------------------


def test_eur_usd_on_a_publication_day(book: RateBook) -> None:
    assert book.rate("EUR", "USD", FRIDAY) == Rate(
        "EUR", "USD", Decimal("1.1172"), FRIDAY, "ecb", FRIDAY
    )


def test_cross_rate_through_eur(book: RateBook) -> None:
    rate = book.rate("GBP", "USD", FRIDAY)
    assert rate.value.quantize(SIX) == Decimal("1.339890")  # 1.1172 / 0.8338 = 1.3398896...
    assert (rate.date, rate.source) == (FRIDAY, "ecb")


def test_rate_is_not_rounded(book: RateBook) -> None:
    # 1.1172 / 0.8338 does not terminate, so it must carry the context's 28 digits.
    assert len(book.rate("GBP", "USD", FRIDAY).value.as_tuple().digits) == 28


def test_weekend_uses_the_friday_rate(book: RateBook) -> None:
    rate = book.rate("EUR", "USD", SATURDAY)
    assert (rate.value, rate.date, rate.requested_date) == (Decimal("1.1172"), FRIDAY, SATURDAY)


def test_before_the_first_rate() -> None:
    with pytest.raises(DateOutOfRangeError) as caught:
        load_embedded_book().rate("EUR", "USD", date(1998, 12, 31))
    assert (
        str(caught.value)
        == "No rate for 'USD' on 1998-12-31: the first available date is 1999-01-04."
    )
    assert caught.value.first_available == date(1999, 1, 4)


def test_peg_per_usd_is_exact(book: RateBook) -> None:
    rate = book.rate("USD", "AED", FRIDAY)
    assert rate.value == Decimal("3.6725")
    assert "peg" in rate.source
    assert rate.date == FRIDAY


@pytest.mark.parametrize(
    ("base", "quote", "expected"),
    [
        ("USD", "SAR", Decimal("3.75")),
        ("USD", "QAR", Decimal("3.64")),
        ("USD", "OMR", Decimal("0.3845")),
        ("USD", "BHD", Decimal("0.376")),
        ("USD", "JOD", Decimal("0.709")),
        ("EUR", "XOF", Decimal("655.957")),
        ("EUR", "XAF", Decimal("655.957")),
        ("EUR", "BAM", Decimal("1.95583")),
        ("EUR", "BGN", Decimal("1.95583")),  # ECB stopped BGN after 2025-12-31
        ("EUR", "AED", Decimal("4.10291700")),  # 1.1172 * 3.6725
    ],
)
def test_pegs(book: RateBook, base: str, quote: str, expected: Decimal) -> None:
    assert book.rate(base, quote, FRIDAY).value == expected


def test_pegs_on_eur_are_pure_pegs(book: RateBook) -> None:
    assert book.rate("EUR", "XOF", FRIDAY).source == "peg"
    assert book.rate("XOF", "XAF", FRIDAY).value == 1


def test_ecb_value_beats_the_peg_while_published(book: RateBook) -> None:
    rate = book.rate("EUR", "BGN", date(2025, 6, 2))
    assert (rate.value, rate.source) == (Decimal("1.9558"), "ecb")


def test_peg_starts_on_its_since_date(book: RateBook) -> None:
    with pytest.raises(
        DateOutOfRangeError, match=r"'XOF' on 1998-06-01: the first available date is 1999-01-01"
    ):
        book.rate("EUR", "XOF", date(1998, 6, 1))


def test_unknown_code() -> None:
    with pytest.raises(UnknownCurrencyError) as caught:
        load_embedded_book().rate("XYZ", "USD")
    assert (
        str(caught.value) == "Unknown currency code 'XYZ'; expected an ISO 4217 code such as 'USD'."
    )


def test_known_code_without_a_rate(book: RateBook) -> None:
    with pytest.raises(NoRateError) as caught:
        book.rate("USD", "VND")
    assert str(caught.value) == "No rate for 'VND': no source publishes it and it has no fixed peg."


def test_rub_stopped_in_2022(book: RateBook) -> None:
    with pytest.raises(NoRateError, match="from 2022-03-01") as caught:
        book.rate("RUB", "EUR")
    assert caught.value.last_available == date(2022, 3, 1)
    assert book.rate("EUR", "RUB", date(2021, 6, 1)).date == date(2021, 6, 1)


@pytest.mark.parametrize(
    ("code", "published", "gone"),
    [
        ("CYP", date(2007, 12, 31), date(2008, 3, 1)),
        ("SIT", date(2006, 12, 29), date(2007, 3, 1)),
        ("LTL", date(2014, 12, 31), date(2015, 3, 1)),
        ("ROL", date(2005, 6, 30), date(2005, 9, 1)),
        ("TRL", date(2004, 12, 31), date(2005, 3, 1)),
        ("ISK", date(2008, 12, 9), date(2012, 1, 2)),  # ECB paused ISK 2008-2018
    ],
)
def test_historic_currencies_only_while_published(
    book: RateBook, code: str, published: date, gone: date
) -> None:
    assert book.rate("EUR", code, published).date == published
    with pytest.raises(NoRateError):
        book.rate("EUR", code, gone)


def test_kuna_converts_at_its_euro_rate_after_2022(book: RateBook) -> None:
    assert book.rate("EUR", "HRK", date(2022, 12, 30)).source == "ecb"  # ECB's own value while it published one
    after = book.rate("EUR", "HRK", date(2023, 3, 1))
    assert (after.value, after.source) == (Decimal("7.53450"), "peg")


def test_staleness_follows_injected_today() -> None:
    latest = load_embedded_book().latest_date()
    month_later = RateBook([embedded_source()], today=lambda: latest + timedelta(days=30))
    same_day = RateBook([embedded_source()], today=lambda: latest)
    assert month_later.rate("EUR", "USD").stale is True
    assert same_day.rate("EUR", "USD").stale is False
    assert load_embedded_book(today=lambda: latest).rate("EUR", "USD").stale is False


def test_historic_request_is_not_stale() -> None:
    late = RateBook([embedded_source()], today=lambda: date(2030, 1, 1))
    assert late.rate("EUR", "USD", SATURDAY).stale is False


def test_identity(book: RateBook) -> None:
    assert book.rate("usd", "USD", FRIDAY) == Rate(
        "USD", "USD", Decimal(1), FRIDAY, "identity", FRIDAY
    )
    assert book.rate("VND", "VND").value == 1


def test_convert(book: RateBook) -> None:
    amount, rate = book.convert(Decimal("1000"), "GBP", "USD", FRIDAY)
    assert amount.quantize(Decimal("0.01")) == Decimal("1339.89")
    assert rate == book.rate("GBP", "USD", FRIDAY)


def test_currencies_and_has_rate(book: RateBook) -> None:
    current = book.currencies()
    assert {"EUR": "ecb", "USD": "ecb", "AED": "ecb+peg", "XOF": "peg"}.items() <= current.items()
    assert "RUB" not in current and "CYP" not in current
    assert book.has_rate("GBP") and book.has_rate("SAR")
    assert not book.has_rate("RUB") and not book.has_rate("VND") and not book.has_rate("XYZ")


def test_table(book: RateBook) -> None:
    table = book.table("USD", FRIDAY)
    assert table["AED"].value == Decimal("3.6725")
    assert table["EUR"].value.quantize(SIX) == Decimal("0.895095")  # 1 / 1.1172
    assert "USD" not in table and "RUB" not in table
    assert book.table()["USD"].base == "EUR"


def test_latest_date(book: RateBook) -> None:
    assert book.latest_date() >= FRIDAY


def test_embedded_book_is_loaded_once() -> None:
    assert load_embedded_book() is load_embedded_book()


@settings(max_examples=50, deadline=None)
@given(
    st.sampled_from(["USD", "GBP", "JPY", "CHF", "AED", "XOF", "SEK"]),
    st.sampled_from(["EUR", "USD", "AUD", "SAR", "CAD"]),
    st.dates(date(2010, 1, 1), date(2026, 10, 30)),
)
def test_round_trip_is_one(base: str, quote: str, day: date) -> None:
    book = load_embedded_book()
    there, back = book.rate(base, quote, day), book.rate(quote, base, day)
    assert abs(there.value * back.value - 1) < Decimal("1e-25")
    assert there.date <= day and day - there.date <= timedelta(days=7)


# --- the RateSource seam, with in-test sources ----------------------------------------------

TINY_CSV = "Date,USD,GBP,\n2024-01-03,1.0919,0.86,\n2024-01-02,1.0956,N/A,\n"


class FakeSource:
    name = "fake"
    base = "EUR"

    def __init__(self, csv: str = TINY_CSV) -> None:
        self._series = parse_history(csv)

    def series(self) -> Mapping[str, Series]:
        return self._series


def test_book_over_a_fake_source() -> None:
    book = RateBook([FakeSource()], pegs=(), today=lambda: date(2024, 1, 3))
    rate = book.rate("GBP", "USD", date(2024, 1, 3))
    assert rate.value.quantize(SIX) == Decimal("1.269651")  # 1.0919 / 0.86
    assert (rate.source, rate.stale) == ("fake", False)
    assert book.currencies() == {"EUR": "fake", "GBP": "fake", "USD": "fake"}
    assert book.latest_date() == date(2024, 1, 3)
    with pytest.raises(
        DateOutOfRangeError, match="'GBP' on 2024-01-02: the first available date is 2024-01-03"
    ):
        book.rate("GBP", "USD", date(2024, 1, 2))
    with pytest.raises(NoRateError):
        book.rate("EUR", "AED")


def test_pegs_apply_to_any_source() -> None:
    rate = RateBook([FakeSource()], today=lambda: date(2024, 1, 3)).rate("USD", "AED")
    assert (rate.value, rate.source) == (Decimal("3.6725"), "fake+peg")


def test_first_source_wins_and_later_ones_fill_gaps() -> None:
    live = SeriesSource("live", "EUR", parse_history("Date,USD,\n2024-01-04,1.1,\n"))
    book = RateBook([live, FakeSource()], pegs=(), today=lambda: date(2024, 1, 4))
    assert book.rate("EUR", "USD").source == "live"
    assert book.rate("EUR", "USD", date(2024, 1, 2)).source == "fake"
    assert book.rate("GBP", "USD").source == "fake+live"


def test_sources_must_share_a_base() -> None:
    usd = SeriesSource("usd", "USD", parse_history("Date,EUR,\n2024-01-04,0.9,\n"))
    with pytest.raises(ValueError, match="do not quote against 'EUR'"):
        RateBook([FakeSource(), usd])


# --- the ECB CSV parser ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("Date,USD,\n", "ECB history has a header but no rows."),
        (
            "Date,usd,\n2024-01-03,1.09,\n",
            "ECB history header has 'usd' where a currency code belongs.",
        ),
        ("Date,USD,\n2024-01-03,1.09\n", "ECB history line 2 has 2 fields, the header 3."),
        (
            "Date,USD,\n03/01/2024,1.09,\n",
            "ECB history line 2 starts with '03/01/2024', not a date.",
        ),
        (
            "Date,USD,\n2024-01-02,1.09,\n2024-01-03,1.1,\n",
            "ECB history line 3 has 2024-01-03, not before line 2's date.",
        ),
        (
            "Date,USD,\n2024-01-03,1.09,\n2024-01-02,n/a,\n",
            "ECB history has 'n/a' for USD on 2024-01-02, not a positive number.",
        ),
        (
            "Date,USD,\n2024-01-03,NaN,\n",
            "ECB history has 'NaN' for USD on 2024-01-03, not a positive number.",
        ),
    ],
)
def test_parser_fails_loudly(csv: str, message: str) -> None:
    with pytest.raises(RateDataError) as caught:
        parse_history(csv)
    assert str(caught.value) == message
    assert isinstance(caught.value, RatesError)


def test_parser_skips_empty_columns_and_accepts_crlf() -> None:
    history = parse_history("\ufeffDate,USD,CYP,\r\n2024-01-03,1.09,N/A,\r\n")
    assert list(history) == ["USD"]


@pytest.mark.parametrize(
    "module",
    [service.rates.model, service.rates.ecb_csv, service.rates.pegs, service.rates.book],
)
def test_doctests(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0
