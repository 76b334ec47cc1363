"""The schema catalog: model, loader, words per language and the check against a live warehouse."""
from schema_catalog.loader import load_catalog
from schema_catalog.model import LANGUAGES, Catalog
from schema_catalog.phrases import Phrase, phrases

__all__ = ["LANGUAGES", "Catalog", "Phrase", "load_catalog", "phrases"]
