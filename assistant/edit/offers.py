"""What the catalog offers the criterion editor: the subjects a criterion can be about, a behaviour's dimensions,
and the catalog's labels for them."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from typing import Literal

from assistant.meaning import own_date
from assistant.translate.lang_en import WORDING
from schema_catalog.model import Catalog
from schema_catalog.semantic import birth_parts, customers_own, profile_tables

NUMERIC = ("BIGINT", "INTEGER", "DECIMAL", "DOUBLE")
DATES = ("DATE", "TIMESTAMP")
OPERATORS = {">=": "at least", ">": "more than", "<=": "at most", "<": "less than", "=": "exactly", "between": "between"}
UNITS = {"DAY": "days", "WEEK": "weeks", "MONTH": "months"}
PERIODS = {"this_month": "this month", "last_month": "last month", "this_quarter": "this quarter",
           "last_quarter": "last quarter", "this_year": "this year", "last_year": "last year"}
# the editor's choices of days of the week, ISO (1 Monday .. 7 Sunday), named as the English wording names them
DAYS = dict(enumerate(WORDING["days"]["names"], start=1))
# the editor's choices of hours of the day (0 .. 23), each the hour it starts ('11pm' is 23:00 to 23:59)
HOURS = dict(enumerate(f"{h:02d}:00-{h:02d}:59" for h in range(24)))
WINDOW_MODES = {"any": "any time", "last": "in the last…", "period": "calendar period", "between": "between two dates"}
MONTHS = {m: calendar.month_name[m] for m in range(1, 13)}     # calendar months of any year ('a birthday in October')
# two behaviours compared on (versus) and the direction of the comparison
COMPARED_ON = {"amount": "spend", "count": "number of times", "average": "average spend per event"}
DIRECTIONS = {">": "more", "<": "less", ">=": "as much or more", "<=": "as much or less"}
# kinds of criteria made of other parts, or read as a whole; each is the prefix of its subject's key. The picker
# lists those a new criterion can start from when the catalog has what they read (an OR is made of two cards)
WHOLE = {"any_of": "Either / or", "versus": "Two behaviours compared", "distinct": "Different values of a behaviour",
         "known": "A value on file, or none", "top": "Top customers by a number",
         "spacing": "Time between a behaviour's events"}
# the time between a behaviour's events (spacing): which time, and its units
SPACINGS = {"span": "from the first to the latest", "gap": "on average from one to the next"}
SPACING_UNITS = {"DAY": "days", "WEEK": "weeks", "MONTH": "months", "YEAR": "years"}


@dataclass(frozen=True)
class Subject:
    """Something a criterion can be about, as the picker lists it."""
    key: str                      # column:<schema.table.column> | age:<column> | born:<column> | months:<column> |
                                  # birthday:<column> |
                                  # event:<name> | indicator:<name> | term:<i> | list:<table> |
                                  # flag:<column>|<flag column> | any_of: | versus: | distinct: | known: | top: | spacing:
    label: str
    kind: Literal["vocabulary", "text", "number", "date", "months", "event", "indicator", "term", "list", "flag", "any_of",
                  "versus", "distinct", "known", "top", "spacing"]
    options: dict = field(default_factory=dict)   # stored value -> label (vocabulary, indicator, flag, months)
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
                if col.role == "birth_date" or (birth_parts(catalog, qualified) or ("", None))[1]:
                    out.append(Subject(f"months:{qualified}.{name}", "Birthday month", "months", MONTHS))
                if col.role == "birth_date" or all((birth_parts(catalog, qualified) or ("", None, None))[1:]):
                    # its month and day, any year, among a window's days ('a birthday in the next 7 days')
                    out.append(Subject(f"birthday:{qualified}.{name}", "Birthday (any year)", "date"))
                continue
            if name == key or col.personal:
                continue
            column = f"{qualified}.{name}"
            label = column_label(catalog, column)
            if col.values:
                out.append(Subject(f"column:{column}", label, "vocabulary",
                                   {v: (val.label or v) for v, val in col.values.items()}))
            elif col.free_text:     # a city: its values are data, the editor lists the warehouse's own
                out.append(Subject(f"column:{column}", label, "text"))
            elif col.type in NUMERIC:
                out.append(Subject(f"column:{column}", label, "number", unit=_unit(catalog, col.unit)))
            elif col.type in DATES:
                out.append(Subject(f"column:{column}", label, "date"))
                out.append(Subject(f"months:{column}", f"{label}: month of any year", "months", MONTHS))
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
    offered = {"versus": len(catalog.events) >= 2, "distinct": any(counted_dimensions(catalog, [e]) for e in catalog.events),
               "known": bool(on_file(catalog)), "top": bool(_rankable(catalog, out)), "spacing": bool(catalog.events)}
    out += [Subject(f"{kind}:", WHOLE[kind], kind) for kind, ok in offered.items() if ok]
    return sorted(out, key=lambda s: (s.kind != "event", s.label.lower()))


def subject(catalog: Catalog, key: str) -> Subject:
    """The subject of this key: one the picker lists, or a kind it does not list (an OR, a comparison of two
    behaviours, a flag with a value ...), which a card of that kind offers as its own."""
    for s in subjects(catalog):
        if s.key == key:
            return s
    kind, _, name = key.partition(":")
    if kind in WHOLE and not name:
        return Subject(key, WHOLE[kind], kind)
    if kind == "flag":
        column, flag = name.split("|")
        values = catalog.column(column).values
        if values:
            return Subject(key, f"{column_label(catalog, column)} ({column_label(catalog, flag).lower()})", "flag",
                           {v: (val.label or v) for v, val in values.items()})
    raise KeyError(key)


def ranked_by(catalog: Catalog) -> dict[str, str]:
    """What customers can be ranked by, subject key -> label: a number of their own (`_own`) or a numeric indicator."""
    return _rankable(catalog, subjects(catalog))


def _rankable(catalog: Catalog, listed: list[Subject]) -> dict[str, str]:
    numbers = [s for s in listed if s.kind == "number" and (
        s.key.startswith("indicator:") or s.key.startswith("column:") and _own(catalog, s.key[len("column:"):]))]
    # the customer's own table first, indicators last: a new ranking starts from the first
    numbers.sort(key=lambda s: (s.key.startswith("indicator:"),
                                not s.key.startswith(f"column:{catalog.entity.table}.")))
    return {s.key: s.label for s in numbers}


def _own(catalog: Catalog, column: str) -> bool:
    """A column of the customer's own values: its table holds the customer's key and is no table of events (a
    message's campaign id is one per message, not per customer)."""
    table = column.rsplit(".", 1)[0]
    return catalog.entity.key in catalog.tables[table].columns and \
        table not in {ev.table for ev in catalog.events.values()}


def on_file(catalog: Catalog) -> dict[str, str]:
    """The customer's own values that can be on file or not, column -> label (`_own`), never a personal one unless
    it is a channel's contact point (its presence is all that is read)."""
    contacts = {c.contact for c in catalog.policies.channels.values()}
    out = {}
    for qualified, table in catalog.tables.items():
        for name, col in table.columns.items():
            column = f"{qualified}.{name}"
            if name != catalog.entity.key and _own(catalog, column) and (not col.personal or column in contacts):
                out[column] = column_label(catalog, column)
    return out


def counted_dimensions(catalog: Catalog, events: list[str]) -> list[str]:
    """The dimensions whose different values can be counted over these events: those every one of them has (and
    each has an id, so its values are read per event)."""
    if not events or not all(catalog.events[e].id for e in events):
        return []
    first, *rest = (catalog.events[e].dimensions for e in events)
    return [d for d in first if all(d in other for other in rest)]


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


def own_places(catalog: Catalog, event: str) -> dict[str, str]:
    """The dimensions of a behaviour the catalog compares with an attribute of the customers' own ('abroad': the
    store's country against theirs), each by its words and theirs ('Store country, against their country')."""
    ev = catalog.events[event]
    return {d: f"{_cap(d.replace('_', ' '))}, against their {column_label(catalog, own).lower()}"
            for d in ev.dimensions if (own := customers_own(catalog, ev, d)) is not None}


def own_dates(catalog: Catalog) -> dict[str, str]:
    """The dates of the customer's own profile a behaviour can be counted from ('since joining'), by their label."""
    return {f"{t}.{c}": column_label(catalog, f"{t}.{c}") for t in catalog.tables for c in catalog.tables[t].columns
            if own_date(catalog, f"{t}.{c}")}


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
