"""From a measured warehouse to a starting semantic model: keys, relationships, the customer, the calendar,
events with their grain and measures, dimensions, personal columns.

Every guess is a typed value carrying why it was made, so the written draft can say it next to the TODO a
person resolves. Names propose (schema_catalog.names), the data decides: a relationship is kept only when
its target is unique and most of its values find a match.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from assistant.edges.warehouse.base import Warehouse
from assistant.errors import CatalogError
from schema_catalog import names
from schema_catalog.introspect import MIN_SHARE, TableProfile, WarehouseProfile, match_shares, read_values, vocabulary_candidate
from schema_catalog.model import NAME_RE, Relationship
from schema_catalog.semantic import follow, shortest

MIN_MATCH = 0.5        # share of a column's values that must find their key for a name-matched join to be kept
EVENT_MIN_SHARE = 0.1  # an event table holds at least this many rows per customer row (else it is a lookup)


@dataclass
class Relation:
    name: str                  # the role the target plays for the `from` table
    from_: str                 # schema.table.column
    to: str                    # schema.table.column (unique)
    cardinality: str           # many_to_one | one_to_one
    matched: int = 0
    total: int = 0
    declared: bool = False

    @property
    def from_table(self) -> str:
        return self.from_.rsplit(".", 1)[0]

    @property
    def to_table(self) -> str:
        return self.to.rsplit(".", 1)[0]

    @property
    def share(self) -> float:
        return self.matched / self.total if self.total else 0.0


@dataclass
class ColumnGuess:
    type: str
    personal: str | None = None          # why it is personal
    role: str | None = None              # birth_date | birth_year | birth_month | birth_day
    values: list[tuple[str, int]] | None = None
    free_text: bool = False
    unit: str | None = None
    description: str = ""
    synonyms: list[str] = field(default_factory=list)


@dataclass
class Measure:
    column: str
    agg: str
    unit: str | None
    label: str = ""
    description: str = ""


@dataclass
class Dimension:
    column: str                          # schema.table.column
    via: list[str]                       # relationship names from the event's table
    amount: str | None = None            # line amount when the dimension sits on the event's lines


@dataclass
class EventGuess:
    name: str
    table: str
    kind: str | None
    customer_key: str
    time: str | None = None              # own DATE/TIMESTAMP column
    dated_by: str | None = None          # relationship to the date dimension
    grain: str = "event"
    id: str | None = None
    amount: str | None = None
    measures: dict[str, Measure] = field(default_factory=dict)
    dimensions: dict[str, Dimension] = field(default_factory=dict)
    other_customer_keys: list[str] = field(default_factory=list)
    customer_via: list[str] = field(default_factory=list)   # the relationship to a qualified customer_key
    other_times: list[str] = field(default_factory=list)
    rows: int = 0
    description: str = ""


@dataclass
class DateDimension:
    table: str
    key: str
    date: str
    parts: dict[str, str] = field(default_factory=dict)   # 'year' | 'quarter' | 'month' -> the calendar's column


@dataclass
class Draft:
    entity_table: str
    entity_key: str
    entity_reason: str
    entity_alternatives: list[str]
    tables: dict[str, TableProfile]
    columns: dict[str, dict[str, ColumnGuess]]
    relationships: list[Relation]
    date_dimension: DateDimension | None
    events: dict[str, EventGuess]
    profile_tables: dict[str, list[str]]  # profile table -> its `via` ([] unless several shortest paths reach it)
    skipped: list[str] = field(default_factory=list)   # names that cannot be written (not plain identifiers)
    terms: list = field(default_factory=list)           # glossary terms named after event kinds (facts.KindTerm)
    unmatched: list[str] = field(default_factory=list)  # name-matched joins the data refused
    policies: dict[str, str] = field(default_factory=dict)  # table -> 'consent' | 'suppression', by its name


# -- keys and relationships -------------------------------------------------------------------------------

def _prefixes(profile: WarehouseProfile) -> dict[str, str | None]:
    return {t: names.table_prefix(list(p.columns)) for t, p in profile.tables.items()}


def table_keys(profile: WarehouseProfile) -> dict[str, list[str]]:
    """Each table's own keys: what it declares, and the other key-named columns its data says are unique (a
    star's customer table declares the CRM's customer_no and holds the surrogate customer_sk its facts reference,
    unique by an index no constraint lists); with none declared, the first such column only (in a one-row table
    every column is unique; only the first names the table's own key)."""
    declared = {(c.table, c.columns[0]) for c in profile.constraints
                if c.kind in ("primary", "unique") and len(c.columns) == 1}
    out = {}
    for t, table in profile.tables.items():
        keys = [c for c in table.columns if (t, c) in declared]
        named = [c for c, p in table.columns.items() if p.unique and p.family in ("integer", "text")
                 and names.tokens(c)[-1:] and names.tokens(c)[-1] in names.JOIN_SUFFIXES and c not in keys]
        out[t] = keys + named if keys and table.rows > 1 else keys or named[:1]
    return out


def _homes(profile: WarehouseProfile, keys: dict[str, list[str]], prefixes: dict) -> dict[tuple[str, str], list[str]]:
    """Keys other tables may reference, as {(table, column): stem}. Several tables may hold the same unique
    key column (a score table keyed by customer_id): the home is the one declaring it primary, else the
    table named after it; the others reference the home."""
    primary = {(c.table, c.columns[0]) for c in profile.constraints if c.kind == "primary" and len(c.columns) == 1}
    by_name: dict[str, list[tuple[str, str]]] = {}
    for t, cols in keys.items():
        for c in cols:
            stem = names.key_stem(c, prefixes[t], profile.tables[t].name)
            if profile.tables[t].columns[c].family in ("integer", "text") and stem[-1] in names.JOIN_SUFFIXES:
                by_name.setdefault(c.lower(), []).append((t, c))

    def rank(tc: tuple[str, str]):
        t, c = tc
        stem = names.key_stem(c, prefixes[t], profile.tables[t].name)
        named = [names.singular(w) for w in names.subject(profile.tables[t].name)] == stem[:-1]
        return (tc not in primary, not named, -profile.tables[t].rows, t)

    homes = {}
    for candidates in by_name.values():
        t, c = min(candidates, key=rank)
        homes[(t, c)] = names.key_stem(c, prefixes[t], profile.tables[t].name)
    return homes


def find_relationships(wh: Warehouse, profile: WarehouseProfile) -> tuple[list[Relation], list[str]]:
    """Declared foreign keys, then columns named after a key; kept when the data agrees. Returns the kept
    relationships and a line per name-matched candidate the data refused."""
    prefixes = _prefixes(profile)
    keys = table_keys(profile)
    homes = _homes(profile, keys, prefixes)
    candidates: dict[str, list[tuple[int, str, str, bool]]] = {}  # from column -> [(score, role, to, declared)]
    for c in profile.constraints:
        if c.kind == "foreign" and len(c.columns) == 1 and c.references in profile.tables:
            fk = f"{c.table}.{c.columns[0]}"
            words = names.core(c.columns[0], prefixes[c.table])
            words = words[:-1] if words[-1:] and words[-1] in names.JOIN_SUFFIXES else words
            role = "_".join(words) or names.singular(names.tokens(c.references.split(".")[1])[-1])
            candidates.setdefault(fk, []).append((99, role, f"{c.references}.{c.referenced[0]}", True))
    for t, table in profile.tables.items():
        for c, column in table.columns.items():
            fk = f"{t}.{c}"
            if fk in candidates or column.family not in ("integer", "text") or not column.non_null or (t, c) in homes:
                continue
            for (kt, kc), stem in homes.items():
                if kt == t or profile.tables[kt].columns[kc].family != column.family:
                    continue
                hit = names.reference(c, prefixes[t], stem, prefixes[kt])
                if hit:
                    candidates.setdefault(fk, []).append((hit[1], hit[0], f"{kt}.{kc}", False))
    pairs = [(fk.rsplit(".", 1)[0], fk.rsplit(".", 1)[1], to.rsplit(".", 1)[0], to.rsplit(".", 1)[1])
             for fk, options in candidates.items() for _, _, to, _ in options]
    shares = match_shares(wh, pairs)
    kept, refused = [], []
    for fk, options in candidates.items():
        best = None
        for score, role, to, declared in options:
            total, matched = shares[(fk, to)]
            share = matched / total if total else 0.0
            if not declared and share < MIN_MATCH:
                refused.append(f"{fk} looks like a reference to {to}, but only {share:.0%} of its values match")
                continue
            if best is None or (score, share) > (best[0], best[5]):
                best = (score, role, to, declared, (matched, total), share)
        if best:
            _, role, to, declared, (matched, total), _ = best
            # one row per target only when the column is its own table's key (a score table keyed by customer);
            # in a one-row table every column is unique without saying anything
            table, column = fk.rsplit(".", 1)
            one = column in keys[table] and bool(profile.column(fk).unique)
            kept.append(Relation(role, fk, to, "one_to_one" if one else "many_to_one", matched, total, declared))
    return _unique_names(kept), refused


def break_cycles(relations: list[Relation], profile: WarehouseProfile) -> tuple[list[Relation], list[str]]:
    """Relationships with no cycle, and a note for each one left out: in a cycle (a member's current contract, the
    contract's member), the one pointing at the largest table (a fact) goes; a catalog refuses cycles, so the draft
    would not load."""
    kept, notes = list(relations), []
    while (cycle := _a_cycle(kept)) is not None:
        drop = max(cycle, key=lambda r: (profile.tables[r.to_table].rows if r.to_table in profile.tables else 0,
                                         r.from_))
        kept.remove(drop)
        notes.append(f"{drop.from_} -> {drop.to} left out: with "
                     + ", ".join(f"{r.from_} -> {r.to}" for r in cycle if r is not drop)
                     + " it makes a cycle, which a catalog cannot hold; the other direction is kept")
    return kept, notes


def _a_cycle(relations: list[Relation]) -> list[Relation] | None:
    """A chain of relationships (tables joined many-to-one or one-to-one) that comes back to its start, or None."""
    out: dict[str, list[Relation]] = {}
    for r in relations:
        if r.from_table != r.to_table:
            out.setdefault(r.from_table, []).append(r)

    def walk(table: str, start: str, trail: list[Relation]) -> list[Relation] | None:
        for r in out.get(table, []):
            if r.to_table == start:
                return trail + [r]
            if r not in trail and len(trail) < 8:
                found = walk(r.to_table, start, trail + [r])
                if found:
                    return found
        return None
    return next((c for t in sorted(out) if (c := walk(t, t, [])) is not None), None)


def _unique_names(relations: list[Relation]) -> list[Relation]:
    """Names are unique per `from` table (two columns can read as one role): the later ones get their column's name."""
    seen: set[tuple[str, str]] = set()
    for r in sorted(relations, key=lambda r: r.from_):
        if (r.from_table, r.name) in seen or not NAME_RE.match(r.name):
            r.name = r.from_.rsplit(".", 1)[1]
        seen.add((r.from_table, r.name))
    return sorted(relations, key=lambda r: r.from_)


# -- the customer, the calendar ---------------------------------------------------------------------------

def find_entity(profile: WarehouseProfile, relations: list[Relation], forced: str | None = None,
                calendar: str | None = None) -> tuple[str, str, str, list[str]]:
    """(table, key, why, alternatives) of the customer entity. Raises when nothing looks like one."""
    referenced: dict[str, set[str]] = {}
    for r in relations:
        referenced.setdefault(r.to, set()).add(r.from_table)

    def keys_of(t: str) -> list[str]:
        unique = [c for c, p in profile.tables[t].columns.items() if p.unique and p.family in ("integer", "text")]
        return sorted(unique, key=lambda c: (-len(referenced.get(f"{t}.{c}", ())), c not in _declared(profile, t),
                                             list(profile.tables[t].columns).index(c)))

    if forced:
        return _forced_entity(profile, forced, keys_of)
    named = [t for t in profile.tables if names.names_an_entity(profile.tables[t].name) and keys_of(t)]
    named.sort(key=lambda t: (-len(referenced.get(f"{t}.{keys_of(t)[0]}", ())), -profile.tables[t].rows, t))
    if named:
        table = named[0]
        return table, keys_of(table)[0], f"its name ({profile.tables[table].name}) says so", named[1:]
    ranked = sorted(((len(tables), key) for key, tables in referenced.items()
                     if key.rsplit(".", 1)[0] != calendar and len(tables) >= 2), reverse=True)
    if not ranked:
        raise CatalogError("no table looks like a customer table: none is named customer(s), client(s), member(s), "
                           "user(s) or account(s), and no key is referenced by two other tables",
                           hint="name the table holding one row per customer with --entity schema.table "
                                "(or schema.table.key)")
    key = ranked[0][1]
    table, column = key.rsplit(".", 1)
    others = [k.rsplit(".", 1)[0] for _, k in ranked[1:4]]
    return table, column, f"its key {column} is referenced by the most tables ({ranked[0][0]})", others


def _declared(profile: WarehouseProfile, table: str) -> set[str]:
    return {c.columns[0] for c in profile.constraints if c.table == table and c.kind in ("primary", "unique")}


def _forced_entity(profile: WarehouseProfile, forced: str, keys_of) -> tuple[str, str, str, list[str]]:
    parts = forced.split(".")
    table = ".".join(parts[:2])
    if len(parts) not in (2, 3) or table not in profile.tables:
        raise CatalogError(f"--entity {forced}: no such table in the warehouse",
                           hint=f"write schema.table or schema.table.key; tables: {', '.join(sorted(profile.tables)[:12])}")
    keys = [parts[2]] if len(parts) == 3 else keys_of(table)
    if not keys or keys[0] not in profile.tables[table].columns or not profile.tables[table].columns[keys[0]].unique:
        raise CatalogError(f"--entity {forced}: {'that column' if len(parts) == 3 else 'the table'} has no unique key "
                           "column (one row per customer)", hint="name a column whose values are unique and never missing")
    return table, keys[0], "you named it (--entity)", []


def find_calendar(profile: WarehouseProfile, relations: list[Relation]) -> DateDimension | None:
    """A table with a unique DATE column and a unique integer key other tables reference: the date dimension
    events are dated through (TPC-DS date_dim.d_date_sk -> d_date). The one with the most calendar columns (year,
    quarter, month) first, then the most referenced: a store table with unique opening dates is no calendar."""
    best = None
    for t, table in profile.tables.items():
        dates = [c for c, p in table.columns.items() if p.family == "date" and p.unique]
        if not dates:
            continue
        parts = _calendar_parts(profile, t)
        for c, p in table.columns.items():
            if p.family != "integer" or not p.unique:
                continue
            refs = sum(1 for r in relations if r.to == f"{t}.{c}")
            if refs and (best is None or (len(parts), refs) > best[0]):
                best = ((len(parts), refs), DateDimension(t, c, dates[0], parts))
    return best[1] if best else None


def _calendar_parts(profile: WarehouseProfile, table: str) -> dict[str, str]:
    """The calendar's own year, quarter and month columns, by name: calendar periods ('Q2 2026') read them."""
    prefix = names.table_prefix(list(profile.tables[table].columns))
    parts: dict[str, str] = {}
    for c, p in profile.tables[table].columns.items():
        part = names.calendar_part(c, prefix) if p.family == "integer" else None
        if part:
            parts.setdefault(part, c)
    return parts


# -- personal data and vocabularies -----------------------------------------------------------------------

def guess_columns(profile: WarehouseProfile, near_customers: set[str]) -> dict[str, dict[str, ColumnGuess]]:
    prefixes = _prefixes(profile)
    out: dict[str, dict[str, ColumnGuess]] = {}
    for t, table in profile.tables.items():
        out[t] = {}
        for c, p in table.columns.items():
            guess = ColumnGuess(p.type)
            guess.role = names.birth_role(c, prefixes[t], p.family)
            # a yes/no flag (two short values at most, e.g. p_channel_email: Y/N) says nothing about a person
            flag = p.family == "text" and p.distinct <= 2 and 0 < (p.avg_length or 0) <= 3
            guess.personal = None if flag else names.personal_by_name(c, prefixes[t], p.family, t in near_customers)
            if guess.role and not guess.personal:
                guess.personal = "it is a birth date"
            for kind, share in p.matches.items():
                if guess.personal is None and share >= MIN_SHARE:
                    guess.personal = f"{share:.0%} of its sampled values look like {kind}"
            kind = names.measure_kind(c, prefixes[t], p.family)
            guess.unit = "currency" if kind == "money" else None
            out[t][c] = guess
    return out


def _key_named(column: str) -> bool:
    """An identifier (…_id, …_sk, …_key): its values are codes, not words marketers type."""
    return names.tokens(column)[-1:] in (["id"], ["sk"], ["key"])


def sample_vocabularies(wh: Warehouse, profile: WarehouseProfile, columns: dict[str, dict[str, ColumnGuess]]) -> None:
    """Read the values of short, low-cardinality text columns that are not personal; the others with repeated
    short values become free text (matched against the warehouse's own values)."""
    chosen = [f"{t}.{c}" for t, cols in columns.items() for c, g in cols.items()
              if g.personal is None and not _key_named(c) and vocabulary_candidate(profile.tables[t].columns[c])]
    read_values(wh, profile, chosen)
    for t, cols in columns.items():
        for c, g in cols.items():
            p = profile.tables[t].columns[c]
            g.values = p.values
            g.free_text = (g.personal is None and p.family == "text" and not p.values and not p.unique and p.non_null > 0
                           and not _key_named(c)
                           and p.distinct < 0.5 * p.non_null and 0 < (p.avg_length or 0) <= 40)


# -- profile tables ---------------------------------------------------------------------------------------

@dataclass
class Graph:
    """The relationships as the semantic model reads them (its path functions walk `relationships` only), so
    the draft names paths exactly where the loader will ask for them."""
    relationships: list[Relationship]


def graph(relations: list[Relation]) -> Graph:
    return Graph([Relationship.model_validate({"name": r.name, "from": r.from_, "to": r.to, "cardinality": r.cardinality})
                  for r in relations])


def profile_tables(entity: str, relations: list[Relation], calendar: str | None, tables: list[str]) -> dict[str, list[str]]:
    """Tables holding customer attributes, each with the `via` it needs: reached from the customer table by
    many-to-one relationships (the names of the first shortest path when several are shortest, else []), or
    keyed by the customer (a relationship to its key)."""
    g = graph(relations)
    out: dict[str, list[str]] = {}
    for t in tables:
        if t in (entity, calendar):
            continue
        paths = shortest(g, entity, t, forward_only=True)
        if paths:
            out[t] = [step.rel.name for step in paths[0]] if len(paths) > 1 else []
    for r in relations:
        if r.to_table == entity and r.from_table not in out and r.from_table != entity:
            out[r.from_table] = []
    return out


def reached_tables(draft: Draft) -> set[str]:
    """Tables a request can read: the customer's, the profile tables, events' tables, the calendar, and every
    table on the way to an event's dimension."""
    g = graph(draft.relationships)
    reached = {draft.entity_table, *draft.profile_tables, *(e.table for e in draft.events.values())}
    if draft.date_dimension:
        reached.add(draft.date_dimension.table)
    for ev in draft.events.values():
        for dim in ev.dimensions.values():
            goal = dim.column.rsplit(".", 1)[0]
            steps = follow(g, ev.table, dim.via, goal) if dim.via else (shortest(g, ev.table, goal, avoid=draft.entity_table) or [[]])[0]
            reached |= {goal, *(step.table for step in steps)}
    return reached


def forget_unreached(draft: Draft) -> list[str]:
    """Words on tables no request reaches would be unread (the check refuses them): their vocabularies and
    free-text marks are dropped, said once per table."""
    reached = reached_tables(draft)
    notes = []
    for t, cols in draft.columns.items():
        described = [c for c, g in cols.items() if g.values or g.free_text or g.synonyms]
        if t in reached or not described:
            continue
        for c in described:
            cols[c].values, cols[c].free_text, cols[c].synonyms = None, False, []
        notes.append(f"{t}: no request reads it (it is neither reached from the customer nor on the way to an event's "
                     f"dimension), so the values of {', '.join(described)} were not listed; add a dimension or "
                     "relationship that reaches it to use them")
    return notes


def policy_tables(profile: WarehouseProfile, relations: list[Relation], entity: str, key: str) -> dict[str, str]:
    """Tables referencing the customer whose names say consent or opt-out: policies to declare, not events."""
    keyed = {r.from_table for r in relations if r.to == f"{entity}.{key}"}
    found = {t: names.policy_kind(profile.tables[t].name) for t in sorted(keyed)}
    return {t: kind for t, kind in found.items() if kind}
