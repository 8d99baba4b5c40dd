"""Round trips: render a salary the way a job board of a locale prints it, with
Babel's CLDR currency format and that language's range and period words, then
parse it back. Hypothesis with a fixed seed and a bounded example count."""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency, get_currency_precision
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parse import parse

# locale -> (currency, range word, {period: phrase}, up-to template, from template)
# Words as job boards of that language write them; each is in service.parse.tables.
LOCALES: dict[str, tuple[str, str, dict[str, str], str, str]] = {
    "en_US": ("USD", " - ", {"hour": "per hour", "month": "per month", "year": "per year"}, "up to {}", "from {}"),
    "en_GB": ("GBP", " to ", {"hour": "per hour", "day": "per day", "year": "per annum"}, "up to {}", "from {}"),
    "en_IN": ("INR", " - ", {"month": "per month", "year": "p.a."}, "up to {}", "starting at {}"),
    "en_AU": ("AUD", " - ", {"hour": "an hour", "year": "a year"}, "up to {}", "from {}"),
    "en_CA": ("CAD", " – ", {"hour": "/hour", "year": "/year"}, "up to {}", "from {}"),
    "en_SG": ("SGD", " - ", {"month": "monthly", "year": "annually"}, "up to {}", "from {}"),
    "en_ZA": ("ZAR", " - ", {"month": "per month", "year": "per annum"}, "up to {}", "from {}"),
    "en_NG": ("NGN", " - ", {"month": "monthly"}, "up to {}", "from {}"),
    "en_KE": ("KES", " - ", {"month": "per month"}, "up to {}", "from {}"),
    "de_DE": ("EUR", " - ", {"hour": "pro Stunde", "month": "im Monat", "year": "pro Jahr"}, "bis zu {}", "ab {}"),
    "de_AT": ("EUR", " bis ", {"month": "monatlich", "year": "jährlich"}, "bis zu {}", "ab {}"),
    "de_CH": ("CHF", " - ", {"month": "pro Monat", "year": "pro Jahr"}, "bis zu {}", "ab {}"),
    "fr_FR": ("EUR", " à ", {"month": "par mois", "year": "par an"}, "jusqu'à {}", "à partir de {}"),
    "fr_CA": ("CAD", " à ", {"hour": "de l'heure", "year": "par an"}, "jusqu'à {}", "à partir de {}"),
    "es_ES": ("EUR", " - ", {"month": "al mes", "year": "al año"}, "hasta {}", "desde {}"),
    "es_MX": ("MXN", " - ", {"month": "mensuales"}, "hasta {}", "desde {}"),
    "es_PE": ("PEN", " - ", {"month": "mensuales"}, "hasta {}", "desde {}"),
    "pt_BR": ("BRL", " - ", {"month": "por mês", "year": "por ano"}, "até {}", "a partir de {}"),
    "it_IT": ("EUR", " - ", {"month": "al mese", "year": "annui"}, "fino a {}", "{}"),
    "nl_NL": ("EUR", " - ", {"month": "per maand", "year": "per jaar"}, "tot {}", "vanaf {}"),
    "pl_PL": ("PLN", " – ", {"month": "miesięcznie", "year": "rocznie"}, "do {}", "od {}"),
    "sv_SE": ("SEK", " – ", {"month": "per månad", "year": "per år"}, "upp till {}", "från {}"),
    "ja_JP": ("JPY", "～", {"hour": "時給", "month": "月給", "year": "年収"}, "{}まで", "{}以上"),
    "zh_Hans_CN": ("CNY", "-", {"day": "/天", "month": "/月", "year": "/年"}, "最高{}", "{}起"),
    "ko_KR": ("KRW", " ~ ", {"month": "월급", "year": "연봉"}, "최대 {}", "{} 이상"),
    "vi_VN": ("VND", " - ", {"month": "/tháng", "year": "/năm"}, "tối đa {}", "từ {}"),
    "id_ID": ("IDR", " - ", {"month": "per bulan", "year": "per tahun"}, "hingga {}", "mulai {}"),
    "tr_TR": ("TRY", " - ", {"month": "aylık", "year": "yıllık"}, "{}", "{}"),
    "fil_PH": ("PHP", " - ", {"month": "per month"}, "up to {}", "from {}"),
    "zh_Hant_HK": ("HKD", " - ", {"month": "/月"}, "up to {}", "from {}"),
}
# Periods written before the amount in these languages.
PREFIX_PERIODS = {"時給", "月給", "年収", "월급", "연봉"}
assert len(LOCALES) >= 20


def render(locale: str, low: Decimal | None, high: Decimal | None, period: str | None) -> str:
    currency, dash, words, up_to, from_ = LOCALES[locale]
    fmt = lambda v: format_currency(v, currency, locale=locale)  # noqa: E731
    if low is not None and high is not None:
        body = fmt(low) if low == high else f"{fmt(low)}{dash}{fmt(high)}"
    elif high is not None:
        body = up_to.format(fmt(high))
    else:
        body = from_.format(fmt(low))
    if period is None:
        return body
    word = words[period]
    return f"{word}{body}" if word in PREFIX_PERIODS else f"{body} {word}"


@st.composite
def salaries(draw: st.DrawFn) -> tuple[str, Decimal | None, Decimal | None, str | None]:
    locale = draw(st.sampled_from(sorted(LOCALES)))
    currency, _, words, up_to, from_ = LOCALES[locale]
    places = get_currency_precision(currency)
    cents = draw(st.booleans()) and places > 0
    amount = st.integers(10, 5_000_000).map(Decimal)
    if cents:
        amount = st.integers(1000, 50_000_000).map(lambda c: Decimal(c).scaleb(-2))
    low, high = sorted(draw(st.lists(amount, min_size=2, max_size=2)))
    if high / low > 20:
        low = (high / 2).quantize(Decimal(1))
    shape = draw(st.sampled_from(["range", "single", "up_to", "from"]))
    if shape == "single":
        low = high
    elif shape == "up_to" and up_to != "{}":
        low = None
    elif shape == "from" and from_ != "{}":
        high = None
    period = draw(st.sampled_from([None, *sorted(words)]))
    return locale, low, high, period


@settings(derandomize=True, max_examples=400, deadline=None)
@given(salaries())
def test_roundtrip(case: tuple[str, Decimal | None, Decimal | None, str | None]) -> None:
    locale, low, high, period = case
    text = render(locale, low, high, period)
    country = Locale.parse(locale).territory
    m = parse(text, country=country, locale=locale).salary
    assert m is not None, text
    assert (m.minimum, m.maximum, m.currency, m.period) == (low, high, LOCALES[locale][0], period), text
