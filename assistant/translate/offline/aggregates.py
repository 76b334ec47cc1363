"""Aggregates in a segment: a ranking, one behaviour against another, a distinct count, a value on file.

Each reader takes the parser and one segment, reads the behaviours inside with the parser's own event
reading, and returns the typed condition of assistant.meaning (or None when the segment is not one).
The words that announce each (comparatives, 'than', 'different', 'per', 'on file') are the language
module's data.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from assistant.meaning import (
    Comparison, Condition, DistinctCondition, EventCondition, KnownCondition, TopCondition, VersusCondition, Window,
)
from assistant.translate.lang_en import (
    CHANGES, COMPARATIVES, COUNT_MEASURES, COUNT_ONE, COUNT_WORDS, DISTINCT_WORDS, FUNCTION_WORDS, MARGIN_LINKS,
    MODIFIER_WORDS, NOT_COMPARING, NOT_COMPARING_AFTER, NOTES, ONE_BEFORE, PER_WORDS, PERCENT_WORDS, PRESENCE_WORDS,
    QUANTITY_NOUNS, SET_DETERMINERS, SEVERAL_WORDS, SHARE_FRACTIONS, SHARE_LINKS, SHARE_OF, SHARE_OPS, SHARE_WHOLES,
    THAN_WORDS, THING_NOUNS,
)
from assistant.translate.offline.text import by_first

NUMERIC = {"INTEGER", "BIGINT", "DECIMAL", "DOUBLE", "FLOAT", "SMALLINT", "HUGEINT", "REAL", "NUMERIC"}


# The phrases looked for at every token of a segment, by their first word (in their order).
_THAN, _COUNTS, _PER, _PRESENCE, _SHARE_OPS = (by_first(p) for p in (THAN_WORDS, COUNT_MEASURES, PER_WORDS, PRESENCE_WORDS,
                                                                    SHARE_OPS))


def _phrase_at(norms: list[str], i: int, phrases: dict[str, tuple]) -> tuple[str, ...] | None:
    """The first of `phrases` (indexed by their first word) said at token i."""
    return next((p for p in phrases.get(norms[i], ()) if tuple(norms[i:i + len(p)]) == p), None)


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
    for i in range(seg.start, seg.end):
        op = COMPARATIVES.get(norms[i]) or CHANGES.get(norms[i])
        if op is None or i in covered:
            continue
        split = next(((j, m) for j in range(i + 1, seg.end) if (m := _phrase_at(norms, j, _THAN))
                      and j not in covered), None)
        if split:
            found = (i, op, *split)
            break
    if found is None:
        _unplaced_change(parser, seg, covered)
        return None
    i, op, j, marker = found
    margin, share = _margin(parser, seg, i, op)
    left_seg, right_seg = _sub(parser, seg, seg.start, j), _sub(parser, seg, j + len(marker), seg.end)
    if margin is not None:          # '€100 more online': how far apart, never the online side's own amount
        left_seg.comparisons = [c for c in left_seg.comparisons if c is not margin]
    left = [c for c in parser._event(left_seg, None, False) if isinstance(c, EventCondition)]
    if len(left) != 1:
        return None
    right = [c for c in parser._event(right_seg, left[0], False) if isinstance(c, EventCondition)]
    if len(right) != 1:
        return None
    if any(MODIFIER_WORDS.get(norms[k]) == "average" for k in range(seg.start, seg.end)):
        # 'panier moyen en ligne supérieur à leur panier moyen en magasin': a versus compares what was spent or how
        # often, never one average against another (it answered the totals, without a word): asked
        parser.out.unclear.append((seg.start, seg.end, "versus_average"))
        parser._use(seg.start, seg.end)
        return []
    left_c, right_c = left[0], right[0]
    periods = (left_c.window is not None) + (right_c.window is not None)   # said in the request, before sharing
    note = right_c.window.note if right_c.window is not None else ""
    if _share_window(left_c, right_c) and note in parser.out.notes:
        parser.out.notes.remove(note)      # 'last year' against 'this year' is the calendar year: nothing to say
    placed = _before(left_c, right_c, parser.as_of) if periods == 2 else None
    if placed is not None:
        if note in parser.out.notes:
            parser.out.notes.remove(note)
        parser.out.notes.append(placed)
    if (periods < 2 or _same_period(left_c.window, right_c.window)) \
            and left_c.events == right_c.events and left_c.dims == right_c.dims:
        parser.out.changes.append((seg.start, seg.end))   # 'spend dropped': compared with which period?
    parser._use(i, i + 1)
    parser._use(j, j + len(marker))
    spend = any(norms[k] in parser.spend_words for k in range(seg.start, seg.end)) or \
        any(m.event for s in seg.spans for m in s.of("column"))
    if not spend and norms[i] in ("more", "less") and not any(s.of("event") for s in seg.spans):   # 'bought less
        parser.out.notes.append(NOTES["times_not_amount"].format(word=parser.tokens[i].text, word_norm=norms[i]))
    cond = VersusCondition(seg.start, seg.end, negated=negated, left=left_c, right=right_c,
                           measure="amount" if spend else "count", op=op, share=share,
                           margin=margin.value if margin is not None else None)
    return [_placed(parser, cond, seg)]


def _margin(parser, seg, i: int, op: str) -> tuple:
    """'spent €100 more online than in store', '2 more times', '20 euros de plus', '20% more': the number said right
    before the comparative is how far apart the sides are (an amount, a count: the margin) or by what share; read
    as the left side's own amount, the customers who spent €100 online and a cent more than in store were kept,
    silently. Returns (the margin's comparison, the share), the words used."""
    norms, tokens = parser.norms, parser.tokens
    k = i
    while k > seg.start and norms[k - 1] in MARGIN_LINKS:
        k -= 1
    if k - 2 >= seg.start and norms[k - 1] in PERCENT_WORDS and tokens[k - 2].number is not None:
        parser._use(k - 2, i + 1)
        return None, round(1 + tokens[k - 2].number / 100 if op == ">" else 1 - tokens[k - 2].number / 100, 6)
    c = next((c for c in seg.comparisons if c.end_tok == k and c.upper is None and not c.times), None)
    if c is None:
        return None, None
    parser._use(c.start_tok, i + 1 + (i + 1 < seg.end and norms[i + 1] in COUNT_WORDS))    # '2 more times'
    return c, None


# -- a share of the spend ---------------------------------------------------------------------------------------

def read_share(parser, seg, negated: bool) -> list[Condition] | None:
    """'more than 80% of their spend online', 'plus de la moitié de leurs dépenses concerne la beauté': the spend on
    the part the segment names against the spend on every purchase of that kind, over the same window."""
    found = next((f for i in range(seg.start, seg.end) if (f := _share_at(parser, i, seg.end))), None)
    if found is None:
        return None
    start, end, op, share = found
    rest = _sub(parser, seg, seg.start, seg.end, comparisons=False)
    read = [c for c in parser._event(rest, None, False) if isinstance(c, EventCondition)]
    if len(read) != 1:
        return None
    part = read[0]
    kinds = {parser.catalog.events[e].kind for e in part.events}
    whole = tuple(e for e, ev in parser.catalog.events.items() if ev.kind in kinds and ev.amount)
    if len(kinds) != 1 or not set(part.events) <= set(whole) or (set(part.events) == set(whole) and not part.dims) \
            or any((part.count, part.amount, part.rank, part.top, part.first, part.last, part.average, part.measure)):
        return None      # no part named, or one said with more than a share can hold: asked
    link = next((w for w in SHARE_LINKS if start >= len(w) and tuple(parser.norms[start - len(w):start]) == w), ())
    parser._use(start - len(link), end)
    parser.out.unclear[:] = [u for u in parser.out.unclear if not start <= u[0] < end]   # 'half of' is read
    cond = VersusCondition(seg.start, seg.end, negated=negated, left=part,
                           right=EventCondition(part.start_tok, part.end_tok, events=whole, window=part.window),
                           measure="amount", op=op, share=share)
    return [_placed(parser, cond, seg)]


def _share_at(parser, i: int, end: int) -> tuple[int, int, str, float] | None:
    """The share said at token i ('more than 80 % of their spend'): where it ends, its bound and its fraction."""
    norms, tokens = parser.norms, parser.tokens
    op = _phrase_at(norms, i, _SHARE_OPS)
    if op is None:
        return None
    k = i + len(op)
    fraction = next((w for w in SHARE_FRACTIONS if tuple(norms[k:k + len(w)]) == w), None)
    if fraction is not None:
        share, k = SHARE_FRACTIONS[fraction], k + len(fraction)
    elif k + 1 < end and tokens[k].number is not None and norms[k + 1] in PERCENT_WORDS and 0 < tokens[k].number < 100:
        share, k = tokens[k].number / 100, k + 2
    else:
        return None
    of = next((w for w in SHARE_OF if tuple(norms[k:k + len(w)]) == w), None)
    if of is None or k + len(of) >= end or norms[k + len(of)] not in SHARE_WHOLES:
        return None
    return i, k + len(of) + 1, SHARE_OPS[op], round(share, 6)


def _unplaced_change(parser, seg, covered: set[int]) -> None:
    """'spend dropped', 'spent less this year': a change or a comparison with nothing to compare against is a
    question (which two periods?), never the behaviour read as if the word were not there."""
    norms = parser.norms
    behaviour = any(norms[k] in parser.spend_words for k in range(seg.start, seg.end)) or parser._has_event_anchor(seg)
    word = next((i for i in range(seg.start, seg.end) if i not in covered and (norms[i] in CHANGES or (
        norms[i] in COMPARATIVES and behaviour and (i == 0 or norms[i - 1] not in NOT_COMPARING)
        and (i + 1 == len(norms) or norms[i + 1] not in NOT_COMPARING_AFTER)))), None)
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
    start = this.start or _shift(as_of, -this.amount, this.unit)
    if other.amount is not None:
        amount, unit = other.amount, other.unit
    elif this.end is not None and this.start.day == this.end.day == 1:
        amount, unit = (this.end.year - this.start.year) * 12 + this.end.month - this.start.month, "MONTH"
    else:
        amount, unit = ((this.end or as_of + dt.timedelta(days=1)) - this.start).days, "DAY"
    right.window = Window(other.text, other.start_tok, other.end_tok, start=_shift(start, -amount, unit), end=start)
    return f"'{other.text}' read as {right.window.describe()}, the period right before the one compared ({this.describe()})"


def _shift(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "DAY":
        return day + dt.timedelta(days=amount)
    index = day.year * 12 + day.month - 1 + amount
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _back(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "DAY":
        return day - dt.timedelta(days=amount)
    index = day.year * 12 + day.month - 1 - amount
    return dt.date(index // 12, index % 12 + 1, 1)


# -- distinct counts ----------------------------------------------------------------------------------------

def read_distinct(parser, seg, inherited: EventCondition | None, negated: bool) -> list[Condition] | None:
    """'bought from at least 4 different categories': the comparison counts the dimension's values."""
    norms = parser.norms
    said = _counts_said(parser, seg)
    for i, k, comparison in said:
        counted = parser.counted_by_first.get(norms[k], ()) if k < len(norms) else ()
        words = next((w for w in counted if tuple(norms[k:k + len(w)]) == w), None)
        if words is None or comparison is None or _compound(parser, seg, k, k + len(words)) \
                or comparison.start_tok > 0 and norms[comparison.start_tok - 1] in SET_DETERMINERS:
            continue       # 'in one of our two Lyon stores', 'nos deux magasins': how many there are, no count
        dimension = parser.counted_words[words]
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
        events = [c for c in parser._event(whole, inherited, False) if isinstance(c, EventCondition)]
        if len(events) != 1:
            return None
        source = events[0]
        source.events = tuple(e for e in source.events if dimension in parser.catalog.events[e].dimensions
                              and parser.catalog.events[e].id)
        if not source.events:
            return None
        parser._use(i, k + len(words))
        parser._use(comparison.start_tok, comparison.end_tok)
        if comparison.note and comparison.note not in parser.out.notes:    # '3 campaigns': at least 3, said
            parser.out.notes.append(comparison.note)
        for other in seg.comparisons:      # '3 times on 2 different campaigns': a count the distinct count cannot
            if other is not comparison and not parser.out.used & set(range(other.start_tok, other.end_tok)):  # asked
                parser.out.unread.update(range(other.start_tok, other.end_tok))
        if only is not None:
            parser.out.unclear.remove(only)
        cond = DistinctCondition(seg.start, seg.end, negated=negated, source=source, dimension=dimension,
                                 comparison=comparison)
        return [_placed(parser, cond, seg)]
    return None


def _counts_said(parser, seg) -> list[tuple[int, int, Comparison | None]]:
    """Each count that may be a distinct count: (where it was said, where its noun may start, the count)."""
    norms = parser.norms
    # the count said nearest before 'different' ('clicked 3 or more times on 2 different campaigns': 2, not 3)
    said = [(i, i + 1, next((c for c in reversed(seg.comparisons) if c.end_tok <= i and not c.times), None))
            for i in range(seg.start, seg.end - 1) if norms[i] in DISTINCT_WORDS]
    # 'bought from at least 3 brands', 'in only one store': a count said right before a dimension's noun counts its
    # values as 'different' does (read as a count of purchases, the brands were lost, silently)
    said += [(c.end_tok, c.end_tok, c) for c in seg.comparisons if not c.times and c.end_tok < seg.end
             and norms[c.end_tok] not in THING_NOUNS and norms[c.end_tok] not in QUANTITY_NOUNS]
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


def _compound(parser, seg, a: int, b: int) -> bool:
    """'a couple of store purchases': the noun at [a, b) is part of a longer phrase (it names a behaviour, never
    what is counted)."""
    return any(s.start <= a and s.end > b or s.start == b and s.of("event", "kindword") for s in seg.spans)


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


def _forms(noun: str) -> tuple[str, str]:
    return noun, noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


# -- rankings -----------------------------------------------------------------------------------------------

def read_top(parser, seg, out: list[Condition]) -> list[Condition]:
    """'top 10 customers by spend this year', 'top 5% by number of orders', 'top 25 by loyalty points',
    'top 3 spenders per country'. A top share by spend alone stays the behaviour's own rank."""
    r = seg.rankings[0]
    norms = parser.norms
    count = next(((i, p) for i in range(seg.start, seg.end) if (p := _phrase_at(norms, i, _COUNTS))), None)
    if count and count[1] == ("most",) and any(norms[k] in parser.spend_words for k in range(seg.start, seg.end)):
        count = None      # 'spent the most': by the amount
    per = _per(parser, seg)
    column = next((s for s in seg.spans for m in s.of("column") if not m.event and not parser._used(s)
                   and parser.catalog.column(m.column).type.upper() in NUMERIC), None)
    # 'top 100 by lifetime spend': a numeric indicator ranks like a number of the profile
    indicator = next((s for s in seg.spans for m in s.of("indicator") if not parser._used(s)
                      and parser.catalog.indicators[m.ref].type.upper() in NUMERIC), None) if column is None else None
    event = next((c for c in out if isinstance(c, EventCondition)), None)
    if r.n is None and per is None and count is None and column is None and indicator is None and event is not None:
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
    if event is not None:
        event.rank = event.top = None     # the ranking is the top condition's, not its source's
        out = [c for c in out if c is not event]
    cond = TopCondition(seg.start, seg.end, n=r.n, percent=r.percent, source=None if name or ind else event,
                        measure="count" if count else "amount", column=name, indicator=ind, per=per or "")
    return out + [_placed(parser, cond, seg)]


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
