"""Files that travel inside the package: prompts, shipped catalogs, golden sets and eval warehouses.

In the repository they live in `prompts/`, `schema_catalog/` and `evals/`; `pyproject.toml` maps the
first and the last into the package (`assistant.prompts`, `assistant.evalsets`), so an installed wheel
finds them without the checkout.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _folder(package: str) -> Path:
    # Installed from a wheel or editable, the package is a folder on disk (never a zip): a Path is simplest.
    return Path(str(files(package)))


def prompts_dir(version: str) -> Path:
    return _folder("assistant.prompts") / version


def evals_dir() -> Path:
    return _folder("assistant.evalsets")


def catalogs_dir() -> Path:
    return _folder("schema_catalog")


DEMO_CATALOG = catalogs_dir() / "demo_retailer.yaml"
