"""Prometheus metrics of one app (one registry per app, so tests can build many).

Each uvicorn worker keeps its own counters; scrape every worker (or run one
worker per pod, as deploy/ does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric

from ..rates import LiveRates

ROUTES = frozenset({"/", "/normalize", "/normalize/batch", "/currencies", "/rates", "/healthz", "/readyz",
                    "/metrics", "/openapi.json", "/docs", "/redoc"})


class Metrics:
    def __init__(self, cache_stats: Callable[[], tuple[int, int]], live: LiveRates) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("paynorm_http_requests", "HTTP requests by route and status.",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("paynorm_http_request_duration_seconds", "Request latency by route.", ["route"],
                                 buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
                                 registry=r)
        self.outcomes = Counter("paynorm_results", "Normalize results served, by outcome.", ["outcome"], registry=r)
        self.warnings = Counter("paynorm_result_warnings", "Warnings in results served, by code.", ["code"], registry=r)
        r.register(_StateCollector(cache_stats, live))
        self._parsed = self.outcomes.labels("parsed")
        self._no_salary = self.outcomes.labels("no_salary")
        self._by_code: dict[str, Callable[[], None]] = {}

    def observe_request(self, path: str, method: str, status: int, seconds: float) -> None:
        route = path if path in ROUTES else "other"
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route).observe(seconds)

    def observe_result(self, parsed: bool, codes: Iterable[str]) -> None:
        (self._parsed if parsed else self._no_salary).inc()
        for code in codes:
            inc = self._by_code.get(code)
            if inc is None:
                inc = self._by_code[code] = self.warnings.labels(code).inc
            inc()


class _StateCollector:
    """Values read at scrape time: cache hit rate and rate-table ages."""

    def __init__(self, cache_stats: Callable[[], tuple[int, int]], live: LiveRates) -> None:
        self.cache_stats = cache_stats
        self.live = live

    def collect(self) -> Iterator[Metric]:
        hit_count, miss_count = self.cache_stats()
        hits = GaugeMetricFamily("paynorm_result_cache_hits", "Results served from the cache since start.")
        hits.add_metric([], hit_count)
        yield hits
        misses = GaugeMetricFamily("paynorm_result_cache_misses", "Results computed since start.")
        misses.add_metric([], miss_count)
        yield misses
        total = hit_count + miss_count
        ratio = GaugeMetricFamily("paynorm_result_cache_hit_ratio", "Hits / (hits + misses) since start.")
        ratio.add_metric([], hit_count / total if total else 0.0)
        yield ratio
        age = GaugeMetricFamily("paynorm_rate_table_age_seconds", "Age of each provider's newest rates (from its "
                                "publication date at 00:00 UTC).", labels=["provider"])
        now = self.live.now()
        for status in self.live.status():
            if status.rates_date is not None:
                day = now.replace(year=status.rates_date.year, month=status.rates_date.month,
                                  day=status.rates_date.day, hour=0, minute=0, second=0, microsecond=0)
                age.add_metric([status.name], max(0.0, (now - day).total_seconds()))
        yield age
