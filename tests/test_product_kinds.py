"""A product said by its kind ('a Bose speaker', 'une enceinte Bose', 'a yoga mat', 'des cafetières à piston'): the
catalog's `kinds` of the product name (a word its names hold, 'Speaker' of 'Bose Speaker 998') read as every product
whose name holds it, in English and French, with the brand, channel and period said beside it. Checked against
hand-written queries on the demo warehouse (the names matched with LIKE, as an analyst writes them)."""
from __future__ import annotations

import pytest

from assistant.translate.offline.lexicon import _holding
from translations import A, same_audience

STORE = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
         "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND {where} AND {ts}")
ONLINE = ("SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
          "JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND {where} AND {ts}")


def bought(where: str, since: str, channels=("store", "online")) -> str:
    parts = {"store": STORE.format(where=where, ts=f"t.transaction_ts >= TIMESTAMP '{since}'"),
             "online": ONLINE.format(where=where, ts=f"o.order_ts >= TIMESTAMP '{since}'")}
    return " UNION ".join(parts[c] for c in channels)


CASES = [
    ("who bought a Bose or JBL speaker online in the last 18 months?",
     "qui a acheté une enceinte Bose ou JBL en ligne ces 18 derniers mois ?",
     bought("p.brand IN ('Bose', 'JBL') AND p.product_name LIKE '%Speaker%'", "2025-03-30", ("online",))),
    ("bought a lamp or a cushion in the past 4 months, in store or online",
     "ont acheté une lampe ou un coussin ces 4 derniers mois, en magasin ou en ligne",
     bought("(p.product_name LIKE '%Lamp%' OR p.product_name LIKE '%Cushion%')", "2026-05-30")),
    ("bought a yoga mat since Easter", "ont acheté un tapis de yoga depuis Pâques",
     bought("p.product_name LIKE '%Yoga Mat%'", "2026-04-05")),
    ("since May, who bought a smartwatch online?", "depuis mai, qui a acheté une montre connectée en ligne ?",
     bought("p.product_name LIKE '%Smartwatch%'", "2026-05-01", ("online",))),
    ("bought headphones or earbuds online since January", "ont acheté un casque audio ou des écouteurs en ligne depuis janvier",
     bought("(p.product_name LIKE '%Headphones%' OR p.product_name LIKE '%Earbuds%')", "2026-01-01", ("online",))),
    ("bought kettles or coffee presses since January", "acheteurs de bouilloires ou de cafetières à piston depuis janvier",
     bought("(p.product_name LIKE '%Kettle%' OR p.product_name LIKE '%Coffee Press%')", "2026-01-01")),
]


@pytest.mark.parametrize("english, french, gold", CASES, ids=[c[0] for c in CASES])
def test_a_product_said_by_its_kind(translator, warehouse, catalog, english, french, gold):
    for request_, lang in ((english, "en"), (french, "fr")):
        same_audience(translator, warehouse, catalog, request_, gold, lang=lang)


def test_the_brand_said_with_the_kind_is_kept(translator, catalog):
    """'Bose speakers': the brand is not a part of the names read (every speaker's), so it still narrows them."""
    for request_ in ("bought Bose speakers", "ont acheté des enceintes Bose"):
        dims = [c.spec.get("dims", {}) for c in translator.translate(request_, A).definition.criteria]
        assert any(d.get("brand") == ["Bose"] and len(d.get("product", [])) > 10 for d in dims), dims


def test_a_kind_is_a_word_of_the_name_in_its_capitals():
    names = ["Bose Speaker 998", "Apple Smartwatch 951", "Fossil Watch 618", "Nike T-shirt 371", "Nike Shirt 354"]
    assert _holding(names, "Watch") == ("Fossil Watch 618",)
    assert _holding(names, "Shirt") == ("Nike Shirt 354",)
    assert _holding(names, "Speaker") == ("Bose Speaker 998",)


@pytest.mark.parametrize("request_", ["visited on a tablet at least twice in the last 3 months",
                                      "clients qui ont participé au jeu concours de l'été"])
def test_words_of_other_things_are_no_kind(translator, request_):
    """'tablet' is a device, 'jeu' a contest's: never a product read for them."""
    r = translator.translate(request_, A)
    assert not any("product" in (c.spec.get("dims") or {}) for c in (r.definition.criteria if r.definition else [])), \
        r.definition.to_text()


@pytest.mark.parametrize("request_, lang, said", [
    ("bought a speaker in 2025", "en", "product with 'Speaker' in it ("),
    ("ont acheté une enceinte en 2025", "fr", "produit contenant « Speaker » ("),
    ("bought Apple Speaker in 2025", "en", "product with 'Apple Speaker' in it (")])
def test_a_long_list_of_names_is_labelled_by_the_words_they_share(translator, request_, lang, said):
    """A card listing 50 product names hides what was meant: the label says the words they share and how many; the
    definition keeps every name (the SQL lists them)."""
    c = translator.translate(request_, A, lang=lang).definition.criteria[0]
    assert said in c.label and "Speaker 166" not in c.label, c.label
    count = int(c.label.split(said)[1].split(")")[0])
    assert count == len(c.spec["dims"]["product"]) > 6


def test_a_short_list_of_values_is_labelled_by_each():
    from assistant.meaning import shared_words
    assert shared_words(["Apple Speaker 166", "Apple Speaker 184"]) == ""
    assert shared_words([f"Store {i}" for i in range(7)]) == "Store"
    assert shared_words(["Nike", "Adidas", "Puma", "Asics", "Salomon", "Apple", "Bose"]) == ""
