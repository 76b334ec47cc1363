"""The shape of the code base: who may import what, no cycles, a complete package, a lock that agrees.

These rules are what keeps one obvious path from request to export (assistant/pipeline.py) and the
outside world behind small edges (assistant/edges/).
"""
from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
CODE = [p for d in ("assistant", "schema_catalog", "ui") for p in (ROOT / d).rglob("*.py")]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[0] == "ui":
        return ".".join(parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module a file imports, at module level or inside functions (absolute names)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


GRAPH = {module_name(p): imports(p) for p in CODE}


def importers_of(*top: str) -> set[str]:
    return {m for m, deps in GRAPH.items() if any(d == t or d.startswith(t + ".") for d in deps for t in top)}


def test_only_the_model_edge_imports_openai():
    assert importers_of("openai") == {"assistant.edges.model"}


def test_only_warehouse_edges_open_engine_connections():
    # demo/ writes the demo warehouse (never imported on the request path); destination formats Parquet
    # files in an in-memory DuckDB that reads no warehouse.
    allowed = {"assistant.edges.destination"}
    for m in importers_of("duckdb", "psycopg", "pyspark"):
        assert m.startswith(("assistant.edges.warehouse.", "assistant.demo.")) or m in allowed, m


def test_only_the_store_edge_runs_sql_on_the_application_store():
    assert importers_of("sqlite3") == {"assistant.edges.store"}
    # Nobody reaches into the store's connection.
    offenders = [p for p in CODE if re.search(r"\._con\b", p.read_text()) and module_name(p) != "assistant.edges.store"
                 and not module_name(p).startswith("assistant.edges.warehouse.")]
    assert offenders == []


# What the edges (UI, CLI) may import from the core: the pipeline, the types it takes and returns, errors
# and settings; the demo generator and the eval runner are tools of their own; the editor's model (assistant.edit)
# turns widget values into a typed meaning and is pure data.
EDGE_MAY_IMPORT = ("assistant.pipeline", "assistant.errors", "assistant.settings", "assistant.definition", "assistant.edit",
                   "assistant.translate.result", "assistant.dry_run.result", "assistant.cli", "assistant.demo",
                   "assistant.evals")


def test_ui_and_cli_call_the_pipeline_not_internals():
    for m, deps in GRAPH.items():
        if not (m.startswith("ui.") or m.startswith("assistant.cli")):
            continue
        core = {d for d in deps if d.split(".")[0] in ("assistant", "schema_catalog") and d != "assistant"}
        bad = {d for d in core if not d.startswith(EDGE_MAY_IMPORT)}
        assert not bad, f"{m} imports internals: {sorted(bad)}"


def test_the_core_never_imports_streamlit():
    core = {m for m in GRAPH if not m.startswith("ui.")}
    assert importers_of("streamlit") & core == set()


def test_the_request_path_never_imports_the_demo_generator():
    path = ("assistant.pipeline", "assistant.translate", "assistant.sql", "assistant.dry_run", "assistant.review",
            "assistant.edges", "schema_catalog")
    assert {m for m in importers_of("assistant.demo") if m.startswith(path)} == set()


def _own_edges() -> dict[str, set[str]]:
    modules = set(GRAPH)
    edges = {}
    for m, deps in GRAPH.items():
        targets = set()
        for d in deps:
            while d and d not in modules:
                d = d.rpartition(".")[0]
            if d and d != m and not m.startswith(d + "."):  # a package's own __init__ is not a dependency
                targets.add(d)
        edges[m] = targets
    return edges


def test_no_import_cycles():
    edges, state, cycles = _own_edges(), {}, []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = "open"
        for d in sorted(edges[m]):
            if state.get(d) == "open":
                cycles.append(stack[stack.index(d):] + [d] if d in stack else [m, d])
            elif d not in state:
                visit(d, stack + [d])
        state[m] = "done"

    for m in sorted(edges):
        if m not in state:
            visit(m, [m])
    assert cycles == []


def test_every_error_class_lives_in_errors():
    defined = [(module_name(p), n.name) for p in CODE for n in ast.walk(ast.parse(p.read_text()))
               if isinstance(n, ast.ClassDef) and n.name.endswith("Error")]
    assert {m for m, _ in defined} == {"assistant.errors"}, defined


def test_the_package_lists_every_folder_and_data_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapped = config["package-dir"]
    on_disk = {module_name(p) for p in ROOT.glob("assistant/**/__init__.py")} | {"schema_catalog"}
    on_disk |= set(mapped)
    assert set(config["packages"]) == on_disk
    # Every non-Python file inside a package folder is declared as package data.
    folders = {pkg: ROOT / mapped.get(pkg, pkg.replace(".", "/")) for pkg in config["packages"]}
    for pkg, folder in folders.items():
        patterns = config["package-data"].get(pkg, [])
        for f in folder.rglob("*"):
            if f.is_file() and f.suffix not in (".py", ".pyc") and "__pycache__" not in f.parts:
                rel = f.relative_to(folder)
                if any(folders.get(other) == f.parent for other in folders if other != pkg):
                    continue
                assert any(rel.match(p) for p in patterns), f"{f} is not package data of {pkg}"


def _locked() -> dict[str, str]:
    return {m.group(1).lower().replace("_", "-"): m.group(2)
            for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", (ROOT / "requirements.lock").read_text(), re.M)}


def test_the_lock_agrees_with_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]]
    locked = _locked()
    for req in declared:
        name = req.name.lower().replace("_", "-")
        assert name in locked, f"{req.name} is in pyproject.toml but not in requirements.lock: refresh the lock (README)"
        assert req.specifier.contains(locked[name]), f"{req.name}=={locked[name]} is outside {req.specifier}"
        upper = [s for s in req.specifier if s.operator == "<"]
        assert upper, f"{req.name} needs an upper bound at its next major version"


def test_every_locked_line_carries_a_hash():
    text = (ROOT / "requirements.lock").read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9_.\-]+==)", text)
    pinned = [b for b in blocks if re.match(r"[A-Za-z0-9_.\-]+==", b)]
    assert pinned and all("--hash=sha256:" in b for b in pinned)
