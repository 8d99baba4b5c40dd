"""The plain-ASGI path of the two normalize routes gives FastAPI's answers.

``PaynormApp`` answers ``POST /normalize`` and ``/normalize/batch`` in front
of FastAPI; a batch whose items were all served before is joined from a cache
keyed by the items' raw fields. These tests pin that both shortcuts answer
exactly what the validating path answers, and never serve one item's answer
for another.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.api import fast
from service.api.asgi import PaynormApp
from service.settings import Settings


@pytest.fixture()
def fresh() -> TestClient:
    return TestClient(create_app(Settings(log_level="WARNING")))


def _stats(c: TestClient) -> tuple[int, int]:
    return c.app.state.endpoints.stats()  # type: ignore[attr-defined]


@pytest.fixture()
def validations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bodies the validating path saw."""
    seen: list[bytes] = []
    real = fast._validate

    def counting(adapter, body):  # type: ignore[no-untyped-def]
        seen.append(body)
        return real(adapter, body)

    monkeypatch.setattr(fast, "_validate", counting)
    return seen


def test_repeated_batch_is_served_from_cache_with_the_same_bytes(fresh: TestClient, validations: list[bytes]) -> None:
    body = {"items": [{"text": "£30k - £35k pa", "country": "GB"}, {"text": "$25/hr", "target_period": "hour"}]}
    first = fresh.post("/normalize/batch", json=body)
    hits, misses = _stats(fresh)
    assert (hits, misses) == (0, 2)
    second = fresh.post("/normalize/batch", json=body)
    assert second.content == first.content
    assert _stats(fresh) == (2, 2)
    assert len(validations) == 1  # the second batch was not validated again
    assert [r["stated"]["max"] for r in second.json()["results"]] == [35000, 25]


def test_raw_cache_keeps_items_apart(fresh: TestClient) -> None:
    fresh.post("/normalize/batch", json={"items": [{"text": "£30k"}, {"text": "£40k"}]})
    # same texts, new option on one: a different item, recomputed
    r = fresh.post("/normalize/batch", json={"items": [{"text": "£30k"}, {"text": "£40k", "target_currency": "EUR"}]})
    results = r.json()["results"]
    assert results[0]["normalized"]["currency"] == "USD"
    assert results[1]["normalized"]["currency"] == "EUR"
    # a string "40" and an int 40 validate to the same hours; both answers agree
    a = fresh.post("/normalize/batch", json={"items": [{"text": "$20/hr", "hours_per_week": 30}]}).json()
    b = fresh.post("/normalize/batch", json={"items": [{"text": "$20/hr", "hours_per_week": "30"}]}).json()
    assert a == b and a["results"][0]["normalized"]["max"] == 31200


def test_float_options_take_the_validating_path(fresh: TestClient, validations: list[bytes]) -> None:
    body = {"items": [{"text": "$20/hr", "hours_per_week": 37.5}]}
    first = fresh.post("/normalize/batch", json=body).json()
    assert first["results"][0]["normalized"]["max"] == 39000
    fresh.post("/normalize/batch", json=body)
    # not keyed raw (a float): validated again, then found in the per-item cache
    assert _stats(fresh) == (1, 1) and len(validations) == 2


def test_a_cached_item_does_not_hide_a_bad_neighbour(fresh: TestClient) -> None:
    fresh.post("/normalize/batch", json={"items": [{"text": "£30k"}]})
    r = fresh.post("/normalize/batch", json={"items": [{"text": "£30k"}, {"text": ""}]})
    assert r.status_code == 422
    assert r.json()["error"]["details"] == [{"field": "items[1].text", "message": "String should have at least 1 character"}]
    r = fresh.post("/normalize/batch", content=b'{"items": [{"text": "\\u00a330k"}], "extra": 1}')
    assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "extra"


def test_fast_path_and_fastapi_route_agree(fresh: TestClient) -> None:
    app = fresh.app
    assert isinstance(app, PaynormApp)
    texts = ["£30k - £35k pa", "12 LPA", "Competitive", "{not json"]
    fast = [fresh.post("/normalize", content=t if t.startswith("{") else json.dumps({"text": t})) for t in texts]
    routes, app.fast_routes = app.fast_routes, None  # the declared FastAPI routes alone
    try:
        slow = [fresh.post("/normalize", content=t if t.startswith("{") else json.dumps({"text": t})) for t in texts]
    finally:
        app.fast_routes = routes
    assert [r.status_code for r in fast] == [200, 200, 200, 422]
    assert [r.content for r in fast] == [r.content for r in slow]
    assert all(r.headers["content-type"] == "application/json" for r in fast)


def test_fast_path_logs_and_counts_like_the_middleware(fresh: TestClient) -> None:
    fresh.post("/normalize/batch", json={"items": [{"text": "£30k"}]}, headers={"x-request-id": "batch-1"})
    r = fresh.post("/normalize", content=b"{}", headers={"x-request-id": "one-2"})
    assert r.status_code == 422 and r.headers["x-request-id"] == "one-2"
    metrics = fresh.get("/metrics").text
    assert 'paynorm_http_requests_total{method="POST",route="/normalize/batch",status="200"} 1.0' in metrics
    assert 'paynorm_http_requests_total{method="POST",route="/normalize",status="422"} 1.0' in metrics


def test_long_body_is_cached_by_text_only(fresh: TestClient) -> None:
    text = "Senior engineer. " * 150 + "Salary £70,000 - £80,000 per annum."
    first = fresh.post("/normalize", json={"text": text})
    second = fresh.post("/normalize", json={"text": text})
    assert second.content == first.content and first.json()["stated"]["max"] == 80000
    assert _stats(fresh) == (1, 1)
    assert len(fresh.app.state.endpoints._bodies) == 0  # type: ignore[attr-defined]


def test_answer_caches_are_bounded_in_bytes() -> None:
    c = TestClient(create_app(Settings(log_level="WARNING", answer_cache_bytes=20_000)))
    long_text = "; ".join(f"£{n},000 or €{n + 1},000" for n in range(20, 120))  # a ~30 KB answer
    small = {"text": "£30k"}
    for body in ({"text": long_text}, {"text": long_text}, small, small):
        assert c.post("/normalize", json=body).status_code == 200
    # the long answer is larger than the budget: computed twice, never kept; the small one is kept
    assert _stats(c) == (1, 3)


def test_large_batch_is_answered_the_same_off_the_loop(fresh: TestClient, validations: list[bytes]) -> None:
    filler = "Leeds office, hybrid working, great team. " * 20
    items = [{"text": f"£{n},000 - £{n + 5},000 per annum. {filler}"} for n in range(30, 130)]
    body = json.dumps({"items": items}).encode()
    assert len(body) > 64 * 1024
    first = fresh.post("/normalize/batch", content=body)
    second = fresh.post("/normalize/batch", content=body)
    assert first.status_code == 200 and second.content == first.content
    assert [r["stated"]["min"] for r in first.json()["results"]][:2] == [30000, 31000]
    assert len(validations) == 1  # the repeat was joined from the raw-item cache, in the thread pool


def test_requests_with_equal_options_share_one_options_object() -> None:
    from decimal import Decimal

    from service.api.schemas import NormalizeRequest

    a = fast._REQUEST.validate_json(b'{"text": "$25/hr", "country": "us", "hours_per_week": 40}')
    b = fast._REQUEST.validate_json(b'{"text": "\\u00a330k", "country": "US", "hours_per_week": "40.0"}')
    c = fast._REQUEST.validate_json(b'{"text": "$25/hr", "country": "CA", "hours_per_week": 40}')
    assert isinstance(a, NormalizeRequest)
    assert a.options() is b.options()  # country upper-cased, 40 == 40.0
    assert a.options() is not c.options() and c.options().country == "CA"
    assert a.options().hours_per_week == Decimal(40) and a.options().target_period == "year"


def test_a_batch_computed_after_a_rate_change_is_not_kept_under_the_old_tag(fresh: TestClient) -> None:
    endpoints = fresh.app.state.endpoints  # type: ignore[attr-defined]
    body = json.dumps({"items": [{"text": "£30k"}, {"text": "€40k"}]}).encode()
    answer, keys = endpoints.batch_cached(body)
    assert answer is None and keys is not None and keys[0][0][1] == endpoints.normalizer.epoch()
    real = endpoints.normalizer.epoch
    endpoints.normalizer.epoch = lambda: ("later", real())  # a refresh between the lookup and the batch
    try:
        endpoints.batch(body, keys)
        assert endpoints._raw.get_all(keys) is None  # not under the tag of the rates it did not use
        answer, fresh_keys = endpoints.batch_cached(body)
        assert answer is None and fresh_keys[0][0][1] == ("later", real())
        endpoints.batch(body, fresh_keys)
        assert endpoints.batch_cached(body)[0] is not None  # kept under the tag it was computed with
    finally:
        endpoints.normalizer.epoch = real
