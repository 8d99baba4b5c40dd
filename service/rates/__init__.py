"""Exchange rates: sources of dated rates, fixed pegs, and the RateBook that crosses them."""

from service.rates.book import RateBook
from service.rates.embedded import embedded_source, load_embedded_book
from service.rates.model import (
    DateOutOfRangeError,
    NoRateError,
    Peg,
    Rate,
    RateDataError,
    RatesError,
    RateSource,
    Series,
    SeriesSource,
    UnknownCurrencyError,
)

__all__ = [
    "DateOutOfRangeError",
    "NoRateError",
    "Peg",
    "Rate",
    "RateBook",
    "RateDataError",
    "RateSource",
    "RatesError",
    "Series",
    "SeriesSource",
    "UnknownCurrencyError",
    "embedded_source",
    "load_embedded_book",
]
