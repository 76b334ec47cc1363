"""The one path from a request to an export: the only functions the UI and the CLI call.

    open(settings) -> Services
    translate -> (refine | edit) -> dry_run -> save / submit -> approve | reject -> export -> refresh

Each step takes and returns typed values (AudienceDefinition, Translation, DryRunResult, Version...).
The warehouse, the store and the model sit behind `Services`, opened once and lazily: a command that
only reads the review queue never opens the warehouse.
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from assistant import edit as _edit
from assistant.definition import AudienceDefinition, Clarification, Criterion, diff_definitions
from assistant.dry_run import arms as _arms
from assistant.dry_run import overlap as _overlap
from assistant.dry_run import run as _dry_run
from assistant.dry_run import transitions as _transitions
from assistant.dry_run.overlap import OverlapResult
from assistant.dry_run.result import DryRunResult
from assistant.dry_run.transitions import TransitionMatrix
from assistant.edges.store import (AuditEntry, AuditReport, AudienceSummary, ExportRecord, RefreshRecord, Review,
                                   ScheduleRecord, Store, Version)
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import CatalogError, SettingsError
from assistant.edges.warehouse.enrich import enrich_path, enriched_catalog, materialise
from assistant.edges.warehouse.open import open_warehouse
from assistant.errors import AudienceError
from assistant.review import export as _export
from assistant.review import customer as _customer
from assistant.review import due as _due
from assistant.review import movement as _movement
from assistant.review import nested as _nested
from assistant.review import purge as _purge
from assistant.review import refresh as _refresh
from assistant.review import split as _split
from assistant.review import workflow
from assistant.review.customer import CustomerMatch, CustomerView
from assistant.review.export import ExportResult
from assistant.review.movement import Movement
from assistant.review.purge import PurgeResult
from assistant.review.refresh import RefreshResult
from assistant.review.users import User, find_user
from assistant.review.webhook_url import check_webhook_url
from assistant.review.workflow import VersionDiff
from assistant.settings import Settings, load_settings
from assistant.meaning import from_spec
from assistant.sql.bind import bind
from assistant.sql.compile import compile_sql
from assistant.sql.dialects import DIALECTS, VERIFIED_DIALECTS, transpile
from assistant.translate import refine as _refine
from assistant.translate.checked import checked
from assistant.translate.registry import BACKENDS, Translator, make_translator
from assistant.translate.request import check_request
from assistant.translate.result import Translation
from assistant.translate.value_index import load_or_build as load_value_index
from schema_catalog import load_catalog
from schema_catalog.check import CheckReport, check_catalog
from schema_catalog.describe import attribute_rows
from schema_catalog.draft import DraftResult
from schema_catalog.model import Catalog

__all__ = [
    "BACKENDS", "DIALECTS", "VERIFIED_DIALECTS", "AudienceDefinition", "AudienceSummary", "AuditEntry", "AuditReport",
    "DraftResult", "DryRunResult", "ExportRecord", "OverlapResult", "ExportResult", "RefreshRecord", "RefreshResult", "Review", "ScheduleRecord", "DueReport", "PurgeResult",
    "CustomerMatch", "CustomerView", "Movement", "TransitionMatrix", "Services",
    "Submission", "Translation", "User", "Version", "VersionDiff",
]


@dataclass
class Services:
    """What every step works on: settings, the catalog, the warehouse, the store and the translators."""
    settings: Settings
    # A warehouse connection the caller opened and keeps owning (closed by the caller, never here).
    given_warehouse: Warehouse | None = field(default=None, repr=False)
    _translators: dict[tuple, Translator] = field(default_factory=dict, repr=False)
    recovered: list[str] = field(default_factory=list)  # what the startup recovery did (see review.export.recover)
    # The app builds the translator in the background after its first page: a click meanwhile waits for it.
    _translator_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @cached_property
    def declared_catalog(self) -> Catalog:
        """The catalog file as written, read once (the warehouse and the enriched catalog both start from it)."""
        return load_catalog(self.settings.catalog)

    @cached_property
    def warehouse(self) -> Warehouse:
        if self.given_warehouse is not None:
            return self.given_warehouse
        return open_warehouse(self.settings, self.declared_catalog)

    @cached_property
    def catalog(self) -> Catalog:
        """The catalog, plus the daily indicators materialised beside the warehouse (so the guard knows them)."""
        return enriched_catalog(self.declared_catalog, self.warehouse.materialised())

    @cached_property
    def value_index(self) -> dict[str, list[str]]:
        """The warehouse's distinct free-text values (cities, brands, product names), cached on disk beside it."""
        return load_value_index(self.warehouse, self.catalog, self.settings.home / "cache")

    @cached_property
    def store(self) -> Store:
        """The store, after the startup recovery: exports a crash interrupted are finished or failed."""
        store = Store.from_settings(self.settings)
        try:
            self.recovered = _export.recover(store, self.settings)
        except AudienceError as exc:
            # Reading the queue must not depend on the outbox; `audience export --recover` reports it in full.
            self.recovered = [f"the export recovery could not run: {exc.message}"]
        return store

    def translator(self, backend: str = "offline", *, record: Path | None = None, replay: Path | None = None) -> Translator:
        key = (backend, record, replay)
        with self._translator_lock:
            if key not in self._translators:
                self._translators[key] = make_translator(backend, self.catalog, self.warehouse, self.settings,
                                                         record=record, replay=replay)
            return self._translators[key]

    def as_of(self) -> dt.date:
        """The warehouse's own 'today' when it declares one, else the calendar date."""
        return self.warehouse.as_of() or dt.date.today()

    def reopen_warehouse(self) -> None:
        """Open the warehouse again (after daily indicators were materialised beside it): new catalog, translators."""
        if "warehouse" in self.__dict__ and self.given_warehouse is None:
            self.__dict__.pop("warehouse").close()
        self.__dict__.pop("catalog", None)
        self.__dict__.pop("value_index", None)
        self._translators.clear()

    def close(self) -> None:
        for name in ("warehouse", "store"):
            if name in self.__dict__:
                opened = self.__dict__.pop(name)
                if opened is not self.given_warehouse:
                    opened.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open(settings: Settings | None = None, *, warehouse: Warehouse | None = None) -> Services:
    """The services of one session (pipeline.open reads as the verb it is); `warehouse` lends a connection the
    caller opened and closes (a long-lived engine session shared by several runs)."""
    return Services(settings or load_settings(), given_warehouse=warehouse)


def user(services: Services, name: str | None, identity: dict | None = None) -> User:
    return find_user(services.settings, name, identity)


# -- understand ---------------------------------------------------------------------------------------

def translate(services: Services, request: str, *, as_of: dt.date | None = None, channel: str = "none",
              backend: str = "offline", record: Path | None = None, replay: Path | None = None,
              lang: str | None = None) -> Translation:
    """`lang` ('en', 'fr') forces the offline translator's language; by default it is detected per request."""
    check_request(request, services.settings.max_request_chars)
    translator = services.translator(backend, record=record, replay=replay)
    if lang and backend != "offline":
        raise SettingsError(f"--lang applies to the offline translator, not to '{backend}'",
                            hint="drop --lang: the model reads the request's own language")
    extra = {"lang": lang} if lang else {}
    result = translator.translate(request, as_of or services.as_of(), channel, **extra)
    return checked(result, services.catalog, services.warehouse)


def criterion(services: Services, spec: dict, *, phrase: str = "", as_of: dt.date | None = None) -> Criterion:
    """A criterion from its typed meaning (the editor's path): checked against the catalog, compiled, bound."""
    rendered = from_spec(spec, services.catalog).render(services.catalog, as_of or services.as_of())
    bind(services.warehouse, rendered.sql, services.catalog)
    return Criterion(label=rendered.label, phrase=phrase, sql=rendered.sql, meaning=rendered.meaning, origin="user",
                     spec=spec)


def refine(services: Services, definition: AudienceDefinition, instruction: str, *, as_of: dt.date | None = None,
           backend: str = "offline") -> tuple[Translation, list[str]]:
    """A follow-up instruction ("make it 3 months", "drop the VIP condition") applied to the CURRENT definition
    (edited cards included): the new translation and what changed. The parts the marketer edited or added are kept
    and the ones she removed stay out (`edit.keep_edits`), unless the follow-up rewrote the very words they came
    from. A follow-up whose words need a question returns it with the definition unchanged; its choices are the
    follow-up rewritten."""
    check_request(instruction, services.settings.max_request_chars, what="instruction")
    result, changes = _refine.refine(services.translator(backend), definition, instruction, as_of or services.as_of())
    if result.status == "clarify":
        return _follow_up_question(definition, instruction, result), []
    if result.definition is None:
        return result, changes
    kept = _edit.keep_edits(definition, result.definition)
    return result.model_copy(update={"definition": kept}), diff_definitions(definition, kept)


def _follow_up_question(definition: AudienceDefinition, instruction: str, asked: Translation) -> Translation:
    """The follow-up's own words need a question ('also engaged customers'): the definition stays as it is, edits and
    removals included, and each choice is the follow-up rewritten, to apply as a follow-up in its turn."""
    words = asked.definition.request if asked.definition else ""

    def rewritten(q: Clarification, i: int) -> str:
        if q.rewrites and words and words in instruction:
            return instruction.replace(words, q.rewrites[i], 1)
        return instruction.replace(q.phrase, q.options[i], 1)
    questions = [q.model_copy(update={"rewrites": [rewritten(q, i) for i in range(len(q.options))]})
                 for q in asked.clarifications]
    return asked.model_copy(update={"definition": definition, "clarifications": questions})


MAX_DIMENSION_CHOICES = 2_000   # a picker's list, not a data export: the most frequent values


def dimension_values(services: Services, event: str, dimension: str, *, limit: int = MAX_DIMENSION_CHOICES) -> list[str]:
    """The distinct values of an event's free-text dimension (store city, brand, product name) as the warehouse
    holds them, most frequent first, at most `limit`: what the editor offers. Personal columns never."""
    ev = services.catalog.events.get(event)
    dim = ev.dimensions.get(dimension) if ev else None
    if dim is None:
        raise CatalogError(f"'{dimension}' is not a dimension of the event '{event}'",
                           hint="pick a dimension the catalog declares for this event (`audience catalog show`)")
    if services.catalog.column(dim.column).personal:
        raise CatalogError(f"'{dimension}' of '{event}' reads a personal column ({dim.column}): its values are not listed",
                           hint="filter on a non-personal attribute instead")
    return services.value_index.get(dim.column, [])[:limit]


def column_values(services: Services, column: str, *, limit: int = MAX_DIMENSION_CHOICES) -> list[str]:
    """The distinct values of a customer's free-text attribute (a city) as the warehouse holds them, most frequent
    first, at most `limit`: what the editor offers. Personal columns never."""
    table, _, name = column.rpartition(".")
    col = services.catalog.tables[table].columns.get(name) if table in services.catalog.tables else None
    if col is not None and col.personal:
        raise CatalogError(f"'{column}' is a personal column: its values are not listed",
                           hint="filter on a non-personal attribute instead")
    if col is None or not col.free_text:
        raise CatalogError(f"'{column}' is not a free-text attribute of the catalog",
                           hint="pick an attribute the catalog marks `free_text: true`")
    return services.value_index.get(column, [])[:limit]


def compile(services: Services, definition: AudienceDefinition, *, with_policies: bool = False,  # noqa: A001
            dialect: str = "duckdb") -> str:
    sql = compile_sql(definition, services.catalog, services.as_of(), with_policies=with_policies)
    return sql if dialect == "duckdb" else transpile(sql, dialect)


def dry_run(services: Services, definition: AudienceDefinition, *, breakdowns: list[str] | None = None,
            expected_size: int | None = None, sample_size: int | None = None, own_sizes: bool = False) -> DryRunResult:
    """Sizes, funnel, waterfall, reach, breakdowns and a masked sample; arm sizes and balance when split.

    `own_sizes` also counts each criterion alone (a second statement that reads every set whole): for views
    that show them."""
    size = services.settings.sample_size if sample_size is None else sample_size
    result = _dry_run.dry_run(definition, services.catalog, services.warehouse, breakdowns=breakdowns, sample_size=size,
                              expected_size=expected_size, settings=services.settings, own_sizes=own_sizes)
    if definition.split is not None:
        result.arms = _arms.arm_report(definition, services.catalog, services.warehouse,
                                       list(services.catalog.breakdowns[:BALANCE_BREAKDOWNS]))
    return result


def segment(services: Services, version_id: int, breakdowns: list[str] | None = None) -> DryRunResult:
    """Breakdowns of a saved version: counts only, no sample, with the channel and policies it was approved with."""
    definition = workflow.version(services.store, version_id).definition   # its own channel: the approved size
    return dry_run(services, definition, breakdowns=breakdowns, sample_size=0)


def overlap(services: Services, version_ids: list[int]) -> OverlapResult:
    """Pairwise and Venn counts of 2-8 versions (approved or drafts), their final audiences, in one query."""
    rows = [version(services, v) for v in version_ids]
    return _overlap.overlap([r.definition for r in rows], [f"v{r.id} {r.audience_name}" for r in rows],
                            services.catalog, services.warehouse)


BALANCE_BREAKDOWNS = 3  # the catalog's first breakdowns (country, tier, age band) show the arms' balance


def parse_arms(text: str) -> list[tuple[str, float]]:
    return _split.parse_arms(text)


def assignments(services: Services, version_id: int) -> dict[str, str]:
    """{customer key: arm} of a split version's final audience now."""
    return _arms.assignments(version(services, version_id).definition, services.catalog, services.warehouse)


# -- decide -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Submission:
    version_id: int
    dry_run: DryRunResult


def save(services: Services, who: User, definition: AudienceDefinition, *, name: str | None = None,
         audience_id: int | None = None) -> int:
    return workflow.save_draft(services.store, who, definition, name=name, audience_id=audience_id)


def edit(services: Services, who: User, version_id: int, definition: AudienceDefinition) -> int:
    return workflow.edit(services.store, who, version_id, definition)


def submit(services: Services, who: User, definition: AudienceDefinition, *, dry_run: DryRunResult | None = None,
           expected_size: int | None = None, note: str = "", name: str | None = None,
           audience_id: int | None = None) -> Submission:
    """Save the definition as a draft and submit it with the dry run the author saw (run now when not given).

    The same definition submitted again by its author while it waits for review is that version, not a new
    one: a double click never makes two. Submitting to an existing audience makes its next version (and
    renames it when a new name is given)."""
    twin = services.store.waiting_twin(who.name, definition.content_hash(), audience_id)
    if twin is not None:
        return Submission(twin.id, twin.dry_run)
    run = dry_run if dry_run is not None else globals()["dry_run"](services, definition, expected_size=expected_size)
    if audience_id is not None and name and name != workflow.audience_name(services.store, audience_id):
        workflow.rename(services.store, who, audience_id, name)
    # The members the reviewer approves: the dry run's own plan, selected (the export compares against them).
    members = _dry_run.members(definition, services.catalog, services.warehouse, as_of=run.as_of)
    version_id = save(services, who, definition, name=name, audience_id=audience_id)
    workflow.submit(services.store, who, version_id, run, expected_size, note, members=members)
    return Submission(version_id, run)


def split(services: Services, who: User, version_id: int, arms: list[tuple[str, float]], *,
          holdout: float = 0.0) -> Submission:
    """Add (or change) a split: a new version, dry-run with its arm sizes and balance, submitted for review.

    A changed split keeps the audience's salt, so customers stay in their arm where the shares allow it.
    """
    current = version(services, version_id)
    old = current.definition.split
    split_ = _split.new_split(current.audience_id, arms, holdout, old.salt if old else None)
    definition = current.definition.model_copy(update={"split": split_})
    new_id = edit(services, who, version_id, definition)
    run = dry_run(services, definition)
    members = _dry_run.members(definition, services.catalog, services.warehouse, as_of=run.as_of)
    workflow.submit(services.store, who, new_id, run, current.expected_size, split_.describe(), members=members)
    return Submission(new_id, run)


def holdout(services: Services, export_id: int) -> list[str]:
    """The customer keys an export held out, recorded for measurement."""
    return services.store.holdout(export_id)


def with_audience(services: Services, definition: AudienceDefinition, audience_id: int, *, number: int | None = None,
                  exclude: bool = False) -> AudienceDefinition:
    """Add "members of audience X" (version `number`, or the latest approved) as a criterion or an exclusion."""
    criterion = _nested.reference(services.store, services.catalog, audience_id, number)
    return _nested.with_reference(definition, criterion, exclude=exclude)


def reference_problems(services: Services, version_id: int) -> list[str]:
    """Why the audiences a version reads changed since it was reviewed (empty when they did not)."""
    return _nested.problems(services.store, version(services, version_id).definition)


def needing_review(services: Services) -> list[tuple[Version, list[str]]]:
    """Versions flagged for re-review because an audience they read changed."""
    return _nested.needing_review(services.store)


def update_references(services: Services, who: User, version_id: int) -> int:
    """Read every referenced audience again (same version asked for, or the newest approved): a new draft."""
    current = version(services, version_id).definition

    def again(c):
        ref = c.audience_ref
        return c if ref is None else _nested.reference(services.store, services.catalog, ref.audience_id, ref.version)

    definition = current.model_copy(update={"criteria": [again(c) for c in current.criteria],
                                            "exclusions": [again(c) for c in current.exclusions]})
    return edit(services, who, version_id, definition)


def approve(services: Services, who: User, version_id: int, *, typed_size: int | None = None, comment: str = "") -> None:
    workflow.approve(services.store, who, version_id, typed_size=typed_size, comment=comment)


def rename(services: Services, who: User, audience_id: int, name: str) -> None:
    workflow.rename(services.store, who, audience_id, name)


def reviews(services: Services, version_id: int) -> list[Review]:
    """Every decision on a version, oldest first (a rejection's comment is what the author revises from)."""
    return services.store.reviews(version_id)


def reject(services: Services, who: User, version_id: int, comment: str) -> None:
    workflow.reject(services.store, who, version_id, comment)


def queue(services: Services) -> list[Version]:
    return services.store.queue()


def audiences(services: Services) -> list[AudienceSummary]:
    return services.store.audiences()


def version(services: Services, version_id: int) -> Version:
    return workflow.version(services.store, version_id)


def versions(services: Services, audience_id: int) -> list[Version]:
    return services.store.versions(audience_id)


def diff(services: Services, version_id: int) -> VersionDiff:
    return workflow.diff_from_previous(services.store, version_id)


def approval(services: Services, version_id: int) -> Review | None:
    return services.store.approval(version_id)


# -- act ----------------------------------------------------------------------------------------------

def export(services: Services, who: User, version_id: int, *, fmt: str | None = None,
           webhook_url: str | None = None) -> ExportResult:
    url = webhook_url or services.settings.webhook_url
    if url:  # before anything is read, written or sent
        check_webhook_url(url)
    _nested.require_current(services.store, version(services, version_id).definition)  # a referenced audience changed
    return _export.export(services.store, services.settings, services.catalog, services.warehouse, who, version_id,
                          fmt=fmt, webhook_url=webhook_url)


def resume_export(services: Services, who: User, export_id: int, *, webhook_url: str | None = None) -> ExportResult:
    """Deliver only the batches an export has not delivered yet (same file, same idempotency keys)."""
    return _export.resume(services.store, services.settings, who, export_id, webhook_url)


def recover_exports(services: Services) -> list[str]:
    """What the startup recovery did, plus a fresh pass: the outbox and the store agree afterwards."""
    store = services.store
    return services.recovered + _export.recover(store, services.settings)


def exports(services: Services, version_id: int) -> list[ExportRecord]:
    return services.store.exports(version_id)


def refresh(services: Services, who: User, audience_id: int, *, as_of: dt.date | None = None) -> RefreshResult:
    return _refresh.refresh(services.store, services.catalog, services.warehouse, services.translator(), who,
                            audience_id, as_of or services.as_of())


def refreshes(services: Services, audience_id: int) -> list[RefreshRecord]:
    return services.store.refreshes(audience_id)


def size_history(services: Services, audience_id: int) -> list[RefreshRecord]:
    """Every refresh of an audience, oldest first: size, entered and left at each as-of date."""
    return sorted(services.store.refreshes(audience_id), key=lambda r: (r.at, r.id))


def find_customers(services: Services, who: User, text: str) -> list[CustomerMatch]:
    """Customers by key, masked contact or name (shown masked); for reviewers and admins."""
    return _customer.find(services.catalog, services.warehouse, who, text)


def customer(services: Services, who: User, key: str) -> CustomerView:
    """Every audience one customer is in now and since when, and the ones they entered or left."""
    return _customer.view(services.store, who, key)


def movement(services: Services, audience_id: int) -> Movement:
    """Where a segment's members went between its previous refresh and its latest (into which segments)."""
    return _movement.movement(services.store, audience_id)


def transitions(services: Services, since: dt.date, until: dt.date | None = None, *,
                indicator: str = "lifecycle_stage") -> TransitionMatrix:
    """How many customers moved from each stage to each other between two days (one query)."""
    return _transitions.transitions(services.catalog, services.warehouse, indicator, since, until or services.as_of())


def schedule(services: Services, who: User, version_id: int, expr: str | None) -> None:
    """Refresh an approved version on a schedule: 'daily', 'weekly', 'hourly' or cron; None removes it."""
    _due.set_schedule(services.store, who, version_id, expr)


def schedules(services: Services) -> list[ScheduleRecord]:
    return services.store.schedules()


@dataclass(frozen=True)
class DueReport:
    checked: int
    ran: list[RefreshResult]
    failed: list[tuple[int, str]]      # (audience id, message): one failure does not stop the others
    materialised: dict[str, str]       # daily indicators materialised first ({} when none was needed)


def refresh_due(services: Services, who: User, *, now: dt.datetime | None = None,
                as_of: dt.date | None = None) -> DueReport:
    """Run every refresh whose schedule fired since its last run (for cron or a systemd timer).

    Daily indicators are materialised first when a due audience reads them and they are not as of today.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    due = _due.due(services.store, now)
    day = as_of or services.as_of()
    materialised: dict[str, str] = {}
    versions_ = {s.audience_id: services.store.latest_approved(s.audience_id) for s in due}
    reads = any(v is not None and _due.reads_daily_indicators(v.definition) for v in versions_.values())
    stale = any(a != day.isoformat() for a in services.catalog.materialised.values()) or not services.catalog.materialised
    if reads and stale and services.settings.engine == "duckdb":
        _, _, materialised = enrich(services, day)
        services.reopen_warehouse()
    ran, failed = [], []
    for s in due:
        try:
            ran.append(_refresh.refresh(services.store, services.catalog, services.warehouse, services.translator(), who,
                                        s.audience_id, day, at=now))
        except AudienceError as exc:
            failed.append((s.audience_id, exc.message))
    return DueReport(checked=len(services.store.schedules()), ran=ran, failed=failed, materialised=materialised)


def purge(services: Services, who: User, *, days: int | None = None, now: dt.datetime | None = None) -> PurgeResult:
    """Delete outbox files older than the retention period (outbox_retention_days), recorded in the audit log."""
    keep = services.settings.outbox_retention_days if days is None else days
    return _purge.purge(services.store, services.settings.outbox, who, keep, now or dt.datetime.now(dt.timezone.utc))


def audit_verify(services: Services) -> AuditReport:
    return services.store.verify_audit()


def audit_entries(services: Services, limit: int = 50) -> list[AuditEntry]:
    return services.store.audit_entries(limit)


# -- the catalog --------------------------------------------------------------------------------------

def check(services: Services) -> CheckReport:
    """The catalog against the live warehouse (without the materialised indicators: the raw catalog is checked)."""
    return check_catalog(load_catalog(services.settings.catalog), services.warehouse)


def migrate_catalog(path: Path, out: Path | None = None) -> Path:
    """Convert a version-1 catalog file to the current format (in place, or into `out`); returns the file written."""
    from schema_catalog.migrate import migrate_file

    return migrate_file(path, out)


def draft_catalog(settings: Settings, *, out: Path | None = None, force: bool = False, dbt: Path | None = None,
                  entity: str | None = None, progress=None) -> DraftResult:
    """Measure the configured warehouse and draft a starting catalog (written to `out` when given, after the
    output and the dbt project are checked and before anything is measured; the text is returned either way)."""
    from schema_catalog import dbt as dbt_models
    from schema_catalog.draft import check_output, draft_catalog as draft, write_draft

    if out is not None:
        if settings.engine == "duckdb" and settings.db is not None and out.resolve() == settings.db.resolve():
            raise SettingsError(f"--out {out} is the warehouse itself", hint="write the catalog to a .yaml file")
        check_output(out, force)
    project = dbt_models.read_project(dbt) if dbt is not None else None
    if settings.engine == "duckdb":
        if settings.db is None:
            raise SettingsError("catalog draft needs the warehouse to describe", hint="pass --db PATH (a DuckDB file)")
        if not settings.db.exists():
            raise SettingsError(f"no warehouse at {settings.db}", hint="pass --db with the path of an existing DuckDB file")
        source = str(settings.db)
        name = settings.db.stem
    else:
        source, name = f"the {settings.engine} warehouse", settings.engine
    with open_warehouse(settings) as wh:
        result = draft(wh, name=name, source_note=source, entity=entity, dbt=project, progress=progress)
    if out is not None:
        write_draft(result.text, out, force)
    return result


def attributes(services: Services) -> list[dict]:
    """Where each attribute lives, for `catalog show` and the Catalog page."""
    return attribute_rows(load_catalog(services.settings.catalog))


def enrich(services: Services, as_of: dt.date | None = None) -> tuple[dt.date, Path, dict[str, str]]:
    """Materialise the catalog's daily indicators beside the warehouse (DuckDB engine)."""
    settings = services.settings
    day = as_of or services.as_of()
    catalog = load_catalog(settings.catalog)
    out = enrich_path(settings.home, settings.warehouse_path, catalog)
    return day, out, materialise(settings.warehouse_path, catalog, out, day)


# -- evaluate -----------------------------------------------------------------------------------------

def evaluate(settings: Settings, *, golden: list[Path] | None = None, backend: str = "offline",
             record: Path | None = None, replay: Path | None = None, report: Path | None = None,
             typed_forms: bool = False, recombined: bool = False, swapped: bool = False) -> dict:
    """Replay golden prompts through a translator on their own warehouses; write the report, return its summary.
    `typed_forms`: each request also typed in capitals, in lower case and without accents (evals.typed_forms).
    `recombined`: then the requests composed from the right answers (joined, excluded, reshaped: evals.recombined).
    `swapped`: then the right answers with one catalog phrase swapped for another of its element (evals.swapped)."""
    from assistant.evals import load_golden, recombined as composed, run_eval, swapped as said_again, \
        typed_forms as forms_of, write_report

    prompts = load_golden(golden)
    prompts += forms_of(prompts) if typed_forms else []
    make = lambda catalog, wh: make_translator(backend, catalog, wh, settings, record=record, replay=replay)  # noqa: E731
    if recombined or swapped:
        outcomes, made = (composed if recombined else said_again)(make, settings.home / "evals", prompts)
        outcomes += made
        if recombined and swapped:      # both replays: the swaps of the same right answers (replayed once more)
            outcomes += said_again(make, settings.home / "evals", prompts)[1]
    else:
        outcomes = run_eval(make, settings.home / "evals", prompts)
    return write_report(outcomes, report or settings.home / "evals" / "report.json")
