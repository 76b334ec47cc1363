"""Refresh schedules: 'daily', 'weekly' or a five-field cron expression, and whether one is due.

A schedule is due when it fired (a cron time passed) since the audience's last refresh, or since the
schedule was set when it never ran: `audience refresh --due` run twice in a row finds nothing the second
time. Times are UTC.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assistant.errors import ReviewError

ALIASES = {"daily": "0 6 * * *", "weekly": "0 6 * * 1", "hourly": "0 * * * *"}
_FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7))
_LOOKBACK_DAYS = 366 * 8  # long enough for '0 0 29 2 *'


def _bad(expr: str, why: str) -> ReviewError:
    return ReviewError(f"refresh schedule '{expr}': {why}",
                       hint="use daily, weekly, hourly or a cron expression 'minute hour day month weekday', "
                            "e.g. '30 5 * * 1-5'")


def _field(expr: str, text: str, name: str, low: int, high: int) -> frozenset[int]:
    values: set[int] = set()
    for item in text.split(","):
        body, _, step_text = item.partition("/")
        try:
            step = int(step_text) if step_text else 1
            if body == "*":
                start, end = low, high
            elif "-" in body:
                start, end = (int(x) for x in body.split("-", 1))
            else:
                start = end = int(body)
        except ValueError:
            raise _bad(expr, f"'{item}' is not a number, range or step in the {name} field") from None
        if step < 1 or not low <= start <= end <= high:
            raise _bad(expr, f"'{item}' is outside {low}-{high} in the {name} field")
        values.update(range(start, end + 1, step))
    return frozenset(values)


@dataclass(frozen=True)
class Schedule:
    expr: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]      # 0 = Sunday (7 also means Sunday)
    any_day: bool                 # day of month is '*'
    any_weekday: bool             # day of week is '*'

    def runs_on(self, day: dt.date) -> bool:
        if day.month not in self.months:
            return False
        dom, dow = day.day in self.days, day.isoweekday() % 7 in self.weekdays
        if self.any_day or self.any_weekday:  # cron: both restricted means either may match
            return dom and dow
        return dom or dow

    def last_fire(self, at: dt.datetime) -> dt.datetime | None:
        """The latest time at or before `at` when the schedule fired."""
        for back in range(_LOOKBACK_DAYS):
            day = at.date() - dt.timedelta(days=back)
            if not self.runs_on(day):
                continue
            times = [dt.datetime.combine(day, dt.time(h, m), at.tzinfo) for h in self.hours for m in self.minutes]
            fired = [t for t in times if t <= at]
            if fired:
                return max(fired)
        return None

    def due(self, last_run: dt.datetime, now: dt.datetime) -> bool:
        fired = self.last_fire(now)
        return fired is not None and fired > last_run


def parse(expr: str) -> Schedule:
    text = ALIASES.get(expr.strip().lower(), expr.strip())
    parts = text.split()
    if len(parts) != 5:
        raise _bad(expr, f"expected 5 fields, found {len(parts)}")
    sets = [_field(expr, p, name, low, high) for p, (name, low, high) in zip(parts, _FIELDS)]
    weekdays = frozenset(d % 7 for d in sets[4])
    return Schedule(expr.strip(), sets[0], sets[1], sets[2], sets[3], weekdays, parts[2] == "*", parts[4] == "*")
