"""The review workflow: draft -> in review -> approved | rejected -> exported.

Four eyes: a reviewer cannot approve a version they authored or edited. An
approval binds to the definition hash and the dry-run size that the reviewer
saw; editing an approved or in-review definition makes a new draft version.
The rules an approval must pass are an ordered tuple of plain functions.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.definition import AudienceDefinition, diff_definitions
from assistant.dry_run.members import Members
from assistant.dry_run.result import DryRunResult
from assistant.edges.store import MemberSet, Store, Tx, Version
from assistant.errors import ReviewError
from assistant.review.users import User, require


def _version(tx: Tx | Store, version_id: int) -> Version:
    version = tx.version(version_id)
    if version is None:
        raise ReviewError(f"no audience version {version_id}", hint="list versions with `audience review list`")
    return version


def version(store: Store, version_id: int) -> Version:
    return _version(store, version_id)


def save_draft(store: Store, user: User, definition: AudienceDefinition, name: str | None = None,
               audience_id: int | None = None) -> int:
    """A new audience, or a new draft version of an existing one. Returns the version id."""
    require(user, "draft")
    with store.transaction() as tx:
        if audience_id is None:
            audience_id, number = tx.create_audience(name or definition.request[:80] or "untitled audience", user.name), 1
        else:
            last = tx.last_version_number(audience_id)
            if last is None:
                raise ReviewError(f"no audience {audience_id}", hint="list audiences with `audience review list --all`")
            number = last + 1
        version_id = tx.add_version(audience_id, number, definition, user.name)
        tx.audit(user.name, "draft", f"version {version_id}",
                 {"audience": audience_id, "number": number, "hash": definition.content_hash()})
        return version_id


def edit(store: Store, user: User, version_id: int, definition: AudienceDefinition) -> int:
    """Edit a draft in place; editing anything submitted or decided makes a new draft (the approval stays behind)."""
    require(user, "draft")
    with store.transaction() as tx:
        row = _version(tx, version_id)
        if row.status == "draft":
            tx.update_definition(version_id, definition, sorted(set(row.editors) | {user.name}))
            tx.audit(user.name, "edit", f"version {version_id}", {"hash": definition.content_hash()})
            return version_id
    return save_draft(store, user, definition, audience_id=row.audience_id)


def submit(store: Store, user: User, version_id: int, dry_run: DryRunResult, expected_size: int | None = None,
           note: str = "", *, members: Members) -> None:
    """Submit with the dry run the author saw and its members (the set an approval binds and the export compares)."""
    require(user, "submit")
    if members.size != dry_run.final_size:
        raise ReviewError(f"the dry run counted {dry_run.final_size:,} customers but its members are {members.size:,}: "
                          "the data changed in between, or a criterion is not deterministic (a sample, random())",
                          hint="run the dry run again; a criterion must select the same customers every time it runs")
    with store.transaction() as tx:
        row = _version(tx, version_id)
        if row.status != "draft":
            raise ReviewError(f"version {version_id} is {row.status}, only a draft can be submitted",
                              hint="edit it to make a new draft")
        if dry_run.definition_hash != row.definition_hash:
            raise ReviewError("the dry run is of another definition than this version",
                              hint="run the dry run again on the saved definition")
        if row.definition.clarifications:
            open_ = "; ".join(f"'{c.phrase}'" for c in row.definition.clarifications)
            raise ReviewError(f"version {version_id} has open questions ({open_}): nothing misread may reach a reviewer",
                              hint="pick a reading, edit or remove each phrase, then submit again")
        tx.mark_submitted(version_id, dry_run, expected_size, note)
        tx.set_members(version_id, MemberSet(members.size, members.digest, members.packed()))
        tx.audit(user.name, "submit", f"version {version_id}",
                 {"hash": row.definition_hash, "size": dry_run.final_size, "expected": expected_size,
                  "flags": [f.code for f in dry_run.flags]})


# -- approval rules: each raises ReviewError when the approval must not happen -------------------------

@dataclass(frozen=True)
class ApprovalRequest:
    user: User
    version: Version
    typed_size: int | None


def _in_review(a: ApprovalRequest) -> None:
    if a.version.status != "in_review":
        raise ReviewError(f"version {a.version.id} is {a.version.status}, not in review", hint="refresh the review queue")


def _four_eyes(a: ApprovalRequest) -> None:
    if a.version.touched_by(a.user.name):
        raise ReviewError(f"{a.user.name} authored or edited version {a.version.id} and cannot approve it (four eyes)",
                          hint="ask another reviewer")


def _flagged_size_typed(a: ApprovalRequest) -> None:
    if a.version.flags and a.typed_size != a.version.size:
        reasons = "; ".join(f["message"] for f in a.version.flags)
        raise ReviewError(f"the size guard flagged this audience ({reasons}): type its final size, "
                          f"{a.version.size:,}, to confirm you saw it", hint="pass --confirm-size with the final size")


APPROVAL_RULES: tuple[Callable[[ApprovalRequest], None], ...] = (_in_review, _four_eyes, _flagged_size_typed)


def approve(store: Store, user: User, version_id: int, typed_size: int | None = None, comment: str = "") -> None:
    require(user, "review")
    with store.transaction() as tx:  # the rules and the decision are one atomic step
        row = _version(tx, version_id)
        for rule in APPROVAL_RULES:
            rule(ApprovalRequest(user, row, typed_size))
        members = tx.members_digest(version_id)
        tx.add_review(version_id, user.name, "approved", comment, approved_hash=row.definition_hash,
                      approved_size=row.size, typed_size=typed_size, approved_members=members)
        tx.set_status(version_id, "approved")
        tx.audit(user.name, "approve", f"version {version_id}",
                 {"hash": row.definition_hash, "size": row.size, "typed_size": typed_size, "members": members})


def reject(store: Store, user: User, version_id: int, comment: str) -> None:
    require(user, "review")
    if not comment.strip():
        raise ReviewError("a rejection needs a comment", hint="say what the author should change")
    with store.transaction() as tx:
        row = _version(tx, version_id)
        _in_review(ApprovalRequest(user, row, None))
        tx.add_review(version_id, user.name, "rejected", comment)
        tx.set_status(version_id, "rejected")
        tx.audit(user.name, "reject", f"version {version_id}", {"comment": comment})


@dataclass(frozen=True)
class VersionDiff:
    previous: int | None
    changes: list[str]
    size_before: int | None
    size_after: int | None


def diff_from_previous(store: Store, version_id: int) -> VersionDiff:
    """What changed since the version before: parts added, removed or changed, and the size change."""
    row = _version(store, version_id)
    prev = store.previous_version(row)
    if prev is None:
        return VersionDiff(None, ["first version"], None, row.size)
    return VersionDiff(prev.id, diff_definitions(prev.definition, row.definition), prev.size, row.size)
