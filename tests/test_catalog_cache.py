"""The compiled catalog kept beside the file (or in the user's cache): used only for the same text and code, never wrong,
never required."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.errors import CatalogError
from assistant.settings import DEMO_CATALOG
from schema_catalog import cache, load_catalog
from schema_catalog.loader import catalog_location


@pytest.fixture()
def demo_copy(tmp_path) -> Path:
    return Path(shutil.copy(DEMO_CATALOG, tmp_path / "demo.yaml"))


def test_the_second_load_reads_the_compiled_form_and_equals_the_parsed_one(demo_copy, monkeypatch):
    parsed = load_catalog(demo_copy)
    entry = cache.entry_path(demo_copy)
    assert entry.is_file() and entry.parent.name == "__pycache__"
    monkeypatch.setattr("schema_catalog.loader._parse", _must_not_parse)
    cached = load_catalog(demo_copy)
    assert cached == parsed and cached.model_dump() == parsed.model_dump()
    # line numbers of a cached catalog still point into the file
    loc = ("events", "store_purchase", "time")
    monkeypatch.undo()
    assert catalog_location(cached, loc) == catalog_location(parsed, loc) == f"{demo_copy}:{_line(demo_copy, 'time: transaction_ts')}"


def test_an_edited_file_is_parsed_again(demo_copy):
    load_catalog(demo_copy)
    demo_copy.write_text(demo_copy.read_text().replace("name: demo_retailer", "name: edited_retailer", 1))
    assert load_catalog(demo_copy).name == "edited_retailer"


def test_an_edit_that_breaks_the_file_is_reported_not_hidden_by_the_cache(demo_copy):
    load_catalog(demo_copy)
    demo_copy.write_text(demo_copy.read_text().replace("time: transaction_ts", "time: no_such_column", 1))
    with pytest.raises(CatalogError) as err:
        load_catalog(demo_copy)
    assert "no_such_column" in str(err.value)


@pytest.mark.parametrize("damage", [b"", b"garbage", b"0" * 64 + b"\n{}", None])
def test_a_corrupt_or_foreign_entry_is_ignored_and_replaced(demo_copy, damage):
    parsed = load_catalog(demo_copy)
    entry = cache.entry_path(demo_copy)
    if damage is None:   # the right key, a body cut in half (a torn write by another tool)
        head, _, body = entry.read_bytes().partition(b"\n")
        damage = head + b"\n" + body[: len(body) // 2]
    entry.write_bytes(damage)
    assert load_catalog(demo_copy) == parsed
    assert cache.read(demo_copy, cache.key_of(demo_copy.read_bytes())) == parsed   # rewritten


def test_an_entry_written_by_other_code_is_not_read(demo_copy, monkeypatch):
    load_catalog(demo_copy)
    monkeypatch.setattr(cache, "code_version", lambda: "another version of the loader")
    assert cache.read(demo_copy, cache.key_of(demo_copy.read_bytes())) is None


def test_an_unwritable_folder_keeps_the_entry_in_the_users_cache(demo_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    (demo_copy.parent / cache.FOLDER).write_text("a file where the folder would go")
    parsed = load_catalog(demo_copy)
    entry = cache.user_entry_path(demo_copy)
    assert entry.is_relative_to(tmp_path / "user-cache" / "audience-builder") and entry.exists()
    monkeypatch.setattr("schema_catalog.loader._parse", _must_not_parse)
    assert load_catalog(demo_copy) == parsed


def test_two_catalogs_of_one_name_never_share_a_user_cache_entry(tmp_path):
    a, b = tmp_path / "a" / "catalog.yaml", tmp_path / "b" / "catalog.yaml"
    assert cache.user_entry_path(a) != cache.user_entry_path(b)


def test_an_unwritable_folder_only_costs_speed(demo_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    (tmp_path / "user-cache").write_text("a file where the user's cache folder would go")
    (demo_copy.parent / cache.FOLDER).write_text("a file where the folder would go")
    assert load_catalog(demo_copy).name == "demo_retailer"
    if os.geteuid() != 0:   # root writes anywhere: a read-only folder proves nothing then
        folder = demo_copy.parent / "ro"
        folder.mkdir()
        ro = Path(shutil.copy(demo_copy, folder / "demo.yaml"))
        folder.chmod(0o555)
        try:
            assert load_catalog(ro).name == "demo_retailer"
        finally:
            folder.chmod(0o755)


def _must_not_parse(text):
    raise AssertionError("the YAML was parsed although a compiled form for this text exists")


def _line(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_plain_phrase_keys_equal_the_tokenizers_on_every_shipped_word():
    """The split fast path of phrase_key (most of a lexicon's build time) reads every catalog word as the tokenizer does."""
    import yaml

    from assistant.translate.offline.text import _PLAIN, phrase_key, tokenize

    words: set[str] = {"e-commerce", "it's", "VIP", "Black Friday", "loyalty  tier", "top 10", "café", "x_y", " lead"}

    def walk(node) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            words.add(node)
    for path in [DEMO_CATALOG, *DEMO_CATALOG.parent.glob("catalogs/*.yaml")]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert sum(1 for w in words if _PLAIN.fullmatch(w)) > 1_000   # the fast path is the common one
    assert [w for w in words if phrase_key(w) != tuple(t.norm for t in tokenize(w))] == []
