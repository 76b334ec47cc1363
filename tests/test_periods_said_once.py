"""A period said once for a list of behaviours: in front of the request with no colon, in front of the first
behaviour, or after the last of a list joined by commas and 'and'. Each behaviour takes it, and a note says so.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, same_audience

_SINCE = "DATE '2026-03-01'"
_SHOES = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
          "JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND t.customer_id IS NOT NULL "
          f"AND t.transaction_ts >= {_SINCE} "
          "UNION SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
          "JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND o.status <> 'cancelled' "
          f"AND o.order_ts >= {_SINCE}")
_RETURNED = f"SELECT customer_id FROM ecom.orders WHERE status = 'returned' AND order_ts >= {_SINCE}"
_OPENED = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
           f"WHERE c.channel = 'email' AND m.opened_at >= {_SINCE}")
_ALL_THREE = f"({_SHOES}) INTERSECT ({_RETURNED}) INTERSECT ({_OPENED})"


@pytest.mark.parametrize("request_, lang", [
    ("since March customers who bought shoes, returned an order and opened an email", None),
    ("Since March, shoppers who bought shoes, returned an order and opened an email", None),
    ("depuis mars, les clients qui ont acheté des chaussures, retourné une commande et ouvert un email", "fr"),
    ("Depuis mars les clientes et clients ayant acheté des chaussures, retourné une commande et ouvert un email", "fr"),
])
def test_a_period_said_first_with_no_colon_is_the_heading(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _ALL_THREE, lang=lang)
    assert any("March" in w or "mars" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, lang", [
    ("customers who, since March, bought shoes, returned an order and opened an email", None),
    ("customers who since March bought shoes and returned an order and opened an email", None),
    ("les clients qui, depuis mars, ont acheté des chaussures, retourné une commande et ouvert un email", "fr"),
])
def test_a_period_said_before_the_first_of_a_list_is_each_ones(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _ALL_THREE, lang=lang)
    notes = [w for w in r.warnings if "March" in w or "mars" in w]
    assert any("returned" in w or "retourné" in w for w in notes) and any("opened" in w or "ouvert" in w
                                                                          for w in notes), r.warnings


@pytest.mark.parametrize("request_, lang", [
    ("customers who bought shoes, returned an order and opened an email since March", None),
    ("les clients qui ont acheté des chaussures, retourné une commande et ouvert un email depuis mars", "fr"),
])
def test_a_period_said_after_a_list_with_commas_is_each_ones(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _ALL_THREE, lang=lang)
    assert any("shoes" in w or "chaussures" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", ["in 2025 customers in Paris", "en 2025 les clients de Paris"])
def test_a_period_said_first_of_no_behaviour_is_still_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and r.unrecognized, (r.status, r.warnings)


# -- one rule for a period said first, however it is set apart (a colon, a comma, nothing) ------------------------


@pytest.mark.parametrize("request_, phrase", [
    # some behaviours say a period of their own, one does not: whose the period is, is not said
    ("Over the past year: customers who bought shoes in May and opened an email", "past year"),
    ("Since March, customers who bought shoes in May and opened an email", "Since March"),
    ("since March customers who bought shoes in May and opened an email", "since March"),
    ("Depuis mars : les clients qui ont acheté des chaussures en mai et ouvert un email", "mars"),
    # a lone 'never': within the period, or ever?
    ("Over the past year: customers who never ordered online", "past year"),
    ("Since March, customers who never ordered online", "Since March"),
    ("Depuis mars, les clients qui n'ont jamais commandé en ligne", "Depuis mars"),
])
def test_a_period_said_first_that_not_every_behaviour_takes_is_asked_however_set_apart(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(phrase in q.phrase for q in r.clarifications), (
        r.status, [q.phrase for q in r.clarifications], r.warnings)


@pytest.mark.parametrize("request_, lang", [
    ("Since March, customers who bought shoes and never returned an order", None),
    ("Since March: customers who bought shoes and never returned an order", None),
    ("since March customers who bought shoes and never returned an order", None),
    ("Depuis mars, les clients qui ont acheté des chaussures et jamais retourné de commande", "fr"),
])
def test_a_period_said_first_of_a_behaviour_and_a_never_frames_both_however_set_apart(translator, warehouse, catalog,
                                                                                      request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, f"({_SHOES}) EXCEPT ({_RETURNED})", lang=lang)
    assert any("March" in w or "mars" in w for w in r.warnings), r.warnings


_YEAR = "DATE '2026-01-01'"
_ONLINE_OR_NOT_STORE = (f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= {_YEAR} UNION "
                        "SELECT customer_id FROM crm.customers WHERE customer_id NOT IN (SELECT customer_id FROM "
                        f"pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= {_YEAR})")


@pytest.mark.parametrize("request_, lang", [
    ("online or not in store this year", None),
    ("customers who bought online or did not buy in store this year", None),
    ("en ligne ou pas en magasin cette année", "fr"),
    ("clients qui ont commandé en ligne ou pas acheté en magasin cette année", "fr"),
])
def test_a_period_said_once_after_an_or_whose_last_side_is_negated_is_both_sides(translator, warehouse, catalog,
                                                                                request_, lang):
    # read as the last side's only, the first took every online order ever, with no note
    r = same_audience(translator, warehouse, catalog, request_, _ONLINE_OR_NOT_STORE, lang=lang)
    assert any("2026" not in w and ("this year" in w or "cette année" in w) for w in r.warnings), r.warnings


_ONLINE_NOT_STORE = (f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= {_YEAR} EXCEPT "
                     f"SELECT customer_id FROM pos.transactions WHERE transaction_ts >= {_YEAR}")
_BOUGHT = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL UNION "
           "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'")
_NOT_LATELY = (f"({_BOUGHT}) EXCEPT (SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2026-03-30' "
               "UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-03-30')")


@pytest.mark.parametrize("request_, lang", [
    ("bought online and not in store this year", None),
    ("customers who bought online and didn't buy in store this year", None),
    ("ont acheté en ligne et pas en magasin cette année", "fr"),
    ("clients qui ont acheté en ligne et jamais en magasin cette année", "fr"),
])
def test_a_period_said_once_after_and_a_negated_behaviour_of_its_own_is_both_sides(translator, warehouse, catalog,
                                                                                    request_, lang):
    # read as the excluded side's only, the first took every online order ever, with no note
    r = same_audience(translator, warehouse, catalog, request_, _ONLINE_NOT_STORE, lang=lang)
    assert any("2026" not in w and ("this year" in w or "cette année" in w) for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, lang", [
    ("bought, and not in the last 6 months", None),
    ("customers who bought, and not in the last 6 months", None),
    ("ont acheté, et pas ces 6 derniers mois", "fr"),
])
def test_the_same_behaviour_said_again_with_only_a_period_keeps_all_time_for_the_first(translator, warehouse, catalog,
                                                                                      request_, lang):
    same_audience(translator, warehouse, catalog, request_, _NOT_LATELY, lang=lang)
