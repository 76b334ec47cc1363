"""Behaviours read together: what each is counted on, 'both', 'each', a period said once for several.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations


import dataclasses
from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    Condition, EventCondition, FlagValueCondition, GlossaryCondition,
    OrCondition, VersusCondition,
)
from assistant.translate.offline.asides import TITLE_MARKERS
from assistant.meaning import Comparison, Window
from assistant.translate.lang_en import (
    NEVER_WORDS, DETERMINERS, OPEN_DETERMINERS, TOTAL_WORDS,
    BOTH, LIST_ADDITIONS, NOTES, MODIFIER_WORDS, PURPOSE_WORDS, POINTING_WORDS, OWN_AMOUNT_LINKS, RESTARTING_WORDS,
    SAME_BEHAVIOUR_LINKS, ONE_PLACE_NOUNS, ONE_PLACE_DETERMINERS, POINTERS_TO_THE_ONE_BEFORE, POINTER_ARTICLES, SAME_THING_APPOSITIONS,
    CONNECTORS, SOME_OF_THE_COUNTED,
)
from assistant.translate.offline.text import fold
from assistant.translate.offline.parsed import (
    Segment, window_start,
)


# What an EventCondition may say that a fold into the one before would lose or change: either side saying one is read
# apart (_the_one_pointed_back)
_READ_APART = ("count", "amount", "own_amount", "rank", "measure", "top", "after", "of_latest", "since", "since_set",
               "running", "average", "first", "last", "among", "over")


class Coordination:
    """Behaviours read together: what each is counted on, 'both', 'each', a period said once for several."""

    def _untracked(self, conditions: list[Condition]) -> None:
        """'ceux qui ont ouvert nos SMS promo': a behaviour the catalog says is never recorded with the values said
        (SMS opens are not tracked) matches no customer; said in a note, never answered as if it were meant."""
        for c in conditions:
            for part in c.groups[0] if isinstance(c, OrCondition) and len(c.groups) == 1 else [c]:
                if not isinstance(part, EventCondition) or part.negated:
                    continue
                for dim, values in part.dims.items():
                    if all(set(map(str, values)) <= set(self.catalog.events[e].untracked.get(dim, ())) for e in part.events):
                        words = " ".join(t.text for t in self.tokens[part.start_tok:part.end_tok])
                        self.out.notes.append(NOTES["untracked"].format(
                            words=words, event=" or ".join(self.catalog.events[e].label for e in part.events),
                            kinds=", ".join(map(str, values))))

    def _lists_said_with_commas(self, conditions: list[Condition]) -> None:
        """'email, SMS, push opt-in', 'bought Nike, Adidas, Puma': values a customer may have several of (a yes/no
        column's values, a behaviour's) listed with commas only, no 'and' nor 'or', may say all of them or any one:
        asked ('comma_list'), naming the list. Read as any one, silently; 'and' reads each ('_each'), 'or' any."""
        if "," not in self.norms:
            return
        for c in conditions:
            said = []
            for s in self._values_listed(c):     # 'une notif push': two words of one value, side by side
                if said and said[-1].end == s.start:
                    said[-1] = dataclasses.replace(said[-1], end=s.end)
                else:
                    said.append(s)
            if len(said) < 2 or c.negated:
                continue
            # ('un email, un SMS, une notif push', 'des chaussures, des sacs': the comma and the next one's article)
            between = [self.norms[a.end:b.start] for a, b in zip(said, said[1:])]
            if all(w[:1] == [","] and all(n in DETERMINERS for n in w[1:]) for w in between):
                self.out.unclear.append((said[0].start, said[-1].end, "comma_list"))

    def _said_between_two_values(self, conditions: list[Condition], windows: list[Window]) -> None:
        """'bought shoes in store or bags', 'acheté des chaussures en magasin ou des sacs': a place or a period said
        between a behaviour's value and another one after 'or' (no verb of its own) may be said of both (bags in store)
        or of the first only (or bags anywhere): asked, each option the request said so (read as one of them, the
        bags were dropped with a note, or bought in store, silently)."""
        if "or" not in self.norms:
            return
        for c in conditions:
            if not isinstance(c, EventCondition) or c.negated:
                continue
            verb = next((s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok
                         and s.of("event", "kindword")), None)
            if verb is None:
                continue
            for o in range(verb.end, len(self.norms)):
                if self.norms[o] != "or":
                    continue
                first = [s for s in self.lexicon_spans if verb.end <= s.start and s.end <= o and s.of("dimvalue")]
                k = o + 1
                while k < len(self.norms) and (self.norms[k] in DETERMINERS or self.norms[k] in OPEN_DETERMINERS):
                    k += 1
                second = next((s for s in self.lexicon_spans if s.start == k and s.of("dimvalue")
                               and not s.of("event", "kindword", "qualifier")), None)
                if not first or second is None:
                    continue
                value = first[0]
                columns = {m.column for m in value.of("dimvalue")}
                between = [s for s in self.lexicon_spans if value.end <= s.start and s.end <= o]
                said = any(s.of("qualifier") for s in between) or any(
                    value.end <= w.start_tok and w.end_tok <= o for w in windows)
                if said and columns & {m.column for m in second.of("dimvalue")} and all(
                        s.of("qualifier") for s in between) and not any(
                        columns & {m.column for m in s.of("dimvalue")} for s in between):
                    self.out.said_between.append((verb.start, verb.end, value.start, value.end, o, second.end))
                    self._use(o, o + 1)
                    self._use(second.start, second.end)
                    return

    def _values_listed(self, c: Condition) -> list:
        """The spans of the values `c` holds, in its words: a yes/no column's values ('opted in to email, SMS'), a
        behaviour's values of one dimension; none for a customer's own value (one each: 'in Paris, Lyon')."""
        if isinstance(c, FlagValueCondition) and len(c.values) > 1:
            columns = {c.column}
            kind = "value"
        elif isinstance(c, EventCondition):
            dim = next((d for d, values in c.dims.items() if len(values) > 1), None)
            if dim is None:
                return []
            columns = {self.catalog.events[e].dimensions[dim].column for e in c.events}
            kind = "dimvalue"
        else:
            return []
        return [s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok
                and any(m.column in columns for m in s.of(kind))]

    def _said_of_the_counted(self, c: EventCondition, seg: Segment, out: list[Condition]) -> bool:
        """'three or more orders in the app, of over €100 each, in H1', 'at least 2 tickets with a score of 1': a
        clause after a comma (or 'with') that only says an amount, a period or a value of the behaviour, with no
        behaviour of its own, says it of the behaviour counted just before: folded into it (each event's amount,
        the count's period, the counted events' value). Read as behaviours of their own, the count was of any
        such event over all time and the amount a total, silently. True when folded."""
        before = self.last_event
        if c.average:
            self._average_of_the_counted(c, seg, before, out)
            return False
        # '... web order with 4+ units that came to under €80': a sum of money said of the event just measured
        own = before is not None and before.measure is not None and before.amount is not None and \
            before.own_amount is None and c.measure is None and c.amount is not None and c.amount.currency and \
            seg.after in OWN_AMOUNT_LINKS and all(self.catalog.events[e].amount for e in before.events)
        # a measure of the events said with no behaviour noun of its own ('with 4+ units') reads every event that has
        # it (store and online): said of the counted event, it is that event's channel only, never widened
        measured = before is not None and c.measure is not None and set(before.events) < set(c.events) \
            and before.measure is None
        if measured and before in out and before.count is None and before.amount is None and not (
                before.first or before.last or before.average or before.negated or before.rank is not None or
                before.top is not None) and seg.after == "with":
            # 'a web order with 4+ units': one such order (read alone, the units were over every store purchase too)
            before.count = Comparison(">=", 1, before.start_tok, before.start_tok, times=True)
        if before is None or before not in out or before.count is None or before.negated or c.negated or \
                seg.after not in (",", "", "with") and not own or any(s.of("event", "kindword") for s in seg.spans) or \
                c.count is not None and not self._implied_count(c) or \
                c.events != before.events and not (measured or own and set(before.events) <= set(c.events)) or \
                any(c.dims.get(k) != v for k, v in before.dims.items()):
            return False
        dims = {k: v for k, v in c.dims.items() if k not in before.dims}    # 'at least 2 tickets with a score of 1'
        if own and not dims and c.window in (None, before.window) and not c.average:
            before.own_amount = c.amount
            before.end_tok = max(before.end_tok, c.end_tok)
            return True
        if measured and before.amount is not None and before.amount.currency and c.own_amount is None and \
                c.amount is not None:      # 'an order over €100 with 4+ units': its own amount beside its units
            before.own_amount, before.amount = before.amount, None
        if c.amount is not None and before.amount is None and not c.average and before.count.value > 1 and any(
                n in TOTAL_WORDS or MODIFIER_WORDS.get(n) == "total" for n in self.norms[seg.start:seg.end]):
            # '3 purchases last year, for a total of at least 380': the sum of the counted events, in their period
            # (folded in, it was each one's amount, silently); one event's total is its own ('one order ... that came
            # to under €80')
            c.window = c.window or before.window
            return False
        if not (c.amount or c.window or dims) or c.amount is not None and before.amount is not None or \
                c.measure != before.measure and before.measure is not None or c.average or \
                c.window is not None and before.window is not None and c.window != before.window:
            return False
        before.measure = before.measure or c.measure
        before.own_amount = before.own_amount or c.own_amount
        before.amount = before.amount or c.amount
        before.window = before.window or c.window
        before.dims.update(dims)
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _count_of_the_one_before(self, c: EventCondition, seg: Segment, out: list[Condition]) -> bool:
        """'ordered online within 72 hours after a store visit, and that at least twice since January', 'et ce au
        moins deux fois depuis le 1er janvier': a count (and its period) said after words that point back at the
        behaviour just said (lang_en.SAME_BEHAVIOUR_LINKS), with no behaviour of its own, counts that behaviour's
        events: folded into it. Read alone it counted any such event, not the ones within 72 hours of a store visit,
        silently. True when folded."""
        before = self.last_event
        k = seg.start
        while k < seg.end and self.norms[k] == ",":
            k += 1
        # the words open the clause, or end the stretch just before it (a separator of the segments)
        linked = any(tuple(self.norms[k:k + len(p)]) == p or k >= len(p) and tuple(self.norms[k - len(p):k]) == p
                     for p in SAME_BEHAVIOUR_LINKS)
        if not linked or before is None or before not in out or c.count is None or before.count is not None \
                or before.negated or c.negated or c.events != before.events or c.dims != before.dims \
                or any(s.of("event", "kindword") for s in seg.spans) or c.amount is not None or c.average \
                or c.window is not None and before.window is not None and c.window != before.window:
            return False
        before.count, before.window = c.count, before.window or c.window
        before.since = before.since or c.since
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _the_one_pointed_back(self, c: EventCondition, out: list[Condition]) -> bool:
        """'ordered online in June and whose order was returned', 'écrit au SAV par mail et dont le ticket n'est pas
        encore résolu': a behaviour's noun said again after a word that points back at the thing the clause before
        named (lang_en.POINTERS_TO_THE_ONE_BEFORE) is that very thing: its values are said of the same events, in the
        same period (read apart, any June order and any returned order, or any e-mail ticket and any open one, were
        required, silently). Folded into the one before when nothing of either needs reading apart: no count, amount,
        rank or other behaviour, no value said differently, no period of its own unlike the one before's. A noun of
        another event of the same rows ('ordered online and their order was cancelled': the cancelled orders) takes
        the one before's place. True when folded."""
        before = self.last_event
        if before is None or before not in out or c.negated or before.negated or not self._pointed_back(c):
            return False
        shared = set(c.events) & set(before.events)
        if shared:
            events = tuple(e for e in before.events if e in shared)
        elif {self.catalog.events[e].table for e in c.events} == {self.catalog.events[e].table for e in before.events}:
            events = c.events          # the same rows, narrowed by the noun's own event ('their order was cancelled')
        else:
            return False
        if any(getattr(x, f) for x in (c, before) for f in _READ_APART) \
                or c.window is not None and before.window is not None and c.window != before.window \
                or any(before.dims.get(d, v) != v for d, v in c.dims.items()):
            return False
        dims = {d: v for d, v in before.dims.items() if all(d in self.catalog.events[e].dimensions for e in events)}
        if len(dims) < len(before.dims):
            return False       # a value of the one before its noun's event cannot hold: said apart
        before.events, before.dims = events, {**dims, **c.dims}
        before.window = before.window or c.window
        for f in ("days", "months", "hours"):
            setattr(before, f, getattr(before, f) or getattr(c, f))
        before.measured = {**before.measured, **c.measured}
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _pointed_back_apart(self, c: EventCondition, out: list[Condition]) -> bool:
        """'... who took no travel insurance on that booking', 'sur cette réservation': a behaviour's noun right after
        'that' / 'this' whose rows a behaviour read before holds (the trip, of the same booking files) points at that
        one, which no reading ties to the clause it is said in. It is no behaviour of its own (read as one, it was any
        booking, or, denied with the clause, no booking at all): left to the one before, and said so. True when so."""
        if any(getattr(c, f) for f in _READ_APART) or c.dims or c.other_than or c.window is not None:
            return False      # something is said of it ('whose average order value on those orders'): read
        events = set(c.events)
        noun = next((s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok
                     and any(m.event in events for m in s.of("event", "kindword"))), None)
        if noun is None or noun.start == 0 or self.norms[noun.start - 1] not in POINTING_WORDS:
            return False
        tables = {self.catalog.events[e].table for e in c.events}
        if not any(isinstance(o, EventCondition) and o is not c and not o.negated
                   and tables & {self.catalog.events[e].table for e in o.events} for o in out):
            return False
        self.out.notes.append(NOTES["pointed_apart"].format(
            words=self._words(noun.start - 1, noun.end), label=" or ".join(self.catalog.events[e].label for e in c.events)))
        self._use(noun.start - 1, noun.end)
        return True

    def _pointed_back(self, c: EventCondition) -> bool:
        """Whether c's behaviour is named by a noun right after a word pointing back ('whose order', 'dont le
        ticket', 'and the ticket') or in an apposition (', with a ticket still pending'), not by a verb ('and that
        ordered again')."""
        noun = next((s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok and s.of("event", "kindword")),
                    None)
        if noun is None or self._said_as_verb(noun):
            return False
        if any(tuple(self.norms[max(0, noun.start - len(p)):noun.start]) == p for p in SAME_THING_APPOSITIONS):
            return True
        k = noun.start - 1
        if k >= 0 and self.norms[k] in POINTER_ARTICLES:       # (the connectors hold ',' and ';')
            return k > 0 and (self.norms[k - 1] in POINTERS_TO_THE_ONE_BEFORE or self.norms[k - 1] in CONNECTORS)
        return k >= 0 and self.norms[k] in POINTERS_TO_THE_ONE_BEFORE

    def _one_place_of_many(self, out: list[Condition]) -> None:
        """'shopped at the Paris store', 'acheté au magasin de Paris': one place (a singular noun of it after a
        singular definite determiner) said by a value its table may hold for several (a city: the stores also have
        names, a dimension of the same event in the same table). Read as every place with that value, in a note:
        one of them may be meant."""
        for c in (c for c in out if isinstance(c, EventCondition) and c.dims):
            for dim in c.dims:
                columns = {self.catalog.events[e].dimensions[dim].column for e in c.events
                           if dim in self.catalog.events[e].dimensions}
                tables = {col.rsplit(".", 1)[0] for col in columns}
                # a value with names in other words (a city: 'Anvers' is Antwerp) of places that have their own names
                # (the stores' names: a free-text column of the same table, with no such names)
                place = any(self.catalog.column(col).names for col in columns)
                names = {d for e in c.events for d, o in self.catalog.events[e].dimensions.items()
                         if d != dim and o.column.rsplit(".", 1)[0] in tables and self.catalog.column(o.column).free_text
                         and not self.catalog.column(o.column).names}
                named = place and names and not names & set(c.dims)      # ('Batavia Stad, the Amsterdam outlet')
                span = next((s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok
                             and any(m.dim == dim for m in s.of("dimvalue"))), None)
                if not named or span is None:
                    continue
                n, a = self.norms, span.start
                after = span.end < len(n) and n[span.end] in ONE_PLACE_NOUNS and a > 0 and n[a - 1] in ONE_PLACE_DETERMINERS
                before = a >= 3 and n[a - 1] == "of" and n[a - 2] in ONE_PLACE_NOUNS and n[a - 3] in ONE_PLACE_DETERMINERS
                if after or before:
                    start, end = (a - 1, span.end + 1) if after else (a - 3, span.end)
                    self.out.notes.append(NOTES["one_place_of_many"].format(
                        words=self._words(start, end), value=" or ".join(c.dims[dim])))

    def _own_amount_alone(self, c: EventCondition) -> None:
        """'bought 4+ units for under €80': a sum of money beside a measure, with no one event said nor a counted
        behaviour before to hold both: of one purchase, or totals over all of them? Asked, never guessed."""
        if c.own_amount is None or c._each(self.catalog):
            return
        said = range(c.own_amount.start_tok, c.own_amount.end_tok)
        self.out.used.difference_update(said)
        self.out.unread.update(said)
        c.own_amount = None

    def _average_of_the_counted(self, c: EventCondition, seg: Segment, before: EventCondition | None,
                                out: list[Condition]) -> None:
        """'at least 3 online orders in 2025 with an average order value over 180', '..., panier moyen de plus de
        180 €': an average said after a comma or 'with', with no behaviour or count of its own, is the average of the
        events just counted, over their period: a condition of its own on those events. Folded into the count it
        read 3 orders each over 180; read alone, the average of every purchase over all time; both unsaid."""
        if before is None or before not in out or before.count is None or before.negated or c.negated or \
                c.count is not None or c.amount is None or seg.after not in (",", "", "with") or \
                any(s.of("event", "kindword") for s in seg.spans) or not set(before.events) <= set(c.events) or \
                any(c.dims.get(k, v) != v for k, v in before.dims.items()) or \
                c.window is not None and before.window is not None and c.window != before.window:
            return
        c.events, c.dims = before.events, {**before.dims, **c.dims}
        c.window = c.window or before.window

    def _said_as_a_purpose(self, c: EventCondition) -> None:
        """'VIP customers in Lyon for a reactivation campaign': a behaviour read from words after 'for', with no verb
        of its own, may only say what the audience is for (read as 'received a win-back message', without a word);
        said so. 'received an email for the reactivation campaign' has its verb: nothing to say."""
        start = next((k for k in range(max(c.start_tok - 1, 0), c.end_tok) if self.norms[k] in PURPOSE_WORDS), None)
        if c.negated or start is None or self._names_behaviour(c.start_tok, start) or not any(
                fold(self.tokens[k].text.lower()) in TITLE_MARKERS for k in range(start + 1, c.end_tok)):
            return      # a campaign named after 'for' ('a reactivation campaign'), not a topic ('pour un pb de livraison')
        events = ", ".join(self.catalog.events[e].label for e in c.events)
        self.out.notes.append(NOTES["purpose"].format(words=self._words(start, c.end_tok), events=events))

    def _before_the_one_before(self, c: EventCondition, out: list[Condition]) -> None:
        """'abandoned a cart in the last 2 weeks and had already bought from us before that', '... qui avaient déjà
        acheté chez nous avant': 'before (that)' closing the behaviour is before the period of the one said just
        before it (said in a note). Read as 'ever', it took the purchases of that period too, silently."""
        k = next((k for k in range(c.start_tok, min(c.end_tok + 1, len(self.norms))) if self.norms[k] == "before"
                  and (k + 1 == len(self.norms) or self.norms[k + 1] in POINTING_WORDS | {"then", "(", ",", "."})), None)
        before = next((o for o in reversed(out[:-1]) if isinstance(o, (EventCondition, GlossaryCondition))), None)
        if k is None or c.window is not None or before is None or before.window is None:
            return
        start = window_start(before.window, self.as_of)
        if start is None:
            return
        end = k + 2 if k + 1 < len(self.norms) and self.norms[k + 1] in POINTING_WORDS | {"then"} else k + 1
        self._use(k, end)
        c.window = Window(self._words(k, end), k, end, end=start)
        self.out.notes.append(NOTES["before_window"].format(words=self._words(c.start_tok, c.end_tok),
                                                            period=before.window.describe()))

    def _said_as_the_manner(self, c: EventCondition, out: list[Condition]) -> None:
        """'came to the site by clicking an email', 'venus sur le site en cliquant dans un emailing': a behaviour said
        as how the one before happened is read as a behaviour of its own, and said so (it may only say how: the
        visit's traffic source already is the e-mail)."""
        before = next((o for o in reversed(out[:-1]) if isinstance(o, EventCondition)), None)
        if before is None or c.negated or before.negated or set(c.events) & set(before.events):
            return
        for k in range(max(before.start_tok, c.start_tok - 2), c.end_tok - 1):
            lead, verb = self.tokens[k].text.lower(), self.tokens[k + 1].text.lower() if k + 1 < len(self.tokens) else ""
            if verb.endswith(self.manner_leads.get(lead, ())) and verb.isalpha():
                self.out.notes.append(NOTES["manner"].format(
                    words=self._words(k, c.end_tok), before=self._words(before.start_tok, max(k, before.start_tok + 1))))
                return

    def _amount_in_compared_window(self, c: EventCondition, out: list[Condition]) -> None:
        """'spent more in store than online over the past year, with at least €300 in store': an amount of one of the
        sides compared just before, with no period of its own, is that side's in the comparison's period (said in a
        note). Read over all time, it took customers whose €300 was spent years ago, silently."""
        if c.amount is None or c.window is not None or c.count is not None or c.negated:
            return
        versus = next((v for v in reversed(out) if isinstance(v, VersusCondition) and not v.negated), None)
        if versus is None or versus.left.window is None or versus.left.window != versus.right.window or \
                not set(c.events) <= set(versus.left.events) | set(versus.right.events) or \
                any(MODIFIER_WORDS.get(self.norms[i]) == "ever" for i in range(versus.end_tok, c.end_tok)):
            return
        c.window = versus.left.window
        self.out.notes.append(NOTES["same_window"].format(words=self._words(c.start_tok, c.end_tok),
                                                          period=c.window.describe()))

    def _counted_in_share_window(self, c: EventCondition, out: list[Condition]) -> None:
        """'email click rate of 30% or more so far this year, min. 8 emails received': a count of the whole's events
        said right after a share of them, with no period of its own, is counted in the share's period (said in a
        note). Read over all time, the 8 emails could be years old, silently."""
        if c.count is None or c.negated or len(out) < 2:
            return
        versus = out[-2]
        if c.window is not None:
            self._share_in_the_period_after(versus, c)
            return
        if not isinstance(versus, VersusCondition) or versus.negated or versus.share is None or \
                versus.measure != "count" or versus.right.window is None or \
                not set(c.events) <= set(versus.right.events) or \
                any(MODIFIER_WORDS.get(self.norms[i]) == "ever" for i in range(versus.end_tok, c.end_tok)):
            return
        c.window = versus.right.window
        self.out.notes.append(NOTES["same_window"].format(words=self._words(c.start_tok, c.end_tok),
                                                          period=c.window.describe()))

    def _share_in_the_period_after(self, versus: Condition, c: EventCondition) -> None:
        """'more than half of their purchases on the app, over the last two years (at least 4 purchases)', 'plus de la
        moitié de leurs achats sur l'appli, sur les deux dernières années (minimum 4 achats)': a period that opens
        the clause right after a share with none of its own, the clause counting the share's whole ('(at least 4
        purchases)'), is the share's too (said in a note). Read as the count's only, the share was over all time, silently."""
        if not isinstance(versus, VersusCondition) or versus.negated or versus.share is None or \
                versus.left.window is not None or versus.right.window is not None or \
                not set(c.events) <= set(versus.right.events) or \
                any(w != "," for w in self.norms[versus.end_tok:c.window.start_tok]) or \
                not c.start_tok <= c.window.start_tok <= c.start_tok + 1:
            return
        versus.left.window = versus.right.window = c.window
        self.out.notes.append(NOTES["same_window_after"].format(words=self._words(versus.start_tok, versus.end_tok),
                                                          period=c.window.describe()))

    def _some_of_the_counted(self, c: EventCondition, before: EventCondition | None) -> None:
        """'at least 2 purchases in the last 12 months, at least one of them online', 'dont au moins un en ligne',
        'including one in store': a behaviour said, after words that make it some of the events just counted
        (SOME_OF_THE_COUNTED), of those events' kinds is among them: it takes their period and values (read alone,
        the online order was one at any time, silently). Said in a note."""
        if before is None or before is c or before.count is None or before.negated or c.negated \
                or c.window is not None or not set(c.events) <= set(before.events) or c.start_tok < before.end_tok:
            return
        lead = next(((k, k + len(p)) for k in range(before.end_tok, c.end_tok) for p in SOME_OF_THE_COUNTED
                     if tuple(self.norms[k:k + len(p)]) == p), None)
        if lead is None or any(self.norms[k] not in (",", "-") for k in range(before.end_tok, min(lead[0], c.start_tok))):
            return
        self.out.used.update(range(*lead))
        for dim, values in before.dims.items():
            if self.catalog.same_dimension(dim, before.events, c.events):
                c.dims.setdefault(dim, values)
        if before.window is not None:
            c.window = before.window
            self.out.notes.append(NOTES["same_window"].format(words=self._words(c.start_tok, c.end_tok),
                                                              period=before.window.describe()))

    def _counted_in_window(self, c: EventCondition, before: EventCondition | None, seg: Segment) -> None:
        """'sent more than ten messages this quarter who clicked fewer than two': a count of the same records
        with no window of its own is counted in the window of the one before it (said in a note); so is an average
        of them ('2 or more tickets in the past year whose average rating is under 2.5': it was over all time)."""
        if c.count is None and not c.average or c.window is not None or before is None or before.window is None \
                or before is c:
            return
        tables = {self.catalog.events[e].table for e in c.events}
        if tables != {self.catalog.events[e].table for e in before.events} or \
                any(MODIFIER_WORDS.get(self.norms[i]) == "ever" for i in range(seg.start, seg.end)):
            return
        # 'never opened a single push', 'n'ont jamais ouvert une seule notif': 'never' with one event is none at
        # any time, no count of the records said before (it was read in their period, with a note)
        if c.negated and c.count is not None and c.count.op == ">=" and c.count.value == 1 and \
                any(self.norms[i] in NEVER_WORDS for i in range(seg.start, seg.end)):
            return
        c.window = before.window
        self.out.notes.append(NOTES["same_window"].format(words=self._words(c.start_tok, c.end_tok),
                                                          period=before.window.describe()))

    def _both(self, start: int, end: int, out: list[Condition]) -> None:
        """'both bought in store and contacted support in March': the period said once, at the end, is both's."""
        events = [c for c in out if isinstance(c, EventCondition)]
        first = next((i for i in range(start, end) if self.norms[i] in BOTH and i in self.out.used), None)
        if first is None or len(events) < 2 or first > events[0].start_tok:
            return
        last = events[-1]
        if last.window is not None and all(c.window is None for c in events[:-1]):
            for c in events[:-1]:
                c.window = last.window

    def _each(self, out: list[Condition]) -> list[Condition]:
        """'bought Nike and Adidas', 'a cancelled order and a returned order', 'shopped in our stores in both France
        and Germany': values of an attribute of a behaviour joined by 'and' are that behaviour with each value (one
        condition each, with all else that was said of it), never a list that either meets (values of the profile,
        'de Lyon et Marseille', can only be a list). A negated behaviour keeps its list ('never bought Nike and
        Adidas': neither)."""
        split: list[Condition] = []
        for c in out:
            groups = self._values_said_with_and(c) if isinstance(c, EventCondition) and not c.negated else None
            if groups is None:
                split.append(c)
                continue
            dim, values = groups
            if c.amount is not None and c.count is None and not c.average and c.top is None and c.rank is None:
                # 'spent more than 200 on shoes and bags': one total over the things said (read as 200 on each,
                # silently): kept as one list, said so
                self.out.notes.append(NOTES["one_total_over"].format(
                    words=self._words(c.start_tok, c.end_tok), amount=c.amount.describe()))
                split.append(c)
                continue
            split += [dataclasses.replace(c, dims={**c.dims, dim: v}) for v in values]
        return split

    def _values_said_with_and(self, c: EventCondition) -> tuple[str, list[tuple]] | None:
        """The dimension of `c` whose values were said apart and joined by 'and', with each value said."""
        for dim, values in c.dims.items():
            if len(values) < 2:
                continue
            column = {self.catalog.events[e].dimensions[dim].column for e in c.events}
            said = [s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok and any(
                m.column in column and set(m.values) <= set(values) for m in s.of("dimvalue"))]
            between = [w for a, b in zip(said, said[1:]) for w in self.norms[a.end:b.start]]
            if len(said) > 1 and "and" in between and "or" not in between and "nor" not in between:
                seen = []
                for s in said:
                    got = tuple(v for m in s.of("dimvalue") if m.column in column for v in m.values if v in values)
                    if got and got not in seen:
                        seen.append(tuple(dict.fromkeys(got)))
                return (dim, seen) if len(seen) > 1 else None
        return None

    def _period_said_in_front(self, out: list[Condition]) -> None:
        """'customers who, in the last 12 months, bought shoes, returned an order and opened an e-mail', 'qui, depuis
        janvier, ont acheté ... et ouvert ...': a period said once, in front of the first of behaviours listed with
        'and', is each one's; a note names each behaviour that takes it. The list stops at a behaviour with its own
        period, a negated one, one read after the one before, or one said 'ever'."""
        events = [c for c in out if isinstance(c, EventCondition)]
        if len(events) < 2 or events[0].window is None or events[0].negated or events[0].after is not None \
                or events[0].window.start_tok > events[0].start_tok:        # said after its verb: its own
            return
        first, run = events[0], []
        for c in events[1:]:
            between = set(self.norms[(run or [first])[-1].end_tok:c.start_tok])
            if c.window is not None or c.negated or c.after is not None or not between <= {",", "and"} | LIST_ADDITIONS or any(
                    o not in run and o is not first and (run or [first])[-1].end_tok <= o.start_tok < c.start_tok
                    for o in out) or any(MODIFIER_WORDS.get(n) == "ever" for n in self.norms[c.start_tok:c.end_tok]):
                break
            run.append(c)
        joins = [w for a, b in zip([first] + run, run) for w in self.norms[a.end_tok:b.start_tok]]
        if "and" not in joins:     # 'A, B': no list said, the comma may end the clause
            return
        for c in run:
            c.window = first.window
            words = typed_text(self.request, self.tokens, c.start_tok, c.end_tok)
            self.out.notes.append(NOTES["window_for_all"].format(period=first.window.text, words=words))

    def _period_said_once(self, out: list[Condition], said: str = "and") -> None:
        """'achat en magasin ET achat en ligne depuis janvier', 'bought Nike and Adidas this year': a period said once,
        after the last of behaviours joined by 'and', is each one's (not only the last's; a behaviour said 'ever'
        keeps all time). Said of behaviours of different kinds ('bought ... and opened an e-mail ...') it could be
        meant for the last only: the note says so."""
        events = [c for c in out if isinstance(c, EventCondition)]
        # 'didn't open an e-mail or click a push this month': the negation said once before the 'or' is both sides',
        # and so is the period said after them (neither one this month)
        # ('never opened ...': all time, never a period's)
        neither = said == "or" and bool(events) and events[0].negated and \
            "never" not in self.norms[events[0].start_tok:events[0].end_tok]
        # 'online or not in store this year', 'en ligne ou pas en magasin cette année': the period said once after
        # an 'or' whose last side alone is negated is both sides' too (read as the last's only, the first side took
        # every order ever, silently); said in a note
        negated_side = said == "or" and bool(events) and events[-1].negated and not neither
        if len(events) < 2 or events[-1].window is None or events[-1].negated and not (neither or negated_side):
            return
        last = events[-1]
        if not last.start_tok <= last.window.start_tok < last.end_tok:     # its own, said after it began
            return
        run = [last]
        for c in reversed(events[:-1]):
            between = self.norms[c.end_tok:run[0].start_tok]
            # the same behaviour said again after a count that caps it ('bought only once, and that was 6 months
            # ago'): the period is the second saying's; given to the first too, 'once' was counted in it only
            capped = c.count is not None and c.count.op in ("=", "<", "<=") and last.count is None
            # 'opened the August e-mail without clicking, and bought nothing since': what is done 'without' is of
            # the behaviour before it (its window), never of the period said after; 'bought in store and then
            # ordered online in 2025': a period said with a behaviour read after the one before is the later one's
            without = "without" in self.norms[max(c.start_tok - 1, 0):c.start_tok + 1]
            # 'bought shoes, returned an order and opened an e-mail in 2025': a comma lists as the 'and' after it
            listed = len(run) > 1 and set(between) == {","}
            # 'whose average basket is above €250 and who ordered online at least 3 times in 2025': a clause of its
            # own ('and who ...'), its period its own (given to the average too, the basket was 2025's, silently).
            # A behaviour of another kind before it still takes the period, with the note that says so.
            restarted = not RESTARTING_WORDS.isdisjoint(between) and \
                {self.catalog.events[e].kind for e in c.events} == {self.catalog.events[e].kind for e in last.events}
            # '... who bought climbing gear or premium Alpinex buyers on the website since August': the people named
            # again after the connector are a group of their own, the period said in it its own
            restarted = restarted or any(self.norms[k] == said and self._people_named_at(k + 1, self.lexicon_spans)
                                         for k in range(c.end_tok, run[0].start_tok))
            if c.window is not None or restarted or c.negated and not neither or without or said not in between and not listed or \
                    run[0].after is not None or \
                    capped and (c.events, c.dims) == (last.events, last.dims) or any(
                    o not in run and c.end_tok <= o.start_tok < run[0].start_tok for o in out) or any(
                    MODIFIER_WORDS.get(n) == "ever" for n in self.norms[c.start_tok:c.end_tok]):
                break
            run.insert(0, c)
        kinds = {self.catalog.events[e].kind for e in last.events}
        for c in run[:-1]:
            c.window = last.window
            if {self.catalog.events[e].kind for e in c.events} != kinds or negated_side:    # 'bought ... and opened an e-mail ...'
                words = typed_text(self.request, self.tokens, c.start_tok, c.end_tok)
                self.out.notes.append(NOTES["window_for_both"].format(period=last.window.text, words=words))
