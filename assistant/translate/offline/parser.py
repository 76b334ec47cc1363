"""From tokens to conditions: split the request into criteria and exclusions, then read each.

1. the lexicon marks catalog phrases; windows, numbers and rankings are found;
2. exclusion markers ("but not", "except", "without" ...) split off exclusions;
3. connectors ("and", ",", "who", "with" ...) split each part into segments,
   unless they join two values of one attribute ("France and Belgium");
4. each segment becomes conditions: an event (bought, visited, opened ...)
   with its qualifiers, dimensions, window, count or amount; a glossary term;
   or profile attributes. A segment with only modifiers inherits the event of
   the one before it ("bought before but not in the last 12 months").
Every token ends up used, a grammar word, or reported as not understood.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import ModuleType
from assistant.meaning import (
    DateCondition,
    CompareCondition, Condition, EventCondition, FlagValueCondition, GlossaryCondition,
    OrCondition, ValueCondition, VersusCondition, own_date,
)
from assistant.translate.offline.asides import Ignored, bullets, find_ignored, sentences
from assistant.translate.offline.days_of_week import find_days
from assistant.translate.offline.holidays import around_a_day, countries_unsaid, holiday_at, regions_unsaid
from assistant.translate.offline.hours_of_day import find_hours
from assistant.translate.offline.own_dates import find_own_dates
from assistant.translate.offline.own_places import find_own_places
from assistant.translate.offline.months_of_year import find_months, habit_before, lone_month, named_month
from assistant.translate.offline.lexicon import Lexicon, Meaning, Span
from assistant.translate.offline.text import typed_text
from assistant.meaning import Comparison, Window
from assistant.translate.offline.modifiers import (
    weekdays_not_matching,
    bounds_after_nouns, days_ahead, find_births, number_at, find_comparisons, find_rankings, find_windows, holidays_as_periods, long_weekend_tokens, month_parts, named_day_tokens,
    resolve_anaphora,
)
from assistant.translate.lang_en import (AGE_LEADS, HELD_DETERMINERS, REASON_LEADS, 
    CONTINUING_MARKERS, ORDER_WORDS, RELATIVE_SUBJECTS, REQUIRED_WORDS, CONNECTORS, CLAUSE_OPENERS, GROUP_NOUNS, RESTARTING_WORDS, VOICE_OBJECTS_US, EXCLUDED_PEOPLE, EXCLUDED_GROUP_SPLITS, NOTES, MODIFIER_WORDS, NEGATING_CONNECTORS, NEGATIONS, PRONOUNS, QUALIFIER_PREPOSITIONS,
    AMONG_WORDS, SINCE_POINTERS, SINCE_SUBJECTS, PLACE_POINTER_LEADS, KEPT_EXCEPTIONS, ABROAD_PLACE, VALUE_LIST_JOINS, CLAUSE_EDGES, CLAUSE_ENDS, DASHES, USE_OBJECT_LEADS, USE_VERBS, BEFORE_WORDS, CONCORD_MARKERS, CONCORD_NEGATIONS, COPULAS, DETERMINERS, LATEST_WORDS, ONE_EVENT_ALONE, ONE_EVENT_WORDS,
    MANNER_LEADS, NUMBER_OF, JOINED_WORDS, SPEND_VERBS, SPEND_WORDS, RELATIVE_WORDS, AUXILIARY_VERBS, PAST_PARTICIPLE_ENDINGS, STATE_ADVERBS, STATE_LINKS, THAN_WORDS, PEOPLE_NOUNS, VOICE_SKIPPED, VOICE_SUBJECT_RELATIVES,
    CLAUSE_SUBJECTS, NAME_WORDS, ONE_EVENT_INS, ONE_EVENT_LEADS, ORDER_BY, SAME_WINDOW_WORDS, VAGUE_WORDS, REQUIRED_AUXILIARIES, EITHER_WAY_LEADS, HEAD_LIST_JOINS, OPEN_DETERMINERS,
    FUNCTION_WORDS, PRESENCE_LEADS, SAME_DAY_WORDS, AGO_BOUNDS, EVERY_EVENT_WORDS, TOTAL_WORDS, THAN_PRONOUNS, SHARE_WHOLES, AGAIN_LEADS, BIRTHDAY_WORDS, BIRTHDAY_VERBS, VALUE_PREPOSITIONS, FLAG_OFF_BEFORE, FLAG_OFF_VERBS, FLAG_OFF_AFTER, FLAG_ON_BEFORE, FLAG_ON_AFTER, FLAG_NO_BEFORE, POLICY_KEEPS, HOW_MANY_LEADS,
)
from assistant.translate.offline.spacing import find_spacings, read_spacing
from assistant.translate.offline.aggregates import (
    counted_words, dimension_words, equatives, multiple_words, plural_words, read_distinct, read_rate, read_share, read_top, read_versus,
)
from assistant.translate.offline.text import THOUSANDS_DOT, Token, by_first, fold
from schema_catalog.model import Catalog
from schema_catalog.semantic import calendar_date, customers_own, paired_dimensions
from schema_catalog.types import is_numeric, is_temporal
from assistant.translate.offline.parsed import (
    AGE_ROLES, EXCLUSIONS_BY_FIRST, Clarify, Found, LATEST, PREFIX_NEGATIONS, Parsed, SEPARATORS, Segment, CONNECTOR_TAILS, disjoint_comparisons,
)
from assistant.translate.offline.brackets import BracketReading
from assistant.translate.offline.ranking_bases import RankingBases
from assistant.translate.offline.span_readings import ALL_EVENTS_FIRST, SpanReadings
from assistant.translate.offline.groups import GroupReading
from assistant.translate.offline.the_one_before import TheOneBefore
from assistant.translate.offline.coordination import Coordination
from assistant.translate.offline.exclusions import ExclusionSplit
from assistant.translate.offline.events import EventReading
from assistant.translate.offline.measured import MeasuredEvents
from assistant.translate.offline.present_values import PresentValues
from assistant.translate.offline.quantities import QuantityReading
from assistant.translate.offline.profile_values import ProfileReading
from assistant.translate.offline.latest_events import LatestEvents, latest_noun_before
from assistant.translate.offline.confirmations import Confirmations
from assistant.translate.offline.months_running import MonthsRunning
from assistant.translate.offline.one_event_values import OneEventValues


_LISTED = frozenset({"qualifier", "dimvalue"})       # the meanings a value listed with a behaviour's noun has
_HEADS = frozenset({"event", "kindword", "entity"})    # ... and those of the noun itself
_NUMBER_OF_FIRSTS = frozenset(p[0] for p in NUMBER_OF)     # the words a count's name opens with ('number', 'nb')


KEPT_EXCEPTIONS_BY_FIRST = by_first(sorted(KEPT_EXCEPTIONS, key=len, reverse=True))


# The verbs between a word and the value it is said of ('the package was damaged')
_VALUE_COPULAS = frozenset({"is", "was", "are", "were", "been"})
# The prepositions between a verb of where they live and the place, as read ('au' reads 'at')
_HOME_PREPOSITIONS = frozenset({"in", "at", "on", "au", "aux", "en", "a"})


class Parser(LatestEvents,
             BracketReading,
             RankingBases,
             SpanReadings,
             GroupReading,
             TheOneBefore,
             Coordination,
             ExclusionSplit,
             EventReading,
             MeasuredEvents,
             PresentValues,
             QuantityReading,
             ProfileReading,
             MonthsRunning,
             OneEventValues,
             Confirmations):
    """Reads a request's tokens into criteria and exclusions; each reading lives in the module its base
    class is named for."""
    def __init__(self, catalog: Catalog, lexicon: Lexicon, words: ModuleType | None = None):
        """`words`: the request's language module (lang_fr ...); its own words are read beside English's."""
        self.catalog, self.lexicon, self.words = catalog, lexicon, words

        def own(name: str, default):
            return getattr(words, name, default) if words is not None else default
        # the customers' attributes a behaviour's place is compared with ('abroad', 'in their own city'), and the one
        # 'abroad' is of (the language's word for it, as the catalog names it)
        self.paired_places = frozenset(paired_dimensions(catalog))
        self.own_place_others = own("OWN_PLACE_OTHER_WORDS", frozenset())
        self.abroad_place = next(iter({m.column for m in lexicon.phrases.get(own("ABROAD_PLACE", ABROAD_PLACE), ())
                                       if m.kind == "column" and m.column in self.paired_places}), None)
        spend_words, latest_words = own("SPEND_WORDS", frozenset()), own("LATEST_WORDS", ())
        joined_words = own("JOINED_WORDS", JOINED_WORDS)
        # 'a', 'an': an amount said of one event is each event's; the language's own, as typed and inside the catalog
        # phrases it keeps ('passé une commande de plus de 70 €' was the orders' total, silently); and those that say
        # it wherever the amount is ('single', 'un seul')
        # 'aucun de ceux (qu'ils ont ouverts)': the people's pronoun kept as typed after 'none of' (lang_fr)
        self.pointed_people = own("POINTED_PEOPLE", frozenset())
        self.one_event_words = ONE_EVENT_WORDS | own("ONE_EVENT_WORDS", frozenset())
        self.one_event_alone = ONE_EVENT_ALONE | own("ONE_EVENT_ALONE", frozenset())
        # 'web buyers under 30': their age (the language's, as typed)
        self.people_nouns = PEOPLE_NOUNS | own("PEOPLE_NOUNS", frozenset())
        self.residence_verbs = PLACE_POINTER_LEADS | own("PLACE_POINTER_LEADS", frozenset())   # 'live', 'habitent'
        # ... and those that name a group in a list of them ('married men, VIPs or ...')
        self.group_nouns = self.people_nouns | GROUP_NOUNS | own("GROUP_NOUNS", frozenset())
        # the language's own, as its words read ('n'a' is "'' at")
        self.state_links = STATE_LINKS | own("STATE_LINKS", frozenset())
        # 'used a promo code', 'avec des codes promo': the words that say an own-row dimension was there (the
        # language's own: its leads as read, its articles as typed)
        self.presence_leads = PRESENCE_LEADS | own("PRESENCE_LEADS", frozenset())
        self.presence_articles = own("PRESENCE_ARTICLES", frozenset())
        # a value typed as a past participle is a state ('delivered', 'livrée'): the language's endings, as typed
        self.participle_endings = tuple(dict.fromkeys(PAST_PARTICIPLE_ENDINGS + own("PARTICIPLE_ENDINGS", ())))
        # a behaviour said as how another happened ('by clicking', 'en cliquant'): each language's lead and ending
        self.manner_leads = MANNER_LEADS | own("MANNER_LEADS", {})
        self.spend_words = SPEND_WORDS | spend_words          # the language's own, for catalog words it keeps
        self.total_words = TOTAL_WORDS | own("TOTAL_WORDS", frozenset())     # ... as 'dépenses totales' keeps them
        self.share_wholes = SHARE_WHOLES | own("SHARE_WHOLES", frozenset())      # ... as 'des dépenses' may keep it
        self.again_leads = AGAIN_LEADS + own("AGAIN_LEADS", ())       # 'came back for a second', 'revenus faire un'
        self.birthday_words = BIRTHDAY_WORDS | own("BIRTHDAY_WORDS", frozenset())     # 'birthday', 'anniversaire'
        self.birthday_verbs = BIRTHDAY_VERBS | own("BIRTHDAY_VERBS", frozenset())     # 'celebrating', 'fêtent'
        self.first_anchors: set[int] = set()
        self.order_by = tuple(sorted(ORDER_BY + own("ORDER_BY", ()), key=lambda w: -len(w)))   # 'ranked by' first
        self.order_by_first = by_first(self.order_by)        # looked for at every token, the longest first
        # the words that make a number said with them an amount: the spend verbs and another language's own spend
        # words ('ont dépensé plus de 500 en ligne': 500 was a count of orders, silently); English 'sales', 'value'
        # name a measure, not an amount
        self.spend_verbs = SPEND_VERBS | (spend_words - SPEND_WORDS)
        self.latest_words = tuple(dict.fromkeys(LATEST_WORDS + latest_words))   # 'dernier' in a catalog phrase
        self.latest = LATEST | {w for words_ in latest_words for w in words_}
        self.latest_by_first = by_first(self.latest_words)
        # who does what a value's verb says: the language's words around it, as its rewrite reads them
        self.voice_skipped = VOICE_SKIPPED | own("VOICE_SKIPPED", frozenset())
        self.voice_subject_relatives = own("VOICE_SUBJECT_RELATIVES", VOICE_SUBJECT_RELATIVES)
        self.voice_relatives = own("VOICE_RELATIVES", frozenset())      # as a catalog phrase keeps it ('ceux qui')
        self.either_way_leads = tuple(sorted(set(EITHER_WAY_LEADS) | set(own("EITHER_WAY_LEADS", ())), key=lambda w: -len(w)))
        self.day_habits = own("DAY_HABITS", frozenset())     # 'surtout le week-end': the language's own, as typed
        self.month_habits = own("YEAR_MONTH_HABITS", frozenset())    # 'habituellement en décembre'
        # 'only', 'always', 'à chaque fois' said of a behaviour's value: every event had it (_every_event_said)
        self.every_event_words = tuple(sorted(dict.fromkeys(EVERY_EVENT_WORDS + own("EVERY_EVENT_WORDS", ())),
                                              key=lambda w: -len(w)))
        self.every_event_first = by_first(self.every_event_words)       # looked for at every token, the longest first
        self.every_event_linked = own("EVERY_EVENT_LINKED", frozenset())
        # 'that same day', 'le jour même' (the_one_before._same_day_said): by their first word, the longest first
        self.same_day_first = by_first(sorted(SAME_DAY_WORDS + own("SAME_DAY_WORDS", ()), key=len, reverse=True))
        self.value_prepositions = QUALIFIER_PREPOSITIONS | VALUE_PREPOSITIONS | own("VALUE_PREPOSITIONS", frozenset())
        self.name_words = NAME_WORDS | own("NAME_WORDS", frozenset())      # 'with the code WELCOME10'
        self.dimension_words = dimension_words(catalog)
        for key, meanings in lexicon.phrases.items():     # the catalog's words for a dimension ('marques', 'brands')
            dims = {m.dim for m in meanings if m.kind == "dimension"}
            if len(dims) == 1 and all(m.kind == "dimension" for m in meanings):
                self.dimension_words.setdefault(key, dims.pop())
        self.dimension_first = by_first(self.dimension_words)     # looked for after a value and a behaviour
        # the things a dimension names ('store' of 'store name'): counted apart too ('2 different outlets' are stores)
        self.name_counted = counted_words(lexicon.phrases, self.name_words)
        self.counted_words = plural_words(catalog, lexicon.phrases, own("NOUN_PLURALS", ())) \
            | self.name_counted | self.dimension_words
        # looked for after every count, the longest first ('formats de magasin' before 'formats': a shorter one inside
        # a longer name is part of it, and the count was lost)
        self.counted_by_first = by_first(sorted(self.counted_words, key=len, reverse=True))
        # the words that alone name the customers ('clients'): looked up at every token of every request
        self.people_words = frozenset(key[0] for key, meanings in lexicon.phrases.items()
                                      if len(key) == 1 and any(m.kind == "entity" for m in meanings))
        self.entity_table = catalog.entity.table
        self.birth_columns = [f"{t}.{c}" for t, tb in catalog.tables.items() for c, col in tb.columns.items()
                              if col.role in AGE_ROLES]
        # the date a customer became one: the profile's date that the language's words for joining name
        self.joined = next((m.column for w in joined_words for m in lexicon.phrases.get(lexicon.key(w), [])
                            if m.kind == "column" and not m.event and m.column.rsplit(".", 1)[0] == self.entity_table
                            and self._dated(m.column)), None)
        self.bracketed: set[int] = set()    # the tokens of brackets opened by a negation ('(not app)'): read apart
        self.brackets: list[tuple[int, int, int, tuple[str, ...]]] = []
        self.narrowed: set[int] = set()
        self.heads: dict[str, set[str]] | None = None    # last word of an attribute's names -> the attributes
        self.leads: dict[str, set[str]] = {}              # first word of an attribute's names -> the attributes
        kinds = {e.kind for e in catalog.events.values()}
        # every value the catalog stores, as typed ('CA'): built once, as the catalog, not for each request
        self.codes = frozenset(str(v) for t in catalog.tables.values() for col in t.columns.values() for v in col.values) \
            if own("CODE_ABBREVIATIONS", frozenset()) else frozenset()
        self.defined_kinds = {t.term.lower().replace(" ", "_") for t in catalog.glossary} & kinds

    # -- entry ---------------------------------------------------------------
    def parse(self, tokens: list[Token], as_of: dt.date, request: str = "", closing: bool = True) -> Parsed:
        """`closing`: a period said last in a clause of its own is looked for (read again without it when nothing
        can share it)."""
        self.tokens, self.norms, self.as_of, self.request = tokens, [t.norm for t in tokens], as_of, request
        self.out = Parsed()
        self.said_after: set[int] = set()      # the words of a behaviour a period counts from, said after it
        self.heading_leads: list[int] = []     # the words a title that is only a period says around it ('Au T3 :')
        self.unvoiced: set[int] = set()     # value verbs said in the voice of no event they name: never a typo's
        self.name_notes: list[tuple[Span, str]] = []     # said only when the part of a name is read (not a title's)
        self.any_said: list[tuple[list[int], set[str]]] = []     # 'all channels counted': read once the rest is
        self.present_said: dict = {}     # id of a behaviour -> the own-row dimension said present in it (Said)
        self.policies_kept: set[int] = set()     # where a policy said kept to starts ('respecting the pressure cap')
        self.ranking_orders: set[int] = set()    # words a ranking read as its order ('..., by amount returned')
        for t in tokens:    # '1.500 points': a decimal written as thousands are elsewhere ('1.500' is 1,500 in French)
            if t.number is not None and not float(t.number).is_integer() and THOUSANDS_DOT.fullmatch(t.text):
                self.out.notes.append(NOTES["decimal_dot"].format(typed=t.text, n=f"{t.number:g}"))
        spans = self._with_names(tokens, self._with_goods_nouns(self.lexicon.scan(tokens)))
        spans = self._marker_before_a_noun_phrase(tokens, spans)
        spans = self._values_of_the_column_said(self._passive_auxiliaries(self._with_slots(spans)))
        spans = self._seen_of_something_else(self._verbs_in_their_voice(self._columns_said_on_file(spans)))
        spans = self._place_adjectives(self._complement_of_the_behaviour(self._column_of_the_behaviour_before(spans)))
        # 'since Black Friday': a day the calendar names, said as a date, is that day, not a campaign's name part
        named_days = named_day_tokens(tokens, as_of)
        self.weekends = long_weekend_tokens(tokens)     # 'the Canada Day long weekend': no value 'Canada'
        spans = [s for s in spans if (named_days | self.weekends).isdisjoint(range(s.start, s.end))]
        self.name_notes = [(s, note) for s, note in self.name_notes if named_days.isdisjoint(range(s.start, s.end))]
        in_span = {i for s in spans if s.of("value", "dimvalue") for i in range(s.start, s.end)}
        places = {s.start: s.end for s in spans if s.of("value", "dimvalue")}
        births = find_births(tokens, as_of, places) if self.birth_columns else []
        in_span |= {i for c in births for i in range(c.start_tok, c.end_tok)}
        # 'in December of any year', 'every summer': months of any year of the behaviour said in their clause
        # (_finish_event), never a window; 'in December' alone is one (the latest December)
        self.year_months = [m for m in find_months(tokens, in_span) if not self._of_a_birth(spans, m.start_tok)]
        in_months = {i for m in self.year_months for i in range(m.start_tok, m.end_tok)}
        # 'between 11pm and 2am', 'le soir après 20 h': hours of the day of the behaviour said in their clause
        # (_finish_event), one token each (hours_of_day.clock_times); nothing else reads them, as months of any year
        self.day_hours = find_hours(tokens, in_span)
        in_months |= {h.start_tok for h in self.day_hours}
        # 'since joining', 'depuis leur inscription': a date of the customer's own, the behaviour's bound (_finish_event)
        # ... or of a yes/no row of theirs the catalog dates ('since they opted in': the consent's own date)
        self.own_dates = [d for d in find_own_dates([t.norm for t in tokens], spans, lambda c: own_date(self.catalog, c)
                                                    or self._dated_flag(c))
                          if in_span.isdisjoint(range(d.start_tok, d.end_tok))]
        in_months |= {i for d in self.own_dates for i in range(d.start_tok, d.end_tok)}
        # 'in a store abroad', 'in a country other than the one they live in': the place against their own (_finish_event)
        self.own_places = [p for p in find_own_places(self.norms, spans, self.paired_places, self.abroad_place,
                                                      self.own_place_others)
                           if in_months.isdisjoint(range(p.start_tok, p.end_tok))]
        in_months |= {i for p in self.own_places for i in range(p.start_tok, p.end_tok)}
        # ('since that complaint': the behaviour before, named again after a pointer, is the period's, no value)
        # ('birthday in the next 7 days': days ahead of a birthday are its reader's, no period of a behaviour)
        ahead_of_a_birthday = self._days_ahead_of_a_birthday()
        found_windows = [w for w in find_windows(tokens, as_of)
                         if not (in_span | in_months | ahead_of_a_birthday)
                         & set(range(w.start_tok, w.end_tok - (w.anaphora == "after")))]
        pointed = {i for w in found_windows if w.anaphora == "after" for i in range(w.start_tok, w.end_tok)}
        spans = [s for s in spans if pointed.isdisjoint(range(s.start, s.end))]
        self.out.notes += weekdays_not_matching(tokens, found_windows)      # 'Saturday 13 September', a Sunday
        # 'since then': after the period named before it ends, or after the behaviour before (_after_the_one_before)
        self.since_then = {(w.start_tok, w.end_tok) for w in found_windows if w.anaphora == "after"}
        # ... 'since it', 'since that complaint': after the behaviour pointed at, never the end of its period
        self.since_pointed = {(a, b) for a, b in self.since_then if b - a > 1
                              and self.norms[a + 1] in SINCE_POINTERS | SINCE_SUBJECTS}
        # 'bought at Christmas', 'Christmas shoppers': a holiday said as a period, whose days are not said (asked)
        timed = {i for w in found_windows for i in range(w.start_tok, w.end_tok)}
        self.holiday_periods = holidays_as_periods(tokens, named_days | {i for s in spans for i in range(s.start, s.end)},
                                                   timed)
        # 'mid-September', 'fin août': the days of a part of a month are not said either (asked, as a holiday's)
        self.month_parts = month_parts(tokens, timed)
        self.holiday_periods = sorted(self.holiday_periods + self.month_parts)
        found_windows = [w for w in found_windows if not any(a <= w.start_tok < b for a, b in self.holiday_periods)]
        spans = self._agents_of_a_period(spans, found_windows, self.holiday_periods)
        self._latest_of_people(found_windows)
        windows = resolve_anaphora(found_windows, as_of)
        # where 'in that period', 'sur la même période' are said: the period named before, said again
        self.anaphoras = {w.start_tok for w in found_windows if w.anaphora == "same"}
        windows = sorted(windows + self._years_before_nouns(spans, windows, in_span | in_months), key=lambda w: w.start_tok)
        self.follows = self._follow_words(windows, spans)
        # 'who have since bought', 'qui ont depuis acheté': 'since' right before the behaviour's verb is 'since then'
        in_window = {i for w in found_windows for i in range(w.start_tok, w.end_tok)}
        self.since_then |= {(s.start - 1, s.start) for s in spans if s.start > 0 and s.of("event", "kindword")
                            and self.norms[s.start - 1] == "since" and s.start - 1 not in in_window}
        read = [(a, b) for a, b, named in self.follows.values() if named is not None]     # the behaviour it names
        spans = [s for s in spans if not any(a <= s.start < b for a, b in read)]
        # 'on Sundays', 'at the weekend': the days of the week of the behaviour said in their clause (_finish_event)
        self.days = find_days(tokens, in_span | in_window | in_months, self.day_habits)
        on_days = {i for d in self.days for i in range(d.start_tok, d.end_tok)} | in_months
        spans = [s for s in spans if on_days.isdisjoint(range(s.start, s.end))]
        for d in self.days:
            if d.habit is not None:     # 'mostly at the weekend': how many of their events is not said, so it is asked
                # each one of the days is asked with its days ('every Sunday': 'every' alone says nothing)
                self.out.unclear.append((d.habit, d.end_tok if d.each else d.habit + 1, "day_habit"))
                self._use(d.habit, d.habit + 1)
                self._use(d.start_tok, d.end_tok)
                on_days.add(d.habit)
        on_days |= self._month_habits(windows)
        spans = self._spend_in_a_window(spans, windows)
        spans, windows = self._indicator_own_period(spans, windows)
        rankings = find_rankings(tokens)
        # 'Top 100 buyers': the ranking's own words name no value ('top', a clothing type), silently narrowing it
        spans = [s for s in spans if not any(r.start_tok <= s.start and s.end <= r.end_tok for r in rankings)]
        self.out.bands = [r.start_tok for r in rankings if r.band]
        taken = {i for s in spans for i in range(s.start, s.end)} | {i for w in windows for i in range(w.start_tok, w.end_tok)}
        taken |= on_days | {i for a, b in self.holiday_periods for i in range(a, b)}
        taken |= pointed     # 'since that ticket': the behaviour named again, never one more (nor a typo's)
        taken |= {i for r in rankings for i in range(r.start_tok, r.end_tok)}
        taken |= {i for r in rankings if r.said for i in range(*r.said)}
        taken |= {i for c in births for i in range(c.start_tok, c.end_tok)}
        taken |= self._days_ahead_of_a_birthday()     # 'birthday in the next 7 days': no number of anything
        comparisons = self._how_many_there_are(sorted(find_comparisons(tokens, taken) + births, key=lambda c: c.start_tok),
                                               spans)
        blocked = taken | {i for c in comparisons for i in range(c.start_tok, c.end_tok)}
        blocked |= {i for a, b in read for i in range(a, b)}
        sides = frozenset({s.start for s in spans if s.of("event", "qualifier", "dimvalue", "kindword")}
                          | {w.start_tok for w in windows})
        blocked |= equatives(self.norms, comparisons, sides)      # 'twice as much online as in store': no vague 'much'
        blocked |= multiple_words(self.norms, self.words)       # 'at least the double of the one in Q2': no vague 'much' either
        self.bounds = bounds_after_nouns(tokens, comparisons, blocked)
        self.restated: dict[int, tuple[tuple[str, ...], set[str]]] = {}    # _said_again: a negated behaviour's kinds
        blocked |= {i for _, b in self.bounds for i in range(*b)}
        # a title or an aside is not part of the audience: drop what was found inside it
        # the customers' own noun, also inside a longer phrase ('clients inactifs', a glossary term)
        people = frozenset(i for i, t in enumerate(tokens) if t.norm in self.people_words)
        ranked = frozenset(i for r in rankings for i in range(r.start_tok, r.end_tok))
        said = sentences(request, tokens) if request else []      # found once: each reader below needs them
        compared = frozenset(i for c in comparisons for i in range(c.start_tok, c.end_tok))
        # a dash inside a period ('June 23 - June 25', 'Sat May 23 - Mon May 25') is the range's: no title ends there
        ranged = frozenset(k for w in windows for k in range(w.start_tok + 1, w.end_tok) if self.norms[k] == "-")
        self.out.ignored = find_ignored(request, tokens, blocked, people, ranked, said, compared,
                                        self._appositions_opened(spans) | ranged) if request else Ignored()
        if request:
            taken = self.out.ignored.tokens
            self.out.ignored.asides += [a for a in self._no_restriction(spans, said) + self._restated(spans, said)
                                        + self._every_listed(spans) + self._term_restated(spans, said)
                                        if not set(a) & (taken | in_months)]    # '(any year)' said of months
        self.said = said
        self._statement_before(spans, said, windows) if request else setattr(self, "statement", None)
        ignored = self.out.ignored.tokens
        titled = [s for s in spans if s.start in self.out.ignored.title]
        lead, how = self._leading_period(windows)
        # a period said last in a clause of its own, when none is said first as the whole request's
        last = self._closing_period(windows) if closing and how not in ("heading", "comma") else None
        spans = [s for s in spans if s.start not in ignored]
        windows = [w for w in windows if w.start_tok not in ignored and not (how == "comma" and w is lead)
                   and (last is None or w is not last[0])]
        rankings = [r for r in rankings if r.start_tok not in ignored]
        comparisons = [c for c in comparisons if c.start_tok not in ignored]
        blocked |= ignored
        if last is not None:     # ', both within the last 12 months': 'both' said of the period, never a behaviour's
            blocked |= set(range(last[1] + 1, last[0].start_tok))
        grammar = {i for i, n in enumerate(self.norms) if n in MODIFIER_WORDS or n in NEGATIONS or n in CONNECTORS}
        for s in self._verbs_in_their_voice(self.lexicon.typo_spans(tokens, blocked | grammar | self.unvoiced), spans):
            # the word as the user typed it, read as the catalog writes it ('Lyonn' as 'Lyon', 'achté' as 'acheté')
            self.out.notes.append(NOTES["typo"].format(
                typed=self._words(s.start, s.end), value=self.lexicon.said.get(tuple(s.typo_of.split(" ")), s.typo_of)))
            spans.append(s)
            blocked.add(s.start)
        spans.sort(key=lambda s: s.start)
        self.lexicon_spans = spans
        self.vague_tokens = self._vague_words(spans, blocked, {w.start_tok for w in windows})
        self._used_on_an_attribute(spans)
        if not rankings:
            self._unranked_order()
        self.bullet_starts = bullets(request, tokens) if request else set()
        self.sentence_ends = {b for _, b in said} | self.bullet_starts if request else set()
        if self.out.ignored.named is not None:     # 'les lillois omnicanaux : achat en magasin ...'
            self.sentence_ends.add(self.out.ignored.named)
        # '(not app)', '(hors Paris)': a bracket opened by a negation is read on its own, never with its clause
        self.inline: set[int] = set()         # the markers read as a bracket with no brackets ('a store other than')
        brackets = self.brackets = self._negated_brackets(spans, blocked) + self._inline_narrowings(spans, blocked)
        self.narrowed: set[int] = set()       # the brackets read as narrowing the behaviour before them
        inside = self.bracketed = {k for b in brackets for k in range(b[0], self._bracket_end(b))}
        found = (spans, windows, comparisons, rankings, blocked)
        self.out.found = Found(spans, windows, comparisons, rankings, self.day_hours, self.days, self.year_months,
                               self.norms, self.since_then, self._every_words_said())
        spans, windows, comparisons, rankings = ([x for x in xs if getattr(x, "start", getattr(x, "start_tok", -1))
                                                  not in inside] for xs in (spans, windows, comparisons, rankings))
        blocked = blocked | inside
        # 'more than 3 years between their first and their latest purchase': one clause, its 'and' no cut
        self.spacings = find_spacings(self, spans, comparisons)
        blocked = blocked | {i for s in self.spacings for i in range(s.start, s.end)}
        parts = self._split_exclusions(0, len(tokens), blocked)
        self.last_event: EventCondition | None = None
        self.own_time: set[int] = set()     # exclusions that never take the period of the behaviour before
        self.side_cuts: set[int] = set()     # the 'or's between sides read apart (GroupReading._disjunction)
        self.last_flag: FlagValueCondition | None = None
        self.birth_words: list[Span] = []
        self.aged = False
        outside = (spans, windows, comparisons, rankings, blocked)
        for start, end, excluding, marker in parts:
            target = self.out.exclusions if excluding else self.out.criteria
            self.excluding, self.exclusion_marker, self.part_start = excluding, marker, start
            stretches, shared = self._parallel_groups(start, end, blocked, spans) or (
                self._union(start, end, blocked, spans), None)
            # 'women or customers under 30', 'gold customers or customers who opened an email': a union (D15); an
            # exclusion's 'or' is read by the exclusion's own rules
            united = self._profile_or(start, end, blocked, spans, comparisons) \
                if len(stretches) == 1 and not excluding else None
            if united is not None:
                target.extend(self._profile_union(start, end, *united, outside))
            elif len(stretches) == 1:
                before = self.last_event
                if excluding and self._names_a_group(start, end):
                    # 'bought Lego but not North American customers whose average store ticket is above 300': the
                    # customers named again with what they did: their behaviour is their own, not the Lego purchase
                    self.last_event = None
                conditions = self._part(start, end, outside)
                if not excluding:
                    conditions = self._states_said_not_reached(conditions)
                if excluding and self._state_not_yet_reached(before, conditions, start):
                    conditions = []
                elif excluding and not conditions:
                    conditions = self._not_both(before, start, end)
                    if conditions is None:     # 'but not both' of nothing it can split: asked, never dropped
                        conditions = []
                        self.out.used.difference_update(range(start - len(marker), end))
                        self.out.unread.update(k for k in range(start - len(marker), end) if self.norms[k] != ",")
                if excluding:
                    conditions = self._value_of_the_one_before(before, conditions, start)
                    conditions = self._presence_left_out(before, conditions)
                if excluding and marker in CONCORD_MARKERS:
                    self._period_said_after_without(conditions, before)
                if excluding and marker not in CONTINUING_MARKERS | CONCORD_MARKERS:
                    self.own_time.update(id(c) for c in conditions)     # 'except unsubscribers': a group of its own
                kept = self._kept_exception(conditions, start, end) if excluding and len(conditions) > 1 else None
                if kept is not None:
                    conditions = kept
                elif excluding and len(conditions) > 1:
                    conditions = self._excluded_groups(conditions, start)
                target.extend(conditions)
            else:   # 'VIP customers in Spain, plus anyone who ...': each stretch a whole audience, united
                groups = [g for g in (self._part(a, b, outside, fresh=True) for a, b in stretches) if g]
                if len(groups) > 1:
                    target.append(OrCondition(groups[0][0].start_tok, groups[-1][-1].end_tok, groups=groups))
                    self._note_group_scope(groups)
                else:
                    target.extend(c for g in groups for c in g)
                if shared is not None:      # 'men over 50 or women over 60 who bought beauty': both groups'
                    target.extend(self._part(*shared, outside))
            if not excluding:      # 'except VIPs and gold members': two exclusions, no contradiction
                target[:] = self._either_value(target)
                self._contradictions(target)
        self._read_brackets(brackets, found)
        self._negation_in_window()
        self._not_since_a_season()
        self._dated_values(windows)
        self._period_named_in_brackets(windows)
        self.out.vague = [(w.start_tok, w.end_tok) for w in windows if w.vague and w.start_tok in self.out.used]
        self._bound_of_a_time_ago(windows)
        self._untracked(self.out.criteria + self.out.exclusions)
        self._lists_said_with_commas(self.out.criteria + self.out.exclusions)
        self._said_between_two_values(self.out.criteria, windows)
        self._none_in_the_total()
        for r in rankings:    # 'the 50 customers ... the most': the number was the ranking's
            if r.said and r.start_tok in self.out.used:
                self._use(*r.said)
        self.shares_said = [r for r in rankings if r.said and r.start_tok in self.out.used]
        for c, bound in self.bounds:     # '2 orders or more': the bound was the number's
            if c.start_tok in self.out.used:
                self._use(*bound)
        if self.aged:
            for s in self.birth_words:
                self._use(s.start, s.end)
        self.out.notes += [note for span, note in self.name_notes if span.start in self.out.used]
        self._ranking_bases()
        self._value_nouns()
        self._verbs_of_behaviour_values()
        self._column_named_twice()
        self._rated_said_of_an_average()
        self._only_of_profile_values()
        self._definition_restated()
        self._every_event_said()
        self._all_events_said()
        self._said_with_a_value(spans)
        self._spend_of_an_amount()
        # 'SMS opt-in required': the word says the condition is required, as every criterion is; so does a 'must'
        # before what it requires ('they must have bought in 2025', 'must be opted in to SMS')
        self.out.used |= {i for i, n in enumerate(self.norms) if n in REQUIRED_WORDS and (
            i - 1 in self.out.used or self._required_after(i))}
        self.out.used |= self._number_of_said()
        # an 'or' between two values of one attribute ('in Paris or Lyon') was read: never reported as dropped
        self.out.used |= {i for i, n in enumerate(self.norms) if n == "or" and self._lists_values(i, spans)}
        self._point_at_the_statement(windows)
        self._title_restrictions(titled, spans, heading=how == "heading")
        self._period_said_first(lead, how)
        self._values_listed_after_a_dash()
        self._kinds_restated()
        self._other_values_left_out()
        self._messages_of_the_consent_before()
        self._length_before_the_period_said()
        self._distinct_events_said()
        self._kind_of_the_people_said()
        self._values_said_apart()
        self._period_after_a_negated_other()
        self._period_of_the_last_only()
        self._bare_row_values()
        self._periods_joined_by_and()
        self._period_of_a_nor_list()
        if last is not None and not self._period_said_last(last):
            return self.parse(tokens, as_of, request, closing=False)
        self._period_of_people_said_of_nothing()
        self._term_window_from_absence()
        self._since_their_own_date()
        for a, b in self.holiday_periods:
            # never a title's ('Black Friday teaser: ...'), unless a year is said with the name: a day or days of
            # the audience ('Christmas Eve last year: who bought in store?' lost its period without a word)
            named = holiday_at(self.norms, a)
            if a not in self.out.ignored.tokens or a in self.out.ignored.title and named and named[1] < b:
                # a long weekend whose days are not settled ('the Canada Day long weekend', a Wednesday's)
                kind = "month_part" if (a, b) in self.month_parts else "long_weekend" \
                    if self.weekends.intersection(range(a, b)) else "holiday_period"
                self.out.unclear.append((a, b, kind))
                self._use(a, b)
        for a, b in countries_unsaid(self.norms):
            if a not in self.out.ignored.tokens:     # asked: whose ('since Thanksgiving'); its day once answered
                self.out.unclear.append((a, b, "country_holiday"))
                self._use(*around_a_day(self.norms, a, b))
        for a, b in regions_unsaid(self.norms):
            if a not in self.out.ignored.tokens:
                self.out.unclear.append((a, b, "regional_holiday"))
                self._use(a, b)
        self._codes_said_as_words(found[3])
        self._confirmations()     # 'the churn risk score', 'all three', 'all channels counted': read with what they confirm
        self._either_way()
        self._flag_refused()
        self._flag_set_in(windows, self._flag_turned_off())
        self._months_running()
        self._values_in_one_event()
        return self.out

    def _said_with_a_value(self, spans: list[Span]) -> None:
        """Words said right before a value read (determiners and 'of' between) that belong to it:
        - the words of a reason ('because of the price', 'à cause du prix', REASON_LEADS): they say why;
        - a word the catalog says in another phrase of that same value ('Porteurs de la carte Prestige': its
          'porteurs prestige', 'carte prestige'): the value's holders, named.
        - the verb of where they live and its preposition before a place of their own ('who reside in Quebec', 'qui
          restent au Texas', 'domiciliés au Texas'), said where the catalog gives no such phrase.
        Read with the value (each was asked about, though the value was read)."""
        for s in spans:
            if s.start not in self.out.used:
                continue
            values = s.of("value", "dimvalue")
            if not values:
                continue
            k = s.start
            while k > 0 and (self.norms[k - 1] in DETERMINERS or self.norms[k - 1] == "of"):
                k -= 1
            lead = next((w for w in REASON_LEADS if k >= len(w) and tuple(self.norms[k - len(w):k]) == w), None)
            if lead is not None:
                self._use(k - len(lead), s.start)
            elif s.of("value") and (verb := self._residence_verb(k, s)) is not None:
                self._use(verb, s.start)
            else:
                # ... with the verb that says it between ('le colis était abîmé': the value's 'colis abîmé')
                k -= k > 1 and self.norms[k - 1] in _VALUE_COPULAS
                while k > 0 and self.norms[k - 1] in DETERMINERS:
                    k -= 1
                if k > 0 and k - 1 not in self.out.used and self.norms[k - 1] not in self.norms[s.start:s.end] and any(
                        self.norms[k - 1] in self.lexicon.value_words(m.column, m.values) for m in values) \
                        and self.norms[k - 1] not in FUNCTION_WORDS:
                    self._use(k - 1, s.start)

    def _residence_verb(self, k: int, s: Span) -> int | None:
        """Where a verb of where they live is said before a value at k, its preposition between or in the value's
        own phrase ('au Québec'); None when there is none, or it is read already."""
        at = k - 1 if self.norms[s.start] in _HOME_PREPOSITIONS else k - 2
        if at >= 0 and self.norms[at] in self.residence_verbs and (at == k - 1 or self.norms[k - 1] in _HOME_PREPOSITIONS) \
                and not set(range(at, k)) & self.out.used:
            return at
        return None

    def _spend_of_an_amount(self) -> None:
        """'who pay more than 1500 EUR of annual premium', 'qui paient plus de 1 500 €': a spend verb said right
        before the amount of a behaviour read is that amount's verb (asked about, though the amount was read)."""
        for c in self.out.criteria + self.out.exclusions:
            amount = c.amount if isinstance(c, EventCondition) else None
            k = amount.start_tok - 1 if amount is not None else -1
            if k >= 0 and self.norms[k] in self.spend_verbs and k not in self.out.used:
                self._use(k, k + 1)

    def _every_words_said(self) -> list[tuple[int, int]]:
        """Where the words that say every one of a behaviour's events are ('only', 'always', 'were ALL', French
        'toujours', 'toutes'), the longest first: the conservation check asks that each one said of a behaviour is
        read."""
        out: list[tuple[int, int]] = []
        for i, n in enumerate(self.norms):
            if out and i < out[-1][1]:
                continue
            said = [p for p in (*self.every_event_first.get(n, ()), *ALL_EVENTS_FIRST.get(n, ()))
                    if tuple(self.norms[i:i + len(p)]) == p]
            if said:
                out.append((i, i + max(len(p) for p in said)))
        return out

    def _bound_of_a_time_ago(self, windows: list[Window]) -> None:
        """'bought up to 3 months ago': the words before a time ago that may end the period there or count the time
        since it (lang_en.AGO_BOUNDS 'asked') are asked, read meanwhile as ending it."""
        for w in windows:
            if w.end is None or w.start is not None or self.norms[w.end_tok - 1] != "ago":
                continue
            bound = next((b for b, said in AGO_BOUNDS.items() if said == "asked"
                          and tuple(self.norms[w.start_tok:w.start_tok + len(b)]) == b), None)
            if bound and w.end is not None and w.start is None and w.start_tok in self.out.used \
                    and "ago" in self.norms[w.start_tok:w.end_tok]:
                self.out.unclear.append((w.start_tok, w.start_tok + len(bound), "ago_bound"))

    def _flag_turned_off(self) -> dict[int, str]:
        """'customers who switched off email consent', 'turned their email consent off', 'ont désactivé leur
        consentement email': a yes/no of the profile said turned off is not held now (lang_en.FLAG_OFF_BEFORE, ..._AFTER);
        the consent keeps only its latest state, so whether it was on before cannot be checked: said in a note. Read
        without it, the words were asked about and the flag read as on. Returns the note said of each one turned off
        (by the condition's id)."""
        off: dict[int, str] = {}
        for c in self.out.criteria:
            if not isinstance(c, FlagValueCondition) or c.negated:
                continue
            said = self._flag_turned(c, FLAG_ON_BEFORE, FLAG_ON_AFTER)
            if said is not None:      # turned on: held now, as said without the words
                self._use(*said)
                self.out.unread.difference_update(range(*said))
                c.start_tok, c.end_tok = said
                continue
            said = self._flag_turned(c, FLAG_OFF_BEFORE, FLAG_OFF_AFTER)
            if said is None:
                continue
            c.negated = True
            self._use(*said)
            self.out.unread.difference_update(range(*said))
            off[id(c)] = NOTES["flag_off"].format(words=self._words(*said), label=self._words(c.start_tok, c.end_tok))
            self.out.notes.append(off[id(c)])
            c.start_tok, c.end_tok = said
        return off

    def _flag_turned(self, c: FlagValueCondition, before_words: tuple, after_words: tuple) -> tuple[int, int] | None:
        """Where the flag and the words that turn it (on or off) are said: before it ('switched off email consent')
        or a verb before it and its particle after it ('turned their email consent off'); None when they are not, or
        some of them were read as something else."""
        k = c.start_tok
        while k > 0 and self.norms[k - 1] in DETERMINERS:
            k -= 1
        before = next((p for p in before_words if tuple(self.norms[max(0, k - len(p)):k]) == p), None)
        said = (k - len(before), c.end_tok) if before else None
        if said is None and c.end_tok < len(self.norms) and self.norms[c.end_tok] in after_words \
                and k > 0 and self.norms[k - 1] in FLAG_OFF_VERBS:
            said = (k - 1, c.end_tok + 1)
        if said is None or any(i in self.out.used for i in range(*said) if not c.start_tok <= i < c.end_tok):
            return None
        return said

    def _flag_refused(self) -> None:
        """'push opt-ins who explicitly refused SMS', 'qui ont explicitement refusé les SMS': a yes/no of the profile's
        rows said refused is a row that says no (FlagValueCondition.yes False): a recorded refusal, never a missing row
        (lang_en.FLAG_NO_BEFORE, and the language's own)."""
        said_no = FLAG_NO_BEFORE + tuple(getattr(self.words, "FLAG_NO_BEFORE", ()) if self.words is not None else ())
        for c in self.out.criteria + self.out.exclusions:
            if not isinstance(c, FlagValueCondition) or c.yes is not True or c.set_in is not None:
                continue
            k = c.start_tok
            while k > 0 and self.norms[k - 1] in DETERMINERS:
                k -= 1
            before = next((p for p in sorted(said_no, key=len, reverse=True)
                           if tuple(self.norms[max(0, k - len(p)):k]) == p), None)
            # 'said no to push', 'dit non aux SMS': the phrase's own 'no' was read as a negation of the flag; any
            # other negation stays ('did not refuse SMS', and 'never said no to SMS': two negations, are asked)
            start = k - len(before) if before is not None else k
            if before is None or c.negated and (NEGATIONS.isdisjoint(before)
                                                or NEGATIONS & set(self.norms[max(0, start - 3):start])) \
                    or any(i in self.out.used and not (c.negated and self.norms[i] in NEGATIONS)
                           for i in range(start, k)):
                continue
            if any(isinstance(o, FlagValueCondition) and o is not c and c.end_tok <= o.start_tok and all(
                    n in FUNCTION_WORDS or n in SEPARATORS for n in self.norms[c.end_tok:o.start_tok])
                    for o in self.out.criteria + self.out.exclusions):
                continue        # 'refused SMS and push': each one refused, or push opted in? asked
            c.yes, c.negated = False, False
            self._use(k - len(before), k)
            self.out.unread.difference_update(range(k - len(before), k))
            c.start_tok = k - len(before)

    def _flag_set_in(self, windows: list[Window], off: dict[int, str]) -> None:
        """'gave us email consent in the last 60 days', 'switched their email consent off in the past 30 days', 'ont
        accepté les notifications push depuis juillet': a period nothing read, said right after a yes/no of the profile
        the catalog dates on its own row (its `set_on` column: a consent's last change), is when that row took its
        value: the same row holds the value, the yes (or the no of one turned off) and the date. Never a period said
        after 'not' ('not opted in to email in the last 60 days': no consent, or none given then?), which stays asked."""
        for w in windows:
            if w.start_tok in self.out.used or w.vague or w.held or w.anaphora:
                continue
            for target in (self.out.criteria, self.out.exclusions):
                c = next((c for c in target if isinstance(c, FlagValueCondition) and c.end_tok <= w.start_tok
                          and all(n in FUNCTION_WORDS and n not in SEPARATORS and n not in CONNECTORS
                                  for n in self.norms[c.end_tok:w.start_tok])), None)
                if c is None or not self.catalog.column(c.flag).set_on or c.set_in is not None \
                        or c.negated and id(c) not in off:
                    continue
                if any(isinstance(o, FlagValueCondition) and o is not c and o.end_tok <= c.start_tok and all(
                        n in FUNCTION_WORDS or n in SEPARATORS for n in self.norms[o.end_tok:c.start_tok]) for o in target):
                    break       # 'opt-in SMS et push depuis juillet': the last one's, or each one's? asked
                if id(c) in off:     # a no on that row, set in the period ('withdrew their email consent in July')
                    self.out.notes.remove(off[id(c)])
                    self.out.notes.append(NOTES["flag_off_set"].format(
                        words=self._words(c.start_tok, w.end_tok), label=self._words(c.start_tok, c.end_tok),
                        when=w.describe()))
                    c.negated, c.yes = False, False
                c.set_in, c.end_tok = w, w.end_tok
                if w.note:      # 'le mois dernier': the rolling month, said
                    self.out.notes.append(w.note)
                self._use(w.start_tok, w.end_tok)
                self.out.unread.difference_update(range(w.start_tok, w.end_tok))
                break

    def _either_way(self) -> None:
        """'customers in Lyon, VIP or not', 'clients à Lyon, qu'ils soient VIP ou non': 'or not' ending the clause of a
        condition says that condition makes no difference. Asked about alone, 'leave it out' dropped the 'or not' and
        kept the condition (VIP only, against what was said); the question names the condition with it, so leaving
        it out drops the condition."""
        for i, n in enumerate(self.norms):
            if n != "either-way":
                continue
            said = [c for c in self.out.criteria + self.out.exclusions if c.end_tok <= i
                    and all(k in self.out.used for k in range(c.end_tok, i))]    # 'VIP customers or not'
            if not said:
                continue
            c = max(said, key=lambda c: c.end_tok)
            a = next((c.start_tok - len(lead) for lead in self.either_way_leads
                      if tuple(self.norms[max(0, c.start_tok - len(lead)):c.start_tok]) == lead), c.start_tok)
            self._use(a, i + 1)
            self.out.either_way.append((a, c.start_tok, i))

    def _required_after(self, i: int) -> bool:
        """Is the word after the requirement at i, past a verb's auxiliaries ('have', 'be'), read?"""
        k = i + 1
        while k < len(self.norms) and (self.norms[k] in AUXILIARY_VERBS or self.norms[k] in REQUIRED_AUXILIARIES):
            k += 1
        return k in self.out.used
    def _none_in_the_total(self) -> None:
        """'spent under €50 in total': a total below a bound is of customers who had the events (the catalog's spend is
        a sum over purchases, its lifetime spend has no value without one); those with none spent less too, so the
        reading says it leaves them out (a count below N, 'bought fewer than 3 times', keeps them: 'none included')."""
        for c in self.out.criteria:
            a = c.amount if isinstance(c, EventCondition) else None
            if a is None or a.op not in ("<", "<=") or a.upper is not None or c.count is not None or c.negated \
                    or c.average or c.first or c.last or c.rank is not None or c.top is not None:
                continue
            events = " or ".join(dict.fromkeys(self.catalog.events[e].label for e in c.events))
            if self._a_drop(c):
                # 'spent 300+ on electronics in 2025 but less than 100 so far in 2026': a fall from what the same
                # behaviour reached in another period, so nothing at all is less too: every customer but those who
                # reached the bound (read as a total of those who bought, the lapsed were left out)
                c.negated, c.amount = True, replace(a, op=">=" if a.op == "<" else ">")
                self.out.notes.append(NOTES["none_in_the_drop"].format(
                    words=self._words(c.start_tok, c.end_tok), amount=a.describe()))
                continue
            self.out.notes.append(NOTES["none_in_the_total"].format(
                words=self._words(c.start_tok, c.end_tok), events=events, amount=a.describe()))

    def _a_drop(self, c: EventCondition) -> bool:
        """Is a total below a bound said beside the same behaviour (its events and values) reaching a total or a count
        in another period?"""
        return c.window is not None and any(
            isinstance(o, EventCondition) and o is not c and not o.negated and o.events == c.events
            and o.dims == c.dims and o.window is not None and o.window != c.window
            and any(m is not None and m.op in (">", ">=") and m.upper is None for m in (o.amount, o.count))
            for o in self.out.criteria)

    def _part(self, start: int, end: int, found: tuple, fresh: bool = False) -> list[Condition]:
        """The conditions of one stretch, ANDed; an 'either A or B' inside it becomes one OR condition."""
        spans, windows, comparisons, rankings, blocked = found
        if fresh:
            self.last_event = None
        out: list[Condition] = []
        anded, sides, apart = self._disjunction(start, end, spans, blocked, comparisons + windows)
        gapped = apart is not None and apart.gapped     # the side after the 'or' has the first side's verb
        for a, b in anded:
            out.extend(self._conditions(a, b, spans, windows, comparisons, rankings, blocked))
        if sides:
            # ', or in store since September': a side of modifiers only continues the behaviour before it
            groups = [self._conditions(a, b, spans, windows, comparisons, rankings, blocked,
                                       fresh=k == 0 or not (gapped and k == len(sides) - 1 or self._continues(a, b, spans)))
                      for k, (a, b) in enumerate(sides)]
            groups = [g for g in groups if g]
            if len(groups) > 1:
                self._period_said_once([c for g in groups for c in g if isinstance(c, EventCondition)], said="or")
                # "didn't open an e-mail or click a push": the negation said before the first verb is both verbs'
                # (neither one), never 'did not open, or clicked'
                shared = apart is not None and apart.shared_negation and not apart.listed \
                    and len(groups[0]) == 1 and groups[0][0].negated \
                    and not any(c.negated for g in groups[1:] for c in g)
                if shared:
                    groups[0][0].negated = False
                out.append(OrCondition(groups[0][0].start_tok, groups[-1][-1].end_tok, groups=groups, negated=shared))
            else:
                out.extend(c for g in groups for c in g)
        return out

    def _values_listed_after_a_dash(self) -> None:
        """'Dépense Nike en 2025 entre 300 et 600 € - chaussures, vêtements et articles de sport': a list of values
        alone after a dash, right after a behaviour, may narrow it (the spend on those categories) or give examples
        (every category counts): asked, never read as a behaviour of each of them (three purchases required, with no
        period, silently)."""
        for k, n in enumerate(self.norms):
            if n not in DASHES:
                continue
            listed = [c for c in self.out.criteria if isinstance(c, EventCondition) and c.start_tok > k
                      and all(self.norms[j] in VALUE_LIST_JOINS for j in range(k + 1, c.start_tok))]
            if not listed:
                continue
            end = listed[0].end_tok
            words = [j for j in range(k + 1, end) if self.norms[j] not in VALUE_LIST_JOINS]
            spans = [s for s in self.lexicon_spans if k < s.start < end]
            values = {j for s in spans if s.of("dimvalue") and not s.of("event", "kindword", "qualifier")
                      for j in range(s.start, s.end)}
            said = [c for c in self.out.criteria if isinstance(c, EventCondition) and c.start_tok > k
                    and c.end_tok <= end]
            if len(said) < 2 or set(words) - values or not any(self.norms[j] in VALUE_LIST_JOINS for j in range(k, end)):
                continue
            self.out.criteria[:] = [c for c in self.out.criteria if c not in said]
            self.out.used.difference_update(range(k + 1, end))
            self.out.unread.update(words)

    def _other_values_left_out(self) -> None:
        """'men & women aged 25 to 45', 'hommes et femmes': values of one attribute of the customers said together with
        'and' (both named) that leave out the one other value its vocabulary holds read as either, and those with
        that other value or none on file are left out: said in a note (a marketer naming both may mean everyone)."""
        for c in self.out.criteria:
            if not isinstance(c, ValueCondition) or c.negated or len(c.values) < 2 \
                    or c.column.rsplit(".", 1)[0] != self.entity_table \
                    or not {"and", "&"} & set(self.norms[c.start_tok:c.end_tok]) \
                    or any(tuple(self.norms[k:k + len(w)]) == w for w in ORDER_WORDS for k in range(c.start_tok, c.end_tok)):
                continue      # ('silver and above' says which it keeps, each)
            vocabulary = self.catalog.column(c.column).values
            others = [v for v in vocabulary if v not in set(map(str, c.values))]
            if len(others) != 1 or len(vocabulary) < 3:
                continue
            def label(v: str) -> str:      # (in English, as every note: its wording names them in the request's
                return vocabulary[v].label or v     # language, 'gold' as 'niveau or', never its 'or' read as 'ou')
            self.out.notes.append(NOTES["values_left_out"].format(
                words=self._words(c.start_tok, c.end_tok), labels=" or ".join(label(str(v)) for v in c.values),
                other=label(others[0])))

    def _kept_exception(self, conditions: list[Condition], start: int, end: int) -> list[Condition] | None:
        """'except those with an open ticket, unless they bought in the last 30 days', '- but keep those who ...',
        'sauf ceux ..., à moins qu'ils ...': what is said after the words of an exception kept (KEPT_EXCEPTIONS)
        inside an exclusion is kept in: one group of those the exclusion names who are not so (read as one more
        condition of the excluded, the buyers were the ones left out). None when no such words are said there."""
        at = next(((k, m) for k in range(start, end) for m in KEPT_EXCEPTIONS_BY_FIRST.get(self.norms[k], ())
                   if tuple(self.norms[k:k + len(m)]) == m), None)
        if at is None:
            return None
        k, marker = at
        excluded = [c for c in conditions if c.start_tok < k]
        kept = [c for c in conditions if c.start_tok >= k + len(marker)]
        if not excluded or not kept or len(excluded) + len(kept) != len(conditions):
            return None
        self._use(k, k + len(marker))
        for c in kept:
            c.negated = not c.negated
        group = excluded + kept
        return [OrCondition(group[0].start_tok, max(c.end_tok for c in group), groups=[group])]

    def _excluded_groups(self, conditions: list[Condition], start: int) -> list[Condition]:
        """The groups one exclusion names, each excluded whole (those who meet all its conditions, one AND group).
        Conditions said apart ('except VIPs and Italians', 'sauf les VIP, les Italiens') are each a group; said
        together ('except VIPs in Italy') they are one. So are conditions said of the people the exclusion names
        before them with a clause ('except those who are not VIP and haven't bought since', 'but not active customers
        who signed up this year and bought online'), up to where its people are named again (before or after the
        values said of them: 'and annual subscribers', 'but neither women 25-34 in Occitanie nor gold members': two
        groups, the first of three conditions) or EXCLUDED_GROUP_SPLITS come ('except those who opened or clicked';
        not 'nor': 'except those who neither opened nor clicked' is one group)."""
        # a policy kept to ('and respect the pressure cap') removes its own customers, whatever is said beside it
        alone = [c for c in conditions if isinstance(c, GlossaryCondition) and c.start_tok in self.policies_kept]
        conditions = [c for c in conditions if c not in alone]
        if not conditions:
            return alone
        ordered = sorted(conditions, key=lambda c: c.start_tok)
        groups = [[ordered[0]]]
        for a, b in zip(ordered, ordered[1:]):
            ends = a.end_tok       # (a comparison's phrase may hold the 'and' after it)
            while ends > a.start_tok + 1 and self.norms[ends - 1] in SEPARATORS:
                ends -= 1
            if self.bullet_starts & set(range(ends, b.start_tok + 1)):
                groups.append([b])      # 'Exclude:\n- those who ...\n- those with ...': each bullet a group
                continue
            cut = max((k for k in range(ends, b.start_tok) if self.norms[k] in SEPARATORS), default=None)
            if cut is not None and (EXCLUDED_GROUP_SPLITS.intersection(self.norms[ends:b.start_tok])
                                    or any(self._people_end(k) for k in range(cut + 1, b.start_tok + 1))
                                    or self._people_named_at(cut + 1, self.lexicon_spans)):
                groups.append([b])
            elif cut is not None and not any((e := self._people_end(k)) and e < cut and self.norms[e] not in SEPARATORS
                                             for k in range(groups[-1][0].start_tok if len(groups) > 1 else start, cut)):
                return conditions + alone       # said apart: each its own
            else:
                groups[-1].append(b)
        out: list[Condition] = []
        for group in groups:
            if len(group) == 1:
                out += group
                continue
            _people_of_one_event(group)     # 'except VIPs in Italy': one group, those who are both
            out.append(OrCondition(group[0].start_tok, max(c.end_tok for c in group), groups=[group]))
        return out + alone

    def _marker_before_a_noun_phrase(self, tokens: list[Token], spans: list[Span]) -> list[Span]:
        """'born before 1950 but not married men', 'but not preferred customers born in Canada': a catalog phrase
        that opens with the 'not' of an exclusion marker ('not married', a synonym of single) and goes on into more
        of the excluded people (a catalog word or the customers' noun right after it) is read without that 'not': the
        marker excludes the married men (read as single men, the men were kept: every exclusion lost)."""
        out, covered = [], set()
        for s in spans:
            k = s.start
            marker = k > 0 and any(tuple(self.norms[k - 1:k - 1 + len(m)]) == m and len(m) >= 2
                                   for m in EXCLUSIONS_BY_FIRST.get(self.norms[k - 1], ()))
            follows = any(o.start == s.end for o in spans) or (s.end < len(tokens) and tokens[s.end].norm in PEOPLE_NOUNS)
            if not (marker and self.norms[k] in NEGATIONS and s.end - k > 1 and follows):
                out.append(s)
                continue
            rest = tokens[:k] + [tokens[k]._replace(norm=",")] + tokens[k + 1:]
            inner = [o for o in self.lexicon.scan(rest) if k < o.start < s.end]
            covered |= {i for o in inner for i in range(s.end, o.end)}
            out += inner
        return [s for s in out if s.start not in covered]

    def _names_a_group(self, start: int, end: int) -> bool:
        """An exclusion that names the customers with their noun (not 'those'), its words before it, then a clause
        of what they did or are ('but not North American customers whose ...', 'mais pas les clients de Montréal
        qui ...')."""
        k = start
        while k < end and self.norms[k] in DETERMINERS:
            k += 1
        for i in range(k, min(end, k + 4)):
            noun = self._noun_at(i)
            if noun > i and self.norms[i] not in EXCLUDED_PEOPLE - {"customers"}:
                return noun < end and self.norms[noun] in RELATIVE_WORDS | {"whose", "with"}
        return False

    def _people_end(self, k: int) -> int:
        """Where the customers named at k end ('those', 'customers', the catalog's noun for them), or 0."""
        if k >= len(self.norms):
            return 0
        return k + 1 if self.norms[k] in EXCLUDED_PEOPLE else max(self._noun_at(k), k) if self._noun_at(k) > k else 0

    def _continues(self, a: int, b: int, spans: list[Span]) -> bool:
        inside = [s for s in spans if a <= s.start < b and not s.of("entity")]
        return bool(inside) and all(s.of("qualifier") and not s.of("event", "kindword", "glossary", "indvalue",
                                                                  "table") for s in inside)

    def _either_value(self, conditions: list[Condition]) -> list[Condition]:
        """'Gold members in Spain and in Italy', 'membres VIP et membres gold': two values of one attribute of the
        customers, each after the same word said again, joined by 'and', name two groups, as 'in Spain and Italy'
        does (one list, either value): read so, with a note. Said any other way ('in Spain and who live in Italy')
        no customer is both: asked (_contradictions)."""
        out = list(conditions)
        for a in conditions:
            if not isinstance(a, ValueCondition) or a.negated or a not in out \
                    or a.column.rsplit(".", 1)[0] != self.entity_table:
                continue
            lead = self.norms[a.start_tok - 1] if a.start_tok else None
            # the word said again: the one before the first value ('in'), or the customers' noun ('VIP et membres
            # gold', French puts the value after it)
            k = self._noun_at(a.end_tok)
            if k >= len(self.norms) or self.norms[k] != "and":
                continue
            again = k + 2 if k + 1 < len(self.norms) and self.norms[k + 1] == lead else self._noun_at(k + 1)
            b = next((c for c in out if isinstance(c, ValueCondition) and c.column == a.column and not c.negated
                      and c.start_tok == again > k + 1), None)
            if b is None or set(a.values) & set(b.values):
                continue
            either = replace(a, end_tok=b.end_tok, values=a.values + b.values, labels=a.labels + b.labels)
            out[out.index(a)] = either
            out.remove(b)
            said_from = a.start_tok - (again == k + 2 and self.norms[k + 1] == lead)
            self.out.notes.append(NOTES["either_value"].format(
                words=typed_text(self.request, self.tokens, said_from, b.end_tok),
                labels=" or ".join(either.labels)))
        return out

    def _noun_at(self, k: int) -> int:
        """Where the customers' noun said at k ends ('members'), or k."""
        return next((s.end for s in self.lexicon_spans if s.start == k and s.of("entity")), k)

    def _contradictions(self, conditions: list[Condition]) -> None:
        """Two ANDed conditions no customer can meet together ('under 25 ... over 60', 'in Spain and in Italy')
        are a question, never an empty audience answered as if it were meant."""
        plain = [c for c in conditions if not c.negated and isinstance(c, (ValueCondition, CompareCondition))]
        for k, a in enumerate(plain):
            for b in plain[k + 1:]:
                if type(a) is not type(b) or a.column != b.column:
                    continue
                if isinstance(a, ValueCondition) and a.column.rsplit(".", 1)[0] == self.entity_table \
                        and not set(a.values) & set(b.values):
                    self.out.contradictions.append((a.start_tok, a.end_tok, b.start_tok, b.end_tok))
                elif isinstance(a, CompareCondition) and a.age == b.age and disjoint_comparisons(a.comparison, b.comparison):
                    self.out.contradictions.append((a.start_tok, a.end_tok, b.start_tok, b.end_tok))

    def _conditions(self, start, end, spans, windows, comparisons, rankings, blocked, fresh=False) -> list[Condition]:
        """The conditions of one stretch of the request, ANDed; `fresh` starts without an inherited event."""
        if fresh:
            self.last_event = None
        prior = self.last_event          # the behaviour said before this stretch ('... but who bought none of it')
        out = []
        for seg in self._segments(start, end, spans, windows, comparisons, rankings, blocked):
            if self.excluding and seg.after in SEPARATORS and self._people_named_at(seg.start, self.lexicon_spans):
                # 'mais ni les clients de plus de 60 ans ni les clients qui n'ont jamais reçu le moindre SMS': an
                # excluded group of its own (its people named again) takes nothing of the behaviour said before
                self.last_event = None
            if self._period_of_the_term_before(seg, out):
                continue
            for c in self._read(seg, self.last_event):
                if self.said_after.issuperset(range(c.start_tok, c.end_tok)):
                    continue      # the values of a behaviour named after 'within 7 days of' ('an SMS'): its own
                c = self._place_of_the_one_before_denied(self._place_said_again(c, seg), seg)
                if isinstance(c, EventCondition) and self._presence_of_the_one_before(c, seg, out):
                    continue
                if isinstance(c, EventCondition) and (self._of_the_edge(c, seg) or self._state_of_the_one_before(c)
                                                      or self._period_of_the_one_before(c)):
                    continue
                if isinstance(c, EventCondition):
                    self._negated_state(c)
                    if self._said_of_the_counted(c, seg, out) or self._count_of_the_one_before(c, seg, out) \
                            or self._the_one_pointed_back(c, out) or self._pointed_back_apart(c, out):
                        continue
                    self._own_amount_alone(c)
                out.append(c)
                if isinstance(c, EventCondition):
                    self._before_the_one_before(c, out)
                    self._said_as_the_manner(c, out)
                    self._said_as_a_purpose(c)
                    self._amount_in_compared_window(c, out)
                    self._counted_in_share_window(c, out)
                    self._some_of_the_counted(c, self.last_event)
                    self._counted_in_window(c, self.last_event, seg)
                    self._after_the_one_before(c, self.last_event, seg)
                    self._same_day_as_the_one_before(c, self.last_event, seg)
                    self.last_event = c
                elif isinstance(c, VersusCondition):
                    self.last_event = self._compared_together(c) or self.last_event
        self._both(start, end, out)
        out = self._each(out)
        self._period_said_once(out)
        self._period_said_in_front(out)
        self._one_place_of_many(out)
        nors = [i for i in range(start, end) if self.norms[i] in NEGATING_CONNECTORS]
        # ('neither VIPs nor customers who never received any SMS': groups of people, each its own)
        if nors and not any(self._people_named_at(i + 1, self.lexicon_spans) for i in nors):
            # 'neither opened an email nor bought anything in the last 6 months': one window for both; only the clause
            # the 'nor' is said in ('who never bought Lancôme nor Clarins who never had an order cancelled in July':
            # the second clause's period is its own)
            timed = {k for w in windows for k in range(w.start_tok, w.end_tok)}      # ('in that period': no clause)
            lo = max([k + 1 for k in range(start, nors[0]) if self.norms[k] in RESTARTING_WORDS and k not in timed],
                     default=start)
            hi = min([k for k in range(nors[-1], end) if self.norms[k] in RESTARTING_WORDS and k not in timed],
                     default=end)
            events = [c for c in out if isinstance(c, EventCondition) and (c.negated or self._concord())
                      and lo <= c.start_tok < hi]
            shared = {(w.amount, w.unit, w.start, w.end): w for w in (c.window for c in events) if w is not None}
            if len(shared) == 1:
                for c in events:
                    c.window = c.window or (next(iter(shared.values())) if c.after is None else None)
            # 'neither opened nor clicked any SMS': the object said once belongs to both verbs
            for c in events:
                for other in events:
                    if other is not c and not c.dims:
                        self._share_dims(other, c)
            # '... a win-back message, and neither opened nor clicked it': 'it' is that message, in its window
            anchor = next((c for c in reversed(out[:out.index(events[0])]) if isinstance(c, EventCondition)
                           and not c.negated), prior if prior is not None and not prior.negated else None) \
                if events else None
            if anchor is not None and not shared and any(self.norms[i] in PRONOUNS for i in range(start, end)):
                for c in events:
                    c.window = anchor.window
                    for dim, values in anchor.dims.items():
                        if self.catalog.same_dimension(dim, anchor.events, c.events):
                            c.dims.setdefault(dim, values)
        return out

    def _period_said_after_without(self, conditions: list[Condition], before: EventCondition | None) -> None:
        """A period said once after a 'without' clause, the behaviour before having none, is both's ('passés en
        magasin sans rien acheter ce mois-ci': read apart, any store visit ever and no purchase this month, silently;
        a store visit is known by its purchase, so both in one period is asked). The other way round (a period said
        before 'without') is _negation_in_window's."""
        if before is None or before.negated or before.window is not None:
            return
        said = [c for c in conditions if isinstance(c, EventCondition) and c.window is not None
                and c.start_tok < c.window.start_tok and not c.after]
        if len(said) == 1 and said[0].start_tok >= before.end_tok and not any(
                MODIFIER_WORDS.get(n) == "ever" or n == "never" for n in self.norms[before.end_tok:said[0].end_tok]):
            before.window = said[0].window
            words = " ".join(t.text for t in self.tokens[before.start_tok:before.end_tok])
            self.out.notes.append(NOTES["window_for_both"].format(period=said[0].window.text, words=words))

    def _segments(self, start, end, spans, windows, comparisons, rankings, blocked) -> list[Segment]:
        cuts = [start] + [b for b in sorted(self.sentence_ends) if start < b < end]   # a sentence ends a clause
        for i in range(start, end):
            if self.norms[i] in AMONG_WORDS and i not in blocked and all(r.start_tok < i for r in rankings):
                # 'a phone on file among our Lyon customers': with no ranking, two clauses; after the ranking, the
                # base it is ranked among ('les 5 % qui ont le plus dépensé en 2025 parmi nos clients allemands')
                cuts.append(i + 1)
                continue
            if self.norms[i] in CLAUSE_SUBJECTS and i > start and i not in blocked \
                    and any(s.end == i and s.of("entity") for s in spans):    # never 'chez nous', 'from us'
                cuts.append(i)
                continue
            if i + 1 < end and self.norms[i + 1] in NEGATIONS and i not in blocked and (
                    self.norms[i] in DASHES or self.norms[i] == "," and any(
                        n in NEGATIONS for n in self.norms[max(c for c in cuts if c <= i):i])):
                # '... only ever bought from us online - not a single time in one of our stores': the negation opens a
                # clause of its own (read in the clause before, it denied the online purchases too, silently); so
                # does one after a comma that closes a negated clause ('didn't buy anything, not in store and not
                # online': the kinds said again, read with the verb, narrowed it to the store, silently)
                self.out.used.add(i)
                cuts.append(i + 1)
                continue
            if i in blocked or self.norms[i] not in CONNECTORS:
                continue
            if i > start and (self.norms[i - 1], self.norms[i]) in THAN_WORDS:   # 'compared with' joins two sides
                continue
            if i > start and (self.norms[i - 1],) in THAN_WORDS and tuple(self.norms[i:i + 2]) in THAN_PRONOUNS:
                self._use(i, i + 1)      # 'lower than that of 2025': the thing compared, no relative
                continue
            if self.norms[i] == "with" and i + 1 < end and self.norms[i + 1] in VOICE_OBJECTS_US:
                self._use(i, i + 2)   # 'spent more than €500 with us in 2025': the business, no clause (it cut the
                continue              # amount from its period, silently), as French 'chez nous'
            if i > start and self.norms[i] in STATE_ADVERBS and self.norms[i - 1] in NEGATIONS:
                continue      # 'tickets not yet resolved': the adverb of the negation, no 'but' opening a clause
            if self.norms[i] == "with" and self._with_the_behaviours_own(i, spans, windows):
                self.out.used.add(i)      # 'bought in store with a promo code in 2025': the purchase's own code
                continue
            if self._leads_the_clause(i, max(c for c in cuts if c <= i), spans, windows):
                continue
            if tuple(self.norms[i:i + 2]) in SAME_WINDOW_WORDS:
                continue     # 'bought from that same category': a determiner, no relative opening a clause
            if self.norms[i] in RELATIVE_WORDS and i + 1 < end and self.norms[i + 1] in RELATIVE_SUBJECTS \
                    and any(s.end == i and s.of("event", "kindword") for s in spans):
                # 'on the tickets that they rated', 'sur les tickets qu'ils ont notés': a relative whose subject is
                # a pronoun is said of the behaviour's noun, the thing, not of the customers (cut there, the average
                # said of the tickets was lost)
                self.out.used.add(i)
                continue
            if self.norms[i] in RELATIVE_WORDS and latest_noun_before(self.norms, i, spans, self._number_at):
                self.out.used.add(i)     # 'aucun des cinq derniers e-mails qu'on leur a envoyés': the noun's relative
                continue
            if i > start and self.norms[i - 1] in ONE_EVENT_INS and any(
                    tuple(self.norms[i:i + len(w)]) == w for w in ONE_EVENT_LEADS):
                continue     # 'in that one order': a determiner of the one event (aggregates._one_event_said)
            # ('who bought in store nor online customers whose ...': after a group said with its clause, the customers
            # named again with a clause of their own open a clause, no list of places; 'VIP and gold members with ...'
            # is one list)
            if not (self.norms[i] in SEPARATORS and self._whole_group(start, i)
                    and (e := self._people_named_end(i + 1, spans)) and e < end and self.norms[e] in CLAUSE_OPENERS) and (
                    self._coordinates(i, spans) or self._thing_of_the_clause(i, max(c for c in cuts if c <= i), spans)
                    or self._amount_of_the_noun(i, spans, comparisons)):
                self.out.used.add(i)
                continue
            self.out.used.add(i)
            cuts.append(i + 1)
        cuts = sorted(set(cuts)) + [end]
        segs = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            segs.append(Segment(
                a, b, [s for s in spans if a <= s.start < b],
                [w for w in windows if a <= w.start_tok < b], [c for c in comparisons if a <= c.start_tok < b],
                [r for r in rankings if a <= r.start_tok < b], after=self.norms[a - 1] if a > start else ""))
        return segs

    def _leads_the_clause(self, i: int, start: int, spans: list[Span], windows: list[Window]) -> bool:
        """'and then, within two weeks, bought ...', 'puis, dans les 15 jours, acheté ...': a comma closing an order
        word or a period, and nothing else, joins them to the clause after it: that behaviour's order and period (cut
        there, they were read as the behaviour before said again, and the one after had neither, silently). Other
        words before a comma ('no wait,') stay apart."""
        if self.norms[i] != "," or i <= start or not any(s.start > i for s in spans):
            return False
        timed = {k for w in windows for k in range(w.start_tok, w.end_tok)}
        timed |= {k for a, b, _ in self.follows.values() for k in range(a, b)}     # ', within a week of that view,'
        words = [k for k in range(start, i) if self.norms[k] != ","]
        return bool(words) and all(k in timed or VAGUE_WORDS.get((self.norms[k],)) == "sequence" for k in words)

    def _amount_of_the_noun(self, i: int, spans: list[Span], comparisons: list[Comparison]) -> bool:
        """'an order that exceeds €50', 'a basket which was over 100', 'une commande qui dépasse 50 €': the relative
        at i, right after a behaviour's noun, says that one event's amount: one clause (cut there, the amount was
        the sum of all the customer's orders, silently)."""
        if self.norms[i] not in RELATIVE_WORDS or not any(s.end == i and s.of("event", "kindword") for s in spans):
            return False
        j = i + 1
        while j < len(self.norms) and self.norms[j] in COPULAS:
            j += 1
        return any(c.start_tok == j for c in comparisons)

    def _with_the_behaviours_own(self, i: int, spans: list[Span], windows: list[Window]) -> bool:
        """'ordered online with click & collect', 'bought in store with a promo code': 'with' right after a behaviour
        and before a value or a dimension of that same behaviour says how it was done; cut there, the value was read
        as a behaviour of its own, its period taken from the first (any online order in 2025), silently. A period
        may be said between ('placed an order in 2025 with click & collect')."""
        end = next((w.start_tok for w in windows if w.end_tok == i), i)
        before = next((s for s in spans if s.end == end), None)
        k = i + 1
        while k < len(self.norms) and self.norms[k] in DETERMINERS:
            k += 1
        after = next((s for s in spans if s.start == k), None)
        if before is None or after is None or after.of("event", "kindword", "entity", "value"):
            return False
        kinds = {m.ref for m in before.of("kindword")}
        events = {m.event for m in before.of("event", "qualifier", "dimvalue") if m.event} \
            | {name for name, ev in self.catalog.events.items() if ev.kind in kinds}
        # (an amount or a measure of it opens a comparison of its own: 'at least 3 orders in 2025 with an average
        # basket over 180')
        amounts = {f"{ev.table}.{ev.amount}" for name, ev in self.catalog.events.items() if name in events and ev.amount}
        return bool(events) and any(m.event in events and not (m.kind == "column" and (m.ref or m.column in amounts))
                                    for m in after.of("dimvalue", "qualifier", "column", "dimension"))

    def _thing_of_the_clause(self, i: int, start: int, spans: list[Span]) -> bool:
        """'Emails that bounced in the past 3 months', 'les e-mails qui ont bouncé': the relative at i follows the
        thing the behaviour after it is about (a value of one of its dimensions, no attribute of the customer's own
        table), not the customers: one clause, read as 'emails bounced ...' is (the e-mail consent was required)."""
        if self.norms[i] not in RELATIVE_WORDS:
            return False
        before = [s for s in spans if start <= s.start and s.end <= i]
        if len(before) != 1 or before[0].end != i or any(n not in self.lexicon.determiners and n not in DETERMINERS
                                                          for n in self.norms[start:before[0].start]):
            return False
        thing = before[0]
        if any(m.kind in ("entity", "value") and (m.column or "").rsplit(".", 1)[0] == self.entity_table
               for m in thing.meanings) or not thing.of("dimvalue"):
            return False
        j = i + 1
        while j < len(self.norms) and (self.norms[j] in AUXILIARY_VERBS or self.norms[j] in self.state_links):
            j += 1
        verb = next((s for s in spans if s.start == j), None)
        events = {m.event for m in verb.of("event")} if verb else set()
        return bool(events & {m.event for m in thing.of("dimvalue")})

    def _after_connector(self, i: int) -> int:
        """Where the words after the connector at i begin, past its small words ('or the Netherlands', French
        'ou d'Italie' read as 'or of italy')."""
        j = i + 1
        while j < len(self.norms) and self.norms[j] in CONNECTOR_TAILS:
            j += 1
        return j

    def _coordinates(self, i: int, spans: list[Span], left: int | None = None) -> bool:
        """Does the connector at i (its words from `left`, e.g. ', or') join two values of one attribute, or two qualifiers?"""
        before = next((s for s in spans if s.end == (i if left is None else left)), None)
        # the value right after the connector, or past its small words ('or by the app': 'app'; 'or via the app')
        after = next((s for k in range(i + 1, self._after_connector(i) + 1) for s in spans if s.start == k), None)
        if not before or not after or self.norms[i] in ("who", "that", "which", "whose", "with"):
            return False
        cols_b = {m.column for m in before.of("value", "dimvalue")}
        cols_a = {m.column for m in after.of("value", "dimvalue")}
        if cols_b & cols_a:
            # 'in Spain and in Italy': the preposition said again opens a second condition on a one-valued attribute
            repeated = self.norms[i] == "and" and before.start > 0 and i + 1 < len(self.norms) \
                and self.norms[i + 1] == self.norms[before.start - 1] and self.norms[i + 1] in QUALIFIER_PREPOSITIONS
            single = any(c.rsplit(".", 1)[0] == self.entity_table for c in cols_b & cols_a
                         if any(m.kind == "value" for m in before.of("value") if m.column == c))
            # 'opted in to push and email': a yes/no said of each value's own row (a consent per channel) holds
            # for both values, never for either
            each = self._list_conjunction(i) == "and" and any(self._flagged_rows(c) for c in cols_b & cols_a
                                                              if any(m.column == c for m in before.of("value"))) \
                and not self._event_head_after(i, spans, cols_b & cols_a)
            return not (repeated and single) and not each
        # 'app and web orders': a value listed before the behaviour's noun that has it is that behaviour's (cut
        # there, the app was the customers' acquisition channel, silently); 'app or web orders' stays two sides
        # ('bought shoes and web orders': the object of a verb said before, no list before the noun)
        # ('store and catalog purchases': a bare place, its behaviour's as well)
        if self.norms[i] in HEAD_LIST_JOINS - {"or", "but"} and after.of("event", "kindword") \
                and (before.of("value") or all(m.kind == "qualifier" for m in before.meanings)) \
                and not any(s.of("event", "kindword") and s.end <= before.start and all(
                    n in DETERMINERS for n in self.norms[s.end:before.start]) for s in spans) and any(
                m.event in self._listed_before_behaviour(before, spans) for m in before.of("qualifier", "dimvalue")):
            return True
        # 'achats magasin et app': a value listed after the behaviour's noun, said alone after the connector
        if self.norms[i] in HEAD_LIST_JOINS - {"or", "but"} and not after.of("event", "kindword", "entity") \
                and not any(s.start == after.end and s.of("entity") for s in spans) and any(
                m.event in self._listed_after_behaviour(after, spans) for m in after.of("qualifier", "dimvalue")):
            return True
        if after.of("event", "kindword") or not after.of("qualifier"):
            return False
        # 'in store or online'; 'a store purchase or online', 'an online order or in store': the qualifier of
        # another event of the behaviour's kind names that event, the behaviour's sibling
        return bool(before.of("qualifier")) or bool(self._siblings(before.of("event"), after))

    def _number_of_said(self) -> set[int]:
        """'number of online orders in 2025 >= 5', 'nb de commandes en ligne ... : 5 ou plus': the words that name a
        count (lang_en.NUMBER_OF) right before a behaviour read with one say what it counts: read (they were asked
        about, 'phone number' offered)."""
        counted = [c for c in self.out.criteria + self.out.exclusions if isinstance(c, EventCondition)
                   and c.count is not None]
        out: set[int] = set()
        if not counted or _NUMBER_OF_FIRSTS.isdisjoint(self.norms):
            return out      # no count read, or no word that names one: most requests
        for i in [i for i, n in enumerate(self.norms[:-1]) if n in _NUMBER_OF_FIRSTS]:
            phrase = next((p for p in NUMBER_OF if tuple(self.norms[i:i + len(p)]) == p), None)
            if phrase is None:
                continue
            k = i + len(phrase)
            if any(c.start_tok <= k + 1 and c.end_tok > k for c in counted):
                out.update(range(i, k))
        return out

    def _event_head_after(self, i: int, spans: list[Span], columns: set[str]) -> bool:
        """Is the list of values joined at i followed by a behaviour's noun that has them ('email and SMS openers':
        the channels of the messages opened)? Then the noun is each value's, never a consent row for the first."""
        k = i + 1
        while k < len(self.norms):
            if self.norms[k] in HEAD_LIST_JOINS:
                k += 1
                continue
            here = [s for s in spans if s.start == k]
            head = {m.event for s in here for m in s.of("event", "kindword") if m.event}
            if head:
                return any(m.event in head for s in spans if s.end <= k for m in s.of("dimvalue") if m.column in columns)
            value = next((s for s in here if {m.column for m in s.of("value", "dimvalue")} & columns), None)
            if value is None:
                return False
            k = value.end
        return False

    def _siblings(self, named: list[Meaning], qualifier: Span) -> set[str]:
        """The events `qualifier` names that are of the kind of the events `named`, and not among them ('online',
        said after 'store purchase': the online order)."""
        events = {m.event for m in named}
        kinds = {self.catalog.events[e].kind for e in events}
        return {m.event for m in qualifier.of("qualifier")
                if m.event not in events and self.catalog.events[m.event].kind in kinds}

    # -- reading one segment ---------------------------------------------------
    def _read(self, seg: Segment, last_event: EventCondition | None) -> list[Condition]:
        out: list[Condition] = []
        vague = [s for s in seg.spans if s.of("ambiguous")]
        for s in vague:   # a question for the vague word; the rest of the clause is still read ('engaged ... in France')
            self.out.clarify.append(Clarify(s.of("ambiguous")[0].ref, s.start, s.end))
            self._use(s.start, s.end)
        if vague:
            seg = Segment(seg.start, seg.end, [s for s in seg.spans if s not in vague], seg.windows, seg.comparisons,
                          seg.rankings, seg.after)
        for s in seg.spans:
            if s.of("entity"):
                self._use(s.start, s.end)
        negated = self._negation(seg)
        relative = last_event is not None and not self._has_event_anchor(seg) and self._relative(seg)
        inherited = last_event if not self._has_event_anchor(seg) else None
        aggregate = read_spacing(self, seg, negated)     # None when the segment is none of them; [] when asked
        aggregate = self._read_latest(seg, negated) if aggregate is None else aggregate
        aggregate = read_rate(self, seg, negated) if aggregate is None else aggregate
        aggregate = read_share(self, seg, negated) if aggregate is None else aggregate
        aggregate = read_versus(self, seg, negated) if aggregate is None else aggregate
        aggregate = read_distinct(self, seg, inherited, negated) if aggregate is None else aggregate
        if aggregate is not None:
            out.extend(aggregate)
        elif relative or self._is_event(seg) or (self._inherits(seg) and last_event is not None):
            out.extend(c for c in self._event(seg, inherited, negated, relative)
                       if not self._said_again(c, inherited))
            self._narrow_by_brackets(seg, out)
            self._held_on_record(seg, out)
        if seg.rankings:
            out = read_top(self, seg, out)
        glossary = [(s, m) for s in seg.spans for m in s.of("glossary") if not self._used(s)]
        for s in [s for s, _ in glossary if self._qualifies_a_flag(s, seg)]:
            self._use(s.start, s.end)     # 'an active email opt-in': the consent's state, said again
            self.out.restated.update(range(s.start, s.end))
            glossary = [(t, m) for t, m in glossary if t is not s]
        # 'active customers not in France': the clause's negation said after every term is what follows it, never
        # the terms' (read over the clause, the customers not active in France were answered, silently)
        said = self._negation_word(seg) if negated and glossary and not out else None
        passed = said is not None and all(said >= s.end for s, _ in glossary)
        terms: list[Condition] = []
        if glossary and not out:
            for s, m in glossary:
                # a period another term of the segment took is its own ('abandonnistes des 2 dernières semaines à
                # forte valeur prédite': the abandoners')
                window = next((w for w in seg.windows[:1] if w.start_tok not in self.out.used), None)
                if window is not None and window.amount is None and window.start == self.as_of:
                    # 'still active today', 'toujours actifs aujourd'hui': when the state holds (now), never a
                    # period of one day (the term's own 90 days became 0: nobody, silently)
                    self._use(window.start_tok, window.end_tok)
                    window = None
                self._use(s.start, s.end)
                self._ambiguous_inside(s, self.catalog.glossary[m.ref].term)
                if window:
                    self._use(window.start_tok, window.end_tok)
                    # 'nouveaux inscrits de la semaine dernière': the rolling week, said (a term with no period of
                    # its own says it is not applied)
                    if window.note and "window" in self.catalog.glossary[m.ref].parameters:
                        self.out.notes.append(window.note)
                # the period may be said before the term ('des 2 dernières semaines à forte valeur prédite'): the
                # condition spans both (it spanned from the term to the period's end, nothing, and was dropped silently)
                kept = self._policy_kept(s, m.ref)
                # kept to ('respecting the pressure cap'), the policy's customers are removed: said among the
                # exclusions ('excluding the do-not-contact list, and respecting the cap') they are that exclusion
                # itself (read as its negation there, only the over-solicited were kept, silently: set #44)
                flipped = bool(kept) and not self.excluding
                if kept:
                    self.policies_kept.add(min([s.start, *kept]))
                # (a term said before the clause's negation is not denied by it: 'car customers not on the
                # do-not-contact list' keeps the car customers)
                before = said is not None and said >= s.end
                terms.append(GlossaryCondition(min([s.start, *kept, *([window.start_tok] if window else [])]),
                                               max(s.end, window.end_tok) if window else s.end,
                                               negated=(negated and not passed and not before) != flipped, index=m.ref,
                                               window=window))
            out.extend(terms)
        # attributes beside an event or a term: "shoppers based in Amsterdam", "lapsed VIPs"
        leftover = Segment(seg.start, seg.end, [s for s in seg.spans if not self._used(s)], seg.windows,
                           [c for c in seg.comparisons if c.start_tok not in self.out.used | self.out.unread], [])
        profile = self._profile(leftover, negated and (not out or passed), beside_behaviour=self._has_event_anchor(seg))
        self._prefix_negation(seg, profile)
        self._negation_after_values(seg, profile)
        if passed and not any(c.negated for c in profile):
            for t in terms:       # nothing after it to deny ('active customers not ...'): the terms', as before
                t.negated = True
        out.extend(profile)
        return out

    def _since_their_own_date(self) -> None:
        """'Inscrits via l'appli en 2025 et qui n'ont jamais commandé en ligne depuis', 'signed up in 2025 and have not
        ordered online since': 'since' said after a date of the customer's own in a period (the signup) is since that
        date, each customer's (EventCondition.since), never since the period's end (orders placed in 2025 after
        signing up were let through, silently: set #37's first sight)."""
        dated = [d for d in self.out.criteria if isinstance(d, DateCondition) and not d.negated
                 and d.window is not None and d.window.end is not None and own_date(self.catalog, d.column)]
        if not dated or not self.since_then:
            return
        for c in self.out.criteria + self.out.exclusions:
            if not isinstance(c, EventCondition) or c.window is None or c.since or c.after is not None \
                    or (c.window.start_tok, c.window.end_tok) not in self.since_then:
                continue
            d = next((d for d in reversed(dated) if d.end_tok <= c.start_tok and d.window.end == c.window.start), None)
            if d is not None:
                c.since, c.window = d.column, None

    def _how_many_there_are(self, comparisons: list[Comparison], spans: list[Span]) -> list[Comparison]:
        """'shopped in our two Lyon stores', 'dans nos deux magasins lyonnais': a bare number after HOW_MANY_LEADS and
        before a value (of the places counted) says how many there are, never how many times (read as a count, only
        those who shopped twice were kept). Dropped from the comparisons, its words said in a note."""
        values = {s.start for s in spans if s.of("value", "dimvalue")}
        out = []
        for c in comparisons:
            k = c.start_tok
            if k and self.norms[k - 1] in HOW_MANY_LEADS and c.op == ">=" and c.upper is None and not c.currency \
                    and c.end_tok == k + 1 and (c.end_tok in values or c.end_tok + 1 in values):   # ('magasins lyonnais')
                self.out.used.add(k)
                self.out.notes.append(NOTES["how_many"].format(words=self._words(k, k + 1)))
                continue
            out.append(c)
        return out

    def _policy_kept(self, s: Span, index: int) -> range:
        """'respect the pressure cap', 'within the pressure cap', 'en respectant le plafond de pression': the words
        before a policy's term (POLICY_KEEPS, then determiners) that say to keep to it: the customers it removes are
        removed (read as the term alone, only they were kept). Their tokens (used), else an empty range."""
        if not self.catalog.glossary[index].policy:
            return range(0)
        k = s.start
        while k > 0 and self.norms[k - 1] in DETERMINERS:
            k -= 1
        lead = next((p for p in POLICY_KEEPS if k >= len(p) and tuple(self.norms[k - len(p):k]) == p), None)
        if lead is None:
            return range(0)
        self._use(k - len(lead), k)
        return range(k - len(lead), k)

    def _ambiguous_inside(self, s: Span, term: str) -> None:
        """'inactive members': a term's phrase holding a word the catalog lists as ambiguous alone ('inactive') is the
        term, said in a note (the catalog's two entries disagree; read silently, the question was never asked)."""
        for k in range(s.start, s.end) if s.end - s.start > 1 else ():
            forms = {self.norms[k]} | {self.norms[k][:-len(e)] for e in self.lexicon.plurals
                                       if e and self.norms[k].endswith(e)}      # 'inactifs': 'inactif'
            if any(m.kind == "ambiguous" for f in forms for m in self.lexicon.phrases.get((f,), ())):
                self.out.notes.append(NOTES["ambiguous_inside"].format(
                    words=typed_text(self.request, self.tokens, s.start, s.end), term=term, word=self.tokens[k].text))
                return

    def _qualifies_a_flag(self, s: Span, seg: Segment) -> bool:
        """'still have an active email opt-in', 'un opt-in e-mail actif': a term said in one ordinary word ('active')
        right before the noun of a yes/no attribute (the consent's 'opt-in', with its channel between) or right after
        it qualifies that attribute, not the customers (read as the active customers' term, it narrowed them
        silently). Not when the customers' noun follows or precedes the run ('active opted-in customers', 'clients
        opt-in e-mail actifs': the customers are active)."""
        if s.end - s.start != 1 or not self.lexicon.is_word(self.norms[s.start]):
            return False
        spans = [t for t in seg.spans if t is not s and t.meanings]

        def flag(t: Span) -> bool:
            return any(m.kind == "column" and self.catalog.column(m.column).type.upper() == "BOOLEAN"
                       for m in t.meanings)

        def entity_at(k: int, after: bool) -> bool:
            return any((t.start == k if after else t.end == k) and t.of("entity") for t in self.lexicon_spans)
        run, k = [], s.end
        while len(run) < 2 and (t := next((t for t in spans if t.start == k), None)) is not None:
            run.append(t)
            k = t.end
        # ... before it, inside the attribute's noun phrase ('an active email opt-in'): a term said first in its own
        # ('members opted in to SMS') names the customers, who opted in (dropped as the consent's, silently)
        if run and flag(run[-1]) and not entity_at(k, True) and s.start > 0 and self.norms[s.start - 1] in HELD_DETERMINERS:
            return True
        run, k = [], s.start
        while len(run) < 2 and (t := next((t for t in spans if t.end == k), None)) is not None:
            run.append(t)
            k = t.start
        return any(flag(t) for t in run) and not entity_at(k, False)

    def _said_again(self, c: Condition, inherited: EventCondition | None) -> bool:
        """'Bose buyers, store and online combined': a clause that only says again the behaviour it inherits (its
        places together, as it already was, or some of them) is that behaviour, not a second criterion beside it
        (the same twice made the list longer, and looked like two conditions); said with no negation after a
        negated one, it is that negated behaviour's places."""
        if self.excluding or inherited is None or not isinstance(c, EventCondition) or c is inherited \
                or any(k is inherited for k in self.out.exclusions):
            return False
        same = ("negated", "dims", "days", "count", "amount", "average", "first", "last", "rank", "measure", "top",
                "among", "over", "after")
        if inherited.negated and not c.negated:     # "didn't buy anything in that time, store or online"
            same = same[1:]
        # (a negated one's kinds said again one by one, 'bought nothing - not in store, not online': each of its own)
        said = self.restated.get(id(inherited), (inherited.events, set()))[0] if inherited.negated and c.negated \
            else inherited.events
        if not set(c.events) <= set(said) or any(getattr(c, f) != getattr(inherited, f) for f in same):
            return False
        # at any time, it holds of whoever did it in the period said before ('Bose buyers in the last 12 months,
        # store and online combined'); a count or an amount may not (fewer than 3 ever is not fewer than 3 this year)
        if c.window != inherited.window and not (c.window is None and not c.negated and c.count is None
                                                 and c.amount is None):
            return False
        inherited.end_tok = max(inherited.end_tok, c.end_tok)     # its card shows the words said again too
        # 'bought shoes this summer, in store': fewer of its places said again are where it happened (beside it, any
        # time, it was a second card that left the summer's online buyers of shoes in, silently); a negated one's
        # said again one by one ('bought nothing - not in store, not online') are together what it rules out
        kinds = set(c.events)
        if inherited.negated and c.negated:
            events, kinds = self.restated.setdefault(id(inherited), (inherited.events, set()))
            kinds |= set(c.events)
            inherited.events = events
        inherited.events = tuple(e for e in inherited.events if e in kinds)
        return True

    def _prefix_negation(self, seg: Segment, conditions: list[Condition]) -> None:
        """'clients non VIP à Lyon', 'clientes non VIP': a negation typed as a prefix ('non') denies the value right
        after it, not the place said after that nor the value before it (read over the whole clause, the Lyon
        customers, or the women, were removed, silently)."""
        said = [i for i in range(seg.start, seg.end) if self.norms[i] in NEGATIONS
                and self.tokens[i].text.lower() in PREFIX_NEGATIONS]
        denied = sorted((c for c in conditions if c.negated and said and c.start_tok > said[0]),
                        key=lambda c: c.start_tok)
        if not denied or any(self.norms[k] not in self.lexicon.determiners for k in range(said[0] + 1,
                                                                                          denied[0].start_tok)):
            return
        for c in conditions:     # and not the customers' value said before it ('clientes non VIP': women)
            if c is not denied[0] and c.negated and isinstance(c, (ValueCondition, FlagValueCondition)) \
                    and (c.start_tok >= denied[0].end_tok or c.end_tok <= said[0]):
                c.negated = False

    def _negation_after_values(self, seg: Segment, conditions: list[Condition]) -> None:
        """'gold members in North America not opted in to email', 'VIP members not living in Paris': a negation said
        after the clause's values denies what follows it, never the values said before it (read over the whole
        clause, the gold members and North Americans were removed too, silently)."""
        if seg.after in NEGATING_CONNECTORS:
            return
        said = self._negation_word(seg)
        if said is None or not any(c.negated and c.start_tok > said for c in conditions):
            return
        for c in conditions:
            if c.negated and isinstance(c, (ValueCondition, FlagValueCondition)) and c.end_tok <= said:
                c.negated = False

    def _used(self, span: Span) -> bool:
        return all(i in self.out.used for i in range(span.start, span.end))

    def _spend_said(self, seg: Segment, start: int, end: int) -> bool:
        """A spend verb between start and end, outside a value's phrase: 'paid' of 'paid search', 'paid social' (a
        traffic source) names no amount, and '2 visits from paid search' counts the visits."""
        in_value = {k for s in seg.spans if s.of("value", "dimvalue") for k in range(s.start, s.end)}
        return any(self.norms[k] in self.spend_verbs and k not in in_value for k in range(start, end))

    def _use(self, a: int, b: int) -> None:
        self.out.used.update(range(a, b))

    def _negation(self, seg: Segment) -> bool:
        if seg.after in NEGATING_CONNECTORS:
            # 'without any open nor click', 'sans aucune ouverture ni clic': the exclusion's own negation, said again;
            # so is a marker's that denies ('but neither French customers nor UK ones', 'mais ni les ... ni les ...':
            # read as 'not UK', the exclusion kept them), unless the group said a negation of its own before
            # ('but neither customers who haven't bought nor female customers': a 'nor' that names the people again
            # is the marker's)
            denies = self.excluding and not NEGATIONS.isdisjoint(self.exclusion_marker) and (not any(
                self.norms[i] in NEGATIONS for i in range(self.part_start, seg.start))
                or self._people_named_at(seg.start, self.lexicon_spans))
            return not (self._concord() or denies)
        i = self._negation_word(seg)
        if i is None:
            return False
        self.out.used.add(i)
        # 'sans en avoir ouvert aucun' (without ... none): one negation said twice, the exclusion's own
        return not (self.exclusion_marker in CONCORD_MARKERS and self.norms[i] in CONCORD_NEGATIONS)

    def _days_ahead_of_a_birthday(self) -> set[int]:
        """The words of days said ahead ('in the next 7 days') in a request that names a birthday (read with it by
        _birthday_days): its number is no count nor age."""
        if not any(n in self.birthday_words for n in self.norms):
            return set()
        ahead = days_ahead(self.tokens, self.as_of, 0, len(self.tokens))
        return set(range(ahead[0], ahead[1])) if ahead is not None else set()

    def _number_at(self, i: int) -> float | None:
        return number_at(self.tokens, i)

    def _concord(self) -> bool:
        """Is the part an exclusion whose marker is itself a negation ('without', 'sans')?"""
        return self.excluding and self.exclusion_marker in CONCORD_MARKERS

    def _negation_word(self, seg: Segment) -> int | None:
        """Where the clause's own negation is said, if it has one."""
        covered = {i for s in seg.spans for i in range(s.start, s.end) if self.norms[i] not in OPEN_DETERMINERS
                   or tuple(self.norms[s.start:s.end]) in self.lexicon.negated_phrases}
        set_aside = self.out.ignored.tokens     # 'Readers but not clickers: opened ...': a title's 'not' is its own
        for i in range(seg.start, seg.end):
            if i in self.vague_tokens or i in self.bracketed or i in set_aside:   # 'nothing but shoes' is no
                continue                                         # negation; '(not app)' is its bracket's
            # 'no more than 3', 'no later than a year ago': a comparison's or a period's own word
            if self.norms[i] in NEGATIONS and i not in covered and not any(
                    c.start_tok <= i < c.end_tok for c in (*seg.comparisons, *seg.windows)) \
                    and not self._attribute_contrasted(i):
                return i
        return None

    def _used_on_an_attribute(self, spans: list[Span]) -> None:
        """'never used their loyalty points', 'jamais utilisé un seul de leurs points': a verb of using said of a profile
        attribute (no behaviour's) says something done with it that the catalog does not hold; read as grammar, 'never
        ... points' was no points on file, silently. The verb is asked."""
        if USE_VERBS.isdisjoint(self.norms):      # most requests: no such verb
            return
        for i, norm in enumerate(self.norms):
            if norm not in USE_VERBS:
                continue
            k = i + 1
            while k < len(self.norms) and (self.norms[k] in DETERMINERS or self.tokens[k].number is not None
                                           or self.norms[k] in USE_OBJECT_LEADS):
                k += 1
            after = next((s for s in spans if s.start == k), None)
            if after is not None and after.meanings and all(m.kind == "column" and not m.event and m.column
                                                            and m.column.rsplit(".", 1)[0] == self.entity_table
                                                            for m in after.meanings):
                self.out.unread.add(i)

    def _attribute_contrasted(self, i: int) -> bool:
        """'At-risk buyers - the lifecycle stage, not the churn score - holding ...': an attribute's name, a comma,
        the negation at i and another attribute's name closing the clause say which attribute a value is of; the
        negation denies nothing after it (it denied the loyalty points that followed, silently). Its words are
        read."""
        def names_only(s) -> bool:
            return bool(s.meanings) and all(m.kind in ("column", "indicator") for m in s.meanings)
        if i < 2 or self.norms[i - 1] != "," or not any(s.end == i - 1 and names_only(s) for s in self.lexicon_spans):
            return False
        k = i + 1
        while k < len(self.norms) and self.norms[k] in DETERMINERS:
            k += 1
        named = next((s for s in self.lexicon_spans if s.start == k and names_only(s)), None)
        if named is None or named.end < len(self.norms) and self.norms[named.end] not in CLAUSE_EDGES | CLAUSE_ENDS:
            return False
        self._use(i, named.end)
        return True

    def _context_columns(self, seg: Segment) -> set[str]:
        """Profile columns named in the segment ('acquired', 'top category'): they claim their values."""
        return {m.column for s in seg.spans for m in s.of("column") if not m.event}

    def _claimed_by_profile(self, span: Span, seg: Segment) -> bool:
        """A value a profile column of the segment names ('acquired in store'), or one said right before the
        entity's noun ('Paris customers': the customers' city, not the store's)."""
        cols = self._context_columns(seg)
        before_entity = any(s.start == span.end and s.of("entity") for s in seg.spans) and \
            not span.of("qualifier", "event", "kindword")      # 'store customers' still shop in store
        return any(m.column in cols for m in span.of("value")) or bool(span.of("value")) and (
            before_entity or self._the_people_who(span, seg))

    def _the_people_who(self, span: Span, seg: Segment) -> bool:
        """'les Parisiens venus en magasin', 'les clientes lyonnaises passées en boutique': the people of a place (a
        word the language makes of the place's name), said as the people themselves (only determiners or the people's
        own words before it), right before their behaviour, are the customers of that city, not where the behaviour
        happened (read as the store's city, silently). Said after the place's noun ('les magasins parisiens'), it
        stays the behaviour's."""
        if span.of("qualifier", "event", "kindword") or tuple(self.norms[span.start:span.end]) not in self.lexicon.made:
            return False
        nxt = next((s for s in seg.spans if s.start >= span.end), None)
        if nxt is None or nxt.start != span.end or not nxt.of("event") or nxt.of("value", "dimvalue", "qualifier"):
            return False
        people = {i for s in seg.spans if s.end <= span.start and (s.of("entity") or s.of("value") and not s.of(
            "dimvalue", "qualifier", "event")) for i in range(s.start, s.end)}
        return all(i in people or self.norms[i] in DETERMINERS for i in range(seg.start, span.start))

    def _listed_before_behaviour(self, span: Span, spans: list[Span]) -> set[str]:
        """'store and app purchases', 'app and web orders', 'achats magasin et app': values listed before a
        behaviour's noun (the list's head) are that behaviour's places or values, never the customer's own ('store
        and app customers': the head is the customers, their acquisition channel). The events the head names, or
        none when the span is not in such a list."""
        if HEAD_LIST_JOINS.isdisjoint(self.norms[max(span.start - 1, 0):span.end + 6]) or not _LISTED.intersection(
                m.kind for m in span.meanings) or _HEADS.intersection(m.kind for m in span.meanings):
            return set()     # (most spans: no list beside them, said cheaply)
        k, crossed = span.end, False
        while k < len(self.norms):
            if k in self.side_cuts:      # 'ordered on our website or visitors who ...': two sides, no list
                return set()
            if self.norms[k] in HEAD_LIST_JOINS:
                k, crossed = k + 1, True
                continue
            here = [s for s in spans if s.start == k]
            if any(s.of("entity") for s in here):
                return set()
            # the noun's kind of behaviour ('app and store purchases': purchases, the app's online orders too)
            kinds = {m.ref for s in here for m in s.of("kindword")} | {
                self.catalog.events[m.event].kind for s in here for m in s.of("event") if m.event}
            head = {e for e, ev in self.catalog.events.items() if ev.kind in kinds}
            if head:     # the list's last value is right before its head: a value listed before it
                listed = crossed or span.start > 1 and self.norms[span.start - 1] in HEAD_LIST_JOINS and any(
                    s.end == span.start - 1 and s.of("value", "dimvalue", "qualifier") for s in spans)
                return head if listed else set()
            value = next((s for s in here if s.of("value", "dimvalue", "qualifier")), None)
            if value is None:
                return set()
            k = value.end
        return set()

    def _listed_after_behaviour(self, span: Span, spans: list[Span]) -> set[str]:
        """'achats magasin et app', 'purchases in store or in the app': a value listed after a behaviour's noun (and
        its places or values) is that behaviour's, as one listed before it ('_listed_before_behaviour'). The events
        of the noun's kind, or none."""
        if HEAD_LIST_JOINS.isdisjoint(self.norms[max(span.start - 4, 0):span.end + 1]) or not _LISTED.intersection(
                m.kind for m in span.meanings) or _HEADS.intersection(m.kind for m in span.meanings):
            return set()
        k, crossed, named = span.start, False, set()
        own = {m.event for m in span.of("qualifier", "dimvalue")}
        # the list's first value, right after the noun ('achats app et magasin'): the value after the join is the
        # other member
        nxt = next((s for s in spans if span.end < len(self.norms) and self.norms[span.end] in HEAD_LIST_JOINS
                    and s.start == span.end + 1 and s.of("qualifier", "dimvalue")), None)
        if nxt is not None:
            crossed, named = True, {m.event for m in nxt.of("qualifier", "dimvalue")}
        while k > 0:
            if k - 1 in self.side_cuts:
                return set()
            if self.norms[k - 1] in HEAD_LIST_JOINS or self.norms[k - 1] in QUALIFIER_PREPOSITIONS \
                    or self.norms[k - 1] in DETERMINERS:
                crossed = crossed or self.norms[k - 1] in HEAD_LIST_JOINS
                k -= 1
                continue
            here = [s for s in spans if s.end == k]
            if any(s.of("entity") for s in here):
                return set()
            named |= {m.event for s in here for m in s.of("event", "qualifier", "dimvalue") if m.event}
            kinds = {m.ref for s in here for m in s.of("kindword")} | {
                self.catalog.events[m.event].kind for s in here for m in s.of("event") if m.event}
            if kinds:
                # only a sibling's own value ('app': the online order's device, after 'in store'); one the place said
                # already has ('bought shoes in store or bags': bags bought in store) is that behaviour's, said on
                listed = crossed and named and not own & named
                return {e for e, ev in self.catalog.events.items() if ev.kind in kinds} if listed else set()
            value = next((s for s in here if s.of("value", "dimvalue", "qualifier")), None)
            if value is None or not crossed:
                return set()
            k = value.start
        return set()

    def _listed_with_behaviour(self, span: Span, spans: list[Span]) -> set[str]:
        return self._listed_before_behaviour(span, spans) or self._listed_after_behaviour(span, spans)

    def _event_meanings(self, span: Span, seg: Segment) -> list[Meaning]:
        listed = self._listed_with_behaviour(span, seg.spans)
        if listed:      # 'store and app purchases': the purchases' place and device, never the acquisition channel
            return [m for m in span.of("qualifier", "dimvalue") if m.event in listed]
        if self._claimed_by_profile(span, seg):
            return []
        strong = span.of("event", "kindword") + [m for m in span.of("qualifier") if not m.weak]
        strong += [m for m in span.of("column") if m.event]
        if not span.of("value", "indvalue", "glossary") or (seg.windows and not span.of("glossary")
                                                             and not self._dated_profile(seg)):
            strong += span.of("dimvalue")   # with a time window, 'home' is bought home products, not a favourite
        return strong

    def _dated_profile(self, seg: Segment) -> bool:
        """A profile date column in the segment ('signed up'): the window is its, not a behaviour's."""
        return any(not m.event and self._dated(m.column) for s in seg.spans for m in s.of("column"))

    def _dated(self, column: str) -> bool:
        """A date of the profile: a date column, or the key of the date dimension ('join_date_sk', yyyymmdd: read as
        a number, 'joined after 2024' compared the key with 2024)."""
        return is_temporal(self.catalog.column(column).type) or calendar_date(self.catalog, column) is not None

    def _has_event_anchor(self, seg: Segment) -> bool:
        return any(s.of("event", "kindword") or [m for m in s.of("column") if m.event] for s in seg.spans)

    def _is_event(self, seg: Segment) -> bool:
        if seg.rankings:
            return True
        said = False
        for s in seg.spans:
            if self._event_meanings(s, seg):
                if not self.ranking_orders.issuperset(range(s.start, s.end)):
                    return True
                said = True
        if said:
            return False      # read before as a ranking's order ('..., by amount returned')
        return bool(self._bare_qualifiers(seg))

    def _bare_qualifiers(self, seg: Segment) -> list[Span]:
        """'store customers', 'store spend': a bare qualifier right before the entity word or an event word; 'store
        basket', 'panier (moyen) magasin': beside a column of the qualifier's own event ('basket' is each purchase's
        amount), French saying the place after the noun and its adjective."""
        found = []
        for k, s in enumerate(seg.spans):
            if not any(m.weak for m in s.of("qualifier")) or self._claimed_by_profile(s, seg):
                continue
            own = {m.event for m in s.of("qualifier")}
            nxt = seg.spans[k + 1] if k + 1 < len(seg.spans) else None
            prv = seg.spans[k - 1] if k > 0 else None
            before = nxt is not None and nxt.start == s.end and \
                (nxt.of("entity", "kindword", "event") or {m.event for m in nxt.of("column")} & own)
            after = prv is not None and {m.event for m in prv.of("column")} & own and \
                all(MODIFIER_WORDS.get(n) for n in self.norms[prv.end:s.start])
            if before or after:
                found.append(s)
        return found

    def _dated(self, column: str) -> bool:
        """Is the profile column a date (or a key to the calendar)? A period said with it is its own."""
        kind = self.catalog.column(column).type.upper()
        return "DATE" in kind or "TIMESTAMP" in kind or calendar_date(self.catalog, column) is not None

    def _period_of_the_term_before(self, seg: Segment, out: list[Condition]) -> bool:
        """'cart abandoners, last 72h', 'abandonnistes de panier, 3 derniers jours': a period said alone after a break
        is the period of the glossary term just before it, when the term takes one (a behaviour's is read so already);
        it was asked. True when it was."""
        if len(seg.windows) != 1 or seg.comparisons or seg.rankings or not out \
                or not isinstance(out[-1], GlossaryCondition) or out[-1].window is not None or out[-1].negated \
                or "window" not in self.catalog.glossary[out[-1].index].parameters:
            return False
        w = seg.windows[0]
        if w.vague or w.anaphora or w.start_tok in self.out.used or any(not s.of("entity") for s in seg.spans) \
                or any(self.norms[i] not in FUNCTION_WORDS and self.norms[i] not in SEPARATORS
                       for i in range(seg.start, seg.end) if not w.start_tok <= i < w.end_tok):
            return False
        term = out[-1]
        term.window, term.end_tok = w, max(term.end_tok, w.end_tok)
        self._use(w.start_tok, w.end_tok)
        if w.note:
            self.out.notes.append(w.note)
        return True

    def _inherits(self, seg: Segment) -> bool:
        """Only modifiers here: they continue the previous event ('and also online', 'but not in 2025')."""
        content = [s for s in seg.spans if not s.of("entity")]
        if any(s.of("glossary", "indvalue", "table") or s.of("value") and not self._sibling_value(s)
               and not self._place_of_the_last(s, seg) and not self._value_said_on(s, seg) for s in content):
            return False
        if any(s.of("value") for s in content) and any(not m.event for s in content for m in s.of("column")):
            return False     # 'but not SMS opt-ins': the value is said with its profile attribute
        if any(not m.event and is_numeric(self.catalog.column(m.column).type)
               for s in content for m in s.of("column")):
            return False     # 'a churn risk above 0.7': the number is that attribute's, not a count of the behaviour
        if seg.windows and any(not m.event and self._dated(m.column) for s in content for m in s.of("column")):
            return False     # 'who signed up in Q1 2025': the period is that date's, not the behaviour before's
        before = not content and any(self.norms[i] in BEFORE_WORDS for i in range(seg.start, seg.end))
        counts = [c for c in seg.comparisons if not self._an_age(c)]
        return bool(seg.windows or counts or any(s.of("qualifier", "dimvalue") for s in content) or before
                    or self._days_in(seg) or self._months_in(seg) or self._hours_in(seg)
                    or self._own_dates_in(seg) or self._own_places_in(seg))

    def _place_of_the_last(self, s: Span, seg: Segment) -> bool:
        """'sneaker buyers this summer, store or site', 'acheteurs de sneakers cet été, boutique ou site': after a
        comma, a word that is both a customer's value (how they were acquired) and where the behaviour before
        happens, with nothing but such words in the clause, says that behaviour's places (read as the acquisition
        channel, silently)."""
        last = self.last_event
        return last is not None and seg.after == "," and any(m.event in last.events for m in s.of("qualifier")) \
            and all(sp.of("qualifier") for sp in seg.spans if not sp.of("entity"))

    def _value_said_on(self, s: Span, seg: Segment) -> bool:
        """'orders on the website and the app', 'achats en ligne et sur l'app': a word that is both a customer's value
        and a value of the behaviour said right before the 'and', alone in its clause, says that behaviour on with it
        (read as the acquisition channel, silently)."""
        last = self.last_event
        if last is None or seg.after not in ("and", ",") or len([t for t in seg.spans if not t.of("entity")]) != 1 \
                or last.end_tok != seg.start - 1 or any(n not in DETERMINERS and n not in QUALIFIER_PREPOSITIONS
                                                        for n in self.norms[seg.start:s.start]):
            return False
        return any(all(m.dim in self.catalog.events[e].dimensions for e in last.events) and m.dim not in last.dims
                   and m.event in last.events for m in s.of("dimvalue"))

    def _sibling_value(self, s: Span) -> bool:
        """Is the span another value of a dimension the behaviour before was given ('an email ... but not an SMS':
        a message's channel; 'in store in Paris, but not in Lyon': a store's city)? Then it continues that
        behaviour, not the profile value the same word also is (SMS consent, living in Lyon)."""
        last = self.last_event
        return last is not None and any(
            m.dim in last.dims and all(m.dim in self.catalog.events[e].dimensions for e in last.events)
            and not set(m.values) & set(last.dims[m.dim]) for m in s.of("dimvalue"))

    def _days_in(self, seg: Segment) -> list:
        """The days of the week said in the segment ('at the weekend'), each said of its behaviour (not a habit)."""
        return [d for d in self.days if d.habit is None and seg.start <= d.start_tok < seg.end]

    def _month_habits(self, windows: list[Window]) -> set[int]:
        """A habit word said of a month ('usually shop in December'): of months of any year it says the same, read
        with them; of a month with no year, whether one period or the month of any year is meant is asked (the
        window is read meanwhile). The habit words' tokens."""
        habits = set()
        for m in self.year_months:
            k = habit_before(self.norms, m.start_tok, self.month_habits)
            if k is not None:
                self._use(k, k + 1)
                habits.add(k)
        for w in windows:
            k = habit_before(self.norms, w.start_tok, self.month_habits)
            named = named_month(self.norms, w.start_tok, w.end_tok)
            if k is None or named is None or w.start is None:
                continue
            self._use(k, k + 1)      # 'usually shop in December 2025': the period said is the one meant
            habits.add(k)
            if lone_month(self.norms, w.start_tok, w.end_tok):
                self.out.year_months.append((w.start_tok, w.end_tok, self.tokens[named].text, w.start.year))
        return habits

    def _of_a_birth(self, spans: list[Span], start: int) -> bool:
        """Is a birth named right before `start` ('born in October of any year'), or with a linking verb between
        ('whose birthday is in April, whatever the year')? Its month is the birth date's, of any year already
        (_birthday_window), never a behaviour's (read so, the birthday was lost and the request refused)."""
        while start > 0 and self.norms[start - 1] in COPULAS:
            start -= 1
        return any(s.end == start and any(m.kind == "column" and m.column in self.birth_columns for m in s.meanings)
                   for s in spans)

    def _dated_flag(self, column: str) -> bool:
        """A yes/no column of a profile row the catalog dates on that row (its `set_on`: a consent's last change)."""
        col = self.catalog.column(column)
        return col.type.upper() == "BOOLEAN" and bool(col.set_on)

    def _dimensions_paired(self, c: EventCondition, column: str) -> list[str]:
        """The dimensions every event of c has, on one same column, that the catalog compares with the customers'
        attribute `column` (the stores' country and where they live)."""
        events = [self.catalog.events[e] for e in c.events]
        return [d for d, dim in events[0].dimensions.items() if customers_own(self.catalog, events[0], d) == column
                and all(d in e.dimensions and e.dimensions[d].column == dim.column for e in events)]

    def _own_dates_in(self, seg: Segment) -> list:
        """The dates of the customer's own said as a behaviour's start in the segment ('since joining')."""
        return [d for d in self.own_dates if seg.start <= d.start_tok < seg.end]

    def _own_places_in(self, seg: Segment) -> list:
        """The places of the customers' own said against a behaviour's in the segment ('abroad')."""
        return [p for p in self.own_places if seg.start <= p.start_tok < seg.end]

    def _hours_in(self, seg: Segment) -> list:
        """The hours of the day said in the segment ('between 11pm and 2am')."""
        return [h for h in self.day_hours if seg.start <= h.start_tok < seg.end]

    def _months_in(self, seg: Segment) -> list:
        """The months of any year said in the segment ('every December')."""
        return [m for m in self.year_months if seg.start <= m.start_tok < seg.end]

    def _an_age(self, c: Comparison) -> bool:
        """A number said of people, never of the behaviour before ('skip under-18s', 'excluding customers under 18',
        'anyone over 65'): an age group, or a bound right after the word for the customers."""
        if c.age_hint or (c.start_tok > 0 and self.norms[c.start_tok - 1] in AGE_LEADS):
            return True
        return any(s.of("entity") and s.end == c.start_tok for s in self.lexicon_spans) \
            or (c.start_tok > 0 and (self.norms[c.start_tok - 1] in EXCLUDED_PEOPLE
                                     or fold(self._typed(c.start_tok - 1)) in self.people_nouns))

    def _relative(self, seg: Segment) -> bool:
        """'... but none of them were promotions': a negation pointing back at the behaviour named before."""
        words = self.norms[seg.start:seg.end]
        return any(w in NEGATIONS for w in words) and any(w in PRONOUNS for w in words)


def _people_of_one_event(group: list[Condition]) -> None:
    """'but not tablet visitors who came in from social media in August': the behaviour's people named with values
    ('tablet visitors') and the clause of that same behaviour after them are one event, as they are read in a
    criterion (the clause's visit had lost the tablet: those with any tablet visit and any social visit were out)."""
    for a, b in zip(group, group[1:]):
        if isinstance(a, EventCondition) and isinstance(b, EventCondition) and a.events == b.events \
                and a.dims and not a.negated and not b.negated and a.window is None and a.count is None \
                and a.amount is None and not set(a.dims) & set(b.dims):
            b.dims = {**a.dims, **b.dims}
