"""The languages the translators read: one module of words each, and which one a request is written in.

Adding a language adds a module of the same names as lang_en (words, grammar, messages, wording templates)
and one entry here; no translator changes.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import ModuleType

from assistant.translate import lang_en, lang_fr
from assistant.translate.offline.text import Token, tokenize, typed_in_capitals

LANGUAGES: dict[str, ModuleType] = {"en": lang_en, "fr": lang_fr}


def every_language(name: str) -> frozenset[str]:
    """The words of every language's list `name` (TITLE_MARKERS, GREETINGS ...): read before a request's language is
    known, or on words another language's rewrite leaves as typed ('du', 'acheteurs'); a language may have none."""
    return frozenset(w for m in LANGUAGES.values() for w in getattr(m, name, ()))


def words_of(lang: str) -> ModuleType:
    """The module of a language's words; English for a code no module covers (its words are the fallback)."""
    return LANGUAGES.get(lang, lang_en)


def detect_language(tokens: list[Token], catalog_words: CatalogWords = None,
                    loanwords: Callable[[], frozenset[str]] | frozenset[str] = frozenset(),
                    english_catalog: Callable[[], frozenset[str]] | None = None) -> str:
    """'en', 'fr', or the name of another language the translator does not read, from each language's grammar
    words and `catalog_words`: the words only that language's catalog phrases use ('adhérentes'; 'VIP' and
    'Paris' are every language's, so they count for none). A tie reads English.

    `catalog_words` may be a function of the language codes to look for: the other languages' are looked for first
    (a request in one of them is read with them anyway), and English's only when `english_catalog` (every word the
    English catalog could count) says they could change the answer. `loanwords` are the catalog words every
    language's phrases share ('web', 'newsletter', 'sneakers'): a dictionary's word, but no evidence of either
    language (or a function giving them, called only for a request with few grammar words)."""
    words = [t.norm for t in tokens if t.number is None and t.norm.replace("'", "").isalpha()]
    # a word typed with an accent is no English word, whatever its folded spelling is ('à' is not 'a')
    unaccented = [t.norm for t in tokens if t.number is None and t.norm.replace("'", "").isalpha() and t.text.isascii()]
    if callable(catalog_words):
        others: Mapping[str, frozenset[str]] = {}
        for looked in (False, True):     # the grammar words alone first, then the other languages' catalog words
            if looked:
                others = catalog_words([code for code in LANGUAGES if code != "en"])
            best, hits, english_grammar = _by_grammar(words, others, unaccented)
            if not looked and hits == 0 and english_grammar >= 3:
                return "en"     # English grammar and none of another language's: no lexicon is worth building
            if best in LANGUAGES and best != "en" and hits >= 2 and english_catalog is not None:
                most = sum(map(_english_words(english_catalog()).__contains__, words))
                if hits > most:
                    return best         # English's catalog words could not outweigh this
        catalog_words = {**others, **catalog_words(["en"])}
    own = catalog_words or {}
    best, hits, english = _by_grammar(words, own, unaccented)
    if best and hits >= 2 and hits > english:
        return best
    if english >= 2:
        return "en"
    # few grammar words ('clientes belges avec enfants'): the words only one language's dictionary has
    # English words another language uses as its own ('premium', 'shopping') and names typed as names ('Clients
    # Premium', 'acheteurs Apple Watch') are no evidence of English
    loanwords = (loanwords() if callable(loanwords) else loanwords) | _borrowed() | _typed_as_names(tokens)
    dictionary = {code: {w for w in words if m.is_word(w) and not lang_en.is_word(w) and w not in loanwords}
                  for code, m in LANGUAGES.items() if code != "en"}
    dictionary_en = {w for w in words if lang_en.is_word(w) and w not in loanwords
                     and not any(m.is_word(w) for c, m in LANGUAGES.items() if c != "en")}
    code = max(dictionary, key=lambda c: len(dictionary[c])) if dictionary else None
    if code and len(dictionary[code]) >= 2 and len(dictionary[code]) > len(dictionary_en):
        return code
    if best in LANGUAGES and hits and not english and hits >= len(dictionary_en):
        return best     # 'les VIP lyonnais': a grammar word of one language outweighs a word only a dictionary has
    if english or dictionary_en:
        return "en"
    # a short request ('clientes VIP', 'acheteurs web', 'les VIP'): with no word of English at all (a name or a
    # loanword is every language's), any word of one language decides
    evidence = {code: len(dictionary[code] | {w for w in words if _counts(w, m, own.get(code, ()))})
                for code, m in LANGUAGES.items() if code != "en"}
    code = max(evidence, key=evidence.get) if evidence else None
    if code and evidence[code]:
        return code
    return "en"


@functools.lru_cache(maxsize=8)
def _english_words(catalog: frozenset[str]) -> frozenset[str]:
    """English's grammar words and the words its catalog could count (`catalog`): one set per catalog, built once,
    that a request's words are counted in at C speed (detecting a French request counted them word by word)."""
    return lang_en.MARKERS | lang_en.FUNCTION_WORDS | catalog


@functools.cache
def _borrowed() -> frozenset[str]:
    """The English words the other languages use as their own (each module's BORROWED)."""
    return frozenset().union(*(getattr(m, "BORROWED", frozenset()) for c, m in LANGUAGES.items() if c != "en"))


def _typed_as_names(tokens: list[Token]) -> frozenset[str]:
    """The words capitalised after the first ('Clients Premium', 'acheteurs Black Friday'): names, a product's or a
    plan's, every language's. In a request typed in capitals no word is set apart."""
    if typed_in_capitals(tokens):
        return frozenset()
    return frozenset(t.norm for t in tokens[1:] if t.number is None and t.text[:1].isupper())


CatalogWords = Mapping[str, frozenset[str]] | Callable[[list[str]], Mapping[str, frozenset[str]]] | None


def _counts(word: str, lang: ModuleType, catalog_words) -> bool:
    return word in lang.MARKERS or word in lang.WORDS or word in catalog_words


def _by_grammar(words: list[str], own: Mapping[str, frozenset[str]],
                unaccented: list[str]) -> tuple[str | None, int, int]:
    """The language (other than English) with most grammar and catalog words, their count, and English's (among
    the words typed without accents)."""
    hits = {code: sum(_counts(w, m, own.get(code, ())) for w in words) for code, m in LANGUAGES.items() if code != "en"}
    hits.update({name: sum(w in vocabulary for w in words) for name, vocabulary in lang_en.FOREIGN_WORDS.items()})
    best = max(hits, key=hits.get) if hits else None
    english = sum(w in lang_en.MARKERS or w in lang_en.FUNCTION_WORDS or w in own.get("en", ())
                  for w in unaccented)
    return best, hits.get(best, 0), english


def request_language(request: str) -> str:
    """The language of a request's text ('en' when it is one the translators do not read)."""
    lang = detect_language(tokenize(request))
    return lang if lang in LANGUAGES else "en"
