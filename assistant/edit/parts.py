"""Edits of a definition's lists of parts: replace, move between criteria and exclusions, OR two criteria together,
split an OR back, an OR left with one alternative as the plain cards it is (`unwrapped`), one part as several in its
place (`spread`), remove; and what a follow-up keeps of them (`keep_edits`)."""
from __future__ import annotations

import difflib
import functools
import re
from typing import Literal

from assistant.definition import AudienceDefinition, Criterion, Removal, same_shape

Role = Literal["criteria", "exclusions"]


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


def spread(definition: AudienceDefinition, role: Role, index: int, parts: list[Criterion]) -> AudienceDefinition:
    """Part `index` becomes these parts, in its place (an OR split back, an OR left with one alternative)."""
    new = list(getattr(definition, role))
    new[index:index + 1] = parts
    return definition.model_copy(update={role: new})


def join(definition: AudienceDefinition, index: int, part: Criterion) -> AudienceDefinition:
    """Criteria `index` and `index + 1` become one part (their OR, `or_spec`): neither is removed."""
    criteria = list(definition.criteria)
    criteria[index:index + 2] = [part]
    return definition.model_copy(update={"criteria": criteria})


def joined_phrase(request: str, first: str, second: str) -> str:
    """The words two criteria ORed together came from: the request's span from the first phrase to the second (their
    words and what lies between), so the new card keeps its marks in the request; one phrase when the other is not
    in the request (a card added from the catalog has none)."""
    spans = [(pos, pos + len(p)) for p in (first, second) if p and (pos := request.find(p)) >= 0]
    if not spans:
        return ""
    return request[min(s for s, _ in spans):max(e for _, e in spans)]


def or_spec(first: dict, second: dict) -> dict:
    """'first OR second' as one any_of spec (an OR already there gains a group)."""
    def groups(spec):
        return spec["groups"] if spec.get("kind") == "any_of" and not spec.get("negated") else [[spec]]
    return {"kind": "any_of", "negated": False, "groups": groups(first) + groups(second)}


def split_spec(spec: dict, role: Role = "criteria") -> list[dict]:
    """An OR split into cards. Among the criteria it is switched back to AND: each condition of each group becomes a
    criterion of its own. Among the exclusions each alternative becomes an exclusion of its own: the same customers
    are removed (exclusions remove those matching any of them)."""
    if spec.get("kind") != "any_of" or spec.get("negated"):
        return [spec]
    if role == "exclusions":
        return [c for group in spec["groups"] for c in unwrapped({**spec, "groups": [group]}, role)]
    return [c for group in spec["groups"] for c in group]


def unwrapped(spec: dict, role: Role) -> list[dict]:
    """The cards an OR left with one alternative is: that alternative's condition (negated when the OR was); among
    the criteria, an alternative of several conditions is a card each, since cards are ANDed as its conditions
    were. An exclusion of several conditions, or a negation of several, stays one card: as cards they would mean
    another audience (exclusions, like 'not', remove customers matching any of them). Any other spec is one card."""
    if spec.get("kind") != "any_of" or len(spec["groups"]) != 1:
        return [spec]
    (group,) = spec["groups"]
    if len(group) == 1:
        (only,) = group
        return [{**only, "negated": bool(only.get("negated")) != bool(spec.get("negated"))}]
    return list(group) if role == "criteria" and not spec.get("negated") else [spec]


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
