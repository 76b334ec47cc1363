"""Hours of the day said of a behaviour's events ('between 11pm and 2am', 'after 10pm', 'entre 23 h et 2 h du matin',
'le soir après 20 h'): each phrase made one token before anything else reads the request, then read into the hours
of the behaviour said in its clause (`EventCondition.hours`, assistant/hours.py).

The words are each language's (CLOCK_* and HOUR_* of lang_en.py, lang_fr.py), read on the words as typed: French's
are read before its rewrite into English, so 'du matin' and 'de 20 h à 22 h' are never taken apart. A time of day is
a number with a half of the day ('11pm'), a mark ('23 h', '8 o'clock') or a part of the day ('2 h du matin'), or a
time by its name ('midnight', 'minuit'). A phrase is a range ('between A and B': A up to B, across midnight), from a
time on ('after 10pm': to midnight) or up to one ('before 8am': from midnight); the part of the day said with it ('in
the evening', 'le soir') is read with it. A time with minutes ('10:30pm', '22h30') is finer than an hour and a time
said alone ('at 8pm') is no hours: neither is made a phrase, so they are asked, never read as a count.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from types import ModuleType

from assistant import hours as day_hours
from assistant.translate.offline.text import NORM, Token, by_first, replace_at

PREFIX = "@hours:"      # the norm of a phrase of hours: never a word of any language


@dataclass
class HoursSaid:
    start_tok: int
    end_tok: int
    hours: tuple[int, ...]


def clock_times(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """The request's tokens with each phrase of hours made one token (its text as typed, its norm PREFIX and the
    hours): the rest is untouched. Linear in the tokens: their words are listed once, and a phrase is looked for only
    where one of its first words is (most places have none)."""
    words, norms = _words(lang), list(map(NORM, tokens))
    # no word that could make a time of day ('h' as typed is one: its norm is 'h', or 'hours' after a number): most
    # requests
    if words.marks.isdisjoint(norms):
        return tokens
    # where a phrase may open: one of its first words, or a time of day itself (a range said with no word before it,
    # '(6pm to midnight)', '20 h - 23 h')
    starts = [i for i, n in enumerate(norms) if n in words.opens or tokens[i].number is not None
              or n in words.lang.CLOCK_NAMES]
    if not starts:
        return tokens

    def one_token(i: int) -> tuple[int, list[Token]] | None:
        if (found := _phrase_at(tokens, norms, i, words)) is None:
            return None
        end, hours = found
        said = tokens[i:end]
        return end, [Token(" ".join(t.text for t in said), PREFIX + ",".join(map(str, hours)), said[0].start,
                           said[-1].end)]
    return replace_at(tokens, starts, one_token)


def find_hours(tokens: list[Token], taken: set[int]) -> list[HoursSaid]:
    """The phrases of hours (made by clock_times) outside `taken` tokens."""
    if PREFIX not in " ".join(map(NORM, tokens)):       # none in any norm: most requests
        return []
    return [HoursSaid(i, i + 1, tuple(int(h) for h in t.norm[len(PREFIX):].split(",")))
            for i, t in enumerate(tokens) if t.norm.startswith(PREFIX) and i not in taken]


@dataclass(frozen=True)
class _Words:
    """A language's CLOCK_* and HOUR_* words as the reading looks them up: each list of phrases by its first word."""
    lang: ModuleType
    marks: frozenset[str]       # the words that could make a time of day
    opens: frozenset[str]       # the words a phrase of hours may start with
    context: dict[str, tuple]
    joins: dict[str, tuple]
    after: dict[str, tuple]
    before: dict[str, tuple]
    onwards: dict[str, tuple]
    parts: dict[str, tuple]     # the first word of a part of the day -> (its words, the hours it adds), in order
    in_brackets: dict[str, tuple]     # from a time on, said only before a closing bracket ('(from 6pm on)')


@functools.cache
def _words(lang: ModuleType) -> _Words:
    marks = lang.CLOCK_MARKS | lang.CLOCK_SPELLED | frozenset(lang.CLOCK_HALVES) | frozenset(lang.CLOCK_NAMES) \
        | {p[0] for p in lang.CLOCK_PARTS} | {"hours", ":"}
    context, after, before = by_first(lang.HOUR_CONTEXT), by_first(lang.HOUR_AFTER), by_first(lang.HOUR_BEFORE)
    # a phrase opens with the part of the day, a bracket, or its range's or bound's first word
    opens = frozenset(context) | {"("} | lang.HOUR_OPENS | frozenset(after) | frozenset(before)
    return _Words(lang, frozenset(marks), opens, context, by_first(lang.HOUR_JOINS), after, before,
                  by_first(lang.HOUR_ONWARDS), by_first(lang.CLOCK_PARTS.items(), lambda part: part[0]),
                  by_first(lang.HOUR_ONWARDS_IN_BRACKETS))


def _phrase_at(tokens: list[Token], norms: list[str], i: int, words: _Words) -> tuple[int, tuple[int, ...]] | None:
    """The phrase of hours starting at token i, with the part of the day or the brackets around it: (end, hours). A
    part of the day whose hours the language gives (HOUR_PARTS) holds the hours read, or nothing is read ('in the
    morning (after 6pm)': which? asked)."""
    k = _any_at(norms, i, words.context) or i
    parts = [tuple(norms[i:k])] if k > i else []
    bracket = k < len(norms) and norms[k] == "("
    k += bracket
    read = _range_at(tokens, norms, k, words) or _bound_at(tokens, norms, k, words)
    if read is None:
        return None
    end, hours = read
    if end < len(norms) and norms[end] in words.lang.HOUR_DURATION_TAILS:
        return None     # 'jusqu'à 2 h après le clic': a length of time
    if bracket:
        closing = _any_at(norms, end, words.in_brackets)      # '(from 6pm on)'
        end = closing if closing is not None and closing < len(norms) and norms[closing] == ")" else end
        if end >= len(norms) or norms[end] != ")":
            return None
        end += 1
    after = _any_at(norms, end, words.context)
    if after is not None:
        parts.append(tuple(norms[end:after]))
        end = after
    held = [words.lang.HOUR_PARTS[p] for p in parts if p in words.lang.HOUR_PARTS]
    if any(not set(hours) <= set(day_hours.span(*part)) for part in held):
        return None
    return (end, hours) if hours else None


def _range_at(tokens: list[Token], norms: list[str], i: int, words: _Words) -> tuple[int, tuple[int, ...]] | None:
    """'between 11pm and 2am', 'de 20 h à 22 h': the hours from the first up to the second; with no opening word
    when the first is a time of day by its own marks ('(6pm to midnight)', '20 h - 23 h')."""
    if i >= len(tokens):
        return None
    opened = norms[i] in words.lang.HOUR_OPENS
    first = _clock_at(tokens, norms, i + opened, words, spelled=opened)
    if first is None:
        return None
    k = _any_at(norms, first[0], words.joins)
    second = _clock_at(tokens, norms, k, words, spelled=True) if k else None
    if second is None:
        return None
    return second[0], day_hours.span(first[1], second[1])


def _bound_at(tokens: list[Token], norms: list[str], i: int, words: _Words) -> tuple[int, tuple[int, ...]] | None:
    """'after 10pm' (to midnight), 'before 8am' (from midnight), '8pm onwards'; never after or before midnight."""
    for phrases, after in ((words.after, True), (words.before, False)):
        k = _any_at(norms, i, phrases)
        clock = _clock_at(tokens, norms, k, words) if k else None
        if clock is not None and clock[1] != 0:
            end = _any_at(norms, clock[0], words.onwards) or clock[0] if after else clock[0]
            return end, day_hours.span(clock[1], 0) if after else day_hours.span(0, clock[1])
    return None


def _clock_at(tokens: list[Token], norms: list[str], i: int, words: _Words,
              spelled: bool = False) -> tuple[int, int] | None:
    """A time of day at token i: (end, hour 0 .. 23). `spelled`: the hour's own word ('20 heures') counts too."""
    if i >= len(tokens):
        return None
    t, lang = tokens[i], words.lang
    if t.norm in lang.CLOCK_NAMES:
        return i + 1, lang.CLOCK_NAMES[t.norm]
    n = t.number
    if n is None or t.suffix or not float(n).is_integer() or not 0 <= n <= 24 or "." in t.text:
        return None
    hour, k = int(n) % 24, i + 1
    nxt = tokens[k] if k < len(tokens) else None
    if nxt is not None and nxt.norm in lang.CLOCK_HALVES:
        if not 1 <= n <= 12:
            return None
        return k + 1, int(n) % 12 + lang.CLOCK_HALVES[nxt.norm]
    marked = nxt is not None and (nxt.text.lower() in lang.CLOCK_MARKS or nxt.norm in lang.CLOCK_MARKS
                                  or spelled and nxt.norm in lang.CLOCK_SPELLED)
    colon = nxt is not None and nxt.norm == ":"
    if marked or colon:
        k += 1
        minutes = tokens[k] if k < len(tokens) else None
        if minutes is not None and minutes.number is not None and (colon or minutes.start == tokens[k - 1].end):
            if minutes.number != 0:     # '22h30', '10:30': finer than an hour
                return None
            k += 1
        elif colon:
            return None
        if k < len(tokens) and tokens[k].norm in lang.CLOCK_HALVES:       # '10:00 pm'
            return (k + 1, int(n) % 12 + lang.CLOCK_HALVES[tokens[k].norm]) if 1 <= n <= 12 else None
    part = _part_at(norms, k, words)
    if part is not None:
        end, add = part
        if n > 12:
            return None
        if add < 0:     # the night: late evening or early morning ('11 at night', '2 h de la nuit')
            return end, hour if hour < 6 else hour % 12 + 12
        return end, (hour % 12) + add
    return (k, hour) if marked or colon else None


def _part_at(norms: list[str], i: int, words: _Words) -> tuple[int, int] | None:
    """The first part of the day (in CLOCK_PARTS' order) said at i: (where it ends, the hours it adds)."""
    for part, add in words.parts.get(norms[i], ()) if i < len(norms) else ():
        if tuple(norms[i:i + len(part)]) == part:
            return i + len(part), add
    return None


def _any_at(norms: list[str], i: int, phrases: dict[str, tuple]) -> int | None:
    """Where the longest of `phrases` (by their first word) said at i ends, or None."""
    best = None
    for words in phrases.get(norms[i], ()) if i < len(norms) else ():
        if tuple(norms[i:i + len(words)]) == words and (best is None or i + len(words) > best):
            best = i + len(words)
    return best
