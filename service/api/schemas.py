"""Request and response bodies of the HTTP API."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..normalize import NormalizeOptions, NormalizeResult


class NormalizeRequest(NormalizeOptions):
    """A salary text and the options that change how it is read and converted."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"text": "up to $900,000 (approximately ₹7.4 crore)", "target_currency": "EUR"}]},
    )

    text: str = Field(
        min_length=1,
        description="A salary string, a sentence or a whole posting; at most PAYNORM_MAX_TEXT_LENGTH characters (default 10,000).",
        examples=["£30k - £35k pa + bonus"],
    )

    def options(self) -> NormalizeOptions:
        # already validated as part of this request: build without re-validating, once per
        # set of values (requests share a few; model_construct was ~5% of a new text's time)
        values = tuple(getattr(self, k) for k in _OPTION_FIELDS)
        built = _BUILT.get(values)
        if built is None:
            built = NormalizeOptions.model_construct(**dict(zip(_OPTION_FIELDS, values, strict=True)))
            if len(_BUILT) < 1024:
                _BUILT[values] = built
        return built


_OPTION_FIELDS = tuple(NormalizeOptions.model_fields)
# equal values give equal options (the answer caches key on them already), so one object serves
_BUILT: dict[tuple[object, ...], NormalizeOptions] = {}


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[NormalizeRequest] = Field(
        min_length=1,
        description="Requests to normalize; at most PAYNORM_MAX_BATCH_ITEMS (default 1,000).",
    )


class BatchResponse(BaseModel):
    results: list[NormalizeResult] = Field(description="One result per item, in the same order.")


class CurrencyInfo(BaseModel):
    code: str = Field(description="ISO 4217 code.", examples=["EUR"])
    name: str = Field(description="English name (CLDR).", examples=["Euro"])
    symbols: list[str] = Field(description="Signs and words the parser reads as this currency.", examples=[["€", "euro", "euros"]])
    has_rate: bool = Field(description="True when a current exchange rate exists.", examples=[True])
    rate_source: str | None = Field(description="Where the rate comes from ('ecb', 'peg').", examples=["ecb"])


class RateEntry(BaseModel):
    value: float = Field(description="1 base = value of this currency.", examples=[1.1172])
    date: datetime.date = Field(description="Publication date of this rate.", examples=["2026-10-30"])
    source: str = Field(description="Where the rate comes from.", examples=["ecb"])
    stale: bool = Field(description="True when the rate is older than the staleness limit.", examples=[False])
    indicative: bool = Field(description="True for the NBP tier: indicative, below ECB and pegs.", examples=[False])
    precision: int | None = Field(description="Significant digits of the coarsest published figure used, when known.", examples=[None])
    cadence: Literal["daily", "weekly"] | None = Field(description="How often the source publishes, when known.", examples=["daily"])


class ProviderInfo(BaseModel):
    name: str = Field(description="Provider name: 'ecb', 'frankfurter', 'openexchangerates', 'embedded', 'nbp'.", examples=["ecb"])
    last_success: datetime.datetime | None = Field(description="When it last delivered a valid table.", examples=[None])
    last_error: str | None = Field(description="Its last error, if any.", examples=[None])
    last_error_at: datetime.datetime | None = Field(description="When that error happened.", examples=[None])
    rates_date: datetime.date | None = Field(description="Newest publication date held from it.", examples=["2026-10-30"])
    coverage: int = Field(description="Currencies it prices today.", examples=[30])
    stale: bool = Field(description="True when its newest rates are past their publication window.", examples=[False])
    next_refresh_at: datetime.datetime | None = Field(description="When it will be fetched next; null for embedded tiers.", examples=[None])
    indicative: bool = Field(description="True for an indicative tier (NBP).", examples=[False])


class RatesResponse(BaseModel):
    base: str = Field(description="The currency every rate is quoted against.", examples=["EUR"])
    as_of: datetime.date | None = Field(description="The date asked for; null for the latest.", examples=[None])
    date: datetime.date = Field(description="The newest publication date in the table.", examples=["2026-10-30"])
    rates: dict[str, RateEntry] = Field(description="Currency code -> rate.")
    providers: list[ProviderInfo] = Field(description="Each provider's last success, last error and coverage.")


class Health(BaseModel):
    status: Literal["ok"] = Field(description="Always 'ok' when the service answers.", examples=["ok"])
    rates_date: datetime.date = Field(description="Newest date of the loaded rates.", examples=["2026-10-30"])


class ErrorDetail(BaseModel):
    field: str | None = Field(description="The request field at fault, as a path such as 'items[2].text'; null for the body as a whole.", examples=["target_currency"])
    message: str = Field(description="What is wrong with it.", examples=["unknown currency code 'XYZ'; expected an ISO 4217 code such as 'USD'"])


class ErrorBody(BaseModel):
    code: str = Field(description="'invalid_request', 'body_too_large', 'not_found', 'method_not_allowed'.", examples=["invalid_request"])
    message: str = Field(description="All problems in one sentence each, field first.", examples=["target_currency: unknown currency code 'XYZ'; expected an ISO 4217 code such as 'USD'"])
    details: list[ErrorDetail] = Field(description="One entry per problem.")


class ErrorResponse(BaseModel):
    """Every error has this one shape."""

    error: ErrorBody = Field(description="The error.")
