"""Pick a translator by name: the offline one always works; model-backed ones when configured."""
from __future__ import annotations

from pathlib import Path

from assistant.errors import AudienceError
from assistant.offline.translator import OfflineTranslator
from assistant.value_index import load_or_build
from assistant.warehouse import Warehouse
from schema_catalog.model import Catalog

BACKENDS = ("offline", "openai", "hybrid")


def make_model(settings, record: Path | None = None, replay: Path | None = None):
    """The model behind the LLM backends: the endpoint, or a replay file, optionally recording."""
    from assistant.llm.model import OpenAIChatModel
    from assistant.llm.replay import RecordingModel, ReplayModel

    if replay:
        return ReplayModel(replay, settings.llm_model, settings.llm_temperature)
    model = OpenAIChatModel(settings)
    return RecordingModel(model, record) if record else model


def make_translator(backend: str, catalog: Catalog, wh: Warehouse, settings, *, record: Path | None = None,
                    replay: Path | None = None):
    if backend not in BACKENDS:
        raise AudienceError(f"unknown translator backend '{backend}'", hint=f"use one of: {', '.join(BACKENDS)}")
    values = load_or_build(wh, catalog, settings.home / "cache")
    offline = OfflineTranslator(catalog, values)
    if backend == "offline":
        return offline
    from assistant.llm.translator import HybridTranslator, LLMTranslator

    llm = LLMTranslator(catalog, wh, make_model(settings, record, replay), settings)
    return llm if backend == "openai" else HybridTranslator(offline, llm)
