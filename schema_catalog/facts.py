"""Events from fact tables: a table with many rows, a customer key and a time becomes an event, with its
grain (line-level facts grouped by a ticket or order number), its amount and measures, and dimensions
reached through its many-to-one relationships (with the relationship names when several paths exist).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from schema_catalog import names
from schema_catalog.infer import (EVENT_MIN_SHARE, ColumnGuess, DateDimension, Dimension, EventGuess, Graph, Measure,
                                  Relation, graph)
from schema_catalog.introspect import TableProfile, WarehouseProfile, col, table_ref
from schema_catalog.semantic import shortest

MAX_DEPTH = 2          # many-to-one hops from an event's table to its dimensions
# Tables never worth a dimension: calendar and time-of-day attributes are what windows are for.
_TIME_OF_DAY_WORDS = {"time", "hour", "minute"}


def _outgoing(relations: list[Relation]) -> dict[str, list[Relation]]:
    out: dict[str, list[Relation]] = {}
    for r in relations:
        out.setdefault(r.from_table, []).append(r)
    return out


def forward_paths(start: str, relations: list[Relation], avoid: set[str], depth: int = MAX_DEPTH) -> dict[str, list[list[str]]]:
    """Every many-to-one path (as relationship names) from `start` to each table, up to `depth` hops."""
    outgoing = _outgoing(relations)
    found: dict[str, list[list[str]]] = {}
    frontier = [(start, [], {start})]
    for _ in range(depth):
        nxt = []
        for table, path, seen in frontier:
            for r in outgoing.get(table, []):
                if r.to_table in seen or r.to_table in avoid:
                    continue
                found.setdefault(r.to_table, []).append(path + [r.name])
                nxt.append((r.to_table, path + [r.name], seen | {r.to_table}))
        frontier = nxt
    return found


def find_events(profile: WarehouseProfile, relations: list[Relation], columns: dict[str, dict[str, ColumnGuess]],
                entity: str, entity_key: str, calendar: DateDimension | None) -> dict[str, EventGuess]:
    entity_rows = profile.tables[entity].rows
    events: dict[str, EventGuess] = {}
    for t, table in sorted(profile.tables.items(), key=lambda kv: -kv[1].rows):
        to_customer = [r for r in relations if r.from_table == t and r.to == f"{entity}.{entity_key}"]
        # ... or to another key of the customers' table (a star's facts hold the surrogate member_sk, the audience
        # is keyed by the CRM's member_id): the customer is reached through it (customer_key: dim_member.member_id)
        through = not to_customer
        to_customer = to_customer or [r for r in relations if r.from_table == t and r.to_table == entity]
        if t == entity or not to_customer or all(r.cardinality == "one_to_one" for r in to_customer):
            continue  # not keyed by customer, or one row per customer: a profile table, not events
        if names.policy_kind(table.name):
            continue  # consent and opt-outs decide who may be contacted (policies), not what customers did
        if table.rows < max(1, EVENT_MIN_SHARE * entity_rows):
            continue
        times = _times(t, table, relations, calendar)
        if not times:
            continue
        event = _event(t, table, to_customer, times, profile, relations, columns, entity, calendar)
        if through:
            key = next(r for r in to_customer if r.from_.rsplit(".", 1)[1] == event.customer_key)
            event.customer_key = f"{entity}.{entity_key}"
            event.customer_via = [key.name] if len(to_customer) > 1 else []
        events[_free_name(event.name, events)] = event
    return events


def _free_name(name: str, taken: dict) -> str:
    n, candidate = 2, name
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    return candidate


def _times(t: str, table: TableProfile, relations: list[Relation], calendar: DateDimension | None) -> list[tuple[str, str]]:
    """('time', column) for own DATE/TIMESTAMP columns and ('dated_by', relationship) for date-dimension
    keys, best first."""
    prefix = names.table_prefix(list(table.columns))
    own = [("time", c) for c, p in table.columns.items() if p.family in ("date", "timestamp") and p.non_null
           and not names.birth_role(c, prefix, p.family)]
    via = [("dated_by", r.name) for r in relations
           if calendar and r.from_table == t and r.to == f"{calendar.table}.{calendar.key}"]
    order = list(table.columns)
    # the words of what the table holds and of its source ('resa.dossier', 'web.recherche'): a date named with one
    # is the act the rows record (date_resa, ts_recherche), before a return or a departure wished, which may lie ahead
    held = {names.singular(w) for w in names.subject(table.name) + names.tokens(t.split(".")[0])} - _PLAIN_TIME_WORDS

    def rank(item):
        kind, name = item
        column = name if kind == "time" else next(r.from_ for r in relations if r.from_table == t and r.name == name).rsplit(".", 1)[1]
        said = {names.singular(w) for w in names.core(column, prefix)}
        return not (said & held), names.time_rank(column), order.index(column)
    return sorted(own + via, key=rank)


# Words of a date column's name that say nothing of what it dates ('date', 'ts', 'key': date_resa is dated by 'resa')
_PLAIN_TIME_WORDS = {"date", "ts", "time", "timestamp", "at", "day", "key", "sk", "id", "dt", "jour", "heure"}


def _customer_key(to_customer: list[Relation], entity_table: str) -> Relation:
    """The customer the event belongs to: a column named exactly for the customer, else the one who pays or
    returns (bill_customer, returning_customer), else the first."""
    entity_word = names.singular(names.tokens(entity_table.split(".")[1])[-1])
    preferred = ("bill", "billing", "returning", "buyer", "purchaser", "payer", "paying", "ordering")

    def rank(r: Relation):
        words = names.tokens(r.name)
        return (words != [entity_word], not any(w in preferred for w in words), r.from_)
    return min(to_customer, key=rank)


def _event(t: str, table: TableProfile, to_customer: list[Relation], times: list, profile: WarehouseProfile,
           relations: list[Relation], columns: dict, entity: str, calendar: DateDimension | None) -> EventGuess:
    prefix = names.table_prefix(list(table.columns))
    key = _customer_key(to_customer, entity)
    kind, when = times[0]
    event = EventGuess(name=table.name, table=t, kind=names.event_kind(table.name),
                       customer_key=key.from_.rsplit(".", 1)[1], rows=table.rows,
                       other_customer_keys=[r.from_.rsplit(".", 1)[1] for r in to_customer if r is not key],
                       other_times=[n for _, n in times[1:]])
    setattr(event, kind, when)
    own_id = next((c for c, p in table.columns.items() if p.unique and names.tokens(c)[-1:] and names.tokens(c)[-1] in names.JOIN_SUFFIXES
                   and not any(r.from_ == f"{t}.{c}" for r in relations)), None)
    group = next((c for c, p in table.columns.items() if not p.unique and names.names_a_group(c, prefix)), None)
    event.id, event.grain = (own_id, "event") if own_id else ((group, "line") if group else (None, "event"))
    money = [c for c, p in table.columns.items() if names.measure_kind(c, prefix, p.family) == "money"]
    ranked = sorted(money, key=lambda c: (names.amount_rank(c, prefix), list(table.columns).index(c)))
    event.amount = ranked[0] if ranked and names.amount_rank(ranked[0], prefix) < len(names.AMOUNT_NAMES) else None
    for c, p in table.columns.items():
        measure = names.measure_kind(c, prefix, p.family)
        if measure and c != event.amount and not any(r.from_ == f"{t}.{c}" for r in relations):
            event.measures[_free_name("_".join(names.core(c, prefix)), event.measures)] = Measure(
                c, "sum", "currency" if measure == "money" else None)
    event.dimensions = _dimensions(t, profile, relations, columns, entity, calendar)
    event.dimensions.update(_line_dimensions(t, event, profile, relations, columns, entity, calendar))
    return event


def _dimension_name(role: str, column_words: list[str]) -> str:
    """role + column words, without saying the role twice: store + store_name -> store_name."""
    role_words = names.tokens(role)
    if column_words[: len(role_words)] == role_words:
        return "_".join(column_words)
    return "_".join(role_words + column_words)


# Parts of a street address: a dimension table's own address (a store's street) is no filter marketers use.
_ADDRESS_PARTS = {"street", "suite", "gmt", "hours"}


def _dimension_columns(t: str, columns: dict) -> list[str]:
    return [c for c, g in columns[t].items() if g.personal is None and (g.values or g.free_text)
            and not set(names.tokens(c)) & _ADDRESS_PARTS]


def _skip_table(t: str, profile: WarehouseProfile, entity: str, calendar: DateDimension | None) -> bool:
    words = set(names.tokens(profile.tables[t].name))
    return t == entity or (calendar is not None and t == calendar.table) or bool(words & _TIME_OF_DAY_WORDS)


def _via(g: Graph, start: str, goal: str, entity: str) -> list[str] | None:
    """What a dimension must say to reach `goal` the way the loader will: nothing when one shortest path exists,
    the names of a many-to-one path when several do (sold_date rather than ship_date), None when none is usable."""
    paths = shortest(g, start, goal, avoid=entity)
    if len(paths) == 1:
        return []
    forward = [p for p in paths if all(step.forward for step in p)]
    return [step.rel.name for step in forward[0]] if forward else None


def _dimensions(t: str, profile: WarehouseProfile, relations: list[Relation], columns: dict, entity: str,
                calendar: DateDimension | None) -> dict[str, Dimension]:
    """The event table's own categorical columns, then those of tables its many-to-one relationships reach."""
    out: dict[str, Dimension] = {}
    prefix = names.table_prefix(list(profile.tables[t].columns))
    for c in _dimension_columns(t, columns):
        out[_free_name("_".join(names.core(c, prefix)), out)] = Dimension(f"{t}.{c}", [])
    avoid = {entity} | ({calendar.table} if calendar else set())
    g = graph(relations)
    for target, paths in sorted(forward_paths(t, relations, avoid, MAX_DEPTH).items()):
        via = _via(g, t, target, entity)
        if _skip_table(target, profile, entity, calendar) or via is None:
            continue
        role = via[-1] if via else min(paths, key=len)[-1]
        tprefix = names.table_prefix(list(profile.tables[target].columns))
        for c in _dimension_columns(target, columns):
            out[_free_name(_dimension_name(role, names.core(c, tprefix)), out)] = Dimension(f"{target}.{c}", via)
    return out


def _line_dimensions(t: str, event: EventGuess, profile: WarehouseProfile, relations: list[Relation], columns: dict,
                     entity: str, calendar: DateDimension | None) -> dict[str, Dimension]:
    """Dimensions on the event's lines: a table referencing the event's own id (order_lines.order_id ->
    orders.order_id) and what its relationships reach (products), with the line's amount for spend."""
    if not event.id or event.grain != "event":
        return {}
    out: dict[str, Dimension] = {}
    for line in (r for r in relations if r.to == f"{t}.{event.id}" and r.cardinality == "many_to_one"):
        lt = line.from_table
        lprefix = names.table_prefix(list(profile.tables[lt].columns))
        money = sorted((c for c, p in profile.tables[lt].columns.items() if names.measure_kind(c, lprefix, p.family) == "money"),
                       key=lambda c: names.amount_rank(c, lprefix))
        amount = f"{lt}.{money[0]}" if money else None
        avoid = {entity, t} | ({calendar.table} if calendar else set())
        g = graph(relations)
        for target, paths in sorted(forward_paths(lt, relations, avoid, 1).items()):
            if _skip_table(target, profile, entity, calendar) or _via(g, t, target, entity) != []:
                continue
            tprefix = names.table_prefix(list(profile.tables[target].columns))
            for c in _dimension_columns(target, columns):
                name = _dimension_name(paths[0][-1], names.core(c, tprefix))
                out[_free_name(name, {**out, **event.dimensions})] = Dimension(f"{target}.{c}", [], amount)
    return out


# -- one glossary term per kind of event ------------------------------------------------------------------------
# The translators read a verb ('bought') as every event of its kind through a glossary term named after the kind.
KIND_WORDS = {
    "purchase": ["purchase", "purchases", "purchased", "bought", "buy", "buys", "buying", "buyer", "buyers", "shopped"],
    "return": ["return", "returns", "returned", "returning", "sent back", "brought back"],
    "visit": ["visit", "visits", "visited", "visiting"],
    "message": ["messaged", "got a message", "received a message", "was sent", "were sent"],
}


@dataclass
class KindTerm:
    kind: str
    words: list[str]
    events: list[str]
    sql: str


def kind_terms(events: dict[str, EventGuess], entity_key: str, calendar: DateDimension | None,
               relations: list[Relation]) -> list[KindTerm]:
    """For each kind KIND_WORDS has verbs for, the customers with any event of that kind up to as_of: a union
    built with sqlglot from the events' own columns."""
    out = []
    for kind, words in KIND_WORDS.items():
        members = [(name, ev) for name, ev in events.items() if ev.kind == kind]
        if not members:
            continue
        selects = [_kind_select(ev, entity_key, calendar, relations) for _, ev in members]
        union = selects[0]
        for select in selects[1:]:
            union = exp.union(union, select, distinct=True)
        out.append(KindTerm(kind, words, [n for n, _ in members], union.sql(dialect="duckdb", pretty=True)))
    return out


def _kind_select(ev: EventGuess, entity_key: str, calendar: DateDimension | None, relations: list[Relation]) -> exp.Select:
    if "." in ev.customer_key:      # reached through the customers' table (the facts hold its surrogate key)
        table, key = ev.customer_key.rsplit(".", 1)
        rel = next(r for r in relations if r.from_table == ev.table and r.to_table == table
                   and (not ev.customer_via or r.name in ev.customer_via))
        customer = col(key, "c")
        query = exp.select(exp.alias_(customer, entity_key, quoted=True)).from_(table_ref(ev.table, "e")).join(
            table_ref(table, "c"), on=exp.EQ(this=col(rel.from_.rsplit(".", 1)[1], "e"),
                                             expression=col(rel.to.rsplit(".", 1)[1], "c")))
    else:
        customer = col(ev.customer_key, "e")
        query = exp.select(exp.alias_(customer, entity_key, quoted=True)).from_(table_ref(ev.table, "e"))
    if ev.time:
        when = col(ev.time, "e")
    else:
        rel = next(r for r in relations if r.from_table == ev.table and r.name == ev.dated_by)
        query = query.join(table_ref(calendar.table, "d"), on=exp.EQ(this=col(rel.from_.rsplit(".", 1)[1], "e"),
                                                                      expression=col(calendar.key, "d")))
        when = col(calendar.date, "d")
    # a timestamp on the as_of day counts (compared as a date); {as_of} is the catalog's placeholder for 'today', filled in when the term is read
    return query.where(exp.and_(exp.Not(this=exp.Is(this=customer.copy(), expression=exp.Null())),
                                exp.LTE(this=exp.cast(when, "DATE"), expression=exp.Var(this="{as_of}"))))
