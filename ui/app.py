"""Streamlit entrypoint: sign-in and navigation. Pages read widgets, call the core, render."""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # pages import their helpers from ui/

import resources  # noqa: E402

st.set_page_config(page_title="Audience builder", page_icon=":dart:", layout="wide")

with st.sidebar:
    st.markdown("### :material/target: Audience builder")
    if resources.identity_provider_configured():
        if st.user.is_logged_in:
            st.caption(f"Signed in as {st.user.get('name') or st.user.get('email')}")
            st.button("Log out", on_click=st.logout)
        else:
            st.button("Log in", on_click=st.login, type="primary")
    else:
        users = resources.settings().users
        names = [u.name for u in users]
        labels = {u.name: f"{u.display or u.name} — {u.role}" for u in users}
        st.selectbox("Demo sign-in (local users, no password)", names, key="user", index=None,
                     format_func=labels.get, placeholder="Pick a demo user",
                     help="Configure an identity provider in .streamlit/secrets.toml ([auth]) to use real sign-in.")
    st.caption(f"Warehouse: `{resources.settings().warehouse_path.name}` · translator: offline")

pages = [
    st.Page("views/build.py", title="Build", icon=":material/build:", default=True),
    st.Page("views/review.py", title="Review", icon=":material/fact_check:", url_path="review"),
    st.Page("views/audiences.py", title="Audiences", icon=":material/groups:", url_path="audiences"),
    st.Page("views/overlap.py", title="Overlap", icon=":material/join_inner:", url_path="overlap"),
    st.Page("views/journey.py", title="Journey stages", icon=":material/route:", url_path="journey"),
    st.Page("views/customer.py", title="Customer view", icon=":material/person_search:", url_path="customer"),
    st.Page("views/catalog.py", title="Catalog", icon=":material/menu_book:", url_path="catalog"),
    st.Page("views/evals.py", title="Evals", icon=":material/analytics:", url_path="evals"),
]
st.navigation(pages).run()
