"""Follow-up instructions edit the request text, which stays the one source of the definition.

"also exclude people who unsubscribed", "make it 3 months", "only in France",
"drop the VIP condition": each becomes an edit of the request, the request is
translated again, and the difference between the two definitions is reported.
"""
from __future__ import annotations

import datetime as dt
import re

from assistant.definition import AudienceDefinition, Criterion
from assistant.offline.modifiers import find_windows
from assistant.offline.text import EXCLUSION_MARKERS, tokenize
from assistant.translation import Translation

_EXCLUDE = re.compile(r"^\s*(?:and\s+)?(?:also\s+)?(?:please\s+)?(?:exclude|excluding|except|remove|without|but not|not)\s+(?P<rest>.+)$", re.I)
_DROP = re.compile(r"^\s*(?:please\s+)?(?:drop|delete|forget|ignore|remove)\s+(?:the\s+)?(?P<what>.+?)(?:\s+(?:condition|criterion|criteria|filter|part))?\s*$", re.I)
_WINDOW = re.compile(r"^\s*(?:make it|change it to|use|over|in|for)?\s*(?:the\s+)?(?:last\s+|past\s+)?(?P<n>\d+)\s+(?P<unit>days?|weeks?|months?|years?)(?:\s+instead)?\s*$", re.I)
_ONLY = re.compile(r"^\s*(?:and\s+)?(?:only|just|also|plus|add)\s+(?P<rest>.+)$", re.I)


def diff_definitions(before: AudienceDefinition | None, after: AudienceDefinition | None) -> list[str]:
    """What a reviewer needs to see: parts added, removed or changed (same request phrase, other meaning)."""
    changes = []
    for role, old_items, new_items in (("criterion", before.criteria if before else [], after.criteria if after else []),
                                       ("exclusion", before.exclusions if before else [], after.exclusions if after else [])):
        old_sql = {c.sql: c for c in old_items}
        new_sql = {c.sql: c for c in new_items}
        added = [c for c in new_items if c.sql not in old_sql]
        removed = [c for c in old_items if c.sql not in new_sql]
        for c in list(added):
            twin = next((o for o in removed if _same_subject(o, c)), None)
            if twin:
                changes.append(f"changed {role}: {twin.label} -> {c.label}")
                added.remove(c)
                removed.remove(twin)
        changes += [f"added {role}: {c.label}" for c in added]
        changes += [f"removed {role}: {c.label}" for c in removed]
    return changes or ["no change to the audience"]


def _same_subject(a: Criterion, b: Criterion) -> bool:
    return _shape(a.sql) == _shape(b.sql) or a.label.split(" in the last")[0] == b.label.split(" in the last")[0]


def _matching(definition: AudienceDefinition, words: str) -> Criterion | None:
    needle = words.lower().strip()
    for c in definition.criteria + definition.exclusions:
        if needle and (needle in c.label.lower() or needle in c.phrase.lower() or c.phrase.lower() in needle):
            return c
    return None


def edit_request(definition: AudienceDefinition, instruction: str, as_of: dt.date) -> str | None:
    """The request rewritten by the instruction, or None when the instruction is not understood."""
    request, text = definition.request, instruction.strip().rstrip(".")
    if m := _WINDOW.match(text):
        windows = find_windows(tokenize(request), as_of)
        if not windows:
            return None
        tokens = tokenize(request)
        new = f"in the last {m.group('n')} {m.group('unit')}"
        out, last = [], 0
        for w in windows:
            out += [request[last:tokens[w.start_tok].start], new]
            last = tokens[w.end_tok - 1].end
        return "".join(out) + request[last:]
    if m := _DROP.match(text):
        target = _matching(definition, m.group("what"))
        if target is None or not target.phrase:
            return None
        return re.sub(r"\s{2,}", " ", request.replace(target.phrase, "", 1)).strip(" ,")
    if m := _EXCLUDE.match(text):
        has_exclusion = any(tuple(t.norm for t in tokenize(request))[i:i + len(mk)] == mk
                            for mk in EXCLUSION_MARKERS for i in range(len(tokenize(request))))
        joiner = " and not " if has_exclusion else ", but exclude "
        return f"{request}{joiner}{m.group('rest')}"
    if m := _ONLY.match(text):
        return _add_criterion(request, m.group("rest"))
    return _add_criterion(request, text)


def _add_criterion(request: str, text: str) -> str:
    """Insert a condition before the exclusions, so that it does not become one."""
    tokens = tokenize(request)
    norms = [t.norm for t in tokens]
    for i in range(1, len(tokens)):
        if any(tuple(norms[i:i + len(mk)]) == mk for mk in EXCLUSION_MARKERS):
            cut = tokens[i].start
            if i > 0 and tokens[i - 1].norm == ",":
                cut = tokens[i - 1].start
            return f"{request[:cut].rstrip()}, {text}{request[cut:]}"
    return f"{request}, {text}"


def _shape(sql: str) -> str:
    """The SQL with its literals blanked: two criteria of one shape filter the same attribute."""
    return re.sub(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b", "?", re.sub(r"IN \([^)]*\)", "= ?", sql))


def _replace_same_attribute(translator, definition: AudienceDefinition, rest: str, as_of: dt.date) -> str | None:
    """'only in France' when the definition already filters the country: swap that phrase."""
    alone = translator.translate(rest, as_of)
    if alone.definition is None or len(alone.definition.criteria) != 1:
        return None
    new = alone.definition.criteria[0]
    for old in definition.criteria:
        if old.phrase and _shape(old.sql) == _shape(new.sql):
            return definition.request.replace(old.phrase, new.phrase or rest.strip(), 1)
    return None


def refine(translator, definition: AudienceDefinition, instruction: str, as_of: dt.date) -> tuple[Translation, list[str]]:
    """Apply a follow-up to a definition; returns the new translation and what changed."""
    only = _ONLY.match(instruction.strip().rstrip("."))
    request = (_replace_same_attribute(translator, definition, only.group("rest"), as_of) if only else None) \
        or edit_request(definition, instruction, as_of)
    if request is None:
        result = Translation.refuse(f"Could not apply '{instruction}': say what to add, exclude, drop or which "
                                    "window to use, e.g. 'also exclude people who unsubscribed' or 'make it 3 months'.")
        return result, []
    result = translator.translate(request, as_of, definition.channel)
    if result.definition is not None:
        result.definition.as_of = definition.as_of
    return result, diff_definitions(definition, result.definition)
