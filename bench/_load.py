"""Helpers shared by the speed benchmarks: corpus, machine, servers, wrk, a paced client.

Also runnable as the fixed-rate / fixed-count HTTP client, so that it can be
pinned to a core of its own::

    python bench/_load.py client --port 8000 --bodies bodies.jsonl --rate 1500 --seconds 10
    python bench/_load.py client --port 8000 --bodies bodies.jsonl --count 50000 --conns 16

``--rate`` sends request k at ``start + k / rate`` (open loop; latency is also
measured from that scheduled time, so a client that falls behind shows it);
``--count`` sends each body once, as fast as the connections allow (closed
loop). Either prints one JSON object with the achieved rate and latencies.
Everything talks to 127.0.0.1 only and every run is bounded by ``--seconds``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import select
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("PAYNORM_CORPUS") or ROOT.parent / "shared" / "corpus" / "dev.jsonl")
HOST = "127.0.0.1"


# --- corpus and machine -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    country: str | None


def load_corpus(path: Path = DEFAULT_CORPUS) -> list[Item]:
    """Every record's ``text`` and ``hints.country``, in file order."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            items.append(Item(rec["text"], (rec.get("hints") or {}).get("country")))
    return items


def body(item: Item) -> bytes:
    """The JSON request body of one item: ``{"text": ..., "country": ...}``."""
    payload: dict[str, str] = {"text": item.text}
    if item.country is not None:
        payload["country"] = item.country
    return json.dumps(payload, ensure_ascii=False).encode()


_DIGITS = re.compile(r"\d+")


def variant(item: Item, i: int) -> Item:
    """Variant ``i`` of a corpus text, a string the caches have not seen for ``i > 0``.

    Odd ``i`` appends `` (ref i)``; even ``i`` adds ``i`` to the first number and appends
    `` #i`` (or a ref when the text has no number), so each ``i`` gives a different string.
    """
    if i == 0:
        return item
    if i % 2:
        return Item(f"{item.text} (ref {i})", item.country)
    m = _DIGITS.search(item.text)
    if m is None:
        return Item(f"{item.text} (ref {i})", item.country)
    bumped = str(int(m.group()) + i)
    return Item(item.text[: m.start()] + bumped + item.text[m.end() :] + f" #{i}", item.country)


def revision() -> str:
    """The commit measured, and whether ``service/`` differs from it."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], check=False,
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "service"], check=False,
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "unknown (git failed)"
    return f"{head or 'unknown'}" + (" + uncommitted changes in service/" if dirty else "")


def service_files() -> dict[str, tuple[int, int]]:
    """Size and mtime of every file under ``service/``: compare two snapshots to see edits during a run."""
    out = {}
    for f in sorted((ROOT / "service").rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            st = f.stat()
            out[str(f.relative_to(ROOT))] = (st.st_size, st.st_mtime_ns)
    return out


def changed_since(before: dict[str, tuple[int, int]]) -> list[str]:
    """Files under ``service/`` added, removed or modified since the snapshot ``before``."""
    now = service_files()
    return sorted(f for f in before.keys() | now.keys() if before.get(f) != now.get(f))


def fingerprint() -> str:
    """A short hash of ``service_files()``, printed with the commit."""
    import hashlib

    return hashlib.sha1(repr(sorted(service_files().items())).encode()).hexdigest()[:12]


def machine() -> list[str]:
    """Lines describing the machine and the software measured."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    lines = [
        (f"machine: nproc={os.cpu_count()} (usable {len(os.sched_getaffinity(0))}), cpu={model!r}, "
         f"load average={' '.join(f'{x:.2f}' for x in os.getloadavg())}"),
        f"python: {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
    ]
    from importlib.metadata import PackageNotFoundError, version

    versions = []
    for name in ("fastapi", "starlette", "pydantic", "pydantic_core", "uvicorn", "uvloop", "httptools", "price_parser"):
        try:
            versions.append(f"{name} {version(name.replace('_', '-'))}")
        except PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    lines.append("packages: " + ", ".join(versions))
    lines.append(f"paynorm: {revision()} (service/ fingerprint {fingerprint()})")
    return lines


# --- statistics -----------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of an already sorted sequence (``q`` in 0..100)."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(-(-q * len(sorted_values) // 100)) - 1))
    return sorted_values[k]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


# --- other load on the machine --------------------------------------------------------------------

_TICKS = os.sysconf("SC_CLK_TCK")


def _proc_ticks(pid: int | str) -> tuple[int, int] | None:
    """(session id, utime + stime in clock ticks) of a process, or None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = stat[stat.rindex(")") + 2 :].split()
    return int(rest[3]), int(rest[11]) + int(rest[12])


def _cpu_ticks() -> dict[int, tuple[int, int]]:
    """pid -> (session id, utime + stime in clock ticks) of every process in /proc."""
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (ticks := _proc_ticks(name)) is not None:
            out[int(name)] = ticks
    return out


def _steal_ticks() -> int:
    """Ticks the hypervisor gave to other guests (``steal`` of the ``cpu`` line in /proc/stat)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8]) if len(fields) > 8 else 0
    except OSError:
        return 0


class Others:
    """CPU used by processes outside the given sessions (and this process's own) while in the block.

    ``cores`` is in cores (1.0 = one core busy all along); a lower bound, since a process
    that starts and ends inside the block is missed. Load generators started inside the
    block in a session of their own have ended by its exit, so they are not counted.
    ``steal`` is the CPU the hypervisor took for other guests, in cores, when it reports it.
    """

    def __init__(self, exclude_sessions: Sequence[int] = ()) -> None:
        self.exclude = {os.getsid(0), *exclude_sessions}
        self.cores = self.steal = float("nan")

    def __enter__(self) -> Self:
        self._t = time.perf_counter()
        self._before = _cpu_ticks()
        self._steal = _steal_ticks()
        return self

    def __exit__(self, *exc: object) -> None:
        after = _cpu_ticks()
        steal = _steal_ticks() - self._steal
        elapsed = time.perf_counter() - self._t
        ticks = sum(t - self._before.get(pid, (sid, 0))[1] for pid, (sid, t) in after.items() if sid not in self.exclude)
        self.cores = ticks / _TICKS / elapsed if elapsed > 0 else float("nan")
        self.steal = steal / _TICKS / elapsed if elapsed > 0 else float("nan")


# --- processes ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def pinned(cmd: list[str], cpus: str | None) -> list[str]:
    """``cmd`` under ``taskset -c cpus`` (taskset execs, so the pid stays the command's)."""
    return ["taskset", "-c", cpus, *cmd] if cpus else cmd


def http_get(port: int, path: str, timeout: float = 1.0) -> tuple[int, bytes]:
    """One GET on a fresh connection; raises OSError when nothing answers."""
    with socket.create_connection((HOST, port), timeout=timeout) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 "):
        raise OSError(f"not an HTTP response: {head[:40]!r}")
    return int(head.split(b" ", 2)[1]), rest


@dataclass
class Server:
    """A uvicorn server started in its own process group; ``stop()`` ends the whole group."""

    name: str
    port: int
    proc: subprocess.Popen[bytes]
    log_path: Path
    started_at: float
    ready_after: float | None = None

    def workers(self) -> list[int]:
        """Pids of the processes serving requests: the children with ``--workers N``, else the process."""
        children = [p for p in _children(self.proc.pid) if "resource_tracker" not in _cmdline(p)]
        return children or [self.proc.pid]

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            _signal_group(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _signal_group(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        else:  # the leader is gone; orphaned workers may remain in its group
            _signal_group(self.proc.pid, signal.SIGKILL)


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            out += [int(c) for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
        except OSError:
            continue
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def rss_kib(pid: int) -> int | None:
    """VmRSS of ``pid`` in KiB, from /proc/<pid>/status."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def start_server(
    name: str,
    app: str,
    *,
    workdir: Path,
    cpus: str | None = None,
    workers: int = 1,
    env: dict[str, str] | None = None,
    extra: Sequence[str] = (),
    timeout: float = 60.0,
) -> Server:
    """Start ``uvicorn app`` on a free loopback port and wait for ``GET /healthz`` to answer 200.

    ``ready_after`` is the time from just before the process was spawned to that first 200.
    """
    port = free_port()
    # more than one worker: as `make run` starts them, a listening socket each (service.api.workers)
    runner = "service.api.workers" if workers > 1 else "uvicorn"
    cmd = [sys.executable, "-m", runner, app, "--host", HOST, "--port", str(port),
           "--log-level", "warning", "--no-access-log", "--workers", str(workers), *extra]
    log_path = Path(tempfile.mkstemp(prefix=f"paynorm-bench-{name}-", suffix=".log")[1])
    full_env = {**os.environ, **(env or {})}
    with open(log_path, "wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(pinned(cmd, cpus), cwd=workdir, env=full_env, stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(name, port, proc, log_path, t0)
    try:
        deadline = t0 + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name}: server exited with {proc.returncode}:\n{server.log_tail()}")
            try:
                status, _ = http_get(port, "/healthz", timeout=1.0)
                if status == 200:
                    server.ready_after = time.perf_counter() - t0
                    return server
            except OSError:
                pass
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{name}: /healthz did not answer 200 within {timeout:.0f} s:\n{server.log_tail()}")
            time.sleep(0.002)
    except BaseException:
        server.stop()
        raise


@contextmanager
def servers() -> Iterator[list[Server]]:
    """A list to put started servers in; all of them are stopped on the way out, whatever happens."""
    started: list[Server] = []
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, _raise_exit)  # so that `finally` runs on kill <pid> too
    try:
        yield started
    finally:
        for s in reversed(started):
            s.stop()
            try:
                s.log_path.unlink()
            except OSError:
                pass
        signal.signal(signal.SIGTERM, previous)


def _raise_exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def run_bounded(cmd: list[str], seconds: float) -> str:
    """Run a load generator in its own process group; kill the group if it outlives ``seconds``."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=seconds)
    except BaseException:
        _signal_group(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0:3]}... exited with {proc.returncode}: {err.decode(errors='replace')[-2000:]}")
    return out.decode(errors="replace")


# --- wrk ------------------------------------------------------------------------------------------


def lua_string(data: bytes) -> str:
    """``data`` as a Lua string literal, byte for byte (Lua strings are bytes)."""
    out = ['"']
    for b in data:
        if 32 <= b < 127 and b not in (34, 92):  # printable ASCII except " and backslash
            out.append(chr(b))
        else:
            out.append(f"\\{b:03d}")  # always 3 digits: a following digit cannot join the escape
    out.append('"')
    return "".join(out)


def wrk_script(path: str, bodies: Sequence[bytes], directory: Path) -> Path:
    """A wrk Lua script that POSTs ``bodies`` to ``path`` in turn (requests formatted once, in init)."""
    lines = [
        "local bodies = {",
        *(f"  {lua_string(b)}," for b in bodies),
        "}",
        "local reqs = {}",
        "local i = 0",
        "function init(args)",
        "  for k, b in ipairs(bodies) do",
        f'    reqs[k] = wrk.format("POST", {lua_string(path.encode())}, {{["Content-Type"] = "application/json"}}, b)',
        "  end",
        "end",
        "function request()",
        "  i = i % #reqs + 1",
        "  return reqs[i]",
        "end",
    ]
    script = directory / f"post-{abs(hash((path, tuple(bodies))))}.lua"
    script.write_text("\n".join(lines) + "\n", encoding="ascii")
    return script


@dataclass
class WrkResult:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad: int  # non-2xx responses plus socket errors
    raw: str = field(repr=False, default="")
    others: float = float("nan")  # cores used by other processes during the run (see Others)
    server_cpu_s: float = float("nan")  # CPU seconds the server's processes used during the run
    client_cpu_s: float = float("nan")  # CPU seconds wrk used

    def cpu_us_per_request(self, which: str) -> float:
        """Microseconds of the server's (``which="server"``) or wrk's CPU time per answered request."""
        cpu = self.server_cpu_s if which == "server" else self.client_cpu_s
        return cpu / self.requests * 1e6 if self.requests else float("nan")


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if not m:
        raise ValueError(f"unreadable wrk latency {value!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def parse_wrk(out: str) -> WrkResult:
    """Requests/sec, the 50% and 99% latencies, and the error counts of ``wrk --latency`` output."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE)
    total = re.search(r"(\d+) requests in", out)
    if not (rps and p50 and p99 and total):
        raise ValueError(f"unreadable wrk output:\n{out}")
    bad = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if sock:
        bad += sum(int(x) for x in sock.groups())
    return WrkResult(float(rps.group(1)), _ms(p50.group(1)), _ms(p99.group(1)), int(total.group(1)), bad, out)


def wrk(port: int, script: Path, *, conns: int, seconds: float, cpus: str | None) -> WrkResult:
    """One wrk run; ``client_cpu_s`` is the CPU time wrk used (user + system, from its rusage)."""
    cmd = pinned(["wrk", "-t1", f"-c{conns}", f"-d{seconds:g}s", "--latency", "-s", str(script),
                  f"http://{HOST}:{port}/"], cpus)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = parse_wrk(run_bounded(cmd, seconds + 30))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result.client_cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def cpu_seconds(pids: Sequence[int]) -> float:
    """CPU seconds (user + system) the living processes ``pids`` have used so far; 10 ms resolution."""
    return sum(t[1] for pid in pids if (t := _proc_ticks(pid)) is not None) / _TICKS


# --- the paced client -------------------------------------------------------------------------------


def client(port: int, bodies_file: Path, *, path: str, conns: int, seconds: float, cpus: str | None,
           rate: float | None = None, count: int | None = None) -> dict[str, float]:
    """Run this file's ``client`` command (pinned to ``cpus``) and return its JSON report."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "client", "--port", str(port), "--path", path,
           "--bodies", str(bodies_file), "--conns", str(conns), "--seconds", f"{seconds:g}"]
    if rate is not None:
        cmd += ["--rate", f"{rate:.3f}"]
    if count is not None:
        cmd += ["--count", str(count)]
    return json.loads(run_bounded(pinned(cmd, cpus), seconds + 30))


def write_bodies(bodies: Sequence[bytes], directory: Path, name: str) -> Path:
    """One JSON body per line (a body is one line: json.dumps escapes newlines)."""
    p = directory / name
    p.write_bytes(b"\n".join(bodies) + b"\n")
    return p


class _Conn:
    """One keep-alive connection with at most one request in flight."""

    __slots__ = ("sock", "buf", "need", "status", "due", "sent")

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection((HOST, port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.setblocking(False)
        self.buf = b""
        self.need = -1  # bytes of the whole response, once its head is in
        self.status = 0
        self.due: float | None = None
        self.sent = 0.0

    def feed(self, data: bytes) -> bool:
        """Add received bytes; True when the response is complete."""
        self.buf += data
        if self.need < 0:
            head_end = self.buf.find(b"\r\n\r\n")
            if head_end < 0:
                return False
            head = self.buf[:head_end]
            m = _CONTENT_LENGTH.search(head)
            if m is None:
                raise RuntimeError(f"response without Content-Length: {head[:200]!r}")
            self.status = int(head[9:12])
            self.need = head_end + 4 + int(m.group(1))
        if len(self.buf) < self.need:
            return False
        if len(self.buf) > self.need:
            raise RuntimeError("more bytes than one response: the server answered twice")
        self.buf, self.need = b"", -1
        return True


_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


def _client(port: int, path: str, bodies: list[bytes], conns: int, seconds: float,
            rate: float | None, count: int | None) -> dict[str, float]:
    """One thread, non-blocking sockets and epoll; no event-loop framework.

    An asyncio client costs ~100 us of its own per request and wakes on a millisecond
    timer, so at a few thousand requests/s its own queueing showed up as server tail
    latency. Here a request costs the client ~15 us, and in the last millisecond before
    a send is due the loop polls without sleeping, so sends go out on time.

    Open loop (``rate``): request k is due at ``start + k / rate``; it goes out on the
    first idle connection, and its latency is counted from the due time, so waiting for
    a connection (the server falling behind) is counted, not hidden. Closed loop
    (``count``): each connection sends its next request as soon as it has an answer.
    """
    requests = [
        (f"POST {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: application/json\r\n"
         f"Content-Length: {len(b)}\r\n\r\n").encode() + b
        for b in bodies
    ]
    clock = time.perf_counter
    pool = [_Conn(port) for _ in range(conns)]
    ep = select.epoll()
    by_fd = {c.sock.fileno(): c for c in pool}
    for fd in by_fd:
        ep.register(fd, select.EPOLLIN)
    idle = deque(pool)  # first in, first out: every connection stays in use (servers close idle ones)
    from_schedule: list[float] = []  # finish - due time (open loop only)
    service: list[float] = []  # finish - actual send time
    lag: list[float] = []  # actual send - due time
    errors: list[str] = []
    statuses: dict[int, int] = {}
    start = clock() + (0.05 if rate is not None else 0.0)
    end = start + seconds
    k = 0
    total = count if count is not None else None

    def send(c: _Conn, due: float | None) -> None:
        c.due, c.sent = due, clock()
        c.sock.sendall(requests[k % len(requests)])  # a body is small: the socket buffer takes it whole

    try:
        while True:
            now = clock()
            if rate is not None:
                while idle and start + k / rate <= now and start + k / rate < end:
                    send(idle.popleft(), start + k / rate)
                    k += 1
                next_due = start + k / rate
                if next_due >= end and len(idle) == conns:
                    break
                if now > end + 5:
                    errors.append("answers still missing 5 s after the run")
                    break
                wait = next_due - now - 0.001 if idle else 0.01
                timeout = max(0.0, wait)
            else:
                while idle and (total is None or k < total) and now < end:
                    send(idle.popleft(), None)
                    k += 1
                if len(idle) == conns and ((total is not None and k >= total) or now >= end):
                    break
                if now > end + 5:
                    errors.append("answers still missing 5 s after the run")
                    break
                timeout = 0.01
            for fd, _ev in ep.poll(timeout):
                c = by_fd[fd]
                data = c.sock.recv(262144)
                if not data:
                    raise RuntimeError("the server closed a connection")
                if c.feed(data):
                    done = clock()
                    statuses[c.status] = statuses.get(c.status, 0) + 1
                    service.append(done - c.sent)
                    if c.due is not None:
                        from_schedule.append(done - c.due)
                        lag.append(c.sent - c.due)
                    idle.append(c)
    except (OSError, RuntimeError) as e:
        errors.append(f"{type(e).__name__}: {e}")
    finally:
        ep.close()
        for c in pool:
            c.sock.close()
    elapsed = (min(clock(), end) - start) if rate is not None else (clock() - start)
    service.sort()
    from_schedule.sort()
    lag.sort()
    done = len(service)
    report: dict[str, float] = {
        "completed": done,
        "ok": statuses.get(200, 0),
        "non_200": done - statuses.get(200, 0),
        "errors": len(errors),
        "elapsed_s": elapsed,
        "achieved_per_s": done / elapsed if elapsed > 0 else float("nan"),
        "p50_ms": percentile(service, 50) * 1e3,
        "p99_ms": percentile(service, 99) * 1e3,
        "max_ms": (service[-1] if service else float("nan")) * 1e3,
    }
    if rate is not None:
        report.update({
            "target_per_s": rate,
            "sched_p50_ms": percentile(from_schedule, 50) * 1e3,
            "sched_p99_ms": percentile(from_schedule, 99) * 1e3,
            "lag_p99_ms": percentile(lag, 99) * 1e3,
        })
    if count is not None:
        report["target_count"] = count
    if errors:
        report["first_error"] = errors[0]  # type: ignore[assignment]
    return report


def _client_main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(prog="_load.py client")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--path", default="/normalize")
    ap.add_argument("--bodies", type=Path, required=True, help="one JSON body per line")
    ap.add_argument("--conns", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=10.0, help="hard bound on the run")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--rate", type=float, help="requests per second, open loop")
    mode.add_argument("--count", type=int, help="send each of the first COUNT bodies once, closed loop")
    args = ap.parse_args(argv)
    bodies = [line for line in args.bodies.read_bytes().split(b"\n") if line]
    if args.count is not None and args.count > len(bodies):
        ap.error(f"--count {args.count} is more than the {len(bodies)} bodies in {args.bodies}")
    report = _client(args.port, args.path, bodies, args.conns, args.seconds, args.rate, args.count)
    print(json.dumps(report))


if __name__ == "__main__":
    if sys.argv[1:2] != ["client"]:
        sys.exit("usage: python bench/_load.py client --port PORT --bodies FILE (--rate R | --count N) [...]")
    _client_main(sys.argv[2:])
