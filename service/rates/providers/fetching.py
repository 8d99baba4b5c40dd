"""One GET with every limit a refresh needs, so a provider can be slow or broken but never hang us.

httpx's timeouts apply per socket operation: a body that trickles in a byte at a time never
trips the read timeout. So the whole fetch, retries and body included, runs under one deadline,
and the body is counted while it streams (after decompression) and cut at a size cap.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from service.rates.model import ProviderError, RateDataError

if TYPE_CHECKING:  # imported where a client is made: a server with only embedded rates never needs it
    import httpx

USER_AGENT = "paynorm/0.1 (salary normalization; exchange-rate refresh)"
# Worth another try: the upstream is overloaded or restarting. Other statuses will not change.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class FetchLimits:
    max_bytes: int = 5_000_000
    deadline: float = 30.0  # seconds for the whole fetch: every attempt, wait and body
    retries: int = 2
    backoff: float = 0.5  # seconds before the first retry; doubles after each


@dataclass(frozen=True, slots=True)
class Payload:
    url: str  # where the body came from, after redirects, without the query
    content_type: str
    body: bytes


class _Retryable(Exception):
    def __init__(self, error: ProviderError) -> None:
        self.error = error


def new_client(
    connect_timeout: float,
    read_timeout: float,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    import httpx

    timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
    return httpx.AsyncClient(
        timeout=timeout,
        headers={"User-Agent": USER_AGENT},
        follow_redirects=True,
        max_redirects=3,
        transport=transport,
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    limits: FetchLimits,
    *,
    accept: str,
    params: dict[str, str] | None = None,
) -> Payload:
    """GET `url`; ProviderError unless a complete 200 body within the limits comes back."""
    try:
        async with asyncio.timeout(limits.deadline):
            return await _with_retries(client, url, limits, accept, params)
    except TimeoutError:
        reason = f"no complete answer within the {limits.deadline:g} s fetch deadline"
        raise ProviderError(url, reason) from None


async def _with_retries(
    client: httpx.AsyncClient,
    url: str,
    limits: FetchLimits,
    accept: str,
    params: dict[str, str] | None,
) -> Payload:
    for attempt in range(limits.retries + 1):
        try:
            return await _get(client, url, limits, accept, params)
        except _Retryable as exc:
            if attempt == limits.retries:
                raise exc.error from None
            await asyncio.sleep(limits.backoff * 2**attempt)
    raise AssertionError("unreachable: the last attempt returns or raises")


async def _get(
    client: httpx.AsyncClient,
    url: str,
    limits: FetchLimits,
    accept: str,
    params: dict[str, str] | None,
) -> Payload:
    import httpx

    try:
        async with client.stream("GET", url, params=params, headers={"Accept": accept}) as response:
            if response.status_code != 200:
                error = ProviderError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(error)
                raise error
            _check_declared_size(url, response, limits.max_bytes)
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > limits.max_bytes:
                    raise ProviderError(url, f"body larger than the {limits.max_bytes} byte cap")
            final = response.url.copy_with(query=None)
            return Payload(str(final), response.headers.get("content-type", ""), bytes(body))
    except httpx.TimeoutException as exc:
        raise _Retryable(ProviderError(url, f"timed out ({type(exc).__name__})")) from None
    except httpx.TransportError as exc:
        raise _Retryable(ProviderError(url, f"{type(exc).__name__}: {exc}")) from None
    except httpx.HTTPError as exc:  # too many redirects, undecodable content-encoding
        raise ProviderError(url, f"{type(exc).__name__}: {exc}") from None


def _check_declared_size(url: str, response: httpx.Response, cap: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise ProviderError(url, f"body of {declared} bytes declared, over the {cap} byte cap")


def expect_document(payload: Payload, what: str) -> bytes:
    """The body, unless it is empty or an HTML page (a login wall, an error page, a redirect).

    >>> expect_document(Payload("https://x/r.xml", "text/html; charset=utf-8", b"<p>"), "ECB XML")
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: https://x/r.xml answered with an HTML page, not ECB XML.
    >>> expect_document(Payload("https://x/r.xml", "text/xml", b"  "), "ECB XML")
    Traceback (most recent call last):
    ...
    service.rates.model.RateDataError: https://x/r.xml answered with an empty body, not ECB XML.
    """
    body = payload.body.strip()
    if not body:
        raise RateDataError(f"{payload.url} answered with an empty body, not {what}.")
    head = body[:200].lower()
    if payload.content_type.lower().startswith("text/html") or head.startswith((b"<!doctype html", b"<html")):
        raise RateDataError(f"{payload.url} answered with an HTML page, not {what}.")
    return body
