"""The customer view ("playing database tag"): one customer's audiences now, since when, and the ones they
entered or left, read from the membership history; and the search that finds the customer.

Search takes a customer key, a contact as shown masked in a sample ('j***@example.com'; a full address
also works) or a name; what it shows of the matches is masked. Both are for the data protection roles.
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlglot import exp

from assistant.dry_run.masking import mask_value
from assistant.edges.store import Store
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import AudienceError
from assistant.review.users import User, require
from schema_catalog.model import Catalog

MAX_MATCHES = 20


class CustomerMatch(BaseModel):
    key: str
    name: str        # masked
    contact: str     # masked


class Membership(BaseModel):
    audience_id: int
    audience: str
    valid_from: dt.date
    valid_to: dt.date | None


class CustomerView(BaseModel):
    key: str
    current: list[Membership]     # member now, since valid_from
    history: list[Membership]     # every membership the history records, closed ones included

    @property
    def left(self) -> list[Membership]:
        return [m for m in self.history if m.valid_to is not None]


def _columns(catalog: Catalog) -> tuple[str | None, str | None, str | None]:
    """First name, last name and email columns of the customer table, when it has them."""
    entity = catalog.tables[catalog.entity.table].columns
    channel = catalog.policies.channels.get("email")
    table, _, column = channel.contact.rpartition(".") if channel else ("", "", "")
    email = column if table == catalog.entity.table else None
    return ("first_name" if "first_name" in entity else None, "last_name" if "last_name" in entity else None, email)


def _lower(column: str) -> exp.Expr:
    return exp.func("lower", exp.column(column, table="b"))


def search_sql(catalog: Catalog, text: str) -> str:
    key = catalog.entity.key
    first, last, email = _columns(catalog)
    conds = [exp.cast(exp.column(key, table="b"), "VARCHAR").eq(exp.Literal.string(text))]
    if email and "@" in text:
        local, _, domain = text.partition("@")
        conds.append(exp.and_(exp.func("starts_with", _lower(email), exp.Literal.string(local[:1].lower())),
                              exp.func("ends_with", _lower(email), exp.Literal.string("@" + domain.lower()))))
    if last:
        conds.append(_lower(last).eq(exp.Literal.string(text.lower())))
    if first and last:
        full = exp.func("concat", _lower(first), exp.Literal.string(" "), _lower(last))
        conds.append(full.eq(exp.Literal.string(text.lower())))
    outputs = [exp.cast(exp.column(key, table="b"), "VARCHAR").as_("k")]
    for alias, column in (("f", first), ("l", last), ("c", email)):
        value = exp.column(column, table="b") if column else exp.Null()
        outputs.append(exp.cast(value, "VARCHAR").as_(alias))
    query = (exp.select(*outputs).from_(exp.to_table(catalog.entity.table, alias="b")).where(exp.or_(*conds))
             .order_by(exp.column(key, table="b")).limit(MAX_MATCHES * 50))
    # Not through the audience guard, which refuses personal columns in what it counts: this lookup is a declared
    # masked path (like the dry run's sample), built here from literals, for the data protection roles only.
    return query.sql(dialect="duckdb")


def find(catalog: Catalog, wh: Warehouse, user: User, text: str) -> list[CustomerMatch]:
    require(user, "customer")
    text = text.strip()
    if not text:
        raise AudienceError("search for a customer key, a masked contact or a name", hint="e.g. 1042 or j***@example.com")
    out = []
    for key, first, last, contact in wh.query(search_sql(catalog, text), max_rows=MAX_MATCHES * 50).rows:
        if "@" in text and key != text and contact is not None \
                and text.lower() not in (contact.lower(), mask_value("email", contact).lower()):
            continue  # same first letter and domain, another person
        name = " ".join(mask_value("name", v) for v in (first, last) if v)
        out.append(CustomerMatch(key=key, name=name, contact=mask_value("contact", contact) or ""))
    return out[:MAX_MATCHES]


def view(store: Store, user: User, key: str) -> CustomerView:
    require(user, "customer")
    history = [Membership(audience_id=m.audience_id, audience=m.audience_name, valid_from=m.valid_from,
                          valid_to=m.valid_to) for m in store.memberships_of(str(key))]
    return CustomerView(key=str(key), current=[m for m in history if m.valid_to is None], history=history)
