"""What the catalog phrases found in a request say before it is cut into parts: titles, values of a column said,
slots, names, goods nouns, spend in a window, vague words.

A part of the Parser (parser.py), which reads a request's tokens into conditions."""
from __future__ import annotations


import dataclasses
import re
import datetime as dt
from collections import defaultdict
from assistant.translate.offline.text import typed_text
from assistant.meaning import (
    unknown_is_other,
    Comparison, DateCondition, DistinctCondition, EventCondition, FlagValueCondition, GlossaryCondition, OrCondition, TopCondition,
    SpacingCondition, ValueCondition, VersusCondition,
)
from assistant.translate.languages import every_language
from assistant.translate.offline.asides import TITLE_MARKERS
from assistant.translate.offline.confirmations import attributes
from assistant.translate.offline.lexicon import Meaning, Span, typed_as_name
from assistant.meaning import Window
from assistant.translate.offline.modifiers import (
    find_comparisons, find_windows, placed_before,
)
from assistant.translate.lang_en import (
    AGENT_NOUNS, DISTINCT_WORDS, NEGATIONS, RESTATING_LINKS, DEMONSTRATIVES, UNITS, HOLIDAY_PERIOD_LEADS, RANK_AFTER_NUMBER, CONNECTORS, EACH_WORDS, EVERY_WORDS, LEADING_WORDS,
    SET_DETERMINERS, MONTHS, NOTES, SEASONS, PRONOUNS, QUALIFIER_PREPOSITIONS, OWN_TIME_WORDS, MODIFIER_WORDS, RANGE_OPENERS, COMPARATIVES,
    YEAR_NOUN_LEADS, YEAR_AFTER_NOUN_ENDS, COMPARISONS, CLOSING_PERIOD_LEADS, ABSENCE_TAILS, HEADING_LEADS, AFTER_NUMBER,
    NEAR_BEHAVIOUR, SHARE_PICKS, VAGUE_WORDS, BEFORE_NUMBER, SIZE_QUESTIONS, CURRENCY, ANY_WORDS, CLAUSE_EDGES,
    COPULAS, DETERMINERS, SLOT_WORDS, FUNCTION_WORDS, GOODS_LINKS, GOODS_NOUNS, RELATIVE_WORDS, PASSIVE_AUXILIARIES,
    PAST_PARTICIPLE_ENDINGS, PRESENCE_WORDS, CLAUSE_ENDS, TIMES_WORDS, CONTRAST_WORDS, SINCE_THEN,
    NEAR_BEHAVIOUR_ADVERBS, ALL_EVENTS_WORDS, ALL_EVENTS_LINKS, ALL_EVENTS_SAID_AFTER, ALL_EVENTS_LEADS, ALL_EVENTS_CLAUSE,
    SEEING_VERBS, THING_NOUNS, VOICE_AGENTS, VOICE_OBJECTS_US, VOICE_PASSIVES, NUMBER_WORDS, ORDER_MEASURES,
)
from assistant.translate.offline.text import Token, by_first, fold, tokenize, uncased
from schema_catalog.templates import tables_read
from assistant.translate.offline.parsed import (
    COUNT_LEADS, _VAGUE_BY_FIRST, column_name, same_days,
)


# the words of every one of a behaviour's events by their first word: looked for at every token
ALL_EVENTS_FIRST = by_first(ALL_EVENTS_WORDS)

_CHANNEL_NOUNS = every_language("CHANNEL_NOUNS")     # 'any channel', 'any canal'


_LIST_WORDS = frozenset({"or", "and", ","})     # between the values of a bracket's list ('(ouvert ou en cours)')


class SpanReadings:
    """What the catalog phrases found in a request say before it is cut into parts: titles, values of a column said,"""

    def _title_restrictions(self, titled: list[Span], spans: list[Span], heading: bool) -> None:
        """A value of the customer a title names ('Week-end VIP outlet :', 'Lille shoppers -') is not a criterion,
        like every word of a title; unless the request says it again, a note names it, so that an audience the
        title narrows is never answered wider without a word. A word that also names a channel of behaviour ('App
        push test') is the campaign's."""
        # said again by the value, whichever attribute reads it there ('App push test - ... through the app')
        said = {v for s in spans if self._used(s) for m in s.of("value", "dimvalue") for v in m.values}
        said_columns = {m.column for s in spans if self._used(s) for m in s.of("column")}
        acted = any(self._used(s) and s.of("event", "kindword") for s in spans)
        if not heading:
            self._title_period()
        self._title_typos()
        for s in titled:
            self._title_condition(s, said_columns, acted)
            if s.of("qualifier", "event", "kindword"):     # 'App push test', 'Store opening': the campaign's channel
                continue
            values = [m for m in s.of("value") if m.column.rsplit(".", 1)[0] == self.entity_table
                      or self._consent_in_a_plain_title(m, titled)]
            words = " ".join(t.text for t in self.tokens[s.start:s.end])
            # a consent is said again only as a consent ('e-mail' of 'ouverture d'e-mail' is the message's channel)
            again = {(c.column, v) for c in _walk(self.out.criteria + self.out.exclusions)
                     if isinstance(c, (ValueCondition, FlagValueCondition)) for v in c.values}
            if values and not any(v in said if m.column.rsplit(".", 1)[0] == self.entity_table
                                  else (m.column, v) in again for m in values for v in m.values):
                self.out.notes.append(NOTES["title_value"].format(words=words, label=values[0].label))
            # a term of the glossary ('Lapsed customers - ...') defines customers as much as a value does
            terms = [m for m in s.of("glossary") if not any(o is not s and self._used(o) and m in o.of("glossary")
                                                            for o in spans)]
            if terms and not values:
                self.out.notes.append(NOTES["title_value"].format(words=words, label=terms[0].label))
            # a value of a behaviour alone ('Opé VIP30 :', a coupon of online orders) narrows it as much: unless said
            # again, a note names it (it was dropped without a word: the title's values were the customers' only)
            # (a value of a message we send, 'Black Friday teaser', names the campaign the title is: only a value of
            # a behaviour of the kinds the glossary defines, a purchase's, narrows the customers)
            own = [m for m in s.of("dimvalue") if m.event and m.dim and not s.of("value", "glossary", "column")
                   and self.catalog.events[m.event].kind in self.defined_kinds]
            if own and not values and not terms and not set(own[0].values) & said:
                typed = typed_text(self.request, self.tokens, s.start, s.end)     # 'VIP30', not 'VIP 30'
                label = f"{self.catalog.events[own[0].event].label}, {typed}"
                self.out.notes.append(NOTES["title_value"].format(words=typed, label=label))

    def _title_period(self) -> None:
        """A title with a number and a unit of time that no period was read from ('Ces deux dernères semaines :', a typo kept it
        from being the heading period of what follows) may limit the audience to a period: a note says it was not
        read as one (set aside as a title, the period was lost without a word). Not said of a heading period."""
        title = self.out.ignored.title
        if not title or not any(self.norms[i] in UNITS for i in title):
            return
        words = self._title_words(title)
        # a number said ('2', 'deux': the French rewrite may join it to the word before, 'Ces deux' as 'these')
        numbers = NUMBER_WORDS.keys() | getattr(self.words, "NUMBER_VALUES", {}).keys()
        if any(w.isdigit() or w in numbers for w in re.findall(r"\w+", fold(words))):
            self.out.notes.append(NOTES["title_period"].format(words=words))

    def _title_typos(self) -> None:
        """A misspelt catalog word in a title ('Clients inacifs - aucun achat ...': 'inactifs', a term) may be the
        criterion the title states: a note names it (set aside with the title, the term was lost without a word; spelt
        right, a title's catalog words are said by _title_restrictions)."""
        title = set(self.out.ignored.title)
        if not title:
            return
        # a word of the language ('Clients' is no typo of 'client') or of the catalog as it is is no typo
        known = {i for i in title if self.lexicon.is_word(self.norms[i])} | \
            {i for s in self.lexicon_spans for i in range(s.start, s.end)}
        for s in self.lexicon.typo_spans(self.tokens, set(range(len(self.tokens))) - title | known):
            if s.typo_of == self.norms[s.start] or not (s.of("glossary") or any(
                    m.column.rsplit(".", 1)[0] == self.entity_table for m in s.of("value"))):
                continue        # only what defines the customers, as a title's own values ('Reco' is no 'déco')
            self.out.notes.append(NOTES["title_typo"].format(words=self._title_words(sorted(title)), typed=self.tokens[s.start].text,
                                                            reading=self.lexicon.said.get((s.typo_of,), s.typo_of)))
            return

    def _title_words(self, title: list[int]) -> str:
        """A title as typed (its tokens' text joined where the request's text is not at hand)."""
        if self.request:
            return self.request[self.tokens[title[0]].start:self.tokens[title[-1]].end]
        return " ".join(self.tokens[i].text for i in title)

    def _consent_in_a_plain_title(self, m, titled: list[Span]) -> bool:
        """'Inscrits newsletter : ni ouverture ...': a value of the customers' rows held with a yes/no (a consent per
        channel) in a title that also says they joined or gave it ('inscrits', the joining date's word; 'opted in')
        restricts the audience as a profile value does: said in a note (dropped as the title, the opt-in was lost
        without a word). Alone it names a campaign's channel ('Salomon push -', 'Relance SMS :'): nothing to say."""
        flag = self._row_flag(m.column.rsplit(".", 1)[0])
        return flag is not None and any(any(c.column in (self.joined, flag) for c in s.of("column")) for s in titled)

    def _title_condition(self, s: Span, said_columns: set[str], acted: bool) -> None:
        """A yes/no attribute, one said present ('mobile number on file:', 'Opted in to SMS:'), or a behaviour's verb
        ('Bought shoes:', 'Ordered online -') in a title is a condition said first as likely as a campaign's name:
        unless the request says it again, a note names it (it was dropped without a word). An attribute's or a
        behaviour's noun names the campaign's topic ('Tier upgrade comms', 'Churn prevention Q4', 'see ticket')."""
        words = " ".join(t.text for t in self.tokens[s.start:s.end])
        present = any(tuple(self.norms[s.end:s.end + len(key)]) == key for key in PRESENCE_WORDS)
        attributes = [m for m in s.of("column") if not m.event and m.column not in said_columns
                      and (present or self.catalog.column(m.column).type.upper() == "BOOLEAN")]
        verb = self.norms[s.start].endswith(PAST_PARTICIPLE_ENDINGS) or bool(s.of("kindword"))
        if attributes:
            self.out.notes.append(NOTES["title_value"].format(words=words, label=attributes[0].label or words))
        elif verb and s.of("event", "kindword") and not s.of("qualifier") and not acted \
                and not any(t.norm in TITLE_MARKERS for t in self.tokens[s.start:s.end]):     # 'Relance SMS :'
            label = next((m.label for m in s.of("event") if m.label), words)
            self.out.notes.append(NOTES["title_value"].format(words=words, label=label))

    def _heading_period(self, windows: list[Window]) -> Window | None:
        """A title that is a period and nothing else ('Over the past year: ...', 'Sur les 12 derniers mois : ...')
        is the heading of what follows: the period of its behaviours, not a campaign's name to set aside."""
        title = [i for i in self.out.ignored.title if any(ch.isalnum() for ch in self.norms[i])]
        said = [w for w in windows if w.start_tok in self.out.ignored.title]
        if len(said) == 1 and title and all(said[0].start_tok <= i < said[0].end_tok or self.norms[i] in HEADING_LEADS
                                            for i in title):
            self.heading_leads = [i for i in title if not said[0].start_tok <= i < said[0].end_tok]
            return said[0]
        return None

    def _agents_of_a_period(self, spans: list[Span], windows: list[Window],
                            holidays: list[tuple[int, int]] = ()) -> list[Span]:
        """'summer shoppers', 'shoppers in December': a customers' noun that says what they did (lang_en.AGENT_NOUNS),
        said next to a period in a request naming no behaviour, is the people who did it then (the catalog's phrase
        for it, 'buyers'); read as the customers, the period was read of nothing (refused). Next to a holiday said as
        a period ('Christmas shoppers': asked which days), they are buyers too."""
        if any(s.of("event", "kindword") for s in spans):
            return spans
        out = []
        for s in spans:
            agent = AGENT_NOUNS.get(self.norms[s.start]) if s.end == s.start + 1 else None
            meanings = self.lexicon.phrases.get((agent,), []) if agent else []
            beside = any(w.end_tok == s.start or w.start_tok == s.end for w in windows) \
                or any(b == s.start or a == s.end for a, b in holidays)
            out.append(Span(s.start, s.end, list(meanings)) if beside and any(
                m.kind in ("event", "kindword") for m in meanings) else s)
        return out

    def _latest_of_people(self, windows: list[Window]) -> None:
        """'December buyers', 'les acheteurs de décembre', 'summer shoppers': a month or season with no year, said as
        the people's own (right before their noun, or after it and 'of'), is the latest one begun; the note says
        which, and how to say every year's (it may mean those who buy every December)."""
        self.people_periods = []
        for w in windows:
            said = self._said_of_people(w)
            if said is None or w.start is None or w.end is None:
                continue
            first, last, name = said
            self.people_periods.append((w, first, last))
            w.note = NOTES["latest_of_people"].format(
                words=typed_text(self.request, self.tokens, first, last), name=name, month=name,
                start=w.start.isoformat(), end=(w.end - dt.timedelta(days=1)).isoformat())

    def _period_of_people_said_of_nothing(self) -> None:
        """'les clients de décembre', 'December customers': the people's own month or season, read of no behaviour
        (their noun says none, as 'buyers' does), says they did something then, but not what: asked, naming it."""
        for w, first, last in self.people_periods:
            if not any(i in self.out.used for i in range(w.start_tok, w.end_tok)) \
                    and not self.out.ignored.tokens & set(range(first, last)):
                self.out.unclear.append((first, last, "people_period"))
                self._use(first, last)

    def _said_of_people(self, w: Window) -> tuple[int, int, str] | None:
        """The people's words and the month or season's as typed, when `w` is only a month or a season said right
        before the people's noun ('December buyers') or after it and 'of' ('buyers of the summer')."""
        said = [i for i in range(w.start_tok, w.end_tok) if self.norms[i] not in ("of", "the")]
        if len(said) != 1 or self.norms[said[0]] not in MONTHS and self.norms[said[0]] not in SEASONS:
            return None
        name = self.tokens[said[0]].text
        if w.start_tok == said[0] and self._people(w.end_tok):
            return w.start_tok, w.end_tok + 1, name
        of = w.start_tok if self.norms[w.start_tok] == "of" else w.start_tok - 1     # 'of' inside it, or before
        if of > 0 and self.norms[of] == "of" and self._people(of - 1):
            return of - 1, w.end_tok, name
        return None

    def _people(self, i: int) -> bool:
        return i < len(self.norms) and (self.norms[i] in self.people_nouns or self.norms[i] in self.people_words)

    def _years_before_nouns(self, spans: list[Span], windows: list[Window], taken: set[int]) -> list[Window]:
        """'2025 buyers', 'our 2025 online buyers', '2026 sign-ups': a year typed right before a behaviour's noun
        (its qualifiers between) or a dated attribute of the customer, opening its clause, is that calendar year of it
        (a bare year is no period elsewhere: 'more than 2000 euros'); after 'the' it may be a count ('the 2000
        buyers who spent the most'), asked."""
        timed = taken | {i for w in windows for i in range(w.start_tok, w.end_tok)}
        starts = {s.start: s for s in spans}
        out = []
        for i, t in enumerate(self.tokens):
            if i in timed or t.number is None or t.suffix or not t.text.isdigit() or len(t.text) != 4 \
                    or not 1990 <= t.number <= self.as_of.year:
                continue
            if self._year_closes_a_behaviour(spans, i) or self._year_of_the_spend(i):
                out.append(Window(t.text, i, i + 1, start=dt.date(int(t.number), 1, 1),
                                  end=dt.date(int(t.number) + 1, 1, 1)))
                continue
            # ('whose total 2025 spend': a word of a total before it; 'than the 2025 spend': no count of spend)
            spend = i + 1 < len(self.norms) and self.norms[i + 1] in self.spend_words
            if i > 0 and self.norms[i - 1] not in YEAR_NOUN_LEADS and self.norms[i - 1] not in CONNECTORS \
                    and MODIFIER_WORDS.get(self.norms[i - 1]) != "total" and not (spend and self.norms[i - 1] == "the"):
                continue
            if spend:
                out.append(Window(t.text, i, i + 1, start=dt.date(int(t.number), 1, 1),
                                  end=dt.date(int(t.number) + 1, 1, 1)))
                continue
            noun = starts.get(i + 1)
            while noun is not None and noun.of("qualifier") and not noun.of("event", "kindword"):
                noun = starts.get(noun.end)
            dated = noun is not None and any(m.kind == "column" and not m.event and self._dated(m.column)
                                             for m in noun.meanings)
            if noun is not None and (noun.of("event", "kindword") or dated or self._spend_indicator(noun)):
                year = int(t.number)
                out.append(Window(t.text, i, i + 1, start=dt.date(year, 1, 1), end=dt.date(year + 1, 1, 1)))
        return out

    def _year_closes_a_behaviour(self, spans: list[Span], i: int) -> bool:
        """'outlet shoppers 2025', 'acheteurs en magasin d'usine 2025': the year at i right after the words of a
        behaviour (its noun, or a value of what it was about; one small word between them), ending them
        (YEAR_AFTER_NOUN_ENDS or nothing after), or before the comparison of an amount or a number said of them ('spend
        2025 exceeds €500', 'dépenses 2025 dépassent 500 €': read as an amount of at least 2025 and a count of 500)."""
        if i + 1 < len(self.norms) and self.norms[i + 1] not in YEAR_AFTER_NOUN_ENDS and not self._compared(i + 1) \
                and not self._comparative_at(i + 1):
            return False
        ends = {s.end: s for s in spans}
        # ('dépenses 2024 sont inférieures à ...': the spend said in the language's word, no span of the catalog's)
        k, said, s = i, i > 0 and self.norms[i - 1] in self.spend_words, ends.get(i)
        while s is not None:
            said = said or bool(s.of("event", "kindword", "dimvalue")) or self._spend_indicator(s)
            k = s.start
            s = ends.get(k) or (ends.get(k - 1) if k > 1 and self.norms[k - 1] in FUNCTION_WORDS else None)
        return said

    def _spend_indicator(self, s: Span) -> bool:
        """An indicator said in spend words ('total spend', 'dépenses totales'): with a period, the spend over it."""
        return bool(s.meanings) and all(m.kind == "indicator" for m in s.meanings) and \
            any(w in self.spend_words for w in self.norms[s.start:s.end])

    def _year_of_the_spend(self, i: int) -> bool:
        """'leurs dépenses 2025 ont été faites en ligne', 'their spend 2025 was online': a year right after the noun of
        a spend said with its determiner is its calendar year (no amount: an amount is said with its currency)."""
        return i > 1 and self.norms[i - 1] in self.spend_words and self.norms[i - 2] in DETERMINERS \
            and not (i + 1 < len(self.norms) and self.norms[i + 1] in CURRENCY)

    def _comparative_at(self, k: int) -> bool:
        """One side of a comparison opens at k, after a copula or not ('is lower than', 'sont inférieures à')."""
        k += k < len(self.norms) and self.norms[k] in COPULAS
        return k < len(self.norms) and self.norms[k] in COMPARATIVES

    def _compared(self, k: int) -> bool:
        """A comparison opens at k, after a copula or not ('exceeds', 'is over', 'more than'), and a number follows."""
        k += k < len(self.norms) and self.norms[k] in COPULAS
        words = next((w for w, _ in COMPARISONS + [(RANGE_OPENERS, "")] if tuple(self.norms[k:k + len(w)]) == w
                      and w[0] != "or"), None)
        return words is not None and any(t.number is not None for t in self.tokens[k + len(words):k + len(words) + 2])

    def _leading_period(self, windows: list[Window]) -> tuple[Window | None, str]:
        """The period said first, and how it is set apart from what follows: 'heading', a title that is a period and
        nothing else ('Over the past year: ...', 'Sur les 12 derniers mois : ...'); 'comma', a period opening the
        request closed by a comma ('Since January, who ...', 'Depuis janvier, qui ...'), said of the whole request,
        not of the clause it stands in; 'plain', one opening it with no mark ('in the last 12 months customers who
        ...'), read in its clause first (of the behaviour said there, it stays that one's). The people's own period
        ('summer shoppers who ...') is never one."""
        heading = self._heading_period(windows)
        if heading is not None:
            return heading, "heading"
        ignored = self.out.ignored.tokens
        # (after a title, its colon: 'Fast repeaters: over the last 12 months, ...')
        first = next((i for i, n in enumerate(self.norms) if i not in ignored and any(ch.isalnum() for ch in n)), None)
        said = [w for w in windows if w.start_tok == first and not w.anaphora and w.end_tok < len(self.norms)
                and self.norms[w.end_tok] == ","]
        if said:
            return said[0], "comma"
        first = next((i for i, n in enumerate(self.norms) if any(ch.isalnum() for ch in n)), None)
        front = [w for w in windows if w.start_tok not in ignored and first is not None and w.start_tok <= first + 1
                 and self._said_of_people(w) is None]
        return (front[0], "plain") if len(front) == 1 else (None, "")

    def _closing_period(self, windows: list[Window]) -> tuple[Window, int] | None:
        """A period that closes the request in a clause of its own, after a comma ('spent over €1,000 and bought
        from 3 categories, both within the last 12 months', 'aucune commande en ligne mais 4 visites, sur les 30
        derniers jours'), with the comma's place: said of what came before, not of the last behaviour alone (read
        there, it was that behaviour said again, and the others stayed over all time, silently)."""
        ignored = self.out.ignored.tokens
        for w in windows:
            if w.anaphora or w.start_tok in ignored or any(
                    i not in ignored and any(ch.isalnum() for ch in self.norms[i])
                    for i in range(w.end_tok + self._absence_tail(w), len(self.norms))):
                continue
            k, comma = w.start_tok - 1, None      # the first comma of those before it ('les deux, ces 30 jours')
            while k > 0 and (self.norms[k] in CLOSING_PERIOD_LEADS or self.norms[k] == ","):
                comma = k if self.norms[k] == "," else comma
                k -= 1
            if comma is not None:
                return w, comma
        return None

    def _kind_of_the_people_said(self) -> None:
        """'Catalog customers who had a 2002 order shipped by FedEx': the place said before the customers' noun (read
        as any behaviour done there) says which of a later behaviour's kinds they are (the order was any order, web
        or catalog, ANDed with the catalog's): the later one keeps those kinds only."""
        said = [c for c in self.out.criteria if isinstance(c, EventCondition)]
        for kind in said:
            if kind.window is not None or kind.count is not None or kind.amount is not None or kind.dims \
                    or kind.negated or not any(s.start <= kind.end_tok and s.end >= kind.start_tok and s.of("entity")
                                               for s in self.lexicon_spans):     # ('les clients web')
                continue
            for c in said:
                if c is kind or c.start_tok < kind.end_tok or c.negated or len(c.events) < 2:
                    continue
                kept = tuple(e for e in c.events if e in kind.events)
                if kept and len(kept) < len(c.events):
                    c.events = kept
                    self.out.notes.append(NOTES["kind_of_people"].format(
                        words=self._words(c.start_tok, c.end_tok), kind=self._words(kind.start_tok, kind.end_tok),
                        events=" or ".join(self.catalog.events[e].label for e in kept)))

    def _values_said_apart(self) -> None:
        """'ordered online in December and who chose express shipping': a clause that says only a value of the
        behaviour said before it, with no period, count or amount of its own, is read as a behaviour of its own at
        any time (an express order ever, beside the December one); it may mean the same orders: said in a note."""
        said = sorted((c for c in self.out.criteria if isinstance(c, EventCondition)), key=lambda c: c.start_tok)
        for a, b in zip(said, said[1:]):
            if a.window is None or b.window is not None or b.count is not None or b.amount is not None \
                    or a.negated or b.negated or not b.dims or not set(b.events) <= set(a.events) \
                    or set(b.dims) & set(a.dims) or not {"and", "where"} & set(self.norms[a.end_tok:b.start_tok]):
                continue
            self.out.notes.append(NOTES["values_apart"].format(words=self._words(b.start_tok, b.end_tok),
                                                               period=a.window.text))

    def _distinct_events_said(self) -> None:
        """'at least two separate web orders', 'deux commandes différentes': a word of distinct things between a
        count and the behaviour's noun says what a count of events is already (asked about as a word not read)."""
        counted = {c.count.end_tok for c in _walk(self.out.criteria + self.out.exclusions)
                   if isinstance(c, EventCondition) and c.count is not None}
        for i, norm in enumerate(self.norms):
            if norm not in DISTINCT_WORDS:
                continue
            # (said before the noun in English, after it in French: 'deux commandes web distinctes')
            noun = next((s for s in self.lexicon_spans if s.of("event", "kindword") and (
                s.start == i + 1 and i in counted or s.end == i and s.start in counted)), None)
            if noun is not None:
                self._use(i, i + 1)

    def _length_before_the_period_said(self) -> None:
        """'haven't bought in the last 90 days but had bought in the 12 months before that', 'dans les 12 mois
        d'avant': a length said 'before' that no comparison placed is the period right before the one said before it
        (read as the last 12 months, flagged, it overlapped the lapse it follows): said in a note."""
        said = [c for c in _walk(self.out.criteria + self.out.exclusions) if getattr(c, "window", None) is not None]
        for c in said:
            w = c.window
            if w.anaphora != "before":
                continue
            prev = max((o.window for o in said if not o.window.anaphora and o.window.end_tok <= w.start_tok
                        and (o.window.start is not None or o.window.amount is not None)),
                       key=lambda x: x.end_tok, default=None)
            if prev is None:
                continue
            c.window = placed_before(prev, w, self.as_of)
            if w.note in self.out.notes:       # (the length read alone, 'before what?': placed now)
                self.out.notes.remove(w.note)
            self.out.notes.append(NOTES["placed_before"].format(text=w.text, period=c.window.describe(),
                                                                before=prev.text))

    def _period_after_a_negated_other(self) -> None:
        """'bought online and not in store this year', 'ont acheté en ligne et pas en magasin cette année': a period
        that ends the request, after 'and' and a negated behaviour that names its own (another channel, another
        value) of the same kind as the one before, which has no time of its own, is both's (read of the last alone, the
        first took every order ever, silently): said in a note. The same behaviour said again with only a period
        ('bought, and not in the last 6 months') is a contrast in time: the first keeps all time; so is a behaviour of
        another kind ('browse on Android and haven't bought in 3 months': the lapse is the purchase's)."""
        said = [c for c in _walk(self.out.criteria + self.out.exclusions) if isinstance(c, EventCondition)]
        last = max(said, key=lambda c: c.end_tok, default=None)
        w = last.window if last is not None else None
        if w is None or w.anaphora or any(any(ch.isalnum() for ch in n) for n in self.norms[w.end_tok:]) \
                or self.norms[w.start_tok] in SINCE_THEN or not w.start_tok > last.start_tok:
            return
        excluded = {id(c) for c in _walk(self.out.exclusions)}
        if not (last.negated or id(last) in excluded):
            return
        prev = max((c for c in said if c is not last and c.end_tok <= last.start_tok), key=lambda c: c.end_tok,
                   default=None)
        between = self.norms[prev.end_tok:last.start_tok] if prev is not None else []
        if prev is None or prev.window is not None or prev.after is not None or prev.first or prev.last \
                or prev.negated or id(prev) in excluded or "and" not in between \
                or any(n in CONTRAST_WORDS or n in CONNECTORS and n not in ("and", ",") for n in between) \
                or any(b in self.sentence_ends for b in range(prev.end_tok + 1, last.start_tok + 1)) \
                or any(n in OWN_TIME_WORDS or MODIFIER_WORDS.get(n) == "ever"
                       for n in self.norms[prev.start_tok:prev.end_tok]) \
                or (set(last.events), last.dims) == (set(prev.events), prev.dims) \
                or {self.catalog.events[e].kind for e in last.events} != {self.catalog.events[e].kind for e in prev.events}:
            return
        prev.window = w
        self.out.notes.append(NOTES["window_for_both"].format(period=w.text, words=self._words(prev.start_tok,
                                                                                                prev.end_tok)))

    def _kinds_restated(self) -> None:
        """'bought nothing at all in that time - not in store, not online', 'rien acheté sur la période : pas en
        magasin, pas en ligne': after a negated behaviour, its own kinds each said again negated, with nothing of their
        own (no period, value, count or amount), restate which ones it rules out: their words are its own (read as
        behaviours of their own, with no period, they ruled out every store purchase ever, silently). Values of one of
        its dimensions said so ('aucune ouverture sur la période - ni mail ni push -') say which of its events it
        rules out (they were read as no consent to e-mail or push, silently)."""
        excluded = {id(c) for c in self.out.exclusions}
        said = sorted(self.out.criteria + self.out.exclusions, key=lambda c: c.start_tok)
        dropped: set[int] = set()
        for k, c in enumerate(said):
            if not isinstance(c, EventCondition) or not c.negated or id(c) in excluded or id(c) in dropped:
                continue
            end = c.end_tok
            # its kinds before any was said again, and those said again so far (parser._said_again: 'bought nothing -
            # not in store' in the clause), together what it rules out
            events, kinds = self.restated.get(id(c), (c.events, set()))
            for again in said[k + 1:]:
                if not all(n in RESTATING_LINKS or n in NEGATIONS for n in self.norms[end:again.start_tok]):
                    break
                # (a behaviour of its own said with them, 'jamais sur le site ni sur l'appli', is one more: kept)
                values = None if isinstance(again, EventCondition) else self._values_of_its_dimension(c, again)
                if values is not None:
                    c.dims[values[0]] = values[1]
                elif not (isinstance(again, EventCondition) and len(events) > 1
                          and self._kind_said_again(events, again) and (again.negated or id(again) in excluded)):
                    break
                else:
                    kinds = kinds | set(again.events)
                dropped.add(id(again))
                end = again.end_tok
            c.end_tok = end
            if kinds:
                c.events = tuple(e for e in events if e in kinds)
        if dropped:
            self.out.criteria[:] = [c for c in self.out.criteria if id(c) not in dropped]
            self.out.exclusions[:] = [c for c in self.out.exclusions if id(c) not in dropped]

    @staticmethod
    def _kind_said_again(events: tuple[str, ...], again: EventCondition) -> bool:
        """`again` names some of `events` and nothing of its own (no period, value, count, amount)."""
        bare = again.window is None and again.count is None and again.amount is None and not again.dims \
            and not again.other_than and not again.own_place and not again.measured and not again.days \
            and not again.months and not again.hours and not (again.first or again.last) \
            and again.after is None and again.since is None
        return bare and set(again.events) < set(events)

    def _values_of_its_dimension(self, c: EventCondition, again) -> tuple[str, tuple] | None:
        """The one dimension of c's events, unsaid in c, every word of `again` names values of (links aside), and
        those values; None otherwise."""
        a, b = again.start_tok, again.end_tok
        spans = [s for s in self.lexicon_spans if a <= s.start and s.end <= b]
        covered = {k for s in spans for k in range(s.start, s.end)}
        if not spans or any(k not in covered and self.norms[k] not in RESTATING_LINKS | NEGATIONS for k in range(a, b)):
            return None
        dims: set[str] | None = None
        for s in spans:
            named = {m.dim for m in s.of("dimvalue") if m.event in c.events and m.dim}
            dims = named if dims is None else dims & named
        if not dims or len(dims) != 1:
            return None
        dim = dims.pop()
        if dim in c.dims or not all(dim in self.catalog.events[e].dimensions for e in c.events):
            return None
        values = tuple(dict.fromkeys(v for s in spans for m in s.of("dimvalue") if m.dim == dim and m.event in c.events
                                     for v in m.values))
        return (dim, values) if values else None

    def _period_of_the_last_only(self) -> None:
        """'bought Nike but not Adidas this year', 'opened an email but bought nothing last month', 'acheteurs Nike hors
        magasins d'usine cette année': a period that ends the request, read of the behaviour after 'but' (or an
        exclusion's word, lang_en.CONTRAST_WORDS) it is said in, while the behaviour before the 'but' has no
        time of its own: whether it is both's is not said (read of the last alone, the first stayed over all time,
        silently): a note says how it was read."""
        said = [c for c in _walk(self.out.criteria + self.out.exclusions) if isinstance(c, EventCondition)]
        last = max(said, key=lambda c: c.end_tok, default=None)
        w = last.window if last is not None else None
        if w is None or w.anaphora or any(any(ch.isalnum() for ch in n) for n in self.norms[w.end_tok:]):
            return
        if self.norms[w.start_tok] in SINCE_THEN:
            return          # 'but haven't bought since Easter': a 'since' is the time of the behaviour it is said with
        before = [c for c in said if c is not last and c.end_tok <= last.start_tok]
        prev = max(before, key=lambda c: c.end_tok, default=None)      # the behaviour right before the contrast
        timeless = [c for c in [prev] if c is not None and c.window is None and c.after is None and not c.first
                    and not c.last and any(n in CONTRAST_WORDS for n in self.norms[c.end_tok:last.start_tok + 1])
                    and not any(n in OWN_TIME_WORDS or MODIFIER_WORDS.get(n) == "ever"
                                for n in self.norms[c.start_tok:c.end_tok])]
        if not timeless:
            return
        words = typed_text(self.request, self.tokens, timeless[0].start_tok, timeless[0].end_tok)
        self.out.notes.append(NOTES["period_of_the_last"].format(period=w.text, words=words))

    def _period_of_a_nor_list(self) -> None:
        """'neither a web return nor a catalog return that same year', 'ni retour web ni retour catalogue la même année':
        a period said after the last of a 'neither ... nor' list is of every one of them (read of the last alone,
        any web return ever left them out, silently); said in a note."""
        said = sorted((c for c in self.out.criteria + self.out.exclusions if isinstance(c, EventCondition)),
                      key=lambda c: c.start_tok)
        for k, last in enumerate(said):
            if last.window is None or last.start_tok < 1 or "nor" not in self.norms[said[k - 1].end_tok:last.start_tok] \
                    if k else True:
                continue
            listed = [last]
            for c in reversed(said[:k]):
                between = self.norms[c.end_tok:listed[-1].start_tok]
                if not between or any(n not in ("nor", ",", "or") and n not in DETERMINERS for n in between):
                    break
                listed.append(c)
            first = listed[-1]
            if len(listed) < 2 or "neither" not in self.norms[max(0, first.start_tok - 2):first.start_tok + 1]:
                continue
            shared = [c for c in listed[1:] if c.window is None and c.after is None and not c.first and not c.last]
            for c in shared:
                c.window = last.window
            if shared:
                self.out.notes.append(NOTES["closing_period"].format(period=last.window.text))

    def _periods_joined_by_and(self) -> None:
        """'bought in June and July', 'achats en juin et juillet': two periods joined by 'and' after one behaviour are
        read as that behaviour in each (the behaviour said again); they may as well be one period, either of them:
        a note says how it was read (it was silent)."""
        said = [c for c in self.out.criteria if isinstance(c, EventCondition) and not c.negated]
        for a, b in zip(said, said[1:]):
            if a.window is None or b.window is None or a.events != b.events or a.dims != b.dims \
                    or b.window.start_tok != b.start_tok or "and" not in self.norms[a.end_tok:b.start_tok + 1] \
                    or any(self.norms[i] not in ("and", ",") for i in range(a.end_tok, b.start_tok)):
                continue
            self.out.notes.append(NOTES["each_period"].format(first=a.window.text, second=b.window.text))

    def _term_window_from_absence(self) -> None:
        """'Lapsed customers - nothing bought in 9 months': a defined term whose meaning has a window ('none in the
        last 12 months, unless the request gives another window') beside an absence of the very behaviours it reads
        (the tables of its SQL, no value narrowing them) said over a length of time: that length is the term's
        window (kept at its own, 'lapsed' still required 12 months, and the 9 months said were lost, silently). Only
        beside it: among the same group's conditions (an absence said of another group, 'over-solicited customers or
        customers who haven't received any message in 3 months', or excluded, is that group's own)."""
        for said in _scopes(self.out.criteria, self.out.exclusions):
            terms = [c for c in said if isinstance(c, GlossaryCondition) and c.window is None and not c.negated
                     and "window" in self.catalog.glossary[c.index].parameters]
            absences = [c for c in said if isinstance(c, EventCondition) and c.negated and c.window is not None
                        and c.window.amount is not None and not c.dims and c.count is None and c.amount is None]
            for term in terms:
                sql = self.catalog.glossary[term.index].sql
                read = {t for e in self.catalog.events.values() for t in (e.table,) if t in sql}
                same = [c for c in absences if {self.catalog.events[e].table for e in c.events} == read]
                if _SINCE_THE_WINDOW.search(sql):
                    # a term of what was done within its window ('service customers: a visit in the last 24
                    # months'), not of an absence: the absence said beside it is a condition of its own (its length
                    # as the term's window asked for a visit and none in the same 18 months: nobody), said in a note
                    excluded = [c for c in self.out.exclusions if isinstance(c, EventCondition) and c.window is not None
                                and c.window.amount is not None and not c.dims
                                and {self.catalog.events[e].table for e in c.events} == read]
                    for c in same + [c for c in excluded if c not in same]:
                        self.out.notes.append(NOTES["term_with_absence"].format(
                            term=self.catalog.glossary[term.index].term,
                            meaning=self.catalog.glossary[term.index].meaning.rstrip("."), period=c.window.text))
                    continue
                if len(same) == 1:
                    term.window = same[0].window

    def _absence_tail(self, w: Window) -> int:
        """How many words after `w` lengthen an absence ('for 15 months or more'): 0 when none."""
        return next((len(t) for t in ABSENCE_TAILS if tuple(self.norms[w.end_tok:w.end_tok + len(t)]) == t), 0)

    def _period_said_last(self, closing: tuple[Window, int]) -> bool:
        """Every behaviour with no period, order or time of its own takes the period said last (a note says so);
        with a word that gives a behaviour a time of its own ('never', 'since', 'yet', 'ever': whether it is within
        the period is not said) the period stays unread, and asked. False when the request has nothing the period
        can be read of as a shared one (a ranking, a comparison, a defined term's own period): read as it was."""
        window, comma = closing
        said = self.out.criteria + self.out.exclusions
        tops = [c for c in _walk(said) if isinstance(c, TopCondition)]
        if len(tops) == 1 and tops[0].source is not None and tops[0].source.window is None \
                and tops[0].source.after is None and not any(isinstance(c, EventCondition) for c in _walk(said)):
            # 'top 100 customers by total spend, store and online, over the last 12 months': the ranking's period
            tops[0].source.window = window
            self.out.notes.append(NOTES["closing_period"].format(period=window.text))
            self._use(comma, window.end_tok + self._absence_tail(window))
            return True
        if any(isinstance(c, (TopCondition, VersusCondition, DateCondition)) for c in _walk(said)):
            return False
        behaviours = [c.source if isinstance(c, DistinctCondition) else c for c in _walk(said)
                      if isinstance(c, EventCondition) or isinstance(c, DistinctCondition) and c.source is not None]
        taken = [c for c in behaviours if c.window is None and c.after is None and not c.first and not c.last]
        tail = self._absence_tail(window)
        if not taken or tail and not all(c.negated for c in taken):
            return False      # 'or more' of a period said of what was done: how much longer is not said
        # a defined term ('lapsed') may own the period; only an absence said beside it takes the period, and reads the
        # same customers whichever owns it ('Lapsed gold+ members - nothing bought, in store or online, for 15 months')
        if any(isinstance(c, GlossaryCondition) for c in _walk(said)) and not all(c.negated for c in taken):
            return False
        if any(n in OWN_TIME_WORDS or MODIFIER_WORDS.get(n) == "ever" for i, n in enumerate(self.norms)
               if not comma <= i < window.end_tok):
            return True
        for c in taken:
            c.window = window
        self.out.notes.append(NOTES["closing_period"].format(period=window.text))
        self._use(comma, window.end_tok + tail)
        return True

    def _period_said_first(self, lead: Window | None, how: str) -> None:
        """One rule for every period said first (_leading_period), however it is set apart, unless its clause read it:
        it is the period of every behaviour, included or excluded, when none says a time of its own and no word gives
        one a time that may or may not be within it ('never', 'since', 'yet' ...: whether 'never' is within the period
        or ever is not said, unless the period is said of a behaviour that did happen too: 'bought shoes and never
        returned one'); a note says so, and a title's is no longer a campaign's name set aside. When each
        behaviour says its own, it is read of none: a heading's is said so, another is asked (a word read of nothing).
        Otherwise (some say their own, some do not, or a 'never') whose it is is not said: asked, never read of some
        and dropped for the others."""
        if lead is None or any(i in self.out.used for i in range(lead.end_tok if how == "heading" else 0, lead.end_tok)):
            return
        # a behaviour said after another ('and then bought within 3 days') is in the period of the one before it
        behaviours = [c for c in _behaviours(self.out.criteria + self.out.exclusions) if c.after is None]
        # ('..., among those with 2 purchases in that period': the period said again is the one said first)
        timeless = [c for c in behaviours if (c.window is None or c.window.start_tok in self.anaphoras
                                              and same_days(c.window, lead))
                    and c.after is None and not c.first and not c.last]
        # said of a behaviour that did happen too ('bought shoes and never returned one'), the period frames both
        own_time = all(c.negated for c in timeless) and any(
            n in OWN_TIME_WORDS or MODIFIER_WORDS.get(n) == "ever" for i, n in enumerate(self.norms)
            if not lead.start_tok <= i < lead.end_tok)
        if how == "heading" and not timeless:
            self.out.notes.append(NOTES["heading_period_unread"].format(period=lead.text))
        if how == "heading" and timeless and (own_time or len(timeless) < len(behaviours)):
            self.out.ignored.title = [i for i in self.out.ignored.title if not lead.start_tok <= i < lead.end_tok]
        if not timeless or own_time or len(timeless) < len(behaviours):
            return
        for c in timeless:
            c.window = lead
        self.out.notes.append(NOTES["fronted_period" if how == "comma" else "heading_period"].format(period=lead.text))
        if how == "heading":
            self.out.ignored.title = []
            for i in self.heading_leads:        # 'Au mois d'août :', 'During Q3:'
                self._use(i, i + 1)
        self._use(lead.start_tok, lead.end_tok + (how == "comma"))

    def _lists_values(self, i: int, spans: list[Span]) -> bool:
        """Does the 'or' at i join two values of one attribute, or two qualifiers ('Germany or the Netherlands',
        'online or in store'), the second said with its own first word?"""
        if self._coordinates(i, spans):
            return True
        before = next((s for s in spans if s.end == i), None)
        starts = (i + 1, self._after_connector(i))     # a value's own first word ('the Netherlands'), or past 'of'
        after = next((s for s in spans if s.start in starts), None)
        if before is None or after is None:
            return False
        columns = {m.column for m in before.of("value", "dimvalue")} & {m.column for m in after.of("value", "dimvalue")}
        return bool(columns) or bool(before.of("qualifier") and after.of("qualifier"))

    def _value_nouns(self) -> None:
        """'the WELCOME10 code': after a value that was read, the last word of a name of its attribute ('promo
        code') is that attribute's noun, not a word to ask about; so is the first word of one right before it
        ('le code XMAS25', of 'code promo': a language that says the noun first)."""
        if self.heads is None:
            self.heads, self.leads = defaultdict(set), defaultdict(set)
            for key, meanings in self.lexicon.phrases.items():
                for m in meanings:
                    if m.kind == "column" and len(key) > 1:
                        self.heads[key[-1]].add(m.column)
                        self.leads[key[0]].add(m.column)
        for s in self.lexicon_spans:
            if s.start not in self.out.used:
                continue
            columns = {m.column for m in s.of("value", "dimvalue")}
            for k, nouns in ((s.end, self.heads), (s.start - 1, self.leads)):
                if 0 <= k < len(self.norms) and k not in self.out.used and columns & nouns.get(self.norms[k], set()):
                    self._use(k, k + 1)

    def _columns_said_on_file(self, spans: list[Span]) -> list[Span]:
        """'un natel renseigné', 'a mobile on file': a word that names an attribute and a value of something else
        (a session's device), right before a word that says on file or not, names the attribute."""
        presence = {w for key in PRESENCE_WORDS for w in key[:1]}
        out = []
        for s in spans:
            columns = [m for m in s.meanings if m.kind == "column" and not m.event]
            said = s.end < len(self.norms) and self.norms[s.end] in presence and any(
                tuple(self.norms[s.end:s.end + len(key)]) == key for key in PRESENCE_WORDS)
            out.append(Span(s.start, s.end, columns) if columns and said and len(columns) < len(s.meanings) else s)
        return out

    def _column_of_the_behaviour_before(self, spans: list[Span]) -> list[Span]:
        """'un avis avec une note de 4 ou moins': a word that names a behaviour ('note', a hotel bill) and a column of
        another ('note', a review's score), right after that other's noun with grammar words alone between ('clicked
        unsubscribe' has none: a verb and its object), is its column. Read as the behaviour, the review's score was a bill of at most 4, silently."""
        out: list[Span] = []
        for s in spans:
            own = {m.event for m in s.meanings if m.kind == "event"}
            columns = {m.event for m in s.meanings if m.kind == "column" and m.event} - own
            before = out[-1] if out else None
            if own and columns and before is not None and before.end < s.start <= before.end + 3 \
                    and columns & {m.event for m in before.of("event")} \
                    and all(n in FUNCTION_WORDS or n in DETERMINERS for n in self.norms[before.end:s.start]):
                s = dataclasses.replace(s, meanings=[m for m in s.meanings if m.kind != "event"])
            out.append(s)
        return out

    def _complement_of_the_behaviour(self, spans: list[Span]) -> list[Span]:
        """'un no-show en cours': a value's phrase said right after a behaviour's word, whose last word alone names a
        dimension of that behaviour ('cours', the class), is where the behaviour happened (any class), never the value
        ('en cours', a contract running: read so, the no-shows were only those of members with a running contract,
        silently)."""
        out = list(spans)
        for k, s in enumerate(spans):
            if not s.meanings or s.end - s.start < 2 or any(m.kind not in ("value", "dimvalue") for m in s.meanings):
                continue
            before = next((t for t in spans if t.end == s.start and t.of("event")), None)
            if before is None:
                continue
            events = {m.event for m in before.of("event")}
            if any(m.event in events for m in s.of("dimvalue")):
                continue        # a value of that behaviour's own ('a no-show cancelled late')
            last = self.lexicon.phrases.get((self.norms[s.end - 1],), [])
            place = [m for m in last if m.kind == "dimension" and m.event in events]
            if place:
                out[k] = dataclasses.replace(s, meanings=place)
        return out

    def _place_adjectives(self, spans: list[Span]) -> list[Span]:
        """'our Swiss hotels', 'nos hôtels suisses': a value of the customers' own (their country, named by an
        adjective only their attribute has) said right beside the noun of a behaviour's place is the value of that
        place's attribute holding the same code (the hotel's country): read as where they live, the stays were
        anyone's, silently."""
        out = list(spans)
        for k, s in enumerate(spans):
            if not s.meanings or any(m.kind != "value" for m in s.meanings):
                continue
            # (the place noun may also be a behaviour's qualifier: 'stores' of 'in stores', 'dans nos magasins': its
            # places are the tables of that behaviour's dimensions)
            place = next((t for t in spans if (t.start == s.end or t.end == s.start) and t.meanings
                          and all(m.kind in ("dimension", "qualifier") for m in t.meanings)), None)
            if place is None:
                continue
            said = [v for m in s.meanings for v in m.values]
            tables = {(t.event, t.column.rsplit(".", 1)[0]) for t in place.of("dimension")} or {
                (t.event, d.column.rsplit(".", 1)[0]) for t in place.of("qualifier")
                for d in self.catalog.events[t.event].dimensions.values()}
            found = [m for event, table in sorted(tables) for v in said
                     for m in self._dimension_values().get((event, table, v), ())]
            if found:
                out[k] = dataclasses.replace(s, meanings=list(dict.fromkeys(found)))
        return out

    def _dimension_values(self) -> dict[tuple, list[Meaning]]:
        """The lexicon's values of behaviours' dimensions by (event, the dimension's table, code); built once."""
        index = getattr(self, "_dimension_value_index", None)
        if index is None or index[0] is not self.lexicon:
            found: dict[tuple, list[Meaning]] = defaultdict(list)
            for meanings in self.lexicon.phrases.values():
                for m in meanings:
                    if m.kind == "dimvalue" and m.column and len(m.values) == 1:
                        key = (m.event, m.column.rsplit(".", 1)[0], m.values[0])
                        if m not in found[key]:
                            found[key].append(m)
            index = self._dimension_value_index = (self.lexicon, dict(found))
        return index[1]

    def _verbs_in_their_voice(self, spans: list[Span], around: list[Span] | None = None) -> list[Span]:
        """'customers we haven't emailed', 'were texted': a value's verb (a dimension's `verbs`) names its event only
        in that event's voice: one the business does to the customers (a message, `to_customer`) with the customers
        as its object, one they do (a ticket) as its subject ('who emailed us'); 'customers we called' is no ticket.
        A verb of both kinds in words that do not say who did it is asked. `around`: the request's other spans, when
        `spans` are only some (a typo's)."""
        out = []
        for s in spans:
            verbs = [m for m in s.meanings if m.kind == "event" and m.dim is not None]
            if not verbs:
                out.append(s)
                continue
            voice = self._voice(s, spans + (around or []))
            kept = [m for m in verbs if voice is None or voice != "other"
                    and (voice == "object") == self.catalog.events[m.event].to_customer]
            if voice is None and len({self.catalog.events[m.event].to_customer for m in kept}) > 1:
                self.out.unclear.append((s.start, s.end, "voice"))
                self._use(s.start, s.end)
                kept = []
            dropped = {(m.event, m.dim, m.values) for m in verbs if m not in kept}
            meanings = [m for m in s.meanings if m.kind not in ("event", "dimvalue") or m.dim is None
                        or (m.event, m.dim, m.values) not in dropped]
            if meanings:
                out.append(dataclasses.replace(s, meanings=meanings))
            else:
                self.unvoiced.update(range(s.start, s.end))
        return out

    def _seen_of_something_else(self, spans: list[Span]) -> list[Span]:
        """'not seen on the website', 'pas vus sur le site': a behaviour read from a verb of seeing (lang_en.VERB_ALIASES)
        is the customers' only when they are what was seen; said of something else ('produits vus sur le site': the
        products were), it is no visit of theirs, and is asked."""
        seeing = SEEING_VERBS | (getattr(self.words, "SEEING_VERBS", frozenset()) if self.words is not None else frozenset())
        return [s for s in spans if not (self.norms[s.start] in seeing and s.of("event")
                                         and self._voice(s, spans) == "other")]

    def _voice(self, s: Span, spans: list[Span]) -> str | None:
        """Whether the customers are the object of the verb at `s` ('we emailed', 'were texted', 'customers not
        emailed since'), its subject ('who called', 'who emailed us', 'qui nous ont appelés'), neither is said (None:
        at a clause's start), or it is said of something else ('other': 'the campaign called Black Friday')."""
        if s.end < len(self.norms) and self.norms[s.end] in VOICE_OBJECTS_US:
            return "subject"
        k = s.start - 1
        while k >= 0 and self.norms[k] in self.voice_skipped and self.norms[k] not in VOICE_PASSIVES:
            k -= 1
        if k < 0:
            return None
        if self.norms[k] in VOICE_PASSIVES:
            return "object"
        if self.norms[k] in VOICE_AGENTS:
            return "subject" if k > 0 and self.norms[k - 1] in self.voice_subject_relatives else "object"
        if self.norms[k] in RELATIVE_WORDS:
            return "subject"
        people = next((t for t in spans if t.end == k + 1 and t.of("entity")), None)
        if people is not None:      # 'customers emailed in May'; 'ceux qui ont appelé' (the relative is theirs)
            return "subject" if self.norms[k] in RELATIVE_WORDS | self.voice_relatives else "object"
        return None if self.norms[k] in CONNECTORS else "other"

    def _passive_auxiliaries(self, spans: list[Span]) -> list[Span]:
        """'an order that got cancelled': 'got' before a past participle is the passive's auxiliary, never the
        behaviour the catalog's 'got' names (a message received)."""
        return [s for s in spans if not (s.end - s.start == 1 and self.norms[s.start] in PASSIVE_AUXILIARIES
                                         and s.end < len(self.norms) and self.norms[s.end].endswith(PAST_PARTICIPLE_ENDINGS)
                                         and any(t.start == s.end for t in spans))]

    def _values_of_the_column_said(self, spans: list[Span]) -> list[Span]:
        """'recrutés via l'appli', 'acquired via the app': right after the words of a customer attribute, a phrase
        that names what a behaviour was about ('via the app': an order's channel) is read as that attribute's value
        its own word names ('app'), never as the behaviour."""
        out = list(spans)
        for i, (s, t) in enumerate(zip(spans, spans[1:])):
            if t.start != s.end:
                continue
            columns = {m.column for m in s.meanings if m.kind == "column" and not m.event
                       and m.column.rsplit(".", 1)[0] == self.entity_table}
            if not columns or len(s.meanings) != len(s.of("column")):
                continue
            # 'signed up in store', 'inscrits en magasin': the value of the attribute the catalog sets on the date said
            # (the acquisition channel, `set_on` the signup date), not a store purchase and a signup date on file
            dated = {c.rsplit(".", 1)[1] for c in columns if self._dated(c)}
            set_on = [m for m in t.of("value") if self.catalog.column(m.column).set_on in dated]
            setting = {c.set_on for t_ in self.catalog.tables.values() for c in t_.columns.values()} & dated \
                if not set_on and dated and t.of("qualifier") else set()
            if setting:
                # 'signed up on the website': a behaviour's place said after the date is the attribute's value its
                # own words name ('website'); one no value names ('signed up online': the web or the app?) is asked,
                # never an online order and a signup date on file
                set_on = next((found for k in range(t.start, t.end) if (found := [
                    m for m in self.lexicon.phrases.get(tuple(self.norms[k:t.end]), ())
                    if m.kind == "value" and self.catalog.column(m.column).set_on in dated])), [])
                out[i + 1] = Span(t.start, t.end, set_on) if set_on else None
                continue
            if set_on and len(set_on) < len(t.meanings):
                out[i + 1] = Span(t.start, t.end, set_on)
                continue
            if t.of("value") or not t.of("dimvalue"):
                continue
            # 'inscrits via l'appli', 'signed up via the app': when the customer joined says no channel; the channel
            # of how they joined is the customer's own attribute that has the value (one, or none is read)
            joined = all(self._dated(c) for c in columns)
            own = self._entity_values(t, None if joined else columns)
            if own and (not joined or len({m.column for m in own}) == 1):
                out[i + 1] = Span(t.start, t.end, own)
        return [s for s in out if s is not None]

    def _entity_values(self, t: Span, columns: set[str] | None = None) -> list[Meaning]:
        """The customer's own values the phrase's noun names, without its preposition and determiner ('via l'appli':
        'appli'), of `columns` (or of any customer attribute)."""
        return next((own for k in range(t.start + 1, t.end) if (own := [
            m for m in self.lexicon.phrases.get(tuple(self.norms[k:t.end]), []) if m.kind == "value" and (
                m.column in columns if columns is not None else m.column.rsplit(".", 1)[0] == self.entity_table)])), [])

    def _rated_said_of_an_average(self) -> None:
        """'an average rating under 2.5 (on the tickets they rated)': the past form of the averaged measure said apart
        from the events' noun (lexicon.Lexicon.measured; beside it, EventReading._measured_events reads it) says nothing
        more: an average is of the scored ones. Never beside a number ('2 tickets notés' counts them)."""
        averaged = {c.measure for c in self.out.criteria if isinstance(c, EventCondition) and c.average and c.measure}
        for k, norm in enumerate(self.norms):
            counted = any(self.tokens[j].number is not None for j in range(max(k - 3, 0), k))   # '2 tickets notés'
            if k not in self.out.used and not counted and any(
                    present and name in averaged for _, name, present in self.lexicon.measured.get(norm, ())):
                self._use(k, k + 1)

    def _column_named_twice(self) -> None:
        """'plus de 5000 points de fidélité en cagnotte', 'points on their loyalty balance': an attribute's other name
        right after (or before) the one that was read, with only grammar words between, names it again."""
        for s in self.lexicon_spans:
            columns = {m.column for m in s.meanings if m.kind == "column"}
            if s.start in self.out.used or not columns or len(columns) != len(s.meanings):
                continue
            for t in self.lexicon_spans:
                gap = range(t.end, s.start) if t.end <= s.start else range(s.end, t.start)
                if t.start in self.out.used and columns & {m.column for m in t.of("column")} and len(gap) <= 2 \
                        and all(self.norms[i] in FUNCTION_WORDS or self.norms[i] in LEADING_WORDS for i in gap):
                    self._use(s.start, s.end)
                    break

    def _verbs_of_behaviour_values(self) -> None:
        """'visiteurs arrivés par Google Ads', 'came from Google Ads': the catalog's words for how a customer was
        acquired said before a value that is no acquisition channel but what a behaviour was about (a session's
        traffic source), read as that: the words are its verb, not a question."""
        for s in self.lexicon_spans:
            if s.start in self.out.used or not s.meanings or any(
                    m.kind != "column" or m.event or m.column.rsplit(".", 1)[0] != self.entity_table for m in s.meanings):
                continue
            own = {v for m in s.meanings for v in self.catalog.column(m.column).values}
            if not own:
                continue
            k = s.end
            while k < len(self.norms) and self.norms[k] in LEADING_WORDS:
                k += 1
            after = next((t for t in self.lexicon_spans if t.start == k and k in self.out.used), None)
            if after is not None and after.of("dimvalue") and not after.of("value") and \
                    not own & {v for m in after.of("dimvalue") for v in m.values}:
                self._use(s.start, s.end)

    def _with_slots(self, spans: list[Span]) -> list[Span]:
        """'looked at running shoes', 'added electronics to their cart': a catalog phrase whose thing the request
        names in its place ('looked at a product', 'added something to their cart') reads as that phrase; what
        fills the place (values of the catalog, goods nouns, determiners) is read as usual."""
        covered = {i for s in spans for i in range(s.start, s.end)}
        norms, added, gone = self.norms, [], set()
        self.slot_verbs: set[tuple[int, int]] = set()
        slotted, by_first = self.lexicon.slotted, self.lexicon.slotted_by_first()
        # each head looked up once a place
        heads = [(i, head, tails) for i, n in enumerate(norms) for length, by_head in by_first.get(n, ())
                 if i < len(norms) - length and (tails := by_head.get(head := tuple(norms[i:i + length]))) is not None]
        starting: dict[int, list[Span]] = {}      # the spans by their first token, looked up at each place
        for s in spans if heads else ():
            starting.setdefault(s.start, []).append(s)
        places: dict[tuple[int, int], tuple[int, int, int]] = {}     # what fills the place after a head, once
        tries = []
        for i, head, tails in heads:
            g, values, things = places[(i, len(head))] = self._slot_place(i + len(head), starting)
            # the place holds values ('beauty products'), or another word for a thing ('added an item to their
            # cart' is the catalog's 'added something to their cart'); the phrases whose tail is said after it
            if values or things:
                tries += [(k, i) for n, by_tail in tails for k in by_tail.get(tuple(norms[g:g + n]), ())]
        # in the order phrase by phrase, place by place
        for k, i in sorted(tries):
            head, tail, meanings = slotted[k]
            if covered & set(range(i, i + len(head))):
                continue
            g, values, things = places[(i, len(head))]
            # a shorter phrase inside the tail gives way to it ('panier', the basket, in 'au panier')
            # and so does one as long that names the same behaviours ('avec le SAV' in 'un échange par chat avec le SAV')
            inside = [s for s in spans if g <= s.start and s.end <= g + len(tail) and (s.end - s.start < len(tail)
                      or {m.event for m in s.meanings} <= {m.event for m in meanings})]
            free = covered - {j for s in inside for j in range(s.start, s.end)}
            if free & set(range(g, g + len(tail))):
                continue
            gone.update(id(s) for s in inside)
            added.append(Span(i, i + len(head), list(meanings)))
            self.slot_verbs.add((i, i + len(head)))
            if tail:
                added.append(Span(g, g + len(tail), list(meanings)))
            covered |= set(range(i, i + len(head))) | set(range(g, g + len(tail)))
        return sorted([s for s in spans if id(s) not in gone] + added, key=lambda s: s.start)

    def _slot_place(self, g: int, starting: dict[int, list[Span]]) -> tuple[int, int, int]:
        """Where the place after a slotted phrase's head ends (at g), with how many values and thing words fill it."""
        norms, first = self.norms, g
        values, things = 0, 0
        while g < len(norms):
            value = next((s for s in starting.get(g, ()) if s.of("value", "dimvalue")), None)
            other = next((s for s in starting.get(g + 1, ()) if s.of("event", "dimvalue")), None) \
                if g == first and norms[g] in ("or", "and") else None
            after = next((j for j in range(g + 1, len(norms)) if norms[j] not in DETERMINERS), len(norms))
            listed = values and norms[g] in ("or", "and", ",") and \
                any(s.of("value", "dimvalue") for s in starting.get(after, ()))
            if other is not None and other.end < len(norms):
                g = other.end          # 'viewed or wishlisted shoes': another behaviour shares the thing
            elif listed:
                g += 1                 # 'a Bose or JBL item': the values of the place, listed
            elif value is not None:
                g, values = value.end, values + 1
            elif norms[g] in SLOT_WORDS or norms[g] in DETERMINERS or norms[g] in PRONOUNS:
                things += norms[g] in SLOT_WORDS
                g += 1
            elif g == first and norms[g] == "of" and g + 1 < len(norms) and (
                    norms[g + 1] in DETERMINERS or any(s.of("value", "dimvalue") for s in starting.get(g + 1, ()))):
                g += 1                 # a partitive ('ajouté de la beauté au panier', 'du sport'): some of it
            elif g == first and (counted := self._count_end(g)):
                g = counted            # 'viewed at least 2 products': how many, read by the counts
            else:
                break
        return g, values, things

    def _count_end(self, g: int) -> int | None:
        """Where a count said at token g ends ('at least 2', 'plus de 3', '4'), or None."""
        k = g
        while k < len(self.norms) and self.tokens[k].number is None and self.norms[k] in COUNT_LEADS:
            k += 1
        number = k < len(self.norms) and (self.tokens[k].number is not None or self.norms[k] in NUMBER_WORDS)
        return k + 1 if number else None

    def _no_restriction(self, spans: list[Span], said: list[tuple[int, int]]) -> list[list[int]]:
        """'Any channel.', '(any outlet, any country)', '- any kids brand)': 'any' and an attribute's noun said on
        their own, between clause edges, restrict nothing: an aside, never a word asked about, unless a value of the
        attribute was read (confirmations._any_said_read asks then: `any_said` holds each with the attributes its
        noun names)."""
        starts, ends = {a for a, _ in said}, {b for _, b in said}
        out = []
        for i, norm in enumerate(self.norms):
            if norm not in ANY_WORDS:
                continue
            channel = i + 1 < len(self.norms) and self.norms[i + 1] in _CHANNEL_NOUNS
            if channel and not any(s.start == i + 1 for s in spans):
                # 'across all (three) channels', 'tous canaux confondus' where no attribute is a channel: every kind of
                # the behaviour, which restricts nothing, wherever it is said; and the kinds listed right after it,
                # in brackets ('(store, web and catalog)'), say them again (each was a behaviour of its own, ANDed)
                out.append(list(range(i, self._kinds_in_brackets(spans, i + 2))))
                continue
            if not (channel or i in starts or self.norms[i - 1] in CLAUSE_EDGES):
                continue
            k = i + 1
            while (value := next((s for s in spans if s.start == k and s.of("value", "dimvalue")), None)):
                k = value.end
            noun = next((s.end for s in spans if s.start == k and s.of("column")), None) or \
                next((k + len(w) for w in self.dimension_first.get(self.norms[k], ()) if tuple(self.norms[k:k + len(w)]) == w),
                     None) if k < len(self.norms) else None
            if noun is not None and (noun in ends or noun == len(self.norms) or self.norms[noun] in CLAUSE_EDGES):
                out.append(list(range(i, noun)))
                column = next((s for s in spans if s.start == k and s.of("column")), None)
                dim = self.dimension_words.get(tuple(self.norms[k:noun]))
                self.any_said.append((out[-1], attributes(column.of("column")) if column is not None and dim is None
                                      else {f"dim:{dim}"}))
        return out

    def _kinds_in_brackets(self, spans: list[Span], k: int) -> int:
        """Where a bracket at k that lists only the behaviours' places or kinds ends (past its closing bracket);
        k when there is none."""
        if k >= len(self.norms) or self.norms[k] != "(" or ")" not in self.norms[k:]:
            return k
        end = self.norms.index(")", k)
        j = k + 1
        while j < end:
            kind = next((s for s in spans if s.start == j and s.end <= end and s.of("qualifier", "event")), None)
            if kind is None and self.norms[j] not in RESTATING_LINKS:
                return k
            j = kind.end if kind is not None else j + 1
        return end + 1

    def _every_listed(self, spans: list[Span]) -> list[list[int]]:
        """'on all three channels - email, SMS and push -', 'sur les trois canaux (e-mail, SMS, push)': the values
        listed right after every value of a dimension is said name them again, an aside (read as criteria of their
        own, each was a profile value ANDed, silently)."""
        out, norms = [], self.norms
        for i, norm in enumerate(norms):
            if norm not in EVERY_WORDS and norm not in SET_DETERMINERS:
                continue
            k = i + 1 + (i + 1 < len(norms) and norms[i + 1] in SET_DETERMINERS)
            numbered = k < len(self.tokens) and (self.tokens[k].number is not None or norms[k] in NUMBER_WORDS)
            k += numbered
            words = next((w for w in self.counted_by_first.get(norms[k], ()) if tuple(norms[k:k + len(w)]) == w), None) \
                if k < len(norms) and (numbered or norm in EACH_WORDS) else None
            if words is None:
                continue
            dim, k = self.counted_words[words], k + len(words)
            if k >= len(norms) or norms[k] not in ("-", "(", ":", ","):
                continue
            opened, j, listed = norms[k], k + 1, []
            while j < len(norms):
                value = next((s for s in spans if s.start == j and any(m.dim == dim for m in s.of("dimvalue"))), None)
                if value is not None:
                    listed.append(value)
                    j = value.end
                elif norms[j] in (",", "and", "or", "/", "&"):
                    j += 1
                else:
                    break
            closed = j == len(norms) or norms[j] in (")" if opened == "(" else "-", "?", ".")
            if len(listed) > 1 and closed:
                out.append(list(range(k, j + (j < len(norms) and norms[j] in (")", "-")))))
        return out

    def _restated(self, spans: list[Span], said: list[tuple[int, int]]) -> list[list[int]]:
        """'une commande expédiée mais pas encore livrée (en transit)': a bracket that holds only values its sentence
        said before it restates them, an aside (read with the exclusion before it, it removed the shipped orders)."""
        out = []
        for i, norm in enumerate(self.norms):
            if norm != "(" or ")" not in self.norms[i:]:
                continue
            close = self.norms.index(")", i)
            inside = [s for s in spans if i < s.start and s.end <= close]
            covered = {k for s in inside for k in range(s.start, s.end)}
            if not inside or any(not s.of("value", "dimvalue") for s in inside) or \
                    any(self.norms[k] not in LEADING_WORDS and self.norms[k] not in _LIST_WORDS
                        for k in range(i + 1, close) if k not in covered):
                continue
            listed = any(self.norms[k] in _LIST_WORDS for k in range(i + 1, close) if k not in covered)
            start = max((a for a, _ in said if a <= i), default=0)
            if "or" in self.norms[start:i]:
                continue     # 'in Lyon or Paris (Lyon)': the bracket may pick one of the values said before
            before = {(m.column, m.values) for s in spans if start <= s.start and s.end <= i
                      for m in s.of("value", "dimvalue")}
            if not listed and all(any((m.column, m.values) in before for m in s.of("value", "dimvalue")) for s in inside) \
                    or self._what_the_negation_leaves(before, inside, start, i):
                out.append(list(range(i + 1, close)))
        return out

    def _what_the_negation_leaves(self, before: set, inside: list[Span], start: int, i: int) -> bool:
        """'un ticket pas encore résolu (ouvert ou en cours)': a bracket holding every other value of a closed list
        whose one value was said negated before it restates what the negation leaves (read with it as one list,
        the tickets in any state were denied, silently)."""
        if len(before) != 1 or not any(n in NEGATIONS for n in self.norms[start:i]):
            return False
        column, denied = next(iter(before))
        stored = self.catalog.column(column).values
        held = {v for s in inside for m in s.of("value", "dimvalue") if m.column == column for v in m.values}
        return bool(stored) and all(any(m.column == column for m in s.of("value", "dimvalue")) for s in inside) \
            and held == set(stored) - set(denied)

    def _term_restated(self, spans: list[Span], said: list[tuple[int, int]]) -> list[list[int]]:
        """'Cart abandoners from the last 14 days (added to cart, no online order in that time)', 'abandonnistes panier
        (ajout au panier sans commande en ligne)': a bracket right after a glossary term (and the period said of it)
        whose words name only what the term's own definition reads (the tables of its SQL) restates that definition:
        an aside, said in a note with the catalog's meaning (read as criteria, they took the term's place and left it
        unread). Words of anything else there narrow the term: read as they are."""
        out = []
        for i, norm in enumerate(self.norms):
            if norm != "(" or ")" not in self.norms[i:]:
                continue
            close = self.norms.index(")", i)
            term = max((s for s in spans if s.end <= i and s.of("glossary")), key=lambda s: s.end, default=None)
            if term is None or any(s.start >= term.end and s.end <= i and not s.of("glossary") for s in spans) \
                    or not self._only_a_period(term.end, i):
                continue
            inside = [s for s in spans if i < s.start and s.end <= close]
            index = term.of("glossary")[0].ref
            read = tables_read(self.catalog.glossary[index].sql)
            if not inside or not read or not all(self._span_tables(s) and self._span_tables(s) <= read for s in inside) \
                    or not self._no_period_of_its_own(i + 1, close):
                continue
            out.append(list(range(i, close + 1)))
            term = self.catalog.glossary[index]
            said = term.words(getattr(self.words, "CODE", "en"))      # the term in the request's language
            self.out.notes.append(NOTES["term_restated"].format(
                words=typed_text(self.request, self.tokens, i, close + 1), term=said.label or term.term,
                meaning=said.meaning or term.meaning))
        return out

    def _only_a_period(self, a: int, b: int) -> bool:
        """Nothing but a period and its leading words between tokens a and b ('from the last 14 days')."""
        windows = find_windows(self.tokens[a:b], self.as_of) if b > a else []
        covered = {k for w in windows for k in range(w.start_tok, w.end_tok)}
        return all(k in covered or self.norms[a + k] in LEADING_WORDS for k in range(b - a))

    def _no_period_of_its_own(self, a: int, b: int) -> bool:
        """No period said between tokens a and b but the one said before, pointed at ('in that time'): a length of
        its own ('aucun achat depuis 18 mois') sets the term's period, no restatement."""
        return all(w.anaphora for w in find_windows(self.tokens[a:b], self.as_of))

    def _span_tables(self, s: Span) -> set[str]:
        """The tables a span's meanings read: an event's, a value's or a column's."""
        out = set()
        for m in s.meanings:
            if m.event:
                out.add(self.catalog.events[m.event].table)
            elif m.column:
                out.add(m.column.rsplit(".", 1)[0])
            elif m.kind in ("kindword",):
                out |= {ev.table for ev in self.catalog.events.values() if ev.kind == m.ref}
            else:
                return set()
        return out

    def _with_names(self, tokens: list[Token], spans: list[Span]) -> list[Span]:
        """Part of a name typed as a name ('the Rivoli flagship', 'the Black Friday 2025 email') reads as every
        value of the data it is part of, said in a note; it takes in the shorter phrases inside it."""
        for part, inside in self.lexicon.name_parts(tokens, spans):
            spans = [s for s in spans if s not in inside] + [part]
            m = part.meanings[0]
            values = ", ".join(f"'{v}'" for v in m.values[:4]) + (f" and {len(m.values) - 4} more" if len(m.values) > 4 else "")
            words = typed_text(self.request, tokens, part.start, part.end) if self.request else \
                " ".join(t.text for t in tokens[part.start:part.end])
            what = (m.dim or column_name(m.column)).replace("_", " ")
            self.name_notes.append((part, NOTES["name_part"].format(words=words, what=what, values=values)))
        for s in spans:
            self._name_it_starts(tokens, s)
        return sorted(spans, key=lambda s: s.start)

    def _name_it_starts(self, tokens: list[Token], span: Span) -> None:
        """'la campagne Reactivation d'avril': a word typed as a name, read as a value it is only another word for
        (the objective 'win-back'), that also starts names in the data ('Reactivation Apr 2026 - sms'): the reading
        is said with the names, since the marketer may mean one of them (read as the objective, a campaign whose
        sends ran past the month was lost, silently). So is any such word of a request typed with no case ('la campagne
        reactivation d'avril', all in capitals or all in lower case): it may be a name. A value's own word ('Nike', the
        brand) needs no note."""
        starts = self.lexicon.name_starts.get(tuple(self.norms[span.start:span.end]), [])
        read = [m for m in span.of("value", "dimvalue") if m.values]
        if not starts or not read or not (typed_as_name(tokens[span.start:span.end]) or uncased(tokens)) or \
                any(self.lexicon.key(v) == tuple(self.norms[span.start:span.end]) for m in read for v in m.values):
            return
        m = starts[0]
        words = " ".join(t.text for t in tokens[span.start:span.end])
        names = ", ".join(f"'{v}'" for v in m.values[:3]) + (f" and {len(m.values) - 3} more" if len(m.values) > 3 else "")
        self.name_notes.append((span, NOTES["name_start"].format(
            words=words, reading=" or ".join(dict.fromkeys(r.label or ", ".join(r.values) for r in read)),
            what=(m.dim or column_name(m.column)).replace("_", " "), values=names)))

    def _spend_in_a_window(self, spans: list[Span], windows: list[Window]) -> list[Span]:
        """'total spend in 2025', 'whose last purchase was in May': an indicator said in spend words or of the
        latest event right beside a window is the spend over that window (the events' amounts), or the latest event
        in it, since an indicator has no window to set; so is the latest event said to be of a kind ('whose last
        purchase was online'); elsewhere it stays the indicator."""
        def windowless(s: Span) -> bool:
            words = self.norms[s.start:s.end]
            return bool(s.meanings) and all(m.kind == "indicator" for m in s.meanings) and \
                (any(w in self.spend_words for w in words) or any(w in self.latest for w in words))

        amounts: list[int] = []
        money: dict[int, int] = {}

        def beside(s: Span, w: Window) -> bool:
            return self._window_beside(s, w, money, currency=True)

        def qualified(s: Span) -> bool:
            """'whose last purchase was in store', 'dont le dernier achat a été fait en magasin', 'whose last
            purchase was over €100': what the latest event was (a behaviour's qualifier or value, or an amount of
            money, said after it)."""
            if not any(w in self.latest for w in self.norms[s.start:s.end]):
                return False
            if not amounts:
                amounts.extend([c.start_tok for c in find_comparisons(self.tokens, set()) if c.currency] or [-1])
            k = s.end
            while k < len(self.norms):
                if any(t.start == k and t.of("qualifier", "dimvalue") for t in spans) or k in amounts:
                    return True
                if self.norms[k] not in COPULAS | QUALIFIER_PREPOSITIONS | set(DETERMINERS):
                    return False
                k += 1
            return False
        out = []
        for s in spans:
            if windowless(s) and (any(beside(s, w) for w in windows) or qualified(s)):
                # its words read one by one ('total' a modifier, 'spend' the amount of purchases); a word of the
                # total in the language's own phrase ('dépenses totales') says what the spend is, and is read with it
                out += [Span(i, i + 1, list(self.lexicon.phrases[(self.norms[i],)])) for i in range(s.start, s.end)
                        if self.lexicon.phrases.get((self.norms[i],))]
                self.out.used.update(i for i in range(s.start, s.end) if self.norms[i] in self.total_words)
            else:
                out.append(s)
        return out

    def _window_beside(self, s: Span, w: Window, compared: dict[int, int], currency: bool) -> bool:
        """Is `w` said right before or after the span, or after the number it is compared with ('total spend over
        €1,000 in the last 12 months', 'a dozen or more messages received in the last six months')? `compared`:
        where each comparison (of money only, with `currency`) starts -> where it ends, filled on first use."""
        k = s.end
        while k < w.start_tok and self.norms[k] in COPULAS:
            k += 1
        if k < w.start_tok and w.start_tok > s.end:
            if not compared:
                compared.update({c.start_tok: c.end_tok for c in find_comparisons(self.tokens, set())
                                 if c.currency or not currency} or {-1: -1})
            k = compared.get(k, k)
        while k < w.start_tok and self.norms[k] in DEMONSTRATIVES:      # French 'ces 30 derniers jours'
            k += 1
        return w.start_tok == k or w.end_tok == s.start

    def _indicator_own_period(self, spans: list[Span], windows: list[Window]) -> tuple[list[Span], list[Window]]:
        """'a dozen or more messages received in the last six months', 'messages reçus sur les 6 derniers mois': a
        period said beside an indicator whose own is that period (the one its catalog label says: 'messages received
        in the last 6 months') is the indicator's, said in other words, not a phrase to ask about. The spans and the windows left."""
        compared: dict[int, int] = {}
        own, out = [], []
        for s in spans:
            periods = [p for m in s.of("indicator") if (p := self._label_period(m.ref)) is not None]
            if len(periods) != len(s.meanings):
                out.append(s)
                continue
            beside = [w for w in windows if self._window_beside(s, w, compared, currency=False)]
            said = [w for w in beside if any(same_days(w, p) for p in periods)]
            own += said
            if beside and not said:
                # another period ('messages received in the last 30 days'): the behaviour it counts, in that
                # period, its words read one by one (as the indicator, the period was asked about)
                out += [Span(i, i + 1, list(self.lexicon.phrases[(self.norms[i],)])) for i in range(s.start, s.end)
                        if self.lexicon.phrases.get((self.norms[i],))]
            else:
                out.append(s)
        for w in own:
            self._use(w.start_tok, w.end_tok)
            self.out.restated.update(range(w.start_tok, w.end_tok))     # the indicator's own: no period to keep
        return out, [w for w in windows if w not in own]

    def _label_period(self, indicator: str) -> Window | None:
        """The period an indicator's catalog label says ('messages received in the last 6 months'), if one."""
        found = find_windows(tokenize(self.catalog.indicators[indicator].label), self.as_of)
        return found[0] if len(found) == 1 and not found[0].anaphora else None

    def _with_goods_nouns(self, spans: list[Span]) -> list[Span]:
        """A category's span takes in a general goods noun beside it ('swimming kit', 'items of tennis gear',
        'articles de natation'): the noun is part of the category, never a word asked about."""
        covered = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for s in spans:
            start, end = s.start, s.end
            if s.of("dimvalue", "value"):
                if end < len(self.norms) and self.norms[end] in GOODS_NOUNS and end not in covered:
                    end += 1
                if start >= 2 and self.norms[start - 1] in GOODS_LINKS and self.norms[start - 2] in GOODS_NOUNS \
                        and not covered & {start - 2, start - 1}:
                    start -= 2
                elif start >= 1 and self.norms[start - 1] in GOODS_NOUNS and self.norms[start - 1] not in SLOT_WORDS \
                        and start - 1 not in covered:
                    start -= 1      # the noun before its value, as French says it ('du matos Salomon')
            out.append(s if (start, end) == (s.start, s.end) else Span(start, end, s.meanings, s.typo_of))
        return out

    def _vague_words(self, spans: list[Span], blocked: set[int], periods: set[int] = frozenset()) -> set[int]:
        """'a few times', 'a lot', 'in a while', 'nothing but', 'only' next to a behaviour: recorded to be asked,
        and kept from the grammar that would read them silently (a negation, a light word)."""
        behaviour = ("event", "kindword", "qualifier", "dimvalue")
        starts = {s.start for s in spans if s.of(*behaviour)}
        ends = {s.end for s in spans if s.of(*behaviour)}
        # ('all our German customers', 'all our Dutch and Belgian customers': the values before the customers' noun
        # say which customers, no share)
        ends_at = {s.start: s.end for s in spans}

        def before_people(k: int) -> bool:
            while k < len(self.norms) and self.norms[k] not in self.people_words and (
                    k in ends_at or self.norms[k] in ("and", "or", ",")):
                k = ends_at.get(k, k + 1)
            return k < len(self.norms) and self.norms[k] in self.people_words
        of_people = {s.start for s in spans if before_people(s.end)}
        # ... and a value of theirs that names them itself ('all the Belgians', 'all the women'), with no behaviour's
        # word after it ('all the French stores' is a share of the stores): no share either
        of_people |= {s.start for s in spans if s.end not in starts and any(
            m.column and m.column.rsplit(".", 1)[0] == self.entity_table for m in s.of("value"))}
        out, i = set(), 0
        while i < len(self.norms):
            phrase = next((p for p in _VAGUE_BY_FIRST.get(self.norms[i], ())
                           if tuple(self.norms[i:i + len(p)]) == p and not blocked & set(range(i, i + len(p)))), None)
            if phrase == ("only",) and i > 0 and self.norms[i - 1] == "not":   # 'not only A but also B': A and B
                self._use(i - 1, i + 1)
                out.update((i - 1, i))
                i += 1
                continue
            asked = next((q for q in SIZE_QUESTIONS if phrase and q[len(q) - len(phrase):] == phrase
                          and tuple(self.norms[i - len(q) + len(phrase):i + len(phrase)]) == q), None)
            if asked:                                     # 'how many VIPs': the audience's size, not a vague count
                self._use(i - len(asked) + len(phrase), i + len(phrase))
                out.update(range(i - len(asked) + len(phrase), i + len(phrase)))
                i += len(phrase)
                continue
            if phrase is None or phrase in NEAR_BEHAVIOUR and (not self._near_behaviour(i, len(phrase), starts, ends)
                                                              or i + len(phrase) in of_people) \
                    or phrase == ("only",) and self._only_of_a_count(i) \
                    or phrase == ("then",) and i > 0 and self.norms[i - 1] == "since" \
                    or phrase in BEFORE_NUMBER and not self._before_number(i + len(phrase)) \
                    and not (self._after_number(i) and self._ends_clause(i + len(phrase))) \
                    or phrase in AFTER_NUMBER and not self._after_number(i) \
                    or self._opens_latest(i + len(phrase) - 1):
                i += 1
                continue
            self.out.unclear.append((i, i + len(phrase), VAGUE_WORDS[phrase]))
            self._use(i, i + len(phrase))
            out.update(range(i, i + len(phrase)))
            i += len(phrase)
        inside = {k for s in spans if s.of(*behaviour) for k in range(s.start, s.end)}
        for i, t in enumerate(self.tokens):   # 'all of the' was merged into 'the' before parsing: still a share
            said = t.text.lower().split()
            # 'in each of the last 3 months' is every one of them, never any of them
            if len(said) > 1 and said[0] in SHARE_PICKS and i + 1 not in of_people \
                    and (i in inside or i + 1 in starts or {i - 1, i, i + 1} & periods):
                self.out.unclear.append((i, i + 1, "share"))
        return out

    def _opens_latest(self, k: int) -> bool:
        """The word at k opens a latest of several words ('the most recent', French 'le plus récent'): no rank."""
        return any(len(w) > 1 and tuple(self.norms[k:k + len(w)]) == w for w in self.latest_words)

    def _unranked_order(self) -> None:
        """'VIP customers by spend', 'classés par nombre de commandes': customers put in an order with no size said
        is a ranking to ask about (which top?); read without it, the order was dropped and every buyer kept."""
        for i in range(len(self.norms)):
            lead = next((w for w in self.order_by_first.get(self.norms[i], ()) if tuple(self.norms[i:i + len(w)]) == w),
                        None)
            k = i + len(lead) if lead else i
            measure = next((m for m in ORDER_MEASURES if tuple(self.norms[k:k + len(m)]) == m), None) if lead else None
            if lead and measure is None and k < len(self.norms) and self.norms[k] in self.spend_words:
                measure = (self.norms[k],)         # the language's own word ('par dépense')
            # 'by spending over €500': how they qualified, an amount said after it; never an order
            if measure is None or any(t.number is not None or t.norm in CURRENCY
                                      for t in self.tokens[k + len(measure):k + len(measure) + 3]):
                continue
            self.out.unclear.append((i, k + len(measure), "ranked"))
            self._use(i, k + len(measure))
            return

    def _only_of_profile_values(self) -> None:
        """'France and Belgium only': an 'only' right after values that were read as the customers' own restricts
        nothing more than they do; it is no question ('shoes only', after a behaviour, still is)."""
        profile = [c for c in self.out.criteria + self.out.exclusions if isinstance(c, (ValueCondition, FlagValueCondition))]
        for entry in list(self.out.unclear):
            i, j, kind = entry
            if kind != "only" or self.norms[i] != "only" or j - i != 1:
                continue
            before = next((s for s in self.lexicon_spans if s.end == i), None)
            if before is not None and before.of("value") and \
                    any(c.start_tok <= before.start < c.end_tok for c in profile):
                self.out.unclear.remove(entry)

    def _period_named_in_brackets(self, windows: list[Window]) -> None:
        """'pendant la Braderie (5 et 6 septembre)', 'during the sidewalk sale (May 2 to 4)': a name the catalog does
        not know, said as a period ('during', 'over' ...) right before a bracket that holds only the period's days,
        is the name of those days: read as them, and said so. A name the catalog knows, or a period in the name
        ('pendant les Fêtes l'an passé (...)'), is left to its own reading or asked."""
        known = {k for s in self.lexicon_spans for k in range(s.start, s.end)}
        timed = {k for w in windows for k in range(w.start_tok, w.end_tok)}
        for w in windows:
            o = w.start_tok - 1 - (w.start_tok > 1 and self.norms[w.start_tok - 1] == "the")
            if o < 2 or self.norms[o] != "(" or w.end_tok >= len(self.norms) or self.norms[w.end_tok] != ")" \
                    or w.start_tok not in self.out.used:
                continue
            lead = next((k for k in range(o - 1, max(o - 6, -1), -1) if self.norms[k] in HOLIDAY_PERIOD_LEADS), None)
            name = range(lead + 1, o) if lead is not None else range(0)
            if not name or any(k in self.out.used or k in known or k in timed for k in name) or \
                    not any(self.tokens[k].text[:1].isalpha() and self.norms[k] not in FUNCTION_WORDS for k in name):
                continue
            self._use(lead, o)
            self.out.notes.append(NOTES["period_name"].format(
                words=" ".join(t.text for t in self.tokens[lead:o]), period=w.describe()))

    def _every_event_said(self) -> None:
        """'visited 3 times this month, only from a smartphone', 'à chaque fois depuis un smartphone', 'bought since
        January but only in store': a word that says every event (lang_en.EVERY_EVENT_WORDS) said next to a value of
        one of the behaviour's own dimensions (behind a preposition), or to its channel, says every such event of its
        period had it. The behaviour keeps that value (its count and period too) and the same behaviour of the same
        period with any other value is excluded: an unknown value (NULL) is another one (EventCondition.other_than);
        a channel excludes the other events of its kind. Said in a note. 'shoes only', 'bought only shoes' (no
        preposition) may restrict the thing bought: left to their own reading or asked."""
        for i in range(len(self.norms)):
            phrase = next((p for p in self.every_event_first.get(self.norms[i], ()) if tuple(self.norms[i:i + len(p)]) == p),
                          None)
            # 'in store only once at most': the 'only' of a count (_only_of_a_count), never of the value before it
            if phrase is None or i in self.out.ignored.tokens or self._only_of_a_count(i + len(phrase) - 1):
                continue
            if i > 0 and self.norms[i - 1] in NEGATIONS:      # 'not only ordered online but also ...': both, no 'only'
                continue
            j = i + len(phrase)
            if j < len(self.tokens) and self.tokens[j].number is not None:      # 'only 1 time', 'only 2 orders'
                continue
            found = self._value_said_every_time(i, j, phrase in self.every_event_linked)
            if found is None:
                continue
            span, c, exclusion, dimension = found
            if exclusion is None:     # said of a value no behaviour holds with its period: asked, never dropped
                if i not in self.out.used and not any(e[0] <= i < e[1] for e in self.out.unclear):
                    self.out.unclear.append((i, j, "only"))
                    self._use(i, j)
                continue
            a, b = min(i, span.start), max(j, span.end)
            exclusion.start_tok, exclusion.end_tok = a, b      # said by the word and its value
            self.out.criteria.append(exclusion)
            self.out.unclear[:] = [e for e in self.out.unclear if not (a <= e[0] < b)]
            self._use(a, b)
            self.out.notes.append(NOTES["only_channel"].format(
                words=" ".join(t.text for t in self.tokens[a:b]), dimension=dimension))
            if any(not unknown_is_other(self.catalog, e, d) for d in exclusion.other_than for e in exclusion.events
                   if d in self.catalog.events[e].dimensions):      # 'always Books': a sale of no known category
                self.out.notes.append(NOTES["unknown_not_other"].format(
                    words=" ".join(t.text for t in self.tokens[a:b]), dimension=dimension))

    def _all_events_said(self) -> None:
        """'whose online orders this year were ALL placed between 8pm and midnight', 'all their orders were under
        €50', 'toutes leurs commandes de 2025 ont été passées le week-end': words that say every one of a behaviour's
        events (lang_en.ALL_EVENTS_WORDS) and what is said of them after (after a link, 'were', or the words after
        one: 'were all'): its hours, days, months, each one's amount or a value of its own dimensions. The behaviour
        keeps its count and period; the same behaviour of the same period outside what is said (the other hours,
        days, months, a larger amount, another value) is excluded, one exclusion for each. Said in a note. Said
        after a link with nothing such read there: asked, naming the words (never dropped)."""
        for i in range(len(self.norms)):
            phrase = next((p for p in ALL_EVENTS_FIRST.get(self.norms[i], ()) if tuple(self.norms[i:i + len(p)]) == p),
                          None)
            # 'ordered online exclusively between 8pm and midnight', 'only at the weekend': a word of every event
            # (_every_event_said) right before the hours, days or months said of the behaviour's events
            only = next((p for p in self.every_event_first.get(self.norms[i], ()) if tuple(self.norms[i:i + len(p)]) == p),
                        None) if phrase is None else None
            if phrase is None and only is None or i in self.out.ignored.tokens:
                continue
            j = i + len(phrase or only)
            c = next((c for c in self.out.criteria if isinstance(c, EventCondition) and not c.negated
                      and c.start_tok <= i < c.end_tok), None)
            if only is not None:
                # ', only at the weekend': the behaviour said again after the word, by what is said of it
                c = c or next((o for o in self.out.criteria if isinstance(o, EventCondition) and not o.negated
                               and o.start_tok == j), None)
                said = self._said_of_every_event(c, j, right_there=True) if c is not None else None
                if said is not None:
                    self._every_event_read(c, i, j, *said)
                continue
            linked = i > 0 and self.norms[i - 1] in ALL_EVENTS_LINKS | ALL_EVENTS_LEADS or phrase in ALL_EVENTS_SAID_AFTER
            if c is None and phrase in ALL_EVENTS_SAID_AFTER:
                c = self._all_of_the_one_before(i, j)
            if c is None or c.of_latest is not None:      # 'last 3 purchases were all online': read with the n
                continue
            edge = j if linked else next((k + 1 for k in range(j, c.end_tok) if self.norms[k] in ALL_EVENTS_LINKS), None)
            values = edge is not None      # after a link: a value too ('were all from a smartphone')
            if edge is None:       # 'placed all their orders after 8pm': said after the events' own words; a value
                # there may say which ones ('tous les tickets en attente'): still asked
                edge = next((s.end for s in self.lexicon_spans if j <= s.start < c.end_tok and s.of("event", "kindword")),
                            None)
            said = self._said_of_every_event(c, edge, values=values) if edge is not None else None
            if said is None:
                if linked and not any(e[0] <= i < e[1] for e in self.out.unclear):
                    self.out.unclear.append((i, j, "share"))      # 'were all happy': asked, never dropped
                    self._use(i, j)
                continue
            self._every_event_read(c, i, j, *said)

    def _all_of_the_one_before(self, i: int, j: int) -> EventCondition | None:
        """'At least 3 online orders this year, and every single one of them over €100': after 'and', the words for
        every one of them (said with 'them') open a clause of their own, whose amount was read as a behaviour of its own
        (a total over €100, asked about 'single'): that amount is the behaviour's before, folded back into it."""
        before = next((c for c in self.out.criteria if isinstance(c, EventCondition) and not c.negated
                       and c.end_tok <= i and all(self.norms[k] in ALL_EVENTS_CLAUSE for k in range(c.end_tok, i))),
                      None)
        after = next((c for c in self.out.criteria if isinstance(c, EventCondition) and c.start_tok >= j), None)
        if before is None or after is None or before.amount is not None or after.events != before.events \
                or after.amount is None or after.count is not None or after.negated or after.dims != before.dims \
                or after.window not in (None, before.window):
            return None
        before.amount, before.end_tok = after.amount, after.end_tok
        self.out.criteria.remove(after)
        return before

    def _every_event_read(self, c: EventCondition, i: int, j: int, keep, exclusions: list) -> None:
        """The behaviour `c` read of every one of its events by the words at [i, j): it keeps the amount `keep`,
        the behaviours outside what was said of them are excluded; said in a note."""
        a, b = min(i, c.start_tok), max(j, c.end_tok)
        for x in exclusions:
            x.start_tok, x.end_tok = a, b
        if c.amount is not None and keep is None:      # each one's amount, not the total any more
            events = " or ".join(dict.fromkeys(self.catalog.events[e].label for e in c.events))
            total = NOTES["none_in_the_total"].format(words=self._words(c.start_tok, c.end_tok), events=events,
                                                      amount=c.amount.describe())
            self.out.notes[:] = [n for n in self.out.notes if n != total]
        c.amount = keep
        self.out.criteria += exclusions
        self.out.unclear[:] = [e for e in self.out.unclear if not (i <= e[0] < j or e[0] <= i < e[1])]
        self._use(i, j)
        self.out.notes.append(NOTES["all_events"].format(words=" ".join(t.text for t in self.tokens[a:b])))

    def _said_of_every_event(self, c: EventCondition, edge: int, right_there: bool = False, values: bool = True):
        """What the behaviour `c` says of each of its events from token `edge` on (its hours, days, months, each
        one's amount, a value of its dimensions), as the amount it keeps and the behaviours it excludes; None when
        nothing such is said there or the behaviour is no plain set of events."""
        last = edge + 1 if right_there else c.end_tok       # right there: said right after the word
        # 'were all made outside Paris': a place said outside after the word (EventCondition.other_than) excludes the
        # events at it; said before, or of nothing said after, it is no plain set of events
        elsewhere = {m.dim for s in self.lexicon_spans if edge <= s.start < last for m in s.of("dimvalue")
                     if set(m.values) <= set(c.other_than.get(m.dim, ()))}
        if set(c.other_than) - elsewhere or c.first or c.last or c.top or c.rank or c.average or c.measure \
                or c.after is not None or c.count is not None and c.count.op in ("<", "<="):
            return None
        after = lambda said: any(edge <= s.start_tok < last for s in said)
        hours = c.hours if after(self.day_hours) else ()
        days = c.days if after(self.days) else ()
        months = c.months if after(self.year_months) else ()
        # 'each time over 100' after a count is each counted event's amount (modifiers), not every event's: only
        # 'all' says an amount of every one ('all their orders were under €50')
        amount = c.amount if c.amount is not None and edge <= c.amount.start_tok < last and not right_there else None
        # a value said before the edge too says which events ('TOUS les mails reçus ... (3 mails minimum)')
        said = [(s.start, m.dim) for s in self.lexicon_spans if c.start_tok <= s.start < c.end_tok
                for m in s.of("dimvalue") if m.dim in c.dims and set(m.values) <= set(c.dims[m.dim])]
        values = {d for k, d in said if k >= edge} - {d for k, d in said if k < edge} \
            if values and not right_there else set()
        if not (hours or days or months or amount is not None or values or elsewhere) or \
                c.amount is not None and amount is None:
            return None
        base = dict(negated=True, events=c.events, dims={d: v for d, v in c.dims.items() if d not in values},
                    measured=c.measured, window=c.window, since=c.since, hours=() if hours else c.hours, days=() if days else c.days,
                    months=() if months else c.months)
        out = []
        for name, said, every in (("hours", hours, range(24)), ("days", days, range(1, 8)), ("months", months, range(1, 13))):
            outside = tuple(x for x in every if x not in said)
            if said and outside:       # every hour said: none outside
                out.append(EventCondition(0, 0, **{**base, name: outside}))
        for d in values:
            out.append(EventCondition(0, 0, **base, other_than={d: c.dims[d]}))
        for d in elsewhere:
            out.append(EventCondition(0, 0, **{**base, "dims": {**base["dims"], d: c.other_than[d]}}))
        if amount is not None:
            one = Comparison(">=", 1, amount.start_tok, amount.end_tok, times=True)
            outside = [("<", amount.value), (">", amount.upper)] if amount.upper is not None else \
                [({"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "<"}[amount.op], amount.value)] + \
                ([(">", amount.value)] if amount.op == "=" else [])
            out += [EventCondition(0, 0, **base, count=one, amount=Comparison(op, v, amount.start_tok, amount.end_tok,
                                                                             currency=amount.currency))
                    for op, v in outside]
        return None if amount is not None else c.amount, out

    def _value_said_every_time(self, i: int, j: int, linked_only: bool = False):
        """The value said with an every-event word at [i, j): right after it (behind prepositions and determiners)
        or right before it; with the behaviour whose words hold it, the exclusion it says and the dimension's name.
        None when no value of a behaviour's own is said there."""
        links = self.value_prepositions | frozenset(self.lexicon.determiners) | frozenset(DETERMINERS) | self.name_words
        j0, j = j, self._behaviour_said_between(j)      # 'only ever order through the app', 'only ever bought online'
        # the behaviour's own word said between: its criterion is said there, never a value read alone after a comma
        skipped = any(s.start < j and s.end == j and s.of("event", "kindword") for s in self.lexicon_spans) and j > j0
        k = j
        while k < len(self.norms):
            # the value's dimension named before it ('always with the code WELCOME10', 'toujours dans la catégorie
            # Books'): passed over as a link (stopped at, the word was dropped and the value lost its period)
            named = next((s for s in self.lexicon_spans if s.start == k and s.of("column", "dimension")
                          and not s.of("dimvalue", "qualifier", "event", "kindword")), None)
            if self.norms[k] not in links and named is None:
                break
            k = named.end if named is not None and self.norms[k] not in links else k + 1
        # the value's words may hold the preposition ('in store'): the first one starting among the links
        after = min((s for s in self.lexicon_spans if j <= s.start <= k and s.of("qualifier", "dimvalue")),
                    key=lambda s: s.start, default=None)
        k = after.start if after is not None else k
        before = next((s for s in self.lexicon_spans if s.end == i and s.of("qualifier", "dimvalue")), None)
        # 'toujours en attente': a state still held; 'toujours en magasin': a channel whose phrase holds its preposition
        own = after is not None and after.start == j and self.norms[j] in self.value_prepositions and after.of("qualifier")
        if linked_only and not own and not any(self.norms[x] in self.value_prepositions for x in range(j, k)):
            return None
        for span, linked in ((after, k > j), (before, False)):
            if span is None:
                continue
            # behind a preposition: said before it, or the value's own first word ('in store', 'on mobile')
            edge = span.start if span is after else span.start - 1
            while span is before and edge > 0 and self.norms[edge] in links and self.norms[edge] not in self.value_prepositions:
                edge -= 1
            prepositioned = any(self.norms[x] in self.value_prepositions for x in range(j, k)) if span is after \
                else edge >= 0 and self.norms[edge] in self.value_prepositions
            prepositioned = prepositioned or self.norms[span.start] in self.value_prepositions
            found = self._every_event_exclusion(span, channel_ok=not linked or prepositioned,
                                                value_ok=prepositioned,
                                                said=(span.start if skipped else min(i, span.start), max(j, span.end)))
            if found is not None:
                return (span, *found)
            if prepositioned and span.of("dimvalue") and any(
                    isinstance(c, EventCondition) and c.start_tok <= span.start < c.end_tok for c in self.out.criteria):
                return span, None, None, ""
        return self._channel_in_the_behaviours_words(j0, j) if after is None and before is None else None

    def _behaviour_said_between(self, j: int) -> int:
        """Where the value of an every-event word said at j may start: past 'ever' and the behaviour's own word said
        before its value ('only ever order through the app', 'only bought online'); a behaviour's word that holds a
        value itself ('only bought shoes') is no such word."""
        k = j
        while k < len(self.norms) and self.norms[k] in NEAR_BEHAVIOUR_ADVERBS:
            k += 1
        own = next((s for s in self.lexicon_spans if s.start == k and s.of("event", "kindword")
                    and not s.of("qualifier", "dimvalue")), None)
        return own.end if own is not None else k

    def _every_event_exclusion(self, span: Span, channel_ok: bool, value_ok: bool, said: tuple[int, int]):
        """The behaviour holding `span`, the negated behaviour its every-event word says and the dimension's name;
        None when the span is no value of that behaviour or the behaviour is no plain set of events (an amount, a
        first or latest one, a ranking, a behaviour after another)."""
        c = next((c for c in self.out.criteria if isinstance(c, EventCondition) and not c.negated
                  and c.start_tok <= span.start < c.end_tok), None)
        if c is not None and said[0] <= c.start_tok and c.end_tok <= said[1]:     # the value alone, or with the word
            c = self._value_of_the_behaviour_before(c, said[0])
        if c is None or not self._plain_events(c) or c.other_than:
            return None
        period = dict(window=c.window, days=c.days, months=c.months, hours=c.hours, since=c.since)
        start, end = span.start, span.end
        qualified = {m.event for m in span.of("qualifier")}
        if channel_ok and qualified and set(c.events) <= qualified:
            return self._other_channels(c, span)
        if not value_ok:
            return None
        m = next((m for m in span.of("dimvalue") if m.dim in c.dims and set(m.values) <= set(c.dims[m.dim])), None)
        # the value read into a behaviour said with it ('visited ..., only from a smartphone'); a value read as a
        # behaviour of its own (', always in an outlet' after 'bought in store in 2025') has lost that one's period
        if m is None or said[0] <= c.start_tok and c.end_tok <= said[1]:
            return None
        dims = {d: v for d, v in c.dims.items() if d != m.dim}
        return c, EventCondition(start, end, negated=True, events=c.events, dims=dims, measured=c.measured,
                                 other_than={m.dim: c.dims[m.dim]}, **period), m.dim.replace("_", " ")

    def _other_channels(self, c: EventCondition, span: Span):
        """The behaviour `c` said at `span` with an every-event word, the kind's other events of its period excluded
        (their channel is another) and the dimension's name; None when its events are no channel of one kind."""
        kinds = {self.catalog.events[e].kind for e in c.events}
        others = tuple(e for e, ev in self.catalog.events.items() if ev.kind in kinds and e not in c.events)
        if len(kinds) != 1 or not others or not all(self.catalog.same_dimension(d, c.events, others) for d in c.dims):
            return None
        period = dict(window=c.window, days=c.days, months=c.months, hours=c.hours, since=c.since)
        return c, EventCondition(span.start, span.end, negated=True, events=others, dims=dict(c.dims), **period), "channel"

    def _channel_in_the_behaviours_words(self, j0: int, j: int):
        """'ont toujours acheté en magasin': the behaviour's own words said after the every-event word are a catalog
        phrase of one channel's event ('acheté en magasin' is the store purchase; English splits 'bought' + 'in
        store'): that channel is the value said every time. The span, then as _every_event_exclusion; None when the
        words are no such phrase."""
        span = next((s for s in self.lexicon_spans if s.start == j0 < s.end == j and s.of("event")
                     and not s.of("kindword")), None)
        c = span and next((c for c in self.out.criteria if isinstance(c, EventCondition) and not c.negated
                           and c.start_tok <= span.start < c.end_tok), None)
        if c is None or not self._plain_events(c) or c.other_than:
            return None
        found = self._other_channels(c, span)
        return found and (span, *found)

    @staticmethod
    def _plain_events(c: EventCondition) -> bool:
        """A behaviour's events as they are: no amount, first or latest one, ranking or behaviour after another."""
        return c.amount is None and not (c.first or c.last or c.top or c.rank or c.average or c.measure) \
            and c.after is None

    def _value_of_the_behaviour_before(self, c: EventCondition, start: int) -> EventCondition | None:
        """'bought in store in 2025, always in an outlet', 'bought at least twice this year, only in store': a value
        said alone after a comma, read as a behaviour of its own, is the behaviour's just before it (its count and
        period): folded into it, which is returned. None when no such behaviour of those events is said right
        before."""
        before = [b for b in self.out.criteria if isinstance(b, EventCondition) and b.end_tok <= c.start_tok]
        b = max(before, key=lambda b: b.end_tok, default=None)
        if b is None or b.negated or not self._plain_events(b) or not set(c.events) <= set(b.events) \
                or any(d in b.dims for d in c.dims) or any(d not in self.catalog.events[e].dimensions
                                                             for d in c.dims for e in c.events) \
                or any(n not in (",", "and") for n in self.norms[b.end_tok:start]):
            return None
        b.events, b.dims, b.end_tok = c.events, {**b.dims, **c.dims}, c.end_tok
        self.out.criteria.remove(c)
        return b

    def _definition_restated(self) -> None:
        """'high predicted value customers (top 20%)', 'à forte valeur prédite (top 20 %)': a bracket after a term
        of the glossary that says again the share its agreed meaning names ('... in the top 20% of customers') adds
        nothing; it is read as the term's. Another share ('(top 10%)') is not the term's: still asked."""
        terms = [c for c in self.out.criteria + self.out.exclusions if isinstance(c, GlossaryCondition)]
        people = {k for s in self.lexicon_spans if s.of("entity") for k in range(s.start, s.end)}
        for c in terms:
            o = next((k for k in range(c.end_tok, min(c.end_tok + 3, len(self.norms))) if self.norms[k] == "("), None)
            if o is None or ")" not in self.norms[o:] or \
                    any(k not in people for k in range(c.end_tok, o)):
                continue
            close = self.norms.index(")", o)
            inside = range(o + 1, close)
            shares = [k for k in inside if self.tokens[k].number is not None]
            if len(shares) != 1 or shares[0] + 1 >= close or self.norms[shares[0] + 1] != "%" or \
                    any(k not in (shares[0], shares[0] + 1) and self.norms[k] not in RANK_AFTER_NUMBER for k in inside):
                continue
            term = self.catalog.glossary[c.index]
            said = f"{self.tokens[shares[0]].number:g}"
            meanings = [term.meaning] + [term.fr.meaning] * (term.fr is not None)
            if any(re.search(rf"(?<![\d.,]){re.escape(said)}\s?%", m or "") for m in meanings):
                self._use(o, close + 1)
                self.out.restated.update(range(o, close + 1))

    def _after_number(self, i: int) -> bool:
        """Is a number said right before i, or before its unit ('30 or so', '500 € environ', '30 ans environ')?"""
        return any(t.number is not None for t in self.tokens[max(0, i - 3):i])

    def _ends_clause(self, j: int) -> bool:
        return j >= len(self.norms) or self.norms[j] in CLAUSE_EDGES or self.norms[j] in CONNECTORS

    def _before_number(self, j: int) -> bool:
        """Is a number said at j ('around 30', 'about €100')?"""
        j += j < len(self.tokens) and self.norms[j] in CURRENCY
        return j < len(self.tokens) and self.tokens[j].number is not None

    def _only_of_a_count(self, i: int, reach: int = 6) -> bool:
        """'only ever bought once', 'only shopped twice': an 'only' whose clause counts times says the count is exact
        (modifiers._only_before reads it there): nothing to ask."""
        for k in range(i + 1, min(len(self.norms), i + 1 + reach)):
            if self.norms[k] in CLAUSE_ENDS or self.norms[k] in CONNECTORS:
                return False
            if self.norms[k] in TIMES_WORDS or self.norms[k] == "times":
                return True
        return False

    def _near_behaviour(self, i: int, n: int, starts: set[int], ends: set[int]) -> bool:
        """Is the phrase at [i, i + n) said next to a behaviour: before it ('only bought', 'every email', 'most of
        our emails') or after it ('shoes only', 'beauty products only')?"""
        j = i + n
        # the catalog language's determiners, and English ones another language's words were read as ('leurs')
        while j < len(self.norms) and (self.norms[j] in self.lexicon.determiners or self.norms[j] in DETERMINERS
                                       or self.norms[j] in NEAR_BEHAVIOUR_ADVERBS) and j not in starts:
            j += 1
        k = i
        while k > 0 and self.norms[k - 1] in THING_NOUNS:
            k -= 1
        # 'bought in each category': a share of a behaviour's dimension (its noun is read as part of the behaviour)
        dimension = j < len(self.norms) and any(tuple(self.norms[j:j + len(w)]) == w
                                                for w in self.dimension_first.get(self.norms[j], ()))
        return j in starts or k in ends or i in ends or dimension   # a category span may hold its goods noun


# A term's SQL that keeps rows dated within its window (`ts >= {as_of} - INTERVAL {window}`): a presence, not an absence
_SINCE_THE_WINDOW = re.compile(r">=?\s*\{as_of\}\s*-\s*INTERVAL\s*\{window\}", re.I)


def _scopes(criteria, exclusions):
    """The conditions that are said together, one list each: the criteria outside any OR, each group of an OR (and of
    the ORs inside it), each exclusion."""
    def within(conditions):
        yield [c for c in conditions if not isinstance(c, OrCondition)]
        for c in conditions:
            if isinstance(c, OrCondition):
                for g in c.groups:
                    yield from within(g)
    yield from within(criteria)
    for x in exclusions:
        yield from within([x])


def _walk(conditions):
    """Every condition, those inside an OR's groups too."""
    for c in conditions:
        yield c
        if isinstance(c, OrCondition):
            yield from (b for g in c.groups for b in _walk(g))


def _behaviours(conditions):
    """Every behaviour among the conditions, those inside an OR's groups too."""
    for c in conditions:
        if isinstance(c, OrCondition):
            yield from (b for g in c.groups for b in _behaviours(g))
        elif isinstance(c, EventCondition):
            yield c
        elif isinstance(c, SpacingCondition):
            # 'over the last 12 months, ... less than three weeks between one purchase and the next': its events'
            yield c.source
        elif isinstance(c, TopCondition) and c.source is not None:
            # 'since January, the top 5% by average basket': the ranked behaviour's period (its base, among, is a
            # criterion of its own)
            yield c.source
        elif isinstance(c, VersusCondition):
            # a share of a customer's events ('since January, more than half of their visits ...'), a comparison of
            # two behaviours ('This year, spent more online than in store'): both sides
            yield from (b for b in (c.left, c.right) if b is not None)
