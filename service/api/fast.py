"""The JSON hot path of /normalize and /normalize/batch.

Requests are validated from raw bytes with pydantic-core (``validate_json``)
and results serialised once to bytes and cached, so a repeated request costs
a dictionary lookup. Validation errors leave as the usual 422.

A batch is first tried against a cache keyed by each item's raw JSON fields
(``batch_cached``): when every item was served before, the answer is joined
from cached bytes without validating anything again. Only items whose values
are strings, integers or null are keyed this way; anything else, and any miss,
takes the validating path, so an answer never depends on which path served it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from ..errors import InvalidInput
from ..normalize import NormalizeResult, Normalizer
from ..normalize.cache import SharedLRU
from ..rates import RateBook
from ..settings import Settings
from .schemas import BatchRequest, NormalizeRequest

_REQUEST = TypeAdapter(NormalizeRequest)
_BATCH = TypeAdapter(BatchRequest)
_RESULT = TypeAdapter(NormalizeResult)
# JSON values whose Python form validates the same way whatever their spelling
# in the body (floats do not: "40.0" and "40.00" are one float, two Decimals)
_PLAIN = frozenset({str, int, type(None)})
RawKey = tuple[object, ...]
BODY_KEY_BYTES = 2048  # bodies up to this size are cached by their bytes as well
_ENTRY_OVERHEAD = 400  # key tuple, options, the _Served object and the cache's own links


@dataclass(frozen=True, slots=True)
class _Served:
    body: bytes
    parsed: bool
    codes: tuple[str, ...]
    cost: int  # bytes it holds in a cache: the answer, the text in its key, overhead


def _cost(served: _Served) -> int:
    return served.cost


class JsonEndpoints:
    """Bytes in, bytes out, for the two normalize routes."""

    def __init__(self, normalizer: Normalizer, settings: Settings,
                 observe: Callable[[bool, tuple[str, ...]], None] = lambda parsed, codes: None) -> None:
        self.normalizer = normalizer
        self.settings = settings
        self._observe = observe
        # Single requests run on the event loop, batches in the thread pool: shared, locked
        # caches. Each is bounded in bytes, not entries: one 10,000-character text can have
        # a 100 KB answer, and 10,000 of those would be a gigabyte.
        budget = settings.answer_cache_bytes
        self._bodies: SharedLRU[tuple[bytes, int, object], _Served] = SharedLRU(budget, _cost)
        self._items: SharedLRU[tuple[object, ...], _Served] = SharedLRU(budget, _cost)
        self._raw: SharedLRU[RawKey, _Served] = SharedLRU(budget, _cost)
        self.hits = self.misses = 0

    def stats(self) -> tuple[int, int]:
        return self.hits, self.misses

    def normalize(self, body: bytes) -> bytes:
        # A long body is not kept as a key here: its text is already one in _items, and
        # holding it twice made 10,000-character texts most of a worker's memory.
        book, epoch = self.normalizer.book, self.normalizer.epoch()  # once: the key names what computes
        key = (body, id(book), epoch) if len(body) <= BODY_KEY_BYTES else None
        hit = self._bodies.get(key) if key is not None else None
        if hit is None:
            request = _validate(_REQUEST, body)
            self._check_text(request, "text")
            hit = self._served(request, book, epoch)
            if key is not None:
                self._bodies[key] = hit
        else:
            self.hits += 1
        self._observe(hit.parsed, hit.codes)
        return hit.body

    def batch_cached(self, body: bytes) -> tuple[bytes | None, list[RawKey] | None]:
        """``(answer, None)`` when every item of the batch was served before;
        else ``(None, keys)``, the items' raw keys (None when some item has no
        key) for ``batch`` to fill the cache with."""
        try:
            doc = json.loads(body)
        except (ValueError, RecursionError):
            return None, None
        items = doc.get("items") if type(doc) is dict and len(doc) == 1 else None
        if type(items) is not list or not 0 < len(items) <= self.settings.max_batch_items:
            return None, None
        tag = (id(self.normalizer.book), self.normalizer.epoch())
        keys: list[RawKey] = []
        for item in items:
            if type(item) is not dict:
                return None, None
            key: RawKey = (tag, *item.items())
            if any(type(v) not in _PLAIN for v in item.values()):
                return None, None
            keys.append(key)
        served = self._raw.get_all(keys)
        if served is None:
            return None, keys
        self.hits += len(served)
        return self._joined(served), None

    def batch(self, body: bytes, keys: list[RawKey] | None = None) -> bytes:
        request = _validate(_BATCH, body)
        cap = self.settings.max_batch_items
        if len(request.items) > cap:
            raise InvalidInput("items", f"must hold at most {cap} items (got {len(request.items)})")
        for i, item in enumerate(request.items):
            self._check_text(item, f"items[{i}].text")
        book, epoch = self.normalizer.book, self.normalizer.epoch()  # one book for the whole batch
        served = []
        for i, item in enumerate(request.items):
            try:
                served.append(self._served(item, book, epoch))
            except InvalidInput as e:
                raise InvalidInput(f"items[{i}].{e.field}", e.message) from None
        # keys were tagged by batch_cached, maybe before a rate refresh: kept only if still true
        tag = (id(book), epoch)
        if keys is not None and len(keys) == len(served) and all(key[0] == tag for key in keys):
            for key, s in zip(keys, served):
                self._raw[key] = s
        return self._joined(served)

    def _joined(self, served: list[_Served]) -> bytes:
        for s in served:
            self._observe(s.parsed, s.codes)
        return b'{"results":[' + b",".join(s.body for s in served) + b"]}"

    def _served(self, request: NormalizeRequest, book: RateBook, epoch: object) -> _Served:
        options = request.options()
        key = (request.text, options, id(book), epoch)
        hit = self._items.get(key)
        if hit is None:
            self.misses += 1
            # not normalizer.cached: this bytes cache is the server's one cache,
            # and result objects would hold ~9 KB each beside it
            result = self.normalizer.normalize(request.text, options, book=book, epoch=epoch)
            body = _RESULT.dump_json(result)
            hit = _Served(body, result.stated is not None, tuple(w.code for w in result.warnings),
                          len(body) + 2 * len(request.text) + _ENTRY_OVERHEAD)
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
