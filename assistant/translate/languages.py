"""The languages the translators read: one module of words each, and which one a request is written in.

Adding a language adds a module of the same names as lang_en (words, grammar, messages, wording templates)
and one entry here; no translator changes.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType

from assistant.translate import lang_en, lang_fr
from assistant.translate.offline.text import Token, tokenize

LANGUAGES: dict[str, ModuleType] = {"en": lang_en, "fr": lang_fr}


def words_of(lang: str) -> ModuleType:
    """The module of a language's words; English for a code no module covers (its words are the fallback)."""
    return LANGUAGES.get(lang, lang_en)


def detect_language(tokens: list[Token], catalog_words: Mapping[str, frozenset[str]] | None = None) -> str:
    """'en', 'fr', or the name of another language the translator does not read, from each language's grammar
    words and `catalog_words`: the words only that language's catalog phrases use ('adhérentes'; 'VIP' and
    'Paris' are every language's, so they count for none). A tie reads English."""
    own = catalog_words or {}
    words = [t.norm for t in tokens if t.number is None and t.norm.replace("'", "").isalpha()]
    hits = {code: sum(w in m.MARKERS or w in m.WORDS or w in own.get(code, ()) for w in words)
            for code, m in LANGUAGES.items() if code != "en"}
    hits.update({name: sum(w in vocabulary for w in words) for name, vocabulary in lang_en.FOREIGN_WORDS.items()})
    best = max(hits, key=hits.get) if hits else None
    english = sum(w in lang_en.MARKERS or w in lang_en.FUNCTION_WORDS or w in own.get("en", ()) for w in words)
    if best and hits[best] >= 2 and hits[best] > english:
        return best
    if english < 2:     # few grammar words ('clientes belges avec enfants'): the words only one language has
        own = {code: sum(m.is_word(w) and not lang_en.is_word(w) for w in words)
               for code, m in LANGUAGES.items() if code != "en"}
        own_en = sum(lang_en.is_word(w) and not any(m.is_word(w) for c, m in LANGUAGES.items() if c != "en")
                     for w in words)
        code = max(own, key=own.get) if own else None
        if code and own[code] >= 2 and own[code] > own_en:
            return code
    return "en"


def request_language(request: str) -> str:
    """The language of a request's text ('en' when it is one the translators do not read)."""
    lang = detect_language(tokenize(request))
    return lang if lang in LANGUAGES else "en"
