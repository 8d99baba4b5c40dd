"""Options of one normalization, validated once for the library and the API."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import lru_cache
from typing import Annotated

from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from ..parse.currencies import CLDR
from .result import PeriodName


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    # CLDR's countries, without its groupings and placeholders (see parse.cldr_build)
    return frozenset(CLDR["countries"])


def _currency(value: str) -> str:
    code = value.strip().upper()
    if code not in _currencies():
        raise ValueError(f"unknown currency code {value!r}; expected an ISO 4217 code such as 'USD'")
    return code


def _country(value: str) -> str:
    code = value.strip().upper()
    if code not in _territories():
        raise ValueError(f"unknown country code {value!r}; expected an ISO 3166-1 alpha-2 code such as 'GB'")
    return code


def _locale(value: str) -> str:
    try:
        return str(Locale.parse(value.strip().replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"unknown locale {value!r}; expected a CLDR locale such as 'de_DE'") from None


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: object) -> object:
    """Only ``YYYY-MM-DD`` (or a date object): pydantic alone also reads Unix
    timestamps (``0`` is 1970-01-01) and midnight datetimes as dates."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")


IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date)]
CurrencyCode = Annotated[str, AfterValidator(_currency), Field(min_length=3, max_length=3, examples=["EUR"])]
CountryCode = Annotated[str, AfterValidator(_country), Field(min_length=2, max_length=2, examples=["GB"])]
LocaleId = Annotated[str, AfterValidator(_locale), Field(min_length=2, max_length=32, examples=["de_DE"])]


class NormalizeOptions(BaseModel):
    """Everything besides the text that changes the answer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country: CountryCode | None = Field(None, examples=["GB"], description="The posting's country (ISO 3166-1 alpha-2). Settles ambiguous signs ($, ¥, kr, Rs, R) and gives the currency when the text names none.")
    locale: LocaleId | None = Field(None, examples=["de_DE"], description="Number-format hint such as 'de_DE': settles '3.500' and '1,234'.")
    default_currency: CurrencyCode | None = Field(None, examples=["GBP"], description="Currency when the text names none; wins over country.")
    target_currency: CurrencyCode | None = Field(None, examples=["EUR"], description="Currency of `normalized`; default from the PAYNORM_TARGET_CURRENCY setting (USD).")
    target_period: PeriodName = Field("year", examples=["month"], description="Period of `normalized`.")
    as_of: IsoDate | None = Field(None, description="Use exchange rates published on or before this date; default the latest.", examples=["2024-03-15"])
    hours_per_week: Decimal = Field(Decimal(40), ge=1, le=168, description="Work hours a week, for hourly pay (1 to 168).", examples=[40])
    days_per_week: Decimal = Field(Decimal(5), ge=Decimal("0.5"), le=7, description="Work days a week, for daily pay (0.5 to 7).", examples=[5])
    weeks_per_year: Decimal = Field(Decimal(52), ge=1, le=53, description="Paid weeks a year (1 to 53).", examples=[52])
    months_per_year: Decimal = Field(Decimal(12), ge=1, le=24, description="Monthly salaries a year (1 to 24); a '13薪' or '14 Gehälter' in the text overrides it for that text.", examples=[12])
