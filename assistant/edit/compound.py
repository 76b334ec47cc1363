"""Drafts of the criteria made of other parts: an OR's alternatives, the two behaviours a comparison sets against
each other, the behaviour whose different values are counted. Each part is a draft of its own (the same fields as
a criterion of its kind), nested in the draft of the whole; what no field holds is kept as read, as for one condition.
An OR's card also gains and loses alternatives (`with_alternative`, `without_alternative`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from assistant.edit import drafts
from assistant.edit.drafts import Draft, comparison_spec, read_comparison
from assistant.edit.offers import counted_dimensions, on_file, ranked_by
from schema_catalog.model import Catalog


def blank(catalog: Catalog, key: str) -> Draft:
    """A new criterion on this subject, valid as it stands: a comparison of the first two behaviours (on spend when
    both have an amount), a count of the first countable dimension's different values, a value on file, the top 100
    by a number."""
    kind = key.partition(":")[0]
    if kind == "versus":
        first, second = list(catalog.events)[:2]
        spend = bool(catalog.events[first].amount and catalog.events[second].amount)
        return Draft(subject=key, left=drafts.blank(catalog, f"event:{first}"),
                     right=drafts.blank(catalog, f"event:{second}"), measure="amount" if spend else "count", op=">")
    if kind == "distinct":
        event = next(e for e in catalog.events if counted_dimensions(catalog, [e]))
        return Draft(subject=key, source=drafts.blank(catalog, f"event:{event}"),
                     dimension=counted_dimensions(catalog, [event])[0], op=">=", number=2)
    if kind == "spacing":       # 'on average less than 30 days between one purchase and the next'
        return Draft(subject=key, source=drafts.blank(catalog, f"event:{next(iter(catalog.events))}"), between="gap",
                     op="<", number=30, unit="DAY")
    if kind == "known":
        return Draft(subject=key, column=next(iter(on_file(catalog))))
    if kind == "top":
        return Draft(subject=key, column=next(iter(ranked_by(catalog))), top=100)
    return drafts.blank(catalog, key)


def draft_of(spec: dict, catalog: Catalog, as_of: dt.date) -> Draft | None:
    """The editor's fields for any criterion, over the criterion as read; None when no fields can hold it (a
    comparison or a count whose behaviour the editor cannot open). An OR's condition no fields hold is kept in its
    group as read (a dict), so the others stay editable."""
    kind, negated, kept = spec.get("kind"), bool(spec.get("negated")), dict(spec)
    if kind == "any_of":
        groups = [[draft_of(c, catalog, as_of) or dict(c) for c in group] for group in spec["groups"]]
        return Draft(subject="any_of:", negated=negated, kept=kept, groups=groups,
                     exclusive=bool(spec.get("exclusive")))
    if kind == "versus":
        left, right = (drafts.draft_of(spec[side], catalog, as_of) for side in ("left", "right"))
        if left is None or right is None:
            return None
        share = spec.get("share")
        return Draft(subject="versus:", negated=negated, kept=kept, left=left, right=right, measure=spec["measure"],
                     op=spec["op"], margin=spec.get("margin"), margin_upper=spec.get("margin_upper"), share=round(share * 100, 4) if share is not None else None)
    if kind in ("distinct", "spacing"):
        # a comparison over the events of a source behaviour: the source drafted, the comparison read, as each kind's
        source = drafts.draft_of(spec["source"], catalog, as_of)
        if source is None:
            return None
        op, number, upper = read_comparison(spec["comparison"])
        own = dict(dimension=spec["dimension"], same=bool(spec.get("same")), per_event=bool(spec.get("per_event"))) \
            if kind == "distinct" else dict(between=spec["between"], unit=spec["unit"])
        return Draft(subject=f"{kind}:", negated=negated, kept=kept, source=source, op=op, number=number, upper=upper,
                     **own)
    return drafts.draft_of(spec, catalog, as_of)


def to_spec(draft: Draft, catalog: Catalog, as_of: dt.date) -> dict:
    """The typed meaning of what the editor's fields say, each part's own fields laid over that part as read."""
    kind = draft.subject.partition(":")[0]
    base = {**draft.kept, "negated": draft.negated}
    if kind == "any_of":
        spec = {**base, "kind": "any_of", "groups": [[to_spec(c, catalog, as_of) if isinstance(c, Draft) else c
                                                      for c in group] for group in draft.groups]}
        spec.pop("exclusive", None)     # said only when set: an OR saved before it existed keeps its spec
        return {**spec, "exclusive": True} if draft.exclusive and len(draft.groups) > 1 else spec
    if kind == "versus" and draft.measure == "average":    # one average against another: no margin nor share
        return {**base, "kind": "versus", "left": drafts.to_spec(draft.left, catalog, as_of),
                "right": drafts.to_spec(draft.right, catalog, as_of), "measure": "average",
                "op": ">" if draft.op.startswith(">") else "<", "margin": None, "margin_upper": None, "share": None,
                "within": False}
    if kind == "versus":
        # a margin and a share are two readings of 'how much more': the fields hold one of them at most
        return {**base, "kind": "versus", "left": drafts.to_spec(draft.left, catalog, as_of),
                "right": drafts.to_spec(draft.right, catalog, as_of), "measure": draft.measure, "op": draft.op,
                "margin": float(draft.margin) if draft.margin is not None else None,
                "margin_upper": float(draft.margin_upper) if draft.margin is not None and draft.margin_upper else None,
                "share": round(float(draft.share) / 100, 6) if draft.share is not None and draft.margin is None else None,
                # a rate ('click rate of 30% or more') stays one while its share does, its events counted the same
                "within": bool(draft.kept.get("within")) and draft.measure == "count" and draft.share is not None
                and draft.margin is None}
    if kind == "distinct":
        return {**base, "kind": "distinct", "source": drafts.to_spec(draft.source, catalog, as_of),
                "dimension": draft.dimension, "same": bool(draft.same), "per_event": bool(draft.per_event),
                "comparison": comparison_spec(draft.op, draft.number, draft.upper, like=draft.kept.get("comparison"))}
    if kind == "spacing":
        return {**base, "kind": "spacing", "source": drafts.to_spec(draft.source, catalog, as_of),
                "between": draft.between, "unit": draft.unit,
                "comparison": comparison_spec(draft.op, draft.number, draft.upper, like=draft.kept.get("comparison"))}
    return drafts.to_spec(draft, catalog, as_of)


def without_alternative(draft: Draft, g: int) -> Draft:
    """The OR's draft without its alternative `g` (each condition of that group); its last one is not removed here:
    the card is (`parts.remove`)."""
    if len(draft.groups) < 2:
        raise ValueError("an OR keeps at least one alternative: remove the card instead")
    return dataclasses.replace(draft, groups=[group for n, group in enumerate(draft.groups) if n != g])


def with_alternative(draft: Draft, alternative: Draft) -> Draft:
    """The OR's draft with one more alternative, a condition of its own (a new card's draft)."""
    return dataclasses.replace(draft, groups=[*draft.groups, [alternative]])


def without_condition(draft: Draft, g: int, j: int) -> Draft:
    """The OR's draft without condition `j` of alternative `g` (the alternative is wider); an alternative keeps at
    least one condition: the whole alternative is removed instead (`without_alternative`)."""
    if len(draft.groups[g]) < 2:
        raise ValueError("an alternative keeps at least one condition: remove the alternative instead")
    return dataclasses.replace(draft, groups=[[c for n, c in enumerate(group) if n != j] if i == g else group
                                              for i, group in enumerate(draft.groups)])


def with_condition(draft: Draft, condition: Draft, g: int) -> Draft:
    """The OR's draft with one more condition in alternative `g` (ANDed with that alternative's others)."""
    return dataclasses.replace(draft, groups=[[*group, condition] if i == g else group
                                              for i, group in enumerate(draft.groups)])


def events_of(draft: Draft) -> list[str]:
    """The events a behaviour's draft reads: those read (several: 'store purchase or online order') while its
    subject is the one read, else the event picked."""
    return list(draft.kept.get("events") or [draft.subject.partition(":")[2]])
