"""The JSON hot path of /normalize and /normalize/batch.

Requests are validated from raw bytes with pydantic-core (``validate_json``)
and results serialised once to bytes and cached, so a repeated request costs
a dictionary lookup. Validation errors leave as the usual 422.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cachetools import LRUCache
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from ..errors import InvalidInput
from ..normalize import NormalizeResult, Normalizer
from ..settings import Settings
from .schemas import BatchRequest, NormalizeRequest

_REQUEST = TypeAdapter(NormalizeRequest)
_BATCH = TypeAdapter(BatchRequest)
_RESULT = TypeAdapter(NormalizeResult)


@dataclass(frozen=True, slots=True)
class _Served:
    body: bytes
    parsed: bool
    codes: tuple[str, ...]


class JsonEndpoints:
    """Bytes in, bytes out, for the two normalize routes."""

    def __init__(self, normalizer: Normalizer, settings: Settings,
                 observe: Callable[[bool, tuple[str, ...]], None] = lambda parsed, codes: None) -> None:
        self.normalizer = normalizer
        self.settings = settings
        self._observe = observe
        self._bodies: LRUCache[tuple[bytes, int, object], _Served] = LRUCache(settings.parse_cache_size)
        self._items: LRUCache[tuple[object, ...], _Served] = LRUCache(settings.parse_cache_size)
        self.hits = self.misses = 0

    def stats(self) -> tuple[int, int]:
        return self.hits, self.misses

    def normalize(self, body: bytes) -> bytes:
        key = (body, id(self.normalizer.book), self.normalizer.epoch())
        hit = self._bodies.get(key)
        if hit is None:
            request = _validate(_REQUEST, body)
            self._check_text(request, "text")
            hit = self._served(request)
            self._bodies[key] = hit
        else:
            self.hits += 1
        self._observe(hit.parsed, hit.codes)
        return hit.body

    def batch(self, body: bytes) -> bytes:
        request = _validate(_BATCH, body)
        cap = self.settings.max_batch_items
        if len(request.items) > cap:
            raise InvalidInput("items", f"must hold at most {cap} items (got {len(request.items)})")
        for i, item in enumerate(request.items):
            self._check_text(item, f"items[{i}].text")
        served = []
        for i, item in enumerate(request.items):
            try:
                served.append(self._served(item))
            except InvalidInput as e:
                raise InvalidInput(f"items[{i}].{e.field}", e.message) from None
        for s in served:
            self._observe(s.parsed, s.codes)
        return b'{"results":[' + b",".join(s.body for s in served) + b"]}"

    def _served(self, request: NormalizeRequest) -> _Served:
        options = request.options()
        key = (request.text, options, id(self.normalizer.book), self.normalizer.epoch())
        hit = self._items.get(key)
        if hit is None:
            self.misses += 1
            # not normalizer.cached: this bytes cache is the server's one cache,
            # and result objects would hold ~9 KB each beside it
            result = self.normalizer.normalize(request.text, options)
            hit = _Served(_RESULT.dump_json(result), result.stated is not None, tuple(w.code for w in result.warnings))
            self._items[key] = hit
        else:
            self.hits += 1
        return hit

    def _check_text(self, item: NormalizeRequest, field: str) -> None:
        cap = self.settings.max_text_length
        if len(item.text) > cap:
            raise InvalidInput(field, f"must be at most {cap} characters (got {len(item.text)})")


def _validate(adapter: TypeAdapter, body: bytes):  # type: ignore[no-untyped-def]
    try:
        return adapter.validate_json(body)
    except ValidationError as e:
        raise RequestValidationError(e.errors(include_url=False)) from None
