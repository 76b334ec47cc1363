"""Spans of days the calendar names by a number or by custom: an ISO week ('week 37', 'S37'), a half of a month ('the
first half of September', 'la deuxième quinzaine d'août') and the long weekend around a day off ('the Easter weekend',
'le pont de l'Ascension'). Dates only: the words that say them are each language's (lang_en, lang_fr), read in
offline/modifiers.py. Every span is [start, end), its end the day after its last.
"""
from __future__ import annotations

import calendar
import datetime as dt

# The long weekend around a day off, by its weekday (Monday 0): its first and last days, counted from it. A Monday or a
# Friday makes three days with the weekend; a Tuesday or a Thursday bridges one working day to it (the French 'pont':
# Ascension Thursday to Sunday); a weekend day is its weekend. A Wednesday joins no weekend: none (asked).
_LONG_WEEKENDS = {0: (-2, 0), 1: (-3, 0), 3: (0, 3), 4: (0, 2), 5: (0, 1), 6: (-1, 0)}


def iso_week(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    """ISO week `week` of `year`, Monday to Sunday; None past the year's last week.

    >>> iso_week(2026, 37)
    (datetime.date(2026, 9, 7), datetime.date(2026, 9, 14))
    >>> iso_week(2025, 53) is None
    True
    """
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=7)


def latest_iso_week(week: int, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """ISO week `week` said with no year: the latest one begun by as_of (as 'in March' is the latest March).

    >>> latest_iso_week(37, dt.date(2026, 9, 30))[0], latest_iso_week(45, dt.date(2026, 9, 30))[0]
    (datetime.date(2026, 9, 7), datetime.date(2025, 11, 3))
    """
    year = as_of.isocalendar()[0]
    span = iso_week(year, week)
    if span is None or span[0] > as_of:
        span = iso_week(year - 1, week)
    return span


def month_half(first: dt.date, half: int) -> tuple[dt.date, dt.date]:
    """The first (days 1 to 15) or second half (the 16th to its last day) of the month starting on `first`.

    >>> month_half(dt.date(2026, 8, 1), 2)
    (datetime.date(2026, 8, 16), datetime.date(2026, 9, 1))
    """
    days = calendar.monthrange(first.year, first.month)[1]
    if half == 1:
        return first, first.replace(day=16)
    return first.replace(day=16), first + dt.timedelta(days=days)


def long_weekend(day: dt.date, days: tuple[int, int] | None = None) -> tuple[dt.date, dt.date] | None:
    """The long weekend around the day off `day`: its own first and last days counted from it (`days`, a language's
    custom: 'the Easter weekend' is Good Friday to Easter Monday), else those of its weekday; None on a Wednesday.

    >>> long_weekend(dt.date(2026, 5, 14))          # Ascension Thursday: to Sunday
    (datetime.date(2026, 5, 14), datetime.date(2026, 5, 18))
    >>> long_weekend(dt.date(2026, 5, 25))          # Memorial Day, a Monday: from Saturday
    (datetime.date(2026, 5, 23), datetime.date(2026, 5, 26))
    """
    first, last = days if days is not None else _LONG_WEEKENDS.get(day.weekday(), (None, None))
    if first is None:
        return None
    return day + dt.timedelta(days=first), day + dt.timedelta(days=last + 1)


def weekend_of(day: dt.date) -> tuple[dt.date, dt.date] | None:
    """'the weekend of 12 September': the Saturday and Sunday `day` is one of; None for a weekday (which weekend is not
    said: the one before or after)."""
    if day.weekday() < 5:
        return None
    saturday = day - dt.timedelta(days=day.weekday() - 5)
    return saturday, saturday + dt.timedelta(days=2)
