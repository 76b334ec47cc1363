"""Follow-up instructions edit the request text, which stays the one source of the definition.

"also exclude people who unsubscribed", "make it 3 months", "only in France",
"drop the VIP condition": each becomes an edit of the request, the request is
translated again, and the difference between the two definitions is reported.
"""
from __future__ import annotations

import datetime as dt
import re

from assistant.definition import AudienceDefinition, Criterion, diff_definitions, same_shape
from assistant.translate.offline.modifiers import find_windows
from assistant.translate.lang_en import EXCLUSION_MARKERS, REFINE_DROP, REFINE_EXCLUDE, REFINE_ONLY, REFINE_WINDOW
from assistant.translate.offline.text import tokenize
from assistant.translate.result import Translation


def _matching(definition: AudienceDefinition, words: str) -> Criterion | None:
    needle = words.lower().strip()
    for c in definition.criteria + definition.exclusions:
        if needle and (needle in c.label.lower() or needle in c.phrase.lower() or c.phrase.lower() in needle):
            return c
    return None


def edit_request(definition: AudienceDefinition, instruction: str, as_of: dt.date) -> str | None:
    """The request rewritten by the instruction, or None when the instruction is not understood."""
    request, text = definition.request, instruction.strip().rstrip(".")
    if m := REFINE_WINDOW.match(text):
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
    if m := REFINE_DROP.match(text):
        target = _matching(definition, m.group("what"))
        if target is None or not target.phrase:
            return None
        return re.sub(r"\s{2,}", " ", request.replace(target.phrase, "", 1)).strip(" ,")
    if m := REFINE_EXCLUDE.match(text):
        has_exclusion = any(tuple(t.norm for t in tokenize(request))[i:i + len(mk)] == mk
                            for mk in EXCLUSION_MARKERS for i in range(len(tokenize(request))))
        joiner = " and not " if has_exclusion else ", but exclude "
        return f"{request}{joiner}{m.group('rest')}"
    if m := REFINE_ONLY.match(text):
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


def _replace_same_attribute(translator, definition: AudienceDefinition, rest: str, as_of: dt.date) -> str | None:
    """'only in France' when the definition already filters the country: swap that phrase."""
    alone = translator.translate(rest, as_of)
    if alone.definition is None or len(alone.definition.criteria) != 1:
        return None
    new = alone.definition.criteria[0]
    for old in definition.criteria:
        if old.phrase and same_shape(old.sql, new.sql):
            return definition.request.replace(old.phrase, new.phrase or rest.strip(), 1)
    return None


def refine(translator, definition: AudienceDefinition, instruction: str, as_of: dt.date) -> tuple[Translation, list[str]]:
    """Apply a follow-up to a definition; returns the new translation and what changed."""
    only = REFINE_ONLY.match(instruction.strip().rstrip("."))
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
