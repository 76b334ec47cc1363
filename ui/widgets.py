"""Rendering helpers shared by the pages: the highlighted request, part cards, charts, messages."""
from __future__ import annotations

import html
import re

import pandas as pd
import streamlit as st

from assistant.definition import AudienceDefinition
from assistant.dry_run.result import ArmReport, DryRunResult
from assistant.errors import AudienceError

COLORS = ["#cfe8ff", "#d7f5d0", "#ffe9b3", "#f3d4ff", "#d0f0f0", "#ffd6d6", "#e6e6ff"]


def show_error(exc: Exception) -> None:
    """Errors are messages that say what to do, never tracebacks."""
    if isinstance(exc, AudienceError):
        st.error(exc.message + (f"\n\n**What to do:** {exc.hint}" if exc.hint else ""), icon=":material/error:")
    else:
        st.error(f"Something went wrong: {exc}. Try again; if it persists, report it with the request you typed.",
                 icon=":material/error:")


def highlighted_request(defn: AudienceDefinition) -> str:
    """The request with each phrase marked by the criterion it became; words not understood in orange."""
    text = defn.request
    marks: list[tuple[int, int, str, str]] = []
    parts = [(c, "criterion") for c in defn.criteria] + [(c, "exclusion") for c in defn.exclusions]
    for i, (c, role) in enumerate(parts):
        if c.phrase and (pos := text.find(c.phrase)) >= 0:
            marks.append((pos, pos + len(c.phrase), COLORS[i % len(COLORS)], f"{role}: {c.label}"))
    for word in defn.unrecognized:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text):
            marks.append((m.start(), m.end(), "#ffb86b", "not understood: answer the question below"))
    for phrase in defn.ignored:
        if (pos := text.find(phrase)) >= 0:
            marks.append((pos, pos + len(phrase), "#e0e0e0", "ignored: a title or an aside, not a criterion"))
    marks.sort()
    out, last = [], 0
    for start, end, color, title in marks:
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f'<mark style="background:{color};padding:1px 3px;border-radius:4px" title="{html.escape(title)}">'
                   f"{html.escape(text[start:end])}</mark>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def size_of(result: DryRunResult | None, name: str) -> str:
    if result is None:
        return ""
    for step in result.funnel + result.waterfall:
        if step.name == name:
            if step.role == "criterion":
                return f"{step.own_size:,} alone · {step.size_after:,} after this step"
            return f"removes {step.removed:,} · {step.size_after:,} left"
    return ""


def funnel_rows(result: DryRunResult) -> list[tuple[str, int]]:
    return [("all customers", result.base)] + [(f"{i}. {s.label}", s.size_after) for i, s in enumerate(result.funnel, 1)]


def waterfall_rows(result: DryRunResult) -> list[tuple[str, int]]:
    return [(("policy: " if s.role.startswith("policy") else "except ") + s.label, s.removed) for s in result.waterfall]


def bar_chart(rows: list[tuple[str, int]], *, label: str, value: str, horizontal: bool = False,
              color: str = "#4c78a8") -> None:
    """Bars from a Vega-Lite spec written here, in the rows' order.

    st.bar_chart goes through Altair, which builds and validates a schema on every rerun: six charts were
    most of a Build click outside the dry run.
    """
    category = {"field": "label", "type": "nominal", "sort": None, "title": None}
    amount = {"field": "value", "type": "quantitative", "title": value}
    encoding = {"y": category, "x": amount} if horizontal else {"x": category, "y": amount}
    spec = {"data": {"values": [{"label": k, "value": v} for k, v in rows]}, "mark": {"type": "bar", "color": color},
            "encoding": {**encoding, "tooltip": [{"field": "label", "title": label}, {"field": "value", "title": value}]}}
    st.vega_lite_chart(spec=spec, width="stretch")


def flags(result: DryRunResult) -> None:
    for f in result.flags:
        st.warning(f"Size guard: {f.message}", icon=":material/warning:")


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
    import altair as alt

    frame = pd.DataFrame([{row_title: r, column_title: c, "customers": counts[i][j]}
                          for i, r in enumerate(rows) for j, c in enumerate(columns)])
    base = alt.Chart(frame).encode(x=alt.X(f"{column_title}:N", sort=columns), y=alt.Y(f"{row_title}:N", sort=rows))
    st.altair_chart(base.mark_rect().encode(color="customers:Q", tooltip=[row_title, column_title, "customers"])
                    + base.mark_text().encode(text=alt.Text("customers:Q", format=",")), use_container_width=True)
