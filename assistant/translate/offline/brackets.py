"""Brackets and inline markers that narrow a behaviour ('(not outlet)', 'a store other than an outlet').

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations


from assistant.meaning import (
    Condition, EventCondition, OrCondition,
)
from assistant.translate.offline.lexicon import Meaning, Span
from assistant.translate.lang_en import (
    LEADING_WORDS, NEGATIONS, NEGATING_CONNECTORS, DETERMINERS, INLINE_THINGS,
)
from assistant.translate.offline.parsed import (
    Segment, EXCLUSIONS_BY_FIRST, _INLINE_BY_FIRST,
)


class BracketReading:
    """Brackets and inline markers that narrow a behaviour ('(not outlet)', 'a store other than an outlet')."""

    def _negated_brackets(self, spans: list[Span], blocked: set[int]) -> list[tuple[int, int, int, tuple[str, ...]]]:
        """The brackets opened by a negation or an exclusion marker ('(not app)', '(excluding Paris)', '(hors web)'):
        each (its '(', where what it holds begins, its ')', the marker)."""
        out = []
        for i, norm in enumerate(self.norms):
            if norm != "(" or i in blocked or ")" not in self.norms[i + 1:]:
                continue
            close = self.norms.index(")", i + 1)
            j = i + 2 if self.norms[i + 1] == "who" and i + 2 < close else i + 1    # French '(ni web ni magasin)'
            marker = next((m for m in EXCLUSIONS_BY_FIRST.get(self.norms[j], ())
                           if tuple(self.norms[j:j + len(m)]) == m), None) \
                or ((self.norms[j],) if self.norms[j] in NEGATIONS else None)
            if marker is not None and j + len(marker) < close:
                out.append((i, j + len(marker), close, marker))
        return out

    def _inline_narrowings(self, spans: list[Span], blocked: set[int]) -> list[tuple[int, int, int, tuple[str, ...]]]:
        """'bought in a store other than an outlet', 'dans une boutique hors outlet', 'in a store excluding Paris': an
        exclusion marker right after a behaviour's noun or place, with no comma, followed by one value of a
        dimension, says which of its values are meant, as a bracket does (read as an exclusion of everyone who ever
        bought in an outlet, it removed the very customers asked for, silently). Each as a bracket (its marker,
        where the value begins, where it ends, the marker)."""
        out = []
        for i, norm in enumerate(self.norms):
            marker = next((m for m in _INLINE_BY_FIRST.get(norm, ()) if tuple(self.norms[i:i + len(m)]) == m), None)
            # ... or after the behaviour's dimension named ('a ticket on any topic other than delivery') or the
            # thing it is about ('bought something other than shoes'): read as an exclusion, customers with another
            # ticket (or purchase) were dropped, silently
            noun = i
            while noun > 0 and self.norms[noun - 1] in INLINE_THINGS:
                noun -= 1
            if marker is None or i == 0 or i in self.sentence_ends or \
                    not any(s.end == noun and (s.of("event", "kindword", "qualifier") or noun == i and s.of("dimension")) for s in spans):
                continue
            k = i + len(marker)
            while k < len(self.norms) and (self.norms[k] in DETERMINERS or self.norms[k] in LEADING_WORDS):
                k += 1
            # a value of a closed list only: the values meant are the others ('Paris' has no list to take it from)
            value = next((s for s in spans if s.start == k and s.of("dimvalue") and all(
                self.catalog.column(m.column).values for m in s.of("dimvalue"))
                and len({m.column for m in s.of("dimvalue")}) == 1), None)    # 'newsletter': channel or objective
            if value is not None and not blocked & set(range(i, k)):
                out.append((i, i + len(marker), value.end, marker))
                self.inline.add(i)
        return out

    def _bracket_end(self, bracket: tuple) -> int:
        """Where a bracket's words end: past its ')', or past the value of a bracket with no brackets."""
        return bracket[2] + (bracket[0] not in self.inline)

    def _read_brackets(self, brackets, found: tuple) -> None:
        """'a website order (not app)', 'bought in store (not online)', 'in France (not Paris)', 'shoes (excluding
        Nike)': a bracket opened by a negation says which values of the behaviour said right before it are meant
        (a closed list of values, or the events of its kind, less those it holds: restated or narrowed, never the
        behaviour negated); else it excludes what it holds, and only that (read with its clause, the negation was
        the whole clause's, or the exclusion ran past the bracket to the end of the request)."""
        for open_, start, close, marker in brackets:
            self._use(open_, start)
            self._use(close, self._bracket_end((open_, start, close, marker)))
            if open_ in self.narrowed:
                continue
            self.excluding, self.exclusion_marker, self.part_start = True, marker, start
            self.last_event = None
            excluded = self._part(start, close, found)
            if not excluded:      # '(not both)': nothing read is excluded silently; asked
                self.out.used.difference_update(range(open_, self._bracket_end((open_, start, close, marker))))
                self.out.unread.update(range(start - len(marker), close))
            # '(no purchase for 12 months, in store or online)': one aside, those who are all; '(ni Euralille ni
            # l'outlet)', '(neither ... nor ...)': each excluded
            if len(excluded) > 1 and not NEGATING_CONNECTORS & set(self.norms[start:close]):
                excluded = [OrCondition(excluded[0].start_tok, excluded[-1].end_tok, groups=[excluded])]
            self.out.exclusions.extend(excluded)

    def _narrow_by_brackets(self, seg: Segment, out: list[Condition]) -> None:
        """The brackets of the segment that narrow the behaviour just read before them, narrowed now: a clause
        after it ('... (not app) with the code SUMMER20') continues the narrowed behaviour."""
        for open_, start, close, marker in self.brackets:
            c = next((c for c in reversed(out) if isinstance(c, EventCondition) and c.start_tok < open_), None)
            if not seg.start <= open_ < seg.end or c is None or open_ in self.narrowed:
                continue
            held = [s for s in self.lexicon_spans if start <= s.start and s.end <= close]
            if marker == ("neither",) and self._restates_channels(c, held, start, close) or \
                    self._narrow(c, held, start, close):
                self.narrowed.add(open_)

    def _holds_only(self, held: list[Span], start: int, close: int, grammar: frozenset[str]) -> bool:
        """Does the bracket [start, close) hold nothing but the spans `held`, leading words and `grammar`?"""
        covered = {k for s in held for k in range(s.start, s.end)}
        return all(self.norms[k] in LEADING_WORDS or self.norms[k] in grammar for k in range(start, close)
                   if k not in covered)

    def _restates_channels(self, c: EventCondition, held: list[Span], start: int, close: int) -> bool:
        """'no purchase (neither online nor in store)', 'aucun achat (ni web ni magasin)': the channels a negated
        behaviour covers, said again; it covers those (read as a 'nor' list, it excluded the customers who did
        both, of any time, silently)."""
        if not self._holds_only(held, start, close, frozenset({"nor", "or", ","})):
            return False
        named = {m.event for s in held for m in s.of("qualifier") if m.event in c.events}
        if not named or any(not any(m.event in c.events for m in s.of("qualifier")) for s in held):
            return False
        c.events = tuple(e for e in c.events if e in named)
        self._use(start, close)
        return True

    def _narrow(self, c: EventCondition, held: list[Span], start: int, close: int) -> bool:
        """The behaviour `c` without what the bracket holds: its events of the kind less those a qualifier names
        ('in store (not online)'); a dimension's values less those said: of the values said before it (none left
        out: 'website (not app)', 'in Lyon (not Paris)' restate them), or of its closed list ('(not a newsletter)':
        any other objective). A value of the behaviour it cannot leave out (no list: 'shoes (not Nike)') is asked.
        False when the bracket holds anything else (read as an exclusion), or would leave nothing."""
        if not self._holds_only(held, start, close, frozenset(self.lexicon.determiners) | {"of"}):   # "(pas d'email)"
            return False
        events, dims, asked = list(c.events), dict(c.dims), False
        for s in held:
            named = [m for m in s.of("qualifier") if m.event in events and len(events) > 1] or \
                [m for m in s.of("qualifier") if m.event not in events and
                 {self.catalog.events[m.event].kind} == {self.catalog.events[e].kind for e in events}]
            if named:
                events = [e for e in events if e not in {m.event for m in named}]
                continue
            values = [m for m in s.of("dimvalue") if m.dim and all(
                m.dim in self.catalog.events[e].dimensions
                and self.catalog.events[e].dimensions[m.dim].column == m.column for e in events)]
            if not values and s.of("dimvalue", "qualifier"):
                asked = True    # 'visited the site (not the app)': a value of other behaviours, not this one's
                continue
            if not values:
                return False
            left = next((kept for m in values if (kept := self._values_left(m, dims))), None)
            if left is None:
                asked = True
                continue
            dims[left[0]] = left[1]
        if not events or asked:
            if asked:       # 'shoes (not Nike)': a brand other than Nike is no list the catalog holds
                self.out.unread.update(range(start, close))
            return asked
        c.events, c.dims = tuple(events), dims
        self._use(start, close)
        return True

    def _values_left(self, m: Meaning, dims: dict) -> tuple[str, tuple] | None:
        """The dimension's values said before (or, none said, its closed list) less `m`'s; None when none is left
        or no list holds them."""
        said = dims.get(m.dim)
        pool = said if said is not None else tuple(self.catalog.column(m.column).values)
        left = tuple(v for v in pool if v not in m.values)
        return (m.dim, left) if left else None
