"""A criterion's spec as the editor's fields (`draft_of`), and the fields laid back over it (`to_spec`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.edit.offers import NUMERIC, PERIODS, column_label, subject
from schema_catalog.model import Catalog


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
    unit: str = "MONTH"           # DAY | WEEK | MONTH; spacing: the unit of the time between events, YEAR too
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
    year_months: list[int] = field(default_factory=list)   # a behaviour's months of any year (1 .. 12); empty: any month
    hours: list[int] = field(default_factory=list)   # a behaviour's hours of the day (0 .. 23); empty: any hour
    since: str = ""     # a behaviour counted from a date of the customer's own ('since joining'); '' none
    # a behaviour's dimension against the customer's own attribute ('abroad': the store's country, other than theirs):
    # dimension -> True their own, False another; absent: anywhere
    own_place: dict[str, bool] = field(default_factory=dict)
    negated: bool = False
    within: int | None = None     # a behaviour after another: at most this many days (months) after it; None: any time
    latest: int | None = None     # a behaviour counted among the n latest of another ('the last 5 emails'): that n
    top: int | None = None        # a ranking: the N customers who spent the most
    rank: float | None = None     # a ranking: the top N percent by spend
    kept: dict = field(default_factory=dict)
    # a ranking by a behaviour ('the 50 customers who spent the most in 2025', kind 'top'): its spec, kept as read
    # around the behaviour the fields hold; its N (`top`) or share (`rank`) are fields
    ranking: dict | None = None
    column: str = ""              # known: the attribute on file or not; top: the subject key customers are ranked by
    known: bool = True            # known: a value on file (True) or none
    measure: str = "amount"       # versus: two behaviours compared on their amount (spend) or their count
    margin: float | None = None   # versus: at least this much apart, in the direction of `op` ('>' | '<')
    margin_upper: float | None = None     # versus: and at most this much apart ('between €100 and €200 more')
    share: float | None = None    # versus: the left side against this percent of the right one
    dimension: str = ""           # distinct: the dimension whose different values are counted (`op`, `number`)
    same: bool = False            # distinct: the events of one same value are counted instead ('the same brand 3 times')
    per_event: bool = False       # distinct: the different values of one event ('3 categories in one order')
    exclusive: bool = False       # any_of: exactly one of the alternatives holds ('but not both')
    between: str = "span"         # spacing: from the first to the latest event ('span'), or their mean gap ('gap')
    # the parts a criterion is made of, each a draft of its own: the two sides of a comparison, the behaviour whose
    # different values are counted, and an OR's alternatives (each group ANDed; a dict is a condition no fields hold,
    # kept as read)
    left: Draft | None = None
    right: Draft | None = None
    source: Draft | None = None
    groups: list[list[Draft | dict]] = field(default_factory=list)


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
                "comparison": comparison_spec(draft.op, draft.number, draft.upper, like=kept.get("comparison"))}
    if kind == "column":
        col = catalog.column(name)
        if col.values:
            labels = [(col.values[v].label or v) if v in col.values else str(v) for v in draft.values]
            return {**base, "kind": "value", "column": name, "values": list(draft.values), "labels": labels}
        if col.free_text:       # a value's label is the one read ('LA' for Los Angeles), else the value itself
            if not draft.values:
                raise ValueError(f"pick at least one {column_label(catalog, name).lower()}")
            read = dict(zip(kept.get("values") or (), kept.get("labels") or ()))
            return {**base, "kind": "value", "column": name, "values": list(draft.values),
                    "labels": [read.get(v, str(v)) for v in draft.values]}
        if col.type in NUMERIC:
            return {**base, "kind": "compare", "column": name,
                    "comparison": comparison_spec(draft.op, draft.number, draft.upper, currency=col.unit == "currency",
                                              like=kept.get("comparison"))}
        return {**base, "kind": "date", "column": name, "window": _window(draft, as_of) or _window(
            Draft(subject="", window="last"), as_of)}
    if kind == "indicator":
        if catalog.indicators[name].type in NUMERIC and not catalog.indicators[name].values:
            return {**base, "kind": "indicator", "indicator": name,
                    "comparison": comparison_spec(draft.op, draft.number, draft.upper, like=kept.get("comparison"))}
        return {**base, "kind": "indicator", "indicator": name, "values": list(draft.values)}
    if kind == "list":
        return {**base, "kind": "list", "table": name, "label": catalog.tables[name].synonyms[0]}
    if kind == "birthday":    # its month and day, any year, among the window's days ('in the next 7 days')
        return {**base, "kind": "date", "column": name, "months": [], "anniversary": True,
                "window": _window(draft, as_of) or _window(Draft(subject="", window="last"), as_of)}
    if kind == "months":      # calendar months of any year, in the order they were picked
        return {**base, "kind": "date", "column": name, "window": None,
                "months": list(dict.fromkeys(int(m) for m in draft.values))}
    if kind == "flag":        # the flag (opted in) stays as read; the values it holds with are fields
        column, flag = name.split("|")
        col = catalog.column(column)
        labels = [(col.values[v].label or v) if v in col.values else str(v) for v in draft.values]
        return {**base, "kind": "flag_value", "flag": flag, "column": column, "values": list(draft.values),
                "labels": labels}
    if kind == "known":
        return {**base, "kind": "known", "column": draft.column, "known": bool(draft.known)}
    if kind == "top":         # ranked by a number of the profile or an indicator (a subject key of `ranked_by`)
        by, _, number = draft.column.partition(":")
        return {**base, "kind": "top", "source": None, "column": number if by == "column" else "",
                "indicator": number if by == "indicator" else "",
                "n": int(draft.top) if draft.top is not None else None,
                "percent": float(draft.rank) if draft.rank is not None else None}
    if kind == "term":
        return {**base, "kind": "term", "index": int(name), "window": _window(draft, as_of)}
    spec = {**base, "kind": "event", "events": kept.get("events", [name]),
            "dims": {d: list(v) for d, v in draft.dims.items() if v},
            "window": _window(draft, as_of), "days": sorted(set(draft.days)),
            "months": sorted(set(draft.year_months)), "hours": sorted(set(draft.hours)), "since": draft.since or None,
            "own_place": dict(draft.own_place),
            "count": comparison_spec(draft.count_op, draft.count, draft.count_upper, times=True, like=kept.get("count"))
            if draft.count_op else None,
            # a count of different days ('on at least 3 separate days') stays one, while a count is said
            "days_counted": bool(kept.get("days_counted")) and bool(draft.count_op),
            # an amount on a measure (a satisfaction score) is no sum of money
            "amount": comparison_spec(draft.spend_op, draft.spend, draft.spend_upper, currency=not kept.get("measure"),
                                  like=kept.get("amount")) if draft.spend_op else None,
            "top": int(draft.top) if draft.top is not None else None,
            "rank": float(draft.rank) if draft.rank is not None else None}
    if draft.ranking is not None:
        del spec["top"], spec["rank"]
    if kept.get("after"):      # the behaviour it follows stays as read; only how long after is a field
        spec["after"] = {**kept["after"], "within": int(draft.within) if draft.within is not None else None}
    if kept.get("of_latest"):     # the behaviour whose latest events it is counted among stays as read; n is a field
        spec["of_latest"] = {**kept["of_latest"], "n": int(draft.latest or kept["of_latest"]["n"])}
    return spec


def comparison_spec(op: str, value, upper, *, currency: bool = False, times: bool = False, like: dict | None = None) -> dict:
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
    """The editor's fields for an existing criterion of one condition, over the criterion as read (`Draft.kept`);
    None when no fields can hold it (the card says so and offers removal or a new criterion): a subject the editor
    cannot offer (a free-text city, a birth date as a date). The kinds made of other criteria (an OR, a comparison
    of two behaviours, a count of different values) are `compound.draft_of`'s."""
    kind = spec.get("kind")
    if kind == "top":
        return _ranking_draft(spec, catalog, as_of)
    draft = Draft(subject="", negated=bool(spec.get("negated")), kept=dict(spec))
    if kind == "compare" and (spec.get("age") or spec.get("year")):
        draft.subject = f"{'age' if spec.get('age') else 'born'}:{spec['column']}"
    elif kind == "date" and spec.get("months"):
        draft.subject, draft.values = f"months:{spec['column']}", list(spec["months"])
    elif kind == "date" and spec.get("anniversary"):
        draft.subject = f"birthday:{spec['column']}"
    elif kind == "flag_value":
        draft.subject = f"flag:{spec['column']}|{spec['flag']}"
    elif kind == "known":
        draft.subject, draft.column, draft.known = "known:", spec["column"], bool(spec["known"])
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
        draft.year_months = list(spec.get("months") or ())     # nor months: any month of the year
        draft.hours = list(spec.get("hours") or ())     # nor hours: any hour of the day
        draft.since = spec.get("since") or ""           # nor a date of their own: all their history
        draft.own_place = dict(spec.get("own_place") or {})     # nor a place against theirs: anywhere
        if spec.get("count"):
            draft.count_op, draft.count, draft.count_upper = read_comparison(spec["count"])
        if spec.get("amount"):
            draft.spend_op, draft.spend, draft.spend_upper = read_comparison(spec["amount"])
        draft.top, draft.rank = spec.get("top"), spec.get("rank")
        draft.within = (spec.get("after") or {}).get("within")
        draft.latest = (spec.get("of_latest") or {}).get("n")
    else:
        return None
    try:
        subject(catalog, draft.subject)
    except KeyError:
        return None
    draft.values = list(spec.get("values", draft.values))
    if (cmp := spec.get("comparison")) is not None:
        draft.op, draft.number, draft.upper = read_comparison(cmp)
    _read_window(draft, spec.get("window"), as_of)
    return draft


def _ranking_draft(spec: dict, catalog: Catalog, as_of: dt.date) -> Draft | None:
    """A ranking by what customers did opens as that behaviour, with how many it keeps (N, or a share) as a field;
    what it is ranked by, among and per stays as read. A ranking by a profile number or an indicator opens with that
    number (`column`, a subject key of `ranked_by`) and how many it keeps as fields; among and per stay as read."""
    if not spec.get("source"):
        by = f"column:{spec['column']}" if spec.get("column") else f"indicator:{spec['indicator']}"
        return Draft(subject="top:", negated=bool(spec.get("negated")), kept=dict(spec), column=by,
                     top=spec.get("n"), rank=spec.get("percent"))
    draft = draft_of(spec["source"], catalog, as_of)
    if draft is None or draft.kept.get("top") is not None or draft.kept.get("rank") is not None:
        return None
    draft.ranking, draft.negated = dict(spec), bool(spec.get("negated"))
    draft.top, draft.rank = spec.get("n"), spec.get("percent")
    return draft


def read_comparison(cmp: dict) -> tuple[str, float, float | None]:
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
