"""Tokens of a salary text, from one regular expression built from the tables.

The pattern is compiled once at import. Every alternative is a bounded
literal or a number pattern without nested repetition, so matching is linear
in the text length (no catastrophic backtracking).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from ..numbers import CJK_UNITS, MULTIPLIERS, NUMBER_PATTERN
from . import tables
from .dispatch import FirstCharDispatch
from .currencies import CONFUSABLE_CODES, after_amount_words, iso_codes, symbol_table

# letters of spaced scripts (Latin, Greek, Cyrillic): a table word of these must not touch another letter
_LATIN = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF"
# CJK text has no spaces: read it one character at a time between tokens.
_CJK_CHAR = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"


def _alt(fragments: tuple[str, ...] | list[str]) -> list[str]:
    """Branches of one group, longest first; a fragment that starts or ends
    with a Latin letter must not touch another Latin letter there ("pa" not
    in "pay")."""
    return [_bounded(f) for f in sorted(set(fragments), key=len, reverse=True)]


def _bounded(fragment: str) -> str:
    head = _NOT_AFTER_LETTER if _LATIN_START.match(fragment) else ""
    tail = _NOT_BEFORE_LETTER if _LATIN_END.search(fragment) and not _CJK_BEFORE_LOOKAHEAD.search(fragment) else ""
    return f"{head}{fragment}{tail}"


# Word edges: no letter of any script right before or after. Written with
# [^\W\d_] rather than Latin ranges because re compiles Unicode ranges under
# IGNORECASE ~25x slower, and the lexer has thousands of bounded branches.
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_]|['’])"
_LATIN_START = re.compile(rf"[{_LATIN}]")
_LATIN_END = re.compile(rf"(?:[{_LATIN}]|[?)])$")
# a CJK word that ends in a lookahead ("時間(?!給)", "日(?!給|薪)"): CJK text has no spaces, so the word may touch
# the next ("月20時間程度", "25日支払い")
_CJK_BEFORE_LOOKAHEAD = re.compile(rf"{_CJK_CHAR}\]?\(\?[!=](?:[^()]|\([^()]*\))*\)$")


# Signs that are common words in another case: "le 44" (French), "5,000 ft" (feet), "Sr." (Señor),
# "da" (Italian "from"), "50 km", "BS degree". One letter (kwacha, lempira, pula, quetzal) counts only
# in capitals before a number of three digits or more, or with a mark, that no letter follows: "K8,000",
# "Q250", not "K8s", "P3" or the pay-scale point "L12".
# A glued one ("P8,500") needs a grouping mark: "P400", "K2500", "DA1" are models and postcodes.
# (glued, a grouped amount or one of 4-6 digits: "P35,000", "P35000.00", "K8000"; not "K2" or "L3")
_AMOUNT_AFTER = r"(?=(?:\s(?:\d{3,}|\d{1,3}[.,]\d)|\d{1,3}[.,]\d|\d{1,3}\s\d{3}(?!\d)|\d{4,6}(?![\d,]))[\d.,\s]*(?![^\W\d_]))"  # "P14 250"
_WORD_SIGNS = ("LE", "SR", "TL", "Br", "Bs")
_SIGNS_BEFORE = ("K", "L", "P", "Q", "KM")  # "50 KM" is a distance
# before an amount, or right after a number ("45 000 DA à 55 000 DA"); not "MT", which is metric tons as often
_SIGNS_AROUND = ("DA", "DT", "MK", "RF", "Ar", "Kz", "Mts")
# The Gulf's abbreviations ("BD 650.000", "KD 1,200.000", "QR 15,000", "RO 750", "JD 800", "1500 KD") are also
# business development, QR codes, Romania's VAT numbers, job descriptions and John Deere models: before an amount of
# 2-3 digits or a grouped one, or after an amount of 3 digits or more that no noun follows
_GULF_SIGNS = ("BD", "KD", "QR", "RO", "JD")
_GULF_AMOUNT_AFTER = (r"(?=\s?(?:\d{1,3}(?:[.,]\d{3})+(?:\.\d{1,3})?|\d{4}\.\d{3}|\d{2,3}(?:\.\d{1,3})?|\d\.\d{1,3}"  # "KD 1200.000"
                      # 4-5 digits with pay after them: "QR 8000 per month", "KD 1200/month", "BD 1000 plus housing", "JD 1200"
                      r"|\d{4,5}(?=\s?(?:/|\+|per\b|monthly|month|a\s+month|p\.?m\b|plus\b|net\b|gross\b|salary\b|$)))(?![\d.,]*[^\W\d_\s])(?![\d.,])"
                      r"(?!\s?(?:m3|m²|m2|ppm|kg|km|tons?|gpd|series|units?)\b))")  # "RO 500 m3/day": reverse osmosis
_GULF_AFTER_AMOUNT = r"(?<=\d{3}\s)(?=..(?!\s+(?:[a-z]+s|codes?|scans?|agenc\w*|managers?|reps?|team)\b))"
# Signs that are also abbreviations (team lead, senior, Dearness Allowance, radio frequency...): the
# parser believes them only where the hint's country uses them
ABBREVIATION_SIGNS = frozenset(_WORD_SIGNS + _SIGNS_BEFORE + _SIGNS_AROUND + _GULF_SIGNS + ("UF", "kn"))  # UF: Brazil's states too
_CASED_SIGNS = {
    # lower case right after an amount when a Hungarian suffix or a period follows ("520.000 ft-tól", "400 000 ft/év"),
    # not feet ("20,000 sq ft")
    "Ft": r"(?-i:Ft|(?:(?<=\d)|(?<=\d\s))ft(?=-t[óő]l|-ig|/(?:h[óo]|év|óra|nap)))",  # not "26 ft-box truck"
    **{k: f"(?-i:{k})" for k in _WORD_SIGNS},
    "Bs.": r"(?-i:Bs\.)(?=\s?\d)",  # before "Bs" (the shorter pattern is tried later): "Bs. 3.500"
    "TL": r"(?-i:TL|(?:(?<=\d)|(?<=\d\s))tl(?![^\W\d_]))",  # "25.000 tl - 35.000 tl net": Turkish boards type it in lower case
    "kn": r"(?:(?<=\d)|(?<=\d\s))(?-i:kn|Kn|KN)(?![^\W\d_])",  # the kuna after an amount; Croatian boards only (knots, kN)
    **{k: f"(?-i:{k}){_AMOUNT_AFTER}" for k in _SIGNS_BEFORE},
    **{k: rf"(?-i:{k})(?:{_AMOUNT_AFTER}|(?<=\d\s{k})|(?<=\d{k}))" for k in _SIGNS_AROUND},
    **{k: rf"(?:(?-i:{k}){_GULF_AMOUNT_AFTER}|{_GULF_AFTER_AMOUNT}(?-i:{k}))" for k in _GULF_SIGNS},
    # the sol ("S/ 3,500", "s/ 1,800", "S/.2500") before an amount of two digits or a mark; not
    # SAP's "S/4HANA" or "S/4 HANA", nor a reference "S/2024/117"
    # Chile's unidad de fomento ("UF 45 mensuales"): small amounts, so any number after it; not Brazil's "UF: SP"
    "UF": r"(?<![^\W\d_])(?-i:UF)(?=\s?\d{1,3}(?:[.,]\d+)?(?![\d.,]*[^\W\d_\s])(?![\d.,]))",
    # CJK currency units stand after their amount ("3,000원", "300만 원", "8千元"); elsewhere they are inside
    # words: 인원 (headcount), 직원 (staff), 지원 (apply), 单元, 元旦, 円滑
    **{k: rf"(?:(?<=[\d{CJK_UNITS}kKwW])|(?<=[\d{CJK_UNITS}kKwW]\s)){k}" for k in ("원", "元", "円")},
    "S/": r"(?<![^\W\d_/])S/\.?(?=\s?(?:\d{2,}|\d{1,3}[.,\s]\d|\d{1,3}\s?[kKmM](?![^\W\d_])))(?!\s?[\d.,]*(?:[^\W\d_]{2}|/))",
}
# CLDR signs left out: "Le" (Sierra Leone) starts French sentences; "S/." is read by the "S/" pattern
# above, with its guards
_NOT_SIGNS = frozenset({"¤", "Le", "S/."})


# "15 million dong", "1.2 lakh taka": a number word between the amount and its unit word
_AFTER_NUMBER_WORD = "|".join(f"(?<={w}\\s)" for w in (
    "million", "millions", "thousand", "lakh", "lakhs", "crore", "crores", "triệu", "trieu", "tr", "mln", "mn", "bn", "/-",
    "mijë"))
# ... or before a grouped amount that opens the field or follows a label: "Birr 12,500 gross", "Salary: Tenge 400 000"
_UNIT_WORD_FIRST = r"(?:(?<![\s\S])|(?<=[:：]\s)|(?<=[:：])|(?<=salary\s)|(?<=pay\s))"
_GROUPED_AFTER = r"(?=\s?\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?!\d))"


def _currency_branches() -> list[str]:
    symbols = symbol_table()
    after_only = after_amount_words()
    # one-letter signs (R, N) count only right before an amount of two digits or more, grouped or with k/m, and not
    # as the end of a word after an apostrophe: "R25 000", "r8500", "N200,000", "N50k", "'R25 000'"; not Dutch
    # "zo'n 1.200", a licence class "（N1）" or a grade "R2"
    keys = [
        _CASED_SIGNS.get(k) or (
            rf"(?<![^\W\d_])(?<![^\W\d_]['’]){k}(?=\s?(?:\d{{2}}|\d[.,\s]\d|\d\s?(?:[kKmM]|mn|mil(?:lion)?s?|bn|billion)(?![^\W\d_])))"
            if len(k) == 1 and k.isascii() and k.isalpha() else re.escape(k))
        for k in symbols if k not in _NOT_SIGNS and k not in after_only
    ] + [rf"(?:(?<=\d)|(?<=\d\s)|(?<=\d[kKmM])|(?<=\d[kKmM]\s)|{_AFTER_NUMBER_WORD}){re.escape(k)}" for k in after_only
         ] + [rf"{_UNIT_WORD_FIRST}{re.escape(k)}{_GROUPED_AFTER}" for k in after_only]
    # ISO codes count in capitals only ("Std" is not STD); common words never
    codes = [f"(?-i:{c})" for c in iso_codes() if c not in symbols and c not in CONFUSABLE_CODES]
    # typed in title or lower case right before an amount ("Up to Kes 2.4M", "usd 5,000"): codes that are no word
    typed = [f"(?-i:{c.title()}|{c.lower()})" for c in _CODES_TYPED_IN_ANY_CASE if c in iso_codes() and c not in symbols]
    never_words = [f"(?-i:{c.title()}|{c.lower()})" for c in _CODES_NEVER_WORDS if c in iso_codes() and c not in symbols]
    return _alt(keys) + [rf"{_NOT_AFTER_LETTER}{c}{_NOT_BEFORE_LETTER}" for c in codes] + [
        # an amount's shape after it (grouped, four digits, k or M): not Estonian "kes 10 aastat", Norwegian "nok 20"
        rf"{_NOT_AFTER_LETTER}{c}(?=\s?\$?\s?(?:\d{{1,3}}(?:[.,\s]\d{{3}})+|\d{{4,}}|\d+(?:[.,]\d+)?\s?[kKmM](?![^\W\d_])))"
        for c in typed
    ] + [  # codes that are no word anywhere: before any amount of three digits or more, and after an amount
        rf"{_NOT_AFTER_LETTER}{c}(?=\s?\$?\s?\d{{3}})" for c in never_words
    ] + [rf"(?:(?<=\d)|(?<=\d\s)|(?<=\d[kKmM])|(?<=\d[kKmM]\s)){c}{_NOT_BEFORE_LETTER}" for c in never_words]


# codes no language writes as a word ("usd", "Eur", "gbp"), unlike "kes", "nok", "huf", "aud", "zar", "cop", "sar"
# (not ARS, SEK, MYR: Swedish "3 ars erfarenhet" typed without å, "30 sek", Norwegian "200 myr")
_CODES_NEVER_WORDS = ("USD", "EUR", "GBP", "INR", "NGN", "UGX", "TZS", "GHS", "AED", "QAR", "PKR", "LKR", "BDT", "NPR", "IDR",
                      "SGD", "NZD", "CHF", "JPY", "CNY", "EGP", "ETB", "RWF", "ZMW", "XOF", "XAF", "VND", "THB", "HKD",
                      "TWD", "KRW", "BRL", "MXN", "CLP", "PLN", "CZK", "DKK", "UAH", "KZT", "KWD", "BHD", "OMR",
                      "TND", "DZD",
                      # and Central Asia's, Southern Africa's, Central America's, the Caribbean's, the Levant's, Asia's
                      # ("maaş 800 azn", "so'm" aside): no word in any language either
                      "AZN", "UZS", "TJS", "MNT", "BWP", "MWK", "MZN", "AOA", "GTQ", "HNL", "PYG", "UYU", "JMD", "TTD",
                      "LBP", "IQD", "AFN", "MMK", "KHR", "BND", "MVR")
# not PEN, RON, TRY, RUB, ILS, MAD, ALL, TOP, BOB, CUP, MOP, PHP, CAD, GEL, AMD: words or names in some language
_CODES_TYPED_IN_ANY_CASE = ("USD", "EUR", "GBP", "INR", "KES", "NGN", "ZAR", "UGX", "TZS", "GHS", "AED", "SAR", "QAR", "PKR", "LKR",
                            "BDT", "NPR", "IDR", "MYR", "SGD", "AUD", "NZD", "CHF", "JPY", "CNY", "EGP", "ETB", "RWF", "ZMW",
                            "XOF", "XAF", "VND", "THB", "HKD", "TWD", "KRW", "BRL", "MXN", "COP", "CLP", "ARS", "PLN", "CZK",
                            "HUF", "SEK", "NOK", "DKK", "UAH", "KZT", "KWD", "BHD", "OMR", "JOD", "TND", "DZD")


# A number, optionally chained with CJK units: 24万5,000 / 1억 2천만 / 8千.
_INNER_NUMBER = r"\d+(?:[.,]\d+)*"
# 백 (hundred) and 십 (ten) before a Hangul syllable other than a unit or 원 are a word: "Python 3 백엔드" (back-end), not 300; "4천5백만원" is a number
_CJK = rf"(?:[{CJK_UNITS.replace('백', '').replace('십', '')}]|[백십](?![\uac00-\ud7a3])|[백십](?=[만원천]))"
NUM = (
    rf"(?<![\d])(?:(?<=[$€£])\d{{1,3}},\s\d{{3}}(?![\d])|{NUMBER_PATTERN}(?:[.,/][-–]{{1,2}}(?![\d\-–]))?)"
    rf"(?:\s?{_CJK}(?:\s?(?:{_INNER_NUMBER})?\s?{_CJK}){{0,3}}(?:{_INNER_NUMBER}(?!\s?{_CJK}))?)?"
)

# "t" (Tausend) is a multiplier only before a currency: "55 T€", not "5 t of steel"
# a multiplier letter never touches a digit after it: "K8,000" is kwacha, "L 18,000" lempira
_MULT_CONTEXT = {"t": r"(?=\s?(?:€|eur|chf|fr\.|\$|£))", "p": r"(?![/.\w])", "k": r"(?!\d(?!\d?\s{0,3}薪))",
                 # Mexico's "moneda nacional" after a peso amount ("$15,000.00 M.N."), not a million
                 "mn": r"(?<![.,]\d{3}mn)(?<![.,]\d{3}\smn)(?<![.,]\d{3}\.\d\dmn)(?<![.,]\d{3}\.\d\d\smn)"
                 r"(?<!\d{4}mn)(?<!\d{4}\smn)",  # nor after four digits: "$12000 - $15000 MN" (millions would be no pay)
                 "l": r"(?!\d|\.\s?e\.|\s?(?:water|cans?|bottles?|tanks?|jars?|litres?|liters?|engine|capacity)(?![^\W\d_]))"
                 r"(?<![.,]\d{3}l)(?<![.,]\d{3}\sl)(?<!\d{4}l)(?<!\d{4}\sl)(?<!\d\s\d{3}l)(?<!\d\s\d{3}\sl)",  # not after
                 # thousands: "50,000 L", "50 000 L" are the lek
                 "к": r"(?![^\W\d_])",  # ru "100к ₽"; not the preposition "45 000 к выплате"
                 "m": r"(?!\d|\.\s?n\.)", "b": r"(?!\d|/a(?![^\W\d_])|/\.)",  # "$2b/yr"; not Spanish "b/a" or Panama's "800 B/."
                 "e": r"(?=\s?(?:ft|huf)(?![^\W\d_])|\s?[-–]\s?\d+(?:[.,]\d+)?e\s?(?:ft|huf)(?![^\W\d_]))",
                 # cs/sk "1,2 mil. Kč" is a million; es/pt "30 mil" a thousand
                 "mil.": r"(?=\s?(?:kč|czk|korun))", "t.": r"(?=\s?(?:kč|czk|korun|€|eur))"}
# pence and cents touch their number and end it: "45p", not "12p/h" or "30p.a."
_MULT_BEFORE = {"p": r"(?<=\d)", "¢": r"(?<=\d)", "к": r"(?<=\d)", "e": r"(?:(?<=\d)|(?<=\d\s))",  # "750 E Ft"
                "l": r"(?:(?<=\d)|(?<=\d\s))",  # the lakh after its number ("3L5", "12 L"); "L 18,000" is the lempira
                "b": r"(?:(?<=\d)|(?<=\d\s))"}  # billions after a number: not Panama's "B/. 1,200"
# a multiplier may touch the CJK words that follow amounts ("月薪10k以上", "8k起", "15k元/月", "10k左右"), not a
# Latin letter ("5 km"); single characters, since a Unicode range here makes compiling the lexer 2x slower
_MULT_NOT_BEFORE_LETTER = r"(?![^\W\d_](?<![以起元月年薪到至左上下每人น])|['’])"  # น: Thai "หมื่นบาท"
_MULT_CASED = {"hazar": "(?-i:hazar)", "hazaar": "(?-i:hazaar)"}  # not the Turkish name "Hazar"
_MULT_WORDS = [
    _MULT_BEFORE.get(m, "") + _MULT_CASED.get(m, re.escape(m)) + _MULT_CONTEXT.get(m, "") for m in MULTIPLIERS if m not in CJK_UNITS
]

# thousands glued to a currency's code: "60-70 kEUR", "120 KCHF", "15kPLN"
_K_CODES = "EUR|CHF|USD|GBP|PLN|CZK|HUF|RON|SEK|NOK|DKK|CAD|AUD|SGD|INR"
_K_BEFORE_CODE = rf"(?<=[\d\s])[kK](?=(?-i:{_K_CODES})(?![^\W\d_]))"
_CODE_AFTER_K = rf"(?<=[\d\s][kK])(?-i:{_K_CODES})(?![^\W\d_])"
# thousands glued to a period or a pay word: "£30kpa", "c.£55kp.a.", "£3kpcm", "€40-45kDOE"; not "30kPa" (kilopascals)
_K_PERIODS = {"year": r"pa|p\.a\.|PA|P\.A\.", "month": r"pm|pcm|PCM|p\.m\."}
# a period glued to the "k" counts after a sign's amount only ("250kpa" is a tyre's pressure)
_SIGN_DIGITS = "|".join(f"(?<=[£$€¥₹]{d})" for d in (r"\d", r"\d\d", r"\d\d\d", r"\d[.,]\d", r"\d\d[.,]\d"))
_K_BEFORE_WORD = (rf"(?:(?:{_SIGN_DIGITS})[kK](?=(?-i:{'|'.join(_K_PERIODS.values())})(?![^\W\d_]))"
                  rf"|(?<=\d)[kK](?=(?-i:DOE|OTE|doe|ote)(?![^\W\d_])))")
_PERIOD_AFTER_K = {p: rf"(?<=\d[kK])(?-i:{words})(?![^\W\d_])" for p, words in _K_PERIODS.items()}

# Bosnia's convertible mark after a grouped amount ("2.000 KM", "1.200 - 1.500 KM neto"); not "50 KM", a distance
_KM_AFTER_AMOUNT = r"(?:(?<=\d[.,]\d{3}\s)|(?<=\d{4}\s)|(?<=\d[.,]\d{3}))(?-i:KM)(?![^\W\d_])"

# Turkish suffixes after an apostrophe: "50.000 TL'ye kadar", "30.000 TL'den başlayan"
_TL_BEFORE_SUFFIX = r"(?-i:TL)(?=['’](?:y?[ae]|d[ae]n|t[ae]n|d[ae])\s)"

# Token kinds in priority order: at one position the first kind that matches
# wins, as in one big alternation.
GROUPS: list[tuple[str, list[str]]] = [
    ("months", list(tables.MONTHS_PER_YEAR_PATTERNS)),
    ("noise", list(tables.NOISE_PATTERNS)),
    ("num", [NUM]),
    ("mult", [b.replace(_NOT_BEFORE_LETTER, _MULT_NOT_BEFORE_LETTER) for b in _alt(_MULT_WORDS)]
     + [_K_BEFORE_CODE, _K_BEFORE_WORD]),
    ("cur", _currency_branches() + [_CODE_AFTER_K, _TL_BEFORE_SUFFIX, _KM_AFTER_AMOUNT]),
    ("piece", _alt(tables.PIECE_WORDS)),
    *[(f"period_{p}", _alt(words) + ([_PERIOD_AFTER_K[p]] if p in _PERIOD_AFTER_K else [])) for p, words in tables.PERIOD_WORDS.items()],
    # before the range and "from" words: "a combinar", "do negocjacji" start with one
    *[(f"nosal_{reason}", _alt(words)) for reason, words in tables.NO_SALARY_REASONS.items()],
    ("between", _alt(tables.BETWEEN_WORDS)),
    ("frompre", _alt(tables.FROM_WORDS)),
    ("fromsuf", _alt(tables.FROM_SUFFIXES)),
    ("uptosuf", _alt(tables.UP_TO_SUFFIXES)),
    ("uptopre", _alt(tables.UP_TO_WORDS)),
    ("openabove", _alt(tables.OPEN_ABOVE_WORDS)),
    ("hyphenunit", list(tables.HYPHEN_UNITS)),
    ("range", _alt(tables.RANGE_WORDS)),
    ("base", _alt(tables.BASE_WORDS)),
    ("other", _alt(tables.OTHER_PAY_WORDS)),
    ("nonpay", _alt(tables.NON_PAY_WORDS)),
    ("approx", _alt(tables.APPROX_WORDS)),
    ("salary", _alt(tables.SALARY_WORDS)),
    ("unit", _alt(tables.NON_MONEY_UNITS)),
    ("lparen", [r"[(\[]"]),
    ("rparen", [r"[)\]]"]),
    ("plus", [r"\+"]),
    ("clause", [r"[;!?\n|•]+|\.(?!\d)|,(?=\s)"]),
    ("word", []),  # filled below, once the table words' first characters are known
]


def _word_branches(dispatch: FirstCharDispatch) -> list[str]:
    """Plain words: a run of Latin (or other spaced-script) letters; in CJK text,
    which has no spaces, a run of characters that start no table word, or one
    that does, so "上岗起薪8000" still finds 起薪 in the middle."""
    starters = {ch for ch in dispatch.starting_chars() if re.fullmatch(_CJK_CHAR, ch)}
    plain_cjk = rf"(?:(?![{''.join(sorted(starters))}]){_CJK_CHAR})+" if starters else rf"{_CJK_CHAR}+"
    # case-blind on purpose: folding case over these Unicode ranges makes re
    # compile each dispatch pattern ~40 ms slower, and letters have no case here
    return [f"(?-i:{b})" for b in (plain_cjk, _CJK_CHAR, rf"(?:(?!{_CJK_CHAR})[^\W\d_])+")]


_DISPATCH = FirstCharDispatch(GROUPS[:-1], re.IGNORECASE, letter_guard=_NOT_AFTER_LETTER)
GROUPS[-1] = ("word", _word_branches(_DISPATCH))
_DISPATCH.set_fallback(GROUPS[-1:])
WARM_CHARS = string.printable + "€£¥₹₩₫₦₱元円万千"


def warm() -> None:
    """Compile the patterns of the common first characters now rather than on first use.

    About 200 patterns of up to 700 branches: 0.6-1.0 s on a shared 2-core machine, half of
    the import time when it ran at import. A server runs it in a thread at start-up
    (service.api.app), so the process answers at once and no later request pays for it; a
    request that comes first compiles only the few patterns it needs."""
    _DISPATCH.warm(WARM_CHARS)


_OTHER_PAY_SUFFIXES = tables.OTHER_PAY_SUFFIXES
# a flat sum ("Pauschale") is pay ("Honorarpauschale", "Übungsleiterpauschale") unless it pays for something
_ALLOWANCE_PREFIXES = ("umzug", "reise", "fahrt", "essen", "verpflegung", "homeoffice", "home-office", "internet", "telefon",
                       "handy", "kilometer", "übernachtung", "kleidung", "mobilität", "sachkosten", "auslagen")


_AMOUNT_END = frozenset({"num", "cur", "mult"})
_PER_DIEM_NOUN_AFTER = re.compile(r"(?i)\s*(?:of\b|:|allowance|rates?\b|pay\b|paid\b|included|provided|available|[$€£]|\d)")
_DATE_NEXT = re.compile(r"\s*\d")
_MINIMUM_OF = re.compile(r"(?i)\s+(?:de|of|wage|salary|hourly|award|base|pay)\b")
_MAXIMUM_AFTER = re.compile(r"(?i)[^.;\n]{0,30}\bmaximum\b")


_TRAVEL_AFTER = re.compile(r"\s+(?:de\s+)?(?:viagem|viagens|deslocamento|hospedagem|alimentação)(?![^\W\d_])", re.IGNORECASE)


@dataclass(slots=True)  # not frozen: a frozen __init__ costs 4x, and tokens are never changed
class Token:
    kind: str  # group name: num, cur, period_year, frompre, ...
    start: int
    end: int
    text: str


def tokens(text: str, limit: int | None = None) -> list[Token]:
    """Tokens of ``text`` (already ``prepare``d), left to right, no overlap; the
    first ``limit`` of them when given."""
    out: list[Token] = []
    if limit is not None and limit <= 0:
        return out
    append = out.append
    for m in _DISPATCH.finditer(text):
        kind = m.lastgroup or "word"
        word = m.group()
        if kind == "hyphenunit":
            kind = "unit"
        elif kind == "piece" and word[0] == "/" and m.start() and text[m.start() - 1].isalpha():
            kind = "word"  # "Day/Night rotating": a pair of shifts, not pay per night
        elif kind[:7] == "period_" and len(word) <= 2 and word.isupper() and word != "PA" and word[0] != "/":  # "/H" is hourly
            kind = "word"  # "HR", "PM" in capitals are not periods; "PA" is
        elif kind == "period_day" and word[:3].lower() == "per" and word[-4:].lower() == "diem" and (
            _PER_DIEM_NOUN_AFTER.match(text, m.end()) or out and out[-1].kind == "plus"
            or out and out[-1].kind.startswith("period_")  # "$50/day per diem": the amount has its period; this is the allowance
        ) and not (out and out[-1].kind in _AMOUNT_END and m.start() - out[-1].end <= 1):
            kind = "other"  # "+ per diem of $65/day", "per diem: $50": the allowance; "$300 per diem: 5 days" is a day rate
        elif kind == "period_day" and word[:3].lower() == "diá" and _TRAVEL_AFTER.match(text, m.end()):
            kind = "other"  # pt "+ diárias de viagem de R$ 70,00": travel allowances, not a day rate
        elif kind == "word" and len(word) > 6 and (
            word.lower().endswith(_OTHER_PAY_SUFFIXES)
            or word.lower().endswith("pauschale") and word.lower().startswith(_ALLOWANCE_PREFIXES)
        ):
            kind = "other"  # "Wechselprämie", "Schichtzulage", "Umzugspauschale"; not "Tagespauschale", "Honorarpauschale"
        elif (kind == "frompre" and out and out[-1].kind in _AMOUNT_END and word.lower() in ("alkaen", "minimum")
              and not _DATE_NEXT.match(text, m.end())  # not "13,50 € alkaen 1.6.2025", from a date; not "minimum 5 years"
              and not (word.lower() == "minimum" and _MINIMUM_OF.match(text, m.end()))  # not "$7.25 minimum wage"
              and not (word.lower() == "minimum" and _MAXIMUM_AFTER.search(text, m.end()))):  # "$55,000 minimum, $65,000 maximum"
            kind = "fromsuf"  # Finnish "3 000 € alkaen", "90 000 FCFA minimum": after the amount, "from" it
        start, end = m.span()
        append(Token(kind, start, end, word))
        if len(out) == limit:
            break
    return out
