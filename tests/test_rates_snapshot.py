"""The build-time rates snapshot holds exactly what the parsers read from the installed wheels."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from importlib import metadata

import pytest

from service.rates import embedded, nbp, snapshot, snapshot_build
from service.rates.model import RateDataError, Series


@pytest.fixture(scope="module")
def committed() -> bytes:
    return snapshot.PATH.read_bytes()


def _stored(history: dict[str, Series]) -> dict[str, tuple[bytes, bytes, bytes]]:
    return {code: tuple(a.tobytes() for a in s.arrays()) for code, s in history.items()}  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "parse"), [("ecb", embedded.parse_embedded), ("nbp", nbp.parse_nbp)])
def test_committed_snapshot_is_what_the_parsers_read_today(committed: bytes, name: str, parse) -> None:
    loaded = snapshot.load(name, committed)
    assert loaded is not None, f"service/rates/snapshot.bin lacks {name} or is for another wheel: run `make rates-snapshot`"
    # codes in the same order, and every day, coefficient and exponent the same
    assert list(loaded) == list(parse_result := parse())
    assert _stored(loaded) == _stored(parse_result), "service/rates/snapshot.bin is stale: run `make rates-snapshot`"


def test_the_process_reads_the_snapshot_not_the_wheels(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("parsed the wheel although the snapshot is fresh")

    monkeypatch.setattr(embedded, "parse_embedded", refuse)
    monkeypatch.setattr(nbp, "parse_nbp", refuse)
    embedded.embedded_history.cache_clear()
    nbp.nbp_history.cache_clear()
    try:
        usd = embedded.embedded_history()["USD"]
        assert usd.on_or_before(datetime.date(2024, 1, 2)) == (datetime.date(2024, 1, 2), Decimal("1.0956"))
        assert len(nbp.nbp_history()) == 153
    finally:
        embedded.embedded_history.cache_clear()
        nbp.nbp_history.cache_clear()


def _with_header(data: bytes, change) -> bytes:
    head, _, body = data[len(snapshot.MAGIC):].partition(b"\n")
    header = json.loads(head)
    change(header)
    return snapshot.MAGIC + json.dumps(header).encode() + b"\n" + body


def test_a_snapshot_of_another_wheel_version_is_not_used(committed: bytes) -> None:
    older = _with_header(committed, lambda h: h["versions"].update(ecb="0.18.0"))
    assert snapshot.load("ecb", older) is None
    assert snapshot.load("nbp", older) is not None  # the other source's wheel still matches
    assert metadata.version("currencyconverter") != "0.18.0"


def test_a_source_the_snapshot_lacks_is_not_there(committed: bytes) -> None:
    assert snapshot.load("boe", committed) is None


def test_a_wheel_that_is_not_installed_leaves_its_source_to_the_parser(
    committed: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(snapshot.WHEELS, "nbp", "paynorm-no-such-wheel")
    assert snapshot.load("nbp", committed) is None  # parse_nbp then names the missing package
    assert snapshot.load("ecb", committed) is not None


def test_a_broken_snapshot_fails_loudly(committed: bytes) -> None:
    with pytest.raises(RateDataError, match="not a paynorm rates snapshot"):
        snapshot.load("ecb", b"PK\x03\x04" + committed)
    one_more = _with_header(committed, lambda h: h["series"]["nbp"][-1].__setitem__(1, h["series"]["nbp"][-1][1] + 1))
    with pytest.raises(RateDataError, match="not 13 for each of"):
        snapshot.load("ecb", one_more)
    with pytest.raises(RateDataError, match=r"damaged \(error: Error -5"):  # cut short: zlib's error
        snapshot.load("ecb", committed[:-1000])
    with pytest.raises(RateDataError, match=r"damaged \(JSONDecodeError"):
        snapshot.load("ecb", snapshot.MAGIC + b"{not json\n" + committed[-100:])


def test_render_round_trips_and_refuses_what_it_cannot_hold() -> None:
    days = (datetime.date(2024, 1, 2), datetime.date(2024, 1, 5))
    plain = Series(days, (Decimal("1.1"), Decimal("160.25")))
    data = snapshot_build.render({"ecb": {"USD": plain}, "nbp": {"EUR": Series(days[:1], (Decimal("4.3"),))}})
    assert snapshot.load("ecb", data) == {"USD": plain}
    assert snapshot.load("nbp", data)["EUR"].values == (Decimal("4.3"),)  # type: ignore[index]
    huge = Series(days, (Decimal("1.1"), Decimal(12345678901234567890)))
    with pytest.raises(RateDataError, match="USD has a value past int64"):
        snapshot_build.render({"ecb": {"USD": huge}})
