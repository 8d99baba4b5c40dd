"""RatesConfig: which rate providers, where they live, and every limit on fetching them.

``RatesConfig.from_env(os.environ)`` reads the PAYNORM_* variables below; a bad value raises
ValueError naming the variable. The default is the embedded snapshot alone: no network.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import urlsplit

EMBEDDED = "embedded"
KNOWN_PROVIDERS = ("ecb", "frankfurter", "openexchangerates", EMBEDDED)

# Field -> variable, in the order the README should list them.
ENV = {
    "providers": "PAYNORM_RATE_PROVIDERS",
    "ecb_url": "PAYNORM_ECB_URL",
    "frankfurter_url": "PAYNORM_FRANKFURTER_URL",
    "oxr_app_id": "PAYNORM_OXR_APP_ID",
    "oxr_url": "PAYNORM_OXR_URL",
    "refresh_seconds": "PAYNORM_RATE_REFRESH_SECONDS",
    "connect_timeout": "PAYNORM_RATE_CONNECT_TIMEOUT",
    "read_timeout": "PAYNORM_RATE_READ_TIMEOUT",
    "fetch_deadline": "PAYNORM_RATE_FETCH_DEADLINE",
    "max_payload_bytes": "PAYNORM_RATE_MAX_PAYLOAD_BYTES",
}
_URLS = ("ecb_url", "frankfurter_url", "oxr_url")
_POSITIVE = (
    "refresh_seconds",
    "connect_timeout",
    "read_timeout",
    "fetch_deadline",
    "max_payload_bytes",
    "retry_backoff",
    "failure_backoff",
)


@dataclass(frozen=True, slots=True)
class RatesConfig:
    providers: tuple[str, ...] = (EMBEDDED,)  # ordered: per currency the first fresh rate wins
    ecb_url: str = "https://www.ecb.europa.eu/stats/eurofxref/"  # holds eurofxref-daily.xml
    frankfurter_url: str = "https://api.frankfurter.dev/v2/"  # a /v1/ URL speaks v1
    oxr_app_id: str | None = None
    oxr_url: str = "https://openexchangerates.org/api/"
    refresh_seconds: float = 3600.0
    connect_timeout: float = 3.0
    read_timeout: float = 10.0
    max_payload_bytes: int = 5_000_000
    fetch_deadline: float = 30.0  # one fetch, retries and body included
    retries: int = 2  # per fetch, after connection errors, timeouts, 429 and 5xx
    retry_backoff: float = 0.5  # seconds before the first retry of a fetch; doubles
    failure_backoff: float = 60.0  # seconds before a failed provider is tried again; doubles
    stale_margin: float = 3600.0  # past the next publication (plus refresh_seconds) -> stale

    def __post_init__(self) -> None:
        problem = _problem(lambda name: getattr(self, name))
        if problem:
            field, message = problem
            raise ValueError(f"RatesConfig.{field}={getattr(self, field)!r}: {message}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> RatesConfig:
        """The configuration the PAYNORM_* variables in `environ` describe.

        >>> RatesConfig.from_env({"PAYNORM_RATE_PROVIDERS": "ECB, embedded"}).providers
        ('ecb', 'embedded')
        >>> RatesConfig.from_env({"PAYNORM_RATE_PROVIDERS": "ecb,fixer"})
        Traceback (most recent call last):
        ...
        ValueError: PAYNORM_RATE_PROVIDERS='ecb,fixer': unknown provider 'fixer'; known: ecb, frankfurter, openexchangerates, embedded
        >>> RatesConfig.from_env({"PAYNORM_RATE_READ_TIMEOUT": "soon"})
        Traceback (most recent call last):
        ...
        ValueError: PAYNORM_RATE_READ_TIMEOUT='soon' is not a number
        """
        values: dict[str, object] = {}
        raw: dict[str, str] = {}
        for f in fields(cls):
            key = ENV.get(f.name)
            if key is None or key not in environ:
                continue
            text = raw[f.name] = environ[key].strip()
            values[f.name] = _PARSERS.get(f.name, _text)(key, text)
        # Checked before __init__ does, so the message names the variable, not the field.
        merged = {f.name: values.get(f.name, f.default) for f in fields(cls)}
        problem = _problem(merged.__getitem__)
        if problem:
            field, message = problem
            raise ValueError(f"{ENV.get(field, field)}={raw.get(field, merged[field])!r}: {message}")
        return cls(**values)  # type: ignore[arg-type]


def _problem(get: Callable[[str], Any]) -> tuple[str, str] | None:
    """The first (field, message) wrong with the values `get` returns, or None."""
    known = ", ".join(KNOWN_PROVIDERS)
    providers = get("providers")
    if not providers:
        return "providers", f"names no provider; known: {known}"
    for i, name in enumerate(providers):
        if name not in KNOWN_PROVIDERS:
            return "providers", f"unknown provider {name!r}; known: {known}"
        if name in providers[:i]:
            return "providers", f"names {name!r} twice"
    if "openexchangerates" in providers and not get("oxr_app_id"):
        return "providers", f"openexchangerates needs an app id in {ENV['oxr_app_id']}"
    for name in _URLS:
        url = urlsplit(get(name))
        if url.scheme not in ("http", "https") or not url.hostname:
            return name, "must be an http:// or https:// URL with a host"
    for name in _POSITIVE:
        if not get(name) > 0:
            return name, "must be greater than 0"
    if get("retries") < 0:
        return "retries", "must be 0 or more"
    return None


def _providers(key: str, text: str) -> tuple[str, ...]:
    return tuple(name.strip().lower() for name in text.split(",") if name.strip())


def _url(key: str, text: str) -> str:
    # A base URL: files are joined onto it, and urljoin drops a last segment without "/".
    return text if text.endswith("/") else text + "/"


def _number(key: str, text: str) -> float:
    try:
        return float(text.replace("_", ""))
    except ValueError:
        raise ValueError(f"{key}={text!r} is not a number") from None


def _whole(key: str, text: str) -> int:
    try:
        return int(text.replace("_", ""))
    except ValueError:
        raise ValueError(f"{key}={text!r} is not a whole number") from None


def _text(key: str, text: str) -> str | None:
    return text or None


_PARSERS: dict[str, Callable[[str, str], object]] = {
    "providers": _providers,
    "ecb_url": _url,
    "frankfurter_url": _url,
    "oxr_url": _url,
    "refresh_seconds": _number,
    "connect_timeout": _number,
    "read_timeout": _number,
    "fetch_deadline": _number,
    "max_payload_bytes": _whole,
}
