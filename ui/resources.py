"""Shared resources, built once per process (st.cache_resource), and the signed-in user.

Pages only read widgets, call `assistant.pipeline` through these, and render.
"""
from __future__ import annotations

import threading
import time

import streamlit as st

from assistant import pipeline
from assistant.definition import AudienceDefinition
from assistant.dry_run.result import DryRunResult
from assistant.errors import PermissionDenied
from assistant.settings import load_settings

WARM_UP_DELAY_S = 0.5


@st.cache_resource
def settings():
    return load_settings()


@st.cache_resource
def services() -> pipeline.Services:
    opened = pipeline.open(settings())
    opened.catalog  # opens the warehouse now, in this thread
    return opened


@st.cache_resource
def warm_up() -> threading.Thread:
    """Once per process, after the first page is drawn: what the first Build click needs, built in the background.

    The offline translator (lexicon, value index) and pandas take seconds; built while the user
    types, the first click finds them ready. Started after the page, not before it, so the first page does not
    share the CPU with them (issue 15: first page <= 3 s)."""
    opened = services()

    def warm() -> None:
        time.sleep(WARM_UP_DELAY_S)   # the first page's messages are sent before this thread takes the CPU
        opened.translator()
        import charts  # noqa: F401 - pandas, imported once for the first result

    thread = threading.Thread(target=warm, name="warm-up", daemon=True)
    thread.start()
    return thread


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
