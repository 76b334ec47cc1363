"""The catalog's semantic model: how a column is reached from the customer or from an event, and how an event
is dated.

Joins are never guessed from names: they follow the named relationships of the catalog. A profile attribute
lives on the entity table, on a table keyed by the customer (a relationship to the entity key), or on a table
reached from the entity table through many-to-one (or one-to-one) relationships: customer -> current_address
-> state. An event's dimension is reached from the event's table through relationships in either direction
(a store ticket to its lines to their product), never through the customer. When two shortest paths exist
(a role-playing dimension: sold_date and ship_date both reach the calendar) the catalog names one with `via`,
else the catalog does not load. The compiler (assistant/meaning.py) builds its joins from these paths.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from assistant.errors import PathError
from schema_catalog.model import Catalog, Event, EventDate, Relationship
from schema_catalog.types import family, is_numeric, is_temporal

MAX_HOPS = 4     # a longer chain is a modelling mistake, not a dimension


@dataclass(frozen=True)
class Step:
    """One join along a relationship, forward (from -> to) or backward (to -> from)."""
    rel: Relationship
    forward: bool

    @property
    def here(self) -> str:          # schema.table.column on the side the step leaves
        return self.rel.from_ if self.forward else self.rel.to

    @property
    def there(self) -> str:         # schema.table.column on the side the step reaches
        return self.rel.to if self.forward else self.rel.from_

    @property
    def table(self) -> str:         # the table the step reaches
        return self.there.rsplit(".", 1)[0]

    @property
    def fans_out(self) -> bool:     # a backward many-to-one step may reach several rows per row
        return not self.forward and self.rel.cardinality == "many_to_one"

    def describe(self) -> str:
        return self.rel.name if self.forward else f"{self.rel.name} (from {self.rel.from_table})"


def steps_from(cat: Catalog, table: str, forward_only: bool = False) -> list[Step]:
    out = [Step(r, True) for r in cat.relationships if r.from_table == table]
    if not forward_only:
        out += [Step(r, False) for r in cat.relationships if r.to_table == table and r.from_table != table]
    return out


def follow(cat: Catalog, start: str, via: list[str], goal: str | None = None) -> list[Step]:
    """The steps named by `via`, from `start`; each name is a relationship of the current table (or, walked
    backwards, a relationship of another table to it)."""
    path, here = [], start
    for name in via:
        steps = [s for s in steps_from(cat, here) if s.rel.name == name]
        forward = [s for s in steps if s.forward]
        steps = forward or steps
        if not steps:
            names = sorted({s.rel.name for s in steps_from(cat, here)})
            raise PathError(f"no relationship named '{name}' leaves {here} (its relationships: {', '.join(names) or 'none'})")
        if len(steps) > 1:
            raise PathError(f"'{name}' names several relationships into {here}: "
                            f"{', '.join(s.rel.from_table for s in steps)}")
        path.append(steps[0])
        here = steps[0].table
    if goal is not None and here != goal:
        raise PathError(f"via {via} leads from {start} to {here}, not to {goal}")
    return path


def shortest(cat: Catalog, start: str, goal: str, *, forward_only: bool = False,
             avoid: str | None = None) -> list[list[Step]]:
    """Every shortest path from `start` to `goal` (none when unreachable in MAX_HOPS); `avoid` is never crossed."""
    if start == goal:
        return [[]]
    level: list[tuple[str, list[Step]]] = [(start, [])]
    seen = {start}
    for _ in range(MAX_HOPS):
        found, nxt = [], []
        for table, path in level:
            for step in steps_from(cat, table, forward_only):
                reached = step.table
                if reached == goal:
                    found.append(path + [step])
                elif reached not in seen and reached != avoid:
                    nxt.append((reached, path + [step]))
        if found:
            return found
        seen |= {t for t, _ in nxt}
        level = nxt
        if not level:
            break
    return []


def _one(paths: list[list[Step]], start: str, goal: str, what: str) -> list[Step]:
    if not paths:
        raise PathError(f"no relationship path from {start} to {goal}")
    if len(paths) > 1:
        options = "; ".join("[" + ", ".join(s.rel.name for s in p) + "]" for p in paths)
        raise PathError(f"several paths lead from {start} to {goal}: {options}; name one with `via` on the {what}")
    return paths[0]


def dimension_path(cat: Catalog, event: Event, column: str, via: list[str]) -> list[Step]:
    """Joins from an event's table to the table of one of its dimension columns (never through the customer)."""
    goal = column.rsplit(".", 1)[0]
    if via:
        return follow(cat, event.table, via, goal)
    return _one(shortest(cat, event.table, goal, avoid=cat.entity.table), event.table, goal, "dimension")


def customer_path(cat: Catalog, event: Event) -> tuple[list[Step], str]:
    """Where an event's customer key is: the joins from its table (none for a column of its own) and the qualified
    column ('pos.receipt.card_no' -> 'loy.card.client_id' through the card, when the catalog says so)."""
    if event.customer_key.count(".") == 2:
        return dimension_path(cat, event, event.customer_key, event.customer_via), event.customer_key
    return [], f"{event.table}.{event.customer_key}"


def measure_column(event: Event, column: str) -> str:
    """A measure's column, qualified: a column of the event's table ('qty'), or of a table its lines are on
    ('pos.transaction_lines.quantity': the units of a ticket, summed over its lines)."""
    return column if column.count(".") >= 2 else f"{event.table}.{column}"


def customer_column(cat: Catalog, table: str) -> str | None:
    """The column of `table` holding the customer key: a relationship to the entity key, else the key's own name."""
    if table == cat.entity.table:
        return cat.entity.key
    for rel in cat.relationships:
        if rel.from_table == table and rel.to == cat.key_column:
            return rel.from_.rsplit(".", 1)[1]
    columns = cat.tables[table].columns if table in cat.tables else {}
    return cat.entity.key if cat.entity.key in columns else None


def profile_path(cat: Catalog, table: str) -> list[Step] | None:
    """Many-to-one joins from the entity table to a profile table (None when the table is not reached so)."""
    declared = cat.tables[table].via if table in cat.tables else []
    if declared:
        return follow(cat, cat.entity.table, declared, table)
    paths = shortest(cat, cat.entity.table, table, forward_only=True)
    if not paths:
        return None
    return _one(paths, cat.entity.table, table, "table (under tables)")


def customers_own(cat: Catalog, event: Event, dim_name: str) -> str | None:
    """The customers' own attribute (schema.table.column) an event dimension's values are compared with, row by row
    ('in their own country', 'abroad': where they shop against where they live): the dimension's declared `customers`,
    else the entity table's column of the same name and type, the dimension being on another table. None: none."""
    dim = event.dimensions.get(dim_name)
    if dim is None:
        return None
    if dim.customers:
        return dim.customers
    table, name = dim.column.rsplit(".", 1)
    own = cat.tables[cat.entity.table].columns.get(name)
    there = cat.tables[table].columns.get(name) if table in cat.tables else None
    if table == cat.entity.table or name == cat.entity.key or own is None or there is None \
            or family(own.type) != family(there.type):
        return None
    return f"{cat.entity.table}.{name}"


def paired_dimensions(cat: Catalog) -> dict[str, dict[str, str]]:
    """Each customers' attribute a behaviour's dimension is compared with (customers_own) -> those dimensions, by name,
    and the column each reads: where they live, and where they shop."""
    out: dict[str, dict[str, str]] = {}
    for ev in cat.events.values():
        for name, dim in ev.dimensions.items():
            own = customers_own(cat, ev, name)
            if own is not None:
                out.setdefault(own, {})[name] = dim.column
    return out


def profile_tables(cat: Catalog) -> list[str]:
    """Tables whose columns describe the customer: the entity table, tables keyed by the customer, and tables
    reached from the entity table through many-to-one chains; never an event's table or the date dimension."""
    # an event's rows are many per customer, so its table describes no one; the entity table holds one row per
    # customer even when an event is dated by one of its columns (joined on), so its columns stay attributes
    events = {e.table for e in cat.events.values()} - {cat.entity.table}
    calendar = cat.date_dimension.table if cat.date_dimension else None
    out = []
    for name, table in cat.tables.items():
        if name in events or (name == calendar and not table.via):
            continue
        if customer_column(cat, name) is not None:
            out.append(name)
            continue
        try:
            if profile_path(cat, name) is not None:
                out.append(name)
        except PathError:
            continue    # reported by the loader
    return out


def calendar_columns(cat: Catalog, event: Event, date: str = "") -> dict[str, str]:
    """{'year' | 'quarter' | 'month': column} of the calendar dating an event, or its other date `date` (none for
    an event's own column)."""
    dd = cat.date_dimension
    if dating(cat, event, date).time or dd is None:
        return {}
    return {part: getattr(dd, part) for part in ("year", "quarter", "month") if getattr(dd, part)}


def calendar_date(cat: Catalog, column: str) -> str | None:
    """The calendar's date (schema.table.column) a column holds the key of ('join_date_sk', a yyyymmdd key to the
    date dimension): a period said of that column is one of the calendar's days. None for any other column."""
    dd = cat.date_dimension
    if dd is None:
        return None
    key = f"{dd.table}.{dd.key}"
    return f"{dd.table}.{dd.date}" if any(r.from_ == column and r.to == key for r in cat.relationships) else None


@functools.cache
def _where_values(table: str, where: str) -> dict[str, frozenset[str]]:
    try:
        tree = sqlglot.parse_one(where, read="duckdb")
    except sqlglot.errors.SqlglotError:
        return {}       # a condition that does not parse is the check's to report, with its file and line
    parts = list(tree.flatten()) if isinstance(tree, exp.And) else [tree]
    out: dict[str, frozenset[str]] = {}
    for part in parts:
        if isinstance(part, exp.Paren):
            part = part.unnest()
        if isinstance(part, exp.EQ) and isinstance(part.this, exp.Column) and isinstance(part.expression, exp.Literal):
            out[part.this.name] = frozenset({part.expression.this})
        elif isinstance(part, exp.In) and isinstance(part.this, exp.Column) and not part.args.get("query") \
                and part.expressions and all(isinstance(e, exp.Literal) for e in part.expressions):
            out[part.this.name] = frozenset(e.this for e in part.expressions)
    return {f"{table}.{col}": values for col, values in out.items()}


def where_values(event: Event) -> dict[str, frozenset[str]]:
    """The values its `where` allows, per column of the event's table it pins ("canal IN ('WEB', 'CC')": canal -> WEB,
    CC), from its AND-ed equalities and IN lists: a value of that column outside them is never one of its events."""
    return _where_values(event.table, event.where) if event.where else {}


def other_date(cat: Catalog, event: Event, date: str) -> EventDate | None:
    """Another date of an event by its name: one the catalog declares (`dates`), or a DATE or TIMESTAMP column of its
    table named in the request ('contract end'), which may lie after as_of as its data says."""
    if date in event.dates:
        return event.dates[date]
    column = cat.tables[event.table].columns.get(date) if event.table in cat.tables else None
    if column is not None and is_temporal(column.type):
        return EventDate(label=column.words().label or (column.synonyms or [date.replace("_", " ")])[0],
                         fr=column.fr, time=date, ahead=True)
    return None


def dating(cat: Catalog, event: Event, date: str = "") -> Event | EventDate:
    """What dates an event as a condition reads it: its other date `date` when it has one by that name, else the
    event itself (each has `time` or `dated_by`, and `ahead`)."""
    return (other_date(cat, event, date) or event) if date else event


def event_time(cat: Catalog, event: Event, date: str = "") -> tuple[list[Step], str]:
    """(joins, schema.table.column) of the date or timestamp dating an event, or of its other date `date`."""
    dated = dating(cat, event, date)
    if dated.time:
        return [], f"{event.table}.{dated.time}"
    step = follow(cat, event.table, [dated.dated_by])
    return step, f"{cat.date_dimension.table}.{cat.date_dimension.date}"


# -- problems in the file (the loader reports them with their line) -------------------------------------------

def semantic_problems(cat: Catalog):
    """(location, message) for relationships, the date dimension, events' time, grain and measures, paths."""
    cols = set(cat.all_columns())
    seen: dict[tuple[str, str], int] = {}
    for i, rel in enumerate(cat.relationships):
        key = (rel.from_table, rel.name)
        if key in seen:
            yield ("relationships", i, "name"), (f"{rel.from_table} already has a relationship named '{rel.name}' "
                                                f"(relationships[{seen[key]}]): names are unique per `from` table")
        seen[key] = i
        if rel.from_ in cols and rel.to in cols:
            a, b = cat.column(rel.from_).type, cat.column(rel.to).type
            if is_numeric(a) != is_numeric(b):
                yield ("relationships", i, "to"), f"{rel.from_} ({a}) cannot join {rel.to} ({b}): types differ"
    yield from _cycles(cat)
    dd = cat.date_dimension
    if dd is not None:
        if dd.table not in cat.tables:
            yield ("date_dimension", "table"), f"'{dd.table}' is not declared under tables"
        else:
            for field in ("key", "date", "year", "quarter", "month"):
                if getattr(dd, field) and f"{dd.table}.{getattr(dd, field)}" not in cols:
                    yield ("date_dimension", field), f"'{getattr(dd, field)}' is not a column of {dd.table}"
            if f"{dd.table}.{dd.date}" in cols and not is_temporal(cat.column(f"{dd.table}.{dd.date}").type):
                yield ("date_dimension", "date"), f"{dd.table}.{dd.date} must be a DATE or TIMESTAMP column"
    for name, table in cat.tables.items():
        if table.via:
            try:
                follow(cat, cat.entity.table, table.via, name)
            except PathError as exc:
                yield ("tables", name, "via"), str(exc)
    for name, ev in cat.events.items():
        if ev.table in cat.tables:
            yield from _event_problems(cat, name, ev, cols)
    yield from _birth_parts(cat)
    for tname, table in cat.tables.items():
        for cname, col in table.columns.items():
            if col.range_upper and col.range_upper not in table.columns:
                yield ("tables", tname, "columns", cname, "range_upper"), f"'{col.range_upper}' is not a column of {tname}"
            elif col.range_upper and (not is_numeric(col.type) or
                                      not is_numeric(table.columns[col.range_upper].type)):
                yield ("tables", tname, "columns", cname, "range_upper"), "a band's bounds must be numeric columns"
            if col.set_on and (col.set_on not in table.columns or not is_temporal(table.columns[col.set_on].type)):
                yield ("tables", tname, "columns", cname, "set_on"), \
                    f"'{col.set_on}' is not a DATE or TIMESTAMP column of {tname}"


def _event_problems(cat: Catalog, name: str, ev: Event, cols: set[str]):
    loc = ("events", name)
    for where, dated in [(loc, ev), *((loc + ("dates", d), date) for d, date in ev.dates.items())]:
        what = "an event" if dated is ev else "an event's other date"
        if bool(dated.time) == bool(dated.dated_by):
            yield where, f"{what} is dated by exactly one of `time` (its own column) or `dated_by` (a relationship)"
        elif dated.time and f"{ev.table}.{dated.time}" in cols \
                and not is_temporal(cat.column(f"{ev.table}.{dated.time}").type):
            yield where + ("time",), f"{ev.table}.{dated.time} is {cat.column(f'{ev.table}.{dated.time}').type}: " \
                                     "time must be a DATE or TIMESTAMP column (a date key joins through `dated_by`)"
        elif dated.time and f"{ev.table}.{dated.time}" not in cols and dated is not ev:
            yield where + ("time",), f"{ev.table} has no column '{dated.time}'"
        elif dated.dated_by:
            yield from _dated_by_problems(cat, where, ev.table, dated.dated_by)
    yield from _customer_problems(cat, loc, ev, cols)
    if ev.grain == "line" and not ev.id:
        yield loc + ("grain",), "a line-grain event names the ticket or order its lines belong to in `id`"
    for field, col in [("amount", ev.amount)] + [(("measures", m, "column"), ms.column) for m, ms in ev.measures.items()]:
        where = loc + (field if isinstance(field, tuple) else (field,))
        qualified = measure_column(ev, col) if col else ""
        if col and qualified in cols and not is_numeric(cat.column(qualified).type):
            yield where, f"{qualified} is {cat.column(qualified).type}: a measure needs a numeric column"
        elif col and qualified not in cols and isinstance(field, tuple):
            yield where, f"'{col}' is not a column of {ev.table}" + (" nor of the catalog" if qualified != f"{ev.table}.{col}" else "")
        elif col and qualified.rsplit(".", 1)[0] != ev.table:
            problem = _lines_problem(cat, ev, qualified)
            if problem:
                yield where, problem
    for dim_name, dim in ev.dimensions.items():
        if dim.column not in cols:
            continue
        try:
            dimension_path(cat, ev, dim.column, dim.via)
        except PathError as exc:
            yield loc + ("dimensions", dim_name, "via" if dim.via else "column"), str(exc)
        if dim.customers:
            yield from _customers_problem(cat, dim.customers, dim.column, loc + ("dimensions", dim_name, "customers"))


def _customer_problems(cat: Catalog, loc: tuple, ev: Event, cols: set[str]):
    """The event's customer key reaches the entity's: a path to it, and a type the entity key's values can be (a
    loyalty card number compared with a client id bound nowhere, after a green check)."""
    try:
        _, column = customer_path(cat, ev)
    except PathError as exc:
        yield loc + ("customer_via" if ev.customer_via else "customer_key",), str(exc)
        return
    key = cat.key_column
    if column in cols and key in cols and is_numeric(cat.column(column).type) != is_numeric(cat.column(key).type):
        yield loc + ("customer_key",), (
            f"{column} ({cat.column(column).type}) cannot hold {key} ({cat.column(key).type}): the customer key of "
            "an event is the customers' own key; where the event reaches its customer through another table (a "
            "receipt's loyalty card), name that table's column, qualified (customer_key: loy.card.client_id), with "
            "the relationship that joins them")


def _customers_problem(cat: Catalog, own: str, column: str, where: tuple):
    """A dimension's `customers` names a column of the customers' profile whose values compare with the dimension's."""
    cols = set(cat.all_columns())
    if own not in cols:
        yield where, f"'{own}' is not a column of the catalog (schema.table.column)"
        return
    if own.rsplit(".", 1)[0] not in profile_tables(cat):
        yield where, f"{own} does not describe the customer: name a column of the entity table or of a profile table"
        return
    if column in cols and family(cat.column(own).type) != family(cat.column(column).type):
        yield where, (f"{own} is {cat.column(own).type} and {column} is {cat.column(column).type}: "
                      "their values cannot be compared")


def _lines_problem(cat: Catalog, ev: Event, column: str) -> str:
    """A measure on another table than the event's must be on its lines: a table joined to the event's by its id in
    one relationship (summed per event). Reached further ('ecom.order_lines' from a store ticket, through the
    product), it would sum other events' lines."""
    table = column.rsplit(".", 1)[0]
    try:
        path = dimension_path(cat, ev, column, [])
    except PathError as exc:
        return str(exc)
    if not ev.id or len(path) != 1 or path[0].here != f"{ev.table}.{ev.id}":
        return (f"{column} is not on the lines of {ev.table}: a measure of another table needs a relationship from "
                f"{table} to {ev.table}'s id ({ev.id or 'none declared'})")
    return ""


def _dated_by_problems(cat: Catalog, loc: tuple, table: str, dated_by: str):
    dd = cat.date_dimension
    if dd is None:
        yield loc + ("dated_by",), "`dated_by` needs the calendar declared under date_dimension (table, key, date)"
        return
    rels = [r for r in cat.relationships if r.from_table == table and r.name == dated_by]
    if not rels:
        names = sorted(r.name for r in cat.relationships if r.from_table == table)
        yield loc + ("dated_by",), (f"no relationship named '{dated_by}' leaves {table} "
                                    f"(its relationships: {', '.join(names) or 'none'})")
    elif rels[0].to != f"{dd.table}.{dd.key}":
        yield loc + ("dated_by",), (f"relationship '{dated_by}' joins {rels[0].to}, not the date dimension's key "
                                    f"{dd.table}.{dd.key}")


def _birth_parts(cat: Catalog):
    parts: dict[str, dict[str, str]] = {}
    for tname, table in cat.tables.items():
        for cname, col in table.columns.items():
            if col.role in ("birth_year", "birth_month", "birth_day"):
                parts.setdefault(tname, {})[col.role] = cname
                if not is_numeric(col.type):
                    yield ("tables", tname, "columns", cname, "role"), f"a {col.role} column must be an integer"
    for tname, found in parts.items():
        if "birth_year" not in found:
            yield ("tables", tname), "birth_month / birth_day columns need a birth_year column in the same table"


def birth_parts(cat: Catalog, table: str) -> tuple[str, str | None, str | None] | None:
    """(year, month, day) column names of a table storing the birth date as integer parts."""
    roles = {col.role: name for name, col in cat.tables[table].columns.items() if col.role}
    if "birth_year" not in roles:
        return None
    return roles["birth_year"], roles.get("birth_month"), roles.get("birth_day")


def _cycles(cat: Catalog):
    """A chain of many-to-one relationships that comes back to its start has no 'one' side: refuse it."""
    graph: dict[str, list[int]] = {}
    for i, rel in enumerate(cat.relationships):
        if rel.from_table != rel.to_table:
            graph.setdefault(rel.from_table, []).append(i)
    reported: set[frozenset] = set()

    def walk(table: str, start: str, trail: list[int]):
        for i in graph.get(table, []):
            nxt = cat.relationships[i].to_table
            if nxt == start:
                cycle = frozenset(trail + [i])
                if cycle not in reported:
                    reported.add(cycle)
                    names = " -> ".join(cat.relationships[j].name for j in trail + [i])
                    yield ("relationships", min(cycle)), f"the relationships form a cycle ({names} back to {start})"
            elif i not in trail and len(trail) < MAX_HOPS * 2:
                yield from walk(nxt, start, trail + [i])

    for table in graph:
        yield from walk(table, table, [])
