"""An 'or' between two behaviours each said with its own object, place or channel, or before a relative word said
again ('or who ...', 'ou qui ...'), joins two clauses: either one is enough. Read as one behaviour, the verbs and
their objects were crossed ('opened an email or clicked a push' counted clicked emails) or a side was dropped."""
from __future__ import annotations

import pytest
from translations import A, same_audience


def _messages(where: str) -> str:
    """The customers with a message meeting `where` (over `m`, the message, and `c`, its campaign)."""
    return ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c ON c.campaign_id = m.campaign_id "
            f"WHERE m.customer_id IS NOT NULL AND {where}")


def _on_channel(channel: str, ts: str, since: str) -> str:
    """The customers with a message on `channel` whose time `ts` is from `since` (SQL) to the as-of date."""
    return _messages(f"c.channel = '{channel}' AND m.{ts} >= {since} AND m.{ts} < DATE '2026-10-01'")


_OPENED_EMAIL_OR_CLICKED_PUSH = (_on_channel("email", "opened_at", "DATE '2026-09-30' - INTERVAL 30 DAY") + " UNION "
                                 + _on_channel("push", "clicked_at", "DATE '2026-09-30' - INTERVAL 30 DAY"))


@pytest.mark.parametrize("request_", [
    "customers who opened an email or clicked a push notification in the last 30 days",
    "clients qui ont ouvert un email ou cliqué sur une notification push ces 30 derniers jours",
])
def test_each_verb_keeps_its_own_channel(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, _OPENED_EMAIL_OR_CLICKED_PUSH)
    assert not any("not applied" in w or "pas été appliqué" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "customers who made a store purchase or opened an email",
    "clients ayant acheté en magasin ou ouvert un email",
])
def test_a_behaviour_with_nothing_said_of_it_is_still_a_side_of_its_own(translator, warehouse, catalog, request_):
    gold = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL UNION "
            + _messages("m.opened_at IS NOT NULL AND c.channel = 'email'"))
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who live in Lyon or who ordered online this year",
    "les clients qui habitent Lyon ou qui ont commandé en ligne cette année",
])
def test_a_relative_word_said_again_opens_a_clause_of_its_own(translator, warehouse, catalog, request_):
    gold = ("SELECT customer_id FROM crm.customers WHERE city = 'Lyon' UNION SELECT customer_id FROM ecom.orders "
            "WHERE customer_id IS NOT NULL AND status <> 'cancelled' AND order_ts >= DATE '2026-01-01'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who opened or clicked an email",
    "clients qui ont ouvert ou cliqué un email",
])
def test_a_bare_verb_shares_the_object_said_after_the_or(translator, warehouse, catalog, request_):
    gold = _messages("c.channel = 'email' AND (m.opened_at IS NOT NULL OR m.clicked_at IS NOT NULL)")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who bought shoes in store or bags online",
    "clients qui ont acheté des chaussures en magasin ou des sacs en ligne",
    "customers who bought either shoes in store or bags online",
    "clients qui ont acheté soit des chaussures en magasin, soit des sacs en ligne",
])
def test_a_verb_said_once_with_an_object_and_a_place_on_each_side(translator, warehouse, catalog, request_):
    gold = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id "
            "JOIN pim.products p ON p.product_id = l.product_id WHERE t.customer_id IS NOT NULL AND p.category = 'shoes' "
            "UNION SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id "
            "JOIN pim.products p ON p.product_id = l.product_id WHERE o.customer_id IS NOT NULL AND o.status <> 'cancelled' "
            "AND p.category = 'accessories'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "VIP customers in Paris or gold customers in Lyon",
    "clients VIP à Paris ou clients gold à Lyon",
    "les clients VIP à Paris ou les clients gold à Lyon",
])
def test_the_customers_noun_said_again_before_the_second_group(translator, warehouse, catalog, request_):
    gold = ("SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND city = 'Paris' UNION "
            "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND city = 'Lyon'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who bought Nike shoes or Adidas bags",
    "clients qui ont acheté des chaussures Nike ou des sacs Adidas",
])
def test_the_second_side_has_the_first_sides_verb(translator, warehouse, catalog, request_):
    lines = ("SELECT {c}.customer_id FROM {t} {c} JOIN {lines} l ON l.{key} = {c}.{key} JOIN pim.products p "
             "ON p.product_id = l.product_id WHERE {c}.customer_id IS NOT NULL {where} AND p.brand = '{brand}' "
             "AND p.category = '{category}'")
    gold = " UNION ".join(lines.format(c=c, t=t, lines=ln, key=k, where=w, brand=b, category=cat)
                          for c, t, ln, k, w in [("t", "pos.transactions", "pos.transaction_lines", "transaction_id", ""),
                                                 ("o", "ecom.orders", "ecom.order_lines", "order_id",
                                                  "AND o.status <> 'cancelled'")]
                          for b, cat in [("Nike", "shoes"), ("Adidas", "accessories")])
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert not any("web" in c.label for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers who didn't open an email or click a push notification this month",
    "clients qui n'ont pas ouvert d'email ou cliqué sur une notification push ce mois-ci",
])
def test_a_negation_and_a_period_said_once_are_both_sides(translator, warehouse, catalog, request_):
    gold = ("SELECT customer_id FROM crm.customers EXCEPT (" + _on_channel("email", "opened_at", "DATE '2026-09-01'")
            + " UNION " + _on_channel("push", "clicked_at", "DATE '2026-09-01'") + ")")
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert any("this month" in w or "ce mois-ci" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "customers who haven't bought in store or opened an email",
    "clients qui n'ont pas acheté en magasin ou ouvert un email",
])
def test_a_negation_before_the_first_verb_is_neither(translator, warehouse, catalog, request_):
    gold = ("SELECT customer_id FROM crm.customers EXCEPT (SELECT customer_id FROM pos.transactions UNION "
            + _messages("m.opened_at IS NOT NULL AND c.channel = 'email'") + ")")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who opened an email, clicked a push notification or ordered online this month",
    "customers who opened an email, clicked a push notification, or ordered online this month",
    "clients qui ont ouvert un email, cliqué sur une notification push ou commandé en ligne ce mois-ci",
])
def test_behaviours_listed_with_commas_before_the_or_are_sides_of_it(translator, warehouse, catalog, request_):
    gold = " UNION ".join([_on_channel("email", "opened_at", "DATE '2026-09-01'"),
                           _on_channel("push", "clicked_at", "DATE '2026-09-01'"),
                           "SELECT customer_id FROM ecom.orders WHERE customer_id IS NOT NULL AND status <> 'cancelled' "
                           "AND order_ts >= DATE '2026-09-01'"])
    same_audience(translator, warehouse, catalog, request_, gold)


def test_an_or_after_a_number_that_bounds_nothing_is_never_dropped_silently(translator):
    """'60 or over' is a bound; 'over 60 or living in Lyon' is an 'or' between two conditions, read as one
    (test_or_negation_scope; it was taken for a bound, and both were required without a word)."""
    r = translator.translate("customers aged over 60 or living in Lyon", A)
    assert [c.spec["kind"] for c in r.definition.criteria] == ["any_of"] and not r.warnings, (r.definition.to_text(), r.warnings)
    for bound in ("customers aged 60 or over", "customers aged 60 or older in Lyon"):
        assert not any("'or'" in w for w in translator.translate(bound, A).warnings)


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought shoes in store or bags", "shoes in store or bags"),
    ("clients qui ont acheté des chaussures en magasin ou des sacs", "chaussures en magasin ou des sacs"),
    ("customers who bought shoes online or bags", "shoes online or bags"),
    ("customers who bought Nike in store or Adidas", "Nike in store or Adidas"),
    ("customers who bought shoes in 2025 or bags", "shoes in 2025 or bags"),
    ("clients qui ont acheté des chaussures en 2025 ou des sacs", "chaussures en 2025 ou des sacs"),
    # an 'either' after the verb pairs its objects: the verb is both sides' (read from the 'either', the verb was a
    # behaviour of its own and 'bags' any behaviour, web visits included)
    ("customers who bought either shoes in store or bags", "shoes in store or bags"),
    ("clients qui ont acheté soit des chaussures en magasin soit des sacs", "chaussures en magasin soit des sacs"),
])
def test_a_place_said_between_two_values_joined_by_or_is_asked(translator, request_, phrase):
    """Of both values (bags bought in store too) or of the first only? Read as one or the other, French bought the
    bags in store and English dropped them with a note; each option is the request said so."""
    r = translator.translate(request_, A)
    asked = [q for q in r.clarifications if q.phrase == phrase]
    assert r.status == "clarify" and asked and len(asked[0].options) == 2, (r.status, r.definition.to_text())


_STORE_LINES = ("SELECT t.customer_id, p.category FROM pos.transactions t JOIN pos.transaction_lines l "
                "ON l.transaction_id = t.transaction_id JOIN pim.products p ON p.product_id = l.product_id "
                "WHERE t.customer_id IS NOT NULL AND t.transaction_ts < DATE '2026-10-01'")
_ONLINE_LINES = ("SELECT o.customer_id, p.category FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id "
                 "JOIN pim.products p ON p.product_id = l.product_id WHERE o.status <> 'cancelled' "
                 "AND o.order_ts < DATE '2026-10-01'")
_SHOES_OR_BAGS_IN_STORE = f"SELECT customer_id FROM ({_STORE_LINES}) s WHERE category IN ('shoes', 'accessories')"
_SHOES_IN_STORE_OR_BAGS = (f"SELECT customer_id FROM ({_STORE_LINES}) s WHERE category = 'shoes' UNION "
                           f"SELECT customer_id FROM ({_STORE_LINES} UNION ALL {_ONLINE_LINES}) a "
                           "WHERE category = 'accessories'")


@pytest.mark.parametrize("request_, option, gold", [
    ("customers who bought shoes in store or bags", 0, _SHOES_OR_BAGS_IN_STORE),
    ("customers who bought shoes in store or bags", 1, _SHOES_IN_STORE_OR_BAGS),
    ("clients qui ont acheté des chaussures en magasin ou des sacs", 0, _SHOES_OR_BAGS_IN_STORE),
    ("clients qui ont acheté des chaussures en magasin ou des sacs", 1, _SHOES_IN_STORE_OR_BAGS),
    ("customers who bought either shoes in store or bags", 0, _SHOES_OR_BAGS_IN_STORE),
    ("customers who bought either shoes in store or bags", 1, _SHOES_IN_STORE_OR_BAGS),
    ("clients qui ont acheté soit des chaussures en magasin soit des sacs", 0, _SHOES_OR_BAGS_IN_STORE),
    ("clients qui ont acheté soit des chaussures en magasin soit des sacs", 1, _SHOES_IN_STORE_OR_BAGS),
])
def test_each_option_of_a_place_said_between_is_read_as_it_says(translator, warehouse, catalog, request_, option,
                                                                gold):
    asked = next(q for q in translator.translate(request_, A).clarifications if q.rewrites)
    same_audience(translator, warehouse, catalog, asked.rewrites[option], gold)
