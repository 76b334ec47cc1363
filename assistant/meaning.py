"""The typed meaning of a request: what each phrase became, between the words and the SQL.

A condition says what it selects in the catalog's terms (a profile value, a comparison, an event with
its dimensions, window, count, amount, first/last and rank, an indicator, a glossary term, a list, an
OR of groups), never in SQL. The translators produce it, the definition keeps it (Criterion.spec, shown
by `audience translate --json`), and `render` compiles it to one SELECT of the customer key through the
catalog, so SQL is never assembled from the request's words. A spec that comes from outside (a model,
the editor, a saved file) is validated against the catalog before it is compiled (`from_spec`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated, Literal, Union

import sqlglot
from pydantic import Field, TypeAdapter
from sqlglot import exp

from assistant.errors import TranslationError
from schema_catalog.model import ENRICH_SCHEMA as SCHEMA
from schema_catalog.model import Catalog, join_path
from schema_catalog.templates import render


@dataclass
class Window:
    """A time window: relative (the last N units before as_of) or absolute [start, end)."""
    text: str
    start_tok: int
    end_tok: int
    amount: int | None = None        # relative: N ...
    unit: Literal["DAY", "MONTH"] | None = None
    start: dt.date | None = None
    end: dt.date | None = None       # exclusive
    note: str = ""
    vague: bool = False              # 'recently': a reading the marketer must confirm
    anaphora: str = ""               # 'same': the window named before; 'after': from the end of it ('since then')

    def condition(self, column: str, as_of: dt.date) -> str:
        if self.amount is not None:
            return f"{column} >= DATE '{as_of.isoformat()}' - INTERVAL {self.amount} {self.unit}"
        parts = []
        if self.start:
            parts.append(f"{column} >= DATE '{self.start.isoformat()}'")
        if self.end:
            parts.append(f"{column} < DATE '{self.end.isoformat()}'")
        return " AND ".join(parts) or "TRUE"

    def with_amount(self, amount: int, unit: str) -> Window:
        return Window(f"the last {amount} {unit.lower()}{'s' if amount > 1 else ''}", self.start_tok, self.end_tok,
                      amount=amount, unit=unit)

    def describe(self) -> str:
        if self.amount is not None:
            unit = self.unit.lower() + ("s" if self.amount != 1 else "")
            return f"in the last {self.amount} {unit}"
        if self.start and self.end:
            return f"from {self.start} to {self.end - dt.timedelta(days=1)}"
        if self.start:
            return f"since {self.start}"
        return f"before {self.end}"


@dataclass
class Comparison:
    op: Literal[">=", ">", "<", "<=", "="]
    value: float
    start_tok: int
    end_tok: int
    currency: bool = False
    times: bool = False
    upper: float | None = None       # a range: value..upper inclusive
    age_hint: bool = False
    decade: bool = False
    note: str = ""

    def sql(self, expr: str) -> str:
        if self.upper is not None:
            return f"{expr} BETWEEN {_num(self.value)} AND {_num(self.upper)}"
        return f"{expr} {self.op} {_num(self.value)}"

    def describe(self) -> str:
        if self.upper is not None:
            return f"between {_num(self.value)} and {_num(self.upper)}"
        words = {">=": "at least", ">": "more than", "<": "less than", "<=": "at most", "=": "exactly"}
        return f"{words[self.op]} {_num(self.value)}"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


Scalar = Union[bool, int, float, str]     # a vocabulary value: always rendered as a quoted literal


def lit(value) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    return "'" + str(value).replace("'", "''") + "'"


def in_list(expr: str, values) -> str:
    values = list(values)
    return f"{expr} = {lit(values[0])}" if len(values) == 1 else f"{expr} IN ({', '.join(lit(v) for v in values)})"


def qualify_condition(condition: str, alias: str) -> str:
    """Prefix the bare columns of a catalog condition with the event table's alias."""
    tree = sqlglot.parse_one(condition, read="duckdb")
    for col in tree.find_all(exp.Column):
        if not col.table:
            col.set("table", exp.to_identifier(alias))
    return tree.sql(dialect="duckdb")


@dataclass
class Rendered:
    sql: str
    label: str
    meaning: str


@dataclass
class Condition:
    start_tok: int
    end_tok: int
    negated: bool = False
    notes: list[str] = field(default_factory=list)

    def render(self, catalog: Catalog, as_of: dt.date) -> Rendered:
        raise NotImplementedError

    def _negate(self, catalog: Catalog, r: Rendered) -> Rendered:
        if not self.negated:
            return r
        key, entity = catalog.entity.key, catalog.entity.table
        return Rendered(f"SELECT {key} FROM {entity} EXCEPT SELECT {key} FROM ({r.sql}) AS x",
                        f"not: {r.label}", f"{catalog.entity.plural} who do not match: {r.meaning}")


@dataclass
class ValueCondition(Condition):
    kind: Literal["value"] = "value"
    column: str = ""
    values: tuple[Scalar, ...] = ()
    labels: tuple[str, ...] = ()

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        key = catalog.entity.key
        label = " or ".join(self.labels)
        return self._negate(catalog, Rendered(f"SELECT {key} FROM {table} WHERE {in_list(col, self.values)}",
                                              label, f"{self.column} is {' or '.join(lit(v) for v in self.values)}"))


@dataclass
class FlagValueCondition(Condition):
    """A yes/no column together with values of its table: 'opted in to SMS'."""
    kind: Literal["flag_value"] = "flag_value"
    flag: str = ""
    column: str = ""
    values: tuple[Scalar, ...] = ()
    labels: tuple[str, ...] = ()

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        flag = self.flag.rsplit(".", 1)[1]
        key = catalog.entity.key
        what = " or ".join(self.labels)
        return self._negate(catalog, Rendered(f"SELECT {key} FROM {table} WHERE {in_list(col, self.values)} AND {flag}",
                                              f"{flag.replace('_', ' ')}: {what}", f"{table}: {col} is {what} and {flag} is true"))


@dataclass
class CompareCondition(Condition):
    kind: Literal["compare"] = "compare"
    column: str = ""
    comparison: Comparison | None = None
    age: bool = False

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        key = catalog.entity.key
        if self.age:
            expr = (f"date_diff('year', {col}, DATE '{as_of.isoformat()}') - CASE WHEN strftime({col}, '%m-%d') > "
                    f"'{as_of.strftime('%m-%d')}' THEN 1 ELSE 0 END")
            label = f"aged {self.comparison.describe()}"
            meaning = f"age in full years on {as_of} (from {self.column}) {self.comparison.describe()}; unknown ages never match"
        else:
            expr = col
            label = f"{col.replace('_', ' ')} {self.comparison.describe()}"
            meaning = f"{self.column} {self.comparison.describe()}"
        return self._negate(catalog, Rendered(f"SELECT {key} FROM {table} WHERE {self.comparison.sql(expr)}", label, meaning))


@dataclass
class DateCondition(Condition):
    kind: Literal["date"] = "date"
    column: str = ""
    window: Window | None = None

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        key = catalog.entity.key
        what = f"{col.replace('_', ' ')} {self.window.describe()}"
        return self._negate(catalog, Rendered(f"SELECT {key} FROM {table} WHERE {self.window.condition(col, as_of)}",
                                              what, f"{self.column} {self.window.describe()}"))


@dataclass
class IndicatorCondition(Condition):
    kind: Literal["indicator"] = "indicator"
    indicator: str = ""
    values: tuple[Scalar, ...] = ()

    def render(self, catalog, as_of):
        ind = catalog.indicators[self.indicator]
        key = catalog.entity.key
        label = f"{ind.label}: {' or '.join(self.values)}"
        if ind.refresh == "daily" and catalog.materialised.get(self.indicator) == as_of.isoformat():
            sql = f"SELECT {key} FROM {SCHEMA}.{self.indicator} WHERE {in_list('value', self.values)}"
            meaning = f"daily indicator {self.indicator}, materialised as of {as_of}, is {' or '.join(self.values)}"
        else:
            sql = f"SELECT {key} FROM ({render(ind.sql, as_of)}) AS i WHERE {in_list('value', self.values)}"
            meaning = f"indicator {self.indicator} ({ind.refresh}) is {' or '.join(self.values)}"
            if ind.refresh == "daily":
                self.notes.append(f"daily indicator '{self.indicator}' is not materialised for {as_of}: computed at "
                                  "query time (run `audience enrich`)")
        return self._negate(catalog, Rendered(sql, label, meaning))


@dataclass
class TableCondition(Condition):
    kind: Literal["list"] = "list"
    table: str = ""
    label: str = ""

    def render(self, catalog, as_of):
        key = catalog.entity.key
        return self._negate(catalog, Rendered(f"SELECT {key} FROM {self.table}", f"on the {self.label}",
                                              f"listed in {self.table}"))


@dataclass
class GlossaryCondition(Condition):
    kind: Literal["term"] = "term"
    index: int = 0
    window: Window | None = None

    def render(self, catalog, as_of):
        term = catalog.glossary[self.index]
        params = dict(term.parameters)
        meaning = term.meaning
        if self.window is not None and "window" not in params:
            self.notes.append(f"'{self.window.text}' is not applied: the term '{term.term}' has no time window "
                              f"({term.meaning.rstrip('.')})")
        if self.window is not None and "window" in params:
            if self.window.amount is not None:
                params["window"] = f"{self.window.amount} {self.window.unit}"
            elif self.window.start is not None and self.window.end is None:   # 'this year': since its first day
                params["window"] = f"{(as_of - self.window.start).days} DAY"
            else:
                self.notes.append(f"'{self.window.text}' could not be applied to the term '{term.term}' "
                                  f"(its window is a length before today): it uses its own, {term.parameters['window']}")
            if self.window.amount is not None or (self.window.start is not None and self.window.end is None):
                meaning += f" Window set by the request: {self.window.describe()}."
        sql = render(term.sql, as_of, params)
        return self._negate(catalog, Rendered(sql, term.term, f"glossary: {meaning}"))


@dataclass
class EventCondition(Condition):
    kind: Literal["event"] = "event"
    events: tuple[str, ...] = ()
    dims: dict[str, tuple[Scalar, ...]] = field(default_factory=dict)   # dimension -> its values
    window: Window | None = None
    count: Comparison | None = None
    amount: Comparison | None = None
    average: bool = False
    first: bool = False
    rank: float | None = None                       # top N percent by spend

    def _branch(self, catalog: Catalog, name: str, as_of: dt.date, mode: str) -> str:
        ev = catalog.events[name]
        key = catalog.entity.key
        joins, where, seen = [], [], {ev.table: "e"}
        amount = f"e.{ev.amount}" if ev.amount else "NULL"
        for dim_name, values in self.dims.items():
            dim = ev.dimensions[dim_name]
            table, column = dim.column.rsplit(".", 1)
            for here, there in join_path(catalog, ev.table, table, avoid=catalog.entity.table) or []:
                there_table, there_col = there.rsplit(".", 1)
                if there_table in seen:
                    continue
                here_table, here_col = here.rsplit(".", 1)
                alias = f"j{len(seen)}"
                seen[there_table] = alias
                joins.append(f"JOIN {there_table} AS {alias} ON {alias}.{there_col} = {seen[here_table]}.{here_col}")
            where.append(in_list(f"{seen[table]}.{column}", values))
            if dim.amount:
                amount_table, amount_col = dim.amount.rsplit(".", 1)
                if amount_table in seen:
                    amount = f"{seen[amount_table]}.{amount_col}"
        conditions = []
        if not ev.where or ev.customer_key not in ev.where:
            conditions.append(f"e.{ev.customer_key} IS NOT NULL")
        if ev.where:
            conditions.append(qualify_condition(ev.where, "e"))
        conditions += where
        if self.window is not None and not self.first:
            conditions.append(self.window.condition(f"e.{ev.time}", as_of))
        if mode == "keys":
            cols = f"e.{ev.customer_key} AS {key}"
        elif mode == "count":
            # An event joined to its lines appears once per line: count it once.
            cols = f"DISTINCT e.{ev.customer_key} AS {key}, e.{ev.id} AS event_id" if ev.id else \
                f"e.{ev.customer_key} AS {key}, NULL AS event_id"
        else:
            cols = f"e.{ev.customer_key} AS {key}, e.{ev.time} AS ts, {amount} AS amount"
        return f"SELECT {cols} FROM {ev.table} AS e {' '.join(joins)} WHERE {' AND '.join(conditions)}".replace("  ", " ")

    def render(self, catalog, as_of):
        if self._counts_none():
            return self._with_none(catalog, as_of)
        key = catalog.entity.key
        first = self.first and self.window is not None  # "first" only means something with a window
        aggregated = self.count is not None or self.amount is not None or first or self.rank is not None
        mode = "count" if self.count is not None and self.amount is None and not first and self.rank is None else \
            ("rows" if aggregated else "keys")
        branches = [self._branch(catalog, e, as_of, mode) for e in self.events]
        source = branches[0] if len(branches) == 1 else " UNION ALL ".join(branches)
        if not aggregated:
            sql = source if len(branches) == 1 else f"SELECT {key} FROM ({source}) AS p"
        else:
            having = []
            if self.count is not None:
                having.append(self.count.sql("count(*)"))
            if self.amount is not None:
                having.append(self.amount.sql("avg(amount)" if self.average else "sum(amount)"))
            if self.first and self.window is not None:
                having.append(self.window.condition("min(ts)", as_of))
            if self.rank is not None:
                inner = f"SELECT {key}, percent_rank() OVER (ORDER BY sum(amount)) AS pr FROM ({source}) AS p GROUP BY {key}"
                if having:
                    inner += " HAVING " + " AND ".join(having)
                sql = f"SELECT {key} FROM ({inner}) AS r WHERE pr >= {lit(round(1 - self.rank / 100, 6))}"
            else:
                sql = f"SELECT {key} FROM ({source}) AS p GROUP BY {key} HAVING {' AND '.join(having)}"
        return self._negate(catalog, Rendered(sql, self._label(catalog), self._meaning(catalog)))

    def _counts_none(self) -> bool:
        """'clicked fewer than 2 times': customers who never clicked have fewer than 2 clicks too."""
        c = self.count
        return c is not None and c.upper is None and c.op in ("<", "<=") and self.amount is None \
            and self.rank is None and not self.first

    def _with_none(self, catalog: Catalog, as_of: dt.date) -> Rendered:
        """Fewer than N = every customer except those with at least N (so those with none are in)."""
        at_least = Comparison(">=" if self.count.op == "<" else ">", self.count.value, 0, 0, times=True)
        other = EventCondition(self.start_tok, self.end_tok, negated=not self.negated, events=self.events,
                               dims=self.dims, window=self.window, count=at_least, average=self.average)
        r = other.render(catalog, as_of)
        label = self._label(catalog).replace(f"({self.count.describe()} times)",
                                             f"({self.count.describe()} times, none included)")
        return Rendered(r.sql, f"not: {label}" if self.negated else label, r.meaning)

    def _what(self, catalog) -> str:
        labels = [catalog.events[e].label for e in self.events]
        what = " or ".join(labels)
        for dim, values in self.dims.items():
            what += f", {dim.replace('_', ' ')} {' or '.join(map(str, values))}"
        return what

    def _label(self, catalog) -> str:
        parts = []
        if self.rank is not None:
            parts.append(f"top {lit(self.rank)}% by spend:")
        elif self.first:
            parts.append("first")
        parts.append(self._what(catalog))
        if self.count is not None:
            parts.append(f"({self.count.describe()} times)")
        if self.amount is not None:
            parts.append(f"({'average' if self.average else 'total'} {self.amount.describe()})")
        if self.window is not None:
            parts.append(self.window.describe())
        return " ".join(parts)

    def _meaning(self, catalog) -> str:
        sources = []
        for e in self.events:
            ev = catalog.events[e]
            sources.append(f"{ev.table}" + (f" where {ev.where}" if ev.where else ""))
        return f"{self._label(catalog)}; from {' + '.join(sources)}"


@dataclass
class OrCondition(Condition):
    """'either A or B': customers of any group, each group its conditions ANDed."""
    kind: Literal["any_of"] = "any_of"
    groups: list[list[AnyCondition]] = field(default_factory=list)      # each group ANDed, the groups ORed

    def render(self, catalog, as_of):
        key = catalog.entity.key
        rendered = [[c.render(catalog, as_of) for c in group] for group in self.groups]
        for group in self.groups:
            for c in group:
                self.notes.extend(n for n in c.notes if n not in self.notes)
        branches = [" INTERSECT ".join(f"SELECT {key} FROM ({r.sql}) AS g{i}" for i, r in enumerate(group))
                    for group in rendered]
        sql = " UNION ".join(f"SELECT {key} FROM ({b}) AS o{n}" for n, b in enumerate(branches))
        label = " or ".join("(" + " and ".join(r.label for r in g) + ")" if len(g) > 1 else g[0].label for g in rendered)
        meaning = " OR ".join("(" + "; ".join(r.meaning for r in g) + ")" for g in rendered)
        return self._negate(catalog, Rendered(sql, label, f"any of: {meaning}"))


Measure = Literal["amount", "count"]
_MEASURE_WORDS = {"amount": "spend on", "count": "number of"}


def _event_rows(catalog: Catalog, source: EventCondition, as_of: dt.date, measure: Measure) -> str:
    """One row per event of `source` (its dimensions and window applied): (key, amount) or (key, event_id)."""
    branches = [source._branch(catalog, e, as_of, "rows" if measure == "amount" else "count") for e in source.events]
    return " UNION ALL ".join(branches)


def _customer_table(catalog: Catalog, column: str) -> str:
    """The table of a profile column: it must hold one value per customer (keyed by the customer)."""
    table = column.rsplit(".", 1)[0]
    if table not in catalog.tables or catalog.entity.key not in catalog.tables[table].columns:
        raise TranslationError(f"'{column}' is not an attribute of the {catalog.entity.name} (its table has no "
                               f"{catalog.entity.key})", hint="pick a profile attribute")
    return table


def _column_words(column: str) -> str:
    return column.rsplit(".", 1)[1].replace("_", " ")


@dataclass
class TopCondition(Condition):
    """The best-ranked customers by a measure: 'top 10 by spend this year', 'top 5% by number of orders',
    'top 25 by loyalty points', 'top 3 spenders per country'. Ties are broken by the customer key, so the
    same data always gives the same members."""
    kind: Literal["top"] = "top"
    n: int | None = None                   # how many customers (per group)
    percent: float | None = None           # or which share of them
    source: EventCondition | None = None   # ranked by what they did (its amount or its count) ...
    measure: Measure = "amount"
    column: str = ""                       # ... or by a number of their profile
    per: str = ""                          # ranked within each value of this profile column

    def words(self, catalog: Catalog) -> str:
        size = f"{_num(self.n)} customers" if self.n is not None else f"{_num(self.percent)}% of customers"
        if self.source is not None:
            by = f"{_MEASURE_WORDS[self.measure]} {self.source._label(catalog)}"
        else:
            by = _column_words(self.column)
        return f"top {size} by {by}" + (f", per {_column_words(self.per)}" if self.per else "")

    def render(self, catalog, as_of):
        key = catalog.entity.key
        if self.source is not None:
            value = "sum(coalesce(amount, 0))" if self.measure == "amount" else "count(*)"
            values = f"SELECT {key}, {value} AS value FROM ({_event_rows(catalog, self.source, as_of, self.measure)}) AS p " \
                     f"GROUP BY {key}"
        else:
            table, col = self.column.rsplit(".", 1)
            values = f"SELECT {key}, {col} AS value FROM {table} WHERE {col} IS NOT NULL"
        group, join = "", ""
        if self.per:
            table, col = self.per.rsplit(".", 1)
            group, join = f"PARTITION BY g.{col} ", f" JOIN {table} AS g ON g.{key} = v.{key}"
        if self.n is not None:
            ranked = f"row_number() OVER ({group}ORDER BY v.value DESC, v.{key}) AS r"
            keep = f"r <= {int(self.n)}"
        else:
            ranked = f"percent_rank() OVER ({group}ORDER BY v.value) AS r"
            keep = f"r >= {lit(round(1 - self.percent / 100, 6))}"
        sql = f"SELECT {key} FROM (SELECT v.{key}, {ranked} FROM ({values}) AS v{join}) AS t WHERE {keep}"
        label = self.words(catalog)
        return self._negate(catalog, Rendered(sql, label, f"{label}; ties broken by {key}"))


@dataclass
class VersusCondition(Condition):
    """One behaviour against another, per customer: 'spent more online than in store' (two channels),
    'ordered less this year than last year' (two windows). A customer with nothing on one side counts 0 there."""
    kind: Literal["versus"] = "versus"
    left: EventCondition | None = None
    right: EventCondition | None = None
    measure: Measure = "amount"
    op: Literal[">", "<"] = ">"

    def words(self, catalog: Catalog) -> str:
        left, right = self.left._label(catalog), self.right._label(catalog)
        if self.measure == "amount":
            return f"spent {'more' if self.op == '>' else 'less'} on {left} than on {right}"
        return f"{'more' if self.op == '>' else 'fewer'} times {left} than {right}"

    def render(self, catalog, as_of):
        key = catalog.entity.key
        one = "coalesce(amount, 0)" if self.measure == "amount" else "1"
        left = _event_rows(catalog, self.left, as_of, self.measure)
        right = _event_rows(catalog, self.right, as_of, self.measure)
        sql = (f"SELECT {key} FROM (SELECT {key}, {one} AS a, 0 AS b FROM ({left}) AS l UNION ALL "
               f"SELECT {key}, 0 AS a, {one} AS b FROM ({right}) AS r) AS x GROUP BY {key} HAVING sum(a) {self.op} sum(b)")
        label = self.words(catalog)
        return self._negate(catalog, Rendered(sql, label, f"{label} (nothing on a side counts 0)"))


@dataclass
class DistinctCondition(Condition):
    """How many different values of a dimension a customer's events reach: 'from at least 3 different categories'."""
    kind: Literal["distinct"] = "distinct"
    source: EventCondition | None = None
    dimension: str = ""
    comparison: Comparison | None = None

    def words(self, catalog: Catalog) -> str:
        return f"{self.comparison.describe()} different {self.dimension.replace('_', ' ')} values: " \
               f"{self.source._label(catalog)}"

    def _values(self, catalog: Catalog, name: str, as_of: dt.date) -> str:
        """(key, value of the dimension) per event of `name`, joined from the event to the dimension's table."""
        ev, key = catalog.events[name], catalog.entity.key
        table, column = ev.dimensions[self.dimension].column.rsplit(".", 1)
        joins, seen = [], {ev.table: "d0"}
        for here, there in join_path(catalog, ev.table, table, avoid=catalog.entity.table) or []:
            there_table, there_col = there.rsplit(".", 1)
            here_table, here_col = here.rsplit(".", 1)
            seen.setdefault(there_table, f"d{len(seen)}")
            joins.append(f"JOIN {there_table} AS {seen[there_table]} ON {seen[there_table]}.{there_col} = "
                         f"{seen[here_table]}.{here_col}")
        events = self.source._branch(catalog, name, as_of, "count")
        return (f"SELECT k.{key}, {seen[table]}.{column} AS value FROM ({events}) AS k JOIN {ev.table} AS d0 "
                f"ON d0.{ev.id} = k.event_id {' '.join(joins)}").strip()

    def render(self, catalog, as_of):
        key = catalog.entity.key
        rows = " UNION ALL ".join(self._values(catalog, e, as_of) for e in self.source.events)
        sql = f"SELECT {key} FROM ({rows}) AS p GROUP BY {key} HAVING {self.comparison.sql('count(DISTINCT value)')}"
        label = self.words(catalog)
        return self._negate(catalog, Rendered(sql, label, label))


@dataclass
class KnownCondition(Condition):
    """Whether a profile value is on file: 'with no phone number', 'without a birth date', 'has a postal code'."""
    kind: Literal["known"] = "known"
    column: str = ""
    known: bool = True

    def words(self, catalog: Catalog) -> str:
        return f"{_column_words(self.column)} on file" if self.known else f"no {_column_words(self.column)} on file"

    def render(self, catalog, as_of):
        key = catalog.entity.key
        table, col = self.column.rsplit(".", 1)
        present = f"SELECT {key} FROM {table} WHERE {col} IS NOT NULL"
        # a customer without a row in the column's table has no value either
        sql = present if self.known else f"SELECT {key} FROM {catalog.entity.table} EXCEPT {present}"
        label = self.words(catalog)
        return self._negate(catalog, Rendered(sql, label, f"{self.column} {'is' if self.known else 'is not'} known"))


AnyCondition = Annotated[Union[ValueCondition, FlagValueCondition, CompareCondition, DateCondition, IndicatorCondition,
                               TableCondition, GlossaryCondition, EventCondition, OrCondition, TopCondition,
                               VersusCondition, DistinctCondition, KnownCondition],
                         Field(discriminator="kind")]
_ADAPTER: TypeAdapter = TypeAdapter(AnyCondition)
_PARSE_ONLY = ("start_tok", "end_tok", "notes", "text", "note", "vague", "anaphora", "age_hint", "decade")


def to_spec(condition: Condition) -> dict:
    """The condition as plain JSON data, without where it sat in the request."""
    return _strip(_ADAPTER.dump_python(condition, mode="json"))


def from_spec(spec: dict, catalog: Catalog) -> Condition:
    """A condition from JSON data, checked against the catalog: every name it uses must exist there."""
    try:
        condition = _ADAPTER.validate_python(_fill(spec))
    except ValueError as exc:
        raise TranslationError(f"the criterion's meaning is malformed: {exc}".splitlines()[0],
                               hint="rebuild it from the request or the editor") from None
    _check_names(condition, catalog)
    return condition


def _strip(data):
    if isinstance(data, dict):
        return {k: _strip(v) for k, v in data.items() if k not in _PARSE_ONLY}
    if isinstance(data, list):
        return [_strip(v) for v in data]
    return data


def _fill(data):
    """Positions and parse notes are not part of a spec: give them neutral values."""
    if isinstance(data, dict):
        filled = {k: _fill(v) for k, v in data.items()}
        if "kind" in filled or "op" in filled or "amount" in filled or "start" in filled or "end" in filled:
            filled.setdefault("start_tok", 0)
            filled.setdefault("end_tok", 0)
        if ("amount" in filled or "start" in filled or "end" in filled) and "kind" not in filled and "op" not in filled:
            filled.setdefault("text", "")
        return filled
    if isinstance(data, list):
        return [_fill(v) for v in data]
    return data


def _check_names(c: Condition, catalog: Catalog) -> None:
    def known_column(name: str) -> None:
        table, _, column = name.rpartition(".")
        if table not in catalog.tables or column not in catalog.tables[table].columns:
            raise TranslationError(f"the criterion names '{name}', which is not a column of the catalog",
                                   hint="pick an attribute from the catalog")
    if isinstance(c, OrCondition):
        for group in c.groups:
            for inner in group:
                _check_names(inner, catalog)
    elif isinstance(c, (ValueCondition, CompareCondition, DateCondition)):
        known_column(c.column)
    elif isinstance(c, FlagValueCondition):
        known_column(c.column)
        known_column(c.flag)
    elif isinstance(c, IndicatorCondition) and c.indicator not in catalog.indicators:
        raise TranslationError(f"no indicator '{c.indicator}' in the catalog", hint="pick one from the catalog")
    elif isinstance(c, TableCondition) and c.table not in catalog.tables:
        raise TranslationError(f"no table '{c.table}' in the catalog", hint="pick a list from the catalog")
    elif isinstance(c, GlossaryCondition) and not 0 <= c.index < len(catalog.glossary):
        raise TranslationError(f"no glossary term number {c.index}", hint="pick a term from the catalog")
    elif isinstance(c, (TopCondition, VersusCondition, DistinctCondition, KnownCondition)):
        _check_aggregate(c, catalog, known_column)
    elif isinstance(c, EventCondition):
        for name in c.events:
            if name not in catalog.events:
                raise TranslationError(f"no event '{name}' in the catalog", hint="pick a behaviour from the catalog")
            unknown = set(c.dims) - set(catalog.events[name].dimensions)
            if unknown:
                raise TranslationError(f"event '{name}' has no dimension {sorted(unknown)}", hint="pick one it has")


def _check_aggregate(c: Condition, catalog: Catalog, known_column) -> None:
    """The aggregate kinds: every behaviour they read, column and dimension exist and have the right type."""
    sources = [s for s in (getattr(c, "source", None), getattr(c, "left", None), getattr(c, "right", None)) if s]
    for source in sources:
        if not source.events:
            raise TranslationError("the behaviour names no event", hint="pick a behaviour from the catalog")
        _check_names(source, catalog)
    if isinstance(c, VersusCondition) and (c.left is None or c.right is None):
        raise TranslationError("a comparison needs two behaviours (left and right)", hint="name both sides")
    if isinstance(c, TopCondition):
        if (c.n is None) == (c.percent is None) or (c.n is not None and c.n < 1) or \
                (c.percent is not None and not 0 < c.percent <= 100):
            raise TranslationError("a ranking needs either n or percent (n >= 1, 0 < percent <= 100)",
                                   hint="say 'top 10' or 'top 5%'")
        if (c.source is None) == (not c.column):
            raise TranslationError("a ranking is by a behaviour or by a number column, one of them",
                                   hint="pick what customers are ranked by")
        if c.column:
            known_column(c.column)
            _customer_table(catalog, c.column)
            if catalog.column(c.column).type.upper().split("(")[0] not in _NUMBERS:
                raise TranslationError(f"'{c.column}' is not a number: customers cannot be ranked by it",
                                       hint="rank by spend, a count or a numeric attribute")
        if c.per:
            known_column(c.per)
            try:
                _customer_table(catalog, c.per)
            except TranslationError as exc:
                raise TranslationError(f"per: {exc.args[0]}", hint="group by a profile attribute") from None
    if isinstance(c, DistinctCondition):
        if c.source is None or c.comparison is None:
            raise TranslationError("a distinct count needs a behaviour and a comparison", hint="say 'at least 3'")
        for name in c.source.events:
            ev = catalog.events[name]
            if c.dimension not in ev.dimensions or not ev.id:
                raise TranslationError(f"event '{name}' has no dimension '{c.dimension}' to count",
                                       hint="pick a dimension it has")
    if isinstance(c, KnownCondition):
        known_column(c.column)
        _customer_table(catalog, c.column)


_NUMBERS = {"INTEGER", "BIGINT", "DECIMAL", "DOUBLE", "FLOAT", "SMALLINT", "HUGEINT", "REAL", "NUMERIC", "TINYINT"}
