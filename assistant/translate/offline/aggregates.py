"""Aggregates in a segment: a ranking, one behaviour against another, a distinct count, a value on file.

Each reader takes the parser and one segment, reads the behaviours inside with the parser's own event
reading, and returns the typed condition of assistant.meaning (or None when the segment is not one).
The words that announce each (comparatives, 'than', 'different', 'per', 'on file') are the language
module's data.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from assistant.meaning import (
    Comparison, Condition, DistinctCondition, EventCondition, KnownCondition, TopCondition, VersusCondition, Window,
)
from assistant.translate.lang_en import (
    AUXILIARY_VERBS, BOUNDS_AFTER, CHANGE_LINKS, ORDER_AMOUNT_WORDS, CHANGES, COMPARATIVES, COUNT_MEASURES, COUNT_ONE, COUNT_WORDS, DISTINCT_WORDS, EACH_WORDS, EVERY_WORDS, EQUATIVE_BOUNDS, EQUATIVE_MARKERS,
    EQUATIVES, FREQUENCY_WORDS, FUNCTION_WORDS, MARGIN_LINKS,
    MODIFIER_WORDS, MULTIPLE_BOUNDS, MULTIPLE_LINKS, MULTIPLE_OF, MULTIPLE_VERBS, MULTIPLES, NOT_COMPARING, NOT_COMPARING_AFTER, NOTES, ONE_BEFORE, PER_WORDS, PERCENT_WORDS, PRESENCE_WORDS,
    PARTITIVE_LINKS, QUANTITY_NOUNS, SHARE_PART_VERBS, UNION_WORDS, RATE_BOUNDS, RATES, SET_DETERMINERS, SEVERAL_WORDS, SHARE_FRACTIONS, SHARE_LINKS, SHARE_OF, SHARE_OPS, SIDE_ENDS,
    THAN_WORDS, THAT_PLACES, THING_NOUNS, TIMES_WORDS, EVERY_PICKS, EVERY_INTENSIFIERS, NUMBER_WORDS,
)
from assistant.translate.offline.modifiers import placed_before
from assistant.translate.offline.parsed import one_event_words
from assistant.translate.offline.text import by_first, fold
from schema_catalog.semantic import paired_dimensions

NUMERIC = {"INTEGER", "BIGINT", "DECIMAL", "DOUBLE", "FLOAT", "SMALLINT", "HUGEINT", "REAL", "NUMERIC"}


# The phrases looked for at every token of a segment, by their first word (in their order).
_THAN, _COUNTS, _PER, _PRESENCE, _SHARE_OPS = (by_first(p) for p in (THAN_WORDS, COUNT_MEASURES, PER_WORDS, PRESENCE_WORDS,
                                                                    SHARE_OPS))
_EQUATIVES, _AS = by_first(EQUATIVES), by_first(EQUATIVE_MARKERS)
_RATE_BOUNDS, _BOUNDS_AFTER = by_first(RATE_BOUNDS), by_first(BOUNDS_AFTER)
_MULTIPLES = by_first(MULTIPLES)


def _phrase_at(norms: list[str], i: int, phrases: dict[str, tuple]) -> tuple[str, ...] | None:
    """The first of `phrases` (indexed by their first word) said at token i."""
    said = phrases.get(norms[i])
    return None if said is None else next((p for p in said if tuple(norms[i:i + len(p)]) == p), None)


@functools.cache
def _union_words(words) -> dict[str, tuple]:
    """English's words that make the other side's values one and the request's language's own, by their first word,
    the longest first."""
    return by_first(sorted(UNION_WORDS + getattr(words, "UNION_WORDS", ()), key=len, reverse=True))


def _union_said(parser, side, c: EventCondition) -> None:
    """'than in our flagships and mall stores put together', 'qu'en vêtements et accessoires réunis': words that say
    the other side's several places or values count as one (lang_en.UNION_WORDS), as they are read, are read."""
    if len(c.events) < 2 and not any(len(values) > 1 for values in c.dims.values()):
        return
    phrases = _union_words(parser.words)
    for k in range(side.start, side.end):
        said = _phrase_at(parser.norms, k, phrases)
        if said:
            parser._use(k, k + len(said))
            return


def _sub(parser, seg, a: int, b: int, comparisons: bool = True):
    """The part [a, b) of a segment (of the parser's Segment type), with what was found inside it."""
    return type(seg)(a, b, [s for s in seg.spans if a <= s.start < b], [w for w in seg.windows if a <= w.start_tok < b],
                   [c for c in seg.comparisons if a <= c.start_tok < b] if comparisons else [],
                   [r for r in seg.rankings if a <= r.start_tok < b], seg.after if a == seg.start else "")


def _placed(parser, cond: Condition, seg) -> Condition:
    inside = [i for i in range(seg.start, seg.end) if i in parser.out.used]
    if inside:
        cond.start_tok, cond.end_tok = inside[0], inside[-1] + 1
    return cond


# -- one behaviour against another --------------------------------------------------------------------------

def read_versus(parser, seg, negated: bool) -> list[Condition] | None:
    """'spent more online than in store this year', 'ordered less this year than last year'."""
    # a comparison's words, and a window's ('more than 1 year ago'), are not one behaviour against another
    norms = parser.norms
    covered = {i for found in (seg.comparisons, seg.windows) for c in found for i in range(c.start_tok, c.end_tok)}
    found = None
    multiple = _multiple_said(parser, seg, covered)
    equal = equatives(norms, seg.comparisons, _sides(seg)) if multiple is None else set()
    for i in range(seg.start, seg.end) if multiple is None else ():
        op, width, markers = COMPARATIVES.get(norms[i]) or CHANGES.get(norms[i]), 1, _THAN
        if op is None and i in equal and _phrase_at(norms, i, _EQUATIVES):     # 'twice as much online as in store'
            op, width, markers = ">=", len(_phrase_at(norms, i, _EQUATIVES)), _AS
        if op is None or i in covered:
            continue
        splits = [(j, m) for j in range(i + width, seg.end) if (m := _phrase_at(norms, j, markers)) and j not in covered]
        if len(splits) > 1 and splits[0][0] == i + 1:
            # French 'plus de visites que de commandes' reads 'more than visites than of commandes': the comparative's
            # own 'than' (its 'de'), the sides split at the next one (split at the first, both were read, silently)
            parser._use(i + 1, i + 1 + len(splits[0][1]))
            splits = splits[1:]
        if splits:
            found = (i, op, *splits[0], width)
            break
    if multiple is not None:
        found = multiple[:4] + (multiple[4] - multiple[0],)
    if found is None:
        if _stray_than(parser, seg, covered):
            return []
        if _average_times_average(parser, seg):
            return []
        _unplaced_change(parser, seg, covered)
        return None
    i, op, j, marker, width = found
    if multiple is not None:
        how = _HowMuch(op, share=multiple[5])
    else:
        how = _margin(parser, seg, i, op) if width == 1 else _equal(parser, seg, i, width)
    if norms[i] in CHANGES and how.margin is None and how.share is None:
        how = _changed_by(parser, seg, i, j, op)
    often = i + width < seg.end and norms[i + width] in FREQUENCY_WORDS     # 'more often': a number of times
    if often:
        parser._use(i + width, i + width + 1)
    left_seg, right_seg = _sub(parser, seg, seg.start, j), _sub(parser, seg, j + len(marker), seg.end)
    tail = _tail_by(parser, seg, j + len(marker), how.op) \
        if how.margin is None and how.share is None and how.op in (">", "<") and not how.unread else None
    if tail is not None:          # 'more online than in store by at least €100': the other side ends before 'by'
        how, cut = tail
        right_seg = _sub(parser, seg, j + len(marker), cut)
    cut = next((k for k in range(right_seg.start, right_seg.end) if norms[k] in SIDE_ENDS), None)
    rest = None
    if cut is not None:      # '... than in Q2 (minimum 2 visits in Q2)': the other side ends there
        right_seg, rest = _sub(parser, seg, right_seg.start, cut), _sub(parser, seg, cut, seg.end)
    if how.margin is not None:          # '€100 more online': how far apart, never the online side's own amount
        left_seg.comparisons = [c for c in left_seg.comparisons if c is not how.margin]
    if multiple is not None:            # 'at least double', 'at least doubled': the multiple's, never a side's count
        left_seg.comparisons = [c for c in left_seg.comparisons if c.end_tok <= i or c.start_tok >= i + width]
    left = [c for c in parser._event(left_seg, None, False) if isinstance(c, EventCondition)]
    if not left and multiple is not None:
        left = _side_said_before(parser, seg, i)
    if not left and _behaviour_after(parser, seg, j + len(marker)):
        # 'spent more than €500 online, more than in store': the comparative's left side is in another clause
        # (read alone, 'in store' was a behaviour of its own and 'more than' was dropped, silently)
        return _asked(parser, seg)
    if len(left) != 1:
        return None
    right = [c for c in parser._event(right_seg, left[0], False) if isinstance(c, EventCondition)]
    if len(right) != 1:
        return None
    _union_said(parser, right_seg, right[0])
    if _against_others(parser, seg, j + len(marker), right_seg.end):
        # 'spent more than the average customer', 'plus que la moyenne', 'more than other customers': against the
        # other customers, which no comparison of one customer's own behaviours reads (it was asked which periods,
        # or as one average against another)
        parser.out.unclear.append((seg.start, seg.end, "versus_others"))
        parser._use(seg.start, seg.end)
        return []
    averages = [k for k in range(seg.start, seg.end) if MODIFIER_WORDS.get(norms[k]) == "average"]
    if averages and not _averages_compared(parser, how, often, left[0], right[0]):
        # 'panier moyen supérieur de 20 € à leur panier moyen en magasin': how far apart two averages are is not
        # read (it answered the totals, without a word): asked
        parser.out.unclear.append((seg.start, seg.end, "versus_average"))
        parser._use(seg.start, seg.end)
        return []
    for k in averages:      # 'average basket this year higher than last year's': one average against the other
        parser._use(k, k + 1)
    left_c, right_c = left[0], right[0]
    if averages:
        left_c.average = right_c.average = False
    periods = (left_c.window is not None) + (right_c.window is not None)   # said in the request, before sharing
    note = right_c.window.note if right_c.window is not None else ""
    if _share_window(left_c, right_c) and note in parser.out.notes:
        parser.out.notes.remove(note)      # 'last year' against 'this year' is the calendar year: nothing to say
    # 'over the same period' is the other side's period said again, never the one right before it
    said_again = right_c.window is not None and right_c.window.start_tok in parser.anaphoras
    placed = _before(left_c, right_c, parser.as_of) if periods == 2 and not said_again else None
    if placed is not None:
        if note in parser.out.notes:
            parser.out.notes.remove(note)
        parser.out.notes.append(placed)
    if (periods < 2 or _same_period(left_c.window, right_c.window)) \
            and left_c.events == right_c.events and left_c.dims == right_c.dims:
        parser.out.changes.append((seg.start, seg.end))   # 'spend dropped': compared with which period?
    parser._use(i, i + width)
    parser._use(j, j + len(marker))
    spend = not often and (any(norms[k] in parser.spend_words for k in range(seg.start, seg.end)) or
                           any(m.event for s in seg.spans for m in s.of("column")))
    if not spend:       # 'whose number of site visits in Q3 is at least double ...': what is compared, read
        for k in range(seg.start, seg.end):
            counted = _phrase_at(norms, k, _COUNTS)
            if counted is not None and counted != ("most",):
                parser._use(k, k + len(counted))
    if how.vague is not None and not _held(left_c) and not _held(right_c):
        # 'as much online as in store', 'half as much': equal is rare, at least or at most? both are readings
        parser.out.unclear.append((*how.vague, "versus_equal"))
        parser._use(seg.start, seg.end)
        return []
    if how.unread or _held(left_c) or _held(right_c) or (how.times and spend and how.share is None):
        # 'au plus 3 fois de plus', 'spent 3 more times', a count or an amount said on one side ('with at least 3
        # orders online more than in store'): the comparison's SQL reads each side's events, never a count on them
        return _asked(parser, seg)
    if not spend and not often and (norms[i] in ("more", "less") or width > 1) \
            and not any(s.of("event") for s in seg.spans):   # 'bought less', 'bought twice as much'
        said = " ".join(t.text for t in parser.tokens[i:i + width] if t.text)
        parser.out.notes.append(NOTES["times_not_amount"].format(word=said, word_norm=" ".join(norms[i:i + width])))
    margin = how.margin.value if how.margin is not None and how.share is None else None
    # 'spent between €100 and €200 more online': a range of differences, both ends in
    upper = how.margin.upper if margin is not None and how.margin.upper is not None else None
    if margin is not None and how.margin.op == ">" and not spend:
        margin += 1        # 'fell by more than 2 orders': 3 at least (a count is whole)
    if how.swap:
        left_c, right_c = right_c, left_c
    cond = VersusCondition(seg.start, seg.end, negated=negated, left=left_c, right=right_c,
                           measure="average" if averages else "amount" if spend else "count", op=how.op, share=how.share, margin=margin,
                           margin_upper=upper)
    return [_placed(parser, cond, seg)] + _after_the_side(parser, rest, right_c if not how.swap else left_c)


def _after_the_side(parser, rest, side: EventCondition) -> list[Condition]:
    """What is said after the other side's end ('(minimum 2 visits in Q2)'): a behaviour of its own, the other side's
    when it names none, read when it says a count or a behaviour; else left to be asked (a period alone, '(1 January
    to 30 September)', says again or narrows the other side's: read as a behaviour of its own, it was a wrong one)."""
    if rest is None or not (rest.comparisons or any(s.of("event", "qualifier", "dimvalue", "kindword")
                                                    for s in rest.spans)):
        return []
    return [c for c in parser._event(rest, side, False) if isinstance(c, EventCondition)]


def _multiple_said(parser, seg, covered: set[int]) -> tuple[int, str, int, tuple[str, ...], int, float] | None:
    """A multiple of the other side said as a word (lang_en.MULTIPLES): 'at least double what it was in Q2', 'dropped
    to less than half of what they spent in Q2' (the other side opened right after it: MULTIPLE_OF), 'at least doubled
    their spend in 2025 compared with 2024' (a verb of a multiple, the other side after a 'than'). Where its words
    begin, its bound, where the other side's opener is, that opener, where the multiple's words end, and the multiple;
    None when the segment says none. A verb of a change before it ('dropped to') must go its way. A multiple said with
    no bound is at least it ('double what they spent', as 'twice as much'); a fraction with none is asked."""
    norms = parser.norms
    for k in range(seg.start, seg.end):
        said = _phrase_at(norms, k, _MULTIPLES)
        if said is None:
            continue
        bound = next((b for b in MULTIPLE_BOUNDS if k - len(b) >= seg.start and tuple(norms[k - len(b):k]) == b), None)
        start, end = k - len(bound or ()), k + len(said)
        if any(w.start_tok <= k < w.end_tok for w in seg.windows) or any(
                c.start_tok <= k < c.end_tok and not start <= c.start_tok <= c.end_tok <= end for c in seg.comparisons):
            continue      # a period's word, or a number of something else ('twice' as a count of a behaviour)
        opener = _phrase_at(norms, end, _multiple_of(parser.words)) if end < seg.end else None
        verb = said[-1] in MULTIPLE_VERBS or (k > seg.start and norms[k - 1] in AUXILIARY_VERBS)
        if opener is None and (bound is None and not verb or said[-1] in TIMES_WORDS):
            continue      # 'at least twice in 2025': a number of times, unless the other side is opened after it
        share = float(MULTIPLES[said])      # worded by the share's own template (an integer is not)
        op = MULTIPLE_BOUNDS[bound] if bound is not None else ">=" if share > 1 else "<="
        if opener is not None:
            if bound is None and share < 1:
                continue          # 'half what they spent': at least? at most? asked (as 'half as much')
            if start - 2 >= seg.start and norms[start - 1] in MULTIPLE_LINKS and norms[start - 2] in CHANGES:
                if CHANGES[norms[start - 2]] != op[0]:
                    return None   # 'rose to less than half': which way? asked as before
                start -= 2
            return start, op, end, opener, end, share
        than = next(((j, m) for j in range(end, seg.end) if (m := _phrase_at(norms, j, _THAN)) and j not in covered
                     and (m != ("that",) or j + 1 < seg.end and norms[j + 1] in THAT_PLACES)), None)
        if than is not None:
            return start, op, than[0], than[1], end, share
    return None


def _side_said_before(parser, seg, i: int) -> list[EventCondition]:
    """'YTD in-store spend of at least 500, and more than double what they spent online over the same period': a
    multiple said first in its clause, nothing but its links before it, compares the behaviour said just before (its
    events, values and period; never its own count or total, which stays a criterion of its own). Said in a note."""
    before = parser.last_event
    if before is None or before.negated or before.of_latest is not None or any(
            (before.first, before.last, before.top, before.rank, before.average, before.measure, before.after)) or any(
            parser.norms[k] not in FUNCTION_WORDS and parser.norms[k] not in (",", "-", ";")
            for k in range(seg.start, i)):
        return []
    said = parser.tokens[i:seg.end]        # as typed: a French 'plus du' was read as other words
    parser.out.notes.append(NOTES["side_said_before"].format(
        words=parser.request[said[0].start:said[-1].end] if parser.request else " ".join(t.text for t in said)))
    return [dataclasses.replace(before, start_tok=seg.start, end_tok=i, count=None, amount=None, own_amount=None)]


@functools.cache
def _multiple_of(words) -> dict[str, tuple]:
    """The other side's openers after a multiple: English's and the request's language's own (lang_fr.MULTIPLE_OF:
    'de celles des 6 mois précédents', where 'celles' is kept as the catalog reads it), by their first word."""
    return by_first(MULTIPLE_OF + getattr(words, "MULTIPLE_OF", ()))


def multiple_words(norms: list[str], words=None) -> set[int]:
    """The tokens of a multiple said as a word with its bound and the other side's opener ('at least the double of
    the one in Q2', 'le double' reading 'twice as much'): one behaviour against another, no vague 'much'."""
    out = set()
    for k in range(len(norms)):
        said = _phrase_at(norms, k, _MULTIPLES)
        if said is None or k + len(said) >= len(norms) or not _phrase_at(norms, k + len(said), _multiple_of(words)):
            continue
        bound = next((b for b in MULTIPLE_BOUNDS if k >= len(b) and tuple(norms[k - len(b):k]) == b), None)
        if bound is not None:
            out |= set(range(k - len(bound), k + len(said)))
    return out


def _averages_compared(parser, how, often: bool, left: EventCondition, right: EventCondition) -> bool:
    """Can the comparison be one average amount per event against the other: higher or lower, with no margin, share
    or number of times, of behaviours that each have an amount and an id (each event's amount averaged)."""
    events = [parser.catalog.events[e] for e in left.events + right.events]
    return how.margin is None and how.share is None and how.vague is None and not how.unread and not often \
        and how.op in (">", "<") and all(ev.amount and ev.id for ev in events) \
        and left.count is None and right.count is None and left.amount is None and right.amount is None


def _sides(seg) -> frozenset[int]:
    """Where a segment says a behaviour, a place or a period: where the other side of a bare equal may begin."""
    return frozenset({s.start for s in seg.spans if s.of("event", "qualifier", "dimvalue", "kindword")}
                     | {w.start_tok for w in seg.windows})


def _asked(parser, seg) -> list[Condition]:
    """A comparison whose number or sides cannot be read as said: a question on the whole segment."""
    parser.out.unclear.append((seg.start, seg.end, "versus_number"))
    parser._use(seg.start, seg.end)
    return []


def _average_times_average(parser, seg) -> bool:
    """'whose average online order is at least twice their average store ticket': a number of times between two
    averages is how far apart they are, one average against another (read as each average's own bound of 2, it was
    answered, silently): asked, as one average against another is."""
    norms = parser.norms
    averages = [k for k in range(seg.start, seg.end) if MODIFIER_WORDS.get(norms[k]) == "average"]
    if len(averages) < 2 or not any(c.times and averages[0] < c.start_tok < averages[-1] for c in seg.comparisons):
        return False
    parser.out.unclear.append((seg.start, seg.end, "versus_average"))
    parser._use(seg.start, seg.end)
    return True


def _stray_than(parser, seg, covered: set[int]) -> bool:
    """'ordered more than 3 times online than in store', 'plus de 3 commandes en ligne qu'en magasin': a 'than'
    after a comparison of a count or an amount, with a behaviour after it, compares that count with another side
    (read without it, 'in store' was a behaviour of its own, silently): asked."""
    norms = parser.norms
    for c in seg.comparisons:
        if not any(norms[k] in COMPARATIVES for k in range(c.start_tok, c.end_tok)):
            continue
        for j in range(c.end_tok, seg.end):
            marker = _phrase_at(norms, j, _THAN)
            if marker is None or j in covered or (marker == ("that",) and (
                    j + 1 == seg.end or norms[j + 1] not in THAT_PLACES)):
                continue
            if _behaviour_after(parser, seg, j + len(marker)):
                _asked(parser, seg)
                return True
    return False


def _behaviour_after(parser, seg, start: int) -> bool:
    """Something the catalog reads as (or as a part of) a behaviour, or a period, from token `start` on."""
    return any(s.start >= start and s.of("event", "qualifier", "dimension") for s in seg.spans) or \
        any(w.start_tok >= start for w in seg.windows)


def _against_others(parser, seg, start: int, end: int) -> bool:
    """The right side (tokens start..end) names the customers ('than other customers') or an average and nothing of a
    behaviour or a period ('than the average', 'que la moyenne')."""
    right = [s for s in seg.spans if start <= s.start < end]
    if any(s.of("event", "qualifier", "dimvalue", "kindword") for s in right) or \
            any(start <= w.start_tok < end for w in seg.windows):
        return False      # 'than those of the 6 months before' ('celles des 6 mois précédents'): a period of theirs
    return any(s.of("entity") for s in right) or \
        any(MODIFIER_WORDS.get(parser.norms[k]) == "average" for k in range(start, end))


def _held(side: EventCondition) -> bool:
    """A side holding what the comparison cannot apply: a count or an amount of its own, a ranking, a first or a
    latest event, an average."""
    return any((side.count, side.amount, side.rank, side.top, side.first, side.last, side.average))


@dataclasses.dataclass
class _HowMuch:
    """How far apart the two sides must be, as said before the comparative: a difference (`margin`, its comparison)
    or a multiple of the other side (`share`), the comparison's direction with its boundary (`op`), and `unread`
    when a number is there that says neither (asked, never read as one side's own count)."""
    op: str
    margin: Comparison | None = None
    share: float | None = None
    times: bool = False            # the margin is a number of times ('3 fois de plus', '3 more times')
    unread: bool = False
    swap: bool = False             # 'three times less online than in store': store at least three times online
    vague: tuple[int, int] | None = None    # a bare equal ('as much', 'half as much'): its words, asked which bound


def _margin(parser, seg, i: int, op: str) -> _HowMuch:
    """'spent €100 more online than in store', '2 more times', '3 commandes de plus', '20 euros de plus', '20% more',
    '3 times more', 'au moins deux fois plus': the number said right before the comparative is how far apart the sides
    are (a difference: the margin) or by what multiple of the other side (a share); read as the left side's own count
    or amount, it selected nothing at all (the comparison's SQL reads each side's events, never a count on them), and
    the customers who ordered online once more than in store were kept, silently."""
    norms, tokens = parser.norms, parser.tokens
    k = i
    while k > seg.start and norms[k - 1] in MARGIN_LINKS:
        k -= 1
    linked = k < i          # '3 fois de plus' is three more times, '3 fois plus' three times as many
    if k - 2 >= seg.start and norms[k - 1] in PERCENT_WORDS and tokens[k - 2].number is not None:
        said = next((c for c in seg.comparisons if c.start_tok <= k - 2 < c.end_tok), None)
        parser._use(said.start_tok if said is not None else k - 2, i + 1)
        if op == "<":                  # '20% less': at most 80% of the other side
            return _HowMuch("<=" if said is None or said.note or said.op == ">=" else "<", margin=said,
                            share=round(1 - tokens[k - 2].number / 100, 6), unread=tokens[k - 2].number >= 100)
        return _multiple(op, said, round(1 + tokens[k - 2].number / 100, 6))
    c = next((c for c in seg.comparisons if (c.upper is None or not c.times) and (c.end_tok == k or (
        c.end_tok < k and linked and _counted_noun(parser, seg, c.end_tok, k)))), None)
    if c is None:
        return _HowMuch(op)
    if c.times and not linked and c.value != 1:    # '3 times more', 'twice more', 'trois fois plus': a multiple
        parser._use(c.start_tok, i + 1)
        if c.op == "=":
            return _HowMuch(op, margin=c, unread=True)
        return _multiple(op, c, c.value)
    after = i + 1 < seg.end and norms[i + 1] in COUNT_WORDS       # '2 more times'; 'once more' is one more time
    parser._use(c.start_tok, i + 1 + after)
    return _HowMuch(op, margin=c, times=c.times or after, unread=c.op in ("<", "<=", "="))


def _multiple(op: str, said: Comparison | None, share: float) -> _HowMuch:
    """'3 times more', 'at least 20% more' (the boundary in), 'more than twice more' (out); 'at most twice as much'
    turns 'more' into at most that multiple. A multiple of nothing, or 'exactly', is asked."""
    bound = said.op if said is not None and not said.note else ">="       # a bare number: at least that
    share = float(share)      # a share is worded by its own template ('twice' is the integer 2)
    if share <= 0 or bound == "=":
        return _HowMuch(op, margin=said, unread=True)
    if op == ">":
        return _HowMuch(bound, margin=said, share=share)
    if bound in (">", ">="):
        # 'three times less online than in store': store at least three times online (a third, rounded, lost the
        # customer with 1 order online and 3 in store)
        return _HowMuch(bound, margin=said, share=share, swap=True)
    return _HowMuch(op, margin=said, unread=True)


def _changed_by(parser, seg, i: int, j: int, op: str) -> _HowMuch:
    """'spend dropped by 30% compared to last year', 'ont baissé de 100 € par rapport à l'an dernier': by how much the
    change is, said after it (before the other side at j): a share of the other side or a difference, at least it.
    Read as nothing, or as the left side's own amount, the customers whose spend dropped by a cent were kept."""
    linked = i + 1 < j and parser.norms[i + 1] in CHANGE_LINKS          # 'dropped 30%', 'dropped by 30%'
    return _by_how_much(parser, seg, i + 1, i + 1 + linked, j, op, whole=False) or _HowMuch(op)


def _tail_by(parser, seg, start: int, op: str) -> tuple[_HowMuch, int] | None:
    """'spent more online than in store by at least €100', 'plus en ligne qu'en magasin de 100 €': by how much, said
    at the end of the other side (the words from `start`), and where that side ends."""
    for k in range(start, seg.end):
        if parser.norms[k] in CHANGE_LINKS:
            how = _by_how_much(parser, seg, k, k + 1, seg.end, op, whole=True)
            if how is not None:
                return how, k
    return None


def _by_how_much(parser, seg, used: int, k: int, end: int, op: str, whole: bool) -> _HowMuch | None:
    """The share ('30%') or the difference ('€100', 'more than 2 orders') said at k, before `end` (up to it when
    `whole`); its words from `used` on are read. None when no number is said there."""
    tokens, norms = parser.tokens, parser.norms
    if any(w.start_tok <= k < w.end_tok for w in seg.windows):
        return None                   # 'than in all of 2025': a period's own number
    if k + 1 < end and tokens[k].number is not None and norms[k + 1] in PERCENT_WORDS and (not whole or k + 2 == end):
        parser._use(used, k + 2)
        n = tokens[k].number
        return _HowMuch(op + "=", share=round(1 + n / 100 if op == ">" else 1 - n / 100, 6), unread=op == "<" and n >= 100)
    c = next((c for c in seg.comparisons if c.start_tok == k and c.end_tok <= end and c.upper is None and (
        not whole or c.end_tok == end or _counted_noun(parser, seg, c.end_tok, end))), None)
    if c is None:
        return _HowMuch(op, unread=True) if k < end and tokens[k].number is not None else None
    parser._use(used, end if whole else c.end_tok)
    return _HowMuch(op, margin=c, times=c.times, unread=c.op in ("<", "<=", "="))


def equatives(norms: list[str], comparisons, sides: frozenset[int] = frozenset()) -> set[int]:
    """The tokens of 'as much' / 'as many' / 'as often' that compare two behaviours: a multiple ('twice', '3 times'),
    a bound ('at least') or a fraction ('half') said right before, an 'as' (French 'que') after; or, said bare, an 'as'
    right before a side in `sides` (where a behaviour, a place or a period is said: 'as much online as in store',
    asked at least or at most). They are no vague quantity."""
    out = set()
    for i in range(len(norms)):
        said = _phrase_at(norms, i, _EQUATIVES)
        markers = [j for j in range(i + len(said), len(norms)) if _phrase_at(norms, j, _AS)] if said else []
        if not markers:
            continue
        fraction = _fraction_before(norms, i)
        k = i - len(fraction) if fraction else i
        if _bound_before(norms, k) or fraction or any(c.end_tok == i and c.times and c.upper is None
                                                      for c in comparisons) \
                or any(j + len(_phrase_at(norms, j, _AS)) in sides for j in markers):
            out |= set(range(k, i + len(said)))
    return out


def _bound_before(norms: list[str], i: int) -> tuple[str, ...] | None:
    return next((b for b in EQUATIVE_BOUNDS if i >= len(b) and tuple(norms[i - len(b):i]) == b), None)


def _fraction_before(norms: list[str], i: int) -> tuple[str, ...] | None:
    """'half' said right before an equal ('at most half as much'): the share of the other side it says."""
    return next((f for f in SHARE_FRACTIONS if i >= len(f) and tuple(norms[i - len(f):i]) == f), None)


def _equal(parser, seg, i: int, width: int) -> _HowMuch:
    """'twice as much' (a multiple, at least it), 'at least as many' (the left side at least the right one), 'at most
    as much', 'at most half as much' (a fraction of the other side, its bound said); a bare 'as much' or 'half as
    much' (equal? at least? at most?) is asked with both bounds as readings, anything else before it asked."""
    fraction = _fraction_before(parser.norms, i)
    if fraction is not None:
        k = i - len(fraction)
        bound = _bound_before(parser.norms, k)
        if bound is None:
            return _HowMuch(">=", unread=True, vague=(k, i + width))
        parser._use(k - len(bound), i)
        return _HowMuch(EQUATIVE_BOUNDS[bound], share=SHARE_FRACTIONS[fraction])
    bound = _bound_before(parser.norms, i)
    if bound is not None:
        parser._use(i - len(bound), i)
        return _HowMuch(EQUATIVE_BOUNDS[bound])
    c = next((c for c in seg.comparisons if c.end_tok == i and c.times and c.upper is None), None)
    if c is None:
        return _HowMuch(">=", unread=True, vague=(i, i + width))
    parser._use(c.start_tok, i)
    return _multiple(">", c, c.value)


def _counted_noun(parser, seg, a: int, b: int) -> bool:
    """Tokens a..b name the behaviour counted ('3 commandes de plus': 'commandes'), nothing else."""
    named = {k for s in seg.spans if s.of("event") for k in range(s.start, s.end)}
    return a < b and all(k in named for k in range(a, b))


# -- a share of the spend ---------------------------------------------------------------------------------------

def read_share(parser, seg, negated: bool) -> list[Condition] | None:
    """'more than 80% of their spend online', 'plus de la moitié de leurs dépenses concerne la beauté': the spend on
    the part the segment names against the spend on every purchase of that kind, over the same window."""
    found = next((f for i in range(seg.start, seg.end) if (f := _share_at(parser, i, seg.end))), None)
    if found is None:
        return None
    start, end, op, share, measure = found
    rest = _sub(parser, seg, seg.start, seg.end, comparisons=False)
    read = [c for c in parser._event(rest, None, False) if isinstance(c, EventCondition)]
    among = _share_among(parser, seg, start, end, read, measure)
    if among is not None:
        return among(negated, op, share)
    if len(read) != 1:
        return None
    part = read[0]
    kinds = {parser.catalog.events[e].kind for e in part.events}
    whole = tuple(e for e, ev in parser.catalog.events.items() if ev.kind in kinds and ev.amount)
    if measure == "count":      # the events the whole's noun names ('their orders': the online orders)
        noun = next(s for s in parser.lexicon_spans if s.start == end)
        named = {m.event for m in noun.of("event")} | {m.ref for m in noun.of("kindword")}
        whole = tuple(e for e, ev in parser.catalog.events.items() if e in named or ev.kind in named)
    if len(kinds) != 1 or not set(part.events) <= set(whole) \
            or (set(part.events) == set(whole) and not part.dims and not part.days) \
            or any((part.count, part.amount, part.rank, part.top, part.first, part.last, part.average, part.measure)):
        return None      # no part named, or one said with more than a share can hold: asked
    link = next((w for w in SHARE_LINKS if start >= len(w) and tuple(parser.norms[start - len(w):start]) == w), ())
    parser._use(start - len(link), end)
    # the share said first, the part after a verb ('more than half of their spend went online'): that verb is read
    parser.out.used.update(k for k in range(end, seg.end) if parser.norms[k] in SHARE_PART_VERBS)
    parser.out.unclear[:] = [u for u in parser.out.unclear if not start <= u[0] < end]   # 'half of' is read
    cond = VersusCondition(seg.start, seg.end, negated=negated, left=part,
                           right=EventCondition(part.start_tok, part.end_tok, events=whole, window=part.window),
                           measure=measure, op=op, share=share)
    return [_placed(parser, cond, seg)] + _count_of_the_whole(parser, seg, cond.right, negated)


def read_rate(parser, seg, negated: bool) -> list[Condition] | None:
    """'email click-through rate of 30% or more', 'taux d'ouverture de nos e-mails sous les 10 %': the events of
    the rate's part among those of its whole (lang_en.RATES), of the channel and over the period the segment says,
    against the share said with its bound. A rate with no number is no criterion (None: read as before); its parts
    not in the catalog, or its bound not said, asked naming the rate."""
    norms = parser.norms
    rates = _rates(parser.words)
    found = next(((i, w) for i in range(seg.start, seg.end) if i not in parser.out.used
                  and (w := _phrase_at(norms, i, rates[1]))), None)
    if found is None:
        return None
    i, words = found
    # the share said after the rate, maybe after what it is of ('taux de clic e-mail de 30 %', 'of our emails')
    spanned = {k for s in seg.spans for k in range(s.start, s.end)}
    said, j = None, i + len(words)
    while said is None and j < seg.end:
        said = _rate_share(parser, j, seg.end)
        if said is None and (j in spanned or norms[j] in FUNCTION_WORDS) and j not in parser.out.used:
            j += 1
        elif said is None:
            break
    if said is None:
        return None
    end, op, share = said
    part_word, whole_word = rates[0][words]
    whole = _rate_events(parser, whole_word)
    part = _rate_events(parser, part_word)
    whole_events = tuple(e for e, _ in whole if _ is None)
    if op is None or len(whole_events) != 1:
        return _rate_asked(parser, i, end)
    event = parser.catalog.events[whole_events[0]]
    # the part: another event of the whole's own table and id ('clicked'), or a value of the whole's ('returned')
    other = [e for e, dim in part if dim is None and parser.catalog.events[e].table == event.table and event.id
             and parser.catalog.events[e].id == event.id and e != whole_events[0]]
    values = _rate_values(parser, part_word, whole_events[0])
    if not other and not values:
        return _rate_asked(parser, i, end)
    before = set(parser.out.used)
    parser._use(i, i + len(words))
    parser._use(j, end)
    dims = {}
    for s in seg.spans:            # the whole's dimensions said beside the rate ('email', 'de nos e-mails')
        if s.start in parser.out.used:
            continue
        found_dims = {(m.dim, m.values) for m in s.of("dimvalue") if m.event == whole_events[0]}
        if len(found_dims) == 1:
            dim, vals = found_dims.pop()
            dims[dim] = tuple(dict.fromkeys(dims.get(dim, ()) + vals))
            parser._use(s.start, s.end)
    windows = [w for w in seg.windows if w.start_tok not in parser.out.used]
    window = windows[0] if len(windows) == 1 else None
    if window is not None:
        parser._use(window.start_tok, window.end_tok)
    counted = {k for c in seg.comparisons if c.start_tok >= end for k in range(c.start_tok, c.end_tok)} | {
        k for c in seg.comparisons if c.start_tok >= end for s in seg.spans if s.start == c.end_tok
        for k in range(s.start, s.end)}
    leftover = [k for k in range(seg.start, seg.end) if k not in parser.out.used and k not in counted
                and norms[k] not in FUNCTION_WORDS and norms[k] not in (",", ".", "", "(", ")")
                and not (k - 1 in counted and (norms[k],) in BOUNDS_AFTER)]      # '(4 commandes minimum)'
    if leftover or len(windows) > 1:
        # more said than a rate holds ('click rate of 30% on Black Friday emails'): the rate asked, the rest
        # flagged as it stands (never the rate's number read as a count or 'or more' as an OR)
        parser.out.used.intersection_update(before)
        return _rate_asked(parser, i, end)
    right = EventCondition(seg.start, seg.end, events=whole_events, dims=dims, window=window)
    if other:
        left = EventCondition(i, end, events=(other[0],), dims=dims)
    else:
        left = EventCondition(i, end, events=whole_events, dims={**dims, **dict(values)}, window=window)
    cond = VersusCondition(seg.start, seg.end, negated=negated, left=left, right=right, measure="count", op=op,
                           share=share, within=bool(other))
    # the rate's own words are its reading ('open' of 'open rate' is no ticket status left out of the audience)
    parser.out.restated.update(range(i, i + len(words)))
    return [_placed(parser, cond, seg)] + _count_of_the_whole(parser, seg, right, negated)


@functools.cache
def _rates(words) -> tuple[dict, dict]:
    """English's rates and the request's language's own (lang_fr.RATES), and those by their first word."""
    rates = {**RATES, **getattr(words, "RATES", {})}
    return rates, by_first(rates)


def _rate_events(parser, word: str) -> list[tuple[str, str | None]]:
    """What a rate's word reads in the catalog: (event, None) for an event, (event, dimension) for a value of one."""
    meanings = parser.lexicon.phrases.get(parser.lexicon.key(word), [])
    return [(m.event, m.dim if m.kind == "dimvalue" else None) for m in meanings
            if m.kind in ("event", "dimvalue") and m.event in parser.catalog.events]


def _rate_values(parser, word: str, event: str) -> list[tuple[str, tuple]]:
    """The values of `event` a rate's word reads ('returned': the orders' status 'returned')."""
    meanings = parser.lexicon.phrases.get(parser.lexicon.key(word), [])
    return [(m.dim, m.values) for m in meanings if m.kind == "dimvalue" and m.event == event]


def _rate_asked(parser, start: int, end: int) -> list[Condition]:
    parser.out.unclear.append((start, end, "rate"))
    parser._use(start, end)
    return []


def _rate_share(parser, k: int, end: int) -> tuple[int, str | None, float] | None:
    """The share said after a rate's words ('of 30% or more', 'above 30%', 'sous les 10 %': 'under 10 %', 'of at
    least half'): where it ends, its bound (None when not said: asked) and its fraction; None with no number."""
    norms, tokens = parser.norms, parser.tokens
    bound = _phrase_at(norms, k, _RATE_BOUNDS) if k < end else None
    op = RATE_BOUNDS[bound] if bound else None
    if bound is None and k < end and norms[k] == "of":
        k += 1
    elif bound is not None:
        k += len(bound)
    if k < end and norms[k] == "the":       # 'sous les 10 %': 'under the 10 %'
        k += 1
    fraction = next((w for w in SHARE_FRACTIONS if tuple(norms[k:k + len(w)]) == w), None)
    if fraction is not None:
        share, k = SHARE_FRACTIONS[fraction], k + len(fraction)
    elif k + 1 < end and tokens[k].number is not None and norms[k + 1] in PERCENT_WORDS and 0 < tokens[k].number < 100:
        share, k = tokens[k].number / 100, k + 2
    else:
        return None
    after = _phrase_at(norms, k, _BOUNDS_AFTER) if k < end else None
    if after is not None and op is None and BOUNDS_AFTER[after] in (">=", "<="):
        op, k = BOUNDS_AFTER[after], k + len(after)
    return k, op, round(share, 6)


def _share_among(parser, seg, start: int, end: int, read: list[EventCondition], measure: str):
    """'ont ouvert 80 % ou plus des e-mails reçus': a verb of another event of the same records as the noun (opened,
    of the messages received) is the part among them (VersusCondition.within), both in the period said; None when
    the segment says no such pair."""
    if measure != "count" or len(read) != 1 or len(read[0].events) != 2:
        return None
    noun = next((s for s in parser.lexicon_spans if s.start == end and s.of("event")), None)
    if noun is None or noun.start <= start:
        return None
    part = [c for c in parser._event(_sub(parser, seg, seg.start, start, comparisons=False), None, False)
            if isinstance(c, EventCondition)]
    cut = min((c.start_tok for c in seg.comparisons if c.start_tok > noun.start), default=seg.end)
    while cut - 1 > noun.start and parser.norms[cut - 1] in ("(", ",", "with"):     # '(minimum 5 e-mails reçus)'
        cut -= 1
    said = next((s.start for s in parser.lexicon_spans if s.end == noun.start and start < s.start
                 and s.of("qualifier", "value")), noun.start)          # 'des e-mails reçus': which of them
    whole = [c for c in parser._event(_sub(parser, seg, said, cut, comparisons=False), None, False)
             if isinstance(c, EventCondition)]
    if len(whole) != 1 or len(part) != 1 or len(part[0].events) != 1 or len(whole[0].events) != 1:
        return None
    events = parser.catalog.events
    p, w = events[part[0].events[0]], events[whole[0].events[0]]
    if part[0].events == whole[0].events or (p.table, p.id) != (w.table, w.id) or not w.id or any(
            (c.count, c.amount, c.rank, c.top, c.first, c.last, c.average, c.measure) != (None,) * 4 + (False,) * 3
            + (None,) for c in (part[0], whole[0])):
        return None
    window = whole[0].window or part[0].window

    def make(negated: bool, op: str, share: float) -> list[Condition]:
        parser._use(start, end)
        right = dataclasses.replace(whole[0], window=window)
        left = dataclasses.replace(part[0], window=None, dims={**whole[0].dims, **part[0].dims})
        cond = VersusCondition(seg.start, seg.end, negated=negated, left=left, right=right, measure="count", op=op,
                               share=share, within=True)
        return [_placed(parser, cond, seg)] + _count_of_the_whole(parser, seg, right, negated)
    return make


def _count_of_the_whole(parser, seg, whole: EventCondition, negated: bool) -> list[Condition]:
    """'... un samedi ou un dimanche (4 achats minimum)', '(at least 4 purchases)': a count said beside a share of
    the events is of all of them (read with the share, it was asked)."""
    said = [c for c in seg.comparisons if c.times or any(
        s.start == c.end_tok and s.of("event", "kindword") for s in parser.lexicon_spans) or any(
        s.start == c.end_tok and s.of("qualifier", "value") and any(n.start == s.end and n.of("event", "kindword")
                                                                     for n in parser.lexicon_spans)
        for s in parser.lexicon_spans)]        # '(minimum 5 e-mails reçus)': the noun after which of them
    if len(said) != 1 or negated or said[0].start_tok in parser.out.used:
        return []
    c = said[0]
    parser._use(c.start_tok, c.end_tok)
    which = next((s for s in parser.lexicon_spans if s.start == c.end_tok and s.of("qualifier", "value")), None)
    at = which.end if which is not None else c.end_tok
    noun = next((s for s in parser.lexicon_spans if s.start == at and s.of("event", "kindword")), None)
    if noun is not None:
        parser._use(c.end_tok, noun.end)
    end = max(c.end_tok, noun.end if noun is not None else 0)
    return [EventCondition(c.start_tok, end, events=whole.events, dims=dict(whole.dims), window=whole.window,
                           count=dataclasses.replace(c, times=True))]


def _share_at(parser, i: int, end: int) -> tuple[int, int, str, float, str] | None:
    """The share said at token i ('more than 80 % of their spend', 'more than half of their purchases'): where it
    ends, its bound, its fraction, and what it measures (spend, or the number of the behaviour's events its noun
    names: 'plus de la moitié des achats ... un samedi ou un dimanche'). The behaviour's noun is left to be read."""
    norms, tokens = parser.norms, parser.tokens
    op = _phrase_at(norms, i, _SHARE_OPS)
    after = None
    if op is None and i + 2 < end and tokens[i].number is not None and norms[i + 1] in PERCENT_WORDS \
            and (after := _phrase_at(norms, i + 2, _BOUNDS_AFTER)) and BOUNDS_AFTER[after] in (">=", "<=") \
            and (i == 0 or norms[i - 1] not in SHARE_OF_LEADS):
        op = ()           # '80 % or more of the e-mails': its bound said after it
    if op is None:
        return None
    k = i + len(op)
    fraction = next((w for w in SHARE_FRACTIONS if tuple(norms[k:k + len(w)]) == w), None)
    if fraction is not None and op:
        share, k = SHARE_FRACTIONS[fraction], k + len(fraction)
    elif k + 1 < end and tokens[k].number is not None and norms[k + 1] in PERCENT_WORDS and 0 < tokens[k].number < 100:
        share, k = tokens[k].number / 100, k + 2
    else:
        return None
    if after:
        k += len(after)
    of = next((w for w in SHARE_OF if tuple(norms[k:k + len(w)]) == w), None)
    if of is None or k + len(of) >= end:
        return None
    # (the language's own word, kept as a catalog's: 'des dépenses' where the catalog's purchases say 'dépensé')
    if norms[k + len(of)] in parser.share_wholes:
        return i, k + len(of) + 1, _share_op(op, after), round(share, 6), "amount"
    if any(s.start == k + len(of) and s.of("event", "kindword") for s in parser.lexicon_spans):
        return i, k + len(of), _share_op(op, after), round(share, 6), "count"
    # 'of their site visits': the noun after a word that says which of them
    said = next((s for s in parser.lexicon_spans if s.start == k + len(of) and s.of("qualifier", "value")), None)
    if said is not None and any(s.start == said.end and s.of("event", "kindword") for s in parser.lexicon_spans):
        return i, said.end, _share_op(op, after), round(share, 6), "count"
    return None


def _share_op(op: tuple[str, ...], after: tuple[str, ...] | None) -> str:
    return SHARE_OPS[op] if op else BOUNDS_AFTER[after]


# Before a number, the words that make it another comparison's, not a share's ('at least 80 % or more')
SHARE_OF_LEADS = frozenset({"least", "most", "than", "over", "under", "above", "below"})


def _unplaced_change(parser, seg, covered: set[int]) -> None:
    """'spend dropped', 'spent less this year': a change or a comparison with nothing to compare against is a
    question (which two periods?), never the behaviour read as if the word were not there."""
    norms = parser.norms
    said = [i for i in range(seg.start, seg.end) if i not in covered and (norms[i] in CHANGES or norms[i] in COMPARATIVES)]
    if not said:
        return      # no change or comparative word: most segments (what a behaviour is said with is not looked for)
    behaviour = any(norms[k] in parser.spend_words for k in range(seg.start, seg.end)) or parser._has_event_anchor(seg)
    word = next((i for i in said if norms[i] in CHANGES or (
        behaviour and (i == 0 or norms[i - 1] not in NOT_COMPARING)
        and (i + 1 == len(norms) or norms[i + 1] not in NOT_COMPARING_AFTER))), None)
    if word is not None:
        parser._use(word, word + 1)
        parser.out.changes.append((seg.start, seg.end))


def _share_window(left: EventCondition, right: EventCondition) -> bool:
    """A window said once is both sides'; 'this year than last year' compares calendar periods (True then)."""
    if left.window is None or right.window is None:
        left.window = right.window = left.window or right.window
        return False
    this, last = left.window, right.window
    if this.start is not None and this.end is None and this.amount is None and last.amount is not None and last.note:
        start = _back(this.start, last.amount, last.unit)
        right.window = Window(last.text, last.start_tok, last.end_tok, start=start, end=this.start)
        return True
    return False


def _same_period(a: Window | None, b: Window | None) -> bool:
    return a is not None and b is not None and (a.amount, a.unit, a.start, a.end) == (b.amount, b.unit, b.start, b.end)


def _before(left: EventCondition, right: EventCondition, as_of: dt.date) -> str | None:
    """'in the last 6 months compared with the previous 6 months', '... with the 6 months before': a period
    said like the first one, or a length said 'before', is the period right before the first one. The note
    names the phrase and the dates it was read as."""
    this, other = left.window, right.window
    if this is None or other is None or not (other.anaphora == "before" or _same_period(this, other)) \
            or this.start is None and this.amount is None:     # 'before 2002': no beginning to place it before
        return None
    right.window = placed_before(this, other, as_of)
    return f"'{other.text}' read as {right.window.describe()}, the period right before the one compared ({this.describe()})"


def _back(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "DAY":
        return day - dt.timedelta(days=amount)
    index = day.year * 12 + day.month - 1 - amount
    return dt.date(index // 12, index % 12 + 1, 1)


# -- distinct counts ----------------------------------------------------------------------------------------

def read_distinct(parser, seg, inherited: EventCondition | None, negated: bool) -> list[Condition] | None:
    """'bought from at least 4 different categories': the comparison counts the dimension's values."""
    same = read_same(parser, seg, inherited, negated)
    if same is not None:
        return same
    norms = parser.norms
    said = _counts_said(parser, seg)
    for i, k, comparison in said:
        counted = parser.counted_by_first.get(norms[k], ()) if k < len(norms) else ()
        words = next((w for w in counted if tuple(norms[k:k + len(w)]) == w), None)
        kind = _kind_of_place(parser, seg, k) if words is None and k > i and comparison is not None else None
        if kind is not None:        # '2 different outlets': the outlets themselves, each a store
            words, dimension = kind
        elif words is None or comparison is None or _compound(parser, seg, k, k + len(words), different=k > i):
            continue
        else:
            dimension = parser.counted_words[words]
        # 'on all three channels': each of them; 'in one of our two Lyon stores', 'nos deux magasins': how many there
        # are, no count, unless they are every value the catalog lists ('sur les trois canaux')
        every = comparison.note in (_EVERY, _EVERY_OF_OURS) or comparison.start_tok > 0 and \
            norms[comparison.start_tok - 1] in SET_DETERMINERS
        if every and _every(parser, dimension, comparison, parser.catalog.events) is None:
            continue
        if k == i and _numeric_dimension(parser, dimension):
            continue      # 'a 4 or 5 satisfaction score': the values of a number, never a count of them
        if k == i and _said_single(parser, comparison):    # 'from a single category': exactly one
            comparison = dataclasses.replace(comparison, op="=", note="")
        only = _only_before(parser, comparison.start_tok)
        if only is not None:      # 'only in 2 stores': exactly that many, nothing asked
            comparison = dataclasses.replace(comparison, op="=", note="")
        whole = _sub(parser, seg, seg.start, seg.end, comparisons=False)
        # 'opened 3 campaigns': the counted noun also names a behaviour of its own (a campaign received); said with
        # another behaviour it is only what is counted (read as both, 3 opens and 3 receipts, silently)
        noun = [s for s in whole.spans if s.start == k and s.of("event")]
        if noun and any(s.of("event") for s in whole.spans if s not in noun):
            whole.spans = [s for s in whole.spans if s not in noun]
        # 'promo codes': a value named by a word of the counted noun ('promo', a message's objective) is part of it
        whole.spans = [s for s in whole.spans if kind is not None
                       or not (k <= s.start and s.end <= k + len(words) and s.of("dimvalue"))]
        one = _one_event_said(parser, seg, k + len(words), dimension)
        if one is not None and one[2] is not None:
            # 'with items from 3+ categories in that one order': the one event's noun says which events, not a
            # behaviour of its own; said alone, it is the behaviour ('3 brands in a single order')
            others = any(s.of("event", "kindword") for s in whole.spans if s is not one[2])
            before = parser.last_event      # the behaviour said before, when it is of the noun's events
            if others or before is not None and set(before.events) & one[3]:
                whole.spans = [s for s in whole.spans if s is not one[2]]
                inherited = inherited if others else before
        events = [c for c in parser._event(whole, inherited, False) if isinstance(c, EventCondition)]
        if len(events) != 1:
            return None
        source = events[0]
        source.events = tuple(e for e in source.events if dimension in parser.catalog.events[e].dimensions
                              and parser.catalog.events[e].id and (one is None or e in one[3]))
        if not source.events:
            return None
        if every:
            comparison = _every(parser, dimension, comparison, source.events)
            if comparison is None:
                return None
            # 'every channel': each value, said; not a share of the behaviours to ask about
            parser.out.unclear = [u for u in parser.out.unclear if not (u[0] == i and u[2] == "share")]
        end = k + len(words)
        end += end < seg.end and norms[end] in DISTINCT_WORDS     # 'deux codes promo différents': said after a noun
        parser._use(i, end)                                      # of two words (one word's is put before it)
        parser._use(comparison.start_tok, comparison.end_tok)
        if one is not None:       # 'in that one order': its words are the count's, no behaviour nor count of theirs
            parser._use(one[0], one[1])
            parser.out.unclear = [u for u in parser.out.unclear if not (one[0] <= u[0] < one[1] and u[2] == "same")]
        if comparison.note and comparison.note not in parser.out.notes:    # '3 campaigns': at least 3, said
            parser.out.notes.append(comparison.note)
        for other in seg.comparisons:      # '3 times on 2 different campaigns': a count the distinct count cannot
            if other is not comparison and not parser.out.used & set(range(other.start_tok, other.end_tok)):  # asked
                parser.out.unread.update(range(other.start_tok, other.end_tok))
        if only is not None:
            parser.out.unclear.remove(only)
        said = [m.event for s in noun for m in s.of("event") if m.event in source.events]
        if said and not every and k == i and end == k + len(words):
            # 'received more than 8 campaigns': the counted noun is also the catalog's word for each event counted
            # (a campaign received is a message): read as different campaigns, which is said (not when 'different'
            # says so)
            parser.out.notes.append(NOTES["values_not_events"].format(
                words=" ".join(t.text for t in parser.tokens[min(comparison.start_tok, k):end]),
                dimension=dimension.replace("_", " "), event=parser.catalog.events[said[0]].label))
        cond = DistinctCondition(seg.start, seg.end, negated=negated, source=source, dimension=dimension,
                                 comparison=comparison, per_event=one is not None)
        return [_placed(parser, cond, seg)]
    return None


def read_same(parser, seg, inherited: EventCondition | None, negated: bool) -> list[Condition] | None:
    """'bought the same brand 3 times or more', 'au moins 3 fois pour le même motif': a count of times said with 'the
    same' before a dimension's noun counts the events of one value of it (some value reaching the count). 'the same'
    elsewhere stays asked (lang_en.VAGUE_WORDS 'same'); None when the segment holds no such phrase."""
    norms = parser.norms
    for entry in [u for u in parser.out.unclear if u[2] == "same" and seg.start <= u[0] and u[1] < seg.end]:
        k = entry[1]
        counted = parser.counted_by_first.get(norms[k], ())
        words = next((w for w in counted if tuple(norms[k:k + len(w)]) == w), None)
        times = [c for c in seg.comparisons if c.times] or _counted_events(parser, seg)
        if words is None or len(times) != 1 or _compound(parser, seg, k, k + len(words)):
            continue
        dimension, count = parser.counted_words[words], times[0]
        whole = _sub(parser, seg, seg.start, seg.end, comparisons=False)
        # the noun counted is what is counted, never a behaviour or a value of its own ('brand' names no brand)
        whole.spans = [s for s in whole.spans if not (s.start < k + len(words) and k < s.end)]
        events = [c for c in parser._event(whole, inherited, False) if isinstance(c, EventCondition)]
        if len(events) != 1:
            return None
        source = events[0]
        source.events = tuple(e for e in source.events if dimension in parser.catalog.events[e].dimensions
                              and parser.catalog.events[e].id)
        if not source.events or source.count is not None or source.amount is not None:
            return None
        parser._use(entry[0], k + len(words))
        parser._use(count.start_tok, count.end_tok)
        parser.out.unclear.remove(entry)
        if count.note and count.note not in parser.out.notes:
            parser.out.notes.append(count.note)
        cond = DistinctCondition(seg.start, seg.end, negated=negated, source=source, dimension=dimension,
                                 comparison=dataclasses.replace(count, times=False), same=True)
        return [_placed(parser, cond, seg)]
    return None


def _one_event_said(parser, seg, after: int, dimension: str):
    """'in that one order', 'in a single order', 'in the same basket', 'in one go' (French 'dans une même commande',
    'en une seule fois') said in the segment after a distinct count (lang_en.ONE_EVENT_LEADS): (where its words start,
    where they end, the event's noun or None, the events it may be: those of the noun that have the dimension counted
    and an id). None when none is said, or its noun names no event that has the dimension (still asked)."""
    norms, catalog = parser.norms, parser.catalog
    counted = frozenset(e for e, ev in catalog.events.items() if dimension in ev.dimensions and ev.id)
    for i, k, go in one_event_words(norms, after, seg.end):
        if go:                  # 'in one go': the behaviour's own events
            return i, k + 1, None, counted
        noun = next((s for s in seg.spans if s.start == k), None)
        named = _events_named(catalog, noun) & counted if noun is not None else frozenset()
        if named:
            return i, noun.end, noun, named
    return None


def _events_named(catalog, span) -> frozenset[str]:
    """The events a noun names: a behaviour's ('order'), a kind's ('purchase'), or one event's amount ('basket')."""
    kinds = {m.ref for m in span.of("kindword")}
    amounts = {m.event for m in span.of("column") if m.event in catalog.events
               and m.column == f"{catalog.events[m.event].table}.{catalog.events[m.event].amount}"}
    return frozenset({m.event for m in span.of("event") if m.event} | amounts
                     | {e for e, ev in catalog.events.items() if ev.kind in kinds})


def _counted_events(parser, seg) -> list[Comparison]:
    """'in at least 3 (different) purchases': a count said right before a behaviour's noun, a count of its events
    (the 'different' between them said with it)."""
    out = []
    for c in seg.comparisons:
        k = c.end_tok + (c.end_tok < seg.end and parser.norms[c.end_tok] in DISTINCT_WORDS)
        if not c.times and any(s.start == k and s.of("event", "kindword") for s in seg.spans):
            out.append(dataclasses.replace(c, end_tok=k))
    return out


_EVERY = "every value"      # a comparison's note: every value of the dimension counted is said, N or all of them
_EVERY_OF_OURS = "every one of a set of that size"     # ... 'each of our 8 categories': N only if the catalog lists N


def _every(parser, dimension: str, said: Comparison, events) -> Comparison | None:
    """Every value of the dimension: as many as said ('all three channels'), or as many as the catalog lists ('every
    channel'); a number after a determiner only when the catalog lists that many ('the three channels'). None when
    it is not every value, or the catalog lists none. `events`: the behaviours counted (names); before they are
    known, every event: any of their lists may be the one."""
    cat = parser.catalog
    listed = {len(cat.column(cat.events[e].dimensions[dimension].column).values)
              for e in events if dimension in cat.events[e].dimensions}
    if events is cat.events:
        return said if said.note is _EVERY or said.note is _EVERY_OF_OURS and said.value in listed \
            or said.value in listed else None
    listed = listed.pop() if len(listed) == 1 else 0
    if said.note is _EVERY_OF_OURS:     # 'each of our 8 categories': the set's size, as many as the catalog lists
        return dataclasses.replace(said, op="=", note="") if said.value == listed else None
    if said.note is _EVERY:
        n = said.value if said.value else listed
    else:
        n = said.value if said.value == listed and said.upper is None else 0
    return dataclasses.replace(said, op="=", value=n, note="") if n else None


def _every_said(parser, seg) -> list[tuple[int, int, Comparison]]:
    """'on all three channels', 'every channel', 'tous les canaux': where each is said, where its noun may start, and
    a comparison marked _EVERY (its value the number said, 0 when none is: as many as the catalog lists)."""
    norms, out = parser.norms, []
    numbers = {c.start_tok: c for c in seg.comparisons if not c.times}
    picks = EVERY_PICKS | (getattr(parser.words, "EVERY_PICKS", frozenset()) if parser.words is not None else frozenset())
    for i in range(seg.start, seg.end - 1):
        # 'each of our 8 categories', 'chacune de nos 8 catégories': one token, read as its determiner
        # (modifiers.merge_determiners), whose first word picks each one
        merged = _set_size(parser, i) if norms[i] in SET_DETERMINERS and fold((parser.tokens[i].text.split() or [''])[0]) in picks \
            else None
        if norms[i] not in EVERY_WORDS and merged is None:
            continue
        k, size = i + 1, merged
        # 'every single one of our 8 categories': the set's size said inside the determiner is the number
        while k < seg.end and (norms[k] in SET_DETERMINERS | {"of"} | EVERY_INTENSIFIERS):
            size = size or _set_size(parser, k)
            k += 1
        said = numbers.get(k)
        if said is not None and said.upper is None and said.end_tok == k + 1:
            out.append((i, said.end_tok, dataclasses.replace(said, start_tok=i, note=_EVERY)))
        elif said is None and (norms[i] in EACH_WORDS or merged is not None):
            out.append((i, k, Comparison("=", size or 0, i, k, note=_EVERY_OF_OURS if size else _EVERY)))
    return out


def _set_size(parser, k: int) -> int | None:
    """The number a determiner token holds as its set's size ('one of our 8', 'chacune de nos huit'), or None."""
    words = parser.tokens[k].text.split()
    if len(words) < 2 or parser.norms[k] not in SET_DETERMINERS:
        return None
    last = fold(words[-1])
    values = getattr(parser.words, "NUMBER_VALUES", {}) if parser.words is not None else {}
    n = int(last) if last.isdigit() else NUMBER_WORDS.get(last, values.get(last))
    return n if isinstance(n, int) and n > 1 else None


def _kind_of_place(parser, seg, k: int) -> tuple[tuple[str, ...], str] | None:
    """'in at least 2 different outlets', 'dans 2 outlets différents': a value of a place's kind said in the plural
    after 'different' counts the places of that kind: (its words, the dimension that names each place, of the same
    table: the store's name). None when the word at k is no such value."""
    span = next((s for s in seg.spans if s.start == k and s.of("dimvalue") and not s.of("event", "kindword")), None)
    if span is None or not parser._typed(span.end - 1).endswith(parser.lexicon.plurals):
        return None
    tables = {m.column.rsplit(".", 1)[0] for m in span.of("dimvalue")}
    names = {d for d in parser.name_counted.values() if any(
        d in ev.dimensions and ev.dimensions[d].column.rsplit(".", 1)[0] in tables for ev in parser.catalog.events.values())
        and d not in {m.dim for m in span.of("dimvalue")}}
    return (tuple(parser.norms[span.start:span.end]), names.pop()) if len(names) == 1 else None


def _counts_said(parser, seg) -> list[tuple[int, int, Comparison | None]]:
    """Each count that may be a distinct count: (where it was said, where its noun may start, the count)."""
    norms = parser.norms
    # the count said nearest before 'different' ('clicked 3 or more times on 2 different campaigns': 2, not 3)
    said = [(i, i + 1, next((c for c in reversed(seg.comparisons) if c.end_tok <= i and not c.times), None))
            for i in range(seg.start, seg.end - 1) if norms[i] in DISTINCT_WORDS]
    said += _every_said(parser, seg)
    # 'bought from at least 3 brands', 'in only one store': a count said right before a dimension's noun counts its
    # values as 'different' does (read as a count of purchases, the brands were lost, silently)
    said += [(c.end_tok, c.end_tok, c) for c in seg.comparisons if not c.times and c.end_tok < seg.end
             and norms[c.end_tok] not in THING_NOUNS and norms[c.end_tok] not in QUANTITY_NOUNS]
    # 'in at least 3 of our stores', '2 of the brands': the count of a dimension's values said with the set they are
    # taken from (read as a count of purchases, the stores were lost, silently)
    for c in seg.comparisons:
        if c.times or c.end_tok + 2 >= seg.end or norms[c.end_tok] not in PARTITIVE_LINKS \
                or norms[c.end_tok + 1] not in SET_DETERMINERS:
            continue
        # ('at least 3 of our 4 Paris stores': past how many there are and the values said of them, their noun)
        k = c.end_tok + 2 + (parser.tokens[c.end_tok + 2].number is not None)
        while k < seg.end and (v := next((s for s in seg.spans if s.start == k and s.of("dimvalue")
                                          and not s.of("event", "kindword")), None)) is not None:
            k = v.end
        said.append((c.end_tok, k if k < seg.end else c.end_tok + 2, c))
    # 'bought from one brand', 'in one store': a bare 'one' is no comparison elsewhere ('bought one product' is a
    # purchase), but before a counted noun it is the count (read as a purchase, the brand's count was lost, silently)
    taken = {j for c in seg.comparisons for j in range(c.start_tok, c.end_tok)}
    said += [(i + 1, i + 1, Comparison("=", 1, i, i + 1, note=NOTES["exactly"].format(words=parser.tokens[i].text, n=1)))
             for i in range(seg.start, seg.end - 1) if norms[i] in COUNT_ONE and i not in taken
             and norms[i + 1] not in THING_NOUNS and (i == 0 or norms[i - 1] not in ONE_BEFORE)]
    # 'from several / multiple / various (different) brands', 'plusieurs marques': at least 2 of them, said
    for i in range(seg.start, seg.end - 1):
        k = i + 1 + (norms[i + 1] in DISTINCT_WORDS)
        if norms[i] in SEVERAL_WORDS and i not in taken and k < seg.end and norms[k] not in THING_NOUNS:
            said.append((i + 1, k, Comparison(">=", 2, i, i + 1, note=NOTES["at_least"].format(
                words=parser.tokens[i].text, n=2))))
    return said


def _compound(parser, seg, a: int, b: int, different: bool = False) -> bool:
    """'a couple of store purchases': the noun at [a, b) is part of a longer phrase (it names a behaviour, never
    what is counted). Said after 'different' ('4 different categories bought this year', French '4 catégories
    différentes achetées'), the noun is what is counted, and a behaviour right after it is its verb."""
    return any(s.start <= a and s.end > b or s.start == b and s.of("event", "kindword") and not different
               for s in seg.spans)


def _only_before(parser, at: int) -> tuple[int, int, str] | None:
    """'bought only from 2 brands', 'only in a single store' (French 'n'ont acheté que dans un seul magasin'): the
    question on an 'only' said right before a distinct count or its preposition; the count's, it leaves once the
    count is read (the other values are the count's to exclude)."""
    for j in (at - 1, at - 2):
        entry = next((e for e in parser.out.unclear if e[2] == "only" and e[1] == j + 1 and j >= 0), None)
        if entry is not None and (j == at - 1 or parser.norms[at - 1] in FUNCTION_WORDS):
            return entry
    return None


def _numeric_dimension(parser, dimension: str) -> bool:
    cat = parser.catalog
    return any(dimension in ev.dimensions and cat.column(ev.dimensions[dimension].column).type.upper() in NUMERIC
               for ev in cat.events.values())


def _said_single(parser, c) -> bool:
    """'a single', 'une seule': the words for one event wherever it is, said as the count."""
    return c.op == ">=" and c.value == 1 and any(
        w in parser.one_event_alone for t in parser.tokens[c.start_tok:c.end_tok] for w in t.text.lower().split())


def dimension_words(catalog) -> dict[tuple[str, ...], str]:
    """The words of each event dimension's name, singular and plural ('category', 'categories')."""
    out: dict[tuple[str, ...], str] = {}
    for ev in catalog.events.values():
        for name in ev.dimensions:
            words = name.split("_")
            for form in _forms(words[-1]):
                out.setdefault(tuple(words[:-1] + [form]), name)
    return out


def plural_words(catalog, phrases, endings: tuple[tuple[str, str], ...] = ()) -> dict[tuple[str, ...], str]:
    """The catalog's words for an event dimension or for the column it reads ('department' for the category, 'promo
    code' for the coupon's column), singular and plural: a count of them counts the dimension's values ('4 different
    departments', '3 different promo codes'; the plural was asked about). Words with another meaning are left out.
    `endings`: the language's own plural endings beside '-s' ('canal' -> 'canaux')."""
    dims: dict[str, set[str]] = {}
    for ev in catalog.events.values():
        for name, d in ev.dimensions.items():
            dims.setdefault(d.column, set()).add(name)
    # a word of the customers' own place ('city', 'country') counts the place the catalog pairs with it where they
    # shop ('3 different cities': the stores' cities, semantic.customers_own), when no dimension reads their own column
    paired = paired_dimensions(catalog)
    out: dict[tuple[str, ...], str] = {}
    for key, meanings in phrases.items():
        named = {m.dim for m in meanings if m.kind == "dimension"} if all(m.kind == "dimension" for m in meanings) \
            else {n for m in meanings for n in dims.get(m.column, ()) or paired.get(m.column, ())} \
            if all(m.kind == "column" for m in meanings) else set()
        if len(named) == 1:
            for form in _forms(key[-1], endings):
                if key[:-1] + (form,) not in phrases or form == key[-1]:
                    out.setdefault(key[:-1] + (form,), next(iter(named)))
    return out


def counted_words(phrases, name_words: frozenset[str]) -> dict[tuple[str, ...], str]:
    """The thing a dimension names, in the catalog's words for it ('store name', 'nom du magasin'): a count of
    the thing counts the dimension's values ('in only one store', '2 magasins différents' count the stores, never
    the purchases). `phrases`: the lexicon's; `name_words`: the language's words for a name ('name', 'nom')."""
    out: dict[tuple[str, ...], str] = {}
    for key, meanings in phrases.items():
        dims = {m.dim for m in meanings if m.kind == "dimension"}
        if len(dims) != 1 or len(key) < 2 or not any(m.kind == "dimension" for m in meanings):
            continue
        thing = key[:-1] if key[-1] in name_words else key[-1:] if key[0] in name_words else None
        if thing is not None:
            for form in _forms(thing[-1]):
                out.setdefault(thing[:-1] + (form,), next(iter(dims)))
    return out


def _amount_said_after(parser, seg) -> tuple[int, int] | None:
    """'..., by amount returned', '... by value': an order by the amount in the ranking's clause or right after it
    (past its comma), and the behaviour's word said again with it; where those words are."""
    norms = parser.norms
    after = seg.end + (seg.end < len(norms) and norms[seg.end] == ",")
    for k in [*range(seg.start, seg.end), after]:
        lead = next((w for w in parser.order_by_first.get(norms[k], ()) if tuple(norms[k:k + len(w)]) == w), None) \
            if k < len(norms) else None
        j = k + len(lead) if lead else k
        if lead is None or j >= len(norms) or norms[j] not in ORDER_AMOUNT_WORDS:
            continue
        # the behaviour said again after it ('amount returned'), or a catalog phrase holding the word ('amount spent')
        again = next((s for s in parser.lexicon_spans if s.start == j + 1 and s.of("event", "kindword")
                      or s.start == j and s.end > j + 1), None)
        return k, again.end if again is not None else j + 1
    return None


def _forms(noun: str, endings: tuple[tuple[str, str], ...] = ()) -> tuple[str, ...]:
    own = tuple(noun[:-len(end)] + plural for end, plural in endings if noun.endswith(end))
    return (noun, noun[:-1] + "ies" if noun.endswith("y") else noun + "s", *own)


# -- rankings -----------------------------------------------------------------------------------------------

def read_top(parser, seg, out: list[Condition]) -> list[Condition]:
    """'top 10 customers by spend this year', 'top 5% by number of orders', 'top 25 by loyalty points',
    'top 3 spenders per country'. A top share by spend alone stays the behaviour's own rank."""
    r = seg.rankings[0]
    norms = parser.norms
    count = next(((i, p) for i in range(seg.start, seg.end) if (p := _phrase_at(norms, i, _COUNTS))), None)
    said = _amount_said_after(parser, seg) if count and count[1] == ("most",) else None
    if said is not None:     # 'returned the most in 2002, by amount returned': by the amount, said after it
        parser._use(*said)
        parser.ranking_orders.update(range(*said))
        parser.out.restated.update(range(*said))      # the ranking's measure said again, nothing lost
    if count and count[1] == ("most",) and (said or any(norms[k] in parser.spend_words for k in range(seg.start, seg.end))):
        count = None      # 'spent the most': by the amount
    per = _per(parser, seg)
    column = next((s for s in seg.spans for m in s.of("column") if not m.event and not parser._used(s)
                   and parser.catalog.column(m.column).type.upper() in NUMERIC), None)
    # 'top 100 by lifetime spend': a numeric indicator ranks like a number of the profile
    indicator = next((s for s in seg.spans for m in s.of("indicator") if not parser._used(s)
                      and parser.catalog.indicators[m.ref].type.upper() in NUMERIC), None) if column is None else None
    event = next((c for c in out if isinstance(c, EventCondition)), None)
    # 'top 15 by number of units bought': a summed measure of the behaviour (its units), never a count of its events
    summed = _summed_measure(parser, seg, event) if column is None and indicator is None else None
    # (a share by an average, 'top 10% by average basket', is a ranking of its own: its measure says so)
    if r.n is None and per is None and count is None and column is None and indicator is None and event is not None \
            and not event.average:
        return out
    if event is None and column is None and indicator is None:
        return out
    parser._use(r.start_tok, r.end_tok)
    if count:
        parser._use(count[0], count[0] + len(count[1]))
    name = ind = ""
    if column is not None:
        name = next(m.column for m in column.of("column") if not m.event)
        parser._use(column.start, column.end)
    elif indicator is not None:
        ind = indicator.of("indicator")[0].ref
        parser._use(indicator.start, indicator.end)
    among = []
    if event is not None:
        event.rank = event.top = None     # the ranking is the top condition's, not its source's
        out = [c for c in out if c is not event]
        if (event.count is not None or event.amount is not None) and not (name or ind):
            # 'top 100 by average basket - at least 5 purchases in that time': a bound on the behaviour is a criterion
            # of its own, which the ranking is then taken among (_ranking_bases), never dropped from its rows
            bound = event.count or event.amount
            among = [dataclasses.replace(event, average=event.average and event.amount is not None,
                                         start_tok=bound.start_tok, end_tok=max(bound.end_tok, bound.start_tok + 1))]
            event = dataclasses.replace(event, count=None, amount=None)
    if summed is not None:
        parser._use(summed.start, summed.end)
        said = " ".join(t.text for t in parser.tokens[summed.start:summed.end])    # applied: the ranking's measure
        unapplied = {NOTES["not_applied"].format(words=said, event=parser.catalog.events[e].label) for e in event.events}
        parser.out.notes = [n for n in parser.out.notes if n not in unapplied]
        event = dataclasses.replace(event, measure=summed.of("column")[0].ref)
    measure = "count" if count and summed is None else "average" if event is not None and event.average else "amount"
    cond = TopCondition(seg.start, seg.end, n=r.n, percent=r.percent, source=None if name or ind else event,
                        measure=measure, column=name, indicator=ind, per=per or "")
    return out + [_placed(parser, cond, seg)] + among


def _summed_measure(parser, seg, event: EventCondition | None):
    """The span of a measure summed per customer ('units') that every event of the behaviour has, said in the
    ranking's segment and read by nothing else; None when there is none."""
    if event is None or event.measure is not None:
        return None
    events = [parser.catalog.events[e] for e in event.events]
    return next((s for s in seg.spans for m in s.of("column") if m.event is not None and m.ref is not None
                 and all(m.ref in ev.measures and ev.measures[m.ref].agg == "sum"
                                                 for ev in events)), None)


def _per(parser, seg) -> str | None:
    """'per country', 'in each tier', 'by city': a profile attribute the ranking is made within."""
    norms = parser.norms
    for i in range(seg.start, seg.end):
        words = _phrase_at(norms, i, _PER)
        if not words:
            continue
        span = next((s for s in seg.spans if s.start == i + len(words)), None)
        cols = [m.column for m in (span.of("column") if span else []) if not m.event
                and parser.catalog.column(m.column).type.upper() not in NUMERIC]
        if cols and parser.entity_table == cols[0].rsplit(".", 1)[0]:
            parser._use(i, i + len(words))
            parser._use(span.start, span.end)
            return cols[0]
    return None


# -- a value on file ----------------------------------------------------------------------------------------

def read_known(parser, seg, negated: bool, excluding: bool) -> list[Condition]:
    """'with no phone number', 'without a birth date' (an exclusion of those who have one), 'a phone number on
    file', 'missing a postal code': a profile column named alone, with a word that says on file or not."""
    if seg.comparisons or seg.windows:
        return []
    norms = parser.norms
    said = next(((i, p) for i in range(seg.start, seg.end) if (p := _phrase_at(norms, i, _PRESENCE))), None)
    if not (negated or excluding or said):
        return []
    out: list[Condition] = []
    for s in seg.spans:
        cols = [m.column for m in s.of("column") if not m.event]
        if not cols or parser._used(s) or s.of("value", "indvalue") or parser.catalog.column(cols[0]).type.upper() == "BOOLEAN":
            continue
        table = parser.catalog.tables[cols[0].rsplit(".", 1)[0]]
        if parser.catalog.entity.key not in table.columns or not _presence_allowed(parser.catalog, cols[0]):
            continue
        known = (PRESENCE_WORDS[said[1]] if said else True) and not negated
        parser._use(s.start, s.end)
        if said:
            parser._use(said[0], said[0] + len(said[1]))
        out.append(KnownCondition(s.start, s.end, column=cols[0], known=known))
    return out


def _presence_allowed(catalog, column: str) -> bool:
    """A personal column may be tested for presence only in a role the catalog declares for it (a channel's
    contact point, a birth date); any other stays a question instead of a query the guard refuses."""
    col = catalog.column(column)
    if not col.personal:
        return True
    return col.role == "birth_date" or column in {p.contact for p in catalog.policies.channels.values()}
