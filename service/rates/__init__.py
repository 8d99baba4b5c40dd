"""Exchange rates: sources of dated rates, fixed pegs, the RateBook that crosses them, and
LiveRates, which keeps a RateBook current from live providers without ever blocking a request."""

from service.rates.book import RateBook
from service.rates.config import KNOWN_PROVIDERS, RatesConfig
from service.rates.embedded import embedded_source, load_embedded_book, load_offline_book
from service.rates.live import LiveRates, ProviderStatus
from service.rates.model import (
    DateOutOfRangeError,
    Freshness,
    IndicativeSource,
    NoRateError,
    Peg,
    ProviderError,
    Rate,
    RateDataError,
    RatesError,
    RateSource,
    Series,
    SeriesSource,
    UnknownCurrencyError,
)

__all__ = [
    "KNOWN_PROVIDERS",
    "DateOutOfRangeError",
    "Freshness",
    "IndicativeSource",
    "LiveRates",
    "NoRateError",
    "Peg",
    "ProviderError",
    "ProviderStatus",
    "Rate",
    "RateBook",
    "RateDataError",
    "RateSource",
    "RatesConfig",
    "RatesError",
    "Series",
    "SeriesSource",
    "UnknownCurrencyError",
    "embedded_source",
    "load_embedded_book",
    "load_offline_book",
]
