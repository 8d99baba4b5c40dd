"""Inferring an unwritten pay period from the amount's size.

An amount is compared in US dollars with bands a recruiter would use: 25 USD
is an hourly rate, 500 a day rate, 5,000 a month, 60,000 a year. Markets that
quote monthly pay (China, Latin America, the Gulf...) move the month/year
boundary up, so 25K CNY (about 3,500 USD) stays monthly.
"""

from __future__ import annotations

from decimal import Decimal

from ..parse.tables import Period

# (hour below, day below, year from) in USD; between day and year: month.
BANDS = (Decimal(120), Decimal(700), Decimal(12_000))
# Monthly markets also print low monthly wages (2,000 CNY is about 290 USD).
BANDS_MONTHLY_MARKETS = (Decimal(25), Decimal(150), Decimal(25_000))

# Currencies whose job boards quote monthly pay by default.
MONTHLY_MARKETS = frozenset({
    "CNY", "HKD", "TWD", "SGD", "MYR", "THB", "IDR", "VND", "PHP", "KRW", "BRL", "MXN", "ARS", "COP",
    "CLP", "PEN", "UYU", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "AED", "SAR", "QAR", "KWD", "OMR",
    "BHD", "JOD", "EGP", "MAD", "NGN", "KES", "GHS", "PKR", "BDT", "LKR", "NPR", "SEK", "NOK", "DKK",
    "ISK", "UAH", "RUB", "KZT", "ZAR", "ILS",
    # the rest of Eastern Europe, the Caucasus and Central Asia, Africa and Latin America
    "MDL", "RSD", "BAM", "MKD", "GEL", "AMD", "AZN", "BYN", "UZS", "KGS", "MNT", "MMK", "KHR",
    "TND", "DZD", "LBP", "IQD", "UGX", "TZS", "ETB", "RWF", "XOF", "XAF", "ZMW", "MZN", "AOA",
    "BOB", "PYG", "DOP", "GTQ", "HNL", "NIO", "CRC", "VES",
})


# Indian boards quote monthly pay for most jobs ("₹25,000 per month") and yearly pay in lakhs
# ("8 LPA"): a lakh a year is about 1,150 USD, so the month/year line sits at about 2 lakh.
BANDS_BY_CURRENCY = {"INR": (Decimal(6), Decimal(40), Decimal(2_300))}


def infer_period(usd_value: Decimal, currency: str | None) -> Period:
    """The period an amount worth ``usd_value`` US dollars most likely covers.

    >>> infer_period(Decimal(25), "USD"), infer_period(Decimal(450), "GBP")
    ('hour', 'day')
    >>> infer_period(Decimal(5000), "EUR"), infer_period(Decimal(60000), "GBP")
    ('month', 'year')
    >>> infer_period(Decimal(3500), "CNY"), infer_period(Decimal(20000), "CNY")
    ('month', 'month')
    >>> infer_period(Decimal(290), "CNY"), infer_period(Decimal(40), "CNY")
    ('month', 'day')
    >>> infer_period(Decimal(345), "INR"), infer_period(Decimal(9200), "INR")  # ₹30,000 and ₹8,00,000
    ('month', 'year')
    """
    hour_below, day_below, year_from = BANDS_BY_CURRENCY.get(currency or "") or (
        BANDS_MONTHLY_MARKETS if currency in MONTHLY_MARKETS else BANDS)
    if usd_value < hour_below:
        return "hour"
    if usd_value < day_below:
        return "day"
    return "year" if usd_value >= year_from else "month"
