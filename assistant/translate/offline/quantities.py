"""Counts, amounts, averages and measures said of a behaviour, and numbers said of one event.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations


import dataclasses
from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    EventCondition,
)
from assistant.translate.offline.lexicon import Meaning, Span
from schema_catalog.semantic import measure_column
from assistant.meaning import Comparison
from assistant.translate.offline.modifiers import (
    bound_after,
)
from assistant.translate.lang_en import (
    BOUNDS_AFTER, CONNECTORS, NOTES, MODIFIER_WORDS, TOTAL_WORDS, PRONOUNS, QUALIFIER_PREPOSITIONS,
    AMOUNT_LINKS, AMOUNT_VERB_READ, CLAUSE_EDGES, IRREGULAR_PARTICIPLES, SPENT_FOR, COPULAS, DETERMINERS, ONE_EVENT_SPENT_ON, PER_EVENT,
    LIST_WORDS, QUANTITY_NOUNS, RELATIVE_WORDS, THING_NOUNS, NOUN_OPENERS, EACH_AFTER, EACH_TIME, OURS, POINTING_WORDS,
    VOICE_OBJECTS_US,
)
from assistant.translate.offline.text import fold
from schema_catalog.types import is_numeric
from assistant.translate.offline.parsed import (
    Segment, a_year, any_at_all, one_event_words,
)


class QuantityReading:
    """Counts, amounts, averages and measures said of a behaviour, and numbers said of one event."""

    def _modifiers(self, seg: Segment, cond: EventCondition, cols, inherited: EventCondition | None = None,
                   measured=()) -> None:
        """`measured`: the past forms of a measure read as the events that have it ('notés'), as that measure's
        column: the scores said with them are its values ('tickets notés 1 ou 2'), nothing else."""
        in_window = {i for w in seg.windows for i in range(w.start_tok, w.end_tok)}   # 'the first quarter' is a date
        # ('a second purchase within 2 weeks of their very first one': the first is the anchor's, not this one's)
        anchored = {i for k, (a, b, _) in self.follows.items() if k in self.first_anchors for i in range(a, b)}
        places = [i for i in range(seg.start, seg.end) if self.norms[i] in MODIFIER_WORDS and i not in in_window
                  and i not in anchored]
        words = {MODIFIER_WORDS[self.norms[i]] for i in places}
        self.out.used.update(places)
        # ... or the catalog's phrase for the measure, kept in the request's language ('note moyenne': 'moyenne' is
        # the language's 'average'; read per review, '4,8 ou plus' kept those with one such review)
        canonical = getattr(self.words, "WORDS", {}) if self.words is not None else {}
        cond.average = "average" in words or any(MODIFIER_WORDS.get(canonical.get(self.norms[k], "")) == "average"
                                                 for s, m in cols if m.ref for k in range(s.start, s.end))
        cond.first = "first" in words
        cond.last = self._latest(seg, in_window)
        # an event's number column named ('a basket over 80') makes a number its amount; a yes/no or text column
        # ('bounced', 'email') does not: 'at least one bounced email' counts them
        said = {s.start for s, _ in cols}
        valued = self._numeric_dimension_values(seg, cond, list(cols) + [(s, m) for s, m in measured
                                                                          if s.start not in said])
        valued |= self._scores_said(seg, cond, cols, valued)
        # a number column whose values were said ('tickets rated 1 or 2') makes no other number an amount: 'at least
        # 2 tickets rated 1 or 2' counts the tickets
        rated = {self.catalog.events[e].dimensions[d].column for e in cond.events for d in cond.dims
                 if d in self.catalog.events[e].dimensions}
        spend = self._spend_said(seg, seg.start, seg.end) or \
            any(is_numeric(self.catalog.column(m.column).type) and m.column not in rated for _, m in cols)
        # 'spent 100 in store and 200 online': a clause that continues an amount spent says another amount
        spend = spend or inherited is not None and inherited.amount is not None and inherited.count is None \
            and not inherited.average
        for c in seg.comparisons:
            if id(c) in valued or self._an_age(c):   # 'buyers over 30 years old', 'online shoppers over 60': an age
                continue
            named = self._dimension_counted(seg, c) if not (c.currency or c.times) else None
            if named is not None:
                # 'sur les deux canaux', 'on two channels': a number of the dimension's values, no count of the
                # behaviour (read as one, 'received at least 2 messages'): the number is asked
                self.out.unread.update(range(c.start_tok, c.end_tok))
                continue
            bound = next((w for w in BOUNDS_AFTER if tuple(self.norms[c.end_tok:c.end_tok + len(w)]) == w), None)
            if self.tokens[c.start_tok].suffix == "/" and bound and cond.amount is None \
                    and self._measure_named(cond, cols) is not None:
                # 'noté 2/5 ou moins': a bound on the score, of the measure on the column named
                c.op, c.note, c.end_tok = BOUNDS_AFTER[bound], "", c.end_tok + len(bound)
                cond.amount = c
                self._use(c.start_tok, c.end_tok)
                continue
            if self.tokens[c.start_tok].suffix == "/":    # a score no rated column claimed: asked, never a count
                self.out.unread.update(range(c.start_tok, c.end_tok))
                continue
            # 'more than 5 units': the measure that word names; a quantity no measure names is asked about, never
            # read as a count of purchases
            k, noun = self._quantity_noun(c, seg) if not c.currency and not c.times else (c.end_tok, "")
            measure = self._measure_at(k, cond, cols) if noun else None
            if measure is not None and cond.amount is None:
                cond.amount, cond.measure = c, measure.ref
                self._use(c.start_tok, c.end_tok)
                self._use(k, k + 1)
                continue
            if noun in QUANTITY_NOUNS and any_at_all(c) and cond.count is None and len(seg.comparisons) == 1 \
                    and not spend:
                # 'at least one item of kids', 'au moins un article': any of them bought, whatever the quantity (with
                # an amount said, 'at least one item over €100' is an item's price: asked)
                cond.count = Comparison(">=", 1, c.start_tok, c.end_tok, times=True)
                self._use(c.start_tok, c.end_tok)
                self._use(k, k + 1)
                continue
            if noun in QUANTITY_NOUNS:
                self.out.unread.update(range(c.start_tok, c.end_tok))
                self.out.unread.add(k)
                continue
            # 'an online order over 100', 'at least 2 orders of more than 100': a bare number said after the
            # behaviour's noun is no count of it (a count is said before the noun, or with 'times'); it is the
            # amount (an amount the behaviour lacks is asked below). After the verb of a behaviour that has an amount
            # ('ordered over 250', 'bought shoes over 40') it may be either (or an age): asked; of one that has none
            # ('clicked fewer than two') it is a count
            said = self._after_the_behaviour(seg, c) if not (c.currency or c.times or spend) else ""
            each = self._each_time(c) is not None or c.end_tok < len(self.norms) and self.norms[c.end_tok] in EACH_AFTER
            said = "noun" if each else said      # 'each time over 100', ', over 100 each': each event's amount
            if not (c.currency or c.times or spend) and not self._has_event_anchor(seg) and said != "noun" \
                    and not any_at_all(c) and self._ends_its_phrase(seg, c):    # '(but at least one)': did it
                # ', each over 100' after 'bought shoes and bags': no behaviour word of its own to count; asked
                self.out.unread.update(range(c.start_tok, c.end_tok))
                continue
            if said == "verb" and any(self.catalog.events[e].amount for e in cond.events):
                self.out.unread.update(range(c.start_tok, c.end_tok))
                continue
            # 'top 100 by average basket - at least 5 purchases': beside a ranking, the spend words are what it ranks
            # by; a number said right before the behaviour's noun counts it
            counted = bool(seg.rankings) and self._counts_the_behaviour(seg, c)
            role_amount = c.currency or (spend and not c.times and not counted) or said == "noun"
            if a_year(c) and not role_amount:
                continue     # 'the Black Friday 2025 email': a year is no count (left unread, so it is asked)
            if role_amount and cond.amount is None:
                cond.amount = c
            elif c.currency and cond.measure is not None and cond.own_amount is None and not cond.average \
                    and all(self.catalog.events[e].amount for e in cond.events):
                # '4 unités ou plus pour moins de 80 €', 'an order of 4+ units under €80': a sum of money beside a
                # measure of the event is that same event's own amount, never a count of it
                cond.own_amount = c
            elif cond.count is None and not c.currency:     # a sum of money never counts times
                cond.count = c
            else:
                continue
            self._use(c.start_tok, c.end_tok)
            if c.note:
                self.out.notes.append(c.note)
        if cond.average and cond.amount is None and cond.count is not None and not seg.rankings:
            # (beside a ranking, 'average' is what it ranks by: the count stays a count)
            cond.amount, cond.count = cond.count, None
        a = cond.amount
        if a is not None and cond.count is None and not cond.average and cond.measure is None and a.value == 0 \
                and a.op in ("=", "<=") and a.upper is None:
            # 'spent 0 euros this year': nothing bought (a total of exactly 0 left out those who bought nothing)
            cond.amount, cond.count = None, dataclasses.replace(a, times=True, currency=False)
        c = cond.count
        if c is not None and c.value == 0 and c.op in (">=", "=") and c.upper is None:
            # 'with 0 orders', 'exactly 0 times': none of them (read as at least 0, everyone; as exactly 0, nobody)
            cond.count = dataclasses.replace(c, op="<=", note="")
            if c.note in self.out.notes:
                self.out.notes.remove(c.note)
        if cond.amount is not None:     # 'an order worth more than €300': the words that tie the amount to it
            k = cond.amount.start_tok
            while k > seg.start and self.norms[k - 1] in AMOUNT_LINKS:
                k -= 1
            if k < cond.amount.start_tok and any(t.end == k for t in seg.spans):
                self._use(k, cond.amount.start_tok)
        for amount in (cond.amount, cond.own_amount):
            # 'spend in Q2 came to between 200 and 500', 'with 4+ units that came to under €80', 'de cette année
            # s'élèvent à': a verb that says the amount (modifiers.merge_amount_words, the French rewrite) is read
            # with it, whatever is said before
            k = amount.start_tok - 1 if amount is not None else -1
            while k > 0 and self.norms[k] in AMOUNT_LINKS and self.norms[k] != AMOUNT_VERB_READ:
                k -= 1      # 's'élèvent à plus de 500 €': the verb's own preposition
            if k >= 0 and self.norms[k] == AMOUNT_VERB_READ:
                self._use(k, amount.start_tok)
        if cond.amount is not None and cond.count is None and not cond.average and "total" not in words \
                and self._one_event(seg, cond.amount, cond):
            # 'placed an order over €300': at least one order over €300, not €300 over all of them
            cond.count = Comparison(">=", 1, cond.amount.start_tok, cond.amount.start_tok, times=True)
        if cond.own_amount is not None and cond.count is None:
            if self._one_event(seg, cond.amount, cond):
                # 'une commande de 4 unités pour moins de 80 € au total': one order both of (its total is its own)
                cond.count = Comparison(">=", 1, cond.amount.start_tok, cond.amount.start_tok, times=True)
            # else kept for the behaviour counted before ('... avec 4 unités pour moins de 80 €'), or asked
            # (Parser._own_amount_alone)
        if cond.amount is not None and (cond.count is None or cond.average):
            self._amount_per_event(seg, cond)
        if cond.amount is not None and cond.measure is None and not any(self.catalog.events[e].amount for e in cond.events):
            # 'an average satisfaction score of 2 or less': the column named is a measure of the behaviour
            cond.measure = (self._measure_named(cond, cols) or self._money_measure(cond)) \
                if not self._counts_the_behaviour(seg, cond.amount) else None
            before = self.last_event
            if cond.measure is not None and before is not None and before is not cond and before.events == cond.events \
                    and not any(s.of("event", "kindword") for s in seg.spans):
                # 'a refund ticket since July with a score of 2 or less': the score is that ticket's, not any other's
                self._share_dims(before, cond)
            if cond.measure is not None and not cond.average and cond.count is None \
                    and self.catalog.events[cond.events[0]].measures[cond.measure].agg != "sum":
                # a score is each event's ('rated it 2 or less'); only 'average' says theirs over every event
                cond.count = Comparison(">=", 1, cond.amount.start_tok, cond.amount.start_tok, times=True)
        if cond.amount is not None and cond.measure is None and not any(self.catalog.events[e].amount for e in cond.events):
            # an amount of behaviours that have none ('bounced emails over 3') is asked about, never summed over nothing
            said = range(cond.amount.start_tok, cond.amount.end_tok)
            self.out.used.difference_update(said)
            self.out.unread.update(said)
            cond.amount = None
        amounts = {f"{self.catalog.events[e].table}.{self.catalog.events[e].amount}" for e in cond.events}
        measured_columns = {measure_column(self.catalog.events[e], self.catalog.events[e].measures[cond.measure].column)
                            for e in cond.events} if cond.measure is not None else set()
        applied = {s.start for s, _ in measured}     # 'rated a ticket': the ones with a score
        free = [(s, m) for s, m in cols if not (cond.measure is not None and (
            m.ref == cond.measure or m.column in measured_columns) or s.start in applied)]
        # 'used a promo code': the orders whose coupon holds a value (present_values.py)
        present = self._dimensions_said_present(seg, cond, free)
        for s, m in free:
            if m.column in present:
                continue   # 'with a promo code' said of nothing: a column of the behaviour that nothing filters
            ev = self.catalog.events.get(m.event)
            table, column = m.column.rsplit(".", 1)
            filtered = {ev.dimensions[d].column for d in cond.dims if d in ev.dimensions} if ev else set()
            own = table == ev.table or m.ref is not None and m.ref in ev.measures     # a measure of its lines too
            if m.column not in amounts and m.event in cond.events and own and m.column not in filtered \
                    and column not in (ev.where or "") and column != ev.time and column != cond.date:
                words_ = " ".join(t.text for t in self.tokens[s.start:s.end])
                self.out.notes.append(NOTES["not_applied"].format(words=words_, event=self.catalog.events[m.event].label))
        for r in seg.rankings:
            cond.rank, cond.top = r.percent, r.n
            self._use(r.start_tok, r.end_tok)

    def _ends_its_phrase(self, seg: Segment, c: Comparison) -> bool:
        """Is nothing said after the number that it could count ('each over 100', 'at least 3 this year'), as
        opposed to 'at least one before', 'a single one', '3 store visits'?"""
        k = c.end_tok
        while k < len(self.norms) and self.norms[k] == "+":
            k += 1
        return k >= len(self.norms) or self.norms[k] in CLAUSE_EDGES or self.norms[k] in CONNECTORS \
            or any(w.start_tok == k for w in seg.windows)

    def _each_time(self, c: Comparison) -> tuple[str, ...] | None:
        """The words right before a number that make it each event's amount ('each time over 100')."""
        return next((w for w in EACH_TIME if tuple(self.norms[max(c.start_tok - len(w), 0):c.start_tok]) == w), None)

    def _amount_per_event(self, seg: Segment, cond: EventCondition) -> None:
        """'dépensant plus de 100 € par commande', 'spending over 100 per order', 'more than 12 pages per visit': an
        amount said per event may be each event's or their average; read as the total, it was neither: the 'per' is
        asked. Said with 'average' ('averaging more than 12 pages per visit', 'plus de 12 pages par visite en
        moyenne'), it is the average per event the condition holds: the 'per' is read."""
        k = self._per_event_at(seg, cond)
        if k is None:
            return
        if cond.average:
            self._use(k, k + 1)
        else:
            self.out.used.discard(k)
            self.out.unread.add(k)

    def _per_event_at(self, seg: Segment, cond: EventCondition) -> int | None:
        """Where 'per' (lang_en.PER_EVENT) and the behaviour's noun are said right after the amount, or after the
        noun of its measure ('12 pages per visit'); None when they are not."""
        k = cond.amount.end_tok
        noun = next((s for s in seg.spans if s.start == k and cond.measure is not None
                     and any(m.ref == cond.measure for m in s.of("column"))), None)
        k = noun.end if noun is not None else k
        if k < len(self.norms) and self.norms[k] in PER_EVENT and \
                any(s.start in (k + 1, k + 2) and s.of("event", "kindword") for s in seg.spans):
            return k
        return None

    def _past_the_noun(self, seg: Segment, j: int, limit: int, total: bool = False) -> int:
        """Where the words said of a behaviour's noun end, from `j` on: its qualifiers and values ('une commande en
        ligne de plus de 300 €'), a bracket read apart ('a website order (not app) over 250'), the words that tie an
        amount, and (`total`) 'total'."""
        while j < limit:
            after = next((t for t in seg.spans if t.start == j and t.of("qualifier", "dimvalue")), None)
            if after is not None:
                j = after.end
            elif self.norms[j] == "(" and ")" in self.norms[j:limit]:     # 'bought online (web or app) over 100'
                j = self.norms.index(")", j) + 1
            elif self.norms[j] in ("or", ",") and any(t.start == j + 1 and t.of("qualifier", "dimvalue")
                                                     for t in seg.spans):
                j += 1      # 'ordered shoes or bags online over 100': the values listed
            elif self.norms[j] in RELATIVE_WORDS and all(n in COPULAS for n in self.norms[j + 1:limit]) or \
                    not self.norms[j]:      # 'an order that is over €50', 'aucune commande ne dépasse 50 €'
                j = max(j + 1, limit) if self.norms[j] else j + 1
            elif self.norms[j] in AMOUNT_LINKS or j in self.bracketed or j in self.out.ignored.tokens or \
                    total and (MODIFIER_WORDS.get(self.norms[j]) == "total" or self.norms[j] in COPULAS):
                j += 1
            else:
                break
        return j

    def _after_the_behaviour(self, seg: Segment, c: Comparison) -> str:
        """Is the number said right after the behaviour's noun ('noun'), past its qualifiers and the words that tie
        an amount ('an online order over 100', 'une commande en ligne de plus de 100', 'at least 2 orders over 100',
        'orders over 200 in total'), or right after its verb ('verb': 'ordered on the website over 250')? A noun is
        said after one of the words for one event, a count, a determiner or 'with'; else ""."""
        norms = self.norms
        if any(t.start == c.end_tok and not self.norms[t.start] in QUALIFIER_PREPOSITIONS for t in seg.spans):
            return ""        # 'opened more than 5 emails': a count of what follows ('above 50 in store' is no noun)
        if c.end_tok < len(norms) and norms[c.end_tok] == "in":
            # 'more than 500 in purchases', '500+ in online orders', '900 in store purchases': an amount in them
            k = c.end_tok + 1
            while k < len(norms) and norms[k] in DETERMINERS:
                k += 1
            k = self._past_the_noun(seg, c.end_tok if any(t.start == c.end_tok for t in seg.spans) else k, len(norms))
            if any(t.start == k and t.of("event", "kindword") for t in seg.spans):
                return "noun"
        k = c.start_tok - 1
        while k > seg.start and norms[k] in AMOUNT_LINKS:
            k -= 1
        if k >= 0 and MODIFIER_WORDS.get(norms[k]) == "total" and k < c.start_tok - 1:
            return "noun"      # 'a total of over 500': an amount
        k = c.start_tok - 1      # 'bought an item over 100', 'un produit de plus de 100': a thing of one purchase
        while k > seg.start and norms[k] in AMOUNT_LINKS:
            k -= 1
        if k > 0 and norms[k] in THING_NOUNS and self._typed(k - 1) in self.one_event_words:
            return "noun"
        for s in seg.spans:
            if not s.of("event", "kindword"):
                continue
            if self._past_the_noun(seg, s.end, c.start_tok, total=True) != c.start_tok:
                continue
            k = s.start     # back over the values and modifiers said before the noun ('an average web order')
            while k > 0:
                before = next((t for t in seg.spans if t.end == k and t.of("qualifier", "dimvalue")), None)
                if before is None and not (norms[k - 1] in MODIFIER_WORDS or norms[k - 1] in self.latest):
                    break
                k = before.start if before is not None else k - 1
            if any(norms[i] in self.one_event_words for i in range(s.start, s.end)) or k > 0 and (   # 'placed an order'
                    set(self._typed_words(k - 1)) & self.one_event_words or norms[k - 1] in NOUN_OPENERS
                    or norms[k - 1] in self.lexicon.determiners
                    or any(o.end_tok == k for o in seg.comparisons if o is not c)):
                return "noun"
            return "verb"
        return ""

    def _quantity_noun(self, c: Comparison, seg: Segment) -> tuple[int, str]:
        """The noun a number counts and where: right after it ('5 units'), or after a category said between
        ('5 tennis units'), or ending the category's phrase ('5 tennis items')."""
        k = c.end_tok
        between = next((s for s in seg.spans if s.start == k and s.of("dimvalue", "value")), None)
        if between is not None:
            k = between.end - 1 if self.norms[between.end - 1] in QUANTITY_NOUNS else between.end
        return k, self.norms[k] if k < len(self.norms) else ""

    def _counts_the_behaviour(self, seg: Segment, c: Comparison) -> bool:
        """Is the number said right before the behaviour's noun ('at least 2 rated tickets', 'au moins 2 tickets
        notés')? Then it counts the events, whatever column is named beside."""
        k = c.end_tok
        while (between := next((s for s in seg.spans if s.start == k and not s.of("event", "kindword")
                                and s.of("column", "dimvalue", "qualifier")), None)):
            k = between.end      # 'at least 2 rated tickets': the words said between
        return any(s.start == k and s.of("event", "kindword") for s in seg.spans)

    def _measure_named(self, cond: EventCondition, cols) -> str | None:
        """The measure every event of the condition has, named in the clause by a column of one of them, or None.
        Each event measures it on its own rows ('spend': the till's lines of a store purchase, the web order's lines
        of an online one), summed the same way."""
        events = [self.catalog.events[e] for e in cond.events]
        named = {m.column for _, m in cols}
        found = {name for name, measure in events[0].measures.items()
                 if any(name in ev.measures and measure_column(ev, ev.measures[name].column) in named for ev in events)
                 and all(name in ev.measures and ev.measures[name].agg == measure.agg for ev in events)}
        return found.pop() if len(found) == 1 else None

    def _money_measure(self, cond: EventCondition) -> str | None:
        """An amount of money said of behaviours whose rows hold none but whose lines do ('bought for more than 300
        EUR', the till's lines summed): the one measure in the currency every event has, summed; None otherwise."""
        if cond.amount is None or not cond.amount.currency:
            return None
        events = [self.catalog.events[e] for e in cond.events]
        found = {name for name, measure in events[0].measures.items() if measure.unit == "currency" and measure.agg == "sum"
                 and all(name in ev.measures and ev.measures[name].unit == "currency" and ev.measures[name].agg == "sum"
                         for ev in events)}
        return found.pop() if len(found) == 1 else None

    def _verb_form(self, k: int) -> bool:
        """Is the word at k, as typed, a verb's past form ('bought', 'shopped', 'acheté'), never a noun ('order')?"""
        typed = self._typed(k)
        return typed in IRREGULAR_PARTICIPLES or typed.endswith(self.participle_endings)

    def _measure_at(self, i: int, cond: EventCondition, cols) -> Meaning | None:
        """The measure every event of the condition has, named by the catalog word at token i ('units')."""
        return next((m for s, m in cols if s.start == i and m.ref is not None
                     and all(m.ref in self.catalog.events[e].measures for e in cond.events)), None)

    def _latest(self, seg: Segment, in_window: set[int]) -> bool:
        """'last purchase', 'latest order', 'most recent purchase' said right before the behaviour's word, or before
        the values that pick its events ('latest in-store purchase', as 'first in-store purchase'): its latest event
        (which the window, when one is said, then holds). 'last' was asked about there."""
        behaviours = {s.start for s in seg.spans if s.of("event", "kindword")}
        picks = {s.start: s.end for s in seg.spans if s.of("qualifier", "dimvalue") and not s.of("event", "kindword")}
        # ... or the past form of a measure that picks them ('latest rated ticket': EventReading._measured_events)
        picks |= {k: k + 1 for k in range(seg.start, seg.end) if self.norms[k] in self.lexicon.measured}
        for i in range(seg.start, seg.end):
            said = next((w for w in self.latest_by_first.get(self.norms[i], ())
                         if tuple(self.norms[i:i + len(w)]) == w), None)
            k = i + len(said) if said else i
            while said and k not in behaviours and k in picks and not (i > 0 and self.norms[i - 1] in OURS):
                k = picks[k]
            if said and k in behaviours and i not in in_window:
                self._use(i, i + len(said))
                return True
        return False

    def _dimension_counted(self, seg: Segment, c: Comparison) -> Span | None:
        """The name of a dimension (not one of its values) said right after a number: how many of its values."""
        return next((t for t in seg.spans if t.start == c.end_tok and t.meanings
                     and all(m.kind == "dimension" for m in t.meanings)), None)

    def _numeric_dimension_values(self, seg: Segment, cond: EventCondition, cols) -> set[int]:
        """'a 1 or 2 satisfaction rating', 'a rating of 4 or 5': bare numbers said against a numeric dimension of the
        behaviour are its values, not a count. Returns the comparisons so read (by id)."""
        cat, used = self.catalog, set()
        # a number with its bound said right after ('noté 2/5 ou moins') is no value: read as one, the bound was lost
        bare = sorted((c for c in seg.comparisons if c.note and not c.currency and not c.times and c.upper is None
                       and c.end_tok - c.start_tok == 1 and not bound_after(self.norms, c.end_tok)),
                      key=lambda c: c.start_tok)
        for s, m in cols:
            dim = next((d for d, dd in cat.events[m.event].dimensions.items() if dd.column == m.column), None) \
                if m.event in cond.events else None
            if dim is None or not is_numeric(cat.column(m.column).type) \
                    or not all(dim in cat.events[e].dimensions for e in cond.events):
                continue
            run = self._number_run(bare, s)
            if run:
                cond.dims[dim] = tuple(int(c.value) if float(c.value).is_integer() else c.value for c in run)
                self._use(run[0].start_tok, run[-1].end_tok)
                self._use(s.start, s.end)
                used |= {id(c) for c in run}
        return used

    def _scores_said(self, seg: Segment, cond: EventCondition, cols, valued: set[int]) -> set[int]:
        """'a review of 1 or 2 stars', 'a 5-star review', 'un avis à 1 ou 2 étoiles': bare whole numbers in a row,
        said against a measure the catalog averages (a score of each event), are the scores of one event: its score
        between the lowest and the highest (a run of consecutive numbers). Read as counts, '1 or 2' was 'at least 2
        reviews, each rated at least 1' (noted). Returns the comparisons so read (by id)."""
        if cond.measure is not None or cond.amount is not None:
            return set()
        bare = sorted((c for c in seg.comparisons if id(c) not in valued and c.note and not c.currency and not c.times
                       and c.upper is None and c.end_tok - c.start_tok == 1 and float(c.value).is_integer()
                       and not bound_after(self.norms, c.end_tok)), key=lambda c: c.start_tok)
        for s, m in cols:
            measure = m.ref if m.ref is not None and all(
                m.ref in self.catalog.events[e].measures and self.catalog.events[e].measures[m.ref].agg == "avg"
                for e in cond.events) else None
            run = self._number_run(bare, s) if measure is not None else []
            values = sorted(int(c.value) for c in run)
            if not run or values != list(range(values[0], values[0] + len(values))):
                continue
            first, last = min(run, key=lambda c: c.start_tok), max(run, key=lambda c: c.end_tok)
            cond.measure = measure
            cond.amount = Comparison(">=", values[0], first.start_tok, last.end_tok,
                                     upper=values[-1] if len(values) > 1 else None) if len(values) > 1 \
                else Comparison("=", values[0], first.start_tok, last.end_tok)
            cond.count = Comparison(">=", 1, first.start_tok, first.start_tok, times=True)
            for c in run:
                if c.note in self.out.notes:
                    self.out.notes.remove(c.note)
            self._use(first.start_tok, last.end_tok)
            self._use(s.start, s.end)
            return {id(c) for c in run}
        return set()

    def _number_run(self, bare: list[Comparison], span: Span) -> list[Comparison]:
        """The numbers joined by 'or' / ',' / 'and' that end right before the span, or begin right after it
        (past 'of', 'worth' ...)."""
        def joined(gap: list[str], first: bool) -> bool:     # the first number touches ('5-star'); the next are listed
            return (not gap or gap == ["-"]) if first else bool(gap) and all(w in ("or", ",", "and", "-") for w in gap) \
                and any(w != "-" for w in gap)       # ('1- or 2-star': the first number's dash said again)

        run, edge = [], span.start
        for c in reversed([c for c in bare if c.end_tok <= span.start]):
            if not joined(self.norms[c.end_tok:edge], not run):
                break
            run.insert(0, c)
            edge = c.start_tok
        if run:
            return run
        edge = span.end
        while edge < len(self.norms):      # past 'of', 'worth'; past the thing rated ('rated it 1 or 2', 'a ticket',
            #                                    'that call', 'cet appel', 'us')
            event = next((t for t in self.lexicon_spans if t.start == edge and t.of("event", "kindword", "dimvalue", "qualifier")), None)
            if event is not None:
                edge = event.end
            elif self.norms[edge] in AMOUNT_LINKS or self.norms[edge] in PRONOUNS or self.norms[edge] in DETERMINERS \
                    or self.norms[edge] in POINTING_WORDS or self.norms[edge] in VOICE_OBJECTS_US:
                edge += 1
            else:
                break
        for c in (c for c in bare if c.start_tok >= edge):
            if not joined(self.norms[edge:c.start_tok], not run):
                break
            run.append(c)
            edge = c.end_tok
        return run

    def _typed_words(self, k: int) -> list[str]:
        """The words typed before a noun, from token k back: its own ('one of their', which the reading merged into
        'their') and, past a determiner, the word before ('au moins une' + 'de leurs'); a word another language's
        rewrite added, its norm."""
        words: list[str] = []
        while k >= 0:
            words = ([fold(w) for w in self.tokens[k].text.lower().split()] or [self.norms[k]]) + words
            if not (self.norms[k] in DETERMINERS and self.tokens[k].text or not self.tokens[k].text) or k == 0:
                return words
            k -= 1
        return words

    def _typed(self, k: int) -> str:
        """Token k's last word as typed; a word another language's rewrite added has no text of its own (its norm)."""
        return (self.tokens[k].text.lower().split() or [self.norms[k]])[-1]

    def _said_in_one_event(self, seg: Segment, amount: Comparison) -> bool:
        """'spent over €300 in the same order', 'in that one order', 'in one go' (French 'dans une même commande'):
        said after the amount, one event's amount, as 'in a single order' (lang_en.ONE_EVENT_LEADS; 'the same' was
        asked). Not beside a list ('shoes and bags in the same order': both in one basket, still asked)."""
        norms = self.norms
        bounds = {k for c in seg.comparisons for k in range(c.start_tok, c.end_tok)}     # '5 or more'
        if any(norms[k] in LIST_WORDS and k not in bounds for k in range(seg.start, seg.end)):
            return False
        for i, k, go in one_event_words(norms, amount.end_tok, seg.end):
            if go:                  # 'in one go': no noun
                self._use(i, k + 1)
                return True
            if any(s.start == k and s.of("event", "kindword") for s in seg.spans):
                self._use(i, k)     # the noun is the behaviour's
                self.out.unclear = [u for u in self.out.unclear if not (i <= u[0] < k and u[2] == "same")]
                return True
        return False

    def _one_event(self, seg: Segment, amount: Comparison, cond: EventCondition | None = None) -> bool:
        """Is the amount said of one event? 'placed an order over €300', 'a web order worth more than €300',
        'spent €300 in a single order' (each event's own amount); 'spent over €300' is the sum."""
        norms = self.norms
        # 'bought a product over €300', 'un article à plus de 250 € dans une commande': an amount of a thing the
        # catalog has no price for is the purchase's, said in a note however the one purchase is said
        k = amount.start_tok - 1
        while k > seg.start and norms[k] in AMOUNT_LINKS:
            k -= 1
        if norms[k] in THING_NOUNS and k > 0 and self._typed(k - 1) in self.one_event_words:
            if cond is not None and not any(self.catalog.events[e].amount for e in cond.events):
                # 'rated a product 4.5 or higher': a score of a thing the behaviour is not about (a ticket's
                # satisfaction was read, silently): asked
                self.out.unread.update(range(k - 1, k + 1))
                return False
            words = typed_text(self.request, self.tokens, k - 1, amount.end_tok)
            self.out.notes.append(NOTES["one_purchase"].format(words=words, amount=amount.describe()))
            self._use(k, amount.start_tok)
            return True
        if amount.end_tok < len(norms) and norms[amount.end_tok] in EACH_AFTER:   # 'orders of at least 50 each'
            self._use(amount.end_tok, amount.end_tok + 1)
            return True
        if self._said_in_one_event(seg, amount):     # 'spent over €300 in the same order', 'in one go'
            return True
        if amount.start_tok > 0 and self._typed(amount.start_tok - 1) in self.one_event_words and any(
                t.start == amount.end_tok and t.of("event", "kindword") for t in seg.spans):
            return True           # 'a 100 euro order', 'a €100+ order': the amount said inside the noun's phrase
        each = self._each_time(amount)
        if each is not None:      # 'twice this year, each time over 100', 'à chaque fois plus de 100 €'
            self._use(amount.start_tok - len(each), amount.start_tok)
            return True
        spent = any(norms[i] in self.spend_words for i in range(seg.start, seg.end))
        for s in seg.spans:
            if not (s.of("event", "kindword") or any(m.event for m in s.of("column"))):
                continue
            k = s.start      # back over the qualifiers and dimension values said before the noun ('a web shoe order')
            while (before := next((t for t in seg.spans if t.end == k and t.of("qualifier", "dimvalue")), None)):
                k = before.start
            said = self._typed_words(k - 1) if k > 0 else []    # 'one of their orders' is one token, 'their'
            said += [norms[i] for i in range(s.start, s.end)]      # 'placed an order', 'made a purchase'
            one = [w for w in said if w in self.one_event_words]
            if not one:
                continue
            if any(w in self.one_event_alone for w in one):
                return True
            if self._past_the_noun(seg, s.end, amount.start_tok) == amount.start_tok and not spent:
                return True
            # 'spent over €500 on an order': the amount said first, then the one event it was spent on
            j = amount.end_tok
            while j < k - 1 and norms[j] in ONE_EVENT_SPENT_ON:
                j += 1
            if spent and j == k - 1 and j > amount.end_tok and self._typed(k - 1) in self.one_event_words:
                return True
        # 'app order over €70', 'commande sur l'appli de plus de 70 €': an event's noun, its amount said right after
        # it, no word of spending or of a total: that event's own amount (read as a sum, silently). The plural ('app
        # orders of €100 or more') is each one's amount too, as a count before it says ('3+ app orders over €50'),
        # with a note: a sum is said with 'in total' (read as one, silently, it answered customers none of whose
        # orders reached it). A number that names what it counts ('bought more than 5 units', 'plus de 20 pièces')
        # is a total of that measure, never one event's amount
        # ('bought for more than €500', 'magasiné pour au moins 500 piasses': a verb and 'for' say what they spent,
        # the sum, as 'spent' does; read as one purchase's amount, the big spenders were lost, silently)
        nouns = [s for s in seg.spans if s.of("event", "kindword")
                 and self._past_the_noun(seg, s.end, amount.start_tok) == amount.start_tok
                 and not (self.norms[s.end] in SPENT_FOR and self._verb_form(s.end - 1))]
        # ... and so is the behaviour's measure said after a link ('receipts of 6 or more units', 'tickets de 6
        # articles ou plus'; 'bought more than 10 units', right after the verb, is their sum)
        measured = cond is not None and cond.measure is not None and bool(nouns) and nouns[0].end < amount.start_tok \
            and any(t.start == amount.end_tok and any(m.ref == cond.measure for m in t.of("column")) for t in seg.spans)
        if nouns and not spent and not any(MODIFIER_WORDS.get(norms[i]) == "total" for i in range(seg.start, seg.end)) \
                and (measured or not any(t.start == amount.end_tok for t in seg.spans)):
            noun = nouns[0]
            if self._typed(noun.end - 1).endswith(self.lexicon.plurals):
                if any(norms[i] in TOTAL_WORDS for i in range(seg.start, seg.end)):
                    return False          # 'online orders totalling over €100': their sum
                words = typed_text(self.request, self.tokens, noun.start, amount.end_tok)
                self.out.notes.append(NOTES["each_amount"].format(words=words, amount=amount.describe()))
            return True
        return False
