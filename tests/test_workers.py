"""Several workers, a listening socket each (service.api.workers): connections spread over
them, a dead worker is replaced, SIGTERM stops everything, a broken start stops the parent.

The servers run tests/pid_app.py, which answers with its process id, on free loopback ports.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from service.api import workers

from .conftest import ROOT, free_port

pytestmark = pytest.mark.skipif(not workers.REUSE_PORT, reason="SO_REUSEPORT spreading is Linux's")


def _listeners(port: int) -> int:
    """Sockets listening on 127.0.0.1:port (state 0A in /proc/net/tcp)."""
    local = f"0100007F:{port:04X}"
    with open("/proc/net/tcp") as f:
        return sum(1 for line in f if line.split()[1] == local and line.split()[3] == "0A")


def _pid(conn: http.client.HTTPConnection) -> int:
    conn.request("GET", "/")
    return int(conn.getresponse().read())


def _wait(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {seconds:.0f} s: {what}")
        time.sleep(0.05)


@contextmanager
def _served(app: str, n: int, *flags: str) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "service.api.workers", app, "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(n), "--log-level", "warning", *flags],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        yield proc, port
    finally:
        with contextlib.suppress(ProcessLookupError):  # the supervisor and any worker left
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def test_connections_opened_together_spread_over_the_workers() -> None:
    with _served("tests.pid_app:app", 2) as (proc, port):
        _wait(lambda: _listeners(port) == 2, 20, "two workers listening")
        conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=5) for _ in range(32)]
        for c in conns:
            c.connect()
        pids = [_pid(c) for c in conns]
        per_worker = Counter(pids)
        assert len(per_worker) == 2 and proc.pid not in per_worker
        # a hash of 32 source ports over two sockets: fewer than 4 on one has odds of about 1 in 100,000;
        # with one shared socket (uvicorn --workers 2) all 32 landed on one worker in 1 run of 3 here
        assert min(per_worker.values()) >= 4, per_worker
        assert [_pid(c) for c in conns] == pids  # each connection stays with its worker
        for c in conns:
            c.close()


def test_a_worker_that_dies_is_replaced_and_sigterm_stops_all() -> None:
    with _served("tests.pid_app:app", 2) as (proc, port):
        _wait(lambda: _listeners(port) == 2, 20, "two workers listening")
        pids = {_pid(http.client.HTTPConnection("127.0.0.1", port, timeout=5)) for _ in range(40)}
        assert len(pids) == 2
        victim = min(pids)
        os.kill(victim, signal.SIGKILL)
        # dead (a zombie until the parent reaps it), so its socket is closed; then a new one listens
        _wait(lambda: _zombie(victim), 5, "the killed worker gone")
        _wait(lambda: _listeners(port) == 2, 20, "a new worker listening")
        now = {_pid(http.client.HTTPConnection("127.0.0.1", port, timeout=5)) for _ in range(40)}
        assert victim not in now and len(now) == 2 and max(pids) in now
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        assert _listeners(port) == 0
        for pid in now:  # the workers are gone too, not orphaned
            _wait(lambda pid=pid: not os.path.exists(f"/proc/{pid}") or _zombie(pid), 5, f"worker {pid} exited")


def test_a_hung_worker_is_killed_and_replaced_and_a_busy_one_is_not() -> None:
    with _served("tests.pid_app:app", 2, "--hang-timeout", "3") as (proc, port):
        _wait(lambda: _listeners(port) == 2, 20, "two workers listening")
        pids = {_pid(http.client.HTTPConnection("127.0.0.1", port, timeout=5)) for _ in range(40)}
        assert len(pids) == 2
        # idle for twice the timeout, then busy for as long: the heartbeats keep both alive
        time.sleep(6)
        conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=5) for _ in range(16)]
        busy_until = time.monotonic() + 6
        while time.monotonic() < busy_until:
            assert {_pid(c) for c in conns} == pids
        hung = conns[0]
        victim = _pid(hung)
        survivor = (pids - {victim}).pop()
        hung.putrequest("GET", "/hang")  # on a connection the victim serves
        hung.endheaders()
        started = time.monotonic()
        _wait(lambda: _zombie(victim), 15, "the hung worker killed")
        waited = time.monotonic() - started
        assert 2.5 < waited < 8, waited  # after 3 s without a heartbeat, not at once
        _wait(lambda: _listeners(port) == 2, 20, "a new worker listening")
        now = {_pid(http.client.HTTPConnection("127.0.0.1", port, timeout=5)) for _ in range(40)}
        assert victim not in now and survivor in now and len(now) == 2
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        log = proc.stdout.read().decode() if proc.stdout else ""
    assert re.search(rf"worker {victim}: no heartbeat from its event loop for [34] s; killing it", log), log
    assert log.count("killing it") == 1, log


def test_the_hang_timeout_is_checked() -> None:
    for bad in ("1", "0", "-5", "soon", "inf", "nan"):
        out = subprocess.run([sys.executable, "-m", "service.api.workers", "tests.pid_app:app", "--hang-timeout", bad],
                             cwd=ROOT, capture_output=True, text=True, timeout=30)
        assert out.returncode == 2 and f"expected seconds above 1, got '{bad}'" in out.stderr, (bad, out.stderr)
    out = subprocess.run([sys.executable, "-m", "service.api.workers", "tests.pid_app:app"], cwd=ROOT,
                         env={**os.environ, "HANG_TIMEOUT": "0.2"}, capture_output=True, text=True, timeout=30)
    assert out.returncode == 2 and "expected seconds above 1, got '0.2'" in out.stderr, out.stderr
    with pytest.raises(ValueError, match="hang_timeout must be more than 1 s"):
        workers.serve("tests.pid_app:app", host="127.0.0.1", port=free_port(), workers=2, hang_timeout=0.5)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_workers_stop_when_the_supervisor_is_killed() -> None:
    with _served("tests.pid_app:app", 2) as (proc, port):
        _wait(lambda: _listeners(port) == 2, 20, "two workers listening")
        pids = {_pid(http.client.HTTPConnection("127.0.0.1", port, timeout=5)) for _ in range(40)}
        proc.kill()  # SIGKILL: no handler runs, the workers hear of it from the kernel
        proc.wait(timeout=10)
        _wait(lambda: _listeners(port) == 0, 20, "the orphaned workers' sockets closed")
        for pid in pids:
            _wait(lambda pid=pid: _zombie(pid), 20, f"worker {pid} exited")


def test_workers_that_keep_dying_are_restarted_ever_more_slowly() -> None:
    with _served("tests.pid_app:dies", 2) as (proc, _port):
        time.sleep(7)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        log = proc.stdout.read().decode() if proc.stdout else ""
    delays = [line.rsplit(" in ", 1)[1] for line in log.splitlines() if "starting another in" in line]
    # per worker after 0.5, 1, 2, 4 s: within 7 s each of the two restarts 3 or 4 times (a fifth
    # needs 7.5 s of waiting alone), where a restart every 0.2 s would have made some 30
    assert {"0.5 s", "1.0 s", "2.0 s"} <= set(delays), log
    assert 4 <= len(delays) <= 8, log


def test_an_app_that_cannot_start_stops_the_parent() -> None:
    with _served("tests.pid_app:broken", 2) as (proc, _port):
        assert proc.wait(timeout=30) == workers.STARTUP_FAILURE
        out = proc.stdout.read().decode() if proc.stdout else ""
        assert "failed to start; stopping" in out


def test_a_port_in_use_is_refused_rather_than_shared() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run(
            [sys.executable, "-m", "service.api.workers", "tests.pid_app:app", "--host", "127.0.0.1",
             "--port", str(port), "--workers", "2"],
            check=False, cwd=ROOT, capture_output=True, text=True, timeout=30,
        )
    assert run.returncode == workers.STARTUP_FAILURE
    assert f"127.0.0.1:{port} is already in use" in run.stderr


def test_one_worker_is_plain_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    for name in ("HOST", "PORT", "WORKERS"):  # the defaults come from these (the image sets HOST)
        monkeypatch.delenv(name, raising=False)

    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append((a, kw)))
    assert workers.main(["service.app:app", "--port", "9002", "--no-access-log"]) == 0
    assert calls == [(("service.app:app",), {"host": "127.0.0.1", "port": 9002, "workers": 1, "access_log": False})]


@pytest.mark.parametrize(("flags", "message"), [
    (["--port", "70000"], "expected a port from 1 to 65535, got '70000'"),
    (["--workers", "0"], "expected a whole number above 0, got '0'"),
])
def test_bad_flags_are_usage_errors(flags: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        workers.main(["tests.pid_app:app", *flags])
    assert exit_.value.code == 2 and message in capsys.readouterr().err

