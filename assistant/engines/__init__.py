"""Warehouse engines beyond the embedded DuckDB: the same guarded DuckDB-dialect SQL, transpiled by sqlglot."""
