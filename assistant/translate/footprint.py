"""What a definition holds, read from its criteria's typed meanings (their specs), whatever translator made them.

The conservation check (offline/conservation.py) looks for what a request said in it: the catalog names (behaviours,
columns, values, terms, indicators, lists), the numbers, the periods, the hours, days and months. A spec is walked
whatever its kind: the conditions inside an 'or', a ranking, a comparison of two behaviours or a behaviour after
another are walked too.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from assistant.translate.offline.text import fold


@dataclass
class Footprint:
    keys: set[tuple] = field(default_factory=set)         # ('event', name), ('value', column, value), ('term', i) ...
    events: set[str] = field(default_factory=set)         # the behaviours held
    numbers: set[float] = field(default_factory=set)      # every number: a comparison's, a ranking's, a value's
    windows: set[tuple] = field(default_factory=set)      # (amount, unit, start, end); (within, unit, None, None)
    dates: set[str] = field(default_factory=set)          # every first or last day of a period
    names: list[set[str]] = field(default_factory=list)   # the words of each value held that is a name of words
    values: dict[tuple, set[str]] = field(default_factory=dict)   # ('value', column) / ('dimvalue', dim) -> values
    after: bool = False                                   # a behaviour counted after another ('since then')
    hours: set[int] = field(default_factory=set)
    days: set[int] = field(default_factory=set)
    months: set[int] = field(default_factory=set)


def footprint(specs: list[dict]) -> Footprint:
    out = Footprint()
    for spec in specs:
        _walk(spec, out)
    return out


def _walk(data, out: Footprint) -> None:
    if isinstance(data, list):
        for item in data:
            _walk(item, out)
        return
    if not isinstance(data, dict):
        return
    _names(data, out)
    _times(data, out)
    for key, value in data.items():
        if isinstance(value, (dict, list)):
            if key not in ("dims", "other_than"):
                _walk(value, out)
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and key != "index":
            out.numbers.add(float(value))


def _names(d: dict, out: Footprint) -> None:
    """The catalog names of one spec dict and the values it holds of each."""
    keys, kind = out.keys, d.get("kind")
    for name in d.get("events") or ():
        keys.add(("event", name))
        out.events.add(name)
    for dims in (d.get("dims") or {}, d.get("other_than") or {}):
        for dim, values in dims.items():
            keys.add(("dim", dim))
            _held(("dimvalue", dim), values, out)
    for name in ("column", "flag", "since", "per"):
        column = d.get(name)
        if isinstance(column, str) and column:
            keys.add(("column", column))
            if name in ("column", "flag") and kind in ("value", "flag_value"):
                _held(("value", column), d.get("values") or (), out)
    if kind == "term":
        keys.add(("term", d.get("index")))
    elif kind == "list":
        keys.add(("table", d.get("table")))
    elif kind == "distinct" and d.get("dimension"):
        keys.add(("dim", d["dimension"]))
    if "anchor" in d:        # 'and then bought from that same category': the dimensions a behaviour shares with the one before
        keys.update(("dim", dim) for dim in d.get("same") or ())
    indicator = d.get("indicator")
    if isinstance(indicator, str) and indicator:
        keys.add(("indicator", indicator))
        _held(("indvalue", indicator), d.get("values") or (), out)


def _held(where: tuple[str, str], values, out: Footprint) -> None:
    """Values of a column, dimension or indicator: each a key; a number when it is one ('rated 1 or 2'); the words
    of a name of several ('Paris Rivoli')."""
    out.keys.update((*where, str(v)) for v in values)
    out.values.setdefault(where, set()).update(str(v) for v in values)
    for v in values:
        if isinstance(v, bool):
            continue
        try:
            out.numbers.add(float(v))
        except (TypeError, ValueError):
            words = set(fold(str(v)).replace("-", " ").split())
            if len(words) > 1:
                out.names.append(words)


def _times(d: dict, out: Footprint) -> None:
    """The period of one spec dict (a window, or a time after another behaviour), its hours, days and months."""
    if "unit" in d and "amount" in d and "op" not in d:      # a window
        out.windows.add((d.get("amount"), d.get("unit"), d.get("start"), d.get("end")))
        out.dates.update(x for x in (d.get("start"), d.get("end")) if x)
    # 'within 5 days of it', 'since then': a period after another behaviour; 'since' after a signup in a period: after
    # each customer's own date
    if "anchor" in d or d.get("kind") == "event" and d.get("since"):
        out.after = True
        if d.get("within") is not None:
            out.windows.add((d["within"], d.get("unit"), None, None))
    out.hours.update(d.get("hours") or ())
    out.days.update(d.get("days") or ())
    if d.get("kind") in ("event", "date"):
        out.months.update(d.get("months") or ())
