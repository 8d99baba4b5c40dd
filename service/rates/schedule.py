"""When providers publish, and so when a value they published stops being current.

ECB publishes its reference rates at about 16:00 CET on TARGET business days: every weekday
except New Year's Day, Good Friday, Easter Monday, 1 May, 25 and 26 December.
A value is stale once the next publication is due and a margin has passed without it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = datetime.UTC
_ONE_DAY = datetime.timedelta(days=1)


def _frankfurt() -> datetime.tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # a slim image without tzdata: CET all year, an hour late in summer
        return datetime.timezone(datetime.timedelta(hours=1), "CET")


FRANKFURT = _frankfurt()
ECB_PUBLICATION_TIME = datetime.time(16, 0)


@cache
def easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus).

    >>> easter(2024), easter(2026), easter(2027)
    (datetime.date(2024, 3, 31), datetime.date(2026, 4, 5), datetime.date(2027, 3, 28))
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def target_holidays(year: int) -> frozenset[datetime.date]:
    """TARGET2 closing days other than weekends.

    >>> sorted(d.isoformat() for d in target_holidays(2026))
    ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25', '2026-12-26']
    """
    sunday = easter(year)
    return frozenset(
        {
            datetime.date(year, 1, 1),
            sunday - 2 * _ONE_DAY,  # Good Friday
            sunday + _ONE_DAY,  # Easter Monday
            datetime.date(year, 5, 1),
            datetime.date(year, 12, 25),
            datetime.date(year, 12, 26),
        }
    )


def is_target_day(day: datetime.date) -> bool:
    """
    >>> is_target_day(datetime.date(2026, 11, 27)), is_target_day(datetime.date(2026, 11, 28))
    (True, False)
    """
    return day.weekday() < 5 and day not in target_holidays(day.year)


def next_target_day(day: datetime.date) -> datetime.date:
    """The first TARGET business day after `day`.

    >>> next_target_day(datetime.date(2026, 11, 27))  # Friday -> Monday
    datetime.date(2026, 11, 30)
    >>> next_target_day(datetime.date(2026, 12, 24))  # Christmas and a weekend in between
    datetime.date(2026, 12, 28)
    >>> next_target_day(datetime.date(2026, 4, 2))  # Good Friday to Easter Monday
    datetime.date(2026, 4, 7)
    """
    day += _ONE_DAY
    while not is_target_day(day):
        day += _ONE_DAY
    return day


def target_days_between(first: datetime.date, last: datetime.date) -> int:
    """TARGET business days strictly between two days: publications missed in between.

    >>> target_days_between(datetime.date(2026, 11, 27), datetime.date(2026, 11, 30))
    0
    >>> target_days_between(datetime.date(2026, 11, 20), datetime.date(2026, 11, 27))
    4
    """
    count, day = 0, next_target_day(first)
    while day < last:
        count, day = count + 1, next_target_day(day)
    return count


def ecb_next_publication(day: datetime.date) -> datetime.datetime:
    """When the ECB table after the one dated `day` is due, in UTC.

    >>> ecb_next_publication(datetime.date(2026, 11, 27)).isoformat()  # CET: UTC+1
    '2026-11-30T15:00:00+00:00'
    >>> ecb_next_publication(datetime.date(2026, 6, 5)).isoformat()  # CEST: UTC+2
    '2026-06-08T14:00:00+00:00'
    """
    local = datetime.datetime.combine(next_target_day(day), ECB_PUBLICATION_TIME, FRANKFURT)
    return local.astimezone(UTC)


def next_utc_day(day: datetime.date) -> datetime.datetime:
    """For providers that publish around the clock (openexchangerates: hourly), a day's table is
    superseded when the next UTC day starts.

    >>> next_utc_day(datetime.date(2026, 11, 27)).isoformat()
    '2026-11-28T00:00:00+00:00'
    """
    return datetime.datetime.combine(day + _ONE_DAY, datetime.time(0), UTC)


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class PublicationSchedule:
    """A Freshness from a publication schedule and a clock.

    For the latest rate (no as_of, or as_of today or later): stale once the next publication
    is `margin` overdue. For an earlier as_of: stale when a newer publication was due on or
    before that day, i.e. the value skipped a business day instead of a weekend or holiday.

    >>> now = lambda: datetime.datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
    >>> ecb = PublicationSchedule(ecb_next_publication, datetime.timedelta(hours=1), now)
    >>> friday = datetime.date(2026, 11, 27)
    >>> ecb.stale(friday, None)  # Monday 16:30 CET: Monday's table may still be coming
    False
    >>> later = PublicationSchedule(ecb_next_publication, datetime.timedelta(0), now)
    >>> later.stale(friday, None)
    True
    >>> ecb.stale(friday, datetime.date(2026, 11, 29))  # Sunday: Friday's is the right one
    False
    >>> ecb.stale(datetime.date(2026, 11, 26), datetime.date(2026, 11, 29))  # Friday's is missing
    True
    """

    next_publication: Callable[[datetime.date], datetime.datetime]
    margin: datetime.timedelta
    clock: Callable[[], datetime.datetime]

    def stale(self, day: datetime.date, as_of: datetime.date | None) -> bool:
        now = aware(self.clock())
        due = self.next_publication(day)
        if as_of is None or as_of >= now.date():
            return now > due + self.margin
        return due.date() <= as_of


def aware(moment: datetime.datetime) -> datetime.datetime:
    """A naive clock reading is taken as UTC.

    >>> aware(datetime.datetime(2026, 1, 1)).tzinfo
    datetime.timezone.utc
    """
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
