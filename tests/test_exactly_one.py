"""Exactly one of two ('bought in store or online but not both', 'Apple ou Samsung, mais pas les deux', 'VIP customers
or customers who opened an email this month, but not both'): the criterion said before 'but not both' becomes an OR
of which exactly one alternative holds (OrCondition.exclusive). Read in English and French, checked against
hand-written (A UNION B) EXCEPT (A INTERSECT B) queries on the demo warehouse, worded in both languages, edited, and
checked from outside; 'but not both' of what it cannot split stays asked."""
from __future__ import annotations

import pytest

from assistant import edit
from assistant.errors import TranslationError
from assistant.meaning import OrCondition, from_spec, to_spec
from assistant.translate.meaning_schema import answer_schema
from assistant.wording import word
from translations import A, keys, same_audience

STORE = "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts < DATE '2026-10-01'"
ONLINE = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts < DATE '2026-10-01'"
VIP = "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'"
OPENED = ("SELECT customer_id FROM marketing.messages WHERE channel = 'email' AND opened_at IS NOT NULL "
          "AND opened_at >= DATE '2026-09-01' AND opened_at < DATE '2026-10-01'")


def brand(name: str) -> str:
    return (f"SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) JOIN "
            f"pim.products p USING (product_id) WHERE p.brand = '{name}' UNION SELECT o.customer_id FROM ecom.orders o "
            f"JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) WHERE p.brand = '{name}' "
            "AND o.status <> 'cancelled'")


def campaign(prefix: str) -> str:
    return ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
            f"WHERE c.campaign_name LIKE '{prefix} %' AND m.sent_at < DATE '2026-10-01'")


def exactly_one(a: str, b: str) -> str:
    return f"(({a}) UNION ({b})) EXCEPT (({a}) INTERSECT ({b}))"


CASES = [
    ("customers who bought in store or online but not both",
     "clients qui ont acheté en magasin ou en ligne, mais pas les deux", exactly_one(STORE, ONLINE)),
    ("customers who bought Apple or Samsung but not both", "clients qui ont acheté Apple ou Samsung mais pas les deux",
     exactly_one(brand("Apple"), brand("Samsung"))),
    ("customers who received the Flash Sale or the Private Sale campaign but not both",
     "clients ayant reçu la campagne Flash Sale ou la Private Sale, mais pas les deux",
     exactly_one(campaign("Flash Sale"), campaign("Private Sale"))),
    ("VIP customers or customers who opened an email this month, but not both",
     "clients VIP ou clients ayant ouvert un e-mail ce mois-ci, mais pas les deux", exactly_one(VIP, OPENED)),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_exactly_one_of_two_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        specs = [c.spec for c in r.definition.criteria]
        assert len(specs) == 1 and specs[0]["exclusive"] is True and not r.definition.exclusions, \
            r.definition.to_text()


@pytest.mark.parametrize("request_, phrase", [
    ("customers in Paris or Lyon but not both", "but not both"),     # no customer lives in both: nothing to split
    ("women who are VIP or opened an email, but not both", "but not both"),    # which two the 'or' joins: not told
    ("customers who bought shoes or bags (not both)", "not both"),
])
def test_not_both_of_what_it_cannot_split_stays_asked(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and phrase in r.unrecognized, (r.status, r.unrecognized)


def test_one_phrase_naming_many_campaigns_is_one_alternative(translator):
    """'Flash Sale' names 18 campaigns: one side of the two, never 18 alternatives of which exactly one."""
    r = translator.translate("customers who received the Flash Sale or the Private Sale campaign but not both", A)
    groups = r.definition.criteria[0].spec["groups"]
    assert len(groups) == 2 and all(len(g[0]["dims"]["campaign"]) > 1 for g in groups)


def test_worded_in_both_languages(catalog):
    c = from_spec({"kind": "any_of", "exclusive": True, "groups": [
        [{"kind": "event", "events": ["store_purchase"]}], [{"kind": "event", "events": ["online_order"]}]]}, catalog)
    assert word(c, catalog, A, "en").label == "exactly one of: (store purchase) or (online order)"
    assert word(c, catalog, A, "fr").label == "un seul de : (achat en magasin) ou (commande en ligne)"
    assert c.render(catalog, A).label == "exactly one of: (store purchase) or (online order)"


def test_exactly_one_of_three(warehouse, catalog):
    """More than two alternatives: in one of them only."""
    groups = [[{"kind": "event", "events": [e]}] for e in ("store_purchase", "online_order", "support_ticket")]
    sql = from_spec({"kind": "any_of", "exclusive": True, "groups": groups}, catalog).render(catalog, A).sql
    tickets = "SELECT customer_id FROM service.tickets WHERE created_at < DATE '2026-10-01'"
    tagged = f"SELECT customer_id, 1 AS g FROM ({STORE}) UNION ALL SELECT customer_id, 2 FROM ({ONLINE}) " \
             f"UNION ALL SELECT customer_id, 3 FROM ({tickets})"
    want = keys(warehouse, f"SELECT customer_id FROM ({tagged}) GROUP BY customer_id HAVING count(DISTINCT g) = 1")
    assert want and keys(warehouse, sql) == want


def test_the_model_schema_offers_exclusive_and_the_spec_round_trips(catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = answer_schema(catalog)
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/condition"})
    sent = {"kind": "any_of", "exclusive": True, "groups": [[{"kind": "event", "events": ["store_purchase"]}],
                                                             [{"kind": "event", "events": ["online_order"]}]]}
    assert not list(validator.iter_errors(sent)) and list(validator.iter_errors({**sent, "exclusive": 1}))
    c = from_spec(sent, catalog)
    assert isinstance(c, OrCondition) and c.exclusive and from_spec(to_spec(c), catalog) == c
    with pytest.raises(TranslationError, match="at least two groups"):
        from_spec({**sent, "groups": sent["groups"][:1]}, catalog)


def test_an_or_saved_before_exclusive_existed_is_still_any_of_them(catalog):
    saved = {"kind": "any_of", "groups": [[{"kind": "event", "events": ["store_purchase"]}],
                                          [{"kind": "event", "events": ["online_order"]}]]}
    c = from_spec(saved, catalog)
    assert c.exclusive is False and " UNION " in c.render(catalog, A).sql
    assert "exclusive" not in edit.to_spec(edit.draft_of(saved, catalog, A), catalog, A)


def test_the_editor_shows_and_changes_exactly_one(catalog):
    spec = to_spec(from_spec({"kind": "any_of", "exclusive": True, "groups": [
        [{"kind": "event", "events": ["store_purchase"]}], [{"kind": "event", "events": ["online_order"]}]]}, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.exclusive is True
    assert edit.describe(spec, catalog).startswith("Exactly one of: (Store purchase")
    draft.exclusive = False
    either = edit.to_spec(draft, catalog, A)
    assert "exclusive" not in either and not edit.describe(either, catalog).startswith("Exactly")
