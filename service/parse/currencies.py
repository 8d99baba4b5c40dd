"""Currency data for the parser: symbols, ISO codes and names.

From CLDR (Babel) for the locales of the job markets we read, written once to
``cldr.json`` by ``cldr_build`` (loading those locales at start-up cost a
second and 40 MB), plus a small reviewed supplement where CLDR has no entry;
every supplement entry says why it is there.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

CLDR: dict[str, Any] = json.loads((Path(__file__).parent / "cldr.json").read_text(encoding="utf-8"))

# Where a symbol stands for several currencies and no hint settles it, this is
# the one a reader would assume (and the answer is flagged ambiguous).
# A symbol missing here has no fallback: it is reported, not guessed ("kr").
SYMBOL_FALLBACK: dict[str, str] = {
    "$": "USD",
    "C$": "CAD",  # the córdoba (es_NI) only with a Nicaraguan hint
    "Dh": "AED",  # the Moroccan dirham only with a Moroccan hint
    "Br": "BYN",  # the Ethiopian birr only with an Ethiopian hint
    "Bs.": "BOB",  # Venezuela's bolívar only with a Venezuelan hint
    "Dhs": "AED",
    "DH": "AED",
    "dirham": "AED",
    "dirhams": "AED",
    "¥": "JPY",  # CLDR root: ¥ = JPY, CN¥ = CNY; 元 settles CNY by script
    "￥": "JPY",
    "£": "GBP",
    "Rs": "INR",
    "Rs.": "INR",
    "R": "ZAR",
    "dollars": "USD",
    "dollar": "USD",
    "pounds": "GBP",
    "pound": "GBP",
    "francs": "CHF",  # West and Central Africa's francs with their hint (or "FCFA")
    "franc": "CHF",
    "rupees": "INR",
    "rupee": "INR",
    "rubles": "RUB",  # the Belarusian rouble with a Belarusian hint
    "ruble": "RUB",
    "roubles": "RUB",
    "rouble": "RUB",
    "pesos": "MXN",
    "руб.": "RUB",  # also the Belarusian rouble, with a Belarusian hint
    "руб": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "francs cfa": "XOF",
    "franc cfa": "XOF",
    "迪拉姆": "AED",
    "dinara": "RSD",  # the Serbian plural; a Gulf or North African hint names its own dinar
    # the two CFA francs are both pegged at 655.957 to the euro: either converts the same
    "FCFA": "XOF",
}

# Signs that a script ties to one currency unless the country says otherwise.
SCRIPT_DEFAULT: dict[str, str] = {"元": "CNY", "円": "JPY", "원": "KRW"}

# Symbols and words CLDR does not give for the markets above; reviewed by hand.
SUPPLEMENT: dict[str, tuple[str, ...]] = {
    "AU$": ("AUD",),  # common on Australian boards; CLDR en has A$
    "C$": ("CAD",),  # Canadian usage; CLDR en has CA$; es_NI adds the córdoba
    "S$": ("SGD",),  # Singapore usage; CLDR en_SG has $
    "NT$": ("TWD",),  # CLDR zh_Hant has $; NT$ is the printed form
    "B$": ("BND", "BSD"),  # the Brunei and the Bahamian dollar as their boards print them ("B$1,500 - B$2,000")
    "US$": ("USD",),
    "USD$": ("USD",),  # seen on LatAm boards
    "$U": ("UYU",),  # the Uruguayan peso's own sign ("$U 38.000")
    # East African boards name the shilling after the country, not its adjective ("Kenya Shillings 50,000")
    "kenya shillings": ("KES",), "kenya shilling": ("KES",), "uganda shillings": ("UGX",), "tanzania shillings": ("TZS",),
    "turkish liras": ("TRY",),
    "Rp.": ("IDR",), "Bs.": ("BOB", "VES"), "Br": ("ETB",), "денари": ("MKD",),  # the birr's sign as Ethiopian boards print it; the denar's plural  # with a stop, as "Rs." ("Gaji Rp. 3.500.000,-", "Bs. 3.500")
    "U$S": ("USD",), "u$s": ("USD",), "U$s": ("USD",), "U$D": ("USD",), "u$d": ("USD",),  # Argentine and Uruguayan boards: "u$s 2.000", "U$S 2.500"
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
    "Dhs": ("AED", "MAD"),  # the Emirates' and Morocco's dirham; the country decides
    "Dh": ("AED", "MAD"),
    "DH": ("MAD", "AED"),
    "dhs": ("MAD", "AED"),
    "₲": ("PYG",),  # CLDR es_PY prints Gs.
    "S/.": ("PEN",),  # the sol's older sign, still on Peruvian boards ("S/.2500")
    "P": ("PHP",),  # the everyday peso sign on Philippine boards; CLDR en_BW adds the pula
    "J$": ("JMD",),
    "TT$": ("TTD",),
    "бел. руб.": ("BYN",),
    "бел.руб.": ("BYN",),
    "теңге": ("KZT",),
    "SR": ("SAR",),
    "Fr.": ("CHF",),
    "sFr.": ("CHF",),
    "SFr.": ("CHF",),  # as Swiss postings in English print it
    "SFr": ("CHF",),
    "zl": ("PLN",),  # zł typed without the diacritic
    "zł": ("PLN",),
    # the abbreviations Russian, Ukrainian, Kazakh and Bulgarian postings print; CLDR has
    # only the signs (₽, ₴, ₸) and the full names ("российский рубль")
    "руб.": ("RUB", "BYN"),  # Belarusian boards print it for their rouble too; the country settles it
    "руб": ("RUB", "BYN"),
    "рублей": ("RUB", "BYN"),
    "рубля": ("RUB", "BYN"),
    "рубль": ("RUB", "BYN"),
    "грн.": ("UAH",),
    "грн": ("UAH",),
    "гривень": ("UAH",),
    "гривен": ("UAH",),
    "тенге": ("KZT",),
    "тг": ("KZT",),
    "лв.": ("BGN",),
    "лв": ("BGN",),
    "дин.": ("RSD",),  # Serbian postings' dinar ("од 120.000 дин. месечно"); CLDR sr has only RSD
    "динара": ("RSD",),
    "dinara": ("RSD", "KWD", "BHD", "JOD", "IQD", "LYD", "TND", "DZD"),  # a dinar's plural in Serbian, Croatian, Bosnian
    "৳": ("BDT",),  # the taka sign; CLDR's bn locales are not among the market locales
    "lei": ("RON", "MDL"),  # the leu's plural, as Romanian postings print it ("5000 lei net")
    "dólares": ("USD",),  # Latin American boards write pesos as pesos and US dollars as dólares
    "dolares": ("USD",),
    "dólar": ("USD",),
    "Tk": ("BDT",),
    "Tk.": ("BDT",),
    "FCFA": ("XOF", "XAF"),  # CLDR gives XAF alone; West Africa (Senegal, Côte d'Ivoire) prints it for XOF
    "Ft": ("HUF",),  # forint, as Hungarian boards print it ("450 000 Ft")
    "Ft.": ("HUF",),
    "रुपये": ("INR",),  # Hindi "rupees"
    "रुपए": ("INR",),
    "रु.": ("INR", "NPR"),
    # Arabic currency words as Gulf, Levant and North African boards print them alone
    # (CLDR has only the full names, "جنيه مصري"); the country settles the shared ones
    "جنيه": ("EGP", "SDG", "SSP"),
    "جنيه إسترليني": ("GBP",),  # the longer name wins: "pound sterling"
    "جنيه استرليني": ("GBP",),
    "ريال": ("SAR", "QAR", "OMR", "YER"),
    "درهم": ("AED", "MAD"),
    "دينار": ("KWD", "BHD", "JOD", "IQD", "LYD", "TND", "DZD"),
    # no Arab country has a dollar: "دولار" is the US dollar on their boards ("800 دولار شهرياً" in Iraq or Lebanon)
    "دولار": ("USD",), "دولارات": ("USD",), "دولاراً": ("USD",), "دولارا": ("USD",),
    "دولار أمريكي": ("USD",), "دولار أميركي": ("USD",), "دولار امريكي": ("USD",), "يورو": ("EUR",),
    "ليرة": ("LBP", "SYP", "TRY"), "ل.ل": ("LBP",), "ل.ل.": ("LBP",), "ليرة لبنانية": ("LBP",), "ليرة سورية": ("SYP",),
    "שקל": ("ILS",), "שקלים": ("ILS",),
    "ரூ.": ("LKR", "INR"), "ரூ": ("LKR", "INR"),  # Tamil rupees (Sri Lanka, Tamil Nadu)
    "रुपैयाँ": ("NPR", "INR"),  # Nepali rupees
    "FRW": ("RWF",), "Frw": ("RWF",),  # the Rwandan franc as Rwandan boards print it
    "M.N.": ("MXN",), "M. N.": ("MXN",),  # "moneda nacional": Mexican pesos ("$15,000.00 M.N.")
    # the currencies of mainland South-East and Central Asia in their scripts, and Tunisia's dinar in Arabic
    "រៀល": ("KHR",), "ដុល្លារ": ("USD",), "ກີບ": ("LAK",), "ບາດ": ("THB",), "ໂດລາ": ("USD",), "ကျပ်": ("MMK",),
    "төгрөгөөс": ("MNT",), "төгрөгийн": ("MNT",), "төгрөгөөр": ("MNT",),  # the tögrög's cases: "from", "of", "by"
    "төгрөг": ("MNT",), "төг": ("MNT",), "сомонӣ": ("TJS",), "сомони": ("TJS",), "сомдон": ("KGS",), "د.ت": ("TND",), "د.ت.": ("TND",),
    "евра": ("EUR",), "евру": ("EUR",),  # Serbian and Macedonian cases of "евро" ("плата 2.000 евра")
    "kn": ("HRK",),  # the Croatian kuna (to 2022), still in older ads; it converts at its fixed euro rate
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
    # East and West African and Gulf abbreviations as their boards print them ("Tsh 1.2M", "GH¢2,500",
    # "30,000 L.E.", "BD 650.000", "KD 1,200.000", "QR 15,000", "RO 750", "JD 800")
    "GH¢": ("GHS",),  # the cent sign typed for the cedi's ₵
    "UF": ("CLF",),  # Chile's unidad de fomento, in which senior salaries and rents are stated
    # the CFA franc as West and Central African boards type it ("Fcfa" is read through the table's upper case)
    "F CFA": ("XOF", "XAF"), "F.CFA": ("XOF", "XAF"), "F. CFA": ("XOF", "XAF"), "FCFA.": ("XOF", "XAF"),
    "դրամ": ("AMD",), "դր.": ("AMD",), "ՀՀ դրամ": ("AMD",), "сўмдан": ("UZS",), "ლარი": ("GEL",), "so'mdan": ("UZS",), "сўм": ("UZS",), "сум": ("UZS",),
    "Ar": ("MGA",), "Kz": ("AOA",), "Mts": ("MZN",),
    # the Arabic abbreviations Gulf and Egyptian boards print ("٤٥٠ د.ك", "٣٠٠ ر.ع. شهرياً")
    "ر.س": ("SAR",), "ر.س.": ("SAR",), "د.إ": ("AED",), "د.إ.": ("AED",), "د.ك": ("KWD",), "د.ك.": ("KWD",),
    "ر.ع": ("OMR",), "ر.ع.": ("OMR",), "ر.ق": ("QAR",), "ر.ق.": ("QAR",), "د.ب": ("BHD",), "د.ب.": ("BHD",),
    "د.أ": ("JOD",), "د.ا": ("JOD",), "ج.م": ("EGP",), "ج.م.": ("EGP",),
    "تومان": ("IRR",),  # ten rials: the parser multiplies ("۲۵ میلیون تومان" is 250 million rials)
    "toman": ("IRR",), "tomans": ("IRR",),
    "روپے": ("PKR", "INR"), "روپیہ": ("PKR", "INR"), "টাকা": ("BDT",), "ש״ח": ("ILS",), 'ש"ח': ("ILS",),
    "Tsh": ("TZS",),
    "Tshs": ("TZS",),
    "TShs": ("TZS",),
    "Ush": ("UGX",),
    "Ushs": ("UGX",),
    "UShs": ("UGX",),
    "Shs": ("KES", "UGX", "TZS"),
    # the same with a stop, as typed like "Rs.": "Salary: Ksh. 250,000", "Tsh. 500,000"
    "Ksh.": ("KES",), "KSh.": ("KES",), "Kshs.": ("KES",), "Tsh.": ("TZS",), "Tshs.": ("TZS",), "TShs.": ("TZS",),
    "Ush.": ("UGX",), "Ushs.": ("UGX",), "UShs.": ("UGX",), "Shs.": ("KES", "UGX", "TZS"),
    "NRs": ("NPR",),
    "NRs.": ("NPR",),
    "L.E.": ("EGP",),
    "BD": ("BHD",),
    "KD": ("KWD",),
    "QR": ("QAR",),
    "RO": ("OMR",),
    "JD": ("JOD",),
    # the Chinese, Japanese and Korean names of other currencies, written after the amount
    # ("月薪 3000-5000美元", "年収 80,000ドル", "연봉 80,000 달러"); CLDR zh/ja/ko have only the full names
    "美元": ("USD",), "美金": ("USD",), "日元": ("JPY",), "日圆": ("JPY",), "日幣": ("JPY",), "日币": ("JPY",),
    "欧元": ("EUR",), "歐元": ("EUR",), "港币": ("HKD",), "港幣": ("HKD",), "港元": ("HKD",), "新台币": ("TWD",),
    "新台幣": ("TWD",), "台币": ("TWD",), "台幣": ("TWD",), "新币": ("SGD",), "新幣": ("SGD",), "新加坡元": ("SGD",),
    "令吉": ("MYR",), "马币": ("MYR",), "馬幣": ("MYR",), "澳元": ("AUD",), "澳币": ("AUD",), "澳幣": ("AUD",),
    "英镑": ("GBP",), "英鎊": ("GBP",), "加元": ("CAD",), "加币": ("CAD",), "加幣": ("CAD",), "韩元": ("KRW",),
    "韓元": ("KRW",), "韩币": ("KRW",), "迪拉姆": ("AED", "MAD"), "卢布": ("RUB",), "盧布": ("RUB",), "泰铢": ("THB",),
    "泰銖": ("THB",), "越南盾": ("VND",), "人民币": ("CNY",), "人民幣": ("CNY",), "米ドル": ("USD",), "ドル": ("USD",),
    "ユーロ": ("EUR",), "ウォン": ("KRW",), "バーツ": ("THB",), "ルピア": ("IDR",), "リンギット": ("MYR",), "ルピー": ("INR",), "人民元": ("CNY",), "澳門幣": ("MOP",), "澳门币": ("MOP",), "葡幣": ("MOP",), "달러": ("USD",), "유로": ("EUR",),
    "roubles": ("RUB", "BYN"),  # the British spelling; CLDR en writes "rubles"
    "rouble": ("RUB", "BYN"),
    "francs cfa": ("XOF", "XAF"),  # "150 000 francs CFA": the longer sign wins over "francs"
    "franc cfa": ("XOF", "XAF"),
}

# English currency unit words that are also words of the languages postings are written in, or
# names of places streets are named after: "real" experience, "won" awards, Swedish "som", Malay
# "lari" (run), Spanish "peso" (weight), "Calle Colón 12", "Av. Balboa 123", "Bolívar 1234", Polish
# "dobra" (good), a "dram" of whisky, the nationality "Afghani".
UNIT_WORDS_NOT_SIGNS = frozenset({
    "gold", "mark", "marks", "real", "reals", "sol", "won", "kip", "kips", "som", "soms", "tala", "kina", "pula",
    "pulas", "dobra", "dobras", "dram", "drams", "córdoba", "córdobas", "bolívar", "bolívars", "colón", "colóns",
    "balboa", "balboas", "lempira", "lempiras", "leone", "leones", "lari", "laris", "peso", "afghani", "afghanis",
})

# ISO codes that are common all-caps English words ("UP TO 30K ALL IN"): never
# read as currencies. Albanian lek, Tongan paʻanga, Cuban and Bolivian pesos
# and Somali shillings are read from their other signs and names.
# PLZ: the Postleitzahl, not the zloty of 1950-95; STD: German "STD." (Stunden) in capitals, not the old dobra
CONFUSABLE_CODES = frozenset({"ALL", "TOP", "CUP", "SOS", "BOB", "PLZ", "STD"})


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows (including historic ones)."""
    return frozenset(CLDR["iso_codes"])


@lru_cache(maxsize=1)
def symbol_table() -> dict[str, tuple[str, ...]]:
    """Symbol or word (case as written for symbols, lower-case for words) -> codes.

    The first code of a tuple is not a preference; ``resolve`` decides.
    """
    table: dict[str, list[str]] = defaultdict(list, {k: list(v) for k, v in CLDR["symbols"].items()})

    def add(key: str, code: str) -> None:
        if code not in table[key]:
            table[key].append(code)

    for key, codes in SUPPLEMENT.items():
        for code in codes:
            add(key, code)
    # the English unit words of every currency ("50 000 rubles", "1 500 dinars", "8,000 pounds" in Egypt),
    # after the reviewed ones: the country settles a shared word, SYMBOL_FALLBACK the common ones
    for word, codes in CLDR["english_unit_words"].items():
        if word not in UNIT_WORDS_NOT_SIGNS:
            for code in codes:
                add(word, code)
    # bare "$" in CLDR en is USD only; every dollar country prints it
    for code in ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP", "TWD",
                 "DOP", "CUP", "XCD", "BND", "SRD", "SBD", "KYD", "BMD"):  # peso and dollar countries whose CLDR sign has a prefix
        add("$", code)
    for code in ("JPY", "CNY"):
        add("¥", code)
        add("￥", code)
    # the text's typographic apostrophes are read as ' (prepare): so are the signs' ("soʻm", "paʻanga")
    for key in [k for k in table if any(ch in k for ch in "\u2019\u2018\u02bc\u02bb")]:
        for code in table[key]:
            add(key.translate(_APOSTROPHES), code)
    return {k: tuple(v) for k, v in table.items() if k and not k.isdigit()}


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'"})


@lru_cache(maxsize=1)
def after_amount_words() -> frozenset[str]:
    """The English unit words ``symbol_table`` adds that no reviewed sign or CLDR name had: signs
    only right after an amount ("3,000 cedis", "50 000 rubles"). Before a number they are names
    as often: "Hotel Krone 4*", "Taka 3 Sushi", "Rue Franc 5", "mwezi wa kwanza 600,000"."""
    reviewed = set(CLDR["symbols"]) | set(SUPPLEMENT)
    return frozenset(w for w in CLDR["english_unit_words"] if w not in UNIT_WORDS_NOT_SIGNS and w not in reviewed)


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """Every lower-case word that ends a currency's name in the market locales or in English
    ("rubles" of "Russian rubles", "dollars"), so that a reader of counts ("45,000 merchants")
    can leave money alone."""
    words = {k.rsplit(" ", 1)[-1] for k in symbol_table() if k.islower()} | set(CLDR["english_unit_words"])
    # as typed without accents: "cordobas", "colones", "bolivares"
    return frozenset(words | {unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words} - {""})


def country_currencies(country: str) -> tuple[str, ...]:
    """Currencies in use in a territory, per CLDR (``()`` if unknown).

    >>> country_currencies("CN"), country_currencies("ch"), country_currencies("XX")
    (('CNY',), ('CHF',), ())
    """
    return _COUNTRY_CURRENCIES.get(country.upper(), ())


_COUNTRY_CURRENCIES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in CLDR["country_currencies"].items()}


def country_decimal_separator(country: str) -> str | None:
    """The decimal mark of a territory's first official language, per CLDR.

    >>> country_decimal_separator("DE"), country_decimal_separator("GB"), country_decimal_separator("CH")
    (',', '.', '.')
    """
    return CLDR["country_decimal"].get(country.upper())


def country_languages(country: str) -> tuple[str, ...]:
    """A territory's official (and de facto) languages, per CLDR.

    >>> country_languages("ZA"), country_languages("pr"), country_languages("XX")
    (('en',), ('es', 'en'), ())
    """
    return _COUNTRY_LANGUAGES.get(country.upper(), ())


_COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in CLDR.get("country_languages", {}).items()}  # absent while cldr_build runs


@lru_cache(maxsize=256)
def locale_decimal_separator(locale: str) -> str | None:
    """The decimal mark of a locale identifier such as ``de_DE`` (None if unknown).

    >>> locale_decimal_separator("de-DE"), locale_decimal_separator("en_us"), locale_decimal_separator("xx_YY")
    (',', '.', None)
    """
    table = CLDR["locale_decimal"]
    ident = locale.replace("-", "_")
    if ident in table:
        return table[ident]
    try:  # spelled otherwise ("en_us"): Babel names it without loading its data
        return table.get(str(Locale.parse(ident)))
    except (UnknownLocaleError, ValueError):
        return None
