"""Error mapping: every error leaves as one JSON shape, never a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InvalidInput
from .schemas import ErrorBody, ErrorDetail, ErrorResponse

log = logging.getLogger("paynorm")

_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large", 415: "unsupported_media_type"}


def error_response(status: int, code: str, details: Sequence[ErrorDetail]) -> JSONResponse:
    message = "; ".join(f"{d.field}: {d.message}" if d.field else d.message for d in details)
    body = ErrorResponse(error=ErrorBody(code=code, message=message, details=list(details)))
    return JSONResponse(body.model_dump(), status_code=status)


def field_path(loc: Sequence[Any]) -> str | None:
    """('body', 'items', 3, 'text') -> 'items[3].text'."""
    parts = list(loc[1:] if loc and loc[0] in ("body", "query", "path") else loc)
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or None


def _validation_message(err: dict[str, Any]) -> str:
    if err.get("type") == "json_invalid":
        return f"the body is not valid JSON ({err.get('ctx', {}).get('error', 'decode error')})"
    if err.get("type") == "missing":
        return "is required"
    if err.get("type") == "extra_forbidden":
        return "is not a known field"
    msg = str(err.get("msg", "is invalid"))
    return msg.removeprefix("Value error, ")


def invalid_request(exc: RequestValidationError | InvalidInput) -> JSONResponse:
    """The 422 of a request that failed validation or an input check."""
    if isinstance(exc, InvalidInput):
        return error_response(422, "invalid_request", [ErrorDetail(field=exc.field, message=exc.message)])
    details = [
        ErrorDetail(field=None if e.get("type") == "json_invalid" else field_path(e.get("loc", ())),
                    message=_validation_message(e))
        for e in exc.errors()
    ]
    return error_response(422, "invalid_request", details)


def internal_error() -> JSONResponse:
    return error_response(500, "internal_error", [ErrorDetail(field=None, message="internal error; it has been logged")])


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return invalid_request(exc)

    @app.exception_handler(InvalidInput)
    async def _invalid_input(request: Request, exc: InvalidInput) -> JSONResponse:
        return invalid_request(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        response = error_response(exc.status_code, code, [ErrorDetail(field=None, message=str(exc.detail))])
        response.headers.update(exc.headers or {})  # Allow on a 405 (RFC 9110)
        return response

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return internal_error()
