"""Reviewed table of fixed pegs: currencies ECB does not publish but whose rate is set by law.

A pegged rate is the anchor's rate on the same day times the peg, so its date is the
anchor's publication date. Where ECB publishes the currency itself (BGN until 2025),
its own value wins and the peg only fills the gaps.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from service.rates.model import Peg

# One entry per peg, code / anchor / units per anchor / since / source, read as a table.
# fmt: off
PEGS: tuple[Peg, ...] = (
    Peg("AED", "USD", Decimal("3.6725"), date(1997, 11, 1),
        "Central Bank of the UAE fixed peg at 3.6725 per USD since 1997"),
    Peg("SAR", "USD", Decimal("3.75"), date(1986, 6, 1),
        "Saudi Central Bank (SAMA) fixed peg at 3.75 per USD since June 1986"),
    Peg("QAR", "USD", Decimal("3.64"), date(2001, 7, 9),
        "Qatar Central Bank fixed peg at 3.64 per USD, set by decree in July 2001"),
    Peg("OMR", "USD", Decimal("0.3845"), date(1986, 1, 1),
        "Central Bank of Oman fixed peg at 0.3845 per USD since the 1986 devaluation"),
    Peg("BHD", "USD", Decimal("0.376"), date(2001, 12, 1),
        "Central Bank of Bahrain fixed peg at 0.376 per USD, formalised December 2001"),
    Peg("JOD", "USD", Decimal("0.709"), date(1995, 10, 23),
        "Central Bank of Jordan fixed peg at 0.709 per USD since October 1995"),
    Peg("XOF", "EUR", Decimal("655.957"), date(1999, 1, 1),
        "BCEAO West African CFA franc at 655.957 per EUR since 1999, French Treasury backed"),
    Peg("XAF", "EUR", Decimal("655.957"), date(1999, 1, 1),
        "BEAC Central African CFA franc at 655.957 per EUR since 1999, French Treasury backed"),
    Peg("BAM", "EUR", Decimal("1.95583"), date(1999, 1, 1),
        "Central Bank of Bosnia and Herzegovina currency board at 1.95583 per EUR (1 BAM = 1 DEM)"),
    Peg("BGN", "EUR", Decimal("1.95583"), date(1999, 1, 1),
        "Bulgarian National Bank currency board at 1.95583 per EUR since 1999; euro from 2026"),
    Peg("BMD", "USD", Decimal(1), date(1972, 7, 31),
        "Bermuda Monetary Authority: the Bermudian dollar at par with the US dollar since 1972"),
    Peg("KYD", "USD", Decimal(5) / Decimal(6), date(1974, 4, 1),
        "Cayman Islands Monetary Authority: 1 KYD = 1.20 USD since 1974 (0.8333... KYD per USD)"),
    Peg("HRK", "EUR", Decimal("7.53450"), date(2023, 1, 1),
        "Croatian kuna, replaced by the euro on 1 January 2023 at the irrevocable rate 7.53450 per EUR"),
)
# fmt: on


def pegs_by_code(pegs: tuple[Peg, ...] = PEGS) -> Mapping[str, Peg]:
    """Index a peg table by currency, refusing a currency pegged twice.

    >>> pegs_by_code()["AED"].per_anchor
    Decimal('3.6725')
    >>> pegs_by_code(PEGS + PEGS[:1])
    Traceback (most recent call last):
    ...
    ValueError: Currency 'AED' is pegged twice; keep one entry.
    """
    index: dict[str, Peg] = {}
    for peg in pegs:
        if peg.code in index:
            raise ValueError(f"Currency {peg.code!r} is pegged twice; keep one entry.")
        index[peg.code] = peg
    return index
