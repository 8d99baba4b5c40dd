"""The floor for ``POST /normalize``: FastAPI validating a small request, returning a small model.

    python -m uvicorn --app-dir bench trivial_app:app

``bench/http_load.py`` sends it the same bodies as paynorm (``{"text": ..., "country": ...}``),
with the same load generator, on the same core. No parsing, no caches, no middleware.
"""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel


class Req(BaseModel):
    text: str
    country: str | None = None


class Resp(BaseModel):
    length: int
    country: str | None


class Health(BaseModel):
    status: str


app = FastAPI(title="trivial")


@app.post("/normalize", response_model=Resp)
async def normalize(req: Req) -> Resp:
    return Resp(length=len(req.text), country=req.country)


@app.get("/healthz", response_model=Health)
async def healthz() -> Health:
    return Health(status="ok")
