"""Tokens with their place in the request, folding and edit distance: no words of any language."""
from __future__ import annotations

import functools
import operator
import re
import unicodedata
from typing import NamedTuple

from assistant.translate import lang_en, lang_fr   # word lists only: they import nothing of the translator

# Ordinal endings glued to a number ('1st', '1er', '3ème'): one token, suffix 'th'. Each language module declares
# its own; longest first so '1ère' is not read as '1' and 'ère'. Endings in any case: a request in capitals says
# '1ER JUILLET', '5K POINTS'.
ORDINAL_SUFFIXES: frozenset[str] = lang_en.ORDINAL_SUFFIXES | lang_fr.ORDINAL_SUFFIXES
_ORDINAL = "|".join(sorted(ORDINAL_SUFFIXES, key=len, reverse=True))
# Units cut short after a number ('30d', '30j', '12mo', '6 mos'): the unit's word in its language. No two languages
# spell one abbreviation for different units.
UNIT_ABBREVIATIONS: dict[str, str] = lang_en.UNIT_ABBREVIATIONS | lang_fr.UNIT_ABBREVIATIONS
# 'm' glued to a number: months in a brief's shorthand ('12m', '6m'), after no currency sign
GLUED_MONTHS = frozenset({"m"})
CURRENCIES = frozenset({"€", "$", "£", "CHF", "chf"})
LAST_UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}   # 'L12M', 'L30D': the parser's words
# Inclusive writing's endings ('client·e·s', 'inscrit.e.s', 'abonné(e)s'): glued to a word, one token with it, read
# as its masculine form. After a dot only those a language lists as safe there ('magasin.Les' opens a sentence).
_INCLUSIVE = "|".join(sorted(lang_fr.INCLUSIVE_ENDINGS, key=len, reverse=True))
_INCLUSIVE_DOT = "|".join(sorted(lang_fr.INCLUSIVE_DOT_ENDINGS, key=len, reverse=True))
_INCLUSIVE_TAIL = (r"(?P<incl>(?:[·⋅](?i:{e})|\((?i:{e})\)s?)+(?![^\W\d_])"
                   r"|(?<=[^\W\d_]{{3}})(?:\.(?:{d}))+(?![^\W\d_]))?").format(e=_INCLUSIVE, d=_INCLUSIVE_DOT)

_TOKEN = re.compile(r"""
    (?P<dotdate>\b\d{1,2}\.\d{1,2}\.\d{4}\b)                                   # '24.12.2025' (Swiss, German): a date
  | (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?!\d)|\d+(?:\.\d+)?)(?P<suffix>(?i:(?:{ordinal})\b|s\b|k\b)|\+|[ \u00a0\u202f]?%)?   # 1,000 1'000 (Swiss) 12.5 30s 1st 1er 5K 3+ 10% '10 %'
  | (?P<numero>\b[nN][°º](?!\w))                                              # 'n°' (numéro): never the word 'no'
  | \b[lL](?P<last>\d{1,3})(?P<unit>[dDwWmMyY])\b                               # 'L12M': the last 12 months
  | (?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:(?<=\b[dDlLjJnNsScCmMtT])['’](?=\d))?){inclusive}   # words, hyphenated, it's, d'1
  | (?P<sym>[<>]=?|[≥≤€$£%+,;:()\-/&~])                                    # '> 150 €', '>=3', '≤ 2'
""".replace("{ordinal}", _ORDINAL).replace("{inclusive}", _INCLUSIVE_TAIL), re.VERBOSE | re.UNICODE)


class Token(NamedTuple):      # a tuple: the rewrite of another language makes a token for each word it reads
    text: str     # as typed
    norm: str     # lowercase, accents folded, apostrophes straightened
    start: int    # character offsets in the request
    end: int
    number: float | None = None
    suffix: str = ""
    weekday: int = 0     # a day of the month said with its weekday ('Saturday 13'): that weekday, ISO (Monday 1)


# A token's norm, and its text: read over a request's tokens by map() (a set or list of its words built without a
# Python loop: the readers that gate on the words a request has do so for every request, in both languages)
NORM = operator.attrgetter("norm")
TEXT = operator.attrgetter("text")


def fold(text: str) -> str:
    if text.isascii():          # nothing to fold but the case: most words of either language
        return text.lower()
    return _fold_accents(text)


@functools.lru_cache(maxsize=50_000)
def _fold_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


# A number written with a dot before groups of three digits ('1.500'): thousands where decimals take a comma.
THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "incl":       # 'client·e·s': the word with its inclusive endings, read as the masculine
            tokens.append(Token(m.group(), _inclusive_norm(m.group("word"), m.group("incl")), m.start(), m.end()))
            continue
        if m.lastgroup == "word":       # most tokens: the only group of their alternative, told without trying others
            word, start = m.group("word"), m.start()
            if "-" in word and _month_range(word):      # 'Sept-Nov': two months and the range between, as 'Sept - Nov'
                first, _, second = word.partition("-")
                tokens += [Token(first, fold(first), start, start + len(first)),
                           Token("-", "-", start + len(first), start + len(first) + 1),
                           Token(second, fold(second), start + len(first) + 1, m.end())]
                continue
            if "-" in word and _month_part(word):       # 'mid-September', 'mi-août': the part, then the month
                first, _, second = word.partition("-")
                tokens += [Token(first, fold(first), start, start + len(first)),
                           Token(second, fold(second), start + len(first) + 1, m.end())]
                continue
            tokens.append(Token(word, _word_norm(word, start, tokens), start, m.end()))
        elif m.lastgroup == "dotdate":     # as 24/12/2025, which numeric_dates reads (its dots were a decimal's)
            start = m.start()
            for k, part in enumerate(m.group().split(".")):
                if k:
                    tokens.append(Token(".", "/", start - 1, start))
                tokens.append(Token(part, str(int(part)), start, start + len(part), number=float(part)))
                start += len(part) + 1
        elif m.group("num"):
            raw = m.group("num")
            # French sets a space before '%' ('30 %'): the same share as '30%', never a bare 30
            suffix = (m.group("suffix") or "").lower().strip(" \u00a0\u202f")
            suffix = "th" if suffix in ORDINAL_SUFFIXES else suffix    # an ordinal: 'January 1st', '1er janvier'
            end = m.end("num") if suffix in ("+", "%") else m.end()
            digits = "".join(ch for ch in raw if ch.isdigit() or ch == ".")   # 1,000 and 1 000 are a thousand
            tokens.append(Token(raw, digits, m.start(), end, number=float(digits), suffix=suffix))
            if suffix in ("+", "%"):
                tokens.append(Token(suffix, suffix, m.end() - 1, m.end()))
        elif m.group("last"):
            # 'L12M', 'L30D': the last N units, as a report names a rolling period (never L, 12 and M apart)
            n, unit = m.group("last"), LAST_UNITS[m.group("unit").lower()]
            tokens += [Token(m.group(), "last", m.start(), m.end()),
                       Token("", n, m.start(), m.end(), number=float(n)), Token("", unit, m.start(), m.end())]
        elif m.group("numero"):
            tokens.append(Token(m.group("numero"), "n°", m.start(), m.end()))
        elif m.group("sym") == "-" and text[max(m.start() - 2, 0):m.start()] in _WHOLE_AMOUNT:
            # '800.-' (Swiss): a whole amount of money, as '800 €' says it; never a dash or a range after 800
            tokens.append(Token(".-", "€", m.start() - 1, m.end()))
        else:
            tokens.append(Token(m.group("sym"), m.group("sym"), m.start(), m.end()))
    return tokens


_WHOLE_AMOUNT = frozenset(f"{d}." for d in "0123456789")
# Month names and abbreviations of every language read: a hyphenated pair of them is a range of months.
_MONTH_NAMES = frozenset(lang_en.MONTHS) | frozenset(lang_fr.MONTHS)


def _month_range(word: str) -> bool:
    parts = fold(word).split("-")
    return len(parts) == 2 and all(p in _MONTH_NAMES for p in parts)


def _inclusive_norm(word: str, endings: str) -> str:
    """'domicilié·e·s' reads 'domicilies', 'tou·te·s' 'tous', 'inscrit(e)' 'inscrit': the word folded, plural when its
    last ending is (and the word is not already)."""
    norm = fold(word)
    plural = endings.rstrip(")").lower().endswith(("s", "x")) and not norm.endswith(("s", "x"))
    return norm + "s" if plural else norm


# The prefixes of every language read that say a part of the month glued to it ('mid-', French 'mi-').
_MONTH_PART_PREFIXES = lang_en.MONTH_PART_PREFIXES | lang_fr.MONTH_PART_PREFIXES


def _month_part(word: str) -> bool:
    prefix, _, month = fold(word).partition("-")
    return prefix in _MONTH_PART_PREFIXES and month in _MONTH_NAMES


def _word_norm(word: str, start: int, before: list[Token]) -> str:
    """A word folded; a unit cut short after its number ('30j', '6 mos') is the unit's word. A single letter only
    glued to the number: '30 j' may be anything."""
    norm = fold(word)
    after_number = before and before[-1].number is not None and not before[-1].suffix
    if after_number and (len(norm) > 1 or before[-1].end == start):
        if norm in GLUED_MONTHS and before[-1].end == start and not (len(before) > 1 and before[-2].text in CURRENCIES):
            return "months"      # 'lapsed 12m+', 'last 6m': an amount ('€1m') is a million, left as typed
        return UNIT_ABBREVIATIONS.get(norm, norm)
    if len(norm) > 1 and norm in UNIT_ABBREVIATIONS and before and before[-1].norm in _ONE_UNIT_LEADS:
        return UNIT_ABBREVIATIONS[norm].removesuffix("s")     # 'in the past mth', 'this wk': one unit
    return norm


# Where a unit cut short is one unit of its word ('the past mth', 'last wk', 'this yr')
_ONE_UNIT_LEADS = lang_en.LAST_WORDS | {"this", "next"}


# Plain ASCII words separated by single spaces ('loyalty tier', 'e-commerce'): their tokens are the words
# themselves, lowercased. A catalog's thousands of synonyms are nearly all of this shape, and tokenizing
# each through _TOKEN was most of the cost of building a lexicon.
_PLAIN = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*(?: [A-Za-z]+(?:[-'][A-Za-z]+)*)*")


def day_of_month(t: Token) -> bool:
    """A number that may be a day of a month: a whole 1 to 31, bare or an ordinal ('25', '1st', '25th')."""
    return t.number is not None and t.suffix in ("", "th") and float(t.number).is_integer() and 1 <= t.number <= 31


def typed_text(request: str, tokens: list[Token], a: int, b: int) -> str:
    """tokens[a:b] as the request typed them. A rewrite may have put tokens out of their typed order ('3 magasins
    différents' read as '3 différents magasins'): the text still runs from the first typed to the last."""
    if b <= a:
        return ""
    part = tokens[a:b]
    return request[min(t.start for t in part):max(t.end for t in part)]


def _letters(tokens: list[Token]) -> str:
    return "".join(t.text for t in tokens if t.number is None)


def typed_in_capitals(tokens: list[Token]) -> bool:
    """A request typed all in capitals ('GOT 3 SMS FROM US'): its case sets no word apart, a code or a name."""
    return _letters(tokens).isupper()


def uncased(tokens: list[Token]) -> bool:
    """A request whose case says nothing of its words: typed all in capitals or all in lower case."""
    letters = _letters(tokens)
    return letters.isupper() or letters.islower()


@functools.lru_cache(maxsize=100_000)
def phrase_key(text: str) -> tuple[str, ...]:
    """How a catalog phrase is matched: its folded tokens (kept by text: a value's phrase is keyed once for each
    behaviour it is a value of, and again in every lexicon built)."""
    if _PLAIN.fullmatch(text):
        return tuple(text.lower().split(" "))
    return tuple(t.norm for t in tokenize(text))


def replace_phrases(tokens: list[Token], found_at) -> list[Token]:
    """The tokens with each phrase `found_at(i)` finds at i (where it ends, and the tokens it becomes) replaced; the
    rest untouched. The search goes on after each phrase."""
    out, i = [], 0
    while i < len(tokens):
        found = found_at(i)
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        end, made = found
        out += made
        i = end
    return out


def replace_at(tokens: list[Token], places, found_at) -> list[Token]:
    """replace_phrases trying only `places` (in order): a reader whose phrases open with a few words looks where they
    are, not at every token. The same list when nothing was replaced."""
    out, done = [], 0
    for i in places:
        found = found_at(i) if i >= done else None
        if found is not None:
            end, made = found
            out += tokens[done:i]
            out += made
            done = end
    return out + tokens[done:] if done else tokens


def by_first(items, words=lambda item: item) -> dict[str, tuple]:
    """Phrases (or items holding one) by their first word, in their order: only those a token may open are tried
    (a request's every token against every phrase was a cost per token, and a French request has more tokens)."""
    out: dict[str, list] = {}
    for item in items:
        out.setdefault(words(item)[0], []).append(item)
    return {w: tuple(found) for w, found in out.items()}


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal string alignment distance (a transposition costs 1), capped at `limit`."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) >= limit and min(prev) >= limit:
            return limit          # every later row comes from these two: the distance is already at the cap
        prev2, prev = prev, cur
    return min(prev[-1], limit)
