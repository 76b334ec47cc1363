"""Words the catalog declares that no translator reads: a request using them would not be understood.

The translators know the catalog only through the lexicon built from it. A synonym placed where the
lexicon does not look (a dimension's own synonyms, the columns of a table nothing reaches) is accepted by
the loader and silently useless, so the check lists each one with where it sits.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.translate.offline.lexicon import build_lexicon
from schema_catalog.model import LANGUAGES, Catalog, Localised
from schema_catalog.semantic import PathError, calendar_date, dimension_path, profile_tables
from schema_catalog.templates import tables_read


@dataclass(frozen=True)
class Unread:
    loc: tuple       # the element declaring the words
    lang: str
    words: tuple[str, ...]
    in_capitals: bool = False   # words the requests' grammar skips ('items'): read only typed in capitals, as an acronym
    grammatical: bool = False   # a value's phrase of grammar words alone ('with us'): never read


def unread_words(catalog: Catalog) -> Iterator[Unread]:
    for lang in LANGUAGES:
        lex = build_lexicon(catalog, lang=lang)
        for loc, element in declared(catalog):
            words = element.words(lang)
            said = [*words.synonyms, *getattr(words, "qualifiers", [])]
            # read with the lexicon's own key: a language's elisions are split as a request's are ('d'attrition')
            keys = {w: tuple(lex.key(w)) for w in said if lex.key(w)}
            missing = tuple(w for w, k in keys.items() if k not in lex.phrases and k not in lex.acronyms
                            and k not in lex.grammatical and k not in lex.apart)
            grammatical = tuple(w for w, k in keys.items() if k in lex.grammatical)
            if grammatical:
                yield Unread(loc, lang, grammatical, grammatical=True)
            if missing:
                yield Unread(loc, lang, missing)
            # a grammar word kept only as an acronym ('US' the country, not 'us'): meant as a word, it is never read
            skipped = tuple(w for w, k in keys.items() if k not in lex.phrases and k in lex.acronyms and not w.isupper())
            if skipped:
                yield Unread(loc, lang, skipped, in_capitals=True)


def declared(catalog: Catalog) -> Iterator[tuple[tuple, Localised]]:
    """Every element that carries words, with its location in the file."""
    for tname, table in catalog.tables.items():
        yield ("tables", tname), table
        for cname, col in table.columns.items():
            yield ("tables", tname, "columns", cname), col
            for value, v in col.values.items():
                yield ("tables", tname, "columns", cname, "values", value), v
            for sname, vset in col.value_sets.items():
                yield ("tables", tname, "columns", cname, "value_sets", sname), vset
    for ename, ev in catalog.events.items():
        yield ("events", ename), ev
        for dname, dim in ev.dimensions.items():
            yield ("events", ename, "dimensions", dname), dim
        for mname, measure in ev.measures.items():
            yield ("events", ename, "measures", mname), measure
    for name, ind in catalog.indicators.items():
        yield ("indicators", name), ind
        for value, v in ind.values.items():
            yield ("indicators", name, "values", value), v
    for i, term in enumerate(catalog.glossary):
        yield ("glossary", i), term
    for i, amb in enumerate(catalog.ambiguous):
        yield ("ambiguous", i), amb


def unreachable_tables(catalog: Catalog) -> dict[str, bool]:
    """Tables with columns meant for requests that no request reaches: not keyed by the customer nor reached from
    it through relationships, not an event's table, not on the path of any event's dimension. The value says
    whether the table declares words (synonyms, vocabularies), not only free-text columns to match values in."""
    reached = set(profile_tables(catalog)) | {e.table for e in catalog.events.values()}
    if catalog.date_dimension is not None:
        reached.add(catalog.date_dimension.table)
    for ev in catalog.events.values():
        for dim in ev.dimensions.values():
            reached.add(dim.column.rsplit(".", 1)[0])
            with contextlib.suppress(PathError):
                reached |= {step.table for step in dimension_path(catalog, ev, dim.column, dim.via)}
    return {name: _has_words(table) for name, table in catalog.tables.items()
            if name not in reached and (_has_words(table) or any(c.free_text for c in table.columns.values()))}


def _has_words(table) -> bool:
    return bool(table.synonyms) or any(col.synonyms or col.values for col in table.columns.values())


def wordless(catalog: Catalog) -> Iterator[tuple[tuple, str]]:
    """(location, what it is) of what a marketer names that carries no words, so no request can say it: a table of
    the customer a channel's consent reads ('opted in to SMS' is refused; a suppression list is applied without
    being named), and a key to the date dimension on the customer's own table (the day they joined: 'joined in
    2024' is refused)."""
    profile = set(profile_tables(catalog))
    seen: set[str] = set()
    for name, policy in catalog.policies.channels.items():
        for table in tables_read(policy.consent_sql):
            if table in profile and table not in seen and not _worded_table(catalog.tables[table]):
                seen.add(table)
                yield ("tables", table), f"a table of the customer that the consent policies.channels.{name} reads"
    own = catalog.entity.table
    for cname, col in catalog.tables[own].columns.items():
        if calendar_date(catalog, f"{own}.{cname}") is not None and not _worded(col):
            yield ("tables", own, "columns", cname), "a key to the date dimension on the customer's own table"


def _worded(element: Localised) -> bool:
    return any(element.words(lang).synonyms for lang in LANGUAGES)


def _worded_table(table) -> bool:
    return _worded(table) or any(_worded(col) or col.values for col in table.columns.values())
