"""Convert a version-1 catalog file to version 2, keeping its comments and layout.

Version 2 adds to version 1 only what a version-1 file lacks: every relationship is named (the role its target
plays for the `from` table), and the file says `version: 2`. Names are made from the `from` column
(`store_id` -> `store`), made unique per table. The text is edited line by line, so comments, French blocks
and ordering stay as the data team wrote them; the result is loaded before it is written.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.errors import CatalogError
from schema_catalog.loader import _line_map, _parse, load_catalog
from schema_catalog.model import CATALOG_VERSION

_SUFFIX = re.compile(r"_(id|sk|key|fk)$")


def relationship_names(relationships: list[dict]) -> list[str]:
    """A name per relationship: its `from` column without the key suffix, unique per `from` table."""
    names, taken = [], set()
    for rel in relationships:
        table, column = str(rel.get("from", "x.y.rel")).rsplit(".", 1)
        base = _SUFFIX.sub("", column) or column
        name, n = base, 2
        while (table, name) in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add((table, name))
        names.append(name)
    return names


def migrate_text(text: str) -> str:
    """The version-2 text of a version-1 catalog (unchanged parts kept byte for byte)."""
    root, data = _parse(text)
    if not isinstance(data, dict):
        raise CatalogError("the catalog must be a YAML mapping", hint="start from schema_catalog/demo_retailer.yaml")
    version = data.get("version", 1)
    if version == CATALOG_VERSION:
        return text
    if version != 1:
        raise CatalogError(f"unknown catalog format version {version}", hint="only version 1 files are converted")
    lines = text.splitlines(keepends=True)
    where, _ = _line_map(root)
    rels = data.get("relationships") or []
    for i, name in reversed(list(enumerate(relationship_names(rels)))):
        if "name" in rels[i]:
            continue
        n = where[("relationships", i)] - 1
        flow = re.match(r"^(\s*-\s*)\{", lines[n])
        if flow:
            lines[n] = lines[n][:flow.end()] + f"name: {name}, " + lines[n][flow.end():]
        else:
            block = re.match(r"^(\s*)-(\s*)", lines[n])
            indent = block.group(1) + " " + block.group(2)
            lines[n] = f"{block.group(1)}-{block.group(2)}name: {name}\n{indent}{lines[n][block.end():]}"
    if "version" in data:
        n = where[("version",)] - 1
        lines[n] = re.sub(r"version:\s*1\b", f"version: {CATALOG_VERSION}", lines[n])
    else:
        first = next(i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#"))
        lines.insert(first, f"version: {CATALOG_VERSION}\n")
    out = "".join(lines)
    yaml.safe_load(out)  # still YAML
    return out


def migrate_file(path: Path, out: Path | None = None) -> Path:
    """Convert `path` in place (or into `out`); the result must load as a version-2 catalog."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read catalog file {path}: {exc.strerror}", hint="pass an existing YAML file") from None
    target = Path(out or path)
    staging = target.with_name(target.name + ".migrating")
    staging.write_text(migrate_text(text), encoding="utf-8")
    try:
        load_catalog(staging)
    except CatalogError as exc:
        staging.unlink()
        raise CatalogError(f"{path} was converted but does not load as version {CATALOG_VERSION}; it was left as it was",
                           problems=exc.problems, hint="fix the listed problems in the original, then migrate again") from None
    staging.replace(target)
    return target
