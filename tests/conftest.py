"""Shared fixtures: a real demo warehouse on disk, generated once per test session."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant import pipeline
from assistant.demo import generate as demo_warehouse
from assistant.settings import DEMO_CATALOG, load_settings
from schema_catalog import load_catalog

TEST_CUSTOMERS = 4_000
AS_OF = demo_warehouse.DEFAULT_AS_OF


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    return demo_warehouse.generate(tmp_path_factory.mktemp("wh") / "demo.duckdb", customers=TEST_CUSTOMERS)


@pytest.fixture(scope="session")
def eval_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("evals")


@pytest.fixture(scope="session")
def eval_db(eval_cache) -> Path:
    """TPC-DS at the golden set's scale (SF 0.1), generated once per session for every module that needs it."""
    from assistant.demo.golden import golden_warehouse

    return golden_warehouse("tpcds", eval_cache)


@pytest.fixture(scope="session")
def catalog():
    return load_catalog(DEMO_CATALOG)


@pytest.fixture(scope="session")
def translator(demo_db, catalog):
    """The offline translator with the demo warehouse's value index (modules may define their own)."""
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from assistant.translate.offline.translator import OfflineTranslator
    from assistant.translate.value_index import build

    with DuckDBWarehouse(demo_db) as wh:
        return OfflineTranslator(catalog, build(wh, catalog))


@pytest.fixture()
def warehouse(demo_db):
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse

    wh = DuckDBWarehouse(demo_db, time_limit_ms=5_000)
    yield wh
    wh.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    # No test may touch the developer's .data folder or real settings.
    monkeypatch.setenv("AUDIENCE_HOME", str(tmp_path / "home"))
    for var in ("AUDIENCE_DB", "AUDIENCE_CATALOG"):
        monkeypatch.delenv(var, raising=False)


def as_of() -> dt.date:
    return AS_OF


@pytest.fixture()
def svc(tmp_path, demo_db):
    """The pipeline's services over the shared demo warehouse, with a store of the test's own."""
    services = pipeline.open(load_settings(home=tmp_path / "home", db=demo_db))
    yield services
    services.close()


def pytest_collection_modifyitems(config, items):
    # pytest-xdist (--dist loadfile, without its own reordering) hands out whole files in this order: the files that
    # run for minutes go first, each to a free worker, so that none starts last and runs alone; then the files with
    # the most tests, as xdist's own order would have it.
    files: dict[str, list] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)
    order = sorted(files.values(), key=lambda its: (not its[0].get_closest_marker("minutes"), -len(its)))
    items[:] = [item for its in order for item in its]
