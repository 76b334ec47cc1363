"""Load a catalog file, reporting problems with the file's line numbers."""
from __future__ import annotations

import difflib
from pathlib import Path

import yaml
from pydantic import ValidationError

from assistant.errors import CatalogError
from schema_catalog import cache
from schema_catalog.model import CATALOG_VERSION, Catalog, reference_problems
from schema_catalog.semantic import profile_tables, semantic_problems
from schema_catalog.synonyms import duplicate_synonyms

Loc = tuple


def _line_map(node, path: Loc = (), out: dict | None = None, dups: list | None = None) -> tuple[dict, list]:
    """{path: line} for every key and item of the YAML document, plus duplicate keys."""
    out = {} if out is None else out
    dups = [] if dups is None else dups
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            name = key.value
            if name in seen:
                dups.append((path + (name,), key.start_mark.line + 1))
            seen.add(name)
            out[path + (name,)] = key.start_mark.line + 1
            _line_map(value, path + (name,), out, dups)
            out[path + (name,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, path + (i,), out, dups)
    return out, dups


def line_of(lines: dict, loc: Loc) -> int | None:
    """Line of the deepest known prefix of `loc`."""
    for n in range(len(loc), -1, -1):
        key = tuple(loc[:n])
        if key in lines:
            return lines[key]
    return None


def _format_loc(loc: Loc) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(loc))


def _pydantic_problems(exc: ValidationError, lines: dict, path: Path) -> list[str]:
    problems = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if p != "schema_") or ()
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            known = _known_fields(loc)
            close = difflib.get_close_matches(str(loc[-1]), known, n=3)
            msg = f"unknown key '{loc[-1]}'" + (f"; did you mean {', '.join(close)}?" if close else
                                               (f"; allowed: {', '.join(known)}" if known else ""))
            if " " in str(loc[-1]):     # words cut off a text by its comma, in a {...} mapping
                msg += ("; a text with a comma or a colon inside a {...} mapping must be quoted "
                        "(description: \"Status: CF confirmed, VY travelled\")")
        elif isinstance(err.get("input"), bool) and err["type"] in ("string_type", "list_type", "dict_type"):
            # YAML 1.1: an unquoted NO (Norway), ON (Ontario), YES, OFF, Y or N is a yes/no, never text
            msg += (f" (YAML read an unquoted word as {str(err['input']).lower()}: quote codes such as "
                    "\"NO\", \"ON\", \"YES\", \"OFF\", \"Y\", \"N\")")
        problems.append(f"{path}:{line_of(lines, loc)}: {_format_loc(loc)}: {msg}")
    return problems


def _known_fields(loc: Loc) -> list[str]:
    """Field names allowed at the parent of `loc` (for 'did you mean')."""
    model = Catalog
    for part in loc[:-1]:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        ann = field.annotation if field else None
        nxt = _model_in(ann)
        if nxt is None:
            continue
        model = nxt
    return [f.alias or n for n, f in model.model_fields.items()]


def _model_in(annotation):
    from pydantic import BaseModel
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found:
            return found
    return None


# libyaml when the wheel has it: the pure-Python parser takes about a second on the demo catalog.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: str):
    """The node tree (for line numbers) and the data built from that same tree: the text is parsed once."""
    loader = _LOADER(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def load_catalog(path: str | Path) -> Catalog:
    """Parse and validate a catalog file; every problem names the file and line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read catalog file {path}: {exc.strerror}",
                           hint="pass an existing YAML file with --catalog or AUDIENCE_CATALOG") from None
    key = cache.key_of(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"the catalog is not UTF-8 text (byte {exc.start})", where=str(path),
                           hint="save the file as UTF-8") from None
    hit = cache.read(path, key)
    if hit is not None:
        return _located(hit, None, path, text)
    try:
        root, data = _parse(text)
    except yaml.YAMLError as exc:
        mark, context = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        started = f" (in the construct starting at line {context.line + 1})" if context and context.line != mark.line else ""
        raise CatalogError(f"the catalog is not valid YAML: {getattr(exc, 'problem', exc)}{started}", where=where,
                           hint="fix the indentation or quoting at that line") from None
    if not isinstance(data, dict):
        raise CatalogError("the catalog must be a YAML mapping (name:, entity:, sources:, tables: ...)", where=str(path),
                           hint="start from schema_catalog/demo_retailer.yaml")
    lines, dups = _line_map(root)
    version = data.get("version", 1)
    if version != CATALOG_VERSION:
        raise CatalogError(f"the catalog {path} is in format version {version}; this version reads format {CATALOG_VERSION}",
                           where=f"{path}:{line_of(lines, ('version',))}",
                           hint=f"convert it once with `audience catalog migrate {path}` (names its relationships, "
                                "sets version: 2, keeps everything else; see 'Catalog format' in the README)")
    problems = [f"{path}:{line}: {_format_loc(loc)}: duplicate key (the later one would silently win)" for loc, line in dups]
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        problems += _pydantic_problems(exc, lines, path)
        raise CatalogError(f"the catalog {path} has {len(problems)} problem(s)", problems=problems,
                           hint="correct each listed line; see schema_catalog/demo_retailer.yaml for a complete example") from None
    problems += [f"{path}:{line_of(lines, loc)}: {_format_loc(loc)}: {msg}" for loc, msg in reference_problems(catalog)]
    if not problems:   # the semantic model reads only names that exist
        problems += [f"{path}:{line_of(lines, loc)}: {_format_loc(loc)}: {msg}" for loc, msg in semantic_problems(catalog)]
    if not problems:   # which tables are profile tables is known once the paths are
        problems += [f"{path}:{line_of(lines, loc)}: {_format_loc(loc)}: {msg}"
                     for loc, msg in duplicate_synonyms(catalog, profile_tables(catalog))]
    if problems:
        raise CatalogError(f"the catalog {path} has {len(problems)} problem(s)", problems=problems,
                           hint="correct each listed line; see schema_catalog/demo_retailer.yaml for a complete example")
    cache.write(path, key, catalog)
    return _located(catalog, lines, path, text)


def _located(catalog: Catalog, lines: dict | None, path: Path, text: str) -> Catalog:
    """The catalog with where it came from; a cached catalog maps its lines on the first problem reported."""
    object.__setattr__(catalog, "_lines", lines)
    object.__setattr__(catalog, "_path", path)
    object.__setattr__(catalog, "_text", text)
    return catalog


def _lines_of(catalog: Catalog) -> dict:
    lines = getattr(catalog, "_lines", None)
    if lines is None:
        text = getattr(catalog, "_text", None)
        lines = _line_map(_parse(text)[0])[0] if text is not None else {}
        object.__setattr__(catalog, "_lines", lines)
    return lines


def catalog_location(catalog: Catalog, loc: Loc) -> str:
    """'file:line' for a location inside a loaded catalog."""
    return f"{getattr(catalog, '_path', '<catalog>')}:{line_of(_lines_of(catalog), loc)}"
