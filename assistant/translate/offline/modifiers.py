"""Time windows, numbers and comparisons in a request, with the tokens they cover.

Dates resolve against the definition's as-of date. These are grammar, not
business vocabulary: they are the same for every catalog.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass

from assistant.meaning import Comparison, Window

from assistant.translate import lang_en
from assistant.translate.lang_en import (
    AHEAD_LEADS,
    AMONG_WORDS, AMOUNT_OPENERS, AMOUNT_VERBS, AMOUNT_VERB_READ, AMOUNT_VERB_RELATIVES, EACH_PHRASES, CALENDAR_LAST, CALENDAR_LAST_AFTER_THE, BEFORE_POINTERS, COUNTED_DAYS, DISTINCT_WORDS, NEGATIONS, EITHER_WORDS, EITHER_DAY_LEADS, HOUR_WORDS, FUNCTION_WORDS, LEADING_WORDS, ONCE_AFTER, ONCE_BEFORE, AGE_GROUP_WORDS, AGO, AGO_BOUNDS, DATE_LEADS, SCORE_LINKS, SCORE_SCALES, SCORE_TO, ANAPHORA, NOTES, AT_LEAST_PHRASES, CLAUSE_ENDS, COMPARISONS, CONNECTORS, COUNT_WORDS, LAST_WORDS, NEXT_WORDS, PRECEDING_WORDS, SINCE_THEN, SINCE_POINTERS, SINCE_SUBJECTS, AFTER_WORDS, CURRENCY, DETERMINER_PHRASES, SET_SIZE_DETERMINERS, MONTHS, NUMBER_AND, NUMBER_PHRASES, NUMBER_SCALES, NUMBER_WORDS, ORDINALS, PERIOD_LETTERS, PERIOD_STARTS, PERIOD_WORDS, SAME_WINDOW_WORDS, YEAR_BACK, YEAR_OF_LINKS,
    BAND_WORDS, BOUNDS_AFTER, PERCENT_WORDS, BIRTH_OPS, BIRTH_TAILS, BORN_WORDS, DECADE_WORDS, RANGE_WORDS, RANK_AFTER_NUMBER, RANK_DETERMINERS,
    HOLIDAY_LEADS, HOLIDAY_PERIOD_LEADS, LAST_WEEKEND, PEOPLE_NOUNS, PERIOD_ENDS, QUANTILES, RANK_WORDS, SUPERLATIVES, SEASONS, TIMES_WORDS, TO_DATE, TURNING_MONTHS, TURNING_PERIODS, TURNING_WORDS, UNITS, YEAR_AFTER_COMPARED, YEAR_LEADS,
    LONG_WEEKEND_WORDS, WEEKDAY_NAMES, MONTH_EDGE_WORDS, MONTH_HALF_WORDS, MONTH_PART_WORDS, WEEK_LETTERS, WEEK_OF_WORDS, WEEK_NUMBER_WORDS, WEEK_RATE_WORDS,
)
from assistant.translate.offline import calendar_spans
from assistant.translate.offline.holidays import HOLIDAYS as HOLIDAY_NAMES, day_of, holiday_at, long_weekend_days
from assistant.translate.offline.text import Token, by_first, day_of_month


def merge_numbers(tokens: list[Token]) -> list[Token]:
    """Number phrases become one number token: 'a couple of' -> 2, 'twenty five' / 'twenty-five' -> 25, '5 thousand'
    -> 5000."""
    norms = [t.norm for t in tokens]
    out, i = [], 0
    while i < len(tokens):
        if tokens[i].number is not None and i + 1 < len(tokens) and norms[i + 1] in NUMBER_SCALES \
                and not tokens[i].suffix:
            # '5 thousand', '1.5 million', '2 grand': digits and a scale word, one number (read apart, 5)
            value = tokens[i].number * NUMBER_SCALES[norms[i + 1]]
            value = int(value) if value == int(value) else value
            out.append(Token(f"{tokens[i].text} {tokens[i + 1].text}", str(value), tokens[i].start, tokens[i + 1].end,
                             number=float(value)))
            i += 2
            continue
        if norms[i] not in _NUMBER_PHRASES_BY_FIRST and norms[i].partition("-")[0] not in NUMBER_WORDS:
            out.append(tokens[i])       # no number phrase nor number word starts here (most words)
            i += 1
            continue
        phrase = next((p for p in _NUMBER_PHRASES_BY_FIRST.get(norms[i], ()) if tuple(norms[i:i + len(p)]) == p), None)
        value, width = (NUMBER_PHRASES[phrase], len(phrase)) if phrase else _compound(norms, i)
        if value is None:
            out.append(tokens[i])
            i += 1
            continue
        first, last = tokens[i], tokens[i + width - 1]
        out.append(Token(" ".join(t.text for t in tokens[i:i + width]), str(value), first.start, last.end,
                         number=float(value), suffix="w"))   # 'w': written in words, never a year nor a bare count
        i += width
    return out


def plus_units(tokens: list[Token], units) -> list[Token]:
    """'for 60+ days', 'depuis 60+ jours': the '+' of a length of time is dropped, the number keeps it as its suffix
    ('for 60 days' of no visit is 60 days or more already; 'for 5+ years' reads at least that long, said in a note).
    It came between the number and its unit: a count of 60, and 'days' asked. `units`: the language's unit words. A
    count with a plus ('5+ orders') keeps its own reading: at least that many."""
    if not any(t.norm == "+" for t in tokens):
        return tokens
    return [t for i, t in enumerate(tokens) if not (
        t.norm == "+" and 0 < i < len(tokens) - 1 and tokens[i - 1].number is not None and tokens[i - 1].suffix == "+"
        and tokens[i + 1].norm in units)]


def merge_hours(tokens: list[Token]) -> list[Token]:
    """'48 hours', '24h', 'soixante-douze heures': whole days of hours become those days ('2 days'), as typed or in words; other hours are left as said."""
    out = list(tokens)
    for i in range(len(out) - 1):
        n = out[i].number
        if n is not None and out[i + 1].norm in HOUR_WORDS and n > 0 and n % 24 == 0 and out[i].suffix in ("", "w"):
            days = n // 24
            out[i] = Token(out[i].text, str(int(days)), out[i].start, out[i].end, number=float(days))
            out[i + 1] = Token(out[i + 1].text, "days" if days > 1 else "day", out[i + 1].start, out[i + 1].end)
    return out


def merge_scores(tokens: list[Token]) -> list[Token]:
    """'a 5/5 rating', 'rated 1 out of 5' -> one token, the score, marked '/' (a value on its scale, never a count or
    an amount); 'since 1/5' is a date, left as it is."""
    norms, out, i = [t.norm for t in tokens], [], 0
    while i < len(tokens):
        t = tokens[i]
        link = next((p for p in SCORE_LINKS if _match(norms, i + 1, p)), None) if t.number is not None else None
        k = i + 1 + len(link) if link else i
        if link and k < len(tokens) and tokens[k].number in SCORE_SCALES and not t.suffix and not tokens[k].suffix \
                and float(t.number).is_integer() and 0 <= t.number <= tokens[k].number \
                and not (out and out[-1].norm in DATE_LEADS):
            out.append(Token(" ".join(x.text for x in tokens[i:k + 1]).replace(" / ", "/"), t.norm, t.start,
                             tokens[k].end, number=t.number, suffix="/"))
            i = k + 1
            continue
        out.append(t)
        i += 1
    return out


def given_scores(tokens: list[Token], verbs: frozenset[str], rated: str) -> list[Token]:
    """'gave a 1 or 2 to a delivery ticket', 'ont mis 5/5 au service client': a score given to something is the
    language's rating verb ('rated 1 or 2 to a delivery ticket'). Only scores on a rating's scale, between the verb
    and 'to' ('gave 50 euros to' is none)."""
    norms, out = [t.norm for t in tokens], list(tokens)
    for i in range(len(tokens) - 2):
        if norms[i] not in verbs:
            continue
        k = i + 1 + (norms[i + 1] in ("a", "an"))
        run = k
        while k < len(tokens) and tokens[k].number is not None and float(tokens[k].number).is_integer() \
                and 0 <= tokens[k].number <= max(SCORE_SCALES):
            k += 1
            if k + 1 < len(tokens) and norms[k] in ("or", ",", "and") and tokens[k + 1].number is not None:
                k += 1
        if k > run and tokens[k - 1].number is not None and k < len(tokens) and norms[k] in SCORE_TO:
            out[i] = Token(tokens[i].text, rated, tokens[i].start, tokens[i].end)
    return out


def _set_size(t: Token) -> bool:
    """A whole number of things, in digits or in words ('3', 'two')."""
    return t.number is not None and float(t.number).is_integer() or NUMBER_WORDS.get(t.norm, 0) >= 2


def merge_determiners(tokens: list[Token]) -> list[Token]:
    """'one of our' -> one token read 'our', so 'in one of our shops' is the qualifier 'in our shops'."""
    norms, out, i = [t.norm for t in tokens], [], 0
    while i < len(tokens):
        phrase = next((p for p in _DETERMINERS_BY_FIRST[norms[i]] if tuple(norms[i:i + len(p)]) == p), None) \
            if norms[i] in _DETERMINERS_BY_FIRST else None
        if phrase is None:
            out.append(tokens[i])
            i += 1
            continue
        size = len(phrase) < len(tokens) - i and "of" in phrase and phrase[-1] in SET_SIZE_DETERMINERS \
            and _set_size(tokens[i + len(phrase)])
        n = len(phrase) + size      # 'one of our two stores': the stores' number is part of the determiner
        first, last = tokens[i], tokens[i + n - 1]
        out.append(Token(" ".join(t.text for t in tokens[i:i + n]), DETERMINER_PHRASES[phrase], first.start, last.end))
        i += n
    return out


def merge_amount_words(tokens: list[Token]) -> list[Token]:
    """Words of several tokens that tie an amount to one event, each one token:
    - 'an order that came to more than €150' -> 'an order totalling more than €150': a verb that says an amount
      (lang_en.AMOUNT_VERBS), with the relative word before it, read 'totalling' when an amount follows it (a number,
      a currency or a word that opens a comparison): one order's own amount, the sum of orders said in the plural;
      before anything else ('came to the store') it stays as typed;
    - 'an order over a grand on its own' -> '... each': what says the amount is that one event's
      (lang_en.EACH_PHRASES), read 'each' right after an amount (a number or a currency)."""
    norms = [t.norm for t in tokens]
    if _AMOUNT_WORD_FIRSTS.isdisjoint(norms):
        return tokens
    out, i = [], 0
    while i < len(tokens):
        n = next((len(p) for p in _AMOUNT_VERBS_BY_FIRST.get(norms[i], ()) if tuple(norms[i:i + len(p)]) == p), 0)
        after = tokens[i + n] if n and i + n < len(tokens) else None
        if after is not None and (after.number is not None or after.norm in AMOUNT_OPENERS or after.norm in CURRENCY):
            # with the relative word before it ('that came to'): the amount tied to the noun, as in 'an order totalling'
            lead = 1 if out and out[-1].norm in AMOUNT_VERB_RELATIVES else 0
            first = out.pop() if lead else tokens[i]
            out.append(Token(" ".join(t.text for t in [first] * lead + tokens[i:i + n]), AMOUNT_VERB_READ, first.start,
                             tokens[i + n - 1].end))
            i += n
            continue
        n = next((len(p) for p in _EACH_PHRASES_BY_FIRST.get(norms[i], ()) if tuple(norms[i:i + len(p)]) == p), 0)
        if n and out and (out[-1].number is not None or out[-1].norm in CURRENCY):
            out.append(Token(" ".join(t.text for t in tokens[i:i + n]), "each", tokens[i].start, tokens[i + n - 1].end))
            i += n
            continue
        out.append(tokens[i])
        i += 1
    return out


def _compound(norms: list[str], i: int) -> tuple[int | None, int]:
    scaled = _scaled(norms, i)
    if scaled[0] is not None:
        return scaled
    parts = norms[i].split("-")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS and NUMBER_WORDS[parts[0]] >= 20:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]], 1
    if i + 1 < len(norms) and norms[i] in NUMBER_WORDS and 20 <= NUMBER_WORDS[norms[i]] <= 90 \
            and norms[i + 1] in NUMBER_WORDS and NUMBER_WORDS[norms[i + 1]] < 10:
        return NUMBER_WORDS[norms[i]] + NUMBER_WORDS[norms[i + 1]], 2
    return None, 1

def _scaled(norms: list[str], i: int) -> tuple[int | None, int]:
    """'fifteen hundred', 'two thousand five hundred', 'three hundred and fifty': number words with a scale word
    among them (a word alone, or without a scale, is read by the callers)."""
    total, current, j, scaled = 0, None, i, False
    hundreds, said_and = False, None       # a 'hundred' said in this thousand; the number up to an 'and'
    while j < len(norms):
        parts = norms[j].split("-")
        if all(p in _UNIT_WORDS for p in parts) and (current is None or current % 100 == 0 and scaled):
            current = (current or 0) + sum(_UNIT_WORDS[p] for p in parts)
        elif norms[j] in NUMBER_SCALES and current is not None:
            if NUMBER_SCALES[norms[j]] >= 1000:
                total, current, hundreds = total + current * NUMBER_SCALES[norms[j]], 0, False
            elif hundreds and said_and is not None:
                # 'one hundred and three hundred': a second number after the 'and' ('between one hundred and
                # three hundred euros' was read as 10300, silently): the first ends before the 'and'
                return said_and[0], said_and[1] - i
            else:
                current *= NUMBER_SCALES[norms[j]]
                hundreds = True
            scaled = True
        elif norms[j] == NUMBER_AND and scaled and j + 1 < len(norms) and norms[j + 1].split("-")[0] in _UNIT_WORDS:
            said_and = (total + (current or 0), j)
        else:
            break
        j += 1
    if not scaled:
        return None, 1
    while j > i and norms[j - 1] == NUMBER_AND:
        j -= 1
    return total + (current or 0), j - i


# The words a scaled number is made of: units, teens and tens ('single', 'dozen', 'hundred' are read on their own).
_UNIT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 0 < n < 100 and w not in ("single", "dozen")}


@dataclass
class Ranking:
    percent: float | None            # 'top 5%'
    start_tok: int
    end_tok: int
    n: int | None = None             # 'top 10'
    band: bool = False               # 'in the top 10%': of all customers, before the other criteria narrow them
    said: tuple[int, int] | None = None   # 'the 50 customers who spent the most': where the number was said


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _number_at(tokens: list[Token], i: int) -> float | None:
    if i >= len(tokens):
        return None
    t = tokens[i]
    if t.number is not None and t.suffix in ("", "+", "k", "w"):
        return t.number * (1000 if t.suffix == "k" else 1)
    return NUMBER_WORDS.get(t.norm)


number_at = _number_at      # a number said at a token, in figures or words ('5', 'five'), for other modules' readers
_COMPARISONS_BY_FIRST = by_first(COMPARISONS, lambda item: item[0])
_AGO_BOUNDS_BY_FIRST = by_first(sorted(AGO_BOUNDS.items(), key=lambda item: -len(item[0])), lambda item: item[0])
_ANAPHORA_BY_FIRST = by_first(ANAPHORA)
_DETERMINERS_BY_FIRST = by_first(sorted(DETERMINER_PHRASES, key=len, reverse=True))   # longest first
_AMOUNT_VERBS_BY_FIRST = by_first(sorted(AMOUNT_VERBS, key=len, reverse=True))
_EACH_PHRASES_BY_FIRST = by_first(sorted(EACH_PHRASES, key=len, reverse=True))
_AMOUNT_WORD_FIRSTS = frozenset(_AMOUNT_VERBS_BY_FIRST) | frozenset(_EACH_PHRASES_BY_FIRST)
_NUMBER_PHRASES_BY_FIRST = by_first(sorted(NUMBER_PHRASES, key=len, reverse=True))   # the longest first
_YEAR_LEADS_BY_FIRST = by_first(YEAR_LEADS)      # looked for at every token of a window's search


def _match(norms: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    # (the second word first: most phrases tried at a word differ there, and need no tuple made of the words)
    return (len(phrase) < 2 or i + 1 < len(norms) and norms[i + 1] == phrase[1]) and tuple(norms[i:i + len(phrase)]) == phrase


# -- windows -----------------------------------------------------------------

def _start_of(unit: str, as_of: dt.date) -> dt.date:
    if unit == "year":
        return dt.date(as_of.year, 1, 1)
    if unit == "month":
        return as_of.replace(day=1)
    if unit == "quarter":
        return dt.date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
    return as_of - dt.timedelta(days=as_of.weekday())


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def _latest_year_for(month: int, as_of: dt.date) -> int:
    """'in March' means the latest March that has begun by the as-of date."""
    return as_of.year if month <= as_of.month else as_of.year - 1


# The words a period may start at (a number too): the preposition or article of each phrasing _window_at and
# _unit_said_before read, and the first words of their tables. At any other token neither reads anything: it is
# passed at once, as most of a request's tokens are (tests/test_reader_gates.py checks the two readers at each token)
_WINDOW_LEADS = frozenset({"in", "within", "during", "over", "for", "from", "of", "throughout", "across", "at", "on",
                           "the", "this", "day", "since", "after", "before", "between", "today", "yesterday",
                           "recently", "lately", "a", "an"})
_SPAN_LEADS = frozenset({"in", "during", "over", "on", "at", "for", "throughout", "across"})
WINDOW_OPENERS: frozenset[str] = _WINDOW_LEADS | LAST_WORDS | NEXT_WORDS | SINCE_THEN | frozenset(
    {*SEASONS, *MONTHS, *TO_DATE, *PERIOD_LETTERS, *ORDINALS, *NUMBER_WORDS, *(w[0] for w in AGO_BOUNDS),
     *(w[0] for w, _ in COMPARISONS), *(w[0] for w in ANAPHORA), *(w[0] for w in SAME_WINDOW_WORDS),
     *(w[0] for w in YEAR_LEADS), *(w[0] for w in HOLIDAY_NAMES), *(w[0] for w in LAST_WEEKEND),
     # the calendar spans' (_calendar_span_at): their leads, 'the', week numbers and letters, halves and parts of a
     # month, long weekends
     *_SPAN_LEADS, "the", "weeks", *WEEK_LETTERS, *(w[0] for w in WEEK_NUMBER_WORDS), *(w[0] for w in WEEK_OF_WORDS),
     *MONTH_HALF_WORDS, *MONTH_EDGE_WORDS, *ORDINALS, *(w[0] for w in MONTH_PART_WORDS), *(w[0] for w in LONG_WEEKEND_WORDS)})


_LAST_WEEKEND = by_first(LAST_WEEKEND)


def _phrase_firsts() -> dict[str, frozenset[str]]:
    """The openers that open a period only as the first word of a phrase of the tables ('more than 90 days ago', 'these
    same 30 days', 'all of 2025', 'US Thanksgiving'), each with the words that come second in those phrases: at such
    a word a period is looked for only where one of them follows. French requests say 'plus', 'ces', 'tous', 'ou'
    often ('more', 'these', 'all', 'or' once rewritten), and nearly always of no period."""
    phrases = [*AGO_BOUNDS, *(w for w, _ in COMPARISONS), *ANAPHORA, *SAME_WINDOW_WORDS, *YEAR_LEADS, *HOLIDAY_NAMES,
               *WEEK_NUMBER_WORDS, *WEEK_OF_WORDS, *MONTH_PART_WORDS, *LONG_WEEKEND_WORDS]
    # the words that open a period alone, as a lead, a unit's word, a name or a number
    alone = _WINDOW_LEADS | _SPAN_LEADS | LAST_WORDS | NEXT_WORDS | SINCE_THEN | {"the", "weeks"} | frozenset(
        {*SEASONS, *MONTHS, *TO_DATE, *PERIOD_LETTERS, *ORDINALS, *NUMBER_WORDS, *WEEK_LETTERS, *MONTH_HALF_WORDS,
         *MONTH_EDGE_WORDS})
    seconds: dict[str, set[str]] = {}
    for p in phrases:
        seconds.setdefault(p[0], set()).add(p[1] if len(p) > 1 else "")
    return {w: frozenset(after) for w, after in seconds.items() if w not in alone and "" not in after}


_PHRASE_FIRSTS = _phrase_firsts()

# The words a period's readers read in their own code, besides their tables' (the words of lang_en and of the
# holidays' names): tests/test_reader_gates checks every word this module and its tables' modules spell is here
_PERIOD_CODE_WORDS = frozenset({
    "a", "across", "after", "an", "and", "at", "before", "between", "by", "coming", "day", "days", "dozen", "during",
    "exactly", "for", "fortnight", "fortnights", "from", "half-year", "in", "jour", "just", "k", "last", "lately", "many",
    "march", "may", "month", "months", "more", "multiple", "next", "of", "old", "olds", "on", "once", "one", "only",
    "or", "over", "previous", "quarter", "quarters", "recently", "repeat", "repeatedly", "s", "same", "several",
    "since", "single", "th", "than", "the", "their", "then", "this", "throughout", "time", "times", "to", "today",
    "toward", "towards", "until", "w", "week", "weeks", "within", "year", "years", "yesterday", "yo", "yrs",
    "-", "/", ",", "(", ")", "+", "%", "'", "<", "<=", "=", ">", ">="})


def _words_of(table) -> set[str]:
    """Every word a table holds, however nested (keys, values, phrases; a text's words)."""
    if isinstance(table, str):
        return set(table.split()) | {table}
    if isinstance(table, dict):
        return _words_of(list(table)) | _words_of(list(table.values()))
    if isinstance(table, (list, tuple, set, frozenset)):
        return set().union(*map(_words_of, table)) if table else set()
    return set()


def _period_vocabulary() -> frozenset[str]:
    """Every word a period's reader may read: the canonical words (every table of lang_en), the holidays' names in
    every language and the readers' own words. A word the periods' leads open none with ('the', 'at', 'of' before a
    catalog's word: 'the clients', 'at the store' rewritten from French) is none of these."""
    tables = [v for k, v in vars(lang_en).items() if k.isupper()]
    return frozenset(_words_of(tables) | _words_of(list(HOLIDAY_NAMES)) | _PERIOD_CODE_WORDS)


PERIOD_VOCABULARY = _period_vocabulary()
# Leads that open no period alone, and no period whose second word is outside PERIOD_VOCABULARY (or a number): a
# French request says them far more often than an English one ('les clients', 'au moins', 'd'un') of no period
WEAK_LEADS = frozenset({"the", "at", "of", "a", "an", "on"})


def _may_follow_a_lead(tokens: list[Token], norms: list[str], i: int) -> bool:
    """Whether the token after the lead at i may be a period's second word: a number, or a word of PERIOD_VOCABULARY
    (a plural too: the readers read 'weeks' as 'week' in places)."""
    if i + 1 >= len(norms):
        return False
    after = norms[i + 1]
    return tokens[i + 1].number is not None or after in PERIOD_VOCABULARY or after.removesuffix("s") in PERIOD_VOCABULARY


def find_windows(tokens: list[Token], as_of: dt.date) -> list[Window]:
    norms = [t.norm for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        if norms[i] not in WINDOW_OPENERS and tokens[i].number is None:
            i += 1          # no period starts at this word (most words)
            continue
        seconds = _PHRASE_FIRSTS.get(norms[i]) if tokens[i].number is None else None
        if seconds is not None and (i + 1 == len(norms) or norms[i + 1] not in seconds) \
                and not (norms[i + 1:i + 2] and holiday_at(norms, i + 1)):     # ('during Black Friday week')
            i += 1          # the first word of a phrase, without its second ('more' of 'more than', 'these' alone)
            continue
        if norms[i] in WEAK_LEADS and tokens[i].number is None and not _may_follow_a_lead(tokens, norms, i):
            i += 1          # a lead before a word no period reader reads ('the clients', 'at least'... 'least' is one)
            continue
        w = _window_at(tokens, norms, i, as_of) or _unit_said_before(tokens, norms, i, found) \
            or _day_before_either(tokens, norms, i, as_of)
        if w:
            w = _either_touching(tokens, norms, w, as_of)
        if w and found and _restated(norms, found[-1], w):
            found[-1].end_tok = i = w.end_tok + 1      # 'this year (YTD)': the same period said again, in brackets
        elif w:
            w.text = " ".join(w.text.split())     # a rewritten phrase gives its text to its first token only
            w.note = " ".join(w.note.split())
            if found:
                _year_said_once(tokens, norms, found, w)
            found.append(w)
            i = w.end_tok
        else:
            i += 1
    return found


def _either_touching(tokens: list[Token], norms: list[str], w: Window, as_of: dt.date) -> Window:
    """'on 24/12/2025 or 25/12/2025', 'on Christmas Eve or on Christmas Day': two dated periods said with 'or' that
    touch or overlap are one, from the first's start to the other's end (either day: the days together). Apart
    ('on 1 May or on 1 June'), the second stays unread and is asked: no single period says them."""
    k = w.end_tok
    if not _dated(w) or k + 1 >= len(norms) or norms[k] not in EITHER_WORDS:
        return w
    second = _window_at(tokens, norms, k + 1 + (norms[k + 1] in EITHER_DAY_LEADS), as_of)
    return _joined(w, second, norms[k]) if second is not None and _dated(second) else w


def _day_before_either(tokens: list[Token], norms: list[str], i: int, as_of: dt.date) -> Window | None:
    """'24 or 25 December 2025', 'le 24 ou le 25 décembre': a day of the month said before 'or' and a dated day of
    the same month right after it that touches it are both days; apart ('24 or 26 December'), the first day alone
    (the second is asked: read as a count, '24' was at least 24 orders)."""
    t = tokens[i]
    if not day_of_month(t) or i + 2 >= len(norms) or norms[i + 1] not in EITHER_WORDS:
        return None
    k = i + 2 + (norms[i + 2] in EITHER_DAY_LEADS)
    second = _window_at(tokens, norms, k, as_of) if k < len(norms) else None
    if second is None or not _dated(second) or (second.end - second.start).days != 1:
        return None
    try:
        day = second.start.replace(day=int(t.number))
    except ValueError:
        return None
    return _joined(Window(t.text, i, i + 1, start=day, end=day + dt.timedelta(days=1)), second, norms[i + 1])


def _dated(w: Window) -> bool:
    return w.start is not None and w.end is not None and w.amount is None and not w.anaphora


def _joined(first: Window, second: Window, either: str) -> Window:
    """Two dated periods said with 'or': one when they touch or overlap, else the first alone."""
    if second.start > first.end or first.start > second.end:
        return first
    return Window(f"{first.text} {either} {second.text}", first.start_tok, second.end_tok,
                  start=min(first.start, second.start), end=max(first.end, second.end), note=first.note or second.note)


def weekdays_not_matching(tokens: list[Token], windows: list[Window]) -> list[str]:
    """'on Saturday 13 September' where the 13th is a Sunday: the date is read, with a note naming both days (the
    weekday may be the one meant, and the date a slip). A weekday said with a day (days_of_week.dates_with_weekdays)
    is checked against the window's first day, or its last for the range's other end."""
    notes = []
    for w in windows:
        if w.start is None or w.end is None:
            continue
        ends = [w.start, w.end - dt.timedelta(days=1)]
        for i in range(w.start_tok, w.end_tok):
            t = tokens[i]
            if not t.weekday:
                continue
            day = t.number if t.number is not None or i + 1 >= len(tokens) else tokens[i + 1].number   # 'Sat May 23'
            date = next((d for d in ends if d.day == day), None)
            if date is None:
                continue
            ends.remove(date)
            if date.isoweekday() != t.weekday:
                notes.append(NOTES["weekday_said"].format(text=w.text, date=date.isoformat(),
                                                          day=WEEKDAY_NAMES[date.weekday()].capitalize(),
                                                          said=WEEKDAY_NAMES[t.weekday - 1].capitalize()))
    return notes


def _year_said_once(tokens: list[Token], norms: list[str], found: list[Window], w: Window) -> None:
    """'in May and June 2025', 'en mai et en juin de l'an dernier', 'in June, July and August 2025': a month said bare
    in a list whose last month says its year is that year's, every month of the list (it was the latest May, another
    year, silently; in a list of three, the first kept it)."""
    if w.start is None or not (_year_at(tokens, w.end_tok - 1) or norms[w.end_tok - 1] == "year"):
        return
    after = w
    for before in reversed(found):
        between = norms[before.end_tok:after.start_tok]
        month = norms[before.end_tok - 1]
        if between not in (["and"], [","], ["or"]) or month not in MONTHS or before.start is None \
                or after.start is None or MONTHS[month] > after.start.month:
            return
        if before.start.year != w.start.year:
            before.start, before.end = _month_range(w.start.year, MONTHS[month])
        after = before


def _restated(norms: list[str], before: Window, w: Window) -> bool:
    """Is `w` the period `before` ends with, said again in brackets right after it ('this year (YTD)', 'in the last 6
    months (the last 6 months)'), with only leading words before it?"""
    return before.end_tok < len(norms) and norms[before.end_tok] == "(" \
        and all(n in LEADING_WORDS for n in norms[before.end_tok + 1:w.start_tok]) and w.end_tok < len(norms) \
        and norms[w.end_tok] == ")" and ((w.start, w.end, w.amount, w.unit) == (before.start, before.end, before.amount, before.unit)
                                         or _same_months_unyeared(norms, before, w))


def _same_months_unyeared(norms: list[str], before: Window, w: Window) -> bool:
    """'winter 2024-25 (Dec to Feb)', 'l'hiver 2024-2025 (de décembre à février)': months said with no year, in
    brackets after a period of the same months and days that says its year, say that period again (read alone, they
    were the latest such months)."""
    if None in (w.start, w.end, before.start, before.end) or w.amount is not None or before.amount is not None \
            or any(n.isdigit() and len(n) == 4 for n in norms[w.start_tok:w.end_tok]):
        return False

    def months(a: dt.date, b: dt.date) -> int:
        return (b.year - a.year) * 12 + b.month - a.month
    return (w.start.month, w.start.day, w.end.month, w.end.day) == (before.start.month, before.start.day,
                                                                     before.end.month, before.end.day) \
        and months(w.start, w.end) == months(before.start, before.end)


def _phrase_end(norms: list[str], i: int, phrases: dict[str, tuple] | tuple) -> int | None:
    """Where the first of `phrases` (a table by their first word: by_first; or the phrases, indexed once) said at i
    ends, or None. Looked for at every token: only the phrases the word at i opens are tried."""
    if not isinstance(phrases, dict):
        phrases = _by_first_once(tuple(phrases))
    said = phrases.get(norms[i]) if i < len(norms) else None
    return None if said is None else next((i + len(p) for p in said if _match(norms, i, p)), None)


@functools.cache
def _by_first_once(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple]:
    return by_first(phrases)


# The words a period said with no preposition may start at (a number aside), as _window_at reads it last: the first
# words of a year's leads, months, letters and ordinals of parts of a year, seasons, the days the calendar names
# (and 'the' before one)
_BARE_PERIOD_FIRSTS = frozenset({*(w[0] for w in YEAR_LEADS), *MONTHS, *PERIOD_LETTERS, *ORDINALS, *SEASONS,
                                 *(w[0] for w in HOLIDAY_NAMES), "the"})
# (tables by their first word, built once: a cache keyed by the table hashed the whole tuple at every token)
_PERIOD_STARTS_BY_FIRST = by_first(PERIOD_STARTS)
_SAME_WINDOW_BY_FIRST = by_first(SAME_WINDOW_WORDS)
_LONG_WEEKENDS_BY_FIRST = by_first(LONG_WEEKEND_WORDS)      # in their order
_WEEK_NUMBERS_BY_FIRST, _WEEK_OF_BY_FIRST = by_first(WEEK_NUMBER_WORDS), by_first(WEEK_OF_WORDS)
_MONTH_PARTS_BY_FIRST, _YEAR_BACK_BY_FIRST = by_first(MONTH_PART_WORDS), by_first(YEAR_BACK)


def _period_start(tokens, norms, i, as_of) -> Window | None:
    """'since the start of last year' (of this year, of the month, of 2025, of March): from the first day of that
    calendar period. 'last' names the calendar period before this one here: its start is a day, not a length."""
    k = _phrase_end(norms, i + 1, _PERIOD_STARTS_BY_FIRST)
    if k is None or k >= len(norms):
        return None
    k += norms[k] == "the" and k + 1 < len(norms) and norms[k + 1] in LAST_WORDS   # 'of the last year'
    # 'since the start of the summer' ('depuis le début de l'été'): the season's name after its article, as 'since
    # the summer' reads it (the article was left and the season's whole span taken, 'since the start' asked)
    k += norms[k] == "the" and k + 1 < len(norms) and norms[k + 1] in SEASONS
    unit = norms[k + 1].removesuffix("s") if k + 1 < len(norms) else ""    # another language's 'last months'
    if norms[k] in ("this", "the", *LAST_WORDS) and unit in _CALENDAR_UNITS:
        start = _start_of(unit, as_of)
        if norms[k] in LAST_WORDS:
            start = start - dt.timedelta(days=7) if unit == "week" else _shift_months(start, -_CALENDAR_UNITS[unit])
        return Window(" ".join(t.text for t in tokens[i:k + 2]), i, k + 2, start=start)
    d, end = _date_at(tokens, norms, k, as_of)
    return Window(" ".join(t.text for t in tokens[i:end]), i, end, start=d) if d else None


_CALENDAR_UNITS = {"week": 0, "month": 1, "quarter": 3, "year": 12}    # months in each (a week counts days)


def _ahead(tokens: list[Token], norms: list[str], i: int, j: int, as_of: dt.date) -> Window | None:
    """A period after as_of, said from the word at j ('next', 'coming'): 'in the next 6 months', 'within the next 30
    days', 'over the coming 2 weeks' are that many units from tomorrow; 'next month', 'next year' the calendar one after
    this one, as 'last month' is the one before; 'the next month' one month from tomorrow; 'in the coming weeks' is
    vague, asked. French says them as 'dans les 6 prochains mois', 'le mois prochain' (lang_fr's rewrite)."""
    k = j + 1
    n = _number_at(tokens, k)
    if n is not None and k + 1 < len(norms) and norms[k + 1] in UNITS and float(n).is_integer():
        sql_unit, mult = UNITS[norms[k + 1]]
        return Window(" ".join(t.text for t in tokens[i:k + 2]), i, k + 2, amount=int(n * mult), unit=sql_unit,
                      ahead=True)
    if k >= len(norms) or norms[k] not in UNITS:
        return None
    text = " ".join(t.text for t in tokens[i:k + 1])
    unit = norms[k]
    if unit in _CALENDAR_UNITS and "the" not in norms[i:j] and norms[j] == "next":
        start = _start_of(unit, as_of)
        start = start + dt.timedelta(days=7) if unit == "week" else _shift_months(start, _CALENDAR_UNITS[unit])
        end = start + dt.timedelta(days=7) if unit == "week" else _shift_months(start, _CALENDAR_UNITS[unit])
        return Window(text, i, k + 1, start=start, end=end)
    sql_unit, mult = UNITS[unit]
    vague = unit.endswith("s") and tokens[k].text.lower() == unit      # 'in the coming weeks': how many is not said
    return Window(text, i, k + 1, amount=mult, unit=sql_unit, ahead=True, vague=vague)


def _unit_said_before(tokens: list[Token], norms: list[str], i: int, found: list[Window]) -> Window | None:
    """'... in the last 90 days but visited in the last 30': a count of the last units that ends its clause
    without a unit takes the unit of the window said before, in a note."""
    before = next((w for w in reversed(found) if w.amount is not None), None)
    j = i + (norms[i] in ("in", "within", "over", "during", "for"))
    j += j < len(norms) and norms[j] == "the"
    if before is None or j >= len(norms) - 1 or norms[j] not in LAST_WORDS:
        return None
    n = _number_at(tokens, j + 1)
    unit = norms[before.end_tok - 1]
    if n is None or not float(n).is_integer() or unit not in UNITS or \
            (j + 2 < len(norms) and norms[j + 2] not in CLAUSE_ENDS):
        return None
    sql_unit, mult = UNITS[unit]
    text = " ".join(t.text for t in tokens[i:j + 2])
    return Window(text, i, j + 2, amount=int(n * mult), unit=sql_unit,
                  note=f"'{text}' read as the last {_num(n)} {unit}, the unit said before")


def _year_lead(tokens: list[Token], norms: list[str], i: int) -> int | None:
    """Where the year said after a YEAR_LEADS phrase at i is ('the whole of 2025'), or None."""
    leads = _YEAR_LEADS_BY_FIRST.get(norms[i], ()) if i < len(norms) else ()
    # (the year after it first: most places say none, and need no tuple made of their words)
    return next((i + len(w) for w in leads if _year_at(tokens, i + len(w)) and tuple(norms[i:i + len(w)]) == w), None)


def _of_year(tokens: list[Token], norms: list[str], i: int, as_of: dt.date) -> bool:
    """'spenders of 2025', 'dépenses de 2025': a recent year after 'of' that counts nothing after it ('a sample of
    2000 customers', '2000 of them' are numbers)."""
    year = _year_at(tokens, i)
    after = norms[i + 1] if i + 1 < len(norms) else ""
    return year is not None and as_of.year - 10 <= year <= as_of.year and after != "of" and after not in CURRENCY \
        and (not after or after in FUNCTION_WORDS or after in CLAUSE_ENDS or after in AMONG_WORDS or not after[0].isalnum())


def _year_at(tokens: list[Token], i: int) -> int | None:
    if i < len(tokens) and tokens[i].number is not None and not tokens[i].suffix and 1990 <= tokens[i].number <= 2100 \
            and float(tokens[i].number).is_integer():
        return int(tokens[i].number)
    return None


def _previous_calendar(unit: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar year (quarter) before the one as_of is in: [its first day, the next period's first day)."""
    months = 12 if unit == "year" else 3
    this = dt.date(as_of.year, 1 if months == 12 else (as_of.month - 1) // 3 * 3 + 1, 1)
    return _shift_months(this, -months), this


def _calendar_name(unit: str, start: dt.date) -> str:
    return str(start.year) if unit == "year" else f"Q{(start.month - 1) // 3 + 1} {start.year}"


def _calendar_example(unit: str, as_of: dt.date) -> str:
    previous = {"year": str(as_of.year - 1), "month": _shift_months(as_of, -1).strftime("%B %Y"),
                "quarter": _calendar_name("quarter", _shift_months(as_of, -3)),
                "half-year": f"H{(_shift_months(as_of, -6).month - 1) // 6 + 1} {_shift_months(as_of, -6).year}"}
    unit = unit.rstrip("s")
    if unit in previous:
        return f"'in {previous[unit]}'"
    # the calendar week before this one, Monday to Sunday ('since Monday' was this week's)
    monday = as_of - dt.timedelta(days=as_of.weekday() + 7)
    sunday = monday + dt.timedelta(days=6)
    first = f"{monday.day}" if monday.month == sunday.month else f"{monday.day} {monday.strftime('%B')}"
    return f"'from {first} to {sunday.day} {sunday.strftime('%B')}'"


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _ago(tokens, norms, i, as_of) -> Window | None:
    """'200 days ago', 'more than 90 days ago', 'between 3 and 9 months ago', '3 to 9 months ago': dates counted back
    from as_of."""
    # a bound of a date ('until', 'no later than') before a comparison ('more than'): the first said, longest first
    op, k = next(((o, i + len(words)) for table in (_AGO_BOUNDS_BY_FIRST, _COMPARISONS_BY_FIRST)
                  for words, o in (table.get(norms[i], ()) if i < len(norms) else ()) if _match(norms, i, words)),
                 (None, i))
    between = k < len(norms) and norms[k] == "between"     # or without it: '3 to 6 months ago', '3-6 months ago'
    if between or op is None:
        lo, m = _number_at(tokens, k + between), k + between + 1
        if lo is not None and m < len(norms) and norms[m] in (("and", "to", "-") if between else ("to", "-")):
            hi = _number_at(tokens, m + 1)
            if hi is not None and m + 3 < len(norms) and norms[m + 2] in UNITS and norms[m + 3] in AGO:
                unit, mult = UNITS[norms[m + 2]]
                # months: half-open, from hi ago up to (not including) lo ago; days count whole days, so the day
                # lo days ago is in ('between 30 and 60 days ago': 30 to 60 days between that day and as_of)
                days = unit == "DAY" and mult == 1      # weeks stay half-open, like months
                end = _back(as_of, lo * mult, unit) + (dt.timedelta(days=1) if days else dt.timedelta(0))
                return Window(" ".join(t.text for t in tokens[i:m + 4]), i, m + 4,
                              start=_back(as_of, hi * mult, unit), end=end)
    # 'a year ago', 'more than a month ago': one of the unit
    n = 1 if k < len(norms) and norms[k] in ("a", "an") else _number_at(tokens, k)
    if n is None or k + 2 >= len(norms) + 1 or k + 1 >= len(norms) or norms[k + 1] not in UNITS \
            or k + 2 >= len(norms) or norms[k + 2] not in AGO:
        return None
    unit, mult = UNITS[norms[k + 1]]
    point = _back(as_of, n * mult, unit)
    text = " ".join(t.text for t in tokens[i:k + 3])
    if op in ("until", "asked"):   # 'until 3 months ago': up to that day, that day in
        return Window(text, i, k + 3, end=point + dt.timedelta(days=1))
    if op == "before":             # 'before 3 months ago': before that day
        return Window(text, i, k + 3, end=point)
    if op in (">", ">="):          # more than 90 days ago: before that day
        return Window(text, i, k + 3, end=point + dt.timedelta(days=1) if op == ">=" else point)
    if op in ("<", "<="):          # less than 90 days ago: since that day
        return Window(text, i, k + 3, start=point)
    return Window(text, i, k + 3, start=point, end=point + dt.timedelta(days=1), note=f"'{text}' read as that one day")


def _held(tokens, norms, i, j) -> Window | None:
    """'(registered) for more than 7 years', 'for less than a year', 'for 3 years': how long something has held.
    A behaviour reads it as the last N units ('no purchase for more than 6 months'); a date of the profile as
    that date N units back or more (`held_since`)."""
    op, k = "=", j
    for words, o in _COMPARISONS_BY_FIRST.get(norms[j], ()):
        if _match(norms, j, words):
            op, k = o, j + len(words)
            break
    n = 1 if k < len(norms) and norms[k] in ("a", "an") else _number_at(tokens, k)
    if n is None or k + 1 >= len(norms) or norms[k + 1] not in UNITS or _year_at(tokens, k) is not None:
        return None
    sql_unit, mult = UNITS[norms[k + 1]]
    return Window(" ".join(t.text for t in tokens[i:k + 2]), i, k + 2, amount=int(n * mult), unit=sql_unit, held=op)


def held_since(w: Window, as_of: dt.date) -> Window:
    """The dates of a state held for a time ('inscrits depuis plus de 7 ans'): for more than N units, it began
    before N units back; for less than N, within the last N. 'For 7 years' (no comparison) reads as at least 7,
    said in a note."""
    if w.held not in (">", ">=", "="):
        return w
    point = _back(as_of, w.amount, w.unit)
    held = Window(w.text, w.start_tok, w.end_tok, end=point if w.held == ">" else point + dt.timedelta(days=1))
    if w.held == "=":
        held.note = NOTES["held_for"].format(text=w.text, period=held.describe())
    return held


def _back(as_of: dt.date, amount: float, unit: str) -> dt.date:
    return as_of - dt.timedelta(days=int(amount)) if unit == "DAY" else _shift_months(as_of, -int(amount))


def _day_span(tokens, norms, i, as_of: dt.date) -> Window | None:
    """Days of one month, the month said once: 'from 26 to 31 December 2025', '26-31 December', 'December 26 to 31,
    2025', 'between 26 and 31 December', French 'du 26 au 31 décembre', 'entre le 26 et le 31 décembre': those days,
    both included (the month, and a year, said after the last day or before the first; the latest such days without
    a year). 'and' without 'between' joins two days in a row only ('5 and 6 September', 'les 5 et 6 septembre'):
    days apart ('5 and 8 September') are two periods, left to be asked. The first day was read as a count ('at least
    26 times') and the period as the last day alone, with no word of it."""
    lead = norms[i] if norms[i] in ("from", "between") else None
    j = i + (lead is not None)
    j += j < len(norms) and norms[j] == "the"
    month_first = j < len(norms) and norms[j] in MONTHS
    first = j + month_first
    if first + 2 >= len(norms) or not _a_day(tokens, first) or not _a_day(tokens, first + 2):
        return None
    link = norms[first + 1]
    if not (link == "and" and lead != "from" or link in RANGE_WORDS and lead != "between"):
        return None
    d1, d2 = int(tokens[first].number), int(tokens[first + 2].number)
    if month_first:
        k = first + 3
        if k < len(norms) and (norms[k] in UNITS or norms[k] in COUNT_WORDS or norms[k] in MONTHS):
            return None                                   # 'March 3 to 5 times' counts
        comma = k + 1 < len(norms) and norms[k] == "," and _year_at(tokens, k + 1) is not None
        year = _year_at(tokens, k + comma)
        k += (comma + 1) if year is not None else 0
        try:
            last = dt.date(year or as_of.year, MONTHS[norms[j]], d2)
        except ValueError:
            return None
        if year is None and last > as_of:
            last = last.replace(year=last.year - 1)
    else:
        day = _day_at(tokens, norms, first + 2, as_of)
        if day is None:
            return None
        last, k = day[0][0], day[1]
    if not 1 <= d1 < d2 or link == "and" and lead is None and d2 != d1 + 1:
        return None
    return Window(" ".join(t.text for t in tokens[i:k]), i, k, start=last.replace(day=d1),
                  end=last + dt.timedelta(days=1))


def _a_day(tokens, i: int) -> bool:
    return day_of_month(tokens[i])


_DAY_NOUNS = ("day", "jour")     # a holiday's name that starts with its day ('le jour de Noël', 'le jour de l'an')
_DAY_OPENERS = frozenset({"on", "the", "day"})      # the words _the_day_of may start at


def _holiday_week(tokens, norms, i, as_of: dt.date) -> Window | None:
    """'during Black Friday week last year', 'the week of Thanksgiving', French 'la semaine du Black Friday': the
    week, Monday to Sunday, a holiday on a set weekday falls in (its latest one by as_of, or of the year said after
    the words)."""
    j = i + (norms[i] in ("during", "in", "over", "on", "for"))
    j += j < len(norms) and norms[j] == "the"
    if j < len(norms) and norms[j] == "week":       # ('la semaine du Black Friday' reads 'the week the black friday')
        found = holiday_at(norms, j + 1 + (j + 1 < len(norms) and norms[j + 1] == "of"))
        k = found[1] if found else None
    else:
        found = holiday_at(norms, j)
        k = found[1] + 1 if found and found[1] < len(norms) and norms[found[1]] == "week" else None
    if k is None or found[0][0] == "day":
        # (a holiday of a set date falls on any weekday: its week, the days before it or around it, is asked)
        return None
    year, k, _ = _holiday_year(tokens, norms, found[0], k, as_of)
    day = day_of(found[0], year)
    monday = day - dt.timedelta(days=day.weekday())
    return Window(" ".join(t.text for t in tokens[i:k]), i, k, start=monday, end=monday + dt.timedelta(days=7))


def _the_day_of(tokens, norms, i, as_of: dt.date) -> Window | None:
    """'on the day of Black Friday', 'le jour de la Fête de la musique' ('the day of the ...' once rewritten): the
    words say the day itself, so the holiday is that day, never a period around it (asked when said bare: 'à Noël')."""
    j = i + (norms[i] == "on")
    j += j < len(norms) and norms[j] == "the"
    if j == i and norms[j] != "day" or j >= len(norms):
        return None     # (said after a word: 'the day of', 'on the day of'; 'le jour de Noël' is one name)
    if norms[j:j + 2] == ["day", "of"]:
        j += 2 + (j + 2 < len(norms) and norms[j + 2] == "the")
    elif not (norms[j] in _DAY_NOUNS and (named := holiday_at(norms, j)) and named[1] > j + 1):
        return None
    found = _holiday(tokens, norms, j, as_of)
    if found is None:
        return None
    (start, end), k = found
    return Window(" ".join(t.text for t in tokens[i:k]), i, k, start=start, end=end)


def _before_a_holiday(tokens, norms, i, as_of: dt.date) -> Window | None:
    """'the 3 months before Christmas', 'les 2 semaines avant Noël': that length, ending the day before the holiday
    (its latest one by as_of, or of the year said after it)."""
    k = i + 1 if norms[i] in ("in", "during", "over", "within", "for") else i
    if not (k + 4 < len(norms) and norms[k] == "the" and norms[k + 2] in UNITS and norms[k + 3] == "before"
            and _number_at(tokens, k + 1) is not None):
        return None
    day = _holiday(tokens, norms, k + 4 + (norms[k + 4] == "the"), as_of)
    if day is None:
        return None
    unit, mult = UNITS[norms[k + 2]]
    end = day[0][0]
    return Window(" ".join(t.text for t in tokens[i:day[1]]).strip(), i, day[1],
                  start=_back(end, int(_number_at(tokens, k + 1) * mult), unit), end=end)


def _anaphora_at(tokens, norms, i) -> Window | None:
    if _match(norms, i, ("since", "then")):
        return Window(" ".join(t.text for t in tokens[i:i + 2]), i, i + 2, anaphora="after")
    if norms[i] in SINCE_THEN and (i + 1 == len(norms) or norms[i + 1] in CLAUSE_ENDS) \
            and tokens[i].text.lower() == norms[i]:    # said so: a rewritten 'mais plus depuis' has its own negation
        return Window(tokens[i].text, i, i + 1, anaphora="after")
    if norms[i] in SINCE_THEN and i + 1 < len(norms) and norms[i + 1] in SINCE_POINTERS:
        # 'since it', 'since that complaint': after the behaviour before, pointed at (and named again) to close a clause
        k = i + 2
        k += k < len(norms) and norms[k] not in CLAUSE_ENDS and norms[k].isalpha() and norms[k] not in MONTHS \
            and (k + 1 == len(norms) or norms[k + 1] in CLAUSE_ENDS)
        if k == len(norms) or norms[k] in CLAUSE_ENDS:
            return Window(" ".join(t.text for t in tokens[i:k]), i, k, anaphora="after")
    if (norms[i] in SINCE_THEN or norms[i] in AFTER_WORDS) and i + 2 < len(norms) and norms[i + 1] in SINCE_SUBJECTS \
            and norms[i + 2].isalpha() \
            and norms[i + 2] not in MONTHS and (i + 3 == len(norms) or norms[i + 3] in CLAUSE_ENDS):
        # 'since they complained', 'after they unsubscribed': after the behaviour before, its verb said again to
        # close a clause
        return Window(" ".join(t.text for t in tokens[i:i + 3]), i, i + 3, anaphora="after")
    k = i + 1 if norms[i] in ("in", "during", "over", "within", "for") else i
    if k + 3 < len(norms) and norms[k] == "the" and norms[k + 2] in UNITS and norms[k + 3] in PRECEDING_WORDS \
            and _number_at(tokens, k + 1) is not None:
        # 'the 6 months before (that)': that length, right before the period named with it (placed by its reader)
        unit, mult = UNITS[norms[k + 2]]
        end = k + 4 + (k + 4 < len(norms) and norms[k + 4] in BEFORE_POINTERS)
        text = " ".join(t.text for t in tokens[i:end])
        amount = int(_number_at(tokens, k + 1) * mult)
        return Window(text, i, end, amount=amount, unit=unit, anaphora="before",
                      note=NOTES["length_before"].format(text=text, n=amount, units=f"{unit.lower()}s"))
    lead = i + 1 if norms[i] in ("in", "during", "over", "within", "for", "across", "at", "on") else i
    same = _phrase_end(norms, lead, _SAME_WINDOW_BY_FIRST) if lead < len(norms) else None
    if same is not None:     # 'over the same 30 days', 'sur ce même mois': the length said again
        unit = same + (_number_at(tokens, same) is not None)
        # 'the same day' (or week) alone says two events share one, which is asked (lang_en.VAGUE_WORDS)
        if unit < len(norms) and norms[unit] in UNITS and (unit > same or UNITS[norms[unit]][0] == "MONTH"):
            return _same_window(tokens, norms, i, unit + 1)
    for phrase in _ANAPHORA_BY_FIRST.get(norms[lead], ()) if lead < len(norms) else ():
        if _match(norms, lead, phrase):
            return _same_window(tokens, norms, i, lead + len(phrase))
    return None


def placed_before(this: Window, other: Window, as_of: dt.date) -> Window:
    """`other` ('the 6 months before', 'the previous 6 months') as the period right before `this` (which has a
    beginning): its own length, else this one's."""
    start = this.start or _back(as_of, this.amount, this.unit)
    if other.amount is not None:
        amount, unit = other.amount, other.unit
    elif this.end is not None and this.start.day == this.end.day == 1:
        amount, unit = (this.end.year - this.start.year) * 12 + this.end.month - this.start.month, "MONTH"
    else:
        amount, unit = ((this.end or as_of + dt.timedelta(days=1)) - this.start).days, "DAY"
    return Window(other.text, other.start_tok, other.end_tok, start=_back(start, amount, unit), end=start)


def _same_window(tokens, norms, i: int, end: int) -> Window:
    """'the same period', and the year it is taken in when one is said after it ('the same period last year': a
    year back, anaphora 'same -1'; 'the same stretch of 2025': 'same =2025'), placed by resolve_anaphora."""
    back = _phrase_end(norms, end, _YEAR_BACK_BY_FIRST)
    if back is not None:
        return Window(" ".join(t.text for t in tokens[i:back]), i, back, anaphora="same -1")
    year = _number_at(tokens, end + 1) if end + 1 < len(norms) and norms[end] in YEAR_OF_LINKS else None
    if year is not None and year == int(year) and 1900 < year < 2200 and norms[end + 1].isdigit():
        return Window(" ".join(t.text for t in tokens[i:end + 2]), i, end + 2, anaphora=f"same ={int(year)}")
    return Window(" ".join(t.text for t in tokens[i:end]), i, end, anaphora="same")


def _years_earlier(w: Window, said: str, as_of: dt.date) -> Window:
    """The window `w` in another year: `said` '-1' a year back, '=2025' in 2025 (counted from where w starts)."""
    closed = as_of + dt.timedelta(days=1)       # a window runs to as_of at most: its other year runs as far
    start = w.start or _back(as_of, w.amount, w.unit)     # as Window.condition counts 'the last N' back
    end = min(w.end or closed, closed) if w.start else closed
    years = int(said[1:]) - start.year if said.startswith("=") else int(said)
    return Window("", 0, 0, start=_same_day_of(start, start.year + years), end=_same_day_of(end, end.year + years))


def _same_day_of(day: dt.date, year: int) -> dt.date:
    """The day in another year (29 February in a year without one: the 28th)."""
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def resolve_anaphora(windows: list[Window], as_of: dt.date) -> list[Window]:
    """Each 'same period' takes the window named before it (in the year said after it, if one is: 'the same period
    last year'); one with nothing before stays unresolved (dropped)."""
    out, before = [], None
    for w in windows:
        if w.anaphora == "before":      # a length before the other period of a comparison: its reader places it
            out.append(w)
        elif not w.anaphora:
            out.append(w)
            before = w
        elif before is not None and w.anaphora == "same":
            out.append(Window(w.text, w.start_tok, w.end_tok, amount=before.amount, unit=before.unit,
                              start=before.start, end=before.end))
        elif before is not None and w.anaphora.startswith("same "):
            moved = _years_earlier(before, w.anaphora.split(" ")[1], as_of)
            out.append(Window(w.text, w.start_tok, w.end_tok, start=moved.start, end=moved.end))
        elif before is not None and before.end is not None:
            out.append(Window(w.text, w.start_tok, w.end_tok, start=before.end))
    return out


_LAST_OF_A_YEAR = {"quarter": 3, "month": 1, "half": 6, "half-year": 6}     # months in each


def _window_at(tokens, norms, i, as_of) -> Window | None:  # noqa: C901 - one table of phrasings
    found = _ago(tokens, norms, i, as_of) or _before_a_holiday(tokens, norms, i, as_of) or _anaphora_at(tokens, norms, i) \
        or _holiday_week(tokens, norms, i, as_of) \
        or _the_day_of(tokens, norms, i, as_of) or _day_span(tokens, norms, i, as_of) \
        or _calendar_span_at(tokens, norms, i, as_of)
    if found:
        return found
    j = i
    lead = norms[j] if j < len(norms) else ""
    if lead in ("in", "within", "during", "over", "for", "from", "of"):
        j += 1
        if j < len(norms) and norms[j] == "the":
            j += 1
    if j < len(norms) and norms[j] in LAST_WORDS:
        k = j + 1
        if k < len(norms) and norms[k] in SEASONS:                # 'last winter': the latest one that ended
            start, end = _season(norms[k], as_of, completed=True)
            return Window(" ".join(t.text for t in tokens[i:k + 1]), i, k + 1, start=start, end=end)
        if k < len(norms) and norms[k] in WEEKDAY_NAMES and norms[j] == "last":
            # 'last Sunday', 'dimanche dernier': the latest one before today (said on a Sunday, the one a week back)
            back = (as_of.isoweekday() - WEEKDAY_NAMES.index(norms[k]) - 1) % 7 or 7
            day = as_of - dt.timedelta(days=back)
            return Window(" ".join(t.text for t in tokens[i:k + 1]), i, k + 1, start=day, end=day + dt.timedelta(days=1))
        if k < len(norms) and norms[k] in MONTHS and norms[j] == "last" and _year_at(tokens, k + 1) is None:
            month = MONTHS[norms[k]]         # 'last February', 'en février dernier': the latest one that ended
            start, end = _month_range(as_of.year - (month >= as_of.month), month)
            return Window(" ".join(t.text for t in tokens[i:k + 1]), i, k + 1, start=start, end=end)
        n = _number_at(tokens, k)
        if n is not None and k + 1 < len(norms) and norms[k + 1] in UNITS:
            sql_unit, mult = UNITS[norms[k + 1]]
            return Window(" ".join(t.text for t in tokens[i:k + 2]), i, k + 2, amount=int(n * mult), unit=sql_unit)
        of = k + 1 + (k + 1 < len(norms) and norms[k + 1] == "of")
        if norms[j] == "last" and k < len(norms) and norms[k] in _LAST_OF_A_YEAR and (year := _year_at(tokens, of)):
            # 'the last quarter of 2002', 'au dernier trimestre 2002': that year's last one (read as the quarter
            # before this one, the year was left unread)
            months = _LAST_OF_A_YEAR[norms[k]]
            start = dt.date(int(year), 13 - months, 1)
            return Window(" ".join(t.text for t in tokens[i:of + 1]), i, of + 1, start=start,
                          end=dt.date(int(year) + 1, 1, 1))
        if k < len(norms) and norms[k] in CALENDAR_LAST and norms[j] == "last" \
                and ("the" not in norms[i:j] or norms[k] in CALENDAR_LAST_AFTER_THE):
            # 'last year', 'bought last quarter', 'l'an dernier': the calendar period before this one, as marketers
            # and their BI tools count them (read as the last 12 months, every brief that meant 2025 got another
            # audience, flagged); 'in the last year' rolls. A note names the other reading.
            text = " ".join(t.text for t in tokens[i:k + 1])
            start, end = _previous_calendar(norms[k], as_of)
            return Window(text, i, k + 1, start=start, end=end, note=NOTES["calendar_last"].format(
                text=text, period=_calendar_name(norms[k], start), n=CALENDAR_LAST[norms[k]][0],
                units=CALENDAR_LAST[norms[k]][1]))
        if k < len(norms) and norms[k] in UNITS:
            sql_unit, mult = UNITS[norms[k]]
            text = " ".join(t.text for t in tokens[i:k + 1])
            # 'last year' alone may mean the calendar year: say which reading was taken
            spans_days = norms[k] in ("day", "days", "fortnight", "fortnights")       # no calendar one to mean
            note = "" if "the" in norms[i:j] or norms[j] != "last" or spans_days else \
                f"'{text}' read as {'the last ' + str(mult) + ' months' if sql_unit == 'MONTH' else f'the last {mult} days'} " \
                f"(for the calendar {norms[k]}, name it: {_calendar_example(norms[k], as_of)})"
            # 'in recent weeks', 'over the past months': how many is not said, so it is asked
            vague = norms[k] in ("days", "weeks", "months", "years", "quarters") and tokens[k].text.lower() == norms[k]
            # (said so in the request: another language's rewritten 'le mois dernier' keeps its own count)
            return Window(text, i, k + 1, amount=mult, unit=sql_unit, note="" if vague else note, vague=vague)
    if j < len(norms) and norms[j] in NEXT_WORDS and (ahead := _ahead(tokens, norms, i, j, as_of)):
        return ahead
    if lead == "for" and j == i + 1 and j < len(norms) and (held := _held(tokens, norms, i, j)):
        return held
    if lead in ("in", "for", "within") and j == i + 1 and j < len(norms):
        n = _number_at(tokens, j) if norms[j] not in ("a", "an") else 1
        if n is not None and j + 1 < len(norms) and norms[j + 1] in UNITS and _year_at(tokens, j) is None:
            sql_unit, mult = UNITS[norms[j + 1]]
            return Window(" ".join(t.text for t in tokens[i:j + 2]), i, j + 2, amount=int(n * mult), unit=sql_unit)
    k = i + 1 if lead in ("in", "during", "for", "of") else i
    s = i + 1 if lead in ("in", "during", "for", "of", "over", "throughout") else i
    of = s + 2 < len(norms) and norms[s + 2] == "of"
    year = _year_at(tokens, s + 2 + of) if s + 1 < len(norms) and norms[s] == "the" else None
    # (with no preposition, only closing its clause: 'the summer 2024 newsletter' names a newsletter, asked)
    closing = s + 3 + of >= len(norms) or norms[s + 3 + of] in CLAUSE_ENDS
    if s + 1 < len(norms) and norms[s] in ("this", "the") and norms[s + 1] in SEASONS \
            and (norms[s] == "this" or s > i or year and closing):   # 'this summer', 'over the summer': the latest one
        # ... and 'the summer (of) 2025' (French 'pendant l'été 2025', 'l'été 2025'): that year's (its year was left
        # unread while the latest summer was taken)
        start, end = _season(norms[s + 1], as_of, completed=False, year=year)
        end_tok = s + 2 + (year is not None) * (1 + of)
        end_tok = _season_years_end(tokens, norms[s + 1], year, end_tok) if year is not None else end_tok
        return Window(" ".join(t.text for t in tokens[i:end_tok]), i, end_tok, start=start, end=end)
    if k < len(norms) and norms[k] in TO_DATE:      # 'year to date', 'YTD': this year so far
        return Window(" ".join(t.text for t in tokens[i:k + 1]), i, k + 1, start=_start_of(TO_DATE[norms[k]], as_of))
    if k < len(norms) and norms[k] == "this" and k + 1 < len(norms) and norms[k + 1] in ("week", "month", "year", "quarter"):
        start = _start_of(norms[k + 1], as_of)
        return Window(" ".join(t.text for t in tokens[i:k + 2]), i, k + 2, start=start)
    if norms[i] == "today":
        return Window("today", i, i + 1, start=as_of)
    if _match(norms, i, ("the", "day", "before", "yesterday")) or _match(norms, i, ("day", "before", "yesterday")):
        # 'the day before yesterday', French 'avant-hier': that one day ('yesterday' alone took the wrong day)
        k = i + 3 + (norms[i] == "the")
        day = as_of - dt.timedelta(days=2)
        return Window(" ".join(t.text for t in tokens[i:k] if t.text), i, k, start=day, end=day + dt.timedelta(days=1))
    if norms[i] == "yesterday":
        return Window("yesterday", i, i + 1, start=as_of - dt.timedelta(days=1), end=as_of)
    weekend = next((p for p in _LAST_WEEKEND.get(norms[i], ()) if _match(norms, i, p)), None)
    if weekend is not None:     # 'last weekend': its Saturday and Sunday, the latest Sunday before today's date
        sunday = as_of - dt.timedelta(days=(as_of.weekday() + 1) % 7 or 7)
        k = i + len(weekend)
        return Window(" ".join(t.text for t in tokens[i:k] if t.text), i, k, start=sunday - dt.timedelta(days=1),
                      end=sunday + dt.timedelta(days=1))
    if norms[i] in ("recently", "lately"):
        return Window(tokens[i].text, i, i + 1, amount=30, unit="DAY", vague=True)
    if norms[i] == "from":       # 'from December 2025 to February 2026'
        period, end = _period_at(tokens, norms, _bound(norms, i + 1, PERIOD_STARTS), as_of, days=True)
        if period and any(n in RANGE_WORDS for n in norms[i + 1:end]):
            return Window(" ".join(t.text for t in tokens[i:end]), i, end, start=period[0], end=period[1])
    if norms[i] == "after":      # 'after 2024', 'after March': once that period is over, not from its start
        period, end = _period_at(tokens, norms, i + 1, as_of, days=True)
        if period:
            return Window(" ".join(t.text for t in tokens[i:end]), i, end, start=period[1])
    if norms[i] == "since" and (start := _period_start(tokens, norms, i, as_of)):
        return start
    if norms[i] in ("since", "after", "from"):
        # 'since the summer', 'depuis l'été': the season's name after its article
        # ('after the summer' is once it is over: read above for a period said without its article, asked here)
        k = i + 1 + (norms[i] != "after" and i + 2 < len(norms) and norms[i + 1] == "the" and norms[i + 2] in SEASONS)
        d, end = _date_at(tokens, norms, _past_the(tokens, norms, k, as_of), as_of)
        if d:
            text = " ".join(t.text for t in tokens[i:end])
            # 'a returned order from August', 'orders from 2025': 'from' and a whole period with no end said may be
            # that period as well as since its start (read as since, silently, 2026 came with 2025): said so
            period, _ = _period_at(tokens, norms, k, as_of, days=True) if norms[i] == "from" else (None, 0)
            note = NOTES["from_period"].format(text=text, start=d.isoformat()) \
                if period and period[1] - period[0] > dt.timedelta(days=1) else ""
            return Window(text, i, end, start=d, note=note)
    if norms[i] == "before":
        d, end = _date_at(tokens, norms, _past_the(tokens, norms, i + 1, as_of), as_of)
        if d:
            return Window(" ".join(t.text for t in tokens[i:end]), i, end, end=d)
    if norms[i] == "between":
        d1, m1 = _period_at(tokens, norms, _bound(norms, i + 1, PERIOD_STARTS), as_of, days=True)
        if d1 and m1 < len(norms) and norms[m1] in ("and", "to"):
            d2, m2 = _period_at(tokens, norms, _bound(norms, m1 + 1, PERIOD_ENDS), as_of, days=True)
            if d2:
                start, end = d1[0], d2[1]
                if start >= end:  # "between November and February" crosses a year end
                    start = _in_year(norms, i + 1, start, start.year - 1)
                # a range of no year said that lies after today is last year's ('between November and December');
                # one whose years are said is theirs ('between December 2026 and March 2027', a departure ahead)
                if start > as_of and not any(_year_at(tokens, k) is not None for k in range(i + 1, m2)):
                    start, end = _in_year(norms, i + 1, start, start.year - 1), \
                        _in_year(norms, m1 + 1, d2[0], d2[0].year - 1) + (end - d2[0]) if holiday_at(norms, m1 + 1) \
                        else end.replace(year=end.year - 1)
                return Window(" ".join(t.text for t in tokens[i:m2]), i, m2, start=start, end=end)
    k = i + 1 if lead in ("in", "during") else i
    if lead == "of" and _of_year(tokens, norms, i + 1, as_of):
        # 'the top spenders of 2025', 'les acheteurs de 2025': a recent year after 'of' is that year (a basket 'of
        # 2000' is no recent year); it was read as an amount of at least 2025
        year = _year_at(tokens, i + 1)
        return Window(" ".join(t.text for t in tokens[i:i + 2]), i, i + 2, start=dt.date(year, 1, 1),
                      end=dt.date(year + 1, 1, 1))
    if _of_year(tokens, norms, i, as_of) and any(i >= len(w) and tuple(norms[i - len(w):i]) == w for w in YEAR_AFTER_COMPARED):
        year = _year_at(tokens, i)       # 'compared with 2024': the other side's year
        return Window(tokens[i].text, i, i + 1, start=dt.date(year, 1, 1), end=dt.date(year + 1, 1, 1))
    if k >= len(norms) or k == i and norms[k] not in _BARE_PERIOD_FIRSTS and tokens[k].number is None \
            and tokens[k].suffix != "th":
        return None         # (said with no preposition, a period starts only at these words, or a number)
    # (_calendar_span_at above found no calendar span where it looked: not looked for there again)
    period, end = _period_at(tokens, norms, k, as_of, spanless=i + (norms[i] in _SPAN_LEADS))
    # a bare year needs its preposition: "more than 2000 euros" is not a date; 'all of 2025' says it is one
    # 'summer shoppers': a season said bare, as the people's adjective ('summer' alone may be a collection's name)
    said_of_people = norms[k] in SEASONS and end < len(norms) and norms[end] in PEOPLE_NOUNS
    if period and (k > i or _year_lead(tokens, norms, k) is not None or norms[k] in MONTHS or norms[k] in PERIOD_LETTERS or norms[k] in ORDINALS
                   or tokens[k].suffix == "th" or _day_at(tokens, norms, k, as_of) is not None or said_of_people
                   or _holiday_at(tokens, norms, k, as_of) is not None):
        if norms[k] in MONTHS and k == i and norms[k] in ("march", "may") and not _said_as_month(tokens, norms, k):
            return None  # bare "may"/"march" are more likely verbs than months
        return Window(" ".join(t.text for t in tokens[i:end]), i, end, start=period[0], end=period[1])
    return None


def _said_as_month(tokens, norms, k: int) -> bool:
    """'May 12', 'Sat May 23', 'May 2026', 'bought May 3 times': a month that is also a verb is the month with its
    weekday before it or a number after it (a day, a year, or a count said of the month: the modal 'may' and the verb
    'march' never come before a number)."""
    return bool(tokens[k].weekday) or k + 1 < len(norms) and tokens[k + 1].number is not None


def _period_at(tokens, norms, i, as_of, days: bool = False,
               spanless: int = -1) -> tuple[tuple[dt.date, dt.date] | None, int]:
    """A calendar period at i: '2025', 'March 2025', 'March' (the latest one), 'Q3 2026', 'H1', and
    'March to May 2026' (a range of two periods). `days`: where a day is meant ('since', 'between'), a holiday's
    name is its day ('since Easter'). `spanless`: a place where no calendar span starts (looked for already)."""
    period, end = _single_period(tokens, norms, i, as_of, days, spanless == i)
    if period and end + 1 < len(norms) and norms[end] in RANGE_WORDS:
        second, end2 = _single_period(tokens, norms, _bound(norms, end + 1, PERIOD_ENDS), as_of, days)
        if second:
            start = period[0]
            if start >= second[1]:  # 'November to February' crosses a year end
                start = _in_year(norms, i, start, start.year - 1)
            if _year_at(tokens, end - 1) is None and _year_at(tokens, end2 - 1) is not None and start.year != second[0].year \
                    and start.month <= second[0].month:
                start = _in_year(norms, i, start, second[0].year)   # 'June to August 2026': the year is said once
            return (start, second[1]), end2
    if period and end + 1 < len(norms) and (norms[end] in EITHER_WORDS or norms[end] == ",") and norms[i] in MONTHS \
            and norms[end + 1] in MONTHS:
        return _either_month(tokens, norms, i, end, period, as_of)
    return period, end


def _either_month(tokens, norms, i, end, period, as_of) -> tuple[tuple[dt.date, dt.date], int]:
    """'in May or June 2025', 'en mai ou juin de l'an dernier', 'in June, July or August 2025': months in a row, the
    last said with 'or' (either one), are the months together; the year said after the last is the others' too.
    Months apart ('May or August') stay the first alone (the second is asked about); a list with no 'or' ('June, July
    and August') is not one either (the list was read as June alone and the rest as a second period, both required,
    silently)."""
    said = [(period, i, end)]
    k, either = end, False
    while not either and k + 1 < len(norms) and (norms[k] in EITHER_WORDS or norms[k] == ","):
        either = norms[k] in EITHER_WORDS
        if norms[k] == "," and k + 2 < len(norms) and norms[k + 1] in EITHER_WORDS:    # 'June, July, or August'
            k, either = k + 1, True
        if norms[k + 1] not in MONTHS:
            break
        month, k2 = _single_period(tokens, norms, k + 1, as_of)
        if month is None:
            break
        said.append((month, k + 1, k2))
        k = k2
    if not either:
        return period, end
    last = said[-1]
    starts = [p[0] if last[2] <= last[1] + 1 or e > s + 1 else p[0].replace(year=last[0][0].year)
              for p, s, e in said[:-1]] + [last[0][0]]     # the year said once, after the last month
    if any(_shift_months(a, 1) != b for a, b in zip(starts, starts[1:])):
        return period, end
    return (starts[0], last[0][1]), last[2]


def _part_of_year(tokens, norms, i, as_of) -> tuple[tuple[dt.date, dt.date] | None, int]:
    """'Q3 2026', 'H1', 'the second quarter of 2025', 'first half': the latest one begun by as_of when no year."""
    size, n, k = None, None, i
    if norms[i] in PERIOD_LETTERS and i + 1 < len(tokens) and tokens[i + 1].number is not None \
            and tokens[i].end == tokens[i + 1].start:
        size, n, k = PERIOD_LETTERS[norms[i]], int(tokens[i + 1].number), i + 2
    elif (norms[i] in ORDINALS or tokens[i].suffix == "th") and i + 1 < len(norms) and norms[i + 1] in PERIOD_WORDS:
        n = ORDINALS[norms[i]] if norms[i] in ORDINALS else int(tokens[i].number)   # 'second' or '2nd'
        size, k = PERIOD_WORDS[norms[i + 1]], i + 2
    if size is None or not 1 <= n <= 12 // size:
        return None, i
    year, k = _year_after(tokens, norms, k, as_of)     # 'the first half of last year', 'of 2025'
    if year is None and _match(norms, k, ("of", "the", "year")):    # 'the first half of the year': as said with no year
        k += 3
    elif year is None and k < len(norms) and norms[k] == "of":     # 'the first half of the month': no year (asked)
        return None, i
    first_month = (n - 1) * size + 1
    if year is None:
        year = as_of.year if dt.date(as_of.year, first_month, 1) <= as_of else as_of.year - 1
    start = dt.date(year, first_month, 1)
    return (start, _shift_months(start, size)), k


def _year_after(tokens, norms, k: int, as_of: dt.date) -> tuple[int | None, int]:
    """The year said after a part of it at k ('of 2025', '2025', 'of last year', 'this year', French 'de l'année
    dernière': 'of the last year') and where it ends; (None, k) when none is said."""
    if k < len(norms) and norms[k] == "of" and _year_at(tokens, k + 1):
        return _year_at(tokens, k + 1), k + 2
    if _year_at(tokens, k):
        return _year_at(tokens, k), k + 1
    if said := _year_said(norms, k, as_of):
        return said
    if _match(norms, k, ("of", "the")) and k + 3 < len(norms) and norms[k + 2] in ("last", "previous") \
            and norms[k + 3] == "year":
        return as_of.year - 1, k + 4
    return None, k


# -- spans the calendar names: ISO weeks, halves of a month, long weekends (offline/calendar_spans.py) ----------



def _calendar_span_at(tokens, norms, i, as_of: dt.date) -> Window | None:
    """'during ISO week 37', 'in the first half of September', 'over the Easter weekend', 'W37' said bare: that span,
    with the word before it that says a period. A long weekend says its days in a note (customs differ)."""
    k = i + (norms[i] in _SPAN_LEADS)
    found = _calendar_span(tokens, norms, k, as_of) if k < len(norms) else None
    if found is None:
        return None
    (start, end), stop, long = found
    text = " ".join(t.text for t in tokens[i:stop])
    note = NOTES["named_days"].format(text=" ".join(text.split()), first=start, last=end - dt.timedelta(days=1)) \
        if long else ""
    return Window(text, i, stop, start=start, end=end, note=note)


def _calendar_span(tokens, norms, i, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int, bool] | None:
    """The span named at i ('the' before it), where its words end, and whether it is a long weekend."""
    k = i + (norms[i] == "the")
    if k >= len(norms):
        return None
    return _week_at(tokens, norms, k, as_of) or _month_half_at(tokens, norms, k, as_of) \
        or _month_edge_at(tokens, norms, k, as_of) or _long_weekend_at(tokens, norms, k, as_of) \
        or _week_of_at(tokens, norms, k, as_of)


def _week_number(tokens, k: int) -> int | None:
    t = tokens[k] if k < len(tokens) else None
    if t is None or t.number is None or t.suffix or not float(t.number).is_integer() or not 1 <= t.number <= 53:
        return None
    return int(t.number)


def _week_at(tokens, norms, k, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int, bool] | None:
    """'week 37', 'ISO week 12 of 2025', 'W37', 'weeks 36-37' (French 'semaine 37', 'S37' rewritten): ISO weeks of
    the year said after them, else the latest begun. Never after a word of a rate ('twice a week 2 months ago') nor
    before what a count counts ('week 2 times')."""
    if norms[k] in WEEK_LETTERS and k + 1 < len(tokens) and tokens[k].end == tokens[k + 1].start:
        n_at = k + 1
    else:
        singular = _phrase_end(norms, k, _WEEK_NUMBERS_BY_FIRST)
        plural = _phrase_end([n[:-1] if n.endswith("weeks") else n for n in norms], k, _WEEK_NUMBERS_BY_FIRST) \
            if singular is None and norms[k].endswith("weeks") else None
        n_at = singular or plural
        if n_at is None or k > 0 and (norms[k - 1] in WEEK_RATE_WORDS or norms[k - 1] in NUMBER_WORDS
                                      or tokens[k - 1].number is not None):
            return None
    first = _week_number(tokens, n_at)
    if first is None:
        return None
    last, stop = first, n_at + 1
    if stop + 1 < len(norms) and (norms[stop] in RANGE_WORDS or norms[stop] == "and") and _week_number(tokens, stop + 1):
        last, stop = _week_number(tokens, stop + 1), stop + 2        # 'weeks 36 to 38', 'S36-S38' is two weeks said
    after = norms[stop] if stop < len(norms) else ""
    if last < first or after in UNITS or after in COUNT_WORDS or after in CURRENCY or after in PERCENT_WORDS:
        return None
    year, stop = _year_after(tokens, norms, stop, as_of)
    start = calendar_spans.iso_week(year, first) if year is not None else calendar_spans.latest_iso_week(first, as_of)
    end = calendar_spans.iso_week(start[0].isocalendar()[0], last) if start is not None else None
    return ((start[0], end[1]), stop, False) if start is not None and end is not None else None


def _month_half_at(tokens, norms, k, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int, bool] | None:
    """'the first half of September', 'the second fortnight of August 2025', 'the last fortnight of August' (French
    'la 1re quinzaine de septembre'): days 1 to 15 of that month, or the 16th to its end (the month read as alone:
    the latest one begun, or of the year said)."""
    t = tokens[k]
    half = ORDINALS.get(norms[k]) or (int(t.number) if t.suffix == "th" and t.number in (1, 2) else None) \
        or (2 if norms[k] == "last" else None)
    if half not in (1, 2) or not (k + 3 < len(norms) and norms[k + 1] in MONTH_HALF_WORDS and norms[k + 2] == "of"
                                  and norms[k + 3] in MONTHS):
        return None
    month, stop = _single_period(tokens, norms, k + 3, as_of)
    if month is None or month[0].day != 1 or (month[1] - month[0]).days < 28:
        return None
    return calendar_spans.month_half(month[0], half), stop, False


def _month_edge_at(tokens, norms, k, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int, bool] | None:
    """'the first two weeks of September', 'the last 3 days of August 2025', 'the last week of August': those days from
    the month's 1st, or up to its last (the month read as alone); weeks are 7 days, said in a note."""
    if norms[k] not in MONTH_EDGE_WORDS:
        return None
    n = _number_at(tokens, k + 1)
    j = k + 1 + (n is not None)
    if j + 2 >= len(norms) or norms[j] not in UNITS or UNITS[norms[j]][0] != "DAY" or norms[j + 1] != "of" \
            or norms[j + 2] not in MONTHS or n is not None and (not float(n).is_integer() or n < 1):
        return None
    month, stop = _single_period(tokens, norms, j + 2, as_of)
    days = int(n or 1) * UNITS[norms[j]][1]
    if month is None or month[0].day != 1 or days >= (month[1] - month[0]).days:
        return None
    span = (month[1] - dt.timedelta(days=days), month[1]) if MONTH_EDGE_WORDS[norms[k]] \
        else (month[0], month[0] + dt.timedelta(days=days))
    return span, stop, UNITS[norms[j]][1] > 1


def _week_of_at(tokens, norms, k, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int, bool] | None:
    """'the week of 7 September' (French 'la semaine du 7 septembre'): the ISO week that day is in, Monday to Sunday
    (said in a note). A holiday's week is no such span ('la semaine du Boxing Day' is the 26th to the 31st in Canada):
    asked as the holiday said as a period."""
    said = _phrase_end(norms, k, _WEEK_OF_BY_FIRST)
    if said is None or said + 1 >= len(norms) or norms[said] not in ("of", "the"):
        return None
    m = said + 1 + (norms[said] == "of" and norms[said + 1] == "the")
    day = _day_at(tokens, norms, m, as_of) if m < len(norms) else None
    if day is None:
        return None
    monday = day[0][0] - dt.timedelta(days=day[0][0].weekday())
    return (monday, monday + dt.timedelta(days=7)), day[1], True


def _long_weekend_at(tokens, norms, k, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int, bool] | None:
    """'the Easter weekend', 'Memorial Day weekend 2025', 'the long weekend of Ascension', 'the weekend of 12
    September' (French 'le week-end de Pâques', 'le pont de l'Ascension', 'le pont du 1er mai'): the long weekend of
    that holiday or day, its latest or of the year said (calendar_spans.long_weekend); a plain weekend of a day that
    is no holiday is its Saturday and Sunday. None where no weekend is settled (a Wednesday: asked)."""
    named = _holiday(tokens, norms, k, as_of)
    if named is not None:         # '<holiday> weekend'
        said = _phrase_end(norms, named[1], _LONG_WEEKENDS_BY_FIRST)
        if said is None:
            return None
        year, stop = _year_after(tokens, norms, said, as_of)
        day = day_of(holiday_at(norms, k)[0], year) if year is not None else named[0][0]
        span = calendar_spans.long_weekend(day, long_weekend_days(norms, k))
        return (span, stop, True) if span is not None else None
    # (only the phrases the word at k opens: it is tried at every word a period may start at)
    words = next((w for w in _LONG_WEEKENDS_BY_FIRST.get(norms[k], ()) if _match(norms, k, w)), None)
    m = k + len(words) if words else k
    if words is None or m >= len(norms) or norms[m] not in ("of", "the"):
        return None
    m += norms[m] == "of"
    m += m < len(norms) and norms[m] == "the"
    named = _holiday(tokens, norms, m, as_of) if m < len(norms) else None
    if named is not None:         # 'the weekend of Easter', 'le pont de l'Ascension'
        span = calendar_spans.long_weekend(named[0][0], long_weekend_days(norms, m))
        return (span, named[1], True) if span is not None else None
    day = _day_at(tokens, norms, m, as_of) if m < len(norms) else None
    if day is None:
        return None
    long = LONG_WEEKEND_WORDS[words]     # 'le pont du 1er mai': around it; 'the weekend of 12 September': its own
    span = calendar_spans.long_weekend(day[0][0]) if long else calendar_spans.weekend_of(day[0][0])
    return (span, day[1], long) if span is not None else None


def _season(name: str, as_of: dt.date, completed: bool, year: int | None = None) -> tuple[dt.date, dt.date]:
    """The latest season of that name begun (or, `completed`, ended) by as_of; with a year, the one starting then."""
    month, length = SEASONS[name]
    if year is not None:
        start = dt.date(year, month, 1)
        return start, _shift_months(start, length)
    start = dt.date(as_of.year, month, 1)
    while start > as_of or (completed and _shift_months(start, length) > as_of):
        start = dt.date(start.year - 1, month, 1)
    return start, _shift_months(start, length)


def _season_years_end(tokens, season: str, year: int, k: int) -> int:
    """'winter 2024-25', 'l'hiver 2024-2025', 'winter 2024/25': a season that runs into the next year, said with both
    years (the next one in full or by its last two digits), is the one starting in the first; the span ends after
    the second year. Any other number after the dash is no part of the season."""
    month, length = SEASONS[season]
    if month + length <= 13 or k + 1 >= len(tokens) or tokens[k].text not in ("-", "/") \
            or tokens[k + 1].number is None or tokens[k + 1].suffix or tokens[k].start != tokens[k - 1].end \
            or tokens[k + 1].start != tokens[k].end:
        return k
    second = tokens[k + 1].number
    return k + 2 if second in (year + 1, (year + 1) % 100) else k


def _single_period(tokens, norms, i, as_of, days: bool = False,
                   spanless: bool = False) -> tuple[tuple[dt.date, dt.date] | None, int]:
    """`spanless`: no calendar span starts at i (the caller looked)."""
    if i >= len(norms):
        return None, i
    named = None if spanless else _calendar_span(tokens, norms, i, as_of)       # 'since week 30', 'between W10 and W12'
    if named is not None:
        return named[0], named[1]
    if days and (holiday := _holiday(tokens, norms, i, as_of)):
        return holiday
    if norms[i] in SEASONS:        # 'summer 2026', 'in summer', 'the summer of last year'
        year = _year_at(tokens, i + 1)
        said = None if year else _year_said(norms, i + 1, as_of)
        if said:
            return _season(norms[i], as_of, completed=False, year=said[0]), said[1]
        return _season(norms[i], as_of, completed=False, year=year), _season_years_end(tokens, norms[i], year, i + 2) \
            if year else i + 1
    part = _part_of_year(tokens, norms, i, as_of)
    if part[0]:
        return part
    led = _year_lead(tokens, norms, i)
    if led is not None:      # 'the year 2025', 'all of 2025', 'the whole of 2025': that calendar year
        year = _year_at(tokens, led)
        return (dt.date(year, 1, 1), dt.date(year + 1, 1, 1)), led + 1
    year = _year_at(tokens, i)
    if year:
        return (dt.date(year, 1, 1), dt.date(year + 1, 1, 1)), i + 1
    day = _day_at(tokens, norms, i, as_of)
    if day is not None:
        return day
    day = _holiday_at(tokens, norms, i, as_of)
    if day is not None:
        return day
    if norms[i] in MONTHS:
        month = MONTHS[norms[i]]
        year = _year_at(tokens, i + 1)
        if year:
            return _month_range(year, month), i + 2
        said = _year_said(norms, i + 1, as_of)
        if said:        # 'in July last year', 'entre juillet et septembre l'an dernier': that calendar year's month
            return _month_range(said[0], month), said[1]
        return _month_range(_latest_year_for(month, as_of), month), i + 1
    return None, i


def _bound(norms: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Past 'the start of' before a range's first period, 'the end of' before its last ('between December 2025 and
    the end of March 2026'): a range starts and ends with its periods anyway, so the words say nothing more. Said
    alone ('since the end of March') they say a day nobody named: never skipped there."""
    return next((i + len(p) for p in phrases if tuple(norms[i:i + len(p)]) == p), i)


def _in_year(norms: list[str], at: int, day: dt.date, year: int) -> dt.date:
    """The day said at `at` in another year: a holiday's own day that year ('between Easter and Christmas last year':
    Easter of that year, never the date of this year's Easter)."""
    found = holiday_at(norms, at)
    return day_of(found[0], year) if found else day.replace(year=year)


def _holiday_year(tokens, norms, rule: tuple, k: int, as_of: dt.date) -> tuple[int, int, bool]:
    """The year of a holiday whose name (or its week's words) ends at k: the year said after it ('2025', 'last
    year'), else the latest one by as_of; where the words end, and whether a year was said."""
    year, said = _year_at(tokens, k), _year_said(norms, k, as_of)
    if year is not None:
        return year, k + 1, True
    if said is not None:
        return said[0], said[1], True
    return as_of.year - (day_of(rule, as_of.year) > as_of), k, False


def _holiday(tokens, norms, i, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int] | None:
    """The day of a holiday named at i: of the year said after it ('Christmas 2025', 'Noël dernier' reads 'last
    christmas' elsewhere, 'Christmas last year'), else the latest one by as_of."""
    found = holiday_at(norms, i)
    if found is None:
        return None
    rule, k = found
    year, k, said = _holiday_year(tokens, norms, rule, k, as_of)
    if not said:
        # French 'Noël dernier' ('christmas last'): the latest one, as said without it (never 'last' that opens a
        # period of its own: 'depuis Noël les 3 derniers mois')
        k += k < len(norms) and norms[k] == "last" and (
            k + 1 >= len(norms) or tokens[k + 1].number is None and norms[k + 1] not in UNITS)
    day = day_of(rule, year)
    return (day, day + dt.timedelta(days=1)), k


def _year_said(norms: list[str], i: int, as_of: dt.date) -> tuple[int, int] | None:
    """'last year', 'this year', 'of last year' after a month: the calendar year it names and where the words end
    (a month with no year is the latest one begun; with these it is that year's)."""
    k = i + (i < len(norms) and norms[i] == "of")
    k += k > i and k + 2 < len(norms) and norms[k] == "the" and norms[k + 1] in ("last", "previous")   # French 'de l'an
    if k + 1 < len(norms) and norms[k + 1] == "year" and (norms[k] in LAST_WORDS or norms[k] == "this"):   # dernier'
        return as_of.year - (norms[k] != "this"), k + 2
    return None


def _day_at(tokens, norms, i, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int] | None:
    """One day: '12 September', 'September 12th', 'le 12 septembre 2026' (the latest such day without a year). A
    number after a month that counts something ('in March 3 times') is no day."""
    if tokens[i].number is not None and i + 1 < len(norms) and norms[i + 1] in MONTHS:
        day, month, k = tokens[i].number, MONTHS[norms[i + 1]], i + 2
    elif norms[i] in MONTHS and i + 1 < len(tokens) and tokens[i + 1].number is not None \
            and tokens[i + 1].suffix in ("", "th"):
        day, month, k = tokens[i + 1].number, MONTHS[norms[i]], i + 2
    else:
        return None
    if not float(day).is_integer() or not 1 <= day <= 31 or tokens[i].suffix not in ("", "th") \
            or (k < len(norms) and norms[k] in COUNT_WORDS):
        return None
    # 'August 15, 2026': the year after a comma, said month first; 'December 24 last year': the year said so
    comma = norms[i] in MONTHS and k + 1 < len(norms) and norms[k] == "," and _year_at(tokens, k + 1) is not None
    year = _year_at(tokens, k + comma)
    said = _year_said(norms, k, as_of) if year is None else None
    if said is not None:
        year, k = said[0], said[1] - 1
    k += comma
    try:
        start = dt.date(year or as_of.year, month, int(day))
    except ValueError:                                       # '31 September'
        return None
    if year is None and start > as_of:
        start = start.replace(year=start.year - 1)
    # French 'le 24 décembre dernier', 'entre le 1er novembre et le 24 décembre derniers' ('december 24 last'): the
    # latest such day, as said without it (never 'last' that opens a period of its own: 'last 6 months')
    last = year is None and k < len(norms) and norms[k] == "last" and \
        (k + 1 >= len(norms) or tokens[k + 1].number is None and norms[k + 1] not in UNITS)
    return (start, start + dt.timedelta(days=1)), k + (1 if year else 0) + last


def _holiday_at(tokens, norms, i, as_of: dt.date) -> tuple[tuple[dt.date, dt.date], int] | None:
    """A day the calendar names (offline/holidays.py) after a word that says a date ('since Christmas', 'between Black
    Friday and ...'; 'the' between): that day of the year said after it, or the latest one by as_of; never a name's
    part ('on the Black Friday landing page', 'since the Black Friday email')."""
    lead = i - 1 - (i > 0 and norms[i - 1] == "the")
    if lead < 0 or not (norms[lead] in HOLIDAY_LEADS or norms[lead] == "and" and "between" in norms[max(lead - 6, 0):lead]):
        return None
    found = _holiday(tokens, norms, i, as_of)
    if found is None:
        return None
    k = found[1]
    if k < len(norms) and norms[k].isalnum() and norms[k] not in FUNCTION_WORDS and norms[k] not in CLAUSE_ENDS:
        return None
    return found


def _past_the(tokens, norms, k: int, as_of: dt.date) -> int:
    """'since the Black Friday', French 'depuis le Black Friday': past an article before a day the calendar names."""
    return k + 1 if k < len(norms) and norms[k] == "the" and _holiday_at(tokens, norms, k + 1, as_of) else k


def holidays_as_periods(tokens: list[Token], taken: set[int], timed: set[int]) -> list[tuple[int, int]]:
    """Where a holiday is named as a period, not a day ('bought at Christmas', 'Christmas shoppers', 'pour la fête du
    Travail'): its name, the word before it that says a period (lang_en.HOLIDAY_PERIOD_LEADS, 'the' between) and a
    year after it; `taken`: the tokens read already (a day, a catalog phrase: 'the Black Friday email'); `timed`: those
    of a period found, never the name's own, but its year's ('at Christmas last year' is no rolling 12 months)."""
    norms = [t.norm for t in tokens]
    out, i = [], 0
    while i < len(norms):
        found = holiday_at(norms, i) if norms[i] != "the" else None
        if found is None or (taken | timed) & set(range(i, found[1])):
            i += 1
            continue
        start, end = i - (i > 0 and norms[i - 1] == "the"), found[1]
        start -= start > 0 and (norms[start - 1] in LAST_WORDS or norms[start - 1] == "this")   # 'last Christmas'
        # a long weekend whose days are not settled ('the Canada Day long weekend', a Wednesday's): its words too
        start = next((start - 1 - len(w) - (start - len(w) > 1 and norms[start - len(w) - 2] == "the")
                      for w in LONG_WEEKEND_WORDS if start > len(w) and norms[start - 1] == "of"
                      and tuple(norms[start - 1 - len(w):start - 1]) == w), start)
        end = _phrase_end(norms, end, _LONG_WEEKENDS_BY_FIRST) or end
        start -= start > 0 and norms[start - 1] in HOLIDAY_PERIOD_LEADS and start - 1 not in taken | timed
        # a year after it ('Christmas 2025', 'Christmas last year', French 'Noël dernier': 'christmas last')
        said = _year_said(norms, end, dt.date.min)
        end = end + 1 if _year_at(tokens, end) is not None else said[1] if said else end + (
            end < len(norms) and norms[end] == "last")
        out.append((start, end))
        i = end
    return out


# the words before a part of a month that say a period or a date ('in early September', 'since the end of March')
_PART_LEADS = HOLIDAY_LEADS | HOLIDAY_PERIOD_LEADS | {"towards", "toward", "by"}


def month_parts(tokens: list[Token], timed: set[int]) -> list[tuple[int, int]]:
    """Where the start, middle or end of a named month is said as a period ('mid-September', 'in early September',
    'fin août'): the words, a word before that says a period and a year after; its days are not set (asked, never the
    whole month). `timed`: the tokens of a period found ('since the start of September' is a day), never the part's."""
    norms = [t.norm for t in tokens]
    out = []
    for i in range(len(norms)):
        said = None if i in timed else _phrase_end(norms, i, _MONTH_PARTS_BY_FIRST)
        if said is None or said >= len(norms) or norms[said] not in MONTHS or said - 1 in timed:
            continue
        end = said + 1 + (_year_at(tokens, said + 1) is not None)
        said_year = _year_said(norms, end, dt.date.min)
        end = said_year[1] if said_year else end
        start = i - (i > 0 and norms[i - 1] == "the" and norms[i] != "the")
        start -= start > 0 and norms[start - 1] in _PART_LEADS and start - 1 not in timed
        if not out or out[-1][1] <= start:
            out.append((start, end))
    return out


# The first words of the days the calendar names: a token that is none of them opens no day (a set, not the list
# of names walked at every token)
_HOLIDAY_FIRSTS = frozenset(key[0] for key in HOLIDAY_NAMES)


def named_day_tokens(tokens: list[Token], as_of: dt.date) -> set[int]:
    """The tokens of each day the calendar names said as a date ('since Black Friday', not 'the Black Friday email')."""
    norms = [t.norm for t in tokens]
    return {k for i, n in enumerate(norms) if n in _HOLIDAY_FIRSTS
            and (found := _holiday_at(tokens, norms, i, as_of)) is not None for k in range(i, found[1])} \
        | {k for i, n in enumerate(norms) if n in _DAY_OPENERS and (w := _the_day_of(tokens, norms, i, as_of))
           for k in range(i, w.end_tok)} \
        | {k for i, n in enumerate(norms) if (n in _HOLIDAY_FIRSTS or n == "week")
           and (w := _holiday_week(tokens, norms, i, as_of)) for k in range(i, w.end_tok)}     # 'Black Friday week'


def long_weekend_tokens(tokens: list[Token]) -> set[int]:
    """The tokens of each holiday's long weekend ('the Canada Day long weekend', 'the weekend of Easter'), its days
    settled or not (a Wednesday's is asked): never a catalog value's name ('Canada')."""
    norms = [t.norm for t in tokens]
    out = set()
    for i, n in enumerate(norms):
        if n in _HOLIDAY_FIRSTS and (named := holiday_at(norms, i)) is not None:
            end = _phrase_end(norms, named[1], _LONG_WEEKENDS_BY_FIRST)
            out |= set(range(i, end)) if end is not None else set()
        elif n in _WEEKEND_FIRSTS and (end := _phrase_end(norms, i, _LONG_WEEKENDS_BY_FIRST)) is not None:
            m = end + (end < len(norms) and norms[end] == "of")
            named = holiday_at(norms, m) if m > end else None
            out |= set(range(i, named[1])) if named is not None else set()
    return out


_WEEKEND_FIRSTS = frozenset(w[0] for w in LONG_WEEKEND_WORDS)


def _date_at(tokens, norms, i, as_of) -> tuple[dt.date | None, int]:
    """A start date: '2025', 'March 2025', '1 March 2025', 'March 3rd', 'March' (a period's first day), 'Easter'."""
    period, end = _period_at(tokens, norms, i, as_of, days=True)
    return (period[0] if period else None), end


# -- years of birth -----------------------------------------------------------

def find_births(tokens: list[Token], as_of: dt.date, places: dict[int, int] | None = None) -> list[Comparison]:
    """'born in 1990', 'born in the 80s', 'born before 1970', 'born between 1980 and 1985': a comparison of the
    year of birth (`born`), covering the birth word. Found before periods and numbers, so that 'in 1990' is never
    read as a period of the behaviours nor '80' as an age. After the place of birth (`places`: where the values the
    catalog reads start and end), the year said next is the year of birth: 'born in France in 1975'."""
    norms = [t.norm for t in tokens]
    found = []
    for i, norm in enumerate(norms):
        if norm in TURNING_WORDS and (c := _turning_at(tokens, norms, i, as_of)) is not None:
            found.append(c)     # 'turning 30 this year': a year of birth
            continue
        if norm not in BORN_WORDS:
            continue
        if (c := _birth_at(tokens, norms, i + 1, as_of)) is not None:
            c.start_tok = i
            found.append(c)
        elif i + 2 < len(norms) and norms[i + 1] in BIRTH_OPS and (end := (places or {}).get(i + 2)) is not None \
                and (c := _birth_at(tokens, norms, end, as_of)) is not None and norms[end] in BIRTH_OPS:
            found.append(c)         # the place stays the catalog's reading; the year covers its own words
    return found


def _turning_at(tokens, norms, i, as_of) -> Comparison | None:
    """'turning 30 this year': born in the year that makes 30 this year (the birthday passed or not)."""
    age = _number_at(tokens, i + 1)
    if age is None or not float(age).is_integer() or tokens[i + 1].suffix:
        return None
    period = next((p for p in TURNING_PERIODS if _match(norms, i + 2, p)), None)
    if period is not None:
        return Comparison("=", as_of.year + TURNING_PERIODS[period] - int(age), i, i + 2 + len(period), born=True)
    # 'turning 30 next month': born in that month, 30 years before it
    period = next((p for p in TURNING_MONTHS if _match(norms, i + 2, p)), None)
    if period is None:
        return None
    when = _shift_months(as_of.replace(day=1), TURNING_MONTHS[period])
    return Comparison("=", when.year - int(age), i, i + 2 + len(period), born=True, month=when.month)


def _birth_at(tokens, norms, i, as_of) -> Comparison | None:
    op = BIRTH_OPS.get(norms[i]) if i < len(norms) else None
    j = i + 1 if op else i
    if j < len(norms) and norms[j] == "the":
        j += 1
    decade, end = _decade_at(tokens, norms, j, as_of)
    if decade is not None:   # 'before the 80s' is before 1980, 'after the 80s' after 1989
        if op in (None, "="):
            return Comparison(">=", decade, i, end, upper=decade + 9, decade=True, born=True)
        return Comparison(op, decade + 9 if op in (">", "<=") else decade, i, end, decade=True, born=True)
    if j < len(norms) and norms[j] in MONTHS and op in (None, "=") \
            and (year := _year_at_birth(tokens, j + 1, as_of)) is not None:
        return Comparison("=", year, i, j + 2, born=True, month=MONTHS[norms[j]])     # 'born in October 1996'
    if j < len(norms) and norms[j] == "between":
        lo, hi = _year_at_birth(tokens, j + 1, as_of), _year_at_birth(tokens, j + 3, as_of)
        if lo is not None and hi is not None and j + 2 < len(norms) and norms[j + 2] in ("and", "to", "-"):
            return Comparison(">=", min(lo, hi), i, j + 4, upper=max(lo, hi), born=True)
        return None
    year = _year_at_birth(tokens, j, as_of)
    if year is None:
        return None
    end = j + 1
    if end + 1 < len(norms) and norms[end] in ("-", "to") and (hi := _year_at_birth(tokens, end + 1, as_of)) is not None:
        return Comparison(">=", min(year, hi), i, end + 2, upper=max(year, hi), born=True)
    for tail, tail_op in BIRTH_TAILS.items():
        if _match(norms, end, tail) and op in (None, "="):
            return Comparison(tail_op, year, i, end + len(tail), born=True)
    return Comparison(op or "=", year, i, end, born=True)


def _year_at_birth(tokens, i, as_of) -> int | None:
    """A four-digit year no later than today's (a year of birth)."""
    if i >= len(tokens) or tokens[i].number is None or tokens[i].suffix or not float(tokens[i].number).is_integer():
        return None
    year = int(tokens[i].number)
    return year if 1870 <= year <= as_of.year else None


def _decade_at(tokens, norms, i, as_of) -> tuple[int | None, int]:
    """'80s', '1980s', 'eighties', 'decade 80' (a language's 'années 80'): the decade's first year, and the end."""
    if i >= len(tokens):
        return None, i
    if norms[i] in DECADE_WORDS:
        if DECADE_WORDS[norms[i]] is not None:
            return _century(DECADE_WORDS[norms[i]], as_of), i + 1
        # (the number typed or in words: 'années nonante', 'années quatre-vingt-dix')
        if i + 1 < len(tokens) and tokens[i + 1].number is not None and tokens[i + 1].suffix in ("", "w"):
            return _decade_of(int(tokens[i + 1].number), as_of), i + 2
        return None, i
    if tokens[i].number is not None and tokens[i].suffix == "s":
        return _decade_of(int(tokens[i].number), as_of), i + 1
    return None, i


def _decade_of(n: int, as_of: dt.date) -> int | None:
    if n % 10:
        return None
    if n < 100:
        return _century(n, as_of)
    return n if 1870 <= n <= as_of.year else None


def _century(n: int, as_of: dt.date) -> int:
    """A two-digit decade of birth: the latest one that ended ten years ago or more ('the 20s' is 1920)."""
    return 2000 + n if 2000 + n + 9 <= as_of.year - 10 else 1900 + n


# -- numbers -----------------------------------------------------------------

# The words a comparison may start at (a number too): those _comparison_at reads first, its tables' first words, a
# currency before a number; at any other token it reads nothing (tests/test_reader_gates.py)
COMPARISON_OPENERS: frozenset[str] = frozenset(
    {"only", "exactly", "just", "more", "multiple", "several", "many", "repeatedly", "repeat", "between", "in",
     *TIMES_WORDS, *AGE_GROUP_WORDS, *CURRENCY, *NUMBER_WORDS, *(w[0] for w, _ in COMPARISONS)})


def find_comparisons(tokens: list[Token], taken: set[int]) -> list[Comparison]:
    norms = [t.norm for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        if i in taken or norms[i] not in COMPARISON_OPENERS and tokens[i].number is None:
            i += 1
            continue
        c = _comparison_at(tokens, norms, i)
        if c:
            found.append(c)
            i = c.end_tok
        else:
            i += 1
    return found


def _only_before(norms: list[str], i: int, reach: int = 5) -> bool:
    """'only' a few words before a count of times, in the same clause ('only ever bought once', 'only shopped with us
    twice'): the count is exact. Read as 'at least once', the restriction was lost, silently."""
    for k in range(i - 1, max(-1, i - reach - 1), -1):
        if norms[k] in CLAUSE_ENDS or norms[k] in CONNECTORS:
            return False
        if norms[k] in ("only", "just"):
            return True
    return False


def _once_as_grammar(norms: list[str], i: int) -> bool:
    """'never once', 'once a month', 'at once', 'once more': 'once' counts nothing to ask about there."""
    return i > 0 and norms[i - 1] in ONCE_AFTER or i + 1 < len(norms) and norms[i + 1] in ONCE_BEFORE


def _comparison_at(tokens, norms, i) -> Comparison | None:  # noqa: C901 - one table of phrasings
    start = i
    if norms[i] in ("only", "exactly", "just") and i + 1 < len(norms) and norms[i + 1] in TIMES_WORDS:
        # a bound said after it is the count's ('qu'une fois au plus', 'only once at most': none or one)
        bound = next(((op, len(words)) for words, op in _BOUNDS if _match(norms, i + 2, words)), None)
        if bound is not None and norms[i] != "exactly":
            return Comparison(bound[0], TIMES_WORDS[norms[i + 1]], i, i + 2 + bound[1], times=True)
        return Comparison("=", TIMES_WORDS[norms[i + 1]], i, i + 2, times=True)
    if norms[i] in TIMES_WORDS:       # 'twice', 'twice or more', 'twice or less'
        n = TIMES_WORDS[norms[i]]
        bound = next((op for words, op in _BOUNDS if _match(norms, i + 1, words)), None)
        if bound is None and _only_before(norms, i):
            return Comparison("=", n, i, i + 1, times=True)     # 'have only ever bought once': exactly once
        if bound:
            return Comparison(bound, n, i, i + 3, times=True)
        if n == 1 and not _once_as_grammar(norms, i):
            return None   # 'customers who bought once': exactly once (one-time buyers) or at least once: asked
        return Comparison(">=", n, i, i + 1, times=True,
                          note=NOTES["at_least"].format(words=_typed(tokens, i), n=n) if n > 1 else "")
    if _match(norms, i, ("more", "than", "once")):
        return Comparison(">", 1, i, i + 3, times=True)
    for words in (("multiple", "times"), ("several", "times"), ("many", "times"), ("repeatedly",), ("repeat",)):
        if _match(norms, i, words):
            said = " ".join(dict.fromkeys(t.text for t in tokens[i:i + len(words)] if t.text))   # as typed ('plusieurs fois')
            return Comparison(">=", 2, i, i + len(words), times=True, note=f"'{said}' read as at least 2")
    if norms[i] == "between":      # 'between 800 and 1,000', 'between €100 and €300'
        k, currency = i + 1, False
        if k < len(norms) and norms[k] in CURRENCY:
            k, currency = k + 1, True
        lo = _number_at(tokens, k)
        if lo is not None and k + 1 < len(norms) and norms[k + 1] in ("and", "to", "-"):
            m = k + 2
            if m < len(norms) and norms[m] in CURRENCY:
                m, currency = m + 1, True
            hi = _number_at(tokens, m)
            if hi is not None:
                return _finish(tokens, norms, Comparison(">=", lo, start, m + 1, upper=hi, currency=currency))
    if norms[i] == "in" and _match(norms, i + 1, ("their",)) and i + 2 < len(tokens) and \
            (tokens[i + 2].suffix == "s" or DECADE_WORDS.get(norms[i + 2])):
        # 'in their 30s', 'in their thirties': an age from the decade's first year to its last
        decade = tokens[i + 2].number if tokens[i + 2].suffix == "s" else DECADE_WORDS[norms[i + 2]]
        return Comparison(">=", decade, i, i + 3, upper=decade + 9, age_hint=True, decade=True)
    if norms[i] in AGE_GROUP_WORDS:        # 'over-50s', 'the under 25s'
        k = i + 1 + (i + 1 < len(norms) and norms[i + 1] == "-")
        if k < len(tokens) and tokens[k].suffix == "s" and tokens[k].number is not None:
            return Comparison(AGE_GROUP_WORDS[norms[i]], tokens[k].number, i, k + 1, age_hint=True)
    if tokens[i].suffix == "/":       # a score ('5/5'): a bare value, for the rated column to claim (never bounded)
        return Comparison(">=", tokens[i].number, i, i + 1,
                          note=NOTES["at_least"].format(words=_typed(tokens, i), n=_num(tokens[i].number)))
    op = None
    for words, o in _COMPARISONS_BY_FIRST.get(norms[i], ()):
        if _match(norms, i, words):
            op, i = o, i + len(words)
            break
    currency = False
    if i < len(tokens) and norms[i] in CURRENCY:
        currency, i = True, i + 1
    n = _number_at(tokens, i)
    if n is None and op is not None and i < len(norms) and norms[i] in TIMES_WORDS:  # 'more than twice'
        return Comparison(op, TIMES_WORDS[norms[i]], start, i + 1, times=True)
    if n is None:
        return None
    bounded = _linked_bound(norms, i + 1) is not None
    if op is None and norms[i] == "one" and _match(norms, i + 1, ("time",)) and not bound_after(norms, i + 2):
        return None   # 'bought one time': the vague words ask, as for a bare 'once'
    # ('forty to fifty-five', 'de quarante à cinquante-cinq ans': a range in words, as '40 to 55')
    ranged = i + 2 < len(norms) and norms[i + 1] in ("-", "to") and _number_at(tokens, i + 2) is not None
    if op is None and tokens[i].number is None and not (i + 1 < len(norms) and norms[i + 1] in COUNT_WORDS) \
            and not bounded and not ranged and not ((n >= 2 or n == 0) and i + 1 < len(norms) and norms[i + 1].isalpha()
                                     and norms[i + 1] not in FUNCTION_WORDS and norms[i + 1] not in UNITS):
        return None  # a bare 'one' is no comparison; 'three times', 'two or more', 'three orders' (as '3 orders') are
    if tokens[i].number is not None and tokens[i].suffix == "s" and op is None:
        return None
    i += 1
    if i < len(norms) and norms[i] == "+":
        op, i = op or ">=", i + 1
    if i + 1 < len(norms) and norms[i] in ("-", "to") and op is None:
        k = i + 1 + (currency and i + 2 < len(norms) and norms[i + 1] in CURRENCY)    # '€100-€200': each has its sign
        if _number_at(tokens, k) is not None:
            return _finish(tokens, norms, Comparison(">=", n, start, k + 1, upper=_number_at(tokens, k), currency=currency))
    if (linked := _linked_bound(norms, i)) is not None:
        op, i = linked, i + 2
    if op is None and n == 0:        # 'zero loyalty points', '0 orders': none, never 'at least 0' (everyone)
        op = "="
    said = tuple(tokens[i - 1].text.lower().split())      # 'a couple of' means at least two: nothing to say
    # 'not a single purchase', 'pas un seul achat': not one, none; 'at least 1' denied says it (the note was a flag
    # on a right reading)
    denied = n == 1 and start > 0 and norms[start - 1] in NEGATIONS
    return _finish(tokens, norms, Comparison(op or ">=", n, start, i, currency=currency,
                                             note="" if op or said in AT_LEAST_PHRASES or denied else
                                             NOTES["at_least"].format(words=_typed(tokens, start), n=_num(n))))


def _typed(tokens: list[Token], i: int) -> str:
    """The words token i was read from, as typed: a word another language's rewrite added ('années nonante' reads
    'decade 90') has none of its own, the first token read from the same words holds them (a note quoted '')."""
    return tokens[i].text or next((t.text for t in reversed(tokens[:i]) if t.start == tokens[i].start and t.text), "")


_BOUNDS = tuple(BOUNDS_AFTER.items())


_LINKED = {words: op for words, op in BOUNDS_AFTER.items() if words[0] in ("or", "and")}


def _linked_bound(norms: list[str], i: int) -> str | None:
    """'or more', 'and under' said at i: the bound of the number before, unless what follows makes it a comparison
    of its own ('3 orders and more than 2 returns', 'aged 30 and over 500 points')."""
    op = _LINKED.get(tuple(norms[i:i + 2]))
    after = norms[i + 2] if i + 2 < len(norms) else ""
    return None if op is None or after == "than" or after in CURRENCY or after[:1].isdigit() else op


def bound_after(norms: list[str], i: int) -> bool:
    """'2/5 or less': a bound said right at `i`."""
    return any(_match(norms, i, words) for words, _ in _BOUNDS)


def bounds_after_nouns(tokens: list[Token], comparisons: list[Comparison],
                       taken: set[int]) -> list[tuple[Comparison, tuple[int, int]]]:
    """'2 cancelled orders or more', '3 commandes ou moins': a bare number's bound said after what it counts sets
    its comparison (no 'read as at least' note); each with the place of its bound (not `taken`), to use with it."""
    norms, found = [t.norm for t in tokens], []
    for c in comparisons:
        if not c.note or c.upper is not None or c.born:
            continue
        j = c.end_tok
        while j < len(norms) and j - c.end_tok < 3 and tokens[j].number is None and norms[j].replace("-", "").isalpha() \
                and norms[j] not in CONNECTORS and norms[j] != "or" and not bound_after(norms, j):
            j += 1
        said = next((words for words, _ in _BOUNDS if _match(norms, j, words)), None)
        if j > c.end_tok and said and not _match(norms, j + len(said), ("than",)) \
                and taken.isdisjoint(range(j, j + len(said))):
            c.op, c.note = BOUNDS_AFTER[said], ""    # '3 orders or more', '4 achats minimum'
            found.append((c, (j, j + len(said))))
    return found


def _finish(tokens, norms, c: Comparison) -> Comparison:
    i = c.end_tok
    if i < len(norms) and norms[i] in CURRENCY:
        c.currency, i = True, i + 1
        if c.upper is None and (linked := _linked_bound(norms, i)) is not None:    # '500 euros and up'
            c.op, c.note, i = linked, "", i + 2
    if i + 1 < len(norms) and norms[i] in DISTINCT_WORDS and norms[i + 1] in COUNTED_DAYS and c.upper is None \
            and not c.currency:
        c.times, c.per_day, i = True, True, i + 2      # 'on at least 3 separate days': a count of days
    if i < len(norms) and norms[i] in COUNT_WORDS:
        c.times, i = True, i + 1
        if (linked := _linked_bound(norms, i)) is not None:      # 'a dozen times or more'
            c.op, c.note, i = linked, "", i + 2
        elif (c.op == "=" or c.note) and (bound := next(((op, w) for w, op in _BOUNDS if _match(norms, i, w)), None)):
            # 'only 1 time at most', '2 times at most' (was at least 2): the bound is the count's
            c.op, c.note, i = bound[0], "", i + len(bound[1])
    if _match(norms, i, ("years", "old")) or _match(norms, i, ("year", "olds")) or _match(norms, i, ("year", "old")):
        c.age_hint, i = True, i + 2
    elif i < len(norms) and norms[i] in ("yo", "yrs"):
        c.age_hint, i = True, i + 1
    c.end_tok = i
    return c


def find_rankings(tokens: list[Token]) -> list[Ranking]:
    """'top 5%', 'top 5 percent', 'top 10', 'best ten': a share or a number of the best-ranked customers."""
    norms = [t.norm for t in tokens]
    found = []
    for i, n in enumerate(norms):
        if n not in RANK_WORDS or i + 1 >= len(tokens):
            continue
        if norms[i + 1] in QUANTILES:    # 'the top quartile', 'top decile', 'top half': that share (was asked)
            found.append(Ranking(QUANTILES[norms[i + 1]], i, i + 2,
                                 band=any(tuple(norms[i - len(w):i]) == w for w in BAND_WORDS)))
            continue
        number = tokens[i + 1].number if tokens[i + 1].suffix == "%" else _number_at(tokens, i + 1)
        if number is None:
            continue
        band = any(tuple(norms[i - len(w):i]) == w for w in BAND_WORDS)
        if _percent(tokens, i + 1):
            found.append(Ranking(number, i, i + 3, band=band))
        elif tokens[i + 1].suffix in ("", "w") and float(number).is_integer() and number >= 1:
            found.append(Ranking(None, i, i + 2, n=int(number), band=band))
    for i, n in enumerate(norms):     # 'the 50 biggest spenders', 'the 5% biggest spenders'
        k = i - 2 if i >= 3 and norms[i - 1] in PERCENT_WORDS else i - 1
        if n in RANK_AFTER_NUMBER and k >= 1 and norms[k - 1] in RANK_DETERMINERS \
                and tokens[k].number is not None and not any(r.start_tok <= i < r.end_tok for r in found):
            if _percent(tokens, k):
                found.append(Ranking(tokens[k].number, k, i + 1))
            elif tokens[k].suffix in ("", "w") and float(tokens[k].number).is_integer() and tokens[k].number >= 1:
                found.append(Ranking(None, k, i + 1, n=int(tokens[k].number)))
    superlatives = _superlatives(tokens, norms, found)
    restated = {r.said for r in superlatives}
    return [r for r in found if (r.start_tok, r.end_tok) not in restated] + superlatives


def _percent(tokens: list[Token], k: int) -> bool:
    """Is the number at k a share ('5%', '5 %', '5 percent')? Its percent mark is the token after it."""
    return k + 1 < len(tokens) and tokens[k + 1].norm in PERCENT_WORDS


def _share(tokens: list[Token], k: int) -> float | None:
    """The share said at k ('5%', 'ten percent'), or None."""
    if not _percent(tokens, k):
        return None
    return tokens[k].number if tokens[k].number is not None else NUMBER_WORDS.get(tokens[k].norm)


def _superlatives(tokens: list[Token], norms: list[str], found: list[Ranking]) -> list[Ranking]:
    """'the 50 customers who spent the most', 'the 5 % of customers who spent the most': a ranking of the N (or
    N percent) said with 'the' earlier in the request. 'top 20 customers who spent the most': a 'top N' said
    earlier is that number, and the superlative says what ranks them (the 'top N' alone is dropped)."""
    out = []
    for i in range(len(norms) - 1):
        if tuple(norms[i:i + 2]) not in SUPERLATIVES or any(r.start_tok <= i < r.end_tok for r in found):
            continue
        top = next((r for r in reversed(found) if r.end_tok <= i and not r.band), None)
        if top is not None:
            out.append(Ranking(top.percent, i, i + 2, n=top.n, said=(top.start_tok, top.end_tok)))
            continue
        k = next((k for k in range(i - 1, 0, -1) if norms[k - 1] == "the" and (
            tokens[k].number is not None and tokens[k].suffix in ("", "w") and float(tokens[k].number).is_integer()
            or _share(tokens, k) is not None)), None)
        if k is not None and _share(tokens, k) is not None:
            out.append(Ranking(_share(tokens, k), i, i + 2, said=(k - 1, k + 2)))
        elif k is not None and tokens[k].number >= 1:
            out.append(Ranking(None, i, i + 2, n=int(tokens[k].number), said=(k - 1, k + 1)))
    return out




def days_ahead(tokens: list[Token], as_of: dt.date, start: int, end: int) -> tuple[int, int, Window] | None:
    """Where 'in the next 7 days', 'within the next two weeks' (lang_en.AHEAD_LEADS) is said in [start, end), and its
    days: from tomorrow, that many days (months) ahead. Only a birthday is said so (its reader's)."""
    norms = [t.norm for t in tokens]
    for i in range(start, end):
        lead = next((p for p in AHEAD_LEADS if tuple(norms[i:i + len(p)]) == p), None)
        if lead is None:
            continue
        k = i + len(lead)
        n = _number_at(tokens, k)
        unit = UNITS.get(norms[k + 1]) if n is not None and k + 1 < len(norms) else None
        if unit is None or lead[-1] not in ("next", "coming"):
            continue
        first, amount = as_of + dt.timedelta(days=1), int(n * unit[1])
        if unit[0] == "DAY":
            last = first + dt.timedelta(days=amount)
        else:     # months ahead: to the same day of that month (its last, when shorter), included
            year, month = divmod(as_of.year * 12 + as_of.month - 1 + amount, 12)
            last = dt.date(year, month + 1, min(as_of.day, calendar.monthrange(year, month + 1)[1])) + dt.timedelta(days=1)
        return i, k + 2, Window(" ".join(t.text for t in tokens[i:k + 2]), i, k + 2, start=first, end=last)
    return None
