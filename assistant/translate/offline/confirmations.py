"""Words of a request that confirm what was read and carry no criterion of their own: the kind of an attribute said
with its name ('the churn risk score'), a range's noun ('the 50-64 bracket', 'la tranche 50-64 ans'), an adverb of a
set-once attribute ('who originally came to us through a referral'), an attribute's name in apposition to its value
('At-risk buyers - the lifecycle stage -'), 'all three' beside a list of three values each required ('said yes to all
three - email, text messages and push'), and 'any channel', 'all channels counted' where no channel was read.

Each is read only where what it confirms was read so; anywhere else its words stay unread, and are asked about (a
list of another length, a list read as 'or', a channel read beside 'all channels counted'). A part of the Parser
(parser.py), run once the criteria are read; the words are each language's (lang_en, and lang_fr's own beside them).
"""
from __future__ import annotations

from assistant.meaning import CompareCondition, Condition, IndicatorCondition, OrCondition
from assistant.translate.lang_en import (
    CONNECTORS, DETERMINERS, FUNCTION_WORDS, KIND_LINKS, KIND_WORDS, LIST_COUNT_JOINS, LIST_COUNT_LEADS, LIST_COUNT_TAILS,
    NEW_WORDS, NUMBER_WORDS, ORIGIN_ADVERBS, QUALIFIER_PREPOSITIONS, RANGE_NOUNS, SEEING_VERBS, SEEN_WORDS,
)
from assistant.translate.offline.text import fold
from schema_catalog.model import LANGUAGES
from assistant.translate.offline.lexicon import Span

_ATTRIBUTES = frozenset({"column", "indicator", "dimension"})      # the meanings that name an attribute
_VALUES = frozenset({"value", "dimvalue", "indvalue"})             # ... and those of one of its values
_OPENS = frozenset({",", "-", "(", ":", "–", "—"})                  # what opens a list, an apposition
_CLOSES = frozenset({",", "-", ")", ":", ".", "?", "!", ";", "–", "—"})
_QUOTES = frozenset({"«", "»", '"', "“", "”"})     # around a value said as typed


def attributes(meanings) -> set[str]:
    """The attributes meanings name or are values of: a column, an indicator, a behaviour's dimension."""
    out: set[str] = set()
    for m in meanings:
        if m.kind == "indicator" or m.kind == "indvalue":
            out.add(f"indicator:{m.ref}")
        if m.column:
            out.add(m.column)
        if m.dim:
            out.add(f"dim:{m.dim}")
    return out


def _flat(conditions: list[Condition]) -> list[Condition]:
    """The conditions and those inside each 'or' group."""
    out: list[Condition] = []
    for c in conditions:
        out.append(c)
        if isinstance(c, OrCondition):
            out += _flat([g for group in c.groups for g in group])
    return out


def _values(c: Condition) -> set[str]:
    """The values a condition tests (of its attribute, or of its behaviour's dimensions)."""
    values = list(getattr(c, "values", ()) or ())
    values += [v for vs in (getattr(c, "dims", None) or {}).values() for v in vs]
    return {str(v) for v in values}


class Confirmations:
    """The words that confirm what was read, read once the criteria are."""

    def _confirmations(self) -> None:
        self.kind_words = KIND_WORDS | self._own_words("KIND_WORDS")
        self._any_said_read()
        self._all_of_a_list()
        self._appositions()
        self._kind_words()
        self._attribute_tails()
        self._units_of_the_attribute()
        self._range_nouns()
        self._origin_adverbs()
        self._new_joiners()
        self._seeing_a_measure()

    def _own_words(self, name: str) -> frozenset[str]:
        return getattr(self.words, name, frozenset()) if self.words is not None else frozenset()

    def _span_at(self, k: int, ending: bool = False) -> Span | None:
        """The catalog phrase that starts (or ends) at token k."""
        return next((s for s in self.lexicon_spans if (s.end == k if ending else s.start == k)), None)

    def _free(self, k: int) -> bool:
        """Token k is read by nothing and inside no catalog phrase."""
        return 0 <= k < len(self.norms) and k not in self.out.used and k not in self.out.ignored.tokens \
            and not any(s.start <= k < s.end for s in self.lexicon_spans)

    def _read_attribute(self, s: Span | None) -> bool:
        return s is not None and s.start in self.out.used and bool(s.meanings) and \
            all(m.kind in _ATTRIBUTES for m in s.meanings)

    # -- the kind of an attribute, a range's noun, an adverb of origin ---------------------------------------------
    def _kind_words(self) -> None:
        """'the churn risk score', 'le score de risque d'attrition': the kind said after an attribute's name that was
        read, or before it with a link."""
        for k, norm in enumerate(self.norms):
            if norm not in self.kind_words or not self._free(k):
                continue
            if self._read_attribute(self._span_at(k, ending=True)):
                self._use(k, k + 1)
                continue
            after = k + 1 + (k + 1 < len(self.norms) and self.norms[k + 1] in KIND_LINKS)
            if after < len(self.norms) and self._read_attribute(self._span_at(after)):
                self._use(k, after)

    def _attribute_tails(self) -> None:
        """'in the low churn risk band', 'dans la tranche de risque de churn faible': a value read whose words end as
        its attribute's name begins ('low churn risk', a value of the churn risk band), and the free word after it
        that ends that name ('band'); or whose words begin as that name ends, after free words that begin it
        ('tranche de' + 'risque ...', 'tranche de risque'); or said after the attribute's name, or a word of it ('au
        stade « acheteurs fidèles »'): the attribute named with its value, nothing more."""
        for s in self.lexicon_spans:
            if s.start not in self.out.used:
                continue
            named = {(m.kind == "indvalue" and m.ref) or m.column for m in s.meanings if m.kind in ("indvalue", "value")}
            if not named:
                continue
            said = tuple(self.norms[s.start:s.end])

            def names(meanings) -> bool:
                return any((m.kind == "indicator" and m.ref in named) or (m.kind == "column" and m.column in named)
                           for m in meanings)
            k = s.end
            if k < len(self.norms) and self._free(k) and any(
                    key[:-1] and said[-len(key) + 1:] == key[:-1] and names(meanings)
                    for key, meanings in self.lexicon.phrases_ending(self.norms[k])):
                self._use(k, k + 1)
            j = s.start - 1
            while j >= 0 and self.norms[j] in _QUOTES:
                j -= 1
            name = self._span_at(j + 1, ending=True) if j >= 0 else None
            if name is not None and name.start not in self.out.used and name.meanings and names(name.meanings) \
                    and all(m.kind in _ATTRIBUTES for m in name.meanings):
                self._use(name.start, s.start)      # 'the churn risk band « low »': its name, said before it
                continue
            # (a word another attribute's name too: 'stade' of the journey stage, before a lifecycle stage's value)
            alone = name is not None and name.end - name.start == 1 and name.start not in self.out.used \
                and all(m.kind in _ATTRIBUTES for m in name.meanings)
            if j >= 0 and (self._free(j) or alone) and self.norms[j] not in FUNCTION_WORDS and any(
                    self.norms[j] in self.lexicon.attribute_words(a) for a in named):
                self._use(j, s.start)     # 'au stade « acheteurs fidèles »', 'the tier gold': a word of its name
                continue
            for m in (2, 1, 3):       # 'tranche de' before 'risque de churn faible'
                # (as typed: French 'de' reads 'of' once rewritten, the catalog's phrase keeps it)
                head = self.lexicon.key(" ".join(t.text for t in self.tokens[s.start - m:s.start])) if s.start >= m else ()
                if head and all(self._free(j) for j in range(s.start - m, s.start)) and any(
                        names(self.lexicon.phrases.get(head + said[:n], ())) for n in range(1, len(said))):
                    self._use(s.start - m, s.start)
                    break

    def _units_of_the_attribute(self) -> None:
        """'a recency between 31 and 60 days', 'plus de 1 000 points': the word after a number compared with an
        attribute that its own name or unit says ('days' of 'days since last purchase', 'points') is that number's
        unit, nothing more (it was asked)."""
        for c in _flat(self.out.criteria + self.out.exclusions):
            k = c.end_tok
            comparison = getattr(c, "comparison", None)
            if comparison is None or comparison.end_tok != k or not self._free(k) \
                    or not isinstance(c, (CompareCondition, IndicatorCondition)):
                continue
            if self.norms[k] in self._named_units(c):
                self._use(k, k + 1)

    def _named_units(self, c: Condition) -> set[str]:
        """The words of an attribute's labels (each language's) and its unit."""
        if isinstance(c, IndicatorCondition):
            element, name, unit = self.catalog.indicators[c.indicator], c.indicator, None
        else:
            element, name = self.catalog.column(c.column), c.column.rsplit(".", 1)[1]
            unit = element.unit
        labels = [getattr(element, "label", ""), name.replace("_", " "), unit or ""] + \
            [element.words(lang).label or "" for lang in LANGUAGES]
        return {w for label in labels for w in self.lexicon.key(label)}

    def _range_nouns(self) -> None:
        """'la tranche 50-64 ans', 'the 50-64 bracket': the noun of a range said right beside the range that was read
        (two numbers, both read)."""
        nouns = RANGE_NOUNS | self._own_words("RANGE_NOUNS")
        for k, norm in enumerate(self.norms):
            if norm not in nouns or not self._free(k):
                continue
            for side in (range(k + 1, min(k + 4, len(self.norms))), range(k - 1, max(k - 4, -1), -1)):
                numbers = [j for j in side if self.tokens[j].number is not None]
                if len(numbers) == 2 and all(j in self.out.used for j in side if j in numbers or self.norms[j] != "-") \
                        and self.tokens[next(iter(side))].number is not None:
                    self._use(k, k + 1)
                    break

    def _origin_adverbs(self) -> None:
        """'who originally came to us through a referral': an adverb of origin right before an attribute the catalog
        sets once (its `set_on`) that was read."""
        adverbs = ORIGIN_ADVERBS | self._own_words("ORIGIN_ADVERBS")
        for k, norm in enumerate(self.norms):
            s = self._span_at(k + 1) if norm in adverbs and self._free(k) else None
            if s is not None and s.start in self.out.used and any(
                    m.kind == "column" and m.column and self.catalog.column(m.column).set_on for m in s.meanings):
                self._use(k, k + 1)

    def _new_joiners(self) -> None:
        """'New accounts opened this year', 'nouveaux inscrits depuis mai': a word of newness right before the words of
        the date a customer joined, read (as a date: 'accounts opened this year'): joining is new by itself."""
        new = NEW_WORDS | self._own_words("NEW_WORDS")
        for k, norm in enumerate(self.norms):
            s = self._span_at(k + 1) if norm in new and self.joined and self._free(k) else None
            if s is not None and s.start in self.out.used and any(m.kind == "column" and m.column == self.joined
                                                                  for m in s.meanings):
                self._use(k, k + 1)

    def _seeing_a_measure(self) -> None:
        """'viewed over 15 pages in one visit', 'qui ont vu le plus de pages sur le site': a verb of seeing said right
        before the words of a measure that is itself what was seen (its catalog words say so: 'page views', 'pages
        vues'), read by a condition: the verb only says that measure. Before anything else ('viewed shoes'), or after
        the measure, it stays asked."""
        verbs = SEEING_VERBS | self._own_words("SEEING_VERBS")
        for k, norm in enumerate(self.norms):
            if norm not in verbs or not self._free(k):
                continue
            j = k + 1
            while j < len(self.norms) and not self._span_at(j) and (j in self.out.used or self.norms[j] in FUNCTION_WORDS) \
                    and self.norms[j] not in CONNECTORS:
                j += 1      # the count or the ranking said of the measure ('over 15', 'le plus de')
            s = self._span_at(j)
            if s is not None and s.start in self.out.used and any(
                    m.kind == "column" and m.event and self._seen_measure(m.event, m.ref, verbs)
                    and self._measured_by(s, m.ref) for m in s.meanings):
                self._use(k, k + 1)

    def _seen_measure(self, event: str, name, verbs: frozenset[str]) -> bool:
        """Is this measure of the event what was seen: its words, in any language, hold a form of seeing?"""
        measure = self.catalog.events[event].measures.get(name) if isinstance(name, str) else None
        if measure is None:
            return False
        said = [measure.label] + [w for lang in LANGUAGES for local in (measure.words(lang),)
                                  for w in (getattr(local, "label", ""), *local.synonyms)]
        seeing = verbs | SEEN_WORDS | self._own_words("SEEN_WORDS")
        return any(fold(w) in seeing for phrase in said if phrase for w in phrase.lower().split())

    def _measured_by(self, s: Span, name: str) -> bool:
        """A condition read at the measure's words counts or ranks that measure, and no other condition was read of
        the same behaviour ('landed from organic search and browsed more than 10 pages in one visit': one visit, or
        two? asked)."""
        conditions = _flat(self.out.criteria + self.out.exclusions)
        for c in conditions:
            for held in (c, getattr(c, "source", None), getattr(c, "left", None), getattr(c, "right", None)):
                if held is not None and getattr(held, "measure", None) == name and c.start_tok <= s.start < c.end_tok:
                    events = set(getattr(held, "events", ()))
                    return not any(o is not c and o is not held and events & set(getattr(o, "events", ()))
                                   for o in conditions)
        return False

    # -- an attribute's name beside its value ----------------------------------------------------------------------
    def _appositions(self) -> None:
        """'At-risk buyers - the lifecycle stage - living in Italy', 'acheteurs à risque, le stade d'achat, ...': the
        name of an attribute said between two edges right after a value of it that was read confirms that value."""
        for s in self.lexicon_spans:
            if s.start in self.out.used or not s.meanings or any(m.kind not in _ATTRIBUTES for m in s.meanings):
                continue
            value = self._apposed_value(s, self.lexicon_spans)
            if value is not None and self._read_as(value, attributes(s.meanings)):
                k = s.start - 1
                while self.norms[k] in DETERMINERS:
                    k -= 1
                self._use(k, s.end + (s.end < len(self.norms) and self.norms[s.end] in _CLOSES))

    def _apposed_value(self, s: Span, spans: list[Span]) -> Span | None:
        """The value right before the edge that opens the apposition at s ('buyers - the lifecycle stage -'), when an
        edge closes it (or the request ends)."""
        k = s.start - 1
        while k > 0 and self.norms[k] in DETERMINERS:
            k -= 1
        if k <= 0 or self.norms[k] not in _OPENS or s.end < len(self.norms) and self.norms[s.end] not in _CLOSES:
            return None
        value = next((v for v in spans if v.end == k), None)
        return value if value is not None and value.of(*_VALUES) and attributes(s.meanings) & attributes(
            value.of(*_VALUES)) else None

    def _appositions_opened(self, spans: list[Span]) -> frozenset[int]:
        """Where an apposition opens ('At-risk buyers - the lifecycle stage - ...'): the edge after a value that is
        no title's end."""
        return frozenset(v.end for s in spans if s.meanings and all(m.kind in _ATTRIBUTES for m in s.meanings)
                         and (v := self._apposed_value(s, spans)) is not None)

    def _read_as(self, value: Span, named: set[str]) -> bool:
        """The value was read as a value of one of `named` (a condition of that attribute holds its words)."""
        if value.start not in self.out.used:
            return False
        for c in _flat(self.out.criteria + self.out.exclusions):
            if c.start_tok <= value.start < c.end_tok and not isinstance(c, OrCondition) and named & self._of(c):
                return True
        return False

    @staticmethod
    def _of(c: Condition) -> set[str]:
        """The attributes a condition tests."""
        out = {f"dim:{d}" for d in getattr(c, "dims", {}) or {}}
        for name in ("column", "flag"):
            if getattr(c, name, ""):
                out.add(getattr(c, name))
        if getattr(c, "indicator", ""):
            out.add(f"indicator:{c.indicator}")
        return out

    # -- 'all three' beside a list -----------------------------------------------------------------------------------
    def _all_of_a_list(self) -> None:
        """'said yes to all three - email, text messages and push', 'a desktop, a phone and a tablet - all three -':
        the number confirms a list of that many values, each read as a criterion of its own (all required); the
        attribute's words said before it are read with the values ('said yes to')."""
        for k, tok in enumerate(self.tokens):
            n = tok.number if tok.number is not None else NUMBER_WORDS.get(self.norms[k])
            if not isinstance(n, (int, float)) or n < 2 or not self._free(k) and k not in self.out.unread:
                continue
            lead = next((p for p in LIST_COUNT_LEADS if tuple(self.norms[k - len(p):k]) == p and k - len(p) >= 0), ())
            start, end = k - len(lead), k + 1
            noun, named = self._list_noun(end)
            end += noun
            end += len(next((t for t in LIST_COUNT_TAILS if tuple(self.norms[end:end + len(t)]) == t), ()))
            listed = self._listed_after(end) or self._listed_before(start)
            if len(listed) != n or not self._each_required(listed) or \
                    noun and not named & attributes(m for s in listed for m in s.of(*_VALUES)):
                continue
            self._use(start, end)
            self.out.restated.update(range(start, end))       # the number says the list's length again
            self.out.unread.difference_update(range(start, end))
            self.out.unclear = [u for u in self.out.unclear if not (start <= u[0] < end and u[2] == "share")]
            head = self._span_at(start - (start > 0 and self.norms[start - 1] in QUALIFIER_PREPOSITIONS), ending=True)
            if head is not None and head.start not in self.out.used and head.of("column") and \
                    attributes(head.of("column")) & {c for s in listed for c in self._tables_of(s)}:
                self._use(head.start, head.end)

    def _tables_of(self, s: Span) -> set[str]:
        """The columns of the tables a value's meanings are read from (a consent's flag beside its channel)."""
        tables = {m.column.rsplit(".", 1)[0] for m in s.of("value") if m.column}
        return {f"{t}.{c}" for t in tables for c in self.catalog.tables[t].columns}

    def _list_noun(self, k: int) -> tuple[int, set[str]]:
        """How many words after the number name an attribute ('all three channels', 'les trois canaux'), and the
        attributes they name: a phrase of a column, or a noun the catalog counts (a behaviour's dimension)."""
        s = self._span_at(k)
        if s is not None and s.meanings and all(m.kind in _ATTRIBUTES for m in s.meanings):
            return s.end - s.start, attributes(s.meanings)
        words = next((w for w in self.counted_by_first.get(self.norms[k], ()) if tuple(self.norms[k:k + len(w)]) == w),
                     None) if k < len(self.norms) else None
        return (len(words), {f"dim:{self.counted_words[words]}"}) if words else (0, set())

    def _listed_after(self, k: int) -> list[Span]:
        """The values listed after the edge at k ('- email, text messages and push')."""
        if k >= len(self.norms) or self.norms[k] not in _OPENS:
            return []
        return self._list_from(k + 1, 1)

    def _listed_before(self, k: int) -> list[Span]:
        """The values listed before the edge right before k ('a phone and a tablet - all three')."""
        if k < 1 or self.norms[k - 1] not in _OPENS:
            return []
        return self._list_from(k - 2, -1)

    def _list_from(self, k: int, step: int) -> list[Span]:
        """The values of one attribute listed from k on (step 1) or back (step -1), joined by commas and 'and'; an
        'or' among them, or another word, ends the list (an 'or' makes it no list of required values)."""
        listed: list[Span] = []
        while 0 <= k < len(self.norms):
            s = self._span_at(k) if step > 0 else self._span_at(k + 1, ending=True)
            if s is not None and s.of(*_VALUES):
                listed.append(s)
                k = s.end if step > 0 else s.start - 1
            elif self.norms[k] in LIST_COUNT_JOINS or self.norms[k] in DETERMINERS or \
                    self.norms[k] in QUALIFIER_PREPOSITIONS and listed:
                k += step
            else:
                break
        if len(listed) > 1 and not attributes(listed[0].of(*_VALUES)).intersection(
                *[attributes(s.of(*_VALUES)) for s in listed[1:]]):
            return []
        return listed if step > 0 else listed[::-1]

    def _each_required(self, listed: list[Span]) -> bool:
        """Each value was read as a criterion of its own that holds none of the others, none negated, none inside an
        'or' (all required)."""
        owners, values = [], set()
        for s in listed:
            said = {str(v) for m in s.of(*_VALUES) for v in m.values}
            held = [c for c in self.out.criteria if c.start_tok <= s.start < c.end_tok and said & _values(c)]
            if s.start not in self.out.used or len(held) != 1 or isinstance(held[0], OrCondition) or held[0].negated:
                return False
            owners.append(id(held[0]))
            values |= said
        # no other condition reads them too ('Nike, Adidas and Puma - all three - this year' read a fourth, any of
        # them this year, beside the three of all time)
        others = [c for c in _flat(self.out.criteria + self.out.exclusions) if id(c) not in owners and _values(c) & values]
        return len(set(owners)) == len(owners) and not others

    # -- 'any channel' -----------------------------------------------------------------------------------------------
    def _any_said_read(self) -> None:
        """'all channels counted', 'tous canaux confondus', 'whatever their tier': set aside while the request was
        read, they confirm that no value of their attribute is a criterion, and stay shown so (an aside); when one
        was read (a behaviour's dimension in the behaviour they are said of, a customer's attribute anywhere) they
        contradict it, and are asked."""
        conditions = _flat(self.out.criteria + self.out.exclusions)
        for tokens, named in self.any_said:
            if tokens not in self.out.ignored.asides:
                continue
            said_of = _said_of(conditions, tokens[0])
            if any(named & {a for a in self._of(c) if a.startswith("dim:")} for c in said_of) or \
                    any(named & {a for a in self._of(c) if not a.startswith("dim:")} for c in conditions):
                self.out.ignored.asides.remove(tokens)
                self.out.unread.update(tokens)


def _said_of(conditions: list[Condition], k: int) -> list[Condition]:
    """The conditions a phrase at token k is said of: those whose words hold it, else the nearest before it."""
    holding = [c for c in conditions if c.start_tok <= k < c.end_tok]
    if holding:
        return holding
    before = [c for c in conditions if c.end_tok <= k]
    last = max((c.end_tok for c in before), default=None)
    return [c for c in before if c.end_tok == last]
