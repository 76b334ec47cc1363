"""The dry run: what each part of a definition does to the audience, before anyone approves it.

It is one query (see _Plan): each part is computed once, the funnel over the
first criterion's members, everything else over the members of all criteria,
so the cost stays close to that of counting the final audience.
"""
from __future__ import annotations

import datetime as dt
import time

from pydantic import BaseModel

from assistant.audience_sql import Part, compile_parts, policy_parts, request_parts
from assistant.definition import AudienceDefinition
from assistant.errors import AudienceError
from assistant.guard import check_sql
from assistant.masking import mask_value
from assistant.warehouse import Warehouse
from schema_catalog.model import Catalog
from schema_catalog.templates import render


class Step(BaseModel):
    name: str
    label: str
    phrase: str = ""
    role: str
    own_size: int          # customers this part selects on its own (criteria; -1 for exclusions and policies)
    size_after: int        # audience size after this step is applied, in order
    removed: int = 0       # customers this step removed (exclusions and policies)


class Reach(BaseModel):
    channel: str
    with_contact: int
    with_consent: int
    reachable: int         # contact and consent, not suppressed, under the pressure cap


class SizeFlag(BaseModel):
    code: str
    message: str


class DryRunResult(BaseModel):
    definition_hash: str
    as_of: dt.date
    channel: str
    base: int
    funnel: list[Step]            # criteria, in order
    waterfall: list[Step]         # request exclusions, then policies for the channel
    request_size: int             # the audience as the request defines it
    final_size: int               # after the policies: who would actually receive it
    share: float
    reachability: list[Reach]
    breakdowns: dict[str, list[tuple[str, int]]]
    sample_columns: list[str]
    sample: list[list]
    flags: list[SizeFlag]
    elapsed_ms: float


def _reach_parts(catalog: Catalog, as_of: dt.date) -> list[Part]:
    """Contact and consent for every channel, renamed so they can sit beside the target channel's."""
    parts = []
    for ch in catalog.policies.channels:
        for p in policy_parts(catalog, ch, as_of):
            if p.name in ("p_contact", "p_consent"):
                parts.append(Part(f"r_{ch}_{p.name[2:]}", p.label, p.sql, p.role, entity_column=p.entity_column))
    return parts


def _cap_part(catalog: Catalog, pol: list[Part], as_of: dt.date) -> list[Part]:
    """Reachability needs the pressure cap on every channel, even when the target channel is 'none'."""
    if not catalog.policies.pressure_cap or not catalog.policies.channels:
        return []
    cap = next((p for p in pol if p.name == "p_pressure_cap"), None)
    if cap is None:
        some_channel = next(iter(catalog.policies.channels))
        cap = next(p for p in policy_parts(catalog, some_channel, as_of) if p.name == "p_pressure_cap")
    return [Part("r_cap", cap.label, cap.sql, "policy_exclude")]


def _attribute_joins(catalog: Catalog, attrs: list[str], as_of: dt.date) -> tuple[list[str], list[str]]:
    """SELECT expressions and LEFT JOINs that bring each breakdown attribute next to the customer key."""
    key, entity = catalog.entity.key, catalog.entity.table
    selects, joins = [], []
    for i, attr in enumerate(attrs):
        alias = f"a{i}"
        if attr in catalog.indicators:
            checked = check_sql(render(catalog.indicators[attr].sql, as_of), catalog, returns=(key, "value"))
            joins.append(f"LEFT JOIN ({checked.sql}) AS {alias} ON {alias}.{key} = b.{key}")
            selects.append(f"CAST({alias}.value AS VARCHAR) AS {alias}")
        elif attr in catalog.all_columns():
            table, column = attr.rsplit(".", 1)
            if table == entity:
                selects.append(f"CAST(b.{column} AS VARCHAR) AS {alias}")
            elif key in catalog.tables[table].columns:
                joins.append(f"LEFT JOIN (SELECT {key}, any_value({column}) AS v FROM {table} GROUP BY {key}) AS {alias} "
                             f"ON {alias}.{key} = b.{key}")
                selects.append(f"CAST({alias}.v AS VARCHAR) AS {alias}")
            else:
                raise AudienceError(f"cannot break down by {attr}: {table} has no {key} column",
                                    hint="break down by a column of a table keyed by the customer, or by an indicator")
        else:
            raise AudienceError(f"unknown breakdown attribute '{attr}'",
                                hint="use schema.table.column or an indicator name from the catalog")
    return selects, joins


def _and(terms: list[str]) -> str:
    return "(" + " AND ".join(terms) + ")" if terms else "TRUE"


class _Plan:
    """One statement computing the whole dry run, and how to read its single result.

    - every distinct part is a CTE (identical SQL is computed once);
    - d1: members of the first criterion (or everyone), flagged with the other criteria -> the funnel;
    - d2: members of every criterion, flagged with exclusions, policies and per-channel reach,
      plus the breakdown attributes -> the waterfall, reachability and breakdowns (GROUPING SETS);
    - the sample is a list of keys (min_by over a hash) read in the same pass.
    """

    def __init__(self, catalog: Catalog, req: list[Part], pol: list[Part], extra: list[Part],
                 attr_selects: list[str], attr_joins: list[str], sample_size: int, dialect: str = "duckdb"):
        self.catalog, self.pol = catalog, pol
        self.criteria = [p for p in req if p.role == "criterion"]
        self.exclusions = [p for p in req if p.role == "exclusion"]
        # Own sizes: the first criterion's is the funnel's first step; exclusions show what they remove.
        self.own_parts = self.criteria[1:]
        self.n_attrs = len(attr_selects)
        key, entity = catalog.entity.key, catalog.entity.table
        later = self.exclusions + pol + extra
        sets: dict[str, str] = {}
        for p in self.criteria + later:
            if p.entity_column is None and p.sql not in sets:
                sets[p.sql] = f"s{len(sets)}"
        # Sets read twice (flag and own size) are computed once; Spark has no such hint and caches on its own.
        counted = {p.sql for p in self.own_parts} if dialect in ("duckdb", "postgres") else set()
        ctes = [f"{name} AS {'MATERIALIZED ' if sql in counted else ''}({sql})" for sql, name in sets.items()]

        def flag(p: Part, alias: str) -> str:
            if p.entity_column:
                return f"{alias}.{p.entity_column} IS NOT NULL AS {p.name}"
            # NOT NULL: one NULL key in a set turns "not in it" into NULL for everyone.
            return f"{alias}.{key} IN (SELECT {key} FROM {sets[p.sql]} WHERE {key} IS NOT NULL) AS {p.name}"

        if self.criteria:
            first = self.criteria[0]
            d1_from = f"{entity} AS b WHERE b.{key} IN (SELECT {key} FROM {sets[first.sql]} WHERE {key} IS NOT NULL)"
        else:
            d1_from = f"{entity} AS b"
        d1_cols = ", ".join([f"b.{key}"] + [flag(p, "b") for p in self.criteria[1:]])
        funnel_cols, conds = ["count(*) AS f0"], []
        for i, p in enumerate(self.criteria[1:], 1):
            conds.append(p.name)
            funnel_cols.append(f"count_if({_and(conds)}) AS f{i}")
        all_criteria = _and([p.name for p in self.criteria[1:]])
        d2_cols = ", ".join(["d1.*"] + [flag(p, "b") for p in later] + attr_selects)
        ctes += [
            f"d1 AS (SELECT {d1_cols} FROM {d1_from})",
            f"funnel AS (SELECT {', '.join(funnel_cols)} FROM d1)",
            f"d2 AS (SELECT {d2_cols} FROM d1 JOIN {entity} AS b ON b.{key} = d1.{key} {' '.join(attr_joins)} "
            f"WHERE {all_criteria})",
        ]
        groups = [f"GROUPING(a{i})" for i in range(self.n_attrs)]
        attrs = [f"a{i}" for i in range(self.n_attrs)]
        aggregates = [*self._totals(later),
                      f"min_by({key}, hash({key}), {int(sample_size)}) FILTER (WHERE {self.final_cond})"
                      if sample_size > 0 else "NULL"]
        extras = [f"(SELECT count(*) FROM {entity})",
                  *(f"(SELECT f{i} FROM funnel)" for i in range(len(self.criteria))),
                  *(f"(SELECT count(DISTINCT {key}) FROM {sets[p.sql]})" for p in self.own_parts)]
        gsets = ", ".join(["()"] + [f"({a})" for a in attrs])
        select = ", ".join([f"[{', '.join(groups)}]" if groups else "[]::INTEGER[]", *attrs, *aggregates])
        # The scalars sit outside the aggregation so that an empty audience still reports them.
        ctes.append(f"agg AS (SELECT {select} FROM d2 GROUP BY GROUPING SETS ({gsets}))")
        self.sql = f"WITH {', '.join(ctes)}\nSELECT agg.*, {', '.join(extras)} FROM agg"

    @staticmethod
    def _removes(p: Part) -> str:
        return p.name if p.role in ("exclusion", "policy_exclude") else f"NOT {p.name}"

    def _totals(self, later: list[Part]) -> list[str]:
        """Counts over d2, whose rows already meet every criterion."""
        exprs, kept = ["count(*)"], []
        for p in self.exclusions + self.pol:
            exprs.append(f"count_if({_and(kept)} AND {self._removes(p)})")
            kept.append(f"NOT ({self._removes(p)})")
        self.request_cond = _and([f"NOT {p.name}" for p in self.exclusions])
        self.final_cond = _and(kept)
        exprs += [f"count_if({self.request_cond})", f"count_if({self.final_cond})"]
        blocked = [f"NOT {p.name}" for p in self.pol if p.role == "policy_exclude" and p.name != "p_pressure_cap"]
        blocked += ["NOT r_cap"] if any(p.name == "r_cap" for p in later) else []
        for ch in self.catalog.policies.channels:
            ok = [self.request_cond, f"r_{ch}_contact", f"r_{ch}_consent"] + blocked
            exprs += [f"count_if({self.request_cond} AND r_{ch}_contact)",
                      f"count_if({self.request_cond} AND r_{ch}_consent)", f"count_if({_and(ok)})"]
        return exprs


def dry_run(defn: AudienceDefinition, catalog: Catalog, wh: Warehouse, *, breakdowns: list[str] | None = None,
            sample_size: int = 20, expected_size: int | None = None, settings=None) -> DryRunResult:
    started = time.perf_counter()
    as_of = defn.resolved_as_of(wh.as_of())
    req = request_parts(defn, catalog)
    pol = policy_parts(catalog, defn.channel, as_of)
    extra = _reach_parts(catalog, as_of) + _cap_part(catalog, pol, as_of)
    attrs = breakdowns if breakdowns is not None else list(catalog.breakdowns)
    attr_selects, attr_joins = _attribute_joins(catalog, attrs, as_of)
    # DuckDB draws the sample in the same pass; other engines lack min_by(x, key, n) and get a second small query.
    dialect = getattr(wh, "dialect", "duckdb")
    in_pass = dialect == "duckdb"
    plan = _Plan(catalog, req, pol, extra, attr_selects, attr_joins, sample_size if in_pass else 0, dialect)
    rows = wh.query(plan.sql, max_rows=100_000).rows
    total_row = next(r for r in rows if all(r[0]))  # the () grouping set: every attribute rolled up
    # Over an empty audience the engine's counts come back NULL: they are zeros.
    values = [0 if v is None else v for v in total_row[1 + plan.n_attrs:]]

    after_criteria = values.pop(0)
    removed = [values.pop(0) for _ in plan.exclusions + pol]
    request_size, final_size = values.pop(0), values.pop(0)
    reach = [values[i:i + 3] for i in range(0, 3 * len(catalog.policies.channels), 3)]
    values = values[3 * len(catalog.policies.channels):]
    sample_keys, base = values.pop(0) or [], values.pop(0)
    funnel_sizes = [values.pop(0) for _ in plan.criteria]
    own = dict(zip([p.name for p in plan.own_parts], values))

    if plan.criteria:
        own[plan.criteria[0].name] = funnel_sizes[0]
    funnel = [Step(name=p.name, label=p.label, phrase=p.phrase, role=p.role, own_size=own[p.name], size_after=size)
              for p, size in zip(plan.criteria, funnel_sizes)]
    after, waterfall = (after_criteria if plan.criteria else base), []
    for p, n in zip(plan.exclusions + pol, removed):
        after -= n
        waterfall.append(Step(name=p.name, label=p.label, phrase=p.phrase, role=p.role, own_size=own.get(p.name, -1),
                              size_after=after, removed=n))
    reachability = [Reach(channel=ch, with_contact=r[0], with_consent=r[1], reachable=r[2])
                    for ch, r in zip(catalog.policies.channels, reach)]

    breakdown_out: dict[str, list[tuple[str, int]]] = {a: [] for a in attrs}
    final_index = 1 + plan.n_attrs + 1 + len(plan.exclusions + pol) + 1
    for r in rows:
        grouping = r[0]
        if all(grouping) or r[final_index] == 0:
            continue
        idx = grouping.index(0)
        value = r[1 + idx]
        breakdown_out[attrs[idx]].append(("(missing)" if value is None else str(value), r[final_index]))
    for values_ in breakdown_out.values():
        values_.sort(key=lambda kv: (-kv[1], kv[0]))  # ties in a fixed order, whatever the engine
    if not in_pass and sample_size and final_size:
        key = catalog.entity.key
        final_sql = compile_parts(req + pol, catalog)
        sample_keys = [r[0] for r in wh.query(f"SELECT {key} FROM ({final_sql}) AS f ORDER BY md5(CAST({key} AS VARCHAR)) "
                                              f"LIMIT {int(sample_size)}", max_rows=sample_size).rows]
    columns, sample = _sample(catalog, wh, sample_keys)

    result = DryRunResult(
        definition_hash=defn.content_hash(), as_of=as_of, channel=defn.channel, base=base, funnel=funnel,
        waterfall=waterfall, request_size=request_size, final_size=final_size,
        share=final_size / base if base else 0.0, reachability=reachability, breakdowns=breakdown_out,
        sample_columns=columns, sample=sample, flags=[],
        elapsed_ms=(time.perf_counter() - started) * 1000)
    result.flags = size_flags(result, expected_size, settings)
    return result


def _sample(catalog: Catalog, wh: Warehouse, keys: list) -> tuple[list[str], list[list]]:
    """The sampled members' profiles, personal data masked."""
    key, entity = catalog.entity.key, catalog.entity.table
    if not keys:
        return [], []
    # Keys come from the warehouse itself; as literals they let the engine skip row groups.
    literals = ", ".join(str(int(k)) if isinstance(k, int) else "'" + str(k).replace("'", "''") + "'" for k in keys)
    res = wh.query(f"SELECT * FROM {entity} WHERE {key} IN ({literals}) ORDER BY md5(CAST({key} AS VARCHAR))",
                   max_rows=len(keys))
    personal = {c.rsplit(".", 1)[1] for c in catalog.personal_columns() if c.rsplit(".", 1)[0] == entity}
    rows = [[mask_value(col, v) if col in personal else _plain(v) for col, v in zip(res.columns, r)] for r in res.rows]
    return res.columns, rows


def _plain(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def size_flags(result: DryRunResult, expected: int | None, settings=None) -> list[SizeFlag]:
    """The size guard: too big in absolute terms, as a share of the base, or far from what the user expected."""
    max_size = getattr(settings, "size_guard_max_size", 250_000)
    max_share = getattr(settings, "size_guard_max_share", 0.5)
    factor = getattr(settings, "size_guard_expected_factor", 3.0)
    flags, size = [], result.final_size
    if size > max_size:
        flags.append(SizeFlag(code="too_large", message=f"{size:,} customers is more than the {max_size:,} limit "
                                                         "(size_guard_max_size)"))
    if result.base and result.share > max_share:
        flags.append(SizeFlag(code="large_share", message=f"{result.share:.0%} of all customers is more than "
                                                           f"{max_share:.0%} (size_guard_max_share)"))
    if expected is not None and expected >= 0:
        ratio = (size + 1) / (expected + 1)
        if ratio > factor or ratio < 1 / factor:
            flags.append(SizeFlag(code="unexpected_size", message=f"{size:,} customers, but {expected:,} were expected "
                                                                  f"({ratio:.1f}x; size_guard_expected_factor is {factor})"))
    if size == 0:
        flags.append(SizeFlag(code="empty", message="nobody matches: check each criterion's own size"))
    return flags
