"""A fake rate provider on 127.0.0.1, standard library only: ECB XML and Frankfurter JSON,
healthy or broken in every way the live providers break.

Each route answers with a Reply, or with a list of Replies taken in turn (the last repeats),
so "HTTP 500, then healthy" is one line. A route is a path, or a path with its exact query
(tried first). Requests are recorded with their headers.
"""

from __future__ import annotations

import datetime
import socket
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

ECB_NS = (
    'xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
    'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"'
)

# Made-up rates per 1 EUR for ECB's basket, far enough from real ones that a test can tell
# the fake's answer from the embedded snapshot's (USD 1.1172 on 2026-10-30).
BASKET_RATES = {
    "USD": "1.2500", "JPY": "180.00", "CZK": "24.500", "DKK": "7.4600", "GBP": "0.80000",
    "HUF": "390.00", "PLN": "4.2000", "RON": "5.0000", "SEK": "11.000", "CHF": "0.9500",
    "ISK": "150.00", "NOK": "11.500", "TRY": "45.000", "AUD": "1.7000", "BRL": "6.0000",
    "CAD": "1.6000", "CNY": "8.0000", "HKD": "9.0000", "IDR": "19000.00", "ILS": "4.1000",
    "INR": "100.00", "KRW": "1600.00", "MXN": "20.000", "MYR": "5.0000", "NZD": "1.9000",
    "PHP": "65.000", "SGD": "1.5000", "THB": "38.000", "ZAR": "20.000",
}  # fmt: skip


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/xml"
    delay: float = 0.0  # seconds before the status line
    trickle: float | None = None  # seconds between the bytes of a body that never ends
    declare_length: bool = True  # False: no Content-Length, the body ends when the socket does
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    path: str  # with the query
    headers: Mapping[str, str]


class FakeProvider:
    def __init__(self) -> None:
        self.routes: dict[str, Reply | list[Reply]] = {}
        self.seen: list[Seen] = []
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> FakeProvider:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the port: from now on connections are refused."""
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def paths(self) -> list[str]:
        return [urlsplit(s.path).path for s in self.seen]

    def _reply(self, path: str) -> Reply | None:
        route = self.routes.get(path, self.routes.get(urlsplit(path).path))
        if isinstance(route, list):
            return route.pop(0) if len(route) > 1 else route[0]
        return route

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True if it is."""
        return self._stopping.wait(seconds)


def _handler(fake: FakeProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            fake.seen.append(Seen(self.path, dict(self.headers)))
            reply = fake._reply(self.path)
            if reply is None:
                self.send_error(404)
                return
            if reply.delay and fake._wait(reply.delay):
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.trickle is not None:
                self._trickle(reply)
                return
            if reply.declare_length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            try:
                self.wfile.write(reply.body)
            except OSError:  # the client stopped reading: a size cap did its job
                return

        def _trickle(self, reply: Reply) -> None:
            self.end_headers()  # no length: the body would end when the socket closes
            try:
                for byte in reply.body * 1000:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    if fake._wait(reply.trickle or 0):
                        return
            except OSError:  # the client gave up, as it should
                return

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

    return Handler


def free_port() -> int:
    """A port nothing listens on: connections to it are refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- payloads --------------------------------------------------------------------------------

Days = Mapping[datetime.date, Mapping[str, str]]


def ecb_xml(days: Days) -> bytes:
    """An ECB reference-rate file, newest day first as ECB writes it."""
    cubes = "".join(
        f"\n\t\t<Cube time='{day.isoformat()}'>"
        + "".join(f"\n\t\t\t<Cube currency='{c}' rate='{r}'/>" for c, r in rates.items())
        + "\n\t\t</Cube>"
        for day, rates in sorted(days.items(), reverse=True)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<gesmes:Envelope {ECB_NS}>\n"
        "\t<gesmes:subject>Reference rates</gesmes:subject>\n"
        "\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n"
        f"\t<Cube>{cubes}\n\t</Cube>\n</gesmes:Envelope>\n"
    ).encode()


def basket(usd: str = BASKET_RATES["USD"], **changes: str) -> dict[str, str]:
    """ECB's basket with made-up rates; `usd` and keyword codes override."""
    return {**BASKET_RATES, "USD": usd, **changes}


def _rates(rates: Mapping[str, str]) -> str:
    """A JSON object of rates with the digits exactly as given (json.dumps would go via float)."""
    return "{" + ", ".join(f'"{code}": {rate}' for code, rate in rates.items()) + "}"


def frankfurter_v1_latest(day: datetime.date, rates: Mapping[str, str]) -> bytes:
    return f'{{"amount": 1.0, "base": "EUR", "date": "{day.isoformat()}", "rates": {_rates(rates)}}}'.encode()


def frankfurter_v1_series(days: Days) -> bytes:
    tables = ", ".join(f'"{day.isoformat()}": {_rates(rates)}' for day, rates in sorted(days.items()))
    first, last = min(days).isoformat(), max(days).isoformat()
    return (
        f'{{"amount": 1.0, "base": "EUR", "start_date": "{first}", "end_date": "{last}", '
        f'"rates": {{{tables}}}}}'
    ).encode()


def frankfurter_v2_rows(days: Days) -> bytes:
    rows = [
        f'{{"date": "{day.isoformat()}", "base": "EUR", "quote": "{c}", "rate": {r}}}'
        for day, rates in sorted(days.items())
        for c, r in rates.items()
    ]
    return ("[" + ", ".join(rows) + "]").encode()

