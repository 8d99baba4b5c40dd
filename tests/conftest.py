from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.settings import Settings

import os

# CI lays ../shared beside the clone; PAYNORM_CORPUS points elsewhere.
CORPUS = Path(os.environ.get("PAYNORM_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl")


@pytest.fixture(scope="session")
def client() -> TestClient:
    return TestClient(create_app(Settings()))
