"""Days of the week said of a behaviour's events ('on Sundays', 'at the weekend', 'on a Saturday or a Sunday',
'en semaine' read as 'on weekdays'): where each is said and its ISO days, or that a habit was said with it.

The words are the English module's (DAY_PHRASES, DAY_WORDS, DAY_JOINS, DAY_DATED_BY, DAY_HABITS); another
language's grammar is rewritten into them first (lang_fr.PHRASES), and its own habit words are read beside
English's. A day phrase said before a date or a period ('on Saturday 12 September', 'the weekend of 12 May',
'at the weekend last month') is a date, never read here; each one of the days ('every Sunday', 'tous les
samedis') is a habit, asked as one ('mostly at the weekend').
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.translate.lang_en import (
    CONNECTORS, DAY_DATED_BY, DAY_EACH, DAY_HABITS, DAY_JOINS, DAY_PHRASES, DAY_WORDS, MONTHS, RELATIVE_WORDS,
)
from assistant.translate.offline.text import Token, by_first

_BY_FIRST = by_first(sorted(DAY_PHRASES, key=len, reverse=True))    # the longest first
_REACH = 6          # how far before a day phrase a habit word is looked for, inside its clause


@dataclass
class DaysSaid:
    start_tok: int
    end_tok: int
    days: tuple[int, ...]
    habit: int | None = None         # where a habit or majority word said of them is ('mostly', 'prefer')
    each: bool = False               # the habit word says each one of them ('every Sunday'): asked with the days


def find_days(tokens: list[Token], taken: set[int], habits: frozenset[str] = frozenset()) -> list[DaysSaid]:
    """The day phrases of the request, outside `taken` tokens (a catalog value, a period); `habits`: the request
    language's own habit words, beside English's."""
    norms = [t.norm for t in tokens]
    found, i = [], 0
    while i < len(norms):
        said = _said_at(norms, i) or _each_at(norms, i)
        if said is None or taken & set(range(i, said[0])):
            i += 1
            continue
        end, days = said
        each = norms[i] in DAY_EACH or (i > 0 and norms[i - 1] in DAY_EACH)     # 'every Sunday', 'tous les dimanches'
        start = i + (norms[i] in DAY_EACH)
        while end + 1 < len(norms) and norms[end] in DAY_JOINS:   # 'on Saturdays or Sundays'
            more = _said_at(norms, end + 1) or _named_at(norms, end + 1)
            if more is None or taken & set(range(end, more[0])):
                break
            end, days = more[0], days + more[1]
        if each or not _dated(tokens, end):     # 'every Saturday of December' is still each one of them
            habit = (start - 1) if each else _habit(norms, start, end, DAY_HABITS | habits)
            found.append(DaysSaid(start, end, tuple(sorted(set(days))), habit, each))
        i = end
    return found


def _said_at(norms: list[str], i: int) -> tuple[int, tuple[int, ...]] | None:
    for phrase in _BY_FIRST.get(norms[i], ()):
        if tuple(norms[i:i + len(phrase)]) == phrase:
            return i + len(phrase), DAY_PHRASES[phrase]
    return None


def _each_at(norms: list[str], i: int) -> tuple[int, tuple[int, ...]] | None:
    """'every Sunday', 'each weekend': each one of the days (a habit, asked), where the day's name ends."""
    if norms[i] in DAY_EACH and i + 1 < len(norms) and norms[i + 1] in DAY_WORDS:
        return i + 2, DAY_WORDS[norms[i + 1]]
    return None


def _named_at(norms: list[str], i: int) -> tuple[int, tuple[int, ...]] | None:
    """A day by its name alone after a join ('or Sundays', 'or a Sunday')."""
    j = i + (norms[i] == "a")
    return (j + 1, DAY_WORDS[norms[j]]) if j < len(norms) and norms[j] in DAY_WORDS else None


def _dated(tokens: list[Token], end: int) -> bool:
    """Is the phrase ending at `end` followed by what makes it a date or a period?"""
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    return nxt.number is not None or nxt.norm in MONTHS or nxt.norm in DAY_DATED_BY


def _habit(norms: list[str], start: int, end: int, habits: frozenset[str]) -> int | None:
    """A habit word said of the days: before them in their clause (a relative word opens it: 'who prefer to shop at
    weekends'), or right after them."""
    for k in range(start - 1, max(-1, start - 1 - _REACH), -1):
        if norms[k] in habits:
            return k
        if norms[k] in CONNECTORS and norms[k] not in RELATIVE_WORDS:
            break
    return next((k for k in range(end, min(len(norms), end + 2)) if norms[k] in habits), None)


def dates_with_weekdays(tokens: list[Token], words) -> list[Token]:
    """'du samedi 19 au lundi 21 septembre', 'between Saturday 28 February and Sunday 8 March', 'Sat May 23 - Mon
    May 25': a weekday said right before a day of the month (then a month, or the other end of a range) or before
    a month and its day says that date again: it joins the day's (or the month's) token, whose text spans both,
    so that the dates read as they do without it (each weekday was a word to ask about, and the day a count).
    `words`: the request's language (DATED_WEEKDAYS, MONTHS, DATE_RANGE_WORDS), its words as typed."""
    weekdays = words.DATED_WEEKDAYS
    if weekdays.keys().isdisjoint(t.norm for t in tokens):
        return tokens
    months, ranges = words.MONTHS, words.DATE_RANGE_WORDS
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        after = tokens[i + 2].norm if i + 2 < len(tokens) else ""
        day = nxt is not None and nxt.number is not None and float(nxt.number).is_integer() and 1 <= nxt.number <= 31 \
            and (after in months or after in ranges)
        month = nxt is not None and nxt.norm in months and i + 2 < len(tokens) and tokens[i + 2].number is not None
        if t.norm in weekdays and (day or month):
            out.append(Token(f"{t.text} {nxt.text}", nxt.norm, t.start, nxt.end, number=nxt.number, suffix=nxt.suffix,
                             weekday=weekdays[t.norm]))
            i += 2
            continue
        out.append(t)
        i += 1
    return out
