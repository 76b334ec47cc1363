"""What a French request costs beyond an English one (issue 17: French no slower than English): the work its
rewrite does once per lexicon or once per word, never again per request. Same readings, checked here on the
functions that were made cheaper; the answers themselves are the blind and golden sets'."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from assistant.translate import lang_fr
from assistant.translate.offline import rewrite
from assistant.translate.offline.text import tokenize
from assistant.translate.offline.translator import OfflineTranslator

A = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def translator(catalog):
    return OfflineTranslator(catalog)


def test_a_words_feminine_reading_is_worked_out_once_per_lexicon(translator, monkeypatch):
    request = "Les clientes lyonnaises et les Canadiennes ayant acheté en magasin"
    first = translator.translate(request, A)
    calls = []
    people = rewrite._people_masculine
    monkeypatch.setattr(rewrite, "_people_masculine", lambda *a: calls.append(a) or people(*a))
    again = translator.translate(request, A)
    assert calls == []       # every word's reading kept by the lexicon: the second request works none out
    assert again.model_dump(exclude={"elapsed_ms"}) == first.model_dump(exclude={"elapsed_ms"})
    assert "femmes" in [c.label for c in again.definition.criteria]      # and the women are still read


def test_join_decimals_keeps_the_list_when_nothing_is_joined():
    # the same list: prepare then looks the request's words up again only when a step changed them
    tokens = tokenize("clients VIP, Paris ou Lyon, 2 commandes")
    assert rewrite.join_decimals(tokens, lang_fr) is tokens
    joined = rewrite.join_decimals(tokenize("panier moyen de 0,5 k"), lang_fr)
    assert [t.norm for t in joined][:4] == ["panier", "moyen", "de", "0.5"]


def test_a_scan_walks_each_place_as_the_longest_phrase_there(translator):
    """The scan's walk down the phrases' tree at every place finds what _longest_at finds at that place."""
    rnd = random.Random(17)
    for lang in ("en", "fr"):
        lexicon = translator._reader(lang)[0]
        keys, words, tree = list(lexicon.phrases), sorted(lexicon.words()) + ["the", "of", "zz"], lexicon._tree()
        for _ in range(2000):
            norms: list[str] = []
            while len(norms) < rnd.randint(0, 16):
                norms += list(rnd.choice(keys)) if rnd.random() < 0.5 else [rnd.choice(words)]
            assert lexicon._longest_each(norms, tree) == [
                lexicon._longest_at(norms, i, len(norms)) if norms[i] in tree else 0 for i in range(len(norms))]
