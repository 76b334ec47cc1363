"""Follow-up instructions edit the typed definition, so what the marketer edited in the app is kept.

"also exclude people who unsubscribed", "make it 3 months", "only in France", "drop the VIP condition":
the instruction names one change. A new part is read alone by the same translator and added (or put in
place of the part on the same attribute); a window is changed in each part's typed meaning and that part
alone is compiled again; a dropped part is removed. Every other part stays as it was, edits included.
The request text is edited alongside, for the record, but it is not read again.

An instruction is read in its own language's patterns (REFINE_* in assistant/translate/lang_xx.py): those of
the definition's language first ('plutôt sur 3 mois' on a French audience), then the instruction's. A new part
is read in that language, labels and explanations are worded in the definition's, and a refusal is said in it.
"""
from __future__ import annotations

import datetime as dt
import inspect
import re
from types import ModuleType

from assistant.definition import AudienceDefinition, Criterion, diff_definitions
from assistant.meaning import from_spec
from assistant.translate.offline.modifiers import find_windows
from assistant.translate.lang_en import EXCLUSION_MARKERS
from assistant.translate.languages import LANGUAGES, request_language, words_of
from assistant.translate.offline.text import fold, tokenize
from assistant.translate.result import Translation
from assistant.wording import explanation, word_criterion

_PATTERNS = ("REFINE_WINDOW", "REFINE_DROP", "REFINE_EXCLUDE", "REFINE_ONLY")


def instruction_language(definition: AudienceDefinition, instruction: str) -> str:
    """The language whose instruction patterns read it: the definition's, else the instruction's own; the
    definition's when neither reads it (it is then a part to add, in that language)."""
    text = instruction.strip().rstrip(".")
    own = definition.language if definition.language in LANGUAGES else "en"
    for lang in dict.fromkeys((own, request_language(text))):
        if any(getattr(words_of(lang), p).match(text) for p in _PATTERNS):
            return lang
    return own


def _unit(words: ModuleType, typed: str) -> str:
    """'mois' -> 'month', 'weeks' -> 'week'."""
    return getattr(words, "REFINE_UNITS", {}).get(fold(typed)) or typed.lower().rstrip("s")


def _matching(definition: AudienceDefinition, words: str) -> Criterion | None:
    needle = words.lower().strip()
    for c in definition.criteria + definition.exclusions:
        if needle and (needle in c.label.lower() or needle in c.phrase.lower() or c.phrase.lower() in needle):
            return c
    return None


def edit_request(definition: AudienceDefinition, instruction: str, as_of: dt.date) -> str | None:
    """The request rewritten by the instruction, or None when the instruction is not understood."""
    request, text = definition.request, instruction.strip().rstrip(".")
    w = words_of(instruction_language(definition, instruction))
    if m := w.REFINE_WINDOW.match(text):
        windows = find_windows(tokenize(request), as_of)
        if not windows:
            return None
        tokens = tokenize(request)
        new = w.REFINE_WINDOW_TEXT.format(n=m.group("n"), unit=m.group("unit"))
        out, last = [], 0
        for w in windows:
            out += [request[last:tokens[w.start_tok].start], new]
            last = tokens[w.end_tok - 1].end
        return "".join(out) + request[last:]
    if (m := w.REFINE_DROP.match(text)) and (target := _matching(definition, m.group("what"))) is not None:
        if not target.phrase:
            return None
        return re.sub(r"\s{2,}", " ", request.replace(target.phrase, "", 1)).strip(" ,")
    if m := w.REFINE_EXCLUDE.match(text):
        has_exclusion = any(tuple(t.norm for t in tokenize(request))[i:i + len(mk)] == mk
                            for mk in EXCLUSION_MARKERS for i in range(len(tokenize(request))))
        joiner = w.REFINE_AND_NOT if has_exclusion else w.REFINE_BUT_EXCLUDE
        return f"{request}{joiner}{m.group('rest')}"
    if w.REFINE_DROP.match(text):
        return None
    if m := w.REFINE_ONLY.match(text):
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
    lang = instruction_language(definition, instruction)
    said = definition.language if definition.language in LANGUAGES else "en"
    catalog = getattr(translator, "catalog", None) or getattr(getattr(translator, "offline", None), "catalog", None)
    request = edit_request(definition, instruction, as_of)
    if catalog is None:
        return _retranslate(translator, definition, instruction, request, as_of, said)
    edited = _typed_edit(translator, catalog, definition, text, as_of, lang)
    if isinstance(edited, Translation):
        return edited, []
    if edited is None:
        return _refused(instruction, said), []
    if edited.request == definition.request:     # a part put in place of another has its words swapped already
        edited.request = request or f"{definition.request}, {text}"
    # parts compiled again (a new window) are worded in the definition's language, like the rest
    edited.criteria = [word_criterion(c, catalog, as_of, said) for c in edited.criteria]
    edited.exclusions = [word_criterion(c, catalog, as_of, said) for c in edited.exclusions]
    result = Translation(status="ok", definition=edited, warnings=edited.warnings, ignored=edited.ignored,
                         language=said, explanation=explanation(edited.criteria, edited.exclusions, said))
    return result, diff_definitions(definition, edited)


def _refused(instruction: str, lang: str = "en") -> Translation:
    return Translation.refuse(words_of(lang).MESSAGES["refine_refused"].format(instruction=instruction), language=lang)


def _retranslate(translator, definition, instruction, request, as_of, lang="en"):
    """Without a catalog to compile parts from, the edited request is translated again."""
    if request is None:
        return _refused(instruction, lang), []
    result = translator.translate(request, as_of, definition.channel)
    if result.definition is not None:
        result.definition.as_of = definition.as_of
    return result, diff_definitions(definition, result.definition)


def _typed_edit(translator, catalog, definition: AudienceDefinition, text: str, as_of: dt.date, lang: str = "en"):
    """The definition with the instruction applied; a Translation when the new part needs a question; None
    when the instruction is not understood."""
    new, w = definition.model_copy(deep=True), words_of(lang)
    if m := w.REFINE_WINDOW.match(text):
        unit, mult = _UNITS[_unit(w, m.group("unit"))]
        window = {"amount": int(m.group("n")) * mult, "unit": unit}
        changed = [_with_window(c, window, catalog, as_of) for c in new.criteria + new.exclusions]
        if not any(c is not None for c in changed):
            return None
        n = len(new.criteria)
        new.criteria = [c or old for c, old in zip(changed[:n], new.criteria)]
        new.exclusions = [c or old for c, old in zip(changed[n:], new.exclusions)]
        return new
    if (m := w.REFINE_DROP.match(text)) and (target := _matching(new, m.group("what"))) is not None:
        new.criteria = [c for c in new.criteria if c is not target]
        new.exclusions = [c for c in new.exclusions if c is not target]
        return new
    if m := w.REFINE_EXCLUDE.match(text):      # 'remove the VIPs' with no VIP part: exclude them
        part = _read_part(translator, m.group("rest"), as_of, definition.channel, lang)
        if not isinstance(part, list):
            return part
        new.exclusions += part
        return new
    if w.REFINE_DROP.match(text):
        return None
    m = w.REFINE_ONLY.match(text)
    rest, adds = (m.group("rest"), fold(m.group("verb")) in w.REFINE_ADD_VERBS) if m else (text, False)
    part = _read_part(translator, rest, as_of, definition.channel, lang)
    if not isinstance(part, list):
        return part
    for c in part:     # 'only in France' when the definition filters the country: in place of that part
        at = next((k for k, old in enumerate(new.criteria) if _subject(old.spec) and _subject(old.spec) == _subject(c.spec)), None)
        if at is None:
            new.criteria.append(c)
        elif adds and _values(new.criteria[at].spec) and _values(c.spec):   # 'ajoute les Belges': France or Belgium
            new.criteria[at] = _merged(new.criteria[at], c, catalog, as_of)
        else:
            if new.criteria[at].phrase:
                new.request = new.request.replace(new.criteria[at].phrase, c.phrase or rest.strip(), 1)
            new.criteria[at] = c
    return new


def _read_part(translator, text: str, as_of: dt.date, channel: str, lang: str = "en"):
    """The instruction's new part, read alone in the instruction's language (a few words may not tell it: 'les
    VIP'): its criteria, or the translation when it asks or refuses."""
    forced = {"lang": lang} if "lang" in inspect.signature(translator.translate).parameters else {}
    alone = translator.translate(text, as_of, channel, **forced)
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


def _values(spec: dict | None) -> bool:
    """A part that keeps some values of one attribute, and nothing else ('France', 'VIP or gold')."""
    return bool(spec) and spec.get("kind") == "value" and not spec.get("negated")


def _merged(old: Criterion, new: Criterion, catalog, as_of: dt.date) -> Criterion:
    """One attribute's part keeping the values of both ('France' and then 'also Belgium': France or Belgium)."""
    spec = dict(old.spec, values=list(dict.fromkeys(old.spec["values"] + new.spec["values"])),
                labels=list(dict.fromkeys(old.spec.get("labels", []) + new.spec.get("labels", []))))
    rendered = from_spec(spec, catalog).render(catalog, as_of)
    return old.model_copy(update={"spec": spec, "sql": rendered.sql, "label": rendered.label, "meaning": rendered.meaning})


def _with_window(c: Criterion, window: dict, catalog, as_of: dt.date) -> Criterion | None:
    """The part with its window replaced in its typed meaning and compiled again; None when it has none."""
    if not c.spec or c.spec.get("kind") not in ("event", "term", "date") or not c.spec.get("window"):
        return None
    spec = dict(c.spec, window=window)
    rendered = from_spec(spec, catalog).render(catalog, as_of)
    return c.model_copy(update={"spec": spec, "sql": rendered.sql, "label": rendered.label, "meaning": rendered.meaning})
