"""Personal columns in audience SQL: read only through a role the catalog declares for them.

A criterion is counted, so a condition on a personal value is an oracle on a person
(`customer_id = 7716 AND starts_with(email, 'nora.j')` answers 1 or 0). A personal
column may therefore appear only
- as the presence of a channel's contact point (`email IS [NOT] NULL`, the contact
  columns of `policies.channels`), or
- as the birth date of an age (`date_diff('year', birth_date, <as-of>)`, corrected by
  `strftime(birth_date, '%m-%d')`), its month (`month(birth_date)`: a birthday month), its month and
  day between two month-day literals (`strftime(birth_date, '%m-%d') BETWEEN '10-01' AND '10-07'`:
  a birthday in the coming days, any year), whole years of birth (`birth_date >= DATE '1986-01-01'`:
  a bound on the first of January, no finer than an age), or whether it is known, for a column with
  `role: birth_date`; or
- as an integer part of a birth date (`role: birth_year`, `birth_month`, `birth_day`): inside the date made of
  them (`make_date(birth_year, 7, 1)`) used as a birth date is above, compared with a whole number (`birth_year =
  1980`, `birth_month IN (10)`), or as a birthday's month and day (`birth_month * 100 + birth_day BETWEEN 1001 AND
  1007`);
anywhere else (a filter, a join, a grouping, an output) the query is refused. Columns are
followed through subqueries, CTEs, stars and set operations, so an alias does not launder them.
"""
from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope, traverse_scope

from assistant.sql.catalog_facts import catalog_facts
from schema_catalog.model import Catalog

HINT = ("personal columns are only usable through the roles the catalog declares: the presence of a channel's "
        "contact (`email IS NOT NULL`) and ages or years of birth from a birth date; filter on non-personal attributes instead")


def check_personal(qualified: exp.Expr, catalog: Catalog, fail) -> None:
    """Raise (through `fail(message, hint, node)`) on the first personal column used outside its role."""
    facts = catalog_facts(catalog)
    personal, contacts, births = facts.personal, facts.contacts, facts.births  # resolved names, lower-cased
    # Stars are expanded by now, so a query naming no personal column cannot read one: skip the scope walk.
    if not any(c.name.lower() in facts.personal_names for c in qualified.find_all(exp.Column)):
        return
    passed: dict[int, dict[str, str]] = {}  # scope -> {output name: personal column it passes through}
    by_query: dict[int, dict[str, str]] = {}  # the same, by the scope's query node (set operations find arms by it)
    root = None
    for scope in traverse_scope(qualified):
        root = scope
        if isinstance(scope.expression, exp.SetOperation):
            passed[id(scope)] = by_query[id(scope.expression)] = _set_operation_outputs(scope.expression, by_query)
            continue
        outputs: dict[str, str] = {}
        for column in scope.columns:
            base = _resolve(column, scope, passed)
            if base is None or base not in personal:
                continue
            if (base in contacts | births | facts.birth_parts and _is_presence(column)) or \
                    (base in births and (_is_age(column) or _is_birth_month(column) or _is_birth_years(column)
                                         or _is_birthday(column))) or \
                    (base in facts.birth_parts and _is_birth_part(column, day=base in facts.birth_days)):
                continue
            name = _passthrough_name(column, scope)
            if name is None:
                raise fail(f"the query reads the personal column {base}", HINT, column)
            outputs[name] = base
        passed[id(scope)] = by_query[id(scope.expression)] = outputs
    if root is not None and passed.get(id(root)):
        name, base = next(iter(passed[id(root)].items()))
        raise fail(f"the query returns the personal column {base} (as {name})", HINT, None)


def _resolve(column: exp.Column, scope: Scope, passed: dict[int, dict[str, str]]) -> str | None:
    """The catalog column `schema.table.column` a column reference reads, following derived tables and CTEs."""
    table = column.table
    while scope is not None:
        source = scope.sources.get(table)
        if isinstance(source, exp.Table):
            return f"{source.db}.{source.name}.{column.name}".lower()
        if isinstance(source, Scope):
            return passed.get(id(source), {}).get(column.name.lower())
        scope = scope.parent  # a correlated reference to an outer query
    return None


def _set_operation_outputs(node: exp.SetOperation, by_query: dict[int, dict[str, str]]) -> dict[str, str]:
    """A UNION / INTERSECT / EXCEPT passes a personal column through when any arm does, at that position."""
    names = [n.lower() for n in node.named_selects]
    outputs = {}
    for arm in (node.this, node.expression):
        arm = arm.unnest() if isinstance(arm, exp.Subquery) else arm
        arm_passed = by_query.get(id(arm), {})
        arm_names = list(arm.named_selects) if isinstance(arm, exp.Query) else []
        for i, name in enumerate(arm_names):
            if name.lower() in arm_passed and i < len(names):
                outputs[names[i]] = arm_passed[name.lower()]
    return outputs


def _passthrough_name(column: exp.Column, scope: Scope) -> str | None:
    """The output name when the column is selected as is (only its later use is judged), else None."""
    select = scope.expression
    if not isinstance(select, exp.Select):
        return None
    node = column.parent if isinstance(column.parent, exp.Alias) else column
    if node.parent is select and node.arg_key == "expressions":
        return node.alias_or_name.lower()
    return None


def _is_presence(column: exp.Column) -> bool:
    parent = column.parent
    return isinstance(parent, exp.Is) and parent.this is column and isinstance(parent.expression, exp.Null)


def _is_year_diff(node: exp.Expr, column: exp.Expr) -> bool:
    unit = node.args.get("unit")
    return (isinstance(node, exp.DateDiff) and unit is not None and unit.name.lower() == "year"
            and node.expression is not None and _same_column(node.expression, column))


def _same_column(node: exp.Expr, column: exp.Expr) -> bool:
    if not isinstance(column, exp.Column):      # a date made of a birth's parts: the same call, argument for argument
        return node == column
    return isinstance(node, exp.Column) and node.name.lower() == column.name.lower() and node.table == column.table


def _is_birth_part(column: exp.Column, day: bool) -> bool:
    """An integer part of a birth date as its role allows: inside the date made of the parts, used as a birth date
    is (an age, a month, whole years, a birthday); a birthday's month and day (month * 100 + day) between two
    numbers; or, a year or a month (never a day alone), compared with whole numbers."""
    parent = column.parent
    if isinstance(parent, exp.DateFromParts):
        return _is_age(parent) or _is_birth_month(parent) or _is_birth_years(parent) or _is_birthday(parent)
    if day and not isinstance(parent, (exp.Add, exp.Mul)):
        return False
    if isinstance(parent, (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)) and parent.this is column:
        return _whole_number(parent.expression)
    if isinstance(parent, exp.In) and parent.this is column:
        return bool(parent.expressions) and all(_whole_number(e) for e in parent.expressions)
    if isinstance(parent, exp.Between) and parent.this is column:
        return _whole_number(parent.args.get("low")) and _whole_number(parent.args.get("high"))
    day = parent.parent if isinstance(parent, exp.Mul) and _whole_number(parent.expression) else parent
    if isinstance(day, exp.Add) and isinstance(day.parent, exp.Between) and day.parent.this is day:
        return _whole_number(day.parent.args.get("low")) and _whole_number(day.parent.args.get("high"))
    return False


def _whole_number(node: exp.Expr | None) -> bool:
    return isinstance(node, exp.Literal) and not node.is_string and node.name.lstrip("-").isdigit()


def _is_age(column: exp.Expr) -> bool:
    """date_diff('year', col, as_of), or strftime(col, '%m-%d') correcting such a date_diff (age in full years)."""
    parent = column.parent
    if _is_year_diff(parent, column):
        return True
    if not (isinstance(parent, exp.TimeToStr) and parent.args.get("format") is not None
            and parent.args["format"].name == "%m-%d"):
        return False
    ancestor = parent.parent
    while ancestor is not None:
        if isinstance(ancestor, exp.Sub) and _is_year_diff(ancestor.this, column):
            return True
        ancestor = ancestor.parent
    return False


def _is_birth_month(column: exp.Expr) -> bool:
    """month(birth_date): the month of a birthday, any year."""
    return isinstance(column.parent, exp.Month)


def _is_birthday(column: exp.Expr) -> bool:
    """strftime(birth_date, '%m-%d') BETWEEN two month-day literals ('10-01' AND '10-07'): a birthday among some days
    of any year (the year, which would make it a date of birth, is never read; a bound alone, '> 05-01', or a day
    of the month alone are no birthday and stay refused)."""
    parent = column.parent
    if not (isinstance(parent, exp.TimeToStr) and parent.this is column and parent.args.get("format") is not None
            and parent.args["format"].name == "%m-%d"):
        return False
    compared = parent.parent
    if not isinstance(compared, exp.Between) or compared.this is not parent:
        return False
    bounds = [compared.args.get("low"), compared.args.get("high")]
    return all(isinstance(b, exp.Literal) and b.is_string and _MONTH_DAY.fullmatch(b.name) for b in bounds)


_MONTH_DAY = re.compile(r"(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")


def _is_birth_years(column: exp.Expr) -> bool:
    """birth_date compared with the first of January of a year (born before, in or after whole years), or with a
    day whole years before another (an age bound: a glossary's 'seniors', `birth_date <= {as_of} - INTERVAL 60
    YEAR`)."""
    parent = column.parent
    if not isinstance(parent, (exp.GT, exp.GTE, exp.LT, exp.LTE)) or parent.this is not column:
        return False
    bound = parent.expression
    if isinstance(bound, exp.Cast) and isinstance(bound.this, exp.Literal) and bound.this.is_string:
        return len(bound.this.name) == 10 and bound.this.name[4:] == "-01-01"
    if isinstance(bound, exp.Sub) and isinstance(bound.expression, exp.Interval):
        day, interval = bound.this, bound.expression
        unit = interval.args.get("unit")
        return isinstance(day, exp.Cast) and isinstance(day.this, exp.Literal) and day.this.is_string \
            and unit is not None and unit.name.upper() in ("YEAR", "YEARS") \
            and isinstance(interval.this, exp.Literal) and interval.this.name.isdigit()
    return False
