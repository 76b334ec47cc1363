"""Shared resources, built once per process (st.cache_resource)."""
from __future__ import annotations

import streamlit as st

from assistant.cli import ensure_demo_warehouse
from assistant.settings import load_settings
from assistant.warehouse import Warehouse
from schema_catalog import load_catalog


@st.cache_resource
def settings():
    return load_settings()


@st.cache_resource
def catalog():
    return load_catalog(settings().catalog)


@st.cache_resource
def warehouse() -> Warehouse:
    with st.spinner("Preparing the demo warehouse (first run only)..."):
        ensure_demo_warehouse(settings(), quiet=True)
    return Warehouse.from_settings(settings())
