"""Currency data for the parser: symbols, ISO codes and names.

Built once at import from CLDR (Babel), for the locales of the job markets we
read, plus a small reviewed supplement where CLDR has no entry; every
supplement entry says why it is there.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from babel.numbers import get_decimal_symbol, get_territory_currencies, list_currencies

# Locales of the job markets paynorm reads (see the parser issue).
MARKET_LOCALES: tuple[str, ...] = (
    "en", "en_US", "en_CA", "en_GB", "en_IE", "en_AU", "en_NZ", "en_SG", "en_IN", "en_ZA",
    "en_NG", "en_KE", "en_PH", "en_HK", "en_MY", "en_PK", "en_AE",
    "de", "de_DE", "de_AT", "de_CH", "fr", "fr_FR", "fr_BE", "fr_CH", "fr_CA", "nl", "nl_NL", "nl_BE",
    "es", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_PE", "pt", "pt_BR", "pt_PT", "it", "it_IT",
    "pl", "pl_PL", "sv", "sv_SE", "nb", "nb_NO", "da", "da_DK", "fi", "fi_FI",
    "ja", "ja_JP", "zh", "zh_Hans_CN", "zh_Hant_TW", "zh_Hant_HK", "ko", "ko_KR", "vi", "vi_VN",
    "id", "id_ID", "ms", "ms_MY", "th", "th_TH", "tr", "tr_TR", "ar", "ar_AE", "ar_SA", "ar_EG",
    "fil", "fil_PH", "sw_KE", "hi", "hi_IN", "cs", "cs_CZ", "hu", "hu_HU", "ro", "ro_RO", "uk", "uk_UA",
    "ru", "ru_RU", "he", "he_IL", "kk", "kk_KZ", "el", "el_GR",
)

# Where a symbol stands for several currencies and no hint settles it, this is
# the one a reader would assume (and the answer is flagged ambiguous).
# A symbol missing here has no fallback: it is reported, not guessed ("kr").
SYMBOL_FALLBACK: dict[str, str] = {
    "$": "USD",
    "¥": "JPY",  # CLDR root: ¥ = JPY, CN¥ = CNY; 元 settles CNY by script
    "￥": "JPY",
    "£": "GBP",
    "Rs": "INR",
    "Rs.": "INR",
    "R": "ZAR",
    "dollars": "USD",
    "dollar": "USD",
    "pounds": "GBP",
    "rupees": "INR",
    "pesos": "MXN",
}

# Signs that a script ties to one currency unless the country says otherwise.
SCRIPT_DEFAULT: dict[str, str] = {"元": "CNY", "円": "JPY", "원": "KRW"}

# Symbols and words CLDR does not give for the markets above; reviewed by hand.
SUPPLEMENT: dict[str, tuple[str, ...]] = {
    "AU$": ("AUD",),  # common on Australian boards; CLDR en has A$
    "C$": ("CAD",),  # Canadian usage; CLDR en has CA$
    "S$": ("SGD",),  # Singapore usage; CLDR en_SG has $
    "NT$": ("TWD",),  # CLDR zh_Hant has $; NT$ is the printed form
    "US$": ("USD",),
    "USD$": ("USD",),  # seen on LatAm boards
    "RMB": ("CNY",),  # renminbi, not an ISO code but printed everywhere
    "元": ("CNY", "TWD", "HKD", "MOP"),  # 元 is the unit word of all four; SCRIPT_DEFAULT picks CNY
    "块": ("CNY",),  # colloquial yuan
    "N": ("NGN",),  # Nigerian boards print N200,000 for ₦200,000
    "N$": ("NAD",),
    "円": ("JPY",),
    "원": ("KRW",),
    "đ": ("VND",),
    "đồng": ("VND",),
    "vnđ": ("VND",),
    "vnd": ("VND",),
    "Rs": ("INR", "PKR", "LKR", "NPR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR"),
    "INR": ("INR",),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    "kr.": ("DKK", "ISK", "SEK", "NOK"),
    ":-": ("SEK",),
    "Ksh": ("KES",),
    "KSh": ("KES",),
    "Kshs": ("KES",),
    "TL": ("TRY",),  # Turkish boards print TL more than ₺
    "RM": ("MYR",),
    "Php": ("PHP",),
    "E£": ("EGP",),
    "LE": ("EGP",),
    "Dhs": ("AED",),
    "Dh": ("AED",),
    "SR": ("SAR",),
    "Fr.": ("CHF",),
    "sFr.": ("CHF",),
    "zl": ("PLN",),  # zł typed without the diacritic
    "zł": ("PLN",),
    # currency words: English generic names (CLDR gives only "US dollars" etc.)
    "dollars": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD"),
    "dollar": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD"),
    "bucks": ("USD",),
    "pounds": ("GBP",),
    "pound": ("GBP",),
    "quid": ("GBP",),
    "sterling": ("GBP",),
    "euros": ("EUR",),
    "euro": ("EUR",),
    "eur": ("EUR",),
    "rupees": ("INR", "PKR", "LKR", "NPR"),
    "rupee": ("INR", "PKR", "LKR", "NPR"),
    "yen": ("JPY",),
    "yuan": ("CNY",),
    "renminbi": ("CNY",),
    "pesos": ("MXN", "ARS", "COP", "CLP", "PHP"),
    "reais": ("BRL",),
    "reales": ("BRL",),
    "zloty": ("PLN",),
    "złotych": ("PLN",),
    "rand": ("ZAR",),
    "naira": ("NGN",),
    "dirhams": ("AED", "MAD"),
    "dirham": ("AED", "MAD"),
    "riyals": ("SAR", "QAR", "OMR"),
    "riyal": ("SAR", "QAR", "OMR"),
    "ringgit": ("MYR",),
    "baht": ("THB",),
    "rupiah": ("IDR",),
    "lira": ("TRY",),
    "franken": ("CHF",),
    "francs": ("CHF",),
    "soles": ("PEN",),
    "shillings": ("KES", "UGX", "TZS"),
}

# ISO codes that are common all-caps English words ("UP TO 30K ALL IN"): never
# read as currencies. Albanian lek, Tongan paʻanga, Cuban and Bolivian pesos
# and Somali shillings are read from their other signs and names.
CONFUSABLE_CODES = frozenset({"ALL", "TOP", "CUP", "SOS", "BOB"})


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows (including historic ones)."""
    return frozenset(list_currencies())


@lru_cache(maxsize=1)
def symbol_table() -> dict[str, tuple[str, ...]]:
    """Symbol or word (case as written for symbols, lower-case for words) -> codes.

    The first code of a tuple is not a preference; ``resolve`` decides.
    """
    table: dict[str, list[str]] = defaultdict(list)

    def add(key: str, code: str) -> None:
        if code not in table[key]:
            table[key].append(code)

    for ident in MARKET_LOCALES:
        loc = Locale.parse(ident)
        local = get_territory_currencies(loc.territory) if loc.territory else []
        for code, symbol in loc.currency_symbols.items():
            if symbol != code and (ident == "en" or code in local):
                add(symbol, code)
        for code in local:
            add(str(loc.currencies.get(code, code)).lower(), code)
            for name in loc._data["currency_names_plural"].get(code, {}).values():
                add(str(name).lower(), code)
    for code in ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF"):
        en = Locale.parse("en")
        add(str(en.currencies[code]).lower(), code)
        for name in en._data["currency_names_plural"].get(code, {}).values():
            add(str(name).lower(), code)
    for key, codes in SUPPLEMENT.items():
        for code in codes:
            add(key, code)
    # bare "$" in CLDR en is USD only; every dollar country prints it
    for code in ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP", "TWD"):
        add("$", code)
    for code in ("JPY", "CNY"):
        add("¥", code)
        add("￥", code)
    return {k: tuple(v) for k, v in table.items() if k and not k.isdigit()}


@lru_cache(maxsize=512)
def country_currencies(country: str) -> tuple[str, ...]:
    """Currencies in use in a territory, per CLDR (``()`` if unknown).

    >>> country_currencies("CN"), country_currencies("ch")
    (('CNY',), ('CHF',))
    """
    try:
        return tuple(get_territory_currencies(country.upper(), tender=True))
    except Exception:  # Babel raises bare errors for unknown territories
        return ()


@lru_cache(maxsize=512)
def country_decimal_separator(country: str) -> str | None:
    """The decimal mark of a territory's first official language, per CLDR.

    >>> country_decimal_separator("DE"), country_decimal_separator("GB"), country_decimal_separator("CH")
    (',', '.', '.')
    """
    for lang in get_official_languages(country.upper()):
        try:
            return get_decimal_symbol(Locale.parse(f"{lang}_{country.upper()}"))
        except (UnknownLocaleError, ValueError):
            continue
    return None


@lru_cache(maxsize=256)
def locale_decimal_separator(locale: str) -> str | None:
    """The decimal mark of a locale identifier such as ``de_DE`` (None if unknown)."""
    try:
        return get_decimal_symbol(Locale.parse(locale.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return None
