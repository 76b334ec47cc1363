"""Tokens with their place in the request, and the small English word lists the parser needs.

Catalog words (values, columns, events) never live here: only grammar words
that are the same for every business.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(r"""
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>s|k|\+|%)?   # 1,000  12.5  30s  3+  10%
  | (?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)                                   # words, hyphenated, it's
  | (?P<sym>[€$£%+,;:()\-/&])
""", re.VERBOSE | re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str     # as typed
    norm: str     # lowercase, accents folded, apostrophes straightened
    start: int    # character offsets in the request
    end: int
    number: float | None = None
    suffix: str = ""


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        if m.group("num"):
            raw = m.group("num")
            tokens.append(Token(raw, raw.replace(",", ""), m.start(), m.end("num"),
                                number=float(raw.replace(",", "")), suffix=(m.group("suffix") or "").lower()))
            if m.group("suffix") in ("+", "%"):
                sym = m.group("suffix")
                tokens.append(Token(sym, sym, m.end("num"), m.end()))
        elif m.group("word"):
            tokens.append(Token(m.group("word"), fold(m.group("word")), m.start(), m.end()))
        else:
            tokens.append(Token(m.group("sym"), m.group("sym"), m.start(), m.end()))
    return tokens


def phrase_key(text: str) -> tuple[str, ...]:
    """How a catalog phrase is matched: its folded tokens."""
    return tuple(t.norm for t in tokenize(text))


NUMBER_WORDS = {
    "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
    "thirty": 30, "fifty": 50, "hundred": 100,
}
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}

# Words that carry no condition by themselves: never reported as "not understood".
FUNCTION_WORDS = frozenset("""
a an the of in on at to for from by with within via through into onto over under about around across after before
and or but also plus as than then that which who whom whose what when where while whether if so such
is are was were be been being am do does did done has have had having get gets got getting make makes made
i me my we us our ours you your they them their theirs he she his her it its this these those there here
all any some every each both either neither other another same only just still now ever already yet really
very much many more most less least few fewer lot lots please give find show list select target segment audience
people person persons want need like would could should can may might will shall let
something anything someone anyone everyone everybody somebody thing things one ones time times
product products item items stuff content
""".split())

NEGATIONS = frozenset({"not", "never", "no", "haven't", "hasn't", "didn't", "don't", "doesn't", "havent", "hasnt",
                       "didnt", "dont", "doesnt", "nothing", "none", "without", "isn't", "aren't", "wasn't", "weren't"})

CONNECTORS = frozenset({",", ";", "and", "who", "that", "which", "whose", "with", "also", "plus", "while", "where"})

EXCLUSION_MARKERS: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("but", "exclude"), ("but", "excluding"), ("exclude",), ("excluding",), ("except",), ("except", "for"),
    ("but", "not"), ("minus",), ("without",), ("other", "than"), ("apart", "from"), ("not", "including"),
    ("and", "not"), ("but", "no"), ("leaving", "out"), ("leave", "out"), ("remove",), ("removing",),
), key=len, reverse=True))

# Common words of other languages the offline translator does not read.
FOREIGN_WORDS = {
    "French": frozenset("les des qui ont une dans pour avec sans clients client acheté achete derniers dernier "
                        "mois magasin ligne abonnés abonnes regardent séries series et ou le la du au aux sont".split()),
    "German": frozenset("die der das und oder kunden kunde haben hat im letzten monat gekauft nicht mit ohne "
                        "für fur eine einen sind wurden geschäft geschaft".split()),
}


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
        prev2, prev = prev, cur
    return min(prev[-1], limit)
