"""Audiences inside audiences: "members of approved audience X (version N, or the latest approved)".

The reference is resolved through the store when it is added: the criterion carries the referenced
version's own SQL (the audience as its request defines it, before channel policies, which belong to
whoever activates it), so the dry run, the guard and the export treat it like any other part. Its CTE
names are prefixed so that composed audiences never clash. When the referenced audience changes (a newer
approved version, or the version referenced is rejected), the referencing versions need a new review and
cannot be exported.
"""
from __future__ import annotations

import sqlglot

from assistant.definition import AudienceDefinition, AudienceRef, Criterion
from assistant.edges.store import Store, Version
from assistant.errors import ReviewError
from assistant.sql.compile import compile_sql
from assistant.sql.scope import prefixed_ctes
from schema_catalog.model import Catalog

REFERABLE = ("approved", "exported", "in_review")


def _target(store: Store, audience_id: int, number: int | None) -> Version:
    if number is None:
        found = store.latest_approved(audience_id)
        if found is None:
            raise ReviewError(f"audience {audience_id} has no approved version to reference",
                              hint="get it approved, or reference a version in review by number")
        return found
    found = next((v for v in store.versions(audience_id) if v.number == number), None)
    if found is None:
        raise ReviewError(f"audience {audience_id} has no version {number}", hint="see `audience review list --all`")
    if found.status not in REFERABLE:
        raise ReviewError(f"version {number} of '{found.audience_name}' is {found.status}: it cannot be referenced",
                          hint="reference an approved version, or one in review")
    return found


def reference(store: Store, catalog: Catalog, audience_id: int, number: int | None = None) -> Criterion:
    """A criterion selecting the members of audience `audience_id` (version `number`, or the latest approved)."""
    target = _target(store, audience_id, number)
    tree = sqlglot.parse_one(compile_sql(target.definition, catalog), read="duckdb")
    sql = prefixed_ctes(tree, f"a{target.audience_id}v{target.number}").sql(dialect="duckdb")
    which = f"version {target.number}" if number is not None else f"latest approved, version {target.number}"
    return Criterion(label=f"members of audience '{target.audience_name}' ({which})", sql=sql, origin="audience",
                     meaning=f"the customers of audience {target.audience_id} as its request defines them",
                     audience_ref=AudienceRef(audience_id=target.audience_id, name=target.audience_name, version=number,
                                              version_id=target.id, number=target.number))


def with_reference(definition: AudienceDefinition, criterion: Criterion, *, exclude: bool) -> AudienceDefinition:
    if exclude:
        return definition.model_copy(update={"exclusions": [*definition.exclusions, criterion]})
    return definition.model_copy(update={"criteria": [*definition.criteria, criterion]})


def problems(store: Store, definition: AudienceDefinition) -> list[str]:
    """Why the audiences this definition reads are no longer what was reviewed (empty: all current)."""
    out = []
    for c in definition.criteria + definition.exclusions:
        ref = c.audience_ref
        if ref is None:
            continue
        current = store.version(ref.version_id)
        if current is None or current.status == "rejected":
            out.append(f"the referenced audience '{ref.name}' version {ref.number} was rejected")
        elif current.status not in ("approved", "exported"):
            out.append(f"the referenced audience '{ref.name}' version {ref.number} is {current.status}, not approved yet")
        elif ref.version is None:
            latest = store.latest_approved(ref.audience_id)
            if latest is not None and latest.id != ref.version_id:
                out.append(f"the referenced audience '{ref.name}' has a newer approved version ({latest.number}, "
                           f"this one reads {ref.number})")
    return out


def require_current(store: Store, definition: AudienceDefinition) -> None:
    found = problems(store, definition)
    if found:
        raise ReviewError("; ".join(found), hint="edit the audience to read the referenced one again and submit it for review")


def needing_review(store: Store) -> list[tuple[Version, list[str]]]:
    """Versions in review, approved or exported whose referenced audiences changed since."""
    out = []
    for v in store.versions_in(("in_review", "approved", "exported")):
        found = problems(store, v.definition)
        if found:
            out.append((v, found))
    return out
