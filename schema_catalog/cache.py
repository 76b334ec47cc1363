"""The compiled form of a catalog file, kept beside it so a CLI call does not parse the YAML again.

Beside the file first, like Python's own compiled files; where that folder cannot be written (a catalog shipped
in a read-only install, a shared folder), in the user's cache folder instead ($XDG_CACHE_HOME or ~/.cache,
under audience-builder/catalogs), named by the file's full path so two catalogs of one name never meet.

Parsing and validating a TPC-DS-sized catalog costs seconds in pure-Python YAML; its validated form,
as JSON read back by pydantic's core, costs milliseconds. An entry is used only when it was written for
exactly this text by exactly this code: its key is the hash of the file's bytes and of the source of the
modules that read it. A stale, corrupt or unreadable entry is ignored (the file is parsed, as without a
cache) and an unwritable folder only costs the speed, so the cache can make a load faster, never different.
Only a catalog that loaded without a problem is written. Line numbers are not stored: they are needed only
to report a problem, and are then read from the catalog's own text (kept with the loaded catalog).
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

import pydantic

from assistant.translate.offline import text as words
from schema_catalog.model import Catalog

FOLDER = "__pycache__"      # beside the catalog, like Python's own compiled files (ignored by git)
USER_FOLDER = ("audience-builder", "catalogs")


@cache
def code_version() -> str:
    """Hash of the code that turns a file into a Catalog (this package, and the word matching its checks use):
    a new version never reads an old entry."""
    digest = hashlib.sha256(pydantic.VERSION.encode())
    here = Path(__file__).parent
    for source in [*sorted(here.glob("*.py")), Path(words.__file__)]:
        with contextlib.suppress(OSError):
            digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()


def key_of(text: bytes) -> str:
    return hashlib.sha256(text + code_version().encode()).hexdigest()


def entry_path(catalog_path: Path) -> Path:
    return catalog_path.parent / FOLDER / f"{catalog_path.name}.json"


def user_entry_path(catalog_path: Path) -> Path:
    """The entry in the user's cache folder, for a catalog whose own folder cannot be written."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    where = hashlib.sha256(str(catalog_path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return base.joinpath(*USER_FOLDER, f"{where}-{catalog_path.name}.json")


def read(catalog_path: Path, key: str) -> Catalog | None:
    """The catalog stored for this key, beside the file or in the user's cache, or None when neither is usable."""
    for entry in (entry_path(catalog_path), user_entry_path(catalog_path)):
        try:
            head, _, body = entry.read_bytes().partition(b"\n")
            if head.decode("ascii", "replace") == key:
                return Catalog.model_validate_json(body)
        except (OSError, ValueError):   # absent, torn, edited or from another shape: parse instead
            continue
    return None


def write(catalog_path: Path, key: str, catalog: Catalog) -> None:
    """Store the entry atomically (a reader sees the old entry or the new one, never half), beside the file or,
    when its folder cannot be written, in the user's cache; failures are ignored.

    The entry is the key on its first line, then the catalog as JSON (pydantic's core reads it back in one pass).
    """
    body = key.encode("ascii") + b"\n" + catalog.model_dump_json(by_alias=True, exclude_unset=True).encode("utf-8")
    for target in (entry_path(catalog_path), user_entry_path(catalog_path)):
        if _write_atomically(target, body):
            return


def _write_atomically(target: Path, body: bytes) -> bool:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(body)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return False    # a read-only folder
    return True
