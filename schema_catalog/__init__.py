"""The schema catalog: model, loader and the check against a live warehouse."""
from schema_catalog.loader import load_catalog
from schema_catalog.model import Catalog

__all__ = ["Catalog", "load_catalog"]
