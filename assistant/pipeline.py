"""The one path from a request to an export: the only functions the UI and the CLI call.

    open(settings) -> Services
    translate -> (refine | edit) -> dry_run -> save / submit -> approve | reject -> export -> refresh

Each step takes and returns typed values (AudienceDefinition, Translation, DryRunResult, Version...).
The warehouse, the store and the model sit behind `Services`, opened once and lazily: a command that
only reads the review queue never opens the warehouse.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from assistant.definition import AudienceDefinition, Criterion
from assistant.dry_run import run as _dry_run
from assistant.dry_run.result import DryRunResult
from assistant.edges.store import AuditEntry, AuditReport, AudienceSummary, ExportRecord, RefreshRecord, Review, Store, Version
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import SettingsError
from assistant.edges.warehouse.enrich import enrich_path, enriched_catalog, materialise
from assistant.edges.warehouse.open import open_warehouse
from assistant.errors import AudienceError
from assistant.review import export as _export
from assistant.review import refresh as _refresh
from assistant.review import workflow
from assistant.review.export import ExportResult
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
from schema_catalog import load_catalog
from schema_catalog.check import CheckReport, check_catalog
from schema_catalog.describe import attribute_rows
from schema_catalog.model import Catalog

__all__ = [
    "BACKENDS", "DIALECTS", "VERIFIED_DIALECTS", "AudienceDefinition", "AudienceSummary", "AuditEntry", "AuditReport",
    "DryRunResult", "ExportRecord", "ExportResult", "RefreshRecord", "RefreshResult", "Review", "Services",
    "Submission", "Translation", "User", "Version", "VersionDiff",
]


@dataclass
class Services:
    """What every step works on: settings, the catalog, the warehouse, the store and the translators."""
    settings: Settings
    _translators: dict[tuple, Translator] = field(default_factory=dict, repr=False)
    recovered: list[str] = field(default_factory=list)  # what the startup recovery did (see review.export.recover)

    @cached_property
    def warehouse(self) -> Warehouse:
        return open_warehouse(self.settings, load_catalog(self.settings.catalog))

    @cached_property
    def catalog(self) -> Catalog:
        """The catalog, plus the daily indicators materialised beside the warehouse (so the guard knows them)."""
        return enriched_catalog(load_catalog(self.settings.catalog), self.warehouse.materialised())

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
        if key not in self._translators:
            self._translators[key] = make_translator(backend, self.catalog, self.warehouse, self.settings,
                                                     record=record, replay=replay)
        return self._translators[key]

    def as_of(self) -> dt.date:
        """The warehouse's own 'today' when it declares one, else the calendar date."""
        return self.warehouse.as_of() or dt.date.today()

    def close(self) -> None:
        for name in ("warehouse", "store"):
            if name in self.__dict__:
                self.__dict__.pop(name).close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open(settings: Settings | None = None) -> Services:  # noqa: A001 - pipeline.open reads as the verb it is
    return Services(settings or load_settings())


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
    """A follow-up instruction ("make it 3 months", "drop the VIP condition"): the new translation and what changed."""
    check_request(instruction, services.settings.max_request_chars, what="instruction")
    return _refine.refine(services.translator(backend), definition, instruction, as_of or services.as_of())


def compile(services: Services, definition: AudienceDefinition, *, with_policies: bool = False,  # noqa: A001
            dialect: str = "duckdb") -> str:
    sql = compile_sql(definition, services.catalog, services.as_of(), with_policies=with_policies)
    return sql if dialect == "duckdb" else transpile(sql, dialect)


def dry_run(services: Services, definition: AudienceDefinition, *, breakdowns: list[str] | None = None,
            expected_size: int | None = None, sample_size: int | None = None) -> DryRunResult:
    size = services.settings.sample_size if sample_size is None else sample_size
    return _dry_run.dry_run(definition, services.catalog, services.warehouse, breakdowns=breakdowns, sample_size=size,
                            expected_size=expected_size, settings=services.settings)


def segment(services: Services, version_id: int, breakdowns: list[str] | None = None) -> DryRunResult:
    """Breakdowns of a saved version as a segment: counts only, no channel, no sample."""
    definition = workflow.version(services.store, version_id).definition.model_copy(update={"channel": "none"})
    return dry_run(services, definition, breakdowns=breakdowns, sample_size=0)


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
    """Save the definition as a draft and submit it with the dry run the author saw (run now when not given)."""
    run = dry_run if dry_run is not None else globals()["dry_run"](services, definition, expected_size=expected_size)
    # The members the reviewer approves: the dry run's own plan, selected (the export compares against them).
    members = _dry_run.members(definition, services.catalog, services.warehouse, as_of=run.as_of)
    version_id = save(services, who, definition, name=name, audience_id=audience_id)
    workflow.submit(services.store, who, version_id, run, expected_size, note, members=members)
    return Submission(version_id, run)


def approve(services: Services, who: User, version_id: int, *, typed_size: int | None = None, comment: str = "") -> None:
    workflow.approve(services.store, who, version_id, typed_size=typed_size, comment=comment)


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


def audit_verify(services: Services) -> AuditReport:
    return services.store.verify_audit()


def audit_entries(services: Services, limit: int = 50) -> list[AuditEntry]:
    return services.store.audit_entries(limit)


# -- the catalog --------------------------------------------------------------------------------------

def check(services: Services) -> CheckReport:
    """The catalog against the live warehouse (without the materialised indicators: the raw catalog is checked)."""
    return check_catalog(load_catalog(services.settings.catalog), services.warehouse)


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
             record: Path | None = None, replay: Path | None = None, report: Path | None = None) -> dict:
    """Replay golden prompts through a translator on their own warehouses; write the report, return its summary."""
    from assistant.evals import load_golden, run_eval, write_report

    prompts = load_golden(golden)
    outcomes = run_eval(lambda catalog, wh: make_translator(backend, catalog, wh, settings, record=record, replay=replay),
                        settings.home / "evals", prompts)
    return write_report(outcomes, report or settings.home / "evals" / "report.json")
