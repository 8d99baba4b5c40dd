"""Build ``cldr.json``: the CLDR facts the parser reads, taken from Babel once.

Loading the ~100 market locales' CLDR data at start-up took about a second and
held 40 MB per process for a few thousand strings, so the strings are written
to a file when Babel changes instead::

    python -m service.parse.cldr_build > service/parse/cldr.json    # make cldr

``tests/test_cldr_tables.py`` fails when the committed file differs from what
the installed Babel gives. The reviewed supplement stays in ``currencies.py``
and is merged at import, so editing it needs no rebuild.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from typing import Any

import babel
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
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
    # Latin America and the Caribbean
    "es_CR", "es_PY", "es_GT", "es_DO", "es_UY", "es_BO", "es_EC", "es_HN", "es_NI", "es_PA", "es_SV", "es_VE",
    "es_PR", "en_JM", "en_TT", "en_BB", "en_BS", "en_BZ", "en_GY",
    # Africa
    "en_ZM", "en_BW", "en_NA", "en_MU", "en_GH", "en_UG", "en_TZ", "en_RW", "en_ZW", "en_MW", "en_LR", "en_SL",
    "fr_MA", "ar_MA", "fr_DZ", "ar_DZ", "fr_TN", "ar_TN", "sw_TZ", "sw_UG", "am_ET", "fr_SN", "fr_CI", "fr_CM",
    # Middle East, South and Central Asia
    "ar_JO", "ar_LB", "ar_KW", "ar_QA", "ar_BH", "ar_OM", "ar_IQ", "fa_IR", "ur_PK", "bn_BD", "si_LK", "ne_NP",
    "ka_GE", "hy_AM", "az_AZ", "uz_UZ", "ky_KG", "mn_MN", "km_KH", "lo_LA", "my_MM", "en_FJ",
    # the rest of Europe
    "be_BY", "ro_MD", "bg_BG", "sr_RS", "hr_HR", "sl_SI", "sk_SK", "et_EE", "lv_LV", "lt_LT", "is_IS", "sq_AL",
    "mk_MK", "bs_BA",
)
# English names are read for these wherever a posting is from.
ENGLISH_NAMED = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF")
# CLDR also names groupings and placeholders that are not countries
NOT_COUNTRIES = frozenset({"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB"})


def market_symbols() -> dict[str, list[str]]:
    """Symbol or word (case as written for symbols, lower-case for words) -> codes, in
    the order CLDR gives them, from the market locales' symbols and local currency names."""
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
    en = Locale.parse("en")
    # the English names of the markets' own currencies, as their English postings write them ("9,000 Egyptian
    # pounds", "Sri Lankan rupees"): names of more than one word only, the last word alone being a unit word
    for ident in MARKET_LOCALES:
        territory = Locale.parse(ident).territory
        for code in get_territory_currencies(territory) if territory else []:
            for name in (en.currencies.get(code, ""), *en._data["currency_names_plural"].get(code, {}).values()):
                if " " in str(name) and "(" not in str(name):
                    add(str(name).lower(), code)
    for code in ENGLISH_NAMED:
        add(str(en.currencies[code]).lower(), code)
        for name in en._data["currency_names_plural"].get(code, {}).values():
            add(str(name).lower(), code)
    return dict(table)


def english_unit_words() -> dict[str, list[str]]:
    """The last word of every English name of a currency in use ("rubles" of "Russian rubles",
    "dinar" of "Kuwaiti dinar") -> the currencies so named: words a count reader must not take
    for things counted, and (most of them) signs of money ("50 000 rubles")."""
    en = Locale.parse("en")
    tender = {c for t in get_global("territory_currencies") for c in get_territory_currencies(t, tender=True)}
    words: dict[str, set[str]] = defaultdict(set)
    for code in tender:
        names = [en.currencies.get(code, ""), *en._data["currency_names_plural"].get(code, {}).values()]
        for name in names:
            if (w := str(name).rsplit(" ", 1)[-1].lower()).isalpha():
                words[w].add(code)
    return {w: sorted(codes) for w, codes in sorted(words.items())}


def _country_decimal(country: str) -> str | None:
    for lang in get_official_languages(country):
        try:
            return get_decimal_symbol(Locale.parse(f"{lang}_{country}"))
        except (UnknownLocaleError, ValueError):
            continue
    return None


def build() -> dict[str, Any]:
    territories = sorted(get_global("territory_currencies"))
    countries = [t for t in Locale.parse("en").territories if len(t) == 2 and t.isalpha() and t not in NOT_COUNTRIES]
    return {
        "babel": babel.__version__,
        "iso_codes": sorted(list_currencies()),
        "countries": sorted(countries),
        "symbols": market_symbols(),
        "english_unit_words": english_unit_words(),
        "country_currencies": {t: get_territory_currencies(t, tender=True) for t in territories},
        "country_decimal": {t: sep for t in sorted(set(territories) | set(countries)) if (sep := _country_decimal(t))},
        "country_languages": {t: [str(x) for x in langs] for t in sorted(set(territories) | set(countries))
                              if (langs := get_official_languages(t, de_facto=True))},
        "locale_decimal": {ident: get_decimal_symbol(Locale.parse(ident)) for ident in sorted(localedata.locale_identifiers())},
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
