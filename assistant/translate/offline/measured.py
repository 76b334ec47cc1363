"""An event said with the past form of one of its measures ('rated tickets', 'tickets notés', 'a scored ticket',
'who rated us'): the events that have that measure (meaning.EventCondition.measured), counted, averaged, first or
latest among those only; 'unrated tickets' those without it.

A part of the Parser (parser.py), which reads a request's tokens into conditions; the words are the catalog's own
measures made past by each language's endings (lexicon.Lexicon.measured)."""
from __future__ import annotations

from assistant.meaning import EventCondition, own_row_column, own_row_measure
from assistant.translate.lang_en import CLAUSE_EDGES, CONNECTORS, DETERMINERS, MODIFIER_WORDS, POINTING_WORDS, \
    VOICE_OBJECTS_US
from assistant.translate.offline.lexicon import Meaning, Span
from assistant.translate.offline.parsed import EventParts, Segment
from schema_catalog.semantic import measure_column


class MeasuredEvents:
    """The events a measure's past form says, said beside their noun or as the verb that names them."""

    def _measured_by_its_values(self, cond: EventCondition) -> None:
        """'tickets rated 1 or 2', 'rated a chat 2 or less': a score said is one the ticket has, and an average is of
        the scores there are; only a count, the first or latest of the rated ones ('premier ticket noté a reçu 1 ou
        2/5') still needs the rated ones said."""
        if cond.first or cond.last:
            return
        valued = {self.catalog.events[e].dimensions[d].column for e in cond.events for d in cond.dims}
        bounded = {cond.measure} if cond.amount is not None and (not cond.average or cond.count is None and
                                                               cond.top is None and cond.rank is None) else set()
        cond.measured = {name: present for name, present in cond.measured.items() if not present or name not in bounded
                         and any(own_row_column(self.catalog.events[e], name) not in valued for e in cond.events)}

    def _measured_events(self, seg: Segment, cond: EventCondition, parts: EventParts,
                         used_spans: dict) -> tuple[list[Span], set[int]]:
        """'at least 2 rated tickets', 'leur premier ticket noté', 'tickets notes' (typed without its accent): the
        past form of a measure of the events' own row said right beside their noun (its values between them, 'tickets
        chat notés') says the events that have it; counted, averaged, first or latest among those only (read as any
        ticket, the count took the unrated ones too, silently). Said after a verb ('whose last ticket was rated 5/5')
        it is what that ticket was, never this. The words read, as the measure's column, and those said as the verb
        of the noun ('rated a ticket')."""
        nouns = [s for s, m in parts.explicit + parts.kinds if id(s) in used_spans and (
            m.event in cond.events or m.kind == "kindword")]
        if not nouns:     # 'who rated us', 'qu'ils n'ont jamais noté': the verb alone names the behaviour, as it is,
            # never the noun its folded form also is ('une note moyenne sous 3')
            nouns = [Span(s.start, s.start, []) for s, m in parts.cols if s.end - s.start == 1 and m.event in cond.events
                     and self.norms[s.start] in self.lexicon.measured and self._participle(s.start)
                     and self._without_object(s.start + 1, seg)][:1]
        values = {k for s in used_spans.values() if s.of("dimvalue", "qualifier") and not s.of("event", "kindword")
                  for k in range(s.start, s.end)}
        read, verbs = [], set()
        for noun in nouns:
            before, after = noun.start - 1, noun.end
            # ... or before its determiner, as the verb ('customers who rated a ticket', 'ont noté un ticket')
            while before in values or before >= seg.start and self.norms[before] in DETERMINERS:
                before -= 1
            while after in values:
                after += 1
            for k in (before, after):
                if not seg.start <= k < seg.end or k in self.out.used and not any(
                        s.start <= k < s.end for s in used_spans.values()):
                    continue
                if not self._participle(k) and (k + 1 < len(self.norms) and self.norms[k + 1] in MODIFIER_WORDS or any(
                        s.start <= k < s.end and s.end - s.start > 1 for s in self.lexicon_spans)):
                    continue     # the noun its folded form also is ('tickets note de satisfaction', 'note moyenne')
                said = {(name, present) for e, name, present in self.lexicon.measured.get(self.norms[k], ())}
                measures = [(name, present) for name, present in said
                            if all(own_row_measure(self.catalog, e, name) for e in cond.events)]
                if len(measures) == 1:
                    name, present = measures[0]
                    cond.measured = {**cond.measured, name: present}
                    self._use(k, k + 1)
                    read.append(self._measure_said(k, cond, name))
                    if noun.start == noun.end or k < noun.start - 1 and any(
                            self.norms[i] in DETERMINERS for i in range(k + 1, noun.start)):
                        verbs.add(k)     # 'rated a ticket', 'rated us': the verb, whose scores may follow
                    elif k >= noun.end and self._value_follows(k, seg):
                        # 'a ticket rated 2 or less', 'a review scored 4 or less': the score it was given (read as
                        # a count of rated tickets, 'at most 2' let those with none through, silently)
                        verbs.add(k)
        return read, verbs

    def _value_follows(self, k: int, seg: Segment) -> bool:
        """A number, or a comparison, said right after the word at k ('rated 2 or less', 'noté au moins 4')."""
        return k + 1 < len(self.tokens) and self.tokens[k + 1].number is not None \
            or any(c.start_tok == k + 1 for c in seg.comparisons)

    def _without_object(self, j: int, seg: Segment) -> bool:
        """Is the verb before j said with no object of its own ('who rated us', 'that they never rated', 'rated us
        1 or 2 since June'), never 'rated the app', 'rated as VIP' (what was rated is something else, or nothing)?"""
        if j >= seg.end or (self.norms[j] in CONNECTORS or self.norms[j] in CLAUSE_EDGES) \
                and self.norms[j] not in POINTING_WORDS:      # 'rated that call': an object
            return True
        return self.norms[j] in VOICE_OBJECTS_US or self.tokens[j].number is not None \
            or any(w.start_tok == j for w in seg.windows)

    def _participle(self, k: int) -> bool:
        """Is the word at k a past form only ('rated', 'noté' typed with its accent), not also a catalog noun of its
        own ('note', 'notes': the scores)?"""
        key = (self.norms[k],)
        return key not in self.lexicon.phrases or key in self.lexicon.aliases

    def _measure_said(self, k: int, cond: EventCondition, measure: str) -> Span:
        """The word at k as the measure's column it is a past form of ('notés': the satisfaction score), for the
        values said with it; a folded form of the noun ('notes') is already one."""
        columns = {e: measure_column(self.catalog.events[e], self.catalog.events[e].measures[measure].column)
                   for e in cond.events}
        return Span(k, k + 1, [Meaning("column", column=column, event=e, ref=measure) for e, column in columns.items()])
