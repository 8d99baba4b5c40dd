"""Soak: a fixed-rate mix of ``POST /normalize`` and ``/normalize/batch`` for a bounded time.

    python bench/soak.py [corpus.jsonl] [--seconds 600] [--rate 200] [--conns 64] [--timeout 10]
                         [--warmup 10] [--sample-every S] [--max-growth-mib 10] [--seed 1]

Starts one uvicorn worker of ``service.app:app`` itself (``PAYNORM_RATE_PROVIDERS=embedded``,
otherwise default settings, 127.0.0.1, a free port, ``taskset -c 0``), pins this process (the
client) to core 1 when two cores are usable, and sends an open-loop mix at ``--rate`` requests
a second: request k is due at ``start + k / rate`` whatever the server is doing, and latency is
measured from that due time (a request that waited for a free connection counts its wait).

The mix (kinds in the summary):

- ``single corpus``: a corpus record as ``{"text", "country"}``, answered from the server's cache.
- ``single new``: a corpus text the server has not seen (``_load.variant``), so the parse and
  result caches really fill and turn over.
- ``single hostile``: a family of ``worst_case_parse.py`` (digit runs, ``1-1-1-``, ``$$$$``,
  ``1,1,1,``, nested parens, emoji, mojibake, ...) or one of this file's (HTML remnants, control
  characters, mixed scripts, combining marks), 20 to ``PAYNORM_MAX_TEXT_LENGTH`` characters; half
  of them new texts (a number appended within the length cap), half repeated.
- ``batch``: 10 to 100 items of the three sorts above.
- ``invalid (4xx)``: requests that must get one exact 4xx (bad JSON, a text over the cap, a batch
  over the cap, a body over ``PAYNORM_MAX_BODY_BYTES``, an unknown currency, GET, a missing route,
  ...). The expected status is counted as ``expected``, not as an error.

Errors (must be 0): a 5xx, any status other than the one expected, a connection error, a timeout
(``--timeout`` from the due time, queueing included). Before the timed run, a warm-up sends the
corpus once (http_load.check), then every hostile family at the maximum length and every invalid
case once, then ``--warmup`` seconds of the mix; its errors count too. The worker's VmRSS is
sampled before the warm-up, after it (start), every ``--sample-every`` seconds, at half time
(middle) and at the end. Exit status 1 when there were errors or the RSS grew by more than
``--max-growth-mib`` between the middle and the end; 130 on Ctrl-C (the summary of what was sent
is printed, and the server is stopped, in every case). Load goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import heapq
import json
import math
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _load import (
    DEFAULT_CORPUS,
    HOST,
    ROOT,
    Item,
    Others,
    Server,
    body,
    changed_since,
    http_get,
    load_corpus,
    machine,
    percentile,
    rss_kib,
    servers,
    service_files,
    start_server,
    variant,
)
from http_load import BASE_ENV, LOAD_CORE, PAYNORM, SERVER_CORE, check, mib
from worst_case_parse import FAMILIES, Builder, repeat

sys.path.insert(0, str(ROOT))
from service.settings import Settings  # the limits, read from the same environment as the server's

DEFAULT_SECONDS = 600.0
# One worker spends 2.2-2.5 ms of CPU on a request of this mix (the summary prints it; measured
# on this project's 2-core AMD EPYC machine at 100-400 requests/s), so its ceiling is ~400-450
# requests/s; the default is about half of that.
DEFAULT_RATE = 200.0
DEFAULT_MAX_GROWTH_MIB = 10.0

# request kinds, in the order of the summary; the first three are POST /normalize
CORPUS, NEW, HOSTILE, BATCH, INVALID = "single corpus", "single new", "single hostile", "batch", "invalid (4xx)"
KINDS = (CORPUS, NEW, HOSTILE, BATCH, INVALID)
WEIGHTS = (0.50, 0.30, 0.12, 0.05, 0.03)  # share of each kind in the mix
BATCH_SIZES = (10, 100)
BATCH_SHARES = (0.55, 0.43, 0.02)  # corpus, new, hostile items in a batch
BATCH_HOSTILE_LONGEST = 2_000  # hostile items of a batch are at most this long (the cap is for singles)
# hostile text lengths: short, medium, the cap (the cap's share is what costs: ~15-40 ms a new one)
HOSTILE_LENGTHS = ((20, 200, 0.5), (500, 2_000, 0.3), (None, None, 0.2))

# families beside worst_case_parse.py's, for what the issue names and it has not
EXTRA_FAMILIES: dict[str, Builder] = {
    "HTML remnants": repeat("<p><b>Salary:</b>&nbsp;&pound;30,000&ndash;&pound;35,000 <br/>&lt;DOE&gt;</p>\n"),
    "control characters": repeat("\x01$\x0230k\x1b[31m\x7f\x85\x9f\x0c\x0b - \x0835k\r\n\t"),
    "mixed scripts": repeat("Зарплата 5000 ₽ راتب ٥٠٠٠ ريال वेतन ₹५०,००० เงินเดือน ๕๐,๐๐๐ บาท 月給30万円 "),
    "combining marks": repeat("$\u03003\u03010\u0302,\u0303000\u0304 \u0305-\u0306 4\u03070k\u0308 "),
    "mojibake â‚¬": repeat("â‚¬30.000 â€“ â‚¬35.000 brutto/Jahr Ã¼ "),
}
HOSTILE_FAMILIES = {name: b for name, b in {**FAMILIES, **EXTRA_FAMILIES}.items()
                    if name != "lone surrogates"}  # JSON cannot carry them: an invalid case below
TARGETS = (None, None, None, "EUR", "GBP", "JPY", "INR")  # target_currency of a new text, mostly the default


@dataclass(frozen=True, slots=True)
class Request:
    kind: str
    case: str  # hostile family or invalid case, for the error report
    method: str
    path: str
    body: bytes
    expect: int
    close: bool = False  # send Connection: close and use the connection once

    def wire(self, port: int) -> bytes:
        head = f"{self.method} {self.path} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
        if self.method == "POST":
            head += f"Content-Type: application/json\r\nContent-Length: {len(self.body)}\r\n"
        if self.close:
            head += "Connection: close\r\n"
        return head.encode() + b"\r\n" + self.body


def _json(payload: object) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode()


def invalid_cases(limits: Settings) -> list[tuple[str, str, str, Callable[[], bytes], int, float]]:
    """(case, method, path, body maker, expected status, weight); the big bodies are made when sent."""
    cap, items = limits.max_text_length, limits.max_batch_items
    one = {"text": "£30k - £35k"}
    return [
        ("malformed JSON", "POST", "/normalize", lambda: b'{"text": "$50k"', 422, 1),
        ("not JSON", "POST", "/normalize", lambda: b"salary: $50k", 422, 1),
        ("empty body", "POST", "/normalize", lambda: b"", 422, 1),
        ("JSON null", "POST", "/normalize", lambda: b"null", 422, 1),
        ("missing text", "POST", "/normalize", lambda: b'{"country": "GB"}', 422, 1),
        ("empty text", "POST", "/normalize", lambda: b'{"text": ""}', 422, 1),
        ("text not a string", "POST", "/normalize", lambda: b'{"text": 50000}', 422, 1),
        ("unknown field", "POST", "/normalize", lambda: _json({**one, "salary": 1}), 422, 1),
        ("unknown currency", "POST", "/normalize", lambda: _json({**one, "target_currency": "XYZ"}), 422, 1),
        ("unknown country", "POST", "/normalize", lambda: _json({**one, "country": "QQ"}), 422, 1),
        ("unknown locale", "POST", "/normalize", lambda: _json({**one, "locale": "zz_QQ"}), 422, 1),
        ("bad period", "POST", "/normalize", lambda: _json({**one, "target_period": "quarter"}), 422, 1),
        ("as_of before 1999", "POST", "/normalize", lambda: _json({**one, "as_of": "1990-01-01"}), 422, 1),
        ("hours_per_week 0", "POST", "/normalize", lambda: _json({**one, "hours_per_week": 0}), 422, 1),
        ("text over the cap", "POST", "/normalize", lambda: _json({"text": "1" * (cap + 1)}), 422, 1),
        ("lone surrogates", "POST", "/normalize",
         lambda: json.dumps({"text": FAMILIES["lone surrogates"](100)}).encode(), 422, 1),
        ("invalid UTF-8", "POST", "/normalize", lambda: b'{"text": "\xff\xfe$50k"}', 422, 1),
        ("JSON nested 10,000 deep", "POST", "/normalize", lambda: b'{"text": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
         422, 1),
        ("batch: no items", "POST", "/normalize/batch", lambda: b'{"items": []}', 422, 1),
        ("batch: over the item cap", "POST", "/normalize/batch", lambda: _json({"items": [one] * (items + 1)}), 422, 1),
        ("batch: a text over the cap", "POST", "/normalize/batch",
         lambda: _json({"items": [one, {"text": "$" * (cap + 1)}]}), 422, 1),
        ("batch: one bad item", "POST", "/normalize/batch",
         lambda: _json({"items": [one] * 5 + [{**one, "target_currency": "XYZ"}]}), 422, 1),
        ("body over the byte cap", "POST", "/normalize", lambda: _big_body(limits.max_body_bytes + 1), 413, 0.05),
        ("GET /normalize", "GET", "/normalize", lambda: b"", 405, 1),
        ("POST /unknown", "POST", "/unknown", lambda: _json(one), 404, 1),
    ]


_BIG: dict[int, bytes] = {}


def _big_body(size: int) -> bytes:
    """A valid JSON body of exactly ``size`` bytes, made once."""
    if size not in _BIG:
        _BIG[size] = b'{"text": "' + b"1" * (size - 12) + b'"}'
    return _BIG[size]


class Mix:
    """The requests, drawn from a seeded generator: the same seed sends the same sequence."""

    def __init__(self, items: list[Item], limits: Settings, seed: int) -> None:
        self.items = items
        self.corpus_bodies = [body(it) for it in items]
        self.cap = limits.max_text_length
        self.rng = random.Random(seed)
        self.families = list(HOSTILE_FAMILIES.items())
        self.invalid = invalid_cases(limits)
        self.new_texts = 0  # uncached texts made so far (singles, batch items, hostile)
        self.items_sent = 0  # batch items

    def next(self) -> Request:
        kind = self.rng.choices(KINDS, WEIGHTS)[0]
        if kind == CORPUS:
            return Request(kind, "", "POST", "/normalize", self.rng.choice(self.corpus_bodies), 200)
        if kind == NEW:
            return Request(kind, "", "POST", "/normalize", _json(self._new()), 200)
        if kind == HOSTILE:
            case, payload = self._hostile()
            return Request(kind, case, "POST", "/normalize", _json(payload), 200)
        if kind == BATCH:
            n = self.rng.randint(*BATCH_SIZES)
            self.items_sent += n
            payloads = [self._batch_item() for _ in range(n)]
            return Request(kind, f"{n} items", "POST", "/normalize/batch", _json({"items": payloads}), 200)
        case, method, path, make, expect, _ = self.rng.choices(self.invalid, [c[-1] for c in self.invalid])[0]
        return Request(kind, case, method, path, make(), expect, close=expect == 413)

    def tour(self) -> Iterator[Request]:
        """Every hostile family at the length cap and every invalid case, once each."""
        for name, build in self.families:
            yield Request(HOSTILE, name, "POST", "/normalize", _json({"text": build(self.cap)}), 200)
        for case, method, path, make, expect, _ in self.invalid:
            yield Request(INVALID, case, method, path, make(), expect, close=expect == 413)

    def _new(self) -> dict[str, str]:
        self.new_texts += 1
        n = len(self.items)
        item = variant(self.items[self.new_texts % n], 1 + self.new_texts // n)  # variant 0 is the corpus text
        payload = {"text": item.text}
        if item.country is not None:
            payload["country"] = item.country
        target = self.rng.choice(TARGETS)
        if target is not None:
            payload["target_currency"] = target
        return payload

    def _hostile(self, longest: int | None = None) -> tuple[str, dict[str, str]]:
        name, build = self.rng.choice(self.families)
        lo, hi, _ = self.rng.choices(HOSTILE_LENGTHS, [w for *_, w in HOSTILE_LENGTHS])[0]
        length = min(self.cap if lo is None else self.rng.randint(lo, hi), longest or self.cap)
        if self.rng.random() < 0.5:  # a new text: a number within the same length
            self.new_texts += 1
            tag = f" {self.new_texts}"
            return name, {"text": build(length - len(tag)) + tag}
        return name, {"text": build(length)}

    def _batch_item(self) -> dict[str, str]:
        sort = self.rng.choices((CORPUS, NEW, HOSTILE), BATCH_SHARES)[0]
        if sort == CORPUS:
            it = self.rng.choice(self.items)
            return {"text": it.text, **({"country": it.country} if it.country else {})}
        if sort == NEW:
            return self._new()
        return self._hostile(BATCH_HOSTILE_LONGEST)[1]


@dataclass
class Stats:
    """Counts and latencies (seconds from the due time, and from the actual send) per kind."""

    sent: Counter[str] = field(default_factory=Counter)
    answered: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)  # answered with the expected status
    errors: Counter[str] = field(default_factory=Counter)
    error_kinds: Counter[str] = field(default_factory=Counter)  # "single new: 500", "batch: timeout", ...
    failures: list[tuple[str, Request]] = field(default_factory=list)  # the first few, for reproduction
    from_due: dict[str, list[float]] = field(default_factory=dict)
    from_send: dict[str, list[float]] = field(default_factory=dict)
    lag: list[float] = field(default_factory=list)  # client: the time a request was handed to a connection - due
    slowest: list[tuple[float, float, str, str, int]] = field(default_factory=list)  # heap of the slowest answers
    recent: list[float] = field(default_factory=list)  # from_due since the last progress line

    def record(self, req: Request, due: float, sent: float | None, done: float, status: int | None,
               problem: str | None) -> None:
        self.answered[req.kind] += status is not None
        if problem is None:
            self.expected[req.kind] += 1
            self.from_due.setdefault(req.kind, []).append(done - due)
            self.from_send.setdefault(req.kind, []).append(done - (sent if sent is not None else due))
            self.recent.append(done - due)
            entry = (done - due, done - (sent if sent is not None else due), req.kind, req.case, len(req.body))
            (heapq.heappush if len(self.slowest) < 5 else heapq.heappushpop)(self.slowest, entry)
            return
        self.errors[req.kind] += 1
        self.error_kinds[f"{req.kind}: {problem}"] += 1
        if len(self.failures) < 20:
            self.failures.append((problem, req))

    @property
    def total_errors(self) -> int:
        return sum(self.errors.values())


class Connections:
    """Keep-alive connections to the server, at most ``size`` in use; a broken one is dropped.

    uvicorn closes a connection idle for 5 s (``--timeout-keep-alive``); one idle for
    ``IDLE_LIMIT`` or already closed by the server is not reused, as HTTP clients do, so a
    request is never written into a connection the server is closing.
    """

    IDLE_LIMIT = 3.0

    def __init__(self, port: int, size: int) -> None:
        self.port = port
        self.slots = asyncio.Semaphore(size)
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []

    async def _connection(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        while self.idle:
            reader, writer, since = self.idle.pop()
            if time.perf_counter() - since < self.IDLE_LIMIT and not reader.at_eof() and not writer.is_closing():
                return reader, writer
            writer.close()
        return await asyncio.open_connection(HOST, self.port)

    async def exchange(self, req: Request, on_send: Callable[[], None]) -> int:
        """Send ``req``, read the whole response, return its status."""
        async with self.slots:
            reader, writer = await self._connection()
            reusable = False
            try:
                on_send()
                writer.write(req.wire(self.port))
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head[9:12])
                headers = {k.strip().lower(): v.strip() for k, _, v in
                           (line.partition(b":") for line in head.split(b"\r\n")[1:] if line)}
                if b"content-length" not in headers:
                    raise ValueError(f"response without Content-Length: {head[:200]!r}")
                await reader.readexactly(int(headers[b"content-length"]))
                reusable = not req.close and headers.get(b"connection", b"").lower() != b"close"
                return status
            finally:
                if reusable:
                    self.idle.append((reader, writer, time.perf_counter()))
                else:
                    writer.close()

    def close(self) -> None:
        for _, writer, _ in self.idle:
            writer.close()
        self.idle.clear()


async def send(conns: Connections, stats: Stats, req: Request, due: float, timeout: float) -> None:
    stats.sent[req.kind] += 1
    sent: list[float] = []
    status = problem = None
    try:
        async with asyncio.timeout(max(0.0, due + timeout - time.perf_counter())):
            status = await conns.exchange(req, lambda: sent.append(time.perf_counter()))
        if status != req.expect:
            problem = f"status {status} (expected {req.expect})"
    except TimeoutError:
        problem = f"timeout ({timeout:g} s)" if sent else f"timeout waiting for a connection ({timeout:g} s)"
    except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as e:
        problem = f"connection error ({type(e).__name__})"
    done = time.perf_counter()
    stats.record(req, due, sent[0] if sent else None, done, status, problem)


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of ``pid`` in seconds, from /proc/<pid>/stat."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = stat[stat.rindex(")") + 2 :].split()
    return (int(rest[11]) + int(rest[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Sample:
    at: float  # seconds since the timed run started
    rss: int | None  # KiB
    label: str = ""
    others: float = float("nan")  # cores other processes used since the previous sample (_load.Others)


async def run_mix(server: Server, mix: Mix, stats: Stats, *, rate: float, seconds: float, conns: int,
                  timeout: float, samples: list[Sample] | None = None, sample_every: float = 0.0) -> float:
    """Send ``mix`` at ``rate`` for ``seconds``; return the time the sends took. With ``samples``, record
    the worker's RSS every ``sample_every`` seconds and at half time, printing a progress line each time."""
    pool = Connections(server.port, conns)
    pid = server.workers()[0]
    in_flight: set[asyncio.Task[None]] = set()
    start = time.perf_counter() + 0.05
    stop = asyncio.Event()

    async def sampler() -> None:
        # other processes' CPU per interval: over the whole run, the many that start and end
        # inside it (test runs, other benchmarks) would be missed
        assert samples is not None
        marks = sorted({*(i * sample_every for i in range(1, int(seconds / sample_every) + 1)), seconds / 2})
        marks = [m for m in marks if m < seconds]
        last_sent, last_t = 0, 0.0
        others = Others([server.proc.pid]).__enter__()
        for m in marks:
            await asyncio.sleep(max(0.0, start + m - time.perf_counter()))
            others.__exit__(None, None, None)
            samples.append(Sample(m, rss_kib(pid), "middle" if m == seconds / 2 else "", others.cores))
            others = Others([server.proc.pid]).__enter__()
            recent, stats.recent = sorted(stats.recent), []
            sent = sum(stats.sent.values())
            print(f"  [{m:6.1f} s] sent {sent}, answered {sum(stats.answered.values())}, errors {stats.total_errors}; "
                  f"last {m - last_t:g} s: {(sent - last_sent) / (m - last_t):.0f} req/s, "
                  f"p99 {percentile(recent, 99) * 1e3:.1f} ms, max {(recent[-1] if recent else float('nan')) * 1e3:.1f} ms; "
                  f"worker RSS {mib(samples[-1].rss)} MiB; others {samples[-1].others:.2f} cores", flush=True)
            last_sent, last_t = sent, m
            if server.proc.poll() is not None:
                print(f"  the server exited with {server.proc.returncode}; stopping the run", flush=True)
                stop.set()
                return

    watcher = asyncio.create_task(sampler()) if samples is not None else None
    k = 0
    try:
        while not stop.is_set():
            due = start + k / rate
            if due >= start + seconds:
                break
            wait = due - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            req = mix.next()
            stats.lag.append(time.perf_counter() - due)
            task = asyncio.create_task(send(pool, stats, req, due, timeout))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
            k += 1
        took = time.perf_counter() - start
        if in_flight:
            await asyncio.wait(in_flight)  # each ends within its timeout
    finally:
        if watcher is not None:
            watcher.cancel()
        for task in in_flight:
            task.cancel()
        pool.close()
    return took


async def run_tour(server: Server, mix: Mix, stats: Stats, timeout: float) -> None:
    """The tour of ``Mix``, one request at a time."""
    pool = Connections(server.port, 1)
    try:
        for req in mix.tour():
            await send(pool, stats, req, time.perf_counter(), timeout)
    finally:
        pool.close()


def metrics(port: int) -> dict[str, float]:
    """paynorm's cache counters and the 5xx count from ``GET /metrics``."""
    try:
        status, text = http_get(port, "/metrics", timeout=10)
    except OSError:
        return {}
    if status != 200:
        return {}
    out: dict[str, float] = {"5xx": 0.0}
    for line in text.decode(errors="replace").splitlines():
        if line.startswith(("paynorm_result_cache_hits ", "paynorm_result_cache_misses ")):
            name, value = line.split()
            out[name.removeprefix("paynorm_result_cache_")] = float(value)
        elif line.startswith("paynorm_http_requests_total{") and 'status="5' in line:
            out["5xx"] += float(line.split()[-1])
    return out


def server_log_problems(server: Server) -> list[str]:
    """Lines of the server's output that are errors: tracebacks, ERROR lines, 5xx access lines."""
    bad = []
    try:
        with open(server.log_path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if ('"level": "error"' in line or "Traceback" in line or line.startswith("ERROR")
                        or '"status": 5' in line):
                    bad.append(line.rstrip())
    except OSError:
        pass
    return bad


def latency_row(kind: str, stats: Stats) -> str:
    due = sorted(stats.from_due.get(kind, []))
    sent = sorted(stats.from_send.get(kind, []))
    ms = [percentile(due, 50) * 1e3, percentile(due, 99) * 1e3, (due[-1] if due else float("nan")) * 1e3,
          percentile(sent, 99) * 1e3]
    return (f"  {kind:<15} {stats.sent[kind]:>8} {stats.answered[kind]:>8} {stats.expected[kind]:>8} "
            f"{stats.errors[kind]:>6}  " + " ".join(f"{x:>8.2f}" for x in ms))


def report_failures(stats: Stats, directory: Path) -> None:
    """Write the first failing requests to files and print how to send them again."""
    directory.mkdir(parents=True, exist_ok=True)
    print(f"  first failing requests (bodies in {directory}):")
    for i, (problem, req) in enumerate(stats.failures):
        path = directory / f"failure-{i:02d}.json"
        path.write_bytes(req.body)
        print(f"    {req.kind} [{req.case or '-'}]: {problem}; {req.method} {req.path}, {len(req.body)} bytes: "
              f"{req.body[:100]!r}")
        print(f"      curl -sS -X {req.method} http://{HOST}:PORT{req.path} -H 'content-type: application/json' "
              f"--data-binary @{path}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seconds", type=float, default=DEFAULT_SECONDS, help="length of the timed run (default 600)")
    ap.add_argument("--rate", type=float, default=DEFAULT_RATE, help=f"requests/s, all kinds (default {DEFAULT_RATE:g})")
    ap.add_argument("--conns", type=int, default=64, help="most connections open at once (default 64)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds from a request's due time to its answer")
    ap.add_argument("--warmup", type=float, help="seconds of the mix before the timed run (default 10, at most a "
                    "fifth of --seconds)")
    ap.add_argument("--sample-every", type=float, help="seconds between RSS samples (default --seconds / 20, "
                    "0.5 to 10)")
    ap.add_argument("--max-growth-mib", type=float, default=DEFAULT_MAX_GROWTH_MIB,
                    help=f"fail when the worker's RSS grows more than this from the middle to the end (default "
                         f"{DEFAULT_MAX_GROWTH_MIB:g})")
    ap.add_argument("--seed", type=int, default=1, help="seed of the request mix (default 1)")
    args = ap.parse_args(argv)
    if args.seconds <= 0 or args.rate <= 0 or args.conns <= 0 or args.timeout <= 0:
        ap.error("--seconds, --rate, --conns and --timeout must be positive")
    warmup = args.warmup if args.warmup is not None else min(10.0, args.seconds / 5)
    sample_every = args.sample_every or min(10.0, max(0.5, args.seconds / 20))

    limits = Settings.from_env({**os.environ, **BASE_ENV})
    items = load_corpus(args.corpus)
    mix = Mix(items, limits, args.seed)
    two_cores = len(os.sched_getaffinity(0)) >= 2

    for line in machine():
        print(line)
    print(f"corpus: {args.corpus} ({len(items)} records); limits: text {limits.max_text_length} characters, "
          f"batch {limits.max_batch_items} items, body {limits.max_body_bytes} bytes")
    print(f"soak: {args.seconds:g} s at {args.rate:g} req/s, open loop, up to {args.conns} connections, timeout "
          f"{args.timeout:g} s, seed {args.seed}; mix " + ", ".join(f"{k} {w:.0%}" for k, w in zip(KINDS, WEIGHTS))
          + f"; batches of {BATCH_SIZES[0]}-{BATCH_SIZES[1]} items")
    before = service_files()
    warm, stats, samples = Stats(), Stats(), []
    took = float("nan")
    interrupted = False
    server_problems: list[str] = []
    counters: dict[str, float] = {}
    exit_code: int | None = None
    worker_cpu = float("nan")
    run_started: float | None = None
    cpu_before: float | None = None
    with servers() as started:
        try:
            server = start_server("soak", PAYNORM, workdir=ROOT, cpus=SERVER_CORE if two_cores else None, env=BASE_ENV)
            started.append(server)
            if two_cores:
                os.sched_setaffinity(0, {int(LOAD_CORE)})
            pid = server.workers()[0]
            where = f"server on core {SERVER_CORE}, client on core {LOAD_CORE}" if two_cores else "not pinned (one core)"
            print(f"server: one uvicorn worker, pid {pid}, {HOST}:{server.port}, ready after "
                  f"{server.ready_after:.1f} s; {where}; RSS {mib(rss_kib(pid))} MiB", flush=True)
            samples.append(Sample(0.0, rss_kib(pid), "before warm-up"))

            t_warm = time.perf_counter()
            check(server, "/normalize", mix.corpus_bodies)
            asyncio.run(run_tour(server, mix, warm, args.timeout))
            if warmup > 0:
                asyncio.run(run_mix(server, mix, warm, rate=args.rate, seconds=warmup, conns=args.conns,
                                    timeout=args.timeout))
            samples.append(Sample(0.0, rss_kib(pid), "start"))
            print(f"warm-up: {len(mix.corpus_bodies)} corpus bodies, {sum(warm.sent.values())} more requests "
                  f"({warmup:g} s of the mix), {warm.total_errors} errors, {time.perf_counter() - t_warm:.1f} s; "
                  f"worker RSS {mib(samples[-1].rss)} MiB",
                  flush=True)

            print(f"timed run: progress every {sample_every:g} s", flush=True)
            cpu_before = cpu_seconds(pid)
            run_started = time.perf_counter()
            took = asyncio.run(run_mix(server, mix, stats, rate=args.rate, seconds=args.seconds,
                                       conns=args.conns, timeout=args.timeout, samples=samples,
                                       sample_every=sample_every))
        except KeyboardInterrupt:
            interrupted = True
            print("\ninterrupted: the summary covers what was sent so far", flush=True)
        if run_started is not None and started and started[0].proc.poll() is None:
            if math.isnan(took):  # interrupted: the run ended now
                took = time.perf_counter() - run_started
            samples.append(Sample(took, rss_kib(pid), "end"))
            cpu_after = cpu_seconds(pid)
            if cpu_before is not None and cpu_after is not None:
                worker_cpu = cpu_after - cpu_before
        if started and started[0].proc.poll() is None:
            counters = metrics(started[0].port)
        if started:
            server_problems = server_log_problems(started[0])
            exit_code = started[0].proc.poll()

    # --- summary ------------------------------------------------------------------------------------
    print("\nsummary")
    changed = changed_since(before)
    if changed:
        print(f"  note: files under service/ changed during the run ({', '.join(changed)}); the server ran the code "
              "it imported at start")
    sent_total = sum(stats.sent.values())
    elapsed = min(took, args.seconds)
    print(f"  {'kind':<15} {'sent':>8} {'answered':>8} {'expected':>8} {'errors':>6}  {'p50 ms':>8} {'p99 ms':>8} "
          f"{'max ms':>8} {'p99 send':>8}")
    for kind in KINDS:
        print(latency_row(kind, stats))
    stats.from_due["all"] = [x for k in KINDS for x in stats.from_due.get(k, [])]
    stats.from_send["all"] = [x for k in KINDS for x in stats.from_send.get(k, [])]
    for c in (stats.sent, stats.answered, stats.expected, stats.errors):
        c["all"] = sum(c[k] for k in KINDS)
    print(latency_row("all", stats))
    print("  (latency from each request's due time, so waiting for a connection counts; 'p99 send' is from the "
          "actual send; 'expected' is 200, or the exact 4xx of an invalid case)")
    lag = sorted(stats.lag)
    print(f"  rate: {sent_total / elapsed if elapsed else float('nan'):.1f} req/s sent of {args.rate:g} target, "
          f"{stats.answered['all'] / elapsed if elapsed else float('nan'):.1f} answered/s over {elapsed:.1f} s; "
          f"client lag (a request made after its due time) p99 {percentile(lag, 99) * 1e3:.2f} ms, "
          f"max {(lag[-1] if lag else float('nan')) * 1e3:.1f} ms")
    print("  slowest answers: " + "; ".join(
        f"{d * 1e3:.0f} ms ({s_ * 1e3:.0f} from send) {kind}{f' [{case}]' if case else ''} {n} B"
        for d, s_, kind, case, n in sorted(stats.slowest, reverse=True)))
    print(f"  expected 4xx answered: {stats.expected[INVALID]}; batch items: {mix.items_sent}; "
          f"new texts made (warm-up included): {mix.new_texts}")
    if counters:
        print(f"  server counters (/metrics): result cache hits {counters.get('hits', 0):.0f}, misses "
              f"{counters.get('misses', 0):.0f}, 5xx responses {counters.get('5xx', 0):.0f}")
    print(f"  worker CPU: {worker_cpu:.1f} s in the timed run ({worker_cpu / elapsed:.0%} of a core), "
          f"{worker_cpu / stats.answered['all'] * 1e3 if stats.answered['all'] else float('nan'):.2f} ms a request: "
          f"one worker's ceiling for this mix is about {stats.answered['all'] / worker_cpu if worker_cpu else float('nan'):.0f} req/s")
    loads = [s.others for s in samples if not math.isnan(s.others)]
    print(f"  other processes used {sum(loads) / len(loads) if loads else float('nan'):.2f} cores on average during "
          f"the timed run, {max(loads, default=float('nan')):.2f} at most over {sample_every:g} s (a lower bound); "
          "above ~0.25 the latencies are noisy")

    by_label = {s.label: s.rss for s in samples if s.label}
    start_rss, mid_rss, end_rss = by_label.get("start"), by_label.get("middle"), by_label.get("end")
    growth = (end_rss - mid_rss) / 1024 if end_rss is not None and mid_rss is not None else None
    print(f"  worker RSS: before warm-up {mib(by_label.get('before warm-up'))} MiB, start (after warm-up) "
          f"{mib(start_rss)} MiB, middle ({args.seconds / 2:g} s) {mib(mid_rss)} MiB, end {mib(end_rss)} MiB, "
          f"highest sample {mib(max((s.rss for s in samples if s.rss), default=None))} MiB")
    if start_rss is not None and end_rss is not None:
        print(f"  RSS growth: start to end {(end_rss - start_rss) / 1024:+.1f} MiB; middle to end "
              + (f"{growth:+.1f} MiB (limit {args.max_growth_mib:g} MiB)" if growth is not None else "n/a"))

    errors = stats.errors["all"] + warm.total_errors
    print(f"  errors: {errors} (timed run {stats.errors['all']}, warm-up {warm.total_errors})")
    for line, n in (warm.error_kinds + stats.error_kinds).most_common(15):
        print(f"    {n:>7} x {line}")
    if warm.failures or stats.failures:
        both = Stats(failures=(warm.failures + stats.failures)[:20])
        report_failures(both, Path(tempfile.gettempdir()) / f"paynorm-soak-failures-{os.getpid()}")
    if server_problems:
        print(f"  server output: {len(server_problems)} error lines; the first:")
        for line in server_problems[:5]:
            print(f"    {line[:300]}")
    if exit_code is not None:
        print(f"  the server exited during the run with status {exit_code}")

    reasons = []
    if errors:
        reasons.append(f"{errors} errors")
    if server_problems:
        reasons.append(f"{len(server_problems)} error lines in the server output")
    if exit_code is not None:
        reasons.append("the server exited")
    if growth is None and not interrupted:
        reasons.append("no RSS reading for the middle or the end")
    elif growth is not None and growth > args.max_growth_mib:
        reasons.append(f"RSS grew {growth:.1f} MiB from the middle to the end (limit {args.max_growth_mib:g})")
    if interrupted:
        print("  result: INTERRUPTED" + (f" ({'; '.join(reasons)})" if reasons else ""))
        return 130
    print("  result: " + ("FAIL: " + "; ".join(reasons) if reasons else "PASS (0 errors, RSS flat)"))
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
