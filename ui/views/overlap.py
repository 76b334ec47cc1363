"""Overlap: how many customers two to eight audiences share (approved or drafts), from one query."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

import resources
import widgets
from assistant import pipeline
from assistant.errors import AudienceError

st.title("Overlap")
svc = resources.services()
options = {v.id: f"v{v.id} · {a.name} (version {v.number}, {v.status})"
           for a in pipeline.audiences(svc) for v in pipeline.versions(svc, a.id)}
if len(options) < 2:
    st.info("Overlap needs at least two audience versions: build and save some first.")
    st.stop()
picked = st.multiselect("Versions to compare (2 to 8)", list(options), format_func=options.get, key="overlap_versions",
                        max_selections=8)
if not st.button("Compute overlap", key="overlap_run", type="primary", disabled=len(picked) < 2):
    st.stop()
try:
    result = pipeline.overlap(svc, picked)
except AudienceError as exc:
    widgets.show_error(exc)
    st.stop()

n = len(result.labels)
c1, c2 = st.columns(2)
c1.metric("Customers in at least one", f"{result.union:,}")
c2.metric("In all of them", f"{result.in_only(*range(n)):,}")
cells = [{"audience": result.labels[i], "also in": result.labels[j], "customers": result.pairwise[i][j],
          "share": result.share(i, j)} for i in range(n) for j in range(n)]
heat = (alt.Chart(pd.DataFrame(cells)).mark_rect()
        .encode(x=alt.X("also in:N", sort=result.labels), y=alt.Y("audience:N", sort=result.labels),
                color=alt.Color("share:Q", scale=alt.Scale(domain=[0, 1]), title="share of the row"),
                tooltip=["audience", "also in", "customers", alt.Tooltip("share:Q", format=".1%")]))
st.altair_chart(heat, use_container_width=True)
st.caption("Row i, column j: the share of audience i's customers who are also in audience j.")
st.dataframe(pd.DataFrame([[f"{result.pairwise[i][j]:,} ({result.share(i, j):.0%})" for j in range(n)] for i in range(n)],
                          index=result.labels, columns=result.labels), width="stretch")
if n <= 3:
    st.markdown("**Venn counts** (customers in exactly these audiences)")
    regions = sorted(result.regions, key=lambda m: (bin(m).count("1"), m))
    st.dataframe([{"in exactly": " & ".join(result.labels[i] for i in range(n) if m >> i & 1),
                   "customers": result.regions[m]} for m in regions], hide_index=True, width="stretch")
st.caption(f"Computed in one query on the warehouse in {result.elapsed_ms:,.0f} ms.")
