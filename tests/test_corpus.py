"""The gold corpus (../shared/corpus/dev.jsonl), one test per line.

Expected values are the corpus's, written by people. A line may be a strict
xfail only with a written reason; the reasons are grouped by failure class.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from service import normalize

from .conftest import CORPUS

# Failure classes with a reason each; empty while every line passes.
XFAIL: dict[str, str] = {}

RECORDS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()] if CORPUS.exists() else []


def _value(v: object) -> object:
    return None if v is None else Decimal(str(v)) if isinstance(v, (int, float)) else v


def line_params(records: list[dict], xfail: dict[str, str]) -> list:
    """One pytest param per record, named by its id; a strict xfail where ``xfail`` gives a reason."""
    return [pytest.param(r, id=r["id"], marks=pytest.mark.xfail(reason=xfail[r["id"]], strict=True)) if r["id"] in xfail
            else pytest.param(r, id=r["id"]) for r in records]


@pytest.mark.skipif(not RECORDS, reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("rec", line_params(RECORDS, XFAIL))
def test_corpus_line(rec: dict) -> None:
    check_line(rec)


def check_line(rec: dict) -> None:
    """The line's stated salary is its gold label (the corpus README's rules)."""
    result = normalize(rec["text"], country=rec["hints"].get("country"))
    s = result.stated
    e = rec["expected"]
    got = (None, None, None, None) if s is None else (_value(s.min), _value(s.max), s.currency, s.period)
    if s is not None and e["period"] is None:
        # gold null = "no period written"; paynorm may add an inferred one, flagged
        assert not s.period_written
        got = got[:3] + (None,)
    assert got == (_value(e["min"]), _value(e["max"]), e["currency"], e["period"])


def test_corpus_is_present() -> None:
    # CI runs beside ../shared; a missing corpus must not pass silently
    assert len(RECORDS) >= 400, f"expected the dev corpus at {CORPUS}"
