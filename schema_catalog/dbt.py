"""dbt semantic models (MetricFlow, `semantic_models:` in a project's YAML files) laid over a drafted catalog.

What a data team already declared in dbt wins over what names suggest: primary and foreign entities become
named relationships (the entity's name is the role), the model whose primary entity is the customer becomes
the catalog's entity, `defaults.agg_time_dimension` dates an event, measures with sum/average/min/max become
its measures, dimension labels and descriptions land on their columns. Whatever has no place in the catalog
(metrics, saved queries, SQL expressions, percentile or count_distinct aggregations, non-additive dimensions,
keys this reader does not know) is listed in the draft's notes, never dropped in silence.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import CatalogError
from schema_catalog import names
from schema_catalog.infer import Draft, EventGuess, Measure, Relation
from schema_catalog.introspect import WarehouseProfile

_SKIP_FOLDERS = {"target", "dbt_packages", "logs", "node_modules"}
_AGG = {"sum": "sum", "average": "avg", "avg": "avg", "min": "min", "max": "max"}
_REF = re.compile(r"""^\s*ref\(\s*(?:['"][^'"]+['"]\s*,\s*)?['"]([^'"]+)['"]\s*\)\s*$""")
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CAST = re.compile(r"^\s*cast\(\s*([A-Za-z_][A-Za-z0-9_]*)\s+as\s+(date|timestamp)\s*\)\s*$", re.I)


class _Open(BaseModel):
    # Keys this reader does not know are kept (and reported), not refused: dbt adds keys between versions.
    model_config = ConfigDict(extra="allow")

    def unknown(self) -> list[str]:
        return sorted(self.model_extra or {})


class DbtEntity(_Open):
    name: str
    type: str
    expr: str | None = None

    @property
    def column(self) -> str:
        return self.expr or self.name


class DbtDimension(_Open):
    name: str
    type: str
    expr: str | None = None
    label: str | None = None
    description: str | None = None
    type_params: dict | None = None


class DbtMeasure(_Open):
    name: str
    agg: str
    expr: str | int | None = None
    label: str | None = None
    description: str | None = None
    agg_time_dimension: str | None = None
    create_metric: bool | None = None
    non_additive_dimension: dict | None = None
    agg_params: dict | None = None


class DbtDefaults(_Open):
    agg_time_dimension: str | None = None


class DbtSemanticModel(_Open):
    name: str
    model: str
    description: str | None = None
    label: str | None = None
    defaults: DbtDefaults | None = None
    primary_entity: str | None = None
    entities: list[DbtEntity] = []
    dimensions: list[DbtDimension] = []
    measures: list[DbtMeasure] = []

    @property
    def ref(self) -> str | None:
        m = _REF.match(self.model)
        return m.group(1) if m else None

    @property
    def primary(self) -> DbtEntity | None:
        return next((e for e in self.entities if e.type in ("primary", "unique")), None)


class DbtProject:
    """The semantic models of a dbt project (or one YAML file), with what was found but not read."""

    def __init__(self, path: Path, models: list[DbtSemanticModel], skipped: list[str]):
        self.path, self.models, self.skipped = path, models, skipped

    # -- where each model lives in the warehouse -------------------------------------------------------------
    def tables(self, profile: WarehouseProfile) -> tuple[dict[str, str], list[str]]:
        """{semantic model name: schema.table} for models whose ref() names a warehouse table, and notes."""
        out, notes = {}, []
        by_name: dict[str, list[str]] = {}
        for t, table in profile.tables.items():
            by_name.setdefault(table.name.lower(), []).append(t)
        for m in self.models:
            ref = m.ref
            found = by_name.get(ref.lower(), []) if ref else []
            if not ref:
                notes.append(f"dbt semantic model {m.name}: model {m.model!r} is not a ref('...'); left out")
            elif len(found) != 1:
                why = "no table" if not found else f"{len(found)} tables ({', '.join(found)})"
                notes.append(f"dbt semantic model {m.name}: {why} named {ref} in the warehouse; left out")
            else:
                out[m.name] = found[0]
        return out, notes

    def entity_table(self, profile: WarehouseProfile) -> str | None:
        """schema.table.key of the model whose primary entity is the customer (by its name), if any."""
        tables, _ = self.tables(profile)
        for m in self.models:
            p = m.primary
            if p and m.name in tables and (names.names_an_entity(p.name) or names.names_an_entity(m.name)):
                if _PLAIN.match(p.column) and p.column in profile.tables[tables[m.name]].columns:
                    return f"{tables[m.name]}.{p.column}"
        return None

    # -- laying the models over a draft ---------------------------------------------------------------------
    def apply(self, draft: Draft, profile: WarehouseProfile) -> list[str]:
        """Override the draft's guesses with what the semantic models declare; the notes list what was not used."""
        tables, notes = self.tables(profile)
        notes = [f"dbt: {n}" for n in self.skipped] + notes
        primaries = {m.primary.name: (tables[m.name], m.primary.column) for m in self.models
                     if m.primary and m.name in tables}
        for m in self.models:
            if m.name not in tables:
                continue
            t = tables[m.name]
            notes += [f"dbt semantic model {m.name}: key {k!r} not read" for k in m.unknown()]
            notes += _entities(m, t, draft, profile, primaries)
            notes += _dimensions(m, t, draft, profile)
            notes += _event(m, t, draft, profile)
        return notes


def _column(expr: str | None, t: str, profile: WarehouseProfile) -> str | None:
    """The column an expression names: a plain column, or cast(column AS date|timestamp)."""
    if expr is None:
        return None
    m = _CAST.match(expr)
    name = m.group(1) if m else expr.strip()
    return name if _PLAIN.match(name) and name in profile.tables[t].columns else None


def _entities(m: DbtSemanticModel, t: str, draft: Draft, profile: WarehouseProfile, primaries: dict) -> list[str]:
    notes = []
    for e in m.entities:
        notes += [f"dbt entity {m.name}.{e.name}: key {k!r} not read" for k in e.unknown()]
        if e.type in ("primary", "unique"):
            continue
        if e.type != "foreign":
            notes.append(f"dbt entity {m.name}.{e.name}: type {e.type!r} has no counterpart in the catalog; not read")
            continue
        column = _column(e.expr or e.name, t, profile)
        target = primaries.get(e.name)
        if column is None:
            notes.append(f"dbt entity {m.name}.{e.name}: {e.column!r} is not a column of {t}; not read")
        elif target is None:
            notes.append(f"dbt entity {m.name}.{e.name}: no semantic model has it as its primary entity; not read")
        elif _PLAIN.match(target[1]) and target[1] in profile.tables[target[0]].columns:
            _relate(draft, f"{t}.{column}", f"{target[0]}.{target[1]}", e.name)
    return notes


def _relate(draft: Draft, from_: str, to: str, name: str) -> None:
    """The dbt entity names the relationship (its role); a guess on the same column is replaced."""
    existing = next((r for r in draft.relationships if r.from_ == from_), None)
    if existing:
        existing.to, existing.name = to, _free(name, draft, existing)
        return
    rel = Relation("", from_, to, "many_to_one")
    rel.name = _free(name, draft, rel)
    draft.relationships.append(rel)
    draft.relationships.sort(key=lambda r: r.from_)


def _free(name: str, draft: Draft, rel: Relation) -> str:
    taken = {r.name for r in draft.relationships if r.from_table == rel.from_table and r is not rel}
    return name if name not in taken else rel.from_.rsplit(".", 1)[1]


def _dimensions(m: DbtSemanticModel, t: str, draft: Draft, profile: WarehouseProfile) -> list[str]:
    notes = []
    for d in m.dimensions:
        notes += [f"dbt dimension {m.name}.{d.name}: key {k!r} not read" for k in d.unknown()]
        column = _column(d.expr or d.name, t, profile)
        if column is None:
            notes.append(f"dbt dimension {m.name}.{d.name}: the expression {d.expr or d.name!r} is not a column of "
                         f"{t}; not read (declare a column or an indicator for it)")
            continue
        if d.type not in ("categorical", "time"):
            notes.append(f"dbt dimension {m.name}.{d.name}: type {d.type!r} is not categorical or time; not read")
            continue
        guess = draft.columns[t][column]
        words = [w for w in (d.label, d.name.replace("_", " ")) if w]
        guess.synonyms = list(dict.fromkeys([*guess.synonyms, *words]))
        guess.description = d.description.strip() if d.description else guess.description
    return notes


def _event(m: DbtSemanticModel, t: str, draft: Draft, profile: WarehouseProfile) -> list[str]:
    """A model with a time and a relationship to the customer is an event; its measures become measures."""
    notes = []
    key = next((r for r in draft.relationships if r.from_table == t and r.to == f"{draft.entity_table}.{draft.entity_key}"), None)
    time_name = (m.defaults.agg_time_dimension if m.defaults else None) or next(
        (ms.agg_time_dimension for ms in m.measures if ms.agg_time_dimension), None)
    time_dim = next((d for d in m.dimensions if d.name == time_name), None)
    time_col = _column((time_dim.expr or time_dim.name) if time_dim else time_name, t, profile)
    event = next((e for e in draft.events.values() if e.table == t), None)
    if key is None or time_col is None or t == draft.entity_table:
        if m.measures:
            notes.append(f"dbt semantic model {m.name}: measures {', '.join(x.name for x in m.measures)} not read "
                         f"({t} is not an event: it needs a relationship to the customer and a time)")
        return notes
    if event is None:
        event = EventGuess(name=m.name, table=t, kind=names.event_kind(m.name) or names.event_kind(profile.tables[t].name),
                           customer_key=key.from_.rsplit(".", 1)[1], rows=profile.tables[t].rows)
        draft.events[m.name if m.name not in draft.events else f"{m.name}_dbt"] = event
    event.time, event.dated_by, event.other_times = time_col, None, []
    event.description = (m.description or "").strip()
    for ms in m.measures:
        notes += _measure(m, ms, t, event, profile)
    return notes


def _measure(m: DbtSemanticModel, ms: DbtMeasure, t: str, event: EventGuess, profile: WarehouseProfile) -> list[str]:
    where = f"dbt measure {m.name}.{ms.name}"
    notes = [f"{where}: key {k!r} not read" for k in ms.unknown()]
    for field in ("non_additive_dimension", "agg_params"):
        if getattr(ms, field):
            notes.append(f"{where}: {field} has no counterpart in the catalog; not read")
    if str(ms.expr).strip() == "1" and ms.agg in ("sum", "count"):
        return notes + [f"{where}: counts the events, which every event does; not needed as a measure"]
    if ms.agg not in _AGG:
        return notes + [f"{where}: aggregation {ms.agg!r} (catalog measures are sum, avg, min, max); not read"]
    column = _column(str(ms.expr) if ms.expr is not None else ms.name, t, profile)
    if column is None:
        return notes + [f"{where}: the expression {str(ms.expr if ms.expr is not None else ms.name)!r} is not a "
                        f"column of {t}; not read"]
    if profile.tables[t].columns[column].family not in ("integer", "decimal", "float"):
        return notes + [f"{where}: {t}.{column} is not numeric; not read"]
    for name, existing in list(event.measures.items()):
        if existing.column == column and existing.agg == _AGG[ms.agg]:
            del event.measures[name]  # the guess on the same column gives way to the declared measure
    event.measures[ms.name] = Measure(column, _AGG[ms.agg], None, label=ms.label or "", description=ms.description or "")
    return notes


def read_project(path: Path) -> DbtProject:
    """Every semantic model of the YAML files under `path` (a dbt project folder or one file)."""
    path = Path(path)
    if not path.exists():
        raise CatalogError(f"--from-dbt {path}: no such file or folder", hint="pass the dbt project folder or a YAML file")
    files = [path] if path.is_file() else sorted(
        f for f in path.rglob("*") if f.suffix in (".yml", ".yaml") and f.is_file()
        and not any(part.startswith(".") or part in _SKIP_FOLDERS for part in f.relative_to(path).parts[:-1]))
    models, skipped = [], []
    for f in files:
        data = _load(f)
        if not isinstance(data, dict):
            continue
        for key, what in (("metrics", "metric"), ("saved_queries", "saved query")):
            for item in data.get(key) or []:
                if isinstance(item, dict):
                    skipped.append(f"{f.name}: {what} {item.get('name', '?')!r} not read "
                                   "(the catalog's events, measures and glossary hold what requests need)")
        for item in data.get("models") or []:
            if isinstance(item, dict) and "semantic_model" in item:
                skipped.append(f"{f.name}: model {item.get('name', '?')!r} uses the dbt 1.12 `semantic_model:` "
                               "block, which this reader does not read (write it as `semantic_models:`)")
        for i, item in enumerate(data.get("semantic_models") or []):
            try:
                models.append(DbtSemanticModel.model_validate(item))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                raise CatalogError(f"{f}: semantic_models[{i}].{where}: {first['msg']}",
                                   hint="fix the dbt semantic model (see the MetricFlow semantic model reference)") from None
    if not models:
        raise CatalogError(f"--from-dbt {path}: no `semantic_models:` found in {len(files)} YAML file(s)",
                           hint="pass the folder of a dbt project whose YAML declares semantic_models")
    return DbtProject(path, models, skipped)


def _load(f: Path):
    try:
        return yaml.load(f.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise CatalogError(f"cannot read {f}: {exc.strerror}", hint="check the file's permissions") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise CatalogError(f"{f}{f':{mark.line + 1}' if mark else ''}: not valid YAML ({getattr(exc, 'problem', exc)})",
                           hint="fix the file, or point --from-dbt at another folder") from None
