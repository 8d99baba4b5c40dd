"""Provider parsers (pure), RatesConfig, and the doctests of the live-rates modules.

Payloads follow the published formats: ECB's eurofxref XML (gesmes:Envelope / Cube time /
Cube currency rate), Frankfurter's v1 objects and v2 rows, openexchangerates' latest.json.
"""

from __future__ import annotations

import datetime
import doctest
from decimal import Decimal
from types import ModuleType

import pytest

import service.rates.config
import service.rates.live
import service.rates.nbp
import service.rates.providers.base
import service.rates.providers.ecb
import service.rates.providers.fetching
import service.rates.providers.frankfurter
import service.rates.providers.oxr
import service.rates.schedule
from service.rates import RateDataError, RatesConfig
from service.rates.providers import ecb, frankfurter, oxr
from service.rates.providers.fetching import Payload, expect_document

D = datetime.date

# The head of a real eurofxref-daily.xml, as the ECB formats it (tabs, single quotes).
ECB_DAILY = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender>
\t\t<gesmes:name>European Central Bank</gesmes:name>
\t</gesmes:Sender>
\t<Cube>
\t\t<Cube time='2024-06-28'>
\t\t\t<Cube currency='USD' rate='1.0705'/>
\t\t\t<Cube currency='JPY' rate='171.94'/>
\t\t\t<Cube currency='IDR' rate='17487.21'/>
\t\t</Cube>
\t</Cube>
</gesmes:Envelope>
"""
ENVELOPE = (
    b'<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
    b'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><Cube>%s</Cube></gesmes:Envelope>'
)


def test_ecb_daily() -> None:
    assert ecb.parse(ECB_DAILY) == {
        D(2024, 6, 28): {"USD": Decimal("1.0705"), "JPY": Decimal("171.94"), "IDR": Decimal("17487.21")}
    }


def test_ecb_history_has_every_day() -> None:
    body = ENVELOPE % (
        b"<Cube time='2024-06-28'><Cube currency='USD' rate='1.0705'/></Cube>"
        b"<Cube time='2024-06-27'><Cube currency='USD' rate='1.0683'/></Cube>"
    )
    assert ecb.parse(body) == {
        D(2024, 6, 28): {"USD": Decimal("1.0705")},
        D(2024, 6, 27): {"USD": Decimal("1.0683")},
    }


@pytest.mark.parametrize(
    ("cubes", "message"),
    [
        (b"", 'ECB XML has no <Cube time="..."> day.'),
        (b"<Cube time='28/06/2024'><Cube currency='USD' rate='1'/></Cube>",
         "ECB XML has time='28/06/2024', not a date."),
        (b"<Cube time='2024-06-28'></Cube>", "ECB XML of 2024-06-28 has no rates."),
        (b"<Cube time='2024-06-28'><Cube currency='usd' rate='1'/></Cube>",
         "ECB XML of 2024-06-28 has currency='usd', not a currency code."),
        (b"<Cube time='2024-06-28'><Cube currency='USD' rate='1'/><Cube currency='USD' rate='1'/></Cube>",
         "ECB XML of 2024-06-28 has USD twice."),
        (b"<Cube time='2024-06-28'><Cube currency='USD' rate='N/A'/></Cube>",
         "ECB XML of 2024-06-28 has rate='N/A' for USD, not a positive number."),
        (b"<Cube time='2024-06-28'><Cube currency='USD' rate='-1.07'/></Cube>",
         "ECB XML of 2024-06-28 has rate='-1.07' for USD, not a positive number."),
        (b"<Cube time='2024-06-28'><Cube currency='USD' rate='1'/></Cube>" * 2,
         "ECB XML has 2024-06-28 twice."),
    ],
)  # fmt: skip
def test_ecb_fails_loudly(cubes: bytes, message: str) -> None:
    with pytest.raises(RateDataError) as caught:
        ecb.parse(ENVELOPE % cubes)
    assert str(caught.value) == message


def test_ecb_refuses_entities() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><lolz>&lol;</lolz>'
    with pytest.raises(RateDataError, match=r"^ECB XML declares a DTD or entities; refused\.$"):
        ecb.parse(bomb)


def test_html_is_recognised_without_a_content_type() -> None:
    payload = Payload("http://x/eurofxref-daily.xml", "application/xml", b"\n <!DOCTYPE HTML><html>")
    with pytest.raises(RateDataError, match="answered with an HTML page, not ECB daily XML"):
        expect_document(payload, "ECB daily XML")


def test_frankfurter_v1_series() -> None:
    body = (
        b'{"amount": 1.0, "base": "EUR", "start_date": "2024-01-02", "end_date": "2024-01-03",'
        b' "rates": {"2024-01-02": {"USD": 1.0956}, "2024-01-03": {"USD": 1.0919, "GBP": 0.86}}}'
    )
    assert frankfurter.parse(body) == {
        D(2024, 1, 2): {"USD": Decimal("1.0956")},
        D(2024, 1, 3): {"USD": Decimal("1.0919"), "GBP": Decimal("0.86")},
    }


def test_frankfurter_v2_rows_keep_their_own_dates() -> None:
    body = (
        b'[{"date": "2026-11-26", "base": "EUR", "quote": "NGN", "rate": 1850},'
        b' {"date": "2026-11-27", "base": "EUR", "quote": "USD", "rate": 1.0919}]'
    )
    assert frankfurter.parse(body) == {
        D(2026, 11, 26): {"NGN": Decimal(1850)},
        D(2026, 11, 27): {"USD": Decimal("1.0919")},
    }


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'"rates"', "Frankfurter JSON is neither a list of rates nor an object with 'rates'."),
        (b"[]", "Frankfurter JSON has no rates."),
        (b'[{"date": "2026-11-27", "quote": "USD", "rate": 1}]',
         "Frankfurter JSON row 0 is not a date/base/quote/rate object."),
        (b'[{"date": "2026-11-27", "base": "EUR", "quote": "usd", "rate": 1}]',
         "Frankfurter JSON has 'usd' where a currency code belongs."),
        (b'[{"date": "27.11.2026", "base": "EUR", "quote": "USD", "rate": 1}]',
         "Frankfurter JSON has '27.11.2026' where a date belongs."),
        ((b'[{"date": "2026-11-27", "base": "EUR", "quote": "USD", "rate": 1},'
         b' {"date": "2026-11-27", "base": "EUR", "quote": "USD", "rate": 1}]'),
         "Frankfurter JSON has USD twice on 2026-11-27."),
        (b'{"base": "EUR", "rates": {"2026-11-27": 1.09}}',
         "Frankfurter JSON has Decimal('1.09') for 2026-11-27, not an object of rates."),
        (b'{"base": "EUR", "date": "2026-11-27", "rates": {"USD": -1}}',
         "Frankfurter JSON of 2026-11-27 has rate Decimal('-1') for USD, not a positive number."),
    ],
)  # fmt: skip
def test_frankfurter_fails_loudly(body: bytes, message: str) -> None:
    with pytest.raises(RateDataError) as caught:
        frankfurter.parse(body)
    assert str(caught.value) == message


def test_openexchangerates_is_put_against_eur() -> None:
    body = b'{"timestamp": 1795860000, "base": "USD", "rates": {"EUR": 0.8, "NGN": 1500, "USD": 1}}'
    assert oxr.parse(body) == {D(2026, 11, 28): {"NGN": Decimal(1875), "USD": Decimal("1.25")}}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"error": true}', "openexchangerates JSON has no 'rates' object."),
        (b'{"timestamp": 1795860000, "base": "USD", "rates": {"GBP": 0.75}}',
         "openexchangerates JSON lacks EUR, so no rate can be put against it."),
        (b'{"timestamp": "today", "base": "USD", "rates": {"EUR": 0.8}}',
         "openexchangerates JSON has timestamp 'today', not a number."),
    ],
)  # fmt: skip
def test_openexchangerates_fails_loudly(body: bytes, message: str) -> None:
    with pytest.raises(RateDataError) as caught:
        oxr.parse(body)
    assert str(caught.value) == message


# --- RatesConfig ---------------------------------------------------------------------------------


def test_default_config_needs_no_network() -> None:
    assert RatesConfig().providers == ("embedded",)
    assert RatesConfig.from_env({}) == RatesConfig()


def test_config_from_env() -> None:
    config = RatesConfig.from_env(
        {
            "PAYNORM_RATE_PROVIDERS": " ecb , Frankfurter,openexchangerates ",
            "PAYNORM_ECB_URL": "http://127.0.0.1:8080/ecb",
            "PAYNORM_FRANKFURTER_URL": "https://fx.example.org/v1/",
            "PAYNORM_OXR_APP_ID": "abc",
            "PAYNORM_RATE_REFRESH_SECONDS": "900",
            "PAYNORM_RATE_CONNECT_TIMEOUT": "1.5",
            "PAYNORM_RATE_READ_TIMEOUT": "4",
            "PAYNORM_RATE_FETCH_DEADLINE": "20",
            "PAYNORM_RATE_MAX_PAYLOAD_BYTES": "1_000_000",
        }
    )
    assert config == RatesConfig(
        providers=("ecb", "frankfurter", "openexchangerates"),
        ecb_url="http://127.0.0.1:8080/ecb/",  # a base URL: the files are joined onto it
        frankfurter_url="https://fx.example.org/v1/",
        oxr_app_id="abc",
        refresh_seconds=900.0,
        connect_timeout=1.5,
        read_timeout=4.0,
        fetch_deadline=20.0,
        max_payload_bytes=1_000_000,
    )


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"PAYNORM_RATE_PROVIDERS": "ecb,fixer"},
         ("PAYNORM_RATE_PROVIDERS='ecb,fixer': unknown provider 'fixer'; "
         "known: ecb, frankfurter, openexchangerates, embedded")),
        ({"PAYNORM_RATE_PROVIDERS": " , "},
         "PAYNORM_RATE_PROVIDERS=',': names no provider; known: ecb, frankfurter, openexchangerates, embedded"),
        ({"PAYNORM_RATE_PROVIDERS": "ecb,embedded,ecb"}, "PAYNORM_RATE_PROVIDERS='ecb,embedded,ecb': names 'ecb' twice"),
        ({"PAYNORM_RATE_PROVIDERS": "openexchangerates"},
         "PAYNORM_RATE_PROVIDERS='openexchangerates': openexchangerates needs an app id in PAYNORM_OXR_APP_ID"),
        ({"PAYNORM_ECB_URL": "ftp://ecb.example/"}, "PAYNORM_ECB_URL='ftp://ecb.example/': must be an http:// or https:// URL with a host"),
        ({"PAYNORM_RATE_REFRESH_SECONDS": "hourly"}, "PAYNORM_RATE_REFRESH_SECONDS='hourly' is not a number"),
        ({"PAYNORM_RATE_CONNECT_TIMEOUT": "0"}, "PAYNORM_RATE_CONNECT_TIMEOUT='0': must be greater than 0"),
        ({"PAYNORM_RATE_READ_TIMEOUT": "-1"}, "PAYNORM_RATE_READ_TIMEOUT='-1': must be greater than 0"),
        ({"PAYNORM_RATE_MAX_PAYLOAD_BYTES": "5MB"}, "PAYNORM_RATE_MAX_PAYLOAD_BYTES='5MB' is not a whole number"),
    ],
)  # fmt: skip
def test_config_errors_name_the_variable(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        RatesConfig.from_env(environ)
    assert str(caught.value) == message


def test_config_errors_name_the_field_when_built_directly() -> None:
    with pytest.raises(ValueError) as caught:
        RatesConfig(providers=("ecb", "nbp"))
    assert str(caught.value) == (
        "RatesConfig.providers=('ecb', 'nbp'): unknown provider 'nbp'; "
        "known: ecb, frankfurter, openexchangerates, embedded"
    )


def test_empty_app_id_is_no_app_id() -> None:
    assert RatesConfig.from_env({"PAYNORM_OXR_APP_ID": " "}).oxr_app_id is None


@pytest.mark.parametrize(
    "module",
    [
        service.rates.config,
        service.rates.live,
        service.rates.nbp,
        service.rates.schedule,
        service.rates.providers.base,
        service.rates.providers.ecb,
        service.rates.providers.fetching,
        service.rates.providers.frankfurter,
        service.rates.providers.oxr,
    ],
)
def test_doctests(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0
