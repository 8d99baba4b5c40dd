"""124 hand-labelled sentences and short paragraphs from postings, with distractors.

``tests/data/labelled_sentences.jsonl`` (corpus format and label rules) was written by a
helper with its labels before paynorm read it: 60 in English, 64 in ten other languages,
each with experience, team sizes, dates, phone numbers, postcodes, funding, bonuses or a
second level's pay beside the salary. 103 were exact at first; all 124 are now.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_corpus import check_line, line_params

DATA = Path(__file__).parent / "data" / "labelled_sentences.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]

# Known misses as strict xfails, each with what paynorm does not yet read (none at present:
# a new miss goes here with its reason until it is fixed).
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("rec", line_params(RECORDS, XFAIL))
def test_labelled_sentence(rec: dict) -> None:
    check_line(rec)


def test_the_file_is_whole() -> None:
    assert len(RECORDS) == 124
    assert set(XFAIL) <= {r["id"] for r in RECORDS}
