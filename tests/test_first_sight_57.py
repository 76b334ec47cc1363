"""What set #57 (a car dealership group's warehouse, its catalog written by its data team) found at first sight, read in
general, English and French, on its warehouse: a glossary term of what was done within its window ('service
customers: a visit in the last 24 months') said beside an absence of the same behaviour ('no workshop visit in the
last 18 months') is not given the absence's length as its window (a visit and none in the same 18 months: nobody,
silently), and says how it is read; a behaviour's phrase of grammar words alone ('had a' for a car acquired) is not
read ('have had no workshop visit' was also 'acquired no car')."""
from __future__ import annotations

import pytest

from translations import A, eval_catalog_fixture


autos = eval_catalog_fixture("autos")


@pytest.mark.parametrize("request_", [
    "Service customers who have had no workshop visit in the last 18 months",
    "Clients atelier sans aucun passage à l'atelier depuis 18 mois",
])
def test_a_term_of_presence_keeps_its_window_beside_an_absence(autos, request_):
    cat, _, t = autos
    r = t.translate(request_, A)
    sqls = [c.sql for c in r.definition.criteria + r.definition.exclusions]
    assert any("24 MONTH" in s.upper() for s in sqls), r.definition.to_text()      # the term as the catalog defines it
    assert any("18 MONTH" in s.upper() for s in sqls), r.definition.to_text()      # the absence, a condition of its own
    assert not any("customer_vehicle" in s for s in sqls), r.definition.to_text()     # 'had' is no acquisition
    assert any("24" in w and "18" in w for w in r.warnings), r.warnings


def test_the_check_names_a_behaviours_phrase_of_grammar_words_alone(autos):
    from schema_catalog.unread import unread_words

    cat, _, _ = autos
    said = [u.words for u in unread_words(cat) if u.grammatical]
    assert any("had a" in words for words in said), said
