"""Build ``snapshot.bin`` (format in service.rates.snapshot) from the installed wheels.

Usage::

    python -m service.rates.snapshot_build > service/rates/snapshot.bin    # make rates-snapshot
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Mapping
from importlib import metadata

from service.rates.embedded import parse_embedded
from service.rates.model import RateDataError, Series
from service.rates.nbp import parse_nbp
from service.rates.snapshot import MAGIC, WHEELS


def build() -> bytes:
    """The snapshot of what the parsers read from the installed wheels now."""
    return render({"ecb": parse_embedded(), "nbp": parse_nbp()})


def render(histories: Mapping[str, Mapping[str, Series]]) -> bytes:
    """The file for ``histories`` (source name to code to series), read from the installed wheels."""
    header: dict[str, object] = {
        "versions": {name: metadata.version(WHEELS[name]) for name in histories},
        "byteorder": sys.byteorder,
        "series": {name: [[code, len(s)] for code, s in history.items()] for name, history in histories.items()},
    }
    columns = []
    for history in histories.values():
        for code, series in history.items():
            days, coefficients, exponents = series.arrays()
            if coefficients is None or exponents is None:
                raise RateDataError(f"{code} has a value past int64; the snapshot holds only plain figures.")
            columns.append((days, coefficients, exponents))
    payload = b"".join(column[k].tobytes() for k in range(3) for column in columns)
    # header keys in insertion order: the columns follow the sources in that order
    return MAGIC + json.dumps(header).encode() + b"\n" + zlib.compress(payload, 9)


def main() -> None:
    sys.stdout.buffer.write(build())


if __name__ == "__main__":
    main()
