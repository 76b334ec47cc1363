"""The words a marketer reads for a criterion ('Loyalty tier is VIP', 'Store purchase at least twice in the last 6
months'), and for what a card keeps as read."""
from __future__ import annotations

import datetime as dt

from assistant import hours as day_hours
from assistant import months as year_months
from assistant import weekdays
from assistant.definition import AudienceDefinition, Criterion
from assistant.edit.drafts import Draft
from assistant.edit.offers import DIRECTIONS, MONTHS, OPERATORS, SPACING_UNITS, SPACINGS, UNITS, _cap, _unit, column_label, dimensions, subject
from assistant.meaning import from_spec
from assistant.translate.lang_en import WORDING
from assistant.wording import word_criterion
from schema_catalog.model import Catalog
from schema_catalog.semantic import customers_own


def describe(spec: dict, catalog: Catalog) -> str:
    """A criterion in catalog labels: 'Loyalty tier is VIP', 'Store purchase at least twice in the last 6 months'."""
    kind, neg = spec.get("kind"), bool(spec.get("negated"))
    if kind == "any_of":
        groups = [" and ".join(describe(c, catalog) for c in g) for g in spec["groups"]]
        text = " or ".join(f"({g})" if " and " in g or spec.get("exclusive") else g for g in groups)
        text = f"Exactly one of: {text}" if spec.get("exclusive") else text
        return f"Not ({text})" if neg else text
    if kind == "value":
        return f"{column_label(catalog, spec['column'])} {'is not' if neg else 'is'} {_either(spec.get('labels') or spec['values'])}"
    if kind == "flag_value":      # negated, it is everyone but those with the value and the flag: not 'is not'
        text = f"{column_label(catalog, spec['column'])} is {_either(spec.get('labels') or spec['values'])} " \
               f"({column_label(catalog, spec['flag']).lower()}{_FLAG_HELD[spec.get('yes', True)]})" \
               + (f", last changed {_window_words(spec['set_in'])}" if spec.get("set_in") else "")
    elif kind == "compare":
        col = catalog.column(spec["column"])
        if spec.get("year"):
            text = f"Born {_years(spec['comparison'])}"
        else:
            what = "Age" if spec.get("age") else column_label(catalog, spec["column"])
            text = f"{what} {_compare(spec['comparison'], _unit(catalog, col.unit))}"
    elif kind == "date" and spec.get("months"):
        text = f"{column_label(catalog, spec['column'])} in {_either(MONTHS[m] for m in spec['months'])}"
    elif kind == "date" and spec.get("anniversary"):      # 'a birthday in the next 7 days': month and day, any year
        text = f"{column_label(catalog, spec['column'])}: anniversary (any year) {_window_words(spec['window'])}"
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
    elif kind == "versus":
        text = _versus_words(spec, catalog)
    elif kind == "distinct" and spec.get("per_event"):
        text = f"{_cap(_compare(spec['comparison'], None))} different {spec['dimension'].replace('_', ' ')} values " \
               f"within one single event of ({_side_words(spec['source'], catalog)})"
    elif kind == "distinct" and spec.get("same"):
        text = f"{_cap(_compare(spec['comparison'], None))} times the same {spec['dimension'].replace('_', ' ')} " \
               f"in ({_side_words(spec['source'], catalog)})"
    elif kind == "distinct":
        text = f"{_cap(_compare(spec['comparison'], None))} different {spec['dimension'].replace('_', ' ')} values " \
               f"across ({_side_words(spec['source'], catalog)})"
    elif kind == "known":
        label = column_label(catalog, spec["column"])
        text = f"{label} on file" if spec["known"] else f"No {label.lower()} on file"
    elif kind == "top" and spec.get("source"):      # a ranking by a behaviour: the condition words itself
        text = _cap(from_spec(spec, catalog).words(catalog))
    elif kind == "top":
        text = _top_words(spec, catalog)
    elif kind == "spacing":     # 'Less than 21 days on average from one to the next of (Store purchase ...)'
        text = f"{_cap(_compare(spec['comparison'], SPACING_UNITS[spec['unit']]))} {SPACINGS[spec['between']]} " \
               f"of ({_side_words(spec['source'], catalog)})"
    else:
        return str(spec)
    return f"Not: {text}" if neg else text


def _versus_words(spec: dict, catalog: Catalog) -> str:
    """'Spent at least 100 EUR more on (Online order) than on (Store purchase)', 'Fewer times (Online order since 1
    Jan 2026) than (Online order from ...)': each side in its own words, every field of the comparison said. A
    margin of times is a difference ('at least 3 more times'), never a multiple."""
    left, right = _side_words(spec["left"], catalog), _side_words(spec["right"], catalog)
    more, spend = spec["op"].startswith(">"), spec["measure"] == "amount"
    than = DIRECTIONS[spec["op"]]
    if spec["measure"] == "average":        # one average against the other: higher or lower, nothing more
        return f"Average spend per event {'higher' if more else 'lower'} on ({left}) than on ({right})"
    if spec.get("margin") is not None:
        n = _compare({"op": "=", "value": spec["margin"]}, None).removeprefix("exactly ")
        if spec.get("margin_upper") is not None:
            n = f"between {n} and " + _compare({"op": "=", "value": spec["margin_upper"]}, None).removeprefix("exactly ")
            if spend:
                return f"Spent {n} {catalog.currency} {'more' if more else 'less'} on ({left}) than on ({right})"
            return f"{n[0].upper()}{n[1:]} {'more' if more else 'fewer'} times ({left}) than ({right})"
        if spend:
            return f"Spent at least {n} {catalog.currency} {'more' if more else 'less'} on ({left}) than on ({right})"
        return f"At least {n} {'more' if more else 'fewer'} time{'' if n == '1' else 's'} ({left}) than ({right})"
    if spec.get("share") is not None:
        share = f"{round(spec['share'] * 100, 4):g}%"
        if spend:
            return f"Spend on ({left}) {than} than {share} of spend on ({right})"
        return f"Number of ({left}) {than} than {share} of the number of ({right})"
    if spend:
        return f"Spent {than} on ({left}) than on ({right})"
    return f"{'Fewer' if spec['op'] == '<' else than.capitalize()} times ({left}) than ({right})"


def _side_words(side: dict, catalog: Catalog) -> str:
    """A behaviour a comparison or a count reads, in the words of what it applies: every event of it (which,
    where, when); a count or an amount on it selects nothing there (`unapplied_words` says so on its card)."""
    return describe({**side, "count": None, "amount": None}, catalog)


def unapplied_words(side: dict, catalog: Catalog) -> list[str]:
    """What a side of a comparison or a count holds but does not apply: it reads each event, not customers who did
    it a number of times or for an amount."""
    out = [_compare(side["count"], None, times=True)] if side.get("count") else []
    return out + ([f"{'average' if side.get('average') else 'total'} " + _compare(side["amount"], catalog.currency)]
                  if side.get("amount") else [])


def _top_words(spec: dict, catalog: Catalog) -> str:
    """A ranking by a number of the profile or an indicator: 'Top 100 customers by Loyalty points'."""
    n = spec.get("n")
    size = f"Top {n} customer{'s' if n != 1 else ''}" if n is not None else f"Top {spec['percent']:g}% of customers"
    among = " and ".join(describe(c, catalog) for c in spec.get("among") or ())
    by = f"column:{spec['column']}" if spec.get("column") else f"indicator:{spec['indicator']}"
    per = f", per {column_label(catalog, spec['per']).lower()}" if spec.get("per") else ""
    return f"{size}{' among ' + among if among else ''} by {subject(catalog, by).label.lower()}{per}"


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


_FLAG_HELD = {True: "", False: ": no", None: ": yes or no"}     # what a yes/no row holds, after the flag's name


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
    if spec.get("count") and spec.get("days_counted"):      # 'on at least 3 different days'
        words += " " + WORDING["days_counted"].format(count=_compare(spec["count"], None))
    elif spec.get("count"):
        words += " " + _compare(spec["count"], None, times=True)
    measure = measure_label(spec, catalog)
    unit = None if measure else catalog.currency
    if spec.get("amount") and spec.get("over") and not spec.get("count"):      # the first (latest) event's own
        words += f", {measure or 'amount'} " + _compare(spec["amount"], unit)
    elif spec.get("amount"):
        words += f", {'average' if spec.get('average') else 'total'}{' ' + measure if measure else ''} " + \
            _compare(spec["amount"], unit)
    words += " " + weekdays.describe(spec["days"], WORDING["days"]) if spec.get("days") else ""
    words += " " + year_months.describe(spec["months"], WORDING["year_months"]) if spec.get("months") else ""
    words += " " + day_hours.describe(spec["hours"], WORDING["hours"]) if spec.get("hours") else ""
    words += " " + WORDING["since"].format(column=column_label(catalog, spec["since"]).lower()) if spec.get("since") else ""
    words += " " + WORDING["since_set"].format(row=describe(spec["since_set"], catalog)) if spec.get("since_set") else ""
    words += " " + _window_words(spec.get("window")) if spec.get("window") else ""
    words += " " + after_words(spec["after"], catalog) if spec.get("after") else ""
    words += " " + latest_words(spec["of_latest"], catalog) if spec.get("of_latest") else ""
    words += " " + WORDING["running"].format(n=spec["running"]) if spec.get("running") else ""
    dims = []
    for name, values in spec.get("dims", {}).items():
        labels = dimensions(catalog, events[0]).get(name, {})
        dims.append(f"{name.replace('_', ' ')} {_either([labels.get(v, v) for v in values])}")
    dims += [measured_words(name, present, spec, catalog) for name, present in (spec.get("measured") or {}).items()]
    dims += [WORDING["own_place"][same].format(dimension=name.replace("_", " "), column=column_label(
        catalog, customers_own(catalog, catalog.events[events[0]], name)).lower()).lstrip(", ")
        for name, same in (spec.get("own_place") or {}).items()]
    return words + (f" ({'; '.join(dims)})" if dims else "")


def measured_words(name: str, present: bool, spec: dict, catalog: Catalog) -> str:
    """'with a satisfaction score': the events that have (lack) a measure of their own row ('rated tickets'), or a
    dimension of it ('with a coupon')."""
    measures = catalog.events[spec["events"][0]].measures
    label = measure_label({**spec, "measure": name}, catalog) if name in measures else name.replace("_", " ")
    return WORDING["measured"][bool(present)].removeprefix(", ").format(measure=label)


def measure_label(spec: dict, catalog: Catalog) -> str:
    """The measure a behaviour's amount is read on ('satisfaction score'); '' for its amount of money."""
    name = spec.get("measure")
    return catalog.events[spec["events"][0]].measures[name].label or name.replace("_", " ") if name else ""


def after_words(after: dict, catalog: Catalog) -> str:
    """'within 5 days after (Message received in August)', 'after the latest (Store purchase)'."""
    said = describe(after["anchor"], catalog)
    if after.get("day"):        # the same calendar day ('that same day')
        return f"the same day as ({said})"
    if after.get("within") is None:
        return f"after {'the latest ' if after.get('latest') else ''}({said})"
    unit = UNITS[after.get("unit") or "DAY"]
    return f"within {after['within']} {unit.rstrip('s') if after['within'] == 1 else unit} after ({said})"


def latest_words(latest: dict, catalog: Catalog) -> str:
    """'among their 5 latest (Message received (channel email))'."""
    return f"among their {latest['n']} latest ({describe(latest['of'], catalog)})"


def kept_words(draft: Draft, catalog: Catalog) -> list[str]:
    """The parts of a criterion no field of the editor holds, in words: the card shows them as kept as read (the
    parts of an OR, a comparison or a count say their own)."""
    spec, out, kind = draft.kept, [], draft.subject.partition(":")[0]
    if kind == "flag":      # what the row holds, and when it was last set (a consent given in the last 60 days)
        if not spec:
            return []
        held = {True: "set to yes", False: "set to no", None: "set either way"}[spec.get("yes", True)]
        return [f"only customers with {column_label(catalog, spec['flag']).lower()} {held}"
                + (f", last changed {_window_words(spec['set_in'])}" if spec.get("set_in") else "")]
    if kind == "top":
        among = [describe(c, catalog) for c in spec.get("among") or ()]
        return (["ranked among: " + " and ".join(among)] if among else []) + \
            ([f"ranked per {column_label(catalog, spec['per']).lower()}"] if spec.get("per") else [])
    if kind != "event":
        return out
    if spec.get("after"):
        out.append("counted only " + after_words({**spec["after"], "within": None}, catalog)
                   + (" (how long after: below)" if draft.within is not None else ""))
    if spec.get("of_latest"):
        out.append("counted only " + latest_words(spec["of_latest"], catalog) + " (how many latest: below)")
    if spec.get("since_set"):    # 'since they opted in': from the last change of that row, kept as read
        out.append("counted only " + WORDING["since_set"].format(row=describe(spec["since_set"], catalog)))
    if spec.get("running"):      # 'three months running': kept as read
        out.append("its events " + WORDING["running"].format(n=spec["running"]))
    ranked = draft.ranking or spec
    among = [describe(c, catalog) for c in ranked.get("among") or ()]
    if among:
        out.append("ranked among: " + " and ".join(among))
    if draft.ranking is not None:
        out.append(f"ranked by {_MEASURE_WORDS.get(draft.ranking.get('measure'), 'spend on')} the behaviour below"
                   + (f", per {column_label(catalog, draft.ranking['per']).lower()}" if draft.ranking.get("per") else ""))
    if spec.get("measure"):
        out.append(f"the amount is the {measure_label(spec, catalog)}")
    for name, present in (spec.get("measured") or {}).items():      # 'rated tickets': those with a score
        out.append("only the events " + measured_words(name, present, spec, catalog))
    if spec.get("own_amount"):      # '4+ units for under €80': one event holds both
        out.append("each one counted also has its own amount " + _compare(spec["own_amount"], catalog.currency))
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
