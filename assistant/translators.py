"""Pick a translator by name: the offline one always works; model-backed ones when configured."""
from __future__ import annotations

from assistant.errors import AudienceError
from assistant.offline.translator import OfflineTranslator
from assistant.value_index import load_or_build
from assistant.warehouse import Warehouse
from schema_catalog.model import Catalog

BACKENDS = ("offline",)


def make_translator(backend: str, catalog: Catalog, wh: Warehouse, settings):
    if backend not in BACKENDS:
        raise AudienceError(f"unknown translator backend '{backend}'", hint=f"use one of: {', '.join(BACKENDS)}")
    values = load_or_build(wh, catalog, settings.home / "cache")
    return OfflineTranslator(catalog, values)
