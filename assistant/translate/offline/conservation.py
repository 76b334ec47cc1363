"""The conservation check: what the request said and the parser counted as read must be in the definition.

Every catalog phrase the lexicon found (a profile value, a column, a behaviour and its values, an indicator, a
glossary term, a list) whose words the parser marked used, and every period, number, ranking, hour, day and month
said, is looked for in the typed meaning of the criteria and exclusions (translate/footprint.py). What is neither
found there nor accounted for (ignored, asked about, said again as a term's meaning) was claimed by a reading and
then dropped or overridden: the translator names it in a warning, never loses it silently. So is a word that says
every one of a behaviour's events ('were ALL placed after 8pm', ', only at the weekend', 'toujours en magasin') said
of what those events have when no reading read it.

A thing is found by what it means, never by its words. A phrase may be used by the meaning of another (USES, each a
plain function): a column's word leading a value ('living in Spain'), a behaviour's verb said of another behaviour
('opened a refund ticket'), a column naming a number said beside it ('the 50-64 age band'), a value on the side of
an 'or' whose other side holds it whole ('on the web shop or app'), a value of the event's own record said denied
beside another ('shipped but not yet delivered'), a dimension's word as the noun a value qualifies ('premium
articles'), a word of a column's own name said apart ('solde de points fidélité').
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from assistant.translate.offline.text import typed_text
from assistant.meaning import Comparison, Condition, Window
from assistant.translate.footprint import Footprint, footprint
from assistant.translate.lang_en import CONNECTORS, NEGATIONS, QUALIFIER_PREPOSITIONS, VALUE_PREPOSITIONS
from assistant.translate.languages import LANGUAGES
from assistant.translate.offline.lexicon import Meaning, Span
from assistant.translate.offline.modifiers import _back
from assistant.translate.offline.parsed import Parsed
from assistant.translate.offline.text import Token, fold
from schema_catalog.model import Catalog
from schema_catalog.semantic import paired_dimensions

# The kinds of catalog phrase the definition must hold when read: the customers' own noun and a vague word (asked)
# never are.
CHECKED = frozenset({"value", "column", "event", "qualifier", "dimvalue", "dimension", "kindword", "glossary",
                     "indicator", "indvalue", "table"})
EVERY = "every"     # the reading of a word that says every one of a behaviour's events, named in the warning
PREPOSITIONS = QUALIFIER_PREPOSITIONS | VALUE_PREPOSITIONS     # a value said behind them: never a clause's end
LEADS = frozenset({",", "-"})     # what may stand between a behaviour's words and what is said of its events after
STATES = frozenset({"value", "flag_value", "term", "indicator", "known", "compare", "date", "list"})   # profile kinds


@dataclass(frozen=True)
class Lost:
    """Words read as something the definition does not hold: where they are and what they were read as."""
    start: int
    end: int
    reading: str


@dataclass
class Context:
    """One check: the catalog's facts, what was said (the parser's output) and what the definition holds."""
    facts: Conservation
    parsed: Parsed
    kept: list[tuple[Condition, dict]]     # each criterion and exclusion with its spec
    fp: Footprint

    @property
    def spans(self) -> list[Span]:
        return self.parsed.found.spans

    def words(self, a: int, b: int) -> list[str]:
        return self.parsed.found.norms[a:b]

    def held(self, m: Meaning) -> bool:
        return self.facts.held(m, self.fp)

    def within(self, a: int, b: int) -> list[Condition]:
        """The kept conditions whose words hold [a, b)."""
        return [c for c, _ in self.kept if c.start_tok <= a and b <= c.end_tok]

    def neighbours(self, n: int) -> list[Span]:
        return [s for s in (self.spans[n - 1] if n else None, self.spans[n + 1] if n + 1 < len(self.spans) else None)
                if s is not None]


class Conservation:
    """The check for one catalog: the records of each behaviour, its kind, the values that define it and its words,
    found once."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.tables = {name: ev.table for name, ev in catalog.events.items()}
        self.kinds = {name: ev.kind for name, ev in catalog.events.items()}
        # the values a behaviour's own definition fixes ('cancelled' of a cancelled order: status = 'cancelled')
        self.defined = {name: _literals(ev.where) for name, ev in catalog.events.items()}
        # the words of each behaviour's own phrases, in every language ('visited the app': a site or app visit)
        self.event_words = {name: _words(_texts(ev, [ev.label])) for name, ev in catalog.events.items()}
        # the customers' attributes each dimension is compared with ('store_city': their city), for a word of the
        # customers' own place said of where they shop ('3 villes différentes': the stores' cities)
        self.paired: dict[str, set[str]] = {}
        for own, dims in paired_dimensions(catalog).items():
            for name in dims:
                self.paired.setdefault(name, set()).add(own)
        self._named_words: dict[str, frozenset[str]] = {}

    def lost(self, parsed: Parsed, kept: list[tuple[Condition, dict]], as_of: dt.date) -> list[Lost]:
        """What the parser read (its words used, none accounted for otherwise) that the kept conditions do not
        hold."""
        ctx = Context(self, parsed, kept, footprint([spec for _, spec in kept]))
        found, used, other = parsed.found, parsed.used, accounted(parsed)

        def read(a: int, b: int) -> bool:
            return b > a and all(k in used for k in range(a, b)) and not any(k in other for k in range(a, b))
        out = [Lost(s.start, s.end, _label(s)) for n, s in enumerate(found.spans)
               if s.of(*CHECKED) and read(s.start, s.end) and not any(ctx.held(m) for m in s.of(*CHECKED))
               and not any(use(s, n, ctx) for use in USES)]
        # a period inside a catalog phrase the definition holds is that phrase's own ('messages received in the last
        # 6 months', an indicator's label)
        phrased = {k for s in found.spans if s.end - s.start > 1 and any(ctx.held(m) for m in s.of(*CHECKED))
                   for k in range(s.start, s.end)}
        out += [Lost(w.start_tok, w.end_tok, "") for w in found.windows
                if not w.vague and not w.anaphora and read(w.start_tok, w.end_tok) and not _period_held(w, ctx, as_of)
                and not set(range(w.start_tok, w.end_tok)) <= phrased]
        out += [Lost(c.start_tok, c.end_tok, f"{c.value:g}") for c in found.comparisons
                if read(c.start_tok, c.end_tok) and not _number_held(c, ctx.fp)]
        out += [Lost(r.start_tok, r.end_tok, f"{r.size:g}") for r in map(_Size.of, found.rankings)
                if r.size is not None and read(r.start_tok, r.end_tok) and float(r.size) not in ctx.fp.numbers]
        for said, held in ((found.hours, ctx.fp.hours), (found.days, ctx.fp.days), (found.months, ctx.fp.months)):
            out += [Lost(x.start_tok, x.end_tok, "") for x in said
                    if read(x.start_tok, x.end_tok) and not set(_times_of(x)) <= held]
        return out + _every_unread(ctx, other)

    def held(self, m: Meaning, fp: Footprint) -> bool:
        """Whether the definition holds the catalog meaning `m`, itself or by what it means."""
        keys = fp.keys
        if m.kind in ("value", "dimvalue"):
            said = ("value", m.column) if m.kind == "value" else ("dimvalue", m.dim)
            return any((*said, str(v)) in keys for v in m.values) or self._defines(m, fp.events) \
                or _named(m, fp) or self._complement(m, fp.values.get(said))
        if m.kind == "column":
            return ("column", m.column) in keys or (m.event is not None and self.same_records(m.event, fp.events)) \
                or m.event is None and m.column is not None and any(
                    k[0] == "dim" and m.column in self.paired.get(k[1], ()) for k in keys)
        if m.kind in ("event", "qualifier"):
            return self.same_records(m.event, fp.events)
        if m.kind == "kindword":
            return any(self.kinds.get(e) == m.ref for e in fp.events)
        key = {"dimension": ("dim", m.dim), "glossary": ("term", m.ref), "indicator": ("indicator", m.ref),
               "table": ("table", m.ref)}.get(m.kind)
        if key is not None:
            return key in keys
        if m.kind == "indvalue":
            return any(("indvalue", m.ref, str(v)) in keys for v in m.values)
        return True

    def same_records(self, event: str | None, events: set[str]) -> bool:
        """A behaviour word said of a behaviour of the same records ('clicked a campaign': the click is a message's;
        'cancelled orders': orders cancelled)."""
        table = self.tables.get(event)
        return event in events or any(self.tables.get(e) == table for e in events)

    def _defines(self, m: Meaning, events: set[str]) -> bool:
        """A value that defines a behaviour held ('cancelled' of a cancelled order: its definition fixes it)."""
        return any(str(v) in self.defined.get(e, ()) for e in events for v in m.values)

    def _complement(self, m: Meaning, held: set[str] | None) -> bool:
        """A value read as its column's other values ('not app': web; 'hasn't been resolved': open or pending)."""
        if not held or not m.column:
            return False
        try:
            every = {str(v) for v in self.catalog.column(m.column).values}
        except KeyError:
            return False
        said = {str(v) for v in m.values}
        return bool(every) and said <= every and not said & held and held | said == every

    def named_words(self, m: Meaning) -> frozenset[str]:
        """The words of a column's or indicator's own phrases, in every language; found once each."""
        key = f"{m.kind}:{m.column or m.ref}"
        if key not in self._named_words:
            try:
                item = self.catalog.column(m.column) if m.kind == "column" else self.catalog.indicators[m.ref]
            except KeyError:
                item = None
            self._named_words[key] = _words(_texts(item, [m.label]) if item is not None else [m.label])
        return self._named_words[key]


def lost_warnings(lost: list[Lost], request: str, tokens: list[Token], lang: str, labels: dict[str, str]) -> list[str]:
    """Each thing lost as a warning in the request's language: its words as typed and what they were read as (the
    catalog's label in that language, from `labels`)."""
    messages = LANGUAGES[lang].MESSAGES
    out = []
    for x in lost:
        phrase = typed_text(request, tokens, x.start, x.end)
        reading = labels.get(x.reading, x.reading)
        if x.reading == EVERY:      # a word no reading read ('were ALL placed'): its meaning is not applied
            out.append(messages["every_not_kept"].format(phrase=phrase))
        elif reading and reading != phrase:
            out.append(messages["not_kept"].format(phrase=phrase, reading=reading))
        else:
            out.append(messages["not_kept_plain"].format(phrase=phrase))
    return list(dict.fromkeys(out))


# -- the uses of a phrase by the meaning of another --------------------------------------------------------------

def _leads(s: Span, n: int, ctx: Context) -> bool:
    """A column's or dimension's word right before a value it leads, maybe behind a preposition or a determiner
    ('living in the UK': the country read, of another column; 'came from organic search')."""
    if not s.of("column", "dimension") or s.of("value", "dimvalue", "event", "qualifier") or n + 1 >= len(ctx.spans):
        return False
    after = ctx.spans[n + 1]
    between = ctx.words(s.end, after.start)
    return len(between) <= 2 and not any(w in CONNECTORS for w in between) \
        and any(ctx.held(m) for m in after.of("value", "dimvalue", "indvalue"))


def _verb_of(s: Span, n: int, ctx: Context) -> bool:
    """A behaviour's verb said of the behaviour next to it, in the words of one criterion holding that one ('opened
    a refund ticket': the ticket's opening, not a message opened)."""
    within = ctx.within(s.start, s.end) if s.of("event") else []
    if not within:
        return False
    before = next((o for o in reversed(ctx.spans[:n]) if o.of("event", "kindword")), None)
    after = next((o for o in ctx.spans[n + 1:] if o.of("event", "kindword")), None)
    for other in (o for o in (before, after) if o is not None):
        if not any(c.start_tok <= other.start and other.end <= c.end_tok for c in within):
            continue
        a, b = (other.end, s.start) if other.start < s.start else (s.end, other.start)
        joined = not any(w in CONNECTORS for w in ctx.words(a, b))
        if joined and any(ctx.held(m) for m in other.of("event", "kindword")):
            return True
    return False


def _measure_of(s: Span, n: int, ctx: Context) -> bool:
    """A column's or indicator's word naming a number said right beside it, in the words of the criterion holding
    that number ('the 50-64 age band': the age)."""
    if not s.of("column", "indicator") or s.of("value", "dimvalue", "event", "qualifier"):
        return False
    within = ctx.within(s.start, s.end)
    return any((c.end_tok == s.start or c.start_tok == s.end) and _number_held(c, ctx.fp)
               and any(k.start_tok <= c.start_tok and c.end_tok <= k.end_tok for k in within)
               for c in ctx.parsed.found.comparisons)


def _or_side(s: Span, n: int, ctx: Context) -> bool:
    """A value joined by 'or' to a behaviour that holds it whole: 'on the web shop or app' (every online order,
    whatever its device), 'the website or app' (a site or app visit, its own words say)."""
    said = set(ctx.words(s.start, s.end))
    for other in ctx.neighbours(n):
        a, b = (other.end, s.start) if other.start < s.start else (s.end, other.start)
        between = ctx.words(a, b)
        if "or" not in between or any(w in CONNECTORS for w in between):
            continue
        events = {m.event for m in other.of("event", "qualifier") if ctx.held(m)}
        if any(m.event in events and ("dim", m.dim) not in ctx.fp.keys for m in s.of("dimvalue")):
            return True
        if any(said <= ctx.facts.event_words.get(e, frozenset()) for e in events):
            return True
    return False


def _denied(s: Span, n: int, ctx: Context) -> bool:
    """A value of a behaviour's own record said denied beside another value of it ('shipped but not yet delivered':
    an order has one status, so a shipped one is not delivered)."""
    if not any(w in NEGATIONS for w in ctx.words(max(0, s.start - 3), s.start)):
        return False
    for m in s.of("dimvalue"):
        held = ctx.fp.values.get(("dimvalue", m.dim))
        own = m.event is not None and m.column and m.column.rsplit(".", 1)[0] == ctx.facts.tables.get(m.event)
        if own and held and not held & {str(v) for v in m.values}:
            return True
    return False


def _head_noun(s: Span, n: int, ctx: Context) -> bool:
    """A dimension's word as the noun a value or a channel said right before it qualifies ('premium articles',
    'catalog goods'): the things the behaviour's events are of, no value of their own."""
    before = ctx.spans[n - 1] if n else None
    if before is None or before.end != s.start or not s.of("dimension") or s.of("value", "dimvalue", "event"):
        return False
    return any(ctx.held(m) for m in before.of("dimvalue", "value", "qualifier")) and any(
        ctx.facts.same_records(m.event, ctx.fp.events) for m in s.of("dimension") if m.event)


def _name_part(s: Span, n: int, ctx: Context) -> bool:
    """A word of a column's own name said beside it ('solde de points fidélité': the loyalty points)."""
    said = set(ctx.words(s.start, s.end))
    return any((other.end == s.start or other.start == s.end) and ctx.held(m) and ctx.facts.named_words(m) & said
               for other in ctx.neighbours(n) for m in other.of("column", "indicator"))


USES: tuple[Callable[[Span, int, Context], bool], ...] = (
    _leads, _verb_of, _measure_of, _or_side, _denied, _head_noun, _name_part)


# -- words that say every one of a behaviour's events -------------------------------------------------------------

def _every_unread(ctx: Context, other: set[int]) -> list[Lost]:
    """Words that say every one of a behaviour's events ('were ALL placed between 8pm and midnight', ', only at the
    weekend', 'toujours en magasin'), said after the behaviour's own words and before what its events have (their
    hours, days, months, amount, a channel or a value), that no reading read: the definition holds some of the
    events, not every one of them."""
    found = ctx.parsed.found
    behaviours = [c for c, spec in ctx.kept if spec.get("kind") == "event" and not spec.get("negated")]
    heads = [s.start for s in found.spans if s.of("event", "kindword", "qualifier")]
    out = []
    for i, j in found.every:
        if any(k in ctx.parsed.used or k in other for k in range(i, j)):
            continue
        # said inside the behaviour's words, or right after them behind a comma (', only at the weekend')
        said_of = any(c.start_tok <= i and any(c.start_tok <= h < i for h in heads) and (
            j <= c.end_tok or i - c.end_tok <= 1 and all(w in LEADS for w in found.norms[c.end_tok:i]))
            for c in behaviours)
        if said_of and _of_each_event(found, j):
            out.append(Lost(i, j, EVERY))
    return out


def _of_each_event(found, j: int, reach: int = 4) -> bool:
    """What each event has, said right after token j (behind a link: 'were', 'placed'): its hours, days or months,
    an amount, a channel, or a value said behind other words ('toujours avec le code WELCOME10'). A value said right
    after is a state ('toujours en attente') or the thing bought ('only shoes'), one denied a state ('toujours pas
    résolu'): not every event's."""
    last = min(len(found.norms), j + reach)
    last = next((k for k in range(j, last) if found.norms[k] in CONNECTORS and found.norms[k] not in PREPOSITIONS),
                last)      # 'with the code ...': 'with' goes on, a preposition there
    if any(j <= x.start_tok < last for x in (*found.hours, *found.days, *found.months)):
        return True
    if any(j <= c.start_tok < last and c.currency for c in found.comparisons):
        return True
    for s in (s for s in found.spans if j <= s.start < last):     # the first value or channel said after them
        if any(m.event for m in s.of("column", "dimension")) and not s.of("qualifier", "dimvalue", "value"):
            continue           # the value's dimension named before it ('toujours avec le code WELCOME10')
        between = found.norms[j:s.start]
        return bool(s.of("qualifier")) or bool(s.of("dimvalue")) and bool(between) and \
            not any(w in NEGATIONS for w in between)
    return False


# -- periods and numbers ------------------------------------------------------------------------------------------

def _period_held(w: Window, ctx: Context, as_of: dt.date) -> bool:
    """The period in the definition: as said, as the day it goes back to ('for more than 3 years': before that day),
    as the month of any year it names ('a birthday in October'), as the time after the behaviour before ('since
    then'), or today said of a state ('still active today': every state is read as of today)."""
    fp = ctx.fp
    if (w.amount, w.unit, w.start and w.start.isoformat(), w.end and w.end.isoformat()) in fp.windows:
        return True
    if w.amount is not None and w.unit is not None and {_back(as_of, w.amount, w.unit).isoformat(), (
            _back(as_of, w.amount, w.unit) + dt.timedelta(days=1)).isoformat()} & fp.dates:
        return True     # ('for 5 years': on or before that day, the bound the day after it)
    one_month = w.start is not None and w.end is not None and w.start.day == 1 == w.end.day \
        and (w.end.year * 12 + w.end.month) - (w.start.year * 12 + w.start.month) == 1
    if one_month and w.start.month in fp.months:
        return True
    if (w.start_tok, w.end_tok) in ctx.parsed.found.since_then and fp.after:
        return True
    return w.start == as_of and w.amount is None and any(c.end_tok == w.start_tok and spec.get("kind") in STATES
                                                        for c, spec in ctx.kept)


def _number_held(c: Comparison, fp: Footprint) -> bool:
    return any(x in fp.numbers for x in (c.value, c.upper) if x is not None)


@dataclass(frozen=True)
class _Size:
    """How many a ranking keeps, where it was said."""
    start_tok: int
    end_tok: int
    size: float | None

    @classmethod
    def of(cls, r) -> _Size:
        return cls(r.start_tok, r.end_tok, r.n if r.n is not None else r.percent)


def _times_of(x) -> tuple[int, ...]:
    """The hours, days or months said."""
    return getattr(x, "hours", None) or getattr(x, "days", None) or getattr(x, "months", ())


def accounted(parsed: Parsed) -> set[int]:
    """The tokens the translation accounts for otherwise: ignored, said again as a term's meaning, or part of a
    question it asks."""
    out = set(parsed.ignored.tokens) | parsed.restated | parsed.spaced
    ranges = [(c.start_tok, c.end_tok) for c in parsed.clarify] + list(parsed.vague) + list(parsed.changes)
    ranges += [(a, b) for a, b, *_ in parsed.unclear] + [(a, b) for a, b, *_ in parsed.readings]
    ranges += [(a, b) for a, b, *_ in parsed.within] + [(a, b) for a, b, *_ in parsed.year_months]
    ranges += [(a, i + 1) for a, _, i in parsed.either_way] + [(w[0], w[5]) for w in parsed.said_between]
    ranges += [(a0, b1) for a0, _, _, b1 in parsed.contradictions]
    # the days said with a habit word ('prefer shopping at weekends'): asked with it
    ranges += [(d.start_tok, d.end_tok) for d in parsed.found.days if d.habit is not None]
    for a, b in ranges:
        out.update(range(a, b))
    return out


# -- the catalog's words and definitions --------------------------------------------------------------------------

def _texts(item, texts: list[str]) -> list[str]:
    """An element's label and synonyms in English and every other language the catalog has."""
    out = [*texts, getattr(item, "label", "") or "", *getattr(item, "synonyms", [])]
    for code in LANGUAGES:
        if code != "en":
            local = item.words(code)
            out += [getattr(local, "label", "") or "", *local.synonyms]
    return out


def _words(texts: list[str]) -> frozenset[str]:
    return frozenset(w for t in texts for w in fold(t or "").replace("'", " ").split())


def _literals(where: str | None) -> frozenset[str]:
    """The string literals a behaviour's definition compares with equality (status = 'cancelled')."""
    if not where:
        return frozenset()
    try:
        tree = sqlglot.parse_one(where, read="duckdb")
    except sqlglot.errors.ParseError:
        return frozenset()
    return frozenset(str(lit.this) for eq in tree.find_all(exp.EQ, exp.In) for lit in eq.find_all(exp.Literal)
                     if lit.is_string)


def _named(m: Meaning, fp: Footprint) -> bool:
    """A value said as part of a name held ('the Rivoli flagship in Paris': the store 'Paris Rivoli')."""
    for v in m.values:
        words = set(fold(str(v)).replace("-", " ").split())
        if words and any(words < name for name in fp.names):
            return True
    return False


def _label(s: Span) -> str:
    return next((m.label for m in s.of(*CHECKED) if m.label), "")
