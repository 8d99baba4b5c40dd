"""Inferring an unwritten pay period from the amount's size.

An amount is compared in US dollars with bands a recruiter would use: 25 USD
is an hourly rate, 500 a day rate, 5,000 a month, 60,000 a year. Markets that
quote monthly pay (China, Latin America, the Gulf...) move the month/year
boundary up, so 25K CNY (about 3,500 USD) stays monthly. Where pay is low (a
monthly wage of a few hundred USD or less) the hour and day bands move down, so
80,000 NGN (about 50 USD) is a month's pay, not a day's. A dollar or euro amount
on such a market's board is read with that market's bands where its boards quote
local pay in dollars or euros, and with bands between the two elsewhere.
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
    "ALL",  # Albania's lek: "Paga 50,000 lekë" (about 540 USD) is a month's pay, not a day's
})


# Markets where monthly pay is commonly under about 500 USD (South Asia, most of Africa, mainland
# South-East Asia, Indonesia and the Philippines, North Africa and the Levant, Central America's
# poorest, Central Asia's): hourly pay is under 6 USD and day rates under 40 there; in the
# lowest-paid (monthly pay commonly under about 150 USD) under 3 and 20.
_LOW_PAY = (
    "INR", "PKR", "BDT", "NPR", "LKR", "MMK", "KHR", "LAK", "VND", "PHP", "IDR", "UZS", "KGS", "TJS",
    "NGN", "GHS", "KES", "TZS", "ZMW", "AOA", "XOF", "XAF", "GMD", "GNF", "MRU", "CVE", "STN", "DJF", "KMF",
    "EGP", "MAD", "TND", "DZD", "LBP", "IRR", "HTG", "HNL", "NIO", "BOB", "PGK", "CUP",
)
_LOWEST_PAY = ("ETB", "UGX", "RWF", "BIF", "MGA", "MWK", "MZN", "CDF", "SSP", "SDG", "SOS", "SLE", "LRD", "ERN",
               "AFN", "YER", "SYP")
LOW_PAY_HOUR_DAY: dict[str, tuple[Decimal, Decimal]] = {
    **dict.fromkeys(_LOW_PAY, (Decimal(6), Decimal(40))),
    **dict.fromkeys(_LOWEST_PAY, (Decimal(3), Decimal(20))),
}

# Countries whose boards quote local pay in US dollars or euros besides their own currency (a dollarised
# economy, or the euro beside a small currency): there a dollar or euro amount is local pay ("$600" in
# Lebanon is a month's).
PAY_QUOTED_IN_DOLLARS_OR_EUROS = frozenset({
    "LB", "IQ", "SY", "YE", "ZW", "KH", "LR", "SO", "TL", "AF", "HT", "VE", "CU",
    "RS", "BA", "MK", "AL", "ME", "XK", "MD",
})
# Elsewhere in a lower-paid market a dollar or euro amount is as often an international rate ("Remote
# developer $40" in Nigeria): an hour below 80 USD, a day below 250.
FOREIGN_AMOUNT_HOUR_DAY = (Decimal(80), Decimal(250))
# Monthly markets where pay is as high as in the dollar's and euro's: a contractor's "€95" is an hourly rate there too
HIGHER_PAID_MONTHLY_MARKETS = frozenset({"SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "AED", "SAR", "QAR", "KWD", "BHD",
                                         "OMR", "ILS", "HKD", "SGD", "TWD", "KRW"})

# Indian boards quote monthly pay for most jobs ("₹25,000 per month") and yearly pay in lakhs
# ("8 LPA"): a lakh a year is about 1,150 USD, so the month/year line sits at about 2 lakh.
BANDS_BY_CURRENCY = {"INR": (Decimal(6), Decimal(40), Decimal(2_300))}


def _bands(currency: str | None) -> tuple[Decimal, Decimal, Decimal]:
    bands = BANDS_BY_CURRENCY.get(currency or "") or (BANDS_MONTHLY_MARKETS if currency in MONTHLY_MARKETS else BANDS)
    if (low := LOW_PAY_HOUR_DAY.get(currency or "")) is not None:
        bands = (min(bands[0], low[0]), min(bands[1], low[1]), bands[2])
    return bands


def infer_period(usd_value: Decimal, currency: str | None, local_currency: str | None = None, dollarised: bool = False) -> Period:
    """The period an amount worth ``usd_value`` US dollars most likely covers. ``local_currency``
    is the posting country's: where pay is lower there, its hour and day bands count (600 USD on a
    Lebanese board is a month's pay), bounded below for a foreign amount in a country that does not
    quote local pay in dollars or euros (``dollarised``): there "$40" is an hourly rate and "$500" a
    month's pay. The month/year line stays the currency's.

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
    >>> infer_period(Decimal(50), "NGN"), infer_period(Decimal(9), "IDR")  # ₦80,000 and Rp 150,000
    ('month', 'day')
    >>> infer_period(Decimal(600), "USD", "LBP", dollarised=True), infer_period(Decimal(600), "USD", "GBP")
    ('month', 'day')
    >>> infer_period(Decimal(40), "USD", "NGN"), infer_period(Decimal(500), "USD", "UZS")
    ('hour', 'month')
    """
    hour_below, day_below, year_from = _bands(currency)
    if local_currency and local_currency != currency:
        local = _bands(local_currency)
        if not dollarised:  # an international rate as often as local pay: "Remote developer $40", "Maosh 500 $"
            local = (max(local[0], FOREIGN_AMOUNT_HOUR_DAY[0]), max(local[1], FOREIGN_AMOUNT_HOUR_DAY[1]), local[2])
        if dollarised or local_currency not in HIGHER_PAID_MONTHLY_MARKETS:
            hour_below, day_below = min(hour_below, local[0]), min(day_below, local[1])
    if usd_value < hour_below:
        return "hour"
    if usd_value < day_below:
        return "day"
    return "year" if usd_value >= year_from else "month"
