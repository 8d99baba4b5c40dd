"""The two normalize routes as plain ASGI, in front of FastAPI.

``POST /normalize`` and ``POST /normalize/batch`` are most of the traffic and
their work is bytes in, bytes out (``fast.JsonEndpoints``). Routing them
through Starlette's middleware stack, router and request objects cost about
as much as answering them from the cache, so ``PaynormApp`` answers them
here: the body is read under the size cap, the id and access line are the
middleware's, errors have the one error shape. FastAPI still declares both
routes (the OpenAPI spec and any request this path does not take go there).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
import anyio.to_thread
from anyio import CapacityLimiter
from starlette.types import Receive, Scope, Send

from ..errors import InvalidInput
from . import errors
from .fast import JsonEndpoints
from .limits import declares_more_than, too_large
from .observability import AccessLog

log = logging.getLogger("paynorm")

# Bodies up to this size are answered on the event loop (a cache hit or a short parse,
# well under a millisecond); longer ones in the thread pool.
INLINE_BODY_BYTES = 2048
PARSE_THREADS = 4  # threads that parse long texts and batches
INLINE_BATCH_BYTES = 64 * 1024  # a batch of cached items is looked up on the loop up to this size
_CLIENT_CLOSED = 499  # nginx's code for a request whose client went away before the answer


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class PaynormApp(FastAPI):
    """FastAPI with the two normalize routes answered by ``FastRoutes``."""

    fast_routes: FastRoutes | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        routes = self.fast_routes
        if routes is not None and scope["type"] == "http" and scope["method"] == "POST":
            handler = routes.handlers.get(scope["path"])
            if handler is not None:
                await routes.serve(handler, scope, receive, send)
                return
        await super().__call__(scope, receive, send)


Handler = Callable[[bytes], Awaitable[bytes]]


class FastRoutes:
    def __init__(self, endpoints: JsonEndpoints, access: AccessLog, max_body_bytes: int) -> None:
        # Parsing holds the GIL, so more threads would not parse more at once; each thread
        # that allocates also gets its own malloc arena, and 40 of them (anyio's default)
        # fragmented memory in the soak. FastAPI's sync routes keep the default limiter.
        self._limiter = CapacityLimiter(PARSE_THREADS)
        self.endpoints = endpoints
        self.access = access
        self.max_body_bytes = max_body_bytes
        self.handlers: dict[str, Handler] = {"/normalize": self._normalize, "/normalize/batch": self._batch}

    async def _normalize(self, body: bytes) -> bytes:
        if len(body) > INLINE_BODY_BYTES:
            # a long new text takes 10-100 ms to parse: off the loop, as batches are
            return await self._in_thread(self.endpoints.normalize, body)
        return self.endpoints.normalize(body)

    async def _batch(self, body: bytes) -> bytes:
        if len(body) > INLINE_BATCH_BYTES:
            # even reading a body of megabytes as JSON takes milliseconds: all of it off the loop
            return await self._in_thread(self._batch_anywhere, body)
        answer, keys = self.endpoints.batch_cached(body)
        if answer is not None:
            return answer
        # a batch of new texts can take tens of ms: keep the event loop free
        return await self._in_thread(self.endpoints.batch, body, keys)

    async def _in_thread(self, fn: Callable[..., bytes], *args: object) -> bytes:
        return await anyio.to_thread.run_sync(fn, *args, limiter=self._limiter)

    def _batch_anywhere(self, body: bytes) -> bytes:
        answer, keys = self.endpoints.batch_cached(body)
        return answer if answer is not None else self.endpoints.batch(body, keys)

    async def serve(self, handler: Handler, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        request_id = self.access.request_id(scope)
        try:
            body = await self._read(scope, receive)
            status, answer = 200, await handler(body)
        except _Disconnected:
            self.access.record(scope, request_id, _CLIENT_CLOSED, time.perf_counter() - started, 0)
            return
        except _TooLarge:
            status, answer = 413, too_large(self.max_body_bytes).body
        except (RequestValidationError, InvalidInput) as e:
            status, answer = 422, errors.invalid_request(e).body
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            status, answer = 500, errors.internal_error().body
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", b"%d" % len(answer)),
            (b"x-request-id", request_id),
        ]})
        await send({"type": "http.response.body", "body": answer})
        self.access.record(scope, request_id, status, time.perf_counter() - started, len(answer))

    async def _read(self, scope: Scope, receive: Receive) -> bytes:
        """The whole body, refused as soon as it is known to pass the cap."""
        cap = self.max_body_bytes
        if declares_more_than(scope, cap):
            raise _TooLarge
        message = await receive()
        if message["type"] != "http.request":
            raise _Disconnected
        body = message.get("body", b"")
        if not message.get("more_body", False):
            if len(body) > cap:
                raise _TooLarge
            return body
        chunks, size = [body], len(body)
        while True:
            message = await receive()
            if message["type"] != "http.request":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)
