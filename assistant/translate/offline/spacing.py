"""The time between a behaviour's events: from the first to the latest, or on average from one to the next.

'more than three years between their first and their latest purchase', 'their first and most recent purchase are
more than 3 years apart', 'on average less than three weeks between one purchase and the next', French 'plus de trois
ans entre leur premier et leur dernier achat', 'en moyenne, moins de trois semaines entre un achat et le suivant'.
Found over the whole request before it is cut into clauses (its 'and' joins the first and the latest, or one event
and the next: no second clause), read in its clause as a meaning.SpacingCondition over the behaviour named. The words
are lang_en's SPACING_* (a language adds its own: lang_fr.SPACING_NEXT). A time said so is never an age.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from assistant.meaning import Comparison, Condition, EventCondition, SpacingCondition
from assistant.translate.lang_en import (
    COPULAS, MODIFIER_WORDS, NOTES, SPACING_AFTER_UNIT, SPACING_APART, SPACING_AVERAGE_LINKS, SPACING_BETWEEN, SPACING_FILLERS,
    SPACING_FIRST, SPACING_NEXT, SPACING_ONE, SPACING_TWO, SPACING_UNITS,
)
from assistant.translate.offline.lexicon import Span


@dataclass(frozen=True)
class Spaced:
    """Where a time between events is said: its words [start, end), which time, the number and unit, the
    behaviour's noun."""
    start: int
    end: int
    between: str                 # 'span' or 'gap'
    comparison: Comparison
    unit: str
    noun: Span


def find_spacings(parser, spans: list[Span], comparisons: list[Comparison]) -> list[Spaced]:
    """Every time between events said in the request (parser: its norms, lexicon and language's words)."""
    out = []
    for c in comparisons:
        found = _spaced(parser, spans, c)
        if found is not None and not any(f.start < found.end and found.start < f.end for f in out):
            out.append(found)
    return out


def _spaced(parser, spans: list[Span], c: Comparison) -> Spaced | None:
    norms = parser.norms
    if c.note and c.end_tok - c.start_tok == 1:
        return None      # 'an average of 3 weeks between orders': about 3, at least 3? no bound said: asked
    k = c.end_tok
    while k - 1 > c.start_tok and norms[k - 1] in SPACING_AFTER_UNIT:
        k -= 1
    if k - 1 > c.start_tok and norms[k - 1] in SPACING_UNITS:    # an age's comparison holds its unit ('3 years old')
        k -= 1
        c = dataclasses.replace(c, end_tok=k, age_hint=False, note="")
    unit = SPACING_UNITS.get(norms[k]) if k < len(norms) else None
    if unit is None or c.currency or c.times or c.op == "=" and c.upper is None:
        return None
    k += 1
    while k < len(norms) and norms[k] in SPACING_AFTER_UNIT:
        k += 1
    average = _average_before(norms, c.start_tok)
    after = _average_after(norms, k)
    if after:
        average, k = average or after[0], after[1]
    if k < len(norms) and norms[k] in SPACING_BETWEEN:
        return _between(parser, spans, c, unit, average, k)
    if k < len(norms) and norms[k] in SPACING_APART:
        return _apart(parser, spans, c, unit, average, k)
    return None


def _average_before(norms: list[str], i: int) -> int | None:
    """Where an average word is said right before the time ('on average, less than ...'), else None."""
    j = i - 1
    while j >= 0 and norms[j] in SPACING_AVERAGE_LINKS:
        j -= 1
    return j if j >= 0 and MODIFIER_WORDS.get(norms[j]) == "average" else None


def _average_after(norms: list[str], k: int) -> tuple[int, int] | None:
    """An average said right after the time ('30 days on average between'): (where, where the words after it start)."""
    j = k
    while j < len(norms) and norms[j] in SPACING_AVERAGE_LINKS:
        j += 1
    return (j, j + 1) if j < len(norms) and MODIFIER_WORDS.get(norms[j]) == "average" else None


def _between(parser, spans, c: Comparison, unit: str, average: int | None, k: int) -> Spaced | None:
    """'between their first and their latest purchase' (a span), 'between one purchase and the next', 'between two
    orders', 'between purchases' with an average said (a mean gap)."""
    norms = parser.norms
    j = k + 1
    edges = _edges(parser, j)
    if edges is not None:
        noun = _noun(parser, spans, edges)
        if noun is not None:
            return Spaced(_start(c, average), noun.end, "span", c, unit, noun)
        return None
    if average is None:
        return None          # 'less than 30 days between two orders': each gap, some gap? asked
    while j < len(norms) and norms[j] in SPACING_FILLERS - {"and"}:
        j += 1
    one = j < len(norms) and norms[j] in SPACING_ONE
    two = j < len(norms) and norms[j] in SPACING_TWO
    j += one or two
    while j < len(norms) and norms[j] in SPACING_TWO:      # 'two consecutive orders'
        j += 1
    noun = next((s for s in spans if s.start == j and s.of("event", "kindword")), None)
    if noun is None:
        return None
    end = noun.end
    if one:
        said = next((w for w in (*SPACING_NEXT, *getattr(parser.words, "SPACING_NEXT", ()))
                     if tuple(norms[end:end + len(w)]) == w), None)
        if said is None:
            return None
        end += len(said)
    return Spaced(_start(c, average), end, "gap", c, unit, noun)


def _apart(parser, spans, c: Comparison, unit: str, average: int | None, k: int) -> Spaced | None:
    """'their first and most recent purchase are more than 3 years apart': the span of the behaviour named before."""
    norms = parser.norms
    j = c.start_tok
    while j > 0 and norms[j - 1] in COPULAS:
        j -= 1
    noun = next((s for s in spans if s.end == j and s.of("event", "kindword")), None)
    if noun is None:
        return None
    i = noun.start
    while i > 0 and (norms[i - 1] in SPACING_FILLERS or norms[i - 1] in SPACING_FIRST or _latest_ending(parser, i)):
        i -= _latest_ending(parser, i) or 1
    if _edges(parser, i) is None:
        return None
    return Spaced(i, k + 1, "span", c, unit, noun)


def _latest_ending(parser, i: int) -> int:
    """The length of a word of latest ending right before token i ('most recent'), else 0."""
    for w in parser.latest_words:
        if i >= len(w) and tuple(parser.norms[i - len(w):i]) == w:
            return len(w)
    return 0


def _edges(parser, j: int) -> int | None:
    """Where the noun starts after 'their first and their latest' said from token j (both words, in that order,
    with only the words around them between), else None."""
    norms = parser.norms
    first = latest = False
    while j < len(norms):
        said = next((w for w in parser.latest_by_first.get(norms[j], ()) if tuple(norms[j:j + len(w)]) == w), None)
        if said is not None and first:
            latest, j = True, j + len(said)
        elif norms[j] in SPACING_FIRST and not latest:
            first, j = True, j + 1
        elif norms[j] in SPACING_FILLERS:
            j += 1
        else:
            break
    return j if first and latest else None


def _noun(parser, spans: list[Span], j: int) -> Span | None:
    """The behaviour's noun at token j, or the word of latest and the noun the catalog reads as one phrase of another
    kind ('dernier achat', a date of the profile): the noun alone, as its own words."""
    at = next((s for s in spans if s.start == j), None)
    if at is not None and at.of("event", "kindword"):
        return at
    start = next((s for s in spans if s.start < j < s.end), None)
    if start is None:
        return None
    meanings = [m for m in parser.lexicon.phrases.get(tuple(parser.norms[j:start.end]), []) if m.kind in ("event", "kindword")]
    return Span(j, start.end, meanings) if meanings else None


def _start(c: Comparison, average: int | None) -> int:
    return min(c.start_tok, average) if average is not None else c.start_tok


def read_spacing(parser, seg, negated: bool) -> list[Condition] | None:
    """The time between events said in this clause, over the behaviour it names (the clause's period its own); None
    when none is said here or its behaviour is not one plain behaviour (then its words stay unread: asked)."""
    said = next((s for s in parser.spacings if seg.start <= s.start < seg.end), None)
    if said is None:
        return None
    # the behaviour alone: its noun and the values said within the words ('first and latest store purchase'), never
    # the words of first, latest or average around it (read there, it was their first or an average)
    inside = [s for s in seg.spans if said.start <= s.start < said.end and s.of("qualifier", "dimvalue")
              and not (said.noun.start <= s.start < said.noun.end)]
    named = sorted([said.noun, *inside], key=lambda s: s.start)
    whole = type(seg)(named[0].start, named[-1].end, named, [], [], [])
    events = [c for c in parser._event(whole, None, False) if isinstance(c, EventCondition)]
    if len(events) != 1 or any((events[0].count, events[0].amount, events[0].first, events[0].last, events[0].average,
                                events[0].rank, events[0].top, events[0].after, events[0].negated, events[0].window)):
        return None
    events[0].start_tok, events[0].end_tok = said.start, said.end
    windows = [w for w in seg.windows if w.start_tok not in parser.out.used]
    if len(windows) == 1:     # the clause's period: 'between two orders this year'
        events[0].window = windows[0]
        parser._use(windows[0].start_tok, windows[0].end_tok)
    elif said.between == "gap":
        _counted_before(parser, events[0], seg)
    source = events[0]
    source.start_tok, source.end_tok = said.start, said.end
    parser._use(said.start, said.end)
    parser.out.spaced.update(k for k in range(said.start, said.end) if not said.noun.start <= k < said.noun.end)
    parser._use(said.comparison.start_tok, said.comparison.end_tok)
    return [SpacingCondition(said.start, said.end, negated=negated, source=source, between=said.between,
                             comparison=said.comparison, unit=said.unit)]


def _counted_before(parser, source: EventCondition, seg) -> None:
    """'at least 4 purchases over the last 12 months and on average less than three weeks between one purchase and
    the next': the mean gap of the events counted just before, in their period (said in a note), unless 'ever' is
    said. A span ('their first and latest purchase') is of every event: never so."""
    before = parser.last_event
    if before is None or before.window is None or before.count is None or before.negated:
        return
    tables = {parser.catalog.events[e].table for e in source.events}
    if tables != {parser.catalog.events[e].table for e in before.events} or \
            any(MODIFIER_WORDS.get(parser.norms[i]) == "ever" for i in range(seg.start, seg.end)):
        return
    source.window = before.window
    words = " ".join(t.text for t in parser.tokens[source.start_tok:source.end_tok])
    parser.out.notes.append(NOTES["same_window"].format(words=words, period=before.window.describe()))
