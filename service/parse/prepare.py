"""Text as the lexer reads it, and the way back to the text as sent.

Invisible marks (zero-width, bidi controls, soft hyphens, NUL) are dropped, runs of spaces, tabs
and no-break spaces read as one space,
compatibility forms folded by NFKC (full-width ￡３０ｋ -> £30k), every Unicode
digit made ASCII, typographic apostrophes made ASCII, HTML character references decoded ("&pound;30k&ndash;&pound;35k",
scraped salary fields keep them), UTF-8 read as Windows-1252 ("Â£", "â‚¬") repaired, and Chinese amounts
written in words after a pay noun ("月薪过万", "年薪百万") read as numbers.
Lengths may change, so ``Prepared.span`` maps a span of the prepared text back
to ``[start, end)`` in the text as sent.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Format characters (Cf: zero-width, bidi marks, soft hyphen) and controls
# other than line breaks and tabs are dropped.
_KEEP_CONTROLS = frozenset("\n\r\t")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE_LIKE = frozenset("\u00a0\u2007\u202f\u2009\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000")


@dataclass(frozen=True, slots=True)
class Prepared:
    text: str
    offsets: tuple[int, ...] | None  # original index of each prepared char; None: identical
    original_length: int
    # where in the original each prepared char's source ends, past a whole "&euro;" or "Â£";
    # set whenever offsets is
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the prepared text in the text as sent.

        >>> p = prepare("£3\\u200b0k")
        >>> p.text, p.span(0, 4)
        ('£30k', (0, 5))
        >>> p = prepare("45&euro; x")
        >>> p.text, p.span(0, 3)
        ('45€ x', (0, 8))
        """
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.ends[end - 1]  # type: ignore[index] - set with offsets


def _mojibake_table() -> dict[str, str]:
    """UTF-8 bytes of a sign read as Windows-1252: "Â£" -> "£", "â‚¬" -> "€"."""
    table = {}
    for ch in "£€¥₹₩₫₦₱–—’“”…·〜\u00a0\u202f":  # and the no-break spaces that group thousands ("45Â 000")
        try:
            broken = ch.encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            broken = ch.encode("utf-8").decode("latin-1")
        if broken != ch:  # an ASCII sign ("~") is its own UTF-8: nothing to repair, nothing to flag
            table[broken] = ch
    return table


MOJIBAKE = _mojibake_table()
_MOJIBAKE_LEADS = frozenset(k[0] for k in MOJIBAKE)


_ARABIC_MARKS = {"\u066c": ",", "\u066b": ".", "\u060c": ","}  # ٬ ٫ and the Arabic comma ، ("١٢،٠٠٠", or a comma)
# Typographic apostrophes read as the ASCII one, so every table's "l'heure", "d'une", "so'm" matches
# what scraped French, Italian and Uzbek text prints: ’ (most of it), ‘, ʼ and ʻ (Uzbek "soʻm")
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'"}


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """What one character becomes: '' for an invisible mark, ASCII for a digit,
    NFKC for full-width forms, else itself."""
    category = unicodedata.category(ch)
    if category == "Cf" or (category == "Cc" and ch not in _KEEP_CONTROLS):
        return ""
    if ch in _SPACE_LIKE:
        return " "  # no-break, narrow, thin and ideographic spaces: numbers group with any of them alike
    if category == "Nd":
        return str(unicodedata.decimal(ch))
    if ch in _ARABIC_MARKS:  # ١٢٬٠٠٠ and ٣٫٥ with Arabic-Indic digits
        return _ARABIC_MARKS[ch]
    if ch in _APOSTROPHES:
        return _APOSTROPHES[ch]
    if "\uff00" <= ch <= "\uffef":  # full-width and half-width forms: ￡３０ｋ
        return unicodedata.normalize("NFKC", ch)
    return ch  # other compatibility forms (¼, ㎏, ℡) are not amounts or signs


_PERSIAN_DATE = re.compile(r"[\u06f0-\u06f9\u0660-\u0669]{1,4}/[\u06f0-\u06f9\u0660-\u0669]{1,2}/[\u06f0-\u06f9\u0660-\u0669]{1,4}")


def _persian_digit(ch: str) -> bool:
    return "\u06f0" <= ch <= "\u06f9" or "\u0660" <= ch <= "\u0669"


# Chinese amounts in words right after a pay noun: "月薪过万" (over ten thousand a month), "月入破万",
# "年薪百万" (a million a year); read as "1万以上" and "100万"
_WORDED_AMOUNT = re.compile(r"(?:(?<=薪)|(?<=酬)|(?<=[月年收]入)|(?<=[工薪][资資]))(?:[过過破]([万萬])|百([万萬]))")
_WORDED_LEADS = frozenset("过過破百")
_SEQUENCE_LEADS = frozenset("&<\\%") | _WORDED_LEADS | _MOJIBAKE_LEADS  # where _sequence_at may find something

# escapes of machine data: a JSON "\u20ac", and a URL's "%24" or "%E2%82%AC" (a run of them, read as UTF-8) in a
# text with two escapes or more ("salary=%2445%2C000"); the run must stand for no letter or digit ("50%20" stays)
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_URL_ESCAPES = re.compile(r"(?:%[0-9a-fA-F]{2})+")

# HTML tags left in a scraped text: <br> and a block's edge are a line break, an inline tag a space between words
_HTML_TAG = re.compile(
    r"</?(?:(?P<block>br|p|div|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|header|footer|hr|blockquote|pre|dl|dt|dd|center)"
    r"|span|strong|b|i|em|u|font|a|small|sup|sub|td|th|label|code)(?:\s[^<>]{0,200})?\s*/?>",
    re.IGNORECASE,
)


def _worded_amount(m: re.Match[str]) -> str:
    return f"1{m.group(1)}以上" if m.group(1) else f"100{m.group(2)}"


# A named, decimal or hexadecimal character reference; the name must be one HTML
# knows (html.unescape leaves others as written: "R&D;" stays).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def prepare(text: str) -> Prepared:
    """The text the lexer reads, with the map back to the text as sent."""
    if text.isascii() and "&" not in text and "<" not in text and "\\" not in text and "%" not in text and "  " not in text and "\t" not in text and not _ASCII_CONTROL.search(text):
        return Prepared(text, None, len(text))
    chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    changed = False
    while i < n:
        ch = text[i]
        span = _sequence_at(text, i) if ch in _SEQUENCE_LEADS else None
        if span is None and ch in _HORIZONTAL_SPACE:
            span = _spaces_at(text, i, chars[-1] if chars else "")
        if span is not None:
            replacement, stop = span  # all of it maps to the whole sequence
            for out in replacement:
                chars.append(out)
                offsets.append(i)
                ends.append(stop)
            i = stop
            changed = True
            continue
        folded = _fold(ch)
        if (ch == "/" and 0 < i < n - 1 and _persian_digit(text[i - 1]) and _persian_digit(text[i + 1])
                and not _PERSIAN_DATE.search(text, max(0, i - 10), min(n, i + 11))):
            folded = "."  # Persian writes its decimal mark as a slash between its digits: "۱۲/۵ میلیون"; not a date "۱۴۰۳/۰۵/۱۲"
        changed |= folded != ch
        for out in folded:
            chars.append(out)
            offsets.append(i)
            ends.append(i + 1)
        i += 1
    if not changed:
        return Prepared(text, None, n)
    return Prepared("".join(chars), tuple(offsets), n, tuple(ends))


_HORIZONTAL_SPACE = frozenset(" \t") | _SPACE_LIKE


def _spaces_at(text: str, i: int, previous: str) -> tuple[str, int] | None:
    """A run of spaces, tabs and no-break spaces at ``i`` read as one space, as scraped fields
    double them ("5-10  Lacs  PA"), and where it ends; None for one space or no-break space
    (``_fold`` reads that). Between two digits the run is a tab: a column's edge, not a
    thousands group ("Pincér\t2\t450 000 Ft", "Вакансий: 3  120 000 ₽")."""
    j = i + 1
    while j < len(text) and text[j] in _HORIZONTAL_SPACE:
        j += 1
    if j == i + 1 and text[i] != "\t":
        return None
    if j == i + 1 and record_line(text, i, "\t"):
        return "\t", j  # a field's edge in a tab-separated row: "Senior Nurse\tManchester\t£37,338\t£44,962\tAnnual"
    return ("\t" if previous.isdigit() and j < len(text) and text[j].isdigit() else " "), j


def record_line(text: str, pos: int, delimiter: str) -> bool:
    """Whether the line at ``pos`` is a row of three fields or more (two delimiters; found, not counted, so that
    a long line of "1,1,1,..." costs no more per amount than a short one)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    end = end if end >= 0 else len(text)
    first = text.find(delimiter, start, end)
    return first >= 0 and text.find(delimiter, first + 1, end) >= 0


def _sequence_at(text: str, i: int) -> tuple[str, int] | None:
    """A run of characters at ``i`` read as others, and where it ends: a character reference
    ("&pound;", "&amp;pound;"), a JSON or URL escape ("\\u20ac", "%24"), an HTML tag, a Chinese amount in
    words ("过万" after 月薪), UTF-8 read as Windows-1252 ("Â£", "45Â 000")."""
    ch = text[i]
    if ch == "\\":
        if (escape := _JSON_ESCAPE.match(text, i)) is None:
            return None
        return _fold(chr(int(escape.group(1), 16))), escape.end()  # '{"salary":"\u20ac45.000"}'
    if ch == "%":
        if (escapes := _URL_ESCAPES.match(text, i)) is None or not (
                len(escapes.group()) >= 6 or _URL_ESCAPES.search(text, escapes.end(), escapes.end() + 40)
                or _URL_ESCAPES.search(text, max(0, i - 40), i)):
            return None  # one escape alone is a per cent sign: "20%20 days" is rare, "50%" common
        try:
            decoded = bytes.fromhex(escapes.group().replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return None
        if any(c.isalnum() for c in decoded):
            return None
        return "".join(_fold(c) for c in decoded), escapes.end()
    if ch == "<":
        if (tag := _HTML_TAG.match(text, i)) is None:
            return None
        stop = tag.end()
        before, after = text[i - 1:i], text[stop:stop + 1]
        if not before or not after or before.isspace() or after.isspace():
            return "", stop  # beside a space or a break, or at an end: "£25,000 -<br/>\n£27,500"
        if tag.group("block"):
            return "\n", stop  # "2 100 € brut/mois<br>Tickets restaurant": a line of its own, not the amount's
        # an inline tag between two words is a space ("mois</b>Ville"); between the parts of an amount, nothing:
        # "£<b>30</b>,000"
        return (" " if before.isalpha() and after.isalpha() else ""), stop
    if ch == "&" and text.startswith("&amp;", i) and (twice := _ENTITY.match("&" + text[i + 5:i + 45])) and (
            decoded := html.unescape(twice.group())) != twice.group():
        return "".join(_fold(c) for c in decoded), i + 4 + len(twice.group())  # escaped twice: "&amp;pound;35,000"
    if ch == "&" and (entity := _ENTITY.match(text, i)) and (
        (decoded := html.unescape(entity.group())) != entity.group()
        or (decoded := html.unescape(entity.group().lower())) != entity.group().lower()  # "&POUND;" in a text in capitals
    ):
        return "".join(_fold(c) for c in decoded), entity.end()
    if ch in _WORDED_LEADS and (worded := _WORDED_AMOUNT.match(text, i)):
        return _worded_amount(worded), worded.end()
    if ch in _MOJIBAKE_LEADS and (broken := _mojibake_at(text, i)):
        return _fold(MOJIBAKE[broken]), i + len(broken)  # "â€™" is ’, and so the ASCII apostrophe
    if ch == "Â" and text[i + 1:i + 2] == " " and i and text[i - 1].isdigit() and text[i + 2:i + 3].isdigit():
        return " ", i + 2  # a no-break space read as "Â " whose own half became a space: "45Â 000 €"
    return None


def _mojibake_at(text: str, i: int) -> str | None:
    for broken in MOJIBAKE:
        if text.startswith(broken, i):
            return broken
    return None


def has_mojibake(text: str) -> bool:
    return any(lead in text for lead in _MOJIBAKE_LEADS) and any(b in text for b in MOJIBAKE)
