"""The committed CLDR tables are what the installed Babel gives."""

from __future__ import annotations

from pathlib import Path

from service.parse import cldr_build
from service.parse.currencies import symbol_table

COMMITTED = Path(cldr_build.__file__).with_name("cldr.json")


def test_committed_cldr_tables_are_fresh() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == cldr_build.render(), (
        "service/parse/cldr.json is stale: run `make cldr` and commit it"
    )


def test_tables_hold_what_the_parser_relies_on() -> None:
    table = symbol_table()
    assert table["€"] == ("EUR",) and table["₹"] == ("INR",)
    assert set(table["$"]) >= {"USD", "CAD", "AUD", "MXN"}
    assert "złotych" in table and "kr" in table  # CLDR plural name and the supplement
