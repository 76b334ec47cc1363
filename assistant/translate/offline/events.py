"""A behaviour from its segment: which events, their dimensions, qualifiers and window.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations


import dataclasses
import datetime as dt
from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    Condition, EventCondition, FlagValueCondition, OrCondition, has_hours,
)
from assistant.translate.offline.event_filters import excludes, selects, tests
from assistant.translate.offline.lexicon import Meaning, Span
from assistant.translate.languages import every_language
from assistant.translate.offline.text import fold
from schema_catalog.model import LANGUAGES
from schema_catalog.semantic import other_date, where_values
from schema_catalog.types import is_numeric, is_temporal
from assistant.meaning import Window
from assistant.translate.offline.modifiers import (
    held_since,
)
from assistant.translate.lang_en import (
    COMBINED_WORDS, CONNECTORS, LEADING_WORDS, NOTES, MODIFIER_WORDS, PRONOUNS, QUALIFIER_PREPOSITIONS,
    BEFORE_WORDS, OUTSIDE_WORDS, VOICE_PASSIVES, CONCORD_NEGATIONS, NEGATIONS, COPULAS, DETERMINERS, RELATIVE_WORDS, AUXILIARY_VERBS, DEMONSTRATIVES, DIMENSION_POINTERS, EACH_AFTER, EACH_TIME,
    TOTAL_WORDS, PRESENCE_WORDS, OPEN_DETERMINERS, DISTINCT_WORDS, WIDENING_WORDS, OBJECT_POINTERS, DATE_LEADS,
    MONTHS, MONTH_LEADS, ORDER_WORDS,
)
from assistant.translate.offline.parsed import (
    EventParts, Segment, column_name, same_days, window_start,
)


# every language's words that date the thing an act is done to, not the act (lang_en.THING_DATE_LEADS)
_THING_DATE_LEADS = every_language("THING_DATE_LEADS")
_THING_DATE_VERBS = every_language("THING_DATE_VERBS")


# The words between a behaviour's noun and a participle that say it in the passive ('was', 'has been')
_PASSIVE_LEADS = VOICE_PASSIVES | AUXILIARY_VERBS


class EventReading:
    """A behaviour from its segment: which events, their dimensions, qualifiers and window."""

    def _values_beyond(self, s: Span, m: Meaning) -> tuple:
        """'in very good condition or better', 'en très bon état ou mieux': after a value of a behaviour's ordered
        dimension, the values the catalog lists above (below) it too; the words read (they were asked about, the
        'or' read as a second behaviour)."""
        col = self.catalog.column(m.column) if m.column else None
        if col is None or not col.ordered or len(m.values) != 1 or m.values[0] not in col.values:
            return ()
        phrase = next((p for p in ORDER_WORDS if tuple(self.norms[s.end:s.end + len(p)]) == p), None)
        if phrase is None:
            return ()
        keys = list(col.values)
        at = keys.index(m.values[0])
        self._use(s.end, s.end + len(phrase))
        return tuple(keys[at + 1:] if ORDER_WORDS[phrase] == "up" else keys[:at])

    def _event(self, seg: Segment, inherited: EventCondition | None, negated: bool,
               relative: bool = False) -> list[EventCondition]:
        """The behaviour a segment names: its events (grouped: 'opened and clicked' is two), dimensions, window,
        count or amount. The spans it used are marked; each condition's phrase is what it used."""
        parts = self._event_parts(seg)
        candidates = self._candidates(seg, parts, inherited)
        if not candidates:
            return []
        used_spans = {id(s): s for s, _ in parts.explicit + parts.kinds}
        groups = self._event_groups(seg, parts, candidates, used_spans)
        results = [self._group_condition(seg, group, parts, inherited, negated, used_spans, relative) for group in groups]
        results = [part for cond in results for part in self._total_apart(seg, cond)]
        kinds = {self.catalog.events[e].kind for c in results for e in c.events}
        for s, _ in parts.kinds:
            if not any(m.ref in kinds for m in s.of("kindword")) and not s.of("event"):
                # 'ayant retourné un article acheté en ligne': the return is no kind of the events read (the web
                # purchase the qualifier chose), so it is not understood, never dropped without a word
                used_spans.pop(id(s), None)
        self._note_each_channel(seg, results)
        self._finish_event(seg, results, used_spans)
        for cond in results:
            self._qualified_edge(seg, cond, parts, used_spans)
        if parts.either and len(results) > 1:     # 'store or app purchases': either side
            return [OrCondition(results[0].start_tok, results[-1].end_tok, groups=[[c] for c in results])]
        return results

    def _total_apart(self, seg: Segment, cond: EventCondition) -> list[EventCondition]:
        """'spent more than €500 across at least 3 orders', 'placed 3 orders totalling over €500', '500 € au total sur
        au moins 3 commandes': an amount said as spent (a spend verb before it, the count after) or as a total is
        their sum over the events counted, not each one's (read as each order over €500, silently): the count and
        the total, two conditions on the same events. 'at least 3 orders over €100', 'each time over €100' stay
        each event's."""
        count, amount = cond.count, cond.amount
        # 'in a single order', 'on one order': one event's amount
        if count is None or amount is None or cond.average or cond.measure or self._implied_count(cond) \
                or count.value <= 1 and count.op in (">=", "=") and count.upper is None \
                or count.upper is not None and amount.upper is not None or cond.negated:
            return [cond]
        norms = self.norms[seg.start:seg.end]
        if any(n in EACH_AFTER for n in norms) or any(tuple(norms[k:k + len(w)]) == w for w in EACH_TIME
                                                     for k in range(len(norms))):
            return [cond]
        total = any(n in TOTAL_WORDS or MODIFIER_WORDS.get(n) == "total" for n in norms)
        spent = self._spend_said(seg, seg.start, amount.start_tok) \
            and amount.start_tok < count.start_tok
        if not (total or spent):
            return [cond]
        counted = dataclasses.replace(cond, amount=None)
        summed = dataclasses.replace(cond, count=None, dims=dict(cond.dims))
        return [counted, summed]

    def _qualified_edge(self, seg: Segment, cond: EventCondition, parts: EventParts, used_spans: dict) -> None:
        """'whose first purchase was made in an outlet store', 'whose last order was over €100': what is said of
        the behaviour after its noun qualifies the first (latest) event of every kind the noun names; what is said
        before it ('their first store purchase') still picks the events the first is taken among."""
        if not (cond.first or cond.last):
            return
        nouns = sorted((s for s, _ in parts.explicit + parts.kinds if id(s) in used_spans), key=lambda s: s.start)
        if not nouns:
            return
        noun = nouns[0]
        said = [i for i in range(seg.start, noun.start) if MODIFIER_WORDS.get(self.norms[i]) == "first"
                or any(tuple(self.norms[i:i + len(w)]) == w for w in self.latest_words)]
        if not said:
            return   # 'bought online for the first time this year': the first of those said (their first online order)
        if cond.amount is not None and (cond.count is None or self._implied_count(cond)) and not cond.average and \
                not any(MODIFIER_WORDS.get(self.norms[i]) == "total" for i in range(seg.start, seg.end)):
            cond.count = None    # 'whose last order was over €100': that order's amount, not one of them
            cond.over = cond.events
        # what the first event was is said after the verb ('was', 'was made'): the words before it name the
        # behaviour, and pick what the first is taken among ('whose first purchase in store was in May')
        split = next((i for i in range(noun.end, seg.end) if self.norms[i] in COPULAS), noun.end)
        narrowing = [s for s in used_spans.values() if s.start >= split and s.of("qualifier", "dimvalue")
                     and not s.of("event", "kindword")]
        # a number column's values said after the verb ('whose last ticket was rated 5/5'): what the latest was
        rated = {self.catalog.events[e].dimensions[d].column for e in cond.events for d in cond.dims
                 if d in self.catalog.events[e].dimensions}
        narrowing += [s for s in seg.spans if s.start >= split and not s.of("event", "kindword")
                      and any(m.column in rated for m in s.of("column"))]
        # ... or the scores alone, said after the noun ('their first rated ticket got 1 or 2/5')
        scores = {v for d, values in cond.dims.items() if all(d in self.catalog.events[e].dimensions for e in cond.events)
                  and is_numeric(self.catalog.column(self.catalog.events[cond.events[0]].dimensions[d].column).type)
                  for v in values}
        narrowing += [Span(i, i + 1, []) for i in range(max(split, noun.end), seg.end) if i in self.out.used
                      and self.tokens[i].number is not None and self.tokens[i].number in scores
                      and not any(s.start <= i < s.end for s in narrowing)]
        if not narrowing:
            if self._said_as_predicate(noun) and len(cond.events) == 1:
                # 'whose last order was cancelled', read as the phrase 'cancelled order': the state said after the
                # verb is what the latest of the noun's rows (in every state: every event of its table) was
                cond.over = self._in_every_state(cond.events)
            return
        if any(s.end <= split for s in used_spans.values() if s.of("dimvalue") and not s.of("qualifier")):
            # 'whose first Nike purchase was in store': the value said with the noun picks what the first is taken
            # among, and the first has no place for what is said after it: read as the first Nike store purchase
            self.out.notes.append(NOTES["first_among" if cond.first else "latest_among"].format(
                words=" ".join(self._words(s.start, s.end) for s in sorted(narrowing, key=lambda s: s.start)),
                events=self.catalog.events[cond.events[0]].label if len(cond.events) == 1 else
                " or ".join(self.catalog.events[e].label for e in cond.events)))
            return
        over = self._named_events(noun, parts, used_spans, split)
        # 'whose first order was cancelled': the state said names another event of the noun's rows (the cancelled
        # order); the first is taken among those rows in every state, then must be in that one
        tables = {self.catalog.events[e].table for e in over}
        over += tuple(e for e in cond.events if e not in over and self.catalog.events[e].table in tables)
        # 'whose latest order was returned': a state of the rows (the column their events are told apart by) is what
        # the latest was, taken over them in every state (a cancelled order is the latest order too), as 'cancelled';
        # the behaviour named with its channel ('dernière commande en ligne', 'first online order') is the catalog's,
        # as it defines it (an online order is never cancelled)
        states = {m.column for s in narrowing for m in s.of("dimvalue")}
        if noun.end - noun.start == 1 and any(tests(self.catalog.events[e].where, col)
                                              for col in states for e in self._in_every_state(over)):
            over = self._in_every_state(over)
        if set(cond.events) <= set(over):
            cond.over = over

    def _in_every_state(self, events: tuple[str, ...]) -> tuple[str, ...]:
        """The events of one table in every state its events tell apart (an online order and a cancelled order: every
        order); events of several tables ('purchase': store and online) are left as they are."""
        tables = {self.catalog.events[e].table for e in events}
        if len(tables) != 1:
            return events
        return tuple(e for e, ev in self.catalog.events.items() if ev.table in tables)

    def _said_as_predicate(self, noun: Span) -> bool:
        """Was the noun's phrase made of a noun, a linking verb and a state said after it ('order was cancelled' read
        as 'cancelled order'): its words and the link after them span the same typed words."""
        if noun.end >= len(self.tokens) or self.norms[noun.end] not in COPULAS:
            return False
        link = self.tokens[noun.end]
        return all((t.start, t.end) == (link.start, link.end) for t in self.tokens[noun.start:noun.end])

    def _named_events(self, noun: Span, parts: EventParts, used_spans: dict, split: int) -> tuple[str, ...]:
        """The events a behaviour's noun names with the qualifiers said with it, before `split` ('store purchase',
        'purchase in store was ...'), whatever is said after."""
        named = {m.event for s, m in parts.explicit if s is noun}
        kinds = {m.ref for s, m in parts.kinds if s is noun}
        before = {m.event for s, m in parts.qualifiers if s.end <= split and s is not noun and id(s) in used_spans}
        return tuple(e for e, ev in self.catalog.events.items()
                     if (e in named or ev.kind in kinds) and (not before or e in before))

    @staticmethod
    def _implied_count(cond: EventCondition) -> bool:
        """The 'at least one' an amount of one event implies ('placed an order over €300'), said by no word."""
        return cond.count is not None and cond.amount is not None and cond.count.start_tok == cond.count.end_tok \
            and cond.count.op == ">=" and cond.count.value == 1

    def _event_parts(self, seg: Segment) -> EventParts:
        """The segment's behaviour words by kind; words a profile column claims ('acquired in store') left out."""
        parts = EventParts()
        slot = {"event": parts.explicit, "kindword": parts.kinds, "qualifier": parts.qualifiers, "dimvalue": parts.dims}
        for s in seg.spans:
            for m in s.meanings:
                if m.kind in slot:
                    slot[m.kind].append((s, m))
                elif m.kind == "column" and m.event and not self._names_a_value_beside(seg, s):
                    parts.cols.append((s, m))
        # 'adhérents gelés', 'members frozen': a word that is both a behaviour and a term (a state: 'frozen now'),
        # said right after the customers' noun with no verb between, is the state the term says
        parts.explicit = [(s, m) for s, m in parts.explicit if not self._state_after_people(seg, s)]
        if not parts.explicit and not parts.kinds:
            # 'more than 1,000 points': a measure's word that is also a number the customer holds (a balance) is that
            # number when no behaviour is named ('earned 1,000 points' names one); read as the total earned, silently
            parts.cols = [(s, m) for s, m in parts.cols if not self._held_number(s)]
        # 'suppressed for a complaint': a word that is also a value of a list the segment names is that value
        named = {m.ref for sp in seg.spans for m in sp.of("table")}
        parts.explicit = [(s, m) for s, m in parts.explicit
                          if not any(v.column.rsplit(".", 1)[0] in named for v in s.of("value"))]
        parts.explicit, verbs = self._verbs_of_other_nouns(self._owned_nouns(parts.explicit))
        # the verb of another behaviour's noun is not also a value of that behaviour ('ayant ouvert un ticket' opened
        # one, whatever its status 'ouvert'; 'returned an order', a value and no verb, stays the status)
        parts.dims = [(s, m) for s, m in parts.dims if id(s) not in verbs]
        claimed = {id(s) for s in seg.spans if self._claimed_by_profile(s, seg)}
        parts.qualifiers = self._strong_qualifiers(seg, [(s, m) for s, m in parts.qualifiers if id(s) not in claimed])
        parts.dims = [(s, m) for s, m in parts.dims if id(s) not in claimed]
        return parts

    @staticmethod
    def _names_a_value_beside(seg: Segment, s: Span) -> bool:
        """'with VIP status', 'whose status is VIP': a word that names several attributes (a customer's tier, an
        order's status) names the one whose value is said beside it, not a behaviour (read as 'has an online order',
        a criterion nobody asked for)."""
        own = {m.column for m in s.of("column") if not m.event}
        k = next(k for k, x in enumerate(seg.spans) if x is s)
        beside = seg.spans[max(k - 1, 0):k] + seg.spans[k + 1:k + 2]
        return any(v.column in own for b in beside for v in b.of("value"))

    def _owned_nouns(self, explicit: list[tuple[Span, Meaning]]) -> list[tuple[Span, Meaning]]:
        """'did not click a newsletter': 'newsletter' names the received event, but it is a word of the clicked
        event's own phrases ('clicked a newsletter'), so it is that event's object, not a second behaviour."""
        events = {m.event for _, m in explicit}
        if len(events) < 2:
            return explicit
        words = self.lexicon.event_words()

        def owned(s: Span, m: Meaning) -> bool:   # another event, said in words beyond these, whose phrases have them
            said = set(self.norms[s.start:s.end])
            return any(t is not s and o.event != m.event and said <= words.get(o.event, frozenset())
                       and not set(self.norms[t.start:t.end]) <= said for t, o in explicit)
        kept = [(s, m) for s, m in explicit if not owned(s, m)]
        for s, m in explicit:
            if (s, m) not in kept:
                self._use(s.start, s.end)
        return kept or explicit

    def _verbs_of_other_nouns(self, explicit: list[tuple[Span, Meaning]]) -> tuple[list[tuple[Span, Meaning]], set[int]]:
        """'opened a ticket': a behaviour's word followed by a determiner and another behaviour's word is a verb and
        its object, one behaviour: the object's ('a ticket' is the ticket; 'opened' is not also a message opened).
        Behaviours of one table are left as they are ('cancelled an order' is the cancelled order). Returns the kept
        behaviour words and the ids of the verbs' spans."""
        events = self.catalog.events
        dropped = []
        for s, m in explicit:
            k = self._after_determiner(s)
            obj = next((o for t, o in explicit if t.start == k and o.event != m.event), None) if k is not None else \
                self._noun_before_the_passive(s, m, explicit)
            if obj is not None and events[obj.event].table != events[m.event].table:
                dropped.append((s, m))
                self._use(s.start, s.end)
                self.out.notes.append(NOTES["verb_of_object"].format(
                    verb=" ".join(t.text for t in self.tokens[s.start:s.end]), events=events[obj.event].label,
                    dropped=events[m.event].label))
        kept = [(s, m) for s, m in explicit if (s, m) not in dropped]
        return (kept, {id(s) for s, _ in dropped}) if kept else (explicit, set())

    def _noun_before_the_passive(self, s: Span, m: Meaning, explicit: list[tuple[Span, Meaning]]) -> Meaning | None:
        """'whose first ticket was opened in June', 'a ticket opened in June': a behaviour's one word (a participle)
        right after another behaviour's noun, with only a passive's auxiliaries between, says that noun's behaviour
        (read as both, the ticket and a message opened were required, silently). Right after the noun, a word that
        is also a value of the noun's behaviour says its state ('un ticket ouvert': open), as before."""
        if s.end - s.start != 1:
            return None
        k = s.start
        while k > 0 and self.norms[k - 1] in _PASSIVE_LEADS:
            k -= 1
        noun = next((o for t, o in explicit if t.end == k and o.event != m.event), None)
        # with no auxiliary, a value of the noun's own behaviour is its state ('un ticket SAV ouvert': open)
        if noun is not None and k == s.start and any(v.event == noun.event for v in s.of("dimvalue")):
            return None
        return noun

    def _after_determiner(self, s: Span) -> int | None:
        """Where the words after a span's determiner begin ('opened a ticket', 'opened no ticket', 'n'ont ouvert
        aucun ticket': at 'ticket'), or None without one."""
        k = s.end
        while k < len(self.norms) and self.norms[k] in DETERMINERS + ("one", "no", "any", "of"):    # French "pas de"
            k += 1
        return None if k == s.end else k

    def _strong_qualifiers(self, seg: Segment, qualifiers: list[tuple[Span, Meaning]]) -> list[tuple[Span, Meaning]]:
        """Full qualifiers ('in store'); a bare one ('store') only beside a strong one, right before its noun, or after
        a preposition or determiner of its own ('at the store', 'au magasin'): the place, said another way."""
        # 'in any store', 'into any store', 'n'importe quel magasin': 'any' leaves the store open, never the place
        strong = [(s, m) for s, m in qualifiers if not m.weak or self._place_said(s.start, seg.start)]
        # '(store or online)': a weak qualifier coordinated with a strong one is as strong
        strong += [(s, m) for s, m in qualifiers if m.weak and any(self._coordinated(s, t) for t, _ in strong)]
        # 'store and app purchases': a place listed before the behaviour's noun is that behaviour's
        strong += [(s, m) for s, m in qualifiers if m.weak and (s, m) not in strong
                   and m.event in self._listed_with_behaviour(s, seg.spans)]
        bare = {id(s) for s in self._bare_qualifiers(seg)}
        return strong or [(s, m) for s, m in qualifiers if id(s) in bare]

    def _place_said(self, start: int, first: int) -> bool:
        """Is the bare place word at `start` said as a place: after a preposition or determiner of its own ('at the
        store'), or after 'any' / 'no' ('in any store', 'into any store', French 'dans aucun magasin'), which leave
        the store open (or deny it), never the place ('visited no store', French 'n'ont visité aucun magasin')? Or
        the places counted ('visited at least 3 different stores', '2 stores'), which are places too."""
        return start > first and (self.norms[start - 1] in LEADING_WORDS or self.norms[start - 1] in OPEN_DETERMINERS
                                  or self.norms[start - 1] in DISTINCT_WORDS or self.tokens[start - 1].number is not None
                                  or self._named_place_before(start, first))

    def _named_place_before(self, start: int, first: int) -> bool:
        """'visited the Lyon store', 'our Paris stores': a value of a place said between a determiner and the bare
        place word makes it a place said."""
        value = next((s for s in self.lexicon_spans if s.end == start and s.of("dimvalue")
                      and not s.of("event", "kindword", "qualifier")), None)
        return value is not None and value.start > first and self.norms[value.start - 1] in DETERMINERS

    def _candidates(self, seg: Segment, parts: EventParts, inherited: EventCondition | None) -> list[str]:
        """The events the segment may mean, from its strongest words: a verb, a kind, the inherited behaviour,
        a qualifier, an event's column, then a dimension value alone (said in a note); narrowed by dimensions."""
        cat = self.catalog
        verb = None
        if parts.explicit:
            candidates = self._without_implied_base(parts, list(dict.fromkeys(m.event for _, m in parts.explicit)))
            candidates = self._kind_done_to(parts) or candidates
            parts.siblings = self._coordinated_siblings(parts, candidates)
            candidates += parts.siblings
        elif parts.kinds:
            wanted = {m.ref for _, m in parts.kinds}
            candidates = [e for e, ev in cat.events.items() if ev.kind in wanted]
        elif inherited is not None and self._has_dims(parts.dims, inherited.events):
            kinds_before = {cat.events[e].kind for e in inherited.events}
            candidates = [e for e, ev in cat.events.items() if ev.kind in kinds_before] if parts.qualifiers \
                else list(inherited.events)
        elif inherited is not None and not parts.qualifiers and self._of_the_kind_before(parts.dims, inherited):
            # 'bought Nike in store, never on the app', 'jamais sur l'appli': a value of another event of the
            # behaviour said before (the app is an online order's device) names that sibling, with what was said of
            # the first (read alone, it was any event with that value, cancelled orders included, and Nike lost)
            candidates = self._of_the_kind_before(parts.dims, inherited)
            own = min((s for s, _ in parts.dims), key=lambda s: s.start)
            self.out.notes.append(NOTES["sibling_of_before"].format(
                words=typed_text(self.request, self.tokens, own.start, own.end),
                events=", ".join(cat.events[e].label for e in candidates),
                before=self._words(inherited.start_tok, inherited.end_tok)))
        elif parts.qualifiers:
            candidates = list(dict.fromkeys(m.event for _, m in parts.qualifiers))
            first = min((s for s, _ in parts.qualifiers), key=lambda s: s.start)
            place = frozenset(self.norms[first.start:first.end]) - LEADING_WORDS
            verb = self._bare_verb(seg, first.start, candidates, place)
            if verb is None and len({cat.events[e].kind for e in candidates}) > 1:
                # 'in-store customers': a place said with no verb, where behaviours of several kinds happen (a store
                # purchase, a store return): any of them, said in a note
                self.out.notes.append(NOTES["implied_event"].format(
                    words=typed_text(self.request, self.tokens, first.start, first.end),
                    events=" or ".join(cat.events[e].label for e in candidates)))
            candidates = verb or candidates
        elif parts.cols:
            candidates = list(dict.fromkeys(m.event for _, m in parts.cols))
            primary = [e for e in candidates if cat.events[e].kind in self.defined_kinds]
            candidates = primary or candidates
        elif any(not s.of("value", "indvalue") for s, _ in parts.dims):
            # a word that is also a profile value ('France': where they live, or a store's country) names no
            # behaviour by itself: only a behaviour's own values do ('flagship', 'shoes')
            own = [(s, m) for s, m in parts.dims if not s.of("value", "indvalue")]
            candidates = list(dict.fromkeys(m.event for _, m in own))
            implied = ", ".join(cat.events[e].label for e in candidates)
            # as typed ('VIP30', one word the tokens split), not its tokens joined ('VIP 30')
            words = typed_text(self.request, self.tokens, own[0][0].start, own[0][0].end)
            verb = self._events_inside(seg, candidates) or self._bare_verb(seg, own[0][0].start, candidates)
            if verb is not None:
                candidates = verb
            elif not any((s.start, s.end) in self.slot_verbs or self._said_as_verb(s) for s, _ in own):
                self.out.notes.append(NOTES["implied_event"].format(words=words, events=implied))
        else:
            return []
        # dimension values narrow the events to those that have the dimension ("flagship" -> store purchases); a
        # value that is also the customers' own ('Paris') does not override the channel a qualifier names ('bought
        # online in Paris': an online order has no store, so Paris is where they live, not a store purchase)
        named = {m.event for _, m in parts.qualifiers}
        for span, dim_events in self._dim_spans(parts.dims):
            narrowed = [e for e in candidates if e in dim_events]
            # 'in store, online or in the app': the other side of the 'or' is the whole behaviour (every online
            # order), so the app narrows nothing (it left the online orders only, and the store to the profile)
            if self._or_whole_side(span, narrowed) is not None:
                continue
            if named and span.of("value") and not set(narrowed) & named:
                continue
            # 'app and store purchases': a value listed beside another behaviour's noun or place is its own side
            if (named or parts.explicit) and set(narrowed) < set(candidates) \
                    and set(narrowed) & set(self._listed_with_behaviour(span, self.lexicon_spans)):
                continue
            if not narrowed and parts.qualifiers and not (parts.explicit or parts.kinds or parts.cols) \
                    and all(q.start != span.start for q, _ in parts.qualifiers):
                # 'des tickets ouverts en magasin': the place is also a value of the event the other words name
                # (a ticket's channel), not the store purchase its qualifier alone would be
                narrowed = [e for e in dim_events if all(any(m.event == e for m in q.of("dimvalue"))
                                                         for q, _ in parts.qualifiers)]
            candidates = narrowed or candidates
        # so do an event's own columns and measures ("store basket": the store purchase, not the store return)
        col_events = {m.event for _, m in parts.cols}
        if col_events:
            candidates = [e for e in candidates if e in col_events] or candidates
        if parts.qualifiers and not parts.explicit and not parts.kinds and verb is None:
            # 'viewed the most product pages on the site': the verb before the values that named the behaviour
            # once its place narrowed it ('on the site' is also an order's) is that behaviour's, never asked
            own = [s for s, _ in parts.dims if not s.of("value", "indvalue")]
            if own:
                self._bare_verb(seg, min(s.start for s in own), candidates)
        return candidates

    def _without_implied_base(self, parts: EventParts, candidates: list[str]) -> list[str]:
        """'loyalty campaign emails opened in June': the noun of a table's every row (a message received: 'campaign')
        and, in the same phrase with no 'and' / 'or' between, a behaviour of that table's rows that every one of
        them implies (opened): one behaviour, the narrower. Read as two, the message also had to be sent in the
        period the opening was said of, silently."""
        events = self.catalog.events
        if len(candidates) < 2 or len({events[e].table for e in candidates}) != 1:
            return candidates
        base = [e for e in candidates if events[e].where is None]
        if len(base) != 1:
            return candidates
        spans = sorted({(s.start, s.end) for s, _ in parts.explicit})
        lo, hi = spans[0][0], spans[-1][1]
        if any(n in ("and", "or", "but", ",", ";", "nor", "then") or n in NEGATIONS for n in self.norms[lo:hi]):
            return candidates
        for s, m in parts.explicit:
            if m.event == base[0]:
                self._use(s.start, s.end)
        parts.explicit = [(s, m) for s, m in parts.explicit if m.event != base[0]]
        return [e for e in candidates if e != base[0]]

    def _coordinated_siblings(self, parts: EventParts, candidates: list[str]) -> list[str]:
        """'passé une commande en ligne ou en magasin', 'a store purchase or online', 'an online order and in store':
        a qualifier of another event of the behaviour's kind, joined by 'or' / 'and' to the behaviour's phrase or
        to one of its qualifiers, names that event (read as the behaviour's own, 'en magasin' was the customers'
        acquisition channel and 'online' was asked)."""
        anchors = [s for s, m in parts.explicit + parts.qualifiers if m.event in candidates]
        named = [m for _, m in parts.explicit]
        # 'app and store purchases': a value listed before the behaviour's noun names a sibling whose value it is
        listed = [m.event for s, m in parts.dims + parts.qualifiers if m.event not in candidates
                  and m.event in self._listed_with_behaviour(s, self.lexicon_spans)]
        return list(dict.fromkeys([e for s, _ in parts.qualifiers for e in self._siblings(named, s)
                                   if any(self._coordinated(s, t) for t in anchors)] + listed))

    def _held_on_record(self, seg: Segment, out: list[Condition]) -> None:
        """'2+ bounced emails on record', 'au moins 3 commandes au compteur' (read 'on record'): a word that says on
        file, right after the noun of a behaviour read, says every one the catalog holds, which the behaviour is
        already: no condition of its own. Said after anything else ('a phone number on file') it keeps its reading;
        one that says missing is never read so."""
        if not any(isinstance(c, EventCondition) for c in out):
            return
        for s in seg.spans:
            if s.start not in self.out.used or not s.of("event", "dimvalue", "kindword"):
                continue
            said = next((key for key, known in PRESENCE_WORDS.items()
                         if known and tuple(self.norms[s.end:s.end + len(key)]) == key), None)
            if said and s.end + len(said) <= seg.end and s.end not in self.out.used:
                self._use(s.end, s.end + len(said))

    def _bare_verb(self, seg: Segment, before: int, candidates: list[str],
                   place: frozenset[str] = frozenset()) -> list[str] | None:
        """'visited on a tablet', 'venus au moins 3 fois sur mobile': a verb said without its object, before the
        values that name the behaviour, is that behaviour's verb when the catalog's phrases of the behaviour (and
        of no behaviour the values leave out) begin with it ('visited the site'; 'visited a store' is a purchase,
        which has no device). Before a place, only a phrase of the verb with that place says so ('visited twice in
        store': 'visited a store'; 'passés en magasin' is no 'passé en caisse', maybe without buying). Read so, and
        the behaviour it names returned; None without one, or when it begins several of the values' behaviours."""
        heads = self.lexicon.verb_heads()
        for k in range(seg.start, before):
            if k in self.out.used or any(s.start <= k < s.end for s in seg.spans):
                continue
            named = {e for e, rest in heads.get(self.norms[k], ()) if place <= rest}
            # the words between the verb and the place are its object when they name another behaviour ('vu le plus
            # de fiches produits sur le site': product pages viewed, never the visit 'vu sur le site' names)
            objects = [{m.event for m in s.meanings if m.kind in ("event", "dimvalue")} for s in seg.spans
                       if k < s.start and s.end <= before and s.of("event", "dimvalue")]
            kept = [e for e in candidates if e in named and all(e in said for said in objects)]
            if len(kept) == 1:      # 'consulté sur mobile': a visit or a page viewed, still said in a note
                self._use(k, k + 1)
                return kept
        return None

    def _kind_done_to(self, parts: EventParts) -> list[str] | None:
        """'ont retourné une commande catalogue', 'sent back an online purchase': a verb of one kind of behaviour
        (a return) said of the noun of another kind's (an order) names the behaviour of the verb's kind that shares
        the noun's place words (the catalog's qualifiers: 'par catalogue'), a catalog return (the order was read, and
        the verb asked). None unless exactly one such behaviour answers each noun."""
        out: list[str] = []
        verbs: list[Span] = []
        for s, m in parts.explicit:
            verb = next(((k, km) for k, km in parts.kinds if k.end <= s.start and all(
                self.norms[i] in DETERMINERS or self.norms[i] in OPEN_DETERMINERS for i in range(k.end, s.start))), None)
            if verb is None or self.catalog.events[m.event].kind == verb[1].ref:
                return None
            own = self._places_of(m.event)
            matches = [e for e, ev in self.catalog.events.items() if ev.kind == verb[1].ref and own & self._places_of(e)]
            if len(matches) != 1:
                return None
            verbs.append(verb[0])
            out.append(matches[0])
        for v in verbs:      # read only once every noun is answered (a verb read of none would be lost, silently)
            self._use(v.start, v.end)
        return list(dict.fromkeys(out)) or None

    def _places_of(self, event: str) -> set[str]:
        """An event's qualifiers in every language ('by catalog', 'par catalogue')."""
        ev = self.catalog.events[event]
        return {q.casefold() for lang in LANGUAGES for q in ev.words(lang).qualifiers}

    def _events_inside(self, seg: Segment, candidates: list[str]) -> list[str] | None:
        """'booked direct', 'booked through an OTA', 'réservé via Expedia': a behaviour's own word inside the phrase
        of its value or dimension ('booked' is a booking's) names it among the behaviours that have the value (read
        as all of them, a stay, a cancellation and a no-show were bookings direct too, silently). None when no
        such word is inside, or when it names them all."""
        named: list[str] = []
        for s in seg.spans:
            if not s.of("dimvalue", "dimension"):
                continue
            for i in range(s.start, s.end):
                for j in range(i + 1, s.end + 1):
                    named += [m.event for m in self.lexicon.phrases.get(tuple(self.norms[i:j]), ())
                              if m.kind == "event" and m.event in candidates and m.event not in named]
        return named if named and len(named) < len(candidates) else None

    def _said_as_verb(self, s: Span) -> bool:
        """A behaviour's value said where its clause's verb goes names the behaviour: 'who added to cart', 'qui ont
        ajouté un article au panier'. After an auxiliary, at the clause's start ('ont mis un article au panier') or
        after the people ('ceux qui ont ajouté au panier', a catalog phrase that takes the 'qui'), only a value
        that has a catalog verb in it ('who have shoes' has none)."""
        k = s.start - 1
        while k >= 0 and self.norms[k] in AUXILIARY_VERBS:
            k -= 1
        relative = k >= 0 and self.norms[k] in RELATIVE_WORDS
        if relative and k == s.start - 1:
            return True
        opens = relative or k < 0 or any(e.end == k + 1 and e.of("entity") for e in self.lexicon_spans)
        heads = self.lexicon.slotted_by_first()     # by the first word of their heads: the words a verb opens with
        return opens and any(w in heads for w in self.norms[s.start:s.end])

    def _event_groups(self, seg: Segment, parts: EventParts, candidates: list[str], used_spans: dict) -> list[list[str]]:
        """One condition per group: qualifiers split the events ('in store' -> store purchases); two verbs
        joined by 'and' are two conditions, by 'or' one, and so are qualifiers whose amount is said to be their sum
        ('spent €500 across store and online')."""
        said = sorted(parts.qualifiers + (parts.explicit if parts.siblings else []), key=lambda sm: sm[0].start)
        q_events = [m.event for _, m in said if m.event in candidates]
        listed = []
        if q_events or parts.siblings:     # 'store and app purchases': a value listed beside the places names its own behaviour too
            # a value of one side's own ('app': the online order's device), never one every side has ('Nike or
            # Adidas shoes bought online': the brands of both, which made each place a side, 'online' lost)
            listed = [(s, m) for s, m in sorted(parts.dims, key=lambda sm: sm[0].start) if m.event in candidates
                      and m.event in self._listed_with_behaviour(s, seg.spans)
                      and not any(q.start == s.start for q, _ in said) and len(
                          {o.event for o in s.of("qualifier", "dimvalue") if o.event in candidates}) == 1]
            said = sorted(said + listed, key=lambda sm: sm[0].start)
            q_events = [m.event for _, m in said if m.event in candidates]
        # one group per place said: the events one qualifier names together are one behaviour ('in-store customers':
        # a store purchase or a store return, never both required)
        by_place: dict[int, list[str]] = {}
        for s, m in said:
            if m.event in candidates and m.event not in by_place.setdefault(s.start, []):
                by_place[s.start].append(m.event)
        groups = [list(g) for g in dict.fromkeys(tuple(g) for g in by_place.values() if g)] if q_events else [candidates]
        if q_events:
            for s, m in parts.qualifiers:
                if m.event in candidates:
                    used_spans[id(s)] = s
            # the word that combines them is read even when 'or' joins them ('(store + online combined)'); a value
            # of one side's own ('store or app purchases': the app is the online order's device) keeps each side apart
            # ('in store, online or in the app': the list's last value, another side of the 'or', ends it)
            ends = [(s, m) for s, m in parts.dims if self._or_whole_side(s, [m.event]) is not None]
            # a ranking ranks one total: the places listed with it are counted together ('the top 5% by electronics
            # spend (store and online)': two rankings, each required, silently)
            if len(groups) > 1 and (self._combined(seg) or seg.rankings or self._joined_by_or(sorted(
                    said + ends, key=lambda sm: sm[0].start))):
                parts.either = bool(listed)
                groups = groups if listed else [[g[0] for g in groups]]
        if not q_events and len(candidates) > 1 and parts.explicit and len({m.event for _, m in parts.explicit}) > 1:
            # two different events named: "opened or clicked" unites, "opened and clicked" intersects
            groups = [candidates] if self._joined_by_or(parts.explicit) else [[e] for e in candidates]
        for s, m in parts.cols:
            if any(m.event in g for g in groups):
                used_spans[id(s)] = s
        return groups

    def _combined(self, seg: Segment) -> bool:
        """'spent €500 to €1,000 across store and online', '... in store and online combined': a number said with
        a word that makes the channels one sum; with no number, the word right after the places makes them one
        behaviour, either place ('Bose buyers, store and online combined'). The word is used."""
        said = [i for i in range(seg.start, seg.end) if self.norms[i] in COMBINED_WORDS]
        if not seg.comparisons:
            said = [i for i in said if any(s.end == i and s.of("qualifier") for s in seg.spans)]
        for i in said:
            self._use(i, i + 1)
        return bool(said)

    def _note_each_channel(self, seg: Segment, results: list[EventCondition]) -> None:
        """'spent €500 to €1,000 in store and online': the amount said once is read of each channel (a note says so
        and how to say their sum); marketers say it both ways."""
        if len(results) < 2 or not all(c.amount is not None and c.amount is results[0].amount and c.count is None
                                       and not c.average and not c.negated for c in results):
            return
        events = ", ".join(self.catalog.events[c.events[0]].label for c in results)
        self.out.notes.append(NOTES["each_channel"].format(
            words=self._words(results[0].amount.start_tok, results[0].amount.end_tok), events=events))

    def _group_condition(self, seg: Segment, group: list[str], parts: EventParts, inherited: EventCondition | None,
                         negated: bool, used_spans: dict, relative: bool = False) -> EventCondition:
        cond = EventCondition(seg.start, seg.end, negated=negated, events=tuple(group))
        self._add_dims(cond, parts.dims, used_spans)
        self._event_the_value_names(cond)
        self._place_in_the_names(cond)
        for s in seg.spans:  # "mall store": a bare qualifier of the chosen event is part of it
            if any(m.event in group for m in s.of("qualifier")):
                used_spans[id(s)] = s
            # "reason", "category", "goods": a dimension's name is part of its event ('bought goods' is 'bought')
            if any(m.event in group for m in s.of("dimension")):
                used_spans[id(s)] = s
        # 'opened none of them', 'clicked any': a pronoun points back at the previous behaviour's object
        pointer = self.last_event if inherited is None and self._points_back(seg) else None
        for source in (inherited, pointer):
            if source is not None and not (source is inherited and not relative and self._own_kind(cond, source)):
                self._share_dims(source, cond, parts.qualifiers,
                                 frozenset() if relative or source is pointer else self._not_carried(seg, source, cond))
        self._dimension_pointed_back(seg, cond)
        if inherited is not None and set(cond.events) == set(inherited.events):
            # 'commandent en ligne entre 12h et 14h - au moins 2 fois cette année': the same behaviour said on, its
            # hours of the day and its own start ('since joining') with it, unless the clause says its own
            cond.hours = () if self._hours_in(seg) else inherited.hours
            cond.since = None if self._own_dates_in(seg) else inherited.since
        cond.window = self._event_window(seg, parts, inherited, pointer, relative)
        self._other_date(seg, cond, used_spans)
        self._next_month_ahead(cond)
        w = cond.window
        if w is not None and w.later(self.as_of) and not any(cond._dating(self.catalog, e).ahead for e in cond.events):
            # 'bought in the next 7 days': no behaviour recorded up to today has events to come, asked (once, and
            # the compiler's note does not say it again)
            if (w.start_tok, w.end_tok, "after_today") not in self.out.unclear:
                self.out.unclear.append((w.start_tok, w.end_tok, "after_today"))
            w.asked = True
        if cond.window is not None and cond.window.held in (">", ">=") and not cond.negated and cond.dims:
            # a state held for more than a time ('un ticket en attente depuis plus de 30 jours'): it began before
            # then; read as the last 30 days, as a behaviour not done for that long is, it was the opposite
            cond.window = held_since(cond.window, self.as_of)
        if pointer is not None and cond.window is not None and cond.window is pointer.window and not seg.windows:
            self._note_pointer_window(cond, pointer)
        measured, verbs = self._measured_events(seg, cond, parts, used_spans)
        # the past form said with the noun is no column of the behaviour said again ('2 rated tickets': 2 is no
        # rating); as the verb it still is ('rated a chat 2 or less'); the scores said with either are its values
        # ('tickets notés 1 ou 2', 'premier ticket noté a reçu 1 ou 2/5')
        # ... and a verb of the measure that is no catalog word of its own ('a review scored 4 or less', made from
        # 'score') is its column, for the values said after it, as 'rated' is
        cols = [(s, m) for s, m in parts.cols if s.start not in {t.start for t in measured} - verbs]
        cols += [(t, m) for t in measured if t.start in verbs and t.start not in {s.start for s, _ in cols}
                 for m in t.of("column")]
        # ... and a numeric dimension's name, for the numbers said beside it ('a 5-star hotel', 'hôtels 4 ou 5
        # étoiles': read as a count of stays, the stars were lost)
        cols += [(t, m) for t in seg.spans for m in t.of("dimension") if m.event in cond.events and m.column
                 and is_numeric(self.catalog.column(m.column).type)]
        self._modifiers(seg, cond, cols, inherited, [(t, m) for t in measured for m in t.of("column")])
        self._measured_by_its_values(cond)
        self._latest_not_lately(cond)
        self._note_ended_rows(seg, cond)
        if negated or self.excluding:      # 'nothing whatsoever since July', 'not stayed anywhere': none of it at all
            self._widening_read(seg)
        return cond

    def _state_after_people(self, seg: Segment, s: Span) -> bool:
        """Is the span a glossary term too, said right after the customers' noun ('clients', or a term naming them:
        'adhérents') with no verb between? Read as the behaviour, 'adhérents gelés' was every member who ever froze."""
        if not s.of("glossary") or s.start == 0:
            return False
        return self.norms[s.start - 1] in self.people_words or any(
            t.end == s.start and t.of("glossary") and not t.of("event") for t in seg.spans)

    def _note_ended_rows(self, seg: Segment, cond: EventCondition) -> None:
        """'Family plan customers', 'au forfait 5G illimité': a behaviour read whenever it was, on a table another
        behaviour of the catalog reads where its rows ended (a line terminated: `where: status_cd = 'T'`), holds those
        ended rows too: said in a note with the values that keep the others (read silently, a plan's customers were
        everyone who ever had it)."""
        # (a period on another of its dates keeps them too: a terminated line's commitment may still end next month)
        if cond.negated or (cond.window is not None and not cond.date) or cond.count is not None \
                or cond.amount is not None or cond.first or cond.last or len(cond.events) != 1:
            return
        name = cond.events[0]
        ev = self.catalog.events[name]
        if ev.where:
            return      # its own condition says which rows it reads ('status <> cancelled')
        own = where_values(ev)
        for other_name, other in self.catalog.events.items():
            if other_name == name or other.table != ev.table:
                continue
            for dname, dim in ev.dimensions.items():
                values = self.catalog.column(dim.column).values
                ended = where_values(other).get(dim.column, frozenset())
                kept = [v for v in values if str(v) not in ended]
                if not ended or not kept or dim.column in own or dname in cond.dims or dname in cond.other_than:
                    continue
                self.out.notes.append(NOTES["ended_too"].format(
                    words=typed_text(self.request, self.tokens, cond.start_tok, cond.end_tok), event=ev.label,
                    ended=" or ".join(values[v].label or str(v) for v in values if str(v) in ended),
                    dimension=dname.replace("_", " "), kept=values[kept[0]].label or str(kept[0])))
                return

    def _held_number(self, s: Span) -> bool:
        """Does the span also name a numeric attribute of the customer's own (a points balance, a number of cars)?"""
        return any(m.event is None and m.column and is_numeric(self.catalog.column(m.column).type)
                   for m in s.of("column"))

    def _next_month_ahead(self, cond: EventCondition) -> None:
        """'departing in October', 'dont le départ est en octobre': a month said with no year, of a date that runs
        ahead (a departure, a renewal), is its next one, not its last (as of 30 September: October 2026, never 2025,
        a year back); said in a note, with how to say the last."""
        w = cond.window
        if w is None or w.start is None or w.end is None or w.start.day != 1 or w.end > self.as_of \
                or (w.end.year * 12 + w.end.month) - (w.start.year * 12 + w.start.month) != 1 or w.anaphora \
                or not all(cond._dating(self.catalog, e).ahead for e in cond.events):
            return
        words = self.norms[w.start_tok:w.end_tok]
        if sum(n in MONTHS for n in words) != 1 or any(t.number is not None for t in self.tokens[w.start_tok:w.end_tok]) \
                or not set(words) <= MONTH_LEADS | set(MONTHS):
            return
        last = w.start.year
        # (the period said is changed where it was found: the check that each one said is read sees the one read)
        w.start, w.end = w.start.replace(year=last + 1), w.end.replace(year=w.end.year + 1)
        self.out.notes.append(NOTES["next_month"].format(words=w.text, start=w.start.isoformat(), last=last))

    def _other_date(self, seg: Segment, cond: EventCondition, used_spans: dict) -> None:
        """'a lease that ends in the next 6 months', 'arriving next month': a word of another date of the behaviour's
        events (the catalog's `dates`: a contract's end, a booking's arrival) puts its period, first and last on that
        date, among the events that have it."""
        for s in seg.spans:
            said = next((m.ref for m in s.of("evdate") if m.event in cond.events), None)
            # ... or a date column of the behaviour's own table, named with a period ('whose contract end is in Q1
            # 2027': the period is that column's, as its data holds it)
            said = said or next((m.column.rsplit(".", 1)[1] for m in s.of("column") if cond.window is not None
                                 and m.event in cond.events and is_temporal(self.catalog.column(m.column).type)
                                 and m.column.rsplit(".", 1)[0] == self.catalog.events[m.event].table), None)
            if said is not None:
                cond.date = said
                cond.events = tuple(e for e in cond.events if other_date(self.catalog, self.catalog.events[e], said))
                used_spans[id(s)] = s
                return

    def _widening_read(self, seg: Segment) -> None:
        """The words that widen a denial ('whatsoever', 'anywhere', 'at all') said in its clause are read: they
        restrict nothing, and were asked about."""
        for i in range(seg.start, seg.end):
            said = next((p for p in WIDENING_WORDS if tuple(self.norms[i:i + len(p)]) == p), None)
            if said is not None and not any(k in self.out.used for k in range(i, i + len(said))):
                self._use(i, i + len(said))

    def _latest_not_lately(self, cond: EventCondition) -> None:
        """'pas vus sur le site depuis plus de 3 mois (dernière visite)', 'whose last visit wasn't in the last 3
        months': their latest one is said to exist, and falls before the period (the last 3 months running up to
        today); read as no visit in it, customers who never visited were let through."""
        w = cond.window
        if not (cond.last and cond.negated) or w is None or w.amount is None or w.anaphora or cond.count is not None \
                or cond.amount is not None or cond.after is not None or cond.of_latest is not None:
            return
        cond.negated = False
        # no visit in the window (it holds its boundary day), the latest one before it
        cond.window = held_since(dataclasses.replace(w, held=">"), self.as_of)

    def _note_pointer_window(self, cond: EventCondition, pointer: EventCondition) -> None:
        """'received 10 emails in May but opened none': the window counts when they were opened, not sent."""
        times = {self.catalog.events[e].time for e in cond.events}
        if times != {self.catalog.events[e].time for e in pointer.events}:
            words = " ".join(t.text for t in self.tokens[cond.start_tok:cond.end_tok])
            self.out.notes.append(NOTES["own_date"].format(words=words, period=pointer.window.describe(),
                                                           columns=", ".join(sorted(times))))

    def _or_whole_side(self, s: Span, events) -> Span | None:
        """The other side of an 'or' with the value `s` that names one of `events` whole: its place ('online (web or
        app)'), or its noun said with its place ('app or web orders': every online order), and no value of the same
        attribute ('via the app or the website': the website is a device too). Never across an 'or' between sides
        read apart ('bought in store or Adidas buyers': the brand is the second side's, not another place)."""
        columns = {m.column for m in s.of("dimvalue")}
        return next((t for t in self.lexicon_spans if t is not s and (
            any(q.event in events for q in t.of("qualifier")) or len(t.of("event")) == len(t.meanings)
            and t.end - t.start > 1 and all(q.event in events for q in t.of("event")))
            and not columns & {m.column for m in t.of("dimvalue")} and self._coordinated(t, s)
            and "or" in self.norms[min(t.end, s.end):max(t.start, s.start)]
            and not self.side_cuts & set(range(min(t.end, s.end), max(t.start, s.start)))), None)

    def _said_outside(self, s: Span) -> int | None:
        """Where the words that put a value outside (lang_en.OUTSIDE_WORDS: 'outside (of) Paris') begin, right before
        the value and its determiners; None when none are said there."""
        k = s.start
        while k > 0 and self.norms[k - 1] in DETERMINERS:
            k -= 1
        return next((k - len(w) for w in OUTSIDE_WORDS if k >= len(w) and tuple(self.norms[k - len(w):k]) == w), None)

    def _add_dims(self, cond: EventCondition, dims: list[tuple[Span, Meaning]], used_spans: dict) -> None:
        """Dimension values, grouped by dimension; only those every event of the condition has."""
        cat, chosen, last = self.catalog, {}, {}
        said = {k for s, _ in dims for k in range(s.start, s.end)}     # 'ou à Anvers Meir': values between values
        # ... and a behaviour's own noun said with its place ('web orders': every online order)
        for s, m in dims:
            side = self._or_whole_side(s, cond.events)
            if side is None and not all(m.dim in cat.events[e].dimensions and
                                        cat.events[e].dimensions[m.dim].column == m.column for e in cond.events):
                continue
            if side is not None:
                # 'online (web or app)', 'orders on the website or the app': a value said as the other side of an
                # 'or' whose one side is the whole behaviour ('web': every online order) narrows nothing (read
                # alone, only app orders were kept); the 'or' is applied so
                used_spans[id(s)] = s
                self.out.used.update(k for k in range(min(side.end, s.end), max(side.start, s.start))
                                     if self.norms[k] == "or")
                continue
            outside = self._said_outside(s)
            if outside is not None:
                # 'all made outside Paris', 'en dehors de Paris': any other value of the place, an unknown one too
                # (read as the value, it was Paris itself, asked only because 'outside' was unread)
                cond.other_than[m.dim] = tuple(dict.fromkeys(cond.other_than.get(m.dim, ()) + m.values))
                used_spans[id(s)] = s
                self._use(outside, s.start)
                continue
            other = chosen.get(id(s))
            if other is not None and other.dim != m.dim:
                # one word, two dimensions ("newsletter": a channel or an objective): the one no other word of the
                # behaviour says ('newsletters par e-mail': the channel is said, so the objective), else the literal
                # value, said in a note
                word = self.norms[s.start]
                elsewhere = {o.dim for t, o in dims if t is not s and o.dim in (m.dim, other.dim)
                             and all(o.dim in cat.events[e].dimensions for e in cond.events)}
                keep = (m if other.dim in elsewhere else other) if len(elsewhere) == 1 else \
                    m if word in m.values and word not in other.values else other
                drop = other if keep is m else m
                if len(elsewhere) != 1:
                    self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[s.start:s.end])}' read as "
                                          f"{keep.dim} {keep.label} (it could also mean {drop.dim} {drop.label})")
                if keep is other:
                    continue
                # what the word alone added: a value another word says of that dimension stays
                said = {v for t, o in dims if t is not s and o.dim == other.dim for v in o.values}
                rest = tuple(v for v in cond.dims.get(other.dim, ()) if v not in other.values or v in said)
                if rest:
                    cond.dims[other.dim] = rest
                else:
                    cond.dims.pop(other.dim, None)
            own = [v for v in s.of("value") if v.column.rsplit(".", 1)[0] == self.entity_table]
            # ... but a noun of the people who did it ('Parisiens acheteurs de Lancôme', 'Paris shoppers') says no
            # more whose the place is than the customers' own noun: where they live, or where they bought (noted)
            noun = any(t.start == s.end and (t.of("event", "kindword", "qualifier") or
                                             any(c.event for c in t.of("column")))
                       and fold(self.tokens[t.start].text) not in self.people_nouns for t in self.lexicon_spans)
            if other is None and own and not noun:   # 'Paris stores', 'website order': the noun says whose     # 'in Lyon': the store's city here, the customer's own city elsewhere
                profile = own[0]
                self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[s.start:s.end])}' read as "
                                      f"{m.dim.replace('_', ' ')} "
                                      f"{m.label} (it could also mean {column_name(profile.column)} {profile.label})")
            chosen[id(s)] = m
            values = cond.dims.get(m.dim, ()) if other is None or other.dim == m.dim else ()
            cond.dims[m.dim] = tuple(dict.fromkeys(values + m.values + self._values_beyond(s, m)))
            used_spans[id(s)] = s
            before = last.get(m.dim)
            between = range(before.end, s.start) if before is not None else range(0)
            if values and "or" in (self.norms[k] for k in between) and \
                    all(self.norms[k] in ("or", ",") or self.norms[k] in LEADING_WORDS or k in said for k in between):
                for k in between:      # 'à Rue Neuve ou à Anvers Meir': the 'or' is the list of values, applied
                    if self.norms[k] == "or":
                        self._use(k, k + 1)
            last[m.dim] = s

    def _event_the_value_names(self, cond: EventCondition) -> None:
        """'cancelled at least one order': a dimension value the event's own filter excludes (the online order is
        never cancelled) names the event of that table whose filter selects it (the cancelled order)."""
        cat = self.catalog
        for dim, values in list(cond.dims.items()):
            for name in cond.events:
                ev = cat.events[name]
                column = ev.dimensions[dim].column
                if not excludes(ev.where, column, values):
                    continue
                other = next((n for n, o in cat.events.items() if o.table == ev.table and selects(o.where, column, values)),
                             None)
                if other is None:
                    continue
                cond.events = tuple(dict.fromkeys(other if e == name else e for e in cond.events))
                cond.dims.pop(dim, None)
                for kept in [d for d in cond.dims if not all(d in cat.events[e].dimensions for e in cond.events)]:
                    cond.dims.pop(kept)
                break

    def _dimension_pointed_back(self, seg: Segment, cond: EventCondition) -> None:
        """'never bought either brand', 'nothing from those brands': a dimension's name after a word that points back
        takes the values the behaviour before said of it (never its period); its own values, when said, are kept."""
        source = self.last_event
        if source is None:
            return
        for s in seg.spans:
            if s.start > seg.start and self.norms[s.start - 1] in DEMONSTRATIVES | DIMENSION_POINTERS:
                for m in s.of("dimension"):
                    if m.dim in source.dims and self.catalog.same_dimension(m.dim, source.events, cond.events):
                        cond.dims.setdefault(m.dim, source.dims[m.dim])

    def _place_in_the_names(self, cond: EventCondition) -> None:
        """'à Rue Neuve ou à Anvers Meir': a place said as the start of a name ('Anvers' of 'Antwerp Meir') is part of
        it, not a second condition on the same rows: kept, it made every store named one in Antwerp. Not of names read
        by their kind ('Bose speakers': every speaker, the brand's and the others')."""
        texts = {d: table for d in cond.dims if (table := self._named_place(cond, d))}
        by_kind = {m.dim for s in self.lexicon_spans if cond.start_tok <= s.start < cond.end_tok
                   for m in s.of("dimvalue") if m.by_kind}
        inside = []
        for d, table in texts.items():
            names = [str(v).casefold() for o, other in texts.items() if o != d and other == table and o not in by_kind
                     for v in cond.dims[o]]
            if names and all(any(str(v).casefold() in n for n in names) for v in cond.dims[d]):
                inside.append(d)
        for d in inside[:1]:    # one of them: two names of one another are the same store
            del cond.dims[d]

    def _not_carried(self, seg: Segment, source: EventCondition, cond: EventCondition) -> frozenset[str]:
        """'bought Le Creuset in the last 18 months but nothing at all from Home since 1 July', 'mais plus rien en
        enfant cette année', 'but never anything from Nordvik': a negated follow-up of a behaviour that names its own
        value of another dimension of the same thing (a category after a brand, a brand after a sport, a store's
        format after its city) says that one, of any value of the others: the dimensions of the one before are not
        carried (they were: no Home purchase of those brands, silently). 'at all', 'anything', 'du tout' widen it:
        nothing is carried. 'bought Nike in 2025 but nothing since July' (no value of its own), 'Nike shoes but no
        Adidas since' (the brand said again: the shoes stay) and 'Nike in store, never on the app' (the app is not a
        value of the product) keep the values of the one before. An exclusion said with a value alone, with no time
        or behaviour of its own ('Lille stores, except outlets', 'bought shoes but not Nike') may as well narrow the
        behaviour before (its other values): asked. Never of 'none of them', 'aucun d'eux' (relative, pointed at):
        the very ones said before."""
        norms = self.norms[seg.start:seg.end]
        if source.negated or not (cond.negated or self.excluding) or any(n in OBJECT_POINTERS or n in DEMONSTRATIVES
                                                                         for n in norms):
            return frozenset()
        if any(tuple(norms[i:i + len(p)]) == p for p in WIDENING_WORDS for i in range(len(norms))):
            return frozenset(source.dims)
        # its own values: of a dimension the one before has none of, or said again ('bought Lego toys last year but
        # nothing more in kids this year': the toys, any brand); another value of the same ('Nike shoes but no
        # Adidas since') is a contrast, said of the rest of the one before
        own = {d for d in cond.dims if source.dims.get(d, cond.dims[d]) == cond.dims[d]}
        facets = {self._facet(cond, d) for d in own}
        dropped = frozenset(d for d in source.dims if d not in cond.dims and all(
            d in self.catalog.events[e].dimensions for e in cond.events) and self._facet(cond, d) in facets)
        if dropped and self.excluding and not cond.negated and not seg.windows \
                and not self._names_behaviour(seg.start, seg.end):
            self.out.unclear.append((cond.start_tok, cond.end_tok, "narrowed_or_excluded"))
            return frozenset()
        return dropped

    def _facet(self, cond: EventCondition, dim: str) -> str | None:
        """What a dimension's value describes: the table its column is on (the product's brand and category, the
        store's city and format); None when the condition's events do not all have it."""
        columns = {self.catalog.events[e].dimensions[dim].column for e in cond.events
                   if dim in self.catalog.events[e].dimensions}
        return next(iter(columns)).rsplit(".", 1)[0] if len(columns) == 1 else None

    def _own_kind(self, cond: EventCondition, source: EventCondition) -> bool:
        """'bought Veja in the last 4 months, who added something to their wishlist', '- ayant acheté des chaussures
        ...\n- qui ont consulté une fiche produit Apple ...': a behaviour of other events named by a value of its own
        that the one before cannot have (the web event's type) is a behaviour of its own kind, not the one before said
        on: that one's values (the brand, the category) are not its (carried, nobody was found, silently). 'bought
        Nike in store, and online too' (no value) and 'Nike shoes in store, Adidas online' (a value the one before
        has) still carry them, and so does 'bought Nike in store, never on the app' (the app's order is a purchase
        too: the catalog's kind of both)."""
        kinds = {self.catalog.events[e].kind for e in source.events}
        return not kinds & {self.catalog.events[e].kind for e in cond.events} and any(
            not all(dim in self.catalog.events[e].dimensions for e in source.events) for dim in cond.dims)

    def _share_dims(self, source: EventCondition, cond: EventCondition, qualifiers=(),
                    kept_out: frozenset[str] = frozenset()) -> None:
        """The dimensions of another behaviour that every event of `cond` has (the same attribute: a ticket's status is
        never an order's), unless `cond` names its own, or names
        the place by another of its names ('at Antwerp Meir but never at Rue Neuve': the store named is the place,
        and the city said before would make it a store in Antwerp, no store at all; 'never in the outlet' is a kind
        of store, in the city said), or names another channel (`qualifiers`: 'bought Nordvik in a mountain store
        and online': the kind of store was where the first was, and online in a mountain store is nobody)."""
        places = {self._named_place(cond, dim) for dim in cond.dims} - {None}
        elsewhere = bool(qualifiers) and {m.event for _, m in qualifiers} != set(source.events)
        for dim, values in source.dims.items():
            if elsewhere and self._said_as_place(source, dim) or dim in kept_out:
                continue
            if self.catalog.same_dimension(dim, source.events, cond.events) and \
                    (dim in cond.dims or self._named_place(cond, dim) not in places):
                cond.dims.setdefault(dim, values)

    def _said_as_place(self, c: EventCondition, dim: str) -> bool:
        """Was the dimension's value said as where the behaviour happened ('in a mountain store', 'dans un magasin
        de montagne'): after a place's preposition, past its determiners."""
        for s in self.lexicon_spans:
            if c.start_tok <= s.start < c.end_tok and any(m.dim == dim for m in s.of("dimvalue")):
                k = s.start - 1
                while k >= 0 and self.norms[k] in DETERMINERS:
                    k -= 1
                if k >= 0 and self.norms[k] in QUALIFIER_PREPOSITIONS:
                    return True
        return False

    def _named_place(self, cond: EventCondition, dim: str) -> str | None:
        """The table of a dimension of the condition's behaviour held as free text (a name: a store's, its city's),
        else None."""
        column = self.catalog.events[cond.events[0]].dimensions[dim].column
        return column.rsplit(".", 1)[0] if self.catalog.column(column).free_text else None

    def _event_window(self, seg: Segment, parts: EventParts, inherited: EventCondition | None,
                      pointer: EventCondition | None, relative: bool = False) -> Window | None:
        """The segment's own window; else the inherited or pointed-at behaviour's, unless 'ever' says otherwise.
        'none of them' (relative) is always among the behaviours named before, so in their window."""
        ever = any(MODIFIER_WORDS.get(self.norms[i]) == "ever" for i in range(seg.start, seg.end))
        if seg.windows:
            return seg.windows[0]
        if relative and inherited is not None:
            return inherited.window
        said = next((i for i in range(seg.start, seg.end) if self.norms[i] in BEFORE_WORDS), None)
        if said is not None and inherited is not None and inherited.window is not None:
            # 'bought twice this year but never before': before that window began, not ever
            w = inherited.window
            begun = window_start(w, self.as_of)
            if begun is not None:
                return Window(self.tokens[said].text, said, said + 1, end=begun)
        if inherited is not None and not parts.qualifiers and not parts.dims and not ever:
            return inherited.window
        if pointer is not None and not ever:
            return pointer.window
        return None

    def _act_dated(self, w: Window, results: list[EventCondition]) -> None:
        """'clicked the Flash Sale email of 23 September', 'opened the email we sent on 23 September': a period said of
        the thing (after 'of', or a verb of sending) bounds the act's own date (the click's), not the day the thing was
        made (the message's send date, its table's plain event): said in a note (it was read so, silently). Only for
        a few days: an act follows its thing within days, and the month of a campaign ('l'e-mail de septembre') is
        mostly its acts' month too."""
        if w.start is None or w.end is None or (w.end - w.start).days > 7:
            return
        def said(k: int, words: frozenset[str]) -> bool:
            return k >= 0 and (self.norms[k] in words or fold(self.tokens[k].text.lower()) in words)
        k = w.start_tok - (not said(w.start_tok, _THING_DATE_LEADS))      # the window may hold its lead word
        if not said(k, _THING_DATE_LEADS):
            k -= k >= 0 and self.norms[k] in ("on", "in")        # 'we sent on 23 September'
            if not said(k, _THING_DATE_VERBS):
                return
        for cond in (c for c in results if len(c.events) == 1):
            event = self.catalog.events[cond.events[0]]
            made = next((e for e in self.catalog.events.values() if e.table == event.table and e.id == event.id
                         and not e.where and e.time != event.time), None)
            if made is not None:
                self.out.notes.append(NOTES["act_dated"].format(text=w.text, event=event.label, made=made.label))

    def _finish_event(self, seg: Segment, results: list[EventCondition], used_spans: dict) -> None:
        for s in used_spans.values():
            self._use(s.start, s.end)
        for cond in results:      # 'on at least 3 separate days': the days its events fall on, counted
            c = cond.count
            if c is not None and c.per_day:
                if any((cond.amount, cond.rank, cond.top, cond.first, cond.last, cond.average, cond.measure,
                        cond.running, cond.of_latest)):
                    self.out.unread.update(range(c.end_tok - 2, c.end_tok))     # which days of what: asked
                else:
                    cond.days_counted = True
        for said in self._days_in(seg):     # 'bought in store at the weekend': the days its events fall on
            for cond in results:
                cond.days = tuple(sorted(set(cond.days) | set(said.days)))
            self._use(said.start_tok, said.end_tok)
        for said in self._months_in(seg):     # 'bought in December of any year': the months its events fall in
            for cond in results:
                cond.months = tuple(sorted(set(cond.months) | set(said.months)))
                if said.years is not None and cond.window is None:     # 'in December 2024 or 2025'
                    first, last = said.years
                    cond.window = Window(" ".join(t.text for t in self.tokens[said.start_tok:said.end_tok]),
                                         said.start_tok, said.end_tok, start=dt.date(first, 1, 1),
                                         end=dt.date(last + 1, 1, 1))
            self._use(said.start_tok, said.end_tok)
        for said in self._hours_in(seg):     # 'ordered between 11pm and 2am': the hours its events fall in
            if all(has_hours(self.catalog, e) for cond in results for e in cond.events):     # else asked
                for cond in results:
                    cond.hours = tuple(sorted(set(cond.hours) | set(said.hours)))
                self._use(said.start_tok, said.end_tok)
        for said in self._own_dates_in(seg)[:1]:     # 'bought 3 times since joining': from their own date on
            if self._dated_flag(said.column):
                # 'not sent an email since they opted in': since the last change of the consent row said before
                # (its channel); with none said, which row is asked
                row = self.last_flag
                if row is None or row.flag != said.column or row.negated or row.yes is not True:
                    continue
                for cond in results:
                    cond.since_set = FlagValueCondition(row.start_tok, row.end_tok, flag=row.flag, column=row.column,
                                                        values=row.values, labels=row.labels)
            else:
                for cond in results:
                    cond.since = said.column
            self._use(said.start_tok, said.end_tok)
        for said in self._own_places_in(seg):     # 'bought in a store abroad': the store's country, other than theirs
            compared = [self._dimensions_paired(cond, said.column) for cond in results]
            if not results or not all(compared):
                continue      # no behaviour's place is compared with it: left unread, asked
            for cond, dims in zip(results, compared):
                cond.own_place.update(dict.fromkeys(dims, said.same))
            self._use(said.start_tok, said.end_tok)
        for w in seg.windows[:1]:
            self._use(w.start_tok, w.end_tok)
            if w.note:
                self.out.notes.append(w.note)
            self._act_dated(w, results)
            # 'top 100 by average basket over the last two years - they need 5 purchases in that period': the
            # period said again ('in that period', resolved to the same days) is the one read, never a stray phrase
            for again in seg.windows[1:]:
                if again.start_tok in self.anaphoras and same_days(again, w):
                    self._use(again.start_tok, again.end_tok)
        inside = [i for i in range(seg.start, seg.end) if i in self.out.used and self.norms[i] not in CONNECTORS]
        for cond in results:  # the phrase is what the condition used, not the connectors around it
            if inside:
                cond.start_tok, cond.end_tok = inside[0], inside[-1] + 1

    def _coordinated(self, a: Span, b: Span) -> bool:
        """Only 'or', 'and', ',' or a bracket between two spans, with the small words that open the second ('on the
        website or the app', 'en magasin ou sur l'app')."""
        lo, hi = sorted((a, b), key=lambda s: s.start)
        between = self.norms[lo.end:hi.start]
        joins = [w for w in between if w in ("or", "and", ",", "/", "&", "+")]
        return bool(joins) and all(w in joins or w in LEADING_WORDS or w in DETERMINERS
                                   for w in between[between.index(joins[0]):]) and len(joins) == len(
            [w for w in between if w not in LEADING_WORDS and w not in DETERMINERS])

    def _points_back(self, seg: Segment) -> bool:
        own_dims = any(s.of("dimvalue") and not s.of("event", "kindword") for s in seg.spans)   # 'ouvert' is a verb
        # a determiner of the clause's period ('spent over 300 on these last 90 days', 'sur ces 90 derniers jours')
        # points at the days, not at the things named before
        # (before a period that opens with its own preposition it is the pronoun: 'spent 300 on these in May', 'haven't
        # clicked any since January')
        dated = {i for w in seg.windows for i in range(w.start_tok - (self.norms[w.start_tok] not in LEADING_WORDS
                                                                      and self.norms[w.start_tok] not in DATE_LEADS),
                                                        w.end_tok)}
        words = [w for i, w in enumerate(self.norms[seg.start:seg.end], seg.start)
                 if w not in (",", ".", ";") and not (i in dated and w in DEMONSTRATIVES)]
        # 'returned one of these orders', 'une de ces commandes': a demonstrative before a behaviour's noun, even
        # with values of its own, or before a value's ('opened none of those emails': the emails received)
        named = any(self.norms[s.start - 1] in DEMONSTRATIVES for s in seg.spans
                    if s.start > seg.start and s.of("event", "kindword", "dimvalue"))
        # 'opened none', 'n'en avoir ouvert aucun': a negation that ends its clause stands for 'none of them'
        # 'received more than 10 emails but opened fewer than 2': a count that ends its clause counts the things
        # named before (read alone, opens of any channel were counted)
        counted = any(c.end_tok == seg.end and not (c.times or c.currency or c.upper is not None) for c in seg.comparisons) \
            and not self._spend_said(seg, seg.start, seg.end)
        # 'n'ont cliqué dans aucun de ceux ...': 'none of' and the language's pronoun for them, kept as typed
        of_those = any(a in CONCORD_NEGATIONS and b == "of" and c in self.pointed_people
                       for a, b, c in zip(words, words[1:], words[2:]))
        return named or not own_dims and (any(w in PRONOUNS for w in words) or bool(words) and words[-1] in CONCORD_NEGATIONS
                                          or counted or of_those)

    def _list_conjunction(self, i: int) -> str:
        """The word that joins a list at the connector at i: itself, or after a comma the 'and' or 'or' that ends
        the list ('push, email and SMS')."""
        if self.norms[i] != ",":
            return self.norms[i]
        for n in self.norms[i + 1:]:
            if n in ("and", "or"):
                return n
            if n in CONNECTORS and n != ",":
                break
        return ","

    def _flagged_rows(self, column: str) -> bool:
        """A value column of a profile table that holds a yes/no per row (crm.consents: one row per channel)."""
        table = column.rsplit(".", 1)[0]
        return table != self.entity_table and table in self.catalog.tables and \
            any(c.type == "BOOLEAN" for c in self.catalog.tables[table].columns.values())

    def _has_dims(self, dims: list[tuple[Span, Meaning]], events) -> bool:
        """Whether the behaviour said before has each of the clause's own dimension values: 'visited the site and
        added something to their cart' names a web event of its own (a visit has no event type)."""
        own = [(s, m) for s, m in dims if not s.of("value", "indvalue")]
        return all(set(events) & group for group in self._dim_groups(own))

    def _of_the_kind_before(self, dims: list[tuple[Span, Meaning]], inherited: EventCondition) -> list[str]:
        """The events of the behaviour said before's kinds (a purchase: in store or online) that have each of the
        clause's own dimension values, when only such values are said ('on the app': an online order's device); none
        when a value is also a customer's own ('in Paris') or no such event has them all."""
        if not dims or any(s.of("value", "indvalue") for s, _ in dims):
            return []
        # a state the catalog tells the rows apart by ('retournés': an order's status) says another behaviour, not
        # the one before in another channel ('passés au magasin, mais pas retournés': went back, or returned an order?)
        if any(tests(ev.where, m.column) for _, m in dims for ev in self.catalog.events.values()):
            return []
        kinds = {self.catalog.events[e].kind for e in inherited.events}
        groups = self._dim_groups(dims)
        return [e for e, ev in self.catalog.events.items() if ev.kind in kinds and all(e in g for g in groups)]

    @staticmethod
    def _dim_spans(dims: list[tuple[Span, Meaning]]) -> list[tuple[Span, set[str]]]:
        """For each dimension-value span, the events that accept it."""
        groups: dict[int, tuple[Span, set[str]]] = {}
        for s, m in dims:
            groups.setdefault(id(s), (s, set()))[1].add(m.event)
        return list(groups.values())

    @staticmethod
    def _dim_groups(dims: list[tuple[Span, Meaning]]) -> list[set[str]]:
        """For each dimension-value span, the events that accept it."""
        groups: dict[int, set[str]] = {}
        for s, m in dims:
            groups.setdefault(id(s), set()).add(m.event)
        return list(groups.values())

    def _joined_by_or(self, found: list[tuple[Span, Meaning]]) -> bool:
        """Is an 'or' said between the spans? It is then applied: used (never reported as dropped)."""
        spans = sorted({(s.start, s.end) for s, _ in found})
        ors = [k for a, b in zip(spans, spans[1:]) for k in range(a[1], b[0]) if self.norms[k] == "or"]
        self.out.used.update(ors)
        return bool(ors)
