"""Shared resources, built once per process (st.cache_resource), and the signed-in user.

Pages only read widgets, call the core through these, and render.
"""
from __future__ import annotations

import streamlit as st

from assistant.dry_run import DryRunResult, dry_run
from assistant.definition import AudienceDefinition
from assistant.review import User, find_user
from assistant.settings import load_settings
from assistant.store import Store
from assistant.translators import make_translator
from assistant.warehouse import Warehouse
from assistant.workspace import open_workspace


@st.cache_resource
def settings():
    return load_settings()


@st.cache_resource
def workspace():
    with st.spinner("Generating the demo warehouse (first run only)..."):
        return open_workspace(settings())


def catalog():
    return workspace().catalog


def warehouse() -> Warehouse:
    return workspace().wh


@st.cache_resource
def translator(backend: str = "offline"):
    """offline always; 'openai' and 'hybrid' when a model is configured (else the caller falls back to offline)."""
    return make_translator(backend, catalog(), warehouse(), settings())


def llm_configured() -> bool:
    from assistant.llm.model import is_configured

    return is_configured(settings())


@st.cache_resource
def store() -> Store:
    return Store.from_settings(settings())


@st.cache_data(show_spinner=False, max_entries=256)
def cached_dry_run(definition_json: str, expected_size: int | None, breakdowns: tuple[str, ...] | None) -> DryRunResult:
    """Dry runs keyed by the definition itself: refining reuses whatever did not change."""
    defn = AudienceDefinition.model_validate_json(definition_json)
    return dry_run(defn, catalog(), warehouse(), breakdowns=list(breakdowns) if breakdowns else None,
                   sample_size=settings().sample_size, expected_size=expected_size, settings=settings())


def identity_provider_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def current_user() -> User | None:
    """st.user when an identity provider is configured, else the demo user picked in the sidebar."""
    if identity_provider_configured():
        if not st.user.is_logged_in:
            return None
        return find_user(settings(), None, identity=dict(st.user))
    name = st.session_state.get("user")
    return find_user(settings(), name) if name else None
