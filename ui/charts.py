"""Charts and tables of a dry run (funnel, waterfall, reach, breakdowns, sample, arms, matrices).

Its own module because pandas takes a second to import: pages import it when they draw a result, so the first
page (sign-in, an empty Build form) never waits for it. Charts are Vega-Lite specs written out (no Altair).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.dry_run.result import ArmReport, DryRunResult
from widgets import attribute_label

REACH_HEADERS = {"channel": "Channel", "with_contact": "Have a contact point", "with_consent": "Consented",
                 "reachable": "Reachable (consented, not suppressed, under the pressure cap)"}


def evidence(run: DryRunResult, catalog) -> None:
    """What the author and the reviewer both look at: funnel, waterfall, reach, breakdowns, masked sample."""
    if run.request_size == 0:
        st.info("Nobody matches this audience: no funnel, breakdowns or sample to show. Loosen a criterion.",
                icon=":material/person_off:")
        return
    left, right = st.columns(2)
    with left:
        st.vega_lite_chart(spec=bars(funnel_rows(run), "customers", "#4c78a8", "Funnel: from all customers to the audience"),
                           width="stretch")
    with right:
        if run.waterfall:
            st.vega_lite_chart(spec=bars(waterfall_rows(run), "removed", "#e4572e", "What each exclusion and policy removes"),
                               width="stretch")
        else:
            st.caption("No exclusion or policy removes anyone (channel 'none': a segment).")
    st.markdown("**Reachability per channel**")
    st.dataframe([{REACH_HEADERS[k]: v for k, v in r.model_dump().items()} for r in run.reachability],
                 hide_index=True, width="stretch")
    shown = [(attr, values) for attr, values in run.breakdowns.items() if values]
    if shown:
        st.markdown("**Breakdowns**")
        cols = st.columns(len(shown))
        for col, (attr, values) in zip(cols, shown):
            rows = [{"step": str(v), "customers": n} for v, n in values[:12]]
            col.vega_lite_chart(spec=bars(rows, "customers", "#72b7b2", attribute_label(catalog, attr)), width="stretch")
    if run.sample:
        st.markdown("**Sample (personal data masked)**")
        headers = [c.replace("_", " ").capitalize() for c in run.sample_columns]
        st.dataframe([dict(zip(headers, row)) for row in run.sample], hide_index=True, width="stretch")


def funnel_rows(result: DryRunResult) -> list[dict]:
    """All customers, then the audience after each criterion, in step order."""
    steps = [("0. all customers", result.base)] + [(f"{i}. {s.label}", s.size_after) for i, s in enumerate(result.funnel, 1)]
    return [{"step": step, "customers": n} for step, n in steps]


def waterfall_rows(result: DryRunResult) -> list[dict]:
    """Exclusions then policies, in the order they are applied, each with what it removes."""
    return [{"step": f"{i}. " + ("policy: " if s.role.startswith("policy") else "except ") + s.label,
             "removed": s.removed, "left": s.size_after} for i, s in enumerate(result.waterfall, 1)]


def bars(rows: list[dict], value: str, color: str, title: str) -> dict:
    """Horizontal bars in the rows' order, full labels, the value written at the end of each bar.

    A Vega-Lite spec written out rather than built with Altair: Altair validates every chart against the whole
    schema, which cost more than the dry run itself on each Build click (issue 15: a result in <= 1.5 s)."""
    value_field = {"field": value, "type": "quantitative"}
    return {
        "title": title, "height": 34 * len(rows) + 40, "data": {"values": rows},
        "encoding": {"y": {"field": "step", "type": "nominal", "sort": [r["step"] for r in rows], "title": None,
                           "axis": {"labelLimit": 420}},
                     "x": {**value_field, "title": value, "scale": {"zero": True}}},
        "layer": [{"mark": {"type": "bar", "color": color}},
                  {"mark": {"type": "text", "align": "left", "dx": 4}, "encoding": {"text": {**value_field, "format": ","}}}],
    }


def arm_report(report: ArmReport) -> None:
    """Arm sizes against the shares asked for, and each breakdown's mix per arm with its balance check."""
    st.markdown("**Arm sizes**")
    st.dataframe([{"arm": a.name, "customers": a.size, "share": f"{a.share:.2f}%", "asked": f"{a.requested:g}%"}
                  for a in report.arms], hide_index=True, width="stretch")
    names = [a.name for a in report.arms]
    for b in report.balance:
        totals = [sum(row[i] for row in b.counts) or 1 for i in range(len(names))]
        frame = pd.DataFrame([[f"{row[i] / totals[i]:.1%}" for i in range(len(names))] for row in b.counts],
                             index=b.values, columns=names)
        verdict = (f"balanced on {b.attribute} (chi-square {b.chi_square:.1f}, {b.dof} dof, p = {b.p_value:.2f})"
                   if b.balanced else
                   f"the arms differ on {b.attribute} more than chance would explain (chi-square {b.chi_square:.1f}, "
                   f"{b.dof} dof, p = {b.p_value:.4f})")
        with st.expander(f"Arms by {b.attribute}: {'balanced' if b.balanced else 'UNBALANCED'}"):
            (st.success if b.balanced else st.warning)(verdict)
            st.dataframe(frame, width="stretch")


def matrix_chart(rows: list[str], columns: list[str], counts: list[list[int]], row_title: str, column_title: str) -> None:
    """A count matrix as a heat map (rows down, columns across), each cell labelled with its count."""
    cells = [{row_title: r, column_title: c, "customers": counts[i][j]} for i, r in enumerate(rows) for j, c in enumerate(columns)]
    st.vega_lite_chart(spec={
        "data": {"values": cells},
        "encoding": {"x": {"field": column_title, "type": "nominal", "sort": columns},
                     "y": {"field": row_title, "type": "nominal", "sort": rows}},
        "layer": [{"mark": "rect", "encoding": {"color": {"field": "customers", "type": "quantitative"},
                                                "tooltip": [{"field": row_title}, {"field": column_title},
                                                            {"field": "customers", "type": "quantitative"}]}},
                  {"mark": "text", "encoding": {"text": {"field": "customers", "type": "quantitative", "format": ","}}}],
    }, width="stretch")
