"""A size-bounded LRU cache that threads can share.

The server answers single requests on the event loop and batches in a thread
pool, over the same caches. cachetools' ``LRUCache`` is not thread-safe: an
eviction in one thread racing a lookup in another raised ``KeyError`` or
"OrderedDict mutated during iteration" (HTTP 500s in the soak run). Every
operation here holds a lock for the dictionary work only, never while an
answer is computed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

from cachetools import LRUCache

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class SharedLRU(Generic[K, V]):
    """``get`` and ``cache[key] = value`` of an ``LRUCache(maxsize, getsizeof)``, under one lock.

    With ``getsizeof``, ``maxsize`` is a budget in its units (bytes, say) and a value
    larger than the whole budget is not kept.

    >>> c = SharedLRU[str, int](2)
    >>> c["a"] = 1; c["b"] = 2; c.get("a"); c["c"] = 3
    1
    >>> c.get("b") is None, c.get_all(["a", "c"]), c.get_all(["a", "b"])
    (True, [1, 3], None)
    >>> sized = SharedLRU[str, bytes](10, getsizeof=len)
    >>> sized["a"] = b"123456"; sized["b"] = b"12345"; sized["huge"] = b"x" * 11
    >>> sized.get("a"), sized.get("b"), sized.get("huge")
    (None, b'12345', None)
    """

    __slots__ = ("_cache", "_lock")

    def __init__(self, maxsize: int, getsizeof: Callable[[V], int] | None = None) -> None:
        self._cache: LRUCache[K, V] = LRUCache(maxsize, getsizeof)
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            return self._cache.get(key)

    def get_all(self, keys: Iterable[K]) -> list[V] | None:
        """Every key's value, or None as soon as one is missing."""
        out = []
        with self._lock:
            get = self._cache.get
            for key in keys:
                value = get(key)
                if value is None:
                    return None
                out.append(value)
        return out

    def __setitem__(self, key: K, value: V) -> None:
        with self._lock:
            try:
                self._cache[key] = value
            except ValueError:  # larger than the whole budget: answered, not kept
                pass

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    def __len__(self) -> int:
        return len(self._cache)
