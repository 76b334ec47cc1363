"""Probes: one request of each family the catalog lets a marketer make, compiled and bound before anyone asks.

A request becomes a typed meaning, the meaning is rendered to SQL through the catalog, the guard checks
it and the engine binds it (`LIMIT 0`). `audience catalog check` walks that same path for every family a
request can produce: per event, a count and an amount in a window (and an average), each dimension filter
with a real value, first, rank; per profile attribute, a condition on it; each indicator and glossary term.
A probe that fails is a request that would fail, so the check reports it with the element and what to change.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.meaning import from_spec
from schema_catalog.model import Catalog, Column
from schema_catalog.semantic import measure_column, profile_tables
from schema_catalog.types import is_numeric, is_temporal

# A window every family is probed in: long enough to be a real request, closed at as_of like every window.
_WINDOW = {"text": "the last 90 days", "amount": 90, "unit": "DAY"}
_AT_LEAST_ONE = {"op": ">=", "value": 1}

@dataclass(frozen=True)
class Probe:
    """One request family on one catalog element, as its typed meaning."""
    loc: tuple            # where in the catalog file the element is declared
    element: str          # 'events.web_purchase: count in a window'
    spec: dict            # the typed meaning a translator or the editor would produce

    def sql(self, catalog: Catalog, as_of: dt.date) -> str:
        """Compiled exactly as a request's meaning is: validated against the catalog, then rendered."""
        return from_spec(self.spec, catalog).render(catalog, as_of).sql


def probes(catalog: Catalog, sample: Callable[[str], object | None], as_of: dt.date) -> Iterator[Probe]:
    """Every probe of the catalog; `sample(schema.table.column)` gives a real value of a column (or None)."""
    for name in catalog.events:
        yield from event_probes(catalog, name, sample, as_of)
    for column in profile_columns(catalog):
        probe = profile_probe(catalog, column, sample)
        if probe is not None:
            yield probe
    for name, ind in catalog.indicators.items():
        value = next(iter(ind.values), None)   # a request names an indicator by one of its declared values
        if value is not None:
            yield Probe(("indicators", name), f"indicators.{name}: a request on its value",
                        {"kind": "indicator", "indicator": name, "values": [value]})
    for i, term in enumerate(catalog.glossary):
        spec = {"kind": "term", "index": i}
        if "window" in term.parameters:
            spec["window"] = _WINDOW
        yield Probe(("glossary", i), f"glossary '{term.term}': a request naming it", spec)


def event_probes(catalog: Catalog, name: str, sample: Callable[[str], object | None], as_of: dt.date) -> Iterator[Probe]:
    ev = catalog.events[name]
    base = {"kind": "event", "events": [name]}
    here = f"events.{name}"
    yield Probe(("events", name), f"{here}: did it in a window", {**base, "window": _WINDOW})
    last_year = {"text": "last year", "start": dt.date(as_of.year - 1, 1, 1).isoformat(),
                 "end": dt.date(as_of.year, 1, 1).isoformat()}   # whole periods read the calendar's own columns
    yield Probe(("events", name), f"{here}: count in a calendar year", {**base, "window": last_year, "count": _AT_LEAST_ONE})
    yield Probe(("events", name), f"{here}: not since a date (lapsed)", {**base, "window": _WINDOW, "negated": True})
    yield Probe(("events", name, "time"), f"{here}: count in a window", {**base, "window": _WINDOW, "count": _AT_LEAST_ONE})
    yield Probe(("events", name, "time"), f"{here}: first time in a window", {**base, "window": _WINDOW, "first": True})
    if ev.amount:
        amount = {"op": ">=", "value": 1, "currency": True}
        yield Probe(("events", name, "amount"), f"{here}: amount in a window", {**base, "window": _WINDOW, "amount": amount})
        yield Probe(("events", name, "amount"), f"{here}: average amount in a window",
                    {**base, "window": _WINDOW, "amount": amount, "average": True})
        yield Probe(("events", name, "amount"), f"{here}: top spenders", {**base, "window": _WINDOW, "rank": 10})
        yield Probe(("events", name, "amount"), f"{here}: the top 100 customers by amount",
                    {**base, "window": _WINDOW, "top": 100})
        yield Probe(("events", name, "amount"), f"{here}: at least one worth an amount",
                    {**base, "window": _WINDOW, "count": _AT_LEAST_ONE, "amount": amount})
    for mname, measure in ev.measures.items():
        yield Probe(("events", name, "measures", mname), f"{here}.measures.{mname}: {measure.agg} in a window",
                    {**base, "window": _WINDOW, "amount": {"op": ">=", "value": 1}, "measure": mname})
    for dim_name, dim in ev.dimensions.items():
        value = vocabulary_value(catalog.column(dim.column))
        value = value if value is not None else sample(dim.column)
        if value is None:
            continue  # an empty column: no request can name one of its values
        loc = ("events", name, "dimensions", dim_name)
        yield Probe(loc, f"{here}.dimensions.{dim_name} = {value!r}: count in a window",
                    {**base, "window": _WINDOW, "count": _AT_LEAST_ONE, "dims": {dim_name: [value]}})
        if ev.amount and dim.amount:   # the amount read on the dimension's lines
            yield Probe(loc, f"{here}.dimensions.{dim_name} = {value!r}: amount in a window",
                        {**base, "window": _WINDOW, "amount": {"op": ">=", "value": 1}, "dims": {dim_name: [value]}})


def vocabulary_value(col: Column) -> object | None:
    return next(iter(col.values), None)


def profile_columns(catalog: Catalog) -> list[str]:
    """Columns a request names as customer attributes: those of the semantic model's profile tables (keyed by
    the customer, or reached from it through many-to-one relationships), personal ones excepted."""
    key = catalog.entity.key
    return [f"{t}.{c}" for t in profile_tables(catalog) for c, col in catalog.tables[t].columns.items()
            if c != key and not col.personal and col.role not in ("birth_month", "birth_day")]   # parts of the age


def profile_probe(catalog: Catalog, column: str, sample: Callable[[str], object | None]) -> Probe | None:
    table, name = column.rsplit(".", 1)
    col = catalog.tables[table].columns[name]
    loc = ("tables", table, "columns", name)
    here = f"tables.{table}.columns.{name}"
    if col.role in ("birth_date", "birth_year"):
        return Probe(loc + ("role",), f"{here}: an age range", {"kind": "compare", "column": column, "age": True,
                                                                "comparison": {"op": ">=", "value": 18, "upper": 24}})
    if is_temporal(col.type):
        return Probe(loc, f"{here}: a date in a window", {"kind": "date", "column": column, "window": _WINDOW})
    if is_numeric(col.type) and not col.values:   # a band's lower bound compares the band (range_upper)
        return Probe(loc, f"{here}: a comparison", {"kind": "compare", "column": column,
                                                     "comparison": {"op": ">=", "value": 1, "upper": 100_000}})
    value = vocabulary_value(col)
    value = value if value is not None else sample(column)
    if value is None:
        return None
    return Probe(loc, f"{here} = {value!r}", {"kind": "value", "column": column, "values": [value], "labels": [str(value)]})


def diagnose(catalog: Catalog, live: dict[str, dict[str, str]], probe: Probe, error: str) -> tuple[tuple, str]:
    """Where a failed probe's cause sits in the catalog and what to change there, from the warehouse's types.

    `error` is what the guard or the engine said; it is kept when no known cause explains the failure.
    """
    kind = probe.spec["kind"]
    if kind == "event":
        found = _event_cause(catalog, live, probe)
    elif kind in ("value", "compare", "date"):
        found = _profile_cause(catalog, live, probe)
    else:
        found = None
    if found is not None:
        return found
    return probe.loc, f"{probe.element} fails: {error}; correct this element so the request compiles on the warehouse"


def _live_type(live: dict, table: str, column: str) -> str:
    return live.get(table, {}).get(column, "")


def _event_cause(catalog: Catalog, live: dict, probe: Probe) -> tuple[tuple, str] | None:
    name = probe.spec["events"][0]
    ev = catalog.events[name]
    if ev.time:
        time_type = _live_type(live, ev.table, ev.time)
        if time_type and not is_temporal(time_type):
            return ("events", name, "time"), _time_fix(f"events.{name}.time", ev.time, time_type)
    elif catalog.date_dimension is not None:
        dd = catalog.date_dimension
        date_type = _live_type(live, dd.table, dd.date)
        if date_type and not is_temporal(date_type):
            return ("date_dimension", "date"), (f"date_dimension.date: {dd.table}.{dd.date} is {date_type} in the "
                                                "warehouse, not a date, so every window on an event dated through it "
                                                "fails; point it at the calendar's DATE column")
    column = measure_column(ev, ev.measures[probe.spec["measure"]].column) if probe.spec.get("measure") else \
        (f"{ev.table}.{ev.amount}" if ev.amount else None)
    amount_type = _live_type(live, *column.rsplit(".", 1)) if column else ""
    if probe.spec.get("amount") and amount_type and not is_numeric(amount_type):
        return probe.loc, (f"{'.'.join(map(str, probe.loc))}: {column} is {amount_type} in the warehouse, not a "
                           "number; an amount is summed and averaged, so point it at a numeric column")
    return None


def _time_fix(element: str, column: str, sql_type: str) -> str:
    if not is_numeric(sql_type):
        return (f"{element}: {column} is {sql_type} in the warehouse, not a date, so every window ('in the last 90 "
                "days') fails; point time at a DATE or TIMESTAMP column")
    return (f"{element}: {column} is an integer key ({sql_type}), not a date, so every window fails; declare it as "
            "a date-dimension key: a relationship from it to the calendar's key (date_dimension: table, key, date) "
            f"and `dated_by: <that relationship>` instead of `time: {column}`")


def _profile_cause(catalog: Catalog, live: dict, probe: Probe) -> tuple[tuple, str] | None:
    column = probe.spec["column"]
    table, name = column.rsplit(".", 1)
    sql_type = _live_type(live, table, name)
    col = catalog.tables[table].columns[name]
    if col.role == "birth_date" and sql_type and not is_temporal(sql_type):
        return ("tables", table, "columns", name, "role"), (
            f"tables.{table}.columns.{name}: role birth_date on a {sql_type} column, so every age request fails; "
            "a birth year stored as a number is a date part: write `role: birth_year` (and birth_month, "
            "birth_day on their columns when the warehouse has them)")
    return None
