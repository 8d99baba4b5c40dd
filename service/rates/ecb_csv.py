"""Pure parse of ECB's reference-rate history CSV (eurofxref-hist.csv).

Format: a ``Date,USD,JPY,...,`` header, then one row per publication day, newest first, with
units of currency per 1 EUR, ``N/A`` where ECB published nothing, and a trailing comma.
Anything else is an upstream surprise and raises RateDataError naming the line.

The whole body is split once into a flat list and sliced into columns: per-row lists and
per-cell Python calls made the 7,000 x 42 file three times slower to load, mostly in GC.
"""

from __future__ import annotations

import datetime
import operator
import re
from decimal import Decimal, InvalidOperation
from itertools import compress, pairwise

from service.rates.model import RateDataError, Series, is_rate, plain_figures

_MISSING = "N/A"
_CODE = re.compile(r"[A-Z]{3}")
_count_commas = operator.methodcaller("count", ",")


def parse_history(text: str) -> dict[str, Series]:
    """Parse the CSV text into one ascending series per currency that has any value.

    >>> s = parse_history("Date,USD,JPY,\\n2024-01-03,1.0919,N/A,\\n2024-01-02,1.0956,160.1,\\n")
    >>> s["USD"].dates
    (datetime.date(2024, 1, 2), datetime.date(2024, 1, 3))
    >>> s["USD"].values, s["JPY"].values
    ((Decimal('1.0956'), Decimal('1.0919')), (Decimal('160.1'),))
    """
    header, _, body = text.lstrip("\ufeff").partition("\n")
    codes = _codes(header.rstrip("\r"))
    lines = [line for line in body.splitlines() if line]
    if not lines:
        raise RateDataError("ECB history has a header but no rows.")
    _check_widths(lines, len(codes))
    flat = ",".join(lines).split(",")
    width = len(codes) + 1
    days = _dates(flat[::width])
    history = {
        code: _series(code, days, flat[i::width][::-1]) for i, code in enumerate(codes, 1) if code
    }
    return {code: series for code, series in history.items() if series is not None}


def _codes(header: str) -> list[str]:
    """Currency codes of the header; '' marks the empty column after the trailing comma.

    >>> _codes("Date,USD,GBP,")
    ['USD', 'GBP', '']
    >>> _codes("Day,USD")
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: ECB history header must start with 'Date', got 'Day'.
    """
    first, *codes = header.split(",")
    if first != "Date":
        raise RateDataError(f"ECB history header must start with 'Date', got {first!r}.")
    named = codes[:-1] if codes[-1:] == [""] else codes
    bad = next((code for code in named if not _CODE.fullmatch(code)), None)
    if bad is not None:
        raise RateDataError(f"ECB history header has {bad!r} where a currency code belongs.")
    return codes


def _check_widths(lines: list[str], commas: int) -> None:
    """Every row must have the header's field count, or the flat slicing would misalign.

    >>> _check_widths(["2024-01-03,1.09,", "2024-01-02,1.1"], 2)
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: ECB history line 3 has 2 fields, the header 3.
    """
    if set(map(_count_commas, lines)) <= {commas}:
        return
    number, line = next((n, line) for n, line in enumerate(lines, 2) if line.count(",") != commas)
    fields = line.count(",") + 1
    raise RateDataError(f"ECB history line {number} has {fields} fields, the header {commas + 1}.")


def _dates(cells: list[str]) -> tuple[datetime.date, ...]:
    """Row dates, newest first in the file, returned oldest first.

    >>> _dates(["2024-01-03", "2024-01-03"])
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: ECB history line 3 has 2024-01-03, not before line 2's date.
    """
    try:
        days = list(map(datetime.date.fromisoformat, cells))
    except ValueError:
        number, cell = next((n, c) for n, c in enumerate(cells, 2) if not _is_date(c))
        raise RateDataError(
            f"ECB history line {number} starts with {cell!r}, not a date."
        ) from None
    if not all(map(operator.gt, days, days[1:])):
        number, day = next((n, b) for n, (a, b) in enumerate(pairwise(days), 3) if a <= b)
        raise RateDataError(
            f"ECB history line {number} has {day}, not before line {number - 1}'s date."
        )
    return tuple(reversed(days))


def _series(code: str, days: tuple[datetime.date, ...], cells: list[str]) -> Series | None:
    present = list(map(_MISSING.__ne__, cells))
    kept_days, raw = tuple(compress(days, present)), list(compress(cells, present))
    if not raw:
        return None
    figures = plain_figures(raw)
    if figures is not None:
        return Series.from_cells(kept_days, *figures)
    try:
        values = tuple(map(Decimal, raw))
    except InvalidOperation:
        raise _bad_cell(code, kept_days, raw) from None
    if not all(map(Decimal.is_finite, values)) or min(values) <= 0:
        raise _bad_cell(code, kept_days, raw)
    return Series(kept_days, values)


def _bad_cell(code: str, days: tuple[datetime.date, ...], raw: list[str]) -> RateDataError:
    """The error for the first cell that is not a positive number.

    >>> _bad_cell("GBP", (datetime.date(2026, 10, 29), datetime.date(2026, 10, 30)), ["0.83", "-1"])
    RateDataError("ECB history has '-1' for GBP on 2026-10-30, not a positive number.")
    """
    day, cell = next((d, c) for d, c in zip(days, raw, strict=True) if not is_rate(c))
    return RateDataError(
        f"ECB history has {cell!r} for {code} on {day.isoformat()}, not a positive number."
    )


def _is_date(cell: str) -> bool:
    try:
        datetime.date.fromisoformat(cell)
    except ValueError:
        return False
    return True
