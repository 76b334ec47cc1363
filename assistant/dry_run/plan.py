"""The dry run as one statement, and the names of its result columns.

Each part is computed once, the funnel over the first criterion's members, everything else over the
members of all criteria, so the cost stays close to that of counting the final audience.
"""
from __future__ import annotations

import datetime as dt

from sqlglot import exp

from assistant.definition import AudienceDefinition
from assistant.dry_run.breakdown import resolve
from assistant.sql.compile import Part, plain_filter, policy_parts, request_parts
from schema_catalog.model import Catalog


def reach_parts(catalog: Catalog, as_of: dt.date) -> list[Part]:
    """Contact and consent for every channel, renamed so they can sit beside the target channel's."""
    parts = []
    for ch in catalog.policies.channels:
        for p in policy_parts(catalog, ch, as_of):
            if p.name in ("p_contact", "p_consent"):
                parts.append(Part(f"r_{ch}_{p.name[2:]}", p.label, p.sql, p.role, entity_filter=p.entity_filter))
    return parts


def cap_part(catalog: Catalog, pol: list[Part], as_of: dt.date) -> list[Part]:
    """Reachability needs the pressure cap on every channel, even when the target channel is 'none'."""
    if not catalog.policies.pressure_cap or not catalog.policies.channels:
        return []
    cap = next((p for p in pol if p.name == "p_pressure_cap"), None)
    if cap is None:
        some_channel = next(iter(catalog.policies.channels))
        cap = next(p for p in policy_parts(catalog, some_channel, as_of) if p.name == "p_pressure_cap")
    return [Part("r_cap", cap.label, cap.sql, "policy_exclude", entity_filter=cap.entity_filter)]


class Attributes:
    """Breakdown attributes as columns a0..an, read for the final audience only (d2's rows, see Plan._result):
    the entity's columns in one join of the entity table (`e`), the others in their own joins.

    Read with the entity row at the head of the funnel, the attributes' strings travelled through every step
    for every candidate: at 1M customers that cost more than counting the final audience's breakdowns."""

    def __init__(self, catalog: Catalog, attrs: list[str], as_of: dt.date):
        key, entity, resolved = catalog.entity.key, catalog.entity.table, resolve(catalog, attrs, as_of)
        self.columns = [_on_entity_join(a.column(f"a{i}")).sql(dialect="duckdb") if a.join is None
                        else a.column(f"a{i}").sql(dialect="duckdb") for i, a in enumerate(resolved)]
        self.joins = [f"LEFT JOIN {entity} AS e ON e.{key} = b.{key}"] if any(a.join is None for a in resolved) else []
        self.joins += [f"LEFT JOIN {a.join.sql(dialect='duckdb')} ON {a.join.alias}.{key} = b.{key}"
                       for a in resolved if a.join is not None]
        self.count = len(attrs)


def _on_entity_join(column: exp.Expr) -> exp.Expr:
    """An entity attribute (over the entity row `b`) read from the entity table joined as `e`."""
    return column.transform(lambda n: exp.column(n.name, table="e") if isinstance(n, exp.Column) and n.table == "b" else n)


_PLANS: dict[tuple, tuple[Catalog, Plan]] = {}
_PLANS_LIMIT = 256


def plan_for(defn: AudienceDefinition, catalog: Catalog, as_of: dt.date, *, breakdowns: list[str], sample_size: int,
             dialect: str) -> Plan:
    """The one place a definition becomes the query the dry run counts and the export selects.

    Built once per definition (all of it: labels name the steps), catalog object, date, breakdowns, sample
    size and dialect: compiling and guarding every part and resolving the breakdowns costs a tenth of the
    dry run on a small warehouse, and one definition is dry-run again and again (reruns, own sizes, the
    export's members). A plan is never changed once built; the entry holds the catalog, so its id cannot
    be reused by another object while cached.
    """
    key = (defn.model_dump_json(), id(catalog), as_of, tuple(breakdowns), sample_size, dialect)
    hit = _PLANS.get(key)
    if hit is not None and hit[0] is catalog:
        return hit[1]
    plan = _build(defn, catalog, as_of, breakdowns=breakdowns, sample_size=sample_size, dialect=dialect)
    if len(_PLANS) >= _PLANS_LIMIT:
        _PLANS.clear()
    _PLANS[key] = (catalog, plan)
    return plan


def _build(defn: AudienceDefinition, catalog: Catalog, as_of: dt.date, *, breakdowns: list[str], sample_size: int,
           dialect: str) -> Plan:
    req = request_parts(defn, catalog)
    pol = policy_parts(catalog, defn.channel, as_of)
    extra = reach_parts(catalog, as_of) + cap_part(catalog, pol, as_of)
    return Plan(catalog, req, pol, extra, Attributes(catalog, breakdowns, as_of), sample_size, dialect)


def _and(terms: list[str]) -> str:
    return "(" + " AND ".join(terms) + ")" if terms else "TRUE"


class Plan:
    """One statement computing the whole dry run; its result columns are named (see _result).

    - each part is a flag: a condition on the entity row when the part is a plain filter of the entity
      table, else a probe into a set (a CTE; identical SQL and identical flags are computed once);
    - d1: entity rows of the first criterion (or everyone), with entity flags -> the funnel;
    - d2: the rows of d1 that meet every criterion (d2b), with the other flags (plain filters of one table,
      like consent per channel, read in one scan of that table over d2b's keys) -> totals (waterfall,
      reachability, sample) in one aggregate, breakdowns of the final audience in GROUPING SETS
      (attributes are joined to the final audience only, see Attributes);
    - one row of totals, then one row per breakdown value (UNION ALL keeps the layout portable).
    """

    def __init__(self, catalog: Catalog, req: list[Part], pol: list[Part], extra: list[Part], attrs: Attributes,
                 sample_size: int, dialect: str = "duckdb"):
        self.catalog, self.pol = catalog, pol
        self.key, self.entity = catalog.entity.key, catalog.entity.table
        self.criteria = [p for p in req if p.role == "criterion"]
        self.exclusions = [p for p in req if p.role == "exclusion"]
        later = self.exclusions + pol + extra
        self.ctes: list[str] = []
        # Spark computes a CTE again at each reference: the semi joins would recompute d1 once per set.
        self.among_d2 = dialect != "spark"
        self.sets = self._sets(self.criteria + [p for p in later if not self._pivoted(p)])
        self.flags: dict[str, str] = {}    # flag expression -> column name
        self.col: dict[str, str] = {}      # part name -> column name
        self.reduced: dict[str, str] = {}  # set -> CTE of its members among d2's rows
        self.pivots: dict[str, dict[str, str]] = {}  # table -> {condition: value column}, read once for d2's rows
        key, entity, rest = self.key, self.entity, self.criteria[1:]

        first = self.criteria[0] if self.criteria else None
        if first is None:
            d1_where = ""
        elif first.entity_filter:
            d1_where = f" WHERE {first.entity_filter}"
        else:
            d1_where = f" WHERE {self._in_set(first)}"
        # The entity row's own flags are computed before the set probes, so that only
        # narrow columns (not the entity's strings) travel through the joins.
        row = [f"b.{key}", *(c for p in rest + later if p.entity_filter for c in self._flag(p))]
        d1 = f"SELECT {', '.join(row)} FROM {entity} AS b{d1_where}"
        self.ctes += self._funnel_steps(d1, rest) if self.among_d2 else self._funnel_flags(d1, rest)
        # Spark computes a CTE again at each reference: the semi joins would recompute d1 once per set.
        d2 = ["b.*", *(c for p in later for c in self._flag(p, among_d2=self.among_d2))]
        self.ctes.append(f"d2 AS (SELECT {', '.join(d2)} FROM d2b AS b{self._pivot_joins()})")
        self.member_ctes = list(self.ctes)  # what the members query shares with the count, before the aggregates
        self.sql = self._result(attrs, sample_size, one_aggregate=dialect == "spark")

    def _funnel_steps(self, d1: str, rest: list[Part]) -> list[str]:
        """The funnel as a chain: each criterion filters the rows the previous ones kept (d1, e1, e2 ... -> d2b).

        A set is probed with the surviving keys only, so the engine builds on the smaller side and skips
        most of the set's rows, as a hand-written chain of IN conditions does.
        """
        ctes, prev = [f"d1 AS ({d1})"], "d1"
        for i, p in enumerate(rest, 1):
            cond = f"b.{self.col[p.name]}" if p.entity_filter else self._in_set(p)  # entity flags are on d1's row
            ctes.append(f"e{i} AS (SELECT * FROM {prev} AS b WHERE {cond})")
            prev = f"e{i}"
        # One row of counts, pivoted from a union: a scalar subquery per step put every step in one join graph,
        # which DuckDB's join orderer took 28 ms to plan at 10 criteria (more than running the statement).
        steps = " UNION ALL ".join(f"SELECT {i} AS step, count(*) AS n FROM {'d1' if i == 0 else f'e{i}'}"
                                   for i in range(len(rest) + 1))
        counts = ", ".join(f"max(CASE WHEN step = {i} THEN n END) AS f{i}" for i in range(len(rest) + 1))
        return ctes + [f"funnel AS (SELECT {counts} FROM ({steps}) AS u)", f"d2b AS (SELECT * FROM {prev})"]

    def _funnel_flags(self, d1: str, rest: list[Part]) -> list[str]:
        """The funnel as flags on d1's rows, counted in one aggregate: for engines that compute a CTE again at
        each reference (Spark), where a chain would recompute its head once per step."""
        probes = [c for p in rest if not p.entity_filter for c in self._flag(p)]
        funnel, conds = ["count(*) AS f0"], []
        for i, p in enumerate(rest, 1):
            conds.append(self.col[p.name])
            funnel.append(f"count_if({_and(conds)}) AS f{i}")
        return [f"d1 AS (SELECT {', '.join(['b.*', *probes])} FROM ({d1}) AS b)",
                f"funnel AS (SELECT {', '.join(funnel)} FROM d1)",
                f"d2b AS (SELECT * FROM d1 AS b WHERE {_and([self.col[p.name] for p in rest])})"]

    def members_sql(self, contact: str | None) -> tuple[str, list[str]]:
        """The final audience itself (key, and the channel's contact column), ordered by key: the very CTEs
        and final condition this plan counts, selected instead of counted. The export runs this query, so
        nothing the count leaves out can come back (or go missing) at send time."""
        key, entity = self.key, self.entity
        head = f"WITH {', '.join(self.member_ctes)}\n"
        final = f"SELECT b.{key} FROM d2 AS b WHERE {self.final_cond}"
        if contact is None:
            return f"{head}SELECT f.{key} FROM ({final}) AS f ORDER BY f.{key}", [key]
        table, column = contact.rsplit(".", 1)
        if table == entity:
            return (f"{head}SELECT f.{key}, c.{column} FROM ({final}) AS f JOIN {entity} AS c ON c.{key} = f.{key} "
                    f"ORDER BY f.{key}"), [key, column]
        return (f"{head}SELECT f.{key}, any_value(c.{column}) AS {column} FROM ({final}) AS f JOIN {table} AS c "
                f"ON c.{key} = f.{key} GROUP BY f.{key} ORDER BY f.{key}"), [key, column]

    def _pivoted(self, p: Part) -> bool:
        """A later part read in its table's pivot (see _pivot_joins) rather than as a set."""
        return self.among_d2 and not p.entity_filter and plain_filter(p.sql, self.key) is not None

    def _sets(self, parts: list[Part]) -> dict[str, str]:
        """A CTE per distinct set (parts that are not entity filters): {sql: name}."""
        sets: dict[str, str] = {}
        for p in parts:
            if p.entity_filter or p.sql in sets:
                continue
            name = sets[p.sql] = f"s{len(sets)}"
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
        elif among_d2 and self._pivoted(p):
            expr = self._pivot_flag(*plain_filter(p.sql, key))
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

    def _pivot_flag(self, table: str, cond: str) -> str:
        """A plain filter of a table, read with every other filter of that table in one scan (see _pivot_joins)."""
        values = self.pivots.setdefault(table, {})
        values.setdefault(cond, f"v{len(values)}")
        return f"COALESCE(r{list(self.pivots).index(table)}.{values[cond]}, FALSE)"

    def _pivot_joins(self) -> str:
        """One scan per table over d2's keys, every filter of it a column (bool_or per customer), joined once.

        Consent for email, SMS and push is one table read once, not three probes of three sets.
        """
        key, joins = self.key, []
        for i, (table, values) in enumerate(self.pivots.items()):
            cols = ", ".join(f"bool_or({cond}) AS {name}" for cond, name in values.items())
            self.ctes.append(f"r{i} AS (SELECT b.{key}, {cols} FROM {table} AS b "
                             f"WHERE b.{key} IN (SELECT {key} FROM d2b) GROUP BY b.{key})")
            joins.append(f" LEFT JOIN r{i} ON r{i}.{key} = b.{key}")
        return "".join(joins)

    def _result(self, attrs: Attributes, sample_size: int, *, one_aggregate: bool) -> str:
        """Columns by name: is_total, grouping, a0..an, the totals (final_size first), sample, the scalars
        (with `profiles`, the sampled members' entity rows as structs, when the sample is drawn here).

        Totals and breakdowns are two aggregates over d2 (breakdowns need only the final size), except on
        engines that compute a CTE again at each reference: there one GROUPING SETS aggregate does both.
        Names are positions (removed_0, reach_1_consent), never catalog text.
        """
        key, entity = self.key, self.entity
        totals = [f"{expr} AS {name}" for name, expr in self._totals()]
        sample = (f"min_by({key}, hash({key}), {int(sample_size)}) FILTER (WHERE {self.final_cond})"
                  if sample_size > 0 else "NULL")
        scalars = [f"(SELECT count(*) FROM {entity}) AS base",
                   *(f"funnel.f{i} AS funnel_{i}" for i in range(len(self.criteria)))]
        if sample_size > 0 and not one_aggregate:
            # The sampled members' entity rows in the same statement: a second round trip for 20 rows cost
            # about as much as the rest of the dry run's extras on a small warehouse.
            scalars.append(f"(SELECT list(e ORDER BY md5(CAST(e.{key} AS VARCHAR))) FROM {entity} AS e "
                           f"WHERE e.{key} IN (SELECT unnest(sample) FROM tot)) AS profiles")
        n = attrs.count
        names = [f"a{i}" for i in range(n)]
        grouping = f"[{', '.join(f'GROUPING({a})' for a in names)}]" if n else "[]::INTEGER[]"
        with_attrs = f"SELECT {', '.join(['b.*', *attrs.columns])} FROM d2 AS b {' '.join(attrs.joins)}"
        if one_aggregate:
            is_total = f"CASE WHEN {' + '.join(f'GROUPING({a})' for a in names) or '0'} = {n} THEN 1 ELSE 0 END"
            sets = ", ".join(["()", *(f"({a})" for a in names)])
            self.ctes.append(f"agg AS (SELECT {is_total} AS is_total, {grouping} AS grp, "
                             f"{', '.join([*names, *totals, f'{sample} AS sample'])} "
                             f"FROM ({with_attrs}) AS f GROUP BY GROUPING SETS ({sets}))")
            return f"WITH {', '.join(self.ctes)}\nSELECT agg.*, {', '.join(scalars)} FROM agg CROSS JOIN funnel"
        self.ctes.append(f"tot AS (SELECT {', '.join(totals)}, {sample} AS sample FROM d2)")
        head = ["1 AS is_total", (f"[{', '.join(['1'] * n)}]" if n else "[]::INTEGER[]") + " AS grp",
                *(f"NULL AS {a}" for a in names)]
        sql = f"WITH {', '.join(self.ctes)}\nSELECT {', '.join(head)}, tot.*, {', '.join(scalars)} FROM tot CROSS JOIN funnel"
        if not n:
            return sql
        # Joined attributes are looked up for the final audience only; UNION ALL keeps the first select's names.
        return (f"{sql}\nUNION ALL\nSELECT 0, {grouping}, {', '.join(names)}, count(*), "
                f"{', '.join(['NULL'] * (len(totals) + len(scalars)))} FROM ({with_attrs} WHERE {self.final_cond}) AS f "
                f"GROUP BY GROUPING SETS ({', '.join(f'({a})' for a in names)})")

    def _removes(self, p: Part) -> str:
        return self.col[p.name] if p.role in ("exclusion", "policy_exclude") else f"NOT {self.col[p.name]}"

    def _totals(self) -> list[tuple[str, str]]:
        """(name, count) over d2, whose rows already meet every criterion; the final size comes first."""
        exprs, kept = [("after_criteria", "count(*)")], []
        for i, p in enumerate(self.exclusions + self.pol):
            exprs.append((f"removed_{i}", f"count_if({_and(kept)} AND {self._removes(p)})"))
            kept.append(f"NOT ({self._removes(p)})")
        self.request_cond = _and([f"NOT {self.col[p.name]}" for p in self.exclusions])
        self.final_cond = _and(kept)
        exprs.append(("request_size", f"count_if({self.request_cond})"))
        blocked = [f"NOT {self.col[p.name]}" for p in self.pol if p.role == "policy_exclude" and p.name != "p_pressure_cap"]
        blocked += [f"NOT {self.col['r_cap']}"] if "r_cap" in self.col else []
        for i, ch in enumerate(self.catalog.policies.channels):
            contact, consent = self.col[f"r_{ch}_contact"], self.col[f"r_{ch}_consent"]
            ok = [self.request_cond, contact, consent] + blocked
            exprs += [(f"reach_{i}_contact", f"count_if({self.request_cond} AND {contact})"),
                      (f"reach_{i}_consent", f"count_if({self.request_cond} AND {consent})"),
                      (f"reach_{i}_reachable", f"count_if({_and(ok)})")]
        return [("final_size", f"count_if({self.final_cond})"), *exprs]
