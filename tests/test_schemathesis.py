"""Schemathesis against the committed spec, in-process: no 5xx, every response as the spec says.

The schema is read from ``openapi/openapi.json``, the file clients are generated from, not from the
app, so a route that drifts from the committed contract fails here. Per operation Schemathesis
sends the spec's examples, its coverage cases (boundary values, each invalid value, missing and
unknown fields, undeclared methods) and ``MAX_EXAMPLES`` fuzzed requests in positive and in negative
mode, from a fixed seed, so a run is reproducible. The requests go straight into the ASGI app
(the raw-bytes fast path included), built with the default rates: the embedded tables, no network.

Each response must pass ``CHECKS`` and, when it is an error, have the one error shape and carry no
traceback, source path or object repr. ``test_every_operation_was_exercised`` fails the run when an
operation got fewer examples than expected, so it cannot pass by sending nothing.

``bench/schemathesis_long.py`` runs this file with many more examples: it sets
``PAYNORM_SCHEMATHESIS_EXAMPLES`` and ``PAYNORM_SCHEMATHESIS_SEED``, read below.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from service.api import create_app
from service.settings import Settings

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"
# fuzzed requests per operation (positive and negative together), on top of the spec's examples and
# the coverage cases; operations without parameters get only the latter
MAX_EXAMPLES = int(os.environ.get("PAYNORM_SCHEMATHESIS_EXAMPLES", "60"))
SEED = int(os.environ.get("PAYNORM_SCHEMATHESIS_SEED", "20261101"))

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    # invalid data (wrong types, out-of-range numbers, unknown fields, a missing `text`) gets a 4xx
    negative_data_rejection,
    # a method the spec does not list gets a 405 naming the allowed ones
    unsupported_method,
]
# Not `positive_data_acceptance`: the spec types currency, country and locale codes as strings of a
# length, and the service answers an unknown code ('XYZ') with a 422 by design (README, Errors).

CONFIG = schemathesis.Config.from_dict({
    "seed": SEED,
    "generation": {"mode": "all", "max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
    # the spec has no links, so the stateful phase has nothing to chain
    "phases": {"stateful": {"enabled": False}},
})

schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)

# requests sent per operation label ("POST /normalize"); checked by the last test of this file
SENT: Counter[str] = Counter()


@pytest.fixture(scope="module")
def app() -> FastAPI:
    return create_app(Settings(log_level="WARNING"))


@schema.parametrize()
def test_api_matches_the_committed_spec(case: schemathesis.Case, app: FastAPI) -> None:
    SENT[case.operation.label] += 1
    response = case.call_and_validate(checks=CHECKS, app=app)
    try:
        assert_undeclared_method_is_405(case, response)
        assert_one_error_shape(response)
    except AssertionError as e:
        e.add_note(f"[{response.status_code}] {response.text[:1000]}\nReproduce with:\n    {case.as_curl_command()}")
        raise


def test_every_operation_was_exercised(request: pytest.FixtureRequest) -> None:
    """The run above cannot pass by sending nothing: every operation got its share of examples."""
    if not any(getattr(i, "originalname", None) == test_api_matches_the_committed_spec.__name__
               for i in request.session.items):
        pytest.skip("the schemathesis tests were not selected")
    labels = {result.ok().label for result in schema.get_all_operations()}
    assert set(SENT) == labels, SENT
    for label in labels:
        # an operation without parameters has little to vary: its examples, coverage cases, methods
        floor = 8 if label in ("GET /currencies", "GET /healthz", "GET /readyz") else MAX_EXAMPLES
        assert SENT[label] >= floor, (label, SENT)
    print(f"schemathesis: {sum(SENT.values())} requests, {dict(sorted(SENT.items()))}")


# --- what every error must look like ------------------------------------------------------------

ERROR_CODES = {400: "invalid_request", 404: "not_found", 405: "method_not_allowed", 413: "body_too_large",
               415: "unsupported_media_type", 422: "invalid_request", 500: "internal_error", 503: "not_ready"}

# Internals that must never reach a client: tracebacks, source locations, file paths, object reprs.
LEAKS = re.compile(
    r"Traceback \(most recent call last\)"
    r'|File "[^"]+", line \d+'
    r"|(?:/[\w.+-]+)+\.pyc?\b"
    r"|site-packages|dist-packages|\.venv|/work/|/home/|/root/|/usr/lib"
    r"|<[\w.]+ object at 0x[0-9a-f]+>"
    r"|\b(?:service|fastapi|starlette|pydantic|pydantic_core)\.[a-z_]+\.[\w.]+"
)


def assert_undeclared_method_is_405(case: schemathesis.Case, response: schemathesis.Response) -> None:
    """The coverage phase also sends the methods the spec does not list for a path (TRACE /healthz)."""
    sent = response.request.method
    if sent is not None and sent.upper() not in ("HEAD", "OPTIONS") and sent.upper() != case.operation.method.upper():
        assert response.status_code == 405, (sent, case.operation.label, response.status_code)


def assert_one_error_shape(response: schemathesis.Response) -> None:
    """An error is ``{"error": {"code", "message", "details": [{"field", "message"}]}}`` and leaks nothing."""
    if response.status_code < 400:
        return
    assert response.headers.get("content-type", [""])[0].startswith("application/json"), response.headers
    body = json.loads(response.content)
    assert isinstance(body, dict) and set(body) == {"error"}, body
    error = body["error"]
    assert isinstance(error, dict) and set(error) == {"code", "message", "details"}, error
    assert error["code"] == ERROR_CODES.get(response.status_code, error["code"]), (response.status_code, error)
    assert isinstance(error["code"], str) and re.fullmatch(r"[a-z]+(?:_[a-z]+)*", error["code"]), error
    assert isinstance(error["message"], str) and error["message"], error
    assert isinstance(error["details"], list) and error["details"], error
    for detail in error["details"]:
        assert isinstance(detail, dict) and set(detail) == {"field", "message"}, detail
        assert detail["field"] is None or isinstance(detail["field"], str), detail
        assert isinstance(detail["message"], str) and detail["message"], detail
    # a message may quote what the client sent (an unknown field's name, say); anything else matched leaked
    sent = _sent(response)
    leaked = [m.group() for m in LEAKS.finditer(response.text) if m.group() not in sent]
    assert not leaked, (leaked, response.text)


def _sent(response: schemathesis.Response) -> str:
    """The request as the app received it: path, query and body, both raw and JSON-unescaped."""
    request = response.request
    body = request.body or b""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    try:
        unescaped = json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        unescaped = ""
    return "\n".join((unquote_plus(str(request.url)), text, unescaped))


# --- fixed after this suite found them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/rates?as_of=0", None),
        ("GET", "/rates?as_of=1700006400", None),
        ("GET", "/rates?as_of=2024-03-15T00:00:00", None),
        ("POST", "/normalize", {"text": "£1", "as_of": 1700006400}),
        ("POST", "/normalize", {"text": "£1", "as_of": "1700006400"}),
        ("POST", "/normalize/batch", {"items": [{"text": "£1", "as_of": "2024-03-15T00:00:00"}]}),
    ],
)
def test_as_of_accepts_only_iso_dates(app: FastAPI, method: str, path: str, body: Any) -> None:
    response = TestClient(app).request(method, path, json=body)
    assert response.status_code == 422, response.text


@pytest.mark.parametrize(("method", "path", "allowed"), [("TRACE", "/healthz", "GET"), ("GET", "/normalize", "POST")])
def test_405_names_the_allowed_methods(app: FastAPI, method: str, path: str, allowed: str) -> None:
    """RFC 9110: a 405 lists the allowed methods. The error handler drops the ``Allow`` header Starlette
    sets (it dropped it until this suite found it)."""
    response = TestClient(app).request(method, path)
    assert response.status_code == 405
    assert response.headers.get("allow") == allowed, response.headers
