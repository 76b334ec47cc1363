"""The synonym-swap replay: right answers said again with other catalog words of the same meaning, same gold.

The lexical counterpart of the recombination replay (recombine.py): where that one joins and reshapes requests,
this one keeps a request's shape and changes one catalog phrase in it. For every request answered right with no
flag, each phrase the lexicon read in it that is a catalog element's own phrase (its label or a synonym, a
qualifier, a verb; in the request's language: an English request takes the element's English words, a French one
its `fr:` block) is replaced by another phrase of that same element and value, when the translation used that
element (a value's column and value are in its criteria, an event among its events ...). The meaning did not
change, so the gold is the original's: the new request must be answered right, or flagged (a question, a refusal,
a warning); another audience without a word is silent.

The grammar is kept plausible by one rule: a phrase is swapped only for a phrase of the same form, the class of its
first word (SWAP of each lang_xx.py holds the words): a preposition ('in store' for 'at the till'), an auxiliary, by
itself ('ont acheté' for 'ont fait un achat', never for 'a acheté'), a pronoun, a past participle ('bought' for
'purchased'), a gerund, else a noun or adjective ('boots' for 'footwear'). A stored value's code ('vip', 'FR') and
the warehouse's own names (cities, brands) are no catalog phrase here. Deterministic: the phrases kept per span are
drawn with a fixed seed; each swap's id is '<id>~swap<n>', tagged 'swapped:<kind of element>'.
"""
from __future__ import annotations

import random
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.translate.languages import LANGUAGES, words_of
from assistant.translate.offline.lexicon import build_lexicon
from assistant.translate.offline.rewrite import prepare
from assistant.translate.offline.text import Token, tokenize
from schema_catalog.model import Catalog
from schema_catalog.semantic import profile_tables

SEED = 38
PER_SPAN = 2          # other phrases tried per phrase read
PER_REQUEST = 6       # swaps per request at most (rotating over its phrases)

Element = tuple        # (kind, *what): ('value', column, values), ('event', name), ('dimvalue', column, values) ...


# -- the catalog's phrases, per element ---------------------------------------------------------------------------

def _said(element, lang: str, field: str = "synonyms", label: bool = True) -> list[str]:
    words = element.words(lang)
    own = [words.label] if label and getattr(words, "label", "") else []
    return [*own, *getattr(words, field)]


def phrases(catalog: Catalog, lang: str) -> dict[Element, tuple[str, ...]]:
    """Each element the catalog names, with its phrases in `lang` as the catalog writes them (label first)."""
    out: dict[Element, list[str]] = defaultdict(list)
    ent = catalog.entity
    local = ent.words(lang)
    out[("entity",)] += [local.label, local.plural, *local.synonyms]
    profiles = set(profile_tables(catalog))
    for tname, table in catalog.tables.items():
        out[("table", tname)] += _said(table, lang, label=lang != "en")
        for cname, col in table.columns.items():
            qualified = f"{tname}.{cname}"
            # in English a profile column's name is its label ('email', 'loyalty points'), as the lexicon reads it
            named = [cname.replace("_", " ")] if lang == "en" and tname in profiles else []
            out[("column", qualified)] += named + _said(col, lang, label=lang != "en")
            for value, v in col.values.items():
                out[("value", qualified, (value,))] += _said(v, lang)
            for vset in col.value_sets.values():
                out[("value", qualified, tuple(vset.values))] += _said(vset, lang)
    for ename, ev in catalog.events.items():
        out[("event", ename)] += _said(ev, lang)
        out[("qualifier", ename)] += _said(ev, lang, "qualifiers", label=False)
        for mname, measure in ev.measures.items():
            out[("measure", ename, mname)] += _said(measure, lang)
        for dname, dim in ev.dimensions.items():
            out[("dimension", ename, dname)] += _said(dim, lang, label=lang != "en")
            col = catalog.column(dim.column)
            for value, v in col.values.items():
                out[("dimvalue", dim.column, (value,))] += _said(v, lang)
            for vset in col.value_sets.values():
                out[("dimvalue", dim.column, tuple(vset.values))] += _said(vset, lang)
            for value, verbs in dim.words(lang).verbs.items():       # 'emailed': the event, and its value
                out[("verb", ename, dname, value)] += verbs
                out[("dimvalue", dim.column, (value,))] += verbs
    kinds = {e.kind for e in catalog.events.values()}
    for i, term in enumerate(catalog.glossary):
        kind = term.term.lower().replace(" ", "_")
        out[("kindword", kind) if kind in kinds else ("glossary", i)] += _said(term, lang)
    for i, amb in enumerate(catalog.ambiguous):
        out[("ambiguous", i)] += _said(amb, lang)
    for name, ind in catalog.indicators.items():
        out[("indicator", name)] += [name.replace("_", " ")] * (lang == "en") + _said(ind, lang)
        for value, v in ind.values.items():
            out[("indvalue", name, value)] += _said(v, lang)
    return {k: tuple(dict.fromkeys(p for p in v if p and _plain(p))) for k, v in out.items()}


def element(m) -> Element | None:
    """The element a lexicon's meaning reads; None for a reading no catalog phrase gives as written (the bare noun
    of a qualifier, 'shops' of 'in shops'; the kinds of a product name)."""
    k = m.kind
    if k == "entity":
        return ("entity",)
    if k == "column":
        return ("measure", m.event, m.ref) if m.event and m.ref else ("column", m.column)
    if k == "event":
        return ("verb", m.event, m.dim, m.values[0]) if m.dim else ("event", m.event)
    if k == "qualifier":
        return None if m.weak else ("qualifier", m.event)
    if k in ("value", "dimvalue"):
        return None if m.by_kind else (k, m.column, m.values)
    if k == "dimension":
        return ("dimension", m.event, m.dim)
    if k == "indvalue":
        return ("indvalue", m.ref, m.values[0])
    return (k, m.ref)      # table, kindword, glossary, ambiguous, indicator


def _plain(text: str) -> bool:
    """A phrase a marketer types as it is (not a label with a note in brackets)."""
    return not any(ch in "()[]{};" for ch in text)


# -- which elements a translation used ----------------------------------------------------------------------------

def _parts(spec) -> Iterator[dict]:
    """Every condition of a criterion's spec, its nested ones too (groups, the behaviour after another ...)."""
    if isinstance(spec, dict):
        yield spec
        for v in spec.values():
            yield from _parts(v)
    elif isinstance(spec, list):
        for v in spec:
            yield from _parts(v)


def used(element: Element, specs: list[dict], catalog: Catalog) -> bool:
    """Whether a translation's criteria (their specs) read `element`."""
    kind, *what = element
    parts = [p for s in specs for p in _parts(s)]
    events = [(set(p.get("events") or ()), p) for p in parts if p.get("events")]
    if kind == "entity":
        return True
    if kind == "table":
        return any(p.get("kind") == "list" and p.get("table") == what[0] for p in parts)
    if kind == "column":
        return any(what[0] in (p.get("column"), p.get("flag")) for p in parts)
    if kind == "value":
        return any(p.get("column") == what[0] and set(what[1]) <= set(p.get("values") or ()) for p in parts)
    if kind in ("event", "qualifier", "measure"):
        return any(what[0] in names for names, _ in events)
    if kind == "dimension":
        return any(what[0] in names and what[1] in {**(p.get("dims") or {}), **(p.get("other_than") or {})}
                   for names, p in events)
    if kind == "verb":
        return any(what[0] in names and what[2] in (p.get("dims") or {}).get(what[1], ()) for names, p in events)
    if kind == "dimvalue":
        return any(_has_dimvalue(names, p, what[0], set(what[1]), catalog) for names, p in events)
    if kind == "kindword":
        return any(catalog.events[e].kind == what[0] for names, _ in events for e in names if e in catalog.events)
    if kind == "glossary":
        return any(p.get("kind") == "term" and p.get("index") == what[0] for p in parts)
    if kind == "indicator":
        return any(p.get("indicator") == what[0] for p in parts)
    if kind == "indvalue":
        return any(p.get("indicator") == what[0] and what[1] in (p.get("values") or ()) for p in parts)
    return False


def _has_dimvalue(names: set, p: dict, column: str, values: set, catalog: Catalog) -> bool:
    dims = {**(p.get("dims") or {}), **(p.get("other_than") or {})}
    for e in names & set(catalog.events):
        for dname, dim in catalog.events[e].dimensions.items():
            if dim.column == column and values <= set(dims.get(dname, ())):
                return True
    return False


# -- the form of a phrase -----------------------------------------------------------------------------------------

def _fold(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))


def form(text: str, lang: str) -> tuple[str, str]:
    """A phrase's form: the class of its first word ('prep', 'adverb', 'aux:<word>', 'pronoun', 'participle',
    'gerund' or 'noun') and the sense its words give a verb of the element, if any ('spent' says money where
    'bought' says the act)."""
    rules = words_of(lang).SWAP
    words = text.lower().split()
    first = words[0].split("'")[0] + "'" if "'" in words[0][:-1] else words[0]      # "s'est" -> "s'"
    folded = {_fold(w) for w in words}
    sense = next((name for name, said in rules["senses"].items() if not said.isdisjoint(folded)), "")
    return _class(first, rules), sense


def _class(first: str, rules: dict) -> str:
    for kind, said in (("prep", "prepositions"), ("adverb", "adverbs"), ("pronoun", "pronouns"), ("noun", "nouns")):
        if first in rules[said]:
            return kind
    if first in rules["auxiliaries"]:
        return f"aux:{first}"
    if first in rules["participles"] or first.endswith(rules["participle_endings"]):
        return "participle"
    if any(first.endswith(e) and len(first) > len(e) + 2 for e in rules["gerund_endings"]):
        return "gerund"
    return "noun"


def plural(text: str, lang: str) -> bool:
    """Whether a phrase's head word is a plural (one of the language's plural endings or 'plurals'): its last word
    in English ('outlet stores'), its first in French ('magasins d'usine'), as SWAP 'head' says."""
    rules = words_of(lang).SWAP
    head = text.lower().split()[rules["head"]]
    return head in rules["plurals"] or head.endswith(rules["plural_endings"]) and head not in rules["singulars"]


# -- the swaps ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Found:
    """A catalog phrase read in a request: its characters, the elements it names, the tokens around it."""
    start: int
    end: int
    elements: frozenset
    before: tuple[Token, ...]      # the two words before it ('2+ bounced': '2', 'bounced')
    after: Token | None


class Swapper:
    """The swaps of one catalog's requests, its phrases and lexicons built once per language."""

    def __init__(self, catalog: Catalog, values: dict[str, list[str]] | None = None):
        self.catalog, self.values = catalog, values
        self._langs: dict[str, tuple] = {}

    def _language(self, lang: str) -> tuple:
        if lang not in self._langs:
            # the translator's own lexicon when given its values (built once for both); a name found in the data
            # is no catalog phrase and is never swapped
            lexicon = build_lexicon(self.catalog, self.values, lang=lang, is_word=LANGUAGES[lang].is_word)
            said = phrases(self.catalog, lang)
            index: dict[tuple[str, ...], set] = defaultdict(set)
            for element_, texts in said.items():
                for text in texts:
                    index[lexicon.key(text)].add(element_)
            heads = frozenset(p.lower() for p in said.get(("entity",), ()) if " " not in p) | words_of(lang).SWAP["people"]
            self._langs[lang] = (lexicon, said, index, heads)
        return self._langs[lang]

    def _plainly(self, key: tuple[str, ...], meanings, lang: str) -> bool:
        """Whether the lexicon reads a phrase only as the catalog elements whose phrase it is ('shops' is also the
        bare noun of 'in shops': a store, not the verb of a purchase it is a synonym of)."""
        index = self._language(lang)[2]
        return all(element(m) in index.get(key, ()) for m in meanings)

    def spans(self, request: str, lang: str) -> list[Found]:
        """The catalog phrases read in a request, as the catalog writes one of its elements' phrases (a variant the
        lexicon makes, a typo, a name found in the data is none) and read as nothing else. A phrase said right
        beside another of the same element ('notifs push': two phrases of one consent) is left as it is: swapped,
        it would say it twice."""
        lexicon, _, index, _ = self._language(lang)
        tokens = tokenize(request)
        tokens = prepare(tokens, LANGUAGES[lang]) if lang != "en" else tokens
        read = []
        for span in lexicon.scan(tokens):
            key = lexicon.key(request[tokens[span.start].start:tokens[span.end - 1].end])
            plain = not span.typo_of and key in index and self._plainly(key, span.meanings, lang)
            read.append((span, index[key] if plain else None))
        out = []
        for n, (span, elements) in enumerate(read):
            beside = [e for m in (n - 1, n + 1) if 0 <= m < len(read) and read[m][1]
                      and {read[m][0].start, read[m][0].end} & {span.end, span.start} for e in read[m][1]]
            if elements and not elements & set(beside):
                out.append(Found(tokens[span.start].start, tokens[span.end - 1].end, frozenset(elements),
                                 tuple(t for t in tokens[max(0, span.start - 3):span.start] if t.text[:1].isalnum())[-2:],
                                 tokens[span.end] if span.end < len(tokens) else None))
        return out

    def alternatives(self, request: str, found: Found, specs: list[dict], lang: str) -> tuple[list, list[str]]:
        """The elements the translation read a phrase as, and the other phrases of every one of them that keep the
        request's grammar (fits())."""
        lexicon, said, _, _ = self._language(lang)
        elements = found.elements
        read = [e for e in elements if e[0] != "entity" and used(e, specs, self.catalog)] or \
            [e for e in elements if e[0] == "entity"]
        if not read:
            return [], []
        common = set.intersection(*(set(said[e]) for e in read))
        key = lexicon.key(request[found.start:found.end])
        # the phrase as the catalog writes it (typed without its accents, 'achete' is still 'acheté')
        written = next((q for e in read for q in said[e] if lexicon.key(q) == key), request[found.start:found.end])
        siblings = [p for e in read for p in said[e]]
        return read, sorted(q for q in common if lexicon.key(q) != key
                            and self.fits(q, written, found, read[0] == ("entity",), siblings, lang))

    def fits(self, q: str, written: str, found: Found, head: bool, siblings: list[str], lang: str) -> bool:
        """Whether `q` may stand where `written` was read: read by the lexicon only as the catalog's phrase; of the
        same form (form()); ending with a word that leaves its object to what follows ('live in', 'said yes to')
        only for another ending with it, and none before such a word already ('opted in | to SMS' is 'consented | to SMS'); holding
        its own object ('made a purchase') for a bare verb only where no object follows; ending with the customers'
        noun or another of people ('very important customers', 'recipients') only for another; a noun of the
        customers', or after a number or a determiner, in its number; in the gender of its agreement (French
        'Italiennes' names women, 'Italiens' does not)."""
        lexicon, _, _, heads = self._language(lang)
        rules = words_of(lang).SWAP
        key = lexicon.key(q)
        if not self._plainly(key, lexicon.phrases.get(key, ()), lang) or form(q, lang) != form(written, lang):
            return False
        after = found.after
        if after is not None and after.text.lower() in rules["prepositions"]:
            if _ends_open(q, rules):
                return False
        elif _ends_open(q, rules) != _ends_open(written, rules):
            return False      # the same word: 'habitent en' for 'vivent en', never 'habitent au' (Italie)
        if _holds_object(q, rules) and not _holds_object(written, rules) and not _clause_ends(after, rules):
            return False
        if (q.lower().split()[-1] in heads) != (written.lower().split()[-1] in heads):
            return False
        counted = any(t.number is not None or t.text.lower() in rules["determiners"] for t in found.before)
        if (counted or head) and plural(q, lang) != plural(written, lang):
            return False
        return _feminine(q, siblings, rules) == _feminine(written, siblings, rules)

    def swaps(self, prompt, translation, rng: random.Random) -> list:
        """The prompt said again with one catalog phrase swapped, for each phrase read (PER_SPAN alternatives each,
        PER_REQUEST at most, taken in turns over the phrases): Golden prompts with its gold."""
        lang = translation.language
        if lang not in LANGUAGES or translation.definition is None:
            return []
        d = translation.definition
        specs = [c.spec or {} for c in [*d.criteria, *d.exclusions]]
        request = prompt.request
        turns = []
        for found in self.spans(request, lang):
            read, others = self.alternatives(request, found, specs, lang)
            rng.shuffle(others)
            turns.append([(found, q, read[0][0]) for q in others[:PER_SPAN]])
        chosen = [s for turn in zip(*[t + [None] * (PER_SPAN - len(t)) for t in turns]) for s in turn if s]
        made = []
        for n, (found, q, kind) in enumerate(chosen[:PER_REQUEST]):
            said = _fitted(request, found.start, found.end, q, lang)
            made.append(prompt.model_copy(update={"id": f"{prompt.id}~swap{n}", "request": said,
                                                  "tags": [*prompt.tags, f"swapped:{kind}"]}))
        return made

def _holds_object(text: str, rules: dict) -> bool:
    """Whether a verb's phrase says its object or complement ('made a purchase', 'réalisé un achat', 'added to
    favourites')."""
    return any(w in rules["objects"] or w in rules["prepositions"] for w in text.lower().split()[1:])


def _clause_ends(after: Token | None, rules: dict) -> bool:
    """Whether no object follows a phrase: the request ends, or punctuation, a preposition or a word that closes
    the verb's clause comes next."""
    return after is None or not after.text[:1].isalnum() or after.text.lower() in rules["prepositions"] \
        or after.text.lower() in rules["clause_words"]


def _feminine(text: str, siblings: list[str], rules: dict) -> bool:
    """Whether a phrase's last word is the feminine of another phrase of the same elements (French 'italiennes' of
    'italiens', 'masculine' of 'masculin'; 'belges' is both): one of the language's feminine endings in place of
    the masculine's."""
    last = _fold(text.split()[-1])
    others = {_fold(p.split()[-1]) for p in siblings}
    return any(last.endswith(f) and last[:len(last) - len(f)] + m in others - {last} for f, m in rules["feminine_endings"])


def _ends_open(text: str, rules: dict) -> str:
    """A phrase's last word when it leaves its object to what follows ('said yes to', 'habitent à'), else ''."""
    words = text.lower().split()
    return words[-1] if len(words) > 1 and words[-1] in rules["trailing"] else ""


def _fitted(request: str, start: int, end: int, phrase: str, lang: str) -> str:
    """The request with `phrase` in place of its characters start:end: capitalised where the typed phrase opened
    the request, in capitals in a request typed so, and the article before it as the phrase's first letter wants it
    (SWAP 'articles': 'a'/'an', 'de'/"d'")."""
    typed = request[start:end]
    if start == 0 and typed[:1].isupper() and not phrase[:1].isupper():
        phrase = phrase[:1].upper() + phrase[1:]
    if typed.isupper() and len(typed) > 1 and request.isupper():
        phrase = phrase.upper()
    return _article(request[:start], phrase, lang) + phrase + request[end:]


def _article(before: str, phrase: str, lang: str) -> str:
    rules = words_of(lang).SWAP
    vowel = _fold(phrase[:1]) in rules["vowels"]
    for plain, elided in rules["articles"]:
        said = (plain + " ", elided if elided.endswith("'") else elided + " ")
        want, other = (said[1], said[0]) if vowel else said
        if before.lower().endswith(other) and (len(before) == len(other) or not before[-len(other) - 1].isalnum()):
            typed = before[-len(other):]
            return before[:-len(other)] + (want[:1].upper() + want[1:] if typed[:1].isupper() else want)
    return before


def swap(right: list, catalogs: dict[str, Catalog], values: dict[str, dict | None] | None = None, *,
         seed: int = SEED) -> list:
    """New requests from right answers: `right` is (golden prompt, its translation) pairs, `values` the warehouse's
    values each catalog's translator read (by catalog name); each new prompt keeps its gold and expectation."""
    swappers: dict[str, Swapper] = {}
    made = []
    for prompt, translation in right:
        if prompt.catalog not in swappers:
            catalog = catalogs[prompt.catalog]
            swappers[prompt.catalog] = Swapper(catalog, (values or {}).get(catalog.name))
        made += swappers[prompt.catalog].swaps(prompt, translation, random.Random(f"{seed}:{prompt.id}"))
    return made
