"""paynorm: currency-aware salary normalization.

Library use::

    >>> from service import normalize
    >>> r = normalize("£30k - £35k pa", target_currency="GBP")
    >>> (r.stated.min, r.stated.max, r.stated.currency, r.stated.period)
    (Decimal('30000'), Decimal('35000'), 'GBP', 'year')

``normalize(text, **options)`` takes the options of ``NormalizeOptions`` and
returns the ``NormalizeResult`` that ``POST /normalize`` serves.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .errors import InvalidInput, PaynormError
from .normalize import NormalizeOptions, NormalizeResult, Normalizer

__all__ = ["InvalidInput", "NormalizeOptions", "NormalizeResult", "Normalizer", "PaynormError", "normalize"]


@lru_cache(maxsize=1)
def _default_normalizer() -> Normalizer:
    from .rates import load_offline_book

    return Normalizer(load_offline_book())


_OPTIONS: dict[tuple[tuple[str, Any], ...], NormalizeOptions] = {}


def normalize(text: str, **options: Any) -> NormalizeResult:
    """Parse ``text`` and normalize its salary with the embedded rates.

    Results are cached (LRU, 10,000 entries). Raises ``InvalidInput`` (with
    ``field``) for a bad option or empty text.
    """
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("text", "must be a non-empty string")
    try:
        key = tuple(sorted(options.items()))
        opts = _OPTIONS.get(key)
    except TypeError:  # an unhashable option value: validation will name it
        key, opts = None, None
    if opts is None:
        opts = _options(options)
        if key is not None and len(_OPTIONS) < 1024:
            _OPTIONS[key] = opts
    return _default_normalizer().cached(text, opts)


def _options(options: dict[str, Any]) -> NormalizeOptions:
    from pydantic import ValidationError

    try:
        return NormalizeOptions(**options)
    except ValidationError as e:
        err = e.errors()[0]
        raise InvalidInput(".".join(str(p) for p in err["loc"]), err["msg"].removeprefix("Value error, ")) from None
