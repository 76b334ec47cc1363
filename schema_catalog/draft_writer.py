"""Write a drafted model as a commented catalog file (format version 2) a person edits in place.

YAML libraries drop comments, so the text is emitted line by line; every scalar that came from the
warehouse (names, values) goes through `scalar`, which writes it plain only when YAML reads it back as the
same string, else JSON-quoted (a YAML double-quoted scalar). Comments never carry raw data lines.

Each decision a person must take is a `# TODO(tag): ...` comment; README "Point it at your own warehouse"
lists the tags and the edit each asks for.
"""
from __future__ import annotations

import json
import re

import yaml

from schema_catalog import names
from schema_catalog.types import base_type, family
from schema_catalog.infer import ColumnGuess, Draft, EventGuess

_PLAIN = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_ .\-/]*[A-Za-z0-9_.])?$")
TAGS = {
    "entity": "confirm the customer table and key",
    "source": "name the system behind each schema and how fresh it is",
    "words": "labels and synonyms marketers type",
    "personal": "review personal data (masked, never shown or broken down)",
    "purchase": "say which events are purchases (and what else they are)",
    "amount": "confirm the amount column of each event",
    "values": "label the sampled values (or drop the vocabulary)",
    "time": "confirm the column or relationship dating each event",
    "name": "name the catalog and describe it",
    "policy": "declare consent and opt-out tables as policies",
}


def scalar(value) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return json.dumps(value)
    text = str(value)
    if _PLAIN.match(text):
        try:
            if yaml.safe_load(text) == text:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


# The type written for each family: the catalog names families (the check compares families), and the
# semantic model reads a measure's or a date's type by these names.
_FAMILY_TYPE = {"decimal": "DECIMAL", "float": "DOUBLE", "text": "VARCHAR", "date": "DATE", "boolean": "BOOLEAN"}


def catalog_type(warehouse_type: str) -> str:
    """DECIMAL(7,2) -> DECIMAL, CHARACTER VARYING -> VARCHAR, TIMESTAMP WITH TIME ZONE kept; others as they are."""
    kind, base = family(warehouse_type), base_type(warehouse_type)
    if kind in _FAMILY_TYPE:
        return _FAMILY_TYPE[kind]
    if kind == "integer":
        return base if base in ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT") else "BIGINT"
    if kind == "timestamp":
        return "TIMESTAMPTZ" if "ZONE" in base or base == "TIMESTAMPTZ" else "TIMESTAMP"
    return base


def comment(text: str) -> str:
    """Text fit for one comment line (values from the warehouse may hold newlines or control characters)."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", str(text))


def flow(items: list) -> str:
    return "[" + ", ".join(scalar(i) for i in items) + "]"


class _Out:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.todos: list[tuple[str, str]] = []

    def add(self, indent: int, text: str, note: str | None = None) -> None:
        self.lines.append("  " * indent + text + (f"  # {comment(note)}" if note else ""))

    def todo(self, indent: int, tag: str, text: str) -> None:
        self.todos.append((tag, text))
        self.add(indent, f"# TODO({tag}): {comment(text)}")

    def blank(self) -> None:
        self.lines.append("")


def _label(table: str) -> tuple[str, str]:
    """(singular, plural) words of a table's name: store_sales -> store sale, store sales."""
    words = names.subject(table)
    one = " ".join(words[:-1] + [names.singular(words[-1])]) if words else table
    many = " ".join(words) if words and words[-1] != names.singular(words[-1]) else one + "s"
    return one, many


def write(draft: Draft, *, name: str, source_note: str, extra_notes: list[str] | None = None) -> tuple[str, list[tuple[str, str]]]:
    """The catalog text and its TODOs as (tag, text)."""
    out = _Out()
    _header(out, draft, source_note, extra_notes or [])
    out.add(0, "version: 2")
    out.todo(0, "name", "a short name for this catalog and one sentence describing the warehouse")
    out.add(0, f"name: {scalar(name)}")
    out.add(0, 'description: ""')
    out.add(0, "currency: null", "TODO(amount): the currency code of the amounts, e.g. EUR or USD")
    out.todos.append(("amount", "the currency code of the amounts"))
    out.blank()
    _entity(out, draft)
    _sources(out, draft)
    if draft.date_dimension:
        d = draft.date_dimension
        out.add(0, "# Events dated through a date-dimension key join it on its key and read its DATE column.")
        if d.parts:
            out.add(0, "# Calendar periods ('in 2025', 'Q2 2026') read its own year, quarter and month columns, found by name.")
        parts = "".join(f", {part}: {scalar(d.parts[part])}" for part in ("year", "quarter", "month") if part in d.parts)
        out.add(0, f"date_dimension: {{table: {scalar(d.table)}, key: {scalar(d.key)}, date: {scalar(d.date)}{parts}}}")
        out.blank()
    _tables(out, draft)
    _relationships(out, draft)
    _events(out, draft)
    _glossary(out, draft)
    _policies(out, draft)
    return "\n".join(out.lines) + "\n", out.todos


def _header(out: _Out, draft: Draft, source_note: str, extra: list[str]) -> None:
    out.add(0, f"# Catalog drafted by `audience catalog draft` from {comment(source_note)}.")
    out.add(0, "# It loads as written. Before marketers use it, resolve every TODO (`grep -n TODO` lists them) as")
    out.add(0, "# README 'Point it at your own warehouse' explains, then run `audience catalog check`.")
    out.add(0, "# Tags: " + "; ".join(f"{tag}: {what}" for tag, what in TAGS.items()) + ".")
    for line in [*draft.skipped, *draft.unmatched, *extra]:
        out.add(0, f"# note: {comment(line)}")
    out.blank()


def _entity(out: _Out, draft: Draft) -> None:
    others = f"; other candidates: {', '.join(draft.entity_alternatives)}" if draft.entity_alternatives else ""
    out.todo(0, "entity", f"the customer is {draft.entity_table} keyed by {draft.entity_key}, because "
                          f"{draft.entity_reason}{others}. Audiences are sets of this key")
    word, plural = _label(draft.entity_table.split(".")[1])
    out.add(0, "entity:")
    out.add(1, f"name: {scalar(word)}")
    out.add(1, f"plural: {scalar(plural)}")
    out.add(1, f"table: {scalar(draft.entity_table)}")
    out.add(1, f"key: {scalar(draft.entity_key)}")
    out.add(1, f"synonyms: {flow(sorted({word, plural}))}", "TODO(words): every word marketers use for them")
    out.todos.append(("words", "synonyms of the entity"))
    out.blank()


def _sources(out: _Out, draft: Draft) -> None:
    out.todo(0, "source", "one source per schema: the business system behind it and how fresh its data is")
    out.add(0, "sources:")
    for schema in sorted({t.split(".")[0] for t in draft.tables}):
        out.add(1, f"{scalar(schema)}: {{system: {scalar('TODO: system')}, schema: {scalar(schema)}, "
                   f"freshness: {scalar('TODO: freshness')}}}")
    out.blank()


def _tables(out: _Out, draft: Draft) -> None:
    out.add(0, "tables:")
    for t, table in draft.tables.items():
        out.add(1, f"{scalar(t)}:", f"{table.rows:,} rows")
        out.add(2, f"source: {scalar(t.split('.')[0])}")
        if draft.profile_tables.get(t):
            out.add(2, f"via: {flow(draft.profile_tables[t])}",
                    "TODO(entity): several relationship paths of the same length lead here from the customer; pick one")
            out.todos.append(("entity", f"the path to {t}"))
        out.add(2, "columns:")
        for c, guess in draft.columns[t].items():
            _column(out, t, c, guess)
    out.blank()


def _column(out: _Out, table: str, name: str, g: ColumnGuess) -> None:
    fields = [f"type: {scalar(catalog_type(g.type))}"]
    if g.personal:
        fields.append("personal: true")
    if g.role:
        fields.append(f"role: {g.role}")
    if g.free_text:
        fields.append("free_text: true")
    if g.description:
        fields.append(f"description: {scalar(g.description)}")
    if g.synonyms:
        fields.append(f"synonyms: {flow(g.synonyms)}")
    if not g.values:
        note = f"TODO(personal): {g.personal}" if g.personal else None
        if g.personal:
            out.todos.append(("personal", f"{table}.{name}: {g.personal}"))
        out.add(3, f"{scalar(name)}: {{{', '.join(fields)}}}", note)
        return
    out.add(3, f"{scalar(name)}:")
    for f in fields:
        out.add(4, f)
    total = sum(n for _, n in g.values)
    out.add(4, "values:", f"TODO(values): {len(g.values)} values sampled ({total:,} rows); give each a label and synonyms")
    out.todos.append(("values", f"{table}.{name}"))
    for value, n in g.values:
        out.add(5, f"{scalar(value)}: {{}}", f"{n:,}")


def _relationships(out: _Out, draft: Draft) -> None:
    out.add(0, "# Relationships: the `name` is the role the target plays for the `from` table (sold_date, ship_date);")
    out.add(0, "# found from declared keys and from column names, each checked on the data (target unique, values match).")
    out.add(0, "relationships:" if draft.relationships else "relationships: []")
    for r in draft.relationships:
        how = "declared" if r.declared else "matched by name"
        share = f"{r.share:.0%} of {r.total:,} values match" if r.total else "no values yet"
        card = f", cardinality: {r.cardinality}" if r.cardinality != "many_to_one" else ""
        out.add(1, f"- {{name: {scalar(r.name)}, from: {scalar(r.from_)}, to: {scalar(r.to)}{card}}}", f"{how}; {share}")
    out.blank()


def _events(out: _Out, draft: Draft) -> None:
    out.add(0, "# Events: tables with a customer key and a time. `kind` groups the events one verb reads (purchase:")
    out.add(0, "# 'bought', 'spent'); `grain: line` counts distinct `id`s (tickets, orders) and sums a basket per id.")
    out.add(0, "events:" if draft.events else "events: {}")
    for name, ev in draft.events.items():
        _event(out, name, ev)


def _event(out: _Out, name: str, ev: EventGuess) -> None:
    word, plural = _label(ev.table.split(".")[1])
    out.add(1, f"{scalar(name)}:", f"{ev.rows:,} rows")
    out.add(2, f"label: {scalar(word)}")
    if ev.description:
        out.add(2, f"description: {scalar(ev.description)}")
    out.add(2, f"synonyms: {flow(sorted({word, plural}))}", "TODO(words): the words marketers use for this event")
    out.todos.append(("words", f"event {name}"))
    kind = ev.kind or names.tokens(name)[-1]
    if ev.kind == "purchase":
        out.todo(2, "purchase", f"{name} reads as a purchase from its name; keep kind: purchase only if it is one "
                                "(several purchase events answer 'bought' together), else name its kind")
    else:
        out.todo(2, "purchase", f"kind '{kind}' guessed from the table's name; events of one kind answer one verb")
    out.add(2, f"kind: {scalar(kind)}")
    out.add(2, f"table: {scalar(ev.table)}")
    others = f"; other customer keys: {', '.join(ev.other_customer_keys)}" if ev.other_customer_keys else ""
    out.add(2, f"customer_key: {scalar(ev.customer_key)}", (others[2:] if others else None)
            or ("the customers' key, reached through this table's relationship to their table" if "." in ev.customer_key
                else None))
    if ev.customer_via:
        out.add(2, f"customer_via: [{', '.join(ev.customer_via)}]")
    if ev.other_times:
        out.todo(2, "time", f"dated by {ev.time or ev.dated_by}; other dates: {', '.join(ev.other_times)}")
    if ev.time:
        out.add(2, f"time: {scalar(ev.time)}")
    else:
        out.add(2, f"dated_by: {scalar(ev.dated_by)}", "a relationship to the date dimension")
    if ev.grain == "line":
        out.add(2, "grain: line", "one row per line; `id` names the ticket or order the line belongs to")
    if ev.id:
        out.add(2, f"id: {scalar(ev.id)}")
    if ev.amount:
        out.add(2, f"amount: {scalar(ev.amount)}", "TODO(amount): the money a customer spent (or got back) on it")
        out.todos.append(("amount", f"event {name}"))
    if ev.measures:
        out.add(2, "measures:")
        for m, measure in ev.measures.items():
            extra = "".join(f", {k}: {scalar(v)}" for k, v in (("unit", measure.unit), ("label", measure.label)) if v)
            out.add(3, f"{scalar(m)}: {{column: {scalar(measure.column)}, agg: {measure.agg}{extra}}}",
                    measure.description or None)
    if ev.dimensions:
        out.add(2, "dimensions:")
        for d, dim in ev.dimensions.items():
            parts = [f"column: {scalar(dim.column)}"]
            if dim.via:
                parts.append(f"via: {flow(dim.via)}")
            if dim.amount:
                parts.append(f"amount: {scalar(dim.amount)}")
            out.add(3, f"{scalar(d)}: {{{', '.join(parts)}}}")
    out.blank()


def _glossary(out: _Out, draft: Draft) -> None:
    if not draft.terms:
        return
    out.add(0, "# Glossary: a term named after an event kind makes its verbs ('bought') read every event of the kind.")
    out.add(0, "glossary:")
    for term in draft.terms:
        out.add(1, f"- term: {scalar(term.kind)}")
        out.add(2, f"synonyms: {flow(term.words)}", "TODO(words): the verbs and nouns marketers use for it")
        out.todos.append(("words", f"glossary term {term.kind}"))
        out.add(2, f"meaning: {scalar('Any ' + ', '.join(term.events) + ' event up to today.')}",
                "TODO(purchase): the agreed meaning, in plain words")
        out.todos.append(("purchase", f"glossary term {term.kind}"))
        out.add(2, "sql: |")
        for line in term.sql.splitlines():
            out.add(3, line)


_POLICY_EDIT = {"consent": "a channel's consent_sql (policies.channels.<channel>: contact column and consent_sql)",
                "suppression": "a suppression list (policies.suppressions.<name>.sql)"}


def _policies(out: _Out, draft: Draft) -> None:
    """Consent and opt-out tables are named, not drafted: which rows grant or refuse which channel is the data
    team's rule (schema_catalog/demo_retailer.yaml shows both)."""
    if not draft.policies:
        return
    out.blank()
    for table, kind in draft.policies.items():
        out.todo(0, "policy", f"{table} reads as {kind} from its name: declare it as {_POLICY_EDIT[kind]}, not an event")
