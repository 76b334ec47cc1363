"""The synonym-swap replay (assistant/swap.py, `audience eval --swapped`): right answers said again with one catalog
phrase swapped for another phrase of the same element and form, same gold. The generator's rule on hand-picked
requests (English and French: what is swapped, for what, and what never is), and a bounded replay of the golden
hold-out and part of the newest French held-out set: none of their answers wrong without a word."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from blind_replay import EVALS

from assistant.evals import CATALOGS, Golden, load_golden, swapped
from assistant.swap import Swapper, form, phrases, plural
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import load_or_build
from schema_catalog import load_catalog

DAY = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def demo():
    catalog = load_catalog(CATALOGS["demo_retailer"])
    return OfflineTranslator(catalog), Swapper(catalog)


def _said_instead(demo, request: str) -> dict[str, set[str]]:
    """Each catalog phrase read in the request (as typed), with every phrase it may be swapped for."""
    translator, swapper = demo
    result = translator.translate(request, DAY)
    assert result.status == "ok" and not result.warnings, (request, result.warnings)
    d = result.definition
    specs = [c.spec for c in [*d.criteria, *d.exclusions]]
    return {request[f.start:f.end]: set(swapper.alternatives(request, f, specs, result.language)[1])
            for f in swapper.spans(request, result.language)}


def test_the_form_of_a_phrase_is_its_first_word_class_and_sense():
    assert form("bought", "en") == form("made a purchase", "en") == ("participle", "")
    assert form("spent", "en") == ("participle", "spend")          # money, never the act
    assert form("in store", "en") == form("at the till", "en") == ("prep", "")
    assert form("ont acheté", "fr") == ("aux:ont", "") != form("a acheté", "fr")
    assert form("beauté", "fr") == ("noun", "") and form("acheté", "fr") == ("participle", "")
    assert form("s'est inscrit", "fr") == ("aux:s'", "")
    assert plural("magasins d'usine", "fr") and not plural("outlet", "en") and plural("outlet stores", "en")


def test_the_phrases_of_an_element_in_each_language():
    said = phrases(load_catalog(CATALOGS["demo_retailer"]), "fr")
    assert "acheté en magasin" in said[("event", "store_purchase")]
    assert "en magasin" in said[("qualifier", "store_purchase")] and "in store" not in said[("qualifier", "store_purchase")]
    assert said[("value", "crm.customers.country", ("NL",))][0] == "Pays-Bas"        # the label first


def test_what_a_request_is_said_again_with(demo):
    said = _said_instead(demo, "customers who bought shoes in store")
    assert {"purchased", "shopped"} <= said["bought"] and "made a purchase" not in said["bought"]   # an object follows
    assert "spent" not in said["bought"]                                                            # another sense
    assert {"footwear", "boots", "sneakers"} <= said["shoes"]
    assert {"at the till", "in our stores"} <= said["in store"] and "offline" not in said["in store"]
    assert said["customers"] >= {"members", "clients"} and not said["customers"] & {"member", "those", "anyone"}
    said = _said_instead(demo, "customers who opted in to SMS")
    assert {"consented", "subscribed"} <= said["opted in"] and "said yes to" not in said["opted in"]   # 'to' follows
    said = _said_instead(demo, "customers who bought something in store")
    assert "made a purchase" not in said["bought"]
    assert "made a purchase" in _said_instead(demo, "customers who bought in store")["bought"]


def test_a_phrase_read_otherwise_is_never_swapped_nor_swapped_in(demo):
    # 'shops' is the verb of a purchase and the bare noun of 'in shops' (a store): never swapped, never put in
    said = _said_instead(demo, "Everyone who bought something in one of our shops in the last 60 days")
    assert "shops" not in said and not any("shops" in qs or "shop" in qs for qs in said.values())


def test_french_keeps_gender_number_and_the_preposition_s_agreement(demo):
    said = _said_instead(demo, "Italiennes nées entre 1970 et 1979")
    assert said["Italiennes"] <= {"italienne"}                      # never 'Italiens' (the women would be lost)
    said = _said_instead(demo, "clients VIP qui habitent en Italie")
    assert said["habitent en"] >= {"vivent en", "résident en"} and not any(q.endswith((" au", " aux")) for q in
                                                                               said["habitent en"])
    said = _said_instead(demo, "clients dont le premier achat a été fait dans un magasin d'usine")
    assert "magasins d'usine" not in said["magasin d'usine"] and "outlet" in said["magasin d'usine"]


def test_a_swap_keeps_the_prompt_gold_and_says_its_kind(demo):
    translator, swapper = demo
    p = Golden(id="x1", request="VIP customers who bought shoes in store", gold="SELECT 1", as_of=DAY,
               catalog="demo_retailer")
    made = swapper.swaps(p, translator.translate(p.request, DAY), random.Random(1))
    assert 3 <= len(made) <= 6 and len({m.request for m in made}) == len(made)
    assert all(m.gold == p.gold and m.id.startswith("x1~swap") and m.request != p.request for m in made)
    assert {t for m in made for t in m.tags} & {"swapped:dimvalue", "swapped:kindword", "swapped:qualifier"}
    assert made == swapper.swaps(p, translator.translate(p.request, DAY), random.Random(1))        # deterministic


def test_held_out_requests_swapped_change_no_answer_silently(eval_cache):
    prompts = load_golden([EVALS / "golden" / "demo_retailer_holdout.yaml"]) + \
        load_golden([EVALS / "blind" / "blind_fr_29.yaml"])[:15]
    base, made = swapped(lambda catalog, wh: OfflineTranslator(catalog, load_or_build(wh, catalog, eval_cache / "values")),
                         eval_cache, prompts)
    assert len(made) > 100 and {o.request for o in made}.isdisjoint(p.request for p in prompts)
    assert [(o.id, o.request) for o in made if o.silent_wrong] == []
