"""Accuracy of paynorm on the gold corpus, per family and overall.

    python bench/corpus_accuracy.py [path/to/dev.jsonl] [--misses]

Each record's ``hints.country`` is sent as ``country``. A field is right when
it equals the gold value; "exact" means min, max, currency and period all right.
A gold period of null means "the text writes none and the source has no
convention": paynorm agrees when its period is not written (it still reports
the period it inferred, flagged ``period_inferred``, or none at all).
The family is the record id without its number (adzuna, china, japan...).
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service import normalize  # noqa: E402

DEFAULT = Path(os.environ.get("PAYNORM_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl")
FIELDS = ("min", "max", "currency", "period")


def same(got: object, want: object) -> bool:
    if got is None or want is None:
        return got is None and want is None
    if isinstance(want, (int, float)):
        return Decimal(str(got)) == Decimal(str(want))
    return got == want


def evaluate(path: Path) -> tuple[dict[str, dict[str, int]], list[str]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        family = rec["id"].rsplit("-", 1)[0]
        result = normalize(rec["text"], country=rec["hints"].get("country"))
        s = result.stated
        got = dict.fromkeys(FIELDS) if s is None else {"min": s.min, "max": s.max, "currency": s.currency, "period": s.period}
        if s is not None and rec["expected"]["period"] is None and not s.period_written:
            got["period"] = None  # not written, as the gold says; see the docstring
        ok = {f: same(got[f], rec["expected"][f]) for f in FIELDS}
        for fam in (family, "overall"):
            counts[fam]["n"] += 1
            for f in FIELDS:
                counts[fam][f] += ok[f]
            counts[fam]["exact"] += all(ok.values())
        if not all(ok.values()):
            misses.append(f"{rec['id']}: {rec['text'][:80]!r} got {got} want {rec['expected']}")
    return counts, misses


def table(counts: dict[str, dict[str, int]]) -> str:
    rows = ["| family | n | min | max | currency | period | exact |", "|---|---:|---:|---:|---:|---:|---:|"]
    for fam in sorted(counts, key=lambda f: (f == "overall", f)):
        c = counts[fam]
        cells = [f"{100 * c[f] / c['n']:.1f}%" for f in (*FIELDS, "exact")]
        rows.append(f"| {fam} | {c['n']} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")]
    counts, misses = evaluate(Path(paths[0]) if paths else DEFAULT)
    print(table(counts))
    if "--misses" in argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main(sys.argv[1:])
