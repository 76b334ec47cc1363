"""Follow-up instructions edit the typed definition, so what the marketer edited in the app is kept.

"also exclude people who unsubscribed", "make it 3 months", "only in France", "drop the VIP condition":
the instruction names one change. A new part is read alone by the same translator and added (or put in
place of the part on the same attribute); a window is changed in each part's typed meaning and that part
alone is compiled again; a dropped part is removed. Every other part stays as it was, edits included.
The request text is edited alongside, for the record, but it is not read again.
"""
from __future__ import annotations

import datetime as dt
import re

from assistant.definition import AudienceDefinition, Criterion, diff_definitions
from assistant.meaning import from_spec
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


def refine(translator, definition: AudienceDefinition, instruction: str, as_of: dt.date) -> tuple[Translation, list[str]]:
    """Apply a follow-up to a definition; returns the new translation and what changed."""
    text = instruction.strip().rstrip(".")
    catalog = getattr(translator, "catalog", None) or getattr(getattr(translator, "offline", None), "catalog", None)
    request = edit_request(definition, instruction, as_of)
    if catalog is None:
        return _retranslate(translator, definition, instruction, request, as_of)
    edited = _typed_edit(translator, catalog, definition, text, as_of)
    if isinstance(edited, Translation):
        return edited, []
    if edited is None:
        return _refused(instruction), []
    if edited.request == definition.request:     # a part put in place of another has its words swapped already
        edited.request = request or f"{definition.request}, {text}"
    result = Translation(status="ok", definition=edited, warnings=edited.warnings, ignored=edited.ignored,
                         explanation=[f"{c.label}: {c.meaning}" for c in edited.criteria]
                         + [f"except {c.label}: {c.meaning}" for c in edited.exclusions])
    return result, diff_definitions(definition, edited)


def _refused(instruction: str) -> Translation:
    return Translation.refuse(f"Could not apply '{instruction}': say what to add, exclude, drop or which "
                              "window to use, e.g. 'also exclude people who unsubscribed' or 'make it 3 months'.")


def _retranslate(translator, definition, instruction, request, as_of):
    """Without a catalog to compile parts from, the edited request is translated again."""
    if request is None:
        return _refused(instruction), []
    result = translator.translate(request, as_of, definition.channel)
    if result.definition is not None:
        result.definition.as_of = definition.as_of
    return result, diff_definitions(definition, result.definition)


def _typed_edit(translator, catalog, definition: AudienceDefinition, text: str, as_of: dt.date):
    """The definition with the instruction applied; a Translation when the new part needs a question; None
    when the instruction is not understood."""
    new = definition.model_copy(deep=True)
    if m := REFINE_WINDOW.match(text):
        unit, mult = _UNITS[m.group("unit").lower().rstrip("s")]
        window = {"amount": int(m.group("n")) * mult, "unit": unit}
        changed = [_with_window(c, window, catalog, as_of) for c in new.criteria + new.exclusions]
        if not any(c is not None for c in changed):
            return None
        n = len(new.criteria)
        new.criteria = [c or old for c, old in zip(changed[:n], new.criteria)]
        new.exclusions = [c or old for c, old in zip(changed[n:], new.exclusions)]
        return new
    if m := REFINE_DROP.match(text):
        target = _matching(new, m.group("what"))
        if target is None:
            return None
        new.criteria = [c for c in new.criteria if c is not target]
        new.exclusions = [c for c in new.exclusions if c is not target]
        return new
    if m := REFINE_EXCLUDE.match(text):
        part = _read_part(translator, m.group("rest"), as_of, definition.channel)
        if not isinstance(part, list):
            return part
        new.exclusions += part
        return new
    rest = m.group("rest") if (m := REFINE_ONLY.match(text)) else text
    part = _read_part(translator, rest, as_of, definition.channel)
    if not isinstance(part, list):
        return part
    for c in part:     # 'only in France' when the definition filters the country: in place of that part
        at = next((k for k, old in enumerate(new.criteria) if _subject(old.spec) and _subject(old.spec) == _subject(c.spec)), None)
        if at is None:
            new.criteria.append(c)
        else:
            if new.criteria[at].phrase:
                new.request = new.request.replace(new.criteria[at].phrase, c.phrase or rest.strip(), 1)
            new.criteria[at] = c
    return new


def _read_part(translator, text: str, as_of: dt.date, channel: str):
    """The instruction's new part, read alone: its criteria, or the translation when it asks or refuses."""
    alone = translator.translate(text, as_of, channel)
    if alone.status != "ok" or alone.definition is None:
        return alone
    if not alone.definition.criteria or alone.definition.exclusions:
        return None
    return list(alone.definition.criteria)


_UNITS = {"day": ("DAY", 1), "week": ("DAY", 7), "month": ("MONTH", 1), "year": ("MONTH", 12)}


def _subject(spec: dict | None):
    """What a part filters, whatever the values: the same subject is replaced, another one added."""
    if not spec:
        return None
    kind = spec.get("kind")
    name = spec.get("column") or spec.get("indicator") or spec.get("table") or spec.get("index")
    if kind == "event":
        name = tuple(spec.get("events", ()))
    return (kind, name) if name is not None else None


def _with_window(c: Criterion, window: dict, catalog, as_of: dt.date) -> Criterion | None:
    """The part with its window replaced in its typed meaning and compiled again; None when it has none."""
    if not c.spec or c.spec.get("kind") not in ("event", "term", "date") or not c.spec.get("window"):
        return None
    spec = dict(c.spec, window=window)
    rendered = from_spec(spec, catalog).render(catalog, as_of)
    return c.model_copy(update={"spec": spec, "sql": rendered.sql, "label": rendered.label, "meaning": rendered.meaning})
