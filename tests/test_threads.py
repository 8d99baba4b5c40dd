"""Caches shared by the event loop and the batch thread pool survive both at once.

The soak run found HTTP 500s: cachetools' LRUCache evicting in one thread while
another looked up raised KeyError. This drives JsonEndpoints from four threads
with tiny caches (so eviction never stops) and a short switch interval (so the
threads interleave inside cache operations); before the caches were locked it
failed in most runs.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable, Iterator

import pytest

from service.api import create_app
from service.settings import Settings



# a few shapes of pay text; a reference number makes each one new to the caches
_SHAPES = ("£30k - £35k pa", "$25-30/hr", "12 LPA", "15-25K·13薪", "年収500万円〜800万円",
           "45.000 - 55.000 € brutto/Jahr", "Competitive", "up to $900,000 (approximately ₹7.4 crore)")


def _texts(start: int) -> Iterator[str]:
    lines = _SHAPES
    i = start
    while True:
        yield f"{lines[i % len(lines)]} (ref {i})"
        i += 1


@pytest.fixture()
def short_switches() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def test_singles_and_batches_in_threads_over_tiny_caches(short_switches: None) -> None:
    app = create_app(Settings(log_level="WARNING", parse_cache_size=20, answer_cache_bytes=20_000))
    endpoints = app.state.endpoints
    errors: list[BaseException] = []
    answered: list[int] = []

    def singles(start: int) -> None:
        texts = _texts(start)
        for _ in range(600):
            body = endpoints.normalize(json.dumps({"text": next(texts)}).encode())
            answered.append("mentions" in json.loads(body))

    def batches(start: int) -> None:
        texts = _texts(start)
        for _ in range(40):
            body = json.dumps({"items": [{"text": next(texts)} for _ in range(15)]}).encode()
            answer, keys = endpoints.batch_cached(body)
            result = json.loads(answer if answer is not None else endpoints.batch(body, keys))
            answered.append(len(result["results"]) == 15)
            endpoints.batch_cached(body)  # lookups racing the other threads' evictions

    def guarded(work: Callable[[int], None], start: int) -> Callable[[], None]:
        def run() -> None:
            try:
                work(start)
            except BaseException as e:  # noqa: BLE001 - collected and asserted below
                errors.append(e)
        return run

    threads = [threading.Thread(target=guarded(singles, 0)), threading.Thread(target=guarded(singles, 7)),
               threading.Thread(target=guarded(batches, 100_000)), threading.Thread(target=guarded(batches, 200_000))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert len(answered) == 2 * 600 + 2 * 40 and all(answered)
