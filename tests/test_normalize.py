"""Period and currency conversion; expected values computed by hand from the
embedded ECB rates of 2026-10-30 (EUR = 1.1172 USD = 0.8338 GBP = 7.4326 CNY)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from service import InvalidInput, normalize

D = Decimal


def codes(result) -> list[str]:
    return [w.code for w in result.warnings]


@pytest.mark.parametrize(
    ("text", "options", "want_min", "want_max"),
    [
        ("$25-30/hr", {"target_currency": "USD"}, D(52000), D(62400)),  # x 40 h x 52 w
        ("$52,000 a year", {"target_currency": "USD", "target_period": "hour"}, D(25), D(25)),
        ("£450 per day", {"target_currency": "GBP", "target_period": "week"}, D(2250), D(2250)),
        ("€3,000 a month", {"target_currency": "EUR", "months_per_year": 13}, D(39000), D(39000)),
        ("£20 per hour", {"target_currency": "GBP", "hours_per_week": "37.5"}, D(39000), D(39000)),
        ("15-25K·13薪", {"country": "CN", "target_currency": "CNY"}, D(195000), D(325000)),
        ("£30,000 per year", {"target_currency": "USD"}, D("40196.69"), D("40196.69")),  # 30000 * 1.1172 / 0.8338
        ("€1,000 per month", {"target_currency": "USD", "target_period": "month"}, D("1117.20"), D("1117.20")),
        ("¥10,000 per month", {"country": "JP", "target_currency": "JPY", "target_period": "month"}, D(10000), D(10000)),
        ("$2,500 bi-weekly", {"country": "US"}, D(65000), D(65000)),  # x 26 fortnights
        ("$2,000 per fortnight", {"country": "US", "target_period": "week"}, D(1000), D(1000)),
        ("$3,000 semi-monthly", {"country": "US", "target_period": "month"}, D(6000), D(6000)),
        ("$1,500 twice a month", {"country": "US"}, D(36000), D(36000)),  # x 24 half months
        ("$52,000 a year", {"target_currency": "USD", "target_period": "fortnight"}, D(2000), D(2000)),
    ],
)
def test_conversion(text: str, options: dict, want_min: Decimal, want_max: Decimal) -> None:
    n = normalize(text, **options).normalized
    assert (n.min, n.max) == (want_min, want_max)


def test_the_readme_example() -> None:
    r = normalize("up to $900,000 (approximately ₹7.4 crore)", target_currency="EUR")
    assert (r.stated.min, r.stated.max, r.stated.currency) == (None, D(900000), "USD")
    assert r.stated.bound == "at_most"
    assert (r.normalized.min, r.normalized.max, r.normalized.currency) == (None, D("805585.39"), "EUR")
    assert (r.rate.base, r.rate.quote, r.rate.date, r.rate.source) == ("USD", "EUR", datetime.date(2026, 10, 30), "ecb")
    assert {"period_inferred", "currency_ambiguous"} <= set(codes(r))
    assert r.mentions[1].role == "alternative" and r.mentions[1].max == D(74000000)


def test_rounding_to_minor_units_happens_once() -> None:
    r = normalize("$1,000 per month", target_currency="JPY", target_period="month")
    # 1000 / 1.1172 * 175.68 = 157250.268...; JPY has no minor unit
    assert r.normalized.max == D(157250)


def test_months_per_year_from_text_wins_and_is_reported() -> None:
    r = normalize("20-35K·14薪", country="CN", target_currency="CNY", months_per_year=12)
    assert r.period_conversion.months_per_year == D(14)
    assert r.period_conversion.months_per_year_source == "text"
    assert r.normalized.max == D(490000)


def test_inferred_period_is_flagged_and_lowers_confidence() -> None:
    written = normalize("£60,000 per year", target_currency="GBP")
    inferred = normalize("£60,000", target_currency="GBP")
    assert inferred.stated.period == "year" and inferred.stated.period_inferred
    assert not written.stated.period_inferred
    assert "period_inferred" in codes(inferred)
    assert inferred.confidence < written.confidence == 1.0


@pytest.mark.parametrize(
    ("text", "options", "period"),
    [("$25", {}, "hour"), ("£450", {}, "day"), ("€5,000", {}, "month"), ("£60,000", {}, "year"),
     ("25K", {"country": "CN"}, "month"), ("2千-4千", {"country": "CN"}, "month"),
     ("RSD 60.000", {"country": "RS"}, "month"), ("UGX 2,000,000", {"country": "UG"}, "month"),
     # where pay is low, a month's pay is worth what a day rate is elsewhere: ₦80,000 is about 50 USD
     ("₦80,000", {"country": "NG"}, "month"), ("ETB 6,000", {"country": "ET"}, "month"),
     ("Rp 150.000", {"country": "ID"}, "day"), ("Rp 5.000.000", {"country": "ID"}, "month"),
     # a dollar or euro amount on such a market's board is read with that market's bands
     ("$600", {"country": "LB"}, "month"), ("$600", {"country": "US"}, "day"), ("€500", {"country": "MK"}, "month"),
     # elsewhere a dollar amount is as often an international rate: "Remote developer $40" in Nigeria is hourly
     ("Remote developer $40", {"country": "NG"}, "hour"), ("Maosh 500 $", {"country": "UZ"}, "month"),
     ("Freelance rate: €550", {"country": "DK"}, "day")],  # a richer monthly market: a day rate
)
def test_period_inference_by_magnitude(text: str, options: dict, period: str) -> None:
    assert normalize(text, **options).stated.period == period


def test_weekend_as_of_uses_the_friday_rate_and_says_so() -> None:
    r = normalize("€1,000 per month", target_currency="USD", target_period="month", as_of=datetime.date(2026, 10, 31))
    assert (r.rate.date, r.rate.requested_date) == (datetime.date(2026, 10, 30), datetime.date(2026, 10, 31))
    assert "rate_date_fallback" in codes(r)
    assert r.normalized.max == D("1117.20")


def test_as_of_before_the_first_rate_is_invalid_input() -> None:
    with pytest.raises(InvalidInput) as e:
        normalize("€1,000", as_of=datetime.date(1990, 1, 1))
    assert e.value.field == "as_of"


def test_currency_without_rate_gives_null_normalized_and_a_warning() -> None:
    r = normalize("FKP 5,000 per month", target_currency="USD")
    assert r.stated.currency == "FKP" and r.stated.max == D(5000)
    assert r.normalized is None
    assert "rate_unavailable" in codes(r)


def test_indicative_tier_converts_and_says_so() -> None:
    r = normalize("20.000.000 ₫/tháng", target_currency="USD", target_period="month")
    assert r.stated.currency == "VND" and r.stated.max == D(20000000)
    assert r.rate.indicative and r.rate.source.startswith("nbp")
    assert 500 < r.normalized.max < 1200  # about 770 USD at the bundled NBP rate


def test_open_ends_stay_open() -> None:
    r = normalize("from £30,000 per year", target_currency="GBP")
    assert (r.normalized.min, r.normalized.max) == (D(30000), None)


def test_no_salary_is_a_normal_result() -> None:
    r = normalize("Competitive salary + benefits")
    assert r.stated is None and r.normalized is None
    assert r.reason == "competitive"
    assert codes(r) == ["no_salary"]


def test_kr_without_hint_is_not_silently_sek() -> None:
    r = normalize("45 000 kr")
    assert r.stated.currency is None
    assert r.stated.currency_candidates == ["SEK", "NOK", "DKK", "ISK"]
    assert "currency_unknown" in codes(r)
    assert r.normalized is None


def test_kr_with_a_swedish_word_is_sek_and_flagged() -> None:
    r = normalize("45 000 kr/mån")  # "mån" (månad) is Swedish; Norway writes "mnd", Denmark "md."
    assert (r.stated.currency, r.stated.currency_rule, r.stated.currency_written) == ("SEK", "market_words", True)
    assert r.stated.currency_candidates == ["SEK", "NOK", "DKK", "ISK"]
    assert "currency_ambiguous" in codes(r)


@pytest.mark.parametrize(
    ("options", "field"),
    [({"target_currency": "XYZ"}, "target_currency"), ({"country": "ZZ"}, "country"),
     ({"target_period": "decade"}, "target_period"), ({"locale": "xx_YY_ZZ"}, "locale"),
     ({"hours_per_week": 0}, "hours_per_week"), ({"colour": "red"}, "colour")],
)
def test_bad_options_name_the_field(options: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as e:
        normalize("£30k", **options)
    assert e.value.field == field


def test_library_error_message_is_the_api_message() -> None:
    with pytest.raises(InvalidInput) as e:
        normalize("£30k", target_currency="XYZ")
    assert e.value.message == "unknown currency code 'XYZ'; expected an ISO 4217 code such as 'USD'"
    with pytest.raises(InvalidInput) as e:
        normalize("€3000/year", hours_per_week=Decimal("1e-30"), target_period="hour")
    assert (e.value.field, e.value.message) == ("hours_per_week", "Input should be greater than or equal to 1")


def test_piece_rate_is_not_converted() -> None:
    r = normalize("£120 per shift", target_currency="GBP")
    assert r.stated.period is None and r.normalized is None
    assert "piece_rate" in codes(r) and "period_inferred" not in codes(r)


# --- the result models' fast constructor --------------------------------------


def test_build_makes_what_validation_makes() -> None:
    from service.normalize.result import NormalizedSalary, RateUsed, Warning

    values = {"base": "USD", "quote": "EUR", "value": Decimal("0.8951"), "date": datetime.date(2026, 10, 30),
              "requested_date": None, "source": "ecb", "stale": False, "indicative": False}
    built = RateUsed.build(**dict(values))
    assert built == RateUsed.model_validate(values)
    assert built.model_fields_set == set(values)
    assert built.model_dump_json() == RateUsed.model_validate(values).model_dump_json()
    n = NormalizedSalary.build(min=None, max=Decimal("773270.33"), currency="EUR", period="year")
    assert n.model_dump(mode="json") == {"min": None, "max": 773270.33, "currency": "EUR", "period": "year"}
    with pytest.raises(Exception):  # frozen, as validated instances are
        n.currency = "USD"  # type: ignore[misc]
    assert Warning.build(code="a", message="b").model_copy(update={"code": "c"}).code == "c"


def test_build_refuses_a_missing_or_unknown_field() -> None:
    from service.normalize.result import RateUsed, Warning

    with pytest.raises(TypeError, match=r"Warning.build\(\) missing 1 required keyword-only argument: 'message'"):
        Warning.build(code="a")
    with pytest.raises(TypeError, match=r"Warning.build\(\) got an unexpected keyword argument 'msg'"):
        Warning.build(code="a", message="b", msg="b")
    with pytest.raises(TypeError, match=r"positional"):  # every value is named
        Warning.build("a", "b")
    with pytest.raises(TypeError, match=r"missing 1 required keyword-only argument: 'indicative'"):  # a default is not filled in
        RateUsed.build(base="USD", quote="EUR", value=Decimal(1), date=datetime.date(2026, 1, 2),
                       requested_date=None, source="ecb", stale=False)
    from service.normalize.result import _Model

    with pytest.raises(TypeError, match=r"Odd: fields \['values'\] cannot be parameters of build"):
        type("Odd", (_Model,), {"__annotations__": {"values": int}})
    built = Warning.build(code="a", message="b")  # what model_construct makes
    assert built == Warning.model_construct(code="a", message="b") == Warning(code="a", message="b")
    assert built.model_fields_set == {"code", "message"} and built.model_dump() == {"code": "a", "message": "b"}


# --- cached answers and the clock ----------------------------------------------


def _clocked_normalizer(today: list[datetime.date], minute: list[int]):  # type: ignore[no-untyped-def]
    from service.normalize.core import ClockEpoch, Normalizer
    from service.rates.book import RateBook
    from service.rates.model import Series, SeriesSource

    usd = Series([datetime.date(2026, 11, 26), datetime.date(2026, 11, 27)], [Decimal("1.10"), Decimal("1.25")])
    book = RateBook([SeriesSource("test", "EUR", {"USD": usd})], today=lambda: today[0],
                    stale_after=datetime.timedelta(days=3), pegs=())
    return book, Normalizer(book, target_currency="EUR", epoch=ClockEpoch(lambda: book, lambda: minute[0]))


def test_cached_answers_outlive_the_minute_while_the_rates_do_not_change() -> None:
    from service.normalize.options import NormalizeOptions

    today, minute = [datetime.date(2026, 11, 28)], [0]
    book, n = _clocked_normalizer(today, minute)
    opts = NormalizeOptions()
    first = n.cached("$50,000 a year", opts)
    assert (first.rate.value, first.rate.stale) == (Decimal("0.8"), False)
    for minute[0] in range(1, 30):  # half an hour on, nothing has turned stale
        assert n.cached("$50,000 a year", opts) is first
    assert (n.hits, n.misses) == (29, 1)
    assert book.clock_state() == (datetime.date(2026, 11, 28), (False,))


def test_a_rate_turning_stale_ends_the_cached_answers_at_the_next_minute() -> None:
    from service.normalize.options import NormalizeOptions

    today, minute = [datetime.date(2026, 11, 30)], [0]
    _book, n = _clocked_normalizer(today, minute)
    opts = NormalizeOptions()
    assert n.cached("$50,000 a year", opts).rate.stale is False
    today[0] = datetime.date(2026, 12, 1)  # the 27th's rate is now more than 3 days old
    assert n.cached("$50,000 a year", opts).rate.stale is False  # same minute: not looked at yet
    minute[0] = 1
    again = n.cached("$50,000 a year", opts)
    assert again.rate.stale is True and "rate_stale" in [w.code for w in again.warnings]
    assert n.misses == 2


def test_one_off_pay_alone_is_no_salary_and_says_why() -> None:
    r = normalize("$5,000 sign-on bonus and a $2,500 referral bonus", country="US")
    assert r.stated is None and r.reason == "no_base_pay"
    assert [m.role for m in r.mentions] == ["other_pay", "other_pay"]
    # OTE may stand for the pay, so it is still read
    assert normalize("OTE £60,000", country="GB").stated.max == Decimal(60000)
    assert normalize("$5,000 sign-on bonus! $24/hr", country="US").stated.max == Decimal(24)
