"""Adversarial texts of the maximum length: the parser finishes fast and answers well.

The reliability budget is 50 ms to parse any text of 10,000 characters. The
inputs are the families of ``bench/worst_case_parse.py`` (which prints their
times); here each one must

* parse without an exception into a well-formed result (spans inside the text
  as sent, each holding a digit; ordered bounds; ISO codes),
* scale linearly: ten times the text may take at most 40 times as long (a
  quadratic step takes about 100 times), measured in the same process, so no
  absolute timing is involved.

The absolute budget (50 ms per 10,000 characters) is a benchmark, not a test:
``bench/worst_case_parse.py`` prints every family's time, because timed unit
tests flake on a shared machine. A time over a limit is measured again (best
of 5) unless, measured warm, it is more than 3 times the limit. Last, marks and forms a reader does not see
(zero-width and bidi marks, full-width forms, NUL, lone surrogates, ``Â£``
mojibake) must not change the salary a text states, and its span must index the
text as sent.
"""

from __future__ import annotations

import gc
import time
from functools import lru_cache
from typing import Callable

import pytest

from bench.worst_case_parse import FAMILIES, MAX_CHARS
from service.parse import ParseResult, parse
from tests.test_fuzz_parser import check_parse_result, check_same_salary

SCALE = 10  # the long text is SCALE times the short one
MAX_GROWTH = 40  # linear grows ~10x, quadratic ~100x
NOISE_FLOOR_S = 0.005  # below this, a ratio of two timings is noise
TRIES = 5

NAMES = list(FAMILIES)


def timed(fn: Callable[[], object]) -> float:
    """Seconds for one call, with the garbage collector off (as ``timeit`` does)."""
    gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        gc.enable()


def best_time(fn: Callable[[], object], limit: float, first: float | None = None) -> float:
    """The best of up to ``TRIES`` timings, stopping once one is under ``limit``
    or the best is over 3 times it (settled either way). A ``first`` timing over
    the limit is never settled alone: it may hold one-time set-up work."""
    if first is not None and first < limit:
        return first
    best = min(first or float("inf"), timed(fn))
    for _ in range(TRIES - 2 if first is not None else TRIES - 1):
        if best < limit or best > 3 * limit:
            break
        best = min(best, timed(fn))
    return best


@lru_cache(maxsize=None)
def text_of(name: str, n: int = MAX_CHARS) -> str:
    text = FAMILIES[name](n)
    assert len(text) == n
    return text


@lru_cache(maxsize=None)
def first_parse(name: str) -> tuple[ParseResult, float]:
    """The family's 10,000-character text parsed once: the result and its time."""
    text = text_of(name)
    result: list[ParseResult] = []
    seconds = timed(lambda: result.append(parse(text)))
    return result[0], seconds


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    parse("£30k - £35k pa")  # imports, regex compilation and CLDR tables are not the parse's time


@pytest.mark.parametrize("name", NAMES)
def test_parse_returns_a_well_formed_result(name: str) -> None:
    result, _ = first_parse(name)
    check_parse_result(text_of(name), result)


@pytest.mark.parametrize("name", NAMES)
def test_parse_time_grows_linearly(name: str) -> None:
    short, long = text_of(name, MAX_CHARS // SCALE), text_of(name)
    t_short = min(timed(lambda: parse(short)) for _ in range(5))
    limit = max(MAX_GROWTH * t_short, NOISE_FLOOR_S)
    t_long = best_time(lambda: parse(long), limit, first=first_parse(name)[1])
    assert t_long < limit, (
        f"{name}: {t_short * 1000:.2f} ms for {len(short)} characters but {t_long * 1000:.1f} ms for {len(long)} "
        f"({t_long / t_short:.0f}x for {SCALE}x the text; at most {MAX_GROWTH}x)"
    )


# Each states £30,000-35,000 a year; a reader sees "£30k - £35k pa" in every one.
SAME_SALARY = {
    "plain": ("£30k - £35k pa", "£30k - £35k"),
    "zero-width space after an amount": ("£30k\u200b - £35k pa", "£30k - £35k"),
    "zero-width space inside a number": ("£3\u200b0k - £35k pa", "£30k - £35k"),
    "zero-width joiner before k": ("£30\u200dk - £35k pa", "£30k - £35k"),
    "soft hyphen inside a number": ("£3\u00ad0k - £35k pa", "£30k - £35k"),
    "BOM at the start": ("\ufeff£30k - £35k pa", "£30k - £35k"),
    "RLM at the start": ("\u200f£30k - £35k pa", "£30k - £35k"),
    "LRM between sign and number": ("£\u200e30k - £\u200e35k pa", "£30k - £35k"),
    "Arabic letter mark between sign and number": ("£\u061c30k - £35k pa", "£30k - £35k"),
    "bidi isolate around the text": ("\u2066£30k - £35k pa\u2069", "£30k - £35k"),
    "NUL after an amount": ("£30k\x00 - £35k pa", "£30k - £35k"),
    "lone surrogate at the end": ("£30k - £35k pa\ud800", "£30k - £35k"),
    "full-width digits": ("£３０k - £３５k pa", "£30k - £35k"),
    "full-width pound sign": ("￡30k - ￡35k pa", "£30k - £35k"),
    "full-width k": ("£30ｋ - £35ｋ pa", "£30k - £35k"),
    "full-width pa": ("£30k - £35k ｐａ", "£30k - £35k"),
    "ideographic spaces": ("£30k\u3000-\u3000£35k\u3000pa", "£30k - £35k"),
    "Â£ mojibake (UTF-8 read as Latin-1)": ("Â£30k - Â£35k pa", "Â£30k - Â£35k"),
}


@pytest.mark.parametrize(("text", "mention"), SAME_SALARY.values(), ids=SAME_SALARY.keys())
def test_unseen_marks_and_forms_keep_the_salary(text: str, mention: str) -> None:
    check_same_salary(text, mention)
