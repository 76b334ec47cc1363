"""The dry run: what each part of a definition does to the audience, before anyone approves it.

It is one query (see _Plan): each part is computed once, the funnel over the
first criterion's members, everything else over the members of all criteria,
so the cost stays close to that of counting the final audience.
"""
from __future__ import annotations

import datetime as dt
import time

from pydantic import BaseModel

from assistant.audience_sql import Part, compile_parts, distinct_keys, policy_parts, request_parts
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
                parts.append(Part(f"r_{ch}_{p.name[2:]}", p.label, p.sql, p.role, entity_filter=p.entity_filter))
    return parts


def _cap_part(catalog: Catalog, pol: list[Part], as_of: dt.date) -> list[Part]:
    """Reachability needs the pressure cap on every channel, even when the target channel is 'none'."""
    if not catalog.policies.pressure_cap or not catalog.policies.channels:
        return []
    cap = next((p for p in pol if p.name == "p_pressure_cap"), None)
    if cap is None:
        some_channel = next(iter(catalog.policies.channels))
        cap = next(p for p in policy_parts(catalog, some_channel, as_of) if p.name == "p_pressure_cap")
    return [Part("r_cap", cap.label, cap.sql, "policy_exclude", entity_filter=cap.entity_filter)]


class _Attributes:
    """Breakdown attributes as columns a0..an: entity columns read with the entity row, others joined."""

    def __init__(self, catalog: Catalog, attrs: list[str], as_of: dt.date):
        key, entity = catalog.entity.key, catalog.entity.table
        self.on_entity: list[str] = []   # selected from the entity row `b`
        self.joined: list[str] = []      # selected from the joins below
        self.joins: list[str] = []       # LEFT JOINs on `b.key`
        for i, attr in enumerate(attrs):
            alias = f"a{i}"
            if attr in catalog.indicators:
                checked = check_sql(render(catalog.indicators[attr].sql, as_of), catalog, returns=(key, "value"))
                self.joins.append(f"LEFT JOIN ({checked.sql}) AS {alias}_j ON {alias}_j.{key} = b.{key}")
                self.joined.append(f"CAST({alias}_j.value AS VARCHAR) AS {alias}")
            elif attr in catalog.all_columns():
                table, column = attr.rsplit(".", 1)
                if table == entity:
                    self.on_entity.append(f"CAST(b.{column} AS VARCHAR) AS {alias}")
                elif key in catalog.tables[table].columns:
                    self.joins.append(f"LEFT JOIN (SELECT {key}, any_value({column}) AS v FROM {table} GROUP BY {key}) "
                                      f"AS {alias}_j ON {alias}_j.{key} = b.{key}")
                    self.joined.append(f"CAST({alias}_j.v AS VARCHAR) AS {alias}")
                else:
                    raise AudienceError(f"cannot break down by {attr}: {table} has no {key} column",
                                        hint="break down by a column of a table keyed by the customer, or by an indicator")
            else:
                raise AudienceError(f"unknown breakdown attribute '{attr}'",
                                    hint="use schema.table.column or an indicator name from the catalog")
        self.count = len(attrs)


def _and(terms: list[str]) -> str:
    return "(" + " AND ".join(terms) + ")" if terms else "TRUE"


class _Plan:
    """One statement computing the whole dry run, and how to read its result.

    - each part is a flag: a condition on the entity row when the part is a plain filter of the entity
      table, else a probe into a set (a CTE; identical SQL and identical flags are computed once);
    - d1: entity rows of the first criterion (or everyone), with entity flags and attributes -> the funnel;
    - d2: the rows of d1 that meet every criterion (d2b), with the other flags -> totals (waterfall,
      reachability, sample) in one aggregate, breakdowns of the final audience in GROUPING SETS
      (attributes outside the entity table are joined to the final audience only);
    - one row of totals, then one row per breakdown value (UNION ALL keeps the layout portable).
    """

    def __init__(self, catalog: Catalog, req: list[Part], pol: list[Part], extra: list[Part], attrs: _Attributes,
                 sample_size: int, dialect: str = "duckdb"):
        self.catalog, self.pol = catalog, pol
        self.key, self.entity = catalog.entity.key, catalog.entity.table
        self.criteria = [p for p in req if p.role == "criterion"]
        self.exclusions = [p for p in req if p.role == "exclusion"]
        # Own sizes: the first criterion's is the funnel's first step; exclusions show what they remove.
        self.own_parts = self.criteria[1:]
        later = self.exclusions + pol + extra
        self.ctes: list[str] = []
        self.sets = self._sets(self.criteria + later, dialect)
        self.flags: dict[str, str] = {}    # flag expression -> column name
        self.col: dict[str, str] = {}      # part name -> column name
        self.reduced: dict[str, str] = {}  # set -> CTE of its members among d2's rows
        key, entity, rest = self.key, self.entity, self.criteria[1:]

        first = self.criteria[0] if self.criteria else None
        if first is None:
            d1_where = ""
        elif first.entity_filter:
            d1_where = f" WHERE {first.entity_filter}"
        else:
            d1_where = f" WHERE {self._in_set(first)}"
        # The entity row's own flags and attributes are computed before the set probes, so that only
        # narrow columns (not the entity's strings) travel through the joins.
        row = [f"b.{key}", *(c for p in rest + later if p.entity_filter for c in self._flag(p)), *attrs.on_entity]
        probes = [c for p in rest if not p.entity_filter for c in self._flag(p)]
        funnel, conds = ["count(*) AS f0"], []
        for i, p in enumerate(rest, 1):
            conds.append(self.col[p.name])
            funnel.append(f"count_if({_and(conds)}) AS f{i}")
        self.ctes += [
            f"d1 AS (SELECT {', '.join(['b.*', *probes])} FROM (SELECT {', '.join(row)} FROM {entity} AS b{d1_where}) AS b)",
            f"funnel AS (SELECT {', '.join(funnel)} FROM d1)",
            f"d2b AS (SELECT * FROM d1 AS b WHERE {_and([self.col[p.name] for p in rest])})",
        ]
        # Spark computes a CTE again at each reference: the semi joins would recompute d1 once per set.
        d2 = ["b.*", *(c for p in later for c in self._flag(p, among_d2=dialect != "spark"))]
        self.ctes.append(f"d2 AS (SELECT {', '.join(d2)} FROM d2b AS b)")
        self.sql = self._result(attrs, sample_size, one_aggregate=dialect == "spark")

    def _sets(self, parts: list[Part], dialect: str) -> dict[str, str]:
        """A CTE per distinct set (parts that are not entity filters): {sql: name}."""
        key = self.key
        counted = {p.sql for p in self.own_parts if not p.entity_filter}
        sets: dict[str, str] = {}
        for p in parts:
            if p.entity_filter or p.sql in sets:
                continue
            name = sets[p.sql] = f"s{len(sets)}"
            if p.sql in counted:
                # Counted and probed: distinct keys once, so the count is a plain count and the probe smaller.
                hint = "MATERIALIZED " if dialect in ("duckdb", "postgres") else ""
                distinct = "" if distinct_keys(p.sql, key) else "DISTINCT "
                self.ctes.append(f"{name} AS {hint}(SELECT {distinct}{key} FROM ({p.sql}) AS q WHERE {key} IS NOT NULL)")
            else:
                self.ctes.append(f"{name} AS ({p.sql})")
        return sets

    def _in_set(self, p: Part) -> str:
        # NOT NULL: one NULL key in a set turns "not in it" into NULL for everyone.
        return f"b.{self.key} IN (SELECT {self.key} FROM {self.sets[p.sql]} WHERE {self.key} IS NOT NULL)"

    def _flag(self, p: Part, *, among_d2: bool = False) -> list[str]:
        """The column saying whether a row is in part `p`: [its definition] the first time, [] after."""
        key = self.key
        if p.entity_filter:
            expr = p.entity_filter
        elif among_d2:
            # First the set's members among d2's rows (a semi join: the engine builds on the smaller side and
            # filters the set's scan), then a probe into that small result. A plain probe would hash the
            # whole set (every customer with an SMS consent) to flag a few thousand rows.
            if p.sql not in self.reduced:
                self.reduced[p.sql] = name = f"m{len(self.reduced)}"
                self.ctes.append(f"{name} AS (SELECT {key} FROM d2b AS b WHERE {self._in_set(p)})")
            expr = f"b.{key} IN (SELECT {key} FROM {self.reduced[p.sql]})"
        else:
            expr = self._in_set(p)
        new = expr not in self.flags
        if new:  # a set named twice (the target channel's consent and its reach) is probed once
            self.flags[expr] = f"k{len(self.flags)}"
        self.col[p.name] = self.flags[expr]
        return [f"{expr} AS {self.flags[expr]}"] if new else []

    def _result(self, attrs: _Attributes, sample_size: int, *, one_aggregate: bool) -> str:
        """Row layout: is_total, grouping, a0..an, the final size, other totals, sample, scalars.

        Totals and breakdowns are two aggregates over d2 (breakdowns need only the final size), except on
        engines that compute a CTE again at each reference: there one GROUPING SETS aggregate does both.
        """
        key, entity = self.key, self.entity
        totals = self._totals()
        sample = (f"min_by({key}, hash({key}), {int(sample_size)}) FILTER (WHERE {self.final_cond})"
                  if sample_size > 0 else "NULL")
        own = [f"(SELECT count(*) FROM {entity} AS b WHERE {p.entity_filter})" if p.entity_filter
               else f"(SELECT count(*) FROM {self.sets[p.sql]})" for p in self.own_parts]
        scalars = [f"(SELECT count(*) FROM {entity})", *(f"(SELECT f{i} FROM funnel)" for i in range(len(self.criteria))),
                   *own]
        n = attrs.count
        self.final_at = 2 + n
        names = [f"a{i}" for i in range(n)]
        grouping = f"[{', '.join(f'GROUPING({a})' for a in names)}]" if n else "[]::INTEGER[]"
        with_attrs = f"SELECT {', '.join(['b.*', *attrs.joined])} FROM d2 AS b {' '.join(attrs.joins)}"
        if one_aggregate:
            is_total = f"CASE WHEN {' + '.join(f'GROUPING({a})' for a in names) or '0'} = {n} THEN 1 ELSE 0 END"
            sets = ", ".join(["()", *(f"({a})" for a in names)])
            self.ctes.append(f"agg AS (SELECT {is_total}, {grouping}, {', '.join([*names, *totals, sample])} "
                             f"FROM ({with_attrs}) AS f GROUP BY GROUPING SETS ({sets}))")
            return f"WITH {', '.join(self.ctes)}\nSELECT agg.*, {', '.join(scalars)} FROM agg"
        self.ctes.append(f"tot AS (SELECT {', '.join(totals)}, {sample} AS sample FROM d2)")
        head = ["1", f"[{', '.join(['1'] * n)}]" if n else "[]::INTEGER[]", *(["NULL"] * n)]
        sql = f"WITH {', '.join(self.ctes)}\nSELECT {', '.join(head)}, tot.*, {', '.join(scalars)} FROM tot"
        if not n:
            return sql
        # Joined attributes are looked up for the final audience only.
        return (f"{sql}\nUNION ALL\nSELECT 0, {grouping}, {', '.join(names)}, count(*), "
                f"{', '.join(['NULL'] * (len(totals) + len(scalars)))} FROM ({with_attrs} WHERE {self.final_cond}) AS f "
                f"GROUP BY GROUPING SETS ({', '.join(f'({a})' for a in names)})")

    def _removes(self, p: Part) -> str:
        return self.col[p.name] if p.role in ("exclusion", "policy_exclude") else f"NOT {self.col[p.name]}"

    def _totals(self) -> list[str]:
        """Counts over d2, whose rows already meet every criterion; the final size comes first."""
        exprs, kept = ["count(*)"], []
        for p in self.exclusions + self.pol:
            exprs.append(f"count_if({_and(kept)} AND {self._removes(p)})")
            kept.append(f"NOT ({self._removes(p)})")
        self.request_cond = _and([f"NOT {self.col[p.name]}" for p in self.exclusions])
        self.final_cond = _and(kept)
        exprs += [f"count_if({self.request_cond})"]
        blocked = [f"NOT {self.col[p.name]}" for p in self.pol if p.role == "policy_exclude" and p.name != "p_pressure_cap"]
        blocked += [f"NOT {self.col['r_cap']}"] if "r_cap" in self.col else []
        for ch in self.catalog.policies.channels:
            contact, consent = self.col[f"r_{ch}_contact"], self.col[f"r_{ch}_consent"]
            ok = [self.request_cond, contact, consent] + blocked
            exprs += [f"count_if({self.request_cond} AND {contact})",
                      f"count_if({self.request_cond} AND {consent})", f"count_if({_and(ok)})"]
        return [f"count_if({self.final_cond})", *exprs]


def dry_run(defn: AudienceDefinition, catalog: Catalog, wh: Warehouse, *, breakdowns: list[str] | None = None,
            sample_size: int = 20, expected_size: int | None = None, settings=None) -> DryRunResult:
    started = time.perf_counter()
    as_of = defn.resolved_as_of(wh.as_of())
    req = request_parts(defn, catalog)
    pol = policy_parts(catalog, defn.channel, as_of)
    extra = _reach_parts(catalog, as_of) + _cap_part(catalog, pol, as_of)
    attrs = breakdowns if breakdowns is not None else list(catalog.breakdowns)
    # DuckDB draws the sample in the same pass; other engines lack min_by(x, key, n) and get a second small query.
    dialect = getattr(wh, "dialect", "duckdb")
    in_pass = dialect == "duckdb"
    plan = _Plan(catalog, req, pol, extra, _Attributes(catalog, attrs, as_of), sample_size if in_pass else 0, dialect)
    rows = wh.query(plan.sql, max_rows=100_000).rows
    total_row = next(r for r in rows if r[0] == 1)
    # Over an empty audience the engine's counts come back NULL: they are zeros.
    values = [0 if v is None else v for v in total_row[plan.final_at:]]

    final_size, after_criteria = values.pop(0), values.pop(0)
    removed = [values.pop(0) for _ in plan.exclusions + pol]
    request_size = values.pop(0)
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
    for r in rows:
        if r[0] == 1 or not r[plan.final_at]:
            continue
        idx = list(r[1]).index(0)
        value = r[2 + idx]
        breakdown_out[attrs[idx]].append(("(missing)" if value is None else str(value), r[plan.final_at]))
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
