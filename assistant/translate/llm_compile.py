"""A model's part becomes a criterion only through the catalog: a typed meaning is checked (from_spec, the
types of its columns), compiled by the same renderer as the offline translator's, then guarded and bound.
On the expert path the model's SQL is guarded and bound, and marked for the reviewer."""
from __future__ import annotations

import datetime as dt

import sqlglot
from sqlglot import exp

from assistant.definition import SQL_MARK, Criterion
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import AudienceError, TranslationError
from assistant.meaning import from_spec, to_spec
from assistant.sql.bind import bind
from assistant.translate.llm_answer import MeaningPart, SqlPart
from assistant.translate.llm_context import slug
from assistant.translate.meaning_schema import type_errors
from schema_catalog.model import Catalog
from schema_catalog.templates import render as render_sql


def compile_meaning(part: MeaningPart, phrase: str, catalog: Catalog, wh: Warehouse, as_of: dt.date) -> tuple[Criterion, list[str]]:
    """The criterion and the notes its rendering made; raises TranslationError (or the guard's and engine's errors)."""
    condition = from_spec(with_defaults(part.meaning, catalog), catalog)
    wrong = type_errors(condition, catalog)
    if wrong:
        raise TranslationError("; ".join(wrong), hint="pick a column of the type the condition needs")
    empty = _empty(condition)
    if empty:
        raise TranslationError(f"the meaning is incomplete: its {empty} is empty", hint="give every list at least one item")
    try:
        rendered = condition.render(catalog, as_of)
    except (AttributeError, TypeError, KeyError, IndexError, ValueError) as exc:
        # names all exist, but the shape does not hold together (an event with no event, a date with no window)
        raise TranslationError(f"the meaning is incomplete and cannot be compiled ({type(exc).__name__}: {exc})",
                               hint="give every field its condition kind needs") from None
    bind(wh, rendered.sql, catalog)
    return (Criterion(label=rendered.label, phrase=phrase, sql=rendered.sql, meaning=rendered.meaning, origin="llm",
                      spec=to_spec(condition)), list(condition.notes))


def compile_sql(part: SqlPart, phrase: str, catalog: Catalog, wh: Warehouse, as_of: dt.date) -> tuple[Criterion, list[str]]:
    sql = expand_named_tables(part.sql, catalog, as_of)
    bind(wh, sql, catalog)
    return (Criterion(label=part.label, phrase=phrase, sql=sql, meaning=part.meaning, origin="llm"),
            [f"'{part.label}': {SQL_MARK}"])


def _empty(condition) -> str | None:
    """The first list a condition cannot do without that the model left empty ('an event of no event')."""
    for name in ("events", "values", "groups"):
        if hasattr(condition, name) and not getattr(condition, name):
            return name
    for group in getattr(condition, "groups", []):
        if not group:
            return "group"
        for inner in group:
            if _empty(inner):
                return _empty(inner)
    return None


def with_defaults(spec: dict, catalog: Catalog) -> dict:
    """Labels are the catalog's, not the model's: a model cannot call 'vip' 'gold' in front of the reviewer."""
    if not isinstance(spec, dict):
        return spec
    spec = dict(spec)
    kind = spec.get("kind")
    if kind == "any_of" and isinstance(spec.get("groups"), list):
        spec["groups"] = [[with_defaults(c, catalog) for c in g] if isinstance(g, list) else g for g in spec["groups"]]
    if kind in ("value", "flag_value") and isinstance(spec.get("values"), list):
        spec["labels"] = [_value_label(catalog, spec.get("column"), v) for v in spec["values"]]
    if kind == "list" and not spec.get("label"):
        spec["label"] = str(spec.get("table", "")).rsplit(".", 1)[-1].replace("_", " ")
    return spec


def _value_label(catalog: Catalog, column, value) -> str:
    table, _, name = str(column).rpartition(".")
    col = catalog.tables.get(table).columns.get(name) if table in catalog.tables else None
    stored = col.values.get(value) if col is not None and isinstance(value, str) else None
    return stored.label if stored is not None and stored.label else str(value)


def expand_named_tables(sql: str, catalog: Catalog, as_of: dt.date) -> str:
    """Replace glossary.<term> and indicator.<name> by their catalog SQL, so terms mean the same for everyone."""
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except (sqlglot.errors.SqlglotError, RecursionError):
        return sql  # the guard reports it, with its position or as too deeply nested
    terms = {slug(t.term): t for t in catalog.glossary}
    changed = False
    for table in list(tree.find_all(exp.Table)):
        body = None
        if table.db == "glossary" and table.name in terms:
            term = terms[table.name]
            body = render_sql(term.sql, as_of, term.parameters)
        elif table.db == "indicator" and table.name in catalog.indicators:
            body = render_sql(catalog.indicators[table.name].sql, as_of)
        if body is not None:
            alias = table.alias or table.name
            table.replace(exp.Subquery(this=sqlglot.parse_one(body, read="duckdb"), alias=exp.TableAlias(this=exp.to_identifier(alias))))
            changed = True
    return tree.sql(dialect="duckdb") if changed else sql


def part_error(role: str, n: int, label: str, exc: AudienceError) -> str:
    return f"{role} {n} '{label}': {exc.message}" + (f" ({exc.hint})" if exc.hint else "")
