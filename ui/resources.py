"""Shared resources, built once per process (st.cache_resource), and the signed-in user.

Pages only read widgets, call `assistant.pipeline` through these, and render.
"""
from __future__ import annotations

import threading

import streamlit as st

from assistant import pipeline
from assistant.definition import AudienceDefinition
from assistant.dry_run.result import DryRunResult
from assistant.errors import PermissionDenied
from assistant.settings import load_settings


@st.cache_resource
def settings():
    return load_settings()


@st.cache_resource
def services() -> pipeline.Services:
    opened = pipeline.open(settings())
    opened.catalog  # opens the warehouse now, in this thread
    # The offline translator (lexicon, value index) takes seconds to build: built while the page loads and
    # the user types, the first Build click finds it ready.
    threading.Thread(target=opened.translator, name="warm-translator", daemon=True).start()
    return opened


def catalog():
    return services().catalog


def llm_configured() -> bool:
    return bool(settings().llm_key)


@st.cache_data(show_spinner=False, max_entries=256)
def cached_dry_run(definition_json: str, expected_size: int | None, breakdowns: tuple[str, ...] | None) -> DryRunResult:
    """Dry runs keyed by the definition itself: refining reuses whatever did not change."""
    defn = AudienceDefinition.model_validate_json(definition_json)
    return pipeline.dry_run(services(), defn, breakdowns=list(breakdowns) if breakdowns else None,
                            expected_size=expected_size, own_sizes=True)  # each criterion shows its size alone


def identity_provider_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all (the error class differs across Streamlit versions)
        return False


def current_user() -> pipeline.User | None:
    """st.user when an identity provider is configured, else the demo user picked in the sidebar."""
    if identity_provider_configured():
        if not st.user.is_logged_in:
            return None
        try:
            return pipeline.user(services(), None, identity=dict(st.user))
        except PermissionDenied as exc:  # signed in, but not a declared user: no role, no access
            st.error(str(exc))
            return None
    name = st.session_state.get("user")
    return pipeline.user(services(), name) if name else None
