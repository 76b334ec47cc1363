"""Translators by name: the offline one always works; model-backed ones when a model is configured.

A translator is anything with `translate(request, as_of, channel) -> Translation`; a backend is a
factory registered in BACKENDS.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from assistant.edges.warehouse.base import Warehouse
from assistant.errors import TranslationError
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.result import Translation
from assistant.translate.value_index import load_or_build
from schema_catalog.model import Catalog


class Translator(Protocol):
    def translate(self, request: str, as_of: dt.date | None = None, channel: str = "none") -> Translation: ...


def make_model(settings, record: Path | None = None, replay: Path | None = None):
    """The model behind the LLM backends: the endpoint, or a replay file, optionally recording."""
    from assistant.edges.model import OpenAIChatModel
    from assistant.edges.model_replay import RecordingModel, ReplayModel

    if replay:
        return ReplayModel(replay, settings.llm_model, settings.llm_temperature)
    model = OpenAIChatModel(settings)
    return RecordingModel(model, record) if record else model


def _offline(catalog: Catalog, wh: Warehouse, settings, **_) -> Translator:
    return OfflineTranslator(catalog, load_or_build(wh, catalog, settings.home / "cache"))


def _llm(catalog: Catalog, wh: Warehouse, settings, *, record=None, replay=None, reader=None) -> Translator:
    from assistant.translate.llm import LLMTranslator

    # the offline reader checks that the model's meaning holds what the words it quoted say
    return LLMTranslator(catalog, wh, make_model(settings, record, replay), settings,
                         reader=reader or _offline(catalog, wh, settings))


def _hybrid(catalog: Catalog, wh: Warehouse, settings, **model) -> Translator:
    from assistant.translate.hybrid import HybridTranslator

    offline = _offline(catalog, wh, settings)
    return HybridTranslator(offline, _llm(catalog, wh, settings, reader=offline, **model))


BACKENDS: dict[str, Callable[..., Translator]] = {"offline": _offline, "openai": _llm, "hybrid": _hybrid}


def make_translator(backend: str, catalog: Catalog, wh: Warehouse, settings, *, record: Path | None = None,
                    replay: Path | None = None) -> Translator:
    if backend not in BACKENDS:
        raise TranslationError(f"unknown translator backend '{backend}'", hint=f"use one of: {', '.join(BACKENDS)}")
    return BACKENDS[backend](catalog, wh, settings, record=record, replay=replay)
