"""Months of any year said of a behaviour's events ('in December of any year', 'every December', 'each summer',
'every year in December', 'in the summer months in past years'; French 'chaque année en décembre', 'en décembre
(peu importe l'année)' rewritten into the English phrases): where each is said and its months (1 .. 12).

The words are the English module's (YEAR_MONTH_EACH, ANY_YEAR_AFTER, ANY_YEAR_BEFORE, YEAR_MONTH_LEADS,
SEASON_MONTHS, MONTHS, SEASONS). Only a month or a season said with one of them is read here: said alone ('in
December', 'in summer') it is one period, the latest one, and with a year ('December 2025') that one, both windows.
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.translate.lang_en import (
    ANY_YEAR_AFTER, ANY_YEAR_BEFORE, CONNECTORS, MONTHS, RELATIVE_WORDS, SEASON_MONTHS, SEASONS, YEAR_MONTH_EACH,
    YEAR_MONTH_HABITS, YEAR_MONTH_LEADS,
)
from assistant.translate.offline.text import Token, day_of_month

_JOINS = frozenset({",", "or", "and", "/"})     # 'in June, July or August of any year'
_VERB_LIKE = frozenset({"may", "march"})        # a verb as often as a month: a month only after a lead
_YEAR_JOINS = frozenset({"or", ","})        # 'December 2024 or 2025': either year (an 'and' may say both)
_REACH = 6          # how far before a month a habit word is looked for, inside its clause


@dataclass
class MonthsSaid:
    start_tok: int
    end_tok: int
    months: tuple[int, ...]
    # 'in December 2024 or 2025', 'in December in 2024 or 2025': those months of these years, one after the other
    years: tuple[int, int] | None = None       # the first and the last year


# The words months of any year may start at: an any-year marker's first word, a lead, an 'each' word, a month or a
# season (_said_at reads nothing at any other word: tests/test_reader_gates.py)
MONTH_OPENERS = frozenset({*(m[0] for m in ANY_YEAR_BEFORE), *YEAR_MONTH_LEADS, *YEAR_MONTH_EACH, *MONTHS, *SEASONS})


def find_months(tokens: list[Token], taken: set[int]) -> list[MonthsSaid]:
    """The months of any year said in the request, outside `taken` tokens (a catalog value)."""
    norms = [t.norm for t in tokens]
    found, i = [], 0
    while i < len(norms):
        if norms[i] not in MONTH_OPENERS:
            i += 1
            continue
        said = _said_at(tokens, norms, i)
        if said is None or taken & set(range(i, said.end_tok)):
            i += 1
            continue
        found.append(said)
        i = said.end_tok
    return found


def lone_month(norms: list[str], start: int, end: int) -> bool:
    """Are the tokens start..end a month or a season said with no year ('in December', 'during the summer')?"""
    words = norms[start:end]
    return named_month(norms, start, end) is not None \
        and all(w in MONTHS or w in SEASONS or w in SEASON_MONTHS or w in YEAR_MONTH_LEADS for w in words)


def named_month(norms: list[str], start: int, end: int) -> int | None:
    """Where the first month or season of the tokens start..end is, or None."""
    return next((i for i in range(start, end) if norms[i] in MONTHS or norms[i] in SEASONS), None)


def habit_before(norms: list[str], start: int, habits: frozenset[str] = frozenset()) -> int | None:
    """Where a habit word said of the month at `start` is, before it in its clause ('usually shop in December'); a
    relative word opens the clause ('who usually shop ...'). `habits`: the request language's own, beside English's."""
    for k in range(start - 1, max(-1, start - 1 - _REACH), -1):
        if norms[k] in YEAR_MONTH_HABITS or norms[k] in habits:
            return k
        if norms[k] in CONNECTORS and norms[k] not in RELATIVE_WORDS:
            return None
    return None


def _said_at(tokens: list[Token], norms: list[str], i: int) -> MonthsSaid | None:
    k = _marker_end(norms, i, ANY_YEAR_BEFORE)
    marked = k is not None                          # 'every year in December'
    k = i if k is None else k + (k < len(norms) and norms[k] == ",")
    led = k
    while k < len(norms) and k - led < 2 and norms[k] in YEAR_MONTH_LEADS:
        k += 1
    if k < len(norms) and norms[k] in YEAR_MONTH_EACH:    # 'every December', 'in each summer'
        marked, k = True, k + 1
        k += k < len(norms) and norms[k] == "the"
    first = _one_at(tokens, norms, k, lead=k > i)
    if first is None or k == i and _day_before(tokens, i):     # '25 December (whatever the year)': a day, dated
        return None
    end, months = first
    while end + 1 < len(norms) and norms[end] in _JOINS:
        more = _one_at(tokens, norms, end + 1 + (norms[end + 1] in _JOINS), lead=True)   # ', or August'
        if more is None:
            break
        end, months = more[0], months + more[1]
    if end < len(tokens) and tokens[end].number is not None:    # 'December 2025', 'December 12': dated
        years = None if marked else _years_after(tokens, norms, end, months)
        return MonthsSaid(i, years[0], tuple(sorted(set(months))), years[1]) if years is not None else None
    after = any_year_after(norms, end)
    if after is not None:
        marked, end = True, after
    if marked:
        return MonthsSaid(i, end, tuple(sorted(set(months))))
    years = _years_after(tokens, norms, end, months)
    return MonthsSaid(i, years[0], tuple(sorted(set(months))), years[1]) if years is not None else None


def _day_before(tokens: list[Token], i: int) -> bool:
    """Is a day of the month said right before the month at i ('on 25 December', 'the 1st of May' is 'May 1st')?"""
    return i > 0 and day_of_month(tokens[i - 1])


def _years_after(tokens: list[Token], norms: list[str], end: int, months: tuple[int, ...]):
    """'2024 or 2025', 'in 2024 or 2025', '2024 or December 2025' after the months: where the years end and the first
    and last of them, when they follow one another (two years apart are not one period: left to be asked)."""
    k = end + (end < len(norms) and norms[end] in ("in", "of"))
    years = []
    while (year := _year(tokens, k)) is not None:
        years.append(year)
        k += 1
        if k + 1 < len(norms) and norms[k] in _YEAR_JOINS:
            again = _one_at(tokens, norms, k + 1, lead=True)        # '2024 or December 2025': the same months
            nxt = k + 1 if again is None or again[1] != months else k + 2
            if _year(tokens, nxt) is not None:
                k = nxt
                continue
        break
    if len(years) < 2 or sorted(years) != list(range(min(years), max(years) + 1)):
        return None
    return k, (min(years), max(years))


def _year(tokens: list[Token], k: int) -> int | None:
    t = tokens[k] if k < len(tokens) else None
    if t is None or t.number is None or t.suffix or not float(t.number).is_integer() or not 1990 <= t.number <= 2100:
        return None
    return int(t.number)


def _one_at(tokens: list[Token], norms: list[str], k: int, lead: bool) -> tuple[int, tuple[int, ...]] | None:
    """A month or a season at k (the caller sees a year or a day said after it)."""
    if k >= len(norms):
        return None
    if norms[k] in SEASONS:
        start, length = SEASONS[norms[k]]
        end = k + 1 + (k + 1 < len(norms) and norms[k + 1] in SEASON_MONTHS)     # 'the summer months'
        months = tuple((start + n - 1) % 12 + 1 for n in range(length))
    elif norms[k] in MONTHS and (lead or norms[k] not in _VERB_LIKE):
        end, months = k + 1, (MONTHS[norms[k]],)
    else:
        return None
    return end, months


def any_year_after(norms: list[str], end: int) -> int | None:
    """Where an any-year marker said right after the months ends: 'of any year', ', whatever the year', '(any year)'."""
    k = end + (end < len(norms) and norms[end] == ",")
    if k < len(norms) and norms[k] == "(":
        inner = _marker_end(norms, k + 1, ANY_YEAR_AFTER)
        return inner + 1 if inner is not None and inner < len(norms) and norms[inner] == ")" else None
    return _marker_end(norms, k, ANY_YEAR_AFTER)


def _marker_end(norms: list[str], i: int, markers: tuple[tuple[str, ...], ...]) -> int | None:
    return next((i + len(m) for m in markers if tuple(norms[i:i + len(m)]) == m), None)
