"""`audience catalog draft`: a starting catalog for a warehouse nobody has described yet.

measure (introspect) -> keys and relationships, the customer, the calendar (infer) -> personal columns, then
vocabularies read from the data (never from personal columns) -> events (facts) -> commented YAML (draft_writer),
with dbt semantic models (dbt) laid over the guesses when given.
"""
from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.edges.warehouse.base import Warehouse
from assistant.errors import CatalogError
from schema_catalog import draft_writer, facts, infer
from schema_catalog.introspect import WarehouseProfile, profile_warehouse
from schema_catalog.loader import load_catalog
from schema_catalog.model import NAME_RE


@dataclass
class DraftResult:
    text: str
    todos: list[tuple[str, str]]
    notes: list[str]
    counts: dict[str, int]
    timings: dict[str, float] = field(default_factory=dict)


def draft_catalog(wh: Warehouse, *, name: str, source_note: str, entity: str | None = None, dbt=None,
                  progress: Callable[[int, int, str], None] | None = None) -> DraftResult:
    """Measure the warehouse and write a starting catalog. `dbt` is a parsed dbt project (schema_catalog.dbt)
    whose semantic models override the guesses they cover."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    profile = profile_warehouse(wh, progress)
    timings["measure"] = time.perf_counter() - started
    if not profile.tables:
        raise CatalogError("the warehouse holds no tables", where=source_note,
                           hint="point --db at the warehouse file with your data (or load tables into it first)")
    skipped = _drop_unwritable(profile)
    if not profile.tables:
        raise CatalogError("no table of the warehouse has a plain name (letters, digits, underscores)", where=source_note,
                           hint="rename the tables, or expose them through views with plain names")
    step = time.perf_counter()
    relations, unmatched = infer.find_relationships(wh, profile)
    relations, cycles = infer.break_cycles(relations, profile)
    unmatched += cycles
    calendar = infer.find_calendar(profile, relations)
    forced = entity or (dbt.entity_table(profile) if dbt else None)
    try:
        table, key, why, others = infer.find_entity(profile, relations, forced, calendar.table if calendar else None)
    except CatalogError as exc:
        raise CatalogError(exc.message, where=source_note, hint=exc.hint) from None
    if forced and not entity:
        why = "the dbt project names it"
    profiles = infer.profile_tables(table, relations, calendar.table if calendar else None, list(profile.tables))
    near = {table, *profiles, *(r.from_table for r in relations if r.to_table == table)}
    columns = infer.guess_columns(profile, near)
    timings["relationships"] = time.perf_counter() - step
    step = time.perf_counter()
    infer.sample_vocabularies(wh, profile, columns)
    timings["values"] = time.perf_counter() - step
    events = facts.find_events(profile, relations, columns, table, key, calendar)
    draft = infer.Draft(table, key, why, others, profile.tables, columns, relations, calendar, events, profiles,
                        skipped, unmatched)
    draft.policies = infer.policy_tables(profile, relations, table, key)
    notes = dbt.apply(draft, profile) if dbt else []
    notes += infer.forget_unreached(draft)
    draft.terms = facts.kind_terms(draft.events, draft.entity_key, calendar, draft.relationships)
    text, todos = draft_writer.write(draft, name=_catalog_name(name), source_note=source_note, extra_notes=notes)
    timings["total"] = time.perf_counter() - started
    counts = {"tables": len(profile.tables), "columns": sum(len(t.columns) for t in profile.tables.values()),
              "relationships": len(relations), "events": len(events),
              "personal": sum(1 for cols in columns.values() for g in cols.values() if g.personal),
              "vocabularies": sum(1 for cols in columns.values() for g in cols.values() if g.values)}
    return DraftResult(text, todos, [*skipped, *unmatched, *notes], counts, timings)


def _drop_unwritable(profile: WarehouseProfile) -> list[str]:
    """Tables and columns whose names a catalog cannot hold (they reach SQL): left out, each said in a note."""
    notes = []
    for t in list(profile.tables):
        schema, name = t.split(".", 1)
        if not (NAME_RE.match(schema) and NAME_RE.match(name)):
            notes.append(f"table {t!r} left out: its name is not a plain identifier")
            del profile.tables[t]
            continue
        for c in list(profile.tables[t].columns):
            if not NAME_RE.match(c):
                notes.append(f"column {t}.{c!r} left out: its name is not a plain identifier")
                del profile.tables[t].columns[c]
    return notes


def _catalog_name(stem: str) -> str:
    """A plain name from the warehouse file's stem: tpcds_sf0.1 -> tpcds_sf0_1."""
    cleaned = re.sub(r"[^A-Za-z0-9_]+", "_", stem).strip("_") or "warehouse"
    return cleaned if not cleaned[0].isdigit() else f"w_{cleaned}"


# -- the output file ----------------------------------------------------------------------------------------

def check_output(out: Path, force: bool) -> None:
    """Refuse an output the draft cannot be written to, before the warehouse is measured."""
    if out.is_dir():
        raise CatalogError(f"--out {out} is a folder", hint="name a file, e.g. --out my_catalog.yaml")
    if out.exists() and not force:
        raise CatalogError(f"{out} already exists; the draft was not written over it",
                           hint="choose another --out, or add --force to replace it")
    folder = out.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise CatalogError(f"cannot write {out}: {folder} {what}", hint="create the folder first, or choose another --out")
    probe = folder / f".{out.name}.probe-{os.getpid()}"
    try:  # permissions, a read-only file system, a pseudo file system: only trying tells
        probe.open("x").close()
        probe.unlink()
    except OSError as exc:
        raise CatalogError(f"cannot write {out}: {exc.strerror}", hint="choose a file in a folder you can write to") from None
    if out.exists() and not os.access(out, os.W_OK):
        raise CatalogError(f"cannot write {out}: permission denied", hint="choose another --out")


def write_draft(text: str, out: Path, force: bool) -> None:
    """Write the draft after checking that it loads as a catalog; nothing is left behind when either fails
    (a new file is created exclusively, a replaced one is swapped in whole)."""
    check_output(out, force)
    with tempfile.TemporaryDirectory() as scratch:  # the loader may keep a compiled copy beside the file it reads
        trial = Path(scratch) / out.name
        trial.write_text(text, encoding="utf-8")
        try:
            load_catalog(trial)
        except CatalogError as exc:  # a draft that does not load is a bug of the drafter, said as such
            raise CatalogError("the drafted catalog does not load (a bug of `catalog draft`; please report it)",
                               problems=exc.problems or [exc.message], hint="nothing was written") from None
    tmp = out.with_name(f".{out.name}.draft-{os.getpid()}")
    try:
        if force:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, out)
        else:
            _create(out, text)
    except OSError as exc:
        raise CatalogError(f"cannot write {out}: {exc.strerror}", hint="choose another --out") from None
    finally:
        tmp.unlink(missing_ok=True)


def _create(out: Path, text: str) -> None:
    """Create `out` exclusively (a file that appeared since the check is never written over), whole or not at all."""
    with open(out, "x", encoding="utf-8") as f:
        try:
            f.write(text)
            f.flush()
        except OSError:
            out.unlink(missing_ok=True)
            raise
