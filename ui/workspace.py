"""The Build page's workflow state, as typed values in st.session_state (one place, no JSON round trips).

What is being built (the current translation, its definition edited in place), the history Undo walks back,
what the last step changed, a follow-up's open question, the audience being revised and the last submission. Every change replaces a
value, never mutates it, so a history entry stays what it was. The Audiences page opens a version here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import streamlit as st

from assistant.definition import AudienceDefinition, diff_definitions
from assistant.translate.result import Translation

state = st.session_state


@dataclass(frozen=True)
class Revising:
    """The audience whose next version a submit makes."""
    audience_id: int
    name: str
    number: int
    status: str
    source: Literal["revise", "submit"]    # opened from the Audiences page, or just submitted from Build
    comment: str = ""                      # the reviewer's, when the version was rejected


@dataclass(frozen=True)
class Submitted:
    """The last submission of this session: shown instead of the form while the definition is unchanged."""
    content_hash: str
    name: str
    number: int
    size: int


def current() -> Translation | None:
    return state.get("translation")


def history() -> list[Translation]:
    return state.setdefault("history", [])


def changes() -> list[str]:
    return state.get("changes", [])


def start(result: Translation, *, keep_history: bool = True) -> None:
    """A new translation (a request built, a clarification answered, a follow-up applied)."""
    if keep_history and current() is not None:
        history().append(current())
    state.translation = result
    state.changes = []
    state.pop("asking", None)


def edit(definition: AudienceDefinition) -> None:
    """An edit made on the cards: the current translation's definition (Undo goes back)."""
    before = current()
    history().append(before)
    state.translation = before.model_copy(update={"definition": definition})
    state.changes = diff_definitions(before.definition, definition)
    state.pop("asking", None)


def note_changes(lines: list[str]) -> None:
    state.changes = list(lines)


def undo() -> Translation:
    """Back to the previous translation; returns it."""
    previous = history().pop()
    state.changes = diff_definitions(current().definition, previous.definition)
    state.translation = previous
    state.pop("asking", None)
    return previous


def asking() -> Translation | None:
    """A follow-up's open question (`pipeline.refine`): the current translation stays as it is until it is answered."""
    return state.get("asking")


def ask(question: Translation | None) -> None:
    if question is None:
        state.pop("asking", None)
    else:
        state.asking = question


def open_version(definition: AudienceDefinition, revising: Revising) -> None:
    """A saved version opened for its next version: a fresh history, nothing submitted yet."""
    state.translation = Translation(status="ok", definition=definition)
    state.history = []
    state.changes = []
    state.pop("asking", None)
    state.pop("submitted", None)
    state.revise = revising


def revising() -> Revising | None:
    return state.get("revise")


def stop_revising() -> None:
    state.pop("revise", None)


def submitted() -> Submitted | None:
    return state.get("submitted")


def record_submission(done: Submitted, revising_now: Revising) -> None:
    state.submitted = done
    state.revise = revising_now


def forget_submission() -> None:
    state.pop("submitted", None)
