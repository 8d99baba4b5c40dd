"""HTTP load: paynorm's ``POST /normalize`` against a trivial FastAPI endpoint, and more.

    python bench/http_load.py [path/to/dev.jsonl] [--quick] [--seconds 10] [--rounds 2] [--conns 32]
    python bench/http_load.py --quick --skip memory,startup    # a check that it works, ~1 min

Servers are ``python -m uvicorn ... --log-level warning --no-access-log`` started from the
repo root on free loopback ports, with ``PAYNORM_RATE_PROVIDERS=embedded`` (no network).
One-worker servers run on core 0 (``taskset -c 0``), the load generators on core 1. Bodies
are the corpus records as ``{"text": ..., "country": ...}`` (``PAYNORM_CORPUS`` or
``../shared/corpus/dev.jsonl``), each sent once and checked for 200 before any timing,
which also fills paynorm's caches: the wrk runs measure the cache-hit path.

Phases, each bounded in time (``--seconds`` per run, 3 s with ``--quick``):

1. peak: ``wrk -t1 -c<conns> --latency`` cycling through the bodies, ``--rounds`` times in
   turn against paynorm (default settings: PAYNORM_LOG_LEVEL=INFO, one JSON log line per
   request, written to a file), paynorm with PAYNORM_LOG_LEVEL=WARNING, and
   ``bench/trivial_app.py``. Requests/s and ratios are medians over rounds.
2. fixed rate: the paced client of ``bench/_load.py`` (one thread on epoll, 64 connections)
   at 50% of paynorm's peak against both paynorm servers, and at 50% of its own peak against the
   trivial app (the floor of client, framework and machine at the same load), ``--fixed-rounds``
   times (default 5); open loop, latency from the scheduled send, so waiting for a connection
   counts. For the INFO server the access log's ``latency_ms`` gives the time inside the server.
3. batch: ``POST /normalize/batch`` with 100 corpus items per request; items/s.
4. two workers: ``--workers 2``, neither server nor wrk pinned, ``--rounds`` rounds in turn;
   median requests/s against the one-worker peak; each worker's VmRSS afterwards. Since wrk shares the two cores here, the
   phase also prints the CPU time per request of the server's processes (from /proc) and of
   wrk (its rusage), against the one-worker runs of phase 1: a server that scales keeps its
   CPU per request as workers are added, and wrk's share shows what the machine left it.
5. memory: a fresh one-worker paynorm, warmed with the corpus, then sent ``--requests`` texts
   it has not seen (corpus texts with a changed number or an appended reference) in 10 parts
   by the paced client (closed loop); each worker's VmRSS (``/proc/<pid>/status``) after every part.
6. start-up: spawn to the first 200 from ``GET /healthz``, and to the first answer of a ``POST /normalize``
   sent right after, median of ``--starts`` starts.

Targets (the performance issue's): paynorm/trivial requests/s >= 1.0; p99 < 5 ms at 50% of
the peak rate; RSS flat between the half way point and the end of the memory run.
Other processes' CPU during each run is printed; ``[noisy]`` marks runs that shared the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _load import (
    DEFAULT_CORPUS,
    HOST,
    ROOT,
    Others,
    Server,
    WrkResult,
    body,
    changed_since,
    client,
    cpu_seconds,
    load_corpus,
    machine,
    median,
    percentile,
    rss_kib,
    servers,
    service_files,
    start_server,
    variant,
    write_bodies,
    wrk,
    wrk_script,
)

PAYNORM = "service.app:app"
TRIVIAL = ["--app-dir", "bench"]  # + "trivial_app:app"
SERVER_CORE, LOAD_CORE = "0", "1"
BASE_ENV = {"PAYNORM_RATE_PROVIDERS": "embedded"}
QUIET_ENV = {**BASE_ENV, "PAYNORM_LOG_LEVEL": "WARNING"}
BATCH_ITEMS = 100
P99_TARGET_MS = 5.0
LAG_WARN_MS = 2.0  # sends this late mean the schedule was not kept
MEMORY_CONNS = 16  # closed loop: enough to keep one worker busy
NOISY_CORES = 0.25  # other processes using more than this during a run make it noisy
PHASES = {"batch", "workers", "memory", "startup"}  # peak and fixed rate always run


def start(started: list[Server], name: str, *, trivial: bool = False, quiet: bool = False,
          cpus: str | None = SERVER_CORE, workers: int = 1) -> Server:
    app, extra = ("trivial_app:app", TRIVIAL) if trivial else (PAYNORM, [])
    if trivial and workers > 1:  # service.api.workers takes no --app-dir; bench/ is a namespace package
        app, extra = "bench.trivial_app:app", []
    s = start_server(name, app, workdir=ROOT, cpus=cpus, workers=workers, extra=extra,
                     env=QUIET_ENV if quiet else BASE_ENV)
    started.append(s)
    return s


def stop(started: list[Server], server: Server) -> None:
    server.stop()
    started.remove(server)
    server.log_path.unlink(missing_ok=True)


def check(server: Server, path: str, bodies: list[bytes]) -> None:
    """Every body once, expecting 200 (this also fills the server's caches)."""
    with httpx.Client(base_url=f"http://{HOST}:{server.port}", timeout=30) as c:
        for b in bodies:
            r = c.post(path, content=b, headers={"content-type": "application/json"})
            if r.status_code != 200:
                raise SystemExit(f"{server.name} {path}: {r.status_code} for {b[:120]!r}: {r.text[:300]}")


def run_wrk(started: list[Server], label: str, server: Server, script: Path, *, conns: int, seconds: float,
            cpus: str | None) -> WrkResult:
    pids = sorted({server.proc.pid, *server.workers()})  # with --workers N, the supervisor too
    with Others([s.proc.pid for s in started]) as others:
        cpu = cpu_seconds(pids)
        r = wrk(server.port, script, conns=conns, seconds=seconds, cpus=cpus)
        r.server_cpu_s = cpu_seconds(pids) - cpu
    r.others = others.cores
    bad = f", {r.bad} non-2xx/socket errors" if r.bad else ""
    print(f"  {label:<38} {r.requests_per_s:>9.0f} req/s  p50 {r.p50_ms:6.2f} ms  p99 {r.p99_ms:6.2f} ms  "
          f"({r.requests} requests{bad}; other processes used {others.cores:.2f} cores, steal {others.steal:.2f})", flush=True)
    return r


def server_latencies(server: Server, since: int) -> list[float]:
    """``latency_ms`` of the access-log lines the server wrote after byte ``since`` of its log
    (empty when it logs at WARNING): the time inside the server, from the request's start
    to its last byte, without the queueing before the event loop picked it up."""
    with open(server.log_path, "rb") as f:
        f.seek(since)
        found = [float(m.group(1)) for m in _LATENCY.finditer(f.read())]
    return sorted(found)


_LATENCY = re.compile(rb'"paynorm\.access".*?"latency_ms": ([0-9.]+)')


def run_client(started: list[Server], label: str, server: Server, bodies_file: Path, *, conns: int,
               seconds: float, rate: float | None = None, count: int | None = None) -> dict[str, float]:
    since = server.log_path.stat().st_size
    with Others([s.proc.pid for s in started]) as others:
        r = client(server.port, bodies_file, path="/normalize", conns=conns, seconds=seconds, cpus=LOAD_CORE,
                   rate=rate, count=count)
    inside = server_latencies(server, since)
    if inside:
        r["server_p99_ms"] = percentile(inside, 99)
    line = (f"  {label:<38} {r['achieved_per_s']:>9.0f} req/s  p50 {r['p50_ms']:6.2f} ms  p99 {r['p99_ms']:6.2f} ms"
            f"  max {r['max_ms']:.1f} ms  ({int(r['completed'])} requests; other processes used {others.cores:.2f} cores, steal {others.steal:.2f}")
    if "target_per_s" in r:
        line += (f", target {r['target_per_s']:.0f}/s; from scheduled send: p50 {r['sched_p50_ms']:.2f} ms"
                 f" p99 {r['sched_p99_ms']:.2f} ms; send lag p99 {r['lag_p99_ms']:.2f} ms")
    if inside:
        line += f"; inside the server (access log): p99 {r['server_p99_ms']:.2f} ms, max {inside[-1]:.1f} ms"
    if r["non_200"] or r["errors"]:
        line += f", {int(r['non_200'])} non-200, {int(r['errors'])} errors: {r.get('first_error', '')}"
    print(line + ")", flush=True)
    return r


def mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f}"


def rss_line(server: Server) -> str:
    return ", ".join(f"pid {p}: {mib(rss_kib(p))} MiB" for p in server.workers())


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--quick", action="store_true", help="3 s runs, 1 round, 20,000 requests in the memory phase")
    ap.add_argument("--seconds", type=float, help="length of each timed run (default 10, --quick 3)")
    ap.add_argument("--rounds", type=int, help="peak rounds per server (default 2, --quick 1)")
    ap.add_argument("--conns", type=int, default=32, help="wrk connections (default 32)")
    ap.add_argument("--client-conns", type=int, default=64, help="paced client connections (default 64)")
    ap.add_argument("--fixed-rounds", type=int, help="fixed-rate rounds per server (default 5, --quick 1)")
    ap.add_argument("--requests", type=int, help="memory phase requests (default 100,000, --quick 20,000)")
    ap.add_argument("--starts", type=int, default=5, help="start-up measurements per app (default 5)")
    ap.add_argument("--skip", default="", help="comma-separated phases to leave out: batch, workers, memory, startup")
    args = ap.parse_args(argv)
    skip = {p.strip() for p in args.skip.split(",") if p.strip()}
    if skip - PHASES:
        ap.error(f"--skip: unknown phase(s) {', '.join(sorted(skip - PHASES))}; known: {', '.join(sorted(PHASES))}")
    seconds = args.seconds or (3.0 if args.quick else 10.0)
    rounds = args.rounds or (1 if args.quick else 2)
    fixed_rounds = args.fixed_rounds or (1 if args.quick else 5)
    n_mem = args.requests or (20_000 if args.quick else 100_000)
    warm = min(2.0, seconds)

    items = load_corpus(args.corpus)
    bodies = [body(it) for it in items]
    n_batches = -(-len(items) // BATCH_ITEMS)
    batches = [b'{"items":[' + b",".join(bodies[(j * BATCH_ITEMS + k) % len(bodies)] for k in range(BATCH_ITEMS)) + b"]}"
               for j in range(n_batches)]

    for line in machine():
        print(line)
    before = service_files()
    print(f"corpus: {args.corpus} ({len(bodies)} bodies, mean {sum(map(len, bodies)) / len(bodies):.0f} bytes); "
          f"{seconds:g} s per run, {rounds} peak round(s), wrk -t1 -c{args.conns}, client {args.client_conns} connections")
    if len(os.sched_getaffinity(0)) < 2:
        raise SystemExit("needs 2 usable CPU cores (server on core 0, load on core 1)")
    summary: dict[str, str] = {}

    with servers() as started, tempfile.TemporaryDirectory(prefix="paynorm-bench-") as tmp:
        tmpdir = Path(tmp)
        one = wrk_script("/normalize", bodies, tmpdir)
        batch = wrk_script("/normalize/batch", batches, tmpdir)

        # 1. peak ---------------------------------------------------------------------------------
        print("\n[1] peak, one worker on core 0, wrk on core 1 (cache-hit bodies)", flush=True)
        pn = start(started, "paynorm")
        quiet = start(started, "paynorm-quiet", quiet=True)
        triv = start(started, "trivial", trivial=True)
        targets = [("paynorm (log INFO, default)", pn), ("paynorm (log WARNING)", quiet), ("trivial", triv)]
        for _, s in targets:
            check(s, "/normalize", bodies)
            wrk(s.port, one, conns=args.conns, seconds=warm, cpus=LOAD_CORE)  # warm-up, not reported
        peaks: dict[str, list[WrkResult]] = {label: [] for label, _ in targets}
        for r in range(rounds):
            for label, s in targets:
                peaks[label].append(run_wrk(started, f"round {r + 1}: {label}", s, one, conns=args.conns,
                                            seconds=seconds, cpus=LOAD_CORE))
        rps = {label: median([x.requests_per_s for x in v]) for label, v in peaks.items()}
        ratio = median([p.requests_per_s / t.requests_per_s for p, t in zip(peaks[targets[0][0]], peaks["trivial"])])
        ratio_q = median([p.requests_per_s / t.requests_per_s for p, t in zip(peaks[targets[1][0]], peaks["trivial"])])
        for label, v in peaks.items():
            summary[f"peak req/s: {label}"] = (
                f"{rps[label]:.0f}  (p50 {median([x.p50_ms for x in v]):.2f} ms, p99 {median([x.p99_ms for x in v]):.2f} ms "
                f"at -c{args.conns}; others used {max(x.others for x in v):.2f} cores at most)"
                + ("  [noisy]" if max(x.others for x in v) > NOISY_CORES else ""))
        summary["ratio paynorm / trivial (default settings)"] = f"{ratio:.2f}  (target >= 1.0: {'yes' if ratio >= 1 else 'NO'})"
        summary["ratio paynorm / trivial (log WARNING)"] = f"{ratio_q:.2f}  (target >= 1.0: {'yes' if ratio_q >= 1 else 'NO'})"

        # 2. fixed rate at 50% of the peak -----------------------------------------------------------
        # both paynorm servers at half of paynorm's default peak (the measure); the trivial
        # app at half of its own peak, the floor of client, framework and machine at the same load
        rate = rps[targets[0][0]] / 2
        rates = {label: (rps[label] / 2 if label == "trivial" else rate) for label, _ in targets}
        print(f"\n[2] fixed rate {rate:.0f} req/s (50% of paynorm's peak; trivial at 50% of its own, "
              f"{rates['trivial']:.0f} req/s), paced client on core 1", flush=True)
        bodies_file = write_bodies(bodies, tmpdir, "bodies.jsonl")
        fixed: dict[str, list[dict[str, float]]] = {label: [] for label, _ in targets}
        for r in range(fixed_rounds):
            for label, s in targets:
                fixed[label].append(run_client(started, f"round {r + 1}: {label}", s, bodies_file,
                                               conns=args.client_conns, seconds=seconds, rate=rates[label]))
        for label, runs in fixed.items():
            # from the scheduled send: a request that waited for a free connection counts its wait
            p50, p99 = median([x["sched_p50_ms"] for x in runs]), median([x["sched_p99_ms"] for x in runs])
            achieved = median([x["achieved_per_s"] for x in runs])
            line = (f"{p50:.2f} / {p99:.2f} ms at {achieved:.0f} of {rates[label]:.0f} req/s (p99 per round: "
                    + ", ".join(f"{x['sched_p99_ms']:.1f}" for x in runs)
                    + f"; from send: {median([x['p50_ms'] for x in runs]):.2f} / {median([x['p99_ms'] for x in runs]):.2f} ms)")
            inside = [x["server_p99_ms"] for x in runs if "server_p99_ms" in x]
            if inside:
                line += f"; inside the server p99 {median(inside):.2f} ms"
            if label == "trivial":
                line += " - the floor of client, framework and machine"
            else:
                line += f"; target p99 < {P99_TARGET_MS:g} ms: {'yes' if p99 < P99_TARGET_MS else 'NO'}"
            lag = max(x["lag_p99_ms"] for x in runs)
            if lag > LAG_WARN_MS:
                line += (f"  [sends ran late, p99 up to {lag:.1f} ms: every connection was waiting on the server, "
                         "or the client was preempted]")
            if any(x["achieved_per_s"] < 0.97 * rates[label] for x in runs):
                line += "  [the client did NOT reach the target rate in every run]"
                print(f"  NOTE: {label}: the client fell short of the target rate; latencies are at the achieved rate.")
            summary[f"50% rate p50 / p99: {label}"] = line

        # 3. batch ---------------------------------------------------------------------------------
        if "batch" not in skip:
            print(f"\n[3] POST /normalize/batch, {BATCH_ITEMS} items a request, {len(batches)} distinct batches", flush=True)
            check(pn, "/normalize/batch", batches)
            wrk(pn.port, batch, conns=args.conns, seconds=warm, cpus=LOAD_CORE)
            b = run_wrk(started, "paynorm batch", pn, batch, conns=args.conns, seconds=seconds, cpus=LOAD_CORE)
            summary["batch items/s (100 items a request)"] = (
                f"{b.requests_per_s * BATCH_ITEMS:.0f}  ({b.requests_per_s:.0f} req/s, p50 {b.p50_ms:.1f} ms, p99 {b.p99_ms:.1f} ms)")
        for s in (pn, quiet, triv):
            stop(started, s)

        # 4. two workers ---------------------------------------------------------------------------
        if "workers" not in skip:
            print("\n[4] --workers 2, server and wrk unpinned", flush=True)
            # both servers up at once, then ``--rounds`` rounds in turn, as in phase 1: one round
            # on a shared machine can lose a third of its rate to a neighbour (0.99x then 1.97x in
            # two runs at 8810f39), so the ratio is the median over rounds
            two_servers = {label: start(started, f"{label}-2w", trivial=trivial, cpus=None, workers=2)
                           for label, trivial in (("paynorm", False), ("trivial", True))}
            for s in two_servers.values():
                check(s, "/normalize", bodies)
                wrk(s.port, one, conns=args.conns, seconds=warm, cpus=None)
            two: dict[str, list[WrkResult]] = {label: [] for label in two_servers}
            for r in range(rounds):
                for label, s in two_servers.items():
                    two[label].append(run_wrk(started, f"round {r + 1}: {label}, 2 workers", s, one,
                                              conns=args.conns, seconds=seconds, cpus=None))
            for label, s in two_servers.items():
                print(f"  {label} worker RSS after {sum(x.requests for x in two[label]) + len(bodies)}+ requests: {rss_line(s)}")
                if label == "paynorm":
                    summary["2 workers: paynorm worker RSS after its runs"] = rss_line(s)
                stop(started, s)
            one_label = {"paynorm": targets[0][0], "trivial": "trivial"}
            for label in ("paynorm", "trivial"):
                runs = two[label]
                rps2 = median([x.requests_per_s for x in runs])
                scales = ", ".join(f"{x.requests_per_s / rps[one_label[label]]:.2f}" for x in runs)
                summary[f"2 workers: {label} req/s, vs 1 worker"] = (
                    f"{rps2:.0f}  (x{rps2 / rps[one_label[label]]:.2f}; rounds x{scales})"
                    + ("  [noisy]" if max(x.others for x in runs) > NOISY_CORES else ""))
            # Where the cores went: with wrk on the same two cores, the ratio above is bounded by
            # wrk's share. A server that scales keeps its CPU time per request as workers are added.
            for label in ("paynorm", "trivial"):
                us1 = median([x.cpu_us_per_request("server") for x in peaks[one_label[label]]])
                runs = two[label]
                us2 = median([x.cpu_us_per_request("server") for x in runs])
                wrk_us = median([x.cpu_us_per_request("client") for x in runs])
                share = median([x.client_cpu_s / (x.server_cpu_s + x.client_cpu_s) for x in runs])
                busy = median([(x.server_cpu_s + x.client_cpu_s) / seconds for x in runs])
                summary[f"2 workers: {label} CPU per request"] = (
                    f"server {us2:.1f} us (1 worker: {us1:.1f} us, x{us2 / us1:.2f}), wrk {wrk_us:.1f} us "
                    f"({share:.0%} of the CPU used); "
                    f"{busy:.2f} of {len(os.sched_getaffinity(0))} cores busy; at this server CPU per request, two "
                    f"cores of its own would serve {2e6 / us2:.0f} req/s (x{2e6 / us2 / rps[one_label[label]]:.2f})")

        # 5. memory --------------------------------------------------------------------------------
        if "memory" not in skip:
            steps = 10
            print(f"\n[5] memory: {n_mem} new texts to a fresh one-worker paynorm (core 0), client on core 1, "
                  f"in {steps} parts", flush=True)
            n = len(items)
            varied = [body(variant(items[i % n], i // n)) for i in range(n, n + n_mem)]  # variant 0 is the corpus
            repeats = len(varied) + len(bodies) - len(set(varied) | set(bodies))
            if repeats:
                print(f"  note: {repeats} of the generated bodies repeat")
            cuts = [round(n_mem * k / steps) for k in range(steps + 1)]
            s = start(started, "paynorm-mem")
            print(f"  at start: {rss_line(s)}")
            check(s, "/normalize", bodies)  # one-time lazy loading (tables, CLDR data) out of the way
            summary["memory: worker RSS after warm-up"] = rss_line(s)
            print(f"  after the {len(bodies)} corpus bodies (warm-up, not counted): {rss_line(s)}")
            after: dict[int, dict[int, int | None]] = {}
            rates = []
            for k in range(steps):
                part = write_bodies(varied[cuts[k]:cuts[k + 1]], tmpdir, f"mem-{k}.jsonl")
                r = run_client(started, f"new texts {cuts[k]}..{cuts[k + 1]}", s, part, conns=MEMORY_CONNS,
                               seconds=600, count=cuts[k + 1] - cuts[k])
                rates.append(r["achieved_per_s"])
                if r["completed"] < cuts[k + 1] - cuts[k] or r["non_200"] or r["errors"]:
                    print("  NOTE: this part did not complete cleanly; later counts are requests sent, not answered")
                after[cuts[k + 1]] = {p: rss_kib(p) for p in s.workers()}
                print(f"  after {cuts[k + 1]} new texts: {rss_line(s)}")
            mid, end = after[cuts[steps // 2]], after[cuts[-1]]
            for count, rss in ((cuts[steps // 2], mid), (cuts[-1], end)):
                summary[f"memory: worker RSS after {count} new texts"] = ", ".join(f"pid {p}: {mib(v)} MiB" for p, v in rss.items())
            summary["memory: growth from half to end"] = ", ".join(
                f"pid {p}: {((end[p] or 0) - (mid.get(p) or 0)) / 1024:+.1f} MiB" for p in end)
            summary["memory: req/s with new texts (cache misses)"] = f"{median(rates):.0f} (median of the {steps} parts)"
            stop(started, s)

        # 6. start-up ------------------------------------------------------------------------------
        if "startup" not in skip:
            print(f"\n[6] start-up: spawn to first 200 on /healthz, {args.starts} starts each, core 0", flush=True)
            for label, trivial in (("paynorm", False), ("trivial", True)):
                times, answered = [], []
                for i in range(args.starts):
                    s = start(started, f"{label}-start{i}", trivial=trivial)
                    times.append(s.ready_after or float("nan"))
                    # and the first answer to a real request, whatever the server still does at start-up
                    with httpx.Client(base_url=f"http://{HOST}:{s.port}", timeout=30) as c:
                        r = c.post("/normalize", content=bodies[i % len(bodies)], headers={"content-type": "application/json"})
                    answered.append(time.perf_counter() - s.started_at if r.status_code == 200 else float("nan"))
                    stop(started, s)
                print(f"  {label}: " + ", ".join(f"{x * 1000:.0f}" for x in times) + " ms to /healthz; first /normalize at "
                      + ", ".join(f"{x * 1000:.0f}" for x in answered) + " ms")
                summary[f"start-up median: {label}"] = (f"{median(times) * 1000:.0f} ms to /healthz, "
                                                        f"{median(answered) * 1000:.0f} ms to the first /normalize answer")

    print("\nsummary")
    for line in machine():
        print(f"  {line}")
    changed = changed_since(before)
    if changed:
        print(f"  WARNING: files under service/ changed during this run ({', '.join(changed)}); servers started "
              "after the change ran different code if they import them")
    width = max(map(len, summary))
    for k, v in summary.items():
        print(f"  {k:<{width}}  {v}")


if __name__ == "__main__":
    main(sys.argv[1:])
