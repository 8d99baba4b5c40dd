"""The tables are long lists of raw-string entries, edited by hand. A comment put in the
middle of a line silently swallows the entries after it (it happened five times: 'par heure',
two Russian units, two Arabic and Greek "from" words, the lakh's context in the lexer). No comment may hold a raw-string entry."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

SERVICE = Path(__file__).resolve().parents[1] / "service"
TABLE_FILES = ["parse/tables.py", "parse/currencies.py", "parse/lexer.py", "numbers.py", "normalize/inference.py"]
ENTRY = re.compile(r'\br"[^"]*"\s*,|"[^"]*"\s*:\s*(?:Decimal\(|\(|r")')  # a list's raw string, a dict's value


@pytest.mark.parametrize("name", TABLE_FILES)
def test_no_table_entry_hides_in_a_comment(name: str) -> None:
    source = (SERVICE / name).read_text(encoding="utf-8")
    hidden = [
        f"line {tok.start[0]}: {tok.string}"
        for tok in tokenize.generate_tokens(io.StringIO(source).readline)
        if tok.type == tokenize.COMMENT and ENTRY.search(tok.string)
    ]
    assert not hidden, "\n".join(hidden)


def test_the_check_finds_a_swallowed_entry() -> None:
    line = 'WORDS = (r"a", r"b",  # a comment r"c", r"d",\n)\n'
    comments = [t.string for t in tokenize.generate_tokens(io.StringIO(line).readline) if t.type == tokenize.COMMENT]
    assert ENTRY.search(comments[0])
