"""Hand-labelled strings from job boards of 114 countries beyond the dev corpus, one test per line.

``tests/data/labelled_markets.jsonl`` has the dev corpus's format and label rules
(see ../shared/corpus/README.md): 157 strings from European, American, African and
Middle Eastern boards (ids ``w-``) and 153 from Asian and English-language boards
(``e-``), and 231 new strings of the dev corpus's own families (``f-``: Adzuna UK,
Glassdoor and Indeed, Naukri, Chinese and Japanese boards, StepStone), with no-salary
texts among them, and 150 more from boards of 30 markets in Asia, Latin America,
Africa and the Gulf (``b-``: Naukri, Rozee, Bdjobs, JobStreet, 104, 51job, OCC,
Computrabajo, Jobberman, Bayt and others), and 150 on how postings write numbers (``n-``:
grouping and decimal marks, three-decimal currencies, abbreviations, shared units, digits
of other scripts), and 120 from boards of 30 countries of Europe, Turkey, Israel and the
Caucasus in their own languages and number formats (``o-``: Pracuj.pl, Jobs.cz, Profesia,
Profession.hu, Finn, StepStone, InfoJobs, Kariyer and others), 120 from boards of 13
markets of East and South-East Asia and Oceania (``a-``: doda, BOSS直聘, 104, JobsDB, 사람인,
Seek and others), and 120 harder variants of the dev corpus's families (``d-``: typos, units
written once, base beside OTE and allowances, Glassdoor estimates, Naukri lakhs, 13薪).
Each was written with its label before paynorm read it; the parser was then fixed against
the 69 it got wrong (the 231 family strings were all right at first, the ``b-`` lines 146 of
150, the ``n-`` lines 135 of 150, the ``o-`` lines 88 of 120, the ``a-`` lines 118 of 120,
the ``d-`` lines 120 of 120), so this is a regression suite, not a held-out score.

Then 360 more, from boards of the Middle East, Africa and South Asia (``x-``: Bayt, Wuzzuf,
Rozee, Bdjobs, Jobberman, BrighterMonday, PNet; 110 of 120 exact at first), Latin America and
the Caribbean (``l-``: Computrabajo, Bumeran, OCC, Catho, Vagas; 103 of 120) and Russia,
Ukraine, the Caucasus and Central Asia (``r-``: hh.ru, work.ua, Djinni, hh.kz, hh.uz; 104 of
120). The misses they found were fixed but five, strict xfails with their reasons.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_corpus import check_line, line_params

DATA = Path(__file__).parent / "data" / "labelled_markets.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


XFAIL = {
    "l-108": "arguable: a bonus alone ('Bônus de R$ 1.000 por meta batida') is kept as other pay, flagged other_pay_only",
    "r-089": "Uzbek '-dan'/'-gacha' glued to the currency word ('so'mdan', 'so'mgacha') are not read as from/up to",
    "r-092": "Uzbek '-gacha' glued to the currency word ('so'mgacha') is not read as up to",
    "r-096": "Uzbek Cyrillic '-дан' glued to the currency word ('сўмдан') is not read as from",
    "r-107": "Azerbaijani '-dən başlayaraq' after the currency code is not read as from",
}


@pytest.mark.parametrize("rec", line_params(RECORDS, XFAIL))
def test_labelled_line(rec: dict) -> None:
    check_line(rec)


def test_the_file_is_whole() -> None:
    assert len(RECORDS) == 1561
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)
    assert all(r["hints"].get("country") for r in RECORDS)
