"""The JSON schema of a model's answer in meaning mode, built from the catalog.

The model does not write SQL: it picks typed conditions (assistant.meaning) whose names come from
enums of this catalog (column paths by type, events, their dimensions and small vocabularies,
indicators, glossary terms). An endpoint with structured output can then only answer with names that
exist; every answer is still checked by `from_spec`, because not every endpoint enforces a schema.
Parts of the catalog left out of a pruned prompt are left out of the schema too.
"""
from __future__ import annotations

from assistant.meaning import own_date, own_row_dimension, own_row_measure
from assistant.translate.llm_context import linked_tables
from schema_catalog.model import Catalog
from schema_catalog.types import family, is_numeric, is_temporal
from schema_catalog.semantic import customers_own, profile_tables

SMALL_VOCABULARY = 50     # a column with more stored values is named as free text, not enumerated


def _family(sql_type: str) -> str:
    """The model's four kinds of column: what a condition on it may compare."""
    if is_numeric(sql_type):
        return "number"
    if is_temporal(sql_type):
        return "date"
    return "boolean" if family(sql_type) == "boolean" else "text"


def _enum(values: list, kind: str = "string") -> dict:
    return {"type": kind, "enum": values} if values else {"type": kind}


def _scalars(values: list | None = None) -> dict:
    """Stored values: enumerated when the vocabulary is small, else any literal (always quoted when compiled)."""
    if values and len(values) <= SMALL_VOCABULARY:
        return {"type": "array", "minItems": 1, "items": {"enum": values}}
    return {"$ref": "#/$defs/literals"}


def answer_schema(catalog: Catalog, omitted: list[str] | tuple[str, ...] = ()) -> dict:
    """The whole answer: criteria and exclusions (label, phrase, meaning), unrecognized, ignored, a question."""
    part = {"type": "object", "additionalProperties": False, "required": ["label", "phrase", "meaning"],
            "properties": {"label": {"type": "string"},
                           "phrase": {"type": "string", "description": "the exact words of the request it comes from"},
                           "meaning": {"$ref": "#/$defs/condition"}}}
    question = {"type": "object", "additionalProperties": False, "required": ["question", "phrase", "options"],
                "properties": {"question": {"type": "string"}, "phrase": {"type": "string"},
                               "options": {"type": "array", "items": {"type": "string"}}}}
    strings = {"type": "array", "items": {"type": "string"}}
    return {"type": "object", "additionalProperties": False, "required": ["criteria", "exclusions"],
            "properties": {"criteria": {"type": "array", "items": {"$ref": "#/$defs/part"}},
                           "exclusions": {"type": "array", "items": {"$ref": "#/$defs/part"}},
                           "unrecognized": strings, "ignored": strings,
                           "question": {"anyOf": [{"type": "null"}, question]}},
            "$defs": {"part": part, **condition_defs(catalog, set(omitted))}}


def condition_defs(catalog: Catalog, omitted: set[str]) -> dict:
    tables = [t for t in catalog.tables if t in linked_tables(catalog) and f"table {t}" not in omitted]
    by_family = columns_by_family(catalog, tables)
    events = [e for e in catalog.events if f"event {e}" not in omitted]
    terms = [i for i, t in enumerate(catalog.glossary) if f"term {t.term}" not in omitted]
    indicators = [n for n, ind in catalog.indicators.items()
                  if (ind.values or is_numeric(ind.type)) and f"indicator {n}" not in omitted]
    vocabulary: dict[str, list | None] = {}      # a dimension name shared by events: the union of their values
    for e in events:
        for dim_name, dim in catalog.events[e].dimensions.items():
            values = list(catalog.column(dim.column).values) or None
            known = vocabulary.get(dim_name, [])
            vocabulary[dim_name] = None if values is None or known is None else list(dict.fromkeys(known + values))
    dims = {name: _scalars(values) for name, values in vocabulary.items()}
    measures = list(dict.fromkeys(m for e in events for m in catalog.events[e].measures))
    # the measures an event may have or lack on its own row (a ticket's score): 'rated tickets'; and the dimensions
    # (an order's coupon code): 'orders with a promo code'
    present = list(dict.fromkeys([m for e in events for m in catalog.events[e].measures if own_row_measure(catalog, e, m)]
                                 + [d for e in events for d in catalog.events[e].dimensions
                                    if own_row_dimension(catalog, e, d)]))
    # the dimensions the catalog compares with an attribute of the customers' own (the stores' country and where they
    # live): 'abroad', 'in their own city'
    paired = list(dict.fromkeys(d for e in events for d in catalog.events[e].dimensions
                                if customers_own(catalog, catalog.events[e], d) is not None))
    # the other dates of the events (declared `dates`, and the DATE columns of their tables): 'ends next month'
    other_dates = list(dict.fromkeys([d for e in events for d in catalog.events[e].dates] + [
        c for e in events for c, col in catalog.tables[catalog.events[e].table].columns.items()
        if is_temporal(col.type) and c != catalog.events[e].time]))
    neg = {"negated": {"type": "boolean", "description": "true: customers who do NOT match"}}
    # the yes/no columns the catalog dates on their own row (a consent's last change): when one was set is readable
    dated = [c for c in by_family["boolean"] if catalog.column(c).set_on]

    def kind(name: str, required: list[str], props: dict) -> dict:
        return {"type": "object", "additionalProperties": False, "required": ["kind", *required],
                "properties": {"kind": {"const": name}, **neg, **props}}

    variants = {
        "value": kind("value", ["column", "values"], {"column": {"$ref": "#/$defs/value_column"}, "values": _scalars()}),
        "flag_value": kind("flag_value", ["flag", "column", "values"],
                           {"flag": _enum(by_family["boolean"]), "column": {"$ref": "#/$defs/value_column"},
                            "values": _scalars(),
                            "yes": {"type": ["boolean", "null"], "description": "what the row's flag holds: true "
                                     "(default, 'opted in to SMS'), false a recorded no ('withdrew their email "
                                     "consent'), null either ('changed their SMS preference, in or out')"},
                            **({"set_in": {"$ref": "#/$defs/window", "description": "the period the row's flag was "
                                           "last set in, its own date on that row ('gave us email consent in the last "
                                           "60 days'); only for the flags: " + ", ".join(dated)}} if dated else {})}),
        "compare": kind("compare", ["column", "comparison"],
                        {"column": _enum(by_family["number"] + by_family["date"]), "comparison": {"$ref": "#/$defs/comparison"},
                         "age": {"type": "boolean", "description": "compare the age in years computed from a birth date"},
                         "year": {"type": "boolean", "description": "compare the year of a birth date ('born in the 80s')"}}),
        "date": kind("date", ["column"], {"column": _enum(by_family["date"]), "window": {"$ref": "#/$defs/window"},
                                          "months": {"type": "array", "description": "calendar months of any year "
                                                     "(a birthday in October: [10]); instead of a window",
                                                     "items": {"type": "integer", "minimum": 1, "maximum": 12}},
                                          "anniversary": {"type": "boolean", "description": "with a window: the "
                                                          "date's month and day, any year, among the window's days ('a "
                                                          "birthday in the next 7 days': start tomorrow, end 7 days "
                                                          "later)"}}),
        "event": kind("event", ["events"], {
            "events": {"type": "array", "minItems": 1, "items": _enum(events)},
            "dims": {"type": "object", "additionalProperties": False, "properties": dims},
            "other_than": {"type": "object", "additionalProperties": False, "properties": dims,
                           "description": "values a dimension's events must NOT have (or have none): the negated side "
                                          "of 'only on mobile' / 'always in store', beside the behaviour with the value"},
            **({"own_place": {"type": "object", "additionalProperties": False,
                              "properties": {d: {"type": "boolean"} for d in paired},
                              "description": "a dimension compared with the customer's own attribute, row by row: "
                                             "true their own ('in their own city'), false another known one ('abroad', "
                                             "'in a country other than the one they live in'); only: "
                                             + ", ".join(paired)}} if paired else {}),
            "window": {"$ref": "#/$defs/window"},
            **({"date": {**_enum(other_dates), "description": "another date of the events the window is on (a "
                                                            "contract's end: 'ends in the next 6 months'); absent: "
                                                            "the date that dates them"}} if other_dates else {}),
            "days": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 7}, "uniqueItems": True,
                     "description": "the days of the week the events fall on, ISO: 1 Monday .. 7 Sunday ('on Sundays': "
                                    "[7], 'at the weekend': [6, 7], 'on weekdays': [1, 2, 3, 4, 5]); absent: any day"},
            "months": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 12}, "uniqueItems": True,
                       "description": "months of ANY year, 1 Jan .. 12 Dec ('every December': [12]); 'in "
                                      "December' alone is a window"},
            "hours": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 23}, "uniqueItems": True,
                      "description": "hours of the day the events fall in, 0 (00:00-00:59) .. 23, across midnight "
                                     "('between 11pm and 2am': [23, 0, 1], 'after 10pm': [22, 23]); absent: any hour"},
            "since": {**_enum([f"{t}.{c}" for t in tables for c in catalog.tables[t].columns if own_date(catalog, f"{t}.{c}")]),
                      "description": "a date column of the customer's own profile: only events on or after it count "
                                     "('since joining': the signup date); absent: no such bound"},
            **({"since_set": {"$ref": "#/$defs/flag_value", "description": "a yes/no row of theirs the catalog dates "
                              "(" + ", ".join(dated) + "): only events on or after its last change count ('not sent "
                              "an email since they opted in': the email consent row, yes); no negation nor set_in"}}
               if dated else {}),
            "count": {"$ref": "#/$defs/comparison"},
            "days_counted": {"type": "boolean", "description": "the count counts the different calendar days its "
                             "events fall on ('ordered online on at least 3 separate days'); needs count, no amount, "
                             "rank, first, last or measure"},
            "amount": {"$ref": "#/$defs/comparison"},
            "own_amount": {"$ref": "#/$defs/comparison", "description": "with a measure, its amount and a count: a "
                           "bound on each counted event's own amount, held by the same event ('an order of 4+ units "
                           "for under 80': measure units, amount >= 4, own_amount < 80, count >= 1)"},
            "average": {"type": "boolean", "description": "amount is the average per event, not the total"},
            "first": {"type": "boolean", "description": "their first event falls in the window"},
            "last": {"type": "boolean", "description": "their latest event falls in the window"},
            "over": {"type": "array", "items": _enum(events),
                     "description": "with first or last: the first (latest) event is taken over all these events, "
                                    "and it must be one of `events` with `dims` ('whose first purchase was in an "
                                    "outlet store': over every purchase event, events the store purchase); "
                                    "the window then holds its time and amount is its own"},
            "rank": {"type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "top N percent by amount"},
            "top": {"type": "integer", "minimum": 1, "description": "the N customers with the highest amount"},
            "among": {"type": "array", "items": {"$ref": "#/$defs/condition"},
                      "description": "top N (or top rank percent) ranked only among the customers meeting these "
                                     "conditions"},
            "after": {"type": "object", "additionalProperties": False, "required": ["anchor"],
                      "description": "these events count only after an event of `anchor` of the same customer "
                                     "('received the email and then bought within 5 days of it': anchor the email "
                                     "received, within 5 DAY); anchor has no count, amount total, rank or negation",
                      "properties": {"anchor": {"$ref": "#/$defs/event"},
                                     "within": {"type": "integer", "minimum": 1,
                                                "description": "at most this long after the anchor's time"},
                                     "unit": {"enum": ["DAY", "MONTH"]},
                                     "latest": {"type": "boolean", "description": "after the customer's latest "
                                                "anchor event only ('haven't ordered since': since the last one)"},
                                     "same": {"type": "array", "items": {"type": "string"},
                                              "description": "dimensions whose value the event shares with that "
                                              "anchor event ('viewed a product, then bought from that same category': "
                                              "[\"category\"]); both behaviours have them; never with latest"},
                                     "day": {"type": "boolean", "description": "on the same calendar day as an anchor "
                                             "event, before or after it ('visited the site and ordered online that "
                                             "same day'); never with within or latest"}}},
            "running": {"type": "integer", "minimum": 2, "description": "its events fall in at least this many "
                        "calendar months in a row, each with one at least, inside the window ('bought three months "
                        "running this year': 3); no count, amount, rank, order or after with it"},
            "of_latest": {"type": "object", "additionalProperties": False, "required": ["n", "of"],
                          "description": "these events counted among the customer's n latest events of `of` (the "
                                         "same events: one table, one id); count compares how many of the n they are; "
                                         "fewer than n: out ('none of the last 5 emails opened': events message "
                                         "opened, count = 0, of the emails received, n 5)",
                          "properties": {"n": {"type": "integer", "minimum": 1}, "of": {"$ref": "#/$defs/event"}}},
            **({"measure": _enum(measures)} if measures else {}),
            **({"measured": {"type": "object", "additionalProperties": False,
                             "properties": {m: {"type": "boolean"} for m in present},
                             "description": "only the events that have this measure or dimension of their own row "
                                            "(true: 'rated tickets', 'tickets notés', 'their first rated ticket', "
                                            "'orders with a promo code', no value of it said) or lack it (false: "
                                            "'unrated tickets', 'ordered online without a promo code'); counts, "
                                            "averages, first/last and rankings are taken over those events"}}
               if present else {})}),
        "list": kind("list", ["table"], {"table": _enum(tables), "label": {"type": "string"}}),
        "term": kind("term", ["index"], {"index": _enum(terms, "integer"), "window": {"$ref": "#/$defs/window"}}),
        "any_of": kind("any_of", ["groups"], {"groups": {
            "type": "array", "minItems": 2, "description": "customers matching every condition of at least one group",
            "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}}},
            "exclusive": {"type": "boolean", "description": "true: exactly one group holds ('in store or online but "
                          "not both', 'mais pas les deux'); false or absent: at least one"}}),
    }
    variants.update(_aggregates(catalog, tables, by_family, list(dims), kind))
    if indicators:
        values = list(dict.fromkeys(v for n in indicators for v in catalog.indicators[n].values))
        variants["indicator"] = kind("indicator", ["indicator"],
                                     {"indicator": _enum(indicators), "values": _scalars(values),
                                      "comparison": {"$ref": "#/$defs/comparison",
                                                     "description": "a numeric indicator compared (instead of values)"}})
    relative = {"type": "object", "additionalProperties": False, "required": ["amount", "unit"],
                "description": "the last N days or months before today (ahead: the next N from tomorrow)",
                "properties": {"amount": {"type": "integer", "minimum": 1}, "unit": {"enum": ["DAY", "MONTH"]},
                               "ahead": {"type": "boolean", "description": "the N units after today: only for a date "
                                                                           "that runs ahead (an event's `date`)"}}}
    absolute = {"type": "object", "additionalProperties": False, "description": "from start (included) to end (excluded)",
                "properties": {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"}}}
    window = {"anyOf": [relative, absolute]}
    comparison = {"type": "object", "additionalProperties": False, "required": ["op", "value"],
                  "properties": {"op": {"enum": [">=", ">", "<", "<=", "="]}, "value": {"type": "number"},
                                 "upper": {"type": "number", "description": "a range: value..upper inclusive"}}}
    return {"condition": {"anyOf": [{"$ref": f"#/$defs/{k}"} for k in variants]}, **variants,
            "literals": {"type": "array", "minItems": 1, "items": {"type": ["string", "number", "boolean"]}},
            "value_column": _enum(by_family["text"] + by_family["boolean"] + by_family["number"]),
            "window": window, "comparison": comparison}


def _aggregates(catalog: Catalog, tables: list[str], by_family: dict[str, list[str]], dimensions: list[str],
                kind) -> dict:
    """Rankings, one behaviour against another, distinct counts and a value on file: each over the behaviours
    (an event condition) or the profile columns of the customer's own tables."""
    key = catalog.entity.key
    profile = [t for t in profile_tables(catalog) if t in tables and key in catalog.tables[t].columns]
    numbers = [c for c in by_family["number"] if c.rsplit(".", 1)[0] in profile]
    groups = [c for c in by_family["text"] + by_family["boolean"] if c.rsplit(".", 1)[0] in profile]
    contacts = {p.contact for p in catalog.policies.channels.values()}
    joined = join_keys(catalog)
    known = [f"{t}.{n}" for t in profile for n, col in catalog.tables[t].columns.items()
             if n != key and f"{t}.{n}" not in joined
             and (not col.personal or col.role == "birth_date" or f"{t}.{n}" in contacts)]
    event = {"$ref": "#/$defs/event"}
    # a comparison of averages ('average basket this year higher than last year's') is higher or lower only
    measure = {"enum": ["amount", "count", "average"], "description": "amount: the total spent; count: the number of "
               "events; average: each side's average amount per event, op '>' or '<', no share nor margin"}
    # a ranking may be by the average amount per event ('top 100 by average basket')
    ranked_by = {"enum": ["amount", "count", "average"], "description": "amount: the total spent; count: the number "
                 "of events; average: the average amount per event ('by average basket', 'par panier moyen')"}
    ranked = [n for n, ind in catalog.indicators.items() if is_numeric(ind.type)]
    return {
        "top": kind("top", [], {
            "n": {"type": "integer", "minimum": 1, "description": "the N best-ranked customers (or give percent)"},
            "percent": {"type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "the top N percent"},
            "source": {**event, "description": "ranked by this behaviour (or give column)"}, "measure": ranked_by,
            "column": {**_enum(numbers), "description": "ranked by this number of their profile"},
            **({"indicator": {"enum": ["", *ranked], "description": "ranked by this numeric indicator"}} if ranked else {}),
            "per": {**_enum(groups), "description": "ranked within each value of this profile column"},
            "among": {"type": "array", "items": {"$ref": "#/$defs/condition"},
                      "description": "ranked only among the customers meeting these conditions"}}),
        "versus": kind("versus", ["left", "right", "measure", "op"], {
            "left": event, "right": event, "measure": measure,
            "op": {"enum": [">", "<", ">=", "<="],
                   "description": "'>': more on the left behaviour than on the right one; '>=': as much or more "
                                  "('at least twice as much': the boundary is in)"},
            "share": {"type": "number", "exclusiveMinimum": 0,
                      "description": "the left side against this share of the right one ('more than 80% of their "
                                     "spend online': left online orders, right every purchase, share 0.8); above 1 a "
                                     "multiple ('20% more online than in store': 1.2, op '>='; 'three times as many "
                                     "orders online as in store': 3, op '>=')"},
            "within": {"type": "boolean",
                       "description": "a rate: left's events among right's (one table; count, share). The "
                                      "window is right's"},
            "margin": {"type": "number", "exclusiveMinimum": 0,
                       "description": "at least this much apart, in the direction of op ('spent €100 more online "
                                      "than in store': 100; '3 more orders': 3, measure count); never with share"},
            "margin_upper": {"type": "number", "exclusiveMinimum": 0,
                             "description": "with margin: at most this much apart ('spent between €100 and €200 more "
                                            "online than in store': margin 100, margin_upper 200)"}}),
        "distinct": kind("distinct", ["source", "dimension", "comparison"], {
            "source": event, "dimension": _enum(dimensions), "comparison": {"$ref": "#/$defs/comparison"},
            "same": {"type": "boolean",
                     "description": "true: the comparison counts the events sharing one same value, some value "
                                    "reaching it ('bought the same brand 3 times or more': comparison >= 3); false or "
                                    "absent: how many different values ('from at least 3 different brands')"},
            "per_event": {"type": "boolean",
                          "description": "true: the different values of one single event (an order, a ticket), some "
                                         "event reaching the comparison ('3+ categories in one order', 'in the same "
                                         "basket'); false or absent: over all the events. Never with same"}}),
        "spacing": kind("spacing", ["source", "between", "comparison", "unit"], {
            "source": {**event, "description": "the behaviour whose events are spaced (its values and window; no count, "
                                               "amount, first or last of its own: a count is a criterion of its own)"},
            "between": {"enum": ["span", "gap"],
                        "description": "span: the time from the customer's first to their latest event ('first and "
                                       "most recent purchase more than 3 years apart'); gap: the mean time from one "
                                       "event to the next ('on average less than three weeks between one purchase and "
                                       "the next'). Fewer than two events: out. Never an age"},
            "comparison": {"$ref": "#/$defs/comparison", "description": "how many units (a whole number; never '=')"},
            "unit": {"enum": ["DAY", "WEEK", "MONTH", "YEAR"]}}),
        "known": kind("known", ["column", "known"], {
            "column": _enum(known), "known": {"type": "boolean", "description": "true: a value is on file; false: none"}}),
    }


def join_keys(catalog: Catalog) -> set[str]:
    """Either end of a relationship and the date dimension's key: how rows are joined, never what a marketer asks."""
    joined = {end for r in catalog.relationships for end in (r.from_, r.to)}
    if catalog.date_dimension:
        joined.add(f"{catalog.date_dimension.table}.{catalog.date_dimension.key}")
    return joined


def columns_by_family(catalog: Catalog, tables: list[str]) -> dict[str, list[str]]:
    """Columns a condition may name, by type family; keys and contact details never select anyone by value.

    A key is the customer key, a column named *_id, or either end of a relationship (a star schema's surrogate
    keys: `cd_demo_sk` is how a row is joined, not a number a marketer compares)."""
    by_family: dict[str, list[str]] = {"number": [], "date": [], "boolean": [], "text": []}
    joined = join_keys(catalog)
    for t in tables:
        for name, col in catalog.tables[t].columns.items():
            if ((col.personal and not col.role) or name == catalog.entity.key or name.endswith("_id")
                    or f"{t}.{name}" in joined):
                continue
            by_family[_family(col.type)].append(f"{t}.{name}")
    return by_family


def type_errors(condition, catalog: Catalog) -> list[str]:
    """Bindings that do not fit their column's type (a comparison on text, a window on a number): one line each."""
    from assistant.meaning import CompareCondition, DateCondition, FlagValueCondition, OrCondition

    if isinstance(condition, OrCondition):
        return [e for group in condition.groups for c in group for e in type_errors(c, catalog)]
    need = {CompareCondition: ("number", "date"), DateCondition: ("date",)}.get(type(condition))
    checks = [(condition.column, need)] if need else []
    if isinstance(condition, FlagValueCondition):
        checks.append((condition.flag, ("boolean",)))
    errors = []
    for column, families in checks:
        family = _family(catalog.column(column).type)
        if family not in families:
            errors.append(f"'{column}' is {family}, and a {condition.kind} condition needs {' or '.join(families)}")
    return errors
