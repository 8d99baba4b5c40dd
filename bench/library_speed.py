"""Library speed: ``service.normalize`` against ``price_parser.Price.fromstring``, per string.

    python bench/library_speed.py [path/to/dev.jsonl] [--rounds 7]

One process, one corpus (``PAYNORM_CORPUS`` or ``../shared/corpus/dev.jsonl``; each
record's ``hints.country`` is passed as ``country``). First the cold passes: the first
call of each library over the corpus in this process, one-time start-up work included
(paynorm loads its rates book, CLDR data and tables lazily). Then ``--rounds`` rounds,
each timing three passes over the corpus, in an order that rotates per round:

* ``price-parser``: ``Price.fromstring(text)``;
* ``paynorm cached``: ``normalize(text, country=...)`` after an untimed pass over the same
  texts, so every call is a result-cache hit;
* ``paynorm uncached``: the same after clearing the default normalizer's ``_results``,
  ``_parse_cache`` and ``_rates`` caches and the parser's memos of number tokens, so each
  distinct text is parsed and converted (a number seen earlier in the same pass is a memo
  hit, as it would be in a batch). Process-wide tables (compiled regexes, CLDR lookups,
  other ``lru_cache``d helpers) stay warm.

A pass is timed as a whole with ``perf_counter_ns`` after ``gc.collect()``; µs/string is
its time over the number of strings. Ratios are paynorm over price-parser within one
round, then the median over rounds. The issue's targets: cached ratio <= 1.0, uncached
ratio <= 3.0.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _load import DEFAULT_CORPUS, Item, Others, load_corpus, machine, median
from price_parser import Price

import service
from service.parse import parser

TARGET_CACHED = 1.0
TARGET_UNCACHED = 3.0


STOLEN: list[float] = []  # per pass: wall time over this thread's CPU time


def timed(fn: Callable[[], None]) -> float:
    """Wall time of ``fn()`` in µs; also notes how much of it this thread was not running."""
    gc.collect()
    c = time.thread_time_ns()
    t = time.perf_counter_ns()
    fn()
    wall = time.perf_counter_ns() - t
    STOLEN.append(wall / max(1, time.thread_time_ns() - c))
    return wall / 1e3


def clear_caches() -> None:
    n = service._default_normalizer()
    for cache in (n._results, n._parse_cache, n._rates):
        cache.clear()
    parser.clear_memos()


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)

    items = load_corpus(args.corpus)
    texts = [it.text for it in items]
    normalize, fromstring = service.normalize, Price.fromstring

    def pp_pass() -> None:
        for t in texts:
            fromstring(t)

    def pn_pass(batch: list[Item]) -> Callable[[], None]:
        def run() -> None:
            for it in batch:
                normalize(it.text, country=it.country)
        return run

    # cold passes; texts paynorm rejects are dropped (and reported) before the timed rounds
    pp_cold = timed(pp_pass)
    kept: list[Item] = []
    rejected: list[str] = []
    t = time.perf_counter_ns()
    for it in items:
        try:
            normalize(it.text, country=it.country)
            kept.append(it)
        except service.PaynormError as e:
            rejected.append(f"{it.text[:40]!r}: {e}")
    pn_cold = (time.perf_counter_ns() - t) / 1e3
    n_all = len(items)
    pn_run = pn_pass(kept)
    normalizer = service._default_normalizer()

    rows: dict[str, list[float]] = {"price-parser": [], "paynorm cached": [], "paynorm uncached": []}
    ratios: dict[str, list[float]] = {"cached": [], "uncached": []}
    misses: dict[str, list[int]] = {"cached": [], "uncached": []}

    def run_pp() -> float:
        return timed(pp_pass) / n_all

    def run_cached() -> float:
        pn_run()  # warm: every text in the result cache
        before = normalizer.misses
        us = timed(pn_run) / len(kept)
        misses["cached"].append(normalizer.misses - before)
        return us

    def run_uncached() -> float:
        clear_caches()
        before = normalizer.misses
        us = timed(pn_run) / len(kept)
        misses["uncached"].append(normalizer.misses - before)
        return us

    passes = [("price-parser", run_pp), ("paynorm cached", run_cached), ("paynorm uncached", run_uncached)]
    STOLEN.clear()
    with Others() as others:
        for r in range(args.rounds):
            got: dict[str, float] = {}
            for name, fn in passes[r % 3:] + passes[: r % 3]:
                got[name] = fn()
                rows[name].append(got[name])
            ratios["cached"].append(got["paynorm cached"] / got["price-parser"])
            ratios["uncached"].append(got["paynorm uncached"] / got["price-parser"])

    for line in machine():
        print(line)
    print(f"corpus: {args.corpus} ({n_all} strings, mean {sum(map(len, texts)) / n_all:.1f} characters; "
          f"{len(kept)} accepted by paynorm, {len({(i.text, i.country) for i in kept})} distinct)")
    for line in rejected:
        print(f"  rejected by paynorm (not timed): {line}")
    print(f"rounds: {args.rounds}, pass order rotating; µs per string (wall time), median over rounds (min..max)")
    print(f"noise: other processes used {others.cores:.2f} cores during the rounds (hypervisor steal "
          f"{others.steal:.2f}); wall/CPU time of a pass: "
          f"median {median(STOLEN):.2f}, max {max(STOLEN):.2f} (1.00 = never preempted)\n")
    print("| pass | µs/string | min | max | result-cache misses/pass |")
    print("|---|---:|---:|---:|---:|")
    for name, values in rows.items():
        key = name.removeprefix("paynorm ")
        miss = f"{median(misses[key]):.0f}" if key in misses else "-"
        print(f"| {name} | {median(values):.2f} | {min(values):.2f} | {max(values):.2f} | {miss} |")
    print()
    print("| first pass in this process (cold) | µs/string |")
    print("|---|---:|")
    print(f"| price-parser | {pp_cold / n_all:.2f} |")
    print(f"| paynorm (rates book, CLDR data, tables loaded on first use) | {pn_cold / n_all:.2f} |")
    print()
    print("| ratio paynorm / price-parser (per round, median) | ratio | min..max | target | meets |")
    print("|---|---:|---:|---:|---|")
    for key, target in (("cached", TARGET_CACHED), ("uncached", TARGET_UNCACHED)):
        m = median(ratios[key])
        print(f"| {key} | {m:.2f} | {min(ratios[key]):.2f}..{max(ratios[key]):.2f} | <= {target:.1f} | "
              f"{'yes' if m <= target else 'NO'} |")
    print(f"| cold first pass (one-time, for reference) | {pn_cold / pp_cold:.2f} | - | - | - |")


if __name__ == "__main__":
    main(sys.argv[1:])
