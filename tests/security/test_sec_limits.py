"""Item 8: runaway queries stop at the limit through the engine's own interrupt; long requests are refused
before any parsing."""
from __future__ import annotations


import pytest

from assistant import pipeline
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.errors import TranslationError, WarehouseError
from assistant.settings import load_settings

RUNAWAY = {
    "recursive cte": "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
    "cross join": "SELECT count(*) FROM crm.customers a, crm.customers b, crm.customers c",
    "regex join": "SELECT count(*) FROM crm.customers a JOIN crm.customers b ON regexp_matches(a.city || b.city, '^(a|b|c)+x$')",
}


@pytest.mark.parametrize("name", list(RUNAWAY))
def test_runaway_queries_are_interrupted_at_the_limit(demo_db, name):
    with DuckDBWarehouse(demo_db, time_limit_ms=400) as wh:
        with pytest.raises(WarehouseError, match="longer than 400 ms"):
            wh.query(RUNAWAY[name])
        assert wh.scalar("SELECT 1") == 1


def test_the_interrupt_is_the_engines_own_and_set_at_the_limit(demo_db):
    """The warehouse asks the engine to stop at the limit itself (no grace period beyond it)."""
    with DuckDBWarehouse(demo_db, time_limit_ms=400) as wh:
        assert wh.interrupt_after_s == pytest.approx(0.4)


def test_request_over_the_length_cap_is_refused_before_parsing(tmp_path, demo_db):
    settings = load_settings(home=tmp_path / "home", db=demo_db)
    with pipeline.open(settings) as svc:
        with pytest.raises(TranslationError) as info:
            pipeline.translate(svc, "gold customers " * 10_000)
        assert "characters" in str(info.value) and "max_request_chars" in str(info.value)
        assert "warehouse" not in svc.__dict__, "the request was refused before the warehouse was even opened"


def test_request_cap_is_a_setting(tmp_path, demo_db, monkeypatch):
    monkeypatch.setenv("AUDIENCE_MAX_REQUEST_CHARS", "20")
    settings = load_settings(home=tmp_path / "home", db=demo_db)
    assert settings.max_request_chars == 20
    with pipeline.open(settings) as svc:
        with pytest.raises(TranslationError, match="20"):
            pipeline.translate(svc, "gold customers in France and Spain")
