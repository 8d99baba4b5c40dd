"""Typed results of the parser. Plain dataclasses: no HTTP, no rates."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from .tables import Period

Role = Literal["primary", "base", "alternative", "other_pay", "non_pay"]
CurrencyRule = Literal[
    "iso_code", "symbol", "currency_word", "script", "market_words", "country", "default_currency", "fallback", "none"
]
Bound = Literal["closed", "at_least", "at_most"]


@dataclass(frozen=True, slots=True)
class Warning:
    """A machine-readable code and a sentence for people."""

    code: str
    message: str


@dataclass(slots=True)
class Mention:
    """One amount or range of money found in the text.

    ``span`` is ``[start, end)`` in the text as sent. ``minimum`` is None for
    "up to X", ``maximum`` is None for "from X"; a single amount has both equal.
    """

    span: tuple[int, int]
    minimum: Decimal | None
    maximum: Decimal | None
    currency: str | None
    currency_written: bool
    currency_rule: CurrencyRule
    currency_candidates: tuple[str, ...]
    period: Period | None
    role: Role = "base"
    role_reason: str | None = None
    alternative_of: int | None = None
    approximate: bool = False
    strength: int = 0
    salary_context: bool = False
    decimal_guessed: bool = False
    piece_rate: str | None = None  # "per batch": pay per piece of work, no time period
    one_off: bool = False  # a sign-on or referral bonus, an allowance, a voucher: never the salary
    postcode: bool = False  # a bare number shaped and placed like a postcode

    @property
    def bound(self) -> Bound:
        if self.minimum is None:
            return "at_most"
        if self.maximum is None:
            return "at_least"
        return "closed"


@dataclass(slots=True)
class ParseResult:
    """What the text states. ``primary`` indexes ``mentions`` (None: no salary)."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    primary: int | None = None
    months_per_year: Decimal | None = None
    months_per_year_span: tuple[int, int] | None = None
    no_salary_reason: str | None = None
    warnings: list[Warning] = field(default_factory=list)

    @property
    def salary(self) -> Mention | None:
        return None if self.primary is None else self.mentions[self.primary]
