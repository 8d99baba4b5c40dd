"""A long fuzz run of the parser: the properties of ``tests/test_fuzz_parser.py``
with many more examples than ``make test`` affords.

    python bench/fuzz_parser.py [--examples 20000] [--seconds S] [--seed 0] [--only NAME]

Each property runs in batches of ``--batch`` examples, each batch with its own
seed (``--seed``, ``--seed + 1``, ...), until it has run ``--examples`` examples
or ``--seconds`` have passed. A failure stops that property and prints
Hypothesis's shrunk example with its traceback; the exit status is 1 if any
property failed. Counts include the examples Hypothesis runs while shrinking.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.test_fuzz_parser import (  # noqa: E402
    any_text,
    check_normalize,
    check_parse,
    check_same_salary,
    normalize_options,
    parse_options,
    salaryish_text,
    with_fullwidth,
    with_marks,
)

# name -> (strategy of the arguments, property)
PROPERTIES: dict[str, tuple[st.SearchStrategy[Any], Callable[..., None]]] = {
    "parse returns a well-formed result": (st.tuples(any_text, parse_options), check_parse),
    "normalize raises only InvalidInput": (st.tuples(salaryish_text, normalize_options), check_normalize),
    "invisible marks keep the salary": (st.tuples(with_marks()), check_same_salary),
    "full-width forms keep the salary": (st.tuples(with_fullwidth()), check_same_salary),
}


def run(name: str, strategy: st.SearchStrategy[Any], check: Callable[..., None], args: argparse.Namespace) -> bool:
    count = 0

    def body(arguments: tuple[Any, ...]) -> None:
        nonlocal count
        count += 1
        check(*arguments)

    start, batch, ok = time.monotonic(), 0, True
    while count < args.examples and (args.seconds is None or time.monotonic() - start < args.seconds):
        before = count
        test = settings(
            max_examples=min(args.batch, args.examples - count), deadline=None, database=None,
            derandomize=False, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )(given(strategy)(body))
        try:
            seed(args.seed + batch)(test)()
        except Exception as e:
            print(f"FAIL  {name}: seed {args.seed + batch}, after {count} examples")
            print("".join(traceback.format_exception(e)), flush=True)
            ok = False
            break
        batch += 1
        if count == before:
            break  # the strategy has nothing new to give
    status = "ok  " if ok else "FAIL"
    print(f"{status}  {name}: {count} examples in {time.monotonic() - start:.1f} s ({batch} batches)", flush=True)
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=20_000, help="examples per property")
    ap.add_argument("--seconds", type=float, default=None, help="time budget per property")
    ap.add_argument("--batch", type=int, default=1_000, help="examples per seed")
    ap.add_argument("--seed", type=int, default=0, help="seed of the first batch")
    ap.add_argument("--only", default="", help="only properties whose name contains this")
    args = ap.parse_args()
    results = [run(name, strategy, check, args) for name, (strategy, check) in PROPERTIES.items()
               if args.only.lower() in name.lower()]
    print(f"{sum(results)} of {len(results)} properties held")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
