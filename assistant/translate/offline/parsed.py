"""The parser's typed values (what a request was read into, its segments, a clarification) and the small
helpers and word sets its readings share."""
from __future__ import annotations


import datetime as dt
from dataclasses import dataclass, field
from assistant.meaning import (
    Condition,
)
from assistant.translate.offline.asides import Ignored
from assistant.translate.offline.lexicon import Meaning, Span
from assistant.meaning import Comparison, Window
from assistant.translate.offline.modifiers import (
    _back, Ranking,
)
from assistant.translate.lang_en import (
    INLINE_MARKERS, EXCLUSION_ENDS, EXCLUSION_MARKERS, VAGUE_WORDS, LATEST_WORDS, UNION_MARKERS, COMPARISONS,
    ONE_EVENT_GOES, ONE_EVENT_INS, ONE_EVENT_LEADS,
)
from assistant.translate.offline.text import by_first

COUNT_LEADS = frozenset(w for phrase, _ in COMPARISONS for w in phrase)   # 'at least', 'more than' before a count

# A negation typed as a prefix of the word after it ('non VIP', 'non-livrée'): it denies that word only.
PREFIX_NEGATIONS = frozenset({"non", "non-"})

SEPARATORS = frozenset({"and", ",", ";", "or", "nor", "neither", "plus", "also", "+"})   # between parts said apart ("+": a brief's list)
AGE_ROLES = ("birth_date", "birth_year")   # columns an age is computed from (a date, or its integer parts)
LATEST = {w for words in LATEST_WORDS for w in words if w != "most"}
MAX_AGE = 130
# Small words between a connector and what it joins ('or the', 'and also', 'or of' from French 'ou d'').
CONNECTOR_TAILS = frozenset({"the", "a", "an", "in", "at", "also", "both", "from", "to", "on", "or", "and", "of", "by",
                              "via", "through"})


def months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def a_year(c: Comparison) -> bool:
    """A bare number that reads as a year ('2025'): no comparison word, no unit, no 'times'."""
    return bool(c.note) and not c.times and not c.currency and c.upper is None and float(c.value).is_integer() \
        and 1900 <= c.value <= 2100


def column_name(column: str) -> str:
    """'crm.customers.city' -> 'customers city': a profile column in words."""
    table, name = column.rsplit(".", 2)[-2:]
    return f"{table} {name.replace('_', ' ')}"


def comparison_bounds(c: Comparison) -> tuple[float, float, bool, bool]:
    """The interval a comparison allows: (low, high, low included, high included)."""
    inf = float("inf")
    if c.upper is not None:
        return c.value, c.upper, True, True
    return {">=": (c.value, inf, True, False), ">": (c.value, inf, False, False), "<": (-inf, c.value, False, False),
            "<=": (-inf, c.value, False, True), "=": (c.value, c.value, True, True)}[c.op]


def disjoint_comparisons(a: Comparison, b: Comparison) -> bool:
    lo_a, hi_a, lin_a, hin_a = comparison_bounds(a)
    lo_b, hi_b, lin_b, hin_b = comparison_bounds(b)
    lo, lo_in = max((lo_a, lin_a), (lo_b, lin_b), key=lambda x: (x[0], not x[1]))
    hi, hi_in = min((hi_a, hin_a), (hi_b, hin_b), key=lambda x: (x[0], x[1]))
    return lo > hi or (lo == hi and not (lo_in and hi_in))


# VAGUE_WORDS by their first word, longest first: only those a token may open are tried.
_VAGUE_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(p for p in sorted(VAGUE_WORDS, key=len, reverse=True) if p[0] == w) for w in {p[0] for p in VAGUE_WORDS}}
# The markers tried at every token, by their first word (in their order): only those a token may open are tried.
EXCLUSIONS_BY_FIRST = by_first(EXCLUSION_MARKERS)
_INLINE_BY_FIRST = by_first(m for m in EXCLUSION_MARKERS if m in INLINE_MARKERS)     # tried at every token
EXCLUSION_ENDS_BY_FIRST = by_first(EXCLUSION_ENDS)
UNIONS_BY_FIRST = by_first(UNION_MARKERS, lambda item: item[0])


@dataclass
class Clarify:
    index: int
    start_tok: int
    end_tok: int


@dataclass
class Found:
    """What the request says, each where it was said, that the conservation check (conservation.py) looks for in the
    definition: the catalog phrases, periods, numbers, rankings, hours, days and months of any year, and the words
    that say every one of a behaviour's events."""
    spans: list[Span] = field(default_factory=list)
    windows: list[Window] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    rankings: list[Ranking] = field(default_factory=list)
    hours: list = field(default_factory=list)
    days: list = field(default_factory=list)
    months: list = field(default_factory=list)
    norms: list[str] = field(default_factory=list)      # the request's words, as read
    since_then: set[tuple[int, int]] = field(default_factory=set)     # 'since then': after the behaviour before
    # where words that say every one of a behaviour's events are ('only', 'always', 'ALL', French 'toujours')
    every: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Parsed:
    criteria: list[Condition] = field(default_factory=list)
    exclusions: list[Condition] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    clarify: list[Clarify] = field(default_factory=list)
    ignored: Ignored = field(default_factory=Ignored)
    vague: list[tuple[int, int]] = field(default_factory=list)   # token ranges of vague windows that were used
    contradictions: list[tuple[int, int, int, int]] = field(default_factory=list)   # two phrases that exclude each other
    unread: set[int] = field(default_factory=set)   # grammar words still to ask about ('more than 5 items', no measure)
    readings: list[tuple[int, int, Meaning, Meaning]] = field(default_factory=list)   # a profile value or a behaviour's
    changes: list[tuple[int, int]] = field(default_factory=list)   # a change or comparison missing its two periods
    bands: list[int] = field(default_factory=list)     # where 'in the top N' rankings start: of all customers
    unclear: list[tuple[int, int, str]] = field(default_factory=list)   # vague words ('a few', 'in a while'): asked
    # a month with no year said as a habit ('usually shop in December'): asked, with the latest one's year
    year_months: list[tuple[int, int, str, int]] = field(default_factory=list)    # and the month's word as typed
    # 'within 3 days' after another behaviour: asked (and whether it may count from that behaviour)
    within: list[tuple[int, int, bool]] = field(default_factory=list)
    # 'VIP or not': a condition said not to matter (its phrase from [0], the condition's words [1, 2), 'or not' at 2):
    # asked whether to leave it out
    either_way: list[tuple[int, int, int]] = field(default_factory=list)
    # 'bought shoes in store or bags': a place or period said between two values of a behaviour joined by 'or', of
    # both or of the first only? Asked: (the verb's start and end, the first value's, the 'or', the second value's end)
    said_between: list[tuple[int, int, int, int, int, int]] = field(default_factory=list)
    found: Found = field(default_factory=Found)      # what was said, for the conservation check
    # words that say again a term's agreed meaning ('(top 20%)') or an indicator's own period ('messages received in
    # the last 6 months'), and a rate's own words ('open' of 'open rate')
    restated: set[int] = field(default_factory=set)
    # the words of a time between events that are its own grammar, read by no catalog phrase of theirs: the 'two' of
    # 'between two orders', the 'last' of 'their first and last purchase' (a phrase of the profile's too)
    spaced: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Apart:
    """An 'or' between clauses said apart (Parser._behaviours_apart): the stretch it reaches, and how its sides are
    read."""
    start: int
    end: int
    listed: tuple[int, ...] = ()     # the commas listing more sides before the 'or' ('A, B or C')
    shared_negation: bool = False    # a negation said before the first verb is both sides' ('didn't open or click')
    gapped: bool = False             # the side after the 'or' says no verb of its own: it has the first side's


@dataclass
class Segment:
    start: int
    end: int
    spans: list[Span]
    windows: list[Window]
    comparisons: list[Comparison]
    rankings: list[Ranking]
    after: str = ""                  # the connector that opened it ('nor' negates it)


def one_event_words(norms: list[str], start: int, end: int):
    """Where 'in that one order', 'in a single basket', 'in one go' (French 'dans une même commande', 'en une seule
    fois', once rewritten) are said in [start, end): (where 'in' is, where the noun starts, whether it is 'go' / 'time',
    which has no noun), each lead of lang_en.ONE_EVENT_LEADS tried after each of ONE_EVENT_INS."""
    for i in range(start, end - 2):
        if norms[i] not in ONE_EVENT_INS:
            continue
        for lead in ONE_EVENT_LEADS:
            k = i + 1 + len(lead)
            if tuple(norms[i + 1:k]) == lead and k < end:
                yield i, k, norms[k] in ONE_EVENT_GOES and lead[0] in ("1", "one")


def window_start(w: Window, as_of: dt.date) -> dt.date | None:
    """The first day of a window (a length before as_of, or its own start)."""
    return w.start if w.amount is None else _back(as_of, w.amount, w.unit)


def same_days(a: Window | None, b: Window | None) -> bool:
    """Do two windows cover the same days, however each was said ('in the last 6 months', 'in that period')?"""
    return a is not None and b is not None and \
        (a.amount, a.unit, a.start, a.end, a.held) == (b.amount, b.unit, b.start, b.end, b.held)


def any_at_all(c: Comparison) -> bool:
    """'at least one', 'more than zero': true of any number of them but none."""
    return c.upper is None and (c.op, c.value) in ((">=", 1), (">", 0))


@dataclass
class EventParts:
    """A segment's behaviour words, each span with the meaning it has as that kind."""
    explicit: list[tuple[Span, Meaning]] = field(default_factory=list)     # event names ('bought online')
    kinds: list[tuple[Span, Meaning]] = field(default_factory=list)        # kinds of event ('purchase')
    qualifiers: list[tuple[Span, Meaning]] = field(default_factory=list)   # 'in store', 'online'
    dims: list[tuple[Span, Meaning]] = field(default_factory=list)         # dimension values ('shoes')
    cols: list[tuple[Span, Meaning]] = field(default_factory=list)         # an event's columns ('basket')
    siblings: list[str] = field(default_factory=list)     # events of the kind a coordinated qualifier names
    either: bool = False     # 'store or app purchases': its groups are sides of an 'or' (a value of one side's own)
