"""What a warehouse holds, measured: tables, columns and types, declared keys, and per column a few counts.

The first step of `audience catalog draft`. Counts come from a bounded sample of each table (its first
SAMPLE_ROWS rows) and travel as numbers: a column's values are read only when it has few distinct ones and
is not personal (the caller decides which, before any value is read: `read_values`). Key candidates get an exact uniqueness count
on the whole table. Every statement is built with sqlglot from quoted identifiers, so a name read from the
warehouse is never pasted into SQL text; the statements run through the warehouse edge (read-only, time
limit), which transpiles them for engines other than DuckDB.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlglot import exp

from assistant.edges.warehouse.base import Constraint, Warehouse
from assistant.errors import WarehouseError
from schema_catalog import names
from schema_catalog.types import family

SAMPLE_ROWS = 20_000       # rows a column's counts are measured on
VALUE_ROWS = 100_000       # rows a closed vocabulary's values are read from
PATTERN_ROWS = 2_000       # rows the personal-data patterns are tried on
MAX_VALUES = 30            # more distinct values than this: not a closed vocabulary
MIN_SHARE = 0.8            # share of non-null sampled values matching a pattern for the column to count as that kind

# Anchored patterns of personal values, tried in the engine: only the number of matches comes back.
PATTERNS = {
    "e-mail addresses": r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$",
    # international (+33 6..., 0049 ...), national in pairs (06 12 34 56 78), North American ((555) 123-4567)
    "phone numbers": r"^(\+|00)[0-9][0-9 ().-]{6,18}[0-9]$|^0[0-9]([ .-]?[0-9]{2}){4}$|^\(?[0-9]{3}\)?[ .-][0-9]{3}[ .-][0-9]{4}$",
    "IP addresses": r"^[0-9]{1,3}(\.[0-9]{1,3}){3}$",
}


@dataclass
class ColumnProfile:
    name: str
    type: str                        # as the warehouse names it, e.g. DECIMAL(7,2)
    non_null: int = 0                # in the sample
    distinct: int = 0                # in the sample
    avg_length: float | None = None  # text columns
    matches: dict[str, float] = field(default_factory=dict)  # pattern -> share of sampled non-null values
    unique: bool | None = None       # exact, over the whole table (key candidates only)
    values: list[tuple[str, int]] | None = None  # sampled vocabulary, most frequent first (None: not read, or too many)

    @property
    def family(self) -> str:
        return family(self.type)


@dataclass
class TableProfile:
    schema: str
    name: str
    rows: int
    sampled: int                  # rows the counts were measured on
    columns: dict[str, ColumnProfile]

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"


@dataclass
class WarehouseProfile:
    tables: dict[str, TableProfile]
    constraints: list[Constraint]
    dialect: str = "duckdb"

    def column(self, qualified: str) -> ColumnProfile:
        table, column = qualified.rsplit(".", 1)
        return self.tables[table].columns[column]


# -- SQL, built from identifiers -----------------------------------------------------------------------

def table_ref(qualified: str, alias: str | None = None) -> exp.Table:
    schema, name = qualified.split(".", 1)
    return exp.Table(this=exp.to_identifier(name, quoted=True), db=exp.to_identifier(schema, quoted=True),
                     alias=exp.TableAlias(this=exp.to_identifier(alias)) if alias else None)


def col(name: str, table: str | None = None) -> exp.Column:
    return exp.Column(this=exp.to_identifier(name, quoted=True), table=exp.to_identifier(table) if table else None)


def _sample(qualified: str, rows: int, where: exp.Expr | None = None) -> exp.Subquery:
    inner = exp.select("*").from_(table_ref(qualified)).limit(rows)
    if where is not None:
        inner = inner.where(where)
    return inner.subquery("s")


def _count_if(condition: exp.Expr) -> exp.Expr:
    return exp.func("sum", exp.If(this=condition, true=exp.Literal.number(1), false=exp.Literal.number(0)))


def _run(wh: Warehouse, query: exp.Query, what: str) -> list[tuple]:
    try:
        return wh.query(query.sql(dialect="duckdb"), max_rows=10_000).rows
    except WarehouseError as exc:
        raise WarehouseError(f"could not measure {what}: {exc.message}", hint=exc.hint) from None


# -- measuring ------------------------------------------------------------------------------------------

def profile_warehouse(wh: Warehouse, progress: Callable[[int, int, str], None] | None = None) -> WarehouseProfile:
    """Tables, columns, declared keys and counts of the warehouse; no value is read yet (see read_values)."""
    live = wh.columns()
    constraints = wh.constraints()
    declared = {(c.table, c.columns[0]) for c in constraints if c.kind in ("primary", "unique") and len(c.columns) == 1}
    tables: dict[str, TableProfile] = {}
    for i, (qualified, columns) in enumerate(sorted(live.items())):
        if progress:
            progress(i, len(live), qualified)
        tables[qualified] = _profile_table(wh, qualified, columns, declared)
    if progress:
        progress(len(live), len(live), "measured")
    return WarehouseProfile(tables, constraints, getattr(wh, "dialect", "duckdb"))


def _profile_table(wh: Warehouse, qualified: str, types: dict[str, str], declared: set) -> TableProfile:
    schema, name = qualified.split(".", 1)
    columns = {c: ColumnProfile(c, t) for c, t in types.items()}
    rows = _run(wh, exp.select(exp.func("count", exp.Star())).from_(table_ref(qualified)), qualified)[0][0]
    table = TableProfile(schema, name, rows, min(rows, SAMPLE_ROWS), columns)
    if rows:
        _measure(wh, table)
        _match_patterns(wh, table)
    for column in columns.values():
        if _key_candidate(column, table, (qualified, column.name) in declared):
            column.unique = _is_unique(wh, table, column)
    return table


def vocabulary_candidate(column: ColumnProfile) -> bool:
    """A text column whose values may be a closed vocabulary: few distinct values, short, not a key."""
    return (column.family == "text" and 0 < column.distinct <= 2 * MAX_VALUES and not column.unique
            and (column.avg_length or 0) <= 40)


def read_values(wh: Warehouse, profile: WarehouseProfile, columns: list[str]) -> None:
    """Read the vocabulary of each listed column (schema.table.column). The caller lists only columns it has
    judged not personal: this is the one place values leave the warehouse."""
    for qualified in columns:
        table, name = qualified.rsplit(".", 1)
        profile.column(qualified).values = _values(wh, table, name)


def _distinct(c: exp.Expr, dialect: str) -> exp.Expr:
    # DuckDB's HyperLogLog estimate is three times faster than an exact count; the estimate only picks which
    # columns get an exact count (keys) or have their values read (a GROUP BY that is exact anyway).
    return exp.ApproxDistinct(this=c) if dialect == "duckdb" else exp.Count(this=exp.Distinct(expressions=[c]))


def _measure(wh: Warehouse, table: TableProfile) -> None:
    """Non-null and distinct counts of every column, and average lengths of text, in one scan of the sample."""
    names = list(table.columns)
    dialect = getattr(wh, "dialect", "duckdb")
    parts: list[exp.Expr] = [exp.func("count", exp.Star())]
    for c in names:
        parts += [exp.func("count", col(c)), _distinct(col(c), dialect)]
        if table.columns[c].family == "text":
            parts.append(exp.func("avg", exp.Length(this=col(c))))
    row = _run(wh, exp.select(*parts).from_(_sample(table.qualified, SAMPLE_ROWS)), table.qualified)[0]
    table.sampled, i = row[0], 1
    for c in names:
        column = table.columns[c]
        column.non_null, column.distinct = row[i], row[i + 1]
        i += 2
        if column.family == "text":
            column.avg_length = float(row[i]) if row[i] is not None else None
            i += 1


def _match_patterns(wh: Warehouse, table: TableProfile) -> None:
    """Share of sampled text values that look like e-mail addresses, phone numbers, IP addresses."""
    text = [c for c, p in table.columns.items() if p.family == "text" and p.non_null]
    if not text:
        return
    parts = [_count_if(exp.RegexpLike(this=col(c), expression=exp.Literal.string(pattern)))
             for c in text for pattern in PATTERNS.values()]
    parts += [exp.func("count", col(c)) for c in text]
    row = _run(wh, exp.select(*parts).from_(_sample(table.qualified, PATTERN_ROWS)), table.qualified)[0]
    counts, totals = row[:len(parts) - len(text)], row[len(parts) - len(text):]
    for i, c in enumerate(text):
        for j, kind in enumerate(PATTERNS):
            if totals[i]:
                table.columns[c].matches[kind] = (counts[i * len(PATTERNS) + j] or 0) / totals[i]


KEY_SUFFIXES = ("sk", "id", "key", "code", "number", "no")


def _key_candidate(column: ColumnProfile, table: TableProfile, declared: bool) -> bool:
    """Worth an exact uniqueness count: declared, or an integer/text column unique and complete in the sample,
    named like a key (or a date: a date dimension's calendar day is unique)."""
    if declared:
        return True
    if not table.rows or column.family not in ("integer", "text", "date"):
        return False
    complete = column.non_null == table.sampled and column.distinct >= 0.85 * table.sampled  # an estimate (HyperLogLog errs by a few %)
    # (a key's word last or first: order_id, id_commande)
    named = column.family == "date" or names.tokens(column.name)[-1:] in [[k] for k in KEY_SUFFIXES] \
        or column.name.lower() == "id"
    return complete and named


def _is_unique(wh: Warehouse, table: TableProfile, column: ColumnProfile) -> bool:
    c = col(column.name)
    dup, missing = _run(wh, exp.select(exp.Sub(this=exp.func("count", c), expression=exp.Count(this=exp.Distinct(expressions=[c]))),
                                       exp.Sub(this=exp.func("count", exp.Star()), expression=exp.func("count", c)))
                        .from_(table_ref(table.qualified)), f"{table.qualified}.{column.name}")[0]
    return dup == 0 and missing == 0


def _values(wh: Warehouse, qualified: str, column: str) -> list[tuple[str, int]] | None:
    """The column's values in a bounded sample with their counts, most frequent first (ties by value); None when
    there are more than MAX_VALUES (the estimate let it through)."""
    c = col(column)
    n = exp.func("count", exp.Star())
    query = (exp.select(c, n).from_(_sample(qualified, VALUE_ROWS, exp.Not(this=exp.Is(this=c.copy(), expression=exp.Null()))))
             .group_by(c.copy()).order_by(exp.Ordered(this=n.copy(), desc=True), exp.Ordered(this=c.copy()))
             .limit(MAX_VALUES + 1))
    found = [(str(v), int(k)) for v, k in _run(wh, query, f"the values of {qualified}.{column}")]
    if len(found) > MAX_VALUES:
        return None
    return [(v, k) for v, k in found if v.strip()] or None  # an empty string is no word a marketer types


def match_shares(wh: Warehouse, pairs: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], tuple[int, int]]:
    """For candidate joins (from_table, from_column, to_table, to_column), grouped by from_table: how many
    non-null `from` values there are and how many find their target, in one scan per from_table.

    Targets are unique columns, so the left joins never multiply rows."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    by_table: dict[str, list[tuple[str, str, str]]] = {}
    for ft, fc, tt, tc in pairs:
        by_table.setdefault(ft, []).append((fc, tt, tc))
    for ft, joins in by_table.items():
        query = exp.select(*[p for i, (fc, _, _) in enumerate(joins)
                             for p in (exp.func("count", col(fc, "f")), exp.func("count", col(joins[i][2], f"t{i}")))])
        query = query.from_(table_ref(ft, "f"))
        for i, (fc, tt, tc) in enumerate(joins):
            query = query.join(table_ref(tt, f"t{i}"), on=exp.EQ(this=col(fc, "f"), expression=col(tc, f"t{i}")),
                               join_type="left")
        row = _run(wh, query, f"the joins of {ft}")[0]
        for i, (fc, tt, tc) in enumerate(joins):
            out[(f"{ft}.{fc}", f"{tt}.{tc}")] = (row[2 * i], row[2 * i + 1])
    return out
