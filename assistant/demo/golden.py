"""The warehouses golden prompts are judged on: the demo retailer, and catalogs shipped with a SQL script."""
from __future__ import annotations

from pathlib import Path

import duckdb

from assistant.demo import generate as demo_warehouse
from assistant.demo import tpcds
from assistant.package_data import evals_dir

WAREHOUSE_SCRIPTS = {"streambox": evals_dir() / "warehouses" / "streambox.sql",
                     "outdoor": evals_dir() / "warehouses" / "outdoor.sql",
                     "hotels": evals_dir() / "warehouses" / "hotels.sql",
                     "grocery": evals_dir() / "warehouses" / "grocery.sql",
                     "autos": evals_dir() / "warehouses" / "autos.sql",
                     "resale": evals_dir() / "warehouses" / "resale.sql",
                     "beauty": evals_dir() / "warehouses" / "beauty.sql",
                     "furniture": evals_dir() / "warehouses" / "furniture.sql",
                     "travel": evals_dir() / "warehouses" / "travel.sql",
                     "insurance": evals_dir() / "warehouses" / "insurance.sql",
                     "telecom": evals_dir() / "warehouses" / "telecom.sql",
                     "fitness": evals_dir() / "warehouses" / "fitness.sql",
                     "culture": evals_dir() / "warehouses" / "culture.sql"}
EVAL_CUSTOMERS = 20_000
# The TPC-DS set needs SF 0.1: at 0.01 its small dimensions leave many golds empty (evals/tpcds/README.md).
TPCDS_EVAL_SCALE = 0.1


def golden_warehouse(catalog_name: str, cache: Path) -> Path:
    """The warehouse the golden prompts of a catalog are judged on, built once into `cache`."""
    cache.mkdir(parents=True, exist_ok=True)
    if catalog_name == "demo_retailer":
        path = cache / f"golden_demo_{EVAL_CUSTOMERS}.duckdb"
        if not path.exists():
            demo_warehouse.generate(path, customers=EVAL_CUSTOMERS)
        return path
    if catalog_name == "tpcds":
        path = cache / f"golden_tpcds_sf{TPCDS_EVAL_SCALE:g}.duckdb"
        if not path.exists():
            tpcds.generate(path, TPCDS_EVAL_SCALE, env_root=cache / "tpcds-env")
        return path
    script = WAREHOUSE_SCRIPTS[catalog_name]
    path = cache / f"golden_{catalog_name}.duckdb"
    if not path.exists():
        tmp = path.with_suffix(".partial")
        tmp.unlink(missing_ok=True)
        con = duckdb.connect(str(tmp))
        con.execute(script.read_text())
        con.close()
        tmp.replace(path)
    return path
