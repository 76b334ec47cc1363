"""Where exclusions start and end ('but not', 'except', 'without', 'sauf'), and what is not one.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations

from assistant.translate.lang_en import (
    AGE_GROUP_WORDS, LEADING_EXCLUSIONS, REQUIRED_WORDS, EXCLUDED_PEOPLE, WITHOUT_ENDS, WITHOUT_PEOPLE, WITHOUT_STATE_LINKS, STATE_LEADS, DETERMINERS, EXCLUSION_VERBS, LEADING_WORDS, NOTES, CONCORD_MARKERS,
    CLAUSE_EDGES, NEGATED_CLAUSE_LEADS, NEGATIONS, RELATIVE_WORDS, VERB_NEGATIONS,
)
from assistant.translate.offline.parsed import (
    EXCLUSIONS_BY_FIRST, EXCLUSION_ENDS_BY_FIRST, column_name,
)


class ExclusionSplit:
    """Where exclusions start and end ('but not', 'except', 'without', 'sauf'), and what is not one."""

    # -- splitting -----------------------------------------------------------
    def _split_exclusions(self, start: int, end: int, blocked: set[int]) -> list[tuple[int, int, bool, tuple]]:
        """The stretches of the request, each a criterion part or an exclusion (True). An exclusion reaches to the
        next marker, or back to the criteria at a clause that adds to them (', with email consent')."""
        parts, i, cur, excluding, marked = [], start, start, False, start
        self.exclusion_marker: tuple[str, ...] = ()
        self.part_start = start      # where the part being read starts (Parser._negation)
        lead = self._leading_exclusion(start, end, blocked)
        if lead is not None:      # 'excluding gold and VIP: customers with ...': the excluded said first
            marker, close = lead
            self.out.used.update(range(start, start + len(marker)))
            self.out.used.add(close)
            parts.append((start + len(marker), close, True, marker))
            i = cur = close + 1
        while i < end:
            marker = next((m for m in EXCLUSIONS_BY_FIRST.get(self.norms[i], ())
                           if tuple(self.norms[i:i + len(m)]) == m
                           and not blocked & set(range(i, i + len(m)))), None)
            if marker in CONCORD_MARKERS and self._double_negative(i, start):
                # 'never ordered online without a promo code', 'jamais ouvert un e-mail sans cliquer': every one of
                # them with it, no exclusion (read as one, those who never ordered and those with a coded order were
                # both turned around, silently): asked
                self.out.unread.update(range(i, i + len(marker)))
                i += len(marker)
                continue
            if marker is None and self.norms[i] in EXCLUSION_VERBS and i not in blocked and i + 1 < end \
                    and (self.norms[i + 1] in EXCLUDED_PEOPLE or self._age_group_at(i + 1, end)):
                marker = (self.norms[i],)
            back = excluding and (next((m for m in EXCLUSION_ENDS_BY_FIRST.get(self.norms[i], ())
                                        if tuple(self.norms[i:i + len(m)]) == m
                                        and not blocked & set(range(i, i + len(m)))), None)
                                  or self._negated_clause(i, cur, blocked)
                                  or self._state_after_without(i, blocked)
                                  or self._people_clause_after_an_excluded_thing(i, cur, blocked)
                                  or self._state_after_an_excluded_behaviour(i, cur, blocked))
            if excluding and self.norms[i] == "," and i not in blocked and self._required_clause(i + 1, end):
                # 'excluding VIPs, SMS opt-in required': the clause says what is required, back among the criteria
                parts.append((cur, i, excluding, self.exclusion_marker))
                self.exclusion_marker, cur, excluding = (), i + 1, False
                i += 1
                continue
            if excluding and not marker and self.exclusion_marker in CONCORD_MARKERS and i in self.sentence_ends:
                # 'without buying any in that period. No VIPs obviously.': 'without' ends with its sentence (the
                # VIPs were read inside the exclusion: those who bought and are VIP)
                parts.append((cur, i, excluding, self.exclusion_marker))
                self.exclusion_marker, cur, excluding = (), i, False
                continue
            if excluding and not marker and i in self.bullet_starts and self._said_inside_its_line(marked):
                # '- de Vancouver ... pis pas d'opt-in texto\n- dont plus de la moitié ...': an exclusion said on
                # a bullet's line ends with it (the next bullets were excluded with it, silently); a heading
                # ('- Exclude:\n- VIPs') goes on
                parts.append((cur, i, excluding, self.exclusion_marker))
                self.exclusion_marker, cur, excluding = (), i, False
                continue
            if marker and i > start:
                parts.append((cur, i, excluding, self.exclusion_marker))
                marked = i + len(marker)
                self.exclusion_marker = marker
                self.out.used.update(range(i, i + len(marker)))
                i += len(marker)
                cur, excluding = i, True
            elif back:
                parts.append((cur, i, excluding, self.exclusion_marker))
                self.exclusion_marker = ()
                self.out.used.add(i)
                i += 1
                cur, excluding = i, False
            else:
                i += 1
        parts.append((cur, end, excluding, self.exclusion_marker))
        return parts

    def _negated_clause(self, i: int, cur: int, blocked: set[int]) -> bool:
        """An 'and' inside an exclusion that opens a negated clause ('..., and who are not VIP', 'and neither VIP nor
        on the list'): the clause is the customers' again, with its own negation (read inside the exclusion, the
        negation was denied twice: only the VIPs were kept, silently)."""
        if self.norms[i] != "and" or i == cur or i in blocked:
            return False
        k = i + 1
        while k < len(self.norms) and self.norms[k] in NEGATED_CLAUSE_LEADS:
            k += 1
        return k < len(self.norms) and self.norms[k] in NEGATIONS

    def _double_negative(self, i: int, start: int) -> bool:
        """A verb's negation said before the 'without' at i in its clause ('never ordered ... without', 'haven't
        ... without'); a value's ('non VIP sans aucun achat') is none."""
        for k in range(i - 1, start - 1, -1):
            if self.norms[k] in CLAUSE_EDGES or k in self.sentence_ends:
                return False
            if self.norms[k] in VERB_NEGATIONS:
                return True
        return False

    def _said_inside_its_line(self, k: int) -> bool:
        """Is what the marker ending before token k excludes said on its line (words after it, not a heading's colon:
        '- Exclude:' heads the bullets after it)?"""
        at = self.tokens[k - 1].end
        line_end = self.request.find("\n", at)
        return bool(self.request[at:line_end if line_end >= 0 else len(self.request)].strip(" \t:"))

    def _leading_exclusion(self, start: int, end: int, blocked: set[int]) -> tuple[tuple[str, ...], int] | None:
        """The marker that opens the stretch with what it excludes ('excluding gold and VIP: ...'), and the comma or
        colon that closes it, with criteria after it (read as a title or with nothing before it, the excluded were
        kept, or asked)."""
        marker = next((m for m in LEADING_EXCLUSIONS if tuple(self.norms[start:start + len(m)]) == m
                       and not blocked & set(range(start, start + len(m)))), None)
        if marker is None:
            return None
        close = next((k for k in range(start + len(marker) + 1, end - 1)
                      if self.norms[k] in (",", ":") or k in self.sentence_ends), None)
        if close is None or self.norms[close] not in (",", ":"):
            return None
        return marker, close

    def _required_clause(self, i: int, end: int) -> bool:
        """Does the clause from token i (to the next comma or sentence end) say that what it holds is required?"""
        k = i
        while k < end and self.norms[k] != "," and k not in self.sentence_ends:
            if self.norms[k] in REQUIRED_WORDS:
                return True
            k += 1
        return False

    def _age_group_at(self, i: int, end: int) -> bool:
        """People named by an age group ('under-18s', 'the over 60s'): whom an exclusion verb drops ('skip
        under-18s')."""
        i += self.norms[i] == "the"
        k = i + 1 + (i + 1 < end and self.norms[i + 1] == "-")
        return i < end and self.norms[i] in AGE_GROUP_WORDS and k < end and self.tokens[k].suffix == "s"

    def _people_clause_after_an_excluded_thing(self, i: int, cur: int, blocked: set[int]) -> bool:
        """'avec un cellulaire au dossier pis pas d'opt-in texto, qui ont annulé une commande ...': after an
        excluded thing (no people named in it), a comma and 'who' open a clause about the customers, back among the
        criteria (read inside the exclusion, those who cancelled an order were removed, silently)."""
        return self.norms[i] == "," and i not in blocked and i + 1 < len(self.norms) \
            and self.norms[i + 1] in RELATIVE_WORDS and self.norms[i + 1] != "that" \
            and not any(cur <= s.start < i and s.of("entity") for s in self.lexicon_spans)

    def _state_after_an_excluded_behaviour(self, i: int, cur: int, blocked: set[int]) -> bool:
        """'bought in store but not online, in Paris': after an excluded behaviour, a comma followed by a state of the
        customer (a profile value) turns back to the criteria, as after 'without' (read inside the exclusion, the
        Parisians were removed). A list of excluded people ('except VIPs, gold members') names no behaviour."""
        if self.exclusion_marker in CONCORD_MARKERS or self.norms[i] != "," or i in blocked \
                or not any(cur <= s.start < i and s.of("event", "kindword", "qualifier") for s in self.lexicon_spans):
            return False
        j = i + 1
        while j < len(self.norms) and (self.norms[j] in self.lexicon.determiners or self.norms[j] in LEADING_WORDS):
            j += 1
        after = next((s for s in self.lexicon_spans if s.start == j), None)
        if after is None or not after.of("value") or after.of("event", "kindword", "qualifier") \
                or any(m.event for m in after.of("column")):
            return False
        place = next(iter(after.of("dimvalue")), None)
        if place is not None:       # 'in Paris': the customers' city, or the stores' of the behaviour before
            value = after.of("value")[0]
            self.out.notes.append(NOTES["two_dimensions"].format(
                words=self._words(after.start, after.end), kept=f"{column_name(value.column)} {value.label}",
                dropped=f"{self.catalog.events[place.event].label} with {place.dim.replace('_', ' ')} {place.label}"))
        return True

    def _people_again(self, i: int) -> bool:
        """'who' and a plural verb at i, after 'without' and a thing said in the singular (WITHOUT_PEOPLE)."""
        lead, verbs = WITHOUT_PEOPLE
        if tuple(self.norms[i:i + len(lead)]) != lead or i + len(lead) >= len(self.norms) \
                or self.norms[i + len(lead)] not in verbs:
            return False
        marker = max((k for k in range(i) if self.norms[k] == "without"), default=None)
        if marker is None:
            return False
        thing = next((k for k in range(marker + 1, i) if self.norms[k] not in self.lexicon.determiners), None)
        return thing is not None and not self.norms[thing].endswith(("s", "x"))

    def _state_after_without(self, i: int, blocked: set[int]) -> bool:
        """'without a purchase in 6 months and subscribed to emails' ('sans aucun achat ... et abonnés aux
        e-mails'): 'without' negates what it is followed by, a behaviour; an 'and' followed by a state of the
        customer (a consent, a profile value) adds that state to the criteria again. 'without a purchase and a
        visit' stays one exclusion; 'but who ...' (WITHOUT_ENDS) turns back to the customers, and so does 'but' before
        a state ('sans aucun achat depuis 6 mois, mais opt-in SMS': read inside, the SMS opt-ins were removed)."""
        if self.exclusion_marker not in CONCORD_MARKERS or i in blocked:
            return False
        if any(tuple(self.norms[i:i + len(m)]) == m for m in WITHOUT_ENDS) or self._people_again(i):
            return True
        if self.norms[i] == "but" and any(s.start == i + 1 and s.of("event") for s in self.lexicon_spans):
            return True     # 'sans visite depuis 6 mois mais passés en caisse ...': a behaviour of their own again
        if self.norms[i] not in WITHOUT_STATE_LINKS:      # ', opt-in email', 'but SMS opt-in': as after 'and'
            return False
        j = i + 1
        # (the words as read: a French 'un' reads 'an')
        while j < len(self.norms) and (self.norms[j] in self.lexicon.determiners or self.norms[j] in DETERMINERS
                                       or self.norms[j] in STATE_LEADS):
            j += 1
        after = next((s for s in self.lexicon_spans if s.start == j), None)
        behaviour = ("event", "kindword", "qualifier", "dimvalue")

        def state(s) -> bool:
            return not s.of(*behaviour) and not any(m.event for m in s.of("column"))
        if after is not None and state(after):
            return True
        # 'but with an SMS opt-in': a value of a behaviour ('SMS', a message's channel) naming the state said next
        return after is not None and not after.of("event", "kindword") and \
            any(t.start == after.end and state(t) and t.of("column") for t in self.lexicon_spans)
