"""The schema catalog: what a warehouse holds, in the words marketers use.

A catalog is data (a YAML file a data team writes and reviews in a diff); these
pydantic models are its contract. Nothing here knows the demo retailer.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
TABLE_RE = re.compile(rf"^{_IDENT}\.{_IDENT}$")
COLUMN_RE = re.compile(rf"^{_IDENT}\.{_IDENT}\.{_IDENT}$")
NAME_RE = re.compile(rf"^{_IDENT}$")
_NOT_A_NAME = "must be a plain identifier (letters, digits and underscores, not starting with a digit)"


class Strict(BaseModel):
    # A misspelt key in a catalog file is an error, not silently ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- words per language -------------------------------------------------------
# English lives in each element's own fields (label, synonyms, ...), as it always has; every other language
# is a block named by its code next to them (`fr: {label: ..., synonyms: [...]}`). Adding a language is one
# field on `Localised` and one entry here.
LANGUAGES = {"en": "English", "fr": "French"}


class LocalText(Strict):
    """An element's words in one language: the label shown to marketers and the phrases that name it."""
    label: str = ""
    synonyms: list[str] = Field([], description="Every form a marketer types: plural, feminine, verb forms "
                                                "(accents are folded when matching, so they may be omitted).")


class LocalColumn(LocalText):
    names: dict[str, list[str]] = Field({}, description="Free-text columns: other names of a value as the warehouse "
                                                        "holds it, in this language ('Bruxelles' for 'Brussels', "
                                                        "'LA' for 'Los Angeles'); read as that value.")
    kinds: dict[str, list[str]] = Field({}, description="Free-text columns: a word the warehouse's values contain that "
                                                        "names a kind of them ('Speaker' of 'Bose Speaker 998'), with "
                                                        "the words that say it in this language ('enceinte'); read as "
                                                        "every value holding that word.")


class LocalEntity(LocalText):
    plural: str = ""


class LocalEvent(LocalText):
    qualifiers: list[str] = Field([], description="Words that single out this event within its kind, e.g. 'en magasin'.")


class LocalDimension(LocalText):
    verbs: dict[str, list[str]] = Field({}, description="Per stored value, the verbs that say this event with that "
                                                        "value in this language ('mailé', 'texté').")


class LocalTerm(LocalText):
    meaning: str = Field("", description="The agreed meaning in plain words, for explanations in this language.")


class LocalQuestion(LocalText):
    question: str = ""
    options: list[str] = Field([], description="Request phrases in this language, one per option, in the English order.")


T = TypeVar("T", bound=LocalText)


class Localised(Strict, Generic[T]):
    """An element marketers name, in English (its own fields) and in other languages (a block per language code)."""
    fr: T | None = Field(None, description="French label and synonyms.")

    def words(self, lang: str = "en") -> T:
        """This element's words in `lang`; empty (never the English ones) when the catalog gives none."""
        if lang == "en":
            return self._english()
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language '{lang}' (catalogs carry: {', '.join(LANGUAGES)})")
        return getattr(self, lang) or self.local_type()()

    @classmethod
    def local_type(cls) -> type[T]:
        return get_args(cls.model_fields["fr"].annotation)[0]

    def _english(self) -> T:
        return self.local_type()(synonyms=list(getattr(self, "synonyms", [])))


class Source(Strict):
    system: str = Field(description="The business system that owns this data, e.g. 'CRM / loyalty'.")
    schema_: str = Field(alias="schema", description="DuckDB schema (or attached database) holding its tables.")
    freshness: str = Field(description="How fresh the data is, e.g. 'hourly', 'daily at 06:00'.")
    description: str = ""


class Value(Localised[LocalText]):
    label: str | None = None
    synonyms: list[str] = []
    description: str = ""
    match_value: bool = Field(True, description="Also read the stored value itself as a word; turn off when it is "
                                                "a common word with another meaning (e.g. an order status 'placed').")

    def _english(self) -> LocalText:
        # without a label the stored value is the label; phrases() passes it in for display
        return LocalText(label=self.label or "", synonyms=list(self.synonyms))


class ValueSet(Localised[LocalText]):
    """A named group of values, e.g. Europe = a set of country codes."""
    label: str
    synonyms: list[str] = []
    values: list[str]

    def _english(self) -> LocalText:
        return LocalText(label=self.label, synonyms=list(self.synonyms))


class Column(Localised[LocalColumn]):
    type: str = Field(description="SQL type family: BIGINT, INTEGER, DECIMAL, DOUBLE, VARCHAR, DATE, TIMESTAMP, BOOLEAN.")
    description: str = ""
    synonyms: list[str] = []
    names: dict[str, list[str]] = Field({}, description="Free-text columns: other English names of a value as the "
                                                        "warehouse holds it ('LA' for 'Los Angeles'); read as that value.")
    kinds: dict[str, list[str]] = Field({}, description="Free-text columns: a word the warehouse's values contain that "
                                                        "names a kind of them ('Speaker' of 'Bose Speaker 998'), with "
                                                        "the English words that say it ('speaker', 'speakers'); read as "
                                                        "every value holding that word.")
    personal: bool = Field(False, description="Personal data: masked in previews and samples.")
    values: dict[str, Value] = Field({}, description="Closed vocabulary: stored value -> label and synonyms.")
    value_sets: dict[str, ValueSet] = {}
    free_text: bool = Field(False, description="Values are data (cities, brands): matched against the warehouse's own values.")
    unit: str | None = Field(None, description="'currency' for money, else the unit of a quantity ('points', "
                                               "'dependents'); a quantity's values are said by their number, so its "
                                               "vocabulary may name only some of them ('no dependents').")
    named_values: bool = Field(False, description="Its values are read only with the column named ('favourite category "
                                                  "beauty'): said alone ('customers who like beauty'), a value that is "
                                                  "also what a behaviour is about (a category bought) is asked about.")
    ordered: bool = Field(False, description="Its values are listed from the lowest to the highest (loyalty tiers): "
                                             "'gold and above' is gold and every value listed after it.")
    range_upper: str | None = Field(None, description="This column is the lower bound of a band (e.g. an income band) "
                                                      "whose upper bound is that column of the same table: a comparison "
                                                      "matches the bands lying entirely on its side.")
    set_on: str | None = Field(None, description="The date column of the same table that says when this attribute "
                                                "took its value (an acquisition channel: the signup date): a period "
                                                "said of one of its values ('acquired through the marketplace in "
                                                "2024') is that date's.")
    role: Literal["birth_date", "birth_year", "birth_month", "birth_day"] | None = Field(
        None, description="birth_date: ages ('aged 18-24', 'over 60') are computed from it. A warehouse storing the "
                          "birth date as integer parts marks its columns birth_year, birth_month and birth_day (one "
                          "table); the age is computed from the three.")

    def _english(self) -> LocalColumn:
        return LocalColumn(synonyms=list(self.synonyms), names=dict(self.names), kinds=dict(self.kinds))


class Table(Localised[LocalText]):
    source: str
    description: str = ""
    synonyms: list[str] = Field([], description="Words meaning 'is in this table' (for tables keyed by the customer), "
                                                "e.g. 'do-not-contact list'.")
    grain: str = Field("", description="What one row is, e.g. 'one store ticket'.")
    columns: dict[str, Column]
    via: list[str] = Field([], description="Profile tables only: the relationship names leading from the entity "
                                           "table to this one, when several paths reach it (e.g. [current_address]).")


class Relationship(Strict):
    """A named join: the `from` column references the `to` column (a key of its table).

    The name is the role the target plays for the `from` table ('sold_date', 'ship_date', 'current_address'):
    names are unique per `from` table, so two joins to one table (a role-playing dimension) are told apart.
    """
    name: str = Field(description="Role of the target for the `from` table, e.g. sold_date, current_address.")
    from_: str = Field(alias="from")
    to: str
    cardinality: Literal["many_to_one", "one_to_one"] = Field(
        "many_to_one", description="Rows of `from` per row of `to`: many_to_one (many sales per date) or one_to_one.")
    description: str = ""

    @property
    def from_table(self) -> str:
        return self.from_.rsplit(".", 1)[0]

    @property
    def to_table(self) -> str:
        return self.to.rsplit(".", 1)[0]


class DateDimension(Strict):
    """The calendar table events are dated through (a date dimension keyed by a surrogate key)."""
    table: str = Field(description="schema.table of the calendar, e.g. main.date_dim.")
    key: str = Field(description="Its key column, e.g. d_date_sk.")
    date: str = Field(description="Its DATE column, e.g. d_date.")
    year: str | None = Field(None, description="Its calendar year column (d_year): calendar periods use the warehouse's "
                                               "own calendar, like MetricFlow's custom granularities.")
    quarter: str | None = Field(None, description="Its quarter-of-year column, 1-4 (d_qoy): 'Q4 2002' is the rows the "
                                                  "warehouse puts in that quarter, whatever its boundaries.")
    month: str | None = Field(None, description="Its month-of-year column, 1-12 (d_moy).")


class Entity(Localised[LocalEntity]):
    name: str
    plural: str
    table: str
    key: str
    synonyms: list[str] = []

    def _english(self) -> LocalEntity:
        return LocalEntity(label=self.name, plural=self.plural, synonyms=list(self.synonyms))


class Dimension(Localised[LocalDimension]):
    column: str = Field(description="schema.table.column the filter applies to.")
    synonyms: list[str] = []
    verbs: dict[str, list[str]] = Field(
        {}, description="Per stored value of the column, the verbs that say this event with that value: a message's "
                        "channel 'email' -> [emailed], a ticket's channel 'phone' -> [called, phoned]. A verb names "
                        "the event by itself ('customers we texted'), read in the voice `to_customer` says.")
    amount: str | None = Field(None, description="schema.table.column holding the money amount when filtering by this "
                                                 "dimension (e.g. the line amount for a product category).")
    via: list[str] = Field([], description="Relationship names leading from the event's table to the column's table "
                                           "when several paths exist (e.g. [ship_date] rather than [sold_date]).")
    customers: str | None = Field(
        None, description="schema.table.column of the customers' own attribute this dimension's values are compared "
                          "with, row by row: 'in their own country', 'abroad' compare the store's country with the "
                          "country they live in. Unset: the entity table's column of the same name and type, if any.")
    description: str = ""

    def _english(self) -> LocalDimension:
        return LocalDimension(synonyms=list(self.synonyms), verbs={v: list(w) for v, w in self.verbs.items()})


class Measure(Localised[LocalText]):
    """An aggregate of a numeric column of an event's table, per customer."""
    column: str = Field(description="Numeric column of the event's table.")
    agg: Literal["sum", "avg", "min", "max"] = "sum"
    label: str = ""
    synonyms: list[str] = []
    unit: str | None = Field(None, description="'currency' for money; else the unit's name.")

    def _english(self) -> LocalText:
        return LocalText(label=self.label, synonyms=list(self.synonyms))


class EventDate(Localised[LocalText]):
    """Another date of an event than the one dating it (a contract's end, a booking's arrival), after MetricFlow's
    several time dimensions of one model: a period said with one of its words ('a lease that ends in the next 6
    months', 'arriving next month') is on this date."""
    label: str = ""
    synonyms: list[str] = Field([], description="The words that say this date, its verbs too: 'ends', 'expires', "
                                                "'arriving'.")
    time: str | None = Field(None, description="DATE or TIMESTAMP column of the event's table.")
    dated_by: str | None = Field(None, description="Or a relationship of the event's table to the date dimension.")
    ahead: bool = Field(False, description="This date may lie after as_of: a period said ahead of today reads its rows "
                                           "dated then, and with no period every date counts.")

    def _english(self) -> LocalText:
        return LocalText(label=self.label, synonyms=list(self.synonyms))


class Event(Localised[LocalEvent]):
    """Something customers do, with a time, reachable from the customer key."""
    label: str
    description: str = ""
    table: str
    id: str | None = Field(None, description="Column of `table` identifying one event, counted once even when "
                                             "a dimension joins it to several lines.")
    customer_key: str = Field(description="Column of `table` holding the customer key; or, where the customer is "
                                          "reached through another table (a receipt's loyalty card), that table's "
                                          "column, qualified (loy.card.client_id), joined along relationships.")
    customer_via: list[str] = Field([], description="Relationship names from `table` to a qualified `customer_key`'s "
                                                    "table, when several paths lead there.")
    time: str | None = Field(None, description="DATE or TIMESTAMP column of `table` dating the event (or `dated_by`).")
    dated_by: str | None = Field(None, description="Name of a relationship of `table` to the date dimension dating "
                                                   "the event, e.g. sold_date (instead of `time`).")
    grain: Literal["event", "line"] = Field(
        "event", description="event: one row is one event. line: rows are lines of the event named by `id` (a ticket "
                             "or order): counts are distinct ids, a basket is the amount summed per id.")
    amount: str | None = Field(None, description="Column of `table` holding the money amount, if any (summed).")
    measures: dict[str, Measure] = Field({}, description="Other aggregates of this event's numeric columns.")
    where: str | None = Field(None, description="SQL condition on `table` defining the event (e.g. orders not cancelled).")
    kind: str = Field(description="Family shared by events that answer the same verb, e.g. 'purchase', 'visit', 'message'.")
    synonyms: list[str] = []
    qualifiers: list[str] = Field([], description="Words that single out this event within its kind, e.g. 'in store'.")
    dimensions: dict[str, Dimension] = {}
    to_customer: bool = Field(
        False, description="The business does this to the customer (a message sent), rather than the customer doing "
                           "it (a purchase, a ticket): the verbs of its dimensions' values are read with the customers "
                           "as their object ('customers we emailed', 'not texted since May'), never as their own act "
                           "('who emailed us' is a ticket's, or asked).")
    dates: dict[str, EventDate] = Field({}, description="Other dates of the event, each named by its own words "
                                                        "(a contract's end: {end: {time: end_date, ahead: true, "
                                                        "synonyms: [ends, expires]}}).")
    ahead: bool = Field(
        False, description="The event's date may lie after as_of (a contract's end, a booked arrival): a period said "
                           "ahead of today ('in the next 6 months', 'next month') reads its rows dated then. Any other "
                           "event is recorded up to today: such a period is answered with a note that it has no rows then.")
    untracked: dict[str, list[str]] = Field(
        {}, description="Values of a dimension this event is never recorded with, e.g. {channel: [sms]} when SMS opens "
                        "are not tracked: a request for them is told it matches no customer.")

    def _english(self) -> LocalEvent:
        return LocalEvent(label=self.label, synonyms=list(self.synonyms), qualifiers=list(self.qualifiers))


class Indicator(Localised[LocalText]):
    """A derived per-customer value ('enrich'): SQL returning (key, value)."""
    label: str
    description: str = ""
    synonyms: list[str] = []
    refresh: Literal["dynamic", "daily"]
    type: str
    sql: str = Field(description="SELECT <key>, <value> AS value ...; may use {as_of}.")
    values: dict[str, Value] = {}

    def _english(self) -> LocalText:
        return LocalText(label=self.label, synonyms=list(self.synonyms))


class GlossaryTerm(Localised[LocalTerm]):
    term: str
    synonyms: list[str] = []
    meaning: str = Field(description="The agreed meaning in plain words.")
    sql: str = Field(description="SELECT <key> ... implementing the meaning; may use {as_of} and the term's parameters.")
    parameters: dict[str, str] = Field({}, description="Defaults a request may override, e.g. window: 12 months.")
    policy: bool = Field(False, description="The term names the customers a policy removes (the catalog derives one "
                                            "for each policy that has synonyms): a request that says to respect it "
                                            "('respecting the pressure cap') removes them.")

    def _english(self) -> LocalTerm:
        return LocalTerm(label=self.term, synonyms=list(self.synonyms), meaning=self.meaning)


class AmbiguousTerm(Localised[LocalQuestion]):
    """A word with several plausible readings: the translator asks instead of guessing."""
    term: str
    synonyms: list[str] = []
    question: str
    options: list[str] = Field(description="Each option is a request phrase the translator understands.")

    def _english(self) -> LocalQuestion:
        return LocalQuestion(label=self.term, synonyms=list(self.synonyms), question=self.question, options=list(self.options))


_POLICY_SYNONYMS = Field([], description="Phrases a request names this policy with ('pressure cap'): read as the "
                                         "customers it removes, so that 'respecting the pressure cap' removes them.")


class Suppression(Localised[LocalText]):
    label: str
    synonyms: list[str] = _POLICY_SYNONYMS
    sql: str

    def _english(self) -> LocalText:
        return LocalText(label=self.label, synonyms=list(self.synonyms))


class ChannelPolicy(Strict):
    contact: str = Field(description="schema.table.column holding the contact point for this channel.")
    consent_sql: str = Field(description="SELECT <key> of customers who consent to this channel; may use {as_of}.")


class PressureCap(Localised[LocalText]):
    label: str
    synonyms: list[str] = _POLICY_SYNONYMS
    max_messages: int = Field(gt=0)
    days: int = Field(gt=0)
    sql: str = Field(description="SELECT <key> of customers at or over the cap; may use {as_of}, {max_messages}, {days}.")

    def _english(self) -> LocalText:
        return LocalText(label=self.label, synonyms=list(self.synonyms))


class Policies(Strict):
    suppressions: dict[str, Suppression] = {}
    channels: dict[str, ChannelPolicy] = {}
    pressure_cap: PressureCap | None = None


# Schema under which daily indicators materialised beside the warehouse are attached (`enrich.<indicator>`).
ENRICH_SCHEMA = "enrich"


CATALOG_VERSION = 2


class Catalog(Strict):
    version: Literal[2] = Field(description="Catalog format version (2; `audience catalog migrate FILE` converts a 1).")
    name: str
    description: str = ""
    currency: str | None = None
    entity: Entity
    sources: dict[str, Source]
    tables: dict[str, Table]
    relationships: list[Relationship] = []
    date_dimension: DateDimension | None = None
    events: dict[str, Event] = {}
    indicators: dict[str, Indicator] = {}
    glossary: list[GlossaryTerm] = []
    ambiguous: list[AmbiguousTerm] = []
    policies: Policies = Policies()
    breakdowns: list[str] = Field([], description="Default breakdown attributes for dry runs: columns or indicators.")
    # Daily indicators materialised beside the warehouse ({name: as_of}); set by enrichment, never by the YAML.
    _materialised: dict[str, str] = PrivateAttr(default_factory=dict)

    @property
    def materialised(self) -> dict[str, str]:
        return dict(self._materialised)

    def with_materialised(self, materialised: dict[str, str], tables: dict, sources: dict) -> Catalog:
        enriched = self.model_copy(update={"tables": tables, "sources": sources})
        enriched._materialised = dict(materialised)
        return enriched

    @model_validator(mode="after")
    def _policies_as_terms(self) -> Catalog:
        """Each policy a request may name is also a glossary term of the customers it removes, after the catalog's
        own terms (their indexes unchanged): 'respect the pressure cap', 'hors plafond de pression', 'excluding the
        do-not-contact list' read it as any term is read, its SQL the policy's own. A suppression list is named by
        its label too ('do-not-contact list'); the pressure cap, whose label is a sentence, by its synonyms only.
        Once: a catalog read back from its cache holds them already."""
        cap, said = self.policies.pressure_cap, {t.term for t in self.glossary}
        # (a label a table is already named by reads that table: only a list no words name is named by its label)
        tables = {w.lower() for t in self.tables.values() for w in t.synonyms}
        named = [(s, s.sql, {}, s.label.lower() not in tables) for s in self.policies.suppressions.values()]
        if cap is not None:
            named.append((cap, cap.sql, {"max_messages": str(cap.max_messages), "days": str(cap.days)}, False))
        for policy, sql, parameters, by_label in named:
            if not (policy.synonyms or by_label and policy.label) or policy.label in said:
                continue
            local = policy.fr and LocalTerm(label=policy.fr.label, synonyms=policy.fr.synonyms or [policy.fr.label],
                                            meaning=policy.fr.label)
            self.glossary.append(GlossaryTerm(term=policy.label, synonyms=policy.synonyms, meaning=policy.label,
                                              sql=sql, parameters=parameters, policy=True, fr=local or None))
        return self

    # -- lookups -----------------------------------------------------------
    def column(self, qualified: str) -> Column:
        schema, table, column = qualified.split(".")
        return self.tables[f"{schema}.{table}"].columns[column]

    def same_dimension(self, dim: str, source: Iterable[str], events: Iterable[str]) -> bool:
        """Does `dim` name one attribute on every event of both sets: the same column? Two kinds of behaviour may
        each have a dimension of that name that is another thing (a ticket's status is not an order's)."""
        columns = {self.events[e].dimensions[dim].column if dim in self.events[e].dimensions else None
                   for e in (*source, *events)}
        return len(columns) == 1 and None not in columns

    def all_columns(self) -> list[str]:
        return [f"{t}.{c}" for t, table in self.tables.items() for c in table.columns]

    @property
    def key_column(self) -> str:
        return f"{self.entity.table}.{self.entity.key}"

    def schema_mapping(self) -> dict:
        """{schema: {table: {column: type}}}, the shape sqlglot's qualifier expects."""
        out: dict = {}
        for qualified, table in self.tables.items():
            schema, name = qualified.split(".")
            out.setdefault(schema, {})[name] = {c: col.type for c, col in table.columns.items()}
        return out

    def personal_columns(self) -> set[str]:
        return {f"{t}.{c}" for t, table in self.tables.items() for c, col in table.columns.items() if col.personal}


def name_problems(cat: Catalog):
    """Names that end up in SQL (columns, the key, indicator and policy names) are plain identifiers."""
    for tname, table in cat.tables.items():
        for cname in table.columns:
            if not NAME_RE.match(cname):
                yield ("tables", tname, "columns", cname), f"column name '{cname}' {_NOT_A_NAME}"
    if not NAME_RE.match(cat.entity.key):
        yield ("entity", "key"), f"the entity key '{cat.entity.key}' {_NOT_A_NAME}"
    for section, names in (("indicators", cat.indicators), (("policies", "suppressions"), cat.policies.suppressions),
                           (("policies", "channels"), cat.policies.channels)):
        prefix = section if isinstance(section, tuple) else (section,)
        for name in names:
            if not NAME_RE.match(name):
                yield prefix + (name,), f"{prefix[-1]} name '{name}' {_NOT_A_NAME}"


def reference_problems(cat: Catalog):
    """Cross-references inside the file, as (location, message): every name points at something declared."""
    yield from name_problems(cat)
    cols = set(cat.all_columns())
    for name, table in cat.tables.items():
        if not TABLE_RE.match(name):
            yield ("tables", name), "table names are written schema.table"
        if table.source not in cat.sources:
            yield ("tables", name, "source"), f"unknown source '{table.source}' (declared: {', '.join(cat.sources)})"
        elif name.split(".")[0] != cat.sources[table.source].schema_:
            yield ("tables", name, "source"), f"table schema differs from source '{table.source}' schema '{cat.sources[table.source].schema_}'"
    if cat.entity.table not in cat.tables:
        yield ("entity", "table"), f"'{cat.entity.table}' is not declared under tables"
    elif f"{cat.entity.table}.{cat.entity.key}" not in cols:
        yield ("entity", "key"), f"'{cat.entity.key}' is not a column of {cat.entity.table}"
    for i, rel in enumerate(cat.relationships):
        for field, ref in (("from", rel.from_), ("to", rel.to)):
            if ref not in cols:
                yield ("relationships", i, field), f"unknown column '{ref}'"
    for name, ev in cat.events.items():
        if ev.table not in cat.tables:
            yield ("events", name, "table"), f"'{ev.table}' is not declared under tables"
            continue
        for field in ("id", "customer_key", "time", "amount"):
            col = getattr(ev, field)
            if field == "customer_key" and col.count(".") == 2:
                if col not in cols:
                    yield ("events", name, field), f"unknown column '{col}'"
                continue
            if col and f"{ev.table}.{col}" not in cols:
                yield ("events", name, field), f"'{col}' is not a column of {ev.table}"
        for dim_name, dim in ev.dimensions.items():
            if dim.amount and dim.amount not in cols:
                yield ("events", name, "dimensions", dim_name, "amount"), f"unknown column '{dim.amount}'"
            if dim.column not in cols:
                yield ("events", name, "dimensions", dim_name, "column"), f"unknown column '{dim.column}'"
                continue
            known = cat.column(dim.column).values
            for lang, verbs in (("en", dim.verbs), *((lang, dim.words(lang).verbs) for lang in LANGUAGES if lang != "en")):
                for value in verbs:
                    if value not in known:
                        where = ("events", name, "dimensions", dim_name) + (() if lang == "en" else (lang,))
                        yield where + ("verbs", value), \
                            f"'{value}' is not a value of {dim.column} (its values: {', '.join(known) or 'none declared'})"
        for dim_name in ev.untracked:
            if dim_name not in ev.dimensions:
                yield ("events", name, "untracked", dim_name), \
                    f"'{dim_name}' is not a dimension of this event (declared: {', '.join(ev.dimensions) or 'none'})"
    for ch, pol in cat.policies.channels.items():
        if pol.contact not in cols:
            yield ("policies", "channels", ch, "contact"), f"unknown column '{pol.contact}'"
    personal = cat.personal_columns()
    for i, b in enumerate(cat.breakdowns):
        if b not in cols and b not in cat.indicators:
            yield ("breakdowns", i), f"'{b}' is neither a catalog column nor an indicator"
        elif b in personal:
            yield ("breakdowns", i), f"'{b}' is personal data: breakdowns show values, so only non-personal columns"
