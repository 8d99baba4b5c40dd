"""A minimal ASGI app for tests/test_workers.py: answers every request with its process id
(``/hang`` blocks its event loop for an hour instead)."""

from __future__ import annotations

import os
from typing import Any


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["path"] == "/hang":
        import time

        time.sleep(3600)  # blocks the event loop: the worker is alive but hung
    body = str(os.getpid()).encode()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def broken(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An app whose start-up fails, as one with a bad setting would."""
    if scope["type"] == "lifespan":
        await receive()
        await send({"type": "lifespan.startup.failed", "message": "no rates"})


async def dies(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An app that starts, then its process dies a moment later, every time: a crash loop."""
    if scope["type"] == "lifespan":
        import asyncio

        await receive()
        await send({"type": "lifespan.startup.complete"})
        asyncio.get_running_loop().call_later(0.05, os._exit, 1)
        await receive()
