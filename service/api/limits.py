"""A request-body size cap enforced before the body is parsed (HTTP 413)."""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_response
from .schemas import ErrorDetail


class BodySizeLimit:
    """Rejects bodies over ``max_bytes``: at once by Content-Length, or while
    streaming when the client sends none (chunked)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if declares_more_than(scope, self.max_bytes):
            await self._reject(scope, receive, send)
            return
        declared = any(name == b"content-length" for name, _ in scope.get("headers", ()))
        if declared:
            await self.app(scope, receive, send)
            return
        # No Content-Length (chunked): read the body here, within the cap, and
        # replay it, so the cap holds before any parsing starts.
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)  # disconnect: let the app see it
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._reject(scope, receive, send)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        await too_large(self.max_bytes)(scope, receive, send)


def declares_more_than(scope: Scope, max_bytes: int) -> bool:
    """True when the request's Content-Length is over ``max_bytes``."""
    return any(name == b"content-length" and value.isdigit() and int(value) > max_bytes
               for name, value in scope.get("headers", ()))


def too_large(max_bytes: int) -> JSONResponse:
    """The 413 of a body over the cap."""
    detail = ErrorDetail(field=None, message=f"the request body is larger than {max_bytes} bytes (PAYNORM_MAX_BODY_BYTES)")
    return error_response(413, "body_too_large", [detail])
