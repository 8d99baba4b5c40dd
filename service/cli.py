"""The ``paynorm`` command: one text, a CSV or JSON Lines file, or the HTTP service.

    paynorm normalize "£30k - £35k pa" --country GB --to USD [--json]
    paynorm csv postings.csv --column salary [--country-column country] [-o out.csv] [--jobs N]
    paynorm jsonl postings.jsonl --field text [--country-field hints.country] [-o out.jsonl]
    paynorm serve [--host 127.0.0.1] [--port 8000] [--workers 1] [--hang-timeout 30]

Files are streamed: rows are read, normalized and written in input order, never all held at
once (with ``--jobs N``, N worker processes share at most two batches of rows at a time). A bad
row never stops a run: its ``error`` says why and the summary on stderr counts it.

Exit status: 0 done; 1 an input or output file cannot be read or written; 2 a usage error
(argparse's own, a bad option value, a column the header lacks); 3 the server could not start
(``serve``: the port is taken, or the app failed its start-up); 130 interrupted.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import multiprocessing
import os
import signal
import stat
import sys
import textwrap
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from itertools import islice
from typing import IO, Any, TypeVar

from . import InvalidInput, NormalizeResult, normalize

PERIODS = ("hour", "day", "week", "fortnight", "semimonth", "month", "year")
CSV_COLUMNS = (
    "stated_min", "stated_max", "stated_currency", "stated_period", "period_inferred",
    "normalized_min", "normalized_max", "normalized_currency", "normalized_period",
    "confidence", "warnings", "reason", "error",
)  # fmt: skip
CHUNKSIZE = 64  # rows per task sent to a worker
BATCH_CHUNKS = 8  # chunks per worker in one batch; two batches are in flight at most

# library option -> the flag that sets it, so errors name what the user typed
FLAGS = {
    "country": "--country",
    "locale": "--locale",
    "default_currency": "--default-currency",
    "target_currency": "--to",
    "target_period": "--period",
    "as_of": "--as-of",
    "hours_per_week": "--hours-per-week",
    "days_per_week": "--days-per-week",
    "weeks_per_year": "--weeks-per-year",
    "months_per_year": "--months-per-year",
}

T = TypeVar("T")
# what a worker returns for one row: the output row or line, its kind, its warning codes
Done = tuple[Any, str, tuple[str, ...]]


class _UsageError(Exception):
    """A flag value or an input layout that cannot work: exit status 2."""


class _FileError(Exception):
    """An input or output file that cannot be read or written: exit status 1."""


# --- arguments -------------------------------------------------------------------------------


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _number(value: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"expected a number, got {value!r}") from None


def _count(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}")
    return int(value)


def _positive(value: str) -> int:
    n = _count(value)
    if n == 0:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {value!r}")
    return n


def _hang_timeout(value: str) -> float:
    """Seconds, above 1 (service.api.workers.MIN_HANG_TIMEOUT: ten heartbeats)."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 1.0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"expected seconds above 1, got {value!r}")
    return seconds


def _port(value: str) -> int:
    port = _count(value)
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"expected a port from 1 to 65535, got {value!r}")
    return port


def _option_flags() -> argparse.ArgumentParser:
    """The normalization flags shared by ``normalize``, ``csv`` and ``jsonl``."""
    parent = argparse.ArgumentParser(add_help=False)
    g = parent.add_argument_group("normalization")
    g.add_argument("--to", dest="target_currency", metavar="CUR", help="target currency, ISO 4217 (default: USD)")
    g.add_argument("--period", dest="target_period", choices=PERIODS, help="target period (default: year)")
    g.add_argument(
        "--country",
        metavar="CC",
        help="country, ISO 3166-1 alpha-2: settles '$' or 'kr', gives the currency when the text names none",
    )
    g.add_argument("--locale", help="number-format hint such as de_DE: settles '3.500' and '1,234'")
    g.add_argument("--default-currency", metavar="CUR", help="currency when the text names none; wins over --country")
    g.add_argument(
        "--as-of",
        type=_date,
        metavar="YYYY-MM-DD",
        help="use the rates published on or before this date (default: the latest embedded)",
    )
    w = parent.add_argument_group("work-time assumptions, for converting hour/day/week/month pay")
    w.add_argument("--hours-per-week", type=_number, metavar="N", help="default: 40")
    w.add_argument("--days-per-week", type=_number, metavar="N", help="default: 5")
    w.add_argument("--weeks-per-year", type=_number, metavar="N", help="default: 52")
    w.add_argument("--months-per-year", type=_number, metavar="N", help="default: 12; a '13薪' in the text wins")
    return parent


def _file_flags(noun: str) -> argparse.ArgumentParser:
    """Output, progress and worker flags shared by ``csv`` and ``jsonl``."""
    parent = argparse.ArgumentParser(add_help=False)
    g = parent.add_argument_group("run")
    g.add_argument(
        "-o", "--output", default="-", metavar="PATH", help=f"where to write the {noun} ('-', the default: stdout)"
    )
    g.add_argument(
        "--encoding",
        default="utf-8-sig",
        help="encoding of the input (default: utf-8, with or without a BOM); the output is utf-8",
    )
    g.add_argument("--jobs", type=_count, default=1, metavar="N", help="worker processes (default: 1; 0: one per CPU)")
    g.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show a progress line on stderr (default: when stderr is a terminal)",
    )
    return parent


RAW = argparse.RawDescriptionHelpFormatter  # descriptions and examples keep their lines

HELP = """\
Normalize free-text salaries: the amounts, the range, the currency and the pay
period, converted with the embedded ECB/NBP rates (no network)."""

EXAMPLES = """\
examples:
  paynorm normalize "£30k - £35k pa" --country GB --to USD
  paynorm csv postings.csv --column salary --country-column country --to EUR -o out.csv
  paynorm jsonl in.jsonl --field text --country-field hints.country -o out.jsonl
  paynorm serve --port 8000

Run 'paynorm COMMAND --help' for the flags of one command.
Exit status: 0 done, 1 a file cannot be read or written, 2 a usage error."""

FILE_HELP = """\
A row with an empty text or a bad country gets 'error' filled and the run goes
on. Rows are streamed, and written in input order also with --jobs. A summary
goes to stderr: rows, parsed, no salary, errors and the rows with each warning."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="paynorm", description=HELP, epilog=EXAMPLES, formatter_class=RAW)
    commands = parser.add_subparsers(dest="command", required=True, title="commands")
    options = _option_flags()

    p = commands.add_parser(
        "normalize",
        parents=[options],
        formatter_class=RAW,
        help="normalize one text and print the result",
        description="Normalize one text and print what was stated, the normalized range,\n"
        "the rate used, the confidence and the warnings (--json: everything).",
        epilog='example:\n  paynorm normalize "£30k - £35k pa" --country GB --to USD',
    )
    p.add_argument("text", help="the salary text; quote it (use -- before a text that starts with '-')")
    p.add_argument("--json", action="store_true", help="print the full result as JSON (the POST /normalize response)")
    p.set_defaults(run=_cmd_normalize, parser=p)

    p = commands.add_parser(
        "csv",
        parents=[options, _file_flags("CSV")],
        formatter_class=RAW,
        help="normalize a column of a CSV file",
        description="Normalize one column of a CSV file and write each row with these columns added:\n  "
        + textwrap.fill(", ".join(CSV_COLUMNS), 76, subsequent_indent="  ")
        + "\n(warnings: the codes joined with ';').\n\n"
        + FILE_HELP,
        epilog="example:\n  paynorm csv postings.csv --column salary --country-column country --to EUR -o out.csv",
    )
    p.add_argument("input", help="the CSV file, with a header row ('-': stdin)")
    p.add_argument("--column", required=True, help="the column holding the salary text")
    p.add_argument(
        "--country-column",
        metavar="COLUMN",
        help="a column holding each row's country; an empty cell falls back to --country",
    )
    p.set_defaults(run=_cmd_csv, parser=p)

    p = commands.add_parser(
        "jsonl",
        parents=[options, _file_flags("JSON Lines")],
        formatter_class=RAW,
        help="normalize a field of a JSON Lines file",
        description="Normalize one field of each line of a JSON Lines file and write each object\n"
        "with a 'paynorm' object added: the fields of the POST /normalize result and\n"
        "'error'.\n\n" + FILE_HELP,
        epilog="example:\n  paynorm jsonl in.jsonl --field text --country-field hints.country -o out.jsonl",
    )
    p.add_argument("input", help="the JSON Lines file, one object a line ('-': stdin)")
    p.add_argument(
        "--field",
        required=True,
        help="the field holding the salary text; a dotted path such as posting.salary walks nested objects",
    )
    p.add_argument(
        "--country-field",
        metavar="FIELD",
        help="a field (dotted path) holding each object's country; null or missing falls back to --country",
    )
    p.set_defaults(run=_cmd_jsonl, parser=p)

    p = commands.add_parser(
        "serve",
        formatter_class=RAW,
        help="run the HTTP service (as 'make run' does)",
        description="Run the HTTP service with uvicorn, configured as 'make run' is: PAYNORM_*\n"
        "variables for the service; HOST, PORT, WORKERS and HANG_TIMEOUT for the server (flags win).",
    )
    p.add_argument(
        "--host",
        default=os.environ.get("HOST", "127.0.0.1"),
        help="interface to listen on (default: $HOST, else 127.0.0.1)",
    )
    p.add_argument(
        "--port", type=_port, default=os.environ.get("PORT", "8000"), help="port (default: $PORT, else 8000)"
    )
    p.add_argument(
        "--workers",
        type=_positive,
        default=os.environ.get("WORKERS", "1"),
        help="worker processes (default: $WORKERS, else 1)",
    )
    p.add_argument(
        "--hang-timeout",
        type=_hang_timeout,
        default=os.environ.get("HANG_TIMEOUT"),
        metavar="SECONDS",
        help="with more than one worker: kill and replace a worker whose event loop has not turned "
        "for this long (default: $HANG_TIMEOUT, else 30)",
    )
    p.set_defaults(run=_cmd_serve, parser=p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``paynorm`` command; returns the exit status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:  # --help or a usage error: argparse has printed it
        return e.code if isinstance(e.code, int) else 2
    try:
        return args.run(args)
    except _UsageError as e:
        args.parser.print_usage(sys.stderr)
        print(f"{args.parser.prog}: error: {e}", file=sys.stderr)
        return 2
    except _FileError as e:
        print(f"{args.parser.prog}: error: {e}", file=sys.stderr)
        return 1


# --- options ---------------------------------------------------------------------------------


def _message(e: InvalidInput) -> str:
    # pydantic prefixes the library's own ValueError messages
    return e.message.removeprefix("Value error, ")


def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The library options the flags set, checked before the first row."""
    options = {name: getattr(args, name) for name in FLAGS if getattr(args, name) is not None}
    options.setdefault("target_currency", "USD")
    try:
        # a call checks the options by the library's own rules, as_of against the rates book included
        normalize("1", **options)
    except InvalidInput as e:
        raise _UsageError(f"argument {FLAGS.get(e.field, e.field)}: {_message(e)}") from None
    return options


# --- normalize -------------------------------------------------------------------------------


def _cmd_normalize(args: argparse.Namespace) -> int:
    options = _options(args)
    try:
        result = normalize(args.text, **options)
    except InvalidInput as e:
        raise _UsageError(f"argument {FLAGS.get(e.field, e.field)}: {_message(e)}") from None
    print(result.model_dump_json(indent=2) if args.json else _human(result))
    return 0


def _human(r: NormalizeResult) -> str:
    """A few aligned lines for people; ``--json`` has everything."""
    lines = [
        ("stated", _stated(r)),
        ("normalized", _normalized(r)),
        ("rate", _rate(r)),
        ("confidence", f"{r.confidence:.2f}"),
    ]
    warnings = [f"{w.code}: {w.message}" for w in r.warnings] or ["none"]
    lines += [("warnings" if i == 0 else "", w) for i, w in enumerate(warnings)]
    return "\n".join(f"{label:<12}{value}".rstrip() for label, value in lines)


def _amount(d: Decimal) -> str:
    return f"{d:,f}"


def _range(lo: Decimal | None, hi: Decimal | None, currency: str | None, period: str | None) -> str:
    if lo is None:
        amount = f"up to {_amount(hi)}" if hi is not None else "?"
    elif hi is None:
        amount = f"from {_amount(lo)}"
    else:
        amount = _amount(lo) if lo == hi else f"{_amount(lo)}–{_amount(hi)}"
    return amount + (f" {currency}" if currency else "") + (f"/{period}" if period else "")


def _stated(r: NormalizeResult) -> str:
    s = r.stated
    if s is None:
        return f"none ({r.reason})" if r.reason else "none"
    flags = []
    if s.approximate:
        flags.append("approximate")
    if s.period_inferred:
        flags.append("period inferred")
    if s.currency is None:
        flags.append("no currency")
    elif not s.currency_written:
        flags.append(f"currency from {s.currency_rule.replace('_', ' ')}")
    elif s.currency_ambiguous:
        flags.append(f"one of {len(s.currency_candidates)} currencies, chosen by {s.currency_rule.replace('_', ' ')}")
    if s.months_per_year is not None:
        flags.append(f"{_amount(s.months_per_year)} months' pay a year")
    text = _range(s.min, s.max, s.currency, s.period)
    return f"{text}  ({'; '.join(flags)})" if flags else text


def _normalized(r: NormalizeResult) -> str:
    n = r.normalized
    if n is None:
        return "none (see warnings)" if r.stated else "none"
    text = _range(n.min, n.max, n.currency, n.period)
    pc = r.period_conversion
    if pc is not None and pc.source != pc.target:
        text += f"  (from {pc.source}, × {pc.factor:,.6g})"
    return text


def _rate(r: NormalizeResult) -> str:
    rate = r.rate
    if rate is None:
        return "none"
    if rate.source == "identity":
        return f"none needed ({rate.base} to {rate.quote})"
    notes = [rate.source, rate.date.isoformat()]
    if rate.requested_date is not None:
        notes.append(f"as of {rate.requested_date.isoformat()}")
    notes += [word for word, on in (("stale", rate.stale), ("indicative", rate.indicative)) if on]
    return f"1 {rate.base} = {rate.value:.6g} {rate.quote}  ({', '.join(notes)})"


# --- one row ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rows:
    """What a worker needs to normalize a row; pickled to each worker process."""

    options: dict[str, Any]  # from the flags, --country included
    text_name: str  # "column 'salary'" or "field 'text'", for errors
    country_name: str | None  # likewise, for the country column or field


def _run(rows: _Rows, text: str, country: str | None) -> tuple[NormalizeResult | None, str | None]:
    """The result of one row, or why there is none."""
    if not text.strip():
        return None, f"{rows.text_name} is empty"
    options = {**rows.options, "country": country} if country else rows.options
    try:
        return normalize(text, **options), None
    except InvalidInput as e:
        if e.field == "country" and country:
            return None, f"{rows.country_name}: {_message(e)}"
        return None, f"{FLAGS.get(e.field, e.field)}: {_message(e)}"
    except Exception as e:  # noqa: BLE001  (a library bug on one row must not end a run of a million)
        return None, f"internal error: {type(e).__name__}: {e}"


def _kind(result: NormalizeResult | None) -> str:
    if result is None:
        return "error"
    return "parsed" if result.stated is not None else "no_salary"


def _codes(result: NormalizeResult | None) -> tuple[str, ...]:
    return tuple(w.code for w in result.warnings) if result is not None else ()


@dataclass(frozen=True)
class _CsvRows(_Rows):
    width: int  # columns in the input header
    out_width: int  # columns in the output header: the input's and those of CSV_COLUMNS it lacks
    text_index: int
    country_index: int | None
    positions: tuple[int, ...]  # where each of CSV_COLUMNS goes in the output row


def _plain(d: Decimal | None) -> str:
    return "" if d is None else f"{d:f}"


def _csv_values(result: NormalizeResult | None, error: str | None) -> list[str]:
    if result is None:
        return [""] * (len(CSV_COLUMNS) - 1) + [error or ""]
    s, n = result.stated, result.normalized
    return [
        _plain(s.min) if s else "",
        _plain(s.max) if s else "",
        (s.currency or "") if s else "",
        (s.period or "") if s else "",
        ("true" if s.period_inferred else "false") if s else "",
        _plain(n.min) if n else "",
        _plain(n.max) if n else "",
        n.currency if n else "",
        n.period if n else "",
        str(result.confidence),
        ";".join(_codes(result)),
        result.reason or "",
        "",
    ]


def _csv_row(rows: _CsvRows, row: list[str]) -> Done:
    cells = row[: rows.width] + [""] * (rows.out_width - min(len(row), rows.width))
    if len(row) > rows.width:
        result, error = None, f"row has {len(row)} fields; the header has {rows.width}"
    else:
        country = cells[rows.country_index].strip() if rows.country_index is not None else ""
        result, error = _run(rows, cells[rows.text_index], country or None)
    for position, value in zip(rows.positions, _csv_values(result, error), strict=True):
        cells[position] = value
    return cells, _kind(result), _codes(result)


@dataclass(frozen=True)
class _JsonRows(_Rows):
    text_path: tuple[str, ...]
    country_path: tuple[str, ...] | None


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    bool: "a boolean",
    str: "a string",
    int: "a number",
    float: "a number",
}


def _json_row(rows: _JsonRows, line: str) -> Done:
    result, error = None, None
    try:
        obj = json.loads(line)
    except ValueError as e:
        obj, error = {}, f"not valid JSON: {e}"
    if not isinstance(obj, dict):
        obj, error = {}, f"not a JSON object but {_JSON_TYPES.get(type(obj), 'null')}"
    if error is None:
        text = _get(obj, rows.text_path)
        country = _get(obj, rows.country_path) if rows.country_path else None
        if text is None:
            error = f"{rows.text_name} is missing"
        elif isinstance(text, bool) or not isinstance(text, str | int | float):
            error = f"{rows.text_name} is {_JSON_TYPES[type(text)]}, not text"
        elif country is not None and not isinstance(country, str):
            error = f"{rows.country_name} is {_JSON_TYPES[type(country)]}, not a country code"
        else:
            result, error = _run(rows, str(text), (country.strip() or None) if country else None)
    if result is None:
        found = dict.fromkeys(NormalizeResult.model_fields) | {"mentions": [], "warnings": []}
    else:
        found = result.model_dump(mode="json")
    obj["paynorm"] = found | {"error": error}
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")), _kind(result), _codes(result)


# --- many rows -------------------------------------------------------------------------------


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the pool
    import service  # noqa: F401  (once per worker; a no-op when the worker was forked)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _pipeline(work: Callable[[T], Done], items: Iterable[T], jobs: int) -> Iterator[Done]:
    """``map(work, items)`` in input order; with ``jobs > 1`` in worker processes.

    ``Pool.imap`` would read its whole input ahead, so rows go in batches and at most two are
    in flight: the workers start on the next batch while this one is being written.
    """
    if jobs == 1:
        yield from map(work, items)
        return
    with multiprocessing.Pool(jobs, initializer=_init_worker) as pool:
        pending: deque[Iterator[Done]] = deque()
        for batch in _batches(items, jobs * CHUNKSIZE * BATCH_CHUNKS):
            pending.append(pool.imap(work, batch, CHUNKSIZE))
            if len(pending) == 2:
                yield from pending.popleft()
        while pending:
            yield from pending.popleft()


class _Quiet:
    """No progress line."""

    def track(self, items: Iterable[T]) -> Iterable[T]:
        return items

    def update(self, rows: int) -> None:
        pass

    def close(self, rows: int) -> None:
        pass


class _Progress(_Quiet):
    """One line on stderr, redrawn at most ten times a second.

    The percentage is of the input's bytes, scaled by the rows written over the rows read,
    since with --jobs the reading runs up to two batches ahead of the writing.
    """

    def __init__(self, stream: IO[str], total: int | None, position: Callable[[], int] | None) -> None:
        self.stream, self.total, self.position = stream, total, position
        self.read = 0
        self.started = time.monotonic()
        self.next = self.started + 0.5  # a short run shows only its last line
        self.width = 0

    def track(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self.read += 1
            yield item

    def update(self, rows: int) -> None:
        now = time.monotonic()
        if now >= self.next:
            self.next = now + 0.1
            self.draw(rows, now)

    def draw(self, rows: int, now: float) -> None:
        line = f"{rows:,} rows  {rows / max(now - self.started, 1e-9):,.0f} rows/s"
        if self.total and self.position is not None:
            done = self.position() / self.total * rows / max(self.read, 1)
            line = f"{min(100, int(100 * done)):3d}%  " + line
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def close(self, rows: int) -> None:
        self.draw(rows, time.monotonic())
        self.stream.write("\n")
        self.stream.flush()


@dataclass
class _Summary:
    rows: int = 0
    parsed: int = 0
    no_salary: int = 0
    errors: int = 0
    warnings: Counter[str] = field(default_factory=Counter)  # rows with each code

    def add(self, kind: str, codes: tuple[str, ...]) -> None:
        self.rows += 1
        if kind == "parsed":
            self.parsed += 1
        elif kind == "no_salary":
            self.no_salary += 1
        else:
            self.errors += 1
        self.warnings.update(set(codes))

    def text(self, seconds: float) -> str:
        codes = ", ".join(f"{code} {n}" for code, n in sorted(self.warnings.items(), key=lambda kv: (-kv[1], kv[0])))
        return "\n".join([
            f"rows       {self.rows}",
            f"parsed     {self.parsed}",
            f"no salary  {self.no_salary}",
            f"errors     {self.errors}",
            f"warnings   {codes or 'none'}",
            f"time       {seconds:.2f} s, {self.rows / max(seconds, 1e-9):,.0f} rows/s",
        ])  # fmt: skip


def _open_input(path: str, encoding: str, newline: str | None) -> tuple[IO[str], int | None]:
    """The input as text, and its size in bytes when it is a regular file (for the percentage)."""
    try:
        if path == "-":
            return io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, newline=newline), None
        stream = open(path, encoding=encoding, newline=newline)  # noqa: SIM115  (closed by the caller)
    except LookupError:
        raise _UsageError(f"argument --encoding: unknown encoding {encoding!r}") from None
    except OSError as e:
        raise _FileError(f"cannot read {path}: {e.strerror}") from None
    st = os.fstat(stream.fileno())
    return stream, st.st_size if stat.S_ISREG(st.st_mode) else None


def _open_output(path: str, source: str, newline: str | None) -> IO[str]:
    if path == "-":
        return sys.stdout
    if source != "-" and os.path.exists(path) and os.path.samefile(path, source):
        raise _UsageError(f"argument -o: {path} is the input file; write elsewhere")
    try:
        return open(path, "w", encoding="utf-8", newline=newline)
    except OSError as e:
        raise _FileError(f"cannot write {path}: {e.strerror}") from None


def _progress(args: argparse.Namespace, stream: IO[str], size: int | None) -> _Quiet:
    # by default only on a terminal, and not over rows written to that same terminal
    auto = sys.stderr.isatty() and not (args.output == "-" and sys.stdout.isatty())
    show = auto if args.progress is None else args.progress
    if not show:
        return _Quiet()
    position = stream.buffer.tell if size and hasattr(stream, "buffer") else None
    return _Progress(sys.stderr, size, position)


def _stream(
    args: argparse.Namespace,
    work: Callable[[T], Done],
    items: Iterable[T],
    write: Callable[[Any], object],
    progress: _Quiet,
) -> int:
    """Normalize every item, write each result as it comes, and print the summary."""
    jobs = args.jobs or os.cpu_count() or 1
    summary, started = _Summary(), time.perf_counter()
    interrupted, unreadable = False, None
    try:
        for out, kind, codes in _pipeline(work, progress.track(items), jobs):
            write(out)
            summary.add(kind, codes)
            progress.update(summary.rows)
    except KeyboardInterrupt:
        interrupted = True
    except (UnicodeDecodeError, csv.Error) as e:
        unreadable = e
    progress.close(summary.rows)
    print(summary.text(time.perf_counter() - started), file=sys.stderr)
    if unreadable is not None:
        raise _FileError(f"cannot read {args.input} after row {summary.rows}: {unreadable}")
    if interrupted:
        print(f"{args.parser.prog}: interrupted after {summary.rows} rows", file=sys.stderr)
        return 130
    return 0


def _write_errors(run: Callable[[], int], output: IO[str], path: str) -> int:
    try:
        return run()
    except BrokenPipeError:  # e.g. `| head`: stop quietly
        if output is sys.stdout:
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError, io.UnsupportedOperation):
                pass
        return 1
    except OSError as e:
        raise _FileError(f"cannot write {path}: {e.strerror}") from None


def _cmd_csv(args: argparse.Namespace) -> int:
    options = _options(args)
    csv.field_size_limit(2**31 - 1)  # a posting's description can be longer than the 128 KiB default
    source, size = _open_input(args.input, args.encoding, "")
    with source:
        reader = csv.reader(source)
        try:
            header = next(reader, None)
        except (UnicodeDecodeError, csv.Error) as e:
            raise _FileError(f"cannot read {args.input}: {e}") from None
        if header is None:
            raise _FileError(f"cannot read {args.input}: it is empty; a header row is needed")
        out_header = header + [c for c in CSV_COLUMNS if c not in header]
        rows = _csv_rows(args, options, header, out_header)
        output = _open_output(args.output, args.input, "")
        writer = csv.writer(output)

        def run() -> int:
            writer.writerow(out_header)
            return _stream(
                args,
                partial(_csv_row, rows),
                (row for row in reader if row),
                writer.writerow,
                _progress(args, source, size),
            )

        try:
            return _write_errors(run, output, args.output)
        finally:
            if output is not sys.stdout:
                output.close()


def _csv_rows(args: argparse.Namespace, options: dict[str, Any], header: list[str], out_header: list[str]) -> _CsvRows:
    def index(column: str, flag: str) -> int:
        if column not in header:
            raise _UsageError(
                f"argument {flag}: no column {column!r} in {args.input}; its columns are {', '.join(map(repr, header))}"
            )
        return header.index(column)

    return _CsvRows(
        options=options,
        text_name=f"column {args.column!r}",
        country_name=f"country column {args.country_column!r}",
        width=len(header),
        out_width=len(out_header),
        text_index=index(args.column, "--column"),
        country_index=index(args.country_column, "--country-column") if args.country_column else None,
        positions=tuple(out_header.index(c) for c in CSV_COLUMNS),
    )


def _cmd_jsonl(args: argparse.Namespace) -> int:
    options = _options(args)
    rows = _JsonRows(
        options=options,
        text_name=f"field {args.field!r}",
        country_name=f"country field {args.country_field!r}",
        text_path=tuple(args.field.split(".")),
        country_path=tuple(args.country_field.split(".")) if args.country_field else None,
    )
    source, size = _open_input(args.input, args.encoding, None)
    with source:
        output = _open_output(args.output, args.input, None)
        lines = (line for line in source if line.strip())

        def write(line: str) -> None:
            output.write(line + "\n")

        def run() -> int:
            return _stream(args, partial(_json_row, rows), lines, write, _progress(args, source, size))

        try:
            return _write_errors(run, output, args.output)
        finally:
            if output is not sys.stdout:
                output.close()


# --- serve -----------------------------------------------------------------------------------


def _cmd_serve(args: argparse.Namespace) -> int:
    from .api import workers
    from .settings import Settings, SettingsError

    try:
        Settings.from_env()  # the app reads them again; a bad one is reported here, not as a traceback
    except SettingsError as e:
        raise _UsageError(str(e)) from None
    # more than one worker: a listening socket each, so connections spread (service.api.workers)
    watch = {} if args.hang_timeout is None else {"hang_timeout": args.hang_timeout}
    return workers.serve("service.app:app", host=args.host, port=args.port, workers=args.workers, **watch)


if __name__ == "__main__":
    raise SystemExit(main())
