"""Words a marketer uses for the catalog's attributes and behaviours, read as the catalog's own in both languages:
each was asked about ('X is not something the catalog knows') though nothing in it was unclear. Checked by running
the translation and a hand-written SQL of the same audience on the demo warehouse (never by SQL text).

The sentences are ours, not the blind sets'.
"""
from __future__ import annotations

import pytest
from translations import same_audience

SCORES = "SELECT customer_id FROM ds.customer_scores WHERE "


# -- an attribute, a linking verb and the word of its value ----------------------------------------------------


@pytest.mark.parametrize("request_, where", [
    ("gold members whose churn risk is low", "churn_risk < 0.3"),
    ("membres gold dont le risque de churn est faible", "churn_risk < 0.3"),
    ("gold members whose churn risk is high", "churn_risk > 0.7"),
    ("membres gold dont le risque de churn est élevé", "churn_risk > 0.7"),
])
def test_an_attribute_is_its_value_word(translator, warehouse, catalog, request_, where):
    """'whose churn risk is low' is the catalog's 'low churn risk' ('churn risk' was asked about; French, 'risque de
    churn est faible', was refused)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{SCORES}{where} AND customer_id IN (SELECT customer_id FROM crm.customers "
                  "WHERE loyalty_tier = 'gold')")
