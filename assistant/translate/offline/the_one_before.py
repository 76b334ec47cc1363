"""What a part says of the behaviour said just before it: its period, its state, its place, its order in time.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations

import datetime as dt


import dataclasses
from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    Condition, EventCondition, FlagValueCondition, Follows, OrCondition, ValueCondition, VersusCondition,
)
from assistant.translate.offline.event_filters import disjoint
from assistant.translate.offline.lexicon import Span
from assistant.meaning import Window
from assistant.translate.lang_en import (VAGUE_WORDS,
    SEASONS, SINCE_DAY_WORDS, SINCE_CLAUSE_LINKS, GERUND_ENDINGS, THING_PRONOUNS, AUXILIARY_VERBS,
    OWN_TIME_WORDS, POSSESSION_WORDS, HAVE_VERBS,
    FOLLOW_EMPHASIS, FIRST_WORDS, ONE_WORDS, AGAIN_ORDINALS,
    HELD_DETERMINERS, BOTH, FUNCTION_WORDS, EXCLUDED_PEOPLE, LEADING_WORDS, NOTES, MODIFIER_WORDS, NEGATIONS, PRONOUNS, CLAUSE_ENDS, WITHIN_WORDS, FOLLOW_ANCHORS, FOLLOW_LINKS, OBJECT_POINTERS, STATEMENT_VERBS, USE_VERBS, CLAUSE_EDGES, DETERMINERS, POINTING_WORDS, RELATIVE_WORDS, RELATIVE_SUBJECTS, STATE_ADVERBS,
)
from assistant.translate.offline.parsed import (
    PREFIX_NEGATIONS, Segment, any_at_all, column_name, same_days,
)


class TheOneBefore:
    """What a part says of the behaviour said just before it: its period, its state, its place, its order in time."""

    def _compared_together(self, v: VersusCondition) -> EventCondition | None:
        """'spent more online than in store over the last 6 months, for at least 400 € in total in that period': the
        behaviour a comparison of two places (or values) in one period says is both sides' events together, for what
        follows with no behaviour of its own (read apart, the amount named nothing and was asked). Two periods
        compared ('this year than last year'), a side with its own count or bound, or values said on one side only,
        make no one behaviour: None."""
        a, b = v.left, v.right
        if a is None or b is None or a.negated or b.negated or not same_days(a.window, b.window) and (a.window, b.window) != (None, None):
            return None
        if any(c.count is not None or c.amount is not None or c.first or c.last or c.after is not None or c.since
               or c.days or c.months or c.hours or c.other_than or c.measure for c in (a, b)):
            return None
        if set(a.dims) != set(b.dims):
            return None
        dims = {d: tuple(dict.fromkeys((*a.dims[d], *b.dims[d]))) for d in a.dims}
        events = tuple(dict.fromkeys((*a.events, *b.events)))
        return EventCondition(v.start_tok, v.end_tok, events=events, dims=dims, window=a.window)

    def _negation_in_window(self) -> None:
        """'visited the site last week but didn't order', 'added to cart in the last 7 days without ordering': a
        behaviour negated right after a behaviour with a period, in the same sentence, with no period or count of its
        own (or only 'a single', 'pas une seule': not one of them), is negated in that period (said in a note); so is
        one excluded by 'without', 'but not' or 'but no' (not by 'except', 'hors': a group of its own). Read over all
        time it removed everyone who ever ordered, silently.
        'never', 'ever', 'yet', 'at all', 'since' keep their own reading, and so does what is had ('with an open
        ticket')."""
        said = sorted((c for c in self.out.criteria + self.out.exclusions if isinstance(c, EventCondition)),
                      key=lambda c: c.start_tok)
        excluded = {id(c) for c in self.out.exclusions}
        for before, c in zip(said, said[1:]):
            negated = c.negated or id(c) in excluded
            if not negated or id(c) in self.own_time or before.negated or id(before) in excluded or before.window is None or \
                    c.window is not None or c.count is not None and not any_at_all(c.count) or c.after or \
                    c.amount is not None or c.average:
                continue
            between = self.norms[before.end_tok:c.end_tok]
            if any(b in self.sentence_ends for b in range(before.end_tok + 1, c.start_tok + 1)) or \
                    any(MODIFIER_WORDS.get(n) == "ever" or n in OWN_TIME_WORDS for n in between) or \
                    ("at", "all") in zip(between, between[1:]) or self._possessed(before.end_tok, c.end_tok) or \
                    self._people_named(before.end_tok, c.end_tok):
                continue
            c.window = before.window
            self.out.notes.append(NOTES["same_window"].format(words=self._words(c.start_tok, c.end_tok),
                                                              period=before.window.describe()))

    def _messages_of_the_consent_before(self) -> None:
        """'subscribed to email but haven't opened any in 6 months', 'abonnés aux e-mails, mais qui n'en ont pas ouvert
        un seul': a behaviour whose object is a pronoun (lang_en.THING_PRONOUNS; French 'en' reads 'any') and no value
        of its own, right after a consent to a channel, is of that channel's messages (read of every message, the
        opens of push were counted, silently): the consent's values, on the dimension of the same column name."""
        said = sorted(self.out.criteria + self.out.exclusions, key=lambda c: c.start_tok)
        for before, c in zip(said, said[1:]):
            if not isinstance(c, EventCondition) or c.dims or not isinstance(before, FlagValueCondition) \
                    or before.negated or not self._pronoun_object(max(before.end_tok, c.start_tok - 3), c.end_tok):
                continue
            name = before.column.rsplit(".", 1)[1]
            events = [self.catalog.events[e] for e in c.events]
            dims = [d for d, dim in events[0].dimensions.items() if dim.column.rsplit(".", 1)[1] == name
                    and all(d in e.dimensions and e.dimensions[d].column == dim.column for e in events)
                    and {str(v) for v in before.values} <= set(self.catalog.column(dim.column).values)]
            if len(dims) == 1:
                c.dims[dims[0]] = tuple(before.values)
                self.out.notes.append(NOTES["messages_of_the_consent"].format(
                    words=self._words(c.start_tok, c.end_tok), channel=" or ".join(map(str, before.values))))

    def _pronoun_object(self, a: int, b: int) -> bool:
        """A pronoun (THING_PRONOUNS) right after a behaviour's verb in [a, b) ('opened any'), or before it with only
        auxiliaries and negations between ('n'en ont pas ouvert': 'any have not opened'); never a word of something
        else ('aucun message (tous canaux)': 'any channel')."""
        verbs = [s for s in self.lexicon_spans if a <= s.start and s.end <= b and s.of("event")]
        links = AUXILIARY_VERBS | NEGATIONS | {""}
        return any(self.norms[k] in THING_PRONOUNS and any(
            v.end == k or k < v.start and all(n in links for n in self.norms[k + 1:v.start]) for v in verbs)
            for k in range(a, b))

    def _not_since_a_season(self) -> None:
        """'who haven't shopped since the spring', 'pas magasiné depuis le printemps': read from the season's start,
        it could as well mean since it ended (their last purchase was in the spring): said in a note, with how to say
        the other."""
        excluded = {id(c) for c in self.out.exclusions}
        for c in self.out.criteria + self.out.exclusions:
            w = c.window if isinstance(c, EventCondition) else None
            season = next((n for n in self.norms[w.start_tok:w.end_tok] if n in SEASONS), None) if w else None
            if season is None or not (c.negated or id(c) in excluded) or w.end is not None or w.start is None \
                    or self.norms[w.start_tok] != "since":
                continue
            months = w.start.month - 1 + SEASONS[season][1]      # the day after the season ends
            after = dt.date(w.start.year + months // 12, months % 12 + 1, 1)
            self.out.notes.append(NOTES["not_since_season"].format(words=w.text, start=w.start, after=after))

    def _people_named(self, start: int, end: int) -> bool:
        """Are people named again in [start, end) ('excluding those who unsubscribed', 'sauf ceux qui ...')? Then
        what follows is a group of its own, not the behaviour before continued."""
        return any(n in EXCLUDED_PEOPLE or n in RELATIVE_WORDS for n in self.norms[start:end]) or \
            any(start <= s.start < end and s.of("entity") for s in self.lexicon_spans)

    def _possessed(self, start: int, end: int) -> bool:
        """Is what is said in [start, end) had rather than done ('those with an open ticket', 'who still have a
        pending order', 'ceux qui ont un ticket non résolu')? A state held now, not a behaviour of a period."""
        return any(n in POSSESSION_WORDS or n in HAVE_VERBS and self.norms[i + 1:i + 2] and self.norms[i + 1] in HELD_DETERMINERS
                   for i, n in enumerate(self.norms[start:end], start))

    def _period_of_the_one_before(self, c: EventCondition) -> bool:
        """'partent avec des enfants aux Caraïbes, départ entre décembre 2026 et mars 2027': the behaviour before named
        again after a comma with a period and nothing else is that same behaviour's period (read apart, the family
        trip to the Caribbean was any one, and the period any trip's, silently). True when folded into it."""
        before = self.last_event
        if before is None or before.negated or c.negated or before.window is not None or c.window is None \
                or set(c.events) != set(before.events) or c.dims or c.other_than or c.count is not None \
                or c.amount is not None or c.first or c.last or c.top is not None or c.rank is not None \
                or c.average or c.measure or c.measured or c.date != before.date \
                or self.norms[before.end_tok:c.start_tok] != [","]:
            return False
        before.window = c.window
        self.out.notes.append(NOTES["same_event"].format(
            words=self._words(c.start_tok, c.end_tok), before=self._words(before.start_tok, before.end_tok)))
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _verb_of_their_own(self, c: EventCondition) -> bool:
        """'3 orders ... who have never used click & collect': a verb said between the clause's negation and the
        value, which no state of the event says ('been', 'yet' do: 'a ticket that has never been resolved'), is the
        customers' own: they never did it at all, an absence of theirs, not a state of the behaviour before (read as
        it, the orders were those of the other channels, and click & collect users were kept, silently)."""
        neg = next((i for i in range(c.start_tok, c.end_tok) if self.norms[i] in NEGATIONS), None)
        value = next((s.start for s in self.lexicon_spans if neg is not None and neg < s.start < c.end_tok
                      and s.of("dimvalue")), None)
        return value is not None and any(n not in self.state_links and n not in NEGATIONS
                                         for n in self.norms[neg + 1:value])

    def _other_values(self, c: EventCondition, dim: str, values: tuple) -> tuple | None:
        """The values of an event's dimension other than `values` ('not closed': open or pending), or None when the
        dimension has no list of values in the catalog (a free text cannot be complemented)."""
        columns = {self.catalog.events[e].dimensions[dim].column for e in c.events if dim in self.catalog.events[e].dimensions}
        if len(columns) != 1:
            return None
        every = tuple(self.catalog.column(next(iter(columns))).values)
        rest = tuple(v for v in every if v not in values)
        return rest if every and rest else None

    def _state_of_the_one_before(self, c: EventCondition) -> bool:
        """'a delivery complaint that still hasn't been resolved', 'a ticket that is not closed': a clause right after
        a behaviour that says only a state of that same event (a value of its own dimension) is that event's. Said
        negated, it keeps the event with the other values (open or pending): read apart, it was 'no closed delivery
        ticket at all', which every customer without a ticket meets. True when folded into the event before."""
        before = self.last_event
        if before is not None and not set(c.events) <= set(before.events) and self._another_state_of(before, c):
            return True
        if before is None or before.negated or not set(c.events) <= set(before.events) or c.count is not None \
                or c.amount is not None or c.first or c.last or c.top is not None or c.rank is not None or c.average \
                or c.measure or (c.window is not None and c.window is not before.window):
            return False
        between = self.norms[before.end_tok:c.start_tok]
        # 'avec ce ticket toujours non résolu', 'with that ticket still open': the same event named again
        pointed = bool(between) and between[-1] in POINTING_WORDS and all(n in (",", "with", "and") for n in between[:-1])
        # '... et ont noté cet appel 1 ou 2': a verb said of the event pointed at again right after it (its demonstrative
        # before its noun), joined by 'and' or a comma: read apart, it was any call rated 1 or 2
        pointed = pointed or c.end_tok - c.start_tok > 2 and self.norms[c.start_tok + 1] in POINTING_WORDS \
            and bool(between) and all(n in (",", "and") or n in self.state_links for n in between)
        # '..., ticket clôturé', '..., ticket closed': the event named again after a comma, with only a state of its
        # own, is the same event (said in a note); read apart, it was any closed ticket, of any time
        apposed = between == [","] and not c.negated and c.window is None
        pointed = pointed or apposed
        # 'that is still open'; 'created this quarter and still unresolved', 'et toujours non résolus': 'and' with a
        # state adverb continues the same event (read apart, any open ticket of any time, silently)
        # ('a delivery complaint that they rated 1 or 2': its subject said, the clause still says the event's own)
        linked = bool(between) and (between[0] in RELATIVE_WORDS or between[0] == "and"
                                    and bool(set(between[1:]) & STATE_ADVERBS)) \
            and all(n in self.state_links or between[0] in RELATIVE_WORDS and n in RELATIVE_SUBJECTS
                    for n in between[1:])
        if self._measured_of_the_one_before(before, c, between):
            return True
        if not pointed and not linked:
            return False
        if not pointed and self._names_behaviour(c.start_tok, c.end_tok):   # 'who have never ordered through the app'
            return False
        new = {d: v for d, v in c.dims.items() if before.dims.get(d) != v}
        if not new or (c.negated and len(new) != 1):
            return False
        if any(d not in self.catalog.events[e].dimensions for e in before.events for d in new):
            return False    # 'bought shoes, returned an order': a state the store purchase never has is another event's
        if c.negated and self._verb_of_their_own(c):
            return False
        if c.negated:
            (dim, values), = new.items()
            rest = self._other_values(before, dim, values)
            if rest is None:
                return False
            new = {dim: rest}
        # 'an open ticket that is not yet resolved': both are said of the one ticket, which is open (not pending); said
        # of values no ticket has both ('a closed ticket not resolved'), a question, never one of them silently
        both = {d: tuple(x for x in v if x in before.dims[d]) for d, v in new.items() if d in before.dims}
        if not all(both.values()):
            self.out.contradictions.append((before.start_tok, before.end_tok, c.start_tok, c.end_tok))
        new.update({d: v for d, v in both.items() if v})
        before.dims.update(new)
        if apposed:
            self.out.notes.append(NOTES["same_event"].format(
                words=self._words(c.start_tok, c.end_tok), before=self._words(before.start_tok, before.end_tok)))
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _measured_of_the_one_before(self, before: EventCondition, c: EventCondition, between: list[str]) -> bool:
        """'a ticket closed this year that they never rated', 'un ticket clôturé qu'ils n'ont jamais noté': a relative
        clause that says only the past form of a measure of the event before (its subject the customers, or none) says
        whether that event has it (read apart, 'never rated' was no rated ticket at all, against a ticket: asked)."""
        if not c.measured or c.dims or c.other_than or c.window not in (None, before.window) \
                or c.measured.keys() & before.measured.keys() \
                or not between or between[0] not in RELATIVE_WORDS or not all(
                    n in self.state_links or n in RELATIVE_SUBJECTS for n in between[1:]):
            return False
        before.measured = {**before.measured, **{name: present != c.negated for name, present in c.measured.items()}}
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _not_both(self, before: EventCondition | None, start: int, end: int) -> list[Condition] | None:
        """'bought Apple or Samsung but not both', 'en magasin ou en ligne, mais pas les deux', 'VIP or gold, but not
        both': the criterion said just before becomes exactly one of its alternatives (OrCondition.exclusive): each of
        the values of its one dimension listed, each of the two behaviours said with 'or', or each group of the OR it
        is. Said of a behaviour that is not the last criterion, those who did it with each value are excluded (one
        group: they did all). None when it reads nothing ('both' alone excluded nothing, silently: it is asked)."""
        words = [n for n in self.norms[start:end] if n not in DETERMINERS and n not in ("of", "them", ".", "!")]
        if not words or not set(words) <= BOTH | {"two"}:
            return None
        last = self.out.criteria[-1] if self.out.criteria else None
        if isinstance(last, OrCondition) and not last.negated and not last.exclusive and len(last.groups) >= 2:
            self._use(start, end)
            last.exclusive, last.end_tok = True, end
            return []
        two = self._two_said_with_or()
        if two is not None:      # 'VIP customers or customers who opened an email, but not both': the 'or' is applied
            self._use(start, end)
            self._use(*two)
            a, b = self.out.criteria
            self.out.criteria[:] = [OrCondition(a.start_tok, end, groups=[[a], [b]], exclusive=True)]
            return []
        if before is None or before.negated:
            return None
        each = self._alternatives_of(before)
        if each is None:
            return None
        self._use(start, end)
        if last is before:
            self.out.criteria[-1] = OrCondition(before.start_tok, end, groups=[[c] for c in each], exclusive=True)
            return []
        return [OrCondition(start, end, groups=[[dataclasses.replace(c, start_tok=start, end_tok=end) for c in each]])]

    def _two_said_with_or(self) -> tuple[int, int] | None:
        """Where the 'or' is when the request's criteria are two said with an 'or' between them that nothing read (each
        was kept as required); None otherwise. Which two an 'or' joins among more is not told: never guessed."""
        if len(self.out.criteria) != 2 or self.out.exclusions:
            return None
        a, b = sorted(self.out.criteria, key=lambda c: c.start_tok)
        ors = [i for i in range(a.end_tok, b.start_tok) if self.norms[i] == "or" and i not in self.out.used]
        return (ors[0], ors[0] + 1) if len(ors) == 1 and not getattr(a, "negated", False) \
            and not getattr(b, "negated", False) else None

    def _alternatives_of(self, before: EventCondition) -> list[EventCondition] | None:
        """The behaviour once per value of its one dimension listed ('Apple or Samsung'), or once per behaviour of the
        two said with 'or' inside it ('in store or online'); None when it is neither."""
        listed = [(dim, values) for dim, values in before.dims.items() if len(values) > 1]
        if len(listed) == 1:
            dim, values = listed[0]
            said = self._values_said(before, dim, values)
            if said is None:
                return None
            return [dataclasses.replace(before, dims={**before.dims, dim: v}) for v in said]
        if not listed and len(before.events) == 2 and "or" in self.norms[before.start_tok:before.end_tok]:
            return [dataclasses.replace(before, events=(e,)) for e in before.events]
        return None

    def _values_said(self, before: EventCondition, dim: str, values: tuple) -> list[tuple] | None:
        """The values of the dimension as each of two phrases said them ('Flash Sale or Private Sale': every campaign
        whose name holds each); None unless two phrases said them all (one phrase's many names are one alternative:
        split by name, 'not both' of 38 campaigns kept those who received 2, silently)."""
        column = self.catalog.events[before.events[0]].dimensions[dim].column
        said = [tuple(v for v in values if any(v in m.values for m in s.of("dimvalue") if m.column == column))
                for s in self.lexicon_spans if before.start_tok <= s.start < before.end_tok]
        said = [v for v in said if v]
        if len(said) != 2 or set(said[0]) & set(said[1]) or set(said[0]) | set(said[1]) != set(values):
            return None
        return said

    def _state_not_yet_reached(self, before: EventCondition | None, conditions: list[Condition], start: int) -> bool:
        """'une commande expédiée mais pas encore livrée', 'an order shipped but not yet delivered': after 'but not',
        'yet' (or 'still') and a value alone of the dimension the behaviour before has a value of, say the state that
        same event has not reached: its own value already excludes it (read apart, it removed every customer with
        any delivered order). True when nothing is left to exclude; 'bought Lego but not Nike' stays an exclusion."""
        if before is None or before.negated or len(conditions) != 1 \
                or not isinstance(c := conditions[0], EventCondition):
            return False
        if not set(c.events) <= set(before.events) or c.window is not None or c.count is not None \
                or c.amount is not None or c.first or c.last or c.top is not None or c.rank is not None or c.average \
                or c.measure:
            return False
        between = self.norms[start:c.start_tok]
        if not set(between) & STATE_ADVERBS or not all(n in self.state_links for n in between) \
                or self._names_behaviour(c.start_tok, c.end_tok):
            return False
        values = [s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok and s.of("dimvalue")]
        if not values or not all(self._written(s).lower().endswith(self.participle_endings) for s in values):
            return False      # 'but not yet Nike': a brand is no state the order reaches
        return len(c.dims) == 1 and all(d in before.dims and not set(v) & set(before.dims[d])
                                        for d, v in c.dims.items())

    def _states_said_not_reached(self, conditions: list[Condition]) -> list[Condition]:
        """'une commande en cours de livraison (expédiée, pas encore livrée)', 'an order shipped, not yet delivered':
        a denied state said right after a behaviour with another state of the same dimension, with 'yet' / 'encore',
        is the state that same event has not reached, as after 'but not' (_state_not_yet_reached): read apart, it
        removed every customer with any delivered order, silently."""
        out: list[Condition] = []
        for c in conditions:
            before = out[-1] if out and isinstance(out[-1], EventCondition) else None
            if before is not None and isinstance(c, EventCondition) and c.negated:
                k = c.start_tok
                while k < c.end_tok and self.norms[k] in NEGATIONS:
                    k += 1
                j = k
                while j < c.end_tok and self.norms[j] in self.state_links:
                    j += 1
                probe = dataclasses.replace(c, negated=False, start_tok=j)
                if k > c.start_tok and j < c.end_tok and self._state_not_yet_reached(before, [probe], k):
                    continue
            out.append(c)
        return out

    def _written(self, span) -> str:
        """A catalog phrase as the catalog writes it ('livrée' for a typed 'livree', whose ending says nothing)."""
        return self.lexicon.said.get(tuple(self.norms[span.start:span.end]), self.tokens[span.end - 1].text)

    def _value_of_the_one_before(self, before: EventCondition | None, conditions: list[Condition],
                                 start: int) -> list[Condition]:
        """'bought in store, except in Paris', 'sauf à Paris': a place alone excluded right after a behaviour that has
        a place of its own (its store's city) is where that behaviour happened, as 'bought in store in Paris' reads
        it: those who bought in a Paris store are left out (read as the customers' city, the stores were ignored,
        silently), with a note naming the other reading. Said with the customers' own words ('except those living in
        Paris', 'except customers from Paris', 'except the ones who live in the Netherlands': a verb of where they
        live) or as its people ('except Parisians'), it is their city. So is a channel said in place of the one before
        ('received an SMS but no email': no e-mail received, not the e-mail consent)."""
        if before is None or before.negated or len(conditions) != 1 \
                or not isinstance(c := conditions[0], ValueCondition) or c.negated:
            return conditions
        if self.residence_verbs.intersection(self.norms[start:c.start_tok]):
            return conditions
        if any(start <= s.start < c.end_tok and (s.of("entity") or tuple(self.norms[s.start:s.end]) in self.lexicon.made
                                               or any(m.column == c.column and not m.event for m in s.of("column")))
               for s in self.lexicon_spans):
            return conditions
        events = self.catalog.events
        spans = [s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok and s.of("value")]
        places = [next((m for m in s.of("dimvalue") if all(
                   m.dim in events[e].dimensions and events[e].dimensions[m.dim].column == m.column
                   for e in before.events)), None) for s in spans]
        if not places or None in places or len({m.dim for m in places}) != 1:
            return conditions
        dim = places[0].dim
        values = tuple(dict.fromkeys(v for m in places for v in m.values))
        self.out.notes.append(f"'{self._words(c.start_tok, c.end_tok)}' read as {dim.replace('_', ' ')} "
                              f"{' or '.join(m.label for m in places)} (it could also mean "
                              f"{column_name(c.column)} {' or '.join(c.labels)})")
        return [EventCondition(c.start_tok, c.end_tok, events=before.events, dims={**before.dims, dim: values},
                               window=before.window)]

    def _place_of_the_one_before_denied(self, c: Condition, seg: Segment) -> Condition:
        """'shopped at Manchester Arndale but never in our London stores': a place denied with the noun of where the
        behaviour before happened ('stores', a bare word of its place) and no verb of its own is that behaviour
        there, denied (read as where they live, 'London' was no Londoner and 'stores' was asked)."""
        before = self.last_event
        if before is None or before.negated or not isinstance(c, ValueCondition) or not c.negated:
            return c
        after = next((s for s in self.lexicon_spans if s.start == c.end_tok and s.of("qualifier")), None)
        if after is None or not all(m.weak for m in after.of("qualifier")) \
                or not {m.event for m in after.of("qualifier")} & set(before.events) \
                or any(s.of("event", "kindword") for s in seg.spans):
            return c
        spans = [s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok and s.of("value")]
        places = [next((m for m in s.of("dimvalue") if all(m.dim in self.catalog.events[e].dimensions
                                                         for e in before.events)), None) for s in spans]
        if len(places) != 1 or places[0] is None:
            return c
        m = places[0]
        self._use(after.start, after.end)
        # the other values of the behaviour's place (the store named before) give way to the place denied
        table = m.column.rsplit(".", 1)[0]
        event = self.catalog.events[before.events[0]]
        dims = {d: v for d, v in before.dims.items()
                if d not in event.dimensions or event.dimensions[d].column.rsplit(".", 1)[0] != table}
        return EventCondition(c.start_tok, after.end, negated=True, events=before.events,
                              dims={**dims, m.dim: m.values}, window=before.window)

    def _place_said_again(self, c: Condition, seg: Segment) -> Condition:
        """'bought in store in Paris and in Lyon': a place said again with its preposition, alone after 'and', right
        after a behaviour that has a place of that dimension, is that behaviour's other place (bought in a Lyon store
        too); read as the customers' city, it was the Lyon customers who bought in Paris, silently."""
        before = self.last_event
        if before is None or before.negated or not isinstance(c, ValueCondition) or c.negated:
            return c
        between = self.norms[before.end_tok:c.start_tok]
        lead = len(between)
        while lead > 0 and between[lead - 1] in LEADING_WORDS:
            lead -= 1
        if lead == len(between) or between[:lead] not in (["and"], [",", "and"]):
            return c
        spans = [s for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok and s.of("value")]
        places = [next((m for m in s.of("dimvalue") if m.dim in before.dims and all(
                   m.dim in self.catalog.events[e].dimensions for e in before.events)), None) for s in spans]
        if len(places) != 1 or places[0] is None or tuple(places[0].values) == before.dims[places[0].dim]:
            return c
        m = places[0]
        self.out.notes.append(f"'{self._words(c.start_tok, c.end_tok)}' read as {m.dim.replace('_', ' ')} "
                              f"{m.label} (it could also mean {column_name(c.column)} {' or '.join(c.labels)})")
        return EventCondition(c.start_tok, c.end_tok, events=before.events, dims={**before.dims, m.dim: m.values},
                              window=before.window)

    def _another_state_of(self, before: EventCondition, c: EventCondition) -> bool:
        """'an app order that got cancelled': a clause right after a behaviour naming only another behaviour of the
        same rows in another state (the cancelled order, of the orders' table) is the one before in that state, not
        a second behaviour: read as it, with the values said of the one before."""
        events = self.catalog.events
        tables = {events[e].table for e in before.events} | {events[e].table for e in c.events}
        if self._state_it_never_is(before, c, tables):
            return True
        between = self.norms[before.end_tok:c.start_tok]
        if len(tables) == 1 and c.negated and not before.negated and between and between[0] in RELATIVE_WORDS \
                and all(n in self.state_links or n in NEGATIONS for n in between[1:]) and c.window is None:
            # 'a kitchen quote this year that has not been signed': that quote's other state denied, which no reading
            # says of one row; read apart (no signed kitchen at all), and said so
            self.out.notes.append(NOTES["other_state_apart"].format(
                words=self._words(c.start_tok, c.end_tok), before=self._words(before.start_tok, before.end_tok),
                label=" or ".join(events[e].label for e in c.events)))
            return False
        if len(tables) != 1 or before.negated or c.negated or c.count is not None or c.amount is not None \
                or c.first or c.last or c.top is not None or c.rank is not None or c.average or c.measure \
                or before.window is not None and c.window is not None and c.window is not before.window:
            return False
        # ... or said right after it, as its participle ('une résa web annulée au T2': a web booking cancelled then)
        if between and (between[0] not in RELATIVE_WORDS or not all(n in self.state_links for n in between[1:])):
            return False
        if not between and not any(s.start == c.start_tok and s.of("event") for s in self.lexicon_spans):
            return False      # (right after it, only its verb: 'in store and by home delivery' are two of them)
        if any(d not in events[e].dimensions for d in before.dims for e in c.events):
            return False
        before.events = c.events
        before.dims.update(c.dims)
        before.window = before.window or c.window
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _state_it_never_is(self, before: EventCondition, c: EventCondition, tables: set[str]) -> bool:
        """'an order that was not cancelled', 'une commande non annulée': the behaviour before, denied another state
        of its rows its own filter already leaves out (an online order is never a cancelled one), is itself: read
        apart, it also removed every customer who ever cancelled an order, silently."""
        events = self.catalog.events
        if len(tables) != 1 or before.negated or not c.negated \
                or any(before.dims.get(d) != v for d, v in c.dims.items()) or c.window not in (None, before.window) \
                or c.count is not None or c.amount is not None or c.first or c.last or set(c.events) & set(before.events):
            return False
        between = self.norms[before.end_tok:c.start_tok]
        if between and (between[0] not in RELATIVE_WORDS or not all(n in self.state_links for n in between[1:])):
            return False
        if not all(disjoint(events[b].where, events[e].where) for b in before.events for e in c.events):
            return False
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

    def _names_behaviour(self, a: int, b: int) -> bool:
        """Do tokens a..b name a behaviour (a verb or kind of event: 'ordered', 'purchase', 'online')?"""
        return any(a <= s.start < b and s.of("event", "kindword", "qualifier") and not s.of("dimvalue")
                   for s in self.lexicon_spans)

    def _negated_state(self, c: EventCondition) -> None:
        """'une réclamation livraison toujours pas résolue', 'orders not delivered': a negation said after the
        behaviour's noun, right before a value of that event's own dimension, denies the value (the ticket is open
        or pending), not the behaviour (no closed ticket at all)."""
        if not c.negated or self._prefix_denied_state(c):
            return
        named = {i for s in self.lexicon_spans if s.of("event", "kindword") for i in range(s.start, s.end)}
        for i in range(c.start_tok, c.end_tok):
            if self.norms[i] not in NEGATIONS:
                continue
            if not any(c.start_tok <= k < i for k in named):
                return                                   # 'have not bought shoes': the behaviour itself is denied
            j = i + 1
            while j < c.end_tok and self.norms[j] in self.state_links:
                j += 1
            if self._another_state_denied(c, i, j, named):
                return
            if self._names_behaviour(i, c.end_tok):          # 'n'en ont acheté ni en magasin': the behaviour denied
                return
            span = next((s for s in self.lexicon_spans if s.start == j), None)
            states = [m for m in (span.of("dimvalue") if span else []) if m.dim in c.dims and tuple(m.values) == c.dims[m.dim]]
            if len(states) != 1:
                return
            rest = self._other_values(c, states[0].dim, c.dims[states[0].dim])
            if rest is not None:
                c.dims[states[0].dim] = rest
                c.negated = False
            return

    def _prefix_denied_state(self, c: EventCondition) -> bool:
        """'a non-delivered order', 'non-cancelled orders': a negation typed as a prefix right before a value of the
        behaviour's own dimension (its state) denies the value, as one said after the noun does ('une commande non
        livrée'): the orders in another state, not the customers without a delivered order. A value that names an
        event of its own ('cancelled orders') is the value of the event of its table whose dimension it is."""
        i = next((k for k in range(c.start_tok, c.end_tok) if self.norms[k] in NEGATIONS), None)
        if i is None or self.tokens[i].text.lower() not in PREFIX_NEGATIONS:
            return False
        span = next((s for s in self.lexicon_spans if s.start == i + 1 and s.end <= c.end_tok), None)
        table = {self.catalog.events[e].table for e in c.events}
        for m in span.of("dimvalue") if span is not None else ():
            own = m.event in c.events and c.dims.get(m.dim) == tuple(m.values)
            if not own and (len(table) != 1 or self.catalog.events[m.event].table not in table or c.dims):
                continue
            rest = self._other_values(dataclasses.replace(c, events=(m.event,)), m.dim, tuple(m.values))
            if rest is not None:
                c.events, c.negated = (m.event,) if not own else c.events, False
                c.dims[m.dim] = rest
                return True
        return False

    def _another_state_denied(self, c: EventCondition, i: int, j: int, named: set[int]) -> bool:
        """'une commande non annulée', 'an online order not cancelled': the noun said before the negation names a
        behaviour whose own filter leaves out the state denied after it (an online order is never cancelled): the
        behaviour is the noun's, not denied (it was 'no cancelled order', of anyone, silently)."""
        events = self.catalog.events
        nouns = {m.event for s in self.lexicon_spans if c.start_tok <= s.start and s.end <= i and s.start in named
                 for m in s.of("event")}
        state = next((s for s in self.lexicon_spans if s.start == j and s.end <= c.end_tok), None)
        denied = set(c.events)      # the state's event ('cancelled': the cancelled order, whose filter selects it)
        if not nouns or state is None or not state.of("event", "dimvalue") or nouns & denied \
                or len({events[e].table for e in nouns | denied}) != 1 \
                or not all(disjoint(events[a].where, events[b].where) for a in nouns for b in denied):
            return False
        c.events, c.negated = tuple(nouns), False
        return True

    def _of_the_edge(self, c: EventCondition, seg: Segment) -> bool:
        """'whose most recent purchase was in store and more than six months ago', 'whose first purchase with us
        was made in an outlet store': a clause naming no behaviour of its own, after a first (latest) event, says
        more of that event (its time, its kind, its values, its amount): folded into it (True). One it cannot
        take (a count, a second window) stays a condition of its own, said in a note."""
        edge = self.last_event
        if edge is None or not (edge.first or edge.last) or self._has_event_anchor(seg) or edge.negated:
            return False
        ranked = edge.over or edge.events
        new_dims = {d: v for d, v in c.dims.items() if edge.dims.get(d) != v}
        amount = c.amount if c.amount is not None and (c.count is None or self._implied_count(c)) else None
        kept = tuple(e for e in edge.events if e in c.events)
        if not kept or c.negated or (c.count is not None and amount is None) or c.rank is not None or c.top is not None \
                or c.average or c.measure or not set(c.events) <= set(ranked) \
                or (amount is not None and edge.amount is not None) \
                or (c.window is not None and c.window is not edge.window and edge.window is not None):
            words = " ".join(t.text for t in self.tokens[c.start_tok:c.end_tok])
            self.out.notes.append(NOTES["first_apart" if edge.first else "latest_apart"].format(
                words=words, events=" or ".join(self.catalog.events[e].label for e in ranked)))
            return False
        # ('... made in a store outside their country of residence': where, against where they live)
        new_places = {d: same for d, same in c.own_place.items() if edge.own_place.get(d) != same}
        if set(c.events) < set(edge.events) or new_dims or new_places or amount is not None:
            edge.over = ranked     # what the first is taken among, before the clause narrows what it was
            edge.events = kept
        edge.dims.update(new_dims)
        edge.own_place.update(new_places)
        edge.amount = edge.amount if amount is None else amount
        edge.window = edge.window or c.window
        edge.end_tok = max(edge.end_tok, c.end_tok)
        return True

    def _follow_words(self, windows: list[Window], spans: list[Span]
                      ) -> dict[int, tuple[int, int, frozenset[str] | None]]:
        """'within 7 days of it', 'within 5 days of getting it', 'within 2 weeks after the click': the words after a
        'within N' period that say it counts from a behaviour. By the window's first token: their range and the events
        they name (empty: the behaviour before, whichever it is; None: something else, 'of their signup', asked).
        Taken from the catalog phrases ('click' is that behaviour named, not one more)."""
        out: dict[int, tuple[int, int, frozenset[str] | None]] = {}
        self.first_anchors: set[int] = set()
        for w in windows:
            j = w.end_tok
            if self.norms[w.start_tok] not in WITHIN_WORDS or w.amount is None or j >= len(self.norms) \
                    or self.norms[j] not in FOLLOW_LINKS \
                    or any(n in ("last", "past") for n in self.norms[w.start_tok:w.end_tok]):
                continue
            k = j + 1
            k += k < len(self.norms) and self.norms[k] in set(DETERMINERS) | POINTING_WORDS
            first = self._first_said_at(k, spans)
            if first is not None:     # 'within two weeks of their very first one': the first of a behaviour
                out[w.start_tok] = (j, *first)
                self.first_anchors.add(w.start_tok)
                continue
            span = next((s for s in spans if s.start == k and s.of("event")), None)     # 'after this click'
            phrase = next((p for p in sorted(FOLLOW_ANCHORS, key=len, reverse=True)
                           if tuple(self.norms[j + 1:j + 1 + len(p)]) == p), None)
            if span is None and phrase is not None:
                named = self._events_named(FOLLOW_ANCHORS[phrase])
                end = j + 1 + len(phrase)
                if not named and self.norms[end - 1] in POINTING_WORDS and self._a_noun_said_again(end, spans):
                    end += 1      # 'within a week of that view,': the behaviour before, named by a noun of its own
                out[w.start_tok] = (j, end, named)
            elif span is not None:
                end = span.end + (span.end < len(self.norms) and self.norms[span.end] in PRONOUNS)
                out[w.start_tok] = (j, end, frozenset(m.event for m in span.of("event")))
            elif self.norms[j] == "after" and (k >= len(self.norms) or self.norms[k] in CLAUSE_EDGES | CLAUSE_ENDS):
                out[w.start_tok] = (j, j + 1, frozenset())
            elif self._a_verb_said_again(j + 1, spans):
                out[w.start_tok] = (j, j + 2, frozenset())   # 'within two weeks of looking,': the behaviour before
            else:
                out[w.start_tok] = (j, j + 1, None)
        return out

    def _a_verb_said_again(self, k: int, spans: list[Span]) -> bool:
        """A verb's -ing form at k that no catalog phrase reads and that ends its clause ('within two weeks of
        looking, bought ...'): the behaviour before, said again by a verb of its own (one the catalog reads, 'of
        visiting the site', names its behaviour)."""
        return k < len(self.norms) and self.norms[k].endswith(GERUND_ENDINGS) and self._a_noun_said_again(k, spans)

    def _a_noun_said_again(self, k: int, spans: list[Span]) -> bool:
        """One word at k, after 'that' or 'this', that no catalog phrase reads and that ends its clause ('within a
        week of that view, bought ...', 'of that click.'): the noun of the behaviour pointed at, said again."""
        return k < len(self.norms) and self.tokens[k].number is None and self.norms[k].isalpha() \
            and not any(s.start <= k < s.end for s in spans) \
            and (k + 1 == len(self.norms) or self.norms[k + 1] in CLAUSE_EDGES | CLAUSE_ENDS)

    def _first_said_at(self, k: int, spans: list[Span]) -> tuple[int, frozenset[str]] | None:
        """'their very first one', 'their first purchase', 'leur tout premier achat' at k: where it ends and the events
        it names (empty for 'one': the later behaviour's own noun, 'a second purchase within 2 weeks of the first one')."""
        k += k < len(self.norms) and self.norms[k] in FOLLOW_EMPHASIS
        if k >= len(self.norms) or self.norms[k] not in FIRST_WORDS:
            return None
        k += 1
        span = next((s for s in spans if s.start == k and s.of("event", "kindword")), None)
        if span is not None:
            return span.end, frozenset(m.event for m in span.of("event")) or self._kind_events(span)
        if k < len(self.norms) and self.norms[k] in ONE_WORDS:
            return k + 1, frozenset()
        return None

    def _kind_events(self, span: Span) -> frozenset[str]:
        """The events of the kind a kind word names ('purchase': every purchase event)."""
        kinds = {m.ref for m in span.of("kindword")}
        return frozenset(name for name, ev in self.catalog.events.items() if ev.kind in kinds)

    def _events_named(self, word: str) -> frozenset[str]:
        """The events a catalog word of a behaviour names ('received'); none for ''."""
        return frozenset(m.event for m in self.lexicon.phrases.get(self.lexicon.key(word), []) if m.kind == "event") \
            if word else frozenset()

    def _after_the_one_before(self, c: EventCondition, before: EventCondition | None, seg: Segment) -> None:
        """'received the email in September and then bought within 5 days of getting it', 'whose first purchase was in
        store and who have ordered online since then', 'et qui n'ont rien acheté dans les 30 jours qui ont suivi': a
        behaviour said to come after the one before it ('then', 'since then', 'within N days of it') counts only after
        (within that time of) that behaviour, for the same customer (Follows). When the one before has no single time
        (a count, a total, a negation, a profile value) the order is asked, never dropped; 'within N days' with no word
        saying it follows is asked too ('within the last year' names its own period)."""
        w = c.window
        within = w is not None and w in seg.windows and self.norms[w.start_tok] in WITHIN_WORDS \
            and w.amount is not None and not any(n in ("last", "past") for n in self.norms[w.start_tok:w.end_tok])
        anchor = self.follows.get(w.start_tok) if within else None
        within = within and (before is not None or anchor is not None)     # 'bought within 30 days': the last 30
        lo = before.end_tok if before is not None else seg.start
        order = [u for u in self.out.unclear if u[2] == "sequence" and lo <= u[0] <= c.end_tok] \
            if before is not None else []
        since = next(((a, b) for a, b in self.since_then if seg.start <= a < max(seg.end, c.end_tok)), None)
        if since is None and before is not None:
            # 'and, since that ticket, haven't opened an email': said before the behaviour's clause, after the one before
            since = next(((a, b) for a, b in self.since_pointed if before.end_tok <= a and b <= seg.start
                          and all(n in SINCE_CLAUSE_LINKS for n in self.norms[b:seg.start])), None)
        if not (within or order or since):
            return
        if within and anchor is not None and w.start_tok in self.first_anchors and not c.negated:
            # 'a second purchase within two weeks of their very first one': after the first of that behaviour
            events = tuple(e for e in self.catalog.events if e in anchor[2]) or c.events
            c.after, c.window = Follows(EventCondition(anchor[0], anchor[1], events=events, first=True), w.amount, w.unit), None
            c.end_tok = max(c.end_tok, anchor[1])
            self._use(anchor[0], anchor[1])
            self._again_said(c)
            return
        if within and anchor is not None and anchor[2] and before is None:     # a behaviour said before is the anchor asked about
            said_after = self._anchor_said_after(c, seg, anchor)
            if said_after is not None:     # 'bought within 7 days of receiving an SMS': the behaviour named after it
                c.after, c.window = Follows(said_after, w.amount, w.unit), None
                c.end_tok = max(c.end_tok, max(i for i in self.said_after) + 1)
                self._use(anchor[0], anchor[1])
                return
        if before is None or not before.anchorable() or c.first or c.last or c.top is not None or c.rank is not None \
                or anchor is not None and (anchor[2] is None or anchor[2] and not set(before.events) <= anchor[2]) \
                or self._object_of_the_one_before(c, before, seg, anchor):
            self._since_the_period_began(c, before, since)
            if within:
                self.out.within.append((w.start_tok, w.end_tok, False))
            return
        if within and anchor is None and not order:
            self.out.within.append((w.start_tok, w.end_tok, True))     # 'and bought within 3 days': of it, or the last 3
            return
        if since is not None and not within:
            said = c.window is not None and (c.window.start_tok, c.window.end_tok) == since
            if said and not (before.first or before.last) and since not in self.since_pointed:
                return     # 'clicked in August but not bought since': after the period's end (resolved already)
            if c.window is not None and not said:
                return     # a period of its own besides: 'since' is asked
            c.window = None
            self._use(*since)
        if within:
            c.after = Follows(before, w.amount, w.unit)
            c.window = None
            if anchor is not None:
                self._use(anchor[0], anchor[1])
        else:     # 'but haven't ordered online since': since the latest of them (one first or latest is itself)
            c.after = Follows(before, latest=(c.negated or self.excluding) and not (before.first or before.last))
            self._note_since_the_day(before, since)
        for u in order:
            self.out.unclear.remove(u)
        c.start_tok = min(c.start_tok, *(u[0] for u in order)) if order else c.start_tok
        self._again_said(c)
        self._same_as_the_one_before(c, seg)

    def _same_day_as_the_one_before(self, c: EventCondition, before: EventCondition | None, seg: Segment) -> None:
        """'visited the site and ordered online that same day', 'magasiné en ligne pis en magasin la même journée', 'le
        jour même': a behaviour said on the same day as the one before it is on the calendar day of one of its events
        (Follows.day). Only after a behaviour that has one time per event, of a behaviour with no count, total, rank,
        order or negation of its own ('but not the same day': which day? asked), and never in an exclusion."""
        if c.after is not None:
            return
        # the behaviours it can be said of, looked at before the words (most behaviours follow none)
        if before is None or before is c or not before.anchorable() or c.negated or self.excluding or c.first \
                or c.last or c.top is not None or c.rank is not None or c.count is not None and c.count.op not in (">=",) \
                or c.amount is not None or c.of_latest is not None or c.running is not None:
            return
        said = self._same_day_said(c, seg)
        if said is None:
            return
        c.after = Follows(before, day=True)
        a, b = said
        self.out.unclear = [u for u in self.out.unclear if not (u[2] == "same" and a <= u[0] < b)]
        self._use(a, b)
        self.out.unread.difference_update(range(a, b))
        c.start_tok, c.end_tok = min(c.start_tok, a), max(c.end_tok, b)

    def _same_day_said(self, c: EventCondition, seg: Segment) -> tuple[int, int] | None:
        """Where 'the same day' (lang_en.SAME_DAY_WORDS, and the language's own) is said in the behaviour's clause,
        read by nothing else (its 'the same' only asked)."""
        norms, used, asked = self.norms, self.out.used, None
        for k in range(c.start_tok, max(seg.end, c.end_tok)):
            for p in self.same_day_first.get(norms[k], ()):      # the phrases that word opens, the longest first
                if tuple(norms[k:k + len(p)]) != p:
                    continue
                if asked is None:       # worked out once a phrase is said (most clauses say none)
                    asked = {i for u in self.out.unclear if u[2] == "same" for i in range(u[0], u[1])}
                if all(i not in used or i in asked for i in range(k, k + len(p))):
                    return k, k + len(p)
        return None

    def _same_as_the_one_before(self, c: EventCondition, seg: Segment) -> None:
        """'looked at a product and then, within two weeks, bought something from that same category', 'puis acheté
        un article de la même marque': 'the same' before a dimension's noun, said of a behaviour read after another,
        is that dimension's value shared by the event and its anchor event (Follows.same). Only a dimension both
        behaviours have, of an anchor that is each event; else 'the same' stays asked (lang_en.VAGUE_WORDS 'same')."""
        follows = c.after
        if follows is None or follows.latest or follows.anchor.first or follows.anchor.last:
            return
        for entry in [u for u in self.out.unclear if u[2] == "same" and seg.start <= u[0] < max(seg.end, c.end_tok)]:
            k = entry[1]
            words = next((w for w in self.counted_by_first.get(self.norms[k], ()) if tuple(self.norms[k:k + len(w)]) == w),
                         None) if k < len(self.norms) else None
            dimension = self.counted_words[words] if words is not None else None
            if dimension is None or dimension in follows.same or any(
                    dimension not in self.catalog.events[e].dimensions for e in c.events + follows.anchor.events):
                continue
            follows.same += (dimension,)
            self.out.unclear.remove(entry)
            self._use(entry[0], k + len(words))
            c.start_tok, c.end_tok = min(c.start_tok, entry[0]), max(c.end_tok, k + len(words))

    def _again_said(self, c: EventCondition) -> None:
        """'a second purchase within 30 days of it', 'et déjà un deuxième achat depuis', 'came back for a second
        purchase': after the first of the same behaviour, the ordinal says it again (read with the order, which takes
        a later event than the first), with the words that lead it."""
        anchor = c.after.anchor if c.after is not None else None
        if anchor is None or not anchor.first or not set(c.events) & set(anchor.events):
            return
        said = [i for i in range(max(0, c.start_tok - 2), c.end_tok) if self.norms[i] in AGAIN_ORDINALS
                and i not in self.out.used and i + 1 in self.out.used]     # right before its noun ('second purchase')
        if not said:
            return
        k = start = said[-1]
        k -= k > 0 and self.norms[k - 1] in DETERMINERS
        lead = next((p for p in self.again_leads if tuple(self.norms[max(0, k - len(p)):k]) == p), None)
        start = k - len(lead) if lead else start
        self._use(start, said[-1] + 1)
        c.start_tok = min(c.start_tok, start)

    def _anchor_said_after(self, c: EventCondition, seg: Segment, anchor: tuple) -> EventCondition | None:
        """'bought within 7 days of receiving an SMS', 'acheté dans les 7 jours suivant l'envoi du SMS Brand Days
        d'août': the behaviour the period counts from is named after the link (its events), with its values and
        period said after it, to the clause's end; None unless every word there is one of them or grammar. Never a
        pronoun's ('of clicking it': the one before), never of a negated or ranked behaviour, which needs it said
        as a criterion of its own (asked)."""
        start, end, named = anchor
        if c.negated or c.first or c.last or c.top is not None or c.rank is not None or c.count is not None \
                or self.norms[end - 1] in PRONOUNS:
            return None
        events = tuple(e for e in self.catalog.events if e in named)
        dims: dict[str, tuple] = {}
        read: set[int] = set(range(start, end))
        for s in seg.spans:
            if s.start < end:
                continue
            values = [m for m in s.of("dimvalue") if m.event in named and m.dim]
            if not values or len({m.dim for m in values}) != 1:
                continue
            dims[values[0].dim] = tuple(dict.fromkeys(dims.get(values[0].dim, ()) + values[0].values))
            read.update(range(s.start, s.end))
        windows = [x for x in seg.windows if x.start_tok >= end]
        read.update(i for x in windows for i in range(x.start_tok, x.end_tok))
        rest = [i for i in range(end, seg.end) if i not in read and self.norms[i] not in FUNCTION_WORDS
                and self.norms[i] not in DETERMINERS and self.norms[i] not in CLAUSE_ENDS]
        if rest or len(windows) > 1 or not events:
            return None
        self.out.used.update(read)
        self.said_after.update(read)
        return EventCondition(start, seg.end, events=events, dims=dims, window=windows[0] if windows else None)

    def _note_since_the_day(self, before: EventCondition, since: tuple[int, int] | None) -> None:
        """'shoe buyers since March 1st, except anyone who bought Nike shoes since then': after a behaviour said with
        a starting day, 'since then' may be since that day as well as after the behaviour: the note says which."""
        w = before.window
        if since is None or w is None or w.start is None or w.end is not None or w.amount is not None \
                or self.norms[w.start_tok] not in SINCE_DAY_WORDS:
            return
        text = typed_text(self.request, self.tokens, since[0], since[1])
        self.out.notes.append(NOTES["since_the_behaviour"].format(text=text, start=w.start.isoformat()))

    def _object_of_the_one_before(self, c: EventCondition, before: EventCondition, seg: Segment,
                                  anchor: tuple | None) -> bool:
        """'ayant mis un produit Smeg en favoris depuis juin sans l'avoir acheté depuis': 'it' is the very product of
        the behaviour before, which an order of two behaviours cannot say (bought anything after it): asked."""
        said = range(anchor[0], anchor[1]) if anchor is not None else range(0)
        # ('after it' says when, as 'after that' does: the pronoun is the order's, not an object)
        pointed = any(self.norms[i] in OBJECT_POINTERS and i not in said
                      and VAGUE_WORDS.get((self.norms[i - 1], self.norms[i])) != "sequence"
                      for i in range(seg.start, c.end_tok))
        return pointed and any(c.dims.get(d) != v for d, v in before.dims.items())

    def _since_the_period_began(self, c: EventCondition, before: EventCondition | None,
                                since: tuple[int, int] | None) -> None:
        """'Received 4 or more promotional messages since July 1 but haven't bought a thing since then': after a count
        in a period said from a date ('since July 1'), 'since then' is since that date (no one message is 'then')."""
        if since is None or before is None or before.negated or before.count is None or c.window is not None:
            return
        w = before.window
        if w is None or w.start is None or w.end is not None or w.amount is not None:
            return
        c.window = Window(self._words(*since), since[0], since[1], start=w.start)
        self._use(*since)

    def _statement_before(self, spans: list[Span], said: list[tuple[int, int]], windows: list[Window] = ()) -> None:
        """'Le code VIP30 était réservé aux VIP : qui l'a utilisé en ligne ?', 'VIP30 was meant for VIPs only. Who
        redeemed it online?': words that open the brief with a verb ('was', 'était') after a value of a behaviour
        ('VIP30', a coupon of online orders), before a colon or a sentence's end, are a statement, not a title nor
        criteria: when a pronoun object follows ('it', 'l''), its value is what the pronoun points back at. The
        statement's words are set aside as context (listed as ignored); its value is kept for the pronoun
        (`_point_at_the_statement`). Set aside as a title, the coupon was dropped without a word. So is a period the
        statement says of it ('Nike was on sale last month: who bought it?'): the time of the behaviour pointed at,
        unless its clause says its own."""
        self.statement: tuple[list, int, Window | None] | None = None
        colons = [i for i, n in enumerate(self.norms) if n == ":"]
        stop = min(colons[:1] + [b for _, b in said[:1]], default=len(self.norms))
        copula = next((i for i in range(stop) if self.norms[i] in STATEMENT_VERBS), None)
        # the pronoun of the sentence right after it (one further on points at whatever was said in between)
        after = next((b for a, b in said if a <= stop < b), len(self.norms))
        pointer = next((i for i in range(stop, after) if self.norms[i] in OBJECT_POINTERS), None)
        if copula is None or pointer is None:
            return
        subject = range(0, copula)
        if any(self.norms[i] in RELATIVE_WORDS or self.norms[i] in self.people_words for i in subject):
            return
        values = [(s, m) for s in spans if s.start in subject and s.end <= copula
                  for m in s.of("dimvalue") if m.event and m.dim]
        if not values:
            return
        words = [i for i in range(stop) if i not in self.out.ignored.tokens or i in self.out.ignored.title]
        self.out.ignored.title = [i for i in self.out.ignored.title if i >= stop]
        self.out.ignored.asides.append(words)
        periods = [w for w in windows if copula < w.start_tok and w.end_tok <= stop]
        self.statement = (values, pointer, periods[0] if len(periods) == 1 else None)

    def _point_at_the_statement(self, windows: list[Window]) -> None:
        """The pronoun after a statement ('who redeemed it online', 'qui l'a utilisé en ligne') is the statement's
        value: the behaviour of its clause takes it (the coupon of the online order); a clause with a verb of use
        only ('who used it?') is the value's own behaviour. A behaviour whose events have no such dimension
        ('used it in store': no coupon in a store) is asked, never read without it."""
        if self.statement is None:
            return
        values, pointer, period = self.statement
        sentence = next(((a, b) for a, b in self.said if a <= pointer < b), (pointer, pointer + 1))
        said = [c for c in self.out.criteria if isinstance(c, EventCondition) and not c.negated
                and sentence[0] <= c.start_tok < sentence[1]]
        text = ", ".join(dict.fromkeys(self._words(v.start, v.end) for v, _ in values))
        label = ", ".join(dict.fromkeys(self.catalog.events[m.event].label for _, m in values))
        if said:
            c = min(said, key=lambda c: abs(c.start_tok - pointer))
            dims = self._values_by_dim([m for _, m in values if m.event in c.events])
            if not dims or not all(d in self.catalog.events[e].dimensions for e in c.events for d in dims):
                self.out.unread.add(pointer)       # asked: 'it' names no value of that behaviour
                self.out.used.discard(pointer)
                return
            for d, v in dims.items():
                c.dims.setdefault(d, v)
            self._applied_now(c, sentence)
            self._period_of_the_statement(c, period)
        else:
            verb = next((i for i in range(max(sentence[0], pointer - 2), min(sentence[1], pointer + 3))
                         if self.norms[i] in USE_VERBS), None)
            if verb is None:
                self.out.unread.add(pointer)
                return
            events = tuple(dict.fromkeys(m.event for _, m in values))
            dims = self._values_by_dim([m for _, m in values
                                        if all(m.dim in self.catalog.events[e].dimensions for e in events)])
            a, b = min(verb, pointer), max(verb, pointer) + 1
            # 'qui l'a utilisé en août ?': the clause's period, read of nothing while no behaviour was named, is its
            own = [w for w in windows if sentence[0] <= w.start_tok < sentence[1] and w.start_tok not in self.out.used]
            self.out.criteria.append(EventCondition(a, b, events=events, dims=dims, window=own[0] if len(own) == 1 else None))
            self._period_of_the_statement(self.out.criteria[-1], period)
            self._use(a, b)
            for w in own[:1] if len(own) == 1 else ():
                self._use(w.start_tok, w.end_tok)
                self.out.unread.difference_update(range(w.start_tok, w.end_tok))
        self._use(pointer, pointer + 1)
        self.out.notes.append(NOTES["pointed_value"].format(pronoun=self.tokens[pointer].text.split("'")[0] + "'" * ("'" in self.tokens[pointer].text), words=text, label=label))

    def _period_of_the_statement(self, c: EventCondition, period: Window | None) -> None:
        """'Nike was on sale last month: who bought it?', 'Nike était en promo le mois dernier : qui en a acheté ?': the
        period the statement says of the value is the time of the behaviour pointed at, when its clause says none
        (set aside with the statement, the purchase was of all time): said in a note."""
        if period is None or c.window is not None or c.after is not None:
            return
        c.window = period
        taken = set(range(period.start_tok, period.end_tok))    # read: no longer shown as set aside
        asides = []
        for aside in self.out.ignored.asides:
            runs: list[list[int]] = []
            for i in (i for i in aside if i not in taken):
                runs[-1:] = [runs[-1] + [i]] if runs and runs[-1][-1] == i - 1 else runs[-1:] + [[i]]
            asides += runs if taken & set(aside) else [aside]
        self.out.ignored.asides = asides
        self._use(period.start_tok, period.end_tok)
        if period.note and period.note not in self.out.notes:      # 'last month': the last 1 month, said
            self.out.notes.append(period.note)
        self.out.notes.append(NOTES["statement_period"].format(period=period.text, words=self._words(c.start_tok, c.end_tok)))

    def _applied_now(self, c: EventCondition, sentence: tuple[int, int]) -> None:
        """'who redeemed it online': the coupon's word ('redeemed'), said not applied while the behaviour had no coupon,
        is applied once the pronoun gives it one: its note goes."""
        filtered = {self.catalog.events[e].dimensions[d].column for e in c.events for d in c.dims
                    if d in self.catalog.events[e].dimensions}
        # ... and a presence said of that dimension is the value's own now: no reading besides the value
        c.measured = {k: v for k, v in c.measured.items() if k not in c.dims}
        for s in self.lexicon_spans:
            if sentence[0] <= s.start < sentence[1] and any(m.column in filtered for m in s.of("column")):
                for e in c.events:
                    note = NOTES["not_applied"].format(words=" ".join(t.text for t in self.tokens[s.start:s.end]),
                                                       event=self.catalog.events[e].label)
                    if note in self.out.notes:
                        self.out.notes.remove(note)

    @staticmethod
    def _values_by_dim(meanings: list) -> dict[str, tuple]:
        """'Nike and Adidas were on sale: who bought them?': the values said of one dimension, together."""
        out: dict[str, tuple] = {}
        for m in meanings:
            out[m.dim] = tuple(dict.fromkeys(out.get(m.dim, ()) + tuple(m.values)))
        return out
