"""Dates written in numbers ('le 15/09', '15/09/2025', '2025-09-15'), rewritten into the words of the request's
language that the parser reads as a day ('15 septembre 2025', '15 september 2025'); each new token keeps the offsets
of what was typed, so the phrase shown is the user's.

Which part is the day is the language's (lang.NUMERIC_DATE_ORDER: French writes the day first); a language that
writes both orders (English: 15/09 and 09/15) is read only where one part cannot be a month, and a date written
year first is read anywhere. A day and month with no year ('15/09') is read only after a word that says a date
('since', 'le', 'entre' ...: lang.NUMERIC_DATE_LEADS): 'noté 5/5' is a score. Read as numbers, '15/09' was a count
('at least 15'), '2025-09-15' a range of counts."""
from __future__ import annotations

import functools
import re
from types import ModuleType

from assistant.translate import lang_en
from assistant.translate.offline.text import Token, replace_phrases


def numeric_dates(tokens: list[Token], lang: ModuleType) -> list[Token]:
    """The tokens with each date written in numbers as the language's words for it."""
    if not any(t.norm in ("/", "-") or t.number is not None and _DOTTED.fullmatch(t.text) for t in tokens):
        return tokens

    def as_words(i: int) -> tuple[int, list[Token]] | None:
        if (found := _date_at(tokens, i, lang) or _dotted_at(tokens, i, lang)) is None:
            return None
        (day, month, year), width = found
        first, last = tokens[i], tokens[i + width - 1]
        text = "".join(t.text for t in tokens[i:i + width])
        made = [Token(text, str(day), first.start, last.end, number=float(day)),
                Token("", _month_names(lang)[month], first.start, last.end)]
        if year is not None:
            made.append(Token("", str(year), first.start, last.end, number=float(year)))
        return i + width, made
    return replace_phrases(tokens, as_words)


def _date_at(tokens: list[Token], i: int, lang: ModuleType) -> tuple[tuple[int, int, int | None], int] | None:
    """(day, month, year) of a date written in numbers at i, and how many tokens it takes."""
    parts = _parts(tokens, i)
    if len(parts) < 2:
        return None
    texts = [tokens[i + 2 * k].text for k in range(len(parts))]
    sep = tokens[i + 1].norm
    if sep == "-":      # year first, the only order written with hyphens: '2025-09-15'
        if len(parts) != 3 or len(texts[0]) != 4 or len(texts[1]) != 2 or len(texts[2]) != 2:
            return None
        year, month, day = parts
        return _valid(day, month, year), 5
    if len(parts) == 3 and len(texts[2]) == 4:
        a, b, year = parts
    elif len(parts) == 2:
        a, b, year = *parts, None
        if not _date_said_before(tokens, i, lang):
            return None
    else:
        return None
    order = getattr(lang, "NUMERIC_DATE_ORDER", "")
    if order == "dm" or not order and a > 12 >= b:
        day, month = a, b
    elif order == "md" or not order and b > 12 >= a:
        day, month = b, a
    else:
        return None       # '09/10' in a language that writes both orders: left as typed (asked)
    found = _valid(day, month, year)
    return (found, 2 * len(parts) - 1) if found else None


# A day and month written with a dot ('entre le 30.04 et le 09.05.2026'): one number token, read as a date only where
# a date is said (a lead before it), as '30/04' is; elsewhere a decimal ('2.50')
_DOTTED = re.compile(r"\d{1,2}\.\d{2}")


def _dotted_at(tokens: list[Token], i: int, lang: ModuleType) -> tuple[tuple[int, int, int | None], int] | None:
    t = tokens[i]
    if t.number is None or t.suffix or not _DOTTED.fullmatch(t.text) or getattr(lang, "NUMERIC_DATE_ORDER", "") != "dm":
        return None
    if not _date_said_before(tokens, i, lang):
        return None
    day, month = map(int, t.text.split("."))
    found = _valid(day, month, None)
    return (found, 1) if found else None


def _date_said_before(tokens: list[Token], i: int, lang: ModuleType) -> bool:
    """A word that says a date is said right before i ('since', 'le'), or 'and' after 'between' ('entre le 30/04 et
    le ...'): a day and month with no year is read as a date only there."""
    lead = tokens[i - 1].norm if i > 0 else ""
    between = lead in ("and", "et") and any(t.norm in ("between", "entre") for t in tokens[max(i - 6, 0):i])
    return lead in getattr(lang, "NUMERIC_DATE_LEADS", frozenset()) or between


def _parts(tokens: list[Token], i: int) -> list[int]:
    """The whole numbers at i, i+2, ... joined by one same mark, '/' or '-', with no space (up to three)."""
    parts, k = [], i
    while k < len(tokens) and len(parts) < 3:
        t = tokens[k]
        if t.number is None or not t.text.isdigit() or parts and tokens[k - 1].end != t.start:
            break
        parts.append(int(t.text))
        mark = tokens[k + 1] if k + 1 < len(tokens) else None
        if mark is None or mark.norm not in ("/", "-") or mark.start != t.end or mark.norm != tokens[i + 1].norm:
            break
        k += 2
    return parts if len(parts) > 1 else []


def _valid(day: int, month: int, year: int | None) -> tuple[int, int, int | None] | None:
    return (day, month, year) if 1 <= month <= 12 and 1 <= day <= 31 and (year is None or 1900 < year < 2100) else None


@functools.cache
def _month_names(lang: ModuleType) -> dict[int, str]:
    """Each month's number, and its first name in the language's table (full names come first)."""
    names: dict[int, str] = {}
    for name, value in lang.MONTHS.items():
        names.setdefault(value if isinstance(value, int) else lang_en.MONTHS[value], name)
    return names
