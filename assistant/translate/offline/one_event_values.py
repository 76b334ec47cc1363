"""Values of one dimension said held by one same event ('bought Lego and Djeco in the same order', 'on the same receipt
or the same web order', 'ont acheté du Lego et du Djeco sur le même ticket de caisse'): the behaviour's values, read
as one criterion each, are one event's lines, each value among them (a count of its different values within one
single event, `DistinctCondition.per_event`, over those values only).

Read only when the criteria are one behaviour said with single values of one dimension, and every noun of the one
event ('the same receipt', 'the same web order') names events of that behaviour that have the dimension; anywhere else
'the same' stays asked. A part of the Parser (parser.py), run once the criteria are read.
"""
from __future__ import annotations

from assistant.meaning import Comparison, DistinctCondition, EventCondition
from assistant.translate.lang_en import CONNECTORS, FUNCTION_WORDS, SEPARATORS_OF_EVENTS, TOGETHER_WORDS
from assistant.translate.offline.aggregates import _events_named
from assistant.translate.offline.parsed import one_event_words


class OneEventValues:
    """'Lego and Djeco in the same order': both in one event."""

    def _values_in_one_event(self) -> None:
        said = self._one_event_nouns()
        if not said:
            return
        start, end, events = said
        # the nouns of the one event, read as a behaviour of their own ('sur le même ticket de caisse ou la même
        # commande web'): they only say which event
        nouns = [c for c in self.out.criteria if isinstance(c, EventCondition) and start <= c.start_tok
                 and c.end_tok <= end and not c.dims and set(c.events) <= events and self._plain_one(c)]
        read = [c for c in self.out.criteria if isinstance(c, EventCondition) and c not in nouns]
        if len(read) < 2 or not all(self._plain_one(c) for c in read) or self.out.exclusions:
            return
        first = read[0]
        if any(c.events != first.events or c.window != first.window or c.negated for c in read):
            return
        dims = [set(c.dims) for c in read]
        if any(d != dims[0] for d in dims) or len(dims[0]) == 0:
            return
        differ = [d for d in dims[0] if len({c.dims[d] for c in read}) == len(read)]
        same = [d for d in dims[0] if len({c.dims[d] for c in read}) == 1]
        if len(differ) != 1 or len(differ) + len(same) != len(dims[0]) \
                or any(len(c.dims[differ[0]]) != 1 for c in read):
            return
        dim = differ[0]
        # 'bought ... on the same receipt': the behaviour's events the nouns name (a receipt: the store purchases)
        kept = tuple(e for e in first.events if e in events and dim in self.catalog.events[e].dimensions)
        if not kept:
            return
        values = tuple(c.dims[dim][0] for c in read)
        source = EventCondition(first.start_tok, end, events=kept, dims={**{d: first.dims[d] for d in same},
                                                                          dim: values}, window=first.window)
        cond = DistinctCondition(min(c.start_tok for c in read), max(end, *(c.end_tok for c in read)), source=source,
                                 dimension=dim, comparison=Comparison(">=", len(values), start, end), per_event=True)
        at = self.out.criteria.index(first)
        self.out.criteria = [c for c in self.out.criteria if c not in read and c not in nouns]
        self.out.criteria.insert(at, cond)
        self.out.unclear = [u for u in self.out.unclear if not (u[2] == "same" and start <= u[0] < end)]
        self._use(start, end)
        self.out.unread.difference_update(range(start, end))
        together = TOGETHER_WORDS + tuple(getattr(self.words, "TOGETHER_WORDS", ()) if self.words is not None else ())
        for k in range(len(self.norms)):      # 'together', 'en même temps': said of that one event
            said = next((p for p in together if tuple(self.norms[k:k + len(p)]) == p), None)
            if said and not any(j in self.out.used for j in range(k, k + len(said))):
                self._use(k, k + len(said))
                self.out.unread.difference_update(range(k, k + len(said)))

    @staticmethod
    def _plain_one(c: EventCondition) -> bool:
        return not any((c.count, c.amount, c.rank, c.top, c.first, c.last, c.average, c.over, c.of_latest, c.after,
                        c.running, c.since, c.since_set, c.other_than, c.measure, c.measured))

    def _one_event_nouns(self) -> tuple[int, int, frozenset[str]] | None:
        """Where 'in the same order' (or several of them, joined by 'or': 'the same receipt or the same web order')
        is said, and the events their nouns name; None when none is, or a noun names no event."""
        found: list[tuple[int, int, frozenset[str]]] = []
        for i, k, go in one_event_words(self.norms, 0, len(self.norms)):
            noun = next((s for s in self.lexicon_spans if s.start == k), None)
            named = _events_named(self.catalog, noun) if noun is not None and not go else frozenset()
            if not named or any(j in self.out.used and not any(u[2] == "same" and u[0] <= j < u[1]
                                                               for u in self.out.unclear) for j in range(i, k)):
                return None
            found.append((i, noun.end, named))
        # 'on the same receipt or the same web order': a second noun after 'or', its lead alone
        if len(found) == 1:
            i, end, named = found[0]
            if end < len(self.norms) and self.norms[end] in SEPARATORS_OF_EVENTS:
                for lead in (("the", "same"), ("that", "same"), ("same",)):
                    k = end + 1 + len(lead)
                    if tuple(self.norms[end + 1:k]) == lead:
                        noun = next((s for s in self.lexicon_spans if s.start == k), None)
                        more = _events_named(self.catalog, noun) if noun is not None else frozenset()
                        if not more:
                            return None
                        found.append((end, noun.end, more))
                        break
        if not found:
            return None
        if any(n not in FUNCTION_WORDS and n not in CONNECTORS and n not in SEPARATORS_OF_EVENTS
               for a, b in zip(found, found[1:]) for n in self.norms[a[1]:b[0]]):
            return None
        return found[0][0], found[-1][1], frozenset().union(*(f[2] for f in found))
