"""The first-character dispatch yields exactly the tokens of one big alternation."""

from __future__ import annotations

import json
import re

import pytest

from service.parse import lexer
from service.parse.prepare import prepare

from .conftest import CORPUS
from .test_parser_rules import CASES, NO_SALARY

ONE_ALTERNATION = re.compile(
    "|".join(f"(?P<{name}>{'|'.join(branches)})" for name, branches in lexer.GROUPS), re.IGNORECASE
)
TEXTS = [c[1] for c in CASES] + [t for t, _ in NO_SALARY] + [
    "Netflix is hiring: up to $900,000 (approx. ₹7.4 crore) per year; 401(k), 24/7, call +44 20 7946 0958.",
    "年収500万円〜800万円 / 月給25万円以上 / 時給1,200円 / 연봉 3,000만원 / 15-25K·13薪 / 13tr-15tr ₫/tháng",
    "KELVIN ＫK ſ İstanbul 30.000 TL aylık",
    # right after a letter, a branch that needs "no letter before" must not match (the guard is tested once,
    # outside the pattern): "apa", "xper hour", "²pa" (a superscript two counts as a letter), "Ⅻpa", "_pa", "1pa"
    "apa xper hour ²pa Ⅻpa _pa 1pa pay30kEUR ǅpa annum 月薪8千元 Gehalt:45k ſper",
    # spaces and punctuation at which nothing starts: skipped once learned (FirstCharDispatch._dead)
    "1 1 1 1\u00a0\u2009\u202f 2 @ # & = ^ ` ~ 3 |4| <5> {6} \\7/ \"8\" 9%",
]
if CORPUS.exists():
    TEXTS += [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("text", TEXTS)
def test_dispatch_equals_one_alternation(text: str) -> None:
    text = prepare(text).text
    want = [(m.lastgroup, m.span()) for m in ONE_ALTERNATION.finditer(text)]
    got = [(m.lastgroup, m.span()) for m in lexer._DISPATCH.finditer(text)]
    assert got == want
    # again, now that the text's dead characters are known for sure
    assert [(m.lastgroup, m.span()) for m in lexer._DISPATCH.finditer(text)] == want


def test_a_dead_character_matches_nothing_on_its_own() -> None:
    """The skip holds because no branch starts at these and the fallback's answer at a
    character depends on that character alone: checked here on the character by itself."""
    for text in TEXTS:
        list(lexer._DISPATCH.finditer(prepare(text).text))
    dead = set(lexer._DISPATCH._dead)
    # (prepare folds no-break spaces into plain ones, so the lexer never meets "\u00a0")
    assert {" ", "@", "#"} <= dead and "\u00a0" not in "".join(prepare(t).text for t in TEXTS)
    assert not dead & set("0123456789$€£¥.,-abcxyz万元")
    for ch in dead:
        assert lexer._DISPATCH.pattern_for(ch) is None and lexer._DISPATCH._fallback.match(ch) is None, ch
        assert ONE_ALTERNATION.match(ch) is None and ONE_ALTERNATION.match("a" + ch + "1", 1) is None, ch

