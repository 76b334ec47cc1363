"""Segment movement: where the members of a segment went between its previous refresh and its latest.

Read from the membership history (valid-from / valid-to dates): the members on the previous refresh
date, whether they are still in the segment on the latest one, and which other tagged segments they
are in then (a customer may be in several; 'no other segment' counts those in none).
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from assistant.edges.store import Store
from assistant.errors import ReviewError

STAYED, LEFT, NOWHERE = "stayed in the segment", "left the segment", "no other segment"


class Movement(BaseModel):
    audience_id: int
    audience: str
    since: dt.date
    until: dt.date
    members_then: int
    entered: int                  # new members on `until`
    rows: list[str]               # STAYED, LEFT
    columns: list[str]            # the other segments by name, then NOWHERE
    counts: list[list[int]]       # counts[row][column]


def movement(store: Store, audience_id: int) -> Movement:
    days = sorted({r.as_of for r in store.refreshes(audience_id)})
    if len(days) < 2:
        raise ReviewError(f"audience {audience_id} has {len(days)} refresh date(s): movement needs two",
                          hint="refresh it on a later as-of date (or schedule it: `audience schedule`)")
    since, until = days[-2], days[-1]
    then, now = store.members_at(audience_id, since), store.members_at(audience_id, until)
    others = [(i, name) for i, name in store.tagged_audiences() if i != audience_id]
    later = [store.members_at(i, until) for i, _ in others]
    counts = [[0] * (len(others) + 1) for _ in range(2)]
    for key in then:
        row = counts[0 if key in now else 1]
        inside = [j for j, members in enumerate(later) if key in members]
        for j in inside:
            row[j] += 1
        if not inside:
            row[-1] += 1
    name = next((n for i, n in store.tagged_audiences() if i == audience_id), str(audience_id))
    return Movement(audience_id=audience_id, audience=name, since=since, until=until, members_then=len(then),
                    entered=len(now - then), rows=[STAYED, LEFT], columns=[n for _, n in others] + [NOWHERE],
                    counts=counts)
