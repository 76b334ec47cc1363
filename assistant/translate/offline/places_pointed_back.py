"""'Spain focus: our VIPs there', 'who live there', 'nos VIP là-bas', 'customers in Lyon who shop there': a word that
points back at a place reads as the place named last before it, wherever it was said (a brief's title too). A place
is what the catalog says both of the customers and of where behaviours happen: a table holding an attribute the
catalog pairs with one of the customers' (semantic.customers_own: the stores' city and country), each of its values (a
store's name too). Said of the customers
it is a place of theirs (their city, their country); after a behaviour, any. It reads 'in' (after a verb of where the
customers live, the language's own word for it) and the place's words, the typed text kept. With no such place
before it, it is left unread and asked about: as grammar, it was dropped (every VIP answered, wherever they live)."""
from __future__ import annotations

from types import ModuleType

from assistant.translate.lang_en import (
    PEOPLE_NOUNS, GROUP_NOUNS, PLACE_POINTERS, PLACE_POINTER_EXISTENTIALS, PLACE_POINTER_LEADS,
)
from assistant.translate.offline.lexicon import Lexicon
from assistant.translate.offline.text import NORM, Token
from schema_catalog.model import Catalog
from schema_catalog.semantic import paired_dimensions

UNREAD = "there?"       # the reading of a pointer to no place: no word of any lexicon, asked about as typed


def places_pointed_back(tokens: list[Token], lang: ModuleType, lexicon: Lexicon, catalog: Catalog) -> list[Token]:
    """The tokens with each word pointing back at a place read as that place (or left unread, to be asked)."""
    pointers = PLACE_POINTERS | getattr(lang, "PLACE_POINTERS", frozenset())
    norms = list(map(NORM, tokens))
    if pointers.isdisjoint(norms):      # most requests: nothing to read
        return tokens
    people = PEOPLE_NOUNS | GROUP_NOUNS | getattr(lang, "PEOPLE_NOUNS", frozenset())
    leads = PLACE_POINTER_LEADS | getattr(lang, "PLACE_POINTER_LEADS", frozenset())
    spans = lexicon.scan(tokens)

    entity_table = catalog.entity.table
    # where behaviours happen that the catalog pairs with where the customers live (semantic.customers_own)
    shared = {column for dims in paired_dimensions(catalog).values() for column in dims.values()}
    places = {column.rsplit(".", 1)[0] for column in shared}

    def customers(s) -> bool:
        return any(m.column and m.column.rsplit(".", 1)[0] == entity_table for m in s.of("value"))

    def place(s, of_people: bool) -> bool:
        if of_people:
            return customers(s) and any(m.column in shared for m in s.of("dimvalue"))
        return any(m.column.rsplit(".", 1)[0] in places for m in s.of("dimvalue"))
    out = list(tokens)
    for i in reversed([i for i, n in enumerate(norms) if n in pointers]):
        if PLACE_POINTER_EXISTENTIALS.intersection(norms[max(0, i - 1):i] + norms[i + 1:i + 2]):
            continue       # 'there are', 'is there': no place
        before = next((s for s in spans if s.end == i), None)
        said_of_people = i and (norms[i - 1] in people or norms[i - 1] in leads) or before is not None and (
            bool(before.of("entity")) or customers(before) and not before.of("event", "kindword", "qualifier"))
        said = next((s for s in reversed(spans) if s.end <= i and place(s, bool(said_of_people))), None)
        t = tokens[i]
        if said is None:
            out[i] = t._replace(norm=UNREAD)
            continue
        lead = getattr(lang, "PLACE_POINTER_RESIDENCE", "in") if i and norms[i - 1] in leads else "in"
        out[i:i + 1] = [t._replace(norm=lead)] + [Token("", norms[k], t.start, t.end, number=tokens[k].number)
                                                  for k in range(said.start, said.end)]
    return out
