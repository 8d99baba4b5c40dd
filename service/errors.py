"""paynorm's one error tree.

    PaynormError          base of every error paynorm raises on purpose
    └── InvalidInput      a request value is wrong; ``field`` names it (HTTP 422)

Errors of the rates layer (``service.rates.RatesError``) stay inside
``service.normalize``: a missing rate is a warning, a date before the first
rate becomes ``InvalidInput`` on ``as_of``.
"""

from __future__ import annotations


class PaynormError(Exception):
    """Base of every error paynorm raises on purpose."""


class InvalidInput(PaynormError):
    """A request value is wrong. ``field`` is a dotted path such as ``as_of``."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")
