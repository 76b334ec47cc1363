"""Customer view: one customer's audiences now, since when, and the ones they entered or left."""
from __future__ import annotations

import streamlit as st

import resources
import widgets
from assistant import pipeline
from assistant.errors import AudienceError

st.title("Customer view")
svc = resources.services()
user = resources.current_user()
if user is None or user.role not in ("reviewer", "admin"):
    st.info("The customer view shows personal data: sign in (sidebar) as a reviewer or an admin.")
    st.stop()
text = st.text_input("Customer key, masked contact (j***@example.com) or name", key="customer_search")
if not text:
    st.stop()
try:
    matches = pipeline.find_customers(svc, user, text)
except AudienceError as exc:
    widgets.show_error(exc)
    st.stop()
if not matches:
    st.warning("No customer matches.")
    st.stop()
labels = {m.key: f"{m.key} · {m.name} · {m.contact}" for m in matches}
key = st.selectbox("Customer", list(labels), format_func=labels.get, key="customer_pick")
view = pipeline.customer(svc, user, key)
c1, c2 = st.columns(2)
c1.metric("Audiences now", len(view.current))
c2.metric("Audiences left", len(view.left))
if not view.history:
    st.info("This customer is in no tagged audience (audiences are tagged when they are refreshed).")
    st.stop()
st.dataframe([{"audience": m.audience, "since": m.valid_from, "until": m.valid_to or "now",
               "member now": m.valid_to is None} for m in view.history], hide_index=True, width="stretch")
