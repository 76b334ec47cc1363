"""`audience catalog check`: does the catalog tell the truth about this warehouse?

Every table and column exists with a compatible type, relationships join,
declared vocabulary values occur in the data, and every piece of catalog SQL
(events, indicators, glossary, policies) compiles. Each problem names the
catalog file and line and, for unknown names, the closest existing ones.
Notes (never errors) list the elements a language other than English does not name yet.
"""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import AudienceError, GuardError, WarehouseError
from assistant.meaning import Joins, qualify_condition
from assistant.edges.warehouse.base import Warehouse
from assistant.sql.bind import bind
from assistant.sql.guard import check_sql
from schema_catalog.loader import catalog_location
from schema_catalog.model import LANGUAGES, Catalog
from schema_catalog.phrases import missing_labels, phrases
from schema_catalog.probes import diagnose, probes
from schema_catalog.semantic import customer_path
from schema_catalog.unread import unreachable_tables, unread_words, wordless
from schema_catalog.templates import render
from schema_catalog.types import compatible

@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # information: the catalog works, but could say more
    checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def _closest(name: str, candidates) -> str:
    close = difflib.get_close_matches(name, list(candidates), n=3, cutoff=0.5)
    return f"; closest: {', '.join(close)}" if close else ""


def _guarded(wh: Warehouse, catalog: Catalog, sql: str, returns: tuple[str, ...], max_rows: int | None = None):
    """A check's own query, through the guard like every query on the warehouse (names come from the catalog,
    which the loader only accepts as plain identifiers)."""
    return wh.query(check_sql(sql, catalog, returns=returns).sql, max_rows=max_rows)


def check_catalog(catalog: Catalog, wh: Warehouse, as_of: dt.date | None = None) -> CheckReport:
    report = CheckReport()
    as_of = as_of or wh.as_of() or dt.date.today()
    live = wh.columns()
    _check_languages(catalog, report)
    _check_words(catalog, report)
    if not _check_tables(catalog, live, report):
        return report  # the remaining checks would only repeat the missing names (a wrong type they explain)
    _check_entity(catalog, wh, report)
    _check_relationships(catalog, wh, report)
    _check_vocabularies(catalog, wh, report)
    _check_sql(catalog, wh, as_of, report)
    _check_probes(catalog, wh, as_of, live, report)
    _check_time_clustering(catalog, wh, report)
    return report


def _err(report: CheckReport, catalog: Catalog, loc: tuple, message: str) -> None:
    report.errors.append(f"{catalog_location(catalog, loc)}: {message}")


def _check_languages(catalog: Catalog, report: CheckReport) -> None:
    """Elements without a label in each other language: requests in that language cannot name them."""
    for lang, language in LANGUAGES.items():
        if lang == "en":
            continue
        missing = missing_labels(catalog, lang)
        named = sum(1 for _ in phrases(catalog, lang))
        if named and len(missing) == named:  # an English-only catalog: one line, not one per element
            report.notes.append(f"{catalog_location(catalog, ())}: the catalog has no {language} labels at all "
                                f"({named} elements a marketer names), so {language} requests will not find its words; "
                                f"add `{lang}: {{label: ..., synonyms: [...]}}` blocks (see schema_catalog/demo_retailer.yaml)")
            continue
        report.notes += [f"{m.location}: no {language} label for {m.what}; add `{lang}: {{label: ..., synonyms: [...]}}`"
                         for m in missing]
        if missing:
            report.notes.append(f"{len(missing)} catalog element(s) have no {language} label")


def _check_words(catalog: Catalog, report: CheckReport) -> None:
    """Attributes no request can reach, and synonyms no translator reads: accepted by the loader, yet a request
    using them is not understood."""
    unreachable = unreachable_tables(catalog)
    for table, worded in unreachable.items():
        what = "its columns are described for requests" if worded else "its free-text columns are to be matched"
        message = (f"tables.{table}: {what}, but no request can reach them: it is not keyed by the customer, no "
                   f"chain of many-to-one relationships leads to it from {catalog.entity.table}, and no event's "
                   "dimension goes through it; declare the relationship that reaches it (e.g. the customer's current "
                   "address key to its key) or a dimension on it, or remove its words")
        if worded:   # words a marketer will type and no translator will understand
            _err(report, catalog, ("tables", table), message)
        else:
            report.warnings.append(f"{catalog_location(catalog, ('tables', table))}: {message}")
    for loc, what in wordless(catalog):
        report.warnings.append(
            f"{catalog_location(catalog, loc)}: {'.'.join(loc)}: {what} carries no words a marketer could use, so a "
            "request naming it ('opted in to SMS', 'joined the club in 2024') is not understood; give it synonyms "
            "(and its values theirs), in each language")
    for unread in unread_words(catalog):
        if unread.loc[0] == "tables" and unread.loc[1] in unreachable:
            continue
        where = ".".join(str(p) for p in unread.loc)
        language = "" if unread.lang == "en" else f" ({LANGUAGES[unread.lang]})"
        if unread.grammatical:
            report.warnings.append(
                f"{catalog_location(catalog, unread.loc)}: {where}: its words{language} "
                f"{', '.join(repr(w) for w in unread.words)} are grammar words alone, said of any behaviour ('stayed "
                "with us'), so the translators never read them as this value (read so, every stay said 'with us' "
                "would be one of its); give a phrase with a word of its own ('booked direct')")
            continue
        if unread.in_capitals:
            report.warnings.append(
                f"{catalog_location(catalog, unread.loc)}: {where}: its words{language} "
                f"{', '.join(repr(w) for w in unread.words)} are words requests use for nothing in particular, so the "
                "translators read them only typed in capitals (as an acronym): a request writing them in lower case "
                "reads past them (with 'items' on a measure, \"more than 10 items\" counts purchases); give a longer "
                "phrase or a word of its own")
            continue
        report.warnings.append(
            f"{catalog_location(catalog, unread.loc)}: {where}: the translators never read its words{language} "
            f"{', '.join(repr(w) for w in unread.words)}, so a request using them is not understood; words for a "
            "dimension go on the event's dimension (synonyms) or its values, an attribute's on a profile table")


def _check_tables(catalog: Catalog, live: dict, report: CheckReport) -> bool:
    """Declared types against the warehouse's; False when a table or column is missing."""
    complete = True
    for tname, table in catalog.tables.items():
        report.checked += 1
        if tname not in live:
            _err(report, catalog, ("tables", tname), f"table {tname} does not exist in the warehouse{_closest(tname, live)}")
            complete = False
            continue
        for cname, col in table.columns.items():
            report.checked += 1
            loc = ("tables", tname, "columns", cname)
            actual = live[tname].get(cname)
            if actual is None:
                _err(report, catalog, loc, f"column {tname}.{cname} does not exist{_closest(cname, live[tname])}")
                complete = False
            elif not compatible(col.type, actual):
                _err(report, catalog, loc + ("type",), f"{tname}.{cname} is declared {col.type} but the warehouse has {actual}")
    return complete


def _check_entity(catalog: Catalog, wh: Warehouse, report: CheckReport) -> None:
    """One row per customer: every count the tool shows rests on it."""
    report.checked += 1
    key, table = catalog.entity.key, catalog.entity.table
    try:
        dup, missing = _guarded(wh, catalog, f"SELECT count({key}) - count(DISTINCT {key}) AS dup, "
                                             f"count(*) - count({key}) AS missing FROM {table}", ("dup", "missing")).rows[0]
    except (GuardError, WarehouseError) as exc:
        _err(report, catalog, ("entity",), f"cannot read the key {table}.{key}: {exc.message}")
        return
    if dup or missing:
        _err(report, catalog, ("entity", "key"), f"{table}.{key} must identify one customer per row: "
                                                  f"{dup} duplicate and {missing} missing values")
        return
    if getattr(wh, "dialect", "duckdb") != "duckdb":
        return
    schema, name = table.rsplit(".", 1)
    declared = wh.query(
        "SELECT (SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name = ?), "
        "(SELECT count(*) FROM duckdb_constraints() WHERE schema_name = ? AND table_name = ? "
        "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND constraint_column_names = [?])",
        [schema, name, schema, name, key]).rows[0]
    if declared[0] and not declared[1]:  # a DuckDB table (not a view over files) without a declared key
        report.warnings.append(f"{catalog_location(catalog, ('entity', 'key'))}: {table}.{key} is unique but not declared: "
                               f"`ALTER TABLE {table} ADD PRIMARY KEY ({key})` lets the dry run look its sample up "
                               "instead of scanning the table")


def _check_relationships(catalog: Catalog, wh: Warehouse, report: CheckReport) -> None:
    for i, rel in enumerate(catalog.relationships):
        report.checked += 1
        ft, fc = rel.from_.rsplit(".", 1)
        tt, tc = rel.to.rsplit(".", 1)
        try:
            dup = _guarded(wh, catalog, f"SELECT count(*) - count(DISTINCT {tc}) AS dup FROM {tt}", ("dup",)).rows[0][0]
            unmatched, total = _guarded(
                wh, catalog, f"SELECT count(*) FILTER (WHERE t.{tc} IS NULL) AS unmatched, count(*) AS total FROM {ft} f "
                f"LEFT JOIN {tt} t ON f.{fc} = t.{tc} WHERE f.{fc} IS NOT NULL", ("unmatched", "total")).rows[0]
        except (GuardError, WarehouseError) as exc:
            _err(report, catalog, ("relationships", i), f"the join {rel.from_} -> {rel.to} fails: {exc.message}")
            continue
        if dup:
            _err(report, catalog, ("relationships", i, "to"),
                 f"{rel.to} is not unique ({dup} duplicate values): a join to it would multiply rows")
        if total and unmatched == total:
            _err(report, catalog, ("relationships", i), f"no value of {rel.from_} matches {rel.to}: wrong join columns?")
        elif unmatched:
            report.warnings.append(f"{catalog_location(catalog, ('relationships', i))}: "
                                   f"{unmatched} of {total} {rel.from_} values have no match in {rel.to}")


def _check_vocabularies(catalog: Catalog, wh: Warehouse, report: CheckReport) -> None:
    for tname, table in catalog.tables.items():
        for cname, col in table.columns.items():
            if not col.values:
                continue
            report.checked += 1
            try:
                present = {str(r[0]) for r in _guarded(wh, catalog, f"SELECT DISTINCT {cname} FROM {tname} "
                                                                     f"WHERE {cname} IS NOT NULL", (cname,), 10_000).rows}
            except (GuardError, WarehouseError) as exc:
                _err(report, catalog, ("tables", tname, "columns", cname, "values"), f"cannot read the values: {exc.message}")
                continue
            loc = ("tables", tname, "columns", cname, "values")
            for value in col.values:
                if value not in present:
                    _err(report, catalog, loc + (value,),
                         f"value '{value}' of {tname}.{cname} never occurs in the data{_closest(value, present)}")
            extra = sorted(present - set(col.values))
            # A quantity (a column with a unit) is said by its number ('3 dependents'): its vocabulary names the
            # particular amounts marketers have words for ('no dependents'), not a closed list to complete.
            if extra and col.unit is None:
                report.warnings.append(f"{catalog_location(catalog, loc)}: {tname}.{cname} holds values the catalog "
                                       f"does not describe: {', '.join(extra[:10])}")
            for set_name, vset in col.value_sets.items():
                for value in vset.values:
                    if value not in col.values:
                        _err(report, catalog, ("tables", tname, "columns", cname, "value_sets", set_name),
                             f"value set '{set_name}' lists '{value}', which is not a declared value")


def _check_sql(catalog: Catalog, wh: Warehouse, as_of: dt.date, report: CheckReport) -> None:
    """Every piece of catalog SQL passes the guard (as a request's SQL would), then binds on the warehouse.

    Only the guard's regenerated SQL reaches the warehouse, wrapped in LIMIT 0: planned, not scanned.
    """
    key = catalog.entity.key
    pieces: list[tuple[tuple, str, dict, tuple[str, ...] | None]] = []
    for name, ev in catalog.events.items():
        where = f" WHERE {ev.where}" if ev.where else ""
        # an event dated through the date dimension reads its date key here; the join is checked with relationships
        time = ev.time or next(r.from_.rsplit(".", 1)[1] for r in catalog.relationships
                               if r.from_table == ev.table and r.name == ev.dated_by)
        if ev.customer_key.count(".") == 2:     # the customer reached through another table: joined as a request does
            steps, column = customer_path(catalog, ev)
            joins = Joins(ev.table, "e")
            alias = joins.reach(steps)
            cond = f" WHERE {qualify_condition(ev.where, 'e')}" if ev.where else ""
            pieces.append((("events", name), f"SELECT {alias}.{column.rsplit('.', 1)[1]}, e.{time} FROM {joins.sql()}{cond}",
                           {}, (column.rsplit(".", 1)[1], time)))
            continue
        pieces.append((("events", name), f"SELECT {ev.customer_key}, {time} FROM {ev.table}{where}", {},
                       (ev.customer_key, time)))
    for name, ind in catalog.indicators.items():
        pieces.append((("indicators", name, "sql"), ind.sql, {}, (key, "value")))
    for i, term in enumerate(catalog.glossary):
        pieces.append((("glossary", i, "sql"), term.sql, term.parameters, None))
    for name, sup in catalog.policies.suppressions.items():
        pieces.append((("policies", "suppressions", name, "sql"), sup.sql, {}, None))
    for ch, pol in catalog.policies.channels.items():
        pieces.append((("policies", "channels", ch, "consent_sql"), pol.consent_sql, {}, None))
    cap = catalog.policies.pressure_cap
    if cap:
        pieces.append((("policies", "pressure_cap", "sql"), cap.sql, {"max_messages": cap.max_messages, "days": cap.days}, None))
    for loc, template, params, returns in pieces:
        report.checked += 1
        try:
            sql = render(template, as_of, params)
        except KeyError as exc:
            _err(report, catalog, loc, f"unknown placeholder {{{exc.args[0]}}}; declare it under parameters")
            continue
        try:
            checked = check_sql(sql, catalog, returns=returns)
        except GuardError as exc:
            where = f" ({exc.where} of the SQL)" if exc.where else ""
            _err(report, catalog, loc, f"the SQL guard refuses this SQL{where}: {exc.message}; {exc.hint}")
            continue
        try:
            wh.query(f"SELECT * FROM ({checked.sql}) AS q LIMIT 0")  # the guard's own SQL, planned only
        except WarehouseError as exc:
            _err(report, catalog, loc, f"the SQL does not compile on this warehouse: {exc.message}")


def _check_probes(catalog: Catalog, wh: Warehouse, as_of: dt.date, live: dict, report: CheckReport) -> None:
    """Every request family on every element, compiled as a request's meaning is, guarded and bound (`LIMIT 0`).

    One error per element and cause: an integer time column fails every windowed family the same way.
    """
    samples: dict[str, object | None] = {}

    def sample(column: str) -> object | None:
        if column not in samples:
            table, name = column.rsplit(".", 1)
            try:
                rows = _guarded(wh, catalog, f"SELECT {name} FROM {table} WHERE {name} IS NOT NULL LIMIT 1", (name,), 1).rows
            except (GuardError, WarehouseError):
                rows = []
            samples[column] = rows[0][0] if rows else None
        return samples[column]

    failed: dict[tuple, list[str]] = {}
    for probe in probes(catalog, sample, as_of):
        report.checked += 1
        try:
            sql = probe.sql(catalog, as_of)
        except AudienceError as exc:
            sql, error = None, exc.message
        except Exception as exc:  # noqa: BLE001 - the compiler crashing on this element is what a request would meet
            sql, error = None, f"the compiler fails on it ({type(exc).__name__}: {exc})"
        if sql is not None:
            try:
                bind(wh, sql, catalog)
                continue
            except AudienceError as exc:
                error = exc.message
        loc, message = diagnose(catalog, live, probe, error)
        failed.setdefault((loc, message), []).append(probe.element)
    for (loc, message), elements in failed.items():
        more = f" (fails {len(elements)} request families: {'; '.join(elements)})" if len(elements) > 1 else ""
        _err(report, catalog, loc, message + more)


# A table is clustered by time when an instant of its time range lies in few of its row groups. Its depth (the row
# groups an instant lies in, on average) is 1 when the table is sorted by that time and the number of row groups when
# each spans nearly everything; the excess (depth - 1) / (row groups - 1) runs from 0 to 1 whatever the number of row
# groups. Above this excess a time window ("in the last 30 days") reads most of the row groups it could skip.
#
# Measured on the column the window uses, not on the one the table was sorted by: a later time of the same row
# (opened_at after sent_at, a message stored in send order) is clustered as long as it follows the sort closely,
# which is what pruning by it needs, and it is warned about when it does not (opens months after the send). The
# share of the range each row group spans would not do: sorted in 2 row groups, each spans half of it.
CLUSTERED_MAX_EXCESS = 0.5

_DUCKDB_ROW_GROUPS = """
SELECT row_group_id, min(TRY_CAST(stats.min AS TIMESTAMP)) AS lo, max(TRY_CAST(stats.max AS TIMESTAMP)) AS hi
FROM pragma_storage_info(?) WHERE column_name = ? GROUP BY row_group_id"""
_PARQUET_ROW_GROUPS = """
SELECT row_group_id, TRY_CAST(stats_min_value AS TIMESTAMP) AS lo, TRY_CAST(stats_max_value AS TIMESTAMP) AS hi
FROM parquet_metadata(?) WHERE path_in_schema = ?"""
_DEPTH = """
SELECT count(*), sum(epoch(hi) - epoch(lo)) / nullif(epoch(max(hi)) - epoch(min(lo)), 0)
FROM ({groups}) g WHERE lo IS NOT NULL AND hi IS NOT NULL"""


def _check_time_clustering(catalog: Catalog, wh: Warehouse, report: CheckReport) -> None:
    """Warn when an event's table is not stored in time order (DuckDB tables and Parquet files).

    Row-group min/max statistics say how many row groups each instant of the time range lies in: sorted by time,
    one, and a window skips the others; in customer order, nearly all of them.
    """
    if getattr(wh, "dialect", "duckdb") != "duckdb":
        return
    seen: set[tuple[str, str]] = set()
    warned: set[str] = set()  # one warning per table: sorted by one time column, its others follow closely
    for name, ev in catalog.events.items():
        if ev.time is None or (ev.table, ev.time) in seen or ev.table in warned:
            continue
        seen.add((ev.table, ev.time))
        report.checked += 1
        source = _row_groups(wh, ev.table)
        if source is None:
            continue
        sql, target, fix = source
        groups, depth = wh.query(_DEPTH.format(groups=sql), [target, ev.time]).rows[0]
        if groups >= 2 and depth is not None and (depth - 1) / (groups - 1) > CLUSTERED_MAX_EXCESS:
            warned.add(ev.table)
            report.warnings.append(
                f"{catalog_location(catalog, ('events', name, 'time'))}: {ev.table} is not stored in {ev.time} order: "
                f"an instant of its time range lies in {depth:.1f} of its {groups} row groups on average (1 when sorted), "
                f"so a time window reads nearly all of them. Rewrite it sorted by time: "
                f"`{fix.format(table=ev.table, time=ev.time, file=target)}`")


def _row_groups(wh: Warehouse, table: str) -> tuple[str, str, str] | None:
    """(row-group statistics query, its target, the statement that sorts the table) for a DuckDB table or a
    Parquet file of a warehouse folder; None for anything else (a view, another engine)."""
    schema, name = table.rsplit(".", 1)
    if wh.scalar("SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name = ?", [schema, name]):
        return _DUCKDB_ROW_GROUPS, table, "CREATE OR REPLACE TABLE {table} AS SELECT * FROM {table} ORDER BY {time}"
    folder = getattr(wh, "path", None)
    file = Path(folder) / f"{table}.parquet" if folder is not None and Path(folder).is_dir() else None
    if file is None or not file.is_file():
        return None
    return (_PARQUET_ROW_GROUPS, str(file.resolve()),
            "COPY (SELECT * FROM '{file}' ORDER BY {time}) TO '{file}.sorted' (FORMAT parquet), then replace the file with it")
