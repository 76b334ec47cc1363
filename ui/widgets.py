"""Rendering helpers shared by the pages: the highlighted request, part cards, charts, messages."""
from __future__ import annotations

import html
import re

import altair as alt
import pandas as pd
import streamlit as st

from assistant.definition import AudienceDefinition
from assistant.edit import column_label
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
                alone = "" if step.own_size is None else f"{step.own_size:,} alone · "
                return f"{alone}{step.size_after:,} after this step"
            return f"removes {step.removed:,} · {step.size_after:,} left"
    return ""


def funnel_frame(result: DryRunResult) -> pd.DataFrame:
    """All customers, then the audience after each criterion, in step order."""
    rows = [("0. all customers", result.base)] + [(f"{i}. {s.label}", s.size_after) for i, s in enumerate(result.funnel, 1)]
    return pd.DataFrame(rows, columns=["step", "customers"])


def waterfall_frame(result: DryRunResult) -> pd.DataFrame:
    """Exclusions then policies, in the order they are applied, each with what it removes."""
    rows = [(f"{i}. " + ("policy: " if s.role.startswith("policy") else "except ") + s.label, s.removed, s.size_after)
            for i, s in enumerate(result.waterfall, 1)]
    return pd.DataFrame(rows, columns=["step", "removed", "left"])


def bars(frame: pd.DataFrame, value: str, color: str, title: str) -> alt.LayerChart:
    """Horizontal bars in the frame's order, full labels, the value written at the end of each bar."""
    order = list(frame["step"])
    base = alt.Chart(frame, title=title).encode(
        y=alt.Y("step:N", sort=order, title=None, axis=alt.Axis(labelLimit=420)),
        x=alt.X(f"{value}:Q", title=value, scale=alt.Scale(zero=True)))
    text = base.mark_text(align="left", dx=4).encode(text=alt.Text(f"{value}:Q", format=","))
    return (base.mark_bar(color=color) + text).properties(height=34 * len(frame) + 40)


def metrics(run: DryRunResult) -> None:
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Final audience", f"{run.final_size:,}", help="After the request's criteria and exclusions and the policies.")
    m2.metric("Share of the base", f"{run.share:.2%}", help=f"{run.base:,} customers in all")
    m3.metric("As requested", f"{run.request_size:,}", help="Before consent, suppression and pressure cap.")
    m4.metric("Dry run", f"{run.elapsed_ms:,.0f} ms")
    flags(run)


def attribute_label(catalog, attr: str) -> str:
    if attr in catalog.indicators:
        return catalog.indicators[attr].label.capitalize()
    return column_label(catalog, attr) if attr.count(".") == 2 else attr.replace("_", " ").capitalize()


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
        st.altair_chart(bars(funnel_frame(run), "customers", "#4c78a8", "Funnel: from all customers to the audience"),
                        width="stretch")
    with right:
        if run.waterfall:
            st.altair_chart(bars(waterfall_frame(run), "removed", "#e4572e", "What each exclusion and policy removes"),
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
            frame = pd.DataFrame([(str(v), n) for v, n in values[:12]], columns=["step", "customers"])
            col.altair_chart(bars(frame, "customers", "#72b7b2", attribute_label(catalog, attr)), width="stretch")
    if run.sample:
        st.markdown("**Sample (personal data masked)**")
        headers = [c.replace("_", " ").capitalize() for c in run.sample_columns]
        st.dataframe([dict(zip(headers, row)) for row in run.sample], hide_index=True, width="stretch")


def when(at: str | None) -> str:
    """A stored ISO timestamp as a person reads it: to the minute, no microseconds."""
    return at[:16].replace("T", " ") + " UTC" if at else "-"


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
