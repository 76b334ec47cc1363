"""The words a catalog gives marketers, one language at a time.

`phrases(catalog, lang)` walks every element a marketer names (the entity, tables and columns that have words,
values, value sets, events, dimensions with words, indicators and their values, glossary and ambiguous terms,
policy labels) and yields its words in that language, with the element's place in the file. English words are
the elements' own fields; other languages come from their `fr:`-style blocks. `missing_labels` lists the
elements a language does not name yet, for `audience catalog check`.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from schema_catalog.loader import catalog_location
from schema_catalog.model import LANGUAGES, Catalog, LocalText, Localised


@dataclass(frozen=True)
class Phrase:
    kind: str          # entity table column value value_set event dimension indicator indicator_value glossary ambiguous
    #                    suppression pressure_cap
    ref: tuple         # path in the catalog file, e.g. ("tables", "crm.customers", "columns", "gender", "values", "female")
    what: str          # the element in words, e.g. "value 'female' of crm.customers.gender"
    text: LocalText    # label and synonyms (LocalEvent adds qualifiers, LocalTerm a meaning, LocalQuestion options)


@dataclass(frozen=True)
class MissingLabel:
    ref: tuple
    what: str
    location: str      # file:line of the element


def phrases(catalog: Catalog, lang: str) -> Iterator[Phrase]:
    """Every element a marketer names, with its words in `lang` (an empty text where the catalog gives none)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}' (catalogs carry: {', '.join(LANGUAGES)})")
    for kind, ref, what, element, default_label in _named(catalog):
        text = element.words(lang)
        if lang == "en" and not text.label:
            text = text.model_copy(update={"label": default_label})
        yield Phrase(kind, ref, what, text)


def missing_labels(catalog: Catalog, lang: str) -> list[MissingLabel]:
    """The named elements without a label in `lang`, in file order."""
    return [MissingLabel(p.ref, p.what, catalog_location(catalog, p.ref))
            for p in phrases(catalog, lang) if not p.text.label.strip()]


def _named(catalog: Catalog) -> Iterator[tuple[str, tuple, str, Localised, str]]:
    """(kind, ref, what, element, English label when the element has none of its own)."""
    yield "entity", ("entity",), f"the entity '{catalog.entity.name}'", catalog.entity, catalog.entity.name
    for tname, table in catalog.tables.items():
        yield from _table(tname, table)
    for ename, ev in catalog.events.items():
        yield "event", ("events", ename), f"event '{ename}'", ev, ev.label
        for dname, dim in ev.dimensions.items():
            if dim.synonyms:
                yield "dimension", ("events", ename, "dimensions", dname), f"dimension '{dname}' of event '{ename}'", dim, _words(dname)
    for iname, ind in catalog.indicators.items():
        yield "indicator", ("indicators", iname), f"indicator '{iname}'", ind, ind.label
        for value, v in ind.values.items():
            yield ("indicator_value", ("indicators", iname, "values", value), f"value '{value}' of indicator '{iname}'",
                   v, v.label or value)
    for i, term in enumerate(catalog.glossary):
        yield "glossary", ("glossary", i), f"glossary term '{term.term}'", term, term.term
    for i, amb in enumerate(catalog.ambiguous):
        yield "ambiguous", ("ambiguous", i), f"ambiguous term '{amb.term}'", amb, amb.term
    for sname, sup in catalog.policies.suppressions.items():
        yield "suppression", ("policies", "suppressions", sname), f"suppression '{sname}'", sup, sup.label
    cap = catalog.policies.pressure_cap
    if cap:
        yield "pressure_cap", ("policies", "pressure_cap"), "the pressure cap", cap, cap.label


def _table(tname: str, table) -> Iterator[tuple[str, tuple, str, Localised, str]]:
    # Tables and columns are named only when they have words (a key or a timestamp is nobody's request word).
    if table.synonyms:
        yield "table", ("tables", tname), f"table {tname}", table, table.synonyms[0]
    for cname, col in table.columns.items():
        loc = ("tables", tname, "columns", cname)
        if col.synonyms:
            yield "column", loc, f"column {tname}.{cname}", col, _words(cname)
        for value, v in col.values.items():
            yield "value", loc + ("values", value), f"value '{value}' of {tname}.{cname}", v, v.label or value
        for sname, vset in col.value_sets.items():
            yield "value_set", loc + ("value_sets", sname), f"value set '{sname}' of {tname}.{cname}", vset, vset.label


def _words(name: str) -> str:
    return name.replace("_", " ")
