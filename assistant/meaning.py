"""The typed meaning of a request: what each phrase became, between the words and the SQL.

A condition says what it selects in the catalog's terms (a profile value, a comparison, an event with
its dimensions, window, count, amount, first/last and rank, an indicator, a glossary term, a list, an
OR of groups), never in SQL. The translators produce it, the definition keeps it (Criterion.spec, shown
by `audience translate --json`), and `render` compiles it to one SELECT of the customer key through the
catalog, so SQL is never assembled from the request's words. A spec that comes from outside (a model,
the editor, a saved file) is validated against the catalog before it is compiled (`from_spec`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Annotated, Literal, Union

import sqlglot
from pydantic import AfterValidator, Field, StrictInt, TypeAdapter, ValidationError
from sqlglot import exp

from assistant import hours as day_hours
from assistant import months as year_months
from assistant import weekdays
from assistant.errors import TranslationError
from assistant.translate.lang_en import NOTES, WORDING
from schema_catalog.model import ENRICH_SCHEMA as SCHEMA
from schema_catalog.model import Catalog
from schema_catalog.semantic import (
    Step, birth_parts, calendar_columns, dating, other_date, calendar_date, customer_column, customer_path, customers_own, dimension_path,
    event_time, measure_column, profile_path, profile_tables,
)
from schema_catalog.templates import render
from schema_catalog.types import family, is_numeric


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
    held: str = ""                   # 'for more than 7 years' ('>'): how long a state has held; a behaviour reads the last N
    ahead: bool = False              # relative, after as_of: the N units from tomorrow ('in the next 6 months')
    asked: bool = False              # after today of a behaviour recorded up to today, asked by the parser: no note again

    def later(self, as_of: dt.date) -> bool:
        """Whether the window lies after as_of ('in the next 6 months', 'next month', 'Q1 2027'): only dates that run
        ahead of today (a contract's end, a booked arrival) fall in it."""
        return self.ahead or (self.start is not None and self.start > as_of and not self.anaphora)

    def condition(self, column: str, as_of: dt.date) -> str:
        """The window on a date or timestamp column, closed at as_of: nothing dated later counts, unless the window
        itself lies after as_of."""
        if self.amount is not None and self.ahead:     # from tomorrow to the same day N units on, included
            end = ahead_end(as_of, self.amount, self.unit) + dt.timedelta(days=1)
            return f"{column} >= DATE '{(as_of + dt.timedelta(days=1)).isoformat()}' AND {column} < DATE '{end.isoformat()}'"
        if self.amount is not None:
            return f"{column} >= DATE '{as_of.isoformat()}' - INTERVAL {self.amount} {self.unit} AND {until(column, as_of)}"
        parts = []
        if self.start:
            parts.append(f"{column} >= DATE '{self.start.isoformat()}'")
        if self.end and (self.end <= as_of or self.later(as_of)):
            parts.append(f"{column} < DATE '{self.end.isoformat()}'")
        elif not self.later(as_of):
            parts.append(until(column, as_of))
        return " AND ".join(parts)

    def calendar(self, columns: dict[str, str], as_of: dt.date) -> str | None:
        """The window as whole calendar years, quarters or months of a date dimension's own calendar columns
        (`columns`: part -> qualified column), or None when it is not made of whole periods. A warehouse's quarter
        may not start on the first of a month (TPC-DS's d_qoy): 'Q4 2002' is what its calendar calls Q4; a longer run of
        months is said by its months."""
        s, e = self.start, self.end
        if self.amount is not None or s is None or e is None or s.day != 1 or e.day != 1 or e <= s:
            return None
        months = (e.year - s.year) * 12 + e.month - s.month
        year = columns.get("year")
        if year is None:
            return None
        if s.month == 1 and e.month == 1:
            years = list(range(s.year, e.year))
            cond = f"{year} = {years[0]}" if len(years) == 1 else f"{year} BETWEEN {years[0]} AND {years[-1]}"
        else:
            # one quarter is the calendar's ('Q4 2002': its d_qoy); a half or any other run of months is its months
            # (TPC-DS's H1 is January to June, not its quarters 1 and 2, which end on 1 July)
            part, size = ("quarter", 3) if "quarter" in columns and (s.month - 1) % 3 == 0 and months == 3 \
                else ("month", 1)
            if part not in columns:
                return None
            per_year: dict[int, list[int]] = {}
            for n in range(0, months, size):
                m = s.month - 1 + n
                per_year.setdefault(s.year + m // 12, []).append((m % 12) // size + 1)
            cond = " OR ".join(f"({year} = {y} AND {in_list(columns[part], ps)})" for y, ps in per_year.items())
            cond = f"({cond})" if len(per_year) > 1 else cond
        return cond

    def with_amount(self, amount: int, unit: str) -> Window:
        return Window(f"the last {amount} {unit.lower()}{'s' if amount > 1 else ''}", self.start_tok, self.end_tok,
                      amount=amount, unit=unit)

    def describe(self) -> str:
        if self.amount is not None:
            unit = self.unit.lower() + ("s" if self.amount != 1 else "")
            return f"in the {'next' if self.ahead else 'last'} {self.amount} {unit}"
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
    born: bool = False               # a year of birth ('born in the 80s'), not an age
    month: int = 0                   # ... with its month said ('born in October 1996'): read beside it, as a birthday's
    per_day: bool = False            # 'on 3 different days': a count of days (EventCondition.days_counted)
    note: str = ""

    def sql(self, expr: str) -> str:
        if self.upper is not None:
            return f"{expr} BETWEEN {_num(self.value)} AND {_num(self.upper)}"
        return f"{expr} {self.op} {_num(self.value)}"

    def describe(self, years: bool = False) -> str:
        """In words; `years`: as years ('after 1985', '1990 or later'), not amounts."""
        if self.upper is not None:
            return f"between {_num(self.value)} and {_num(self.upper)}"
        if years:
            words = {">=": "in {} or later", ">": "after {}", "<": "before {}", "<=": "in {} or earlier", "=": "in {}"}
            return words[self.op].format(_num(self.value))
        words = {">=": "at least", ">": "more than", "<": "less than", "<=": "at most", "=": "exactly"}
        return f"{words[self.op]} {_num(self.value)}"


def ahead_end(as_of: dt.date, amount: int, unit: str) -> dt.date:
    """The day `amount` units after as_of (months: the same day of that month, or its last when shorter)."""
    if unit == "DAY":
        return as_of + dt.timedelta(days=amount)
    year, month = divmod(as_of.year * 12 + as_of.month - 1 + amount, 12)
    return dt.date(year, month + 1, min(as_of.day, calendar.monthrange(year, month + 1)[1]))


def until(column: str, as_of: dt.date) -> str:
    """Dated on or before as_of (a timestamp during that day included)."""
    return f"{column} < DATE '{(as_of + dt.timedelta(days=1)).isoformat()}'"


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


def other_than(expr: str, values, unknown: bool = True) -> str:
    """A value that is none of `values`; with `unknown`, an unknown one (NULL) too, so that 'every order with the code
    SPRING15' leaves out an order with no code. Built by sqlglot, bracketed to sit among ANDed conditions."""
    column = sqlglot.parse_one(expr, read="duckdb")
    said = exp.not_(column.copy().isin(*(exp.convert(v) for v in values)))
    return exp.paren(exp.or_(exp.Is(this=column, expression=exp.Null()), said) if unknown else said).sql(dialect="duckdb")


LONG_LIST = 6


def shared_words(labels: list[str]) -> str:
    """The words every one of a long list of values holds, in the first one's order ('Speaker' of 'Apple Speaker 166',
    'Bose Speaker 113' ...: the product names a kind or a partial name found): a label names them by those words and
    their number, since 48 names on a card hide what was meant (the definition keeps every value, the SQL lists them).
    '' for a short list or when no word is shared."""
    if len(labels) <= LONG_LIST:
        return ""
    shared = set.intersection(*({w.lower() for w in label.split()} for label in labels))
    return " ".join(w for w in labels[0].split() if w.lower() in shared and any(ch.isalnum() for ch in w))


def unknown_is_other(catalog: Catalog, event: str, dim_name: str) -> bool:
    """Does an event of no value of this dimension count as one of another value ('always X', EventCondition.other_than)?

    Decided: only when the value is the event's own, recorded on its row (an order's coupon code, a visit's device):
    a row recorded without one had none, another value (an order with no code is no SPRING15 order). A value of
    another row the event points at (its item's category, its store's format, its promotion, its day) is unknown when
    that row or its value is missing (TPC-DS: sales of no item category, of no store): the event is not counted as
    another value, as a careful analyst keeps a customer whose every known value was X; the reading says so in a note
    (NOTES 'unknown_not_other'). Counted as another, a customer with one sale of an unknown category was dropped
    from 'always Books', while a sale of no store (left out by the join) was not: one rule for both now."""
    ev = catalog.events[event]
    dim = ev.dimensions[dim_name]
    return not dim.via and dim.column.rsplit(".", 1)[0] == ev.table


@functools.lru_cache(maxsize=1024)
def qualify_condition(condition: str, alias: str) -> str:
    """Prefix the bare columns of a catalog condition with the event table's alias. Kept by its text: an event's
    condition is the catalog's, the same in every request, and parsing it was a fifth of a translation's time."""
    tree = sqlglot.parse_one(condition, read="duckdb")
    for col in tree.find_all(exp.Column):
        if not col.table:
            col.set("table", exp.to_identifier(alias))
    return tree.sql(dialect="duckdb")


class Joins:
    """FROM a base table and the joins along catalog relationship paths, one alias per distinct path prefix (so
    two roles of one table, sold_date and ship_date, are two joins)."""

    def __init__(self, table: str, alias: str, prefix: str = "j"):
        """`prefix`: of the joins' aliases; a subquery's own ('oj') never shadows the query around it."""
        self.base, self.aliases, self.clauses = f"{table} AS {alias}", {(): alias}, []
        self.tables = {table: alias}
        self.prefix = prefix

    def reach(self, steps: list[Step]) -> str:
        """The alias of the table at the end of `steps`, joining what is missing."""
        prefix: tuple = ()
        for step in steps:
            here = self.aliases[prefix]
            prefix += ((step.rel.from_, step.rel.name, step.forward),)
            if prefix not in self.aliases:
                alias = f"{self.prefix}{len(self.aliases)}"
                self.aliases[prefix] = alias
                self.tables.setdefault(step.table, alias)
                self.clauses.append(f"JOIN {step.table} AS {alias} ON {alias}.{step.there.rsplit('.', 1)[1]} = "
                                    f"{here}.{step.here.rsplit('.', 1)[1]}")
        return self.aliases[prefix]

    def sql(self) -> str:
        return " ".join([self.base, *self.clauses])


def profile_select(catalog: Catalog, table: str, predicate: Callable[[Callable[[str], str]], str],
                   columns: tuple[str, ...], negated: bool = False) -> tuple[str, bool]:
    """SELECT of the customer key where `predicate(ref)` holds on a profile table's row (`ref(column)` is how
    the SQL names one of the table's columns).

    The entity table and tables keyed by the customer are read directly, other tables through the relationship
    path from the entity table. Negated, on a table holding at most one row per customer (the entity table and
    tables reached through many-to-one relationships), a condition holds for customers whose value is known and
    does not match: an unknown value, or no current record, matches no profile condition. Returns the SQL and
    whether the negation is inside it (a table keyed by the customer may hold several rows per customer: the
    caller subtracts the positive set instead)."""
    key = catalog.entity.key
    link = customer_column(catalog, table)
    if link is not None:
        ref, head = (lambda c: c), (key if link == key else f"{link} AS {key}")
        source = f"{table}"
    else:
        joins = Joins(catalog.entity.table, "c")
        alias = joins.reach(profile_path(catalog, table) or [])
        ref, head, source = (lambda c: f"{alias}.{c}"), f"c.{key}", joins.sql()
    where = predicate(ref)
    inside = negated and (link is None or table == catalog.entity.table)
    if inside:
        where = " AND ".join([f"{ref(c)} IS NOT NULL" for c in columns] + [f"NOT ({where})"])
    return f"SELECT {head} FROM {source} WHERE {where}", inside


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


def _band(c: Comparison, lower: str, upper: str) -> str:
    """A comparison on a band [lower, upper]: above X means its lowest value is; under X, its highest; between
    A and B, both; exactly X, the band holds X."""
    if c.upper is not None:
        return f"{lower} >= {_num(c.value)} AND {upper} <= {_num(c.upper)}"
    if c.op in (">", ">="):   # bands are whole: 'above 150,000' holds the band starting at 150,001
        return f"{lower} >= {_num(c.value)}"
    if c.op in ("<", "<="):   # 'under 30,000' holds the band ending at 30,000
        return f"{upper} <= {_num(c.value)}"
    return f"{lower} <= {_num(c.value)} AND {upper} >= {_num(c.value)}"


def _profile_negated(c: Condition, catalog: Catalog, rendered: tuple[str, bool], label: str, meaning: str) -> Rendered:
    """A profile condition, negated inside its SQL (known and different) or by subtraction (see profile_select)."""
    sql, inside = rendered
    if not inside:
        return c._negate(catalog, Rendered(sql, label, meaning))
    return Rendered(sql, f"not: {label}", f"{catalog.entity.plural} whose value is known and does not match: {meaning}")


@dataclass
class ValueCondition(Condition):
    kind: Literal["value"] = "value"
    column: str = ""
    values: tuple[Scalar, ...] = ()
    labels: tuple[str, ...] = ()

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        label = " or ".join(self.labels)
        sql = profile_select(catalog, table, lambda ref: in_list(ref(col), self.values), (col,), self.negated)
        meaning = f"{self.column} is {' or '.join(lit(v) for v in self.values)}"
        return _profile_negated(self, catalog, sql, label, meaning)


@dataclass
class FlagValueCondition(Condition):
    """A yes/no column together with values of its table: 'opted in to SMS'."""
    kind: Literal["flag_value"] = "flag_value"
    flag: str = ""
    column: str = ""
    values: tuple[Scalar, ...] = ()
    labels: tuple[str, ...] = ()
    # what the row's yes/no holds: True yes ('opted in to SMS'), False a recorded no ('withdrew their email consent':
    # a row saying no, never a missing one), None either ('changed their SMS preference, in or out'); the row
    # exists in every case
    yes: bool | None = True
    # the period the row's yes/no was last set in, on that same row (the flag's `set_on` date column: 'gave us
    # email consent in the last 60 days' is the email row's own date); None any time
    set_in: Window | None = None

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        flag = self.flag.rsplit(".", 1)[1]
        what = " or ".join(self.labels)
        dated = catalog.column(self.flag).set_on

        def where(ref) -> str:
            said = [in_list(ref(col), self.values)]
            if self.yes is not None:
                said.append(ref(flag) if self.yes else f"NOT {ref(flag)}")
            if self.set_in is not None:
                said.append(self.set_in.condition(ref(dated), as_of))
            return " AND ".join(said)
        sql, _ = profile_select(catalog, table, where, (col, flag))
        state = {True: "", False: " (no)", None: " (yes or no)"}[self.yes]
        when = f", last changed {self.set_in.describe()}" if self.set_in is not None else ""
        held = {True: "true", False: "false", None: "true or false"}[self.yes]
        return self._negate(catalog, Rendered(
            sql, f"{flag.replace('_', ' ')}{state}: {what}{when}",
            f"{table}: {col} is {what} and {flag} is {held}" + (f", {dated} {self.set_in.describe()}" if when else "")))


@dataclass
class CompareCondition(Condition):
    kind: Literal["compare"] = "compare"
    column: str = ""
    comparison: Comparison | None = None
    age: bool = False
    year: bool = False      # the year of a birth date ('born in the 80s'): no finer than an age

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        columns: tuple[str, ...] = (col,)
        if self.year:   # a year of birth: an integer year as it is, a birth date by bounds on the first of January
            label = f"born {self.comparison.describe(years=True)}"
            meaning = f"year of {self.column} {self.comparison.describe(years=True)}; unknown birth dates never match"
            if catalog.column(self.column).role == "birth_date":
                sql = profile_select(catalog, table, lambda ref: _years_of_birth(self.comparison, ref(col)), columns,
                                     self.negated)
                return _profile_negated(self, catalog, sql, label, meaning)

            def expr(ref):
                return ref(col)
        elif self.age:
            parts = birth_parts(catalog, table)
            if parts is not None:   # integer year, month, day: the birth date is made from them
                columns = tuple(p for p in parts if p)

                def born(ref):
                    month, day = (ref(parts[1]), ref(parts[2])) if parts[1] and parts[2] else ("7", "1")
                    return f"make_date({ref(parts[0])}, {month}, {day})"
            else:
                def born(ref):
                    return ref(col)

            def expr(ref):
                b = born(ref)
                return (f"date_diff('year', {b}, DATE '{as_of.isoformat()}') - CASE WHEN strftime({b}, '%m-%d') > "
                        f"'{as_of.strftime('%m-%d')}' THEN 1 ELSE 0 END")
            label = f"aged {self.comparison.describe()}"
            meaning = f"age in full years on {as_of} (from {self.column}) {self.comparison.describe()}; unknown ages never match"
        elif catalog.column(self.column).range_upper:
            # a band (income 150,001-160,000) matches when it lies entirely on the asked side
            upper = catalog.column(self.column).range_upper
            columns = (col, upper)
            label = f"{(catalog.column(self.column).synonyms or [col])[0]} {self.comparison.describe()}"
            meaning = f"bands [{self.column}, {upper}] lying entirely {self.comparison.describe()}"
            sql = profile_select(catalog, table, lambda ref: _band(self.comparison, ref(col), ref(upper)), columns,
                                 self.negated)
            return _profile_negated(self, catalog, sql, label, meaning)
        else:
            def expr(ref):
                return ref(col)
            label = f"{col.replace('_', ' ')} {self.comparison.describe()}"
            meaning = f"{self.column} {self.comparison.describe()}"
        sql = profile_select(catalog, table, lambda ref: self.comparison.sql(expr(ref)), columns, self.negated)
        return _profile_negated(self, catalog, sql, label, meaning)


def _years_of_birth(cmp: Comparison, column: str) -> str:
    """Whole years of birth as bounds on the first of January (what the guard lets a birth date be compared with):
    'born in the 80s' is born on or after 1980-01-01 and before 1990-01-01."""
    lo, hi = {"=": (cmp.value, cmp.value), ">": (cmp.value + 1, None), ">=": (cmp.value, None),
              "<": (None, cmp.value - 1), "<=": (None, cmp.value)}[cmp.op] if cmp.upper is None else (cmp.value, cmp.upper)
    bounds = ([f"{column} >= DATE '{int(lo):04d}-01-01'"] if lo is not None else []) + \
             ([f"{column} < DATE '{int(hi) + 1:04d}-01-01'"] if hi is not None else [])
    return " AND ".join(bounds)


@dataclass
class DateCondition(Condition):
    """A date of the profile in a window ('signed up this year', 'born in 1990'), or in calendar months of any
    year ('a birthday in October': months=(10,)), or its anniversary in a window ('a birthday in the next 7 days':
    the date's month and day, any year, among the window's days)."""
    kind: Literal["date"] = "date"
    column: str = ""
    window: Window | None = None
    months: tuple[int, ...] = ()
    anniversary: bool = False      # the window's days are read as month and day of any year (a birthday)

    def render(self, catalog, as_of):
        table, col = self.column.rsplit(".", 1)
        on_day = _on_day(catalog, self.column)
        if self.anniversary:
            said = f"anniversary (any year) {self.window.describe()}"
            parts = birth_parts(catalog, table)
            if parts is not None and parts[1] and parts[2]:     # month and day of birth stored as integers
                month, day = parts[1], parts[2]
                sql = profile_select(catalog, table, lambda ref: _month_days(
                    f"{ref(month)} * 100 + {ref(day)}", self.window, as_of, lambda m, d: str(m * 100 + d)),
                    (month, day), self.negated)
            else:
                sql = profile_select(catalog, table, on_day(lambda day: _month_days(
                    f"strftime({day}, '%m-%d')", self.window, as_of, lambda m, d: f"'{m:02d}-{d:02d}'")),
                    (col,), self.negated)
        elif self.months:
            said = "in " + " or ".join(calendar.month_name[m] for m in self.months)
            parts = birth_parts(catalog, table)
            if parts is not None and parts[1]:     # the month of birth stored as its own integer
                col = parts[1]
                sql = profile_select(catalog, table, lambda ref: in_list(ref(col), self.months), (col,), self.negated)
            else:
                sql = profile_select(catalog, table, on_day(lambda day: in_list(f"month({day})", self.months)),
                                     (col,), self.negated)
        elif catalog.column(self.column).role == "birth_date" and self.window.amount is None:
            # born in whole years: the bounds alone (a birth date is never after as_of, no closing bound needed)
            said, w = self.window.describe(), self.window
            bounds = [f"{{c}} >= DATE '{w.start.isoformat()}'" if w.start else "",
                      f"{{c}} < DATE '{w.end.isoformat()}'" if w.end else ""]
            sql = profile_select(catalog, table, lambda ref: " AND ".join(b.format(c=ref(col)) for b in bounds if b),
                                 (col,), self.negated)
        else:
            said = self.window.describe()
            sql = profile_select(catalog, table, on_day(lambda day: self.window.condition(day, as_of)), (col,),
                                 self.negated)
        return _profile_negated(self, catalog, sql, f"{col.replace('_', ' ')} {said}", f"{self.column} {said}")


def _days_back(as_of: dt.date, amount: int, unit: str) -> dt.date:
    """The first day of 'the last N days (months)' before as_of, as the engine counts an interval (a month back
    from the 31st is the last day of a shorter month)."""
    if unit == "DAY":
        return as_of - dt.timedelta(days=amount)
    index = as_of.year * 12 + as_of.month - 1 - amount
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(as_of.day, calendar.monthrange(year, month + 1)[1]))


def _month_days(expr: str, window: Window, as_of: dt.date, literal: Callable[[int, int], str]) -> str:
    """`expr` (a date's month and day, as `literal` writes one) among the month-days of the window's days: one
    range, or the days outside the other one when they cross the end of a year ('from 28 December to 3 January':
    not from 4 January to 27 December); every day of the year when they cover one. Always one range of month-days
    (the only way the guard lets a birth date's day be read: assistant/sql/personal.py)."""
    first = window.start if window.amount is None else _days_back(as_of, window.amount, window.unit)
    last = (window.end or as_of + dt.timedelta(days=1)) - dt.timedelta(days=1)
    if first is None or (last - first).days >= 365:
        return f"{expr} IS NOT NULL"
    if (first.month, first.day) <= (last.month, last.day):
        return f"{expr} BETWEEN {literal(first.month, first.day)} AND {literal(last.month, last.day)}"
    # a leap year counts 29 February among the days outside (a birthday on it is in the window only when said)
    after = dt.date(2000, last.month, last.day) + dt.timedelta(days=1)
    before = dt.date(2000, first.month, first.day) - dt.timedelta(days=1)
    return f"NOT ({expr} BETWEEN {literal(after.month, after.day)} AND {literal(before.month, before.day)})"


def _on_day(catalog: Catalog, column: str) -> Callable[[Callable[[str], str]], Callable[[Callable[[str], str]], str]]:
    """A predicate on a profile column's day, as profile_select takes it: on the column itself, or, when the column
    holds the key of the date dimension ('join_date_sk', yyyymmdd), on the calendar's date of that key (compared as
    it is, the key was a number set against a date)."""
    col = column.rsplit(".", 1)[1]
    day = calendar_date(catalog, column)
    if day is None:
        return lambda on: (lambda ref: on(ref(col)))
    dd = catalog.date_dimension
    return lambda on: (lambda ref: f"{ref(col)} IN (SELECT {dd.key} FROM {dd.table} WHERE {on(dd.date)})")


@dataclass
class IndicatorCondition(Condition):
    """An indicator's value: one of its values ('journey stage: retention'), or a number of a numeric one
    compared ('lifetime spend above 1,000')."""
    kind: Literal["indicator"] = "indicator"
    indicator: str = ""
    values: tuple[Scalar, ...] = ()
    comparison: Comparison | None = None

    def render(self, catalog, as_of):
        ind = catalog.indicators[self.indicator]
        key = catalog.entity.key
        if self.comparison is not None:
            said, where = self.comparison.describe(), self.comparison.sql("value")
            label = f"{ind.label} {said}"
        else:
            said, where = " or ".join(self.values), in_list("value", self.values)
            label = f"{ind.label}: {said}"
        if ind.refresh == "daily" and catalog.materialised.get(self.indicator) == as_of.isoformat():
            sql = f"SELECT {key} FROM {SCHEMA}.{self.indicator} WHERE {where}"
            meaning = f"daily indicator {self.indicator}, materialised as of {as_of}, is {said}"
        else:
            sql = f"SELECT {key} FROM ({render(ind.sql, as_of)}) AS i WHERE {where}"
            meaning = f"indicator {self.indicator} ({ind.refresh}) is {said}"
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
                                  f"(its window is a length of time from today): it uses its own, {term.parameters['window']}")
            if self.window.amount is not None or (self.window.start is not None and self.window.end is None):
                meaning += f" Window set by the request: {self.window.describe()}."
        sql = render(term.sql, as_of, params)
        return self._negate(catalog, Rendered(sql, term.term, f"glossary: {meaning}"))


@dataclass
class EventCondition(Condition):
    kind: Literal["event"] = "event"
    events: tuple[str, ...] = ()
    dims: dict[str, tuple[Scalar, ...]] = field(default_factory=dict)   # dimension -> its values
    # dimension -> values its events do NOT have, an unknown value (NULL) counted as another: 'not: a visit from a
    # device other than mobile' is what 'every visit from a smartphone' excludes
    other_than: dict[str, tuple[Scalar, ...]] = field(default_factory=dict)
    # dimension -> whether its events' value is the customer's own (True: 'in their own country', 'dans leur ville') or
    # another known one (False: 'abroad', 'in a country other than the one they live in'), compared row by row with the
    # customers' attribute the catalog pairs with the dimension (semantic.customers_own); {} none
    own_place: dict[str, bool] = field(default_factory=dict)
    window: Window | None = None
    # the days of the week its events fall on, ISO (1 Monday .. 7 Sunday): 'on Sundays', 'at the weekend'; () any day
    days: Annotated[tuple[StrictInt, ...], AfterValidator(weekdays.check)] = ()
    # the months of any year its events fall in (1 January .. 12 December): 'in December of any year', 'every summer';
    # () any month. 'in December' alone is a window (the latest December), never this
    months: Annotated[tuple[StrictInt, ...], AfterValidator(year_months.check)] = ()
    # the hours of the day its events fall in (0 from midnight .. 23 from 11pm): 'between 11pm and 2am' is (0, 1, 23),
    # 'after 10pm' (22, 23); () any hour. Only an event dated by a timestamp has one
    hours: Annotated[tuple[StrictInt, ...], AfterValidator(day_hours.check)] = ()
    # a date of the customer's own profile its events are on or after ('since joining', 'depuis leur inscription':
    # crm.customers.signup_date); None none. A key to the calendar ('join_date_sk') is compared on the calendar's date
    since: str | None = None
    # a yes/no row of the customer's own whose last change its events are on or after ('haven't been sent an email
    # since they opted in': the email consent row said yes, from its own date, the flag's `set_on`); None none
    since_set: FlagValueCondition | None = None
    # measures (or dimensions) of the events on their own row -> whether its events have one: 'rated tickets', 'tickets
    # notés' are the tickets with a satisfaction score (True), 'unrated tickets' those without (False); 'orders with a
    # promo code' those whose coupon holds a value, 'without a promo code' those whose coupon holds none; counts,
    # averages, first/last and rankings are all taken over those events only. {} any event
    measured: dict[str, bool] = field(default_factory=dict)
    count: Comparison | None = None
    # the count counts the different calendar days its events fall on, not the events ('ordered online on at least 3
    # separate days', 'venus sur le site au moins 8 jours différents'): two orders on one day are one day
    days_counted: bool = False
    amount: Comparison | None = None
    # beside a measure of each event ('an order of 4+ units'), a bound on that same event's own amount ('... for under
    # €80'): each event counted meets both; None none
    own_amount: Comparison | None = None
    average: bool = False
    first: bool = False
    last: bool = False                              # their latest event falls in the window ('last purchase in May')
    rank: float | None = None                       # top N percent by spend
    measure: str | None = None                      # a measure of the events instead of their amount
    top: int | None = None                          # the N customers with the highest amount (ties: lowest key)
    among: list[AnyCondition] = field(default_factory=list)   # 'top 200 Texas customers': ranked among those only
    # 'whose first purchase was in an outlet store': first/last is taken over every event of these (each source of
    # the kind, unfiltered), and the event at that time must be one of `events` with `dims` (and `amount`, each
    # event's); empty: first/last among `events` with `dims` themselves ('their first store purchase was in May')
    over: tuple[str, ...] = ()
    # 'received the email and then bought within 5 days of it': these events only count after (within a time of)
    # the behaviour said before them, for the same customer
    after: Follows | None = None
    # 'none of the last 5 emails we sent them was opened', 'whose last 3 purchases were all online': these events are
    # counted among the customer's n latest events of another behaviour (the same events: one table, one id), `count`
    # comparing how many of those n they are (None: at least one); a customer with fewer than n is out
    of_latest: Latest | None = None
    # 'bought from us three months running', 'trois mois d'affilée': its events fall in at least this many calendar
    # months in a row, each of them with one at least (inside the window); None no such run
    running: int | None = None
    # another date of the events than the one dating them, by its name in the catalog (`dates`: a contract's end, a
    # booking's arrival): the window, first and last are on it ('a lease that ends in the next 6 months'); '' their own
    date: str = ""

    def _dating(self, catalog: Catalog, name: str):
        """The event, or its other date this condition is on: what says whether it runs ahead of today."""
        return dating(catalog, catalog.events[name], self.date)

    def _branch(self, catalog: Catalog, name: str, as_of: dt.date, mode: str, shared: tuple[str, ...] = ()) -> str:
        """One event's rows: the customer, and (mode 'count') the event id or (mode 'rows') the event id, its
        time and amount, and its value of each dimension `shared` ('same_category'). Dimensions, the date dimension
        and the amount's table join along catalog paths."""
        ev = catalog.events[name]
        key = catalog.entity.key
        joins = Joins(ev.table, "e")
        steps, customer_col = customer_path(catalog, ev)      # its own column, or along a relationship (a card's)
        customer = f"{joins.reach(steps)}.{customer_col.rsplit('.', 1)[1]}"

        def value(dim_name: str) -> str:      # the event's own value of a dimension, joined along its path
            dim = ev.dimensions[dim_name]
            return f"{joins.reach(dimension_path(catalog, ev, dim.column, dim.via))}.{dim.column.rsplit('.', 1)[1]}"

        where = []
        column = ev.measures[self.measure].column if self.measure else ev.amount
        amount = f"e.{column}" if column else "NULL"
        lines = self._lines(catalog, name)
        if lines is not None:   # a measure of the event's lines ('units'): each line's, summed per event (_per_event)
            amount = f"{joins.reach(dimension_path(catalog, ev, lines, []))}.{lines.rsplit('.', 1)[1]}"
        for dim_name, values in self.dims.items():
            dim = ev.dimensions[dim_name]
            table, col = dim.column.rsplit(".", 1)
            alias = joins.reach(dimension_path(catalog, ev, dim.column, dim.via))
            where.append(in_list(f"{alias}.{col}", values))
            if dim.amount and not self.measure:
                amount_table, amount_col = dim.amount.rsplit(".", 1)
                if amount_table in joins.tables:
                    amount = f"{joins.tables[amount_table]}.{amount_col}"
        for dim_name, values in self.other_than.items():
            dim = ev.dimensions[dim_name]
            alias = joins.reach(dimension_path(catalog, ev, dim.column, dim.via))
            where.append(other_than(f"{alias}.{dim.column.rsplit('.', 1)[1]}", values,
                                    unknown=unknown_is_other(catalog, name, dim_name)))
        for dim_name, same in self.own_place.items():     # 'abroad': the store's country against their own
            where.append(own_value(catalog, customers_own(catalog, ev, dim_name), value(dim_name),
                                   customer, same))
        date = self.date if self.date and other_date(catalog, ev, self.date) else ""
        time_steps, time_col = event_time(catalog, ev, date)
        ts = f"{joins.reach(time_steps)}.{time_col.rsplit('.', 1)[1]}"
        conditions = []
        if not ev.where or steps or ev.customer_key not in ev.where:
            conditions.append(f"{customer} IS NOT NULL")
        if ev.where:
            conditions.append(qualify_condition(ev.where, "e"))
        conditions += where
        calendar = {part: f"{ts.split('.')[0]}.{col}" for part, col in calendar_columns(catalog, ev, date).items()}
        edge = self.first or self.last     # the window is the first's or the latest's, not each event's
        period = self.window.calendar(calendar, as_of) if self.window is not None and not edge else None
        ahead = self._dating(catalog, name).ahead
        if self.window is not None and self.window.later(as_of) and not ahead and not self.window.asked:
            # a period after today said of a behaviour recorded up to today: its rows then are read, and said to be none
            label = " or ".join(catalog.events[e].label for e in self.events if not self._dating(catalog, e).ahead)
            note = NOTES["after_today"].format(window=self.window.text, as_of=as_of.isoformat(), label=label)
            if note not in self.notes:
                self.notes.append(note)
        if period is not None:   # whole years, quarters, months: the warehouse's own calendar says which days
            conditions += [period] if self.window.later(as_of) else [period, until(ts, as_of)]
        elif self.window is not None and not edge:
            conditions.append(self.window.condition(ts, as_of))
        elif not ahead or self.last and not (self.window is not None and self.window.later(as_of)):
            # nothing dated after as_of counts, even without a window; nor, of events that run ahead, for the latest
            # one ('whose last trip was more than a year ago': the latest trip taken, never the one booked ahead)
            conditions.append(until(ts, as_of))
        if self.days:
            conditions.append(weekdays.on_days(ts, self.days))
        if self.months:
            conditions.append(year_months.in_months(ts, self.months))
        if self.hours:
            conditions.append(day_hours.in_hours(ts, self.hours))
        if self.since:
            conditions.append(since_own_date(catalog, self.since, ts, customer))
        if self.since_set is not None:
            conditions.append(since_own_row(catalog, self.since_set, ts, customer))
        for held, present in self.measured.items():     # 'rated tickets': those with a score; 'with a promo code'
            column = own_row_column(ev, held).rsplit(".", 1)[1]
            conditions.append(f"e.{column} IS {'NOT ' * present}NULL")
        if self.after is not None:
            conditions.append(self.after.condition(catalog, as_of, ts, customer,
                                                   again=name in self.after.anchor.events,
                                                   values={d: value(d) for d in self.after.same}))
        event_id = f"e.{ev.id}" if ev.id else "NULL"
        if mode == "count" and self.days_counted:     # each calendar day with an event is counted once
            event_id = f"CAST({ts} AS DATE)"
        if mode == "keys":
            cols = f"{customer} AS {key}"
        elif mode == "count":
            # An event joined to its lines appears once per line: count it once.
            cols = f"DISTINCT {customer} AS {key}, {event_id} AS event_id" if ev.id or self.days_counted \
                else f"{customer} AS {key}, NULL AS event_id"
        else:
            cols = f"{customer} AS {key}, {lit(name)} AS src, {event_id} AS event_id, {ts} AS ts, {amount} AS amount"
            if self.own_amount is not None:    # the event's own amount beside its measure ('4+ units for under €80')
                cols += f", e.{ev.amount} AS own" if ev.amount else ", NULL AS own"
            cols += "".join(f", {value(d)} AS same_{d}" for d in shared)
        return f"SELECT {cols} FROM {joins.sql()} WHERE {' AND '.join(conditions)}"

    def _lines(self, catalog: Catalog, name: str) -> str | None:
        """The qualified column of this condition's measure when it is on another table than the event's own (its
        lines: 'pos.transaction_lines.quantity'), else None."""
        if not self.measure:
            return None
        ev = catalog.events[name]
        column = measure_column(ev, ev.measures[self.measure].column)
        return column if column.rsplit(".", 1)[0] != ev.table else None

    def _per_event(self, catalog: Catalog, source: str) -> str:
        """Rows rolled up to one per event (a ticket or an order): its first time and its amount. A line-grain
        event, or an amount read on its lines, sums them (the basket); an event's own amount repeated on each
        line it joined is read once."""
        key = catalog.entity.key
        # a measure on an event's own row (a ticket's score) is read once, however many lines the event joined
        summed = any(catalog.events[e].grain == "line" or self._lines(catalog, e) is not None or
                     not self.measure and any(catalog.events[e].dimensions[d].amount for d in self.dims)
                     for e in self.events)
        agg = "sum" if summed else "max"
        # the event's own amount: a line-grain event's lines summed, an event's own row read once
        own = "" if self.own_amount is None else \
            f", {'sum' if any(catalog.events[e].grain == 'line' for e in self.events) else 'max'}(own) AS own"
        return (f"SELECT {key}, min(ts) AS ts, {agg}(amount) AS amount{own} FROM ({source}) AS l "
                f"GROUP BY {key}, src, event_id")

    def _at_edge(self, catalog: Catalog, as_of: dt.date, with_time: bool = False) -> str:
        """Customers whose first (or latest) event over every event of `over` is one of `events` with `dims`:
        each customer's earliest (latest) time over all of them, its window on that time, then the events of that
        kind at that very time (ties: any event at that time counts)."""
        key = catalog.entity.key
        over = self.over or self.events
        ranked = replace(self, events=over, dims={} if self.over else self.dims, days=() if self.over else self.days,
                         own_place={} if self.over else self.own_place,
                         months=() if self.over else self.months,
                         hours=() if self.over else self.hours, since=None if self.over else self.since,
                         since_set=None if self.over else self.since_set, measure=None, window=None)
        rows = " UNION ALL ".join(ranked._branch(catalog, e, as_of, "rows") for e in over)
        edge = "min" if self.first else "max"
        times = f"SELECT {key}, {edge}(ts) AS ts FROM ({rows}) AS a GROUP BY {key}"
        if self.window is not None:
            times += f" HAVING {self.window.condition(f'{edge}(ts)', as_of)}"
        kind = " UNION ALL ".join(self._branch(catalog, e, as_of, "rows") for e in self.events)
        if all(catalog.events[e].id for e in self.events):
            kind = self._per_event(catalog, kind)
        sql = f"SELECT DISTINCT q.{key}{', q.ts' if with_time else ''} FROM ({kind}) AS q JOIN ({times}) AS t " \
              f"ON t.{key} = q.{key} AND t.ts = q.ts"
        return sql + (f" WHERE {self.amount.sql('q.amount')}" if self.amount is not None else "")

    def anchorable(self) -> bool:
        """Can a behaviour be read after this one: one time per event (each event, or the first or latest one),
        never a count, a total, a rank or a negation, which no single time belongs to."""
        plain = self.count is None and self.rank is None and self.top is None and not self.average \
            and self.measure is None and self.running is None
        return not self.negated and plain and (self.amount is None or self._edge())

    def times(self, catalog: Catalog, as_of: dt.date, shared: tuple[str, ...] = ()) -> str:
        """SELECT of (customer key, ts): the time of each of these events, or of the first (latest) one alone; with
        each event's value of the dimensions `shared` ('same_category': each event's, never a first's or latest's)."""
        key = catalog.entity.key
        if self._edge():
            return self._at_edge(catalog, as_of, with_time=True)
        rows = " UNION ALL ".join(self._branch(catalog, e, as_of, "rows", shared) for e in self.events)   # a first's: no window
        if shared:
            return f"SELECT {key}, ts, {', '.join(f'same_{d}' for d in shared)} FROM ({rows}) AS a"
        if self.first or self.last:
            edge = "min" if self.first else "max"
            times = f"SELECT {key}, {edge}(ts) AS ts FROM ({rows}) AS a GROUP BY {key}"
            return times + (f" HAVING {self.window.condition(f'{edge}(ts)', as_of)}" if self.window is not None else "")
        return f"SELECT {key}, ts FROM ({rows}) AS a"

    def _edge_after(self) -> bool:
        """'whose very first ticket came within 30 days after their first online order': the first (latest) of these
        events is the one that must follow the other behaviour, not any of them (with no period, first/last meant
        nothing, and any ticket after the order was taken, silently)."""
        return (self.first or self.last) and self.after is not None and not self.after.same and self.window is None \
            and self.count is None and self.amount is None and self.rank is None and self.top is None \
            and not self.average and not self.over

    def _at_edge_after(self, catalog: Catalog, as_of: dt.date) -> str:
        """The customers whose first (latest) event of these, taken over all of them, follows the other behaviour."""
        key = catalog.entity.key
        times = replace(self, after=None).times(catalog, as_of)     # each customer's first (latest) one, no period
        follows = self.after.condition(catalog, as_of, "f.ts", f"f.{key}",
                                       again=any(e in self.after.anchor.events for e in self.events))
        return f"SELECT {key} FROM ({times}) AS f WHERE {follows}"

    def _edge(self) -> bool:
        """The first or latest event itself is qualified (by its kind over several, or its own amount)."""
        return (self.first or self.last) and (bool(self.over) or self.amount is not None) and self.count is None \
            and self.rank is None and self.top is None and not self.average

    def _in_a_row(self, catalog: Catalog, as_of: dt.date) -> str:
        """Customers with events in `running` calendar months in a row: each customer's months with an event numbered
        (year * 12 + month), and a run is the months whose number less their rank is the same."""
        key = catalog.entity.key
        rows = " UNION ALL ".join(self._branch(catalog, e, as_of, "rows") for e in self.events)
        months = f"SELECT DISTINCT {key}, year(ts) * 12 + month(ts) AS mo FROM ({rows}) AS p"
        runs = f"SELECT {key}, mo - row_number() OVER (PARTITION BY {key} ORDER BY mo) AS run FROM ({months}) AS m"
        return f"SELECT DISTINCT {key} FROM ({runs}) AS r GROUP BY {key}, run HAVING count(*) >= {int(self.running)}"

    def render(self, catalog, as_of):
        if self.running is not None:
            return self._negate(catalog, Rendered(self._in_a_row(catalog, as_of), self._label(catalog),
                                                  self._meaning(catalog)))
        if self.of_latest is not None:
            return self._negate(catalog, Rendered(self.of_latest.sql(catalog, as_of, self), self._label(catalog),
                                                  self._meaning(catalog)))
        if self._counts_none():
            return self._with_none(catalog, as_of)
        if self._edge_after():
            return self._negate(catalog, Rendered(self._at_edge_after(catalog, as_of), self._label(catalog),
                                                  self._meaning(catalog)))
        if self._edge():
            return self._negate(catalog, Rendered(self._at_edge(catalog, as_of), self._label(catalog),
                                                  self._meaning(catalog)))
        key = catalog.entity.key
        first = (self.first or self.last) and self.window is not None  # "first", "last" only mean something with a window
        aggregated = self.count is not None or self.amount is not None or first or self.rank is not None or \
            self.top is not None
        mode = "count" if self.count is not None and self.amount is None and not first and self.rank is None \
            and self.top is None else \
            ("rows" if aggregated else "keys")
        branches = [self._branch(catalog, e, as_of, mode) for e in self.events]
        source = branches[0] if len(branches) == 1 else " UNION ALL ".join(branches)
        if mode == "count" and self.days_counted and len(branches) > 1:    # a day in store and online: one day
            source = f"SELECT DISTINCT {key}, event_id FROM ({source}) AS d"
        if mode == "rows" and all(catalog.events[e].id for e in self.events):
            source = self._per_event(catalog, source)
        agg = catalog.events[self.events[0]].measures[self.measure].agg if self.measure else "sum"
        if not aggregated:
            sql = source if len(branches) == 1 else f"SELECT {key} FROM ({source}) AS p"
        else:
            having = []
            per_event = self._each(catalog)
            if per_event:   # "at least one order over $400": the amount is each order's, the count of such orders
                each = self.amount.sql('amount') + (f" AND {self.own_amount.sql('own')}" if self.own_amount else "")
                having.append(self.count.sql(f"count(*) FILTER (WHERE {each})"))
            elif self.count is not None:
                having.append(self.count.sql("count(*)"))
            if self.amount is not None and not per_event:
                having.append(self.amount.sql("avg(amount)" if self.average else f"{agg}(amount)"))
            if self.first and self.window is not None:
                having.append(self.window.condition("min(ts)", as_of))
            if self.last and self.window is not None:
                having.append(self.window.condition("max(ts)", as_of))
            if self._ranks_the_average():
                agg = "avg"
            if self.top is not None:
                among = [c.render(catalog, as_of).sql for c in self.among]
                where = " AND ".join(f"{key} IN (SELECT {key} FROM ({sql}) AS a{i})" for i, sql in enumerate(among))
                inner = f"SELECT {key}, {agg}(amount) AS v FROM ({source}) AS p " + (f"WHERE {where} " if where else "") + \
                    f"GROUP BY {key}"
                if having:
                    inner += " HAVING " + " AND ".join(having)
                sql = f"SELECT {key} FROM ({inner}) AS r ORDER BY v DESC NULLS LAST, {key} LIMIT {int(self.top)}"
            elif self.rank is not None:
                # 'top 10% of our Canadian customers': ranked among those (with an event in the window) only
                among = [c.render(catalog, as_of).sql for c in self.among]
                where = " AND ".join(f"{key} IN (SELECT {key} FROM ({sql}) AS a{i})" for i, sql in enumerate(among))
                inner = f"SELECT {key}, percent_rank() OVER (ORDER BY {agg}(amount)) AS pr FROM ({source}) AS p " + \
                    (f"WHERE {where} " if where else "") + f"GROUP BY {key}"
                if having:
                    inner += " HAVING " + " AND ".join(having)
                sql = f"SELECT {key} FROM ({inner}) AS r WHERE pr >= {lit(round(1 - self.rank / 100, 6))}"
            else:
                sql = f"SELECT {key} FROM ({source}) AS p GROUP BY {key} HAVING {' AND '.join(having)}"
        return self._negate(catalog, Rendered(sql, self._label(catalog), self._meaning(catalog)))

    def _date_label(self, catalog, lang: str = "en") -> str:
        """The other date's name in `lang`: its label, else its first word, else its name in the catalog."""
        dates = [d for e in self.events if (d := other_date(catalog, catalog.events[e], self.date))]
        said = [w.label or next(iter(w.synonyms), "") for w in (dates[0].words(lang), dates[0].words())] if dates else []
        return next((w for w in said if w), self.date.replace("_", " "))

    def _ranks_the_average(self) -> bool:
        """'top 10% by average basket': ranked by the average amount per event (no amount bound said)."""
        return self.average and self.amount is None and (self.rank is not None or self.top is not None)

    def _ranked_by(self) -> str:
        what = "spend" if self.measure is None else self.measure
        return f"average {what} per event" if self._ranks_the_average() else what

    def _each(self, catalog) -> bool:
        """A count and an amount together: the amount is each event's ('at least one order over $400')."""
        return self.count is not None and self.amount is not None and not self.average and \
            all(catalog.events[e].id for e in self.events)

    def _counts_none(self) -> bool:
        """'clicked fewer than 2 times': customers who never clicked have fewer than 2 clicks too."""
        c = self.count
        return c is not None and c.upper is None and c.op in ("<", "<=") and self.amount is None \
            and self.rank is None and not self.first and not self.last

    def _with_none(self, catalog: Catalog, as_of: dt.date) -> Rendered:
        """Fewer than N = every customer except those with at least N (so those with none are in)."""
        at_least = Comparison(">=" if self.count.op == "<" else ">", self.count.value, 0, 0, times=True)
        other = EventCondition(self.start_tok, self.end_tok, negated=not self.negated, events=self.events,
                               dims=self.dims, other_than=self.other_than, window=self.window, days=self.days,
                               months=self.months, hours=self.hours, since=self.since, since_set=self.since_set,
                               measured=self.measured, days_counted=self.days_counted,
                               count=at_least, average=self.average, after=self.after)
        r = other.render(catalog, as_of)
        label = self._label(catalog).replace(f"({self._times()})", f"({self._times()}, none included)")
        return Rendered(r.sql, f"not: {label}" if self.negated else label, r.meaning)

    def _times(self) -> str:
        """'at least 2 times', 'exactly 1 time'; 'on at least 3 different days'."""
        c = self.count
        if self.days_counted:
            return WORDING["days_counted"].format(count=c.describe())
        return f"{c.describe()} {'time' if c.value == 1 and c.upper is None else 'times'}"

    def _what(self, catalog) -> str:
        labels = [catalog.events[e].label for e in self.events]
        what = " or ".join(labels)
        for dim, values in self.dims.items():
            held = shared_words(list(map(str, values)))
            what += f", {dim.replace('_', ' ')} " + (f"with '{held}' in it ({len(values)})" if held
                                                     else " or ".join(map(str, values)))
        for dim, values in self.other_than.items():
            unknown = any(unknown_is_other(catalog, e, dim) for e in self.events if dim in catalog.events[e].dimensions)
            what += f", {dim.replace('_', ' ')} other than {' or '.join(map(str, values))}{' (or unknown)' * unknown}"
        for dim, same in self.own_place.items():      # 'abroad': the store's country, other than their own
            ev = next(catalog.events[e] for e in self.events if dim in catalog.events[e].dimensions)
            what += WORDING["own_place"][same].format(dimension=dim.replace("_", " "),
                                                      column=attribute_words(catalog, customers_own(catalog, ev, dim)))
        for name, present in self.measured.items():     # 'with a satisfaction score' (wording.py: in each language)
            measure = next((catalog.events[e].measures[name] for e in self.events if name in catalog.events[e].measures),
                           None)
            # ... or a dimension ('with a coupon'), by its name
            what += WORDING["measured"][present].format(measure=getattr(measure, "label", "") or name.replace("_", " "))
        return what

    def _label(self, catalog) -> str:
        parts = []
        if self.top is not None:
            among = " and ".join(c.render(catalog, dt.date.today()).label for c in self.among)
            parts.append(f"top {self.top}{' among ' + among if among else ''} by "
                         f"{self._ranked_by()}:")
        elif self.rank is not None:
            among = " and ".join(c.render(catalog, dt.date.today()).label for c in self.among)
            parts.append(f"top {lit(self.rank)}%{' among ' + among if among else ''} by {self._ranked_by()}:")
        elif self.first:
            parts.append("first")
        elif self.last:
            parts.append("last")
        if self.over:
            parts.append("of " + " or ".join(catalog.events[e].label for e in self.over) + ":")
        parts.append(self._what(catalog))
        of = f" {self.measure.replace('_', ' ')}" if self.measure else ""    # wording.py gives the measure's label
        if self._each(catalog):
            own = f" and amount {self.own_amount.describe()}" if self.own_amount is not None else ""
            parts.append(f"({self._times()}, each{of} {self.amount.describe()}{own})")
        elif self.count is not None:
            parts.append(f"({self._times()})")
        if self.amount is not None and self._edge():
            parts.append(f"(amount {self.amount.describe()})")
        elif self.amount is not None and not self._each(catalog):
            parts.append(f"({'average' if self.average else 'total'}{of} {self.amount.describe()})")
        if self.days:
            parts.append(weekdays.describe(self.days, WORDING["days"]))
        if self.months:
            parts.append(year_months.describe(self.months, WORDING["year_months"]))
        if self.hours:
            parts.append(day_hours.describe(self.hours, WORDING["hours"]))
        if self.since:
            parts.append(WORDING["since"].format(column=_column_words(self.since)))
        if self.since_set is not None:
            parts.append(WORDING["since_set"].format(row=self.since_set.render(catalog, dt.date.today()).label))
        if self.date:
            parts[-1] += WORDING["event_date"].format(date=self._date_label(catalog))
        if self.window is not None:
            parts.append(self.window.describe())
        if self.after is not None:
            parts.append(self.after.describe(catalog))
        if self.of_latest is not None:
            parts.append(self.of_latest.describe(catalog))
        if self.running is not None:
            parts.append(WORDING["running"].format(n=self.running))
        return " ".join(parts)

    def _meaning(self, catalog) -> str:
        sources = []
        for e in self.events:
            ev = catalog.events[e]
            sources.append(f"{ev.table}" + (f" where {ev.where}" if ev.where else ""))
        return f"{self._label(catalog)}; from {' + '.join(sources)}"


@dataclass
class Follows:
    """A behaviour read after the behaviour said before it ('and then', 'since then', 'within 7 days of it'): an
    event counts when the same customer has an `anchor` event strictly earlier or, with `within`, at most that long
    after it (the anchor's own time included, unless the event is of the anchor's own kind: then strictly later). Compiled as a correlated EXISTS over the anchor's times, built by
    sqlglot, never by formatting words into SQL."""
    anchor: EventCondition
    within: int | None = None                      # at most this many units after the anchor
    unit: Literal["DAY", "MONTH"] = "DAY"
    # after the customer's latest anchor event only: 'bought in store but haven't ordered online since' is since their
    # last store purchase (an order between two store purchases does not count)
    latest: bool = False
    # 'looked at a product and then bought something from that same category': dimensions whose value the event
    # shares with that anchor event (each event's own value; an event with no value shares none)
    same: tuple[str, ...] = ()
    # 'visited the site and ordered online that same day', 'le même jour': on the calendar day of that anchor event,
    # before or after it (an event of the anchor's own kind: a later one that day); never with `within` or `latest`
    day: bool = False

    def condition(self, catalog: Catalog, as_of: dt.date, ts: str, customer: str, again: bool = False,
                  values: dict[str, str] | None = None) -> str:
        """The SQL condition on an event row whose time is `ts` and customer `customer` (qualified columns). `again`:
        the row is an event of the anchor's own kind ('a second purchase within 30 days of the first'), so strictly
        later than the anchor's (at its very time it is the anchor itself: everyone with one purchase had 'another').
        `values`: the row's own value of each dimension in `same` (qualified columns)."""
        key = catalog.entity.key
        times = sqlglot.parse_one(self.anchor.times(catalog, as_of, self.same), read="duckdb")
        if self.latest:
            times = exp.select(exp.column(key), exp.Max(this=exp.column("ts")).as_("ts")).from_(
                times.subquery("t")).group_by(exp.column(key))
        anchor = times.subquery("a")
        then = exp.column("ts", table="a")
        this = sqlglot.parse_one(ts, read="duckdb", into=exp.Column)
        same = exp.EQ(this=exp.column(key, table="a"), expression=sqlglot.parse_one(customer, read="duckdb",
                                                                                      into=exp.Column))
        if self.day:        # the same calendar day, whichever came first (a second one of the anchor's kind: later)
            order = [exp.EQ(this=exp.cast(this.copy(), "DATE"), expression=exp.cast(then.copy(), "DATE"))]
            order += [exp.GT(this=this.copy(), expression=then.copy())] if again else []
        elif self.within is None:
            order = [exp.GT(this=this, expression=then)]
        else:
            until_ = exp.Add(this=then.copy(), expression=exp.Interval(this=exp.Literal.string(str(int(self.within))),
                                                                      unit=exp.var(self.unit)))
            after = exp.GT if again else exp.GTE
            order = [after(this=this.copy(), expression=then.copy()), exp.LTE(this=this.copy(), expression=until_)]
        shared = [exp.EQ(this=exp.column(f"same_{d}", table="a"),
                         expression=sqlglot.parse_one(values[d], read="duckdb", into=exp.Column)) for d in self.same]
        query = exp.select(exp.Literal.number(1)).from_(anchor).where(exp.and_(same, *order, *shared))
        return exp.Exists(this=query).sql(dialect="duckdb")

    def describe(self, catalog: Catalog) -> str:
        said = self.anchor._label(catalog)
        shared = f", the same {' and '.join(d.replace('_', ' ') for d in self.same)}" if self.same else ""
        if self.day:
            return f"the same day as ({said}){shared}"
        if self.within is None:
            return f"after {'the latest ' if self.latest else ''}({said}){shared}"
        unit = self.unit.lower() + ("s" if self.within != 1 else "")
        return f"within {self.within} {unit} after ({said}){shared}"


@dataclass
class Latest:
    """The customer's n latest events of a behaviour ('the last five emails we sent them', 'their last 3 purchases'):
    `of`'s events with its values and period, by time (ties by table and id, so one same set each run). A condition
    with it counts its own events among those n, each the same event (one table, one id: an email received that was
    opened); a customer with fewer than n of them is out."""
    n: int
    of: EventCondition

    def sql(self, catalog: Catalog, as_of: dt.date, held: EventCondition) -> str:
        key = catalog.entity.key
        plain = replace(held, of_latest=None, count=None, negated=False)
        of = " UNION ALL ".join(
            f"SELECT {key}, {lit(catalog.events[e].table)} AS tbl, event_id, max(ts) AS ts FROM "
            f"({self.of._branch(catalog, e, as_of, 'rows')}) AS b GROUP BY {key}, event_id" for e in self.of.events)
        kept = " UNION ALL ".join(
            f"SELECT DISTINCT {key}, {lit(catalog.events[e].table)} AS tbl, event_id FROM "
            f"({plain._branch(catalog, e, as_of, 'rows')}) AS b" for e in held.events)
        ranked = (f"SELECT {key}, tbl, event_id, row_number() OVER (PARTITION BY {key} ORDER BY ts DESC, tbl, "
                  f"event_id) AS n FROM ({of}) AS o")
        among = held.count or Comparison(">=", 1, 0, 0, times=True)
        return (f"SELECT l.{key} FROM ({ranked}) AS l LEFT JOIN ({kept}) AS h ON h.{key} = l.{key} AND h.tbl = l.tbl "
                f"AND h.event_id = l.event_id WHERE l.n <= {int(self.n)} GROUP BY l.{key} "
                f"HAVING count(*) = {int(self.n)} AND {among.sql('count(h.event_id)')}")

    def describe(self, catalog: Catalog) -> str:
        return f"among their {self.n} latest ({self.of._label(catalog)})"


@dataclass
class OrCondition(Condition):
    """'either A or B': customers of any group, each group its conditions ANDed."""
    kind: Literal["any_of"] = "any_of"
    groups: list[list[AnyCondition]] = field(default_factory=list)      # each group ANDed, the groups ORed
    # exactly one of the groups holds: 'got the Spring Sale or the Summer Deals campaign but not both', 'en magasin ou
    # en ligne, mais pas les deux' (a customer of two groups is out)
    exclusive: bool = False

    def render(self, catalog, as_of):
        key = catalog.entity.key
        rendered = [[c.render(catalog, as_of) for c in group] for group in self.groups]
        for group in self.groups:
            for c in group:
                self.notes.extend(n for n in c.notes if n not in self.notes)
        branches = [" INTERSECT ".join(f"SELECT {key} FROM ({r.sql}) AS g{i}" for i, r in enumerate(group))
                    for group in rendered]
        if self.exclusive:
            sql = _exactly_one(key, branches)
        else:
            sql = " UNION ".join(f"SELECT {key} FROM ({b}) AS o{n}" for n, b in enumerate(branches))
        # a side denied alone is bracketed: 'not: VIP or online order' read as neither of them
        label = " or ".join("(" + " and ".join(r.label for r in g) + ")" if len(g) > 1 or self.exclusive or (
            len(rendered) > 1 and group[0].negated) else g[0].label for g, group in zip(rendered, self.groups))
        meaning = " OR ".join("(" + "; ".join(r.meaning for r in g) + ")" for g in rendered)
        if self.exclusive:
            return self._negate(catalog, Rendered(sql, f"exactly one of: {label}", f"exactly one of: {meaning}"))
        return self._negate(catalog, Rendered(sql, label, f"any of: {meaning}"))


def _exactly_one(key: str, branches: list[str]) -> str:
    """Customers in exactly one of the branches (each a SELECT of the key), built by sqlglot: each branch's customers
    tagged with its number, kept where one number alone is found."""
    tagged = None
    for n, branch in enumerate(branches):
        one = exp.select(exp.column(key), exp.Literal.number(n).as_("g")).from_(
            sqlglot.parse_one(branch, read="duckdb").subquery(f"x{n}"))
        tagged = one if tagged is None else exp.union(tagged, one, distinct=False)
    count = exp.Count(this=exp.Distinct(expressions=[exp.column("g")]))
    return exp.select(exp.column(key)).from_(tagged.subquery("t")).group_by(exp.column(key)) \
        .having(exp.EQ(this=count, expression=exp.Literal.number(1))).sql(dialect="duckdb")


Measure = Literal["amount", "count"]
# A ranking's measure may also be the average amount per event ('top 100 by average basket'), and so may a comparison
# of two behaviours ('average basket this year higher than last year's': each side's average, higher or lower)
RankMeasure = Literal["amount", "count", "average"]
_MEASURE_WORDS = {"amount": "spend on", "count": "number of", "average": "average spend per"}


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


def attribute_words(catalog: Catalog, column: str, lang: str = "en") -> str:
    """A column by the catalog's words for it in a language: its label, else its first synonym ('state' of
    ca_state), else its name."""
    words = catalog.column(column).words(lang)
    return words.label or next(iter(words.synonyms), "") or _column_words(column)


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
    measure: RankMeasure = "amount"        # (average: the average amount per event, over customers with one)
    column: str = ""                       # ... or by a number of their profile
    indicator: str = ""                    # ... or by a numeric indicator ('top 100 by lifetime spend')
    per: str = ""                          # ranked within each value of this profile column
    among: list[AnyCondition] = field(default_factory=list)   # 'top 200 Texas customers': ranked among those only

    def words(self, catalog: Catalog) -> str:
        size = f"{_num(self.n)} customers" if self.n is not None else f"{_num(self.percent)}% of customers"
        if self.among:
            size += " among " + " and ".join(c.render(catalog, dt.date.today()).label for c in self.among)
        if self.source is not None and self.source.measure and self.measure == "amount":    # 'by units bought'
            by = f"total {self.source.measure.replace('_', ' ')} of {self.source._label(catalog)}"
        elif self.source is not None:
            by = f"{_MEASURE_WORDS[self.measure]} {self.source._label(catalog)}"
        elif self.indicator:
            by = catalog.indicators[self.indicator].label
        else:
            by = _column_words(self.column)
        return f"top {size} by {by}" + (f", per {_column_words(self.per)}" if self.per else "")

    def render(self, catalog, as_of):
        key = catalog.entity.key
        if self.source is not None:
            value = {"amount": "sum(coalesce(amount, 0))", "average": "avg(amount)", "count": "count(*)"}[self.measure]
            rows = _event_rows(catalog, self.source, as_of, "count" if self.measure == "count" else "amount")
            values = f"SELECT {key}, {value} AS value FROM ({rows}) AS p GROUP BY {key}"
            if self.measure == "average":     # no amount, no average: never ranked first by a NULL
                values += " HAVING avg(amount) IS NOT NULL"
        elif self.indicator:
            values = f"SELECT {key}, value FROM ({render(catalog.indicators[self.indicator].sql, as_of)}) AS i " \
                     "WHERE value IS NOT NULL"
        else:
            table, col = self.column.rsplit(".", 1)
            values = f"SELECT {key}, {col} AS value FROM {table} WHERE {col} IS NOT NULL"
        if self.among:
            inside = " AND ".join(f"w.{key} IN (SELECT {key} FROM ({c.render(catalog, as_of).sql}) AS a{i})"
                                  for i, c in enumerate(self.among))
            values = f"SELECT w.* FROM ({values}) AS w WHERE {inside}"
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
    # 'average': each side's average amount per event, compared higher or lower (a customer with no event on a side
    # has no average there: out); never with a share or a margin
    measure: RankMeasure = "amount"
    # '>=' / '<=': the boundary is in ('at least twice as much', 'trois fois plus': 6 orders against 2 is three times)
    op: Literal[">", "<", ">=", "<="] = ">"
    # 'email click rate of 30% or more', 'opened 80% of the emails received': a share counted among the right side's
    # own events, the left's those of them that are also left events (one event id on one table: a message received
    # that was clicked, whenever clicked); the right side's window is both sides'. A count share only
    within: bool = False
    # 'more than 80% of their spend online': the left side against this share of the right; above 1 a multiple of
    # it ('20% more' 1.2, 'twice as much' 2)
    share: float | None = None
    # 'spent between €100 and €200 more online than in store': with `margin`, at most this much apart
    margin_upper: float | None = None
    margin: float | None = None    # 'spent €100 more online than in store': at least this much apart, in that direction

    def words(self, catalog: Catalog) -> str:
        left, right = self.left._label(catalog), self.right._label(catalog)
        more = {">": "more", "<": "less", ">=": "as much or more", "<=": "as much or less"}[self.op]
        if self.margin is not None:
            what = "spent" if self.measure == "amount" else "times"
            if self.margin_upper is not None:
                return f"{what} between {_num(self.margin)} and {_num(self.margin_upper)} {more} on {left} than on {right}"
            return f"{what} at least {_num(self.margin)} {more} on {left} than on {right}"
        if self.within:
            return f"share of {right} that are {left}: {more} than {_num(round(self.share * 100, 4))}%"
        if self.share is not None:
            whole = "spend on" if self.measure == "amount" else "number of"
            return f"{whole} {left} {more} than {_num(round(self.share * 100, 4))}% of {whole} {right}"
        if self.measure == "amount":
            return f"spent {more} on {left} than on {right}"
        if self.measure == "average":
            return f"average spend per event {'higher' if self.op.startswith('>') else 'lower'} on {left} than on {right}"
        return f"{more if self.op != '<' else 'fewer'} times {left} than {right}"

    def render(self, catalog, as_of):
        key = catalog.entity.key
        if self.measure == "average":
            label = self.words(catalog)
            sql = _averages(catalog, key, self.left, self.right, self.op, as_of)
            return self._negate(catalog, Rendered(sql, label, f"{label} (each event's amount averaged; a customer "
                                                              "with no event on a side is out)"))
        one = "coalesce(amount, 0)" if self.measure == "amount" else "1"
        left = _event_rows(catalog, self.left, as_of, self.measure)
        if self.within:
            left = _within(catalog, self.left, self.right, as_of)
        right = _event_rows(catalog, self.right, as_of, self.measure)
        sql = (f"SELECT {key} FROM (SELECT {key}, {one} AS a, 0 AS b FROM ({left}) AS l UNION ALL "
               f"SELECT {key}, 0 AS a, {one} AS b FROM ({right}) AS r) AS x GROUP BY {key} HAVING "
               + (_share_compared(self.op, self.share) if self.margin is None
                  else f"{'sum(a) - sum(b)' if self.op.startswith('>') else 'sum(b) - sum(a)'} "
                  + (f">= {_num(self.margin)}" if self.margin_upper is None else
                     f"BETWEEN {_num(self.margin)} AND {_num(self.margin_upper)}")))
        label = self.words(catalog)
        return self._negate(catalog, Rendered(sql, label, f"{label} (nothing on a side counts 0)"))


def _share_compared(op: str, share: float | None) -> str:
    """sum(a) against sum(b), or against its share; a share no short decimal says ('more than a third') is compared
    in whole numbers, as its fraction (0.333333 * 3 fell below 1: one return in three orders was more than a third)."""
    if share is None:
        return f"sum(a) {op} sum(b)"
    if round(share, 4) == share:
        return f"sum(a) {op} {_num(share)} * sum(b)"
    f = Fraction(share).limit_denominator(1000)
    return f"{f.denominator} * sum(a) {op} {f.numerator} * sum(b)"


def _within(catalog: Catalog, part: EventCondition, whole: EventCondition, as_of: dt.date) -> str:
    """The rows of `whole`'s events that are also `part`'s events (by the event's id), whenever `part`'s happened:
    the clicked among the messages received in the window. Built by sqlglot over both sides' rows."""
    rows = sqlglot.parse_one(_event_rows(catalog, whole, as_of, "count"), read="duckdb")
    ids = sqlglot.parse_one(_event_rows(catalog, replace(part, window=None), as_of, "count"),
                            read="duckdb")
    inside = exp.select(exp.column("event_id")).from_(ids.subquery("p"))
    return exp.select(exp.column(catalog.entity.key), exp.column("event_id")).from_(rows.subquery("w")) \
        .where(exp.column("event_id").isin(query=inside)).sql(dialect="duckdb")


def _averages(catalog: Catalog, key: str, left: EventCondition, right: EventCondition, op: str, as_of: dt.date) -> str:
    """Customers whose average amount per event of `left` is higher (lower) than of `right`, built by sqlglot over
    each side's events (a ticket's or an order's amount once, its lines summed as a basket)."""
    sides = []
    for n, side in enumerate((left, right)):
        rows = " UNION ALL ".join(side._branch(catalog, e, as_of, "rows") for e in side.events)
        per_event = sqlglot.parse_one(side._per_event(catalog, rows), read="duckdb")
        amount = exp.column("amount")
        a, b = (amount, exp.null()) if n == 0 else (exp.null(), amount)
        sides.append(exp.select(exp.column(key), a.as_("a"), b.as_("b")).from_(per_event.subquery(f"s{n}")))
    both = exp.union(*sides, distinct=False)
    compare = {">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE}[op]
    having = compare(this=exp.Avg(this=exp.column("a")), expression=exp.Avg(this=exp.column("b")))
    return exp.select(exp.column(key)).from_(both.subquery("x")).group_by(exp.column(key)).having(having) \
        .sql(dialect="duckdb")


@dataclass
class DistinctCondition(Condition):
    """How many different values of a dimension a customer's events reach: 'from at least 3 different categories';
    or, with `same`, how many of a customer's events share one value of it, some value reaching the count: 'bought
    the same brand 3 times or more', 'contacté au moins 3 fois pour le même motif'; or, with `per_event`, how many
    different values one event's lines reach, some event reaching the count: '3+ different categories in that one
    order', 'au moins 3 marques différentes dans une même commande'."""
    kind: Literal["distinct"] = "distinct"
    source: EventCondition | None = None
    dimension: str = ""
    comparison: Comparison | None = None
    # the comparison counts the events (each once, however many of its lines hold the value) of one same value
    same: bool = False
    # the comparison counts the different values of one event (an order, a ticket), never over all of them
    per_event: bool = False

    def words(self, catalog: Catalog) -> str:
        if self.per_event:
            return f"{self.comparison.describe()} different {self.dimension.replace('_', ' ')} values within one " \
                   f"single event: {self.source._label(catalog)}"
        if self.same:
            return f"{self.comparison.describe()} times the same {self.dimension.replace('_', ' ')}: " \
                   f"{self.source._label(catalog)}"
        return f"{self.comparison.describe()} different {self.dimension.replace('_', ' ')} values: " \
               f"{self.source._label(catalog)}"

    def _values(self, catalog: Catalog, name: str, as_of: dt.date) -> str:
        """(key, value of the dimension) per event of `name`, joined from the event to the dimension's table
        along the catalog's path (the same path a dimension filter takes)."""
        ev, key = catalog.events[name], catalog.entity.key
        dim = ev.dimensions[self.dimension]
        joins = Joins(ev.table, "d0")
        alias = joins.reach(dimension_path(catalog, ev, dim.column, dim.via))
        # the behaviour's own values hold on the rows counted too: 'shoes from 3 brands' counts the brands of the
        # shoe lines, not of every line of an order that has shoes in it
        where = [in_list(f"{joins.reach(dimension_path(catalog, ev, d.column, d.via))}.{d.column.rsplit('.', 1)[1]}",
                         values) for d, values in ((ev.dimensions[n], v) for n, v in self.source.dims.items())]
        events = self.source._branch(catalog, name, as_of, "count")
        # each event once by its source and id ('same': one order's two lines of a brand are one time)
        event = f", {lit(name)} AS src, k.event_id" if self.same or self.per_event else ""
        return (f"SELECT k.{key}{event}, {alias}.{dim.column.rsplit('.', 1)[1]} AS value FROM ({events}) AS k "
                f"JOIN {ev.table} AS d0 ON d0.{ev.id} = k.event_id {' '.join(joins.clauses)}"
                + (f" WHERE {' AND '.join(where)}" if where else "")).strip()

    def render(self, catalog, as_of):
        key = catalog.entity.key
        rows = " UNION ALL ".join(self._values(catalog, e, as_of) for e in self.source.events)
        if self.same:
            sql = _same_value(key, rows, self.comparison)
        elif self.per_event:
            sql = _one_event_values(key, rows, self.comparison)
        else:
            sql = f"SELECT {key} FROM ({rows}) AS p GROUP BY {key} HAVING {self.comparison.sql('count(DISTINCT value)')}"
        label = self.words(catalog)
        return self._negate(catalog, Rendered(sql, label, label))


def _same_value(key: str, rows: str, cmp: Comparison) -> str:
    """Customers with some value whose events (`rows`: key, src, event_id, value) number as `cmp` says: each event
    counted once per value, built by sqlglot (a value of no event, NULL, is none)."""
    events = exp.select(exp.column(key), exp.column("src"), exp.column("event_id"), exp.column("value")).distinct() \
        .from_(sqlglot.parse_one(rows, read="duckdb").subquery("p")).where(exp.column("value").is_(exp.null()).not_())
    per_value = exp.select(exp.column(key)).from_(events.subquery("e")).group_by(exp.column(key), exp.column("value")) \
        .having(compared(exp.Count(this=exp.Star()), cmp))
    return exp.select(exp.column(key)).distinct().from_(per_value.subquery("v")).sql(dialect="duckdb")


def _one_event_values(key: str, rows: str, cmp: Comparison) -> str:
    """Customers with some event whose different values (`rows`: key, src, event_id, value) number as `cmp` says:
    GROUP BY the customer and the event, built by sqlglot (an event is its source and id: two behaviours' ids may
    meet)."""
    per_event = exp.select(exp.column(key)).from_(sqlglot.parse_one(rows, read="duckdb").subquery("p")) \
        .group_by(exp.column(key), exp.column("src"), exp.column("event_id")) \
        .having(compared(exp.Count(this=exp.Distinct(expressions=[exp.column("value")])), cmp))
    return exp.select(exp.column(key)).distinct().from_(per_event.subquery("v")).sql(dialect="duckdb")


def compared(this: exp.Expression, cmp: Comparison) -> exp.Expression:
    """`this` compared as `cmp` says, as a sqlglot expression (its numbers literals, never text formatted in)."""
    if cmp.upper is not None:
        return exp.Between(this=this, low=exp.Literal.number(_num(cmp.value)), high=exp.Literal.number(_num(cmp.upper)))
    op = {">=": exp.GTE, ">": exp.GT, "<": exp.LT, "<=": exp.LTE, "=": exp.EQ}[cmp.op]
    return op(this=this, expression=exp.Literal.number(_num(cmp.value)))


SpacingUnit = Literal["DAY", "WEEK", "MONTH", "YEAR"]


@dataclass
class SpacingCondition(Condition):
    """How far apart a customer's events of one behaviour are (its values and period applied): `between` 'span', the
    time from their first to their latest ('their first and most recent purchase are more than three years apart',
    'plus de trois ans entre leur premier et leur dernier achat'); 'gap', the mean time from one to the next, their
    span over the events less one ('on average less than three weeks between one purchase and the next', 'en moyenne
    moins de trois semaines entre un achat et le suivant'). A customer with fewer than two such events has neither:
    out. A time between two events, never an age. Compared exactly on the events' times: the span against the
    amount of units after the first event, the gap against (events - 1) times it."""
    kind: Literal["spacing"] = "spacing"
    source: EventCondition | None = None
    between: Literal["span", "gap"] = "span"
    comparison: Comparison | None = None       # how many units (whole), '>' '>=' '<' '<=' or a range
    unit: SpacingUnit = "DAY"

    def words(self, catalog: Catalog) -> str:
        one, many = WORDING["units"][self.unit]
        unit = one if self.comparison.upper is None and self.comparison.value == 1 else many
        return WORDING["label"][f"spacing.{self.between}"].format(
            comparison=self.comparison.describe(), unit=unit, source=self.source._label(catalog))

    def render(self, catalog, as_of):
        key = catalog.entity.key
        rows = " UNION ALL ".join(self.source._branch(catalog, e, as_of, "rows") for e in self.source.events)
        if all(catalog.events[e].id for e in self.source.events):
            rows = self.source._per_event(catalog, rows)     # one time per event (its first line's)
        sql = exp.select(exp.column(key)).from_(sqlglot.parse_one(rows, read="duckdb").subquery("p")) \
            .group_by(exp.column(key)).having(self._having()).sql(dialect="duckdb")
        label = self.words(catalog)
        return self._negate(catalog, Rendered(sql, label, f"{label} (customers with fewer than two such events are out)"))

    def _having(self) -> exp.Expression:
        """At least two events, and the latest's time against the first's plus the units (the gap: times the events
        less one), built by sqlglot."""
        count = exp.Count(this=exp.Star())
        latest, first = exp.Max(this=exp.column("ts")), exp.Min(this=exp.column("ts"))

        def after_first(n: float) -> exp.Expression:
            amount, unit = (int(n) * 7, "DAY") if self.unit == "WEEK" else (int(n), self.unit)
            length = exp.Interval(this=exp.Literal.string(str(amount)), unit=exp.var(unit))
            if self.between == "gap":
                length = exp.Mul(this=exp.paren(exp.Sub(this=count.copy(), expression=exp.Literal.number(1))),
                                 expression=length)
            return exp.Add(this=first.copy(), expression=length)
        cmp = self.comparison
        if cmp.upper is not None:
            said = exp.and_(exp.GTE(this=latest.copy(), expression=after_first(cmp.value)),
                            exp.LTE(this=latest.copy(), expression=after_first(cmp.upper)))
        else:
            op = {">=": exp.GTE, ">": exp.GT, "<": exp.LT, "<=": exp.LTE}[cmp.op]
            said = op(this=latest.copy(), expression=after_first(cmp.value))
        return exp.and_(exp.GTE(this=count, expression=exp.Literal.number(2)), said)


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
                               VersusCondition, DistinctCondition, KnownCondition, SpacingCondition],
                         Field(discriminator="kind")]
_ADAPTER: TypeAdapter = TypeAdapter(AnyCondition)
_PARSE_ONLY = ("start_tok", "end_tok", "notes", "text", "note", "vague", "anaphora", "held", "age_hint", "decade", "born",
               "per_day", "month", "asked")      # (a birth's month is a condition of its own once read)


def to_spec(condition: Condition) -> dict:
    """The condition as plain JSON data, without where it sat in the request."""
    return _strip(_ADAPTER.dump_python(condition, mode="json"))


def from_spec(spec: dict, catalog: Catalog) -> Condition:
    """A condition from JSON data, checked against the catalog: every name it uses must exist there."""
    try:
        condition = _ADAPTER.validate_python(_fill(spec))
    except ValidationError as exc:
        raise TranslationError(f"the criterion's meaning is malformed: {_first_error(exc)}",
                               hint="rebuild it from the request or the editor") from None
    except ValueError as exc:
        raise TranslationError(f"the criterion's meaning is malformed: {exc}".splitlines()[0],
                               hint="rebuild it from the request or the editor") from None
    _check_names(condition, catalog)
    return condition


def _first_error(exc: ValidationError) -> str:
    """The first problem where it is ('event.days.0: a day of the week is 1 (Monday) to 7 (Sunday), not 8'), not
    pydantic's summary line."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg'].removeprefix('Value error, ')}"


# Fields added with a default that says nothing was said: left out of a spec, as before they existed
_UNSAID = {"ahead": False, "date": ""}


def _strip(data):
    if isinstance(data, dict):
        return {k: _strip(v) for k, v in data.items()
                if k not in _PARSE_ONLY and not (k in _UNSAID and v == _UNSAID[k])}
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
        if c.exclusive and len(c.groups) < 2:
            raise TranslationError("'exactly one of' needs at least two groups", hint="add an alternative, or drop "
                                   "'exclusive'")
        for group in c.groups:
            for inner in group:
                _check_names(inner, catalog)
    elif isinstance(c, (ValueCondition, CompareCondition, DateCondition, FlagValueCondition)):
        known_column(c.column)
        if isinstance(c, FlagValueCondition):
            known_column(c.flag)
            if c.set_in is not None and not catalog.column(c.flag).set_on:
                raise TranslationError(f"'{c.flag}' has no date of its own in the catalog (set_on): when it was set "
                                       "cannot be read", hint="drop set_in, or date the flag in the catalog")
        if isinstance(c, DateCondition) and (c.window is None) == (not c.months):
            raise TranslationError("the meaning is incomplete: a date condition needs a window or calendar months",
                                   hint="say 'in the last 30 days' or 'in October'")
        if isinstance(c, DateCondition) and c.anniversary and (c.window is None or c.months):
            raise TranslationError("an anniversary is read among a window's days (month and day, any year): it needs a "
                                   "window and no months", hint="say 'a birthday in the next 7 days', or drop anniversary")
        table = c.column.rpartition(".")[0]
        if customer_column(catalog, table) is None and table not in profile_tables(catalog):
            raise TranslationError(f"'{c.column}' is not an attribute of the {catalog.entity.name}: its table is not "
                                   "reached from the customer", hint="pick a customer attribute, or a behaviour's dimension")
    elif isinstance(c, IndicatorCondition) and c.indicator not in catalog.indicators:
        raise TranslationError(f"no indicator '{c.indicator}' in the catalog", hint="pick one from the catalog")
    elif isinstance(c, IndicatorCondition) and c.comparison is not None and \
            not is_numeric(catalog.indicators[c.indicator].type):
        raise TranslationError(f"indicator '{c.indicator}' is not a number: it cannot be compared",
                               hint="pick one of its values")
    elif isinstance(c, TableCondition) and c.table not in catalog.tables:
        raise TranslationError(f"no table '{c.table}' in the catalog", hint="pick a list from the catalog")
    elif isinstance(c, GlossaryCondition) and not 0 <= c.index < len(catalog.glossary):
        raise TranslationError(f"no glossary term number {c.index}", hint="pick a term from the catalog")
    elif isinstance(c, DistinctCondition) and c.same and c.per_event:
        raise TranslationError("a distinct count is of one same value's events (same) or of one event's different "
                               "values (per_event), not both", hint="drop one of them")
    elif isinstance(c, (TopCondition, VersusCondition, DistinctCondition, KnownCondition, SpacingCondition)):
        _check_aggregate(c, catalog, known_column)
        for inner in getattr(c, "among", []):
            _check_names(inner, catalog)
    elif isinstance(c, EventCondition):
        for inner in c.among:
            _check_names(inner, catalog)
        if c.date and not any(other_date(catalog, catalog.events[e], c.date) for e in c.events if e in catalog.events):
            raise TranslationError(f"no event of this behaviour has a date named '{c.date}' in the catalog (its "
                                   "`dates`, or a date column of its table)", hint="pick one of the event's dates, or drop 'date'")
        if c.after is not None:
            _check_names(c.after.anchor, catalog)
            if not c.after.anchor.anchorable() or c.first or c.last or c.rank is not None or c.top is not None:
                raise TranslationError("'after' reads a behaviour after another one: the other must be each event or "
                                       "the first or latest one (no count, total, rank or negation), and this one no "
                                       "first, last or ranking", hint="drop 'after', or simplify the behaviour before")
            if c.after.day and (c.after.within is not None or c.after.latest):
                raise TranslationError("'day' reads a behaviour on the same calendar day as another: no 'within' nor "
                                       "'latest' with it", hint="drop 'within' and 'latest', or drop 'day'")
            if c.after.within is not None and c.after.within < 1:
                raise TranslationError("'within' after a behaviour must be at least 1", hint="say 'within 7 days'")
            if c.after.same and (c.after.latest or c.after.anchor.first or c.after.anchor.last or any(
                    d not in catalog.events[e].dimensions for d in c.after.same
                    for e in c.events + c.after.anchor.events)):
                raise TranslationError(
                    f"'same' ({', '.join(c.after.same)}) compares a dimension of each event with its anchor event's: "
                    "every event on both sides must have it, and the anchor must be each event (not a first or latest)",
                    hint="name a dimension both behaviours have, or drop 'same'")
        if c.of_latest is not None:
            _check_latest(c, catalog)
        if c.days_counted and (c.count is None or any((c.amount, c.rank, c.top, c.first, c.last, c.average,
                                                         c.measure, c.running, c.of_latest))):
            raise TranslationError("'days_counted' counts the different days a behaviour's events fall on: it needs a "
                                   "count, and no total, rank, first, last, measure or run of months",
                                   hint="say 'on at least 3 different days' with the behaviour and its period only")
        if c.running is not None and (c.running < 2 or any((c.count, c.amount, c.rank, c.top, c.first, c.last,
                                                             c.average, c.over, c.of_latest, c.after))):
            raise TranslationError("'running' says the events fall in that many calendar months in a row: at least 2, "
                                   "with no count, total, rank, order or other behaviour of its own",
                                   hint="say 'three months running', with the behaviour and its period only")
        if c.measure and any(c.measure not in catalog.events[e].measures for e in c.events if e in catalog.events):
            raise TranslationError(f"no measure '{c.measure}' on {', '.join(c.events)}", hint="pick one the events have")
        for name in c.measured:     # a score (or a promo code) present or missing is one of each event's own row
            if any(not own_row_present(catalog, e, name) for e in c.events + tuple(c.over) if e in catalog.events):
                raise TranslationError(f"'measured' names a measure or dimension each event has on its own row: no "
                                       f"such measure or dimension '{name}' on {', '.join(c.events + tuple(c.over))}",
                                       hint="pick one the events have, or drop 'measured'")
        if c.over and (not (c.first or c.last) or c.count is not None or c.rank is not None or c.top is not None
                       or c.average):
            raise TranslationError("'over' says what a first or last event is taken among: it needs first or last, "
                                   "and no count, rank, top or average", hint="set first or last, or drop 'over'")
        for name in c.events + tuple(c.over):
            if name not in catalog.events:
                raise TranslationError(f"no event '{name}' in the catalog", hint="pick a behaviour from the catalog")
        if c.since:
            _check_own_date(c.since, catalog, known_column)
        if c.since_set is not None:
            _check_names(c.since_set, catalog)
            if not catalog.column(c.since_set.flag).set_on or c.since_set.negated or c.since_set.set_in is not None:
                raise TranslationError("'since_set' counts events from the last change of a yes/no row of the customer's "
                                       "(its flag's own date, set_on): a flag the catalog dates, with no negation nor "
                                       "period of its own", hint="name the consent row only ('since they opted in')")
        if c.own_amount is not None and (not c.measure or not c._each(catalog) or c.first or c.last or c.rank is not None
                                         or c.top is not None or any(not catalog.events[e].amount for e in c.events
                                                                     if e in catalog.events)):
            raise TranslationError("own_amount bounds each counted event's own amount beside a measure of it: it needs "
                                   "a measure, an amount of it, a count, and events that have an amount",
                                   hint="drop own_amount, or put the bound in amount")
        if c.hours:
            dated = [name for name in c.events if name in catalog.events and not has_hours(catalog, name)]
            if dated:
                raise TranslationError(f"{', '.join(dated)} is dated by the day only: it has no hour of the day",
                                       hint="drop the hours, or pick a behaviour dated by a timestamp")
        for name in c.events:     # the dimensions filter the events themselves, not those first/last is taken over
            unknown = (set(c.dims) | set(c.other_than) | set(c.own_place)) - set(catalog.events[name].dimensions)
            if unknown:
                raise TranslationError(f"event '{name}' has no dimension {sorted(unknown)}", hint="pick one it has")
            unpaired = sorted(d for d in c.own_place if customers_own(catalog, catalog.events[name], d) is None)
            if unpaired:
                raise TranslationError(f"'own_place' compares a dimension with the {catalog.entity.name}'s own "
                                       f"attribute: {', '.join(unpaired)} of '{name}' has none in the catalog",
                                       hint="drop own_place, or pair the dimension with a customer attribute "
                                            "(`customers:` on the dimension)")


def _check_latest(c: EventCondition, catalog: Catalog) -> None:
    """'none of the last 5 emails opened': the events counted among the n latest of another behaviour are those same
    events (one table, one id), with no total, rank, first or latest, order of their own."""
    latest = c.of_latest
    _check_names(latest.of, catalog)
    if latest.n < 1 or latest.of.negated or latest.of.of_latest is not None or any(
            (latest.of.count, latest.of.amount, latest.of.rank, latest.of.top, latest.of.after, latest.of.first,
             latest.of.last, latest.of.over, latest.of.average)):
        raise TranslationError("of_latest takes the n latest events of a plain behaviour (its events, values and "
                               "period): n at least 1, and no count, total, rank, order or negation of its own",
                               hint="say 'the last 5 emails', with the behaviour only")
    if c.amount is not None or c.rank is not None or c.top is not None or c.first or c.last or c.average \
            or c.over or c.after is not None:
        raise TranslationError("a behaviour counted among the n latest of another has only a count (how many of them)",
                               hint="drop the total, rank or order")
    tables = {catalog.events[e].table for e in latest.of.events if e in catalog.events and catalog.events[e].id}
    held = [e for e in c.events if e in catalog.events]
    if not tables or any(not catalog.events[e].id or catalog.events[e].table not in tables for e in held) \
            or any(not catalog.events[e].id for e in latest.of.events if e in catalog.events):
        raise TranslationError("the events counted among the n latest must be those same events (their table and "
                               "id): 'opened' among the emails received, 'online' among the purchases",
                               hint="pick events of the same table as the latest ones")


def own_date(catalog: Catalog, column: str) -> bool:
    """Is the column a date of the customer's own profile: a date or timestamp (or a key to the calendar) of a profile
    table holding the customer key (never an event's table)? An event can then be bounded by it ('since joining')."""
    table = column.rpartition(".")[0]
    if table not in catalog.tables or column.rpartition(".")[2] not in catalog.tables[table].columns:
        return False
    kind = catalog.column(column).type.upper()
    dated = "DATE" in kind or "TIMESTAMP" in kind or calendar_date(catalog, column) is not None
    return dated and customer_column(catalog, table) is not None and table in profile_tables(catalog) \
        and catalog.column(column).role != "birth_date"


def _check_own_date(column: str, catalog: Catalog, known_column) -> None:
    known_column(column)
    if not own_date(catalog, column):
        raise TranslationError(f"'{column}' is not a date of the {catalog.entity.name}'s own profile: events cannot "
                               "be counted since it", hint="pick a date column of the customer (a signup date)")


def since_own_date(catalog: Catalog, column: str, ts: str, customer: str) -> str:
    """The condition that an event row (time `ts`, customer `customer`, qualified columns) is on or after the
    customer's own date `column`: a correlated EXISTS over the column's table (through the calendar for a key to it),
    built by sqlglot. A customer with no such date has no event since it."""
    table, col = column.rsplit(".", 1)
    link = customer_column(catalog, table)
    own = exp.column(col, table="o")
    source = exp.select(exp.Literal.number(1)).from_(exp.to_table(table).as_("o"))
    day = calendar_date(catalog, column)
    if day is not None:     # a key to the calendar: its day
        dd = catalog.date_dimension
        source = source.join(exp.to_table(dd.table).as_("od"),
                             on=exp.EQ(this=exp.column(dd.key, table="od"), expression=own.copy()))
        own = exp.column(dd.date, table="od")
    this = sqlglot.parse_one(ts, read="duckdb", into=exp.Column)
    who = sqlglot.parse_one(customer, read="duckdb", into=exp.Column)
    query = source.where(exp.and_(exp.EQ(this=exp.column(link, table="o"), expression=who),
                                  exp.GTE(this=this, expression=own)))
    return exp.Exists(this=query).sql(dialect="duckdb")


def own_value(catalog: Catalog, column: str, this: str, customer: str, same: bool) -> str:
    """The condition that an event row's value `this` (a qualified column) is the customer's own value of `column`
    (same), or known and another (not same): a correlated EXISTS over the customers' profile, reached from the customer
    key as any profile attribute is, built by sqlglot. An unknown value on either side is neither: where someone lives
    is not known to differ from where they shopped."""
    table, col = column.rsplit(".", 1)
    link = customer_column(catalog, table)
    if link is not None:
        query = exp.select(exp.Literal.number(1)).from_(exp.to_table(table).as_("o"))
        own, key = exp.column(col, table="o"), exp.column(link, table="o")
    else:       # a table reached through the entity table ('customer -> current_address'), along catalog relationships
        joins = Joins(catalog.entity.table, "o", prefix="oj")
        alias = joins.reach(profile_path(catalog, table) or [])
        query = sqlglot.parse_one(f"SELECT 1 FROM {joins.sql()}", read="duckdb")
        own, key = exp.column(col, table=alias), exp.column(catalog.entity.key, table="o")
    value = sqlglot.parse_one(this, read="duckdb", into=exp.Column)
    who = sqlglot.parse_one(customer, read="duckdb", into=exp.Column)
    compared = exp.EQ(this=own, expression=value) if same else exp.NEQ(this=own, expression=value)
    return exp.Exists(this=query.where(exp.and_(exp.EQ(this=key, expression=who), compared))).sql(dialect="duckdb")


def since_own_row(catalog: Catalog, row: FlagValueCondition, ts: str, customer: str) -> str:
    """The condition that an event row (time `ts`, customer `customer`) is on or after the last change of the
    customer's yes/no row `row` holds (its values and answer, dated by its flag's `set_on`): a correlated EXISTS over
    that row's table, built by sqlglot. A customer with no such row has no event since it."""
    table = row.column.rsplit(".", 1)[0]
    flag = row.flag.rsplit(".", 1)[1]
    col = row.column.rsplit(".", 1)[1]
    said = [exp.EQ(this=exp.column(customer_column(catalog, table), table="o"),
                   expression=sqlglot.parse_one(customer, read="duckdb", into=exp.Column)),
            exp.column(col, table="o").isin(*(exp.convert(v) for v in row.values)),
            exp.GTE(this=sqlglot.parse_one(ts, read="duckdb", into=exp.Column),
                    expression=exp.column(catalog.column(row.flag).set_on, table="o"))]
    if row.yes is not None:
        said.append(exp.column(flag, table="o") if row.yes else exp.not_(exp.column(flag, table="o")))
    query = exp.select(exp.Literal.number(1)).from_(exp.to_table(table).as_("o")).where(exp.and_(*said))
    return exp.Exists(this=query).sql(dialect="duckdb")


def own_row_measure(catalog: Catalog, event: str, measure: str) -> bool:
    """Is `measure` one of the event's measures held on the event's own row (a ticket's score), one each event may
    have or lack ('rated tickets'), not one summed over its lines (the units of an order)?"""
    ev = catalog.events[event]
    return measure in ev.measures and \
        measure_column(ev, ev.measures[measure].column).rsplit(".", 1)[0] == ev.table


def own_row_dimension(catalog: Catalog, event: str, dimension: str) -> bool:
    """Is `dimension` one of the event's dimensions held on the event's own row (an order's coupon code), one each
    event may have or lack ('orders with a promo code'), not one reached through another table (a product's brand) nor
    a yes/no column (its 'no' is a value, not a missing one)?"""
    ev = catalog.events[event]
    dim = ev.dimensions.get(dimension)
    return dim is not None and dim.column.rsplit(".", 1)[0] == ev.table and not dim.via \
        and family(catalog.column(dim.column).type) != "boolean"


def own_row_present(catalog: Catalog, event: str, name: str) -> bool:
    """Can `measured` name `name` for the event: a measure or a dimension of its own row?"""
    return own_row_measure(catalog, event, name) or own_row_dimension(catalog, event, name)


def own_row_column(ev, name: str) -> str:
    """The qualified column of the event's own row that `measured` names: its measure's, else its dimension's."""
    return measure_column(ev, ev.measures[name].column) if name in ev.measures else ev.dimensions[name].column


def has_hours(catalog: Catalog, event: str) -> bool:
    """Is the event dated by a timestamp (it has an hour of the day), not by a day alone?"""
    _, column = event_time(catalog, catalog.events[event])
    return "TIMESTAMP" in catalog.column(column).type.upper()


def ranking(c: Condition) -> bool:
    """A ranking of customers: 'top 200 by spend' (a top condition, or a behaviour's top N or top share)."""
    return getattr(c, "kind", "") == "top" or getattr(c, "top", None) is not None or getattr(c, "rank", None) is not None


def share(c: Condition) -> bool:
    """A ranking by share ('top 10%'): how many it keeps depends on whom it is ranked among."""
    return getattr(c, "percent", None) is not None or getattr(c, "rank", None) is not None


def contradictions(criteria: list[Condition], exclusions: list[Condition] = ()) -> list[tuple[Condition, Condition]]:
    """Pairs of ANDed criteria no customer can meet together: one attribute with two disjoint value sets ('women
    who are men'), two comparisons of one attribute with no number in common ('under 20 and over 65'), an event and
    'never' any event of a wider set ('bought in store in 2002 and never bought anything'); and a criterion every
    customer of which an exclusion removes ('came to a store last month without buying anything', where a store
    visit is a store purchase)."""
    found = []
    for i, a in enumerate(criteria):
        for b in criteria[i + 1:]:
            if _exclusive(a, b) or _exclusive(b, a):
                found.append((a, b))
    for x in exclusions:
        if isinstance(x, EventCondition) and not x.negated:
            # ('ordered online but not with a promo code': every coupon user left out, or an order without one? asked)
            found += [(a, x) for a in criteria if _exclusive(replace(x, negated=True), a, measured=False)]
    return found


def _exclusive(a: Condition, b: Condition, measured: bool = True) -> bool:
    """`measured`: a presence said of the events ruled out ('never used a promo code') narrows what they rule out."""
    if a.negated and not b.negated and isinstance(a, EventCondition) and isinstance(b, EventCondition):
        # 'never' at all, or in the very period the other behaviour is asked in
        timeless = a.window is None or b.window is not None and a.window.describe() == b.window.describe()
        # ('never a single order': not at least one is not any, a count of nothing more)
        counted = a.count is not None and _bounds(a.count) != (1, float("inf"))
        # (values of its own say none of those: 'didn't buy anything there' after a purchase in that store)
        within = all(d in b.dims and set(map(str, b.dims[d])) <= set(map(str, v)) for d, v in a.dims.items())
        # (so do a promo code or a score it says its events had: 'ordered online and never used a promo code')
        within = within and (not measured or all(b.measured.get(n) == p for n, p in a.measured.items()))
        # (and so does a place against theirs: 'never abroad' rules out no purchase in their own country)
        within = within and all(b.own_place.get(d) == same for d, same in a.own_place.items())
        plain = timeless and within and not (a.other_than or a.days or a.months or a.hours or a.since or counted or a.amount or a.first
                                  or a.last or a.rank is not None or a.measure or a.after)  # 'nothing since then' is not 'never'
        some = b.count is None or _bounds(b.count)[0] > 0     # b needs at least one of the events a rules out
        return plain and some and set(b.events) <= set(a.events)
    if a.negated or b.negated or type(a) is not type(b):
        return False
    if isinstance(a, ValueCondition):
        return a.column == b.column and not set(map(str, a.values)) & set(map(str, b.values))
    if isinstance(a, CompareCondition) and a.column == b.column and a.age == b.age:
        lo_a, hi_a = _bounds(a.comparison)
        lo_b, hi_b = _bounds(b.comparison)
        return max(lo_a, lo_b) > min(hi_a, hi_b)
    return False


def _bounds(c: Comparison) -> tuple[float, float]:
    """The closed interval a comparison allows (integers: 'more than 65' starts at 66)."""
    inf = float("inf")
    if c.upper is not None:
        return c.value, c.upper
    return {">=": (c.value, inf), ">": (c.value + 1, inf), "<=": (-inf, c.value), "<": (-inf, c.value - 1),
            "=": (c.value, c.value)}[c.op]
def _check_aggregate(c: Condition, catalog: Catalog, known_column) -> None:
    """The aggregate kinds: every behaviour they read, column and dimension exist and have the right type."""
    sources = [s for s in (getattr(c, "source", None), getattr(c, "left", None), getattr(c, "right", None)) if s]
    for source in sources:
        if not source.events:
            raise TranslationError("the behaviour names no event", hint="pick a behaviour from the catalog")
        _check_names(source, catalog)
    if isinstance(c, VersusCondition) and (c.left is None or c.right is None):
        raise TranslationError("a comparison needs two behaviours (left and right)", hint="name both sides")
    if isinstance(c, VersusCondition) and c.within and (c.measure != "count" or c.share is None or len({
            (catalog.events[e].table, catalog.events[e].id) for e in (*c.left.events, *c.right.events)
            if e in catalog.events}) != 1 or not all(catalog.events[e].id for e in c.right.events if e in catalog.events)):
        raise TranslationError("a share of events among others counts events of one table, by their id",
                               hint="compare the two counts instead")
    if isinstance(c, VersusCondition) and c.measure == "average" and (c.share is not None or c.margin is not None or
                                                                       any(not catalog.events[e].id or not catalog.events[e].amount
                                                                           for s in (c.left, c.right) for e in s.events
                                                                           if e in catalog.events)):
        raise TranslationError("an average against another is higher or lower, with no share nor margin, of behaviours "
                               "that each have an amount and an id", hint="drop the share or margin, or compare totals")
    if isinstance(c, VersusCondition) and c.margin_upper is not None and (c.margin is None or c.margin_upper < c.margin):
        raise TranslationError("a range of differences needs a margin (its lowest) no higher than margin_upper",
                               hint="say 'between €100 and €200 more'")
    if isinstance(c, TopCondition):
        if (c.n is None) == (c.percent is None) or (c.n is not None and c.n < 1) or \
                (c.percent is not None and not 0 < c.percent <= 100):
            raise TranslationError("a ranking needs either n or percent (n >= 1, 0 < percent <= 100)",
                                   hint="say 'top 10' or 'top 5%'")
        if [c.source is not None, bool(c.column), bool(c.indicator)].count(True) != 1:
            raise TranslationError("a ranking is by a behaviour, a number column or a numeric indicator, one of them",
                                   hint="pick what customers are ranked by")
        if c.indicator and (c.indicator not in catalog.indicators or
                            not is_numeric(catalog.indicators[c.indicator].type)):
            raise TranslationError(f"'{c.indicator}' is not a numeric indicator of the catalog: customers cannot be "
                                   "ranked by it", hint="rank by spend, a count or a numeric attribute")
        if c.column:
            known_column(c.column)
            _customer_table(catalog, c.column)
            if not is_numeric(catalog.column(c.column).type):
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
    if isinstance(c, SpacingCondition):
        _check_spacing(c, catalog)


def _check_spacing(c: SpacingCondition, catalog: Catalog) -> None:
    """A time between a behaviour's events: of a plain behaviour (its events, values and period), a whole number of
    units, never 'exactly'."""
    if c.source is None or c.comparison is None:
        raise TranslationError("a time between events needs a behaviour and a comparison",
                               hint="say 'more than 3 years between their first and latest purchase'")
    s, cmp = c.source, c.comparison
    if s.negated or any((s.count, s.amount, s.rank, s.top, s.first, s.last, s.average, s.over, s.after, s.of_latest,
                         s.measure)):
        raise TranslationError("a time between events is taken over a plain behaviour: its events, values and period, "
                               "with no count, total, rank, first or latest, order or negation of its own",
                               hint="put the count in a criterion of its own")
    if cmp.op == "=" and cmp.upper is None or any(v < 0 or not float(v).is_integer()
                                                  for v in (cmp.value, cmp.upper) if v is not None):
        raise TranslationError("a time between events is more or less than a whole number of days, weeks, months or "
                               "years", hint="say 'more than 3 years', 'less than 21 days'")
