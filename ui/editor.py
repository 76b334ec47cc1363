"""The criterion editor's widgets: one control per field of an `edit.Draft`, generated from the catalog.

Widget keys are `edit_<card>_<field>` (card: c0, x1, new); the page turns the draft into a spec with
`edit.to_spec` and compiles it with `pipeline.criterion`. Nothing here builds SQL. Free-text dimensions
(a brand, a store city) list the warehouse's own values (`pipeline.dimension_values`). An OR's card has a button to
remove each alternative and a part to add one (`edit_<card>_drop_g<n>`, `edit_<card>_alt_*`), applied at once.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import streamlit as st

import resources
from assistant import edit, pipeline

KIND_WORDS = {"vocabulary": "attribute", "text": "attribute", "number": "number", "date": "date", "months": "months", "event": "behaviour",
              "indicator": "indicator", "term": "agreed term", "list": "list", "flag": "attribute", "any_of": "alternatives",
              "versus": "comparison", "distinct": "count of values", "known": "attribute", "top": "ranking",
              "spacing": "time between events"}
# how far apart the two sides of a comparison are: any difference, a margin, or against a share of the other side
HOW_MUCH = {"any": "any difference", "margin": "by at least…", "share": "than a share of the other…"}
KEEP = {"n": "the top N customers", "percent": "the top share (%)"}
# where a behaviour happened against the customer's own attribute ('abroad': the store's country other than theirs)
OWN_PLACE = {"any": "Anywhere", "same": "Their own", "other": "Other than theirs"}


def reset(card: str) -> None:
    """A new subject starts from its own blank fields (old values may not be among its choices)."""
    for key in [k for k in st.session_state if k.startswith(f"edit_{card}_") and k != f"edit_{card}_subject"]:
        del st.session_state[key]


def subject_picker(card: str, catalog, current: str | None, kinds: tuple[str, ...] | None = None) -> str | None:
    """The subjects of the catalog (of these kinds); a card of a kind the picker does not list (an OR, a comparison,
    a flag) offers its own first, so it opens with its fields."""
    subjects = [s for s in edit.subjects(catalog) if kinds is None or s.kind in kinds]
    if current and current not in {s.key for s in subjects}:
        subjects.insert(0, edit.subject(catalog, current))
    keys = [s.key for s in subjects]
    labels = {s.key: f"{s.label} · {KIND_WORDS[s.kind]}" for s in subjects}
    return st.selectbox("About", keys, key=f"edit_{card}_subject", format_func=labels.get,
                        index=keys.index(current) if current in keys else None, on_change=reset, args=(card,),
                        placeholder="Search the catalog: an attribute or a behaviour",
                        help="Type to search; every choice comes from the catalog.")


# a change of a card's parts (an OR's alternative removed or added), given to the page's Apply callback: it takes the
# draft the card's fields hold and returns the draft to apply
Change = Callable[[edit.Draft], edit.Draft]


def fields(card: str, catalog, draft: edit.Draft, *, side: bool = False,
           apply: Callable[[Change], None] | None = None) -> edit.Draft:
    """Draw the controls for this draft's subject; return the draft they now describe (through `read`). A `side`
    is a behaviour a comparison or a count reads: which events, where and when (a count or an amount on it, or
    its negation, would mean nothing there). `apply` (a card's, not a part's) applies the card with a change of
    its parts: an OR's alternatives get buttons to remove one and to add one."""
    s = edit.subject(catalog, draft.subject)
    out = edit.Draft(subject=draft.subject, kept=dict(draft.kept), ranking=draft.ranking)
    k = f"edit_{card}_"
    if s.options:
        out.values = st.multiselect("In" if s.kind == "months" else "Is one of", list(s.options),
                                    default=[v for v in draft.values if v in s.options], format_func=s.options.get,
                                    key=k + "values")
    if s.kind == "text":
        values = [*draft.values, *(v for v in pipeline.column_values(resources.services(), draft.subject.split(":", 1)[1])
                                   if v not in draft.values)]
        st.multiselect("Is one of", values, default=list(draft.values), key=k + "values",
                       placeholder="Type to search the warehouse's values")
    if s.kind == "number":
        out.op, out.number, out.upper = _number(k, draft, s.unit)
    if s.kind == "event":
        _event(k, catalog, draft, out, s, side=side)
    if s.kind in ("date", "event", "term"):
        _window(k, draft, out, required=s.kind == "date")
    if s.kind == "any_of":
        st.checkbox("Exactly one of them (not both)", value=draft.exclusive, key=k + "exclusive",
                    help="A customer matching two alternatives is left out")
        _alternatives(card, catalog, draft, apply)
    if s.kind == "versus":
        _versus(card, catalog, draft)
    if s.kind == "distinct":
        _distinct(card, catalog, draft)
    if s.kind == "spacing":
        _spacing(card, catalog, draft)
    if s.kind == "known":
        _known(k, catalog, draft)
    if s.kind == "top":
        _ranked(k, catalog, draft)
    for words in edit.kept_words(draft, catalog) if s.kind != "event" else ():
        st.caption(f"Kept as read: {words}")
    if not side:
        out.negated = st.checkbox("Not (everyone except these)", value=draft.negated, key=k + "negated")
    return read(card, catalog, draft)


def _part(card: str, catalog, draft: edit.Draft, title: str, *, side: bool = False) -> None:
    """A part of a criterion (an alternative's condition, a side of a comparison) with its own subject and fields."""
    with st.container(border=True):
        st.markdown(f"**{title}**")
        picked = subject_picker(card, catalog, draft.subject, kinds=("event",) if side else None)
        if picked is not None:
            fields(card, catalog, draft if picked == draft.subject else edit.blank(catalog, picked), side=side)


def _alternatives(card: str, catalog, draft: edit.Draft, apply: Callable[[Change], None] | None) -> None:
    """Each alternative of an OR, each of its conditions with the fields of its kind; one no fields hold is shown.
    With `apply`, each alternative can be removed (the last one left makes a plain card) and one can be added, and
    inside an alternative one condition can be removed (while others remain) or added (ANDed with them)."""
    for g, group in enumerate(draft.groups):
        if g:
            st.caption("OR")
        for j, part in enumerate(group):
            title = f"Alternative {g + 1}" + (f", condition {j + 1}" if len(group) > 1 else "")
            if isinstance(part, dict):
                st.caption(f"{title} — kept as read (no fields hold it): {edit.describe(part, catalog)}")
            else:
                _part(f"{card}_g{g}_{j}", catalog, part, title)
            if apply is not None and len(group) > 1:
                st.button(f"Remove condition {j + 1} of alternative {g + 1}", key=f"edit_{card}_drop_g{g}_{j}",
                          on_click=apply, args=(functools.partial(edit.without_condition, g=g, j=j),),
                          help="Applies this card without it: the alternative then holds for more customers")
        if apply is not None and len(draft.groups) > 1:
            st.button(f"Remove alternative {g + 1}", key=f"edit_{card}_drop_g{g}", on_click=apply,
                      args=(functools.partial(edit.without_alternative, g=g),),
                      help="Applies this card without it (with the fields as they are now)")
        if apply is not None:
            _new_part(f"{card}_g{g}_add", catalog, apply, f"Add a condition to alternative {g + 1}", "Add this condition",
                      functools.partial(edit.with_condition, g=g), "Applies this card with it (AND, in this alternative)",
                      folded=True)
    if apply is not None:
        _new_part(f"{card}_alt", catalog, apply, "Add an alternative", "Add this alternative", edit.with_alternative,
                  "Applies this card with it (OR)")


def _new_part(new: str, catalog, apply: Callable[[Change], None], title: str, button: str,
              change: Callable[[edit.Draft, edit.Draft], edit.Draft], help: str, *, folded: bool = False) -> None:
    """One more part of an OR (an alternative, or a condition of one), from the subjects a new card offers, with that
    card's fields; `change` puts it in the card's draft. A condition of one alternative is offered behind a toggle: an
    OR of several alternatives would otherwise show a picker per alternative (and the card is in an expander already,
    which cannot hold another)."""
    with st.container(border=True):
        if folded and not st.toggle(title, key=f"open_{new}"):  # not under edit_{new}_: a new subject resets those
            return
        if not folded:
            st.markdown(f"**{title}**")
        picked = subject_picker(new, catalog, None)
        if picked is None:
            return
        base = edit.blank(catalog, picked)
        fields(new, catalog, base)
        st.button(button, key=f"edit_{new}_apply", on_click=apply,
                  args=(functools.partial(_added, new, catalog, base, change),), help=help)


def _added(new: str, catalog, base: edit.Draft, change: Callable[[edit.Draft, edit.Draft], edit.Draft],
           draft: edit.Draft) -> edit.Draft:
    return change(draft, read(new, catalog, base))


def _versus(card: str, catalog, draft: edit.Draft) -> None:
    k = f"edit_{card}_"
    a, b, c, d = st.columns(4)
    measure = a.selectbox("Compared on", list(edit.COMPARED_ON), index=list(edit.COMPARED_ON).index(draft.measure),
                          format_func=edit.COMPARED_ON.get, key=k + "measure")
    b.selectbox("The first behaviour has", list(edit.DIRECTIONS), index=list(edit.DIRECTIONS).index(draft.op),
                format_func=edit.DIRECTIONS.get, key=k + "op")
    how = c.selectbox("How much", list(HOW_MUCH), index=list(HOW_MUCH).index(_how(draft)), format_func=HOW_MUCH.get,
                      key=k + "how")
    if how == "margin":
        d.number_input(f"At least ({catalog.currency if measure == 'amount' else 'times'})", min_value=0.0, value=float(draft.margin or 0), key=k + "margin")
        # 'between €100 and €200 more': at most this much apart too; 0 is no upper bound
        d.number_input("At most (0: no limit)", min_value=0.0, value=float(draft.margin_upper or 0), key=k + "margin_upper")
    if how == "share":
        d.number_input("Share of the second (%)", min_value=0.0, value=float(draft.share or 100), key=k + "share")
    _part(f"{card}_l", catalog, draft.left, "First behaviour", side=True)
    _part(f"{card}_r", catalog, draft.right, "Second behaviour", side=True)


def _how(draft: edit.Draft) -> str:
    return "margin" if draft.margin is not None else "share" if draft.share is not None else "any"


def _count(draft: edit.Draft) -> str:
    """What a distinct count counts: different values over all the events, within one event, or one value's events."""
    return "same" if draft.same else "per_event" if draft.per_event else "different"


def _distinct(card: str, catalog, draft: edit.Draft) -> None:
    k = f"edit_{card}_"
    source = read(f"{card}_s", catalog, draft.source)      # the behaviour as its fields now say (drawn below)
    dims = edit.counted_dimensions(catalog, edit.events_of(source))
    dims = dims if draft.dimension in dims or not draft.dimension else [draft.dimension, *dims]
    counts = {"different": "different values", "per_event": "different values in one event",
              "same": "times one same value"}
    st.radio("Count", list(counts), index=list(counts).index(_count(draft)), key=k + "count", horizontal=True,
             format_func=counts.get)
    st.selectbox("Values of", dims, index=dims.index(draft.dimension) if draft.dimension in dims else 0,
                 format_func=lambda d: d.replace("_", " "), key=k + "dimension")
    _number(k, draft, None)
    _part(f"{card}_s", catalog, draft.source, "Across the behaviour", side=True)


def _spacing(card: str, catalog, draft: edit.Draft) -> None:
    """The time between a behaviour's events: from the first to the latest, or on average from one to the next."""
    k = f"edit_{card}_"
    st.radio("Time", list(edit.SPACINGS), index=list(edit.SPACINGS).index(draft.between), key=k + "between",
             horizontal=True, format_func=edit.SPACINGS.get)
    _number(k, draft, None)
    units = list(edit.SPACING_UNITS)
    st.selectbox("Unit", units, index=units.index(draft.unit) if draft.unit in units else 0,
                 format_func=edit.SPACING_UNITS.get, key=k + "spacing_unit")
    _part(f"{card}_s", catalog, draft.source, "Between the events of", side=True)


def _known(k: str, catalog, draft: edit.Draft) -> None:
    a, b = st.columns(2)
    columns = edit.on_file(catalog)
    if draft.column not in columns:
        columns = {draft.column: edit.column_label(catalog, draft.column), **columns}
    a.selectbox("Attribute", list(columns), index=list(columns).index(draft.column), format_func=columns.get,
                key=k + "column")
    b.selectbox("Is", [True, False], index=0 if draft.known else 1,
                format_func={True: "on file", False: "not on file"}.get, key=k + "known")


def _ranked(k: str, catalog, draft: edit.Draft) -> None:
    a, b, c = st.columns(3)
    numbers = edit.ranked_by(catalog)
    a.selectbox("Ranked by", list(numbers), index=list(numbers).index(draft.column) if draft.column in numbers else 0,
                format_func=numbers.get, key=k + "column")
    keep = b.selectbox("Keep", list(KEEP), index=0 if draft.rank is None else 1, format_func=KEEP.get, key=k + "keep")
    if keep == "n":
        c.number_input("How many customers", min_value=1, value=int(draft.top or 100), step=1, key=k + "top")
    else:
        c.number_input("Top share (%)", min_value=0.01, max_value=100.0, value=float(draft.rank or 10), key=k + "rank")


def _number(k: str, draft: edit.Draft, unit: str | None) -> tuple[str, float, float | None]:
    a, b, c = st.columns([2, 2, 2])
    ops = list(edit.OPERATORS)
    op = a.selectbox("Operator", ops, index=ops.index(draft.op) if draft.op in ops else 0, format_func=edit.OPERATORS.get,
                     key=k + "op")
    suffix = f" ({unit})" if unit else ""
    number = b.number_input(f"Value{suffix}", value=float(draft.number or 0), key=k + "number")
    upper = c.number_input(f"and{suffix}", value=float(draft.upper if draft.upper is not None else number),
                           key=k + "upper") if op == "between" else None
    return op, number, upper


def _event(k: str, catalog, draft: edit.Draft, out: edit.Draft, s, *, side: bool = False) -> None:
    name = draft.subject.split(":", 1)[1]
    options = _dimension_options(catalog, name, draft)
    if options:
        cols = st.columns(min(3, len(options)))
        for i, (dim, labels) in enumerate(options.items()):
            chosen = cols[i % len(cols)].multiselect(
                dim.replace("_", " ").capitalize(), list(labels), default=[v for v in draft.dims.get(dim, []) if v in labels],
                format_func=labels.get, key=k + f"dim_{dim}", placeholder="Any (type to search)")
            if chosen:
                out.dims[dim] = chosen
    for dim, values in draft.dims.items():          # a dimension the editor cannot list (personal) is kept as read
        if dim not in options:
            out.dims[dim] = values
            st.caption(f"{dim.replace('_', ' ')}: {', '.join(map(str, values))} (from the request)")
    # the days of the week its events fall on ('at the weekend'): none chosen is any day, so clearing them removes it
    out.days = st.multiselect("On days of the week", list(edit.DAYS), default=[d for d in draft.days if d in edit.DAYS],
                              format_func=edit.DAYS.get, key=k + "days", placeholder="Any day")
    # the months of any year its events fall in ('every December'): none chosen is any month
    out.year_months = st.multiselect("In months of any year", list(edit.MONTHS),
                                     default=[m for m in draft.year_months if m in edit.MONTHS],
                                     format_func=edit.MONTHS.get, key=k + "year_months", placeholder="Any month")
    # the hours of the day its events fall in ('between 11pm and 2am'): none chosen is any hour
    out.hours = st.multiselect("At hours of the day", list(edit.HOURS), default=[h for h in draft.hours if h in edit.HOURS],
                               format_func=edit.HOURS.get, key=k + "hours", placeholder="Any hour")
    # counted from a date of their own ('since joining'): none is all their history
    dates = {"": "All their history", **edit.own_dates(catalog)}
    out.since = st.selectbox("Since a date of theirs", list(dates), index=list(dates).index(draft.since)
                             if draft.since in dates else 0, format_func=dates.get, key=k + "since")
    # a place against their own ('abroad': the store's country other than theirs): anywhere, theirs, or another
    for dim, label in edit.own_places(catalog, name).items():
        held = {None: "any", True: "same", False: "other"}[draft.own_place.get(dim)]
        chosen = st.selectbox(label, list(OWN_PLACE), index=list(OWN_PLACE).index(held), format_func=OWN_PLACE.get,
                              key=k + f"own_{dim}")
        if chosen != "any":
            out.own_place[dim] = chosen == "same"
    if side:
        for words in edit.unapplied_words(draft.kept, catalog):
            st.caption(f"Not applied on this side (it reads each event): {words} (from the request)")
        _kept(k, catalog, draft)
        return
    a, b, c, d = st.columns(4)
    counts = ["", ">=", ">", "<=", "<", "=", "between"]     # 'between 2 and 5 times' is read, so it is offered
    out.count_op = a.selectbox("How many times", counts, index=counts.index(draft.count_op) if draft.count_op in counts else 0,
                               format_func=lambda o: "any number" if not o else edit.OPERATORS[o], key=k + "count_op")
    if out.count_op:
        out.count = b.number_input("times", min_value=0.0, value=float(draft.count or 1), step=1.0, key=k + "count")
    if out.count_op == "between":
        b.number_input("and (times)", min_value=0.0, value=float(draft.count_upper or out.count), step=1.0,
                       key=k + "count_upper")
    measure = edit.measure_label(draft.kept, catalog)
    if s.unit or measure:       # an amount on a measure (a satisfaction score) is shown too, never dropped
        out.spend_op = c.selectbox(measure.capitalize() or "Amount spent", counts,
                                   index=counts.index(draft.spend_op) if draft.spend_op in counts else 0,
                                   format_func=lambda o: "any" if not o else edit.OPERATORS[o], key=k + "spend_op")
        what = ("average" if draft.kept.get("average") else "total") + (f" ({s.unit})" if s.unit and not measure else "")
        if out.spend_op:
            out.spend = d.number_input(what, min_value=0.0, value=float(draft.spend or 0), key=k + "spend")
        if out.spend_op == "between":
            d.number_input("and", min_value=0.0, value=float(draft.spend_upper or out.spend), key=k + "spend_upper")
    _kept(k, catalog, draft)


def _kept(k: str, catalog, draft: edit.Draft) -> None:
    """What the fields above do not hold is shown as kept as read (it is saved as it is); the numbers a marketer
    tunes in it (how many the ranking keeps, how long after the other behaviour) are fields of their own."""
    a, b = st.columns(2)
    if draft.top is not None:
        a.number_input("Ranking: how many customers", min_value=1, value=int(draft.top), step=1, key=k + "top")
    if draft.rank is not None:
        a.number_input("Ranking: top share (%)", min_value=0.01, max_value=100.0, value=float(draft.rank), key=k + "rank")
    if draft.within is not None:
        unit = edit.UNITS[(draft.kept.get("after") or {}).get("unit") or "DAY"]
        b.number_input(f"Within how many {unit} after", min_value=1, value=int(draft.within), step=1, key=k + "within")
    if draft.latest is not None:
        a.number_input("Among how many latest", min_value=1, value=int(draft.latest), step=1, key=k + "latest")
    for words in edit.kept_words(draft, catalog):
        st.caption(f"Kept as read: {words}")


def _dimension_options(catalog, event: str, draft: edit.Draft) -> dict[str, dict]:
    """Each editable dimension's choices, value -> label: the vocabulary's, or for a free-text dimension (a brand,
    a store city) the warehouse's own most frequent values, plus whatever the criterion already holds."""
    options = edit.dimensions(catalog, event)
    for dim in edit.free_text_dimensions(catalog, event):
        values = [*draft.dims.get(dim, []), *pipeline.dimension_values(resources.services(), event, dim)]
        options[dim] = {v: str(v) for v in values}
    return options


def _window(k: str, draft: edit.Draft, out: edit.Draft, *, required: bool) -> None:
    modes = [m for m in edit.WINDOW_MODES if not (required and m == "any")]
    a, b, c = st.columns([2, 1, 2])
    out.window = a.selectbox("When", modes, index=modes.index(draft.window) if draft.window in modes else 0,
                             format_func=edit.WINDOW_MODES.get, key=k + "window")
    if out.window == "last":
        out.amount = int(b.number_input("N", min_value=1, value=int(draft.amount or 6), step=1, key=k + "amount"))
        units = list(edit.UNITS)
        out.unit = c.selectbox("Unit", units, index=units.index(draft.unit) if draft.unit in units else 2,
                               format_func=edit.UNITS.get, key=k + "unit")
    elif out.window == "period":
        periods = list(edit.PERIODS)
        out.period = c.selectbox("Period", periods, index=periods.index(draft.period) if draft.period in periods else 0,
                                 format_func=edit.PERIODS.get, key=k + "period")
    elif out.window == "between":
        today = dt.date.today()
        out.start = b.date_input("From", value=draft.start or today.replace(day=1), key=k + "start")
        out.end = c.date_input("To (included)", value=draft.end or today, key=k + "end")


def read(card: str, catalog, base: edit.Draft) -> edit.Draft:
    """The draft the card's widgets hold now (session state), each field defaulting to `base`.

    The one mapping from widget keys to fields: `fields` draws and then reads through it, and an Apply
    callback reads through it before the page runs (so an edit costs one run of the page, not two)."""
    k, get = f"edit_{card}_", st.session_state.get
    subject = get(k + "subject") or base.subject
    draft = base if subject == base.subject else edit.blank(catalog, subject)
    s = edit.subject(catalog, subject)
    out = edit.Draft(subject=subject, kept=dict(draft.kept), ranking=draft.ranking,
                     negated=get(k + "negated", draft.negated))
    if s.options:
        out.values = list(get(k + "values", [v for v in draft.values if v in s.options]))
    if s.kind == "text":
        out.values = list(get(k + "values", draft.values))
    if s.kind == "number":
        out.op = get(k + "op", draft.op)
        out.number = get(k + "number", float(draft.number or 0))
        out.upper = get(k + "upper", float(draft.upper if draft.upper is not None else out.number)) \
            if out.op == "between" else None
    if s.kind == "event":
        event = subject.split(":", 1)[1]
        vocabulary = edit.dimensions(catalog, event)
        editable = [*vocabulary, *edit.free_text_dimensions(catalog, event)]
        for dim in editable:
            held = draft.dims.get(dim, [])
            chosen = get(k + f"dim_{dim}", [v for v in held if v in vocabulary[dim]] if dim in vocabulary else held)
            if chosen:
                out.dims[dim] = list(chosen)
        out.dims.update({d: v for d, v in draft.dims.items() if d not in editable})
        out.days = list(get(k + "days", draft.days))
        out.year_months = list(get(k + "year_months", draft.year_months))
        out.hours = list(get(k + "hours", draft.hours))
        out.since = get(k + "since", draft.since)
        for dim in edit.own_places(catalog, event):
            chosen = get(k + f"own_{dim}", {None: "any", True: "same", False: "other"}[draft.own_place.get(dim)])
            if chosen != "any":
                out.own_place[dim] = chosen == "same"
        out.count_op = get(k + "count_op", draft.count_op)
        out.count = get(k + "count", float(draft.count or 1))
        out.count_upper = get(k + "count_upper", draft.count_upper)
        if s.unit or edit.measure_label(draft.kept, catalog):
            out.spend_op = get(k + "spend_op", draft.spend_op)
            out.spend = get(k + "spend", float(draft.spend or 0))
            out.spend_upper = get(k + "spend_upper", draft.spend_upper)
        out.top = get(k + "top", draft.top) if draft.top is not None else None
        out.rank = get(k + "rank", draft.rank) if draft.rank is not None else None
        out.within = get(k + "within", draft.within) if draft.within is not None else None
        out.latest = get(k + "latest", draft.latest) if draft.latest is not None else None
    if s.kind == "any_of":
        out.exclusive = get(k + "exclusive", draft.exclusive)
        out.groups = [[read(f"{card}_g{g}_{j}", catalog, part) if isinstance(part, edit.Draft) else part
                       for j, part in enumerate(group)] for g, group in enumerate(draft.groups)]
    if s.kind == "versus":
        out.measure, out.op = get(k + "measure", draft.measure), get(k + "op", draft.op)
        how = get(k + "how", _how(draft))
        out.margin = get(k + "margin", float(draft.margin or 0)) if how == "margin" else None
        out.margin_upper = (get(k + "margin_upper", float(draft.margin_upper or 0)) or None) if how == "margin" else None
        out.share = get(k + "share", float(draft.share or 100)) if how == "share" else None
        out.left, out.right = read(f"{card}_l", catalog, draft.left), read(f"{card}_r", catalog, draft.right)
    if s.kind == "distinct":
        out.source = read(f"{card}_s", catalog, draft.source)
        out.dimension = get(k + "dimension", draft.dimension)
        count = get(k + "count", _count(draft))
        out.same, out.per_event = count == "same", count == "per_event"
        out.op = get(k + "op", draft.op)
        out.number = get(k + "number", float(draft.number or 0))
        out.upper = get(k + "upper", float(draft.upper if draft.upper is not None else out.number)) \
            if out.op == "between" else None
    if s.kind == "spacing":
        out.source = read(f"{card}_s", catalog, draft.source)
        out.between, out.unit = get(k + "between", draft.between), get(k + "spacing_unit", draft.unit)
        out.op = get(k + "op", draft.op)
        out.number = get(k + "number", float(draft.number or 0))
        out.upper = get(k + "upper", float(draft.upper if draft.upper is not None else out.number)) \
            if out.op == "between" else None
    if s.kind == "known":
        out.column, out.known = get(k + "column", draft.column), get(k + "known", draft.known)
    if s.kind == "top":
        out.column = get(k + "column", draft.column)
        keep = get(k + "keep", "n" if draft.rank is None else "percent")
        out.top = get(k + "top", int(draft.top or 100)) if keep == "n" else None
        out.rank = get(k + "rank", float(draft.rank or 10)) if keep == "percent" else None
    if s.kind in ("date", "event", "term"):
        out.window = get(k + "window", draft.window if not (s.kind == "date" and draft.window == "any") else "last")
        out.amount = int(get(k + "amount", int(draft.amount or 6)))
        out.unit = get(k + "unit", draft.unit)
        out.period = get(k + "period", draft.period)
        out.start = get(k + "start", draft.start or dt.date.today().replace(day=1))
        out.end = get(k + "end", draft.end or dt.date.today())
    return out
