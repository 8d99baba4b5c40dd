"""Layer 1: text to ``Decimal``.

Reads one number token as printed in a job posting: grouping and decimal
separators of any locale (``1,234.56``, ``1.234,56``, ``1 234``, ``1'234``,
Indian ``12,34,567``) and the multipliers written after it (k, lakh, 万 ...).
Knows nothing of currencies or pay periods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

Separator = Literal[".", ","]

# Multiplier words, lower-cased. One line per word: adding a multiplier is one
# line here. CJK units (千 万 億) are also read inside compounds (24万5,000).
MULTIPLIERS: dict[str, Decimal] = {
    "k": Decimal(1_000),
    "thousand": Decimal(1_000),
    "grand": Decimal(1_000),  # "50 grand a year"
    "m": Decimal(1_000_000),
    "mm": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "mio": Decimal(1_000_000),
    "mio.": Decimal(1_000_000),
    "millones": Decimal(1_000_000),  # es "8 - 10 millones"
    "millón": Decimal(1_000_000),
    "millon": Decimal(1_000_000),
    "milhões": Decimal(1_000_000),  # pt
    "milhão": Decimal(1_000_000),
    "miljoen": Decimal(1_000_000),  # nl
    "million": Decimal(1_000_000),
    "millions": Decimal(1_000_000),
    "b": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "billion": Decimal(1_000_000_000),
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "lac": Decimal(100_000),
    "lacs": Decimal(100_000),
    "l": Decimal(100_000),
    "lpa": Decimal(100_000),  # lakh per annum; the period is read by the parser
    "hazar": Decimal(1_000),  # Roman Urdu / Hindi "35 hazar" (hazār, thousand)
    "hazaar": Decimal(1_000),
    "crore": Decimal(10_000_000),
    "crores": Decimal(10_000_000),
    "cr": Decimal(10_000_000),
    "mil": Decimal(1_000),  # es/pt "30 mil" = 30 000
    "mila": Decimal(1_000),  # it "tra i 45 e i 55 mila euro"
    "mil.": Decimal(1_000_000),  # cs/sk "1,2 mil. Kč", milionů; the lexer takes it only before Kč
    "tausend": Decimal(1_000),
    "mille": Decimal(1_000),  # fr, it "250 mille francs CFA", "30 mille euro"
    "mijë": Decimal(1_000),  # sq "100 mijë lekë"
    "kdh": Decimal(1_000),  # ma "15 KDH": thousand dirhams; the parser adds the dirham
    "tkr": Decimal(1_000),  # sv/no/da "40–45 tkr": thousand kronor; the parser adds the krona
    "tkr.": Decimal(1_000),
    "t.kr.": Decimal(1_000),
    "t.kr": Decimal(1_000),
    "þús.": Decimal(1_000),  # is "700 þús. kr."
    "þús": Decimal(1_000),
    "tsd": Decimal(1_000),
    "tsd.": Decimal(1_000),  # "65 Tsd. €"
    "teur": Decimal(1_000),  # "60–70 TEUR": thousand euros; the parser adds the euro
    "millió": Decimal(1_000_000),  # hu
    "milliárd": Decimal(1_000_000_000),
    "bilhão": Decimal(1_000_000_000),  # pt "R$ 1,2 bilhão" (revenue, funding)
    "bilhões": Decimal(1_000_000_000),
    "milliard": Decimal(1_000_000_000),  # fr
    "milliards": Decimal(1_000_000_000),
    "milliarde": Decimal(1_000_000_000),  # de
    "milliarden": Decimal(1_000_000_000),
    "mrd.": Decimal(1_000_000_000),
    "mrd": Decimal(1_000_000_000),
    "miliardi": Decimal(1_000_000_000),  # it
    "miliardo": Decimal(1_000_000_000),
    "miljard": Decimal(1_000_000_000),  # nl, sv
    "miljarder": Decimal(1_000_000_000),
    "mld": Decimal(1_000_000_000),  # pl
    "mld.": Decimal(1_000_000_000),
    "milyar": Decimal(1_000_000_000),  # tr
    "milyon": Decimal(1_000_000),
    "млрд": Decimal(1_000_000_000),
    "میلیون": Decimal(1_000_000),  # fa
    "к": Decimal(1_000),  # ru "от 100к ₽"
    "мың": Decimal(1_000),  # kk "300 мың теңге"
    "т.р.": Decimal(1_000),  # ru "50-70 т.р.": thousand roubles; the parser adds the rouble
    "тыс.р.": Decimal(1_000),
    "هزار": Decimal(1_000),
    "ہزار": Decimal(1_000),  # ur "40 ہزار روپے"
    "ألف": Decimal(1_000),  # ar "15 ألف درهم", آلاف
    "مليون": Decimal(1_000_000),  # ar "٥٠ مليون ليرة لبنانية"
    "ملايين": Decimal(1_000_000),
    "الف": Decimal(1_000),
    "آلاف": Decimal(1_000),
    "ألاف": Decimal(1_000),
    "الاف": Decimal(1_000),
    "हजार": Decimal(1_000),  # hi "10 हजार"
    "हज़ार": Decimal(1_000),
    "लाख": Decimal(100_000),
    "करोड़": Decimal(10_000_000),
    "হাজার": Decimal(1_000),  # bn
    "লাখ": Decimal(100_000),
    "লক্ষ": Decimal(100_000),
    "কোটি": Decimal(10_000_000),
    "אלף": Decimal(1_000),  # he "15 אלף"
    "พัน": Decimal(1_000),  # th, glued to what follows: "2-3 หมื่นบาท"
    "หมื่น": Decimal(10_000),
    "แสน": Decimal(100_000),
    "ล้าน": Decimal(1_000_000),
    "nghìn": Decimal(1_000),  # vi
    "ngàn": Decimal(1_000),
    "ملیون": Decimal(1_000_000),
    "ezer": Decimal(1_000),
    "e": Decimal(1_000),  # hu "450e Ft" (ezer); the lexer takes it only touching a number, before Ft or HUF
    "t": Decimal(1_000),  # de "55 T€", Tausend
    "p": Decimal("0.01"),  # pence: "45p per mile"; the parser takes it only right after fewer than 100
    "¢": Decimal("0.01"),  # cents: "50¢ per word"
    "triệu": Decimal(1_000_000),
    "trieu": Decimal(1_000_000),
    "tr": Decimal(1_000_000),
    "tỷ": Decimal(1_000_000_000),
    "juta": Decimal(1_000_000),
    "jt": Decimal(1_000_000),
    "ribu": Decimal(1_000),
    "rb": Decimal(1_000),
    "bin": Decimal(1_000),  # tr "15 bin TL"
    "tys.": Decimal(1_000),  # pl "8 tys. zł", tysięcy
    "tys": Decimal(1_000),
    "tis.": Decimal(1_000),  # cs "60–70 tis. Kč", tisíc
    "tis": Decimal(1_000),
    "t.": Decimal(1_000),  # cs, sk "45–60 t. Kč" (tisíc), only before a sign (lexer)
    "mln": Decimal(1_000_000),  # pl, cs
    "тыс.": Decimal(1_000),  # ru "150 тыс. руб."
    "тыс": Decimal(1_000),
    "тысяч": Decimal(1_000),
    "тис.": Decimal(1_000),  # uk "25 тис. грн"
    "тис": Decimal(1_000),
    "млн": Decimal(1_000_000),
    "хил.": Decimal(1_000),  # bg "2,5 хил. лв.", хиляди
    "хил": Decimal(1_000),
    "хиљада": Decimal(1_000),  # sr "90 хиљада динара"; hr/bs "tisuća", "hiljada"; mk "илјади"
    "хиљ.": Decimal(1_000),
    "hiljada": Decimal(1_000),
    "tisuća": Decimal(1_000),
    "tisuca": Decimal(1_000),
    "илјади": Decimal(1_000),
    "сая": Decimal(1_000_000),  # mn "1.8 сая төгрөг"
    "мянга": Decimal(1_000),
    "мянган": Decimal(1_000),
    "ລ້ານ": Decimal(1_000_000),  # lo "5 - 7 ລ້ານກີບ"
    "ພັນ": Decimal(1_000),
    "သိန်း": Decimal(100_000),  # my "၄ သိန်း" (400,000 kyat)
    "သောင်း": Decimal(10_000),
    "ထောင်": Decimal(1_000),
    "百": Decimal(100),  # after a digit only, as part of a number: "4千5百万" (45,000,000)
    "佰": Decimal(100),
    "千": Decimal(1_000),
    "仟": Decimal(1_000),
    "万": Decimal(10_000),
    "萬": Decimal(10_000),
    "億": Decimal(100_000_000),
    "亿": Decimal(100_000_000),
    "백": Decimal(100),  # "4천5백만원"
    "십": Decimal(10),  # "2백5십만원" (2,500,000)
    "천": Decimal(1_000),
    "만": Decimal(10_000),
    "억": Decimal(100_000_000),
}

# CJK units that may be chained into one number: 1億2000万, 24万5,000, 4천5백만.
CJK_UNITS = "百佰千仟万萬億亿십백천만억"

# Grouping characters besides "," and ".": apostrophes (de_CH) and spaces
# (fr, pl, sv: often no-break or narrow no-break spaces).
_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'\u2019"
_GROUP_MARKS = re.compile(f"[{_SPACES}{_APOSTROPHES}]")
_UNGROUPED = str.maketrans(dict.fromkeys(_SPACES + _APOSTROPHES))

_GROUPED = (
    # one grouping mark throughout, then at most a decimal part of the other kind
    r"\d{1,3}(?:,\d{3})+(?:\.\d{1,3}(?!\d))?",  # 1,234,567.89 (three decimals: KWD 1,250.500)
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2}(?!\d))?",  # Indian 12,34,567
    r"\d{1,3}(?:\.\d{3})+(?:,\d{1,3}(?!\d))?",  # 1.234.567,89
    rf"\d{{1,3}}[{_APOSTROPHES}]\d{{3}}(?:\.\d{{3}})+(?![\d,])",  # Colombian 3'500.000: an apostrophe marks the millions
    rf"\d{{1,3}}(?:[{_APOSTROPHES}]\d{{3}})+(?:[.,]\d{{1,2}}(?!\d))?",  # 1'234'567.89
    rf"\d{{1,3}}(?:[{_SPACES}]\d{{3}}(?![\d]))+(?:[.,]\d{{1,2}}(?!\d))?",  # 1 234 567,89
)
NUMBER_PATTERN = (
    r"(?<![\d])"
    r"(?:" + "|".join(_GROUPED)
    + r"|\d+(?:\.\d+|,\d{1,3}(?!\d))?"  # after a comma, more than three digits are a list: "90000,110000"
    r"|(?<![^\W\d_])[.,]\d+"  # ".50"; not "USD,90000"
    r")"
)


@dataclass(frozen=True, slots=True)
class ReadNumber:
    """A number read from text; ``guessed`` is True when a lone separator
    (``3.500``, ``1,234``) could have been either kind and context decided."""

    value: Decimal
    guessed: bool = False
    decimal_places: int = 0


class NotANumber(ValueError):
    """A token that looked numeric but is not one number ("1.000,000.000")."""


def read_number(raw: str, decimal_separator: Separator | None = None) -> ReadNumber:
    """Read one number token; ``decimal_separator`` settles a lone ambiguous one.

    >>> read_number("1,234,567.89").value
    Decimal('1234567.89')
    >>> read_number("1.234.567,89").value
    Decimal('1234567.89')
    >>> read_number("12,34,567").value
    Decimal('1234567')
    >>> read_number("120'000").value
    Decimal('120000')
    >>> read_number("45\u00a0000").value
    Decimal('45000')
    >>> read_number("3.500")
    ReadNumber(value=Decimal('3500'), guessed=True, decimal_places=0)
    >>> read_number("3.500", ",")
    ReadNumber(value=Decimal('3500'), guessed=False, decimal_places=0)
    >>> read_number("3.500", ".").value
    Decimal('3.500')
    >>> read_number("2,5").value
    Decimal('2.5')
    >>> read_number("3'500.000").value
    Decimal('3500000')
    """
    s = raw.translate(_UNGROUPED) if _GROUP_MARKS.search(raw) else raw
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        return _compose(s, decimal, guessed=False)
    if not dots and not commas:
        return ReadNumber(Decimal(s))
    sep = "." if dots else ","
    if dots + commas > 1:
        # the same mark twice can only group: 1.234.567, 10,00,000
        return _compose(s, "," if sep == "." else ".", guessed=False)
    tail = len(s) - s.index(sep) - 1
    if tail != 3 or s.startswith(sep):
        # 35.00, 2,5, 7.4: only a decimal mark leaves 1, 2 or 4+ digits
        return _compose(s, sep, guessed=False)
    if s.index(sep) == 1 and s[0] == "0":
        return _compose(s, sep, guessed=False)  # 0.500 is never a grouping
    if "'" in raw or "’" in raw:
        # an apostrophe groups: Colombian "3'500.000" (millions' mark), never Swiss three decimals
        return _compose(s, "," if sep == "." else ".", guessed=False)
    if decimal_separator is None:
        return _compose(s, "," if sep == "." else ".", guessed=True)
    return _compose(s, decimal_separator, guessed=False)


def _compose(s: str, decimal: str, *, guessed: bool) -> ReadNumber:
    group = "," if decimal == "." else "."
    s = s.replace(group, "")
    places = len(s) - s.index(decimal) - 1 if decimal in s else 0
    try:
        return ReadNumber(Decimal(s.replace(decimal, ".")), guessed=guessed, decimal_places=places)
    except InvalidOperation:
        raise NotANumber(f"{s!r} is not one number") from None


def is_lone_ambiguous(raw: str) -> bool:
    """True for a token like ``3.500`` or ``1,234``: one separator, 3 digits after.

    >>> is_lone_ambiguous("45.000"), is_lone_ambiguous("45.000,00"), is_lone_ambiguous("35.00")
    (True, False, False)
    """
    s = raw.translate(_UNGROUPED) if _GROUP_MARKS.search(raw) else raw
    if s.count(".") + s.count(",") != 1 or s[0] in ".,":
        return False
    sep = "." if "." in s else ","
    return len(s) - s.index(sep) - 1 == 3 and not (s.index(sep) == 1 and s[0] == "0")


def evidence_separator(raw: str) -> Separator | None:
    """The decimal separator a token proves, if any.

    >>> evidence_separator("1.234,56"), evidence_separator("1,234,567"), evidence_separator("35.00")
    (',', '.', '.')
    >>> evidence_separator("45.000") is None
    True
    """
    s = raw.translate(_UNGROUPED) if _GROUP_MARKS.search(raw) else raw
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        return "." if s.rfind(".") > s.rfind(",") else ","
    if dots + commas == 0 or is_lone_ambiguous(s):
        return None
    if dots + commas > 1:
        return "," if dots else "."
    return "." if dots else ","


_CJK_COMPOUND = re.compile(rf"(\d+(?:[.,]\d+)?)([{CJK_UNITS}])")


def scale(value: Decimal, multiplier: str | None) -> Decimal:
    """Apply a multiplier word from ``MULTIPLIERS``.

    >>> scale(Decimal("7.4"), "crore")
    Decimal('74000000.0')
    >>> scale(Decimal("1.5"), "万")
    Decimal('15000.0')
    """
    if not multiplier:
        return value
    return value * MULTIPLIERS[multiplier.lower()]
