"""The dry run: what each part of a definition does to the audience, before anyone approves it."""
from __future__ import annotations

import datetime as dt
import time

from sqlglot import exp

from assistant.definition import AudienceDefinition
from assistant.dry_run.masking import mask_value
from assistant.dry_run.members import Members
from assistant.dry_run.own import own_sizes_sql
from assistant.dry_run.plan import plan_for
from assistant.dry_run.result import DryRunResult, Reach, Step
from assistant.dry_run.size_guard import size_flags
from assistant.edges.warehouse.base import Warehouse
from schema_catalog.model import Catalog


def dry_run(defn: AudienceDefinition, catalog: Catalog, wh: Warehouse, *, breakdowns: list[str] | None = None,
            sample_size: int = 20, expected_size: int | None = None, settings=None,
            own_sizes: bool = False) -> DryRunResult:
    """`own_sizes`: also count each criterion alone (a second statement, see own.py); else the funnel's own
    sizes are None, except the first criterion's, which is the funnel's first step."""
    started = time.perf_counter()
    as_of = _as_of(defn, wh)
    attrs = breakdowns if breakdowns is not None else list(catalog.breakdowns)
    # DuckDB draws the sample in the same pass; other engines lack min_by(x, key, n) and get a second small query.
    dialect = getattr(wh, "dialect", "duckdb")
    in_pass = dialect == "duckdb"
    plan = plan_for(defn, catalog, as_of, breakdowns=attrs, sample_size=sample_size if in_pass else 0, dialect=dialect)
    pol = plan.pol
    result = wh.query(plan.sql, max_rows=100_000)
    rows = [dict(zip(result.columns, r)) for r in result.rows]
    # Over an empty audience the engine's counts come back NULL: they are zeros.
    total = {k: (0 if v is None else v) for k, v in next(r for r in rows if r["is_total"] == 1).items()}

    final_size, base = total["final_size"], total["base"]
    funnel_sizes = [total[f"funnel_{i}"] for i in range(len(plan.criteria))]
    own: dict[str, int | None] = {p.name: None for p in plan.criteria[1:]}
    if own_sizes and len(plan.criteria) > 1:
        counted = wh.query(own_sizes_sql(plan.criteria[1:], catalog), max_rows=1)
        own.update({p.name: n for p, n in zip(plan.criteria[1:], counted.rows[0])})
    if plan.criteria:
        own[plan.criteria[0].name] = funnel_sizes[0]
    funnel = [Step(name=p.name, label=p.label, phrase=p.phrase, role=p.role, own_size=own[p.name], size_after=size)
              for p, size in zip(plan.criteria, funnel_sizes)]
    after, waterfall = (total["after_criteria"] if plan.criteria else base), []
    for i, p in enumerate(plan.exclusions + pol):
        after -= total[f"removed_{i}"]
        waterfall.append(Step(name=p.name, label=p.label, phrase=p.phrase, role=p.role, own_size=own.get(p.name, -1),
                              size_after=after, removed=total[f"removed_{i}"]))
    reachability = [Reach(channel=ch, with_contact=total[f"reach_{i}_contact"], with_consent=total[f"reach_{i}_consent"],
                          reachable=total[f"reach_{i}_reachable"]) for i, ch in enumerate(catalog.policies.channels)]
    sample_keys, profiles = total["sample"] or [], total.get("profiles") or []

    breakdown_out: dict[str, list[tuple[str, int]]] = {a: [] for a in attrs}
    for r in rows:
        if r["is_total"] == 1 or not r["final_size"]:
            continue
        idx = list(r["grp"]).index(0)
        value = r[f"a{idx}"]
        breakdown_out[attrs[idx]].append(("(missing)" if value is None else str(value), r["final_size"]))
    for values_ in breakdown_out.values():
        values_.sort(key=lambda kv: (-kv[1], kv[0]))  # ties in a fixed order, whatever the engine
    if not in_pass and sample_size and final_size:
        key = catalog.entity.key
        final_sql, _ = plan.members_sql(None)
        sample_keys = [r[0] for r in wh.query(f"SELECT {key} FROM ({final_sql}) AS f ORDER BY md5(CAST({key} AS VARCHAR)) "
                                              f"LIMIT {int(sample_size)}", max_rows=sample_size).rows]
    if profiles:
        columns, sample = _masked(catalog, list(profiles[0]), [list(p.values()) for p in profiles])
    else:
        columns, sample = _sample(catalog, wh, sample_keys)

    result = DryRunResult(
        definition_hash=defn.content_hash(), as_of=as_of, channel=defn.channel, base=base, funnel=funnel,
        waterfall=waterfall, request_size=total["request_size"], final_size=final_size,
        share=final_size / base if base else 0.0, reachability=reachability, breakdowns=breakdown_out,
        sample_columns=columns, sample=sample, flags=[],
        elapsed_ms=(time.perf_counter() - started) * 1000)
    result.flags = size_flags(result, expected_size, settings)
    return result


def members(defn: AudienceDefinition, catalog: Catalog, wh: Warehouse, *, as_of: dt.date | None = None) -> Members:
    """Who the dry run counts as the final audience, one row each (key, and the channel's contact), by key."""
    as_of = as_of or _as_of(defn, wh)
    plan = plan_for(defn, catalog, as_of, breakdowns=[], sample_size=0, dialect=getattr(wh, "dialect", "duckdb"))
    contact = catalog.policies.channels[defn.channel].contact if defn.channel != "none" else None
    sql, columns = plan.members_sql(contact)
    return Members(columns, wh.query(sql, max_rows=50_000_000).rows, as_of)


def _as_of(defn: AudienceDefinition, wh: Warehouse) -> dt.date:
    """The definition's date; the warehouse is asked for its own 'today' only when the definition says 'today'."""
    return defn.as_of if isinstance(defn.as_of, dt.date) else defn.resolved_as_of(wh.as_of())


def _sample(catalog: Catalog, wh: Warehouse, keys: list) -> tuple[list[str], list[list]]:
    """The sampled members' profiles, personal data masked."""
    key, entity = catalog.entity.key, catalog.entity.table
    if not keys:
        return [], []
    # Keys come from the warehouse itself; as literals they let the engine skip row groups.
    literals = ", ".join(exp.convert(k if isinstance(k, int) else str(k)).sql(dialect="duckdb") for k in keys)
    res = wh.query(f"SELECT * FROM {entity} WHERE {key} IN ({literals}) ORDER BY md5(CAST({key} AS VARCHAR))",
                   max_rows=len(keys))
    return _masked(catalog, res.columns, res.rows)


def _masked(catalog: Catalog, columns: list[str], rows) -> tuple[list[str], list[list]]:
    """Entity rows with their personal columns masked."""
    entity = catalog.entity.table
    personal = {c.rsplit(".", 1)[1] for c in catalog.personal_columns() if c.rsplit(".", 1)[0] == entity}
    return columns, [[mask_value(col, v) if col in personal else _plain(v) for col, v in zip(columns, r)] for r in rows]


def _plain(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


