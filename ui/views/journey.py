"""Journey stages: how many customers moved from each lifecycle stage to each other between two days."""
from __future__ import annotations

import datetime as dt

import streamlit as st

import charts
import resources
import widgets
from assistant import pipeline
from assistant.errors import AudienceError

st.title("Journey stages")
svc = resources.services()
until = svc.as_of()
staged = [n for n, ind in svc.catalog.indicators.items() if ind.values and "{as_of}" in ind.sql]
if not staged:
    st.info("The catalog has no stage indicator that depends on the date.")
    st.stop()
indicator = st.selectbox("Indicator", staged, index=staged.index("lifecycle_stage") if "lifecycle_stage" in staged else 0,
                         key="journey_indicator")
c1, c2 = st.columns(2)
since = c1.date_input("From", value=until - dt.timedelta(days=30), key="journey_since")
until = c2.date_input("To", value=until, key="journey_until")
try:
    t = pipeline.transitions(svc, since, until, indicator=indicator)
except AudienceError as exc:
    widgets.show_error(exc)
    st.stop()
charts.matrix_chart(t.values, t.values, [[t.moved(a, b) for b in t.values] for a in t.values],
                     f"stage on {t.since}", f"stage on {t.until}")
stayed = sum(t.moved(v, v) for v in t.values)
total = sum(n for row in t.counts.values() for n in row.values())
st.caption(f"{total - stayed:,} of {total:,} customers changed stage; '(none)': no stage that day (not signed up yet).")
