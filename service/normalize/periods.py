"""Pay-period conversion with explicit work-time assumptions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..parse.tables import Period


@dataclass(frozen=True, slots=True)
class WorkTime:
    """How many of each period make a year. Defaults: 40 h/week, 5 days/week,
    52 weeks and 12 months a year."""

    hours_per_week: Decimal = Decimal(40)
    days_per_week: Decimal = Decimal(5)
    weeks_per_year: Decimal = Decimal(52)
    months_per_year: Decimal = Decimal(12)

    def per_year(self, period: Period) -> Decimal:
        """How many ``period``s make a year.

        >>> WorkTime().per_year("hour"), WorkTime().per_year("day"), WorkTime().per_year("year")
        (Decimal('2080'), Decimal('260'), Decimal('1'))
        """
        # an if-chain, not a dict of all five: this runs for every converted salary
        if period == "year":
            return Decimal(1)
        if period == "month":
            return self.months_per_year
        if period == "hour":
            return self.hours_per_week * self.weeks_per_year
        if period == "day":
            return self.days_per_week * self.weeks_per_year
        if period == "week":
            return self.weeks_per_year
        if period == "fortnight":
            return self.weeks_per_year / 2
        if period == "semimonth":
            return self.months_per_year * 2
        raise KeyError(period)

    def factor(self, source: Period, target: Period) -> Decimal:
        """Multiply an amount per ``source`` by this to get it per ``target``.

        >>> WorkTime().factor("hour", "year")
        Decimal('2080')
        >>> WorkTime(months_per_year=Decimal(13)).factor("month", "year")
        Decimal('13')
        >>> WorkTime().factor("fortnight", "year"), WorkTime().factor("semimonth", "month")
        (Decimal('26'), Decimal('2'))
        """
        return self.per_year(source) / self.per_year(target)
