"""A dimension of an event's own row named with no value of it ('used a promo code', 'online orders with a coupon',
'avec code de réduction'): the events whose value of it is present (meaning.EventCondition.measured, as 'rated
tickets' are those with a score); 'without a promo code', 'sans code promo', 'with no coupon' said of a behaviour: its
events with none.

A part of the Parser (parser.py), which reads a request's tokens into conditions; the words that say it was there are
each language's (lang_en.PRESENCE_LEADS, PRESENCE_ARTICLES, ABSENCE_ARTICLES, and lang_fr's own beside them). A
dimension reached through another table (a product's brand on the order's lines) is not one of these: it keeps its
note, and so does one whose value is said ('the promo code SUMMER20' is that value)."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.meaning import Condition, EventCondition, own_row_dimension
from assistant.translate.lang_en import ABSENCE_ARTICLES, CONCORD_MARKERS, NEGATIONS, NOTES, PRESENCE_ARTICLES, \
    SCORE_VERBS
from assistant.translate.offline.lexicon import Meaning, Span
from assistant.translate.offline.parsed import Segment
from assistant.translate.offline.text import fold
from schema_catalog.types import is_numeric


@dataclass
class Said:
    """An own-row dimension named with no value: where, and whether its words say one was there (False: 'no')."""
    dim: str
    span: Span
    present: bool
    alone: bool        # its clause names no behaviour of its own: its column named it ('..., with a coupon')


class PresentValues:
    """The own-row dimensions said present or missing, with no value of theirs."""

    def _own_dimension(self, cond: EventCondition, column: str) -> str | None:
        """The dimension every event of `cond` holds on its own row in `column` (an order's coupon code), or None."""
        names = {d for e in cond.events for d, dim in self.catalog.events[e].dimensions.items() if dim.column == column}
        held = [d for d in names if all(d in self.catalog.events[e].dimensions and own_row_dimension(self.catalog, e, d)
                                         and self.catalog.events[e].dimensions[d].column == column for e in cond.events)]
        return held[0] if len(held) == 1 else None

    def _said_present(self, k: int, seg: Segment, column: str) -> bool | None:
        """What the words before a dimension's noun (at k) say of it: True one was there ('used a', 'with', 'redeemed
        any'; French 'avec des', 'utilisé de' as typed; 'gave a' of a number, a score), False none ('with no', 'avec
        aucun'), None neither ('the promo code': which one?; 'watched a film': a kind of title, not one that may be
        missing). Right after 'without' (an exclusion's marker) it is named as what the behaviour is without: True."""
        j, present = k - 1, True
        if j >= 0 and (self.norms[j] in PRESENCE_ARTICLES or self.norms[j] in ABSENCE_ARTICLES
                       or fold(self.tokens[j].text.lower()) in self.presence_articles):
            present = self.norms[j] not in ABSENCE_ARTICLES
            j -= 1
        if j < 0:
            return None
        if self.excluding and self.exclusion_marker in CONCORD_MARKERS and j == self.part_start - 1 and j < seg.start:
            return True
        if j < seg.start and self.norms[j] != seg.after:      # the connector that opens the clause: 'with'
            return None
        leads = self.presence_leads | (SCORE_VERBS if is_numeric(self.catalog.column(column).type) else frozenset())
        return present if self.norms[j] in leads else None

    def _dimensions_said_present(self, seg: Segment, cond: EventCondition, cols: list[tuple[Span, Meaning]]) -> set[str]:
        """'used a promo code', 'online orders with a coupon', 'never used a voucher': a dimension of the events' own
        row named with no value of it, right after a word that says one was there, is read as the events whose value
        of it is present (cond.measured; 'never' denies those). 'with no coupon' is read only of the behaviour before
        (_presence_of_the_one_before). Never of the first or latest event ('first order with a promo code': the first
        of those, or the first one had one?), nor of a dimension a value, another value or a presence was said of.
        The columns read, whose note (not applied) is not said; each of their words is taken ('redeemed' too)."""
        if cond.first or cond.last or not cond.events:
            return set()
        alone = not any(s.of("event", "kindword", "qualifier") for s in seg.spans)
        read: dict[str, Said] = {}
        for s, m in cols:
            dim = self._own_dimension(cond, m.column) if m.event in cond.events else None
            if dim is None or dim in cond.dims or dim in cond.other_than or dim in cond.measured or m.column in read \
                    or self._denied_unread(seg, cond, s.start):
                continue
            present = self._said_present(s.start, seg, m.column)
            if present is not None:
                read[m.column] = self.present_said[id(cond)] = Said(dim, s, present, alone)
        for column, said in read.items():
            if said.present:
                cond.measured = {**cond.measured, said.dim: True}
                self._use_column(cols, column)
        return {column for column, said in read.items() if said.present}

    def _denied_unread(self, seg: Segment, cond: EventCondition, k: int) -> bool:
        """'ordered online, never with a promo code': a negation said since the behaviour before (or in the clause)
        that the behaviour read does not hold (it is not negated): read present, the 'never' was lost, silently."""
        before = self.last_event
        lo = before.end_tok if before is not None and before.end_tok <= seg.start else seg.start
        marker = range(self.part_start - len(self.exclusion_marker), self.part_start) if self.excluding else range(0)
        said = [i for i in range(lo, k) if self.norms[i] in NEGATIONS and self.norms[i] not in ABSENCE_ARTICLES
                and i not in marker]      # ('without' that opens the exclusion: _presence_left_out)
        return bool(said) and not cond.negated

    def _use_column(self, cols: list[tuple[Span, Meaning]], column: str) -> None:
        for s, m in cols:
            if m.column == column:
                self._use(s.start, s.end)

    def _unapplied(self, c: EventCondition, said: Said) -> str:
        return NOTES["not_applied"].format(words=" ".join(t.text for t in self.tokens[said.span.start:said.span.end]),
                                           event=self.catalog.events[c.events[0]].label)

    def _presence_of_the_one_before(self, c: EventCondition, seg: Segment, out: list[Condition]) -> bool:
        """'online orders with a coupon this month', 'at least 2 web orders with a promo code', 'ordered online with no
        promo code': a clause that names no behaviour of its own, only an own-row dimension said present or missing
        (its column named the behaviour), right after a behaviour (after 'with' or a comma), is that behaviour's:
        folded into it (its period too, when the behaviour before has none). Read apart, the count was of any order
        and the coupon order another criterion, silently. A clause that cannot be folded ('bought in store with a
        promo code': no store purchase has one) keeps its reading of before, the behaviour alone, in a note. True when
        folded."""
        said = self.present_said.get(id(c))
        before = self.last_event
        if said is None or not said.alone or before is None or before not in out or seg.after not in (",", "with"):
            return False
        if self._holds_the_presence_of(before, c, said) and c.negated != said.present:
            self._fold_presence(before, c, said.dim, said.present)
            note = self._unapplied(c, said)
            if note in self.out.notes:      # 'with no promo code' was noted, read as the order alone
                self.out.notes.remove(note)
            return True
        if said.present and said.dim in c.measured:       # its reading of before: the behaviour alone, noted
            c.measured = {k: v for k, v in c.measured.items() if k != said.dim}
            self.out.notes.append(self._unapplied(c, said))
        return False

    def _holds_the_presence_of(self, before: EventCondition, c: EventCondition, said: Said) -> bool:
        """Can `before` take the presence said in `c` (each of its events of `c`'s, no count, amount or value of
        `c`'s own, one period)?"""
        return not before.negated and not (before.first or before.last) and said.dim not in before.dims \
            and said.dim not in before.measured and said.dim not in before.other_than \
            and set(c.events) <= set(before.events) and not (c.dims or c.other_than or c.amount is not None
                                                            or c.average or c.first or c.last or c.after is not None
                                                            or c.rank is not None or c.top is not None) \
            and (c.count is None or self._implied_count(c)) \
            and (c.window is None or before.window is None or c.window == before.window)

    def _fold_presence(self, before: EventCondition, c: EventCondition, dim: str, present: bool) -> None:
        before.events = tuple(e for e in before.events if e in c.events)
        before.measured = {**before.measured, dim: present}
        before.window = before.window or c.window
        before.end_tok = max(before.end_tok, c.end_tok)

    def _presence_left_out(self, before: EventCondition | None, conditions: list[Condition]) -> list[Condition]:
        """'customers who ordered online without a promo code', 'commandé en ligne sans code promo': an exclusion by
        'without' that names only an own-row dimension of the behaviour said just before it (its column named the
        behaviour) says that behaviour's events have none: folded into it as missing (read as an exclusion, it was
        'no online order at all', against an online order: asked). Returns the conditions left to exclude."""
        if before is None or len(conditions) != 1 or not isinstance(c := conditions[0], EventCondition) \
                or self.exclusion_marker not in CONCORD_MARKERS:
            return conditions
        said = self.present_said.get(id(c))
        if said is None or not said.alone:
            return conditions
        if not self._holds_the_presence_of(before, c, said) \
                or any(n != "," for n in self.norms[before.end_tok:self.part_start - len(self.exclusion_marker)]):
            if said.present and said.dim in c.measured:     # its reading of before: the behaviour alone, noted
                c.measured = {k: v for k, v in c.measured.items() if k != said.dim}
                self.out.notes.append(self._unapplied(c, said))
            return conditions
        c.measured = {k: v for k, v in c.measured.items() if k != said.dim}
        self._fold_presence(before, c, said.dim, False)
        note = self._unapplied(c, said)
        if note in self.out.notes:
            self.out.notes.remove(note)
        self._use_column(self._cols_of(c), self.catalog.events[c.events[0]].dimensions[said.dim].column)
        return []

    def _cols_of(self, c: EventCondition) -> list[tuple[Span, Meaning]]:
        return [(s, m) for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok for m in s.of("column")]
