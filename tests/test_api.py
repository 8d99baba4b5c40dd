"""The HTTP contract: routes, operation ids, error shape, limits, the spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.api.openapi import render
from service.settings import Settings, SettingsError

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"


def test_normalize_the_readme_example(client: TestClient) -> None:
    r = client.post("/normalize", json={"text": "up to $900,000 (approximately ₹7.4 crore)", "target_currency": "EUR"})
    assert r.status_code == 200
    body = r.json()
    assert body["stated"]["max"] == 900000 and body["stated"]["min"] is None
    assert body["stated"]["currency"] == "USD"
    assert body["normalized"] == {"min": None, "max": 805585.39, "currency": "EUR", "period": "year"}
    assert body["mentions"][1]["span"] == [30, 40]
    assert body["rate"]["source"] == "ecb" and body["rate"]["date"] == "2026-10-30"


def test_no_salary_is_200(client: TestClient) -> None:
    r = client.post("/normalize", json={"text": "Competitive"})
    assert r.status_code == 200
    assert r.json()["stated"] is None and r.json()["reason"] == "competitive"


def test_batch_keeps_order(client: TestClient) -> None:
    items = [{"text": "£30k"}, {"text": "DOE"}, {"text": "$25/hr", "target_period": "hour"}]
    r = client.post("/normalize/batch", json={"items": items})
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["stated"] and x["stated"]["max"] for x in results] == [30000, None, 25]
    assert results[2]["normalized"]["max"] == 25


@pytest.mark.parametrize(
    ("path", "body", "field", "fragment"),
    [
        ("/normalize", "{bad json", None, "not valid JSON"),
        ("/normalize", "{}", "text", "is required"),
        ("/normalize", '{"text": ""}', "text", "at least 1 character"),
        ("/normalize", '{"text": 5}', "text", "valid string"),
        ("/normalize", '{"text": "£1", "target_currency": "XYZ"}', "target_currency", "unknown currency code 'XYZ'"),
        ("/normalize", '{"text": "£1", "default_currency": "EURO"}', "default_currency", "unknown currency code 'EURO'"),
        ("/normalize", '{"text": "£1", "target_period": "decade"}', "target_period", "'hour', 'day', 'week', 'fortnight', 'semimonth', 'month' or 'year'"),
        ("/normalize", '{"text": "£1", "country": "XX"}', "country", "unknown country code 'XX'"),
        ("/normalize", '{"text": "£1", "as_of": "1990-01-01"}', "as_of", "no exchange rates before 1999-01-04"),
        ("/normalize", '{"text": "£1", "as_of": "yesterday"}', "as_of", "expected a date as YYYY-MM-DD, got 'yesterday'"),
        ("/normalize", '{"text": "£1", "as_of": 1700006400}', "as_of", "expected a date as YYYY-MM-DD, got 1700006400"),
        ("/normalize", '{"text": "£1", "as_of": "2024-03-15T00:00:00"}', "as_of", "expected a date as YYYY-MM-DD"),
        ("/normalize", '{"text": "€3000/year", "hours_per_week": 1e-30, "target_period": "hour"}', "hours_per_week",
         "greater than or equal to 1"),
        ("/normalize", '{"text": "€30/day", "days_per_week": "0.1"}', "days_per_week", "greater than or equal to 0.5"),
        ("/normalize", '{"text": "£1", "colour": "red"}', "colour", "not a known field"),
        ("/normalize/batch", '{"items": []}', "items", "at least 1 item"),
        ("/normalize/batch", '{"items": [{"text": "£1"}, {"text": ""}]}', "items[1].text", "at least 1 character"),
        ("/normalize/batch", '{"items": [{"text": "£1", "as_of": "1980-05-05"}]}', "items[0].as_of", "no exchange rates"),
    ],
)
def test_bad_input_is_422_naming_the_field(client: TestClient, path: str, body: str, field: str | None, fragment: str) -> None:
    r = client.post(path, content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["code"] == "invalid_request"
    assert err["details"][0]["field"] == field
    assert fragment in err["details"][0]["message"]
    assert (field or "") in err["message"]


def test_text_and_batch_caps_are_settings() -> None:
    c = TestClient(create_app(Settings(max_text_length=20, max_batch_items=2)))
    r = c.post("/normalize", json={"text": "x" * 21})
    assert r.status_code == 422
    assert r.json()["error"]["message"] == "text: must be at most 20 characters (got 21)"
    r = c.post("/normalize/batch", json={"items": [{"text": "£1"}] * 3})
    assert r.json()["error"]["message"] == "items: must hold at most 2 items (got 3)"
    r = c.post("/normalize/batch", json={"items": [{"text": "£1"}, {"text": "y" * 30}]})
    assert r.json()["error"]["details"][0]["field"] == "items[1].text"


def test_oversized_body_is_413() -> None:
    c = TestClient(create_app(Settings(max_body_bytes=1000)))
    r = c.post("/normalize", json={"text": "a" * 2000})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "body_too_large"

    def chunks():  # no Content-Length: counted while streaming
        for _ in range(5):
            yield b"x" * 400

    r = c.post("/normalize", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_unknown_route_has_the_error_shape(client: TestClient) -> None:
    r = client.get("/nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_currencies(client: TestClient) -> None:
    rows = {c["code"]: c for c in client.get("/currencies").json()}
    assert rows["EUR"]["has_rate"] and rows["EUR"]["rate_source"] == "ecb"
    assert "€" in rows["EUR"]["symbols"]
    assert rows["AED"]["rate_source"] == "ecb+peg"
    assert rows["VND"]["has_rate"] and rows["VND"]["rate_source"] == "nbp" and "₫" in rows["VND"]["symbols"]
    assert rows["KPW"]["has_rate"] is False
    assert sum(r["has_rate"] for r in rows.values()) >= 140


@pytest.mark.parametrize(
    ("query", "field", "fragment"),
    [
        ("as_of=0", "as_of", "expected a date as YYYY-MM-DD, got '0'"),
        ("as_of=1990-01-01", "as_of", "no exchange rates before 1999-01-04 (got 1990-01-01)"),
        ("base=xyz", "base", "unknown currency code 'xyz'"),
    ],
)
def test_rates_rejects_what_normalize_rejects(client: TestClient, query: str, field: str, fragment: str) -> None:
    r = client.get(f"/rates?{query}")
    assert r.status_code == 422
    detail = r.json()["error"]["details"][0]
    assert detail["field"] == field and fragment in detail["message"]


def test_rates_base_is_upper_cased(client: TestClient) -> None:
    assert client.get("/rates?base=gbp").json()["base"] == "GBP"


def test_405_names_the_allowed_method(client: TestClient) -> None:
    r = client.get("/normalize")
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    assert r.json()["error"]["code"] == "method_not_allowed"


def test_rates(client: TestClient) -> None:
    body = client.get("/rates").json()
    assert body["base"] == "EUR" and body["date"] == "2026-10-30"
    assert body["rates"]["USD"]["value"] == 1.1172
    usd = client.get("/rates", params={"base": "USD", "as_of": "2026-10-31"}).json()
    assert usd["rates"]["AED"]["value"] == 3.6725
    assert client.get("/rates", params={"base": "XYZ"}).status_code == 422


def test_healthz_and_readyz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "rates_date": "2026-10-30"}
    assert client.get("/readyz").status_code == 200


def test_rates_lists_providers(client: TestClient) -> None:
    providers = {p["name"]: p for p in client.get("/rates").json()["providers"]}
    assert {"embedded", "nbp"} <= set(providers)
    assert providers["nbp"]["indicative"] and providers["nbp"]["coverage"] >= 100


def test_operation_ids_are_stable(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ids = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert ids == {"normalize", "normalizeBatch", "listCurrencies", "getRates", "healthz", "readyz"}


def test_committed_spec_is_fresh() -> None:
    assert SPEC.read_text(encoding="utf-8") == render(), "openapi/openapi.json is stale: run `make openapi`"


def test_every_field_has_a_description_and_an_example() -> None:
    spec = json.loads(render())
    missing = []
    for name, schema in spec["components"]["schemas"].items():
        if name in ("HTTPValidationError", "ValidationError"):
            continue
        for prop, sub in schema.get("properties", {}).items():
            if "description" not in sub or not ({"example", "examples"} & set(sub) or "$ref" in str(sub)):
                missing.append(f"{name}.{prop}")
    assert missing == []


def test_settings_errors_name_the_variable() -> None:
    with pytest.raises(SettingsError, match="PAYNORM_MAX_TEXT_LENGTH='lots' is not a whole number"):
        Settings.from_env({"PAYNORM_MAX_TEXT_LENGTH": "lots"})
    with pytest.raises(SettingsError, match="PAYNORM_TARGET_CURRENCY: unknown currency code 'ABC'"):
        Settings.from_env({"PAYNORM_TARGET_CURRENCY": "abc"})
    assert Settings.from_env({"PAYNORM_TARGET_CURRENCY": "eur"}).target_currency == "EUR"


def test_request_id_header_and_one_json_log_line_without_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    client = TestClient(create_app(Settings(log_level="INFO")))
    capsys.readouterr()
    r = client.post("/normalize", json={"text": "secret £31,337"}, headers={"x-request-id": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if '"paynorm.access"' in line]
    assert len(lines) == 1
    line = lines[0]
    assert (line["request_id"], line["status"], line["path"], line["method"]) == ("abc-123", 200, "/normalize", "POST")
    assert line["latency_ms"] >= 0 and line["response_bytes"] == len(r.content)
    assert "31,337" not in json.dumps(line) and "secret" not in json.dumps(line)
    first, second = client.get("/healthz").headers["x-request-id"], client.get("/healthz").headers["x-request-id"]
    assert first != second and len(first) == 24
    client.get("/healthz", headers={"x-request-id": "bad id with spaces"})  # replaced, not echoed
    assert all(" " not in json.loads(line)["request_id"] for line in capsys.readouterr().err.splitlines() if '"paynorm.access"' in line)


def test_no_internal_details_in_errors(client: TestClient) -> None:
    r = client.post("/normalize", content=b'{"text": "\\ud800"}', headers={"content-type": "application/json"})
    assert r.status_code in (200, 422)
    assert "Traceback" not in r.text and "/work/" not in r.text and ".py" not in r.text


def test_metrics_move() -> None:
    c = TestClient(create_app(Settings(log_level="WARNING")))

    def value(name: str) -> float:
        for line in c.get("/metrics").text.splitlines():
            if line.startswith(name + " ") or line.startswith(name + "{"):
                if line.split(" ")[0] == name or name.endswith("}"):
                    return float(line.rsplit(" ", 1)[1])
        return 0.0

    c.post("/normalize", json={"text": "£30k"})
    c.post("/normalize", json={"text": "£30k"})
    c.post("/normalize", json={"text": "Competitive"})
    text = c.get("/metrics").text
    assert 'paynorm_http_requests_total{method="POST",route="/normalize",status="200"} 3.0' in text
    assert 'paynorm_results_total{outcome="parsed"} 2.0' in text
    assert 'paynorm_results_total{outcome="no_salary"} 1.0' in text
    assert 'paynorm_result_warnings_total{code="period_inferred"} 2.0' in text
    assert value("paynorm_result_cache_hits") == 1.0 and value("paynorm_result_cache_misses") == 2.0
    assert 'paynorm_rate_table_age_seconds{provider="embedded"}' in text
    c.get("/no/such/path")
    assert 'route="other",status="404"' in c.get("/metrics").text


def test_playground_page_is_self_contained(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert 'fetch("/normalize"' in page and "<textarea" in page
    assert "http://" not in page and "https://" not in page  # no external assets
    assert "innerHTML" not in page  # user text is only ever set as textContent
