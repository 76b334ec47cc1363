"""One settings model: defaults, help text and environment overrides.

Every field is documented by its ``description``; ``AUDIENCE_<NAME>`` overrides
it (e.g. ``AUDIENCE_DB=/data/warehouse.duckdb``). A test fails when a field has
no description.
"""
from __future__ import annotations

import os
from pathlib import Path

from typing import Literal

from pydantic import BaseModel, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict, TomlConfigSettingsSource

from assistant.errors import SettingsError
from assistant.package_data import DEMO_CATALOG



class LocalUser(BaseModel):
    name: str
    role: Literal["marketer", "reviewer", "admin"]
    display: str = ""
    email: str | None = Field(None, description="The address an identity provider signs this user in with (matched "
                                                "whole, ignoring case).")


DEMO_USERS = [
    LocalUser(name="maria", role="marketer", display="Maria (marketing)"),
    LocalUser(name="tom", role="marketer", display="Tom (marketing)"),
    LocalUser(name="rachel", role="reviewer", display="Rachel (data protection)"),
    LocalUser(name="sam", role="reviewer", display="Sam (CRM lead)"),
    LocalUser(name="ada", role="admin", display="Ada (admin)"),
]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AUDIENCE_", extra="ignore")

    home: Path = Field(
        default_factory=lambda: Path.cwd() / ".data",
        description="Folder for generated files: the demo warehouse, value indexes, the store, the outbox.",
    )
    db: Path | None = Field(
        None,
        description="Warehouse: a DuckDB file, or a folder of schema.table.parquet files. Default: the demo "
                    "warehouse in `home`, generated on first use.",
    )
    catalog: Path = Field(DEMO_CATALOG, description="Schema catalog (YAML) describing the warehouse.")
    demo_customers: int = Field(20_000, gt=0, description="Customers in the demo warehouse generated on first use.")
    query_time_limit_ms: int = Field(
        10_000, gt=0, description="Per-query time limit on the warehouse; a query running longer is interrupted."
    )
    memory_limit: str = Field("2GB", description="DuckDB memory limit for warehouse queries.")
    threads: int = Field(2, gt=0, description="DuckDB worker threads for warehouse queries.")
    max_rows: int = Field(1_000, gt=0, description="Cap on rows returned to a caller (samples, previews); truncation is reported.")
    size_guard_max_size: int = Field(
        250_000, gt=0, description="Size guard: flag an audience larger than this many customers.")
    size_guard_max_share: float = Field(
        0.5, gt=0, le=1, description="Size guard: flag an audience larger than this share of the customer base.")
    size_guard_expected_factor: float = Field(
        3.0, gt=1, description="Size guard: flag an audience this many times larger or smaller than the size the user expected.")
    max_request_chars: int = Field(5_000, gt=0, description="Longest request (in characters) a translator accepts; "
                                                           "longer ones are refused before any parsing.")
    sample_size: int = Field(20, ge=0, le=1000, description="Members shown in a dry run's masked sample.")
    store: Path | None = Field(None, description="Application store (SQLite): audiences, versions, reviews, exports, "
                                                 "audit log. Default: store.sqlite in `home`.")
    audit_key: str | None = Field(None, description="Secret keying the audit chain (HMAC). Default: the key in "
                                                    "audit_key_file, else a random key created in `home`/audit.key "
                                                    "while the audit log is empty; keep it away from the store.",
                                  repr=False)
    audit_key_file: Path | None = Field(None, description="Secrets file holding the audit key (e.g. /run/secrets/"
                                                          "audience_audit_key), read instead of `home`/audit.key. Once the "
                                                          "log has entries, a missing key stops the store from opening.")
    users: list[LocalUser] = Field(DEMO_USERS, description="Users and roles (JSON list of {name, role, display, email}); "
                                                           "with an identity provider, a signed-in address must equal a "
                                                           "user's email, else access is refused.")
    export_size_tolerance: float = Field(0.05, ge=0, description="An export stops for re-approval when the members "
                                                                 "moved more than this share since approval: customers "
                                                                 "who left plus who entered, over the approved size.")
    export_format: Literal["csv", "parquet"] = Field("csv", description="File format of exports in the outbox.")
    outbox_retention_days: int = Field(30, ge=0, description="Export files older than this many days are deleted from "
                                                             "the outbox by `audience purge` (the store keeps counts "
                                                             "and checksums).")
    webhook_url: str | None = Field(None, description="Optional destination: exports are POSTed there in batches.")
    webhook_batch_size: int = Field(500, gt=0, description="Contacts per webhook batch.")
    webhook_retries: int = Field(4, ge=0, description="Retries per webhook batch (with backoff) before the export fails.")
    webhook_timeout_s: float = Field(10.0, gt=0, description="Seconds one webhook request may take before it counts as "
                                                             "failed (and is retried).")
    duckdb_attach: dict[str, Path] = Field({}, description="More DuckDB files for multi-source setups, attached read-only "
                                                           "(JSON {alias: path}); `alias.table` names their tables.")
    engine: Literal["duckdb", "postgres", "spark"] = Field(
        "duckdb", description="Warehouse engine: duckdb (a file, the default), postgres (a server) or spark (Parquet tables).")
    postgres_dsn: str | None = Field(None, description="PostgreSQL connection string for engine=postgres (use a read-only "
                                                       "role). Never logged or shown.", repr=False)
    spark_master: str = Field("local[2]", description="Spark master URL for engine=spark (local[N], spark://..., or sc:// "
                                                      "for Spark Connect).")
    spark_parquet: Path | None = Field(None, description="Folder of schema.table.parquet files read by engine=spark.")
    llm_api_key: str | None = Field(None, description="API key of the OpenAI-compatible endpoint (default: OPENAI_API_KEY). "
                                                      "Never logged or shown.", repr=False)
    llm_base_url: str | None = Field(None, description="Base URL of the endpoint, e.g. http://localhost:11434/v1 for "
                                                       "Ollama (default: OPENAI_BASE_URL, else OpenAI).")
    llm_model: str = Field("gpt-4o-mini", description="Model name sent to the endpoint.")
    llm_temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")
    llm_timeout_s: float = Field(60.0, gt=0, description="Seconds before one model call times out.")
    llm_retries: int = Field(3, ge=0, description="Retries (with backoff) on rate limits, timeouts and server errors.")
    llm_max_attempts: int = Field(3, ge=1, description="Attempts of the repair loop (guard or execution errors sent back).")
    llm_mode: Literal["meaning", "sql"] = Field(
        "meaning", description="What the model returns: meaning (default: typed conditions checked against the catalog, "
                               "the SQL is compiled from them) or sql (expert path: the model writes SQL itself; every "
                               "such criterion is marked for the reviewer).")
    llm_token_budget: int = Field(6000, gt=500, description="Token budget of the catalog context; beyond it the context "
                                                            "is pruned to what the request needs.")
    llm_prices: dict[str, tuple[float, float]] = Field(
        {"gpt-4o-mini": (0.00015, 0.0006), "gpt-4o": (0.0025, 0.01), "gpt-4.1-mini": (0.0004, 0.0016)},
        description="Price table: model -> (USD per 1k prompt tokens, USD per 1k completion tokens).")

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings):
        # Flags win, then AUDIENCE_* variables, then the settings file (AUDIENCE_SETTINGS_FILE or ./audience.toml).
        toml = TomlConfigSettingsSource(settings_cls, toml_file=os.environ.get("AUDIENCE_SETTINGS_FILE", "audience.toml"))
        return init_settings, env_settings, toml, file_secret_settings

    @property
    def llm_key(self) -> str | None:
        return self.llm_api_key or os.environ.get("OPENAI_API_KEY")

    @property
    def llm_url(self) -> str | None:
        return self.llm_base_url or os.environ.get("OPENAI_BASE_URL")

    @property
    def demo_db(self) -> Path:
        return self.home / "demo_warehouse.duckdb"

    @property
    def warehouse_path(self) -> Path:
        return self.db or self.demo_db

    @property
    def store_path(self) -> Path:
        return self.store or self.home / "store.sqlite"

    @property
    def outbox(self) -> Path:
        return self.home / "outbox"


def load_settings(**overrides) -> Settings:
    """Settings from the environment, with explicit overrides (e.g. CLI flags) winning."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise SettingsError(
            f"setting '{name}' is invalid: {first['msg']}",
            hint=f"check the AUDIENCE_{name.upper()} environment variable or the matching CLI flag",
        ) from None
