"""What TPC-DS set #56 (returns and who the customers are) found at first sight, read in general, English and French,
against hand-written SQL on TPC-DS: an order by the amount said after a ranking of 'the most' ('the 100 who returned
the most in 2002, by amount returned': ranked by the number of returns, silently), a period said after the last of a
'neither ... nor' list ('ni retour web ni retour catalogue la même année': any web return ever left them out), and a
bare number of a counted possession said as at least ('two cars')."""
from __future__ import annotations

import pytest
from test_first_sight_51 import AS_OF, same, tpcds  # noqa: F401 - the TPC-DS fixture and its check


RETURNED_2002 = """
SELECT sr_customer_sk AS c, sr_return_amt AS amt FROM main.store_returns JOIN main.date_dim ON d_date_sk = sr_returned_date_sk
  WHERE d_year = 2002 AND sr_customer_sk IS NOT NULL
UNION ALL SELECT wr_returning_customer_sk, wr_return_amt FROM main.web_returns JOIN main.date_dim ON d_date_sk = wr_returned_date_sk
  WHERE d_year = 2002 AND wr_returning_customer_sk IS NOT NULL
UNION ALL SELECT cr_returning_customer_sk, cr_return_amount FROM main.catalog_returns JOIN main.date_dim ON d_date_sk = cr_returned_date_sk
  WHERE d_year = 2002 AND cr_returning_customer_sk IS NOT NULL"""


@pytest.mark.parametrize("request_", [
    "the 100 customers who returned the most in 2002, by amount returned",
    "the 100 customers who returned the most in 2002 by amount",
])
def test_an_order_by_the_amount_said_after_a_ranking_of_the_most(tpcds, request_):
    same(tpcds, request_, f"""
SELECT c FROM (SELECT c, sum(amt) AS v FROM ({RETURNED_2002}) GROUP BY c ORDER BY v DESC, c LIMIT 100)""")


@pytest.mark.parametrize("request_", [
    "Customers with at least three store returns in 2002 but neither a web return nor a catalog return that same year",
    "Clients ayant fait au moins trois retours en magasin en 2002, mais ni retour web ni retour catalogue la même année",
])
def test_a_period_after_the_last_of_a_nor_list_is_of_each(tpcds, request_):
    r = same(tpcds, request_, """
SELECT sr_customer_sk FROM main.store_returns JOIN main.date_dim ON d_date_sk = sr_returned_date_sk
WHERE d_year = 2002 AND sr_customer_sk IS NOT NULL GROUP BY sr_customer_sk HAVING count(*) >= 3
EXCEPT SELECT wr_returning_customer_sk FROM main.web_returns JOIN main.date_dim ON d_date_sk = wr_returned_date_sk WHERE d_year = 2002
EXCEPT SELECT cr_returning_customer_sk FROM main.catalog_returns JOIN main.date_dim ON d_date_sk = cr_returned_date_sk WHERE d_year = 2002""")
    assert r.warnings, "the period read of every behaviour of the list is said"


def test_a_bare_number_of_a_counted_possession_says_at_least(tpcds):
    cat, wh, t = tpcds
    r = t.translate("customers with 2 cars", AS_OF)
    assert any("at least 2" in w for w in r.warnings), r.warnings


def test_a_phrasal_verb_reads_the_catalogs_longer_phrases_of_its_verb(tpcds):
    """'sent back a web order': the catalog says 'returned a web order' (a web return); 'sent back' was read as
    'returned' alone, and the web order was a purchase (asked)."""
    same(tpcds, "Customers who sent back a web order in Q4 2002", """
SELECT wr_returning_customer_sk FROM main.web_returns JOIN main.date_dim ON d_date_sk = wr_returned_date_sk
WHERE d_year = 2002 AND d_qoy = 4 AND wr_returning_customer_sk IS NOT NULL""")


def test_by_amount_in_french_and_no_second_reading_of_the_order(tpcds):
    r = same(tpcds, "les cent clients qui ont le plus retourné en 2002, en montant", f"""
SELECT c FROM (SELECT c, sum(amt) AS v FROM ({RETURNED_2002}) GROUP BY c ORDER BY v DESC, c LIMIT 100)""")
    assert len(r.definition.criteria) == 1, r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "Les clients qui ont retourné une commande catalogue en 2002",
    "Customers who returned a catalog order in 2002",
])
def test_a_verb_of_one_kind_said_of_another_kinds_noun(tpcds, request_):
    """'ont retourné une commande catalogue': the return that shares the order's place words (a catalog return); the
    order was read, and the verb asked."""
    same(tpcds, request_, """
SELECT cr_returning_customer_sk FROM main.catalog_returns JOIN main.date_dim ON d_date_sk = cr_returned_date_sk
WHERE d_year = 2002 AND cr_returning_customer_sk IS NOT NULL""")


def test_the_order_of_a_ranking_is_no_word_left_unapplied(tpcds):
    cat, wh, t = tpcds
    r = t.translate("les cent clients qui ont le plus retourné en 2002, en montant", AS_OF)
    assert not any("montant" in w for w in r.warnings), r.warnings
