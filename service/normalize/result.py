"""The typed result of ``normalize``: what the library returns and the API serves.

Money is ``Decimal`` inside; it becomes a JSON number only when serialised
(``Money``), so rounding happens once, where the value is computed.
"""

from __future__ import annotations

import datetime
import keyword
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

Money = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]
PeriodName = Literal["hour", "day", "week", "fortnight", "semimonth", "month", "year"]
Role = Literal["primary", "base", "alternative", "other_pay", "non_pay"]
CurrencyRule = Literal[
    "iso_code", "symbol", "currency_word", "script", "market_words", "country", "default_currency", "fallback", "none"
]


_set = object.__setattr__


_BUILDER_NAMES = frozenset({"cls", "m", "values", "new", "set_", "set"})


def _builder(cls: type[BaseModel]) -> Any:
    """``cls.build``: an instance from trusted values, one for every field; no validation.

    What ``model_construct`` makes (the same ``__dict__``, fields set, extra and private
    slots) without its per-field walk over aliases and defaults, which these models do
    not use. The function is written out per class with one keyword-only parameter a
    field, so Python's own argument binding refuses a missing or unknown field
    (TypeError) at no cost; checking the keys by hand was a third of a build.
    """
    names = list(cls.__pydantic_fields__)
    # field names become parameters: they must be identifiers, and not the function's own names
    if bad := [n for n in names if not n.isidentifier() or keyword.iskeyword(n) or n in _BUILDER_NAMES]:
        raise TypeError(f"{cls.__name__}: fields {bad} cannot be parameters of build")
    params = ", ".join(names)
    values = ", ".join(f"{n!r}: {n}" for n in names)
    source = (
        f"def build(cls, *, {params}):\n"
        f"    m = new(cls)\n"
        f"    values = {{{values}}}\n"
        f"    set_(m, '__dict__', values)\n"
        f"    set_(m, '__pydantic_fields_set__', set(values))\n"
        f"    set_(m, '__pydantic_extra__', None)\n"
        f"    set_(m, '__pydantic_private__', None)\n"
        f"    return m\n"
    )
    namespace: dict[str, Any] = {"new": object.__new__, "set_": _set}
    exec(source, namespace)  # noqa: S102 - the source is built from the model's own field names
    build = namespace["build"]
    build.__qualname__, build.__module__ = f"{cls.__name__}.build", cls.__module__
    build.__doc__ = f"A {cls.__name__} from trusted values, one for every field; no validation."
    return classmethod(build)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.build = _builder(cls)  # type: ignore[method-assign]

    @classmethod
    def build(cls, **values: Any) -> Any:
        """An instance from trusted values, one for every field; no validation
        (replaced per subclass by ``_builder``)."""
        raise TypeError(f"{cls.__name__} has no fields to build")


class Warning(_Model):
    code: str = Field(description="Machine-readable code, stable across versions.", examples=["period_inferred"])
    message: str = Field(description="What happened, for people.", examples=["No pay period is written; 'year' was inferred from the amount."])


class StatedSalary(_Model):
    """The salary as the text states it, numbers expanded (53K -> 53000)."""

    min: Money | None = Field(description="Lower bound; null for 'up to X'.", examples=[None])
    max: Money | None = Field(description="Upper bound; null for 'from X' or 'X+'.", examples=[900000])
    currency: str | None = Field(description="ISO 4217 code; null when the text and hints name none.", examples=["USD"])
    period: PeriodName | None = Field(description="Pay period, written or inferred.", examples=["year"])
    bound: Literal["closed", "at_least", "at_most"] = Field(description="'closed' range or single amount, 'at_least' (from X), 'at_most' (up to X).", examples=["at_most"])
    currency_written: bool = Field(description="True when a symbol, code or word in the text gave the currency; false when it came from country or default_currency.", examples=[True])
    currency_rule: CurrencyRule = Field(description="The rule that chose the currency.", examples=["fallback"])
    currency_candidates: list[str] = Field(description="Every currency the written sign could mean.", examples=[["USD", "CAD", "AUD"]])
    currency_ambiguous: bool = Field(description="True when the sign could mean several currencies and a hint or fallback chose one.", examples=[True])
    period_written: bool = Field(description="True when the text writes the period; false when inferred.", examples=[True])
    period_inferred: bool = Field(description="True when the period was inferred from the amount's size.", examples=[False])
    approximate: bool = Field(description="True when the text says 'approximately', 'c.', '~'.", examples=[False])
    months_per_year: Money | None = Field(description="Months of pay a year written in the text (13薪, 14 Gehälter), if any.", examples=[None])


class NormalizedSalary(_Model):
    """The stated salary in the target currency and period, rounded to the currency's minor unit."""

    min: Money | None = Field(description="Lower bound; null when open.", examples=[None])
    max: Money | None = Field(description="Upper bound; null when open.", examples=[773270.33])
    currency: str = Field(description="The target currency (ISO 4217).", examples=["EUR"])
    period: PeriodName = Field(description="The target period.", examples=["year"])


class MentionOut(_Model):
    """One amount or range of money found in the text."""

    span: tuple[int, int] = Field(description="[start, end) character offsets in the text as sent.", examples=[[0, 14]])
    text: str = Field(description="The text of the span.", examples=["up to $900,000"])
    role: Role = Field(description="'primary' (the salary), 'base' (another base-pay mention), 'alternative' (an equivalent, e.g. in another currency), 'other_pay' (OTE, bonus, commission) or 'non_pay' (revenue, funding, market benchmarks, what others earned).", examples=["primary"])
    role_reason: str | None = Field(description="Why the role was given, when a word decided it.", examples=[None])
    alternative_of: int | None = Field(description="For an alternative: the index of the mention it restates.", examples=[None])
    min: Money | None = Field(description="Lower bound as stated.", examples=[None])
    max: Money | None = Field(description="Upper bound as stated.", examples=[900000])
    currency: str | None = Field(description="ISO 4217 code.", examples=["USD"])
    currency_written: bool = Field(description="True when the text writes the currency.", examples=[True])
    period: PeriodName | None = Field(description="The period written for this mention (not inferred).", examples=["year"])


class RateUsed(_Model):
    base: str = Field(description="Currency converted from.", examples=["USD"])
    quote: str = Field(description="Currency converted to.", examples=["EUR"])
    value: Money = Field(description="1 base = value quote.", examples=[0.8951])
    date: datetime.date = Field(description="Publication date of the rate used.", examples=["2026-10-30"])
    requested_date: datetime.date | None = Field(description="The as_of asked for; null for the latest.", examples=[None])
    source: str = Field(description="Where the rate came from: 'ecb', 'peg', 'ecb+peg', 'identity'.", examples=["ecb"])
    stale: bool = Field(description="True when the rate is older than the staleness limit.", examples=[False])
    indicative: bool = Field(False, description="True when the rate is from the indicative NBP tier.", examples=[False])


class PeriodConversion(_Model):
    source: PeriodName = Field(description="Period of the stated salary.", examples=["year"])
    target: PeriodName = Field(description="Period of the normalized salary.", examples=["year"])
    factor: Money = Field(description="Multiply a stated amount by this to get it per target period.", examples=[1])
    hours_per_week: Money = Field(description="Work hours a week used for hourly pay.", examples=[40])
    days_per_week: Money = Field(description="Work days a week used for daily pay.", examples=[5])
    weeks_per_year: Money = Field(description="Paid weeks a year used.", examples=[52])
    months_per_year: Money = Field(description="Monthly salaries a year used.", examples=[12])
    months_per_year_source: Literal["default", "request", "text"] = Field(description="Where months_per_year came from; a text's '13薪' wins over the request.", examples=["default"])


class NormalizeResult(_Model):
    """Everything paynorm found in one text."""

    stated: StatedSalary | None = Field(description="The primary salary as stated; null when the text states none.")
    normalized: NormalizedSalary | None = Field(description="The stated salary in target currency and period; null when it cannot be computed (see warnings).")
    mentions: list[MentionOut] = Field(description="Every amount of money found, in text order.")
    rate: RateUsed | None = Field(description="The exchange rate used; null without conversion.")
    period_conversion: PeriodConversion | None = Field(description="The period factor and work-time assumptions used.")
    confidence: float = Field(ge=0, le=1, description="How sure paynorm is of `stated` (1 = everything written, nothing guessed).", examples=[0.85])
    warnings: list[Warning] = Field(description="What was guessed or could not be done.")
    reason: str | None = Field(description="Why `stated` is null: 'negotiable', 'competitive', 'not_disclosed', 'unpaid', 'no_amount' or 'no_base_pay' (only one-off pay such as a sign-on bonus or an allowance).", examples=[None])
