"""All configuration in one typed place, read from ``PAYNORM_*`` variables.

``Settings.from_env()`` is called by the app factory, never at import time;
a bad value raises ``SettingsError`` naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from dataclasses import field

from .errors import PaynormError
from .rates import RatesConfig

PREFIX = "PAYNORM_"


class SettingsError(PaynormError):
    """A ``PAYNORM_*`` variable has a value paynorm cannot use."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting with its default; the README lists them all."""

    max_text_length: int = 10_000  # characters in one `text`
    max_batch_items: int = 1_000  # items in one batch request
    max_body_bytes: int = 12_000_000  # request body size; larger gets 413
    target_currency: str = "USD"  # when a request names none
    parse_cache_size: int = 10_000  # parse results kept (LRU)
    answer_cache_bytes: int = 16_000_000  # the server's answer caches, each bounded in bytes (LRU)
    log_level: str = "INFO"  # INFO logs one JSON line per request; WARNING silences them
    rates: RatesConfig = field(default_factory=RatesConfig)  # PAYNORM_RATE_*, PAYNORM_ECB_URL, ...

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name == "rates":
                try:
                    values["rates"] = RatesConfig.from_env(env)
                except ValueError as e:
                    raise SettingsError(str(e)) from None
                continue
            key = PREFIX + f.name.upper()
            if key not in env:
                continue
            raw = env[key].strip()
            if f.type == "int":
                try:
                    values[f.name] = int(raw.replace("_", ""))
                except ValueError:
                    raise SettingsError(f"{key}={raw!r} is not a whole number") from None
                if values[f.name] <= 0:  # type: ignore[operator]
                    raise SettingsError(f"{key}={raw!r} must be greater than 0")
            elif f.name == "log_level":
                if raw.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
                    raise SettingsError(f"{key}={raw!r} must be one of DEBUG, INFO, WARNING, ERROR")
                values[f.name] = raw.upper()
            else:
                values[f.name] = raw.upper()
        settings = cls(**values)  # type: ignore[arg-type]
        settings._check()
        return settings

    def _check(self) -> None:
        from .normalize.options import _currency

        try:
            _currency(self.target_currency)
        except ValueError as e:
            raise SettingsError(f"{PREFIX}TARGET_CURRENCY: {e}") from None
