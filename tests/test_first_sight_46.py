"""Set #46 (money, baskets and products) had two silent answers at first sight (EN 1, FR 1), each fixed by its cause:
a verb that says an order's amount after a relative word ('an order that came to more than €150') cut the amount off
its order (read as a total over the orders with the code); an amount said of an item in a French request with 'dans
une commande' was read as the order's without the note that says so. And the ways of saying money and quantities the
set used, each in general, English and French, against hand-written SQL."""
from __future__ import annotations

import pytest

from translations import A, same_audience

CODE_ORDER_OVER_150 = """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND coupon_code = 'SUMMER20' AND total_amount > 150"""


@pytest.mark.parametrize("request_", [
    "customers who used SUMMER20 on an order that came to more than €150",
    "customers who used SUMMER20 on an order which amounted to over €150",
    "clients qui ont utilisé SUMMER20 sur une commande qui s'élevait à plus de 150 €",
    "clients qui ont utilisé SUMMER20 sur une commande d'un montant de plus de 150 €",
])
def test_a_verb_of_an_amount_after_its_order_is_that_orders_amount(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, CODE_ORDER_OVER_150)


@pytest.mark.parametrize("request_", [
    "customers whose online orders this year added up to more than €500",
    "clients dont les commandes en ligne de cette année s'élèvent à plus de 500 €",
])
def test_the_same_verbs_of_orders_in_the_plural_are_their_sum(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'
GROUP BY customer_id HAVING sum(total_amount) > 500""")


def test_came_to_before_a_place_is_still_a_visit(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who came to the store in September", """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
AND transaction_ts >= DATE '2026-09-01' AND transaction_ts < DATE '2026-10-01'""")


@pytest.mark.parametrize("request_, note", [
    ("Un article à plus de 250 € dans une commande passée sur l'appli cette année", "un seul achat"),
    ("An item over 250 euros in an app order this year", "one purchase"),
])
def test_an_item_s_amount_is_the_purchase_s_with_its_note_in_both_languages(translator, request_, note):
    r = translator.translate(request_, A)
    assert r.status == "ok" and any(note in w for w in r.warnings), r.warnings


def test_a_place_after_a_verb_of_residence_is_where_they_live(translator, warehouse, catalog):
    """After a store purchase, 'except the ones in the Netherlands' may be the stores' country (noted); 'the ones who
    live in the Netherlands' is the customers' own."""
    same_audience(translator, warehouse, catalog, "VIP customers who bought in store in the last 6 months, except the "
                  "ones who live in the Netherlands", """
SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'
INTERSECT SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
  AND transaction_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH
EXCEPT SELECT customer_id FROM crm.customers WHERE country = 'NL'""")


@pytest.mark.parametrize("request_, op, amount", [
    ("customers who spent 5 grand online", ">=", 5000),
    ("customers who spent 5 thousand online", ">=", 5000),
    ("customers who spent 1.5 thousand euros online", ">=", 1500),
    ("clients qui ont dépensé 5 mille euros en ligne", ">=", 5000),
    ("customers who spent more than a grand online", ">", 1000),
    ("customers who spent between 200 and 500 bucks online", "between", (200, 500)),
    ("clients qui ont dépensé plus de mille piasses en ligne", ">", 1000),
])
def test_money_said_every_way(translator, warehouse, catalog, request_, op, amount):
    having = f"BETWEEN {amount[0]} AND {amount[1]}" if op == "between" else f"{op} {amount}"
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts < DATE '2026-10-01'
GROUP BY customer_id HAVING sum(total_amount) {having}""")


@pytest.mark.parametrize("request_", [
    "Customers with at least one online order worth more than a grand on its own in the last 12 months.",
    "Les clients qui ont au moins une commande en ligne de plus de mille euros à elle seule sur les 12 derniers mois.",
])
def test_on_its_own_after_an_amount_is_one_order_s(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 1000
AND order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH""")


TICKET_OF_6_UNITS = """
SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id)
WHERE t.customer_id IS NOT NULL AND t.transaction_ts >= DATE '2026-09-01' AND t.transaction_ts < DATE '2026-10-01'
GROUP BY t.transaction_id, t.customer_id HAVING sum(l.quantity) >= 6"""


@pytest.mark.parametrize("request_", [
    "store receipts with 6 or more items on them in september",
    "les tickets de caisse de 6 articles ou plus en septembre",
    "store receipts of 6 or more units in september",
])
def test_items_after_a_number_are_the_catalogs_units_of_one_ticket(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, TICKET_OF_6_UNITS)


@pytest.mark.parametrize("request_", ["customers who bought more than 10 items online this year",
                                      "clients qui ont acheté plus de 10 articles en ligne cette année"])
def test_items_bought_right_after_the_verb_are_their_sum(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id)
WHERE o.status <> 'cancelled' AND o.order_ts >= DATE '2026-01-01' AND o.order_ts < DATE '2026-10-01'
GROUP BY o.customer_id HAVING sum(l.quantity) > 10""")


def test_items_without_a_number_are_goods_and_say_nothing(translator):
    r = translator.translate("customers who bought kids items in the last 3 months", A)
    assert r.status == "ok" and not r.warnings, r.warnings


THREE_ORDERS_EACH_OVER_100 = """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'
  AND order_ts < DATE '2026-10-01' GROUP BY customer_id HAVING count(*) >= 3 AND min(total_amount) > 100"""


@pytest.mark.parametrize("request_", [
    "At least 3 online orders this year, all of them without exception over €100",
    "Au moins 3 commandes en ligne cette année, toutes sans exception au-dessus de 100 €",
])
def test_without_exception_says_again_what_all_says(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, THREE_ORDERS_EACH_OVER_100)


@pytest.mark.parametrize("request_", ["customers with an online order of €500 incl. VAT this quarter",
                                      "clients avec une commande en ligne de 500 € TTC ce trimestre",
                                      "customers with an online order of €500 including VAT this quarter"])
def test_an_amount_with_its_tax_is_the_amount_held(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount >= 500
  AND order_ts >= DATE '2026-07-01' AND order_ts < DATE '2026-10-01'""")


@pytest.mark.parametrize("request_, phrase", [("clients ayant dépensé plus de 800 € HT en 2025", "HT"),
                                              ("customers who spent more than €800 excluding VAT in 2025", "VAT")])
def test_an_amount_without_its_tax_is_asked(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), r.clarifications


def test_peu_importe_before_a_dash_says_nothing_and_before_a_noun_is_any(translator):
    r = translator.translate("Au moins 400 € dépensés en chaussures sur les 12 derniers mois (sneakers, bottes, peu "
                             "importe - magasin ou web)", A)
    assert r.status == "ok", r.clarifications
    r = translator.translate("clients VIP, peu importe le canal", A)
    assert r.status == "ok" and [c.label for c in r.definition.criteria] == ["VIP"]


# Two answers of earlier sets were right only by luck: each had a question about 'peu importe' that hid a misreading,
# which the reading of 'peu importe' above laid bare. Both are fixed by their causes.
@pytest.mark.parametrize("request_", ["Who bought on 14 July? (store or site, doesn't matter)",
                                      "Qui a fait des achats le 14 juillet ? (boutique ou site)"])
def test_a_bracket_after_a_question_mark_is_that_sentences(translator, warehouse, catalog, request_):
    """Read as a sentence of its own, 'store or site' was the customers' acquisition channel, silently."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
  AND transaction_ts >= DATE '2026-07-14' AND transaction_ts < DATE '2026-07-15'
UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
  AND order_ts >= DATE '2026-07-14' AND order_ts < DATE '2026-07-15'""")


@pytest.mark.parametrize("request_", [
    "customers who added an Apple product to their cart in the last 6 months without placing an online order, and who "
    "live in France",
    "clients qui ont ajouté au panier un produit Apple ces 6 derniers mois sans passer de commande en ligne, et qui "
    "habitent en France",
])
def test_and_who_after_without_turns_back_to_the_customers(translator, warehouse, catalog, request_):
    """Read inside 'without', those living in France were excluded."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT e.customer_id FROM web.events e JOIN pim.products p USING (product_id) JOIN crm.customers c USING (customer_id)
WHERE e.event_type = 'add_to_cart' AND p.brand = 'Apple' AND e.event_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH
  AND c.country = 'FR'
EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH""")


@pytest.mark.parametrize("request_", ["customers who shopped for at least 500 dollars in the last 12 months",
                                      "clients qui ont magasiné pour au moins 500 piasses dans les 12 derniers mois"])
def test_a_verb_of_buying_and_for_before_an_amount_is_their_spend(translator, warehouse, catalog, request_):
    """Read as one purchase's amount, those who spent 500 over several baskets were left out, silently."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM (
  SELECT customer_id, total_amount AS a FROM pos.transactions WHERE customer_id IS NOT NULL
    AND transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND transaction_ts < DATE '2026-10-01'
  UNION ALL SELECT customer_id, total_amount FROM ecom.orders WHERE status <> 'cancelled'
    AND order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND order_ts < DATE '2026-10-01')
GROUP BY customer_id HAVING sum(a) >= 500""")


def test_an_order_for_an_amount_is_still_that_orders(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who placed an order for more than 500 euros this year", """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 500
  AND order_ts >= DATE '2026-01-01' AND order_ts < DATE '2026-10-01'""")


@pytest.mark.parametrize("request_", ["At least 3 baskets over €150 in store over the last 12 months",
                                      "Au moins 3 paniers de plus de 150 € en magasin sur l'année glissante"])
def test_baskets_counted_are_purchases(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND total_amount > 150
  AND transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH GROUP BY customer_id HAVING count(*) >= 3""")


def test_an_average_basket_is_still_an_average(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers whose average basket in store is over 100", """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts < DATE '2026-10-01'
GROUP BY customer_id HAVING avg(total_amount) > 100""")


@pytest.mark.parametrize("request_", [
    "This year, spent more on shoes than on clothing and accessories combined",
    "Cette année, ont dépensé plus en chaussures qu'en vêtements et accessoires réunis",
])
def test_a_period_said_first_frames_both_sides_and_combined_is_read(translator, warehouse, catalog, request_):
    lines = """
SELECT customer_id, p.category, l.line_amount FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id)
  JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND t.transaction_ts >= DATE '2026-01-01'
  AND t.transaction_ts < DATE '2026-10-01'
UNION ALL SELECT customer_id, p.category, l.line_amount FROM ecom.orders o JOIN ecom.order_lines l USING (order_id)
  JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND o.order_ts >= DATE '2026-01-01'
  AND o.order_ts < DATE '2026-10-01'"""
    r = same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({lines}) GROUP BY customer_id
HAVING sum(CASE WHEN category = 'shoes' THEN line_amount ELSE 0 END)
     > sum(CASE WHEN category IN ('apparel', 'accessories') THEN line_amount ELSE 0 END)""")
    assert len(r.warnings) == 1, r.warnings      # only the note that says the period is both sides'


@pytest.mark.parametrize("request_", [
    "Get me our top spenders on kids' products with their emails and phone numbers",
    "Sors-moi nos plus gros acheteurs de produits enfants avec leurs e-mails et numéros de téléphone",
])
def test_contact_details_asked_with_the_customers_are_an_export(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "refused" and ("'emails' asks" in r.warnings[0] or "« e-mails » demande" in r.warnings[0]), \
        r.warnings


def test_a_state_of_their_emails_is_still_a_criterion(translator):
    r = translator.translate("VIP customers with their emails opted in", A)
    assert r.status == "ok" and len(r.definition.criteria) == 2


KEPT_BUYERS = """
SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'
EXCEPT (SELECT customer_id FROM service.tickets WHERE status = 'open'
        EXCEPT SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
          AND transaction_ts >= DATE '2026-09-30' - INTERVAL 30 DAY AND transaction_ts < DATE '2026-10-01'
        EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
          AND order_ts >= DATE '2026-09-30' - INTERVAL 30 DAY AND order_ts < DATE '2026-10-01')"""


@pytest.mark.parametrize("request_", [
    "VIP customers except those with an open ticket, unless they bought in the last 30 days",
    "VIP customers except those with an open ticket - but keep those who bought in the last 30 days",
    "clients VIP sauf ceux qui ont un ticket ouvert, à moins qu'ils aient acheté ces 30 derniers jours",
    "clients VIP sauf ceux qui ont un ticket ouvert, sauf s'ils ont acheté ces 30 derniers jours",
    "clients VIP sauf ceux qui ont un ticket ouvert - mais on garde ceux qui ont acheté ces 30 derniers jours",
])
def test_an_exception_kept_inside_an_exclusion_stays_in(translator, warehouse, catalog, request_):
    """Read as one more condition of the excluded (or asked), the recent buyers were the ones left out."""
    same_audience(translator, warehouse, catalog, request_, KEPT_BUYERS)


def test_a_verb_between_a_share_said_first_and_its_part_is_read(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "More than half of their spend over the last 12 months went online", """
SELECT customer_id FROM (
  SELECT customer_id, 0 AS web, total_amount AS a FROM pos.transactions WHERE customer_id IS NOT NULL
    AND transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND transaction_ts < DATE '2026-10-01'
  UNION ALL SELECT customer_id, 1, total_amount FROM ecom.orders WHERE status <> 'cancelled'
    AND order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND order_ts < DATE '2026-10-01')
GROUP BY customer_id HAVING sum(a * web) > 0.5 * sum(a)""")


@pytest.mark.parametrize("request_", [
    "At least 3 online orders this year, and every single one of them over €100",
    "Au moins 3 commandes en ligne cette année, et chacune d'entre elles au-dessus de 100 €",
])
def test_every_single_one_of_them_after_and_is_each_counted_orders(translator, warehouse, catalog, request_):
    """After ', and' the words open a clause of their own; its amount was a total of its own (and 'single' asked)."""
    same_audience(translator, warehouse, catalog, request_, THREE_ORDERS_EACH_OVER_100)
