"""The criterion editor's model: what the catalog offers, a draft the widgets fill, the spec it becomes.

The Build page draws one widget per field of a `Draft` and calls `to_spec`; the spec then goes through
`pipeline.criterion` (catalog check, the same renderer as a translation, bind on the engine). Nothing
here writes SQL or imports Streamlit: an edit is data, so it is tested without a page.

Also here: the words a marketer reads for a criterion (`describe`: "Loyalty tier is VIP", "Store
purchase at least twice in the last 6 months") and the edits of a definition's lists of parts
(replace, move between criteria and exclusions, OR two criteria together, split an OR back, remove), and what
a follow-up keeps of them (`keep_edits`): the cards the marketer edited or added, and the removal of the ones she
removed.
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass, field
from typing import Literal

from assistant import weekdays
from assistant.definition import AudienceDefinition, Criterion, Removal, same_shape
from assistant.wording import word_criterion
from assistant.meaning import from_spec
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
Role = Literal["criteria", "exclusions"]


@dataclass(frozen=True)
class Subject:
    """Something a criterion can be about, as the picker lists it."""
    key: str                      # column:<schema.table.column> | age:<column> | born:<column> | event:<name> |
                                  # indicator:<name> | term:<i> | list:<table>
    label: str
    kind: Literal["vocabulary", "number", "date", "event", "indicator", "term", "list"]
    options: dict[str, str] = field(default_factory=dict)   # stored value -> label (vocabulary, indicator)
    unit: str | None = None


@dataclass
class Draft:
    """The editor's fields for one criterion, and `kept`: the criterion as it was read (its spec).

    `to_spec` lays the fields over `kept`, so a part no field holds (the behaviour it follows, what a ranking is
    taken among, a measure, first/last) is saved exactly as it was read: opening a card and applying it, or
    changing its period, never changes anything else (the product's first rule: nothing silently changed)."""
    subject: str
    values: list = field(default_factory=list)
    op: str = ">="
    number: float | None = None
    upper: float | None = None
    window: str = "any"           # any | last | period | between
    amount: int = 6
    unit: str = "MONTH"           # DAY | WEEK | MONTH
    period: str = "this_month"
    start: dt.date | None = None
    end: dt.date | None = None    # inclusive, as a person reads a date range
    count_op: str = ""            # "" = no count condition
    count: float = 1
    count_upper: float | None = None    # count_op 'between': count..count_upper, both included
    spend_op: str = ""            # "" = no amount condition
    spend: float = 0
    spend_upper: float | None = None
    dims: dict[str, list] = field(default_factory=dict)
    days: list[int] = field(default_factory=list)   # days of the week, ISO (1 Monday .. 7 Sunday); empty: any day
    negated: bool = False
    within: int | None = None     # a behaviour after another: at most this many days (months) after it; None: any time
    top: int | None = None        # a ranking: the N customers who spent the most
    rank: float | None = None     # a ranking: the top N percent by spend
    kept: dict = field(default_factory=dict)
    # a ranking by a behaviour ('the 50 customers who spent the most in 2025', kind 'top'): its spec, kept as read
    # around the behaviour the fields hold; its N (`top`) or share (`rank`) are fields
    ranking: dict | None = None


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


# -- spec <-> draft --------------------------------------------------------------------------------------

def blank(catalog: Catalog, key: str) -> Draft:
    """A new criterion on this subject, with a first value picked so it is valid as it stands."""
    s = subject(catalog, key)
    draft = Draft(subject=key)
    if s.options:
        draft.values = [next(iter(s.options))]
    if s.kind == "number":
        draft.number = 0
    if s.kind == "date":
        draft.window = "last"
    return draft


def to_spec(draft: Draft, catalog: Catalog, as_of: dt.date) -> dict:
    """The typed meaning (assistant.meaning's JSON) of what the editor's fields say, over what they do not hold."""
    spec = {**draft.kept, **_fields(draft, catalog, as_of)}
    if draft.ranking is None:
        return spec
    source = {**spec, **{k: draft.kept.get(k) for k in ("negated", "top", "rank")}}   # the ranking's, not its source's
    return {**draft.ranking, "negated": draft.negated, "source": source,
            "n": int(draft.top) if draft.top is not None else None,
            "percent": float(draft.rank) if draft.rank is not None else None}


def _fields(draft: Draft, catalog: Catalog, as_of: dt.date) -> dict:
    """The parts of a spec the editor's fields hold (every one of them, so a cleared field clears its part)."""
    kind, _, name = draft.subject.partition(":")
    kept = draft.kept
    base = {"negated": draft.negated}
    if kind in ("age", "born"):
        return {**base, "kind": "compare", "column": name, "age": kind == "age", "year": kind == "born",
                "comparison": _comparison(draft.op, draft.number, draft.upper, like=kept.get("comparison"))}
    if kind == "column":
        col = catalog.column(name)
        if col.values:
            labels = [(col.values[v].label or v) if v in col.values else str(v) for v in draft.values]
            return {**base, "kind": "value", "column": name, "values": list(draft.values), "labels": labels}
        if col.type in NUMERIC:
            return {**base, "kind": "compare", "column": name,
                    "comparison": _comparison(draft.op, draft.number, draft.upper, currency=col.unit == "currency",
                                              like=kept.get("comparison"))}
        return {**base, "kind": "date", "column": name, "window": _window(draft, as_of) or _window(
            Draft(subject="", window="last"), as_of)}
    if kind == "indicator":
        if catalog.indicators[name].type in NUMERIC and not catalog.indicators[name].values:
            return {**base, "kind": "indicator", "indicator": name,
                    "comparison": _comparison(draft.op, draft.number, draft.upper, like=kept.get("comparison"))}
        return {**base, "kind": "indicator", "indicator": name, "values": list(draft.values)}
    if kind == "list":
        return {**base, "kind": "list", "table": name, "label": catalog.tables[name].synonyms[0]}
    if kind == "term":
        return {**base, "kind": "term", "index": int(name), "window": _window(draft, as_of)}
    spec = {**base, "kind": "event", "events": kept.get("events", [name]),
            "dims": {d: list(v) for d, v in draft.dims.items() if v},
            "window": _window(draft, as_of), "days": sorted(set(draft.days)),
            "count": _comparison(draft.count_op, draft.count, draft.count_upper, times=True, like=kept.get("count"))
            if draft.count_op else None,
            # an amount on a measure (a satisfaction score) is no sum of money
            "amount": _comparison(draft.spend_op, draft.spend, draft.spend_upper, currency=not kept.get("measure"),
                                  like=kept.get("amount")) if draft.spend_op else None,
            "top": int(draft.top) if draft.top is not None else None,
            "rank": float(draft.rank) if draft.rank is not None else None}
    if draft.ranking is not None:
        del spec["top"], spec["rank"]
    if kept.get("after"):      # the behaviour it follows stays as read; only how long after is a field
        spec["after"] = {**kept["after"], "within": int(draft.within) if draft.within is not None else None}
    return spec


def _comparison(op: str, value, upper, *, currency: bool = False, times: bool = False, like: dict | None = None) -> dict:
    """A comparison from the fields; `like` (the one read, if any) keeps its flags: whether it was said in money or
    as a number of times is part of what was read, and no field changes it."""
    if value is None:
        raise ValueError("a number is needed")
    flags = {"currency": (like or {}).get("currency", currency), "times": (like or {}).get("times", times)}
    if op == "between":
        return {"op": ">=", "value": float(value), "upper": float(upper if upper is not None else value), **flags}
    return {"op": op, "value": float(value), "upper": None, **flags}


def _window(draft: Draft, as_of: dt.date) -> dict | None:
    if draft.window == "last":
        amount, unit = (draft.amount * 7, "DAY") if draft.unit == "WEEK" else (draft.amount, draft.unit)
        return {"amount": int(amount), "unit": unit, "start": None, "end": None}
    if draft.window == "period":
        start, end = period(draft.period, as_of)
        return {"amount": None, "unit": None, "start": start.isoformat(), "end": end.isoformat() if end else None}
    if draft.window == "between" and (draft.start or draft.end):
        end = draft.end + dt.timedelta(days=1) if draft.end else None
        return {"amount": None, "unit": None, "start": draft.start.isoformat() if draft.start else None,
                "end": end.isoformat() if end else None}
    return None


def period(name: str, as_of: dt.date) -> tuple[dt.date, dt.date | None]:
    """[start, end) of a calendar period relative to as_of; a current period has no end (as the translator reads it)."""
    tomorrow = None
    month = as_of.replace(day=1)
    quarter = as_of.replace(month=3 * ((as_of.month - 1) // 3) + 1, day=1)
    year = as_of.replace(month=1, day=1)
    if name == "this_month":
        return month, tomorrow
    if name == "last_month":
        return (month - dt.timedelta(days=1)).replace(day=1), month
    if name == "this_quarter":
        return quarter, tomorrow
    if name == "last_quarter":
        before = quarter - dt.timedelta(days=1)
        return before.replace(month=3 * ((before.month - 1) // 3) + 1, day=1), quarter
    if name == "this_year":
        return year, tomorrow
    if name == "last_year":
        return year.replace(year=year.year - 1), year
    raise ValueError(f"unknown period {name!r}")


def draft_of(spec: dict, catalog: Catalog, as_of: dt.date) -> Draft | None:
    """The editor's fields for an existing criterion, over the criterion as read (`Draft.kept`); None when no
    fields can hold it (the card says so and offers removal or a new criterion): an OR (edited by splitting it), a
    comparison of two behaviours, a count of distinct values, a value on file, a flag, a ranking by a profile number,
    calendar months of a date, a subject the picker does not offer (a free-text city, a birth date)."""
    kind = spec.get("kind")
    if kind == "top":
        return _ranking_draft(spec, catalog, as_of)
    draft = Draft(subject="", negated=bool(spec.get("negated")), kept=dict(spec))
    if kind == "compare" and (spec.get("age") or spec.get("year")):
        draft.subject = f"{'age' if spec.get('age') else 'born'}:{spec['column']}"
    elif kind in ("value", "compare", "date"):
        draft.subject = f"column:{spec['column']}"
    elif kind == "indicator":
        draft.subject = f"indicator:{spec['indicator']}"
    elif kind == "list":
        draft.subject = f"list:{spec['table']}"
    elif kind == "term":
        draft.subject = f"term:{spec['index']}"
    elif kind == "event":
        draft.subject = f"event:{spec['events'][0]}"
        draft.dims = {d: list(v) for d, v in spec.get("dims", {}).items()}
        draft.days = list(spec.get("days") or ())     # a definition saved before days existed has none: any day
        if spec.get("count"):
            draft.count_op, draft.count, draft.count_upper = _read_comparison(spec["count"])
        if spec.get("amount"):
            draft.spend_op, draft.spend, draft.spend_upper = _read_comparison(spec["amount"])
        draft.top, draft.rank = spec.get("top"), spec.get("rank")
        draft.within = (spec.get("after") or {}).get("within")
    else:
        return None
    if kind == "date" and spec.get("months") or draft.subject not in {s.key for s in subjects(catalog)}:
        return None
    draft.values = list(spec.get("values", []))
    if (cmp := spec.get("comparison")) is not None:
        draft.op, draft.number, draft.upper = _read_comparison(cmp)
    _read_window(draft, spec.get("window"), as_of)
    return draft


def _ranking_draft(spec: dict, catalog: Catalog, as_of: dt.date) -> Draft | None:
    """A ranking by what customers did opens as that behaviour, with how many it keeps (N, or a share) as a field;
    what it is ranked by, among and per stays as read. A ranking by a profile number or an indicator has no fields."""
    draft = draft_of(spec["source"], catalog, as_of) if spec.get("source") else None
    if draft is None or draft.kept.get("top") is not None or draft.kept.get("rank") is not None:
        return None
    draft.ranking, draft.negated = dict(spec), bool(spec.get("negated"))
    draft.top, draft.rank = spec.get("n"), spec.get("percent")
    return draft


def _read_comparison(cmp: dict) -> tuple[str, float, float | None]:
    """(op, value, upper) of a comparison as the fields hold it: a range is the operator 'between'."""
    return ("between" if cmp.get("upper") is not None else cmp["op"]), cmp["value"], cmp.get("upper")


def _read_window(draft: Draft, window: dict | None, as_of: dt.date) -> None:
    if not window:
        return
    if window.get("amount") is not None:
        draft.window, draft.amount, draft.unit = "last", int(window["amount"]), window["unit"]
        if draft.unit == "DAY" and draft.amount % 7 == 0:
            draft.amount, draft.unit = draft.amount // 7, "WEEK"
        return
    start = dt.date.fromisoformat(window["start"]) if window.get("start") else None
    end = dt.date.fromisoformat(window["end"]) if window.get("end") else None
    for name in PERIODS:
        if (start, end) == period(name, as_of):
            draft.window, draft.period = "period", name
            return
    draft.window, draft.start = "between", start
    draft.end = end - dt.timedelta(days=1) if end else None


# -- the words a marketer reads --------------------------------------------------------------------------

def describe(spec: dict, catalog: Catalog) -> str:
    """A criterion in catalog labels: 'Loyalty tier is VIP', 'Store purchase at least twice in the last 6 months'."""
    kind, neg = spec.get("kind"), bool(spec.get("negated"))
    if kind == "any_of":
        groups = [" and ".join(describe(c, catalog) for c in g) for g in spec["groups"]]
        text = " or ".join(f"({g})" if " and " in g else g for g in groups)
        return f"Not ({text})" if neg else text
    if kind in ("value", "flag_value"):
        text = f"{column_label(catalog, spec['column'])} {'is not' if neg else 'is'} {_either(spec.get('labels') or spec['values'])}"
        return text + (f" ({column_label(catalog, spec['flag']).lower()})" if kind == "flag_value" else "")
    if kind == "compare":
        col = catalog.column(spec["column"])
        if spec.get("year"):
            text = f"Born {_years(spec['comparison'])}"
        else:
            what = "Age" if spec.get("age") else column_label(catalog, spec["column"])
            text = f"{what} {_compare(spec['comparison'], _unit(catalog, col.unit))}"
    elif kind == "date":
        text = f"{column_label(catalog, spec['column'])} {_window_words(spec['window'])}"
    elif kind == "indicator" and spec.get("comparison"):
        text = f"{_cap(catalog.indicators[spec['indicator']].label)} {_compare(spec['comparison'], None)}"
    elif kind == "indicator":
        ind = catalog.indicators[spec["indicator"]]
        labels = [(ind.values[v].label or v) if v in ind.values else v for v in spec["values"]]
        text = f"{_cap(ind.label)} {'is not' if neg else 'is'} {_either(labels)}"
        return text
    elif kind == "list":
        text = f"On the {spec['label']}"
    elif kind == "term":
        text = _cap(catalog.glossary[spec["index"]].term)
        if spec.get("window"):
            text += f" {_window_words(spec['window'])}"
    elif kind == "event":
        text = _event_words(spec, catalog)
    elif kind in ("top", "versus", "distinct", "known"):   # aggregates: the condition words itself
        text = _cap(from_spec(spec, catalog).words(catalog))
    else:
        return str(spec)
    return f"Not: {text}" if neg else text


def _either(values) -> str:
    values = [str(v) for v in values]
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]


def _compare(cmp: dict, unit: str | None, *, times: bool = False) -> str:
    def num(x):
        return str(int(x)) if float(x).is_integer() else str(x)
    suffix = f" {unit}" if unit else ""
    if cmp.get("upper") is not None:
        return f"between {num(cmp['value'])} and {num(cmp['upper'])}{suffix}" + (" times" if times else "")
    if times and cmp["op"] == ">=" and cmp["value"] in (1, 2):
        return "at least " + ("once" if cmp["value"] == 1 else "twice")
    return f"{OPERATORS[cmp['op']]} {num(cmp['value'])}{suffix}" + (" times" if times else "")


def _years(cmp: dict) -> str:
    if cmp.get("upper") is not None:
        return f"between {int(cmp['value'])} and {int(cmp['upper'])}"
    return {">=": "in {} or later", ">": "after {}", "<": "before {}", "<=": "in {} or earlier",
            "=": "in {}"}[cmp["op"]].format(int(cmp["value"]))


def _window_words(window: dict | None) -> str:
    if not window:
        return "at any time"
    if window.get("amount") is not None:
        n, unit = window["amount"], UNITS[window["unit"]]
        if window["unit"] == "DAY" and n % 7 == 0 and n >= 14:
            n, unit = n // 7, "weeks"
        return f"in the last {n} {unit.rstrip('s') if n == 1 else unit}"
    start, end = window.get("start"), window.get("end")
    if start and end:
        last = dt.date.fromisoformat(end) - dt.timedelta(days=1)
        return f"from {_day(dt.date.fromisoformat(start))} to {_day(last)}"
    return f"since {_day(dt.date.fromisoformat(start))}" if start else f"before {_day(dt.date.fromisoformat(end))}"


def _day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


def _event_words(spec: dict, catalog: Catalog) -> str:
    events = spec["events"]
    words = _cap(" or ".join(catalog.events[e].label for e in events))
    among = " and ".join(describe(c, catalog) for c in spec.get("among") or ())
    among = f" among {among}" if among else ""
    by = measure_label(spec, catalog) or "spend"
    if spec.get("top") is not None:
        words = f"Top {spec['top']}{among} by {by}: {words.lower()}"
    elif spec.get("rank") is not None:
        words = f"Top {spec['rank']:g}%{among} by {by}: {words.lower()}"
    elif spec.get("first") or spec.get("last"):
        edge = "First" if spec.get("first") else "Last"
        over = " or ".join(catalog.events[e].label for e in spec.get("over") or ())
        words = f"{edge} of {over}: {words.lower()}" if over else f"{edge} {words.lower()}"
    if spec.get("count"):
        words += " " + _compare(spec["count"], None, times=True)
    measure = measure_label(spec, catalog)
    unit = None if measure else catalog.currency
    if spec.get("amount") and spec.get("over") and not spec.get("count"):      # the first (latest) event's own
        words += f", {measure or 'amount'} " + _compare(spec["amount"], unit)
    elif spec.get("amount"):
        words += f", {'average' if spec.get('average') else 'total'}{' ' + measure if measure else ''} " + \
            _compare(spec["amount"], unit)
    words += " " + weekdays.describe(spec["days"], WORDING["days"]) if spec.get("days") else ""
    words += " " + _window_words(spec.get("window")) if spec.get("window") else ""
    words += " " + after_words(spec["after"], catalog) if spec.get("after") else ""
    dims = []
    for name, values in spec.get("dims", {}).items():
        labels = dimensions(catalog, events[0]).get(name, {})
        dims.append(f"{name.replace('_', ' ')} {_either([labels.get(v, v) for v in values])}")
    return words + (f" ({'; '.join(dims)})" if dims else "")


def measure_label(spec: dict, catalog: Catalog) -> str:
    """The measure a behaviour's amount is read on ('satisfaction score'); '' for its amount of money."""
    name = spec.get("measure")
    return catalog.events[spec["events"][0]].measures[name].label or name.replace("_", " ") if name else ""


def after_words(after: dict, catalog: Catalog) -> str:
    """'within 5 days after (Message received in August)', 'after the latest (Store purchase)'."""
    said = describe(after["anchor"], catalog)
    if after.get("within") is None:
        return f"after {'the latest ' if after.get('latest') else ''}({said})"
    unit = UNITS[after.get("unit") or "DAY"]
    return f"within {after['within']} {unit.rstrip('s') if after['within'] == 1 else unit} after ({said})"


def kept_words(draft: Draft, catalog: Catalog) -> list[str]:
    """The parts of a criterion no field of the editor holds, in words: the card shows them as kept as read."""
    spec, out = draft.kept, []
    if spec.get("after"):
        out.append("counted only " + after_words({**spec["after"], "within": None}, catalog)
                   + (" (how long after: below)" if draft.within is not None else ""))
    ranked = draft.ranking or spec
    among = [describe(c, catalog) for c in ranked.get("among") or ()]
    if among:
        out.append("ranked among: " + " and ".join(among))
    if draft.ranking is not None:
        out.append(f"ranked by {_MEASURE_WORDS.get(draft.ranking.get('measure'), 'spend on')} the behaviour below"
                   + (f", per {column_label(catalog, draft.ranking['per']).lower()}" if draft.ranking.get("per") else ""))
    if spec.get("measure"):
        out.append(f"the amount is the {measure_label(spec, catalog)}")
    if spec.get("average"):
        out.append("the amount is the average per event, not the total")
    if spec.get("first") or spec.get("last"):
        over = " or ".join(catalog.events[e].label for e in spec.get("over") or spec["events"])
        out.append(f"their {'first' if spec.get('first') else 'latest'} {over}")
    if len(spec.get("events") or ()) > 1:
        out.append("any of: " + " or ".join(catalog.events[e].label for e in spec["events"]))
    return out


_MEASURE_WORDS = {"amount": "spend on", "count": "the number of"}


def relabel(definition: AudienceDefinition, catalog: Catalog) -> AudienceDefinition:
    """Every part that keeps its meaning is named in catalog labels (labels never change the content hash), in the
    language the request was read in."""
    def named(c: Criterion) -> Criterion:
        if c.spec is None:
            return c
        if definition.language != "en":
            return word_criterion(c, catalog, definition.resolved_as_of(), definition.language)
        try:
            return c.model_copy(update={"label": describe(c.spec, catalog)})
        except (KeyError, TypeError, ValueError, IndexError):
            return c  # a spec from an older catalog: keep the translator's words
    return definition.model_copy(update={"criteria": [named(c) for c in definition.criteria],
                                         "exclusions": [named(c) for c in definition.exclusions]})


# -- edits of a definition's parts -----------------------------------------------------------------------

def replace(definition: AudienceDefinition, role: Role, index: int, part: Criterion) -> AudienceDefinition:
    parts = list(getattr(definition, role))
    parts[index] = part
    return definition.model_copy(update={role: parts})


def add(definition: AudienceDefinition, role: Role, part: Criterion) -> AudienceDefinition:
    return definition.model_copy(update={role: [*getattr(definition, role), part]})


def remove(definition: AudienceDefinition, role: Role, index: int) -> AudienceDefinition:
    """The marketer removes a card. Its words stay in the request (it is what she typed), so they are recorded as
    removed: shown as such, and not read back by a follow-up."""
    part = getattr(definition, role)[index]
    removed = list(definition.removed)
    if part.phrase and part.phrase in definition.request:
        removed.append(Removal(phrase=part.phrase, label=part.label, sql=part.sql))
    return _without(definition, role, index).model_copy(update={"removed": removed})


def _without(definition: AudienceDefinition, role: Role, index: int) -> AudienceDefinition:
    parts = list(getattr(definition, role))
    del parts[index]
    return definition.model_copy(update={role: parts})


def move(definition: AudienceDefinition, role: Role, index: int) -> AudienceDefinition:
    """A criterion becomes an exclusion, or the other way round (appended to the other list)."""
    other: Role = "exclusions" if role == "criteria" else "criteria"
    part = getattr(definition, role)[index]
    return add(_without(definition, role, index), other, part)


def join(definition: AudienceDefinition, index: int, part: Criterion) -> AudienceDefinition:
    """Criteria `index` and `index + 1` become one part (their OR, `or_spec`): neither is removed."""
    criteria = list(definition.criteria)
    criteria[index:index + 2] = [part]
    return definition.model_copy(update={"criteria": criteria})


def or_spec(first: dict, second: dict) -> dict:
    """'first OR second' as one any_of spec (an OR already there gains a group)."""
    def groups(spec):
        return spec["groups"] if spec.get("kind") == "any_of" and not spec.get("negated") else [[spec]]
    return {"kind": "any_of", "negated": False, "groups": groups(first) + groups(second)}


def split_spec(spec: dict) -> list[dict]:
    """An OR switched back to AND: each condition of each group becomes a criterion of its own."""
    if spec.get("kind") != "any_of" or spec.get("negated"):
        return [spec]
    return [c for group in spec["groups"] for c in group]


def keep_edits(before: AudienceDefinition, after: AudienceDefinition) -> AudienceDefinition:
    """`after` (a follow-up applied to `before`) with the marketer's own parts of `before` kept.

    An edited part replaces what its phrase reads in `after`, in the role the marketer gave it; a part added from
    the catalog (no phrase) stays; a part whose words the follow-up rewrote or dropped follows the follow-up (its
    phrase is no longer in the request); a part the marketer removed is not read back (`_keep_removals`).
    Idempotent: parts `after` already holds are left as they are."""
    parts: dict[str, list[Criterion]] = {"criteria": list(after.criteria), "exclusions": list(after.exclusions)}
    held = {c.sql for c in after.criteria + after.exclusions}
    for role in ("criteria", "exclusions"):
        for mine in getattr(before, role):
            if mine.origin != "user" or mine.sql in held or (mine.phrase and mine.phrase not in after.request):
                continue
            spot = next(((r, i) for r in parts for i, c in enumerate(parts[r]) if mine.phrase and c.phrase == mine.phrase),
                        None)
            if spot is not None and spot[0] == role:
                parts[role][spot[1]] = mine
                continue
            if spot is not None:
                del parts[spot[0]][spot[1]]
            parts[role].append(mine)
    return _keep_removals(before, _anchored(before, after.model_copy(update=parts)))


def _anchored(before: AudienceDefinition, after: AudienceDefinition) -> AudienceDefinition:
    """Each part whose words the follow-up rewrote ('in the last 6 months' -> 'in the last 3 months') points at the
    words the request now holds, so they are still marked as read and an edit stays tied to them."""
    def anchored(c: Criterion) -> Criterion:
        if not c.phrase or c.phrase in after.request:
            return c
        words = carried(c.phrase, before.request, after.request)
        return c.model_copy(update={"phrase": words}) if words else c
    return after.model_copy(update={"criteria": [anchored(c) for c in after.criteria],
                                    "exclusions": [anchored(c) for c in after.exclusions]})


def _keep_removals(before: AudienceDefinition, after: AudienceDefinition) -> AudienceDefinition:
    """What the marketer removed stays removed: a part of `after` read from a removed card's words is dropped, and
    the removal follows its words through the follow-up's rewrite of the request (still shown as removed).

    As for an edited card, the follow-up wins when it wrote those very words (again, or rewritten) and read a part
    from them; words the follow-up deleted take their removal with them. Parts `before` holds are never dropped,
    and when the words also back a card the marketer kept, only parts of the removed card's shape go."""
    mine = before.criteria + before.exclusions
    held = {c.sql for c in mine}
    parts = {"criteria": list(after.criteria), "exclusions": list(after.exclusions)}
    removed: list[Removal] = []
    for gone in before.removed:
        words = carried(gone.phrase, before.request, after.request)
        if words is None:
            continue
        shared = any(c.phrase == gone.phrase for c in mine)

        def reads(c: Criterion) -> bool:
            return (c.sql not in held and c.phrase in (gone.phrase, words)
                    and (not shared or same_shape(c.sql, gone.sql)))
        written = words != gone.phrase or after.request.count(words) > before.request.count(words)
        if written and any(reads(c) for role in parts for c in parts[role]):
            continue
        parts = {role: [c for c in parts[role] if not reads(c)] for role in parts}
        removed.append(gone.model_copy(update={"phrase": words}))
    return after.model_copy(update={**parts, "removed": removed})


def carried(phrase: str, before: str, after: str) -> str | None:
    """Where the words `phrase` of the request `before` stand in the request `after`, which a follow-up may have
    rewritten in part ('in the last 30 days' -> 'in the last 3 months'); None when it deleted most of them."""
    if phrase in after:
        return phrase
    start = before.find(phrase)
    a, b, ops = _word_diff(before, after)
    inside = [k for k, (s, e, _) in enumerate(a) if start >= 0 and s >= start and e <= start + len(phrase)]
    if not inside:
        return None
    lo, hi = inside[0], inside[-1] + 1
    same = sum(max(0, min(i2, hi) - max(i1, lo)) for tag, i1, i2, _, _ in ops if tag == "equal")
    if 2 * same <= hi - lo:
        return None
    first = next(j1 + lo - i1 if tag == "equal" else j1 for tag, i1, i2, j1, _ in ops if i1 <= lo < i2)
    last = next(j1 + hi - i1 if tag == "equal" else j2 for tag, i1, i2, j1, j2 in ops if i1 < hi <= i2)
    return after[b[first][0]:b[last - 1][1]] if first < last else None


_WORD = re.compile(r"\w+|[^\w\s]")


@functools.lru_cache(maxsize=64)
def _word_diff(before: str, after: str):
    """Both requests as (start, end, word) and the opcodes from one to the other: words, not characters, so a
    2,000-character request costs milliseconds; one diff per follow-up serves every part."""
    a = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(before)]
    b = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(after)]
    ops = difflib.SequenceMatcher(None, [w for *_, w in a], [w for *_, w in b], autojunk=False).get_opcodes()
    return a, b, ops
