"""Holidays said as a point in time ('since Easter', 'depuis Noël', 'between Black Friday and Christmas'): the day
each falls on, from the languages' tables of names and rules (lang_en.HOLIDAYS, lang_fr.HOLIDAYS).

Only a day is read: 'since', 'before', 'after', 'between ... and ...' take a day, so the holiday is that day. A
holiday said as a period ('at Christmas', 'over Easter', 'pendant les fêtes') may mean the days around it, and is
left to be asked.
"""
from __future__ import annotations

import datetime as dt

from assistant.translate.lang_en import HOLIDAY_PERIOD_LEADS, NUMERIC_DATE_LEADS
from assistant.translate.languages import LANGUAGES
from assistant.translate.offline.text import by_first

# Names of every language, each in its own words (offline/rewrite.py never rewrites a name of its language's table)
HOLIDAYS = {name: rule for m in LANGUAGES.values() for name, rule in getattr(m, "HOLIDAYS", {}).items()}
# names whose day depends on the region, and the words that say a region (lang_fr.HOLIDAY_REGIONS)
REGIONS = {name: region for m in LANGUAGES.values() for name, region in getattr(m, "HOLIDAY_REGIONS", {}).items()}
REGION_WORDS = {region: words for m in LANGUAGES.values() for region, words in getattr(m, "REGION_WORDS", {}).items()}
_BY_FIRST = by_first(tuple(sorted(HOLIDAYS, key=len, reverse=True)))
# names each country gives its own day ('Thanksgiving'): asked, unless a longer name says whose
# the days of a holiday's long weekend, counted from it, where a language's custom says them ('the Easter weekend':
# Good Friday to Easter Monday; lang_en.LONG_WEEKENDS); the others are their weekday's (calendar_spans.long_weekend)
LONG_WEEKENDS = {name: days for m in LANGUAGES.values() for name, days in getattr(m, "LONG_WEEKENDS", {}).items()}
COUNTRIES = by_first(tuple(sorted({n for m in LANGUAGES.values() for n in getattr(m, "COUNTRY_HOLIDAYS", ())},
                                  key=len, reverse=True)))


def easter(year: int) -> dt.date:
    """Western Easter Sunday of `year` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November (Black Friday is the day after)."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def labour_day(year: int) -> dt.date:
    """The first Monday of September (Labour Day in Canada and the US, 'la fête du Travail' in Quebec)."""
    first = dt.date(year, 9, 1)
    return first + dt.timedelta(days=-first.weekday() % 7)


def canadian_thanksgiving(year: int) -> dt.date:
    """The second Monday of October (Thanksgiving in Canada, 'l'Action de grâce' in Quebec)."""
    first = dt.date(year, 10, 1)
    return first + dt.timedelta(days=-first.weekday() % 7 + 7)


def memorial_day(year: int) -> dt.date:
    """The last Monday of May (Memorial Day in the US)."""
    last = dt.date(year, 5, 31)
    return last - dt.timedelta(days=last.weekday())


_ANCHORS = {"easter": easter, "thanksgiving": thanksgiving, "labour_day": labour_day,
            "canadian_thanksgiving": canadian_thanksgiving, "memorial_day": memorial_day}


def day_of(rule: tuple, year: int) -> dt.date:
    """The day a rule names in `year`: ('day', month, day) or (anchor, days after it)."""
    if rule[0] == "day":
        return dt.date(year, rule[1], rule[2])
    return _ANCHORS[rule[0]](year) + dt.timedelta(days=rule[1])


def holiday_at(norms: list[str], i: int) -> tuple[tuple, int] | None:
    """The rule of the holiday named at i (after an article: 'the Black Friday', 'la Saint-Jean') and where its
    name ends; None for a name whose day depends on a region the request does not say (asked, as words not read)."""
    k = i + (i < len(norms) and norms[i] == "the")
    for name in _BY_FIRST.get(norms[k], ()) if k < len(norms) else ():
        if tuple(norms[k:k + len(name)]) == name:
            if name in REGIONS and not REGION_WORDS[REGIONS[name]] & set(norms):
                return None
            return HOLIDAYS[name], k + len(name)
    return None


def long_weekend_days(norms: list[str], i: int) -> tuple[int, int] | None:
    """The days of the long weekend of the holiday named at i, as its language's custom says them, or None (its
    weekday's)."""
    k = i + (i < len(norms) and norms[i] == "the")
    for name in _BY_FIRST.get(norms[k], ()) if k < len(norms) else ():
        if tuple(norms[k:k + len(name)]) == name:
            return LONG_WEEKENDS.get(name)
    return None


def regions_unsaid(norms: list[str]) -> list[tuple[int, int]]:
    """Where a holiday whose day depends on the region is named while the request says no region ('depuis la fête
    du Travail' in a brief from France or from Quebec): its name, with 'the' and a word of time before it."""
    out = []
    for i, n in enumerate(norms):
        for name in _BY_FIRST.get(n, ()):
            if name in REGIONS and tuple(norms[i:i + len(name)]) == name and holiday_at(norms, i) is None:
                start = i - (i > 0 and norms[i - 1] == "the")
                start -= start > 0 and (norms[start - 1] in NUMERIC_DATE_LEADS or norms[start - 1] in HOLIDAY_PERIOD_LEADS)
                out.append((start, i + len(name)))
    return out


def countries_unsaid(norms: list[str]) -> list[tuple[int, int]]:
    """Where a holiday each country keeps on its own day is named with no country ('since Thanksgiving'; 'since
    Canadian Thanksgiving', 'depuis l'Action de grâce' say whose): its name."""
    covered = set()
    for i in range(len(norms)):
        found = holiday_at(norms, i)
        if found is not None:
            covered.update(range(i, found[1]))
    out = []
    for i, n in enumerate(norms):
        name = next((p for p in COUNTRIES.get(n, ()) if tuple(norms[i:i + len(p)]) == p), None)
        if name is not None and i not in covered:
            out.append((i, i + len(name)))
    return out


def around_a_day(norms: list[str], a: int, b: int) -> tuple[int, int]:
    """The words said around a holiday's name that make it a day: 'the' and a word of time before it ('since the'),
    a year after it ('Thanksgiving 2025')."""
    start = a - (a > 0 and norms[a - 1] == "the")
    start -= start > 0 and (norms[start - 1] in NUMERIC_DATE_LEADS or norms[start - 1] in HOLIDAY_PERIOD_LEADS)
    end = b + (b < len(norms) and norms[b].isdigit() and len(norms[b]) == 4)
    return start, end
