"""One word, one attribute: a synonym naming two customer attributes cannot be read, so the catalog does not load.

'state' on the customer's address and on the store's address, or 'status' on two profile columns, leaves a
translator to guess. Words are compared as the translators match them (folded tokens). Attributes of an
event (its columns, dimensions and measures) are read in the event's context, so the same word may name an
amount of each event ('spend'), but not two attributes of one event.
"""
from __future__ import annotations

from collections.abc import Iterator

from assistant.translate.offline.text import phrase_key
from schema_catalog.model import LANGUAGES, Catalog, Localised
from schema_catalog.semantic import measure_column


def duplicate_synonyms(cat: Catalog, profile_tables: list[str]) -> Iterator[tuple[tuple, str]]:
    """(location, message) for each word naming two attributes in one context (the profile, or one event)."""
    contexts = [("the customer's attributes", list(_profile_attributes(cat, profile_tables)))]
    contexts += [(f"event {name}", list(_event_attributes(cat, name))) for name in cat.events]
    for context, attributes in contexts:
        for lang in LANGUAGES:
            first: dict[tuple[str, ...], tuple[tuple, str]] = {}
            for loc, identity, element in attributes:
                for word in element.words(lang).synonyms:
                    key = phrase_key(word)
                    if not key:
                        continue
                    if key in first and first[key][1] != identity:
                        yield loc + ("synonyms",), (
                            f"'{word}' already names {_dotted(first[key][0])} among {context}: a request saying it "
                            "could mean either; keep it on one of them")
                    first.setdefault(key, (loc, identity))


# (location, what it names, element): a dimension names its column, so its words may repeat the column's own.
Attribute = tuple[tuple, str, Localised]


def _profile_attributes(cat: Catalog, profile_tables: list[str]) -> Iterator[Attribute]:
    for table in profile_tables:
        for name, col in cat.tables[table].columns.items():
            yield ("tables", table, "columns", name), f"{table}.{name}", col
    for name, ind in cat.indicators.items():
        yield ("indicators", name), name, ind


def _event_attributes(cat: Catalog, name: str) -> Iterator[Attribute]:
    ev = cat.events[name]
    if ev.table in cat.tables:
        for cname, col in cat.tables[ev.table].columns.items():
            yield ("tables", ev.table, "columns", cname), f"{ev.table}.{cname}", col
    for dname, dim in ev.dimensions.items():
        yield ("events", name, "dimensions", dname), dim.column, dim
    for mname, measure in getattr(ev, "measures", {}).items():
        yield ("events", name, "measures", mname), measure_column(ev, measure.column), measure


def _dotted(loc: tuple) -> str:
    return ".".join(str(p) for p in loc)
