"""Every phrase the catalog (and the warehouse's own values) gives a meaning to.

The translator knows the business only through this lexicon: entity words,
attribute values, columns, events and their qualifiers, dimension values,
glossary terms, indicators and ambiguous words.
"""
from __future__ import annotations

import difflib
import functools
import hashlib
import re
from collections import Counter, defaultdict
from itertools import compress, count
from dataclasses import dataclass, field, replace

from collections.abc import Callable

from assistant.translate.lang_en import (
    COMPARISONS, CURRENCY, YEARLY_WORDS, DETERMINERS, EXCLUSION_MARKERS, FUNCTION_WORDS, LEADING_WORDS, MONTHS, NEGATIONS, OPEN_DETERMINERS, PAST_PARTICIPLE_ENDINGS, PLURAL_ENDINGS, QUALIFIER_PREPOSITIONS,
    NAME_PARTICLES, QUANTITY_NOUNS, RANGE_WORDS, SEASONS, UNITS, IRREGULAR_PARTICIPLES, AUXILIARY_VERBS, is_word,
)
from assistant.translate.lang_en import is_word as is_english
from assistant.translate.place_names import country_names
from assistant.translate.languages import words_of
from assistant.translate.offline.rewrite import prepare, rewrite
from assistant.translate.offline.text import Token, fold, osa_distance, phrase_key, tokenize, typed_in_capitals
from assistant.meaning import own_row_measure
from schema_catalog.model import Catalog
from schema_catalog.semantic import measure_column, profile_tables, where_values



# The first two words of the markers of exclusions and comparisons ('other than', 'more than'): a catalog code that is
# also a grammar word opening them is that grammar (Lexicon._acronym).
GRAMMAR_OPENINGS = frozenset(m[:2] for m in (*EXCLUSION_MARKERS, *(p for p, _ in COMPARISONS)) if len(m) > 1)

# The kinds of phrase a clarification offers as a reading of a phrase nobody read.
READABLE = frozenset({"value", "dimvalue", "event", "kindword", "glossary", "indvalue", "column", "indicator"})
STEM = 3      # letters of a word's start that a reading must share with the phrase it is offered for
# The kinds of one-word phrase a misspelt word may be read as.
TYPO_KINDS = frozenset({"value", "dimvalue", "event", "kindword", "glossary", "indvalue", "entity", "qualifier"})
_END = None    # the key that ends a phrase in the tree of phrases (every word is a string)
TYPO_MEMO = 20_000   # words (and phrases) whose typo reading (and readings) a lexicon keeps; forgotten past that


# The words that join a noun to its complement ('demande de service', 'lien de désinscription'), in either
# language's folded form: a phrase's first word before them is a noun, never a verb (Lexicon.verb_heads).
NOUN_COMPLEMENTS = frozenset({"de", "du", "des", "d", "of"})


@dataclass(frozen=True)
class Meaning:
    kind: str                      # entity value column event qualifier dimvalue dimension kindword glossary ambiguous indicator
    #                                indvalue table
    column: str | None = None      # schema.table.column
    values: tuple[str, ...] = ()
    label: str = ""
    event: str | None = None
    dim: str | None = None
    ref: str | int | None = None   # kind name, glossary/ambiguous index, indicator name, table name
    weak: bool = False             # a bare qualifier ("store" for "in store"): only when nothing else fits
    by_kind: bool = False          # a free-text value read by a word its names hold ('speakers'): each so named


@dataclass
class Span:
    start: int                     # token indexes, end exclusive
    end: int
    meanings: list[Meaning]
    typo_of: str | None = None     # the catalog word a misspelt token was read as

    def of(self, *kinds: str) -> list[Meaning]:
        return [m for m in self.meanings if m.kind in kinds]


@dataclass
class Lexicon:
    phrases: dict[tuple[str, ...], list[Meaning]] = field(default_factory=lambda: defaultdict(list))
    longest: int = 1

    acronyms: dict[tuple[str, ...], list[Meaning]] = field(default_factory=lambda: defaultdict(list))
    _words: frozenset[str] | None = None      # every word of every phrase, built on first use
    _event_words: dict[str, frozenset[str]] | None = None
    _typo_words: tuple[dict, dict] | None = None   # one-word phrases a typo may mean, by length
    _typos: dict[str, str | None] = field(default_factory=dict)   # each word's reading as a typo, once per lexicon
    _pairs: dict[str, list] | None = None    # each phrase by the word after each long word of it (_phrase_typos)
    _prefixes: dict | None = None   # the phrases as a tree of words ('visited' -> 'the' -> 'website')
    _by_last: dict | None = None    # the phrases of several words by their last word ('band' -> 'churn risk band')
    _attribute_words: dict | None = None    # an attribute (indicator name, column) -> the words of its names
    _value_words: dict | None = None        # a value (column, values) -> the words of its phrases
    _closest: dict[tuple, tuple[str, ...]] = field(default_factory=dict)   # each phrase's readings, once per lexicon
    said: dict[tuple[str, ...], str] = field(default_factory=dict)   # the catalog's own phrasings (not their
    #                                                                  variants), each as the catalog writes it
    borrowed: set[tuple[str, ...]] = field(default_factory=set)   # another language's words read here ('password'):
    #                                                              never offered as readings in this language
    _by_stem: dict[str, dict[int, set[str]]] | None = None   # the phrases a clarification may offer, by their
    #                                                         words' starts and their length
    is_word: Callable[[str], bool] = is_word  # the language's ordinary words: never typo-corrected
    # the language's words as spelt, accents kept ('livres' the books, 'livrés' delivered): None where accents are
    # not letters of their own (English)
    spelt_word: Callable[[str], bool] | None = None
    noun_leads: frozenset[str] = frozenset()     # the words a noun follows ('de', 'des', 'un'): never a participle
    spellings: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))   # one-word phrases'
    #                                                                  catalog spellings, accents kept
    # ... and each one's meanings by spelling ('voyage' the trip, 'voyagé' its status travelled): _as_typed
    spelt_meanings: dict[tuple[str, ...], dict[str, list[Meaning]]] = field(default_factory=dict)
    determiners: tuple[str, ...] = DETERMINERS  # the language's: a folded French 'à' is 'a', and no determiner
    code_leads: frozenset[str] = frozenset()     # the language's CODE_LEADS (_acronym)
    code_pronouns: frozenset[str] = frozenset()  # ... and its CODE_PRONOUNS
    codes: set[tuple[str, ...]] = field(default_factory=set)   # the acronyms the catalog writes in capitals ('US')
    key: Callable[[str], tuple[str, ...]] = phrase_key   # a phrase as the language's request tokens read
    function_words: frozenset[str] = FUNCTION_WORDS    # words too plain to be a catalog word alone ('items', 'articles')
    plurals: tuple[str, ...] = PLURAL_ENDINGS   # the language's: a real word is read only as its own plural
    # a declared value's phrase -> the customers' own columns the warehouse holds it in too ('London': their city)
    shadowed: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    # catalog phrases read through their parts ('premium members': the value and the term; _terms_apart)
    apart: set[tuple[str, ...]] = field(default_factory=set)
    negating: tuple[str, ...] = ()    # the language's negating prefixes: 'unshipped' is never a typo of 'shipped'
    aliases: set[tuple[str, ...]] = field(default_factory=set)   # colloquial words ('guys'): never offered as readings
    made: set[tuple[str, ...]] = field(default_factory=set)      # words made by an ending ('lillois'): never a typo's reading
    # The past forms of a measure of an event's own row, as a request's word reads ('rated' of 'rating', 'scored' of
    # 'score', French 'notés' of 'note', typed with or without its accent): said with that event's noun ('rated
    # tickets'), only the events that have the measure. Each word -> (event, measure) pairs, whatever else it means
    # ('notes', the scores themselves: where it stands tells them apart, Parser._measured_events); whether the events
    # ('unrated' of 'rated', with the language's negating prefixes: the events without it; the pair's last: False)
    measured: dict[str, set[tuple[str, str, bool]]] = field(default_factory=lambda: defaultdict(set))
    # the forms made by agreement of a phrase's last letters ('venus' of 'venu'; 'boutiqu' of 'boutique'): never a
    # masculine a feminine is read from
    agreed: set[tuple[str, ...]] = field(default_factory=set)
    # each typed word's reading as a feminine (rewrite.feminine_nouns), worked out once per lexicon
    feminines: dict[tuple[str, str], tuple[bool, str | None]] = field(default_factory=dict)
    feminine_words: set[tuple[str, str]] = field(default_factory=set)     # those of them that are either
    unfeminine_words: set[tuple[str, str]] = field(default_factory=set)   # and those that are neither (most)
    # Part of a name found in the data ('Rivoli' of the store 'Paris Rivoli', 'Black Friday 2025' of the campaigns
    # 'Black Friday 2025 - email' and '- push'): the values it names, read only when typed as a name (see name_parts).
    partial_names: dict[tuple[str, ...], list[Meaning]] = field(default_factory=lambda: defaultdict(list))
    # A catalog phrase with a place for the thing ('looked at a product'): (words before, words after, meanings).
    slotted: list[tuple[tuple[str, ...], tuple[str, ...], list[Meaning]]] = field(default_factory=list)
    # The word a name found in the data starts with, when that word is a catalog phrase of its own ('Reactivation'
    # of 'Reactivation Apr 2026 - sms', also an objective's synonym): what it names, to say so beside its reading.
    name_starts: dict[tuple[str, ...], list[Meaning]] = field(default_factory=lambda: defaultdict(list))
    # The catalog's one word for a quantity of goods ('units', 'unités'): another plural of such a noun said after a
    # number ('6 or more items', '6 articles ou plus') reads as it (goods_quantities)
    quantity_word: str | None = None
    # The phrases of a quantity of the customer's own (a profile column with a unit: 'cars', 'dependents'), said by a
    # word that counts it ('no car', 'without a car', 'one car': counts_in_words)
    counted: set[tuple[str, ...]] = field(default_factory=set)
    # The phrases of a customer's yearly amount (a profile column whose words say so: 'annual income'): an amount
    # earned is one, 'a year' after it says its period again (earned_amounts)
    yearly: set[tuple[str, ...]] = field(default_factory=set)
    # The phrases read only before a number ('household has': _add_measure_verbs), and the words a number is said in
    # before they are figures ('five')
    numbered: set[tuple[str, ...]] = field(default_factory=set)
    number_words: frozenset[str] = frozenset()
    _slotted_index: tuple[int, dict[str, list]] | None = None
    _verb_heads: dict[str, list[tuple[str, frozenset[str]]]] | None = None
    _partial_index: tuple[int, dict[str, int]] | None = None
    _acronym_index: tuple[int, frozenset[str]] | None = None
    # The phrases whose own words hold a negation ('not opened'): elsewhere a 'no' in a phrase stands in its
    # determiner's place ('visited no store', 'ajouté aucun article') and is the clause's negation (parser._negation_word).
    negated_phrases: set[tuple[str, ...]] = field(default_factory=set)
    # A value's or a behaviour's phrases made of grammar words alone ('with us', 'chez nous' for direct bookings, 'had a'
    # for a car acquired): said of every behaviour ('stayed with us', 'have had no visit'), never read as it; the catalog
    # check names them (schema_catalog/unread.py)
    grammatical: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, text: str, meaning: Meaning) -> None:
        key = self.key(text)
        if not key:
            return
        if meaning.kind == "qualifier" and len(key) > 1 and key[0] in QUALIFIER_PREPOSITIONS \
                and not any(w in DETERMINERS for w in key):
            for det in DETERMINERS:     # 'in shops' also reads 'in our shops', 'in the shops'
                self._put(key[:1] + (det,) + key[1:], meaning)
        # a grammar word the catalog declares as an event's measure ('items' for a quantity) is read as it says
        measure = meaning.kind == "column" and meaning.event is not None and meaning.ref is not None
        if len(key) == 1 and key[0] in self.function_words and meaning.kind not in ("entity", "event", "kindword") \
                and not measure:
            # "US" the country, not "us" the pronoun: only matched when typed in capitals (or after 'the', _acronym)
            if meaning not in self.acronyms[key]:
                self.acronyms[key].append(meaning)
            if text.isupper():
                self.codes.add(key)
            return
        if len(key) > 1 and meaning.kind in ("value", "dimvalue", "event") and all(w in self.function_words for w in key):
            self.grammatical.add(key)
            return
        if len(key) == 1 and " " not in text.strip():
            self.spellings[key].add(text.strip().lower())
            said = self.spelt_meanings.setdefault(key, {}).setdefault(text.strip().lower(), [])
            if meaning not in said:
                said.append(meaning)
        if meaning.kind in READABLE and (key not in self.said or self.said[key] == " ".join(key) != text):
            # as the catalog writes it: its label ('VIP', 'Belgique') over a value's plain code ('vip', 'belgique')
            self.said[key] = text
        for variant in _determiner_variants(key, self.determiners):
            self._put(variant, meaning)

        if any(w in NEGATIONS for w in key):
            self.negated_phrases.add(key)

    def _put(self, key: tuple[str, ...], meaning: Meaning) -> None:
        if meaning not in self.phrases[key]:
            self.phrases[key].append(meaning)
            self.longest = max(self.longest, len(key))
            self._prefixes = self._by_last = self._attribute_words = self._value_words = None

    def phrases_ending(self, word: str) -> list[tuple[tuple[str, ...], list[Meaning]]]:
        """The phrases of several words that end with `word`, and their meanings (indexed once)."""
        if self._by_last is None:
            self._by_last = defaultdict(list)
            for key, meanings in self.phrases.items():
                if len(key) > 1:
                    self._by_last[key[-1]].append((key, meanings))
        return self._by_last.get(word, [])

    def attribute_words(self, attribute: str) -> frozenset[str]:
        """The words of the names of an attribute (an indicator's name, or a column), each language's this lexicon
        reads ('stade', 'achat' of 'stade d'achat'), indexed once."""
        if self._attribute_words is None:
            found: dict[str, set[str]] = defaultdict(set)
            for key, meanings in self.phrases.items():
                for m in meanings:
                    if m.kind == "indicator" or m.kind == "column" and not m.event:
                        found[m.ref if m.kind == "indicator" else m.column].update(key)
            self._attribute_words = {a: frozenset(words) for a, words in found.items()}
        return self._attribute_words.get(attribute, frozenset())

    def value_words(self, column: str, values: tuple[str, ...]) -> frozenset[str]:
        """The words of a value's phrases ('porteurs', 'carte', 'prestige' of the card tier Prestige), indexed once."""
        if self._value_words is None:
            found: dict[tuple, set[str]] = defaultdict(set)
            for key, meanings in self.phrases.items():
                for m in meanings:
                    if m.kind in ("value", "dimvalue"):
                        found[(m.column, m.values)].update(key)
            self._value_words = {v: frozenset(words) for v, words in found.items()}
        return self._value_words.get((column, values), frozenset())

    def words(self) -> frozenset[str]:
        """Every word of every phrase."""
        if self._words is None:
            self._words = frozenset(w for key in self.phrases for w in key)
        return self._words

    def event_words(self) -> dict[str, frozenset[str]]:
        """Each event's words: every word of the phrases that name it ('opened a newsletter')."""
        if self._event_words is None:
            found: dict[str, set[str]] = defaultdict(set)
            for key, meanings in self.phrases.items():
                for m in meanings:
                    if m.kind == "event":
                        found[m.event].update(key)
            self._event_words = {e: frozenset(w) for e, w in found.items()}
        return self._event_words

    def split_compounds(self, tokens: list[Token]) -> list[Token]:
        """'standard-tier' -> 'standard' 'tier' when the catalog knows the parts but not the compound
        ('do-not-contact' and 'win-back' stay whole: the catalog names them)."""
        words = self.words()
        out = []
        for t in tokens:
            parts = t.norm.split("-")
            # (a word the grammar wrote in place of the typed one, 'semestre' -> 'half-year', is no typed compound)
            if len(parts) < 2 or t.norm in words or not any(p in words for p in parts) \
                    or len(t.text.split("-")) != len(parts):
                out.append(t)
                continue
            offset = t.start
            for raw in t.text.split("-"):
                out.append(Token(raw, fold(raw), offset, offset + len(raw)))
                offset += len(raw) + 1
        return out

    def past_forms(self, tokens: list[Token], after: frozenset[str], endings: tuple[tuple[str, str], ...],
                   pronouns: dict[str, str] | None = None, values_after: frozenset[str] = frozenset()) -> list[Token]:
        """'didn't open the email', 'without clicking through', 'sans l'ouvrir': after an auxiliary or a
        preposition, a verb's base form, gerund or infinitive that names no behaviour is read as the past form the
        catalog names ('opened', 'clicked', 'ouvert'), never as a value that happens to be spelt like it ('open').
        An ending is (the ending replaced, the past ending), tried in order. A word right before the verb that
        `pronouns` names is its object pronoun ("l'ouvrir": 'it', the thing named before), read so. After one of
        `values_after` ('to', 'not'), a word the catalog names as a value stays that value ('opted in to email',
        'SMS but not email': read as 'emailed', the consent became a newsletter received)."""
        out, pronouns = list(tokens), pronouns or {}
        for i in range(1, len(tokens)):
            word = tokens[i].norm
            if tokens[i - 1].norm not in after or self._behaviour(word):
                continue
            if tokens[i - 1].norm in values_after and not (i > 1 and tokens[i - 2].norm in after) \
                    and any(m.kind in ("value", "dimvalue") for m in self.phrases.get((word,), ())):
                continue      # ('did not open': the auxiliary before says the verb)
            past = next((made for cut, e in endings if word.endswith(cut) and len(word) > len(cut) + 1
                         and self._behaviour(made := word[:len(word) - len(cut)] + e)), None)
            if past is not None and self._verb_of_the_value(word, past):
                continue      # 'without email consent': a value ('email') whose verb names its event stays the value
            if past is not None and self._inside_a_phrase(tokens, i):
                continue      # 'minus the do not contact list': the catalog's phrase, no verb of a behaviour
            if past is not None:
                out[i] = Token(tokens[i].text, past, tokens[i].start, tokens[i].end)
                if (said := pronouns.get(tokens[i - 1].norm)) is not None:
                    out[i - 1] = Token(tokens[i - 1].text, said, tokens[i - 1].start, tokens[i - 1].end)
        return out

    def _inside_a_phrase(self, tokens: list[Token], i: int) -> bool:
        """The token at i is inside a catalog phrase that begins before it ('do not contact list')."""
        norms = [t.norm for t in tokens[max(0, i - 3):i + 4]]
        at = min(i, 3)
        return any(tuple(norms[j:k]) in self.phrases for j in range(at) for k in range(at + 1, len(norms) + 1))

    def _verb_of_the_value(self, word: str, past: str) -> bool:
        """`word` is a value the catalog names and `past` a behaviour only as a value's verb ('email' -> 'emailed')."""
        return any(m.kind in ("value", "dimvalue") for m in self.phrases.get((word,), ())) and \
            not any(m.kind in ("event", "kindword") and m.dim is None for m in self.phrases.get((past,), ()))

    def goods_quantities(self, tokens: list[Token], bounds: frozenset[str]) -> list[Token]:
        """'6 or more items', '6 articles ou plus', 'more than 10 items' where the catalog says 'units': a plural noun
        of a quantity of goods (lang_en.QUANTITY_NOUNS, as the language's rewrite reads its own) the catalog gives no
        meaning, said after a number (and the words of its bound, `bounds`), reads as the catalog's word for it, the
        text kept (asked about, it was a quantity nobody could read). Elsewhere ('kids items') it is goods."""
        if self.quantity_word is None:
            return tokens
        out = list(tokens)
        for i, t in enumerate(tokens):
            if t.norm not in QUANTITY_NOUNS or not t.norm.endswith("s") or (t.norm,) in self.phrases:
                continue
            k = i - 1
            while k > 0 and tokens[k].norm in bounds:
                k -= 1
            if k >= 0 and tokens[k].number is not None:
                out[i] = t._replace(norm=self.quantity_word)
        return out

    def ordinal_events(self, tokens: list[Token], words: dict[int, str]) -> list[Token]:
        """'whose 1st purchase was online', 'leur 1er achat', 'a 2nd order': an ordinal typed in figures right before
        a behaviour's noun is its word ('first', 'second'), as typed in letters (it was asked about); before anything
        else ('May 1st', 'the 1st quarter') it stays a number."""
        out = tokens
        for i, t in enumerate(tokens[:-1]):
            if t.suffix == "th" and t.number in words and any(
                    m.kind in ("event", "kindword") for m in self.phrases.get((tokens[i + 1].norm,), ())):
                out = list(out) if out is tokens else out
                out[i] = Token(t.text, words[int(t.number)], t.start, t.end)
        return out

    def counts_in_words(self, tokens: list[Token], none: frozenset[tuple[str, ...]], one: frozenset[str],
                        determiners: frozenset[str], owning: frozenset[str], negations: frozenset[str]) -> list[Token]:
        """'no car', 'without a car', 'sans voiture', 'pas de char', 'one car': words that count a quantity of the
        customer's own (`counted`) said before it read as its number ('0 car', '1 car'), as a figure does (the
        quantity was left unread and asked). 'don't have a car' is none of them (read 'not one or more', it took in
        the households whose count is unknown): the negation before the verb of having is the count's. A value the
        catalog names so ('no dependents') is its own phrase, read first."""
        if not self.counted:
            return tokens
        opens = {w[0] for w in none} | one | determiners
        if opens.isdisjoint(t.norm for t in tokens):     # (most requests: no word that could count)
            return tokens
        out, i = [], 0
        while i < len(tokens):
            t = tokens[i]
            if t.norm not in opens:
                out.append(t)
                i += 1
                continue
            said = next((w for w in none if tuple(x.norm for x in tokens[i:i + len(w)]) == w), None)
            k = i + (len(said) if said else 1)
            k += said is not None and k < len(tokens) and tokens[k].norm in determiners
            denied = len(out) > 1 and out[-1].norm in owning and out[-2].norm in negations
            n = 0 if said else 1 if t.norm in one else 0 if denied and t.norm in determiners else None
            w = next((w for w in range(3, 0, -1) if tuple(x.norm for x in tokens[k:k + w]) in self.counted), 0)
            # (a figure said after the quantity is its own: 'a points balance over 1000')
            if n is not None and w and tuple(x.norm for x in tokens[i:i + 2]) not in self.phrases \
                    and all(x.number is None for x in tokens[k + w:k + w + 4]):
                if not said and denied:     # 'don't have a car', 'don't have any car'
                    n, out[-2] = 0, Token(out[-2].text, "", out[-2].start, out[-2].end)
                out.append(Token(" ".join(x.text for x in tokens[i:k]), str(n), t.start, tokens[k - 1].end, number=n))
                i = k
                continue
            out.append(t)
            i += 1
        return out

    def earned_amounts(self, tokens: list[Token], verbs: frozenset[str], nouns: tuple[str, ...],
                       between: frozenset[str], per_year: tuple[tuple[str, ...], ...]) -> list[Token]:
        """'households earning over $100K', 'making over $150,000 a year', 'qui gagnent plus de 100 000 $ par an': a
        verb of earning before an amount is the customer's yearly amount that one of `nouns` names ('income'), and
        'a year' after an amount of it restates its period (both were left unread and asked)."""
        if not self.yearly:
            return tokens
        noun = next((n for n in nouns if (n,) in self.yearly), None)
        out = list(tokens)
        for i, t in enumerate(tokens):
            if t.number is None:
                continue
            k = i - 1
            while k >= 0 and (tokens[k].norm in between or not any(ch.isalnum() for ch in tokens[k].norm)):
                k -= 1
            if k < 0:
                continue
            if noun is not None and tokens[k].norm in verbs:
                out[k] = Token(tokens[k].text, noun, tokens[k].start, tokens[k].end)
            elif not any(tuple(x.norm for x in tokens[a:k + 1]) in self.yearly for a in range(max(0, k - 3), k + 1)):
                continue
            j = i + 1
            while j < len(tokens) and (not any(ch.isalnum() for ch in tokens[j].norm) or tokens[j].norm in CURRENCY):
                j += 1      # the currency after the figure ('100 000 $', 'nonante mille dollars')
            said = next((w for w in per_year if tuple(x.norm for x in tokens[j:j + len(w)]) == w), None)
            for m in range(j, j + len(said or ())):
                out[m] = Token(tokens[m].text, "", tokens[m].start, tokens[m].end)
        return out

    def predicates(self, tokens: list[Token], links: frozenset[str]) -> list[Token]:
        """'whose churn risk is low', 'dont le risque de churn est faible': a catalog phrase, a linking verb and one
        word that makes a catalog phrase with it, said before it ('low churn risk') or after ('risque de churn
        faible'), read as that phrase (the linking verb, a grammar word, after it). Each token of the phrase spans
        the words said, so the phrase is quoted as typed."""
        if not any(t.norm in links for t in tokens):
            return tokens
        out, spans = list(tokens), self.scan(tokens)
        for span in reversed(spans):
            k = span.end
            if k + 1 >= len(tokens) or tokens[k].norm not in links or tokens[k + 1].number is not None \
                    or any(s.start == k + 1 and s.end > k + 2 for s in spans):
                continue
            said, word = tuple(t.norm for t in tokens[span.start:k]), tokens[k + 1]
            merged = next((p for p in ((word.norm,) + said, said + (word.norm,)) if p in self.phrases), None)
            if merged is not None and set(self.phrases[merged]) <= set(self.phrases.get((word.norm,), ())):
                # 'dont la première commande a été retournée': the state alone says all the phrase says; read as one
                # phrase, the noun was lost (read as the first returned order, or 'dernière' asked)
                continue
            if (word.norm,) + said in self.phrases:
                order = [word, *tokens[span.start:k], tokens[k]]
            elif said + (word.norm,) in self.phrases:
                order = [*tokens[span.start:k], word, tokens[k]]
            else:
                continue
            start, end = tokens[span.start].start, word.end
            out[span.start:k + 2] = [Token(t.text, t.norm, start, end, number=t.number) for t in order]
        return out

    def verb_heads(self) -> dict[str, list[tuple[str, frozenset[str]]]]:
        """The first word of each behaviour's phrases of several words that is no phrase of its own, a verb before
        its object's determiner or preposition, or a past form ('visited' of 'visited the site' and 'visited a store',
        'venu' of 'venu sur le site', 'started' of 'started checkout'; never a noun before its complement, 'demande' of 'demande de service' or 'demandes SAV'),
        with each behaviour it begins and the phrase's other words (built once)."""
        if self._verb_heads is None:
            found: dict[str, set[tuple[str, frozenset[str]]]] = defaultdict(set)
            for key, meanings in self.phrases.items():
                linked = len(key) > 1 and (key[1] in self.determiners or key[1] in self.function_words
                                           and key[1] not in NOUN_COMPLEMENTS or key[0].endswith(PAST_PARTICIPLE_ENDINGS))
                if linked and (key[0],) not in self.phrases and key[0] not in self.function_words:
                    found[key[0]].update((m.event, frozenset(key[1:])) for m in meanings
                                         if m.kind in ("event", "dimvalue") and m.event)
            self._verb_heads = {w: sorted(e) for w, e in found.items() if e}
        return self._verb_heads

    def _behaviour(self, word: str) -> bool:
        return any(m.kind in ("event", "kindword") for m in self.phrases.get((word,), []))

    def scan(self, tokens: list[Token]) -> list[Span]:
        """The longest catalog phrase at each position (exact words only). A phrase that overlaps a longer one
        starting inside it gives way, and so does a qualifier (a preposition and its noun) overlapping a phrase
        as long ('dans un magasin' | 'magasin d'usine': the outlet is read, not 'in store' and an unread 'usine');
        it keeps only the part before, if that is a phrase too."""
        norms, tree = [t.norm for t in tokens], self._tree()
        longest = self._longest_each(norms, tree)
        shouted = None      # whether the request is typed in capitals: worked out where an acronym is said
        # only the places a phrase or an acronym starts at are visited (most words start neither)
        places = list(compress(count(), longest))
        acronyms = self._acronym_words()
        if not acronyms.isdisjoint(norms):
            places = sorted({*places, *(i for i, w in enumerate(norms) if w in acronyms)})
        spans, done = [], 0     # done: the words before it are read
        for i in places:
            if i < done:        # inside the phrase before
                continue
            n = longest[i]
            if n > 1:          # a phrase of one word overlaps nothing that starts inside it
                meanings = self.phrases[tuple(norms[i:i + n])]
                qualifier = all(m.kind == "qualifier" for m in meanings)
                longer = next((j for j in range(i + 1, i + n) if j + longest[j] > i + n
                               and (longest[j] > n or qualifier and longest[j] == n
                                    or tuple(norms[j:i + n]) in self.phrases     # the noun both share
                                    and (self._narrows(meanings, self.phrases[tuple(norms[j:j + longest[j]])])
                                         # 'were sent' | 'sent back': grammar before the word both share is no
                                         # more of the phrase than that word, which the longer one reads further
                                         or all(w in self.function_words for w in norms[i:j]))
                                    # ... and so is a determiner ('la carte' | 'carte expire')
                                    or all(w in self.determiners for w in norms[i:j]))), None)
                if longer is not None:
                    n = self._longest_at(norms, i, longer)
                if _opens_a_range(tokens, i + n - 1) or self.numbered and not self._number_after(tokens, i, n):
                    n = self._longest_at(norms, i, i + n - 1)
            if n == 1 and self.another_word(tokens, i, (norms[i],)):
                n = 0       # 'acheteurs de livres': the books, never the catalog's 'livrés'
            if n:
                # (a language whose accents are letters of their own, where a word may be typed without them)
                meanings = self._as_typed(tokens, i) if n == 1 and self.spelt_word is not None \
                    else self.phrases[tuple(norms[i:i + n])]
                spans.append(Span(i, i + n, list(meanings)))
                done = i + n
                continue
            if (norms[i],) in self.acronyms:
                shouted = typed_in_capitals(tokens) if shouted is None else shouted
                if self._acronym(tokens, i, shouted):
                    spans.append(Span(i, i + 1, list(self.acronyms[(norms[i],)])))
        return spans

    def _number_after(self, tokens: list[Token], i: int, n: int) -> bool:
        """Whether the phrase of n words at i may be read there: one read only before a number has one after it."""
        if tuple(t.norm for t in tokens[i:i + n]) not in self.numbered:
            return True
        return i + n < len(tokens) and (tokens[i + n].number is not None or tokens[i + n].norm in self.number_words)

    def _acronym_words(self) -> frozenset[str]:
        """The words of the catalog's codes that are also grammar words ('us', 'it'): built once (again when one is
        added), for a scan to visit only the places one is said."""
        if self._acronym_index is None or self._acronym_index[0] != len(self.acronyms):
            self._acronym_index = (len(self.acronyms), frozenset(k[0] for k in self.acronyms))
        return self._acronym_index[1]

    def _acronym(self, tokens: list[Token], i: int, shouted: bool) -> bool:
        """Whether a catalog code that is also a grammar word ('US' the country, 'us' the pronoun; 'IT', 'DE') is the
        code: typed in capitals in a request that is not, or said after a determiner whatever its case when the
        catalog writes it in capitals ('from the us', 'IN THE US', 'aux US'). A request typed all in capitals says nothing by its case: 'GOT 3 SMS FROM US' is the
        pronoun."""
        if i + 1 < len(tokens) and (tokens[i].norm, tokens[i + 1].norm) in GRAMMAR_OPENINGS:
            return False        # 'OTHER than VIPs': the words of an exclusion, never the gender 'other'
        before = tokens[i - 1] if i else None
        if before is not None and before.norm in self.determiners and (tokens[i].norm,) in self.codes:
            return True         # 'from the us': a code the catalog writes in capitals ('US'), never 'the other
        if not tokens[i].text.isupper() or len(tokens[i].text) < 2:
            return False
        # typed all in capitals, the pronoun follows a verb or a preposition; the code opens the request or a part,
        # or follows a word that leads a place: said of the customers or a place of theirs ('CUSTOMERS IN IT', 'LIVING
        # IN IT'), not of a thing ('AN ORDER WITH SHOES IN IT' is the pronoun)
        if shouted and before is not None and before.norm in self.code_leads and i >= 2 \
                and tokens[i].norm in self.code_pronouns:
            said = ((tokens[i - 2].norm,), (tokens[i - 2].norm, before.norm))     # 'CUSTOMERS IN', 'LIVING IN'
            return any(m.kind in ("entity", "column") for key in said for m in self.phrases.get(key, ()))
        return not shouted or before is None or not any(ch.isalnum() for ch in before.text) \
            or before.norm in self.code_leads

    @staticmethod
    def _narrows(qualifier: list[Meaning], phrase: list[Meaning]) -> bool:
        """Whether a phrase that starts inside a behaviour's phrase or qualifier and ends after it is a value of
        those behaviours ('dans un magasin' | 'magasin phare', 'passés dans un magasin' | 'magasin phare': the
        flagship format of a store purchase's store): said after its noun, as French says it, the value is read,
        and the behaviour it names with it. Only over a noun both share, a phrase of its own ('magasin'), never a
        preposition ('pris contact par' | 'par tchat' keeps the verb's phrase)."""
        if not phrase or any(m.kind not in ("qualifier", "event") for m in qualifier):
            return False
        events = {m.event for m in qualifier}
        return all(m.kind == "dimvalue" and m.event in events for m in phrase)

    def add_name_parts(self, found: list[tuple[str, Meaning]]) -> None:
        """The parts of the free-text values that may name them: several words, or one that is no ordinary word
        ('rivoli'); never one that is a catalog phrase itself, nor one that starts or ends with grammar. Each part
        reads as every value it is part of, per attribute."""
        by_value: dict[str, list[Meaning]] = defaultdict(list)
        for value, meaning in found:
            by_value[value].append(meaning)
        edges: dict[str, bool] = {}

        def edge(word: str) -> bool:
            if word not in edges:
                edges[word] = _name_edge(word, self)
            return edges[word]
        parts: dict[tuple[str, ...], dict[tuple, list]] = defaultdict(dict)
        starts: dict[tuple[str, ...], dict[tuple, list]] = defaultdict(dict)
        for value, meanings in by_value.items():
            key = self.key(value)
            if len(key) > 1 and key[:1] in self.phrases:
                for meaning in meanings:
                    starts[key[:1]].setdefault((meaning.column, meaning.dim), [meaning]).append(value)
            # a name's own first words ('We Miss You Sep 2025 - email'): its theme, up to its date, may start and end
            # with grammar ('we', 'you'), as typed in its capitals
            theme = next((k for k, w in enumerate(key) if w in CALENDAR_WORDS or w.isdigit() or w == "-"), len(key))
            for a in range(len(key)):
                if not edge(key[a]) and a != 0:
                    continue
                for b in range(a + 1, len(key) + 1):
                    part = key[a:b]
                    if part == key or part in self.phrases or not (edge(part[-1]) or a == 0 and b == theme > 1) \
                            or not edge(key[a]) and b != theme:
                        continue
                    if len(part) == 1 and self.is_word(part[0]) or all(w in CALENDAR_WORDS or w.isdigit() for w in part):
                        continue    # an ordinary word alone, or a date ('January 2026' of 'Sales January 2026 - email')
                    for meaning in meanings:
                        slot = parts[part].setdefault((meaning.kind, meaning.column, meaning.event, meaning.dim),
                                                      [meaning])
                        slot.append(value)
        for part, by_attribute in parts.items():
            self.partial_names[part] = [replace(m, label="", values=tuple(dict.fromkeys(values)))
                                        for m, *values in by_attribute.values()]
        for word, by_attribute in starts.items():
            self.name_starts[word] = [replace(m, label="", values=tuple(dict.fromkeys(values)))
                                      for m, *values in by_attribute.values()]

    def slotted_by_first(self) -> dict[str, tuple[tuple[int, dict[tuple[str, ...], tuple]], ...]]:
        """The slotted phrases by their first word, then by their head's length and head ('ont': 50 French heads,
        each looked up once a place, not compared there), then by their tail's length and tail (each tail looked up
        once where the place ends, not each phrase tried there): their places in `slotted`. Built once, after every
        phrase is added."""
        if self._slotted_index is None or self._slotted_index[0] != len(self.slotted):
            index: dict[str, dict[int, dict[tuple[str, ...], dict[int, dict]]]] = defaultdict(dict)
            for k, (head, tail, _) in enumerate(self.slotted):
                tails = index[head[0]].setdefault(len(head), {}).setdefault(head, {})
                tails.setdefault(len(tail), {}).setdefault(tail, []).append(k)
            self._slotted_index = (len(self.slotted), {
                w: tuple((n, {head: tuple(tails.items()) for head, tails in heads.items()}) for n, heads in by_length.items())
                for w, by_length in index.items()})
        return self._slotted_index[1]

    def add_slotted(self, slot_words: frozenset[str], verbs: set[tuple[str, ...]] = frozenset(),
                    links: frozenset[str] = frozenset()) -> None:
        """The catalog phrases of a behaviour that hold a place for its thing ('looked at a product'), split
        around that place (its determiner with it); of the aliases, only the verbs said for the catalog's own
        ('regardé un produit' for 'consulté un produit'). A behaviour's noun and whom it was with ('échange avec le
        SAV') hold a place between them for the behaviour's values ('un échange par chat avec le SAV')."""
        for key, meanings in self.phrases.items():
            at = next((i for i, w in enumerate(key) if w in links), 0) if len(key) > 2 else 0
            events = [m for m in meanings if m.kind == "event"]
            if at == 1 and events and key[0] not in self.function_words and (key[:1], key[1:]) not in self.slotted:
                self.slotted.append((key[:1], key[1:], events))
        for key, meanings in self.phrases.items():
            readable = [m for m in meanings if m.kind in ("event", "dimvalue")]
            at = next((i for i, w in enumerate(key) if w in slot_words), None)
            if at is None or not readable or key in self.aliases and key not in verbs:
                continue
            start = at - 1 if at > 0 and key[at - 1] in self.determiners else at
            head, tail = key[:start], key[at + 1:]
            if head and (len(head) > 1 or head[0] not in self.function_words) and \
                    (head, tail) not in {(h, t) for h, t, _ in self.slotted}:
                self.slotted.append((head, tail, readable))
        # the same verb's other phrases hold the place right after it: 'ajouté au panier' is 'ajouté [des chaussures]
        # au panier', 'mis dans leur panier' is 'mis [un produit] dans leur panier'
        heads: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for h, _, _ in self.slotted:
            heads[h[0]].add(h)
        known = {(h, t) for h, t, _ in self.slotted}
        for key, meanings in self.phrases.items():
            if key[0] not in heads or key in self.aliases and key not in verbs or any(w in slot_words for w in key):
                continue
            readable = [m for m in meanings if m.kind in ("event", "dimvalue")]
            for head in heads[key[0]] if readable else ():
                if len(key) > len(head) and key[:len(head)] == head and key[len(head)] not in self.determiners and \
                        (head, key[len(head):]) not in known:
                    known.add((head, key[len(head):]))
                    self.slotted.append((head, key[len(head):], readable))

    def name_parts(self, tokens: list[Token], spans: list[Span]) -> list[tuple[Span, list[Span]]]:
        """Parts of names typed as names ('the Rivoli flagship', 'the Black Friday 2025 email': each word
        capitalised or a number) that no catalog phrase as long explains, with the shorter spans they take in.
        A part that names values of several attributes is no reading."""
        norms = [t.norm for t in tokens]
        found, i = [], 0
        longest = self._partial_longest()
        while i < len(tokens):
            n = next((n for n in range(min(self.longest, longest.get(norms[i], 0), len(tokens) - i), 0, -1)
                      if tuple(norms[i:i + n]) in self.partial_names and typed_as_name(tokens[i:i + n])), 0)
            if not n:
                i += 1
                continue
            inside = [s for s in spans if s.start < i + n and s.end > i]
            meanings = self.partial_names.get(tuple(norms[i:i + n]), [])
            if len({(m.column, m.dim) for m in meanings}) == 1 and \
                    all(i <= s.start and s.end <= i + n and s.end - s.start < n for s in inside):
                found.append((Span(i, i + n, list(meanings)), inside))
                i += n
                continue
            i += 1
        return found

    def _partial_longest(self) -> dict[str, int]:
        """The longest part of a name starting with each word (built once, after every part is added): a token no
        part starts with is passed over without trying each length at it."""
        if self._partial_index is None or self._partial_index[0] != len(self.partial_names):
            longest: dict[str, int] = {}
            for part in self.partial_names:
                longest[part[0]] = max(longest.get(part[0], 0), len(part))
            self._partial_index = (len(self.partial_names), longest)
        return self._partial_index[1]

    def _longest_each(self, norms: list[str], tree: dict) -> list[int]:
        """_longest_at at every place, walked here (a scan's most frequent work: a French request scans twice, before
        its rewrite and after). Most words start no phrase: looked up once, not walked down the tree."""
        end = len(norms)
        out, nodes = [0] * end, list(map(tree.get, norms))     # each word looked up by map(), not one by one
        for i in compress(count(), nodes):      # the places a phrase starts at (a node is never empty)
            node = nodes[i]
            found = 1 if _END in node else 0
            for k in range(i + 1, min(i + self.longest, end)):
                node = node.get(norms[k])
                if node is None:
                    break
                if _END in node:
                    found = k - i + 1
            out[i] = found
        return out

    def _longest_at(self, norms: list[str], i: int, end: int) -> int:
        """The length of the longest phrase at i that ends by `end` (0: none): the words are followed down a tree of
        the phrases only as long as some phrase starts with them (most words start none)."""
        node, found = self._tree(), 0
        for k in range(i, min(i + self.longest, end)):
            node = node.get(norms[k])
            if node is None:
                break
            if _END in node:
                found = k - i + 1
        return found

    def _tree(self) -> dict:
        """The phrases as a tree of words (a phrase ends where a node holds _END); built on first use."""
        if self._prefixes is None:
            tree: dict = {}
            for key in self.phrases:
                node = tree
                for w in key:
                    node = node.setdefault(w, {})
                node[_END] = True
            self._prefixes = tree
        return self._prefixes

    def _as_typed(self, tokens: list[Token], i: int) -> list[Meaning]:
        """The meanings of the one-word phrase typed at i, less those the catalog spells only with accents the word
        is typed without, where another is spelt as typed: accents are optional, but 'voyage' typed is the trip the
        catalog spells so, not also its status 'voyagé' (travelled; the trips ahead were left out, silently)."""
        key = (tokens[i].norm,)
        meanings = self.phrases[key]
        spelt = self.spelt_meanings.get(key)
        typed = tokens[i].text.lower()
        if not spelt or len(spelt) < 2 or typed not in spelt or fold(typed) != typed:
            return meanings
        # a meaning spelt with other accents and not as typed gives way (one the catalog spells as typed stays)
        other = {m for s, ms in spelt.items() if s != typed and fold(s) != s and self.spelt_word(s) for m in ms} \
            - set(spelt[typed])
        return [m for m in meanings if m not in other] if other else meanings

    def another_word(self, tokens: list[Token], i: int, key: tuple[str, ...]) -> bool:
        """Whether the word typed at i is another word of the language than the catalog's one-word phrase `key` it
        is read as (accents are optional: 'achete' is 'acheté'). It is when it is typed without the catalog's accents
        and is, as typed, a word of its own, where the writer types accents elsewhere or a noun's lead comes before
        it ('acheteurs de livres': books, not the catalog's 'livrés', delivered). A word typed with accents the
        catalog lacks is read ('noté 5/5' is the catalog's 'note': the participle and the noun may name one thing)."""
        if self.spelt_word is None:     # a language whose accents are no letters of their own (English)
            return False
        typed = tokens[i].text.lower()
        plain = fold(typed)
        spelt = self.spellings.get(key)
        # a word the language's rewrite read ('ouvrir' as 'ouvert', 'mis 5/5' as a score given) is read as written
        if not spelt or typed in spelt or plain != tokens[i].norm or not self.spelt_word(typed):
            return False
        if plain != typed:      # accents typed: 'noté' of the catalog's 'note', 'relancé' of 'relance', alike
            return False
        if not any(fold(s) == plain != s and self.spelt_word(s) for s in spelt):
            return False        # the catalog's word is no accented word of those letters
        accents = any(fold(t.text.lower()) != t.text.lower() for t in tokens)
        return accents or i > 0 and tokens[i - 1].norm in self.noun_leads

    def typo_spans(self, tokens: list[Token], skip: set[int]) -> list[Span]:
        """Misspelt catalog words ('vipp', 'Frnace') among the tokens nothing else explained."""
        spans = []
        for i, t in enumerate(tokens):
            if i in skip or t.number is not None:
                continue
            if (t.norm,) in self.phrases and self.another_word(tokens, i, (t.norm,)):
                continue        # another word than the catalog's (scan): never read as a slip of it either
            fuzzy = self._fuzzy(t.norm)
            if fuzzy and self.another_word(tokens, i, (fuzzy,)):
                fuzzy = None    # 'un livre': the book, never the catalog's 'livré' (delivered)
            if fuzzy:
                spans.append(Span(i, i + 1, list(self.phrases[(fuzzy,)]), typo_of=fuzzy))
        return spans + self._phrase_typos(tokens, skip | {s.start for s in spans})

    def _phrase_typos(self, tokens: list[Token], skip: set[int]) -> list[Span]:
        """'complained to costumer service': a catalog phrase of several words one of which is misspelt as another real
        word (never mended alone: a real word is read only as its own inflection), the word after it said as the
        catalog says it, and the rest of the phrase too. A long word only (5 letters and more: one edit; 8 and more:
        two), and one phrase it can be."""
        if self._pairs is None:
            self._pairs = defaultdict(list)
            # the catalog's own phrasings in this language: never another language's ('résidant dans' is no slip of
            # 'residing in')
            for key in self.said.keys() - self.borrowed - self.aliases:
                for k in range(len(key) - 1):
                    if len(key[k]) >= 5:
                        self._pairs[key[k + 1]].append((key, k))
        norms = [t.norm for t in tokens]
        spans = []
        for i in range(len(tokens) - 1):
            first = norms[i]
            if i in skip or norms[i + 1] not in self._pairs or len(first) < 5 or tokens[i].number is not None:
                continue
            limit = 1 if len(first) < 8 else 2
            found = {(key, i - k) for key, k in self._pairs[norms[i + 1]] if key[k] != first
                     and abs(len(key[k]) - len(first)) <= limit and osa_distance(first, key[k], limit + 1) <= limit
                     and i - k >= 0 and tuple(norms[i - k:i - k + len(key)]) == key[:k] + (first,) + key[k + 1:]
                     and not skip & set(range(i - k, i - k + len(key)))}
            mended = {key[i - start] for key, start in found}
            if len(mended) == 1:
                key, start = max(found, key=lambda f: len(f[0]))
                spans.append(Span(start, start + len(key), list(self.phrases[key]), typo_of=" ".join(key)))
        return spans

    def closest(self, phrase: str, n: int = 3, cutoff: float = 0.6) -> list[str]:
        """Catalog phrases nearest to a phrase nothing explained: the readings a clarification offers.

        Scored (difflib's ratio) only among the catalog's phrasings that share the start of a word with the
        phrase ('barcelone' -> 'barcelona', 'enquête satisfaction' -> 'note de satisfaction'): a reading with no
        word in common is no reading to offer, and scoring every phrase of a large catalog for each question
        was most of a French request's time. Each is offered as the catalog writes it ('catégorie préférée')."""
        key = " ".join(phrase_key(phrase))
        found = self._closest.get((key, n, cutoff))      # a phrase's readings depend on the lexicon only
        if found is None:
            index = self._readings()
            stems = {w[:STEM] for w in key.split() if len(w) >= STEM} or {""}
            # difflib passes over a phrase whose length alone keeps it under the cutoff (its real_quick_ratio): those
            # are left out before, by the index's lengths (a short word's stem holds thousands of phrases)
            sizes = {size for stem in stems for size in index.get(stem, ())}
            sizes = {size for size in sizes if _length_ratio(size, len(key)) >= cutoff}
            keys = sorted({k for stem in stems for size in sizes for k in index.get(stem, {}).get(size, ())})
            found = tuple(self.said[tuple(k.split(" "))] for k in difflib.get_close_matches(key, keys, n=n, cutoff=cutoff))
            if len(self._closest) >= TYPO_MEMO:
                self._closest.clear()
            self._closest[key, n, cutoff] = found
        return list(found)

    def _readings(self) -> dict[str, set[str]]:
        """The catalog's own phrasings ('dans nos magasins', not each determiner's variant of it) by the start of
        each of their words ('' holds them all, for a phrase of short words); built on first use."""
        if self._by_stem is None:
            self._by_stem = defaultdict(lambda: defaultdict(set))
            # colloquial words ('guys') and another language's words ('password' in French) are never offered
            for k in self.said.keys() - self.aliases - self.borrowed:
                text = " ".join(k)
                self._by_stem[""][len(text)].add(text)
                for w in k:
                    if len(w) >= STEM:
                        self._by_stem[w[:STEM]][len(text)].add(text)
            self._by_stem = {stem: dict(sizes) for stem, sizes in self._by_stem.items()}
        return self._by_stem

    def _fuzzy(self, word: str) -> str | None:
        if len(word) < 4 or word in FUNCTION_WORDS:
            return None
        if word in self._typos:     # a word's reading depends on the lexicon only: requests repeat words
            return self._typos[word]
        if len(self._typos) >= TYPO_MEMO:
            self._typos.clear()
        found = self._closest_word(word)
        if found is not None and any(word.startswith(p) and osa_distance(word[len(p):], found, 2) <= 1
                                     for p in self.negating):
            found = None     # 'unshipped', 'non-livrée': the word's opposite, asked (read 'shipped', it was inverted)
        self._typos[word] = found
        return found

    def _closest_word(self, word: str) -> str | None:
        known = self.is_word(word)   # a real word is only ever read as its own inflection ('sneaker' -> 'sneakers')
        limit = 1 if len(word) < 7 else 2
        letters, mask = Counter(word), _letter_mask(word)
        best, best_d = None, (limit + 1, 0)
        targets = self._typo_targets()
        if known:      # only its own inflections, looked up
            forms = {word + "s", word + "es", word[:-1], word[:-2], word[:-1] + "ies", word[:-3] + "y"}
            found = [t for f in forms if (t := targets[0].get(f)) is not None and _inflection(word, t[1], self.plurals)]
            candidates = [sorted(found)]
        else:          # only words close enough in length
            candidates = [targets[1].get(size, ()) for size in range(len(word) - limit, len(word) + limit + 1)]
        for bucket in candidates:
            for order, key, counts, letters_in in bucket:
                # a letter one word has and the other lacks takes an edit, which mends at most one such letter of
                # each word: a floor of the distance from two integers, under the one below (and so as exact)
                floor = max((mask & ~letters_in).bit_count(), (letters_in & ~mask).bit_count())
                if floor > best_d[0] or (floor == best_d[0] and order > best_d[1]):
                    continue
                # each edit changes at most two letter counts by one: a cheap floor of the distance
                floor = (sum(abs(c - counts.get(ch, 0)) for ch, c in letters.items())
                         + sum(c for ch, c in counts.items() if ch not in letters) + 1) // 2
                if floor > best_d[0] or (floor == best_d[0] and order > best_d[1]):
                    continue
                d = (osa_distance(word, key, limit + 1), order)    # ties: the catalog's first, as it was declared
                if d < best_d:
                    best, best_d = key, d
        # 'apellé' of 'appelé', 'anullé' of 'annulé': a letter doubled in the wrong place, one slip (the nearest)
        doubled = min(((osa_distance(word, t[1], len(word)), t[0], t[1]) for t in targets[2].get(_single_letters(word), ())
                       if not known and t[1] != word), default=None)
        if doubled is not None and (1, doubled[1]) < best_d:
            best = doubled[2]
        return best

    def _typo_targets(self) -> tuple[dict[str, _Target], dict[int, list[_Target]], dict[str, list[_Target]]]:
        """The one-word phrases a typo may be read as (with their place in the lexicon, their letters counted and as
        a set of bits), by word, by length and by their letters with each double made single; built on first use (the
        lexicon is complete then)."""
        if self._typo_words is None:
            by_word, by_length, by_single = {}, defaultdict(list), defaultdict(list)
            for order, (key, meanings) in enumerate(self.phrases.items()):
                if len(key) == 1 and len(key[0]) >= 3 and key not in self.made and any(m.kind in TYPO_KINDS for m in meanings):
                    by_word[key[0]] = (order, key[0], Counter(key[0]), _letter_mask(key[0]))
                    by_length[len(key[0])].append(by_word[key[0]])
                    by_single[_single_letters(key[0])].append(by_word[key[0]])
            self._typo_words = (by_word, by_length, by_single)
        return self._typo_words


_Target = tuple[int, str, Counter, int]     # a typo's possible reading: its place, word, letter counts, letter bits


def _opens_a_range(tokens: list[Token], k: int) -> bool:
    """'VIP 30 to 39 year olds', 'VIP de 30 à 39 ans': a number typed apart from the word before it, that opens a
    range, is the range's first bound, not the end of a code written glued (VIP30 read as a coupon, 30 lost)."""
    return 0 < k < len(tokens) - 2 and tokens[k].number is not None and tokens[k].start > tokens[k - 1].end \
        and tokens[k + 1].norm in RANGE_WORDS and tokens[k + 2].number is not None


def _single_letters(word: str) -> str:
    """A word with each doubled letter made single ('appelle' -> 'apele'): a letter typed once instead of twice, or
    doubled in the wrong place ('apellé'), is one slip however many edits it takes."""
    return "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])


def _letter_mask(word: str) -> int:
    """The letters of a word as bits (two letters may share one: the floor it gives is only lower)."""
    mask = 0
    for ch in word:
        mask |= 1 << (ord(ch) & 63)
    return mask


def _length_ratio(a: int, b: int) -> float:
    """difflib's real_quick_ratio of two strings of these lengths (its bound from their lengths alone), computed as
    difflib computes it."""
    return 2.0 * min(a, b) / (a + b) if a + b else 1.0


def _inflection(a: str, b: str, plurals: tuple[str, ...]) -> bool:
    short, long = sorted((a, b), key=len)
    return long in {short + p for p in plurals} or ("ies" in plurals and short.endswith("y") and long == short[:-1] + "ies")




def _quantity_word(lex: Lexicon, readings: dict[str, str]) -> str | None:
    """The catalog's one-word name of a measure that is a quantity of goods ('units'; the language's 'unités', read
    'units' by its rewrite), when all such words name the same measures; else None."""
    said = {key[0]: frozenset((m.event, m.ref) for m in meanings if m.kind == "column" and m.ref)
            for key, meanings in lex.phrases.items() if len(key) == 1 and readings.get(key[0], key[0]) in QUANTITY_NOUNS}
    said = {w: refs for w, refs in said.items() if refs}
    return min(said) if said and len(set(said.values())) == 1 else None


def _complete_place_prepositions(lex: Lexicon, prepositions: tuple[str, ...]) -> None:
    """A phrase the catalog says with two of the language's prepositions before a place ('résident en', 'résident
    au') reads with each of them ('résident aux Pays-Bas' was asked); one said with a single one ('inscrits en
    magasin') is no place's, and gets none."""
    if not prepositions:
        return
    said: dict[tuple, set[str]] = defaultdict(set)
    for key, meanings in lex.phrases.items():
        if len(key) > 1 and key[-1] in prepositions:
            for m in meanings:
                said[(key[:-1], m)].add(key[-1])
    for (stem, meaning), preps in said.items():
        if len(preps) >= 2:
            for prep in prepositions:
                lex._put(stem + (prep,), meaning)


def _determiner_variants(key: tuple[str, ...], determiners: tuple[str, ...]) -> list[tuple[str, ...]]:
    """'visited the website' also reads 'visited our website' and 'visited a website'; and 'visited any store',
    'visited no store' (French 'visité aucun magasin', 'aucun' read 'no'): 'any' leaves the store open and 'no' denies
    the phrase, neither leaves its words (read apart, 'visité' was a site visit and 'magasin' the acquisition channel)."""
    positions = [i for i, w in enumerate(key) if w in determiners]
    if len(positions) != 1 or len(key) == 1:
        return [key]
    i = positions[0]
    return [key] + [key[:i] + (d,) + key[i + 1:] for d in (*determiners, *sorted(OPEN_DETERMINERS)) if d != key[i]]


def _add_basket_words(lex: Lexicon, catalog: Catalog, basket_words: dict[str, str], plurals: frozenset[str]) -> None:
    """'basket', 'order value': the amount of one event of a kind, for each event of that kind with an amount. A
    word the catalog already gives a meaning keeps it (its 'basket' may be a column of its own)."""
    for word, kind in basket_words.items():
        if lex.key(word) in lex.phrases:
            continue
        if word in plurals:     # '3 baskets over €150', '3 paniers de plus de 150 €': the events themselves, counted
            lex.add(word, Meaning("kindword", label=kind, ref=kind))
            continue
        for ename, ev in catalog.events.items():
            if ev.kind == kind and ev.amount:
                lex.add(word, Meaning("column", column=f"{ev.table}.{ev.amount}", event=ename, label=_words(ev.amount)))
def _unlead(key: tuple[str, ...], openers: frozenset[str]) -> tuple[str, ...]:
    return key[1:] if len(key) > 1 and key[0] in openers else key


def _value_words(value: str, v) -> list[str]:
    words = [v.label or value, *v.synonyms]
    return [value, *words] if v.match_value else words


def _holding(values: list[str], kind: str) -> tuple[str, ...]:
    """The values holding `kind` as a word of their own ('Bose Speaker 998' holds 'Speaker'; 'Smartwatch 951' does
    not hold 'Watch'), in the capitals the catalog writes it as the warehouse does ('T-shirt' holds no 'Shirt')."""
    word = re.compile(rf"\b{re.escape(kind)}\b")
    return tuple(v for v in values if word.search(v))


def _words(name: str) -> str:
    return name.replace("_", " ")


def _language_key(words) -> Callable[[str], tuple[str, ...]]:
    """How another language's phrase is matched: its tokens as that language's request reads them. Kept by text:
    the parser asks again for the keys of the values it reads, at every request (each tokenized and prepared anew
    was a French request's cost that English, with plain phrase keys, does not have)."""
    @functools.lru_cache(maxsize=50_000)
    def key(text: str) -> tuple[str, ...]:
        return _unlead(tuple(t.norm for t in prepare(tokenize(text), words)), words.CLAUSE_OPENERS)
    return key


_BUILT: dict[tuple, Lexicon] = {}
_BUILT_LIMIT = 8


def build_lexicon(catalog: Catalog, values: dict[str, list[str]] | None = None, *, lang: str = "en",
                  is_word: Callable[[str], bool] = is_word) -> Lexicon:
    """The catalog's words in one language, built once per process for the same catalog, values and language: a
    build costs about a second (1.2 s English, 1.8 s French on the demo catalog), and every `pipeline.open` makes a
    new translator over a catalog loaded again. The key is the catalog's content, not the object, so an edited
    catalog gets its own. What a lexicon keeps after it is built (each word's reading as a typo, as a feminine) is
    worked out from its phrases alone, so sharing it changes no answer."""
    key = (hashlib.sha256(catalog.model_dump_json().encode()).digest(),
           hash(tuple((column, tuple(map(str, said))) for column, said in sorted((values or {}).items()))), lang, is_word)
    if key not in _BUILT:
        if len(_BUILT) >= _BUILT_LIMIT:
            _BUILT.clear()
        _BUILT[key] = _build_lexicon(catalog, values, lang=lang, is_word=is_word)
    return _BUILT[key]


def _build_lexicon(catalog: Catalog, values: dict[str, list[str]] | None = None, *, lang: str = "en",
                   is_word: Callable[[str], bool] = is_word) -> Lexicon:
    """The catalog's words in one language; another language reads the catalog's `fr:`-style blocks, plus the
    English words that are not ordinary words of that language (VIP, online, push stay loanwords)."""
    words = words_of(lang)
    # a request's elisions are split before it is read ('d'attrition' = 'de' 'attrition'): so are the catalog's
    # and a clause opener leading a phrase ('ayant acheté') is left to the grammar, which splits the clause there
    key = phrase_key if lang == "en" else _language_key(words)
    leading = getattr(words, "LEADING_WORDS", LEADING_WORDS)
    # typo correction knows the words the language's rewrite writes too; the loanwords kept below are the catalog's
    # words that are no ordinary word of the language
    # a word of the language that reads as a plain English word ('articles' -> 'items') is no catalog word alone either
    # and neither is one its rewrite drops as grammar ('ne' of "n'ont jamais", never the catalog's 'né')
    plain = FUNCTION_WORDS | {w for w, reading in getattr(words, "WORDS", {}).items()
                              if reading in FUNCTION_WORDS or reading == ""} if lang != "en" else FUNCTION_WORDS
    lex = Lexicon(is_word=getattr(words, "is_known", is_word), spelt_word=getattr(words, "is_spelt_word", None),
                  noun_leads=getattr(words, "NOUN_LEADS", frozenset()), determiners=words.DETERMINERS, code_leads=words.CODE_LEADS,
                  code_pronouns=getattr(words, "CODE_PRONOUNS", frozenset()), key=key,
                  function_words=plain, plurals=getattr(words, "PLURAL_ENDINGS", PLURAL_ENDINGS),
                  negating=getattr(words, "NEGATING_PREFIXES", ()))
    values = values or {}

    own_words: set[str] = set()
    loanwords: set[str] = set()

    def say(element, english: list[str], field: str = "synonyms") -> list[str]:
        if lang == "en":
            return english
        local = element.words(lang)
        own = ([local.label] if field == "synonyms" and local.label else []) + list(getattr(local, field))
        borrowed = [w for w in english if not any(is_word(t) for t in phrase_key(w))]
        own_words.update(own)
        loanwords.update(borrowed)
        return own + borrowed

    def said_per_value(element, field: str) -> dict[str, list[str]]:
        """An element's words by value (a dimension's verbs, a column's kinds), as say() reads its synonyms."""
        english = getattr(element, field)
        if lang == "en":
            return english
        local = getattr(element.words(lang), field)
        borrowed = {v: [w for w in ws if not any(is_word(t) for t in phrase_key(w))] for v, ws in english.items()}
        own_words.update(w for ws in local.values() for w in ws)
        loanwords.update(w for ws in borrowed.values() for w in ws)
        return {v: [*local.get(v, []), *borrowed.get(v, [])] for v in dict.fromkeys([*local, *borrowed])}

    # the words for an ordered column's highest and lowest value ('top {}', '{} le plus haut'), the language's own
    order_ends = getattr(words, "ORDER_END_WORDS", {})
    found: list[tuple[str, Meaning]] = []   # values sampled from the warehouse (free-text columns), added last
    ent = catalog.entity
    for word in say(ent, [ent.name, ent.plural, *ent.synonyms]):
        lex.add(word, Meaning("entity"))

    kinds = {e.kind for e in catalog.events.values()}
    for tname in profile_tables(catalog):
        table = catalog.tables[tname]
        for word in say(table, list(table.synonyms)):
            lex.add(word, Meaning("table", ref=tname, label=word))
        for cname, col in table.columns.items():
            qualified = f"{tname}.{cname}"
            if cname == ent.key:
                continue
            # (what each of the column's words also reads as, worked out once for the column)
            ends = [(forms, value, col.values[value].words(lang).label or col.values[value].label or value)
                    for forms, value in ((order_ends.get("top", ()), list(col.values)[-1]),
                                         (order_ends.get("bottom", ()), list(col.values)[0]))] \
                if col.ordered and col.values else []
            counted = bool(col.unit) and col.unit != "currency"
            yearly = any(w in YEARLY_WORDS for said in (col.description, *col.synonyms) for w in said.lower().split())
            for word in say(col, [_words(cname), *col.synonyms]):
                lex.add(word, Meaning("column", column=qualified, label=_words(cname)))
                for forms, value, label in ends:    # 'top-tier members', 'le palier le plus haut': its last value
                    for form in forms:
                        lex.add(form.format(word), Meaning("value", column=qualified, values=(value,), label=label))
                if counted:     # a quantity the customer has ('cars', 'dependents')
                    lex.counted.add(lex.key(word))
                if yearly:      # 'annual income'
                    lex.yearly.add(lex.key(word))
            for value, v in col.values.items():
                for word in say(v, _value_words(value, v)):
                    lex.add(word, Meaning("value", column=qualified, values=(value,), label=v.label or value))
            for vset in col.value_sets.values():
                for word in say(vset, [vset.label, *vset.synonyms]):
                    lex.add(word, Meaning("value", column=qualified, values=tuple(vset.values), label=vset.label))
            if col.free_text:
                # 'Bruxelles' is the warehouse's 'Brussels', in French only; so is 'Allemagne' its 'GERMANY'
                names = {**country_names(values.get(qualified, []), lang), **col.words(lang).names}
                for value in values.get(qualified, []):
                    found.append((value, Meaning("value", column=qualified, values=(value,), label=value)))
                    found += [(name, Meaning("value", column=qualified, values=(value,), label=name))
                              for name in names.get(value, [])]

    for ename, ev in catalog.events.items():
        for word in say(ev, [ev.label, *ev.synonyms]):
            lex.add(word, Meaning("event", event=ename, label=ev.label))
        for q in say(ev, list(ev.qualifiers), "qualifiers"):
            lex.add(q, Meaning("qualifier", event=ename, label=q))
            whole = lex.key(q)
            bare = whole      # 'in store' -> 'store', 'dans nos magasins' -> 'magasins': the place alone, weakly
            while bare and bare[0] in leading:
                bare = bare[1:]
            if bare and len(bare) < len(whole):
                lex.add(" ".join(bare), Meaning("qualifier", event=ename, label=q, weak=True))
        # (an event on the customers' own table, 'referral' of the member who brought each member: its columns are
        # the customers' own attributes, never its, or 'Members living in Geneva' read the referrers)
        table = catalog.tables[ev.table] if ev.table != catalog.entity.table else None
        for cname, col in table.columns.items() if table is not None else ():
            for word in say(col, list(col.synonyms)):  # e.g. "basket", "order value": amounts and columns of this event
                lex.add(word, Meaning("column", column=f"{ev.table}.{cname}", event=ename, label=_words(cname)))
        for dname, date in ev.dates.items():     # 'ends', 'arriving': another date of the event, naming it too
            for word in say(date, [date.label, *date.synonyms] if date.label else list(date.synonyms)):
                lex.add(word, Meaning("evdate", event=ename, ref=dname, label=date.label or _words(dname)))
                lex.add(word, Meaning("event", event=ename, label=ev.label))
        for mname, measure in ev.measures.items():   # "quantity", "units": what the amount comparison measures
            for word in say(measure, [measure.label, *measure.synonyms] if measure.label else list(measure.synonyms)):
                lex.add(word, Meaning("column", column=measure_column(ev, measure.column), event=ename,
                                      label=measure.label or _words(mname), ref=mname))
        pinned = where_values(ev)      # 'online purchase' is canal WEB or CC: its 'in store' canal is no reading
        for dname, dim in ev.dimensions.items():
            col = catalog.column(dim.column)
            for word in say(dim, list(dim.synonyms)):   # "category", "reason": names the dimension its values belong to
                lex.add(word, Meaning("dimension", column=dim.column, event=ename, dim=dname, label=_words(dname)))
            for value, v in col.values.items():
                if dim.column in pinned and str(value) not in pinned[dim.column]:
                    continue
                for word in say(v, _value_words(value, v)):
                    lex.add(word, Meaning("dimvalue", column=dim.column, values=(value,), label=v.label or value,
                                          event=ename, dim=dname))
            for vset in col.value_sets.values():
                for word in say(vset, [vset.label, *vset.synonyms]):
                    lex.add(word, Meaning("dimvalue", column=dim.column, values=tuple(vset.values), label=vset.label,
                                          event=ename, dim=dname))
            for value, verbs in said_per_value(dim, "verbs").items():
                # 'emailed', 'texted': the verb names the event with that value (its `dim` and `values` say which,
                # so that the voice it is said in can be checked: Parser._verbs_in_their_voice)
                v = col.values[value]
                for word in verbs:
                    lex.add(word, Meaning("event", event=ename, label=ev.label, dim=dname, values=(value,)))
                    lex.add(word, Meaning("dimvalue", column=dim.column, values=(value,), label=v.label or value,
                                          event=ename, dim=dname))
            for kind, said in said_per_value(col, "kinds").items():   # 'speakers': every product named '... Speaker ...'
                held = _holding(values.get(dim.column, []), kind)
                for word in said if held else ():
                    lex.add(word, Meaning("dimvalue", column=dim.column, values=held, label=said[0], event=ename,
                                          dim=dname, by_kind=True))
            if col.free_text:
                # a behaviour's place has its other names too ('Anvers' store city, 'Allemagne' store country)
                names = {**country_names(values.get(dim.column, []), lang), **col.words(lang).names}
                for value in values.get(dim.column, []):
                    found += [(name, Meaning("dimvalue", column=dim.column, values=(value,), label=label, event=ename,
                                             dim=dname)) for name, label in ((value, value), *((n, n) for n in names.get(value, [])))]

    for i, term in enumerate(catalog.glossary):
        kind = term.term.lower().replace(" ", "_")
        meaning = Meaning("kindword", ref=kind, label=term.term) if kind in kinds else Meaning("glossary", ref=i, label=term.term)
        for word in say(term, [term.term, *term.synonyms]):
            lex.add(word, meaning)
    for i, amb in enumerate(catalog.ambiguous):
        for word in say(amb, [amb.term, *amb.synonyms]):
            lex.add(word, Meaning("ambiguous", ref=i, label=amb.term))
    for name, ind in catalog.indicators.items():
        for word in say(ind, [ind.label, _words(name), *ind.synonyms]):
            lex.add(word, Meaning("indicator", ref=name, label=ind.label))
        for value, v in ind.values.items():
            for word in say(v, [value, v.label or value, *v.synonyms]):
                lex.add(word, Meaning("indvalue", ref=name, values=(value,), label=v.label or value))
    _add_basket_words(lex, catalog, words.BASKET_WORDS, getattr(words, "BASKET_PLURALS", frozenset()))
    _terms_apart(lex)
    # A value the data team named in the catalog outranks the same word found in the data: 'Texas' is the state
    # its vocabulary declares, not a town of that name sampled from a city column.
    # The customers' own attribute found so ('London', their city, beside the home club's declared region) is kept
    # aside: a note names it when the declared value is read (Parser._note_shadowed)
    declared = {key for key, ms in lex.phrases.items() if any(m.kind in ("value", "dimvalue", "indvalue") for m in ms)}
    for value, meaning in found:
        key = phrase_key(value)
        if key not in declared:
            lex.add(value, meaning)
        elif meaning.kind == "value" and meaning.column.rsplit(".", 1)[0] == catalog.entity.table:
            lex.shadowed.setdefault(lex.key(value), set()).add(meaning.column)
    _dates_of_others(lex)
    lex.add_name_parts(found)
    _add_aliases(lex, getattr(words, "GENDERED_NOUNS", {}))
    _add_birth_words(lex, catalog, getattr(words, "BIRTH_WORDS", ()))
    noun_verbs = _add_derived_words(lex, catalog, getattr(words, "DERIVED_WORDS", {}))
    _add_agreement(lex, getattr(words, "AGREEMENT", ()), getattr(words, "AUXILIARIES", frozenset()))
    _add_present_forms(lex, getattr(words, "PRESENT_FORMS", None))
    _add_present_after(lex, getattr(words, "PRESENT_AFTER_A_NOUN", None), lex.is_word)
    _add_without(lex, getattr(words, "PHRASE_RELATIVES", frozenset()))
    _add_end_verbs(lex, getattr(words, "END_NOUNS", ()), getattr(words, "END_VERBS", ()))
    _add_held_with(lex, getattr(words, "HELD_WITH", {}))
    _add_measure_verbs(lex, getattr(words, "MEASURED_HEADS", ()), getattr(words, "MEASURE_VERBS", ()))
    _add_causatives(lex, getattr(words, "CAUSATIVES", ()), getattr(words, "PARTICIPLE_INFINITIVES", {}))
    lex.number_words = frozenset(getattr(words, "NUMBER_WORDS", ())) | frozenset(getattr(words, "NUMBER_VALUES", ()))
    _plurals_of_the_same_values(lex)
    # the endings of a past participle as written, both languages' (a folded one of two letters or more: 'ert', 'ue';
    # 'es', 'is' end plain words too)
    participles = tuple(dict.fromkeys(PAST_PARTICIPLE_ENDINGS + getattr(words, "PARTICIPLE_ENDINGS", ()) + tuple(
        e for e in getattr(words, "PARTICIPLE_ENDINGS_FOLDED", ()) if len(e) > 1 and e not in ("es", "is"))))
    _add_state_compounds(lex, getattr(words, "ADJECTIVE_AFTER_NOUN", False), participles)
    _measures_said_with_auxiliary(lex, catalog, getattr(words, "AUXILIARIES", frozenset()) | AUXILIARY_VERBS)
    tenses = _add_tenses(lex, getattr(words, "TENSES", {}), getattr(words, "IRREGULAR_TENSES", {}),
                         getattr(words, "AUXILIARIES", frozenset()) | getattr(words, "TENSE_AUXILIARIES", frozenset()))
    _add_compounds(lex, getattr(words, "COMPOUND_LINKS", frozenset()))
    phrasal = getattr(words, "PHRASAL_VERBS", {})
    heads = {lex.key(word)[0] for word in phrasal.values() if lex.key(word)}
    longer: dict[str, list[tuple[str, ...]]] = defaultdict(list)     # the catalog's phrases that open with such a verb
    for key in lex.phrases:
        if len(key) > 1 and key[0] in heads:
            longer[key[0]].append(key)
    for said, word in phrasal.items():     # 'sent back' = 'returned'; 'sent back a web order' = 'returned a web order'
        verb = lex.key(word)
        for key in [verb] + (longer.get(verb[0], []) if len(verb) == 1 else []):
            meanings = [m for m in lex.phrases.get(key, []) if m.kind in READABLE]
            made = said + key[len(verb):]
            if meanings and made not in lex.phrases:
                lex.aliases.add(made)
                for m in meanings:
                    lex._put(made, m)
    _complete_place_prepositions(lex, getattr(words, "PLACE_PREPOSITIONS", ()))
    lex.quantity_word = _quantity_word(lex, getattr(words, "WORDS", {}))
    verbs = _add_verb_aliases(lex, getattr(words, "VERB_ALIASES", {})) | tenses | noun_verbs
    _add_lead_verbs(lex, getattr(words, "LEAD_VERBS", {}))
    lex.add_slotted(getattr(words, "SLOT_WORDS", frozenset()), verbs, getattr(words, "SLOT_LINKS", frozenset()))
    if lang != "en":
        _canonical_slots(lex, words)
    # an English word kept for this language's requests ('password', 'campaigns') is read, never offered: a name or
    # a code ('VIP', 'Ray-Ban', 'XMAS25') is every language's and still is
    local = {lex.key(w) for w in own_words}
    lex.borrowed = {key for w in loanwords if (key := lex.key(w)) not in local
                    and any(is_english(t) for t in phrase_key(w))}
    return lex


CALENDAR_WORDS = frozenset(MONTHS) | frozenset(SEASONS) | frozenset(UNITS) | frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "q1", "q2", "q3", "q4", "h1", "h2"))


def _terms_apart(lex: Lexicon) -> None:
    """'premium members', 'abonnés premium': a value's phrase made of another phrase of that value and a word that
    alone is a glossary term ('members': the current members) is read as both, the value and the term (read as the
    value's phrase alone, the term was lost: former members on a premium plan were kept, silently)."""
    def same(a: Meaning, b: Meaning) -> bool:
        return (a.kind, a.column, a.values, a.event) == (b.kind, b.column, b.values, b.event)
    for key, meanings in list(lex.phrases.items()):
        if len(key) < 2 or not meanings or any(m.kind not in ("value", "dimvalue") for m in meanings):
            continue
        for rest, word in ((key[:-1], key[-1:]), (key[1:], key[:1])):
            if any(m.kind == "glossary" for m in lex.phrases.get(word, ())) \
                    and all(any(same(m, r) for r in lex.phrases.get(rest, ())) for m in meanings):
                del lex.phrases[key]
                lex.apart.add(key)
                break
    # ... and a behaviour's phrase made of another of its phrases and a value of its own ('opened an email' of the
    # opens: 'opened' and the channel 'email'), read as both: as the behaviour's phrase alone, the value was lost
    # (every opened push kept, silently)
    for key, meanings in list(lex.phrases.items()):
        events = {m.event for m in meanings if m.kind == "event"}
        if len(key) < 2 or not events or any(m.kind != "event" for m in meanings):
            continue
        for cut in range(1, len(key)):
            head, tail = key[:cut], key[cut:]
            while tail[:-1] and tail[0] in lex.determiners:
                tail = tail[1:]
            if {m.event for m in lex.phrases.get(head, ()) if m.kind == "event"} >= events and \
                    {m.event for m in lex.phrases.get(tail, ()) if m.kind == "dimvalue"} >= events:
                del lex.phrases[key]
                lex.apart.add(key)
                break


def _canonical_slots(lex: Lexicon, words) -> None:
    """Around the thing a request names in a slotted phrase's place, the language's grammar is rewritten before the
    parser reads it ('ajouté des chaussures au panier' reads 'ajoute the chaussures at panier'): each slotted phrase
    also in the canonical words its head and tail are rewritten to."""
    @functools.cache
    def said(part: tuple[str, ...]) -> tuple[str, ...]:      # as the translator rewrites it: catalog words kept
        tokens = [Token(w, w, 0, 0) for w in part]
        kept = {i for s in lex.scan(tokens) for i in range(s.start, s.end)}
        return tuple(t.norm for t in rewrite(tokens, words, kept) if t.norm)
    known = {(h, t) for h, t, _ in lex.slotted}
    rewritten = set(words.WORDS) | {pattern[0] for pattern, _ in words.PHRASES}    # the words a rewrite may change
    for head, tail, meanings in list(lex.slotted):
        if rewritten.isdisjoint(head + tail):
            continue
        variant = (said(head), said(tail))
        if variant[0] and variant not in known:
            known.add(variant)
            lex.slotted.append((*variant, meanings))


def _name_edge(word: str, lex: Lexicon) -> bool:
    """A word a part of a name may start or end with: not grammar, not punctuation."""
    return any(ch.isalnum() for ch in word) and word not in lex.function_words and word not in lex.determiners


def typed_as_name(tokens: list[Token]) -> bool:
    """Capitalised words (numbers and dashes between them; inside, the small words of names: 'Terrasses du Port',
    'Porta di Roma'): a number alone names nothing."""
    return any(t.text[:1].isupper() and t.number is None for t in tokens) and tokens[-1].text.lower() not in NAME_PARTICLES \
        and all(t.text[:1].isupper() or t.number is not None or not any(ch.isalnum() for ch in t.text)
                or 0 < k and t.text.lower() in NAME_PARTICLES for k, t in enumerate(tokens))


def _add_derived_words(lex: Lexicon, catalog: Catalog, rules: dict[str, tuple[tuple[str, str], ...]]) -> set[tuple[str, ...]]:
    """Words made from the catalog's own by the language's endings, read as what they are made from when they
    mean nothing of their own: the people who do a kind of behaviour ('visitors': the events of kind 'visit'),
    the doers of a past form ('subscribers' of 'subscribed'), the past form of a noun ('rated' of 'rating'), the
    plural of a compound ('opt-ins'), the people of a place a value names ('parisiens' of Paris). Returns the
    behaviours said with a verb made of their noun ('requested a sample'), which hold a place for their thing's values
    as a catalog verb does (add_slotted)."""
    noun_verbs: set[tuple[str, ...]] = set()
    def alias(word: str, meanings: list[Meaning]) -> bool:
        key = lex.key(word)
        if meanings and key and key not in lex.phrases:
            lex.aliases.add(key)
            for m in meanings:
                lex._put(key, m)
            return True
        return False

    by_kind: dict[str, list[Meaning]] = defaultdict(list)
    for name, ev in catalog.events.items():
        by_kind[ev.kind].append(Meaning("event", event=name, label=ev.label))
    for kind, meanings in by_kind.items():
        for ending, replaced in rules.get("kind", ()):
            if not replaced or kind.endswith(replaced):
                alias(kind[:len(kind) - len(replaced)] + ending, meanings)
    for key, meanings in list(lex.phrases.items()):
        if len(key) != 1:
            _add_measured_forms(lex, catalog, key, meanings, rules.get("measured", ()), alias)
            _named_demonyms(lex, catalog, key, [m for m in meanings if m.kind in ("value", "dimvalue")], rules, alias)
            # a behaviour named by its thing and a noun that is a verb ('sample request', 'product review', 'class
            # booking'): said with the verb's past form and the thing ('requested a sample', 'reviewed a product'),
            # the thing's values between ('requested a fragrance sample': the slot, add_slotted)
            behaviours = [m for m in meanings if m.kind == "event"]
            for ending, replaced in rules.get("verb_of_noun", ()) if len(key) == 2 and behaviours else ():
                noun, thing = key[1], key[0]
                verb = noun[:len(noun) - len(replaced)] + ending if noun.endswith(replaced) else None
                if verb and verb != noun and lex.is_word(verb) and thing.isalpha() and thing not in lex.function_words:
                    for det in rules.get("verb_of_noun_determiners", ()):
                        if alias(" ".join((verb, *det, thing)), behaviours):
                            lex.made.add(lex.key(" ".join((verb, *det, thing))))
                            noun_verbs.add(lex.key(" ".join((verb, *det, thing))))
            # a column named in several words, said in the plural of its last ('point balances', 'churn scores'):
            # the column, as its singular reads it
            columns = [m for m in meanings if m.kind == "column"]
            last = key[-1]
            if columns and last.isalpha() and len(last) > 2 and not last.endswith("s"):
                for ending, replaced in rules.get("plural", ()):
                    if last.endswith(replaced):
                        alias(" ".join(key[:-1] + (last[:len(last) - len(replaced)] + ending,)), columns)
            # ... or of its first, where the language puts the noun first ('sources de trafic' of 'source de trafic';
            # a term's people, 'réservataires de dernière minute' of its label 'réservataire de dernière minute')
            named = [m for m in meanings if m.kind in ("column", "dimension", "glossary")]
            head = key[0]
            if named and (key[1],) in rules.get("head_links", ()) and head.isalpha() and not head.endswith(("s", "x")):
                for ending, replaced in rules.get("head_plural", ()):
                    if head.endswith(replaced):
                        alias(" ".join((head[:len(head) - len(replaced)] + ending,) + key[1:]), named)
            continue
        _add_measured_forms(lex, catalog, key, meanings, rules.get("measured", ()), alias)
        word, readable = key[0], [m for m in meanings if m.kind in ("event", "kindword", "column", "dimvalue")]
        # a score's word said in the singular ('a 5-star review' of the catalog's 'stars'): the measure the catalog
        # averages (a quantity's 'pièces', 'articles' keep their own readings)
        scores = [m for m in meanings if m.kind == "column" and m.ref is not None and m.event is not None
                  and catalog.events[m.event].measures.get(m.ref) is not None
                  and catalog.events[m.event].measures[m.ref].agg == "avg"]
        for ending, replaced in rules.get("plural", ()) if scores and word.isalpha() and len(word) > 3 else ():
            if ending and word.endswith(ending):
                alias(word[:len(word) - len(ending)] + replaced, scores)
        # the doers of a state are those with its yes/no column true ('subscribers'), not of any attribute
        doers = [m for m in readable if m.kind != "column" or catalog.column(m.column).type.upper() == "BOOLEAN"]
        # the plural of a behaviour's place or thing ('hotels' of a dimension's 'hotel', 'hôtels'): read as the
        # dimension at once, so that what is said beside it is read with it ('our Swiss hotels'); a word that also
        # names a behaviour keeps it in the plural, as its singular does ('dans nos ateliers': the workshop visits)
        places = [m for m in meanings if m.kind == "dimension"]
        places = [m for m in meanings if m.kind in ("dimension", "event", "kindword")] if places else places
        for rule in ("doer", "past", "plural"):
            for ending, replaced in rules.get(rule, ()):
                if word.endswith(replaced) and (rule != "plural" or "-" in word):
                    alias(word[:len(word) - len(replaced)] + ending, doers if rule == "doer" else readable)
                elif rule == "plural" and places and word.endswith(replaced) and word.isalpha() and len(word) > 2:
                    alias(word[:len(word) - len(replaced)] + ending, places)
        # the people of a place named by a value ('parisiens' of Paris, 'lillois' of Lille): the value itself; never
        # of an abbreviation ('M.', a title: 'mois' is the month)
        places = [m for m in meanings if m.kind in ("value", "dimvalue")]
        for ending, replaced in rules.get("demonym", ()) if word.isalpha() and len(word) > 2 else ():
            made = word[:len(word) - len(replaced)] + ending
            if word.endswith(replaced) and alias(made, places):
                lex.made.add(lex.key(made))    # 'lilloises' is never a typo of 'malloises', made of 'mall'
        _named_demonyms(lex, catalog, key, places, rules, alias)
    return noun_verbs


def _named_demonyms(lex: Lexicon, catalog: Catalog, key: tuple[str, ...], places: list[Meaning],
                    rules: dict, alias: Callable[[str, list[Meaning]], bool]) -> None:
    """'Londoners', 'Berliners', 'Chicagoans', 'New Yorkers': an ending that makes other words too ('openers'), so only
    of a place where the customers are (their own table's value) that the catalog writes as a name ('London', 'New
    York'; never 'VIP', 'gold'), on its last word."""
    written = lex.said.get(key, "")
    homes = [m for m in places if m.kind == "value" and m.column.rsplit(".", 1)[0] == catalog.entity.table]
    if not homes or not all(w.isalpha() for w in key) or \
            not all(w[:1].isupper() and w[1:].islower() for w in written.split()):
        return
    last = key[-1]
    for ending, replaced in rules.get("named_demonym", ()):
        made = " ".join((*key[:-1], last[:len(last) - len(replaced)] + ending))
        if last.endswith(replaced) and alias(made, homes):
            lex.made.add(lex.key(made))


def _add_measured_forms(lex: Lexicon, catalog: Catalog, key: tuple[str, ...], meanings: list[Meaning],
                        rules: tuple[tuple[str, str], ...], alias: Callable[[str, list[Meaning]], bool]) -> None:
    """The past forms of the words of a phrase that names a measure of an event's own row ('rating', 'score de
    satisfaction'), by the language's endings ('rated', 'scoré', 'notés'): each as its request token reads, typed with
    its accents and without. One that means nothing of its own reads as the measure's column too ('noté 5/5')."""
    columns = [m for m in meanings if m.kind == "column" and m.event and any(
        measure_column(catalog.events[m.event], measure.column) == m.column and own_row_measure(catalog, m.event, name)
        for name, measure in catalog.events[m.event].measures.items())]
    measures = {(m.event, name) for m in columns for name, measure in catalog.events[m.event].measures.items()
                if measure_column(catalog.events[m.event], measure.column) == m.column}
    if not measures:
        return
    for word in key:
        if len(word) <= 3 or not word.isalpha() or word in lex.function_words:
            continue
        for ending, replaced in rules:
            if word.endswith(replaced):
                made = word[:len(word) - len(replaced)] + ending
                for typed in dict.fromkeys((made, fold(made))):
                    said = lex.key(typed)
                    if len(said) == 1:
                        lex.measured[said[0]] |= {(e, name, True) for e, name in measures}
                    if typed == made and said != lex.key(fold(made)):
                        # a participle its accent makes a word of its own ('noté' is not 'note', lang_fr
                        # ACCENTED_PARTICIPLES) reads as the measure's column wherever it is, as 'rated' does
                        alias(typed, columns)
                    for prefix in lex.negating:      # 'unrated': the events without it
                        said = lex.key(prefix + typed)
                        if len(said) == 1:
                            lex.measured[said[0]] |= {(e, name, False) for e, name in measures}


def _add_agreement(lex: Lexicon, forms: tuple[tuple[str, ...], ...], auxiliaries: frozenset[str]) -> None:
    """A participle agrees with whom it is said of ('venu', 'venue', 'venus', 'venues sur le site'): a catalog phrase
    whose participle the catalog writes in one form (its accents kept) also reads in the others, as an alias. The
    participle is the phrase's first word, or the one after its auxiliaries ('ont rejoint': 'nous ont rejoints')."""
    for key, text in list(lex.said.items()):
        words = text.split(" ")
        at = next((i for i, w in enumerate(words) if fold(w.lower()) not in auxiliaries), 0)
        first = words[at].lower()
        group = next((g for g in forms if any(first.endswith(f) for f in g)), None)
        if group is None:
            group = _folded_agreement(first, forms, lex.is_word) if len(words) == 1 else None
            if group is None:
                continue
        ending = max((f for f in group if first.endswith(f)), key=len)
        stem = " ".join(words[:at] + [first[:len(first) - len(ending)]])
        rest = text[len(" ".join(words[:at + 1])):]
        meanings = [m for m in lex.phrases.get(key, []) if m.kind in READABLE]
        for other in group:
            made = lex.key(stem + other + rest)      # never a grammar word alone ('né' is not the 'ne' of "n'ont")
            if not made or not meanings or all(w in lex.function_words for w in made):
                continue
            if made not in lex.phrases:
                lex.aliases.add(made)
                lex.made.add(made)
                lex.agreed.add(made)
                put = meanings
            elif made in lex.said and made not in lex.made and not any(m.kind == "event" for m in lex.phrases[made]):
                # a form the catalog writes for another meaning ('ouvertes', an open ticket) still agrees with the
                # behaviour's participle ('les e-mails ouverts'): both readings, as the form said ('ouvert') has
                put = [m for m in meanings if m.kind == "event"]
            else:
                continue
            for m in put:
                lex._put(made, m)


def _folded_agreement(first: str, forms: tuple[tuple[str, ...], ...],
                      is_word: Callable[[str], bool]) -> tuple[str, ...] | None:
    """A catalog word alone written without an accent ('note', the score) is also how a participle folds ('noté'):
    its feminine and plural ('notée', 'notées'), typed with or without the accent, read as it, as 'notés' did by its
    folding alone. Only the forms that lengthen the word said (a catalog 'soldes' never makes 'solde'), from the
    agreement group of an accented ending that folds to its end, when the participle is a word of the language (no
    'villée' of 'ville'); the plural is the plural's rule."""
    if len(first) < 4 or first != fold(first):
        return None
    for group in forms:
        masculine = fold(group[0])
        if group[0] != masculine and first.endswith(masculine) and not first.endswith(masculine * 2) \
                and is_word(fold(first[:len(first) - len(masculine)] + group[1])):
            return (masculine,) + tuple(fold(f) for f in group[1:] if fold(f).startswith(masculine * 2))
    return None


def _add_present_forms(lex: Lexicon, rule: tuple[str, tuple[str, ...]] | None) -> None:
    """A phrase of several words opened by a present participle ('habitant en' of a country) also reads with the
    verb's present in its place ('habitent en', 'habite en'): a marketer writes 'qui habitent en Belgique' (it was
    asked about). Never a word alone ('habitant' is also a noun), never over a phrase the catalog has."""
    if rule is None:
        return
    ending, forms = rule
    for key, text in list(lex.said.items()):
        words = text.split(" ")
        first = fold(words[0].lower())
        meanings = [m for m in lex.phrases.get(key, []) if m.kind in READABLE]
        if len(words) < 2 or not first.endswith(ending) or len(first) - len(ending) < 3 or not meanings:
            continue
        for form in forms:
            made = lex.key(" ".join([first[:len(first) - len(ending)] + form, *words[1:]]))
            if made and made not in lex.phrases:
                lex.aliases.add(made)
                lex.made.add(made)
                for m in meanings:
                    lex._put(made, m)


def _add_present_after(lex: Lexicon, rule: tuple[str, tuple[str, ...]] | None, is_word: Callable[[str], bool]) -> None:
    """A phrase of several words closed by a present participle ('membership ending', 'lease expiring') also reads
    with the verb's present in its place, where that is a word ('membership ends', 'lease expires'): a marketer
    writes 'whose membership ends in the next 6 weeks'. Never over a phrase the catalog has."""
    if rule is None:
        return
    ending, forms = rule
    for key, text in list(lex.said.items()):
        words = text.split(" ")
        last = words[-1].lower()
        meanings = [m for m in lex.phrases.get(key, []) if m.kind in READABLE]
        if len(words) < 2 or not last.endswith(ending) or len(last) - len(ending) < 3 or not meanings:
            continue
        stem = last[:len(last) - len(ending)]
        for form in dict.fromkeys(stem + f for f in forms):
            made = lex.key(" ".join([*words[:-1], form]))
            if is_word(form) and made and made not in lex.phrases:
                lex.aliases.add(made)
                lex.made.add(made)
                for m in meanings:
                    lex._put(made, m)


def _add_end_verbs(lex: Lexicon, nouns: tuple[tuple[tuple[str, ...], bool], ...], verbs: tuple[str, ...]) -> None:
    """A catalog phrase naming the end of something ('fin d'engagement', 'end of contract', 'commitment end') also
    reads as that thing said with a verb of ending ('l'engagement se termine', 'arrive à échéance', 'the commitment
    ends', 'expires'): `nouns` are the end's words and whether they come first ('fin de', 'end of') or last ('end');
    `verbs` the language's verbs of ending. Never over a phrase the catalog has."""
    for key, text in list(lex.said.items()):
        meanings = [m for m in lex.phrases.get(key, []) if m.kind in READABLE or m.kind == "evdate"]
        words = [fold(w.lower()) for w in lex.key(text)]
        for end, first in nouns:
            n = len(end)
            thing = words[n:] if first and tuple(words[:n]) == end else \
                words[:-n] if not first and tuple(words[-n:]) == end else None
            if not thing or not meanings or len(words) <= n:
                continue
            for verb in verbs:
                made = lex.key(" ".join([*thing, verb]))
                if made and made not in lex.phrases:
                    lex.aliases.add(made)
                    lex.made.add(made)
                    for m in meanings:
                        lex._put(made, m)


def _add_held_with(lex: Lexicon, leads: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    """A catalog phrase opened by 'has' ('has car insurance', 'a une assurance auto') also reads opened by 'with'
    ('customers with car insurance', 'clients avec une assurance auto'): the same holding, said of the customers.
    `leads`: each opening of a holding and what it is said with instead (French 'a une' only: a folded 'à' is 'a').
    Never over a phrase the catalog has."""
    for key in list(lex.phrases):
        meanings = [m for m in lex.phrases[key] if m.kind in READABLE]
        lead = next((lead for lead in leads if key[:len(lead)] == lead and len(key) > len(lead)), None)
        if lead is None or not meanings or any(m.kind in ("event", "kindword") for m in lex.phrases.get(key[len(lead):], ())):
            continue      # ('has bought': a behaviour's tense, no holding)
        made = (*leads[lead], *key[len(lead):])
        if made not in lex.phrases:
            lex.aliases.add(made)
            lex.made.add(made)
            for m in meanings:
                lex._put(made, m)


def _add_measure_verbs(lex: Lexicon, heads: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
                       verbs: tuple[tuple[str, ...], ...]) -> None:
    """A quantity the customer has, named by its noun and a word of measure ('household size', 'household of',
    'taille du ménage', 'foyer de'), also reads as the noun and a verb saying how many it holds ('whose household has
    5 people', 'dont le ménage compte 5 personnes', 'dont le foyer est de 5 personnes'): the same column, its number
    said after it. `heads`: the words of measure said before the noun and after it; `verbs`: the verbs. Never over
    a phrase the catalog has."""
    for key in list(lex.counted):
        meanings = [m for m in lex.phrases.get(key, ()) if m.kind == "column"]
        noun = next((key[len(before):len(key) - len(after)] for before, after in heads
                     if len(key) > len(before) + len(after) and key[:len(before)] == before
                     and key[len(key) - len(after):] == after), None)
        if not meanings or not noun or all(w in lex.function_words for w in noun):
            continue
        for verb in verbs:
            made = (*noun, *verb)
            if made not in lex.phrases:
                lex.aliases.add(made)
                lex.made.add(made)
                lex.numbered.add(made)      # ('whose household has children': no quantity said)
                for m in meanings:
                    lex._put(made, m)


def _plurals_of_the_same_values(lex: Lexicon) -> None:
    """A word the catalog lists for a value in one column only in the singular ('e-mail': the consent's channel and the
    messages') and in the plural for another ('e-mails': the messages' channel alone) reads, in the plural, every
    value of the customers' own its singular reads: 'abonnés aux e-mails', 'aux courriels' is the consent's channel
    too (read as messages received, the consent was asked about)."""
    for key, meanings in list(lex.phrases.items()):
        if len(key) != 1 or key in lex.aliases:       # (most phrases: looked at first)
            continue
        values = [m for m in meanings if m.kind in ("value", "dimvalue")]
        for ending in lex.plurals if values else ():
            plural = (key[0] + ending,)
            said = lex.phrases.get(plural)
            if not said:
                continue
            codes = {m.values for m in said if m.kind in ("value", "dimvalue")}
            if {m.values for m in values} & codes:
                for m in values:      # (a behaviour's values stay as the catalog lists them: 'the last five emails')
                    if m.kind == "value" and m not in said:
                        lex._put(plural, m)


def _add_state_compounds(lex: Lexicon, after_noun: bool, participles: tuple[str, ...]) -> None:
    """A state the catalog names with a behaviour's noun ('active subscription', 'abonnement actif') said with another
    name of that behaviour holding the same noun ('replenishment subscription', 'abonnement réassort') reads as both:
    'an active replenishment subscription', 'un abonnement réassort actif' (the state word was asked about, the
    subscriptions of any status kept). The state's word goes where the language puts an adjective (`after_noun`).
    Only an adjective: a participle ('commande retournée', 'opened ticket') is a verb's state, which the readings of
    the behaviour said before it read (the_one_before), attributive or not ('première commande en ligne a été
    retournée' is the first order, returned). `participles`: the endings of the languages' past participles, as
    written. Never over a phrase the catalog has."""
    names: dict[str, list[tuple[tuple[str, ...], list[Meaning]]]] = defaultdict(list)
    two = [(key, meanings) for key, meanings in lex.phrases.items() if len(key) == 2 and key not in lex.aliases]
    for key, meanings in two:
        # a behaviour's name of two nouns ('replenishment subscription'), never a verb's phrase ('booked a class')
        events = [m for m in meanings if m.kind == "event"]
        written = lex.said.get(key, "").lower().split(" ") if events else []
        if events and len(written) == 2 \
                and not any(w in lex.function_words or w.endswith(participles) or w in IRREGULAR_PARTICIPLES
                            for w in written):
            names[key[0]].append((key, events))
            names[key[-1]].append((key, events))
    for key, meanings in two:
        states = [m for m in meanings if m.kind == "dimvalue" and m.event is not None]
        if not states:
            continue
        written = lex.said.get(key, " ".join(key)).lower().split(" ")
        written = written if len(written) == 2 else list(key)
        noun, state, typed = (key[0], key[1], written[1]) if after_noun else (key[1], key[0], written[0])
        if typed.endswith(participles) or typed in IRREGULAR_PARTICIPLES or state in lex.function_words:
            continue
        for name, events in names.get(noun, ()):
            if name == key or (name[0] if after_noun else name[-1]) != noun \
                    or not {m.event for m in events} & {m.event for m in states}:
                continue
            made = (*name, state) if after_noun else (state, *name)
            if made not in lex.phrases:
                lex.aliases.add(made)
                lex.made.add(made)
                for m in [*events, *states]:
                    lex._put(made, m)


def _measures_said_with_auxiliary(lex: Lexicon, catalog: Catalog, auxiliaries: frozenset[str]) -> None:
    """A catalog phrase of a kind of behaviour said with its auxiliary ('ont dépensé', a glossary's 'purchase') keeps
    the measure its participle alone names ('dépensé': the purchases' spend): 'qui ont dépensé plus de 300 €' compares
    the spend, as 'ayant dépensé' does (the kind alone had no amount to compare, and the amount was asked about)."""
    for key in list(lex.phrases):
        meanings = lex.phrases[key]
        if len(key) < 2 or not all(w in auxiliaries for w in key[:-1]) \
                or not meanings or not all(m.kind == "kindword" for m in meanings):
            continue
        kinds = {m.ref for m in meanings}
        for m in lex.phrases.get(key[-1:], ()):
            if m.kind == "column" and m.event is not None and m.ref is not None \
                    and catalog.events[m.event].kind in kinds and m not in meanings:
                lex._put(key, m)


def _add_causatives(lex: Lexicon, causatives: tuple[str, ...], infinitives: dict[str, str]) -> None:
    """A catalog phrase opened by a participle ('livré à domicile', 'remboursé') also reads as the language's
    causative and the verb's infinitive ('se sont fait livrer à domicile', 'se faire rembourser'): what was done to
    them, as the participle says it. `infinitives`: a participle's ending, as written -> its infinitive's. Only after
    the causative: an infinitive alone ('à livrer') is what is still to be done. Never over a phrase the catalog has."""
    if not causatives:
        return
    folded = tuple({fold(e) for e in infinitives})      # (most phrases' first word ends with none: looked at first)
    for key in [key for key in lex.phrases if key[0].endswith(folded)]:
        meanings = [m for m in lex.phrases[key] if m.kind in ("qualifier", "value", "dimvalue", "event", "kindword")]
        # the first word as written: the catalog's phrase, or a meaning's label that begins with it ('livré')
        firsts = (text.split(" ")[0].lower() for text in (lex.said.get(key, ""), *(m.label for m in meanings)))
        written = next((w for w in firsts if w and fold(w) == key[0]), "")
        ending = next((e for e in infinitives if written.endswith(e)), None)
        if not meanings or ending is None or len(written) - len(ending) < 3 or not written.isalpha():
            continue
        infinitive = fold(written[:len(written) - len(ending)]) + infinitives[ending]
        for causative in causatives:
            made = (causative, infinitive, *key[1:])
            if made not in lex.phrases:
                lex.aliases.add(made)
                lex.made.add(made)
                for m in meanings:
                    lex._put(made, m)


def _add_without(lex: Lexicon, relatives: frozenset[str]) -> None:
    """A phrase with a relative pronoun between its words ('abonnement qui se termine') also reads without it
    ('dont l'abonnement se termine'). Never over a phrase the catalog has."""
    for key in list(lex.phrases):
        inner = [i for i, w in enumerate(key) if w in relatives and 0 < i < len(key) - 1]
        meanings = [m for m in lex.phrases[key] if m.kind in READABLE]
        made = tuple(w for i, w in enumerate(key) if i not in inner)
        if inner and meanings and made not in lex.phrases:
            lex.aliases.add(made)
            lex.made.add(made)
            for m in meanings:
                lex._put(made, m)


def _dates_of_others(lex: Lexicon) -> None:
    """A word of another date of some behaviours (a booking's departure, a cancelled booking's planned one) that is
    also the own name of another behaviour (the trip's 'departure') or a term of the glossary ('départ prévu', an
    upcoming trip) names that one alone: the others' date it stays, for their words ('bookings departing in
    October'). Read as all of them, 'a departure in the next 2 months' also required a cancelled booking, and 'sans
    départ prévu' denied cancelled bookings and quotes, silently."""
    for key, meanings in lex.phrases.items():
        dated = {m.event for m in meanings if m.kind == "evdate"}
        if dated and any(m.kind == "event" and m.event not in dated or m.kind == "glossary" for m in meanings):
            meanings[:] = [m for m in meanings if not (m.kind == "event" and m.event in dated)]


def _add_tenses(lex: Lexicon, tenses: dict[tuple[str, ...], tuple[str, ...]], irregular: dict[str, tuple[str, ...]],
                auxiliaries: frozenset[str]) -> set[tuple[str, ...]]:
    """A behaviour the catalog names by its past participle ('commandé', 'ont cliqué sur', 'ordered') is said in
    the verb's other tenses too ('commandaient', 'cliquent sur', 'ordering'): each such catalog phrase also reads
    with the participle's ending (any of its agreed forms) replaced by another tense's, or an irregular participle
    by its forms ('lu': 'lisent'), its auxiliaries dropped ('ont commandé' -> 'commandent'). Only behaviours: a
    state's other tenses are no catalog word. Returns the phrases added (a tense of a phrase with a place for its
    thing holds the place as the phrase does)."""
    added = set()
    for key, text in list(lex.said.items()):
        # a behaviour's kind ('ajouté au panier': a web event's type) when it is no behaviour of its own: 'ouvert' is
        # an opened message, and a ticket's state, which has no other tense
        meanings = [m for m in lex.phrases.get(key, []) if m.kind in ("event", "kindword")] or \
            [m for m in lex.phrases.get(key, []) if m.kind == "dimvalue" and m.event is not None]
        if any(m.kind == "event" and m.dim is not None for m in meanings):
            continue      # a value's verb ('mailed') is read as the catalog lists it: 'a mailing' is no verb
        words = text.split(" ")
        at = next((i for i, w in enumerate(words) if fold(w.lower()) not in auxiliaries), None)
        if not meanings or at is None:
            continue
        verb = words[at].lower()
        said = [form for participle, forms in tenses.items()
                if (ending := max((e for e in participle if verb.endswith(e)), key=len, default=None)) is not None
                and len(verb) - len(ending) >= 3 for form in (verb[:len(verb) - len(ending)] + f for f in forms)]
        for form in said + list(irregular.get(fold(verb), ())):
            made = lex.key(" ".join([form, *words[at + 1:]]))
            if made and made not in lex.phrases:
                lex.aliases.add(made)
                lex.made.add(made)
                added.add(made)
                for m in meanings:
                    lex._put(made, m)
    return added


def _add_lead_verbs(lex: Lexicon, leads: dict[tuple[str, ...], tuple[str, ...]]) -> None:
    """'ont fini par acheter', 'ended up ordering': a verb that leads a behaviour's word (said with one of the lead's
    endings: the infinitive, the gerund) adds nothing the catalog checks; the two read as the behaviour, as an
    alias, and so does each phrase that word opens ('fini par commander en ligne': a longer phrase starting inside
    the lead's would take the word from it)."""
    verbs = {key[0] for key, meanings in lex.phrases.items() if len(key) == 1 and lex._behaviour(key[0])}
    behaviours = [(key, [m for m in meanings if m.kind in ("event", "kindword")])
                  for key, meanings in lex.phrases.items() if key[0] in verbs]
    for key, meanings in behaviours:
        for lead, endings in leads.items() if meanings else ():
            said = lead + key
            if key[0].endswith(endings) and said not in lex.phrases:
                lex.aliases.add(said)
                for m in meanings:
                    lex._put(said, m)


def _add_birth_words(lex: Lexicon, catalog: Catalog, birth_words: tuple[str, ...]) -> None:
    """'born', 'birthday' name the customer's birth date (or year) when the catalog has one and gives the word
    no meaning of its own."""
    birth = next((f"{t}.{c}" for t in profile_tables(catalog) for c, col in catalog.tables[t].columns.items()
                  if col.role in ("birth_date", "birth_year")), None)
    if birth is None:
        return
    for word in birth_words:
        if lex.key(word) not in lex.phrases:
            lex.add(word, Meaning("column", column=birth, label=_words(birth.rsplit(".", 1)[1])))


def _add_verb_aliases(lex: Lexicon, aliases: dict[tuple[str, ...], tuple[str, ...]]) -> set[tuple[str, ...]]:
    """'came to the website' reads as 'visited the website' for every catalog phrase that begins with the verb.
    Returns the phrases added."""
    added = set()
    # the phrases by their first word, kept up to date as aliases are added (one alias may open with another's
    # verb): each verb looks only at the phrases that open with its first word, not at all of them
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in lex.phrases:
        by_first[key[0]].append(key)
    for alias, verb in aliases.items():
        for key in list(by_first.get(verb[0], ())):
            if key[:len(verb)] != verb or len(key) == len(verb):
                continue
            said = alias + key[len(verb):]
            if said not in lex.phrases:
                for m in lex.phrases[key]:   # a behaviour, or a kind of one ('ajouté un article au panier': a web event's type)
                    if m.kind in ("event", "kindword") or m.kind == "dimvalue" and m.event is not None:
                        lex._put(said, m)
                lex.aliases.add(said)
                added.add(said)
                if said in lex.phrases:
                    by_first[said[0]].append(said)
    return added


def _add_compounds(lex: Lexicon, links: frozenset[str]) -> None:
    """A catalog phrase of two words joined by a link ('abandonnistes de panier', 'ticket de caisse') also reads with
    the two words side by side, as a brief writes them ('abandonnistes panier'), unless that means something already."""
    for key, meanings in list(lex.phrases.items()):
        if len(key) == 3 and key[1] in links and not {key[0], key[2]} & lex.function_words:
            joined = (key[0], key[2])
            if joined not in lex.phrases:
                lex.aliases.add(joined)
                for m in meanings:
                    lex._put(joined, m)


def _add_aliases(lex: Lexicon, aliases: dict[str, str]) -> None:
    """A colloquial word ('guys') means what the catalog's own word ('men') means, when the catalog has it as a
    value and gives the colloquial word no meaning of its own; otherwise it stays not understood (asked)."""
    for alias, word in aliases.items():
        meanings = [m for m in lex.phrases.get(lex.key(word), []) if m.kind in ("value", "indvalue")]
        if meanings and lex.key(alias) not in lex.phrases:
            lex.aliases.add(lex.key(alias))
            for m in meanings:
                lex.add(alias, m)
