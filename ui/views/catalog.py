"""Catalog page: where each attribute lives, searchable; indicators and their refresh mode."""
from __future__ import annotations

import streamlit as st

import resources
from assistant import pipeline
from assistant.errors import AudienceError

st.title("Catalog")
try:
    cat = resources.catalog()
except AudienceError as exc:
    st.error(str(exc))
    st.stop()

st.caption(f"{cat.name}: {cat.description}")
query = st.text_input("Search attributes", key="catalog_search", placeholder="e.g. tier, consent, store format")
rows = pipeline.attributes(resources.services())
if query:
    rows = [r for r in rows if any(query.lower() in str(v).lower() for v in r.values())]
st.dataframe(rows, hide_index=True, width="stretch")

st.subheader("Indicators")
st.dataframe([{"indicator": n, "label": i.label, "refresh": i.refresh, "description": i.description}
              for n, i in cat.indicators.items()], hide_index=True, width="stretch")

st.subheader("Policies applied to every activation")
pol = cat.policies
for name, sup in pol.suppressions.items():
    st.markdown(f"- **{sup.label}** (`{name}`)")
for channel, ch in pol.channels.items():
    st.markdown(f"- **{channel}**: consent required; contact field `{ch.contact}`")
if pol.pressure_cap:
    st.markdown(f"- **{pol.pressure_cap.label}**")
