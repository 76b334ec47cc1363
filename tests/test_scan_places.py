"""Lexicon.scan visits only the places a phrase or a catalog code that is also a grammar word ('US', 'IT') starts
at; the codes' words are kept aside once, and again when a code is added after a first scan."""
from __future__ import annotations

from assistant.translate.offline.lexicon import Lexicon, Meaning
from assistant.translate.offline.text import tokenize

VIP = Meaning("value", column="crm.customers.loyalty_tier", values=("vip",))
US = Meaning("value", column="crm.customers.country", values=("US",))
IN_STORE = Meaning("qualifier", column="sales.orders.channel", values=("store",))


def _read(lexicon: Lexicon, request: str) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(s.start, s.end, tuple(m.values[0] for m in s.meanings)) for s in lexicon.scan(tokenize(request))]


def test_a_code_added_after_a_first_scan_is_read_by_the_next():
    lexicon = Lexicon()
    lexicon.add("VIP", VIP)
    assert _read(lexicon, "VIP customers in the US") == [(0, 1, ("vip",))]
    lexicon.add("US", US)
    assert _read(lexicon, "VIP customers in the US") == [(0, 1, ("vip",)), (4, 5, ("US",))]
    assert _read(lexicon, "VIP customers we emailed us") == [(0, 1, ("vip",))]     # the pronoun, not the code


def test_phrases_and_codes_read_in_their_order_past_the_words_a_phrase_took():
    lexicon = Lexicon()
    for text, meaning in (("VIP", VIP), ("US", US), ("in store", IN_STORE)):
        lexicon.add(text, meaning)
    assert _read(lexicon, "US VIP bought in store, not in the US") == [
        (0, 1, ("US",)), (1, 2, ("vip",)), (3, 5, ("store",)), (9, 10, ("US",))]
