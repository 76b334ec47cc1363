"""Items 9 and 10: a signed-in e-mail maps to a user by the whole address; a store newer than the code is refused."""
from __future__ import annotations

import sqlite3

import pytest

from assistant.edges.store import SCHEMA_VERSION, Store
from assistant.errors import PermissionDenied, StoreError
from assistant.review.users import find_user
from assistant.settings import LocalUser, load_settings


def test_local_part_of_a_foreign_address_is_not_a_reviewer(tmp_path):
    settings = load_settings(home=tmp_path)  # demo users: rachel is a reviewer
    with pytest.raises(PermissionDenied, match="rachel@attacker.example"):
        find_user(settings, None, identity={"email": "rachel@attacker.example", "name": "Rachel"})


def test_unknown_identity_is_refused(tmp_path):
    settings = load_settings(home=tmp_path, users=[LocalUser(name="rachel", role="reviewer", email="rachel@corp.example")])
    with pytest.raises(PermissionDenied, match="unknown"):
        find_user(settings, None, identity={"email": "someone@corp.example"})


def test_whole_address_maps_to_the_user_case_insensitively(tmp_path):
    settings = load_settings(home=tmp_path, users=[LocalUser(name="rachel", role="reviewer", email="Rachel@Corp.example")])
    who = find_user(settings, None, identity={"email": "rachel@corp.EXAMPLE", "name": "Rachel R."})
    assert (who.name, who.role) == ("rachel", "reviewer")
    with pytest.raises(PermissionDenied):
        find_user(settings, None, identity={"email": "rachel@corp.example.attacker.example"})


def test_store_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "store.sqlite"
    Store(path, audit_key=b"k").close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(path, audit_key=b"k")
    assert f"version {SCHEMA_VERSION + 1}" in str(info.value) and "newer" in str(info.value)
