"""Layer 2: named rules from tokens to a ``ParseResult``.

Pipeline (one function a step): lex -> amounts -> ranges and open ends ->
periods -> roles and alternatives -> merge -> choose the primary.
Pure functions: no HTTP, no rates. Period inference from magnitude needs
exchange rates and lives in ``service.normalize``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Callable, Sequence

from ..numbers import CJK_UNITS, MULTIPLIERS, NotANumber, evidence_separator, read_number
from .currencies import (
    SCRIPT_DEFAULT,
    SYMBOL_FALLBACK,
    country_currencies,
    country_decimal_separator,
    country_languages,
    currency_words,
    iso_codes,
    locale_decimal_separator,
    symbol_table,
)
from .lexer import ABBREVIATION_SIGNS, Token, tokens
from .prepare import Prepared, has_mojibake, prepare, record_line
from .model import CurrencyRule, Mention, ParseResult, Warning
from .tables import (
    AND_WORDS, TIGHT_ONLY_PERIODS, BENCHMARK_PATTERNS, BETWEEN_ALSO_FROM, BETWEEN_WORDS, COUNT_LABELS, DURATION_NOUNS, GRADE_WORDS, HOURS_WORDS, LABEL_WORDS, ONE_OFF_PAY, OTHER_PAY_WORDS, PREFIX_PERIODS, SALARY_WORDS, STIPEND_PURPOSES, STIPEND_WORDS,
    FROM_WORDS, WEAK_RANGE_WORDS, Period,
)

# Range words that are also "up to" when no amount stands before them.
_UPTO_RANGE_WORDS = frozenset({"to", "bis", "até", "do", "tot", "hasta", "till", "līdz", "hanggang", "ถึง", "עד"})
_TRAILING_FROM = frozenset({"~", "〜", "～", "-"})
# billions are not a salary; a Vietnamese senior salary is "1 - 1,5 tỷ/năm"
_NON_PAY_MULTIPLIERS = frozenset(m for m, v in MULTIPLIERS.items() if v >= 10**9) - {"tỷ"} | {
    "亿", "億"}  # hundreds of millions of yuan or yen: capital, revenue, funds ("注册资本1.2亿元"); Korea's 억 is pay
_HIGH_DENOMINATION = frozenset({"VND", "IDR", "KRW", "IRR", "LAK", "UGX", "PYG", "COP", "UZS"})
_MAX_RANGE_RATIO = Decimal(25)
_GAP_SPACE = re.compile(r"[\s:=]*")
_CJK_PART = re.compile(rf"(\d+(?:[.,]\d+)*)?\s?([{CJK_UNITS}])|(\d+(?:[.,]\d+)*)")
_NUM_HEAD = re.compile(r"[\d.,'\u2019\u00a0\u202f\u2009 ]*\d|\d")
_SMALL_UNITS = {"千": 1000, "仟": 1000, "천": 1000, "百": 100, "佰": 100, "백": 100, "십": 10}
_GROUP_UNITS = {"万": 10_000, "萬": 10_000, "만": 10_000, "億": 100_000_000, "亿": 100_000_000, "억": 100_000_000}


@dataclass(slots=True)
class Amount:
    """A number with what sticks to it: multiplier, currency tokens."""

    value: Decimal
    start: int
    end: int
    raw: str
    multiplier: str | None = None  # a word from MULTIPLIERS, or the last CJK unit
    shareable_unit: bool = False  # "8千": the unit may be shared with a bare left end
    currencies: list[Token] = field(default_factory=list)
    guessed: bool = False
    count: bool = False  # followed by "years", "people": not money
    postcode: bool = False  # "80335 München", "(44000)": not money unless something else says so


@dataclass(slots=True)
class Draft:
    """A mention being built; becomes a ``Mention`` at the end."""

    low: Amount | None
    high: Amount | None
    start: int
    end: int
    closed: bool
    period: Period | None = None
    period_from_mult: bool = False
    period_before: bool = False  # its period word stands before it ("horas semanales, salario 650 €/mes")
    period_word_end: int = 0  # where that word ends
    role: str = "base"
    role_reason: str | None = None
    alternative_of: int | None = None
    approximate: bool = False
    salary_context: bool = False
    piece_rate: str | None = None
    tail: int = 0  # end of a period word written after the amount
    one_off: bool = False  # its other-pay word is a one-off bonus or an allowance
    gross_or_net: bool = False  # "brutto", "gross" right after it: money, though no sign or salary word says so

    @property
    def amounts(self) -> list[Amount]:
        return [a for a in (self.low, self.high) if a is not None]


def parse(
    text: str,
    *,
    country: str | None = None,
    locale: str | None = None,
    default_currency: str | None = None,
) -> ParseResult:
    """Find the salary mentions in ``text`` and choose the primary one."""
    prep = prepare(text)
    prepared = prep.text
    toks = tokens(prepared, MAX_TOKENS + 1)
    truncated = len(toks) > MAX_TOKENS
    if truncated:
        del toks[MAX_TOKENS:]
    if country and "BAM" in country_currencies(country):
        _marks_not_kilometres(toks, prepared)
    decimal = _decimal_separator(toks, locale, prepared, country)
    amounts = _amounts(toks, prepared, decimal, _plausible_decimal(country), country)
    drafts = _mentions(toks, amounts, prepared)
    if drafts and (("=" in prepared or ":" in prepared or ">" in prepared) and _KEYED.search(prepared)
                   or "\n" in prepared and _HEADED_ROWS.search(prepared)):
        drafts = _keyed_fields(drafts, toks, prepared)
    words = _plain_word_starts(toks)
    _assign_periods(toks, drafts, prepared, words)
    _three_decimals(drafts, country)
    _assign_roles(toks, drafts, prepared)
    _share_level_periods(drafts, prepared)
    _mark_benchmarks(drafts, prepared)
    _mark_alternatives(drafts, prepared)
    _mark_salary_context(toks, drafts, prepared, words)
    drafts = _merge_same_salary(drafts, prepared)
    _declined_salary(toks, drafts, prepared)
    _open_above(toks, drafts)
    result = ParseResult(text=text)
    if truncated:
        result.warnings.append(Warning("text_truncated", f"The text has more than {MAX_TOKENS} words and signs; it was read up to character {toks[-1].end}."))
    if len(amounts) >= MAX_AMOUNTS:
        result.warnings.append(Warning("too_many_numbers", f"The text has more than {MAX_AMOUNTS} numbers; only the first {MAX_AMOUNTS} were read."))
    if prep.offsets is not None and has_mojibake(text):
        result.warnings.append(Warning("mojibake_repaired", "The text had UTF-8 read as Windows-1252 (such as 'Â£'); it was read as intended."))
    seen: list[tuple[str, CurrencyRule, bool] | None] = []

    def market() -> tuple[str, CurrencyRule, bool] | None:  # searched once, when first needed
        if not seen:
            seen.append(_lakh_evidence(drafts, prepared) or _market_currency(prepared))
        return seen[0]

    # "Salario $1,500 mensual (pago en dólares)": a Latin American board's "$" is the peso unless the text
    # names US dollars and no pesos
    dollars_named = "$" in prepared and _DOLLARS_NAMED.search(prepared) is not None and _PESOS_NAMED.search(prepared) is None
    for d in drafts:
        d.start, d.end = prep.span(d.start, d.end)
        result.mentions.append(_finish(d, country, default_currency, market, dollars_named))
    if len(text) > LONG_TEXT:  # a salary field says salary by being one: "€ 2.000.000,00" is pay there
        _mark_too_large(result.mentions, text)
    _drop_weak(result, prepared)
    result.primary = _choose_primary(result.mentions, len(text) > LONG_TEXT)
    if result.primary is not None and len(text) > LONG_TEXT and _salary_field_answered(toks, prepared):
        chosen = result.mentions[result.primary]
        if not (chosen.salary_context or chosen.period or chosen.role_reason or (
            chosen.minimum is not None and chosen.maximum is not None and chosen.minimum != chosen.maximum
        )):
            # "Salary: Negotiable" answers the salary; a lone fee or benefit value elsewhere does not (a range
            # or a rate with its period still does: "Salary: Competitive ... £35,000 - £40,000 per annum")
            chosen.role, result.primary = "base", None
    _months_per_year(toks, result, prep)
    if result.primary is None:
        result.no_salary_reason = _no_salary_reason(toks)
        if result.no_salary_reason == "no_amount" and any(m.one_off for m in result.mentions):
            result.no_salary_reason = "no_base_pay"
    return result


# Balkan "dnevnica" is a day's wage on a seasonal job's ad and a travel per diem beside a salary: the pay only
# when the text states no other ("Berba malina, dnevnica 4.000 dinara"; not "Plata 1.400 KM, dnevnica 25 KM")
_DAY_WAGE_OR_PER_DIEM = re.compile(r"dnevnic[aeu]|дневниц[аеу]", re.IGNORECASE)
DAY_WAGE_OR_PER_DIEM_REASON = "a day's wage or a per diem ('dnevnica'): the pay only when the text states no other"


def _marks_not_kilometres(toks: list[Token], text: str) -> None:
    """On a Bosnian board "950 KM" after an amount is the convertible mark; elsewhere
    the lexer reads a bare "950 KM" as a distance (it takes "1.500 KM" as money). Below
    100 it is a distance ("5 KM od centra", "Prijevoz do 30 KM") unless a pay word leads
    ("Satnica 6 KM", "plata: 95 KM dnevno")."""
    for prev, t in pairwise(toks):
        if t.kind == "unit" and t.text == "KM" and prev.kind == "num" and (
            sum(ch.isdigit() for ch in prev.text) >= 3 or _PAY_WORD_LEADS.search(text, max(0, prev.start - 40), prev.start)
            or _PAY_PERIOD_AFTER_KM.match(text, t.end)
        ):
            t.kind = "cur"


_PAY_WORD_LEADS = re.compile(r"(?<![^\W\d_])(?:satnica|plata|plaća|placa|zarada|dnevnica|cijena\s+sata|naknada|honorar|dnevno|mjesečno|mesečno)"
                             r"(?:\s+[^\W\d_]{1,6}){0,2}\W{0,3}$", re.IGNORECASE)  # "Plaća po satu 7 KM"
_PAY_PERIOD_AFTER_KM = re.compile(r"\s+(?:po\s+(?:satu|danu|mjesecu)|dnevno|mjesečno|neto|bruto|na\s+sat)(?![^\W\d_])", re.IGNORECASE)


# --- numbers ---------------------------------------------------------------


_COUNT_AFTER = re.compile(r"\s?(?:%|h(?![^\W\d_])|hrs?(?![^\W\d_])|hours?|std\.?(?![^\W\d_])|stunden|heures|horas|ore(?![^\W\d_])|uur|"
                          r"years?|yrs?|jahre|km|kg|m²|sq)", re.IGNORECASE)


def _decimal_separator(toks: Sequence[Token], locale: str | None, prepared: str, country: str | None = None) -> str | None:
    """The decimal mark that settles lone ambiguous numbers ("3.500"), if known:
    from the locale hint, else from an unambiguous number in the same text. A number
    beside a sign proves it first; one that is not money ("Hours: 37.5 per week")
    does not overrule the country's own mark ("Gehalt: 55.000 €" stays 55,000 in Germany)."""
    if locale and (sep := locale_decimal_separator(locale)) in (".", ","):
        return sep
    other = None
    for i, t in enumerate(toks):
        text = t.text
        # a number without a point or a comma proves nothing: skip the match for it
        if t.kind == "num" and ("." in text or "," in text) and ", " not in text and (
            sep := (_evidence_memo if len(text) <= MEMO_MAX_CHARS else _evidence)(text)
        ) and not _COUNT_AFTER.match(prepared, t.end) and not (  # not "38.5h" beside "€3.200"
            _COUNT_LABEL_BEFORE.search(prepared, max(0, t.start - 16), t.start)
        ):
            if (i and toks[i - 1].kind == "cur" and t.start - toks[i - 1].end <= 1
                    or i + 1 < len(toks) and toks[i + 1].kind in ("cur", "mult") and toks[i + 1].start - t.end <= 1):
                return sep
            other = other or sep
    if other and country and (own := country_decimal_separator(country)) in (".", ",") and own != other:
        return None
    return other


# a label of hours or a share before a number: "Hours: 37.5 per week", "Arbeitszeit 38.5", "FTE 0.8"
_COUNT_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:hours?|hrs|stunden|std|arbeitszeit|uren|heures|horas|ore|timer|fte|"
                                 r"pensum|tuntia)\.?\s*[:：]?\s*$", re.IGNORECASE)


def _evidence(num: str) -> str | None:
    """The decimal mark a number token proves, if any."""
    if num[-1] in _NO_CENTS_DASHES and (mark := _no_cents_mark(num)):
        return mark
    return evidence_separator(_NUM_HEAD.match(num).group())  # type: ignore[union-attr]


_NO_CENTS_DASHES = "-–"


def _no_cents_mark(raw: str) -> str | None:
    """The decimal mark of "48.000,-" or "95'000.–" (a mark, then a dash for the cents):
    the mark right before the dash, unless the number also uses it to group ("1.500.-")."""
    body = raw.rstrip(_NO_CENTS_DASHES)
    mark = body[-1:]
    return mark if mark in (".", ",") and mark not in body[:-1] else None


_HAS_CJK_UNIT = re.compile(f"[{CJK_UNITS}]")


def _read(raw: str, decimal: str | None) -> tuple[Decimal, str | None, bool, bool]:
    """Value, last CJK unit, whether that unit may be shared, guessed flag.

    With no settled decimal mark, a lone "45.000" or "3,500" is read as
    grouped thousands (pay is not written to three decimals) and flagged.
    """
    if raw[-1] in _NO_CENTS_DASHES:  # "95'000.-", "48.000,-", "2,50,000/-": no cents, and the mark is the decimal one
        decimal = _no_cents_mark(raw) or decimal
        raw = raw.rstrip(_NO_CENTS_DASHES).rstrip("./,")
    if not _HAS_CJK_UNIT.search(raw):
        n = read_number(raw.strip(), decimal)  # type: ignore[arg-type]
        return n.value, None, False, n.guessed
    total, group, last_unit, guessed, tail = Decimal(0), Decimal(0), None, False, False
    for m in _CJK_PART.finditer(raw):
        digits, unit, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None:
            n = read_number(bare, decimal)  # type: ignore[arg-type]
            total += n.value
            tail = True
            continue
        n = read_number(digits, decimal) if digits else None  # type: ignore[arg-type]
        guessed |= bool(n and n.guessed)
        value = n.value if n else Decimal(0)
        if unit in _SMALL_UNITS:
            group += (value or Decimal(1)) * _SMALL_UNITS[unit]
        else:
            total += (group + value) * _GROUP_UNITS[unit]
            group = Decimal(0)
        last_unit = unit
    if group and last_unit in _SMALL_UNITS and "억" in raw and raw.rfind("억") > raw.rfind("만"):
        group *= _GROUP_UNITS["만"]  # Korean drops the 만 after 억: "1억5천" is 1억 5천만 (150,000,000)
    total += group
    # "8万", "8百万": units after the digits only, which a bare left end may share ("6-8百万円")
    shareable = last_unit is not None and not tail and _UNITS_AFTER_DIGITS.fullmatch(raw.strip()) is not None
    return total, last_unit, shareable, guessed


_UNITS_AFTER_DIGITS = re.compile(rf"\d+(?:[.,]\d+)*\s?([{CJK_UNITS}]+)")


def _unit_factor(a: Amount) -> Decimal:
    """What a shareable unit multiplies by: "k" 1,000; "百万" 1,000,000."""
    if (m := _UNITS_AFTER_DIGITS.fullmatch(a.raw.strip())) is not None:
        factor = Decimal(1)
        for unit in m.group(1):
            factor *= MULTIPLIERS[unit]
        return factor
    return MULTIPLIERS.get(a.multiplier.lower(), Decimal(1)) if a.multiplier else Decimal(1)


# _read and _evidence are pure in their arguments, and number strings recur across texts
# ("50,000"): in the dev corpus 501 of 923 number tokens repeat one read before. A read costs
# 3-5 us, a memo hit 0.25. Only short tokens are memoized, so the memos stay small (4,096 keys
# of at most 32 characters each); a 10,000-digit token is read every time.
MEMO_MAX_CHARS = 32
_read_memo = lru_cache(maxsize=4096)(_read)
_evidence_memo = lru_cache(maxsize=4096)(_evidence)


def clear_memos() -> None:
    """Forget the memoized number reads and period-word checks (for benchmarks of texts never seen)."""
    _read_memo.cache_clear()
    _evidence_memo.cache_clear()
    _prefix_period.cache_clear()


def _gap(text: str, start: int, end: int) -> str:
    return text[start:end] if end > start else ""


def _tight(text: str, start: int, end: int, limit: int = 2) -> bool:
    """Only spaces (at most ``limit``) between two positions."""
    g = _gap(text, start, end)
    return len(g) <= limit and not g.strip()


def _plausible_decimal(country: str | None) -> str:
    """The mark that could be a decimal mark for a reader of this country:
    a lone "3.500" is a real doubt in an English text, "1,234" in a German one."""
    return (country_decimal_separator(country) if country else None) or "."


# Work is bounded: a text with more numbers, or more words and signs, than
# these is read up to there (a 10,000-character posting has about 2,000 tokens).
MAX_AMOUNTS = 300
_TOO_LARGE = Decimal(10) ** 15
MAX_TOKENS = 5000


def _amounts(toks: list[Token], text: str, decimal: str | None, doubt: str = ".", country: str | None = None) -> list[Amount]:
    out: list[Amount] = []
    long_text = len(text) > LONG_TEXT
    used: set[int] = set()
    street_hint: list[bool] = []

    def streets() -> bool:  # a street's word somewhere in the text: searched once, when first needed
        if not street_hint:
            street_hint.append(_STREET_HINT.search(text.lower()) is not None)
        return street_hint[0]
    for i, t in enumerate(toks):
        if t.kind != "num" or i in used:
            continue
        if len(out) >= MAX_AMOUNTS:
            break
        try:
            value, unit, shareable, guessed = (_read_memo if len(t.text) <= MEMO_MAX_CHARS else _read)(t.text, decimal)
        except NotANumber:
            continue  # "1.000,000.000": not one number, not money
        if value >= _TOO_LARGE:
            continue  # 20 digits is an id or a hash, not pay in any currency
        a = Amount(value, t.start, t.end, t.text, unit, shareable, [], guessed and doubt in t.text)
        j = i + 1
        if (mult := _spoken_decimal(toks, i, text)) is not None:
            # "2k5" (2,500), "45k5" (45,500), "3L5" (3.5 lakh): a unit letter as the decimal mark
            a.value = (value + Decimal(toks[i + 2].text) / 10) * MULTIPLIERS[mult]
            a.multiplier, a.shareable_unit, a.end = mult, True, toks[i + 2].end
            used.add(i + 2)
            j = i + 3
        # a word or CJK multiplier may stand two spaces off, as scraped fields double spaces ("5-10  Lacs  PA")
        if j < len(toks) and toks[j].kind == "mult" and _tight(
            text, t.end, toks[j].start, 2 if len(toks[j].text) > 1 or not toks[j].text.isascii() else 1
        ) and not (
            # pence and cents: "45p", not "1080p" (a resolution) or "£12.50p" (pounds with a stray p)
            MULTIPLIERS[toks[j].text.lower()] < 1
            and (value >= 100 or not t.text.isdigit() or (i > 0 and toks[i - 1].kind == "cur" and toks[i - 1].end >= t.start - 1))
        ):
            a.multiplier = toks[j].text.lower()
            a.value *= MULTIPLIERS[a.multiplier]
            if a.multiplier == "mil" and value != value.to_integral() and country and _mil_is_million(country):
                a.value *= 1000  # en "R 1,2 mil", "$1.5 mil": a million; es/pt "R$ 1,5 mil" is 1 500
            a.shareable_unit = True
            a.end = toks[j].end
            if a.multiplier in _MULTIPLIER_CURRENCY:  # "TEUR": the sign is in the word
                a.currencies.append(Token("cur", toks[j].start, toks[j].end, _MULTIPLIER_CURRENCY[a.multiplier]))
            j += 1
            j = _compound_number(toks, j, a, text, used)
        elif j < len(toks) and toks[j].text in ("W", "w") and toks[j].start == a.end and _CJK_SIGN.search(text):
            # Chinese boards write 万 as W: "年薪30-50W", "15W/年"
            a.multiplier, a.value, a.shareable_unit, a.end = "万", a.value * MULTIPLIERS["万"], True, toks[j].end
            j += 1
        if j < len(toks) and toks[j].kind == "cur" and _tight(text, a.end, toks[j].start, 1) and not (
            # "Band 1 £25,000": a sign spaced from the number before and touching the one after is the latter's
            toks[j].start > a.end and j + 1 < len(toks) and toks[j + 1].kind == "num" and toks[j + 1].start == toks[j].end
        ):
            a.currencies.append(toks[j])
            a.end = toks[j].end
            used.add(j)
            j += 1
            if (toks[j - 1].text.lower() == "fr." and a.multiplier is None and j < len(toks) and toks[j].kind == "num"
                    and len(toks[j].text) == 2 and toks[j].text.isdigit() and t.text.isdigit() and value < 1000
                    and _tight(text, a.end, toks[j].start, 1) and not _TIMES_AFTER.match(text, toks[j].end)):
                a.value += Decimal(toks[j].text) / 100  # Swiss "26 fr. 50": francs and centimes
                a.end = toks[j].end
                used.add(j)
                j += 1
            if (a.multiplier is None and j < len(toks) and toks[j].kind == "mult" and toks[j].text in ("k", "K")
                    and toks[j].start == a.end):
                a.multiplier, a.value, a.shareable_unit, a.end = "k", a.value * 1000, True, toks[j].end  # "60-70 €k"
                used.add(j)
                j += 1
        if (country == "NG" and t.start and text[t.start - 1] == "#" and not a.currencies
                and (a.multiplier or "," in t.text) and not (t.start > 1 and text[t.start - 2].isalnum())):
            a.currencies.append(Token("cur", t.start - 1, t.start, "₦"))  # "#180k/month": Nigerian keyboards type '#' for ₦
            a.start = t.start - 1
        if (i > 0 and country and toks[i - 1].kind == "word" and len(w := toks[i - 1].text) == 1 and w.islower() and w.isascii()
                and t.start - toks[i - 1].end <= 1 and not (toks[i - 1].start and _LETTER_OR_APOSTROPHE.match(text, toks[i - 1].start - 1))
                and ("," in t.text or "." in t.text or len(t.text) >= 4)
                and set(_lookup(w.upper())) & set(country_currencies(country))):
            toks[i - 1] = Token("cur", toks[i - 1].start, toks[i - 1].end, w.upper())  # "q5,000" in Guatemala, "p25,000" in Manila
        if (i > 0 and toks[i - 1].text in _SIGNS_ALSO_FROM and toks[i - 1].kind == "cur"
                and any(c.text not in ABBREVIATION_SIGNS and _lookup(c.text) for c in a.currencies)):
            toks[i - 1] = Token("frompre", toks[i - 1].start, toks[i - 1].end, toks[i - 1].text)  # "DA 1.300 €": Italian "from"
        if i > 0 and toks[i - 1].kind == "cur" and i - 1 not in used and _tight(text, toks[i - 1].end, t.start):
            a.currencies.insert(0, toks[i - 1])
            a.start = toks[i - 1].start
            used.add(i - 1)
            # "$25.000 MXN": an ISO code right after wins over the symbol; so does one right
            # before it ("CAD $90,000", "AUD$ 120k")
            if i > 1 and toks[i - 2].kind == "cur" and i - 2 not in used and _iso_written(toks[i - 2].text) and (
                toks[i - 2].end == toks[i - 1].start or _tight(text, toks[i - 2].end, toks[i - 1].start, 1)
                and toks[i - 2].text in _lookup(toks[i - 1].text) and not _AS_A_SKILL.search(text, max(0, toks[i - 2].start - 32), toks[i - 2].start)
            ):  # glued ("ZWL$"), or a code the sign can mean, not named as a skill: not "AMD $150k" (the
                # chip maker), "NIO $150k", "Linux/BSD $140k", "AWS, GCP, BSD $130k", "Proficient in CAD $60,000"
                a.currencies.insert(0, toks[i - 2])
                a.start = toks[i - 2].start
                used.add(i - 2)
        if any(c.text == "KM" for c in a.currencies) and (
            _DISTANCE_BEFORE.search(text, max(0, a.start - 32), a.start) or _DISTANCE_AFTER.match(text, a.end)
        ):  # "Udaljenost 1.200 KM", "ture do 3.000 KM", "1.500 KM dnevno": kilometres, not convertible marks
            a.currencies = [c for c in a.currencies if c.text != "KM"]
            a.count = True
        if j < len(toks) and toks[j].kind == "plus" and toks[j].start == a.end:
            j += 1  # "3+ years": a count with an open end
        if j < len(toks) and toks[j].kind == "unit" and _tight(text, toks[j - 1].end if toks[j - 1].kind == "plus" else a.end, toks[j].start, 1):
            a.count = not a.currencies
            _range_of_counts(out, a, text)
        elif (not a.currencies and j + 1 < len(toks) and toks[j].kind in ("word", "salary") and toks[j + 1].kind == "unit"
              and a.multiplier is None and _tight(text, toks[j - 1].end if toks[j - 1].kind == "plus" else a.end, toks[j].start, 1)
              and _tight(text, toks[j].end, toks[j + 1].start, 1)
              and not _PAY_KIND_GAP.fullmatch(toks[j].text)):
            a.count = True  # one word between: "120 PTO hours", "40 billable hours", "5,000+ SaaS companies"; not "4.000 brutto Monat"
        elif (not a.currencies and a.multiplier in _SCRIPT_MULTIPLIERS and (k := j + (
                j + 1 < len(toks) and toks[j].kind in ("fromsuf", "uptosuf", "openabove"))) < len(toks)
              and toks[k].kind == "word" and _tight(text, toks[k - 1].end, toks[k].start, 1) and not _CJK_TEXT.match(toks[k].text)
              and not _NET_OR_GROSS.fullmatch(toks[k].text)):
            a.count = True  # "50 ألف عميل", "10 हजार ग्राहक", "5 หมื่นราย": thousands of something, not money
        elif long_text and not a.currencies and (a.multiplier is None or a.multiplier.lower() in _COUNT_MULTIPLIERS) and not (
            out and out[-1].currencies and _RANGE_GAP.fullmatch(text, out[-1].end, a.start)  # "USD 2.500 - 3.000 nominales"
        ) and _counted_noun(toks, j, a, text):
            a.count = True  # "45,000 merchants", "1.8 million Kenyans", "1.2 lakh employees": a count in a posting
        elif not a.currencies and _hours_of_duration(toks, j, a, text):
            a.count = True  # "12hr shifts", "6h/día": hours, not an hourly rate
            _range_of_counts(out, a, text)
        elif (j < len(toks) and toks[j].kind == "salary" and a.value < 100 and _tight(text, a.end, toks[j].start, 1)
              and _SALARY_NOUN.fullmatch(toks[j].text)):
            a.count = not a.currencies  # "bônus de até 1,5 salário": a number of salaries
        elif (not a.currencies and a.multiplier is not None and text.startswith("以上", a.end)
              and _WORD_BEFORE.search(text, max(0, a.start - 3), a.start) and not _CJK_PAY_BEFORE.search(text, max(0, a.start - 8), a.start)):
            a.count = True  # "粉丝10k以上", "身高1.65m以上": a count or a size; "月薪10k以上" is pay
        if _glued_to_a_word(toks, i, text) or _after_grade_word(toks, i, text) or _leading_zero(t.text) or (
            out and out[-1].count and i >= 2 and toks[i - 1].text == "-" and out[-1].end == toks[i - 1].start
            and toks[i - 1].end == t.start  # the rest of a code: "AHP-2025-7712"
        ) or (
            out and out[-1].count and out[-1].end + 1 == t.start and text[out[-1].end] == "/" and t.text.isdigit()
            and out[-1].raw.isdigit()  # "(Ref: 2024/1187)"
        ) or (
            t.text.isdigit() and _AFTER_HASH.search(text, max(0, t.start - 8), t.start)
        ) or (
            i >= 2 and toks[i - 1].kind == "plus" and toks[i - 2].kind == "word"  # "MA+30": a name
            and toks[i - 2].end == toks[i - 1].start and toks[i - 1].end == t.start
        ):
            a.count = not a.currencies or _glued_letter_sign(a, t)  # A380, Level 3, Band 07: names and grades, not amounts
            if a.count:
                a.currencies = []
        elif not a.currencies and a.multiplier is None and (
            long_text and _postcode(toks, i, text)
            or len(t.text) <= 5 and t.text.isdigit() and streets() and _STREET_BEFORE.search(text, max(0, t.start - 48), t.start)
            or 4 <= len(t.text) <= 6 and out and out[-1].postcode and _ADDRESS_GAP.fullmatch(text, out[-1].end, t.start)  # "Calle Mayor 12, 28013 Madrid"
            or len(t.text) <= 5 and t.text.isdigit() and _STREET_AFTER.match(text, t.end)
            or 4 <= len(t.text) <= 6 and t.text.isdigit() and _LOCATION_LABEL.search(text, max(0, t.start - 40), t.start)
            and (j >= len(toks) or toks[j].kind == "clause" or toks[j].kind == "word" and toks[j].text[:1].isupper())
            and _POSTCODE_DIGITS.get(country or "", len(t.text)) == len(t.text)
        ):
            a.postcode = True  # "Lieu : 69003 Lyon" in a field of its own too
        out.append(a)
    return out


@lru_cache(maxsize=512)
def _mil_is_million(country: str) -> bool:
    """Whether "mil" after a decimal is English for a million in the country's languages: English is
    spoken there, and no language that writes "mil" for a thousand (es, pt, ca, gl) is."""
    langs = country_languages(country)
    return "en" in langs and not any(lang in ("es", "pt", "ca", "gl") for lang in langs)


_TIMES_AFTER = re.compile(r"\s*(?:x|×|fois|mal|mois|monate?|salaires?|e\b|ème)", re.IGNORECASE)  # "5200 fr. 13 fois par an"


def _counted_noun(toks: list[Token], j: int, a: Amount, text: str) -> bool:
    """A bare number followed by an English plural noun that names no currency ("45,000
    merchants", "140 agencies"), as a posting counts things; not "50,000 plus", "5,000 rubles",
    nor after a salary word ("Salary 28,000 increases to 30,000", "Salario 24.000 brutos")."""
    end = toks[j - 1].end if j and toks[j - 1].kind == "plus" else a.end  # "14,000+ roofs"
    if j >= len(toks) or toks[j].kind != "word" or toks[j].start != end + 1 or text[end] != " ":
        return False
    if _SALARY_WORD_ALONE.search(text, max(0, a.start - 40), a.start) or _OFFERED.search(text, max(0, a.start - 60), a.start):
        return False
    word = toks[j].text
    if _CHANGE_TO.match(text, toks[j].end):
        return False  # "45,000 rises to 52,000": a verb
    if a.multiplier is not None and word[:1].isupper() and word[1:].islower():
        word = word.lower()  # a people's name after a spelled multiplier: "1.8 million Kenyans"
    if _plural_noun(word):
        return True
    # an abbreviation or a brand between: "5,000+ SaaS companies", "68,000 ED visits per year", "200 UK clients"
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return bool(nxt and nxt.kind == "word" and nxt.start == toks[j].end + 1 and text[toks[j].end] == " "
                and _QUALIFIER.fullmatch(word) and _plural_noun(nxt.text))


# a word in capitals or with capitals inside, not a code of three capitals ("5,000 USD salaries" is money)
_QUALIFIER = re.compile(r"[A-Z]{2}|[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Z]{4,6}")


def _plural_noun(word: str) -> bool:
    """An English plural noun that names no currency: "merchants", not "plus", "rubles"."""
    units = currency_words()
    return (len(word) >= 4 and word.isascii() and word.islower() and word[-1] == "s" and word[-2] not in "suio"
            and word not in _NOT_COUNTED and word not in units and word[:-1] not in units and word[:-2] not in units)


_WORD_BEFORE = re.compile(r"[^\W\d_]\s?$")
_CJK_PAY_BEFORE = re.compile(r"[薪资酬資給与俸]|工资|收入|待遇|月給|年収|[月年]入")
_CHANGE_TO = re.compile(r"\s+(?:up\s+)?to\s+\S{0,4}\d")


_RANGE_GAP = re.compile(r"\s?(?:[-–—~]|to|a|bis|até|al|à)\s?", re.IGNORECASE)
_COUNT_MULTIPLIERS = frozenset({"million", "millions", "billion", "billions", "thousand", "lakh", "lakhs", "lac", "lacs",
                                "crore", "crores", "mn", "bn"})
_NOT_COUNTED = frozenset({"plus", "minus", "less", "this", "thus", "towards", "afterwards", "always", "perhaps", "basis",
                          "onwards", "upwards", "includes", "bruts", "nets", "brutas", "netas", "crowns", "ushs", "roubles"})
# an offer or a pay verb before the number: "We offer 150,000 roubles", "Ofrecemos 650,000 colones"
_OFFERED = re.compile(r"(?<![^\W\d_])(?:offer\w*|pays?|paying|earn\w*|ofrec\w*|oferec\w*|propos\w*|offr\w*|ganar\w*|"
                      r"se\s+ofrece|bieten|zahlen)(?![^\W\d_])[^.;\n]*$", re.IGNORECASE)


# before a code that is a skill, not the dollar's name: a list ("Linux/BSD"), or a skill phrase
# ("Proficient in CAD", "Skills: CAD", "Experience with NAD", "Drafting (CAD $28/hr)"); not "Salary in CAD"
_AS_A_SKILL = re.compile(
    r"(?:[/,&+]|(?<![^\W\d_])(?:proficien\w*|experience[ds]?|expertise|skill(?:s|ed)?|knowledge|familiar\w*|certified|"
    r"trained)(?:\s+(?:in|with|of|using))?\s*:?|(?<![^\W\d_])(?:drafting|design(?:ing|ers?)?|using)\s*\(?)\s*$",
    re.IGNORECASE,
)


def _compound_number(toks: list[Token], j: int, a: Amount, text: str, used: set[int]) -> int:
    """ "3 thousand 500 pesos", "3 lakh 60 thousand per year": a smaller whole number (and its smaller unit word)
    right after a spelled unit word is part of the amount, when money or a period follows it. Returns the index
    of the token after the amount."""
    if not (a.multiplier and len(a.multiplier) > 2 and a.multiplier.isalpha() and j < len(toks) and toks[j].kind == "num"
            and toks[j].text.isdigit() and _tight(text, a.end, toks[j].start, 1)):
        return j
    unit = MULTIPLIERS[a.multiplier.lower()]
    part, k = Decimal(toks[j].text), j + 1
    if k < len(toks) and toks[k].kind == "mult" and _tight(text, toks[j].end, toks[k].start, 1) and (
            MULTIPLIERS.get(toks[k].text.lower(), unit) < unit):
        part *= MULTIPLIERS[toks[k].text.lower()]
        k += 1
    if part >= unit or not (k == len(toks) or toks[k].kind == "cur" or toks[k].kind.startswith("period_")
                            or toks[k].kind in ("clause", "rparen", "lparen", "plus")):
        return j
    a.value += part
    a.end = toks[k - 1].end
    used.update(range(j, k))
    return k


def _spoken_decimal(toks: list[Token], i: int, text: str) -> str | None:
    """The multiplier of "2k5", "3L5" or "6tr5", if toks[i] starts one: a whole number, "k", "L" or "tr", one
    digit, all touching, and no digit or letter after."""
    if i + 2 >= len(toks) or not toks[i].text.isdigit() or len(toks[i].text) > 3:
        return None
    letter, digit = toks[i + 1], toks[i + 2]
    if not ((letter.kind == "word" and letter.text in ("k", "K", "L") or letter.kind == "mult" and letter.text == "tr")  # vi "6tr5"
            and letter.start == toks[i].end
            and digit.kind == "num" and len(digit.text) == 1 and digit.start == letter.end):
        return None
    if digit.end < len(text) and (text[digit.end].isalnum() or text[digit.end] in ".," and text[digit.end + 1:digit.end + 2].isdigit()):
        return None  # "2k5" ends there; "6tr5, tips" and "6tr5." too; not "2k5.5"
    return letter.text.lower()


def _hours_of_duration(toks: list[Token], j: int, a: Amount, text: str) -> bool:
    """A number of hours right before a shift word or a "/day" ("12hr shifts", "4-10 hr blocks",
    "6h/día"): a duration, not a rate ("$15 hr" has its sign, "18 per hour" its "per")."""
    if j + 1 >= len(toks) or a.multiplier or toks[j].text.lower() not in HOURS_WORDS or not _tight(text, a.end, toks[j].start, 1):
        return False
    if not a.raw.isdigit():
        return False  # "12.50 hr days": a rate
    if (_SALARY_WORD.search(text, max(0, a.start - 20), a.start) and not any(x.kind == "num" for x in toks[j + 1:j + 12])
            and not any(x.kind == "cur" for x in toks)):  # "£520 per week, paid weekly, 5 x 10hr shifts": a duration
        return False  # "Rate: 22 hr days" with no other amount; not "Pay rate: 12 hr shifts, £13.50 per hour"
    nxt = toks[j + 1]
    if a.value > (80 if nxt.text.lower() in _WEEK_NOUNS or nxt.kind == "period_week" else 24):
        return False
    if nxt.kind in ("period_day", "period_week", "period_month"):
        # "6h/día"; spaced, a day's or a week's hours: "8 jam sehari", "8 שעות ליום", "40 hours weekly"
        return nxt.start == toks[j].end and nxt.text[:1] == "/" or (
            nxt.kind != "period_month" and _tight(text, toks[j].end, nxt.start, 1))
    return nxt.kind in ("word", "unit") and nxt.text.lower() in DURATION_NOUNS and _tight(text, toks[j].end, nxt.start, 1)


_WEEK_NOUNS = frozenset({"week", "weeks", "wk", "woche", "semaine", "semana"})
# "2,500-3,000 miles", "4-10 hr blocks": the unit of a range's right end is its left end's too
_COUNT_RANGE_GAP = re.compile(r"\s?[-–—~]\s?|\s(?:to|bis|à|a|y|e)\s")


def _range_of_counts(out: list[Amount], a: Amount, text: str) -> None:
    if a.count and out and not out[-1].currencies and not out[-1].multiplier and out[-1].value <= a.value and (
        _COUNT_RANGE_GAP.fullmatch(text, out[-1].end, a.start)
    ):  # not "Sueldo 1300 y 30 días", "35000 - 2 years experience"
        out[-1].count = True


# "Store #1187", "Req #R-10234": an identifier
_AFTER_HASH = re.compile(r"(?<![A-Za-z])#\s?(?:[A-Za-z]{1,4}-?)?$")  # not "C# 55k"

_GROSS_OR_NET_AFTER = re.compile(r"\s?(?:brutto|netto|bruto|neto|brut|gross|brutos|netos|bruttó|nettó|lordi|netti)(?![^\W\d_])",
                                 re.IGNORECASE)
_NET_OR_GROSS = re.compile(r"נטו|ברוטו|صافي|صافى|إجمالي|اجمالي|ناخالص|خالص|नेट|ग्रॉस|net|gross|brutto|netto|bruto|neto|สุทธิ", re.IGNORECASE)
# number words of scripts without a currency sign glued to them: a plain word after them names what is counted
_SCRIPT_MULTIPLIERS = frozenset({"ألف", "الف", "آلاف", "ألاف", "الاف", "هزار", "ہزار", "हजार", "हज़ार", "लाख", "करोड़", "কোটি", "হাজার", "লাখ",
                                 "хиљада", "hiljada", "tisuća", "илјади", "сая", "мянга", "ລ້ານ", "ພັນ", "သိန်း", "သောင်း", "ထောင်",
                                 "লক্ষ", "אלף", "พัน", "หมื่น", "แสน", "ล้าน", "nghìn", "ngàn"})
_MULTIPLIER_CURRENCY = {"kdh": "DH", "teur": "EUR", "т.р.": "RUB", "тыс.р.": "RUB", "tkr": "kr", "tkr.": "kr", "t.kr.": "kr", "t.kr": "kr"}
# "1,5 salário", "2 salaries", "3 Gehälter": a number of monthly salaries, as a bonus is often given
_SALARY_NOUN = re.compile(r"salári(?:o|os)|salari(?:o|os)|salaires?|salar(?:y|ies)|sueldos?|gehalt|gehälter|stipendi[oi]?",
                          re.IGNORECASE)

# a text this long is a posting or a paragraph, not a salary field: it has addresses
LONG_TEXT = 80
_POSTCODE_WORD = re.compile(
    r"(?:\b(?:plz|cp|c\.p\.|cap|cep|zip(?:\s?code)?|post\s?code|postleitzahl|código\s+postal|code\s+postal)|邮编|郵便番号|〒|우편번호)"
    r"[\s:：.]*$", re.IGNORECASE)


# Digits of a country's postcodes, where they are all digits; 0 where none are ("Location: London 45000" is pay)
_POSTCODE_DIGITS = {
    **dict.fromkeys(("AT", "AU", "BE", "CH", "DK", "NO", "NZ", "ZA", "HU", "LU", "BG", "SI", "CY", "PH", "GE", "AM", "TN"), 4),
    **dict.fromkeys(("DE", "FR", "ES", "IT", "FI", "US", "MX", "EE", "HR", "MY", "TH", "ID", "TR", "UA", "KR", "GR", "CZ", "SK",
                     "SE", "LT", "MA", "DZ", "SA", "PK", "EG", "KW", "BR"), 5),
    **dict.fromkeys(("IN", "CN", "RU", "SG", "KZ", "RO", "BY", "VN", "NG", "CO"), 6),
    **dict.fromkeys(("GB", "IE", "CA", "NL", "AR", "JP", "HK", "AE", "QA", "MT"), 0),
}


# a place's label right before the number: "Lieu : 69003 Lyon", "Arbeitsort: 80335 München", "Location: 2000 Sydney"
_LOCATION_LABEL = re.compile(
    r"(?<![^\W\d_])(?:lieu(?:\s+de\s+travail)?|localisation|location|work\s+location|ort|arbeitsort|einsatzort|dienstort|standort|"
    r"ubicaci[oó]n|localidad|sede(?:\s+di\s+lavoro)?|localit[aà]|luogo\s+di\s+lavoro|locatie|standplaats|werklocatie|"
    r"local(?:\s+de\s+trabalho)?|localiza[cç][aã]o|address|adresse|dirección|indirizzo|morada|"
    r"arbeidssted|arbetsort|arbejdssted|tjenestested|sijainti|työpaikka|asukoht|atrašanās\s+vieta|darbo\s+vieta|vieta|staðsetning)"
    r"\s*[:：]\s*(?:(?:[^\W\d_][\w'.-]*\s+)?[^\W\d_][\w'.-]*,?\s+)?$",  # or a place's name: "Asukoht: Tartu, 50106"
    re.IGNORECASE,
)

# a street's name before a house number: "Av. Insurgentes Sur 1602", "Calle de Alcalá 45", "Rua Augusta 1200",
# "Industriestraße 14", "ul. Długa 12"
_STREET_NAMES = ("avenida", "calle", "carrera", "calzada", "boulevard", "bulevar", "paseo", "rua", "avenue", "street", "road",
                 "lane", "drive", "via", "viale", "corso", "piazza", "rue", "chemin", "ulica")
_STREET_SHORT = ("av", "avda", "cra", "blvd", "ave", "st", "rd", "ul")  # written with their dot
_STREET_SUFFIXES = ("straße", "strasse", r"str\.", "weg", "gasse", "allee", "platz", "damm", "ufer")
_STREET_WORDS = rf"(?<![^\W\d_])(?i:{'|'.join(_STREET_NAMES)}|(?:{'|'.join(_STREET_SHORT)})\.|c/)"
_STREET_BEFORE = re.compile(
    rf"(?:{_STREET_WORDS}(?:\s+(?:[A-ZÁÉÍÓÚÑÜÂÊÔÃÕÇ][\w'.-]*|de|del|la|"
    r"los|las|do|da|dos|das|di|della|du|des|of|the)){1,5}"
    rf"|[^\W\d_]{{2,}}(?i:{'|'.join(_STREET_SUFFIXES)}))[ \t]*,?[ \t]*(?:(?i:n[º°o]\.?|#)[ \t]?)?$"
)
# a cheap test of the lower-cased text (~2 µs on a short one), once, before the street rule (~10 µs a search) runs
# at each bare number: the same words, with no guard and no case folding
_STREET_HINT = re.compile("|".join([*_STREET_NAMES, *(rf"{w}\." for w in _STREET_SHORT), "c/", *_STREET_SUFFIXES]))

# a house number before its street, as US, UK and Australian addresses write it: "4500 W 95th St", "221B Baker Street"
_STREET_AFTER = re.compile(
    r"[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][\w'.-]*[ \t]+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pkwy|Parkway|Way|Ct|Court|Hwy|Highway|Pl|Place)\b\.?"
    r"(?![ \t]*(?:[-–/]|to\b|per\b|an?\b)[ \t]*\$?\d)"
)
_ADDRESS_GAP = re.compile(r"[ \t]?[,–-]?[ \t]?")


def _postcode(toks: list[Token], i: int, text: str) -> bool:
    """A bare 4-6 digit number in a posting that looks like a postcode: "(44000)", "80335 München",
    "邮编100022", "PLZ 10117". German capitalises every noun ("55000 Brutto"), so this only
    marks the number: a salary word or a period near it still makes it pay (``_weak``)."""
    t = toks[i]
    if not (4 <= len(t.text) <= 6 and t.text.isdigit()):
        return False
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev and nxt and prev.kind == "lparen" and nxt.kind == "rparen" and prev.end == t.start and nxt.start == t.end:
        return True
    if nxt and nxt.kind == "word" and nxt.text[:1].isupper() and not nxt.text.isupper() and text[t.end:nxt.start] == " ":
        return True
    return bool(_POSTCODE_WORD.search(text, max(0, t.start - 20), t.start))


_MAY_TOUCH = frozenset({"cur", "approx"})


def _glued_letter_sign(a: Amount, t: Token) -> bool:
    """The amount's only sign is one capital glued to the number: "R1987654" may be an identifier's letter."""
    return len(a.currencies) == 1 and len(c := a.currencies[0].text) == 1 and c.isupper() and a.currencies[0].end == t.start


def _glued_to_a_word(toks: list[Token], i: int, text: str) -> bool:
    t = toks[i]
    if i >= 2 and toks[i - 1].text == "-" and toks[i - 1].end == t.start and toks[i - 2].kind == "word" and (
        toks[i - 2].end == toks[i - 1].start and toks[i - 2].text.isupper()
        and (len(toks[i - 2].text) >= 2 or text[toks[i - 2].start - 1:toks[i - 2].start] == "-")
    ):
        return True  # a code: "196-AHP-2025-7712", "REQ-12345"; not "Take home-18000", "Gross-25000"
    if i == 0 or t.start == 0 or not text[t.start - 1].isascii() or not text[t.start - 1].isalpha():
        return False
    prev = toks[i - 1]
    return prev.end == t.start and prev.kind not in _MAY_TOUCH and not prev.kind.startswith("period_")


def _after_grade_word(toks: list[Token], i: int, text: str) -> bool:
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.kind in ("word", "unit", "other") and prev.text.lower() in GRADE_WORDS and _tight(text, prev.end, toks[i].start, 3) and not (
        prev.text.lower() == "scale" and (len(toks[i].text) > 3 or not toks[i].text.isdigit())  # "Salary scale 50,000 - 60,000"
    ):
        return True  # "other": a payment's own grade, "TLR 2b (£5,432)"
    # a pay group's letter between: "Entgeltgruppe E 11", "Band B 3"
    if (i >= 2 and prev.kind in ("word", "range") and len(prev.text) <= 2 and prev.text.isupper() and len(toks[i].text) <= 2
            and toks[i].text.isdigit() and _tight(text, prev.end, toks[i].start, 1)
            and toks[i - 2].kind in ("word", "unit") and toks[i - 2].text.lower() in GRADE_WORDS
            and _tight(text, toks[i - 2].end, prev.start, 1)):
        return True
    # a labelled identifier or count: "Ref: 45123", "Job ID: 88123", "Vacancy No. 4512", "Hours: 37.5"
    first, k = toks[i], i - 1
    if (prev.text == "-" and prev.end == first.start and i >= 3 and toks[i - 2].kind in ("word", "mult", "unit") and toks[i - 2].end == prev.start
            and len(toks[i - 2].text) <= 4 and toks[i - 2].text.isupper()):
        first, k = toks[i - 2], i - 3  # a lettered identifier: "Job ID: R-204518", "Ref: JB-4471"
    elif (prev.text == "-" and prev.end == first.start and i >= 2 and toks[i - 2].end == prev.start
          and toks[i - 2].text.lower() in LABEL_WORDS and toks[i - 2].text.lower() not in COUNT_LABELS):
        k = i - 2  # "ref-48213", "Req-2291": a label glued to its number by a hyphen
    elif prev.kind == "cur" and len(prev.text) == 1 and prev.text.isupper() and prev.end == first.start and i >= 2:
        first, k = prev, i - 2  # a glued letter that is also a sign: "Registration No. R1987654"
    prev = toks[k]
    if prev.kind == "clause" and prev.text == "." and k >= 1 and toks[k - 1].end == prev.start:
        prev = toks[k - 1]
    word = prev.text.lower()
    if prev.kind == "word" and word not in LABEL_WORDS and _MARKED_ID_GAP.fullmatch(text, prev.end, first.start):
        j = k - 1
        if j >= 1 and toks[j].kind in ("word", "frompre", "between") and toks[j].text.lower() in _OF_WORDS and _tight(text, toks[j].end, prev.start, 1):
            j -= 1  # "Código de vacante: 5512", "Numéro de l'offre"
        if j >= 0 and toks[j].kind == "word" and toks[j].text.lower() in _ID_WORDS and _tight(text, toks[j].end, toks[j + 1].start, 1):
            return True  # the label's word after its noun: "ID job: 1048837", "Nr oferty: 4471", "Référence annonce : 88123"
    if prev.kind not in ("word", "unit") or word not in LABEL_WORDS:
        return False
    if word == "local" and (not first.text.isdigit() or len(first.text) > 4 or _RATE_AFTER.match(text, first.end)):
        return False  # a union's local ("Local 157"), not a trucker's local run ("Local 1500/wk")
    gap = _LABEL_GAP if word in COUNT_LABELS else _ID_GAP  # "40 horas 1300 brutos" is pay; "Kennziffer 4711" is not
    return gap.fullmatch(text, prev.end, first.start) is not None


_RATE_AFTER = re.compile(r"\s*(?:/|per(?![^\W\d_])|an?\s+(?:week|day|year|month|hour)|weekly|daily|hourly|cpm|k(?![^\W\d_]))",
                         re.IGNORECASE)
# words that name an identifier whatever follows them ("no" does not: "No experience: 15-18 per hour")
_ID_WORDS = frozenset({"id", "ref", "reference", "référence", "referencia", "riferimento", "referentie", "nr", "nº", "numer",
                       "number", "nummer", "numéro", "número", "numero", "code", "código", "codice", "kod", "cod"})
_OF_WORDS = frozenset({"de", "del", "of", "du", "da", "di", "do", "van"})
_MARKED_ID_GAP = re.compile(r"[ \t]{0,2}[:：#][ \t]{0,2}#?")
# between a label word and its number: "Ref: ", "No. ", "ID#", "Ref. #"
_ID_GAP = re.compile(r"\.?[°º]?[ \t]{0,2}[:：#]?[ \t]{0,2}#?|-")  # and glued by a hyphen: "ref-48213"
_LABEL_GAP = re.compile(r"\.?[°º]?[ \t]{0,2}[:：#][ \t]{0,2}#?|\.[ \t]{0,2}#?|[°º][ \t]{0,2}")  # not a bare space: "40 horas 1300"


def _leading_zero(raw: str) -> bool:
    """ "07", "048616": codes and postcodes; "0.5" and "0,8" are numbers."""
    return len(raw) > 1 and raw[0] == "0" and raw[1].isdigit()


# --- ranges and open ends --------------------------------------------------


def _index_at(starts: list[int], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect_left(starts, pos)


def _scaled_pair(low: Amount, high: Amount) -> tuple[Decimal, Decimal] | None:
    """The two ends of a range after sharing a unit, or None if implausible."""
    lo, hi = low.value, high.value
    if low.multiplier in _SMALL_UNITS and high.multiplier in _GROUP_UNITS and _SMALL_UNITS.keys() & set(high.raw) and (
        low.raw.rstrip()[-1:] == low.multiplier
    ):  # "5천~7천만원", "5千-7千万": the right end's 万 counts for both
        factor = _GROUP_UNITS[high.multiplier]
        if lo * factor <= hi:
            lo *= factor
    elif low.multiplier is None and high.multiplier and high.shareable_unit:
        factor = _unit_factor(high)
        if lo * factor <= hi:
            lo *= factor
    elif high.multiplier is None and low.multiplier and high.raw.isdigit() and hi < lo:
        # "$50k-60", "£25k - £30 + bonus": the right end written short of the left end's unit
        factor = MULTIPLIERS.get(low.multiplier.lower(), Decimal(1))
        if lo <= hi * factor <= lo * 4:
            hi *= factor
    elif low.multiplier is None and high.multiplier is None and lo < 1000 <= hi and lo == lo.to_integral():
        # "30-45000", "45-50.000 kr./md.", "600–700 000 kr": a bare left end short of the right end's thousands;
        # not a grade or a count before a signed amount ("GS-5/7/9 — $40,082", "Commission 5 - £25,000")
        if lo * 1000 <= hi <= lo * 1000 * 10 and not any(c.start <= high.start for c in high.currencies) and not (
            high.currencies and lo * 1000 * 10 < hi * 4  # "Løntrin 5 - 32.000 kr.": a grade before the amount
        ):
            lo *= 1000
        elif low.currencies and high.currencies and hi / 2 <= lo * 1000 <= hi:
            lo *= 1000  # "$45 to $55,000", "$150 - $170,000": both signed, the left one short of the right one's thousands
    if lo <= 0 or hi < lo or hi / lo > _MAX_RANGE_RATIO:
        return None
    return lo, hi


# signs that are also "from" words of a range: "DA" (Algerian dinar; Italian "da", written in capitals)
_SIGNS_ALSO_FROM = frozenset(s for s in ABBREVIATION_SIGNS if re.fullmatch("|".join(FROM_WORDS + BETWEEN_WORDS), s, re.IGNORECASE))


def _codes_of(tokens_: list[Token]) -> set[str]:
    return {c for t in tokens_ for c in _lookup(t.text)}


def _compatible(low: Amount, high: Amount) -> bool:
    """Whether two amounts may be a range's ends: no sign, or a currency both may be in. A left end's sign
    that is also a "from" word in capitals ("DA", Italian "from") does not bar a range whose right end writes
    another sign: "RAL DA 28.000 A 32.000 €", where the currency step, knowing the country, reads the word."""
    a, b = _codes_of(low.currencies), _codes_of(high.currencies)
    if not a or not b or a & b:
        return True
    return all(t.text in _SIGNS_ALSO_FROM and t.start == low.start for t in low.currencies) and not any(
        t.text in ABBREVIATION_SIGNS for t in high.currencies)


def _mentions(toks: list[Token], amounts: list[Amount], text: str) -> list[Draft]:
    drafts: list[Draft] = []
    order = sorted(amounts, key=lambda a: a.start)
    consumed: set[int] = set()
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    for k, a in enumerate(order):
        if id(a) in consumed or a.count:
            continue
        i = _index_at(starts, a.end)
        before = toks[max(0, bisect_right(ends, a.start) - 3):bisect_right(ends, a.start)]
        # skip a period written on the left end: "7 per hour to 8.50 per hour"
        j = i
        while j < len(toks) and toks[j].kind.startswith("period_") and _tight(text, _end(toks, j - 1, a), toks[j].start, 2):
            j += 1
        left_end = _end(toks, j - 1, a)
        # and a level's label in brackets: "$38.12/hour (Step 1) to $43.65/hour (Step 5)"
        if j < len(toks) and toks[j].kind == "lparen" and (label := _BRACKETED_GRADE.match(text, left_end)):
            left_end = label.end()
            j = _index_at(starts, left_end)
        conn = toks[j] if j < len(toks) else None
        n = k + 1
        while conn and n < len(order) and order[n].count and order[n].start < conn.end + 24:
            n += 1  # "$18.50/hr to Step 8 $24.15/hr": the step is a label of the right end
        nxt = order[n] if n < len(order) else None
        if conn and conn.kind in ("range", "uptopre") and nxt and _is_connector(conn, before, text, a, nxt, left_end):
            pair = _scaled_pair(a, nxt) if _compatible(a, nxt) and not nxt.count else None
            if pair and conn.text.lower() == "to" and _CHANGE_FROM.search(text, max(0, a.start - 24), a.start):
                # "moving from £61k to £67.5k base": the pay before a change and after it, not a range
                a.value, nxt.value = pair
                old = Draft(a, a, a.start, a.end, True)
                old.role, old.role_reason = "non_pay", "the pay before a change ('from ... to'), not this offer's"
                drafts.extend((old, Draft(nxt, nxt, nxt.start, nxt.end, True)))
                consumed.add(id(nxt))
                continue
            if pair:
                a.value, nxt.value = pair
                d = Draft(a, nxt, a.start, nxt.end, True)
                consumed.add(id(nxt))
                drafts.append(_open_prefix(d, before, text))
                continue
        third = order[n + 1] if n + 1 < len(order) else None  # "60000,70000,80000": three levels, no range
        if nxt and not nxt.count and not (
                third and _FIELD_DELIMITER.fullmatch(text, nxt.end, third.start)
                or k and not order[k - 1].count and _FIELD_DELIMITER.fullmatch(text, order[k - 1].end, a.start)
        ) and _field_pair(text, a, left_end, nxt) and _compatible(a, nxt):  # ("L3,165000,195000": the level's code is no amount)
            pair = _scaled_pair(a, nxt)
            if pair and pair[0] < pair[1] <= 3 * pair[0]:
                a.value, nxt.value = pair
                consumed.add(id(nxt))
                drafts.append(_record_fields(Draft(a, nxt, a.start, nxt.end, True), toks, starts, text,
                                             _FIELD_DELIMITER.match(text, left_end).group("d")))  # type: ignore[union-attr]
                continue
        d = Draft(a, a, a.start, a.end, True)
        d = _open_prefix(d, before, text)
        if (delimiter := _FIELD_DELIMITER.match(text, a.end)) and record_line(text, a.end, delimiter.group("d")):
            d = _record_fields(d, toks, starts, text, delimiter.group("d"))  # "Salaire;2 100,00;EUR;mois"
        # trailing open markers: "30k+", "400万円～", "以上"; after the amount's own period too: "$28/hour or more"
        if (i + 1 < len(toks) and toks[i].kind.startswith("period_") and toks[i].start - a.end <= 1
                and (toks[i + 1].kind == "fromsuf" or toks[i + 1].text.lower().startswith("or "))
                and toks[i + 1].start - toks[i].end <= 1 and len(toks[i + 1].text) > 3):  # not "$45/hr max. 30 hrs/week"
            i += 1
            a_end = toks[i - 1].end
        else:
            a_end = a.end
        after = toks[i] if i < len(toks) else None
        if after and after.start - a_end <= 1 and d.closed and d.low is d.high:
            after_next = toks[i + 1] if i + 1 < len(toks) else None
            if after.kind == "fromsuf" or (
                after.kind in ("range",) and after.text in _TRAILING_FROM and after.text != "-"
                and not (after_next and after_next.kind == "num")
            ):
                d.high, d.end = None, after.end
            elif after.kind == "plus" and after.start == a.end and not (
                after_next and after_next.kind in ("num", "cur", "other") and after_next.start - after.end <= 3
                and not (after_next.kind == "num" and "," in text[after.end:after_next.start + 1])  # "月入6000+，18-45岁"
                or after_next and after_next.kind == "word" and after_next.start == after.end
            ):  # "30k+" is open; "4000+提成", "£40k+bonus", "22万円＋各種手当" add other pay
                d.high, d.end = None, after.end
            elif after.kind == "uptosuf" and not (
                after.text[:3].lower() == "max" and after.text[-1] != "." and after_next
                and after_next.kind in ("num", "cur") and after_next.start - after.end <= 3
            ):  # "$60,000 Max $70,000": "Max" opens the next amount; "$70,000 max. 2 positions" closes its own
                d.low, d.end = None, after.end
        drafts.append(d)
    return drafts


def _field_pair(text: str, a: Amount, left_end: int, nxt: Amount) -> bool:
    """Whether two amounts are neighbouring fields of a delimited record, a minimum and a maximum:
    "55000|65000|EUR|YEAR", "USD,90000,110000,ANNUAL", "Salary;45000;55000;EUR;year",
    '"£38,000","£44,000","per annum"'. The line must have three fields or more; two years are dates
    ("Company,2021,2023,Remote"), and under a header row the two columns' names must say minimum
    and maximum ("Base,OTE,Currency\n60000,90000,GBP" is no range)."""
    gap = _FIELD_DELIMITER.fullmatch(text, left_end, nxt.start)
    if gap is None or not record_line(text, left_end, gap.group("d")):
        return False
    if not (a.currencies or nxt.currencies) and all(1900 <= x.value <= 2100 and x.raw.isdigit() for x in (a, nxt)):
        return False
    header, column = _header_row(text, a.start, gap.group("d"))
    if header is not None and column + 1 < len(header) and not any(ch.isdigit() for ch in header[column] + header[column + 1]):
        return bool(_MIN_HEADER.search(header[column]) and _MAX_HEADER.search(header[column + 1]))
    return True


def _header_row(text: str, pos: int, delimiter: str) -> tuple[list[str] | None, int]:
    """The names of the line above the row at ``pos`` when it has as many fields as the row, and the column of
    ``pos`` in the row; (None, column) when there is no such line."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    column = text.count(delimiter, line_start, pos)
    if not line_start:
        return None, column
    header = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].split(delimiter)
    if len(header) != text.count(delimiter, line_start, line_end if line_end >= 0 else len(text)) + 1:
        return None, column
    return header, column


# a header's names of a minimum and a maximum column: "min_salary", "Salary from", "Gehalt von", "Salaire min"
_MIN_HEADER = re.compile(r"min|from|low|start|von|\bde\b|\bdesde\b|\bod\b|\bvan\b|\bfra\b|\bfrån\b", re.IGNORECASE)
_MAX_HEADER = re.compile(r"max|to\b|high|end|\bbis\b|\bà\b|\ba\b|\bhasta\b|\bdo\b|\btot\b|\btil\b|\btill\b|upper|top",
                         re.IGNORECASE)


_FIELD_DELIMITER = re.compile(r"(?P<q>[\"']?)(?P<d>[|;,\t])(?P=q)")


def _record_fields(d: Draft, toks: list[Token], starts: list[int], text: str, delimiter: str) -> Draft:
    """The currency and period fields that follow a record's amount or its minimum and maximum:
    "55000|65000|EUR|YEAR", "Salaire;2 100,00;EUR;mois"."""
    k = _index_at(starts, d.start) - 1
    if k >= 1 and toks[k].kind == "clause" and toks[k].text == delimiter:
        k -= 1  # "EUR;45000;55000;year": ";" and "|" are tokens of their own
    if k >= 0 and toks[k].kind == "cur" and not d.amounts[0].currencies and (
            gap := _FIELD_DELIMITER.fullmatch(text, toks[k].end, d.start)) and gap.group("d") == delimiter:
        d.amounts[0].currencies.append(toks[k])  # a currency field before the amount: "USD,90000,110000,ANNUAL"
    line_end = text.find("\n", d.end, d.end + _FIELDS_REACH)
    pos = d.end
    for field_text in text[d.end:line_end if line_end >= 0 else d.end + _FIELDS_REACH].split(delimiter, 3)[1:3]:
        pos += 1
        stripped = field_text.strip(" \"'")
        start = pos + field_text.index(stripped) if stripped else pos
        pos += len(field_text)
        k = _index_at(starts, start)
        if k < len(toks) and toks[k].kind == "cur" and toks[k].start == start and toks[k].end == start + len(stripped):
            if not d.amounts[-1].currencies:
                d.amounts[-1].currencies.append(toks[k])
        elif stripped and (period := _field_period(stripped)):
            d.period, d.tail = period, start + len(stripped)
        else:
            break
    return d


_FIELDS_REACH = 80  # a currency's or a period's field is short: the two fields after an amount lie within this


@lru_cache(maxsize=256)
def _field_period(field_text: str) -> Period | None:
    """The period a record's field names: "YEAR", "mois", "Monthly", "per annum"."""
    found = tokens(field_text if field_text[:1] == "/" or " " in field_text else "/" + field_text)
    return found[0].kind.removeprefix("period_") if len(found) == 1 and found[0].kind.startswith("period_") else None  # type: ignore[return-value]


# --- keyed fields: JSON, XML, YAML, query strings, key: value lines, headed rows ----------------------------

# a key and its separator, or an opening tag: '"minValue": ', "salary_min=", "<salaryMin>", "下限: "
# (a machine's key: quoted, an XML tag, snake_case, camelCase or before "=", never a phrase of prose: "Minimum:" and
# "Pay:" in a sentence are left to the other rules)
_KEY = re.compile(r"(?P<q>[\"'])(?P<qkey>[^\W\d][\w.\-]{0,40})(?P=q)[ \t]*[:=]|(?<![\w.\-])(?P<key>[^\W\d_][\w.\-]{0,40})[ \t]*(?P<sep>[:=：])"
                  r"|<(?P<tag>[^\W\d_][\w:.\-]{0,40})(?:\s[^<>]{0,80})?>")
_CAMEL = re.compile(r"[a-z][A-Z]")
# a text with a machine's key before a number (a cheap test before the work): quoted, a tag, snake_case,
# camelCase, "=", or CJK YAML; "Salary: £30k" is not one
_KEYED = re.compile(r"(?:[\"'][ \t]*[:=]|>|\w_\w*[ \t]*[:=]|[a-z][A-Z]\w*[ \t]*[:=]|\w[ \t]*=|[\u3040-\u9fff]:)\s*[\"'{]?\s*(?:[$€£¥₹]\s?)?\d")
# a header row of names over a row with a number, in one delimited layout
_HEADED_ROWS = re.compile(r"^[^\W\d][^\n\d]*([\t|;,])[^\n\d]*\1[^\n\d]*\n[^\n]*\1[^\n]*\d", re.MULTILINE)
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_]+")
_MIN_KEYS = frozenset({"min", "minimum", "minimo", "mínimo", "minvalue", "low", "lower", "lowest", "from", "von", "desde", "da",
                       "floor", "start", "下限", "最低", "od", "de"})
_MAX_KEYS = frozenset({"max", "maximum", "maximo", "máximo", "maxvalue", "high", "higher", "highest", "upper", "to", "bis", "hasta",
                       "a", "ceiling", "上限", "最高", "do"})
# keys of numbers that are not money: "experience_min: 3", "age_max", "hours_min"
_NOT_MONEY_KEYS = frozenset({"experience", "exp", "years", "age", "hours", "hrs", "headcount", "openings", "employees", "size",
                             "team", "distance", "km", "miles", "weight", "kg", "lbs", "zip", "postal", "postcode", "id",
                             "code", "count", "rating", "score", "percent", "pct", "applicants", "views", "clicks",
                             "retries"})
_KEY_SCALE = {"cents": Decimal("0.01"), "k": Decimal(1000), "lpa": Decimal(100000), "lakh": Decimal(100000),
              "lakhs": Decimal(100000), "thousands": Decimal(1000), "thousand": Decimal(1000)}  # '"salary_min_thousands": 130'
_KEY_PERIODS: dict[str, Period] = {"hourly": "hour", "hour": "hour", "daily": "day", "day": "day", "weekly": "week",
                                   "week": "week", "monthly": "month", "month": "month", "annual": "year", "yearly": "year",
                                   "annually": "year", "year": "year", "lpa": "year"}
# a currency's key and its ISO code: '"currency": "GBP"', "currencyCode>USD", "moneda: MXN", "waehrung=EUR"
_CURRENCY_KEY = re.compile(r"(?:currency(?:_?code|_?type)?|moneda|waehrung|währung|valuta|devise|divisa)(?:[\"']?[ \t]*[:=]|>)[ \t]*[\"']?"
                           r"(?P<code>[A-Z]{3})(?![A-Za-z])", re.IGNORECASE)


def _key_of(text: str, start: int) -> tuple[list[str], set[str]] | None:
    """The words of the key that names the value at ``start`` and the words of every key on its path: the
    innermost key, then the keys of the objects and elements still open around it ('"signing_bonus":
    {"amount": 10000'); a sibling's key ('"currencyCode":"USD","salary":90000') is not on the path. The first
    key on the path that says minimum, maximum or no money gives the words. None if no key stands right before
    the value."""
    window = text[max(0, start - 160):start]
    keys = [(m, m.group("qkey") or m.group("tag") or m.group("key")) for m in _KEY.finditer(window)
            if m.group("qkey") or m.group("tag") or m.group("sep") == "=" or "_" in m.group("key") or _CAMEL.search(m.group("key"))
            or _CJK_TEXT.match(m.group("key")) and m.group("sep") == ":" and (  # YAML in Japanese: "下限: 6000000"; not a
                _MIN_KEYS | _MAX_KEYS).intersection(_KEY_WORD.findall(m.group("key")))]  # posting's "月給：30万円"
    if not keys or not _KEY_VALUE_GAP.fullmatch(window, keys[-1][0].end()):
        return None
    path_keys = [keys[-1][1]]
    for m, k in reversed(keys[:-1]):
        if _still_open(window, m, k):
            path_keys.append(k)
    words_of = [[w.lower() for w in _KEY_WORD.findall(k)] for k in path_keys]
    path = {w for words in words_of for w in words}
    for words in words_of:
        if _MIN_KEYS.intersection(words) or _MAX_KEYS.intersection(words) or _NOT_MONEY_KEYS.intersection(words):
            return words, path
    return words_of[0], path


def _still_open(window: str, m: re.Match[str], key: str) -> bool:
    """Whether the object or element that key ``m`` opens is still open at the end of ``window``."""
    rest = window[m.end():]
    if m.group("tag"):
        return f"</{key}" not in rest
    opening = _OPENS.match(rest)
    if opening is None:
        return False
    if opening.group().endswith("\n"):
        return True  # YAML: a mapping under the key
    depth = 0
    for ch in rest[opening.end() - 1:]:
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return False
    return True


_OPENS = re.compile(r"[\"']?[ \t]*[:=]?[ \t]*(?:[{\[]|\n)")


def _header_key(text: str, pos: int) -> tuple[list[str], set[str]] | None:
    """The header's name of the column of the value at ``pos`` in a delimited row under a header row:
    "job_code\tprovince\thourly_min\thourly_max\nNUR-0442\tON\t38.27\t52.98" gives hourly_min for 38.27."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    for delimiter in "\t|;,":
        if line.count(delimiter) < 2 or delimiter == "," and _GROUPED_THOUSANDS.search(line):
            continue
        header, column = _header_row(text, pos, delimiter)
        if header is not None and all(_HEADER_NAME.fullmatch(name) for name in header):
            name = header[column].strip(" \"'")
            if any(ch.isdigit() for ch in name) or not name:
                return None
            words = [w.lower() for w in _KEY_WORD.findall(name)]
            return words, set(words)
    return None


# keys that say nothing of their own: a minimum, a maximum, a value, a unit ("min=4200&max=5000" beside "salary_type")
_GENERIC_KEYS = _MIN_KEYS | _MAX_KEYS | {"value", "amount", "end", "range", "k", "cents", "lpa", "hourly", "daily", "weekly", "monthly",
                                         "annual", "yearly", "rate"}
_SALARY_TEXT = re.compile(r"salar|pay|compensation|wage|gehalt|lohn|sueldo|salario|salaire|remunera|ctc|stipend|薪|給|급여|연봉",
                          re.IGNORECASE)
# a header row's names are short names, not a sentence ("Warehouse Operative – Full time, permanent, immediate start.")
_HEADER_NAME = re.compile(r"\s*[\"']?(?:[^\W\d_][\w()/%#&+\-]*(?:[ ][\w()/%#&+\-]+){0,3})?[\"']?\s*")
_GROUPED_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
_OTHER_PAY_KEYS = frozenset({"bonus", "signing", "commission", "ote", "allowance", "stipend", "equity", "relocation", "incentive"})
_ONE_OFF_KEYS = frozenset({"signing", "relocation"})
_SALARY_KEYS = frozenset({"salary", "pay", "base", "compensation", "wage", "wages", "remuneration", "gehalt", "lohn", "sueldo",
                          "salario", "salaire", "ctc", "rate", "basesalary", "hourly", "retribuzione", "給与"})


_KEY_VALUE_GAP = re.compile(r"[\s\"'{\[(]*(?:[$€£¥₹]\s?|[A-Z]{3}\s)?")  # '": "$', '>', ': {"'... between a key and its value


def _keyed_fields(drafts: list[Draft], toks: list[Token], text: str) -> list[Draft]:
    """Amounts named by keys, as feeds and exports pass them: '"minValue": 92000, "maxValue": 118000',
    "<lowEnd><amount>120000</amount>", "compensation_min=58000;compensation_max=64000", '"min_cents": 13500000'.
    The key's unit words scale the value (cents, k, lpa) and give the period (hourly_min); a minimum and a
    maximum next to each other form one range; a currency key gives the currency when no sign does."""
    roles: list[tuple[Draft, str]] = []
    found = [m for m in _CURRENCY_KEY.finditer(text) if m.group("code").upper() in iso_codes()]
    currency_keyed = bool(found)  # a currency's key says the numbers keyed beside it are money
    for d in drafts:
        a = d.low or d.high
        if a is None:
            continue
        if d.low is not None and d.high is not None and d.low is not d.high:  # a written range: its column's period
            header = _header_key(text, a.start)
            for w in header[0] if header else ():
                if w in _KEY_PERIODS and d.period is None:
                    d.period = _KEY_PERIODS[w]  # "hourly_min\thourly_max\n...\t38.27\t52.98"
            continue
        number_start = max([c.end for c in a.currencies if c.end <= a.end] + [a.start])
        keyed = _key_of(text, number_start if text[number_start:number_start + 1].isdigit() else a.start) or _header_key(text, a.start)
        if keyed is None:
            continue
        words, path = keyed
        if _NOT_MONEY_KEYS.intersection(words) or words[-2:] == ["pay", "day"]:
            d.role, d.role_reason = "non_pay", f"its key ('{' '.join(words)}') names no money"  # '"id":"93817264"'
            continue
        if not (_SALARY_KEYS.intersection(path) or _OTHER_PAY_KEYS.intersection(path) or any(c.currencies for c in d.amounts)
                or set(words) <= _GENERIC_KEYS and (currency_keyed or _SALARY_TEXT.search(text, max(0, a.start - 300), a.start))):
            continue  # "max_wait=30000", '"minPrice": 20', '"startYear": 2021': keys of other numbers
        for w in words:
            if w in _KEY_SCALE and a.multiplier is None:
                a.value *= _KEY_SCALE[w]
            if w in _KEY_PERIODS and d.period is None:
                d.period = _KEY_PERIODS[w]
        role = "min" if _MIN_KEYS.intersection(words) else "max" if _MAX_KEYS.intersection(words) else ""
        if role:
            roles.append((d, role))
        if _OTHER_PAY_KEYS.intersection(path):  # '"signing_bonus": {"amount": 10000', "ote_min: 120000"
            d.role, d.role_reason = "other_pay", f"its key ('{' '.join(sorted(_OTHER_PAY_KEYS & path))}') names pay beyond the base"
            d.one_off = bool(_ONE_OFF_KEYS & path)
        elif role or _SALARY_KEYS.intersection(path):
            d.role_reason = "base pay named by its key"  # '"baseSalary": {... "minValue": 3400' beside '"datePosted":"2024-03-11"'
    merged: set[int] = set()
    for (d1, r1), (d2, r2) in pairwise(roles):
        if id(d1) in merged or r1 == r2 or d2.start - max(d1.end, d1.tail) > 400 or d1.role != d2.role:
            continue  # not '"salary_min": 60000, "bonus_max": 75000'
        low, high = (d1, d2) if r1 == "min" else (d2, d1)
        lo, hi = low.low or low.high, high.high or high.low
        if lo is None or hi is None or not _compatible(lo, hi) or lo.value > hi.value or (
                d1.period and d2.period and d1.period != d2.period):
            continue
        d1.low, d1.high, d1.closed = lo, hi, True
        d1.end = max(d1.end, d2.end)
        d1.period = d1.period or d2.period
        merged.add(id(d2))
    out = [d for d in drafts if id(d) not in merged]
    if len({m.group("code").upper() for m in found}) == 1:
        starts = {m.start("code") for m in found}
        code_tok = next((t for t in toks if t.kind == "cur" and t.start in starts), None)
        for d in out:
            if code_tok is not None and d.amounts and not any(a.currencies for a in d.amounts) and d.role_reason == "base pay named by its key":
                d.amounts[0].currencies.append(code_tok)  # '"currency": "GBP"' beside '"minValue": 27500'
    return out


# a level's label between "to" and the right end: "to Step 8 $24.15/hr", "to MA+30 Step 25 $98,200"
_GRADE_LABEL = re.compile(
    r"\s*(?:(?:[^\W\d_][\w.+]*\s+){0,2}(?:step|grade|band|point|level|stufe|scale|tier)\s*\d{1,3}[a-z]?|(?-i:[A-Z]{2,4}\d{1,2}))\s*[:\-–]?\s*",
    re.IGNORECASE,
)


def _end(toks: list[Token], j: int, a: Amount) -> int:
    return max(a.end, toks[j].end) if j >= 0 else a.end


_BRACKETED_GRADE = re.compile(r"\s?[(\[]\s*(?:[A-Z]{2,5}\s+)?(?:step|grade|band|level|point|stufe|tier|échelon|escalón)\s*\d{1,3}[a-z]?\s*[)\]]\s?",
                              re.IGNORECASE)


# an article between a range's word and its right end: it "tra i 45 e i 55 mila", es "entre los 30 y los 40 mil"
_ARTICLE_GAP = re.compile(r"[ \t](?:i|gli|le|los|las|les|os|as)[ \t]", re.IGNORECASE)
# a dash after a range's word, doubled as USAJobs writes it: "$17.81 to - $20.77 per hour"
_DASH_AFTER_WORD = re.compile(r"[ \t]?[-–—][ \t]?")


def _is_connector(conn: Token, before: list[Token], text: str, a: Amount, nxt: Amount, left_end: int | None = None) -> bool:
    if conn.start - (a.end if left_end is None else max(a.end, left_end)) > 12 or not (
        _tight(text, conn.end, nxt.start, 3) or _GRADE_LABEL.fullmatch(_gap(text, conn.end, nxt.start))
        or conn.kind == "range" and _ARTICLE_GAP.fullmatch(text, conn.end, nxt.start)
        or conn.kind in ("range", "uptopre") and conn.text.isalpha() and _DASH_AFTER_WORD.fullmatch(text, conn.end, nxt.start)
    ):
        return False
    word = conn.text.lower()
    if word == "/" and a.multiplier is None and nxt.multiplier is None and not a.value < nxt.value <= 2 * a.value:
        return False  # "£350/400 per day"; not "$40/20" or "£500/50"
    if (conn.kind == "uptopre" and _MIDPOINT_BEFORE.search(text, max(0, a.start - 16), a.start)
            and _MINIMUM_BEFORE.search(text, max(0, a.start - 80), a.start)):
        return False  # "Minimum $54,600 / Midpoint $68,250 / Maximum $81,900": the midpoint opens no range
    between = any(t.kind == "between" for t in before[-2:])
    if word in AND_WORDS:
        return between
    if word in WEAK_RANGE_WORDS:
        return between or any(t.kind == "frompre" for t in before[-2:])
    return True


_ABOVE_WORDS = frozenset({"above", "over"})
# the same in other languages, some of two words (the second may be read as "between": pt "de"): "more than",
# pt "acima de", "mais de", es "más de", fr "plus de", it "più di", "oltre", de "über", "mehr als", nl "meer dan",
# pl "powyżej", sv "över", fi "yli", ru "свыше", "более", uk "понад", vi "trên", "hơn"
# multipliers that make an amount money without a sign: vi "Trên 20 triệu" (above 20 million dong)
_MONEY_MULTIPLIERS = frozenset({"triệu", "tr"})
_NEGATED = re.compile(r"(?:(?<![^\W\d_])(?:not|no|never|nicht|nie|non|pas|não|не|không)(?![^\W\d_]|\.?\s*\d|-)|n['’]t(?![^\W\d_]))"
                      r"[^.;:!?,\n]*$", re.IGNORECASE)
_ABOVE_PHRASE = re.compile(
    r"(?<![^\W\d_])(?:more\s+than|acima\s+d[aoe]|mais\s+d[aoe]|m[aá]s\s+de|plus\s+de|più\s+di|oltre|über|mehr\s+als|meer\s+dan|"
    r"powyżej|över|yli|свыше|более|понад|trên|hơn)$", re.IGNORECASE)
# "Salário mínimo R$ 1.412": the minimum wage, one amount, not "from"
_MINIMUM_WAGE = re.compile(r"(?:salário|salario|sueldo)\s+$", re.IGNORECASE)
# Finnish "alkaen" after a date or a month is "starting then": "Palkka 1.8. alkaen 2 800 €/kk", "elokuusta alkaen"
_STARTING_DATE = re.compile(r"(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|[^\W\d_]{3,}(?:sta|stä))\s+$", re.IGNORECASE)
# Serbian, Croatian, Macedonian "u iznosu od", "у износу од", "во износ од": "in the amount of", not "from"
_IN_THE_AMOUNT_OF = re.compile(r"(?:iznos|износ)\w*\s+$", re.IGNORECASE)


_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# scripts whose pay labels open the amount after them ("年薪30-50万", "เงินเดือน 22,000 บาท")
_LABEL_FIRST_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def _cjk_tilde(tilde: Token, d: Draft, text: str) -> bool:
    """A tilde (～, folded to ~) that opens an amount in CJK text is "up to": "年収～800万円",
    "～30万円"; not "~15K", where it is "about"."""
    return bool(tilde.start and _CJK_TEXT.match(text, tilde.start - 1)
                or _CJK_TEXT.search(text, d.start, max(d.end, d.tail)))


# a change of pay written as "from ... to": "moving from £61k to £67.5k", "a raise from $80k to $92k"
# (not "rising from £25,000 to £28,000 after probation": a posting's start and its later step)
_CHANGE_FROM = re.compile(r"(?<![^\W\d_])(?:moving|moved|move|going|went|go|increased|raised|rose|bumped|jumped|promoted|"
                          r"chang(?:e|ed|ing))\s+(?:\w+\s+)?from\s*$", re.IGNORECASE)
# a change of an offer before "to" or "up to": past tense, or a raise of the offer itself ("can go up to" stays a cap)
_CHANGED_TO = re.compile(r"(?<![^\W\d_])(?:came|went|moved|bumped|raised|increased|upped|rose|jumped|"
                         r"(?:increase|raise|bump|up)\s+(?:the|our|my|their|your)\s+offer)\s+(?:it\s+|the\s+offer\s+)?$",
                         re.IGNORECASE)


# East Asian caps that may stand before a pay label: "최대 연봉 7,000만원", "最高年薪50万" (not "可达": "车程30分钟可达 月薪5000元");
# and "Max" before a salary word: "Max CTC 9.5 Lakhs p.a.", "Max salary £40,000"
_CAP_BEFORE_LABEL = frozenset({"최대", "最高", "上限"})


def _open_prefix(d: Draft, before: list[Token], text: str) -> Draft:
    """"up to X", "from X", "to X" (with no amount before) open one end."""
    if not before:
        return d
    last = before[-1]
    gap = _gap(text, last.end, d.start)
    if len(gap) > 3 and not _GAP_SPACE.fullmatch(gap):
        return d
    if last.kind == "approx" and len(before) > 1:
        d.approximate = True
        last = before[-2]
    elif last.kind == "approx":
        d.approximate = True
        return d
    label = None
    if ((last.kind.startswith("period_") or last.kind == "salary") and len(before) > 1 and _tight(text, before[-2].end, last.start, 1)
            and (before[-2].kind == "uptopre" and before[-2].text in _CAP_BEFORE_LABEL
                 or before[-2].kind in ("uptopre", "uptosuf") and before[-2].text.lower().rstrip(".") in ("max", "maximum")
                 and last.kind == "salary")):
        # a pay label between the word and the amount: "최대 연봉 7,000만원", "最高年薪50万"; the amount's span starts
        # after the label, which stays its period's word
        label, last = last, before[-2]
    kind, word = last.kind, last.text.lower()
    if kind in ("word", "between") and d.low is d.high and d.low is not None and (
        d.low.currencies or (d.low.multiplier or "").lower() in _MONEY_MULTIPLIERS
    ) and (word in _ABOVE_WORDS or _ABOVE_PHRASE.search(text, max(0, last.end - 12), last.end)) and not (
        _NEGATED.search(text, max(0, last.start - 40), last.start)  # "We're not prepared to pay more than £30k": a cap
    ):
        kind = "frompre"  # "Above RM 5,000", "Salary: over £40k", "Acima de R$ 15.000"; not "over 3,000 colleagues"
    if d.low is d.high and kind in ("uptopre", "range") and _CHANGED_TO.search(text, max(0, last.start - 32), last.start):
        return d  # "they came up to $102,500", "we can increase the offer to £58,000": the new figure, not a cap
    if d.low is d.high:
        if kind in ("uptopre", "uptosuf") and word.startswith("max") or kind == "uptopre" or (
            kind == "range" and (word in _UPTO_RANGE_WORDS or word in ("~", "〜") and _cjk_tilde(last, d, text))
        ):
            d.low, d.start = None, last.start if label is None else d.start
        elif (kind == "frompre" and not (
            word in ("mínimo", "minimo") and _MINIMUM_WAGE.search(text, max(0, last.start - 12), last.start)
            or word == "alkaen" and _STARTING_DATE.search(text, max(0, last.start - 16), last.start)
        )) or (
            kind == "between" and " ".join(word.split()) in BETWEEN_ALSO_FROM
            and not _IN_THE_AMOUNT_OF.search(text, max(0, last.start - 12), last.start)
        ):
            d.high, d.start = None, last.start if label is None else d.start
    elif kind in ("frompre", "between") and label is None:
        d.start = last.start
    return d


def _open_above(toks: list[Token], drafts: list[Draft]) -> None:
    """"Mindestgehalt EUR 48.000,- ... Bereitschaft zur Überzahlung": the single amounts
    written before such a word are minimums."""
    for t in toks:
        if t.kind == "openabove":
            for d in drafts:
                if d.start < t.start and d.low is not None and d.low is d.high:
                    d.high = None
            return


# --- periods -----------------------------------------------------------------

_PREFIX_PERIOD_PATTERN = re.compile("(?:" + "|".join(PREFIX_PERIODS) + ")", re.IGNORECASE)


@lru_cache(maxsize=2048)
def _prefix_period(word: str) -> bool:
    """A period word that may stand before its amount ("年収", "Monthly"); memoized, as period words recur
    and the pattern has a few hundred branches."""
    return _PREFIX_PERIOD_PATTERN.fullmatch(word.strip()) is not None


def _assign_periods(toks: list[Token], drafts: list[Draft], text: str, words: list[int]) -> None:
    near = _Near(drafts)
    others = [t.start for t in toks if t.kind in ("other", "nonpay")]
    # period words that may open an amount themselves: one of them between a prefix and the amount is nearer
    periods = [t.start for t in toks if t.kind.startswith("period_") and _prefix_period(t.text)]
    headings: list[Token] = []
    paid_out: list[tuple[Token, Draft]] = []
    for d in drafts:
        for a in d.amounts:
            if a.multiplier == "lpa":
                d.period, d.period_from_mult = "year", True
    for t in toks:
        if t.kind == "piece":
            target = _period_owner(t, near, text, prefix=False, words=words, others=others)
            if target is not None and not _PIECE_GAP_BREAK.search(text, max(target.end, target.tail), t.start) and not (
                t.text.lower() == "cpm" and any(a.value >= 100 for a in target.amounts)  # ad-tech "$70k CPM"
            ):  # not "$75k - $90k, CPM buying", "Pay $25/hr. Per load bonus $50"
                target.piece_rate = t.text
            continue
        if not t.kind.startswith("period_"):
            continue
        if _modifies_other_pay(toks, t, text):
            continue  # "$150k + annual bonus": the bonus is annual, the amount says nothing
        period = t.kind.removeprefix("period_")
        target = _period_owner(t, near, text, words=words, others=others, periods=periods)
        if target is None:
            headings.append(t)
            continue
        if t.start >= target.end and _pay_frequency(t, text) and (
            target.period is None or target.period_before and not _SET_APART.search(text, target.period_word_end, target.start)
        ):  # "Hourly rate £12.50, paid weekly": the word right before the amount says its period; a frequency
            paid_out.append((t, target))  # alone ("£450, paid weekly") does, after any heading's
            continue
        if target.period is None or (target.period_before and t.start >= target.end and not _CJK_TEXT.match(t.text)):
            # a period word after the amount wins over one before it ("20 horas semanales, salario 650 € brutos/mes");
            # not a CJK label, which opens what follows it ("月給22万円 年収例 350万円")
            target.period = period  # type: ignore[assignment]
            target.period_before = t.start < target.start
            target.period_word_end = t.end
            if _DAY_WAGE_OR_PER_DIEM.fullmatch(t.text) and target.role == "base":
                target.role, target.role_reason = "other_pay", DAY_WAGE_OR_PER_DIEM_REASON
        if t.start >= target.end:
            target.tail = t.end
    for t in headings:  # after the amounts' own period words: "Salary paid monthly\n£26,500 per annum"
        target = _heading_owner(t, near, text)
        if target is not None and target.period is None:
            target.period = t.kind.removeprefix("period_")  # type: ignore[assignment]
    for t, target in paid_out:  # "£450, paid weekly": with no other period word, the pay's frequency is its period
        if target.period is None and not (t.kind in _SHORT_PERIODS and _yearly_sized(target)):  # not "$60k, paid biweekly"
            target.period = t.kind.removeprefix("period_")  # type: ignore[assignment]
            target.tail = max(target.tail, t.end)
    for d in drafts:
        if d.piece_rate:
            d.period = None  # "50,000 P.A. PER Batch": no time period can be trusted


_PIECE_GAP_BREAK = re.compile(r"[,.;\n]")
_SHORT_PERIODS = frozenset({"period_hour", "period_day", "period_week", "period_fortnight", "period_semimonth"})


def _yearly_sized(d: Draft) -> bool:
    """An amount of 20,000 or more in a currency of large units: a year's pay, not a week's paid out
    ("$60k, paid biweekly"; not "₦25,000 paid weekly")."""
    codes = _codes_of([c for a in d.amounts for c in a.currencies])
    return bool(codes & _STRONG_UNITS) and any(a.value >= 20_000 for a in d.amounts)


# after a pay noun, any period word may open the amount: "Sueldo diario $400", "Salario semanal 2.300"; not
# "Viáticos diarios $300", "Bono diario $100"
_PAY_NOUN_BEFORE = re.compile(r"(?<![^\W\d_])(?:sueldo|salario|salário|jornal|pago|pagamento|salary|wages?|pay)\s+$", re.IGNORECASE)
_HOURS_BEFORE = re.compile(r"\d\s*(?:h|hrs?|hours?|horas|heures|stunden|std\.?|ore|uren|timer|timmar|tuntia|godzin\w*|saat)\s*$",
                           re.IGNORECASE)
_SET_APART = re.compile(r"[,;(\n–—]|\s-\s|\.\s")  # "40 hours weekly, £2,400 monthly pay": the word is the hours'


def _pay_frequency(t: Token, text: str) -> bool:
    """Whether the period word ``t`` may say how often pay is paid out: "paid weekly", "weekly pay",
    "haftalık ödeme", "pago quincenal". Only against a period word right before the amount is it
    read so ("Hourly rate £12.50 weekly pay"); after "40 hours weekly, " it is the amount's
    ("£2,400 monthly pay")."""
    return bool(_PAID_BEFORE.search(text, max(0, t.start - 28), t.start) or _PAYMENT_AFTER.match(text, t.end)
                or _PAYMENT_BEFORE.search(text, max(0, t.start - 16), t.start))


_PAID_BEFORE = re.compile(r"(?<![^\W\d_])(?:paid|payable|pagad[oa]|payée?|ausgezahlt|bezahlt|uitbetaald|wypłacan[ae]|"
                          r"se\s+paga(?:n|rá)?|pagadero)\s+(?:(?:de|en)\s+(?:forma|manera)\s+)?$", re.IGNORECASE)  # es "se paga quincenal"
_PAYMENT_BEFORE = re.compile(r"(?<![^\W\d_])(?:pago|pagamento|paiement|payment|payout|versement)\s+$", re.IGNORECASE)
_PAYMENT_AFTER = re.compile(
    r"\s*(?:pay(?:ments?|outs?)?|paid|payroll|ödeme|auszahlung|zahlung|pago|pagamento|paiement|versement|uitbetaling|"
    r"wypłata|výplata|ödemeli)(?![^\W\d_])", re.IGNORECASE)


# between two levels' ranges: a separator and up to three words ("Junior 28.000–32.000 €,
# Senior 40.000–48.000 € brutos/año", "Pleno R$ 9.000 – R$ 12.000; Sênior R$ 13.000 – ...")
_LEVEL_GAP = re.compile(r"\s*[,;/|]?\s*(?:[^\W\d_][\w.'’-]*(?:\s+\d{1,2})?\s*:?\s*){0,3}")


def _share_level_periods(drafts: list[Draft], text: str) -> None:
    """Ranges of one pay table share the period written after the last of them."""
    for i in range(len(drafts) - 1, 0, -1):
        a, b = drafts[i - 1], drafts[i]
        if a.period is not None or b.period is None or a.role != "base" or b.role != "base":
            continue
        if not (_closed(a) and _closed(b)) or not _LEVEL_GAP.fullmatch(_gap(text, a.end, b.start)):
            continue
        if _explicit_codes(a) != _explicit_codes(b):
            continue
        lo_a, lo_b = a.low.value, b.low.value  # type: ignore[union-attr] - closed
        if lo_a > 0 and Decimal("0.25") < lo_b / lo_a < 4:  # not a day rate beside a week's (5x), a week's beside a month's
            a.period = b.period


# Currencies with three minor digits: their boards write "850.000" for 850 dinars
_THREE_MINOR = frozenset({"BHD", "KWD", "OMR", "JOD", "TND", "LYD"})  # IQD has fils in name only
# Currencies in which 1,000 or more an hour is not a wage: "$28.125/hr" is 28 1/8 dollars
_HOURLY_BELOW_1000 = frozenset({"USD", "GBP", "EUR", "AUD", "CAD", "NZD", "CHF", "SGD", "IEP"})
_LONE_THREE_DECIMALS = re.compile(r"\d{1,4}[.,]\d{3}")  # "BHD 850.000", "KWD 1250.500"


def _three_decimals(drafts: list[Draft], country: str | None) -> None:
    """A lone "850.000" or "28.125" was read as grouped thousands, with the guess flagged.
    Read it with decimals where thousands cannot be meant: a currency of three minor digits
    ("BHD 850.000"), or an hourly rate of 1,000 or more in a currency where that is no wage."""
    local: set[str] | None = None
    for d in drafts:
        if not any(a.guessed for a in d.amounts):
            continue
        if local is None:
            local = set(country_currencies(country)) if country else set()
        codes = _explicit_codes(d)
        codes = codes & local or codes  # "$" in the US is the dollar, not a peso
        if not codes:
            continue
        three = codes <= _THREE_MINOR
        hourly = d.period == "hour" and codes <= _HOURLY_BELOW_1000
        if not (three or hourly):
            continue
        for a in {id(a): a for a in d.amounts}.values():
            # thousands would be 100,000 or more of a three-digit currency ("BHD 850.000"; "KWD 1.500" stays 1,500),
            # or 1,000 or more an hour
            if a.guessed and a.multiplier is None and _LONE_THREE_DECIMALS.fullmatch(a.raw) and a.value >= (
                100_000 if three else 1000
            ):
                a.value = Decimal(a.raw.replace(",", "."))


# period words that stand before a noun: "annual bonus" says when the bonus is paid
_ADJECTIVE_PERIODS = frozenset({"annual", "yearly", "monthly", "weekly", "fortnightly", "daily", "hourly"})


def _modifies_other_pay(toks: list[Token], t: Token, text: str) -> bool:
    if t.text.lower() not in _ADJECTIVE_PERIODS:
        return False  # "3,00,000 P.A. incentives ...": P.A. ends the amount's phrase
    i = bisect_left(toks, t.end, key=lambda x: x.start)
    end = t.end
    for k in range(i, min(i + 3, len(toks))):  # up to two plain words between: "annual professional development budget"
        if not _tight(text, end, toks[k].start, 1):
            return False
        if toks[k].kind in ("other", "nonpay") or toks[k].kind == "word" and toks[k].text.lower() in _NOT_PAY_NOUNS:
            return True
        if toks[k].kind != "word" or k == i + 2 or toks[k].text.lower() in _JOINING:
            return False  # not "monthly plus night differential": the period is the amount's
        end = toks[k].end
    return False


# nouns a period adjective describes instead of the amount: "+ yearly increment", "annual leave", "annual review"
_NOT_PAY_NOUNS = frozenset({"increment", "increments", "leave", "review", "reviews", "appraisal", "appraisals", "increase", "increases",
                            "raise", "raises", "holiday", "holidays", "vacation", "vacations", "target", "targets", "turnover",
                            "revenue", "revenues", "budget", "sales", "rent", "retreat", "retreats", "trip", "trips"})


class _Near:
    """The drafts right before and after a position, by bisection (drafts do
    not overlap and are in text order)."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.drafts = drafts
        self.starts = [d.start for d in drafts]
        self.ends = [d.end for d in drafts]

    def before(self, pos: int) -> Draft | None:
        i = bisect_right(self.ends, pos)
        return self.drafts[i - 1] if i else None

    def after(self, pos: int) -> Draft | None:
        i = bisect_left(self.starts, pos)
        return self.drafts[i] if i < len(self.drafts) else None


# gaps between a token and an amount, compiled once
_CLOSING_GAP = re.compile(r"[ \t]*\)[ \t]*")  # "(£30,000) per annum"; not "(92)\nTJM : 650 €", the next line's label
_OPENING_GAP = re.compile(r"\s?[(\[]\s?")
_CLOSING_NEXT = re.compile(r"\s?(?:[,;/][^()\[\]\d]{0,24})?[)\]]")  # "(per annum)", "(mensal, CLT)"
_PAY_KIND_GAP = re.compile(r"\s*(?:gross|brutto|brut|bruts|brute|brutes|bruto|brutos|brutas|bruttó|brüt|net|netto|neto|netos|nettó|"
                           r"lordo|lordi|netti|basic|base)\s*[/]?\s*", re.I)
_PAY_KIND_OPENING = re.compile(_PAY_KIND_GAP.pattern + r"[(\[]\s?", re.IGNORECASE)  # "55.000 TL brüt (aylık)"
_BREAK_OR_DIGIT = re.compile(r"[.;\n(]|\d")
_ASIDE = re.compile(r"\([^()\d\n]{1,20}\)|\+\s?(?:VAT|MwSt\.?|IVA|TVA|BTW|ДДС|ПДВ)(?![^\W\d_])", re.IGNORECASE)
_LINKING_WORD = re.compile(r"\b(?:for|of|with|und|and)\b", re.I)
_PLAIN_WORDS = re.compile(r"(?:[^\W\d]|\s)*")  # words and spaces, no digit
_SLASH_ALTERNATIVE = re.compile(r"\s*(?:/|or|oder|ou|o)\s*(?:approx(?:imately|\.)?|~|≈)?\s*", re.I)
_CLAUSE_OR_CONTRAST = re.compile(r"[;.!?\n]|\b(?:similar|typical|other|while|whereas)\b", re.I)
_MONTHS_COUNT = re.compile(r"1[2-8]")


def _plain_word_starts(toks: list[Token]) -> list[int]:
    """Where words of spaced scripts start ("leave"); CJK runs are suffixes as often ("年俸制")."""
    return [t.start for t in toks if t.kind == "word" and not _CJK_SIGN.match(t.text)]


def _any_between(starts: list[int], start: int, end: int) -> bool:
    """One of the sorted positions lies in ``[start, end)``."""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _word_between(words: list[int], start: int, end: int, text: str) -> bool:
    """A plain word (no table word) of four letters or more starts between the two positions:
    "annual leave + 1". Short words ("of", "in", "von") and words for an amount ("Höhe",
    "worth") do not count: "Weekly pay of $900", "Stundenlohn in Höhe von 15"."""
    i = bisect_left(words, start)
    while i < len(words) and words[i] < end:
        w = _WORD_AT.match(text, words[i])
        if w is None or (len(w.group()) >= 4 and w.group().lower() not in _AMOUNT_WORDS):
            return True
        i += 1
    return False


_WORD_AT = re.compile(r"[^\W\d_]+")
_AMOUNT_WORDS = frozenset({"höhe", "worth", "amount", "betrag", "montant", "monto", "valor", "importe", "gross", "brutto",
                           "plata", "plaća", "plača", "placa", "zarada", "primanja",  # sr/hr/bs "godišnja bruto plata: ..."
                           "bruto", "netto", "neto", "fixed", "total", "brut", "brute", "bruts", "brutes", "brutos",
                           "brutas", "bruttó", "brüt", "lordo", "lorda", "lordi", "lorde", "netti", "nette", "nettó",
                           "basic", "base", "μικτά", "μικτές", "μικτός", "καθαρά", "бруто", "нето"})


def _heading_owner(t: Token, near: _Near, text: str) -> Draft | None:
    """A period word that heads a section gives the amount starting the next line its period:
    a salary noun ("■想定年収", "Jahresgehalt:") or a label ("Hourly:", "Compensation (weekly):");
    not a payment schedule ("Paid weekly", "Salary paid monthly")."""
    d = near.after(t.end)
    if d is None or not _HEADING_PERIOD.fullmatch(text, t.end, d.start):
        return None
    lead = text[text.rfind("\n", 0, t.start) + 1:t.start]
    if not _HEADING_LEAD.fullmatch(lead) or _PAID.search(lead.rstrip(" \t([（")):
        return None
    if _HEADING_NOUN.search(t.text) or _LABEL_END.match(text, t.end) or (
        not lead.strip(" \t-–•*·■□◆●#") and _LINE_END.match(text, t.end)  # "Weekly\n£550": the word is the line
    ):
        return d
    return None


_PAID = re.compile(r"(?<![^\W\d_])(?:paid|payé|payée|bezahlt|ausgezahlt|pago|pagado|pagamento|uitbetaald)\s*$", re.IGNORECASE)
_LABEL_END = re.compile(r"[ \t]*(?:[)）\]][ \t]*[:：]?|[:：])")  # "Hourly:", "Pay (hourly)"
_LINE_END = re.compile(r"[ \t]*\n")


def _period_owner(
    t: Token, near: _Near, text: str, *, prefix: bool = True, words: list[int] = (), others: list[int] = (),
    periods: list[int] = (),
) -> Draft | None:
    before, after = near.before(t.start), near.after(t.end)
    prev = [before] if before is not None and t.start - max(before.end, before.tail) <= 40 else []
    nxt = [after] if after is not None and after.start - t.end <= 40 else []
    if prev:
        d = prev[-1]
        gap = _gap(text, max(d.end, d.tail), t.start)
        if len(gap) <= 3 and not any(ch.isalnum() or ch in "(;\n!?。" for ch in gap) and not (
            t.text.lower() in TIGHT_ONLY_PERIODS and gap.strip(" /")
        ) and not (gap.strip() and nxt and _LABEL_COLON.match(text, t.end)):  # "$48,893 - $78,229 | Hourly: $23.51": the next's label
            if (prefix and (d.period is not None or _LABEL_FIRST_SCRIPT.match(t.text)) and nxt and _tight(text, t.end, nxt[0].start, 2)
                    and _prefix_period(t.text)):
                return nxt[0]  # "月給20万円 年収 300万円～400万円", "市值10亿美元，年薪30-50万": a CJK label opens the next
            return d
        if t.text.lower() in TIGHT_ONLY_PERIODS:
            prev = []  # not the amount's before it; it may still open the next ("الراتب الشهري: 7000")
        elif (_OPENING_GAP.fullmatch(gap) or _PAY_KIND_OPENING.fullmatch(gap)) and _CLOSING_NEXT.match(text, t.end):
            return d  # "£30,000 (per annum)": the brackets open with the period
        elif _CLOSING_GAP.fullmatch(gap) or _PAY_KIND_GAP.fullmatch(gap):
            return d
    if prefix and nxt and (_prefix_period(t.text) or _PAY_NOUN_BEFORE.search(text, max(0, t.start - 12), t.start)) and not (
        _HOURS_BEFORE.search(text, max(0, t.start - 24), t.start)  # "40 horas semanales, salario 1.350 €": the hours' week
    ):
        d = nxt[0]
        gap = _gap(text, t.end, d.start)
        if len(gap) <= 16 and not any(ch in ".;\n" or ch.isdigit() for ch in gap) and not _word_between(words, t.end, d.start, text) and not (
            _any_between(others, t.end, d.start)  # "anuales + variable de 6.000 €": the period is the amount's before
        ) and not _any_between(periods, t.end, d.start):  # "每日录入过万字，月薪3500": the nearer period word opens it
            return d
    if prev:
        # "per hour" written after a range's right end, with words between, or an aside in brackets
        # ("zł netto (+ VAT) / mies.")
        d = prev[-1]
        gap = _gap(text, d.end, t.start)
        asides = [(m.start() + d.end, m.end() + d.end) for m in _ASIDE.finditer(gap)]
        if asides and not any(  # not "£11.50 (basic) + tips per hour": the period is the tips'
            d.end <= o < t.start and not any(a <= o < b for a, b in asides) for o in others
        ):
            gap = _ASIDE.sub("", gap)

        if len(gap) <= 12 and not _BREAK_OR_DIGIT.search(gap) and not _LINKING_WORD.search(gap) and not (
            # "6000 ريال وبدل سكن سنوي": an adjective period after other pay is the allowance's; "£450 + bonus
            # per week" is the amount's
            _any_between(others, d.end, t.start) and not _PREPOSITIONAL_PERIOD.match(t.text)
        ):
            return d
    if before is not None and _LINE_BREAK_ONLY.fullmatch(text, max(before.end, before.tail), t.start) and _REST_OF_LINE.match(text, t.end):
        return before  # a period on a line of its own under the amount: "£30,000 - £35,000<br>per annum"
    return None


_LINE_BREAK_ONLY = re.compile(r"[ \t]*\n[ \t]*")
_REST_OF_LINE = re.compile(r"[ \t.,;:)]*(?:\n|$)")


# --- roles -------------------------------------------------------------------


def _assign_roles(toks: list[Token], drafts: list[Draft], text: str) -> None:
    near = _Near(drafts)
    base_words = [t.start for t in toks if t.kind == "base"]
    label_ends = [t.end for t in toks if t.kind in ("base", "salary")]
    listed: list[tuple[Token, Draft]] = []
    for d in drafts:
        if any(a.multiplier in _NON_PAY_MULTIPLIERS for a in d.amounts) and not _high_denomination(d):
            d.role, d.role_reason = "non_pay", "billions are not a salary"
    for t in toks:
        if t.kind not in ("other", "base", "nonpay"):
            continue
        owner = _role_owner(t, near, text, base_words, label_ends)
        if owner is None:
            continue
        if t.kind == "base":
            if _PERCENT_OF.search(text, max(0, t.start - 16), t.start):
                continue  # "Supplement: 20% of basic (min £5,132, max £7,518)": the basic is named, not this amount
            if owner.role == "base" and _breakdown_of_the_pay_before(t, near, text):
                owner.role_reason = BREAKDOWN_REASON
            elif owner.role == "base":
                owner.role_reason = f"marked as base pay by '{t.text}'"
        elif t.kind == "other" and owner.role == "base":
            if _INCLUDING_BEFORE.search(text, max(0, t.start - 24), t.start):
                continue  # "٩٬٥٠٠ جنيه مصري شهريًا شامل بدل المواصلات", "Vergütung inkl. Schichtzulage: 3.400 €": the pay
                # includes the allowance; it is still the pay
            if (_INTERN_ALLOWANCE.search(t.text) and _plain_stipend(text, t.start)
                    and not _ADDED_BEFORE.search(text, max(0, owner.start - 8), owner.start)
                    and _INTERN.search(text, max(0, t.start - 160), t.end + 60)):
                owner.role_reason = f"marked as base pay by '{t.text}': a student's, trainee's or intern's pay"
                continue  # "PhD studentship ... an annual stipend of £20,780 plus £2,000 RTSG", "Internship allowance Tk 8,000"
            add_on = bool(_ADD_ON.search(t.text))
            if add_on and owner.end <= t.start and _ON_OFFER.match(text, t.end):
                continue  # "$40/hr, shift differential available": the word names a perk, not the amount
            if owner.period == "hour" and not add_on and _ONE_OFF.search(t.text):
                # "Sign-on bonus and get $25/hr", "Refer a friend: $16/hr crew wanted": the wage; an amount
                # right before the word is the bonus ("$500 sign-on bonus: $17/hr starting pay")
                before = near.before(t.start)
                if (owner.start >= t.end and before is not None and before is not owner and before.role == "base"
                        and not text[max(before.end, before.tail):t.start].strip()):
                    before.role, before.role_reason, before.one_off = "other_pay", f"'{t.text}' marks it as pay beyond the base", True
                continue
            owner.role, owner.role_reason = "other_pay", f"'{t.text}' marks it as pay beyond the base"
            start = _phrase_start(text, t.start)
            owner.one_off = add_on or bool(_ONE_OFF.search(t.text) or _ONE_OFF.search(text, start, t.start) or (
                _STIPEND.search(t.text) and _STIPEND_PURPOSE_BEFORE.search(text, start, t.start))  # "home office stipend"
                or len(t.text) > 6 and t.text.lower().endswith("budget")  # its purpose inside: "Fortbildungsbudget";
                and not t.text.lower().startswith(("gehalt", "lohn", "salär", "vergütung", "personal")))  # not "Gehaltsbudget"
            listed.append((t, owner))
        elif t.kind == "nonpay" and not (t.text.lower() == "budget" and (any(
                a.multiplier == "lpa" or a.multiplier in _PAY_UNITS and _BUDGET_LABEL.match(text, t.start) for a in owner.amounts)
                or _gig_budget(t, owner, text))) and not (
                t.text.lower() == "ingresos" and owner.period in ("hour", "day", "week", "month")):  # "Ingresos de hasta $ 900.000 por mes"
            owner.role, owner.role_reason = "non_pay", f"'{t.text}' marks money that is not pay"
    for t, owner in listed:
        _same_role_in_list(t, owner, drafts, text)
        after = near.after(t.end)
        if (owner.end <= t.start and after is not None and after.role == "base" and after.period not in ("hour", "day", "week")
                and _OPENING_GAP.fullmatch(text, t.end, after.start) and not _PAY_WORD_NEXT.match(text, max(after.end, after.tail))
                and max(a.value for a in after.amounts) <= 2 * max(a.value for a in owner.amounts)):  # not "($60k salary)"
            after.role, after.role_reason, after.one_off = owner.role, owner.role_reason, owner.one_off  # its instalments
    for d in drafts:
        if d.role == "base" and d.start >= 2 and text[d.start - 1] == "+" and not text[d.start - 2].isalnum():
            d.role, d.role_reason = "other_pay", "'+' adds it to the pay: 'Bilingual +$150/month'"  # an increment
        elif d.role == "base" and d.period is None and _EMPLOYER_PAYS.search(text, max(0, d.start - 24), d.start):
            d.role, d.one_off, d.role_reason = "other_pay", True, "a cost the employer pays for the worker, not pay"
    for d in drafts:
        if d.role == "base" and _WORTH_BEFORE.search(text, max(0, d.start - 16), d.start):
            d.role, d.one_off, d.role_reason = "other_pay", True, "the value of a benefit: '(worth ...)'"  # "Paid DBS check (worth £49.50)"
    for d in drafts:
        if d.role == "base" and _purpose_after(d, text):
            d.role, d.one_off, d.role_reason = "other_pay", True, "it is for a purpose (training, equipment), not pay for the work"
    # "Das Mindestgehalt laut KV beträgt € 2.650,-. Unser tatsächliches Angebot: € 3.200,- bis € 3.600,-"
    # "convenio de hostelería (1.350 €/mes), se ofrece 1.500 €/mes": the label is the nearer amount's, so the
    # window before an amount starts after the amount before it
    lowered = text.lower()
    # ("auf Basis von 40 Wochenstunden € 3.200": hours and years between a label and its amount do not count)
    minimums: list[Draft] = []
    if _AGREED_MINIMUM_HINT.search(lowered):
        money_end = 0  # where the last amount before this one that is money (a sign or a period written) ends
        for d in drafts:
            if d.role == "base" and _AGREED_MINIMUM.search(text, max(_sentence_start(text, d.start), money_end), d.start):
                minimums.append(d)
            if d.period or any(a.currencies for a in d.amounts):
                money_end = d.end
    if minimums and any(d.role == "base" and d not in minimums and (d.period or any(a.currencies for a in d.amounts))
                        and max(a.value for a in d.amounts) >= min(a.value for m in minimums for a in m.amounts)
                        for d in drafts):  # an offer at or over the minimum; not "1.150 Zimmern", "Essensbons € 8"
        for d in minimums:
            d.role_reason = AGREED_MINIMUM_REASON
    # "3000-4500元/月，试用期工资2800元/月": the pay during probation, beside the job's pay
    if _PROBATION_HINT.search(lowered):
        trial = [d for d in drafts if d.role == "base" and (
            _probation_labelled(text, d) or _PROBATION_AFTER.match(text, max(d.end, d.tail)))]
        if trial and any(d.role == "base" and d not in trial for d in drafts):
            for d in trial:
                d.role_reason = PROBATION_REASON


# a cost the employer covers: "(we pay the $1,050 course)", "(paid by us, £49.50)", "we cover the $110 exam fee"
_EMPLOYER_PAYS = re.compile(r"(?:\bwe\s+(?:pay|cover|fund|reimburse)\s+(?:the|your|for)|paid\s+(?:for\s+)?by\s+us,?|"
                            r"at\s+our\s+(?:cost|expense),?)\s*$", re.IGNORECASE)


# a unit that is itself a salary: "Budget: 18-22 LPA" (lakh per annum) is a recruiter's pay budget
_PAY_UNITS = frozenset({"lpa", "l", "lakh", "lakhs", "lac", "lacs"})  # "Budget: 2.5L - 3.5L per annum" is a pay budget
# "Budget" as a field's label, as Indian recruiters write a post's pay: "Budget: 8 to 12 lakhs", "Budget 10L"; not
# "Manage manpower budget of ₹45 lakh/month"
_BUDGET_LABEL = re.compile(r"budget(?:\s*[:：-]|\s+(?:up\s+to\s+|upto\s+|of\s+)?\d)", re.IGNORECASE)


def _gig_budget(t: Token, owner: Draft, text: str) -> bool:
    """A gig's or a hire's budget is its pay: "Budget" opening its line, sentence or an "Est." label, then the amount
    ("Est. Budget: $500", "[HIRING] Logo ... Budget $500 for the project", "Budget: bis 95k€"); not "Marketing budget:
    $50,000" nor millions ("Budget: €2M")."""
    return (owner.start >= t.end and _ITEM_START.search(text, max(0, t.start - 16), t.start) is not None
            and _BUDGET_GAP.fullmatch(text, t.end, owner.start) is not None and not _millions(owner))


_ITEM_START = re.compile(r"(?:^\s*|[\n|•·–—.!\]\"“(]\s*|(?<![^\W\d_])est(?:imated|\.)?\s*)$", re.IGNORECASE)
_BUDGET_GAP = re.compile(r"[ \t]*[:：]?[ \t]*")


# a collective agreement's minimum (Austria's KV, a German Tarif), stated beside what the job pays;
# not "minimum wage $7.25", which US postings give as the base
_AGREED_MINIMUM = re.compile(
    r"(?<![^\W\d_])(?:(?:kv|kollektivvertrag\w*|tarif\w*)[\s-]*(?:mindest\w*|minimum)|mindest(?:gehalt|lohn|entgelt|grundgehalt)\w*|"
    r"(?:laut|lt\.|gemäß|gem\.)\s*kv|"
    # Spain's convenio, Italy's CCNL minimums, France's minimum conventionnel, the Dutch cao minimum
    r"(?:salario\s+)?(?:m[ií]nimo\s+(?:de(?:l)?\s+)?)?convenio(?:\s+colectivo)?|minim[io]\s+(?:contrattual[ei]|tabellar[ei]|ccnl)|"
    r"minimum\s+conventionnel|salaire\s+minimum\s+conventionnel|cao[\s-]*minimum|"
    # the Nordic agreements' floors: "Lägsta lön enligt Byggavtalet är 29 480 kr/mån. Din lön hos oss blir 34 000 kr/mån."
    r"lägsta\s+lön(?:en)?|minimilön(?:en)?|minstel(?:ø|ö)nn?(?:en)?|mindstel(?:ø|ö)n(?:nen)?|vähimmäispalkka|minimipalkka)(?![^\W\d_])",
    re.IGNORECASE,
)
_AGREED_MINIMUM_HINT = re.compile(r"kv|mindest|tarif|convenio|minim[io]\s|minimum\s+conv|cao|lägsta|minimil|minstel|vähimm|minimip")
AGREED_MINIMUM_REASON = "the collective agreement's minimum; the text states what the job pays too"
BREAKDOWN_REASON = "a part of the monthly pay written before it"
# Japanese postings break 月給 down in brackets: "月給24万円～30万円（基本給20万円～＋資格手当＋固定残業代4万円）".
# The 月給 is the pay (the allowances in it are fixed); 基本給 is one part of it.
_BREAKDOWN_BASE_WORDS = frozenset({"基本給"})
_BRACKET_OPENS = re.compile(r"\s*[（(]\s*")


def _breakdown_of_the_pay_before(t: Token, near: _Near, text: str) -> bool:
    before = near.before(t.start)
    return (t.text in _BREAKDOWN_BASE_WORDS and before is not None and before.period == "month"
            and _BRACKET_OPENS.fullmatch(text, max(before.end, before.tail), t.start) is not None)


PROBATION_REASON = "the pay during probation; the text states the job's pay too"
_PROBATION_WORDS = (r"试用期?|試用期間?中?|수습(?:\s?기간)?|probation(?:ary)?(?:\s+period)?|probezeit|испытательн\w*(?:\s+срок\w*)?|"
                    r"випробувальн\w*(?:\s+(?:термін\w*|строк\w*))?|thử\s+việc|"  # uk, vi
                    r"okres\w*\s+próbn\w*|per[ií]odo\s+de\s+(?:prueba|experi[êe]ncia)|période\s+d['’]essai|periodo\s+di\s+prova|proefperiode")
_PROBATION_HINT = re.compile(r"试用|試用|수습|probation|probezeit|испытат|випробув|thử\s+việc|próbn|prueba|experi[êe]ncia|d['’]essai|di\s+prova|"
                             r"proefperiode")
# the word labels the amount: at most a few words and no number between ("试用期工资2800", "Probation: $18/hr",
# "試用期間中は月給22万円"), or brackets opened after it, or in Korean its length; not "试用期3个月（工资不打折）
# 月薪8000元" or "試用期間 3ヶ月 月給20万円" (a field of its own), nor the job "Probation Officer"
_PROBATION_LABEL = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_PROBATION_WORDS})(?!\s+officers?)(?:[^\d.,;\n。，、)）]{{0,8}}[(（][^)）\n]{{0,16}}"  # "試用期間あり（3ヶ月・時給"
    rf"|[^\d.,;\n。，、)）]{{0,8}}[(（][^)）\n,，$€£¥₹円元/]{{0,12}}[)）][^\d.,;\n。，、]{{0,6}}"  # "испытательный срок (2 мес.) — 70 000 ₽"
    rf"|[^\d.,;\n。，、)）]{{0,10}})|수습(?:\s?기간)?\s?\d{{1,2}}\s?개월[^\d.,;\n。，、)）]{{0,10}})$",  # "수습 3개월 시급"
    re.IGNORECASE)
# "after probation": ru "после испытательного срока — 85 000 ₽", pl "po okresie próbnym: 4 800 zł", zh "试用期满后",
# ko "수습 후": the job's pay once probation ends
_AFTER_PROBATION = re.compile(r"(?<![^\W\d_])(?:after(?:\s+(?:the|your))?|post|nach\s+(?:der|dem)|después\s+del?|após\s+o|dopo\s+il|"
                              r"po|после|після|по\s+(?:окончании|истечении)|na(?:\s+de)?|sau)\s*$", re.IGNORECASE)
_PROBATION_ENDED = re.compile(r"[满滿后後후]|終了|结束|結束|转正|轉正")


def _probation_labelled(text: str, d: Draft) -> bool:
    """A probation word labels the amount ``d``, and not as the time after it ("after probation: $20/hr")."""
    m = _PROBATION_LABEL.search(text, max(0, d.start - 40), d.start)
    return m is not None and not _AFTER_PROBATION.search(text, max(0, m.start() - 16), m.start()) and not (
        _PROBATION_ENDED.search(m.group()))


# after the amount: "$18/hr during probation", "2.800 € während der Probezeit"
_PROBATION_AFTER = re.compile(
    rf"\s*(?:during|in|for|while\s+on|während\s+der|в\s+период|na\s+okres|durante\s+(?:el|o)|pendant\s+la|durante\s+il)\s+"
    rf"(?:the\s+|your\s+)?(?:{_PROBATION_WORDS})", re.IGNORECASE)


def _sentence_start(text: str, pos: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 160), pos)), default=max(0, pos - 160))


# "$2,000 per year for professional development", "€500 towards your home office"
_FOR_PURPOSE = re.compile(
    r"\s*(?:(?:per|a|an|each|every)\s+\w+\s+)?(?:for|towards?)\s+(?:your\s+|our\s+|the\s+)?(?:own\s+|professional\s+|personal\s+)?"
    + f"(?:{STIPEND_PURPOSES})",
    re.IGNORECASE,
)


def _purpose_after(d: Draft, text: str) -> bool:
    """Not pay for a kind of work ("$20 per hour for childcare", "£350 a day for training courses",
    "Salary: £32,000 for Training Coordinator"): a yearly, monthly or one-off sum with no salary
    word, its purpose ending the phrase."""
    if d.salary_context or d.period in ("hour", "day", "week"):
        return False
    m = _FOR_PURPOSE.match(text, max(d.end, d.tail))
    return bool(m and _PURPOSE_END.match(text, m.end()))


_PURPOSE_END = re.compile(r"\s*(?:[,.;)\n]|$|budget|allowance|stipend|costs?|expenses|equipment|courses?|conferences?)", re.I)


def _high_denomination(d: Draft) -> bool:
    # every currency the sign may mean: "$50B" may be pesos, but a dollar reading is enough
    codes = _codes_of([c for a in d.amounts for c in a.currencies])
    return bool(codes) and codes <= _HIGH_DENOMINATION


def _plain_stipend(text: str, start: int) -> bool:
    """Whether the word before a stipend or an allowance names no purpose: "an annual tax-free stipend", "Intern –
    monthly allowance", "Stipend of ₹15,000"; not "a $3,000 housing stipend", "$500 tool allowance"."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m is None or m.group(1).lower() in _PLAIN_BEFORE_STIPEND


_PREV_WORD = re.compile(r"([^\W\d_]+)[^\w\n]*$")
_PLAIN_BEFORE_STIPEND = frozenset({"a", "an", "the", "your", "our", "annual", "yearly", "monthly", "weekly", "free", "internship",
                                   "intern", "interns", "trainee", "student", "phd", "doctoral", "research", "living", "basic",
                                   "studentship", "scholarship", "fellowship", "of", "is", "with", "receive", "receives", "paid"})
_ADDED_BEFORE = re.compile(r"(?:\+|(?<![^\W\d_])(?:plus|and|with))\s*(?:an?\s+)?$", re.IGNORECASE)
_INTERN_ALLOWANCE = re.compile(r"allowance|stipend|indennit|beca|bolsa|gratification|补贴|津[贴貼]", re.IGNORECASE)
_INTERN = re.compile(r"(?<![^\W\d_])(?:intern(?:ship)?s?|trainee(?:ship)?s?|apprentice(?:ship)?s?|stagiaire|praktikant\w*|praktikum|"
                     r"becari[oa]s?|pasant[eií]\w*|estagi[aá]ri[oa]s?|tirocinant\w*|tirocinio|ph\.?\s?d|doctoral|doctorate|"
                     r"studentships?|scholarships?|fellowships?|graduate\s+students?|bursary|promotionsstelle|doktorand\w*)(?![^\W\d_])"
                     r"|实习|實習|インターン|博士", re.IGNORECASE)


# pay added to a base rate, never the rate itself, though hourly: "$4/hr night differential",
# "$32.10/hr fringe benefits"
_ADD_ON = re.compile(r"differential|fringe|premium|stop\s|drop\s|layover|detention|breakdown|zuschlag|maggiorazion|majoration|"
                     r"plus\s+(?:de\s+)?(?:nocturnidad|peligrosidad|festivos?|turnicidad|domingos?)", re.IGNORECASE)  # "Plus de nocturnidad: 4 €/hora"
_ON_OFFER = re.compile(r"\s*(?:is\s+|are\s+)?(?:available|included|offered|eligible|applies|apply|paid|on\s+top)(?![^\W\d_])", re.IGNORECASE)
# a word after an amount that makes it pay of its own: "$3,500/month salary", "$18/hr starting"
_PAY_WORD_NEXT = re.compile(r"\s*(?:base|basic|salary|wage|pay|starting|start)(?![^\W\d_])", re.IGNORECASE)
# a list that goes on after the amount a label owns: "Shift differentials: $4/hr nights, $2/hr weekends"
_LIST_ITEM_GAP = re.compile(r"\s*(?:[^\W\d_]{1,16}\s*)?[,;]\s*")


def _same_role_in_list(t: Token, owner: Draft, drafts: list[Draft], text: str) -> None:
    """After a label and a colon, the amounts listed with ``owner``, one word and a comma apart
    and of its period, share its role."""
    if owner.period is None or not _LABEL_COLON.match(text, t.end) or owner.role != "other_pay":
        return
    i = drafts.index(owner)
    prev = owner
    top = max(a.value for a in owner.amounts)
    for d in drafts[i + 1:]:
        if (d.role != "base" or (d.role_reason and "base pay" in d.role_reason) or d.period != owner.period
                or not _LIST_ITEM_GAP.fullmatch(text, max(prev.end, prev.tail), d.start)
                or not all(top / 3 <= a.value <= top * 3 for a in d.amounts)  # "$4/hr nights, ..., $45/hr base"
                or _PAY_WORD_NEXT.match(text, max(d.end, d.tail))):  # "$3,500/month salary", "$18/hr starting"
            return
        d.role, d.role_reason, d.one_off = owner.role, owner.role_reason, owner.one_off
        prev = d


# a one-off word in the role word itself or just before it ("sign-on bonus", "Prime de cooptation",
# "Zuschuss zum Deutschlandticket")
_ONE_OFF = re.compile(ONE_OFF_PAY, re.IGNORECASE)
_STIPEND = re.compile(STIPEND_WORDS, re.IGNORECASE)
_STIPEND_PURPOSE = re.compile(rf"(?<![^\W\d_])(?:{STIPEND_PURPOSES})", re.IGNORECASE)
# the purpose names the stipend: "home office stipend", "housing stipend"; not "housing and a stipend of $3,000"
_STIPEND_PURPOSE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{STIPEND_PURPOSES})[\s-]*$", re.IGNORECASE)
_LIST_BREAK = re.compile(r"[,;.\n、，]")


def _after_last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """The end of the last match of ``pattern`` in ``text[start:end]``, else ``start``."""
    for m in pattern.finditer(text, start, end):
        start = m.end()
    return start


def _phrase_start(text: str, pos: int) -> int:
    """Up to 24 characters before ``pos``, from after the last comma or clause break."""
    return _after_last(_LIST_BREAK, text, max(0, pos - 24), pos)


_INCLUDING_BEFORE = re.compile(r"(?<![^\W\d_])(?:including|incl\.?|inclusive\s+of|inkl\.?|einschlie(?:ß|ss)lich|y\s+compris|"
                               r"incluye(?:ndo)?|incluido|incluso|inclus[oa]?|شامل(?:ة|اً)?|بما\s+في\s+ذلك)\s+$", re.IGNORECASE)
_PERCENT_OF = re.compile(r"%\s*(?:of|de|von|du|del)\s+(?:the\s+|your\s+|le\s+|el\s+)?$", re.IGNORECASE)
_WORTH_BEFORE = re.compile(r"\(\s*worth\s+(?:up\s+to\s+|about\s+|around\s+)?$", re.IGNORECASE)
_ROLE_FORWARD_GAP = re.compile(
    # "bono anual de USD 1.000", "prime annuelle de 3 000 €": a period adjective may follow the word
    # a grade that is not an amount may follow it too: "TLR 2b (£5,432)"; and "range": "base range $178,000–$241,000"
    r"[\s:(\-–（：]*(?:range[\s:]+)?(?:\d{1,2}[a-z]?[\s:(\-–]+)?(?:(?:annual|anual|annuel(?:le)?|annuale|jährliche[rn]?|yearly|monthly|mensual|mensuel(?:le)?|"
    r"quarterly|trimestral|trimestriel(?:le)?|évi|havi)\s+|(?:ชั่วโมงละ|วันละ|เดือนละ)\s*)?(?:(?:iro|approx\.?|c\.|circa|of|up\s+to|upto|to|from|in\s+the\s+region\s+of|de|da|du|von|di|"
    r"für|for|pour|por|para|à|zu|på|om|of\s+up\s+to|(?:paid|reimbursed)\s+at|at|about|around|roughly|达到?|超过|逾|约|近|"
    # "worth": "a bonus worth £2,000", "stravenky v hodnotě 120 Kč", "premia w wysokości 500 zł"
    r"worth(?:\s+up\s+to)?|v\s+hodnot[ěe]|w\s+wysokości|im\s+wert\s+von|d'une\s+valeur\s+de|del\s+valore\s+di|"
    r"is|are|was|were)\s*)?"  # "The bonus is $5,000", "Our revenue is £5m"
    r"[\s:(（]*(?:月額?|毎月|每月)?",
    re.IGNORECASE,
)


# "Referral bonus for employees: $2,000", "stipend for remote staff of $1,000": the
# role word, whom or what it is for in up to three words, then the amount
# "Prime de panier :", "Bonus for referrals:": the word's own label, opened by a preposition; not a job title or another
# label ("Welfare Officer: £28,000", "Allowances Monthly salary: 50,000 KES", "Bonus eligible role: $60k")
_ROLE_LABEL_PHRASE = re.compile(r"[ \t]+(?:de|du|des|of|for|di|da|del|della|für|van|voor|na|po|za|do)"
                                r"(?:[ \t]+[^\W\d_][\w'’-]*){1,2}[ \t]*[:：][ \t]*", re.IGNORECASE)
# "The OTE range for this position is $220,000 – $260,000", "the bonus target for the role will be $20k"
_ROLE_RANGE_PHRASE = re.compile(r"\s+(?:(?:pay\s+)?range|package|target|amount)\s+(?:for\s+(?:this|the)\s+(?:position|role|job|opening)\s+)?"
                                r"(?:is|will\s+be)\s+(?:between\s+)?", re.IGNORECASE)
_ROLE_FORWARD_PHRASE = re.compile(
    r"\s+(?:for|to|für|pour|para|por)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*"
    r"\s*(?::|-|–|of|of\s+up\s+to|up\s+to|worth)?\s*",
    re.IGNORECASE,
)


_SALARY_ALTERNATION = "|".join(SALARY_WORDS)
_SALARY_BEFORE = re.compile(rf"(?:{_SALARY_ALTERNATION})\s?$", re.IGNORECASE)


# non-pay words that also name jobs ("Analista de Inversión", "Gestionnaire de prêts"): non-pay only for millions
_TITLE_NONPAY = re.compile(r"investments?|inversión|investimento|finanzierung|financement|loans?|darlehen|préstamos?|prêts?|"
                           r"fund|assets|funding", re.IGNORECASE)


def _millions(d: Draft) -> bool:
    return any(a.value >= 1_000_000 for a in d.amounts)


def _after_salary_word(text: str, pos: int) -> bool:
    return bool(_SALARY_BEFORE.search(text, max(0, pos - 16), pos))


# a label's colon, then what the value is paid for, on the same line: "：1級建築施工管理技士 月"
_LABEL_LINE_GAP = re.compile(r"[ \t]*[:：][^\n:：.,;!?、，。；]{0,30}")
_BASE_FOR_THIS_JOB = re.compile(r"\s+for\s+(?:this|the)\s+(?:position|role|job|opening|post|vacancy)\s*(?:is|will\s+be|:)\s*(?:between\s+)?",
                                re.IGNORECASE)
_BASE_LABEL_PERIOD = re.compile(r"[ \t]*[:：][ \t]*(?:月給|月薪|年収|年俸|年薪|時給|时薪|日給|日薪)[ \t]*")


def _starts_label_line(text: str, start: int) -> bool:
    """Whether the word at ``start`` is in its line's label: no digit or colon before it on the line."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    return len(head) <= 30 and not any(ch.isdigit() or ch in ":：" for ch in head)


def _role_owner(t: Token, near: _Near, text: str, base_words: Sequence[int] = (), label_ends: Sequence[int] = ()) -> Draft | None:
    before, after = near.before(t.start), near.after(t.end)
    prev = [before] if before is not None and t.start - max(before.end, before.tail) <= 40 else []
    nxt = [after] if after is not None and after.start - t.end <= 40 else []
    back = "\n" in text[max(prev[0].end, prev[0].tail) if prev[0].tail <= t.start else prev[0].end:t.start] if prev else False
    if back:
        # a line break ends what a word says of the amount above it, unless the word's line has no value
        # after the word and the layout puts labels under their amounts ("$3,000\nSign-On Bonus") or the
        # line is a hard-wrapped sentence going on in lower case ("a $3,000\nsigning bonus"); a range
        # alone above a perk is the salary ("£30,000 - £35,000\nCar allowance")
        if _labels_under(text, t, near) and not (_closed(prev[0]) and len(near.drafts) == 1):
            nxt = []
        else:
            prev = []
    elif nxt and prev and _LINE_END_GAP.match(text, t.end, nxt[0].start):
        nxt = []  # "$100/month internet stipend\n- Annual $1,500 budget": the word ends its own line's item
    if nxt and prev and not back and _OPENING_GAP.fullmatch(text, t.end, nxt[0].start) and not text[
            max(prev[0].end, prev[0].tail):t.start].strip():
        nxt = []  # "$7,500 sign-on bonus ($2,500 at 30, 60 and 90 days)": the word is the amount's before it
    if nxt:
        gap = _gap(text, t.end, nxt[0].start)
        if t.kind == "nonpay" and gap.strip() in (",", "，") and _millions(nxt[0]):
            return nxt[0]  # "ERC Starting Grant, €1.5M"
        if t.kind == "nonpay" and (_after_salary_word(text, t.start) or (
            ("-" in gap or "–" in gap or _TITLE_NONPAY.fullmatch(t.text) and nxt[0].start >= nxt[0].amounts[0].start)
            and not _millions(nxt[0])
        )):  # ("travel funding up to $2,000": the amount's own "up to" says it is no job title's)
            pass  # "Investment Analyst - £35,000", "Referent Finanzierung 55.000 €"; "薪资预算：15-20K" is a salary budget
        elif len(gap) <= 20 and _ROLE_FORWARD_GAP.fullmatch(gap) and not (
            t.text.lower() == "budget" and _COPULA.search(gap) and not _millions(nxt[0])
        ):  # "The budget is £45k for this hire" is a recruiter's pay budget; "Our annual budget is $19M" is not pay
            return nxt[0]
        elif t.kind == "base" and _BASE_FOR_THIS_JOB.fullmatch(gap):
            return nxt[0]  # "The anticipated hiring range for this position is $78,312 - $90,000"
        elif t.kind == "base" and _BASE_LABEL_PERIOD.fullmatch(gap):
            return nxt[0]  # "基本給：月給35万円～50万円": the base word's label, then the period's
        elif (t.kind == "other" and _LABEL_LINE_GAP.fullmatch(gap) and _starts_label_line(text, t.start)
              and not any(t.end < e <= nxt[0].start for e in label_ends)):
            return nxt[0]  # "資格手当：1級建築施工管理技士 月30,000円", "家族手当：配偶者10,000円": a label line's value
        # the phrase names no base pay ("bonus for the base role: $60k" stays base)
        if (t.kind != "base" and (_ROLE_FORWARD_PHRASE.fullmatch(gap) or t.kind == "other" and (
                _ROLE_LABEL_PHRASE.fullmatch(gap) or _ROLE_RANGE_PHRASE.fullmatch(gap)))
                and not any(t.end <= b < nxt[0].start for b in base_words)):
            return nxt[0]  # "Prime de panier : 6 € par jour": the word's label, opened by a preposition, ends in its colon
    if (prev and not back and (
            after is not None and _LABEL_COLON.match(text, t.end) and "\n" not in text[t.end:after.start]
            and not _SENTENCE_END.search(text, t.end, after.start) or _OWN_VALUE_NEXT.match(text, t.end))
            and (prev[0].period_before or any(prev[0].start - 4 <= b <= prev[0].start for b in label_ends))):
        # a label of a value after it, and the amount before has its own (a base, salary or period word): "基本給　180,000円～220,000円
        # 通勤手当：実費支給 月額 30,000円"; not "$3,000 Sign-On Bonus: Now hiring CNAs at $19/hr"
        prev = []
    if prev and not t.text.startswith("و"):  # Arabic "و" glued to the word is "and": "6000 ريال وبدل سكن"
        d = prev[-1]
        # a period written after the word ("£450 (plus bonus) per week") does not bring the word closer
        gap = _gap(text, max(d.end, d.tail) if d.tail <= t.start else d.end, t.start)
        if len(gap) <= 2 and not gap.strip():
            return d
        # "$50K target bonus", "$1,500 a week in commission", "$2,000 professional development budget": up to two
        # plain words
        words = [w for w in gap.split() if w.lower() not in _ADJECTIVE_PERIODS]  # "$2,000 annual learning budget"
        if len(gap) <= 40 and len(words) <= 2 and all(
            w.replace("-", "").isalpha() and w.lower() not in _JOINING for w in words
        ):
            return d
        if t.kind == "nonpay" and len(gap) <= 12 and _PLAIN_WORDS.fullmatch(gap) and not any(
            w.lower() in _JOINING for w in words
        ):  # not "per month plus medical cover"
            return d
    return None


_LABEL_COLON = re.compile(r"\s?[:：]")
_COPULA = re.compile(r"\b(?:is|are|was|were)\b", re.IGNORECASE)
# a value of the word's own right after it: "賞与年2回", "bonus 10%"
_OWN_VALUE_NEXT = re.compile(r"[^\S\n]{0,2}[^\W\d_]{0,3}\d")


_LABELLED_LINE = re.compile(r"[^\W\d_][^\n:]{0,30}[:：]\s*$")


def _labels_under(text: str, t: Token, near: _Near) -> bool:
    """Whether the word ``t``, on the line under an amount, labels that amount.

    Never when its own line has a value after the word ("Target bonus: 10%"). On a long line
    (prose), when the sentence above goes on into it: its line starts in lower case ("a $3,000\n
    signing bonus") or the line above ends with no stop ("get a $5,000\nSign-On Bonus! RN
    positions ..."). On a short line, by the layout of its block of lines: one that starts with a
    value and ends with a label puts labels under their values ("$70,000\nBase salary\n$5,000\n
    Sign-on bonus"); one that starts with a label and ends with a value puts them over ("Salary\n
    $70,000\nBonus\nUp to 10%\nStipend\n$100/month"); otherwise a value on the next line is the
    word's, and no value there leaves the word to the amount above ("£1,000\nGolden Hello")."""
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = _line_end(text, t.end)
    if _value_line(text, t.end, line_end, near):
        return False
    above = near.before(t.start)
    if above is not None and (_LABEL_COLON_LINE.fullmatch(text, text.rfind("\n", 0, above.start) + 1, above.start)
                              or _LABELLED_LINE.search(text, text.rfind("\n", 0, above.start) + 1, above.start)):
        return False  # "Base salary: $130,000\nUncapped commission": the amount's label stands before it, on its line
        # ("Salary: Salaire : 2 100 € brut/mois<br>Tickets restaurant" too)
    if len(text[line_start:line_end].strip()) > CARD_LINE:
        m = _LINE_HEAD.match(text, line_start)
        above = text[:max(0, line_start - 1)].rstrip()
        return bool(m and (m.group(1).islower() or (above and above[-1] not in ".!?:;" and m.start(1) == t.start)))
    lines = _block(text, line_start, line_end)
    first, last = lines[0], lines[-1]
    if _value_line(text, *first, near) and not _value_line(text, *last, near):
        return True
    if not _value_line(text, *first, near) and _value_line(text, *last, near):
        return False
    after = [ln for ln in lines if ln[0] > line_end]
    return not (after and _value_line(text, *after[0], near))


_LABEL_COLON_LINE = re.compile(r"[ \t\-–•*·]*[^\W\d_][^\n:：]{0,40}[:：][ \t]*")
_LINE_END_GAP = re.compile(r"[ \t)\]]*\n")  # "allowance of\n$5,000", "Relocation:\n$3,000" go on; "stipend\n- ..." ends
_LINE_HEAD = re.compile(r"[ \t\-–•*·]*([^\W\d_])")
_PERCENT = re.compile(r"\d\s?%")
CARD_LINE = 48  # characters: the lines of a card layout ("$3,000" / "Sign-On Bonus") are short
BLOCK_LINES = 8  # lines each way


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _block(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The run of non-blank lines around a line (up to ``BLOCK_LINES`` each way). A line with a
    blank line on each side is read in a double-spaced layout (HTML made text: "Salary\n\n$68,000
    a year\n\nSign-on bonus\n\n$3,000"), where one blank line between lines does not end the run."""
    spaced = _blank_around(text, line_start, line_end)
    lines = [(line_start, line_end)]
    s = line_start
    while s > 0 and len(lines) <= BLOCK_LINES:
        ps = text.rfind("\n", 0, s - 1) + 1
        if not text[ps:s - 1].strip():
            if not (spaced and ps > 1 and text[ps - 1] == "\n"):
                break
            s = ps
            ps = text.rfind("\n", 0, s - 1) + 1
            if not text[ps:s - 1].strip():
                break
        lines.insert(0, (ps, s - 1))
        s = ps
    e, n = line_end, 0
    while e < len(text) and n < BLOCK_LINES:
        ne = _line_end(text, e + 1)
        if not text[e + 1:ne].strip():
            if not spaced or ne >= len(text):
                break
            e = ne
            ne = _line_end(text, e + 1)
            if not text[e + 1:ne].strip():
                break
        lines.append((e + 1, ne))
        e, n = ne, n + 1
    return lines


def _blank_around(text: str, line_start: int, line_end: int) -> bool:
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = _line_end(text, line_end + 1)
    return (line_start > 1 and not text[before:line_start - 1].strip()
            and line_end < len(text) and not text[line_end + 1:after].strip())


def _value_line(text: str, start: int, end: int, near: _Near) -> bool:
    """A line with an amount or a percentage in it."""
    d = near.after(start)
    return (d is not None and d.start < end) or _PERCENT.search(text, start, end) is not None


# Words that join a second item to the amount ("plus bonus"): the role word
# after them is not the amount's own.
_JOINING = frozenset({
    "plus", "and", "with", "und", "mit", "et", "avec", "y", "e", "con", "com", "incl", "including", "excluding",
    "excl", "inkl", "zzgl", "or", "oder", "ou", "o", "also", "additional", "extra", "potential", "possible",
    # "€ 60.000 tot € 75.000 inclusief vakantiegeld": the amount includes it, and is still base pay
    "inclusief", "exclusief", "inclusive", "exclusive", "inklusive", "exklusive", "einschließlich", "zuzüglich",
    "inclus", "compris", "incluido", "incluida", "incluyendo", "incluso", "inclusa", "compreso", "incluindo",
    # "2,300 semanales más bonos", "R$ 2.300 mensais mais bônus", "1.800 € netti più premi", "3000 zł plus premia"
    "más", "mas", "mais", "più", "piu", "samt", "pluss", "sowie", "ainsi", "además", "alem", "além",
    "comprensiva", "comprensivo",  # "RAL 28.000 € comprensiva di superminimo"
})


def _mark_benchmarks(drafts: list[Draft], text: str) -> None:
    """"According to the BLS, the median pay for ... is $48,780 per year": an amount after a
    market statistic in its sentence is a benchmark, not this job's pay. "Senior Data Engineer
    (this role): $142,000 – $168,000": the amount after "this role" in its line is this job's."""
    if not drafts:
        return
    lowered = text.lower()
    for m in (_BENCHMARK.finditer(text) if any(k in lowered for k in _BENCHMARK_KEYS) else ()):
        if m.start() and _LETTER.match(text, m.start() - 1):
            continue  # inside a word
        compared = _COMPARED.search(text, max(0, m.start() - 24), m.start())
        stop = _CLAUSE_BREAK.search(text, m.end())
        end = stop.start() if stop else len(text)
        for d in drafts:
            if not (m.end() <= d.start < end and d.role == "base"):
                continue
            if compared and (compared.group().lower().startswith("at") or not _FIGURE_OF.fullmatch(text, m.end(), d.start)):
                continue  # "well above the national average: £35,000", "set at the market median of $70,000": this job's pay
            d.role, d.role_reason = "non_pay", f"a market figure ('{m.group()}'), not this job's pay"
    for m in (_PEER_EARNINGS.finditer(text) if any(k in lowered for k in _PEER_KEYS) else ()):
        for d in drafts:  # the amount right after the verb only: "... make $150k+ OTE, with a base salary of $60,000"
            if m.end() <= d.start and d.role == "base" and _PEER_GAP.fullmatch(text, m.end(), d.start):
                d.role, d.role_reason = "non_pay", f"what others earn ('{m.group()}'), not this job's pay"
                break
    if any(k in lowered for k in _OFFER_KEYS) and _OFFER_WORD.search(text):
        # beside an offer, the candidate's own figures: "Current: £55k. Offer: £63k", "Expected: 20 LPA | Offered: 18.5 LPA"
        for d in drafts:
            if d.role == "base" and (m := _CANDIDATE_LABEL.search(text, max(0, d.start - 40), d.start)):
                d.role, d.role_reason = "non_pay", f"the candidate's own figure ('{m.group().strip()}'), not the offer"
        offers = [d for d in drafts if d.role == "base" and d.low is d.high and _OFFER_LABEL.search(text, max(0, d.start - 40), d.start)]
        for d in drafts:  # "The hiring range ... is $130,000 - $160,000; your offered annual base is $148,000"
            if d.role == "base" and d.low is not d.high and d.low is not None and d.high is not None and any(
                    d.low.value <= o.amounts[0].value <= d.high.value for o in offers):
                d.role, d.role_reason = "non_pay", "the band an offer in the text sits in, not the offer"
    for m in (_OWN_EARNINGS.finditer(text) if any(k in lowered for k in _OWN_KEYS) else ()):
        for d in drafts:  # the amount right after: "I currently make $92k ... an offer for $108,000/yr"
            if m.end() <= d.start and d.role == "base" and _PEER_GAP.fullmatch(text, m.end(), d.start):
                d.role, d.role_reason = "non_pay", f"the writer's own pay ('{m.group()}'), not this job's"
                break
    for m in (_THIS_JOB.finditer(text) if ("this" in lowered or "advertised" in lowered) else ()):
        line_end = text.find("\n", m.end())
        marked = next((d for d in drafts if max(d.end, d.tail) <= m.start() and _OPENING_GAP.fullmatch(
            text, max(d.end, d.tail), m.start())), None)  # "Mid €55–70k, Senior €70–90k (this role)"
        if marked is not None:
            if marked.role == "base" and not marked.role_reason:
                marked.role_reason = f"base pay of this job: the text marks it ('{m.group()}')"
            continue
        for d in drafts:
            if m.end() <= d.start and (line_end < 0 or d.start < line_end):
                if d.role == "base" and not d.role_reason:
                    d.role_reason = f"base pay of this job: the text marks it ('{m.group()}')"
                break


    if sum(d.role == "base" for d in drafts) >= 2 and any(k in lowered for k in _ABOUT_KEYS) and _ABOUT_THIS_JOB.search(text):
        _mark_named_level(drafts, text)


def _mark_named_level(drafts: list[Draft], text: str) -> None:
    """"Tier 1 – San Francisco: $158,000 – $196,000 / Tier 2 – Austin: $142,000 – $176,000 ... the applicable
    range for this job is Tier 2": when the amounts of a list lead with labels and a sentence about this job
    names one label, that amount is this job's."""
    labelled: list[tuple[Draft, str, re.Pattern[str], int]] = []
    prev_end = 0
    for d in drafts:
        start = max(text.rfind("\n", 0, d.start) + 1, prev_end)
        if d.low is not d.high or any(a.currencies for a in d.amounts):
            prev_end = max(d.end, d.tail)  # an amount of money ends a label's reach; a label's own number does not
        m = _LEVEL_LABEL.match(text, start, d.start) or next(
            (x for x in reversed(list(_LEVEL_LABEL_INSIDE.finditer(text, start, d.start))) if x.group("word")), None
        )  # "Pay ranges by zone — Zone A (SF, NYC): $190k–$230k"
        if d.role != "base" or m is None:
            continue
        word, ident = m.group("word"), m.group("id")
        if not word and not _LETTER_AND_DIGIT.search(ident):
            continue  # a lone "B" or "2" names too much
        if word and not _LETTER_AND_DIGIT.search(ident):  # "Market B", "Tier 2", "Level III": the word and its mark
            named = re.compile(rf"(?<![\w-])(?i:{re.escape(word)})\s+{re.escape(ident)}(?![\w-])")
        else:  # "Level P3", "L4": the mark alone
            named = re.compile(rf"(?<![\w-]){re.escape(ident)}(?![\w-])")
        labelled.append((d, m.group("label"), named, start))
    if len(labelled) < 2:
        return
    chosen: list[tuple[Draft, str]] = []
    for d, label, named, start in labelled:
        for occ in named.finditer(text):
            if start <= occ.start() < d.start:
                continue  # the amount's own label
            left = max(text.rfind(c, 0, occ.start()) for c in ".\n;(") + 1
            if left and text[left - 1] == "(" and _ASSIGNED_TO.search(text, left - 1, occ.start()):
                left = max(text.rfind(c, 0, left - 1) for c in ".\n;") + 1  # "This role is based in Austin, TX (Zone B)."
            right = min((i for i in (text.find(c, occ.end()) for c in ".\n;)") if i >= 0), default=len(text))
            if (_ASSIGNED_TO.search(text, max(left, occ.start() - 40), occ.start()) and _ABOUT_THIS_JOB.search(text, left, right)
                    and not _NEGATED_WORD.search(text, left, right)):
                chosen.append((d, label))
                break
    if len(chosen) == 1 and not chosen[0][0].role_reason:
        chosen[0][0].role_reason = f"base pay of this job: the text names its level ('{chosen[0][1]}')"


_LEVEL_LABEL = re.compile(r"[\s;,•*·|>/-]*(?P<label>(?:(?P<word>[A-Z][A-Za-z]{1,11})\s+)?(?P<id>[A-Z]{0,3}\d{1,2}[A-Za-z]?|[IVX]{1,4}|[A-Z]))"
                          r"(?![\w-])")
_LEVEL_LABEL_INSIDE = re.compile(r"(?<=[\s—–:;,])(?P<label>(?P<word>(?-i:[A-Z])[A-Za-z]{1,11})\s+(?P<id>[A-Z]{0,3}\d{1,2}[A-Za-z]?|[IVX]{1,4}|[A-Z]))"
                                 r"(?![\w-])")
_LETTER_AND_DIGIT = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
# "this" and a job's noun, in the languages of such lists: "the level for this opening", "diese Position ist in
# L3 eingestuft", "ce poste", "este puesto", "deze functie"; or "the applicable range"
_ABOUT_THIS_JOB = re.compile(
    r"(?<![^\W\d_])(?:(?:this|diese[rsmn]?|dieses|ce|cette|este|esta|questo|questa|deze|dit)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:role|position|job|opening|req|requisition|vacancy|post|posting|hire|stelle|poste|emploi|puesto|vacante|vaga|"
    r"cargo|posizione|ruolo|functie|vacature|baan)|applicable|"
    r"poste\s+propos[ée]e?|position\s+offered|puesto\s+ofrecido|posizione\s+offerta)(?![^\W\d_])", re.IGNORECASE)  # "poste proposé au niveau B2"
_ABOUT_KEYS = ("this", "applicable", "diese", "ce", "este", "esta", "questo", "questa", "deze", "dit",  # a cheap test first
               "propos", "offered", "ofrecido", "offerta")
# the label stands as what the job is, is in or is at: "is Tier 2", "falls in Market B", "at L5", "ist in L3"
_ASSIGNED_TO = re.compile(r"(?:(?<![^\W\d_])(?:is|are|be|in|into|under|at|ist|est|es|è|valt\s+in|au|en|al|im|auf|op)\s+"
                          r"(?:the\s+|our\s+)?(?:(?:level|band|tier|zone|grade|market|niveau|nivel|livello|stufe|[ée]chelon)\s+)?"
                          r"|[:=(]\s*)$", re.IGNORECASE)
_NEGATED_WORD = re.compile(r"(?<![^\W\d_])(?:not|no|never|nicht|kein\w*|pas|non|niet|geen)(?![^\W\d_])|n['’]t(?![^\W\d_])",
                           re.IGNORECASE)


# the regex runs only on texts with one of these (a scan with it costs ~10 µs on a short text)
_BENCHMARK_KEYS = ("median", "average", "according", "bureau", "durchschnitt", "moyen", "medio", "promedio", "médio",
                   "gemiddeld", "平均", "평균", "例", "モデル")
_BENCHMARK = re.compile(  # a word of a spaced script must end there; CJK runs on ("平均年収は")
    "|".join(p if re.match(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", p) else rf"{p}(?![^\W\d_])"
             for p in BENCHMARK_PATTERNS), re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_OR_APOSTROPHE = re.compile(r"[^\W\d_]|['’]")  # "zo'n 2.800": Dutch, not the naira
_FIGURE_OF = re.compile(r"\s*(?:of|at|is|was|\(|=|:\s*(?=\S))?\s*", re.IGNORECASE)  # "better than the UK average of £29,000"
_COMPARED = re.compile(
    r"(?<![^\W\d_])(?:above|over|beyond|exceed\w*|beat\w*|than|at|outperform\w*|über|oberhalb|au-dessus\s+de|"
    r"supérieur\w*\s+à|por\s+encima\s+de|acima\s+d[aoe]|sopra|powyżej|boven)\s+(?:the\s+|la\s+|le\s+|du\s+|del\s+|dem\s+|"
    r"de[rnm]?\s+)?(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
# "Top performers earned over $95K last year", "our drivers averaged $1,400 a week": what others
# earn or earned, not what this job pays
_PEER_KEYS = ("top perform", "top earner", "top producer", "top rep", "top seller", "top agent", "top driver", "earned",
              "averaged", "took home")
_PEER_EARNINGS = re.compile(
    r"(?<![^\W\d_])(?:(?:our\s+|the\s+)?top\s+(?:performers?|earners?|producers?|reps?|sellers?|agents?|drivers?)\s+"
    r"(?:(?!and\b|to\b)\w+\s+){0,2}?(?:earn|earns|make|makes|earned|made|averaged?|took\s+home|take\s+home)|"  # not "top sellers team and make"
    r"(?:our|the|many|most|some)\s+(?:[\w-]+\s+){0,2}?(?:reps|representatives|drivers|agents|employees|associates|"
    r"nurses|stylists|sellers|salespeople|members|hires|graduates|workers|staff|team)\s+(?:\w+\s+)?"
    r"(?:earned|averaged|took\s+home))(?![^\W\d_])",
    re.IGNORECASE,
)
# what the writer earns or earned, in posts that weigh an offer: "I currently make $92k", "Left my last job on £41k",
# "my current CTC is 7 LPA", "atualmente estou num estágio a ganhar 900€"
_OWN_KEYS = ("current", "i make", "i earn", "i'm on", "i am on", "left my", "quit my", "previously", "atualmente", "actualmente",
             "aktuell", "actuellement")
_OFFER_KEYS = ("offer", "angebot", "offre", "oferta", "proposta", "can do")
_OFFER_WORD = re.compile(r"(?<![^\W\d_])(?:offer(?:ed|ing|s)?|angebot|offre|oferta|proposta|(?:we|they)\s+can\s+do)(?![^\W\d_])",
                         re.IGNORECASE)
_OFFER_LABEL = re.compile(r"(?<![^\W\d_])(?:offer(?:ed)?(?:\s+[^\W\d_]+){0,3}?\s*(?:is|of|at|[:：=])?|angebot(?:\s+liegt\s+bei|\s*[:：])?|"
                          r"(?:we|they)\s+can\s+do|they(?:['’]ve|\s+have)?\s+offered)\s*$", re.IGNORECASE)
_CANDIDATE_LABEL = re.compile(
    r"(?<![^\W\d_])(?:(?:my\s+)?(?:current|expected|present|existing)(?:\s*\((?:candidate|mine)\))?\s*[:：=\-–]|"
    r"(?:my\s+)?(?:current|expected|present|existing)\s+(?:ctc|salary|pay|package|base|comp|tc)(?:\s+(?:is|was|of))?"
    r"(?:\s*\((?:candidate|mine)\))?\s*[:：=\-–]?|(?:my\s+)?ask(?:\s+(?:is|was))?\s*[:：]?|i(?:['’]m|\s+am)\s+at|"
    r"aktuell|derzeit|momentan|actuellement|actualmente|atualmente)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_OWN_EARNINGS = re.compile(
    r"(?<![^\W\d_])(?:i(?:['’]m|\s+am)?\s+(?:currently\s+|now\s+)?(?:make|making|earn|earning|on|paid|getting)|"
    r"(?:i\s+)?currently\s+(?:make|making|earn|earning|on|get|getting)|"
    r"my\s+(?:current|present|old|previous|last)\s+(?:salary|pay|package|base|ctc|wage|rate|comp)(?:\s+(?:is|was))?|"
    r"(?:left|quit)\s+my\s+(?:last|previous|old)\s+(?:job|role|position)\s+(?:on|at)|previously\s+(?:on|earning|made|earned)|"
    r"atualmente\s+(?:[^\W\d_]+\s+){0,4}?a\s+ganhar|actualmente\s+gano|aktuell\s+verdiene\s+ich|"
    r"je\s+gagne\s+actuellement)(?![^\W\d_])",
    re.IGNORECASE,
)
_PEER_GAP = re.compile(r"\s*(?:over|more\s+than|in\s+excess\s+of|up\s+to|upwards\s+of|about|around|nearly|almost|roughly|"
                       r"an\s+average\s+of|on\s+average|an\s+average|between)?\s*", re.IGNORECASE)
_THIS_JOB = re.compile(r"(?<![^\W\d_])(?:this|the\s+advertised)\s+(?:role|position|post|job|vacancy)\)", re.IGNORECASE)


def _mark_alternatives(drafts: list[Draft], text: str) -> None:
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        gap = _gap(text, a.end, b.start)
        parent = a.alternative_of if a.alternative_of is not None else i - 1
        paren = _PAREN_ALTERNATIVE.fullmatch(gap)
        slash = _SLASH_ALTERNATIVE.fullmatch(gap)
        other_currency = bool(_explicit_codes(a) and _explicit_codes(b) and not (_explicit_codes(a) & _explicit_codes(b)))
        if b.role_reason and "base" in b.role_reason:
            continue  # "OTE £80k (£40k basic)": a base amount, not a restatement
        # the same pay for another period: "$25/hr ($52,000 per year)", "In-hand ₹28,000/month (CTC 4 LPA)"
        other_period = (a.period is not None and b.period is not None and a.period != b.period and b.role == "base"
                        and a.role in ("base", "other_pay") and _PAREN_RESTATED.fullmatch(gap)
                        and not _PAY_WORD_NEXT.match(text, max(b.end, b.tail)))  # not "Tips $5/hr ($40,000 a year salary)"
        if (paren and (other_currency or paren.group("approx") or b.approximate)) or (slash and other_currency) or other_period:
            if drafts[parent].role != "non_pay":
                b.role, b.alternative_of = "alternative", parent
                b.role_reason = "written as an equivalent of the amount before it"
                if drafts[parent].period is None and b.period is not None:
                    drafts[parent].period = b.period
                elif b.period is None:
                    b.period = drafts[parent].period


_PAREN_ALTERNATIVE = re.compile(
    r"\s*(?:[a-z./ ]{0,12})?\s*[(\[]\s*(?P<approx>approx(?:imately|\.)?|about|around|circa|ca\.|c\.|~|≈|or|i\.e\.|"
    r"equiv(?:alent)?\.?(?:\s+to)?|env\.|environ|aprox\.?|约|約|ungefähr|etwa|rund)?\s*",
    re.IGNORECASE,
)


# before the same pay for another period, a label may open the brackets: "(CTC 4 LPA)", "(in-hand 28k per month)"
_PAREN_RESTATED = re.compile(r"\s*(?:[a-z./ ]{0,12})?\s*[(\[]\s*(?:[^\W\d_][\w-]{0,10}\s*:?\s*)?", re.IGNORECASE)


def _explicit_codes(d: Draft) -> set[str]:
    return _codes_of([c for a in d.amounts for c in a.currencies])


_STOPS = r"[;!?\n。！？；]"
_CLAUSE_BREAK = re.compile(rf"{_STOPS}|\.\s")
_WEAK_OPENER = re.compile(r"(?:to|till|do|tot)(?![^\W\d_])", re.IGNORECASE)  # "to" alone is rarely "up to"
_FIELD_BREAK = re.compile(r"[;!?\n。！？；|•·]|\.\s|\s[–—-]\s")


def _mark_salary_context(toks: list[Token], drafts: list[Draft], text: str, words: list[int]) -> None:
    """A salary word up to 40 characters before, in the same clause, or right after. A period
    word that may lead an amount (月薪, 時給, 연봉) counts too, with no other word between
    ("annual leave + 1" is not). A salary word in a heading line ("Salary", "Pay and perks")
    or in a line that ends with a colon ("The base salary range depends on location:") marks
    the amounts of the lines under it."""
    tails = {d.tail for d in drafts}  # a period word written after an amount is that amount's
    # a base word that leads an amount says salary too ("the base salary range for this role is
    # $118,000"); not one that follows its own amount ("£11.50 (basic) + tips ... up to £15"),
    # nor "base" alone ("a customer base of 45,000")
    owned = [max(d.end, d.tail) for d in drafts]
    kws = [t for t in toks if t.kind == "salary" or (t.kind == "base" and t.text.lower() not in ("base", "basic") and not any(
        0 <= t.start - e <= 3 and not _LETTER.search(text, e, t.start) for e in owned)) or (
        t.kind[:7] == "period_" and t.end not in tails and _prefix_period(t.text))]
    ends = [t.end for t in kws]
    starts = [t.start for t in kws]
    leads = _lead_in_spans(kws, text) if "\n" in text else []
    starts_all = [x.start for x in drafts]
    for d in drafts:
        before = kws[bisect_left(ends, d.start - 40):bisect_right(ends, d.start)]
        after = kws[bisect_left(starts, d.end):bisect_right(starts, d.end + 3)]
        d.gross_or_net = bool(_GROSS_OR_NET_AFTER.match(text, max(d.end, d.tail)))  # "2500 brutto": money, if not context
        d.salary_context = bool(d.period and _STARTING_AT.match(text, d.start)) or any(  # "Starting at $20.50 hourly" says pay
            not _CLAUSE_BREAK.search(text, t.end, d.start) and (t.kind in _SALARY_KINDS or (
                not _word_between(words, t.end, d.start, text) and not _DIGIT.search(text, t.end, d.start)))
            for t in before
        ) or any(t.kind == "salary" and not text[d.end:t.start].strip() and not (
            # a label on the next line with its own amount is that amount's: "۸ تا ۱۷\nحقوق: ۲۲ میلیون تومان"
            "\n" in text[d.end:t.start] and _amount_on_its_line(t.end, starts_all, text))
            for t in after) or (
            # under a heading: an amount that says money itself, or one that starts the line under a
            # heading ("Gehalt:\n55000 Brutto"); not "Positions available: 4"
            any(a <= d.start < b and (
                d.period is not None or any(x.currencies or x.multiplier for x in d.amounts)
                or (heading and _LINE_START.fullmatch(text, a + 1, d.start))
            ) for a, b, heading in leads)
        )


def _amount_on_its_line(pos: int, starts: list[int], text: str) -> bool:
    """Whether an amount starts between ``pos`` and the end of its line."""
    line_end = text.find("\n", pos)
    end = len(text) if line_end < 0 else line_end
    return bisect_left(starts, pos) < bisect_left(starts, end)


_SALARY_KINDS = ("salary", "base")
_STARTING_AT = re.compile(r"start(?:ing|s)?\s+(?:at|from)(?![^\W\d_])", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_PREPOSITIONAL_PERIOD = re.compile(r"(?:per|an?|pro|par|por|pour|al|au|im|in|i|om|every|each)\b|/|p[./]", re.IGNORECASE)  # "annually to point 29 (£37,174)": the period word is the 29's
_LINE_START = re.compile(r"[\s\-–•*·]*")
# a period word ending a short heading line ("■想定年収", "Annual salary"), with the amount starting the next line
_HEADING_LEAD = re.compile(r"[^\d\n.;:]{0,24}")
# only a salary noun heads a section ("想定年収", "Jahresgehalt"); "Paid weekly" says when pay comes, not how much
_HEADING_NOUN = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]|gehalt|lohn|vergütung|einkommen|salaris|loon|lön|løn|lønn|palkka|"
                           r"palk|rate|tarief|taux|tarif|stawka|maaş|lương|เงินเดือน|salary|salaire|salario|salário", re.IGNORECASE)
_HEADING_PERIOD = re.compile(r"[ \t】\])）:：]*\n[\s\-–•*·]*")
_HEADING_LINE = re.compile(r"[^\d\n]{0,40}")


def _lead_in_spans(kws: list[Token], text: str) -> list[tuple[int, int, bool]]:
    """Where the lines under a salary heading or lead-in line run, and whether a bare amount
    that starts them counts: a heading ("Salary:", "Gehalt:", "Pay and perks") marks its next
    line, where "55000 Brutto" is pay; a lead-in sentence ending in a colon ("The base salary
    range depends on location:") marks up to three lines, to a blank line, for amounts that
    carry a sign, period or multiplier."""
    spans = []
    for t in kws:  # salary words, and period words that may lead an amount ("■想定年収")
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        if line_end < 0:
            continue
        line = text[line_start:line_end].strip()
        heading = bool(_HEADING_LINE.fullmatch(line))
        if not (heading or line.endswith((":", "："))):
            continue
        end, lines = line_end, 0
        while lines < (1 if heading else 3):
            nxt = text.find("\n", end + 1)
            if nxt < 0:
                nxt = len(text)
            if not text[end + 1:nxt].strip():
                break  # a blank line ends the section
            end, lines = nxt, lines + 1
            if nxt == len(text):
                break
        spans.append((line_end, end, heading))
    return spans


_SALARY_WORD = re.compile(_SALARY_ALTERNATION, re.IGNORECASE)
_SALARY_WORD_ALONE = re.compile(rf"(?<![^\W\d_])(?:{_SALARY_ALTERNATION})(?![^\W\d_])", re.IGNORECASE)  # not "payments"
_NOSAL_KINDS = frozenset({"nosal_negotiable", "nosal_competitive", "nosal_not_disclosed"})


def _declined_salary(toks: list[Token], drafts: list[Draft], text: str) -> None:
    """"Salary negotiable. Meal vouchers of 7 € a day": once a clause says the salary is
    not stated, other pay after it is never the salary, nor is an amount in a later clause
    that a perk word leads ("Cheque guardería de hasta 200 €", "Oferujemy bon świąteczny
    500 zł"). An amount with nothing of a perk before it stays pay: "Competitive salary.
    £32,000", "Salary: Competitive\nJob Type: Full-time\n£12.50 per hour". A bare number
    anywhere (no sign, period or salary word, not a range) is then not pay at all."""
    said = _declining_statement(toks, drafts, text)
    if said is None:
        return
    word, end, said_start, said_end = said
    perks = [t.start for t in toks if t.kind in ("other", "nonpay")]
    # salary words other than the statement's own: "Competitive package – Brisbane 4000" has none
    others = [t for t in toks if t.kind == "salary" and not said_start <= t.start < said_end]
    other_ends, other_starts = [t.end for t in others], [t.start for t in others]
    for d in drafts:
        if d.role == "base" and d.period is None and not _closed(d) and not any(
            a.currencies for a in d.amounts
        ) and not _opened_by_a_word(d, text) and not (d.salary_context and (
            # "粉丝合计50万+", "8 000 personnes", "commute to 60601"; not "from 24000", "up to 45000"
            _any_between(other_ends, d.start - 40, d.start + 1) or _any_between(other_starts, d.end, d.end + 4)
        )):
            d.role, d.role_reason = "non_pay", f"'{word}' says the salary is not stated; a bare number is not pay"
            continue
        if d.start < end:
            continue
        if d.role == "other_pay":
            d.one_off = True
        elif d.role == "base" and not (d.role_reason and "base pay" in d.role_reason) and not _closed(d):
            start = _after_last(_CLAUSE_BREAK, text, end, d.start)
            if _any_between(perks, start, d.start) or _ONE_OFF.search(text, start, d.start) or _STIPEND_PURPOSE.search(
                text, start, d.start
            ) or _EXTRA_BEFORE.search(text, start, d.start) or _FOR_AFTER.match(text, max(d.end, d.tail)):
                d.role, d.one_off = "other_pay", True
                d.role_reason = f"'{word}' says the salary is not stated; a perk word leads this amount"


# with the salary declined, these make an amount a benefit: "Extra £1.50 per hour", "Dazu 50 € monatlich",
# "150 € al mes para comida", "£3,000 on joining" (not "£30,000 for the right candidate", "for a 37.5 hour week")
_EXTRA_BEFORE = re.compile(r"(?<![^\W\d_])(?:extra|additional|additionally|zusätzlich|dazu|adicional|en\s+plus|de\s+plus|inoltre)"
                           r"(?![^\W\d_])", re.IGNORECASE)
_FOR_AFTER = re.compile(
    r"\s*(?:(?:per|a|an|pro|al|par|por)\s+\w+\s+|monatlich\s+|mensuales?\s+|yearly\s+|monthly\s+)?"
    r"(?:for|für|para|pour|per|on)\s+(?!(?:the|a|an|this)\s+(?:[\w-]+\s+){0,2}(?:role|position|post|job|contract|candidate|"
    r"person|applicant|hire)|(?:the\s+)?(?:right|successful|ideal|suitable)\b|(?:an?\s+)?\d)",
    re.IGNORECASE,
)


def _opened_by_a_word(d: Draft, text: str) -> bool:
    """ "from 24000", "up to 45000": a bound written in words; not "to 60601" or "From 2000 onwards"."""
    return bool(_LETTER.match(text, d.start)) and not _WEAK_OPENER.match(text, d.start) and not all(
        1900 <= a.value <= 2100 and a.raw.isdigit() for a in d.amounts
    )


def _declining_statement(toks: list[Token], drafts: list[Draft], text: str) -> tuple[str, int, int, int] | None:
    """The no-salary word of a clause that names the salary and gives no amount
    ("Salario competitivo según valía.", "給与：当社規定により優遇"), where that clause ends,
    and the statement's own span. A separator of a title or a field list (" | ", " – ")
    ends the clause too: "Pay: Competitive | Schedule: ... | commute to 60601"."""
    breaks: list[tuple[int, int]] | None = None  # the field breaks, found once: a posting can have many statements
    for i, t in enumerate(toks):
        if t.kind not in _NOSAL_KINDS:
            continue
        near = [t] if _SALARY_WORD.search(t.text) else [  # "薪资面议" is one token
            s for s in toks[max(0, i - 6):i + 3] if s.kind == "salary" and (
                0 <= t.start - s.end <= 30 or 0 <= s.start - t.end <= 12)]
        # a salary word of an earlier clause is not the statement's ("【薪资福利】\n薪资详谈")
        near = [s for s in near if not _CLAUSE_BREAK.search(text, min(s.start, t.start), max(s.end, t.end))]
        if not near:
            continue
        start, end = min(near[0].start, t.start), max(near[-1].end, t.end)
        if breaks is None:
            breaks = [m.span() for m in _FIELD_BREAK.finditer(text)]
            break_starts, break_ends = [b[0] for b in breaks], [b[1] for b in breaks]
            draft_ends = [d.end for d in drafts]
        k = bisect_left(break_starts, end)
        stop_start, stop_end = breaks[k] if k < len(breaks) else (len(text), len(text))
        k = bisect_right(break_ends, start)
        clause_start = break_ends[k - 1] if k else 0
        k = bisect_left(draft_ends, clause_start)
        if k < len(drafts) and drafts[k].start < stop_start:
            continue  # "Salary: £30k, negotiable", "Up to 45,000 plus excellent package": the clause has its amount
        return t.text, stop_end, start, end  # at the text's end: nothing comes after it, a bare number before is no pay
    return None


def _merge_same_salary(drafts: list[Draft], text: str) -> list[Draft]:
    """Two statements of one salary in one clause become the closed one.

    "Up to 55,000 per year + 45000.00-55000.00": the range and the open end
    share their maximum; keep the range, with the period of the other.
    """
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev and len(out) > 1 and prev.low is prev.high and prev.role == out[-2].role == d.role == "base"
                and _MIDPOINT.fullmatch(text, max(out[-2].end, out[-2].tail), prev.start) and _from_then_up_to(out[-2], d, text, prev)):
            # "Minimum: $145,600 / Midpoint: $182,000 / Maximum: $218,400": the midpoint is inside the range
            out.pop()
            prev = out[-1]
            assert prev.low is not None and d.high is not None
            prev.high, prev.end = d.high, d.end
            prev.period = prev.period or d.period
            continue
        if prev and prev.role == d.role == "base" and _from_then_up_to(prev, d, text):
            assert prev.low is not None and d.high is not None
            prev.high, prev.end = d.high, d.end
            prev.period = prev.period or d.period
            prev.salary_context = prev.salary_context or d.salary_context
            continue
        if prev and prev.role == d.role == "base" and _same_clause(prev, d, text) and _shares_bound(prev, d):
            keep, drop = (d, prev) if _closed(d) and not _closed(prev) else (prev, d)
            keep.period = keep.period or drop.period
            if not any(a.currencies for a in keep.amounts):
                for a in keep.amounts:
                    a.currencies = [c for x in drop.amounts for c in x.currencies][:1]
            out[-1] = keep
            continue
        out.append(d)
    return out


_OTHER_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(OTHER_PAY_WORDS) + r")(?![^\W\d_])", re.IGNORECASE)


def _from_then_up_to(a: Draft, b: Draft, text: str, mid: Draft | None = None) -> bool:
    """"from $136,000/year in our lowest market up to $264,500/year in our highest",
    "Minimum: $81,600 / Maximum: $136,000": two open ends of one range, in one clause, or on
    two lines of a list (with a midpoint ``mid`` between them, if given)."""
    if a.low is None or a.high is not None or b.low is not None or b.high is None:
        return False
    # after each amount's own period: "Minimum: $20.49/hr\nMidpoint: $25.61/hr\nMaximum: $30.74/hr"
    a_end = max(a.end, a.tail)
    gap = _gap(text, a_end, b.start) if mid is None else _gap(text, a_end, mid.start) + " " + _gap(text, max(mid.end, mid.tail), b.start)
    if mid is not None and mid.low is not None and not a.low.value < mid.low.value < b.high.value:
        return False
    labelled = b.start < len(text) and text[b.start].isalpha()  # the maximum's draft starts at its label
    listed = labelled and (_LIST_LINES.fullmatch(gap) and "\n" in gap or mid is None and _STOP_BETWEEN.fullmatch(
        text, max(a.end, a.tail), b.start) and _MIN_LABEL.match(text, a.start) and _MAX_LABEL.match(text, b.start)
    )  # "Minimum: USD $52,000.00/Yr. Maximum: USD $64,000.00/Yr."; not "From $20/hr. Up to $30/hr for seniors."
    if len(gap) > 80 or (_CLAUSE_OR_CONTRAST.search(gap) and not listed) or not _compatible(a.low, b.high) or (
        _OTHER_WORD.search(gap)
    ):
        return False  # "From £26,000 with potential earnings up to £35,000": the second is not base pay
    if a.period is not None and b.period is not None and a.period != b.period:
        return False
    return a.low.value < b.high.value <= a.low.value * _MAX_RANGE_RATIO


# between a minimum's line and a maximum's ("Minimum: $81,600\nMaximum: $136,000"); the maximum's
# draft starts at its label
_LIST_LINES = re.compile(r"[ \t]*(?:[,;/|][ \t]*)?\n(?:[ \t]*\n)?[ \t\-–•*·]*|[ \t]*\n[ \t\-–•*·]*(?:mid(?:-?point)?|target)[ \t]*[:：=]?[ \t]*\n?[ \t\-–•*·]*", re.IGNORECASE)
_STOP_BETWEEN = re.compile(r"[ \t]*[.;|][ \t]*")
_MIN_LABEL = re.compile(r"min", re.IGNORECASE)
_MAX_LABEL = re.compile(r"max", re.IGNORECASE)
# a midpoint's label between a minimum and a maximum
_MIDPOINT_BEFORE = re.compile(r"(?<![^\W\d_])mid(?:-?point)?[ \t]*[:：=]?[ \t]*$", re.IGNORECASE)
_MINIMUM_BEFORE = re.compile(r"(?<![^\W\d_])min(?:imum)?(?![^\W\d_])", re.IGNORECASE)
_MIDPOINT = re.compile(r"[ \t]*[,;/|]?\s*[\-–•*·]*\s*(?:mid(?:-?point)?|target)[ \t]*[:：=]?[ \t]*", re.IGNORECASE)


def _closed(d: Draft) -> bool:
    return d.low is not None and d.high is not None and d.low is not d.high


def _shares_bound(a: Draft, b: Draft) -> bool:
    ah, bh = (a.high.value if a.high else None), (b.high.value if b.high else None)
    al, bl = (a.low.value if a.low else None), (b.low.value if b.low else None)
    return (ah is not None and ah == bh) or (al is not None and al == bl)


def _same_clause(a: Draft, b: Draft, text: str) -> bool:
    gap = _gap(text, a.end, b.start)
    return len(gap) <= 40 and not _CLAUSE_OR_CONTRAST.search(gap)


# --- currency ------------------------------------------------------------------


def _lookup(symbol: str) -> tuple[str, ...]:
    table = symbol_table()
    return table.get(symbol) or table.get(symbol.lower()) or table.get(symbol.capitalize()) or (
        (len(symbol) >= 4 or not symbol.isalpha()) and table.get(symbol.upper())) or (  # "us$", "mop$" in lower case
        (symbol.upper(),) if symbol.upper() in iso_codes() else ()
    )


_CJK_SIGN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
# pay said to be in US dollars, not an equivalent ("$ 1.100.000 (aprox. USD 1.000)" is pesos)
_DOLLARS_NAMED = re.compile(r"(?<![^\W\d_])(?:(?:pagos?|paga|pagamos|pagado|salario|sueldo|remuneraci[óo]n|ingresos?|honorarios|cobro|cobras)"
                            r"(?:\s+[^\W\d_]+){0,2}\s+en\s+(?:d[óo]lares|divisas)|d[óo]lares\s+(?:americanos|estadounidenses))(?![^\W\d_])"
                            r"|(?<=\d)\s+en\s+(?:d[óo]lares|divisas)", re.IGNORECASE)
# a peso amount stays pesos: "Sueldo $900.000, cobro en dólares disponible"
_DOLLAR_PAY_BELOW = Decimal(100_000)
_PESOS_NAMED = re.compile(r"(?<![^\W\d_])pesos?(?![^\W\d_])|RD\$|MX\$|COL\$|(?-i:MXN|COP|CLP|ARS|DOP|UYU)", re.IGNORECASE)

# Words only one market writes. Without a hint they settle a currency the text does not
# write ("15-25K·13薪" is yuan, "月給25万" yen), and with or without one an ambiguous sign the
# hint does not settle ("¥15-25K·13薪", "45 000 kr/mån"); flagged as inferred or ambiguous.
# Han characters alone do not count (Japanese and Chinese share them): kana and the Japanese pay
# words, Hangul, and Simplified Chinese pay characters do, one market's at a time. Traditional
# characters (Taiwan, Hong Kong, Macau) and places outside the mainland take CNY's evidence away.
# The Nordic words only choose among the signs' own candidates ("kr"): Finland writes Swedish too.
_SCRIPT_EVIDENCE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\u3040-\u30fa\u30fc-\u30ff]|年収|月給|時給|日給|週給|給与|賞与|万円"), "JPY"),  # not "・", which all three write
    (re.compile(r"[\uac00-\ud7af]"), "KRW"),
    (re.compile(r"[薪资险补贴验历级岗职费议绩奖时]"), "CNY"),
)
# A workplace outside the market: a place with a work word after it ("シンガポール勤務", "미국 지사", "上海勤務"), after a
# location label ("勤務地：ニューヨーク"), with a city's suffix ("台北市"), or right before the pay label ("新加坡 月薪"); not a place the work
# deals with ("负责海外市场", "タイ料理店", "フルタイム", "인도어 골프장")
_ABROAD_WORK = r"\s?(?:勤務|勤务|岗位|崗位|工作|办公|辦公|支社|支店|法人|现地|現地|지사|법인|근무|현지|오피스)"
_ABROAD_LABEL = r"(?:勤務地|工作地点|工作地點|上班地点|地点|地點|근무지|근무\s?지역)\s?[:：]?\s?"
_ABROAD_PAY = r"\s(?:月薪|年薪|月給|年収|時給|时薪|연봉|월급|시급)"


def _abroad(places: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{places})(?:{_ABROAD_WORK}|{_ABROAD_PAY}|[市区區縣县])|{_ABROAD_LABEL}(?:{places})")


_NOT_MAINLAND = re.compile(
    r"[萬與資險補貼驗歷級職費議績獎時經員業電話區灣臺點務門來東見開關個們這會國過還發]|"  # Traditional characters
    + _abroad(r"香港|澳[门門]|台湾|台灣|台北|台中|高雄|新竹|新加坡|吉隆坡|马来西亚|馬來西亞|日本|东京|東京|大阪|韩国|韓國|首尔|首爾|"
              r"美国|美國|硅谷|纽约|紐約|英国|英國|伦敦|倫敦|澳洲|悉尼|加拿大|德国|德國|法国|迪拜|阿联酋|越南|泰国|印尼|菲律宾").pattern)
_NOT_JAPAN = _abroad(r"ニューヨーク|アメリカ|米国|シンガポール|上海|北京|深[圳セ]ン?|中国|香港|台湾|韓国|ソウル|ベトナム|タイ|インド|"
                     r"ロンドン|イギリス|ドイツ|フランス")
_NOT_KOREA = _abroad(r"미국|뉴욕|베트남|중국|상하이|싱가포르|일본|도쿄|홍콩|대만|인도|영국|독일|유럽")
_NOT_THERE = {"CNY": _NOT_MAINLAND, "JPY": _NOT_JAPAN, "KRW": _NOT_KOREA}
_NORDIC_EVIDENCE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)(?<![^\W\d_])(?:månad|månaden|mån|timme|timmen|lön|lönen|årslön|månadslön|timlön)(?![^\W\d_])|(?<=/)tim\b"), "SEK"),
    (re.compile(r"(?i)(?<![^\W\d_])(?:lønn|årslønn|månedslønn|timelønn)(?![^\W\d_])"), "NOK"),
    (re.compile(r"(?i)(?<![^\W\d_])(?:løn|årsløn|månedsløn|timeløn)(?![^\W\d_])"), "DKK"),
)
# lakh and crore (and 10,00,000) are India's, and Pakistan's, Bangladesh's, Nepal's and Sri Lanka's
_LAKH_UNITS = frozenset({"lakh", "lakhs", "lac", "lacs", "lpa", "crore", "crores", "cr", "l"})
_INDIAN_GROUPING = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")
_OTHER_LAKH_MARKET = re.compile(
    r"(?i)(?<![^\W\d_])(?:lahore|karachi|islamabad|rawalpindi|faisalabad|peshawar|multan|dhaka|chittagong|chattogram|"
    r"gazipur|sylhet|kathmandu|pokhara|colombo|dubai|abu\s+dhabi|sharjah|doha|riyadh|jeddah|muscat|kuwait\s+city|manama)"
    r"(?![^\W\d_])|(?<![^\W\d_])(?-i:PKR|BDT|NPR|LKR|AED|QAR|OMR|KWD|BHD)(?![^\W\d_])")
# a country named: its lakh unless the amount is in LPA, which only India writes ("Nepali speaking candidates welcome, 4 LPA")
_OTHER_LAKH_COUNTRY = re.compile(r"(?i)(?<![^\W\d_])(?:pakistan\w*|bangladesh\w*|nepal\w*|sri\s+lanka\w*)(?![^\W\d_])")
_INDIAN_CITY = re.compile(
    r"(?i)(?<![^\W\d_])(?:bangalore|bengaluru|mumbai|pune|delhi|noida|gurgaon|gurugram|hyderabad|chennai|kolkata|ahmedabad|"
    r"kochi|jaipur|lucknow|chandigarh|indore|coimbatore|nagpur|thane|navi\s+mumbai|vadodara|surat|bhubaneswar|mysore|mysuru|"
    r"darjeeling|guwahati|patna|ranchi|bhopal|visakhapatnam|vizag|madurai|trivandrum|thiruvananthapuram|mangalore|goa)(?![^\W\d_])")


def _market_currency(text: str) -> tuple[str, CurrencyRule, bool] | None:
    """The currency the text's market words tie it to, the rule, and whether it may only
    choose among a written sign's candidates. Evidence of two East Asian markets is none.

    >>> _market_currency("15-25K·13薪"), _market_currency("月給25万"), _market_currency("연봉 40m")
    (('CNY', 'script', False), ('JPY', 'script', False), ('KRW', 'script', False))
    >>> _market_currency("4千-6千"), _market_currency("月薪 35,000（台北市）"), _market_currency("日企 ビジネス 月薪 8000")
    (None, None, None)
    >>> _market_currency("45 000 kr/mån")
    ('SEK', 'market_words', True)
    """
    found = {code for rx, code in _SCRIPT_EVIDENCE if rx.search(text)}
    if len(found) > 1:
        return None
    if found:
        code = found.pop()
        return None if _NOT_THERE[code].search(text) else (code, "script", False)
    for rx, code in _NORDIC_EVIDENCE:
        if rx.search(text):
            return code, "market_words", True
    return None


def _lakh_evidence(drafts: list[Draft], text: str) -> tuple[str, CurrencyRule, bool] | None:
    """INR when an amount that may be pay is written in lakh or crore ("12 LPA", "10,00,000"),
    unless the text names another market that writes them; a crore of revenue does not count."""
    lakh = [a for d in drafts if d.role != "non_pay" for a in d.amounts
            if (a.multiplier in _LAKH_UNITS and (a.multiplier != "l" or d.salary_context or d.period)) or _INDIAN_GROUPING.match(a.raw)]
    elsewhere = _OTHER_LAKH_MARKET.search(text) or (
        _OTHER_LAKH_COUNTRY.search(text) and not any(a.multiplier == "lpa" for a in lakh))
    if lakh and (not elsewhere or _INDIAN_CITY.search(text)):
        return "INR", "market_words", False
    return None


# Codes of currencies replaced by a redenominated one that boards still print for the new one:
# "GHC 3,500" in a Ghanaian posting is 3,500 of today's cedis, not of the cedi retired in 2007
_REDENOMINATED = {"GHC": "GHS", "ZMK": "ZMW", "RUR": "RUB", "BYR": "BYN", "ROL": "RON", "TRL": "TRY", "MZM": "MZN"}


_DISTANCE_BEFORE = re.compile(r"(?i)(?:udaljenost|vožnj\w*|ture|relacij\w*|put\w*|routes?|distance|drive|driving|anfahrt|"
                              r"dienstwagen|außendienst|reise\w*|firmenwagen)\W+(?:(?:do|ca\.?|up\s+to|of|von|bis\s+zu)\s+)?$")
_DISTANCE_AFTER = re.compile(r"(?i)\s*(?:vožnje|udaljenosti|dnevno|pro|per|im|a|godišnje|anfahrt|frei)\b")
# signs that are also units or symbols elsewhere ("Ar 1,200" argon, "Kz"): believed only with their country's hint
_HINT_ONLY_SIGNS = frozenset({"Ar", "Kz", "Mts", "KM", "kn", "L"})  # "L": "Band L 100 £30,000" is a band
# units of account a country's postings state pay in besides its currency: Chile's unidad de fomento ("UF 45"),
# and Croatia's kuna in ads from before the euro ("Plaća 7.500,00 kn")
_UNIT_OF_ACCOUNT = {"CL": {"CLF"}, "HR": {"HRK"}}


def _iso_written(sign: str) -> bool:
    """An ISO 4217 code written in capitals ("CAD"; not "Cad" or "cad")."""
    return len(sign) == 3 and sign.isupper() and sign in iso_codes()


def _resolve_currency(
    d: Draft, country: str | None, default_currency: str | None, market: Callable[[], tuple[str, CurrencyRule, bool] | None],
    dollars_named: bool = False,
) -> tuple[str | None, bool, CurrencyRule, tuple[str, ...]]:
    """The draft's currency, whether the text writes it, the rule that chose it and the candidates.

    ``market`` gives the text's market evidence (``_lakh_evidence``, else ``_market_currency``), asked
    only when needed."""
    toks = [c for a in d.amounts for c in a.currencies]
    codes = [t for t in toks if _iso_written(t.text)]
    if codes:
        code = _REDENOMINATED.get(codes[-1].text, codes[-1].text)
        return code, True, "iso_code", (code,)
    local = country_currencies(country) if country else ()
    for t in toks:
        candidates = _lookup(t.text)
        if not candidates:
            continue  # matched without regard to case, unknown as written: "Rm 1801" (a room), not the ringgit
        if t.text in ABBREVIATION_SIGNS and ((local or t.text in _HINT_ONLY_SIGNS) and not set(candidates) & (
                set(local) | _UNIT_OF_ACCOUNT.get(country or "", set()))
                or t.text in _SIGNS_ALSO_FROM and any(o.text not in ABBREVIATION_SIGNS and _lookup(o.text) for o in toks)):
            continue  # "Salary 25000 + DA 3000" on an Indian board: the Dearness Allowance, not dinars; "DA 28.000 A 32.000 €"
        if len(candidates) == 1:
            rule: CurrencyRule = "script" if _CJK_SIGN.fullmatch(t.text) else (
                "currency_word" if t.text.isalpha() and len(t.text) > 3 else "symbol")
            return candidates[0], True, rule, candidates
        for other in toks:  # another sign of the amount names one of these: "$15,000.00 M.N.", "$50,000 dólares"
            if other is not t and len(one := _lookup(other.text)) == 1 and one[0] in candidates and other.text not in ABBREVIATION_SIGNS:
                return one[0], True, "currency_word" if other.text.isalpha() and len(other.text) > 3 else "symbol", one
        if default_currency and default_currency in candidates:
            return default_currency, True, "default_currency", candidates
        for code in local:
            if code in candidates:
                if t.text == "$" and dollars_named and code != "USD" and "USD" in candidates and all(
                    a.value < _DOLLAR_PAY_BELOW for a in d.amounts
                ):
                    return "USD", True, "currency_word", candidates
                return code, True, "country", candidates
        if t.text in SCRIPT_DEFAULT:
            return SCRIPT_DEFAULT[t.text], True, "script", candidates
        if (seen := market()) and seen[0] in candidates:
            return seen[0], True, seen[1], candidates
        if (fallback := SYMBOL_FALLBACK.get(t.text) or SYMBOL_FALLBACK.get(t.text.lower())):
            return fallback, True, "fallback", candidates
        return None, True, "none", candidates
    if default_currency:
        return default_currency, False, "default_currency", (default_currency,)
    if local:
        return local[0], False, "country", local
    if (seen := market()) and not seen[2]:
        return seen[0], False, seen[1], (seen[0],)
    return None, False, "none", ()


_TOMAN = frozenset({"تومان", "toman", "tomans"})


def _finish(
    d: Draft, country: str | None, default_currency: str | None, market: Callable[[], tuple[str, CurrencyRule, bool] | None],
    dollars_named: bool = False,
) -> Mention:
    currency, written, rule, candidates = _resolve_currency(d, country, default_currency, market, dollars_named)
    strength = (
        2 * bool(written) + 2 * (d.period is not None) + bool(any(a.multiplier for a in d.amounts))
        + bool(d.salary_context) + bool(_closed(d)) + d.gross_or_net
    )
    minimum, maximum = d.low.value if d.low else None, d.high.value if d.high else None
    if currency == "IRR" and any(c.text.lower() in _TOMAN for a in d.amounts for c in a.currencies):
        # Iran quotes pay in tomans, ten rials each, and has no code for them: "۲۵ میلیون تومان" is 250 million IRR
        minimum, maximum = (None if v is None else v * 10 for v in (minimum, maximum))
    return Mention(
        span=(d.start, d.end),
        minimum=minimum,
        maximum=maximum,
        currency=currency,
        currency_written=written,
        currency_rule=rule,
        currency_candidates=candidates,
        period=d.period,
        role=d.role,  # type: ignore[arg-type]
        role_reason=d.role_reason,
        alternative_of=d.alternative_of,
        approximate=d.approximate,
        strength=strength,
        salary_context=d.salary_context,
        decimal_guessed=any(a.guessed for a in d.amounts),
        piece_rate=d.piece_rate,
        one_off=d.one_off,
        postcode=any(a.postcode for a in d.amounts),
    )


# --- choice --------------------------------------------------------------------


# Currencies whose unit is worth about a dollar or more: in a posting, two million of them a year
# (or with no period), with no salary word near, is a budget, a fund or a deal ("$900M in premiums", "capital
# projects of $5–25 MM", "Fördervolumen 4,8 Mio. €"), not a salary
_STRONG_UNITS = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD", "KWD", "BHD", "OMR", "JOD", "GIP",
                           "KYD", "BSD", "BMD", "PAB", "BND"})
_TOO_LARGE_FOR_PAY = Decimal(2_000_000)
_NEVER_PAY = Decimal(20_000_000)  # even beside a salary or period word ("enveloppe annuelle de 45 M€")


def _mark_too_large(mentions: list[Mention], text: str) -> None:
    for m in mentions:
        low = m.minimum if m.minimum is not None else m.maximum
        if m.role != "base" or m.period not in (None, "year") or m.currency not in _STRONG_UNITS or low is None:
            continue
        if low >= _NEVER_PAY or (low >= _TOO_LARGE_FOR_PAY and m.period is None and not m.salary_context
                                 and not _pay_range(m) and not _pay_in_sentence(m, text)):
            m.role, m.role_reason = "non_pay", f"too large for pay in {m.currency}"


def _pay_range(m: Mention) -> bool:
    """A closed range within 2x ("$2,000,000 – $3,000,000") is how pay is written, not a deal size."""
    return m.minimum is not None and m.maximum is not None and m.minimum < m.maximum <= 2 * m.minimum


def _pay_in_sentence(m: Mention, text: str) -> bool:
    """A pay word anywhere in the mention's sentence: "$2.5M base salary", "the role pays $2.5M"."""
    start = _sentence_start(text, m.span[0])
    stop = _SENTENCE_END.search(text, m.span[1])
    return bool(_PAY_WORD.search(text, start, stop.start() if stop else len(text)))


# a stop ends a sentence, but not the one of "approx.", "c.", "ca.", "env.", "zzgl."
_SENTENCE_END = re.compile(rf"{_STOPS}|(?<!approx)(?<!\bca)(?<!\bc)(?<!\benv)(?<!zzgl)(?<!inkl)(?<!incl)(?<!\bp)\.\s")
_PAY_WORD = re.compile(r"(?<![^\W\d_])(?:salary|salaries|pays?|paid|remuneration|compensation|package|basic|base|wages?|"
                       r"earn\w*|guarantee\w*|draw|contract|agreement|receives?|offer\w*|"
                       r"\w*gehalt|\w*einkommen|vergütung|lohn|salaire|rémunération|salario|sueldo|salário|stipendio|\w*salaris)"
                       r"(?![^\W\d_])", re.IGNORECASE)


def _weak(m: Mention) -> bool:
    """A bare number with nothing that says money (no sign, period, multiplier
    or salary word) is pay only at a salary's size: "team of 12" is not. Zero is never pay."""
    values = [v for v in (m.minimum, m.maximum) if v is not None]
    if not any(values):
        return True  # "£0.00 - £0.00 per annum": an export's placeholder
    if not (m.currency_written or m.piece_rate) and m.period not in ("hour", "day") and all(
        v < 10 and v == v.to_integral() and v.as_tuple().exponent >= 0 for v in values  # type: ignore[operator]
    ):  # "le budget annuel et des 3 re-prévisions": a count, even beside a period word; not "7.95 ph", "Pay 9.5"
        return True
    if m.currency_written or m.period or m.piece_rate:
        return False
    if m.postcode and not m.salary_context:
        return True  # "80335 München", "(44000)"
    if all(1900 <= v <= 2100 and v == v.to_integral() for v in values) and (
        m.minimum == m.maximum and not (m.salary_context and all(v % 100 == 0 for v in values))
        or len(values) == 1 and not m.salary_context and values[0] % 100 != 0
    ):
        return True  # "in 2023", "30 June 2025", "Salary review in 2025", "2019+ trucks"; not "Gehalt: 2000", "ab 2000"
    return not m.salary_context and m.strength <= 2 and all(v < 1000 for v in values)


# a whole field that is one amount with its cents: "27.50" in a salary field is pay, as "45000" is
_WHOLE_FIELD_CENTS = re.compile(r"[\s\"'“”‘’•·*–-]*(?!0)\d{1,4}[.,．]\d\d[\s\"'“”‘’.]*")  # and in quotes, after a bullet


def _drop_weak(result: ParseResult, prepared: str) -> None:
    strong = [m for m in result.mentions if not _weak(m) or (
        len(result.mentions) == 1 and _WHOLE_FIELD_CENTS.fullmatch(prepared) is not None)]  # ("<p>27.50</p>" too)
    if len(strong) != len(result.mentions):
        index = {id(m): i for i, m in enumerate(strong)}
        for m in strong:
            if m.alternative_of is not None:
                parent = result.mentions[m.alternative_of]
                m.alternative_of = index.get(id(parent))
                if m.alternative_of is None:
                    m.role = "base"
        result.mentions = strong


def _bare(m: Mention) -> bool:
    return m.strength == 0 and not m.salary_context and m.minimum == m.maximum and not m.role_reason


_SET_ASIDE_REASONS = frozenset({AGREED_MINIMUM_REASON, PROBATION_REASON, BREAKDOWN_REASON})


def _choose_primary(mentions: list[Mention], long_text: bool = False) -> int | None:
    def score(i: int) -> tuple[int, bool, bool, bool, bool, bool, bool, int]:
        m = mentions[i]
        role = {"base": 2, "other_pay": 1}.get(m.role, 0)
        marked_base = bool(m.role_reason and "base pay" in m.role_reason)
        # "£12.60 per hour ... sleep-ins paid at £60 per night": pay per piece of work
        # (a shift, a sleep-in, a mile) is the salary only when no time rate with its sign is written
        # without a salary word near either, a written sign beats none ("around 60 a year" of events)
        return (role, m.role_reason not in _SET_ASIDE_REASONS, marked_base, m.strength >= 2, not (m.piece_rate and time_rate), m.salary_context,
                not m.salary_context and m.currency_written, -i)

    candidates = [i for i, m in enumerate(mentions) if m.role == "base" or (m.role == "other_pay" and not m.one_off)]
    if long_text:
        # in a posting, one number with nothing that says money (no sign, period, multiplier,
        # salary or base word, not a range) is a count, a reference or a postcode
        candidates = [i for i in candidates if not _bare(mentions[i])]
    if not candidates:
        return None
    time_rate = any(mentions[i].period is not None and mentions[i].currency_written for i in candidates)
    best = max(candidates, key=score)
    mentions[best].role = "primary"
    return best


def _salary_field_answered(toks: list[Token], text: str) -> bool:
    """Whether a salary label's own value says there is no amount: "Salary: Negotiable",
    "Salary: Attractive package + bonus", "CTC: Best in industry". (A sentence that calls the
    salary competitive does not: "Competitive salary. The position pays $52,000.")"""
    return any(t.kind.startswith("nosal_") and i and toks[i - 1].kind == "salary"
               and _FIELD_GAP.fullmatch(text, toks[i - 1].end, t.start) for i, t in enumerate(toks))


_FIELD_GAP = re.compile(r"[ \t]*[:：\-–][ \t]*")


def _months_per_year(toks: list[Token], result: ParseResult, prep: Prepared) -> None:
    for t in toks:
        if t.kind == "months":
            n = _MONTHS_COUNT.search(t.text)
            if n:
                result.months_per_year = Decimal(n.group())
                result.months_per_year_span = prep.span(t.start, t.end)
                return


def _no_salary_reason(toks: list[Token]) -> str:
    for t in toks:
        if t.kind.startswith("nosal_"):
            return t.kind.removeprefix("nosal_")
    return "no_amount"
