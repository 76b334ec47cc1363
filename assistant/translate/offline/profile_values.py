"""Profile attributes: values, numbers, dates, ages and birthdays of the customers themselves.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations

import calendar
import re


import dataclasses
from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    CompareCondition, Condition, DateCondition, FlagValueCondition, IndicatorCondition, KnownCondition, OrCondition, TableCondition, ValueCondition,
)
from assistant.translate.offline.months_of_year import any_year_after
from assistant.translate.offline.lexicon import Meaning, Span
from assistant.meaning import Comparison, Window
from assistant.translate.offline.modifiers import (
    days_ahead, held_since,
)
from assistant.translate.lang_en import (
    ORDER_WORDS, ORDER_MARKS, NOTES, BIRTH_OPS, BIRTHDAY_MONTHS, MONTHS, FUNCTION_WORDS, HEAD_LIST_JOINS, BOTH_JOINS, NEGATIONS, DETERMINERS,
)
from assistant.translate.offline.aggregates import (
    read_known,
)
from schema_catalog.semantic import birth_parts, customer_column
from schema_catalog.types import is_numeric
from assistant.translate.offline.parsed import (
    AGE_ROLES, MAX_AGE, Segment, column_name, months_between,
)


class ProfileReading:
    """Profile attributes: values, numbers, dates, ages and birthdays of the customers themselves."""

    # -- profile attributes ------------------------------------------------------
    def _profile(self, seg: Segment, negated: bool, beside_behaviour: bool = False) -> list[Condition]:
        cat, out = self.catalog, []
        context_cols = {m.column for s in seg.spans for m in s.of("column") if not m.event}
        by_column: dict[str, ValueCondition] = {}
        each: set[str] = set()
        flags = [(s, m) for s in seg.spans for m in s.of("column")
                 if not m.event and cat.column(m.column).type.upper() == "BOOLEAN"]
        for s in seg.spans:
            values = s.of("value")
            if values and self._two_readings(seg, s, values, context_cols):
                self.out.readings.append((s.start, s.end, values[0], s.of("dimvalue")[0]))
                self._use(s.start, s.end)
                continue
            if values:
                m = self._pick_value(self._not_said_here(seg, s, values), context_cols)
                self._note_shadowed(s, m)
                self._note_behaviour_reading(seg, s, m, context_cols)
                self._note_place_of_another_behaviour(s, m, context_cols)
                cond = by_column.get(m.column)
                if cond is None:
                    cond = by_column[m.column] = ValueCondition(s.start, s.end, negated=negated, column=m.column)
                elif any(n in BOTH_JOINS for n in self.norms[cond.end_tok:s.start]) \
                        and not any(n == "or" for n in self.norms[cond.end_tok:s.start]):
                    each.add(m.column)      # 'opted in to SMS & push': both consents, never either
                beyond, end = self._ordered_beyond(s, m)
                cond.values = tuple(dict.fromkeys(cond.values + m.values + tuple(beyond)))
                cond.labels = tuple(dict.fromkeys(cond.labels + (m.label,) + tuple(beyond.values())))
                cond.start_tok, cond.end_tok = min(cond.start_tok, s.start), max(cond.end_tok, end)
                self._use(s.start, end)
                continue
            ind = s.of("indvalue")
            if ind and self._modifies_another_noun(s, ind[0]):
                ind = []        # 'high spenders': 'high' says how much they spend, not the churn band 'high'
            if ind:
                cond = IndicatorCondition(s.start, s.end, negated=negated, indicator=ind[0].ref, values=ind[0].values)
                self._use(s.start, s.end)
                for other in seg.spans:  # "stage", "journey stage": the indicator's own name
                    if any(m.ref == ind[0].ref for m in other.of("indicator")):
                        self._use(other.start, other.end)
                        cond.start_tok, cond.end_tok = min(cond.start_tok, other.start), max(cond.end_tok, other.end)
                out.append(cond)
            for m in s.of("table"):
                out.append(TableCondition(s.start, s.end, negated=negated, table=m.ref, label=m.label))
                self._use(s.start, s.end)
            if s.of("entity"):
                self._use(s.start, s.end)
        used_tables = {c.rsplit(".", 1)[0] for c in by_column}
        for s in seg.spans:  # "live in", "acquired": context words of an attribute of a table that was used; never
            # a personal attribute of its own ('VIP customers we have a phone number for' said the phone, and it was
            # dropped without a word)
            if any(m.column in by_column or m.column.rsplit(".", 1)[0] in used_tables
                   and not self.catalog.column(m.column).personal for m in s.of("column") if not m.event):
                self._use(s.start, s.end)
        for column, cond in by_column.items():
            table = column.rsplit(".", 1)[0]
            flag = next(((s, m) for s, m in flags if m.column.rsplit(".", 1)[0] == table), None)
            shared = None if flag else self._head_after_list(cond.end_tok, column)
            if shared is not None:
                # 'SMS and push opt-in': the head said after a list of values is each value's (the first was read
                # as any consent row on SMS, opted in or not, silently); read in its own clause with the last value
                self.last_flag = FlagValueCondition(cond.start_tok, cond.end_tok, negated=negated, flag=shared.column,
                                                    column=column, values=cond.values, labels=cond.labels)
                out.append(self.last_flag)
            elif flag:
                s, m = flag
                self._use(s.start, s.end)
                # a yes/no of each value's own row ('opted in to SMS & push') holds for each value said with '&'
                groups = list(zip(cond.values, cond.labels)) if column in each and not negated \
                    and len(cond.values) == len(cond.labels) else [(cond.values, cond.labels)]
                for values, labels in groups:
                    values, labels = (values, labels) if isinstance(values, tuple) else ((values,), (labels,))
                    self.last_flag = FlagValueCondition(min(cond.start_tok, s.start), max(cond.end_tok, s.end),
                                                        negated=negated, flag=m.column, column=column, values=values,
                                                        labels=labels)
                    out.append(self.last_flag)
            elif self.last_flag is not None and self.last_flag.column == column:
                # 'opted in to push but not to email': the flag carries over to the next value of its column
                out.append(FlagValueCondition(cond.start_tok, cond.end_tok, negated=negated, flag=self.last_flag.flag,
                                              column=column, values=cond.values, labels=cond.labels))
            else:
                out.append(cond)
                named = {m.ref for sp in seg.spans for m in sp.of("table")}     # 'suppressed for fraud'
                spans = [sp for sp in seg.spans if cond.start_tok <= sp.start < cond.end_tok]
                behaviour = any(sp.of("dimvalue") for sp in spans)       # the word also names what they bought
                before_noun = any(t.start == cond.end_tok and t.of("entity") for t in self.lexicon_spans)
                if table != self.entity_table and column not in context_cols and table not in named and behaviour \
                        and not before_noun and self.catalog.column(column).named_values:
                    # 'customers who have children': a value of a derived attribute (their favourite category),
                    # read with no word naming that attribute: the note names the phrase and the reading
                    words = typed_text(self.request, self.tokens, cond.start_tok, cond.end_tok)
                    self.out.notes.append(f"'{words}' read as {column_name(column)} {' or '.join(cond.labels)} "
                                          "(no word named that attribute)")
        out.extend(read_known(self, seg, negated, self.excluding))
        out.extend(self._yes_said(seg, negated, set(by_column)))
        out.extend(self._joined_alone(seg, negated))
        out.extend(self._numbers_and_dates(seg, negated, beside_behaviour))
        return out

    def _bare_row_values(self) -> None:
        """'gold members with push notifications', 'Lyon customers with SMS': a value of a table whose rows each carry
        one yes/no (a consent per channel), still read as a value once every reading is done (not the channel of a
        behaviour: 'received an SMS but no email'), is said of the rows where it holds; read as any row, a customer
        who refused push was kept, silently (the card says the reading: 'opted in: push')."""
        def flagged(c: Condition) -> Condition:
            if isinstance(c, OrCondition):
                c.groups = [[flagged(b) for b in g] for g in c.groups]
                return c
            flag = self._row_flag(c.column.rsplit(".", 1)[0]) if type(c) is ValueCondition else None
            return c if flag is None else FlagValueCondition(c.start_tok, c.end_tok, negated=c.negated, flag=flag,
                                                             column=c.column, values=c.values, labels=c.labels)
        self.out.criteria = [flagged(c) for c in self.out.criteria]
        self.out.exclusions = [flagged(c) for c in self.out.exclusions]

    def _row_flag(self, table: str) -> str | None:
        """The one yes/no column of a table of attributes other than the customers' own (crm.consents.opted_in), keyed
        by the customer and which no event is recorded in: each row's value holds only where it is yes. None for other
        tables: a dimension the customer is reached to ('London', their home club's region) is no row of theirs, and
        its yes/no ('has a pool') says something else."""
        if table == self.entity_table or any(ev.table == table for ev in self.catalog.events.values()) \
                or customer_column(self.catalog, table) is None:
            return None
        flags = [f"{table}.{name}" for name, col in self.catalog.tables[table].columns.items()
                 if col.type.upper() == "BOOLEAN"]
        return flags[0] if len(flags) == 1 else None

    def _head_after_list(self, end: int, column: str) -> Meaning | None:
        """The yes/no column said after a list of values of `column` that starts at `end` ('SMS and push opt-in',
        'SMS, push and email subscribers', 'e-mail et SMS opt-in'): the list's head, shared by each of its values.
        None when the list holds anything but values of that column (then the head is the last value's alone)."""
        table, k, crossed = column.rsplit(".", 1)[0], end, False
        while k < len(self.norms):
            if self.norms[k] in HEAD_LIST_JOINS or k > end and self.norms[k] in NEGATIONS:
                k += 1     # 'SMS and not push opt-in': the head is still each value's
                continue
            here = [s for s in self.lexicon_spans if s.start == k]
            head = [m for s in here for m in s.of("column") if not m.event and m.column.rsplit(".", 1)[0] == table
                    and self.catalog.column(m.column).type.upper() == "BOOLEAN"]
            if head and crossed:
                return head[0]
            value = next((s for s in here if any(m.column == column for m in s.of("value"))), None)
            if value is None or k == end:
                return None
            k, crossed = value.end, True
        return None

    def _yes_said(self, seg: Segment, negated: bool, read: set[str]) -> list[Condition]:
        """'verified members', 'members who are not verified': a yes/no attribute of the customers' own row, named
        alone, is yes (it was read as nothing, or as the values said beside it: 'is verified: Geneva')."""
        out: list[Condition] = []
        for s in seg.spans:
            if self._used(s) or s.of("value", "event", "kindword", "glossary"):
                continue
            flag = next((m for m in s.of("column") if not m.event and m.column not in read
                         and m.column.rsplit(".", 1)[0] == self.entity_table
                         and self.catalog.column(m.column).type.upper() == "BOOLEAN"), None)
            if flag is not None:
                self._use(s.start, s.end)
                read.add(flag.column)
                out.append(ValueCondition(s.start, s.end, negated=negated, column=flag.column, values=(True,),
                                          labels=(typed_text(self.request, self.tokens, s.start, s.end),)))
        return out

    def _joined_alone(self, seg: Segment, negated: bool) -> list[Condition]:
        """'people who signed up', 'les gens inscrits': the word for becoming a customer, with no period said, is
        that they have the date of it (every customer who signed up), not a question."""
        if negated or seg.windows or seg.comparisons or self.joined is None:
            return []
        out: list[Condition] = []
        for s in seg.spans:
            if not self._used(s) and s.meanings and all(m.kind == "column" and m.column == self.joined for m in s.meanings):
                self._use(s.start, s.end)
                out.append(KnownCondition(s.start, s.end, column=self.joined, known=True))
        return out

    def _ordered_beyond(self, s: Span, m: Meaning) -> tuple[dict[str, str], int]:
        """'gold and above': the values an ordered column lists after (or before) the one said, by label, and where
        the words that say so end."""
        col = self.catalog.column(m.column)
        # 'gold tier and up': the column's own noun between the value and the words
        # ... or the customers' noun ('silver members and above')
        noun = next((t for t in self.lexicon_spans if t.start == s.end and t.meanings
                     and (all(x.kind == "column" and x.column == m.column for x in t.meanings) or t.of("entity"))),
                    None)
        at_end = noun.end if noun is not None else s.end
        phrase = next((p for p in ORDER_WORDS if tuple(self.norms[at_end:at_end + len(p)]) == p), None)
        if phrase is not None and noun is not None:
            s = Span(s.start, at_end, s.meanings)
        elif noun is not None:
            phrase = next((p for p in ORDER_WORDS if tuple(self.norms[s.end:s.end + len(p)]) == p), None)
        way = ORDER_WORDS[phrase] if phrase is not None else None
        if phrase is None and s.end < len(self.tokens) and self.norms[s.end] in ORDER_MARKS \
                and self.tokens[s.end].start == self.tokens[s.end - 1].end \
                and (s.end + 1 == len(self.tokens) or self.tokens[s.end + 1].start > self.tokens[s.end].end):
            phrase, way = (self.norms[s.end],), ORDER_MARKS[self.norms[s.end]]     # 'gold+ members'
        if not col.ordered or len(m.values) != 1 or m.values[0] not in col.values or phrase is None:
            return {}, s.end
        keys = list(col.values)
        at = keys.index(m.values[0])
        beyond = keys[at + 1:] if way == "up" else keys[:at]
        return {k: col.values[k].label or k for k in beyond}, s.end + len(phrase)

    def _note_behaviour_reading(self, seg: Segment, s: Span, m: Meaning, context_cols: set[str]) -> None:
        """'App users': a value said before the customers' noun, read as their own (the acquisition channel), that
        is also, with another vocabulary, what a behaviour is about (orders through the app), with no behaviour
        named: said in a note."""
        before_entity = any(t.start == s.end and t.of("entity") for t in self.lexicon_spans)
        if not before_entity or m.column in context_cols or self._has_event_anchor(seg) or \
                not self.catalog.column(m.column).values:
            return
        own = set(self.catalog.column(m.column).values)
        other = next((d for d in s.of("dimvalue") if self.catalog.column(d.column).values
                      and set(self.catalog.column(d.column).values) != own), None)
        if other is not None:
            words = " ".join(t.text for t in self.tokens[s.start:s.end])
            self.out.notes.append(NOTES["two_dimensions"].format(
                words=words, kept=f"{column_name(m.column)} {m.label}",
                dropped=f"{self.catalog.events[other.event].label}, {other.dim.replace('_', ' ')} {other.label}"))

    def _note_place_of_another_behaviour(self, s: Span, m: Meaning, context_cols: set[str]) -> None:
        """'store orders', 'commandes magasin', 'web tickets': a place said beside a behaviour's noun that the
        behaviour cannot have (online orders are not in a store) was read as the customers' own value (acquired in
        store), with no word naming that attribute: said in a note, with the behaviour the place belongs to."""
        places = [q for q in s.of("qualifier") if q.event]
        if not places or m.column in context_cols:
            return
        beside = [t for t in self.lexicon_spans if (t.start == s.end or t.end == s.start) and t.of("event", "kindword")]
        if not beside or any(q.event in {e.event for t in beside for e in t.of("event")} for q in places):
            return
        words = " ".join(t.text for t in self.tokens[s.start:s.end])
        self.out.notes.append(NOTES["two_dimensions"].format(
            words=words, kept=f"{column_name(m.column)} {m.label}",
            dropped=", ".join(dict.fromkeys(self.catalog.events[q.event].label for q in places))))

    def _two_readings(self, seg: Segment, s: Span, values: list[Meaning], context_cols: set[str]) -> bool:
        """'customers who have kids': a word that is both a value of a column read only when named (a favourite
        category) and what a behaviour is about (a category bought), with neither the column nor a behaviour
        named: a question, never one of them picked."""
        return bool(s.of("dimvalue")) and not seg.windows and not self._has_event_anchor(seg) \
            and all(self.catalog.column(m.column).named_values and m.column not in context_cols for m in values)
    def _modifies_another_noun(self, span: Span, value: Meaning) -> bool:
        """A bare ordinary word read as an indicator's value ('high') said right before another catalog noun
        ('high spenders', 'low basket'): it qualifies that noun, so it is not that value (it is asked instead)."""
        words = self.norms[span.start:span.end]
        if len(words) != 1 or not self.lexicon.is_word(words[0]):
            return False
        after = next((t for t in self.lexicon_spans if t.start == span.end), None)
        return after is not None and not after.of("entity") and \
            not any(m.kind in ("indicator", "indvalue") and m.ref == value.ref for m in after.meanings)

    def _born(self, c: Comparison, negated: bool) -> CompareCondition:
        """A year of birth on the catalog's birth column: an integer year as it is, a birth date by its year."""
        column = next((col for col in self.birth_columns if self.catalog.column(col).role == "birth_year"),
                      self.birth_columns[0])
        self._use(c.start_tok, c.end_tok)
        return CompareCondition(c.start_tok, c.end_tok, negated=negated, column=column, comparison=c, year=True)

    def _year_of_birth(self, c: Comparison) -> Comparison | None:
        """'before 1950', 'after 1990', 'in 1975' beside a birth word ('year of birth after 1990'): the year of birth
        compared, read like 'born after 1990' (see modifiers.find_births)."""
        before = self.norms[c.start_tok - 1] if c.start_tok > 0 else ""
        op = BIRTH_OPS.get(before)
        if op is None or c.upper is not None or not (1800 <= c.value <= self.as_of.year and float(c.value).is_integer()):
            return None
        return Comparison(op, c.value, c.start_tok - 1, c.end_tok, born=True)

    def _birth_month(self, c: Comparison, births, negated: bool) -> DateCondition | None:
        """The month of a birth said with its year, on the column a birthday's month reads (the birth date, or the
        month of its parts); with neither, said in a note (the year alone is read)."""
        roles = {col.role: f"{t}.{n}" for t, tb in self.catalog.tables.items() for n, col in tb.columns.items()
                 if col.role in ("birth_date", "birth_month")}
        column = next((m.column for _, m in births if self.catalog.column(m.column).role in roles), None) \
            or roles.get("birth_date") or roles.get("birth_month")
        if column is None:
            self.out.notes.append(NOTES["birth_month_unheld"].format(words=self._words(c.start_tok, c.end_tok)))
            return None
        return DateCondition(c.start_tok, c.end_tok, negated=negated, column=column, months=(c.month,))

    def _birthday_window(self, w: Window, births, negated: bool) -> DateCondition | None:
        """A period said of a birth: a month without a year is that month of any year ('a birthday in October',
        'October birthdays'). Years of birth are comparisons (see _born)."""
        column = next((m.column for _, m in births if self._holds_birthdays(m.column)), None)
        if column is None or w.vague or w.anaphora:
            return None
        said = self.norms[w.start_tok:w.end_tok]
        year_said = any(self.tokens[i].number is not None for i in range(w.start_tok, w.end_tok))
        if w.amount is None and w.start is not None and w.start.day == 1 and not year_said and \
                any(n in MONTHS for n in said) and w.end is not None and months_between(w.start, w.end) == 1:
            cond = DateCondition(w.start_tok, w.end_tok, negated=negated, column=column, months=(w.start.month,))
        else:
            return None
        self._use(w.start_tok, any_year_after(self.norms, w.end_tok) or w.end_tok)    # 'of any year' says the same
        for s, _ in births:
            self._use(s.start, s.end)
        return cond

    def _birthday_days(self, seg, births, negated: bool) -> DateCondition | None:
        """'birthday in the next 7 days', 'anniversaire dans les 7 prochains jours', 'a birthday in the last 2 weeks':
        a birthday (never a birth: 'born in the last 30 years' is an age) in days said ahead of today or back from
        it is its month and day of any year among those days (across a month's or a year's end). A birth said on
        named days of a month with no year ('born on 25 December') is those days of any year too: born on the latest
        25 December, nobody is a customer."""
        column = next((m.column for s, m in births if self._a_birthday(s)), None)
        born = column is None
        column = column or next((m.column for _, m in births), None)
        if column is None or not self._holds_birthdays(column):
            return None
        ahead = None if born else days_ahead(self.tokens, self.as_of, seg.start, seg.end)
        if ahead is not None:
            a, b, w = ahead
        else:
            w = next((w for w in seg.windows if (w.amount is not None and not born or self._days_of_a_month(w))
                      and not w.vague and not w.anaphora and w.start_tok not in self.out.used), None)
            if w is None:
                return None
            a, b = w.start_tok, w.end_tok
            b = any_year_after(self.norms, b) or b if w.amount is None else b     # '25 December, whatever the year'
        self._use(a, b)
        for s, _ in births:
            self._use(s.start, s.end)
        start = min([a] + [s.start for s, _ in births if s.start < a])
        return DateCondition(start, max(b, max(s.end for s, _ in births)), negated=negated, column=column, window=w,
                             anniversary=True)

    def _days_of_a_month(self, w: Window) -> bool:
        """'on 25 December', 'between 20 and 26 December': days named with their month and no year (a birthday's, of
        any year: read as the latest such days, it was refused)."""
        numbers = [t.number for t in self.tokens[w.start_tok:w.end_tok] if t.number is not None]
        after = self.tokens[w.end_tok] if w.end_tok < len(self.tokens) else None     # '25 December 1980': a year
        if after is not None and after.number is not None and after.number > 31:
            return False
        return w.start is not None and w.end is not None and (w.end - w.start).days <= 31 and bool(numbers) \
            and all(n <= 31 for n in numbers) and any(n in MONTHS for n in self.norms[w.start_tok:w.end_tok])

    def _celebrated(self, born: DateCondition, births) -> None:
        """'customers celebrating their birthday next month', 'qui fêtent leur anniversaire': the verb said of a
        birthday read (lang_en.BIRTHDAY_VERBS), with the possessive between them, is part of it."""
        for s, _ in births:
            k = s.start - (s.start > 0 and self.norms[s.start - 1] in DETERMINERS)
            if k > 0 and self.norms[k - 1] in self.birthday_verbs:
                self._use(k - 1, s.start)
                born.start_tok = min(born.start_tok, k - 1)

    def _holds_birthdays(self, column: str) -> bool:
        """Whether a birth column says the month of a birthday: a birth date does, a year of birth only with the month
        beside it (a catalog holding the year alone cannot answer 'a birthday in October': it is asked, never read as
        the month of a year, which is no date)."""
        if self.catalog.column(column).role != "birth_year":
            return True
        parts = birth_parts(self.catalog, column.rsplit(".", 1)[0])
        return parts is not None and parts[1] is not None

    def _a_birthday(self, s) -> bool:
        return any(n in self.birthday_words for n in self.norms[s.start:s.end])

    def _birthday_month(self, seg, births, negated: bool) -> DateCondition | None:
        """'a birthday this month', 'anniversaire le mois prochain': a month said from today's of a birth is that
        calendar month of any year (lang_en.BIRTHDAY_MONTHS), said in a note (read as a period, the birthday was
        asked about or refused)."""
        column = next((m.column for _, m in births if self._holds_birthdays(m.column)), None)
        for k in range(seg.start, seg.end):
            said = next((p for p in BIRTHDAY_MONTHS if tuple(self.norms[k:k + len(p)]) == p), None)
            if said is None or column is None or k in self.out.used:
                continue
            month = (self.as_of.month - 1 + BIRTHDAY_MONTHS[said]) % 12 + 1
            self._use(k, k + len(said))
            for s, _ in births:
                self._use(s.start, s.end)
            self.out.notes.append(NOTES["birthday_month"].format(words=self._words(k, k + len(said)),
                                                                 month=calendar.month_name[month]))
            start = min([k] + [s.start for s, _ in births if s.start < k])     # 'birthday ... this month'
            return DateCondition(start, k + len(said), negated=negated, column=column, months=(month,))
        return None

    def _note_shadowed(self, s: Span, m: Meaning) -> None:
        """'Premium members in London': a value the catalog declares ('London', the home club's region) that the
        warehouse also holds in a column of the customers' own (their city) is read as declared, said in a note."""
        others = self.lexicon.shadowed.get(tuple(self.norms[s.start:s.end]), set()) - {m.column}
        if others:
            self.out.notes.append(f"'{m.label}' read as {m.column} (it could also be {', '.join(sorted(others))})")

    def _not_said_here(self, seg: Segment, s: Span, values: list[Meaning]) -> list[Meaning]:
        """'Adhérentes' (female members): a word whose gender the rewrite said apart, as a word of its own at its place
        (rewrite.feminine_nouns), reads its other values; the gender, picked again, lost the membership, silently."""
        place = (self.tokens[s.start].start, self.tokens[s.end - 1].end)
        said = {m.column for o in seg.spans if o is not s and (self.tokens[o.start].start, self.tokens[o.end - 1].end) == place
                for m in o.of("value")}
        rest = [m for m in values if m.column not in said]
        return rest if said and rest else values

    def _pick_value(self, values: list[Meaning], context_cols: set[str]) -> Meaning:
        for m in values:
            if m.column in context_cols:
                return m
        for m in values:
            if m.column.rsplit(".", 1)[0] == self.entity_table:
                if len({v.column for v in values}) > 1:
                    others = ", ".join(sorted({v.column for v in values if v.column != m.column}))
                    self.out.notes.append(f"'{m.label}' read as {m.column} (it could also be {others})")
                return m
        if len({v.column for v in values}) > 1:     # two attributes elsewhere: the first, said (it was silent)
            others = ", ".join(sorted({v.column for v in values if v.column != values[0].column}))
            self.out.notes.append(f"'{values[0].label}' read as {values[0].column} (it could also be {others})")
        return values[0]

    def _age_band_beside(self, seg: Segment, c) -> Span | None:
        """The span right before or after an age said in numbers (punctuation between) that names only indicators
        the catalog computes from the birth date: the age in bands ('age band', 'tranche d'âge')."""
        births = {col.rsplit(".", 1)[1] for col in self.birth_columns}
        for s in seg.spans:
            gap = range(s.end, c.start_tok) if s.end <= c.start_tok else range(c.end_tok, s.start)
            if (s.end > c.start_tok and s.start < c.end_tok) or not s.meanings or \
                    any(any(ch.isalnum() for ch in self.tokens[k].text) for k in gap):
                continue
            if all(m.kind == "indicator" and re.search(r"\b(" + "|".join(map(re.escape, births)) + r")\b",
                                                       self.catalog.indicators[m.ref].sql) for m in s.meanings):
                return s
        return None

    def _numbers_and_dates(self, seg: Segment, negated: bool, beside_behaviour: bool = False) -> list[Condition]:
        """The profile's numbers and dates said in the segment. Beside a behaviour read in the same clause, a bare
        number it left ('at least one order over 100') is no age unless said of the people ('shoppers over 60'):
        it is left unread, so it is asked."""
        cat, out = self.catalog, []
        columns = [(s, m) for s in seg.spans for m in s.of("column") if not m.event]
        numeric = [(s, m) for s, m in columns if is_numeric(cat.column(m.column).type) and not self._dated(m.column)]
        dates = [(s, m) for s, m in columns if self._dated(m.column)
                 and cat.column(m.column).role not in AGE_ROLES]
        births = [(s, m) for s, m in columns if cat.column(m.column).role in AGE_ROLES]
        # a numeric indicator is compared like a number of the profile ('a lifetime spend above 1,000')
        numeric += [(s, m) for s in seg.spans for m in s.of("indicator") if is_numeric(cat.indicators[m.ref].type)]
        # 'over 60 sitting on at least 1,000 points': a number's column said right after another number is that
        # number's (60 was read as points too, silently; the age it says is read below)
        claimed = {c.end_tok for c in seg.comparisons}
        for c in seg.comparisons:
            target, end = None, c.end_tok
            if c.born:
                month = self._birth_month(c, births, False) if c.month else None
                year = self._born(c, negated and month is None)
                if month is None:
                    out.append(year)
                elif negated:       # 'not born in October 1996': not both together (never neither of them)
                    out.append(OrCondition(c.start_tok, c.end_tok, negated=True, groups=[[year, month]]))
                else:               # 'born in October 1996', 'turning 30 next month': the month beside it
                    out += [year, month]
                continue
            if (births or c.age_hint) and max(c.value, c.upper or 0) > MAX_AGE:
                year = self._year_of_birth(c)
                if year is not None and self.birth_columns:   # 'year of birth before 1950': the year itself
                    for s, _ in births:
                        self._use(s.start, s.end)
                    out.append(self._born(year, negated))
                continue   # any other number that is not an age is left unread, so it is asked about
            if births or c.age_hint:
                target = (births[0][1].column if births else (self.birth_columns or [None])[0], True)
                if c.note and c.upper is None:    # 'aged 40', 'de 40 ans': at least 40, said (it may mean exactly 40)
                    self.out.notes.append(c.note)
                if (c.upper or c.value) < 10:    # no customer is 3: "a child under 3 years old" is whose age?
                    self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[c.start_tok:c.end_tok])}' read as an age")
            elif (own := [(s, m) for s, m in numeric if s.start == c.end_tok or s.start not in claimed]):
                s, m = min(own, key=lambda sm: abs(sm[0].start - c.end_tok))
                self._use(s.start, s.end)
                end = s.end if s.start == c.end_tok else end     # 'more than 5000 points': the unit is its phrase
                if m.kind == "indicator":
                    self._use(c.start_tok, c.end_tok)
                    out.append(IndicatorCondition(min(s.start, c.start_tok), max(end, s.end), negated=negated,
                                                  indicator=m.ref, comparison=c))
                    continue
                target = (m.column, False)
                if c.note and c.upper is None and not (negated or self.excluding):
                    self.out.notes.append(c.note)     # '2 cars': at least 2, said (it may mean exactly 2)
            elif self.birth_columns and c.op in (">", "<", ">=", "<=") and 10 <= c.value <= 120 and not c.currency \
                    and (not beside_behaviour or self._an_age(c)):
                target = (self.birth_columns[0], True)
                if c.note:  # a bare number ('customers 40 in Paris'); 'over 60' is plainly an age
                    self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[c.start_tok:c.end_tok])}' read as an age")
            if target and target[0] and (negated or self.excluding) and c.note and c.upper is None and c.op == ">=" \
                    and self.tokens[c.end_tok - 1].suffix != "+":
                # 'aged 30 to 40 (not 35)', 'sauf 35 ans': a bare number taken out is that value, never every one
                # from it up (the 35- to 40-year-olds were removed, silently)
                said = NOTES["exactly"].format(words=" ".join(t.text for t in self.tokens[c.start_tok:c.end_tok]),
                                               n=f"{c.value:g}")
                self.out.notes[:] = [n for n in self.out.notes if n != c.note]
                c = dataclasses.replace(c, op="=", note=said)
                self.out.notes.append(said)
            if target and target[0]:
                self._use(c.start_tok, c.end_tok)
                start = c.start_tok
                if target[1] and (band := self._age_band_beside(seg, c)) is not None:
                    # 'the 50-64 age band', 'tranche d'âge 50-64 ans': the catalog's age in bands, named beside
                    # the ages it is said with, is that age (it was left, and asked)
                    self._use(band.start, band.end)
                    start, end = min(start, band.start), max(end, band.end)
                out.append(CompareCondition(start, end, negated=negated, column=target[0], comparison=c,
                                            age=target[1]))
        # 'aged', 'years old' name an age compared anywhere in the request ('aged either over 70, or under 30');
        # with none ('on their birthday') they are asked
        self.birth_words.extend(s for s, _ in births)
        self.aged |= any(isinstance(c, CompareCondition) and (c.age or c.column in self.birth_columns) for c in out)
        born = (self._birthday_month(seg, births, negated)
                or seg.windows and self._birthday_window(seg.windows[0], births, negated)
                or self._birthday_days(seg, births, negated)) if births else None
        if born is not None:
            self._celebrated(born, births)
            out.append(born)
            return out
        for w in seg.windows[:1]:
            if dates:
                s, m = dates[0]
                self._use(s.start, s.end)
                self._use(w.start_tok, w.end_tok)
                w = held_since(w, self.as_of)     # 'inscrits depuis plus de 7 ans': signed up before 7 years back
                if w.note:
                    self.out.notes.append(w.note)
                out.append(DateCondition(min(s.start, w.start_tok), max(s.end, w.end_tok), negated=negated,
                                         column=m.column, window=w))
            elif (w.held or self._since_a_date(w)) and self.joined and (who := self._customers_for(w)) is not None:
                out.append(self._customers_since(who, w, negated))
        return out

    def _dated_values(self, windows: list[Window]) -> None:
        """'acquired through the marketplace in 2024', 'recrutés via la marketplace en 2024': a period nothing read,
        said right after a value of an attribute the catalog dates (its `set_on` column: the signup date), is that
        date's (it was asked about, or read of nothing)."""
        for w in windows:
            if w.start_tok in self.out.used:
                continue
            for target in (self.out.criteria, self.out.exclusions):
                value = next((c for c in target if isinstance(c, ValueCondition) and c.end_tok <= w.start_tok
                              and all(n in FUNCTION_WORDS for n in self.norms[c.end_tok:w.start_tok])), None)
                if value is None or (dated := self.catalog.column(value.column).set_on) is None:
                    continue
                column = f"{value.column.rsplit('.', 1)[0]}.{dated}"
                if not any(m.column in (value.column, column) for s in self.lexicon_spans for m in s.of("column")
                           if s.end <= w.start_tok):
                    # 'clients magasin cette année': no word of signing up (or of how they came) is said; the
                    # period is not the signup date's (it read 'store' as the acquisition channel, silently)
                    continue
                self._use(w.start_tok, w.end_tok)
                dated = DateCondition(value.start_tok, w.end_tok, negated=value.negated, column=column, window=w)
                if target is self.out.exclusions:     # 'but not those acquired via the marketplace in 2024': both, one
                    k = target.index(value)           # group (each was excluded alone: every marketplace customer)
                    target[k] = OrCondition(value.start_tok, w.end_tok, groups=[[value, dated]])
                else:
                    target.append(dated)
                self._note_dated_or_behaviour(value, w)
                break

    def _note_dated_or_behaviour(self, value: ValueCondition, w: Window) -> None:
        """'arrivé par referral cette année': the value is also one of a behaviour's own ('referral', a visit's
        traffic source), whose period the words could as well be (visits from a referral this year): said in a note,
        never picked silently."""
        other = next((m for s in self.lexicon_spans if s.start <= value.start_tok < s.end for m in s.of("dimvalue")
                      if m.event and set(m.values) & set(value.values)
                      and self.catalog.column(m.column).values), None)
        if other is None:
            return
        self.out.notes.append(NOTES["two_dimensions"].format(
            words=typed_text(self.request, self.tokens, value.start_tok, w.end_tok), kept=column_name(value.column),
            dropped=f"{self.catalog.events[other.event].label}, {other.dim.replace('_', ' ')} {other.label}"))

    def _since_a_date(self, w: Window) -> bool:
        """'customers since 2022', 'adhérents depuis 2023': a period from a day on, with no end, said of the customers
        is when they became ones (refused: nothing read it)."""
        return self.norms[w.start_tok] == "since" and w.start is not None and w.end is None and w.amount is None \
            and w.start_tok not in self.out.used

    def _customers_for(self, w: Window) -> Span | None:
        """'customers for over 7 years', 'clients depuis plus de 7 ans', 'members who have been with us for more than
        5 years': the word for the customers, said before how long with only grammar words between, or their own
        values said after it ('clients VIP depuis 2021'); or a value said with their noun ('gold members')."""
        k = w.start_tok
        while True:
            while k > 0 and self.norms[k - 1] in FUNCTION_WORDS:
                k -= 1
            span = next((s for s in self.lexicon_spans if s.end == k), None)
            if span is None:
                return None
            if span.of("entity"):
                return span
            if not span.of("value") or span.of("event", "kindword", "qualifier", "dimvalue", "column"):
                return None     # 'appelé le service à la clientèle depuis juin': a behaviour's, not theirs
            if any(m.kind == "entity" for i in range(span.start, span.end)
                   for m in self.lexicon.phrases.get((self.norms[i],), ())):
                return span
            k = span.start

    def _customers_since(self, who: Span, w: Window, negated: bool) -> DateCondition:
        """How long someone has been a customer is the date they joined: said in a note, it is a reading."""
        held = held_since(w, self.as_of)
        self._use(w.start_tok, w.end_tok)
        words = typed_text(self.request, self.tokens, who.start, w.end_tok)
        self.out.notes.append(NOTES["customers_since"].format(words=words, column=column_name(self.joined),
                                                             period=held.describe()))
        return DateCondition(who.start, w.end_tok, negated=negated, column=self.joined, window=held)
