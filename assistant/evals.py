"""Replay the golden prompts and measure the translator by execution, not by SQL text.

A translation matches when its audience (the request's own SQL, without the
policy layer) holds exactly the gold customer keys on the golden warehouse.
The costly failure is the silent one: a wrong audience with no warning.
"""
from __future__ import annotations

import datetime as dt
import json
import statistics
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml
from pydantic import BaseModel

from assistant.demo.golden import golden_warehouse
from assistant.sql.compile import compile_sql
from assistant.errors import AudienceError
from assistant.package_data import catalogs_dir, evals_dir
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from schema_catalog import load_catalog

GOLDEN_DIR = evals_dir() / "golden"
CATALOGS = {
    "demo_retailer": catalogs_dir() / "demo_retailer.yaml",
    "streambox": catalogs_dir() / "catalogs" / "streambox.yaml",
    "tpcds": catalogs_dir() / "catalogs" / "tpcds.yaml",
    "outdoor": catalogs_dir() / "catalogs" / "outdoor.yaml",
    "hotels": catalogs_dir() / "catalogs" / "hotels.yaml",
    "grocery": catalogs_dir() / "catalogs" / "grocery.yaml",
    "autos": catalogs_dir() / "catalogs" / "autos.yaml",
    "resale": catalogs_dir() / "catalogs" / "resale.yaml",
    "beauty": catalogs_dir() / "catalogs" / "beauty.yaml",
    "furniture": catalogs_dir() / "catalogs" / "furniture.yaml",
    "travel": catalogs_dir() / "catalogs" / "travel.yaml",
    "insurance": catalogs_dir() / "catalogs" / "insurance.yaml",
    "telecom": catalogs_dir() / "catalogs" / "telecom.yaml",
    "fitness": catalogs_dir() / "catalogs" / "fitness.yaml",
    "culture": catalogs_dir() / "catalogs" / "culture.yaml",
}
GATE_MATCH, GATE_SILENT = 0.90, 0.02
# The statuses that pass a prompt expected not to give an audience; any other expectation wants a refusal.
PASSING_STATUS = {"clarify": {"clarify"}, "refuse": {"refused"}, "flag": {"clarify", "refused"}}
# libyaml's loader when PyYAML has it (the same values on every golden file, ten times faster: the CI replay loads
# 80 files), else PyYAML's own.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Golden(BaseModel):
    id: str
    request: str
    tags: list[str] = []
    difficulty: str = "medium"
    gold: str | None = None
    expect: str = "audience"          # audience | clarify | refuse | flag (a question or a refusal)
    as_of: dt.date
    notes: str = ""
    catalog: str


class Outcome(BaseModel):
    id: str
    catalog: str
    request: str
    tags: list[str]
    expect: str
    status: str
    match: bool
    jaccard: float
    valid_sql: bool
    warned: bool
    silent_wrong: bool
    gold_size: int | None = None
    size: int | None = None
    latency_ms: float
    sql: str | None = None
    gold: str | None = None
    warnings: list[str] = []
    error: str | None = None


def load_golden(paths: list[Path] | None = None) -> list[Golden]:
    prompts = []
    for path in paths or sorted(GOLDEN_DIR.glob("*.yaml")):
        data = yaml.load(path.read_text(), Loader=_LOADER)
        for p in data["prompts"]:
            p.setdefault("as_of", data["as_of"])
            prompts.append(Golden(catalog=data["catalog"], **p))
    return prompts


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


# The same request as marketers also type it: a brief in capitals, a chat message in lower case, French without its
# accents. Each has the original's gold: the answer must not change without a word.
FORMS = {"caps": str.upper, "lower": str.lower, "unaccented": _unaccented}


def typed_forms(prompts: list[Golden]) -> list[Golden]:
    """Each prompt typed in each of FORMS that changes it, with the same gold and expectation."""
    return [p.model_copy(update={"id": f"{p.id}~{name}", "request": form(p.request), "tags": [*p.tags, f"typed:{name}"]})
            for p in prompts for name, form in FORMS.items() if form(p.request) != p.request]


def recombined(make_translator, cache: Path, prompts: list[Golden], **sizes) -> tuple[list[Outcome], list[Outcome]]:
    """The prompts replayed, then the requests composed from their right, unflagged answers (recombine.recombine:
    two joined, one excluded from another, united, three said at once, one reshaped; golds derived from theirs)
    replayed too: both outcomes. `sizes`: how many pairs and triples recombine draws per set (its defaults)."""
    from assistant.recombine import read_of, recombine

    said: dict = {}
    outcomes = run_eval(make_translator, cache, prompts, said)
    right = {o.id for o in outcomes if o.match and not o.warned and o.expect == "audience"}
    base = [(p, said[p.id].language, read_of(said[p.id].definition)) for p in prompts if p.id in right]
    return outcomes, run_eval(make_translator, cache, recombine(base, **sizes))


def swapped(make_translator, cache: Path, prompts: list[Golden]) -> tuple[list[Outcome], list[Outcome]]:
    """The prompts replayed, then their right, unflagged answers said again with one catalog phrase swapped for
    another of the same element and form (swap.swap; the gold is theirs) replayed too: both outcomes."""
    from assistant.swap import swap

    said: dict = {}
    values: dict[str, dict | None] = {}

    def making(catalog, wh):      # the warehouse's values the translator reads: its lexicons, shared (built once)
        translator = make_translator(catalog, wh)
        values[catalog.name] = getattr(translator, "values", None)
        return translator

    outcomes = run_eval(making, cache, prompts, said)
    right = {o.id for o in outcomes if o.match and not o.warned and o.expect == "audience"}
    base = [(p, said[p.id]) for p in prompts if p.id in right]
    catalogs = {name: load_catalog(CATALOGS[name]) for name in sorted({p.catalog for p, _ in base})}
    return outcomes, run_eval(make_translator, cache, swap(base, catalogs, values))


def _keys(wh: DuckDBWarehouse, sql: str) -> set:
    return {r[0] for r in wh.query(sql, max_rows=10_000_000).rows if r[0] is not None}


def run_eval(make_translator, cache: Path, prompts: list[Golden] | None = None,
             translations: dict | None = None) -> list[Outcome]:
    """`make_translator(catalog, warehouse)` returns an object with translate(request, as_of). `translations`, when
    given, receives each prompt's translation by its id (the recombination replay reads their parts)."""
    prompts = prompts if prompts is not None else load_golden()
    outcomes = []
    by_catalog = defaultdict(list)
    for p in prompts:
        by_catalog[p.catalog].append(p)
    for name, items in by_catalog.items():
        catalog = load_catalog(CATALOGS[name])
        with DuckDBWarehouse(golden_warehouse(name, cache), time_limit_ms=60_000) as wh:
            translator = make_translator(catalog, wh)
            golds: dict[str, set] = {}      # a paraphrase or a translation shares its original's gold: run once
            ran: dict[tuple, set] = {}      # and often its translation's parts: those run once too
            for p in items:
                outcomes.append(_judge(p, translator, catalog, wh, golds, ran, translations))
    return outcomes


def _parts(definition) -> tuple:
    """What decides the customers of a definition's compiled SQL: each part's SQL, in its place. The rest of that
    text (labels and phrases) is comments; two definitions with the same parts select the same keys."""
    return tuple(c.sql for c in definition.criteria), tuple(c.sql for c in definition.exclusions)


def _judge(p: Golden, translator, catalog, wh: DuckDBWarehouse, golds: dict[str, set],
           ran: dict[tuple, set] | None = None, translations: dict | None = None) -> Outcome:
    started = time.perf_counter()
    base = dict(id=p.id, catalog=p.catalog, request=p.request, tags=p.tags, expect=p.expect, gold=p.gold)
    try:
        result = translator.translate(p.request, p.as_of)
        if translations is not None:
            translations[p.id] = result
    except AudienceError as exc:
        return Outcome(**base, status="error", match=False, jaccard=0.0, valid_sql=False, warned=True,
                       silent_wrong=False, latency_ms=(time.perf_counter() - started) * 1000, error=str(exc))
    latency = (time.perf_counter() - started) * 1000
    warned = bool(result.warnings or result.unrecognized or result.clarifications or result.status != "ok")
    if p.expect != "audience":
        ok = result.status in PASSING_STATUS.get(p.expect, {"refused"})
        return Outcome(**base, status=result.status, match=ok, jaccard=1.0 if ok else 0.0, valid_sql=True, warned=warned,
                       silent_wrong=not ok and not warned, latency_ms=latency, warnings=result.warnings)
    if p.gold not in golds:
        golds[p.gold] = _keys(wh, p.gold)
    gold = golds[p.gold]
    if result.definition is None or result.status != "ok":
        return Outcome(**base, status=result.status, match=False, jaccard=0.0, valid_sql=False, warned=True,
                       silent_wrong=False, gold_size=len(gold), latency_ms=latency, warnings=result.warnings)
    try:
        sql = compile_sql(result.definition, catalog)   # always: its guard's verdict, and the SQL reported
        parts = _parts(result.definition)
        ran = {} if ran is None else ran
        if parts not in ran:
            ran[parts] = _keys(wh, sql)
        got = ran[parts]
    except AudienceError as exc:
        return Outcome(**base, status="invalid_sql", match=False, jaccard=0.0, valid_sql=False, warned=warned,
                       silent_wrong=False, gold_size=len(gold), latency_ms=latency, error=str(exc), warnings=result.warnings)
    match = got == gold
    union = len(got | gold)
    return Outcome(**base, status=result.status, match=match, jaccard=len(got & gold) / union if union else 1.0,
                   valid_sql=True, warned=warned, silent_wrong=not match and not warned, gold_size=len(gold),
                   size=len(got), latency_ms=latency, sql=sql, warnings=result.warnings)


def summarize(outcomes: list[Outcome]) -> dict:
    def block(items: list[Outcome]) -> dict:
        n = len(items) or 1
        right = [o for o in items if o.match and o.expect == "audience"]
        return {"prompts": len(items), "execution_match": sum(o.match for o in items) / n,
                # the product's promise: an answer is right, or it says which phrase it could not read
                "right_or_flagged": sum(o.match or o.warned for o in items) / n,
                "mean_jaccard": sum(o.jaccard for o in items) / n, "valid_sql": sum(o.valid_sql for o in items) / n,
                "silent_wrong": sum(o.silent_wrong for o in items) / n, "warned": sum(o.warned for o in items) / n,
                # a flag on a right answer is noise that teaches the marketer to ignore flags
                "flags_on_right": sum(o.warned for o in right) / (len(right) or 1),
                "refused": sum(o.status == "refused" for o in items) / n,
                "clarify": sum(o.status == "clarify" for o in items) / n}

    latencies = sorted(o.latency_ms for o in outcomes) or [0.0]
    tags = defaultdict(list)
    for o in outcomes:
        for t in o.tags:
            tags[t].append(o)
    catalogs = defaultdict(list)
    for o in outcomes:
        catalogs[o.catalog].append(o)
    overall = block(outcomes)
    overall.update(latency_p50_ms=statistics.median(latencies),
                   latency_p95_ms=latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))])
    overall["gate_passed"] = overall["execution_match"] >= GATE_MATCH and overall["silent_wrong"] <= GATE_SILENT
    return {"overall": overall, "by_catalog": {k: block(v) for k, v in sorted(catalogs.items())},
            "by_tag": {k: block(v) for k, v in sorted(tags.items())}}


def markdown(summary: dict, outcomes: list[Outcome]) -> str:
    o = summary["overall"]
    lines = ["# Golden eval", "",
             f"- prompts: {o['prompts']}", f"- execution match: {o['execution_match']:.1%} (gate {GATE_MATCH:.0%})",
             f"- right or flagged: {o['right_or_flagged']:.1%}",
             f"- silent-wrong (wrong, no flag): {o['silent_wrong']:.1%} (gate {GATE_SILENT:.0%})",
             f"- warned: {o['warned']:.1%}; flags on right answers: {o['flags_on_right']:.1%}",
             f"- clarify: {o['clarify']:.1%}; refused: {o['refused']:.1%}",
             f"- valid SQL: {o['valid_sql']:.1%}", f"- mean Jaccard: {o['mean_jaccard']:.3f}",
             f"- latency p50 / p95: {o['latency_p50_ms']:.1f} / {o['latency_p95_ms']:.1f} ms",
             f"- gate: {'PASSED' if o['gate_passed'] else 'FAILED'}", "",
             "| scope | prompts | match | right or flagged | silent-wrong | flags on right |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for scope, blocks in (("catalog", summary["by_catalog"]), ("tag", summary["by_tag"])):
        for k, b in blocks.items():
            lines.append(f"| {scope}: {k} | {b['prompts']} | {b['execution_match']:.0%} | {b['right_or_flagged']:.0%} "
                         f"| {b['silent_wrong']:.0%} | {b['flags_on_right']:.0%} |")
    failures = [x for x in outcomes if not x.match]
    if failures:
        lines += ["", "## Failures", ""]
        for x in failures:
            flag = "SILENT" if x.silent_wrong else "warned"
            lines.append(f"- `{x.id}` ({flag}, {x.status}) {x.request!r}: size {x.size} vs gold {x.gold_size}"
                         + (f"; {x.error}" if x.error else "") + (f"; warnings: {'; '.join(x.warnings)}" if x.warnings else ""))
    return "\n".join(lines) + "\n"


def write_report(outcomes: list[Outcome], path: Path) -> dict:
    summary = summarize(outcomes)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"summary": summary, "outcomes": [o.model_dump() for o in outcomes]}, indent=2, default=str))
    path.with_suffix(".md").write_text(markdown(summary, outcomes))
    return summary
