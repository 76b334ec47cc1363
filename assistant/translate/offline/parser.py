"""From tokens to conditions: split the request into criteria and exclusions, then read each.

1. the lexicon marks catalog phrases; windows, numbers and rankings are found;
2. exclusion markers ("but not", "except", "without" ...) split off exclusions;
3. connectors ("and", ",", "who", "with" ...) split each part into segments,
   unless they join two values of one attribute ("France and Belgium");
4. each segment becomes conditions: an event (bought, visited, opened ...)
   with its qualifiers, dimensions, window, count or amount; a glossary term;
   or profile attributes. A segment with only modifiers inherits the event of
   the one before it ("bought before but not in the last 12 months").
Every token ends up used, a grammar word, or reported as not understood.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.meaning import (
    CompareCondition, Condition, DateCondition, EventCondition, FlagValueCondition, GlossaryCondition,
    IndicatorCondition, OrCondition, TableCondition, ValueCondition,
)
from assistant.translate.offline.asides import Ignored, find_ignored, sentences
from assistant.translate.offline.lexicon import Lexicon, Meaning, Span
from assistant.meaning import Comparison, Window
from assistant.translate.offline.modifiers import (
    Ranking, find_comparisons, find_rankings, find_windows, resolve_anaphora,
)
from assistant.translate.lang_en import (
    CONNECTORS, EXCLUSION_MARKERS, MODIFIER_WORDS, NEGATING_CONNECTORS, NEGATIONS, PRONOUNS,
)
from assistant.translate.offline.text import Token
from schema_catalog.model import Catalog

NUMERIC_TYPES = {"INTEGER", "BIGINT", "DECIMAL", "DOUBLE", "FLOAT", "SMALLINT", "HUGEINT", "REAL", "NUMERIC"}
DATE_TYPES = {"DATE", "TIMESTAMP"}
AGE_ROLES = ("birth_date", "birth_year")   # columns an age is computed from (a date, or its integer parts)
MAX_AGE = 130
@dataclass
class Clarify:
    index: int
    start_tok: int
    end_tok: int


@dataclass
class Parsed:
    criteria: list[Condition] = field(default_factory=list)
    exclusions: list[Condition] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    clarify: list[Clarify] = field(default_factory=list)
    ignored: Ignored = field(default_factory=Ignored)
    vague: list[tuple[int, int]] = field(default_factory=list)   # token ranges of vague windows that were used


@dataclass
class Segment:
    start: int
    end: int
    spans: list[Span]
    windows: list[Window]
    comparisons: list[Comparison]
    rankings: list[Ranking]
    after: str = ""                  # the connector that opened it ('nor' negates it)


class Parser:
    def __init__(self, catalog: Catalog, lexicon: Lexicon):
        self.catalog, self.lexicon = catalog, lexicon
        self.entity_table = catalog.entity.table
        self.birth_columns = [f"{t}.{c}" for t, tb in catalog.tables.items() for c, col in tb.columns.items()
                              if col.role in AGE_ROLES]
        kinds = {e.kind for e in catalog.events.values()}
        self.defined_kinds = {t.term.lower().replace(" ", "_") for t in catalog.glossary} & kinds

    # -- entry ---------------------------------------------------------------
    def parse(self, tokens: list[Token], as_of: dt.date, request: str = "") -> Parsed:
        self.tokens, self.norms, self.as_of = tokens, [t.norm for t in tokens], as_of
        self.out = Parsed()
        spans = self.lexicon.scan(tokens)
        in_span = {i for s in spans if s.of("value", "dimvalue") for i in range(s.start, s.end)}
        windows = resolve_anaphora([w for w in find_windows(tokens, as_of) if not in_span & set(range(w.start_tok, w.end_tok))])
        rankings = find_rankings(tokens)
        taken = {i for s in spans for i in range(s.start, s.end)} | {i for w in windows for i in range(w.start_tok, w.end_tok)}
        taken |= {i for r in rankings for i in range(r.start_tok, r.end_tok)}
        comparisons = find_comparisons(tokens, taken)
        blocked = taken | {i for c in comparisons for i in range(c.start_tok, c.end_tok)}
        # a title or an aside is not part of the audience: drop what was found inside it
        self.out.ignored = find_ignored(request, tokens, blocked) if request else Ignored()
        ignored = self.out.ignored.tokens
        spans = [s for s in spans if s.start not in ignored]
        windows = [w for w in windows if w.start_tok not in ignored]
        rankings = [r for r in rankings if r.start_tok not in ignored]
        comparisons = [c for c in comparisons if c.start_tok not in ignored]
        blocked |= ignored
        grammar = {i for i, n in enumerate(self.norms) if n in MODIFIER_WORDS or n in NEGATIONS or n in CONNECTORS}
        for s in self.lexicon.typo_spans(tokens, blocked | grammar):
            self.out.notes.append(f"read '{tokens[s.start].text}' as '{s.typo_of}'")
            spans.append(s)
            blocked.add(s.start)
        spans.sort(key=lambda s: s.start)
        self.sentence_ends = {b for _, b in sentences(request, tokens)} if request else set()
        parts = self._split_exclusions(0, len(tokens), blocked)
        self.last_event: EventCondition | None = None
        self.last_flag: FlagValueCondition | None = None
        for n, (start, end) in enumerate(parts):
            target = self.out.criteria if n == 0 else self.out.exclusions
            anded, sides = self._disjunction(start, end, spans, blocked)
            for a, b in anded:
                target.extend(self._conditions(a, b, spans, windows, comparisons, rankings, blocked))
            if sides:
                groups = [self._conditions(a, b, spans, windows, comparisons, rankings, blocked, fresh=True)
                          for a, b in sides]
                groups = [g for g in groups if g]
                if len(groups) > 1:
                    target.append(OrCondition(groups[0][0].start_tok, groups[-1][-1].end_tok, groups=groups))
                else:
                    target.extend(c for g in groups for c in g)
        self.out.vague = [(w.start_tok, w.end_tok) for w in windows if w.vague and w.start_tok in self.out.used]
        return self.out

    def _conditions(self, start, end, spans, windows, comparisons, rankings, blocked, fresh=False) -> list[Condition]:
        """The conditions of one stretch of the request, ANDed; `fresh` starts without an inherited event."""
        if fresh:
            self.last_event = None
        out = []
        for seg in self._segments(start, end, spans, windows, comparisons, rankings, blocked):
            for c in self._read(seg, self.last_event):
                out.append(c)
                if isinstance(c, EventCondition):
                    self.last_event = c
        if any(self.norms[i] in NEGATING_CONNECTORS for i in range(start, end)):
            # 'neither opened an email nor bought anything in the last 6 months': one window for both
            events = [c for c in out if isinstance(c, EventCondition) and c.negated]
            shared = {(w.amount, w.unit, w.start, w.end): w for w in (c.window for c in events) if w is not None}
            if len(shared) == 1:
                for c in events:
                    c.window = c.window or next(iter(shared.values()))
            # '... a win-back message, and neither opened nor clicked it': 'it' is that message, in its window
            anchor = next((c for c in reversed(out[:out.index(events[0])]) if isinstance(c, EventCondition)
                           and not c.negated), None) if events else None
            if anchor is not None and not shared and any(self.norms[i] in PRONOUNS for i in range(start, end)):
                for c in events:
                    c.window = anchor.window
                    for dim, values in anchor.dims.items():
                        if all(dim in self.catalog.events[e].dimensions for e in c.events):
                            c.dims.setdefault(dim, values)
        return out

    def _disjunction(self, start: int, end: int, spans: list[Span], blocked: set[int]
                     ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """'either A or B', 'A, or B': the stretches ANDed as usual, and the sides of one OR between clauses.

        An 'or' between two values of one attribute or two qualifiers ('in store or online') is not a
        clause boundary: that stays one condition. The OR reaches from 'either' (or the part's start)
        to the end of its sentence (or of the part)."""
        either = next((i for i in range(start, end) if self.norms[i] == "either" and i not in blocked), None)
        for i in range(either + 1 if either is not None else start, end):
            if self.norms[i] != "or" or i in blocked or self._coordinates(i, spans) or \
                    (self.norms[i - 1] == "," and self._coordinates(i, spans, left=i - 1)):
                continue
            if either is None and not (i > start and self.norms[i - 1] == ","):
                continue
            scope_start = either if either is not None else start
            scope_end = min([b for b in self.sentence_ends if b > i] + [end])
            self.out.used.update({i} | ({either} if either is not None else set()) |
                                 ({i - 1} if self.norms[i - 1] == "," else set()))
            left_end = i - 1 if self.norms[i - 1] == "," else i
            anded = [(start, scope_start)] if scope_start > start else []
            if scope_end < end:
                anded.append((scope_end, end))
            first = scope_start + 1 if either is not None else scope_start
            return anded, [(first, left_end), (i + 1, scope_end)]
        return [(start, end)], []

    # -- splitting -----------------------------------------------------------
    def _split_exclusions(self, start: int, end: int, blocked: set[int]) -> list[tuple[int, int]]:
        parts, i, cur = [], start, start
        while i < end:
            marker = next((m for m in EXCLUSION_MARKERS if tuple(self.norms[i:i + len(m)]) == m
                           and not blocked & set(range(i, i + len(m)))), None)
            if marker and i > start:
                parts.append((cur, i))
                self.out.used.update(range(i, i + len(marker)))
                i += len(marker)
                cur = i
            else:
                i += 1
        parts.append((cur, end))
        return parts

    def _segments(self, start, end, spans, windows, comparisons, rankings, blocked) -> list[Segment]:
        cuts = [start] + [b for b in sorted(self.sentence_ends) if start < b < end]   # a sentence ends a clause
        for i in range(start, end):
            if i in blocked or self.norms[i] not in CONNECTORS:
                continue
            if self._coordinates(i, spans):
                self.out.used.add(i)
                continue
            self.out.used.add(i)
            cuts.append(i + 1)
        cuts = sorted(set(cuts)) + [end]
        segs = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            segs.append(Segment(
                a, b, [s for s in spans if a <= s.start < b],
                [w for w in windows if a <= w.start_tok < b], [c for c in comparisons if a <= c.start_tok < b],
                [r for r in rankings if a <= r.start_tok < b], after=self.norms[a - 1] if a > start else ""))
        return segs

    def _coordinates(self, i: int, spans: list[Span], left: int | None = None) -> bool:
        """Does the connector at i (its words from `left`, e.g. ', or') join two values of one attribute, or two qualifiers?"""
        before = next((s for s in spans if s.end == (i if left is None else left)), None)
        j = i + 1
        while j < len(self.norms) and self.norms[j] in ("the", "a", "an", "in", "also", "both", "from", "to", "on", "or", "and"):
            j += 1
        after = next((s for s in spans if s.start == j), None)
        if not before or not after or self.norms[i] in ("who", "that", "which", "whose", "with"):
            return False
        cols_b = {m.column for m in before.of("value", "dimvalue")}
        cols_a = {m.column for m in after.of("value", "dimvalue")}
        if cols_b & cols_a:
            return True
        return bool(before.of("qualifier") and after.of("qualifier") and not after.of("event", "kindword"))

    # -- reading one segment ---------------------------------------------------
    def _read(self, seg: Segment, last_event: EventCondition | None) -> list[Condition]:
        out: list[Condition] = []
        vague = [s for s in seg.spans if s.of("ambiguous")]
        for s in vague:   # a question for the vague word; the rest of the clause is still read ('engaged ... in France')
            self.out.clarify.append(Clarify(s.of("ambiguous")[0].ref, s.start, s.end))
            self._use(s.start, s.end)
        if vague:
            seg = Segment(seg.start, seg.end, [s for s in seg.spans if s not in vague], seg.windows, seg.comparisons,
                          seg.rankings, seg.after)
        for s in seg.spans:
            if s.of("entity"):
                self._use(s.start, s.end)
        negated = self._negation(seg)
        if self._is_event(seg) or (self._inherits(seg) and last_event is not None):
            out.extend(self._event(seg, last_event if not self._has_event_anchor(seg) else None, negated))
        glossary = [(s, m) for s in seg.spans for m in s.of("glossary") if not self._used(s)]
        if glossary and not out:
            for s, m in glossary:
                window = seg.windows[0] if seg.windows else None
                self._use(s.start, s.end)
                if window:
                    self._use(window.start_tok, window.end_tok)
                out.append(GlossaryCondition(s.start, window.end_tok if window else s.end, negated=negated,
                                             index=m.ref, window=window))
        # attributes beside an event or a term: "shoppers based in Amsterdam", "lapsed VIPs"
        leftover = Segment(seg.start, seg.end, [s for s in seg.spans if not self._used(s)], seg.windows,
                           [c for c in seg.comparisons if c.start_tok not in self.out.used], [])
        out.extend(self._profile(leftover, negated and not out))
        return out

    def _used(self, span: Span) -> bool:
        return all(i in self.out.used for i in range(span.start, span.end))

    def _use(self, a: int, b: int) -> None:
        self.out.used.update(range(a, b))

    def _negation(self, seg: Segment) -> bool:
        if seg.after in NEGATING_CONNECTORS:
            return True
        covered = {i for s in seg.spans for i in range(s.start, s.end)}
        for i in range(seg.start, seg.end):
            if self.norms[i] in NEGATIONS and i not in covered and not any(c.start_tok <= i < c.end_tok for c in seg.comparisons):
                self.out.used.add(i)
                return True
        return False

    def _context_columns(self, seg: Segment) -> set[str]:
        """Profile columns named in the segment ('acquired', 'top category'): they claim their values."""
        return {m.column for s in seg.spans for m in s.of("column") if not m.event}

    def _claimed_by_profile(self, span: Span, seg: Segment) -> bool:
        cols = self._context_columns(seg)
        return any(m.column in cols for m in span.of("value"))

    def _event_meanings(self, span: Span, seg: Segment) -> list[Meaning]:
        if self._claimed_by_profile(span, seg):
            return []
        strong = span.of("event", "kindword") + [m for m in span.of("qualifier") if not m.weak]
        strong += [m for m in span.of("column") if m.event]
        if not span.of("value", "indvalue", "glossary") or (seg.windows and not span.of("glossary")
                                                             and not self._dated_profile(seg)):
            strong += span.of("dimvalue")   # with a time window, 'home' is bought home products, not a favourite
        return strong

    def _dated_profile(self, seg: Segment) -> bool:
        """A profile date column in the segment ('signed up'): the window is its, not a behaviour's."""
        return any(not m.event and self.catalog.column(m.column).type.upper() in DATE_TYPES
                   for s in seg.spans for m in s.of("column"))

    def _has_event_anchor(self, seg: Segment) -> bool:
        return any(s.of("event", "kindword") or [m for m in s.of("column") if m.event] for s in seg.spans)

    def _is_event(self, seg: Segment) -> bool:
        if seg.rankings:
            return True
        if any(self._event_meanings(s, seg) for s in seg.spans):
            return True
        return bool(self._bare_qualifiers(seg))

    def _bare_qualifiers(self, seg: Segment) -> list[Span]:
        """'store customers', 'store spend': a bare qualifier right before the entity word or an event word."""
        found = []
        for k, s in enumerate(seg.spans):
            nxt = seg.spans[k + 1] if k + 1 < len(seg.spans) else None
            if any(m.weak for m in s.of("qualifier")) and nxt is not None and nxt.of("entity", "kindword", "event") \
                    and nxt.start == s.end \
                    and not self._claimed_by_profile(s, seg):
                found.append(s)
        return found

    def _inherits(self, seg: Segment) -> bool:
        """Only modifiers here: they continue the previous event ('and also online', 'but not in 2025')."""
        content = [s for s in seg.spans if not s.of("entity")]
        if any(s.of("glossary", "value", "indvalue", "table") for s in content):
            return False
        return bool(seg.windows or seg.comparisons or any(s.of("qualifier", "dimvalue") for s in content))

    def _event(self, seg: Segment, inherited: EventCondition | None, negated: bool) -> list[EventCondition]:
        cat = self.catalog
        explicit, kinds, qualifiers, dims, cols = [], [], [], [], []
        for s in seg.spans:
            for m in s.meanings:
                if m.kind == "event":
                    explicit.append((s, m))
                elif m.kind == "kindword":
                    kinds.append((s, m))
                elif m.kind == "qualifier":
                    qualifiers.append((s, m))
                elif m.kind == "dimvalue":
                    dims.append((s, m))
                elif m.kind == "column" and m.event:
                    cols.append((s, m))
        profile_claims = {id(s) for s in seg.spans if self._claimed_by_profile(s, seg)}
        qualifiers = [(s, m) for s, m in qualifiers if id(s) not in profile_claims]
        dims = [(s, m) for s, m in dims if id(s) not in profile_claims]
        bare = {id(s) for s in self._bare_qualifiers(seg)}
        strong_q = [(s, m) for s, m in qualifiers if not m.weak]
        # '(store or online)': a weak qualifier coordinated with a strong one is as strong
        strong_q += [(s, m) for s, m in qualifiers if m.weak and any(self._coordinated(s, t) for t, _ in strong_q)]
        qualifiers = strong_q or [(s, m) for s, m in qualifiers if id(s) in bare]
        if explicit:
            candidates = list(dict.fromkeys(m.event for _, m in explicit))
        elif kinds:
            wanted = {m.ref for _, m in kinds}
            candidates = [e for e, ev in cat.events.items() if ev.kind in wanted]
        elif inherited is not None:
            kinds_before = {cat.events[e].kind for e in inherited.events}
            candidates = [e for e, ev in cat.events.items() if ev.kind in kinds_before] if qualifiers else list(inherited.events)
        elif qualifiers:
            candidates = list(dict.fromkeys(m.event for _, m in qualifiers))
        elif cols:
            candidates = list(dict.fromkeys(m.event for _, m in cols))
            primary = [e for e in candidates if cat.events[e].kind in self.defined_kinds]
            candidates = primary or candidates
        elif dims:
            candidates = list(dict.fromkeys(m.event for _, m in dims))
            implied = ", ".join(cat.events[e].label for e in candidates)
            words = " ".join(t.text for t in self.tokens[dims[0][0].start:dims[0][0].end])
            self.out.notes.append(f"'{words}' read as {implied} (no verb named the behaviour)")
        else:
            return []
        # dimension values narrow the events to those that have the dimension ("flagship" -> store purchases)
        for dim_events in self._dim_groups(dims):
            narrowed = [e for e in candidates if e in dim_events]
            candidates = narrowed or candidates
        # so do an event's own columns and measures ("store basket": the store purchase, not the store return)
        col_events = {m.event for _, m in cols}
        if col_events:
            candidates = [e for e in candidates if e in col_events] or candidates
        used_spans = {id(s): s for s, _ in explicit + kinds}
        # qualifiers narrow the events ("in store" -> store purchases)
        q_events = [m.event for _, m in qualifiers if m.event in candidates]
        groups = [[e] for e in dict.fromkeys(q_events)] if q_events else [candidates]
        if q_events:
            for s, m in qualifiers:
                if m.event in candidates:
                    used_spans[id(s)] = s
            if len(groups) > 1 and self._joined_by_or(qualifiers):
                groups = [[g[0] for g in groups]]
        if not q_events and len(candidates) > 1 and explicit and len({m.event for _, m in explicit}) > 1:
            # two different events named: "opened or clicked" unites, "opened and clicked" intersects
            groups = [candidates] if self._joined_by_or(explicit) else [[e] for e in candidates]
        for s, m in cols:
            if any(m.event in g for g in groups):
                used_spans[id(s)] = s
        results = []
        for group in groups:
            cond = EventCondition(seg.start, seg.end, negated=negated, events=tuple(group))
            # dimension values, grouped by dimension; only those every event of the group has
            chosen: dict[int, Meaning] = {}
            for s, m in dims:
                if not (all(m.dim in cat.events[e].dimensions for e in group) and
                        all(cat.events[e].dimensions[m.dim].column == m.column for e in group)):
                    continue
                other = chosen.get(id(s))
                if other is not None and other.dim != m.dim:
                    # one word, two dimensions ("newsletter": a channel or an objective): keep the literal value
                    word = self.norms[s.start]
                    keep = m if word in m.values and word not in other.values else other
                    drop = other if keep is m else m
                    self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[s.start:s.end])}' read as "
                                          f"{keep.dim} {keep.label} (it could also mean {drop.dim} {drop.label})")
                    if keep is other:
                        continue
                    cond.dims.pop(other.dim, None)
                chosen[id(s)] = m
                values = cond.dims.get(m.dim, ()) if other is None or other.dim == m.dim else ()
                cond.dims[m.dim] = tuple(dict.fromkeys(values + m.values))
                used_spans[id(s)] = s
            for s in seg.spans:  # "mall store": a bare qualifier of the chosen event is part of it
                if any(m.event in group for m in s.of("qualifier")):
                    used_spans[id(s)] = s
                # "reason", "category", "goods": a dimension's name is part of its event ('bought goods' is 'bought')
                if any(m.event in group for m in s.of("dimension")):
                    used_spans[id(s)] = s
            # 'opened none of them', 'clicked any': a pronoun points back at the previous behaviour's object
            pointer = self.last_event if inherited is None and self._points_back(seg) else None
            for source in (inherited, pointer):
                if source is None:
                    continue
                for dim, values in source.dims.items():
                    if all(dim in cat.events[e].dimensions for e in group):
                        cond.dims.setdefault(dim, values)
            ever = any(MODIFIER_WORDS.get(self.norms[i]) == "ever" for i in range(seg.start, seg.end))
            if seg.windows:
                cond.window = seg.windows[0]
            elif inherited is not None and not qualifiers and not dims and not ever:
                cond.window = inherited.window
            elif pointer is not None and not ever:
                cond.window = pointer.window
            self._modifiers(seg, cond, cols)
            results.append(cond)
        for s in used_spans.values():
            self._use(s.start, s.end)
        for w in seg.windows[:1]:
            self._use(w.start_tok, w.end_tok)
            if w.note:
                self.out.notes.append(w.note)
        inside = [i for i in range(seg.start, seg.end) if i in self.out.used and self.norms[i] not in CONNECTORS]
        for cond in results:  # the phrase is what the condition used, not the connectors around it
            if inside:
                cond.start_tok, cond.end_tok = inside[0], inside[-1] + 1
        return results

    def _coordinated(self, a: Span, b: Span) -> bool:
        """Only 'or', 'and', ',' or a bracket between two spans."""
        lo, hi = sorted((a, b), key=lambda s: s.start)
        between = self.norms[lo.end:hi.start]
        return bool(between) and all(w in ("or", "and", ",", "/", "&", "+") for w in between)

    def _points_back(self, seg: Segment) -> bool:
        own_dims = any(s.of("dimvalue") for s in seg.spans)
        return not own_dims and any(self.norms[i] in PRONOUNS for i in range(seg.start, seg.end))

    @staticmethod
    def _dim_groups(dims: list[tuple[Span, Meaning]]) -> list[set[str]]:
        """For each dimension-value span, the events that accept it."""
        groups: dict[int, set[str]] = {}
        for s, m in dims:
            groups.setdefault(id(s), set()).add(m.event)
        return list(groups.values())

    def _joined_by_or(self, found: list[tuple[Span, Meaning]]) -> bool:
        spans = sorted({(s.start, s.end) for s, _ in found})
        return any("or" in self.norms[a[1]:b[0]] for a, b in zip(spans, spans[1:]))

    def _modifiers(self, seg: Segment, cond: EventCondition, cols) -> None:
        in_window = {i for w in seg.windows for i in range(w.start_tok, w.end_tok)}   # 'the first quarter' is a date
        places = [i for i in range(seg.start, seg.end) if self.norms[i] in MODIFIER_WORDS and i not in in_window]
        words = {MODIFIER_WORDS[self.norms[i]] for i in places}
        self.out.used.update(places)
        cond.average = "average" in words
        cond.first = "first" in words
        spend = any(self.norms[i] in ("spent", "spend", "spends", "spending", "spenders", "spender", "paid", "pay")
                    for i in range(seg.start, seg.end)) or bool(cols)
        for c in seg.comparisons:
            role_amount = c.currency or (spend and not c.times)
            if role_amount and cond.amount is None:
                cond.amount = c
            elif cond.count is None:
                cond.count = c
            else:
                continue
            self._use(c.start_tok, c.end_tok)
            if c.note:
                self.out.notes.append(c.note)
        if cond.average and cond.amount is None and cond.count is not None:
            cond.amount, cond.count = cond.count, None
        for r in seg.rankings:
            cond.rank, cond.top = r.percent, r.count
            self._use(r.start_tok, r.end_tok)

    # -- profile attributes ------------------------------------------------------
    def _profile(self, seg: Segment, negated: bool) -> list[Condition]:
        cat, out = self.catalog, []
        context_cols = {m.column for s in seg.spans for m in s.of("column") if not m.event}
        by_column: dict[str, ValueCondition] = {}
        flags = [(s, m) for s in seg.spans for m in s.of("column")
                 if not m.event and cat.column(m.column).type.upper() == "BOOLEAN"]
        for s in seg.spans:
            values = s.of("value")
            if values:
                m = self._pick_value(values, context_cols)
                cond = by_column.get(m.column)
                if cond is None:
                    cond = by_column[m.column] = ValueCondition(s.start, s.end, negated=negated, column=m.column)
                cond.values = tuple(dict.fromkeys(cond.values + m.values))
                cond.labels = tuple(dict.fromkeys(cond.labels + (m.label,)))
                cond.start_tok, cond.end_tok = min(cond.start_tok, s.start), max(cond.end_tok, s.end)
                self._use(s.start, s.end)
                continue
            ind = s.of("indvalue")
            if ind:
                cond = IndicatorCondition(s.start, s.end, negated=negated, indicator=ind[0].ref, values=ind[0].values)
                self._use(s.start, s.end)
                for other in seg.spans:  # "stage", "journey stage": the indicator's own name
                    if any(m.ref == ind[0].ref for m in other.of("indicator")):
                        self._use(other.start, other.end)
                        cond.start_tok, cond.end_tok = min(cond.start_tok, other.start), max(cond.end_tok, other.end)
                out.append(cond)
            for m in s.of("table"):
                out.append(TableCondition(s.start, s.end, negated=negated, table=m.ref, label=m.label))
                self._use(s.start, s.end)
            if s.of("entity"):
                self._use(s.start, s.end)
        used_tables = {c.rsplit(".", 1)[0] for c in by_column}
        for s in seg.spans:  # "live in", "acquired": context words of an attribute of a table that was used
            if any(m.column.rsplit(".", 1)[0] in used_tables for m in s.of("column") if not m.event):
                self._use(s.start, s.end)
        for column, cond in by_column.items():
            table = column.rsplit(".", 1)[0]
            flag = next(((s, m) for s, m in flags if m.column.rsplit(".", 1)[0] == table), None)
            if flag:
                s, m = flag
                self._use(s.start, s.end)
                self.last_flag = FlagValueCondition(min(cond.start_tok, s.start), max(cond.end_tok, s.end), negated=negated,
                                                    flag=m.column, column=column, values=cond.values, labels=cond.labels)
                out.append(self.last_flag)
            elif self.last_flag is not None and self.last_flag.column == column:
                # 'opted in to push but not to email': the flag carries over to the next value of its column
                out.append(FlagValueCondition(cond.start_tok, cond.end_tok, negated=negated, flag=self.last_flag.flag,
                                              column=column, values=cond.values, labels=cond.labels))
            else:
                out.append(cond)
        out.extend(self._numbers_and_dates(seg, negated))
        return out

    def _birth_year(self, c: Comparison, births) -> tuple[str, Comparison] | None:
        """'before 1950', 'after 1990', 'in 1975' beside a birth-year column: (column, comparison of the year)."""
        columns = [m.column for _, m in births] + self.birth_columns
        column = next((col for col in columns if self.catalog.column(col).role == "birth_year"), None)
        before = self.norms[c.start_tok - 1] if c.start_tok > 0 else ""
        op = {"before": "<", "after": ">", "since": ">=", "in": "="}.get(before)
        if column is None or op is None or c.upper is not None or not 1800 <= c.value <= self.as_of.year:
            return None
        return column, Comparison(op, c.value, c.start_tok - 1, c.end_tok)

    def _pick_value(self, values: list[Meaning], context_cols: set[str]) -> Meaning:
        for m in values:
            if m.column in context_cols:
                return m
        for m in values:
            if m.column.rsplit(".", 1)[0] == self.entity_table:
                if len({v.column for v in values}) > 1:
                    others = ", ".join(sorted({v.column for v in values if v.column != m.column}))
                    self.out.notes.append(f"'{m.label}' read as {m.column} (it could also be {others})")
                return m
        return values[0]

    def _numbers_and_dates(self, seg: Segment, negated: bool) -> list[Condition]:
        cat, out = self.catalog, []
        columns = [(s, m) for s in seg.spans for m in s.of("column") if not m.event]
        numeric = [(s, m) for s, m in columns if cat.column(m.column).type.upper() in NUMERIC_TYPES]
        dates = [(s, m) for s, m in columns if cat.column(m.column).type.upper() in DATE_TYPES
                 and cat.column(m.column).role not in AGE_ROLES]
        births = [(s, m) for s, m in columns if cat.column(m.column).role in AGE_ROLES]
        for c in seg.comparisons:
            target = None
            if (births or c.age_hint) and max(c.value, c.upper or 0) > MAX_AGE:
                year = self._birth_year(c, births)
                if year is not None:   # 'born before 1950': the year of birth itself
                    self._use(c.start_tok - 1, c.end_tok)
                    out.append(CompareCondition(c.start_tok - 1, c.end_tok, negated=negated, column=year[0], comparison=year[1]))
                continue   # any other number that is not an age is left unread, so it is asked about
            if births or c.age_hint:
                target = (births[0][1].column if births else (self.birth_columns or [None])[0], True)
                if (c.upper or c.value) < 10:    # no customer is 3: "a child under 3 years old" is whose age?
                    self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[c.start_tok:c.end_tok])}' read as an age")
            elif numeric:
                s, m = min(numeric, key=lambda sm: abs(sm[0].start - c.end_tok))
                target = (m.column, False)
                self._use(s.start, s.end)
            elif self.birth_columns and c.op in (">", "<", ">=", "<=") and 10 <= c.value <= 120 and not c.currency:
                target = (self.birth_columns[0], True)
                if c.note:  # a bare number ('customers 40 in Paris'); 'over 60' is plainly an age
                    self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[c.start_tok:c.end_tok])}' read as an age")
            if target and target[0]:
                self._use(c.start_tok, c.end_tok)
                out.append(CompareCondition(c.start_tok, c.end_tok, negated=negated, column=target[0], comparison=c,
                                            age=target[1]))
        for s, _ in births:
            self._use(s.start, s.end)
        for w in seg.windows[:1]:
            if dates:
                s, m = dates[0]
                self._use(s.start, s.end)
                self._use(w.start_tok, w.end_tok)
                out.append(DateCondition(min(s.start, w.start_tok), max(s.end, w.end_tok), negated=negated,
                                         column=m.column, window=w))
        return out
