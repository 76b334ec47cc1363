"""Streamlit entrypoint: navigation only. Pages read widgets, call the core, render."""
from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Audience builder", page_icon=":dart:", layout="wide")

pages = [
    st.Page("views/catalog.py", title="Catalog", icon=":material/menu_book:", url_path="catalog"),
]
st.navigation(pages).run()
