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

from dataclasses import dataclass
from types import ModuleType

from assistant import hours as day_hours
from assistant.translate.offline.text import Token, replace_phrases

PREFIX = "@hours:"      # the norm of a phrase of hours: never a word of any language


@dataclass
class HoursSaid:
    start_tok: int
    end_tok: int
    hours: tuple[int, ...]


def clock_times(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """The request's tokens with each phrase of hours made one token (its text as typed, its norm PREFIX and the
    hours): the rest is untouched."""
    if not _maybe(tokens, lang):
        return tokens

    def one_token(i: int) -> tuple[int, list[Token]] | None:
        if (found := _phrase_at(tokens, i, lang)) is None:
            return None
        end, hours = found
        said = tokens[i:end]
        text = " ".join(t.text for t in said)
        return end, [Token(text, PREFIX + ",".join(map(str, hours)), said[0].start, said[-1].end)]
    return replace_phrases(tokens, one_token)


def find_hours(tokens: list[Token], taken: set[int]) -> list[HoursSaid]:
    """The phrases of hours (made by clock_times) outside `taken` tokens."""
    return [HoursSaid(i, i + 1, tuple(int(h) for h in t.norm[len(PREFIX):].split(",")))
            for i, t in enumerate(tokens) if t.norm.startswith(PREFIX) and i not in taken]


def _maybe(tokens: list[Token], lang: ModuleType) -> bool:
    """Does the request have a word that could make a time of day (most have none: nothing to do)?"""
    marks = lang.CLOCK_MARKS | lang.CLOCK_SPELLED | frozenset(lang.CLOCK_HALVES) | frozenset(lang.CLOCK_NAMES) \
        | {p[0] for p in lang.CLOCK_PARTS} | {"hours", ":"}
    return any(t.norm in marks or t.text.lower() == "h" for t in tokens)


def _phrase_at(tokens: list[Token], i: int, lang: ModuleType) -> tuple[int, tuple[int, ...]] | None:
    """The phrase of hours starting at token i, with the part of the day or the brackets around it: (end, hours)."""
    norms = [t.norm for t in tokens]
    k = _any_at(norms, i, lang.HOUR_CONTEXT) or i
    bracket = k < len(norms) and norms[k] == "("
    k += bracket
    read = _range_at(tokens, k, lang) or _bound_at(tokens, k, lang)
    if read is None:
        return None
    end, hours = read
    if end < len(norms) and norms[end] in lang.HOUR_DURATION_TAILS:
        return None     # 'jusqu'à 2 h après le clic': a length of time
    if bracket:
        if end >= len(norms) or norms[end] != ")":
            return None
        end += 1
    end = _any_at(norms, end, lang.HOUR_CONTEXT) or end
    return (end, hours) if hours else None


def _range_at(tokens: list[Token], i: int, lang: ModuleType) -> tuple[int, tuple[int, ...]] | None:
    """'between 11pm and 2am', 'de 20 h à 22 h': the hours from the first up to the second."""
    if i >= len(tokens) or tokens[i].norm not in lang.HOUR_OPENS:
        return None
    first = _clock_at(tokens, i + 1, lang, spelled=True)
    if first is None:
        return None
    k = _any_at([t.norm for t in tokens], first[0], lang.HOUR_JOINS)
    second = _clock_at(tokens, k, lang, spelled=True) if k else None
    if second is None:
        return None
    return second[0], day_hours.span(first[1], second[1])


def _bound_at(tokens: list[Token], i: int, lang: ModuleType) -> tuple[int, tuple[int, ...]] | None:
    """'after 10pm' (to midnight), 'before 8am' (from midnight), '8pm onwards'; never after or before midnight."""
    norms = [t.norm for t in tokens]
    for words, after in ((lang.HOUR_AFTER, True), (lang.HOUR_BEFORE, False)):
        k = _any_at(norms, i, words)
        clock = _clock_at(tokens, k, lang) if k else None
        if clock is not None and clock[1] != 0:
            end = _any_at(norms, clock[0], lang.HOUR_ONWARDS) or clock[0] if after else clock[0]
            return end, day_hours.span(clock[1], 0) if after else day_hours.span(0, clock[1])
    return None


def _clock_at(tokens: list[Token], i: int, lang: ModuleType, spelled: bool = False) -> tuple[int, int] | None:
    """A time of day at token i: (end, hour 0 .. 23). `spelled`: the hour's own word ('20 heures') counts too."""
    if i >= len(tokens):
        return None
    t = tokens[i]
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
    part = _part_at([x.norm for x in tokens], k, lang)
    if part is not None:
        end, add = part
        if n > 12:
            return None
        if add < 0:     # the night: late evening or early morning ('11 at night', '2 h de la nuit')
            return end, hour if hour < 6 else hour % 12 + 12
        return end, (hour % 12) + add
    return (k, hour) if marked or colon else None


def _part_at(norms: list[str], i: int, lang: ModuleType) -> tuple[int, int] | None:
    for words, add in lang.CLOCK_PARTS.items():
        if tuple(norms[i:i + len(words)]) == words:
            return i + len(words), add
    return None


def _any_at(norms: list[str], i: int, phrases) -> int | None:
    """Where the longest of `phrases` said at i ends, or None."""
    best = None
    for words in phrases:
        if tuple(norms[i:i + len(words)]) == words and (best is None or i + len(words) > best):
            best = i + len(words)
    return best
