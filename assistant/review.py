"""People, roles and the review workflow: draft -> in review -> approved | rejected -> exported.

Four eyes: a reviewer cannot approve a version they authored or edited. An
approval binds to the definition hash and the dry-run size that the reviewer
saw; editing an approved or in-review definition makes a new draft version.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from assistant.definition import AudienceDefinition
from assistant.dry_run import DryRunResult
from assistant.offline.refine import diff_definitions
from assistant.store import Store, StoreError, now

PERMISSIONS = {
    "draft": {"marketer", "admin"},
    "submit": {"marketer", "admin"},
    "review": {"reviewer", "admin"},
    "export": {"marketer", "reviewer", "admin"},
    "refresh": {"marketer", "reviewer", "admin"},
}


@dataclass(frozen=True)
class User:
    name: str
    role: str
    display: str = ""


def find_user(settings, name: str | None, identity: dict | None = None) -> User:
    """The acting user: an identity provider's user when configured, else the local list in the settings."""
    if identity and identity.get("email"):
        local = {u.name: u for u in settings.users}
        email = identity["email"]
        match = local.get(email) or local.get(email.split("@")[0])
        return User(email, match.role if match else "marketer", identity.get("name", email))
    for u in settings.users:
        if u.name == name:
            return User(u.name, u.role, u.display or u.name)
    known = ", ".join(f"{u.name} ({u.role})" for u in settings.users)
    raise StoreError(f"unknown user '{name}'", hint=f"act as one of: {known}, or add users with AUDIENCE_USERS")


def require(user: User, action: str) -> None:
    allowed = PERMISSIONS[action]
    if user.role not in allowed:
        roles = " or ".join(f"an {r}" if r[0] in "aeiou" else f"a {r}" for r in sorted(allowed))
        raise StoreError(f"{user.name} is {'an' if user.role[0] in 'aeiou' else 'a'} {user.role}; only {roles} can {action}",
                         hint=f"sign in as {roles.split(' or ')[-1]} to {action}")


def _version(con, version_id: int):
    row = con.execute("SELECT * FROM versions WHERE id = ?", (version_id,)).fetchone()
    if row is None:
        raise StoreError(f"no audience version {version_id}", hint="list versions with `audience review list`")
    return row


def save_draft(store: Store, user: User, definition: AudienceDefinition, name: str | None = None,
               audience_id: int | None = None) -> int:
    """A new audience, or a new draft version of an existing one. Returns the version id."""
    require(user, "draft")
    with store.transaction() as con:
        if audience_id is None:
            cur = con.execute("INSERT INTO audiences (name, created_by, created_at) VALUES (?, ?, ?)",
                              (name or definition.request[:80] or "untitled audience", user.name, now()))
            audience_id, number = cur.lastrowid, 1
        else:
            last = con.execute("SELECT max(number) FROM versions WHERE audience_id = ?", (audience_id,)).fetchone()[0]
            if last is None:
                raise StoreError(f"no audience {audience_id}", hint="list audiences with `audience review list --all`")
            number = last + 1
        cur = con.execute(
            "INSERT INTO versions (audience_id, number, status, definition, definition_hash, author, created_at) "
            "VALUES (?, ?, 'draft', ?, ?, ?, ?)",
            (audience_id, number, definition.model_dump_json(), definition.content_hash(), user.name, now()))
        store.audit(con, user.name, "draft", f"version {cur.lastrowid}",
                    {"audience": audience_id, "number": number, "hash": definition.content_hash()})
        return cur.lastrowid


def edit(store: Store, user: User, version_id: int, definition: AudienceDefinition) -> int:
    """Edit a draft in place; editing anything submitted or decided makes a new draft (the approval stays behind)."""
    require(user, "draft")
    with store.transaction() as con:
        row = _version(con, version_id)
        if row["status"] == "draft":
            editors = sorted(set(json.loads(row["editors"])) | {user.name})
            con.execute("UPDATE versions SET definition = ?, definition_hash = ?, editors = ? WHERE id = ?",
                        (definition.model_dump_json(), definition.content_hash(), json.dumps(editors), version_id))
            store.audit(con, user.name, "edit", f"version {version_id}", {"hash": definition.content_hash()})
            return version_id
    return save_draft(store, user, definition, audience_id=row["audience_id"])


def submit(store: Store, user: User, version_id: int, dry_run: DryRunResult, expected_size: int | None = None,
           note: str = "") -> None:
    require(user, "submit")
    with store.transaction() as con:
        row = _version(con, version_id)
        if row["status"] != "draft":
            raise StoreError(f"version {version_id} is {row['status']}, only a draft can be submitted",
                             hint="edit it to make a new draft")
        if dry_run.definition_hash != row["definition_hash"]:
            raise StoreError("the dry run is of another definition than this version",
                             hint="run the dry run again on the saved definition")
        con.execute("UPDATE versions SET status = 'in_review', submitted_at = ?, expected_size = ?, note = ?, dry_run = ?, "
                    "size = ?, flags = ? WHERE id = ?",
                    (now(), expected_size, note, dry_run.model_dump_json(), dry_run.final_size,
                     json.dumps([f.model_dump() for f in dry_run.flags]), version_id))
        store.audit(con, user.name, "submit", f"version {version_id}",
                    {"hash": row["definition_hash"], "size": dry_run.final_size, "expected": expected_size,
                     "flags": [f.code for f in dry_run.flags]})


def approve(store: Store, user: User, version_id: int, typed_size: int | None = None, comment: str = "") -> None:
    require(user, "review")
    with store.transaction() as con:  # the status check and the decision are one atomic step
        row = _version(con, version_id)
        if row["status"] != "in_review":
            raise StoreError(f"version {version_id} is {row['status']}, not in review", hint="refresh the review queue")
        if user.name == row["author"] or user.name in json.loads(row["editors"]):
            raise StoreError(f"{user.name} authored or edited version {version_id} and cannot approve it (four eyes)",
                             hint="ask another reviewer")
        flags = json.loads(row["flags"])
        if flags and typed_size != row["size"]:
            reasons = "; ".join(f["message"] for f in flags)
            raise StoreError(f"the size guard flagged this audience ({reasons}): type its final size, "
                             f"{row['size']:,}, to confirm you saw it", hint="pass --confirm-size with the final size")
        con.execute("INSERT INTO reviews (version_id, reviewer, decision, comment, approved_hash, approved_size, typed_size, at) "
                    "VALUES (?, ?, 'approved', ?, ?, ?, ?, ?)",
                    (version_id, user.name, comment, row["definition_hash"], row["size"], typed_size, now()))
        con.execute("UPDATE versions SET status = 'approved' WHERE id = ?", (version_id,))
        store.audit(con, user.name, "approve", f"version {version_id}",
                    {"hash": row["definition_hash"], "size": row["size"], "typed_size": typed_size})


def reject(store: Store, user: User, version_id: int, comment: str) -> None:
    require(user, "review")
    if not comment.strip():
        raise StoreError("a rejection needs a comment", hint="say what the author should change")
    with store.transaction() as con:
        row = _version(con, version_id)
        if row["status"] != "in_review":
            raise StoreError(f"version {version_id} is {row['status']}, not in review", hint="refresh the review queue")
        con.execute("INSERT INTO reviews (version_id, reviewer, decision, comment, at) VALUES (?, ?, 'rejected', ?, ?)",
                    (version_id, user.name, comment, now()))
        con.execute("UPDATE versions SET status = 'rejected' WHERE id = ?", (version_id,))
        store.audit(con, user.name, "reject", f"version {version_id}", {"comment": comment})


def definition_of(row) -> AudienceDefinition:
    return AudienceDefinition.model_validate_json(row["definition"])


def version_row(store: Store, version_id: int):
    return _version(store._con, version_id)


def queue(store: Store) -> list:
    return store.query("SELECT v.*, a.name FROM versions v JOIN audiences a ON a.id = v.audience_id "
                       "WHERE v.status = 'in_review' ORDER BY v.submitted_at")


def audiences(store: Store) -> list:
    return store.query("""
        SELECT a.id, a.name, a.created_by, v.id AS version_id, v.number, v.status, v.size, v.author,
               (SELECT count(*) FROM exports e JOIN versions x ON x.id = e.version_id WHERE x.audience_id = a.id) AS exports,
               (SELECT count(*) FROM refreshes r WHERE r.audience_id = a.id) AS refreshes
        FROM audiences a JOIN versions v ON v.audience_id = a.id
        WHERE v.number = (SELECT max(number) FROM versions WHERE audience_id = a.id) ORDER BY a.id DESC""")


def diff_from_previous(store: Store, version_id: int) -> dict:
    """What changed since the version before: parts added, removed or changed, and the size change."""
    row = version_row(store, version_id)
    prev = store.query("SELECT * FROM versions WHERE audience_id = ? AND number < ? ORDER BY number DESC LIMIT 1",
                       (row["audience_id"], row["number"]))
    if not prev:
        return {"previous": None, "changes": ["first version"], "size_before": None, "size_after": row["size"]}
    return {"previous": prev[0]["id"], "changes": diff_definitions(definition_of(prev[0]), definition_of(row)),
            "size_before": prev[0]["size"], "size_after": row["size"]}


def approval_of(store: Store, version_id: int):
    rows = store.query("SELECT * FROM reviews WHERE version_id = ? AND decision = 'approved' ORDER BY id DESC LIMIT 1",
                       (version_id,))
    return rows[0] if rows else None
