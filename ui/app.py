"""Streamlit entrypoint: sign-in and navigation. Pages read widgets, call the core, render."""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # pages import their helpers from ui/

import resources  # noqa: E402
import widgets  # noqa: E402

st.set_page_config(page_title="Audience builder", page_icon=":dart:", layout="wide")


def sidebar() -> None:
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
                         help="Marketers build and submit, reviewers approve. An identity provider replaces this list "
                              "when your administrator configures one.")
        st.caption(f"Warehouse: {resources.settings().warehouse_path.stem.replace('_', ' ')} · translator: offline")


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
# Whatever breaks below (a corrupt warehouse, a catalog error, a locked store) is one message in the page,
# never a traceback. st.stop / st.rerun are BaseExceptions and pass through.
try:
    sidebar()
    st.navigation(pages).run()
    resources.warm_up()      # once per process, after the first page: the first Build click finds it ready
except Exception as exc:  # noqa: BLE001 - the edge where every error becomes a message
    widgets.show_error(exc)
