"""Groups of customers joined by 'or' ('men over 50 or women over 60'), and behaviours said apart.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations


from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    CompareCondition, Condition, DateCondition, FlagValueCondition, IndicatorCondition, OrCondition, ValueCondition,
)
from assistant.meaning import Window
from assistant.translate.offline.lexicon import Span
from assistant.translate.lang_en import (
    DENIAL_LEADS, BOUNDS_AFTER, CLAUSE_OPENERS, CONNECTORS, EXCLUDED_PEOPLE, LEADING_WORDS, GROUP_UNION_MARKERS, NEGATIONS,
    MODIFIER_WORDS, NOTES, ORDER_WORDS, RELATIVE_WORDS, DETERMINERS, FILLER_WORDS, WITHOUT_ENDS,
)
from assistant.translate.offline.parsed import (
    PREFIX_NEGATIONS, UNIONS_BY_FIRST, Apart,
)

# What a span names when it is a condition on the customers' profile, and when it names a behaviour.
PROFILE_KINDS = ("value", "indvalue", "column", "indicator")
PROFILE_CONDITIONS = (ValueCondition, CompareCondition, DateCondition, FlagValueCondition, IndicatorCondition)
BEHAVIOUR_KINDS = ("event", "kindword", "glossary", "qualifier", "dimension", "table", "dimvalue")   # a product last


class GroupReading:
    """Groups of customers joined by 'or' ('men over 50 or women over 60'), and behaviours said apart."""

    def _union(self, start: int, end: int, blocked: set[int], spans: list[Span]) -> list[tuple[int, int]]:
        """The stretches a union marker ('plus anyone who', 'as well as those who', 'VIP customers plus gold
        customers') separates."""
        cuts, i = [], start + 1
        while i < end:
            if self.norms[i] not in UNIONS_BY_FIRST:       # most words open no marker: passed over at once
                i += 1
                continue
            marker = next((m for m, pronouns in UNIONS_BY_FIRST[self.norms[i]]
                           if tuple(self.norms[i:i + len(m)]) == m
                           and i + len(m) < end and not blocked & set(range(i, i + len(m)))
                           and (self.norms[i + len(m)] in pronouns or
                                m in GROUP_UNION_MARKERS and self._new_group(cuts[-1][1] if cuts else start, i,
                                                                             i + len(m), end, spans))), None)
            if marker is None:
                i += 1
                continue
            left = i - 1 if self.norms[i - 1] == "," else i
            self.out.used.update(range(left, i + len(marker)))
            cuts.append((left, i + len(marker)))
            i += len(marker)
        bounds = [start] + [b for cut in cuts for b in cut] + [end]
        return [(a, b) for a, b in zip(bounds[::2], bounds[1::2])]

    def _parallel_groups(self, start: int, end: int, blocked: set[int],
                         spans: list[Span]) -> tuple[list[tuple[int, int]], tuple[int, int] | None] | None:
        """'men over 50 or women over 60', 'VIPs in Paris or gold members in Lyon', 'hommes de plus de 50 ans ou
        femmes de plus de 60 ans': an 'or' between two groups of the customers, each a value of the same attribute
        with more said of it, is a union of the two groups (read as one list of values, each group's other words
        were both groups', silently). The stretches of the groups, and the words after them that both share (a
        behaviour: 'who bought beauty this year'), or None when the 'or' is not between such groups."""
        profile = [s for s in spans if start <= s.start < end and not s.of("entity")]
        for i in range(start + 1, end - 1):
            if self.norms[i] != "or" or i in blocked:
                continue
            sentence = min([b for b in self.sentence_ends if b > i] + [end])
            left = [s for s in profile if s.end <= i]
            right = [s for s in profile if i < s.start < sentence]
            if not left or not right:
                return None
            first = right[0]
            columns = {m.column for m in first.of("value")}
            mine = [s for s in left if columns & {m.column for m in s.of("value")}]
            # the customers' noun may come again before the value ('clients VIP à Paris ou clients gold à Lyon')
            nouns = {k for s in spans if s.of("entity") and i < s.start < first.start for k in range(s.start, s.end)}
            if not mine or any(self.norms[k] not in LEADING_WORDS and k not in nouns for k in range(i + 1, first.start)):
                continue
            # where what both groups share begins: a comma, a relative word or a behaviour's own words
            tail = next((k for k in range(first.end, sentence) if self.norms[k] in RELATIVE_WORDS or self.norms[k] == "," or any(
                s.start == k and s.of("event", "kindword", "glossary") for s in right)), sentence)
            # groups of the customers only: a place or a product of a behaviour ('passés à Rue Neuve ou à Meir')
            # is a list of that behaviour's values
            if any(s.of("event", "kindword", "glossary", "qualifier") or s.of("dimvalue") and not s.of("value", "indvalue")
                   for s in left + [s for s in right if s.start < tail]):
                return None
            # each group says more of the same attributes ('in Paris' / 'in Lyon', 'over 50' / 'over 60'); a list
            # followed by what all its values share ('in Hamburg or Munich, signed up via the app') is no union
            if not self._said_besides(start, i, mine[-1], spans) & self._said_besides(first.end, tail, first, spans):
                continue
            self.out.used.add(i)
            return [(start, i), (i + 1, tail)], ((tail, end) if tail < end else None)
        return None

    def _profile_or(self, start: int, end: int, blocked: set[int], spans: list[Span],
                    comparisons: list) -> tuple[int, int, tuple[int, int] | None] | None:
        """'women or customers under 30 who bought jewelry', 'aged over 60 or VIP', 'gold customers or
        customers who opened an email': an 'or' after a condition on the customers' profile, before another profile
        condition or a behaviour clause, unites the two (read as both required, it was dropped). Its place, the end
        of the second side and the stretch both sides share (a behaviour or period said after both), or None.

        Not such an 'or': one inside a list of values or qualifiers, after a comma or an 'either' (a disjunction of
        its own), or with a behaviour before it (behaviours said apart are read by _behaviours_apart)."""
        if any(self.norms[k] == "either" for k in range(start, end)):
            return None
        profile = [s for s in spans if start <= s.start < end and not s.of("entity")]
        # with no behaviour said in the part, a value a behaviour's dimension also holds ('Lyon': the customer's city,
        # a store's city) is the customers', as the part alone reads it
        unbehaved = not any(s.of("event", "kindword", "glossary", "qualifier") for s in profile)

        def behaviour(s: Span) -> bool:
            return bool(s.of(*BEHAVIOUR_KINDS)) and not (unbehaved and s.of("value", "indvalue"))
        for i in range(start + 1, end - 1):
            if self.norms[i] != "or" or i in blocked or self.norms[i - 1] == "," or self._lists_values(i, spans):
                continue
            if self.tokens[i - 1].number is not None and (self.tokens[i + 1].number is not None or (
                    self.norms[i], self.norms[i + 1]) in BOUNDS_AFTER and not (
                    i + 2 < end and self.tokens[i + 2].number is not None)):
                continue     # '60 or over', '2 or 3 times': a number's bound ('30 or over 60' is two comparisons)
            if (self.norms[i], self.norms[i + 1]) in ORDER_WORDS:
                continue     # 'gold or higher': the values above an ordered column's
            sentence = min([b for b in self.sentence_ends if b > i] + [end])
            # the first side's clause: from the last clause word before the 'or' (what is before it stays ANDed)
            clause = next((k + 1 for k in range(i - 1, start - 1, -1) if self.norms[k] in CONNECTORS), start)
            clause = max([clause] + [b for b in self.sentence_ends if b <= i])
            if clause > start and self.norms[clause - 1] == "," and self._groups_listed(clause - 1, clause, spans, blocked):
                return None     # 'paused members, subscribers referred by a friend or ...': a list of groups
            if self._groups_listed(i, i + 1, spans, blocked, "or") and self._whole_group(start, i):
                return None     # 'VIP women who live in Lyon or customers who ...': two groups (_disjunction)
            left = [s for s in profile if clause <= s.start and s.end <= i]
            # a value its column's word names ('favourite category electronics') is the profile's, whatever else
            # it could be (a behaviour's product)
            named = {m.column for s in left if not s.of("value") for m in s.of("column")}
            if any(not s.of(*PROFILE_KINDS) or behaviour(s) and not (
                    named & {m.column for m in s.of("value")} and not s.of(*BEHAVIOUR_KINDS[:-1]))
                   for s in left):
                return None
            compared = any(clause <= c.start_tok < i for c in comparisons)
            if not left and not compared:
                return None
            # more than one condition said together ('VIP women or ...', 'women aged over 60 or ...'), or a negation
            # ('not VIP or under 30'): which of them the 'or' unites cannot be told
            values = [s for s in left if s.of("value", "indvalue")]
            valued = {m.column for s in values for m in s.of("value")}
            columns = [s for s in left if s.of("column", "indicator") and not s.of("value")
                       and not valued & {m.column for m in s.of("column")}]
            if len(values) + (compared or bool(columns)) > 1 \
                    or any(self.norms[k] in NEGATIONS or self.norms[k] in PREFIX_NEGATIONS for k in range(clause, i)):
                return None
            right = self._after_connector(i)
            while right < sentence and (self.norms[right] in LEADING_WORDS or self.norms[right] in RELATIVE_WORDS
                                        or any(s.start == right and s.of("entity") for s in spans)):
                right = next((s.end for s in spans if s.start == right and s.of("entity")), right + 1)
            # a span the connector's small words began ('via l'appli') is the second side's first
            first = next((s for s in profile if i < s.start < sentence and s.end > right), None)
            number = next((c.start_tok for c in comparisons if i < c.start_tok < sentence), None)
            if first is None and number is None:
                return None
            if first is not None and behaviour(first) and (number is None or first.start < number):
                if not first.of("event", "kindword", "glossary") or first.of(*PROFILE_KINDS):
                    return None     # a value a behaviour and the profile both hold ('jewelry'): not judged here
                # a behaviour clause, to the end of its sentence; one with more clauses after it ('or customers who
                # opened an email and live in Lyon': the second side's, or both sides'?) is not judged here
                if any(self.norms[k] in CONNECTORS for k in range(first.end, sentence)) or \
                        any(s.of("entity") for s in spans if first.start < s.start < sentence):
                    return None
                return i, sentence, ((sentence, end) if sentence < end else None)
            begins = min(k for k in (first.start if first is not None else None, number) if k is not None)
            if begins > right + 1:      # words nothing read between the 'or' and the second condition: not judged here
                return None
            head = first.end if first is not None and first.start == begins else begins + 1
            # where what both sides share begins: a comma, a relative word or a behaviour's own words (not the value of
            # the attribute the second side names: 'living in Lyon', a store's city too)
            named = {m.column for m in first.of("column")} if first is not None and first.start == begins else set()
            tail = next((k for k in range(head, sentence) if self.norms[k] in RELATIVE_WORDS or self.norms[k] in
                         (",", "and") or any(s.start == k and behaviour(s) and not (
                             k == head and named & {m.column for m in s.of("value")}) for s in profile)), sentence)
            if any(not s.of(*PROFILE_KINDS) for s in profile if right <= s.start < tail):
                return None
            return i, tail, ((tail, end) if tail < end else None)
        return None

    def _profile_union(self, start: int, end: int, i: int, b: int, shared: tuple[int, int] | None,
                       found: tuple) -> list[Condition]:
        """The conditions of a part whose 'or' at i unites a profile condition with what [i + 1, b) says: the
        condition just before the 'or' OR the second side; what is said before it stays ANDed, what `shared` says is
        both sides'. When the words before the 'or' hold more than one condition said together ('VIP women or
        customers under 30', most found by _profile_or before reading), which of them the 'or' unites cannot be told:
        all are required, and the 'or' is still reported as not applied."""
        left = self._part(start, i, found, fresh=True)
        right = self._part(i + 1, b, found, fresh=True)
        after = self._part(*shared, found) if shared is not None else []
        if not left or not right:
            return left + right + after
        *before, first = sorted(left, key=lambda c: c.start_tok)
        # the first side a condition on the profile ('over 60' read as a count of the behaviour before is not one);
        # a negated one ('not VIP or under 30': 'not' of the first, or of both?) cannot be told either
        if not isinstance(first, PROFILE_CONDITIONS) or first.negated or before and not any(
                self.norms[k] in CONNECTORS for k in range(before[-1].end_tok, first.start_tok)):
            return left + right + after
        self.out.used.add(i)
        # 'women or customers under 30 who bought jewelry': the clause could be the second side's only (said in a
        # sentence or bullet of its own, it is every customer's)
        if after and shared[0] not in self.sentence_ends:
            self.out.notes.append(NOTES["or_shared"].format(
                words=self._words(after[0].start_tok, after[-1].end_tok),
                phrase=self._words(first.start_tok, first.end_tok), text=self._words(right[0].start_tok, right[-1].end_tok)))
        return before + [OrCondition(first.start_tok, right[-1].end_tok, groups=[[first], right])] + after

    def _said_besides(self, a: int, b: int, value: Span, spans: list[Span]) -> set[str]:
        """What more than the value and the customers' noun is said in [a, b): the attributes of the other values
        and columns, and '#' for a number ('over 50')."""
        said = {"#" for k in range(a, b) if self.tokens[k].number is not None}
        return said | {m.column for s in spans if a <= s.start < b and s is not value
                       for m in s.of("value", "indvalue", "column")}

    def _note_group_scope(self, groups: list[list[Condition]]) -> None:
        """'VIP together with gold members in France': the words after the last value are read for its group only;
        they could be meant for every group, so the note names them."""
        *before, last = groups
        if not all(len(g) == 1 and isinstance(g[0], ValueCondition) for g in before) or len(last) < 2 \
                or not isinstance(last[0], ValueCondition) or any(g[0].column != last[0].column for g in before):
            return
        tail = typed_text(self.request, self.tokens, last[1].start_tok, last[-1].end_tok)
        value = typed_text(self.request, self.tokens, last[0].start_tok, last[0].end_tok)
        self.out.notes.append(f"'{tail}' read for '{value}' only (it could also be meant for every group)")

    def _new_group(self, start: int, i: int, j: int, end: int, spans: list[Span]) -> bool:
        """After a union marker at [i, j): a group of its own when it names the entity before any behaviour
        ('plus customers who ...'), or begins with another value of an attribute the part before named ('VIP
        customers plus gold customers'); otherwise the marker adds to the clause ('bought shoes, plus opened ...')."""
        right = [s for s in spans if j <= s.start < min([b for b in self.sentence_ends if b > j] + [end])]
        left_columns = {m.column for s in spans if start <= s.start < i for m in s.of("value")}
        if not right or not left_columns and not any(start <= s.start < i for s in spans):
            return False
        first = next((s for s in right if not s.of("entity")), None)
        if first is not None and {m.column for m in first.of("value")} & left_columns:
            return True
        entity = next((s for s in right if s.of("entity")), None)
        behaviour = next((s for s in right if s.of("event", "kindword", "glossary")), None)
        return entity is not None and (behaviour is None or entity.start < behaviour.start)

    def _disjunction(self, start: int, end: int, spans: list[Span], blocked: set[int], said: list = ()
                     ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], Apart | None]:
        """'either A or B', 'A, or B': the stretches ANDed as usual, the sides of one OR between clauses, and how
        clauses said apart ('opened an email or clicked a push') read their sides (_behaviours_apart).

        An 'or' between two values of one attribute or two qualifiers ('in store or online') is not a
        clause boundary: that stays one condition. The OR reaches from 'either' (or the part's start)
        to the end of its sentence (or of the part)."""
        either = next((i for i in range(start, end) if self.norms[i] == "either" and i not in blocked), None)
        if either is not None and any(s.end == either and s.of("event", "kindword") for s in spans):
            # 'bought either shoes in store or bags', 'acheté soit des chaussures en magasin soit des sacs': an 'either'
            # after the verb pairs its objects, the verb both sides' (read from the 'either', the verb was a
            # behaviour of its own and the second side any behaviour): read as said without it
            self.out.used.add(either)
            either = None
        for i in range(either + 1 if either is not None else start, end):
            if self.norms[i] != "or" or i in blocked:
                continue
            # 'VIP customers, customers in France or customers who ...': groups of the customers listed with commas,
            # the last after the 'or', are alternatives, as after 'either' (read with the 'or' alone, the first group
            # was required with either of the others, silently)
            # ... and so are two groups, the second the customers named again after a first said with a clause
            # ('VIP women who live in Lyon or customers who opened ...': read as 'Lyon or opened', the VIP women were
            # required of both, silently; 'bought Nike in store or online customers whose ...': no list of places)
            named = bool(self._groups_listed(i, i + 1, spans, blocked, "or"))
            listed = self._groups_listed(start, i, spans, blocked) if named and either is None else []
            grouped = named and (either is not None or bool(listed) or self._whole_group(start, i))
            listing = self._coordinates(i, spans) or (self.norms[i - 1] == "," and self._coordinates(i, spans, left=i - 1))
            if listing and grouped:     # 'who are gold or platinum members': one list, unless the group after the
                e = self._people_named_end(i + 1, spans)     # 'or' says its own clause ('or online customers whose')
                grouped = e < end and self.norms[e] in CLAUSE_OPENERS
            if listing and not grouped:
                continue
            own = self._behaviours_apart(i, start, end, spans, said) if either is None and not grouped else None
            if either is None and not (i > start and self.norms[i - 1] == ",") and own is None and not grouped:
                continue
            scope_start = either if either is not None else own.start if own is not None else start
            scope_end = min([b for b in self.sentence_ends if b > i] + [end] + ([own.end] if own is not None else [])
                            + self._back_to_the_customers(i, end))
            self.out.used.update({i} | ({either} if either is not None else set()) |
                                 ({i - 1} if self.norms[i - 1] == "," else set()))
            self.side_cuts.add(i)
            left_end = i - 1 if self.norms[i - 1] == "," else i
            anded = [(start, scope_start)] if scope_start > start else []
            if scope_end < end:
                anded.append((scope_end, end))
            first = scope_start + 1 if either is not None else scope_start
            cuts = list(own.listed) if own is not None else self._groups_listed(first, left_end, spans, blocked) \
                if either is not None else listed
            self.out.used.update(cuts)
            bounds = [first - 1] + cuts + [left_end]
            # ... and each later 'or' that opens another group ('soit A, soit B, soit C')
            more = self._groups_listed(i + 1, scope_end, spans, blocked, "or") if either is not None else []
            self.out.used.update(more + [k - 1 for k in more if self.norms[k - 1] == ","])
            self.side_cuts.update(more)
            right = [i] + more + [scope_end]
            return anded, [(x + 1, y) for x, y in zip(bounds, bounds[1:])] + [
                (x + 1, y - 1 if y < scope_end and self.norms[y - 1] == "," else y) for x, y in zip(right, right[1:])], own
        return [(start, end)], [], None

    def _back_to_the_customers(self, i: int, end: int) -> list[int]:
        """Where a clause after the 'or' at i turns back to the customers ('either bought ... or added ... - but who
        have neither ...', 'soit ..., soit ... - mais qui n'ont ni ...'): the OR ends there, before its comma or dash
        (read to the sentence's end, the last side took the clause as its own: the others were let through)."""
        for k in range(i + 1, end):
            if any(tuple(self.norms[k:k + len(m)]) == m for m in WITHOUT_ENDS):
                return [k - 1 if self.norms[k - 1] in (",", "-", "–", "—") else k]
        return []

    def _groups_listed(self, start: int, end: int, spans: list[Span], blocked: set[int], word: str = ",") -> list[int]:
        """'either VIP customers, Italian customers who ... or ...', 'soit les clients VIP, soit les clients en France,
        soit ...': the commas (or the later 'or's) in an 'either' list that open another group (the customers named
        again, after their values) are its sides' bounds (read as one side, two groups were both required, silently)."""
        return [c for c in range(start, end) if self.norms[c] == word and c not in blocked
                and self._people_named_at(c + 1, spans)]

    def _people_named_at(self, k: int, spans: list[Span]) -> bool:
        """Do the words at k name a group of the customers: their noun (the catalog's, or a noun of the people who did
        something: 'buyers'), after its determiners, a prefix negation and up to three things said of them ('lapsed
        members', 'non-VIP customers', 'low churn risk customers', 'Nordvik buyers', 'first-time online buyers'), never
        after a verb?"""
        return self._people_named_end(k, spans) > 0

    def _people_named_end(self, k: int, spans: list[Span]) -> int:
        """Where the group _people_named_at finds at k ends (after its noun), or 0."""
        lead = k
        while k < len(self.norms) and (self.norms[k] in LEADING_WORDS or self.norms[k] in PREFIX_NEGATIONS
                                       or self.norms[k] in FILLER_WORDS or not self.norms[k]):
            k += 1
        listed = next((s for s in spans if s.start == k and s.of("table")), None)
        if listed is not None and any(n in DETERMINERS for n in self.norms[lead:k]) \
                and all(n in DETERMINERS or n in FILLER_WORDS or not n for n in self.norms[lead:k]):
            # 'and of course the suppression list', 'et bien sûr la liste repoussoir': a list of the customers named
            # with its article is its people ('on the list' is said of them: no people named)
            return listed.end
        for _ in range(4):
            if k >= len(self.norms):
                return 0
            if self.norms[k] in self.group_nouns or self.norms[k] in EXCLUDED_PEOPLE:
                return k + 1
            said = next((s for s in spans if s.start == k and (s.of("entity") or not s.of("event", "kindword"))), None)
            if said is None and self.norms[k] in MODIFIER_WORDS:      # 'first-time online buyers'
                k += 1
                continue
            if said is None:
                return 0
            if said.of("entity") or self.norms[said.end - 1] in self.group_nouns:   # 'lapsed customers', a term
                return said.end
            k = said.end
            # 'nor gold-or-above members': the values above (below) it are said with the value
            k += next((len(p) for p in ORDER_WORDS if tuple(self.norms[k:k + len(p)]) == p), 0)
        return 0

    def _whole_group(self, start: int, i: int) -> bool:
        """Do the words before the 'or' at i name a group of the customers whole, with a clause said of them ('VIP
        women who live in Lyon', 'customers with ...')? (Values alone, 'gold customers or customers who ...', are read
        by _profile_or, with what both sides share; 'VIP women or customers under 30' is asked there.)"""
        return any(self.norms[k] in CLAUSE_OPENERS for k in range(start, i))

    def _behaviours_apart(self, i: int, start: int, end: int, spans: list[Span], said: list) -> Apart | None:
        """'a store purchase over 100 or an online order over 200', 'an order over 100 or a store purchase this
        year': an 'or' between two behaviours' nouns, the first with an amount, count or period of its own said
        before the 'or', joins two behaviours, each with what is said of it (read as one behaviour of either
        event, the amounts were mixed: 'more than 200 purchases, each over 100'). The OR's stretch: from the first
        behaviour's clause to the next clause word after the second, and how its sides are read."""
        def clause_start(k: int) -> int:
            while k > start and self.norms[k - 1] not in CONNECTORS:
                k -= 1
            return k
        right = self._after_connector(i)
        if right < end and self.norms[right] in RELATIVE_WORDS:
            # 'who live in Toronto or who shopped there', 'qui habitent Paris ou qui ont acheté': the relative word
            # said again after the 'or' opens a clause of its own, whatever the first clause says
            a = clause_start(i)
            if a == i or not any(a <= s.start < i for s in spans):
                return None
            return Apart(a, next((k for k in range(right + 1, end) if self.norms[k] in CONNECTORS), end))
        denial = right     # 'or not online', 'or did not click', 'or haven't': past the auxiliaries
        while denial < end and self.norms[denial] in DENIAL_LEADS:
            denial += 1
        if denial < end and self.norms[denial] in NEGATIONS and denial not in self.vague_tokens:
            # 'bought in store or not online', 'en magasin ou pas en ligne': a negation right after the 'or' is the
            # second side's own (read over one clause, neither side was kept: not(A or B), silently). After a profile
            # value alone ('VIP or not in Lyon': VIP whichever, in Lyon?) it is not judged here
            a = clause_start(i)
            b = next((k for k in range(denial + 1, end) if self.norms[k] in CONNECTORS), end)
            if not any(a <= s.start < i and s.of("event", "kindword", "qualifier", "glossary") for s in spans) \
                    or not any(denial < s.start < b for s in spans):
                return None
            return Apart(a, b)
        if not any(s.start == right and s.of("event", "kindword") for s in spans):
            return self._gapped(i, right, start, end, spans, clause_start) or \
                self._places_and_periods(i, right, start, end, spans, said, clause_start)
        nouns = [s for s in spans if start <= s.start and s.end <= i and s.of("event", "kindword")]
        if not nouns:
            return None
        # what the first behaviour says of itself before the 'or': its amount, count or period, or its own object,
        # place or channel ('opened an email or clicked an SMS', 'bought shoes or ordered a bag online': each verb
        # with its own; read as one behaviour, the verbs and the objects were crossed). A bare verb ('opened or
        # clicked an email') shares the object said after the 'or', unless no object of the second can be the
        # first's ('made a store purchase or opened an email').
        own = any(nouns[-1].end <= getattr(x, "start_tok", -1) < i for x in said) or any(
            nouns[-1].end <= s.start and s.end <= i and s.of("dimvalue", "qualifier", "value") for s in spans) or \
            not self._dimensions(nouns[-1]) & self._dimensions(next(s for s in spans if s.start == right))
        if not own:
            return None
        a = clause_start(nouns[-1].start)
        # 'opened an email, clicked a push or bought online': behaviours listed with commas before the 'or' are
        # sides of it too (read as ANDed with it, or with the side before it, silently)
        cuts = []
        while a > start + 1 and self.norms[a - 1] == ",":
            before = clause_start(a - 1)
            if before == a - 1 or not any(before <= s.start < a - 1 and s.of("event", "kindword") for s in spans):
                break
            cuts.insert(0, a - 1)
            a = before
        b = next((k for k in range(right, end) if self.norms[k] in CONNECTORS), end)
        if b < end and self.norms[b] in CLAUSE_OPENERS and any(s.start == right and s.end == b for s in spans):
            # '... or buyers whose average basket is above €150': the people said by what they did, and the clause
            # said of them is that side's (cut at its opening word, it was required of both sides, silently)
            b = next((k for k in range(b + 1, end) if self.norms[k] in CONNECTORS), end)
        return Apart(a, b, listed=tuple(cuts), shared_negation=True)

    def _dimensions(self, noun: Span) -> set[str]:
        """The dimensions of the events a behaviour's word names (a kind's word: every event of that kind)."""
        kinds = {m.ref for m in noun.of("kindword")}
        events = {m.event for m in noun.of("event")} | {e for e, ev in self.catalog.events.items() if ev.kind in kinds}
        return {d for e in events for d in self.catalog.events[e].dimensions}

    def _gapped(self, i: int, right: int, start: int, end: int, spans: list[Span], clause_start) -> Apart | None:
        """'bought shoes in store or bags online', 'shoes in Paris or bags in Lyon', 'des chaussures en magasin ou des
        sacs en ligne': the verb said once, each side its own object and its own place or channel. Read as one behaviour, the objects and places were
        crossed (or the second object dropped); each side is a behaviour of its own, the second with the first's verb."""
        b = next((k for k in range(right, end) if self.norms[k] in CONNECTORS), end)
        after = [s for s in spans if right <= s.start < b]
        nouns = [s for s in spans if start <= s.start and s.end <= i and s.of("event", "kindword")]
        if not nouns or not after or not after[0].of("dimvalue") or after[0].of("event", "kindword") \
                or not any(s.of("qualifier", "dimvalue") for s in after[1:]):
            return None
        before = [s for s in spans if nouns[-1].end <= s.start and s.end <= i]
        events = {m.event for m in after[0].of("dimvalue")}
        objects = [s for s in before if events & {m.event for m in s.of("dimvalue")}]
        if not objects or not any(s.of("qualifier", "dimvalue") for s in before if s is not objects[0]):
            return None
        return Apart(clause_start(nouns[-1].start), b, gapped=True)

    def _places_and_periods(self, i: int, right: int, start: int, end: int, spans: list[Span], said: list,
                            clause_start) -> Apart | None:
        """'bought in store this year or online last year', 'acheté en magasin cette année ou en ligne l'an dernier':
        the verb said once, each side its own place or channel and its own period. Read as one behaviour, the places
        were listed and the second period was dropped (asked as words nothing read); each side is a behaviour of its
        own, the second with the first's verb."""
        b = next((k for k in range(right, end) if self.norms[k] in CONNECTORS), end)
        nouns = [s for s in spans if start <= s.start and s.end <= i and s.of("event", "kindword")]
        first = next((s for s in spans if s.start == right), None)
        if not nouns or first is None or not first.of("qualifier") or first.of("event", "kindword"):
            return None
        # the first side's place said after its verb, or in the verb's own words ('acheté en magasin': a store
        # purchase, its sibling an online order)
        places = [s for s in spans if nouns[-1].end <= s.start and s.end <= i and s.of("qualifier")]
        if not places and not self._siblings(nouns[-1].of("event"), first):
            return None
        periods = [x.start_tok for x in said if isinstance(x, Window)]
        placed = places[-1].end if places else nouns[-1].end
        if not any(placed <= k < i for k in periods) or not any(first.end <= k < b for k in periods):
            return None
        return Apart(clause_start(nouns[-1].start), b, gapped=True)
