"""A typed condition in the words of a language: its label and its explanation, from data only.

The renderers in assistant/meaning.py write the SQL and its English words. This module words the same
typed condition in the request's language from three kinds of data: the condition's own fields, the
catalog's words in that language (`element.words(lang)`) and the language module's templates (WORDING,
NOTES, TEXT in assistant/translate/lang_xx.py). It holds no word of any language: a kind of condition (or a
note) the language has no template for keeps the renderer's English, and wording a new kind is one template
in each language module.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from types import ModuleType

from assistant import hours, months, weekdays
from assistant.definition import Criterion
from assistant.errors import AudienceError
from assistant.meaning import Comparison, Window, attribute_words, from_spec, lit, shared_words, unknown_is_other
from assistant.translate import lang_en
from assistant.translate.languages import words_of
from schema_catalog.model import Catalog
from schema_catalog.semantic import customers_own

_PART = re.compile(r"\[([^\[\]]*)\]")        # an optional part: dropped when a field inside it is empty
_FIELD = re.compile(r"\{(\w+)\}")
_POSITIONS = {"kind", "start_tok", "end_tok", "notes", "negated"}
_AS_TYPED = {"words", "typed", "text", "word", "phrase", "window"}   # note slots holding the request's own words
_WEEKDAY_SLOTS = {"day", "said"}     # a weekday's English name, in the language's WEEKDAY_NOTE_NAMES (never 'Black Friday')


@dataclasses.dataclass(frozen=True)
class Worded:
    label: str
    meaning: str


class _Unworded(Exception):
    """The language has no template for this condition (or one of its fields): keep the English."""


def word(condition, catalog: Catalog, as_of: dt.date, lang: str) -> Worded | None:
    """The condition's label and meaning in `lang`, or None when the language cannot word it."""
    try:
        return _Wording(catalog, as_of, lang, words_of(lang)).condition(condition)
    except (_Unworded, KeyError, IndexError, AttributeError, ValueError):
        return None


def word_criterion(criterion: Criterion, catalog: Catalog, as_of: dt.date, lang: str) -> Criterion:
    """A criterion relabelled in `lang` from its typed meaning; unchanged without one (model SQL) or in English."""
    if lang == "en" or criterion.spec is None:
        return criterion
    try:
        condition = from_spec(criterion.spec, catalog)
    except AudienceError:
        return criterion
    worded = word(condition, catalog, as_of, lang)
    return criterion.model_copy(update={"label": worded.label, "meaning": worded.meaning}) if worded else criterion


def explanation(criteria: list[Criterion], exclusions: list[Criterion], lang: str, prefix=lambda c: "") -> list[str]:
    """One line per part: 'label: meaning', exclusions introduced by the language's 'except'."""
    except_ = words_of(lang).TEXT["except"]
    return [f"{prefix(c)}{c.label}: {c.meaning}" for c in criteria] + \
        [f"{prefix(c)}{except_} {c.label}: {c.meaning}" for c in exclusions]


def word_note(note: str, lang: str, labels: dict[str, str] | None = None) -> str:
    """A note the code wrote in English (a template of lang_en.NOTES), in `lang`; unchanged when unknown.
    `labels` are the catalog's English labels with their words in `lang` ('online order' -> 'commande en ligne')."""
    words = words_of(lang)
    if words is lang_en:
        return note
    for name, pattern in _note_patterns():
        found = pattern.fullmatch(note)
        if found and name in words.NOTES:
            slots = {k: _typed(v) if k in _AS_TYPED else words.WEEKDAY_NOTE_NAMES.get(v, v) if k in _WEEKDAY_SLOTS
                     else _note_words(v, words, labels or {}) for k, v in found.groupdict().items()}
            # a count of one may read otherwise ('le dernier mois', not 'les 1 derniers mois'): the '.1' template
            name = f"{name}.1" if slots.get("n") == "1" and f"{name}.1" in words.NOTES else name
            text = words.NOTES[name].format(**slots)
            return text[0].upper() + text[1:] if note[:1].isupper() else text
    return note


def catalog_labels(catalog: Catalog, lang: str) -> dict[str, str]:
    """The English labels the code writes into notes (events, values, indicators, terms), in `lang`'s words."""
    out = {ev.label: ev.words(lang).label for ev in catalog.events.values()}
    for table in catalog.tables.values():
        for col in table.columns.values():
            out.update({v.label or stored: v.words(lang).label for stored, v in col.values.items()})
    for ind in catalog.indicators.values():
        out[ind.label] = ind.words(lang).label
    out.update({t.term: t.words(lang).label for t in catalog.glossary})
    # a term's meaning, as notes quote it (without its full stop): a whole slot, matched as it is
    out.update({t.meaning.rstrip("."): t.words(lang).meaning.rstrip(".") for t in catalog.glossary})
    for ev in catalog.events.values():               # a dimension as the notes name it: 'device' (its column's words
        out.update({name.replace("_", " "): dim.words(lang).label      # when it has none of its own: 'store country')
                    or catalog.column(dim.column).words(lang).label for name, dim in ev.dimensions.items()})
    # a column with no words of its own is named by a dimension that reads it, or one of its name ('consents
    # channel': 'canal')
    by_dimension = {dim.column: dim.words(lang).label for ev in catalog.events.values()
                    for dim in ev.dimensions.values() if dim.words(lang).label}
    for tname, table in catalog.tables.items():      # a column as the parser's notes name it: 'customers city'
        for cname, col in table.columns.items():
            local = col.words(lang)
            out[f"{tname.rsplit('.', 1)[-1]} {cname.replace('_', ' ')}"] = local.label or next(iter(local.synonyms), "") \
                or by_dimension.get(f"{tname}.{cname}", "") or out.get(cname.replace("_", " "), "")
    return Labels({en: local for en, local in out.items() if en and local and en != local})


class Labels(dict):
    """The catalog's English labels with their words in a language, and the pattern that finds them in a note
    (built once: a catalog has hundreds of labels)."""

    @functools.cached_property
    def pattern(self) -> re.Pattern | None:
        return _labels_pattern(self)


def _labels_pattern(labels: dict[str, str]) -> re.Pattern | None:
    names = sorted(labels, key=len, reverse=True)
    return re.compile("(" + "|".join(r"\b" + re.escape(n) + r"\b" for n in names) + ")") if names else None

# Slots whose text has a shape of its own: '{what} {values}' splits after the last word before the quoted values
# ('store name' 'Wertheim Village Outlet'), not after the first word.
_SLOTS = {"values": "'.+?"}


@functools.cache
def _note_patterns() -> list[tuple[str, re.Pattern]]:
    """lang_en.NOTES as patterns, the most literal first ('read {what}' is tried last)."""
    out = []
    for name, template in lang_en.NOTES.items():
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_SLOTS.get(p, '.+?')})" for i, p in enumerate(parts))
        out.append((name, re.compile(regex, re.I | re.S), sum(len(p) for p in parts[::2])))
    return [(name, pattern) for name, pattern, _ in sorted(out, key=lambda x: -x[2])]


def _typed(value: str) -> str:
    """The request's words as typed: an elision joined again ('l'an', not 'l' an'); a quoted value keeps the space
    after its closing quote ('Wertheim Village Outlet' and 2 more)."""
    return _ELIDED.sub(r"\1'", " ".join(value.split()))


_ELIDED = re.compile(r"(?<!')\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu)' ", re.I)


def _note_words(value: str, words: ModuleType, labels: dict[str, str]) -> str:
    """A slot the code wrote in English, in the language: the catalog's labels, then the language's phrases (a
    window's description), then its single words."""
    value = _typed(value)
    if value in labels:            # a whole sentence of the catalog (a term's meaning) has its own translation
        return labels[value]
    pattern = labels.pattern if isinstance(labels, Labels) else _labels_pattern(labels)
    parts = pattern.split(value) if pattern else [value]
    out = []
    for k, part in enumerate(parts):
        if k % 2:
            out.append(labels[part])
            continue
        for pattern, by in _note_phrases(words):
            part = pattern.sub(by, part)
        table = words.NOTE_WORDS
        out.append(re.sub(r"[A-Za-z0-9]+", lambda m: table.get(m.group(0), m.group(0)), part) if table else part)
    return "".join(out)


@functools.cache
def _note_phrases(words: ModuleType) -> tuple[tuple[re.Pattern, str], ...]:
    """The language's NOTE_PHRASES compiled once."""
    return tuple((re.compile(pattern), by) for pattern, by in words.NOTE_PHRASES)


def fill(template: str, fields) -> str:
    """A template with its fields; a '[...]' part only when every field inside it has words."""
    out = []
    try:
        for names, parts in _compiled(template):
            if names and not all(fields.get(n) for n in names):
                continue
            out += [fields[p[1:]] if p[:1] == "{" else p for p in parts]
    except KeyError:
        raise _Unworded from None
    return "".join(out)


@functools.cache
def _compiled(template: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """A template cut once into its parts: (the fields an optional part needs, or () for a part always said; its
    pieces, literal text or '{' and a field's name)."""
    out, pos = [], 0
    for m in [*_PART.finditer(template), None]:
        said = template[pos:m.start() if m else len(template)]
        out.append(((), _pieces(said)))
        if m:
            out.append((tuple(_FIELD.findall(m.group(1))), _pieces(m.group(1))))
            pos = m.end()
    return tuple(out)


def _pieces(text: str) -> tuple[str, ...]:
    parts = _FIELD.split(text)
    return tuple(p if i % 2 == 0 else "{" + p for i, p in enumerate(parts) if p or i % 2)


@functools.cache
def _flag_labels(kind: type, name: str, lang: str) -> tuple[tuple[str, str], ...]:
    """A condition type's fields that have a label of their own when true ('event.first'), in their order, with that
    label's key: looked up once per type, not each field of each condition."""
    labels = words_of(lang).WORDING["label"]
    return tuple((f.name, f"{name}.{f.name}") for f in dataclasses.fields(kind)
                 if f.name not in _POSITIONS and f"{name}.{f.name}" in labels)


@functools.cache
def _names(kind: type) -> frozenset[str]:
    """A condition type's fields that are words (not its place in the request)."""
    return frozenset(f.name for f in dataclasses.fields(kind)) - _POSITIONS


def _percent(share: float) -> str:
    """0.8 as '80': a share said as a percent (the template writes its sign)."""
    return f"{round(share * 100, 4):g}"


def _number(value) -> bool:
    """A number set ('versus.share'): the condition is worded by that field's own template."""
    return isinstance(value, float)


def _named(value) -> bool:
    return isinstance(value, tuple) and bool(value) and all(isinstance(v, str) for v in value)


class _Fields(dict):
    """A condition's fields in words, each worded on first use (a label names a few of them)."""

    def __init__(self, wording: "_Wording", condition):
        super().__init__(as_of=wording.as_of.isoformat())
        self.wording, self.condition = wording, condition

    def __missing__(self, key: str) -> str:
        if key in ("groups", "groups_meaning") and self.condition.kind == "any_of":     # worded together
            self["groups"], self["groups_meaning"] = self.wording.groups(self.condition.groups,
                                                                         getattr(self.condition, "exclusive", False))
            return self[key]
        self[key] = value = self.wording.field(self.condition, key)
        return value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


class _Wording:
    def __init__(self, catalog: Catalog, as_of: dt.date, lang: str, words: ModuleType):
        self.catalog, self.as_of, self.lang = catalog, as_of, lang
        self.w = words.WORDING

    # -- a condition ----------------------------------------------------------------------------------------
    def condition(self, c) -> Worded:
        kind = getattr(c, "kind", None)
        labels, meanings = self.w["label"], self.w["meaning"]
        # a yes/no field set, or a list of names given ('over'), words the condition by its own template
        key = next((key for name, key in _flag_labels(type(c), kind, self.lang)
                    if getattr(c, name) is True or _named(getattr(c, name)) or _number(getattr(c, name))), kind)
        chosen = f"{kind}.{getattr(c, self.w['keyed_by'][kind], '')}" if kind in self.w["keyed_by"] else key
        key = chosen if chosen in labels else key       # 'versus.average': a field's value with a template of its own
        if key not in labels or (key not in meanings and kind not in meanings):
            raise _Unworded
        fields = self.fields(c)
        label = fields["label"] = fill(labels[key], fields)
        meaning = fill(meanings[key if key in meanings else kind], fields)
        if c.negated:
            entity = self.catalog.entity.words(self.lang).plural or self.catalog.entity.plural
            label, meaning = fill(labels["not"], {"label": label}), fill(meanings["not"], {"meaning": meaning,
                                                                                             "entity": entity})
        return Worded(label, meaning)

    def fields(self, c) -> "_Fields":
        """Every field of the condition in words ('{name}') and as its raw catalog name ('{name_name}'), each
        worded when a template first asks for it: a label names a few of a condition's fields."""
        return _Fields(self, c)

    def field(self, c, key: str):
        """One field of the condition in words (KeyError: the condition has no such field)."""
        kind = c.kind
        names = _names(type(c))
        if key == "average" and kind == "event" and getattr(c, "measure", None) and c.amount is not None:
            # a measure averaged by the catalog ('note moyenne', agg avg) is an average, said so or not
            averaged = c.average or any(self.catalog.events[e].measures[c.measure].agg == "avg" for e in c.events
                                        if c.measure in self.catalog.events[e].measures)
            return fill(self.w["measure"][bool(averaged)], {"measure": self.measure(c)})
        if key in ("each", "amount") and kind == "event" and c._each(self.catalog):
            # a count and an amount together: the amount is each event's ('3 orders over 100'), never a total
            if key != "each":
                return ""
            each = self.value(c, "amount", c.amount)    # a measure's ('each satisfaction score at most 2') says which
            each = f"{self.measure(c)} {each}" if c.measure else each
            if getattr(c, "own_amount", None) is not None:      # the same event's own amount ('for under €80')
                each += fill(self.w["own_amount"], {"amount": self.value(c, "own_amount", c.own_amount)})
            return each
        if key == "each":
            return ""
        if key == "measure" and kind == "top" and c.measure == "amount" and getattr(c.source, "measure", None):
            return fill(self.w["ranked_measure"], {"measure": self.measure(c.source)})      # 'total units bought of'
        if key == "share" and kind == "versus":
            return _percent(c.share)
        if key == "share_of" and kind == "versus":     # a share of the spend, or of the number of events
            return self.w["share_of"][c.measure]
        if key == "margin" and kind == "versus":
            return f"{c.margin:g}"
        if key == "margin_upper" and kind == "versus":
            return f"{c.margin_upper:g}"
        if key == "sources" and kind == "event":
            return self.w["sources"].join(self.catalog.events[e].table + (
                self.w["where"] + self.catalog.events[e].where if self.catalog.events[e].where else "") for e in c.events)
        if key == "term_meaning" and kind == "term":
            term = self.catalog.glossary[c.index]
            return term.words(self.lang).meaning or term.meaning
        if key == "term_window" and kind == "term":      # the request's period, where the term takes one
            win = c.window
            applies = win is not None and "window" in self.catalog.glossary[c.index].parameters and (
                win.amount is not None or (win.start is not None and win.end is None))
            return self.window(win) if applies else ""
        if key == "unit" and kind == "spacing":      # 'more than 3 years', 'at least 1 week'
            one, many = self.w["units"][c.unit]
            return one if c.comparison.upper is None and c.comparison.value == 1 else many
        if key == "edge" and kind == "event":     # which end of the behaviours 'over' names: the first or the latest
            return self.w["edge"]["first" if c.first else "last"]
        if key == "after" and kind == "event":      # the behaviour before, in this language, and how long after it
            return self.after(c.after) if c.after is not None else ""
        if key == "since_set" and kind == "event":     # since the last change of a yes/no row of theirs
            return fill(self.w["since_set"], {"row": self.condition(c.since_set).label}) if c.since_set else ""
        if key == "date" and kind == "event":      # another date of the event the period is on (a contract's end)
            return fill(self.w["event_date"], {"date": c._date_label(self.catalog, self.lang)}) if c.date else ""
        if key == "running" and kind == "event":      # calendar months in a row ('three months running')
            return fill(self.w["running"], {"n": self.number(c.running)}) if c.running else ""
        if key == "of_latest" and kind == "event":      # the n latest events of another behaviour it is counted among
            return fill(self.w["of_latest"], {"n": self.number(c.of_latest.n),
                                              "of": self.condition(c.of_latest.of).label}) if c.of_latest else ""
        if key in ("state", "state_sql") and kind == "flag_value":     # what the row holds: yes, no, either
            return self.w[f"flag_{key}"][str(c.yes)]
        if key == "set_on_name" and kind == "flag_value":      # the flag's own date column ('updated_at')
            return self.catalog.column(c.flag).set_on or ""
        if key == "values_sql" and isinstance(getattr(c, "values", None), tuple):
            return self.joined(lit(v) for v in c.values)
        if key in names:
            value = getattr(c, key)
            flag = self.w["flags"].get(f"{kind}.{key}")
            return flag[bool(value)] if flag else self.value(c, key, value)
        if key.endswith("_name") and key[:-5] in names:
            value = getattr(c, key[:-5])
            return self.joined(value) if isinstance(value, (tuple, list)) else str(value or "")
        raise KeyError(key)

    def measure(self, c, name: str | None = None) -> str:
        """The measure an amount is of (or `name`), in the catalog's words for this language ('units', 'pièces')."""
        name = name or c.measure
        m = next(self.catalog.events[e].measures[name] for e in c.events if name in self.catalog.events[e].measures)
        return m.words(self.lang).label or m.label or name.replace("_", " ")

    def value(self, c, name: str, value) -> str:
        """A field in words: catalog names by the catalog's words in this language, windows and comparisons
        by the language's templates, anything else as it is."""
        if name == "labels":
            value = value or getattr(c, "values", ())       # a spec may carry values without their labels
        if value is None or value is False or value == () or value == {} or value == "" or value == []:
            return ""
        if name in ("column", "flag", "per"):
            return self.column(value)
        if name in ("events", "over"):
            return self.events(value)
        if name == "indicator":
            return self.indicator(value)
        if name == "table":
            return self.table(value, getattr(c, "label", ""))
        if name == "dims":
            return self.dims(c, value)
        if name == "other_than":     # the values its events did not have ('device type other than mobile')
            # '(or unknown)' only where no value is another value (meaning.unknown_is_other)
            return "".join(self.dims(c, {d: v}, self.w["other_than" if any(
                unknown_is_other(self.catalog, e, d) for e in c.events if d in self.catalog.events[e].dimensions)
                else "other_than_known"]) for d, v in value.items())
        if name == "own_place":      # a dimension against the customer's own attribute ('pays du magasin autre que
            # leur pays')
            return "".join(fill(self.w["own_place"][bool(same)], {
                "dimension": self.dimension(c, d), "column": attribute_words(self.catalog, customers_own(
                    self.catalog, next(self.catalog.events[e] for e in c.events if d in self.catalog.events[e].dimensions),
                    d), self.lang)}) for d, same in value.items())
        if name == "measured":       # the events with (without) a measure ('tickets notés': avec note de satisfaction)
            # ... or a dimension of their own row ('commandes avec code promo')
            return "".join(fill(self.w["measured"][bool(present)], {"measure": self.measure(c, m) if any(
                m in self.catalog.events[e].measures for e in c.events) else self.dimension(c, m)})
                for m, present in value.items())
        if name == "dimension":
            return self.dimension(c, value)
        if hasattr(value, "kind") and dataclasses.is_dataclass(value):      # a condition inside ('versus': each side)
            return self.condition(value).label
        if name == "among":
            return self.w["and"].join(self.condition(x).label for x in value)
        choice = self.w.get("choices", {}).get(f"{c.kind}.{name}")      # a field of a few values, each in words
        if choice is not None:
            return choice[str(value)]
        if name == "labels" and hasattr(c, "column"):
            return self.joined(self.value_label(c.column, str(v)) for v in value)
        if name == "values" and c.kind == "indicator":
            ind = self.catalog.indicators[c.indicator]
            return self.joined((ind.values[v].words(self.lang).label or v) if v in ind.values else str(v) for v in value)
        if name == "days":          # days of the week ('le week-end', 'le samedi ou le dimanche')
            return weekdays.describe(value, self.w["days"])
        if name == "since" and c.kind == "event":      # a date of the customer's own ('depuis leur date d'inscription')
            return fill(self.w["since"], {"column": self.column(value)})
        if name == "hours":         # a behaviour's hours of the day ('between 11pm and 2am', 'après 20 h')
            return hours.describe(value, self.w["hours"])
        if name == "months" and c.kind == "event":      # a behaviour's months of any year ('in summer of any year')
            return months.describe(value, self.w["year_months"])
        if name == "months":        # calendar months of any year ('a birthday in October')
            return self.w["or"].join(self.w["month_names"][m - 1] for m in value)
        if name == "index" and c.kind == "term":
            term = self.catalog.glossary[value]
            return term.words(self.lang).label or term.term
        if name == "groups":
            return ""
        if name == "comparison" and getattr(c, "year", False):      # a year of birth: 'after 1985', not 'more than'
            return self.comparison(value, self.w["years"])
        return self.plain(value)

    def plain(self, value) -> str:
        if isinstance(value, Window):
            return self.window(value)
        if isinstance(value, Comparison):
            return self.comparison(value)
        if isinstance(value, bool):
            return ""
        if isinstance(value, (int, float)):
            return self.number(value)
        if isinstance(value, (tuple, list)):
            return self.joined(self.plain(v) for v in value)
        return str(value)

    # -- the catalog's words ----------------------------------------------------------------------------------
    def column(self, qualified: str) -> str:
        return self.catalog.column(qualified).words(self.lang).label or qualified.rsplit(".", 1)[1].replace("_", " ")

    def value_label(self, column: str, english: str) -> str:
        """A value (or value set) named by its English label or stored value, in this language."""
        col = self.catalog.column(column)
        for stored, v in col.values.items():
            if english in (v.label, stored):
                return v.words(self.lang).label or english
        for vset in col.value_sets.values():
            if english == vset.label:
                return vset.words(self.lang).label or english
        return english

    def events(self, names) -> str:
        return self.joined(self.catalog.events[e].words(self.lang).label or self.catalog.events[e].label for e in names)

    def indicator(self, name: str) -> str:
        ind = self.catalog.indicators[name]
        return ind.words(self.lang).label or ind.label

    def table(self, name: str, english: str) -> str:
        return self.catalog.tables[name].words(self.lang).label or english or name

    def dims(self, c, dims: dict, template: str | None = None) -> str:
        out = ""
        for name, values in dims.items():
            dim = next(self.catalog.events[e].dimensions[name] for e in c.events
                       if name in self.catalog.events[e].dimensions)
            label = dim.words(self.lang).label or self.catalog.column(dim.column).words(self.lang).label \
                or name.replace("_", " ")
            out += fill(template or self.w["dimension"], {"dimension": label, "values": self.values(dim.column, values)})
        return out

    def values(self, column: str, values) -> str:
        """A dimension's values; a long list whose values all hold the same words (the product names a kind or a
        partial name found: 'Apple Speaker 166', 'Bose Speaker 113' ...) by those words and its length, since 48 names
        on a card hide what was meant. The definition keeps every value, and the SQL lists them."""
        labels = [self.value_label(column, str(v)) for v in values]
        if held := shared_words(labels):
            return fill(self.w["holding"], {"words": held, "count": str(len(labels))})
        return self.joined(labels)

    def dimension(self, c, name: str) -> str:
        """A dimension of the condition's behaviour ('category'), by its words in this language."""
        events = getattr(getattr(c, "source", None), "events", ()) or getattr(c, "events", ())
        dim = next((self.catalog.events[e].dimensions[name] for e in events if name in self.catalog.events[e].dimensions), None)
        if dim is None:
            return name.replace("_", " ")
        return dim.words(self.lang).label or self.catalog.column(dim.column).words(self.lang).label or name.replace("_", " ")

    def groups(self, groups, exclusive: bool = False) -> tuple[str, str]:
        worded = [[self.condition(c) for c in group] for group in groups]
        # a side denied alone is bracketed: 'not: VIP or online order' read as neither of them; so is each of exactly
        # one ('exactly one of: (brand Apple) or (brand Samsung)': the values of one side are ORed too)
        label = self.w["or"].join("(" + self.w["and"].join(x.label for x in g) + ")" if len(g) > 1 or exclusive or (
            len(groups) > 1 and getattr(group[0], "negated", False)) else g[0].label for g, group in zip(worded, groups))
        meaning = self.w["or"].upper().join("(" + "; ".join(x.meaning for x in g) + ")" for g in worded)
        return label, meaning

    def after(self, follows) -> str:
        anchor = self.condition(follows.anchor).label
        # 'looked at a product and then bought from that same category': the dimensions both events share
        shared = fill(self.w["after"]["same"], {"dimensions": self.w["and"].join(
            self.dimension(follows.anchor, d) for d in follows.same)}) if follows.same else ""
        if follows.day:      # the same calendar day ('that same day', 'le même jour')
            return fill(self.w["after"]["day"], {"anchor": anchor}) + shared
        if follows.within is None:
            return fill(self.w["after"]["latest" if follows.latest else "later"], {"anchor": anchor}) + shared
        one, many = self.w["units"][follows.unit]
        return fill(self.w["after"]["within"], {"amount": self.number(follows.within), "anchor": anchor,
                                                "unit": one if follows.within == 1 else many}) + shared

    # -- windows, comparisons, numbers -----------------------------------------------------------------------
    def window(self, win: Window) -> str:
        t = self.w["window"]
        if win.amount is not None:
            one, many = self.w["units"][win.unit]
            way = "next" if win.ahead else "last"
            if win.amount == 1 and f"{way}.1" in t:
                return fill(t[f"{way}.1"], {"unit": one})
            return fill(t[way], {"amount": str(win.amount), "unit": one if win.amount == 1 else many})
        if win.start and win.end:
            return fill(t["between"], {"start": str(win.start), "end": str(win.end - dt.timedelta(days=1))})
        if win.start:
            return fill(t["since"], {"start": str(win.start)})
        return fill(t["before"], {"end": str(win.end)})

    def comparison(self, cmp: Comparison, table: dict | None = None) -> str:
        t = table or self.w["comparison"]
        if cmp.upper is not None:
            return fill(t["between"], {"value": self.number(cmp.value), "upper": self.number(cmp.upper)})
        return fill(t[cmp.op], {"value": self.number(cmp.value)})

    def number(self, x: float) -> str:
        text = str(int(x)) if float(x).is_integer() else str(x)
        return text.replace(".", self.w["decimal"])

    def joined(self, items) -> str:
        return self.w["or"].join(str(i) for i in items)
