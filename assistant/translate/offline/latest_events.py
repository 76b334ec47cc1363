"""A behaviour counted among the n latest events of another: 'didn't open a single one of the last five emails we sent
them', 'whose last 3 purchases were all made online', 'aucun des cinq derniers e-mails ouvert'.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations

from assistant.meaning import Comparison, Condition, EventCondition, Latest
from assistant.translate.lang_en import LATEST_N_COUNTS, LATEST_N_OF, LATEST_N_WORDS
from assistant.translate.offline.lexicon import Span
from assistant.translate.offline.modifiers import number_at
from assistant.translate.offline.parsed import Segment


def latest_noun_before(norms: list[str], i: int, spans, number) -> bool:
    """Does 'last 5 <noun>' end right before i ('the last five e-mails that we sent them': the relative is the noun's,
    one clause)?"""
    return i >= 3 and norms[i - 3] in LATEST_N_WORDS and number(i - 2) is not None \
        and any(s.start == i - 1 and s.end == i for s in spans)


class LatestEvents:
    """'the last five emails', 'their last 3 purchases': the n latest events of a behaviour (its noun, its values, the
    verb that names which of its events: 'we sent them'), and the behaviour said of them counted among those n (the
    same events: an email received that was opened, a purchase that was an online order)."""

    def _latest_said(self, seg: Segment) -> tuple[int, int, Span] | None:
        """Where 'last 5' is said right before a behaviour's noun (n of 2 or more: one is the latest event itself),
        its n and the noun's span."""
        for i in range(seg.start, seg.end - 2):
            if self.norms[i] not in LATEST_N_WORDS or i in self.out.used:
                continue
            n = number_at(self.tokens, i + 1)
            noun = next((s for s in seg.spans if s.start == i + 2 and s.of("event", "kindword", "dimvalue")), None)
            if n is not None and float(n).is_integer() and n >= 2 and noun is not None:
                return i, int(n), noun
        return None

    def _read_latest(self, seg: Segment, negated: bool) -> list[Condition] | None:
        """The behaviour of the segment counted among the n latest events said in it; None when none is said, or when
        what is counted or which events are the latest is not clear (read otherwise, or asked)."""
        said = self._latest_said(seg)
        if said is None:
            return None
        i, n, noun = said
        others = [s for s in seg.spans if s is not noun and not s.of("entity")]
        of, verb = self._latest_events(noun, others)
        if of is None:
            return None
        held = self._counted_among(of, [s for s in others if s is not verb])
        if held is None:
            return None
        events, dims, spans = held
        count = self._how_many_of(seg, i, n, negated)
        for s in [noun, *spans] + ([verb] if verb is not None else []):
            self._use(s.start, s.end)
        self._use(i, i + 2)
        start = min([i, *(s.start for s in spans)])
        end = max([noun.end, *(s.end for s in spans)] + ([verb.end] if verb is not None else []))
        return [EventCondition(start, end, events=events, dims=dims, count=count, of_latest=Latest(n, of))]

    def _latest_events(self, noun: Span, others: list[Span]) -> tuple[EventCondition | None, Span | None]:
        """The behaviour whose latest events the noun names: a behaviour ('purchases'), or a value of several
        ('emails') narrowed by the verb said of it ('we sent them': the emails received), else the one of them that
        holds every event of its table (no filter of its own)."""
        kinds = {m.ref for m in noun.of("kindword")}
        named = [m.event for m in noun.of("event")] + [e for e, ev in self.catalog.events.items() if ev.kind in kinds]
        if named:
            return EventCondition(noun.start, noun.end, events=tuple(dict.fromkeys(named))), None
        values = noun.of("dimvalue")
        if len({(m.dim, m.values) for m in values}) != 1:
            return None, None
        candidates = [m.event for m in values]
        verb = next((s for s in others if s.start > noun.start and any(m.event in candidates for m in s.of("event"))), None)
        if verb is not None:
            events = [m.event for m in verb.of("event") if m.event in candidates]
        else:
            events = [e for e in candidates if not self.catalog.events[e].where]
        if len(events) != 1:
            return None, None
        return EventCondition(noun.start, noun.end, events=tuple(events), dims={values[0].dim: values[0].values}), verb

    def _counted_among(self, of: EventCondition, spans: list[Span]) -> tuple[tuple, dict, list[Span]] | None:
        """What is said of the latest events: another behaviour of their table ('opened'), or the ones of a place or
        a value among them ('online', 'in Paris stores'); None when nothing, or something else, is said."""
        tables = {self.catalog.events[e].table for e in of.events}
        verbs = [s for s in spans if s.of("event")]
        if verbs:
            events = tuple(dict.fromkeys(m.event for s in verbs for m in s.of("event")
                                         if self.catalog.events[m.event].table in tables))
            return (events, {}, verbs) if events and len(verbs) == 1 else None
        places = [s for s in spans if s.of("qualifier")]
        if len(places) == 1:
            # each event once: a place read twice ('on our website' is also 'on the website' said with 'our')
            events = tuple(dict.fromkeys(m.event for m in places[0].of("qualifier") if m.event in of.events))
            return (events, {}, places) if events else None
        values = [s for s in spans if s.of("dimvalue")]
        if len(values) == 1:
            found = [m for m in values[0].of("dimvalue") if m.event in of.events]
            if found and len({(m.dim, m.values) for m in found}) == 1:
                return tuple(dict.fromkeys(m.event for m in found)), {found[0].dim: found[0].values}, values
        return None

    def _how_many_of(self, seg: Segment, i: int, n: int, negated: bool) -> Comparison:
        """How many of the n latest: none when negated ('didn't open a single one of', 'aucun des'), at least one
        when one is said ('opened one of', 'any of'), every one otherwise ('were all made online', 'whose last 2
        orders were returned'); the words that say it are read."""
        # (a determiner merged before parsing keeps its words: 'one of their' is read 'their')
        words = {k: [w for w in [self.norms[k], *self.tokens[k].text.lower().split()] if w in LATEST_N_COUNTS]
                 for k in range(seg.start, i)}
        said = [k for k in range(seg.start, seg.end) if k not in self.out.used and (words.get(k) or
                                                                                 self.norms[k] in LATEST_N_COUNTS)]
        self.out.used.update(said)
        # 'opened at least 2 of their last 5 emails': the number said before 'of'
        of = next((c for c in seg.comparisons if c.end_tok < i and self.norms[c.end_tok] in LATEST_N_OF), None)
        if of is not None and not negated:
            self._use(of.start_tok, of.end_tok + 1)
            return Comparison(of.op, of.value, of.start_tok, of.end_tok, times=True, upper=of.upper)
        if negated:
            return Comparison("=", 0, i, i + 2, times=True)
        if any(LATEST_N_COUNTS[w] == "one" for k in said for w in words.get(k) or [self.norms[k]]):
            return Comparison(">=", 1, i, i + 2, times=True)
        return Comparison("=", n, i, i + 2, times=True)
