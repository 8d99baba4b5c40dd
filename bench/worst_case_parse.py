"""Worst-case parse times: adversarial texts of the maximum length (10,000 characters).

    python bench/worst_case_parse.py [--repeat 5] [--chars 10000] [--only SUBSTRING]

Each family is a function of the length, so the same pattern can be built at
1,000 and 10,000 characters (``tests/test_adversarial.py`` checks the scaling
and the budget; this script only prints numbers). Times are the median of
``--repeat`` runs with ``time.perf_counter``: ``parse`` is
``service.parse.parse(text)``; ``normalize`` is a fresh ``Normalizer`` per run
(the library's ``normalize()`` minus option validation) so its parse cache
never answers. The budget of the reliability issue is 50 ms at 10,000 characters.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MAX_CHARS = 10_000
BUDGET_MS = 50.0

Builder = Callable[[int], str]


def repeat(unit: str) -> Builder:
    """``unit`` repeated and cut to exactly ``n`` characters."""

    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


def prefixed(head: str, unit: str) -> Builder:
    """``head`` then ``unit`` repeated, cut to ``n``: a number that never ends."""

    def build(n: int) -> str:
        return (head + unit * (n // len(unit) + 1))[:n]

    return build


def nested(open_: str, middle: str, close: str) -> Builder:
    """``((((middle))))`` with as many openers as closers, ``n`` characters."""

    def build(n: int) -> str:
        depth = (n - len(middle)) // (len(open_) + len(close))
        text = open_ * depth + middle + close * depth
        return text + " " * (n - len(text))

    return build


@lru_cache(maxsize=1)
def unicode_digits() -> str:
    """Every character of category Nd, in code point order (660 in Unicode 15)."""
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Nd")


@lru_cache(maxsize=1)
def digit_script_amounts() -> str:
    """"$30,000 - 45,000 " written in every digit script Unicode has."""
    zeros = [d for d in unicode_digits() if unicodedata.decimal(d) == 0]

    def digits(z: str, number: str) -> str:
        return "".join(chr(ord(z) + int(c)) if c.isdigit() else c for c in number)

    return "".join(f"${digits(z, '30,000')} - {digits(z, '45,000')} " for z in zeros)


def lazy(make: Callable[[], str]) -> Builder:
    return lambda n: repeat(make())(n)


POSTING = (
    "Senior Data Engineer (Hybrid, London). We are a fast-growing fintech team of 40 people looking for an "
    "engineer with 5+ years of experience in Python and SQL. Salary: £65,000 - £75,000 per annum plus a 10% "
    "bonus and 25 days holiday. You will build pipelines, mentor two juniors and work with product owners on "
    "the roadmap for 2025. Apply by 30/06/2025 or call +44 20 7946 0958 for details. "
)
POSTING_ZH = "高级数据工程师（上海）月薪1.5万-2万，13薪，五险一金，年终奖。要求3年以上经验，团队50人。联系电话021-5555-1234。"

# family name -> builder(n). Families named in the issue first, then ones aimed at this lexer.
FAMILIES: dict[str, Builder] = {
    "posting_en (reference)": repeat(POSTING),
    "posting_zh": repeat(POSTING_ZH),
    "digits 1111": repeat("1"),
    "digits 1234567890": repeat("1234567890"),
    "1-1-1-": repeat("1-"),
    "$$$$": repeat("$"),
    "1,1,1,": repeat("1,"),
    "1.1.1.": repeat("1."),
    "1 1 1 (space-grouped)": repeat("1 "),
    "1,000,000,... (no end)": prefixed("1", ",000"),
    "1 000 000 ... (no end)": prefixed("1", " 000"),
    "1'000'000'... (no end)": prefixed("1", "'000"),
    "1.000.000,... (mixed)": prefixed("1", ".000,000"),
    "spaces": repeat(" "),
    "newlines": repeat("\n"),
    "((((((": repeat("("),
    "((( $1k )))": nested("(", "$1k", ")"),
    "[(([($1 - $2)]))]": nested("[(", "$1 - $2", ")]"),
    "$1-$1-$1-": repeat("$1-"),
    "1 to 1 to": repeat("1 to "),
    "between 1 and 1 and": prefixed("between ", "1 and "),
    "1+1+1+": repeat("1+"),
    "1~1~1~": repeat("1~"),
    "万万万": repeat("万"),
    "1万1万1万": repeat("1万"),
    "1億2千万3千 (CJK compounds)": repeat("1億2千万3千"),
    "1억 2천만 (Korean)": repeat("1억 2천만 "),
    "k k k": repeat("k "),
    "1k 1k 1k": repeat("1k "),
    "per per per": repeat("per "),
    "1 per hour": repeat("1 per hour "),
    "OTE 1 OTE 1": repeat("OTE 1 "),
    "salary £1": repeat("salary £1 "),
    "up to $1": repeat("up to $1 "),
    "USD EUR GBP (codes)": repeat("USD EUR GBP JPY "),
    "a1a1a1": repeat("a1"),
    "long word": repeat("a"),
    "CJK/Latin/digit alternating": repeat("年a1万b2薪c3"),
    "every Unicode Nd digit": lazy(unicode_digits),
    "$30,000 in every digit script": lazy(digit_script_amounts),
    "full-width ＄１２，０００": repeat("＄１２，０００－"),
    "emoji 💰": repeat("💰"),
    "emoji and $1k": repeat("💰$1k"),
    "RTL/LRM marks with digits": repeat("\u200f1\u200e\u202e2\u202c"),
    "zero-width in digits": repeat("1\u200b"),
    "NUL bytes": repeat("\x00"),
    "lone surrogates": repeat("\ud800"),
    "Â£ mojibake": repeat("Â£"),
    "Â£1k mojibake amounts": repeat("Â£1k "),
    "&pound;1k HTML references": repeat("&pound;1k &ndash; "),
    "&amp; references": repeat("&amp;"),
    "& no reference": repeat("&abcdefghijklmnopqrstuvwxyz0123"),
    "phone +1 (555) 555-5555": repeat("+1 (555) 555-5555 "),
    "dates 1/1/2024": repeat("1/1/2024 "),
    "1% 1% 1%": repeat("1% "),
    "13薪 13薪": repeat("13薪 "),
    # the declined-salary, heading and open-end rules scan forward and back from each match
    "salary negotiable €1": repeat("salary negotiable €1, "),
    "Salary: heading lines": repeat("Salary:\n€1 "),
    "salary salary ... then newline €1": prefixed("salary " * 1400, "\n€1"),
    "from €1 ... up to €2": repeat("from €1 x up to €2 "),
    # machine data and its escapes: tags, URL and JSON escapes, keys before numbers, delimited rows
    "<<<< and <b> tags": repeat("<<b>1</b>< "),
    "%20 URL escapes": repeat("%241%2C000%20"),
    "\\u20ac JSON escapes": repeat("\\u20ac1 "),
    '"minValue": 1 keys': repeat('"minValue": 1, "maxValue": 2, '),
    "1|2|EUR|YEAR rows": repeat("1|2|EUR|YEAR\n"),
}


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_ms(fn: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(fn) for _ in range(runs)) * 1000


def median_or_error(fn: Callable[[], object], runs: int) -> float | str:
    """Median ms, or the name of the exception ``fn`` raised (a bug: shown, not raised)."""
    try:
        fn()
    except Exception as e:
        return type(e).__name__
    return median_ms(fn, runs)


def measure(name: str, text: str, runs: int) -> tuple[str, int, float | str, float | str]:
    """Family, length, median parse ms and median normalize ms (or the exception's name)."""
    from service.normalize import NormalizeOptions, Normalizer
    from service.parse import parse
    from service.rates import load_embedded_book

    book, options = load_embedded_book(), NormalizeOptions()
    parse_ms = median_or_error(lambda: parse(text), runs)
    normalize_ms = median_or_error(lambda: Normalizer(book).normalize(text, options), runs)
    return name, len(text), parse_ms, normalize_ms


def cell(value: float | str, width: int) -> str:
    return f"{value:{width}.1f}" if isinstance(value, float) else f"{value:>{width}}"


def worst_first(row: tuple[str, int, float | str, float | str]) -> float:
    return row[2] if isinstance(row[2], float) else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="runs per input; the median is printed")
    ap.add_argument("--chars", type=int, default=MAX_CHARS, help="length of every input")
    ap.add_argument("--only", default="", help="only families whose name contains this")
    args = ap.parse_args()

    from service.parse import parse

    parse("warm up £30k - £35k pa")  # imports, regex compilation, CLDR tables
    rows = []
    for name, build in FAMILIES.items():
        if args.only.lower() not in name.lower():
            continue
        text = build(args.chars)
        assert len(text) == args.chars, (name, len(text))
        rows.append(measure(name, text, args.repeat))
        print(f"  {name:34} {cell(rows[-1][2], 10)} ms", file=sys.stderr, flush=True)
    rows.sort(key=worst_first, reverse=True)

    print(f"# {platform.python_implementation()} {platform.python_version()} on {platform.machine()}, "
          f"{platform.processor() or platform.platform()}; median of {args.repeat} runs")
    print(f"{'family':34} {'chars':>6} {'parse ms':>10} {'normalize ms':>12}  over {BUDGET_MS:.0f} ms")
    for name, chars, parse_ms, normalize_ms in rows:
        over = "OVER" if worst_first((name, chars, parse_ms, normalize_ms)) > BUDGET_MS else ""
        print(f"{name:34} {chars:6d} {cell(parse_ms, 10)} {cell(normalize_ms, 12)}  {over}")
    times = [r[2] for r in rows if isinstance(r[2], float)]
    errors = [r[0] for r in rows if not isinstance(r[2], float)]
    worst = max(times)
    print(f"worst parse: {worst:.1f} ms; median parse: {statistics.median(times):.1f} ms; "
          f"{sum(t > BUDGET_MS for t in times)} of {len(times)} timed inputs over {BUDGET_MS:.0f} ms")
    if errors:
        print(f"parse raised on {len(errors)}: {', '.join(errors)}")

if __name__ == "__main__":
    main()
