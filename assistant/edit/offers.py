"""What the catalog offers the criterion editor: the subjects a criterion can be about, a behaviour's dimensions,
and the catalog's labels for them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from assistant.translate.lang_en import WORDING
from schema_catalog.model import Catalog
from schema_catalog.semantic import profile_tables

NUMERIC = ("BIGINT", "INTEGER", "DECIMAL", "DOUBLE")
DATES = ("DATE", "TIMESTAMP")
OPERATORS = {">=": "at least", ">": "more than", "<=": "at most", "<": "less than", "=": "exactly", "between": "between"}
UNITS = {"DAY": "days", "WEEK": "weeks", "MONTH": "months"}
PERIODS = {"this_month": "this month", "last_month": "last month", "this_quarter": "this quarter",
           "last_quarter": "last quarter", "this_year": "this year", "last_year": "last year"}
# the editor's choices of days of the week, ISO (1 Monday .. 7 Sunday), named as the English wording names them
DAYS = dict(enumerate(WORDING["days"]["names"], start=1))
WINDOW_MODES = {"any": "any time", "last": "in the last…", "period": "calendar period", "between": "between two dates"}


@dataclass(frozen=True)
class Subject:
    """Something a criterion can be about, as the picker lists it."""
    key: str                      # column:<schema.table.column> | age:<column> | born:<column> | event:<name> |
                                  # indicator:<name> | term:<i> | list:<table>
    label: str
    kind: Literal["vocabulary", "number", "date", "event", "indicator", "term", "list"]
    options: dict[str, str] = field(default_factory=dict)   # stored value -> label (vocabulary, indicator)
    unit: str | None = None


# -- what the catalog offers -----------------------------------------------------------------------------

def subjects(catalog: Catalog) -> list[Subject]:
    """Attributes of the customer (vocabulary, numbers, dates), behaviours, indicators, terms and lists."""
    key = catalog.entity.key
    out: list[Subject] = []
    reached = profile_tables(catalog)   # also tables reached from the customer (customer -> address -> state)
    for qualified, table in catalog.tables.items():
        if key not in table.columns and qualified not in reached:
            continue
        for name, col in table.columns.items():
            # A birth column is read through its role only (see assistant/sql/personal.py): an age, a year of birth.
            if col.role in ("birth_date", "birth_year"):
                out.append(Subject(f"age:{qualified}.{name}", "Age", "number", unit="years"))
                out.append(Subject(f"born:{qualified}.{name}", "Year of birth", "number"))
                continue
            if name == key or col.personal or col.free_text:
                continue
            column = f"{qualified}.{name}"
            label = column_label(catalog, column)
            if col.values:
                out.append(Subject(f"column:{column}", label, "vocabulary",
                                   {v: (val.label or v) for v, val in col.values.items()}))
            elif col.type in NUMERIC:
                out.append(Subject(f"column:{column}", label, "number", unit=_unit(catalog, col.unit)))
            elif col.type in DATES:
                out.append(Subject(f"column:{column}", label, "date"))
        if table.synonyms and len(table.columns) and qualified != catalog.entity.table:
            out.append(Subject(f"list:{qualified}", f"On the {table.synonyms[0]}", "list"))
    for name, ev in catalog.events.items():
        out.append(Subject(f"event:{name}", _cap(ev.label), "event", unit=_unit(catalog, "currency") if ev.amount else None))
    for name, ind in catalog.indicators.items():
        if ind.values:
            out.append(Subject(f"indicator:{name}", _cap(ind.label), "indicator",
                               {v: (val.label or v) for v, val in ind.values.items()}))
        elif ind.type in NUMERIC:     # a number compared: 'lifetime spend above 1,000'
            out.append(Subject(f"indicator:{name}", _cap(ind.label), "number"))
    for i, term in enumerate(catalog.glossary):
        out.append(Subject(f"term:{i}", _cap(term.term), "term"))
    return sorted(out, key=lambda s: (s.kind != "event", s.label.lower()))


def subject(catalog: Catalog, key: str) -> Subject:
    for s in subjects(catalog):
        if s.key == key:
            return s
    raise KeyError(key)


def dimensions(catalog: Catalog, event: str) -> dict[str, dict[str, str]]:
    """The event's dimensions that have a vocabulary: name -> {stored value: label}."""
    out = {}
    for name, dim in catalog.events[event].dimensions.items():
        col = catalog.column(dim.column)
        if col.values:
            out[name] = {v: (val.label or v) for v, val in col.values.items()}
    return out


def free_text_dimensions(catalog: Catalog, event: str) -> list[str]:
    """The event's dimensions whose values are data (a brand, a store city, a product name), never personal ones:
    the editor offers the warehouse's own distinct values for them (`pipeline.dimension_values`)."""
    out = []
    for name, dim in catalog.events[event].dimensions.items():
        col = catalog.column(dim.column)
        if col.free_text and not col.values and not col.personal:
            out.append(name)
    return out


def column_label(catalog: Catalog, column: str) -> str:
    """'crm.customers.loyalty_tier' -> 'Loyalty tier'; a column of another table says which ('Consents channel')."""
    table, name = column.rsplit(".", 1)
    words = name.replace("_", " ")
    if table != catalog.entity.table and name in {"channel", "status", "country", "city", "reason", "type"}:
        words = f"{table.split('.')[1].replace('_', ' ').rstrip('s')} {words}"
    return _cap(words)


def _unit(catalog: Catalog, unit: str | None) -> str | None:
    return catalog.currency if unit == "currency" else unit


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
