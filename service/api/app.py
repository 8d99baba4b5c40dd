"""``create_app(settings)``: the FastAPI application, thin routes only."""

from __future__ import annotations

import ctypes
import dataclasses
import datetime
import gc
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.utils import get_openapi
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic.json_schema import models_json_schema

from ..errors import InvalidInput
from ..normalize import NormalizeResult, Normalizer
from ..normalize.core import ClockEpoch, check_as_of
from ..normalize.options import CurrencyCode, IsoDate
from ..parse import lexer
from ..parse.currencies import symbol_table
from ..rates import DateOutOfRangeError, LiveRates, RateBook, RatesError
from ..settings import Settings
from . import errors
from .asgi import FastRoutes, PaynormApp
from .fast import JsonEndpoints
from .limits import BodySizeLimit
from .metrics import Metrics
from .observability import AccessLog, RequestLog, configure_logging
from .schemas import (
    BatchRequest,
    BatchResponse,
    CurrencyInfo,
    ErrorDetail,
    ErrorResponse,
    Health,
    NormalizeRequest,
    ProviderInfo,
    RateEntry,
    RatesResponse,
)

_ERRORS = {
    413: {"model": ErrorResponse, "description": "The request body is larger than PAYNORM_MAX_BODY_BYTES."},
    422: {"model": ErrorResponse, "description": "A field is missing or invalid; the message names it."},
}

DESCRIPTION = """Turns free-text salary strings into canonical ranges: amounts, currency and
pay period as stated, then converted to a target currency and period with the
exchange rate and work-time assumptions reported."""


def create_app(settings: Settings | None = None, *, rates: LiveRates | None = None) -> FastAPI:
    """The app. ``rates`` defaults to ``LiveRates(settings.rates)``, refreshed in
    the background between start-up and shutdown (the lifespan)."""
    settings = settings or Settings.from_env()
    live = rates or LiveRates(settings.rates)
    # The server caches answers as bytes by text and options (JsonEndpoints); the
    # normalizer's own parse cache then only helps a text sent again with other
    # options, so it is kept small: 10,000 parse results held 11 MB per worker.
    normalizer = Normalizer(lambda: live.book, target_currency=settings.target_currency,
                            cache_size=min(1_000, settings.parse_cache_size),
                            epoch=ClockEpoch(lambda: live.book, lambda: int(live.now().timestamp() // 60)))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _few_malloc_arenas()
        await live.start()
        # start-up objects (tables, compiled patterns, rate histories) live as
        # long as the process: keep them out of every later full collection
        gc.collect()
        gc.freeze()
        # then the lexer's patterns, in a thread: the server answers meanwhile (a first request
        # compiles what it needs), and the rates' loading above did not share the GIL with it
        threading.Thread(target=lexer.warm, name="paynorm-lexer-warm", daemon=True).start()
        try:
            yield
        finally:
            await live.stop()

    app = PaynormApp(title="paynorm", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.rates = live
    app.state.normalizer = normalizer
    errors.install(app)
    configure_logging(settings.log_level)
    fast = JsonEndpoints(normalizer, settings)
    metrics = Metrics(fast.stats, live)
    fast._observe = metrics.observe_result
    app.state.endpoints = fast
    app.state.metrics = metrics
    access = AccessLog(observe=metrics.observe_request)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestLog, access=access)
    app.fast_routes = FastRoutes(fast, access, settings.max_body_bytes)

    @app.post("/normalize", operation_id="normalize", response_model=NormalizeResult, responses=_ERRORS,
              summary="Normalize one salary text", openapi_extra=_body("NormalizeRequest"))
    async def normalize(request: Request) -> Response:
        # answered by FastRoutes in front of the app; this route is its spec
        # and serves only requests that path does not take
        return Response(fast.normalize(await request.body()), media_type="application/json")

    @app.post("/normalize/batch", operation_id="normalizeBatch", response_model=BatchResponse, responses=_ERRORS,
              summary="Normalize many salary texts in one call", openapi_extra=_body("BatchRequest"))
    async def normalize_batch(request: Request) -> Response:
        body = await request.body()
        return Response(await run_in_threadpool(fast.batch, body), media_type="application/json")

    @app.get("/currencies", operation_id="listCurrencies", response_model=list[CurrencyInfo],
             summary="Currencies paynorm reads and converts")
    def list_currencies() -> list[CurrencyInfo]:
        return _currency_list(live.book)

    @app.get("/rates", operation_id="getRates", response_model=RatesResponse, responses=_ERRORS,
             summary="The exchange-rate table")
    def get_rates(
        base: Annotated[CurrencyCode, Query(description="Quote every rate against this currency.")] = "EUR",
        as_of: Annotated[IsoDate | None, Query(description="Rates published on or before this date (YYYY-MM-DD).")] = None,
    ) -> RatesResponse:
        book = live.book
        check_as_of(book, as_of)  # as /normalize answers it
        try:
            table = book.table(base, as_of)
        except DateOutOfRangeError as e:
            raise InvalidInput("as_of", str(e)) from None
        except RatesError as e:
            raise InvalidInput("base", str(e)) from None
        rates = {code: RateEntry(value=float(r.value), date=r.date, source=r.source, stale=r.stale,
                                 indicative=r.indicative, precision=r.precision, cadence=r.cadence)
                 for code, r in sorted(table.items())}
        newest = min(as_of, book.latest_date()) if as_of else book.latest_date()
        providers = [ProviderInfo(**dataclasses.asdict(p)) for p in live.status()]
        return RatesResponse(base=base, as_of=as_of, date=newest, rates=rates, providers=providers)

    @app.get("/healthz", operation_id="healthz", response_model=Health, summary="Liveness")
    def healthz() -> Health:
        return Health(status="ok", rates_date=live.book.latest_date())

    @app.get("/readyz", operation_id="readyz", response_model=Health, summary="Readiness: rates are loaded",
             responses={503: {"model": ErrorResponse, "description": "No rates loaded yet."}})
    def readyz() -> Response:
        if not live.ready():
            return errors.error_response(503, "not_ready", [ErrorDetail(field=None, message="no exchange rates loaded yet")])
        return Response(Health(status="ok", rates_date=live.book.latest_date()).model_dump_json(),
                        media_type="application/json")

    @app.get("/metrics", include_in_schema=False)
    def prometheus() -> Response:
        """Prometheus text format: requests, latency, results, cache, rate ages."""
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    playground = (Path(__file__).parent / "static" / "index.html").read_bytes()

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        """The playground: paste a salary text, see what paynorm reads."""
        return Response(playground, media_type="text/html; charset=utf-8")

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    return app


def _few_malloc_arenas() -> None:
    """Cap glibc's malloc arenas at 2, as MALLOC_ARENA_MAX=2 would.

    glibc gives each thread that allocates its own arena and keeps freed memory
    in it; with parse threads allocating answers of up to 100 KB, a worker's RSS
    kept climbing in the soak. Called before any thread starts; a no-op where
    the C library has no mallopt (musl, macOS).
    """
    try:
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 2)
    except (OSError, AttributeError):
        pass


_M_ARENA_MAX = -8  # from glibc's malloc.h


def _body(schema: str) -> dict[str, Any]:
    """The request body of a route that reads raw bytes, for the spec."""
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{schema}"}}}}}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's spec plus the request schemas of the raw-body routes."""
    if app.openapi_schema is None:
        spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        _, defs = models_json_schema([(NormalizeRequest, "validation"), (BatchRequest, "validation")],
                                     ref_template="#/components/schemas/{model}")
        spec.setdefault("components", {}).setdefault("schemas", {}).update(defs["$defs"])
        app.openapi_schema = spec
    return app.openapi_schema


@lru_cache(maxsize=1)
def _symbols_by_code() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for symbol, codes in symbol_table().items():
        for code in codes:
            out.setdefault(code, []).append(symbol)
    return out


def _currency_list(book: RateBook) -> list[CurrencyInfo]:
    return list(_currency_list_cached(id(book), book))


@lru_cache(maxsize=4)
def _currency_list_cached(_key: int, book: RateBook) -> tuple[CurrencyInfo, ...]:
    sources = book.currencies()
    in_use = {c for t in Locale.parse("en").territories if len(t) == 2 for c in _tender(t)}
    symbols = _symbols_by_code()
    return tuple(
        CurrencyInfo(code=code, name=get_currency_name(code, locale="en"), symbols=sorted(symbols.get(code, [])),
                     has_rate=code in sources, rate_source=sources.get(code))
        for code in sorted(in_use | set(sources))
    )


def _tender(territory: str) -> list[str]:
    try:
        return get_territory_currencies(territory, tender=True)
    except Exception:
        return []
