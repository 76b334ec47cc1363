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

import dataclasses
import datetime as dt
from types import ModuleType
from collections import defaultdict
from dataclasses import dataclass, field

from assistant.meaning import (
    CompareCondition, Condition, DateCondition, EventCondition, FlagValueCondition, Follows, GlossaryCondition,
    IndicatorCondition, KnownCondition, OrCondition, TableCondition, ValueCondition, VersusCondition, ranking, share,
)
from assistant.translate.offline.asides import TITLE_MARKERS, Ignored, bullets, find_ignored, sentences
from assistant.translate.offline.days_of_week import find_days
from assistant.translate.offline.months_of_year import any_year_after, find_months, habit_before, lone_month, named_month
from assistant.translate.offline.event_filters import disjoint, excludes, selects
from assistant.translate.offline.lexicon import Lexicon, Meaning, Span, typed_as_name
from assistant.meaning import Comparison, Window
from assistant.translate.offline.modifiers import (
    _back, Ranking, bound_after, bounds_after_nouns, find_births, find_comparisons, find_rankings, find_windows, held_since,
    resolve_anaphora,
)
from assistant.translate.lang_en import (
    AGE_GROUP_WORDS, CONTINUING_MARKERS, REQUIRED_WORDS, INLINE_MARKERS, OWN_TIME_WORDS, POSSESSION_WORDS, HAVE_VERBS,
    HELD_DETERMINERS, BOUNDS_AFTER, COMBINED_WORDS, ORDER_WORDS, BOTH, CONNECTORS, EXCLUDED_PEOPLE, EXCLUSION_ENDS, WITHOUT_ENDS, EXCLUSION_VERBS, LEADING_WORDS, NOTES, EXCLUSION_MARKERS, MODIFIER_WORDS, NEGATING_CONNECTORS, NEGATIONS, PRONOUNS, QUALIFIER_PREPOSITIONS,
    CLAUSE_ENDS, AFTER_NUMBER, AMONG_WORDS, AMOUNT_LINKS, BEFORE_WORDS, BIRTH_OPS, CONCORD_MARKERS, WITHIN_WORDS, FOLLOW_ANCHORS, FOLLOW_LINKS, OBJECT_POINTERS, CONCORD_NEGATIONS, NEAR_BEHAVIOUR, GROUP_UNION_MARKERS, SHARE_PICKS, VAGUE_WORDS, BEFORE_NUMBER, SIZE_QUESTIONS, CURRENCY, ANY_WORDS, CLAUSE_EDGES, COPULAS, DETERMINERS, LATEST_WORDS, SLOT_WORDS, MONTHS, ONE_EVENT_ALONE, ONE_EVENT_SPENT_ON, ONE_EVENT_WORDS,
    FUNCTION_WORDS, MANNER_LEADS, PURPOSE_WORDS, GOODS_LINKS, GOODS_NOUNS, JOINED_WORDS, QUANTITY_NOUNS, SPEND_VERBS, SPEND_WORDS, POINTING_WORDS, RELATIVE_WORDS, AUXILIARY_VERBS, DEMONSTRATIVES, DIMENSION_POINTERS, PASSIVE_AUXILIARIES, PAST_PARTICIPLE_ENDINGS, PRESENCE_WORDS,
    STATE_ADVERBS, STATE_LINKS, THAN_WORDS, THING_NOUNS, UNION_MARKERS, NOUN_OPENERS, PEOPLE_NOUNS, EACH_AFTER, EACH_TIME,
    VOICE_AGENTS, VOICE_OBJECTS_US, VOICE_PASSIVES, VOICE_SKIPPED, VOICE_SUBJECT_RELATIVES,
    CLAUSE_SUBJECTS, COMPARISONS, NAME_WORDS, NUMBER_WORDS, ORDER_BY, ORDER_MEASURES, RATED_WORDS, TOTAL_WORDS,
)
from assistant.translate.offline.aggregates import (
    counted_words, dimension_words, equatives, read_distinct, read_known, read_share, read_top, read_versus,
)
from assistant.translate.offline.text import THOUSANDS_DOT, Token, by_first, fold

COUNT_LEADS = frozenset(w for phrase, _ in COMPARISONS for w in phrase)   # 'at least', 'more than' before a count
from schema_catalog.model import Catalog
from schema_catalog.semantic import calendar_date

# A negation typed as a prefix of the word after it ('non VIP', 'non-livrée'): it denies that word only.
PREFIX_NEGATIONS = frozenset({"non", "non-"})
from schema_catalog.types import is_numeric, is_temporal

SEPARATORS = frozenset({"and", ",", ";", "or", "nor", "neither", "plus", "also", "+"})   # between parts said apart ("+": a brief's list)
AGE_ROLES = ("birth_date", "birth_year")   # columns an age is computed from (a date, or its integer parts)
LATEST = {w for words in LATEST_WORDS for w in words if w != "most"}
MAX_AGE = 130
# Small words between a connector and what it joins ('or the', 'and also', 'or of' from French 'ou d'').
_CONNECTOR_TAILS = frozenset({"the", "a", "an", "in", "at", "also", "both", "from", "to", "on", "or", "and", "of", "by",
                              "via", "through"})


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _a_year(c: Comparison) -> bool:
    """A bare number that reads as a year ('2025'): no comparison word, no unit, no 'times'."""
    return bool(c.note) and not c.times and not c.currency and c.upper is None and float(c.value).is_integer() \
        and 1900 <= c.value <= 2100


def _column_name(column: str) -> str:
    """'crm.customers.city' -> 'customers city': a profile column in words."""
    table, name = column.rsplit(".", 2)[-2:]
    return f"{table} {name.replace('_', ' ')}"


def _bounds(c: Comparison) -> tuple[float, float, bool, bool]:
    """The interval a comparison allows: (low, high, low included, high included)."""
    inf = float("inf")
    if c.upper is not None:
        return c.value, c.upper, True, True
    return {">=": (c.value, inf, True, False), ">": (c.value, inf, False, False), "<": (-inf, c.value, False, False),
            "<=": (-inf, c.value, False, True), "=": (c.value, c.value, True, True)}[c.op]


def _disjoint(a: Comparison, b: Comparison) -> bool:
    lo_a, hi_a, lin_a, hin_a = _bounds(a)
    lo_b, hi_b, lin_b, hin_b = _bounds(b)
    lo, lo_in = max((lo_a, lin_a), (lo_b, lin_b), key=lambda x: (x[0], not x[1]))
    hi, hi_in = min((hi_a, hin_a), (hi_b, hin_b), key=lambda x: (x[0], x[1]))
    return lo > hi or (lo == hi and not (lo_in and hi_in))


# VAGUE_WORDS by their first word, longest first: only those a token may open are tried.
_VAGUE_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(p for p in sorted(VAGUE_WORDS, key=len, reverse=True) if p[0] == w) for w in {p[0] for p in VAGUE_WORDS}}
# The markers tried at every token, by their first word (in their order): only those a token may open are tried.
_EXCLUSIONS_BY_FIRST = by_first(EXCLUSION_MARKERS)
_INLINE_BY_FIRST = by_first(m for m in EXCLUSION_MARKERS if m in INLINE_MARKERS)     # tried at every token
_EXCLUSION_ENDS_BY_FIRST = by_first(EXCLUSION_ENDS)
_UNIONS_BY_FIRST = by_first(UNION_MARKERS, lambda item: item[0])


@dataclass
class Clarify:
    index: int
    start_tok: int
    end_tok: int


@dataclass
class Parsed:
    criteria: list[Condition] = field(default_factory=list)
    exclusions: list[Condition] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    clarify: list[Clarify] = field(default_factory=list)
    ignored: Ignored = field(default_factory=Ignored)
    vague: list[tuple[int, int]] = field(default_factory=list)   # token ranges of vague windows that were used
    contradictions: list[tuple[int, int, int, int]] = field(default_factory=list)   # two phrases that exclude each other
    unread: set[int] = field(default_factory=set)   # grammar words still to ask about ('more than 5 items', no measure)
    readings: list[tuple[int, int, Meaning, Meaning]] = field(default_factory=list)   # a profile value or a behaviour's
    changes: list[tuple[int, int]] = field(default_factory=list)   # a change or comparison missing its two periods
    bands: list[int] = field(default_factory=list)     # where 'in the top N' rankings start: of all customers
    unclear: list[tuple[int, int, str]] = field(default_factory=list)   # vague words ('a few', 'in a while'): asked
    # a month with no year said as a habit ('usually shop in December'): asked, with the latest one's year
    year_months: list[tuple[int, int, str, int]] = field(default_factory=list)    # and the month's word as typed
    # 'within 3 days' after another behaviour: asked (and whether it may count from that behaviour)
    within: list[tuple[int, int, bool]] = field(default_factory=list)


@dataclass
class Segment:
    start: int
    end: int
    spans: list[Span]
    windows: list[Window]
    comparisons: list[Comparison]
    rankings: list[Ranking]
    after: str = ""                  # the connector that opened it ('nor' negates it)


def _window_start(w: Window, as_of: dt.date) -> dt.date | None:
    """The first day of a window (a length before as_of, or its own start)."""
    return w.start if w.amount is None else _back(as_of, w.amount, w.unit)


def _any_at_all(c: Comparison) -> bool:
    """'at least one', 'more than zero': true of any number of them but none."""
    return c.upper is None and (c.op, c.value) in ((">=", 1), (">", 0))


@dataclass
class EventParts:
    """A segment's behaviour words, each span with the meaning it has as that kind."""
    explicit: list[tuple[Span, Meaning]] = field(default_factory=list)     # event names ('bought online')
    kinds: list[tuple[Span, Meaning]] = field(default_factory=list)        # kinds of event ('purchase')
    qualifiers: list[tuple[Span, Meaning]] = field(default_factory=list)   # 'in store', 'online'
    dims: list[tuple[Span, Meaning]] = field(default_factory=list)         # dimension values ('shoes')
    cols: list[tuple[Span, Meaning]] = field(default_factory=list)         # an event's columns ('basket')
    siblings: list[str] = field(default_factory=list)     # events of the kind a coordinated qualifier names




class Parser:
    def __init__(self, catalog: Catalog, lexicon: Lexicon, words: ModuleType | None = None):
        """`words`: the request's language module (lang_fr ...); its own words are read beside English's."""
        self.catalog, self.lexicon, self.words = catalog, lexicon, words

        def own(name: str, default):
            return getattr(words, name, default) if words is not None else default
        spend_words, latest_words = own("SPEND_WORDS", frozenset()), own("LATEST_WORDS", ())
        joined_words = own("JOINED_WORDS", JOINED_WORDS)
        # 'a', 'an': an amount said of one event is each event's; the language's own, as typed and inside the catalog
        # phrases it keeps ('passé une commande de plus de 70 €' was the orders' total, silently); and those that say
        # it wherever the amount is ('single', 'un seul')
        self.one_event_words = ONE_EVENT_WORDS | own("ONE_EVENT_WORDS", frozenset())
        self.one_event_alone = ONE_EVENT_ALONE | own("ONE_EVENT_ALONE", frozenset())
        # 'web buyers under 30': their age (the language's, as typed)
        self.people_nouns = PEOPLE_NOUNS | own("PEOPLE_NOUNS", frozenset())
        # the language's own, as its words read ('n'a' is "'' at")
        self.state_links = STATE_LINKS | own("STATE_LINKS", frozenset())
        # a value typed as a past participle is a state ('delivered', 'livrée'): the language's endings, as typed
        self.participle_endings = tuple(dict.fromkeys(PAST_PARTICIPLE_ENDINGS + own("PARTICIPLE_ENDINGS", ())))
        # a behaviour said as how another happened ('by clicking', 'en cliquant'): each language's lead and ending
        self.manner_leads = MANNER_LEADS | own("MANNER_LEADS", {})
        self.spend_words = SPEND_WORDS | spend_words          # the language's own, for catalog words it keeps
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
        self.day_habits = own("DAY_HABITS", frozenset())     # 'surtout le week-end': the language's own, as typed
        self.month_habits = own("YEAR_MONTH_HABITS", frozenset())    # 'habituellement en décembre'
        self.dimension_words = dimension_words(catalog)
        for key, meanings in lexicon.phrases.items():     # the catalog's words for a dimension ('marques', 'brands')
            dims = {m.dim for m in meanings if m.kind == "dimension"}
            if len(dims) == 1 and all(m.kind == "dimension" for m in meanings):
                self.dimension_words.setdefault(key, dims.pop())
        self.counted_words = counted_words(lexicon.phrases, NAME_WORDS | own("NAME_WORDS", frozenset())) \
            | self.dimension_words
        self.counted_by_first = by_first(self.counted_words)     # looked for after every count, in their order
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
    def parse(self, tokens: list[Token], as_of: dt.date, request: str = "") -> Parsed:
        self.tokens, self.norms, self.as_of, self.request = tokens, [t.norm for t in tokens], as_of, request
        self.out = Parsed()
        self.unvoiced: set[int] = set()     # value verbs said in the voice of no event they name: never a typo's
        self.name_notes: list[tuple[Span, str]] = []     # said only when the part of a name is read (not a title's)
        for t in tokens:    # '1.500 points': a decimal written as thousands are elsewhere ('1.500' is 1,500 in French)
            if t.number is not None and not float(t.number).is_integer() and THOUSANDS_DOT.fullmatch(t.text):
                self.out.notes.append(NOTES["decimal_dot"].format(typed=t.text, n=f"{t.number:g}"))
        spans = self._with_names(tokens, self._with_goods_nouns(self.lexicon.scan(tokens)))
        spans = self._values_of_the_column_said(self._passive_auxiliaries(self._with_slots(spans)))
        spans = self._verbs_in_their_voice(self._columns_said_on_file(spans))
        in_span = {i for s in spans if s.of("value", "dimvalue") for i in range(s.start, s.end)}
        places = {s.start: s.end for s in spans if s.of("value", "dimvalue")}
        births = find_births(tokens, as_of, places) if self.birth_columns else []
        in_span |= {i for c in births for i in range(c.start_tok, c.end_tok)}
        # 'in December of any year', 'every summer': months of any year of the behaviour said in their clause
        # (_finish_event), never a window; 'in December' alone is one (the latest December)
        self.year_months = [m for m in find_months(tokens, in_span) if not self._of_a_birth(spans, m.start_tok)]
        in_months = {i for m in self.year_months for i in range(m.start_tok, m.end_tok)}
        found_windows = [w for w in find_windows(tokens, as_of)
                         if not (in_span | in_months) & set(range(w.start_tok, w.end_tok))]
        # 'since then': after the period named before it ends, or after the behaviour before (_after_the_one_before)
        self.since_then = {(w.start_tok, w.end_tok) for w in found_windows if w.anaphora == "after"}
        windows = resolve_anaphora(found_windows)
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
        rankings = find_rankings(tokens)
        self.out.bands = [r.start_tok for r in rankings if r.band]
        taken = {i for s in spans for i in range(s.start, s.end)} | {i for w in windows for i in range(w.start_tok, w.end_tok)}
        taken |= on_days
        taken |= {i for r in rankings for i in range(r.start_tok, r.end_tok)}
        taken |= {i for r in rankings if r.said for i in range(*r.said)}
        taken |= {i for c in births for i in range(c.start_tok, c.end_tok)}
        comparisons = sorted(find_comparisons(tokens, taken) + births, key=lambda c: c.start_tok)
        blocked = taken | {i for c in comparisons for i in range(c.start_tok, c.end_tok)}
        blocked |= {i for a, b in read for i in range(a, b)}
        blocked |= equatives(self.norms, comparisons)      # 'twice as much online as in store': no vague 'much'
        self.bounds = bounds_after_nouns(tokens, comparisons, blocked)
        blocked |= {i for _, b in self.bounds for i in range(*b)}
        # a title or an aside is not part of the audience: drop what was found inside it
        # the customers' own noun, also inside a longer phrase ('clients inactifs', a glossary term)
        people = frozenset(i for i, t in enumerate(tokens) if t.norm in self.people_words)
        ranked = frozenset(i for r in rankings for i in range(r.start_tok, r.end_tok))
        said = sentences(request, tokens) if request else []      # found once: each reader below needs them
        self.out.ignored = find_ignored(request, tokens, blocked, people, ranked, said) if request else Ignored()
        if request:
            taken = self.out.ignored.tokens
            self.out.ignored.asides += [a for a in self._no_restriction(spans, said) + self._restated(spans, said)
                                        if not set(a) & (taken | in_months)]    # '(any year)' said of months
        ignored = self.out.ignored.tokens
        titled = [s for s in spans if s.start in self.out.ignored.title]
        spans = [s for s in spans if s.start not in ignored]
        windows = [w for w in windows if w.start_tok not in ignored]
        rankings = [r for r in rankings if r.start_tok not in ignored]
        comparisons = [c for c in comparisons if c.start_tok not in ignored]
        blocked |= ignored
        grammar = {i for i, n in enumerate(self.norms) if n in MODIFIER_WORDS or n in NEGATIONS or n in CONNECTORS}
        for s in self._verbs_in_their_voice(self.lexicon.typo_spans(tokens, blocked | grammar | self.unvoiced), spans):
            # the word as the user typed it, read as the catalog writes it ('Lyonn' as 'Lyon', 'achté' as 'acheté')
            self.out.notes.append(NOTES["typo"].format(
                typed=tokens[s.start].text, value=self.lexicon.said.get((s.typo_of,), s.typo_of)))
            spans.append(s)
            blocked.add(s.start)
        spans.sort(key=lambda s: s.start)
        self.lexicon_spans = spans
        self.vague_tokens = self._vague_words(spans, blocked, {w.start_tok for w in windows})
        if not rankings:
            self._unranked_order()
        self.sentence_ends = {b for _, b in said} | bullets(request, tokens) if request else set()
        if self.out.ignored.named is not None:     # 'les lillois omnicanaux : achat en magasin ...'
            self.sentence_ends.add(self.out.ignored.named)
        # '(not app)', '(hors Paris)': a bracket opened by a negation is read on its own, never with its clause
        self.inline: set[int] = set()         # the markers read as a bracket with no brackets ('a store other than')
        brackets = self.brackets = self._negated_brackets(spans, blocked) + self._inline_narrowings(spans, blocked)
        self.narrowed: set[int] = set()       # the brackets read as narrowing the behaviour before them
        inside = self.bracketed = {k for b in brackets for k in range(b[0], self._bracket_end(b))}
        found = (spans, windows, comparisons, rankings, blocked)
        spans, windows, comparisons, rankings = ([x for x in xs if getattr(x, "start", getattr(x, "start_tok", -1))
                                                  not in inside] for xs in (spans, windows, comparisons, rankings))
        blocked = blocked | inside
        parts = self._split_exclusions(0, len(tokens), blocked)
        self.last_event: EventCondition | None = None
        self.own_time: set[int] = set()     # exclusions that never take the period of the behaviour before
        self.last_flag: FlagValueCondition | None = None
        self.birth_words: list[Span] = []
        self.aged = False
        outside = (spans, windows, comparisons, rankings, blocked)
        for start, end, excluding, marker in parts:
            target = self.out.exclusions if excluding else self.out.criteria
            self.excluding, self.exclusion_marker = excluding, marker
            stretches, shared = self._parallel_groups(start, end, blocked, spans) or (
                self._union(start, end, blocked, spans), None)
            if len(stretches) == 1:
                before = self.last_event
                conditions = self._part(start, end, outside)
                if excluding and self._state_not_yet_reached(before, conditions, start):
                    conditions = []
                elif excluding and not conditions:
                    conditions = self._not_both(before, start, end)
                    if not conditions:     # 'but not both' of nothing it can split: asked, never dropped
                        self.out.used.difference_update(range(start - len(marker), end))
                        self.out.unread.update(k for k in range(start - len(marker), end) if self.norms[k] != ",")
                if excluding:
                    conditions = self._value_of_the_one_before(before, conditions, start)
                if excluding and marker in CONCORD_MARKERS:
                    self._period_said_after_without(conditions, before)
                if excluding and marker not in CONTINUING_MARKERS | CONCORD_MARKERS:
                    self.own_time.update(id(c) for c in conditions)     # 'except unsubscribers': a group of its own
                if excluding and len(conditions) > 1 and not self._separate(conditions):
                    # 'except VIPs in Italy', 'sauf les clientes italiennes': one group, those who are both
                    conditions = [OrCondition(min(c.start_tok for c in conditions), max(c.end_tok for c in conditions),
                                              groups=[conditions])]
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
                self._contradictions(target)
        self._read_brackets(brackets, found)
        self._negation_in_window()
        self._dated_values(windows)
        self.out.vague = [(w.start_tok, w.end_tok) for w in windows if w.vague and w.start_tok in self.out.used]
        self._untracked(self.out.criteria + self.out.exclusions)
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
        # 'SMS opt-in required': the word says the condition is required, as every criterion is
        self.out.used |= {i for i, n in enumerate(self.norms) if n in REQUIRED_WORDS and i - 1 in self.out.used}
        # an 'or' between two values of one attribute ('in Paris or Lyon') was read: never reported as dropped
        self.out.used |= {i for i, n in enumerate(self.norms) if n == "or" and self._lists_values(i, spans)}
        self._title_restrictions(titled, spans)
        self._codes_said_as_words(found[3])
        return self.out

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
            self.out.notes.append(NOTES["none_in_the_total"].format(
                words=self._words(c.start_tok, c.end_tok), events=events, amount=a.describe()))

    def _negated_brackets(self, spans: list[Span], blocked: set[int]) -> list[tuple[int, int, int, tuple[str, ...]]]:
        """The brackets opened by a negation or an exclusion marker ('(not app)', '(excluding Paris)', '(hors web)'):
        each (its '(', where what it holds begins, its ')', the marker)."""
        out = []
        for i, norm in enumerate(self.norms):
            if norm != "(" or i in blocked or ")" not in self.norms[i + 1:]:
                continue
            close = self.norms.index(")", i + 1)
            j = i + 2 if self.norms[i + 1] == "who" and i + 2 < close else i + 1    # French '(ni web ni magasin)'
            marker = next((m for m in _EXCLUSIONS_BY_FIRST.get(self.norms[j], ())
                           if tuple(self.norms[j:j + len(m)]) == m), None) \
                or ((self.norms[j],) if self.norms[j] in NEGATIONS else None)
            if marker is not None and j + len(marker) < close:
                out.append((i, j + len(marker), close, marker))
        return out

    def _inline_narrowings(self, spans: list[Span], blocked: set[int]) -> list[tuple[int, int, int, tuple[str, ...]]]:
        """'bought in a store other than an outlet', 'dans une boutique hors outlet', 'in a store excluding Paris': an
        exclusion marker right after a behaviour's noun or place, with no comma, followed by one value of a
        dimension, says which of its values are meant, as a bracket does (read as an exclusion of everyone who ever
        bought in an outlet, it removed the very customers asked for, silently). Each as a bracket (its marker,
        where the value begins, where it ends, the marker)."""
        out = []
        for i, norm in enumerate(self.norms):
            marker = next((m for m in _INLINE_BY_FIRST.get(norm, ()) if tuple(self.norms[i:i + len(m)]) == m), None)
            if marker is None or i == 0 or i in self.sentence_ends or \
                    not any(s.end == i and s.of("event", "kindword", "qualifier") for s in spans):
                continue
            k = i + len(marker)
            while k < len(self.norms) and (self.norms[k] in DETERMINERS or self.norms[k] in LEADING_WORDS):
                k += 1
            # a value of a closed list only: the values meant are the others ('Paris' has no list to take it from)
            value = next((s for s in spans if s.start == k and s.of("dimvalue") and all(
                self.catalog.column(m.column).values for m in s.of("dimvalue"))
                and len({m.column for m in s.of("dimvalue")}) == 1), None)    # 'newsletter': channel or objective
            if value is not None and not blocked & set(range(i, k)):
                out.append((i, i + len(marker), value.end, marker))
                self.inline.add(i)
        return out

    def _bracket_end(self, bracket: tuple) -> int:
        """Where a bracket's words end: past its ')', or past the value of a bracket with no brackets."""
        return bracket[2] + (bracket[0] not in self.inline)

    def _read_brackets(self, brackets, found: tuple) -> None:
        """'a website order (not app)', 'bought in store (not online)', 'in France (not Paris)', 'shoes (excluding
        Nike)': a bracket opened by a negation says which values of the behaviour said right before it are meant
        (a closed list of values, or the events of its kind, less those it holds: restated or narrowed, never the
        behaviour negated); else it excludes what it holds, and only that (read with its clause, the negation was
        the whole clause's, or the exclusion ran past the bracket to the end of the request)."""
        for open_, start, close, marker in brackets:
            self._use(open_, start)
            self._use(close, self._bracket_end((open_, start, close, marker)))
            if open_ in self.narrowed:
                continue
            self.excluding, self.exclusion_marker = True, marker
            self.last_event = None
            excluded = self._part(start, close, found)
            if not excluded:      # '(not both)': nothing read is excluded silently; asked
                self.out.used.difference_update(range(open_, self._bracket_end((open_, start, close, marker))))
                self.out.unread.update(range(start - len(marker), close))
            if len(excluded) > 1:  # '(no purchase for 12 months, in store or online)': one aside, those who are all
                excluded = [OrCondition(excluded[0].start_tok, excluded[-1].end_tok, groups=[excluded])]
            self.out.exclusions.extend(excluded)

    def _narrow_by_brackets(self, seg: Segment, out: list[Condition]) -> None:
        """The brackets of the segment that narrow the behaviour just read before them, narrowed now: a clause
        after it ('... (not app) with the code SUMMER20') continues the narrowed behaviour."""
        for open_, start, close, marker in self.brackets:
            c = next((c for c in reversed(out) if isinstance(c, EventCondition) and c.start_tok < open_), None)
            if not seg.start <= open_ < seg.end or c is None or open_ in self.narrowed:
                continue
            held = [s for s in self.lexicon_spans if start <= s.start and s.end <= close]
            if marker == ("neither",) and self._restates_channels(c, held, start, close) or \
                    self._narrow(c, held, start, close):
                self.narrowed.add(open_)

    def _holds_only(self, held: list[Span], start: int, close: int, grammar: frozenset[str]) -> bool:
        """Does the bracket [start, close) hold nothing but the spans `held`, leading words and `grammar`?"""
        covered = {k for s in held for k in range(s.start, s.end)}
        return all(self.norms[k] in LEADING_WORDS or self.norms[k] in grammar for k in range(start, close)
                   if k not in covered)

    def _restates_channels(self, c: EventCondition, held: list[Span], start: int, close: int) -> bool:
        """'no purchase (neither online nor in store)', 'aucun achat (ni web ni magasin)': the channels a negated
        behaviour covers, said again; it covers those (read as a 'nor' list, it excluded the customers who did
        both, of any time, silently)."""
        if not self._holds_only(held, start, close, frozenset({"nor", "or", ","})):
            return False
        named = {m.event for s in held for m in s.of("qualifier") if m.event in c.events}
        if not named or any(not any(m.event in c.events for m in s.of("qualifier")) for s in held):
            return False
        c.events = tuple(e for e in c.events if e in named)
        self._use(start, close)
        return True

    def _narrow(self, c: EventCondition, held: list[Span], start: int, close: int) -> bool:
        """The behaviour `c` without what the bracket holds: its events of the kind less those a qualifier names
        ('in store (not online)'); a dimension's values less those said: of the values said before it (none left
        out: 'website (not app)', 'in Lyon (not Paris)' restate them), or of its closed list ('(not a newsletter)':
        any other objective). A value of the behaviour it cannot leave out (no list: 'shoes (not Nike)') is asked.
        False when the bracket holds anything else (read as an exclusion), or would leave nothing."""
        if not self._holds_only(held, start, close, frozenset(self.lexicon.determiners) | {"of"}):   # "(pas d'email)"
            return False
        events, dims, asked = list(c.events), dict(c.dims), False
        for s in held:
            named = [m for m in s.of("qualifier") if m.event in events and len(events) > 1] or \
                [m for m in s.of("qualifier") if m.event not in events and
                 {self.catalog.events[m.event].kind} == {self.catalog.events[e].kind for e in events}]
            if named:
                events = [e for e in events if e not in {m.event for m in named}]
                continue
            values = [m for m in s.of("dimvalue") if m.dim and all(
                m.dim in self.catalog.events[e].dimensions
                and self.catalog.events[e].dimensions[m.dim].column == m.column for e in events)]
            if not values and s.of("dimvalue", "qualifier"):
                asked = True    # 'visited the site (not the app)': a value of other behaviours, not this one's
                continue
            if not values:
                return False
            left = next((kept for m in values if (kept := self._values_left(m, dims))), None)
            if left is None:
                asked = True
                continue
            dims[left[0]] = left[1]
        if not events or asked:
            if asked:       # 'shoes (not Nike)': a brand other than Nike is no list the catalog holds
                self.out.unread.update(range(start, close))
            return asked
        c.events, c.dims = tuple(events), dims
        self._use(start, close)
        return True

    def _values_left(self, m: Meaning, dims: dict) -> tuple[str, tuple] | None:
        """The dimension's values said before (or, none said, its closed list) less `m`'s; None when none is left
        or no list holds them."""
        said = dims.get(m.dim)
        pool = said if said is not None else tuple(self.catalog.column(m.column).values)
        left = tuple(v for v in pool if v not in m.values)
        return (m.dim, left) if left else None

    def _ranking_bases(self) -> None:
        """'top 200 Texas customers' is ranked among the customers the other criteria keep; 'in the top 20%' among
        all customers. A share is ranked among the customers said inside its phrase or after 'among' ('top 10% of
        our Canadian customers', '... among our French customers'), then the other criteria filter; a profile
        criterion said apart ('top 5% of spenders, Italian customers only') may have been meant as its base: noted."""
        criteria = self.out.criteria
        if not any(ranking(c) for c in criteria):     # 'who has a phone on file among our Lyon customers': a filter
            self.out.used |= {i for i, n in enumerate(self.norms) if n in AMONG_WORDS}
        for c in [c for c in criteria if ranking(c)]:
            # never another ranking of the same kind (two rankings each among the other would never end)
            others = [o for o in criteria if o is not c and not (ranking(o) and (share(c) or not share(o)))]
            said = [o for o in others if self._said_among(o, c) or self._said_of_the_share(o, c)]
            inside = [o for o in others if c.start_tok <= o.start_tok and o.end_tok <= c.end_tok or o in said]
            band = any(c.start_tok <= b < c.end_tok for b in self.out.bands)
            if not share(c) and not band:
                c.among = others
                continue
            c.among = inside
            apart = [o for o in others if o not in inside and not isinstance(o, (EventCondition, OrCondition))]
            if apart and not band:
                self.out.notes.append(NOTES["ranked_among"].format(
                    share=self._words(c.start_tok, c.end_tok),
                    others="', '".join(self._words(o.start_tok, o.end_tok) for o in apart)))

    def _said_of_the_share(self, c: Condition, ranked: Condition) -> bool:
        """'the 10% of our French customers who spent the most', 'les 10 % de nos clients français qui ont le plus
        dépensé': the condition said between the share's 'of' and its ranking is whom it is ranked among."""
        return any(ranked.start_tok <= r.start_tok < ranked.end_tok and r.said[1] < len(self.norms)
                   and self.norms[r.said[1]] == "of" and r.said[1] < c.start_tok and c.end_tok <= ranked.start_tok
                   for r in self.shares_said)

    def _said_among(self, c: Condition, ranked: Condition) -> bool:
        """'among our French customers', 'parmi nos clients espagnols', 'Parmi nos clients qui résident en Allemagne,
        donne-moi les 50 qui ...': the condition is said as a ranking's base, in the clause 'among' opens (up to a
        break, a sentence's end or the ranking)."""
        k = c.start_tok - 1
        while k >= 0 and self.norms[k] not in AMONG_WORDS:
            if self.norms[k] in CLAUSE_EDGES or k + 1 in self.sentence_ends or k == ranked.start_tok:
                return False
            k -= 1
        if k >= 0:
            self._use(k, k + 1)
            return True
        return False

    def _words(self, a: int, b: int) -> str:
        return self.request[self.tokens[a].start:self.tokens[b - 1].end] if self.request else \
            " ".join(t.text for t in self.tokens[a:b])
    def _codes_said_as_words(self, rankings: list[Ranking]) -> None:
        """'clients en CA': an abbreviation the language reads as a measure (chiffre d'affaires) that is also a code
        the catalog stores (Canada's 'CA') is the measure only as the basis of a ranking ('les 25 meilleurs clients en
        CA'). Elsewhere it is asked: read as the measure it became 'has bought' ('VIP en CA'), typed as the pronoun
        'ça' it was nothing ('clients du CA': everyone), each silently."""
        abbreviations = getattr(self.words, "CODE_ABBREVIATIONS", frozenset())
        if not abbreviations or any(r.start_tok in self.out.used for r in rankings):
            return
        codes = self.codes
        for i, t in enumerate(self.tokens):
            said = t.text.split()      # typed in capitals, or rewritten with the word before ('en ca': by spend)
            if not said or fold(said[-1]) not in abbreviations or said[-1].upper() not in codes \
                    or said[-1] != said[-1].upper() and len(said) == 1:
                continue
            j = i + 1
            while j < len(self.tokens) and not self.tokens[j].text:     # the rest of the words it was rewritten to
                j += 1
            if not self.out.criteria and not self.out.exclusions:
                self.out.unread.update(range(i, j))      # nothing else read ('notre CA par pays'): not understood
                self.out.used.difference_update(range(i, j))
                continue
            self.out.unclear.append((i, j, "code"))
            self._use(i, j)

    def _title_restrictions(self, titled: list[Span], spans: list[Span]) -> None:
        """A value of the customer a title names ('Week-end VIP outlet :', 'Lille shoppers -') is not a criterion,
        like every word of a title; unless the request says it again, a note names it, so that an audience the
        title narrows is never answered wider without a word. A word that also names a channel of behaviour ('App
        push test') is the campaign's."""
        # said again by the value, whichever attribute reads it there ('App push test - ... through the app')
        said = {v for s in spans if self._used(s) for m in s.of("value", "dimvalue") for v in m.values}
        for s in titled:
            if s.of("qualifier", "event", "kindword"):     # 'App push test', 'Store opening': the campaign's channel
                continue
            values = [m for m in s.of("value") if m.column.rsplit(".", 1)[0] == self.entity_table]
            words = " ".join(t.text for t in self.tokens[s.start:s.end])
            if values and not any(v in said for m in values for v in m.values):
                self.out.notes.append(NOTES["title_value"].format(words=words, label=values[0].label))
            # a term of the glossary ('Lapsed customers - ...') defines customers as much as a value does
            terms = [m for m in s.of("glossary") if not any(o is not s and self._used(o) and m in o.of("glossary")
                                                            for o in spans)]
            if terms and not values:
                self.out.notes.append(NOTES["title_value"].format(words=words, label=terms[0].label))

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
        return out

    def _entity_values(self, t: Span, columns: set[str] | None = None) -> list[Meaning]:
        """The customer's own values the phrase's noun names, without its preposition and determiner ('via l'appli':
        'appli'), of `columns` (or of any customer attribute)."""
        return next((own for k in range(t.start + 1, t.end) if (own := [
            m for m in self.lexicon.phrases.get(tuple(self.norms[k:t.end]), []) if m.kind == "value" and (
                m.column in columns if columns is not None else m.column.rsplit(".", 1)[0] == self.entity_table)])), [])

    def _rated_said_of_an_average(self) -> None:
        """'une note moyenne inférieure à 2,5 (sur les tickets notés)': the events that have a score, said of an
        average of that score, says nothing more (an average is of the scored ones); said of a count it stays asked."""
        if any(isinstance(c, EventCondition) and c.average and c.measure for c in self.out.criteria):
            for k, norm in enumerate(self.norms):
                counted = any(self.tokens[j].number is not None for j in range(max(k - 3, 0), k))   # '2 tickets notés'
                if norm in RATED_WORDS and k not in self.out.used and not counted:
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
        # each head matched once a place, then every phrase it heads tried there
        tries = sorted((k, i) for i, n in enumerate(norms) for head, places in by_first.get(n, ())
                       if i < len(norms) - len(head) and tuple(norms[i:i + len(head)]) == head for k in places)
        starting: dict[int, list[Span]] = {}      # the spans by their first token, looked up at each place
        for s in spans if tries else ():
            starting.setdefault(s.start, []).append(s)
        places: dict[tuple[int, int], tuple[int, int, int]] = {}     # what fills the place after a head, once
        # each phrase tried only where its first word is, in the order phrase by phrase, place by place
        for k, i in tries:
            head, tail, meanings = slotted[k]
            if covered & set(range(i, i + len(head))):
                continue
            if (i, len(head)) not in places:
                places[(i, len(head))] = self._slot_place(i + len(head), starting)
            g, values, things = places[(i, len(head))]
            # the place holds values ('beauty products'), or another word for a thing ('added an item to their
            # cart' is the catalog's 'added something to their cart')
            if not (values or things) or tuple(norms[g:g + len(tail)]) != tail:
                continue
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
        their own, between clause edges, restrict nothing: an aside, never a word asked about."""
        starts, ends = {a for a, _ in said}, {b for _, b in said}
        out = []
        for i, norm in enumerate(self.norms):
            if norm not in ANY_WORDS or not (i in starts or self.norms[i - 1] in CLAUSE_EDGES):
                continue
            k = i + 1
            while (value := next((s for s in spans if s.start == k and s.of("value", "dimvalue")), None)):
                k = value.end
            noun = next((s.end for s in spans if s.start == k and s.of("column")), None) or \
                next((k + len(w) for w in self.dimension_words if tuple(self.norms[k:k + len(w)]) == w), None)
            if noun is not None and (noun in ends or noun == len(self.norms) or self.norms[noun] in CLAUSE_EDGES):
                out.append(list(range(i, noun)))
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
                    any(self.norms[k] not in LEADING_WORDS for k in range(i + 1, close) if k not in covered):
                continue
            start = max((a for a, _ in said if a <= i), default=0)
            if "or" in self.norms[start:i]:
                continue     # 'in Lyon or Paris (Lyon)': the bracket may pick one of the values said before
            before = {(m.column, m.values) for s in spans if start <= s.start and s.end <= i
                      for m in s.of("value", "dimvalue")}
            if all(any((m.column, m.values) in before for m in s.of("value", "dimvalue")) for s in inside):
                out.append(list(range(i + 1, close)))
        return out

    def _with_names(self, tokens: list[Token], spans: list[Span]) -> list[Span]:
        """Part of a name typed as a name ('the Rivoli flagship', 'the Black Friday 2025 email') reads as every
        value of the data it is part of, said in a note; it takes in the shorter phrases inside it."""
        for part, inside in self.lexicon.name_parts(tokens, spans):
            spans = [s for s in spans if s not in inside] + [part]
            m = part.meanings[0]
            values = ", ".join(f"'{v}'" for v in m.values[:4]) + (f" and {len(m.values) - 4} more" if len(m.values) > 4 else "")
            words = self.request[tokens[part.start].start:tokens[part.end - 1].end] if self.request else \
                " ".join(t.text for t in tokens[part.start:part.end])
            what = (m.dim or _column_name(m.column)).replace("_", " ")
            self.name_notes.append((part, NOTES["name_part"].format(words=words, what=what, values=values)))
        for s in spans:
            self._name_it_starts(tokens, s)
        return sorted(spans, key=lambda s: s.start)

    def _name_it_starts(self, tokens: list[Token], span: Span) -> None:
        """'la campagne Reactivation d'avril': a word typed as a name, read as a value it is only another word for
        (the objective 'win-back'), that also starts names in the data ('Reactivation Apr 2026 - sms'): the reading
        is said with the names, since the marketer may mean one of them (read as the objective, a campaign whose
        sends ran past the month was lost, silently). A value's own word ('Nike', the brand) needs no note."""
        starts = self.lexicon.name_starts.get(tuple(self.norms[span.start:span.end]), [])
        read = [m for m in span.of("value", "dimvalue") if m.values]
        if not starts or not read or not typed_as_name(tokens[span.start:span.end]) or \
                any(self.lexicon.key(v) == tuple(self.norms[span.start:span.end]) for m in read for v in m.values):
            return
        m = starts[0]
        words = " ".join(t.text for t in tokens[span.start:span.end])
        names = ", ".join(f"'{v}'" for v in m.values[:3]) + (f" and {len(m.values) - 3} more" if len(m.values) > 3 else "")
        self.name_notes.append((span, NOTES["name_start"].format(
            words=words, reading=" or ".join(dict.fromkeys(r.label or ", ".join(r.values) for r in read)),
            what=(m.dim or _column_name(m.column)).replace("_", " "), values=names)))

    def _spend_in_a_window(self, spans: list[Span], windows: list[Window]) -> list[Span]:
        """'total spend in 2025', 'whose last purchase was in May': an indicator said in spend words or of the
        latest event right beside a window is the spend over that window (the events' amounts), or the latest event
        in it, since an indicator has no window to set; so is the latest event said to be of a kind ('whose last
        purchase was online'); elsewhere it stays the indicator."""
        def windowless(s: Span) -> bool:
            words = self.norms[s.start:s.end]
            return bool(s.meanings) and all(m.kind == "indicator" for m in s.meanings) and \
                (any(w in self.spend_words for w in words) or any(w in self.latest for w in words))

        def beside(s: Span, w: Window) -> bool:
            k = s.end
            while k < w.start_tok and self.norms[k] in COPULAS:
                k += 1
            return w.start_tok == k or w.end_tok == s.start

        amounts: list[int] = []

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
                # its words read one by one ('total' a modifier, 'spend' the amount of purchases)
                out += [Span(i, i + 1, list(self.lexicon.phrases[(self.norms[i],)])) for i in range(s.start, s.end)
                        if self.lexicon.phrases.get((self.norms[i],))]
            else:
                out.append(s)
        return out

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
            out.append(s if (start, end) == (s.start, s.end) else Span(start, end, s.meanings, s.typo_of))
        return out

    def _vague_words(self, spans: list[Span], blocked: set[int], periods: set[int] = frozenset()) -> set[int]:
        """'a few times', 'a lot', 'in a while', 'nothing but', 'only' next to a behaviour: recorded to be asked,
        and kept from the grammar that would read them silently (a negation, a light word)."""
        behaviour = ("event", "kindword", "qualifier", "dimvalue")
        starts = {s.start for s in spans if s.of(*behaviour)}
        ends = {s.end for s in spans if s.of(*behaviour)}
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
            if phrase is None or phrase in NEAR_BEHAVIOUR and not self._near_behaviour(i, len(phrase), starts, ends) \
                    or phrase == ("then",) and i > 0 and self.norms[i - 1] == "since" \
                    or phrase in BEFORE_NUMBER and not self._before_number(i + len(phrase)) \
                    and not (self._after_number(i) and self._ends_clause(i + len(phrase))) \
                    or phrase in AFTER_NUMBER and not self._after_number(i):
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
            if len(said) > 1 and said[0] in SHARE_PICKS and (i in inside or i + 1 in starts or {i - 1, i, i + 1} & periods):
                self.out.unclear.append((i, i + 1, "share"))
        return out

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

    def _after_number(self, i: int) -> bool:
        """Is a number said right before i, or before its unit ('30 or so', '500 € environ', '30 ans environ')?"""
        return any(t.number is not None for t in self.tokens[max(0, i - 3):i])

    def _ends_clause(self, j: int) -> bool:
        return j >= len(self.norms) or self.norms[j] in CLAUSE_EDGES or self.norms[j] in CONNECTORS

    def _before_number(self, j: int) -> bool:
        """Is a number said at j ('around 30', 'about €100')?"""
        j += j < len(self.tokens) and self.norms[j] in CURRENCY
        return j < len(self.tokens) and self.tokens[j].number is not None

    def _near_behaviour(self, i: int, n: int, starts: set[int], ends: set[int]) -> bool:
        """Is the phrase at [i, i + n) said next to a behaviour: before it ('only bought', 'every email', 'most of
        our emails') or after it ('shoes only', 'beauty products only')?"""
        j = i + n
        # the catalog language's determiners, and English ones another language's words were read as ('leurs')
        while j < len(self.norms) and (self.norms[j] in self.lexicon.determiners or self.norms[j] in DETERMINERS) \
                and j not in starts:
            j += 1
        k = i
        while k > 0 and self.norms[k - 1] in THING_NOUNS:
            k -= 1
        # 'bought in each category': a share of a behaviour's dimension (its noun is read as part of the behaviour)
        dimension = any(tuple(self.norms[j:j + len(w)]) == w for w in self.dimension_words)
        return j in starts or k in ends or i in ends or dimension   # a category span may hold its goods noun

    def _part(self, start: int, end: int, found: tuple, fresh: bool = False) -> list[Condition]:
        """The conditions of one stretch, ANDed; an 'either A or B' inside it becomes one OR condition."""
        spans, windows, comparisons, rankings, blocked = found
        if fresh:
            self.last_event = None
        out: list[Condition] = []
        anded, sides = self._disjunction(start, end, spans, blocked, comparisons + windows)
        for a, b in anded:
            out.extend(self._conditions(a, b, spans, windows, comparisons, rankings, blocked))
        if sides:
            # ', or in store since September': a side of modifiers only continues the behaviour before it
            groups = [self._conditions(a, b, spans, windows, comparisons, rankings, blocked,
                                       fresh=k == 0 or not self._continues(a, b, spans))
                      for k, (a, b) in enumerate(sides)]
            groups = [g for g in groups if g]
            if len(groups) > 1:
                self._period_said_once([c for g in groups for c in g if isinstance(c, EventCondition)], said="or")
                out.append(OrCondition(groups[0][0].start_tok, groups[-1][-1].end_tok, groups=groups))
            else:
                out.extend(c for g in groups for c in g)
        return out

    def _separate(self, conditions: list[Condition]) -> bool:
        """Conditions of one exclusion said apart ('except VIPs and Italians', 'sauf les VIP, les Italiens'): each
        excluded on its own; said together ('except VIPs in Italy') they are one group."""
        ordered = sorted(conditions, key=lambda c: c.start_tok)
        return any(w in SEPARATORS for a, b in zip(ordered, ordered[1:]) for w in self.norms[a.end_tok:b.start_tok])

    def _continues(self, a: int, b: int, spans: list[Span]) -> bool:
        inside = [s for s in spans if a <= s.start < b and not s.of("entity")]
        return bool(inside) and all(s.of("qualifier") and not s.of("event", "kindword", "glossary", "indvalue",
                                                                  "table") for s in inside)

    def _union(self, start: int, end: int, blocked: set[int], spans: list[Span]) -> list[tuple[int, int]]:
        """The stretches a union marker ('plus anyone who', 'as well as those who', 'VIP customers plus gold
        customers') separates."""
        cuts, i = [], start + 1
        while i < end:
            if self.norms[i] not in _UNIONS_BY_FIRST:       # most words open no marker: passed over at once
                i += 1
                continue
            marker = next((m for m, pronouns in _UNIONS_BY_FIRST[self.norms[i]]
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
            if not mine or any(self.norms[k] not in LEADING_WORDS for k in range(i + 1, first.start)):
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
        tail = self.request[self.tokens[last[1].start_tok].start:self.tokens[last[-1].end_tok - 1].end]
        value = self.request[self.tokens[last[0].start_tok].start:self.tokens[last[0].end_tok - 1].end]
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
                elif isinstance(a, CompareCondition) and a.age == b.age and _disjoint(a.comparison, b.comparison):
                    self.out.contradictions.append((a.start_tok, a.end_tok, b.start_tok, b.end_tok))

    def _conditions(self, start, end, spans, windows, comparisons, rankings, blocked, fresh=False) -> list[Condition]:
        """The conditions of one stretch of the request, ANDed; `fresh` starts without an inherited event."""
        if fresh:
            self.last_event = None
        prior = self.last_event          # the behaviour said before this stretch ('... but who bought none of it')
        out = []
        for seg in self._segments(start, end, spans, windows, comparisons, rankings, blocked):
            for c in self._read(seg, self.last_event):
                c = self._place_said_again(c, seg)
                if isinstance(c, EventCondition) and (self._of_the_edge(c, seg) or self._state_of_the_one_before(c)):
                    continue
                if isinstance(c, EventCondition):
                    self._negated_state(c)
                    if self._said_of_the_counted(c, seg, out):
                        continue
                out.append(c)
                if isinstance(c, EventCondition):
                    self._before_the_one_before(c, out)
                    self._said_as_the_manner(c, out)
                    self._said_as_a_purpose(c)
                    self._amount_in_compared_window(c, out)
                    self._counted_in_window(c, self.last_event, seg)
                    self._after_the_one_before(c, self.last_event, seg)
                    self.last_event = c
        self._both(start, end, out)
        out = self._each(out)
        self._period_said_once(out)
        if any(self.norms[i] in NEGATING_CONNECTORS for i in range(start, end)):
            # 'neither opened an email nor bought anything in the last 6 months': one window for both
            events = [c for c in out if isinstance(c, EventCondition) and c.negated]
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
                        if all(dim in self.catalog.events[e].dimensions for e in c.events):
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

    def _negation_in_window(self) -> None:
        """'visited the site last week but didn't order', 'added to cart in the last 7 days without ordering': a
        behaviour negated right after a behaviour with a period, in the same sentence, with no period or count of its
        own, is negated in that period (said in a note); so is one excluded by 'without', 'but not' or 'but no' (not
        by 'except', 'hors': a group of its own). Read over all time it removed everyone who ever ordered, silently.
        'never', 'ever', 'yet', 'at all', 'since' keep their own reading, and so does what is had ('with an open
        ticket')."""
        said = sorted((c for c in self.out.criteria + self.out.exclusions if isinstance(c, EventCondition)),
                      key=lambda c: c.start_tok)
        excluded = {id(c) for c in self.out.exclusions}
        for before, c in zip(said, said[1:]):
            negated = c.negated or id(c) in excluded
            if not negated or id(c) in self.own_time or before.negated or id(before) in excluded or before.window is None or \
                    c.window is not None or c.count is not None or c.after or c.amount is not None or c.average:
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
        # '..., ticket clôturé', '..., ticket closed': the event named again after a comma, with only a state of its
        # own, is the same event (said in a note); read apart, it was any closed ticket, of any time
        apposed = between == [","] and not c.negated and c.window is None
        pointed = pointed or apposed
        # 'that is still open'; 'created this quarter and still unresolved', 'et toujours non résolus': 'and' with a
        # state adverb continues the same event (read apart, any open ticket of any time, silently)
        linked = bool(between) and (between[0] in RELATIVE_WORDS or between[0] == "and"
                                    and bool(set(between[1:]) & STATE_ADVERBS)) \
            and all(n in self.state_links for n in between[1:])
        if not pointed and not linked:
            return False
        if not pointed and self._names_behaviour(c.start_tok, c.end_tok):   # 'who have never ordered through the app'
            return False
        new = {d: v for d, v in c.dims.items() if before.dims.get(d) != v}
        if not new or (c.negated and len(new) != 1):
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

    def _not_both(self, before: EventCondition | None, start: int, end: int) -> list[Condition]:
        """'bought Apple or Samsung but not both', 'mais pas les deux': those who did the behaviour with each of its
        values are excluded (one group: they did all). The words 'both' alone excluded nothing, silently."""
        words = [n for n in self.norms[start:end] if n not in DETERMINERS and n not in ("of", "them", ".", "!")]
        if not words or not set(words) <= BOTH | {"two"} or before is None or before.negated:
            return []
        listed = [(dim, values) for dim, values in before.dims.items() if len(values) > 1]
        if len(listed) != 1:
            return []
        dim, values = listed[0]
        self._use(start, end)
        each = [dataclasses.replace(before, dims={**before.dims, dim: (v,)}, start_tok=start, end_tok=end)
                for v in values]
        return [OrCondition(start, end, groups=[each])]

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
        if not values or not all(self.tokens[s.end - 1].text.lower().endswith(self.participle_endings) for s in values):
            return False      # 'but not yet Nike': a brand is no state the order reaches
        return len(c.dims) == 1 and all(d in before.dims and not set(v) & set(before.dims[d])
                                        for d, v in c.dims.items())

    def _value_of_the_one_before(self, before: EventCondition | None, conditions: list[Condition],
                                 start: int) -> list[Condition]:
        """'bought in store, except in Paris', 'sauf à Paris': a place alone excluded right after a behaviour that has
        a place of its own (its store's city) is where that behaviour happened, as 'bought in store in Paris' reads
        it: those who bought in a Paris store are left out (read as the customers' city, the stores were ignored,
        silently), with a note naming the other reading. Said with the customers' own words ('except those living in
        Paris', 'except customers from Paris') or as its people ('except Parisians'), it is their city. So is a
        channel said in place of the one before ('received an SMS but no email': no e-mail received, not the e-mail
        consent)."""
        if before is None or before.negated or len(conditions) != 1 \
                or not isinstance(c := conditions[0], ValueCondition) or c.negated:
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
                              f"{_column_name(c.column)} {' or '.join(c.labels)})")
        return [EventCondition(c.start_tok, c.end_tok, events=before.events, dims={**before.dims, dim: values},
                               window=before.window)]

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
                              f"{m.label} (it could also mean {_column_name(c.column)} {' or '.join(c.labels)})")
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
        if len(tables) != 1 or before.negated or c.negated or c.count is not None or c.amount is not None \
                or c.first or c.last or c.top is not None or c.rank is not None or c.average or c.measure \
                or before.window is not None and c.window is not None and c.window is not before.window:
            return False
        between = self.norms[before.end_tok:c.start_tok]
        if not between or between[0] not in RELATIVE_WORDS or not all(n in self.state_links for n in between[1:]):
            return False
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
        if set(c.events) < set(edge.events) or new_dims or amount is not None:
            edge.over = ranked     # what the first is taken among, before the clause narrows what it was
            edge.events = kept
        edge.dims.update(new_dims)
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
        for w in windows:
            j = w.end_tok
            if self.norms[w.start_tok] not in WITHIN_WORDS or w.amount is None or j >= len(self.norms) \
                    or self.norms[j] not in FOLLOW_LINKS \
                    or any(n in ("last", "past") for n in self.norms[w.start_tok:w.end_tok]):
                continue
            k = j + 1
            k += k < len(self.norms) and self.norms[k] in set(DETERMINERS) | POINTING_WORDS
            span = next((s for s in spans if s.start == k and s.of("event")), None)     # 'after this click'
            phrase = next((p for p in sorted(FOLLOW_ANCHORS, key=len, reverse=True)
                           if tuple(self.norms[j + 1:j + 1 + len(p)]) == p), None)
            if span is None and phrase is not None:
                named = self._events_named(FOLLOW_ANCHORS[phrase])
                out[w.start_tok] = (j, j + 1 + len(phrase), named)
            elif span is not None:
                end = span.end + (span.end < len(self.norms) and self.norms[span.end] in PRONOUNS)
                out[w.start_tok] = (j, end, frozenset(m.event for m in span.of("event")))
            elif self.norms[j] == "after" and (k >= len(self.norms) or self.norms[k] in CLAUSE_EDGES | CLAUSE_ENDS):
                out[w.start_tok] = (j, j + 1, frozenset())
            else:
                out[w.start_tok] = (j, j + 1, None)
        return out

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
        if not (within or order or since):
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
            if said and not (before.first or before.last):
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
        for u in order:
            self.out.unclear.remove(u)
        c.start_tok = min(c.start_tok, *(u[0] for u in order)) if order else c.start_tok

    def _object_of_the_one_before(self, c: EventCondition, before: EventCondition, seg: Segment,
                                  anchor: tuple | None) -> bool:
        """'ayant mis un produit Smeg en favoris depuis juin sans l'avoir acheté depuis': 'it' is the very product of
        the behaviour before, which an order of two behaviours cannot say (bought anything after it): asked."""
        said = range(anchor[0], anchor[1]) if anchor is not None else range(0)
        pointed = any(self.norms[i] in OBJECT_POINTERS and i not in said for i in range(seg.start, c.end_tok))
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

    def _said_of_the_counted(self, c: EventCondition, seg: Segment, out: list[Condition]) -> bool:
        """'three or more orders in the app, of over €100 each, in H1', 'at least 2 tickets with a score of 1': a
        clause after a comma (or 'with') that only says an amount, a period or a value of the behaviour, with no
        behaviour of its own, says it of the behaviour counted just before: folded into it (each event's amount,
        the count's period, the counted events' value). Read as behaviours of their own, the count was of any
        such event over all time and the amount a total, silently. True when folded."""
        before = self.last_event
        if before is None or before not in out or before.count is None or before.negated or c.negated or \
                seg.after not in (",", "", "with") or any(s.of("event", "kindword") for s in seg.spans) or \
                c.count is not None and not self._implied_count(c) or \
                c.events != before.events or any(c.dims.get(k) != v for k, v in before.dims.items()):
            return False
        dims = {k: v for k, v in c.dims.items() if k not in before.dims}    # 'at least 2 tickets with a score of 1'
        if not (c.amount or c.window or dims) or c.amount is not None and before.amount is not None or \
                c.window is not None and before.window is not None and c.window != before.window:
            return False
        before.amount = before.amount or c.amount
        before.window = before.window or c.window
        before.dims.update(dims)
        before.end_tok = max(before.end_tok, c.end_tok)
        return True

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
        start = _window_start(before.window, self.as_of)
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

    def _period_said_once(self, out: list[Condition], said: str = "and") -> None:
        """'achat en magasin ET achat en ligne depuis janvier', 'bought Nike and Adidas this year': a period said once,
        after the last of behaviours joined by 'and', is each one's (not only the last's; a behaviour said 'ever'
        keeps all time). Said of behaviours of different kinds ('bought ... and opened an e-mail ...') it could be
        meant for the last only: the note says so."""
        events = [c for c in out if isinstance(c, EventCondition)]
        if len(events) < 2 or events[-1].window is None or events[-1].negated:
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
            if c.window is not None or c.negated or without or said not in between or run[0].after is not None or \
                    capped and (c.events, c.dims) == (last.events, last.dims) or any(
                    o not in run and c.end_tok <= o.start_tok < run[0].start_tok for o in out) or any(
                    MODIFIER_WORDS.get(n) == "ever" for n in self.norms[c.start_tok:c.end_tok]):
                break
            run.insert(0, c)
        kinds = {self.catalog.events[e].kind for e in last.events}
        for c in run[:-1]:
            c.window = last.window
            if {self.catalog.events[e].kind for e in c.events} != kinds:    # 'bought ... and opened an e-mail ...'
                words = self.request[self.tokens[c.start_tok].start:self.tokens[c.end_tok - 1].end]
                self.out.notes.append(NOTES["window_for_both"].format(period=last.window.text, words=words))

    def _disjunction(self, start: int, end: int, spans: list[Span], blocked: set[int], said: list = ()
                     ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """'either A or B', 'A, or B': the stretches ANDed as usual, and the sides of one OR between clauses.

        An 'or' between two values of one attribute or two qualifiers ('in store or online') is not a
        clause boundary: that stays one condition. The OR reaches from 'either' (or the part's start)
        to the end of its sentence (or of the part)."""
        either = next((i for i in range(start, end) if self.norms[i] == "either" and i not in blocked), None)
        for i in range(either + 1 if either is not None else start, end):
            if self.norms[i] != "or" or i in blocked or self._coordinates(i, spans) or \
                    (self.norms[i - 1] == "," and self._coordinates(i, spans, left=i - 1)):
                continue
            own = self._behaviours_apart(i, start, end, spans, said) if either is None else None
            if either is None and not (i > start and self.norms[i - 1] == ",") and own is None:
                continue
            scope_start = either if either is not None else own[0] if own is not None else start
            scope_end = min([b for b in self.sentence_ends if b > i] + [end] + ([own[1]] if own is not None else []))
            self.out.used.update({i} | ({either} if either is not None else set()) |
                                 ({i - 1} if self.norms[i - 1] == "," else set()))
            left_end = i - 1 if self.norms[i - 1] == "," else i
            anded = [(start, scope_start)] if scope_start > start else []
            if scope_end < end:
                anded.append((scope_end, end))
            first = scope_start + 1 if either is not None else scope_start
            return anded, [(first, left_end), (i + 1, scope_end)]
        return [(start, end)], []

    def _behaviours_apart(self, i: int, start: int, end: int, spans: list[Span], said: list) -> tuple[int, int] | None:
        """'a store purchase over 100 or an online order over 200', 'an order over 100 or a store purchase this
        year': an 'or' between two behaviours' nouns, the first with an amount, count or period of its own said
        before the 'or', joins two behaviours, each with what is said of it (read as one behaviour of either
        event, the amounts were mixed: 'more than 200 purchases, each over 100'). The OR's stretch: from the first
        behaviour's clause to the next clause word after the second."""
        right = self._after_connector(i)
        if not any(s.start == right and s.of("event", "kindword") for s in spans):
            return None
        nouns = [s for s in spans if start <= s.start and s.end <= i and s.of("event", "kindword")]
        if not nouns or not any(nouns[-1].end <= getattr(x, "start_tok", -1) < i for x in said):
            return None
        a = nouns[-1].start
        while a > start and self.norms[a - 1] not in CONNECTORS:
            a -= 1
        b = next((k for k in range(right, end) if self.norms[k] in CONNECTORS), end)
        return a, b

    # -- splitting -----------------------------------------------------------
    def _split_exclusions(self, start: int, end: int, blocked: set[int]) -> list[tuple[int, int, bool, tuple]]:
        """The stretches of the request, each a criterion part or an exclusion (True). An exclusion reaches to the
        next marker, or back to the criteria at a clause that adds to them (', with email consent')."""
        parts, i, cur, excluding = [], start, start, False
        self.exclusion_marker: tuple[str, ...] = ()
        while i < end:
            marker = next((m for m in _EXCLUSIONS_BY_FIRST.get(self.norms[i], ())
                           if tuple(self.norms[i:i + len(m)]) == m
                           and not blocked & set(range(i, i + len(m)))), None)
            if marker is None and self.norms[i] in EXCLUSION_VERBS and i not in blocked and i + 1 < end \
                    and (self.norms[i + 1] in EXCLUDED_PEOPLE or self._age_group_at(i + 1, end)):
                marker = (self.norms[i],)
            back = excluding and (next((m for m in _EXCLUSION_ENDS_BY_FIRST.get(self.norms[i], ())
                                        if tuple(self.norms[i:i + len(m)]) == m
                                        and not blocked & set(range(i, i + len(m)))), None)
                                  or self._state_after_without(i, blocked)
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
            if marker and i > start:
                parts.append((cur, i, excluding, self.exclusion_marker))
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
                words=self._words(after.start, after.end), kept=f"{_column_name(value.column)} {value.label}",
                dropped=f"{self.catalog.events[place.event].label} with {place.dim.replace('_', ' ')} {place.label}"))
        return True

    def _state_after_without(self, i: int, blocked: set[int]) -> bool:
        """'without a purchase in 6 months and subscribed to emails' ('sans aucun achat ... et abonnés aux
        e-mails'): 'without' negates what it is followed by, a behaviour; an 'and' followed by a state of the
        customer (a consent, a profile value) adds that state to the criteria again. 'without a purchase and a
        visit' stays one exclusion; 'but who ...' (WITHOUT_ENDS) turns back to the customers."""
        if self.exclusion_marker not in CONCORD_MARKERS or i in blocked:
            return False
        if any(tuple(self.norms[i:i + len(m)]) == m for m in WITHOUT_ENDS):
            return True
        if self.norms[i] == "but" and any(s.start == i + 1 and s.of("event") for s in self.lexicon_spans):
            return True     # 'sans visite depuis 6 mois mais passés en caisse ...': a behaviour of their own again
        if self.norms[i] not in ("and", ","):      # ', opt-in email': a state said after a comma as after 'and'
            return False
        j = i + 1
        while j < len(self.norms) and self.norms[j] in self.lexicon.determiners:
            j += 1
        after = next((s for s in self.lexicon_spans if s.start == j), None)
        behaviour = ("event", "kindword", "qualifier", "dimvalue")
        return after is not None and not after.of(*behaviour) and not any(m.event for m in after.of("column"))

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
            if i in blocked or self.norms[i] not in CONNECTORS:
                continue
            if i > start and (self.norms[i - 1], self.norms[i]) in THAN_WORDS:   # 'compared with' joins two sides
                continue
            if i > start and self.norms[i] in STATE_ADVERBS and self.norms[i - 1] in NEGATIONS:
                continue      # 'tickets not yet resolved': the adverb of the negation, no 'but' opening a clause
            if self._coordinates(i, spans) or self._thing_of_the_clause(i, max(c for c in cuts if c <= i), spans) \
                    or self._amount_of_the_noun(i, spans, comparisons):
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
        while j < len(self.norms) and self.norms[j] in _CONNECTOR_TAILS:
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
                                                              if any(m.column == c for m in before.of("value")))
            return not (repeated and single) and not each
        if after.of("event", "kindword") or not after.of("qualifier"):
            return False
        # 'in store or online'; 'a store purchase or online', 'an online order or in store': the qualifier of
        # another event of the behaviour's kind names that event, the behaviour's sibling
        return bool(before.of("qualifier")) or bool(self._siblings(before.of("event"), after))

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
        aggregate = read_share(self, seg, negated)      # None when the segment is none of them; [] when asked
        aggregate = read_versus(self, seg, negated) if aggregate is None else aggregate
        aggregate = read_distinct(self, seg, inherited, negated) if aggregate is None else aggregate
        if aggregate is not None:
            out.extend(aggregate)
        elif relative or self._is_event(seg) or (self._inherits(seg) and last_event is not None):
            out.extend(c for c in self._event(seg, inherited, negated, relative)
                       if not self._said_again(c, inherited))
            self._narrow_by_brackets(seg, out)
        if seg.rankings:
            out = read_top(self, seg, out)
        glossary = [(s, m) for s in seg.spans for m in s.of("glossary") if not self._used(s)]
        if glossary and not out:
            for s, m in glossary:
                window = seg.windows[0] if seg.windows else None
                if window is not None and window.amount is None and window.start == self.as_of:
                    # 'still active today', 'toujours actifs aujourd'hui': when the state holds (now), never a
                    # period of one day (the term's own 90 days became 0: nobody, silently)
                    self._use(window.start_tok, window.end_tok)
                    window = None
                self._use(s.start, s.end)
                if window:
                    self._use(window.start_tok, window.end_tok)
                out.append(GlossaryCondition(s.start, window.end_tok if window else s.end, negated=negated,
                                             index=m.ref, window=window))
        # attributes beside an event or a term: "shoppers based in Amsterdam", "lapsed VIPs"
        leftover = Segment(seg.start, seg.end, [s for s in seg.spans if not self._used(s)], seg.windows,
                           [c for c in seg.comparisons if c.start_tok not in self.out.used | self.out.unread], [])
        profile = self._profile(leftover, negated and not out, beside_behaviour=self._has_event_anchor(seg))
        self._prefix_negation(seg, profile)
        out.extend(profile)
        return out

    def _said_again(self, c: Condition, inherited: EventCondition | None) -> bool:
        """'Bose buyers, store and online combined': a clause that only says again the behaviour it inherits (its
        places together, as it already was) is that behaviour, not a second criterion beside it (the same twice
        made the list longer, and looked like two conditions)."""
        if self.excluding or inherited is None or not isinstance(c, EventCondition) or c is inherited \
                or any(k is inherited for k in self.out.exclusions):
            return False
        same = ("negated", "dims", "days", "count", "amount", "average", "first", "last", "rank", "measure", "top",
                "among", "over", "after")
        if set(c.events) != set(inherited.events) or any(getattr(c, f) != getattr(inherited, f) for f in same):
            return False
        # at any time, it holds of whoever did it in the period said before ('Bose buyers in the last 12 months,
        # store and online combined'); a count or an amount may not (fewer than 3 ever is not fewer than 3 this year)
        if c.window != inherited.window and not (c.window is None and not c.negated and c.count is None
                                                 and c.amount is None):
            return False
        inherited.end_tok = max(inherited.end_tok, c.end_tok)     # its card shows the words said again too
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

    def _used(self, span: Span) -> bool:
        return all(i in self.out.used for i in range(span.start, span.end))

    def _use(self, a: int, b: int) -> None:
        self.out.used.update(range(a, b))

    def _negation(self, seg: Segment) -> bool:
        if seg.after in NEGATING_CONNECTORS:
            return True
        covered = {i for s in seg.spans for i in range(s.start, s.end)}
        for i in range(seg.start, seg.end):
            if i in self.vague_tokens or i in self.bracketed:   # 'nothing but shoes' is no negation; '(not app)'
                continue                                         # is its bracket's
            if self.norms[i] in NEGATIONS and i not in covered and not any(c.start_tok <= i < c.end_tok for c in seg.comparisons):
                self.out.used.add(i)
                # 'sans en avoir ouvert aucun' (without ... none): one negation said twice, the exclusion's own
                return not (self.exclusion_marker in CONCORD_MARKERS and self.norms[i] in CONCORD_NEGATIONS)
        return False

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

    def _event_meanings(self, span: Span, seg: Segment) -> list[Meaning]:
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
        if any(self._event_meanings(s, seg) for s in seg.spans):
            return True
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

    def _inherits(self, seg: Segment) -> bool:
        """Only modifiers here: they continue the previous event ('and also online', 'but not in 2025')."""
        content = [s for s in seg.spans if not s.of("entity")]
        if any(s.of("glossary", "indvalue", "table") or s.of("value") and not self._sibling_value(s) for s in content):
            return False
        if any(s.of("value") for s in content) and any(not m.event for s in content for m in s.of("column")):
            return False     # 'but not SMS opt-ins': the value is said with its profile attribute
        if any(not m.event and is_numeric(self.catalog.column(m.column).type)
               for s in content for m in s.of("column")):
            return False     # 'a churn risk above 0.7': the number is that attribute's, not a count of the behaviour
        before = not content and any(self.norms[i] in BEFORE_WORDS for i in range(seg.start, seg.end))
        counts = [c for c in seg.comparisons if not self._an_age(c)]
        return bool(seg.windows or counts or any(s.of("qualifier", "dimvalue") for s in content) or before
                    or self._days_in(seg) or self._months_in(seg))

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
        """Is a birth named right before `start` ('born in October of any year')? Its month is the birth date's, of
        any year already (_birthday_window), never a behaviour's."""
        return any(s.end == start and any(m.kind == "column" and m.column in self.birth_columns for m in s.meanings)
                   for s in spans)

    def _months_in(self, seg: Segment) -> list:
        """The months of any year said in the segment ('every December')."""
        return [m for m in self.year_months if seg.start <= m.start_tok < seg.end]

    def _an_age(self, c: Comparison) -> bool:
        """A number said of people, never of the behaviour before ('skip under-18s', 'excluding customers under 18',
        'anyone over 65'): an age group, or a bound right after the word for the customers."""
        if c.age_hint:
            return True
        return any(s.of("entity") and s.end == c.start_tok for s in self.lexicon_spans) \
            or (c.start_tok > 0 and (self.norms[c.start_tok - 1] in EXCLUDED_PEOPLE
                                     or fold(self._typed(c.start_tok - 1)) in self.people_nouns))

    def _relative(self, seg: Segment) -> bool:
        """'... but none of them were promotions': a negation pointing back at the behaviour named before."""
        words = self.norms[seg.start:seg.end]
        return any(w in NEGATIONS for w in words) and any(w in PRONOUNS for w in words)

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
        spent = any(self.norms[k] in self.spend_verbs for k in range(seg.start, amount.start_tok)) \
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
        if not narrowing:
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
        if set(cond.events) <= set(over):
            cond.over = over

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
                elif m.kind == "column" and m.event:
                    parts.cols.append((s, m))
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
            if k is None:
                continue
            obj = next((o for t, o in explicit if t.start == k and o.event != m.event), None)
            if obj is not None and events[obj.event].table != events[m.event].table:
                dropped.append((s, m))
                self._use(s.start, s.end)
                self.out.notes.append(NOTES["verb_of_object"].format(
                    verb=" ".join(t.text for t in self.tokens[s.start:s.end]), events=events[obj.event].label,
                    dropped=events[m.event].label))
        kept = [(s, m) for s, m in explicit if (s, m) not in dropped]
        return (kept, {id(s) for s, _ in dropped}) if kept else (explicit, set())

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
        strong = [(s, m) for s, m in qualifiers if not m.weak or (s.start > seg.start and self.norms[s.start - 1] in LEADING_WORDS)]
        # '(store or online)': a weak qualifier coordinated with a strong one is as strong
        strong += [(s, m) for s, m in qualifiers if m.weak and any(self._coordinated(s, t) for t, _ in strong)]
        bare = {id(s) for s in self._bare_qualifiers(seg)}
        return strong or [(s, m) for s, m in qualifiers if id(s) in bare]

    def _candidates(self, seg: Segment, parts: EventParts, inherited: EventCondition | None) -> list[str]:
        """The events the segment may mean, from its strongest words: a verb, a kind, the inherited behaviour,
        a qualifier, an event's column, then a dimension value alone (said in a note); narrowed by dimensions."""
        cat = self.catalog
        if parts.explicit:
            candidates = list(dict.fromkeys(m.event for _, m in parts.explicit))
            parts.siblings = self._coordinated_siblings(parts, candidates)
            candidates += parts.siblings
        elif parts.kinds:
            wanted = {m.ref for _, m in parts.kinds}
            candidates = [e for e, ev in cat.events.items() if ev.kind in wanted]
        elif inherited is not None and self._has_dims(parts.dims, inherited.events):
            kinds_before = {cat.events[e].kind for e in inherited.events}
            candidates = [e for e, ev in cat.events.items() if ev.kind in kinds_before] if parts.qualifiers \
                else list(inherited.events)
        elif parts.qualifiers:
            candidates = list(dict.fromkeys(m.event for _, m in parts.qualifiers))
            first = min((s for s, _ in parts.qualifiers), key=lambda s: s.start)
            place = frozenset(self.norms[first.start:first.end]) - LEADING_WORDS
            candidates = self._bare_verb(seg, first.start, candidates, place) or candidates
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
            words = " ".join(t.text for t in self.tokens[own[0][0].start:own[0][0].end])
            verb = self._bare_verb(seg, own[0][0].start, candidates)
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
            if named and span.of("value") and not set(narrowed) & named:
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
        return candidates

    def _coordinated_siblings(self, parts: EventParts, candidates: list[str]) -> list[str]:
        """'passé une commande en ligne ou en magasin', 'a store purchase or online', 'an online order and in store':
        a qualifier of another event of the behaviour's kind, joined by 'or' / 'and' to the behaviour's phrase or
        to one of its qualifiers, names that event (read as the behaviour's own, 'en magasin' was the customers'
        acquisition channel and 'online' was asked)."""
        anchors = [s for s, m in parts.explicit + parts.qualifiers if m.event in candidates]
        named = [m for _, m in parts.explicit]
        return list(dict.fromkeys(e for s, _ in parts.qualifiers for e in self._siblings(named, s)
                                  if any(self._coordinated(s, t) for t in anchors)))

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
            kept = [e for e in candidates if e in named]
            if len(kept) == 1:      # 'consulté sur mobile': a visit or a page viewed, still said in a note
                self._use(k, k + 1)
                return kept
        return None

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
        groups = [[e] for e in dict.fromkeys(q_events)] if q_events else [candidates]
        if q_events:
            for s, m in parts.qualifiers:
                if m.event in candidates:
                    used_spans[id(s)] = s
            # the word that combines them is read even when 'or' joins them ('(store + online combined)')
            if len(groups) > 1 and (self._combined(seg) or self._joined_by_or(said)):
                groups = [[g[0] for g in groups]]
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
            if source is not None:
                self._share_dims(source, cond, parts.qualifiers)
        self._dimension_pointed_back(seg, cond)
        cond.window = self._event_window(seg, parts, inherited, pointer, relative)
        if cond.window is not None and cond.window.held in (">", ">=") and not cond.negated and cond.dims:
            # a state held for more than a time ('un ticket en attente depuis plus de 30 jours'): it began before
            # then; read as the last 30 days, as a behaviour not done for that long is, it was the opposite
            cond.window = held_since(cond.window, self.as_of)
        if pointer is not None and cond.window is not None and cond.window is pointer.window and not seg.windows:
            self._note_pointer_window(cond, pointer)
        self._modifiers(seg, cond, parts.cols, inherited)
        return cond

    def _note_pointer_window(self, cond: EventCondition, pointer: EventCondition) -> None:
        """'received 10 emails in May but opened none': the window counts when they were opened, not sent."""
        times = {self.catalog.events[e].time for e in cond.events}
        if times != {self.catalog.events[e].time for e in pointer.events}:
            words = " ".join(t.text for t in self.tokens[cond.start_tok:cond.end_tok])
            self.out.notes.append(NOTES["own_date"].format(words=words, period=pointer.window.describe(),
                                                           columns=", ".join(sorted(times))))

    def _add_dims(self, cond: EventCondition, dims: list[tuple[Span, Meaning]], used_spans: dict) -> None:
        """Dimension values, grouped by dimension; only those every event of the condition has."""
        cat, chosen, last = self.catalog, {}, {}
        said = {k for s, _ in dims for k in range(s.start, s.end)}     # 'ou à Anvers Meir': values between values
        whole = [t for t in self.lexicon_spans if any(q.event in cond.events for q in t.of("qualifier"))]
        for s, m in dims:
            if not all(m.dim in cat.events[e].dimensions and cat.events[e].dimensions[m.dim].column == m.column
                       for e in cond.events):
                continue
            if any(t is not s and self._coordinated(t, s) and "or" in self.norms[min(t.end, s.end):max(t.start, s.start)]
                   for t in whole):
                # 'online (web or app)': a value said as the other side of an 'or' whose one side is the whole
                # behaviour ('web': every online order) narrows nothing (read alone, only app orders were kept)
                used_spans[id(s)] = s
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
            noun = any(t.start == s.end and (t.of("event", "kindword", "qualifier") or
                                             any(c.event for c in t.of("column"))) for t in self.lexicon_spans)
            if other is None and own and not noun:   # 'Paris stores', 'website order': the noun says whose     # 'in Lyon': the store's city here, the customer's own city elsewhere
                profile = own[0]
                self.out.notes.append(f"'{' '.join(t.text for t in self.tokens[s.start:s.end])}' read as "
                                      f"{m.dim.replace('_', ' ')} "
                                      f"{m.label} (it could also mean {_column_name(profile.column)} {profile.label})")
            chosen[id(s)] = m
            values = cond.dims.get(m.dim, ()) if other is None or other.dim == m.dim else ()
            cond.dims[m.dim] = tuple(dict.fromkeys(values + m.values))
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
                    if m.dim in source.dims and all(m.dim in self.catalog.events[e].dimensions for e in cond.events):
                        cond.dims.setdefault(m.dim, source.dims[m.dim])

    def _place_in_the_names(self, cond: EventCondition) -> None:
        """'à Rue Neuve ou à Anvers Meir': a place said as the start of a name ('Anvers' of 'Antwerp Meir') is part of
        it, not a second condition on the same rows: kept, it made every store named one in Antwerp."""
        texts = {d: table for d in cond.dims if (table := self._named_place(cond, d))}
        inside = []
        for d, table in texts.items():
            names = [str(v).casefold() for o, other in texts.items() if o != d and other == table for v in cond.dims[o]]
            if names and all(any(str(v).casefold() in n for n in names) for v in cond.dims[d]):
                inside.append(d)
        for d in inside[:1]:    # one of them: two names of one another are the same store
            del cond.dims[d]

    def _share_dims(self, source: EventCondition, cond: EventCondition, qualifiers=()) -> None:
        """The dimensions of another behaviour that every event of `cond` has, unless `cond` names its own, or names
        the place by another of its names ('at Antwerp Meir but never at Rue Neuve': the store named is the place,
        and the city said before would make it a store in Antwerp, no store at all; 'never in the outlet' is a kind
        of store, in the city said), or names another channel (`qualifiers`: 'bought Nordvik in a mountain store
        and online': the kind of store was where the first was, and online in a mountain store is nobody)."""
        places = {self._named_place(cond, dim) for dim in cond.dims} - {None}
        elsewhere = bool(qualifiers) and {m.event for _, m in qualifiers} != set(source.events)
        for dim, values in source.dims.items():
            if elsewhere and self._said_as_place(source, dim):
                continue
            if all(dim in self.catalog.events[e].dimensions for e in cond.events) and \
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
            begun = _window_start(w, self.as_of)
            if begun is not None:
                return Window(self.tokens[said].text, said, said + 1, end=begun)
        if inherited is not None and not parts.qualifiers and not parts.dims and not ever:
            return inherited.window
        if pointer is not None and not ever:
            return pointer.window
        return None

    def _finish_event(self, seg: Segment, results: list[EventCondition], used_spans: dict) -> None:
        for s in used_spans.values():
            self._use(s.start, s.end)
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
        for w in seg.windows[:1]:
            self._use(w.start_tok, w.end_tok)
            if w.note:
                self.out.notes.append(w.note)
        inside = [i for i in range(seg.start, seg.end) if i in self.out.used and self.norms[i] not in CONNECTORS]
        for cond in results:  # the phrase is what the condition used, not the connectors around it
            if inside:
                cond.start_tok, cond.end_tok = inside[0], inside[-1] + 1

    def _coordinated(self, a: Span, b: Span) -> bool:
        """Only 'or', 'and', ',' or a bracket between two spans."""
        lo, hi = sorted((a, b), key=lambda s: s.start)
        between = self.norms[lo.end:hi.start]
        return bool(between) and all(w in ("or", "and", ",", "/", "&", "+") for w in between)

    def _points_back(self, seg: Segment) -> bool:
        own_dims = any(s.of("dimvalue") and not s.of("event", "kindword") for s in seg.spans)   # 'ouvert' is a verb
        words = [w for w in self.norms[seg.start:seg.end] if w not in (",", ".", ";")]
        # 'returned one of these orders', 'une de ces commandes': a demonstrative before a behaviour's noun, even
        # with values of its own
        named = any(self.norms[s.start - 1] in DEMONSTRATIVES for s in seg.spans
                    if s.start > seg.start and s.of("event", "kindword"))
        # 'opened none', 'n'en avoir ouvert aucun': a negation that ends its clause stands for 'none of them'
        # 'received more than 10 emails but opened fewer than 2': a count that ends its clause counts the things
        # named before (read alone, opens of any channel were counted)
        counted = any(c.end_tok == seg.end and not (c.times or c.currency or c.upper is not None) for c in seg.comparisons) \
            and not any(self.norms[k] in self.spend_verbs for k in range(seg.start, seg.end))
        return named or not own_dims and (any(w in PRONOUNS for w in words) or bool(words) and words[-1] in CONCORD_NEGATIONS
                                          or counted)

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

    def _modifiers(self, seg: Segment, cond: EventCondition, cols, inherited: EventCondition | None = None) -> None:
        in_window = {i for w in seg.windows for i in range(w.start_tok, w.end_tok)}   # 'the first quarter' is a date
        places = [i for i in range(seg.start, seg.end) if self.norms[i] in MODIFIER_WORDS and i not in in_window]
        words = {MODIFIER_WORDS[self.norms[i]] for i in places}
        self.out.used.update(places)
        cond.average = "average" in words
        cond.first = "first" in words
        cond.last = self._latest(seg, in_window)
        # an event's number column named ('a basket over 80') makes a number its amount; a yes/no or text column
        # ('bounced', 'email') does not: 'at least one bounced email' counts them
        valued = self._numeric_dimension_values(seg, cond, cols)
        # a number column whose values were said ('tickets rated 1 or 2') makes no other number an amount: 'at least
        # 2 tickets rated 1 or 2' counts the tickets
        rated = {self.catalog.events[e].dimensions[d].column for e in cond.events for d in cond.dims
                 if d in self.catalog.events[e].dimensions}
        spend = any(self.norms[i] in self.spend_verbs for i in range(seg.start, seg.end)) or \
            any(is_numeric(self.catalog.column(m.column).type) and m.column not in rated for _, m in cols)
        # 'spent 100 in store and 200 online': a clause that continues an amount spent says another amount
        spend = spend or inherited is not None and inherited.amount is not None and inherited.count is None \
            and not inherited.average
        for c in seg.comparisons:
            if id(c) in valued or self._an_age(c):   # 'buyers over 30 years old', 'online shoppers over 60': an age
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
            if noun in QUANTITY_NOUNS and _any_at_all(c) and cond.count is None and len(seg.comparisons) == 1 \
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
                    and not _any_at_all(c) and self._ends_its_phrase(seg, c):    # '(but at least one)': did it
                # ', each over 100' after 'bought shoes and bags': no behaviour word of its own to count; asked
                self.out.unread.update(range(c.start_tok, c.end_tok))
                continue
            if said == "verb" and any(self.catalog.events[e].amount for e in cond.events):
                self.out.unread.update(range(c.start_tok, c.end_tok))
                continue
            role_amount = c.currency or (spend and not c.times) or said == "noun"
            if _a_year(c) and not role_amount:
                continue     # 'the Black Friday 2025 email': a year is no count (left unread, so it is asked)
            if role_amount and cond.amount is None:
                cond.amount = c
            elif cond.count is None:
                cond.count = c
            else:
                continue
            self._use(c.start_tok, c.end_tok)
            if c.note:
                self.out.notes.append(c.note)
        if cond.average and cond.amount is None and cond.count is not None:
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
        if cond.amount is not None and cond.count is None and not cond.average and "total" not in words \
                and self._one_event(seg, cond.amount, cond):
            # 'placed an order over €300': at least one order over €300, not €300 over all of them
            cond.count = Comparison(">=", 1, cond.amount.start_tok, cond.amount.start_tok, times=True)
        if cond.amount is not None and cond.count is None and not cond.average:
            self._amount_per_event(seg, cond.amount)
        if cond.amount is not None and cond.measure is None and not any(self.catalog.events[e].amount for e in cond.events):
            # 'an average satisfaction score of 2 or less': the column named is a measure of the behaviour
            cond.measure = self._measure_named(cond, cols) if not self._counts_the_behaviour(seg, cond.amount) else None
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
        measured = {f"{self.catalog.events[e].table}.{self.catalog.events[e].measures[cond.measure].column}"
                    for e in cond.events} if cond.measure is not None else set()
        for s, m in cols:
            if cond.measure is not None and (m.ref == cond.measure or m.column in measured):
                continue   # 'with a promo code': a column of the behaviour that no number or value filters
            ev = self.catalog.events.get(m.event)
            table, column = m.column.rsplit(".", 1)
            filtered = {ev.dimensions[d].column for d in cond.dims if d in ev.dimensions} if ev else set()
            if m.column not in amounts and m.event in cond.events and table == ev.table and m.column not in filtered \
                    and column not in (ev.where or "") and column != ev.time:
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

    def _amount_per_event(self, seg: Segment, amount: Comparison) -> None:
        """'dépensant plus de 100 € par commande', 'spending over 100 per order': an amount said per event may be
        each event's or their average; read as the total, it was neither: the 'per' is asked."""
        k = amount.end_tok
        if k < len(self.norms) and self.norms[k] in ("per", "by") and \
                any(s.start in (k + 1, k + 2) and s.of("event", "kindword") for s in seg.spans):
            self.out.used.discard(k)
            self.out.unread.add(k)

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
        """The measure every event of the condition has on a column named in the clause, or None."""
        events = [self.catalog.events[e] for e in cond.events]
        named = {m.column for _, m in cols}
        found = {name for name, measure in events[0].measures.items()
                 if f"{events[0].table}.{measure.column}" in named
                 and all(name in ev.measures and ev.measures[name].column == measure.column for ev in events)}
        return found.pop() if len(found) == 1 else None

    def _measure_at(self, i: int, cond: EventCondition, cols) -> Meaning | None:
        """The measure every event of the condition has, named by the catalog word at token i ('units')."""
        return next((m for s, m in cols if s.start == i and m.ref is not None
                     and all(m.ref in self.catalog.events[e].measures for e in cond.events)), None)
    def _latest(self, seg: Segment, in_window: set[int]) -> bool:
        """'last purchase', 'latest order', 'most recent purchase' said right before the behaviour's word: its
        latest event (which the window, when one is said, then holds)."""
        behaviours = {s.start for s in seg.spans if s.of("event", "kindword")}
        for i in range(seg.start, seg.end):
            said = next((w for w in self.latest_by_first.get(self.norms[i], ())
                         if tuple(self.norms[i:i + len(w)]) == w), None)
            if said and i + len(said) in behaviours and i not in in_window:
                self._use(i, i + len(said))
                return True
        return False

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

    def _number_run(self, bare: list[Comparison], span: Span) -> list[Comparison]:
        """The numbers joined by 'or' / ',' / 'and' that end right before the span, or begin right after it
        (past 'of', 'worth' ...)."""
        def joined(gap: list[str], first: bool) -> bool:     # the first number touches; the next are listed
            return not gap if first else bool(gap) and all(w in ("or", ",", "and") for w in gap)

        run, edge = [], span.start
        for c in reversed([c for c in bare if c.end_tok <= span.start]):
            if not joined(self.norms[c.end_tok:edge], not run):
                break
            run.insert(0, c)
            edge = c.start_tok
        if run:
            return run
        edge = span.end
        while edge < len(self.norms):      # past 'of', 'worth'; past the thing rated ('rated it 1 or 2', 'a ticket')
            event = next((t for t in self.lexicon_spans if t.start == edge and t.of("event", "kindword", "dimvalue", "qualifier")), None)
            if event is not None:
                edge = event.end
            elif self.norms[edge] in AMOUNT_LINKS or self.norms[edge] in PRONOUNS or self.norms[edge] in DETERMINERS:
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

    def _one_event(self, seg: Segment, amount: Comparison, cond: EventCondition | None = None) -> bool:
        """Is the amount said of one event? 'placed an order over €300', 'a web order worth more than €300',
        'spent €300 in a single order' (each event's own amount); 'spent over €300' is the sum."""
        norms = self.norms
        if amount.end_tok < len(norms) and norms[amount.end_tok] in EACH_AFTER:   # 'orders of at least 50 each'
            self._use(amount.end_tok, amount.end_tok + 1)
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
        # 'bought a product over €300': an amount of a thing the catalog has no price for is the purchase's
        k = amount.start_tok - 1
        while k > seg.start and norms[k] in AMOUNT_LINKS:
            k -= 1
        if norms[k] in THING_NOUNS and k > 0 and self._typed(k - 1) in self.one_event_words:
            if cond is not None and not any(self.catalog.events[e].amount for e in cond.events):
                # 'rated a product 4.5 or higher': a score of a thing the behaviour is not about (a ticket's
                # satisfaction was read, silently): asked
                self.out.unread.update(range(k - 1, k + 1))
                return False
            words = self.request[self.tokens[k - 1].start:self.tokens[amount.end_tok - 1].end]
            self.out.notes.append(NOTES["one_purchase"].format(words=words, amount=amount.describe()))
            self._use(k, amount.start_tok)
            return True
        return False

    # -- profile attributes ------------------------------------------------------
    def _profile(self, seg: Segment, negated: bool, beside_behaviour: bool = False) -> list[Condition]:
        cat, out = self.catalog, []
        context_cols = {m.column for s in seg.spans for m in s.of("column") if not m.event}
        by_column: dict[str, ValueCondition] = {}
        flags = [(s, m) for s in seg.spans for m in s.of("column")
                 if not m.event and cat.column(m.column).type.upper() == "BOOLEAN"]
        for s in seg.spans:
            values = s.of("value")
            if values and self._two_readings(seg, s, values, context_cols):
                self.out.readings.append((s.start, s.end, values[0], s.of("dimvalue")[0]))
                self._use(s.start, s.end)
                continue
            if values:
                m = self._pick_value(values, context_cols)
                self._note_behaviour_reading(seg, s, m, context_cols)
                self._note_place_of_another_behaviour(s, m, context_cols)
                cond = by_column.get(m.column)
                if cond is None:
                    cond = by_column[m.column] = ValueCondition(s.start, s.end, negated=negated, column=m.column)
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
            if flag:
                s, m = flag
                self._use(s.start, s.end)
                self.last_flag = FlagValueCondition(min(cond.start_tok, s.start), max(cond.end_tok, s.end), negated=negated,
                                                    flag=m.column, column=column, values=cond.values, labels=cond.labels)
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
                    words = self.request[self.tokens[cond.start_tok].start:self.tokens[cond.end_tok - 1].end]
                    self.out.notes.append(f"'{words}' read as {_column_name(column)} {' or '.join(cond.labels)} "
                                          "(no word named that attribute)")
        out.extend(read_known(self, seg, negated, self.excluding))
        out.extend(self._joined_alone(seg, negated))
        out.extend(self._numbers_and_dates(seg, negated, beside_behaviour))
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
        phrase = next((p for p in ORDER_WORDS if tuple(self.norms[s.end:s.end + len(p)]) == p), None)
        if not col.ordered or len(m.values) != 1 or m.values[0] not in col.values or phrase is None:
            return {}, s.end
        keys = list(col.values)
        at = keys.index(m.values[0])
        beyond = keys[at + 1:] if ORDER_WORDS[phrase] == "up" else keys[:at]
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
                words=words, kept=f"{_column_name(m.column)} {m.label}",
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
            words=words, kept=f"{_column_name(m.column)} {m.label}",
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

    def _birthday_window(self, w: Window, births, negated: bool) -> DateCondition | None:
        """A period said of a birth: a month without a year is that month of any year ('a birthday in October',
        'October birthdays'). Years of birth are comparisons (see _born)."""
        column = next((m.column for _, m in births), None)
        if column is None or w.vague or w.anaphora:
            return None
        said = self.norms[w.start_tok:w.end_tok]
        year_said = any(self.tokens[i].number is not None for i in range(w.start_tok, w.end_tok))
        if w.amount is None and w.start is not None and w.start.day == 1 and not year_said and \
                any(n in MONTHS for n in said) and w.end is not None and _months_between(w.start, w.end) == 1:
            cond = DateCondition(w.start_tok, w.end_tok, negated=negated, column=column, months=(w.start.month,))
        else:
            return None
        self._use(w.start_tok, any_year_after(self.norms, w.end_tok) or w.end_tok)    # 'of any year' says the same
        for s, _ in births:
            self._use(s.start, s.end)
        return cond

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
        return values[0]

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
                out.append(self._born(c, negated))
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
                out.append(CompareCondition(c.start_tok, end, negated=negated, column=target[0], comparison=c,
                                            age=target[1]))
        # 'aged', 'years old' name an age compared anywhere in the request ('aged either over 70, or under 30');
        # with none ('on their birthday') they are asked
        self.birth_words.extend(s for s, _ in births)
        self.aged |= any(isinstance(c, CompareCondition) and (c.age or c.column in self.birth_columns) for c in out)
        if births and seg.windows and (born := self._birthday_window(seg.windows[0], births, negated)) is not None:
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
                self._use(w.start_tok, w.end_tok)
                column = f"{value.column.rsplit('.', 1)[0]}.{dated}"
                target.append(DateCondition(value.start_tok, w.end_tok, negated=value.negated, column=column, window=w))
                break

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
        words = self.request[self.tokens[who.start].start:self.tokens[w.end_tok - 1].end]
        self.out.notes.append(NOTES["customers_since"].format(words=words, column=_column_name(self.joined),
                                                             period=held.describe()))
        return DateCondition(who.start, w.end_tok, negated=negated, column=self.joined, window=held)
