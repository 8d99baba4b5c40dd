"""Several worker processes, each accepting on a listening socket of its own (SO_REUSEPORT).

``uvicorn --workers N`` binds one socket in the parent and every worker accepts from it, so
all workers share one accept queue and the kernel hands a burst of new connections to
whichever worker is awake. A client that opens its keep-alive connections together (a
service's connection pool, a load generator) can end up with all of them on one worker
while the others idle: with ``wrk -c32`` against two workers, two runs here put 24/8 and
32/0 connections on the workers and served 9,165 and 5,957 requests/s.

On Linux each worker here binds its own socket to the same address with SO_REUSEPORT, and
the kernel spreads new connections over the sockets by a hash of their addresses. The parent
only supervises: it forks the workers (after its own imports, which they then share), starts
another when one dies (at once, or after 0.5 s doubling up to 30 s while they keep dying
within 10 s of their start), stops them all on SIGTERM or SIGINT (each finishes its requests
in flight, as uvicorn does), and gives up when a worker fails to start (exit status 3, uvicorn's
STARTUP_FAILURE), since every restart would fail the same way. Workers get SIGTERM when the
parent dies, however it dies. A worker whose event loop stops turning (a request that blocks
it, a deadlock) is killed and replaced: each worker's loop writes a heartbeat to memory shared
with the parent on every tick of uvicorn's main loop (0.1 s), and the parent kills a worker
whose heartbeat is older than ``hang_timeout`` (30 s by default; start-up included). Not
covered: connections still queued in a worker's socket when it dies are reset, not handed to
another. One worker, or a platform without SO_REUSEPORT, runs ``uvicorn.run`` as before, with
no supervisor: its health is for ``/healthz`` and whatever restarts the process to watch.

    python -m service.api.workers service.app:app --host 127.0.0.1 --port 8000 --workers 2
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import socket
import sys
import time
from typing import Any

STARTUP_FAILURE = 3  # uvicorn's exit status for a worker that could not start
REUSE_PORT = sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")
_GRACE = 35.0  # seconds a worker gets to finish after SIGTERM before it is killed
HANG_TIMEOUT = 30.0  # seconds without a heartbeat from a worker's event loop before it is killed
MIN_HANG_TIMEOUT = 1.0  # ten of uvicorn's 0.1 s ticks, each of which writes a heartbeat
log = logging.getLogger("uvicorn.error")


def serve(app: str, *, host: str, port: int, workers: int = 1, hang_timeout: float = HANG_TIMEOUT,
          **options: Any) -> int:
    """Serve ``app`` (an import string) with ``workers`` processes; the exit status.

    ``options`` are ``uvicorn.Config`` arguments (``log_level``, ``access_log``, ...);
    ``hang_timeout`` applies with more than one worker (the supervisor's watch)."""
    if not hang_timeout > MIN_HANG_TIMEOUT:
        raise ValueError(f"hang_timeout must be more than {MIN_HANG_TIMEOUT:.0f} s, got {hang_timeout}")
    import uvicorn

    if workers == 1 or not REUSE_PORT:
        uvicorn.run(app, host=host, port=port, workers=workers, **options)
        return 0
    uvicorn.Config(app, host=host, port=port, **options)  # sets up uvicorn's logging here too
    return _Supervisor(app, host, port, workers, options, hang_timeout).run()


def listener(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``(host, port)`` in the address's SO_REUSEPORT group."""
    family = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _in_use(host: str, port: int) -> bool:
    """Whether something already accepts on the address. SO_REUSEPORT would let this server
    join another one's group and share its connections, so that is refused up front. (Checked
    at start only: a server that takes the port later, between restarts, is not seen.)"""
    wildcard = host in ("", "0.0.0.0", "::")
    for target in ("127.0.0.1", "::1") if wildcard else (host,):
        try:
            with socket.create_connection((target, port), timeout=1.0):
                return True
        except OSError:
            continue
    return False


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_QUICK = 10.0  # seconds: a worker that dies sooner than this after its start is in a crash loop
_MAX_BACKOFF = 30.0


class _Supervisor:
    def __init__(self, app: str, host: str, port: int, workers: int, options: dict[str, Any],
                 hang_timeout: float = HANG_TIMEOUT) -> None:
        self.app, self.host, self.port, self.workers, self.options = app, host, port, workers, options
        self.hang_timeout = hang_timeout
        self._fork = multiprocessing.get_context("fork")  # Linux only, as SO_REUSEPORT spreading is
        self._stopping = False
        self._status = 0

    def run(self) -> int:
        if _in_use(self.host, self.port):
            log.error("%s:%d is already in use", self.host, self.port)
            return STARTUP_FAILURE
        try:
            listener(self.host, self.port).close()  # a bad address or a privileged port fails here, once
        except OSError as e:
            log.error("cannot listen on %s:%d: %s", self.host, self.port, e)
            return STARTUP_FAILURE
        for sig in _STOP_SIGNALS:
            signal.signal(sig, self._stop)
        slots = [_Slot(self._fork.RawValue("d", 0.0)) for _ in range(self.workers)]
        for slot in slots:
            slot.process = self._start(slot)
        log.info("paynorm: %d workers on %s:%d, one SO_REUSEPORT socket each (parent %d)",
                 self.workers, self.host, self.port, os.getpid())
        while not self._stopping:
            time.sleep(0.2)
            for slot in slots:
                if self._stopping:
                    break
                self._tend(slot)
        for slot in slots:
            if slot.process is not None and slot.process.is_alive():
                slot.process.terminate()  # SIGTERM: uvicorn's graceful shutdown
        deadline = time.monotonic() + _GRACE
        for slot in slots:
            if slot.process is None:
                continue
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                log.error("worker %d did not stop in %.0f s; killing it", slot.process.pid, _GRACE)
                slot.process.kill()
                slot.process.join()
        return self._status

    def _tend(self, slot: _Slot) -> None:
        """Start the slot's next worker when it is due; notice when its worker has died, and
        kill it when its heartbeat is older than the hang timeout."""
        now = time.monotonic()
        if slot.process is None:
            if now >= slot.restart_at:
                slot.started_at = now
                slot.process = self._start(slot)
            return
        if slot.process.is_alive():
            if slot.killed or not self._hung(slot, now):
                return
            log.error("worker %d: no heartbeat from its event loop for %.0f s; killing it",
                      slot.process.pid, now - self._last_beat(slot))
            slot.process.kill()  # SIGKILL: a stuck loop would never act on SIGTERM
            slot.killed = True
            slot.process.join(1.0)  # usually dead at once: reaped and restarted by the lines below
            if slot.process.is_alive():
                return  # noticed dead on a later tick
        slot.process.join()
        pid, code = slot.process.pid, slot.process.exitcode
        slot.process = None
        if code == STARTUP_FAILURE:  # the app or its socket is broken: every restart would fail
            log.error("worker %d failed to start; stopping", pid)
            self._status, self._stopping = STARTUP_FAILURE, True
            return
        slot.failures = slot.failures + 1 if now - slot.started_at < _QUICK else 0
        delay = min(_MAX_BACKOFF, 0.5 * 2 ** (slot.failures - 1)) if slot.failures else 0.0
        slot.restart_at = now + delay
        log.warning("worker %d exited with status %s; starting another in %.1f s", pid, code, delay)

    @staticmethod
    def _last_beat(slot: _Slot) -> float:
        return slot.heartbeat.value or slot.started_at  # 0.0: no beat yet, still starting

    def _hung(self, slot: _Slot, now: float) -> bool:
        return now - self._last_beat(slot) > self.hang_timeout

    def _stop(self, signum: int, _frame: object) -> None:
        self._stopping = True

    def _start(self, slot: _Slot) -> multiprocessing.process.BaseProcess:
        slot.heartbeat.value = 0.0
        slot.killed = False
        p = self._fork.Process(target=_worker, daemon=False,
                               args=(self.app, self.host, self.port, self.options, os.getpid(), slot.heartbeat))
        # a stop signal between the fork and the child's own handlers would reach the parent's
        # handler in the child, and be lost there: hold the signals until both sides are set
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            p.start()
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
        return p


class _Slot:
    """One worker's place: its process (None while a restart waits), the heartbeat its worker
    writes (``time.monotonic()``, the same clock in every process), and its crash record."""

    __slots__ = ("failures", "heartbeat", "killed", "process", "restart_at", "started_at")

    def __init__(self, heartbeat: Any) -> None:
        self.heartbeat = heartbeat
        self.killed = False  # SIGKILLed as hung, not yet reaped
        self.process: multiprocessing.process.BaseProcess | None = None
        self.started_at = time.monotonic()
        self.restart_at = 0.0
        self.failures = 0


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _worker(app: str, host: str, port: int, options: dict[str, Any], parent: int, heartbeat: Any) -> None:
    """One worker: its own socket, then uvicorn's server on it (which handles the signals)."""
    for sig in _STOP_SIGNALS:
        signal.signal(sig, signal.SIG_DFL)  # the parent's handlers came along with the fork
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # blocked by the parent around the fork
    # SIGTERM when the supervisor dies, even by SIGKILL: a worker left behind would keep the port
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it died before the prctl took hold
        sys.exit(0)
    import uvicorn

    try:
        sock = listener(host, port)
    except OSError as e:
        log.error("cannot listen on %s:%d: %s", host, port, e)
        sys.exit(STARTUP_FAILURE)

    class Watched(uvicorn.Server):
        async def on_tick(self, counter: int) -> bool:
            # every 0.1 s by the loop's monotonic clock, from the loop itself: it stops when the loop does
            heartbeat.value = time.monotonic()
            return await super().on_tick(counter)

    server = Watched(uvicorn.Config(app, host=host, port=port, **options))
    server.run(sockets=[sock])
    if not server.started:  # a failed start-up: older uvicorn versions return here rather than exit with 3
        sys.exit(STARTUP_FAILURE)


def main(argv: list[str] | None = None) -> int:
    from ..cli import _hang_timeout, _port, _positive  # the checks `paynorm serve` gives the same flags

    ap = argparse.ArgumentParser(prog="python -m service.api.workers", description=__doc__.split("\n\n")[0])
    ap.add_argument("app", help="ASGI app as module:attribute, e.g. service.app:app")
    ap.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    ap.add_argument("--port", type=_port, default=os.environ.get("PORT", "8000"))
    ap.add_argument("--workers", type=_positive, default=os.environ.get("WORKERS", "1"))
    ap.add_argument("--log-level", default=None, help="uvicorn's log level (default: info)")
    ap.add_argument("--no-access-log", dest="access_log", action="store_false", help="no uvicorn access log")
    ap.add_argument("--hang-timeout", type=_hang_timeout, default=os.environ.get("HANG_TIMEOUT", str(HANG_TIMEOUT)),
                    metavar="SECONDS", help=f"kill and replace a worker whose event loop has not turned for this "
                    f"long (default: $HANG_TIMEOUT, else {HANG_TIMEOUT:.0f}; with more than one worker)")
    args = ap.parse_args(argv)
    options: dict[str, Any] = {"access_log": args.access_log}
    if args.log_level:
        options["log_level"] = args.log_level
    return serve(args.app, host=args.host, port=args.port, workers=args.workers, hang_timeout=args.hang_timeout,
                 **options)


if __name__ == "__main__":
    raise SystemExit(main())
